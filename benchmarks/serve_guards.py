"""Gateway guards: prompt-injection detection quality and the time every guard adds per prompt.

1. Detector: trained as ``steward guard train`` trains it (the shared ``prompt_injection``
   train split plus 3,000 of the bank's own messages as negatives, PII swapped for fakes),
   scored on the shared test split (F1, precision, recall at the policy's 0.5 threshold; its
   rules alone for comparison) and on held-out bank messages (a different generator seed):
   the share of ordinary English and Chinese customer messages it blocks. The same model
   trained without the bank's messages is scored too, to show why they are there.
2. Overhead: every input guard (max_length, prompt_injection, pii, toxicity, harmful_request)
   then every output guard (pii, secrets, toxicity) on 512-character prompts (bank messages,
   English and Chinese, padded to 512 characters with more messages), one prompt at a time in
   one process, as the gateway runs them: p50 / p99 / mean per prompt, and per guard; the
   input guards together (the issue's latency target) on their own too.

Peers: LLM Guard's PromptInjection and Anonymize scanners download their models from the
Hugging Face hub when constructed, which this machine cannot do, so no peer runs here; the
zero-guard baseline is in ``serve_http.py``.

Usage: python benchmarks/serve_guards.py [--prompts 2000] [--out PATH]
Writes benchmarks/results/serve_guards.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import time
from pathlib import Path
from typing import Any

from steward.examples.bank import BankDataConfig, generate_bank_lines
from steward.serve.guards import (
    GuardChain,
    HarmfulRequestGuard,
    InjectionClassifier,
    MaxLengthGuard,
    PiiGuard,
    PromptInjectionGuard,
    SecretsGuard,
    ToxicityGuard,
)
from steward.serve.guards.build import _anonymized, read_labelled_csv
from steward.serve.guards.injection import rule_hits

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "prompt_injection"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def bank_messages(seed: int, n: int) -> list[str]:
    lines, _ = generate_bank_lines(BankDataConfig(n_messages=n, seed=seed, malformed_rate=0.0))
    texts = []
    for line in lines:
        try:
            texts.append(json.loads(line)["text"])
        except (ValueError, KeyError):
            continue
    return texts


def scores(predicted: list[bool], actual: list[bool]) -> dict[str, float]:
    tp = sum(p and a for p, a in zip(predicted, actual, strict=True))
    fp = sum(p and not a for p, a in zip(predicted, actual, strict=True))
    fn = sum(a and not p for p, a in zip(predicted, actual, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": round(f1, 4), "precision": round(precision, 4), "recall": round(recall, 4)}


def detector(held_out: list[str]) -> dict[str, Any]:
    train_texts, train_labels = read_labelled_csv(DATA / "train.csv")
    test_texts, test_labels = read_labelled_csv(DATA / "test.csv")
    actual = [label == 1 for label in test_labels]
    benign = _anonymized(bank_messages(1000, 3000))
    zh = [t for t in held_out if _CJK.search(t)]
    en = [t for t in held_out if not _CJK.search(t)]
    out: dict[str, Any] = {
        "train_rows": len(train_texts),
        "benign_rows": len(benign),
        "test_rows": len(test_texts),
        "held_out_bank_messages": {"en": len(en), "zh": len(zh)},
    }
    out["rules_only"] = scores([bool(rule_hits(t)) for t in test_texts], actual)
    for name, extra in (("with_bank_negatives", benign), ("public_set_only", [])):
        started = time.perf_counter()
        model = InjectionClassifier().fit(train_texts + extra, train_labels + [0] * len(extra))
        fit_s = time.perf_counter() - started
        guard = PromptInjectionGuard(model, threshold=0.5)
        blocked = [v.action == "block" for v in guard.check_batch(test_texts)]
        out[name] = {
            **scores(blocked, actual),
            "fit_seconds": round(fit_s, 1),
            "bank_blocked_en": round(
                sum(v.action == "block" for v in guard.check_batch(en)) / len(en), 4
            ),
            "bank_blocked_zh": round(
                sum(v.action == "block" for v in guard.check_batch(zh)) / len(zh), 4
            ),
        }
        if name == "with_bank_negatives":
            out["model"] = model
    return out


def overhead(model: InjectionClassifier, prompts: list[str]) -> dict[str, Any]:
    pii = PiiGuard()
    toxicity = ToxicityGuard()
    inputs = GuardChain(
        [MaxLengthGuard(4000), PromptInjectionGuard(model), pii, toxicity, HarmfulRequestGuard()],
        "input",
    )
    outputs = GuardChain([pii, SecretsGuard(), toxicity], "output")
    for prompt in prompts[:50]:  # warm-up: lazy loads, caches
        inputs.check(prompt)
        outputs.check(prompt)
    totals: list[float] = []
    input_totals: list[float] = []  # the acceptance figure: all input guards together
    per_guard: dict[str, list[float]] = {}
    for prompt in prompts:
        started = time.perf_counter()
        first = inputs.check(prompt)
        input_totals.append(time.perf_counter() - started)
        second = outputs.check(prompt)
        totals.append(time.perf_counter() - started)
        for name, seconds in first.seconds.items():
            per_guard.setdefault(f"input.{name}", []).append(seconds)
        for name, seconds in second.seconds.items():
            per_guard.setdefault(f"output.{name}", []).append(seconds)

    def ms(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 3)

    return {
        "prompts": len(prompts),
        "chars_per_prompt": 512,
        "p50_ms": ms(totals, 0.5),
        "p99_ms": ms(totals, 0.99),
        "mean_ms": round(statistics.fmean(totals) * 1000, 3),
        "input_p50_ms": ms(input_totals, 0.5),
        "input_p99_ms": ms(input_totals, 0.99),
        "per_guard_p50_ms": {name: ms(v, 0.5) for name, v in per_guard.items()},
        "per_guard_p99_ms": {name: ms(v, 0.99) for name, v in per_guard.items()},
    }


def prompts_512(messages: list[str], n: int) -> list[str]:
    out: list[str] = []
    i = 0
    while len(out) < n:
        text = ""
        while len(text) < 512:
            text += messages[i % len(messages)] + " "
            i += 1
        out.append(text[:512])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prompts", type=int, default=2000)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks" / "results" / "serve_guards.json"
    )
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"needs the shared prompt_injection set at {DATA}")
    held_out = bank_messages(2000, 10_000)
    print("training and scoring the prompt-injection detector ...", flush=True)
    quality = detector(held_out)
    model = quality.pop("model")
    for name in ("rules_only", "with_bank_negatives", "public_set_only"):
        row = quality[name]
        extra = (
            f"; blocks {row['bank_blocked_en']:.2%} EN / {row['bank_blocked_zh']:.2%} ZH bank msgs"
            if "bank_blocked_en" in row
            else ""
        )
        print(
            f"  {name:22s} F1 {row['f1']:.3f}  P {row['precision']:.3f}  R {row['recall']:.3f}"
            + extra
        )
    print(f"guard overhead on {args.prompts} prompts of 512 chars ...", flush=True)
    timing = overhead(model, prompts_512(held_out, args.prompts))
    print(
        f"  all input + output guards: p50 {timing['p50_ms']} ms, p99 {timing['p99_ms']} ms, "
        f"mean {timing['mean_ms']} ms (targets: p50 <= 5, p99 <= 25)"
    )
    print(f"  all input guards: p50 {timing['input_p50_ms']} ms, p99 {timing['input_p99_ms']} ms")
    for name, value in timing["per_guard_p50_ms"].items():
        print(f"    {name:26s} p50 {value:7.3f} ms  p99 {timing['per_guard_p99_ms'][name]:7.3f} ms")
    result = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "detector": quality,
        "overhead": timing,
        "targets": {
            "detector_f1": {"target": 0.95, "measured": quality["with_bank_negatives"]["f1"]},
            "bank_false_positive_rate": {
                "target": 0.01,
                "measured": max(
                    quality["with_bank_negatives"]["bank_blocked_en"],
                    quality["with_bank_negatives"]["bank_blocked_zh"],
                ),
            },
            "p50_ms": {"target": 5, "measured": timing["p50_ms"]},
            "p99_ms": {"target": 25, "measured": timing["p99_ms"]},
            "input_p50_ms": {"target": 5, "measured": timing["input_p50_ms"]},
            "input_p99_ms": {"target": 25, "measured": timing["input_p99_ms"]},
        },
    }
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
