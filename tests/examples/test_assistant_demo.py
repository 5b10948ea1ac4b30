"""Fast checks of the assistant demo (steward.examples.assistant_demo) that need no model: it
refuses to serve an assistant nobody signed off, and the gateway policy it writes points at
the served adapter without losing the original policy's files."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

from steward.config import load_policy
from steward.examples import assistant_demo
from steward.examples.starter import write_example
from steward.registry.models import PENDING_REVIEW, Registry
from steward.serve.guards.build import MODEL_KIND as INJECTION_MODEL_KIND
from steward.store.artifacts import Store

ROOT = Path(__file__).resolve().parents[2]
# the example exactly as `steward init --example assistant` writes it (what `make demo` runs)
_FOLDER = Path(tempfile.mkdtemp(prefix="steward-assistant-example-"))
atexit.register(shutil.rmtree, _FOLDER, True)
POLICY = write_example(
    _FOLDER / "steward.yaml", "assistant", shared_data=ROOT.parent / "shared" / "data"
).policy
NAME = load_policy(POLICY).policy.project.name


def _register(store: Store, status: str) -> str:
    """A version of the assistant (its artifact a stand-in: nothing here loads it)."""
    adapter = store.home / "adapter.bin"
    adapter.write_bytes(b"a stand-in for a LoRA adapter")
    record = store.put(adapter, kind="assistant_adapter")
    return Registry(store).register(
        name=NAME, artifact_sha256=record.sha256, weights_sha256=record.sha256, status=status,
        run_id=None, metrics={}, gate={},
    ).ref  # fmt: skip


def test_an_assistant_awaiting_review_is_not_served_and_the_demo_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / ".steward"
    monkeypatch.setenv("STEWARD_HOME", str(home))
    _register(Store(home), PENDING_REVIEW)  # passed the gate, nobody signed it off yet

    assert assistant_demo.main(str(POLICY)) == 1
    said = capsys.readouterr().out
    assert f"no approved or deployed {NAME} to serve" in said
    assert f"run `steward run {POLICY}` and sign it off first" in said


def test_the_newest_signed_off_version_is_chosen_not_a_newer_one_awaiting_review(
    store: Store,
) -> None:
    assert assistant_demo.newest_servable(store, NAME) is None
    _register(store, "approved")
    approved_again = _register(store, "approved")
    _register(store, PENDING_REVIEW)
    chosen = assistant_demo.newest_servable(store, NAME)
    assert chosen is not None and chosen.ref == approved_again


def test_the_gateway_policy_forwards_to_the_served_adapter_and_keeps_the_policys_files(
    tmp_path: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = "http://127.0.0.1:1234/v1"
    workdir = tmp_path / "work"
    workdir.mkdir()
    copy = assistant_demo.gateway_policy(POLICY, upstream, workdir, store)
    assert copy.parent == workdir

    original, served = load_policy(POLICY), load_policy(copy)
    assert served.policy.serve.upstream_url == upstream
    assert served.policy.serve.require_registered_upstream is True
    # the copy lives elsewhere, yet names the very same files
    before, after = original.policy, served.policy
    assert [original.resolve(s.path) for s in before.data.sources if s.path] == [
        served.resolve(s.path) for s in after.data.sources if s.path
    ]
    assert before.assistant is not None and after.assistant is not None
    assert before.assistant.knowledge is not None and after.assistant.knowledge is not None
    documents = original.resolve(before.assistant.knowledge.documents)
    assert documents.is_dir()
    assert served.resolve(after.assistant.knowledge.documents) == documents
    injection_before = before.guards.prompt_injection
    injection_after = after.guards.prompt_injection
    assert injection_before.train_data is not None and injection_after.train_data is not None
    assert served.resolve(injection_after.train_data) == original.resolve(
        injection_before.train_data
    )
    assert [served.resolve(p) for p in injection_after.benign] == [
        original.resolve(p) for p in injection_before.benign
    ]
    # no trained detector in this store: the rules alone, and the demo says so
    assert injection_after.classifier is False
    assert "the detector runs on its rules" in capsys.readouterr().out


def test_a_trained_injection_detector_in_the_store_stays_in_use(
    tmp_path: Path, store: Store
) -> None:
    detector = tmp_path / "detector.bin"
    detector.write_bytes(b"a stand-in for a trained classifier")
    store.put(detector, kind=INJECTION_MODEL_KIND)
    copy = assistant_demo.gateway_policy(POLICY, "http://127.0.0.1:1/v1", tmp_path, store)
    assert load_policy(copy).policy.guards.prompt_injection.classifier is True
