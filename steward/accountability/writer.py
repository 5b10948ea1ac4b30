"""Group commit for the ledger: many writers, one transaction per batch.

Request handlers ``submit`` an entry and wait on the returned future; a single thread takes
whatever is queued (up to ``max_batch``, waiting at most ``max_wait`` seconds for more after
the first), appends it in one transaction and resolves every future once the commit is on
disk (SQLite runs with ``synchronous=FULL``). A caller that got its answer therefore has its
entry durably recorded, and the fsync is shared by the whole batch.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from typing import Any

from steward.accountability.ledger import Ledger, LedgerEntry

_STOP = object()


class LedgerWriter:
    def __init__(self, ledger: Ledger, max_batch: int = 512, max_wait: float = 0.002) -> None:
        self.ledger = ledger
        self.max_batch = max_batch
        self.max_wait = max_wait
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="ledger-writer", daemon=True)
        self._thread.start()
        self.batches = 0
        self.entries = 0

    def submit(self, **entry: Any) -> Future[LedgerEntry]:
        future: Future[LedgerEntry] = Future()
        self._queue.put((entry, future))
        return future

    def append(self, **entry: Any) -> LedgerEntry:
        """Submit and wait until the entry is committed."""
        return self.submit(**entry).result()

    def close(self) -> None:
        self._queue.put(_STOP)
        self._thread.join()

    def _gather(self, batch: list[Any]) -> bool:
        """Add what is queued to ``batch``: all of it at once, then one short wait for
        stragglers (per-item timed waits cost more in lock hand-offs than the write itself).
        True when a stop was queued."""
        waited = False
        while len(batch) < self.max_batch:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                if waited:
                    return False
                waited = True
                try:
                    item = self._queue.get(timeout=self.max_wait)
                except queue.Empty:
                    return False
            if item is _STOP:
                return True
            batch.append(item)
        return False

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            batch = [first]
            stop = self._gather(batch)
            try:
                written = self.ledger.append_many([entry for entry, _ in batch])
            except Exception as exc:  # every waiting caller learns the write failed
                for _, future in batch:
                    future.set_exception(exc)
            else:
                self.batches += 1
                self.entries += len(written)
                for (_, future), entry in zip(batch, written, strict=True):
                    future.set_result(entry)
            if stop:
                return
