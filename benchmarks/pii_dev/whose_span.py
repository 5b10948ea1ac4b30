"""Dev set: spans shaped like personal data whose owner decides whether they are, in English and
Chinese.

    PYTHONPATH=. python benchmarks/pii_dev/whose_span.py [--n 600] [--seed 7] [--show-misses]

The same shapes appear as a private person's and as someone else's, so a rule (or the learned
``steward.data.pii.ownership`` filter) that silences the second kind is seen to keep the first:

- addresses: a bank branch's, a sorting depot's, a firm's head office, a shop's, a developer's
  sales office, a returns unit's (``our Harbour Road office``, ``对公业务``, ``营业网点``,
  ``售楼处``, ``门市部``) beside a customer's home or delivery address in the same layouts;
- people: public figures and firms named after people (a scientist in a documentary, a
  billionaire in a complaint, ``Sainsbury's``) beside a private person's name; the bank's own
  name as the speaker of a chat export;
- dates: the day an account was opened, an appointment, an ID card's issue date (``开户日期``,
  ``签发日期``, "booked for") beside a date of birth;
- numbers: a property certificate's number (``不动产权第…号``), shaped like a street number;
- mailboxes: a shared team inbox (``joint.accounts@``, ``mortgages.team@``, ``duizhang@``)
  beside a person's own.

A dev set: written to tune on (see ``benchmarks/pii_dev/__init__.py``); its wording is this
module's own. Run as a script, it prints P/R/F1 per label and the share of PII-free messages
flagged, per language.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]
Template = Callable[[random.Random], list[Part]]

DEFAULT_N = 600
DEFAULT_SEED = 7
POSITIVE_SHARE = 0.45
LABELS = ("ADDRESS", "PERSON", "DATE_OF_BIRTH", "EMAIL_ADDRESS")

# -- English ------------------------------------------------------------------------------------
EN_STREETS = (
    "Harbour Road",
    "Mill Lane",
    "Wellington Street",
    "Cedar Avenue",
    "Kingsway",
    "Elm Grove",
    "Station Road",
    "Bridge Street",
    "Marine Parade",
    "Orchard Close",
)
EN_TOWNS = (
    ("Leeds", "LS1 4DT"),
    ("Bristol", "BS1 5TR"),
    ("Perth WA", "6000"),
    ("Toronto ON", "M5V 2T6"),
    ("Cork", "T12 X8N4"),
    ("Auckland", "1010"),
    ("Glasgow", "G2 1DY"),
    ("Brisbane QLD", "4000"),
)
EN_GIVEN = ("Harriet", "Tomasz", "Aisling", "Devika", "Marcus", "Yuki", "Folake", "Bram")
EN_FAMILY = ("Whitcombe", "Nowak", "Gallagher", "Raman", "Ferreira", "Tanaka", "Adeyemi", "Visser")
EN_PUBLIC = (
    "Elon Musk",
    "Taylor Swift",
    "Warren Buffett",
    "Marie Curie",
    "David Attenborough",
    "Jeff Bezos",
    "Serena Williams",
)
EN_PERSON_FIRMS = ("Sainsbury's", "McDonald's", "Morgan Stanley", "Goldman Sachs", "Ferrari")
EN_BANK = ("Steward Bank", "Steward", "Harbour Bank", "Northgate Building Society")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me")
EN_TEAMS = (
    "joint.accounts",
    "mortgages.team",
    "business.banking",
    "card.operations",
    "branch.enquiries",
    "savings.desk",
)


def _street(rng: random.Random) -> str:
    town, post = rng.choice(EN_TOWNS)
    return f"{rng.randint(1, 480)} {rng.choice(EN_STREETS)}, {town} {post}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(EN_GIVEN)} {rng.choice(EN_FAMILY)}"


def _date(rng: random.Random, year: int) -> str:
    day, month = rng.randint(1, 28), rng.choice(EN_MONTHS)
    return rng.choice((f"{day} {month} {year}", f"{month} {day}, {year}"))


# Frames: the same openings and closings around both kinds, so that only the owner's words
# tell a personal span from another one.
EN_OPENINGS = (
    "",
    "Hi, ",
    "Quick one: ",
    "Re: card delivery. ",
    "Update - ",
    "FYI ",
    "Hello team, ",
    "Sorry to chase, ",
    "Note from the call: ",
    "As discussed, ",
)
EN_CLOSINGS = (
    "",
    ".",
    ", thanks.",
    ". Is that right?",
    " - please confirm.",
    ". Ref 4471.",
    ".\nSent from my phone",
    ". Cheers",
    " (see attached).",
    "!",
)
EN_UNITS = (
    "branch",
    "head office",
    "HQ",
    "registered office",
    "card depot",
    "sorting centre",
    "returns unit",
    "business centre",
    "service centre",
    "regional office",
    "mortgage centre",
    "contact centre",
)
EN_FIRMS = (
    "bakery",
    "shop",
    "store",
    "warehouse",
    "clinic",
    "salon",
    "cafe",
    "showroom",
    "workshop",
    "studio",
)
EN_KIN = ("mum", "dad", "son", "daughter", "partner", "husband", "wife", "gran", "brother")


def _en_business_address(r: random.Random) -> list[Part]:
    bank, unit = r.choice(EN_BANK), r.choice(EN_UNITS)
    lead = r.choice(
        (
            f"the {r.choice(EN_STREETS)} {unit} has moved to ",
            f"our {unit} is at ",
            f"the nearest {unit} is ",
            f"post it to the {unit}, ",
            f"{bank} {unit.title()}, ",
            f"RETURN TO: {bank}, {unit.title()}\n",
            f"SHIP TO: {bank} {unit.title()}\n",
            f"{unit} address: ",
            f"visit our new {unit} at ",
            f"my {r.choice(EN_FIRMS)}'s trading address is ",
            f"the {r.choice(EN_FIRMS)} I run is at ",
            f"the company's {unit} is ",
            f"{bank} ({unit}), ",
        )
    )
    if r.random() < 0.2:
        return [f"FROM: {bank} {unit.title()}, ", f"PO Box {r.randint(100, 9999)}\nWEIGHT 0.2kg"]
    return [lead, _street(r)]


def _en_private_address(r: random.Random) -> list[Part]:
    lead = r.choice(
        (
            "my home address is ",
            "I live at ",
            "deliver to me at ",
            "please send the card to my flat, ",
            f"my {r.choice(EN_KIN)} lives at ",
            "we moved house to ",
            "our new home is ",
            "residential address: ",
            f"SHIP TO: {_person(r)}\n",
            "send the statement to my place at ",
            "post it to my house, ",
            "the address on my account should be ",
            "the new address is ",
            "I've moved; the correct address is ",
            "it is now ",
        )
    )
    return [lead, (_street(r), "ADDRESS")]


def _en_public_person(r: random.Random) -> list[Part]:
    who = r.choice(EN_PUBLIC)
    return [
        r.choice(
            (
                f"watched a documentary about {who} while on hold",
                f"even {who} would give up on this queue",
                f"not even {who} has this much paperwork",
                f"I read {who}'s biography waiting for you",
                f"your advert with {who} is everywhere",
                f"paid {r.choice(EN_PERSON_FIRMS)} twice for one order",
                f"the card was declined at {r.choice(EN_PERSON_FIRMS)}",
            )
        )
    ]


def _en_private_person(r: random.Random) -> list[Part]:
    who: Part = (_person(r), "PERSON")
    options: tuple[list[Part], ...] = (
        ["my ", r.choice(EN_KIN), " ", who, " would give up on this queue"],
        ["I'm ", who, " and I have been on hold"],
        ["the account holder is ", who],
        ["ask for ", who, ", my ", r.choice(EN_KIN)],
        ["paid ", who, " twice for one order"],
    )
    return r.choice(options)


def _en_speaker(r: random.Random, bank: bool) -> list[Part]:
    when = f"[{r.randint(8, 20)}:{r.randint(10, 59)}] "
    customer = ("my card got swallowed", "hello?? anyone", "need to change my number")
    if bank:
        return [
            when,
            r.choice(EN_BANK),
            ": ",
            r.choice(("Hi! How can we help?", "Thanks, one moment.", "Sorry about that.")),
            "\n",
            when,
            "Me: ",
            r.choice(customer),
        ]
    return [
        when,
        (_person(r), "PERSON"),
        ": ",
        r.choice(customer),
        "\n",
        when,
        r.choice(EN_BANK),
        ": ",
        "Thanks, one moment.",
    ]


def _en_other_date(r: random.Random) -> list[Part]:
    date = _date(r, r.randint(2012, 2026))
    return [
        r.choice(
            (
                f"account opened {date}",
                f"appointment booked for {date}",
                f"passport issued {date}",
                f"the visit on {date} went fine",
                f"licence valid from {date}",
                f"we spoke on {date}",
            )
        )
        + r.choice(("", "; the check still fails", ", verification failed"))
    ]


def _en_birth_date(r: random.Random) -> list[Part]:
    lead = r.choice(("date of birth ", "DOB: ", "I was born on ", "born ", "my birthday is "))
    date = (_date(r, r.randint(1945, 2004)), "DATE_OF_BIRTH")
    return [lead, date, r.choice(("", "; the check still fails", ", verification failed"))]


def _en_role_mail(r: random.Random) -> list[Part]:
    domain = r.choice(("stewardbank.example", "harbourbank.example", "northgate.example"))
    return [
        r.choice(("write to ", "questions: ", "cc ", "forwarded to ", "the team inbox is ")),
        f"{r.choice(EN_TEAMS)}@{domain}",
    ]


def _en_personal_mail(r: random.Random) -> list[Part]:
    local = f"{r.choice(EN_GIVEN).lower()}{r.choice(('.', '_', ''))}{r.choice(EN_FAMILY).lower()}"
    local += r.choice(("", str(r.randint(1, 99))))
    return [
        r.choice(("write to ", "reply to me at ", "cc ", "my email is ")),
        (f"{local}@{r.choice(EN_FREE_MAIL)}", "EMAIL_ADDRESS"),
    ]


def _framed(body: Callable[[random.Random], list[Part]]) -> Template:
    def template(r: random.Random) -> list[Part]:
        return [r.choice(EN_OPENINGS), *body(r), r.choice(EN_CLOSINGS)]

    return template


def _en_negatives() -> list[Template]:
    return [
        _framed(_en_business_address),
        _framed(_en_business_address),
        _framed(_en_public_person),
        _framed(lambda r: _en_speaker(r, bank=True)),
        _framed(_en_other_date),
        _framed(_en_role_mail),
    ]


def _en_positives() -> list[Template]:
    return [
        _framed(_en_private_address),
        _framed(_en_private_person),
        _framed(lambda r: _en_speaker(r, bank=False)),
        _framed(_en_birth_date),
        _framed(_en_personal_mail),
    ]


# -- Chinese ------------------------------------------------------------------------------------
ZH_CITIES = ("杭州市西湖区", "武汉市洪山区", "成都市锦江区", "南京市鼓楼区", "济南市历下区", "")
ZH_ROADS = ("解放路", "建设路", "文化路", "青年路", "胜利街", "和平大道", "滨江路", "人民路")
ZH_TOWNS = ("柳林镇", "白沙镇", "石桥镇", "新集镇")
ZH_SURNAMES = ("赵", "钱", "孙", "周", "吴", "郑", "冯", "陈")
ZH_GIVEN = ("晓梅", "建华", "雨桐", "志强", "海燕", "子轩", "桂芳", "明远")
ZH_PUBLIC = ("袁隆平", "屠呦呦", "鲁迅", "姚明", "莫言", "钱学森", "李白", "雷军")
ZH_PERSON_FIRMS = ("李宁", "周大福", "老干妈", "王老吉")
ZH_BANKS = ("Steward银行", "某农商行", "本行", "信用社")
ZH_UNITS = (
    "网点",
    "营业厅",
    "营业部",
    "支行",
    "对公业务部",
    "售楼处",
    "门店",
    "服务点",
    "仓库",
    "分拣中心",
    "总部",
    "办事处",
)
ZH_TEAMS = ("duizhang", "kehufuwu", "gongsi.yewu", "xinyongka.zhongxin")
ZH_KIN = ("我妈", "我爸", "我儿子", "我女儿", "我老公", "我爱人", "我奶奶")
ZH_OPENINGS = ("", "你好，", "麻烦问一下，", "补充一下：", "客服你好，", "急！", "【转发】")
ZH_CLOSINGS = ("", "。", "，谢谢。", "，对吗？", "，麻烦尽快。", "。工单号58213。", "！")


def _zh_addr(rng: random.Random) -> str:
    place = rng.choice(ZH_CITIES) or rng.choice(ZH_TOWNS)
    return f"{place}{rng.choice(ZH_ROADS)}{rng.randint(2, 399)}号" + rng.choice(("", "一楼", "3栋"))


def _zh_date(rng: random.Random, year: int) -> str:
    return f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def _zh_business_address(r: random.Random) -> list[Part]:
    unit = r.choice(ZH_UNITS)
    lead = r.choice(
        (
            f"{r.choice(ZH_BANKS)}{unit}搬到",
            f"{unit}地址在",
            f"最近的{unit}在",
            f"收件单位：{r.choice(ZH_BANKS)}{unit}，地址：",
            f"我们{unit}位于",
            f"寄回{unit}：",
            f"临时{unit}设在",
            f"公司{unit}在",
        )
    )
    return [lead, _zh_addr(r), r.choice(("", "（对公业务）", "，营业时间不变"))]


def _zh_private_address(r: random.Random) -> list[Part]:
    lead = r.choice(
        (
            "我家住",
            "我家地址改成",
            "收货地址：",
            f"{r.choice(ZH_KIN)}住在",
            "新卡寄到我家：",
            "家庭住址：",
            "我搬到",
            f"收件人：{r.choice(ZH_SURNAMES)}{r.choice(ZH_GIVEN)}，地址：",
        )
    )
    return [lead, (_zh_addr(r), "ADDRESS")]


def _zh_certificate(r: random.Random) -> list[Part]:
    """A property certificate's number, shaped like a district's street number."""
    district = r.choice(("海淀区", "江北区", "天河区", "雁塔区", "历城区"))
    year, serial = r.randint(2015, 2025), r.randint(1, 9999999)
    number = f"{r.choice('京沪粤渝陕鲁')}({year}){district}不动产权第{serial:07d}号"
    return [r.choice(("证书编号：", "不动产权证号", "产权证号码：")), number]


def _zh_property(r: random.Random) -> list[Part]:
    return [
        f"不动产权证书 {_zh_certificate(r)[1]}\n权利人：（略）\n坐落：",
        (_zh_addr(r), "ADDRESS"),
    ]


def _zh_public_person(r: random.Random) -> list[Part]:
    return [
        r.choice(
            (
                f"排队时看完了{r.choice(ZH_PUBLIC)}的纪录片",
                f"{r.choice(ZH_PUBLIC)}来了也得排号",
                f"在{r.choice(ZH_PERSON_FIRMS)}专卖店被扣了两次款",
                f"读了{r.choice(ZH_PUBLIC)}的传记",
            )
        )
    ]


def _zh_private_person(r: random.Random) -> list[Part]:
    who: Part = (r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN), "PERSON")
    options: tuple[list[Part], ...] = (
        ["我叫", who, "，排了两小时号"],
        [r.choice(ZH_KIN), who, "来了也得排号"],
        ["户主", who, "的卡被吞了"],
        ["转账给", who, "被扣了两次款"],
    )
    return r.choice(options)


def _zh_speaker(r: random.Random, bank: bool) -> list[Part]:
    if bank:
        return [r.choice(ZH_BANKS), "：您好，请问有什么可以帮您？\n我：卡被吞了"]
    return [
        (r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN), "PERSON"),
        "：卡被吞了\n",
        r.choice(ZH_BANKS),
        "：您好，请稍等",
    ]


def _zh_other_date(r: random.Random) -> list[Part]:
    date = _zh_date(r, r.randint(2012, 2026))
    cue = r.choice(
        ("开户日期", "签发日期", "预约", "办理日期", "证件有效期至", "面签时间", "上次来网点是")
    )
    return [f"{cue}{date}" + r.choice(("", "，系统提示信息不符", "，核验失败"))]


def _zh_birth_date(r: random.Random) -> list[Part]:
    lead = r.choice(("出生日期", "出生日期：", "生日是", "我是", "出生于"))
    date = (_zh_date(r, r.randint(1950, 2004)), "DATE_OF_BIRTH")
    return [
        lead,
        date,
        "出生的" if lead == "我是" else r.choice(("", "，系统提示信息不符", "，核验失败")),
    ]


def _zh_role_mail(r: random.Random) -> list[Part]:
    return [
        r.choice(("请发邮件到", "部门公共邮箱：", "抄送")),
        f"{r.choice(ZH_TEAMS)}@stewardbank.example",
    ]


def _zh_personal_mail(r: random.Random) -> list[Part]:
    local = r.choice(("xiaomei", "jianhua", "zhiqiang", "yutong")) + str(r.randint(10, 99))
    return [
        r.choice(("我的邮箱是", "回复发到", "抄送")),
        (f"{local}@{r.choice(('qq.com', '163.com', '126.com'))}", "EMAIL_ADDRESS"),
    ]


def _zh_framed(body: Callable[[random.Random], list[Part]]) -> Template:
    def template(r: random.Random) -> list[Part]:
        return [r.choice(ZH_OPENINGS), *body(r), r.choice(ZH_CLOSINGS)]

    return template


def _zh_negatives() -> list[Template]:
    return [
        _zh_framed(_zh_business_address),
        _zh_framed(_zh_business_address),
        _zh_framed(_zh_public_person),
        _zh_framed(lambda r: _zh_speaker(r, bank=True)),
        _zh_framed(_zh_other_date),
        _zh_framed(_zh_role_mail),
        _zh_framed(_zh_certificate),
    ]


def _zh_positives() -> list[Template]:
    return [
        _zh_framed(_zh_private_address),
        _zh_framed(_zh_private_person),
        _zh_framed(lambda r: _zh_speaker(r, bank=False)),
        _zh_framed(_zh_birth_date),
        _zh_framed(_zh_personal_mail),
        _zh_framed(_zh_property),
    ]


TEMPLATES: dict[str, tuple[list[Template], list[Template]]] = {
    "en": (_en_negatives(), _en_positives()),
    "zh": (_zh_negatives(), _zh_positives()),
}


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
    """``n`` records, half English and half Chinese, a little over half PII-free, the same for
    the same seed."""
    rng = random.Random(f"whose_span-{seed}")
    records = []
    for i in range(n):
        lang = ("en", "zh")[i % 2]
        negatives, positives = TEMPLATES[lang]
        pool = positives if rng.random() < POSITIVE_SHARE else negatives
        records.append(_assemble(rng.choice(pool)(rng), lang))
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
    analyzer = Analyzer()
    table: dict[str, Any] = {}
    for lang in ("en", "zh"):
        mine = [row for row in rows if row["lang"] == lang]
        gold = [
            [(int(s["start"]), int(s["end"]), str(s["label"])) for s in r["spans"]] for r in mine
        ]
        found = analyzer.analyze_batch([str(r["text"]) for r in mine])
        pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
        table[lang] = score(gold, pred, set(LABELS))
        negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
        table[lang]["pii_free_flagged"] = {
            "share": round(sum(map(bool, negatives)) / max(1, len(negatives)), 4),
            "messages": len(negatives),
        }
        if args.show_misses:
            for row, g, p in zip(mine, gold, pred, strict=True):
                if sorted(g) != sorted(p):
                    text = row["text"]
                    print("---", text.replace("\n", " | "))
                    print(
                        "   gold:",
                        [text[s:e] for s, e, _ in g],
                        "found:",
                        [(text[s:e], lab) for s, e, lab in p],
                    )
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
