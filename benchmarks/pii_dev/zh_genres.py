"""Dev set: Chinese PII in the genres of round 2 (issue 18), in this module's own wording.

    PYTHONPATH=. python benchmarks/pii_dev/zh_genres.py [--n 600] [--seed 7] [--show-misses]

Kinds: call-back logs (``致电X（phone）``, a titled surname or a full name, mainland mobiles
in any 13x–19x block, Hong Kong, Taiwan, Singapore and ``+86`` numbers), an agent's turns
(``感谢X先生``, ``客户X总``), third parties named by a family word or a form or mail-header field
(``配偶``, ``小兒``, ``抄送：``, ``陪同人：``), Latin-script names after a Chinese cue, Cantonese
(``我X，``, ``佢叫X``, ``X生話``), letters (``X先生鈞鑒``, ``谢谢，X``, ``X 敬上``), payee tables
(``姓名 | 账号 | 备注``: names, Hong Kong ``3-6-3`` accounts, UnionPay debit cards, a utility's
payment number as a negative), forms with a branch on the line above the phone. About three
in ten messages are PII-free: shops and brands named after people, toll-free lines grouped
as published (``1800 …``), cheque numbers, titles without a surname.

Labels follow the shared conventions: the value only; a titled bare surname with its title;
a phone's extension inside its span; a 62… debit card a BANK_ACCOUNT. A dev set: tuned on.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

DEFAULT_N = 600
DEFAULT_SEED = 7
POSITIVE_SHARE = 0.7
Record = dict[str, Any]
Part = tuple[str, str | None]  # (text, label or None)

_SURNAMES = "邹龚柏韦施祁侯岳邝甘蒲戚葛廖邓麦温殷钟蓝骆严卜陶冯单包窦滕裴"
_TRAD_SURNAMES = "鄺溫鍾藍駱嚴竇麥鄧葉"
_GIVEN = "嘉俊文静思远晓彤志豪雅琪天宇明辉永康婉怡家乐子轩欣然国栋丽珊"
_TITLES = ("女士", "先生", "小姐", "经理", "老师", "阿姨", "医生", "师傅", "总")
_LATIN = (
    "Joaquim da Silva",
    "Nur Aisyah binti Ahmad",
    "CHEN Mei",
    "Pieter de Vries",
    "Ravi Menon",
    "Aylin Demir",
)


def _name(rng: random.Random, traditional: bool = False) -> str:
    surname = rng.choice(_TRAD_SURNAMES if traditional else _SURNAMES)
    given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return surname + given


def _titled(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_TITLES)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:  # a mainland mobile, any block of 13x–19x
        return "1" + rng.choice("3456789") + _digits(rng, 9)
    if kind == 1:
        return f"1{rng.choice('3456789')}{_digits(rng, 1)} {_digits(rng, 4)} {_digits(rng, 4)}"
    if kind == 2:
        return f"+86 1{rng.choice('3456789')}{_digits(rng, 1)} {_digits(rng, 4)} {_digits(rng, 4)}"
    if kind == 3:  # Hong Kong, Singapore mobiles
        return f"+{rng.choice(('852', '65'))} {rng.choice('69')}{_digits(rng, 3)} {_digits(rng, 4)}"
    if kind == 4:  # a landline with its extension
        return f"0{rng.choice(('21', '755', '571'))}-{_digits(rng, 8)}转{_digits(rng, 3)}"
    return f"(02) 2{_digits(rng, 3)}-{_digits(rng, 4)}"


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, char in enumerate(reversed(payload)):
        value = int(char) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def _debit_card(rng: random.Random) -> str:
    payload = "622" + rng.choice("0128") + _digits(rng, 14)
    number = payload + _luhn_digit(payload)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def call_log(rng: random.Random) -> list[Part]:
    who = _titled(rng) if rng.random() < 0.5 else _name(rng)
    return [
        (rng.choice(("外呼记录：", "回访：", "电话回访\n")), None),
        (f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日致电", None),
        (who, "PERSON"),
        ("（", None),
        (_phone(rng), "PHONE_NUMBER"),
        (
            rng.choice(("），客户确认已收到新卡。", "），核对出生日期无误。", "），未提异议。")),
            None,
        ),
    ]


def agent_turn(rng: random.Random) -> list[Part]:
    return [
        ("用户：地址已经改好了吗\n", None),
        (rng.choice(("客服：", "在线客服：")), None),
        (rng.choice(("已为您办理，感谢", "好的，收到，谢谢")), None),
        (_titled(rng), "PERSON"),
        ("的耐心等待。", None),
    ]


def third_party(rng: random.Random) -> list[Part]:
    cue = rng.choice(("配偶", "我先生", "小兒", "女儿", "陪同人：", "抄送："))
    name: str = rng.choice(_LATIN) if rng.random() < 0.3 else _name(rng, cue == "小兒")
    tail = rng.choice(("为共同借款人。", " 一起来办理。", "，请一并登记。"))
    return [("备注：", None), (cue, None), (name, "PERSON"), (tail, None)]


def cantonese(rng: random.Random) -> list[Part]:
    kind = rng.randrange(3)
    if kind == 0:
        return [("我", None), (_name(rng, True)[:3].ljust(3, "明"), "PERSON"),
                ("，唔記得網上理財密碼，點算？", None)]  # fmt: skip
    if kind == 1:
        return [("佢叫", None), (_name(rng, True), "PERSON"), ("，係我表妹，想幫佢開戶。", None)]
    return [(rng.choice(_TRAD_SURNAMES) + rng.choice("生太"), "PERSON"), ("話聽日會嚟分行。", None)]


def letter(rng: random.Random) -> list[Part]:
    name = _name(rng, True)
    if rng.random() < 0.5:
        return [(name, "PERSON"), ("先生鈞鑒：來函收悉，利息已更正。", None)]
    ending = rng.choice(("。谢谢，", "。\n"))
    sign = "" if ending.startswith("。谢") else " 敬上"
    return [("帳戶利息好像算錯了，請回電 ", None), (_phone(rng), "PHONE_NUMBER"),
            (ending, None), (name, "PERSON"), (sign, None)]  # fmt: skip


def payee_table(rng: random.Random) -> list[Part]:
    sep = rng.choice((" | ", "｜"))
    parts: list[Part] = [(f"常用收款人\n姓名{sep}账号{sep}备注\n", None)]
    for row in range(3):
        if row == 1:
            parts.append((f"电费{sep}缴费号{_digits(rng, 8)}{sep}水电\n", None))
        account = (
            f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}"
            if rng.random() < 0.5
            else _debit_card(rng)
        )
        parts += [(_name(rng), "PERSON"), (sep, None), (account, "BANK_ACCOUNT")]
        parts.append((f"{sep}{rng.choice(('房租', '学费', '生活费'))}\n", None))
    return parts


def form(rng: random.Random) -> list[Part]:
    return [
        ("预约单\n客户姓名：", None),
        (_name(rng), "PERSON"),
        (f"\n网点：{rng.choice(('南山', '徐汇', '旺角'))}支行\n联系电话：", None),
        (_phone(rng), "PHONE_NUMBER"),
        ("\n预约时间：周五上午", None),
    ]


def negative(rng: random.Random) -> list[Part]:
    shop = rng.choice(_SURNAMES) + rng.choice(("记", "氏", "大福", "小五"))
    return [
        rng.choice(
            (
                (f"交易提醒\n商户：{shop}专卖店\n金额：¥{rng.randint(100, 9999)}.00", None),
                (f"如非本人操作，请立即致电1800 {_digits(rng, 3)} {_digits(rng, 4)}。", None),
                (f"已申请止付支票{_digits(rng, 8)}，金额{rng.randint(1, 50)}万元。", None),
                ("您好先生，请问还有什么可以帮您？", None),
                (f"工作单位：{shop}", None),
            )
        )
    ]


_POSITIVES = (call_log, agent_turn, third_party, cantonese, letter, payee_table, form)


def _assemble(parts: list[Part]) -> Record:
    text, spans = "", []
    for chunk, label in parts:
        if label is not None:
            spans.append({"start": len(text), "end": len(text) + len(chunk), "label": label})
        text += chunk
    return {"text": text, "spans": spans, "lang": "zh"}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` Chinese records, about three in ten PII-free, the same for the same seed."""
    rng = random.Random(f"zh_genres-{seed}")
    return [
        _assemble(rng.choice(_POSITIVES)(rng) if rng.random() < POSITIVE_SHARE else negative(rng))
        for _ in range(n)
    ]


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
    gold = [[(s["start"], s["end"], s["label"]) for s in row["spans"]] for row in rows]
    found = Analyzer().analyze_batch([row["text"] for row in rows])
    pred = [[(e.start, e.end, e.label) for e in hits] for hits in found]
    labels = {label for spans in gold for _, _, label in spans}
    for label, row in score(gold, pred, labels).items():
        print(f"{label:14} P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f}")
    negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
    print(f"PII-free flagged: {sum(bool(p) for p in negatives)}/{len(negatives)}")
    if args.show_misses:
        for row, g, p in zip(rows, gold, pred, strict=True):
            if sorted(g) != sorted(p):
                print(repr(row["text"]), "gold", g, "found", p)


if __name__ == "__main__":
    main()
