"""Who sees what in the console: each view's permissions (one of them, from the RACI table the
API uses) and the signed-in key behind a request."""

from __future__ import annotations

from dataclasses import dataclass

from steward.accountability.actor import SignedActor
from steward.accountability.roles import ROLE_PERMISSIONS, Permission
from steward.config import LoadedPolicy
from steward.console.auth import ConsoleSession
from steward.serve.keys import ApiKey

# What each view needs: one of these permissions of the RACI table.
VIEW_PERMISSIONS: dict[str, frozenset[Permission]] = {
    # those who build, release, operate or audit a model see the registry
    "models": frozenset(
        {Permission.RUN_PIPELINE, Permission.APPROVE, Permission.DEPLOY, Permission.READ_LEDGER}
    ),
    "review": frozenset({Permission.APPROVE, Permission.WAIVE, Permission.READ_LEDGER}),
    "ledger": frozenset({Permission.READ_LEDGER}),
    # those who answer for an incident (developer, operator), approve (risk owner) or audit
    "incidents": frozenset(
        {Permission.RUN_PIPELINE, Permission.DEPLOY, Permission.APPROVE, Permission.READ_LEDGER}
    ),
    "monitoring": frozenset({Permission.MONITOR}),
    # the privacy officer acts; those who read the ledger see the retention status
    "privacy": frozenset({Permission.ERASE, Permission.READ_LEDGER}),
}


class NotSignedIn(Exception):
    """No valid session: pages redirect to sign-in, POSTs get 401."""


class Refused(Exception):
    """A signed-in key may not do this (403); the ledger entry is already written."""

    def __init__(self, viewer: Viewer, reason: str) -> None:
        super().__init__(reason)
        self.viewer = viewer
        self.reason = reason


@dataclass(frozen=True)
class Viewer:
    """The signed-in key behind a request (its row read again for this request)."""

    key: ApiKey
    session: ConsoleSession
    csrf: str

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS.get(self.key.role, frozenset())

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    def sees(self, view: str) -> bool:
        return bool(VIEW_PERMISSIONS[view] & self.permissions)

    def actor(self, loaded: LoadedPolicy) -> SignedActor:
        """Who acts, for governance: the person the key was made for (the policy names them
        in this role: :meth:`Console.holder`), proven by the key (its scrypt hash checked at
        sign-in, its row on this request), with the key's one role."""
        return SignedActor(
            self.key.name,
            roles=(self.key.role,),
            verified=True,
            roles_policy=loaded.policy.roles,
            evidence={
                "method": "console-api-key",
                "verified": True,
                "key_id": self.key.key_id,
                "key_name": self.key.name,
                "role": self.key.role,
            },
        )
