"""The taggers as recognizers: PERSON and ADDRESS spans from the shipped CRFs.

Runs only on texts detected as Chinese that hold a CJK character, so English texts cost
nothing. The model loads on first use, once per instance. How its spans combine with the
rules' is the analyzer's business (:mod:`steward.data.pii.engine`): the rules' weak name
guesses need the tagger's agreement, and the tagger's own spans stand beside the rules'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from steward.data.pii.recognizers.base import Entity, Recognizer
from steward.data.pii.recognizers.person_zh import (
    cuts_a_word,
    ordinary_word,
    organisation_name,
)

if TYPE_CHECKING:
    from steward.data.pii.tagger.model import ZhTagger
    from steward.data.pii.tagger.model_en import EnTagger


_CJK = re.compile(r"[\u4e00-\u9fff]")
# An amount or a payment inside a span: no address holds one.
_PAYMENT_WORDS = re.compile(r"\d[\d,.]*[ \t]*(?:元|块钱|塊錢)|货款|貨款|付款")


class ZhTaggerRecognizer(Recognizer):
    name = "zh_tagger"
    labels = ("PERSON", "ADDRESS")
    languages = frozenset({"zh"})
    trigger = _CJK

    def __init__(self) -> None:
        self._model: ZhTagger | None = None

    @property
    def model(self) -> ZhTagger:
        if self._model is None:
            from steward.data.pii.tagger.model import ZhTagger

            self._model = ZhTagger()
        return self._model

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        if _CJK.search(text) is None:
            return
        for start, end, label, probability in self.model.tag(text):
            if label == "PERSON" and organisation_name(text, start, end):
                continue  # a shop or employer named after a person (商户：李宁专卖店)
            if label == "PERSON" and ordinary_word(text[start:end]):
                continue  # a word the rules know is no name (收款人应该是…)
            if label == "PERSON" and cuts_a_word(text, start, end):
                continue  # cut out of ordinary words (这封|英文信, 李嘉|诚基金会)
            if label == "ADDRESS" and _PAYMENT_WORDS.search(text, start, end):
                continue  # a payment read as a place (…给华联超市付货款48064元)
            yield self.entity(start, end, label, probability)


class EnTaggerRecognizer(Recognizer):
    """English PERSON and ADDRESS spans from the shipped English CRF
    (:mod:`steward.data.pii.tagger.model_en`); the analyzer combines them with the rules'."""

    name = "en_tagger"
    labels = ("PERSON", "ADDRESS")
    languages = frozenset({"en"})
    # Names and addresses both hold a capital letter (a lowercase name is the rules' business).
    trigger = re.compile(r"[A-Z]")

    def __init__(self) -> None:
        self._model: EnTagger | None = None

    @property
    def model(self) -> EnTagger:
        if self._model is None:
            from steward.data.pii.tagger.model_en import EnTagger

            self._model = EnTagger()
        return self._model

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        return self.analyze_covered(text, ())

    def analyze_covered(self, text: str, covered: Sequence[tuple[int, int]]) -> Iterator[Entity]:
        """Spans of ``text``, not reading the runs the rules' ``covered`` spans explain (their
        spans stand, so the tagger's could not be kept there)."""
        for start, end, label, probability in self.model.tag(text, covered):
            yield self.entity(start, end, label, probability)
