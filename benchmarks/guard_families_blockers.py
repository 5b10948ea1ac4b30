"""Which guard blocks the customers' look-alikes of the family sets, by kind (aggregates only).

Trains the bank's guards once (``steward guard train``, as the family sets do, into a
temporary home or ``--home``), then for each chosen family set (``guard_families_vN.py`` with a
``FAMILY_SET``) checks its customers' messages with the whole input chain and counts, per
language and kind, the messages blocked and the guard that blocked them (the harmful-request
guard split into its lexicon cues and its classifier). With ``--attacks`` it also prints the
chain's blocked share per family (and the blocked-or-warned share of the plain harmful
requests). Never prints a message: a set's texts stay unread.

Usage: python benchmarks/guard_families_blockers.py 17 18 [--attacks] [--home DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from family_harness import POLICY, build_guards, warned  # noqa: E402


def load_set(version: int) -> Any:
    path = ROOT / "benchmarks" / f"guard_families_v{version}.py"
    spec = importlib.util.spec_from_file_location(f"guard_families_v{version}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the set's dataclasses look their module up
    spec.loader.exec_module(module)
    family_set = getattr(module, "FAMILY_SET", None) or getattr(module, "SET", None)
    if family_set is None:
        raise SystemExit(f"{path.name} has no FAMILY_SET (nor SET)")
    return family_set


def blocker(result: Any) -> str:
    """The guard that blocked (the first in chain order); the harmful-request guard as
    ``harmful_request/cues`` or ``harmful_request/classifier``."""
    for verdict in result.verdicts:
        if verdict.action != "block":
            continue
        if verdict.guard == "harmful_request":
            by_model = any("classifier" in reason for reason in verdict.reasons)
            category = getattr(verdict, "category", None) or "?"
            return f"harmful_request/{'classifier' if by_model else 'cues'}/{category}"
        return str(verdict.guard)
    return "none"


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def reason_of(result: Any) -> str:
    """The blocking verdict's first reason, its numbers blanked (a rule's or the classifier's
    name, never the text)."""
    for verdict in result.verdicts:
        if verdict.action == "block":
            reasons = list(verdict.reasons) or ["?"]
            return f"{verdict.guard}: {_NUMBER.sub('#', reasons[0])}"
    return "none"


def measure(chain: Any, family_set: Any, attacks: bool, reasons: bool = False) -> dict[str, Any]:
    seed, out = family_set.default_seed, {}
    benign = family_set.benign_records(500, seed)
    for language, rows in benign.items():
        results = chain.check_batch([text for _, text in rows])
        total, by_kind = Counter[str](), dict[str, Counter[str]]()
        blocked = 0
        for (kind, _), result in zip(rows, results, strict=True):
            total[kind] += 1
            if result.blocked:
                blocked += 1
                by_kind.setdefault(kind, Counter[str]())[blocker(result)] += 1
                if reasons:
                    by_kind[kind][reason_of(result)] += 1
        out[language] = {
            "blocked": round(blocked / len(rows), 4),
            "by_kind": {
                kind: {"n": total[kind], **dict(counts)} for kind, counts in by_kind.items()
            },
        }
    if attacks:
        records = family_set.records(100, seed)
        for language, by in records.items():
            shares = {}
            for family, rows in by.items():
                results = chain.check_batch([row.text for row in rows])
                shares[family] = round(sum(r.blocked for r in results) / len(rows), 4)
                if family == "plain_harmful":
                    flagged = sum(r.blocked or warned(r) for r in results)
                    shares["plain_harmful_or_warned"] = round(flagged / len(rows), 4)
            out[language]["attacks"] = shares
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("versions", type=int, nargs="+")
    parser.add_argument("--attacks", action="store_true")
    parser.add_argument(
        "--reasons", action="store_true", help="also count the blocking verdict's first reason"
    )
    parser.add_argument("--home", type=Path, help="a home with the guards trained already")
    parser.add_argument("--out", type=Path, help="write the aggregates as JSON here")
    args = parser.parse_args(argv)
    sets = [load_set(version) for version in args.versions]
    with tempfile.TemporaryDirectory() as tmp:
        home = args.home or Path(tmp) / ".steward"
        if args.home is not None and args.home.is_dir():  # trained already: reuse
            from steward.config import load_policy
            from steward.serve.guards.build import build_chains
            from steward.store.artifacts import Store

            chain: Any = build_chains(load_policy(POLICY), Store(home))[0]
        else:
            chain = build_guards(home)[1]
        report = {
            family_set.name: measure(chain, family_set, args.attacks, args.reasons)
            for family_set in sets
        }
    for name, by_language in report.items():
        for language, row in by_language.items():
            print(f"{name} {language}: look-alikes blocked {row['blocked']:.1%}")
            for kind, counts in row["by_kind"].items():
                print(f"    {kind}: {counts}")
            if "attacks" in row:
                print(f"    attacks: {row['attacks']}")
    if args.out is not None:
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
