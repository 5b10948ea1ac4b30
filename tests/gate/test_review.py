"""A person signs the release: passing the gate makes a model pending_review, which nothing
serves; only a risk owner's `steward models review` (signed with their key, with a reason)
approves or rejects it, and the status change commits with its ledger entry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from click.testing import Result
from typer.testing import CliRunner

from steward.accountability.identity import verify_recorded_identity
from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import TrainPolicy, load_policy
from steward.errors import RegistryError, StewardError
from steward.registry.models import Registry
from steward.registry.review import REVIEW_ACTION, review_model
from steward.serve.app import build_gateway, create_app
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store, sha256_file
from steward.train.trainer import IntentClassifier
from tests.conftest import serving, write_policy

RUNNER = CliRunner()
NAME = "intents"
REASON = "audit report read; 65+ accuracy gap accepted for the pilot"


@dataclass
class Release:
    tmp: Path
    store: Store
    policy: Path
    carol_key: Path  # the risk owner's private key; the policy lists its public key

    def cli(self, *args: str, actor: str | None = None, key: Path | None = None) -> Result:
        env = {
            "STEWARD_ACTOR": actor,
            "STEWARD_IDENTITY": str(key) if key else None,
            "XDG_CONFIG_HOME": str(self.tmp / "nobody-config"),  # no key found by name
            "STEWARD_IDENTITY_PASSPHRASE": None,
        }
        return RUNNER.invoke(app, [*args, "--home", str(self.store.home)], env=env)

    def review(self, *flags: str, actor: str | None = None, key: Path | None = None) -> Result:
        policy = ("--policy", str(self.policy))
        return self.cli("models", "review", NAME, *policy, *flags, actor=actor, key=key)

    def status(self) -> str:
        return Registry(self.store).get(NAME).status


@pytest.fixture
def release(tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Release:
    """A real classifier registered as a candidate whose metrics pass the policy's rule, then
    `steward gate` run on it (as a developer would): it is now pending review."""
    for variable in ("STEWARD_IDENTITY", "STEWARD_ACTOR"):
        monkeypatch.delenv(variable, raising=False)
    created = RUNNER.invoke(
        app, ["keys", "person", "create", "carol", "--dir", str(tmp_path / "carol")]
    )
    assert created.exit_code == 0, created.output
    store = Store(tmp_path / ".steward")
    classifier, _ = IntentClassifier.from_base(
        tiny_model_dir, ["balance", "card_lost"], TrainPolicy(max_length=32)
    )
    weights = classifier.save(tmp_path / "model")
    Registry(store).register(
        name=NAME, artifact_sha256=store.put(tmp_path / "model", kind="model").sha256,
        weights_sha256=sha256_file(weights), status="candidate", run_id=None,
        metrics={"macro_f1": 0.91}, gate={},
    )  # fmt: skip
    policy = write_policy(
        tmp_path,
        NAME,
        gate={"rules": [{"name": "quality-floor", "metric": "macro_f1", "min": 0.9}]},
        roles={
            "assignments": {
                "developer": ["alice"],
                "operator": ["oscar"],
                "risk_owner": [{"name": "carol", "public_key": created.stdout.strip()}],
            }
        },
        serve={"model": NAME},
        guards={"prompt_injection": {"classifier": False}},  # its rules suffice here
    )
    world = Release(tmp_path, store, policy, tmp_path / "carol" / "carol.key")
    gated = world.cli("gate", NAME, "--policy", str(policy), actor="alice")
    assert gated.exit_code == 0, gated.output
    return world


def test_passing_the_gate_leaves_pending_review_which_is_not_served(release: Release) -> None:
    assert release.status() == "pending_review"
    (decided,) = Ledger(release.store).entries(action="gate.decided")
    assert decided.details["promoted"] is True and decided.details["status"] == "pending_review"
    with pytest.raises(RegistryError, match=r"model is pending_review; .*steward models review"):
        build_gateway(load_policy(release.policy), release.store)
    predicted = release.cli("predict", NAME, "what is my balance")
    assert predicted.exit_code == 2 and "pending_review" in predicted.output


def test_review_by_anyone_but_a_signing_risk_owner_is_refused(release: Release) -> None:
    for actor in ("alice", "oscar"):
        refused = release.review("--approve", "--reason", REASON, actor=actor)
        assert refused.exit_code == 2, refused.output
        assert f"'{actor}' may not approve" in refused.output
    # Claiming carol's name is not enough: her key is listed, so only her signature counts.
    claimed = release.review("--approve", "--reason", REASON, actor="carol")
    assert claimed.exit_code == 2 and "private key was not found" in claimed.output
    assert release.status() == "pending_review"
    ledger = Ledger(release.store)
    assert ledger.entries(action=REVIEW_ACTION) == []
    refusals = ledger.entries(action="access.refused")
    assert [(e.actor, e.details["attempted"]) for e in refusals] == [
        ("alice", REVIEW_ACTION), ("oscar", REVIEW_ACTION), ("carol", REVIEW_ACTION),
    ]  # fmt: skip
    # A library caller goes through the same role check as the command line.
    with pytest.raises(StewardError, match="'alice' may not approve"):
        review_model(release.store, load_policy(release.policy), NAME, approve=True,
                     reason=REASON, actor="alice")  # fmt: skip


def test_approval_is_signed_recorded_and_then_served(release: Release) -> None:
    approved = release.review("--approve", "--reason", REASON, key=release.carol_key)
    assert approved.exit_code == 0, approved.output
    assert "pending_review → approved by carol" in approved.output
    assert "signature verified" in approved.output
    assert release.status() == "approved"

    ledger = Ledger(release.store)
    (entry,) = ledger.entries(action=REVIEW_ACTION)
    assert (entry.actor, entry.subject, entry.outcome) == ("carol", f"{NAME}:1", "approved")
    assert entry.details["reason"] == REASON and entry.details["roles"] == ["risk_owner"]
    assert (entry.details["from"], entry.details["to"]) == ("pending_review", "approved")
    assert verify_recorded_identity(entry.details, "carol", load_policy(release.policy)) == []
    assert ledger.verify().ok
    traced = release.cli("models", "show", NAME)
    assert '"status": "approved"' in traced.output

    # Reviewed once: a second review is refused and writes nothing.
    again = release.review("--reject", "--reason", "second thoughts", key=release.carol_key)
    assert again.exit_code == 2 and "only a model pending review" in again.output
    assert len(ledger.entries(action=REVIEW_ACTION)) == 1

    gateway = build_gateway(load_policy(release.policy), release.store)
    key, _ = KeyStore(release.store).create("app", "end_user", created_by="test")
    try:
        with serving(create_app(gateway)) as url:
            response = httpx.post(
                url + "/v1/classify", json={"texts": ["what is my balance"]},
                headers={"Authorization": f"Bearer {key}"}, timeout=30,
            )  # fmt: skip
    finally:
        gateway.writer.close()
    assert response.status_code == 200, response.text
    assert response.json()["model"] == f"{NAME}:1"


def test_rejection_needs_a_reason_and_is_recorded(release: Release) -> None:
    blank = release.review("--reject", "--reason", "  ", key=release.carol_key)
    assert blank.exit_code == 2 and "needs a written reason" in blank.output
    both = release.review("--approve", "--reject", "--reason", REASON, key=release.carol_key)
    assert both.exit_code == 2 and "exactly one of --approve or --reject" in both.output
    neither = release.review("--reason", REASON, key=release.carol_key)
    assert neither.exit_code == 2 and "exactly one of --approve or --reject" in neither.output
    assert release.status() == "pending_review"

    why = "too few 65+ test rows"
    rejected = release.review("--reject", "--reason", why, "--json", key=release.carol_key)
    assert rejected.exit_code == 0, rejected.output
    assert json.loads(rejected.output) | {"ledger_seq": None} == {
        "model": f"{NAME}:1", "from": "pending_review", "to": "rejected", "reviewer": "carol",
        "verified": True, "reason": why, "ledger_seq": None,
    }  # fmt: skip
    assert release.status() == "rejected"
    (entry,) = Ledger(release.store).entries(action=REVIEW_ACTION)
    assert (entry.actor, entry.outcome) == ("carol", "rejected")
    assert entry.details["reason"] == why
    assert entry.details["identity"]["verified"] is True
    with pytest.raises(RegistryError, match="model is rejected"):
        build_gateway(load_policy(release.policy), release.store)


def test_set_status_cannot_approve_or_skip_the_review(release: Release) -> None:
    policy = str(release.policy)
    for status in ("approved", "pending_review"):
        hand = release.cli("models", "set-status", NAME, status, "--policy", policy,
                           "--reason", "ok", key=release.carol_key)  # fmt: skip
        assert hand.exit_code == 2 and "steward models review" in hand.output
    deploy = release.cli("models", "set-status", NAME, "deployed", "--policy", policy,
                         "--reason", "ship it", actor="oscar")  # fmt: skip
    assert deploy.exit_code == 2 and "is pending_review" in deploy.output
    assert release.status() == "pending_review"
    assert Ledger(release.store).entries(action="model.status_changed") == []


def test_status_change_commits_only_with_its_ledger_entry(release: Release) -> None:
    """The registry change runs inside the ledger's transaction: when anything in it fails,
    neither the new status nor an entry is left behind."""
    registry, ledger = Registry(release.store), Ledger(release.store)
    before = ledger.count()

    def approve_then_fail(session: object) -> None:
        registry.move(session, NAME, "approved")  # type: ignore[arg-type]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        ledger.append(actor="carol", action=REVIEW_ACTION, subject=f"{NAME}:1",
                      outcome="approved", alongside=approve_then_fail)  # fmt: skip
    assert release.status() == "pending_review" and ledger.count() == before
    with pytest.raises(RegistryError, match="cannot move from pending_review to deployed"):
        ledger.append(
            actor="oscar", action="model.status_changed", subject=f"{NAME}:1",
            alongside=lambda session: registry.move(session, NAME, "deployed"),
        )  # fmt: skip
    assert release.status() == "pending_review" and ledger.count() == before
    assert ledger.verify().ok
