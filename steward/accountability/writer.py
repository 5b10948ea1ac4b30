"""Group commit for the ledger: many writers, one transaction per batch.

Request handlers ``submit`` an entry and wait on the returned future; a single thread takes
whatever is queued (up to ``max_batch``), waits for stragglers while they keep coming (each
within ``max_wait`` seconds of the last, or 1.5 times the recent gap between entries when
that is under ``max_delay``; for at most ``max_delay`` after the first), appends
the batch in one transaction and resolves every future once the commit is on disk (SQLite
runs with ``synchronous=FULL``). A caller that got its answer therefore has its entry durably
recorded, and the fsync is shared by the whole batch. A lone request waits ``max_wait`` as
before; under load the batches grow (a batch's fixed cost, ~1.5 ms of CPU, was most of the
writer's share of a busy gateway's request when a batch held 2-3 entries).

The thread outlives whatever a batch throws (a failed write, a caller that stopped waiting):
a dead writer would leave every later request waiting forever. An entry whose caller gave up
waiting (its future cancelled) is still written: the decision it records was made. Once the
writer is closed or its thread has ended, ``submit`` answers at once with a failed future.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any

from steward.accountability.ledger import Ledger, LedgerEntry
from steward.errors import StewardError

_STOP = object()
logger = logging.getLogger(__name__)


class LedgerWriterClosed(StewardError):
    """The writer is closed (or its thread ended): the entry was not written."""


class LedgerWriter:
    def __init__(
        self,
        ledger: Ledger,
        max_batch: int = 512,
        max_wait: float = 0.002,
        max_delay: float = 0.008,
    ) -> None:
        self.ledger = ledger
        self.max_batch = max_batch
        self.max_wait = max_wait
        self.max_delay = max_delay
        self._last_submit = float("-inf")  # the first gap counts as idle
        self._gap = 1.0  # seconds between recent submits (moving average), idle to start
        self._queue: queue.Queue[Any] = queue.Queue()
        # Held while enqueuing and while closing, so no entry lands behind the stop marker.
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="ledger-writer", daemon=True)
        self.batches = 0
        self.entries = 0
        self._thread.start()

    def submit(self, **entry: Any) -> Future[LedgerEntry]:
        future: Future[LedgerEntry] = Future()
        with self._lock:
            if self._closed or not self._thread.is_alive():
                future.set_exception(
                    LedgerWriterClosed("the ledger writer is closed", where=entry.get("subject"))
                )
                return future
            now = time.monotonic()
            # the recent gap between entries (moving average): how long a straggler is
            # worth waiting for
            gap = now - self._last_submit
            self._gap = 0.8 * self._gap + 0.2 * min(gap, 1.0)
            self._last_submit = now
            self._queue.put((entry, future))
        return future

    def append(self, **entry: Any) -> LedgerEntry:
        """Submit and wait until the entry is committed."""
        return self.submit(**entry).result()

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop the thread. Safe to call twice, and when the thread
        has already ended; waits at most ``timeout`` seconds for the last batch."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            logger.error("ledger writer: last batch not committed after %.0f s", timeout)
        else:
            self._fail_queued()

    def _fail_queued(self) -> None:
        """Fail every entry still queued: no thread is left to write it."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                entry, future = item
                if future.set_running_or_notify_cancel():
                    future.set_exception(
                        LedgerWriterClosed(
                            "the ledger writer stopped before writing this entry",
                            where=entry.get("subject"),
                        )
                    )

    def _gather(self, batch: list[Any]) -> bool:
        """Add what is queued to ``batch``: all of it at once, then stragglers while each
        comes within ``max_wait`` (or, when entries have been coming steadily, 1.5 times
        their recent gap) of the last, until ``max_delay`` after the first entry. True when
        a stop was queued."""
        last_call = time.monotonic() + self.max_delay
        while len(batch) < self.max_batch:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                left = last_call - time.monotonic()
                if left <= 0:
                    return False
                # Entries arriving steadily a few ms apart (a busy gateway whose requests
                # each take that long on the CPU) are waited for, up to max_delay; an idle
                # writer waits max_wait only.
                wait = self.max_wait
                if self._gap < self.max_delay:
                    wait = max(wait, 1.5 * self._gap)
                try:
                    item = self._queue.get(timeout=min(wait, left))
                except queue.Empty:
                    return False
            if item is _STOP:
                return True
            batch.append(item)
        return False

    def _run(self) -> None:
        try:
            while True:
                first = self._queue.get()
                if first is _STOP:
                    return
                batch = [first]
                stop = self._gather(batch)
                try:
                    self._write(batch)
                except Exception as exc:  # a bug of ours must not end the thread
                    logger.exception("ledger writer: batch of %d entries failed", len(batch))
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                if stop:
                    return
        finally:
            # However the thread ends, nobody may wait on an entry it will never write.
            with self._lock:
                self._closed = True
            self._fail_queued()

    def _write(self, batch: list[tuple[dict[str, Any], Future[LedgerEntry]]]) -> None:
        # A running future can no longer be cancelled, so resolving it below cannot fail; a
        # future cancelled before this point (its caller went away) gets no result, but its
        # entry is written all the same.
        waiting = [future.set_running_or_notify_cancel() for _, future in batch]
        try:
            written = self.ledger.append_many([entry for entry, _ in batch])
        except Exception as exc:  # every waiting caller learns the write failed
            logger.error("ledger writer: %d entries not written: %s", len(batch), exc)
            for (_, future), wants in zip(batch, waiting, strict=True):
                if wants:
                    future.set_exception(exc)
            return
        self.batches += 1
        self.entries += len(written)
        for (_, future), wants, entry in zip(batch, waiting, written, strict=True):
            if wants:
                future.set_result(entry)
