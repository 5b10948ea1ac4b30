"""Retention at ingest: rows older than the policy's period are quarantined, with the reason,
and still counted (rows in = kept + quarantined + duplicates)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import yaml

from steward.config import example_policy_text, load_policy
from steward.pipeline import Pipeline
from steward.store.artifacts import Store


def test_expired_rows_are_quarantined_at_ingest(tiny_model_dir: Path, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    rows = []
    for i in range(60):
        age = timedelta(days=400 if i % 3 == 0 else 10)  # every third row is past retention
        stamp = (now - age).isoformat() if i != 1 else "not a date"
        label = "card_lost" if i % 2 else "balance_inquiry"
        text = f"message {i} about my {'lost card' if i % 2 else 'balance'} number {i * 7}"
        rows.append({"message_id": f"m{i}", "timestamp": stamp, "text": text, "intent": label})
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    policy = yaml.safe_load(example_policy_text())
    policy["data"].update(sources=[{"path": str(data)}], group_fields=[], retention={"days": 365})
    policy["data"]["near_dedup"] = {"enabled": False}
    policy["pii"]["enabled"] = False
    policy["train"].update(base_model=str(tiny_model_dir), epochs=1, max_length=16)
    path = tmp_path / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")

    summary = Pipeline(load_policy(path), Store(tmp_path / ".steward"), actor="alice").run()
    accounting = summary.accounting
    assert accounting.rows_read == 60 and accounting.balanced
    assert accounting.quarantined == 20  # rows 0, 3, …, 57; row 1's bad date is kept
    quarantined = [
        json.loads(line)
        for line in (summary.run_dir / "quarantine.jsonl").read_text("utf-8").splitlines()
    ]
    assert {q["stage"] for q in quarantined} == {"retention"}
    assert sorted(q["line"] for q in quarantined) == list(range(1, 61, 3))
    assert "365" in quarantined[0]["reason"]
