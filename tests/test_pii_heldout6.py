"""The sixth blind PII set (benchmarks/pii_heldout6) is well formed: deterministic, spans that are
exactly the inserted values, valid checksums, a 30% PII-free share and every label in both
languages. These tests check the set's construction only; they never run the PII engine on it."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from pii_heldout6 import generator  # noqa: E402

_EN_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                   "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}  # fmt: skip
_ZH_DIGIT_CHARS = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3",
                   "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
                   "叉": "X"}  # fmt: skip


@pytest.fixture(scope="module")
def rows_with_values() -> list[tuple[dict[str, Any], list[str]]]:
    return generator.generate_with_values()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generator.generate()


def _digits_of(value: str) -> str:
    """The digits of a value written with numerals, or read aloud in English or Chinese."""
    words = re.findall(r"[a-z]+", value.lower())
    if words and all(word in _EN_DIGIT_WORDS for word in words):
        return "".join(_EN_DIGIT_WORDS[word] for word in words)
    out = []
    for char in value:
        if char.isdigit():
            out.append(char)
        elif char in _ZH_DIGIT_CHARS:
            out.append(_ZH_DIGIT_CHARS[char])
        elif char in "Xx":
            out.append("X")
    return "".join(out)


def _luhn_ok(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _cn_id_ok(number: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]  # ISO 7064 MOD 11-2 weights, derived
    remainder = sum(int(c) * w for c, w in zip(number[:17], weights, strict=True)) % 11
    return number[17] == "10X98765432"[remainder]


def _iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _ssn_ok(digits: str) -> bool:
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def test_deterministic_for_a_seed_and_varies_across_seeds() -> None:
    assert generator.generate(80, seed=11) == generator.generate(80, seed=11)
    assert generator.generate(80, seed=11) != generator.generate(80, seed=12)


def test_row_shape_languages_alternate_and_ids_are_unique(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    assert len({row["id"] for row in rows}) == len(rows)
    for index, row in enumerate(rows):
        assert set(row) == {"id", "text", "lang", "spans"}
        assert row["lang"] == ("en" if index % 2 == 0 else "zh")
        for span in row["spans"]:
            assert set(span) == {"start", "end", "label"}
            assert span["label"] in generator.LABELS


def test_each_span_is_exactly_the_inserted_value(
    rows_with_values: list[tuple[dict[str, Any], list[str]]], rows: list[dict[str, Any]]
) -> None:
    assert [row for row, _ in rows_with_values] == rows
    for row, values in rows_with_values:
        assert len(row["spans"]) == len(values), row["id"]
        previous_end = 0
        for span, value in zip(row["spans"], values, strict=True):
            covered = row["text"][span["start"] : span["end"]]
            assert covered == value, (row["id"], covered, value)
            assert span["start"] >= previous_end, f"{row['id']}: overlapping spans"
            previous_end = span["end"]
            # the value only: no surrounding blanks and no cue punctuation inside the span
            assert covered == covered.strip(), (row["id"], covered)
            assert covered[0] not in ":：,，", (row["id"], covered)
            assert covered[-1] not in ":：,，。.", (row["id"], covered)


def test_checksums_are_valid(rows: list[dict[str, Any]]) -> None:
    checked: Counter[str] = Counter()
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            digits = _digits_of(value)
            label = span["label"]
            if label == "CREDIT_CARD":
                assert len(digits) in (15, 16) and _luhn_ok(digits), (row["id"], value)
            elif label == "BANK_ACCOUNT" and digits.startswith("62") and 16 <= len(digits) <= 19:
                assert _luhn_ok(digits), (row["id"], value)
            elif label == "CN_ID_CARD":
                assert _cn_id_ok(digits), (row["id"], value)
            elif label == "IBAN_CODE":
                assert _iban_ok(value), (row["id"], value)
            elif label == "US_SSN":
                assert _ssn_ok(digits), (row["id"], value)
            else:
                continue
            checked[label] += 1
    # the checks above actually ran, including on UnionPay accounts and numbers read aloud
    assert all(checked[label] > 0 for label in ("CREDIT_CARD", "BANK_ACCOUNT", "CN_ID_CARD"))
    assert checked["IBAN_CODE"] > 0 and checked["US_SSN"] > 0
    spoken = [
        row["text"][span["start"] : span["end"]]
        for row in rows
        for span in row["spans"]
        if span["label"] in ("CREDIT_CARD", "CN_ID_CARD", "BANK_ACCOUNT", "US_SSN")
        and not any(char.isdigit() for char in row["text"][span["start"] : span["end"]])
    ]
    assert len(spoken) >= 10


@pytest.mark.parametrize("n", [600, 101, 40])
def test_thirty_percent_of_each_language_is_pii_free(n: int) -> None:
    rows = generator.generate(n)
    for lang in ("en", "zh"):
        in_lang = [row for row in rows if row["lang"] == lang]
        free = [row for row in in_lang if not row["spans"]]
        assert len(free) == round(len(in_lang) * generator.PII_FREE_SHARE), (n, lang)


def test_every_label_in_each_language(rows: list[dict[str, Any]]) -> None:
    for lang in ("en", "zh"):
        labels = {span["label"] for row in rows if row["lang"] == lang for span in row["spans"]}
        assert labels == set(generator.LABELS), (lang, set(generator.LABELS) - labels)


def test_unionpay_cards_follow_the_cue(rows: list[dict[str, Any]]) -> None:
    """A UnionPay 62 card is CREDIT_CARD exactly when a credit cue comes just before it."""
    seen: Counter[str] = Counter()
    for row in rows:
        for span in row["spans"]:
            digits = _digits_of(row["text"][span["start"] : span["end"]])
            if span["label"] not in ("CREDIT_CARD", "BANK_ACCOUNT") or not digits.startswith("62"):
                continue
            before = row["text"][max(0, span["start"] - 12) : span["start"]].lower()
            credit_cue = "信用卡" in before or "credit" in before
            assert credit_cue == (span["label"] == "CREDIT_CARD"), (row["id"], before)
            seen[span["label"]] += 1
    assert seen["CREDIT_CARD"] > 0 and seen["BANK_ACCOUNT"] > 0


def test_stats_command_prints_counts_and_samples() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "pii_heldout6" / "generator.py"), "--stats"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    for label in generator.LABELS:
        assert re.search(rf"^{label}\s+\d+\s+\d+$", result.stdout, re.MULTILINE), label
    assert "--- samples (en) ---" in result.stdout and "--- samples (zh) ---" in result.stdout
