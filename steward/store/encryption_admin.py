"""Turning encryption at rest on, sealing a run's data files, and rotating the key-encryption
key; each change of the keyring commits together with its ledger entry."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from steward.accountability.ledger import Ledger
from steward.errors import StewardError
from steward.store.artifacts import Store
from steward.store.db import utc_now
from steward.store.encryption import (
    ACTIVE,
    RETIRED,
    StoreKeyRow,
    is_envelope,
    key_lock,
    rewrap,
)

# What a run leaves in its folder for people to read (figures, reports, the datasheet); every
# other file there (governed data, quarantine, duplicates, predictions, model weights, exported
# feedback, generation samples) is data and is sealed. Their stored copies are encrypted anyway.
RUN_DOCUMENTS = frozenset(
    {
        "report.html",
        "report.json",
        "MODEL_CARD.md",
        "metrics.json",
        "audit.json",
        "datasheet.json",
        "datasheet.html",
    }
)


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        # .tmp: a write in progress or cut short, never read as a store file
        yield from sorted(
            path
            for path in folder.rglob("*")
            if path.is_file() and not path.is_symlink() and path.suffix != ".tmp"
        )


def seal_run_folder(store: Store, run_dir: Path) -> int:
    """Encrypt a run folder's data files in place; return how many were sealed."""
    if not store.encrypted:
        return 0
    return sum(
        store.seal_file(path)
        for path in _files(run_dir)
        if path.relative_to(run_dir).as_posix() not in RUN_DOCUMENTS
    )


def store_files(store: Store) -> Iterator[Path]:
    """The files encryption at rest covers: the blobs and the run folders."""
    yield from _files(store.blob_dir)
    yield from _files(store.home / "runs")


def enable_encryption(store: Store, actor: str, *, reason: str = "policy store.encrypt") -> bool:
    """Give the store its first key-encryption key (from now on it writes envelopes) and seal
    what it already holds in the clear. Returns False when it already was encrypted."""
    with key_lock(store.home, exclusive=True):
        if store.keyring.ids():
            return False
        row = store.keyring.new_row()

        def add_key(session: Session) -> None:
            session.add(row)

        Ledger(store).append(
            actor=actor,
            action="store.encryption_enabled",
            subject="store",
            details={"kek_id": row.kek_id, "cipher": "AES-256-GCM", "reason": reason},
            alongside=add_key,
        )
    blobs = sum(store.seal_file(path) for path in _files(store.blob_dir))
    runs = store.home / "runs"
    folders = sorted(p for p in runs.iterdir() if p.is_dir()) if runs.is_dir() else []
    sealed = blobs + sum(seal_run_folder(store, folder) for folder in folders)
    if sealed:
        Ledger(store).append(
            actor=actor,
            action="store.files_sealed",
            subject="store",
            details={"files": sealed, "kek_id": row.kek_id},
        )
    return True


@dataclass(frozen=True)
class Rotation:
    new_kek_id: str
    retired_kek_ids: list[str]
    files: int
    rewrapped: int
    ledger_seq: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def rotate_key(store: Store, actor: str, *, reason: str = "") -> Rotation:
    """Make a new KEK, re-wrap every envelope's data key under it (headers only: payloads are
    not re-encrypted) and delete the old KEKs, recorded in the ledger in the same transaction.

    Crash-safe: the old KEKs are retired (read-only) first and deleted only after every file
    has been re-wrapped, so a rotation cut short leaves every file readable; run it again."""
    with key_lock(store.home, exclusive=True):
        old = [kek_id for kek_id, _status in store.keyring.ids()]
        if not old:
            raise StewardError(
                "this store is not encrypted, so it has no key to rotate: set store.encrypt: "
                "true in the policy and run it",
                where=str(store.home),
            )
        new_row = store.keyring.new_row()
        with store.session() as session, session.begin():
            session.execute(
                update(StoreKeyRow)
                .where(StoreKeyRow.status == ACTIVE)
                .values(status=RETIRED, retired_at=utc_now())
            )
            session.add(new_row)
        new = store.keyring.get(new_row.kek_id)
        files = rewrapped = 0
        for path in filter(is_envelope, store_files(store)):
            files += 1
            rewrapped += rewrap(path, store.keyring.get, new)

        def drop_old(session: Session) -> None:
            session.execute(delete(StoreKeyRow).where(StoreKeyRow.kek_id.in_(old)))

        entry = Ledger(store).append(
            actor=actor,
            action="store.key_rotated",
            subject="store",
            details={
                "new_kek_id": new.kek_id,
                "retired_kek_ids": old,
                "files": files,
                "rewrapped": rewrapped,
                **({"reason": reason} if reason else {}),
            },
            alongside=drop_old,
        )
        store.keyring.forget_cached()
    return Rotation(new.kek_id, old, files, rewrapped, entry.seq)
