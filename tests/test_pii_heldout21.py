"""The twenty-first independent PII set (benchmarks/pii_heldout21): the set itself only — shape,
proportions, spans on their values, checksums, PII-free rows — never the detector."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout21.generator import (
    LABELS,
    cn_id_ok,
    generate,
    iban_ok,
    luhn_ok,
    ssn_ok,
    stats,
)

ID = re.compile(r"^v21-(en|zh)-([a-z]+)-(\d{4})$")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generate(600, 21053)


def _values(rows: list[dict[str, Any]], label: str) -> list[str]:
    return [
        row["text"][s["start"] : s["end"]]
        for row in rows
        for s in row["spans"]
        if s["label"] == label
    ]


def test_checksum_helpers_reject_and_accept_known_values() -> None:
    assert luhn_ok("4111 1111 1111 1111") and not luhn_ok("4111 1111 1111 1112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB83 WEST 1234 5698 7654 32")
    assert cn_id_ok("11010519491231002X") and not cn_id_ok("110105194912310021")
    assert ssn_ok("123-45-6789")
    for bad in ("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"):
        assert not ssn_ok(bad), bad


def test_shape_and_ids(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    assert len({row["id"] for row in rows}) == 600
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        match = ID.match(row["id"])
        assert match and match.group(1) == row["lang"], row["id"]
        assert row["text"].strip()
    assert Counter(row["lang"] for row in rows) == {"en": 300, "zh": 300}
    assert generate(600, 21053) == rows
    assert generate(40, 7) != generate(40, 8)
    assert len(generate(11, 1)) == 11


def test_proportions_and_labels(rows: list[dict[str, Any]]) -> None:
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        free = sum(not row["spans"] for row in mine) / len(mine)
        assert 0.28 <= free <= 0.32, (lang, free)
        genres = Counter(ID.match(row["id"]).group(2) for row in mine)  # type: ignore[union-attr]
        assert len(genres) >= 20 and max(genres.values()) <= 3 * min(genres.values()) + 4
    used = {s["label"] for row in rows for s in row["spans"]}
    assert used == set(LABELS)
    summary = stats(rows)
    assert summary["rows"] == 600
    assert sum(summary["labels"].values()) == sum(len(row["spans"]) for row in rows)  # type: ignore[attr-defined]


def test_spans_fall_on_their_values(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text, last_end = row["text"], 0
        for span in row["spans"]:
            start, end = span["start"], span["end"]
            assert span["label"] in LABELS
            assert last_end <= start < end <= len(text), row["id"]
            value = text[start:end]
            assert value == value.strip() and value[-1] not in ".,;:，。；：", (row["id"], value)
            last_end = end


def test_structured_values_have_real_checksums(rows: list[dict[str, Any]]) -> None:
    for card in _values(rows, "CREDIT_CARD"):
        assert luhn_ok(card) and len(re.sub(r"\D", "", card)) in (15, 16), card
    for iban in _values(rows, "IBAN_CODE"):
        assert iban_ok(iban), iban
    for ssn in _values(rows, "US_SSN"):
        assert ssn_ok(ssn), ssn
    ids = _values(rows, "CN_ID_CARD")
    assert any(i.endswith("X") for i in ids)
    for cid in ids:
        assert cn_id_ok(cid), cid
    for account in _values(rows, "BANK_ACCOUNT"):
        digits = re.sub(r"\D", "", account)
        assert digits.isdigit()
        if digits.startswith("62"):
            assert 16 <= len(digits) <= 19 and luhn_ok(digits), account
    for ip in _values(rows, "IP_ADDRESS"):
        assert all(0 <= int(part) <= 255 for part in ip.split(".")), ip


def test_chinese_id_birth_digits_match_the_dob_beside_them(rows: list[dict[str, Any]]) -> None:
    checked = 0
    for row in rows:
        ids = _values([row], "CN_ID_CARD")
        dobs = _values([row], "DATE_OF_BIRTH")
        if row["lang"] != "zh" or len(ids) != 1 or len(dobs) != 1:
            continue
        parts = re.findall(r"\d+", dobs[0])
        ymd = parts[0] if len(parts) == 1 else f"{parts[0]}{int(parts[1]):02d}{int(parts[2]):02d}"
        assert ids[0][6:14] == ymd, row["id"]
        checked += 1
    assert checked >= 20


def test_pii_free_rows_hold_no_card_like_numbers(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if row["spans"]:
            continue
        for run in re.findall(r"\d{13,19}", row["text"]):
            assert not luhn_ok(run), (row["id"], run)
        assert not re.search(r"\b1[3-9]\d{9}\b", row["text"]), row["id"]  # no CN mobile


def test_pii_free_rows_are_varied(rows: list[dict[str, Any]]) -> None:
    for lang in ("en", "zh"):
        free = [row["text"] for row in rows if row["lang"] == lang and not row["spans"]]
        assert len(set(free)) >= 0.6 * len(free), lang
