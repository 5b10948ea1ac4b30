"""Input-guard latency of this checkout against a git ref, CPU time and wall time, per guard.

The input guards (max_length, prompt_injection, pii, toxicity, harmful_request) run one
512-character prompt at a time, as the gateway runs them, on ``serve_guards.py``'s prompts
(bank messages, English and Chinese, padded to 512 characters). Each version runs in its own
process (``PYTHONPATH`` set to its tree, one injection model trained once for both), the
versions alternating for ``--rounds`` rounds so that a shared machine's load falls on both
alike, in ABBA order (round 1 reference first, round 2 this checkout first, ...: an A/A run of
one tree against itself measured the side run second 4.7% faster when the order was fixed);
each guard's time is read with ``time.process_time`` (the CPU this process used: what
the code costs, even while other work shares the machine) and ``time.perf_counter`` (wall).
p50 / p99 per guard and of the input guards together, over every round's prompts, and the
spread of each version's per-round p50 (min / max over rounds: run with ``--against HEAD`` for
an A/A baseline of how far two sides of the same code drift apart on the machine; on the shared
2-core machine an ABBA A/A of 4 rounds still put the sides' input p50 7% apart, so smaller
differences are not resolved there).

Usage: python benchmarks/guard_latency_ab.py [--against main] [--prompts 600] [--rounds 2 (even)]
       [--out PATH]
Writes benchmarks/results/guard_latency_ab.json (nothing else under the repository).
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

ROOT = Path(__file__).resolve().parents[1]
GUARDS = ("max_length", "prompt_injection", "pii", "toxicity", "harmful_request")
WARM_UP = 50


def measure(model_path: Path, prompts_path: Path, out_path: Path) -> None:
    """Run in a child process: the input guards of whichever ``steward`` is first on the
    path, per prompt and per guard, CPU and wall seconds."""
    from steward.serve.guards import (
        HarmfulRequestGuard,
        InjectionClassifier,
        MaxLengthGuard,
        PiiGuard,
        PromptInjectionGuard,
        ToxicityGuard,
    )

    guards = [
        MaxLengthGuard(4000),
        PromptInjectionGuard(InjectionClassifier.load(model_path)),
        PiiGuard(),
        ToxicityGuard(),
        HarmfulRequestGuard(),
    ]
    prompts = json.loads(prompts_path.read_text("utf-8"))
    for prompt in prompts[:WARM_UP]:  # lazy loads, caches
        for guard in guards:
            guard.check(prompt)
    cpu: dict[str, list[float]] = {name: [] for name in (*GUARDS, "input")}
    wall: dict[str, list[float]] = {name: [] for name in (*GUARDS, "input")}
    for prompt in prompts:
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        for guard in guards:
            cpu_before, wall_before = time.process_time(), time.perf_counter()
            guard.check(prompt)
            cpu[guard.name].append(time.process_time() - cpu_before)
            wall[guard.name].append(time.perf_counter() - wall_before)
        cpu["input"].append(time.process_time() - cpu_start)
        wall["input"].append(time.perf_counter() - wall_start)
    out_path.write_text(json.dumps({"cpu": cpu, "wall": wall}), encoding="utf-8")


def quantile_ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="git ref of the reference version")
    parser.add_argument("--prompts", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks" / "results" / "guard_latency_ab.json"
    )
    parser.add_argument("--measure", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from guard_equivalence import export_ref, train_model
    from serve_guards import bank_messages, prompts_512

    samples: dict[str, dict[str, dict[str, list[float]]]] = {}
    round_p50: dict[str, dict[str, dict[str, list[float]]]] = {}
    with tempfile.TemporaryDirectory(prefix="guard-latency-") as tmp:
        work = Path(tmp)
        (work / "ref").mkdir()
        export_ref(args.against, work / "ref")
        prompts = prompts_512(bank_messages(2000, 10_000), args.prompts + WARM_UP)
        (work / "prompts.json").write_text(json.dumps(prompts), encoding="utf-8")
        print("training the injection model once ...", flush=True)
        train_model(work / "model.joblib")
        versions = ((args.against, work / "ref"), ("this checkout", ROOT))
        for round_number in range(1, args.rounds + 1):
            ordered = versions if round_number % 2 else versions[::-1]  # ABBA
            for name, tree in ordered:
                print(f"round {round_number}: {name} ...", flush=True)
                out = work / "times.json"
                env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"}
                command = [sys.executable, __file__, "--measure", str(work / "model.joblib")]
                command += [str(work / "prompts.json"), str(out)]
                subprocess.run(command, check=True, env=env, cwd=tree)
                times = json.loads(out.read_text("utf-8"))
                pooled = samples.setdefault(name, {"cpu": {}, "wall": {}})
                for clock in ("cpu", "wall"):
                    for guard, values in times[clock].items():
                        pooled[clock].setdefault(guard, []).extend(values)
                        per_round = round_p50.setdefault(name, {}).setdefault(clock, {})
                        per_round.setdefault(guard, []).append(quantile_ms(values, 0.5))
    result: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "against": args.against,
        "prompts_per_round": args.prompts,
        "rounds": args.rounds,
        "load_average_after": os.getloadavg(),
        "ms": {
            name: {
                clock: {
                    guard: {
                        "p50": quantile_ms(v, 0.5),
                        "p99": quantile_ms(v, 0.99),
                        "round_p50s": round_p50[name][clock][guard],
                    }
                    for guard, v in by_guard.items()
                }
                for clock, by_guard in pooled.items()
            }
            for name, pooled in samples.items()
        },
    }
    print(
        f"{'guard':18s} {'version':14s} {'CPU p50':>8s} {'p99':>8s} {'rounds min-max':>15s} "
        f"{'wall p50':>9s} {'p99':>8s}"
    )
    for guard in (*GUARDS, "input"):
        for name in samples:
            row = result["ms"][name]
            cpu, wall = row["cpu"][guard], row["wall"][guard]
            spread = f"{min(cpu['round_p50s']):.3f}-{max(cpu['round_p50s']):.3f}"
            print(
                f"{guard:18s} {name:14s} {cpu['p50']:8.3f} {cpu['p99']:8.3f} {spread:>15s} "
                f"{wall['p50']:9.3f} {wall['p99']:8.3f}"
            )
    print(f"load average (1, 5, 15 min) at the end: {result['load_average_after']}")
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
