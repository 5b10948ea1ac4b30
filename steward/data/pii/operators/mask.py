"""``mask``: every character becomes ``char`` (same length), optionally keeping the last N
letters or digits (a card's last four) and the separators between groups."""

from __future__ import annotations

from steward.data.pii.operators.base import Operator, register
from steward.errors import StewardError


@register
class MaskOperator(Operator):
    name = "mask"

    def __init__(self, char: str = "*", keep_last: int = 0, keep_separators: bool = False) -> None:
        if len(char) != 1:
            raise StewardError(f"mask char must be one character, got {char!r}", where="mask")
        if keep_last < 0:
            raise StewardError(f"keep_last must be >= 0, got {keep_last}", where="mask")
        self.char = char
        self.keep_last = keep_last
        self.keep_separators = keep_separators

    def operate(self, value: str, label: str) -> str:
        if not self.keep_last and not self.keep_separators:
            return self.char * len(value)
        out = list(value)
        kept = 0
        for i in range(len(value) - 1, -1, -1):
            ch = value[i]
            if not ch.isalnum():
                if not self.keep_separators:
                    out[i] = self.char
            elif kept < self.keep_last:
                kept += 1
            else:
                out[i] = self.char
        return "".join(out)
