"""Dates: a date of birth where a birth cue is near, otherwise a plain date (not reported
unless a personal-event cue such as ``married`` / ``去世`` lifts it over the threshold).

Transaction, maturity and due dates therefore stay unmasked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from steward.data.pii.context import cues_near
from steward.data.pii.recognizers.base import Entity, Recognizer

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_SUFFIX = r"(?:st|nd|rd|th)?"

_ZH_DIGIT = "[零〇一二三四五六七八九]"
_ZH_NUMBER = "(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_ZH_DIGITS = str.maketrans("零〇一二三四五六七八九", "00123456789")


def _zh_number(value: str) -> int:
    """``"1988"``, ``"一九八八"`` (digit by digit), ``"二十七"``, ``"十"``."""
    if value.isdigit():
        return int(value)
    if "十" not in value:
        return int(value.translate(_ZH_DIGITS))
    tens, _, units = value.partition("十")
    return int(tens.translate(_ZH_DIGITS) or 1) * 10 + int(units.translate(_ZH_DIGITS) or 0)


def _zh_year(value: str, roc: bool) -> int:
    year = _zh_number(value)
    if roc:
        return year + 1911
    if len(value) == 2:  # 八八年 / 88年: the last century unless that lies in the future
        return year + (1900 if year > dt.date.today().year % 100 else 2000)
    return year if len(value) == 4 else -1


_PATTERN = re.compile(
    "|".join(
        [
            rf"(?<![A-Za-z]){_MONTH}\s+(?P<d1>\d{{1,2}}){_DAY_SUFFIX},?\s+(?P<y1>\d{{4}})",
            rf"(?P<d2>\d{{1,2}}){_DAY_SUFFIX}\s+(?:of\s+)?{_MONTH.replace('mon', 'mon2')},?"
            rf"\s+(?P<y2>\d{{4}})",
            r"(?P<y3>\d{4})(?P<s3>[-/.])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})",
            r"(?P<m4>\d{1,2})(?P<s4>[-/.])(?P<d4>\d{1,2})(?P=s4)(?P<y4>\d{4})",
            r"(?P<y5>\d{4})\s*年\s*(?P<m5>\d{1,2})\s*月\s*(?P<d5>\d{1,2})\s*[日号]?",
            # 一九八八年二月十四日 / 八八年2月14号 / 民国77年2月14日: Chinese numerals, a
            # two-digit year, a Republic-of-China year (+1911)
            rf"(?P<roc>民[国國]\s*)?(?P<y6>{_ZH_DIGIT}{{4}}|\d{{4}}|{_ZH_DIGIT}{{2,3}}|\d{{2,3}})\s*年"
            rf"\s*(?P<m6>{_ZH_NUMBER}|\d{{1,2}})\s*月\s*(?P<d6>{_ZH_NUMBER}|\d{{1,2}})\s*[日号號]",
        ]
    ),
    re.IGNORECASE,
)


def _parse(match: re.Match[str]) -> dt.date | None:
    g = match.groupdict()
    try:
        if g["y1"]:
            return dt.date(int(g["y1"]), _MONTHS[g["mon"].lower()], int(g["d1"]))
        if g["y2"]:
            return dt.date(int(g["y2"]), _MONTHS[g["mon2"].lower()], int(g["d2"]))
        if g["y3"]:
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g["y4"]:
            month, day = int(g["m4"]), int(g["d4"])
            if month > 12:  # day-first (12/03/1985 is read month-first, as in the US)
                month, day = day, month
            return dt.date(int(g["y4"]), month, day)
        if g["y5"]:
            return dt.date(int(g["y5"]), int(g["m5"]), int(g["d5"]))
        if g["y6"]:
            year = _zh_year(g["y6"], bool(g["roc"]))
            return dt.date(year, _zh_number(g["m6"]), _zh_number(g["d6"]))
    except (ValueError, KeyError):
        return None
    return None


class DateRecognizer(Recognizer):
    name = "date"
    labels = ("DATE_OF_BIRTH", "DATE_TIME")
    window = 40
    # every pattern has a four-digit year, or a Chinese one ending in 年
    trigger = re.compile(r"\d{4}|年")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for match in _PATTERN.finditer(text):
            if text[match.end() : match.end() + 1].isdigit() or (
                match.start() > 0 and text[match.start() - 1].isdigit()
            ):
                continue
            date = _parse(match)
            if date is None or not 1900 <= date.year <= dt.date.today().year + 30:
                continue
            cues = cues_near(text, match.start(), match.end(), self.window)
            born = any("DATE_OF_BIRTH" in owners for _, owners in cues)
            if born and date <= dt.date.today():
                yield self.entity(match.start(), match.end(), "DATE_OF_BIRTH", 0.6)
            else:
                yield self.entity(match.start(), match.end(), "DATE_TIME", 0.2)
