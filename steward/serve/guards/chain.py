"""Run the guards of one direction over texts and combine their verdicts.

The combined decision: ``block`` if any guard blocks; otherwise ``redact`` if any guard asks to
redact (the returned text has those spans replaced by ``<LABEL>`` tags, overlaps resolved
longest-first), otherwise ``allow``. Each guard's verdict and time are kept for the ledger
and the metrics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any

from steward.serve.guards.base import Action, Direction, Guard, GuardVerdict, Span


@dataclass(frozen=True)
class GuardResult:
    """All guards' say on one text."""

    action: Action
    text: str  # the text after redaction (the input text when nothing was redacted)
    verdicts: tuple[GuardVerdict, ...]
    seconds: dict[str, float] = field(default_factory=dict)  # per guard, this text's share

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    @property
    def score(self) -> float:
        """The highest score among the guards that acted (0 when all allowed)."""
        acting = [v.score for v in self.verdicts if v.action != "allow"]
        return max(acting, default=0.0)

    @property
    def reasons(self) -> list[str]:
        return [f"{v.guard}: {r}" for v in self.verdicts if v.action != "allow" for r in v.reasons]

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "action": self.action,
            "blocked": self.blocked,
            "score": round(self.score, 4),
            "reasons": self.reasons,
            "verdicts": [v.to_dict() for v in self.verdicts],
        }
        if with_text:
            out["text"] = self.text
        return out


def redact(text: str, spans: Sequence[Span]) -> str:
    """Replace spans by ``<LABEL>``; of overlapping spans the longer (then earlier) wins."""
    from steward.data.pii.recognizers.base import DisjointSpans

    # A bisection per span and one join: the pairwise checks and a copy of the whole text
    # per span were quadratic (most of the time on a 63 KB answer with ~700 spans).
    chosen: list[Span] = []
    taken = DisjointSpans()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.add(span.start, span.end):
            chosen.append(span)
    # In text order; at one position empty spans come first, as replacing from the end gave.
    ordered = reversed(sorted(chosen, key=lambda s: s.start, reverse=True))
    pieces: list[str] = []
    cursor = 0
    for span in ordered:
        pieces += [text[cursor : span.start], f"<{span.label}>"]
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


class GuardChain:
    """The guards of one direction (``input`` or ``output``), run in order."""

    def __init__(self, guards: Sequence[Guard], direction: Direction = "input") -> None:
        names = [g.name for g in guards]
        if len(set(names)) != len(names):
            raise ValueError(f"a guard is listed twice: {names}")
        self.guards = list(guards)
        self.direction = direction

    @property
    def names(self) -> list[str]:
        return [g.name for g in self.guards]

    def check(self, text: str) -> GuardResult:
        return self.check_batch([text])[0]

    def check_batch(self, texts: Sequence[str]) -> list[GuardResult]:
        texts = list(texts)
        per_guard: list[list[GuardVerdict]] = []
        seconds: dict[str, float] = {}
        for guard in self.guards:
            started = perf_counter()
            per_guard.append(guard.check_batch(texts))
            seconds[guard.name] = (perf_counter() - started) / max(len(texts), 1)
        results: list[GuardResult] = []
        for i, text in enumerate(texts):
            verdicts = tuple(verdicts_of[i] for verdicts_of in per_guard)
            actions = {v.action for v in verdicts}
            if "block" in actions:
                results.append(GuardResult("block", text, verdicts, seconds))
            elif "redact" in actions:
                spans = [s for v in verdicts if v.action == "redact" for s in v.spans]
                results.append(GuardResult("redact", redact(text, spans), verdicts, seconds))
            else:
                results.append(GuardResult("allow", text, verdicts, seconds))
        return results
