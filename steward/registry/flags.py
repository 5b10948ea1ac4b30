"""Flags on registered models: an overlay on the status, not a status of its own.

``steward data forget`` and ``steward data purge-expired`` flag every model whose lineage
holds a data set version that lost rows (:data:`RETRAIN`). While a flag is open the model
keeps its status (so the record of how it was released stays true) but it cannot be approved,
deployed or served (:func:`refusal` says why, naming the erasure request). A flag closes when a
``privacy_officer`` records why the model may stay (a clearance, with the ledger entry that
records it); a model retrained on the purged data set is a new version and carries no flag.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, Session, mapped_column

from steward.store.db import Base

RETRAIN = "retrain"  # the model was trained on rows since erased


class ModelFlagRow(Base):
    """A registered model that needs attention, e.g. retraining after data was erased."""

    __tablename__ = "model_flags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("models.id"))
    flag: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(1024))
    request_id: Mapped[str] = mapped_column(String(64))
    artifacts: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[str] = mapped_column(String(40))


class FlagClearanceRow(Base):
    """Why a flagged model may stay, and who said so (one per flag; the ledger holds it too).
    A table of its own, so the flag rows ``forget`` writes are never edited."""

    __tablename__ = "model_flag_clearances"
    flag_id: Mapped[int] = mapped_column(ForeignKey("model_flags.id"), primary_key=True)
    actor: Mapped[str] = mapped_column(String(256))
    reason: Mapped[str] = mapped_column(String(2048))
    created_at: Mapped[str] = mapped_column(String(40))


_FLAG_TABLES = [ModelFlagRow.__table__, FlagClearanceRow.__table__]
_ready: weakref.WeakSet[Engine] = weakref.WeakSet()


def ensure_flag_tables(engine: Engine) -> None:
    """Create the flag tables in a store opened before this module was imported (the store
    creates every table it knows of when it opens). Once per engine."""
    if engine not in _ready:
        Base.metadata.create_all(engine, tables=_FLAG_TABLES)  # type: ignore[arg-type]
        _ready.add(engine)


@dataclass(frozen=True)
class ModelFlag:
    id: int
    model_id: int
    flag: str
    reason: str
    request_id: str
    artifacts: tuple[str, ...]
    created_at: str
    cleared_by: str | None = None
    cleared_because: str | None = None
    cleared_at: str | None = None

    @property
    def open(self) -> bool:
        return self.cleared_by is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "flag": self.flag,
            "reason": self.reason,
            "request_id": self.request_id,
            "artifacts": list(self.artifacts),
            "created_at": self.created_at,
            "open": self.open,
            "cleared_by": self.cleared_by,
            "cleared_because": self.cleared_because,
            "cleared_at": self.cleared_at,
        }


def flags_by_model(
    session: Session, model_ids: Iterable[int] | None = None
) -> dict[int, list[ModelFlag]]:
    """Model id → its flags (oldest first), cleared or not; ``None``: every model's."""
    query = (
        select(ModelFlagRow, FlagClearanceRow)
        .outerjoin(FlagClearanceRow, FlagClearanceRow.flag_id == ModelFlagRow.id)
        .order_by(ModelFlagRow.id)
    )
    if model_ids is not None:
        query = query.where(ModelFlagRow.model_id.in_(list(model_ids)))
    found: dict[int, list[ModelFlag]] = defaultdict(list)
    for flag, clearance in session.execute(query).tuples():
        found[flag.model_id].append(
            ModelFlag(
                id=flag.id,
                model_id=flag.model_id,
                flag=flag.flag,
                reason=flag.reason,
                request_id=flag.request_id,
                artifacts=tuple(flag.artifacts or ()),
                created_at=flag.created_at,
                cleared_by=clearance.actor if clearance else None,
                cleared_because=clearance.reason if clearance else None,
                cleared_at=clearance.created_at if clearance else None,
            )
        )
    return found


def open_flags(flags: Sequence[ModelFlag]) -> list[ModelFlag]:
    return [flag for flag in flags if flag.open]


def refusal(ref: str, flags: Sequence[ModelFlag], doing: str) -> str:
    """Why a flagged model cannot be ``doing`` (approved, deployed, served), naming the
    erasure requests behind its open flags and the two ways out."""
    requests = ", ".join(dict.fromkeys(flag.request_id for flag in open_flags(flags)))
    return (
        f"model is flagged and cannot be {doing}: it was trained on data since erased "
        f"(request {requests}); retrain it on the purged data set (a new `steward run`), or "
        f"a privacy_officer records why it may stay: steward models clear-flag {ref} "
        "--reason ... --policy ..."
    )
