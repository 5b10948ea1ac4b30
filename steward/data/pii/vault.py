"""Key-protected vault of encrypted originals, for reversible anonymization.

Each value the ``encrypt`` operator replaces is sealed with AES-256-GCM under the vault key and
stored under a token such as ``<PERSON#v1:3fa9c0d2e1b4a5968c7d>``; the anonymized text holds only
the token. Reversing it (``deanonymize``) needs the key *and* the ``privacy_officer`` role, and
every request — granted, refused or failed — is recorded in the ledger, without the raw value.

The key is 256 bits, from ``STEWARD_VAULT_KEY`` (base64) or else ``<home>/keys/vault.key``, created
on first use with mode 0600. Sub-keys for tokens, ``hash`` and ``pseudonymize`` are derived from
it, so one secret governs them all.

Storage: a ``pii_vault`` table in the project's database (SQLite by default). Chosen over a file
because the database already gives atomic, concurrent-safe writes (WAL, serialised writers),
indexed lookup by token, and follows ``STEWARD_DATABASE_URL`` to a server database together with
the ledger that records who reversed what. Only ciphertext, nonce, label and key id are stored.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import LargeBinary, String, select
from sqlalchemy.orm import Mapped, mapped_column

from steward.data.pii.operators.base import derive_key, keyed_digest
from steward.errors import StewardError
from steward.store.db import Base, utc_now

# the key's loading lives below the store (its encryption shares the key); named here too
from steward.store.vault_key import KEY_BYTES as KEY_BYTES
from steward.store.vault_key import VAULT_KEY_ENV as VAULT_KEY_ENV
from steward.store.vault_key import key_file as key_file
from steward.store.vault_key import load_vault_key as load_vault_key

TOKEN_VERSION = "v1"
TOKEN_ID_HEX = 20
TOKEN_RE = re.compile(r"<([A-Z][A-Z0-9_]*)#(v\d+):([0-9a-f]{8,64})>")


class VaultEntryRow(Base):
    __tablename__ = "pii_vault"
    token: Mapped[str] = mapped_column(String(128), primary_key=True)
    label: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    nonce: Mapped[bytes] = mapped_column(LargeBinary(12))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(40))


# -- the key (loaded in steward.store.vault_key: the store's encryption shares it) -------
def key_id(key: bytes) -> str:
    """A public fingerprint of the key, stored with each entry to name a key mismatch."""
    return derive_key(key, "key-id").hex()[:16]


# -- sealing (pure crypto, no database: used inside worker processes) ------------------------
@dataclass(frozen=True)
class SealedValue:
    token: str
    label: str
    key_id: str
    nonce: bytes
    ciphertext: bytes


class VaultCipher:
    """AES-256-GCM under the vault key; the token is bound to the ciphertext as associated data,
    so a ciphertext moved to another token does not decrypt."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(key) != KEY_BYTES:
            raise StewardError(f"vault key must be {KEY_BYTES} bytes, got {len(key)}")
        self._aead = AESGCM(key)
        self._token_key = derive_key(key, "token")
        self.key_id = key_id(key)

    def token_for(self, value: str, label: str) -> str:
        # Deterministic: the same value gets the same token (and one vault row) every time.
        token_id = keyed_digest(self._token_key, label, value).hex()[:TOKEN_ID_HEX]
        return f"<{label}#{TOKEN_VERSION}:{token_id}>"

    def seal(self, value: str, label: str) -> SealedValue:
        token = self.token_for(value, label)
        nonce = secrets.token_bytes(12)
        ciphertext = self._aead.encrypt(nonce, value.encode(), token.encode())
        return SealedValue(token, label, self.key_id, nonce, ciphertext)

    def open(self, token: str, nonce: bytes, ciphertext: bytes, stored_key_id: str) -> str:
        from cryptography.exceptions import InvalidTag

        try:
            return self._aead.decrypt(nonce, ciphertext, token.encode()).decode()
        except InvalidTag:
            hint = (
                f"the entry was sealed with key {stored_key_id}, the current key is {self.key_id}"
                if stored_key_id != self.key_id
                else "the ciphertext was altered"
            )
            raise StewardError(
                f"wrong vault key or tampered entry: cannot decrypt {token} ({hint})",
                where="vault",
            ) from None


# -- the vault -------------------------------------------------------------------------------


class Vault:
    """Encrypted originals in the store's database, reversible by a privacy officer."""

    def __init__(self, store: Any, key: bytes | None = None) -> None:
        self.store = store
        self.key = key if key is not None else load_vault_key(store.home)
        self.cipher = VaultCipher(self.key)
        Base.metadata.create_all(store.engine, tables=[VaultEntryRow.__table__])  # type: ignore[list-item]

    def encrypt(self, value: str, label: str) -> str:
        """Seal and store one value; return its token."""
        sealed = self.cipher.seal(value, label)
        self.put([sealed])
        return sealed.token

    def put(self, sealed: Iterable[SealedValue]) -> int:
        """Store sealed values (from this process or from workers); return how many were new."""
        unique = {s.token: s for s in sealed}
        if not unique:
            return 0
        added = 0
        tokens = list(unique)
        with self.store.session() as session, session.begin():
            for i in range(0, len(tokens), 500):
                batch = tokens[i : i + 500]
                existing = set(
                    session.scalars(
                        select(VaultEntryRow.token).where(VaultEntryRow.token.in_(batch))
                    )
                )
                for token in batch:
                    if token in existing:
                        continue
                    s = unique[token]
                    session.add(
                        VaultEntryRow(
                            token=s.token,
                            label=s.label,
                            key_id=s.key_id,
                            nonce=s.nonce,
                            ciphertext=s.ciphertext,
                            created_at=utc_now(),
                        )
                    )
                    added += 1
        return added

    def _reveal(self, tokens: Sequence[str]) -> dict[str, str]:
        with self.store.session() as session:
            rows = {
                row.token: row
                for row in session.scalars(
                    select(VaultEntryRow).where(VaultEntryRow.token.in_(list(tokens)))
                )
            }
        missing = [t for t in tokens if t not in rows]
        if missing:
            raise StewardError(f"token {missing[0]} is not in this vault", where="vault")
        return {
            t: self.cipher.open(t, rows[t].nonce, rows[t].ciphertext, rows[t].key_id)
            for t in tokens
        }

    def deanonymize(self, text_or_token: str, actor: str, roles_policy: Any) -> str:
        """Put the originals back in place of every vault token in ``text_or_token``.

        Needs the ``privacy_officer`` role (always checked, whatever ``roles.enforce`` says);
        the request is recorded in the ledger with the tokens and labels, never the values.
        """
        from steward.accountability.ledger import Ledger
        from steward.accountability.roles import Permission, require

        matches = list(TOKEN_RE.finditer(text_or_token))
        tokens = list(dict.fromkeys(m.group(0) for m in matches))
        ledger = Ledger(self.store)
        details: dict[str, Any] = {
            "tokens": tokens,
            "labels": sorted({m.group(1) for m in matches}),
            "key_id": self.cipher.key_id,
        }
        subject = "pii_vault"
        try:
            roles = require(actor, Permission.DEANONYMIZE, roles_policy, always=True)
        except StewardError as exc:
            ledger.append(
                actor=actor,
                action="pii.deanonymized",
                subject=subject,
                outcome="refused",
                details={**details, "reason": exc.what},
            )
            raise
        details["roles"] = roles
        if not tokens:
            raise StewardError(
                "no vault token found (tokens look like <PERSON#v1:3fa9c0d2e1b4a5968c7d>)",
                where="deanonymize",
            )
        try:
            originals = self._reveal(tokens)
        except StewardError as exc:
            ledger.append(
                actor=actor,
                action="pii.deanonymized",
                subject=subject,
                outcome="failed",
                details={**details, "reason": exc.what},
            )
            raise
        text = TOKEN_RE.sub(lambda m: originals.get(m.group(0), m.group(0)), text_or_token)
        ledger.append(actor=actor, action="pii.deanonymized", subject=subject, details=details)
        return text
