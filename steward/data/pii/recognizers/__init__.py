"""Recognizers, one small class per kind of personal data (or tight family), by name.

``RECOGNIZERS`` maps a recognizer's name to its class; ``LABELS`` lists every label some
recognizer can emit. The :class:`~steward.data.pii.engine.Analyzer` instantiates the ones the
requested labels need.
"""

from __future__ import annotations

from steward.data.pii.recognizers.address_en import EnglishAddressRecognizer
from steward.data.pii.recognizers.address_zh import ChineseAddressRecognizer
from steward.data.pii.recognizers.base import (
    Entity,
    PatternRecognizer,
    Recognizer,
    resolve_overlaps,
)
from steward.data.pii.recognizers.cards import CardAndAccountRecognizer
from steward.data.pii.recognizers.cn_id import CnIdCardRecognizer
from steward.data.pii.recognizers.dates import DateRecognizer
from steward.data.pii.recognizers.email import EmailRecognizer
from steward.data.pii.recognizers.iban import IbanRecognizer
from steward.data.pii.recognizers.ip import IpAddressRecognizer
from steward.data.pii.recognizers.lowercase_names import LowercaseCuedNameRecognizer
from steward.data.pii.recognizers.person_en import (
    GivenNameRecognizer,
    IntroducedNameRecognizer,
    NameListRecognizer,
    SpacyNerRecognizer,
    SpeakerLabelRecognizer,
)
from steward.data.pii.recognizers.person_zh import JiebaPersonRecognizer
from steward.data.pii.recognizers.phone import PhoneRecognizer
from steward.data.pii.recognizers.record_formats import RecordFormatRecognizer
from steward.data.pii.recognizers.signoff import SignOffNameRecognizer
from steward.data.pii.recognizers.spoken_digits import SpokenNumberRecognizer
from steward.data.pii.recognizers.ssn import UsSsnRecognizer
from steward.data.pii.recognizers.staff_names import PinyinNameRecognizer, StaffChatNameRecognizer
from steward.data.pii.recognizers.structured_fields import StructuredFieldRecognizer
from steward.data.pii.recognizers.table_names import TableNameRecognizer
from steward.data.pii.recognizers.table_zh import ChineseTableAccountRecognizer
from steward.data.pii.recognizers.url import UrlRecognizer
from steward.data.pii.tagger.recognizer import EnTaggerRecognizer, ZhTaggerRecognizer

RECOGNIZERS: dict[str, type[Recognizer]] = {
    cls.name: cls
    for cls in (
        EmailRecognizer,
        UrlRecognizer,
        IpAddressRecognizer,
        IbanRecognizer,
        UsSsnRecognizer,
        CnIdCardRecognizer,
        CardAndAccountRecognizer,
        ChineseTableAccountRecognizer,
        PhoneRecognizer,
        SpokenNumberRecognizer,
        DateRecognizer,
        EnglishAddressRecognizer,
        ChineseAddressRecognizer,
        SpacyNerRecognizer,
        IntroducedNameRecognizer,
        GivenNameRecognizer,
        NameListRecognizer,
        SpeakerLabelRecognizer,
        StaffChatNameRecognizer,
        PinyinNameRecognizer,
        JiebaPersonRecognizer,
        SignOffNameRecognizer,
        TableNameRecognizer,
        StructuredFieldRecognizer,
        RecordFormatRecognizer,
        LowercaseCuedNameRecognizer,
        ZhTaggerRecognizer,
        EnTaggerRecognizer,
    )
}
LABELS: tuple[str, ...] = tuple(
    dict.fromkeys(label for cls in RECOGNIZERS.values() for label in cls.labels)
)

__all__ = ["LABELS", "RECOGNIZERS", "Entity", "PatternRecognizer", "Recognizer", "resolve_overlaps"]
