"""Read JSONL or CSV sources line by line; quarantine malformed rows with a reason."""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from steward.config import DataPolicy, LoadedPolicy
from steward.data.records import QuarantinedRow, Record
from steward.data.stream import CsvProblem, CsvReader, json_error_text
from steward.errors import StewardError
from steward.store.artifacts import Store

_RAW_PREVIEW = 500


@dataclass
class IngestResult:
    records: list[Record] = field(default_factory=list)
    quarantined: list[QuarantinedRow] = field(default_factory=list)
    rows_read: int = 0
    columns: set[str] = field(default_factory=set)  # every column the accepted rows carry


FEEDBACK_SOURCE_FILE = "feedback.jsonl"


def source_files(
    loaded: LoadedPolicy, store: Store, run_dir: Path, *, actor: str, run_id: str
) -> list[tuple[Path, str]]:
    """The file behind each of ``data.sources``, with its declared format. A ``type: feedback``
    source is the store's consented, corrected feedback, exported into ``run_dir`` now (and
    recorded in the ledger with its feedback and incident ids), so it is hashed, stored and
    governed exactly like a file the policy names."""
    files: list[tuple[Path, str]] = []
    for source in loaded.policy.data.sources:
        if source.type == "feedback":
            from steward.accountability.feedback_export import export_feedback

            exported = export_feedback(
                store,
                loaded.policy,
                run_dir / FEEDBACK_SOURCE_FILE,
                actor=actor,
                run_id=run_id,
                allow_empty=True,  # no feedback yet is an empty source, not a failed run
            )
            files.append((exported.path, "jsonl"))
        else:
            assert source.path is not None  # SourcePolicy checks a file source has one
            files.append((loaded.resolve(source.path), source.format))
    return files


def detect_format(path: Path, declared: str) -> str:
    if declared != "auto":
        return declared
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    raise StewardError(
        f"cannot tell the format from suffix {suffix!r}; set format: jsonl|csv", where=str(path)
    )


class SourceRow(NamedTuple):
    """One row of a source file as ingest reads it: each becomes a record or a quarantined row.
    ``line`` numbers the record (JSONL: its line; CSV: the last physical line of the record, so
    record ids and erasure keep matching older runs); ``first_line`` is where it starts.
    ``obj`` holds the fields as far as they could be read, also for an unusable row (``reason``
    set), so that erasure finds a person in rows that went to quarantine."""

    line: int
    first_line: int
    raw: str
    obj: dict[str, Any] | None
    reason: str | None  # why the row is unusable; None for a row to validate


def read_source_rows(path: Path, fmt: str) -> Iterator[SourceRow]:
    """Every row of a JSONL or CSV source, in order; erasure reads sources with this too, so
    both see the same rows on the same lines."""
    return _iter_jsonl(path) if fmt == "jsonl" else _iter_csv(path)


def _iter_jsonl(path: Path) -> Iterator[SourceRow]:
    with path.open("rb") as handle:
        for number, raw_bytes in enumerate(handle, start=1):
            yield jsonl_source_row(number, raw_bytes)


def jsonl_source_row(number: int, raw_bytes: bytes) -> SourceRow:
    """Line ``number`` of a JSONL source (its bytes, with or without the line break) as ingest
    reads it; the Ray engine parses its chunks' lines with this too."""
    raw_bytes = raw_bytes.rstrip(b"\r\n")
    if number == 1:  # a byte-order mark is encoding noise, not part of the first row
        raw_bytes = raw_bytes.removeprefix(codecs.BOM_UTF8)
    try:
        raw = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        shown = raw_bytes.decode("utf-8", errors="backslashreplace")
        reason = f"invalid UTF-8 ({exc.reason} at byte {exc.start})"
        return SourceRow(number, number, shown, _object_or_none(raw_bytes), reason)
    if not raw.strip():
        return SourceRow(number, number, raw, None, "blank line")
    try:
        parsed = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, or a number too long to convert
        return SourceRow(number, number, raw, None, f"invalid JSON: {json_error_text(exc)}")
    if not isinstance(parsed, dict):
        reason = f"expected a JSON object, got {type(parsed).__name__}"
        return SourceRow(number, number, raw, None, reason)
    return SourceRow(number, number, raw, parsed, None)


def _object_or_none(raw_bytes: bytes) -> dict[str, Any] | None:
    """The JSON object on a line that is not all UTF-8, read with U+FFFD for the bad bytes."""
    try:
        value = json.loads(raw_bytes.decode("utf-8", errors="replace"))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _iter_csv(path: Path) -> Iterator[SourceRow]:
    """The same CSV reading as ``steward pii`` (:class:`CsvReader`): undecodable bytes
    quarantine only their row, and a row whose quote never closes is quarantined on its own
    line instead of swallowing the rows after it."""
    with path.open("rb") as handle:
        rows = CsvReader(handle, str(path))
        header, width = rows.header, len(rows.header)
        for row in rows:
            if isinstance(row, CsvProblem):
                # Its fields as a lenient reader sees the line, for erasure to match on.
                values = next(csv.reader([row.text]), [])
                fields = dict(zip(header, values, strict=False)) or None
                yield SourceRow(row.first_line, row.first_line, row.text, fields, row.error)
                continue
            line, values = row.last_line, row.values
            fields = dict(zip(header, values, strict=False))
            raw = json.dumps(fields if len(values) <= width else values, ensure_ascii=False)
            if not values:
                reason: str | None = "blank line"
            elif row.undecodable:
                reason = "invalid UTF-8 (undecodable bytes in the row)"
            elif len(values) > width:
                reason = "more values than header columns"
            elif len(values) < width:
                reason = "fewer values than header columns"
            else:
                reason = None
            yield SourceRow(line, row.first_line, raw, fields if values else None, reason)


def _validate(
    obj: dict[str, Any],
    policy: DataPolicy,
    source: str,
    line: int,
    text_fields: Sequence[str] = (),
    max_text_chars: int | None = None,
) -> tuple[Record | None, str | None]:
    text = obj.get(policy.text_field)
    label = obj.get(policy.label_field)
    if policy.text_field not in obj:
        return None, f"missing field {policy.text_field!r}"
    if not isinstance(text, str):
        return None, f"field {policy.text_field!r} must be text, got {type(text).__name__}"
    if not text.strip():
        return None, f"field {policy.text_field!r} is empty"
    if policy.label_field not in obj or label is None or (isinstance(label, str) and not label):
        return None, f"missing field {policy.label_field!r}"
    if not isinstance(label, str | int):
        return None, f"field {policy.label_field!r} must be text, got {type(label).__name__}"
    for name in text_fields:  # further required text, e.g. the agent's reply
        value = obj.get(name)
        if name not in obj or value is None:
            return None, f"missing field {name!r}"
        if not isinstance(value, str):
            return None, f"field {name!r} must be text, got {type(value).__name__}"
        if not value.strip():
            return None, f"field {name!r} is empty"
    if max_text_chars is not None:
        for name in (policy.text_field, *text_fields):
            if len(obj[name]) > max_text_chars:
                return None, (
                    f"field {name!r} over pii.max_field_chars "
                    f"({len(obj[name]):,} characters > {max_text_chars:,})"
                )
    raw_id = obj.get(policy.id_field)
    record_id = str(raw_id) if raw_id not in (None, "") else f"{Path(source).name}:{line}"
    missing_groups = tuple(
        name for name in policy.group_fields if obj.get(name) is None or not str(obj[name]).strip()
    )
    groups = {
        name: "unknown" if name in missing_groups else str(obj[name])
        for name in policy.group_fields
    }
    extra = {
        key: value
        for key, value in obj.items()
        if key not in {policy.text_field, policy.label_field, policy.id_field, *policy.group_fields}
    }
    return Record(
        source=source,
        line=line,
        record_id=record_id,
        text=text,
        label=str(label),
        groups=groups,
        extra=extra,
        missing_groups=missing_groups,
    ), None


def ingest(
    paths: Sequence[tuple[Path, str]],
    policy: DataPolicy,
    text_fields: Sequence[str] = (),
    *,
    max_text_chars: int | None = None,
) -> IngestResult:
    """Read every source; each row ends up in ``records`` or ``quarantined``. ``text_fields``
    are further fields every row must carry as non-empty text (kept in ``Record.extra``); a
    row with one of them (or its text) longer than ``max_text_chars`` is quarantined."""
    result = IngestResult()
    seen_ids: set[str] = set()
    for path, declared_format in paths:
        if not path.is_file():
            raise StewardError("data source not found", where=str(path))
        fmt = detect_format(path, declared_format)
        source = str(path)
        for line, _first_line, raw, obj, reason in read_source_rows(path, fmt):
            result.rows_read += 1
            record = None
            if obj is not None and reason is None:
                record, reason = _validate(obj, policy, source, line, text_fields, max_text_chars)
            if record is not None and record.record_id in seen_ids:
                reason = f"duplicate {policy.id_field} {record.record_id!r}"
                record = None
            if record is None:
                result.quarantined.append(
                    QuarantinedRow(
                        source=source,
                        line=line,
                        stage="ingest",
                        reason=reason or "invalid row",
                        raw=raw[:_RAW_PREVIEW],
                    )
                )
                continue
            seen_ids.add(record.record_id)
            result.records.append(record)
            result.columns.update(obj if obj is not None else ())
    return result
