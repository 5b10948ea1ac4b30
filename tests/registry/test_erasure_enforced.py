"""Erasure is enforced: after `steward data forget`, a model trained on a data set version that
lost the subject's rows is flagged; approving, deploying, serving (a real `steward serve`
process) and predicting with it are refused, naming the erasure request; a version retrained
on the purged data set serves; a privacy officer may keep a flagged model with a recorded
reason. Real tiny classifiers, a real SQLite store, the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from click.testing import Result
from typer.testing import CliRunner

from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import TrainPolicy, load_policy
from steward.registry.governance import Governance
from steward.registry.models import ModelVersion, Registry
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store
from steward.train.trainer import IntentClassifier
from tests.conftest import free_port
from tests.registry.world import NAME, ROOT, policy_file, register, steward

EMAIL = "erin.erased@example.com"
RUNNER = CliRunner()
ROWS = [
    ("m1", f"my email is {EMAIL}, what is my balance", "balance"),
    ("m2", "what is my balance today", "balance"),
    ("m3", "i lost my card yesterday", "card_lost"),
    ("m4", "my card was stolen", "card_lost"),
    ("m5", "show me the balance please", "balance"),
    ("m6", "block my lost card", "card_lost"),
]


@dataclass
class Bank:
    tmp: Path
    store: Store
    policy: Path
    tiny_model_dir: Path
    dataset: str  # the governed data set the first models were trained on

    def cli(self, *args: str, actor: str) -> Result:
        env = {"STEWARD_ACTOR": actor, "STEWARD_IDENTITY": None,
               "XDG_CONFIG_HOME": str(self.tmp / "nobody")}  # fmt: skip
        return RUNNER.invoke(app, [*args, "--home", str(self.store.home)], env=env)

    def train(self, dataset: str) -> ModelVersion:
        """Fine-tune a tiny classifier on the rows of ``dataset`` and register it (it passes
        the gate: pending_review), its lineage pointing at that data set version."""
        rows = [json.loads(line) for line in self.store.blob_path(dataset).read_text().splitlines()]
        texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
        train = TrainPolicy(max_length=16, epochs=1, batch_size=4, calibrate=False, device="cpu")
        classifier, _ = IntentClassifier.from_base(self.tiny_model_dir, ["balance", "card_lost"],
                                                   train)  # fmt: skip
        classifier.fit(texts, labels, texts, labels, train)
        folder = self.tmp / f"model-{len(Registry(self.store).list()) + 1}"
        classifier.save(folder)
        return register(self.store, self.policy, folder, parents=[dataset])

    def approve(self, ref: str) -> None:
        Governance(self.store, load_policy(self.policy)).review(
            ref, approve=True, reason="audit read", actor="carol"
        )

    def forget(self) -> dict:
        forgot = self.cli("data", "forget", "--subject", EMAIL, "--policy", str(self.policy),
                          "--json", actor="dana")  # fmt: skip
        assert forgot.exit_code == 0, forgot.output
        return json.loads(forgot.output)


@pytest.fixture
def bank(tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Bank:
    monkeypatch.delenv("STEWARD_VAULT_KEY", raising=False)
    store = Store(tmp_path / ".steward")
    source = tmp_path / "data" / "messages.jsonl"
    source.parent.mkdir()
    source.write_text("".join(json.dumps({"message_id": i, "text": t, "intent": label}) + "\n"
                              for i, t, label in ROWS), encoding="utf-8")  # fmt: skip
    copy = store.put(source, kind="source_data", meta={"path": str(source)})
    governed = tmp_path / "run" / "governed.jsonl"
    governed.parent.mkdir()
    governed.write_text("".join(
        json.dumps({"id": i, "text": t, "label": label, "source": str(source), "line": n,
                    "split": "train"}) + "\n"
        for n, (i, t, label) in enumerate(ROWS, start=1)
    ), encoding="utf-8")  # fmt: skip
    dataset = store.put(governed, kind="dataset", parents=[copy.sha256], run_id="r1").sha256
    return Bank(tmp_path, store, policy_file(tmp_path), tiny_model_dir, dataset)


def _serve(bank: Bank, port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "steward.cli", "serve", str(bank.policy), "--port", str(port),
         "--host", "127.0.0.1", "--home", str(bank.store.home)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def test_forgotten_subject_blocks_the_model_until_it_is_retrained(bank: Bank) -> None:
    released = bank.train(bank.dataset)
    bank.approve(released.ref)
    waiting = bank.train(bank.dataset)  # passed the gate, not yet signed off
    before = bank.cli("predict", NAME, "what is my balance", actor="alice")
    assert before.exit_code == 0, before.output

    outcome = bank.forget()
    request = outcome["request_id"]
    assert outcome["models_flagged"] == [released.ref, waiting.ref]

    listed = bank.cli("models", "list", actor="alice")
    assert listed.output.count("FLAGGED") == 2, listed.output
    listed_json = json.loads(bank.cli("models", "list", "--json", actor="alice").output)
    assert [(f"{m['name']}:{m['version']}", m["flagged"]) for m in listed_json] == [
        (released.ref, True), (waiting.ref, True),
    ]  # fmt: skip
    shown = json.loads(bank.cli("models", "show", released.ref, actor="alice").output)["model"]
    assert shown["flagged"] is True and shown["status"] == "approved"
    assert [(f["request_id"], f["open"]) for f in shown["flags"]] == [(request, True)]

    policy = ("--policy", str(bank.policy))
    approve = bank.cli("models", "review", waiting.ref, "--approve", "--reason", "fine",
                       *policy, actor="carol")  # fmt: skip
    assert approve.exit_code == 2 and "cannot be approved" in approve.output
    assert request in approve.output and "clear-flag" in approve.output
    deploy = bank.cli("models", "set-status", released.ref, "deployed", "--reason", "ship",
                      *policy, actor="oscar")  # fmt: skip
    assert deploy.exit_code == 2 and "cannot be deployed" in deploy.output
    assert request in deploy.output
    for ref in (NAME, released.ref):
        predicted = bank.cli("predict", ref, "what is my balance", actor="alice")
        assert predicted.exit_code == 2 and "cannot be served" in predicted.output
        assert request in predicted.output
    statuses = {m.ref: m.status for m in Registry(bank.store).list()}
    assert statuses == {released.ref: "approved", waiting.ref: "pending_review"}
    actions = [e.action for e in Ledger(bank.store).entries()]
    assert actions.count("model.reviewed") == 1 and "model.status_changed" not in actions

    # The gateway refuses to start with it (the real process, as an operator would run it).
    refused = _serve(bank, free_port())
    output, _ = refused.communicate(timeout=120)
    assert refused.returncode != 0 and "cannot be served" in output and request in output

    # Retrained on the purged data set: the new version carries no flag, and it serves.
    (purged,) = [r["new"] for r in outcome["rewrites"] if r["kind"] == "dataset"]
    assert EMAIL not in bank.store.blob_path(purged).read_text()
    retrained = bank.train(purged)
    assert not retrained.flagged
    signed = bank.cli("models", "review", retrained.ref, "--approve", "--reason", "retrained",
                      *policy, actor="carol")  # fmt: skip
    assert signed.exit_code == 0, signed.output
    predicted = bank.cli("predict", NAME, "what is my balance", actor="alice")
    assert predicted.exit_code == 0, predicted.output

    key, _ = KeyStore(bank.store).create("app", "end_user", created_by="test")
    port = free_port()
    server = _serve(bank, port)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert server.poll() is None, server.communicate()[0]
            try:
                if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.3)
        answer = httpx.post(url + "/v1/classify", json={"texts": ["what is my balance"]},
                            headers={"Authorization": f"Bearer {key}"}, timeout=30)  # fmt: skip
    finally:
        server.terminate()
        server.communicate(timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["model"] == retrained.ref
    assert Ledger(bank.store).verify().ok


def test_a_privacy_officer_keeps_a_flagged_model_with_a_recorded_reason(bank: Bank) -> None:
    released = bank.train(bank.dataset)
    bank.approve(released.ref)
    request = bank.forget()["request_id"]
    policy = ("--policy", str(bank.policy))
    why = "DP-trained with epsilon=3; the erased row's influence is bounded"

    for actor in ("oscar", "carol"):  # neither an operator nor a risk owner may keep it
        refused = bank.cli("models", "clear-flag", released.ref, "--reason", why, *policy,
                           actor=actor)  # fmt: skip
        assert refused.exit_code == 2 and f"'{actor}' may not clear_flag" in refused.output
    blank = bank.cli("models", "clear-flag", released.ref, "--reason", " ", *policy,
                     actor="dana")  # fmt: skip
    assert blank.exit_code == 2 and "needs a written reason" in blank.output
    assert Registry(bank.store).get(released.ref).flagged

    kept = bank.cli("models", "clear-flag", released.ref, "--reason", why, *policy,
                    actor="dana")  # fmt: skip
    assert kept.exit_code == 0, kept.output
    assert request in kept.output
    (entry,) = Ledger(bank.store).entries(action="model.flag_cleared")
    assert (entry.actor, entry.subject, entry.outcome) == ("dana", released.ref, "cleared")
    assert entry.details["reason"] == why and entry.details["requests"] == [request]
    assert entry.details["roles"] == ["privacy_officer"]
    assert entry.details["policy_sha256"] == load_policy(bank.policy).sha256
    shown = json.loads(bank.cli("models", "show", released.ref, actor="alice").output)["model"]
    assert shown["flagged"] is False
    assert [(f["cleared_by"], f["cleared_because"]) for f in shown["flags"]] == [("dana", why)]

    deploy = bank.cli("models", "set-status", released.ref, "deployed", "--reason", "ship",
                      *policy, actor="oscar")  # fmt: skip
    assert deploy.exit_code == 0, deploy.output
    predicted = bank.cli("predict", NAME, "my card was stolen", actor="alice")
    assert predicted.exit_code == 0, predicted.output
    again = bank.cli("models", "clear-flag", released.ref, "--reason", why, *policy,
                     actor="dana")  # fmt: skip
    assert again.exit_code == 2 and "no open flag" in again.output
    verified = steward(bank.store.home, "ledger", "verify", actor="auditor")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def _wait_healthy(server: subprocess.Popen[str], url: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, server.communicate()[0]
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.3)
    raise AssertionError("the gateway did not start")


def test_a_running_gateway_stops_serving_a_model_flagged_after_it_started(bank: Bank) -> None:
    import yaml

    raw = yaml.safe_load(bank.policy.read_text(encoding="utf-8"))
    raw["serve"]["registry_check_s"] = 0  # read the registry on every request
    bank.policy.write_text(yaml.safe_dump(raw), encoding="utf-8")
    released = bank.train(bank.dataset)
    bank.approve(released.ref)
    key, _ = KeyStore(bank.store).create("app", "end_user", created_by="test")
    headers = {"Authorization": f"Bearer {key}"}
    port = free_port()
    server = _serve(bank, port)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(server, url)
        body = {"texts": ["what is my balance"]}
        before = httpx.post(url + "/v1/classify", json=body, headers=headers, timeout=30)
        request = bank.forget()["request_id"]  # while the gateway runs
        after = httpx.post(url + "/v1/classify", json=body, headers=headers, timeout=30)
    finally:
        server.terminate()
        server.communicate(timeout=30)
    assert before.status_code == 200, before.text
    assert after.status_code == 503, after.text
    assert "cannot be served" in after.text and request in after.text
    refused = [e for e in Ledger(bank.store).entries() if e.outcome == "refused"]
    assert len(refused) == 1 and refused[0].details["reason"].count(request) == 1
    assert Ledger(bank.store).verify().ok
