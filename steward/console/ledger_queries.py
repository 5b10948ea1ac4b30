"""The ledger explorer's queries: filters, keyset pages (no OFFSET), each filter on an index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from fastapi import Request
from sqlalchemy import Select, and_, or_, select, tuple_

from steward.accountability.ledger import LedgerEntry, entry_from_row
from steward.errors import StewardError
from steward.store.artifacts import Store
from steward.store.db import LedgerEntryRow

LEDGER_PAGE = 50


def _utc_bound(text: str, field: str) -> str:
    """A user's time bound as the ledger writes times (ISO-8601, UTC, microseconds), so the
    string comparison in SQL orders correctly; a naive time is taken as UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise StewardError(
            f"not an ISO-8601 time: {text!r} (e.g. 2026-12-06 or 2026-12-06T10:30)", where=field
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class LedgerFilter:
    kind: str = ""
    actor: str = ""
    model: str = ""
    since: str = ""
    until: str = ""

    @classmethod
    def of(cls, request: Request) -> LedgerFilter:
        query = request.query_params
        return cls(*(query.get(name, "").strip() for name in ("kind", "actor", "model",
                                                                "since", "until")))  # fmt: skip

    def params(self) -> dict[str, str]:
        return {name: value for name, value in self.__dict__.items() if value}


def ledger_query(
    where: LedgerFilter, before: int | None, limit: int, *, byte_order: bool = True
) -> Select[LedgerEntryRow]:
    """The entries matching ``where`` older than ``before``, newest first, ``limit`` of them.
    Keyset pagination on the primary key: a page costs the same at entry 10 as at entry
    1,000,000 (OFFSET would walk every skipped row); each filter has an index to read.
    ``byte_order``: the database compares text byte by byte (SQLite's default), so a name's
    versions are one range of the subject index."""
    seq, recorded_at = LedgerEntryRow.seq, LedgerEntryRow.recorded_at
    # A time window is read in (recorded_at, seq) order from its index: newest first by seq
    # would walk every entry newer than "until" before the first match. The two orders
    # agree while appends take the clock's time in turn (the ledger serialises them).
    timed = bool(where.since or where.until)
    order = (recorded_at.desc(), seq.desc()) if timed else (seq.desc(),)
    query = select(LedgerEntryRow).order_by(*order).limit(limit)
    if before is not None and timed:
        at = select(recorded_at).where(seq == before).scalar_subquery()
        query = query.where(tuple_(recorded_at, seq) < tuple_(at, before))
    elif before is not None:
        query = query.where(seq < before)
    if where.kind:
        query = query.where(LedgerEntryRow.action == where.kind)
    if where.actor:
        query = query.where(LedgerEntryRow.actor == where.actor)
    if where.model:
        # A name means every version of it, name:version one version. In byte order, as a
        # range on subject ("name:" up to "name;", ';' following ':') that the subject index
        # serves; a locale's collation may order punctuation otherwise, so there a prefix.
        subject = LedgerEntryRow.subject
        versions = (
            and_(subject >= f"{where.model}:", subject < f"{where.model};")
            if byte_order
            else subject.startswith(f"{where.model}:", autoescape=True)
        )
        query = query.where(
            subject == where.model if ":" in where.model else or_(subject == where.model, versions)
        )
    if where.since:
        query = query.where(LedgerEntryRow.recorded_at >= _utc_bound(where.since, "since"))
    if where.until:
        query = query.where(LedgerEntryRow.recorded_at <= _utc_bound(where.until, "until"))
    return query


def ledger_page(
    store: Store, where: LedgerFilter, before: int | None, limit: int = LEDGER_PAGE
) -> tuple[list[LedgerEntry], int | None]:
    """Up to ``limit`` entries (:func:`ledger_query`) and the seq to continue from (None on
    the last page)."""
    with store.session() as session:
        byte_order = session.get_bind().dialect.name == "sqlite"
        rows = list(session.scalars(ledger_query(where, before, limit + 1, byte_order=byte_order)))
    entries = [entry_from_row(row) for row in rows[:limit]]
    return entries, (entries[-1].seq if len(rows) > limit else None)
