"""schemathesis against the gateway's own ``/openapi.json`` on a real server (uvicorn on
127.0.0.1), authenticated with a real key: every documented operation, positive and negative
examples (bounded, so it runs in well under a minute), all default checks — no server error,
only documented status codes, content types and bodies that match the schema, schema-valid
requests accepted, schema-invalid ones refused, 405 with ``Allow`` for other methods — with
zero findings."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from steward.config import TrainPolicy, load_policy
from steward.registry.models import Registry
from steward.serve.app import build_gateway, create_app
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store, sha256_file
from steward.train.trainer import IntentClassifier
from tests.conftest import serving, write_policy
from tests.serve.upstreams import answering_upstream


def _approved_model(store: Store, tiny_model_dir: Path, tmp: Path) -> str:
    """A registered, approved intent classifier (the tiny random BERT): /v1/classify serves."""
    classifier, _ = IntentClassifier.from_base(
        tiny_model_dir, ["balance", "card_lost"], TrainPolicy(max_length=32)
    )
    weights = classifier.save(tmp / "model")
    record = store.put(tmp / "model", kind="model")
    version = Registry(store).register(
        name="intents", artifact_sha256=record.sha256, weights_sha256=sha256_file(weights),
        status="approved", run_id=None, metrics={}, gate={},
    )  # fmt: skip
    return version.ref


@pytest.fixture(scope="module")
def gateway_url(
    tmp_path_factory: pytest.TempPathFactory, tiny_model_dir: Path
) -> Iterator[tuple[str, str]]:
    """The gateway's URL and an end user's key (no rate limit to speak of)."""
    tmp: Path = tmp_path_factory.mktemp("schemathesis")
    with ExitStack() as stack:
        upstream_url = stack.enter_context(serving(answering_upstream()))
        store = Store(tmp / ".steward")
        policy = write_policy(
            tmp,
            "contract",
            guards={"prompt_injection": {"classifier": False}},
            serve={
                "model": _approved_model(store, tiny_model_dir, tmp),
                "upstream_url": f"{upstream_url}/v1",
                "max_batch": 8,
            },
        )
        gateway = build_gateway(load_policy(policy), store)
        key = KeyStore(store).create("fuzz", "end_user", created_by="test", rate_per_minute=10**6)
        url = stack.enter_context(serving(create_app(gateway)))
        yield url, key[0]
        gateway.writer.close()


def test_the_gateway_keeps_its_openapi_contract(
    gateway_url: tuple[str, str], tmp_path: Path
) -> None:
    """``schemathesis run`` (its CLI: every phase and default check, as a reviewer runs it)."""
    url, key = gateway_url
    report = tmp_path / "schemathesis.json"
    # One setting beyond the defaults: a schema-invalid body may also be refused as too large
    # (413, serve.max_body_bytes), which schemathesis does not count as a rejection by default.
    config = tmp_path / "schemathesis.toml"
    config.write_text(
        "[checks.negative_data_rejection]\n"
        'expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", '
        '"422", "428", "429"]\n',
        encoding="utf-8",
    )
    command = [
        str(Path(sys.executable).parent / "schemathesis"), "--config-file", str(config),
        "run", f"{url}/openapi.json",
        "--header", f"Authorization: Bearer {key}",
        "--max-examples", "40", "--seed", "15", "--workers", "1",
        "--generation-database", "none", "--request-timeout", "30",
        "--suppress-health-check", "all", "--no-color",
        "--report", "json", "--report-json-path", str(report),
    ]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path
    )
    (tmp_path / "schemathesis.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    summary = done.stdout.strip().splitlines()[-1]  # "=== 2 warnings in 31.4s ==="
    assert "failure" not in summary and "error" not in summary, done.stdout[-6000:]
    assert "Tested: 6" in done.stdout  # every operation of the schema was exercised
