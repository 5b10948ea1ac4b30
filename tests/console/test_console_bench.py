"""The console benchmark's fill and timing code at a small size, so that it cannot rot: the
bulk-written ledger verifies, every page it times answers 200 (the trace of a bulk decision
included), the report is written; on SQLite through its command line, on PostgreSQL through
the same functions on the test run's server."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from steward.accountability.ledger import Ledger
from steward.accountability.monitor_rollups import next_hour, window_reports
from steward.accountability.monitoring import monitor_report
from steward.config import load_policy

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "console_pages.py"
    spec = importlib.util.spec_from_file_location("console_pages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_fills_a_verifying_ledger_and_times_every_page(tmp_path: Path) -> None:
    out = tmp_path / "console_pages.json"
    options = ["--entries", "2000", "--models", "30", "--requests", "20", "--batch", "700",
               "--datasets", "3", "--incidents", "6"]  # fmt: skip
    report = _benchmark().main([*options, "--backend", "sqlite", "--out", str(out)])
    assert json.loads(out.read_text("utf-8")) == report
    sqlite = report["backends"]["sqlite"]
    assert sqlite["bulk_entries"] == 2000 and sqlite["entries"] > 2000 and sqlite["models"] == 30
    pages = sqlite["pages"]
    assert {"models", "review", "ledger", "verify", "trace", "compare", "incidents", "incident",
            "monitoring", "privacy"} <= set(pages)  # fmt: skip
    assert sqlite["incidents"] == 6 and sqlite["rollup_s"] > 0
    for name, page in pages.items():
        assert page["requests"] == 20 and 0 < page["p50_ms"] <= page["p95_ms"] <= page["max_ms"]
        assert page["ok"] == (page["p95_ms"] <= page["target_p95_ms"]), name
    assert pages["trace"]["target_p95_ms"] == 200 and pages["models"]["target_p95_ms"] == 300


def test_the_fill_on_postgresql_verifies_and_its_pages_answer(
    postgres_server: str, tmp_path: Path
) -> None:
    from sqlalchemy import create_engine

    from steward.store.db import Base

    cleaner = create_engine(postgres_server)
    Base.metadata.drop_all(cleaner)
    cleaner.dispose()
    bench = _benchmark()
    filled = bench.fill(tmp_path / "pg", entries=1500, models=12, batch=400, url=postgres_server,
                        datasets=2, incidents=4)  # fmt: skip
    try:
        verification = Ledger(filled.store).verify()
        assert verification.ok, verification.problem
        assert verification.entries == Ledger(filled.store).count() > filled.entries == 1500
        times = bench.time_pages(filled, 20)
        assert set(times) == {name for name, _ in bench.pages(filled)}
        # monitoring's rollups on PostgreSQL give the direct read's figures
        loaded = load_policy(filled.policy)
        end = next_hour(datetime.now(UTC))
        (rolled,) = window_reports(filled.store, loaded, [end])
        direct = monitor_report(filled.store, loaded, now=end, until_now=True)
        for figure in ("requests", "block_rate", "block_rate_by_language", "intent_rates",
                       "mean_confidence", "blocks_by_guard"):  # fmt: skip
            assert rolled[figure] == direct[figure], figure
        assert rolled["requests"]["classify"] > 0
    finally:
        filled.store.engine.dispose()
