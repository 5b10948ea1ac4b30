# ruff: noqa: E501
# (the message templates are prose and are read, and reviewed, one sentence per line)
"""Seventh independent bilingual PII evaluation set: a bank's English and Chinese traffic.

Authoring rule: written blind, by a writer who opened neither the PII engine, its resources, the
dev generators nor any earlier independent set. It is measured, never tuned on: no rule,
lexicon, cue or threshold may be changed after looking at its figures or its misses.

Genres (English): app-store reviews, social-media DMs, forwarded complaint escalations with
From:/To:/Cc: header blocks, meeting minutes, loan-application free text, chargeback disputes,
travel notifications, cheque descriptions, address-change confirmations, power-of-attorney notes,
bancassurance claims, call-back notes with numbers read aloud. Genres (Chinese): 应用商店评价,
社交平台私信, 投诉升级邮件转发 (发件人/收件人/抄送), 会议纪要, 贷款申请说明, 信用卡争议, 出境报备,
支票说明, 地址变更确认, 授权委托, 保险理赔, 港台星马繁体/简体来信 (民國 years), 回访录音转写.

Span conventions: a span covers the value only (``Mr Ahmed`` / ``王经理``: a titled bare surname
is spanned with its title; a full name after a title is spanned without it); a phone's extension
is inside its span; an address spans its first to its last part, line breaks included; numbers
read aloud keep their spoken form; a UnionPay ``62…`` card of 16–19 digits is a BANK_ACCOUNT
unless a credit-card cue is near. Not PII: hotlines (400…, 0345…, 0800…, 1-800…, 1300…, 955xx),
branch and sort codes, OTPs, last four digits, amounts, reference and case numbers, dates that
are not births, merchant/company/product/place names (also those named after people), greetings
and 先生/女士 without a name. Structured numbers carry valid checksums (Luhn, IBAN mod-97,
GB 11643 check digit for mainland ID numbers, SSN area/group/serial ranges).

About half the messages are English and half Chinese; 30% of each language's messages hold no
personal data at all (hard negatives). ``generate`` is deterministic for a seed.

    PYTHONPATH=. python benchmarks/pii_heldout7/generator.py --stats
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from dataclasses import dataclass

LABELS = (
    "PERSON",
    "ADDRESS",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "DATE_OF_BIRTH",
)

# ----------------------------------------------------------------------------- checksums


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` pass the Luhn test."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        value = int(char)
        if position % 2 == 0:  # these get doubled once the check digit is appended
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def cn_id_check_char(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


def ssn_valid(area: int, group: int, serial: int) -> bool:
    return 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999


# ----------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class P:
    """A value that is personal data, with its label."""

    value: str
    label: str


Value = str | P

_CHOICE = re.compile(r"\(\(([^()]*)\)\)")
_OPTIONAL = re.compile(r"<<(.*?)>>", re.S)
_SLOT = re.compile(r"\{(\w+)\}")


def render(
    rng: random.Random, template: str, values: dict[str, Value]
) -> tuple[str, list[dict[str, int | str]]]:
    """Fill ``template``: ``((a|b))`` picks one, ``<<...>>`` is kept half the time, ``{key}`` is
    replaced by its value; spans are recorded for :class:`P` values."""
    template = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    template = _OPTIONAL.sub(lambda m: m.group(1) if rng.random() < 0.5 else "", template)
    out: list[str] = []
    spans: list[dict[str, int | str]] = []
    length = 0
    cursor = 0
    for match in _SLOT.finditer(template):
        literal = template[cursor : match.start()]
        out.append(literal)
        length += len(literal)
        value = values[match.group(1)]
        if isinstance(value, P):
            spans.append({"start": length, "end": length + len(value.value), "label": value.label})
            text = value.value
        else:
            text = value
        out.append(text)
        length += len(text)
        cursor = match.end()
    out.append(template[cursor:])
    return "".join(out), spans


# ----------------------------------------------------------------------------- numbers


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    parts: list[str] = []
    i = 0
    for size in sizes:
        parts.append(number[i : i + size])
        i += size
    if i < len(number):
        parts.append(number[i:])
    return sep.join(p for p in parts if p)


def card_number(rng: random.Random, brand: str) -> str:
    if brand == "amex":
        payload = rng.choice(["34", "37"]) + _digits(rng, 12)
    elif brand == "mastercard":
        payload = str(rng.randint(51, 55)) + _digits(rng, 13)
    elif brand == "jcb":
        payload = str(rng.randint(3528, 3589)) + _digits(rng, 11)
    elif brand == "unionpay":
        payload = "62" + rng.choice(["2588", "2202", "2848", "1700", "5880"]) + _digits(rng, 9)
    else:
        payload = "4" + _digits(rng, 14)
    return payload + luhn_check_digit(payload)


def format_card(rng: random.Random, number: str) -> str:
    if len(number) == 15:
        return _group(number, (4, 6, 5), rng.choice([" ", "-", " "]))
    sep = rng.choice([" ", " ", "-", ""])
    return _group(number, (4, 4, 4, 4), sep) if sep else number


def unionpay_debit(rng: random.Random) -> str:
    """A 62… debit card number, 16 to 19 digits, Luhn-valid."""
    length = rng.choice([16, 19, 19, 17, 18])
    payload = "62" + rng.choice(["2202", "2848", "1700", "2588", "1226", "1483"])
    payload += _digits(rng, length - 1 - len(payload))
    return payload + luhn_check_digit(payload)


def format_debit(rng: random.Random, number: str) -> str:
    style = rng.random()
    if style < 0.4:
        return number
    if style < 0.8:
        return _group(number, (4, 4, 4, 4), " ")
    return _group(number, (6, 6, 7), " ")


_IBAN_LAYOUTS = {
    "GB": ("bank4", 14),
    "IE": ("bank4", 14),
    "NL": ("bank4", 10),
    "DE": ("", 18),
    "ES": ("", 20),
    "FR": ("", 23),
    "BE": ("", 12),
    "PT": ("", 21),
    "AT": ("", 16),
}
_IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "MIDL", "LOYD"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "INGB", "RABO"],
}


def iban(rng: random.Random, country: str) -> str:
    bank_kind, digits = _IBAN_LAYOUTS[country]
    bban = (rng.choice(_IBAN_BANKS[country]) if bank_kind else "") + _digits(rng, digits)
    return country + iban_check_digits(country, bban) + bban


def format_iban(rng: random.Random, code: str) -> str:
    if rng.random() < 0.65:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code


def ssn(rng: random.Random) -> str:
    while True:
        area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_valid(area, group, serial):
            break
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


_CN_REGIONS = [
    "110105",
    "310115",
    "440305",
    "330106",
    "510107",
    "420106",
    "320102",
    "370202",
    "210203",
    "350203",
    "610113",
    "430104",
    "500103",
    "120101",
    "450103",
]


def cn_id(rng: random.Random, year: int, month: int, day: int) -> str:
    first17 = rng.choice(_CN_REGIONS) + f"{year:04d}{month:02d}{day:02d}" + _digits(rng, 3)
    return first17 + cn_id_check_char(first17)


def format_cn_id(rng: random.Random, number: str) -> str:
    style = rng.random()
    if style < 0.6:
        return number
    if style < 0.85:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    return number[:-1] + number[-1].lower() if number[-1] == "X" else number


_EN_DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_en(rng: random.Random, digits: str) -> str:
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        word = "oh" if d == "0" and rng.random() < 0.6 else _EN_DIGIT[int(d)]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.5:
            words.append("double " + word)
            i += 2
            continue
        words.append(word)
        i += 1
    return " ".join(words)


_ZH_DIGIT = "零一二三四五六七八九"


def spoken_zh(rng: random.Random, digits: str) -> str:
    out = []
    for i, d in enumerate(digits):
        char = _ZH_DIGIT[int(d)] if d.isdigit() else d
        if d == "1" and rng.random() < 0.5:
            char = "幺"
        if d == "0" and rng.random() < 0.3:
            char = "〇"
        out.append(char)
        if i in (2, 6) and rng.random() < 0.3:
            out.append(" ")
    return "".join(out).strip()


# ----------------------------------------------------------------------------- people


_EN_FIRST = [
    "James",
    "Olivia",
    "Priya",
    "Mohammed",
    "Siobhan",
    "Aoife",
    "Chloé",
    "Tomás",
    "Kwame",
    "Ngozi",
    "Hiroshi",
    "Rahul",
    "Fatima",
    "Grace",
    "Declan",
    "Ewan",
    "Bronwyn",
    "Aroha",
    "Mateo",
    "Lucía",
    "Sven",
    "Ingrid",
    "Zainab",
    "Hamid",
    "Maeve",
    "Callum",
    "Yusuf",
    "Eleanor",
    "Desmond",
    "Marguerite",
    "Ravi",
    "Amara",
    "Connor",
    "Imogen",
    "Tariq",
    "Noor",
    "Bartholomew",
    "Juniper",
    "Kieran",
    "Leilani",
    "Dmitri",
    "Anneliese",
]
_EN_LAST = [
    "Thompson",
    "O'Sullivan",
    "O'Neill",
    "MacLeod",
    "van der Merwe",
    "van den Berg",
    "de la Cruz",
    "De Silva",
    "da Costa",
    "Smith-Jones",
    "Harrington-Clarke",
    "Okafor",
    "Nakamura",
    "Patel",
    "Kowalski",
    "Fernández-López",
    "Müller",
    "Ní Bhriain",
    "Delacroix",
    "Fairweather",
    "Abernethy",
    "McAllister",
    "Ahmed",
    "Van Houten",
    "le Roux",
    "St. Clair",
    "Bell-Ingram",
    "Oyelaran",
    "Kaur",
    "Haddad",
    "Whitlock",
    "Pemberton",
    "Gallagher",
    "Rasmussen",
    "di Stefano",
    "ten Brink",
]
_EN_MALAY = [
    "Ahmad bin Ismail",
    "Nurul Aisyah binti Rahman",
    "Muhammad Hafiz bin Abdul Razak",
    "Siti Khadijah binti Omar",
    "Faizal bin Yusof",
]
# (full name, surname): surname first except where a Western given name leads
_EN_CHINESE = [
    ("Zhang Wei", "Zhang"),
    ("Wei Zhang", "Zhang"),
    ("Chan Siu Ming", "Chan"),
    ("Lee Mei Ling", "Lee"),
    ("Tan Ah Kow", "Tan"),
    ("Li Xiaoming", "Li"),
    ("Kelvin Cheung Ka-ho", "Cheung"),
    ("Liu Yang", "Liu"),
    ("Ng Wai Kit", "Ng"),
    ("Chen Jiayi", "Chen"),
    ("Lim Boon Huat", "Lim"),
    ("Wong Ka Yan", "Wong"),
    ("Huang Zihan", "Huang"),
    ("Joyce Tsang", "Tsang"),
    ("Ho Chun-yin", "Ho"),
]
_EN_TITLES = ["Mr", "Mrs", "Ms", "Dr", "Miss", "Mr.", "Mrs.", "Ms.", "Prof."]


def _typo(rng: random.Random, name: str) -> str:
    """A hurried writer's name: lower case, maybe one letter dropped or swapped."""
    low = name.lower()
    if len(low) > 6 and rng.random() < 0.5:
        i = rng.randint(1, len(low) - 3)
        if low[i].isalpha() and low[i + 1].isalpha():
            low = low[:i] + low[i + 1] + low[i] + low[i + 2 :]
    return low


@dataclass(frozen=True)
class EnPerson:
    full: str
    surname: str
    first: str


def en_person(rng: random.Random) -> EnPerson:
    kind = rng.random()
    if kind < 0.12:
        full = rng.choice(_EN_MALAY)
        return EnPerson(full, full.split(" bin")[0], full.split()[0])
    if kind < 0.3:
        full, surname = rng.choice(_EN_CHINESE)
        given = full.replace(surname, "").strip()
        return EnPerson(full, surname, given)
    first, last = rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    if rng.random() < 0.12:
        middle = rng.choice(["J.", "Anne", "R.", "Marie", "T."])
        return EnPerson(f"{first} {middle} {last}", last, first)
    return EnPerson(f"{first} {last}", last, first)


def _ascii_handle(text: str) -> str:
    table = str.maketrans("éáíóúüñÍ", "eaiouunI")
    return re.sub(r"[^a-z]", "", text.translate(table).lower())


def en_email(rng: random.Random, person: EnPerson) -> str:
    first = _ascii_handle(person.first)
    last = _ascii_handle(person.full.split()[-1])
    domain = rng.choice(
        [
            "gmail.com",
            "outlook.com",
            "yahoo.co.uk",
            "icloud.com",
            "hotmail.com",
            "btinternet.com",
            "bigpond.com",
            "eircom.net",
            "xtra.co.nz",
            "singnet.com.sg",
            "protonmail.com",
            "shaw.ca",
        ]
    )
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}{first[0]}{rng.randint(1, 99)}",
            f"{first}_{last}{rng.randint(60, 99)}",
        ]
    )
    return f"{local}@{domain}"


_ZH_SURNAMES = [
    *list(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃戴莫孔汤"
    ),
    "欧阳",
    "司马",
    "上官",
    "诸葛",
]
_ZH_GIVEN = [
    "伟",
    "芳",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
    "子涵",
    "浩然",
    "雨桐",
    "梓萱",
    "思远",
    "嘉怡",
    "志明",
    "家豪",
    "美玲",
    "淑芬",
    "建国",
    "晓东",
    "婉婷",
    "俊杰",
    "一鸣",
    "若溪",
    "国栋",
    "玉珍",
    "海燕",
    "昊天",
    "佳琪",
    "文博",
]
_ZH_TRAD_NAMES = [
    "陳大文",
    "黃美玲",
    "林志明",
    "張淑芬",
    "劉家豪",
    "楊凱婷",
    "趙偉倫",
    "吳嘉欣",
    "鄭國榮",
    "謝佩珊",
    "蔡宗翰",
    "許雅婷",
    "梁詠琪",
    "何俊傑",
]
_ZH_LATIN = [
    "Kevin Lau",
    "Michelle Tan",
    "David Wong",
    "ZHANG Wei",
    "Wang Xiuying",
    "LI Na",
    "Jessica Ong",
    "Alan Koh",
    "Tommy Leung",
    "Chloe Lim",
    "Peter 陈",
    "Amy 黄",
]
_ZH_TITLES = ["经理", "先生", "女士", "老师", "总", "阿姨", "师傅", "小姐", "医生", "律师", "主任"]


def zh_name(rng: random.Random, traditional: bool = False) -> str:
    if traditional and rng.random() < 0.7:
        return rng.choice(_ZH_TRAD_NAMES)
    if rng.random() < 0.1:
        return rng.choice(_ZH_LATIN)
    return rng.choice(_ZH_SURNAMES) + rng.choice(_ZH_GIVEN)


def zh_titled(rng: random.Random) -> str:
    return rng.choice(_ZH_SURNAMES[:60]) + rng.choice(_ZH_TITLES)


def zh_email(rng: random.Random) -> str:
    handle = rng.choice(
        [
            "zhangwei",
            "li.na",
            "wangfang",
            "chenjie",
            "liuyang",
            "huangli",
            "kelvin.chan",
            "zhao_min",
            "xiaoyu",
            "sunhao",
            "amy.wong",
            "linzhiming",
        ]
    )
    if rng.random() < 0.25:
        return f"{rng.randint(10000000, 2999999999)}@qq.com"
    return (
        f"{handle}{rng.choice(['', str(rng.randint(80, 99)), str(rng.randint(1975, 2003))])}@"
        + rng.choice(
            [
                "163.com",
                "126.com",
                "qq.com",
                "sina.com",
                "foxmail.com",
                "netvigator.com",
                "gmail.com",
                "yahoo.com.tw",
                "hotmail.com",
                "outlook.com",
            ]
        )
    )


# ----------------------------------------------------------------------------- phones


def en_phone(rng: random.Random) -> str:
    region = rng.choice(["us", "us", "uk", "uk", "uk_land", "ca", "au", "ie", "nz", "hk", "sg"])
    if region in ("us", "ca"):
        area = rng.choice(
            [212, 415, 617, 312, 646, 718, 503] if region == "us" else [416, 604, 403, 514, 902]
        )
        mid, end = rng.randint(201, 989), _digits(rng, 4)
        number = rng.choice(
            [
                f"({area}) {mid}-{end}",
                f"{area}-{mid}-{end}",
                f"+1 {area} {mid} {end}",
                f"{area}.{mid}.{end}",
            ]
        )
    elif region == "uk":
        rest = _digits(rng, 6)
        mob = f"7{rng.randint(400, 999)}"
        number = rng.choice(
            [
                f"0{mob} {rest}",
                f"+44 {mob} {rest}",
                f"0{mob}{rest}",
                f"+44 (0){mob} {rest[:3]} {rest[3:]}",
            ]
        )
    elif region == "uk_land":
        number = rng.choice(
            [
                f"020 {rng.randint(3, 8)}{_digits(rng, 3)} {_digits(rng, 4)}",
                f"0161 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"0131 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"029 20{_digits(rng, 2)} {_digits(rng, 4)}",
            ]
        )
    elif region == "au":
        number = rng.choice(
            [
                f"04{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
                f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
                f"(0{rng.choice([2, 3, 7, 8])}) {rng.randint(5, 9)}{_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    elif region == "ie":
        number = rng.choice(
            [
                f"08{rng.choice([3, 5, 6, 7])} {_digits(rng, 3)} {_digits(rng, 4)}",
                f"+353 8{rng.choice([3, 5, 6, 7])} {_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    elif region == "nz":
        number = rng.choice(
            [
                f"021 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"+64 27 {_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    elif region == "hk":
        number = f"+852 {rng.choice([5, 6, 9])}{_digits(rng, 3)} {_digits(rng, 4)}"
    else:
        number = f"+65 {rng.choice([8, 9])}{_digits(rng, 3)} {_digits(rng, 4)}"
    if region in ("us", "uk_land", "ca") and rng.random() < 0.3:
        number += rng.choice(
            [f" ext. {_digits(rng, 3)}", f" x{_digits(rng, 4)}", f" ext {_digits(rng, 2)}"]
        )
    return number


def en_spoken_phone(rng: random.Random) -> str:
    digits = rng.choice(
        [
            "07" + str(rng.randint(400, 999)) + _digits(rng, 6),
            str(rng.choice([415, 617, 312])) + str(rng.randint(201, 989)) + _digits(rng, 4),
            "08" + str(rng.choice([3, 5, 7])) + _digits(rng, 7),
        ]
    )
    return spoken_en(rng, digits)


_CN_MOBILE_PREFIX = [
    130,
    131,
    132,
    133,
    135,
    136,
    137,
    138,
    139,
    150,
    151,
    152,
    155,
    157,
    158,
    159,
    177,
    180,
    181,
    182,
    185,
    186,
    187,
    188,
    189,
    199,
]


def cn_mobile_digits(rng: random.Random) -> str:
    return str(rng.choice(_CN_MOBILE_PREFIX)) + _digits(rng, 8)


def zh_phone(rng: random.Random) -> str:
    region = rng.choice(["cn", "cn", "cn", "cn_land", "hk", "tw", "sg", "my", "mo"])
    if region == "cn":
        m = cn_mobile_digits(rng)
        return rng.choice(
            [
                m,
                f"{m[:3]} {m[3:7]} {m[7:]}",
                f"+86 {m[:3]}-{m[3:7]}-{m[7:]}",
                f"{m[:3]}-{m[3:7]}-{m[7:]}",
                f"+86{m}",
            ]
        )
    if region == "cn_land":
        area = rng.choice(["010", "021", "0755", "020", "0571", "028", "027"])
        local = _digits(rng, 8 if len(area) == 3 else 7 if rng.random() < 0.3 else 8)
        local = str(rng.randint(2, 8)) + local[1:]
        base = rng.choice(
            [f"{area}-{local}", f"({area}){local[:4]} {local[4:]}", f"{area} {local}"]
        )
        if rng.random() < 0.45:
            base += rng.choice(
                [f"转{_digits(rng, 3)}", f" 分机{_digits(rng, 4)}", f"-{_digits(rng, 3)}"]
            )
        return base
    if region == "hk":
        return rng.choice(
            [
                f"+852 {rng.choice([5, 6, 9])}{_digits(rng, 3)} {_digits(rng, 4)}",
                f"{rng.choice([5, 6, 9])}{_digits(rng, 3)}-{_digits(rng, 4)}",
            ]
        )
    if region == "mo":
        return f"+853 6{_digits(rng, 3)} {_digits(rng, 4)}"
    if region == "tw":
        return rng.choice(
            [
                f"09{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"(02) 2{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"+886 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
            ]
        )
    if region == "sg":
        return f"+65 {rng.choice([8, 9])}{_digits(rng, 3)} {_digits(rng, 4)}"
    return f"+60 1{rng.choice([2, 6, 7, 9])}-{_digits(rng, 3)} {_digits(rng, 4)}"


# ----------------------------------------------------------------------------- addresses

_US_CITIES = [
    ("Springfield", "IL", "627"),
    ("Austin", "TX", "787"),
    ("Portland", "OR", "972"),
    ("Brooklyn", "NY", "112"),
    ("Cambridge", "MA", "021"),
    ("Tucson", "AZ", "857"),
    ("Savannah", "GA", "314"),
    ("Madison", "WI", "537"),
]
_UK_TOWNS = [
    ("Leeds", "LS6 2QR"),
    ("Manchester", "M20 4BT"),
    ("Bristol", "BS8 1TH"),
    ("Cardiff", "CF10 3AT"),
    ("Glasgow", "G12 8QQ"),
    ("Belfast", "BT9 6AB"),
    ("Norwich", "NR2 3DR"),
    ("Brighton", "BN1 6PL"),
    ("York", "YO31 7EX"),
    ("London", "SE15 4TW"),
    ("Edinburgh", "EH9 1PR"),
]
_CA_CITIES = [
    ("Toronto", "ON", "M"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Montréal", "QC", "H"),
    ("Halifax", "NS", "B"),
    ("Ottawa", "ON", "K"),
]
_AU_SUBURBS = [
    ("Bondi", "NSW", "2026"),
    ("Fitzroy", "VIC", "3065"),
    ("Toowong", "QLD", "4066"),
    ("Subiaco", "WA", "6008"),
    ("Glenelg", "SA", "5045"),
    ("Sandy Bay", "TAS", "7005"),
]
_IE_AREAS = [
    ("Terenure", "Dublin 6W", "D6W"),
    ("Ballincollig", "Co. Cork", "P31"),
    ("Salthill", "Galway", "H91"),
    ("Rathmines", "Dublin 6", "D06"),
]
_NZ_SUBURBS = [
    ("Kelburn", "Wellington", "6012"),
    ("Ponsonby", "Auckland", "1011"),
    ("Riccarton", "Christchurch", "8041"),
    ("Roslyn", "Dunedin", "9010"),
]
_STREETS = [
    "Elm",
    "Harcourt",
    "Maple",
    "Kingsley",
    "Ashfield",
    "Queen",
    "Willow",
    "Beacon",
    "Rosemount",
    "Chapel",
    "Larkspur",
    "Nettleton",
    "Abbey",
    "Juniper",
    "Glenview",
]
_HK_ESTATES = [
    "Kornhill Gardens",
    "Taikoo Shing",
    "Mei Foo Sun Chuen",
    "Laguna City",
    "City One Shatin",
    "Whampoa Garden",
]
_HK_DISTRICTS = [
    ("Quarry Bay", "Hong Kong"),
    ("Mong Kok", "Kowloon"),
    ("Sha Tin", "New Territories"),
    ("Hung Hom", "Kowloon"),
    ("Lai Chi Kok", "Kowloon"),
]


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCEGHJKLMNPRSTVWXY") for _ in range(n))


def en_address_parts(rng: random.Random) -> list[str]:
    """An address as its lines (joined with ", " or line breaks by the caller)."""
    region = rng.choice(["us", "us", "uk", "uk", "ca", "au", "ie", "nz", "hk", "sg", "my"])
    street = rng.choice(_STREETS)
    num = rng.randint(2, 2400)
    if region == "us":
        city, state, zip3 = rng.choice(_US_CITIES)
        line1 = f"{num} {street} {rng.choice(['Street', 'Ave', 'Blvd', 'Lane', 'Dr.'])}"
        lines = [line1] + (
            [f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"] if rng.random() < 0.4 else []
        )
        return [*lines, f"{city}, {state} {zip3}{_digits(rng, 2)}"]
    if region == "uk":
        town, postcode = rng.choice(_UK_TOWNS)
        lines = [f"Flat {rng.randint(1, 12)}"] if rng.random() < 0.35 else []
        lines.append(
            f"{rng.randint(1, 240)} {street} {rng.choice(['Road', 'Close', 'Crescent', 'Gardens', 'Mews'])}"
        )
        if rng.random() < 0.7:
            return [*lines, town, postcode]
        return [*lines, town]
    if region == "ca":
        city, prov, letter = rng.choice(_CA_CITIES)
        unit = f"Unit {rng.randint(101, 2409)}, " if rng.random() < 0.4 else ""
        pc = f"{letter}{rng.randint(1, 9)}{_letters(rng, 1)} {rng.randint(1, 9)}{_letters(rng, 1)}{rng.randint(0, 9)}"
        return [
            f"{unit}{num} {street} {rng.choice(['St W', 'Avenue', 'Blvd', 'Rd'])}",
            f"{city}, {prov} {pc}",
        ]
    if region == "au":
        suburb, state, pc = rng.choice(_AU_SUBURBS)
        unit = f"{rng.randint(1, 40)}/" if rng.random() < 0.4 else ""
        return [
            f"{unit}{rng.randint(1, 300)} {street} {rng.choice(['St', 'Rd', 'Parade', 'Tce'])}",
            f"{suburb} {state} {pc}",
        ]
    if region == "ie":
        area, county, routing = rng.choice(_IE_AREAS)
        lines = [
            f"{rng.randint(1, 80)} {street} {rng.choice(['Park', 'Avenue', 'Grove', 'Lawn'])}",
            area,
            county,
        ]
        if rng.random() < 0.6:
            lines.append(
                f"{routing} {_letters(rng, 1)}{rng.randint(1, 9)}{_letters(rng, 1)}{rng.randint(1, 9)}"
            )
        return lines
    if region == "nz":
        suburb, city, pc = rng.choice(_NZ_SUBURBS)
        return [
            f"{rng.randint(1, 200)} {street} {rng.choice(['Street', 'Parade', 'Terrace'])}",
            suburb,
            f"{city} {pc}",
        ]
    if region == "hk":
        district, area = rng.choice(_HK_DISTRICTS)
        return [
            f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 45)}/F, Block {rng.randint(1, 12)}",
            rng.choice(_HK_ESTATES),
            district,
            area,
        ]
    if region == "sg":
        return [
            f"Blk {rng.randint(100, 699)} {rng.choice(['Ang Mo Kio', 'Tampines', 'Bedok North', 'Jurong West'])} "
            f"Avenue {rng.randint(1, 10)}",
            f"#{rng.randint(2, 25):02d}-{rng.randint(10, 480)}",
            f"Singapore {rng.randint(310000, 680999)}",
        ]
    return [
        f"No. {rng.randint(1, 90)}, Jalan SS {rng.randint(1, 26)}/{rng.randint(1, 40)}",
        f"{rng.choice(['47300 Petaling Jaya', '47500 Subang Jaya'])}",
        "Selangor",
    ]


def en_address(rng: random.Random, multiline: bool = False) -> str:
    parts = en_address_parts(rng)
    return ("\n" if multiline else ", ").join(parts)


_CN_PLACES = [
    ("上海市", "浦东新区", ["张杨路", "世纪大道", "锦绣路"]),
    ("北京市", "朝阳区", ["望京街", "建国路", "东三环中路"]),
    ("广东省深圳市", "南山区", ["科苑路", "深南大道", "后海大道"]),
    ("浙江省杭州市", "西湖区", ["文三路", "天目山路"]),
    ("四川省成都市", "武侯区", ["人民南路四段", "科华北路"]),
    ("湖北省武汉市", "洪山区", ["珞喻路", "关山大道"]),
    ("江苏省南京市", "鼓楼区", ["中山北路", "北京西路"]),
    ("天津市", "和平区", ["南京路", "成都道"]),
]
_CN_ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "绿地小区", "金色港湾", "万科城"]


def zh_address_parts(rng: random.Random) -> list[str]:
    region = rng.choice(["cn", "cn", "cn", "cn", "hk", "tw", "sg", "my"])
    if region == "cn":
        city, district, roads = rng.choice(_CN_PLACES)
        head = city if rng.random() < 0.8 else city.removeprefix("广东省").removeprefix("浙江省")
        road = rng.choice(roads)
        if rng.random() < 0.3:  # Shanghai-style lane address: 弄 then house number
            return [
                f"{head}{district}",
                f"{road}{rng.randint(1, 300)}弄{rng.randint(1, 40)}号{rng.randint(101, 1802)}室",
            ]
        tail = rng.choice(
            [
                f"{rng.choice(_CN_ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(101, 2802)}室",
                f"{rng.randint(1, 25)}号楼{rng.randint(101, 2302)}",
            ]
        )
        return [f"{head}{district}", f"{road}{rng.randint(1, 1800)}号", tail]
    if region == "hk":
        return rng.choice(
            [
                [
                    f"香港{rng.choice(['鰂魚涌', '北角', '灣仔'])}{rng.choice(['英皇道', '渣華道'])}{rng.randint(1, 999)}號",
                    f"{rng.choice(['康怡花園', '太古城'])}{rng.choice('ABCDEFGH')}座{rng.randint(2, 40)}樓{rng.randint(1, 12)}室",
                ],
                [
                    f"九龍{rng.choice(['旺角', '油麻地', '紅磡'])}{rng.choice(['彌敦道', '上海街', '黃埔街'])}{rng.randint(1, 800)}號",
                    f"{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}室",
                ],
            ]
        )
    if region == "tw":
        zip3 = rng.choice(["106", "110", "220", "400", "802"]) if rng.random() < 0.5 else ""
        city = rng.choice(
            [
                "台北市大安區忠孝東路四段",
                "台北市信義區松仁路",
                "新北市板橋區文化路一段",
                "台中市西屯區台灣大道三段",
                "高雄市苓雅區四維三路",
            ]
        )
        return [f"{zip3}{city}{rng.randint(1, 300)}巷{rng.randint(1, 60)}號{rng.randint(2, 20)}樓"]
    if region == "sg":
        return [
            f"新加坡{rng.choice(['宏茂桥', '淡滨尼', '勿洛北'])}{rng.randint(1, 10)}道{rng.randint(100, 699)}座",
            f"#{rng.randint(2, 25):02d}-{rng.randint(10, 480)}",
            f"邮区{rng.randint(310000, 680999)}",
        ]
    return [
        f"马来西亚雪兰莪州八打灵再也SS{rng.randint(1, 26)}/{rng.randint(1, 40)}路{rng.randint(1, 90)}号"
    ]


def zh_address(rng: random.Random, multiline: bool = False) -> str:
    parts = zh_address_parts(rng)
    return ("\n" if multiline else "").join(parts)


# ----------------------------------------------------------------------------- dates of birth

_MONTHS = [
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
]
_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_TENS = {4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _ordinal_suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _ordinal_word(day: int) -> str:
    if day <= 20:
        return _ORDINAL_WORDS[day - 1]
    if day == 30:
        return "thirtieth"
    prefix = "twenty" if day < 30 else "thirty"
    return f"{prefix}-{_ORDINAL_WORDS[day % 10 - 1]}"


def _year_words(year: int) -> str:
    if year >= 2000:
        return "two thousand" + (f" and {_UNITS[year - 2000]}" if year > 2000 else "")
    tens, units = divmod(year - 1900, 10)
    if tens < 1:
        return f"nineteen oh {_UNITS[units]}"
    if tens == 1:
        teen = [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ][units]
        return f"nineteen {teen}"
    word = {2: "twenty", 3: "thirty"}.get(tens) or _TENS[tens]
    return f"nineteen {word}" + (f"-{_UNITS[units]}" if units else "")


def birth_date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)


def en_dob(rng: random.Random, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    month = _MONTHS[m - 1]
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{d}{_ordinal_suffix(d)} {month} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}-{month[:3]}-{y}",
            f"{d}.{m}.{y}",
            f"the {_ordinal_word(d)} of {month} {_year_words(y)}",
            f"{month} {_ordinal_word(d)}, {_year_words(y)}",
            f"{month[:3]} {d} {y}",
        ]
    )


_ZH_NUM = "〇一二三四五六七八九"


def _zh_small(n: int) -> str:
    if n < 10:
        return "零一二三四五六七八九"[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _ZH_NUM[tens]) + "十" + ("" if units == 0 else _ZH_NUM[units])


def zh_dob(rng: random.Random, ymd: tuple[int, int, int], traditional: bool = False) -> str:
    y, m, d = ymd
    if traditional and y >= 1912 and rng.random() < 0.6:
        era = rng.choice(["民國", "民国"]) if rng.random() < 0.3 else "民國"
        return f"{era}{y - 1911}年{m}月{d}日"
    return rng.choice(
        [
            f"{y}年{m}月{d}日",
            f"{y}年{m:02d}月{d:02d}日",
            "".join(_ZH_NUM[int(c)] for c in str(y)) + f"年{_zh_small(m)}月{_zh_small(d)}日",
            f"{y}/{m}/{d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}号",
            f"{y}.{m:02d}.{d:02d}",
            f"民国{y - 1911}年{m}月{d}日" if y >= 1912 else f"{y}年{m}月{d}日",
        ]
    )


# ----------------------------------------------------------------------------- values per message

_BANKS_EN = [
    "Northbridge Bank",
    "Harbourside Bank",
    "Kestrel Bank",
    "the bank",
    "Fenwick & Lowe Bank",
]
_HANDLES = ["NorthbridgeHelp", "HarbourBankUK", "KestrelCares", "FenwickLoweBank"]
_HOTLINES_EN = [
    "0345 734 5345",
    "0800 028 0208",
    "0300 123 8000",
    "1-800-432-1000",
    "1-866-865-1221",
    "1300 655 506",
    "13 22 21",
    "(800) 935-9935",
    "1800 555 020",
    "0818 200 372",
    "0800 269 296",
]
_BRANCH_EN = [
    "sort code 20-45-67",
    "sort code 40-11-62",
    "BSB 062-000",
    "routing number 021000021",
    "transit 00012",
    "branch 0427",
    "branch code 118",
    "SWIFT NWBKGB2L",
]
_MERCHANTS_EN = [
    "John Lewis",
    "Marks & Spencer",
    "Tim Hortons",
    "Wendy's",
    "Harvey Nichols",
    "Ted Baker",
    "McDonald's",
    "Sainsbury's",
    "Jack Wills",
    "Dr. Martens",
    "Ben & Jerry's",
    "Tesco Express",
    "Morgan Stanley",
    "Mr Kipling",
    "Dunnes Stores",
]
_PLACES_EN = [
    "Lisbon",
    "Victoria Station",
    "Heathrow Terminal 5",
    "Bondi Junction",
    "Queen Street Mall",
    "St Stephen's Green",
    "Orchard Road",
    "Lincoln Road",
    "King's Cross",
    "Lambton Quay",
    "Robson Street",
]
_PRODUCTS_EN = [
    "Premier Saver",
    "Rewards Visa",
    "Everyday Plus account",
    "Student Silver",
    "Fixed Rate ISA",
    "Apple Pay",
    "Google Wallet",
]


def _amount_en(rng: random.Random) -> str:
    whole = rng.randint(5, 9800)
    return (
        rng.choice(["£", "$", "€", "AU$", "HK$", "S$", "NZ$", "C$"])
        + f"{whole:,}.{rng.randint(0, 99):02d}"
    )


def _date_en(rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    month = _MONTHS[m - 1]
    return rng.choice(
        [
            f"{d} {month} 2026",
            f"{d}/{m:02d}/2026",
            f"{month} {d}",
            f"{d} {month[:3]}",
            f"Friday {d} {month}",
            f"2025-{m:02d}-{d:02d}",
        ]
    )


def _bank_account_en(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 8),
            _digits(rng, 8),
            "00" + _digits(rng, 10),
            _digits(rng, 9),
            f"{_digits(rng, 3)}-{_digits(rng, 5)}-{_digits(rng, 1)}",
            f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}",
            f"{_digits(rng, 4)} {_digits(rng, 4)}",
        ]
    )


def en_values(rng: random.Random) -> dict[str, Value]:
    person, other, other2, staff, staff2, chair = (en_person(rng) for _ in range(6))
    ymd = birth_date(rng)
    brand = rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "jcb"])
    title = rng.choice(_EN_TITLES)
    otp = _digits(rng, 6)
    last4 = _digits(rng, 4)
    merchant = rng.choice(_MERCHANTS_EN)
    return {
        "name": P(person.full, "PERSON"),
        "name_lc": P(_typo(rng, person.full), "PERSON"),
        "first": P(person.first, "PERSON"),
        "tsur": P(f"{title} {person.surname}", "PERSON"),
        "other": P(other.full, "PERSON"),
        "other2": P(other2.full, "PERSON"),
        "other_t": P(f"{rng.choice(_EN_TITLES)} {other.surname}", "PERSON"),
        "staff": P(staff.full, "PERSON"),
        "staff2": P(staff2.full, "PERSON"),
        "staff_first": P(staff.first, "PERSON"),
        "staff_t": P(f"{rng.choice(_EN_TITLES)} {chair.surname}", "PERSON"),
        "email": P(en_email(rng, person), "EMAIL_ADDRESS"),
        "other_email": P(en_email(rng, other), "EMAIL_ADDRESS"),
        "staff_email": P(en_email(rng, staff), "EMAIL_ADDRESS"),
        "phone": P(en_phone(rng), "PHONE_NUMBER"),
        "phone2": P(en_phone(rng), "PHONE_NUMBER"),
        "spoken_phone": P(en_spoken_phone(rng), "PHONE_NUMBER"),
        "addr": P(en_address(rng), "ADDRESS"),
        "addr2": P(en_address(rng), "ADDRESS"),
        "addr_ml": P(en_address(rng, multiline=True), "ADDRESS"),
        "dob": P(en_dob(rng, ymd), "DATE_OF_BIRTH"),
        "card": P(format_card(rng, card_number(rng, brand)), "CREDIT_CARD"),
        "acct": P(_bank_account_en(rng), "BANK_ACCOUNT"),
        "iban": P(format_iban(rng, iban(rng, rng.choice(list(_IBAN_LAYOUTS)))), "IBAN_CODE"),
        "ssn": P(ssn(rng), "US_SSN"),
        # hard negatives: look like personal data, are not
        "bank": rng.choice(_BANKS_EN),
        "bank_handle": rng.choice(_HANDLES),
        "hotline": rng.choice(_HOTLINES_EN),
        "branch": rng.choice(_BRANCH_EN),
        "otp": otp,
        "otp_spoken": spoken_en(rng, otp),
        "last4": rng.choice(
            [f"ending {last4}", f"ending in {last4}", f"****{last4}", f"xxxx-{last4}"]
        ),
        "last4_raw": last4,
        "amount": _amount_en(rng),
        "ref": rng.choice(
            [
                f"CRM-2026-{_digits(rng, 6)}",
                f"DSP/{_digits(rng, 5)}/K",
                f"0091-{_digits(rng, 5)}",
                f"#{_digits(rng, 8)}",
                f"TRV-{_digits(rng, 7)}",
                f"REF {_letters(rng, 2)}{_digits(rng, 6)}",
            ]
        ),
        "cheque_no": _digits(rng, 6),
        "policy_no": _digits(rng, 7),
        "date_any": _date_en(rng),
        "date_any2": _date_en(rng),
        "merchant": merchant,
        "merchant_upper": merchant.upper().replace("'", "") + f" {_digits(rng, 4)}",
        "place": rng.choice(_PLACES_EN),
        "product": rng.choice(_PRODUCTS_EN),
        "greet": rng.choice(
            [
                "Dear Sir or Madam",
                "Hi there",
                "To whom it may concern",
                "Hello team",
                "Good morning",
                "Dear Customer Services",
            ]
        ),
    }


_BANKS_ZH = ["本行", "贵行", "华信银行", "恒丰达银行", "贵行信用卡中心", "港汇银行"]
_HOTLINES_ZH = [
    "400-820-8888",
    "4006 695 566",
    "95588",
    "95533",
    "95555",
    "400 660 0558",
    "0800-000-123",
    "1800 111 1111",
    "800-820-8123",
    "4008-200-588",
]
_BRANCH_ZH = [
    "网点号3102",
    "联行号102100099996",
    "分行代码0214",
    "SWIFT代码BKCHCNBJ",
    "机构号 31205",
    "支行编号 0578",
]
_MERCHANTS_ZH = [
    "李宁专卖店",
    "周大福",
    "海底捞",
    "老干妈旗舰店",
    "王老吉",
    "张小泉",
    "陈李济",
    "马应龙药业",
    "盒马鲜生",
    "美团外卖",
    "7-Eleven",
    "屈臣氏",
    "莎莎",
    "全家便利店",
]
_PLACES_ZH = [
    "王府井",
    "张江高科",
    "陆家嘴",
    "铜锣湾",
    "信义区",
    "牛车水",
    "中环",
    "春熙路",
    "西门町",
    "武康路",
]
_PRODUCTS_ZH = ["白金信用卡", "朝朝宝", "薪享通账户", "留学贷", "闪电贷", "境外消费返现活动"]


def _amount_zh(rng: random.Random) -> str:
    n = rng.randint(30, 98000)
    return rng.choice(
        [
            f"¥{n:,}.00",
            f"{n}元",
            f"人民币{n}元",
            f"HK${n:,}",
            f"NT${n:,}",
            f"RM{n}",
            f"{rng.randint(1, 50)}万元",
            f"S${n}",
        ]
    )


def _date_zh(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"2026年{m}月{d}日",
            f"{m}月{d}日",
            f"{m}月{d}号",
            "上周五",
            "昨天下午",
            f"2025-{m:02d}-{d:02d}",
            f"{m}/{d}",
        ]
    )


def _bank_account_zh(rng: random.Random) -> str:
    """Account numbers that are not 62 cards (HK/TW/SG/MY formats, mainland 存折)."""
    return rng.choice(
        [
            f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}",
            f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 1)}",
            f"{_digits(rng, 3)}-{_digits(rng, 5)}-{_digits(rng, 1)}",
            f"{rng.choice('1234578')}{_digits(rng, 11)}",
            f"{rng.choice('1234578')}{_digits(rng, 18)}",
        ]
    )


def zh_values(rng: random.Random) -> dict[str, Value]:
    ymd = birth_date(rng)
    id_number = cn_id(rng, *ymd)
    otp = _digits(rng, 6)
    last4 = _digits(rng, 4)
    credit_brand = rng.choice(["visa", "mastercard", "unionpay", "unionpay", "amex", "jcb"])
    mobile = cn_mobile_digits(rng)
    return {
        "name": P(zh_name(rng), "PERSON"),
        "name_tw": P(zh_name(rng, traditional=True), "PERSON"),
        "titled": P(zh_titled(rng), "PERSON"),
        "other": P(zh_name(rng), "PERSON"),
        "other_tw": P(zh_name(rng, traditional=True), "PERSON"),
        "staff": P(zh_name(rng), "PERSON"),
        "staff_t": P(zh_titled(rng), "PERSON"),
        "latin": P(rng.choice(_ZH_LATIN), "PERSON"),
        "en_name": P(en_person(rng).full, "PERSON"),
        "email": P(zh_email(rng), "EMAIL_ADDRESS"),
        "other_email": P(zh_email(rng), "EMAIL_ADDRESS"),
        "phone": P(zh_phone(rng), "PHONE_NUMBER"),
        "phone2": P(zh_phone(rng), "PHONE_NUMBER"),
        "spoken_phone": P(spoken_zh(rng, mobile), "PHONE_NUMBER"),
        "addr": P(zh_address(rng), "ADDRESS"),
        "addr2": P(zh_address(rng), "ADDRESS"),
        "addr_ml": P(zh_address(rng, multiline=True), "ADDRESS"),
        "dob": P(zh_dob(rng, ymd), "DATE_OF_BIRTH"),
        "dob_tw": P(zh_dob(rng, ymd, traditional=True), "DATE_OF_BIRTH"),
        "id": P(format_cn_id(rng, id_number), "CN_ID_CARD"),
        "id_spoken": P(
            spoken_zh(rng, id_number).replace("X", rng.choice(["X", "叉"])), "CN_ID_CARD"
        ),
        "card": P(format_card(rng, card_number(rng, credit_brand)), "CREDIT_CARD"),
        "debit": P(format_debit(rng, unionpay_debit(rng)), "BANK_ACCOUNT"),
        "acct": P(_bank_account_zh(rng), "BANK_ACCOUNT"),
        "iban": P(format_iban(rng, iban(rng, rng.choice(list(_IBAN_LAYOUTS)))), "IBAN_CODE"),
        "bank": rng.choice(_BANKS_ZH),
        "hotline": rng.choice(_HOTLINES_ZH),
        "branch": rng.choice(_BRANCH_ZH),
        "otp": otp,
        "otp_spoken": spoken_zh(rng, otp),
        "last4": rng.choice([f"尾号{last4}", f"尾号为{last4}", f"末四位{last4}", f"****{last4}"]),
        "amount": _amount_zh(rng),
        "amount2": _amount_zh(rng),
        "ref": rng.choice(
            [
                f"GD2026{_digits(rng, 8)}",
                f"TS-2026-{_digits(rng, 5)}",
                f"A{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"LP{_digits(rng, 9)}",
                f"CB-{_digits(rng, 6)}",
            ]
        ),
        "cheque_no": _digits(rng, 8),
        "date_any": _date_zh(rng),
        "date_any2": _date_zh(rng),
        "merchant": rng.choice(_MERCHANTS_ZH),
        "place": rng.choice(_PLACES_ZH),
        "product": rng.choice(_PRODUCTS_ZH),
        "sir": rng.choice(["先生", "女士", "先生/女士", "小姐"]),
    }


# ----------------------------------------------------------------------------- English genres
# Each genre: (templates with personal data, PII-free templates). See ``render`` for the syntax.

EN_GENRES: dict[str, tuple[list[str], list[str]]] = {
    "app_review": (
        [
            "★☆☆☆☆ ((Useless since the update|Logs me out every five minutes|Face ID broken again)). "
            "((I've|Have)) been with {bank} ((since uni|for 20 years)) and ((this is the worst it's been|never had this much trouble)). "
            "<<Called {hotline} and waited 40 min. >>— {name}",
            "Review by {name_lc} · ((2|1|3)) stars\n((cant|can't)) add my card to {product}, keeps saying "
            "'contact your bank'.<< email me at {email} if a dev reads this>>",
            "Developer response to {name}: Hi {first}, sorry about the crash. Please message us in the app "
            "((with your case number|quoting {ref})).<< — {staff_first}, App Support>>",
            "5 stars. ((Finally|At last)) I can freeze my card from the app. My dad {other} ((couldn't|could never)) "
            "work the old one.<< Shout out to {staff_t} at the {place} branch.>>",
            "((Great|Decent)) app but the statement still shows my old address {addr2}. Changed it weeks ago! "
            "((— {name_lc}|{first}, loyal customer))",
        ],
        [
            "★★☆☆☆ ((Update 7.4.2|The new version)) keeps asking for the OTP ((but the code {otp} arrives too late|twice, code {otp} then another)). "
            "{hotline} ((is always busy|puts you on hold forever)). ((Fix it please.|Sort it out {bank}.))",
            "Love the spending insights. Spent {amount} at {merchant} and it showed up instantly. "
            "((5 stars|Would recommend)).<< Only gripe: the card {last4} still shows the old design.>>",
            "Developer response: Hi there, thanks for the feedback. Please call {hotline} ((quoting|with)) {ref} "
            "and ((we'll look into it|our team can help)).",
            "((1|2)) stars. Why does the app need my location to show {product} offers?? ((Deleted.|Uninstalling.))",
        ],
    ),
    "social_dm": (
        [
            "DM to @{bank_handle}: hi, ((it's|this is)) {name}, my card {card} got declined at {merchant} "
            "((twice|again)) today<< even with the code {otp}>>. ((can you check?|what's going on??))",
            "@{bank_handle} ((hey|hiya)) my mum {other} is locked out, her number is {phone}, can someone ring "
            "her? she's ((82|79|not great with apps))",
            "Instagram message: ((Hello|Hi)), I applied for the {product} and heard nothing. Name {name}, "
            "DOB {dob}, email {email}. ((Thanks|Cheers))",
            "tw: {name_lc} here lol ((ur app|the app)) charged me twice {amount}, my acct is {acct}<< and my number {phone}>>",
            "Facebook Messenger: Good evening. ((I am writing for|On behalf of)) my neighbour {other_t}, "
            "who ((has no internet|is in hospital)). Her address is {addr}. Can a letter be sent there?",
        ],
        [
            "@{bank_handle} ((is the app down?|app down again?)) ((can't log in|stuck on the spinner)) since "
            "{date_any}. ((OTP|code)) {otp} never came through.",
            "DM: ((Hi|Hello)), is {hotline} the right number for ((lost cards|fraud))? My card {last4} was "
            "((swallowed|eaten)) by the ATM at {place}.",
            "@{bank_handle} Why does {merchant} show as '{merchant_upper}' on my statement? {amount} on {date_any}. Thanks!",
            "Instagram message: is the {product} still open to new customers? ((asking for a friend|saw the ad at {place}))",
        ],
    ),
    "escalation_forward": (
        [
            "From: {name} <{email}>\nTo: Customer Relations\nCc: {other} <{other_email}>\n"
            "Subject: FW: ((complaint|Re: complaint)) {ref}\n\n((Forwarding as requested.|Please see below — this is the third time.))"
            "<< My phone is {phone}.>>\n\n-----Original message-----\nI was told on {date_any} that the refund of {amount} was on its way. It was not.",
            "---------- Forwarded message ---------\nFrom: {staff} ((Branch Manager|Complaints Handler))\n"
            "Date: {date_any}\nTo: Escalations\nSubject: {ref} — {name}\n\nCustomer {tsur} ((visited|phoned)) "
            "the {place} branch about a ((blocked transfer|returned cheque)) of {amount}. Address on file: {addr}. "
            "((Please review.|Escalating per policy.))",
            "From: {staff} <{staff_email}>\nSent: {date_any}\nTo: Level 2 Complaints\nCc: {staff2}\n"
            "Subject: ESCALATION {ref}\n\n{other_t} is the ((executor|attorney)) for {name} and wants a call back on "
            "{phone}.<< Alternative number {phone2}.>> ((Thanks|Regards)),\n{staff_first}",
        ],
        [
            "From: Complaints Team\nTo: Escalations Desk\nCc: Branch Operations\nSubject: FW: {ref}\n\n"
            "((Forwarding|Passing on)) ((the below|this)) for review. The customer says the transfer of {amount} "
            "was returned<< on {date_any}>>. ((No personal details were supplied.|Card {last4} has been blocked.))\n"
            "((Regards,|Thanks,))\nComplaints Team",
            "Subject: FW: ((ATM fault|Branch closure)) — {place}\nFrom: Regional Operations\nTo: Customer Relations\n\n"
            "((Three|Several)) customers complained on {date_any}. Hotline {hotline} ((was|is)) overloaded. Ref {ref}.",
        ],
    ),
    "meeting_minutes": (
        [
            "Minutes — ((Hardship review panel|Vulnerable customers forum|Complaints committee)), {date_any}\n"
            "Present: {staff}, {staff2}, {staff_t} (chair)\n1. Case {ref}: {name} ((of|at)) {addr} "
            "((asked for a payment holiday|reported a bereavement)). Agreed: ((freeze interest|refer to specialist team)).\n2. AOB: none.",
            "Action log ({date_any})\n- {staff} to call {tsur} back on {phone} ((by Friday|this week)).\n"
            "- ((Write to|Send the pack to)) {other} at\n{addr_ml}\n- Next meeting {date_any2}.",
            "Minutes of the mortgage arrears meeting\nAttendees: {staff_t}, {staff2}\nCustomer: {name}, DOB {dob}\n"
            "Discussion: ((arrears of {amount}|income dropped after redundancy)). The customer's ((child|relative)) "
            "{other} attended and can be reached at {other_email}.",
        ],
        [
            "Minutes — ((Branch operations|Digital channel)) meeting, {date_any}\nPresent: ((Head of Operations, "
            "Risk Lead, two team leaders|branch manager and duty staff))\n1. ((ATM outages at {place}|OTP delivery "
            "failures)) ((discussed|reviewed)).\n2. Hotline {hotline} wait times ((up 12%|down to 4 min)).\n"
            "3. Next meeting {date_any2}.",
            "Action log ({date_any})\n- Ops to fix {product} onboarding bug (ticket {ref}).\n- Comms to update "
            "{hotline} IVR message.\n- Review {amount} write-off threshold.",
        ],
    ),
    "loan_application": (
        [
            "Loan application — ((additional information|free-text section))\n((I am|I'm)) {name}, born {dob}, and "
            "I've lived at {addr} for ((six|three|eleven)) years. ((I work as a nurse|I'm self-employed)) and want "
            "{amount} to ((consolidate two cards|buy a van)).<< SSN: {ssn}.>> My ((partner|spouse)) {other} is a "
            "((co-applicant|guarantor)).",
            "Purpose of loan: ((home improvements|wedding|car)). Applicant's SSN {ssn}, DOB {dob}. "
            "Contact number {phone}. Current employer: {merchant}.",
            "Q7. Anything else we should know?\nA: ((Yes|Yes,)) my date of birth on the form is wrong, it should be "
            "{dob}. Also my email changed to {email}.",
            "Co-applicant details\nFull name: {other}\nSocial Security No.: {ssn}\nHome address:\n{addr_ml}",
        ],
        [
            "Loan application — ((notes|additional information))\n((Requested|Amount requested)): {amount} over "
            "((36|48|60)) months. Purpose: ((kitchen refit|debt consolidation)). Employer: {merchant}. "
            "Reference {ref}; decision expected {date_any}.",
            "Q7. Anything else we should know?\nA: ((No.|Nothing further.)) ((I was quoted|The advert said)) "
            "((6.9%|7.4%)) APR for the {product}.",
        ],
    ),
    "chargeback": (
        [
            "Chargeback request {ref}\nCardholder: {name}\nCard number: {card}\nMerchant: {merchant}\n"
            "Amount: {amount}\nDate of transaction: {date_any}\nReason: ((goods not received|charged twice|"
            "cancelled subscription still billed))",
            "I ((would like to|want to)) dispute {amount} from {merchant} on my credit card {card}. "
            "((I cancelled on {date_any}.|The hotel was closed.)) You can reach me on {phone}. {name}",
            "Dispute note (agent {staff}): customer {tsur} disputes {amount}. Credit card {card} reissued. "
            "((Provisional credit given.|Awaiting merchant response.))",
        ],
        [
            "Chargeback {ref}: {amount} at {merchant} on {date_any}, card {last4}. Reason code ((13.1|4853|10.4)). "
            "((Provisional credit applied.|Merchant has 30 days to respond.))",
            "Hi, {merchant} took {amount} twice on {date_any} (card {last4}). ((Can I get one back?|How do I dispute?))",
        ],
    ),
    "travel_notice": (
        [
            "Travel notification\nName: {name}\nDestinations: ((Lisbon, Porto|Bali|Tokyo and Osaka|Cape Town))\n"
            "Dates: {date_any} to {date_any2}\nCard: ((credit card|Visa)) {card}\nMobile while abroad: {phone}",
            "Hi, ((heading|off)) to ((Singapore|Vancouver|Auckland)) ((next week|on the 12th)), please don't block "
            "my card. If you need me I'm on {phone}. Thanks, {first}",
            "travelling w/ my partner {other} ((from tomorrow|this weekend)), their card is {card}. my email {email}"
            "<< — {name_lc}>>",
        ],
        [
            "Travel notice logged {ref}: card {last4}, ((Portugal|Japan|Canada)) {date_any}–{date_any2}. "
            "((No further action.|Customer advised to call {hotline} from abroad.))",
            "Going to {place} for ((a week|10 days)) from {date_any}. Do I need to tell you or is the card "
            "({last4}) fine? ((ta|thanks))",
        ],
    ),
    "cheque": (
        [
            "Cheque no. {cheque_no} for {amount}, payable to {name}, drawn on account {acct} ({branch}). "
            "((Returned: refer to drawer.|Stopped at the customer's request.))",
            "Customer {tsur} asked us to stop cheque {cheque_no} ({amount}) made out to {other}. Account {acct}.",
            "Memo line on the cheque reads '((rent — April|deposit for the flat))' and it is signed {name}; "
            "payee {other}.",
        ],
        [
            "Cheque {cheque_no} for {amount} ((drawn on|from)) {branch} ((cleared on|bounced on)) {date_any}. "
            "Payee: {merchant}. Ref {ref}.",
            "Please order a new cheque book for the account {last4}. ((Same branch|{branch})).",
        ],
    ),
    "address_change": (
        [
            "((Dear|Hello)) {tsur},\n\nWe've updated the address on your account to:\n\n{addr_ml}\n\n"
            "If you didn't ask for this, call {hotline} now.\n\n((Kind regards|Yours sincerely)),\n{staff}\n"
            "((Customer Records|Address Services))",
            "Address change confirmed for {name}: old address {addr}; new address {addr2}. Effective {date_any}.",
            "Change of address form\nName: {name_lc}\nNew address: {addr}\nDaytime phone: {phone}\nSigned {date_any}",
        ],
        [
            "Your address change request {ref} ((has been completed|is being processed)). ((If this wasn't you|"
            "If you didn't request this)), call {hotline}. Your one-time code {otp} confirms the change; never share it.",
            "{greet},\n\nThank you for letting us know you have moved. Please allow ((5|7)) working days. "
            "Ref {ref}.\n\nAddress Services",
        ],
    ),
    "power_of_attorney": (
        [
            "Lasting Power of Attorney registered.\nDonor: {name} (DOB {dob})\nAttorney(s): {other}<<, {other2}>>\n"
            "Attorney address: {addr}\nAttorney phone: {phone}",
            "Note to file: {other} (attorney for {tsur}) ((visited|rang)) today with the ((LPA|enduring power of "
            "attorney)). Donor's DOB checked: {dob}.<< SSN on file {ssn}.>>",
            "I, {name}, of {addr}, appoint my ((daughter|son|nephew)) {other} to act on my accounts. "
            "((Signed|Witnessed by {staff})) on {date_any}.",
        ],
        [
            "POA ((team|unit)) note {ref}: document received {date_any}, ((certified copy|original)) returned by "
            "post. ((Awaiting registration.|Registered.)) Queries to {hotline}.",
            "{greet}, what documents do you need for a power of attorney? ((Is a certified copy OK?|"
            "Can I bring it to the {place} branch?))",
        ],
    ),
    "insurance_claim": (
        [
            "Claim form — ((travel|home contents|gadget)) insurance arranged through {bank}\nPolicyholder: {name}\n"
            "Date of birth: {dob}\nPay claim to IBAN: {iban}\nIncident: ((phone stolen in {place}|flight cancelled)), {amount}",
            "Hi, ((re|regarding)) claim {ref}: please pay the settlement to {iban} (account holder {name}). "
            "My ((partner|sister-in-law)) {other} will send the receipts from {other_email}.",
            "Claims handler notes: spoke to {tsur} on {phone}; ((loss adjuster|assessor)) {staff} visiting "
            "{addr} on {date_any}.",
        ],
        [
            "Claim {ref} ((approved|declined)): {amount} under policy TRV-{policy_no}. Payment "
            "((within 5 working days|on {date_any})). Questions: {hotline}.",
            "Is ((gadget|travel)) cover included with the {product}? ((Lost my phone at {place}.|Flight was cancelled.))",
        ],
    ),
    "callback_note": (
        [
            "Call-back request (voice bot transcript): caller said ((my name is|it's)) {name}, ((number is|you can "
            "get me on)) {spoken_phone}, ((about a fraud alert|about my mortgage)).",
            "Voicemail transcript: 'hi it's {name_lc} again ((um|erm)) can you ring me back on {spoken_phone} "
            "((thanks|cheers)) bye'",
            "IVR note: caller keyed in DOB {dob}; ((spoke|asked)) for {staff_t}; call back on {spoken_phone}.",
        ],
        [
            "Voicemail transcript: 'hi ((um|erm)) I got a text saying my code is {otp_spoken} but I didn't ask "
            "for one, I'll ring the number on the back of the card' ((— no name left|— number withheld))",
            "IVR note: caller chose option ((2|4)), then ((hung up|was transferred to {hotline})). No details given.",
        ],
    ),
}


# ----------------------------------------------------------------------------- Chinese genres

ZH_GENRES: dict[str, tuple[list[str], list[str]]] = {
    "app_review": (
        [
            "★☆☆☆☆ ((更新后一直闪退|人脸识别老是失败|转账页面卡死))，((客服电话|热线)){hotline}打了半小时没人接。——用户{name}",
            "评价人：{latin}｜((二|一|三))星\n绑卡一直提示“请联系发卡行”，我的手机{phone}收不到短信。<<开发看到请联系{email}>>",
            "开发者回复 {name}：您好，非常抱歉给您带来不便，((请在App内留言|请提供工单号{ref}))，我们会尽快处理。<<——客服{staff}>>",
            "五星好评！帮我爸{other}开通了老年模式，字大好用。<<特别感谢{place}支行的{staff_t}。>>",
        ],
        [
            "★★☆☆☆ ((新版本|7.4.2版))总要输两次验证码{otp}，((热线|客服)){hotline}也一直占线，{bank}((快修吧|能不能上点心))。",
            "记账功能不错，在{merchant}消费{amount}马上就有提醒。((五星|推荐))<<，就是{last4}那张卡的卡面还是旧的>>。",
            "开发者回复：您好，感谢反馈，请拨打{hotline}并提供{ref}，((我们会跟进|专人为您处理))。",
            "为什么看个{product}也要定位权限？((卸载了|差评))。谢谢。",
        ],
    ),
    "social_dm": (
        [
            "微博私信：你好，我是{name}，卡号{debit}的储蓄卡今天在{merchant}被拒了((两次|好几次))<<，验证码{otp}也输了>>，((怎么回事|能查一下吗))？",
            "小红书私信：((亲|您好))，我妈{other}手机银行被锁了，她电话{phone}，麻烦回个电话，她((七十多了|不会用App))。",
            "公众号留言：申请了{product}一直没消息。姓名{name}，出生日期{dob}，邮箱{email}，((谢谢|麻烦了))。",
            "抖音私信：我是{latin}啦，((你们App|app))扣了我两次{amount}，账号{debit}<<，电话{phone}>>",
            "WhatsApp 訊息：你好，我係{name_tw}，想改地址去{addr}，((唔該|麻煩晒))。",
        ],
        [
            "微博私信：App是不是挂了？{date_any}开始一直登不上，验证码{otp}也没收到。",
            "私信：请问{hotline}是挂失的电话吗？我{last4}的卡在{place}的ATM被吞了。",
            "公众号留言：为什么{merchant}在账单上显示成别的名字？{date_any}消费{amount}，谢谢。",
            "小红书私信：{product}还能办吗？在{place}看到海报了。((谢谢|谢谢！))",
            "私信：房东让我把押金转给他，((转账限额是多少|跨行手续费多少))？卡是{last4}那张。谢谢。",
        ],
    ),
    "escalation_forward": (
        [
            "发件人：{name} <{email}>\n收件人：客户关系部\n抄送：{other} <{other_email}>\n主题：转发：投诉{ref}\n\n"
            "((按要求转发。|这已经是第三次了，请看下面。))<<我的电话{phone}。>>\n\n-----原始邮件-----\n{date_any}说退款{amount}会到账，至今没到。",
            "---------- 转发的邮件 ----------\n发件人：{staff}（((支行行长|投诉专员))）\n日期：{date_any}\n收件人：升级处理组\n"
            "主题：{ref}—{name}\n\n客户{titled}((到{place}网点|来电))反映一笔{amount}的((转账被退回|支票被退票))。预留地址：{addr}。((请复核。|按规定升级。))",
            "寄件者：{staff} <{other_email}>\n收件者：二線投訴組\n副本：{staff_t}\n主旨：升級 {ref}\n\n{other_tw}是{name_tw}的((遺產執行人|授權代理人))，"
            "要求回電{phone}。<<備用電話{phone2}。>>",
        ],
        [
            "发件人：投诉处理组\n收件人：升级处理台\n抄送：网点运营部\n主题：转发：{ref}\n\n((转发|转交))以下内容复核。客户称{amount}的转账被退回"
            "<<（{date_any}）>>。((客户未留个人信息。|{last4}的卡已冻结。))\n投诉处理组",
            "主题：转发：{place}网点ATM故障\n发件人：区域运营部\n收件人：客户关系部\n\n{date_any}((三位|多位))客户投诉，热线{hotline}占线严重。编号{ref}。",
        ],
    ),
    "meeting_minutes": (
        [
            "会议纪要｜((困难客户帮扶评审会|适老化服务专题会|投诉分析会))｜{date_any}\n参会人：{staff}、{staff_t}、{other}（主持）\n"
            "一、案件{ref}：客户{name}（住址：{addr}）((申请延期还款|家属过世需办理继承))。决议：((暂停计息|转专门团队))。\n二、其他：无。",
            "待办事项（{date_any}）\n1. {staff}((本周内|周五前))回电{titled}，号码{phone}。\n2. 将材料寄给{other}，地址：\n{addr_ml}\n3. 下次会议{date_any2}。",
            "房贷逾期沟通会纪要\n行方：{staff_t}、{staff}\n客户：{name}，出生日期{dob}，身份证{id}\n情况：((逾期{amount}|失业后收入下降))，"
            "客户((女儿|儿子)){other}陪同，邮箱{other_email}。",
        ],
        [
            "会议纪要｜((网点运营例会|手机银行周会))｜{date_any}\n参会：运营负责人、风险经理、两名组长\n一、{place}ATM故障情况。\n"
            "二、热线{hotline}等待时长((上升12%|降至4分钟))。\n三、下次会议{date_any2}。",
            "待办事项（{date_any}）\n1. 科技部修复{product}开户问题（工单{ref}）。\n2. 更新{hotline}语音导航。\n3. 讨论{amount}以下核销标准。",
        ],
    ),
    "loan_application": (
        [
            "贷款用途说明：本人{name}，出生于{dob}，身份证号{id}，现住{addr}，((在医院当护士|个体经营))，"
            "申请{amount}用于((装修|买车|还信用卡))。<<配偶{other}为共同借款人。>>",
            "补充说明：申请表上的出生日期填错了，应为{dob}。另外邮箱改为{email}，手机{phone}。",
            "共同借款人信息\n姓名：{other}\n身份证：{id}\n联系地址：\n{addr_ml}\n工作单位：{merchant}",
            "借款人{latin}，港澳居民，现居{addr}，收入证明已上传。联系电话{phone}。",
        ],
        [
            "贷款用途说明：申请{amount}，期限((36|24|12))个月，用于((装修|经营周转))。单位：{merchant}。申请编号{ref}，预计{date_any}出结果。",
            "补充说明：无。广告上说{product}年化((3.45%|3.6%))，请确认。",
        ],
    ),
    "chargeback": (
        [
            "信用卡争议交易申请 {ref}\n持卡人：{name}\n信用卡号：{card}\n商户：{merchant}\n金额：{amount}\n交易日期：{date_any}\n"
            "原因：((未收到商品|重复扣款|已取消的订阅仍在扣费))",
            "我要对信用卡{card}上{merchant}的一笔{amount}提出争议，(({date_any}已经退订了|酒店根本没开门))。电话{phone}。{name}",
            "争议备注（经办：{staff}）：客户{titled}对{amount}提出异议，信用卡{card}已换卡。((已先行垫付。|等待商户回复。))",
        ],
        [
            "拒付案件{ref}：{date_any}在{merchant}消费{amount}，卡片{last4}。原因码((13.1|4853))。((已先行入账。|商户30天内答复。))",
            "你好，{merchant}{date_any}扣了我两次{amount}（卡{last4}），((能退一笔吗|怎么申请争议))？",
        ],
    ),
    "travel_notice": (
        [
            "出境报备\n姓名：{name}\n目的地：((日本|泰国|新加坡|葡萄牙))\n日期：{date_any}至{date_any2}\n信用卡：{card}\n境外联系电话：{phone}",
            "你好，((下周|本月12号))去((吉隆坡|台北|墨尔本))，别冻结我的卡哈。有事打{phone}。谢谢，{name}",
            "陪我先生{other}出国，他的信用卡是{card}，我的邮箱{email}。<<——{name}>>",
        ],
        [
            "出境报备已登记{ref}：卡片{last4}，((日本|加拿大)){date_any}至{date_any2}。((无需其他操作。|已告知境外拨打{hotline}。))",
            "下个月去{place}玩一周，卡({last4})需要报备吗？谢谢",
        ],
    ),
    "cheque": (
        [
            "支票号{cheque_no}，金额{amount}，收款人{name}，出票账号{acct}（{branch}）。((退票：请与出票人联系。|客户申请止付。))",
            "客户{titled}申请止付支票{cheque_no}（{amount}），收款人{other}，账号{acct}。",
            "支票用途栏写着“((四月房租|定金))”，出票人签名{name}，收款人{other}。",
        ],
        [
            "支票{cheque_no}金额{amount}，{branch}，{date_any}((已兑付|被退票))。收款单位：{merchant}。编号{ref}。",
            "申请领取新支票簿，账户{last4}，((原网点|{branch}))。",
        ],
    ),
    "address_change": (
        [
            "尊敬的{titled}：\n\n您的账户地址已更新为：\n\n{addr_ml}\n\n如非本人操作，请立即致电{hotline}。\n\n{bank}客户信息部\n{staff}",
            "地址变更确认：客户{name}，原地址{addr}；新地址{addr2}；生效日期{date_any}。",
            "地址变更申请表\n姓名：{name}\n<<证件号码：{id}\n>>新地址：{addr}\n联系电话：{phone}\n签署日期：{date_any}",
        ],
        [
            "您的地址变更申请{ref}((已办理完成|正在处理中))。如非本人操作，请致电{hotline}。验证码{otp}，请勿告诉他人，我行不会索要您的密码。",
            "尊敬的客户：\n\n感谢您告知新地址，变更将在((5|7))个工作日内生效。编号{ref}。\n\n客户信息部",
        ],
    ),
    "power_of_attorney": (
        [
            "授权委托书\n委托人：{name}，身份证号{id}，出生日期{dob}\n受托人：{other}，电话{phone}\n"
            "委托事项：代为办理本人名下账户{debit}的((挂失|销户|查询))手续。",
            "备注：{other}持委托书来行，代{titled}办理业务。已核对委托人出生日期{dob}<<及身份证{id}>>。",
            "本人{name}，住{addr}，现委托我((女儿|儿子|侄子)){other}代办((养老金|定期存款))业务。((签字|见证人：{staff})) {date_any}",
        ],
        [
            "委托业务备注{ref}：{date_any}收到委托书，((复印件|原件))已寄回。疑问请拨{hotline}。",
            "{sir}您好，办理委托需要带什么材料？((公证书可以吗？|能去{place}网点办吗？))",
        ],
    ),
    "insurance_claim": (
        [
            "理赔申请（银保渠道 ((意外险|旅游险|家财险))）\n被保险人：{name}\n出生日期：{dob}\n理赔款收款卡号：{debit}\n"
            "事故：((在{place}手机被盗|航班取消))，损失{amount}",
            "你好，关于理赔{ref}，请把赔款打到{debit}（户名{name}<<，身份证{id}>>）。我((先生|姐姐)){other}会用{other_email}发票据。",
            "理赔员备注：已电话联系{titled}（{phone}），查勘员{staff}将于{date_any}上门，地址{addr}。",
            "Claim payout: 請把賠款匯入 {iban}，戶名{name_tw}，出生日期{dob_tw}。",
        ],
        [
            "理赔案件{ref}((已赔付|已拒赔))：{amount}，保单号BX{cheque_no}。((5个工作日内到账|{date_any}到账))。咨询{hotline}。",
            "请问{product}有送((意外险|旅行险))吗？((手机在{place}丢了。|航班取消了。))",
        ],
    ),
    "regional_letter": (
        [
            "敬啟者：\n本人{name_tw}，身分證出生日期{dob_tw}，現居{addr}，聯絡電話{phone}。茲申請更新帳戶資料，帳號{acct}。\n此致\n{bank}",
            "致{bank}：本人{name_tw}（{latin}），新加坡永久居民，地址{addr}，电邮{email}，请将月结单寄往新地址。",
            "{other_tw}先生／小姐鈞鑒：貴行{date_any}來函收悉。本人帳戶{acct}之利息有誤，請回電{phone}。{name_tw} 敬上",
            "马来西亚客户来函：我是{en_name}，电话{phone}，住{addr}。请把{amount}汇到我的户口{acct}。",
            "境外汇款申请\n汇款人：{name}（身份证{id}）\n收款人：{en_name}\n收款账号（IBAN）：{iban}\n用途：((留学学费|生活费|房租))",
            "留學生家長來信：小兒{name_tw}在歐洲讀書，學費請匯至 {iban}，聯絡電話{phone}。",
        ],
        [
            "敬啟者：\n{date_any}於{place}分行辦理之定存已到期，金額{amount}。如有疑問請致電{hotline}。\n此致\n客戶服務部",
            "致{bank}：請問{product}在台灣可否使用？((謝謝。|煩請回覆。))",
            "{sir}您好：您在{merchant}的消費{amount}已入帳，參考編號{ref}。",
        ],
    ),
    "callback_transcript": (
        [
            "回访录音转写：客户说“我叫{name}，电话是{spoken_phone}，((关于那条风险提示|是房贷的事))”。",
            "语音留言转写：“喂你好我是{name}啊，((嗯|那个))麻烦回电{spoken_phone}，谢谢。”",
            "电话转写：客户报身份证号{id_spoken}，((核实通过|核实失败))，要求找{staff_t}。",
        ],
        [
            "语音留言转写：“喂((嗯|那个))我收到短信说验证码是{otp_spoken}，但我没操作啊，我打卡背面的电话问问。”（未留姓名）",
            "电话转写：客户选择了((2|4))号服务，((随后挂断|转接{hotline}))，未提供个人信息。",
        ],
    ),
}


# ----------------------------------------------------------------------------- the set

NEGATIVE_SHARE = 0.3


def _is_negative(index_in_language: int) -> bool:
    """Exactly 3 in every 10 messages of a language are PII-free."""
    return index_in_language % 10 in (1, 4, 7)


def generate(n: int = 600, seed: int = 7718) -> list[dict[str, object]]:
    """``n`` messages, alternating English and Chinese; deterministic for ``seed``."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    counts = {"en": 0, "zh": 0}
    for i in range(n):
        lang = "en" if i % 2 == 0 else "zh"
        negative = _is_negative(counts[lang])
        counts[lang] += 1
        genres = EN_GENRES if lang == "en" else ZH_GENRES
        genre = rng.choice(sorted(genres))
        positive_templates, negative_templates = genres[genre]
        template = rng.choice(negative_templates if negative else positive_templates)
        values = en_values(rng) if lang == "en" else zh_values(rng)
        text, spans = render(rng, template, values)
        if negative and spans:
            raise ValueError(
                f"PII-free template of genre {genre!r} ({lang}) produced spans: {template!r}"
            )
        rows.append(
            {"id": f"h7-{lang}-{genre}-{i:04d}", "text": text, "lang": lang, "spans": spans}
        )
    return rows


def stats(rows: list[dict[str, object]]) -> dict[str, object]:
    labels: Counter[str] = Counter()
    per_lang: Counter[str] = Counter()
    free: Counter[str] = Counter()
    genres: dict[str, set[str]] = {"en": set(), "zh": set()}
    for row in rows:
        lang = str(row["lang"])
        per_lang[lang] += 1
        genres[lang].add(str(row["id"]).split("-")[2])
        spans = row["spans"]
        assert isinstance(spans, list)
        if not spans:
            free[lang] += 1
        for span in spans:
            labels[f"{lang}:{span['label']}"] += 1
    return {
        "messages": dict(per_lang),
        "pii_free": {lang: round(free[lang] / per_lang[lang], 3) for lang in per_lang},
        "labels": dict(sorted(labels.items())),
        "genres": {lang: sorted(g) for lang, g in genres.items()},
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7718)
    parser.add_argument("--stats", action="store_true", help="print counts instead of the rows")
    args = parser.parse_args()
    data = generate(args.n, args.seed)
    if args.stats:
        import json

        print(json.dumps(stats(data), ensure_ascii=False, indent=2))
    else:
        for row in data:
            print(row)
