"""Telephone numbers: candidate digit groups validated with Google's libphonenumber.

A number valid in the text's home region (US for English, CN for Chinese) and written with
separators, or in international form (``+…``), scores 0.7; a bare digit run valid at home 0.5;
valid elsewhere or merely possible, lower, so that
only a phone cue (``tel``, ``call``, ``电话``, ``手机``) lifts it over the threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from steward.data.pii.recognizers.base import Entity, Recognizer, digits_of

_HOME = {"en": ("US", "GB"), "zh": ("CN",)}
_OTHER = ("US", "CN", "GB", "DE", "FR", "IT", "ES", "NL", "IN", "AU", "CA", "SE", "DK", "NO")


_EXTENSION = re.compile(r"[ \t]?(?:x|ext\.?|#)[ \t]?\d{1,6}$")


class PhoneRecognizer(Recognizer):
    name = "phone"
    labels = ("PHONE_NUMBER",)
    pattern = re.compile(
        r"(?<![0-9A-Za-z+])"
        r"(?:(?:\+|00)\d{1,3}(?:\s?\(0\))?[\s.-]?|\(\+?\d{1,3}\)\s?)?"
        r"(?:\(\d{1,5}\)[\s.-]?)?"
        r"\d{1,14}(?:[ .-]\d{1,6}){0,5}"
        r"(?:[ \t]?(?:x|ext\.?|#)[ \t]?\d{1,6})?"
        r"(?![0-9A-Za-z]|[.,-]\d)"
    )
    # Shapes that are digits in a row but never a phone number: a timestamp's date and hour,
    # a dotted IPv4 address.
    _NOT_PHONE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d\b|\d{1,3}(?:\.\d{1,3}){3}$")
    # Seven digits with at most a few separators between each two: every candidate has them.
    trigger = re.compile(r"\d(?:[\s.()-]{0,3}\d){6}")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        home = _HOME.get(language, ("US",))
        for match in self.pattern.finditer(text):
            value = match.group()
            if self._NOT_PHONE.match(value):
                continue
            n = len(digits_of(_EXTENSION.sub("", value)))
            if not 7 <= n <= 15:
                continue
            score = self._score(value, n, home)
            if score is not None:
                yield self.entity(match.start(), match.end(), "PHONE_NUMBER", score)

    @staticmethod
    @lru_cache(maxsize=65_536)
    def _score(value: str, n: int, home: tuple[str, ...]) -> float | None:
        international = value.startswith(("+", "(+", "00"))
        if value.startswith("00"):
            value = "+" + value[2:]  # the international prefix of most of the world
        best: float | None = None
        for region in home + tuple(r for r in _OTHER if r not in home):
            try:
                number = phonenumbers.parse(value, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                if international or (region in home and not value.isdigit()):
                    return 0.7
                return 0.5 if region in home else 0.4
            if best is None and phonenumbers.is_possible_number(number):
                best = 0.35 if n >= 10 else 0.3
            if international:
                break
        return best
