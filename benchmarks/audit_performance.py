"""Bootstrap intervals of accuracy, macro-F1, micro-F1 and ECE: Steward's vectorised bootstrap
against the usual loop of scikit-learn calls per resample.

Steward draws the resample indices once per chunk and reads every resample's confusion matrix
from one ``np.bincount``; the reference loop calls ``accuracy_score`` and ``f1_score`` (macro,
micro) on each resample. The loop is timed on ``--loop-resamples`` resamples and scaled to
``--n-boot`` (it is linear in the resamples); both use the same synthetic 20-class predictions.

Usage: python benchmarks/audit_performance.py [--rows 10000 100000] [--n-boot 1000]
       [--loop-resamples 20] [--classes 20]
Writes benchmarks/results/audit_performance.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results" / "audit_performance.json"


def synthetic(n: int, k: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    t = rng.integers(0, k, n)
    p = np.where(rng.random(n) < 0.85, t, rng.integers(0, k, n))
    conf = np.clip(rng.normal(0.85, 0.1, n), 0.05, 1.0)
    return t, p, conf


def loop_reference(t: np.ndarray, p: np.ndarray, resamples: int, seed: int) -> float:
    from sklearn.metrics import accuracy_score, f1_score

    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    for _ in range(resamples):
        idx = rng.integers(0, t.size, t.size)
        accuracy_score(t[idx], p[idx])
        f1_score(t[idx], p[idx], average="macro")
        f1_score(t[idx], p[idx], average="micro")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--n-boot", type=int, default=1000)
    parser.add_argument("--loop-resamples", type=int, default=20)
    parser.add_argument("--classes", type=int, default=20)
    args = parser.parse_args()

    from steward.audit.performance import bootstrap_scores, percentile_interval

    runs: list[dict[str, Any]] = []
    for n in args.rows:
        t, p, conf = synthetic(n, args.classes)
        started = time.perf_counter()
        scores = bootstrap_scores(
            t, p, args.classes, n_boot=args.n_boot, seed=0, confidence=conf, n_bins=15
        )
        steward_s = time.perf_counter() - started
        loop_s = loop_reference(t, p, args.loop_resamples, seed=0)
        loop_full = loop_s / args.loop_resamples * args.n_boot
        row = {
            "rows": n,
            "classes": args.classes,
            "n_boot": args.n_boot,
            "steward_seconds": round(steward_s, 3),
            "sklearn_loop_seconds_measured": round(loop_s, 3),
            "sklearn_loop_resamples_measured": args.loop_resamples,
            "sklearn_loop_seconds_for_n_boot": round(loop_full, 2),
            "speedup": round(loop_full / steward_s, 1),
            "intervals": {k: percentile_interval(v, 0.95) for k, v in scores.items()},
        }
        runs.append(row)
        print(
            f"{n:>9,} rows, {args.n_boot} resamples: Steward {steward_s:.2f} s; "
            f"scikit-learn loop ~{loop_full:.1f} s (measured {args.loop_resamples} resamples "
            f"in {loop_s:.2f} s) -> {loop_full / steward_s:.0f}x",
            flush=True,
        )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "benchmark": "audit_performance",
                "machine": {
                    "cpus": os.cpu_count(),
                    "platform": platform.platform(),
                    "python": platform.python_version(),
                },
                "command": "python benchmarks/audit_performance.py " + " ".join(sys.argv[1:]),
                "runs": runs,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
