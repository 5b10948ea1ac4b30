"""Feedback and personal data against a real gateway (uvicorn on 127.0.0.1) and a real SQLite
store (issue 15, item 5): comments are anonymized before storage (originals only in the
vault), feedback about an unknown request id is 404, and erasure covers feedback rows and
incidents."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from steward.accountability.incidents import Incidents
from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import load_policy
from steward.data.pii.vault import VaultCipher, VaultEntryRow, load_vault_key
from steward.data.rights import DataRights
from steward.serve.app import Gateway, build_gateway, create_app
from steward.store.artifacts import Store
from steward.store.db import FeedbackRow, IncidentRow
from tests.conftest import serving, write_policy

CARD = "4111 1111 1111 1111"
PHONE = "+44 20 7946 0958"
COMMENT = f"Card {CARD} was charged twice, call me on {PHONE} please"


@dataclass
class Running:
    url: str
    store: Store
    gateway: Gateway
    key: str
    policy: Path

    def post(self, path: str, body: Any) -> httpx.Response:
        return httpx.post(
            self.url + path, json=body, headers={"Authorization": f"Bearer {self.key}"}, timeout=30
        )

    def served_request_id(self) -> str:
        return str(self.post("/v1/guard", {"text": "what is my balance"}).json()["request_id"])

    def feedback(self) -> list[FeedbackRow]:
        with self.store.session() as session:
            return list(session.scalars(select(FeedbackRow).order_by(FeedbackRow.id)))

    def incidents(self) -> list[IncidentRow]:
        with self.store.session() as session:
            return list(session.scalars(select(IncidentRow).order_by(IncidentRow.id)))


@pytest.fixture
def gw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Running]:
    monkeypatch.delenv("STEWARD_VAULT_KEY", raising=False)
    store = Store(tmp_path / ".steward")
    policy = write_policy(
        tmp_path,
        "feedback",
        guards={"prompt_injection": {"classifier": False}},
        # Cards and phones reversibly (the vault), everything else replaced by its label.
        pii={"operators": {"CREDIT_CARD": "encrypt", "PHONE_NUMBER": "encrypt"}},
        roles={"assignments": {"privacy_officer": ["priya"]}},
        serve={"guard_processes": 0},
    )
    gateway = build_gateway(load_policy(policy), store)
    key = gateway.keys.create("app", "end_user", created_by="test")[0]
    try:
        with serving(create_app(gateway)) as url:
            yield Running(url, store, gateway, key, policy)
    finally:
        gateway.writer.close()


def _stored_bytes(store: Store) -> bytes:
    return b"".join(p.read_bytes() for p in store.home.rglob("steward.db*") if p.is_file())


def test_comments_are_anonymized_and_originals_kept_only_in_the_vault(gw: Running) -> None:
    response = gw.post(
        "/v1/feedback",
        {"request_id": gw.served_request_id(), "kind": "complaint", "comment": COMMENT},
    )
    assert response.status_code == 200, response.text
    (row,) = gw.feedback()
    comment = row.details["comment"]
    cipher = VaultCipher(load_vault_key(gw.store.home))
    card_token = cipher.token_for(CARD, "CREDIT_CARD")
    phone_token = cipher.token_for(PHONE, "PHONE_NUMBER")
    assert comment == f"Card {card_token} was charged twice, call me on {phone_token} please"
    with gw.store.session() as session:
        vaulted = set(session.scalars(select(VaultEntryRow.token)))
    assert {card_token, phone_token} <= vaulted
    # Nowhere in the database files (tables, WAL) in the clear.
    stored = _stored_bytes(gw.store)
    assert CARD.encode() not in stored and PHONE.encode() not in stored
    entry = next(
        e
        for e in Ledger(gw.store).entries(action="gateway.decision")
        if e.subject == response.json()["request_id"]
    )
    assert entry.details["comment_pii"] == {"CREDIT_CARD": 1, "PHONE_NUMBER": 1}
    assert entry.details["comment_chars"] == len(COMMENT)


def test_feedback_about_an_unknown_request_is_404_and_opens_nothing(gw: Running) -> None:
    response = gw.post(
        "/v1/feedback", {"request_id": "0123456789abcdef", "kind": "complaint", "comment": "x"}
    )
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["field"] == "request_id" and "no gateway decision" in error["reason"]
    assert gw.feedback() == [] and gw.incidents() == []
    assert Ledger(gw.store).entries(action="incident.opened") == []


def test_the_known_request_lookup_uses_the_subject_index(gw: Running) -> None:
    from sqlalchemy import text

    with gw.store.engine.connect() as connection:
        plan = " ".join(
            str(row[-1])
            for row in connection.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT seq FROM ledger_entries "
                    "WHERE subject = :s AND action = 'gateway.decision' LIMIT 1"
                ),
                {"s": "x" * 32},
            )
        )
    assert "USING INDEX" in plan and "subject" in plan, plan


def test_forget_erases_feedback_comments_and_incident_mentions(gw: Running) -> None:
    served = gw.served_request_id()
    assert gw.post(
        "/v1/feedback", {"request_id": served, "kind": "complaint", "comment": COMMENT}
    ).is_success
    kept = gw.post(
        "/v1/feedback", {"request_id": served, "kind": "thumbs_down", "comment": "slow answer"}
    )
    assert kept.is_success
    # A row stored before comments were anonymized holds the raw card.
    with gw.store.session() as session, session.begin():
        session.add(
            FeedbackRow(
                request_id=served,
                kind="complaint",
                key_id="legacy",
                received_at="2025-01-01T00:00:00+00:00",
                details={"comment": f"my card {CARD.replace(' ', '-')} is blocked"},
            )
        )
    # ...and so does an incident's root cause written before notes were anonymized.
    with gw.store.session() as session, session.begin():
        opened = session.scalars(select(IncidentRow).order_by(IncidentRow.id)).first()
        assert opened is not None
        opened.root_cause = f"double charge on card {CARD} (same merchant twice)"
    cipher = VaultCipher(load_vault_key(gw.store.home))
    card_token = cipher.token_for(CARD, "CREDIT_CARD")

    outcome = DataRights(gw.store, actor="dpo").forget(CARD)

    assert outcome.feedback_erased == 2 and outcome.incidents_redacted == 1
    rows = gw.feedback()
    assert [r.details.get("erased_by") for r in rows] == [
        outcome.request_id,
        None,
        outcome.request_id,
    ]
    assert rows[0].details["comment"] == "" and rows[2].details["comment"] == ""
    assert rows[1].details["comment"] == "slow answer"
    incident, other = gw.incidents()  # the complaint's, and the thumbs-down's
    assert incident.root_cause == "double charge on card <ERASED> (same merchant twice)"
    assert incident.details["erased_by"] == outcome.request_id
    assert "erased_by" not in other.details
    with gw.store.session() as session:
        left = session.scalar(
            select(func.count()).select_from(VaultEntryRow).where(VaultEntryRow.token == card_token)
        )
    assert left == 0  # the card's vault entry went with the comment that used it
    stored = _stored_bytes(gw.store)
    assert CARD.encode() not in stored and CARD.replace(" ", "-").encode() not in stored
    (entry,) = Ledger(gw.store).entries(action="data.forget")
    assert entry.outcome == "ok"
    assert entry.details["feedback_erased"] == 2 and entry.details["incidents_redacted"] == 1
    assert Ledger(gw.store).verify().ok


def test_forget_cli_reports_feedback_and_incidents(gw: Running) -> None:
    served = gw.served_request_id()
    assert gw.post(
        "/v1/feedback", {"request_id": served, "kind": "complaint", "comment": COMMENT}
    ).is_success
    result = CliRunner().invoke(
        app,
        [
            *("data", "forget", "--subject", PHONE, "--policy", str(gw.policy)),
            *("--home", str(gw.store.home)),
        ],
        env={"STEWARD_ACTOR": "priya"},
    )
    assert result.exit_code == 0, result.output
    assert "removed the comments of 1 gateway feedback row(s)" in result.output
    assert PHONE not in result.output


def test_incident_notes_are_anonymized_before_the_ledger(gw: Running) -> None:
    served = gw.served_request_id()
    complaint = gw.post("/v1/feedback", {"request_id": served, "kind": "complaint"}).json()
    incidents = Incidents(gw.store, gw.gateway.loaded.policy)
    incident_id = complaint["incident"]["id"]
    incidents.root_cause(incident_id, f"double charge on card {CARD}", actor="dev")
    done = incidents.resolve(incident_id, "no_action", f"refunded, told {PHONE}", actor="dev")
    assert CARD not in (done.root_cause or "") and PHONE not in (done.resolution_note or "")
    ledger = [e.to_dict() for e in Ledger(gw.store).entries()]
    assert CARD not in str(ledger) and PHONE not in str(ledger)


def test_a_store_made_before_the_index_gets_it(tmp_path: Path) -> None:
    from sqlalchemy import inspect, text

    store = Store(tmp_path / ".steward")
    with store.engine.begin() as connection:  # as a store from before the index existed
        connection.execute(text("DROP INDEX ix_ledger_entries_subject_action"))
    store.engine.dispose()
    reopened = Store(tmp_path / ".steward")
    indexes = inspect(reopened.engine).get_indexes("ledger_entries")
    assert any(index["column_names"] == ["subject", "action"] for index in indexes), indexes
