"""Counterfactual audit throughput and Integrated Gradients cost, on CPU with the real MiniLM.

Messages come from the bundled bank example generator (English and Chinese, with names, titles
and nationalities inside). Three figures:

1. lexicon matching alone: messages per second to find the identity terms of all four
   attributes (gender, nationality, religion, age) and build every counterfactual;
2. the whole counterfactual audit with the MiniLM classifier (a freshly initialised head: the
   timing does not depend on the weights' values): messages per second, and how many texts the
   model scored (the messages with a term plus their counterfactuals);
3. Integrated Gradients (Captum ``LayerIntegratedGradients`` on the word embeddings,
   ``--n-steps`` steps): seconds per explained example, and the mean |convergence delta|.

Usage: python benchmarks/audit_counterfactual.py [--messages 3000] [--ig-examples 16]
       [--n-steps 32] [--threads N]
Writes benchmarks/results/audit_counterfactual.json.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results" / "audit_counterfactual.json"


def bank_messages(n: int) -> list[str]:
    from steward.examples.bank import BankDataConfig, generate_bank_lines

    lines, _ = generate_bank_lines(BankDataConfig(n_messages=n))
    texts = []
    for line in lines:
        try:
            text = json.loads(line).get("text")
        except (ValueError, AttributeError):
            continue  # the generator plants malformed rows on purpose
        if isinstance(text, str) and text.strip():
            texts.append(text)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--ig-examples", type=int, default=16)
    parser.add_argument("--n-steps", type=int, default=32)
    parser.add_argument("--ig-batch-size", type=int, default=8)
    parser.add_argument("--flip-examples", type=int, default=4, help="flips to explain")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    args = parser.parse_args(argv)

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import captum
    import numpy as np
    import torch
    import transformers

    from steward.audit.counterfactual import counterfactual_audit, load_lexicons
    from steward.audit.explain import explain, explain_flips
    from steward.config import TrainPolicy
    from steward.examples.bank import INTENTS
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier

    if args.threads:
        torch.set_num_threads(args.threads)
    texts = bank_messages(args.messages)
    lexicons = load_lexicons()

    started = time.perf_counter()
    variants = {name: [lx.counterfactuals(t) for t in texts] for name, lx in lexicons.items()}
    scan_s = time.perf_counter() - started
    swappable = {name: sum(1 for v in rows if v) for name, rows in variants.items()}

    base = resolve_base_model("minilm")
    policy = TrainPolicy(base_model=str(base), device="cpu", max_length=64)
    classifier, added = IntentClassifier.from_base(base, list(INTENTS), policy, texts)
    classifier.predict_proba(texts[:8])  # warm-up

    started = time.perf_counter()
    report = counterfactual_audit(classifier, texts, lexicons, max_examples=None)
    audit_s = time.perf_counter() - started
    scored = sum(r.pairs for r in report.attributes) + sum(swappable.values())

    sample = [t for t, v in zip(texts, variants["gender"], strict=True) if v][: args.ig_examples]
    explain(classifier, sample[:1], n_steps=4)  # warm-up (Captum import, first backward)
    started = time.perf_counter()
    explanations = explain(classifier, sample, n_steps=args.n_steps, batch_size=args.ig_batch_size)
    ig_s = time.perf_counter() - started
    tokens = [len(e.tokens) for e in explanations]
    deltas = [abs(e.delta) for e in explanations]
    gaps = [abs(e.probability - e.baseline_probability) for e in explanations]

    flips_s, flips_explained = None, 0
    if report.flips and args.flip_examples:
        started = time.perf_counter()
        flips_explained = len(
            explain_flips(classifier, report, n_steps=args.n_steps, limit=args.flip_examples)
        )
        flips_s = time.perf_counter() - started

    result: dict[str, Any] = {
        "benchmark": "audit_counterfactual",
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "torch_threads": torch.get_num_threads(),
            "load_average_1min": round(os.getloadavg()[0], 2),
        },
        "versions": {
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "captum": captum.__version__,
        },
        "model": {
            "base": "minilm (all-MiniLM-L6-v2)",
            "head": "freshly initialised: flip rates below are not findings, only timings are",
            "labels": len(INTENTS),
            "added_tokens": added,
            "device": "cpu",
        },
        "messages": len(texts),
        "swappable_messages": swappable,
        "lexicon_scan": {
            "seconds": round(scan_s, 3),
            "messages_per_s": round(len(texts) / scan_s, 1),
            "counterfactuals": sum(len(v) for rows in variants.values() for v in rows),
        },
        "audit": {
            "seconds": round(audit_s, 3),
            "messages_per_s": round(len(texts) / audit_s, 1),
            "texts_scored_by_model": scored,
            "flip_rate": {r.attribute: round(r.flip_rate, 4) for r in report.attributes},
            "flips": {r.attribute: r.flips for r in report.attributes},
        },
        "integrated_gradients": {
            "examples": len(explanations),
            "n_steps": args.n_steps,
            "batch_size": args.ig_batch_size,
            "mean_tokens": round(float(np.mean(tokens)), 1) if tokens else 0,
            "seconds": round(ig_s, 3),
            "seconds_per_example": round(ig_s / max(1, len(explanations)), 4),
            "mean_abs_delta": float(f"{np.mean(deltas):.3g}") if deltas else None,
            "mean_abs_f_x_minus_f_baseline": float(f"{np.mean(gaps):.3g}") if gaps else None,
            "flips_explained": flips_explained,
            "flip_explanations_seconds": round(flips_s, 3) if flips_s is not None else None,
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    print(f"{'what':<40}{'figure':>16}")
    print(f"{'messages':<40}{len(texts):>16}")
    print(f"{'lexicon scan, messages/s':<40}{result['lexicon_scan']['messages_per_s']:>16}")
    print(f"{'audit with MiniLM, messages/s':<40}{result['audit']['messages_per_s']:>16}")
    print(f"{'texts scored by the model':<40}{scored:>16}")
    ig = result["integrated_gradients"]
    print(
        f"{'IG s/example (n_steps=' + str(args.n_steps) + ')':<40}{ig['seconds_per_example']:>16}"
    )
    print(f"{'IG mean |delta|':<40}{ig['mean_abs_delta']!s:>16}")
    print(f"{'machine load average (1 min)':<40}{os.getloadavg()[0]:>16.2f}")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
