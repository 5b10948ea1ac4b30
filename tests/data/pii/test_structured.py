"""Structured PII on handwritten sentences (issue 18): UnionPay debit cards vs credit cards,
phone numbers with extensions and in UK / US / HK / CN formats, business hotlines, English
names after cues, and Chinese numbers that are not personal (amounts, order and transaction
numbers, codes, dates, hotlines); the ``--business-numbers`` option of ``steward pii`` (real
subprocess) and the serve PII guard honouring ``pii.business_numbers``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum import luhn

from steward.config import load_policy
from steward.data.pii import Analyzer
from steward.serve.guards.build import build_chains
from tests.conftest import write_policy

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev import dev_sets

SPOKEN = "零一二三四五六七八九"


def card(prefix: str, length: int = 16) -> str:
    body = (prefix + "1234567890123456789")[: length - 1]
    return body + luhn.calc_check_digit(body)


UNIONPAY = card("621700")  # a Luhn-valid UnionPay number
UNIONPAY_19 = card("622848", 19)
VISA = card("411111")


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


# -- cards and accounts ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "template",
    [
        "我的银行卡丢了，卡号是{}，请帮我挂失。",
        "退款请打到我的收款卡{}。",
        "我的卡{}在境外被拒了。",
        "工资卡卡号：{}",
        "Please refund it to my UnionPay debit card {}.",
        "Pay it into my account {} please.",
    ],
)
@pytest.mark.parametrize(
    "number",
    [UNIONPAY, UNIONPAY_19, " ".join([UNIONPAY[:4], UNIONPAY[4:8], UNIONPAY[8:12], UNIONPAY[12:]])],
)
def test_unionpay_debit_card_is_a_bank_account(
    analyzer: Analyzer, template: str, number: str
) -> None:
    assert found(analyzer, template.format(number)) == [(number, "BANK_ACCOUNT")]


@pytest.mark.parametrize(
    "template",
    [
        "我要注销信用卡，卡号{}。",
        "信用卡{}额度不够。",
        "卡号{}，有效期08/28，安全码不方便说。",
        "My credit card {} was charged twice.",
        "Card {} expiry 09/27, CVV on the back.",
    ],
)
def test_unionpay_card_with_a_credit_cue_is_a_credit_card(
    analyzer: Analyzer, template: str
) -> None:
    assert found(analyzer, template.format(UNIONPAY)) == [(UNIONPAY, "CREDIT_CARD")]


def test_other_luhn_valid_cards_stay_credit_cards(analyzer: Analyzer) -> None:
    assert found(analyzer, f"我的银行卡丢了，卡号是{VISA}。") == [(VISA, "CREDIT_CARD")]
    # English card wording without a debit or account cue: a UnionPay credit card as often
    assert found(analyzer, f"card number {UNIONPAY} please") == [(UNIONPAY, "CREDIT_CARD")]


def test_two_cards_in_one_message_each_by_its_own_cue(analyzer: Analyzer) -> None:
    text = f"信用卡{VISA}的还款从储蓄卡{UNIONPAY}自动扣。"
    assert found(analyzer, text) == [(VISA, "CREDIT_CARD"), (UNIONPAY, "BANK_ACCOUNT")]


def test_a_card_number_read_aloud_is_found_with_the_convention(analyzer: Analyzer) -> None:
    spoken = "".join(SPOKEN[int(d)] for d in UNIONPAY)
    assert found(analyzer, f"客户：我的卡号是{spoken}，麻烦查一下。") == [(spoken, "BANK_ACCOUNT")]
    spoken_visa = "".join(SPOKEN[int(d)] for d in VISA)
    assert found(analyzer, f"信用卡号是{spoken_visa}") == [(spoken_visa, "CREDIT_CARD")]


def test_long_account_numbers_need_an_account_cue_before_them(analyzer: Analyzer) -> None:
    account = "2847686212573002556"  # 19 digits, no checksum: a printed account number
    assert found(analyzer, f"收款账号：{account}") == [(account, "BANK_ACCOUNT")]
    assert found(analyzer, f"参考号{account}") == []
    # a phone number just before an account cue stays a phone number
    text = "对方用158-6912-4332打给我，让我转到安全账户920979607021。"
    assert found(analyzer, text) == [
        ("158-6912-4332", "PHONE_NUMBER"),
        ("920979607021", "BANK_ACCOUNT"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 62… number called 卡号 is the customer's account even with a mistyped check digit
        ("卡号：6222 0212 3456 7890", [("6222 0212 3456 7890", "BANK_ACCOUNT")]),
        # an account named after the number, when the number is a plain run of digits
        ("6222021234567890是我的收款账户", [("6222021234567890", "BANK_ACCOUNT")]),
        ("订单6222021234567890123", []),
        # after "+86 " digits are a phone number's national part, not an account
        (
            "用+86 13990271156打给我，让我转到安全账户9563950032675563921。",
            [("+86 13990271156", "PHONE_NUMBER"), ("9563950032675563921", "BANK_ACCOUNT")],
        ),
    ],
)
def test_account_numbers_and_their_neighbours(
    analyzer: Analyzer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(analyzer, text) == expected


# -- phones ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phones"),
    [
        # extensions are inside the span (the convention)
        ("Office 020 7946 0018 ext. 204, thanks.", ["020 7946 0018 ext. 204"]),
        ("Office (415) 555-2671 x204.", ["(415) 555-2671 x204"]),
        ("Call 512-741-7731 extension 281.", ["512-741-7731 extension 281"]),
        ("办公室电话010-6552 8888转8021", ["010-6552 8888转8021"]),
        ("座机 0755-8888 6666 分机 204", ["0755-8888 6666 分机 204"]),
        # several numbers in one message
        (
            "Work: 020 8355 1505\nHome: +44 7413 114402",
            ["020 8355 1505", "+44 7413 114402"],
        ),
        ("新号码138 0013 8000，旧号码139-1234-5678停用了。", ["138 0013 8000", "139-1234-5678"]),
        # UK, US, HK, CN formats and separators
        ("ring me on 07911 123456", ["07911 123456"]),
        ("mobile +44 (0)7911 123456", ["+44 (0)7911 123456"]),
        ("my cell is 1-650-253-0000", ["1-650-253-0000"]),
        ("call 415.863.8266 after six", ["415.863.8266"]),
        ("I'm in HK, my number is +852 9123 4567", ["+852 9123 4567"]),
        ("香港电话 5123 4567", ["5123 4567"]),
        ("手机号+86 135.1234.5678", ["+86 135.1234.5678"]),
        ("座机是+86 571 25908301", ["+86 571 25908301"]),
        ("联系电话(021)64012345", ["(021)64012345"]),
        ("办公室电话(0571)61560561-9563", ["(0571)61560561-9563"]),
        ("用19978182159打给我，让我把钱转到安全账户", ["19978182159"]),
        ("办公室电话0571 4108 6364-8706", ["0571 4108 6364-8706"]),
        ("Office 020 7946 0018 extn. 204", ["020 7946 0018 extn. 204"]),
        ("Office 020 7946 0018 ext:204", ["020 7946 0018 ext:204"]),
        # Ofcom's numbers for fiction: a UK mobile's shape, though no network holds the range
        ("Caller: my mobile is 07700 900123", ["07700 900123"]),
        ("ring 07700-900-123", ["07700-900-123"]),
        # digits said one by one in an English transcript
        (
            "Caller: it's Oh seven seven double zero, nine double zero, one two three.",
            ["Oh seven seven double zero, nine double zero, one two three"],
        ),
        (
            "my number's four one five, five five five, zero one three four",
            ["four one five, five five five, zero one three four"],
        ),
    ],
)
def test_phone_formats(analyzer: Analyzer, text: str, phones: list[str]) -> None:
    assert found(analyzer, text) == [(phone, "PHONE_NUMBER") for phone in phones]


@pytest.mark.parametrize(
    "text",
    [
        "For help call 1-800-275-2273 or 1-888-555-0199 any time.",
        "From the UK: 0800 800 150, or 0345 300 0000.",
        "客服热线95588，信用卡中心400-820-8888，也可拨打800-820-8888。",
        # an ordinary landline the text presents as a hotline
        "如有疑问请致电本行客服电话021-3878 4988。",
        "Customer Services: 020 7946 0000 (Mon-Fri 8am-8pm)",
        # counting aloud is not a phone number
        "one, two, three, four, five, six, seven, go!",
    ],
)
def test_business_hotlines_are_not_personal(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_hotlines_are_reported_when_the_policy_asks() -> None:
    text = "如有疑问请致电本行客服电话021-3878 4988。"
    assert found(Analyzer(business_numbers="report"), text) == [("021-3878 4988", "PHONE_NUMBER")]


def test_a_uk_03_number_not_written_as_published_is_a_person_s(analyzer: Analyzer) -> None:
    # 03… costs what a landline costs; "0341 8387176" is how a person noted their own line
    assert found(analyzer, "Mobile: 0341 8387176") == [("0341 8387176", "PHONE_NUMBER")]


# -- Chinese numbers that are not personal --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "订单号13812345678已发货。",
        "您尾号6789的账户于2025年3月5日14:32入账12,345.00元，交易流水号20250305143200012345。",
        "验证码：138001，请勿泄露。",
        "工单号 2025030500123 已转交。",
        "金额13800138000元？",
        "交易参考号 4512 3456 7890 1234",
        "2025-03-05 10:21:33 系统维护完成。",
        "快递单号7712345678901，请注意查收。",
        "批次号202503050012的35笔代发工资已到账。",
    ],
)
def test_chinese_numbers_that_are_not_personal(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


# -- English names --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name's George Kelly, I'm calling about a charge.", "George Kelly"),
        ("Hi, my name's Jack and I lost my card.", "Jack"),
        ("Hello, this is Ava Anderson from Globex.", "Ava Anderson"),
        ("My husband Jack will call you about the joint account.", "Jack"),
        ("I'm writing on behalf of Lily White, who cannot come in.", "Lily White"),
        ("Please add my daughter, Emily Jones, as a joint holder.", "Emily Jones"),
        ("From: Priya Raman\nSubject: card", None),
        ("It's Grace Thompson speaking.", "Grace Thompson"),
        ("Hi, it's Megan here, about my card.", "Megan"),
        ("Talk soon,\nRaj", "Raj"),
        ("Thanks again,\nJack", "Jack"),
        ("Kind regards,\nIsla O'Brien\nSenior Analyst", "Isla O'Brien"),
        ("Thanks,\nSiobhan O'Brien-Walsh", "Siobhan O'Brien-Walsh"),
    ],
)
def test_english_names_after_cues(analyzer: Analyzer, text: str, name: str | None) -> None:
    if name is None:  # a header's display name is framed by the address after it
        text, name = text.replace("\n", " <priya@example.com>\n", 1), "Priya Raman"
        assert found(analyzer, text) == [
            (name, "PERSON"),
            ("priya@example.com", "EMAIL_ADDRESS"),
        ]
        return
    assert found(analyzer, text) == [(name, "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "I'm in Hong Kong this week.",
        "Numbers: see the list below.",
        "Name: Date: Phone: the form was empty.",
        "On behalf of the bank, thank you.",
        "From: Customer Services <help@example.com>",
        "Thanks again,\nThe Payments Team",
        "It's Monday here.",
    ],
)
def test_words_that_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert [label for _, label in found(analyzer, text) if label == "PERSON"] == []


# -- dev generator --------------------------------------------------------------------------
def test_dev_generators_are_discovered_and_well_formed() -> None:
    sets = dev_sets()
    assert "structured" in sets
    records = sets["structured"](60, 3)
    assert records == sets["structured"](60, 3)  # deterministic for a seed
    assert {r["lang"] for r in records} == {"en", "zh"}
    assert any(not r["spans"] for r in records)  # hard negatives
    for record in records:
        for span in record["spans"]:
            value = record["text"][span["start"] : span["end"]]
            assert value == value.strip() and value, (record, span)


# -- the policy setting, end to end ---------------------------------------------------------
HOTLINE_TEXT = "Call our hotline 1-800-275-2273 or me on 415-863-8266."


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steward.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
        timeout=300,
    )


@pytest.mark.parametrize("command", ["detect", "anonymize"])
def test_pii_cli_business_numbers_option(tmp_path: Path, command: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": HOTLINE_TEXT}) + "\n", encoding="utf-8")
    home = ["--home", str(tmp_path / "home")] if command == "anonymize" else []
    outputs = {}
    for policy in ("skip", "report"):
        out = tmp_path / f"{policy}.jsonl"
        run = _cli(
            "pii", command, source, "-o", out, "--business-numbers", policy, "--workers", "1", *home
        )
        assert run.returncode == 0, run.stderr
        outputs[policy] = json.loads(out.read_text(encoding="utf-8"))
    if command == "detect":
        spans = {
            p: [HOTLINE_TEXT[e["start"] : e["end"]] for e in r["entities"]]
            for p, r in outputs.items()
        }
        assert spans == {
            "skip": ["415-863-8266"],
            "report": ["1-800-275-2273", "415-863-8266"],
        }
    else:
        assert outputs["skip"]["text"] == "Call our hotline 1-800-275-2273 or me on <PHONE_NUMBER>."
        assert (
            outputs["report"]["text"] == "Call our hotline <PHONE_NUMBER> or me on <PHONE_NUMBER>."
        )
    bad = _cli(
        "pii", command, source, "-o", tmp_path / "x.jsonl", "--business-numbers", "hide", *home
    )
    assert bad.returncode != 0
    assert "--business-numbers" in bad.stderr and "hide" in bad.stderr


@pytest.mark.parametrize(("setting", "redacted"), [("skip", 1), ("report", 2)])
def test_serve_pii_guard_honours_the_business_numbers_setting(
    tmp_path: Path, setting: str, redacted: int
) -> None:
    policy = write_policy(
        tmp_path, pii={"business_numbers": setting}, guards={"input": ["pii"], "output": []}
    )
    input_chain, _ = build_chains(load_policy(policy), None)
    verdict = input_chain.guards[0].check(HOTLINE_TEXT)
    assert verdict.action == "redact"
    assert [HOTLINE_TEXT[s.start : s.end] for s in verdict.spans][-1] == "415-863-8266"
    assert len(verdict.spans) == redacted
