"""The eighth independent PII set itself: shape, spans, checksums and proportions.

These tests check the data only, never the engine's score on it (that figure is measured once
by ``benchmarks/pii_quality.py --heldout8``). The checksum helpers are written here, apart from
the generator's, so that a broken generator helper cannot pass its own test.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout8.generator import generate

ALLOWED_LABELS = {
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
SPOKEN_EN = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
SPOKEN_ZH = dict(zip("零〇一幺二两三四五六七八九叉", "0011223456789X", strict=True))


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return generate()


def values(rows: list[dict], label: str) -> list[str]:
    return [
        row["text"][span["start"] : span["end"]]
        for row in rows
        for span in row["spans"]
        if span["label"] == label
    ]


def digits_of(value: str) -> str:
    """The digits (and a trailing ID 'X') of a value written or read aloud in EN or ZH."""
    if re.search(r"[0-9]", value):
        return re.sub(r"[^0-9Xx]", "", value).upper()
    if re.search(r"[a-z]", value):
        out: list[str] = []
        repeat = 1
        for word in re.findall(r"[a-z]+", value.lower()):
            if word == "double":
                repeat = 2
            elif word == "triple":
                repeat = 3
            elif word in SPOKEN_EN:
                out.append(SPOKEN_EN[word] * repeat)
                repeat = 1
        return "".join(out)
    return "".join(SPOKEN_ZH[c] for c in value if c in SPOKEN_ZH)


def luhn_valid(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    lengths = {"GB": 22, "DE": 22, "FR": 27, "IE": 22, "NL": 18, "ES": 24}
    if lengths.get(compact[:2]) != len(compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in moved)) % 97 == 1


def cn_id_valid(value: str) -> bool:
    number = value.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(d) * w for d, w in zip(number[:17], weights, strict=True))
    expected = (12 - total % 11) % 11
    return number[17] == ("X" if expected == 10 else str(expected))


def ssn_valid(digits: str) -> bool:
    if len(digits) != 9:
        return False
    area, group_, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group_ > 0 and serial > 0


def test_deterministic_for_a_seed_and_different_across_seeds() -> None:
    assert generate(80, 11) == generate(80, 11)
    assert generate(80, 11) != generate(80, 12)


def test_size_languages_and_ids(rows: list[dict]) -> None:
    assert len(rows) == 600
    assert Counter(row["lang"] for row in rows) == {"en": 300, "zh": 300}
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
    # composed from parts: almost no message repeats word for word
    assert len({row["text"] for row in rows}) >= 0.97 * len(rows)


def test_spans_lie_on_the_text_without_overlap(rows: list[dict]) -> None:
    for row in rows:
        text = row["text"]
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["label"] in ALLOWED_LABELS, row["id"]
            assert 0 <= span["start"] < span["end"] <= len(text), row["id"]
            assert span["start"] >= previous_end, f"overlapping spans in {row['id']}"
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), f"{row['id']}: span {value!r} has edge whitespace"
            previous_end = span["end"]


def test_every_label_occurs_in_the_language_it_belongs_to(rows: list[dict]) -> None:
    for lang in ("en", "zh"):
        present = {s["label"] for row in rows if row["lang"] == lang for s in row["spans"]}
        expected = ALLOWED_LABELS - ({"US_SSN"} if lang == "zh" else set())
        assert present == expected, lang


def test_pii_free_share_per_language(rows: list[dict]) -> None:
    for lang in ("en", "zh"):
        of_lang = [row for row in rows if row["lang"] == lang]
        share = sum(not row["spans"] for row in of_lang) / len(of_lang)
        assert 0.25 <= share <= 0.35, (lang, share)


def test_structured_numbers_carry_valid_checksums(rows: list[dict]) -> None:
    cards = values(rows, "CREDIT_CARD")
    assert cards
    for value in cards:
        digits = digits_of(value)
        assert 15 <= len(digits) <= 19 and luhn_valid(digits), value
    for value in values(rows, "BANK_ACCOUNT"):
        digits = digits_of(value)
        if digits.startswith("62") and 16 <= len(digits) <= 19:
            assert luhn_valid(digits), value
    for value in values(rows, "IBAN_CODE"):
        assert iban_valid(value), value
    for value in values(rows, "CN_ID_CARD"):
        assert cn_id_valid(digits_of(value)), value
    for value in values(rows, "US_SSN"):
        assert ssn_valid(digits_of(value)), value


def test_spoken_numbers_are_spanned_in_spoken_form(rows: list[dict]) -> None:
    spoken = [
        value
        for label in ("PHONE_NUMBER", "CN_ID_CARD", "CREDIT_CARD", "US_SSN", "BANK_ACCOUNT")
        for value in values(rows, label)
        if not re.search(r"[0-9]", value)
    ]
    assert len(spoken) >= 10
    assert any(re.search(r"[a-z]", v) for v in spoken) and any(
        re.search(r"[零一二三四五六七八九幺]", v) for v in spoken
    )


def test_unionpay_numbers_are_cards_only_beside_a_credit_card_cue(rows: list[dict]) -> None:
    for row in rows:
        text = row["text"]
        for span in row["spans"]:
            digits = digits_of(text[span["start"] : span["end"]])
            if span["label"] == "CREDIT_CARD" and digits.startswith("62"):
                window = text[max(0, span["start"] - 30) : span["end"] + 30].lower()
                assert "信用卡" in window or "credit" in window, row["id"]


def test_hotlines_otps_and_last_four_are_not_spanned(rows: list[dict]) -> None:
    for value in values(rows, "PHONE_NUMBER"):
        compact = re.sub(r"[^0-9]", "", value)
        assert not compact.startswith(("400", "800", "95", "1800", "0345", "0800")), value
    for row in rows:
        for match in re.finditer(r"(?:尾号|尾數|ending |code )(\d{4,6})", row["text"]):
            inside = [s for s in row["spans"] if s["start"] <= match.start(1) < s["end"]]
            assert not inside, (row["id"], match.group(0))


def test_titled_surnames_are_spanned_with_their_title(rows: list[dict]) -> None:
    persons = values(rows, "PERSON")
    assert any(re.fullmatch(r"(Mr|Mrs|Ms|Miss|Dr|Mx) [A-Z][a-z]+", v) for v in persons)
    titled_zh = r"[\u4e00-\u9fff](经理|老师|先生|女士|小姐|生|太|經理)"
    assert any(re.fullmatch(titled_zh, v) for v in persons)
