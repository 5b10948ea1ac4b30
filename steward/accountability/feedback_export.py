"""Feedback → training rows → the next model version, with lineage all the way.

The gateway never keeps request text. A training example exists only where a user shared it
through ``POST /v1/feedback`` (``shared_text`` with ``consent_to_train``), anonymized by the
policy's ``pii`` settings before it was stored (see
:meth:`~steward.accountability.incidents.Incidents.record_feedback`).

:func:`export_feedback` writes the feedback that carries a consented example and a correction
as a JSONL file in the policy's own field names, so the next ``steward run`` ingests it as an
ordinary data source (``data.sources``) and governs it like every other row: quarantine,
de-duplication, PII, datasheet. The export is a stored artifact and a ``feedback.exported``
ledger entry naming the feedback ids, their incidents and the file's sha256; the run stores the
same file (same sha256) as a source of its data set, so :func:`feedback_lineage` walks from an
incident to the exports that carried it, the data sets made from them and the models trained on
those.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from steward.accountability.ledger import Ledger
from steward.accountability.roles import Permission, require
from steward.config import Policy
from steward.errors import StewardError
from steward.store.artifacts import Store, sha256_file
from steward.store.db import ArtifactParentRow, ArtifactRow, FeedbackRow, IncidentRow, ModelRow
from steward.store.permissions import write_private_bytes

EXPORT_ACTION = "feedback.exported"
# The export is source data: erasure searches the stored copies of this kind
# (steward.data.rights.SOURCE_KIND), and the run that ingests the file finds it stored already.
EXPORT_KIND = "source_data"
SOURCE_NAME = "feedback"
# A thumbs-up agrees with the answer: it corrects nothing.
CORRECTING_KINDS = ("correction", "complaint", "thumbs_down")


@dataclass(frozen=True)
class FeedbackExport:
    """What :func:`export_feedback` wrote: the file, its hash, the feedback ids (and their
    incidents) it holds, and how many feedback rows were left out, by reason."""

    path: Path
    sha256: str
    feedback_ids: list[int]
    incident_ids: list[int]
    skipped: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "sha256": self.sha256,
            "rows": len(self.feedback_ids),
            "feedback_ids": self.feedback_ids,
            "incident_ids": self.incident_ids,
            "skipped": self.skipped,
        }


def feedback_row_id(feedback_id: int) -> str:
    """The row id an exported feedback example carries (the policy's ``data.id_field``)."""
    return f"feedback-{feedback_id}"


def _skip_reason(row: FeedbackRow, policy: Policy) -> str | None:
    """Why this feedback row cannot be a training row (None: it can)."""
    details = row.details or {}
    if details.get("erased_by"):
        return "erased at the data subject's request"
    if row.kind not in CORRECTING_KINDS:
        return f"{row.kind} carries no correction"
    if not details.get("consent_to_train"):
        return "no consent to train"
    if not (details.get("shared_text") or "").strip():
        return "no shared text"
    label, reply = details.get("correct_label"), details.get("corrected_reply")
    if not label and not reply:
        return "no correction"
    if not label:  # ingest requires a label on every row
        return f"no corrected label (data.label_field {policy.data.label_field!r})"
    if policy.assistant is not None and not reply:  # the assistant's rows need a reply too
        return f"no corrected reply (assistant.response_field {policy.assistant.response_field!r})"
    return None


def _training_row(row: FeedbackRow, policy: Policy) -> dict[str, Any]:
    details = row.details or {}
    data = policy.data
    training_row: dict[str, Any] = {
        data.id_field: feedback_row_id(row.id),
        data.text_field: details["shared_text"],
        data.label_field: details["correct_label"],
        "source": SOURCE_NAME,
        "feedback_id": row.id,
        "feedback_kind": row.kind,
        "incident_id": row.incident_id,
        "request_id": row.request_id,
        "received_at": row.received_at,
    }
    if details.get("corrected_reply"):
        reply_field = policy.assistant.response_field if policy.assistant else "reply"
        training_row[reply_field] = details["corrected_reply"]
    if data.retention is not None:  # feedback ages out like any row: by when it was given
        training_row[data.retention.timestamp_field] = row.received_at
    return training_row


def export_feedback(
    store: Store,
    policy: Policy,
    output: Path,
    *,
    actor: str,
    run_id: str | None = None,
    allow_empty: bool = False,
) -> FeedbackExport:
    """Write every consented, corrected feedback example as a JSONL training source (0600),
    store it as an artifact and record the export in the ledger. Feedback without consent,
    shared text or a correction is never written; it is counted by reason. Nothing to export is
    an error, unless ``allow_empty`` (a run's ``type: feedback`` source: an empty source)."""
    require(actor, Permission.RUN_PIPELINE, policy.roles)
    rows: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    with store.session() as session:
        for feedback in session.scalars(select(FeedbackRow).order_by(FeedbackRow.id)):
            reason = _skip_reason(feedback, policy)
            if reason is not None:
                skipped[reason] += 1
                continue
            rows.append(_training_row(feedback, policy))
    if not rows and not allow_empty:
        why = ", ".join(f"{reason}: {count}" for reason, count in skipped.most_common())
        raise StewardError(
            f"no feedback to export ({why or 'the store holds no feedback'})", where=str(output)
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    # Anonymized, but still customers' words: as private as the store.
    write_private_bytes(output, text.encode("utf-8"))
    feedback_ids = [int(row["feedback_id"]) for row in rows]
    incident_ids = sorted({int(row["incident_id"]) for row in rows if row["incident_id"]})
    artifact = store.put(
        output,
        kind=EXPORT_KIND,
        run_id=run_id,
        meta={
            "path": str(output.resolve()),
            "origin": SOURCE_NAME,
            "rows": len(rows),
            "feedback_ids": feedback_ids,
            "incident_ids": incident_ids,
        },
    )
    assert artifact.sha256 == sha256_file(output)
    result = FeedbackExport(
        path=output,
        sha256=artifact.sha256,
        feedback_ids=feedback_ids,
        incident_ids=incident_ids,
        skipped=dict(skipped.most_common()),
    )
    Ledger(store).append(
        actor=actor,
        action=EXPORT_ACTION,
        subject=artifact.sha256,
        artifacts=[artifact.sha256],
        details={**result.to_dict(), **({"run_id": run_id} if run_id else {})},
    )
    return result


def _descendants(store: Store, roots: list[str]) -> dict[str, str]:
    """Every artifact made (directly or not) from ``roots``: sha256 -> kind."""
    found: dict[str, str] = {}
    frontier = list(roots)
    with store.session() as session:
        while frontier:
            children = session.execute(
                select(ArtifactRow.sha256, ArtifactRow.kind)
                .join(ArtifactParentRow, ArtifactParentRow.child_sha256 == ArtifactRow.sha256)
                .where(ArtifactParentRow.parent_sha256.in_(frontier))
            ).all()
            frontier = [sha for sha, kind in children if sha not in found]
            found.update({sha: kind for sha, kind in children})
    return found


def feedback_lineage(store: Store, incident_id: int) -> dict[str, Any]:
    """From an incident to the next versions its feedback reached: the exports that carried
    it (ledger entries), the data sets made from them and the models trained on those."""
    with store.session() as session:
        incident = session.get(IncidentRow, incident_id)
        if incident is None:
            raise StewardError("no such incident", where=str(incident_id))
        feedback_id = incident.feedback_id
    exports = [
        entry
        for entry in Ledger(store).entries(action=EXPORT_ACTION)
        if incident_id in entry.details.get("incident_ids", [])
        or (feedback_id is not None and feedback_id in entry.details.get("feedback_ids", []))
    ]
    export_shas = [str(entry.details["sha256"]) for entry in exports]
    made = _descendants(store, export_shas)
    with store.session() as session:
        datasets = session.scalars(
            select(ArtifactRow)
            .where(ArtifactRow.sha256.in_([sha for sha, kind in made.items() if kind == "dataset"]))
            .order_by(ArtifactRow.created_at)
        ).all()
        models = session.scalars(
            select(ModelRow)
            .where(ModelRow.artifact_sha256.in_(list(made)))
            .order_by(ModelRow.created_at)
        ).all()
        return {
            "incident_id": incident_id,
            "feedback_id": feedback_id,
            "exports": [
                {
                    "ledger_seq": entry.seq,
                    "recorded_at": entry.recorded_at,
                    "actor": entry.actor,
                    "sha256": entry.details["sha256"],
                    "path": entry.details.get("path"),
                }
                for entry in exports
            ],
            "datasets": [
                {"sha256": row.sha256, "run_id": row.run_id, "created_at": row.created_at}
                for row in datasets
            ],
            "models": [
                {
                    "ref": f"{row.name}:{row.version}",
                    "status": row.status,
                    "run_id": row.run_id,
                    "artifact_sha256": row.artifact_sha256,
                }
                for row in models
            ],
        }
