"""`steward run` on a model that passes the gate: it is registered pending_review, the run's
summary, report and model card say it awaits a risk owner's review, nothing serves it, and
after `steward models review --approve` it is served and `ledger trace`-able to its signer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from steward.cli import app
from steward.config import example_policy_text
from steward.examples.sign_release import DEMO_REASON, sign_release

RUNNER = CliRunner()


def _policy(tmp_path: Path, tiny_model_dir: Path) -> Path:
    rows = [
        {"message_id": f"m{i}", "text": f"please help with my {topic} number {i}", "intent": intent}
        for i in range(60)
        for topic, intent in [("lost card" if i % 2 else "balance",
                               "card_lost" if i % 2 else "balance_inquiry")]
    ]  # fmt: skip
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    policy = yaml.safe_load(example_policy_text())
    policy["data"].update(sources=[{"path": str(data)}], group_fields=[])
    policy["data"]["near_dedup"] = {"enabled": False}
    policy["pii"]["enabled"] = False
    policy["train"].update(base_model=str(tiny_model_dir), epochs=1, max_length=16)
    for audit in ("robustness", "privacy", "counterfactual", "explanations"):
        policy["audit"][audit]["enabled"] = False
    # One blocking rule the run meets and one warning it may miss: warnings never block.
    policy["gate"]["rules"] = [
        {"name": "data-quality", "metric": "quarantine_rate", "max": 0.5},
        {"name": "quality-hint", "metric": "macro_f1", "min": 0.99, "severity": "warn"},
    ]
    path = tmp_path / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    return path


def test_a_run_that_passes_the_gate_awaits_the_risk_owners_review(
    tiny_model_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    policy, home = _policy(tmp_path, tiny_model_dir), tmp_path / ".steward"
    args = ["--home", str(home)]
    as_alice = {"STEWARD_ACTOR": "alice"}

    ran = RUNNER.invoke(app, ["run", str(policy), *args], env=as_alice)
    assert ran.exit_code == 0, ran.output
    assert "bank-intents:1 → pending_review" in ran.output
    assert "not served until a risk owner signs it off" in ran.output
    assert "steward models review bank-intents:1 --approve" in ran.output
    run_dir = next((home / "runs").iterdir())
    card = (run_dir / "MODEL_CARD.md").read_text("utf-8")
    assert "registry status **pending_review** — passed the gate; not served until" in card
    assert "not served until a risk owner" in (run_dir / "report.html").read_text("utf-8")

    refused = RUNNER.invoke(app, ["predict", "bank-intents", "I lost my card", *args])
    assert refused.exit_code == 2 and "model is pending_review" in refused.output

    review = ["models", "review", "bank-intents", "--policy", str(policy), *args]
    by_developer = RUNNER.invoke(app, [*review, "--approve", "--reason", "mine"], env=as_alice)
    assert by_developer.exit_code == 2 and "'alice' may not approve" in by_developer.output
    # `make demo`'s sign-off step: the policy's risk owner, through the same command, said.
    monkeypatch.setenv("STEWARD_HOME", str(home))
    assert sign_release(policy) == 0
    said = capsys.readouterr().out
    assert (
        "signing the release as the risk owner carol: STEWARD_ACTOR=carol steward models "
        "review bank-intents:1 --approve"
    ) in said
    assert "bank-intents:1: pending_review → approved by carol" in said
    assert sign_release(policy) == 0  # nothing left to sign
    assert "bank-intents:1 is approved: no release to sign" in capsys.readouterr().out

    served = RUNNER.invoke(app, ["predict", "bank-intents", "I lost my card", *args])
    assert served.exit_code == 0, served.output
    shown = json.loads(RUNNER.invoke(app, ["ledger", "show", "--json", *args]).output)
    (reviewed,) = [e for e in shown if e["action"] == "model.reviewed"]
    assert (reviewed["actor"], reviewed["outcome"]) == ("carol", "approved")
    assert reviewed["details"]["reason"] == DEMO_REASON
    registered = next(e for e in shown if e["action"] == "model.registered")
    assert registered["outcome"] == "pending_review"
    assert RUNNER.invoke(app, ["ledger", "verify", *args]).exit_code == 0
