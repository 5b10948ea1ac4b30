"""Kinds of English false alarm the rules and the tagger must not raise (merchants, firms,
form labels, departments, statement lines, tracking numbers, a bank's numbers for callers
abroad), each beside the personal data of the same shape that must still be found."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text, language="en")]


@pytest.mark.parametrize(
    "text",
    [
        # merchants: a card payment's place, a pending charge's other side, a firm's "&"
        "My debit card was refused at Calvin Klein yesterday but worked at Morgan Stanley.",
        "There is a charge of £12.40 from Ralph Lauren on my statement that I never made.",
        "I paid at Johnson & Johnson and at Marks & Spencer last week.",
        # a form's list of its own fields
        "The form asks for Full Name, Date of Birth, Phone Number and Postcode on page two.",
        # departments and products greeted or named like people
        "Hi Payroll, my payslip for March is missing the overtime.",
        "The Jade Account and the Amber Saver both pay monthly interest.",
        # street and branch names alone
        "Is the cash machine at the Martin Place branch fixed yet?",
        "The closest branch is on Victoria Parade, open weekdays.",
        # a statement's lines and a parcel's tracking number
        "Statement lines:\n03/04 TESCO STORES 2231  £41.20\n05/04 AMZN Mktp UK*7Q1  £12.99",
        "Your new card ships with tracking number 1Z999AA10123456784 next week.",
        # the bank's numbers, at home and for callers abroad
        "Call us 24/7 on 0800 123 4567 (from abroad +44 20 7946 0000).",
        "For lost cards ring our 24/7 line on 6222 1111 any time.",
    ],
)
def test_pii_free_messages_raise_no_alarm(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text) == []


def test_the_same_shapes_with_personal_data_are_still_found(analyzer: Analyzer) -> None:
    # a person after "at" when someone is addressed; a transfer from a person
    assert ("Gary Jones", "PERSON") in _found(analyzer, "Then Anna shouted at Gary Jones.")
    assert ("Harvey Smith", "PERSON") in _found(
        analyzer, "I received a transfer from Harvey Smith this morning."
    )
    # a name with a cue that is also a form field's neighbour
    assert ("Olivia Brennan", "PERSON") in _found(analyzer, "Full name: Olivia Brennan")
    # the customer's own mobile, not the bank's line
    assert ("07700 900123", "PHONE_NUMBER") in _found(
        analyzer, "Please call me back on 07700 900123 after six."
    )


def test_a_flush_address_block_is_one_span_and_an_indented_one_its_fields(
    analyzer: Analyzer,
) -> None:
    flush = "Please update my address to\n4410 Juniper Lane Apt 3C\nDenver, CO 80203\nThanks."
    assert ("4410 Juniper Lane Apt 3C\nDenver, CO 80203", "ADDRESS") in _found(analyzer, flush)
    assert ("Flat 2B\n18 Otley Road\nLeeds\nLS6 3AB", "ADDRESS") in _found(
        analyzer, "Correspondence address:\nFlat 2B\n18 Otley Road\nLeeds\nLS6 3AB\n"
    )
    # Presidio's layout: continuation lines indented, each field its own span
    indented = "Ship to:\nMaria Lopez\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488"
    found = _found(analyzer, indented)
    assert ("Suite 501", "ADDRESS") in found
    assert not any("\n" in value for value, label in found if label == "ADDRESS")


def test_a_name_after_a_house_number_or_before_a_state_and_zip_is_a_place(
    analyzer: Analyzer,
) -> None:
    text = "Address: 34/4 Anna Salai, Teynampet, Chennai 600018."
    assert not any(label == "PERSON" for _, label in _found(analyzer, text))
    text = "Ship to 77 Elm Street, Austin, TX 78704 by Friday."
    assert not any(label == "PERSON" for _, label in _found(analyzer, text))


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # a US number named in Chinese, beside an account word that used to win
        ("纽约分行开的账户要报税，要我提供社安号 212-44-1234 给他们", "212-44-1234", "US_SSN"),
        # Cantonese birth-date and account words
        ("我叫陳大文，出世日期1988/02/14，想開戶。", "1988/02/14", "DATE_OF_BIRTH"),
        ("我想將戶口123-456789-001嘅錢轉走", "123-456789-001", "BANK_ACCOUNT"),
        # a form's address, one component per line, is one address
        (
            "通讯地址：\n浙江省杭州市西湖区\n文三路 88号\n3栋502室\n联系电话：无",
            "浙江省杭州市西湖区\n文三路 88号\n3栋502室",
            "ADDRESS",
        ),
        ("家住南京市 鼓楼区 中山路12号 5楼 有事找我", "南京市 鼓楼区 中山路12号 5楼", "ADDRESS"),
    ],
)
def test_chinese_text_kinds_are_found(
    analyzer: Analyzer, text: str, value: str, label: str
) -> None:
    found = [(text[e.start : e.end], e.label) for e in analyzer.analyze(text, language="zh")]
    assert (value, label) in found


def test_a_blank_line_ends_a_chinese_address(analyzer: Analyzer) -> None:
    text = "地址：浙江省杭州市西湖区\n\n88号是我的房号吗？"
    found = [(text[e.start : e.end], e.label) for e in analyzer.analyze(text, language="zh")]
    assert not any("\n" in value for value, label in found if label == "ADDRESS")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("孙阿姨您好，我的存折找不到了。", "孙阿姨"),
        ("今天有个自称是税务局的何主任打电话给我。", "何主任"),
        ("报名名单：\n1. 郑总 139 0000 1111", "郑总"),
        ("请帮我找许经理，她在吗？", "许经理"),
    ],
)
def test_a_surname_with_a_title_is_a_person_with_the_title(
    analyzer: Analyzer, text: str, value: str
) -> None:
    found = [(text[e.start : e.end], e.label) for e in analyzer.analyze(text, language="zh")]
    assert (value, "PERSON") in found


@pytest.mark.parametrize(
    "text",
    [
        "请问个人养老金账户每年能存多少？",  # 老金 is the end of 养老 and 金
        "这个月的总额是多少？",  # 总 of 总额 is no title
        "不舒服的话，向医生咨询一下。",  # 向 is "to" here, not a surname
    ],
)
def test_chinese_words_are_not_titled_names(analyzer: Analyzer, text: str) -> None:
    assert [e for e in analyzer.analyze(text, language="zh") if e.label == "PERSON"] == []


def test_a_number_the_bank_asks_to_be_called_on_is_not_personal(analyzer: Analyzer) -> None:
    business = "海外客户请拨打 +852 2111 3333 联系我们。"
    assert [e for e in analyzer.analyze(business, language="zh")] == []
    personal = "有事打 13912345678 联系我们的经理"
    found = [personal[e.start : e.end] for e in analyzer.analyze(personal, language="zh")]
    assert "13912345678" in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("如有疑問，請致電本人。\n此致\n某某銀行\n周志明 謹啟", "周志明"),
        ("担保人：孔德明（借款人表哥）", "孔德明"),
        ("委托人：上官婉清  身份证号：无", "上官婉清"),
        ("@孙丽 明天的会改到下午了", "孙丽"),
        ("本人郭建华，现申请注销账户。", "郭建华"),
        ("理专吴经理您好，基金的事请回电。", "吴经理"),
    ],
)
def test_chinese_names_in_signatures_fields_and_mentions(
    analyzer: Analyzer, text: str, value: str
) -> None:
    found = [(text[e.start : e.end], e.label) for e in analyzer.analyze(text, language="zh")]
    assert (value, "PERSON") in found


def test_a_word_opening_a_field_value_is_not_a_name(analyzer: Analyzer) -> None:
    text = "申请人：方便小姐，请回电。"
    assert [e for e in analyzer.analyze(text, language="zh") if e.label == "PERSON"] == []


def test_at_with_no_word_before_it_is_read_without_error() -> None:
    """ "at" opening the text (no verb before it to look up): a merchant, and no crash."""
    from steward.data.pii.recognizers.person_en import names_a_place

    text = "at Harvey Nichols yesterday"
    assert names_a_place(text, 3, len("at Harvey Nichols"))
    assert Analyzer().analyze("at Harvey Nichols yesterday", "en") is not None
