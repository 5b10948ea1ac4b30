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
    from steward.config import load_policy
    from steward.examples.bank import BankDataConfig, generate_bank_lines
    from steward.serve.guards.build import train_injection_model
    from steward.store.artifacts import Store

    benign = folder / "bank.jsonl"
    lines, _ = generate_bank_lines(BankDataConfig(**BANK_MESSAGES))
    benign.write_bytes(b"".join(line.rstrip(b"\n") + b"\n" for line in lines))
    policy = write_policy(
        folder,
        "bank-injection",
        guards={"prompt_injection": {"train_data": str(data), "benign": [str(benign)]}},
    )
    return train_injection_model(load_policy(policy), Store(folder / ".steward"))


@pytest.fixture(scope="session")
def bank_injection_model(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[InjectionClassifier, dict[str, Any]]:
    """``train_injection_model`` on the bank's configuration and its metrics. Training takes
    a minute and several test files need the same model, so the first xdist worker to ask
    trains it and saves it in the run's shared temp dir; the other loads it from there."""
    from filelock import FileLock

    data = shared_data_or_skip("prompt_injection")
    base = tmp_path_factory.getbasetemp()
    # under xdist each worker's base temp is a folder of the run's own: share that one
    run_temp = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    shared = run_temp / "bank-injection-model"
    shared.mkdir(exist_ok=True)
    model_path, metrics_path = shared / "model.joblib", shared / "metrics.json"
    with FileLock(str(shared / "lock")):
        if metrics_path.is_file():
            metrics: dict[str, Any] = json.loads(metrics_path.read_text(encoding="utf-8"))
            return InjectionClassifier.load(model_path), metrics
        model, metrics = _train(shared, data)
        model.save(model_path)
        metrics_path.write_text(json.dumps(metrics), encoding="utf-8")  # written last: complete
        return model, metrics
