"""The thirteenth blind PII set checks itself: these tests look at the data only, never at the
engine (the set is measured, not tuned on)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from pii_heldout13.generator import LABELS, generate  # noqa: E402

HOTLINE_SHAPES = re.compile(r"^(400|0345|0800|0300|1-800|1-888|95\d{3}|13 \d\d \d\d)")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return generate()


# Checksums written again here, independently of the generator's helpers.
def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in re.sub(r"\D", "", number)]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return len(digits) >= 12 and total % 10 == 0


def _mod97_ok(iban: str) -> bool:
    compact = re.sub(r"\s", "", iban)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(ord(c) - 55) if c.isalpha() else c for c in rearranged)
    return int(number) % 97 == 1


def _cn_id_ok(number: str) -> bool:
    compact = re.sub(r"\s", "", number)
    if not re.fullmatch(r"\d{17}[\dX]", compact):
        return False
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    total = sum(int(compact[i]) * weights[i] for i in range(17))
    return "10X98765432"[total % 11] == compact[17]


def _ssn_ok(ssn: str) -> bool:
    digits = re.sub(r"\D", "", ssn)
    return (
        len(digits) == 9
        and digits[:3] not in ("000", "666")
        and not digits.startswith("9")
        and digits[3:5] != "00"
        and digits[5:] != "0000"
    )


def test_deterministic_for_a_seed_and_different_across_seeds() -> None:
    assert generate(120, 7) == generate(120, 7)
    assert generate(120, 7) != generate(120, 8)


def test_size_languages_and_ids(rows: list[dict]) -> None:
    assert len(rows) == 600
    assert Counter(row["lang"] for row in rows) == {"en": 300, "zh": 300}
    ids = [row["id"] for row in rows]
    assert len(set(ids)) == len(ids)
    for row in rows:
        prefix, lang, genre, number = row["id"].split("-")
        assert (prefix, lang) == ("v13", row["lang"]) and genre.isalpha() and number.isdigit()
    for lang in ("en", "zh"):
        assert len({row["id"].split("-")[2] for row in rows if row["lang"] == lang}) >= 10


def test_spans_in_bounds_on_their_values_and_not_overlapping(rows: list[dict]) -> None:
    for row in rows:
        text = row["text"]
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert 0 <= span["start"] < span["end"] <= len(text), row["id"]
            assert span["start"] >= previous_end, f"overlap in {row['id']}"
            value = text[span["start"] : span["end"]]
            assert value == value.strip() and value, f"{row['id']}: {value!r}"
            previous_end = span["end"]


def test_only_the_ten_labels_each_in_four_genres(rows: list[dict]) -> None:
    genres_per_label: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for span in row["spans"]:
            genres_per_label[span["label"]].add(row["id"].rsplit("-", 1)[0])
    assert set(genres_per_label) == set(LABELS)
    for label, genres in genres_per_label.items():
        assert len(genres) >= 4, label


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pii_free_share(rows: list[dict], lang: str) -> None:
    in_lang = [row for row in rows if row["lang"] == lang]
    share = sum(not row["spans"] for row in in_lang) / len(in_lang)
    assert 0.25 <= share <= 0.35


def test_structured_values_pass_their_checksums(rows: list[dict]) -> None:
    checked: Counter[str] = Counter()
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            label = span["label"]
            if label == "CREDIT_CARD":
                assert _luhn_ok(value), (row["id"], value)
            elif label == "IBAN_CODE":
                assert _mod97_ok(value), (row["id"], value)
            elif label == "CN_ID_CARD":
                assert _cn_id_ok(value), (row["id"], value)
            elif label == "US_SSN":
                assert _ssn_ok(value), (row["id"], value)
            elif label == "BANK_ACCOUNT" and re.sub(r"\D", "", value).startswith("62"):
                # 62... UnionPay debit cards named as accounts are real card numbers too.
                if 16 <= len(re.sub(r"\D", "", value)) <= 19:
                    assert _luhn_ok(value), (row["id"], value)
            else:
                continue
            checked[label] += 1
    for label in ("CREDIT_CARD", "IBAN_CODE", "CN_ID_CARD", "US_SSN"):
        assert checked[label] >= 20, label


def test_unionpay_credit_spans_have_a_credit_cue(rows: list[dict]) -> None:
    for row in rows:
        for span in row["spans"]:
            value = re.sub(r"\D", "", row["text"][span["start"] : span["end"]])
            if span["label"] == "CREDIT_CARD" and value.startswith("62"):
                before = row["text"][max(0, span["start"] - 20) : span["start"]]
                assert re.search(r"信用卡|贷记卡|credit", before), row["id"]


def test_dates_of_birth_agree_with_the_id_next_to_them(rows: list[dict]) -> None:
    compared = 0
    for row in rows:
        if row["lang"] != "zh" or "被继承人" not in row["text"]:
            continue
        values = {s["label"]: row["text"][s["start"] : s["end"]] for s in row["spans"]}
        if "DATE_OF_BIRTH" in values and "CN_ID_CARD" in values:
            birth = re.sub(r"\s", "", values["CN_ID_CARD"])[6:14]
            y, m, d = (int(x) for x in re.findall(r"\d+", values["DATE_OF_BIRTH"]))
            assert birth == f"{y}{m:02d}{d:02d}", row["id"]
            compared += 1
    assert compared > 0


def test_business_numbers_and_role_mailboxes_are_never_spanned(rows: list[dict]) -> None:
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            if span["label"] == "PHONE_NUMBER":
                assert not HOTLINE_SHAPES.match(value), (row["id"], value)
            if span["label"] == "EMAIL_ADDRESS":
                local = value.split("@")[0]
                assert local not in {"payroll", "support", "noreply", "claims", "billing", "hr"}


def test_hard_negatives_look_like_the_positives(rows: list[dict]) -> None:
    free = [row["text"] for row in rows if not row["spans"]]
    digits_heavy = sum(len(re.findall(r"\d{4,}", text)) >= 2 for text in free)
    assert digits_heavy / len(free) > 0.6
    assert any("对公账户" in text for text in free)
    assert any(re.search(r"\b(?:payroll|support|noreply|claims)@", text) for text in free)


def test_stats_cli_prints_every_label_language_and_genre() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "pii_heldout13" / "generator.py"),
            "--stats",
            "--n",
            "80",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "[label]" in result.stdout and "[genre]" in result.stdout
    assert "zh PERSON" in result.stdout and "en-payslip" in result.stdout
