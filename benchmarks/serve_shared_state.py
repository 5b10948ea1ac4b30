"""What a shared rate limit costs a request: ``SharedBuckets.take`` (steward.serve.shared) on a
real SQLite store, one process and two at once (as ``steward serve --workers 2`` runs), with
batches of one (a store write per request) and of 16 (the default ``serve.shared_reserve``).

Each process takes ``--requests`` tokens of one key's bucket (a limit far above the load, so
every take is granted). Reported per configuration: microseconds of wall time and of CPU per
request in each process, store writes, and the requests per second all processes granted
together. ``/v1/guard`` costs a few milliseconds of CPU per request, so this is the share of it
the shared limit takes.

Usage: python benchmarks/serve_shared_state.py [--requests 5000]
Writes benchmarks/results/serve_shared_state.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _spend(home: str, reserve: int, requests: int) -> dict[str, float]:
    from steward.serve.shared import SharedBuckets, state_engine
    from steward.store.artifacts import Store

    buckets = SharedBuckets(state_engine(Store(Path(home))), reserve_requests=reserve)
    rate = 10**9  # per minute: never the limit here
    buckets.take("requests", "warm-up", capacity=rate, per_second=rate / 60)
    buckets.writes = 0
    wall, cpu = time.perf_counter(), time.process_time()
    granted = sum(
        buckets.take("requests", "load", capacity=rate, per_second=rate / 60) == 0.0
        for _ in range(requests)
    )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"granted": granted, "writes": buckets.writes, "wall_s": wall, "cpu_s": cpu}


def run(processes: int, reserve: int, requests: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as home:
        from steward.store.artifacts import Store

        Store(Path(home) / ".steward").engine.dispose()
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            each = pool.starmap(_spend, [(f"{home}/.steward", reserve, requests)] * processes)
        elapsed = max(r["wall_s"] for r in each)
    granted = sum(r["granted"] for r in each)
    return {
        "processes": processes,
        "reserve_requests": reserve,
        "requests_per_process": requests,
        "granted": granted,
        "store_writes": sum(r["writes"] for r in each),
        "wall_us_per_request": round(1e6 * sum(r["wall_s"] for r in each) / granted, 1),
        "cpu_us_per_request": round(1e6 * sum(r["cpu_s"] for r in each) / granted, 1),
        "granted_per_s": round(granted / elapsed),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000, help="takes per process")
    args = parser.parse_args()
    results: dict[str, Any] = {"runs": []}
    for processes in (1, 2):
        for reserve in (1, 16):
            row = run(processes, reserve, args.requests)
            results["runs"].append(row)
            print(row, flush=True)
    results["machine"] = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
    }
    out = ROOT / "benchmarks" / "results" / "serve_shared_state.json"
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
