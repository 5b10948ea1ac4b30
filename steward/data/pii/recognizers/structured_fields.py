"""Values whose field name says what they are: a birth date, an address, a name or a phone in a
JSON payload, an XML or HTML record, a YAML block, a ``key=value`` log line or a table column.

``"dob": "19840302"``, ``<BirthDate>02-MAR-1984</BirthDate>``, ``出生日期,1990年5月1日`` under a
CSV header: no sentence names these values, and a compact or time-stamped date matches no
date pattern with a cue beside it. The field name (:func:`~steward.data.pii.structured.
field_kind`) is the cue; the value must still look like what the name says (a real past date,
an address with words in it, a name of two to five words or two to four Chinese characters).

:func:`settle` applies the same field names after all recognizers ran: a value under a field
that is not personal (``created_at``, ``txn_date``, ``branch_code``, ``amount``, ``merchant``,
``对公账号``) is not reported, whatever a pattern took it for, and a value this recognizer
read from its field name wins over other readings of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Final
from urllib.parse import unquote

from stdnum import luhn

from steward.data.pii.recognizers.base import Entity, Recognizer
from steward.data.pii.recognizers.dates import _parse, date_matches
from steward.data.pii.recognizers.person_zh import plausible_chinese_name
from steward.data.pii.recognizers.phone import PhoneRecognizer
from steward.data.pii.recognizers.table_names import plausible_name
from steward.data.pii.structured import Field, field_kind, fields

FIELD_SCORE: Final = 0.9
# business lines are skipped, as by the analyzer's default (``business_numbers="skip"``)
_PHONES: Final = PhoneRecognizer()
# a compact date (19840302) and what may follow a date in an export: a time, a zone
_COMPACT_DATE: Final = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)")
_TIME_TAIL: Final = re.compile(
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MONTH_NAME: Final = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
_ZH_NAME: Final = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}")
_HAS_LETTER: Final = re.compile(r"[^\W\d_]")


def birth_date_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the date of birth in the value ``text[start:end]``: the whole value when it
    is one date (with a time or zone after it, as exports write it), else the date in it."""
    value = text[start:end]
    today = dt.date.today()
    compact = _COMPACT_DATE.fullmatch(value)
    if compact is not None:
        try:
            born = dt.date(int(compact["y"]), int(compact["m"]), int(compact["d"]))
        except ValueError:
            return None
        return (start, end) if born.year >= 1900 and born <= today else None
    for match in date_matches(value):
        parsed = _parse(match)
        if parsed is None or parsed.year < 1900 or parsed > today:
            continue
        if match.start() == 0 and _TIME_TAIL.fullmatch(value, match.end()):
            return start, end
        return start + match.start(), start + match.end()
    # a date the patterns do not read, written out ("the tenth of March 1958", "March '58"
    # is not taken): a short value with a month's name and a past year, under a birth field
    year = _YEAR.search(value)
    if len(value) <= 40 and year and int(year.group()) <= today.year and _MONTH_NAME.search(value):
        return start, end
    return None


def _address_value(value: str, language: str) -> bool:
    if not _HAS_LETTER.search(value):
        return False
    if language == "zh" or re.search(r"[\u4e00-\u9fff]", value):
        return len(value) >= 6
    return len(value) >= 8 and (any(ch.isdigit() for ch in value) or value.count(",") >= 1)


def _name_value(value: str) -> bool:
    if _ZH_NAME.fullmatch(value):
        # a payee column lists bills too ("电费"): a listed surname, as the name rules ask
        return "·" in value or plausible_chinese_name(value)
    return plausible_name(value, census=False)


def _field_entity(text: str, field: Field, kind: str, language: str) -> tuple[int, int] | None:
    value = text[field.start : field.end]
    if field.layout == "kv" and "%" in value:
        # a URL query's value, percent-encoded (``dob=11%2F11%2F1954``, ``phone=%2B4477…``):
        # read decoded; the span is the value as written
        decoded = unquote(value)
        if decoded != value:
            span = _value_entity(decoded, kind, language)
            covers = span is not None and span[1] - span[0] >= len(decoded) // 2
            return (field.start, field.end) if covers else None
    span = _value_entity(value, kind, language)
    return None if span is None else (field.start + span[0], field.start + span[1])


def _value_entity(value: str, kind: str, language: str) -> tuple[int, int] | None:
    """The span of what ``kind`` names in ``value`` (a field's value alone), if it is there."""
    if kind == "DATE_OF_BIRTH":
        return birth_date_span(value, 0, len(value))
    if kind == "ADDRESS":
        return (0, len(value)) if _address_value(value, language) else None
    if kind == "PERSON":
        return (0, len(value)) if _name_value(value) else None
    if kind == "PHONE_NUMBER":
        # the phone rules read the value alone: in a CSV row a number is followed by the
        # next cell's digits (",2026-05-14"), which they take for more of a longer number
        for phone in _PHONES.analyze(value, language):
            if phone.end - phone.start >= len(value) // 2:
                return phone.start, phone.end
    if kind == "BANK_ACCOUNT" and _account_value(value):
        return 0, len(value)
    if kind == "US_SSN" and _ssn_value(value):
        return 0, len(value)
    return None


_ACCOUNT_VALUE: Final = re.compile(r"\d(?:[ \-]?\d){5,19}")
_SSN_VALUE: Final = re.compile(r"(?P<area>\d{3})([ \-]?)(?P<group>\d{2})\2(?P<serial>\d{4})")


def _account_value(value: str) -> bool:
    """An account number: 6 to 20 digits (spaced or dashed), not one digit repeated, and not
    a card number's shape (a Luhn-valid 15 or 16 digits from 3, 4 or 5: the card rules')."""
    if not _ACCOUNT_VALUE.fullmatch(value):
        return False
    digits = re.sub(r"\D", "", value)
    if len(set(digits)) == 1:
        return False
    return not (len(digits) in (15, 16) and digits[0] in "345" and luhn.is_valid(digits))


def _ssn_value(value: str) -> bool:
    """A US social security number as issued: area not 000, 666 or 9xx; group and serial
    not zero."""
    match = _SSN_VALUE.fullmatch(value)
    if match is None:
        return False
    area = match["area"]
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and match["group"] != "00"
        and match["serial"] != "0000"
    )


class StructuredFieldRecognizer(Recognizer):
    """Birth dates, addresses and names under a field name that says so (see the module)."""

    name = "structured_field"
    labels = ("DATE_OF_BIRTH", "ADDRESS", "PERSON", "PHONE_NUMBER", "BANK_ACCOUNT", "US_SSN")
    # a quote, a tag, "=", ":", a cell separator or a fixed-width report's column gap: no
    # structure without one
    trigger = re.compile(r"[\"<=:：\t|｜,]| {3}")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for field in fields(text):
            kind = field_kind(field.key)
            if kind is None or kind == "NOT_PERSONAL":
                continue
            if kind == "PHONE_NUMBER" and field.layout == "line":
                # "Tel: …" in a signature: the phone rules read it with the lines around
                # it (whose number it is: a branch's or the writer's)
                continue
            if (
                kind != "DATE_OF_BIRTH"
                and field.layout == "line"
                and not field.indented
                and not _one_line_form_value(text, field)
            ):
                # "Address: …" in a form or a letter may run on over lines and into prose:
                # the address and name rules read those; a YAML mapping's value, or a form's
                # value with the next field on the next line, is one value
                continue
            span = _field_entity(text, field, kind, language)
            if span is not None:
                yield self.entity(span[0], span[1], kind, FIELD_SCORE)


# a sentence's end inside a value: prose, not a form's value
_SENTENCE_INSIDE: Final = re.compile(r"[。；！？，!?;]|\.\s")
_NEXT_FIELD_LINE: Final = re.compile(r"\n[ \t]*[^\W\d][^:：\n]{0,40}[:：]")


def _one_line_form_value(text: str, field: Field) -> bool:
    """Whether a ``Key: value`` line's value is the whole value: the next line is the next
    field of a form, and no sentence ends inside it."""
    if _SENTENCE_INSIDE.search(text, field.start, field.end):
        return False
    return _NEXT_FIELD_LINE.match(text, field.end) is not None


def _counts(field: Field) -> bool:
    """Whether a not-personal field name drops what lies in its value: not on a ``Key:
    value`` line outside a YAML mapping, which is as often a chat's turn (``Support: Thanks
    Siobhan``, ``客服：感谢林先生``) as a form's field."""
    return field.layout != "line" or field.indented


def settle(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` after the field names: none inside a not-personal field's value, and none
    overlapping a value this recognizer read (its reading wins)."""
    if not entities:
        return list(entities)
    found = fields(text)
    if not found:
        return list(entities)
    not_personal = [
        (f.start, f.end) for f in found if field_kind(f.key) == "NOT_PERSONAL" and _counts(f)
    ]
    read = [
        _within_value(e, found) for e in entities if e.recognizer == StructuredFieldRecognizer.name
    ]
    # values a field name other than a birth date's names whole ("updated_on": a date)
    other_values = [
        (f.start, f.end)
        for f in found
        if f.layout != "line" and field_kind(f.key) != "DATE_OF_BIRTH"
    ]
    birth_lines = {
        _line_of(text, f.start)
        for f in found
        if f.layout != "line" and field_kind(f.key) == "DATE_OF_BIRTH"
    }
    # (a transcript's "Anna: hi" is a line field too, and its speaker is a name)
    keys = {f.key.strip() for f in found if f.layout != "line" or field_kind(f.key)}
    kept: list[Entity] = []
    for entity in entities:
        if entity.recognizer == "record_format":
            # a vCard/iCalendar/MT103/SQL field read by its format ("CN=Ann Lee:mailto:")
            kept.append(entity)
            continue
        # (this recognizer's too: the Chinese tagger may have read its address on)
        entity = _within_value(entity, found)
        if entity.recognizer == StructuredFieldRecognizer.name:
            kept.append(entity)
            continue
        if text[entity.start : entity.end].strip() in keys:
            continue  # a field's name is no value ("StreetAddress", "生日" taken for names)
        if any(s <= entity.start and entity.end <= e for s, e in not_personal):
            continue
        if any(r.start < entity.end and entity.start < r.end for r in read):
            continue
        if (entity.label in _WORD_LABELS and _MARKUP.search(text, entity.start, entity.end)) or any(
            f.layout == "header" and f.start <= entity.start and entity.end <= f.end for f in found
        ):
            continue  # a span across a tag, a JSON key or key=, or in a header row, is no value
        if entity.label == "DATE_OF_BIRTH" and (
            _line_of(text, entity.start) in birth_lines
            or any(
                s == entity.start and _TIME_TAIL.fullmatch(text[entity.end : e])
                for s, e in other_values
            )
        ):
            # on a line whose birth date a field names, or the whole value of another
            # field: the field names decide which date is the birth date
            continue
        kept.append(entity)
    return kept


_WORD_LABELS: Final = frozenset({"PERSON", "ADDRESS", "LOCATION", "DATE_OF_BIRTH", "DATE_TIME"})
_MARKUP: Final = re.compile(r"</?[A-Za-z][^<>\n]*>|\"\s*:|\",\s*\n|[A-Za-z_]=[\"'\w]")


def _within_value(entity: Entity, found: Sequence[Field]) -> Entity:
    """``entity`` cut at the end of the field value it starts in: a pattern read past a cell
    into the next one ("12 Orchard Way, Leeds LS6 2AB\t2026")."""
    for field in found:
        if field.layout != "line" and field.start <= entity.start < field.end < entity.end:
            return Entity(entity.start, field.end, entity.label, entity.score, entity.recognizer)
    return entity


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position)
