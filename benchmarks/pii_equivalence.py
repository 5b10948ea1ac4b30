"""Same entities from two versions of the PII analyzer: a speed-up must not change what it finds.

Runs the analyzer (``steward.data.pii.Analyzer``) with this checkout's code and with the code of
a git ref (``--against``, default ``main``), each in its own process (``PYTHONPATH`` set to its
tree), one text at a time as the gateway's PII guard does, on one fixed set of texts:

- every dev generator in ``benchmarks/pii_dev`` (``--n`` records each, seed ``--seed``);
- the independent generators ``pii_heldout`` .. ``pii_heldout12`` (their default seeds); only
  their texts are read here, to compare two versions, never their gold spans or misses
  (``--heldouts`` picks fewer);
- the shared ``presidio_synth`` (English) and ``pii_zh_dev`` (Chinese) sets when present;
- bank messages, English and Chinese, as written and padded to 512 characters (the latency
  benchmark's prompts).

Each text is analysed by two analyzers: the default one (the guard's labels) and one asked for
every label (LOCATION and DATE_TIME too), so recognizers the default skips are compared too;
and each recognizer's own spans (``raw``: before context, thresholds and overlaps, every
recognizer on every text of its language, trigger or not) are compared as well. The check
fails when any entity's start, end, label, score or recognizer differs.

Usage: python benchmarks/pii_equivalence.py [--against main] [--n 300] [--bank 1000]
Prints the comparison; exits 1 on any difference. Writes nothing under the repository.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


HELDOUTS = ("heldout", *(f"heldout{i}" for i in range(2, 13)))


def fixed_texts(
    n: int, seed: int, bank: int, heldouts: tuple[str, ...] = HELDOUTS
) -> dict[str, list[str]]:
    """``{set name: texts}``: dev and independent generators' texts, shared sets, bank prompts."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pii_dev import dev_sets
    from serve_guards import bank_messages, prompts_512

    sets: dict[str, list[str]] = {}
    for name, generate in dev_sets().items():
        sets[f"dev/{name}"] = [str(row["text"]) for row in generate(n, seed)]
    for name in heldouts:
        generate_heldout = importlib.import_module(f"pii_{name}.generator").generate
        sets[name] = [str(row["text"]) for row in generate_heldout()]
    presidio = SHARED / "presidio_synth" / "synth_dataset_v2.json"
    if presidio.exists():
        rows = json.loads(presidio.read_text("utf-8"))
        sets["presidio_synth"] = [str(row["full_text"]) for row in rows]
    zh_dev = SHARED / "pii_zh_dev" / "pii_zh_dev.jsonl"
    if zh_dev.exists():
        lines = zh_dev.read_text("utf-8").splitlines()
        sets["pii_zh_dev"] = [str(json.loads(line)["text"]) for line in lines if line.strip()]
    messages = bank_messages(2000, bank)
    sets["bank"] = messages
    sets["bank_512"] = prompts_512(messages, 300)
    return sets


def dump(texts_path: Path, out_path: Path) -> None:
    """Run in a child process: the analyzer of whichever ``steward`` is first on the path."""
    from steward.data.pii import Analyzer
    from steward.data.pii.recognizers import LABELS

    analyzers = {"default": Analyzer(), "all_labels": Analyzer(LABELS)}
    sets = json.loads(texts_path.read_text("utf-8"))
    found: dict[str, Any] = {}
    started = time.perf_counter()
    for config, analyzer in analyzers.items():
        for name, texts in sets.items():
            found[f"{config}:{name}"] = [
                [[e.start, e.end, e.label, e.score, e.recognizer] for e in analyzer.analyze(text)]
                for text in texts
            ]
    seconds = time.perf_counter() - started
    # Every recognizer's own spans, before context, thresholds and overlaps: a change in a
    # span the analyzer then drops is caught too.
    from steward.data.pii.language import detect_language

    for name, texts in sets.items():
        languages = [detect_language(text) for text in texts]
        rows: list[list[list[Any]]] = [[] for _ in texts]
        for recognizer in analyzers["all_labels"].recognizers:
            todo = [
                i
                for i in range(len(texts))
                if recognizer.languages is None or languages[i] in recognizer.languages
            ]
            for i in todo:
                entities = recognizer.analyze_batch([texts[i]], [languages[i]])[0]
                rows[i].extend([e.start, e.end, e.label, e.score, e.recognizer] for e in entities)
        found[f"raw:{name}"] = rows
    out_path.write_text(json.dumps({"found": found, "seconds": seconds}), encoding="utf-8")


def export_ref(ref: str, into: Path) -> None:
    archive = into / "ref.tar"
    subprocess.run(
        ["git", "-C", str(ROOT), "archive", "-o", str(archive), ref, "steward"], check=True
    )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")


def run_version(tree: Path, texts: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, __file__, "--dump", str(texts), str(out)]
    subprocess.run(command, check=True, env=env, cwd=tree)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="git ref of the reference version")
    parser.add_argument("--n", type=int, default=300, help="records per dev generator")
    parser.add_argument("--seed", type=int, default=7, help="dev generators' seed")
    parser.add_argument("--bank", type=int, default=1000, help="bank messages generated")
    parser.add_argument(
        "--heldouts",
        default=",".join(HELDOUTS),
        help="comma-separated independent sets whose texts are compared (default: all)",
    )
    parser.add_argument("--dump", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(*args.dump)
        return
    with tempfile.TemporaryDirectory(prefix="pii-equivalence-") as tmp:
        work = Path(tmp)
        (work / "ref").mkdir()
        export_ref(args.against, work / "ref")
        texts = fixed_texts(args.n, args.seed, args.bank, tuple(args.heldouts.split(",")))
        (work / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        results: dict[str, Any] = {}
        for name, tree in (("reference", work / "ref"), ("this checkout", ROOT)):
            print(f"running the analyzer of {name} ...", flush=True)
            run_version(tree, work / "texts.json", work / "out.json")
            results[name] = json.loads((work / "out.json").read_text("utf-8"))
    old, new = results["reference"], results["this checkout"]
    failed = False
    for name, rows in old["found"].items():
        differ = [
            i for i, (a, b) in enumerate(zip(rows, new["found"][name], strict=True)) if a != b
        ]
        spans = sum(len(row) for row in rows)
        status = "identical" if not differ else f"{len(differ)} TEXTS DIFFER"
        print(f"  {name:36s} {len(rows):5d} texts {spans:6d} entities: {status}")
        for i in differ[:5]:
            print(f"    text {i}: {rows[i]} != {new['found'][name][i]}")
        failed = failed or bool(differ)
    print(
        f"analysis time: reference {old['seconds']:.1f} s, this checkout {new['seconds']:.1f} s"
        " (one run each, on a shared machine)"
    )
    print(f"against {args.against}: " + ("entities differ" if failed else "same entities"))
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
