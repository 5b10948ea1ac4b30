"""Customers' look-alikes on the prompt-injection guard: a DEV set (tune on it freely).

The look-alikes of :mod:`steward.serve.guards.attack_lookalikes` (developers asking about the
bank's API, staff-training role-plays, yes/no- or number-only questions, corrections of an
earlier message, "treat me as a new customer", "don't refuse", angry complaints, scam reports),
drawn from the dev-test quarter of every template and filler list, which training never sees,
plus ordinary bank messages from a generator seed training does not use. Trains the model as
``steward guard train examples/bank/steward.yaml`` does (into a temporary home, or reuses
``--home``) and reports the blocked share by language and kind, with the component that fired
(rules, family signals, classifier) for the blocked ones.

Usage: python benchmarks/guard_lookalikes_dev.py [--per-language 560] [--home DIR]
Writes benchmarks/results/guard_lookalikes_dev.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from steward.serve.guards.attack_lookalikes import DEVTEST_SEED, KINDS, lookalike_examples
from steward.serve.guards.zh_text import is_chinese

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "examples" / "bank" / "steward.yaml"
RESULTS = ROOT / "benchmarks" / "results" / "guard_lookalikes_dev.json"
TARGET_BLOCKED = 0.01
BANK_SEED = 4242  # not the seed of the bank messages training reads


def component(reasons: Sequence[str]) -> str:
    """Which part of the guard blocked: the classifier, a rule or a family signal."""
    if any("classifier" in reason for reason in reasons):
        return "classifier"
    return "rules"


def train(home: Path) -> None:
    command = [sys.executable, "-m", "steward.cli", "guard", "train", str(POLICY)]
    command += ["--home", str(home), "--json"]
    env = {**os.environ, "STEWARD_ACTOR": "benchmark"}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed:\n{done.stderr or done.stdout}")


def measure(home: Path, per_language: int) -> dict[str, Any]:
    from steward.config import load_policy
    from steward.examples.bank import BankDataConfig, generate_bank_lines
    from steward.serve.guards.build import build_chains
    from steward.store.artifacts import Store

    injection, _ = build_chains(load_policy(POLICY), Store(home), ["prompt_injection"])
    examples = lookalike_examples(2 * per_language, DEVTEST_SEED, devtest=True)
    out: dict[str, Any] = {"lookalikes": {}, "bank_messages": {}}
    for language in ("en", "zh"):
        rows = [(kind, text) for lang, kind, text in examples if lang == language]
        results = injection.check_batch([text for _, text in rows])
        total, blocked, fired = Counter[str](), Counter[str](), Counter[str]()
        for (kind, _), result in zip(rows, results, strict=True):
            total[kind] += 1
            if result.blocked:
                blocked[kind] += 1
                fired[component(result.reasons)] += 1
        out["lookalikes"][language] = {
            "n": len(rows),
            "blocked": round(sum(blocked.values()) / len(rows), 4),
            "by_kind": {kind: round(blocked[kind] / total[kind], 4) for kind in KINDS},
            "blocked_by": dict(fired),
        }
    # no malformed rows: their texts ("0", null) are no customer's message
    config = BankDataConfig(n_messages=4000, seed=BANK_SEED, malformed_rate=0.0)
    lines, _ = generate_bank_lines(config)
    texts = []
    for line in lines:
        try:
            text = json.loads(line)["text"]
        except (ValueError, KeyError, TypeError):
            continue
        if isinstance(text, str) and text.strip():
            texts.append(text)
    for language, keep in (("en", False), ("zh", True)):
        chosen = [t for t in texts if is_chinese(t) == keep]
        results = injection.check_batch(chosen)
        out["bank_messages"][language] = {
            "n": len(chosen),
            "blocked": round(sum(r.blocked for r in results) / len(chosen), 4),
        }
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=560)
    parser.add_argument("--home", type=Path, help="reuse a home with a trained model")
    args = parser.parse_args(argv)
    if args.home is not None:
        scores = measure(args.home, args.per_language)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            print("training the prompt-injection model (steward guard train) ...", flush=True)
            train(Path(tmp))
            scores = measure(Path(tmp), args.per_language)
    for language, row in scores["lookalikes"].items():
        kinds = "  ".join(f"{kind} {share:.1%}" for kind, share in row["by_kind"].items())
        print(f"{language}: look-alikes blocked {row['blocked']:.1%} of {row['n']}  ({kinds})")
        bank = scores["bank_messages"][language]
        print(f"{language}: bank messages blocked {bank['blocked']:.2%} of {bank['n']}")
    result = {
        "benchmark": "guard_lookalikes_dev",
        "dev": "dev-test quarter of attack_lookalikes' lists: tune on it",
        "per_language": args.per_language,
        **scores,
        "target_blocked": TARGET_BLOCKED,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
