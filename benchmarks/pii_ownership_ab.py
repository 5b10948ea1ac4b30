"""This checkout's PII analyzer against a git ref's: CPU seconds, and quality set by set.

    PYTHONPATH=. python benchmarks/pii_ownership_ab.py [--against main] [--rounds 3]
        [--quality] [--sets heldout10,...,heldout20] [--out PATH]

Each version runs in its own process (``PYTHONPATH`` set to its tree: the ref's ``steward`` is
exported with ``git archive``; the benchmark generators are this checkout's for both), so the
two never share a cache.

- CPU: the versions alternate ``--rounds`` times (old, new, old, new, ...); each round builds a
  fresh default ``Analyzer``, warms it on 20 texts, then times ``analyze_batch`` over the
  English ``presidio_synth`` texts (``--repeat`` passes) in process CPU seconds
  (``time.process_time``: user + system of that process, so the other users of a shared machine
  count less than in wall time). Reported: every round's seconds, each version's median, and
  the new/old ratio of the medians.
- ``--quality``: once per version (the analyzer is deterministic): ``presidio_synth`` P/R/F1
  (micro and per label, as ``pii_quality.py`` scores it), and for every set in ``--sets``
  (``pii_quality.py --FLAG``'s rows: 600 messages, its seed) the share of PII-free messages
  flagged per language and the PERSON / ADDRESS / EMAIL_ADDRESS / BANK_ACCOUNT recall.

Writes the JSON to ``--out`` when given; prints a table either way.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
RECALL_LABELS = ("PERSON", "ADDRESS", "EMAIL_ADDRESS", "BANK_ACCOUNT")
DEFAULT_SETS = ",".join(f"heldout{i}" for i in range(10, 21))


def presidio_texts() -> list[str]:
    rows = json.loads((SHARED / "presidio_synth" / "synth_dataset_v2.json").read_text("utf-8"))
    return [str(row["full_text"]) for row in rows]


def child_cpu(repeat: int) -> dict[str, Any]:
    """In a child: the CPU seconds of the analyzer first on the path over presidio_synth."""
    from steward.data.pii import Analyzer

    texts = presidio_texts()
    analyzer = Analyzer()
    analyzer.analyze_batch(texts[:20])
    started = time.process_time()
    spans = 0
    for _ in range(repeat):
        spans = sum(len(found) for found in analyzer.analyze_batch(texts))
    return {"cpu_s": time.process_time() - started, "spans": spans, "texts": len(texts)}


def child_quality(sets: list[str]) -> dict[str, Any]:
    """In a child: presidio_synth scores and each set's flagged shares and recalls."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pii_quality import (
        BLIND_SETS,
        EN_MAP,
        load_en,
        load_independent,
        run_steward,
        score,
        score_by_language,
    )

    from steward.data.pii import Analyzer

    analyzer = Analyzer()
    en = load_en(SHARED)
    table = score(
        [g for _, g in en], run_steward(analyzer, [t for t, _ in en]), set(EN_MAP.values())
    )
    out: dict[str, Any] = {"presidio_synth": table, "sets": {}}
    for flag in sets:
        blind = next(b for b in BLIND_SETS if b.flag == flag)
        scores, rates = score_by_language(
            analyzer, load_independent(600, blind.seed, blind.generate)
        )
        out["sets"][flag] = {
            lang: {
                "pii_free_flagged": rates[lang],
                "micro_f1": scores[lang]["micro"]["f1"],
                **{
                    label: scores[lang][label]["recall"]
                    for label in RECALL_LABELS
                    if label in scores[lang]
                },
            }
            for lang in sorted(scores)
        }
    return out


def export_ref(ref: str, into: Path) -> None:
    archive = into / "ref.tar"
    subprocess.run(
        ["git", "-C", str(ROOT), "archive", "-o", str(archive), ref, "steward"], check=True
    )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")


def run_child(tree: Path, args: list[str]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        check=True,
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="git ref of the old version")
    parser.add_argument(
        "--new", help="git ref of the new version (default: this checkout as it is on disk)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="old/new alternations")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the texts per round")
    parser.add_argument("--old-tree", type=Path, help="a folder holding the old steward/ instead")
    parser.add_argument("--new-tree", type=Path, help="a folder holding the new steward/ instead")
    parser.add_argument("--quality", action="store_true", help="also score every set once")
    parser.add_argument("--no-cpu", action="store_true", help="skip the CPU rounds")
    parser.add_argument("--sets", default=DEFAULT_SETS)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = child_cpu(int(rest[0])) if kind == "cpu" else child_quality(rest[0].split(","))
        print(json.dumps(result))
        return
    report: dict[str, Any] = {
        "against": args.against,
        "new": args.new,
        "cpu": {"old": [], "new": []},
    }
    with tempfile.TemporaryDirectory(prefix="pii-ab-") as tmp:
        old_tree, new_tree = Path(tmp) / "old", Path(tmp) / "new"
        if args.old_tree:
            old_tree = args.old_tree.resolve()
        else:
            old_tree.mkdir()
            export_ref(args.against, old_tree)
        if args.new_tree:
            new_tree = args.new_tree.resolve()
        elif args.new:
            new_tree.mkdir()
            export_ref(args.new, new_tree)
        else:
            new_tree = ROOT
        trees = {"old": old_tree, "new": new_tree}
        for round_ in range(0 if args.no_cpu else args.rounds):
            for tag, tree in trees.items():
                result = run_child(tree, ["cpu", str(args.repeat)])
                report["cpu"][tag].append(result)
                print(
                    f"round {round_ + 1} {tag}: {result['cpu_s']:.2f} CPU s "
                    f"({result['spans']} spans)",
                    flush=True,
                )
        if not args.no_cpu:
            medians = {
                tag: statistics.median(r["cpu_s"] for r in rows)
                for tag, rows in report["cpu"].items()
            }
            report["cpu"]["median_s"] = medians
            report["cpu"]["ratio_new_old"] = round(medians["new"] / medians["old"], 4)
            print(f"CPU medians {medians}, new/old {report['cpu']['ratio_new_old']:.3f}")
        if args.quality:
            for tag, tree in trees.items():
                report[f"quality_{tag}"] = run_child(tree, ["quality", args.sets])
            print_quality(report)
    if args.out:
        args.out.write_text(json.dumps(report, indent=1) + "\n", "utf-8")


def print_quality(report: dict[str, Any]) -> None:
    old, new = report["quality_old"], report["quality_new"]
    for tag, q in (("old", old), ("new", new)):
        micro = q["presidio_synth"]["micro"]
        prf = f"{micro['precision']}/{micro['recall']}/{micro['f1']}"
        print(f"presidio_synth {tag}: micro P/R/F1 {prf}")
    keys = ("pii_free_flagged", "micro_f1", *RECALL_LABELS)
    print("set lang " + " ".join(f"{k:>22}" for k in keys) + "   (old -> new)")
    for flag in new["sets"]:
        for lang in new["sets"][flag]:
            a, b = old["sets"][flag][lang], new["sets"][flag][lang]
            cells = [
                f"{a[k]:.3f}->{b[k]:.3f}" + ("!" if k != keys[0] and b[k] < a[k] else " ")
                if k in b
                else "-"
                for k in keys
            ]
            print(f"{flag} {lang} " + " ".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    main()
