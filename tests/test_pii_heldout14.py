"""The fourteenth blind PII set checked as data (issue 18): nothing here runs the detector.

The checksum helpers are written here again, apart from the generator's, so that a slip in the
generator's own helpers cannot hide itself.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from pii_heldout14.generator import generate  # noqa: E402

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
HOTLINES = (
    "0345",
    "0800",
    "1-800",
    "13 22 21",
    "13 11 55",
    "+44 345",
    "95588",
    "95533",
    "95599",
    "95566",
    "400",
    "12378",
)
ROLE_LOCAL_PARTS = {"support", "noreply", "payroll", "accounts", "complaints", "hello", "bookings"}
ROLE_LOCAL_PARTS |= {"kefu", "service"}
CREDIT_CUES = ("信用卡", "credit", "card")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return generate()


def spans_of(row: dict[str, object]) -> list[tuple[int, int, str]]:
    spans = row["spans"]
    assert isinstance(spans, list)
    return [(int(s["start"]), int(s["end"]), str(s["label"])) for s in spans]


def values(rows: list[dict[str, object]], label: str) -> list[str]:
    found = []
    for row in rows:
        text = str(row["text"])
        found += [text[start:end] for start, end, lab in spans_of(row) if lab == label]
    return found


def luhn(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    checksum = 0
    for index, digit in enumerate(digits[::-1]):
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        checksum += digit
    return checksum % 10 == 0


def mod97(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    as_digits = "".join(str(ord(ch) - 55) if ch.isalpha() else ch for ch in moved)
    return int(as_digits) % 97 == 1


def gb11643(number: str) -> bool:
    compact = number.replace(" ", "").upper()
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(ch) * w for ch, w in zip(compact[:17], weights, strict=True))
    return "10X98765432"[total % 11] == compact[17]


def ssn_ok(number: str) -> bool:
    match = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", number)
    if not match:
        return False
    area, group, serial = (int(part) for part in match.groups())
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def test_checksum_helpers_reject_a_corrupted_value() -> None:
    assert luhn("4111 1111 1111 1111") and not luhn("4111 1111 1111 1112")
    assert mod97("GB82 WEST 1234 5698 7654 32") and not mod97("GB82 WEST 1234 5698 7654 33")
    assert gb11643("11010519491231002X") and not gb11643("110105194912310021")
    assert ssn_ok("123-45-6789") and not ssn_ok("666-45-6789") and not ssn_ok("123-00-6789")


def test_deterministic_for_a_seed_and_different_for_another(
    rows: list[dict[str, object]],
) -> None:
    assert generate() == rows
    assert generate(600, 14018) == rows
    assert [r["text"] for r in generate(600, 1)] != [r["text"] for r in rows]


def test_size_languages_and_ids(rows: list[dict[str, object]]) -> None:
    assert len(rows) == 600
    assert Counter(r["lang"] for r in rows) == {"en": 300, "zh": 300}
    ids = [str(r["id"]) for r in rows]
    assert len(set(ids)) == len(ids)
    for row in rows:
        match = re.fullmatch(r"v14-(en|zh)-([a-z0-9]+)-\d{4}", str(row["id"]))
        assert match, row["id"]
        assert match.group(1) == row["lang"]
    assert len(generate(10)) == 10


def test_spans_lie_on_their_values_without_overlap(rows: list[dict[str, object]]) -> None:
    for row in rows:
        text = str(row["text"])
        previous_end = 0
        for start, end, label in sorted(spans_of(row)):
            assert label in LABELS, (row["id"], label)
            assert 0 <= start < end <= len(text), row["id"]
            assert start >= previous_end, f"overlap in {row['id']}"
            value = text[start:end]
            assert value == value.strip() and value, (row["id"], value)
            previous_end = end


def test_every_label_in_four_genres_and_languages_have_ten_genres(
    rows: list[dict[str, object]],
) -> None:
    genres_per_label: dict[str, set[str]] = defaultdict(set)
    genres_per_lang: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        genre = str(row["id"]).rsplit("-", 1)[0]
        genres_per_lang[str(row["lang"])].add(genre)
        for _, _, label in spans_of(row):
            genres_per_label[label].add(genre)
    assert set(genres_per_label) == LABELS
    for label, genres in genres_per_label.items():
        assert len(genres) >= 4, (label, genres)
    assert all(len(genres) >= 10 for genres in genres_per_lang.values())


def test_pii_free_share_per_language(rows: list[dict[str, object]]) -> None:
    for lang in ("en", "zh"):
        of_lang = [r for r in rows if r["lang"] == lang]
        free = sum(1 for r in of_lang if not r["spans"])
        assert 0.25 <= free / len(of_lang) <= 0.35, (lang, free)


def test_structured_numbers_have_valid_checksums(rows: list[dict[str, object]]) -> None:
    cards = values(rows, "CREDIT_CARD")
    assert cards and all(luhn(card) for card in cards)
    ibans = values(rows, "IBAN_CODE")
    assert ibans and all(mod97(value) for value in ibans)
    ids = values(rows, "CN_ID_CARD")
    assert ids and all(gb11643(value) for value in ids)
    assert any(value.endswith(("X", "x")) for value in ids)
    ssns = values(rows, "US_SSN")
    assert ssns and all(ssn_ok(value) for value in ssns)
    zh_rows = [row for row in rows if row["lang"] == "zh"]
    unionpay = [v for v in values(zh_rows, "BANK_ACCOUNT") if v.startswith("62")]
    assert unionpay and all(luhn(v) and 16 <= sum(c.isdigit() for c in v) <= 19 for v in unionpay)


def test_unionpay_credit_cards_only_beside_a_credit_cue(rows: list[dict[str, object]]) -> None:
    for row in rows:
        text = str(row["text"])
        for start, _, label in spans_of(row):
            if label == "CREDIT_CARD" and text[start : start + 2] == "62":
                assert any(cue in text[max(0, start - 12) : start] for cue in CREDIT_CUES)


def test_negatives_are_never_spanned(rows: list[dict[str, object]]) -> None:
    for row in rows:
        text = str(row["text"])
        for start, end, label in spans_of(row):
            value = text[start:end]
            assert "*" not in value, f"masked card spanned in {row['id']}"
            if label == "EMAIL_ADDRESS":
                assert value.split("@")[0] not in ROLE_LOCAL_PARTS, value
            if label == "PHONE_NUMBER":
                compact = value.replace(" ", "").replace("-", "")
                assert not compact.startswith(("0345", "0800", "1800", "400", "95")), value
                assert value not in HOTLINES
    # hard negatives really occur in the set, unspanned
    free_text = " ".join(str(r["text"]) for r in rows if not r["spans"])
    for marker in ("0345", "1-800", "95588", "@所有人", "**** ****", "对公账户", "noreply@"):
        assert marker in " ".join(str(r["text"]) for r in rows), marker
    assert "先生" in free_text or "女士" in free_text


def test_stats_cli_prints_labels_languages_and_genres() -> None:
    script = ROOT / "benchmarks" / "pii_heldout14" / "generator.py"
    result = subprocess.run(
        [sys.executable, str(script), "--stats"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    for label in LABELS:
        assert re.search(rf"^{label}\s+\d+\s+\d+$", result.stdout, re.MULTILINE), label
    assert "en: 300 messages, 90 PII-free" in result.stdout
    assert "handover (zh)" in result.stdout and "recall (en)" in result.stdout
