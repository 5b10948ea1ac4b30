"""PRC resident identity numbers: 18 characters, GB 11643 check character and a real birth date.

python-stdnum computes the check character and the birth date; its ``is_valid`` also requires
the six-digit area code to be in its own table of current divisions, which rejects many
genuine numbers (divisions are renamed and merged; older IDs keep their code), so only the
province part of the area code is checked here.

Forms and transcripts often write the number in its three parts, area / birth date / sequence
(``110105 19880214 2315`` or with hyphens), or in four (``110105 1988 0214 2315``): the groups
are joined before validation, and the span covers the grouped text.

A scanned form's OCR confuses digits with letters (``5I0107 19490603 l945``,
``350203I985O1248466``): O, I and l among the digits are read as 0, 1 and 1 before validation
(the check character and the birth date make a false reading unlikely); the span is the text
as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from stdnum.cn import ric

from steward.data.pii.recognizers.base import Entity, PatternRecognizer, words

_PROVINCE_CODES = frozenset(
    words(
        "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 "
        "65 71 81 82 83 91"
    )
)


def is_valid_resident_id(number: str) -> bool:
    number = number.upper()
    if len(number) != 18 or not number[:17].isdigit() or number[:2] not in _PROVINCE_CODES:
        return False
    try:
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if not dt.date(1900, 1, 1) <= born <= dt.date.today():
        return False
    return bool(ric.calc_check_digit(number) == number[17])


class CnIdCardRecognizer(PatternRecognizer):
    name = "cn_id_card"
    labels = ("CN_ID_CARD",)
    pattern = re.compile(
        r"(?<![0-9A-Za-z])\d{6}(?:(?P<sep>[ -]?)(?:19|20)\d{6}(?P=sep)\d{3}"
        # or area / year / month-day / sequence: 110105 1988 0214 2315
        r"|(?P<sep4>[ -])(?:19|20)\d\d(?P=sep4)\d{4}(?P=sep4)\d{3})[\dXx](?![0-9A-Za-z])"
    )
    score = 0.9
    trigger = re.compile(r"\d[\dOIl]{5}|[OIl]\d{5}")
    # the same shape with OCR's letters for digits (at least fourteen real digits)
    _OCR = re.compile(
        r"(?<![0-9A-Za-z])[\dOIl]{6}(?:(?P<sep>[ -]?)[\dOIl]{8}(?P=sep)[\dOIl]{3})"
        r"[\dXxOIl](?![0-9A-Za-z])"
    )
    _OCR_DIGITS = str.maketrans("OIl", "011")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        yield from super().analyze(text, language)
        for match in self._OCR.finditer(text):
            value = match.group()
            letters = sum(ch in "OIl" for ch in value)
            if not letters or sum(ch.isdigit() for ch in value) < 14:
                continue
            number = value.replace(match.group("sep") or "\0", "").translate(self._OCR_DIGITS)
            if is_valid_resident_id(number):
                yield self.entity(match.start(), match.end(), "CN_ID_CARD", self.score)

    def validate(self, match: re.Match[str]) -> float | None:
        separator = match.group("sep") or match.group("sep4")
        number = match.group().replace(separator, "") if separator else match.group()
        return self.score if is_valid_resident_id(number) else None
