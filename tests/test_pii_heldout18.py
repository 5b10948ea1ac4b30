"""The v18 blind PII set itself (benchmarks/pii_heldout18): shape, proportions, spans on their
values, checksums. The detector is never run here."""

from __future__ import annotations

import ipaddress
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout18.generator import GENRES, generate

LABELS = {
    "PERSON",
    "ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "BANK_ACCOUNT",
    "CN_ID_CARD",
    "DATE_OF_BIRTH",
}
PERSONAL_HOSTS = {
    "gmail.com",
    "outlook.com",
    "btinternet.com",
    "yahoo.co.uk",
    "icloud.com",
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
}
ID_RE = re.compile(r"v18-(en|zh)-([a-z]+)-(\d{4})")


# Checksums written again here, independently of the generator's helpers.
def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _iban(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _cn_id(value: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(c) * w for c, w in zip(value[:17], weights, strict=True))
    return "10X98765432"[total % 11] == value[17]


def _ssn(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    return (
        area not in {"000", "666"}
        and not area.startswith("9")
        and group != "00"
        and (serial != "0000")
    )


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generate()


def _values(rows: list[dict[str, Any]], label: str) -> list[str]:
    return [
        r["text"][s["start"] : s["end"]] for r in rows for s in r["spans"] if s["label"] == label
    ]


def test_shape_ids_and_determinism(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    assert generate(40, 5) == generate(40, 5)
    assert generate(40, 5) != generate(40, 6)
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    for index, row in enumerate(rows):
        assert set(row) == {"id", "text", "lang", "spans"}
        m = ID_RE.fullmatch(row["id"])
        assert m, row["id"]
        assert m.group(1) == row["lang"] and m.group(2) in GENRES and int(m.group(3)) == index
        assert isinstance(row["text"], str) and row["text"].strip()


def test_proportions(rows: list[dict[str, Any]]) -> None:
    langs = Counter(r["lang"] for r in rows)
    assert langs == {"en": 300, "zh": 300}
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        free = sum(not r["spans"] for r in mine) / len(mine)
        assert 0.27 <= free <= 0.33, (lang, free)
        genres = Counter(ID_RE.fullmatch(r["id"]).group(2) for r in mine)  # type: ignore[union-attr]
        assert set(genres) == set(GENRES)
        # every genre has both messages with personal data and PII-free look-alikes
        for kind in (True, False):
            seen = {ID_RE.fullmatch(r["id"]).group(2) for r in mine if bool(r["spans"]) is kind}  # type: ignore[union-attr]
            assert seen == set(GENRES), (lang, kind)
    labels = Counter(s["label"] for r in rows for s in r["spans"])
    assert set(labels) == LABELS
    assert all(count >= 15 for count in labels.values()), labels


def test_spans_sit_on_their_values(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text, spans = row["text"], sorted(row["spans"], key=lambda s: s["start"])
        end = 0
        for s in spans:
            assert s["label"] in LABELS
            assert end <= s["start"] < s["end"] <= len(text), row["id"]
            value = text[s["start"] : s["end"]]
            assert value == value.strip(" ,.;:，。；：（）"), (row["id"], value)
            end = s["end"]
    for value in _values(rows, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", value), value
    for value in _values(rows, "PHONE_NUMBER"):
        assert 10 <= len(re.sub(r"\D", "", value)) <= 13 and re.fullmatch(r"[+\d() -]+", value)
    for value in _values(rows, "IP_ADDRESS"):
        ip = ipaddress.ip_address(value)
        assert ip.is_global, value
    for value in _values(rows, "DATE_OF_BIRTH"):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", value)]
        assert years and 1925 <= years[0] <= 2022, value
    for value in _values(rows, "PERSON"):
        assert not re.search(r"\d|@", value), value
    for value in _values(rows, "ADDRESS"):
        assert re.search(r"\d", value), value
    for value in _values(rows, "BANK_ACCOUNT"):
        assert re.fullmatch(r"\d[\d ]{6,24}\d", value), value


def test_checksums(rows: list[dict[str, Any]]) -> None:
    cards = _values(rows, "CREDIT_CARD")
    for value in cards:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and len(digits) in (15, 16) and _luhn(digits), value
    for value in _values(rows, "IBAN_CODE"):
        assert _iban(value), value
    ids = _values(rows, "CN_ID_CARD")
    assert all(_cn_id(v) for v in ids)
    assert any(v.endswith("X") for v in ids)
    assert all(_ssn(v) for v in _values(rows, "US_SSN"))
    # a 62... card is a CREDIT_CARD only beside 信用卡 / credit card (the scorer's convention)
    for row in rows:
        for s in row["spans"]:
            value = row["text"][s["start"] : s["end"]].replace(" ", "")
            if value.startswith("62") and s["label"] == "CREDIT_CARD":
                assert "信用卡" in row["text"] or "credit card" in row["text"].lower()
            if value.startswith("62") and len(value) >= 16 and s["label"] == "BANK_ACCOUNT":
                assert _luhn(value) and len(value) <= 19


def test_pii_free_messages_carry_no_personal_values(rows: list[dict[str, Any]]) -> None:
    free = [r for r in rows if not r["spans"]]
    assert free
    for row in free:
        text = row["text"]
        # only organisations' mailboxes: no address at a personal mail provider
        for domain in re.findall(r"@([\w.]+\w)", text):
            assert domain not in PERSONAL_HOSTS, (row["id"], domain)
        for run in re.findall(r"\d[\d -]{11,22}\d", text):
            digits = re.sub(r"\D", "", run)
            assert not (13 <= len(digits) <= 19 and _luhn(digits)), (row["id"], run)
        assert not re.search(r"\d{17}[\dX]", text), row["id"]
