"""The ledger writer thread outlives callers that stop waiting and failed writes, and a closed
writer answers at once instead of leaving anyone waiting. On a real SQLite ledger."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from pathlib import Path

import pytest

from steward.accountability.ledger import Ledger
from steward.accountability.writer import LedgerWriter, LedgerWriterClosed
from steward.store.artifacts import Store

PROMPTLY = 10  # seconds; far above a commit, so only a hang reaches it


@contextmanager
def ledger_file_locked(store: Store) -> Iterator[None]:
    """Hold the ledger's cross-process write lock, so the writer thread blocks in its next
    commit while the test queues and cancels entries behind it."""
    with (store.home / "ledger.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + PROMPTLY
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


def subjects(store: Store) -> list[str]:
    return [entry.subject for entry in Ledger(store).entries()]


def test_cancelled_callers_do_not_stop_the_writer(store: Store) -> None:
    ledger = Ledger(store)
    writer = LedgerWriter(ledger)
    writer.append(actor="t", action="warm", subject="signer-created")
    with ledger_file_locked(store):
        blocked = writer.submit(actor="t", action="step", subject="in-commit")
        wait_for(blocked.running)  # the thread is committing it, waiting on the lock
        # Its caller, and that of an entry queued behind it, stop waiting (as a request's
        # await is cancelled when its client goes away).
        assert not blocked.cancel()  # too late: it is being written
        queued = writer.submit(actor="t", action="step", subject="queued-then-cancelled")
        assert queued.cancel()
        later = writer.submit(actor="t", action="step", subject="after")
    assert later.result(timeout=PROMPTLY).subject == "after"
    assert writer.append(actor="t", action="step", subject="still-alive").seq > 0
    # The cancelled caller's decision is in the ledger all the same, in submission order.
    assert subjects(store)[1:] == ["in-commit", "queued-then-cancelled", "after", "still-alive"]
    assert ledger.verify().ok
    writer.close(timeout=PROMPTLY)


def test_a_failed_write_fails_its_callers_and_the_next_write_succeeds(store: Store) -> None:
    writer = LedgerWriter(Ledger(store))
    unserialisable = writer.submit(actor="t", action="step", subject="bad", artifacts=[object()])
    with pytest.raises(TypeError):
        unserialisable.result(timeout=PROMPTLY)
    assert writer.submit(actor="t", action="step", subject="good").result(timeout=PROMPTLY)
    assert subjects(store) == ["good"]
    writer.close(timeout=PROMPTLY)


def test_a_closed_writer_answers_at_once_and_closes_twice(store: Store, tmp_path: Path) -> None:
    writer = LedgerWriter(Ledger(store))
    pending = writer.submit(actor="t", action="step", subject="before-close")
    writer.close(timeout=PROMPTLY)
    assert pending.result(timeout=0).subject == "before-close"  # queued before: written
    late = writer.submit(actor="t", action="step", subject="after-close")
    with pytest.raises(LedgerWriterClosed, match="after-close: the ledger writer is closed"):
        late.result(timeout=PROMPTLY)
    writer.close(timeout=PROMPTLY)  # a second close returns at once
    assert subjects(store) == ["before-close"]


def test_close_gives_up_on_a_stuck_commit_instead_of_hanging(store: Store) -> None:
    writer = LedgerWriter(Ledger(store))
    with ledger_file_locked(store):
        stuck = writer.submit(actor="t", action="step", subject="stuck")
        writer.close(timeout=0.2)  # returns although the thread is still waiting on the lock
        with pytest.raises(FutureTimeout):
            stuck.result(timeout=0)
    assert stuck.result(timeout=PROMPTLY).subject == "stuck"  # the lock freed: written


def test_a_steady_stream_shares_batches_and_a_lone_entry_is_not_held(store: Store) -> None:
    """Entries arriving steadily keep one batch open, up to ``max_delay`` (fewer commits,
    each with its fixed cost), also when they come further apart than ``max_wait`` (a busy
    gateway's requests each take a few ms of CPU); a lone entry waits ``max_wait`` only."""
    ledger = Ledger(store)
    lone = LedgerWriter(ledger, max_wait=0.05, max_delay=0.9)
    started = time.monotonic()
    lone.append(actor="t", action="step", subject="alone")
    assert time.monotonic() - started < 0.85  # not held for max_delay
    lone.close()

    writer = LedgerWriter(ledger, max_wait=0.005, max_delay=0.5)
    futures = []
    for i in range(20):  # one every 30 ms: six times max_wait apart
        futures.append(writer.submit(actor="t", action="step", subject=f"s{i}"))
        time.sleep(0.03)
    assert [f.result(timeout=PROMPTLY).subject for f in futures] == [f"s{i}" for i in range(20)]
    # Waiting max_wait for a straggler (the old gathering) wrote each entry on its own.
    assert writer.batches <= 8, writer.batches
    writer.close()
