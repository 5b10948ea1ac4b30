"""`steward gate` on a real store: exit codes, promotion to review only on a pass, waivers by
role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import example_policy_text
from steward.registry.models import Registry
from steward.store.artifacts import Store

METRICS = {"accuracy": 0.97, "macro_f1": 0.96, "max_group_accuracy_gap": 0.24,
           "max_group_accuracy_gap_upper": 0.31, "min_group_accuracy": 0.76,
           "quarantine_rate": 0.03, "counterfactual_flip_rate": 0.0,
           "counterfactual_flip_rate_upper": 0.079,
           "accuracy_under_attack": 0.61, "mia_auc": 0.51}  # fmt: skip


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Store, Path]:
    store = Store(tmp_path / ".steward")
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "model.safetensors").write_bytes(b"weights")
    artifact = store.put(model_dir, kind="model")
    Registry(store).register(
        name="bank-intents", artifact_sha256=artifact.sha256, weights_sha256="0" * 64,
        status="candidate", run_id=None, metrics=METRICS, gate={},
    )  # fmt: skip
    policy = yaml.safe_load(example_policy_text())
    path = tmp_path / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    return store, path


def _gate(store: Store, policy: Path, *extra: str, actor: str = "alice") -> object:
    args = ["gate", "bank-intents", "--policy", str(policy), "--home", str(store.home), *extra]
    return CliRunner().invoke(app, args, env={"STEWARD_ACTOR": actor})


def _status(store: Store) -> str:
    return Registry(store).get("bank-intents").status


def test_failing_rule_exits_1_and_keeps_candidate(setup: tuple[Store, Path]) -> None:
    store, policy = setup
    result = _gate(store, policy, "--json")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    report = json.loads(result.output)  # type: ignore[attr-defined]
    failing = [v for v in report["verdicts"] if not v["passed"]]
    assert [v["name"] for v in failing] == ["group-accuracy-gap"]
    assert failing[0]["value"] == 0.24 and failing[0]["max"] == 0.15
    assert _status(store) == "candidate"
    (entry,) = Ledger(store).entries(action="gate.decided")
    assert (entry.actor, entry.outcome) == ("alice", "failed")


def test_waiver_needs_risk_owner_and_reason(setup: tuple[Store, Path]) -> None:
    store, policy = setup
    no_role = _gate(store, policy, "--waive", "group-accuracy-gap", "--reason", "pilot")
    assert no_role.exit_code == 2  # type: ignore[attr-defined]
    assert "'alice' may not waive" in no_role.output  # type: ignore[attr-defined]
    no_reason = _gate(store, policy, "--waive", "group-accuracy-gap", actor="carol")
    assert no_reason.exit_code == 2  # type: ignore[attr-defined]
    assert "needs a written reason" in no_reason.output  # type: ignore[attr-defined]
    unknown = _gate(store, policy, "--waive", "nope", "--reason", "x", actor="carol")
    assert "no gate rule named 'nope'" in unknown.output  # type: ignore[attr-defined]
    assert _status(store) == "candidate"
    assert Ledger(store).entries(action="gate.waived") == []


def test_waiver_by_risk_owner_promotes_and_is_recorded(setup: tuple[Store, Path]) -> None:
    store, policy = setup
    reason = "65+ gap accepted for a 4-week pilot with human review of their chats"
    result = _gate(store, policy, "--waive", "group-accuracy-gap", "--reason", reason,
                   actor="carol")  # fmt: skip
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    assert "WAIVED by carol" in result.output  # type: ignore[attr-defined]
    # Passing (with the waiver) readies the model for a person's sign-off, no more.
    assert _status(store) == "pending_review"
    assert "awaits a risk owner's review" in result.output  # type: ignore[attr-defined]
    (waived,) = Ledger(store).entries(action="gate.waived")
    assert (waived.actor, waived.details["reason"]) == ("carol", reason)
    (decided,) = Ledger(store).entries(action="gate.decided")
    assert decided.details["promoted"] is True and decided.details["waived"] == [
        "group-accuracy-gap"
    ]
    assert Ledger(store).verify().ok


def test_passing_policy_promotes_and_unmeasured_metric_fails(
    setup: tuple[Store, Path], tmp_path: Path
) -> None:
    store, policy_path = setup
    policy = yaml.safe_load(policy_path.read_text(encoding="utf-8"))
    policy["gate"]["rules"] = [{"name": "quality", "metric": "macro_f1", "min": 0.9}]
    policy_path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    assert _gate(store, policy_path).exit_code == 0  # type: ignore[attr-defined]
    assert _status(store) == "pending_review"

    policy["gate"]["rules"].append({"name": "dp", "metric": "dp_epsilon", "max": 8})
    policy_path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    result = _gate(store, policy_path)
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert "not measured" in result.output  # type: ignore[attr-defined]
