"""Roles and what each may do (a RACI table in code). The policy file says who holds which role."""

from __future__ import annotations

import getpass
import os
from enum import StrEnum

from steward.config import RolesPolicy
from steward.errors import StewardError

ACTOR_ENV = "STEWARD_ACTOR"


class Permission(StrEnum):
    RUN_PIPELINE = "run_pipeline"
    TRAIN = "train"
    APPROVE = "approve"
    DEPLOY = "deploy"
    DEANONYMIZE = "deanonymize"
    ERASE = "erase"  # data-subject erasure and retention purges
    WAIVE = "waive"
    READ_LEDGER = "read_ledger"
    PREDICT = "predict"  # call the served model and the guards
    FEEDBACK = "feedback"  # report on a served decision
    MONITOR = "monitor"  # read the gateway's metrics


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "developer": frozenset(
        {Permission.RUN_PIPELINE, Permission.TRAIN, Permission.PREDICT, Permission.FEEDBACK}
    ),
    "operator": frozenset(
        {
            Permission.DEPLOY,
            Permission.PREDICT,
            Permission.FEEDBACK,
            Permission.READ_LEDGER,
            Permission.MONITOR,
        }
    ),
    "privacy_officer": frozenset(
        {Permission.DEANONYMIZE, Permission.ERASE, Permission.READ_LEDGER}
    ),
    "risk_owner": frozenset(
        {Permission.APPROVE, Permission.WAIVE, Permission.READ_LEDGER, Permission.MONITOR}
    ),
    "auditor": frozenset({Permission.READ_LEDGER, Permission.MONITOR}),
    "end_user": frozenset({Permission.PREDICT, Permission.FEEDBACK}),
}


def current_actor() -> str:
    """Who is acting: ``STEWARD_ACTOR`` if set, else the operating-system user."""
    explicit = os.environ.get(ACTOR_ENV)
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def roles_of(actor: str, policy: RolesPolicy) -> list[str]:
    return sorted(role for role, people in policy.assignments.items() if actor in people)


def require(
    actor: str, permission: Permission, policy: RolesPolicy, *, always: bool = False
) -> list[str]:
    """Return the actor's roles; refuse when none grants the permission and the policy
    enforces roles (or ``always``, for decisions that must name a responsible person)."""
    roles = roles_of(actor, policy)
    if (policy.enforce or always) and not any(
        permission in ROLE_PERMISSIONS[role] for role in roles
    ):
        holders = [r for r, perms in ROLE_PERMISSIONS.items() if permission in perms]
        raise StewardError(
            f"{actor!r} may not {permission.value}: needs one of the roles {', '.join(holders)} "
            f"(has {', '.join(roles) or 'none'})",
            where="roles.assignments",
        )
    return roles


def responsible_parties(policy: RolesPolicy) -> dict[str, list[str]]:
    """Role → people, for model cards and reports."""
    return {role: list(people) for role, people in sorted(policy.assignments.items())}
