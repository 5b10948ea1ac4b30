"""The ninth independent PII set itself: shape, spans, checksums, proportions (not the detector)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout9.generator import (
    EN_HOTLINES,
    LABELS,
    ZH_HOTLINES,
    cn_id_valid,
    generate,
    iban_valid,
    luhn_valid,
    ssn_valid,
)

Row = dict[str, object]


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return generate()


def _spans(row: Row) -> list[dict[str, object]]:
    spans = row["spans"]
    assert isinstance(spans, list)
    return spans


def _values(rows: list[Row], label: str) -> list[str]:
    out = []
    for row in rows:
        text = str(row["text"])
        for span in _spans(row):
            if span["label"] == label:
                out.append(text[int(str(span["start"])) : int(str(span["end"]))])
    return out


def test_same_seed_same_rows_and_other_seed_differs() -> None:
    assert generate(80, 5) == generate(80, 5)
    assert generate(80, 5) != generate(80, 6)


def test_rows_have_the_scorer_shape(rows: list[Row]) -> None:
    assert len(rows) == 600
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        assert row["lang"] in ("en", "zh")


def test_spans_are_in_bounds_trimmed_and_not_overlapping(rows: list[Row]) -> None:
    for row in rows:
        text = str(row["text"])
        previous_end = 0
        for span in sorted(_spans(row), key=lambda s: int(str(s["start"]))):
            start, end = int(str(span["start"])), int(str(span["end"]))
            assert 0 <= start < end <= len(text), row["id"]
            assert start >= previous_end, f"overlap in {row['id']}"
            value = text[start:end]
            assert value == value.strip() and value, row["id"]
            assert span["label"] in LABELS, span
            previous_end = end


def test_languages_balanced_and_pii_free_share(rows: list[Row]) -> None:
    for lang in ("en", "zh"):
        of_lang = [row for row in rows if row["lang"] == lang]
        assert 0.45 <= len(of_lang) / len(rows) <= 0.55
        free = sum(1 for row in of_lang if not _spans(row))
        assert 0.25 <= free / len(of_lang) <= 0.35, lang


def test_every_label_occurs_in_numbers(rows: list[Row]) -> None:
    for label in LABELS:
        assert len(_values(rows, label)) >= 20, label


def test_structured_numbers_pass_their_checksums(rows: list[Row]) -> None:
    for card in _values(rows, "CREDIT_CARD"):
        assert luhn_valid(card), card
        assert not re.sub(r"\D", "", card).startswith("62"), card
    for account in _values(rows, "BANK_ACCOUNT"):
        digits = re.sub(r"\D", "", account)
        if digits.startswith("62") and 16 <= len(digits) <= 19:
            assert luhn_valid(digits), account
    for iban in _values(rows, "IBAN_CODE"):
        assert iban_valid(iban), iban
    for ssn in _values(rows, "US_SSN"):
        assert ssn_valid(ssn), ssn
    for cn_id in _values(rows, "CN_ID_CARD"):
        assert cn_id_valid(cn_id), cn_id


def test_checksum_helpers_reject_broken_numbers() -> None:
    assert luhn_valid("4111 1111 1111 1111") and not luhn_valid("4111 1111 1111 1112")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid(
        "GB82 WEST 1234 5698 7654 33"
    )
    assert cn_id_valid("11010519491231002X") and not cn_id_valid("110105194912310021")
    assert ssn_valid("123-45-6789")
    assert (
        not ssn_valid("666-45-6789")
        and not ssn_valid("900-12-3456")
        and not ssn_valid("123-00-6789")
    )


def test_hotlines_appear_and_are_never_spanned(rows: list[Row]) -> None:
    hotlines = EN_HOTLINES + ZH_HOTLINES
    assert sum(any(h in str(row["text"]) for h in hotlines) for row in rows) >= 20
    spanned = {v for label in LABELS for v in _values(rows, label)}
    assert not spanned & set(hotlines)
    for row in rows:
        text = str(row["text"])
        for hotline in hotlines:
            # a hotline standing alone, not digits that happen to sit inside a longer number
            for found in re.finditer(rf"(?<!\d){re.escape(hotline)}(?!\d)", text):
                for span in _spans(row):
                    assert not (
                        int(str(span["start"])) < found.end()
                        and found.start() < int(str(span["end"]))
                    ), row["id"]


def test_the_emphasis_of_this_set_is_present(rows: list[Row]) -> None:
    texts = [str(row["text"]) for row in rows]
    assert any("\n> " in t for t in texts)  # quoted replies
    assert any(
        t.count("\n") >= 3 and "," in t.splitlines()[0] and "name" in t.splitlines()[0].lower()
        for t in texts
    )  # CSV
    persons = _values(rows, "PERSON")
    assert any("·" in p for p in persons)  # minority names
    assert any(
        p[:2] in ("欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "令狐", "夏侯", "尉迟")
        for p in persons
    )
    assert any(len(p) == 2 and p[0] in "小老" for p in persons)  # nicknames
    assert any(re.fullmatch(r"09\d\d-\d{3}-\d{3}", p) for p in _values(rows, "PHONE_NUMBER"))
    assert any(v.startswith("民國") for v in _values(rows, "DATE_OF_BIRTH"))


def test_unionpay_debit_cards_are_accounts_with_no_credit_cue_near(rows: list[Row]) -> None:
    seen = 0
    for row in rows:
        text = str(row["text"])
        for span in _spans(row):
            start, end = int(str(span["start"])), int(str(span["end"]))
            digits = re.sub(r"\D", "", text[start:end])
            if digits.startswith("62") and 16 <= len(digits) <= 19:
                seen += 1
                assert span["label"] == "BANK_ACCOUNT", row["id"]
                near = text[max(0, start - 20) : end + 20]
                assert not re.search(r"信用卡|credit", near, re.IGNORECASE), row["id"]
    assert seen >= 50
