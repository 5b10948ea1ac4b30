"""The console's pages with a big store: server time per page, p50/p95 (issue 19).

1. Fill a store with ``--entries`` ledger entries (default 1,000,000) and ``--models`` model
   versions (default 1,000). Two versions are registered the normal way (governance: gate
   decisions in the ledger, run folders with ``audit.json``; the served one trained on a
   labelled data set, monitoring's drift reference), API keys made by the key store, and
   ``--datasets`` governed data sets (rows with customer ids and timestamps, some past the
   policy's retention) for the privacy desk; the rest are written in bulk through SQLAlchemy
   core, in batches of ``--batch`` rows: model rows, and gateway-shaped ledger entries spread
   over the last ``--days`` days (classify decisions in English and Chinese with intents,
   confidences, lengths and guard verdicts, some blocked; chat answers, some escalated or
   blocked; guard checks; denials, feedback, sign-ins, status changes) chained with the
   ledger's own hashing (``_hash_of_stored``) and its INSERT, each batch's newest entry signed
   with the store's key and the anchor moved, so the whole ledger verifies (checked at the
   end). Then ``--incidents`` incidents opened (and some root-caused, some resolved) through
   the incidents service on bulk decisions, and monitoring's hourly rollups folded once
   (``rollup_s``; a running console keeps them current as decisions arrive).
2. Sign in as an auditor and request each page ``--requests`` times (in-process TestClient on
   the real app: the time is the server's plus well under a millisecond of client), after one
   warm-up request; p50/p95/max per page. ``/ledger/verify`` walks from the last verified head
   (the warm-up is the cold walk of the whole chain, reported apart).
3. The same on PostgreSQL when one is installed (started in a temp dir, as the tests do).

Targets (issue 19): p95 <= 300 ms per page; the trace view <= 200 ms.

Usage: python benchmarks/console_pages.py [--entries 1000000] [--models 1000] [--requests 40]
       [--days 8] [--datasets 40] [--incidents 200]
       [--backend sqlite|postgresql|both] [--out benchmarks/results/console_pages.json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the tests' helpers (policy, registration, PostgreSQL)

import yaml  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from steward.accountability.incidents import Incidents  # noqa: E402
from steward.accountability.ledger import (  # noqa: E402
    GENESIS_HASH,
    Ledger,
    _canonical_lenient,
    _hash_of_stored,
    _raw_insert,
)
from steward.accountability.monitor_rollups import catch_up  # noqa: E402
from steward.accountability.monitoring import CHAT_ROUTE  # noqa: E402
from steward.config import load_policy  # noqa: E402
from steward.console.app import create_console  # noqa: E402
from steward.gate.rules import evaluate_gate  # noqa: E402
from steward.registry.governance import Governance  # noqa: E402
from steward.registry.models import ModelVersion  # noqa: E402
from steward.serve.keys import KeyStore  # noqa: E402
from steward.store.artifacts import Store, sha256_file  # noqa: E402
from steward.store.db import LedgerAnchorRow, LedgerEntryRow, ModelRow, canonical_json  # noqa: E402
from tests.conftest import write_policy  # noqa: E402
from tests.console.world import _register  # noqa: E402

TARGET_P95_MS = 300.0
TARGET_TRACE_P95_MS = 200.0
STATUSES = ("approved", "deployed", "candidate", "retired", "rejected")
PENDING_EVERY = 50  # one version in 50 waits for review (20 in the queue at 1,000)
ROLES = {"assignments": {"risk_owner": ["carol"], "auditor": ["audrey"], "developer": ["alice"],
                         "operator": ["oscar"], "privacy_officer": ["priya"]}}  # fmt: skip
RETENTION_DAYS = 365
# The served model's intents; live traffic draws them with another mix (drift to measure).
INTENTS = ("card_lost", "card_arrival", "balance", "transfer_failed", "pin_blocked",
           "exchange_rate", "top_up", "refund", "cash_withdrawal", "direct_debit",
           "card_declined", "change_address", "close_account", "fees", "contactless",
           "verify_identity", "apple_pay", "atm_swallowed", "statement", "greeting")  # fmt: skip


@dataclass(frozen=True)
class Filled:
    store: Store
    policy: Path
    auditor_key: str
    request_id: str  # a decision deep in the ledger, for the trace view
    refs: tuple[str, str]  # two versions with run folders, for the compare view
    middle_ref: str  # a bulk-written version
    actor: str
    fill_s: float
    rollup_s: float
    entries: int
    models: int
    incident_id: int  # a root-caused incident on a bulk decision, for the incident page


def _audit_json(run_dir: Path, rows: int, accuracy: float) -> None:
    """An audit.json with the sections the compare view reads (steward.audit schema)."""
    kept, quarantined = rows - rows // 10, rows // 20
    document = {
        "schema": "steward.audit/2",
        "sections": {
            "data": {"status": "ran", "verdict": "pass", "checks": [], "rows_read": rows,
                     "kept": kept, "quarantined": quarantined,
                     "duplicates": rows - kept - quarantined},
            "fairness": {"columns": [{"column": "language", "groups": [
                {"group": g, "n": rows // 2, "accuracy": {"value": accuracy - d}}
                for g, d in (("en", 0.0), ("zh", 0.04))]}]},
        },
    }  # fmt: skip
    (run_dir / "audit.json").write_text(json.dumps(document), "utf-8")


_Entry = tuple[str, str, str, str, Any]  # actor, action, subject, outcome, details


def _synthetic(i: int, key_id: str, model: ModelVersion, versions: int) -> _Entry:
    """Entry ``i`` of the bulk part: (actor, action, subject, outcome, details), a gateway's
    mix: mostly decisions (classify, chat, guard), some denials, feedback, console sign-ins
    and status changes."""
    kind = i % 100
    request = f"req-{i:012x}"
    actor = f"key:{key_id}"
    language = "zh" if i % 3 == 0 else "en"
    common = {"key_id": key_id, "role": "end_user", "latency_ms": round(2 + (i % 17) * 0.3, 3)}
    if kind < 70:
        blocked = i % 23 == 0
        result: dict[str, Any] = {
            "blocked": blocked, "language": language, "chars": 8 + (i * 13) % 320,
            "guard_actions": {"pii": "allow", "injection": "block" if blocked else "allow"},
        }  # fmt: skip
        if not blocked:  # intents skewed towards the first ones: drift against training
            label = INTENTS[min((i * 7) % 29, (i * 11) % 23) % len(INTENTS)]
            result |= {"label": label, "confidence": round(0.45 + (i % 53) / 100, 3)}
        return (actor, "gateway.decision", request, "blocked" if blocked else "served",
                {"route": "/v1/classify", **common, "model": model.ref,
                 "model_sha256": model.weights_sha256, "results": [result]})  # fmt: skip
    if kind < 80:
        outcome = ("served", "served", "served", "escalated", "block")[i % 5]
        grounding = {"language": language, "mode": "grounded", "cited": [1] if i % 4 else [],
                     "unsupported_removed": i % 9 == 0}  # fmt: skip
        return (actor, "gateway.decision", request, outcome,
                {"route": CHAT_ROUTE, **common, "grounding": grounding})  # fmt: skip
    if kind < 85:
        verdict = "block" if i % 7 == 0 else "allow"
        return (actor, "gateway.decision", request, "blocked" if verdict == "block" else "ok",
                {"route": "/v1/guard", **common, "direction": "input",
                 "guards": [{"guard": "injection", "action": verdict, "reasons": []}]})  # fmt: skip
    if kind < 90:
        return (actor, "gateway.denied", request, "denied",
                {"route": "/v1/classify", **common, "status": 403,
                 "model_sha256": model.weights_sha256})  # fmt: skip
    if kind < 95:
        return (actor, "feedback.recorded", f"req-{i - 5:012x}", "ok",
                {"label": "wrong_intent", "key_id": key_id})  # fmt: skip
    if kind < 98:
        return (actor, "console.signed_in", key_id, "ok", {"role": "auditor"})
    version = 3 + i % max(versions - 2, 1)
    return (
        "carol",
        "model.status_changed",
        f"bank:{version}",
        "deployed",
        {"from": "approved", "to": "deployed"},
    )


def _customer_rows(count: int, seed: int, now: datetime) -> list[dict[str, Any]]:
    """Governed rows: text, intent (the training mix), split, a customer id and a timestamp
    (one row in seven older than the retention period)."""
    rows = []
    for n in range(count):
        age = RETENTION_DAYS + 30 if (n + seed) % 7 == 0 else (n * 3 + seed) % 300
        rows.append({
            "id": f"d{seed}-{n}", "text": "message " * (1 + (n * 5 + seed) % 40),
            "label": INTENTS[(n * 3 + seed) % len(INTENTS)], "split": "train",
            "customer_id": f"C-{(n * 31 + seed) % 5000:05d}",
            "timestamp": (now - timedelta(days=age)).isoformat(timespec="seconds"),
        })  # fmt: skip
    return rows


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def _register_served(store: Store, policy: Path, root: Path, now: datetime) -> ModelVersion:
    """The served version (with a run folder), trained on a labelled governed data set: the
    drift reference monitoring measures live intents against."""
    loaded = load_policy(policy)
    dataset = store.put(_jsonl(root / "served-governed.jsonl", _customer_rows(2000, 0, now)),
                        kind="dataset", run_id="run-bench-a")  # fmt: skip
    folder = root / "model-a"
    folder.mkdir(parents=True)
    (folder / "model.safetensors").write_bytes(b"model-a" * 64)
    artifact = store.put(folder, kind="model", parents=[dataset.sha256])
    run_dir = store.home / "runs" / "run-bench-a"
    run_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    for name, text in (("report.html", "<h1>report of run-bench-a</h1>"),
                       ("datasheet.html", "<h1>datasheet</h1>"),
                       ("MODEL_CARD.md", "# model card")):  # fmt: skip
        (run_dir / name).write_text(text, "utf-8")
    metrics = {"macro_f1": 0.82}
    return Governance(store, loaded).register(
        name="bank", artifact_sha256=artifact.sha256,
        weights_sha256=sha256_file(folder / "model.safetensors"),
        dataset_sha256=dataset.sha256, run_id="run-bench-a", metrics=metrics,
        decision=evaluate_gate(loaded.policy.gate.rules, metrics), actor="alice",
    )  # fmt: skip


def _open_incidents(
    store: Store, policy: Path, count: int, request_ids: list[str], model: ModelVersion
) -> int:
    """``count`` incidents on bulk decisions through the service (ledger entries each): one in
    three stays open, one is root-caused, one resolved; returns a root-caused one's id."""
    incidents = Incidents(store, load_policy(policy).policy)
    root_caused = 0
    for n in range(count):
        category = "guard" if n % 2 else "model"
        opened = incidents.open(
            title=f"{'blocked a benign message' if n % 2 else 'wrong intent'} #{n}",
            severity=("low", "medium", "high")[n % 3], source="feedback", category=category,
            actor="steward", request_id=request_ids[n % len(request_ids)],
            model_ref=model.ref, accountable="carol",
        )  # fmt: skip
        owner = "oscar" if category == "guard" else "alice"
        if n % 3 >= 1:
            incidents.root_cause(opened.id, "threshold too low for short messages", actor=owner)
            root_caused = root_caused or opened.id
        if n % 3 == 2:
            incidents.resolve(opened.id, "threshold_change", "raised to 0.8", actor=owner)
    return root_caused


def fill(
    root: Path,
    *,
    entries: int,
    models: int,
    batch: int,
    url: str | None = None,
    days: float = 8.0,
    datasets: int = 40,
    incidents: int = 200,
) -> Filled:
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    policy = write_policy(
        root, "bank", roles=ROLES,
        gate={"rules": [{"name": "quality-floor", "metric": "macro_f1", "min": 0.5}]},
    )  # fmt: skip
    store = Store(root / ".steward", url=url)
    now = datetime.now(UTC)
    # the normal way: registration through governance (ledger entries, lineage, run folders)
    registered = [
        _register_served(store, policy, root, now),
        _register(store, policy, root / "model-b", 0.86, run_id="run-bench-b"),
    ]
    # the policy serves the first (monitoring's drift reference) and keeps rows a year
    settings = yaml.safe_load(policy.read_text("utf-8"))
    settings["serve"] = {"model": registered[0].ref}
    settings["data"] |= {
        "subject_fields": ["customer_id"],
        "retention": {"days": RETENTION_DAYS, "timestamp_field": "timestamp"},
    }
    policy.write_text(yaml.safe_dump(settings), "utf-8")
    for number in range(datasets):  # the privacy desk's data sets
        rows = _customer_rows(250, number + 1, now)
        store.put(_jsonl(root / "datasets" / f"governed-{number:03d}.jsonl", rows),
                  kind="dataset", run_id=f"run-bench-d{number:03d}")  # fmt: skip
    for model, rows, accuracy in zip(registered, (1200, 1500), (0.82, 0.86), strict=True):
        _audit_json(store.home / "runs" / str(model.run_id), rows, accuracy)
    keys = KeyStore(store)
    auditor_key, _ = keys.create("audrey", "auditor", created_by="bench")
    _, end_user = keys.create("eve", "end_user", created_by="bench")
    served = registered[0]

    # the rest of the model versions, in bulk (one INSERT per batch)
    rules = load_policy(policy).policy.gate.rules

    def version_row(v: int) -> dict[str, Any]:
        metrics = {"macro_f1": 0.3 + (v % 60) / 100, "accuracy": 0.6 + (v % 30) / 100}
        gate = evaluate_gate(rules, metrics)  # the gate's own verdicts, as registered
        status = STATUSES[v % len(STATUSES)] if gate.passed else "candidate"
        return {"name": "bank", "version": v, "artifact_sha256": served.artifact_sha256,
                "weights_sha256": f"{v:064x}", "run_id": None,
                "status": "pending_review" if v % PENDING_EVERY == 0 else status,
                "created_at": (now + timedelta(seconds=v)).isoformat(timespec="microseconds"),
                "metrics": metrics, "gate": gate.to_dict()}  # fmt: skip

    model_rows = [version_row(v) for v in range(3, models + 1)]
    with store.session() as session, session.begin():
        for start in range(0, len(model_rows), batch):
            session.execute(insert(ModelRow), model_rows[start : start + batch])

    # the ledger's bulk part, chained and signed as Ledger._append_batch does
    ledger = Ledger(store)
    signer = ledger.signer
    dialect = store.engine.dialect.name
    statement = _raw_insert(dialect)
    with store.session() as session:
        head = session.execute(
            select(LedgerEntryRow.seq, LedgerEntryRow.entry_hash)
            .order_by(LedgerEntryRow.seq.desc())
            .limit(1)
        ).first()
    seq, prev = (head[0], head[1]) if head else (0, GENESIS_HASH)
    first_bulk = seq + 1
    artifacts_text = canonical_json([])
    # spread over the last ``days`` days, oldest first: monitoring's windows each get traffic
    span = timedelta(days=days)
    step = span / max(entries, 1)
    moment = now - span
    written = 0
    while written < entries:
        rows: list[dict[str, Any]] = []
        for i in range(written, min(written + batch, entries)):
            if i % 100_000 == 0:  # a gateway (re)start now and then, as trace looks for
                actor, action, subject, outcome, details = (
                    "gateway", "gateway.started", "bank", "ok",
                    {"policy_sha256": load_policy(policy).sha256},
                )  # fmt: skip
            else:
                actor, action, subject, outcome, details = _synthetic(
                    i, end_user.key_id, served, models
                )
            seq += 1
            moment += step
            recorded_at = moment.isoformat(timespec="microseconds")
            details_text = _canonical_lenient(details)
            digest = _hash_of_stored(seq, recorded_at, actor, action, subject, artifacts_text,
                                     outcome, details_text, prev)  # fmt: skip
            rows.append({"seq": seq, "recorded_at": recorded_at, "actor": actor,
                         "action": action, "subject": subject, "artifacts": artifacts_text,
                         "outcome": outcome, "details": details_text, "prev_hash": prev,
                         "entry_hash": digest, "signer": None, "signature": None})  # fmt: skip
            prev = digest
        rows[-1].update(signer=signer.key_id, signature=signer.sign(prev))
        with store.session() as session, session.begin():
            session.execute(statement, rows)
            anchor = session.get(LedgerAnchorRow, 1)
            if anchor is None:
                session.add(LedgerAnchorRow(id=1, seq=seq, head_hash=prev))
            else:
                anchor.seq, anchor.head_hash = seq, prev
        written += len(rows)
    # a decision three quarters in (not a gateway.started slot: those are i % 100,000 == 0)
    deep = (3 * entries) // 4
    deep -= deep % 100 - 1  # i % 100 == 1: a decision (_synthetic), never a gateway start
    decisions = [f"req-{n:012x}" for n in range(1, entries, max(1, entries // 500))
                 if n % 100 < 70]  # fmt: skip
    incident_id = _open_incidents(store, policy, incidents, decisions or ["req-none"], served)
    if dialect == "postgresql":  # fresh statistics for the planner after a bulk load
        with store.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
    fill_s = time.perf_counter() - started
    folding = time.perf_counter()
    catch_up(store)  # once for the whole bulk load; a running console folds as decisions come
    rollup_s = time.perf_counter() - folding
    return Filled(
        store=store, policy=policy, auditor_key=auditor_key,
        request_id=f"req-{deep:012x}",
        refs=(registered[0].ref, registered[1].ref), middle_ref=f"bank:{max(3, models // 2)}",
        actor=f"key:{end_user.key_id}", fill_s=fill_s, rollup_s=rollup_s,
        entries=seq - first_bulk + 1, models=models, incident_id=incident_id,
    )  # fmt: skip


def pages(filled: Filled) -> list[tuple[str, str]]:
    """(name, path) of each page timed."""
    a, b = filled.refs
    recorded = []
    with filled.store.session() as session:
        middle = session.scalar(
            select(LedgerEntryRow.recorded_at).where(
                LedgerEntryRow.seq == max(1, filled.entries // 2)
            )
        )
        recorded = [middle[:19]] if middle else []
    return [
        ("models", "/models"),
        ("model", f"/models/{filled.middle_ref}"),
        ("review", "/review"),
        ("ledger", "/ledger"),
        ("ledger, deep page", f"/ledger?before={max(2, filled.entries // 2)}"),
        ("ledger by kind", "/ledger?kind=model.status_changed"),
        ("ledger by actor", f"/ledger?actor={filled.actor}"),
        ("ledger by model", "/ledger?model=bank"),
        ("ledger until a time", f"/ledger?until={recorded[0]}" if recorded else "/ledger"),
        ("verify", "/ledger/verify"),
        ("trace", f"/trace/{filled.request_id}"),
        ("compare", f"/compare?a={a}&b={b}"),
        ("incidents", "/incidents"),
        ("incident", f"/incidents/{filled.incident_id}"),
        ("monitoring", "/monitoring"),
        ("privacy", "/privacy"),
    ]


def _percentile(values: list[float], share: float) -> float:
    """Nearest rank: the smallest value with at least ``share`` of the values at or below it
    (of 20, the 19th; rounding half to even made it the 20th, the maximum)."""
    ordered = sorted(values)
    rank = math.ceil(share * len(ordered) - 1e-9)
    return ordered[min(len(ordered) - 1, max(0, rank - 1))]


def time_pages(filled: Filled, requests: int) -> dict[str, dict[str, Any]]:
    """Each page ``requests`` times after a warm-up request; milliseconds."""
    app = create_console(load_policy(filled.policy), filled.store)
    results: dict[str, dict[str, Any]] = {}
    with TestClient(app) as client:
        form = client.get("/signin").text
        token = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        signed = client.post("/signin", data={"csrf": token, "api_key": filled.auditor_key},
                             follow_redirects=False)  # fmt: skip
        if signed.status_code != 303:
            raise RuntimeError(f"sign-in failed: {signed.status_code} {signed.text[:200]}")
        for name, path in pages(filled):
            started = time.perf_counter()
            first = client.get(path)
            warm_up_ms = (time.perf_counter() - started) * 1000
            if first.status_code != 200:
                raise RuntimeError(f"{path}: {first.status_code} {first.text[:300]}")
            times = []
            for _ in range(requests):
                started = time.perf_counter()
                answer = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                if answer.status_code != 200:
                    raise RuntimeError(f"{path}: {answer.status_code}")
            target = TARGET_TRACE_P95_MS if name == "trace" else TARGET_P95_MS
            p95 = _percentile(times, 0.95)
            results[name] = {
                "path": path, "requests": requests, "first_ms": round(warm_up_ms, 1),
                "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1),
                "max_ms": round(max(times), 1), "target_p95_ms": target, "ok": p95 <= target,
                "bytes": len(answer.content),
            }  # fmt: skip
    return results


def run_backend(backend: str, root: Path, args: argparse.Namespace) -> dict[str, Any]:
    with contextlib.ExitStack() as stack:
        url = None
        if backend == "postgresql":
            from tests.conftest import postgres_cluster

            url = stack.enter_context(postgres_cluster())
        filled = fill(root / backend, entries=args.entries, models=args.models,
                      batch=args.batch, url=url, days=args.days, datasets=args.datasets,
                      incidents=args.incidents)  # fmt: skip
        print(f"[{backend}] filled: {filled.entries} bulk entries, {filled.models} versions "
              f"in {filled.fill_s:.1f} s; monitoring rollups folded in {filled.rollup_s:.1f} s",
              flush=True)  # fmt: skip
        page_times = time_pages(filled, args.requests)
        started = time.perf_counter()
        verification = Ledger(filled.store).verify()
        verify_s = time.perf_counter() - started
        if not verification.ok:
            raise RuntimeError(f"the filled ledger does not verify: {verification.problem}")
        filled.store.engine.dispose()
        return {
            "entries": verification.entries, "bulk_entries": filled.entries,
            "models": filled.models, "fill_s": round(filled.fill_s, 1),
            "rollup_s": round(filled.rollup_s, 3), "days": args.days,
            "datasets": args.datasets, "incidents": args.incidents,
            "full_verify_s": round(verify_s, 1), "pages": page_times,
            "ok": all(p["ok"] for p in page_times.values()),
        }  # fmt: skip


def print_table(backend: str, result: dict[str, Any]) -> None:
    print(f"\n{backend}: {result['entries']:,} ledger entries, {result['models']:,} versions "
          f"(fill {result['fill_s']} s; rollups {result['rollup_s']} s; "
          f"full verify {result['full_verify_s']} s)")  # fmt: skip
    print(f"{'page':<20} {'first ms':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
          f"{'target':>7}  ok")  # fmt: skip
    for name, page in result["pages"].items():
        verdict = "yes" if page["ok"] else "NO"
        print(f"{name:<20} {page['first_ms']:>9} {page['p50_ms']:>8} {page['p95_ms']:>8} "
              f"{page['max_ms']:>8} {page['target_p95_ms']:>7.0f}  {verdict}")  # fmt: skip


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--models", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--days", type=float, default=8.0, help="the bulk entries' time span")
    parser.add_argument("--datasets", type=int, default=40)
    parser.add_argument("--incidents", type=int, default=200)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" /
                        "console_pages.json")  # fmt: skip
    args = parser.parse_args(argv)
    if args.requests < 20:
        parser.error("--requests: at least 20 (a p95 needs them)")
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    results: dict[str, Any] = {}
    skipped: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="steward-console-bench-") as scratch:
        os.chmod(scratch, 0o755)  # PostgreSQL (another user) reads nothing here, but walks it
        for backend in backends:
            try:
                results[backend] = run_backend(backend, Path(scratch), args)
            except Exception as exc:  # PostgreSQL missing: say so, keep SQLite's figures
                from tests.conftest import PostgresUnavailable

                if not isinstance(exc, PostgresUnavailable):
                    raise
                skipped[backend] = str(exc)
                print(f"[{backend}] skipped: {exc}")
                continue
            print_table(backend, results[backend])
    report = {
        "benchmark": "console_pages",
        "targets": {"p95_ms": TARGET_P95_MS, "trace_p95_ms": TARGET_TRACE_P95_MS},
        "settings": {"entries": args.entries, "models": args.models,
                     "requests": args.requests, "batch": args.batch, "days": args.days,
                     "datasets": args.datasets, "incidents": args.incidents},
        "timing": "in-process TestClient round trip after one warm-up request per page",
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count()},
        "backends": results, "skipped": skipped,
        "ok": bool(results) and all(r["ok"] for r in results.values()),
    }  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    print(f"\nwrote {args.out}")
    return report


if __name__ == "__main__":
    main()
