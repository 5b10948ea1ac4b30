"""Numbers read aloud: Chinese numerals digit by digit, or digits spaced one by one.

Call-centre transcripts write a number as it was said: ``一三九零零一二三四五六`` (幺 and 〇
also read as 1 and 0), ``1 3 8 0 0 1 3 8 0 0 0`` or, in English, ``oh seven seven zero zero,
nine double one…`` ("oh" is 0, "double five" is 55). The run is normalised to plain digits
and validated like a written number — a resident ID by its check character and birth date,
a card or account number by the rules of :mod:`cards` (``卡号是六二二二…``: Luhn, BIN and
cues), otherwise a phone number by libphonenumber (same scores as :class:`PhoneRecognizer`,
business numbers skipped unless reported) — and the span keeps the original text's offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.us import ssn

from steward.data.pii.context import nearest_cue
from steward.data.pii.recognizers.base import Entity, Recognizer
from steward.data.pii.recognizers.cards import classify_card_number
from steward.data.pii.recognizers.cn_id import is_valid_resident_id
from steward.data.pii.recognizers.phone import _HOME, HALF_WIDTH, PhoneRecognizer

# (洞 is 0 and 幺 is 1 as radio and call-centre staff read digits)
NUMERAL_DIGITS = str.maketrans("零〇洞一幺二两三四五六七八九叉", "00011223456789X")
# 两 reads as 2 only inside a run of numerals (two thousand is 两千, never digit by digit).


# English digits said one by one in a transcript: "oh seven seven zero zero, nine double one".
_EN_DIGITS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ate": "8",
    "for": "4",
    "to": "2",
    "too": "2",
}
_EN_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# a pause between groups: a comma, a dash, or a transcript's dots ("two four oh ... oh five")
_EN_SEPARATOR = r"(?:[ \t]*(?:[,-]|\.{2,3}|…)[ \t]*|[ \t]+)"
# what speech recognition writes for a digit it heard ("ate", "for", "to"): a digit only
# between two digit words, never the first or the last of a run ("… two one for the form")
_EN_HOMOPHONE = "(?:ate|for|to|too)"
# ("double five", or hyphenated as a careful typist writes it: "oh-double-seven")
_EN_TOKEN = rf"(?:(?:double|triple)[ \t-]+)?{_EN_WORD}"
_EN_LATER_TOKEN = (
    rf"(?:(?:double|triple)[ \t-]+)?"
    rf"(?:{_EN_WORD}|{_EN_HOMOPHONE}"
    rf"(?=(?:{_EN_SEPARATOR}{_EN_HOMOPHONE})*{_EN_SEPARATOR}"
    rf"(?:(?:double|triple)[ \t-]+)?{_EN_WORD}\b))"
)
_EN_TOKENS = re.compile(
    rf"(?:(double|triple)[ \t-]+)?\b({_EN_WORD}|{_EN_HOMOPHONE})\b", re.IGNORECASE
)


def english_digits(value: str) -> str:
    """The digits of English number words said one by one ("double five" is 55)."""
    return "".join(
        _EN_DIGITS[word.lower()] * (1 if not repeat else 2 if repeat.lower() == "double" else 3)
        for repeat, word in _EN_TOKENS.findall(value)
    )


# A toll-free or premium prefix said as a number ("one eight hundred", "oh eight hundred",
# "nine hundred") right before the digits: a business line, read in two parts.
_TOLL_FREE_SAID = re.compile(
    r"(?i:\b(?:(?:one|oh|zero)[ \t,-]+)?(?:eight|nine)[ \t]+hundred[ \t]*[,-]?[ \t]*\Z)"
)


_NUMBER_RIVALS = frozenset({"CREDIT_CARD", "BANK_ACCOUNT", "PHONE_NUMBER", "US_SSN"})


def _account_on_the_line(text: str, start: int, window: int = 30) -> bool:
    """Whether the nearest number cue before ``start``, on its own line, names an account."""
    line_start = text.rfind("\n", 0, start) + 1
    cue = nearest_cue(
        text[line_start:start], start - line_start, start - line_start, window, _NUMBER_RIVALS
    )
    return cue is not None and "BANK_ACCOUNT" in cue


_SORT_CODE_ASKED = re.compile(r"(?i)\bsort[ \t-]?code\b")
_PAUSE = re.compile(r"[ \t]*(?:\.{2,3}|…|[,-])[ \t]*")


def _after_sort_code(text: str, start: int, value: str) -> int | None:
    """Where the account starts in ``value`` (fourteen digits said at ``start``), when a sort
    code was asked for just before and a pause follows its six digits."""
    if _SORT_CODE_ASKED.search(text, max(0, start - 160), start) is None:
        return None
    count = 0
    for token in _EN_TOKENS.finditer(value):
        repeat = token.group(1)
        count += 1 if not repeat else 2 if repeat.lower() == "double" else 3
        if count == 6:
            pause = _PAUSE.match(value, token.end())
            return None if pause is None else start + pause.end()
        if count > 6:
            return None
    return None


class SpokenNumberRecognizer(Recognizer):
    name = "spoken_number"
    labels = ("PHONE_NUMBER", "CN_ID_CARD", "CREDIT_CARD", "BANK_ACCOUNT", "US_SSN")
    pattern = re.compile(
        r"(?<![零〇洞一幺二两三四五六七八九\d])"
        # groups said with pauses: 幺八六，幺九八四，八幺五幺 / 幺八七…五两零两; an ID's check
        # character X (叉)
        r"[零〇洞一幺二两三四五六七八九]"
        r"(?:(?:[ ,，、-]|…{1,2})?[零〇洞一幺二两三四五六七八九]){6,18}"
        r"(?:[叉Xx](?![A-Za-z]))?(?![零〇洞一幺二两三四五六七八九\d])"
        r"|(?<![\w.,+-])\d(?:(?: {1,2}|[ \t]*[,-][ \t]*)\d){6,18}(?![\w]|[.,-]\d)"
        rf"|(?P<english>(?i:\b{_EN_TOKEN}(?:{_EN_SEPARATOR}{_EN_LATER_TOKEN}){{5,17}}\b))"
    )
    trigger = re.compile(
        r"[零〇洞一幺二两三四五六七八九](?:(?:[ ,，、-]|…{1,2})?[零〇洞一幺二两三四五六七八九]){6}"
        r"|\d(?:(?: {1,2}|[ \t]*[,-][ \t]*)\d){6}"
        rf"|\b{_EN_WORD}[ \t]*[,-]?[ \t]+(?:{_EN_WORD}|double|triple)\b",
        re.IGNORECASE,
    )

    def __init__(self, report_business_numbers: bool = False) -> None:
        self.report_business_numbers = report_business_numbers

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        home = _HOME.get(language, ("US",))
        for match in self.pattern.finditer(text):
            value = match.group()
            if match.group("english"):
                digits = english_digits(value)
            else:
                # full-width digits too ("１ ３ ８ …"), so that libphonenumber's reading and the
                # business-number check see ASCII digits
                spoken = value.translate(NUMERAL_DIGITS).translate(HALF_WIDTH)
                digits = "".join(ch for ch in spoken if ch.isdigit() or ch in "Xx")
            if match.group("english") and len(digits) == 14:
                account_start = _after_sort_code(text, match.start(), value)
                if account_start is not None:
                    # "Say your sort code, then your account number": six digits, a pause,
                    # eight digits; the account is the eight
                    yield self.entity(account_start, match.end(), "BANK_ACCOUNT", 0.6)
                    continue
            if digits[-1:] in ("X", "x"):
                if len(digits) == 18 and is_valid_resident_id(digits):
                    yield self.entity(match.start(), match.end(), "CN_ID_CARD", 0.9)
                continue  # only an ID number ends in X
            if len(digits) == 18 and is_valid_resident_id(digits):
                yield self.entity(match.start(), match.end(), "CN_ID_CARD", 0.9)
                continue
            if len(digits) >= 12 or match.group("english"):
                card = classify_card_number(
                    text, match.start(), match.end(), language, digits=digits
                )
                if card is not None and (
                    len(digits) >= 12
                    or (card[0] == "BANK_ACCOUNT" and _account_on_the_line(text, match.start()))
                ):
                    # (fewer digits: an account only where an account cue on its own line
                    # introduces them, "my account number is seven five six…"; the answer to
                    # "the mobile number on the account?" is a phone's)
                    label, card_score = card
                    if label == "CREDIT_CARD" and len(digits) >= 16:
                        # sixteen or more digits read one by one that pass Luhn: longer than
                        # any phone number, so a phone cue near ("call me back") is no rival
                        card_score = max(card_score, 0.7)
                    yield self.entity(match.start(), match.end(), label, card_score)
                    continue
            if len(digits) == 9 and language == "en" and ssn.is_valid(digits):
                # like nine written digits: an SSN only where a cue ("social") says so
                yield self.entity(match.start(), match.end(), "US_SSN", 0.2)
            if not 7 <= len(digits) <= 15:
                continue
            if not self.report_business_numbers and _TOLL_FREE_SAID.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "one eight hundred, four six two…": the rest of a 1-800 number
            score = PhoneRecognizer._score(digits, len(digits), home, self.report_business_numbers)
            if score is not None:
                yield self.entity(match.start(), match.end(), "PHONE_NUMBER", score)
