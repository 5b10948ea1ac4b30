"""The newcomer's path: in an empty folder, `steward init`, `steward demo-data` and
`steward run steward.yaml` with the defaults give a report, a model card and a ledger that
verifies; `steward init --example assistant` writes a policy that loads with its documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from steward.config import load_policy

ROOT = Path(__file__).resolve().parents[2]


def steward(folder: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STEWARD_")}
    env.update(PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", COLUMNS="200")
    done = subprocess.run(
        [sys.executable, "-m", "steward.cli", *args],
        cwd=folder, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert done.returncode == 0, f"steward {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done


def test_init_demo_data_run_in_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    said = steward(folder, "init").stdout
    assert "steward demo-data" in said and "steward run steward.yaml" in said
    # a smaller log than the default 6,000 lines keeps the test short (the run trains MiniLM);
    # nothing else changes, and 200 rows still reach every stage, audit and gate rule
    steward(folder, "demo-data", "--messages", "200")
    assert (folder / "data" / "conversations.jsonl").is_file()
    run = steward(folder, "run", "steward.yaml", "--json")
    summary = json.loads(run.stdout)

    runs = list((folder / ".steward" / "runs").iterdir())
    assert len(runs) == 1, "the store is created in the project folder"
    run_dir = runs[0]
    report = (run_dir / "report.html").read_text(encoding="utf-8")
    card = (run_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "bank-intents" in report and "bank-intents" in card
    assert "macro" in report.lower() and "gate" in card.lower()
    audit = json.loads((run_dir / "audit.json").read_text(encoding="utf-8"))
    assert audit["metrics"]["macro_f1"] == pytest.approx(summary["metrics"]["macro_f1"])
    counts = summary["accounting"]
    assert counts["rows_read"] == 200
    assert counts["rows_read"] == counts["kept"] + counts["quarantined"] + counts["duplicates"]

    steward(folder, "ledger", "verify")  # exits 1 naming the first bad entry otherwise
    entries = steward(folder, "ledger", "show", "--limit", "1000", "--json").stdout
    actions = {entry["action"] for entry in json.loads(entries)}
    assert {"run.started", "gate.decided"} <= actions


def test_init_assistant_example_in_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "assistant"
    folder.mkdir()
    shared = ROOT.parent / "shared" / "data"
    said = steward(folder, "init", "--example", "assistant", "--shared-data", str(shared)).stdout
    assert "steward demo-data --replies" in said
    for written in ("steward.yaml", "knowledge/cards.md", "knowledge/cards.zh.md"):
        assert (folder / written).is_file(), written
    assert (folder / "questions.jsonl").is_file()
    steward(folder, "demo-data", "--replies", "--messages", "50")
    assert (folder / "data" / "dialogues.jsonl").is_file()

    loaded = load_policy(folder / "steward.yaml")
    assistant = loaded.policy.assistant
    assert assistant is not None
    assert loaded.resolve(assistant.knowledge.documents) == (folder / "knowledge").resolve()
    bbq = assistant.audit.bbq.path
    assert bbq is not None and loaded.resolve(bbq) == (shared / "bbq").resolve()

    # a second init refuses to overwrite, naming the file
    refused = subprocess.run(
        [sys.executable, "-m", "steward.cli", "init", "--example", "assistant"],
        cwd=folder, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
    )  # fmt: skip
    assert refused.returncode != 0 and "steward.yaml" in refused.stdout + refused.stderr
