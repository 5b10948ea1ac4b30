"""Feedback reaches the next version (issue 16, item 6), against a real gateway (uvicorn on
127.0.0.1), a real SQLite store and a real `steward run` on a tiny model: a consented,
corrected example is stored anonymized, exported as a governed source, ingested by the next run,
and an incident's lineage walks export -> data set -> model. Feedback without consent, shared
text or a correction is never exported."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from steward.accountability.feedback_export import (
    EXPORT_ACTION,
    export_feedback,
    feedback_lineage,
    feedback_row_id,
)
from steward.accountability.incidents import Incidents
from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import example_policy_text, load_policy
from steward.data.ingest import FEEDBACK_SOURCE_FILE, source_files
from steward.data.pii.vault import VaultCipher, load_vault_key
from steward.data.rights import DataRights, SourceCopies
from steward.errors import StewardError
from steward.serve.app import build_gateway, create_app
from steward.store.artifacts import Store
from steward.store.db import FeedbackRow
from tests.conftest import serving

CARD = "4111 1111 1111 1111"
EMAIL = "wei.zhang@example.com"
SHARED = f"I lost my card {CARD}, write to {EMAIL} about a new one"
REPLY = f"Your card ending 1111 is blocked; we wrote to {EMAIL}"
DEVELOPER = "alice"  # the example policy's developer


def _write_policy(
    root: Path, tiny_model_dir: Path, extra_sources: list[dict[str, str]] | None = None
) -> Path:
    """The example policy on a small two-intent data set and a tiny model; the gateway's
    prompt-injection classifier off (no model download), cards reversibly into the vault."""
    rows = [
        {
            "message_id": f"m{i}",
            "text": f"message {i} about my {'lost card' if i % 2 else 'balance'} number {i * 7}",
            "intent": "card_lost" if i % 2 else "balance_inquiry",
        }
        for i in range(60)
    ]
    data = root / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    policy = yaml.safe_load(example_policy_text())
    sources = [{"path": str(data)}, *(extra_sources or [])]
    policy["data"].update(sources=sources, group_fields=[])
    policy["data"]["near_dedup"] = {"enabled": False}
    policy["pii"]["operators"] = {"CREDIT_CARD": "encrypt"}
    policy["train"].update(base_model=str(tiny_model_dir), epochs=1, max_length=16)
    policy["guards"] = {"prompt_injection": {"classifier": False}}
    policy["serve"] = {"guard_processes": 0}
    path = root / "steward.yaml"
    path.write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
    return path


@dataclass
class Served:
    url: str
    key: str
    store: Store
    policy: Path

    def post(self, path: str, body: Any) -> httpx.Response:
        return httpx.post(
            self.url + path, json=body, headers={"Authorization": f"Bearer {self.key}"}, timeout=60
        )

    def request_id(self) -> str:
        return str(self.post("/v1/guard", {"text": "I lost my card"}).json()["request_id"])

    def feedback(self, **body: Any) -> httpx.Response:
        return self.post("/v1/feedback", {"request_id": self.request_id(), **body})


@pytest.fixture
def policy_path(tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("STEWARD_VAULT_KEY", raising=False)
    monkeypatch.setenv("STEWARD_ACTOR", DEVELOPER)
    return _write_policy(tmp_path, tiny_model_dir)


@pytest.fixture
def served(policy_path: Path) -> Iterator[Served]:
    store = Store(policy_path.parent / ".steward")
    gateway = build_gateway(load_policy(policy_path), store)
    key = gateway.keys.create("app", "end_user", created_by="test")[0]
    try:
        with serving(create_app(gateway)) as url:
            yield Served(url, key, store, policy_path)
    finally:
        gateway.writer.close()


def _cli(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args), env={"STEWARD_ACTOR": DEVELOPER})
    assert result.exit_code == 0, result.output
    return result


def test_shared_text_without_consent_is_refused_naming_the_field(served: Served) -> None:
    for body in (
        {"kind": "correction", "shared_text": SHARED, "correct_label": "card_lost"},
        {"kind": "complaint", "shared_text": SHARED, "consent_to_train": False},
    ):
        response = served.feedback(**body)
        assert response.status_code == 422, response.text
        assert response.json()["error"]["field"] == "consent_to_train"
    # The service itself refuses too (callers other than the gateway).
    incidents = Incidents(served.store, load_policy(served.policy).policy)
    with pytest.raises(StewardError, match="consent_to_train"):
        incidents.record_feedback(
            request_id=served.request_id(), kind="correction", key_id="k", comment="",
            correct_label="card_lost", actor="test", shared_text=SHARED,
        )  # fmt: skip
    with served.store.session() as session:
        assert session.scalars(select(FeedbackRow)).first() is None


@pytest.mark.parametrize("field", ["shared_text", "corrected_reply"])
def test_a_null_example_field_is_a_422_naming_it(served: Served, field: str) -> None:
    # Found by schemathesis: null reached the length check and answered 500.
    response = served.feedback(kind="correction", consent_to_train=True, **{field: None})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["field"] == field


def test_the_shared_example_is_anonymized_before_storage(served: Served) -> None:
    response = served.feedback(
        kind="correction",
        shared_text=SHARED,
        corrected_reply=REPLY,
        consent_to_train=True,
        correct_label="card_lost",
    )
    assert response.status_code == 200, response.text
    with served.store.session() as session:
        (row,) = session.scalars(select(FeedbackRow))
        details = dict(row.details)
    token = VaultCipher(load_vault_key(served.store.home)).token_for(CARD, "CREDIT_CARD")
    assert (
        details["shared_text"]
        == f"I lost my card {token}, write to <EMAIL_ADDRESS> about a new one"
    )
    assert (
        EMAIL not in details["corrected_reply"] and "<EMAIL_ADDRESS>" in details["corrected_reply"]
    )
    assert details["consent_to_train"] is True
    assert details["shared_pii_found"] == {"CREDIT_CARD": 1, "EMAIL_ADDRESS": 2}
    stored = b"".join(p.read_bytes() for p in served.store.home.rglob("steward.db*"))
    assert CARD.encode() not in stored and EMAIL.encode() not in stored
    # The ledger holds sizes and labels of the example, never its text.
    entry = next(
        e
        for e in Ledger(served.store).entries(action="gateway.decision")
        if e.subject == response.json()["request_id"]
    )
    assert entry.details["shared_text_chars"] == len(SHARED)
    assert entry.details["shared_pii"] == {"CREDIT_CARD": 1, "EMAIL_ADDRESS": 2}
    assert "shared_text" not in entry.details


def test_only_consented_corrections_are_exported(served: Served, policy_path: Path) -> None:
    consented = served.feedback(
        kind="correction", shared_text=SHARED, consent_to_train=True, correct_label="card_lost"
    ).json()["feedback_id"]
    # No consent (so no shared text), no shared text, no correction, and a thumbs-up.
    served.feedback(kind="thumbs_down", correct_label="balance_inquiry")
    served.feedback(kind="complaint", consent_to_train=True, correct_label="card_lost")
    served.feedback(kind="complaint", shared_text="wrong answer", consent_to_train=True)
    served.feedback(
        kind="thumbs_up", shared_text="fine", consent_to_train=True, correct_label="card_lost"
    )
    output = policy_path.parent / "exports" / "feedback.jsonl"
    result = export_feedback(served.store, load_policy(policy_path).policy, output, actor=DEVELOPER)
    assert result.feedback_ids == [consented]
    assert result.skipped == {
        "no consent to train": 1,
        "no shared text": 1,
        "no correction": 1,
        "thumbs_up carries no correction": 1,
    }
    (row,) = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert row["message_id"] == feedback_row_id(consented)
    assert row["intent"] == "card_lost" and row["source"] == "feedback"
    assert CARD not in row["text"] and EMAIL not in row["text"]
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    # Stored as source data, so erasure searches the stored copy like any source's.
    copies = {copy.record.sha256: copy.path for copy in SourceCopies(served.store).all()}
    assert copies[result.sha256] == str(output.resolve())


def test_nothing_to_export_is_an_error_with_the_reasons(served: Served, policy_path: Path) -> None:
    served.feedback(kind="thumbs_down", correct_label="balance_inquiry")
    output = policy_path.parent / "feedback.jsonl"
    with pytest.raises(StewardError, match="no consent to train: 1"):
        export_feedback(served.store, load_policy(policy_path).policy, output, actor=DEVELOPER)
    assert not output.exists()


def test_erased_feedback_is_never_exported(served: Served, policy_path: Path) -> None:
    served.feedback(
        kind="correction", shared_text=SHARED, consent_to_train=True, correct_label="card_lost"
    )
    assert DataRights(served.store, actor="priya").forget(CARD).feedback_erased == 1
    output = policy_path.parent / "feedback.jsonl"
    with pytest.raises(StewardError, match="erased at the data subject's request: 1"):
        export_feedback(served.store, load_policy(policy_path).policy, output, actor=DEVELOPER)


def test_export_is_refused_to_a_role_that_may_not_run_the_pipeline(
    served: Served, policy_path: Path
) -> None:
    served.feedback(
        kind="correction", shared_text=SHARED, consent_to_train=True, correct_label="card_lost"
    )
    policy = load_policy(policy_path).policy
    enforced = policy.model_copy(
        update={"roles": policy.roles.model_copy(update={"enforce": True})}
    )
    output = policy_path.parent / "feedback.jsonl"
    with pytest.raises(StewardError, match="'audrey' may not run_pipeline"):  # an auditor
        export_feedback(served.store, enforced, output, actor="audrey")
    assert not output.exists()


@pytest.mark.slow
def test_feedback_reaches_the_next_model_version(
    served: Served, policy_path: Path, tiny_model_dir: Path
) -> None:
    response = served.feedback(
        kind="correction", shared_text=SHARED, consent_to_train=True, correct_label="card_lost"
    ).json()
    feedback_id, incident_id = response["feedback_id"], response["incident"]["id"]
    served.feedback(kind="thumbs_down", correct_label="balance_inquiry")  # no consent
    home = str(served.store.home)

    output = policy_path.parent / "feedback.jsonl"
    exported = json.loads(
        _cli("feedback", "export", "-p", str(policy_path), "-o", str(output), "--home", home,
             "--json").stdout
    )  # fmt: skip
    assert exported["feedback_ids"] == [feedback_id]
    assert exported["incident_ids"] == [incident_id]
    (entry,) = Ledger(served.store).entries(action=EXPORT_ACTION)
    assert entry.details["incident_ids"] == [incident_id]
    assert entry.details["sha256"] == exported["sha256"] == entry.artifacts[0]

    # The next run lists the export as an ordinary source and governs it like the rest.
    _write_policy(policy_path.parent, tiny_model_dir, extra_sources=[{"path": str(output)}])
    summary = json.loads(_cli("run", str(policy_path), "--home", home, "--json").stdout)
    governed = [
        json.loads(line)
        for line in (Path(summary["run_dir"]) / "governed.jsonl").read_text("utf-8").splitlines()
    ]
    (row,) = [r for r in governed if r["id"] == feedback_row_id(feedback_id)]
    assert row["label"] == "card_lost" and row["source"] == str(output)
    assert CARD not in row["text"] and EMAIL not in row["text"]
    assert len(governed) == 61  # the 60 rows and the consented example only

    # incident -> export -> data set -> model, from the store alone and through the CLI
    lineage = feedback_lineage(served.store, incident_id)
    assert [e["sha256"] for e in lineage["exports"]] == [exported["sha256"]]
    (dataset,) = lineage["datasets"]
    assert dataset["run_id"] == summary["run_id"]
    registered = f"{summary['model']['name']}:{summary['model']['version']}"
    (model,) = lineage["models"]
    assert model["ref"] == registered and model["run_id"] == summary["run_id"]
    shown = json.loads(
        _cli("incidents", "show", str(incident_id), "-p", str(policy_path), "--home", home).stdout
    )
    assert shown["next_versions"]["models"][0]["ref"] == registered


def test_a_feedback_source_with_no_feedback_is_an_empty_source(
    served: Served, policy_path: Path, tiny_model_dir: Path
) -> None:
    served.feedback(kind="thumbs_down", correct_label="balance_inquiry")  # no consent
    loaded = load_policy(
        _write_policy(policy_path.parent, tiny_model_dir, extra_sources=[{"type": "feedback"}])
    )
    run_dir = policy_path.parent / "run"
    run_dir.mkdir()
    files = source_files(loaded, served.store, run_dir, actor=DEVELOPER, run_id="r1")
    assert files[1] == (run_dir / FEEDBACK_SOURCE_FILE, "jsonl")
    assert (run_dir / FEEDBACK_SOURCE_FILE).read_bytes() == b""
    (entry,) = Ledger(served.store).entries(action=EXPORT_ACTION)
    assert entry.details["run_id"] == "r1" and entry.details["skipped"] == {
        "no consent to train": 1
    }


@pytest.mark.slow
def test_a_feedback_source_is_read_from_the_store_by_the_run(
    served: Served, policy_path: Path, tiny_model_dir: Path
) -> None:
    response = served.feedback(
        kind="complaint",
        shared_text=SHARED,
        consent_to_train=True,
        correct_label="card_lost",
        comment="it sent me to the balance page",
    ).json()
    incident_id = response["incident"]["id"]
    _write_policy(policy_path.parent, tiny_model_dir, extra_sources=[{"type": "feedback"}])
    home = str(served.store.home)
    summary = json.loads(_cli("run", str(policy_path), "--home", home, "--json").stdout)
    run_dir = Path(summary["run_dir"])
    governed = (run_dir / "governed.jsonl").read_text("utf-8")
    assert feedback_row_id(response["feedback_id"]) in governed
    assert CARD not in governed and EMAIL not in governed
    (entry,) = Ledger(served.store).entries(action=EXPORT_ACTION)
    assert entry.details["run_id"] == summary["run_id"]
    assert entry.details["path"] == str(run_dir / FEEDBACK_SOURCE_FILE)
    lineage = json.loads(_cli("feedback", "lineage", str(incident_id), "--home", home).stdout)
    assert lineage == feedback_lineage(served.store, incident_id)
    assert [d["run_id"] for d in lineage["datasets"]] == [summary["run_id"]]
    assert [m["run_id"] for m in lineage["models"]] == [summary["run_id"]]
