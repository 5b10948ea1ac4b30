"""Feedback → incident → responsible party → root cause → resolution.

``triage`` turns a feedback row into an incident when the policy gives its kind a severity.
Who is responsible follows from the decision's ledger trail (:func:`trace`): a complaint
about an answer the model gave goes to the role that owns the model (``developer`` by
default), with the person who approved its release named as accountable; a complaint about a
prompt a guard blocked or redacted goes to the role that owns the guards (``operator``). The
assignee is the first person the policy lists for that role.

Every step — opened, root cause, resolved — is a ledger entry; resolution is one of
``retrain``, ``rollback``, ``threshold_change``, ``no_action``.

Feedback enters through :meth:`Incidents.record_feedback`: only about a request id the ledger
holds a gateway decision for (else :class:`UnknownRequest`), and with its comment, corrected
label and any shared example (the text the user consented to share for training, a corrected
reply) anonymized by the policy's ``pii`` settings first — the data stage's engine
and operators, so with ``encrypt`` the originals go to the vault and nowhere else. Root-cause
and resolution notes are anonymized the same way: they are copied into the ledger, which
cannot be erased.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from steward.accountability.ledger import Ledger
from steward.config import Policy
from steward.errors import StewardError
from steward.store.artifacts import Store
from steward.store.db import FeedbackRow, IncidentRow, LedgerEntryRow, utc_now

if TYPE_CHECKING:
    from steward.data.pii.stage import PiiStage

RESOLUTIONS = ("retrain", "rollback", "threshold_change", "no_action")
SEVERITIES = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class Incident:
    id: int
    opened_at: str
    source: str
    severity: str
    status: str
    title: str
    request_id: str | None
    feedback_id: int | None
    model_ref: str | None
    category: str
    responsible_role: str
    accountable: str | None
    assignee: str | None
    root_cause: str | None
    resolution: str | None
    resolution_note: str | None
    resolved_at: str | None
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _from_row(row: IncidentRow) -> Incident:
    return Incident(**{name: getattr(row, name) for name in Incident.__dataclass_fields__})


class UnknownRequest(StewardError):
    """Feedback about a request id with no gateway decision in the ledger (HTTP 404)."""


@dataclass(frozen=True)
class RecordedFeedback:
    """What :meth:`Incidents.record_feedback` stored: the row id, the incident it opened, the
    personal data found in the comment (labels and counts, for the ledger; never values) and
    the corrected label as stored."""

    id: int
    incident: Incident | None
    pii_found: dict[str, int]
    correct_label: str | None
    shared_pii_found: dict[str, int] = field(default_factory=dict)  # shared text and reply
    request_id: str = ""
    kind: str = ""
    comment_chars: int = 0
    shared_text_chars: int = 0
    corrected_reply_chars: int = 0
    consent_to_train: bool = False

    def ledger_details(self) -> dict[str, Any]:
        """What the ledger keeps of this feedback (the gateway's ``recorded`` decision):
        labels, counts and sizes, the corrected label as stored; never the comment or the
        shared example."""
        return {
            "about": self.request_id,
            "kind": self.kind,
            "feedback_id": self.id,
            "comment_chars": self.comment_chars,
            "comment_pii": self.pii_found,
            "correct_label": self.correct_label,
            "shared_text_chars": self.shared_text_chars,
            "corrected_reply_chars": self.corrected_reply_chars,
            "shared_pii": self.shared_pii_found,
            "consent_to_train": self.consent_to_train,
        }


class Incidents:
    def __init__(self, store: Store, policy: Policy, ledger: Ledger | None = None) -> None:
        self.store = store
        self.policy = policy
        self.ledger = ledger or Ledger(store)
        self._pii: PiiStage | None = None
        self._pii_lock = threading.Lock()  # the anonymizer's sealed values are per call

    def request_known(self, request_id: str) -> bool:
        """Whether the ledger holds a gateway decision with this request id (one indexed
        lookup on the entries' subject)."""
        with self.store.session() as session:
            found = session.scalars(
                select(LedgerEntryRow.seq)
                .where(
                    LedgerEntryRow.subject == request_id,
                    LedgerEntryRow.action == "gateway.decision",
                )
                .limit(1)
            ).first()
        return found is not None

    def _anonymize(self, texts: list[str]) -> tuple[list[str], Counter[str]]:
        from steward.data.pii.stage import PiiStage

        with self._pii_lock:
            if self._pii is None:
                self._pii = PiiStage(self.policy.pii, self.store)  # loads the analyzer once
            outcome = self._pii.apply(texts, rescan=False)
        return outcome.texts, outcome.found

    def record_feedback(
        self,
        *,
        request_id: str,
        kind: str,
        key_id: str,
        comment: str,
        correct_label: str | None,
        actor: str,
        shared_text: str | None = None,
        corrected_reply: str | None = None,
        consent_to_train: bool = False,
    ) -> RecordedFeedback:
        """Store feedback on a served decision, its free text anonymized, and triage it.

        ``shared_text`` (the message the user agrees to share; kept only with
        ``consent_to_train``) and ``corrected_reply`` are anonymized like the comment: they are
        what ``steward feedback export`` turns into training rows."""
        if shared_text is not None and not consent_to_train:
            raise StewardError(
                "shared_text is kept for training only with consent_to_train: true",
                where="consent_to_train",
            )
        if not self.request_known(request_id):
            raise UnknownRequest(
                "no gateway decision with this request id in the ledger", where="request_id"
            )
        (clean_comment, clean_label), found = self._anonymize([comment, correct_label or ""])
        label = clean_label if correct_label is not None else None
        shared: dict[str, Any] = {}
        shared_found: Counter[str] = Counter()
        if shared_text is not None or corrected_reply is not None:
            # A separate pass, so the ledger tells the comment's personal data from the example's
            (clean_text, clean_reply), shared_found = self._anonymize(
                [shared_text or "", corrected_reply or ""]
            )
            shared = {
                "shared_text": clean_text if shared_text is not None else None,
                "shared_text_chars": len(shared_text or ""),
                "corrected_reply": clean_reply if corrected_reply is not None else None,
                "shared_pii_found": dict(shared_found),
            }
        with self.store.session() as session, session.begin():
            row = FeedbackRow(
                request_id=request_id,
                kind=kind,
                key_id=key_id,
                received_at=utc_now(),
                details={
                    "comment": clean_comment,
                    "comment_chars": len(comment),
                    "correct_label": label,
                    "pii_found": dict(found),
                    "consent_to_train": consent_to_train,
                    **shared,
                },
            )
            session.add(row)
            session.flush()
            feedback_id = row.id
        # a complaint opens its incident now, assigned by the RACI table and the ledger trail
        incident = self.triage(feedback_id, actor=actor)
        return RecordedFeedback(
            id=feedback_id,
            incident=incident,
            pii_found=dict(found),
            correct_label=label,
            shared_pii_found=dict(shared_found),
            request_id=request_id,
            kind=kind,
            comment_chars=len(comment),
            shared_text_chars=len(shared_text or ""),
            corrected_reply_chars=len(corrected_reply or ""),
            consent_to_train=consent_to_train,
        )

    def _person(self, role: str) -> str | None:
        people = self.policy.roles.people(role)
        return people[0] if people else None

    def open(
        self,
        *,
        title: str,
        severity: str,
        source: str,
        category: str,
        actor: str,
        request_id: str | None = None,
        feedback_id: int | None = None,
        model_ref: str | None = None,
        accountable: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> Incident:
        if severity not in SEVERITIES:
            raise StewardError(f"severity must be one of {', '.join(SEVERITIES)}", where="severity")
        settings = self.policy.incidents
        role = settings.guard_owner if category == "guard" else settings.model_owner
        with self.store.session() as session, session.begin():
            row = IncidentRow(
                opened_at=utc_now(),
                source=source,
                severity=severity,
                status="open",
                title=title,
                request_id=request_id,
                feedback_id=feedback_id,
                model_ref=model_ref,
                category=category,
                responsible_role=role,
                accountable=accountable,
                assignee=self._person(role),
                details=details or {},
            )
            session.add(row)
            session.flush()
            incident = _from_row(row)
        self.ledger.append(
            actor=actor,
            action="incident.opened",
            subject=f"incident:{incident.id}",
            details={
                "severity": severity,
                "source": source,
                "category": category,
                "request_id": request_id,
                "model": model_ref,
                "responsible_role": role,
                "assignee": incident.assignee,
                "accountable": accountable,
            },
        )
        return incident

    def triage(self, feedback_id: int, *, actor: str = "steward") -> Incident | None:
        """Open the incident a feedback row calls for (None when its kind is ignored)."""
        from steward.accountability.trace import trace

        with self.store.session() as session:
            feedback = session.get(FeedbackRow, feedback_id)
            if feedback is None:
                raise StewardError("no such feedback", where=str(feedback_id))
            kind, request_id = feedback.kind, feedback.request_id
        severity = self.policy.incidents.severity.get(kind, "ignore")  # type: ignore[call-overload]
        if severity == "ignore":
            return None
        try:
            trail = trace(self.store, request_id)
        except StewardError:
            trail = None
        model = (trail or {}).get("model") or {}
        decision = (trail or {}).get("decision") or {}
        guarded = decision.get("outcome") in ("block", "blocked", "redact")
        category = "guard" if guarded or not model else "model"
        approvers = [
            step["actor"]
            for step in (trail or {}).get("release") or []
            if step["outcome"] in ("passed", "waived", "approved", "deployed")
        ]
        incident = self.open(
            title=f"{kind.replace('_', ' ')} on request {request_id[:12]}"
            + (f" ({model.get('ref')})" if model else ""),
            severity=severity,
            source="feedback",
            category=category,
            actor=actor,
            request_id=request_id,
            feedback_id=feedback_id,
            model_ref=model.get("ref"),
            accountable=approvers[-1] if approvers else self._person("risk_owner"),
            details={"feedback_kind": kind, "decision_outcome": decision.get("outcome")},
        )
        with self.store.session() as session, session.begin():
            row = session.get(FeedbackRow, feedback_id)
            if row is not None:
                row.incident_id = incident.id
        return incident

    def get(self, incident_id: int) -> Incident:
        with self.store.session() as session:
            row = session.get(IncidentRow, incident_id)
            if row is None:
                raise StewardError("no such incident", where=str(incident_id))
            return _from_row(row)

    def list(self, status: str | None = None) -> list[Incident]:
        with self.store.session() as session:
            query = select(IncidentRow).order_by(IncidentRow.id)
            if status:
                query = query.where(IncidentRow.status == status)
            return [_from_row(row) for row in session.scalars(query)]

    def _update(self, incident_id: int, action: str, actor: str, **changes: Any) -> Incident:
        with self.store.session() as session, session.begin():
            row = session.get(IncidentRow, incident_id)
            if row is None:
                raise StewardError("no such incident", where=str(incident_id))
            if row.status == "resolved":
                raise StewardError(
                    f"incident {incident_id} was resolved at {row.resolved_at}",
                    where=str(incident_id),
                )
            for name, value in changes.items():
                setattr(row, name, value)
            incident = _from_row(row)
        self.ledger.append(
            actor=actor,
            action=action,
            subject=f"incident:{incident_id}",
            details={k: v for k, v in changes.items() if k != "status"},
        )
        return incident

    def root_cause(self, incident_id: int, note: str, *, actor: str) -> Incident:
        if not note.strip():
            raise StewardError("the root cause needs a note", where="--root-cause")
        # The note goes into the ledger, which nothing can erase: anonymized first.
        (clean,), _ = self._anonymize([note])
        return self._update(
            incident_id, "incident.root_caused", actor, root_cause=clean, status="root_caused"
        )

    def resolve(self, incident_id: int, resolution: str, note: str, *, actor: str) -> Incident:
        if resolution not in RESOLUTIONS:
            raise StewardError(
                f"resolution must be one of {', '.join(RESOLUTIONS)}", where="--resolve"
            )
        if self.get(incident_id).root_cause is None:
            raise StewardError(
                "record the root cause first (--root-cause)", where=f"incident {incident_id}"
            )
        (clean,), _ = self._anonymize([note])  # as the root cause: it goes into the ledger
        return self._update(
            incident_id,
            "incident.resolved",
            actor,
            resolution=resolution,
            resolution_note=clean,
            status="resolved",
            resolved_at=utc_now(),
        )
