"""Who is acting, as the ledger and the role checks see it: a name that carries how it was
established. Kept below :mod:`~steward.accountability.ledger` and
:mod:`~steward.accountability.roles` (both read it) and :mod:`~steward.accountability.identity`
(which makes them), so none of those imports another in a circle."""

from __future__ import annotations

from typing import Any

from steward.config import RolesPolicy


class SignedActor(str):
    """An actor's name (a ``str``, so it goes wherever a name goes: ledger rows, run records,
    library calls) that carries how it was established. ``verified`` means a signature with a
    key the policy lists for this name was checked; :func:`~steward.accountability.roles.require`
    then trusts ``roles`` for ``roles_policy``, and the ledger records ``evidence``."""

    roles: tuple[str, ...]
    verified: bool
    roles_policy: RolesPolicy
    evidence: dict[str, Any]

    def __new__(
        cls,
        name: str,
        *,
        roles: tuple[str, ...],
        verified: bool,
        roles_policy: RolesPolicy,
        evidence: dict[str, Any],
    ) -> SignedActor:
        actor = super().__new__(cls, name)
        actor.roles, actor.verified = roles, verified
        actor.roles_policy, actor.evidence = roles_policy, evidence
        return actor

    def __reduce__(self) -> tuple[Any, ...]:  # pickles into worker processes whole
        return (
            _signed_actor,
            (str(self), self.roles, self.verified, self.roles_policy, self.evidence),
        )


def _signed_actor(
    name: str,
    roles: tuple[str, ...],
    verified: bool,
    roles_policy: RolesPolicy,
    evidence: dict[str, Any],
) -> SignedActor:
    return SignedActor(
        name, roles=roles, verified=verified, roles_policy=roles_policy, evidence=evidence
    )


def identity_evidence(actor: str) -> dict[str, Any]:
    """What a ledger entry written by ``actor`` records about who they proved to be."""
    return {"identity": actor.evidence} if isinstance(actor, SignedActor) else {}
