"""Encryption at rest for the store's files: AES-256-GCM envelopes, one data key per file.

When a policy sets ``store.encrypt: true`` every blob (data sets, quarantine, predictions, model
weights, …) and every data file a run leaves in its folder is written as an *envelope*:

* a fresh random 256-bit **data key** per file encrypts the payload;
* the data key is **wrapped** (AES-GCM) by the store's **key-encryption key** (KEK), which is
  derived with HKDF-SHA256 from the vault key (``STEWARD_VAULT_KEY`` or ``keys/vault.key``) and
  a random salt kept in the ``store_keys`` table, so one secret governs the vault and the store;
* the header names the KEK by a public fingerprint, so rotation (``steward store rotate-key``)
  re-wraps data keys in place, without touching the payloads.

Layout (big-endian)::

    magic  "\\x89STWENC\\n"  8   not UTF-8 and not a safetensors length: never a plaintext file
    version                1
    flags                  1   reserved, 0
    chunk_size             4   plaintext bytes per chunk
    nonce_prefix           7   random
    slot A, slot B        72   each: generation 4, kek_id 8, wrap_nonce 12, wrapped key 48
    chunks ...                 AES-GCM(chunk), 16-byte tag each

The payload is chunked (the STREAM construction, as in Tink's streaming AEAD): chunk ``i`` is
sealed with nonce ``nonce_prefix || i || final`` and the fixed header as associated data, so a
reordered, dropped, truncated or appended chunk fails authentication. A reader or writer holds
two chunks (2 MiB) at a time whatever the file's size, so model weights never sit in memory
whole, let alone twice. A single AES-GCM message over a whole file would need the whole file in
memory to be authenticated before any byte is released.

Two key slots make rotation crash-safe without copying payloads: the new wrapping is written to
the slot not in use (higher generation), synced, and only then is the old slot wiped. A crash at
any point leaves at least one intact slot, and the old KEK stays in the keyring until every file
has been re-wrapped. Each slot's wrapping is authenticated with the fixed header, its generation
and its KEK id, so a torn or swapped slot is rejected rather than misread.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import io
import os
import secrets
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine, LargeBinary, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from steward.errors import StewardError
from steward.store.db import Base, utc_now

MAGIC = b"\x89STWENC\n"
VERSION = 1
CHUNK_SIZE = 1 << 20
KEY_BYTES = 32
TAG_BYTES = 16
_FIXED = struct.Struct(">8sBBI7s")  # magic, version, flags, chunk_size, nonce_prefix
_SLOT = struct.Struct(">I8s12s48s")  # generation, kek_id, wrap_nonce, wrapped data key
HEADER_BYTES = _FIXED.size + 2 * _SLOT.size
_EMPTY_SLOT = bytes(_SLOT.size)
_KEK_INFO = b"steward store key-encryption key v1"

ACTIVE = "active"
RETIRED = "retired"  # readable only, while a rotation re-wraps its files; then deleted


class StoreKeyRow(Base):
    """One key-encryption key: only its salt (the key is derived from the vault key) and the
    fingerprint that envelopes name it by. At most one is ``active``: the one new files use."""

    __tablename__ = "store_keys"
    kek_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary(32))
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(40))
    retired_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


def derive_kek(vault_key: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_KEK_INFO).derive(
        vault_key
    )


def kek_fingerprint(kek: bytes) -> str:
    """Public id of a KEK (16 hex): names it in envelopes and the ledger, reveals nothing."""
    return hmac.new(kek, b"steward kek id", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class Kek:
    kek_id: str
    key: bytes


class Keyring:
    """The store's KEKs (``store_keys`` table); the vault key they derive from is read on
    first use. No row: the store writes plaintext."""

    def __init__(self, engine: Engine, home: Path, vault_key: bytes | None = None) -> None:
        self.engine = engine
        self.home = home
        self._vault_key = vault_key
        self._keks: dict[str, Kek] = {}

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def vault_key(self) -> bytes:
        if self._vault_key is None:
            from steward.store.vault_key import load_vault_key

            self._vault_key = load_vault_key(self.home)
        return self._vault_key

    def _derive(self, row: StoreKeyRow) -> Kek:
        kek = derive_kek(self.vault_key(), row.salt)
        if kek_fingerprint(kek) != row.kek_id:
            raise StewardError(
                f"the store's key-encryption key {row.kek_id} cannot be derived from the current "
                "vault key (was STEWARD_VAULT_KEY or keys/vault.key replaced?)",
                where="store_keys",
            )
        return Kek(row.kek_id, kek)

    def active_id(self) -> str | None:
        with self._session() as session:
            return session.scalars(
                select(StoreKeyRow.kek_id).where(StoreKeyRow.status == ACTIVE)
            ).first()

    def active(self) -> Kek | None:
        kek_id = self.active_id()
        return None if kek_id is None else self.get(kek_id)

    def get(self, kek_id: str) -> Kek:
        if kek_id not in self._keks:
            with self._session() as session:
                row = session.get(StoreKeyRow, kek_id)
            if row is None:
                raise StewardError(
                    f"key-encryption key {kek_id} is not in this store's keyring (it was "
                    "rotated out, or the file comes from another store)",
                    where="store_keys",
                )
            self._keks[kek_id] = self._derive(row)
        return self._keks[kek_id]

    def ids(self) -> list[tuple[str, str]]:
        """(kek_id, status) of every key, oldest first."""
        with self._session() as session:
            rows = session.execute(
                select(StoreKeyRow.kek_id, StoreKeyRow.status).order_by(StoreKeyRow.created_at)
            )
            return [(kek_id, status) for kek_id, status in rows]

    def new_row(self) -> StoreKeyRow:
        """A fresh KEK (random salt), not yet added: the caller adds it in its transaction."""
        salt = secrets.token_bytes(32)
        kek_id = kek_fingerprint(derive_kek(self.vault_key(), salt))
        return StoreKeyRow(kek_id=kek_id, salt=salt, status=ACTIVE, created_at=utc_now())

    def forget_cached(self) -> None:
        self._keks.clear()


@contextmanager
def key_lock(home: Path, *, exclusive: bool) -> Iterator[None]:
    """Writers hold it shared from choosing the active KEK until their file is in place; a
    rotation holds it exclusively, so no file is wrapped under a KEK it is about to delete."""
    with (home / "store-keys.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# -- the envelope ----------------------------------------------------------------------------
def is_envelope(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except (FileNotFoundError, IsADirectoryError):
        return False


def _aead(key: bytes):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _chunk_nonce(prefix: bytes, index: int, final: bool) -> bytes:
    if index >= 1 << 32:
        raise StewardError("file too large for one envelope (2^32 chunks)")
    return prefix + struct.pack(">IB", index, 1 if final else 0)


def _slot(fixed: bytes, generation: int, kek: Kek, data_key: bytes) -> bytes:
    kek_id = bytes.fromhex(kek.kek_id)
    nonce = secrets.token_bytes(12)
    aad = fixed + struct.pack(">I", generation) + kek_id
    return _SLOT.pack(generation, kek_id, nonce, _aead(kek.key).encrypt(nonce, data_key, aad))


def encrypt_stream(source: BinaryIO, out: BinaryIO, kek: Kek, chunk_size: int = CHUNK_SIZE) -> None:
    """Write ``source`` to ``out`` as an envelope under a fresh data key wrapped by ``kek``."""
    data_key = secrets.token_bytes(KEY_BYTES)
    prefix = secrets.token_bytes(7)
    fixed = _FIXED.pack(MAGIC, VERSION, 0, chunk_size, prefix)
    out.write(fixed + _slot(fixed, 1, kek, data_key) + _EMPTY_SLOT)
    aead = _aead(data_key)
    index = 0
    pending = source.read(chunk_size)
    while True:
        following = source.read(chunk_size)
        final = not following
        out.write(aead.encrypt(_chunk_nonce(prefix, index, final), pending, fixed))
        if final:
            return
        pending, index = following, index + 1


@dataclass(frozen=True)
class _Header:
    fixed: bytes
    chunk_size: int
    prefix: bytes
    slots: tuple[tuple[int, str, bytes, bytes], ...]  # generation, kek_id, nonce, wrapped


def _read_header(handle: BinaryIO, where: str) -> _Header:
    raw = handle.read(HEADER_BYTES)
    if len(raw) < HEADER_BYTES or not raw.startswith(MAGIC):
        raise StewardError("not an encrypted envelope (header missing or cut short)", where=where)
    fixed = raw[: _FIXED.size]
    _magic, version, _flags, chunk_size, prefix = _FIXED.unpack(fixed)
    if version != VERSION:
        raise StewardError(
            f"envelope version {version} is not supported (this Steward reads {VERSION})",
            where=where,
        )
    slots = tuple(
        (generation, kek_id.hex(), nonce, wrapped)
        for generation, kek_id, nonce, wrapped in (
            _SLOT.unpack_from(raw, _FIXED.size + i * _SLOT.size) for i in (0, 1)
        )
    )
    return _Header(fixed, chunk_size, prefix, slots)


def _unwrap(header: _Header, keys: Callable[[str], Kek], where: str) -> tuple[bytes, int]:
    """The data key and the index of the slot it came from: the newest slot that opens."""
    from cryptography.exceptions import InvalidTag

    problems = []
    for index in sorted((0, 1), key=lambda i: -header.slots[i][0]):
        generation, kek_id, nonce, wrapped = header.slots[index]
        if generation == 0:
            continue  # empty (never used, or wiped after a rotation)
        try:
            kek = keys(kek_id)
        except StewardError as exc:
            problems.append(exc.what)
            continue
        aad = header.fixed + struct.pack(">I", generation) + bytes.fromhex(kek_id)
        try:
            return _aead(kek.key).decrypt(nonce, wrapped, aad), index
        except InvalidTag:
            problems.append(f"the data key wrapped under {kek_id} fails authentication")
    raise StewardError(
        "cannot unwrap the data key: " + ("; ".join(problems) or "no key slot in use"),
        where=where,
    )


class DecryptingReader(io.RawIOBase):
    """A read-only stream of an envelope's plaintext, authenticated chunk by chunk: an altered,
    reordered or truncated file raises :class:`StewardError` naming ``where``."""

    def __init__(self, handle: BinaryIO, keys: Callable[[str], Kek], where: str) -> None:
        super().__init__()
        self._handle = handle
        self._where = where
        header = _read_header(handle, where)
        data_key, _slot_index = _unwrap(header, keys, where)
        self._aead = _aead(data_key)
        self._fixed = header.fixed
        self._prefix = header.prefix
        self._cipher_chunk = header.chunk_size + TAG_BYTES
        self._index = 0
        self._pending = handle.read(self._cipher_chunk)
        self._buffer = b""
        self._done = False

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> bytes:
        from cryptography.exceptions import InvalidTag

        following = self._handle.read(self._cipher_chunk)
        final = not following
        try:
            plain: bytes = self._aead.decrypt(
                _chunk_nonce(self._prefix, self._index, final), self._pending, self._fixed
            )
        except InvalidTag:
            raise StewardError(
                f"encrypted file fails authentication at chunk {self._index}: it was altered or "
                "truncated; refusing to read it",
                where=self._where,
            ) from None
        self._pending, self._index, self._done = following, self._index + 1, final
        return plain

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buffer and not self._done:
            self._buffer = self._next_chunk()
        size = min(len(buffer), len(self._buffer))
        buffer[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size

    def close(self) -> None:
        self._handle.close()
        super().close()


def open_envelope(path: Path, keys: Callable[[str], Kek]) -> BinaryIO:
    """The plaintext of the envelope at ``path``, as a buffered binary stream."""
    handle = path.open("rb")
    try:
        return io.BufferedReader(DecryptingReader(handle, keys, str(path)), CHUNK_SIZE)
    except BaseException:
        handle.close()
        raise


def envelope_kek_ids(path: Path) -> list[str]:
    """The KEK ids an envelope's slots name (newest first)."""
    with path.open("rb") as handle:
        header = _read_header(handle, str(path))
    used = sorted((s for s in header.slots if s[0]), key=lambda s: -s[0])
    return [kek_id for _generation, kek_id, _nonce, _wrapped in used]


def rewrap(path: Path, keys: Callable[[str], Kek], new: Kek) -> bool:
    """Wrap the envelope's data key under ``new`` (only the header changes). Returns False
    when it already was. Crash-safe: the new slot is synced before the old one is wiped."""
    with path.open("r+b") as handle:
        header = _read_header(handle, str(path))
        current = max(header.slots, key=lambda s: s[0])
        other_used = sum(1 for s in header.slots if s[0]) > 1
        if current[1] == new.kek_id and not other_used:
            return False
        data_key, index = _unwrap(header, keys, str(path))
        spare = 1 - index
        generation = header.slots[index][0] + 1
        handle.seek(_FIXED.size + spare * _SLOT.size)
        handle.write(_slot(header.fixed, generation, new, data_key))
        handle.flush()
        os.fsync(handle.fileno())
        handle.seek(_FIXED.size + index * _SLOT.size)
        handle.write(_EMPTY_SLOT)  # the old wrapping must not outlive its KEK
        handle.flush()
        os.fsync(handle.fileno())
    return True
