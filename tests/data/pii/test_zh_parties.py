"""Chinese names introduced by a party's role, titled elders and coaches, and their look-alikes
(benchmarks/pii_dev/zh_parties_v37.py): handwritten sentences, each checked for the span the
rule should report, or for none."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.email import is_role_mailbox
from steward.data.pii.recognizers.person_zh import cuts_a_word


def found(analyzer: Analyzer, text: str, label: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == label]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "信托备案：委托人窦守田，受益人为其子窦春生、其女窦秋菊。",
            ["窦守田", "窦春生", "窦秋菊"],
        ),
        ("喜宴预付款：新郎蒲满仓，新娘祁玉兰，已转账两万元。", ["蒲满仓", "祁玉兰"]),
        ("会议记录\n到会：主任殷长顺、委员滕军等五人。", ["殷长顺", "滕军"]),
        ("股份转让：原股东裴敏所持份额已过户。", ["裴敏"]),
        ("原负责人卜桂香卸任，印鉴同步更换。", ["卜桂香"]),
        ("您好温德胜，您的新卡已寄出。", ["温德胜"]),
        ("我们队长戚大爷让大家把会费转给他。", ["戚大爷"]),
        ("孩子的游泳课，单教练说直接转他个人卡。", ["单教练"]),
        ("我爱人骆桂都去了，到时候联系她。", ["骆桂"]),
    ],
)
def test_a_party_named_after_its_role(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert sorted(found(analyzer, text, "PERSON")) == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "麻烦帮我看看这封英文邮件是不是钓鱼。",
        "人工坐席：请提供姓名和身份证号。",
        "施工队负责人说装修贷可以分期。",
        "田家炳基金会和霍英东基金会的捐款渠道有什么区别？",
        "学费缴纳通知：户名明德实验学校，对公账户。",
        "爱人和孩子都同意了。",
        "股东大会定于下周召开。",
    ],
)
def test_no_person_in_ordinary_words(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == []


def test_a_name_jieba_runs_into_the_next_word_is_kept() -> None:
    text = "我先生许文博会用邮箱发票据。"
    assert not cuts_a_word(text, 3, 6)  # 许文博|会: jieba reads 文博会 as a name
    assert cuts_a_word("这封英文信", 1, 4)


def test_a_landline_after_a_bank_card_is_the_cardholders(analyzer: Analyzer) -> None:
    text = "家属同意从其银行卡6230584097142832扣款，联系电话028-86915793。"
    assert found(analyzer, text, "PHONE_NUMBER") == ["028-86915793"]


@pytest.mark.parametrize(
    "text",
    [
        "市公证处地址：南京市鼓楼区中山北路88号，电话025-83304616，工作日受理。",
        "人民医院收费处电话028-86915793，说退款要一周。",
    ],
)
def test_an_institutions_landline_is_not_reported(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_firms_address_beside_its_tax_number_is_not_reported(analyzer: Analyzer) -> None:
    text = "开票信息\n税号：91320106MA1XYZ1234\n地址电话：南京市鼓楼区中山北路88号 025-83304616"
    assert found(analyzer, text, "ADDRESS") == []
    # the same address as a person's is still one
    assert found(analyzer, "我家地址：南京市鼓楼区中山北路88号", "ADDRESS") != []


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("groups@example.com", True),
        ("trusts@example.com", True),
        ("huodong@example.cn", True),
        ("james@example.com", False),
        ("hills@example.com", False),
    ],
)
def test_plural_and_pinyin_role_mailboxes(address: str, role: bool) -> None:
    assert is_role_mailbox(address) is role
