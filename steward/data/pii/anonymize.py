"""Operators that transform detected spans, separate from detection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from steward.data.pii.recognizers import Entity


def anonymize(
    text: str, entities: Sequence[Entity], operator: Literal["replace", "mask"] = "replace"
) -> str:
    """Replace each (non-overlapping) span with ``<LABEL>`` or with ``*`` of the same length."""
    pieces: list[str] = []
    cursor = 0
    for entity in sorted(entities):
        pieces.append(text[cursor : entity.start])
        pieces.append(
            f"<{entity.label}>" if operator == "replace" else "*" * (entity.end - entity.start)
        )
        cursor = entity.end
    pieces.append(text[cursor:])
    return "".join(pieces)
