"""Monitoring from the ledger trail: intent rates, confidence, block rates, drift (PSI)
against the training split of the model's governed data set; breaches open incidents."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steward.accountability.incidents import Incidents
from steward.accountability.ledger import Ledger
from steward.accountability.monitoring import (
    DriftMonitor,
    length_bin,
    monitor_report,
    psi,
    training_reference,
)
from steward.cli import app
from steward.config import load_policy
from steward.registry.models import Registry
from steward.store.artifacts import Store
from tests.conftest import write_policy


def test_psi_is_zero_for_the_same_mix_and_grows_with_shift() -> None:
    reference = {"a": 0.5, "b": 0.5}
    assert psi(Counter({"a": 50, "b": 50}), reference) == pytest.approx(0.0, abs=1e-9)
    small = psi(Counter({"a": 60, "b": 40}), reference)
    large = psi(Counter({"a": 95, "b": 5}), reference)
    assert small is not None and large is not None and 0 < small < 0.1 < large
    assert psi(Counter(), reference) is None
    assert length_bin(0) == "0" and length_bin(75) == "60" and length_bin(5000) == "1000"


def _setup(tmp_path: Path) -> tuple[Store, Path, str]:
    store = Store(tmp_path / ".steward")
    governed = tmp_path / "governed.jsonl"
    rows = (
        [{"text": "x" * 50, "label": "balance", "split": "train"}] * 50
        + [{"text": "y" * 90, "label": "card_lost", "split": "train"}] * 50
        + [{"text": "z" * 500, "label": "fraud", "split": "test"}] * 30
    )
    governed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    dataset = store.put(governed, kind="dataset")
    weights = tmp_path / "model"
    weights.mkdir()
    (weights / "model.safetensors").write_bytes(b"w")
    model = store.put(weights, kind="model", parents=[dataset.sha256])
    Registry(store).register(name="intents", artifact_sha256=model.sha256, weights_sha256="0" * 64,
                             status="approved", run_id=None, metrics={}, gate={})  # fmt: skip
    policy = write_policy(
        tmp_path,
        "mon",
        serve={"model": "intents"},
        monitor={"min_requests": 10, "max_block_rate": 0.2},
        roles={"assignments": {"developer": ["alice"], "operator": ["oscar"]}},
    )
    return store, policy, model.sha256


def _traffic(store: Store, intents: list[tuple[str, int]], blocked: int) -> None:
    results = [
        {"blocked": False, "label": label, "confidence": 0.9, "chars": chars,
         "language": "zh" if label == "fraud" else "en", "guard_actions": {"pii": "allow"}}
        for label, chars in intents
    ] + [{"blocked": True, "guard_actions": {"prompt_injection": "block"}}] * blocked  # fmt: skip
    Ledger(store).append_many(
        [
            {
                "actor": "key:k",
                "action": "gateway.decision",
                "subject": f"r{i}",
                "details": {"route": "/v1/classify", "model": "intents:1", "results": [result]},
            }
            for i, result in enumerate(results)
        ]
    )


def test_training_reference_and_drift_monitor(tmp_path: Path) -> None:
    store, policy, model_sha = _setup(tmp_path)
    reference = training_reference(store, model_sha, load_policy(policy))
    assert reference["intents"] == {"balance": 0.5, "card_lost": 0.5}  # test split left out
    monitor = DriftMonitor(reference)
    for _ in range(10):
        monitor.observe("balance", 50)
        monitor.observe("card_lost", 90)
    assert monitor.snapshot()["prediction_psi"] == pytest.approx(0.0, abs=1e-9)
    monitor.observe("fraud", 500)
    assert monitor.snapshot()["prediction_psi"] > 0


def test_report_finds_drift_and_blocks_and_opens_incidents(tmp_path: Path) -> None:
    store, policy, model_sha = _setup(tmp_path)
    loaded = load_policy(policy)
    reference = training_reference(store, model_sha, loaded)
    _traffic(store, [("balance", 50), ("card_lost", 90)] * 10, blocked=1)
    calm = monitor_report(store, loaded, reference=reference)
    assert calm["judged"] and calm["breaches"] == []
    assert calm["prediction_psi"] == pytest.approx(0.0, abs=1e-6)
    _traffic(store, [("fraud", 500)] * 40, blocked=30)
    shifted = monitor_report(store, loaded, reference=reference)
    metrics = {b["metric"] for b in shifted["breaches"]}
    assert {"prediction_psi", "length_psi", "block_rate"} <= metrics
    assert shifted["intent_rates_by_language"]["zh"] == {"fraud": 1.0}
    assert shifted["blocks_by_guard"] == {"prompt_injection": 31}
    result = CliRunner().invoke(
        app, ["monitor", "report", "--policy", str(policy), "--home", str(store.home)]
    )
    assert result.exit_code == 0, result.output
    assert "BREACH prediction_psi" in result.output and "incidents opened" in result.output
    opened = Incidents(store, loaded.policy).list()
    assert {i.source for i in opened} == {"monitor"}
    assert {i.responsible_role for i in opened} == {"developer", "operator"}
