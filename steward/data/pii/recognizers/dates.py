"""Dates: a date of birth where a birth cue is near, otherwise a plain date (not reported
unless a personal-event cue such as ``married`` / ``去世`` lifts it over the threshold).

Transaction, maturity and due dates therefore stay unmasked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from steward.data.pii.context import CUES, cues_near, question_cues
from steward.data.pii.recognizers.base import Entity, Recognizer, ocr_digits

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


# A date read aloud: "the eleventh of July, nineteen fifty-two", "May the 3rd, two thousand
# and one". Day ordinals and year words are spelled out; digits are handled above.
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
]
_ORDINAL_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS)}
_ORDINALS.update({w: i + 10 for i, w in enumerate(_ORDINAL_TEENS)})
_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
for _tens_word, _tens in (("twenty", 20), ("thirty", 30)):
    for _i, _unit in enumerate(_ORDINAL_UNITS[: 9 if _tens == 20 else 1]):
        for _joiner in ("-", " "):
            _ORDINALS[f"{_tens_word}{_joiner}{_unit}"] = _tens + _i + 1
_NUMBER_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
_NUMBER_WORDS.update({w: i + 10 for i, w in enumerate(_TEENS)})
_NUMBER_WORDS.update(_TENS)
for _tens_word, _tens in _TENS.items():
    for _i, _unit in enumerate(_UNITS):
        for _joiner in ("-", " "):
            _NUMBER_WORDS[f"{_tens_word}{_joiner}{_unit}"] = _tens + _i + 1
for _i, _unit in enumerate(_UNITS):
    _NUMBER_WORDS[f"oh {_unit}"] = _i + 1  # "nineteen oh five"


def _alternation(words_: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words_, key=len, reverse=True))


_SPOKEN_DAY = rf"(?:(?P<dw{{n}}>{_alternation(_ORDINALS)})|(?P<dn{{n}}>\d{{{{1,2}}}}){_DAY_SUFFIX})"
_SPOKEN_YEAR = (
    rf"(?P<century{{n}}>nineteen|twenty)[ \t]+(?P<yy{{n}}>{_alternation(_NUMBER_WORDS)})"
    rf"|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?P<y2k{{n}}>{_alternation(_NUMBER_WORDS)}))?"
)


def _spoken_year(g: dict[str, str | None], n: int) -> int:
    century = g[f"century{n}"]
    if century:
        base = 1900 if century.lower() == "nineteen" else 2000
        return base + _NUMBER_WORDS[(g[f"yy{n}"] or "").lower()]
    return 2000 + _NUMBER_WORDS.get((g[f"y2k{n}"] or "").lower(), 0)


def _spoken_day(g: dict[str, str | None], n: int) -> int:
    word = g[f"dw{n}"]
    return _ORDINALS[word.lower()] if word else int(g[f"dn{n}"] or 0)


_PATTERN = re.compile(
    "|".join(
        _BRANCHES := [
            # "the eleventh of July, nineteen fifty-two"
            rf"(?P<spoken7>{_SPOKEN_DAY.format(n=7)})[ \t]+of[ \t]+(?P<mon7>"
            + "|".join(sorted(_MONTHS, key=len, reverse=True))
            + rf"),?[ \t]+(?:{_SPOKEN_YEAR.format(n=7)})\b",
            # "July the eleventh, nineteen fifty-two"
            r"(?P<mon8>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")[ \t]+"
            rf"(?:the[ \t]+)?(?P<spoken8>{_SPOKEN_DAY.format(n=8)}),?[ \t]+"
            rf"(?:{_SPOKEN_YEAR.format(n=8)})\b",
            rf"(?<![A-Za-z]){_MONTH}\s+(?P<d1>\d{{1,2}}){_DAY_SUFFIX},?\s+(?P<y1>\d{{4}})",
            # "5th of May 1990", and with dashes as forms and card systems print it: 27-Dec-2003
            rf"(?P<d2>\d{{1,2}}){_DAY_SUFFIX}(?:\s+(?:of\s+)?|-){_MONTH.replace('mon', 'mon2')}"
            rf"(?:,?\s+|-)(?P<y2>\d{{4}})",
            # Taiwan writes a Republic-of-China year: 生日 78/10/10 (1989-10-10); Chinese only
            # and, in English, a two-digit year after the day and month: 03/14/87, 12.6.67
            r"(?<![\d/.-])(?P<y9>\d{1,3})(?P<s9>[/.])(?P<m9>\d{1,2})(?P=s9)(?P<d9>\d{1,2})"
            r"(?![\d/]|\.\d)",
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

# The pattern above costs most where a text has no date: at every character it tries the
# month names, the spoken ordinals and the Chinese years. A branch with a month name cannot
# match in a text without a month's first three letters, one with a spoken year without
# "nineteen", "twenty" or "thousand", one with 年 without 年; those branches are switched off
# (``(?!)`` in front of empty groups of the same names, so ``_parse`` reads the same
# ``groupdict``) and the matches stay the same (tests/data/pii/test_speedups.py checks them
# against ``_PATTERN``). A text with a spoken year gets ``_PATTERN`` itself.
_MONTH_PREFIXES = tuple(sorted({name[:3] for name in _MONTHS}))
_SPOKEN_YEAR_WORDS = ("nineteen", "twenty", "thousand")
_MONTH_WORD = re.compile("|".join(_MONTH_PREFIXES), re.IGNORECASE)
_SPOKEN_YEAR_WORD = re.compile("|".join(_SPOKEN_YEAR_WORDS), re.IGNORECASE)
# The only characters IGNORECASE matches to an ASCII letter that ``lower()`` does not turn
# into that one letter: İ (lower-cased to two characters), ı (an i) and ſ (an s).
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f")
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


def _switched_off(branch: str) -> str:
    return "(?!)" + "".join(f"(?P<{name}>)" for name in _GROUP_NAME.findall(branch))


def _pattern_without(month: bool, zh_year: bool) -> re.Pattern[str]:
    """``_PATTERN`` without the spoken-year branches, nor those that need a month name
    (unless ``month``) or 年 (unless ``zh_year``)."""
    kept = [
        branch
        if (month or "(?P<mon" not in branch)
        and "(?P<century" not in branch
        and (zh_year or "年" not in branch)
        else _switched_off(branch)
        for branch in _BRANCHES
    ]
    return re.compile("|".join(kept), re.IGNORECASE)


# compiled once, at import (a few milliseconds each: without the spoken years they are small)
_WITHOUT_SPOKEN_YEARS = {
    (month, zh_year): _pattern_without(month, zh_year)
    for month in (False, True)
    for zh_year in (False, True)
}


def date_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PATTERN.finditer(text)``, faster: branches that cannot match are switched off."""
    if not any(odd in text for odd in _ODD_FOLDS):
        # IGNORECASE matches an ASCII letter where ``lower()`` gives it: substring tests of
        # the lower-cased text, no regex scan
        lowered = text.lower()
        month = any(prefix in lowered for prefix in _MONTH_PREFIXES)
        spoken_year = month and any(word in lowered for word in _SPOKEN_YEAR_WORDS)
    else:
        month = _MONTH_WORD.search(text) is not None
        spoken_year = month and _SPOKEN_YEAR_WORD.search(text) is not None
    if spoken_year:
        return _PATTERN.finditer(text)
    return _WITHOUT_SPOKEN_YEARS[(month, "年" in text)].finditer(text)


def _parse(match: re.Match[str]) -> dt.date | None:
    g = match.groupdict()
    try:
        if g["spoken7"]:
            return dt.date(_spoken_year(g, 7), _MONTHS[g["mon7"].lower()], _spoken_day(g, 7))
        if g["spoken8"]:
            return dt.date(_spoken_year(g, 8), _MONTHS[g["mon8"].lower()], _spoken_day(g, 8))
        if g["y9"]:
            return dt.date(int(g["y9"]) + 1911, int(g["m9"]), int(g["d9"]))
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


_CUE_BIRTH = re.compile(
    r"(?i:(?<![a-z0-9])(?:"
    + "|".join(re.escape(c) for c in sorted(CUES["DATE_OF_BIRTH"], key=len, reverse=True))
    + r")(?![a-z]))"
)
# Words that make the date right after them some other day than a birth: "date of birth
# 16/04/1955, died 1 April 2025", "DOB 03/02/1980; statement date 01/05/2024".
_OTHER_DAY = re.compile(
    r"(?i:\b(?:died|death|deceased|passed\s+away|statement|appointment|expiry|expires?|"
    r"valid|due|paid|payment|issued?|opened|closed|dated|effective)\b)"
)


def _two_digit_year_date(match: re.Match[str]) -> dt.date | None:
    """The date of a ``m/d/yy`` (or ``d/m/yy`` where the first number cannot be a month)
    match of the ROC branch, in the last century unless that puts it in the future."""
    first, second, yy = match.group("y9"), match.group("m9"), match.group("d9")
    if len(first) > 2 or len(yy) != 2:
        return None
    month, day = int(first), int(second)
    if month > 12:
        month, day = day, month
    today = dt.date.today()
    year = int(yy) + (2000 if int(yy) <= today.year % 100 else 1900)
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if found <= today else None


# (literal words, no IGNORECASE: searched in every text the recognizer reads, so kept cheap)
_BIRTH_WORD = re.compile(r"birth|Birth|BIRTH|DOB|dob|D\.O\.B|d\.o\.b|born|Born|出生|生日|生[于於]")
_FULL_WIDTH_SIGNS = str.maketrans("／－．", "/-.")
# A date of birth in eight digits with no separator (``出生日期19780406``, ``生日：19551210``,
# ``DOB 19780406``), as forms and ID systems print it: only right after its birth label, as
# the same digits elsewhere are an order, a reference or part of an ID number.
_COMPACT_AFTER_BIRTH = re.compile(
    r"(?:出生日期|出生年月日|出生年月|出生|生日|(?i:d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|born))"
    r"[ \t]*(?:[:：]|是|为|為|于|於|在)?[ \t]*(?P<date>(?:19|20)\d{6})(?!\d)"
)
# and before its birth word, as Chinese writes a birth: ``20190312出生``, ``19720812生``,
# ``1985 0412 出世``; ``19880101生人``; English: ``19780406 (DOB)``
_COMPACT_BEFORE_BIRTH = re.compile(
    r"(?<![\d.-])(?P<date>(?:19|20)\d{6})(?![\d.-])[ \t]*(?:年)?[ \t]*(?:[（(][ \t]*)?"
    r"(?:出生|出世|生人|生(?![产活意效日])|(?i:d\.?o\.?b\b|date[ \t]+of[ \t]+birth|born\b))"
)


def _compact_births(text: str) -> Iterator[re.Match[str]]:
    """Eight-digit dates right after a birth word, then those right before one (a date both
    follow and precede is read once, after)."""
    seen: set[int] = set()
    for pattern in (_COMPACT_AFTER_BIRTH, _COMPACT_BEFORE_BIRTH):
        for compact in pattern.finditer(text):
            if compact.start("date") not in seen:
                seen.add(compact.start("date"))
                yield compact


class DateRecognizer(Recognizer):
    name = "date"
    labels = ("DATE_OF_BIRTH", "DATE_TIME")
    window = 40
    # every pattern has a four-digit year, a Chinese one ending in 年, or a year read aloud
    # (or a year a scanner misread: "I975", "197l")
    trigger = re.compile(
        r"\d{4}|年|(?i:nineteen|thousand|twenty)|\d{1,3}([/.])\d{1,2}\1\d|[OIl]\d{3}|\d{3}[OIl]"
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        # "１９８９／０３／２６" typed on a Chinese input method: its signs read as ASCII ones
        # (the digits are already), one character for one, so the offsets stay the text's
        if "／" in text or "－" in text or "．" in text:
            text = text.translate(_FULL_WIDTH_SIGNS)
        # (and a scanned form's O for 0, I or l for 1 under a birth label: "24/O2/1956")
        if _BIRTH_WORD.search(text) is not None:
            text = ocr_digits(text)
        for match in date_matches(text):
            if (
                match.group("y9")
                and language == "zh"
                and (match.group("s9") == "." or len(match.group("y9")) == 1)
            ):
                continue  # a Republic-of-China date is written 78/10/10
            if match.group("y9") and language != "zh":
                # "DOB 03/14/87" in English is a two-digit-year date, not a ROC one: a birth
                # date where a birth cue speaks of it, otherwise left alone
                born = _two_digit_year_date(match)
                if born is not None and self._born(text, match.start(), match.end()):
                    yield self.entity(match.start(), match.end(), "DATE_OF_BIRTH", 0.6)
                continue
            if text[match.end() : match.end() + 1].isdigit() or (
                match.start() > 0 and text[match.start() - 1].isdigit()
            ):
                continue
            date = _parse(match)
            if date is None or not 1900 <= date.year <= dt.date.today().year + 30:
                continue
            if date <= dt.date.today() and self._born(text, match.start(), match.end()):
                yield self.entity(match.start(), match.end(), "DATE_OF_BIRTH", 0.6)
            else:
                yield self.entity(match.start(), match.end(), "DATE_TIME", 0.2)
        if _BIRTH_WORD.search(text) is not None or "生" in text or "出世" in text:
            for compact in _compact_births(text):
                digits = compact.group("date")
                try:
                    born = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
                except ValueError:
                    continue
                if born <= dt.date.today():
                    yield self.entity(
                        compact.start("date"), compact.end("date"), "DATE_OF_BIRTH", 0.6
                    )

    def _born(self, text: str, start: int, end: int) -> bool:
        """Whether a birth cue speaks of the date at ``start:end``: the nearest birth cue in the
        window, unless a word naming another day (died, statement, due …) stands between it
        and the date; or a question about the birth date on the line above (a transcript's
        answer)."""
        cues = cues_near(text, start, end, self.window)
        births = [distance for distance, owners in cues if "DATE_OF_BIRTH" in owners]
        if not births:
            return self._born_earlier_in_sentence(text, start) or (
                "DATE_OF_BIRTH" in question_cues(text, start)
                and not _OTHER_DAY.search(text, text.rfind("\n", 0, start) + 1, start)
            )
        lo = max(0, start - self.window)
        before = [m.end() for m in _CUE_BIRTH.finditer(text, lo, start)]
        if before:
            # the date belongs to the nearest word before it: a birth cue or another day's
            other = [m.end() for m in _OTHER_DAY.finditer(text, before[-1], start)]
            return not other
        return True

    def _born_earlier_in_sentence(self, text: str, start: int) -> bool:
        """Whether a birth cue opens the sentence the date ends, out of the cue window but with
        no number, no other day's word and no sentence end between ("my date of birth on the
        form is wrong, it should be 04/11/1964"): the sentence is about the birth date."""
        lo = max(0, start - _SENTENCE_REACH)
        cues = list(_CUE_BIRTH.finditer(text, lo, start))
        if not cues:
            return False
        between = text[cues[-1].end() : start]
        return not (
            _SENTENCE_BREAK.search(between)
            or any(ch.isdigit() for ch in between)
            or _OTHER_DAY.search(between)
        )


# How far back in its sentence a birth cue may name the date (past the cue window).
_SENTENCE_REACH = 90
_SENTENCE_BREAK = re.compile(r"\n|[.!?;](?:\s|$)")
