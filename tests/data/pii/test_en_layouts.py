"""English structured numbers by layout and format (issue 18): a table's column header names
the values under it, call logs, transcripts read with pauses, dotted two-digit-year birth
dates, lower-case IBANs, and the business lines and references that stay unflagged. The
kinds the dev generator ``benchmarks/pii_dev/en_structured_v3.py`` covers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.context import column_cues, column_header

ROOT = Path(__file__).resolve().parents[3]


def found(analyzer: Analyzer, text: str, label: str | None = None) -> list[tuple[str, str]]:
    return [
        (text[e.start : e.end], e.label)
        for e in analyzer.analyze(text, "en")
        if label is None or e.label == label
    ]


# -- a table's column header --------------------------------------------------------------
@pytest.mark.parametrize("sep", ["\t", " | "])
def test_values_under_an_account_header_are_accounts(analyzer: Analyzer, sep: str) -> None:
    rows = [
        ["Who", "Account number", "Note"],
        ["Eilidh Baird", "30-4417-2209", "flat share"],
        ["Gym", "by card", "monthly"],
        ["Tomas Varga", "5512 0937", "loan"],
    ]
    text = "Transfers list\n" + "\n".join(sep.join(row) for row in rows)
    accounts = found(analyzer, text, "BANK_ACCOUNT")
    assert accounts == [("30-4417-2209", "BANK_ACCOUNT"), ("5512 0937", "BANK_ACCOUNT")]


def test_an_iban_under_an_account_header_keeps_its_own_label(analyzer: Analyzer) -> None:
    text = "Name\tAccount\tRef\nAnouk Smit\tNL91ABNA0417164300\tdinner\nPiet de Vries\t48120937\tx"
    assert found(analyzer, text, "IBAN_CODE") == [("NL91ABNA0417164300", "IBAN_CODE")]
    assert found(analyzer, text, "BANK_ACCOUNT") == [("48120937", "BANK_ACCOUNT")]


def test_a_markdown_table_header_row_above_its_rule_row() -> None:
    text = "| Payee | IBAN |\n|---|---|\n| Ana | DE89370400440532013000 |"
    # the one table reader strips its cells
    assert column_header(text, text.index("DE89")) == "IBAN"
    assert "IBAN_CODE" in column_cues(text, text.index("DE89"))


def test_numbers_under_a_reference_header_are_not_accounts(analyzer: Analyzer) -> None:
    text = (
        "Payee | Reference | Paid\nWater board | 88120455 | £31.00\nCouncil | 4471039921 | £90.00"
    )
    assert found(analyzer, text, "BANK_ACCOUNT") == []
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_header_with_digits_is_a_row_of_values_not_a_header() -> None:
    text = "Ana\t48120937\tx\nBen\t55120937\ty"
    assert column_header(text, text.index("55120937")) is None
    assert column_cues("no table here 48120937", 15) == frozenset()


# -- cues for accounts ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Till note: £600 credited to 71-339021-4 for the customer.", "71-339021-4"),
        ("cheque for £80 paid into 20483311, stamped", "20483311"),
        ("can u send it to my acc 311-902217-66 pls", "311-902217-66"),
    ],
)
def test_where_money_went_names_an_account(analyzer: Analyzer, text: str, value: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [(value, "BANK_ACCOUNT")]


# -- IBANs ------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["gb29 nwbk 6016 1331 9268 19", "gb29nwbk60161331926819"])
def test_an_iban_typed_in_lower_case(analyzer: Analyzer, value: str) -> None:
    assert found(analyzer, f"my iban is {value} thanks", "IBAN_CODE") == [(value, "IBAN_CODE")]


def test_a_lower_case_code_failing_mod_97_is_no_iban(analyzer: Analyzer) -> None:
    assert found(analyzer, "ticket gb29 nwbk 6016 1331 9268 18 closed", "IBAN_CODE") == []


# -- phones in call logs and forms ---------------------------------------------------------
@pytest.mark.parametrize("verb", ["called", "rang", "spoke to"])
def test_a_call_log_names_whose_number_it_rang(analyzer: Analyzer, verb: str) -> None:
    text = f"Log 4/3: {verb} Mrs Quinlan on 087 412 5530. DOB 4.9.71 verified."
    assert found(analyzer, text, "PHONE_NUMBER") == [("087 412 5530", "PHONE_NUMBER")]
    assert found(analyzer, text, "DATE_OF_BIRTH") == [("4.9.71", "DATE_OF_BIRTH")]


def test_a_birth_label_on_the_next_line_is_not_the_phone_s_rival(analyzer: Analyzer) -> None:
    text = "Booking\nMobile - +1 212-555-0142\nD.O.B.: 2.2.84\nBranch: Leith"
    assert found(analyzer, text, "PHONE_NUMBER") == [("+1 212-555-0142", "PHONE_NUMBER")]


@pytest.mark.parametrize(
    "text",
    [
        "Questions? Ring 1300 655 506 any weekday.",
        "Not you? Call 1800 200 300 straight away.",
        "Our team in Dublin is on 0818 200 372.",
        "Please call back quoting #75488013.",
    ],
)
def test_business_lines_abroad_and_quoted_references_are_no_phones(
    analyzer: Analyzer, text: str
) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_number_one_called_is_someone_else_s_unless_a_person_is_named(
    analyzer: Analyzer,
) -> None:
    # an Australian landline from an English text: whose it is, the words around it say
    assert found(analyzer, "I called them on (02) 9374 4000 about it.", "PHONE_NUMBER") == []
    text = "I called Mr Dunne on (02) 9374 4000 about it."
    assert found(analyzer, text, "PHONE_NUMBER") == [("(02) 9374 4000", "PHONE_NUMBER")]


# -- dates of birth -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("Agent: What's your date of birth?\nCaller: 17.11.63\nAgent: thanks", "17.11.63"),
        ("I'm Oren Katz, born 5.12.78, and I never made that payment", "5.12.78"),
        ("My birth date on file is wrong, it should read 04/11/1964 instead.", "04/11/1964"),
    ],
)
def test_birth_dates_in_new_shapes(analyzer: Analyzer, text: str, dob: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == [(dob, "DATE_OF_BIRTH")]


@pytest.mark.parametrize(
    "text",
    [
        "Statement 12.5.24 attached.",
        "Version 1.2.33 of the app fixed it.",
        "My date of birth is right but the payment on 04/11/2024 is not mine.",
    ],
)
def test_dates_that_are_not_births(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


def test_a_dotted_date_in_chinese_is_not_read_as_a_roc_date(analyzer: Analyzer) -> None:
    assert [e for e in analyzer.analyze("生日是12.6.67", "zh") if e.label == "DATE_OF_BIRTH"] == []


# -- numbers read aloud with pauses ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "yes my social is two four oh ... oh five ... two five three seven",
            "two four oh ... oh five ... two five three seven",
            "US_SSN",
        ),
        (
            "the visa is four one one one ... one one one one ... one one one one"
            " ... one one one one",
            "four one one one ... one one one one ... one one one one ... one one one one",
            "CREDIT_CARD",
        ),
        (
            "ok so put it in account nine four nine oh four three four eight two five",
            "nine four nine oh four three four eight two five",
            "BANK_ACCOUNT",
        ),
    ],
)
def test_numbers_read_aloud_in_groups(
    analyzer: Analyzer, text: str, value: str, label: str
) -> None:
    assert found(analyzer, text, label) == [(value, label)]


# -- the dev generator -----------------------------------------------------------------------
def test_the_layout_generator_spans_its_values_and_has_negatives() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from pii_dev.en_structured_v3 import generate

    records = generate(80, 3)
    assert records == generate(80, 3)
    assert any(not r["spans"] for r in records)
    for record in records:
        for span in record["spans"]:
            value = record["text"][span["start"] : span["end"]]
            assert value == value.strip() and value


def test_a_taiwan_mobile_is_not_read_as_a_premium_line_abroad(analyzer: Analyzer) -> None:
    # New Zealand's premium 0900 range is grouped as Taiwan writes its mobiles
    text = "王先生，备用手机 0900-235-718，晚上联系"
    assert [
        text[e.start : e.end] for e in analyzer.analyze(text, "zh") if e.label == "PHONE_NUMBER"
    ] == ["0900-235-718"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Queue: rang aoife kearney on 0401 773 912, no answer", "0401 773 912"),
        ("The branch promised a callback on +1 426-262-1097 and never rang.", "+1 426-262-1097"),
        ("my sister will pick it up, her no is 0412 556 301 ext 12", "0412 556 301 ext 12"),
        ("please also ring his carer Tom Ashby-Price on 0431 220 918.", "0431 220 918"),
    ],
)
def test_whose_number_a_note_names(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [(phone, "PHONE_NUMBER")]
