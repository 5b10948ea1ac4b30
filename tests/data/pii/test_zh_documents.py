"""Chinese documents pasted as text: an institution's address, a utility's customer number and
a firm's letter, beside the personal value in the same layout."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _found(analyzer: Analyzer, text: str, label: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text, "zh") if e.label == label]


@pytest.mark.parametrize(
    "text",
    [
        "电费账单\n服务热线 95598，营业厅地址：杭州市西湖区文三路91号（营业时间 9:00-17:00）",
        "请银行凭本公证书办理过户。\n公证处地址：南京市鼓楼区中山北路37号；咨询电话 95555。",
        "收入证明\n单位名称（盖章）：上海恒远物流有限公司\n单位地址：上海市徐汇区漕溪北路183号5楼\n",
        "医院地址：成都市武侯区人民南路四段290号，挂号请走东门。",
    ],
)
def test_an_institutions_own_address_is_not_personal(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "电费账单\n户主：王建国\n用电地址：杭州市西湖区文三路91号3单元502室\n",
            "杭州市西湖区文三路91号3单元502室",
        ),
        (
            "贷款申请表\n姓名：李娜\n单位地址：南京市鼓楼区中山北路37号\n",
            "南京市鼓楼区中山北路37号",
        ),
        ("我家住址：成都市武侯区人民南路四段290号", "成都市武侯区人民南路四段290号"),
    ],
)
def test_a_persons_address_in_the_same_layout_is_kept(
    analyzer: Analyzer, text: str, address: str
) -> None:
    assert address in _found(analyzer, text, "ADDRESS")


def test_a_utility_customer_number_is_no_phone(analyzer: Analyzer) -> None:
    text = "自来水公司水费账单\n户号：2205973240　账期：2026年5月\n本期用水 12 吨"
    assert _found(analyzer, text, "PHONE_NUMBER") == []


def test_a_mobile_beside_a_customer_number_is_still_a_phone(analyzer: Analyzer) -> None:
    text = "燃气费账单\n户号：7164359714　账期：2026年6月\n户主手机：13912345678"
    assert _found(analyzer, text, "PHONE_NUMBER") == ["13912345678"]


def test_the_clerks_desk_line_in_a_firms_letter_is_a_phone(analyzer: Analyzer) -> None:
    text = (
        "收入证明\n单位名称（盖章）：上海恒远物流有限公司\n"
        "单位地址：上海市徐汇区漕溪北路183号5楼\n经办人：姜经理　联系电话：0571-41812185转4938\n"
    )
    assert _found(analyzer, text, "PHONE_NUMBER") == ["0571-41812185转4938"]
    # the firm's switchboard, with no clerk named, stays the firm's
    firm = "单位名称（盖章）：上海恒远物流有限公司\n公司总机：0571-41812185\n"
    assert _found(analyzer, firm, "PHONE_NUMBER") == []


def test_an_email_read_aloud_is_spanned_in_its_spoken_form(analyzer: Analyzer) -> None:
    text = "留言：我的手机号是一三五四二幺八五五一九句号邮箱是chen.hao6 艾特 163 点com句号谢谢"
    assert _found(analyzer, text, "EMAIL_ADDRESS") == ["chen.hao6 艾特 163 点com"]
    # a desk's mailbox read aloud stays the desk's; 艾特 before a name is a mention
    assert _found(analyzer, "投诉请发 kefu 艾特 example 点com", "EMAIL_ADDRESS") == []
    assert _found(analyzer, "群里艾特一下王芳，让她回电", "EMAIL_ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "催收记录：逾期金额77,514元，承诺2026/2/20前从6216031821608264转入7386元。",
            "6216031821608264",
        ),
        (
            "日期　摘要　对方户名　对方账号　金额　余额\n"
            "2026-12-27　转账支出　姚欣然　6217 2813 3636 3355　-3,545.00　43,600.00",
            "6217 2813 3636 3355",
        ),
    ],
)
def test_a_card_money_moves_through_is_an_account(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert _found(analyzer, text, "BANK_ACCOUNT") == [account]


def test_an_amount_transferred_is_no_account(analyzer: Analyzer) -> None:
    text = "催收记录：逾期金额77,514元，承诺2026/2/20前转入7386元，尾号3355。"
    assert _found(analyzer, text, "BANK_ACCOUNT") == []


def test_an_iban_wrapped_across_lines_is_one_iban(analyzer: Analyzer) -> None:
    iban = "DE89 3704\n0044 0532 0130 00"
    text = f"境外汇款：收款人在德国，IBAN {iban}。\n金额 3,000 欧元"
    assert _found(analyzer, text, "IBAN_CODE") == [iban]
    # a next line that starts with four digits is not the IBAN's tail
    text = "IBAN DE89 3704 0044 0532 0130 00\n2026 年 3 月汇出"
    assert _found(analyzer, text, "IBAN_CODE") == ["DE89 3704 0044 0532 0130 00"]


def test_a_street_named_after_a_province_is_read_whole(analyzer: Analyzer) -> None:
    text = "电费账单\n用电地址：青岛市市南区香港中路46号2单元301室\n"
    assert _found(analyzer, text, "ADDRESS") == ["青岛市市南区香港中路46号2单元301室"]
