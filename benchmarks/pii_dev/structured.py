"""Dev set for structured PII (phones, cards, bank accounts, IDs, IBANs, SSNs) and cue-based
English names, in English and Chinese, with hard negatives (hotlines, order and transaction
numbers, amounts, dates, times, verification codes).

Written for tuning (see ``benchmarks/pii_dev/__init__.py``); its wording is this module's own.
Conventions it labels by (issue 18):

- a UnionPay card (``62…``, 16–19 digits) that the customer calls 卡号 / 银行卡 / 收款卡 /
  debit card / account is a BANK_ACCOUNT; with a credit-card cue near (信用卡, credit card,
  CVV, 有效期 / expiry, 额度 …) it is a CREDIT_CARD; other Luhn-valid card numbers are
  CREDIT_CARD;
- a phone extension (``ext. 204``, ``x204``, ``转8021``, ``分机 8021``) is part of the phone
  span: it is what one dials to reach the person;
- business numbers (400/800/95xxx, 0345/0800, 1-800/1-888) are not personal: never labelled.

    python benchmarks/pii_dev/structured.py 5   # print five records
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from typing import Any

from stdnum import luhn
from stdnum.cn import ric

from steward.data.pii.recognizers.base import digits_of, words

Part = str | tuple[str, str]
Record = dict[str, Any]

EN_FIRST = words(
    "Oliver Amelia Harry Isla Jack Ava George Emily Noah Sophie Jacob Grace Charlie Lily "
    "Thomas Chloe Daniel Hannah Samuel Megan Ethan Olivia Ryan Laura Michael Rachel David "
    "Sarah James Karen Brian Nancy Kevin Linda Aisha Priya Mohammed Wei Mei Raj Fatima"
)
EN_LAST = words(
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
    "Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis Harris Martin Cooper "
    "Garcia Miller Anderson Moore Nguyen Chen Kowalski Okafor Murphy Kelly O'Brien "
    "Smith-Jones O'Neill McDonald"
)


# -- values ----------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _luhn_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def _group(number: str, rng: random.Random, sizes: tuple[int, ...] = (4,)) -> str:
    style = rng.choice(("plain", " ", "-"))
    if style == "plain":
        return number
    size = sizes[0]
    return style.join(number[i : i + size] for i in range(0, len(number), size))


def credit_card(rng: random.Random) -> str:
    kind = rng.choice(("visa", "master", "amex", "jcb"))
    if kind == "amex":
        number = _luhn_card(rng, rng.choice(("34", "37")), 15)
        if rng.random() < 0.5:
            sep = rng.choice((" ", "-"))
            return sep.join((number[:4], number[4:10], number[10:]))
        return number
    prefix = {"visa": "4", "master": rng.choice(("51", "53", "55", "22")), "jcb": "35"}[kind]
    return _group(_luhn_card(rng, prefix, 16), rng)


def unionpay(rng: random.Random) -> str:
    length = rng.choice((16, 16, 19))
    number = _luhn_card(rng, rng.choice(("6222", "6217", "6228", "6214", "6259")), length)
    if length == 19 and rng.random() < 0.5:
        return " ".join((number[:6], number[6:])) if rng.random() < 0.3 else number
    return _group(number, rng)


def unionpay_digits(rng: random.Random) -> str:
    return _luhn_card(rng, rng.choice(("6222", "6217", "6228")), rng.choice((16, 19)))


def account_number(rng: random.Random) -> str:
    """A bank account number as a branch prints it: 12–19 digits, no checksum."""
    number = _digits(rng, rng.choice((12, 15, 17, 19)))
    number = rng.choice("123456789") + number[1:]
    return _group(number, rng) if rng.random() < 0.4 else number


def resident_id(rng: random.Random, grouped: bool | None = None) -> str:
    area = rng.choice(("110105", "310104", "440305", "510107", "330106", "420111"))
    born = f"{rng.randint(1955, 2003)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = area + born + _digits(rng, 3)
    number = body + ric.calc_check_digit(body + "0")
    if grouped if grouped is not None else rng.random() < 0.3:
        sep = rng.choice((" ", "-"))
        return sep.join((number[:6], number[6:14], number[14:]))
    return number


def iban(rng: random.Random) -> str:
    country, bban = rng.choice(
        (
            ("GB", rng.choice(("NWBK", "BARC", "HBUK", "LOYD")) + _digits(rng, 14)),
            ("DE", _digits(rng, 18)),
            ("FR", _digits(rng, 23)),
        )
    )
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def us_phone(rng: random.Random) -> str:
    area = rng.choice(("415", "212", "646", "312", "617", "206", "512", "303"))
    exchange, line = str(rng.randint(201, 989)), _digits(rng, 4)
    return rng.choice(
        (
            f"({area}) {exchange}-{line}",
            f"{area}-{exchange}-{line}",
            f"{area}.{exchange}.{line}",
            f"1-{area}-{exchange}-{line}",
            f"+1 {area} {exchange} {line}",
            f"+1 ({area}) {exchange}-{line}",
        )
    )


def uk_phone(rng: random.Random) -> str:
    mobile = "7" + rng.choice("45789") + _digits(rng, 8)
    london = _digits(rng, 8)
    manchester = _digits(rng, 7)
    return rng.choice(
        (
            f"0{mobile[:4]} {mobile[4:]}",
            f"0{mobile}",
            f"+44 {mobile[:4]} {mobile[4:]}",
            f"+44 (0){mobile[:4]} {mobile[4:]}",
            f"020 {rng.choice('378')}{london[1:4]} {london[4:]}",
            f"+44 20 {rng.choice('378')}{london[1:4]} {london[4:]}",
            f"0161 {manchester[:3]} {manchester[3:]}",
        )
    )


def hk_phone(rng: random.Random) -> str:
    number = rng.choice(("51", "54", "59", "61", "64", "68", "91", "94", "97")) + _digits(rng, 6)
    landline = "2" + _digits(rng, 7)
    value = rng.choice((number, landline))
    return rng.choice(
        (f"{value[:4]} {value[4:]}", f"+852 {value[:4]} {value[4:]}", f"+852 {value}")
    )


def cn_mobile(rng: random.Random) -> str:
    number = rng.choice(("138", "139", "135", "186", "158", "177", "199", "150")) + _digits(rng, 8)
    return rng.choice(
        (
            number,
            f"{number[:3]} {number[3:7]} {number[7:]}",
            f"{number[:3]}-{number[3:7]}-{number[7:]}",
            f"+86 {number}",
            f"+86 {number[:3]} {number[3:7]} {number[7:]}",
            f"{number[:3]}.{number[3:7]}.{number[7:]}",
        )
    )


def cn_landline(rng: random.Random) -> str:
    area, length = rng.choice((("010", 8), ("021", 8), ("0755", 8), ("020", 8), ("0571", 8)))
    local = rng.choice("2345678") + _digits(rng, length - 1)
    return rng.choice(
        (
            f"{area}-{local}",
            f"({area}){local}",
            f"{area} {local[:4]} {local[4:]}",
            f"+86 {area[1:]} {local}",
        )
    )


def extension(rng: random.Random, lang: str) -> str:
    number = _digits(rng, rng.choice((3, 4)))
    if lang == "zh":
        return rng.choice((f"转{number}", f" 转 {number}", f"-{number}", f" 分机{number}"))
    return rng.choice((f" ext. {number}", f" x{number}", f" ext {number}", f" extension {number}"))


def en_hotline(rng: random.Random) -> str:
    return rng.choice(
        (
            f"1-800-{rng.randint(200, 999)}-{_digits(rng, 4)}",
            f"1-888-{rng.randint(200, 999)}-{_digits(rng, 4)}",
            f"1-877-{rng.randint(200, 999)}-{_digits(rng, 4)}",
            f"0345 {rng.randint(300, 999)} {_digits(rng, 4)}",
            f"0800 {rng.randint(100, 999)} {_digits(rng, 4)}",
            f"0300 {rng.randint(100, 999)} {_digits(rng, 4)}",
        )
    )


def zh_hotline(rng: random.Random) -> str:
    return rng.choice(
        (
            f"400-{rng.randint(100, 999)}-{_digits(rng, 4)}",
            f"400{rng.randint(100, 999)}{_digits(rng, 4)}",
            f"800-{rng.randint(100, 999)}-{_digits(rng, 4)}",
            rng.choice(("95588", "95533", "95599", "95566", "95555", "95595", "95559")),
        )
    )


def _amount(rng: random.Random) -> str:
    return f"{rng.randint(1, 99)},{_digits(rng, 3)}.{_digits(rng, 2)}"


def _md(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _hhmm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{_digits(rng, 2)}"


_DIGIT_WORDS = words("zero one two three four five six seven eight nine")


def spoken_en(rng: random.Random, number: str) -> str:
    """A phone number said digit by digit, as a transcript writes it down."""
    said = [
        rng.choice(("oh", "zero")) if d == "0" else _DIGIT_WORDS[int(d)] for d in digits_of(number)
    ]
    groups = [" ".join(said[i : i + 3]) for i in range(0, len(said), 3)]
    return rng.choice((", ", " ")).join(groups)


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


# -- templates ------------------------------------------------------------------------------
Template = Callable[[random.Random], list[Part]]


def _en_templates() -> list[Template]:
    return [
        lambda r: ["Please call me back on ", (uk_phone(r), "PHONE_NUMBER"), " after 5pm."],
        lambda r: ["My cell is ", (us_phone(r), "PHONE_NUMBER"), ", text is fine too."],
        lambda r: [
            "You can reach me at the office on ",
            (us_phone(r) + extension(r, "en"), "PHONE_NUMBER"),
            " or on my mobile ",
            (us_phone(r), "PHONE_NUMBER"),
            ".",
        ],
        lambda r: [
            "Work: ",
            (uk_phone(r), "PHONE_NUMBER"),
            "\nHome: ",
            (uk_phone(r), "PHONE_NUMBER"),
        ],
        lambda r: ["I'm in Hong Kong this week, my number here is ", (hk_phone(r), "PHONE_NUMBER")],
        lambda r: [
            "The card ending in my statement is ",
            (credit_card(r), "CREDIT_CARD"),
            ", expiry 09/27.",
        ],
        lambda r: [
            "Someone used my credit card ",
            (credit_card(r), "CREDIT_CARD"),
            " at a petrol station.",
        ],
        lambda r: [
            "Please refund it to my UnionPay debit card ",
            (unionpay(r), "BANK_ACCOUNT"),
            ".",
        ],
        lambda r: [
            "Pay the salary into account ",
            (_digits(r, 8), "BANK_ACCOUNT"),
            ", sort code ",
            f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
            ".",
        ],
        lambda r: ["Wire it to IBAN ", (iban(r), "IBAN_CODE"), " please."],
        lambda r: ["SSN on the form: ", (ssn(r), "US_SSN")],
        lambda r: [
            "Name's ",
            (en_name(r), "PERSON"),
            ", I'm calling about a charge I don't recognise.",
        ],
        lambda r: ["Hi, my name's ", (r.choice(EN_FIRST), "PERSON"), " and I lost my card."],
        lambda r: [
            "Hello, this is ",
            (en_name(r), "PERSON"),
            " from the accounts team at ",
            r.choice(("Acme Ltd", "Northwind", "Globex")),
            ".",
        ],
        lambda r: [
            "My husband ",
            (r.choice(EN_FIRST[:20:2]), "PERSON"),
            " will call you about the joint account.",
        ],
        lambda r: [
            "I'm writing on behalf of ",
            (en_name(r), "PERSON"),
            ", who cannot come to the branch.",
        ],
        lambda r: [
            "My name is ",
            (en_name(r), "PERSON"),
            " and my phone is ",
            (uk_phone(r), "PHONE_NUMBER"),
            ".",
        ],
        lambda r: [
            "Best regards,\n",
            (en_name(r), "PERSON"),
            "\nMobile: ",
            (uk_phone(r), "PHONE_NUMBER"),
        ],
        lambda r: [
            "Agent: Can I take a contact number?\nCaller: Yeah, it's ",
            (r.choice((uk_phone, us_phone))(r), "PHONE_NUMBER"),
            ", or the landline ",
            (uk_phone(r), "PHONE_NUMBER"),
            ".",
        ],
        lambda r: [
            "Kind regards,\n",
            (en_name(r), "PERSON"),
            "\nSenior Payments Analyst | Northwind Ltd\nT: ",
            (us_phone(r) + extension(r, "en"), "PHONE_NUMBER"),
            " | M: ",
            (us_phone(r), "PHONE_NUMBER"),
        ],
        lambda r: [
            "1) Full name: ",
            (en_name(r), "PERSON"),
            "\n2) Daytime phone: ",
            (uk_phone(r), "PHONE_NUMBER"),
            "\n3) Account no.: ",
            (_digits(r, 8), "BANK_ACCOUNT"),
            "\n4) Card to cancel: ",
            (credit_card(r), "CREDIT_CARD"),
        ],
        lambda r: [
            "A man rang me from ",
            (us_phone(r), "PHONE_NUMBER"),
            " claiming to be from your fraud team and asked for my card number ",
            (credit_card(r), "CREDIT_CARD"),
            " and the CVV.",
        ],
        lambda r: [
            "Please add my ",
            r.choice(("wife", "son", "daughter", "partner")),
            ", ",
            (en_name(r), "PERSON"),
            ", as a joint holder on account ",
            (_digits(r, r.choice((8, 10, 12))), "BANK_ACCOUNT"),
            ".",
        ],
        lambda r: [
            "Numbers: ",
            (us_phone(r), "PHONE_NUMBER"),
            " / ",
            (us_phone(r), "PHONE_NUMBER"),
            " / ",
            (uk_phone(r), "PHONE_NUMBER"),
        ],
        lambda r: ["Text me on ", (hk_phone(r), "PHONE_NUMBER"), " when you land in HK."],
        lambda r: [
            r.choice(
                ("Talk soon,\n", "All the best,\n", "Yours,\n", "Take care\n- ", "Thanks again,\n")
            ),
            (r.choice((en_name(r), r.choice(EN_FIRST))), "PERSON"),
        ],
        lambda r: [
            "From: ",
            (en_name(r), "PERSON"),
            " <",
            (f"{r.choice(EN_FIRST).lower()}@example.com", "EMAIL_ADDRESS"),
            ">\nSubject: card blocked",
        ],
        lambda r: [
            r.choice(("Hi, it's ", "Hello, this is ", "It's ")),
            (r.choice((en_name(r), r.choice(EN_FIRST))), "PERSON"),
            r.choice((" here", " speaking", " calling")),
            ", about my direct debit.",
        ],
        lambda r: [
            "Please call my ",
            r.choice(("mum", "dad", "brother", "colleague")),
            ", ",
            (r.choice(EN_FIRST), "PERSON"),
            ", on ",
            (uk_phone(r), "PHONE_NUMBER"),
            ".",
        ],
        lambda r: [
            "Agent: And the best number to reach you?\nCaller: It's ",
            (spoken_en(r, uk_phone(r)), "PHONE_NUMBER"),
            ".",
        ],
        lambda r: [
            "Caller: my mobile is ",
            (f"07700 900{_digits(r, 3)}", "PHONE_NUMBER"),
            r.choice((", landline ", " or the office on ")),
            (f"020 7946 0{_digits(r, 3)}" + extension(r, "en"), "PHONE_NUMBER"),
        ],
        # hard negatives (no personal data)
        lambda r: [
            f"Customer Services: 020 {r.randint(3000, 8999)} {_digits(r, 4)} (Mon-Fri 8am-8pm)"
        ],
        lambda r: ["Thanks again,\nThe Payments Team"],
        lambda r: ["From: Customer Services\nSubject: your statement is ready"],
        lambda r: ["For help call our hotline ", en_hotline(r), " any time."],
        lambda r: [
            f"Case {_digits(r, 7)}: amount ${r.randint(1, 99)},{_digits(r, 3)}.{_digits(r, 2)} "
            f"disputed on {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2024 at "
            f"{r.randint(1, 12)}:{_digits(r, 2)}pm."
        ],
        lambda r: [
            f"Invoice INV-{r.randint(2020, 2025)}-{_digits(r, 5)}, PO {_digits(r, 8)}, "
            f"total {r.randint(1000, 99999)}.{_digits(r, 2)} USD."
        ],
        lambda r: [
            f"Your one-time passcode is {_digits(r, 6)}; never share it. Card ending "
            f"{_digits(r, 4)}."
        ],
        lambda r: [
            f"Branch opening hours 09:00-17:30, Mon-Fri. Sort code {r.randint(10, 99)}-"
            f"{r.randint(10, 99)}-{r.randint(10, 99)}. Lost cards: {en_hotline(r)}."
        ],
        lambda r: [
            f"Your order #{_digits(r, 9)} of ${r.randint(10, 999)},{_digits(r, 3)}.00 ships on "
            f"{r.randint(1, 28)}/{r.randint(1, 12)}/2025."
        ],
        lambda r: [
            f"Transaction ID {_digits(r, 12)} for {r.randint(100, 9999)}.{_digits(r, 2)} GBP "
            "was declined."
        ],
        lambda r: [f"Your verification code is {_digits(r, 6)}. It expires at 14:{_digits(r, 2)}."],
        lambda r: [f"Reference number {_digits(r, 10)}, tracking {_digits(r, 12)}."],
        lambda r: [f"Please call {en_hotline(r)} or {en_hotline(r)} to reset your PIN."],
        lambda r: [
            f"Meeting moved to 2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
            f"{r.randint(9, 17)}:30, room {r.randint(100, 999)}."
        ],
    ]


def _zh_templates() -> list[Template]:
    return [
        lambda r: ["我的手机号是", (cn_mobile(r), "PHONE_NUMBER"), "，有事打我电话。"],
        lambda r: [
            "办公室电话",
            (cn_landline(r) + extension(r, "zh"), "PHONE_NUMBER"),
            "，手机",
            (cn_mobile(r), "PHONE_NUMBER"),
            "。",
        ],
        lambda r: ["座机是", (cn_landline(r), "PHONE_NUMBER"), "，白天有人接。"],
        lambda r: ["我在香港，电话", (hk_phone(r), "PHONE_NUMBER"), "。"],
        lambda r: [
            "新号码",
            (cn_mobile(r), "PHONE_NUMBER"),
            "，旧号码",
            (cn_mobile(r), "PHONE_NUMBER"),
            "停用了。",
        ],
        lambda r: ["我的银行卡丢了，卡号是", (unionpay(r), "BANK_ACCOUNT"), "，请帮忙挂失。"],
        lambda r: ["退款请打到我的收款卡", (unionpay(r), "BANK_ACCOUNT"), "上。"],
        lambda r: ["工资卡卡号：", (unionpay(r), "BANK_ACCOUNT"), "，户名本人。"],
        lambda r: ["转账到账号", (unionpay(r), "BANK_ACCOUNT"), "，谢谢。"],
        lambda r: [
            "我的信用卡",
            (unionpay(r), "CREDIT_CARD"),
            "额度不够，能临时提额吗？",
        ],
        lambda r: [
            "信用卡卡号",
            (_group(_luhn_card(r, "6259", 16), r), "CREDIT_CARD"),
            "，有效期08/28。",
        ],
        lambda r: ["我的Visa卡", (credit_card(r), "CREDIT_CARD"), "在国外被盗刷了。"],
        lambda r: [
            "信用卡",
            (credit_card(r), "CREDIT_CARD"),
            "的还款从储蓄卡",
            (unionpay(r), "BANK_ACCOUNT"),
            "自动扣。",
        ],
        lambda r: ["身份证号", (resident_id(r), "CN_ID_CARD"), "，请核实。"],
        lambda r: ["证件号码 ", (resident_id(r, grouped=True), "CN_ID_CARD"), "。"],
        lambda r: [
            "客服：请问您的联系电话？\n客户：手机",
            (cn_mobile(r), "PHONE_NUMBER"),
            "，打不通就打家里",
            (cn_landline(r), "PHONE_NUMBER"),
            "。",
        ],
        lambda r: [
            "客户：我的卡号是",
            ("".join("零一二三四五六七八九"[int(d)] for d in unionpay_digits(r)), "BANK_ACCOUNT"),
            "，麻烦查一下。",
        ],
        lambda r: [
            "1. 联系电话：",
            (cn_mobile(r), "PHONE_NUMBER"),
            "\n2. 证件号码：",
            (resident_id(r), "CN_ID_CARD"),
            "\n3. 收款账号：",
            (account_number(r), "BANK_ACCOUNT"),
        ],
        lambda r: [
            "对方自称银行客服，用",
            (cn_mobile(r), "PHONE_NUMBER"),
            "打给我，让我把钱转到安全账户",
            (account_number(r), "BANK_ACCOUNT"),
            "，我已经转了",
            f"{r.randint(1, 50)},{_digits(r, 3)}元。",
        ],
        # a company's account (对公账户) is not personal data (issue 18's convention): the
        # number is drawn as before, so the rows after it stay the same
        lambda r: [f"对公账户：{account_number(r)}，开户行招商银行深圳分行。"],
        lambda r: [
            "我的Mastercard ",
            (credit_card(r), "CREDIT_CARD"),
            "，安全码不方便说，账单寄到家里。",
        ],
        lambda r: [
            "香港手机",
            (hk_phone(r), "PHONE_NUMBER"),
            "，内地手机",
            (cn_mobile(r), "PHONE_NUMBER"),
        ],
        # hard negatives (no personal data)
        lambda r: [f"交易流水号{_digits(r, 20)}，金额{_amount(r)}元。"],
        lambda r: [
            f"案件编号{r.randint(2020, 2025)}{_digits(r, 9)}，涉案金额{_amount(r)}元，"
            f"请于{_md(r)}{r.randint(8, 18)}点前联系{zh_hotline(r)}。"
        ],
        lambda r: [f"发票号码{_digits(r, 8)}，合同编号HT{_digits(r, 10)}，余额{_amount(r)}。"],
        lambda r: [
            f"本期账单{r.randint(1000, 99999)}元，最低还款{r.randint(100, 999)}元，"
            f"还款日{r.randint(1, 28)}号。"
        ],
        lambda r: [
            f"年利率{r.randint(2, 4)}.{_digits(r, 2)}%，分{r.choice((6, 12, 24))}期，"
            f"每期{r.randint(100, 9999)}元。"
        ],
        lambda r: [
            f"批次号{r.randint(2023, 2025)}{_digits(r, 8)}的{r.randint(2, 99)}笔工资已到账。"
        ],
        lambda r: [f"订单号：{_digits(r, 16)}，请于{_md(r)}前付款。"],
        lambda r: [f"您的验证码是{_digits(r, 6)}，5分钟内有效，请勿告诉他人。"],
        lambda r: [f"工单号{_digits(r, 12)}已受理，预计{r.randint(1, 5)}个工作日内处理。"],
        lambda r: [f"客服热线{zh_hotline(r)}，24小时服务。"],
        lambda r: [f"如有疑问请致电本行客服电话{cn_landline(r)}。"],
        lambda r: [f"有问题请拨打{zh_hotline(r)}或{zh_hotline(r)}咨询。"],
        lambda r: [f"转账{r.randint(1000, 500000)}元于2025年{_md(r)}{_hhmm(r)}到账。"],
        lambda r: [f"尾号{_digits(r, 4)}的卡于{_md(r)}消费{_amount(r)}元。"],
        lambda r: [
            f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {_hhmm(r)}:{_digits(r, 2)} "
            "系统维护完成。"
        ],
        lambda r: [f"快递单号{_digits(r, 13)}，请注意查收。"],
    ]


_TEMPLATES = {"en": _en_templates(), "zh": _zh_templates()}


def _assemble(parts: list[Part], lang: str) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        value, label = part
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    return {"text": text, "spans": spans, "lang": lang}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records, half English and half Chinese, the same for the same seed."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        lang = "en" if i % 2 == 0 else "zh"
        template = rng.choice(_TEMPLATES[lang])
        records.append(_assemble(template(rng), lang))
    return records


if __name__ == "__main__":
    import json

    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 10, 0):
        print(json.dumps(record, ensure_ascii=False))
