"""The prompt-injection guard trained as the bank trains it, once per test run."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from steward.serve.guards.injection import InjectionClassifier
from tests.conftest import shared_data_or_skip, write_policy

# One training configuration: the public labelled set, 3,000 of the bank's messages as the
# benign ones, and the generated texts `steward guard train` adds.
BANK_MESSAGES = {"n_messages": 3000, "seed": 101, "malformed_rate": 0}


def _train(folder: Path, data: Path) -> tuple[InjectionClassifier, dict[str, Any]]:
    """Train through the command the bank runs (``steward guard train --json``), into a store
    in ``folder``; tests/serve/test_guards.py checks that command's output and the chain it
    builds from this store."""
    from typer.testing import CliRunner

    from steward.cli import app
    from steward.examples.bank import BankDataConfig, generate_bank_lines
    from steward.store.artifacts import Store

    benign = folder / "bank.jsonl"
    lines, _ = generate_bank_lines(BankDataConfig(**BANK_MESSAGES))
    benign.write_bytes(b"".join(line.rstrip(b"\n") + b"\n" for line in lines))
    policy = write_policy(
        folder,
        "bank-injection",
        guards={"prompt_injection": {"train_data": str(data), "benign": [str(benign)]}},
    )
    home = folder / ".steward"
    command = ["guard", "train", str(policy), "--home", str(home), "--json"]
    trained = CliRunner().invoke(app, command)
    assert trained.exit_code == 0, trained.output
    metrics: dict[str, Any] = json.loads(trained.output)
    model_path = Store(home).materialize(metrics["sha256"], folder / "trained.joblib")
    return InjectionClassifier.load(model_path), metrics


def _shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    # under xdist each worker's base temp is a folder of the run's own: share that one
    run_temp = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    shared = run_temp / "bank-injection-model"
    shared.mkdir(exist_ok=True)
    return shared


@pytest.fixture(scope="session")
def bank_injection_model(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[InjectionClassifier, dict[str, Any]]:
    """``steward guard train`` on the bank's configuration: the model and the metrics it
    printed. Training takes a minute and several test files need the same model, so the
    first xdist worker to ask trains it in the run's shared temp dir; the other loads it."""
    from filelock import FileLock

    data = shared_data_or_skip("prompt_injection")
    shared = _shared_folder(tmp_path_factory)
    model_path, metrics_path = shared / "model.joblib", shared / "metrics.json"
    with FileLock(str(shared / "lock")):
        if metrics_path.is_file():
            metrics: dict[str, Any] = json.loads(metrics_path.read_text(encoding="utf-8"))
            return InjectionClassifier.load(model_path), metrics
        model, metrics = _train(shared, data)
        model.save(model_path)
        metrics_path.write_text(json.dumps(metrics), encoding="utf-8")  # written last: complete
        return model, metrics


@pytest.fixture(scope="session")
def bank_injection_folder(
    bank_injection_model: tuple[InjectionClassifier, dict[str, Any]],
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    """The folder the bank's injection model was trained in: its ``steward.yaml`` and its
    store (``.steward``), as ``steward guard train`` left them."""
    return _shared_folder(tmp_path_factory)
