"""The vault key: one 256-bit secret for the PII vault (tokens) and, through HKDF, the
store's key-encryption keys. Kept below both (``steward.data.pii.vault`` re-exports it) so the
store's encryption does not import the PII engine."""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import stat
from pathlib import Path

from steward.errors import StewardError
from steward.store.permissions import make_private_dir

VAULT_KEY_ENV = "STEWARD_VAULT_KEY"
KEY_BYTES = 32


def key_file(home: Path) -> Path:
    return home / "keys" / "vault.key"


def _decode_key(text: str, where: str) -> bytes:
    try:
        key = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise StewardError("vault key is not valid base64", where=where) from None
    if len(key) != KEY_BYTES:
        raise StewardError(
            f"vault key must be {KEY_BYTES} bytes (256 bits) of base64, got {len(key)} bytes",
            where=where,
        )
    return key


def load_vault_key(home: Path, *, create: bool = True) -> bytes:
    """The vault key: ``STEWARD_VAULT_KEY`` (base64) if set, else the key file under ``home``,
    created with mode 0600 (in a 0700 directory) when absent and ``create``."""
    explicit = os.environ.get(VAULT_KEY_ENV)
    if explicit:
        return _decode_key(explicit, VAULT_KEY_ENV)
    path = key_file(home)
    if not path.exists():
        if not create:
            raise StewardError(f"no vault key: set {VAULT_KEY_ENV} or create it", where=str(path))
        make_private_dir(path.parent)  # 0700, parents included (mkdir's mode skips them)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it first; read theirs
        else:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode() + "\n")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise StewardError(
            f"vault key file is readable by others (mode {mode:04o}); run chmod 600 on it",
            where=str(path),
        )
    return _decode_key(path.read_text(encoding="ascii"), str(path))
