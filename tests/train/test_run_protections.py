"""The policy switches for DP, adversarial training and mitigation work through `steward run`,
and what was applied lands in the model's lineage (tiny model, small data, audits trimmed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from steward.cli import app
from steward.config import example_policy_text
from steward.examples.bank import BankDataConfig, write_bank_conversations

pytestmark = pytest.mark.slow


def _run(root: Path, tiny_model_dir: Path, train: dict[str, Any]) -> tuple[dict, dict]:
    write_bank_conversations(
        root / "data" / "conversations.jsonl", BankDataConfig(n_messages=150, seed=3)
    )
    policy = yaml.safe_load(example_policy_text())
    policy["train"].update(
        base_model=str(tiny_model_dir), epochs=1, batch_size=16, learning_rate=1e-3,
        max_length=24, extend_vocab=False, **train,
    )  # fmt: skip
    for section in ("robustness", "privacy", "counterfactual", "explanations"):
        policy["audit"][section]["enabled"] = False
    policy["audit"]["performance"] = {"n_boot": 0}
    policy["roles"]["assignments"]["developer"].append("train-tester")
    path = root / "steward.yaml"
    path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    home = root / ".steward"
    env = {"STEWARD_ACTOR": "train-tester"}
    result = CliRunner().invoke(app, ["run", str(path), "--home", str(home), "--json"], env=env)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    ref = f"{summary['model']['name']}:{summary['model']['version']}"
    shown = CliRunner().invoke(app, ["models", "show", ref, "--home", str(home)], env=env)
    assert shown.exit_code == 0, shown.output
    return summary, json.loads(shown.output)


def _model_meta(shown: dict) -> dict[str, Any]:
    (model,) = [record for record in shown["lineage"] if record["kind"] == "model"]
    return dict(model["meta"])


@pytest.mark.parametrize("trainable", ["all", "head"])
def test_dp_switch_records_epsilon_in_lineage(
    tiny_model_dir: Path, tmp_path: Path, trainable: str
) -> None:
    privacy = {"enabled": True, "trainable": trainable}
    summary, shown = _run(tmp_path, tiny_model_dir, {"privacy": privacy})
    training = summary["training"]
    assert training["privacy"]["target_epsilon"] == 8.0
    assert 0 < training["epsilon_spent"] <= 8.0
    # the gate can rule on the spent epsilon
    assert summary["metrics"]["dp_epsilon"] == pytest.approx(training["epsilon_spent"], abs=1e-6)
    card = (Path(summary["run_dir"]) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"ε spent {training['privacy']['epsilon_spent']}" in card
    assert "Protections applied: differential privacy." in card
    assert ("Only the classification head" in card) == (trainable == "head")
    assert "The guarantee covers the training\n  rows" in card
    meta = _model_meta(shown)
    assert meta["epsilon_spent"] == training["epsilon_spent"]
    assert [p["kind"] for p in meta["protections"]] == ["differential_privacy"]
    assert meta["seed"] == 13 and meta["hyperparameters"]["privacy"]["enabled"] is True
    assert meta["hyperparameters"]["privacy"]["trainable"] == trainable


def test_mitigation_and_adversarial_switches_record_protections(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    train = {
        "adversarial": {"method": "fgm", "epsilon": 0.5},
        "mitigation": {"reweighting": True, "counterfactual_augmentation": True,
                       "group_loss_penalty": 0.1},
    }  # fmt: skip
    summary, shown = _run(tmp_path, tiny_model_dir, train)
    assert "dp_epsilon" not in summary["metrics"]  # no DP: a rule on it is "not measured"
    meta = _model_meta(shown)
    kinds = [p["kind"] for p in meta["protections"]]
    assert kinds == [
        "counterfactual_augmentation", "reweighting", "group_loss_penalty", "adversarial_training",
    ]  # fmt: skip
    reweighting = meta["protections"][1]
    assert reweighting["group_fields"] == ["age_band", "gender", "language", "region"]
    assert meta["epsilon_spent"] is None
    card = (Path(summary["run_dir"]) / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "Protections applied: counterfactual augmentation, reweighting," in card
