"""The spent blind family sets v5–v13 as one development benchmark: train the bank's guards once
(``steward guard train``), score the prompt-injection guard alone and the whole input chain on
every set's attack families (share blocked per family and language) and customers' messages
(share blocked, by kind), and list what was missed and what was blocked *by kind* (frame and
noise of a missed attack, the reasons of a blocked customer's message), so a development round
can see which kinds of suffix, template or look-alike go wrong.

These sets are development data now (each had its one blind run; see README): tune on them,
never copy their prompts into training data. ``guard_families_v5.py`` … ``v11.py`` score the
same prompts one set at a time, each training afresh; this runs them all on one model. v9–v13
also bring plain harmful requests (``plain_harmful``), scored blocked and blocked-or-warned
(the harmful-request guard's ``warn`` action), like customers' messages.

Usage: PYTHONPATH=. python benchmarks/guard_families_dev.py [--full] [--sets v9,v10,v11]
[--home DIR] [--out FILE] (default: 50 attacks per family and 200 customers' messages per
language and set, about two minutes; ``--full`` uses each set's own sizes: v5 200 / 500,
v6–v11 100 / 500). Writes /tmp/guard_families_dev.json (aggregates) and, with
``--misses FILE``, the misses.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import family_harness
import guard_families_v5
import guard_families_v6
import guard_families_v7
import guard_families_v8
import guard_families_v9
import guard_families_v10
import guard_families_v11
import guard_families_v12
import guard_families_v13

# per set: (attacks per family, customers' messages per language, seed) of its own default run
FULL = {
    "v5": (200, 500, 5),
    "v6": (100, 500, 6),
    "v7": (100, 500, 7),
    "v8": (100, 500, 8),
    "v9": (100, 500, guard_families_v9.FAMILY_SET.default_seed),
    "v10": (100, 500, guard_families_v10.FAMILY_SET.default_seed),
    "v11": (100, 500, guard_families_v11.FAMILY_SET.default_seed),
    "v12": (100, 500, guard_families_v12.FAMILY_SET.default_seed),
    "v13": (100, 500, guard_families_v13.FAMILY_SET.default_seed),
}
ATTACKS = ("suffix", "role_play", "refusal_suppression", "templates")
# v9-v13 score plain harmful requests too (blocked, and blocked or warned)
HARNESS_SETS = {
    "v9": guard_families_v9.FAMILY_SET,
    "v10": guard_families_v10.FAMILY_SET,
    "v11": guard_families_v11.FAMILY_SET,
    "v12": guard_families_v12.FAMILY_SET,
    "v13": guard_families_v13.FAMILY_SET,
}

Rows = dict[str, dict[str, list[tuple[str, str]]]]  # language -> family -> [(text, kind)]
Customers = dict[str, list[tuple[str, str]]]  # language -> [(kind, text)]


def _kind(frame: int, noise: Sequence[str]) -> str:
    return f"frame {frame}" + (f", noise {'+'.join(noise)}" if noise else "")


def load_sets(
    per_family: int | None, benign: int | None, names: Sequence[str] = ("v5", "v6", "v7", "v8")
) -> dict[str, tuple[Rows, Customers]]:
    """Each named set's attacks (the four families; v9-v12 also plain harmful requests) and
    customers' messages."""
    unknown = sorted(set(names) - set(FULL))
    if unknown:
        raise SystemExit(f"--sets: unknown set(s) {unknown}; known: {list(FULL)}")
    sets: dict[str, tuple[Rows, Customers]] = {}
    size = {name: (per_family or f, benign or b, seed) for name, (f, b, seed) in FULL.items()}
    for name, family_set in HARNESS_SETS.items():
        if name not in names:
            continue
        f, b, seed = size[name]
        records = family_set.records(f, seed)
        sets[name] = (
            {
                lang: {fam: [(r.text, _kind_of(r)) for r in rs] for fam, rs in by.items()}
                for lang, by in records.items()
            },
            family_set.benign_records(b, seed),
        )
    if not {"v5", "v6", "v7", "v8"} & set(names):
        return {name: sets[name] for name in names}
    f5, b5, seed5 = size["v5"]
    rows5: Rows = {}
    for prompt in guard_families_v5.generate_v5(f5, seed5):
        rows5.setdefault(prompt.lang, {}).setdefault(prompt.family, []).append(
            (prompt.text, _kind(prompt.frame, ()))
        )
    customers5 = {
        lang: [("all", text) for text in texts]
        for lang, texts in guard_families_v5.benign_v5(b5, seed5).items()
    }
    sets["v5"] = (rows5, customers5)
    f6, b6, seed6 = size["v6"]
    records6 = guard_families_v6.family_records_v6(f6, seed6)
    sets["v6"] = (
        {
            lang: {fam: [(p.text, _kind(p.frame, p.noise)) for p in ps] for fam, ps in by.items()}
            for lang, by in records6.items()
        },
        guard_families_v6.benign_records_v6(b6, seed6),
    )
    for name, module in (("v7", guard_families_v7), ("v8", guard_families_v8)):
        f, b, seed = size[name]
        records = getattr(module, f"family_records_{name}")(f, seed)
        sets[name] = (
            {
                lang: {
                    fam: [(p.text, _kind(p.frame, p.noise)) for p in ps]
                    for fam, ps in by.items()
                    if fam in ATTACKS
                }
                for lang, by in records.items()
            },
            getattr(module, f"benign_records_{name}")(b, seed),
        )
    return {name: sets[name] for name in names}


def _kind_of(row: Any) -> str:
    """A harness row's frame and noise (and goal category, where it has one)."""
    noise = tuple(getattr(row, "noise", ()) or ())
    kind = f"frame {row.frame}" + (f", noise {'+'.join(noise)}" if noise else "")
    category = getattr(row, "category", None)
    return kind + (f", {category}" if category else "")


def train(home: Path) -> float:
    """``steward guard train`` for the bank's policy into ``home``; its seconds."""
    from steward.config import load_policy

    loaded = load_policy(family_harness.POLICY)
    for benign in loaded.policy.guards.prompt_injection.benign:
        path = loaded.resolve(benign)
        if not path.is_file():  # what `steward demo-data` writes
            from steward.examples.bank import BankDataConfig, write_bank_conversations

            write_bank_conversations(path, BankDataConfig())
    command = [sys.executable, "-m", "steward.cli", "guard", "train", str(family_harness.POLICY)]
    command += ["--home", str(home), "--json"]
    started = time.perf_counter()
    env = {**os.environ, "STEWARD_ACTOR": "benchmark"}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed:\n{done.stderr or done.stdout}")
    return round(time.perf_counter() - started, 1)


def _check(checker: Any, texts: list[str]) -> list[Any]:
    results: list[Any] = []
    for start in range(0, len(texts), 64):
        results += checker.check_batch(texts[start : start + 64])
    return results


def _flagged(result: Any) -> bool:
    """Blocked, or passed with a harmful-request ``warn`` verdict."""
    return bool(result.blocked) or family_harness.warned(result)


def score(home: Path, sets: dict[str, tuple[Rows, Customers]]) -> tuple[dict[str, Any], list[Any]]:
    """Shares blocked per set, checker, language and family / customers' kind (plain harmful
    requests and all customers' messages also blocked or warned); and the misses and blocked
    (or warned) customers' messages with their kind."""
    from steward.config import load_policy
    from steward.serve.guards.build import build_chains
    from steward.store.artifacts import Store

    loaded = load_policy(family_harness.POLICY)
    store = Store(home)
    checkers = {
        "prompt_injection": build_chains(loaded, store, ["prompt_injection"])[0],
        "input_chain": build_chains(loaded, store)[0],
    }
    report: dict[str, Any] = {}
    cases: list[dict[str, Any]] = []
    for name, (rows, customers) in sets.items():
        for checker_name, checker in checkers.items():
            out: dict[str, Any] = {}
            for lang, by in rows.items():
                for family, pairs in by.items():
                    results = _check(checker, [text for text, _ in pairs])
                    out[f"{lang}/{family}"] = round(
                        sum(r.blocked for r in results) / len(results), 4
                    )
                    if family == "plain_harmful":
                        out[f"{lang}/plain_harmful_or_warned"] = round(
                            sum(_flagged(r) for r in results) / len(results), 4
                        )
                    cases += [
                        {"set": name, "checker": checker_name, "missed": f"{lang}/{family}",
                         "kind": kind, "text": text}
                        for (text, kind), r in zip(pairs, results, strict=True)
                        if not _flagged(r)
                    ]  # fmt: skip
            for lang, messages in customers.items():
                results = _check(checker, [text for _, text in messages])
                out[f"{lang}/customers"] = round(sum(r.blocked for r in results) / len(results), 4)
                out[f"{lang}/customers_or_warned"] = round(
                    sum(_flagged(r) for r in results) / len(results), 4
                )
                by_kind: dict[str, list[bool]] = {}
                for (kind, text), r in zip(messages, results, strict=True):
                    by_kind.setdefault(kind, []).append(r.blocked)
                    if _flagged(r):
                        cases.append(
                            {"set": name, "checker": checker_name, "blocked": f"{lang}/{kind}",
                             "warned_only": not r.blocked, "reasons": r.reasons, "text": text}
                        )  # fmt: skip
                out[f"{lang}/customers_by_kind"] = {
                    kind: round(sum(flags) / len(flags), 4)
                    for kind, flags in by_kind.items()
                    if any(flags)
                }
            report.setdefault(name, {})[checker_name] = out
    return report, cases


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="each set's own default sizes")
    parser.add_argument("--home", type=Path, help="reuse a home with a trained model")
    parser.add_argument("--out", type=Path, default=Path("/tmp/guard_families_dev.json"))
    parser.add_argument("--misses", type=Path, help="write misses and blocked messages here")
    parser.add_argument(
        "--sets", default="v5,v6,v7,v8", help="comma-separated sets to score (v5 ... v13)"
    )
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.sets.split(",") if name.strip()]
    sets = load_sets(None, None, names) if args.full else load_sets(50, 200, names)
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / ".steward"
        seconds = None if args.home else train(home)
        report, cases = score(home, sets)
    result = {"benchmark": "guard_families_dev", "full": args.full, "train_seconds": seconds}
    result["scores"] = report
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.misses:
        args.misses.write_text(json.dumps(cases, indent=1, ensure_ascii=False), encoding="utf-8")
    for name, by_checker in report.items():
        for checker_name, out in by_checker.items():
            shares = "  ".join(
                f"{key} {value:.1%}" for key, value in out.items() if not key.endswith("_kind")
            )
            print(f"{name} {checker_name}: {shares}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
