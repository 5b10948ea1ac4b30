"""Model registry: versions, statuses and the files' hashes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from steward.errors import RegistryError
from steward.registry.flags import (
    ModelFlag,
    ensure_flag_tables,
    flags_by_model,
    open_flags,
    refusal,
)
from steward.store.artifacts import Store
from steward.store.db import ModelRow, utc_now

STATUSES = ("candidate", "pending_review", "approved", "deployed", "rejected", "retired")
SERVABLE = ("approved", "deployed")
# Passing the gate makes a model pending_review; only a risk owner's review (`steward models
# review`) makes it approved, so no model is released without a person signing it off.
PENDING_REVIEW = "pending_review"
REVIEW_OUTCOMES = ("approved", "rejected")
# Which status may follow which; anything else is refused. A candidate (it failed the gate)
# reaches review only by passing `steward gate` (with waivers if a risk owner grants them).
TRANSITIONS: dict[str, frozenset[str]] = {
    "candidate": frozenset({PENDING_REVIEW, "rejected"}),
    PENDING_REVIEW: frozenset(REVIEW_OUTCOMES),
    "approved": frozenset({"deployed", "rejected", "retired"}),
    "deployed": frozenset({"retired"}),
    "rejected": frozenset(),
    "retired": frozenset(),
}
# Statuses a flagged model (trained on data since erased) may not enter: the release ones.
BLOCKED_WHEN_FLAGGED = frozenset({"approved", "deployed"})


@dataclass(frozen=True)
class ModelVersion:
    id: int
    name: str
    version: int
    artifact_sha256: str
    weights_sha256: str
    status: str
    run_id: str | None
    created_at: str
    metrics: dict[str, Any]
    gate: dict[str, Any]
    # Every flag raised on this version, cleared ones too (see steward.registry.flags)
    flags: tuple[ModelFlag, ...] = field(default=())

    @property
    def ref(self) -> str:
        return f"{self.name}:{self.version}"

    @property
    def open_flags(self) -> list[ModelFlag]:
        return open_flags(self.flags)

    @property
    def flagged(self) -> bool:
        """Trained on data since erased, and no privacy officer has said why it may stay."""
        return bool(self.open_flags)

    def refusal(self, doing: str) -> str:
        """Why this flagged version cannot be ``doing`` (approved, deployed, served)."""
        return refusal(self.ref, self.flags, doing)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "flagged": self.flagged,
            "flags": [flag.to_dict() for flag in self.flags],
        }


def _from_row(row: ModelRow, flags: list[ModelFlag] | tuple[ModelFlag, ...] = ()) -> ModelVersion:
    return ModelVersion(
        id=row.id,
        name=row.name,
        version=row.version,
        artifact_sha256=row.artifact_sha256,
        weights_sha256=row.weights_sha256,
        status=row.status,
        run_id=row.run_id,
        created_at=row.created_at,
        metrics=dict(row.metrics or {}),
        gate=dict(row.gate or {}),
        flags=tuple(flags),
    )


def _with_flags(session: Session, row: ModelRow) -> ModelVersion:
    return _from_row(row, flags_by_model(session, [row.id]).get(row.id, []))


class Registry:
    def __init__(self, store: Store) -> None:
        self.store = store
        ensure_flag_tables(store.engine)

    def register(
        self,
        *,
        name: str,
        artifact_sha256: str,
        weights_sha256: str,
        status: str,
        run_id: str | None,
        metrics: dict[str, Any],
        gate: dict[str, Any],
    ) -> ModelVersion:
        with self.store.session() as session, session.begin():
            return self.add(
                session, name=name, artifact_sha256=artifact_sha256,
                weights_sha256=weights_sha256, status=status, run_id=run_id, metrics=metrics,
                gate=gate,
            )  # fmt: skip

    def add(
        self,
        session: Session,
        *,
        name: str,
        artifact_sha256: str,
        weights_sha256: str,
        status: str,
        run_id: str | None,
        metrics: dict[str, Any],
        gate: dict[str, Any],
    ) -> ModelVersion:
        """Register the next version of ``name`` inside the caller's transaction (so the
        ledger entries that record it commit or roll back with it)."""
        if status not in STATUSES:
            raise RegistryError(f"unknown status {status!r}; statuses are {', '.join(STATUSES)}")
        latest = session.scalar(select(func.max(ModelRow.version)).where(ModelRow.name == name))
        row = ModelRow(
            name=name,
            version=(latest or 0) + 1,
            artifact_sha256=artifact_sha256,
            weights_sha256=weights_sha256,
            status=status,
            run_id=run_id,
            created_at=utc_now(),
            metrics=metrics,
            gate=gate,
        )
        session.add(row)
        session.flush()
        return _from_row(row)

    def page(
        self, *, limit: int, before_id: int | None = None, status: str | None = None
    ) -> list[ModelVersion]:
        """Up to ``limit`` versions (with ``status``), newest registration first, registered
        before ``before_id``: keyset pagination on the id, so a page reads only its rows."""
        with self.store.session() as session:
            query = select(ModelRow).order_by(ModelRow.id.desc()).limit(limit)
            if before_id is not None:
                query = query.where(ModelRow.id < before_id)
            if status:
                query = query.where(ModelRow.status == status)
            rows = list(session.scalars(query))
            flags = flags_by_model(session, [row.id for row in rows])
            return [_from_row(row, flags.get(row.id, [])) for row in rows]

    def list(self, name: str | None = None) -> list[ModelVersion]:
        with self.store.session() as session:
            query = select(ModelRow).order_by(ModelRow.name, ModelRow.version)
            if name:
                query = query.where(ModelRow.name == name)
            rows = list(session.scalars(query))
            flags = flags_by_model(session, [row.id for row in rows])
            return [_from_row(row, flags.get(row.id, [])) for row in rows]

    def get(self, ref: str) -> ModelVersion:
        """``name`` (latest version) or ``name:version``."""
        with self.store.session() as session:
            return self.read(session, ref)

    def read(self, session: Session, ref: str) -> ModelVersion:
        """:meth:`get` inside the caller's transaction."""
        return _with_flags(session, _row_of(session, ref))

    def servable(self, name: str) -> ModelVersion:
        """The newest approved or deployed version of ``name`` (what ``serve.model: NAME``
        loads; after a rollback, the one before). A flagged one is returned too: the loader
        refuses it, naming the erasure, rather than silently serving an older version."""
        with self.store.session() as session:
            found = self.servable_in(session, name)
            if found is None:
                raise RegistryError("no approved or deployed version", where=name)
            return found

    def servable_in(self, session: Session, name: str) -> ModelVersion | None:
        """:meth:`servable` inside the caller's transaction; ``None`` when there is none."""
        row = session.scalars(
            select(ModelRow)
            .where(ModelRow.name == name, ModelRow.status.in_(SERVABLE))
            .order_by(ModelRow.version.desc())
            .limit(1)
        ).first()
        return None if row is None else _with_flags(session, row)

    def move(self, session: Session, ref: str, status: str) -> ModelVersion:
        """Change the status of ``ref`` inside the caller's transaction: the governance service
        (:mod:`steward.registry.governance`) calls it, so the ledger entry recording the change
        commits or rolls back with it. The transition is checked against the row as this
        transaction reads it, so two people acting at once cannot both move it. A flagged
        model (trained on data since erased) cannot be approved or deployed."""
        row = _row_of(session, ref)
        if status not in TRANSITIONS.get(row.status, frozenset()):
            allowed = ", ".join(sorted(TRANSITIONS[row.status])) or "none"
            raise RegistryError(
                f"cannot move from {row.status} to {status} (allowed: {allowed})",
                where=f"{row.name}:{row.version}",
            )
        current = _with_flags(session, row)
        if status in BLOCKED_WHEN_FLAGGED and current.flagged:
            raise RegistryError(current.refusal(status), where=current.ref)
        row.status = status
        session.flush()
        return _from_row(row, current.flags)


def _row_of(session: Session, ref: str) -> ModelRow:
    """The row of ``name`` (its latest version) or ``name:version``."""
    name, _, version = ref.partition(":")
    query = select(ModelRow).where(ModelRow.name == name)
    if version:
        if not version.isdigit():
            raise RegistryError(f"model version must be a number, got {version!r}", where=ref)
        query = query.where(ModelRow.version == int(version))
    row = session.scalars(query.order_by(ModelRow.version.desc()).limit(1)).first()
    if row is None:
        raise RegistryError("no such model in the registry", where=ref)
    return row
