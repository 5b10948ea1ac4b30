"""Character-level noise (typos), as TextAttack's character swaps and garak's typo buffs.

One edit is one of: drop a letter, duplicate a letter, swap two adjacent letters, replace a
letter by a QWERTY keyboard neighbour, insert a random letter. English edits touch words of at
least ``min_word_length`` letters; in Chinese runs only drop, duplicate and swap apply (the
text stays Chinese: nothing Latin is inserted).
"""

from __future__ import annotations

import random
import re
import string
from typing import Any, ClassVar

from steward.audit.robustness.base import TextAttack, register, sample_unique
from steward.errors import StewardError

OPERATIONS = ("drop", "duplicate", "swap", "keyboard", "insert")
CJK_OPERATIONS = frozenset({"drop", "duplicate", "swap"})
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, str]:
    position = {char: (r, c) for r, row in enumerate(_ROWS) for c, char in enumerate(row)}
    table: dict[str, str] = {}
    for char, (r, c) in position.items():
        near = []
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr, dc) == (0, 0):
                    continue
                rr, cc = r + dr, c + dc
                if 0 <= rr < len(_ROWS) and 0 <= cc < len(_ROWS[rr]):
                    near.append(_ROWS[rr][cc])
        table[char] = "".join(near)
    return table


KEYBOARD = _keyboard_neighbours()


@register
class CharNoise(TextAttack):
    name: ClassVar[str] = "char_noise"

    def __init__(
        self, operations: tuple[str, ...] | list[str] = OPERATIONS, min_word_length: int = 3
    ) -> None:
        unknown = set(operations) - set(OPERATIONS)
        if unknown or not operations:
            raise StewardError(
                f"operations must be a non-empty subset of {', '.join(OPERATIONS)}",
                where="audit.robustness.char_noise.operations",
            )
        self.operations = tuple(operations)
        self.min_word_length = min_word_length
        self._word = re.compile(rf"[A-Za-z]{{{max(min_word_length, 2)},}}")

    def config(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "operations": list(self.operations),
            "min_word_length": self.min_word_length,
        }

    def candidates(self, text: str, rng: random.Random, k: int) -> list[str]:
        spans = [(m.start(), m.end(), False) for m in self._word.finditer(text)]
        cjk_ops = [op for op in self.operations if op in CJK_OPERATIONS]
        if cjk_ops:
            spans += [(m.start(), m.end(), True) for m in _CJK_RUN.finditer(text)]
        if not spans:
            return []

        def make() -> str | None:
            start, end, cjk = rng.choice(spans)
            op = rng.choice(cjk_ops if cjk else self.operations)
            return _apply(text, start, end, op, rng)

        return sample_unique(make, text, k, tries=4 * k + 4)


def _apply(text: str, start: int, end: int, op: str, rng: random.Random) -> str | None:
    i = rng.randrange(start, end)
    char = text[i]
    if op == "drop":
        return text[:i] + text[i + 1 :]
    if op == "duplicate":
        return text[: i + 1] + char + text[i + 1 :]
    if op == "swap":
        j = i + 1 if i + 1 < end else i - 1
        a, b = sorted((i, j))
        if text[a] == text[b]:
            return None
        return text[:a] + text[b] + text[a] + text[b + 1 :]
    if op == "keyboard":
        near = KEYBOARD.get(char.lower())
        if not near:
            return None
        new = rng.choice(near)
        return text[:i] + (new.upper() if char.isupper() else new) + text[i + 1 :]
    # insert
    new = rng.choice(string.ascii_lowercase)
    return text[:i] + (new.upper() if char.isupper() else new) + text[i:]
