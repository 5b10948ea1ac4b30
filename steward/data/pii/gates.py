"""Exact shortcuts in the PII analyzer: work skipped only where its result is already known.

Each gate skips a computation whose outcome is provably the one it would give (a translation
of a text holding none of the table's characters is the text itself; a phone candidate with
fewer than seven digits is never scored), so the analyzer's output is the same with the gates
on or off. ``disabled()`` turns them off, for the tests that check exactly that
(``tests/data/pii/test_gates.py``) and for measuring what they save.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

ENABLED = True


@contextmanager
def disabled() -> Iterator[None]:
    """Run the analyzer without its gates inside the ``with`` block (not thread-safe: a
    switch for tests and measurements)."""
    global ENABLED
    before = ENABLED
    ENABLED = False
    try:
        yield
    finally:
        ENABLED = before


# (keyed by the table's id: the tables are module constants, alive as long as the process)
_TABLE_CHARACTERS: dict[int, re.Pattern[str]] = {}


def translate(text: str, table: Mapping[int, str | int | None]) -> str:
    """``text.translate(table)`` for a table that maps only non-ASCII characters: an ASCII
    text (``isascii`` is a flag, no scan) or one holding none of the table's characters is
    returned as it is, without the per-character translation of a non-ASCII string."""
    if ENABLED:
        if text.isascii():
            return text
        present = _TABLE_CHARACTERS.get(id(table))
        if present is None:
            if any(key < 128 for key in table):
                raise ValueError("gates.translate takes tables of non-ASCII characters only")
            characters = "".join(re.escape(chr(key)) for key in table)
            present = _TABLE_CHARACTERS.setdefault(id(table), re.compile(f"[{characters}]"))
        if present.search(text) is None:
            return text
    return text.translate(table)


def has_digits(value: str, count: int) -> bool:
    """Whether ``value`` holds at least ``count`` digits (as ``str.isdigit`` reads them)."""
    return sum(map(str.isdigit, value)) >= count
