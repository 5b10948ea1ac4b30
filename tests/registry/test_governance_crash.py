"""kill -9 between a status change and its ledger entry: the governance service writes both in
one transaction, so a crash at any point leaves the registry and the ledger agreeing (no
status change without its entry, no entry without its change) and the ledger verifies.

The deterministic tests use the test-only fault-injection point
(``STEWARD_TEST_CRASH_AT``): the real ``steward`` process SIGKILLs itself with the registry
row changed and the entry not yet written, or with both written and not yet committed. The
random test kills a process doing governance work in a loop at random moments."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.registry.governance import (
    CRASH_AFTER_CHANGE,
    CRASH_BEFORE_COMMIT,
    CRASH_POINT_ENV,
    Governance,
)
from steward.registry.models import Registry
from steward.store.artifacts import Store
from tests.registry.world import NAME, ROOT, policy_file, register, replay_problems, steward

POINTS = (CRASH_AFTER_CHANGE, CRASH_BEFORE_COMMIT)


@pytest.fixture
def world(tmp_path: Path) -> tuple[Store, Path]:
    store = Store(tmp_path / ".steward")
    policy = policy_file(tmp_path)
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "model.safetensors").write_bytes(b"weights")
    register(store, policy, model_dir)
    return store, policy


def _crashes(store: Store, *args: str, actor: str, point: str) -> None:
    """Run ``steward ARGS`` killed at ``point``; nothing of it may be left."""
    statuses = {m.ref: m.status for m in Registry(store).list()}
    count = Ledger(store).count()
    crashed = steward(store.home, *args, actor=actor, extra_env={CRASH_POINT_ENV: point})
    assert crashed.returncode == -signal.SIGKILL, (crashed.returncode, crashed.stderr)
    assert {m.ref: m.status for m in Registry(store).list()} == statuses
    assert Ledger(store).count() == count
    assert replay_problems(store) == []
    assert Ledger(store).verify().ok


def _verify_command(store: Store) -> None:
    """The ledger passes the `steward ledger verify` an auditor would run (chain, signatures,
    and the witness file each commit appended to)."""
    verified = steward(store.home, "ledger", "verify", actor="auditor")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def _succeeds(store: Store, *args: str, actor: str) -> None:
    done = steward(store.home, *args, actor=actor)
    assert done.returncode == 0, done.stdout + done.stderr
    assert replay_problems(store) == []


def test_crashed_review_deploy_and_rollback_leave_no_half_change(
    world: tuple[Store, Path],
) -> None:
    store, policy = world
    p = ("--policy", str(policy))
    steps = [
        ("carol", ("models", "review", f"{NAME}:1", "--approve", "--reason", "read", *p)),
        ("oscar", ("models", "set-status", f"{NAME}:1", "deployed", "--reason", "ship", *p)),
        ("oscar", ("models", "rollback", NAME, "--reason", "bad answers", *p)),
    ]
    expected = ["approved", "deployed", "retired"]
    for (actor, args), status in zip(steps, expected, strict=True):
        for point in POINTS:
            _crashes(store, *args, actor=actor, point=point)
        _succeeds(store, *args, actor=actor)
        assert Registry(store).get(f"{NAME}:1").status == status
    actions = [e.action for e in Ledger(store).entries()]
    assert actions.count("model.reviewed") == 1
    assert actions.count("model.status_changed") == 1
    assert actions.count("model.rolled_back") == 1
    _verify_command(store)


def test_crashed_gate_with_waiver_leaves_no_half_decision(tmp_path: Path) -> None:
    store = Store(tmp_path / ".steward")
    policy = policy_file(tmp_path)
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "model.safetensors").write_bytes(b"weights")
    register(store, policy, model_dir, metrics={"macro_f1": 0.2})  # fails: a candidate
    args = ("gate", NAME, "--policy", str(policy), "--waive", "quality-floor",
            "--reason", "pilot on 20 customers")  # fmt: skip
    for point in POINTS:
        _crashes(store, *args, actor="carol", point=point)
    _succeeds(store, *args, actor="carol")
    assert Registry(store).get(NAME).status == "pending_review"
    waived, decided = Ledger(store).entries()[-2:]
    assert (waived.action, decided.action) == ("gate.waived", "gate.decided")
    assert decided.details["promoted"] is True
    assert decided.details["policy_sha256"] == load_policy(policy).sha256
    _verify_command(store)


DRIVER = """
import sys
from pathlib import Path
from steward.config import load_policy
from steward.registry.governance import Governance
from steward.store.artifacts import Store
from tests.registry.world import NAME, register

store, policy, model_dir = Store(Path(sys.argv[1])), Path(sys.argv[2]), Path(sys.argv[3])
service = Governance(store, load_policy(policy))
print("ready", flush=True)
while True:
    model = register(store, policy, model_dir)
    service.review(model.ref, approve=True, reason="ok", actor="carol")
    service.set_status(model.ref, "deployed", reason="ship", actor="oscar")
    service.rollback(NAME, reason="roll back", actor="oscar")
"""


def test_random_kills_never_split_a_change_from_its_entry(world: tuple[Store, Path]) -> None:
    store, policy = world
    seed = int(os.environ.get("STEWARD_CRASH_SEED", time.time_ns() % 10_000))
    rng = random.Random(seed)
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}
    kills = 0
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(store.home), str(policy),
             str(store.home.parent / "model")],
            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
        kills += 1
        assert replay_problems(store) == [], f"seed {seed}"
        assert Ledger(store).verify().ok, f"seed {seed}"
    # The loop got somewhere: versions were registered and moved between the kills.
    assert len(Registry(store).list()) > kills, f"seed {seed}"
    # And the service still works on what the crashes left.
    service = Governance(store, load_policy(policy))
    newest = Registry(store).get(NAME)
    if newest.status == "pending_review":
        service.review(newest.ref, approve=False, reason="tidy up", actor="carol")
    assert replay_problems(store) == []
    _verify_command(store)


def test_a_registration_and_its_gate_verdict_are_one_commit_with_the_policy_hash(
    world: tuple[Store, Path],
) -> None:
    store, policy = world
    decided, registered = Ledger(store).entries()[-2:]
    assert (decided.action, registered.action) == ("gate.decided", "model.registered")
    assert decided.subject == registered.subject == f"{NAME}:1"
    assert decided.details["policy_sha256"] == load_policy(policy).sha256
    assert registered.outcome == Registry(store).get(f"{NAME}:1").status == "pending_review"
    # One commit: only its newest entry carries the commit's signature.
    assert decided.signature is None and registered.signature is not None
