"""Telephone numbers: candidate digit groups validated with Google's libphonenumber.

A number valid in the text's home region (US for English, CN for Chinese) and written with
separators, or in international form (``+…``), scores 0.7; a bare digit run valid at home 0.5;
valid elsewhere or merely possible, lower, so that
only a phone cue (``tel``, ``call``, ``电话``, ``手机``) lifts it over the threshold.

Business numbers are not personal: a number libphonenumber types as toll-free, shared-cost,
premium-rate or universal-access (CN ``400…`` / ``800…``, UK ``0345…`` / ``0800…``, US
``1-800…`` / ``1-888…``), or one the text presents as a hotline (``客服热线021-…``,
``Customer Services: 020 …``), is not reported unless ``report_business_numbers`` is set
(``pii.business_numbers: report`` in the policy).

Numbers read aloud are found too (:class:`SpokenNumberRecognizer` in ``spoken_digits``):
Chinese numerals (``一三九零零一二三四五六``) and digits spaced one by one
(``1 3 8 0 0 1 3 8 0 0 0``) are normalised to digits, validated the same way, and reported
with the offsets of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from steward.data.pii.recognizers.base import Entity, Recognizer, digits_of

_HOME = {"en": ("US", "GB"), "zh": ("CN",)}
_OTHER = (
    "US", "CN", "GB", "HK", "DE", "FR", "IT", "ES", "NL", "IN", "AU", "CA", "SE", "DK", "NO",
    "TW", "SG", "MO",
)  # fmt: skip


# Numbers a business publishes for anyone to call, not a person's line.
BUSINESS_TYPES = frozenset(
    {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.UAN,
    }
)

# An extension is part of the phone span (the convention): it is what one dials to reach the
# person. ``x204``, ``ext. 204``, ``extension 204``, ``#204``, ``转8021``, ``分机 8021``.
_EXTENSION_BODY = (
    r"(?:[ \t]?(?:x|extn?\.?:?|extension|#)[ \t]?\d{1,6}"
    r"|[ \t]?(?:转|轉|分机|分机号|分機|分機號)[ \t]?[:：]?[ \t]?\d{1,6})"
)
_EXTENSION = re.compile(_EXTENSION_BODY + "$")
_GROUPS = re.compile(r"\d+")
_UK_MOBILE_SHAPE = re.compile(r"(?:0|44)7\d{9}")
_DASH_EXTENSION = re.compile(r"(?<=\d{4})-\d{1,4}$")


def _business(number: phonenumbers.PhoneNumber, value: str, international: bool) -> bool:
    """A business number, written the way that region writes it: ``0345 300 0000`` in the UK
    (a bare ``345…`` is not how anyone there writes that number), ``400-820-8888``, ``1-800…``
    or in international form."""
    kind = phonenumbers.number_type(number)
    if kind not in BUSINESS_TYPES:
        return False
    written = digits_of(value)
    national_format = phonenumbers.PhoneNumberFormat.NATIONAL
    formatted = phonenumbers.format_number(number, national_format)
    national = digits_of(formatted)
    significant = phonenumbers.national_significant_number(number)
    if (
        kind == phonenumbers.PhoneNumberType.UAN
        and not international
        and not value.isdigit()
        and _GROUPS.findall(value) != _GROUPS.findall(formatted)
    ):
        # UK 03… numbers cost what a landline costs and are not only businesses': one is a
        # business line when written as published (0345 300 0000), not as "0341 8387176".
        return False
    return international or written in (national, f"{number.country_code}{significant}")


# Words that present the number after them as a business's line, whatever its shape: a bank's
# or a company's hotline is often an ordinary landline ("客服热线021-3878 4988").
_HOTLINE_BEFORE = re.compile(
    r"(?:hotline|helpline|help line|customer services?|customer care|switchboard"
    r"|call cent(?:re|er)|热线|客服电话|客服号码|服务电话|官方电话|总机|全国统一"
    # the business speaking of itself ("call us on", "our line"), lines open around the clock,
    # numbers for callers abroad: a bank's line, not the customer's
    r"|(?:call|ring|phone|contact|reach) us|24/7|24h|24 hours|24-hour|round the clock"
    # "reach our fraud team on", "our premier line:"
    r"|\bour(?:[ \t]+[a-z]+){0,2}[ \t]+(?:team|line|number|desk|branch|office|helpline)"
    # (where to call from abroad, not "I'm calling from abroad: 001-…")
    r"|(?:from abroad|from overseas|outside the [A-Z]{2,3}),?[ \t]+(?:please[ \t]+)?"
    r"(?:call|dial|ring|phone)"
    r"|(?:境外|海外|国外|國外)[请請]?(?:拨打|拨|撥打|撥|致电|致電))"
    r"[^\d\n]{0,8}$",
    re.IGNORECASE,
)
# ... or words right after it: "+1 212-555-0100 (our switchboard)", "拨打95588查询"
_HOTLINE_AFTER = re.compile(
    r"[ \t]*(?:\(?(?:our |the bank's )?(?:switchboard|hotline|helpline|toll[- ]free|24/7|24h)\b"
    # opening hours: "(Mon-Fri 9am-5pm)", "(lines open 8am to 8pm)"
    r"|\(?(?:Mon(?:day)?[ \t]*(?:-|–|to)|lines (?:are )?open|open (?:daily|24))"
    r"|查询|咨询|转人工)",
    re.IGNORECASE,
)


def introduced_as_hotline(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a word that makes it a business's hotline."""
    return _HOTLINE_BEFORE.search(text, max(0, start - 28), start) is not None


def followed_as_hotline(text: str, end: int) -> bool:
    """Whether words right after the number at ``end`` make it a business's line."""
    return _HOTLINE_AFTER.match(text, end) is not None


class PhoneRecognizer(Recognizer):
    name = "phone"
    labels = ("PHONE_NUMBER",)
    pattern = re.compile(
        # (not inside a reference code: "CAS-2024-185973")
        r"(?<![0-9A-Za-z+])(?<![A-Za-z]-)"
        r"(?:(?:\+|00)\d{1,3}(?:\s?\(0\))?[\s.-]?|\(\+?\d{1,3}\)\s?)?"
        r"(?:\(\d{1,5}\)[\s.-]?)?"
        # groups of up to 8 digits: a Chinese landline's local number (0755-27798411)
        r"\d{1,14}(?:[ .-]\d{1,8}){0,5}"
        rf"{_EXTENSION_BODY}?"
        r"(?![0-9A-Za-z]|[.,-]\d)"
    )
    # Shapes that are digits in a row but never a phone number: a timestamp's date and hour,
    # a dotted IPv4 address.
    _NOT_PHONE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d\b|\d{1,3}(?:\.\d{1,3}){3}$")
    # Seven digits with at most a few separators between each two: every candidate has them.
    trigger = re.compile(r"\d(?:[\s.()-]{0,3}\d){6}")

    def __init__(self, report_business_numbers: bool = False) -> None:
        self.report_business_numbers = report_business_numbers

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        home = _HOME.get(language, ("US",))
        for match in self.pattern.finditer(text):
            value = match.group()
            if self._NOT_PHONE.match(value):
                continue
            if not self.report_business_numbers and (
                introduced_as_hotline(text, match.start()) or followed_as_hotline(text, match.end())
            ):
                continue
            number = _EXTENSION.sub("", value)
            candidates = [number]
            dashed = _DASH_EXTENSION.search(number)
            if dashed is not None:
                # "(0571)61560561-9563": a Chinese landline's extension after a dash
                candidates.append(number[: dashed.start()])
            score: float | None = None
            for candidate in candidates:
                n = len(digits_of(candidate))
                if not 7 <= n <= 15:
                    continue
                found = self._score(candidate, n, home, self.report_business_numbers)
                if found is not None and (score is None or found > score):
                    score = found
            if score is not None:
                yield self.entity(match.start(), match.end(), "PHONE_NUMBER", score)

    @staticmethod
    @lru_cache(maxsize=65_536)
    def _score(
        value: str, n: int, home: tuple[str, ...], report_business: bool = False
    ) -> float | None:
        international = value.startswith(("+", "(+", "00"))
        if value.startswith("00"):
            value = "+" + value[2:]  # the international prefix of most of the world
        if "GB" in home and _UK_MOBILE_SHAPE.fullmatch(digits_of(value)):
            # Every 07… number is a mobile or personal number, whether or not libphonenumber
            # lists its range (Ofcom keeps 07700 900xxx for fiction, and opens new ranges).
            return 0.7 if international or not value.isdigit() else 0.5
        best: float | None = None
        for region in home + tuple(r for r in _OTHER if r not in home):
            try:
                number = phonenumbers.parse(value, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                # Only at home (or written internationally): abroad, the same digits are
                # often a person's line ("(08) 8747 6301" is an Australian landline).
                at_home = international or region in home
                if at_home and not report_business and _business(number, value, international):
                    return None
                if international or (region in home and not value.isdigit()):
                    return 0.7
                return 0.5 if region in home else 0.4
            if best is None and phonenumbers.is_possible_number(number):
                best = 0.35 if n >= 10 else 0.3
            if international:
                break
        return best
