"""End-to-end figures of `steward run` on the bundled example: stage wall times, rows per
second through data governance, training seconds per epoch, test macro-F1 and group gaps.

Usage: python benchmarks/demo_pipeline.py [--messages 6000] [--epochs N]
Writes benchmarks/results/demo_pipeline.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

import yaml

from steward.config import load_policy
from steward.examples.bank import BankDataConfig, write_bank_conversations
from steward.pipeline import Pipeline
from steward.store.artifacts import Store

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=6000)
    parser.add_argument("--epochs", type=int, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_bank_conversations(
            work / "data" / "conversations.jsonl", BankDataConfig(n_messages=args.messages)
        )
        policy = yaml.safe_load((ROOT / "examples" / "bank" / "steward.yaml").read_text("utf-8"))
        if args.epochs:
            policy["train"]["epochs"] = args.epochs
        (work / "steward.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), "utf-8")
        started = time.perf_counter()
        summary = Pipeline(
            load_policy(work / "steward.yaml"), Store(work / ".steward"), actor="benchmark"
        ).run()
        total = time.perf_counter() - started

    training = summary.training
    result = {
        "benchmark": "demo_pipeline",
        "machine": {
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
            "device": training.device,
        },
        "messages": args.messages,
        "rows": summary.accounting.to_dict(),
        "stage_seconds": summary.stage_seconds,
        "total_seconds": round(total, 2),
        "data_rows_per_second": round(
            summary.accounting.rows_read / max(summary.stage_seconds.get("data", 1e-9), 1e-9)
        ),
        "train_rows": training.train_rows,
        "epoch_seconds": [epoch.seconds for epoch in training.history],
        "test_accuracy": summary.performance.accuracy,
        "test_macro_f1": summary.performance.macro_f1,
        "group_gaps": {c.column: c.difference for c in summary.fairness.columns},
        "gate_passed": summary.gate.passed,
    }
    out = ROOT / "benchmarks" / "results" / "demo_pipeline.json"
    out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
