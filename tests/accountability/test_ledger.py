from __future__ import annotations

import itertools

import pytest
from sqlalchemy import text

from steward.accountability.ledger import Ledger
from steward.store.artifacts import Store
from tests.conftest import run_sql


@pytest.fixture
def store(any_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return any_store


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
def test_tampering_with_the_database_is_detected(store: Store, sql: str, first_bad: int) -> None:
    _filled(store)
    run_sql(store, sql)
    result = Ledger(Store(store.home, url=store.url)).verify()
    assert not result.ok
    assert result.first_bad_seq == first_bad
    assert result.problem


def test_swapping_two_entries_is_detected(store: Store) -> None:
    _filled(store)
    run_sql(store, "UPDATE ledger_entries SET seq=-2 WHERE seq=2")
    run_sql(store, "UPDATE ledger_entries SET seq=2 WHERE seq=3")
    run_sql(store, "UPDATE ledger_entries SET seq=3 WHERE seq=-2")
    result = Ledger(Store(store.home, url=store.url)).verify()
    assert not result.ok and result.first_bad_seq == 2


def test_cli_verify_exit_codes(store: Store) -> None:
    from typer.testing import CliRunner

    from steward.cli import app

    _filled(store)
    runner = CliRunner()
    ok = runner.invoke(app, ["ledger", "verify", "--home", str(store.home)])
    assert ok.exit_code == 0, ok.output
    assert "5 entries" in ok.output
    run_sql(store, "UPDATE ledger_entries SET subject='other' WHERE seq=3")
    bad = runner.invoke(app, ["ledger", "verify", "--home", str(store.home)])
    assert bad.exit_code == 1
    assert "entry 3" in bad.output


def test_concurrent_writers_never_fork_the_chain(store: Store) -> None:
    """Four threads, each with its own ledger object and connection, single appends and
    group commits mixed: every entry lands once, in one unbroken chain."""
    import threading

    from steward.accountability.writer import LedgerWriter

    def single(worker: int) -> None:
        ledger = Ledger(Store(store.home, url=store.url))
        for i in range(10):
            ledger.append(actor=f"w{worker}", action="step", subject=str(i))

    writer = LedgerWriter(Ledger(store))

    def grouped(worker: int) -> None:
        futures = [writer.submit(actor=f"g{worker}", action="step", subject=str(i))
                   for i in range(10)]  # fmt: skip
        for future in futures:
            future.result()

    threads = [threading.Thread(target=single, args=(w,)) for w in range(2)]
    threads += [threading.Thread(target=grouped, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    writer.close()
    result = Ledger(store).verify()
    assert result.ok, result.problem
    assert result.entries == 40


def test_a_batch_that_fails_midway_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch of entries alone (SQLite: the driver's path) whose anchor move fails after its
    rows went in commits none of them: the chain and its anchor stay as they were, and the
    next batch extends them. Entries with a change beside them (the session's path) chain
    on the same head."""
    import steward.accountability.ledger as ledger_module

    ledger = _filled(store, 3)
    if store.url.startswith("sqlite"):
        monkeypatch.setattr(ledger_module, "_SQLITE_MOVE_ANCHOR", "UPDATE no_such_table SET x = ?")
    else:  # the session's path, for the same promise on PostgreSQL
        monkeypatch.setattr(ledger_module, "_MOVE_ANCHOR", text("UPDATE no_such_table SET x = 1"))
    with pytest.raises(Exception, match="no_such_table"):
        ledger.append_many([{"actor": "bob", "action": "lost", "subject": "s"}] * 2)
    monkeypatch.undo()
    assert ledger.count() == 3 and ledger.verify().ok
    ledger.append_many([{"actor": "bob", "action": "kept", "subject": "s"}] * 2)
    ledger.append(actor="carol", action="beside", subject="s", alongside=lambda session: None)
    result = ledger.verify()
    assert result.ok, result.problem
    assert [e.action for e in ledger.entries()][3:] == ["kept", "kept", "beside"]
    assert [e.seq for e in ledger.entries()] == [1, 2, 3, 4, 5, 6]
