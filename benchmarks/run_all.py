"""Run every benchmark script in this folder, one process each, and list their JSON results.

Every ``*.py`` here is picked up, so a new benchmark needs no entry: ``serve_abuse.py`` (issue
15's acceptance load test: a well-behaved key under a flood of bad logins and one heavy
caller) runs with the others and, like them, counts as failed when it exits non-zero (its
checks failed).

The training benchmarks (``train_*.py``: full Banking77 fine-tunes, hours on a 2-core CPU; and
the assistant's fine-tuning runs, ``assistant_canary.py``, ``assistant_pipeline.py`` and
``assistant_serving.py``, which train SmolLM2 adapters) run only with ``--with-training``
(``make bench-train``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRAINING = {"assistant_canary.py", "assistant_pipeline.py", "assistant_serving.py"}


def _is_training(script: Path) -> bool:
    return script.name.startswith("train_") or script.name in TRAINING


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-training", action="store_true", help="also run train_*.py")
    args = parser.parse_args()
    scripts = sorted(
        p
        for p in HERE.glob("*.py")
        if p.name != "run_all.py"
        and not p.name.startswith("_")
        and (args.with_training or not _is_training(p))
    )
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
            failed.append(script.name)
    print("results:", *sorted(str(p) for p in (HERE / "results").glob("*.json")), sep="\n  ")
    if failed:
        print("failed:", ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
