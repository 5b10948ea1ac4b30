"""Dev set: Chinese bank customers' messages full of numbers that are not a person's phone.

    PYTHONPATH=. python benchmarks/pii_dev/zh_numbers.py [--n 600] [--seed 7] [--show-misses]

Mostly PII-free messages (about seven in ten) from mainland, Hong Kong, Taiwan and overseas
customers: bank, company and government hotlines and short codes in every format (95588,
96xxx, 10086, 12345, 110, ``400-xxx-xxxx``, ``800…``, ``1-800…``, ``+1 800 …``, ``0800 …``,
``0345 …``, Hong Kong and Taiwan company lines, switchboards with ``转`` extensions when
introduced as a bank's, a company's or a branch's number, SMS senders ``1069…``), and other
digit strings (amounts, dates, times, transaction / order / parcel / ticket / reference
numbers, codes, card and account endings, stock codes, flights, trains, plates, IP addresses,
years, ranges, percentages, counts, rooms, versions). The rest carry a person's phone (the
customer's own mobile or landline, a relative's, a fraudster's mobile, Hong Kong / Taiwan /
overseas mobiles), often beside a hotline, so recall is measured too. Wording spreads over
chat, call transcripts, e-mails, forms, complaints and fraud reports, traditional characters,
full-width digits and mixed English and Chinese.

The convention it labels by (issue 18): a number a business, a bank branch or a public body
publishes for anyone to call or that sends its SMS is not personal data and is never
labelled; a number that belongs to a person (the writer's, a relative's, a caller's mobile,
the writer's own office line) is a PHONE_NUMBER, extension included.

A dev set: written to tune on (see ``benchmarks/pii_dev/__init__.py``); its wording is this
module's own. Run as a script, it prints the default analyzer's PHONE_NUMBER P/R/F1 and the
share of PII-free messages flagged.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]
Template = Callable[[random.Random], list[Part]]

DEFAULT_N = 600
DEFAULT_SEED = 7
_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
_NUMERALS = "零一二三四五六七八九"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _maybe_full_width(rng: random.Random, value: str, share: float = 0.12) -> str:
    """Some people type on a full-width input method: ``４００－８２０－８８８８``."""
    return value.translate(_FULL_WIDTH) if rng.random() < share else value


# -- business numbers (never labelled) -------------------------------------------------------
BANKS = (
    ("工商银行", "95588"),
    ("建设银行", "95533"),
    ("农业银行", "95599"),
    ("中国银行", "95566"),
    ("招商银行", "95555"),
    ("交通银行", "95559"),
    ("民生银行", "95568"),
    ("中信银行", "95558"),
    ("兴业银行", "95561"),
    ("光大银行", "95595"),
    ("浦发银行", "95528"),
    ("平安银行", "95511"),
    ("邮储银行", "95580"),
    ("广发银行", "95508"),
)
PUBLIC_SHORT = (
    "10086", "10010", "10000", "12345", "12315", "12306", "12363", "12378", "12366", "12321",
    "96110", "110", "120", "119", "122", "114", "96588", "96198", "95338", "95311",
)  # fmt: skip
HK_BANK_LINES = (
    ("汇丰", "2233 3000"),
    ("恒生银行", "2822 0228"),
    ("中银香港", "3988 2388"),
    ("渣打银行", "2886 8888"),
    ("东亚银行", "2211 1333"),
    ("花旗银行", "2860 0333"),
)
TW_BANK_LINES = (
    ("台灣銀行", "0800-025-168"),
    ("國泰世華", "(02)2383-1000"),
    ("中國信託", "(02)2745-8080"),
    ("玉山銀行", "(02)2182-1313"),
    ("台新銀行", "0800-023-123"),
)
COMPANIES = (
    "顺丰速运", "京东客服", "中国移动", "中国电信", "支付宝", "微信支付", "携程", "国家电网",
    "物业公司", "保险公司", "平安保险", "中国人寿", "航空公司", "南方航空", "东方航空",
    "某基金公司",
)  # fmt: skip
HOTLINE_WORDS = (
    "客服热线", "客服电话", "服务热线", "热线", "官方电话", "官方客服", "全国统一客服电话",
    "服务电话", "客户服务热线", "24小时热线", "总机", "客服中心电话", "投诉电话", "咨询电话",
)  # fmt: skip
BRANCH_WORDS = ("网点电话", "营业部电话", "支行电话", "分行总机", "营业厅电话", "网点座机")


def cn_400(rng: random.Random) -> str:
    body = rng.choice(("8", "6", "1", "0", "9", "7")) + _digits(rng, 6)
    number = "400" + body
    style = rng.choice(("dash", "plain", "space", "four", "dash"))
    value = {
        "dash": f"{number[:3]}-{number[3:6]}-{number[6:]}",
        "plain": number,
        "space": f"{number[:3]} {number[3:6]} {number[6:]}",
        "four": f"{number[:4]}-{number[4:7]}-{number[7:]}",
    }[style]
    return _maybe_full_width(rng, value)


def cn_800(rng: random.Random) -> str:
    number = "800" + rng.choice("8123") + _digits(rng, 6)
    return rng.choice(
        (
            f"{number[:3]}-{number[3:6]}-{number[6:]}",
            number,
            f"{number[:3]} {number[3:6]} {number[6:]}",
        )
    )


def us_toll_free(rng: random.Random) -> str:
    prefix = rng.choice(("800", "888", "877", "866", "855"))
    exchange, line = str(rng.randint(200, 989)), _digits(rng, 4)
    return rng.choice(
        (
            f"1-{prefix}-{exchange}-{line}",
            f"+1 {prefix} {exchange} {line}",
            f"1 ({prefix}) {exchange}-{line}",
            f"{prefix}-{exchange}-{line}",
            f"+1-{prefix}-{exchange}-{line}",
        )
    )


def uk_business(rng: random.Random) -> str:
    prefix = rng.choice(("0345", "0800", "0300", "0330", "0370", "0808"))
    return rng.choice(
        (
            f"{prefix} {rng.randint(100, 999)} {_digits(rng, 4)}",
            f"+44 {prefix[1:]} {rng.randint(100, 999)} {_digits(rng, 4)}",
        )
    )


def tw_toll_free(rng: random.Random) -> str:
    body = _digits(rng, 6)
    return rng.choice((f"0800-{body[:3]}-{body[3:]}", f"0800{body}", f"0800 {body[:3]} {body[3:]}"))


def hk_toll_free(rng: random.Random) -> str:
    body = "9" + _digits(rng, 5)
    return rng.choice((f"800 {body[:3]} {body[3:]}", f"800-{body}", f"800{body}"))


def cn_switchboard(rng: random.Random, extension: bool | None = None) -> str:
    area = rng.choice(("010", "021", "020", "0755", "0571", "025", "028", "027"))
    local = rng.choice("2345678") + _digits(rng, 7)
    value = rng.choice(
        (
            f"{area}-{local}",
            f"{area}-{local[:4]} {local[4:]}",
            f"({area}){local}",
            f"{area} {local}",
        )
    )
    if extension if extension is not None else rng.random() < 0.4:
        value += rng.choice(("转", " 转 ", "转分机", "-")) + _digits(rng, rng.choice((1, 3, 4)))
    return _maybe_full_width(rng, value, 0.06)


def sms_sender(rng: random.Random) -> str:
    return rng.choice(
        (
            "1069" + _digits(rng, rng.randint(6, 10)),
            "106" + _digits(rng, rng.randint(8, 11)),
            "1065502" + _digits(rng, 4),
            "106980095588",
            "10655" + _digits(rng, 6),
        )
    )


def any_hotline(rng: random.Random) -> str:
    return rng.choice(
        (cn_400, cn_400, cn_800, us_toll_free, uk_business, tw_toll_free, hk_toll_free)
    )(rng)


def bank(rng: random.Random) -> tuple[str, str]:
    return rng.choice(BANKS)


# -- other digit strings (never labelled) ----------------------------------------------------
def amount(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 999)},{_digits(rng, 3)}.{_digits(rng, 2)}元",
            f"{rng.randint(1, 99)},{_digits(rng, 3)},{_digits(rng, 3)}元",
            f"{rng.randint(1, 500)}.{rng.randint(1, 9)}万元",
            f"{rng.randint(1000, 99999)}元",
            f"港币{rng.randint(1, 99)},{_digits(rng, 3)}",
            f"HK${rng.randint(1, 99)},{_digits(rng, 3)}.00",
            f"USD {rng.randint(1, 20)},{_digits(rng, 3)}.{_digits(rng, 2)}",
            f"{rng.randint(100, 9999)}美元",
            f"¥{rng.randint(1, 99)},{_digits(rng, 3)}",
            f"人民币{rng.randint(10000, 9999999)}.{_digits(rng, 2)}元",
            f"新台幣{rng.randint(1, 99)},{_digits(rng, 3)}元",
        )
    )


def date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{y}年{m}月{d}日",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{m}月{d}日",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}.{m:02d}.{d:02d}",
            f"{y}{m:02d}{d:02d}",
        )
    )


def clock(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}", f"{h}点{m}分")
    )


def timestamp(rng: random.Random) -> str:
    y, mo, d = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return (
        f"{y}-{mo:02d}-{d:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{_digits(rng, 2)}"
    )


def reference(rng: random.Random) -> tuple[str, str]:
    """(what the number is called, the number)."""
    return rng.choice(
        (
            ("交易流水号", _digits(rng, rng.choice((16, 20, 24)))),
            ("流水号", _digits(rng, rng.choice((12, 18)))),
            ("订单号", _digits(rng, rng.choice((16, 18, 19)))),
            ("订单编号", f"{rng.randint(2023, 2026)}{_digits(rng, 10)}"),
            ("快递单号", f"SF{_digits(rng, 13)}"),
            ("运单号", "75" + _digits(rng, 12)),
            ("快递单号", "YT" + _digits(rng, 13)),
            ("工单号", f"GD{_digits(rng, 10)}"),
            ("工单号", _digits(rng, 12)),
            ("参考号", _digits(rng, 12)),
            ("交易参考号", _digits(rng, 12)),
            ("授权码", _digits(rng, 6)),
            ("验证码", _digits(rng, 6)),
            ("动态码", _digits(rng, 6)),
            ("受理编号", f"{rng.randint(2024, 2026)}{_digits(rng, 8)}"),
            ("投诉单号", _digits(rng, 10)),
            ("保单号", f"P{_digits(rng, 14)}"),
            ("合同号", f"HT-{rng.randint(2023, 2026)}-{_digits(rng, 6)}"),
            ("发票代码", _digits(rng, 12)),
            ("发票号码", _digits(rng, 8)),
            ("案件编号", f"{rng.randint(2023, 2026)}{_digits(rng, 9)}"),
            ("报案回执编号", _digits(rng, 15)),
            ("商户号", _digits(rng, 15)),
            ("终端号", _digits(rng, 8)),
            ("批次号", _digits(rng, 10)),
            ("会员编号", _digits(rng, 10)),
            ("Ref No.", _digits(rng, 11)),
            ("Transaction ID", _digits(rng, 14)),
        )
    )


def ref(rng: random.Random, separator: str = "") -> str:
    """A reference number with what it is called: ``订单号：2025…``."""
    name, number = reference(rng)
    return f"{name}{separator}{number}"


def stock(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.choice(('600', '601', '603'))}{_digits(rng, 3)}",
            f"{rng.choice(('000', '002', '300'))}{_digits(rng, 3)}",
            f"0{rng.randint(1000, 9999)}.HK",
            f"00{rng.randint(100, 999)}",
        )
    )


def flight(rng: random.Random) -> str:
    return rng.choice(("CA", "MU", "CZ", "CX", "HX", "BR", "CI", "UA")) + str(
        rng.randint(101, 9899)
    )


def train(rng: random.Random) -> str:
    return rng.choice("GDKZT") + str(rng.randint(1, 9999))


def plate(rng: random.Random) -> str:
    return (
        rng.choice(("沪A", "粤B", "京N", "浙A", "苏E", "川A"))
        + rng.choice(("", "·", " "))
        + (rng.choice(string.ascii_uppercase) + _digits(rng, 4))
    )


def version(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}"


# -- personal numbers (labelled) -------------------------------------------------------------
def cn_mobile(rng: random.Random) -> str:
    number = rng.choice(("138", "139", "136", "186", "158", "177", "199", "150", "187", "133"))
    number += _digits(rng, 8)
    value = rng.choice(
        (
            number,
            number,
            f"{number[:3]} {number[3:7]} {number[7:]}",
            f"{number[:3]}-{number[3:7]}-{number[7:]}",
            f"+86 {number}",
            f"+86-{number}",
            f"(+86){number}",
            f"0086 {number}",
        )
    )
    return _maybe_full_width(rng, value, 0.1)


def cn_landline(rng: random.Random) -> str:
    return cn_switchboard(rng, extension=False)


def hk_mobile(rng: random.Random) -> str:
    number = rng.choice("569") + rng.choice("1234578") + _digits(rng, 6)
    return rng.choice(
        (f"{number[:4]} {number[4:]}", f"+852 {number[:4]} {number[4:]}", f"+852-{number}", number)
    )


def tw_mobile(rng: random.Random) -> str:
    number = "09" + rng.choice("12356789") + _digits(rng, 7)
    return rng.choice(
        (
            f"{number[:4]}-{number[4:7]}-{number[7:]}",
            number,
            f"+886 {number[1:4]} {number[4:7]} {number[7:]}",
            f"+886-{number[1:]}",
        )
    )


def overseas_mobile(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+1 {rng.choice(('415', '646', '604', '416', '626'))} {rng.randint(201, 989)} "
            f"{_digits(rng, 4)}",
            f"+44 7{rng.choice('4579')}{_digits(rng, 2)} {_digits(rng, 6)}",
            f"+65 {rng.choice('89')}{_digits(rng, 3)} {_digits(rng, 4)}",
            f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"+60 1{rng.choice('2367')}-{_digits(rng, 3)} {_digits(rng, 4)}",
        )
    )


def spoken_mobile(rng: random.Random) -> str:
    number = rng.choice(("138", "139", "186", "158")) + _digits(rng, 8)
    said = "".join(_NUMERALS[int(d)] for d in number)
    return said.replace("一", "幺") if rng.random() < 0.3 else said


BANKS_EN = (
    ("ICBC", "工行"),
    ("CCB", "建行"),
    ("Bank of China", "中行"),
    ("China Merchants Bank", "招行"),
    ("HSBC", "汇丰"),
    ("Hang Seng", "恒生"),
    ("Standard Chartered", "渣打"),
    ("Bank of Communications", "交行"),
)
CITIES = (("Shanghai", "上海", "21"), ("Beijing", "北京", "10"), ("Shenzhen", "深圳", "755"))


def intl_landline(rng: random.Random, area: str) -> str:
    """A mainland landline in international form, as a bank's e-mail signature prints it."""
    local = rng.choice("2345678") + _digits(rng, 7)
    return rng.choice(
        (f"+86 {area} {local[:4]} {local[4:]}", f"+86-{area}-{local}", f"(86){area}-{local}")
    )


def city_line(rng: random.Random) -> tuple[str, str, str]:
    """A city's English name, its area code and a landline there, in international form."""
    city, _, area = rng.choice(CITIES)
    return city, area, intl_landline(rng, area)


def _branch_on_the_phone(rng: random.Random) -> list[Part]:
    city, _, line = city_line(rng)
    return [f"Please call our {city} branch on {line} about the mortgage."]


def _branch_signature(rng: random.Random) -> list[Part]:
    city, area, line = city_line(rng)
    fax = intl_landline(rng, area)
    return [
        f"Regards,\nCustomer Service\n{rng.choice(BANKS_EN)[0]} {city} Branch\n"
        f"Tel: {line}\nFax: {fax}"
    ]


def _head_office(rng: random.Random) -> list[Part]:
    city, _, line = city_line(rng)
    return [
        f"{rng.choice(BANKS_EN)[0]} {city} head office: {line}. "
        f"Opening hours {clock(rng)}-{clock(rng)}."
    ]


def relative(rng: random.Random) -> str:
    return rng.choice(("我妈", "我爸", "我老公", "我老婆", "我儿子", "我女儿", "我哥", "我姐"))


# -- templates -------------------------------------------------------------------------------
def _negatives() -> list[Template]:
    b = bank
    return [
        # bank short codes and hotlines, chat
        lambda r: [f"打了{b(r)[1]}半天没人接，人工服务怎么转？"],
        lambda r: [f"{b(r)[0]}的客服电话是{b(r)[1]}吗？还是{cn_400(r)}？"],
        lambda r: [f"请问{r.choice(HOTLINE_WORDS)}{cn_400(r)}是真的吗？我收到短信让我打这个号。"],
        lambda r: [f"我刚打{cn_400(r)}，按{r.randint(1, 9)}号键之后一直占线。"],
        lambda r: [f"拨打{cn_400(r)}咨询，工作时间{clock(r)}-{clock(r)}。"],
        lambda r: [f"如需帮助，请致电{r.choice(COMPANIES)}客服{cn_400(r)}或{cn_800(r)}。"],
        lambda r: [f"信用卡中心：{cn_400(r)}（境内）/ {us_toll_free(r)}（境外）"],
        lambda r: [
            f"境外请拨{r.choice(('+86-21-', '86-755-'))}{_digits(r, 8)}（{b(r)[0]}境外服务专线）"
        ],
        lambda r: [f"在美国可以打{us_toll_free(r)}找{b(r)[0]}纽约分行吗？"],
        lambda r: [f"人在英国，卡被锁了，打{uk_business(r)}说要转国内。"],
        lambda r: [
            f"{r.choice(HK_BANK_LINES)[0]}客服热线{r.choice(HK_BANK_LINES)[1]}，按2字再按0字转人工。"
        ],
        lambda r: [
            f"我喺香港，打咗{r.choice(HK_BANK_LINES)[0]}熱線 (852) {r.choice(HK_BANK_LINES)[1]} "
            "成日都話繁忙。"
        ],
        lambda r: [f"香港的朋友說可以打{hk_toll_free(r)}免費熱線。"],
        lambda r: [
            f"{r.choice(TW_BANK_LINES)[0]}客服專線{r.choice(TW_BANK_LINES)[1]}，24小時服務。"
        ],
        lambda r: [f"請撥打免付費電話{tw_toll_free(r)}查詢，謝謝。"],
        lambda r: [f"台灣的信用卡掛失要打{tw_toll_free(r)}還是{r.choice(TW_BANK_LINES)[1]}？"],
        # branches and company switchboards
        lambda r: [
            f"{b(r)[0]}{r.choice(('朝阳', '浦东', '南山', '天河'))}"
            f"支行{r.choice(BRANCH_WORDS)}：{cn_switchboard(r)}。"
        ],
        lambda r: [f"营业部电话{cn_switchboard(r)}，营业时间{clock(r)}至{clock(r)}。"],
        lambda r: [f"贵行的总机{cn_switchboard(r, True)}根本打不通。"],
        lambda r: [f"地址和网点电话在官网上查得到，比如上海分行是{cn_switchboard(r)}。"],
        lambda r: [f"{r.choice(COMPANIES)}的服务电话：{cn_switchboard(r)}，有问题可以找他们。"],
        lambda r: [
            f"你们银行{r.choice(('客服', '官方', '网点'))}"
            f"电话到底是{cn_switchboard(r)}还是{b(r)[1]}？"
        ],
        lambda r: [f"我打{b(r)[0]}上海分行的电话{cn_switchboard(r, True)}，说要本人到柜台。"],
        lambda r: [
            f"官网公布的{r.choice(('客服', '服务', '官方'))}号码是{cn_400(r)}，我先核实一下。"
        ],
        lambda r: [
            f"邮件落款：{b(r)[0]}客户服务中心  电话 {cn_switchboard(r)}  传真 {cn_switchboard(r)}"
        ],
        lambda r: [
            f"——\n{b(r)[0]}信用卡中心\n客服：{cn_400(r)}"
            f"\n工作时间：周一至周日 {clock(r)}-{clock(r)}"
        ],
        # SMS senders and fraud reports naming official numbers
        lambda r: [f"收到{sms_sender(r)}发来的短信，说我的积分快过期了，是不是诈骗？"],
        lambda r: [f"短信发件人{sms_sender(r)}，内容是账户异常，要我点链接。"],
        lambda r: [f"为什么{b(r)[0]}的动账短信有时候是{b(r)[1]}发的，有时候是{sms_sender(r)}？"],
        lambda r: [f"有人冒充{b(r)[1]}给我发短信，我打官方电话{b(r)[1]}核实过了，是假的。"],
        lambda r: [f"反诈专线{r.choice(('96110', '110'))}提醒了我，后来我又打了{cn_400(r)}确认。"],
        lambda r: [
            f"骗子让我打{cn_400(r)}“注销校园贷”，我没打，直接报警了，报警回执{_digits(r, 15)}。"
        ],
        # carriers and public services
        lambda r: [f"流量问题打{r.choice(PUBLIC_SHORT)}，银行卡问题打{b(r)[1]}，对吧？"],
        lambda r: [f"已向{r.choice(('12363', '12378', '12315', '12345'))}投诉，{ref(r)}。"],
        lambda r: ["急救打120，火警119，报警110，诈骗报案打96110，记住了。"],
        # transaction details
        lambda r: [
            f"{date(r)} {clock(r)} 尾号{_digits(r, 4)}的卡支出{amount(r)}，余额{amount(r)}。"
        ],
        lambda r: [f"{ref(r, '：')}，金额{amount(r)}，请核对。"],
        lambda r: [f"您好，{ref(r, ' ')} 的退款什么时候到账？"],
        lambda r: [f"{timestamp(r)} 转账{amount(r)}失败，{ref(r)}。"],
        lambda r: [f"账户末四位{_digits(r, 4)}，{date(r)}收到一笔{amount(r)}的汇款。"],
        lambda r: [
            f"我的卡尾号是{_digits(r, 4)}，{clock(r)}被扣了{amount(r)}，商户号{_digits(r, 15)}。"
        ],
        lambda r: [
            f"验证码{_digits(r, 6)}，{r.randint(2, 10)}分钟内有效。如非本人操作请致电{b(r)[1]}。"
        ],
        lambda r: [
            f"【{b(r)[0]}】您尾号{_digits(r, 4)}的账户于{date(r)} {clock(r)}入账{amount(r)}。"
        ],
        lambda r: [
            f"分{r.choice((3, 6, 12, 24, 36))}期，每期{r.randint(100, 9999)}"
            f".{_digits(r, 2)}元，年化利率{r.randint(2, 18)}.{_digits(r, 2)}%。"
        ],
        lambda r: [
            f"理财产品{_digits(r, 8)}，起购金额{amount(r)}，期限{r.randint(30, 365)}"
            f"天，业绩基准{r.randint(2, 5)}.{_digits(r, 2)}%。"
        ],
        lambda r: [f"买了{stock(r)}和{stock(r)}，一共{r.randint(1, 50)}00股，亏了{amount(r)}。"],
        lambda r: [f"股票代码{stock(r)}今天涨了{r.randint(1, 10)}.{_digits(r, 2)}%。"],
        lambda r: [
            f"我订了{date(r)}的{flight(r)}航班，{clock(r)}起飞，信用卡境外消费{amount(r)}。"
        ],
        lambda r: [
            f"坐{train(r)}次列车，{r.randint(1, 16):02d}"
            f"车{r.randint(1, 20)}{r.choice('ABCDF')}座，车票{amount(r)}。"
        ],
        lambda r: [f"车牌{plate(r)}的ETC扣费{amount(r)}，时间{timestamp(r)}。"],
        lambda r: [
            f"网银助手{version(r)}.{r.randint(1000, 9999)}"
            f"装不上，Windows {r.choice((10, 11))}，端口{r.choice((80, 8080, 443))}。"
        ],
        lambda r: [
            f"APP版本{version(r)}，手机系统iOS {r.randint(14, 18)}.{r.randint(0, 6)}，打开就闪退。"
        ],
        lambda r: [
            f"{r.randint(2015, 2020)}年到{r.randint(2021, 2025)}"
            f"年一共还了{r.randint(12, 120)}期，共{amount(r)}。"
        ],
        lambda r: [
            f"会议改在{r.randint(2, 33)}楼{r.randint(1, 33)}"
            f"{_digits(r, 2)}会议室，门禁卡号{_digits(r, 10)}。"
        ],
        lambda r: [
            f"额度从{r.randint(1, 5)}0000提到{r.randint(6, 20)}0000，涨幅{r.randint(10, 300)}%。"
        ],
        lambda r: [f"邮编{r.randint(100000, 850000)}，{ref(r)}。"],
        lambda r: [f"统一社会信用代码91{_digits(r, 6)}MA{_digits(r, 8)}，对公账户开户需要多久？"],
        lambda r: [f"每天{clock(r)}-{clock(r)}之间办理，单笔限额{amount(r)}，日累计{amount(r)}。"],
        lambda r: [
            f"第{r.randint(1, 9)}季度报表：营收{amount(r)}，同比增长{r.randint(1, 60)}"
            f".{r.randint(0, 9)}%，客户数{r.randint(1000, 99999)}。"
        ],
        lambda r: [f"兑换券号{_digits(r, 16)}，有效期至{date(r)}。"],
        lambda r: [_maybe_full_width(r, f"交易金额{r.randint(1000, 99999)}元，时间{date(r)}", 0.5)],
        # transcripts
        lambda r: [
            f"客服：您好，{b(r)[0]}，工号{_digits(r, 5)}"
            f"为您服务。\n客户：我的卡尾号{_digits(r, 4)}，"
            f"昨天{clock(r)}被扣了{amount(r)}。\n客服：请问交易参考号是{_digits(r, 12)}吗？"
        ],
        lambda r: [
            f"坐席：感谢致电{b(r)[1]}。\n客户：我想问一下{cn_400(r)}这个号码是不是你们的？\n"
            "坐席：是的，这是我行的官方客服号码。"
        ],
        lambda r: [
            f"Agent: Thank you for calling. Customer: 我在美国，{us_toll_free(r)}一直打不通，"
            f"能不能换个号码？Agent: You can also try {uk_business(r)} if you are in the UK."
        ],
        # e-mails and forms
        lambda r: [
            f"主题：投诉\n{r.choice(('您好', '贵行您好'))}，{date(r)}我致电贵行客服{b(r)[1]}，"
            f"等了{r.randint(10, 59)}分钟没人接。{ref(r)}。"
        ],
        lambda r: [
            f"1. 投诉渠道：客服热线{cn_400(r)}"
            f"\n2. 受理时间：{timestamp(r)}\n3. 涉及金额：{amount(r)}"
        ],
        lambda r: [
            f"Dear team, 关于{ref(r, ' ')}，please call our hotline "
            f"{any_hotline(r)} for details. 谢谢！"
        ],
        lambda r: [
            f"Regards,\nCustomer Service Team | {b(r)[0]}"
            f"\nHotline: {cn_400(r)} | Overseas: {us_toll_free(r)}"
        ],
        lambda r: [
            f"For lost cards call {us_toll_free(r)}"
            f" (toll free) or {uk_business(r)}; 境内请拨{b(r)[1]}。"
        ],
        lambda r: [
            f"官方微信公众号和{r.choice(HOTLINE_WORDS)}{any_hotline(r)}都可以办理，{ref(r)}。"
        ],
        # traditional characters
        lambda r: [f"請問貴行的客服電話是{cn_400(r)}嗎？轉帳{amount(r)}一直沒到帳。"],
        lambda r: [f"信用卡掛失專線{tw_toll_free(r)}，交易序號{_digits(r, 14)}。"],
        lambda r: [f"公司總機{r.choice(TW_BANK_LINES)[1]}，轉{_digits(r, 3)}分機找客服部。"],
        # mostly English, from Chinese customers at home and abroad
        lambda r: [f"Called {cn_400(r)} three times this morning, nobody picked up. 怎么办？"],
        lambda r: [
            f"Hi, I'm in Vancouver now. Can I still reach {r.choice(BANKS_EN)[0]} on "
            f"{cn_400(r)} or {r.choice(BANKS)[1]} from abroad?"
        ],
        _branch_on_the_phone,
        _branch_signature,
        lambda r: [
            f"I rang {r.choice(BANKS_EN[4:7])[0]} on {r.choice(HK_BANK_LINES)[1]} and waited "
            f"{r.randint(10, 59)} minutes, still no answer."
        ],
        lambda r: [f"咨询请拨 {r.choice(HK_BANK_LINES)[1]}（{r.choice(BANKS_EN[4:7])[1]}）"],
        lambda r: [
            f"{r.choice(BANKS_EN)[1]}{r.choice(CITIES)[1]}营业部：{cn_switchboard(r)}，"
            f"周六{clock(r)}-{clock(r)}。"
        ],
        lambda r: [
            f"预约开户请拨{cn_switchboard(r)}（{r.choice(BANKS_EN)[1]}{r.choice(CITIES)[1]}分行）"
        ],
        lambda r: [
            f"Lost your card? Call {uk_business(r)} in the UK, {us_toll_free(r)} in the US or "
            f"{cn_400(r)} in mainland China."
        ],
        _head_office,
    ]


def _positives() -> list[Template]:
    b = bank
    return [
        lambda r: [
            "我的手机号是",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"，{b(r)[1]}打不通，麻烦回电。",
        ],
        lambda r: [
            f"刚才打{cn_400(r)}没人接，请直接打我手机",
            (cn_mobile(r), "PHONE_NUMBER"),
            "。",
        ],
        lambda r: [
            "客服：请问联系电话？\n客户：",
            (cn_mobile(r), "PHONE_NUMBER"),
            "，白天打不通就打家里座机",
            (cn_landline(r), "PHONE_NUMBER"),
            "。",
        ],
        lambda r: [
            f"{relative(r)}的手机",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"，她不会用APP，{b(r)[1]}也不会打，麻烦你们联系她。",
        ],
        lambda r: [
            "对方自称",
            b(r)[0],
            "客服，用",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"打给我，说我的卡尾号{_digits(r, 4)}涉嫌洗钱，让我转{amount(r)}到安全账户。",
        ],
        lambda r: [
            "诈骗电话是",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"打来的，冒充{cn_400(r)}的客服，我已经报了96110。",
        ],
        lambda r: ["我在香港，手机", (hk_mobile(r), "PHONE_NUMBER"), "，WhatsApp同号。"],
        lambda r: ["我喺香港，電話", (hk_mobile(r), "PHONE_NUMBER"), "，唔該回覆。"],
        lambda r: ["我在台灣，手機是", (tw_mobile(r), "PHONE_NUMBER"), "，請用簡訊通知我。"],
        lambda r: [
            "人在国外，",
            f"{us_toll_free(r)}打不通，请打我",
            (overseas_mobile(r), "PHONE_NUMBER"),
            "，有时差请晚上联系。",
        ],
        lambda r: [
            "客户：我的号码是",
            (spoken_mobile(r), "PHONE_NUMBER"),
            f"。\n客服：好的，工单号{_digits(r, 12)}已登记。",
        ],
        lambda r: [
            "1. 姓名：本人\n2. 联系电话：",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"\n3. 交易金额：{amount(r)}\n4. 交易时间：{timestamp(r)}",
        ],
        lambda r: [
            "我单位电话",
            (cn_switchboard(r, True), "PHONE_NUMBER"),
            "，手机",
            (cn_mobile(r), "PHONE_NUMBER"),
            "，哪个方便打哪个。",
        ],
        lambda r: [
            "Hi, 我的新手机是",
            (cn_mobile(r), "PHONE_NUMBER"),
            f", old number stopped working. 卡尾号{_digits(r, 4)}。",
        ],
        lambda r: [
            "请把验证码发到",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"，不要发到旧号码了。订单号{_digits(r, 18)}。",
        ],
        lambda r: [
            "本人联系方式：",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"（微信同号）。贵行热线{cn_400(r)}等太久了。",
        ],
        lambda r: [
            "紧急联系人电话",
            (cn_mobile(r), "PHONE_NUMBER"),
            f"，{date(r)}前请勿打扰。",
        ],
        lambda r: [
            f"{b(r)[1]}说要我本人来电，可我在海外，手机",
            (overseas_mobile(r), "PHONE_NUMBER"),
            "，能不能你们打过来？",
        ],
        lambda r: [
            "My number in Shanghai is ",
            (cn_landline(r), "PHONE_NUMBER"),
            ", mobile ",
            (cn_mobile(r), "PHONE_NUMBER"),
            f". The {cn_400(r)} line never answers.",
        ],
        lambda r: [
            "Please call me at home on ",
            (intl_landline(r, r.choice(CITIES)[2]), "PHONE_NUMBER"),
            ", not the branch.",
        ],
        lambda r: [
            f"I called {r.choice(HK_BANK_LINES)[1]} but you can reach me on my home line ",
            (f"2{_digits(r, 3)} {_digits(r, 4)}", "PHONE_NUMBER"),
            " after 7pm.",
        ],
    ]


_NEGATIVES = _negatives()
_POSITIVES = _positives()
POSITIVE_SHARE = 0.3


def _assemble(parts: list[Part]) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        value, label = part
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    return {"text": text, "spans": spans, "lang": "zh"}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` Chinese records, about seven in ten PII-free, the same for the same seed."""
    rng = random.Random(f"zh_numbers-{seed}")
    records = []
    for _ in range(n):
        pool = _POSITIVES if rng.random() < POSITIVE_SHARE else _NEGATIVES
        records.append(_assemble(rng.choice(pool)(rng)))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--show-misses", action="store_true", help="print every wrong message")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pii_quality import score  # the benchmarks' scorer: IoU >= 0.5, same label

    from steward.data.pii import Analyzer

    rows = generate(args.n, args.seed)
    gold = [
        [(int(s["start"]), int(s["end"]), str(s["label"])) for s in row["spans"]] for row in rows
    ]
    found = Analyzer().analyze_batch([str(row["text"]) for row in rows])
    pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
    table: dict[str, Any] = score(gold, pred, {"PHONE_NUMBER"})
    negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
    with_phone = [any(label == "PHONE_NUMBER" for *_, label in p) for p in negatives]
    table["pii_free_flagged"] = {
        "share": round(sum(map(bool, negatives)) / max(1, len(negatives)), 4),
        "share_with_a_phone": round(sum(with_phone) / max(1, len(negatives)), 4),
        "messages": len(negatives),
    }
    print(json.dumps(table, indent=1))
    if args.show_misses:
        for row, g, p in zip(rows, gold, pred, strict=True):
            if sorted(g) != sorted(p):
                text = row["text"]
                print("---", text.replace("\n", " | "))
                print(
                    "   gold:",
                    [text[s:e] for s, e, _ in g],
                    "found:",
                    [(text[s:e], lab) for s, e, lab in p],
                )


if __name__ == "__main__":
    main()
