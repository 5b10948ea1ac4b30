"""SQLAlchemy engine and tables. SQLite (WAL) under ``.steward/`` by default; any SQLAlchemy URL
via ``STEWARD_DATABASE_URL``."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    create_engine,
    event,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from steward.store.permissions import create_private_file

DATABASE_URL_ENV = "STEWARD_DATABASE_URL"
HOME_ENV = "STEWARD_HOME"


def canonical_json(value: Any) -> str:
    """The one JSON text form: sorted keys, no spaces, UTF-8 as is. JSON columns are stored in
    it, so the ledger's verifier can hash the stored text without parsing it again."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def utc_now() -> str:
    """Timestamps are ISO-8601 strings so that hashing them is byte-stable across databases."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Base(DeclarativeBase):
    pass


class RunRow(Base):
    __tablename__ = "runs"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    policy_path: Mapped[str] = mapped_column(String(1024))
    policy_sha256: Mapped[str] = mapped_column(String(64))
    code_version: Mapped[str] = mapped_column(String(128))
    actor: Mapped[str] = mapped_column(String(256))
    started_at: Mapped[str] = mapped_column(String(40))
    finished_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    status: Mapped[str] = mapped_column(String(32))
    run_dir: Mapped[str] = mapped_column(String(1024))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ArtifactRow(Base):
    __tablename__ = "artifacts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(512))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    is_directory: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[str] = mapped_column(String(40))
    run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    policy_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    code_version: Mapped[str] = mapped_column(String(128))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ArtifactParentRow(Base):
    """Lineage edge: ``child`` was made from ``parent``."""

    __tablename__ = "artifact_parents"
    child_sha256: Mapped[str] = mapped_column(ForeignKey("artifacts.sha256"), primary_key=True)
    parent_sha256: Mapped[str] = mapped_column(ForeignKey("artifacts.sha256"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(64), default="derived_from")


class ModelRow(Base):
    __tablename__ = "models"
    __table_args__ = (UniqueConstraint("name", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(256))
    version: Mapped[int] = mapped_column(Integer)
    artifact_sha256: Mapped[str] = mapped_column(ForeignKey("artifacts.sha256"))
    weights_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32))
    run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(40))
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    gate: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class LedgerEntryRow(Base):
    __tablename__ = "ledger_entries"
    # The console's ledger explorer filters by kind or actor, newest first, a page at a time:
    # (column, seq) lets one page read only its rows, whatever the ledger's size.
    __table_args__ = (
        Index("ix_ledger_entries_action_seq", "action", "seq"),
        Index("ix_ledger_entries_actor_seq", "actor", "seq"),
        # A request id is looked up by subject (feedback checks it exists, trace walks it),
        # usually with its action: (subject, action) serves both, and with two equalities the
        # planner cannot prefer the (action, seq) index for such a lookup.
        Index("ix_ledger_entries_subject_action", "subject", "action"),
        # a time window's page reads its rows in (recorded_at, seq) order
        Index("ix_ledger_entries_recorded_at_seq", "recorded_at", "seq"),
    )
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    recorded_at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(256))
    action: Mapped[str] = mapped_column(String(128))
    subject: Mapped[str] = mapped_column(String(512))
    artifacts: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Set on the newest entry of each commit: Ed25519 over entry_hash (see accountability.signing)
    signer: Mapped[str | None] = mapped_column(String(16), nullable=True, default=None)
    signature: Mapped[str | None] = mapped_column(String(128), nullable=True, default=None)


class LedgerSignerRow(Base):
    __tablename__ = "ledger_signers"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))


class LedgerAnchorRow(Base):
    """The chain's head, kept apart from the entries so deleting the newest entry is detected."""

    __tablename__ = "ledger_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    head_hash: Mapped[str] = mapped_column(String(64))


class MonitorRollupRow(Base):
    """Monitoring's per-hour counts of the gateway's decisions (steward.accountability.
    monitor_rollups): ``measure`` / ``grp`` / ``key`` name a counter (e.g. intent / en /
    card_lost), ``n`` its count and ``total`` a sum (confidences) over the hour ``bucket``
    (``YYYY-MM-DDTHH`` of ``recorded_at``), so a window's figures read hours, not decisions."""

    __tablename__ = "monitor_rollups"
    bucket: Mapped[str] = mapped_column(String(13), primary_key=True)
    measure: Mapped[str] = mapped_column(String(32), primary_key=True)
    grp: Mapped[str] = mapped_column(String(256), primary_key=True)
    key: Mapped[str] = mapped_column(String(256), primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger, default=0)
    total: Mapped[float] = mapped_column(Float, default=0.0)


class MonitorRollupStateRow(Base):
    """The ledger entry up to which :class:`MonitorRollupRow` counts are folded in."""

    __tablename__ = "monitor_rollup_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class ApiKeyRow(Base):
    """A gateway API key: only a scrypt hash of its secret is kept."""

    __tablename__ = "api_keys"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(32))
    salt: Mapped[str] = mapped_column(String(64))
    secret_hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(256))
    expires_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    revoked_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    rate_per_minute: Mapped[int] = mapped_column(Integer, default=600)
    # A console sign-in key (make demo's): the first sign-in consumes it (used_at is set)
    single_use: Mapped[bool | None] = mapped_column(Boolean, nullable=True, default=None)
    used_at: Mapped[str | None] = mapped_column(String(40), nullable=True, default=None)


class GatewayStateBase(DeclarativeBase):
    """Tables of the gateway's shared limits (steward.serve.shared): on SQLite a file of
    their own beside the store's, so a busy gateway's counters never wait on the ledger's
    commits; on other databases, the store's database."""


class GatewayBucketRow(GatewayStateBase):
    """A token bucket the gateway's workers share (steward.serve.shared): ``scope`` says
    what it limits (requests, guard_chars, auth_key, auth_client), ``name`` whose (a key id,
    a client address); ``tokens`` as of ``updated`` (Unix time)."""

    __tablename__ = "gateway_buckets"
    scope: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    updated: Mapped[float] = mapped_column(Float)


class GatewayEpochRow(Base):
    """A counter bumped with every change the gateway's workers must see at once (a key
    revoked): each reads it every ``serve.key_check_s`` and drops its cache when it moved."""

    __tablename__ = "gateway_epochs"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class FeedbackRow(Base):
    """What a caller said about a served decision (never the raw prompt)."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    key_id: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    incident_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class IncidentRow(Base):
    """Something went wrong in production: opened from feedback or monitoring, assigned to the
    responsible role, root-caused, resolved. Each step is also a ledger entry."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    opened_at: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(32))  # feedback | monitor | manual
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))  # open | root_caused | resolved
    title: Mapped[str] = mapped_column(String(512))
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    feedback_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    model_ref: Mapped[str | None] = mapped_column(String(300), nullable=True)
    category: Mapped[str] = mapped_column(String(32))  # model | guard | data | gateway
    responsible_role: Mapped[str] = mapped_column(String(32))
    accountable: Mapped[str | None] = mapped_column(String(256), nullable=True)
    assignee: Mapped[str | None] = mapped_column(String(256), nullable=True)
    root_cause: Mapped[str | None] = mapped_column(String(4000), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(32), nullable=True)
    resolution_note: Mapped[str | None] = mapped_column(String(4000), nullable=True)
    resolved_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


def default_home() -> Path:
    return Path(os.environ.get(HOME_ENV, ".steward")).resolve()


def database_url(home: Path) -> str:
    return os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{home / 'steward.db'}"


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def make_engine(url: str) -> Engine:
    """Create the engine and the tables. SQLite gets WAL and serialised writers, and its file
    is created 0600 first: SQLite gives its -wal, -shm and -journal files the same mode."""
    database_file = sqlite_file(url)
    if database_file is not None:
        create_private_file(database_file)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, json_serializer=canonical_json)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy own transactions, then make each one BEGIN IMMEDIATE (below) so
            # two writers can never both read the same ledger head and fork the chain.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    else:
        engine = create_engine(url, pool_pre_ping=True, json_serializer=canonical_json)
    Base.metadata.create_all(engine)
    _add_missing_columns(engine)
    _add_missing_indexes(engine)
    return engine


def _add_missing_indexes(engine: Engine) -> None:
    """Stores made before an index existed get it (``create_all`` skips existing tables)."""
    from sqlalchemy import inspect

    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        present = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in present:
                index.create(engine, checkfirst=True)


def _add_missing_columns(engine: Engine) -> None:
    """Stores made before a nullable column existed get it added (``create_all`` only makes
    missing tables)."""
    from sqlalchemy import inspect, text

    inspector = inspect(engine)
    for table in Base.metadata.sorted_tables:
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present and column.nullable:
                kind = column.type.compile(dialect=engine.dialect)
                with engine.begin() as connection:
                    connection.execute(
                        text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}')
                    )
