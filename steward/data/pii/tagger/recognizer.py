"""The tagger as a recognizer: Chinese PERSON and ADDRESS spans from the shipped CRF.

Runs only on texts detected as Chinese that hold a CJK character, so English texts cost
nothing. The model loads on first use, once per instance. How its spans combine with the
rules' is the analyzer's business (:mod:`steward.data.pii.engine`): the rules' weak name
guesses need the tagger's agreement, and the tagger's own spans stand beside the rules'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from steward.data.pii.recognizers.base import Entity, Recognizer

if TYPE_CHECKING:
    from steward.data.pii.tagger.model import ZhTagger


_CJK = re.compile(r"[\u4e00-\u9fff]")


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
            yield self.entity(start, end, label, probability)
