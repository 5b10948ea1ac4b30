"""Numbers: checksums, and the context that makes a number an order, an amount or a date."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


def labels(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(e.label, text[e.start : e.end]) for e in analyzer.analyze(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBAN DE89 3704 0044 0532 0130 00 please", [("IBAN_CODE", "DE89 3704 0044 0532 0130 00")]),
        ("Here's my SSN: 536-90-4399", [("US_SSN", "536-90-4399")]),
        ("freeze account 3083124023 now", [("BANK_ACCOUNT", "3083124023")]),
        ("工资卡6246493665787200978被冻结了", [("BANK_ACCOUNT", "6246493665787200978")]),
        # a UnionPay debit card a customer calls 卡号 is an account (issue 18's convention)
        ("卡号是6232 7500 6961 0118，请挂失", [("BANK_ACCOUNT", "6232 7500 6961 0118")]),
        ("信用卡卡号6232 7500 6961 0118，请挂失", [("CREDIT_CARD", "6232 7500 6961 0118")]),
        ("my DOB is March 12, 1985", [("DATE_OF_BIRTH", "March 12, 1985")]),
        ("出生日期1994年5月9日", [("DATE_OF_BIRTH", "1994年5月9日")]),
        ("see https://example.com/a?b=1 now", [("URL", "https://example.com/a?b=1")]),
        (
            "address 2001:db8:85a3:0:0:8a2e:370:7334",
            [("IP_ADDRESS", "2001:db8:85a3:0:0:8a2e:370:7334")],
        ),
        ("Call me at (555) 123-4567", [("PHONE_NUMBER", "(555) 123-4567")]),
        ("call 345-899-3560x4587 today", [("PHONE_NUMBER", "345-899-3560x4587")]),
        ("from abroad: 001-518-640-0854", [("PHONE_NUMBER", "001-518-640-0854")]),
        ("Date: 2003-08-28 12:13:52 logged", []),  # a timestamp, not a phone number
        ("login from 172.61.42.192 flagged", [("IP_ADDRESS", "172.61.42.192")]),
        ("联系电话+86-137-4016-1302。", [("PHONE_NUMBER", "+86-137-4016-1302")]),
    ],
)
def test_found(patterns: Analyzer, text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(patterns, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE89 3704 0044 0532 0130 01",  # mod-97 fails
        "SSN 666-12-3456",  # area 666 is never issued
        "Hi, order #4111111111111111 was refunded",  # Luhn-valid, but an order number
        "订单号4111111111111111的退款什么时候到账？",
        "礼品卡券码4111111111111111提示无效",
        "Transaction ID 11010519491231002X is pending",  # valid ID shape, but a transaction
        "合同编号130825200611091338的贷款",  # wrong check character
        "I was charged $41,691.60 twice on 08/05/2026.",  # an amount and a transaction date
        "交易日期2026-08-03，金额¥2,887.53",
        "我想提前还款232,521元",
        "my card ending in 7249 was declined",
        "在吗？尾号3705的那张信用卡年费是多少？",
        "Ticket T-7313228171 is still open",
        "version 1.2.3.4 released",
    ],
)
def test_not_personal(patterns: Analyzer, text: str) -> None:
    assert patterns.analyze(text) == []


def test_transaction_dates_are_not_birth_dates() -> None:
    analyzer = Analyzer(labels=["DATE_OF_BIRTH", "DATE_TIME"])
    assert analyzer.analyze("到期日是2026-11-29吗？") == []
    born = analyzer.analyze("生日是1996.01.08")
    assert [e.label for e in born] == ["DATE_OF_BIRTH"]
    married = analyzer.analyze("we married on 2001-06-02")
    assert [e.label for e in married] == ["DATE_TIME"]


def test_context_raises_a_bare_number() -> None:
    analyzer = Analyzer(labels=["PHONE_NUMBER"], context_window=0)
    # Without context, a bare possible-but-invalid number stays under the threshold.
    assert analyzer.analyze("reach 6433982543") == []
    assert len(Analyzer(labels=["PHONE_NUMBER"]).analyze("call me at 6433982543")) == 1


def test_merely_possible_phone_needs_a_cue() -> None:
    from steward.data.pii import detect

    # 07700 900xxx is Ofcom's range for fiction: possible, not valid. A customer giving it as
    # "my number" must still be masked; the same digits with no cue are left alone.
    given = "My number is 07700 900267. Dear bank, please call back"
    assert [(e.label, given[e.start : e.end]) for e in detect(given)] == [
        ("PHONE_NUMBER", "07700 900267")
    ]
    assert detect("Reference 07700 900267 attached") == []
    assert detect("my card number is 4000 1234 5678 9010") == []  # not Luhn-valid, not a phone
