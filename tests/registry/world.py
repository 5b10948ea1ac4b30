"""A store and policy for governance tests: models registered through the governance service,
and the ledger replayed to check that each model's status is what its entries say."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.gate.rules import evaluate_gate
from steward.registry.governance import Governance
from steward.registry.models import ModelVersion, Registry
from steward.store.artifacts import Store, sha256_file
from tests.conftest import write_policy

ROOT = Path(__file__).resolve().parents[2]
NAME = "bank"
ROLES = {
    "assignments": {
        "developer": ["alice"],
        "operator": ["oscar"],
        "risk_owner": ["carol"],
        "privacy_officer": ["dana"],
    }
}
PASSING = {"macro_f1": 0.9}


def policy_file(folder: Path, **sections: Any) -> Path:
    return write_policy(
        folder,
        NAME,
        gate={"rules": [{"name": "quality-floor", "metric": "macro_f1", "min": 0.5}]},
        roles=ROLES,
        serve={"model": NAME},
        guards={"prompt_injection": {"classifier": False}},
        **sections,
    )


def register(
    store: Store,
    policy: Path,
    model_dir: Path,
    parents: list[str] | None = None,
    metrics: dict[str, float] | None = None,
) -> ModelVersion:
    """A new version of ``model_dir`` (stored with ``parents``), gated and registered as the
    pipeline does it: pending_review when the metrics pass."""
    loaded = load_policy(policy)
    artifact = store.put(model_dir, kind="model", parents=parents or [])
    weights = next(p for p in sorted(model_dir.iterdir()) if p.suffix in (".safetensors", ".bin"))
    metrics = dict(metrics or PASSING)
    decision = evaluate_gate(loaded.policy.gate.rules, metrics)
    return Governance(store, loaded).register(
        name=NAME, artifact_sha256=artifact.sha256, weights_sha256=sha256_file(weights),
        dataset_sha256=(parents or [artifact.sha256])[0], run_id=None, metrics=metrics,
        decision=decision, actor="alice",
    )  # fmt: skip


def steward(
    home: Path, *args: str, actor: str, extra_env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    """The real command line in its own process (so it can be killed mid-transaction)."""
    env = {**os.environ, "STEWARD_ACTOR": actor, "XDG_CONFIG_HOME": str(home.parent / "nobody")}
    env.pop("STEWARD_IDENTITY", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "steward.cli", *args, "--home", str(home)],
        capture_output=True, text=True, env=env, timeout=timeout, check=False, cwd=ROOT,
    )  # fmt: skip


# What each governance entry says the model's status became.
def _status_after(entry_action: str, outcome: str, details: dict[str, Any]) -> str | None:
    if entry_action == "model.registered":
        return outcome
    if entry_action == "gate.decided":
        return "pending_review" if details.get("promoted") else None
    if entry_action in ("model.reviewed", "model.status_changed"):
        return outcome
    if entry_action == "model.rolled_back":
        return "retired"
    return None


def replay_problems(store: Store) -> list[str]:
    """Every way the registry and the ledger disagree: a model whose status is not the one
    its entries lead to (a change without its entry), an entry about a model that does not
    exist or a registration missing (an entry without its change)."""
    models = {m.ref: m for m in Registry(store).list()}
    replayed: dict[str, str] = {}
    problems = []
    for entry in Ledger(store).entries():
        status = _status_after(entry.action, entry.outcome, entry.details)
        if entry.action not in (
            "model.registered",
            "gate.decided",
            "model.reviewed",
            "model.status_changed",
            "model.rolled_back",
            "gate.waived",
        ):
            continue  # fmt: skip
        if entry.subject not in models:
            problems.append(f"entry {entry.seq} ({entry.action}) is about {entry.subject}, "
                            "which the registry does not hold")  # fmt: skip
            continue
        if entry.action == "model.registered":
            if entry.subject in replayed:
                problems.append(f"{entry.subject} registered twice (entry {entry.seq})")
            replayed[entry.subject] = entry.outcome
        elif status is None:
            continue  # a decision that moved nothing (the pipeline's gate verdict, a waiver)
        elif entry.subject not in replayed:
            problems.append(f"entry {entry.seq} ({entry.action}) precedes the registration")
        else:
            replayed[entry.subject] = status
    for ref, model in models.items():
        if replayed.get(ref) != model.status:
            problems.append(f"{ref} is {model.status} but its entries say {replayed.get(ref)}")
    return problems
