"""Gateway state shared by every worker process, and every host, through the store.

``steward serve --workers N`` runs N processes; with state kept per process, N workers
allowed N times a key's rate and ``/metrics`` showed whichever worker answered. With
``serve.shared_state: store`` (the default when there is more than one worker):

- **Rate limits** — a key's requests per minute, its guard characters per minute and the
  failed-authentication throttle — are token buckets, one row each in ``gateway_buckets``
  of the store's database (PostgreSQL when ``STEWARD_DATABASE_URL`` names one, else the
  SQLite file). Taking tokens is one conditional ``UPDATE`` that refills and debits in the
  same statement and matches only while enough tokens are there, so two workers can never
  both spend the last token (SQLite serialises writers; PostgreSQL re-checks the ``WHERE``
  on the locked row). A missing row is created with ``INSERT ... ON CONFLICT DO NOTHING``.
- **The local fast path.** A worker takes a small batch of tokens at once — at most 1% of
  the bucket and at most ``serve.shared_reserve`` requests' worth — and spends them
  locally for up to :data:`RESERVE_SECONDS`, so a busy key costs one write per batch, not
  per request. Tokens only ever come out of the shared row, so the total allowed never
  exceeds the limit plus its refill; a batch a worker holds but does not use is lost (the
  key can be refused up to that many requests early). A limit under 100 per minute gets
  batches of one: exact.
- **Key revocation**: revoking a key bumps a counter (``gateway_epochs``) in the same
  transaction; every worker reads it at most every ``serve.key_check_s`` (0.5 s) and drops
  its cached key rows when it changed, so a revoked key is refused everywhere within that.
- **/metrics** add up across the workers of one ``steward serve``: prometheus-client's
  multiprocess mode, in a folder ``steward serve`` prepares (``PROMETHEUS_MULTIPROC_DIR``).

Buckets use wall-clock time (hosts sharing a database need synchronised clocks). The
per-key concurrency of long guard checks stays per process: it bounds a process's own
worker pool.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from sqlalchemy import (
    Engine,
    Float,
    Table,
    Update,
    bindparam,
    case,
    create_engine,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, ProgrammingError

from steward.store.db import GatewayBucketRow, GatewayEpochRow, GatewayStateBase, sqlite_file
from steward.store.permissions import create_private_file

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from steward.store.artifacts import Store

SHARED_STATE_ENV = "STEWARD_SERVE_SHARED_STATE"  # "store" or "process", set by `steward serve`
RESERVE_SECONDS = 1.0  # how long a worker may keep tokens it took and did not spend yet
RESERVE_FRACTION = 100  # a batch is at most 1/100 of the bucket
KEYS_EPOCH = "api_keys"

SharedStateMode = Literal["auto", "process", "store"]
_BUCKETS = cast(Table, GatewayBucketRow.__table__)
_EPOCHS = cast(Table, GatewayEpochRow.__table__)


def shared_state_wanted(mode: SharedStateMode, workers: int) -> bool:
    """Whether the gateway keeps its limits in the store: ``auto`` does with >1 worker."""
    return mode == "store" or (mode == "auto" and workers > 1)


def state_engine(store: Store) -> Engine:
    """The engine for the buckets, their table created. On SQLite a file of its own beside
    the store's (``steward.gateway.db``): the ledger writer commits (and fsyncs) all the
    time under load, and a counter waiting for its lock would stall the event loop. Its
    connections commit with ``synchronous=NORMAL``: a counter lost to a power cut costs
    nothing, an fsync per batch would. Other databases: the store's engine."""
    database = sqlite_file(store.url)
    if database is None:
        _create_tables(store.engine)
        return store.engine
    path = database.with_suffix(".gateway" + database.suffix)
    create_private_file(path)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    _create_tables(engine)
    return engine


def _create_tables(engine: Engine) -> None:
    """Create the buckets' table unless it is there. Workers starting together may race to
    create it (PostgreSQL then refuses the loser's CREATE TABLE): the loser finds it made."""
    try:
        GatewayStateBase.metadata.create_all(engine)
    except (IntegrityError, ProgrammingError):
        GatewayStateBase.metadata.create_all(engine)


def epoch_reader(store: Store) -> Engine:
    """An engine to read the counters with. On SQLite a plain one: the store's own engine
    begins every transaction ``BEGIN IMMEDIATE`` (its writers), which would queue a read
    behind the ledger's commits; a read in WAL mode needs no lock."""
    if sqlite_file(store.url) is None:
        return store.engine
    return create_engine(store.url, connect_args={"timeout": 30})


def _insert_if_absent(connection: Connection, table: Table, values: dict[str, Any]) -> bool:
    """Insert the row unless its key is there already; True when this call inserted it.
    Told by ``RETURNING``, not ``rowcount``: psycopg's INSERT through SQLAlchemy reports a
    rowcount of -1, so an inserted bucket looked absent and the caller debited it a second
    time (the first request of a key cost two tokens on PostgreSQL)."""
    dialect = connection.dialect.name
    key = next(iter(table.primary_key.columns))
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        lite = sqlite_insert(table).values(**values).on_conflict_do_nothing()
        return connection.execute(lite.returning(key)).first() is not None
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        pg = postgresql_insert(table).values(**values).on_conflict_do_nothing()
        return connection.execute(pg.returning(key)).first() is not None
    try:  # other databases: a savepoint, so a lost race leaves the transaction usable
        with connection.begin_nested():
            connection.execute(insert(table).values(**values))
        return True
    except IntegrityError:
        return False


def bump_epoch(session: Session, name: str = KEYS_EPOCH) -> None:
    """Add one to the named counter, in the caller's transaction (workers watch it)."""
    table = _EPOCHS
    connection = session.connection()
    bumped = update(table).where(table.c.name == name).values(value=table.c.value + 1)
    if connection.execute(bumped).rowcount == 0 and not _insert_if_absent(
        connection, table, {"name": name, "value": 1}
    ):
        connection.execute(bumped)  # another writer created it meanwhile


def read_epoch(engine: Engine, name: str = KEYS_EPOCH) -> int:
    table = _EPOCHS
    with engine.connect() as connection:
        value = connection.execute(select(table.c.value).where(table.c.name == name)).scalar()
    return int(value or 0)


@dataclass
class _Held:
    tokens: float
    until: float  # wall-clock time the held tokens lapse


class SharedBuckets:
    """Token buckets in the store (``gateway_buckets``), with per-process batches of
    tokens (see the module docstring). Thread-safe; one instance per worker process."""

    def __init__(self, engine: Engine, reserve_requests: int = 16) -> None:
        self.engine = engine
        self.reserve_requests = reserve_requests
        self._held: dict[tuple[str, str], _Held] = {}
        # (until, amount) of the last refusal: the bucket only refills, at a known rate, so
        # until then it cannot hold that amount, and a flood over the limit is refused here
        # without a store round trip each.
        self._refused: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()
        self.writes = 0  # store round trips, for the tests and the benchmark

    def batch(self, capacity: float, cost: float) -> float:
        """Tokens to take from the store for a request of ``cost``: at most 1% of the bucket
        and ``reserve_requests`` such requests, never less than the request itself."""
        return max(cost, min(capacity // RESERVE_FRACTION, cost * self.reserve_requests))

    def take(
        self,
        scope: str,
        name: str,
        *,
        capacity: float,
        per_second: float,
        cost: float = 1.0,
        force: bool = False,
    ) -> float:
        """Spend ``cost`` tokens of bucket (scope, name): 0.0 when spent, else the seconds
        until they could be. ``force`` spends them whatever is left (the bucket goes into
        debt: an answer already produced is checked whatever the budget)."""
        cost = min(cost, capacity)  # a request larger than the bucket costs the whole bucket
        if cost <= 0:
            return 0.0
        now = time.time()
        with self._lock:
            held = self._held.get((scope, name))
            if held is not None and held.until <= now:
                held = None
            if held is not None and held.tokens >= cost:
                held.tokens -= cost
                return 0.0
            have = held.tokens if held is not None else 0.0
            need = cost - have
            refused = self._refused.get((scope, name))
            if not force and refused is not None and refused[0] > now and need >= refused[1]:
                return refused[0] - now
            if force:
                self._debit(scope, name, capacity, per_second, need, now, force=True)
                self._held.pop((scope, name), None)
                return 0.0
            wanted = self.batch(capacity, cost) - have
            wait = self._debit(scope, name, capacity, per_second, wanted, now)
            if wait == 0.0:
                self._held[(scope, name)] = _Held(have + wanted - cost, now + RESERVE_SECONDS)
                return 0.0
            if wanted > need:  # near the limit: ask for exactly what this request needs
                wait = self._debit(scope, name, capacity, per_second, need, now)
                if wait == 0.0:
                    self._held.pop((scope, name), None)
                    return 0.0
            self._refused[(scope, name)] = (now + wait, need)
            return wait

    def charge(
        self, scope: str, name: str, *, capacity: float, per_second: float, cost: float = 1.0
    ) -> None:
        """Spend ``cost`` in the store at once, whatever is left and bypassing any batch this
        process holds: what every worker must see now (a failed login)."""
        self._debit(scope, name, capacity, per_second, cost, time.time(), force=True)

    def wait(self, scope: str, name: str, *, capacity: float, per_second: float) -> float:
        """Seconds until one token is there (0.0: now), spending nothing."""
        table = _BUCKETS
        with self.engine.connect() as connection:
            row = connection.execute(
                select(table.c.tokens, table.c.updated).where(
                    table.c.scope == scope, table.c.name == name
                )
            ).first()
        if row is None:
            return 0.0
        tokens = min(capacity, row.tokens + max(0.0, time.time() - row.updated) * per_second)
        return 0.0 if tokens >= 1 else (1 - tokens) / per_second

    def _debit(
        self,
        scope: str,
        name: str,
        capacity: float,
        per_second: float,
        amount: float,
        now: float,
        *,
        force: bool = False,
    ) -> float:
        """One transaction: refill the row to ``now`` and take ``amount`` when it is there
        (always, with ``force``). 0.0 when taken, else the seconds until it could be."""
        table = _BUCKETS
        where = [table.c.scope == scope, table.c.name == name]
        self.writes += 1
        debit = _debit_statement(force)
        values = {"b_scope": scope, "b_name": name, "b_now": now, "b_rate": per_second,
                  "b_capacity": capacity, "b_amount": amount}  # fmt: skip
        with self.engine.begin() as connection:
            if connection.execute(debit, values).rowcount == 1:
                return 0.0
            if _insert_if_absent(
                connection,
                table,
                {"scope": scope, "name": name, "tokens": capacity - amount, "updated": now},
            ):
                return 0.0  # a full bucket holds any amount up to its capacity
            # The row is there: either it holds too little, or another worker created it
            # since this UPDATE began (PostgreSQL: the INSERT waited for that commit). Ask
            # it as it is now.
            if connection.execute(debit, values).rowcount == 1:
                return 0.0
            row = connection.execute(
                select(table.c.tokens, table.c.updated).where(*where[:2])
            ).first()
        if row is None:  # deleted between the statements: soon again
            return min(1.0, 1.0 / per_second)
        tokens = min(capacity, row.tokens + max(0.0, now - row.updated) * per_second)
        return max((amount - tokens) / per_second, 0.01)


@lru_cache(maxsize=2)
def _debit_statement(force: bool) -> Update:
    """:meth:`SharedBuckets._debit`'s UPDATE (refill the row to ``b_now``, take ``b_amount``
    when it is there, or always with ``force``), built once: building the expression for
    every debit cost more CPU than running it. Parameters: ``b_scope``, ``b_name``,
    ``b_now``, ``b_rate`` (tokens a second), ``b_capacity``, ``b_amount``."""
    table = _BUCKETS
    now, rate = bindparam("b_now", type_=Float), bindparam("b_rate", type_=Float)
    capacity, amount = bindparam("b_capacity", type_=Float), bindparam("b_amount", type_=Float)
    elapsed = case((table.c.updated < now, now - table.c.updated), else_=0.0)
    refilled = case(
        (table.c.tokens + elapsed * rate > capacity, capacity),
        else_=table.c.tokens + elapsed * rate,
    )
    where = [table.c.scope == bindparam("b_scope"), table.c.name == bindparam("b_name")]
    if not force:
        where.append(refilled >= amount)
    latest = case((table.c.updated < now, now), else_=table.c.updated)
    return update(table).where(*where).values(tokens=refilled - amount, updated=latest)


class RateLimitedKey(Protocol):
    """What a shared request limit reads of an API key (:class:`steward.serve.keys.ApiKey`;
    a protocol, so that this module and ``keys`` do not import each other)."""

    @property
    def key_id(self) -> str: ...

    @property
    def rate_per_minute(self) -> int: ...


class SharedRateLimiter:
    """A key's requests per minute in the store (``RateLimiter``'s bucket, shared)."""

    def __init__(self, buckets: SharedBuckets) -> None:
        self.buckets = buckets

    def retry_after(self, key: RateLimitedKey) -> float:
        """0 when the request may go ahead, else the seconds until it may."""
        rate = key.rate_per_minute
        return self.buckets.take("requests", key.key_id, capacity=rate, per_second=rate / 60.0)


class SharedFailedAuthLimiter:
    """Failed authentications per key id and client address, in the store: a bucket of
    ``per_key`` (``per_client``) failures refilled over ``window_s``. Like the per-process
    sliding window it allows that many failures in a row; after them one more every
    ``window_s / limit`` seconds."""

    def __init__(
        self, buckets: SharedBuckets, per_key: int, per_client: int, window_s: float
    ) -> None:
        self.buckets = buckets
        self.per_key = per_key
        self.per_client = per_client
        self.window_s = window_s

    def retry_after(self, key_id: str | None, client: str | None) -> float:
        """0 when an authentication may be tried, else the seconds until it may."""
        waits = [self._wait("auth_client", client or "", self.per_client)]
        if key_id:
            waits.append(self._wait("auth_key", key_id, self.per_key))
        return max(waits)

    def failed(self, key_id: str | None, client: str | None) -> None:
        """Count a failure against the client and, when the key id exists, against it."""
        for scope, name, limit in (
            ("auth_client", client or "", self.per_client),
            ("auth_key", key_id, self.per_key),
        ):
            if name is not None:
                self.buckets.charge(scope, name, capacity=limit, per_second=limit / self.window_s)

    def _wait(self, scope: str, name: str, limit: int) -> float:
        return self.buckets.wait(scope, name, capacity=limit, per_second=limit / self.window_s)
