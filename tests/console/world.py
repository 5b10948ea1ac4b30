"""A store for console tests: models registered through the governance service (two waiting
for review, one failed), and API keys of several roles made by the gateway's key store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from steward.config import load_policy
from steward.gate.rules import evaluate_gate
from steward.registry.governance import Governance
from steward.registry.models import ModelVersion
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store, sha256_file
from tests.conftest import write_policy

NAME = "bank"
ROLES = {"assignments": {"risk_owner": ["carol"], "auditor": ["audrey"], "developer": ["alice"]}}
KEY_ROLES = ("risk_owner", "auditor", "developer", "end_user")


@dataclass(frozen=True)
class World:
    home: Path
    policy: Path
    store: Store
    keys: dict[str, str]  # role -> the key itself
    models: list[ModelVersion]


def _register(store: Store, policy: Path, folder: Path, macro_f1: float) -> ModelVersion:
    loaded = load_policy(policy)
    folder.mkdir(parents=True)
    (folder / "model.safetensors").write_bytes(folder.name.encode() * 64)
    artifact = store.put(folder, kind="model")
    metrics = {"macro_f1": macro_f1}
    return Governance(store, loaded).register(
        name=NAME, artifact_sha256=artifact.sha256,
        weights_sha256=sha256_file(folder / "model.safetensors"),
        dataset_sha256=artifact.sha256, run_id=None, metrics=metrics,
        decision=evaluate_gate(loaded.policy.gate.rules, metrics), actor="alice",
    )  # fmt: skip


def make_world(root: Path) -> World:
    root.mkdir(parents=True, exist_ok=True)
    policy = write_policy(
        root, NAME, roles=ROLES,
        gate={"rules": [{"name": "quality-floor", "metric": "macro_f1", "min": 0.5}]},
    )  # fmt: skip
    store = Store(root / ".steward")
    models = [
        _register(store, policy, root / f"model-{i}", score)
        for i, score in enumerate((0.9, 0.3, 0.8))  # pending, failed (candidate), pending
    ]
    key_store = KeyStore(store)
    keys = {role: key_store.create(f"{role}-person", role, created_by="test")[0]
            for role in KEY_ROLES}  # fmt: skip
    return World(root / ".steward", policy, store, keys, models)
