"""The guard interface and its verdict record.

A guard looks at one text (a prompt coming in, or an answer going out) and returns a
:class:`GuardVerdict`: ``allow``, ``redact`` (the text may pass once the listed spans are
replaced) or ``block``, with a score in [0, 1], human-readable reasons and the spans it
acted on. Guards hold no shared state; model-backed ones load their model once, in
``__init__``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

Action = Literal["allow", "redact", "block"]
Direction = Literal["input", "output"]
ACTIONS: tuple[Action, ...] = ("allow", "redact", "block")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass(frozen=True)
class GuardVerdict:
    guard: str
    action: Action
    score: float
    reasons: tuple[str, ...] = ()
    spans: tuple[Span, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "guard": self.guard,
            "action": self.action,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
            "spans": [span.to_dict() for span in self.spans],
        }


class Guard:
    """One check with one job. ``directions`` says where it applies by default."""

    name: ClassVar[str]
    directions: ClassVar[frozenset[Direction]] = frozenset({"input", "output"})

    def check(self, text: str) -> GuardVerdict:
        return self.check_batch([text])[0]

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        return [self.check(text) for text in texts]

    def allow(self, score: float = 0.0, *reasons: str) -> GuardVerdict:
        return GuardVerdict(self.name, "allow", score, tuple(reasons))

    def block(self, score: float, *reasons: str, spans: Sequence[Span] = ()) -> GuardVerdict:
        return GuardVerdict(self.name, "block", score, tuple(reasons), tuple(spans))
