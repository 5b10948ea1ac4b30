from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest

from steward.accountability.ledger import Ledger
from steward.store.artifacts import Store


def _filled(store: Store, n: int = 5) -> Ledger:
    ledger = Ledger(store)
    for i in range(n):
        ledger.append(
            actor="alice",
            action=f"step.{i}",
            subject="demo",
            artifacts=["ab" * 32],
            details={"i": i, "note": "测试"},
        )
    return ledger


def _db(store: Store) -> Path:
    return store.home / "steward.db"


def test_intact_chain_verifies(store: Store) -> None:
    ledger = _filled(store)
    result = ledger.verify()
    assert result.ok and result.entries == 5
    entries = ledger.entries()
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert all(
        later.prev_hash == earlier.entry_hash for earlier, later in itertools.pairwise(entries)
    )


@pytest.mark.parametrize(
    ("sql", "first_bad"),
    [
        ("UPDATE ledger_entries SET outcome='waived' WHERE seq=3", 3),
        ('UPDATE ledger_entries SET details=\'{"i": 99, "note": "x"}\' WHERE seq=2', 2),
        ("UPDATE ledger_entries SET actor='mallory' WHERE seq=1", 1),
        ("DELETE FROM ledger_entries WHERE seq=4", 4),
        ("DELETE FROM ledger_entries WHERE seq=5", 5),
        ("UPDATE ledger_entries SET seq=seq+100 WHERE seq=2", 2),
        ("UPDATE ledger_anchor SET head_hash='00' || substr(head_hash, 3)", 5),
        ("UPDATE ledger_anchor SET seq=4", 5),
    ],
)
def test_tampering_with_sqlite_is_detected(store: Store, sql: str, first_bad: int) -> None:
    _filled(store)
    store.engine.dispose()
    with sqlite3.connect(_db(store)) as connection:
        connection.execute(sql)
    result = Ledger(Store(store.home)).verify()
    assert not result.ok
    assert result.first_bad_seq == first_bad
    assert result.problem


def test_swapping_two_entries_is_detected(store: Store) -> None:
    _filled(store)
    store.engine.dispose()
    with sqlite3.connect(_db(store)) as connection:
        connection.execute("UPDATE ledger_entries SET seq=-2 WHERE seq=2")
        connection.execute("UPDATE ledger_entries SET seq=2 WHERE seq=3")
        connection.execute("UPDATE ledger_entries SET seq=3 WHERE seq=-2")
    result = Ledger(Store(store.home)).verify()
    assert not result.ok and result.first_bad_seq == 2


def test_cli_verify_exit_codes(store: Store) -> None:
    from typer.testing import CliRunner

    from steward.cli import app

    _filled(store)
    runner = CliRunner()
    ok = runner.invoke(app, ["ledger", "verify", "--home", str(store.home)])
    assert ok.exit_code == 0, ok.output
    assert "5 entries" in ok.output
    store.engine.dispose()
    with sqlite3.connect(_db(store)) as connection:
        connection.execute("UPDATE ledger_entries SET subject='other' WHERE seq=3")
    bad = runner.invoke(app, ["ledger", "verify", "--home", str(store.home)])
    assert bad.exit_code == 1
    assert "entry 3" in bad.output
