"""The seventh independent PII set checks itself: spans, labels, proportions, checksums.

The checksum helpers here are written independently of the generator's, so a wrong helper there
cannot pass by agreeing with itself.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pii_heldout7.generator import generate

ALLOWED = {
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

SPOKEN = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
ZH_SPOKEN = {
    "零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
    "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "叉": "X",
}  # fmt: skip


def as_digits(value: str) -> str:
    """Digits (and a final X) of a value written with digits or read aloud, in order."""
    tokens = re.findall(r"[A-Za-z]+|\d|[零〇一幺二两三四五六七八九叉]", value)
    out: list[str] = []
    repeat = 1
    for token in tokens:
        word = token.lower()
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        if token.isdigit():
            digit = token
        elif word == "x":
            digit = "X"
        elif word in SPOKEN:
            digit = SPOKEN[word]
        elif token in ZH_SPOKEN:
            digit = ZH_SPOKEN[token]
        else:
            continue
        out.append(digit * repeat)
        repeat = 1
    return "".join(out)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(number)):
        n = int(char)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def iban_ok(value: str) -> bool:
    code = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", code):
        return False
    moved = code[4:] + code[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def cn_id_ok(value: str) -> bool:
    number = value.replace(" ", "").upper()
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    check = (12 - sum(int(d) * w for d, w in zip(number[:17], weights, strict=True)) % 11) % 11
    return number[17] == ("X" if check == 10 else str(check))


def ssn_ok(value: str) -> bool:
    match = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if not match:
        return False
    area, group, serial = (int(g) for g in match.groups())
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return generate()


def spans_of(row: dict[str, object]) -> list[dict[str, object]]:
    spans = row["spans"]
    assert isinstance(spans, list)
    return spans


def value_of(row: dict[str, object], span: dict[str, object]) -> str:
    text = str(row["text"])
    return text[int(str(span["start"])) : int(str(span["end"]))]


def test_deterministic_for_a_seed_and_different_across_seeds() -> None:
    assert generate(120, 7718) == generate(120, 7718)
    assert generate(120, 7718) != generate(120, 7719)


def test_size_languages_and_ids(rows: list[dict[str, object]]) -> None:
    assert len(rows) == 600
    assert Counter(row["lang"] for row in rows) == {"en": 300, "zh": 300}
    assert len({row["id"] for row in rows}) == len(rows)
    assert len(generate(37)) == 37


def test_spans_lie_on_their_values_without_overlap(rows: list[dict[str, object]]) -> None:
    for row in rows:
        text = str(row["text"])
        previous_end = 0
        for span in sorted(spans_of(row), key=lambda s: int(str(s["start"]))):
            start, end = int(str(span["start"])), int(str(span["end"]))
            assert 0 <= start < end <= len(text), row["id"]
            assert start >= previous_end, f"overlapping spans in {row['id']}"
            value = text[start:end]
            assert value == value.strip() and value, (row["id"], value)
            assert span["label"] in ALLOWED, (row["id"], span["label"])
            previous_end = end


def test_every_label_is_present_and_sits_in_the_right_language(
    rows: list[dict[str, object]],
) -> None:
    seen = {(str(row["lang"]), str(span["label"])) for row in rows for span in spans_of(row)}
    assert {label for _, label in seen} == ALLOWED
    assert ("zh", "US_SSN") not in seen
    assert ("en", "CN_ID_CARD") not in seen


def test_pii_free_share_per_language_is_about_30_percent(rows: list[dict[str, object]]) -> None:
    for lang in ("en", "zh"):
        of_lang = [row for row in rows if row["lang"] == lang]
        free = [row for row in of_lang if not spans_of(row)]
        assert 0.25 <= len(free) / len(of_lang) <= 0.35, lang
        # hard negatives, not empty chatter: most PII-free messages carry a number of some kind
        with_numbers = [row for row in free if re.search(r"\d{3}", str(row["text"]))]
        assert len(with_numbers) / len(free) >= 0.5, lang


def test_structured_numbers_carry_valid_checksums(rows: list[dict[str, object]]) -> None:
    checked: Counter[str] = Counter()
    for row in rows:
        for span in spans_of(row):
            value = value_of(row, span)
            label = span["label"]
            if label == "CREDIT_CARD":
                digits = as_digits(value)
                assert 15 <= len(digits) <= 19 and luhn_ok(digits), (row["id"], value)
            elif label == "IBAN_CODE":
                assert iban_ok(value), (row["id"], value)
            elif label == "CN_ID_CARD":
                assert cn_id_ok(as_digits(value)), (row["id"], value)
            elif label == "US_SSN":
                assert ssn_ok(value), (row["id"], value)
            elif label == "BANK_ACCOUNT":
                digits = as_digits(value)
                if digits.startswith("62") and 16 <= len(digits) <= 19:
                    assert luhn_ok(digits), (row["id"], value)
                    checked["unionpay"] += 1
            elif label == "PHONE_NUMBER":
                assert len(as_digits(value)) >= 7, (row["id"], value)
            else:
                continue
            checked[str(label)] += 1
    for label in ("CREDIT_CARD", "IBAN_CODE", "CN_ID_CARD", "US_SSN", "unionpay"):
        assert checked[label] >= 5, label


def test_a_unionpay_card_is_a_credit_card_only_beside_a_credit_card_cue(
    rows: list[dict[str, object]],
) -> None:
    cues = ("信用卡", "credit", "Visa")
    for row in rows:
        text = str(row["text"])
        for span in spans_of(row):
            digits = as_digits(value_of(row, span))
            if span["label"] == "CREDIT_CARD" and digits.startswith("62"):
                before = text[max(0, int(str(span["start"])) - 30) : int(str(span["start"]))]
                assert any(cue in before for cue in cues), (row["id"], before)


def test_spoken_numbers_keep_their_spoken_form(rows: list[dict[str, object]]) -> None:
    spoken = [
        value_of(row, span)
        for row in rows
        for span in spans_of(row)
        if span["label"] in ("PHONE_NUMBER", "CN_ID_CARD")
        and not re.search(r"\d", value_of(row, span))
    ]
    assert len(spoken) >= 10
    for value in spoken:
        assert len(as_digits(value)) >= 10, value


HOTLINE = re.compile(
    r"(?<!\d)(?:400[- ]?\d{3,4}[- ]?\d{3,4}|0345 \d{3} \d{4}|0800[ -]\d{3}[ -]\d{3,4}"
    r"|0300 \d{3} \d{4}|1-8\d\d-\d{3}-\d{4}|1300 \d{3} \d{3}|955\d\d)(?!\d)"
)
OTP = re.compile(r"(?:OTP|code|验证码|动态密码) ?(\d{6})")


def test_hotlines_and_otps_are_present_and_never_spanned(rows: list[dict[str, object]]) -> None:
    found: Counter[str] = Counter()
    for row in rows:
        text = str(row["text"])
        spanned = [(int(str(s["start"])), int(str(s["end"]))) for s in spans_of(row)]
        for kind, pattern in (("hotline", HOTLINE), ("otp", OTP)):
            for match in pattern.finditer(text):
                found[kind] += 1
                for start, end in spanned:
                    assert match.end() <= start or match.start() >= end, (row["id"], match.group())
    assert found["hotline"] >= 30
    assert found["otp"] >= 10


def test_no_template_syntax_is_left_in_any_message() -> None:
    for row in generate(2000, 1):
        text = str(row["text"])
        assert not any(mark in text for mark in ("{", "}", "((", "))", "<<", ">>")), row["id"]
