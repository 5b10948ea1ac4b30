"""Append-only, hash-chained ledger of lifecycle events.

Each entry's hash covers its content and the previous entry's hash, so editing, removing or
reordering any entry breaks the chain from that point on. The head (count and last hash) is also
kept in a separate anchor row, so removing the newest entry is detected too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from steward.errors import LedgerIntegrityError
from steward.store.artifacts import Store
from steward.store.db import LedgerAnchorRow, LedgerEntryRow, utc_now

GENESIS_HASH = "0" * 64
_ANCHOR_ID = 1


@dataclass(frozen=True)
class LedgerEntry:
    seq: int
    recorded_at: str
    actor: str
    action: str
    subject: str
    artifacts: list[str]
    outcome: str
    details: dict[str, Any]
    prev_hash: str
    entry_hash: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class LedgerVerification:
    ok: bool
    entries: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str | None = None
    details: list[str] = field(default_factory=list)


def entry_hash(
    *,
    seq: int,
    recorded_at: str,
    actor: str,
    action: str,
    subject: str,
    artifacts: list[str],
    outcome: str,
    details: dict[str, Any],
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        {
            "seq": seq,
            "recorded_at": recorded_at,
            "actor": actor,
            "action": action,
            "subject": subject,
            "artifacts": artifacts,
            "outcome": outcome,
            "details": details,
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _from_row(row: LedgerEntryRow) -> LedgerEntry:
    return LedgerEntry(
        seq=row.seq,
        recorded_at=row.recorded_at,
        actor=row.actor,
        action=row.action,
        subject=row.subject,
        artifacts=list(row.artifacts or []),
        outcome=row.outcome,
        details=dict(row.details or {}),
        prev_hash=row.prev_hash,
        entry_hash=row.entry_hash,
    )


class Ledger:
    """The lifecycle ledger of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def append(
        self,
        *,
        actor: str,
        action: str,
        subject: str,
        outcome: str = "ok",
        artifacts: list[str] | None = None,
        details: dict[str, Any] | None = None,
    ) -> LedgerEntry:
        # JSON round trip so the hashed value is exactly what the database will give back.
        clean_details: dict[str, Any] = json.loads(json.dumps(details or {}, default=str))
        artifact_list = list(artifacts or [])
        for _attempt in range(5):
            try:
                return self._append_once(
                    actor, action, subject, outcome, artifact_list, clean_details
                )
            except IntegrityError:
                continue  # another writer took this sequence number first; re-read the head
        raise LedgerIntegrityError("could not append after 5 attempts (write contention)")

    def _append_once(
        self,
        actor: str,
        action: str,
        subject: str,
        outcome: str,
        artifacts: list[str],
        details: dict[str, Any],
    ) -> LedgerEntry:
        with self.store.session() as session, session.begin():
            head = session.scalars(
                select(LedgerEntryRow).order_by(LedgerEntryRow.seq.desc()).limit(1)
            ).first()
            seq = (head.seq + 1) if head else 1
            prev = head.entry_hash if head else GENESIS_HASH
            recorded_at = utc_now()
            digest = entry_hash(
                seq=seq,
                recorded_at=recorded_at,
                actor=actor,
                action=action,
                subject=subject,
                artifacts=artifacts,
                outcome=outcome,
                details=details,
                prev_hash=prev,
            )
            row = LedgerEntryRow(
                seq=seq,
                recorded_at=recorded_at,
                actor=actor,
                action=action,
                subject=subject,
                artifacts=artifacts,
                outcome=outcome,
                details=details,
                prev_hash=prev,
                entry_hash=digest,
            )
            session.add(row)
            anchor = session.get(LedgerAnchorRow, _ANCHOR_ID)
            if anchor is None:
                session.add(LedgerAnchorRow(id=_ANCHOR_ID, seq=seq, head_hash=digest))
            else:
                anchor.seq, anchor.head_hash = seq, digest
            session.flush()
            return _from_row(row)

    def append_many(self, items: list[dict[str, Any]]) -> list[LedgerEntry]:
        """Append several entries in one transaction (one fsync): the group commit behind the
        gateway's :class:`~steward.accountability.writer.LedgerWriter`. Each item takes the
        keyword arguments of :meth:`append`."""
        prepared = [
            (
                item["actor"],
                item["action"],
                item["subject"],
                item.get("outcome", "ok"),
                list(item.get("artifacts") or []),
                json.loads(json.dumps(item.get("details") or {}, default=str)),
            )
            for item in items
        ]
        for _attempt in range(5):
            try:
                return self._append_batch(prepared)
            except IntegrityError:
                continue
        raise LedgerIntegrityError("could not append after 5 attempts (write contention)")

    def _append_batch(
        self, prepared: list[tuple[str, str, str, str, list[str], dict[str, Any]]]
    ) -> list[LedgerEntry]:
        with self.store.session() as session, session.begin():
            head = session.execute(
                select(LedgerEntryRow.seq, LedgerEntryRow.entry_hash)
                .order_by(LedgerEntryRow.seq.desc())
                .limit(1)
            ).first()
            seq, prev = (head[0], head[1]) if head else (0, GENESIS_HASH)
            entries: list[LedgerEntry] = []
            for actor, action, subject, outcome, artifacts, details in prepared:
                seq += 1
                recorded_at = utc_now()
                digest = entry_hash(
                    seq=seq,
                    recorded_at=recorded_at,
                    actor=actor,
                    action=action,
                    subject=subject,
                    artifacts=artifacts,
                    outcome=outcome,
                    details=details,
                    prev_hash=prev,
                )
                entries.append(
                    LedgerEntry(
                        seq, recorded_at, actor, action, subject, artifacts, outcome, details,
                        prev, digest,
                    )
                )  # fmt: skip
                prev = digest
            # One multi-row INSERT through SQLAlchemy Core: the ORM's per-object bookkeeping
            # was most of the cost of a batch.
            session.execute(insert(LedgerEntryRow), [entry.to_dict() for entry in entries])
            anchor = session.get(LedgerAnchorRow, _ANCHOR_ID)
            if anchor is None:
                session.add(LedgerAnchorRow(id=_ANCHOR_ID, seq=seq, head_hash=prev))
            else:
                anchor.seq, anchor.head_hash = seq, prev
            session.flush()
            return entries

    def entries(self, *, limit: int | None = None, action: str | None = None) -> list[LedgerEntry]:
        with self.store.session() as session:
            query = select(LedgerEntryRow).order_by(LedgerEntryRow.seq)
            if action:
                query = query.where(LedgerEntryRow.action == action)
            if limit:
                query = query.limit(limit)
            return [_from_row(row) for row in session.scalars(query)]

    def count(self) -> int:
        with self.store.session() as session:
            return int(session.scalar(select(func.count()).select_from(LedgerEntryRow)) or 0)

    def verify(self) -> LedgerVerification:
        """Walk the chain in sequence order; report the first entry that does not verify."""
        prev = GENESIS_HASH
        expected_seq = 1
        count = 0
        with self.store.session() as session:
            for row in session.scalars(select(LedgerEntryRow).order_by(LedgerEntryRow.seq)):
                count += 1
                entry = _from_row(row)
                if entry.seq != expected_seq:
                    return self._bad(
                        count - 1,
                        prev,
                        expected_seq,
                        f"entry {expected_seq} is missing (next entry is {entry.seq})",
                    )
                if entry.prev_hash != prev:
                    return self._bad(
                        count - 1,
                        prev,
                        entry.seq,
                        "prev_hash does not match the previous entry "
                        "(an entry was removed, reordered or edited before it)",
                    )
                recomputed = entry_hash(
                    seq=entry.seq,
                    recorded_at=entry.recorded_at,
                    actor=entry.actor,
                    action=entry.action,
                    subject=entry.subject,
                    artifacts=entry.artifacts,
                    outcome=entry.outcome,
                    details=entry.details,
                    prev_hash=entry.prev_hash,
                )
                if recomputed != entry.entry_hash:
                    return self._bad(
                        count - 1,
                        prev,
                        entry.seq,
                        "content does not match its hash (the entry was edited)",
                    )
                prev = entry.entry_hash
                expected_seq += 1
            anchor = session.get(LedgerAnchorRow, _ANCHOR_ID)
        anchored_seq = anchor.seq if anchor else 0
        anchored_head = anchor.head_hash if anchor else GENESIS_HASH
        if anchored_seq != count or anchored_head != prev:
            first_bad = min(anchored_seq, count) + 1 if anchored_seq != count else count
            return self._bad(
                count,
                prev,
                first_bad,
                f"the chain ends at entry {count} but its anchor records entry "
                f"{anchored_seq} (newest entries removed, or the anchor edited)",
            )
        return LedgerVerification(ok=True, entries=count, head_hash=prev)

    @staticmethod
    def _bad(count: int, head: str, seq: int, problem: str) -> LedgerVerification:
        return LedgerVerification(
            ok=False, entries=count, head_hash=head, first_bad_seq=seq, problem=problem
        )
