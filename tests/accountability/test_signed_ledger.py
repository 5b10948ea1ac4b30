"""Signatures on the ledger: checkpoints verify, forged rewrites fail, pinned keys matter,
bundles verify offline, and a gateway decision traces back to its model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from steward.accountability.bundle import export_bundle, verify_bundle
from steward.accountability.ledger import GENESIS_HASH, Ledger, entry_hash
from steward.accountability.signing import LedgerSigner
from steward.cli import app
from steward.store.artifacts import Store
from tests.conftest import run_sql


@pytest.fixture
def store(any_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


def _filled(store: Store, n: int = 4) -> Ledger:
    ledger = Ledger(store)
    for i in range(n):
        ledger.append(actor="alice", action=f"step.{i}", subject="demo", details={"i": i})
    ledger.append_many(
        [{"actor": "gw", "action": "gateway.decision", "subject": f"r{i}"} for i in range(5)]
    )
    return ledger


def test_every_commit_signs_its_newest_entry(store: Store) -> None:
    ledger = _filled(store)
    entries = ledger.entries()
    signed = [e.seq for e in entries if e.signature]
    assert signed == [1, 2, 3, 4, 9]  # one per single append, one for the batch of five
    result = ledger.verify()
    assert result.ok and result.checkpoints == 5 and result.signers == (ledger.signer.key_id,)
    key_file = store.home / "keys" / "ledger-steward.pem"
    assert key_file.stat().st_mode & 0o777 == 0o600


def _rewrite_from(store: Store, seq: int, signer: LedgerSigner | None) -> None:
    """What an attacker with database access can do: edit an entry and re-hash every later
    one (re-signing with ``signer`` if given, else leaving the old signatures)."""
    with store.engine.begin() as db:
        rows = db.execute(
            text(
                "SELECT seq, recorded_at, actor, action, subject, CAST(artifacts AS TEXT), "
                "outcome, CAST(details AS TEXT), prev_hash, entry_hash, signer, signature "
                "FROM ledger_entries ORDER BY seq"
            )
        ).all()
        prev = GENESIS_HASH
        for row in rows:
            number, recorded_at, actor, action, subject, artifacts, outcome, details = row[:8]
            if number < seq:
                prev = row[9]
                continue
            if number == seq:
                actor = "mallory"
            digest = entry_hash(
                seq=number, recorded_at=recorded_at, actor=actor, action=action,
                subject=subject, artifacts=json.loads(artifacts), outcome=outcome,
                details=json.loads(details), prev_hash=prev,
            )  # fmt: skip
            key, signature = row[10], row[11]
            if signer is not None and signature is not None:
                key, signature = signer.key_id, signer.sign(digest)
            db.execute(
                text(
                    "UPDATE ledger_entries SET actor=:actor, prev_hash=:prev, entry_hash=:digest,"
                    " signer=:key, signature=:signature WHERE seq=:seq"
                ),
                {"actor": actor, "prev": prev, "digest": digest, "key": key,
                 "signature": signature, "seq": number},
            )  # fmt: skip
            prev = digest
        db.execute(text("UPDATE ledger_anchor SET head_hash=:head"), {"head": prev})


def test_a_rehashed_rewrite_fails_on_its_signature(store: Store) -> None:
    _filled(store)
    _rewrite_from(store, 2, signer=None)
    result = Ledger(Store(store.home, url=store.url)).verify()
    assert not result.ok and result.first_bad_seq == 2 and "signature" in result.problem


def test_a_rewrite_signed_with_another_key_fails_when_keys_are_pinned(
    store: Store, tmp_path: Path
) -> None:
    ledger = _filled(store)
    pinned = ledger.signers()
    mallory = LedgerSigner.load_or_create(tmp_path / "mallory")
    _rewrite_from(store, 3, signer=mallory)
    fresh = Store(store.home, url=store.url)
    run_sql(  # and registers her key
        store,
        "INSERT INTO ledger_signers VALUES (:key, 'steward', :public, '2026')",
        key=mallory.key_id,
        public=mallory.public_hex,
    )
    assert Ledger(fresh).verify().ok  # unpinned, the database vouches for itself
    result = Ledger(fresh).verify(pinned)
    assert not result.ok and "not trusted" in result.problem


def test_unsigned_newest_entry_is_reported(store: Store) -> None:
    _filled(store)
    run_sql(store, "UPDATE ledger_entries SET signer=NULL, signature=NULL WHERE seq=9")
    result = Ledger(Store(store.home, url=store.url)).verify()
    assert not result.ok and "no signature" in result.problem


def test_bundle_verifies_offline_and_detects_edits(store: Store, tmp_path: Path) -> None:
    ledger = _filled(store)
    path = tmp_path / "bundle.json"
    export_bundle(ledger, path, actor="audrey")
    assert verify_bundle(path).ok
    assert verify_bundle(path, ledger.signers()).ok
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"][1]["outcome"] = "waived"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = verify_bundle(path)
    assert not result.ok and result.first_bad_seq == 2


def test_cli_export_keys_and_verify(store: Store, tmp_path: Path) -> None:
    _filled(store)
    runner = CliRunner()
    home = ["--home", str(store.home)]
    keys = runner.invoke(app, ["ledger", "keys", *home])
    assert keys.exit_code == 0
    (tmp_path / "keys.json").write_text(keys.output, encoding="utf-8")
    out = runner.invoke(app, ["ledger", "export", str(tmp_path / "b.json"), *home])
    assert out.exit_code == 0, out.output
    pinned = ["--trusted-keys", str(tmp_path / "keys.json")]
    checked = runner.invoke(
        app, ["ledger", "verify", "--bundle", str(tmp_path / "b.json"), "--bundle-only", *pinned]
    )
    assert checked.exit_code == 0 and "ledger OK: 9 entries" in checked.output
    again = runner.invoke(app, ["ledger", "verify", *home, *pinned])
    assert again.exit_code == 0 and "10 entries" in again.output  # the export is recorded


@pytest.mark.parametrize("bad", ['{"k": 1}', "[]", '{"0123456789abcdef": "00"}'])
def test_bad_trusted_key_files_are_named(store: Store, tmp_path: Path, bad: str) -> None:
    _filled(store)
    path = tmp_path / "keys.json"
    path.write_text(bad, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["ledger", "verify", "--home", str(store.home), "--trusted-keys", str(path)]
    )
    assert result.exit_code == 2 and "keys.json" in result.output


def test_same_content_stored_in_another_json_form_still_verifies(store: Store) -> None:
    """Stores written before JSON columns were kept in canonical form hash the same."""
    _filled(store)
    run_sql(store, "UPDATE ledger_entries SET details='{\"i\": 2}' WHERE seq=3")
    run_sql(store, "UPDATE ledger_entries SET artifacts='[ ]' WHERE seq=4")
    assert Ledger(Store(store.home, url=store.url)).verify().ok
