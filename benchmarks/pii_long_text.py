"""PII on one long text: detection + anonymization speed per text length, 1 kB to 50 MB.

One text per size, cut from the bank example's messages (English and Chinese, most carrying
personal data: names, cards, phones, e-mails, IDs, addresses), joined by new lines. For each
size the default analyzer detects (texts over 200,000 characters are read in windows) and the
``replace`` operator anonymizes; the figures are chars/s of wall time and of CPU time (the
machine may be shared: CPU time is the steadier figure). Time linear in the length shows as
chars/s flat across sizes.

``--baseline-src DIR`` measures the same sizes with the ``steward`` package found in DIR too
(e.g. ``git archive <commit> steward | tar -x -C DIR``), in a subprocess, skipping the sizes
after the first that takes longer than ``--baseline-budget`` seconds (the code before issue 17
was quadratic). Presidio is timed on the same texts (up to 1 MB) only if ``presidio_analyzer``
and ``presidio_anonymizer`` are importable here; otherwise the JSON says so.

Usage: python benchmarks/pii_long_text.py [--sizes 1e3,1e4,1e5,1e6,5e6] [--max-mb 50]
       [--baseline-src DIR] [--baseline-budget 120] [--no-write]
Writes benchmarks/results/pii_long_text.json. The default run takes about a minute on 2 cores;
``--max-mb 50`` adds a 50 MB text (about two minutes more).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "pii_long_text.json"
DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000, 5_000_000)


def messages() -> list[str]:
    from steward.examples.bank import BankDataConfig, generate_bank_lines

    config = BankDataConfig(n_messages=4000, seed=17, pii_rate=0.9, malformed_rate=0.0)
    lines, _ = generate_bank_lines(config)
    texts: list[str] = []
    for raw in lines:
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if isinstance(text, str) and text.strip():
            texts.append(text)
    return texts


def long_text(texts: list[str], chars: int) -> str:
    parts: list[str] = []
    total = 0
    i = 0
    while total < chars:
        parts.append(texts[i % len(texts)])
        total += len(parts[-1]) + 1
        i += 1
    return "\n".join(parts)[:chars]


def measure(sizes: list[int], budget: float) -> list[dict[str, Any]]:
    """Detect + anonymize one text per size; stop after a size that took over ``budget`` s."""
    from steward.data.pii import Analyzer
    from steward.data.pii.anonymize import Anonymizer

    texts = messages()
    analyzer = Analyzer()
    replace = Anonymizer(default="replace")
    analyzer.analyze(long_text(texts, 2_000))  # loads jieba's dictionary outside the timing
    rows: list[dict[str, Any]] = []
    for size in sizes:
        text = long_text(texts, size)
        wall, cpu = time.perf_counter(), time.process_time()
        entities = analyzer.analyze(text)
        detect_wall = time.perf_counter() - wall
        replace.anonymize(text, entities)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        rows.append(
            {
                "chars": size,
                "spans": len(entities),
                "detect_s": round(detect_wall, 3),
                "anonymize_s": round(wall - detect_wall, 3),
                "wall_s": round(wall, 3),
                "cpu_s": round(cpu, 3),
                "chars_per_s": round(size / wall),
                "chars_per_cpu_s": round(size / cpu) if cpu else None,
            }
        )
        print(
            f"  {size:>11,} chars  {len(entities):>9,} spans  detect {detect_wall:7.2f} s  "
            f"anonymize {wall - detect_wall:6.2f} s  {size / wall:>10,.0f} chars/s  "
            f"({size / cpu if cpu else 0:>10,.0f} per CPU s)",
            flush=True,
        )
        if wall > budget:
            break
    return rows


def baseline(src: Path, sizes: list[int], budget: float) -> dict[str, Any]:
    """The same measurement with another ``steward`` package, in a subprocess."""
    env = {**os.environ, "PYTHONPATH": str(src), "HF_HUB_OFFLINE": "1"}
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        "--sizes",
        ",".join(map(str, sizes)),
        "--baseline-budget",
        str(budget),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    rows = json.loads(done.stdout.splitlines()[-1])
    measured = {row["chars"] for row in rows}
    return {
        "src": str(src),
        "rows": rows,
        "not_measured": [size for size in sizes if size not in measured],
        "note": f"sizes after the first over {budget:g} s not run",
    }


def presidio(sizes: list[int]) -> dict[str, Any]:
    """Presidio (AnalyzerEngine + AnonymizerEngine, via ``pii_quality.run_presidio``) on the
    same texts, up to 1 MB (spaCy's limit), when it is installed in this environment."""
    found = [
        name
        for name in ("presidio_analyzer", "presidio_anonymizer")
        if importlib.util.find_spec(name) is not None
    ]
    if len(found) < 2:
        return {
            "compared": False,
            "note": "presidio_analyzer/presidio_anonymizer not installed in this environment "
            f"({sys.executable}); not compared",
        }
    from pii_quality import run_presidio

    texts = messages()
    rows = []
    for size in (size for size in sizes if size <= 1_000_000):
        _, chars_per_s = run_presidio(sys.executable, [long_text(texts, size)])
        rows.append({"chars": size, "chars_per_s": round(chars_per_s)})
        print(f"  presidio {size:>11,} chars  {chars_per_s:>10,.0f} chars/s", flush=True)
    return {"compared": True, "rows": rows, "note": "sizes over 1 MB exceed spaCy's max_length"}


def flatness(rows: list[dict[str, Any]], key: str) -> float | None:
    """Slowest over fastest chars/s from 100 kB on (1.0: perfectly flat)."""
    values = [row[key] for row in rows if row["chars"] >= 100_000 and row[key]]
    return round(min(values) / max(values), 3) if len(values) > 1 else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--max-mb", type=float, default=0.0, help="add a text of this many MB")
    parser.add_argument("--baseline-src", type=Path, default=None)
    parser.add_argument("--baseline-budget", type=float, default=120.0)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(float(size)) for size in args.sizes.split(",") if size.strip()]
    if args.max_mb:
        sizes.append(int(args.max_mb * 1_000_000))
    if args.worker:  # the baseline's subprocess: figures as one JSON line
        print(json.dumps(measure(sizes, args.baseline_budget)))
        return

    print("steward (this checkout):", flush=True)
    rows = measure(sizes, budget=float("inf"))
    result: dict[str, Any] = {
        "benchmark": "pii_long_text",
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_1m": round(os.getloadavg()[0], 2),
        },
        "text": "bank example messages (English and Chinese, ~90% with PII), one text per size",
        "steward": rows,
        "flatness_wall": flatness(rows, "chars_per_s"),
        "flatness_cpu": flatness(rows, "chars_per_cpu_s"),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    result["presidio"] = presidio(sizes)
    if args.baseline_src is not None:
        print(f"baseline ({args.baseline_src}):", flush=True)
        result["baseline"] = baseline(args.baseline_src, sizes, args.baseline_budget)
        for row in result["baseline"]["rows"]:
            print(f"  {row['chars']:>11,} chars  {row['chars_per_s']:>10,} chars/s", flush=True)
    print(f"flatness (slowest/fastest chars per CPU s from 100 kB): {result['flatness_cpu']}")
    print(f"presidio: {result['presidio']['note']}")
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
