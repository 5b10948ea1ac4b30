"""Dev set: Chinese names introduced by a party's role, and look-alikes, in this module's wording.

    PYTHONPATH=. python benchmarks/pii_dev/zh_parties_v37.py [--n 600] [--seed 7]

Kinds: a party named right after its role in a document or an event, with or without a colon
(``委托人X``, ``受益人为其子X``, ``新郎X``, ``出席：主任X、委员X等``, ``原股东X所持``, ``兑奖人X``,
``曾用名X，现用名X``, ``您好X，``, ``尊敬的X股东``), titled surnames of elders, coaches and
students after a role (``队长X大爷``, ``买家X教练``), given names the tagger has rarely seen
(满仓, 守田, 长顺), a family member's landline after a bank card (``从其银行卡…扣款，联系电话…``).
PII-free messages: surname characters inside ordinary words (``这封英文信``, ``姓名和身份证号``,
``施工队``), a foundation named after a person (``X基金会``), a school named after a motto
(``户名明德外国语学校``), a firm's address beside its registration (``税号…地址电话：…``),
an institution's landline (``公证处…电话…``, ``医院收费处电话…``), role mailboxes in pinyin or
plural (``huodong@``, ``groups@``). A dev set: tuned on.
"""

from __future__ import annotations

import argparse
import random
from typing import Any

DEFAULT_N = 600
DEFAULT_SEED = 7
Record = dict[str, Any]
Part = tuple[str, str | None]

_SURNAMES = "刘孙胡郭何罗梁宋唐韩冯曹彭田董潘蒋蔡杜程魏丁沈姚卢崔钟陆汪范石廖夏邹熊邱秦江尹薛段侯"
_GIVEN_2 = (
    "满仓",
    "守田",
    "长顺",
    "德胜",
    "桂香",
    "秋菊",
    "振华",
    "玉兰",
    "春生",
    "志远",
    "淑芬",
    "金凤",
)
_GIVEN_1 = "强伟敏静勇军杰芳"
_ROLES = (
    "委托人",
    "受益人",
    "主贷人",
    "新郎",
    "新娘",
    "兑奖人",
    "继承人",
    "受害人",
    "被保险人",
    "卖家",
    "租客",
    "出票人",
    "买方",
    "卖方",
    "负责人：",
    "业主",
)
_TITLES = ("大爷", "大妈", "教练", "同学", "老师")
_TITLE_ROLES = ("队长", "买家", "业主", "家长", "市民")
_CITIES = (
    "南京市鼓楼区中山北路",
    "成都市锦江区红星路",
    "武汉市江汉区解放大道",
    "西安市碑林区南大街",
)


def _name(rng: random.Random) -> str:
    given = rng.choice(_GIVEN_2) if rng.random() < 0.7 else rng.choice(_GIVEN_1)
    return rng.choice(_SURNAMES) + given


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + _digits(rng, 9)


def _card(rng: random.Random) -> str:
    return "6222" + _digits(rng, 15)


def _positive(rng: random.Random) -> list[Part]:
    kind = rng.randrange(7)
    if kind == 0:
        role = rng.choice(_ROLES)
        return [
            (f"资料登记：{role}", None),
            (_name(rng), "PERSON"),
            ("，手机", None),
            (_mobile(rng), "PHONE_NUMBER"),
            ("，请核实。", None),
        ]
    if kind == 1:
        return [
            ("会议记录\n到会：主任", None),
            (_name(rng), "PERSON"),
            ("、委员", None),
            (_name(rng), "PERSON"),
            ("等七人。物业费代扣卡号", None),
            (_card(rng), "BANK_ACCOUNT"),
            ("。", None),
        ]
    if kind == 2:
        return [
            ("股份转让：原股东", None),
            (_name(rng), "PERSON"),
            ("所持份额转给新股东", None),
            (_name(rng), "PERSON"),
            ("，电话", None),
            (_mobile(rng), "PHONE_NUMBER"),
            ("。", None),
        ]
    if kind == 3:
        surname = rng.choice(_SURNAMES)
        return [
            (f"我们{rng.choice(_TITLE_ROLES)}", None),
            (surname + rng.choice(_TITLES), "PERSON"),
            ("让大家把钱转到他卡上", None),
            (_card(rng), "BANK_ACCOUNT"),
            ("，靠谱吗？", None),
        ]
    if kind == 4:
        return [
            ("您好", None),
            (_name(rng), "PERSON"),
            ("，您的新卡已寄出，如有疑问请回电", None),
            (_mobile(rng), "PHONE_NUMBER"),
            ("。", None),
        ]
    if kind == 5:
        return [
            ("户籍变更：曾用名", None),
            (_name(rng), "PERSON"),
            ("，现用名", None),
            (_name(rng), "PERSON"),
            ("，证件号码不变。", None),
        ]
    return [
        ("代扣授权：家属", None),
        (_name(rng), "PERSON"),
        ("同意从其银行卡", None),
        (_card(rng), "BANK_ACCOUNT"),
        ("扣款，联系电话", None),
        (
            f"0{rng.choice(('25', '28', '27'))}-{rng.choice('2345678')}{_digits(rng, 7)}",
            "PHONE_NUMBER",
        ),
        ("。", None),
    ]


def _negative(rng: random.Random) -> list[Part]:
    city = rng.choice(_CITIES)
    texts = (
        "麻烦帮我看看这封英文邮件是不是钓鱼，里面让我点链接。",
        "柜员说办卡要提供姓名和身份证号，原件还是复印件？",
        f"施工队负责人说装修贷可以分{rng.randint(3, 12)}期，利息怎么算？",
        "田家炳基金会和霍英东基金会的捐款渠道有什么区别？",
        "学费缴纳通知：户名明德实验学校，对公账户，请勿转入个人卡。",
        f"开票信息\n税号：91{_digits(rng, 16)}\n地址电话：{city}{rng.randint(1, 400)}号 "
        f"0{rng.choice(('25', '28'))}-{_digits(rng, 8)}",
        f"市公证处地址：{city}{rng.randint(1, 400)}号，电话0{rng.choice(('25', '28'))}-"
        f"{rng.choice('2345678')}{_digits(rng, 7)}，工作日受理。",
        f"人民医院收费处电话0{rng.choice(('25', '28'))}-{rng.choice('2345678')}"
        f"{_digits(rng, 7)}，说退款要一周。",
        f"活动报名请发邮件至{rng.choice(('huodong', 'groups', 'yewu'))}@example-bank.cn，"
        "名额有限。",
    )
    return [(rng.choice(texts), None)]


def _record(parts: list[Part]) -> Record:
    text, spans = "", []
    for part, label in parts:
        if label is not None:
            spans.append({"start": len(text), "end": len(text) + len(part), "label": label})
        text += part
    return {"text": text, "spans": spans, "lang": "zh"}


def generate(n: int = DEFAULT_N, seed: int = DEFAULT_SEED) -> list[Record]:
    rng = random.Random(seed)
    return [_record(_positive(rng) if rng.random() < 0.7 else _negative(rng)) for _ in range(n)]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    for row in generate(args.n, args.seed)[:20]:
        print(row["text"], [row["text"][s["start"] : s["end"]] for s in row["spans"]])
