"""The eleventh independent PII set (benchmarks/pii_heldout11): checks of the set itself.

The checksum helpers here are written afresh (not imported from the generator) so that a slip in
the generator's own helpers cannot hide.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout11.generator import generate

EXPECTED_LABELS = {
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
EN_DIGITS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "to": "2", "three": "3", "four": "4",
    "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9",
}  # fmt: skip
ZH_DIGITS = dict(
    zip("零〇洞一幺二两三四五六七八九叉", "000112234567 89X".replace(" ", ""), strict=True)
)
OCR_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generate()


def normalise_number(value: str) -> str:
    """Digits (and a final X) of a number written, OCR'd or read aloud in either language."""
    words = re.findall(r"[a-z]+", value.lower())
    if words and all(w in EN_DIGITS or w in ("double", "triple") for w in words):
        out, repeat = [], 1
        for word in words:
            if word in ("double", "triple"):
                repeat = 2 if word == "double" else 3
                continue
            out.append(EN_DIGITS[word] * repeat)
            repeat = 1
        return "".join(out)
    if any(c in ZH_DIGITS for c in value):
        return "".join(ZH_DIGITS[c] for c in value if c in ZH_DIGITS)
    return "".join(c for c in value.translate(OCR_LOOKALIKES) if c.isdigit() or c in "Xx").upper()


def luhn_ok(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def cn_id_ok(value: str) -> bool:
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    expected = "10X98765432"[sum(int(c) * w for c, w in zip(value[:17], weights, strict=True)) % 11]
    return len(value) == 18 and value[-1] == expected


def test_deterministic_for_a_seed_and_different_across_seeds() -> None:
    assert generate(120, 5) == generate(120, 5)
    assert generate(120, 5) != generate(120, 6)


def test_rows_have_the_declared_shape_and_languages(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    assert Counter(row["lang"] for row in rows) == {"en": 300, "zh": 300}
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        prefix, genre, number = row["id"].split("-")
        assert prefix == "h11" and genre.startswith(row["lang"] + "_") and number.isdigit()


def test_spans_lie_on_the_text_without_overlap(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        text, previous_end = row["text"], 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["label"] in EXPECTED_LABELS, row["id"]
            assert previous_end <= span["start"] < span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip() and value, (row["id"], value)
            previous_end = span["end"]


def test_pii_free_share_per_language(rows: list[dict[str, Any]]) -> None:
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        share = sum(1 for row in mine if not row["spans"]) / len(mine)
        assert 0.25 <= share <= 0.35, (lang, share)
        # the PII-free messages are the negative genres, and only those
        for row in mine:
            assert (not row["spans"]) == ("_neg_" in row["id"]), row["id"]


def test_every_label_in_both_languages_where_it_belongs_and_in_four_genres(
    rows: list[dict[str, Any]],
) -> None:
    genres: dict[str, set[str]] = defaultdict(set)
    langs: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for span in row["spans"]:
            genres[span["label"]].add(row["id"].split("-")[1])
            langs[span["label"]].add(row["lang"])
    assert set(genres) == EXPECTED_LABELS
    for label, seen in genres.items():
        assert len(seen) >= 4, (label, seen)
    for label in EXPECTED_LABELS - {"US_SSN", "CN_ID_CARD"}:
        assert langs[label] == {"en", "zh"}, label


def test_structured_numbers_carry_valid_check_digits(rows: list[dict[str, Any]]) -> None:
    checked: Counter[str] = Counter()
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            label = span["label"]
            if label == "CREDIT_CARD":
                number = normalise_number(value)
                assert 15 <= len(number) <= 16 and luhn_ok(number), (row["id"], value)
            elif label == "BANK_ACCOUNT":
                number = normalise_number(value)
                assert number.isdigit(), (row["id"], value)
                if number.startswith("62") and 16 <= len(number) <= 19:
                    assert luhn_ok(number), (row["id"], value)
            elif label == "IBAN_CODE":
                assert iban_ok(value), (row["id"], value)
            elif label == "CN_ID_CARD":
                assert cn_id_ok(normalise_number(value)), (row["id"], value)
            elif label == "US_SSN":
                number = normalise_number(value)
                area, group, serial = int(number[:3]), int(number[3:5]), int(number[5:])
                assert len(number) == 9 and 0 < area < 900 and area != 666, (row["id"], value)
                assert group > 0 and serial > 0, (row["id"], value)
            else:
                continue
            checked[label] += 1
    assert set(checked) == {"CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE", "CN_ID_CARD", "US_SSN"}


def test_spoken_numbers_are_spanned_in_their_spoken_form(rows: list[dict[str, Any]]) -> None:
    spoken: Counter[tuple[str, str]] = Counter()
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            if re.search(r"\b(oh|double|triple)\b", value) or re.search("[幺两洞]", value):
                spoken[(row["lang"], span["label"])] += 1
    assert {label for lang, label in spoken if lang == "en"} >= {"PHONE_NUMBER", "CREDIT_CARD"}
    assert {label for lang, label in spoken if lang == "zh"} >= {"PHONE_NUMBER", "CN_ID_CARD"}


def test_hotlines_role_mailboxes_and_company_accounts_are_never_spanned(
    rows: list[dict[str, Any]],
) -> None:
    role = re.compile(r"\b(support|noreply|no-reply|complaints|bereavement|kefu|service|info|"
                      r"statements|cards)@")  # fmt: skip
    hotline = re.compile(r"(?<![\d+])(400[-\s]?\d|4006|0345|0800|1-8[08]{2}|95\d{3}\b|1300 |13 22)")
    seen_role = seen_hotline = 0
    for row in rows:
        spanned = [row["text"][s["start"] : s["end"]] for s in row["spans"]]
        seen_role += len(role.findall(row["text"]))
        seen_hotline += len(hotline.findall(row["text"]))
        for value in spanned:
            assert not role.search(value), (row["id"], value)
            assert not hotline.match(value), (row["id"], value)
        if "对公" in row["text"]:
            assert not row["spans"], row["id"]
    assert seen_role >= 30 and seen_hotline >= 60


def test_unionpay_debit_numbers_are_accounts_unless_a_credit_card_cue_is_near(
    rows: list[dict[str, Any]],
) -> None:
    for row in rows:
        for span in row["spans"]:
            if span["label"] not in ("CREDIT_CARD", "BANK_ACCOUNT"):
                continue
            number = normalise_number(row["text"][span["start"] : span["end"]])
            if not (number.startswith("62") and 16 <= len(number) <= 19):
                continue
            window = row["text"][max(0, span["start"] - 12) : span["start"]]
            cue = any(c in window for c in ("信用卡", "credit", "Credit"))
            assert span["label"] == ("CREDIT_CARD" if cue else "BANK_ACCOUNT"), (row["id"], window)
