"""Eighth independent bilingual PII evaluation set: everyday operational bank traffic.

Written blind: its author did not open the PII engine, its resources, the dev generators or any
earlier independent set (nor their tests). Measured with ``benchmarks/pii_quality.py --heldout8``,
never tuned on.

Emphasis (different from the document-style seventh set): live-chat exchanges with several turns
(``Agent:`` / ``Customer:``, ``客服：`` / ``用户：``), SMS and WhatsApp/WeChat-style short messages
with emoji and abbreviations, voice-assistant transcripts without punctuation, branch-visit
bookings, card-delivery and courier notes, payee lists laid out as tables (``|`` or tabs), KYC
refresh answers, complaint-form free text, call-back logs; in Chinese 客服工单, 电话回访记录,
营业厅预约, 快递/寄卡地址确认, 收款人列表, 微信语音转文字 (no punctuation, homophones) and
Hong Kong Cantonese written colloquially (我個名係…, 佢…).

Span conventions: the value only; a phone's extension is inside its span; bank hotlines
(400…, 0345…, 1-800…, 95xxx) are not PII; an address runs from its first to its last part
(several lines included); a ``62…`` UnionPay debit card (16–19 digits) is a BANK_ACCOUNT unless a
credit-card cue is near; a titled bare surname is spanned with its title (``王经理``,
``Mr Ahmed``); branch/sort codes, OTPs and last-four digits are not PII; numbers read aloud are
spanned in their spoken form. Cards are Luhn-valid, IBANs mod-97-valid, CN IDs carry a valid
GB 11643 check character, SSNs are in valid ranges. About 30% of each language's messages carry
no personal data (hard negatives).

    PYTHONPATH=. python benchmarks/pii_heldout8/generator.py --stats
"""

# Message templates read best on one line each, so long template lines are allowed here.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import random
import string
from collections import Counter
from collections.abc import Callable
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
PII_FREE_SHARE = 0.30


# ---------------------------------------------------------------- message builder


@dataclass(frozen=True)
class P:
    """A personal value to be placed in a template, with its label."""

    value: str
    label: str


class _Msg:
    """Accumulates text and the spans of the personal values placed in it."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, int | str]] = []

    def add(self, template: str, **fields: str | P) -> _Msg:
        for literal, field, _spec, _conv in string.Formatter().parse(template):
            self.text += literal
            if field is None:
                continue
            value = fields[field]
            if isinstance(value, P):
                start = len(self.text)
                self.text += value.value
                self.spans.append({"start": start, "end": len(self.text), "label": value.label})
            else:
                self.text += value
        return self


# ---------------------------------------------------------------- checksums


def luhn_check_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:  # doubled positions, counted from the check digit's left neighbour
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn_check_digit(body)


_IBAN_FORMATS = {"GB": "A4N14", "DE": "N18", "FR": "N23", "IE": "A4N14", "NL": "A4N10", "ES": "N20"}
_BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"]}
_BANK_CODES["NL"] = ["ABNA", "INGB", "RABO"]


def iban(rng: random.Random, country: str) -> str:
    fmt = _IBAN_FORMATS[country]
    bban = ""
    if fmt.startswith("A4"):
        bban += rng.choice(_BANK_CODES[country])
        fmt = fmt[2:]
    bban += "".join(rng.choice(string.digits) for _ in range(int(fmt[1:])))
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_REGIONS: tuple[str, ...] = (
    "110105",
    "310115",
    "440305",
    "330106",
    "510107",
    "420106",
    "320102",
    "370202",
)
_CN_REGIONS += ("350203", "610113", "230103", "500103")


def cn_id(rng: random.Random, year: int, month: int, day: int) -> str:
    body = f"{rng.choice(_CN_REGIONS)}{year:04d}{month:02d}{day:02d}{rng.randint(1, 999):03d}"
    total = sum(int(d) * w for d, w in zip(body, _CN_ID_WEIGHTS, strict=True))
    return body + "10X98765432"[total % 11]


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def group(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, pos = [], 0
    for size in sizes:
        if pos >= len(number):
            break
        out.append(number[pos : pos + size])
        pos += size
    if pos < len(number):
        out.append(number[pos:])
    return sep.join(out)


# ---------------------------------------------------------------- spoken forms

_EN_DIGIT = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ZH_DIGIT = "零一二三四五六七八九"


def spoken_en(digits: str, rng: random.Random, groups: tuple[int, ...] = ()) -> str:
    """Digits read aloud: 'oh' for zero sometimes, 'double' for a repeated pair sometimes."""
    chunks = [digits]
    if groups:
        chunks = group(digits, groups, "|").split("|")
    use_oh = rng.random() < 0.5
    use_double = rng.random() < 0.5
    spoken_chunks = []
    for chunk in chunks:
        words: list[str] = []
        i = 0
        while i < len(chunk):
            d = int(chunk[i])
            word = "oh" if d == 0 and use_oh else _EN_DIGIT[d]
            if use_double and i + 1 < len(chunk) and chunk[i + 1] == chunk[i]:
                words.append("double " + word)
                i += 2
                continue
            words.append(word)
            i += 1
        spoken_chunks.append(" ".join(words))
    return rng.choice([", ", " ", " ... "]).join(spoken_chunks) if groups else spoken_chunks[0]


def spoken_zh(digits: str, rng: random.Random, yao: bool = True) -> str:
    out = "".join(_ZH_DIGIT[int(d)] for d in digits)
    return out.replace("一", "幺") if yao and rng.random() < 0.6 else out


def zh_small(n: int) -> str:
    """1..99 in Chinese numerals (for months and days)."""
    if n < 10:
        return _ZH_DIGIT[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _ZH_DIGIT[tens]
    return head + "十" + (_ZH_DIGIT[ones] if ones else "")


_MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
)
_MONTHS += ("September", "October", "November", "December")
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}
_ORD |= {8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth"}
_ORD |= {14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth"}
_ORD |= {18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty"}
_TENS[9] = "ninety"
_TEENS: tuple[str, ...] = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
)
_TEENS += ("eighteen", "nineteen")


def ordinal_words(n: int) -> str:
    if n in _ORD:
        return _ORD[n]
    tens, ones = divmod(n, 10)
    return f"{_TENS[tens]}-{_ORD[ones]}"


def two_digit_words(n: int) -> str:
    if n < 10:
        return "oh " + _EN_DIGIT[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + ("-" + _EN_DIGIT[ones] if ones else "")


def year_words(year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        return "two thousand" + (" and " + two_digit_words(rest).replace("oh ", "") if rest else "")
    return f"nineteen {two_digit_words(year - 1900)}"


def ordinal_suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def dob_en(rng: random.Random, spoken: bool = False) -> str:
    y, m, d = birth(rng)
    month = _MONTHS[m - 1]
    if spoken:
        return rng.choice(
            [
                f"the {ordinal_words(d)} of {month.lower()} {year_words(y)}",
                f"{month.lower()} {ordinal_words(d)} {year_words(y)}",
                f"{d} {month.lower()} {y}",
            ]
        )
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{ordinal_suffix(d)} {month} {y}",
            f"the {ordinal_suffix(d)} of {month} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{month[:3]}-{y}",
            f"{d}.{m}.{str(y)[2:]}",
            f"{month[:3]} {d} {y}",
        ]
    )


def dob_zh(rng: random.Random, spoken: bool = False, traditional: bool = False) -> str:
    y, m, d = birth(rng)
    if spoken:
        year = "".join(_ZH_DIGIT[int(c)] for c in str(y))
        tail = rng.choice(["日", "号"])
        return rng.choice(
            [
                f"{year}年{zh_small(m)}月{zh_small(d)}{tail}",
                f"{year[2:]}年{zh_small(m)}月{zh_small(d)}号",
            ]
        )
    minguo = "民國" if traditional else "民国"
    options = [
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}年{m}月{d}号",
    ]
    if y > 1911 + 40:
        options.append(f"{minguo}{y - 1911}年{m}月{d}日")
    return rng.choice(options)


# ---------------------------------------------------------------- names

_EN_FIRST = [
    "Olivia",
    "Liam",
    "Priya",
    "Siobhan",
    "Kwame",
    "Tomasz",
    "Aoife",
    "Mateo",
    "Hannah",
    "Yusuf",
    "Chloe",
    "Declan",
    "Fatima",
    "Oscar",
    "Ngozi",
    "Harriet",
    "Callum",
    "Leilani",
    "Dmitri",
    "Grace",
    "Rohan",
    "Isla",
    "Emeka",
    "Beatriz",
    "Connor",
    "Saoirse",
    "Farid",
    "Imogen",
    "Jasper",
    "Thandiwe",
    "Ewan",
    "Marguerite",
    "Tariq",
    "Ruth",
    "Kieran",
    "Noor",
    "Bartholomew",
    "Ines",
]
_EN_LAST = [
    "Whitfield",
    "Okonkwo",
    "Kowalczyk",
    "Fairbairn",
    "Nakamura",
    "Delacroix",
    "Ramanathan",
    "Sorensen",
    "Abernethy",
    "Mbeki",
    "Castellanos",
    "Pemberton",
    "Hadley",
    "Achterberg",
    "Quigley",
    "Rousseau",
    "Iyer",
    "Lindqvist",
    "Ferreira",
    "Gallagher",
    "Henderson",
    "Oyelaran",
    "Vasquez",
    "Thorne",
    "Kaur",
    "Brennan",
    "Szabo",
    "McAllister",
    "Donnelly",
    "Petrov",
]
_EN_PARTICLE_NAMES = (
    "Pieter van der Berg",
    "Maria de la Cruz",
    "Ahmad bin Ismail",
    "Nur Aisyah binti Rahman",
    "Ciarán O'Sullivan",
    "Luca di Stefano",
    "Anna-Lena Schmidt",
    "Sophie Hamilton-Price",
    "Rhys ap Gwyn",
    "Jan de Vries",
    "Siti Nurhaliza binti Osman",
    "Brendan O'Rourke",
    "Catherine Bowes-Lyon",
    "Eduardo dos Santos",
    "Willem van Dijk",
    "Mohammed Al-Farsi",
)
_PINYIN_NAMES = (
    "Zhang Wei",
    "Liu Yang",
    "Chen Xiaoling",
    "Wong Ka Ming",
    "Lim Boon Keng",
    "Tan Mei Hua",
    "Huang Jianguo",
    "Chan Tai Man",
    "Zhou Ting",
    "Ng Siu Fung",
    "Lee Jia Hui",
    "Xu Haoran",
)
_EN_SURNAME_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")
_EN_BARE_SURNAMES: tuple[str, ...] = (
    "Ahmed",
    "Okafor",
    "Kowalski",
    "Patel",
    "Fitzgerald",
    "Nguyen",
    "Osei",
)
_EN_BARE_SURNAMES += ("Brennan", "Lindqvist", "Chan", "Murphy")


def en_name(rng: random.Random, allow_lower: bool = True) -> str:
    roll = rng.random()
    if roll < 0.2:
        name = rng.choice(_EN_PARTICLE_NAMES)
    elif roll < 0.35:
        name = rng.choice(_PINYIN_NAMES)
    elif roll < 0.45:
        first = rng.choice(_EN_FIRST)
        name = f"{first} {rng.choice('ABCDEFGHJKLMPRSTW')}. {rng.choice(_EN_LAST)}"
    else:
        name = f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"
    if allow_lower and rng.random() < 0.12:
        name = name.lower().replace("'", "")
    return name


def en_titled(rng: random.Random) -> str:
    return f"{rng.choice(_EN_SURNAME_TITLES)} {rng.choice(_EN_BARE_SURNAMES)}"


def en_first(rng: random.Random) -> str:
    return rng.choice(_EN_FIRST)


_ZH_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程"
)
_ZH_GIVEN = [
    "芳",
    "建国",
    "伟",
    "洋",
    "静",
    "秀英",
    "磊",
    "晓明",
    "婷",
    "桂芳",
    "志强",
    "美玲",
    "嘉欣",
    "浩然",
    "雨桐",
    "丽",
    "远",
    "晓燕",
    "凯",
    "晓东",
    "子涵",
    "一鸣",
    "思琪",
    "国庆",
    "海燕",
    "文博",
    "欣怡",
    "建华",
    "俊杰",
    "淑珍",
    "明轩",
    "红梅",
    "宇航",
    "佳琪",
    "振华",
]
_ZH_COMPOUND = ("欧阳娜娜", "司马晓峰", "上官婉清", "诸葛文涛", "慕容雪")
_HK_NAMES: tuple[str, ...] = (
    "陳大文",
    "李嘉欣",
    "黃志明",
    "張美玲",
    "何家豪",
    "梁詠詩",
    "林子健",
    "鄭國榮",
)
_HK_NAMES += ("吳慧敏", "蔡卓妍")
_LATIN_IN_ZH: tuple[str, ...] = (
    "Cathy Chen",
    "David Wong",
    "Kevin Lim",
    "Jessica Tan",
    "Michael Ho",
    "Amy Lau",
)
_LATIN_IN_ZH += ("Sarah O'Brien", "Tom van Leeuwen")
_ZH_TITLES = ("经理", "老师", "阿姨", "总", "医生", "小姐", "先生", "女士", "师傅", "主任")


def zh_name(rng: random.Random, latin_ok: bool = True) -> str:
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(_ZH_COMPOUND)
    if latin_ok and roll < 0.18:
        return rng.choice(_LATIN_IN_ZH)
    return rng.choice(_ZH_SURNAMES) + rng.choice(_ZH_GIVEN)


def zh_titled(rng: random.Random) -> str:
    return rng.choice(_ZH_SURNAMES) + rng.choice(_ZH_TITLES)


def hk_name(rng: random.Random) -> str:
    return rng.choice(_HK_NAMES)


# ---------------------------------------------------------------- addresses

_US_STREETS = ("Maple Avenue", "W Belmont Ave", "Riverside Drive", "Old Post Road", "Elm St")
_US_CITIES: tuple[str, ...] = (
    "Columbus, OH 43215",
    "Chicago, IL 60657",
    "Austin, TX 78704",
    "Tacoma, WA 98403",
)
_US_CITIES += ("Hoboken, NJ 07030", "Raleigh, NC 27601")
_UK_STREETS: tuple[str, ...] = (
    "Beaconsfield Road",
    "Cromwell Terrace",
    "Mill Lane",
    "Station Approach",
)
_UK_STREETS += ("Victoria Crescent", "Holloway Road")
_UK_TOWNS: tuple[str, ...] = (
    "Leeds LS6 2AH",
    "Bristol BS7 8NR",
    "Glasgow G12 8QQ",
    "Norwich NR2 3DB",
)
_UK_TOWNS += ("London N7 6PA", "Cardiff CF24 4HQ")
_UK_TOWNS_NO_POSTCODE = ("Cheltenham", "Harrogate", "Kendal", "Truro")
_CA = (
    "56 Elm Street, Toronto, ON M5T 1K2",
    "1450 Rue Saint-Denis, Montréal, QC H2X 3J8",
    "902 Jasper Avenue NW, Edmonton, AB T5J 1N9",
    "33 Spring Garden Rd, Halifax, NS B3J 3R4",
)
_AU = (
    "Unit 5, 17 Wattle Street, Ultimo NSW 2007",
    "42 Brunswick St, Fitzroy VIC 3065",
    "8/110 Adelaide Terrace, East Perth WA 6004",
    "3 Kingfisher Close, Cairns QLD 4870",
)
_IE = (
    "12 Clonliffe Road, Drumcondra, Dublin 3, D03 X2K5",
    "Apartment 14, The Maltings, Kilkenny",
    "7 Bóthar na Trá, Salthill, Galway H91 E2W6",
)
_NZ = ("48 Ponsonby Road, Grey Lynn, Auckland 1021", "15 Cuba Street, Te Aro, Wellington 6011")
_HK_EN = (
    "Flat C, 12/F, Block 3, Kornhill Gardens, Quarry Bay",
    "Room 1803, Tower 2, Lohas Park, Tseung Kwan O",
    "Flat 6B, 88 Waterloo Road, Ho Man Tin, Kowloon",
)
_SG_EN = (
    "Blk 208 Tampines Street 21, #07-1183, Singapore 520208",
    "12 Jalan Kembangan, Singapore 419130",
    "Blk 45 Toa Payoh Lorong 5, #11-32, Singapore 310045",
)


def en_address(rng: random.Random, multiline: bool | None = None) -> str:
    kind = rng.choice(["US", "UK", "UK0", "CA", "AU", "IE", "NZ", "HK", "SG"])
    if kind == "US":
        parts = [f"{rng.randint(10, 9899)} {rng.choice(_US_STREETS)}"]
        if rng.random() < 0.5:
            parts.append(f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}")
        parts.append(rng.choice(_US_CITIES))
    elif kind == "UK":
        parts = [f"{rng.randint(1, 240)} {rng.choice(_UK_STREETS)}"]
        if rng.random() < 0.4:
            parts.insert(0, f"Flat {rng.randint(1, 12)}")
        parts.append(rng.choice(_UK_TOWNS))
    elif kind == "UK0":
        parts = [
            f"{rng.randint(1, 99)} {rng.choice(_UK_STREETS)}",
            rng.choice(_UK_TOWNS_NO_POSTCODE),
        ]
    else:
        pool = {"CA": _CA, "AU": _AU, "IE": _IE, "NZ": _NZ, "HK": _HK_EN, "SG": _SG_EN}[kind]
        parts = rng.choice(pool).split(", ")
    if multiline is None:
        multiline = rng.random() < 0.2
    return ("\n" if multiline else ", ").join(parts)


_CN_CITIES = (
    ("上海市", "浦东新区", "张杨路"),
    ("北京市", "朝阳区", "望京西路"),
    ("广东省深圳市", "南山区", "科苑南路"),
    ("浙江省杭州市", "西湖区", "文三路"),
    ("四川省成都市", "武侯区", "人民南路四段"),
    ("湖北省武汉市", "洪山区", "珞喻路"),
    ("江苏省南京市", "鼓楼区", "中山北路"),
    ("天津市", "河西区", "友谊路"),
)
_HK_ZH = (
    "九龍灣宏照道33號國際交易中心15樓",
    "香港北角英皇道663號8樓B室",
    "新界沙田第一城22座18樓F室",
    "九龍旺角彌敦道700號12樓",
    "香港仔南寧街9號2樓",
)
_TW_ZH = (
    "台北市大安區忠孝東路四段181號5樓",
    "新北市板橋區文化路一段25號3樓之2",
    "台中市西屯區台灣大道三段99號",
)
_SG_MY_ZH = ("新加坡淡滨尼21街208座#07-1183", "吉隆坡蕉赖路88号", "槟城乔治市牛干冬街21号")


def cn_address(rng: random.Random) -> str:
    province, district, road = rng.choice(_CN_CITIES)
    address = f"{province}{district}{road}{rng.randint(1, 1999)}号"
    tail = rng.choice(["", f"{rng.randint(1, 30)}号楼{rng.randint(1, 28)}0{rng.randint(1, 6)}室"])
    tail = rng.choice(
        [tail, f"{rng.randint(1, 12)}栋{rng.randint(1, 3)}单元{rng.randint(2, 33)}01"]
    )
    if rng.random() < 0.25:  # without province/city: the customer names only district and street
        address = f"{district}{road}{rng.randint(1, 1999)}号"
    return address + tail


def zh_address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        return cn_address(rng)
    if roll < 0.8:
        return rng.choice(_HK_ZH)
    if roll < 0.9:
        return rng.choice(_TW_ZH)
    return rng.choice(_SG_MY_ZH)


# ---------------------------------------------------------------- phones, emails, numbers


def en_phone(rng: random.Random) -> str:
    kind = rng.choice(["UK", "US", "HK", "SG", "AU", "IE", "UKi", "USx"])
    d = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    if kind == "UK":
        return f"07{rng.choice('3456789')}{d(2)} {d(6)}"
    if kind == "UKi":
        return f"+44 7{rng.choice('3456789')}{d(2)} {d(3)} {d(3)}"
    if kind == "US":
        area = f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice(
            [
                f"({area}) {rng.randint(200, 999)}-{d(4)}",
                f"+1 {area}-{rng.randint(200, 999)}-{d(4)}",
            ]
        )
    if kind == "USx":
        area = f"{rng.randint(2, 9)}{d(2)}"
        ext = rng.choice([f" ext. {d(3)}", f" x{d(2)}", f" extension {d(4)}"])
        return f"{area}-{rng.randint(200, 999)}-{d(4)}{ext}"
    if kind == "HK":
        return rng.choice(["", "+852 "]) + f"{rng.choice('5679')}{d(3)} {d(4)}"
    if kind == "SG":
        return f"+65 {rng.choice('89')}{d(3)} {d(4)}"
    if kind == "AU":
        return f"04{d(2)} {d(3)} {d(3)}"
    return f"08{rng.choice('3567')} {d(3)} {d(4)}"


def cn_mobile_digits(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(rng.choice(string.digits) for _ in range(9))


def zh_phone(rng: random.Random) -> str:
    kind = rng.choice(["cn", "cn", "cn_g", "cn_intl", "land", "hk", "tw"])
    d = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    mobile = cn_mobile_digits(rng)
    if kind == "cn":
        return mobile
    if kind == "cn_g":
        return group(mobile, (3, 4, 4), rng.choice([" ", "-"]))
    if kind == "cn_intl":
        return "+86 " + group(mobile, (3, 4, 4), " ")
    if kind == "land":
        return (
            f"0{rng.choice(['21', '10', '755', '571', '28'])}-{rng.randint(2, 8)}{d(7)}"
            + rng.choice(["", f"转{d(4)}", f"-{d(3)}"])
        )
    if kind == "hk":
        return f"{rng.choice('5679')}{d(3)} {d(4)}"
    return f"09{d(2)}-{d(3)}-{d(3)}"


_EMAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "proton.me",
    "hotmail.com",
)
_ZH_EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "gmail.com")


def email_for(rng: random.Random, name: str, zh: bool = False) -> str:
    letters = "".join(c for c in name.lower() if c.isascii() and (c.isalpha() or c == " ")).split()
    if not letters:
        letters = [rng.choice(["xiaoyu", "happycat", "sunny", "lulu", "mingming", "tiger"])]
    local = rng.choice(
        [
            ".".join(letters),
            "_".join(letters) + str(rng.randint(1, 99)),
            letters[-1] + str(rng.randint(70, 2005)),
        ]
    )
    if zh and rng.random() < 0.5:
        local = str(rng.randint(10_000_000, 2_999_999_999))
    domain = rng.choice(_ZH_EMAIL_DOMAINS if zh else _EMAIL_DOMAINS)
    return f"{local}@{domain}"


def credit_card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "mc", "amex", "visa", "mc"])
    if kind == "amex":
        number = luhn_number(rng, rng.choice(["34", "37"]), 15)
        return group(number, (4, 6, 5), rng.choice([" ", "-", ""]))
    number = luhn_number(rng, "4" if kind == "visa" else str(rng.randint(51, 55)), 16)
    return group(number, (4, 4, 4, 4), rng.choice([" ", " ", "-", ""]))


def unionpay(rng: random.Random) -> str:
    return luhn_number(
        rng, rng.choice(["6222", "6228", "6217", "6214", "6259"]), rng.choice([16, 19, 19])
    )


def en_account(rng: random.Random) -> str:
    d = lambda k: "".join(rng.choice(string.digits) for _ in range(k))  # noqa: E731
    return rng.choice([d(8), d(10), d(12), f"{d(3)}-{d(6)}-{d(3)}", f"{d(4)} {d(4)}"])


def ascii_digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def otp(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}"


def last4(rng: random.Random) -> str:
    return f"{rng.randint(0, 9999):04d}"


def amount(rng: random.Random, currency: str) -> str:
    return f"{currency}{rng.randint(5, 9800):,}.{rng.randint(0, 99):02d}"


def ref(rng: random.Random) -> str:
    return rng.choice(
        [
            f"CAS-{rng.randint(2024, 2027)}-{rng.randint(100000, 999999)}",
            f"INC{rng.randint(1000000, 9999999)}",
            f"REF {rng.randint(10, 99)}/{rng.randint(1000, 9999)}",
            f"#{rng.randint(100000, 999999)}",
            f"CB-{rng.randint(10000, 99999)}",
        ]
    )


def ops_date(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} 2026",
            f"{rng.choice(_MONTHS)[:3]} {rng.randint(1, 28)}",
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}",
            f"{rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rng.randint(1, 28)}th",
        ]
    )


_EN_HOTLINES: tuple[str, ...] = (
    "0345 300 0000",
    "1-800-432-1000",
    "0800 161 5151",
    "1300 655 506",
    "1-888-842-6328",
)
_EN_HOTLINES += ("0345 734 5345", "+44 345 600 6000", "1800 200 300")
_ZH_HOTLINES: tuple[str, ...] = (
    "95588",
    "95566",
    "400-820-8888",
    "4006 95566",
    "400 669 5566",
    "800-820-6688",
)
_ZH_HOTLINES += ("(852) 2233 3000", "0800-017-171", "1800 111 1111")
_EN_MERCHANTS: tuple[str, ...] = (
    "Ted Baker",
    "Marks & Spencer",
    "Tim Hortons",
    "Ben & Jerry's",
    "Sainsbury's",
)
_EN_MERCHANTS += (
    "Jack Wills",
    "McDonald's",
    "Harvey Nichols",
    "Morrisons",
    "Wendy's",
    "Trader Joe's",
)
_ZH_MERCHANTS: tuple[str, ...] = (
    "李宁",
    "周大福",
    "老凤祥",
    "海底捞",
    "王府井百货",
    "张小泉",
    "陈李济",
    "马应龙",
)
_ZH_MERCHANTS += ("美团", "盒马鲜生", "大家乐", "吉野家")
_EN_BRANCHES = (
    "Canary Wharf",
    "Kingsway",
    "Harbour City",
    "Jurong Point",
    "Queen Street",
    "Union Square",
)
_ZH_BRANCHES = (
    "张江支行",
    "王府井支行",
    "陆家嘴营业部",
    "旺角分行",
    "黄埔支行",
    "李村营业厅",
    "高新区支行",
)


# ---------------------------------------------------------------- English genres


def _pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def en_live_chat(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    agent = _pick(rng, "Agent", "Bank Agent", "Advisor", "Support")
    cust = _pick(rng, "Customer", "You", "Visitor", "Client")
    m.add(
        f"{agent}: "
        + _pick(
            rng,
            "Hi there, thanks for waiting. How can I help today?",
            "Hello! You're through to the chat team.",
            "Good afternoon, what can I do for you?",
        )
        + "\n"
    )
    if not pii:
        m.add(
            f"{cust}: "
            + _pick(
                rng,
                "hi my card ending {l4} got declined at {merch}",
                "Hi, I got a text with code {otp} but I didn't ask for it",
                "hello, what's the sort code for the {br} branch? is it {sc}?",
            )
            + "\n",
            l4=last4(rng),
            merch=rng.choice(_EN_MERCHANTS),
            otp=otp(rng),
            br=rng.choice(_EN_BRANCHES),
            sc=f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        )
        m.add(
            f"{agent}: "
            + _pick(
                rng,
                "Please never share that code with anyone, including us. I've opened {ref} for you.",
                "I can see a payment of {amt} on {date}. It was declined by the merchant's terminal.",
                "Thanks Sir/Madam, I've logged it under {ref}.",
            )
            + "\n",
            ref=ref(rng),
            amt=amount(rng, "£"),
            date=ops_date(rng),
        )
        m.add(
            f"{cust}: "
            + _pick(
                rng,
                "ok cheers",
                "great thanks 👍",
                "Thank you, I'll ring {hot} if it happens again.",
                "ok I'll pop into the {br} branch on {date}",
            ),
            hot=rng.choice(_EN_HOTLINES),
            br=rng.choice(_EN_BRANCHES),
            date=ops_date(rng),
        )
        return m
    name = en_name(rng)
    m.add(
        f"{cust}: "
        + _pick(
            rng,
            "Hi, it's {name}, I need to update my details",
            "hello this is {name} again re: my lost card",
            "Hi — my name's {name}, I'm locked out of the app",
        )
        + "\n",
        name=P(name, "PERSON"),
    )
    m.add(
        f"{agent}: "
        + _pick(
            rng,
            "No problem. Can I take your date of birth for security?",
            "Sure. First, what's your date of birth please?",
            "Thanks. Could you confirm your DOB?",
        )
        + "\n"
    )
    m.add(f"{cust}: {{dob}}\n", dob=P(dob_en(rng), "DATE_OF_BIRTH"))
    step = rng.choice(["phone", "email", "address", "card", "iban"])
    if step == "phone":
        m.add(
            f"{agent}: And the best number to reach you?\n{cust}: "
            + _pick(rng, "{v}", "mobile is {v}", "{v} (that's my work mobile)")
            + "\n",
            v=P(en_phone(rng), "PHONE_NUMBER"),
        )
    elif step == "email":
        m.add(
            f"{agent}: Which email should the confirmation go to?\n{cust}: "
            + _pick(rng, "{v} pls", "send it to {v}", "{v}")
            + "\n",
            v=P(email_for(rng, name), "EMAIL_ADDRESS"),
        )
    elif step == "address":
        m.add(
            f"{agent}: What's the new address?\n{cust}: "
            + _pick(rng, "{v}", "it's {v}", "we moved to {v} last week")
            + "\n",
            v=P(en_address(rng, multiline=False), "ADDRESS"),
        )
    elif step == "card":
        m.add(
            f"{agent}: Which card is it?\n{cust}: "
            + _pick(rng, "the credit card {v}", "visa {v}", "my Mastercard, {v}")
            + "\n",
            v=P(credit_card(rng), "CREDIT_CARD"),
        )
    else:
        country = rng.choice(["GB", "DE", "IE", "NL", "FR", "ES"])
        value = iban(rng, country)
        if rng.random() < 0.5:
            value = group(value, (4,) * 8)
        m.add(
            f"{agent}: Where should the refund go?\n{cust}: "
            + _pick(rng, "to my IBAN {v}", "{v}", "IBAN: {v}")
            + "\n",
            v=P(value, "IBAN_CODE"),
        )
    closing = _pick(rng, "Perfect, done. Anything else?", "Got it, thank you. Your case is {ref}.")
    if rng.random() < 0.4 and " " in name:  # the agent greets the customer by first name
        closing = _pick(
            rng, "Thanks {first}, that's all updated. Ref {ref}.", "All sorted {first} 🙂"
        )
    m.add(f"{agent}: " + closing, first=P(name.split()[0], "PERSON"), ref=ref(rng))
    return m


def en_sms(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    if not pii:
        m.add(
            _pick(
                rng,
                "Bank: {otp} is your code to approve {amt} at {merch}. Not you? Call {hot}.",
                "hey can u check why my card ending {l4} didnt work at {merch} 😩",
                "Reminder: your branch appt at {br} is on {date} at 10:30. Reply Y to confirm.",
                "thx! got the new card, activated it w/ code {otp} 🙏",
                "Hi, is the {br} branch open on {date}? need to pay in a cheque for {amt}",
                "Your payment of {amt} to {merch} is pending. Ref {ref}. Help: {hot}",
            ),
            otp=otp(rng),
            amt=amount(rng, rng.choice(["£", "$", "A$", "€"])),
            merch=rng.choice(_EN_MERCHANTS),
            hot=rng.choice(_EN_HOTLINES),
            l4=last4(rng),
            br=rng.choice(_EN_BRANCHES),
            date=ops_date(rng),
            ref=ref(rng),
        )
        return m
    kind = rng.choice(["wa_name_phone", "wa_addr", "sms_reply", "wa_third", "wa_email", "wa_acct"])
    if kind == "wa_name_phone":
        m.add(
            _pick(
                rng,
                "hi its {n} 👋 new no. is {p}, pls update ur records",
                "Hiya, {n} here - can u call me on {p} asap re the fraud alert 🙏",
                "{p} is my new mobile fyi. thx, {n}",
            ),
            n=P(en_name(rng), "PERSON"),
            p=P(en_phone(rng), "PHONE_NUMBER"),
        )
    elif kind == "wa_addr":
        m.add(
            _pick(
                rng,
                "pls send the replacement card to {a} not the old place 📦",
                "moved!! new addr: {a} 🏠",
                "can the card go to my mum's? {a}",
            ),
            a=P(en_address(rng, multiline=False), "ADDRESS"),
        )
    elif kind == "sms_reply":
        m.add(
            _pick(
                rng,
                "NO that wasn't me!!! {n}, DOB {d}",
                "STOP. I'm {n}, born {d}, I did not make that payment",
                "Y - {n} ({d})",
            ),
            n=P(en_name(rng), "PERSON"),
            d=P(dob_en(rng), "DATE_OF_BIRTH"),
        )
    elif kind == "wa_third":
        m.add(
            _pick(
                rng,
                "my flatmate {n} will collect the card for me, is that ok? her no is {p}",
                "hi, sending £ to my landlord {n} tmrw, acc {a} sort code {sc} 👍",
                "{t} from your {br} branch said to msg here",
            ),
            n=P(en_name(rng), "PERSON"),
            p=P(en_phone(rng), "PHONE_NUMBER"),
            a=P(en_account(rng), "BANK_ACCOUNT"),
            sc=f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
            t=P(en_titled(rng), "PERSON"),
            br=rng.choice(_EN_BRANCHES),
        )
    elif kind == "wa_email":
        name = en_name(rng)
        m.add(
            _pick(
                rng,
                "pls email the statement to {e} ta",
                "can u send it to {e} instead? work blocks attachments 🙄",
                "{e} — that's the right email now",
            ),
            e=P(email_for(rng, name), "EMAIL_ADDRESS"),
        )
    else:
        m.add(
            _pick(
                rng,
                "card {c} declined again 😡 its a CREDIT card with plenty of limit",
                "is my credit card {c} blocked?? tried twice",
                "u charged my cc {c} twice for {amt}",
            ),
            c=P(credit_card(rng), "CREDIT_CARD"),
            amt=amount(rng, "$"),
        )
    return m


def en_voice(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    if not pii:
        m.add(
            _pick(
                rng,
                "uh hi i want to check my balance on the account ending {l4} please",
                "what time does the {br} branch close on {date}",
                "freeze my debit card ending {l4} i think i left it at {merch}",
                "pay my credit card bill of {amt} from current account",
                "read me the last five transactions um the one at {merch} for {amt}",
            ).lower(),
            l4=" ".join(_EN_DIGIT[int(c)] for c in last4(rng)),
            br=rng.choice(_EN_BRANCHES),
            date=ops_date(rng),
            merch=rng.choice(_EN_MERCHANTS),
            amt=amount(rng, "$"),
        )
        return m
    name = en_name(rng, allow_lower=False).lower().replace("'", "")
    kind = rng.choice(["name_dob", "phone", "ssn", "card", "acct"])
    lead = _pick(rng, "yeah hi ", "um ", "okay so ", "hello ")
    if kind == "name_dob":
        m.add(
            lead
            + _pick(
                rng,
                "my name is {n} and my date of birth is {d}",
                "this is {n} uh born {d}",
                "its {n} {d} is my birthday",
            ),
            n=P(name, "PERSON"),
            d=P(dob_en(rng, spoken=True), "DATE_OF_BIRTH"),
        )
    elif kind == "phone":
        digits = "07" + "".join(rng.choice(string.digits) for _ in range(9))
        m.add(
            lead
            + _pick(
                rng,
                "update my phone number to {p}",
                "call me back on {p} thanks",
                "my mobile is {p} and the name is {n}",
            ),
            p=P(spoken_en(digits, rng, (5, 3, 3)), "PHONE_NUMBER"),
            n=P(name, "PERSON"),
        )
    elif kind == "ssn":
        value = ascii_digits(ssn(rng))
        m.add(
            lead
            + _pick(
                rng,
                "my social is {s}",
                "social security number {s} for the tax form",
                "the last bit is my ssn {s} right",
            ),
            s=P(spoken_en(value, rng, (3, 2, 4)), "US_SSN"),
        )
    elif kind == "card":
        number = ascii_digits(credit_card(rng))
        m.add(
            lead
            + _pick(
                rng,
                "the credit card number is {c}",
                "pay it off on my visa {c}",
                "card number {c} expiry oh nine twenty eight",
            ),
            c=P(spoken_en(number, rng, (4, 4, 4, 4)), "CREDIT_CARD"),
        )
    else:
        digits = ascii_digits(en_account(rng))
        m.add(
            lead
            + _pick(
                rng,
                "transfer fifty dollars to account {a}",
                "my account number is {a} sort code one two three four five six",
            ),
            a=P(spoken_en(digits, rng), "BANK_ACCOUNT"),
        )
    return m


def en_booking(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(
        _pick(
            rng,
            "Appointment request\n",
            "BRANCH VISIT BOOKING\n",
            "Book an appointment – web form\n",
            "",
        )
    )
    if not pii:
        m.add(
            "Branch: {br} (branch code {bc})\nDate: {date}, 11:15\nReason: "
            + _pick(
                rng,
                "open a junior saver",
                "mortgage chat",
                "pay in coins",
                "replace chip & PIN card ending {l4}",
            )
            + "\nName: Mr/Mrs ______ \nBooked via app, ref {ref}",
            br=rng.choice(_EN_BRANCHES),
            bc=f"{rng.randint(1000, 9999)}",
            date=ops_date(rng),
            l4=last4(rng),
            ref=ref(rng),
        )
        return m
    m.add(
        "Name: {n}\nBranch: {br}\nDate: {date} at {h}:{mm}\n",
        n=P(en_name(rng), "PERSON"),
        br=rng.choice(_EN_BRANCHES),
        date=ops_date(rng),
        h=str(rng.randint(9, 16)),
        mm=rng.choice(["00", "15", "30", "45"]),
    )
    extra = rng.sample(["dob", "phone", "email", "with", "note"], k=rng.randint(2, 4))
    for field in extra:
        if field == "dob":
            m.add(
                _pick(rng, "Date of birth: {v}\n", "DOB {v}\n", "D.O.B.: {v}\n"),
                v=P(dob_en(rng), "DATE_OF_BIRTH"),
            )
        elif field == "phone":
            m.add(
                _pick(
                    rng, "Contact no.: {v}\n", "Mobile - {v}\n", "Call me on {v} if running late\n"
                ),
                v=P(en_phone(rng), "PHONE_NUMBER"),
            )
        elif field == "email":
            m.add("Email: {v}\n", v=P(email_for(rng, en_name(rng)), "EMAIL_ADDRESS"))
        elif field == "with":
            m.add(
                _pick(
                    rng,
                    "Attending with: {v} (daughter)\n",
                    "My husband {v} will come too\n",
                    "Interpreter: {v}\n",
                ),
                v=P(en_name(rng), "PERSON"),
            )
        else:
            m.add(
                _pick(
                    rng,
                    "Notes: wheelchair access please\n",
                    "Notes: please ask for {v}\n",
                    "Notes: bring passport + utility bill\n",
                ),
                v=P(en_titled(rng), "PERSON"),
            )
    m.text = m.text.rstrip("\n")
    return m


def en_delivery(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    courier = rng.choice(
        ["DPD", "Royal Mail", "UPS", "FedEx", "Australia Post", "SF Express", "An Post"]
    )
    if not pii:
        m.add(
            _pick(
                rng,
                "{c} update: parcel {ref} (your replacement card ending {l4}) is out for delivery today 🚚",
                "Card dispatched {date} by {c}, tracking {ref}. Signature required. Questions: {hot}",
                "Courier note: left with neighbour at no. {no}, photo taken. Ref {ref}.",
                "Delivery failed - nobody home. Collect from {c} depot within 7 days, ref {ref}.",
            ),
            c=courier,
            ref=ref(rng),
            l4=last4(rng),
            date=ops_date(rng),
            hot=rng.choice(_EN_HOTLINES),
            no=str(rng.randint(2, 90)),
        )
        return m
    multiline = rng.random() < 0.4
    m.add(
        _pick(
            rng,
            "Card delivery confirmation\nDeliver to: {n}\n",
            "{c} label:\nFAO {n}\n",
            "Hi, please confirm the courier address for {n}:\n",
        ),
        n=P(en_name(rng), "PERSON"),
        c=courier,
    )
    m.add("{a}\n", a=P(en_address(rng, multiline=multiline), "ADDRESS"))
    m.add(
        _pick(rng, "Recipient phone: {p}\n", "Driver to call {p} on arrival\n", "Tel {p}\n", ""),
        p=P(en_phone(rng), "PHONE_NUMBER"),
    )
    m.add(
        _pick(
            rng,
            "Ref {ref}",
            "Safe place: porch. Ref {ref}",
            "Signed for by {s}",
            "Tracking {ref} 📦",
        ),
        ref=ref(rng),
        s=P(en_name(rng), "PERSON"),
    )
    return m


def en_payees(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    sep = rng.choice([" | ", "\t"])
    if not pii:
        m.add(sep.join(["Payee", "Type", "Last paid", "Amount"]) + "\n")
        for _ in range(rng.randint(2, 4)):
            m.add(
                sep.join(
                    [
                        rng.choice(
                            (*_EN_MERCHANTS, "HMRC", "Council Tax", "Thames Water", "British Gas")
                        ),
                        rng.choice(["Bill", "Card", "Standing order"]),
                        ops_date(rng),
                        amount(rng, "£"),
                    ]
                )
                + "\n"
            )
        m.add("Sort codes and account ending " + last4(rng) + " hidden for security.")
        return m
    m.add(_pick(rng, "Saved payees\n", "My payee list (exported)\n", "Beneficiaries to set up:\n"))
    m.add(sep.join(["Name", "Account", "Reference"]) + "\n")
    for _ in range(rng.randint(2, 4)):
        kind = rng.choice(["uk", "iban", "biz"])
        if kind == "biz":
            m.add(
                sep.join(
                    [
                        rng.choice((*_EN_MERCHANTS, "EDF Energy", "Council Tax")),
                        "via bill pay",
                        ref(rng),
                    ]
                )
                + "\n"
            )
            continue
        value = (
            iban(rng, rng.choice(["GB", "DE", "IE", "NL", "FR", "ES"]))
            if kind == "iban"
            else en_account(rng)
        )
        if kind == "iban" and rng.random() < 0.5:
            value = group(value, (4,) * 8)
        label = "IBAN_CODE" if kind == "iban" else "BANK_ACCOUNT"
        m.add(
            "{n}"
            + sep
            + "{a}"
            + sep
            + _pick(rng, "rent", "loan back", "birthday", "school trip", "{ref}")
            + "\n",
            n=P(en_name(rng), "PERSON"),
            a=P(value, label),
            ref=ref(rng),
        )
    m.text = m.text.rstrip("\n")
    return m


def en_kyc(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(
        _pick(
            rng,
            "KYC refresh – customer answers\n",
            "Periodic review: please confirm your details\n",
            "Know Your Customer update (online)\n",
        )
    )
    if not pii:
        m.add(
            "Q1 Occupation: "
            + _pick(rng, "nurse", "self-employed plumber", "retired", "student")
            + "\nQ2 Source of funds: "
            + _pick(rng, "salary", "pension", "sale of car for {amt}")
            + "\nQ3 Expected monthly turnover: {amt2}\nQ4 Countries you send money to: "
            + _pick(rng, "none", "Poland, Ireland", "India")
            + "\nReview ref {ref}, due {date}",
            amt=amount(rng, "£"),
            amt2=amount(rng, "£"),
            ref=ref(rng),
            date=ops_date(rng),
        )
        return m
    m.add("Full legal name: {n}\n", n=P(en_name(rng, allow_lower=False), "PERSON"))
    fields = rng.sample(
        ["dob", "addr", "ssn", "phone", "email", "prev", "cnid"], k=rng.randint(2, 4)
    )
    for f in fields:
        if f == "cnid":
            y, mo, d = birth(rng)
            m.add(
                _pick(rng, "PRC resident ID: {v}\n", "Chinese ID card no. {v}\n"),
                v=P(cn_id(rng, y, mo, d), "CN_ID_CARD"),
            )
            continue
        if f == "dob":
            m.add("Date of birth: {v}\n", v=P(dob_en(rng), "DATE_OF_BIRTH"))
        elif f == "addr":
            m.add("Residential address:\n{v}\n", v=P(en_address(rng), "ADDRESS"))
        elif f == "ssn":
            m.add(
                _pick(rng, "SSN: {v}\n", "US tax ID (SSN) {v}\n", "Social Security No. {v}\n"),
                v=P(ssn(rng), "US_SSN"),
            )
        elif f == "phone":
            m.add("Phone: {v}\n", v=P(en_phone(rng), "PHONE_NUMBER"))
        elif f == "email":
            m.add("Email: {v}\n", v=P(email_for(rng, en_name(rng)), "EMAIL_ADDRESS"))
        else:
            m.add(
                _pick(rng, "Previous name: {v}\n", "Also known as: {v}\n", "Name at birth: {v}\n"),
                v=P(en_name(rng, allow_lower=False), "PERSON"),
            )
    m.add("Occupation: " + _pick(rng, "teacher", "Uber driver", "accountant", "unemployed"))
    return m


def en_complaint(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(
        _pick(
            rng, "Complaint form – What happened?\n", "Tell us what went wrong:\n", "[Free text] "
        )
    )
    if not pii:
        m.add(
            _pick(
                rng,
                "I was on hold to {hot} for 58 minutes on {date} and then got cut off. Case {ref}. Nobody called back.",
                "The {br} branch was shut without notice on {date}. I wasted a bus fare. Ref {ref}.",
                "Your app charged me {amt} twice at {merch}. The card ending {l4} has been blocked since.",
                "The advisor was rude and wouldn't give her name. I want this escalated. Ref {ref}.",
            ),
            hot=rng.choice(_EN_HOTLINES),
            date=ops_date(rng),
            ref=ref(rng),
            br=rng.choice(_EN_BRANCHES),
            amt=amount(rng, "£"),
            merch=rng.choice(_EN_MERCHANTS),
            l4=last4(rng),
        )
        return m
    kind = rng.choice(["staff", "fraud", "third", "mix"])
    if kind == "staff":
        m.add(
            "I spoke to {s} at the {br} branch who promised a callback on {p}. It never came. ",
            s=P(rng.choice([en_titled(rng), en_name(rng)]), "PERSON"),
            br=rng.choice(_EN_BRANCHES),
            p=P(en_phone(rng), "PHONE_NUMBER"),
        )
    elif kind == "fraud":
        m.add(
            "Someone used my card {c} at {merch} for {amt}. I still have the card! ",
            c=P(credit_card(rng), "CREDIT_CARD"),
            merch=rng.choice(_EN_MERCHANTS),
            amt=amount(rng, "$"),
        )
    elif kind == "third":
        m.add(
            "My late father {n} had an account {a} and you keep writing to him at {addr}. ",
            n=P(en_name(rng), "PERSON"),
            a=P(en_account(rng), "BANK_ACCOUNT"),
            addr=P(en_address(rng, multiline=False), "ADDRESS"),
        )
    else:
        m.add(
            "You sent my statement to {e}, which isn't even mine. My social {s} is on it!! ",
            e=P(email_for(rng, en_name(rng)), "EMAIL_ADDRESS"),
            s=P(ssn(rng), "US_SSN"),
        )
    m.add(
        _pick(
            rng,
            "Please call me back.\n— {n}",
            "Regards,\n{n}",
            "Thanks, {n}",
            "I expect a reply within 8 weeks.",
        ),
        n=P(en_name(rng), "PERSON"),
    )
    return m


def en_callback(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(_pick(rng, "Call-back log\n", "Outbound call notes ", "CALLBACK QUEUE — "))
    if not pii:
        m.add(
            _pick(
                rng,
                "{date} 14:02 rang customer re {ref}; no answer, voicemail left asking to call {hot}. Attempt 2 of 3.",
                "{date}: spoke to account holder, confirmed last four {l4} and OTP {otp}; refund of {amt} approved.",
                "Caller transferred from {hot} queue; query about branch code {bc}, resolved.",
            ),
            date=ops_date(rng),
            ref=ref(rng),
            hot=rng.choice(_EN_HOTLINES),
            l4=last4(rng),
            otp=otp(rng),
            amt=amount(rng, "£"),
            bc=str(rng.randint(1000, 9999)),
        )
        return m
    m.add(
        "{date} called {n} on {p}. "
        + _pick(rng, "Verified via DOB {d}.", "DOB {d} confirmed.", "ID&V passed (DOB {d})."),
        date=ops_date(rng),
        n=P(rng.choice([en_name(rng), en_titled(rng)]), "PERSON"),
        p=P(en_phone(rng), "PHONE_NUMBER"),
        d=P(dob_en(rng), "DATE_OF_BIRTH"),
    )
    m.add(
        _pick(
            rng,
            " Customer asked us to also call her son {x} on {q}.",
            " Wants statements by post to {a}.",
            " Card {c} cancelled, new one ordered.",
            " Closing {ref}.",
        ),
        x=P(en_name(rng), "PERSON"),
        q=P(en_phone(rng), "PHONE_NUMBER"),
        a=P(en_address(rng, multiline=False), "ADDRESS"),
        c=P(credit_card(rng), "CREDIT_CARD"),
        ref=ref(rng),
    )
    return m


# ---------------------------------------------------------------- Chinese genres


def zh_live_chat(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    agent = _pick(rng, "客服", "在线客服", "智能客服小招", "人工客服")
    user = _pick(rng, "用户", "客户", "我")
    m.add(
        f"{agent}："
        + _pick(
            rng,
            "您好，很高兴为您服务，请问有什么可以帮您？",
            "您好，这里是在线客服~",
            "先生/女士您好，请讲。",
        )
        + "\n"
    )
    if not pii:
        m.add(
            f"{user}："
            + _pick(
                rng,
                "我尾号{l4}的卡在{merch}刷不了",
                "收到验证码{otp}但不是我操作的",
                "{br}周六开门吗",
            ),
            l4=last4(rng),
            merch=rng.choice(_ZH_MERCHANTS),
            otp=otp(rng),
            br=rng.choice(_ZH_BRANCHES),
        )
        m.add(
            f"\n{agent}："
            + _pick(
                rng,
                "验证码请勿告诉任何人。已为您登记工单{ref}。",
                "您可以拨打{hot}转人工进一步核实。",
                "{br}周六9:00-17:00营业，网点号{bc}。",
            ),
            ref=f"GD{rng.randint(20260101, 20261231)}-{rng.randint(1000, 9999)}",
            hot=rng.choice(_ZH_HOTLINES),
            br=rng.choice(_ZH_BRANCHES),
            bc=str(rng.randint(1000, 9999)),
        )
        m.add(f"\n{user}：" + _pick(rng, "好的谢谢", "明白了，谢谢您", "行吧 😅", "收到👌"))
        return m
    name = zh_name(rng)
    m.add(
        f"{user}："
        + _pick(
            rng,
            "你好，我是{n}，想改一下预留手机号",
            "我叫{n}，卡被吞了怎么办",
            "帮我查下{n}名下的卡",
        ),
        n=P(name, "PERSON"),
    )
    m.add(
        f"\n{agent}："
        + _pick(
            rng, "好的，请提供一下您的身份证号码进行核实。", "为了保障账户安全，请您提供身份证号。"
        )
    )
    y, mo, d = birth(rng)
    idn = cn_id(rng, y, mo, d)
    if rng.random() < 0.3:
        idn = group(idn, (6, 8, 4), " ")
    m.add(f"\n{user}：" + _pick(rng, "{v}", "身份证{v}", "{v} 这个"), v=P(idn, "CN_ID_CARD"))
    step = rng.choice(["phone", "card", "addr", "email", "credit"])
    if step == "phone":
        m.add(
            f"\n{agent}：请问新手机号是？\n{user}："
            + _pick(rng, "{v}", "新号{v}", "{v}，原来那个停机了"),
            v=P(zh_phone(rng), "PHONE_NUMBER"),
        )
    elif step == "card":
        m.add(
            f"\n{agent}：请问是哪张卡？\n{user}："
            + _pick(rng, "储蓄卡{v}", "卡号{v}", "工资卡 {v}"),
            v=P(unionpay(rng), "BANK_ACCOUNT"),
        )
    elif step == "credit":
        m.add(
            f"\n{agent}：请问是哪张信用卡？\n{user}："
            + _pick(rng, "信用卡{v}", "就是那张白金信用卡，{v}", "{v}，信用卡"),
            v=P(rng.choice([credit_card(rng), unionpay(rng)]), "CREDIT_CARD"),
        )
    elif step == "addr":
        m.add(
            f"\n{agent}：新卡寄到哪里？\n{user}：" + _pick(rng, "{v}", "寄到{v}", "地址：{v}"),
            v=P(zh_address(rng), "ADDRESS"),
        )
    else:
        m.add(
            f"\n{agent}：电子对账单发哪个邮箱？\n{user}：" + _pick(rng, "{v}", "发{v}吧"),
            v=P(email_for(rng, name, zh=True), "EMAIL_ADDRESS"),
        )
    m.add(
        f"\n{agent}："
        + _pick(rng, "已为您办理，感谢{t}的耐心等待。", "好的，已受理。", "收到，请留意短信通知。"),
        t=P(name[0] + rng.choice(["先生", "女士"]), "PERSON")
        if len(name) <= 3 and name.isascii() is False
        else "您",
    )
    return m


def zh_msg(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    if not pii:
        m.add(
            _pick(
                rng,
                "【XX银行】您尾号{l4}的卡于{date}消费{amt}，验证码{otp}，如非本人操作请致电{hot}。",
                "在吗？我卡尾号{l4}被冻了😭 咋整",
                "亲，{br}明天几点开门呀🙏",
                "【XX银行】您预约的{br}业务已受理，编号{ref}，请携带身份证原件。",
                "谢谢你们！问题已解决👍 工单{ref}可以关了",
                "转账{amt}到{merch}显示处理中，急急急",
            ),
            l4=last4(rng),
            date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            amt=amount(rng, rng.choice(["￥", "人民币", "HK$"])),
            otp=otp(rng),
            hot=rng.choice(_ZH_HOTLINES),
            br=rng.choice(_ZH_BRANCHES),
            ref=f"Y{rng.randint(10000000, 99999999)}",
            merch=rng.choice(_ZH_MERCHANTS),
        )
        return m
    kind = rng.choice(["name_phone", "addr", "third", "card", "email", "dob"])
    if kind == "name_phone":
        m.add(
            _pick(
                rng,
                "我{n}，新号码{p}，麻烦更新下🙏",
                "在吗 我是{n} 电话{p} 回个电话呗",
                "{p}是我的新手机，{n}",
            ),
            n=P(zh_name(rng), "PERSON"),
            p=P(zh_phone(rng), "PHONE_NUMBER"),
        )
    elif kind == "addr":
        m.add(
            _pick(rng, "新卡寄{a}哈📦", "地址改成{a}，谢啦", "搬家了！新地址{a}"),
            a=P(zh_address(rng), "ADDRESS"),
        )
    elif kind == "third":
        m.add(
            _pick(
                rng,
                "帮我给我妈{n}转2000，卡号{a}",
                "房东{n}的收款卡是{a}，今晚转",
                "{t}说让我直接微信联系你们",
            ),
            n=P(zh_name(rng), "PERSON"),
            a=P(unionpay(rng), "BANK_ACCOUNT"),
            t=P(zh_titled(rng), "PERSON"),
        )
    elif kind == "card":
        # a 62... number is a credit card here only because the message says 信用卡
        template = _pick(
            rng,
            "信用卡{c}被盗刷了！！快冻结",
            "我的信用卡{c}还款日是几号",
            "境外刷信用卡{c}一直失败",
        )
        number = (
            unionpay(rng)
            if template.startswith("信用卡") and rng.random() < 0.4
            else credit_card(rng)
        )
        m.add(template, c=P(number, "CREDIT_CARD"))
    elif kind == "email":
        m.add(
            _pick(rng, "对账单发{e}就行", "邮箱换成{e}了"),
            e=P(email_for(rng, zh_name(rng), zh=True), "EMAIL_ADDRESS"),
        )
    else:
        m.add(
            _pick(rng, "生日{d}，{n}，帮我查下积分", "{n} 出生日期{d} 忘记密码了"),
            d=P(dob_zh(rng), "DATE_OF_BIRTH"),
            n=P(zh_name(rng), "PERSON"),
        )
    return m


_HOMOPHONES = (
    ("在吗", "在嘛"),
    ("账户", "帐户"),
    ("的", "地"),
    ("已经", "以经"),
    ("那个", "哪个"),
    ("号码", "号吗"),
)


def _homophone(text: str, rng: random.Random) -> str:
    for right, wrong in _HOMOPHONES:
        if right in text and rng.random() < 0.5:
            text = text.replace(right, wrong, 1)
    return text


def zh_voice(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    if not pii:
        m.add(
            _homophone(
                _pick(
                    rng,
                    "喂那个我想问一下我尾号{l4}的卡怎么刷不了了就是在{merch}那里",
                    "你好我已经收到验证码了就是{otp}但是我没有操作啊",
                    "就是说我想去{br}办个业务要不要预约啊",
                    "那个转账{amt}怎么还没到账啊都已经两天了",
                ),
                rng,
            ),
            l4=spoken_zh(last4(rng), rng),
            merch=rng.choice(_ZH_MERCHANTS),
            otp=spoken_zh(otp(rng), rng),
            br=rng.choice(_ZH_BRANCHES),
            amt=f"{rng.choice(['三千', '五百', '一万二'])}块",
        )
        return m
    kind = rng.choice(["name_id", "phone", "card", "dob"])
    lead = _homophone(_pick(rng, "喂你好", "那个", "嗯就是", "你好在吗"), rng)
    if kind == "name_id":
        y, mo, d = birth(rng)
        idn = cn_id(rng, y, mo, d)
        spoken = spoken_zh(idn[:-1], rng, yao=False) + (
            "叉" if idn[-1] == "X" else _ZH_DIGIT[int(idn[-1])]
        )
        m.add(
            lead
            + _pick(
                rng,
                "我叫{n}身份证号是{i}",
                "我是{n}我的身份证{i}你帮我查一下",
                "身份证号码{i}名字{n}",
            ),
            n=P(zh_name(rng, latin_ok=False), "PERSON"),
            i=P(spoken, "CN_ID_CARD"),
        )
    elif kind == "phone":
        m.add(
            lead
            + _homophone(
                _pick(rng, "我的手机号码是{p}你记一下", "回电话打{p}就行", "我换号了新号是{p}"), rng
            ),
            p=P(spoken_zh(cn_mobile_digits(rng), rng), "PHONE_NUMBER"),
        )
    elif kind == "card":
        m.add(
            lead + _pick(rng, "我的银行卡号是{a}帮我挂失", "工资卡{a}钱不见了"),
            a=P(spoken_zh(unionpay(rng), rng, yao=False), "BANK_ACCOUNT"),
        )
    else:
        m.add(
            lead + _pick(rng, "我叫{n}生日是{d}", "{n}嘛出生日期{d}"),
            n=P(zh_name(rng, latin_ok=False), "PERSON"),
            d=P(dob_zh(rng, spoken=True), "DATE_OF_BIRTH"),
        )
    return m


def zh_booking(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(_pick(rng, "【营业厅预约】\n", "网点预约单\n", "预约办理：", "App预约信息\n"))
    if not pii:
        m.add(
            "网点：{br}（网点号{bc}）\n时间：{date} 上午10:30\n业务："
            + _pick(rng, "大额取现", "开立儿童账户", "外币兑换", "补办尾号{l4}的卡")
            + "\n预约号：{ref}\n客户：先生/女士（未填写）",
            br=rng.choice(_ZH_BRANCHES),
            bc=str(rng.randint(1000, 9999)),
            date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            l4=last4(rng),
            ref=f"YY{rng.randint(100000, 999999)}",
        )
        return m
    m.add("姓名：{n}\n网点：{br}\n", n=P(zh_name(rng), "PERSON"), br=rng.choice(_ZH_BRANCHES))
    for f in rng.sample(["id", "phone", "dob", "with", "note"], k=rng.randint(2, 4)):
        if f == "id":
            y, mo, d = birth(rng)
            m.add(
                _pick(rng, "证件号码：{v}\n", "身份证：{v}\n"),
                v=P(cn_id(rng, y, mo, d), "CN_ID_CARD"),
            )
        elif f == "phone":
            m.add(_pick(rng, "联系电话：{v}\n", "手机：{v}\n"), v=P(zh_phone(rng), "PHONE_NUMBER"))
        elif f == "dob":
            m.add("出生日期：{v}\n", v=P(dob_zh(rng), "DATE_OF_BIRTH"))
        elif f == "with":
            m.add(_pick(rng, "陪同人：{v}（子女）\n", "代办人：{v}\n"), v=P(zh_name(rng), "PERSON"))
        else:
            m.add(
                _pick(rng, "备注：请{v}接待\n", "备注：老人行动不便，需轮椅\n"),
                v=P(zh_titled(rng), "PERSON"),
            )
    m.add(
        "预约时间：{d} 下午{h}点",
        d=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        h=str(rng.randint(1, 4)),
    )
    return m


def zh_delivery(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    courier = rng.choice(["顺丰", "EMS", "中通", "京东物流", "順豐"])
    if not pii:
        m.add(
            _pick(
                rng,
                "【{c}】您的银行卡包裹{ref}已由快递柜代收，取件码{otp}。",
                "寄卡进度：{date}已寄出，{c}运单号{ref}，需本人签收，如有疑问请拨{hot}。",
                "快递员备注：放门卫了，已拍照。",
                "派送失败：电话无人接听，明日再派。运单{ref}",
            ),
            c=courier,
            ref=f"SF{rng.randint(10**11, 10**12 - 1)}",
            otp=f"{rng.randint(1000, 9999)}",
            date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            hot=rng.choice(_ZH_HOTLINES),
        )
        return m
    m.add(
        _pick(
            rng,
            "寄卡地址确认\n收件人：{n}\n",
            "请核对{c}寄件信息：\n收件人 {n}\n",
            "您好{t}，新卡将寄往以下地址：\n",
        ),
        n=P(zh_name(rng), "PERSON"),
        c=courier,
        t=P(zh_titled(rng), "PERSON"),
    )
    m.add(_pick(rng, "地址：{a}\n", "{a}\n"), a=P(zh_address(rng), "ADDRESS"))
    m.add(
        _pick(rng, "电话：{p}", "收件电话 {p}（请提前联系）", "如地址有误请回复，谢谢。"),
        p=P(zh_phone(rng), "PHONE_NUMBER"),
    )
    return m


def zh_payees(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    sep = rng.choice([" | ", "\t", "｜"])
    if not pii:
        m.add(sep.join(["收款方", "类型", "最近转账", "金额"]) + "\n")
        for _ in range(rng.randint(2, 4)):
            m.add(
                sep.join(
                    [
                        rng.choice((*_ZH_MERCHANTS, "国家电网", "物业公司", "中国移动")),
                        rng.choice(["缴费", "商户", "企业账户"]),
                        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                        amount(rng, "￥"),
                    ]
                )
                + "\n"
            )
        m.add("账号尾号" + last4(rng) + "，其余已隐藏")
        return m
    m.add(_pick(rng, "常用收款人\n", "收款人列表（导出）\n", "批量转账名单：\n"))
    m.add(sep.join(["姓名", "账号", "备注"]) + "\n")
    for _ in range(rng.randint(2, 4)):
        kind = rng.choice(["cn", "cn", "iban", "biz", "hk"])
        if kind == "biz":
            m.add(
                sep.join(
                    [
                        rng.choice(("国家电网", "物业公司", "中国移动")),
                        "缴费号" + str(rng.randint(10**7, 10**8 - 1)),
                        "水电",
                    ]
                )
                + "\n"
            )
            continue
        if kind == "iban":
            value, label = iban(rng, rng.choice(["GB", "DE", "FR", "NL"])), "IBAN_CODE"
        elif kind == "hk":
            value, label = (
                f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(100, 999)}",
                "BANK_ACCOUNT",
            )
        else:
            value, label = unionpay(rng), "BANK_ACCOUNT"
            if rng.random() < 0.4:
                value = group(value, (4, 4, 4, 4), " ")
        m.add(
            "{n}" + sep + "{a}" + sep + _pick(rng, "房租", "生活费", "还款", "学费") + "\n",
            n=P(zh_name(rng), "PERSON"),
            a=P(value, label),
        )
    m.text = m.text.rstrip("\n")
    return m


def zh_kyc(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(_pick(rng, "客户身份信息更新（KYC）\n", "尽职调查问卷回复：\n", "身份证到期更新\n"))
    if not pii:
        m.add(
            "职业："
            + _pick(rng, "教师", "个体户", "退休", "学生")
            + "\n资金来源："
            + _pick(rng, "工资", "经营收入", "理财收益")
            + "\n预计月交易额：{amt}\n复核编号：{ref}，截止{date}",
            amt=amount(rng, "￥"),
            ref=f"KYC{rng.randint(100000, 999999)}",
            date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        )
        return m
    m.add("姓名：{n}\n", n=P(zh_name(rng), "PERSON"))
    for f in rng.sample(["id", "addr", "phone", "dob", "email", "work"], k=rng.randint(2, 4)):
        if f == "id":
            y, mo, d = birth(rng)
            idn = cn_id(rng, y, mo, d)
            m.add(
                "新身份证号：{v}\n",
                v=P(group(idn, (6, 8, 4), " ") if rng.random() < 0.3 else idn, "CN_ID_CARD"),
            )
        elif f == "addr":
            m.add("常住地址：{v}\n", v=P(zh_address(rng), "ADDRESS"))
        elif f == "phone":
            m.add("联系电话：{v}\n", v=P(zh_phone(rng), "PHONE_NUMBER"))
        elif f == "dob":
            m.add(
                "出生日期：{v}\n", v=P(dob_zh(rng, traditional=rng.random() < 0.5), "DATE_OF_BIRTH")
            )
        elif f == "email":
            m.add("电子邮箱：{v}\n", v=P(email_for(rng, zh_name(rng), zh=True), "EMAIL_ADDRESS"))
        else:
            m.add(
                "紧急联系人：{v}，电话{p}\n",
                v=P(zh_name(rng), "PERSON"),
                p=P(zh_phone(rng), "PHONE_NUMBER"),
            )
    m.add("职业：" + _pick(rng, "工程师", "外卖骑手", "会计", "自由职业"))
    return m


def zh_ticket(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(
        f"工单号：GD{rng.randint(20260101, 20261231)}-{rng.randint(1000, 9999)}\n类型："
        + _pick(rng, "投诉", "咨询", "挂失", "争议交易")
        + "\n"
    )
    if not pii:
        m.add(
            "问题描述："
            + _pick(
                rng,
                "客户反映{br}排队超过一小时，要求改进。",
                "客户尾号{l4}的卡在{merch}重复扣款{amt}，已提交退款。",
                "客户拨打{hot}多次未接通，表示不满。",
            )
            + "\n处理人：工号{emp}\n状态：已回复",
            br=rng.choice(_ZH_BRANCHES),
            l4=last4(rng),
            merch=rng.choice(_ZH_MERCHANTS),
            amt=amount(rng, "￥"),
            hot=rng.choice(_ZH_HOTLINES),
            emp=str(rng.randint(10000, 99999)),
        )
        return m
    m.add(
        "客户姓名：{n}\n联系电话：{p}\n",
        n=P(zh_name(rng), "PERSON"),
        p=P(zh_phone(rng), "PHONE_NUMBER"),
    )
    m.add(
        "问题描述："
        + _pick(
            rng,
            "客户称其信用卡{c}在境外被盗刷，已冻结。",
            "客户称转给{x}的款项未到账，收款卡号{a}。",
            "客户投诉{t}态度差。",
            "客户要求把账单地址改为{addr}。",
        ),
        c=P(credit_card(rng), "CREDIT_CARD"),
        x=P(zh_name(rng), "PERSON"),
        a=P(unionpay(rng), "BANK_ACCOUNT"),
        t=P(zh_titled(rng), "PERSON"),
        addr=P(zh_address(rng), "ADDRESS"),
    )
    m.add(
        "\n处理人：" + _pick(rng, "工号{emp}", "{s}"),
        emp=str(rng.randint(10000, 99999)),
        s=P(zh_name(rng, latin_ok=False), "PERSON"),
    )
    return m


def zh_callback(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(_pick(rng, "电话回访记录\n", "【回访】", "外呼记录："))
    if not pii:
        m.add(
            _pick(
                rng,
                "{date}回访客户，未接通，已发短信提示拨打{hot}。",
                "{date}回访，客户对处理结果满意，工单{ref}关闭。",
                "客户先生表示已收到退款{amt}，无其他诉求。",
            ),
            date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            hot=rng.choice(_ZH_HOTLINES),
            ref=f"GD{rng.randint(10**7, 10**8 - 1)}",
            amt=amount(rng, "￥"),
        )
        return m
    m.add(
        "{date}致电{n}（{p}），",
        date=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        n=P(rng.choice([zh_name(rng), zh_titled(rng)]), "PERSON"),
        p=P(zh_phone(rng), "PHONE_NUMBER"),
    )
    m.add(
        _pick(
            rng,
            "核对出生日期{d}无误。",
            "客户报身份证号{i}，核实通过。",
            "客户要求改寄{a}。",
            "客户称卡号{b}已找回。",
            "客户信用卡{c}已换卡，新卡已激活。",
        ),
        c=P(credit_card(rng), "CREDIT_CARD"),
        d=P(dob_zh(rng), "DATE_OF_BIRTH"),
        i=P(cn_id(rng, *birth(rng)), "CN_ID_CARD"),
        a=P(zh_address(rng), "ADDRESS"),
        b=P(unionpay(rng), "BANK_ACCOUNT"),
    )
    m.add(
        _pick(rng, "客户满意。", "另留其女儿{x}电话{q}。", "回访人：{s}"),
        x=P(zh_name(rng), "PERSON"),
        q=P(zh_phone(rng), "PHONE_NUMBER"),
        s=P(zh_name(rng, latin_ok=False), "PERSON"),
    )
    return m


def zh_cantonese(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    if not pii:
        m.add(
            _pick(
                rng,
                "唔該，我張尾數{l4}嘅卡喺{merch}碌唔到，點算好？",
                "我收到個驗證碼{otp}，但我冇做過交易喎",
                "{br}聽日開唔開門呀？",
                "打咗{hot}成個鐘都冇人聽，好嬲呀",
                "先生你好，張卡已經寄出，大約三個工作天到。",
            ),
            l4=last4(rng),
            merch=rng.choice(_ZH_MERCHANTS),
            otp=otp(rng),
            br=rng.choice(("旺角分行", "銅鑼灣分行", "沙田分行")),
            hot=rng.choice(("(852) 2233 3000", "2822 1111", "2290 8888")),
        )
        return m
    kind = rng.choice(["name_phone", "third", "addr", "acct", "dob"])
    if kind == "name_phone":
        m.add(
            _pick(rng, "我個名係{n}，電話係{p}，唔該打返畀我", "我係{n}呀，之前打過嚟，手機{p}"),
            n=P(hk_name(rng), "PERSON"),
            p=P(
                zh_phone(rng)
                if rng.random() < 0.3
                else f"{rng.choice('5679')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                "PHONE_NUMBER",
            ),
        )
    elif kind == "third":
        m.add(
            _pick(
                rng,
                "我阿媽{n}想開戶，佢唔識用app",
                "佢叫{n}，係我老公，可唔可以幫佢改電話{p}",
                "{t}話我可以直接搵你哋",
            ),
            n=P(hk_name(rng), "PERSON"),
            p=P(
                f"{rng.choice('5679')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                "PHONE_NUMBER",
            ),
            t=P(rng.choice("陳李黃張何") + rng.choice(["生", "太", "小姐", "經理"]), "PERSON"),
        )
    elif kind == "addr":
        m.add(
            _pick(rng, "新卡寄去{a}得唔得？", "我搬咗屋，而家住{a}"),
            a=P(rng.choice(_HK_ZH), "ADDRESS"),
        )
    elif kind == "acct":
        m.add(
            _pick(rng, "轉錢去{n}個戶口{a}", "我個戶口號碼係{a}"),
            n=P(hk_name(rng), "PERSON"),
            a=P(
                f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(100, 999)}",
                "BANK_ACCOUNT",
            ),
        )
    else:
        m.add(
            "我{n}，出世日期係{d}，唔記得密碼",
            n=P(hk_name(rng), "PERSON"),
            d=P(dob_zh(rng, traditional=True), "DATE_OF_BIRTH"),
        )
    return m


def en_teller(rng: random.Random, pii: bool) -> _Msg:
    m = _Msg()
    m.add(_pick(rng, "Counter note: ", "Teller log – ", "Paying-in slip: ", "Branch till notes\n"))
    sort_code = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if not pii:
        m.add(
            _pick(
                rng,
                "cash deposit of {amt} into account ending {l4}, sort code {sc}; paid in by a third party, no name taken. Receipt {ref}.",
                "customer exchanged {amt} into euros, no account used. Till {till}.",
                "cheque no. {chq} for {amt} payable to {merch}, cleared {date}.",
                "gentleman asked about ISA rates, gave leaflet, no details taken.",
            ),
            amt=amount(rng, "£"),
            l4=last4(rng),
            sc=sort_code,
            ref=ref(rng),
            till=str(rng.randint(1, 9)),
            chq=f"{rng.randint(100000, 999999)}",
            merch=rng.choice(_EN_MERCHANTS),
            date=ops_date(rng),
        )
        return m
    m.add(
        _pick(
            rng,
            "{n} paid in {amt} cash to account {a}, sort code {sc}.",
            "withdrawal of {amt} by {n}; ID seen (passport), DOB {d}.",
            "cheque no. {chq} payable to {n}, paid into {a}.",
            "{n} asked to add {x} as a third-party mandate holder; contact {p}.",
            "{t} collected the new card; signature matched, DOB {d}.",
        ),
        n=P(en_name(rng), "PERSON"),
        amt=amount(rng, "£"),
        a=P(en_account(rng), "BANK_ACCOUNT"),
        sc=sort_code,
        d=P(dob_en(rng), "DATE_OF_BIRTH"),
        chq=f"{rng.randint(100000, 999999)}",
        x=P(en_name(rng), "PERSON"),
        p=P(en_phone(rng), "PHONE_NUMBER"),
        t=P(en_titled(rng), "PERSON"),
    )
    return m


Genre = Callable[[random.Random, bool], _Msg]
EN_GENRES: dict[str, Genre] = {
    "live_chat": en_live_chat,
    "sms_whatsapp": en_sms,
    "voice_assistant": en_voice,
    "branch_booking": en_booking,
    "card_delivery": en_delivery,
    "payee_list": en_payees,
    "kyc_refresh": en_kyc,
    "complaint_form": en_complaint,
    "callback_log": en_callback,
    "teller_note": en_teller,
}
ZH_GENRES: dict[str, Genre] = {
    "客服聊天": zh_live_chat,
    "短信微信": zh_msg,
    "微信语音转文字": zh_voice,
    "营业厅预约": zh_booking,
    "寄卡地址确认": zh_delivery,
    "收款人列表": zh_payees,
    "KYC更新": zh_kyc,
    "客服工单": zh_ticket,
    "电话回访记录": zh_callback,
    "粤语口语": zh_cantonese,
}


def _rows_for(
    rng: random.Random, lang: str, genres: dict[str, Genre], count: int
) -> list[tuple[str, dict]]:
    pii_free = round(count * PII_FREE_SHARE)
    flags = [False] * pii_free + [True] * (count - pii_free)
    rng.shuffle(flags)
    names = list(genres)
    rows: list[tuple[str, dict]] = []
    for index, has_pii in enumerate(flags):
        genre = names[index % len(names)]
        msg = genres[genre](rng, has_pii)
        # a PII message must carry a span: draw again (same genre) on the rare empty draw
        while has_pii and not msg.spans:
            msg = genres[genre](rng, has_pii)
        rows.append((genre, {"text": msg.text, "lang": lang, "spans": msg.spans}))
    return rows


def generate_with_genres(n: int = 600, seed: int = 8818) -> list[tuple[str, dict]]:
    """Rows paired with their genre (for ``--stats``); ``generate`` drops the genre."""
    rng = random.Random(seed)
    n_en = n // 2
    tagged = _rows_for(rng, "en", EN_GENRES, n_en) + _rows_for(rng, "zh", ZH_GENRES, n - n_en)
    order = list(range(len(tagged)))
    rng.shuffle(order)
    out = []
    for position, index in enumerate(order):
        genre, row = tagged[index]
        out.append((genre, {"id": f"h8-{row['lang']}-{position:04d}", **row}))
    return out


def generate(n: int = 600, seed: int = 8818) -> list[dict]:
    """``n`` messages (half English, half Chinese), deterministic for ``seed``."""
    return [row for _genre, row in generate_with_genres(n, seed)]


def _stats(n: int, seed: int) -> None:
    tagged = generate_with_genres(n, seed)
    labels: Counter[tuple[str, str]] = Counter()
    genres: Counter[tuple[str, str]] = Counter()
    free: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for genre, row in tagged:
        lang = str(row["lang"])
        total[lang] += 1
        genres[(lang, genre)] += 1
        free[lang] += not row["spans"]
        for span in row["spans"]:
            labels[(lang, str(span["label"]))] += 1
    for lang in sorted(total):
        print(
            f"{lang}: {total[lang]} messages, PII-free {free[lang]} ({free[lang] / total[lang]:.1%})"
        )
        for label in LABELS:
            print(f"  {label:14s} {labels[(lang, label)]}")
        print(
            "  genres: "
            + ", ".join(f"{g} {c}" for (lg, g), c in sorted(genres.items()) if lg == lang)
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=8818)
    parser.add_argument(
        "--stats", action="store_true", help="print counts per label, language and genre"
    )
    args = parser.parse_args()
    if args.stats:
        _stats(args.n, args.seed)
    else:
        for row in generate(args.n, args.seed):
            print(row)
