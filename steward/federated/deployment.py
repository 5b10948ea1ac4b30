"""``steward federate`` on Flower's deployment runtime: the same ClientApp and ServerApp as the
simulation (:mod:`steward.federated.apps`, :mod:`steward.federated.secagg`), run as separate
processes on this machine.

What runs as which process (each in its own process group, stopped with its children on
success, failure, Ctrl-C and SIGTERM):

- ``flower-superlink``: the SuperLink (Fleet, Control and Runtime APIs on one port of
  127.0.0.1); it starts a SuperExec that starts ``flwr-serverapp``, which runs
  :class:`AggregatorServerApp` (the FedAvg or SecAgg+ ServerApp) and writes what the server
  saw (one line per round, then the final head and the sites' test counts) to the federation's
  ``deployment/out`` folder;
- one ``flower-supernode`` per site, whose node config names the site, its index and its own
  governed data set only; its SuperExec starts one ``flwr-clientapp`` per message, which runs
  :class:`SiteClientApp` (the site's ClientApp) on that site's rows;
- ``flwr run``: submits the Flower App (a two-line shim naming the classes below) to the
  SuperLink and streams the ServerApp's log until the run ends.

The parent (``steward federate``) writes the ledger entries as the ServerApp reports rounds.
All of it is ``--insecure`` (no TLS) and listens on 127.0.0.1 only: a demonstration of the
process boundary on one machine, not a network deployment.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from flwr.clientapp import ClientApp
from flwr.serverapp import Grid, ServerApp

from steward.errors import StewardError
from steward.federated.apps import FederationPlan, RoundRecord, SitePartition

if TYPE_CHECKING:
    import torch
    from flwr.app import Context, Message

# The Flower App that ``flwr run`` bundles: only a shim, the code is Steward's.
APP_PACKAGE = "steward_flower_app"
APP_PYPROJECT = """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "steward-federate"
version = "1.0.0"
description = "steward federate: the intent classifier's head over the policy's sites"
license = "Apache-2.0"

[tool.hatch.build.targets.wheel]
packages = ["."]

[tool.flwr.app]
publisher = "steward"

[tool.flwr.app.components]
serverapp = "{package}.apps:server"
clientapp = "{package}.apps:client"

[tool.flwr.app.config]
spec = ""
out = ""
"""
APP_MODULE = """\
from steward.federated.deployment import AggregatorServerApp, SiteClientApp

server = AggregatorServerApp()
client = SiteClientApp()
"""
SPEC_FILE = "federation.pkl"
# what the sites' ClientApps read: the spec without the initial head (the server sends it), so
# that a ``flwr-clientapp`` process with no model work to do never imports torch
SITE_SPEC_FILE = "federation-sites.pkl"
ROUNDS_FILE = "rounds.jsonl"
OUTCOME_FILE = "outcome.pkl"
# what the ServerApp's outcome carries back to the parent: the model, its test counts and the
# fairness audit's (per-group counts, the local-only references')
AUDIT_KEYS = (
    "final_head",
    "test_by_site",
    "test_groups_by_site",
    "local_only_by_site",
    "local_only_groups_by_site",
)
ERROR_FILE = "error.json"
PROCESSES_FILE = "processes.json"
STOP_GRACE_S = 10.0
PULL_INTERVAL_S = 0.1  # how often the ServerApp asks the SuperLink for the sites' replies
OUTCOME_GRACE_S = 15.0  # `flwr run --stream` may end just before the outcome is written
FLOWER_ENV = {
    "FLWR_DISABLE_UPDATE_CHECK": "1",  # no network: no look-up of newer releases
    "FLWR_TELEMETRY_ENABLED": "0",
    # how often a SuperExec asks for the next app to start (Flower's default: 1 s per message)
    "FLWR_SUPEREXEC_TASK_POLL_INTERVAL": "0.2",
}


@dataclass(frozen=True)
class DeploymentSpec:
    """What the ServerApp and the ClientApps read at run time (the run config names the file).
    The plan's site partitions carry names only: a site's rows are named by its own SuperNode's
    node config."""

    plan: FederationPlan
    initial_head: dict[str, torch.Tensor]
    aggregation: str
    num_shares: int
    reconstruction_threshold: int


def _load_spec(context: Context, name: str = SPEC_FILE) -> DeploymentSpec:
    # The federation wrote this file (and the sites' one beside it) into its own private run
    # folder for this run.
    with Path(str(context.run_config["spec"])).with_name(name).open("rb") as handle:
        spec = pickle.load(handle)
    assert isinstance(spec, DeploymentSpec)
    return spec


def _needs_site_model(message: Message, aggregation: str) -> bool:
    """False for SecAgg+'s setup, share-keys and unmask messages: ``secaggplus_mod`` answers
    them alone (keys, shares and masks; it calls the site's client only to collect the masked
    update), so their processes need not import torch nor restore the site's model."""
    from flwr.app import MessageType
    from flwr.common.secure_aggregation.secaggplus_constants import (
        RECORD_KEY_CONFIGS,
        Key,
        Stage,
    )

    if aggregation != "secaggplus" or message.metadata.message_type != MessageType.TRAIN:
        return True
    configs = message.content.config_records.get(RECORD_KEY_CONFIGS)
    return configs is None or configs.get(Key.STAGE) == Stage.COLLECT_MASKED_VECTORS


class SiteClientApp(ClientApp):
    """One site's ClientApp in a ``flwr-clientapp`` process: the simulation's ClientApp, given
    the plan with this node's own governed data set (node config ``governed``) and no other
    site's."""

    def __call__(self, message: Message, context: Context) -> Message:
        from steward.federated.apps import build_client_app
        from steward.federated.secagg import build_secagg_client_app

        spec = _load_spec(context, SITE_SPEC_FILE)
        index = int(context.node_config["partition-id"])
        name = str(context.node_config["site"])
        if spec.plan.sites[index].name != name:
            raise StewardError(
                f"SuperNode's node config names site {name!r} at partition-id {index}, but the "
                f"federation's site {index} is {spec.plan.sites[index].name!r}",
                where="flower-supernode --node-config",
            )
        own = SitePartition(name, Path(str(context.node_config["governed"])))
        sites = tuple(own if i == index else site for i, site in enumerate(spec.plan.sites))
        plan = replace(spec.plan, sites=sites)
        if _needs_site_model(message, spec.aggregation):
            _restore_site_model(plan, index)
        if spec.aggregation == "secaggplus":
            app = build_secagg_client_app(plan)
        else:
            app = build_client_app(plan)
        reply: Message = app(message=message, context=context)
        return reply


def _restore_site_model(plan: FederationPlan, index: int) -> None:
    """Flower starts a ``flwr-clientapp`` process per message, so the site's model (its rows'
    encoder features and the head) is kept between messages in the site's own folder, as the
    simulation keeps it in its worker; the first message of the run that needs it computes it."""
    from steward.federated import apps

    key = (plan.token, index)
    if key in apps._SITES:
        return
    cache = plan.sites[index].governed.parent / "flower-node" / f"site-model-{plan.token}.pkl"
    if cache.exists():
        with cache.open("rb") as handle:
            apps._SITES[key] = pickle.load(handle)  # the site's own file, from this run
        return
    model = apps.site_model(plan, index)
    cache.parent.mkdir(mode=0o700, exist_ok=True)
    _write_atomic(cache, pickle.dumps(model))


class AggregatorServerApp(ServerApp):
    """The aggregator in a ``flwr-serverapp`` process: the simulation's ServerApp, whose rounds
    and outcome go to files in the run config's ``out`` folder (the parent reads them)."""

    def __call__(self, grid: Grid, context: Context) -> None:
        from steward.federated.apps import build_server_app
        from steward.federated.secagg import build_secagg_server_app

        spec = _load_spec(context)
        out = Path(str(context.run_config["out"]))

        def on_round(record: RoundRecord) -> None:
            with (out / ROUNDS_FILE).open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(record.to_dict()) + "\n")

        outcome: dict[str, Any] = {}
        if spec.aggregation == "secaggplus":
            app = build_secagg_server_app(
                spec.plan,
                spec.initial_head,
                on_round,
                outcome,
                num_shares=spec.num_shares,
                reconstruction_threshold=spec.reconstruction_threshold,
            )
        else:
            app = build_server_app(spec.plan, spec.initial_head, on_round, outcome)
        try:
            app(grid=PromptGrid(grid), context=context)
        except BaseException as exc:
            outcome.setdefault("error", exc)
            raise
        finally:
            if "error" in outcome:
                error = outcome["error"]
                _write_atomic(
                    out / ERROR_FILE,
                    json.dumps({"error": f"{type(error).__name__}: {error}"}).encode(),
                )
            else:
                final = {key: outcome[key] for key in AUDIT_KEYS if key in outcome}
                _write_atomic(out / OUTCOME_FILE, pickle.dumps(final))


class PromptGrid(Grid):
    """The SuperLink's grid, whose ``send_and_receive`` asks for replies every
    ``pull_interval`` seconds (the simulation's in-memory grid: 0.1 s) instead of every 3 s.
    Every SecAgg+ stage and evaluation is one ``send_and_receive``, so Flower's HTTP grid made
    each wait for the next multiple of 3 s after its last reply; the messages and replies are
    the same."""

    def __init__(self, grid: Grid, pull_interval: float = PULL_INTERVAL_S) -> None:
        self.grid = grid
        self.pull_interval = pull_interval

    def set_run(self, run: Any) -> None:
        self.grid.set_run(run)

    @property
    def run(self) -> Any:
        return self.grid.run

    def create_message(self, *args: Any, **kwargs: Any) -> Any:
        return self.grid.create_message(*args, **kwargs)

    def get_node_ids(self) -> Any:
        return self.grid.get_node_ids()

    def get_nodes(self) -> Any:
        return self.grid.get_nodes()

    def push_messages(self, messages: Any) -> Any:
        return self.grid.push_messages(messages)

    def pull_messages(self, message_ids: Any) -> Any:
        return self.grid.pull_messages(message_ids)

    def send_and_receive(self, messages: Any, *, timeout: float | None = None) -> Any:
        waiting = set(self.grid.push_messages(messages))
        deadline = None if timeout is None else time.monotonic() + timeout
        replies: list[Any] = []
        while waiting and (deadline is None or time.monotonic() < deadline):
            pulled = list(self.grid.pull_messages(waiting))
            replies.extend(pulled)
            waiting -= {reply.metadata.reply_to_message_id for reply in pulled}
            if waiting:
                time.sleep(self.pull_interval)
        return replies


def _write_atomic(path: Path, data: bytes) -> None:
    """Write then rename, so the parent never reads half a file."""
    partial = path.with_suffix(path.suffix + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def free_port() -> int:
    """A port on 127.0.0.1 free now (the OS picks it; used at once by the process it names)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _flower_command(name: str) -> str:
    """A Flower console script next to this interpreter (the venv Flower is installed in)."""
    script = Path(sys.executable).parent / name
    if not script.is_file():
        raise StewardError(
            f"{script} not found: Flower's deployment runtime needs flwr's console scripts "
            "in the same environment as Steward (run `make federated`)",
            where="federated.runtime: deployment",
        )
    return str(script)


class FlowerProcesses:
    """The deployment's processes, each started in a new session (its own process group) so
    that stopping it also stops the SuperExec and app processes it started."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder, self.env = folder, env
        self.started: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start(self, name: str, command: list[str]) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        try:
            process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.env,
                cwd=self.folder,
                start_new_session=True,
            )
        finally:
            log.close()  # the child holds its own copy
        self.started.append((name, process))
        record = {n: p.pid for n, p in self.started}
        (self.folder / PROCESSES_FILE).write_text(json.dumps(record), encoding="utf-8")
        return process

    def log_tail(self, name: str, chars: int = 2000) -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(encoding="utf-8", errors="replace")[-chars:] if path.exists() else ""

    def exited(self) -> list[tuple[str, int]]:
        return [(n, p.returncode) for n, p in self.started if p.poll() is not None]

    def stop(self) -> None:
        """SIGTERM to every group, then SIGKILL to what is left after a grace period; then
        any process left with this deployment's ``FLWR_HOME`` (Flower's SuperLink starts its
        SuperExec in a session of its own) is killed too."""
        for _, process in self.started:
            _signal_group(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        for _, process in self.started:
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
        for _, process in self.started:
            # the leader may be gone while a SuperExec or app process of its group lingers
            _signal_group(process.pid, signal.SIGKILL)
            if process.poll() is None:
                process.wait(timeout=5)
        strays = flower_processes(Path(self.env["FLWR_HOME"]))
        for pid in strays:
            with suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        while strays and time.monotonic() < deadline:
            time.sleep(0.2)
            strays = flower_processes(Path(self.env["FLWR_HOME"]))
        for pid in strays:
            with suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)


def flower_processes(flwr_home: Path) -> list[int]:
    """Live processes (not zombies) whose environment has ``FLWR_HOME`` = ``flwr_home``: every
    process a deployment started, and what those started (Linux's /proc; elsewhere none)."""
    marker = b"\0FLWR_HOME=" + str(flwr_home).encode() + b"\0"
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            environ = b"\0" + (entry / "environ").read_bytes()
        except (OSError, IndexError):
            continue
        if state != "Z" and marker in environ:
            found.append(int(entry.name))
    return found


def _signal_group(group: int, signum: signal.Signals) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signum)


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM to ``steward federate`` stops the deployment's processes as Ctrl-C does."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _wait_for_port(port: int, processes: FlowerProcesses, name: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        _raise_if_exited(processes)
        time.sleep(0.2)
    raise StewardError(
        f"{name} did not listen on 127.0.0.1:{port} within {timeout:.0f} s; its log ends:\n"
        + processes.log_tail(name),
        where="federated.runtime: deployment",
    )


def _raise_if_exited(processes: FlowerProcesses, allowed: str | None = None) -> None:
    for name, code in processes.exited():
        if name != allowed:
            raise StewardError(
                f"{name} exited with status {code} during the federation; its log ends:\n"
                + processes.log_tail(name),
                where="federated.runtime: deployment",
            )


def run_deployment(
    spec: DeploymentSpec,
    governed: list[Path],
    folder: Path,
    on_round: Callable[[RoundRecord], None],
    *,
    timeout_s: float,
) -> dict[str, Any]:
    """Run the federation as a SuperLink and one SuperNode per site on 127.0.0.1 and return
    what the ServerApp reported (``final_head`` and ``test_by_site``); ``on_round`` is called
    in this process for each round as the ServerApp writes it. Every process is stopped before
    this returns or raises."""
    folder.mkdir(parents=True, exist_ok=True)
    out, app_dir, flwr_home = folder / "out", folder / "app", folder / "flwr-home"
    for path in (out, app_dir / APP_PACKAGE, flwr_home):
        path.mkdir(parents=True, exist_ok=True)
    spec_path = folder / SPEC_FILE
    spec_path.write_bytes(pickle.dumps(spec))
    (folder / SITE_SPEC_FILE).write_bytes(pickle.dumps(replace(spec, initial_head={})))
    (app_dir / "pyproject.toml").write_text(
        APP_PYPROJECT.format(package=APP_PACKAGE), encoding="utf-8"
    )
    (app_dir / APP_PACKAGE / "__init__.py").write_text("", encoding="utf-8")
    (app_dir / APP_PACKAGE / "apps.py").write_text(APP_MODULE, encoding="utf-8")

    link_port = free_port()
    (flwr_home / "config.toml").write_text(
        f'[superlink]\ndefault = "steward"\n\n[superlink.steward]\n'
        f'address = "127.0.0.1:{link_port}"\ninsecure = true\n',
        encoding="utf-8",
    )
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        **FLOWER_ENV,
        "FLWR_HOME": str(flwr_home),
        # the SuperLink and SuperNodes start flower-superexec by name
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        # Steward itself, as this process imports it (a checkout run from PYTHONPATH too)
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")]
        ).rstrip(os.pathsep),
    }
    processes = FlowerProcesses(folder, env)
    try:
        with _sigterm_as_interrupt():
            processes.start(
                "superlink",
                [_flower_command("flower-superlink"), "--insecure", "--host", "127.0.0.1",
                 "--port", str(link_port), "--disable-runtime-dependency-installation"],
            )  # fmt: skip
            for index, site in enumerate(spec.plan.sites):
                node_config = (
                    f'site="{site.name}" partition-id={index} '
                    f"governed={_config_string(governed[index].resolve())}"
                )
                processes.start(
                    f"supernode-{site.name}",
                    [_flower_command("flower-supernode"), "--insecure",
                     "--superlink", f"127.0.0.1:{link_port}", "--host", "127.0.0.1",
                     "--port", str(free_port()), "--node-config", node_config],
                )  # fmt: skip
            _wait_for_port(link_port, processes, "superlink", timeout=120)
            run_config = (
                f"spec={_config_string(spec_path.resolve())} out={_config_string(out.resolve())}"
            )
            processes.start(
                "flwr-run",
                [_flower_command("flwr"), "run", str(app_dir), "steward", "--stream",
                 "--run-config", run_config],
            )  # fmt: skip
            return _await_outcome(processes, out, on_round, timeout_s)
    finally:
        processes.stop()


def _config_string(path: Path) -> str:
    """A path as a quoted value of Flower's ``key="value"`` config strings (which end a value
    at the next double quote, so a path holding one cannot be passed)."""
    if '"' in str(path):
        raise StewardError(
            f"{path}: Flower's node and run config cannot carry a path with a double quote",
            where="federated.runtime: deployment",
        )
    return json.dumps(str(path))  # TOML's basic string: backslashes escaped as in JSON


def _await_outcome(
    processes: FlowerProcesses,
    out: Path,
    on_round: Callable[[RoundRecord], None],
    timeout_s: float,
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    reported = 0
    finished_at: float | None = None

    def report_rounds() -> None:
        nonlocal reported
        path = out / ROUNDS_FILE
        if not path.exists():
            return
        lines = path.read_text(encoding="utf-8").splitlines()
        # a line is complete once its newline is written; the last one may still be partial
        complete = lines if path.read_bytes().endswith(b"\n") else lines[:-1]
        for line in complete[reported:]:
            on_round(RoundRecord(**json.loads(line)))
        reported = max(reported, len(complete))

    while time.monotonic() < deadline:
        report_rounds()
        if (out / ERROR_FILE).exists():
            error = json.loads((out / ERROR_FILE).read_text(encoding="utf-8"))["error"]
            raise StewardError(
                f"federated training failed in the ServerApp: {error}",
                where="federated.runtime: deployment",
            )
        if (out / OUTCOME_FILE).exists():
            report_rounds()
            with (out / OUTCOME_FILE).open("rb") as handle:
                outcome: dict[str, Any] = pickle.load(handle)  # our own file, in the run folder
            return outcome
        finished = dict(processes.exited()).get("flwr-run")
        if finished is not None:
            finished_at = finished_at if finished_at is not None else time.monotonic()
            if finished != 0 or time.monotonic() - finished_at > OUTCOME_GRACE_S:
                raise StewardError(
                    f"`flwr run` exited with status {finished} and the ServerApp reported no "
                    "outcome; its log ends:\n" + processes.log_tail("flwr-run"),
                    where="federated.runtime: deployment",
                )
        # `flwr run --stream` ends when the run does, possibly just before the outcome file
        # appears; a SuperLink or SuperNode must not end at all
        _raise_if_exited(processes, allowed="flwr-run")
        time.sleep(0.25)
    raise StewardError(
        f"the deployment did not finish within federated.deployment_timeout_s = {timeout_s:.0f} "
        "s; the ServerApp's log ends:\n" + processes.log_tail("flwr-run"),
        where="federated.runtime: deployment",
    )
