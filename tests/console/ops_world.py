"""The console test store (:mod:`tests.console.world`) with what the operations views read:
an operator and a privacy officer named in the policy (with keys), a governed data set made
from a stored source copy (a customer to erase, a row past retention) and a model trained on
it, the gateway's decisions over the last hours (classify in English and Chinese, some
blocked; chat answers, some escalated) and incidents opened from them."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import yaml

from steward.accountability.incidents import Incident, Incidents
from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.gate.rules import evaluate_gate
from steward.registry.governance import Governance
from steward.registry.models import ModelVersion
from steward.serve.keys import KeyStore
from steward.store.artifacts import sha256_file
from tests.console.world import World, make_world

OPS_HOLDERS = {"operator": "oscar", "privacy_officer": "priya"}
SUBJECT = "C-7781"  # the customer whose records an erasure removes
RETENTION_DAYS = 365
WINDOW_HOURS = 1.0
# (hours ago, language, blocked?) of each classified message; chat: (hours ago, language, outcome)
CLASSIFIED = [(2.5, "en", False), (2.5, "zh", True), (1.5, "en", False), (1.5, "en", True),
              (1.5, "zh", False), (0.5, "en", False), (0.5, "zh", True), (0.5, "zh", True),
              (0.5, "zh", False)]  # fmt: skip
CHATS = [(1.5, "zh", "escalated"), (0.5, "zh", "served"), (0.5, "en", "escalated"),
         (0.5, "zh", "escalated")]  # fmt: skip


@dataclass(frozen=True)
class OpsWorld:
    base: World
    keys: dict[str, str]  # role label -> key (the base world's and the operator's, officer's)
    trained: ModelVersion  # trained on the data set holding SUBJECT's rows
    dataset_sha256: str
    model_incident: Incident  # responsible: developer
    guard_incident: Incident  # responsible: operator
    decided_at: datetime  # "now" when the decisions were written

    @property
    def store(self) -> Any:
        return self.base.store

    @property
    def policy(self) -> Path:
        return self.base.policy

    @property
    def home(self) -> Path:
        return self.base.home


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


@contextmanager
def _recorded_at(moment: datetime) -> Iterator[None]:
    """Entries written inside are dated ``moment``: a store with hours of history behind it
    (the hash chain covers the date, so the ledger still verifies)."""
    stamp = moment.isoformat(timespec="microseconds")
    with mock.patch("steward.accountability.ledger.utc_now", return_value=stamp):
        yield


def _decisions(ledger: Ledger, model: ModelVersion, key_id: str, now: datetime) -> str:
    """The gateway's decisions, oldest first; returns the request id of a blocked one."""
    blocked_request = ""
    moments = sorted({hours for hours, *_ in CLASSIFIED + CHATS}, reverse=True)
    for hours in moments:
        with _recorded_at(now - timedelta(hours=hours)):
            for _, language, blocked in [c for c in CLASSIFIED if c[0] == hours]:
                request_id = f"req-{secrets.token_hex(6)}"
                verdict = "block" if blocked else "allow"
                result = {"blocked": blocked, "chars": 24, "language": language,
                          "guard_actions": {"injection": verdict}}  # fmt: skip
                if not blocked:
                    label = "card_lost" if language == "en" else "greeting"
                    result |= {"label": label, "confidence": 0.9}
                ledger.append(
                    actor=f"key:{key_id}", action="gateway.decision", subject=request_id,
                    outcome="blocked" if blocked else "served",
                    details={"route": "/v1/classify", "key_id": key_id, "role": "end_user",
                             "model": model.ref, "model_sha256": model.weights_sha256,
                             "results": [result]},
                )  # fmt: skip
                blocked_request = blocked_request or (request_id if blocked else "")
            for _, language, outcome in [c for c in CHATS if c[0] == hours]:
                ledger.append(
                    actor=f"key:{key_id}", action="gateway.decision",
                    subject=f"req-{secrets.token_hex(6)}", outcome=outcome,
                    details={"route": "/v1/chat/completions", "key_id": key_id,
                             "grounding": {"language": language}},
                )  # fmt: skip
    return blocked_request


def make_ops_world(root: Path) -> OpsWorld:
    base = make_world(root)
    settings = yaml.safe_load(base.policy.read_text("utf-8"))
    settings["roles"]["assignments"].update({role: [name] for role, name in OPS_HOLDERS.items()})
    settings["data"]["subject_fields"] = ["customer_id"]
    settings["data"]["retention"] = {"days": RETENTION_DAYS, "timestamp_field": "timestamp"}
    settings["monitor"] = {"window_hours": WINDOW_HOURS, "min_requests": 2}
    base.policy.write_text(yaml.safe_dump(settings), "utf-8")
    loaded = load_policy(base.policy)
    store = base.store
    keys = dict(base.keys)
    key_store = KeyStore(store)
    for role, name in OPS_HOLDERS.items():
        keys[role] = key_store.create(name, role, created_by="test")[0]

    # A source file, its stored copy and the governed data set made from it (rows carry their
    # source line, as the pipeline writes them), then a model trained on that data set.
    now = datetime.now(UTC)
    old = (now - timedelta(days=RETENTION_DAYS + 30)).isoformat()
    recent = (now - timedelta(days=3)).isoformat()
    source = _jsonl(root / "data" / "messages.jsonl", [
        {"message_id": "m1", "customer_id": SUBJECT, "timestamp": recent, "text": "card lost"},
        {"message_id": "m2", "customer_id": "C-1002", "timestamp": old, "text": "old message"},
        {"message_id": "m3", "customer_id": "C-1003", "timestamp": recent, "text": "hello"},
    ])  # fmt: skip
    copy = store.put(source, kind="source_data", meta={"path": str(source)})
    governed = [{"id": f"m{line}", "text": text, "label": label, "source": str(source),
                 "line": line, "split": "train"}
                for line, text, label in ((1, "card lost", "card_lost"),
                                          (2, "old message", "card_lost"),
                                          (3, "hello", "greeting"))]  # fmt: skip
    run_dir = store.home / "runs" / "run-ops-1"
    dataset = store.put(_jsonl(run_dir / "governed.jsonl", governed), kind="dataset",
                        parents=[copy.sha256], run_id="run-ops-1")  # fmt: skip
    weights = root / "model-ops"
    weights.mkdir()
    (weights / "model.safetensors").write_bytes(b"ops" * 64)
    artifact = store.put(weights, kind="model", parents=[dataset.sha256])
    metrics = {"macro_f1": 0.85}
    trained = Governance(store, loaded).register(
        name="bank", artifact_sha256=artifact.sha256,
        weights_sha256=sha256_file(weights / "model.safetensors"),
        dataset_sha256=dataset.sha256, run_id="run-ops-1", metrics=metrics,
        decision=evaluate_gate(loaded.policy.gate.rules, metrics), actor="alice",
    )  # fmt: skip

    # the served model: monitoring measures drift against its training data
    settings["serve"] = {"model": trained.ref}
    base.policy.write_text(yaml.safe_dump(settings), "utf-8")
    loaded = load_policy(base.policy)
    ledger = Ledger(store)
    end_user = next(k.key_id for k in key_store.list() if k.role == "end_user")
    blocked_request = _decisions(ledger, base.models[0], end_user, now)
    incidents = Incidents(store, loaded.policy, ledger=ledger)
    model_incident = incidents.open(
        title="wrong intent on card questions", severity="high", source="feedback",
        category="model", actor="steward", model_ref=base.models[0].ref, accountable="carol",
    )  # fmt: skip
    guard_incident = incidents.open(
        title="injection guard blocked a benign message", severity="medium", source="feedback",
        category="guard", actor="steward", request_id=blocked_request,
        model_ref=base.models[0].ref, accountable="carol",
    )  # fmt: skip
    return OpsWorld(base, keys, trained, dataset.sha256, model_incident, guard_incident, now)
