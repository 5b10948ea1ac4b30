"""Ed25519 signatures for the ledger (``cryptography``).

Each process that writes the ledger holds a signing key, kept as a 0600 PEM file under
``<home>/keys/`` and registered by its public key in the ``ledger_signers`` table. Every
commit signs the hash of the newest entry it wrote: that hash chains every earlier entry, so
one signature per commit (a *checkpoint*) authenticates the whole prefix, and verifying a
million entries needs a few thousand signature checks, not a million.

Trust: a signer listed in the same database could have been added by whoever rewrote it.
``steward ledger verify --trusted-keys FILE`` (or the key list inside an exported bundle)
pins the public keys an auditor accepts.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from steward.errors import StewardError
from steward.store.permissions import check_private, make_private_dir


def key_id_of(public_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]


@dataclass(frozen=True)
class LedgerSigner:
    name: str
    private_key: Ed25519PrivateKey

    # cached: the gateway's ledger writer asks for the key id on every commit
    @cached_property
    def public_hex(self) -> str:
        raw = self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return raw.hex()

    @cached_property
    def key_id(self) -> str:
        return key_id_of(self.public_hex)

    def sign(self, entry_hash: str) -> str:
        return self.private_key.sign(bytes.fromhex(entry_hash)).hex()

    @classmethod
    def load_or_create(cls, home: Path, name: str = "steward") -> LedgerSigner:
        """The signing key ``<home>/keys/ledger-<name>.pem``, created (0600) when absent."""
        path = home / "keys" / f"ledger-{name}.pem"
        if path.is_file():
            check_private([path.parent, path])  # refused like the vault key: others may hold it
            try:
                key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            except ValueError as exc:
                raise StewardError(f"not a PEM private key ({exc})", where=str(path)) from None
            if not isinstance(key, Ed25519PrivateKey):
                raise StewardError("not an Ed25519 key", where=str(path))
            return cls(name, key)
        make_private_dir(path.parent)  # 0700: the keys folder may be made here first
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
        return cls(name, key)


def verify_signature(public_hex: str, entry_hash: str, signature_hex: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(
            bytes.fromhex(signature_hex), bytes.fromhex(entry_hash)
        )
    except (InvalidSignature, ValueError):
        return False
    return True
