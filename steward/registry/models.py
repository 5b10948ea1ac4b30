"""Model registry: versions, statuses and the files' hashes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from steward.errors import RegistryError
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

    @property
    def ref(self) -> str:
        return f"{self.name}:{self.version}"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _from_row(row: ModelRow) -> ModelVersion:
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
    )


class Registry:
    def __init__(self, store: Store) -> None:
        self.store = store

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
        if status not in STATUSES:
            raise RegistryError(f"unknown status {status!r}; statuses are {', '.join(STATUSES)}")
        with self.store.session() as session, session.begin():
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

    def list(self, name: str | None = None) -> list[ModelVersion]:
        with self.store.session() as session:
            query = select(ModelRow).order_by(ModelRow.name, ModelRow.version)
            if name:
                query = query.where(ModelRow.name == name)
            return [_from_row(row) for row in session.scalars(query)]

    def get(self, ref: str) -> ModelVersion:
        """``name`` (latest version) or ``name:version``."""
        with self.store.session() as session:
            return _from_row(_row_of(session, ref))

    def servable(self, name: str) -> ModelVersion:
        """The newest approved or deployed version of ``name`` (what ``serve.model: NAME``
        loads; after a rollback, the one before)."""
        with self.store.session() as session:
            row = session.scalars(
                select(ModelRow)
                .where(ModelRow.name == name, ModelRow.status.in_(SERVABLE))
                .order_by(ModelRow.version.desc())
                .limit(1)
            ).first()
            if row is None:
                raise RegistryError("no approved or deployed version", where=name)
            return _from_row(row)

    def set_status(self, ref: str, status: str) -> ModelVersion:
        with self.store.session() as session, session.begin():
            return self.move(session, ref, status)

    def move(self, session: Session, ref: str, status: str) -> ModelVersion:
        """Change the status of ``ref`` inside the caller's transaction (so the ledger entry
        that records it commits or rolls back with it). The transition is checked against the
        row as this transaction reads it, so two people acting at once cannot both move it."""
        row = _row_of(session, ref)
        if status not in TRANSITIONS.get(row.status, frozenset()):
            allowed = ", ".join(sorted(TRANSITIONS[row.status])) or "none"
            raise RegistryError(
                f"cannot move from {row.status} to {status} (allowed: {allowed})",
                where=f"{row.name}:{row.version}",
            )
        row.status = status
        session.flush()
        return _from_row(row)


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
