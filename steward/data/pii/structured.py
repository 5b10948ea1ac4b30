"""Structured data inside a message: the field a value sits under, with exact offsets.

A message often carries a pasted export: a JSON payload, an XML or HTML record, a YAML or
``key=value`` log line, a CSV / TSV / ``|`` / markdown table. The value under a field names
what it is (``"dob": "19840302"``, ``<td>`` under ``Date of birth``, ``出生日期`` column) where
no sentence around it does, and equally says what it is not (``created_at``, ``txn_date``,
``branch_code``, ``amount``, ``对公账号``).

:func:`fields` reads every (field name, value) pair it can find, with the offsets of the
value in the original text. It reads with regular expressions and a cell splitter rather than
``json`` / ``xml.etree`` / ``csv``: pasted snippets are usually cut short or broken (a missing
brace, an unclosed tag), which those parsers reject outright, and none of them reports where
a value lies in the text. A broken fragment yields the pairs that are whole and nothing else.

:func:`table_cells` is the one table reader of the PII recognizers: the cells of a row cut by
tabs, ``|`` (half or full width) or commas (quotes respected), with their offsets.
:func:`field_kind` sorts a field name into the kinds the recognizers act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

# --------------------------------------------------------------------------- tables

TABLE_SEPARATORS: Final = ("\t", "|", "｜")
_CELL_SPACE: Final = " \t\u3000"


def table_cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line`` cut by ``separator``, surrounding spaces left out;
    for a comma, a cell in double quotes is one cell (its quotes left out)."""
    cells: list[tuple[int, int]] = []
    start = 0
    length = len(line)
    while True:
        if separator == ",":
            lead = start
            while lead < length and line[lead] in _CELL_SPACE:
                lead += 1
            if lead < length and line[lead] == '"':
                close = line.find('"', lead + 1)
                while close >= 0 and close + 1 < length and line[close + 1] == '"':
                    close = line.find('"', close + 2)  # a doubled quote inside the cell
                if close >= 0:
                    cells.append((lead + 1, close))
                    after = line.find(separator, close + 1)
                    if after < 0:
                        return cells
                    start = after + 1
                    continue
        end = line.find(separator, start)
        part_end = length if end < 0 else end
        part = line[start:part_end]
        stripped = part.strip(_CELL_SPACE)
        lead_spaces = len(part) - len(part.lstrip(_CELL_SPACE))
        cells.append((start + lead_spaces, start + lead_spaces + len(stripped)))
        if end < 0:
            return cells
        start = end + len(separator)


def line_separator(line: str) -> str | None:
    """The separator a table row is cut with (tab, then ``|``, then full-width ``｜``)."""
    return next((sep for sep in TABLE_SEPARATORS if sep in line), None)


# --------------------------------------------------------------------------- fields


@dataclass(frozen=True)
class Field:
    """A value under a field name: ``key`` as written, the value at ``start:end``."""

    key: str
    start: int
    end: int
    layout: str
    # a "key: value" line indented under another key (a YAML mapping's entry)
    indented: bool = False


_KEY_CHARS: Final = r"[A-Za-z_\u4e00-\u9fff][\w .\-/\u4e00-\u9fff]{0,40}"
_JSON_PAIR: Final = re.compile(
    rf'"(?P<key>{_KEY_CHARS})"\s*:\s*(?:"(?P<text>(?:[^"\\\n]|\\.)*)"|(?P<bare>[-+\w.:]+))'
)
_XML_ELEMENT: Final = re.compile(
    r"<(?P<tag>[A-Za-z_\u4e00-\u9fff][\w:.\-\u4e00-\u9fff]*)(?:\s[^<>]*)?>(?P<text>[^<>]+)</(?P=tag)\s*>"
)
# key=value (a log line) and an XML or HTML attribute key="value"
_KEY_VALUE: Final = re.compile(
    r"(?<![\w.\-])(?P<key>[A-Za-z_\u4e00-\u9fff][\w.\-\u4e00-\u9fff]{0,40})[ \t]?=[ \t]?"
    r"(?:\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s,;&\"'<>]+))"
)
# "Key: value" on a line of its own: YAML, a form, an e-mail header block
_LINE_PAIR: Final = re.compile(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[A-Za-z_\u4e00-\u9fff][\w .\-/()\u4e00-\u9fff]{0,40}?)"
    r"[ \t]*[:：][ \t]*(?P<text>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
_YAML_BLOCK: Final = frozenset({"|", ">", "|-", ">-", "|+", ">+"})
# An HTML label cell or bold label followed by its value: <th>Date of birth</th><td>…</td>,
# <b>DOB:</b> <span>…</span>, <dt>…</dt><dd>…</dd>
_HTML_LABELLED: Final = re.compile(
    r"<(?P<tag>th|td|b|strong|label|dt|span)\b[^<>]*>\s*(?P<key>[^<>\n]{1,40}?)\s*[:：]?\s*"
    r"</(?P=tag)>(?:\s*[:：])?\s*(?:<(?!/)[^<>]*>\s*)*(?P<text>[^<>\n]+)"
)
_HTML_ROW: Final = re.compile(r"<tr\b[^<>]*>(?P<row>.*?)(?=</tr>|<tr\b|$)", re.DOTALL | re.I)
_HTML_CELL: Final = re.compile(r"<(?P<tag>t[hd])\b[^<>]*>(?P<text>[^<>]*)", re.I)
# A header cell names a column: a few words, no markup, no "key: value" of its own
_HEADER_CELL: Final = re.compile(r"[^:：=<>{}\[\]\"]{1,40}")
# JSON, XML, YAML or key=value lines are cut by commas too, but are no table's header
_NOT_HEADER_LINE: Final = re.compile(r"[:：=<>{}\[\]]")
_VALUE_IN_HEADER: Final = re.compile(r"\d\d")
_HAS_WORD: Final = re.compile(r"[^\W\d_]")
_MARKDOWN_RULE: Final = re.compile(r"^[\s|｜:\-]+$")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\r\n\u3000":
        end -= 1
    return start, end


def _json_fields(text: str) -> list[Field]:
    found: list[Field] = []
    for match in _JSON_PAIR.finditer(text):
        group = "text" if match.group("text") is not None else "bare"
        start, end = _trimmed(text, match.start(group), match.end(group))
        found.append(Field(match.group("key"), start, end, "json"))
    return found


# HTML's own elements name no field (the HTML reader reads their labels)
_HTML_TAGS: Final = frozenset(
    re.findall(
        r"\w+",
        "a b i u em p th td tr dt dd li ul ol div span font strong label small big code pre "
        "title option h1 h2 h3 h4 h5 h6 button caption",
    )
)


def _xml_fields(text: str) -> list[Field]:
    found: list[Field] = []
    for match in _XML_ELEMENT.finditer(text):
        if match.group("tag").lower() in _HTML_TAGS:
            continue
        start, end = _trimmed(text, match.start("text"), match.end("text"))
        if start < end:
            found.append(Field(match.group("tag"), start, end, "xml"))
    return found


def _key_value_fields(text: str) -> list[Field]:
    found: list[Field] = []
    for match in _KEY_VALUE.finditer(text):
        group = next(g for g in ("dq", "sq", "bare") if match.group(g) is not None)
        start, end = _trimmed(text, match.start(group), match.end(group))
        if start < end:
            found.append(Field(match.group("key"), start, end, "kv"))
    return found


def _line_fields(text: str) -> list[Field]:
    found: list[Field] = []
    for match in _LINE_PAIR.finditer(text):
        key = match.group("key").strip().strip("\"'")
        value = match.group("text")
        if value in _YAML_BLOCK:
            # a YAML block scalar: the value is every following line indented deeper
            indent = len(match.group("indent"))
            position = match.end() + 1
            start = end = -1
            while position < len(text):
                line_end = text.find("\n", position)
                line_end = len(text) if line_end < 0 else line_end
                line = text[position:line_end]
                if line.strip():
                    if len(line) - len(line.lstrip(" \t")) <= indent:
                        break
                    first, last = _trimmed(text, position, line_end)
                    start = first if start < 0 else start
                    end = last
                position = line_end + 1
            if start >= 0:
                found.append(Field(key, start, end, "yaml"))
            continue
        if not value or value.startswith(("{", "[", "<")):
            continue
        start, end = match.start("text"), match.end("text")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            start, end = start + 1, end - 1
        found.append(Field(key, start, end, "line", bool(match.group("indent"))))
    return found


def _html_fields(text: str) -> list[Field]:
    found: list[Field] = []
    header: list[str] | None = None
    for row in _HTML_ROW.finditer(text):
        cells = list(_HTML_CELL.finditer(text, row.start("row"), row.end("row")))
        if not cells:
            continue
        if all(c.group("tag").lower() == "th" for c in cells):
            header = [c.group("text").strip() for c in cells]
            continue
        if header is None or len(cells) != len(header):
            continue
        for key, cell in zip(header, cells, strict=True):
            start, end = _trimmed(text, cell.start("text"), cell.end("text"))
            if start < end:
                found.append(Field(key, start, end, "html"))
    # after the columns: a data row's first cell is no label of the cell beside it
    for match in _HTML_LABELLED.finditer(text):
        start, end = _trimmed(text, match.start("text"), match.end("text"))
        if start < end:
            found.append(Field(match.group("key"), start, end, "html"))
    return found


# An amount written with a thousands separator in an unquoted CSV cell ("£8,664.17",
# "1,250"): its comma cuts no cell
_AMOUNT_HEAD: Final = re.compile(r"[-+]?[£$€¥]?[-+]?\d{1,3}(?:,\d{3})*")
_AMOUNT_TAIL: Final = re.compile(r"\d{3}(?:\.\d{1,2})?")


def _thousands_merged(row: str, cells: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """``cells`` of a comma-cut ``row`` with an amount's thousands groups joined back into
    its cell, while the row has more cells than its header (``width``)."""
    merged = list(cells)
    index = 0
    while len(merged) > width and index + 1 < len(merged):
        (start, end), (next_start, next_end) = merged[index], merged[index + 1]
        if (
            next_start == end + 1
            and _AMOUNT_HEAD.fullmatch(row, start, end)
            and _AMOUNT_TAIL.fullmatch(row, next_start, next_end)
        ):
            merged[index : index + 2] = [(start, next_end)]
            continue  # ("1,250,000": the next group may join too)
        index += 1
    return merged


def _table_fields(text: str) -> list[Field]:
    """The cells of a table (tab, ``|``, comma) under its header row: a block of lines cut
    into the same number of cells whose first line holds names (words, no value: at most a
    single digit, as in ``card_last4``), and the header row itself as a field named ``""``
    (layout ``"header"``)."""
    found: list[Field] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        header = lines[index][1]
        separator = line_separator(header) or ("," if header.count(",") >= 1 else None)
        if separator is None or _VALUE_IN_HEADER.search(header) or _NOT_HEADER_LINE.search(header):
            index += 1
            continue
        names = [header[s:e].strip("\"'*` ") for s, e in table_cells(header, separator)]
        width = len(names)
        if (
            width < 2
            or not all(
                _HEADER_CELL.fullmatch(name) and _HAS_WORD.search(name) for name in names if name
            )
            # a comma header names every column (", CO" ends an address, it heads nothing),
            # and is no sentence ("Hi Maria, hope you are well"): three columns or more, or
            # names written as identifiers (customer_id,dob)
            or (
                separator == ","
                and (not all(names) or (width < 3 and any(" " in name for name in names)))
            )
        ):
            index += 1
            continue
        row_index = index + 1
        while row_index < len(lines):
            row_offset, row = lines[row_index]
            if separator != "," and _MARKDOWN_RULE.match(row) and row.strip():
                row_index += 1
                continue  # a markdown table's |---|---| rule
            cells = table_cells(row, separator)
            if separator == "," and len(cells) > width:
                cells = _thousands_merged(row, cells, width)
            if len(cells) != width:
                break
            for name, (start, end) in zip(names, cells, strict=True):
                if start < end:
                    found.append(Field(name, row_offset + start, row_offset + end, "table"))
            row_index += 1
        if row_index > index + 1:
            header_start, header_end = _trimmed(
                text, lines[index][0], lines[index][0] + len(header)
            )
            found.append(Field("", header_start, header_end, "header"))
        index = row_index if row_index > index + 1 else index + 1
    return found


# ``INSERT INTO t (name, dob, phone) VALUES ('…', '1966-04-12', '…'), (…);``: each value under
# its column's name ('' is a quote inside a value; NULL and numbers stand bare)
_SQL_INSERT: Final = re.compile(
    r"(?i)\binsert\s+into\s+(?P<table>[\w.`\"\[\]]+)\s*\((?P<columns>[^()]*)\)\s*values\s*"
)
# a table of businesses: its rows' names and numbers are theirs, not a person's
_BUSINESS_TABLE: Final = re.compile(
    r"(?i)merchant|compan|vendor|supplier|branch|store|shop|business|organi[sz]ation|partner|"
    r"corporate|atm"
)
_SQL_ROW_OPEN: Final = re.compile(r"\s*,?\s*\(")
_SQL_VALUE: Final = re.compile(
    r"\s*(?:'(?P<quoted>(?:[^']|'')*)'|(?P<bare>[^,()'\s][^,()']*?))\s*(?P<end>[,)])"
)


@dataclass(frozen=True)
class SqlValue:
    """One value of an SQL ``INSERT`` row: the ``INSERT``'s offset and table, the value's
    column (as written, quotes and brackets off), its offsets (inside the quotes), and whether
    it was quoted (a bare value is a number or ``NULL``)."""

    insert_start: int
    table: str
    column: str
    start: int
    end: int
    quoted: bool


@lru_cache(maxsize=64)
def sql_values(text: str) -> tuple[SqlValue, ...]:
    """Every value of every ``INSERT INTO t (cols) VALUES (…), (…)`` in ``text``, in order;
    the one SQL reader of the PII recognizers (the field reader and the record-format
    recognizer both read rows through it)."""
    found: list[SqlValue] = []
    for insert in _SQL_INSERT.finditer(text):
        table = insert.group("table")
        columns = [c.strip().strip('`"[]') for c in insert.group("columns").split(",")]
        position = insert.end()
        while (opening := _SQL_ROW_OPEN.match(text, position)) is not None:
            position = opening.end()
            column = 0
            while (value := _SQL_VALUE.match(text, position)) is not None:
                quoted = value.group("quoted") is not None
                group = "quoted" if quoted else "bare"
                if column < len(columns):
                    found.append(
                        SqlValue(
                            insert.start(),
                            table,
                            columns[column],
                            value.start(group),
                            value.end(group),
                            quoted,
                        )
                    )
                column += 1
                position = value.end()
                if value.group("end") == ")":
                    break
    return tuple(found)


def is_business_table(table: str) -> bool:
    """Whether an SQL table's name says it holds businesses (merchants, branches, suppliers):
    its rows' names and numbers are theirs, not a person's."""
    return _BUSINESS_TABLE.search(table) is not None


def _sql_fields(text: str) -> list[Field]:
    found: list[Field] = []
    for value in sql_values(text):
        null = not value.quoted and text[value.start : value.end].upper() == "NULL"
        if value.start < value.end and not null:
            column = value.column
            if is_business_table(value.table):
                column = "merchant " + column
            found.append(Field(column, value.start, value.end, "sql"))
    return found


# A fixed-width report: a header line of three or more column names set apart by two spaces
# or more (no digits), then rows whose words sit under those names (a dashed rule may come
# between). A word belongs to the column whose name it overlaps, else to the last column that
# starts at or before it: right-aligned amounts overlap their name, left-aligned values start
# under it, and a name that fills its column leaves a single space before the next value.
_FIXED_HEADER_CELL: Final = re.compile(r"[A-Za-z][A-Za-z .#/&'\-]{0,30}")
_FIXED_CELLS: Final = re.compile(r"\S+(?: \S+)*")
_FIXED_RULE: Final = re.compile(r"^[\s\-=_*+]+$")
_WORD: Final = re.compile(r"\S+")


def fixed_width_fields(text: str) -> list[Field]:
    """The cells of every fixed-width report in ``text`` (see above) as fields under their
    column's name, and each report's header line as a field with an empty name; the one
    fixed-width reader of the PII recognizers."""
    found: list[Field] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        header_offset, header = lines[index]
        names = [(m.start(), m.end(), m.group()) for m in _FIXED_CELLS.finditer(header)]
        if (
            len(names) < 3
            or "  " not in header.strip()
            or any(ch.isdigit() for ch in header)
            or not all(_FIXED_HEADER_CELL.fullmatch(name) for _, _, name in names)
        ):
            index += 1
            continue
        row_index = index + 1
        rows = 0
        while row_index < len(lines):
            row_offset, row = lines[row_index]
            if not row.strip():
                break
            if _FIXED_RULE.match(row):
                row_index += 1
                continue
            cells: list[tuple[int, int, int]] = []  # (column, start, end)
            for word in _WORD.finditer(row):
                column = _fixed_column(names, word.start(), word.end())
                if column < 0:
                    continue
                if cells and cells[-1][0] == column:
                    cells[-1] = (column, cells[-1][1], word.end())
                else:
                    cells.append((column, word.start(), word.end()))
            if len({column for column, _, _ in cells}) < 2:
                break
            for column, start, end in cells:
                found.append(Field(names[column][2], row_offset + start, row_offset + end, "fixed"))
            rows += 1
            row_index += 1
        if rows:
            start, end = _trimmed(text, header_offset, header_offset + len(header))
            found.append(Field("", start, end, "header"))
            index = row_index
        else:
            index += 1
    return found


def _fixed_column(names: list[tuple[int, int, str]], start: int, end: int) -> int:
    best, best_overlap = -1, 0
    for column, (name_start, name_end, _) in enumerate(names):
        overlap = min(end, name_end) - max(start, name_start)
        if overlap > best_overlap:
            best, best_overlap = column, overlap
    if best >= 0:
        return best
    for column in range(len(names) - 1, -1, -1):
        if names[column][0] <= start:
            return column
    return -1


# vCard lines: ``TEL;TYPE=CELL:0954 203 4025`` (the parameters after ";" are no part of the
# field's name)
_VCARD_LINE: Final = re.compile(
    r"^(?P<key>[A-Za-z][A-Za-z0-9\-]*)(?:;[^:\n]*)?:(?P<text>[^\n]*?)[ \t\r]*$", re.MULTILINE
)


def _vcard_fields(text: str) -> list[Field]:
    if "BEGIN:VCARD" not in text.upper():
        return []
    return [
        Field(m.group("key"), m.start("text"), m.end("text"), "vcard")
        for m in _VCARD_LINE.finditer(text)
        if m.group("text")
    ]


_LINE_LAYOUTS: Final = frozenset({"vcard", "mt"})


# SWIFT MT103 tags: ``:20:`` the sender's reference (the bank's), ``:50K:/ACCOUNT`` and
# ``:59:/ACCOUNT`` the ordering customer's and the beneficiary's account (name on the lines
# after)
_MT_TAG: Final = re.compile(
    r"^:(?P<tag>\d\d[A-Z]?):(?P<slash>/)?(?P<text>[^\n]*?)[ \t\r]*$", re.MULTILINE
)
_MT_NAMES: Final = {
    "20": "reference",
    "21": "reference",
    "23B": "reference",
    "32A": "value date amount",
    "33B": "amount",
    "71A": "reference",
    "50K": "account",
    "50A": "account",
    "50F": "account",
    "59": "account",
    "59A": "account",
    "59F": "account",
}


def _mt_fields(text: str) -> list[Field]:
    if ":20:" not in text or not any(tag in text for tag in (":32A:", ":50K:", ":59:", ":50A:")):
        return []
    found: list[Field] = []
    for match in _MT_TAG.finditer(text):
        name = _MT_NAMES.get(match.group("tag"))
        if name is None or not match.group("text"):
            continue
        if name == "account" and match.group("slash") is None:
            continue  # ":59:" with a name or a BIC on its first line: no account number
        found.append(Field(name, match.start("text"), match.end("text"), "mt"))
    return found


_STRUCTURE_HINT: Final = re.compile(r"[\"<=:：\t|｜,]| {3}")


# (reader, the characters one of which a text must hold for the reader to find anything)
_READERS: Final = (
    (_mt_fields, (":20:",)),
    (_vcard_fields, ("BEGIN:VCARD", "begin:vcard")),
    (_sql_fields, ("VALUES", "values", "Values")),
    (_json_fields, ('"',)),
    (_xml_fields, ("</",)),
    (_html_fields, ("<",)),
    (_key_value_fields, ("=",)),
    (_table_fields, ("\t", "|", "｜", ",")),
    (_line_fields, (":", "：")),
    (fixed_width_fields, ("   ",)),
)
# two lines in a row, each with a cell separator: a table needs a header and a row
_TABLE_ROWS: Final = re.compile(r"[\t|｜,][^\n]*\n[^\n]*[\t|｜,]")


@lru_cache(maxsize=256)
def fields(text: str) -> tuple[Field, ...]:
    """Every (field name, value) pair in ``text``, each value once: the first layout that
    reads it wins (JSON, XML, HTML, key=value, table, then ``Key: value`` lines), unless a
    later one gives it a name that says what it is and the first a name that says nothing
    (a ``Field | Value`` table whose rows are ``<td>DOB</td><td>…</td>``)."""
    if _STRUCTURE_HINT.search(text) is None:
        return ()
    seen: dict[tuple[int, int], int] = {}
    result: list[Field] = []
    # each layout's reader runs only where its mark is: most messages are prose
    readers = [
        reader
        for reader, marks in _READERS
        if any(mark in text for mark in marks)
        and (reader is not _table_fields or _TABLE_ROWS.search(text) is not None)
    ]
    # the vCard and MT103 readers know where a line's value starts: another reading across it
    # is wrong
    exact = _vcard_fields in readers or _mt_fields in readers
    for reader in readers:
        for field in reader(text):
            span = (field.start, field.end)
            if field.start >= field.end:
                continue
            if span in seen:
                index = seen[span]
                if field_kind(result[index].key) is None and field_kind(field.key) is not None:
                    result[index] = field
                continue
            if reader is _line_fields and any(
                f.start <= field.start and field.end <= f.end for f in result
            ):
                continue  # "key: value" inside a value another layout already read
            if exact and any(
                f.layout in _LINE_LAYOUTS
                and f.start < field.end
                and field.start < f.end
                and not (f.start <= field.start and field.end <= f.end)
                for f in result
            ):
                continue  # "TYPE=CELL:(01)" across a vCard line's parameters and its value
            seen[span] = len(result)
            result.append(field)
    return tuple(result)


def _table_field(text: str, start: int) -> Field | None:
    if _TABLE_ROWS.search(text) is None:
        return None  # no two lines in a row with cells: no table
    for field in fields(text):
        if field.layout == "table" and field.start <= start < field.end:
            return field
    return None


def column_header(text: str, start: int) -> str | None:
    """The header cell of the table column holding ``text[start]`` (tab, ``|``, ``｜`` or
    comma tables; see :func:`fields`), or ``None`` outside a table."""
    field = _table_field(text, start)
    return None if field is None else field.key


def cell_of(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the table cell holding ``text[start]``, or ``None`` outside a table."""
    field = _table_field(text, start)
    return None if field is None else (field.start, field.end)


# --------------------------------------------------------------------------- field names

_CAMEL: Final = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def normalise_key(key: str) -> str:
    """``dateOfBirth`` / ``date_of_birth`` / ``Date-of-Birth:`` -> ``date of birth``."""
    key = _CAMEL.sub(" ", key.strip().strip("\"'*`:：#"))
    return re.sub(r"[\s_.\-/()]+", " ", key).strip().lower()


_DOB_KEY: Final = re.compile(
    r"(?:^|\s)(?:dob|d o b|birth ?date|birthday|date of birth|birth|born|bday|出生日期|出生|"
    r"生日|出世日期|出世|出生年月日?|csrq|chusheng riqi|shengri)(?:\s|$)|出生|生日|出世"
)
_NOT_DOB_KEY: Final = re.compile(r"place|city|country|town|province|地点|地點|籍|省|城市")
_ADDRESS_KEY: Final = re.compile(
    r"(?:^|\s)(?:address|addr|street|address line ?\d?|addr ?\d|line ?\d)(?:\s|$)|"
    r"address|地址|住址|住所|居住地|通讯地址|通訊地址"
)
_NOT_ADDRESS_KEY: Final = re.compile(
    r"e ?mail|ip|mac|web|url|server|host|wallet|remote|merchant|company|branch|office|"
    r"corporate|bank|商户|公司|网点|網點|支行|分行|营业|機構|机构|ip地址"
)
_PERSON_KEY: Final = re.compile(
    r"^(?:(?:customer|cust|client|account|card|full|first|last|given|family|legal|"
    r"applicant|holder|payee|beneficiary|contact|member|user|patient|employee|sender|"
    r"recipient|receiver)\s)*(?:name|full name|first name|last name|surname|given name|"
    r"holder|account holder|cardholder|card holder|applicant)$|"
    r"^(?:客户|客戶|持卡人|收款人|付款人|联系人|聯絡人|申请人|申請人|户名|戶名|开户人)?"
    r"(?:姓名|名字|户名|戶名)$|^(?:持卡人|收款人|付款人|联系人|聯絡人|申请人|申請人|开户人)$|"
    r"^(?:xm|xingming)$"  # 姓名 in pinyin initials, as Chinese government systems name it
)
_PHONE_KEY: Final = re.compile(
    r"(?:^|\s)(?:phone|mobile|tel|telephone|cell|cellphone|mob|msisdn|whatsapp|contact no|"
    r"contact number|contact|phone no|mobile no|hp)(?:\s|$)|手机|手機|电话|電話|联系方式|聯絡方式"
)
# Field names that say a value is not a person's: the bank's or a firm's data, the record's
# own bookkeeping. A detection inside such a value is dropped.
_NOT_PERSONAL_KEY: Final = re.compile(
    r"(?:^|\s)(?:created|updated|modified|posted|booked|settled|settlement|txn|transaction|"
    r"trans|value date|due|due date|expiry|expires|expiration|timestamp|ts|time|date|"
    r"branch|sol|org|bic|swift|sort code|routing|reference|ref|txn id|order|invoice|"
    r"amount|amt|balance|total|fee|currency|merchant|company|corporate|business|vendor|"
    r"supplier|hotline|support|helpdesk|noreply|no reply|status|last4|last 4|tail4|"
    r"mask|masked|sku|batch|request id|trace|session|token|nonce|otp|utm|opened|closed|issued|"
    r"effective|valid)"
    r"(?:\s|$)|"
    r"流水|金额|金額|余额|餘額|商户|商戶|交易|网点|網點|机构|機構|尾号|尾號|对公|對公|"
    r"公司|企业|企業|热线|熱線|客服|状态|狀態|订单|訂單|单号|單號|批次|创建|創建|更新|"
    r"到期|还款日|還款日"
)
# An account number's field (a card's is the card rules' to read: a UnionPay card is a bank
# account or a credit card by the cues around it); a company's account is not personal above
_ACCOUNT_KEY: Final = re.compile(
    r"^(?:(?:bank|customer|payee|beneficiary|ordering|savings|current|personal|your)\s)?"
    r"(?:account|acct|acc|a c|ac)(?:\s(?:number|num|no|nr|#))?$|"
    r"^(?:收款|付款|个人|個人|本人)?(?:账号|帳號|賬號|帐号|账户|帳戶|賬戶|帐户)(?:号码|號碼)?$"
)
_SSN_KEY: Final = re.compile(
    r"^(?:ssn|ss no|ss number|social security|social security (?:number|no|num|#)|"
    r"social sec no|soc sec no|ssn no|ssn number)$"
)
# A key that names a date of its own ("date", "ts") is not personal, but "date of birth" is;
# a name field of a firm ("merchant name", "company name") is not a person's.


@lru_cache(maxsize=1024)
def field_kind(key: str) -> str | None:
    """What a field name says of the value under it: ``"DATE_OF_BIRTH"``, ``"ADDRESS"``,
    ``"PERSON"``, ``"PHONE_NUMBER"``, ``"BANK_ACCOUNT"``, ``"US_SSN"``, ``"NOT_PERSONAL"`` or
    ``None`` (it says nothing)."""
    name = normalise_key(key)
    if not name or len(name) > 40:
        return None
    if _DOB_KEY.search(name) and not _NOT_DOB_KEY.search(name):
        return "DATE_OF_BIRTH"
    if _ADDRESS_KEY.search(name) and not _NOT_ADDRESS_KEY.search(name):
        return "ADDRESS"
    if _PERSON_KEY.search(name):
        return "PERSON"
    if _NOT_PERSONAL_KEY.search(name):
        return "NOT_PERSONAL"
    if _PHONE_KEY.search(name):
        return "PHONE_NUMBER"
    if _ACCOUNT_KEY.search(name):
        return "BANK_ACCOUNT"
    if _SSN_KEY.search(name):
        return "US_SSN"
    return None
