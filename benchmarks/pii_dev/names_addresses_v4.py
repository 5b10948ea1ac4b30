"""Dev set: names and addresses by *kind*, in both languages, each kind beside PII-free
look-alikes (issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/names_addresses_v4.py 5   # print five records

English kinds with personal data: lower-case names in hurried chat after a holder, beneficiary
or "on behalf of" cue (typos included), after "its" / "this is" and a relative; a lower-case
titled surname (``mr. okonjo``); European and Malaysian honorifics (``Herr Vogt``,
``Madame Roux``, ``Encik Rahim``); names joined by ``dela`` or the Irish ``Ó``; addresses with
the number before a street word written first (``9 rue des Acacias, 31000 Toulouse``, ``4
Bóthar na Mara, …``), Dutch house-number suffixes and postcodes, Indian house letters with a
six-digit PIN, Hong Kong flat/floor/block lines. Look-alikes: merchants (``merchant: Grab``), an
amount, a merchant and a date (``PHP 2,450 Lazada 12 Mar 2026``), products after ``ms``
(``ms word``), "account holder is away", a sentence that starts "its been".

Chinese kinds: names joined by a middle dot and names written by sound without it (after a
role, a relative or 客户), a compound surname with a title (欧阳经理, 歐陽先生), 小王 / 老李,
Cantonese 生 / 太, a holder in brackets after a card number, a clause opening with a name
before 的电话 or 嚟. Look-alikes: 小时, 小区, 老板, 小于, 卫生间, 东方明珠, 黄金的价格, a product
in brackets after a card's last four digits (尾号…（储蓄卡）), 客户来电.

Records: ``{"text", "spans": [{"start", "end", "label"}], "lang"}``. The wording is this
module's own.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]

EN_GIVEN = ["tomasz", "adaeze", "kiri", "wilhelm", "nadia", "oisin", "farah", "joaquin", "mei"]
EN_SURNAME = ["kowalczyk", "nwosu", "haddad", "lindqvist", "okonjo", "brennan", "salazar"]
TYPO_SURNAME = ["brenann", "kowalcyzk", "nwsou", "haddda", "salzaar"]
HONORIFIC = [("Herr", "Vogt"), ("Madame", "Roux"), ("Encik", "Rahim"), ("Frau", "Berger")]
HONORIFIC += [("Monsieur", "Lambert"), ("Puan", "Zaleha"), ("Shri", "Iyengar")]
PARTICLED = ["Jocelyn dela Paz", "Marites dela Torre", "Ciarán Ó Dálaigh", "Saoirse Ó Ceallaigh"]
RELATIVES = ["daughter", "son", "mother", "husband", "grandmother"]
FR_STREETS = [("9", "rue des Acacias", "31000 Toulouse"), ("27", "allée du Moulin", "44000 Nantes")]
FR_STREETS += [("5", "avenue de la Gare", "1003 Lausanne"), ("14", "rue Lepic", "75018 Paris")]
IE_STREETS = ["4 Bóthar na Mara, Renmore, Galway H91 X3P2", "11 Sráid an Mhuilinn, Tralee"]
NL_STREETS = ["Herengracht 310-II, 1016 CE Amsterdam", "Oudegracht 88-a, 3511 AV Utrecht"]
IN_ADDRESSES = ["D-9, Vasant Vihar, New Delhi 110057", "K-214, Sector Market, Noida 201301"]
HK_ADDRESSES = ["Flat C, 8/F, Block 2, Kornhill Gardens, Quarry Bay", "Rm 5, 19/F, Harbour Mansion"]
MERCHANTS = ["Grab", "Lazada", "Shopee", "Zalora", "Swiggy", "Jumia", "Takealot"]
CURRENCIES = ["PHP", "INR", "SGD", "ZAR", "MYR", "EUR"]
MONTHS = ["Jan", "Mar", "Jun", "Sep", "Nov", "February", "August"]

ZH_DOTTED = ["努尔江·吐尔逊", "古丽米拉·艾买提", "扎西·多吉", "阿依努尔·卡德尔", "巴图·孟和"]
ZH_SOUND = ["洛桑次旦", "多吉卓玛", "阿迪力", "巴雅尔"]
ZH_NAMES = ["郑雨涵", "冯子骞", "蒋欣怡", "陆嘉豪", "邵文静", "贺俊熙", "廖诗琪"]
ZH_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "歐陽", "東方"]
ZH_TITLES = ["经理", "老师", "律师", "先生", "医生", "太太"]
ZH_FAMILIAR = ["小王", "老李", "小陈", "老周", "小黄", "老郭", "小何"]
ZH_ROLES = ["财务", "出纳", "侄子", "外甥女", "会计"]


def _person(value: str) -> Part:
    return ("PERSON", value)


def _address(value: str) -> Part:
    return ("ADDRESS", value)


def _card(rng: random.Random) -> str:
    return "6217 " + " ".join(f"{rng.randrange(10000):04d}" for _ in range(3))


def en_holder_chat(rng: random.Random) -> list[Part]:
    name = f"{rng.choice(EN_GIVEN)} {rng.choice(EN_SURNAME + TYPO_SURNAME)}"
    cue = rng.choice(["cardholder", "account holder", "beneficiary:", "on behalf of my uncle"])
    return [f"pls help, {rng.choice(['txn', 'payment'])} failed.. {cue} ", _person(name), " thx"]


def en_self_and_relative(rng: random.Random) -> list[Part]:
    name = f"{rng.choice(['liam', 'grace', 'daniel', 'sarah'])} {rng.choice(EN_SURNAME)}"
    if rng.random() < 0.5:
        return ["hi its ", _person(name), " again, card still not here"]
    return [f"my {rng.choice(RELATIVES)} ", _person(name), " needs a debit card too"]


def en_lower_titled(rng: random.Random) -> list[Part]:
    surname = rng.choice(["brennan", "salazar", "lindqvist", "okonjo"])
    title = rng.choice(["mr.", "ms.", "mrs.", "dr."])
    return ["spoke to ", _person(f"{title} {surname}"), " at the branch and still no reply"]


def en_honorific(rng: random.Random) -> list[Part]:
    title, surname = rng.choice(HONORIFIC)
    return ["The mandate was countersigned by ", _person(f"{title} {surname}"), " last week."]


def en_particled(rng: random.Random) -> list[Part]:
    return ["Please add payee ", _person(rng.choice(PARTICLED)), " to my saved list."]


def en_regional_address(rng: random.Random) -> list[Part]:
    kind = rng.randrange(5)
    if kind == 0:
        number, street, town = rng.choice(FR_STREETS)
        return ["Kindly post the cheque book to ", _address(f"{number} {street}, {town}"), "."]
    if kind == 1:
        return ["Deliver to ", _address(rng.choice(IE_STREETS)), " please"]
    if kind == 2:
        return ["Debtor address: ", _address(rng.choice(NL_STREETS)), "\nMandate type: recurring"]
    if kind == 3:
        return ["Correspondence address: ", _address(rng.choice(IN_ADDRESSES)), "."]
    return ["I have lived at ", _address(rng.choice(HK_ADDRESSES)), " since 2015."]


def en_lookalikes(rng: random.Random) -> list[Part]:
    amount = f"{rng.randrange(1, 90)},{rng.randrange(1000):03d}"
    date = f"{rng.randrange(1, 28)} {rng.choice(MONTHS)} 2026"
    return [
        rng.choice(
            [
                f"unauthorised txn {rng.choice(CURRENCIES)} {amount} {rng.choice(MERCHANTS)} "
                f"{date} pls reverse",
                f"merchant: {rng.choice(MERCHANTS)}\namount: {amount}.00",
                f"hello .. merchant {rng.choice(MERCHANTS)} charged twice",
                "ms word keeps crashing when i open the statement",
                "account holder is away this week, can the joint holder sign?",
                "its been three weeks and no refund lah",
                "dr appointment tomorrow so cant come to the branch",
                f"Amount: {rng.choice(CURRENCIES)} {amount}.50 Next review {date}.",
            ]
        )
    ]


def zh_dotted_and_sound(rng: random.Random) -> list[Part]:
    if rng.random() < 0.6:
        role = rng.choice(ZH_ROLES)
        return [f"你好，我们公司{role}", _person(rng.choice(ZH_DOTTED)), "负责对账，麻烦联系。"]
    return ["客户", _person(rng.choice(ZH_SOUND)), "到柜台办理挂失，证件已核对。"]


def zh_compound_titled(rng: random.Random) -> list[Part]:
    name = rng.choice(ZH_COMPOUND) + rng.choice(ZH_TITLES)
    return [rng.choice(["资料已转交", "请联系", "此事由"]), _person(name), "跟进，谢谢。"]


def zh_familiar(rng: random.Random) -> list[Part]:
    name = rng.choice(ZH_FAMILIAR)
    return rng.choice(
        [
            ["客服：请问", _person(name), "是您的同事吗？"],
            ["有事搵", _person(name), "，唔该晒"],
            ["卡是", _person(name), "帮我办的"],
        ]
    )


def zh_cantonese_and_clause(rng: random.Random) -> list[Part]:
    surname = rng.choice("陈黄李郑何")
    if rng.random() < 0.5:
        return ["搵", _person(surname + rng.choice("生太")), "！电话打唔通"]
    name = rng.choice(ZH_NAMES)
    return [_person(name), rng.choice(["的电话换了，", "嚟緊會去分行，"]), "麻烦更新一下"]


def zh_bracketed_holder(rng: random.Random) -> list[Part]:
    return [f"工资卡{_card(rng)}（", _person(rng.choice(ZH_NAMES)), "）已经销户了吗"]


def zh_lookalikes(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            [
                "小时候开的存折现在还能用吗",
                "这个小区附近的网点几点开门？",
                "老板说下周再付款，先不用催",
                "金额小于5000元不需要短信验证",
                "请问卫生间在哪里",
                "东方明珠附近有没有自助银行",
                "黄金的价格今天又涨了",
                f"尾号{rng.randrange(10000):04d}（储蓄卡）需要激活吗",
                "客户来电咨询理财产品，已解答",
                "本人已阅读并同意以上条款",
            ]
        )
    ]


EN_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    en_holder_chat,
    en_self_and_relative,
    en_lower_titled,
    en_honorific,
    en_particled,
    en_regional_address,
    en_lookalikes,
    en_lookalikes,
)
ZH_TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    zh_dotted_and_sound,
    zh_compound_titled,
    zh_familiar,
    zh_cantonese_and_clause,
    zh_bracketed_holder,
    zh_lookalikes,
    zh_lookalikes,
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
    """``n`` records drawn with ``seed``: English and Chinese alternately, each language's
    templates about equally often (look-alikes twice as often)."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        lang, templates = ("en", EN_TEMPLATES) if i % 2 == 0 else ("zh", ZH_TEMPLATES)
        records.append(_assemble(rng.choice(templates)(rng), lang))
    return records


if __name__ == "__main__":
    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5, 1):
        print(record)
