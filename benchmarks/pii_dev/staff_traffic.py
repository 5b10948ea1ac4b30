"""Dev set: names in a bank's internal and assisted traffic, each kind beside PII-free
look-alikes (issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/staff_traffic.py 5   # print five records

English kinds with personal data: colleagues named by a first name alone or in full after
``@`` (in a thread, a ``cc``), a chat export's timestamped speakers, a live chat handed from
the bot to an adviser ("Adviser Wiktoria has joined"), a thanks to a colleague ("cheers
Oisin!"), Chinese names in pinyin in either order in a payroll run or a transfer, a sole
trader's owner beside the firm named after them. Look-alikes: a channel, team or bot handle
(``@channel``, ``@PaymentsOps``, ``@HelpBot``), the bot's own canned lines and its name, a
firm named after its owner ("R. Castellano Tiling", "Haldane Flowers") on its own, a regulator
or body by its initials ("Dear FOS", "a note from HMRC"), a relative named by relation only
("Daughter rang about …").

Chinese kinds: a parent, guardian or carer and the elderly customer they act for (家长, 监护人,
独居老人, 儿媳), an agent taking over from the bot (人工客服…为您服务), a handover's 接班/交班 names
and a familiar 老X / 小X doing something (老钟收了…), a wrong payee after 转给了, a Latin-script
staff name in pinyin. Look-alikes: a sole trader's shop named after its owner (王婶早餐店,
阿强五金铺), a payee cue before 应该 ("收款人应该是对公账户"), the bot's canned lines.

Records: ``{"text", "spans": [{"start", "end", "label"}], "lang"}``. The wording and the
names are this module's own.
"""

# Template lines carry whole sentences with their spans; wrapping them would hide the wording.
# ruff: noqa: E501

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]

# First names outside the US census lists the rules were first built on, and surnames.
GIVEN = [
    "Wiktoria", "Oisin", "Aoife", "Chidi", "Folasade", "Kasia", "Niamh", "Arjun", "Deepika",
    "Yaw", "Efua", "Radek", "Ciaran", "Sunita", "Obinna", "Zofia", "Tariq", "Eilidh", "Kenji",
    "Malik", "Ruairi", "Ayesha", "Jakub", "Temitope",
]  # fmt: skip
SURNAMES = [
    "Okonkwo", "Wisniewski", "Mahoney", "Raghunathan", "Asante", "Dvorak", "Fitzgerald",
    "Bello", "Kaczmarek", "Menon", "Oduya", "Lindqvist", "Ferreira", "Nwosu", "Gallacher",
]  # fmt: skip
PINYIN_SURNAMES = ["Zhou", "Xu", "He", "Lin", "Tang", "Feng", "Deng", "Cao", "Peng", "Lu", "Ye"]
PINYIN_GIVEN = [
    "Xiuying", "Guoqiang", "Ruoxi", "Zihan", "Yutong", "Haoyu", "Jiahui", "Mingyuan",
    "Shuhua", "Wenjie", "Lixin", "Qiang", "Jun", "Yan",
]  # fmt: skip
TRADES = ["Tiling", "Flowers", "Scaffolding", "Locksmiths", "Upholstery", "Joinery", "Catering"]
GROUP_HANDLES = ["@channel", "@here", "@PaymentsOps", "@HelpBot", "@everyone", "@FraudDesk"]
BOT_NAMES = ["Nova", "Penny", "Ember"]
BODIES = ["FOS", "HMRC", "FCA", "CFPB", "OCC"]
ZH_NAMES = ["钟雅婷", "邹志远", "韦佳琪", "傅国庆", "姚丽娟", "龚建华", "潘晓东", "萧美玲"]
ZH_TRAD_NAMES = ["鍾雅婷", "鄒志遠", "韋佳琪", "龔建華", "蕭美玲"]
ZH_FAMILIAR = ["老钟", "小邹", "老韦", "小傅", "老姚", "小潘"]
ZH_SHOPS = ["王婶早餐店", "阿强五金铺", "陈记粮油店", "刘姐干洗店", "小李水果店", "张师傅洗衣店"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _pinyin(rng: random.Random) -> str:
    surname, given = rng.choice(PINYIN_SURNAMES), rng.choice(PINYIN_GIVEN)
    return f"{surname} {given}" if rng.random() < 0.5 else f"{given} {surname}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _time(rng: random.Random) -> str:
    return f"{rng.randrange(7, 22):02d}:{rng.randrange(60):02d}"


def en_mentions(rng: random.Random) -> list[Part]:
    return rng.choice(
        [
            ["hey @", ("PERSON", rng.choice(GIVEN)), " can you pick up the callback for ",
             ("PERSON", _name(rng)), "? she's on ", ("PHONE_NUMBER", f"07{_digits(rng, 3)} {_digits(rng, 6)}"),
             " until 4"],
            ["Closing this one. Looping in @", ("PERSON", _name(rng)), " for the refund and cc @",
             ("PERSON", rng.choice(GIVEN)), "."],
            ["@", ("PERSON", rng.choice(GIVEN)), " @", ("PERSON", rng.choice(GIVEN)),
             " who has the key for the night safe today?"],
        ]
    )  # fmt: skip


def en_handles(rng: random.Random) -> list[Part]:
    return [
        f"{rng.choice(GROUP_HANDLES)} reminder: the branch closes at 3 on Friday for training. "
        f"{rng.choice(GROUP_HANDLES)} will post the rota."
    ]


def en_chat_export(rng: random.Random) -> list[Part]:
    first, second = rng.choice(GIVEN), _name(rng)
    return [
        f"[{_time(rng)}] ", ("PERSON", first), ": anyone free to second-check a payment?\n",
        f"[{_time(rng)}] ", ("PERSON", second), ": on it, send me the case number\n",
        f"[{_time(rng)}] ", ("PERSON", first), ": CASE-", _digits(rng, 6),
    ]  # fmt: skip


def en_bot_handover(rng: random.Random) -> list[Part]:
    bot = rng.choice(BOT_NAMES)
    return [
        f"{bot} (virtual assistant): I can help with cards, payments and statements.\n"
        "Customer: speak to a person\n",
        f"{bot} (virtual assistant): Connecting you now.\nAdviser ",
        ("PERSON", rng.choice(GIVEN)),
        " has joined the conversation.\nCustomer: hi, my name is ",
        ("PERSON", _name(rng)),
        " and I need a new PIN",
    ]


def en_bot_only(rng: random.Random) -> list[Part]:
    bot = rng.choice(BOT_NAMES)
    return [
        f"Hi, I'm {bot}, the bank's digital assistant. Ask me about lost cards or fees. "
        "Type 'menu' to start again."
    ]


def en_thanks(rng: random.Random) -> list[Part]:
    return [
        "shift swap sorted for Saturday, cheers ",
        ("PERSON", rng.choice(GIVEN)),
        "! I'll cover your Tuesday instead",
    ]


def en_payroll(rng: random.Random) -> list[Part]:
    parts: list[Part] = [f"Wages, {rng.choice(SURNAMES)} {rng.choice(TRADES)}, week 32: "]
    for i in range(3):
        parts += [
            ("PERSON", _pinyin(rng) if i != 1 else _name(rng)),
            f" £{rng.randrange(200, 900)}.{_digits(rng, 2)} to ",
            ("BANK_ACCOUNT", _digits(rng, 8)),
            "; " if i < 2 else ".",
        ]
    return parts


def en_transfer_pinyin(rng: random.Random) -> list[Part]:
    return [
        "Customer sent £", str(rng.randrange(50, 3000)), " to ", ("PERSON", _pinyin(rng)),
        " by mistake, meant for ", ("PERSON", _pinyin(rng)), ". Recall raised.",
    ]  # fmt: skip


def en_sole_trader(rng: random.Random) -> list[Part]:
    owner = _name(rng)
    firm = f"{rng.choice('ABDFHLNRTW')}. {rng.choice(SURNAMES)} {rng.choice(TRADES)}"
    return [f"{firm} is run by ", ("PERSON", owner), ", who asked to add a second card reader."]


def en_firm_only(rng: random.Random) -> list[Part]:
    firm = f"{rng.choice('ABDFHLNRTW')}. {rng.choice(SURNAMES)} {rng.choice(TRADES)}"
    other = f"{rng.choice(SURNAMES)} {rng.choice(TRADES)}"
    return [
        rng.choice(
            [
                f"{firm} (sole trader) queried the merchant fees on the March statement.",
                f"Direct debit to {other} bounced twice; {firm} asked us to re-present it.",
                f"Invoice from {other} approved for payment on the 28th.",
            ]
        )
    ]


def en_body_initials(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            [
                f"Dear {rng.choice(BODIES)}, please find our final response attached.",
                f"We received a letter on behalf of {rng.choice(BODIES)} about the complaint.",
            ]
        )
    ]


def en_relation_only(rng: random.Random) -> list[Part]:
    word = rng.choice(["Daughter", "Son", "Nan", "Grandson"])
    return [f"{word} rang about the standing order again; no change needed, closed."]


def zh_carer(rng: random.Random) -> list[Part]:
    names = ZH_NAMES if rng.random() < 0.7 else ZH_TRAD_NAMES
    return rng.choice(
        [
            ["监护人", ("PERSON", rng.choice(names)), "为孩子", ("PERSON", rng.choice(ZH_NAMES)),
             "开立少儿账户，联系电话", ("PHONE_NUMBER", f"13{_digits(rng, 9)}"), "。"],
            ["独居老人", ("PERSON", rng.choice(names)), "来不了网点，儿媳", ("PERSON", rng.choice(ZH_NAMES)),
             "带着委托书代办挂失。"],
            ["家长", ("PERSON", rng.choice(names)), "来电说孩子的卡被吞了，已登记。"],
        ]
    )  # fmt: skip


def zh_agent(rng: random.Random) -> list[Part]:
    names = ZH_NAMES if rng.random() < 0.6 else ZH_TRAD_NAMES
    return [
        "智能助手：请问还有什么可以帮您？\n用户：人工\n人工客服",
        ("PERSON", rng.choice(names)),
        "为您服务，请问您要办理什么业务？",
    ]


def zh_handover(rng: random.Random) -> list[Part]:
    return [
        "交接班：\n一、", ("PERSON", rng.choice(ZH_FAMILIAR)), "收了客户", ("PERSON", rng.choice(ZH_NAMES)),
        "的挂失申请，待复核\n二、ATM加钞已完成\n交班 ", ("PERSON", rng.choice(ZH_NAMES)),
        " 接班 ", ("PERSON", rng.choice(ZH_NAMES)),
    ]  # fmt: skip


def zh_wrong_payee(rng: random.Random) -> list[Part]:
    return [
        "来电登记：", ("PERSON", rng.choice(ZH_FAMILIAR)), "把", str(rng.randrange(500, 9000)),
        "元转给了", ("PERSON", rng.choice(ZH_NAMES)), "（尾号", _digits(rng, 4), "），原本要转给",
        ("PERSON", rng.choice(ZH_NAMES)), "。",
    ]  # fmt: skip


def zh_pinyin_staff(rng: random.Random) -> list[Part]:
    return ["【企业微信】今天的晨会改到10点，有问题找", ("PERSON", _pinyin(rng)), "。"]


def zh_shop(rng: random.Random) -> list[Part]:
    shop = rng.choice(ZH_SHOPS)
    return [
        rng.choice(
            [
                f"个体户“{shop}”申请开通收款码，营业执照已核验。",
                f"{shop}本月POS流水已对账，无异常。",
                f"{shop}的对公结算账户年检已完成。",
            ]
        )
    ]


def zh_should(rng: random.Random) -> list[Part]:
    return ["收款人应该是对公账户，不能转个人卡，请客户核对后再操作。"]


def zh_bot_only(rng: random.Random) -> list[Part]:
    return ["智能助手：您好，我是小智，请用一句话描述您的问题。回复“人工”转接客服。"]


EN_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    en_mentions,
    en_handles,
    en_chat_export,
    en_bot_handover,
    en_bot_only,
    en_thanks,
    en_payroll,
    en_transfer_pinyin,
    en_sole_trader,
    en_firm_only,
    en_body_initials,
    en_relation_only,
)
ZH_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    zh_carer,
    zh_agent,
    zh_handover,
    zh_wrong_payee,
    zh_pinyin_staff,
    zh_shop,
    zh_should,
    zh_bot_only,
)


def _assemble(parts: list[Part], lang: str) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            label, value = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return {"text": text, "spans": spans, "lang": lang}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records drawn with ``seed``: two English to one Chinese, each language's
    templates about equally often."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        lang, templates = ("zh", ZH_TEMPLATES) if i % 3 == 2 else ("en", EN_TEMPLATES)
        records.append(_assemble(rng.choice(templates)(rng), lang))
    return records


if __name__ == "__main__":
    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5, 1):
        print(record)
