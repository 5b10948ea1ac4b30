"""`steward federate --runtime deployment`: the same ClientApp and ServerApp as the simulation,
run by real Flower processes on 127.0.0.1 (a SuperLink, one SuperNode per site, the SuperExecs
and per-message ``flwr-clientapp`` processes they start), on free ports chosen at run time. The
result is checked against the simulation of the same federation and seeds, and no Flower
process may outlive the command, on success or on Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from steward.accountability.ledger import Ledger
from steward.federated.deployment import flower_processes
from steward.store.artifacts import Store
from tests.conftest import MINIMAL_GATE
from tests.federated.test_federate import _write_sites

pytest.importorskip("flwr", reason="Flower is not installed (make federated)")
pytestmark = pytest.mark.slow

SITES = ("north", "south")  # two of test_federate's three sites: two SuperNodes


def _policy(tiny_model_dir: Path, runtime: str, rounds: int = 2) -> dict[str, Any]:
    return {
        "project": {"name": "fed-deploy"},
        "data": {"sources": [{"path": "north.jsonl"}], "split": {"test": 0.2, "validation": 0.2}},
        "train": {"base_model": str(tiny_model_dir), "max_length": 24, "batch_size": 8,
                  "learning_rate": 0.01, "extend_vocab": False, "seed": 7},
        "federated": {"sites": [{"name": s, "sources": [{"path": f"{s}.jsonl"}]} for s in SITES],
                      "rounds": rounds, "local_epochs": 2, "runtime": runtime,
                      "deployment_timeout_s": 600,
                      # the local-only reference models are test_fairness's
                      "local_only_reference": False},
        "gate": MINIMAL_GATE,
    }  # fmt: skip


def _command(root: Path, policy: dict[str, Any], home: Path) -> list[str]:
    path = root / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    return [sys.executable, "-m", "steward.cli", "federate", str(path), "--home", str(home),
            "--json"]  # fmt: skip


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, **(extra or {}), "STEWARD_ACTOR": "dev", "HF_HUB_OFFLINE": "1"}


def _alive_in_groups(groups: set[int]) -> list[str]:
    """Processes (pid and command) whose process group is one the deployment started."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        # /proc/PID/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[2]) in groups:
            alive.append(f"{entry.name}: {cmdline}")
    return alive


def _started_groups(run_dir: Path) -> dict[str, int]:
    # each process was started in a new session: its pid is its process group
    started: dict[str, int] = json.loads((run_dir / "deployment" / "processes.json").read_text())
    return started


def test_deployment_runtime_matches_simulation_and_leaves_no_process(
    tiny_model_dir: Path, tmp_path: Path, ray_cluster: dict[str, str]
) -> None:
    _write_sites(tmp_path)
    deployed_root, simulated_root = tmp_path / "deployed", tmp_path / "simulated"
    for root in (deployed_root, simulated_root):
        root.mkdir()
        for site in SITES:
            (root / f"{site}.jsonl").write_bytes((tmp_path / f"{site}.jsonl").read_bytes())

    # One round shows what the deployment adds (the processes, each site's own data, the
    # features a train message's process caches for the evaluate message's, the aggregate);
    # later rounds run the same ServerApp code as the simulation's, which test_federate covers.
    policy = _policy(tiny_model_dir, "simulation", rounds=1)
    home = deployed_root / ".steward"
    started = time.monotonic()
    done = subprocess.run(
        [*_command(deployed_root, policy, home),
         "--runtime", "deployment"],  # the option overrides the policy's runtime
        capture_output=True, text=True, env=_env(), timeout=600, check=False,
    )  # fmt: skip
    deployed_seconds = time.monotonic() - started
    assert done.returncode == 0, done.stderr[-6000:]
    deployed = json.loads(done.stdout)
    run_dir = Path(deployed["run_dir"])

    # The Flower processes ran, each site's SuperNode named its own data only, and none of them
    # (nor the SuperExecs and app processes they started) outlived the command.
    groups = _started_groups(run_dir)
    assert set(groups) == {"superlink", "supernode-north", "supernode-south", "flwr-run"}
    assert _alive_in_groups(set(groups.values())) == []
    assert flower_processes(run_dir / "deployment" / "flwr-home") == []
    for site in SITES:
        log = (run_dir / "deployment" / f"supernode-{site}.log").read_text()
        assert "SuperNode ID" in log  # it joined the SuperLink
    flower_home = run_dir / "deployment" / "flwr-home"
    assert flower_home.is_dir()

    # Every round completed with both sites, and the ledger holds one entry per round naming
    # each site's participation.
    rounds = deployed["rounds"]
    assert [record["round"] for record in rounds] == [1]
    sites = {site["name"]: site for site in deployed["sites"]}
    for record in rounds:
        assert record["sites"] == sorted(SITES)
        assert record["failures"] == 0
        assert record["rows_by_site"] == {n: sites[n]["splits"]["train"] for n in SITES}
        assert record["distinct_updates"] == len(SITES)
    ledger = Ledger(Store(home))
    (started_entry,) = ledger.entries(action="federation.started")
    assert started_entry.details["engine"] == "flower-deployment"
    round_entries = ledger.entries(action="federated.round")
    assert [entry.details["round"] for entry in round_entries] == [1]
    for entry in round_entries:
        assert entry.details["rows_by_site"] == rounds[0]["rows_by_site"]
    (trained,) = ledger.entries(action="model.trained")
    assert trained.details["federated"]["engine"] == "flower-deployment"
    governed_sites = [entry.details["site"] for entry in ledger.entries(action="data.governed")]
    assert sorted(governed_sites) == sorted(SITES)
    assert "deployment runtime" in (run_dir / "MODEL_CARD.md").read_text()

    # The same federation on the simulation engine, same seeds: the same rounds and model.
    simulated_done = subprocess.run(
        _command(simulated_root, policy, simulated_root / ".st"),
        capture_output=True, text=True, env=_env(ray_cluster), timeout=600, check=False,
    )  # fmt: skip
    assert simulated_done.returncode == 0, simulated_done.stderr[-4000:]
    simulated = json.loads(simulated_done.stdout)
    # Each site's features come from the same encoder in a different process (Ray's worker vs
    # a flwr-clientapp, possibly another thread count), so losses may differ in the last
    # float32 digits; everything counted (rows, correct answers) must be equal.
    for mine, theirs in zip(rounds, simulated["rounds"], strict=True):
        assert mine["rows_by_site"] == theirs["rows_by_site"]
        assert mine["train_loss"] == pytest.approx(theirs["train_loss"], abs=1e-4)
        assert mine["validation_accuracy_by_site"] == theirs["validation_accuracy_by_site"]
    assert deployed["metrics"] == simulated["metrics"]
    assert {s["name"]: s["test"] for s in deployed["sites"]} == {
        s["name"]: s["test"] for s in simulated["sites"]
    }
    print(f"deployment run: {deployed_seconds:.1f} s")


def test_ctrl_c_stops_every_flower_process(tiny_model_dir: Path, tmp_path: Path) -> None:
    _write_sites(tmp_path)
    home = tmp_path / ".steward"
    process = subprocess.Popen(
        [*_command(tmp_path, _policy(tiny_model_dir, "deployment"), home)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
    )  # fmt: skip
    try:
        # Wait until the whole deployment is up (the run submitted), then press Ctrl-C.
        deadline = time.monotonic() + 300
        processes: list[Path] = []
        while time.monotonic() < deadline and process.poll() is None:
            processes = list((home / "runs").glob("*/deployment/processes.json"))
            if processes and "flwr-run" in json.loads(processes[0].read_text() or "{}"):
                break
            time.sleep(0.2)
        assert processes, "the deployment never started"
        time.sleep(2)  # let the SuperLink hand the run to its SuperExec
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode != 0
    groups = json.loads(processes[0].read_text())
    assert len(groups) == 2 + len(SITES)
    assert _alive_in_groups(set(groups.values())) == [], stderr.decode()[-3000:]
    assert flower_processes(processes[0].parent / "flwr-home") == []
    failed = Ledger(Store(home)).entries(action="run.failed")
    assert failed and "KeyboardInterrupt" in failed[-1].details["error"]


def test_secaggplus_on_the_deployment_runtime(tiny_model_dir: Path, tmp_path: Path) -> None:
    """SecAgg+ across processes: each SuperNode keeps its masking state in its own node state
    between the per-message ClientApp processes; the ServerApp still only unmasks the sum."""
    _write_sites(tmp_path)
    home = tmp_path / ".steward"
    policy = _policy(tiny_model_dir, "deployment")
    three = ("north", "south", "east")  # Flower's SecAgg+ needs more than 2 shares
    sites = [{"name": s, "sources": [{"path": f"{s}.jsonl"}]} for s in three]
    policy["federated"].update({"sites": sites, "rounds": 1, "aggregation": "secaggplus"})
    done = subprocess.run(
        _command(tmp_path, policy, home),
        capture_output=True, text=True, env=_env(), timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-6000:]
    summary = json.loads(done.stdout)
    (record,) = summary["rounds"]
    assert record["sites"] == sorted(three) and record["failures"] == 0
    assert record["distinct_updates"] == 1  # the unmasked sum, never a site's own head
    assert set(record["validation_accuracy_by_site"]) == set(three)
    assert {site["name"] for site in summary["sites"] if site["test"]} == set(three)
    (entry,) = Ledger(Store(home)).entries(action="federated.round")
    assert entry.details["aggregation"] == "secaggplus"
    groups = _started_groups(Path(summary["run_dir"]))
    assert _alive_in_groups(set(groups.values())) == []
    assert flower_processes(Path(summary["run_dir"]) / "deployment" / "flwr-home") == []
