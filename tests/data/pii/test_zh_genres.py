"""Chinese PII in the genres new authors write (issue 18, round 2): call logs and agents'
turns (致电X（…）, 客户X总, 感谢X先生), family and form fields before a third party, Latin
names after a Chinese cue, Cantonese, letters (X先生鈞鑒, 谢谢，X), payee tables, and the
numbers in them (mainland mobiles in blocks libphonenumber does not list, a form's own line,
a number glossing whom was called, toll-free lines grouped as published, cues that hold a
value of their own). Handwritten sentences, one or more per kind, and sentences of the same
shapes without personal data.
"""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def found(analyzer: Analyzer, text: str, label: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == label]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a titled surname after a call log's or an agent's words
        ("回访：今天上午致电邹女士，她说卡已经收到。", "邹女士"),
        ("3月2日回电龚经理，约好周四面签。", "龚经理"),
        ("客户柏总要求提高转账限额。", "柏总"),
        ("您好韦老师，您的新卡已寄出。", "韦老师"),
        ("感谢施先生的耐心等待。", "施先生"),
        ("今天有人投诉祁医生服务不到位。", "祁医生"),
        ("王莉持委托书来行，代侯阿姨办理挂失。", "侯阿姨"),
        # family words and form or header fields before a third party
        ("申请人已婚，配偶岳明辉为共同还款人。", "岳明辉"),
        ("我先生邝永康下周出差，他的卡也要开通境外。", "邝永康"),
        ("學費由小兒甘志豪本人繳交。", "甘志豪"),
        ("抄送：蒲晓燕 <pxy@example.cn>", "蒲晓燕"),
        ("客户姓名：戚文静\n业务类型：挂失", "戚文静"),
        ("请把钱转到戶名葛嘉文的帳戶。", "葛嘉文"),
        # Cantonese
        ("我廖家明，想問下張卡幾時到", "廖家明"),
        ("佢叫鄧麗珊，係我表妹。", "鄧麗珊"),
        ("麥生話佢聽日會嚟分行。", "麥生"),
        # letters: a full name before its title, a sign-off after thanks
        ("溫志強先生鈞鑒：來函收悉。", "溫志強"),
        ("卡片已经找到了，不用冻结了。谢谢，殷晓彤", "殷晓彤"),
        ("帳單有誤，請盡快回覆。\n鍾家樂 敬上", "鍾家樂"),
        # a call log: the name after 致电, closed by the number's bracket
        ("5月3日致电蓝天宇（13912345678），已核实身份。", "蓝天宇"),
        # a payee table's name column
        ("常用收款人\n姓名 | 账号 | 备注\n骆文轩 | 6228480402564890018 | 房租", "骆文轩"),
    ],
)
def test_chinese_names_by_genre(analyzer: Analyzer, text: str, name: str) -> None:
    assert any(name in hit or hit in name for hit in found(analyzer, text, "PERSON")), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收款人：Joaquim da Silva，账号见附件。", "Joaquim da Silva"),
        ("我是Nur Aisyah binti Ahmad，想改手机号。", "Nur Aisyah binti Ahmad"),
        ("配偶CHEN Mei为共同借款人。", "CHEN Mei"),
        ("10月9日致电Pieter de Vries，客户未接。", "Pieter de Vries"),
    ],
)
def test_latin_names_after_chinese_cues(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in found(analyzer, text, "PERSON"), text


@pytest.mark.parametrize(
    "text",
    [
        # shops, brands and employers named after people
        "商户：周大生珠宝\n金额：¥3,200.00",
        "商户：王老五专卖店\n金额：人民币880元",
        "工作单位：陈李记",
        # a title with no surname, and thanks that end in 谢
        "谢谢先生，我明白了。",
        "您好先生，请问还有什么可以帮您？",
        "客户经理明天联系您。",
    ],
)
def test_no_person_in_these(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PERSON") == [], text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # a mainland mobile in a block libphonenumber does not list yet
        ("联系电话：16234567801\n问题描述：无法登录", "16234567801"),
        ("致电冯凯（+86 141 2233 4455），客户要求换卡。", "+86 141 2233 4455"),
        # a number in brackets glosses whom was called, even when 致电 opens the sentence
        ("外呼：致电陶小姐（0937-555-210），核对出生日期1975年3月2日无误。", "0937-555-210"),
        ("回访：致电Pieter de Vries（021-55550101-23），新卡已激活。", "021-55550101-23"),
        # a form's own line is read on its own, not with the branch on the line above
        ("预约单\n网点：南山支行\n联系电话：0755-2678 1120\n预约时间：周五", "0755-2678 1120"),
        # a call-back asked for: 回电 / 回電 is the number's cue
        ("利息算錯了，請回電 020 8765 4321。", "020 8765 4321"),
        ("她不会用App，她电话(0571)8123 4567-12，麻烦回个电话。", "(0571)8123 4567-12"),
    ],
)
def test_chinese_phones_by_genre(analyzer: Analyzer, text: str, phone: str) -> None:
    assert phone in found(analyzer, text, "PHONE_NUMBER"), text


@pytest.mark.parametrize(
    "text",
    [
        "如非本人操作，请立即致电1800 222 3333。",
        "短信里说拨打1-800-222-3333挂失，是真的吗？",
    ],
)
def test_toll_free_grouped_is_not_a_personal_phone(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [], text


def test_payee_table_account_column(analyzer: Analyzer) -> None:
    text = (
        "收款人列表\n姓名 | 账号 | 备注\n"
        "严家辉 | 012-345678-901 | 房租\n"
        "电费 | 缴费号61234567 | 水电\n"
        "卜雅琪 | 6222 0212 3456 7890 123 | 学费"
    )
    accounts = found(analyzer, text, "BANK_ACCOUNT")
    assert "012-345678-901" in accounts
    assert "6222 0212 3456 7890 123" in accounts  # the payment number's cue stays on its own
    assert not any("61234567" in a for a in accounts)


def test_cheque_number_is_not_an_account(analyzer: Analyzer) -> None:
    text = "客户申请止付支票00457812（5万元），收款账号6222021234567890123。"
    accounts = found(analyzer, text, "BANK_ACCOUNT")
    assert "00457812" not in accounts
    assert "6222021234567890123" in accounts


def test_table_rows_without_an_account_header_are_left_alone(analyzer: Analyzer) -> None:
    text = "日期 | 金额 | 备注\n3月1日 | 12345678 | 房租"
    assert found(analyzer, text, "BANK_ACCOUNT") == []
