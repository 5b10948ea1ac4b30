"""Payees' account numbers named by what a message says of them, round 7 (issue 18): an amount
paid to a bare number, a sort code written after it, brackets after a payee's name in a
sentence about a payment, accounts written with dots; a mobile a note's line broke in two, digits
read aloud with hyphens; a customer's own IBAN set against a firm's, a debit card before a credit
card named with its own number, a debit card in two groups; beside each kind its PII-free
look-alike. Handwritten texts; the dev generator ``benchmarks/pii_dev/payee_numbers_v7.py`` is
checked for shape and scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.payee_numbers_v7 import generate


def found(analyzer: Analyzer, text: str, label: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == label]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Mileage claim for Ruth: £84.20 into 40417723 on Friday.", "40417723"),
        ("Deposit refund of $1,250 paid to 7730-1192 as agreed.", "7730-1192"),
        ("Landlord's details: 31984420 / sort code 20-00-00, rent due monthly.", "31984420"),
        ("Please pay the invoice to 5520 1184 227, sort 11-22-33.", "5520 1184 227"),
        ("Money went to Kemal Arslan (63.118.204) instead of my brother.", "63.118.204"),
        ("Standing order to Noor Haidari (18842067) cancelled, payment stopped.", "18842067"),
        ("Fraud hold on acct 72.440.915 until the customer calls in.", "72.440.915"),
        ("Direct deposit: routing 026009593 / 4820193384, effective May.", "4820193384"),
        ("Her attorney moved £300 out of 40118822 this morning.", "40118822"),
        ("His pension goes into 4477 1203 at the Halifax.", "4477 1203"),
        ("Casual staff this week: Jo Birch 71234567 40-11-62, 16 hours.", "71234567"),
    ],
)
def test_a_payees_account_is_named_by_what_the_message_says(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text",
    [
        "Marketing budget moved from £120,000 to 2750000 after the review.",
        "Release 12.404.118 is live; incident INC55012 is closed.",
        "Order from Argos (order no 40012345) was refunded in full.",
        "Ticket 30418822 (12-05-24) closed with no further action.",
        "Batch 30418822 05-11-24 reprocessed overnight.",
        "Top-up of £15 to 07700 900123 failed twice.",
        "Routing number 164680873 / SWIFT NWBKGB2L for the branch.",
    ],
)
def test_look_alikes_are_not_accounts(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_a_hotels_front_desk_is_not_a_customers_phone(analyzer: Analyzer) -> None:
    text = "Staying in Madrid; the hotel front desk is +34 91 123 4567 if you need me."
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_mobile_broken_over_two_lines_is_one_phone(analyzer: Analyzer) -> None:
    text = "Customer record imported, mobile field: 07700 90\n0123\nnothing else changed"
    assert found(analyzer, text, "PHONE_NUMBER") == ["07700 90\n0123"]
    # two numbers of a list, one a line, are not joined
    listing = "Branch lines:\n0161 496 0732\n0161 496 0733"
    assert "\n" not in "".join(found(analyzer, listing, "PHONE_NUMBER"))


def test_digits_read_aloud_with_hyphens(analyzer: Analyzer) -> None:
    text = "She read it out: oh-seven-double-seven oh-oh nine oh one two three."
    assert found(analyzer, text, "PHONE_NUMBER") == [
        "oh-seven-double-seven oh-oh nine oh one two three"
    ]


def test_chinese_personal_iban_against_a_firms(analyzer: Analyzer) -> None:
    text = "学费交到学校的对公账户，不是个人的；奖学金退回请转到个人账户GB33BUKB20201555555555。"
    assert found(analyzer, text, "IBAN_CODE") == ["GB33BUKB20201555555555"]


def test_chinese_debit_card_before_a_credit_card_with_its_own_number(analyzer: Analyzer) -> None:
    text = "他从我的储蓄卡6222020200112345677转走了钱，信用卡4111111111111111还好。"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["6222020200112345677"]
    assert found(analyzer, text, "CREDIT_CARD") == ["4111111111111111"]


def test_chinese_debit_card_in_two_groups_is_not_a_phone(analyzer: Analyzer) -> None:
    text = "客户更正：完整卡号是622202-0200112345677，刚才报错了。"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["622202-0200112345677"]
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text", ["客服电话占线，请改拨4006 95599。", "群通知：8008 95588今天维护，客户来电请解释。"]
)
def test_a_chinese_400_line_typed_short_is_not_a_phone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_dev_generator_shape_and_score(analyzer: Analyzer) -> None:
    records = generate(200, 11)
    assert {r["lang"] for r in records} == {"en", "zh"}
    labels = {s["label"] for r in records for s in r["spans"]}
    assert {"BANK_ACCOUNT", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD"} <= labels
    hits = total = flagged = negatives = 0
    for record in records:
        text, spans = record["text"], record["spans"]
        for span in spans:
            assert text[span["start"] : span["end"]].strip() == text[span["start"] : span["end"]]
        entities = analyzer.analyze(text, record["lang"])
        predicted = {(e.start, e.end, e.label) for e in entities}
        numbers = [s for s in spans if s["label"] != "PERSON"]
        total += len(numbers)
        hits += sum((s["start"], s["end"], s["label"]) in predicted for s in numbers)
        if not spans:
            negatives += 1
            flagged += bool(entities)
    assert negatives > 20
    assert flagged == 0
    assert hits / total >= 0.9
