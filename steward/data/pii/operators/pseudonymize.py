"""``pseudonymize``: a consistent fake of the same kind — the same original gets the same fake
across a data set, processes and runs, because the fake is drawn from a generator seeded with
HMAC-SHA256(key, label, value). Chinese originals get Chinese fakes."""

from __future__ import annotations

import random

from steward.data.pii.operators.base import (
    Operator,
    check_key,
    derive_key,
    keyed_digest,
    register,
)
from steward.data.pii.operators.fakes import fake_value


@register
class PseudonymizeOperator(Operator):
    name = "pseudonymize"
    needs_key = True

    def __init__(self, key: bytes | None) -> None:
        self._key = derive_key(check_key(key, self.name), self.name)

    def operate(self, value: str, label: str) -> str:
        seed = int.from_bytes(keyed_digest(self._key, label, value), "big")
        fake = fake_value(label, value, random.Random(seed))
        if fake == value:  # vanishingly rare; never hand the original back
            fake = fake_value(label, value, random.Random(seed + 1))
        return fake
