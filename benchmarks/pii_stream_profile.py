"""Where the ``steward pii anonymize`` stream spends its CPU: seconds per MB of input by stage.

One process (the work each pool worker does, without the pool) anonymizes a generated sample of
the bank demo's conversation log (``--mb``, default 5) after a 1 MB warm-up, with CPU time
(``time.process_time``, so a machine loaded by other work moves it little) added up per stage:
JSONL parsing, language detection, each recognizer's trigger scan and its analysis, context
scoring, the Chinese and English tagger combinations, name-span refinement, the anonymizing
operator and the JSON encoding. Stages nest under ``process_batch`` (detection + anonymization
of a chunk); ``memo`` reports how many texts were answered from the detection memo.

Usage: python benchmarks/pii_stream_profile.py [--mb 5] [--chunk-mb 1] [--tmp DIR]
Writes benchmarks/results/pii_stream_profile.json.
"""

from __future__ import annotations

import argparse
import functools
import json
import platform
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pii_speed import write_bank_jsonl  # noqa: E402

import steward.data.pii.engine as engine  # noqa: E402
import steward.data.stream as stream  # noqa: E402
from steward.data.pii.cli import AnonymizeTask, DetectionMemo  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "pii_stream_profile.json"
CPU: Counter[str] = Counter()


def timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[stage] += time.process_time() - started

    return run


def instrument() -> None:
    """Wrap the stream's and the engine's stages (module functions, and each recognizer and
    the anonymizer once a task sets them up) with CPU timers."""
    stream._parse_jsonl = timed("parse JSONL", stream._parse_jsonl)  # type: ignore[assignment]
    stream._encode = timed("encode JSON", stream._encode)  # type: ignore[assignment]
    engine.detect_language = timed("detect language", engine.detect_language)  # type: ignore[assignment]
    engine.combine_with_en_tagger = timed("en tagger + combine", engine.combine_with_en_tagger)  # type: ignore[assignment]
    engine.refine_person_spans = timed("refine person spans", engine.refine_person_spans)  # type: ignore[assignment]
    engine._combine_with_tagger = timed("zh tagger combine", engine._combine_with_tagger)  # type: ignore[assignment]
    engine.Analyzer._keep = timed("context + thresholds", engine.Analyzer._keep)  # type: ignore[method-assign]
    engine.Analyzer._phone_siblings = timed("phone siblings", engine.Analyzer._phone_siblings)  # type: ignore[method-assign]
    engine.resolve_overlaps = timed("resolve overlaps", engine.resolve_overlaps)  # type: ignore[assignment]
    hits = engine._TriggerIndex.hits

    def trigger_hits(index: Any, trigger: Any) -> list[int]:
        started = time.process_time()
        try:
            return hits(index, trigger)
        finally:
            CPU["trigger scans"] += time.process_time() - started

    engine._TriggerIndex.hits = trigger_hits  # type: ignore[method-assign]
    setup = AnonymizeTask.setup

    def timed_setup(task: AnonymizeTask) -> None:
        setup(task)
        memo = task._detect.__self__  # type: ignore[union-attr]
        analyzer = memo._detect.__self__ if isinstance(memo, DetectionMemo) else memo
        for recognizer in analyzer.recognizers:
            name = f"recognizer {recognizer.name}"
            recognizer.analyze_batch = timed(name, recognizer.analyze_batch)  # type: ignore[method-assign]
        task._anonymizer.anonymize = timed("anonymize operator", task._anonymizer.anonymize)

    AnonymizeTask.setup = timed_setup  # type: ignore[method-assign]
    AnonymizeTask.process_batch = timed("process_batch", AnonymizeTask.process_batch)  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--chunk-mb", type=float, default=1.0)
    parser.add_argument("--tmp", type=Path, default=None)
    args = parser.parse_args()
    instrument()
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        warm, sample = Path(tmp) / "warm.jsonl", Path(tmp) / "sample.jsonl"
        write_bank_jsonl(warm, 1_000_000)
        size = write_bank_jsonl(sample, int(args.mb * 1e6))
        task = AnonymizeTask("text")
        stream.process_file(warm, Path(tmp) / "warm_out.jsonl", task, workers=1)
        CPU.clear()
        started = time.process_time()
        stream.process_file(
            sample,
            Path(tmp) / "out.jsonl",
            task,
            workers=1,
            chunk_bytes=int(args.chunk_mb * (1 << 20)),
        )
        total = time.process_time() - started
    memo = task._detect.__self__  # type: ignore[union-attr]
    mb = size / 1e6
    stages = {"total": total, **dict(CPU.most_common())}
    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "input_mb": round(mb, 2),
        "cpu_seconds_per_mb": {name: round(seconds / mb, 4) for name, seconds in stages.items()},
        "memo": {"hits": getattr(memo, "hits", None), "misses": getattr(memo, "misses", None)},
        "note": "one process; stages nest under process_batch; CPU time, not wall time",
    }
    for name, seconds in stages.items():
        print(f"{name:40s} {seconds:7.2f} s CPU  {seconds / mb:.4f} s/MB")
    print(f"memo: {result['memo']}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
