"""Read JSONL or CSV sources line by line; quarantine malformed rows with a reason."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from steward.config import DataPolicy
from steward.data.records import QuarantinedRow, Record
from steward.errors import StewardError

_RAW_PREVIEW = 500


@dataclass
class IngestResult:
    records: list[Record] = field(default_factory=list)
    quarantined: list[QuarantinedRow] = field(default_factory=list)
    rows_read: int = 0


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


def _iter_jsonl(path: Path) -> Iterator[tuple[int, str, dict[str, Any] | None, str | None]]:
    """Yield (line number, raw text, parsed object or None, reason when bad)."""
    with path.open("rb") as handle:
        for number, raw_bytes in enumerate(handle, start=1):
            raw_bytes = raw_bytes.rstrip(b"\r\n")
            try:
                raw = raw_bytes.decode("utf-8")
            except UnicodeDecodeError as exc:
                shown = raw_bytes.decode("utf-8", errors="backslashreplace")
                yield number, shown, None, f"invalid UTF-8 ({exc.reason} at byte {exc.start})"
                continue
            if not raw.strip():
                yield number, raw, None, "blank line"
                continue
            try:
                parsed = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield number, raw, None, f"invalid JSON: {exc.msg} (column {exc.colno})"
                continue
            if not isinstance(parsed, dict):
                yield number, raw, None, f"expected a JSON object, got {type(parsed).__name__}"
                continue
            yield number, raw, parsed, None


def _iter_csv(path: Path) -> Iterator[tuple[int, str, dict[str, Any] | None, str | None]]:
    with path.open("rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A CSV cannot be re-synchronised after an undecodable byte as reliably as JSONL, so
        # decode permissively and quarantine exactly the rows that carry replacement bytes.
        text = data.decode("utf-8-sig", errors="replace")
        del exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    for row in reader:
        number = reader.line_num
        raw = json.dumps(row, ensure_ascii=False)
        if any("\ufffd" in (value or "") for value in row.values() if isinstance(value, str)):
            yield number, raw, None, "invalid UTF-8 (undecodable bytes in the row)"
            continue
        if None in row:
            yield number, raw, None, "more values than header columns"
            continue
        yield number, raw, dict(row), None


def _validate(
    obj: dict[str, Any],
    policy: DataPolicy,
    source: str,
    line: int,
    text_fields: Sequence[str] = (),
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
    raw_id = obj.get(policy.id_field)
    record_id = str(raw_id) if raw_id not in (None, "") else f"{Path(source).name}:{line}"
    groups = {name: str(obj.get(name) or "unknown") for name in policy.group_fields}
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
    ), None


def ingest(
    paths: Sequence[tuple[Path, str]], policy: DataPolicy, text_fields: Sequence[str] = ()
) -> IngestResult:
    """Read every source; each row ends up in ``records`` or ``quarantined``. ``text_fields``
    are further fields every row must carry as non-empty text (kept in ``Record.extra``)."""
    result = IngestResult()
    seen_ids: set[str] = set()
    for path, declared_format in paths:
        if not path.is_file():
            raise StewardError("data source not found", where=str(path))
        fmt = detect_format(path, declared_format)
        rows = _iter_jsonl(path) if fmt == "jsonl" else _iter_csv(path)
        source = str(path)
        for line, raw, obj, reason in rows:
            result.rows_read += 1
            record = None
            if obj is not None:
                record, reason = _validate(obj, policy, source, line, text_fields)
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
    return result
