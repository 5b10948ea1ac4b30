"""One service for every governance decision on a registered model.

Registering a model with its gate verdict, a gate decision (with any waivers), a manual status
change, a risk owner's review, a rollback and a privacy officer's clearance of an erasure flag
each run as **one transaction**: the registry change and the ledger entries that record it
commit together or not at all (:meth:`~steward.accountability.ledger.Ledger.record_change`),
and each entry describes the change as that transaction saw it. So a crash (even ``kill -9``)
leaves neither a status change without its entry nor an entry without its change. Every entry
carries the hash of the policy it was decided under.

The command line (``steward gate``, ``steward models ...``), the pipeline and any later
front door (a console) call :class:`Governance`; each front door proves who is acting first
(:func:`~steward.accountability.identity.authorize_cli_action`), and each method checks the
actor's role again, so a library caller cannot skip it.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from steward.accountability.actor import SignedActor
from steward.accountability.ledger import Ledger, LedgerEntry
from steward.accountability.roles import Permission, require
from steward.config import LoadedPolicy
from steward.errors import RegistryError, StewardError
from steward.gate.rules import GateDecision, Waiver
from steward.registry.flags import FlagClearanceRow
from steward.registry.models import PENDING_REVIEW, ModelVersion, Registry
from steward.store.artifacts import Store
from steward.store.db import utc_now

REGISTER_ACTION = "model.registered"
GATE_ACTION = "gate.decided"
WAIVER_ACTION = "gate.waived"
STATUS_ACTION = "model.status_changed"
REVIEW_ACTION = "model.reviewed"
ROLLBACK_ACTION = "model.rolled_back"
CLEAR_FLAG_ACTION = "model.flag_cleared"

# Test-only fault injection, inert unless this variable names a point: the process then kills
# itself (SIGKILL, as `kill -9` would) at that point of a governance transaction, so the
# crash tests can show that nothing half-done survives. Points: CRASH_AFTER_CHANGE (the
# registry row changed, its ledger entry not yet written) and CRASH_BEFORE_COMMIT (both
# written, not yet committed).
CRASH_POINT_ENV = "STEWARD_TEST_CRASH_AT"
CRASH_AFTER_CHANGE = "governance.after_change"
CRASH_BEFORE_COMMIT = "governance.before_commit"


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_POINT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def review_hint(ref: str) -> str:
    return (
        f"a model is approved or rejected after the gate by a risk owner's review (steward "
        f"models review {ref} --approve|--reject --reason ...); a failed candidate reaches "
        "review by passing `steward gate`"
    )


def check_manual_status(ref: str, status: str) -> None:
    """Only a review releases a model: approving by hand would skip the gate or the sign-off.
    (Called by the command line before it asks for a signature, and by :meth:`set_status`.)"""
    if status in ("approved", PENDING_REVIEW):
        raise StewardError(
            f"set-status cannot make a model {status}: {review_hint(ref)}", where="STATUS"
        )


def _reason(reason: str, what: str, option: str = "--reason") -> str:
    reason = reason.strip()
    if not reason:
        raise StewardError(f"{what} needs a written reason", where=option)
    return reason


@dataclass(frozen=True)
class Change:
    """What one governance transaction did: the model before and after, and the entries."""

    before: ModelVersion
    model: ModelVersion
    entries: list[LedgerEntry]

    @property
    def entry(self) -> LedgerEntry:
        """The entry that records the decision (the last one written)."""
        return self.entries[-1]


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


@dataclass(frozen=True)
class GateRecord:
    model: ModelVersion
    promoted: bool
    entries: list[LedgerEntry]


@dataclass(frozen=True)
class Rollback:
    retired: ModelVersion
    from_status: str
    now_serving: ModelVersion | None  # the version a bare name now resolves to, if any
    entry: LedgerEntry


class Governance:
    """Every governance change of one store under one policy, each in one transaction."""

    def __init__(self, store: Store, loaded: LoadedPolicy, *, ledger: Ledger | None = None) -> None:
        self.store = store
        self.loaded = loaded
        self.registry = Registry(store)
        self.ledger = ledger or Ledger(store)

    # -- the one way a change is written -------------------------------------------------
    def _commit(self, change: Callable[[Session], list[dict[str, Any]]]) -> list[LedgerEntry]:
        """``change`` moves rows and returns the entries recording it; both commit together."""

        def change_then_record(session: Session) -> list[dict[str, Any]]:
            items = change(session)
            _crash_point(CRASH_AFTER_CHANGE)
            event.listen(
                session, "before_commit", lambda _s: _crash_point(CRASH_BEFORE_COMMIT), once=True
            )
            return items

        return self.ledger.record_change(change_then_record)

    def _roles(self, actor: str, permission: Permission) -> list[str]:
        roles = require(actor, permission, self.loaded.policy.roles, always=True)
        return list(actor.roles) if isinstance(actor, SignedActor) else roles

    def _details(self, **details: Any) -> dict[str, Any]:
        return {**details, "policy_sha256": self.loaded.sha256}

    def _read_unchanged(self, session: Session, before: ModelVersion) -> ModelVersion:
        """``before`` as this transaction reads it; refused if someone changed it meanwhile
        (so the entry never records a status the model did not have)."""
        current = self.registry.read(session, before.ref)
        if current.status != before.status:
            raise RegistryError(
                f"changed while this ran: now {current.status}, was {before.status}; try again",
                where=before.ref,
            )
        return current

    # -- the pipeline: a new version with its gate verdict -------------------------------
    def register(
        self,
        *,
        name: str,
        artifact_sha256: str,
        weights_sha256: str,
        dataset_sha256: str,
        run_id: str | None,
        metrics: dict[str, float],
        decision: GateDecision,
        actor: str,
        details: dict[str, Any] | None = None,
    ) -> ModelVersion:
        """Register the next version of ``name`` with the status the gate gave it: the row,
        the ``gate.decided`` entry and the ``model.registered`` entry in one transaction."""
        made: dict[str, ModelVersion] = {}

        def change(session: Session) -> list[dict[str, Any]]:
            model = self.registry.add(
                session, name=name, artifact_sha256=artifact_sha256,
                weights_sha256=weights_sha256, status=decision.status, run_id=run_id,
                metrics=metrics, gate=decision.to_dict(),
            )  # fmt: skip
            made["model"] = model
            return [
                {
                    "actor": actor, "action": GATE_ACTION, "subject": model.ref,
                    "outcome": "passed" if decision.passed else "failed",
                    "artifacts": [artifact_sha256],
                    "details": self._details(run_id=run_id, **decision.to_dict(),
                                             promoted=False),
                },
                {
                    "actor": actor, "action": REGISTER_ACTION, "subject": model.ref,
                    "outcome": model.status, "artifacts": [artifact_sha256, dataset_sha256],
                    "details": {"run_id": run_id, "weights_sha256": weights_sha256,
                                "status": model.status, **(details or {})},
                },
            ]  # fmt: skip

        self._commit(change)
        return made["model"]

    # -- `steward gate`: a registered model re-checked, waivers and all -------------------
    def record_gate_decision(
        self,
        ref: str,
        decision: GateDecision,
        *,
        actor: str,
        waivers: Mapping[str, Waiver] | None = None,
    ) -> GateRecord:
        """Record ``decision`` on ``ref`` (its waivers first, then ``gate.decided``) and make a
        candidate that passed ``pending_review``, all in one transaction."""
        waivers = dict(waivers or {})
        if decision.waived:
            self._roles(actor, Permission.WAIVE)
        done: dict[str, Any] = {}

        def change(session: Session) -> list[dict[str, Any]]:
            model = self.registry.read(session, ref)
            # A pass readies a failed candidate for review; a risk owner still signs it off.
            promoted = decision.passed and model.status == "candidate"
            if promoted:
                model = self.registry.move(session, model.ref, PENDING_REVIEW)
            done.update(model=model, promoted=promoted)
            items: list[dict[str, Any]] = [
                {
                    "actor": actor, "action": WAIVER_ACTION, "subject": model.ref,
                    "outcome": "waived", "artifacts": [model.artifact_sha256],
                    "details": self._details(rule=rule, reason=waivers[rule].reason),
                }
                for rule in decision.waived
            ]  # fmt: skip
            items.append(
                {
                    "actor": actor, "action": GATE_ACTION, "subject": model.ref,
                    "outcome": "passed" if decision.passed else "failed",
                    "artifacts": [model.artifact_sha256],
                    "details": self._details(**decision.to_dict(), promoted=promoted),
                }
            )  # fmt: skip
            return items

        entries = self._commit(change)
        return GateRecord(done["model"], done["promoted"], entries)

    # -- people's decisions ---------------------------------------------------------------
    def set_status(self, ref: str, status: str, *, actor: str, reason: str) -> Change:
        """Deploy, retire or reject by hand (never approve: that is a review)."""
        check_manual_status(ref, status)
        reason = _reason(reason, "a status change")
        roles = self._roles(
            actor, Permission.APPROVE if status == "rejected" else Permission.DEPLOY
        )
        before = self.registry.get(ref)
        if before.status == PENDING_REVIEW:
            raise StewardError(
                f"{before.ref} is {PENDING_REVIEW}: {review_hint(ref)}", where="STATUS"
            )
        moved: dict[str, ModelVersion] = {}

        def change(session: Session) -> list[dict[str, Any]]:
            current = self._read_unchanged(session, before)
            moved["model"] = self.registry.move(session, current.ref, status)
            return [
                {
                    "actor": actor, "action": STATUS_ACTION, "subject": current.ref,
                    "outcome": status, "artifacts": [current.artifact_sha256],
                    "details": self._details(**{"from": current.status, "to": status},
                                             reason=reason, roles=roles),
                }
            ]  # fmt: skip

        entries = self._commit(change)
        return Change(before, moved["model"], entries)

    def review(self, ref: str, *, approve: bool, reason: str, actor: str) -> Review:
        """Move ``ref`` from ``pending_review`` to ``approved`` (or ``rejected``) as ``actor``,
        who must hold a role with the approve permission (``risk_owner``), with a reason."""
        reason = _reason(reason, "a review")
        roles = self._roles(actor, Permission.APPROVE)
        before = self.registry.get(ref)
        if before.status != PENDING_REVIEW:
            raise RegistryError(
                f"only a model pending review can be reviewed; this one is {before.status} "
                "(a model becomes pending_review by passing the gate: `steward run` or "
                "`steward gate`)",
                where=before.ref,
            )
        outcome = "approved" if approve else "rejected"
        moved: dict[str, ModelVersion] = {}

        def change(session: Session) -> list[dict[str, Any]]:
            current = self._read_unchanged(session, before)
            moved["model"] = self.registry.move(session, current.ref, outcome)
            return [
                {
                    "actor": actor, "action": REVIEW_ACTION, "subject": current.ref,
                    "outcome": outcome, "artifacts": [current.artifact_sha256],
                    "details": self._details(
                        **{"from": current.status, "to": outcome}, reason=reason, roles=roles,
                        weights_sha256=current.weights_sha256, run_id=current.run_id,
                    ),
                }
            ]  # fmt: skip

        (entry,) = self._commit(change)
        return Review(before=before, model=moved["model"], entry=entry)

    def rollback(
        self, name: str, *, actor: str, reason: str, incident: int | None = None
    ) -> Rollback:
        """Retire the newest approved/deployed version of ``name`` so the one before it serves
        again (a gateway with ``serve.model: NAME`` loads it on restart)."""
        reason = _reason(reason, "a rollback")
        roles = self._roles(actor, Permission.DEPLOY)
        before = self.registry.servable(name)
        done: dict[str, Any] = {}

        def change(session: Session) -> list[dict[str, Any]]:
            current = self._read_unchanged(session, before)
            newest = self.registry.servable_in(session, name)
            if newest is None or newest.ref != current.ref:
                raise RegistryError(
                    "a newer version became servable while this ran; try again", where=name
                )
            retired = self.registry.move(session, current.ref, "retired")
            previous = self.registry.servable_in(session, name)
            done.update(retired=retired, previous=previous)
            return [
                {
                    "actor": actor, "action": ROLLBACK_ACTION, "subject": retired.ref,
                    "outcome": "retired", "artifacts": [retired.artifact_sha256],
                    "details": self._details(
                        from_status=current.status,
                        now_serving=previous.ref if previous else None,
                        now_serving_flagged=bool(previous and previous.flagged),
                        reason=reason, incident=incident, roles=roles,
                    ),
                }
            ]  # fmt: skip

        (entry,) = self._commit(change)
        return Rollback(done["retired"], before.status, done["previous"], entry)

    def clear_flags(self, ref: str, *, actor: str, reason: str) -> Change:
        """A ``privacy_officer`` records why a model trained on data since erased may stay
        (e.g. "DP-trained with ε=3"): its open flags close, so it may be approved, deployed
        and served again; the reason and the erasure requests go in the ledger."""
        reason = _reason(reason, "keeping a flagged model")
        roles = self._roles(actor, Permission.CLEAR_FLAG)
        before = self.registry.get(ref)
        if not before.flagged:
            raise RegistryError(
                "has no open flag to clear"
                + (" (its flags were cleared before)" if before.flags else ""),
                where=before.ref,
            )
        after: dict[str, ModelVersion] = {}

        def change(session: Session) -> list[dict[str, Any]]:
            current = self.registry.read(session, before.ref)
            flags = current.open_flags
            if not flags:
                raise RegistryError("its flags were cleared while this ran", where=current.ref)
            now = utc_now()
            session.add_all(
                FlagClearanceRow(flag_id=flag.id, actor=str(actor), reason=reason, created_at=now)
                for flag in flags
            )
            session.flush()
            after["model"] = self.registry.read(session, current.ref)
            return [
                {
                    "actor": actor, "action": CLEAR_FLAG_ACTION, "subject": current.ref,
                    "outcome": "cleared", "artifacts": [current.artifact_sha256],
                    "details": self._details(
                        reason=reason, roles=roles, status=current.status,
                        flags=[flag.id for flag in flags],
                        requests=sorted({flag.request_id for flag in flags}),
                        erased_datasets=sorted({a for flag in flags for a in flag.artifacts}),
                    ),
                }
            ]  # fmt: skip

        entries = self._commit(change)
        return Change(before, after["model"], entries)
