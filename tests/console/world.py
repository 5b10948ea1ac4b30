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
# Who each test key is made for: the policy names all but eve (no role there) and mallory (a
# risk_owner key made for someone the policy does not name as risk owner).
KEY_HOLDERS = {"risk_owner": "carol", "auditor": "audrey", "developer": "alice",
               "end_user": "eve", "unlisted_risk_owner": "mallory"}  # fmt: skip


@dataclass(frozen=True)
class World:
    home: Path
    policy: Path
    store: Store
    keys: dict[str, str]  # KEY_HOLDERS' label -> the key itself
    models: list[ModelVersion]


def _register(
    store: Store, policy: Path, folder: Path, macro_f1: float, run_id: str | None = None
) -> ModelVersion:
    """A version made from a small data set; with ``run_id``, a run folder with its files."""
    loaded = load_policy(policy)
    folder.mkdir(parents=True)
    data = folder.parent / f"{folder.name}-governed.jsonl"
    data.write_text('{"text": "I lost my card", "intent": "card_lost"}\n', "utf-8")
    dataset = store.put(data, kind="dataset")
    (folder / "model.safetensors").write_bytes(folder.name.encode() * 64)
    artifact = store.put(folder, kind="model", parents=[dataset.sha256])
    if run_id:
        run_dir = store.home / "runs" / run_id
        run_dir.mkdir(parents=True, mode=0o700)
        (run_dir / "report.html").write_text(f"<h1>report of {run_id}</h1>", "utf-8")
        (run_dir / "datasheet.html").write_text("<h1>datasheet</h1>", "utf-8")
        (run_dir / "MODEL_CARD.md").write_text("# model card", "utf-8")
    metrics = {"macro_f1": macro_f1}
    return Governance(store, loaded).register(
        name=NAME, artifact_sha256=artifact.sha256,
        weights_sha256=sha256_file(folder / "model.safetensors"),
        dataset_sha256=dataset.sha256, run_id=run_id, metrics=metrics,
        decision=evaluate_gate(loaded.policy.gate.rules, metrics), actor="alice",
    )  # fmt: skip


def make_world(root: Path) -> World:
    root.mkdir(parents=True, exist_ok=True)
    policy = write_policy(
        root, NAME, roles=ROLES,
        gate={"rules": [{"name": "quality-floor", "metric": "macro_f1", "min": 0.5}]},
    )  # fmt: skip
    store = Store(root / ".steward")
    models = [  # pending review (with a run folder), failed (a candidate), pending review
        _register(store, policy, root / "model-0", 0.9, run_id="run-20261206-a1"),
        _register(store, policy, root / "model-1", 0.3),
        _register(store, policy, root / "model-2", 0.8),
    ]
    key_store = KeyStore(store)
    keys = {
        label: key_store.create(name, label.removeprefix("unlisted_"), created_by="test")[0]
        for label, name in KEY_HOLDERS.items()
    }
    return World(root / ".steward", policy, store, keys, models)
