"""The signed ledger: appends per second under concurrent writers, and verification time.

1. Signed appends/s as the gateway makes them: ``--writers`` asyncio tasks (requests in
   flight) each submit a decision entry to one :class:`LedgerWriter` and await its commit
   (group commit: one transaction, one fsync and one Ed25519 signature per batch), until
   ``--appends`` entries are in.
   For reference, one thread calling ``Ledger.append`` (a commit, an fsync and a signature per
   entry).
2. Verify: a ledger of ``--verify-entries`` entries (written in batches of 1,000) checked end
   to end — every hash recomputed, every link and checkpoint signature checked — by
   ``Ledger.verify``.

Targets (issue 7): >= 5,000 signed appends/s; 1,000,000 entries verified in <= 20 s.
3. The witness file's cost (issue 15): appends/s with the witness off and on, alternated
   ``--witness-rounds`` times, medians compared.
SQLite in WAL mode with synchronous=FULL, on this machine's disk.

Usage: python benchmarks/serve_ledger.py [--appends 20000] [--writers 64]
       [--verify-entries 1000000]
Writes benchmarks/results/serve_ledger.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from steward.accountability.ledger import Ledger
from steward.accountability.writer import LedgerWriter
from steward.store.artifacts import Store

ROOT = Path(__file__).resolve().parents[1]


def decision(i: int) -> dict[str, Any]:
    return {
        "actor": "key:0a1b2c3d",
        "action": "gateway.decision",
        "subject": f"{i:032x}",
        "outcome": "allow",
        "details": {
            "route": "/v1/guard",
            "key_id": "0a1b2c3d",
            "role": "end_user",
            "model_sha256": None,
            "latency_ms": 3.2,
            "guards": [
                {"guard": g, "action": "allow", "score": 0.1, "reasons": [], "spans": []}
                for g in ("max_length", "prompt_injection", "pii", "toxicity")
            ],
        },
    }


def concurrent_appends(
    home: Path, total: int, writers: int, witness: bool = True
) -> dict[str, Any]:
    """``writers`` asyncio tasks, each submitting an entry and awaiting its commit, as the
    gateway's request handlers do."""
    ledger = Ledger(Store(home), witness=witness)
    _ = ledger.signer
    writer = LedgerWriter(ledger)
    counter = iter(range(total))

    async def work() -> None:
        while (i := next(counter, None)) is not None:
            await asyncio.wrap_future(writer.submit(**decision(i)))

    async def run() -> None:
        await asyncio.gather(*(work() for _ in range(writers)))

    started = time.perf_counter()
    asyncio.run(run())
    seconds = time.perf_counter() - started
    writer.close()
    return {
        "entries": total,
        "writers": writers,
        "seconds": round(seconds, 2),
        "appends_per_s": round(total / seconds),
        "commits": writer.batches,
        "mean_batch": round(total / max(writer.batches, 1), 1),
    }


def sequential_appends(home: Path, total: int, witness: bool = True) -> dict[str, Any]:
    ledger = Ledger(Store(home), witness=witness)
    started = time.perf_counter()
    for i in range(total):
        ledger.append(**decision(i))
    seconds = time.perf_counter() - started
    return {"entries": total, "seconds": round(seconds, 2), "appends_per_s": round(total / seconds)}


def verify(home: Path, total: int) -> dict[str, Any]:
    ledger = Ledger(Store(home))
    started = time.perf_counter()
    for start in range(0, total, 1000):
        ledger.append_many([decision(i) for i in range(start, min(total, start + 1000))])
    build = time.perf_counter() - started
    started = time.perf_counter()
    result = Ledger(Store(home)).verify()
    seconds = time.perf_counter() - started
    if not result.ok:
        raise SystemExit(f"verification failed: {result.problem}")
    return {
        "entries": result.entries,
        "checkpoints": result.checkpoints,
        "build_seconds": round(build, 1),
        "verify_seconds": round(seconds, 2),
        "entries_per_s": round(result.entries / seconds),
    }


def witness_cost(base: Path, rounds: int, writers: int) -> dict[str, Any]:
    """The witness file's cost: witness off and on alternated ``rounds`` times in the same
    window (this machine's disk and load drift more between runs than the cost itself)."""
    runs: dict[str, dict[str, list[int]]] = {
        mode: {"group_commit": [], "single_commits": []} for mode in ("off", "on")
    }
    for i in range(rounds):
        for mode in ("off", "on"):
            home = base / f"w{i}{mode}"
            on = mode == "on"
            runs[mode]["group_commit"].append(
                concurrent_appends(home / "g", 10_000, writers, on)["appends_per_s"]
            )
            runs[mode]["single_commits"].append(
                sequential_appends(home / "s", 300, on)["appends_per_s"]
            )
    medians = {
        mode: {kind: statistics.median(values) for kind, values in kinds.items()}
        for mode, kinds in runs.items()
    }
    return {
        "rounds": rounds,
        "runs_appends_per_s": runs,
        "median_appends_per_s": medians,
        "slowdown": {
            kind: round(1 - medians["on"][kind] / medians["off"][kind], 3)
            for kind in ("group_commit", "single_commits")
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appends", type=int, default=20_000)
    parser.add_argument("--writers", type=int, default=64)
    parser.add_argument("--verify-entries", type=int, default=1_000_000)
    parser.add_argument(
        "--witness-rounds", type=int, default=3, help="witness off/on pairs for its cost (0: skip)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        print(f"{args.appends:,} signed appends from {args.writers} writers ...", flush=True)
        grouped = concurrent_appends(base / "a", args.appends, args.writers)
        print(
            f"  {grouped['appends_per_s']:,}/s ({grouped['commits']:,} commits, mean batch "
            f"{grouped['mean_batch']}) - target >= 5,000/s"
        )
        single = sequential_appends(base / "b", 500)
        print(f"  one writer, one commit per entry: {single['appends_per_s']:,}/s")
        print(f"verify {args.verify_entries:,} entries ...", flush=True)
        checked = verify(base / "c", args.verify_entries)
        print(
            f"  {checked['verify_seconds']} s ({checked['entries_per_s']:,} entries/s, "
            f"{checked['checkpoints']:,} signatures) - target <= 20 s for 1,000,000"
        )
        cost = None
        if args.witness_rounds > 0:
            print(f"witness file cost, off/on alternated {args.witness_rounds} times ...")
            cost = witness_cost(base / "w", args.witness_rounds, args.writers)
            for kind, share in cost["slowdown"].items():
                off, on = (cost["median_appends_per_s"][m][kind] for m in ("off", "on"))
                print(f"  {kind}: {off:,.0f} -> {on:,.0f}/s ({share:.1%} slower with the witness)")
    result = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "group_commit": grouped,
        "single_commits": single,
        "verify": checked,
        "witness_cost": cost,
    }
    out = ROOT / "benchmarks" / "results" / "serve_ledger.json"
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
