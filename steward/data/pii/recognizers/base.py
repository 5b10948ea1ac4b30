"""The detection record (``Entity``) and the recognizer interface shared by every recognizer."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Entity:
    """A span of personal data; ``start``/``end`` index the original ``str`` (end exclusive)."""

    start: int
    end: int
    label: str
    score: float
    recognizer: str

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


class Recognizer:
    """Finds one kind (or a tight family) of personal data.

    ``labels`` are the labels it can emit; ``languages`` the languages it runs on (``None``:
    any). Scores are the recognizer's own confidence before context words adjust them.
    Recognizers hold no shared state; model-backed ones load their model lazily, once per
    instance (an ``Analyzer`` owns one instance of each).
    """

    name: ClassVar[str]
    labels: ClassVar[tuple[str, ...]]
    languages: ClassVar[frozenset[str] | None] = None
    # A cheap regex every text holding this recognizer's entity matches (``None``: run on all
    # texts). The analyzer skips texts it does not match, e.g. ``@`` for e-mail addresses.
    trigger: ClassVar[re.Pattern[str] | None] = None
    # Whether a span's fate depends on the whole text, not only on the text around it (e.g.
    # transcript speakers: every line label must be a name). Long texts are read in windows;
    # such recognizers read the whole text instead, and must take time linear in its length.
    whole_text: ClassVar[bool] = False

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        raise NotImplementedError

    def analyze_batch(self, texts: Sequence[str], languages: Sequence[str]) -> list[list[Entity]]:
        return [list(self.analyze(t, lang)) for t, lang in zip(texts, languages, strict=True)]

    def entity(self, start: int, end: int, label: str, score: float) -> Entity:
        return Entity(start, end, label, round(min(max(score, 0.0), 1.0), 4), self.name)


class PatternRecognizer(Recognizer):
    """A regex plus an optional validator; subclasses set ``pattern`` and ``score``."""

    pattern: ClassVar[re.Pattern[str]]
    score: ClassVar[float] = 0.8

    def validate(self, match: re.Match[str]) -> float | None:
        """The score for this match, or ``None`` to reject it."""
        return self.score

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for match in self.pattern.finditer(text):
            score = self.validate(match)
            if score is not None:
                yield self.entity(match.start(), match.end(), self.labels[0], score)


# What a scanner reads for a digit on a badly filled form: O for 0, I or l for 1, where the
# letter stands against a digit and against no other letter ("58I-42-3559", "24/O2/1956")
_OCR_DIGIT = re.compile(r"(?<=\d)[OoIl](?![A-Za-z])|(?<![A-Za-z])[OoIl](?=\d)")
_OCR_TO_DIGIT = str.maketrans("OoIl", "0011")


def ocr_digits(text: str) -> str:
    """``text`` with the letters a scanner reads for digits beside digits made digits, one
    character for one (offsets unchanged); ``text`` itself when there are none."""
    if not _OCR_DIGIT.search(text):
        return text
    return _OCR_DIGIT.sub(lambda m: m.group().translate(_OCR_TO_DIGIT), text)


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def consistent_grouping(value: str) -> bool:
    """Digits grouped with at most one kind of separator (``1234 5678`` or ``1234-5678``)."""
    separators = {ch for ch in value if not ch.isalnum()}
    return len(separators) <= 1


def resolve_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Keep the best of overlapping spans — higher score, then longer, then earlier (then label,
    so the choice never depends on input order) — and return them in text order.

    Spans are first cut into clusters (runs of spans that overlap one another, directly or
    through a chain); no span of one cluster overlaps a span of another, so choosing greedily
    cluster by cluster keeps exactly the spans one greedy pass over the whole text would keep,
    in O(k log k) for k spans instead of comparing each span with all spans chosen so far."""
    by_position = sorted(entities, key=lambda e: (e.start, e.end))
    chosen: list[Entity] = []
    cluster: list[Entity] = []
    cluster_end = -1
    for entity in by_position:
        if cluster and entity.start >= cluster_end:
            chosen.extend(_best_of_cluster(cluster))
            cluster = []
        cluster.append(entity)
        cluster_end = max(cluster_end, entity.end) if len(cluster) > 1 else entity.end
    if cluster:
        chosen.extend(_best_of_cluster(cluster))
    return sorted(chosen)


def _best_of_cluster(cluster: list[Entity]) -> list[Entity]:
    if len(cluster) == 1:
        return cluster
    ranked = sorted(cluster, key=lambda e: (-e.score, -(e.end - e.start), e.start, e.label))
    taken = DisjointSpans()
    return [entity for entity in ranked if taken.add(entity.start, entity.end)]


class DisjointSpans:
    """Spans taken so far, none overlapping another; ``add`` takes a span unless it overlaps
    one (``a`` and ``b`` overlap when ``a.start < b.end and b.start < a.end``).

    A bisection instead of a comparison with every span taken: a 63 KB answer has ~700
    spans, and the pairwise check was a third of the guards' time on it. Kept sorted by
    (start, end), non-overlapping spans have non-decreasing ends, so the only span that can
    overlap a new one is the last that starts before it ends."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._spans, (end, -1))  # the spans starting before `end`
        if i and self._spans[i - 1][1] > start:
            return False
        bisect.insort(self._spans, (start, end))
        return True


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a literal word list."""
    return tuple(text.split())


def overlapping_by(
    items: Sequence[T], span: Callable[[T], tuple[int, int]]
) -> Callable[[int, int], list[T]]:
    """A look-up of the ``items`` whose ``span`` (start, end) overlaps a (start, end) span, by
    bisection over their starts: a long text's many spans cost the sum of the look-ups, not
    every pair. (A point ``x`` is the span ``(x, x + 1)``: the items holding it.)"""
    ordered = sorted(items, key=lambda item: span(item)[0])
    bounds = [span(item) for item in ordered]
    starts = [start for start, _ in bounds]
    reach = max((end - start for start, end in bounds), default=0)

    def find(start: int, end: int) -> list[T]:
        # an overlapping span starts before ``end`` and, being at most ``reach`` long, after
        # ``start - reach``
        lo = bisect.bisect_right(starts, start - reach)
        hi = bisect.bisect_left(starts, end)
        return [
            item
            for item, (item_start, item_end) in zip(ordered[lo:hi], bounds[lo:hi], strict=True)
            if start < item_end and item_start < end
        ]

    return find


def overlapping(entities: Sequence[Entity]) -> Callable[[int, int], list[Entity]]:
    """:func:`overlapping_by` for entities."""
    return overlapping_by(entities, lambda entity: (entity.start, entity.end))
