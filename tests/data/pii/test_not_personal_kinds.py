"""Numbers and addresses that look personal and are not, by kind, in English and Chinese,
each beside the personal data of the same shape that must still be found (issue 18): role
mailboxes (and the ``pii.role_mailboxes`` policy option, through the serve guard), company
accounts and bank clearing codes, payment references, cards and accounts in wide or odd
groupings, phones in international form, Philippine mobiles, Cantonese cues and signatures,
a business's WhatsApp line; and the dev generator that holds these kinds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import ValidationError
from stdnum import luhn

from steward.config import PiiPolicy, load_policy
from steward.data.pii import Analyzer
from steward.data.pii.recognizers.email import is_role_mailbox
from steward.serve.guards.build import build_chains
from tests.conftest import write_policy

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev import dev_sets


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


def card(prefix: str, length: int) -> str:
    body = (prefix + "3141592653589793238")[: length - 1]
    return body + luhn.calc_check_digit(body)


# -- role mailboxes ------------------------------------------------------------------------------
ROLE_TEXTS = [
    "I emailed support@northgate-bank.com twice and got nothing back.",
    "From: no-reply@alerts.kestrel.co.uk\nSubject: statement ready",
    "please cc card.services@ridgeway.com.au and fraud-team@ridgeway.com.au",
    "The reply came from customercare@harbour.example, not a person.",
    "已经发邮件到kefu@jinhebank.com.cn了，三天没人回",
    "投诉请发tousu@jinhebank.com.cn，抄送service@jinhebank.com.cn",
]


@pytest.mark.parametrize("text", ROLE_TEXTS)
def test_role_mailboxes_are_not_personal(analyzer: Analyzer, text: str) -> None:
    assert not [hit for hit in found(analyzer, text) if hit[1] == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "mail"),
    [
        ("Write to me at priya.okafor@gmail.com, not support@kestrel.io", "priya.okafor@gmail.com"),
        ("my own one is jane.support@outlook.com", "jane.support@outlook.com"),
        ("有事发我邮箱13912345678@139.com，别发kefu@jinhebank.com.cn", "13912345678@139.com"),
        ("邮箱 zhang.wei88@qq.com 联系我", "zhang.wei88@qq.com"),
    ],
)
def test_personal_mailboxes_are_found_beside_role_ones(
    analyzer: Analyzer, text: str, mail: str
) -> None:
    assert [hit for hit in found(analyzer, text) if hit[1] == "EMAIL_ADDRESS"] == [
        (mail, "EMAIL_ADDRESS")
    ]


def test_role_words_split_run_together_but_not_short_names() -> None:
    assert is_role_mailbox("donotreply@x.com") and is_role_mailbox("cardservices@x.com")
    # two-letter role words (hi, no, do) never make a name a role when run together
    assert not is_role_mailbox("hino@x.com") and not is_role_mailbox("dono@x.com")
    assert not is_role_mailbox("88886666@qq.com")  # a QQ number is a person's


@pytest.mark.parametrize(
    "address",
    [
        "fanzha@hailan-bank.cn",  # 反诈
        "licai@hailan-bank.cn",  # 理财
        "xinyongka@jinhebank.com.cn",  # 信用卡
        "xindai@jinhebank.com.cn",  # 信贷
        "duigong.daikuan@jinhebank.com.cn",  # 对公贷款
        "rewards@harbourline.co.uk",
        "loyalty.points@harbourline.co.uk",
    ],
)
def test_bank_desk_pinyin_and_loyalty_mailboxes_are_roles(address: str) -> None:
    assert is_role_mailbox(address)


@pytest.mark.parametrize(
    "address", ["liujing@163.com", "licai.zhang@qq.com", "zhangwei.fanzha@qq.com", "fanli@qq.com"]
)
def test_a_pinyin_name_beside_a_desk_word_is_still_personal(address: str) -> None:
    assert not is_role_mailbox(address)


def test_bank_desk_mailboxes_are_not_reported(analyzer: Analyzer) -> None:
    text = (
        "举报请发至 fanzha@hailan-bank.cn，理财咨询 licai@hailan-bank.cn，"
        "我的邮箱 wangfang88@qq.com"
    )
    assert [hit for hit in found(analyzer, text) if hit[1] == "EMAIL_ADDRESS"] == [
        ("wangfang88@qq.com", "EMAIL_ADDRESS")
    ]


def test_role_mailboxes_reported_when_the_policy_says_personal() -> None:
    text = ROLE_TEXTS[0]
    assert found(Analyzer(role_mailboxes="personal"), text) == [
        ("support@northgate-bank.com", "EMAIL_ADDRESS")
    ]
    with pytest.raises(ValueError, match="role_mailboxes"):
        Analyzer(role_mailboxes="hide")
    assert PiiPolicy().role_mailboxes == "not_personal"
    with pytest.raises(ValidationError, match="role_mailboxes"):
        PiiPolicy.model_validate({"role_mailboxes": "sometimes"})


@pytest.mark.parametrize(("setting", "redacted"), [("not_personal", 1), ("personal", 2)])
def test_serve_pii_guard_honours_the_role_mailboxes_setting(
    tmp_path: Path, setting: str, redacted: int
) -> None:
    policy = write_policy(
        tmp_path, pii={"role_mailboxes": setting}, guards={"input": ["pii"], "output": []}
    )
    input_chain, _ = build_chains(load_policy(policy), None)
    text = "copy noreply@kestrel.io and me at lena.walsh@proton.me"
    verdict = input_chain.guards[0].check(text)
    assert [text[s.start : s.end] for s in verdict.spans][-1] == "lena.walsh@proton.me"
    assert len(verdict.spans) == redacted


# -- company accounts, clearing codes, references ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "货款请汇入对公账户3302 5243 8307 2515，户名以合同为准",
        "我们公司对公账号4420 8373 0306 6715 2982，联行号170687310533，麻烦开通代发工资",
        "收款单位账号4452 5964 8641 5093 472，开户行城西支行",
        "  对公账号: 4200986038609979855\n  网点号: 53916",
        "Pay the invoice into our business account 2203 4471 90, by Friday.",
        "transfer shows UTR 442721021853 but the money is not there",
        "Chargeback raised, RRN 352061812894.",
    ],
)
def test_company_accounts_and_references_are_not_personal(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # wide spacing, dashes, a 6-6-7 grouping, after 卡号 / 账号 / 工资卡 / 收款账户
        ("卡号6214  4714  1672  0664，然后", "6214  4714  1672  0664"),
        ("工资卡6222  5290  7416  4166  861已经销户了吗", "6222  5290  7416  4166  861"),
        ("收款账户：6217-3590-0250-2027-656，不是对公账户3302 1003 5537 2240", ""),
        ("我的账号621454 938740 5296096，联行号811276480902", "621454 938740 5296096"),
    ],
)
def test_personal_accounts_in_new_layouts(analyzer: Analyzer, text: str, value: str) -> None:
    accounts = [hit for hit in found(analyzer, text) if hit[1] == "BANK_ACCOUNT"]
    value = value or text[text.index("：") + 1 : text.index("，")]
    assert accounts == [(value, "BANK_ACCOUNT")]


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("pls refund my acount no 30706963061 asap", "30706963061", "BANK_ACCOUNT"),
        ("wrong accnt 5913482365 got the money", "5913482365", "BANK_ACCOUNT"),
        ("ph no 0435 074 954", "0435 074 954", "PHONE_NUMBER"),
        # an Australian mobile as Australians group it, though its digits are also a Chinese
        # shared-cost line
        ("ph no 0476 963 347", "0476 963 347", "PHONE_NUMBER"),
    ],
)
def test_misspelt_cues_in_hurried_chat(
    analyzer: Analyzer, text: str, value: str, label: str
) -> None:
    assert found(analyzer, text) == [(value, label)]
    assert found(analyzer, "otp 482913 for my accnt ending 4821 never came") == []


def test_a_cheque_code_line_still_gives_its_account(analyzer: Analyzer) -> None:
    text = "A/C PAYEE\n419175  777161  86402067\nReturn reason: words and figures differ"
    assert found(analyzer, text) == [("86402067", "BANK_ACCOUNT")]


def test_a_card_before_the_next_fields_cue_is_a_card(analyzer: Analyzer) -> None:
    amex = card("3437", 15)
    dashed = f"{amex[:4]}-{amex[4:10]}-{amex[10:]}"
    text = f"pls reverse - card used {dashed} case no DSP03870908"
    assert found(analyzer, text) == [(dashed, "CREDIT_CARD")]


# -- phones ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("My mobile is now 0917-633-8566.", "0917-633-8566"),
        ("Payee added yesterday, 0918-222-4410 (Cebu)", "0918-222-4410"),
        ("Sender mobile +31 6 9465 1448, reference 4471", "+31 6 9465 1448"),
        ("客户（+853 6006 9456）申请寄新卡", "+853 6006 9456"),
        ("有咩打9231 0058搵我，唔該", "9231 0058"),
        ("Thanks, the request is received.\n\n--\nRegards\n(420) 915-3508", "(420) 915-3508"),
        ("一直自动回复没人理，账号尾号8046\n\n——\n170-7656-6554", "170-7656-6554"),
        # the writer's own line in a signature, though a company was named above it
        (
            "货款已付到对公账户1100 8002 0738 1228（申远物流有限公司）\n\n——\n010-86751532转6799",
            "010-86751532转6799",
        ),
    ],
)
def test_personal_phones_in_new_layouts(analyzer: Analyzer, text: str, phone: str) -> None:
    assert found(analyzer, text) == [(phone, "PHONE_NUMBER")]


@pytest.mark.parametrize(
    "text",
    [
        "WhatsApp banking: +91 70700 22222 (official business account).",
        "Message us on our official WhatsApp number +63 917 800 8000.",
        # a branch's or a bank's own signature block gives its own line
        "请携带身份证原件办理。\n\n此致\n金禾银行城东支行\n021-58881234",
        "Kind regards\nNorthgate Bank Customer Services\n+44 20 7946 0123",
        # the same digits as a Philippine mobile, grouped as the UK groups a premium line
        "Win a prize: call 0917 633 8566 now",
    ],
)
def test_business_lines_are_not_personal(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_the_dev_generator_is_registered_and_labels_both_kinds() -> None:
    generate = dev_sets()["false_alarm_kinds"]
    rows = generate(200, 3)
    assert rows == generate(200, 3)
    assert {row["lang"] for row in rows} == {"en", "zh"}
    labels = {span["label"] for row in rows for span in row["spans"]}
    assert labels == {"EMAIL_ADDRESS", "BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER"}
    assert sum(not row["spans"] for row in rows) > 60  # PII-free look-alikes beside positives
