"""The twentieth independent PII set (benchmarks/pii_heldout20): the set itself only.

Shape, proportions, spans exactly on their values, checksums and PII-free negatives. The
detector is never run here: the set is a blind test split.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout20.generator import (
    ZH_GIVEN,
    ZH_PLACES,
    ZH_SURNAMES,
    ZH_TITLES,
    cn_id_check,
    cn_id_valid,
    generate,
    iban_valid,
    iban_with_check,
    luhn_check_digit,
    luhn_valid,
    ssn_valid,
    stats,
)

LABELS = {
    "en": {
        "PERSON",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "CREDIT_CARD",
        "BANK_ACCOUNT",
        "IBAN_CODE",
        "IP_ADDRESS",
        "US_SSN",
    },
    "zh": {
        "PERSON",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "CREDIT_CARD",
        "BANK_ACCOUNT",
        "IP_ADDRESS",
        "CN_ID_CARD",
    },
}
SURNAMES = "|".join(s for s, _ in ZH_SURNAMES)
GIVEN = "|".join(g for g, _ in ZH_GIVEN)
TITLES = "|".join(t for group in ZH_TITLES.values() for t in group)
ZH_PERSON = rf"({SURNAMES})({GIVEN}|{TITLES})"
DOB_FORMS = (
    r"\d{2}/\d{2}/\d{4}",
    r"\d{4}-\d{2}-\d{2}",
    r"\d{1,2} [A-Z][a-z]+ \d{4}",
    r"[A-Z][a-z]+ \d{1,2}, \d{4}",
    r"\d{4}年\d{1,2}月\d{1,2}日",
    r"\d{4}\.\d{1,2}\.\d{1,2}",
)
PHONE_FORMS = (
    r"0\d{4} ?\d{6}",  # UK mobile and landline
    r"\+44 \d{4} \d{3} \d{3}",
    r"\(\d{3}\) \d{3}-\d{4}|\d{3}-\d{3}-\d{4}|\+1 \d{3} \d{3} \d{4}",  # US
    r"1\d{10}|1\d{2} \d{4} \d{4}|1\d{2}-\d{4}-\d{4}|\+86 1\d{10}|0\d{2,3}-\d{8}",  # CN
)
ZH_STARTS = tuple(
    {(prov or city) for prov, city, _, _ in ZH_PLACES} | {c for _, c, _, _ in ZH_PLACES}
)
ID_RE = re.compile(r"^v20-(en|zh)-([a-z_]+)-(\d{4})$")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generate()


def spans_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    return [(row["text"][s["start"] : s["end"]], s["label"]) for s in row["spans"]]


def test_shape_ids_and_determinism(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    assert rows == generate(600, 20047)
    assert generate(600, 1) != rows
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        match = ID_RE.match(row["id"])
        assert match and match.group(1) == row["lang"], row["id"]
        assert isinstance(row["text"], str) and row["text"].strip()


def test_proportions(rows: list[dict[str, Any]]) -> None:
    by_lang = Counter(row["lang"] for row in rows)
    assert by_lang == {"en": 300, "zh": 300}
    for lang in ("en", "zh"):
        free = sum(1 for row in rows if row["lang"] == lang and not row["spans"])
        assert free == 90, (lang, free)
        genres = Counter(ID_RE.match(r["id"]).group(2) for r in rows if r["lang"] == lang)  # type: ignore[union-attr]
        assert len(genres) >= 15 and min(genres.values()) >= 10, genres
    # nearly every message is distinct (a handful of short PII-free questions may repeat)
    assert len({row["text"] for row in rows}) >= 590
    summary = stats(rows)
    assert summary["pii_free"] == {"en": 90, "zh": 90}


def test_spans_fall_on_values(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text, spans = row["text"], sorted(row["spans"], key=lambda s: s["start"])
        previous_end = 0
        for span in spans:
            assert span["label"] in LABELS[row["lang"]], (row["id"], span)
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert span["start"] >= previous_end, ("overlap", row["id"])
            previous_end = span["end"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip() and value, (row["id"], value)
            # a span never cuts a word or a number in two
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            if value[0].isascii() and value[0].isalnum():
                assert not (before.isascii() and before.isalnum()), (row["id"], value)
            if value[-1].isascii() and value[-1].isalnum():
                assert not (after.isascii() and after.isalnum()), (row["id"], value)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def test_values_have_their_shape_and_checksums(rows: list[dict[str, Any]]) -> None:
    seen: Counter[str] = Counter()
    for row in rows:
        for value, label in spans_of(row):
            seen[label] += 1
            if label == "CREDIT_CARD":
                assert re.fullmatch(r"\d[\d ]+\d", value), value
                assert luhn_valid(value) and len(_digits(value)) in (15, 16, 19), value
            elif label == "BANK_ACCOUNT":
                if row["lang"] == "zh":  # UnionPay debit cards without a credit cue
                    assert re.fullmatch(r"62[\d ]+\d", value) and luhn_valid(value), value
                    assert len(_digits(value)) in (16, 19), value
                else:
                    assert re.fullmatch(r"\d{8}", value), value
            elif label == "IBAN_CODE":
                assert iban_valid(value), value
            elif label == "CN_ID_CARD":
                assert cn_id_valid(value), value
                date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
            elif label == "US_SSN":
                assert ssn_valid(value), value
            elif label == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[A-Za-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", value), value
            elif label == "PHONE_NUMBER":
                assert any(re.fullmatch(form, value) for form in PHONE_FORMS), value
            elif label == "IP_ADDRESS":
                assert re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+", value), value
                if "." in value:
                    assert all(0 <= int(p) <= 255 for p in value.split("."))
            elif label == "DATE_OF_BIRTH":
                assert any(re.fullmatch(form, value) for form in DOB_FORMS), value
                numbers = [int(n) for n in re.findall(r"\d+", value)]
                assert any(1900 < n < 2026 for n in numbers), value
            elif label == "ADDRESS":
                if row["lang"] == "zh":
                    assert value.startswith(ZH_STARTS), value
                    assert re.fullmatch(r"\w+[市区]\w+\d+号\w*\d+栋\d+单元\d+室", value), value
                else:  # from flat or house number to the UK postcode or the US ZIP code
                    assert re.fullmatch(r"(Flat \d+, )?\d+\w?\s.*", value), value
                    assert re.search(r"[A-Z]{2}\d \d[A-Z]{2}$|, [A-Z]{2} \d{5}$", value), value
            elif label == "PERSON":
                if row["lang"] == "zh":
                    assert re.fullmatch(ZH_PERSON, value), value
                else:
                    assert re.fullmatch(r"[A-Z][a-z]*'?[A-Za-z-]+( [A-Z][A-Za-z'-]+)?", value), (
                        value
                    )
    assert set(seen) == LABELS["en"] | LABELS["zh"]
    assert seen["CN_ID_CARD"] >= 20 and seen["US_SSN"] >= 3 and seen["IBAN_CODE"] >= 20


def test_checksum_helpers_can_fail() -> None:
    assert luhn_check_digit("411111111111111") == "1" and luhn_valid("4111 1111 1111 1111")
    assert not luhn_valid("4111 1111 1111 1112")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid("GB82WEST12345698765433")
    assert iban_valid(iban_with_check("DE", "370400440532013000"))
    assert cn_id_check("11010519491231002") == "X" and cn_id_valid("11010519491231002X")
    assert not cn_id_valid("110105194912310021")
    assert ssn_valid("123-45-6789")
    for bad in ("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"):
        assert not ssn_valid(bad)


def test_some_ids_end_in_x(rows: list[dict[str, Any]]) -> None:
    ids = [v for row in rows for v, label in spans_of(row) if label == "CN_ID_CARD"]
    assert any(v.endswith("X") for v in ids)


def test_negatives_carry_no_spans_and_look_alike(rows: list[dict[str, Any]]) -> None:
    negatives = [row for row in rows if not row["spans"]]
    assert all(row["spans"] == [] for row in negatives)
    # PII-free messages hold no valid personal number of the kinds labelled elsewhere
    for row in negatives:
        text = row["text"]
        for run in re.findall(r"\d[\d ]{14,22}\d", text):
            assert not (len(_digits(run)) in (16, 19) and luhn_valid(run)), (row["id"], run)
        for run in re.findall(r"\d{17}[\dX]", text):
            assert not cn_id_valid(run), (row["id"], run)
    # hard negatives: the same genres, with look-alikes (hotlines, role mailboxes, public people)
    joined = "\n".join(row["text"] for row in negatives)
    assert "@stewardbank" in joined and ("0800" in joined or "0345" in joined)
    assert re.search(r"95\d{3}|400-|12349", joined)
    free_genres = {ID_RE.match(r["id"]).group(2) for r in negatives}  # type: ignore[union-attr]
    assert len(free_genres) >= 15
