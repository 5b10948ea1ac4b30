"""Dev set: Chinese documents pasted as text, each kind beside its PII-free look-alike.

    PYTHONPATH=. python benchmarks/pii_dev/zh_documents.py [--n 600] [--seed 7]

Kinds:

- an institution's own address after its label (营业厅地址, 公证处地址, 医院地址, a firm's
  stamped 单位地址): not personal; the customer's 用电地址 / 家庭住址 or an applicant's
  单位地址 on a form is an ADDRESS;
- a utility's customer number (户号：10 digits), a staff number (工号): no phone; the
  householder's mobile on the same bill is a PHONE_NUMBER;
- the clerk's desk line in a firm's letter (经办人 … 联系电话 0571-…转…): a PHONE_NUMBER with
  its extension; the firm's switchboard (公司总机) is not;
- an e-mail read aloud (name 艾特 domain 点com), spanned in spoken form; a desk's mailbox
  read aloud is not personal;
- a 62… card money moves through (从…转入, a statement's 转账支出 row): a BANK_ACCOUNT;
  an amount transferred is not;
- a grouped IBAN wrapped onto a second line: one IBAN_CODE.

A dev set (see ``benchmarks/pii_dev/__init__.py``); its wording is this module's own.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from typing import Any

from stdnum import iban, luhn

Part = str | tuple[str, str]
Record = dict[str, Any]

CITIES = (
    "杭州市西湖区",
    "南京市玄武区",
    "武汉市洪山区",
    "长沙市岳麓区",
    "厦门市思明区",
    "青岛市市南区",
)
STREETS = ("保俶路", "珠江路", "珞喻路", "麓山南路", "湖滨北路", "香港中路")
NAMES = ("周立新", "韩素梅", "邓家豪", "蒋雨欣", "范志远", "潘美玲", "董浩然", "冯晓霞")
LOCALS = ("zhouli", "hansm", "dengjh88", "jiang.yx", "fanzy07", "panml")
DOMAINS = ("163", "qq", "126", "sina", "foxmail")
PLACES = ("营业厅地址", "公证处地址", "医院地址", "门诊部地址", "办事处地址")


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _address(r: random.Random) -> str:
    return f"{r.choice(CITIES)}{r.choice(STREETS)}{r.randint(1, 399)}号"


def _mobile(r: random.Random) -> str:
    return r.choice(("139", "186", "151", "177")) + _digits(r, 8)


def _debit(r: random.Random) -> str:
    body = "62" + r.choice(("1700", "2848", "2588", "1483")) + _digits(r, 9)
    return body + luhn.calc_check_digit(body)


def _iban(r: random.Random) -> str:
    bban = _digits(r, 18)
    check = iban.calc_check_digits("DE00" + bban)
    raw = "DE" + check + bban
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _positives(r: random.Random) -> list[Part]:
    kind = r.randrange(6)
    name = r.choice(NAMES)
    if kind == 0:
        return [
            "电费账单\n户主：",
            (name, "PERSON"),
            "\n用电地址：",
            (_address(r) + "2单元301室", "ADDRESS"),
        ]
    if kind == 1:
        return ["燃气费账单\n户号：", _digits(r, 10), "\n户主手机：", (_mobile(r), "PHONE_NUMBER")]
    if kind == 2:
        return [
            "在职证明\n单位名称（盖章）：湖畔数据有限公司\n经办人：",
            (name, "PERSON"),
            "　联系电话：",
            (f"0571-{_digits(r, 8)}转{_digits(r, 4)}", "PHONE_NUMBER"),
        ]
    if kind == 3:
        spoken = f"{r.choice(LOCALS)} 艾特 {r.choice(DOMAINS)} 点com"
        return ["语音留言转文字：回电请发邮件到", (spoken, "EMAIL_ADDRESS"), "谢谢"]
    if kind == 4:
        return [
            "催收备注：客户承诺月底前从",
            (_debit(r), "BANK_ACCOUNT"),
            f"转入{r.randint(500, 9000)}元。",
        ]
    code = _iban(r)
    cut = code.index(" ", 8)
    wrapped = code[:cut] + "\n" + code[cut + 1 :]
    return [
        "境外汇款申请\n收款人：",
        (name, "PERSON"),
        "\nIBAN：",
        (wrapped, "IBAN_CODE"),
        "\n用途：学费",
    ]


def _lookalikes(r: random.Random) -> list[Part]:
    kind = r.randrange(6)
    if kind == 0:
        return [f"服务热线 95598，{r.choice(PLACES)}：{_address(r)}（工作日 9:00-17:00）"]
    if kind == 1:
        return [
            f"水费账单\n户号：{_digits(r, 10)}　账期：2026年{r.randint(1, 12)}月\n本期用水 9 吨"
        ]
    if kind == 2:
        return [
            "单位名称（盖章）：湖畔数据有限公司\n"
            f"单位地址：{_address(r)}8楼\n公司总机：0571-{_digits(r, 8)}"
        ]
    if kind == 3:
        return [f"投诉请发 kefu 艾特 {r.choice(DOMAINS)} 点com，或在群里艾特管理员。"]
    if kind == 4:
        return [
            f"催收备注：逾期金额{r.randint(1000, 90000):,}元，"
            f"客户承诺月底前转入{r.randint(500, 9000)}元。"
        ]
    return [f"工号：{_digits(r, 6)}，请于2026年{r.randint(1, 12)}月前提交材料。"]


def _record(parts: list[Part]) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return {"text": text, "spans": spans, "lang": "zh"}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records, 40% with personal data, the rest PII-free look-alikes."""
    r = random.Random(seed)
    make: Callable[[random.Random], list[Part]]
    records = []
    for _ in range(n):
        make = _positives if r.random() < 0.4 else _lookalikes
        records.append(_record(make(r)))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for record in generate(args.n, args.seed)[:10]:
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
