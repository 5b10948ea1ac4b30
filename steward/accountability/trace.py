"""The chain of responsibility behind one served decision.

From a gateway request id: the decision (who called, with which role, what the guards did),
the model that answered (by the weights' sha256, as loaded; for a chat answer, the served
assistant's adapter, base weights and knowledge base, the passages it cited), its registry
entry and status,
who decided its release (gate decisions, waivers, status changes: actor and policy), the data
set versions it was trained on (artifact lineage), and the policy the gateway ran under.
A federated model's trace also has its federation (:mod:`steward.federated.lineage`): the
sites by their governed data sets' hashes, the rounds each took part in, the aggregation and
the privacy spent, from the run's ledger entries.
A streamed answer also has how its stream ended (``gateway.stream_ended``: completed, cut by
the client, cut by a guard, upstream error).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from steward.accountability.ledger import LedgerEntry
from steward.accountability.ledger import _from_row as _entry
from steward.errors import StewardError
from steward.federated.lineage import federation_trace
from steward.registry.models import Registry
from steward.store.artifacts import Store
from steward.store.db import ApiKeyRow, LedgerEntryRow, ModelRow

_RELEASE_ACTIONS = ("gate.decided", "gate.waived", "model.reviewed", "model.status_changed")
DECISION_ACTIONS = ("gateway.decision", "gateway.denied")
_STREAM_END_ACTION = "gateway.stream_ended"


def _chat_input_verdicts(details: dict[str, Any]) -> list[dict[str, Any]]:
    """A chat decision's input-guard verdicts, joined over its messages. Entries hold one item
    per guarded text: ``{role, field, verdicts, ...}``, or (older entries) the bare list."""
    verdicts: list[dict[str, Any]] = []
    for item in details.get("input_guards") or []:
        verdicts += (item.get("verdicts") or []) if isinstance(item, dict) else item
    return verdicts


def _stream_end(row: LedgerEntryRow) -> dict[str, Any]:
    details = dict(row.details or {})
    return {
        "seq": row.seq,
        "at": row.recorded_at,
        "outcome": row.outcome,
        "latency_ms": details.get("latency_ms"),
        "chunks": details.get("chunks"),
        "chars": details.get("chars"),
        "upstream_problem": details.get("upstream_problem"),
        # one list of verdicts per checked sentence
        "guards": details.get("output_guards"),
    }


def _assistant(
    store: Store, details: dict[str, Any], stream_end: LedgerEntryRow | None
) -> dict[str, Any]:
    """A chat answer's assistant: its hashes, the knowledge base it answered from (with its
    documents' hashes), the passages it was given and cited, the grounding guard's verdict."""
    identity = dict(details["assistant"])
    grounding = dict(details.get("grounding") or {})
    if stream_end is not None:  # a stream's citations are known when it ends
        grounding.update((stream_end.details or {}).get("grounding") or {})
    knowledge: dict[str, Any] | None = None
    kb_sha = identity.get("knowledge_base_sha256")
    if kb_sha:
        try:
            record = store.get(kb_sha)
            knowledge = {"sha256": kb_sha, "created_at": record.created_at,
                         "documents": record.meta.get("documents"),
                         "passages": record.meta.get("passages")}  # fmt: skip
        except StewardError:
            knowledge = {"sha256": kb_sha, "missing": True}
    return {
        **identity,
        "knowledge_base": knowledge,
        "language": grounding.get("language"),
        "mode": grounding.get("mode"),
        "passages": grounding.get("passages") or [],
        "cited": grounding.get("cited"),
        "unsupported_removed": grounding.get("unsupported_removed"),
        "grounding_guard": grounding.get("grounding_guard"),
    }


def trace(store: Store, request_id: str) -> dict[str, Any]:
    with store.session() as session:
        rows = session.scalars(
            select(LedgerEntryRow)
            .where(LedgerEntryRow.subject == request_id)
            .order_by(LedgerEntryRow.seq)
        ).all()
        decision = next((r for r in rows if r.action in DECISION_ACTIONS), None)
        stream_end = next((r for r in rows if r.action == _STREAM_END_ACTION), None)
        if decision is None:
            raise StewardError("no gateway decision with this request id in the ledger",
                               where=request_id)  # fmt: skip
        details = dict(decision.details or {})
        key = session.get(ApiKeyRow, details.get("key_id") or "")
        started = session.scalars(
            select(LedgerEntryRow)
            .where(LedgerEntryRow.action == "gateway.started", LedgerEntryRow.seq < decision.seq)
            .order_by(LedgerEntryRow.seq.desc())
            .limit(1)
        ).first()
        model_row = None
        if details.get("model_sha256"):
            model_row = session.scalars(
                select(ModelRow).where(ModelRow.weights_sha256 == details["model_sha256"])
            ).first()
    result: dict[str, Any] = {
        "request_id": request_id,
        "decision": {
            "seq": decision.seq,
            "at": decision.recorded_at,
            "action": decision.action,
            "outcome": decision.outcome,
            "route": details.get("route"),
            "latency_ms": details.get("latency_ms"),
            "guards": details.get("guards") or _chat_input_verdicts(details),
        },
        "caller": {
            "key_id": details.get("key_id"),
            "role": details.get("role"),
            "name": key.name if key else None,
            "key_created_by": key.created_by if key else None,
        },
        "gateway": (
            {"started_at": started.recorded_at, **dict(started.details or {})} if started else None
        ),
        "stream_end": None if stream_end is None else _stream_end(stream_end),
    }
    if details.get("assistant"):
        result["assistant"] = _assistant(store, details, stream_end)
    if model_row is None:
        result["model"] = None
        return result
    version = Registry(store).get(f"{model_row.name}:{model_row.version}")
    with store.session() as session:
        release_rows = session.scalars(
            select(LedgerEntryRow)
            .where(
                LedgerEntryRow.subject == version.ref,
                LedgerEntryRow.action.in_(_RELEASE_ACTIONS),
            )
            .order_by(LedgerEntryRow.seq)
        ).all()
        release: list[LedgerEntry] = [_entry(row) for row in release_rows]
    lineage = store.lineage(version.artifact_sha256)
    result["model"] = {
        "ref": version.ref,
        "status": version.status,
        "weights_sha256": version.weights_sha256,
        "artifact_sha256": version.artifact_sha256,
        "run_id": version.run_id,
    }
    result["release"] = [
        {
            "seq": e.seq,
            "at": e.recorded_at,
            "action": e.action,
            "actor": e.actor,
            "outcome": e.outcome,
            "policy_sha256": e.details.get("policy_sha256"),
            "reason": e.details.get("reason"),
        }
        for e in release
    ]
    result["data"] = [
        {"sha256": a.sha256, "kind": a.kind, "name": a.name, "created_at": a.created_at}
        for a in lineage[1:]
    ]
    result["federation"] = federation_trace(store, version.ref, {a.sha256 for a in lineage})
    return result
