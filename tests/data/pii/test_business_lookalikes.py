"""What a business, a network or a form owns that looks like a person's data (a firm's account
and registration number, an IP range, a desk's mailbox named by a function noun, a form's
numbered field, a merchant written like a name, a firm named after its city), each beside the
personal value of the same shape that must still be found; and the dev set written for them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.cards import _company_account
from steward.data.pii.recognizers.email import is_role_mailbox

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.business_lookalikes import generate


def _found(analyzer: Analyzer, text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        # a firm's account: after its legal form, or called a business's earlier in the sentence
        "Business a/c for Wrenfield Cabinets Ltd (40-12-77 31829904) - new signatory pending.",
        "Payee added: Tolland Haulage plc (20-45-67 55501234) for supplier invoices.",
        "Corporate account of Easterby Print Co., sort code 11-22-33, a/c 87654321, closed.",
        # a firm's registration number
        "Easterby Print Ltd is registered in Wales, company number 04417322.",
        # a network range, not one device
        "Fraud rule 7 blocks 185.220.101.0/24 and 45.12.0.0/16 after card testing.",
        # a desk's mailbox named by a function noun that no list holds
        "For a late parent's accounts write to bereavement@lanternbank.co.uk.",
        "Send the signed forms to reconciliations@tidewater-bs.com by Friday.",
        # a form's numbered field and its value: no address
        "Applicant 1 date 2024-05-01; applicant 2 date 2024-06-11; item 3 left blank.",
        "BRANCH 8187; SORT CODE 05-58-41 NOTED. CUST TO CALL BACK.",
        # merchants written like names
        "App crashed again - couldn't pay Booking.com or Tesco Express.",
        "Card declined twice, couldn't pay Uber. App needs a fix.",
        "Txn 12/05/2025 Amazon Marketplace £26.10: cardholder says goods never arrived.",
    ],
)
def test_pii_free_lookalikes_raise_no_alarm(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "My own current account (40-12-77 31829904) was debited twice.",
            "31829904",
            "BANK_ACCOUNT",
        ),
        (
            "Business account closed, money moved to my personal account 20-45-67 55501234.",
            "55501234",
            "BANK_ACCOUNT",
        ),
        ("Account: Incoming 12345678 (my salary).", "12345678", "BANK_ACCOUNT"),
        (
            "Customer logged in from 185.220.101.7 before the transfer.",
            "185.220.101.7",
            "IP_ADDRESS",
        ),
        ("Reply to florence.wu88@gmail.com please.", "florence.wu88@gmail.com", "EMAIL_ADDRESS"),
        ("Applicant 2 DOB 03/08/1972, first-time buyer.", "03/08/1972", "DATE_OF_BIRTH"),
        (
            "New address: Blk 45 Toa Payoh Lorong 5, #11-32, Singapore 310045.",
            "Blk 45 Toa Payoh Lorong 5, #11-32, Singapore 310045",
            "ADDRESS",
        ),
        ("I paid Maria Costa back for the flights.", "Maria Costa", "PERSON"),
        (
            "Dispute raised, cardholder maria costa says goods never arrived.",
            "maria costa",
            "PERSON",
        ),
    ],
)
def test_the_personal_value_of_the_same_shape_is_found(
    analyzer: Analyzer, text: str, value: str, label: str
) -> None:
    assert (value, label) in _found(analyzer, text)


@pytest.mark.parametrize(
    ("before", "firms"),
    [
        ("Business a/c for Northgate Joinery Ltd (96-84-77 ", True),
        ("Pay Easterby Print Co., sort code 11-22-33, a/c ", True),
        # a legal form's letters starting a word are no legal form ("Co" of "Contact")
        ("Contact ", False),
        ("paid into Incoming ", False),
        ("Business account closed, money moved to my personal account ", False),
    ],
)
def test_a_firms_account_is_told_by_its_legal_form_or_a_business_word(
    before: str, firms: bool
) -> None:
    text = before + "12345678"
    assert _company_account(text, len(before), len(text)) is firms


def test_structured_numbers_are_read_whole(analyzer: Analyzer) -> None:
    # a resident ID that Luhn also passes is an ID, even with "visa" (a card word) after it
    text = "Mule holder opened with PRC ID 510107197806198135 (student visa)."
    assert _found(analyzer, text) == [("510107197806198135", "CN_ID_CARD")]
    # an IBAN whose bank part starts with a letter: one IBAN, not an account made of its tail
    text = "Salary paid into IT21 X001 9760 6075 0352 6765 423 (overseas account)."
    assert _found(analyzer, text) == [("IT21 X001 9760 6075 0352 6765 423", "IBAN_CODE")]


def test_a_long_run_of_vowels_is_read_in_linear_time() -> None:
    # pinyin is read by segmenting, not by a backtracking regex (which took seconds here)
    assert is_role_mailbox("ai" * 40 + "ment@bank.example") is True
    assert is_role_mailbox("liujing" * 8 + "@mail.example") is False


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("bereavement@bank.example", True),
        ("settlements@bank.example", True),
        ("safeguarding-team@bank.example", True),
        ("customer.relations@bank.example", True),
        # names that end like function nouns are people's
        ("florence@mail.example", False),
        ("k.manning@mail.example", False),
        ("gregory.adeyemi@mail.example", False),
        ("trinity@mail.example", False),
    ],
)
def test_a_function_noun_makes_a_mailbox_a_desks_and_a_name_a_persons(
    address: str, role: bool
) -> None:
    assert is_role_mailbox(address) is role


@pytest.mark.parametrize(
    "text",
    [
        "公司客戶：港島餐飲集團\n商業登記號碼：14386192\n請補交周年申報表。",
        "放款至对公账户，户名成都天府餐饮管理有限公司，请核对。",
    ],
)
def test_chinese_firm_lookalikes_raise_no_alarm(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text, "zh") == []


def test_chinese_payee_and_account_are_still_found(analyzer: Analyzer) -> None:
    assert ("王芳", "PERSON") in _found(analyzer, "收款人：王芳，备注房租。", "zh")
    text = "我的工资卡账号6217000010001234567，请查一下。"
    assert any(label == "BANK_ACCOUNT" for _, label in _found(analyzer, text, "zh"))


def test_the_dev_set_has_both_sides_of_every_kind_and_is_deterministic() -> None:
    rows = generate(90, 7)
    assert rows == generate(90, 7)
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        assert any(not row["spans"] for row in mine)  # PII-free look-alikes
        assert any(row["spans"] for row in mine)  # personal values beside them
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            assert value and value == value.strip()
