"""Incidents through their life (open, root cause, resolve, each in the ledger) and a model
rollback, from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from steward.accountability.incidents import Incidents
from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import load_policy
from steward.errors import StewardError
from steward.registry.models import Registry
from steward.store.artifacts import Store
from tests.conftest import write_policy


@pytest.fixture
def store(any_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


def _policy(tmp_path: Path) -> Path:
    roles = {"developer": ["alice"], "operator": ["oscar"], "risk_owner": ["carol"]}
    return write_policy(tmp_path, "inc", roles={"assignments": roles})


def test_incident_lifecycle_is_assigned_and_recorded(store: Store, tmp_path: Path) -> None:
    incidents = Incidents(store, load_policy(_policy(tmp_path)).policy)
    opened = incidents.open(
        title="wrong intent for refunds", severity="high", source="manual", category="model",
        actor="oscar", model_ref="intents:2",
    )  # fmt: skip
    assert opened.responsible_role == "developer" and opened.assignee == "alice"
    guard = incidents.open(title="false block", severity="low", source="manual",
                           category="guard", actor="oscar")  # fmt: skip
    assert guard.responsible_role == "operator" and guard.assignee == "oscar"
    with pytest.raises(StewardError, match="root cause first"):
        incidents.resolve(opened.id, "retrain", "", actor="alice")
    incidents.root_cause(opened.id, "refund messages missing from training data", actor="alice")
    done = incidents.resolve(opened.id, "retrain", "added 300 refund messages", actor="alice")
    assert done.status == "resolved" and done.resolution == "retrain" and done.resolved_at
    with pytest.raises(StewardError, match="was resolved"):
        incidents.root_cause(opened.id, "again", actor="alice")
    with pytest.raises(StewardError, match="resolution must be one of"):
        incidents.root_cause(guard.id, "threshold too low", actor="oscar")
        incidents.resolve(guard.id, "shrug", "", actor="oscar")
    actions = [e.action for e in Ledger(store).entries() if e.subject == f"incident:{opened.id}"]
    assert actions == ["incident.opened", "incident.root_caused", "incident.resolved"]


def test_cli_incidents_and_rollback(store: Store, tmp_path: Path) -> None:
    policy = str(_policy(tmp_path))
    home = ["--home", str(store.home)]
    runner = CliRunner()
    registry = Registry(store)
    sha = store.put(_policy(tmp_path), kind="model").sha256
    for status in ("deployed", "approved"):
        registry.register(name="intents", artifact_sha256=sha, weights_sha256="0" * 64,
                          status=status, run_id=None, metrics={}, gate={})  # fmt: skip
    assert registry.servable("intents").ref == "intents:2"
    opened = runner.invoke(
        app, ["incidents", "open", "bad answers since v2", "--severity", "high", "--policy",
              policy, *home],
        env={"STEWARD_ACTOR": "oscar"},
    )  # fmt: skip
    assert opened.exit_code == 0 and "developer (alice)" in opened.output
    denied = runner.invoke(
        app, ["models", "rollback", "intents", "--policy", policy, "--reason", "x", *home],
        env={"STEWARD_ACTOR": "alice"},
    )  # fmt: skip
    assert denied.exit_code == 2 and "may not deploy" in denied.output
    rolled = runner.invoke(
        app, ["models", "rollback", "intents", "--policy", policy, "--reason", "incident 1",
              "--incident", "1", *home],
        env={"STEWARD_ACTOR": "oscar"},
    )  # fmt: skip
    assert rolled.exit_code == 0, rolled.output
    assert "intents now serves intents:1" in rolled.output
    assert registry.servable("intents").ref == "intents:1"
    updated = runner.invoke(
        app, ["incidents", "update", "1", "--root-cause", "v2 overfit", "--resolve", "rollback",
              "--note", "back to v1", "--policy", policy, *home],
        env={"STEWARD_ACTOR": "oscar"},
    )  # fmt: skip
    assert updated.exit_code == 0 and "resolved (rollback)" in updated.output
    listed = runner.invoke(app, ["incidents", "list", "--policy", policy, *home])
    assert "#1 high" in listed.output and "resolved" in listed.output
    assert Ledger(store).verify().ok
