from __future__ import annotations

import json
from pathlib import Path

import pytest

from steward.data.datasheet import Datasheet, build_datasheet, language_of, write_datasheet
from steward.data.dedup import NearDuplicateCluster
from steward.data.records import DuplicateRow, QuarantinedRow, Record
from steward.errors import StewardError


def _records() -> list[Record]:
    rows = [
        ("r1", "I lost my card <EMAIL>", "card_lost", "female", "18-30"),
        ("r2", "我的卡丢了", "card_lost", "male", "31-50"),
        ("r3", "What is my balance", "balance_inquiry", "female", "31-50"),
        ("r4", "我的 credit card 被拒了", "card_declined", "female", "51+"),
    ]
    return [
        Record(source="in.jsonl", line=i, record_id=rid, text=text, label=label,
               groups={"gender": gender, "age_band": age})
        for i, (rid, text, label, gender, age) in enumerate(rows, start=1)
    ]  # fmt: skip


def _build(tmp_path: Path, **overrides: object) -> Datasheet:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "r1"}\n', encoding="utf-8")
    params: dict[str, object] = dict(
        name="bank-cs",
        records=_records(),
        sources=[source],
        quarantined=[
            QuarantinedRow("in.jsonl", 7, "ingest", "bad JSON", "{"),
            QuarantinedRow("in.jsonl", 8, "ingest", "bad JSON", "{x"),
            QuarantinedRow("in.jsonl", 9, "clean", "empty text", "<p></p>"),
        ],
        duplicates=[
            DuplicateRow("in.jsonl", 10, "r10", "r1"),
            DuplicateRow("in.jsonl", 11, "r11", "r3"),
        ],
        near_duplicate_clusters=[NearDuplicateCluster("r1", ("r10",), (0.82,))],
        rows_in=9,
        group_fields=["gender", "age_band"],
        pii_before={"EMAIL": 3, "PHONE": 2},
        pii_after={"EMAIL": 0, "PHONE": 1},
        licence="CC-BY-4.0",
        purpose="train an intent classifier",
        created_at="2026-01-01T00:00:00+00:00",
    )
    params.update(overrides)
    return build_datasheet(**params)  # type: ignore[arg-type]


def test_datasheet_json_fields(tmp_path: Path) -> None:
    sheet = _build(tmp_path)
    data = sheet.to_dict()
    rows = data["composition"]["rows"]
    assert rows == {
        "rows_in": 9,
        "kept": 4,
        "quarantined": 3,
        "duplicates_removed": 2,
        "exact_duplicates_removed": 1,
        "near_duplicates_removed": 1,
        "balanced": True,
        "quarantine_reasons": {"bad JSON": 2, "empty text": 1},
    }
    assert data["composition"]["language_mix"] == {"en": 2, "mixed": 1, "zh": 1}
    assert data["composition"]["label_distribution"] == {
        "card_lost": 2,
        "balance_inquiry": 1,
        "card_declined": 1,
    }
    assert data["composition"]["group_counts"]["gender"] == {"female": 3, "male": 1}
    assert data["composition"]["pii"]["after_anonymization"] == {"PHONE": 1, "EMAIL": 0}
    near = data["composition"]["near_duplicates"]
    assert (near["clusters"], near["largest_cluster"]) == (1, 2)
    assert near["examples"][0]["representative_text"] == "I lost my card <EMAIL>"
    (source,) = data["collection_process"]["sources"]
    assert len(source["sha256"]) == 64
    assert data["distribution"]["licence"] == "CC-BY-4.0"
    assert set(data) >= {"motivation", "uses", "maintenance", "preprocessing"}
    with pytest.raises(AttributeError):
        sheet.licence = "x"  # type: ignore[misc]


def test_accounting_must_add_up(tmp_path: Path) -> None:
    with pytest.raises(StewardError, match="does not add up"):
        _build(tmp_path, rows_in=10)


def test_written_json_and_html(tmp_path: Path) -> None:
    json_path, html_path = write_datasheet(_build(tmp_path), tmp_path / "out")
    assert json.loads(json_path.read_text("utf-8"))["name"] == "bank-cs"
    page = html_path.read_text("utf-8")
    for section in ("Motivation", "Composition", "Collection process", "Uses", "Maintenance"):
        assert section in page
    assert '<table class="groups" id="group-gender">' in page
    assert '<tr><td>female</td><td class="num">3</td>' in page
    # PII before and after, per type
    assert '<tr><td>PHONE</td><td class="num">2</td>' in page
    assert '<td class="num fail">1</td>' in page
    assert "&lt;EMAIL&gt;" in page  # autoescaped governed text


def test_language_of() -> None:
    assert [language_of(t) for t in ("hello", "你好", "hi 你好", "123")] == [
        "en",
        "zh",
        "mixed",
        "other",
    ]
