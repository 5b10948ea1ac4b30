"""The twelfth blind PII set checks itself: determinism, spans, labels, proportions, checksums.

The checksum helpers here are written apart from the generator's, so a slip in either shows.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout12.generator import HOTLINES_EN, HOTLINES_ZH, generate

LABELS = {
    "PERSON",
    "ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "DATE_OF_BIRTH",
}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return generate()


def _values(rows: list[dict], label: str) -> list[str]:
    return [
        row["text"][span["start"] : span["end"]]
        for row in rows
        for span in row["spans"]
        if span["label"] == label
    ]


def _luhn_ok(digits: str) -> bool:
    checksum = 0
    for index, char in enumerate(digits[::-1]):
        value = int(char) * (2 if index % 2 else 1)
        checksum += value // 10 + value % 10
    return checksum % 10 == 0


def _iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    moved = compact[4:] + compact[:4]
    remainder = 0
    for char in moved:
        for digit in str(ord(char) - 55) if char.isalpha() else char:
            remainder = (remainder * 10 + int(digit)) % 97
    return remainder == 1


def _cn_id_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"\d{17}[\dX]", compact):
        return False
    total = sum(int(char) * (2 ** (17 - index) % 11) for index, char in enumerate(compact[:17]))
    return compact[17] == "10X98765432"[total % 11]


def test_same_seed_same_rows_other_seed_other_rows() -> None:
    assert generate(120, 5) == generate(120, 5)
    assert generate(120, 5) != generate(120, 6)
    assert generate() == generate(600, 12018)


def test_shape_languages_and_ids(rows: list[dict]) -> None:
    assert len(rows) == 600
    assert Counter(row["lang"] for row in rows) == {"en": 300, "zh": 300}
    assert len({row["id"] for row in rows}) == len(rows)
    genres = {
        lang: {row["id"].split("-")[1] for row in rows if row["lang"] == lang}
        for lang in ("en", "zh")
    }
    assert len(genres["en"]) >= 8 and len(genres["zh"]) >= 8
    assert not genres["en"] & genres["zh"]
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        assert isinstance(row["text"], str) and row["text"]


def test_spans_in_bounds_on_their_values_and_not_overlapping(rows: list[dict]) -> None:
    for row in rows:
        text = row["text"]
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["label"] in LABELS, (row["id"], span)
            assert 0 <= span["start"] < span["end"] <= len(text), (row["id"], span)
            value = text[span["start"] : span["end"]]
            assert value == value.strip() and value, (row["id"], value)
            assert span["start"] >= previous_end, (row["id"], "overlap", span)
            previous_end = span["end"]


def test_every_label_in_both_languages_and_at_least_four_genres(rows: list[dict]) -> None:
    genres_per_label: dict[str, set[str]] = {label: set() for label in LABELS}
    per_language: dict[str, Counter[str]] = {"en": Counter(), "zh": Counter()}
    for row in rows:
        for span in row["spans"]:
            genres_per_label[span["label"]].add(row["id"].split("-")[1])
            per_language[row["lang"]][span["label"]] += 1
    for label in LABELS:
        assert len(genres_per_label[label]) >= 4, label
        assert per_language["en"][label] > 0 and per_language["zh"][label] > 0, label


def test_pii_free_share_per_language(rows: list[dict]) -> None:
    for lang in ("en", "zh"):
        in_lang = [row for row in rows if row["lang"] == lang]
        share = sum(not row["spans"] for row in in_lang) / len(in_lang)
        assert 0.25 <= share <= 0.35, (lang, share)


def test_structured_numbers_have_valid_checksums(rows: list[dict]) -> None:
    for value in _values(rows, "CREDIT_CARD"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 15 <= len(digits) <= 16 and _luhn_ok(digits), value
    unionpay_accounts = 0
    for value in _values(rows, "BANK_ACCOUNT"):
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit(), value
        if digits.startswith("62") and 16 <= len(digits) <= 19:
            unionpay_accounts += 1
            assert _luhn_ok(digits), value
    assert unionpay_accounts > 20
    for value in _values(rows, "IBAN_CODE"):
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", value) and _iban_ok(value), value
    for value in _values(rows, "CN_ID_CARD"):
        assert _cn_id_ok(value), value
    for value in _values(rows, "US_SSN"):
        digits = re.sub(r"[ -]", "", value)
        area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
        assert len(digits) == 9 and 0 < area < 900 and area != 666, value
        assert group > 0 and serial > 0, value


def test_a_broken_checksum_is_caught_by_these_helpers() -> None:
    assert not _luhn_ok("4111111111111112") and _luhn_ok("4111111111111111")
    assert _iban_ok("GB82 WEST 1234 5698 7654 32") and not _iban_ok("GB82 WEST 1234 5698 7654 33")
    assert _cn_id_ok("11010519491231002X") and not _cn_id_ok("110105194912310021")


def test_business_numbers_and_role_mailboxes_are_never_spanned(rows: list[dict]) -> None:
    hotlines_seen = 0
    for row in rows:
        for hotline in (*HOTLINES_EN, *HOTLINES_ZH):
            for match in re.finditer(re.escape(hotline), row["text"]):
                hotlines_seen += 1
                for span in row["spans"]:
                    assert not (span["start"] < match.end() and match.start() < span["end"]), (
                        row["id"],
                        hotline,
                    )
    assert hotlines_seen > 100
    for value in _values(rows, "EMAIL_ADDRESS"):
        local = value.split("@")[0]
        assert local not in {"support", "noreply", "no-reply", "disputes", "kyc-team", "fraud.ops"}
        assert local != "mortgages", value
    texts = " ".join(row["text"] for row in rows)
    assert "support@" in texts and "noreply@" in texts
    assert "对公账户" in texts and "尾号" in texts and "card ending" in texts


def test_dates_of_birth_match_the_id_when_both_are_given(rows: list[dict]) -> None:
    checked = 0
    for row in rows:
        if row["lang"] != "zh":
            continue
        text = row["text"]
        ids = [text[s["start"] : s["end"]] for s in row["spans"] if s["label"] == "CN_ID_CARD"]
        births = [
            text[s["start"] : s["end"]] for s in row["spans"] if s["label"] == "DATE_OF_BIRTH"
        ]
        if (
            len(ids) != 1
            or len(births) != 1
            or row["id"].split("-")[1] not in {"zh_police", "zh_rm_log"}
        ):
            continue
        compact = ids[0].replace(" ", "")
        numbers = [int(part) for part in re.findall(r"\d+", births[0])]
        assert numbers == [int(compact[6:10]), int(compact[10:12]), int(compact[12:14])], row["id"]
        checked += 1
    assert checked > 3
