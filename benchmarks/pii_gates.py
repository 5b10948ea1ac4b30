"""CPU time of the PII analyzer with its exact gates (steward.data.pii.gates) on and off.

The latency benchmark's 512-character bank prompts (``serve_guards.prompts_512``), analysed
one at a time as the gateway's PII guard does. Each round runs two fresh processes, gates on
and gates off (in alternating order, so that a loaded machine weighs on both alike); each
analyses 30 prompts untimed (models loaded), then ``--prompts`` others, all distinct, so the
analyzer's per-value caches (phone numbers, sentences) start cold as they do on a live
stream. CPU time (``time.process_time``), not wall time: the machine is shared.

Usage: PYTHONPATH=. python benchmarks/pii_gates.py [--prompts 300] [--rounds 3]
Prints ms per prompt for each round and the medians. Writes nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARM_UP = 30


def measure(mode: str, count: int) -> float:
    """CPU ms per prompt of one process's analyzer (run in the child)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from serve_guards import bank_messages, prompts_512

    from steward.data.pii import Analyzer, gates

    prompts = prompts_512(bank_messages(2000, 2_000), WARM_UP + count)
    analyzer = Analyzer()
    switch = gates.disabled() if mode == "off" else contextlib.nullcontext()
    with switch:
        for prompt in prompts[:WARM_UP]:
            analyzer.analyze(prompt)
        began = time.process_time()
        for prompt in prompts[WARM_UP:]:
            analyzer.analyze(prompt)
        return (time.process_time() - began) / count * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=300, help="timed prompts per process")
    parser.add_argument("--rounds", type=int, default=3, help="processes per mode")
    parser.add_argument("--child", choices=("on", "off"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(measure(args.child, args.prompts))
        return
    times: dict[str, list[float]] = {"on": [], "off": []}
    for round_ in range(args.rounds):
        for mode in ("on", "off") if round_ % 2 == 0 else ("off", "on"):
            command = [sys.executable, __file__, "--child", mode, "--prompts", str(args.prompts)]
            output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            times[mode].append(float(output.split()[-1]))
    for mode, values in times.items():
        rounds = ", ".join(f"{v:.3f}" for v in values)
        print(f"gates {mode:3s}: {rounds} ms/prompt; median {statistics.median(values):.3f}")
    saving = 1 - statistics.median(times["on"]) / statistics.median(times["off"])
    print(f"CPU saved by the gates: {saving:.1%}")


if __name__ == "__main__":
    main()
