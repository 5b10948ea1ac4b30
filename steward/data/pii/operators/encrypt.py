"""``encrypt``: the span becomes a vault token; the original is sealed with AES-256-GCM.

The operator only seals (pure crypto, safe in worker processes) and keeps the sealed values
until they are drained into a :class:`~steward.data.pii.vault.Vault`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steward.data.pii.operators.base import Operator, check_key, register

if TYPE_CHECKING:
    from steward.data.pii.vault import SealedValue


@register
class EncryptOperator(Operator):
    name = "encrypt"
    needs_key = True

    def __init__(self, key: bytes | None) -> None:
        from steward.data.pii.vault import VaultCipher  # the database layer loads only when used

        self.cipher = VaultCipher(check_key(key, self.name))
        self._sealed: dict[str, SealedValue] = {}

    def operate(self, value: str, label: str) -> str:
        token = self.cipher.token_for(value, label)
        if token not in self._sealed:
            self._sealed[token] = self.cipher.seal(value, label)
        return token

    def drain(self) -> list[SealedValue]:
        """The values sealed since the last drain, for ``Vault.put``."""
        sealed, self._sealed = list(self._sealed.values()), {}
        return sealed
