"""``hash``: ``<LABEL:hexprefix>`` of a keyed HMAC-SHA256 of the value. Never a plain hash: a
plain hash of a phone number is reversed by hashing every phone number."""

from __future__ import annotations

import hashlib
import hmac

from steward.data.pii.operators.base import Operator, check_key, derive_key, register
from steward.errors import StewardError


@register
class HashOperator(Operator):
    name = "hash"
    needs_key = True

    def __init__(self, key: bytes | None, length: int = 16) -> None:
        if not 8 <= length <= 64:
            raise StewardError(f"hash length must be 8..64 hex digits, got {length}", where="hash")
        self._key = derive_key(check_key(key, self.name), self.name)
        self.length = length

    def digest(self, value: str) -> str:
        return hmac.new(self._key, value.encode(), hashlib.sha256).hexdigest()[: self.length]

    def operate(self, value: str, label: str) -> str:
        return f"<{label}:{self.digest(value)}>"
