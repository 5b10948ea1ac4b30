"""A person signs the release: a ``risk_owner`` approves or rejects a model that passed the
gate (``pending_review``), with a written reason, recorded in the ledger.

The review is one of the governance service's decisions
(:meth:`~steward.registry.governance.Governance.review`); :func:`review_model` is its
shortcut. The front door (``steward models review`` today, a console later) proves who is
acting first (:func:`~steward.accountability.identity.authorize_cli_action`). The status change
and its ledger entry commit in one transaction: there is no approved model without its signed
entry, and no entry for a change that did not happen.
"""

from __future__ import annotations

from steward.config import LoadedPolicy
from steward.registry.governance import REVIEW_ACTION, Governance, Review
from steward.store.artifacts import Store

__all__ = ["REVIEW_ACTION", "Review", "review_model"]


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
    return Governance(store, loaded).review(ref, approve=approve, reason=reason, actor=actor)
