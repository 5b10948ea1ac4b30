"""Roles and what each may do (a RACI table in code). The policy file says who holds which role.

:func:`require` decides whether an actor may do something. An actor is a bare name (from
``STEWARD_ACTOR`` or the OS user: *unverified*, anyone can claim it) or a
:class:`~steward.accountability.actor.SignedActor` whose roles were proven by a signature
(made by :func:`~steward.accountability.identity.authorize_cli_action`)."""

from __future__ import annotations

import getpass
import os
from enum import StrEnum

from steward.accountability.actor import SignedActor
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
    # keep a model trained on data since erased, with a recorded reason (clears its flag)
    CLEAR_FLAG = "clear_flag"
    WAIVE = "waive"
    READ_LEDGER = "read_ledger"
    PREDICT = "predict"  # call the served model and the guards
    FEEDBACK = "feedback"  # report on a served decision
    MONITOR = "monitor"  # read the gateway's metrics
    ROTATE_KEYS = "rotate_keys"  # encrypt the store, replace its key-encryption key


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
        {
            Permission.DEANONYMIZE,
            Permission.ERASE,
            Permission.CLEAR_FLAG,
            Permission.READ_LEDGER,
            Permission.ROTATE_KEYS,
        }
    ),
    "risk_owner": frozenset(
        {Permission.APPROVE, Permission.WAIVE, Permission.READ_LEDGER, Permission.MONITOR}
    ),
    "auditor": frozenset({Permission.READ_LEDGER, Permission.MONITOR}),
    "end_user": frozenset({Permission.PREDICT, Permission.FEEDBACK}),
}


def current_actor() -> str:
    """Who claims to act: ``STEWARD_ACTOR`` if set, else the operating-system user. A claim,
    not a proof: role-gated CLI actions go through
    :func:`~steward.accountability.identity.authorize_cli_action`."""
    explicit = os.environ.get(ACTOR_ENV)
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def roles_of(actor: str, policy: RolesPolicy) -> list[str]:
    """The roles the policy lists ``actor``'s name in (whether or not they are verified)."""
    return sorted({role for role, holder in policy.holders() if holder.name == actor})


def require(
    actor: str, permission: Permission, policy: RolesPolicy, *, always: bool = False
) -> list[str]:
    """Return the actor's roles; refuse when none grants the permission and the policy
    enforces roles (or ``always``, for decisions that must name a responsible person).

    A gated check also refuses an unverified name when ``policy.enforce`` is on, or when the
    policy lists a public key for that name (then only their signature counts)."""

    # A signed actor's roles count only for the policy its signature was checked against.
    if isinstance(actor, SignedActor) and actor.verified and actor.roles_policy == policy:
        verified, roles = True, list(actor.roles)
    else:
        verified, roles = False, roles_of(actor, policy)
    if not (policy.enforce or always):
        return roles
    if not any(permission in ROLE_PERMISSIONS[role] for role in roles):
        holders = [r for r, perms in ROLE_PERMISSIONS.items() if permission in perms]
        raise StewardError(
            f"{actor!r} may not {permission.value}: needs one of the roles {', '.join(holders)} "
            f"(has {', '.join(roles) or 'none'})",
            where="roles.assignments",
        )
    if not verified:
        if policy.public_key_of(actor):
            raise StewardError(
                f"{actor!r} is listed with a public key, so {permission.value} needs their "
                "signature: run the steward command with their private key (STEWARD_IDENTITY "
                "or the default identity folder)",
                where="roles.assignments",
            )
        if policy.enforce:
            raise StewardError(
                f"{actor!r} is a bare name (unverified) and roles.enforce is on: list their "
                "public key (`steward keys person create NAME` prints it) and act with their "
                "private key",
                where="roles.assignments",
            )
    return roles


def responsible_parties(policy: RolesPolicy) -> dict[str, list[str]]:
    """Role → people, for model cards and reports."""
    return {role: policy.people(role) for role in sorted(policy.assignments)}
