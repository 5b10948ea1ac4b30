"""Which recognizer flags the PII-free messages: the false alarms of the default analyzer on
the dev sets, split by the recognizer (and label) of each reported span.

    PYTHONPATH=. python benchmarks/pii_false_alarms.py [--lang en] [--n 600] [--out PATH]

Sets: every generated dev set (``benchmarks/pii_dev``, seed 7 as in ``pii_quality.py``) and
the spent blind sets v2–v12 (every set in ``BLIND_SETS``: dev now, measured then
diagnosed), with the seeds ``pii_quality.py`` scores them with. For each set and language:
the PII-free messages, the share with any hit, and per ``recognizer:LABEL`` the number of
PII-free messages it flags (a message flagged by two recognizers counts for both), so the
rule side and the learned taggers (``en_tagger``, ``zh_tagger``) can be told apart. Only dev
sets are read (issue 18's rule).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_quality import BLIND_SETS, load_dev_generated, load_independent

from steward.data.pii import Analyzer


def false_alarms(analyzer: Analyzer, texts: list[str]) -> dict[str, Any]:
    """Share of ``texts`` (all PII-free) with a hit, the messages each recognizer flags, and
    the spans themselves (``[recognizer:LABEL, span, the text around it]``)."""
    by_recognizer: Counter[str] = Counter()
    flagged = 0
    spans: list[list[str]] = []
    for text, found in zip(texts, analyzer.analyze_batch(texts), strict=True):
        flagged += bool(found)
        by_recognizer.update({f"{e.recognizer}:{e.label}" for e in found})
        spans += [
            [
                f"{e.recognizer}:{e.label}",
                text[e.start : e.end],
                text[max(0, e.start - 60) : e.end + 40].replace("\n", " / "),
            ]
            for e in found
        ]
    return {
        "pii_free": len(texts),
        "flagged": flagged,
        "share": round(flagged / max(1, len(texts)), 4),
        "by_recognizer": dict(by_recognizer.most_common()),
        "spans": spans,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "zh", "both"), default="both")
    parser.add_argument("--n", type=int, default=600, help="messages per set")
    parser.add_argument("--out", type=Path, help="write the table as JSON here")
    parser.add_argument(
        "--sets", help="comma-separated set names to run (dev:NAME or independent_vN); default all"
    )
    parser.add_argument("--show", action="store_true", help="print every flagged span")
    args = parser.parse_args()
    langs = ("en", "zh") if args.lang == "both" else (args.lang,)

    sets: dict[str, dict[str, list[tuple[str, list[Any]]]]] = {
        f"dev:{name}": by_lang for name, by_lang in load_dev_generated(args.n, 7).items()
    }
    for blind in BLIND_SETS:
        sets[blind.section] = load_independent(args.n, blind.seed, blind.generate)
    if args.sets:
        sets = {name: sets[name] for name in args.sets.split(",")}
    analyzer = Analyzer()
    table: dict[str, dict[str, Any]] = {}
    for name, by_lang in sets.items():
        for lang in langs:
            negatives = [text for text, gold in by_lang.get(lang, []) if not gold]
            if negatives:
                table[f"{name} {lang}"] = false_alarms(analyzer, negatives)
    for key, row in table.items():
        print(f"{key:40} {row['flagged']:4}/{row['pii_free']:<4} {row['share']:7.1%}  ", end="")
        print(", ".join(f"{k} {v}" for k, v in row["by_recognizer"].items()) or "-")
        if args.show:
            for name, span, around in row["spans"]:
                print(f"    {name:28} {span!r:30} … {around}")
    if args.out:
        args.out.write_text(json.dumps(table, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
