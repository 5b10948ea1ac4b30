"""The row types that flow through the data stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Record:
    """One accepted row: where it came from and its fields (text is cleaned in place)."""

    source: str
    line: int
    record_id: str
    text: str
    label: str
    groups: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict)
    # Group columns (``data.group_fields``) the row had no value for: ``groups`` holds the
    # placeholder "unknown" for them, which must not be mistaken for a real group.
    missing_groups: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.record_id,
            "text": self.text,
            "label": self.label,
            **self.groups,
            "source": self.source,
            "line": self.line,
        }


@dataclass(frozen=True)
class QuarantinedRow:
    """A row kept aside with the reason, so nothing is dropped silently."""

    source: str
    line: int
    stage: str
    reason: str
    raw: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class DuplicateRow:
    """A row removed as a duplicate of ``representative_id``."""

    source: str
    line: int
    record_id: str
    representative_id: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)
