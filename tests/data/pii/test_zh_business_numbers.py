"""Numbers in Chinese bank messages that are not a person's phone, and personal numbers beside
them that must still be found (issue 18), in Chinese and in Chinese customers' English.

Handwritten sentences, not drawn from ``benchmarks/pii_dev/zh_numbers.py``: one or more per kind
of business number (hotlines in every format, branch and company switchboards, SMS senders,
numbers the text says a bank or a company owns) and of other digit strings (amounts, dates,
slip numbers), then the customer's own numbers written in the same ways.
"""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.phone import business_abroad, owned_by_business

NUMERIC = {"PHONE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "CN_ID_CARD", "US_SSN", "IBAN_CODE"}


def numbers_found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text) if e.label in NUMERIC]


@pytest.mark.parametrize(
    "text",
    [
        # hotlines with no hotline word: the number's type says it
        "这个4006695566到底是不是正规号码？",
        "兴业的电话是４００－６８８－１２３４，周末也有人接。",  # full-width, as typed
        "在加拿大的话打 877-283-6500 就行，不用加国家码。",
        "Overseas cardholders: +1 800 847 2911，境外也能打通。",
        "人在伦敦，打了0345 600 6000，语音说要等二十分钟。",
        "台新的信用卡掛失可以撥0800-000-456。",
        # landlines whose owner is a bank, a branch or a company
        "(852) 2822 1111 是中银香港的客服热线吗？",
        "浦东支行的座机 021-5888 1234 转 8，找对公柜台。",
        "营业部电话（0571）8765 4321，周六不营业。",
        "物业公司电话：0755-2345 6789，停水的事问他们。",
        "坐席：您也可以拨打我行分行电话 010-6659 8888 转 2。",
        "貴行總機 (02)2345-6789 一直轉語音信箱。",
        # SMS senders and carriers' lines
        "今天又收到1069055888801的短信，说我中奖了。",
        "發簡訊的號碼是10655012345，是銀行的嗎？",
        # digit strings that are not phones at all
        "对方汇了人民币1380013.50元，还差一点。",
        "贷款2024.05.17已经还清，结清证明什么时候寄？",
        "合同号 HT-2023-884512 的提前还款申请。",
        "发票号码 91345678，抬头写错了。",
        "请把终端号 35215578 的小票补打一张。",
        "您尾号8812的账户于20250317 14:05入账3,200.00元。",
        # Chinese customers writing in English: numbers from abroad, read by their owner
        "Tried 4008 205 555 twice yesterday, nobody answered.",
        "Our Guangzhou branch can be reached on +86 20 8333 6688.",
        "I rang Hang Seng on 2822 0228 last night and gave up.",
        "Kind regards,\nMortgage Team, ICBC Shenzhen Branch\nTel: +86 755 8233 1234",
    ],
)
def test_not_a_persons_phone(analyzer: Analyzer, text: str) -> None:
    assert numbers_found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("我的手机１３９－１２３４－５６７８，麻烦回个电话。", "１３９－１２３４－５６７８"),
        ("我人在台北，手機 0912-345-678。", "0912-345-678"),
        ("我喺香港，電話 9123 4567，唔該。", "9123 4567"),
        # a mobile is a person's whoever the text says it is
        ("自称是95588客服的人用 186 2233 4455 给我打电话。", "186 2233 4455"),
        ("我在银行办的卡，家里座机 020-3812 3456。", "020-3812 3456"),
        ("我办公室电话 010-6512 3456 转分机 802。", "010-6512 3456 转分机 802"),
        ("验证码请发到 13712345678，旧号不用了。", "13712345678"),
        ("客服：请留个号码。\n客户：0755-8123 4567，白天都在。", "0755-8123 4567"),
        ("我家电话 +86 10 6512 3456，晚上有人。", "+86 10 6512 3456"),
        ("打了4008208888没人接，请打我妈的手机 150 1234 8765。", "150 1234 8765"),
        ("Call me on +1 415 555 0172 instead, 1-800 那个号码打不通。", "+1 415 555 0172"),
        ("You can ring me at home on +86 20 3812 3456 after six.", "+86 20 3812 3456"),
        # "bank" inside an e-mail domain is no owner word
        (
            "请联系专员 Jane Doe，邮箱 jane@example-bank.test，电话 +44 20 7946 0958。",
            "+44 20 7946 0958",
        ),
    ],
)
def test_a_persons_phone_is_still_found(analyzer: Analyzer, text: str, phone: str) -> None:
    assert numbers_found(analyzer, text) == [(phone, "PHONE_NUMBER")]


def test_business_numbers_are_reported_when_the_policy_asks() -> None:
    reporting = Analyzer(business_numbers="report")
    for text, number in [
        ("浦东支行的座机 021-5888 1234 转 8，找对公柜台。", "021-5888 1234 转 8"),
        ("在加拿大的话打 877-283-6500 就行。", "877-283-6500"),
    ]:
        assert (number, "PHONE_NUMBER") in numbers_found(reporting, text)


def test_the_nearest_owner_word_decides() -> None:
    text = "我打工商银行上海分行的电话 021-6232 1234，他们说要本人来。"
    start = text.index("021")
    assert owned_by_business(text, start, start + len("021-6232 1234"))
    text = "工商银行的卡是我的，我家座机 021-6232 1234。"
    start = text.index("021")
    assert not owned_by_business(text, start, start + len("021-6232 1234"))
    # an owner word in another sentence does not count
    text = "银行不接电话。021-6232 1234 这个号码你记一下"
    assert not owned_by_business(text, text.index("021"), text.index("021") + 13)


def test_a_foreign_business_number_is_read_by_its_grouping() -> None:
    assert business_abroad("1-800-493-7761")  # also the digits of a Chinese mobile
    assert business_abroad("0800-025-168")  # Taiwan's toll-free, however grouped
    assert not business_abroad("180-0493-7761")  # grouped as a Chinese mobile
    assert not business_abroad("083 564 9312")  # a French premium number is no guess to make
