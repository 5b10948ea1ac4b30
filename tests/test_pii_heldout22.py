"""The twenty-second blind PII set (benchmarks/pii_heldout22): checks the set, never a detector."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from pii_heldout22.generator import (  # noqa: E402
    cn_id_check,
    cn_id_ok,
    generate,
    iban_ok,
    luhn_digit,
    luhn_ok,
    ssn_ok,
)

LABELS = {
    "PERSON",
    "ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "BANK_ACCOUNT",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
}
ID_RE = re.compile(r"^v22-(en|zh)-[a-z_]+-\d{4}$")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return generate()


def values(row: dict, label: str) -> list[str]:
    return [row["text"][s["start"] : s["end"]] for s in row["spans"] if s["label"] == label]


def test_shape_ids_and_languages(rows: list[dict]) -> None:
    assert len(rows) == 600
    assert len({r["id"] for r in rows}) == 600
    for index, row in enumerate(rows):
        assert set(row) == {"id", "text", "lang", "spans"}
        assert ID_RE.match(row["id"]), row["id"]
        assert row["id"].split("-")[1] == row["lang"]
        assert row["id"].endswith(f"-{index:04d}")
    assert Counter(r["lang"] for r in rows) == {"en": 300, "zh": 300}
    assert generate(40, 5) == generate(40, 5)
    assert generate(40, 5) != generate(40, 6)
    odd = generate(41, 9)
    assert Counter(r["lang"] for r in odd) == {"en": 20, "zh": 21}


def test_negative_share_and_variety(rows: list[dict]) -> None:
    for lang in ("en", "zh"):
        mine = [r for r in rows if r["lang"] == lang]
        free = [r for r in mine if not r["spans"]]
        assert abs(len(free) / len(mine) - 0.3) < 0.01
        # hard negatives live in the same genres as the positives, and are not one template
        assert {r["id"].split("-")[2] for r in free} == {r["id"].split("-")[2] for r in mine}
        assert len({r["text"] for r in free}) >= 0.9 * len(free)
        genres = Counter(r["id"].split("-")[2] for r in mine)
        assert len(genres) >= 12 and max(genres.values()) - min(genres.values()) <= 1


def test_spans_sit_on_their_values(rows: list[dict]) -> None:
    seen: Counter[str] = Counter()
    for row in rows:
        text, spans = row["text"], row["spans"]
        previous_end = 0
        for span in sorted(spans, key=lambda s: s["start"]):
            assert span["label"] in LABELS
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert span["start"] >= previous_end, row["id"]  # no overlaps
            previous_end = span["end"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), (row["id"], value)
            assert value.rstrip(".,;:(，。：（") == value, (row["id"], value)
            assert value.lstrip(".,;:)，。：）") == value, (row["id"], value)
            assert value.count("(") == value.count(")"), (row["id"], value)
            seen[f"{span['label']}/{row['lang']}"] += 1
    for label in LABELS - {"US_SSN", "CN_ID_CARD"}:
        assert seen[f"{label}/en"] + seen[f"{label}/zh"] >= 10, label
    assert seen["US_SSN/en"] >= 10 and seen["CN_ID_CARD/zh"] >= 30


def test_values_have_their_shapes(rows: list[dict]) -> None:
    for row in rows:
        for value in values(row, "EMAIL_ADDRESS"):
            assert re.fullmatch(r"[a-z0-9._']+@[a-z0-9.-]+\.[a-z]{2,}", value), value
        for value in values(row, "IP_ADDRESS"):
            parts = [int(p) for p in value.split(".")]
            assert len(parts) == 4 and all(0 <= p <= 255 for p in parts)
            assert parts[0] not in (10, 127, 192, 172)  # a public address
        for value in values(row, "PHONE_NUMBER"):
            digits = re.sub(r"\D", "", value)
            assert 10 <= len(digits) <= 13, value
        for value in values(row, "PERSON"):
            assert not any(ch.isdigit() for ch in value)
            assert not value.startswith(("Mr ", "Mrs ", "Ms ", "Dr "))
        for value in values(row, "ADDRESS"):
            assert any(ch.isdigit() for ch in value)
        for value in values(row, "BANK_ACCOUNT"):
            assert re.fullmatch(r"[\d ]+", value), value


def test_checksums(rows: list[dict]) -> None:
    x_ids = 0
    for row in rows:
        for value in values(row, "CREDIT_CARD"):
            assert luhn_ok(value), value
        for value in values(row, "IBAN_CODE"):
            assert iban_ok(value), value
        for value in values(row, "US_SSN"):
            assert ssn_ok(value), value
        for value in values(row, "CN_ID_CARD"):
            assert cn_id_ok(value), value
            x_ids += value.endswith("X")
        if row["lang"] == "zh":
            for value in values(row, "BANK_ACCOUNT"):
                digits = value.replace(" ", "")
                assert digits.startswith("62") and 16 <= len(digits) <= 19 and luhn_ok(digits)
    assert x_ids >= 3


def test_id_birth_digits_match_the_dob_beside_it(rows: list[dict]) -> None:
    pairs = 0
    for row in rows:
        ids, dobs = values(row, "CN_ID_CARD"), values(row, "DATE_OF_BIRTH")
        if ids and dobs:
            pairs += 1
            birth = ids[0][6:14]
            found = re.findall(r"\d+", dobs[0])
            joined = (
                found[0] if len(found) == 1 else f"{found[0]}{int(found[1]):02d}{int(found[2]):02d}"
            )
            assert joined == birth, (ids[0], dobs[0])
    assert pairs >= 3


def test_checksum_helpers_reject_corruptions() -> None:
    assert luhn_ok("4539 1488 0343 6467") and not luhn_ok("4539 1488 0343 6468")
    assert luhn_digit("7992739871") == "3"
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert cn_id_check("11010519491231002") == "X" and cn_id_ok("11010519491231002X")
    assert not cn_id_ok("110105194912310021")
    assert ssn_ok("123-45-6789")
    for bad in ("666-12-3456", "000-12-3456", "912-34-5678", "123-00-4567", "123-45-0000"):
        assert not ssn_ok(bad)


def test_cli_stats() -> None:
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks/pii_heldout22/generator.py"),
            "--n",
            "40",
            "--stats",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert '"rows": 40' in out and '"pii_free"' in out and '"genres"' in out
