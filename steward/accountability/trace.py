"""The chain of responsibility behind one served decision.

From a gateway request id: the decision (who called, with which role, what the guards did),
the model that answered (by the weights' sha256, as loaded), its registry entry and status,
who decided its release (gate decisions, waivers, status changes: actor and policy), the data
set versions it was trained on (artifact lineage), and the policy the gateway ran under.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from steward.accountability.ledger import LedgerEntry
from steward.accountability.ledger import _from_row as _entry
from steward.errors import StewardError
from steward.registry.models import Registry
from steward.store.artifacts import Store
from steward.store.db import ApiKeyRow, LedgerEntryRow, ModelRow

_RELEASE_ACTIONS = ("gate.decided", "gate.waived", "model.status_changed")


def trace(store: Store, request_id: str) -> dict[str, Any]:
    with store.session() as session:
        rows = session.scalars(
            select(LedgerEntryRow).where(LedgerEntryRow.subject == request_id)
        ).all()
        decision = next((r for r in rows if r.action.startswith("gateway.")), None)
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
            "guards": details.get("guards"),
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
    }
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
    return result
