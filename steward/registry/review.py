"""A person signs the release: a ``risk_owner`` approves or rejects a model that passed the
gate (``pending_review``), with a written reason, recorded in the ledger.

:func:`review_model` is the one service every front door calls (``steward models review``
today, a console later); the front door proves who is acting first
(:func:`~steward.accountability.identity.authorize_cli_action`). The status change and its
ledger entry commit in one transaction: there is no approved model without its signed entry,
and no entry for a change that did not happen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from steward.accountability.actor import SignedActor
from steward.accountability.ledger import Ledger, LedgerEntry
from steward.accountability.roles import Permission, require
from steward.config import LoadedPolicy
from steward.errors import RegistryError, StewardError
from steward.registry.models import PENDING_REVIEW, ModelVersion, Registry
from steward.store.artifacts import Store

REVIEW_ACTION = "model.reviewed"


@dataclass(frozen=True)
class Review:
    """What a review did: the model before and after, and the ledger entry recording it."""

    before: ModelVersion
    model: ModelVersion
    entry: LedgerEntry

    @property
    def verified(self) -> bool:
        """Whether the reviewer proved who they are with their key (not just a claimed name)."""
        identity = self.entry.details.get("identity") or {}
        return bool(identity.get("verified"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model.ref,
            "from": self.before.status,
            "to": self.model.status,
            "reviewer": self.entry.actor,
            "verified": self.verified,
            "reason": self.entry.details.get("reason"),
            "ledger_seq": self.entry.seq,
        }


def review_model(
    store: Store,
    loaded: LoadedPolicy,
    ref: str,
    *,
    approve: bool,
    reason: str,
    actor: str,
) -> Review:
    """Move ``ref`` from ``pending_review`` to ``approved`` (or ``rejected``) as ``actor``,
    who must hold a role with the approve permission (``risk_owner``), with a reason."""
    reason = reason.strip()
    if not reason:
        raise StewardError("a review needs a written reason", where="--reason")
    # Checked here as well as at the front door: a library caller cannot skip the role check.
    roles = require(actor, Permission.APPROVE, loaded.policy.roles, always=True)
    registry = Registry(store)
    current = registry.get(ref)
    if current.status != PENDING_REVIEW:
        raise RegistryError(
            f"only a model pending review can be reviewed; this one is {current.status} "
            "(a model becomes pending_review by passing the gate: `steward run` or "
            "`steward gate`)",
            where=current.ref,
        )
    outcome = "approved" if approve else "rejected"
    moved: list[ModelVersion] = []

    def change_status(session: Session) -> None:
        moved.append(registry.move(session, current.ref, outcome))

    entry = Ledger(store).append(
        actor=actor,
        action=REVIEW_ACTION,
        subject=current.ref,
        outcome=outcome,
        artifacts=[current.artifact_sha256],
        details={
            "from": current.status,
            "to": outcome,
            "reason": reason,
            "roles": list(actor.roles) if isinstance(actor, SignedActor) else roles,
            "policy_sha256": loaded.sha256,
            "weights_sha256": current.weights_sha256,
            "run_id": current.run_id,
        },
        alongside=change_status,
    )
    return Review(before=current, model=moved[0], entry=entry)
