"""Limits on cheap abuse of the gateway, per worker process (with ``serve.shared_state:
store``, the failed-authentication counts and guard budgets live in the store instead,
shared by every worker: :mod:`steward.serve.shared`).

Three attacks cost the attacker little and the gateway a lot, each bounded here:

- **Guessing secrets.** A wrong secret for a known key id costs a scrypt run (~30-80 ms of a
  core). :class:`FailedAuthLimiter` counts failed authentications per key id and per client
  address in a sliding window; past the limit the request gets 429 (``Retry-After``) *before*
  the secret is checked. A key that already verified in this process is recognised by a
  SHA-256 of the whole key and never throttled, so a flood against a key id does not lock its
  owner out. The KDF itself runs in a thread (scrypt releases the GIL), not on the event loop.
- **Filling the ledger.** Every 401 and 429 used to be a signed ledger entry of its own.
  :class:`DenialCounter` counts them instead, by status, reason, route, key id and client
  network (IPv4 /24, IPv6 /48: the ledger cannot be erased, so it gets no full address), and
  the gateway writes one ``gateway.denials`` entry per interval holding the counts (a
  background task, and once more at shutdown). A 403 — a valid key asking for something its
  role may not do — stays one ``gateway.denied`` entry per request: it names a known caller,
  and the key's rate limit (checked first) bounds how many there can be.
- **Heavy guard work.** The guards are pure-Python and regex work that holds the GIL; four
  63 KB texts checked on the event loop stalled every other caller for seconds, and threads
  do not help (a thread running the guards pushed a short request's p99 from 9 to ~100 ms).
  :class:`GuardWork` charges each key's characters against a per-minute budget (a token
  bucket; 429 beyond it), checks short texts inline (a few ms) and long ones in worker
  *processes*, with at most ``concurrency`` checks of one key running and ``queue`` waiting
  (429 beyond), so one caller cannot occupy the workers or the event loop.
"""

from __future__ import annotations

import asyncio
import ipaddress
import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from steward.serve.guards.chain import GuardChain, GuardResult

if TYPE_CHECKING:
    from steward.serve.shared import SharedBuckets

DENIALS_ACTION = "gateway.denials"
WORKER_NICENESS = 10  # added to the guard worker processes' nice value
_SWEEP_AT = 10_000  # tracked keys/addresses before stale ones are dropped


def client_network(address: str | None) -> str:
    """The address's network (IPv4 /24, IPv6 /48): enough to see where a flood comes from,
    not who sent it."""
    if not address:
        return "unknown"
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "unknown"
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


class FailedAuthLimiter:
    """Failed authentications in a sliding window, per key id and per client address."""

    def __init__(self, per_key: int, per_client: int, window_s: float) -> None:
        self.per_key = per_key
        self.per_client = per_client
        self.window_s = window_s
        self._by_key: dict[str, deque[float]] = {}
        self._by_client: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _prune(self, times: deque[float], now: float) -> None:
        while times and now - times[0] >= self.window_s:
            times.popleft()

    def _wait(self, table: dict[str, deque[float]], name: str, limit: int, now: float) -> float:
        times = table.get(name)
        if times is None:
            return 0.0
        self._prune(times, now)
        if len(times) < limit:
            return 0.0
        return self.window_s - (now - times[-limit])  # until the limit-th newest leaves

    def retry_after(self, key_id: str | None, client: str | None) -> float:
        """0 when an authentication may be tried, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            waits = [self._wait(self._by_client, client or "", self.per_client, now)]
            if key_id:
                waits.append(self._wait(self._by_key, key_id, self.per_key, now))
        return max(waits)

    def failed(self, key_id: str | None, client: str | None) -> None:
        """Count a failure against the client and, when the key id exists, against it."""
        now = time.monotonic()
        with self._lock:
            for table, name, limit in (
                (self._by_client, client or "", self.per_client),
                (self._by_key, key_id, self.per_key),
            ):
                if name is None:
                    continue
                if len(table) > _SWEEP_AT:
                    for stale in [
                        n for n, t in table.items() if not t or now - t[-1] > self.window_s
                    ]:
                        del table[stale]
                # Only the newest `limit` failures decide anything: keep no more.
                table.setdefault(name, deque(maxlen=limit)).append(now)


@dataclass
class DenialCounter:
    """Denied requests counted per interval, for one aggregate ledger entry each interval."""

    interval_s: float
    max_groups: int = 1000  # distinct (status, reason, route, key, network) rows per entry
    _counts: Counter[tuple[int, str, str, str | None, str]] = field(default_factory=Counter)
    _since: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def count(
        self, *, status: int, reason: str, route: str, key_id: str | None, client: str | None
    ) -> None:
        group = (status, reason, route, key_id, client_network(client))
        with self._lock:
            if group not in self._counts and len(self._counts) >= self.max_groups:
                group = (status, reason, route, None, "other")  # bounded under a wide flood
            self._counts[group] += 1

    def pending(self) -> int:
        with self._lock:
            return sum(self._counts.values())

    def drain(self) -> dict[str, Any] | None:
        """The ledger entry for what was counted since the last drain (None when nothing was),
        and a fresh interval."""
        now = datetime.now(UTC).isoformat()
        with self._lock:
            counts, since = self._counts, self._since
            self._counts, self._since = Counter(), now
        if not counts:
            return None
        rows = [
            {"status": s, "reason": r, "route": route, "key_id": k, "client_network": net,
             "count": n}
            for (s, r, route, k, net), n in sorted(counts.items(), key=lambda kv: -kv[1])
        ]  # fmt: skip
        return {
            "actor": "steward",
            "action": DENIALS_ACTION,
            "subject": f"denials:{since}",
            "outcome": "denied",
            "details": {
                "from": since,
                "to": now,
                "interval_s": self.interval_s,
                "total": sum(counts.values()),
                "by_status": {str(s): n for s, n in sorted(_sum_by_status(counts).items())},
                "counts": rows,
            },
        }


def _sum_by_status(counts: Counter[tuple[int, str, str, str | None, str]]) -> Counter[int]:
    totals: Counter[int] = Counter()
    for (status, *_), n in counts.items():
        totals[status] += n
    return totals


class Overloaded(Exception):
    """A key asked for more guard work than its budget or queue allows (HTTP 429)."""

    def __init__(self, reason: str, retry_after: float) -> None:
        self.reason = reason
        self.retry_after = retry_after
        super().__init__(reason)


# -- guard work in worker processes ----------------------------------------------------------
_WORKER_CHAINS: dict[str, GuardChain] = {}


def _init_worker(input_chain: GuardChain, output_chain: GuardChain) -> None:
    _WORKER_CHAINS["input"], _WORKER_CHAINS["output"] = input_chain, output_chain
    if hasattr(os, "nice"):
        # Long checks are batch work: when the cores are busy, the gateway process (every
        # other caller's request) gets the CPU first.
        os.nice(WORKER_NICENESS)
    parent = multiprocessing.parent_process()
    if parent is not None:
        # A gateway killed outright (kill -9) never tells its workers to stop: watch it.
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()


def _exit_with(parent_sentinel: int) -> None:
    from multiprocessing.connection import wait

    wait([parent_sentinel])
    os._exit(0)


def _check_in_worker(direction: str, texts: list[str]) -> list[GuardResult]:
    return _WORKER_CHAINS[direction].check_batch(texts)


@dataclass
class _KeyLane:
    tokens: float
    updated: float
    running: asyncio.Semaphore
    waiting: int = 0


class GuardWork:
    """Guard checks under a per-key budget, long texts in worker processes (see the module
    docstring). The chains are pickled into each worker once, at start."""

    def __init__(
        self,
        input_chain: GuardChain,
        output_chain: GuardChain,
        *,
        chars_per_minute: int,
        offload_chars: int,
        processes: int,
        concurrency: int,
        queue: int,
        shared: SharedBuckets | None = None,
    ) -> None:
        self.chains = {"input": input_chain, "output": output_chain}
        self.shared = shared  # the character budgets in the store, one per key for all workers
        self.chars_per_minute = chars_per_minute
        self.offload_chars = offload_chars
        self.processes = processes
        self.concurrency = concurrency
        self.queue = queue
        self._lanes: dict[str, _KeyLane] = {}
        self._executor: Executor | None = None

    def _new_executor(self) -> Executor:
        if self.processes == 0:
            return ThreadPoolExecutor(max_workers=4, thread_name_prefix="guards")
        # spawn, not fork: the gateway has threads (the ledger writer) a fork would copy
        # mid-state.
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.chains["input"], self.chains["output"]),
        )

    def start(self) -> None:
        """Start the workers (a spawned worker imports the guards first; the first check
        waits for that)."""
        if self._executor is None:
            self._executor = self._new_executor()

    def close(self) -> None:
        """Stop the workers, waiting for the checks running now (under a second each): a
        process that exits first leaves its workers behind."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _lane(self, key_id: str) -> _KeyLane:
        lane = self._lanes.get(key_id)
        if lane is None:
            lane = _KeyLane(
                float(self.chars_per_minute), time.monotonic(), asyncio.Semaphore(self.concurrency)
            )
            self._lanes[key_id] = lane
        return lane

    def _charge(self, lane: _KeyLane, chars: int) -> None:
        """Take ``chars`` from the key's bucket or raise :class:`Overloaded`. A text larger
        than the whole bucket costs the whole bucket (it can pass, once a minute)."""
        rate = self.chars_per_minute / 60.0
        now = time.monotonic()
        lane.tokens = min(self.chars_per_minute, lane.tokens + (now - lane.updated) * rate)
        lane.updated = now
        cost = min(chars, self.chars_per_minute)
        if lane.tokens < cost:
            raise Overloaded(
                f"over {self.chars_per_minute:,} characters of guard work per minute",
                (cost - lane.tokens) / rate,
            )
        lane.tokens -= cost

    def _charge_shared(self, key_id: str, chars: int, refusable: bool) -> None:
        """:meth:`_charge` against the key's bucket in the store (every worker's)."""
        assert self.shared is not None
        budget = self.chars_per_minute
        wait = self.shared.take(
            "guard_chars", key_id, capacity=budget, per_second=budget / 60.0,
            cost=chars, force=not refusable,
        )  # fmt: skip
        if wait > 0:
            raise Overloaded(f"over {budget:,} characters of guard work per minute", wait)

    async def check(self, key_id: str, direction: str, text: str) -> GuardResult:
        """The chain's result for ``text``, charged to ``key_id``."""
        return (await self.check_batch(key_id, direction, [text]))[0]

    async def check_batch(
        self, key_id: str, direction: str, texts: list[str], *, refusable: bool = True
    ) -> list[GuardResult]:
        """The chain's results for ``texts`` (one request's: a chat's messages, a classify
        batch, an answer's choices), charged to ``key_id`` by their total length; a long
        total is checked in the workers (runs on the event loop: the lanes are not locked).
        ``refusable=False`` is for an answer the upstream already gave: it is checked whatever
        the budget (the key's bucket goes into debt, so its next requests wait instead)."""
        chain = self.chains[direction]
        lane = self._lane(key_id)
        total = sum(len(text) for text in texts)
        if self.shared is not None:
            self._charge_shared(key_id, total, refusable)
        elif refusable:
            self._charge(lane, total)
        else:
            self._charge(lane, 0)  # refill up to now
            lane.tokens -= min(total, self.chars_per_minute)
        if total < self.offload_chars:
            return chain.check_batch(texts)
        if refusable and lane.running.locked() and lane.waiting >= self.queue:
            raise Overloaded(
                f"{self.concurrency} long guard check(s) running and {lane.waiting} waiting "
                f"for key {key_id}",
                1.0,
            )
        lane.waiting += 1
        try:
            await lane.running.acquire()
        finally:
            lane.waiting -= 1
        try:
            return await self._offload(direction, texts)
        finally:
            lane.running.release()

    async def _offload(self, direction: str, texts: list[str]) -> list[GuardResult]:
        if self._executor is None:
            self.start()
        assert self._executor is not None
        executor = self._executor
        if isinstance(executor, ProcessPoolExecutor):
            work = executor.submit(_check_in_worker, direction, texts)
        else:
            work = executor.submit(self.chains[direction].check_batch, texts)
        try:
            return await asyncio.wrap_future(work)
        except BrokenProcessPool:
            # A worker died (killed, out of memory): start new ones, and check this text in
            # a thread meanwhile so the caller still gets an answer.
            if self._executor is executor:
                executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
                self.start()
            return await asyncio.to_thread(self.chains[direction].check_batch, texts)
