"""US social security numbers, validated with python-stdnum (area, group and serial rules)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.us import ssn

from steward.data.pii.recognizers.base import Entity, PatternRecognizer, digits_of, ocr_digits

# an SSN read off a scanned form with a letter for a digit: only where a cue says so
OCR_SCORE = 0.2
# (literal words, no IGNORECASE: searched in every text the recognizer reads, so kept cheap)
_SSN_WORD = re.compile(r"social|Social|SOCIAL|SSN|ssn|Ssn")


# The number named an SSN earlier in its sentence or line ("SSN on file for the joint
# account: 841-86-5367"): an SSN whatever other word (an account) stands nearer to it.
_SSN_NAMED_BEFORE = re.compile(
    r"(?:\b(?:SSN|ssn|Ssn|SS#|(?i:social[ \t]+security)(?:[ \t]+(?i:number|no\.?|#))?))"
    r"[^\n.;!?\d]{0,50}\Z"
)
NAMED_SCORE = 0.9


def ssn_named_before(text: str, start: int) -> bool:
    """Whether an SSN word names the number at ``start`` earlier in its sentence, with no
    other number between."""
    return _SSN_NAMED_BEFORE.search(text, max(0, start - 80), start) is not None


class UsSsnRecognizer(PatternRecognizer):
    name = "us_ssn"
    labels = ("US_SSN",)
    pattern = re.compile(r"(?<![0-9A-Za-z-])(?:\d{3}([- .])\d{2}\1\d{4}|\d{9})(?![0-9A-Za-z-])")
    score = 0.6
    trigger = re.compile(r"\d{3}")

    def validate(self, match: re.Match[str]) -> float | None:
        if not ssn.is_valid(digits_of(match.group())):
            return None
        if match.group(1) and ssn_named_before(match.string, match.start()):
            return NAMED_SCORE
        # Nine bare digits are an SSN only when the context says so.
        return self.score if match.group(1) else 0.2

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        yield from super().analyze(text, language)
        if _SSN_WORD.search(text) is None:
            return  # a misread SSN counts only under its label: no label, no second reading
        read = ocr_digits(text)
        if read is text:
            return
        for match in self.pattern.finditer(read):
            misread = read[match.start() : match.end()] != text[match.start() : match.end()]
            if misread and self.validate(match) is not None:
                yield self.entity(match.start(), match.end(), "US_SSN", OCR_SCORE)
