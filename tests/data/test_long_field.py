"""Size tests (issue 17, item 6): one huge text never stalls a job. A 50 MB single-text JSONL
line goes to the errors file (``steward pii anonymize``) or the quarantine (``steward run``)
with its line and the reason, in well under a minute, and the other rows are processed; with
the limit raised, a text longer than the analyzer's window is anonymized exactly as whole-text
analysis would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from steward.config import PII_MAX_FIELD_CHARS, example_policy_text, load_policy
from steward.data.pii import Analyzer
from steward.data.pii.anonymize import Anonymizer
from steward.data.pii.engine import DEFAULT_WINDOW_CHARS
from steward.pipeline import Pipeline
from steward.store.artifacts import Store

pytestmark = pytest.mark.size

HUGE_CHARS = 50 * 1024 * 1024
LIMIT_SECONDS = 60
MESSAGE = (
    "Hi, I'm Maria Lopez, card 4111 1111 1111 1111, call me on 415-555-0132 or write to "
    "maria.lopez@example.com. 我叫王小明，手机13812345678。\n"
)


def _huge_text(chars: int) -> str:
    return (MESSAGE * (chars // len(MESSAGE) + 1))[:chars]


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "steward.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=5 * LIMIT_SECONDS,
    )


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_50_mb_line_is_rejected_with_its_line_by_pii_anonymize(tmp_path: Path) -> None:
    source = tmp_path / "log.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": 1, "text": "call me on 415-555-0132"}) + "\n")
        handle.write(json.dumps({"id": 2, "text": _huge_text(HUGE_CHARS)}, ensure_ascii=False))
        handle.write("\n" + json.dumps({"id": 3, "text": "write to a.b@example.com"}) + "\n")
    out = tmp_path / "out.jsonl"

    started = time.perf_counter()
    run = _cli("pii", "anonymize", source, "-o", out, "--home", tmp_path / "home")
    seconds = time.perf_counter() - started

    assert run.returncode == 0, run.stderr
    assert seconds < LIMIT_SECONDS, f"{seconds:.0f} s"
    assert [row["text"] for row in _read_jsonl(out)] == [
        "call me on <PHONE_NUMBER>",
        "write to <EMAIL_ADDRESS>",
    ]
    (error,) = _read_jsonl(tmp_path / "out.errors.jsonl")
    assert error["line"] == 2 and error["field"] == "text"
    assert f"{HUGE_CHARS:,} characters > {PII_MAX_FIELD_CHARS:,}" in error["error"]
    assert "--max-field-chars" in error["error"]
    assert f"{source}:2 field 'text': text over --max-field-chars" in run.stderr


def test_with_the_limit_raised_a_text_longer_than_a_window_is_anonymized_as_a_whole(
    tmp_path: Path,
) -> None:
    text = _huge_text(DEFAULT_WINDOW_CHARS + 60_000)  # read in two windows
    source = tmp_path / "log.jsonl"
    source.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = _cli(
        "pii", "anonymize", source, "-o", out, "--home", tmp_path / "home",
        "--max-field-chars", "0", "-w", "1",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr

    whole = Analyzer(window_chars=len(text))
    expected = Anonymizer(default="replace").anonymize(text, whole.analyze(text)).text
    (row,) = _read_jsonl(out)
    assert row["text"] == expected
    assert "4111" not in row["text"] and "<CREDIT_CARD>" in row["text"]


def test_steward_run_quarantines_a_50_mb_row_with_its_line(tmp_path: Path) -> None:
    """The data stage of ``steward run`` (ingest, clean, de-duplicate, anonymize, split, store)
    as the run calls it; training and audits come after it and never see the row."""
    rows = [
        {
            "message_id": f"m{i}",
            "text": f"message {i} about my {'lost card' if i % 2 else 'balance'}, "
            f"call 415-555-01{i:02d}",
            "intent": "card_lost" if i % 2 else "balance_inquiry",
        }
        for i in range(60)
    ]
    data = tmp_path / "rows.jsonl"
    with data.open("w", encoding="utf-8") as handle:
        for row in rows[:30]:
            handle.write(json.dumps(row) + "\n")
        huge = {"message_id": "pasted", "text": _huge_text(HUGE_CHARS), "intent": "card_lost"}
        handle.write(json.dumps(huge, ensure_ascii=False) + "\n")  # line 31
        for row in rows[30:]:
            handle.write(json.dumps(row) + "\n")
    policy = yaml.safe_load(example_policy_text())
    policy["data"].update(sources=[{"path": str(data)}], group_fields=[])
    policy["data"]["near_dedup"] = {"enabled": False}
    path = tmp_path / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    pipeline = Pipeline(load_policy(path), Store(tmp_path / ".steward"), actor="alice")
    pipeline.run_dir.mkdir(parents=True)

    started = time.perf_counter()
    splits, _ = pipeline._data_stage()
    seconds = time.perf_counter() - started

    assert seconds < LIMIT_SECONDS, f"{seconds:.0f} s"
    accounting = pipeline._accounting
    assert accounting.rows_read == 61 and accounting.balanced and accounting.kept == 60
    kept = splits.train + splits.validation + splits.test
    assert all("<PHONE_NUMBER>" in record.text for record in kept)
    quarantined = _read_jsonl(pipeline.run_dir / "quarantine.jsonl")
    (row,) = [q for q in quarantined if q["line"] == 31]
    assert row["stage"] == "ingest"
    assert row["reason"] == (
        f"field 'text' over pii.max_field_chars ({HUGE_CHARS:,} characters > "
        f"{PII_MAX_FIELD_CHARS:,})"
    )
    assert "4111" not in row["raw"] and len(row["raw"]) < 1_000  # a masked preview only
