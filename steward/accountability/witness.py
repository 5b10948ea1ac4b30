"""An external witness for the ledger, in the spirit of Certificate Transparency.

The database's hash chain, anchor and signatures catch edits, swaps and tail cuts, but not a
rollback: someone who can write the database can cut it back to an older signed checkpoint
(or restore an old backup), and what is left verifies, because every signature on it is
genuine. A witness is a record of the checkpoints *outside* the database: after each commit
the signed checkpoint (the newest entry's sequence number, entry hash, signer key id and
Ed25519 signature) is appended as one JSON line to an append-only file, and
``steward ledger verify --witness FILE`` fails when the database is behind a checkpoint the
witness saw, or holds a different entry at a witnessed sequence number.

The file is ``<home>/witness/ledger.witness.jsonl`` unless ``STEWARD_WITNESS`` names another
path. Beside the database it only guards against a database restored or edited on its own;
for protection against whoever controls the machine, put it where they cannot rewrite it:
another disk mounted append-only (``chattr +a``), a file a log shipper copies to another
host as it grows, or a WORM bucket.

Line format (``steward.ledger-witness/1``)::

    {"seq": 42, "entry_hash": "<64 hex>", "signer": "<key id>", "signature": "<128 hex>"}

Lines are written with ``O_APPEND``, one ``write`` each, and ``fdatasync``-ed before the
ledger's caller gets its answer. Writers sharing the file (gateway workers, processes on one
PostgreSQL database) hold an exclusive ``flock`` on it from before their database transaction
until their line is written, so line order is commit order. A crash between a commit and its
line leaves the witness one checkpoint behind, which verification accepts: the witness only
says what the database must still hold.

What a tampered witness can and cannot hide: every line carries the ledger key's signature
on the entry hash, so without that key nobody can add a checkpoint or change a hash, and
sequence numbers must increase, so lines cannot be reordered. (The signature does not cover
``seq``, but the entry hash does: a line moved to another number no longer matches the
database there.) Whoever can write the file can still delete lines: deleting the newest ones
hides a truncation back to the newest line kept, and whoever also holds the signing key can
rewrite the database and the witness together. Keep the witness where the ledger's attacker
cannot write, and compare copies of it.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from steward.accountability.signing import verify_signature
from steward.errors import StewardError
from steward.store.permissions import PRIVATE_FILE, make_private_dir

if TYPE_CHECKING:
    from steward.store.artifacts import Store

ENVIRONMENT_VARIABLE = "STEWARD_WITNESS"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX128 = re.compile(r"[0-9a-f]{128}")


class WitnessError(StewardError):
    """The witness's content fails a check (a line unreadable, out of order or badly
    signed): a verification failure, where a file that cannot be opened is a plain
    :class:`StewardError`."""


@dataclass(frozen=True)
class Checkpoint:
    """One signed checkpoint: the newest entry of a commit and the signature on its hash."""

    seq: int
    entry_hash: str
    signer: str
    signature: str

    def line(self) -> bytes:
        fields = {"seq": self.seq, "entry_hash": self.entry_hash, "signer": self.signer,
                  "signature": self.signature}  # fmt: skip
        return (json.dumps(fields, separators=(",", ":")) + "\n").encode("ascii")


@dataclass(frozen=True)
class WitnessedCheckpoint:
    """A checkpoint as read back from the witness file, with the line it came from."""

    line: int
    checkpoint: Checkpoint


def default_witness_path(home: Path) -> Path:
    """``STEWARD_WITNESS`` if set, else ``<home>/witness/ledger.witness.jsonl``."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if configured:
        return Path(configured).expanduser()
    return home / "witness" / "ledger.witness.jsonl"


class Witness:
    """The append-only witness file of one ledger."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_store(cls, store: Store) -> Witness:
        return cls(default_witness_path(store.home))

    @contextmanager
    def holding(self) -> Iterator[WitnessAppender]:
        """Open the file for appending and hold its lock until the block ends: the caller
        commits its transaction inside and then appends the checkpoint, so a second writer
        cannot commit in between and put its line out of order. Opening fails before any
        database work, naming the file. The line is made durable after the lock is
        released (its place in the file is fixed by then), so the next writer's commit
        overlaps this one's ``fdatasync``; the block still returns only once it is on disk."""
        try:
            make_private_dir(self.path.parent)
            descriptor = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:
            raise StewardError(f"cannot open the ledger witness ({exc.strerror})",
                               where=str(self.path)) from None  # fmt: skip
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            appender = WitnessAppender(descriptor, self.path)
            yield appender
            fcntl.flock(descriptor, fcntl.LOCK_UN)
            appender.sync()
        finally:
            os.close(descriptor)  # releases the lock if still held

    def read(self) -> list[WitnessedCheckpoint]:
        """Every checkpoint in file order; a line that is not a well-formed checkpoint raises
        :class:`WitnessError` naming the file and line."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise StewardError(f"cannot read the ledger witness ({exc})",
                               where=str(self.path)) from None  # fmt: skip
        checkpoints = []
        for number, raw in enumerate(text.splitlines(), start=1):
            if raw.strip():
                checkpoints.append(WitnessedCheckpoint(number, self._parse(raw, number)))
        return checkpoints

    def _parse(self, raw: str, number: int) -> Checkpoint:
        where = f"{self.path}:{number}"
        try:
            data = json.loads(raw)
        except ValueError:
            raise WitnessError("not a JSON line (a torn write, or the file was edited)",
                               where=where) from None  # fmt: skip
        if not isinstance(data, dict):
            raise WitnessError("expected a JSON object", where=where)
        seq, digest = data.get("seq"), data.get("entry_hash")
        signer, signature = data.get("signer"), data.get("signature")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise WitnessError(f"seq must be a positive integer, got {seq!r}", where=where)
        if not isinstance(digest, str) or not _HEX64.fullmatch(digest):
            raise WitnessError("entry_hash must be 64 lowercase hex digits", where=where)
        if not isinstance(signer, str) or not signer:
            raise WitnessError("signer (a key id) is missing", where=where)
        if not isinstance(signature, str) or not _HEX128.fullmatch(signature):
            raise WitnessError("signature must be 128 lowercase hex digits", where=where)
        return Checkpoint(seq, digest, signer, signature)


class WitnessAppender:
    """Appends checkpoints to an open, locked witness file."""

    def __init__(self, descriptor: int, path: Path) -> None:
        self._descriptor = descriptor
        self._path = path
        self._pending: Checkpoint | None = None

    def append(self, checkpoint: Checkpoint) -> None:
        """One ``write`` of the whole line (O_APPEND: never interleaved with another
        writer's); :meth:`sync` makes it durable."""
        line = checkpoint.line()
        try:
            if self._ends_torn():  # a crash cut the last line short: keep this one readable
                line = b"\n" + line
            os.write(self._descriptor, line)
        except OSError as exc:
            raise self._failed(checkpoint, exc) from None
        self._pending = checkpoint

    def sync(self) -> None:
        """``fdatasync`` the appended line: on disk before the ledger's caller is answered."""
        if self._pending is None:
            return
        try:
            os.fdatasync(self._descriptor)
        except OSError as exc:
            raise self._failed(self._pending, exc) from None
        self._pending = None

    def _failed(self, checkpoint: Checkpoint, exc: OSError) -> StewardError:
        return StewardError(
            f"entry {checkpoint.seq} is committed but its checkpoint could not be witnessed "
            f"({exc.strerror})",
            where=str(self._path),
        )

    def _ends_torn(self) -> bool:
        size = os.fstat(self._descriptor).st_size
        return size > 0 and os.pread(self._descriptor, 1, size - 1) != b"\n"


@dataclass(frozen=True)
class Sighting:
    """An entry hash an outside record saw at one sequence number: a witnessed checkpoint
    or an exported bundle's entry. The database must hold the same entry there.

    ``since``: the first entry a divergence found here can start at (the entry after the
    previous sighting, which matched): a witness sees only checkpoints, a bundle every entry.
    """

    entry_hash: str
    source: str
    since: int


def witness_sightings(path: Path, keys: dict[str, str]) -> dict[int, Sighting]:
    """The witness file's checkpoints as sightings (sequence number → sighting), after
    checking the file's own consistency: sequence numbers strictly increasing (commit
    order) and every signature valid for a key in ``keys`` (key id → public key hex).
    Raises :class:`WitnessError` naming the file and line of the first problem."""
    sightings: dict[int, Sighting] = {}
    previous: WitnessedCheckpoint | None = None
    for witnessed in Witness(path).read():
        checkpoint, where = witnessed.checkpoint, f"{path}:{witnessed.line}"
        if previous is not None and checkpoint.seq <= previous.checkpoint.seq:
            raise WitnessError(
                f"checkpoint {checkpoint.seq} follows checkpoint {previous.checkpoint.seq} "
                f"(line {previous.line}): the ledger was rolled back and written again, or the "
                f"witness was edited",
                where=where,
            )
        public = keys.get(checkpoint.signer)
        if public is None:
            raise WitnessError(
                f"checkpoint {checkpoint.seq} is signed by key {checkpoint.signer}, which is "
                f"not trusted",
                where=where,
            )
        if not verify_signature(public, checkpoint.entry_hash, checkpoint.signature):
            raise WitnessError(
                f"the signature on checkpoint {checkpoint.seq} does not verify", where=where
            )
        since = previous.checkpoint.seq + 1 if previous is not None else 1
        sightings[checkpoint.seq] = Sighting(checkpoint.entry_hash, f"witness {where}", since)
        previous = witnessed
    return sightings


def merge_sightings(*groups: dict[int, Sighting]) -> dict[int, Sighting]:
    """One map from several records (a witness and a bundle); where two saw the same
    sequence number they must agree, else they come from two forks of the ledger."""
    merged: dict[int, Sighting] = {}
    for group in groups:
        for seq, sighting in group.items():
            known = merged.get(seq)
            if known is not None and known.entry_hash != sighting.entry_hash:
                raise WitnessError(
                    f"{known.source} and {sighting.source} disagree about entry {seq}: they "
                    f"record two different ledgers (a fork)"
                )
            if known is None or sighting.since > known.since:  # keep the narrower range
                merged[seq] = sighting
    return merged
