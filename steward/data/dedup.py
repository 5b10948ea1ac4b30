"""Exact de-duplication on a normalised key: one representative per key, the rest recorded."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

from steward.data.records import DuplicateRow, Record


def dedup_key(text: str) -> str:
    """Casefolded text with punctuation, symbols and whitespace removed, hashed.

    Two messages that differ only in case, spacing or punctuation are the same message for
    training purposes; keeping both would leak between train and test splits.
    """
    kept = [
        char
        for char in text.casefold()
        if not unicodedata.category(char).startswith(("P", "S", "Z")) and not char.isspace()
    ]
    return hashlib.sha256("".join(kept).encode("utf-8")).hexdigest()


@dataclass
class DedupResult:
    kept: list[Record] = field(default_factory=list)
    duplicates: list[DuplicateRow] = field(default_factory=list)


def exact_dedup(records: list[Record]) -> DedupResult:
    result = DedupResult()
    first_by_key: dict[str, Record] = {}
    for record in records:
        key = dedup_key(record.text)
        representative = first_by_key.get(key)
        if representative is None:
            first_by_key[key] = record
            result.kept.append(record)
        else:
            result.duplicates.append(
                DuplicateRow(
                    source=record.source,
                    line=record.line,
                    record_id=record.record_id,
                    representative_id=representative.record_id,
                )
            )
    return result
