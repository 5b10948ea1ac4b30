"""The fifteenth independent PII set (benchmarks/pii_heldout15) checked on its own terms: shape,
proportions, spans on their values, checksums and the not-personal conventions. The detector is
never run here: the set is scored once by benchmarks/pii_quality.py --heldout15."""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout15.generator import (
    GENRES,
    LABELS,
    cn_id_check,
    generate,
    iban_valid,
    luhn_valid,
    ssn_valid,
)

Row = dict[str, object]


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return generate()


def spans_of(row: Row) -> list[dict[str, object]]:
    spans = row["spans"]
    assert isinstance(spans, list)
    return spans


def values(rows: list[Row], label: str) -> list[tuple[Row, str]]:
    found = []
    for row in rows:
        text = str(row["text"])
        for span in spans_of(row):
            if span["label"] == label:
                found.append((row, text[int(span["start"]) : int(span["end"])]))  # type: ignore[call-overload]
    return found


def test_deterministic_per_seed(rows: list[Row]) -> None:
    assert generate() == rows
    assert generate(seed=1) != rows


def test_languages_ids_and_pii_free_share(rows: list[Row]) -> None:
    assert len(rows) == 600
    assert len({row["id"] for row in rows}) == 600
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        assert len(mine) == 300
        assert sum(not spans_of(row) for row in mine) == 90
    for row in rows:
        match = re.fullmatch(r"v15-(en|zh)-([a-z_]+)-(\d{4})", str(row["id"]))
        assert match and match[1] == row["lang"] and match[2] in GENRES[match[1]]


def test_every_genre_has_positives_and_negatives(rows: list[Row]) -> None:
    seen = Counter((str(row["id"]).split("-")[2], bool(spans_of(row))) for row in rows)
    for lang, genres in GENRES.items():
        assert len(genres) >= 12, lang
        for genre in genres:
            assert seen[(genre, True)] >= 10 and seen[(genre, False)] >= 3, genre


def test_spans_sit_on_trimmed_values_without_overlap(rows: list[Row]) -> None:
    for row in rows:
        text = str(row["text"])
        ordered = sorted(spans_of(row), key=lambda s: int(s["start"]))  # type: ignore[call-overload]
        end = 0
        for span in ordered:
            start, stop = int(span["start"]), int(span["end"])  # type: ignore[call-overload]
            assert span["label"] in LABELS
            assert end <= start < stop <= len(text), row["id"]
            value = text[start:stop]
            assert value == value.strip(" ,，。：:") and "\n" not in value, (row["id"], value)
            # a full stop only closes an initial (``Priya N.``), never a sentence
            assert not value.endswith(".") or value[-2].isupper(), (row["id"], value)
            end = stop


def test_every_label_is_well_represented(rows: list[Row]) -> None:
    counts = Counter(label for label in LABELS for _ in values(rows, label))
    for label in LABELS:
        assert counts[label] >= 20, label


def test_numbers_pass_their_checksums(rows: list[Row]) -> None:
    for _, card in values(rows, "CREDIT_CARD"):
        assert luhn_valid(card), card
    for _, iban in values(rows, "IBAN_CODE"):
        assert iban_valid(iban) and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", iban), iban
    for _, ssn in values(rows, "US_SSN"):
        assert ssn_valid(ssn) and re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", ssn), ssn
    for _, number in values(rows, "CN_ID_CARD"):
        assert cn_id_check(number[:17]) == number[17], number
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))  # a real birth date
    assert any(number.endswith("X") for _, number in values(rows, "CN_ID_CARD"))


def test_own_checksum_helpers_against_known_values() -> None:
    assert luhn_valid("4539 1488 0343 6467") and not luhn_valid("4539 1488 0343 6468")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid("GB82WEST12345698765433")
    assert iban_valid("DE89370400440532013000")
    assert cn_id_check("11010519491231002") == "X"
    assert (
        not ssn_valid("666-12-3456") and not ssn_valid("123-00-4567") and ssn_valid("123-45-6789")
    )


def test_unionpay_card_is_an_account_unless_a_credit_cue_is_beside_it(rows: list[Row]) -> None:
    for label in ("CREDIT_CARD", "BANK_ACCOUNT"):
        for row in rows:
            text = str(row["text"])
            for span in spans_of(row):
                value = text[int(span["start"]) : int(span["end"])]  # type: ignore[call-overload]
                if span["label"] != label or not value.startswith("62"):
                    continue
                before = text[max(0, int(span["start"]) - 12) : int(span["start"])]  # type: ignore[call-overload]
                has_cue = "信用卡" in before or "credit" in before.lower()
                assert has_cue == (label == "CREDIT_CARD"), (row["id"], before, value)


def test_not_personal_values_are_never_spanned(rows: list[Row]) -> None:
    for row in rows:
        text = str(row["text"])
        for span in spans_of(row):
            value = text[int(span["start"]) : int(span["end"])]  # type: ignore[call-overload]
            assert "stewardbank" not in value
            assert not re.match(r"(support|noreply|kefu|complaints|payments)@", value)
            assert not re.fullmatch(r"(400-\d{3}-\d{4}|95\d{3}|1[- ]?800[- \d]+|13 22 21)", value)
            for word in (
                "Morgan Stanley",
                "Marks & Spencer",
                "Sherlock",
                "李宁",
                "周大福",
                "孙悟空",
            ):
                assert word not in value


def test_card_shaped_references_in_pii_free_rows_fail_luhn(rows: list[Row]) -> None:
    checked = 0
    for row in rows:
        if spans_of(row):
            continue
        for run in re.findall(r"(?<![\dA-Z])\d(?:[ -]?\d){15,18}(?!\d)", str(row["text"])):
            assert not luhn_valid(run), (row["id"], run)
            checked += 1
    assert checked >= 30
