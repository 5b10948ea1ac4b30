"""Append-only, hash-chained ledger of lifecycle events.

Each entry's hash covers its content and the previous entry's hash, so editing, removing or
reordering any entry breaks the chain from that point on. The head (count and last hash) is also
kept in a separate anchor row, so removing the newest entry is detected too. Each commit's
signed checkpoint is also appended to a witness file outside the database
(:mod:`steward.accountability.witness`), so cutting the database back to an older checkpoint
is detected when it is verified against the witness or an exported bundle.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any
from typing import cast as as_table

from sqlalchemy import Table, Text, bindparam, cast, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from steward.accountability.actor import identity_evidence
from steward.accountability.signing import LedgerSigner, verify_signature
from steward.accountability.witness import Checkpoint, Sighting, Witness, WitnessAppender
from steward.errors import LedgerIntegrityError
from steward.store.artifacts import Store
from steward.store.db import (
    LedgerAnchorRow,
    LedgerEntryRow,
    LedgerSignerRow,
    canonical_json,
    utc_now,
)

GENESIS_HASH = "0" * 64
_PG_LOCK_KEY = 0x5157_4C45_4447_4552  # "STWLEDGER"-ish: one advisory lock for the ledger
ENTRY_COLUMNS = (
    "seq", "recorded_at", "actor", "action", "subject", "artifacts", "outcome", "details",
    "prev_hash", "entry_hash", "signer", "signature",
)  # fmt: skip
_ANCHOR_ID = 1
# A batch's statements, built once (building them per batch was a good part of its cost).
_HEAD = (
    select(LedgerEntryRow.seq, LedgerEntryRow.entry_hash)
    .order_by(LedgerEntryRow.seq.desc())
    .limit(1)
)
_ANCHOR = as_table(Table, LedgerAnchorRow.__table__)
_MOVE_ANCHOR = (
    update(_ANCHOR)
    .where(_ANCHOR.c.id == _ANCHOR_ID)
    .values(seq=bindparam("anchor_seq"), head_hash=bindparam("anchor_head"))
)


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
    signer: str | None = None  # set on the newest entry of each commit
    signature: str | None = None

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
    checkpoints: int = 0  # signed entries checked
    signers: tuple[str, ...] = ()  # key ids that signed
    sighted: int = 0  # entries compared with a witness or bundle (all matched when ok)


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
    canonical = canonical_json(
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
        }
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hash_of_stored(
    seq: int,
    recorded_at: str,
    actor: str,
    action: str,
    subject: str,
    artifacts_text: str,
    outcome: str,
    details_text: str,
    prev_hash: str,
) -> str:
    """:func:`entry_hash` from the JSON texts as stored (canonical form): the canonical
    document assembled around them, keys in sorted order, no parsing. A store written before
    the canonical form gives a different hash here; the caller then re-parses."""
    dumps = _DUMPS
    canonical = (
        f'{{"action":{dumps(action)},"actor":{dumps(actor)},"artifacts":{artifacts_text},'
        f'"details":{details_text},"outcome":{dumps(outcome)},"prev_hash":{dumps(prev_hash)},'
        f'"recorded_at":{dumps(recorded_at)},"seq":{seq},"subject":{dumps(subject)}}}'
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_DUMPS = json.JSONEncoder(ensure_ascii=False).encode
_INSERT_COLUMNS = (
    "seq", "recorded_at", "actor", "action", "subject", "artifacts", "outcome", "details",
    "prev_hash", "entry_hash", "signer", "signature",
)  # fmt: skip


@lru_cache(maxsize=4)
def _raw_insert(dialect: str) -> Any:
    """INSERT of pre-serialised rows; PostgreSQL casts the JSON text to its json type.
    Built once per dialect: parsing the text's bind names cost a gateway batch ~0.1 ms."""
    values = [
        f"CAST(:{c} AS JSON)" if dialect == "postgresql" and c in ("artifacts", "details")
        else f":{c}"
        for c in _INSERT_COLUMNS
    ]  # fmt: skip
    return text(
        f"INSERT INTO ledger_entries ({', '.join(_INSERT_COLUMNS)}) VALUES ({', '.join(values)})"
    )


# The same statements for SQLite's driver (its qmark style), for the entries-only batch.
_SQLITE_HEAD = "SELECT seq, entry_hash FROM ledger_entries ORDER BY seq DESC LIMIT 1"
_SQLITE_INSERT = (
    f"INSERT INTO ledger_entries ({', '.join(_INSERT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})"
)
_SQLITE_MOVE_ANCHOR = "UPDATE ledger_anchor SET seq = ?, head_hash = ? WHERE id = ?"
_SQLITE_NEW_ANCHOR = "INSERT INTO ledger_anchor (id, seq, head_hash) VALUES (?, ?, ?)"


def _chain(
    prepared: list[_Prepared], head: Any, signer: LedgerSigner
) -> tuple[list[LedgerEntry], list[dict[str, Any]]]:
    """A batch's entries after ``head`` (``(seq, entry_hash)`` of the newest entry, or None)
    and their rows to insert, the newest signed."""
    seq, prev = (head[0], head[1]) if head else (0, GENESIS_HASH)
    # Each entry's JSON is serialised once, in canonical form: the same text is hashed
    # and stored (a JSON column would serialise it again), and it is what a reader
    # gets back, so the hash verifies.
    entries: list[LedgerEntry] = []
    rows: list[dict[str, Any]] = []
    for actor, action, subject, outcome, artifacts, raw_details in prepared:
        seq += 1
        recorded_at = utc_now()
        details_text = _canonical_lenient(raw_details)
        artifacts_text = canonical_json(artifacts)
        digest = _hash_of_stored(
            seq, recorded_at, actor, action, subject, artifacts_text, outcome,
            details_text, prev,
        )  # fmt: skip
        details = json.loads(details_text)
        entries.append(
            LedgerEntry(
                seq, recorded_at, actor, action, subject, artifacts, outcome, details,
                prev, digest,
            )
        )  # fmt: skip
        rows.append(
            {
                "seq": seq, "recorded_at": recorded_at, "actor": actor,
                "action": action, "subject": subject, "artifacts": artifacts_text,
                "outcome": outcome, "details": details_text, "prev_hash": prev,
                "entry_hash": digest, "signer": None, "signature": None,
            }
        )  # fmt: skip
        prev = digest
    last = entries[-1]
    signature = signer.sign(last.entry_hash)
    entries[-1] = replace(last, signer=signer.key_id, signature=signature)
    rows[-1].update(signer=signer.key_id, signature=signature)
    return entries, rows


def _canonical_lenient(value: Any) -> str:
    """Canonical JSON, values JSON lacks written as strings (as ``json.dumps(default=str)``)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


_Prepared = tuple[str, str, str, str, list[str], dict[str, Any]]


def _prepare(items: list[dict[str, Any]]) -> list[_Prepared]:
    """Items (keyword arguments of :meth:`Ledger.append`) as the tuples a batch writes."""
    return [
        (
            str(item["actor"]),
            item["action"],
            item["subject"],
            item.get("outcome", "ok"),
            list(item.get("artifacts") or []),
            # An actor who proved who they are (a SignedActor) leaves the proof in every
            # entry written on their behalf, for an auditor to re-verify.
            {**(item.get("details") or {}), **identity_evidence(item["actor"])},
        )
        for item in items
    ]


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
        signer=row.signer,
        signature=row.signature,
    )


entry_from_row = _from_row  # for readers that select rows themselves (the console's filters)


class Ledger:
    """The lifecycle ledger of one store. Appends are signed by ``signer`` (default: this
    store's own key, created on first use) and each commit's checkpoint is appended to
    ``witness`` (default, ``True``: ``STEWARD_WITNESS`` or ``<home>/witness/
    ledger.witness.jsonl``; ``False``: none)."""

    def __init__(
        self, store: Store, signer: LedgerSigner | None = None, witness: Witness | bool = True
    ) -> None:
        self.store = store
        self._signer = signer
        self._registered = False
        if witness is True:
            witness = Witness.for_store(store)
        self.witness: Witness | None = witness or None

    @property
    def signer(self) -> LedgerSigner:
        if self._signer is None:
            self._signer = LedgerSigner.load_or_create(self.store.home)
        if not self._registered:
            with self.store.session() as session, session.begin():
                if session.get(LedgerSignerRow, self._signer.key_id) is None:
                    session.add(
                        LedgerSignerRow(
                            key_id=self._signer.key_id,
                            name=self._signer.name,
                            public_key=self._signer.public_hex,
                            created_at=utc_now(),
                        )
                    )
            self._registered = True
        return self._signer

    @contextmanager
    def _writer_lock(self) -> Iterator[None]:
        """One ledger writer at a time across processes, for SQLite: a blocking ``flock``
        wakes the next writer the moment the lock is free, where SQLite's own busy handler
        sleeps and polls (5-100 ms naps: most of a two-process gateway's tail latency)."""
        if not self.store.url.startswith("sqlite"):
            yield  # PostgreSQL queues writers itself
            return
        path = self.store.home / "ledger.lock"
        with path.open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _witness_holding(self) -> AbstractContextManager[WitnessAppender | None]:
        return self.witness.holding() if self.witness is not None else nullcontext()

    def _serialize(self, session: Any) -> None:
        """PostgreSQL: writers queue on a transaction-scoped advisory lock, so the head each
        reads is the one it extends (without it, concurrent writers kept colliding on the
        next sequence number and some gave up). SQLite needs none: BEGIN IMMEDIATE and the
        file lock already serialise them."""
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})

    def signers(self) -> dict[str, str]:
        """Key id → public key (hex) of every registered signer."""
        with self.store.session() as session:
            rows = session.execute(select(LedgerSignerRow.key_id, LedgerSignerRow.public_key))
            return {key_id: public for key_id, public in rows}

    def append(
        self,
        *,
        actor: str,
        action: str,
        subject: str,
        outcome: str = "ok",
        artifacts: list[str] | None = None,
        details: dict[str, Any] | None = None,
        alongside: Callable[[Session], object] | None = None,
    ) -> LedgerEntry:
        """Append one entry (one commit, signed): a batch of one. ``alongside`` runs in the
        same transaction first (e.g. the registry change the entry records): both commit or
        neither does."""
        item = {"actor": actor, "action": action, "subject": subject, "outcome": outcome,
                "artifacts": artifacts, "details": details}  # fmt: skip
        return self.append_many([item], alongside=alongside)[0]

    def append_many(
        self,
        items: list[dict[str, Any]],
        *,
        alongside: Callable[[Session], object] | None = None,
    ) -> list[LedgerEntry]:
        """Append several entries in one transaction (one fsync): the group commit behind the
        gateway's :class:`~steward.accountability.writer.LedgerWriter`. Each item takes the
        keyword arguments of :meth:`append`."""
        prepared = _prepare(items)

        def build(session: Session) -> list[_Prepared]:
            if alongside is not None:
                alongside(session)
            return prepared

        if alongside is None and self.store.url.startswith("sqlite"):
            return self._append_retrying(build, entries_only=prepared)
        return self._append_retrying(build)

    def record_change(self, change: Callable[[Session], list[dict[str, Any]]]) -> list[LedgerEntry]:
        """Run ``change`` and append the entries it returns (items as for :meth:`append_many`)
        in one transaction: the change and its entries commit together or not at all, and the
        entries describe the change as that transaction saw it (e.g. the version number it
        assigned, the status it moved from). Retried whole on write contention."""
        return self._append_retrying(lambda session: _prepare(change(session)))

    def _append_retrying(
        self,
        build: Callable[[Session], list[_Prepared]],
        *,
        entries_only: list[_Prepared] | None = None,
    ) -> list[LedgerEntry]:
        """Append what ``build`` gives, retried whole on write contention; ``entries_only``:
        the entries alone, with nothing to change beside them (SQLite: the driver's path)."""
        for _attempt in range(5):
            try:
                # The witness lock is taken first and held until the line is written: a
                # writer sharing the witness file (another gateway worker, on PostgreSQL
                # another process whose advisory lock ends at its commit) cannot commit
                # between this commit and its witness line, so line order is commit order.
                with self._witness_holding() as witness, self._writer_lock():
                    if entries_only is not None:
                        entries = self._append_batch_sqlite(entries_only)
                    else:
                        entries = self._append_batch(build)
                    if witness is not None:
                        newest = entries[-1]
                        witness.append(
                            Checkpoint(newest.seq, newest.entry_hash, newest.signer or "",
                                       newest.signature or "")
                        )  # fmt: skip
                    return entries
            except (IntegrityError, sqlite3.IntegrityError):
                continue
        raise LedgerIntegrityError("could not append after 5 attempts (write contention)")

    def _append_batch(self, build: Callable[[Session], list[_Prepared]]) -> list[LedgerEntry]:
        signer = self.signer
        with self.store.session() as session, session.begin():
            self._serialize(session)
            prepared = build(session)  # any change the entries record happens first, here
            if not prepared:
                raise LedgerIntegrityError("nothing to append: a change must record an entry")
            head = session.execute(_HEAD).first()
            entries, rows = _chain(prepared, head, signer)
            # One multi-row INSERT of the pre-serialised rows: neither the ORM's bookkeeping
            # nor a second JSON encoding.
            session.execute(_raw_insert(session.get_bind().dialect.name), rows)
            # The anchor moved by one Core UPDATE: loading it into the session and flushing
            # it through the unit of work cost more than the rest of a gateway batch.
            seq, prev = entries[-1].seq, entries[-1].entry_hash
            moved = session.execute(_MOVE_ANCHOR, {"anchor_seq": seq, "anchor_head": prev})
            if getattr(moved, "rowcount", 0) == 0:
                session.execute(insert(_ANCHOR).values(id=_ANCHOR_ID, seq=seq, head_hash=prev))
            session.flush()
            return entries

    def _append_batch_sqlite(self, prepared: list[_Prepared]) -> list[LedgerEntry]:
        """:meth:`_append_batch` of entries alone (no change beside them) on SQLite, through
        the driver's connection: the same statements, rows and commit (``BEGIN IMMEDIATE``,
        ``synchronous=FULL``: on disk when this returns), without the ORM session's and
        SQLAlchemy's per-statement work, which cost ~1.5 ms of CPU a gateway batch."""
        if not prepared:
            raise LedgerIntegrityError("nothing to append: a change must record an entry")
        signer = self.signer
        connection = self.store.engine.raw_connection()  # from the pool: WAL, FULL, autocommit
        try:
            cursor = connection.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            try:
                cursor.execute(_SQLITE_HEAD)
                entries, rows = _chain(prepared, cursor.fetchone(), signer)
                cursor.executemany(
                    _SQLITE_INSERT, [tuple(row[c] for c in _INSERT_COLUMNS) for row in rows]
                )
                last = entries[-1]
                cursor.execute(_SQLITE_MOVE_ANCHOR, (last.seq, last.entry_hash, _ANCHOR_ID))
                if cursor.rowcount == 0:
                    cursor.execute(_SQLITE_NEW_ANCHOR, (_ANCHOR_ID, last.seq, last.entry_hash))
                cursor.execute("COMMIT")
            except BaseException:
                with suppress(sqlite3.Error):  # SQLite may have rolled it back itself
                    cursor.execute("ROLLBACK")
                raise
            finally:
                cursor.close()
        finally:
            connection.close()  # back to the pool
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

    def verify(
        self,
        trusted: dict[str, str] | None = None,
        sightings: Mapping[int, Sighting] | None = None,
        *,
        resume: tuple[int, str] | None = None,
    ) -> LedgerVerification:
        """Walk the chain in sequence order; report the first entry that does not verify.

        Checks each entry's hash and link, every signature against ``trusted`` (key id →
        public key hex; default: the store's registered signers), the anchor, and that the
        newest entry is signed: its signature covers the whole chain. With ``sightings``
        (what a witness file or an exported bundle saw), also that the database holds every
        sighted entry, unchanged: neither cut back (rolled back) nor rewritten since.

        ``resume``: ``(seq, entry_hash)`` of a head an earlier walk verified: only the
        entries after it are walked, once the database still holds that hash at that seq
        (a rollback or a re-chained rewrite changes it). Entries up to it are not hashed
        again, so an edit there that leaves its stored hashes alone needs a full walk.
        """
        walk = ChainWalk(trusted if trusted is not None else self.signers(), sightings)
        start = 0
        if resume is not None:
            start, walk.prev = resume
            walk.count = start
            with self.store.session() as session:
                held = session.scalar(
                    select(LedgerEntryRow.entry_hash).where(LedgerEntryRow.seq == start)
                )
            if held != walk.prev:
                return walk.bad(
                    start,
                    f"entry {start} no longer holds the hash verified earlier "
                    f"({walk.prev[:16]}; now {str(held)[:16]}): the ledger was cut back or "
                    "rewritten since",
                )
        # artifacts and details as their stored JSON text: hashed without parsing
        columns = [
            cast(getattr(LedgerEntryRow, c), Text)
            if c in ("artifacts", "details")
            else getattr(LedgerEntryRow, c)
            for c in ENTRY_COLUMNS
        ]
        with self.store.session() as session:
            query = select(*columns).where(LedgerEntryRow.seq > start)
            rows = session.execute(query.order_by(LedgerEntryRow.seq)).yield_per(20_000)
            for row in rows:
                problem = walk.feed(tuple(row))
                if problem is not None:
                    return problem
            anchor = session.get(LedgerAnchorRow, _ANCHOR_ID)
        behind = walk.behind()
        if behind is not None:
            return behind
        anchored_seq = anchor.seq if anchor else 0
        anchored_head = anchor.head_hash if anchor else GENESIS_HASH
        if anchored_seq != walk.count or anchored_head != walk.prev:
            first_bad = (
                min(anchored_seq, walk.count) + 1 if anchored_seq != walk.count else walk.count
            )
            return walk.bad(
                first_bad,
                f"the chain ends at entry {walk.count} but its anchor records entry "
                f"{anchored_seq} (newest entries removed, or the anchor edited)",
            )
        return walk.finish()


class ChainWalk:
    """Checks entries fed in sequence order (rows of ``ENTRY_COLUMNS``): numbering, links,
    hashes, signatures. Shared by the store's :meth:`Ledger.verify` and exported bundles."""

    def __init__(
        self, keys: dict[str, str], sightings: Mapping[int, Sighting] | None = None
    ) -> None:
        self.keys = keys
        self.sightings: Mapping[int, Sighting] = sightings or {}
        self.sighted = 0
        self.prev = GENESIS_HASH
        self.count = 0
        self.checkpoints = 0
        self.signed_by: set[str] = set()
        self.last_signed = True

    def bad(self, seq: int, problem: str) -> LedgerVerification:
        return LedgerVerification(
            ok=False, entries=self.count, head_hash=self.prev, first_bad_seq=seq, problem=problem
        )

    def feed(self, row: tuple[Any, ...]) -> LedgerVerification | None:
        (seq, recorded_at, actor, action, subject, artifacts, outcome, details, prev_hash,
         digest, signer, signature) = row  # fmt: skip
        expected = self.count + 1
        if seq != expected:
            return self.bad(expected, f"entry {expected} is missing (next entry is {seq})")
        if prev_hash != self.prev:
            return self.bad(
                seq,
                "prev_hash does not match the previous entry "
                "(an entry was removed, reordered or edited before it)",
            )
        recomputed = None
        if isinstance(details, str) and isinstance(artifacts, str):
            recomputed = _hash_of_stored(
                seq, recorded_at, actor, action, subject, artifacts, outcome, details, prev_hash
            )
            if recomputed != digest:  # maybe stored before the canonical form: parse it
                artifacts, details = json.loads(artifacts), json.loads(details)
                recomputed = None
        if recomputed is None:
            recomputed = entry_hash(
                seq=seq,
                recorded_at=recorded_at,
                actor=actor,
                action=action,
                subject=subject,
                artifacts=list(artifacts or []),
                outcome=outcome,
                details=dict(details or {}),
                prev_hash=prev_hash,
            )
        if recomputed != digest:
            return self.bad(seq, "content does not match its hash (the entry was edited)")
        sighting = self.sightings.get(seq)
        if sighting is not None:
            if sighting.entry_hash != digest:
                start = (
                    f"entry {seq}"
                    if sighting.since >= seq
                    else f"an entry between {sighting.since} and {seq}"
                )
                return self.bad(
                    seq,
                    f"entry {seq} differs from the one {sighting.source} saw (hash "
                    f"{sighting.entry_hash[:16]} there, {digest[:16]} here): the ledger was "
                    f"rewritten or forked at {start}",
                )
            self.sighted += 1
        self.last_signed = signature is not None
        if signature is not None:
            public = self.keys.get(signer or "")
            if public is None:
                return self.bad(seq, f"signed by key {signer}, which is not trusted")
            if not verify_signature(public, digest, signature):
                return self.bad(seq, "signature does not verify")
            self.checkpoints += 1
            self.signed_by.add(signer or "")
        self.count += 1
        self.prev = digest
        return None

    def behind(self) -> LedgerVerification | None:
        """After the last entry: a sighting beyond it means entries were cut off."""
        newest = max(self.sightings, default=0)
        if newest <= self.count:
            return None
        return self.bad(
            self.count + 1,
            f"the database ends at entry {self.count} but {self.sightings[newest].source} saw "
            f"entry {newest}: entries {self.count + 1}-{newest} are missing (the ledger was "
            f"truncated or rolled back to an older checkpoint)",
        )

    def finish(self) -> LedgerVerification:
        if self.count and not self.last_signed:
            return self.bad(self.count, "the newest entry carries no signature (written unsigned)")
        return LedgerVerification(
            ok=True,
            entries=self.count,
            head_hash=self.prev,
            checkpoints=self.checkpoints,
            signers=tuple(sorted(self.signed_by)),
            sighted=self.sighted,
        )
