"""Pattern recognizers, one small class per kind of personal data, in a registry by label.

This is the regex-level first version: numbers are validated with python-stdnum (Luhn, the
GB 11643 resident-ID checksum) so random digit runs are not reported; names are found only
after an explicit self-introduction ("my name is …", "我叫…").
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from stdnum import luhn
from stdnum.cn import ric


@dataclass(frozen=True, order=True)
class Entity:
    start: int
    end: int
    label: str
    score: float
    recognizer: str

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


class Recognizer:
    """Finds one kind of personal data. Subclasses set ``label``, ``pattern`` and ``score``."""

    label: ClassVar[str]
    pattern: ClassVar[re.Pattern[str]]
    score: ClassVar[float] = 0.8

    def validate(self, match: re.Match[str]) -> bool:
        return True

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        return match.span()

    def analyze(self, text: str) -> Iterator[Entity]:
        for match in self.pattern.finditer(text):
            if self.validate(match):
                start, end = self.span(match)
                yield Entity(start, end, self.label, self.score, type(self).__name__)


class EmailRecognizer(Recognizer):
    label = "EMAIL_ADDRESS"
    pattern = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
    score = 0.95


class CreditCardRecognizer(Recognizer):
    label = "CREDIT_CARD"
    pattern = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
    score = 0.95

    def validate(self, match: re.Match[str]) -> bool:
        digits = re.sub(r"\D", "", match.group())
        return 13 <= len(digits) <= 19 and luhn.is_valid(digits)


class CnIdCardRecognizer(Recognizer):
    label = "CN_ID_CARD"
    pattern = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
    score = 0.97

    def validate(self, match: re.Match[str]) -> bool:
        return bool(ric.is_valid(match.group().upper()))


class PhoneRecognizer(Recognizer):
    label = "PHONE_NUMBER"
    pattern = re.compile(
        r"(?<![\d+])(?:"
        r"(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}"  # mainland China mobile
        r"|\+44[ ]?\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}|0\d{4}[ ]?\d{6}"  # UK
        r"|(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}"  # North America
        r")(?!\d)"
    )
    score = 0.75


class IpAddressRecognizer(Recognizer):
    label = "IP_ADDRESS"
    pattern = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
    score = 0.8

    def validate(self, match: re.Match[str]) -> bool:
        try:
            ipaddress.ip_address(match.group())
        except ValueError:
            return False
        return True


class IntroducedNameRecognizer(Recognizer):
    """A name right after a self-introduction, English or Chinese."""

    label = "PERSON"
    pattern = re.compile(
        r"(?:\b(?:[Mm]y name is|[Tt]his is|I am|I'm|[Nn]ame:)\s+"
        r"(?P<en>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))"
        r"|(?:(?:我叫|我是|本人|姓名[:：]?)\s*(?P<zh>[\u4e00-\u9fff]{2,3}))"
    )
    score = 0.7
    # "I am Lost" / "我是客户": introductions followed by a common word, not a name.
    _NOT_NAMES = frozenset(
        {
            "The",
            "A",
            "An",
            "Not",
            "Very",
            "So",
            "Calling",
            "Trying",
            "Writing",
            "Looking",
            "Still",
            "Unable",
            "Having",
            "Just",
            "Here",
            "Your",
        }
    )
    _ZH_NOT_NAMES = ("客户", "用户", "本人", "想", "要", "在", "你们", "贵行", "持卡")

    def validate(self, match: re.Match[str]) -> bool:
        if match.group("en"):
            return match.group("en").split()[0] not in self._NOT_NAMES
        return not match.group("zh").startswith(self._ZH_NOT_NAMES)

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        group = "en" if match.group("en") else "zh"
        return match.span(group)


RECOGNIZERS: dict[str, type[Recognizer]] = {
    cls.label: cls
    for cls in (
        EmailRecognizer,
        CreditCardRecognizer,
        CnIdCardRecognizer,
        PhoneRecognizer,
        IpAddressRecognizer,
        IntroducedNameRecognizer,
    )
}


def resolve_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Keep the best of overlapping spans: higher score, then longer, then earlier."""
    ranked = sorted(entities, key=lambda e: (-e.score, -(e.end - e.start), e.start, e.label))
    chosen: list[Entity] = []
    for entity in ranked:
        if all(entity.end <= other.start or entity.start >= other.end for other in chosen):
            chosen.append(entity)
    return sorted(chosen)


def detect(text: str, labels: Iterable[str] | None = None) -> list[Entity]:
    wanted = list(labels) if labels is not None else list(RECOGNIZERS)
    found: list[Entity] = []
    for label in wanted:
        found.extend(RECOGNIZERS[label]().analyze(text))
    return resolve_overlaps(found)
