"""Group fairness: Steward's MetricFrame against Fairlearn's on the same inputs.

Binary predictions, two sensitive features (region × age band: 4 × 6 = 24 groups), four
metrics (accuracy, selection rate, true and false positive rates), by group, overall,
difference and ratio. Each tool runs in its own subprocess on identically generated data, so
its time and peak RSS are its own; the numbers of both are compared (largest absolute
difference). Then 1,000 bootstrap resamples on 1,000,000 rows: Steward's (multinomial over cell
counts) measured, Fairlearn's (``n_boot``: one full pandas group-by per resample) measured for
``--fairlearn-boot`` resamples and extrapolated to 1,000.

Usage: python benchmarks/audit_fairness.py [--rows 1000000 10000000] [--boot 1000]
       [--boot-rows 1000000] [--fairlearn-boot 2] [--skip-fairlearn-above N]
Writes benchmarks/results/audit_fairness.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "audit_fairness.json"
METRICS = ["accuracy", "selection_rate", "tpr", "fpr"]
REGIONS = ["north", "south", "east", "west"]
AGES = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0  # pragma: no cover - not Linux


def make_data(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, Any]:
    """Binary labels and predictions whose rates depend on the group; a pandas DataFrame of two
    string sensitive columns (the usual shape of audit input)."""
    import pandas as pd

    rng = np.random.default_rng(seed)
    region = rng.integers(0, len(REGIONS), n)
    age = rng.integers(0, len(AGES), n)
    base = 0.3 + 0.05 * region + 0.03 * age
    y_true = (rng.random(n) < base).astype(np.int64)
    flip = rng.random(n) < 0.1 + 0.02 * age
    y_pred = np.where(flip, 1 - y_true, y_true)
    features = pd.DataFrame(
        {
            "region": np.array(REGIONS, dtype=object)[region],
            "age_band": np.array(AGES, dtype=object)[age],
        }
    )
    return y_true, y_pred, features


def worker(tool: str, n: int, n_boot: int, out: Path) -> None:
    y_true, y_pred, features = make_data(n)
    # imports first: only the computation is timed
    sys.path.insert(0, str(ROOT))
    import sklearn.metrics as skm
    from fairlearn.metrics import MetricFrame as FairlearnFrame
    from fairlearn.metrics import false_positive_rate, selection_rate, true_positive_rate

    from steward.audit.fairness import MetricFrame

    def compute(k: int) -> dict[str, Any]:
        if tool == "steward":
            frame = MetricFrame(
                METRICS,
                y_true=y_true,
                y_pred=y_pred,
                sensitive_features=features,
                n_boot=k,
                random_state=0,
            )
            if k:
                frame.difference_ci()
                frame.by_group_ci  # noqa: B018 - computing is what is timed
            return {
                "overall": frame.overall,
                "by_group": {m: frame.by_group[m].tolist() for m in METRICS},
                "difference": frame.difference(),
                "ratio": frame.ratio(),
                "groups": [list(g) for g in frame.groups],
            }
        functions = {
            "accuracy": skm.accuracy_score,
            "selection_rate": selection_rate,
            "tpr": true_positive_rate,
            "fpr": false_positive_rate,
        }
        fl = FairlearnFrame(
            metrics=functions,
            y_true=y_true,
            y_pred=y_pred,
            sensitive_features=features,
            n_boot=k or None,
            random_state=0 if k else None,
            ci_quantiles=[0.025, 0.975] if k else None,
        )
        return {
            "overall": {m: float(fl.overall[m]) for m in METRICS},
            "by_group": {m: fl.by_group[m].astype(float).tolist() for m in METRICS},
            "difference": {m: float(v) for m, v in fl.difference().items()},
            "ratio": {m: float(v) for m, v in fl.ratio().items()},
            "groups": [list(g) for g in fl.by_group.index],
        }

    rss_before = _status_kib("VmRSS")
    base_seconds = None
    if n_boot:  # the same frame without resampling first, so the difference is the bootstrap
        if tool == "steward":
            compute(0)  # warm-up: first calls (pandas factorize) cost more than the bootstrap
        started = time.perf_counter()
        compute(0)
        base_seconds = time.perf_counter() - started
    started = time.perf_counter()
    values = compute(n_boot)
    seconds = time.perf_counter() - started
    out.write_text(
        json.dumps(
            {
                "tool": tool,
                "rows": n,
                "n_boot": n_boot,
                "seconds": seconds,
                "base_seconds": base_seconds,
                "peak_rss_mib": _status_kib("VmHWM") / 1024,
                "rss_before_mib": rss_before / 1024,
                **values,
            }
        ),
        encoding="utf-8",
    )


def run_worker(tool: str, n: int, n_boot: int = 0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, __file__, "--worker", tool, "--n", str(n)]
        command += ["--worker-boot", str(n_boot), "--out", str(out)]
        print(f"  running {tool} on {n:,} rows" + (f", n_boot={n_boot}" if n_boot else ""),
              flush=True)  # fmt: skip
        subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return result


def max_abs_difference(a: dict[str, Any], b: dict[str, Any]) -> float:
    assert a["groups"] == b["groups"], "group order differs"
    worst = 0.0
    for m in METRICS:
        x = np.array(a["by_group"][m], dtype=float)
        y = np.array(b["by_group"][m], dtype=float)
        assert np.array_equal(np.isnan(x), np.isnan(y))
        worst = max(worst, float(np.nanmax(np.abs(x - y))))
        for key in ("overall", "difference", "ratio"):
            worst = max(worst, abs(a[key][m] - b[key][m]))
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--boot", type=int, default=1000)
    parser.add_argument("--boot-rows", type=int, default=1_000_000)
    parser.add_argument("--fairlearn-boot", type=int, default=2)
    parser.add_argument("--skip-fairlearn-above", type=int, default=None)
    parser.add_argument(
        "--bootstrap-only",
        action="store_true",
        help="Only the bootstrap part; keep the frame rows already in the results file",
    )
    parser.add_argument("--worker", choices=["steward", "fairlearn"], help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--worker-boot", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.n, args.worker_boot, args.out)
        return

    import fairlearn

    rows = []
    if args.bootstrap_only:
        rows = json.loads(RESULTS.read_text(encoding="utf-8"))["frame"]
    for n in [] if args.bootstrap_only else args.rows:
        ours = run_worker("steward", n)
        entry: dict[str, Any] = {
            "rows": n,
            "steward_seconds": round(ours["seconds"], 3),
            "steward_peak_rss_mib": round(ours["peak_rss_mib"], 1),
            "steward_rss_before_mib": round(ours["rss_before_mib"], 1),
        }
        if args.skip_fairlearn_above is None or n <= args.skip_fairlearn_above:
            theirs = run_worker("fairlearn", n)
            entry.update(
                {
                    "fairlearn_seconds": round(theirs["seconds"], 3),
                    "fairlearn_peak_rss_mib": round(theirs["peak_rss_mib"], 1),
                    "fairlearn_rss_before_mib": round(theirs["rss_before_mib"], 1),
                    "speedup": round(theirs["seconds"] / ours["seconds"], 1),
                    "max_abs_difference": max_abs_difference(ours, theirs),
                }
            )
        rows.append(entry)

    boot: dict[str, Any] = {"rows": args.boot_rows, "resamples": args.boot}
    if args.boot:
        booted = run_worker("steward", args.boot_rows, args.boot)
        boot["steward_seconds"] = round(booted["seconds"], 3)
        boot["steward_bootstrap_only_seconds"] = round(
            booted["seconds"] - booted["base_seconds"], 3
        )
        boot["steward_peak_rss_mib"] = round(booted["peak_rss_mib"], 1)
    if args.boot and args.fairlearn_boot:
        fl = run_worker("fairlearn", args.boot_rows, args.fairlearn_boot)
        per_resample = (fl["seconds"] - fl["base_seconds"]) / args.fairlearn_boot
        boot["fairlearn_measured_resamples"] = args.fairlearn_boot
        boot["fairlearn_seconds_per_resample"] = round(per_resample, 3)
        boot["fairlearn_seconds_extrapolated"] = round(per_resample * args.boot, 1)
        if "steward_seconds" in boot:
            boot["speedup_extrapolated"] = round(
                boot["fairlearn_seconds_extrapolated"] / boot["steward_seconds"], 1
            )

    result = {
        "benchmark": "audit_fairness",
        "machine": {
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "versions": {"fairlearn": fairlearn.__version__, "numpy": np.__version__},
        "setup": {
            "sensitive_features": {"region": len(REGIONS), "age_band": len(AGES)},
            "groups": len(REGIONS) * len(AGES),
            "metrics": METRICS,
            "labels": "binary 0/1",
        },
        "frame": rows,
        "bootstrap": boot,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")

    print()
    header = f"{'rows':>11} {'steward s':>10} {'MiB':>7} {'fairlearn s':>12} {'MiB':>7}"
    print(header + f" {'speed-up':>9} {'max |diff|':>11}")
    for r in rows:
        print(
            f"{r['rows']:>11,} {r['steward_seconds']:>10.3f} {r['steward_peak_rss_mib']:>7.0f} "
            f"{r.get('fairlearn_seconds', float('nan')):>12.2f} "
            f"{r.get('fairlearn_peak_rss_mib', float('nan')):>7.0f} "
            f"{r.get('speedup', float('nan')):>8.1f}x "
            f"{r.get('max_abs_difference', float('nan')):>11.1e}"
        )
    if args.boot:
        print(
            f"\nbootstrap, {args.boot:,} resamples on {args.boot_rows:,} rows: steward "
            f"{boot['steward_seconds']:.2f} s (resampling alone "
            f"{boot['steward_bootstrap_only_seconds']:.3f} s)"
        )
        if "fairlearn_seconds_per_resample" in boot:
            print(
                f"fairlearn n_boot: {boot['fairlearn_seconds_per_resample']:.2f} s per resample "
                f"(measured {args.fairlearn_boot}), {boot['fairlearn_seconds_extrapolated']:.0f} s "
                f"for {args.boot:,} (extrapolated)"
            )
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
