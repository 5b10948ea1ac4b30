"""Names and addresses in the record formats banks paste: vCard, iCalendar events, SWIFT MT103
messages, SQL ``INSERT`` rows, fixed-width reports and URL query strings.

Each format says by its own field what a value is, so no sentence cue is needed:

- vCard ``FN:`` is a name, ``ADR:`` an address (its empty leading parts skipped);
- an iCalendar event with an attendee is an appointment: the attendee's ``CN=`` name, the name
  after a dash in ``SUMMARY:`` and the ``LOCATION:`` are the customer's; an event without an
  attendee (a branch's drop-in session) is at a public place, and its location is not personal;
- MT103 ``:50K:`` (ordering customer) and ``:59:`` (beneficiary): the line after the account is
  the name, the lines after it up to the next tag the address; a firm's name is not personal;
- SQL ``INSERT INTO t (cols) VALUES (...)``: each quoted value under its column's name
  (:func:`~steward.data.pii.structured.field_kind`); a merchants' or branches' table has no
  person in it;
- a fixed-width report (a header row over a rule of dashes): the cells under a name column;
- ``?name=Jane%20Doe&…``: the value of a name parameter, as encoded.

:func:`settle_records` drops, after all recognizers ran, the word spans that cross an SQL
value's quotes and the addresses that are an organisation's own (a registered office, the
address under a firm's name in a letter, a public event's venue).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from typing import Final

from steward.data.pii.recognizers.base import Entity, Recognizer
from steward.data.pii.recognizers.table_names import plausible_name
from steward.data.pii.structured import field_kind, fixed_width_fields, sql_values

RECORD_SCORE: Final = 1.0

_VCARD_NAME: Final = re.compile(r"(?m)^FN(?:;[^:\n]*)?:[ \t]*(?P<v>[^\n\r]+?)[ \t]*\r?$")
_VCARD_ADDRESS: Final = re.compile(r"(?m)^ADR(?:;[^:\n]*)?:[;\s]*(?P<v>[^\n\r]+?)[;\s]*\r?$")
_EVENT: Final = re.compile(r"BEGIN:VEVENT(?P<body>.*?)(?:END:VEVENT|\Z)", re.DOTALL)
_ATTENDEE: Final = re.compile(r"(?m)^ATTENDEE[^\n]*?;CN=(?P<v>\"[^\"\n]+\"|[^;:\n]+)")
_SUMMARY_NAME: Final = re.compile(r"(?m)^SUMMARY:[^\n]*?\s[–—-]\s(?P<v>[^\n\r]+?)[ \t]*\r?$")
_LOCATION: Final = re.compile(r"(?m)^LOCATION(?:;[^:\n]*)?:[ \t]*(?P<v>[^\n\r]+?)[ \t]*\r?$")
# MT103 party fields: an optional "/account" line, the name, then address lines to the next tag
_MT_PARTY: Final = re.compile(
    r"(?m)^:(?:50[FK]?|59[F]?):(?:/[^\n]*\n)?(?P<name>[^\n:/][^\n]*)"
    r"(?P<address>(?:\n(?!:\d\d[A-Z]?:|-\})[^\n]+)*)"
)
# words that make a name a body's ("Financial Ombudsman Service", "Citizens Advice")
_ORGANISATION: Final = (
    r"(?i:\b(?:service|services|ombudsman|advice|authority|agency|bureau|commission|council|"
    r"ltd|limited|plc|llc|inc|gmbh)\b)"
)
# a team or department copied in ("Cc: Branch Operations", "cc: Fraud Desk")
_DEPARTMENT: Final = re.compile(
    r"(?i)\b(?:team|desk|operations|ops|department|dept|unit|centre|center|office|support|"
    r"complaints|escalations|branch|division|committee|board|helpdesk|admin|compliance|"
    r"legal|finance|accounts|payments|fraud|risk)\b"
)
_FIRM: Final = re.compile(
    r"(?i)\b(?:ltd|limited|plc|llc|llp|inc|corp|gmbh|bv|ag|sa|pte|pty|co|company|group|"
    r"trading|logistics|foods|holdings|bank|council|trust|services|as|shipping|freight|"
    r"imports|exports|industries|partners)\b\.?|" + _ORGANISATION
)
_NOT_PEOPLE_TABLE: Final = re.compile(
    r"(?i)merchant|vendor|supplier|branch|atm|store|shop|compan|firm|bank|product|rate|fee"
)
_URL_NAME: Final = re.compile(
    r"[?&](?:full_?|first_?|last_?|customer_?|cust_?|holder_?|account_?holder_?|payee_?)?"
    r"name=(?P<v>[^&#\s]+)",
    re.I,
)
_URL_SPACE: Final = re.compile(r"%20|\+")
# a name under a label that says whose it is: an estate's people, a letter's copy list
_ROLE_NAME: Final = re.compile(
    r"(?im)^[ \t]*(?P<label>deceased|name of (?:the )?deceased|deceased's name|executor|executrix|"
    r"administrator|personal representative|next of kin|attorney|donor|cc)[ \t]*[:：][ \t]*"
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?[ \t]+)?"
    r"(?P<v>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|van|der|von|da|di|le|la|bin|binti|al)){1,4})"
)
# a form's surname-first field filled in capitals, on its line or the next (OCR'd forms:
# "Surname, First:\n   SIPHO NI BHRIAIN", "Surname, First  ANA LIM")
_SURNAME_FIELD: Final = re.compile(
    r"(?im)\b(?:surname|last name|family name)(?:[ \t]*[,/][ \t]*(?:first|given)(?: names?)?)?"
    r"[ \t]*[:：]?[ \t]*(?:\n[ \t]*)?"
    r"(?-i:(?P<v>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,3}))[ \t]*$"
)
# a vCard's "N:" line repeats the FN name in parts ("Lee;Ann;;;"): the FN line is the name
_VCARD_PARTS: Final = re.compile(r"(?m)^N(?:;[^:\n]*)?:[^\n]*")
# a vCard's or iCalendar's property name at a line's start
_PROPERTY: Final = re.compile(r"(?<![^\n])[A-Z][A-Z-]*[:;]")
# an Irish county ("Co. Dublin") is a place, whatever a name rule took it for
_COUNTY: Final = re.compile(r"\bCo\.[ \t]*$")


def _person(value: str) -> bool:
    return not _FIRM.search(value) and plausible_name(value, census=False)


def _address(value: str) -> bool:
    return len(value) >= 8 and any(ch.isdigit() for ch in value) and any(c.isalpha() for c in value)


class RecordFormatRecognizer(Recognizer):
    """Names and addresses named by a record format's own fields (see the module)."""

    name = "record_format"
    labels = ("PERSON", "ADDRESS")
    languages = frozenset({"en"})
    trigger = re.compile(
        r"BEGIN:V(?:CARD|EVENT)|^:5[09][A-Z]?:|INSERT\s+INTO|-{10,}|[?&][a-z_]*name="
        r"|^[ \t]*(?:deceased|name of|executor|executrix|administrator|personal rep|next of kin"
        r"|attorney|donor|cc)\b|surname|last name|family name",
        re.I | re.M,
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for start, end, label in _spans(text):
            yield self.entity(start, end, label, RECORD_SCORE)


def _spans(text: str) -> Iterator[tuple[int, int, str]]:
    if "BEGIN:VCARD" in text:
        for m in _VCARD_NAME.finditer(text):
            if _person(m["v"]):
                yield m.start("v"), m.end("v"), "PERSON"
        for m in _VCARD_ADDRESS.finditer(text):
            if _address(m["v"]):
                yield m.start("v"), m.end("v"), "ADDRESS"
    for event in _EVENT.finditer(text):
        body, offset = event["body"], event.start("body")
        attendees = list(_ATTENDEE.finditer(body))
        if not attendees:
            continue  # a public session: its venue is no one's address
        for m in (*attendees, *_SUMMARY_NAME.finditer(body)):
            start, end = m.start("v"), m.end("v")
            if body[start] == '"':
                start, end = start + 1, end - 1
            if _person(body[start:end]):
                yield offset + start, offset + end, "PERSON"
        for m in _LOCATION.finditer(body):
            if _address(m["v"]):
                yield offset + m.start("v"), offset + m.end("v"), "ADDRESS"
    for m in _MT_PARTY.finditer(text):
        name = m["name"].strip()
        if _FIRM.search(name) or not plausible_name(name, census=False):
            continue  # a firm (ACME TRADING LTD) and its town are not personal data
        yield m.start("name"), m.start("name") + len(m["name"].rstrip()), "PERSON"
        address = m["address"].strip()
        if _address(address):
            start = m.start("address") + m["address"].index(address)
            yield start, start + len(address), "ADDRESS"
    yield from _sql_spans(text)
    yield from _fixed_width_spans(text)
    for m in _ROLE_NAME.finditer(text):
        # (a copy list names bodies too: "cc: Citizens Advice"; a census name is asked there)
        census = m["label"].lower() == "cc"
        if census and _DEPARTMENT.search(m["v"]):
            continue  # "Cc: Branch Operations", a team copied in
        if _person(m["v"]) and plausible_name(m["v"], census=census):
            yield m.start("v"), m.end("v"), "PERSON"
    for m in _SURNAME_FIELD.finditer(text):
        if _person(m["v"]) and not _has_common_word(m["v"]):
            yield m.start("v"), m.end("v"), "PERSON"
    for m in _URL_NAME.finditer(text):
        if _person(_URL_SPACE.sub(" ", m["v"]).replace("%27", "'")):
            yield m.start("v"), m.end("v"), "PERSON"


def _has_common_word(value: str) -> bool:
    """Whether a word of ``value`` is an ordinary English word ("PLEASE USE CAPITALS")."""
    from steward.data.pii.recognizers.person_en import _COMMON_WORDS, _stop_words

    stop = _stop_words()
    return any(w.lower() in stop or w.lower() in _COMMON_WORDS for w in value.split())


def _sql_cells(text: str) -> Iterator[tuple[int, int, str | None, bool]]:
    """Each quoted value of an SQL ``INSERT``: its span, what its column's name says it is,
    and whether the table holds people at all (a merchants' or branches' table does not)."""
    for value in sql_values(text):
        if value.quoted:
            people = _NOT_PEOPLE_TABLE.search(value.table) is None
            yield value.start, value.end, field_kind(value.column), people


def _sql_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for start, end, kind, people in _sql_cells(text):
        if not people or kind not in ("PERSON", "ADDRESS"):
            continue
        content = text[start:end].replace("''", "'")
        if (kind == "PERSON" and _person(content)) or (kind == "ADDRESS" and _address(content)):
            yield start, end, kind


def _fixed_width_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for cell in fixed_width_fields(text):
        if field_kind(cell.key) == "PERSON" and _person(text[cell.start : cell.end]):
            yield cell.start, cell.end, "PERSON"


# An organisation's own address: its registered office, or the address lines under its name
# in a letter's address block ("Harbour Bank plc\nPO Box 1234").
_ORG_ADDRESS_CUE: Final = re.compile(
    r"(?i)(?:registered office|head office|registered address|principal office)\s*[:：]?\s*$"
)
_ORG_LINE: Final = re.compile(
    r"(?i)\b(?:plc|ltd|limited|llc|llp|inc|gmbh|pte|pty|bank|building society|"
    r"corporation|group)\.?[ \t]*$"
)
_WORD_LABELS: Final = frozenset({"PERSON", "ADDRESS"})
# a field's value that is a firm's name ("户名：成都天府餐饮管理有限公司"), whose head a name
# rule took for a name
_COMPANY_AFTER: Final = re.compile(
    r"[\u4e00-\u9fff]{0,12}(?:有限公司|有限責任公司|有限责任公司|股份公司|公司|集团|集團|商行|"
    r"事务所|事務所|工作室|合作社)[ \t]*(?:\n|$)"
)
_FIELD_BEFORE: Final = re.compile(r"[:：][ \t]*$")
# a report's counter read as a street line: "BRANCH 2171", "PAGE 3"
_BOOKKEEPING: Final = re.compile(
    r"(?i)(?:branch|page|batch|items?|total|run|sheet|row)[ \t]+\d+(?![\w-])"
)


def settle_records(
    text: str, entities: Sequence[Entity], labels: Collection[str] = ()
) -> list[Entity]:
    """``entities`` less an organisation's own addresses, a public event's venue, and the word
    spans that run across an SQL row's quoted values (see the module); with ``labels`` (an
    English text's), the record fields' values of those labels replace what overlaps them (the
    name rules cut "CN=Ann Lee:mailto:…" short or keep a piece of it)."""
    records = (
        [
            Entity(start, end, label, RECORD_SCORE, RecordFormatRecognizer.name)
            for start, end, label in _spans(text)
            if label in labels
        ]
        # (the recognizer ran on this text and found a record's field: read the record again)
        if labels and any(e.recognizer == RecordFormatRecognizer.name for e in entities)
        else []
    )
    if records:
        entities = [
            e
            for e in entities
            if e.recognizer == RecordFormatRecognizer.name
            or not any(r.start < e.end and e.start < r.end for r in records)
        ]
        entities = [e for e in entities if e.recognizer != RecordFormatRecognizer.name] + records
        entities.sort()
    if not any(e.label in _WORD_LABELS for e in entities):
        return list(entities)
    sql_values_ = sql_values(text) if "INSERT" in text else []
    # (from each INSERT to the end of the text: its rows)
    sql_rows = [(start, len(text)) for start in sorted({v.insert_start for v in sql_values_})]
    sql_cells = list(_sql_cells(text)) if sql_rows else []
    public_venues = [
        (event.start("body") + m.start("v"), event.start("body") + m.end("v"))
        for event in (_EVENT.finditer(text) if "BEGIN:VEVENT" in text else ())
        if not _ATTENDEE.search(event["body"])
        for m in _LOCATION.finditer(event["body"])
    ]
    name_parts = [m.span() for m in _VCARD_PARTS.finditer(text)] if "BEGIN:VCARD" in text else []
    calendar_or_card = "BEGIN:V" in text
    # an MT103 party that is a firm: its name and town are not personal data
    firm_parties = [
        (m.start("name"), m.end("address"))
        for m in (_MT_PARTY.finditer(text) if ":5" in text else ())
        if _FIRM.search(m["name"])
    ]
    kept: list[Entity] = []
    for entity in entities:
        if entity.label in _WORD_LABELS and entity.recognizer != RecordFormatRecognizer.name:
            value = text[entity.start : entity.end]
            if entity.label == "PERSON" and (
                (
                    _COMPANY_AFTER.match(text, entity.end) is not None
                    and _FIELD_BEFORE.search(text, max(0, entity.start - 4), entity.start)
                    is not None
                )
                or any(s <= entity.start < e for s, e in name_parts)
                # a property's name ("END:VCARD", "LOCATION;ALTREP=…") is no one's
                or (calendar_or_card and _PROPERTY.match(text, entity.start) is not None)
                or re.search(_ORGANISATION, value)
                or _COUNTY.search(text, max(0, entity.start - 8), entity.start)
            ):
                continue
            in_sql = any(s <= entity.start < e for s, e in sql_rows)
            if in_sql and (
                re.search(r"'\s*,|,\s*'|\(", value)
                or any(
                    s <= entity.start
                    and entity.end <= e
                    # a cell of a table without people, or under a column that names another
                    # kind ("city", "merchant"): the column decides
                    and (not people or (kind is not None and kind != entity.label))
                    for s, e, kind, people in sql_cells
                )
            ):
                continue
            if any(s <= entity.start < e for s, e in firm_parties):
                continue
            if entity.label == "ADDRESS" and (
                # a report's count before its branch ("TOTAL ITEMS 8   BRANCH 2171")
                (
                    not any(ch.isalpha() for ch in value)
                    and _BOOKKEEPING.match(text[entity.end : entity.end + 40].lstrip(" \t"))
                    is not None
                )
                or _BOOKKEEPING.fullmatch(value.strip()) is not None
                # the same counter cut at its number by a table reader ("BRANCH" of
                # "BRANCH 4410")
                or (
                    not any(ch.isdigit() for ch in value)
                    and _BOOKKEEPING.match(text, entity.start) is not None
                )
                or _organisation_address(text, entity.start)
                or any(s <= entity.start < e for s, e in public_venues)
            ):
                continue
        kept.append(entity)
    return kept


def _organisation_address(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    if _ORG_ADDRESS_CUE.search(before):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False  # the address does not open its line
    previous_end = line_start - 1
    if previous_end < 0:
        return False
    previous = text[text.rfind("\n", 0, previous_end) + 1 : previous_end]
    return bool(previous.strip()) and _ORG_LINE.search(previous) is not None
