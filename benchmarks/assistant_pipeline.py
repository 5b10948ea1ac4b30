"""End-to-end figures of `steward run examples/assistant/steward.yaml`: stage wall times, the
fine-tuning time, each generation audit's wall time and result, and the gate's decision.

The policy is the bundled one with its relative paths (documents, questions, shared data)
made absolute; the data file is written fresh into a temporary folder, and the store is
temporary too. ``--dp`` turns DP-SGD on for the adapters.

Usage: python benchmarks/assistant_pipeline.py [--messages 6000] [--dp] [--device auto]
Writes benchmarks/results/assistant_pipeline.json (``assistant_pipeline_dp.json`` with --dp).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console

from steward.assistant.pipeline import AssistantPipeline
from steward.config import load_policy
from steward.examples.bank import BankDataConfig, write_bank_conversations
from steward.examples.starter import write_example
from steward.store.artifacts import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


def _absolute(policy: dict[str, Any], example: Path) -> dict[str, Any]:
    """The example's relative paths, resolved against its folder."""

    def fix(section: dict[str, Any], key: str) -> None:
        if section.get(key):
            section[key] = str((example / section[key]).resolve())

    assistant = policy["assistant"]
    fix(assistant["knowledge"], "documents")
    fix(assistant["knowledge"], "questions")
    for audit in assistant["audit"].values():
        if isinstance(audit, dict):
            fix(audit, "path")
    fix(policy["guards"]["prompt_injection"], "train_data")
    return policy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=6000)
    parser.add_argument("--dp", action="store_true", help="DP-SGD on the adapters")
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = work / "dialogues.jsonl"
        write_bank_conversations(data, BankDataConfig(n_messages=args.messages), replies=True)
        # the example as `steward init --example assistant` writes it
        example = write_example(
            work / "example" / "steward.yaml", "assistant", shared_data=SHARED_DATA
        ).policy
        policy = yaml.safe_load(example.read_text("utf-8"))
        policy["data"]["sources"] = [{"path": str(data)}]
        policy["guards"]["prompt_injection"]["benign"] = [str(data)]
        policy["assistant"]["train"]["device"] = args.device
        policy["assistant"]["train"]["privacy"]["enabled"] = args.dp
        path = work / "steward.yaml"
        absolute = _absolute(policy, example.parent)
        path.write_text(yaml.safe_dump(absolute, allow_unicode=True), "utf-8")
        started = time.perf_counter()
        summary = AssistantPipeline(
            load_policy(path), Store(work / ".steward"), actor="benchmark",
            console=Console(stderr=True),
        ).run()  # fmt: skip
        total = time.perf_counter() - started

    training = summary.training
    result = {
        "benchmark": "assistant_pipeline",
        "machine": {
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
            "device": training["device"],
        },
        "messages": args.messages,
        "rows": summary.accounting.to_dict(),
        "stage_seconds": summary.stage_seconds,
        "total_seconds": round(total, 2),
        "training": {k: v for k, v in training.items() if not k.endswith("_dir")},
        "audit_seconds": {name: audit.seconds for name, audit in summary.audits.items()},
        "audit_status": {name: audit.status for name, audit in summary.audits.items()},
        "metrics": summary.metrics(),
        "gate": summary.gate.to_dict(),
        "model_status": summary.model.status,
    }
    name = "assistant_pipeline_dp.json" if args.dp else "assistant_pipeline.json"
    out = ROOT / "benchmarks" / "results" / name
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("stage_seconds", "audit_seconds", "metrics")},
                     indent=2))  # fmt: skip
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
