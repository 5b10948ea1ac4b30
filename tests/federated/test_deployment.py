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
from dataclasses import dataclass
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

# test_federate's three sites: three SuperNodes (Flower's SecAgg+ needs more than 2 shares)
SITES = ("north", "south", "east")


def _policy(
    tiny_model_dir: Path, runtime: str, rounds: int = 2, sites: tuple[str, ...] = SITES
) -> dict[str, Any]:
    return {
        "project": {"name": "fed-deploy"},
        "data": {"sources": [{"path": "north.jsonl"}], "split": {"test": 0.2, "validation": 0.2}},
        "train": {"base_model": str(tiny_model_dir), "max_length": 24, "batch_size": 8,
                  "learning_rate": 0.01, "extend_vocab": False, "seed": 7},
        "federated": {"sites": [{"name": s, "sources": [{"path": f"{s}.jsonl"}]} for s in sites],
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


@dataclass(frozen=True)
class Federation:
    summary: dict[str, Any]
    home: Path
    run_dir: Path


@pytest.fixture(scope="module")
def federations(
    tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory, ray_cluster: dict[str, str]
) -> dict[str, Federation]:
    """One SecAgg+ federation of the three sites (one round), run once on the deployment
    runtime and once on the simulation engine with the same policy and seeds. Each run costs
    a minute of real processes, so the tests below share the two runs and read different
    things off them: the processes, each site's own data, SecAgg+ across processes, and the
    deployment's equality with the simulation."""
    tmp = tmp_path_factory.mktemp("deployment")
    _write_sites(tmp)
    # One round shows what the deployment adds (the processes, each site's own data, the
    # features the first model message's process caches for the later ones, the unmasked
    # sum); later rounds run the same ServerApp code as the simulation's, which
    # test_federate covers.
    policy = _policy(tiny_model_dir, "simulation", rounds=1)
    # the simulation's Ray runs one worker for the sites (one worker start, not two)
    policy["federated"].update(aggregation="secaggplus", cpus_per_site=min(2, os.cpu_count() or 1))
    # The two runs go together: the deployment's processes mostly wait on each other
    # (Flower's polling), so the simulation uses that idle CPU instead of running after it.
    # The deployment is the real command in its own process (its output goes to files: a full
    # pipe would stall it); the simulation runs the same CLI in this process meanwhile (Typer's
    # runner: a fresh interpreter would only import torch, Flower and Ray again).
    from typer.testing import CliRunner

    from steward.cli import app

    started, roots = time.monotonic(), {}
    for runtime in ("deployment", "simulation"):
        roots[runtime] = root = tmp / runtime
        root.mkdir()
        for site in SITES:
            (root / f"{site}.jsonl").write_bytes((tmp / f"{site}.jsonl").read_bytes())
    root = roots["deployment"]
    command = _command(root, policy, root / ".steward")
    command += ["--runtime", "deployment"]  # the option overrides the policy's runtime
    with (root / "stdout").open("wb") as out, (root / "stderr").open("wb") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=_env())
    runs = {}
    try:
        root = roots["simulation"]
        simulated = CliRunner().invoke(
            app, _command(root, policy, root / ".steward")[3:],
            env={**ray_cluster, "STEWARD_ACTOR": "dev", "HF_HUB_OFFLINE": "1",
                 # Flower's Ray start changes PYTHONPATH for good: the runner puts it back
                 "PYTHONPATH": os.environ.get("PYTHONPATH")},
        )  # fmt: skip
        assert simulated.exit_code == 0, f"simulation: {simulated.output[-6000:]}"
        print(f"simulation run: done {time.monotonic() - started:.1f} s after both started")
        summary = json.loads(simulated.stdout)
        runs["simulation"] = Federation(summary, root / ".steward", Path(summary["run_dir"]))
        process.wait(timeout=600)
        root = roots["deployment"]
        stderr = (root / "stderr").read_text(encoding="utf-8", errors="replace")
        assert process.returncode == 0, f"deployment: {stderr[-6000:]}"
        print(f"deployment run: done {time.monotonic() - started:.1f} s after both started")
        summary = json.loads((root / "stdout").read_text(encoding="utf-8"))
        runs["deployment"] = Federation(summary, root / ".steward", Path(summary["run_dir"]))
    finally:
        if process.poll() is None:
            process.terminate()  # the command stops its Flower processes on SIGTERM
            process.wait(timeout=120)
    return runs


def test_deployment_runs_real_flower_processes_on_each_sites_own_data_and_leaves_none(
    federations: dict[str, Federation],
) -> None:
    deployed = federations["deployment"]
    run_dir = deployed.run_dir
    # The Flower processes ran, and none of them (nor the SuperExecs and app processes they
    # started) outlived the command.
    groups = _started_groups(run_dir)
    assert set(groups) == {"superlink", "flwr-run", *(f"supernode-{site}" for site in SITES)}
    assert _alive_in_groups(set(groups.values())) == []
    assert flower_processes(run_dir / "deployment" / "flwr-home") == []
    for site in SITES:
        log = (run_dir / "deployment" / f"supernode-{site}.log").read_text()
        assert "SuperNode ID" in log  # it joined the SuperLink
        # each site's app processes kept its model (features of its own rows) in its own
        # folder, between the per-message processes
        cached = list((run_dir / "sites" / site / "flower-node").glob("site-model-*.pkl"))
        assert [path.name for path in cached] == [f"site-model-{deployed.summary['run_id']}.pkl"]
    # The apps' shared spec names no site's data: each SuperNode's node config names its own.
    for name in ("federation.pkl", "federation-sites.pkl"):
        spec = (run_dir / "deployment" / name).read_bytes()
        assert b"governed.jsonl" not in spec

    # The round completed with every site, each on its own training split, and the ledger
    # holds one entry per round naming each site's participation.
    (record,) = deployed.summary["rounds"]
    sites = {site["name"]: site for site in deployed.summary["sites"]}
    assert record["round"] == 1
    assert record["sites"] == sorted(SITES) and record["failures"] == 0
    assert record["rows_by_site"] == {n: sites[n]["splits"]["train"] for n in SITES}
    assert {site["name"] for site in deployed.summary["sites"] if site["test"]} == set(SITES)
    ledger = Ledger(Store(deployed.home))
    (started_entry,) = ledger.entries(action="federation.started")
    assert started_entry.details["engine"] == "flower-deployment"
    (round_entry,) = ledger.entries(action="federated.round")
    assert round_entry.details["round"] == 1
    assert round_entry.details["rows_by_site"] == record["rows_by_site"]
    (trained,) = ledger.entries(action="model.trained")
    assert trained.details["federated"]["engine"] == "flower-deployment"
    governed_sites = [entry.details["site"] for entry in ledger.entries(action="data.governed")]
    assert sorted(governed_sites) == sorted(SITES)
    assert "deployment runtime" in (run_dir / "MODEL_CARD.md").read_text()


def test_secaggplus_across_processes_leaves_the_server_only_the_sum(
    federations: dict[str, Federation],
) -> None:
    """SecAgg+ across processes: each SuperNode keeps its masking state in its own node state
    between the per-message ClientApp processes; the ServerApp still only unmasks the sum."""
    deployed = federations["deployment"]
    (record,) = deployed.summary["rounds"]
    assert record["distinct_updates"] == 1  # the unmasked sum, never a site's own head
    assert set(record["validation_accuracy_by_site"]) == set(SITES)
    (entry,) = Ledger(Store(deployed.home)).entries(action="federated.round")
    assert entry.details["aggregation"] == "secaggplus"
    assert entry.details["distinct_updates"] == 1


def test_deployment_matches_the_simulation(federations: dict[str, Federation]) -> None:
    deployed, simulated = federations["deployment"].summary, federations["simulation"].summary
    (started,) = Ledger(Store(federations["simulation"].home)).entries(action="federation.started")
    assert started.details["engine"] == "flower-simulation"
    # Each site's features come from the same encoder in a different process (Ray's worker vs
    # a flwr-clientapp, possibly another thread count), so losses may differ in the last
    # float32 digits; everything counted (rows, correct answers) must be equal.
    for mine, theirs in zip(deployed["rounds"], simulated["rounds"], strict=True):
        assert mine["rows_by_site"] == theirs["rows_by_site"]
        assert mine["distinct_updates"] == theirs["distinct_updates"] == 1
        assert mine["train_loss"] == pytest.approx(theirs["train_loss"], abs=1e-4)
        assert mine["validation_accuracy_by_site"] == theirs["validation_accuracy_by_site"]
    assert deployed["metrics"] == simulated["metrics"]
    assert {s["name"]: s["test"] for s in deployed["sites"]} == {
        s["name"]: s["test"] for s in simulated["sites"]
    }


def test_ctrl_c_stops_every_flower_process(tiny_model_dir: Path, tmp_path: Path) -> None:
    _write_sites(tmp_path)
    home = tmp_path / ".steward"
    process = subprocess.Popen(
        # two SuperNodes are enough to show every process group stopped
        [*_command(tmp_path, _policy(tiny_model_dir, "deployment", sites=SITES[:2]), home)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
        # a shell that starts pytest in the background leaves SIGINT ignored, and an ignored
        # signal stays ignored in children: give the command the terminal's default, as a user's
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
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
    assert len(groups) == 2 + 2
    assert _alive_in_groups(set(groups.values())) == [], stderr.decode()[-3000:]
    assert flower_processes(processes[0].parent / "flwr-home") == []
    failed = Ledger(Store(home)).entries(action="run.failed")
    assert failed and "KeyboardInterrupt" in failed[-1].details["error"]


def test_secaggplus_key_stages_need_no_site_model() -> None:
    """SecAgg+'s setup, share-keys and unmask messages are answered by ``secaggplus_mod``
    alone, so their ``flwr-clientapp`` processes skip torch and the site's model; the masked
    update's message and every evaluation restore it."""
    from flwr.app import ConfigRecord, Message, MessageType, Metadata, RecordDict
    from flwr.app.message.message import make_message
    from flwr.common.secure_aggregation.secaggplus_constants import (
        RECORD_KEY_CONFIGS,
        Key,
        Stage,
    )

    from steward.federated.deployment import _needs_site_model

    def message(kind: str, stage: str | None = None) -> Message:
        content = RecordDict()
        if stage is not None:
            content[RECORD_KEY_CONFIGS] = ConfigRecord({Key.STAGE: stage})
        # as a SuperNode receives it (made here outside a run, so with explicit metadata)
        metadata = Metadata(run_id=1, message_id="m", src_node_id=0, dst_node_id=1,
                            reply_to_message_id="", group_id="1", created_at=0.0, ttl=60.0,
                            message_type=kind)  # fmt: skip
        return make_message(metadata, content)

    for stage in (Stage.SETUP, Stage.SHARE_KEYS, Stage.UNMASK):
        assert not _needs_site_model(message(MessageType.TRAIN, stage), "secaggplus")
        assert _needs_site_model(message(MessageType.TRAIN, stage), "fedavg")
    collect = message(MessageType.TRAIN, Stage.COLLECT_MASKED_VECTORS)
    assert _needs_site_model(collect, "secaggplus")
    assert _needs_site_model(message(MessageType.EVALUATE), "secaggplus")
    assert _needs_site_model(message(MessageType.TRAIN), "fedavg")
