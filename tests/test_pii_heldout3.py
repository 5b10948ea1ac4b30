"""The third independent PII set (issue 18): spans, checksums, determinism, proportions."""

from __future__ import annotations

import datetime
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from pii_heldout3 import generator  # noqa: E402
from pii_heldout3.generator import LABELS, TEMPLATES, generate  # noqa: E402

SPOKEN_DIGITS = {
    **{w: str(i) for i, w in enumerate(generator.EN_WORDS)},
    "oh": "0",
    **{c: str(i) for i, c in enumerate("零一二三四五六七八九")},
    "幺": "1",
}
HALF_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
NEGATIVE_TEMPLATES = {t.__name__ for by_kind in TEMPLATES.values() for t in by_kind["negative"]}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    return generate()


def template_of(row: dict[str, Any]) -> str:
    return str(row["id"]).split("-", 3)[3]


def digits_of(value: str) -> str:
    """Digits of a value as a listener would write them down: spoken words, 幺, full-width."""
    value = value.translate(HALF_WIDTH)
    out: list[str] = []
    repeat = 1
    for token in re.findall(r"[A-Za-z]+|[零一二三四五六七八九幺]|[0-9Xx]", value):
        lowered = token.lower()
        if lowered in ("double", "triple"):
            repeat = 2 if lowered == "double" else 3
            continue
        if lowered in SPOKEN_DIGITS:
            out.append(SPOKEN_DIGITS[lowered] * repeat)
        elif token in "0123456789Xx":
            out.append(token.upper() * repeat)
        repeat = 1
    return "".join(out)


def spans_of(rows: list[dict[str, Any]], label: str) -> list[tuple[dict[str, Any], str]]:
    return [
        (row, row["text"][s["start"] : s["end"]])
        for row in rows
        for s in row["spans"]
        if s["label"] == label
    ]


def test_rows_have_the_scorers_shape_and_clean_spans(rows: list[dict[str, Any]]) -> None:
    assert len(rows) == 600
    assert len({row["id"] for row in rows}) == 600
    for row in rows:
        assert set(row) == {"id", "text", "lang", "spans"}
        assert row["lang"] in ("en", "zh")
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):
            assert span["label"] in LABELS
            assert previous_end <= span["start"] < span["end"] <= len(row["text"]), row["id"]
            value = row["text"][span["start"] : span["end"]]
            # Value only: no surrounding blanks or punctuation, no cue word inside.
            assert value == value.strip(), (row["id"], value)
            assert value[0] not in ":：，,;|" and value[-1] not in ":：，,;|。.", (row["id"], value)
            for cue in ("DOB", "卡号", "Tel", "Mobile", "手机", "IBAN：", "SSN", "Name"):
                assert cue not in value, (row["id"], value)
            previous_end = span["end"]


def test_spans_cover_exactly_the_values_the_templates_inserted() -> None:
    text, spans = generator._assemble(
        ["Name: ", ("Ann Lee", "PERSON"), " | Tel: ", ("020 7946 0000", "PHONE_NUMBER"), "."]
    )
    assert text == "Name: Ann Lee | Tel: 020 7946 0000."
    assert [(text[int(s["start"]) : int(s["end"])], s["label"]) for s in spans] == [
        ("Ann Lee", "PERSON"),
        ("020 7946 0000", "PHONE_NUMBER"),
    ]
    with pytest.raises(ValueError, match="NAME"):
        generator._assemble([("Ann", "NAME")])
    with pytest.raises(ValueError, match="PERSON"):
        generator._assemble([(" Ann", "PERSON")])


def test_form_fields_are_labelled_with_the_value_after_each_field_name(
    rows: list[dict[str, Any]],
) -> None:
    forms = [row for row in rows if template_of(row) in ("en_web_form", "zh_web_form")]
    assert forms
    for row in forms:
        fields = re.split(r" \| |｜", row["text"])
        labelled = {row["text"][s["start"] : s["end"]] for s in row["spans"]}
        for field in fields:
            name, _, value = re.split(r"(: |：)", field, maxsplit=1)
            if name not in ("Product",):
                assert value in labelled, (row["id"], field)


def test_checksums_are_valid(rows: list[dict[str, Any]]) -> None:
    cards = spans_of(rows, "CREDIT_CARD")
    assert len(cards) >= 20
    for row, value in cards:
        number = digits_of(value)
        assert len(number) in (15, 16, 19) and generator.luhn_valid(number), (row["id"], value)
    for row, value in spans_of(rows, "BANK_ACCOUNT"):
        if template_of(row) in ("zh_lost_debit_card", "zh_refund_card", "zh_fraud_report"):
            number = digits_of(value)
            assert number.startswith("62") and len(number) in (16, 19), (row["id"], value)
            assert generator.luhn_valid(number), (row["id"], value)
    ids = spans_of(rows, "CN_ID_CARD")
    assert len(ids) >= 20
    for row, value in ids:
        number = digits_of(value)
        assert len(number) == 18, (row["id"], value)
        assert generator.cn_id_check_char(number[:17]) == number[17], (row["id"], value)
        datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))  # a real date
    ibans = spans_of(rows, "IBAN_CODE")
    assert len(ibans) >= 10
    for row, value in ibans:
        compact = value.replace(" ", "")
        rearranged = compact[4:] + compact[:4]
        assert int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1, (row["id"], value)


def test_check_digit_helpers_agree_with_known_numbers() -> None:
    assert generator.luhn_valid("4111111111111111")
    assert not generator.luhn_valid("4111111111111112")
    assert generator.cn_id_check_char("11010519491231002") == "X"
    assert generator.iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not generator.iban_valid("GB82 WEST 1234 5698 7654 33")


def test_ssns_are_plausible(rows: list[dict[str, Any]]) -> None:
    ssns = spans_of(rows, "US_SSN")
    assert len(ssns) >= 10
    for row, value in ssns:
        number = digits_of(value)
        assert len(number) == 9, (row["id"], value)
        area, group, serial = int(number[:3]), int(number[3:5]), int(number[5:])
        assert 0 < area < 900 and area != 666 and group > 0 and serial > 0, (row["id"], value)


def test_phones_emails_and_birthdays_have_their_shapes(rows: list[dict[str, Any]]) -> None:
    phones = spans_of(rows, "PHONE_NUMBER")
    for row, value in phones:
        assert 8 <= len(digits_of(value)) <= 17, (row["id"], value)
    # Numbers read aloud and full-width digits are in the set, in both languages.
    assert any(re.search(r"[a-z]", v) for _, v in phones)
    assert any(re.search(r"[零一二三四五六七八九]", v) for _, v in phones)
    assert any(re.search(r"[０-９]", v) for _, v in phones)
    assert any(re.search(r"(ext\.|x|extension|转|-)\s*\d{3,4}$", v) for _, v in phones)
    for row, value in spans_of(rows, "EMAIL_ADDRESS"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", value), (row["id"], value)
    for row, value in spans_of(rows, "DATE_OF_BIRTH"):
        year = re.search(
            r"(19|20)\d\d|民國\d\d|^\d\d/|nineteen|一九[零一二三四五六七八九]{2}年",
            value.translate(HALF_WIDTH),
        )
        assert year, (row["id"], value)


def test_card_convention_follows_the_cue(rows: list[dict[str, Any]]) -> None:
    debit = [row for row in rows if template_of(row) == "zh_lost_debit_card"]
    credit = [row for row in rows if template_of(row) == "zh_credit_card"]
    assert debit and credit
    assert all([s["label"] for s in row["spans"]] == ["BANK_ACCOUNT"] for row in debit)
    for row in credit:
        (span,) = row["spans"]
        assert span["label"] == "CREDIT_CARD" and "信用卡" in row["text"][: span["start"]]


def test_form_birthday_agrees_with_the_id_number(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if template_of(row) != "zh_web_form":
            continue
        by_label = {s["label"]: row["text"][s["start"] : s["end"]] for s in row["spans"]}
        id_digits = digits_of(by_label["CN_ID_CARD"])
        dob_digits = re.findall(r"\d+", by_label["DATE_OF_BIRTH"].translate(HALF_WIDTH))
        year, month, day = (int(d) for d in dob_digits)
        assert id_digits[6:14] == f"{year:04d}{month:02d}{day:02d}", row["id"]


def test_deterministic_for_a_seed_and_different_across_seeds() -> None:
    assert generate(120, 5) == generate(120, 5)
    assert [r["text"] for r in generate(120, 5)] != [r["text"] for r in generate(120, 6)]
    assert generate() == generate(600, 3318)


def test_proportions_of_languages_and_pii_free_messages(rows: list[dict[str, Any]]) -> None:
    for lang in ("en", "zh"):
        in_lang = [row for row in rows if row["lang"] == lang]
        assert len(in_lang) == 300
        negatives = [row for row in in_lang if template_of(row) in NEGATIVE_TEMPLATES]
        assert all(not row["spans"] for row in negatives)
        assert all(row["spans"] for row in in_lang if template_of(row) not in NEGATIVE_TEMPLATES)
        assert 0.25 <= len(negatives) / len(in_lang) <= 0.35
    labels_by_lang = {
        lang: Counter(s["label"] for row in rows if row["lang"] == lang for s in row["spans"])
        for lang in ("en", "zh")
    }
    assert set(labels_by_lang["en"]) | set(labels_by_lang["zh"]) == set(LABELS)
    assert all(len(counts) >= 8 for counts in labels_by_lang.values())


def test_template_counts_and_every_template_used(rows: list[dict[str, Any]]) -> None:
    for lang, by_kind in TEMPLATES.items():
        names = {t.__name__ for kind in by_kind.values() for t in kind}
        assert len(names) >= 25, lang
        assert len(by_kind["negative"]) >= 8, lang
        used = {template_of(row) for row in rows if row["lang"] == lang}
        assert used == names, lang


def test_hotlines_appear_only_in_unlabelled_text(rows: list[dict[str, Any]]) -> None:
    hotlines = ("95588", "95555", "95533", "400-820-0588", "0345 600 6000", "1-800-432-1000")
    with_hotline = [row for row in rows if any(h in row["text"] for h in hotlines)]
    assert with_hotline
    for row in with_hotline:
        for span in row["spans"]:
            assert not any(h in row["text"][span["start"] : span["end"]] for h in hotlines)
