from __future__ import annotations

import json
from pathlib import Path

import pytest

from steward.config import DataPolicy, SourcePolicy
from steward.data.ingest import ingest
from steward.errors import StewardError

POLICY = DataPolicy(
    sources=[SourcePolicy(path=Path("x.jsonl"))], group_fields=["gender", "age_band"]
)


def _row(i: int, **overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "message_id": f"m{i}",
        "text": f"card {i} lost",
        "intent": "card_lost",
        "gender": "female",
        "age_band": "65+",
    }
    row.update(overrides)
    return row


def test_file_full_of_bad_rows_is_fully_accounted(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = [
        b'{"message_id": "m1", "text": "truncated',  # invalid JSON
        json.dumps(_row(2, text="bad \udcff")).encode("utf-8", "surrogateescape")[:-2]
        + b'\xff\xfe"}',  # invalid UTF-8
        json.dumps(_row(3, text=None)).encode(),  # null text
        json.dumps({k: v for k, v in _row(4).items() if k != "text"}).encode(),  # no text
        json.dumps({k: v for k, v in _row(5).items() if k != "intent"}).encode(),  # no intent
        json.dumps(_row(6, text="   ")).encode(),  # blank text
        json.dumps(_row(7, text=12)).encode(),  # number, not text
        b"[1, 2, 3]",  # not an object
        b"",  # blank line
        json.dumps(_row(8)).encode(),  # the one good row
        json.dumps(_row(8, text="again")).encode(),  # duplicate id
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = ingest([(path, "auto")], POLICY)
    assert result.rows_read == len(lines)
    assert len(result.records) == 1
    assert len(result.records) + len(result.quarantined) == result.rows_read
    reasons = {row.line: row.reason for row in result.quarantined}
    assert reasons[1].startswith("invalid JSON")
    assert reasons[2].startswith("invalid UTF-8")
    assert reasons[3] == "field 'text' must be text, got NoneType"
    assert reasons[4] == "missing field 'text'"
    assert reasons[5] == "missing field 'intent'"
    assert reasons[6] == "field 'text' is empty"
    assert reasons[7] == "field 'text' must be text, got int"
    assert reasons[8] == "expected a JSON object, got list"
    assert reasons[9] == "blank line"
    assert reasons[11] == "duplicate message_id 'm8'"
    assert all(row.source == str(path) for row in result.quarantined)
    good = result.records[0]
    assert (good.line, good.record_id, good.groups) == (
        10,
        "m8",
        {"gender": "female", "age_band": "65+"},
    )


def test_csv_source(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "message_id,text,intent,gender,age_band\n"
        "a,hello there,greeting,male,18-24\n"
        "b,,greeting,male,18-24\n"
        "c,too,many,values,here,extra\n",
        encoding="utf-8",
    )
    result = ingest([(path, "auto")], POLICY)
    assert [r.record_id for r in result.records] == ["a"]
    assert [(q.line, q.reason) for q in result.quarantined] == [
        (3, "field 'text' is empty"),
        (4, "more values than header columns"),
    ]


def test_missing_source_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(StewardError, match=r"nope\.jsonl: data source not found"):
        ingest([(tmp_path / "nope.jsonl", "auto")], POLICY)


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "rows.txt"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(StewardError, match="set format"):
        ingest([(path, "auto")], POLICY)
