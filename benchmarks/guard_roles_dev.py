"""Harmful-request guard on merchants, staff and victims in risky trades: a DEV set (tune on it).

The dev-test quarter of :mod:`steward.serve.guards.harm_roles`' lists (roles, banking acts,
trades' names, goods and harms, harm frames), which training never sees, composed with a seed
training does not use: the look-alikes (a fireworks shop's card machine, a locksmith firm's
payroll, an AML course, a robbery at the shop next door) must pass; their harmful twins (the
same openers and trades around a harmful act) must be blocked or warned. Reports the share per
language and kind. The guard is the shipped one (``HarmfulRequestGuard()``: its model, the
default policy that blocks every category); no training.

Usage: python benchmarks/guard_roles_dev.py [--per-language 600] [--out PATH]
Writes benchmarks/results/guard_roles_dev.json.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from steward.serve.guards.harm_roles import DEVTEST_SEED, role_lookalikes, role_twins
from steward.serve.guards.harmful import HarmfulRequestGuard, HarmfulRequestVerdict

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "guard_roles_dev.json"


def flagged(verdict: object) -> bool:
    return isinstance(verdict, HarmfulRequestVerdict) and verdict.policy_action != "allow"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=600)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--show", type=int, default=0, help="print this many misses per side")
    args = parser.parse_args(argv)
    guard = HarmfulRequestGuard()
    result: dict[str, object] = {"benchmark": "guard_roles_dev", "dev": "tune on it"}
    for language in ("en", "zh"):
        rng = random.Random(DEVTEST_SEED + (language == "zh"))
        rows = role_lookalikes(language, rng, args.per_language, devtest=True)
        verdicts = guard.check_batch([text for _, text in rows])
        total, hit = Counter[str](), Counter[str]()
        false_alarms = []
        for (kind, text), verdict in zip(rows, verdicts, strict=True):
            total[kind] += 1
            if flagged(verdict):
                hit[kind] += 1
                false_alarms.append(text)
        twins = role_twins(language, rng, args.per_language, devtest=True)
        twin_flags = [flagged(v) for v in guard.check_batch(twins)]
        result[language] = {
            "lookalikes_flagged": round(sum(hit.values()) / len(rows), 4),
            "by_kind": {kind: round(hit[kind] / total[kind], 4) for kind in sorted(total)},
            "twins_flagged": round(sum(twin_flags) / len(twins), 4),
        }
        print(
            f"{language}: look-alikes flagged {sum(hit.values()) / len(rows):.1%} of {len(rows)} "
            f"({', '.join(f'{k} {hit[k] / total[k]:.1%}' for k in sorted(total))}); "
            f"harmful twins flagged {sum(twin_flags) / len(twins):.1%} of {len(twins)}"
        )
        for text in false_alarms[: args.show]:
            print(f"  FA  {text}")
        for text, hit_ in list(zip(twins, twin_flags, strict=True)):
            if not hit_ and args.show:
                print(f"  MISS {text}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
