"""The tenth blind PII set checks itself: deterministic by seed, spans on the text and never
overlapping, only the ten labels, both languages, a PII-free share of 25-35% per language,
valid checksums for every structured number, role mailboxes and 尾号/对公 numbers never spanned.
No detector runs here: the set is measured by benchmarks/pii_quality.py --heldout10 only."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
from pii_heldout10 import generator as v10  # noqa: E402  (benchmarks/ is not a package)

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
    return v10.generate()


def values(rows: list[dict], label: str) -> list[str]:
    return [
        row["text"][span["start"] : span["end"]]
        for row in rows
        for span in row["spans"]
        if span["label"] == label
    ]


def test_same_seed_same_rows_and_other_seed_other_rows(rows: list[dict]) -> None:
    assert v10.generate() == rows
    assert v10.generate(600, 10019) != rows
    assert len(v10.generate(40, 3)) == 40


def test_row_shape_ids_and_languages(rows: list[dict]) -> None:
    assert len(rows) == 600
    assert len({row["id"] for row in rows}) == 600
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        assert row["lang"] in {"en", "zh"}
        assert row["text"].strip()
    counts = Counter(row["lang"] for row in rows)
    assert abs(counts["en"] - counts["zh"]) <= 2
    zh_rows = [row for row in rows if row["lang"] == "zh"]
    assert all(re.search(r"[\u4e00-\u9fff]", row["text"]) for row in zh_rows)


def test_spans_in_bounds_trimmed_sorted_and_disjoint(rows: list[dict]) -> None:
    for row in rows:
        end_of_previous = 0
        for span in row["spans"]:
            assert set(span) == {"start", "end", "label"}
            assert 0 <= span["start"] < span["end"] <= len(row["text"]), row["id"]
            assert span["start"] >= end_of_previous, f"{row['id']}: overlapping spans"
            value = row["text"][span["start"] : span["end"]]
            assert value == value.strip(), f"{row['id']}: span {value!r} has outer blanks"
            end_of_previous = span["end"]


def test_labels_are_the_ten_and_all_present(rows: list[dict]) -> None:
    seen = {span["label"] for row in rows for span in row["spans"]}
    assert seen == LABELS


def test_pii_free_share_per_language(rows: list[dict]) -> None:
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        share = sum(not row["spans"] for row in mine) / len(mine)
        assert 0.25 <= share <= 0.35, (lang, share)


def test_about_ten_genres_per_language(rows: list[dict]) -> None:
    for lang in ("en", "zh"):
        genres = {row["id"].split("-")[2] for row in rows if row["lang"] == lang}
        assert len(genres) >= 10, (lang, sorted(genres))


def luhn(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def test_cards_pass_luhn_and_unionpay_debit_is_an_account(rows: list[dict]) -> None:
    for value in values(rows, "CREDIT_CARD"):
        compact = re.sub(r"[ -]", "", value)
        assert compact.isdigit() and 15 <= len(compact) <= 16 and luhn(compact), value
    for value in values(rows, "BANK_ACCOUNT"):
        compact = re.sub(r"[ -]", "", value)
        assert compact.isdigit(), value
        if compact.startswith("62"):
            assert 16 <= len(compact) <= 19 and luhn(compact), value


def test_unionpay_credit_cards_have_a_credit_card_cue(rows: list[dict]) -> None:
    for row in rows:
        for span in row["spans"]:
            value = re.sub(r"[ -]", "", row["text"][span["start"] : span["end"]])
            if span["label"] == "CREDIT_CARD" and value.startswith("62"):
                window = row["text"][max(0, span["start"] - 12) : span["start"]]
                assert "信用卡" in window, row["id"]


def test_ibans_pass_mod_97(rows: list[dict]) -> None:
    ibans = values(rows, "IBAN_CODE")
    assert ibans
    for value in ibans:
        compact = value.replace(" ", "")
        rearranged = compact[4:] + compact[:4]
        assert int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1, value


def test_cn_ids_have_their_check_digit_and_a_real_birth_date(rows: list[dict]) -> None:
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    for value in values(rows, "CN_ID_CARD"):
        compact = value.replace(" ", "")
        assert len(compact) == 18, value
        total = sum(int(d) * w for d, w in zip(compact[:17], weights, strict=True))
        assert "10X98765432"[total % 11] == compact[17], value
        assert 1900 < int(compact[6:10]) < 2010 and 1 <= int(compact[10:12]) <= 12, value


def test_ssns_are_in_valid_ranges(rows: list[dict]) -> None:
    for value in values(rows, "US_SSN"):
        area, group, serial = re.split(r"[ -]", value)
        assert area != "000" and area != "666" and int(area) < 900, value
        assert group != "00" and serial != "0000", value


def test_role_mailboxes_are_never_spanned_and_personal_ones_are(rows: list[dict]) -> None:
    role = re.compile(
        r"^(support|noreply|no-reply|donotreply|kefu|service|tousu|help|customercare|disputes|kyc-team)@"
    )
    spanned = values(rows, "EMAIL_ADDRESS")
    assert spanned and not [mail for mail in spanned if role.match(mail)]
    mentioned = sum(
        bool(re.search(r"\b(support|noreply|no-reply|kefu|service)@", row["text"])) for row in rows
    )
    assert mentioned >= 30  # the negatives are really there


def test_tail_numbers_and_company_accounts_are_not_spanned(rows: list[dict]) -> None:
    cue = re.compile(r"(尾号|对公账户|对公账号|联行号|card ending|last4)[=:：\s]*[\d ]+")
    hits = 0
    for row in rows:
        for match in cue.finditer(row["text"]):
            hits += 1
            for span in row["spans"]:
                assert span["end"] <= match.start() or span["start"] >= match.end(), row["id"]
    assert hits >= 50


def test_hotlines_are_never_spanned(rows: list[dict]) -> None:
    hotline = re.compile(r"^(1-800|1800|0345|400-)|^95\d{3}$")
    assert not [value for value in values(rows, "PHONE_NUMBER") if hotline.match(value)]


def test_structured_payloads_carry_dates_of_birth_and_addresses(rows: list[dict]) -> None:
    kinds = {"csv", "json", "xml", "yaml", "kv", "html"}
    for lang in ("en", "zh"):
        found: Counter[str] = Counter()
        for row in rows:
            if row["lang"] == lang and row["id"].split("-")[2] in kinds:
                found.update(span["label"] for span in row["spans"])
        assert found["DATE_OF_BIRTH"] >= 50 and found["ADDRESS"] >= 50, (lang, found)


def test_stats_command_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "pii_heldout10" / "generator.py"),
            "--stats",
            "--n",
            "60",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert "PII-free" in result.stdout and "labels:" in result.stdout
