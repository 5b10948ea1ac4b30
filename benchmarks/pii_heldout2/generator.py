"""Second independent bilingual PII evaluation set (held-out v2), for issue 18.

Authoring rule: this generator was written blind — from general knowledge of how bank customers
and staff in the UK, US, Hong Kong and Singapore (English) and mainland China, Hong Kong and
Taiwan (Chinese) write — without opening the PII engine, its lexicons or resources, the dev sets
or generators, the first independent set, or any benchmark result. It must never be tuned on:
no threshold, cue, lexicon, rule or training example of the engine may be changed after looking
at its figures or its individual misses. It is measured only (``pii_quality.py --heldout2``).

``generate(n, seed)`` returns ``n`` messages (about half Chinese, at least a quarter of each
language PII-free hard negatives: hotlines, switchboards, amounts, reference numbers, dates that
are not birth dates, words that look like names, places, bank and product names), each
``{"id", "text", "lang", "spans": [{"start", "end", "label"}]}``. Spans cover the value only
(no cue words); a phone's extension is part of the phone; an address runs from its first part
to its last. Card numbers pass Luhn, CN ID numbers ISO 7064 MOD 11-2, IBANs mod-97; SSNs avoid
the never-issued areas (000, 666, 900-999), groups (00) and serials (0000).
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

LABELS = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "DATE_OF_BIRTH",
)
NEGATIVE_SHARE = 0.3


# --------------------------------------------------------------------------- message builder


@dataclass
class Inserted:
    """One value put into a message: where, what label, its surface text and its digits/letters."""

    start: int
    end: int
    label: str
    surface: str
    canonical: str


@dataclass
class Message:
    parts: list[str] = field(default_factory=list)
    inserted: list[Inserted] = field(default_factory=list)
    length: int = 0

    def t(self, text: str) -> Message:
        self.parts.append(text)
        self.length += len(text)
        return self

    def pii(self, surface: str, label: str, canonical: str | None = None) -> Message:
        self.inserted.append(
            Inserted(self.length, self.length + len(surface), label, surface, canonical or surface)
        )
        return self.t(surface)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class Value:
    """A generated value: how it is written in the message and its canonical form."""

    surface: str
    canonical: str


# --------------------------------------------------------------------------- checksums


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return len(number) > 1 and luhn_check_digit(number[:-1]) == number[-1]


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_ID_CHECK = "10X98765432"


def cn_id_check(body17: str) -> str:
    return CN_ID_CHECK[sum(int(c) * w for c, w in zip(body17, CN_ID_WEIGHTS, strict=True)) % 11]


def cn_id_valid(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and cn_id_check(number[:17]) == number[17]


def _iban_numeric(rearranged: str) -> int:
    return int("".join(str(int(c, 36)) for c in rearranged))


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    return len(compact) > 4 and _iban_numeric(compact[4:] + compact[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    check = 98 - _iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def ssn_plausible(ssn: str) -> bool:
    digits = ssn.replace("-", "").replace(" ", "")
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        len(digits) == 9
        and area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


# --------------------------------------------------------------------------- value pools

EN_FIRST = [
    "James",
    "Olivia",
    "Wei",
    "Priya",
    "Siobhan",
    "Marcus",
    "Aisha",
    "Tom",
    "Hannah",
    "Kwame",
    "Chloe",
    "Rajesh",
    "Darren",
    "Nicole",
    "Gareth",
    "Fiona",
    "Samuel",
    "Rachel",
    "Connor",
    "Ngozi",
    "Daniel",
    "Eleanor",
    "Kelvin",
    "Winnie",
    "Ashley",
    "Bernard",
    "Moira",
    "Hamish",
    "Deborah",
    "Terrence",
    "Yusuf",
    "Imogen",
    "Carlos",
    "Lucia",
    "Dev",
    "Anjali",
    "Benedict",
    "Rosalind",
    "Desmond",
]
EN_LAST = [
    "Thompson",
    "O'Neill",
    "Zhang",
    "Raman",
    "Okafor",
    "Fitzgerald",
    "Chan",
    "Wong",
    "Lim",
    "Tan",
    "Nguyen",
    "Kowalski",
    "Hughes",
    "Patel",
    "Gallagher",
    "Morrison",
    "Leung",
    "Teo",
    "Goh",
    "Reyes",
    "Hernandez",
    "Brooks",
    "Davies",
    "Evans",
    "McAllister",
    "Whitfield",
    "Abernethy",
    "Cheung",
    "Sharma",
    "Kaur",
    "Osei",
    "Lindqvist",
    "Baptiste",
    "Ferreira",
    "Pritchard",
    "Yeo",
]
# Hong Kong / Singapore order: surname first, then a two-part given name.
ASIAN_SURNAME_FIRST = (
    "Chan Tai Man",
    "Wong Ka Wai",
    "Lee Siu Ming",
    "Tan Wei Ming",
    "Lim Hui Min",
    "Ng Jun Jie",
    "Cheung Mei Ling",
    "Goh Boon Hock",
    "Lau Wing Sze",
)
# Real people whose first name is also an English word (the negatives use the word).
WORDLIKE_NAMES = ("Will Turner", "May Chen", "Hope Adeyemi", "Grace Liu", "Mark Bell", "Joy Tan")

ZH_SURNAMES = [
    *"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕",
    *"丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤",
    "欧阳",
    "司马",
    "诸葛",
    "上官",
]
ZH_GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
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
    "晓东",
    "子涵",
    "梓轩",
    "雨桐",
    "浩然",
    "思远",
    "婷婷",
    "建国",
    "志强",
    "嘉怡",
    "家豪",
    "俊杰",
    "美玲",
    "淑芬",
    "志明",
    "文博",
    "玉珍",
    "国华",
    "海燕",
    "雅婷",
    "宇航",
    "晨曦",
    "一鸣",
    "颖",
    "慧敏",
    "立新",
    "春梅",
    "少华",
    "振宇",
]
ZH_LATIN_NAMES = (
    "David Chen",
    "Mary Wong",
    "Kevin Lau",
    "Jessica Ho",
    "Peter Zhang",
    "Alice Li",
    "Tony Leung",
    "Sandy Cheung",
)

UK_STREETS = [
    "Mill Lane",
    "Victoria Road",
    "Church Street",
    "Park Avenue",
    "Kingsway",
    "Elm Grove",
    "Station Road",
    "Queen's Drive",
    "Albert Terrace",
    "Hawthorn Close",
    "Beech Crescent",
]
UK_TOWNS = (
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Manchester", "M"),
    ("Cardiff", "CF"),
    ("Glasgow", "G"),
    ("Norwich", "NR"),
    ("Sheffield", "S"),
    ("Edinburgh", "EH"),
)
US_STREETS = ("Maple Avenue", "Oak Street", "Sunset Blvd", "Pine Ridge Road", "Lakeview Drive")
US_CITIES = (
    ("Columbus", "OH", "432"),
    ("Austin", "TX", "787"),
    ("Springfield", "IL", "627"),
    ("Portland", "OR", "972"),
    ("Tampa", "FL", "336"),
    ("Raleigh", "NC", "276"),
)
CN_CITIES = (
    ("北京市", ("朝阳区", "海淀区", "东城区"), ("建国路", "中关村大街", "东四十条")),
    ("上海市", ("浦东新区", "徐汇区", "静安区"), ("张杨路", "漕溪北路", "南京西路")),
    ("广东省广州市", ("天河区", "越秀区"), ("体育西路", "中山五路")),
    ("广东省深圳市", ("南山区", "福田区"), ("科技园南路", "深南大道")),
    ("浙江省杭州市", ("西湖区", "拱墅区"), ("文三路", "莫干山路")),
    ("四川省成都市", ("武侯区", "锦江区"), ("人民南路", "春熙路")),
)
CN_REGION_CODES = ("110105", "110108", "310115", "310104", "440106", "440305", "330106", "510107")
HK_ZH_ADDRESSES = (
    ("九龍旺角彌敦道{n}號", "{f}樓{r}室"),
    ("新界沙田銀城街{n}號", "{f}樓{r}室"),
    ("香港島北角英皇道{n}號", "{f}樓{r}座"),
)
TW_ADDRESSES = (
    "台北市大安區忠孝東路四段{n}號{f}樓",
    "新北市板橋區文化路一段{n}巷{m}號{f}樓",
    "台中市西屯區台灣大道三段{n}號{f}樓之{m}",
)
EMAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com")
ZH_EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com")

EN_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZH_DIGITS = "零一二三四五六七八九"


# --------------------------------------------------------------------------- value makers


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def grouped(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(number[pos : pos + size])
        pos += size
    if pos < len(number):
        out.append(number[pos:])
    return sep.join(part for part in out if part)


def spoken_en(number: str, rng: random.Random) -> str:
    """Digits as a UK/US caller reads them: 'oh' or 'zero', 'double five', sometimes 'triple'."""
    words: list[str] = []
    i = 0
    zero = rng.choice(("oh", "zero"))
    while i < len(number):
        d = number[i]
        word = zero if d == "0" else EN_DIGIT_WORDS[int(d)]
        run = 1
        while i + run < len(number) and number[i + run] == d and run < 3:
            run += 1
        if run == 3 and rng.random() < 0.5:
            words.append(f"triple {word}")
        elif run >= 2:
            words.append(f"double {word}")
            run = 2
        else:
            words.append(word)
        i += run
    return " ".join(words)


def spoken_zh(number: str, rng: random.Random) -> str:
    """Digits as a Chinese caller reads them: 幺 for one, sometimes 两 for two, 零/洞 for zero."""
    yao = rng.random() < 0.7
    liang = rng.random() < 0.3
    out = []
    for d in number:
        if d == "1" and yao:
            out.append("幺")
        elif d == "2" and liang:
            out.append("两")
        else:
            out.append(ZH_DIGITS[int(d)])
    text = "".join(out)
    if rng.random() < 0.4:  # pauses between groups, as a transcript writes them
        text = grouped(text, (3, 4, 4), "，" if rng.random() < 0.5 else " ")
    return text


def en_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return rng.choice(ASIAN_SURNAME_FIRST)
    if r < 0.25:
        return rng.choice(WORDLIKE_NAMES)
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def zh_name(rng: random.Random) -> str:
    return rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)


def uk_mobile(rng: random.Random) -> Value:
    number = "07" + rng.choice("1234579") + digits(rng, 8)
    style = rng.randrange(4)
    if style == 0:
        return Value(f"{number[:5]} {number[5:]}", number)
    if style == 1:
        return Value(f"+44 {number[1:5]} {number[5:8]} {number[8:]}", number)
    if style == 2:
        return Value(number, number)
    return Value(spoken_en(number, rng), number)


def uk_landline_ext(rng: random.Random) -> Value:
    number = "020" + rng.choice("378") + digits(rng, 7)
    ext = digits(rng, rng.choice((3, 4)))
    surface = rng.choice(
        (
            f"020 {number[3:7]} {number[7:]} ext. {ext}",
            f"+44 (0)20 {number[3:7]} {number[7:]} x{ext}",
        )
    )
    return Value(surface, number + ext)


def us_phone(rng: random.Random) -> Value:
    area = rng.choice(("212", "415", "646", "312", "617", "713", "206"))
    rest = rng.choice("23456789") + digits(rng, 2) + digits(rng, 4)
    number = area + rest
    style = rng.randrange(5)
    if style == 0:
        return Value(f"({area}) {rest[:3]}-{rest[3:]}", number)
    if style == 1:
        ext = digits(rng, rng.choice((2, 3, 4)))
        return Value(f"{area}-{rest[:3]}-{rest[3:]} ext. {ext}", number + ext)
    if style == 2:
        return Value(f"+1 {area} {rest[:3]} {rest[3:]}", number)
    if style == 3:
        return Value(f"{area}.{rest[:3]}.{rest[3:]}", number)
    return Value(spoken_en(number, rng), number)


def hk_sg_phone(rng: random.Random) -> Value:
    if rng.random() < 0.5:
        number = rng.choice("569") + digits(rng, 7)
        prefix = rng.choice(("+852 ", "(852) ", ""))
    else:
        number = rng.choice("89") + digits(rng, 7)
        prefix = rng.choice(("+65 ", "+65-", ""))
    return Value(f"{prefix}{number[:4]} {number[4:]}", number)


def en_phone(rng: random.Random) -> Value:
    return rng.choice((uk_mobile, uk_landline_ext, us_phone, hk_sg_phone))(rng)


def cn_mobile(rng: random.Random) -> Value:
    number = "1" + rng.choice("3456789") + digits(rng, 9)
    style = rng.randrange(6)
    if style == 0:
        return Value(number, number)
    if style == 1:
        return Value(f"{number[:3]} {number[3:7]} {number[7:]}", number)
    if style == 2:
        return Value(f"{number[:3]}-{number[3:7]}-{number[7:]}", number)
    if style == 3:
        return Value(f"+86 {number[:3]} {number[3:7]} {number[7:]}", number)
    return Value(spoken_zh(number, rng), number)


def cn_landline(rng: random.Random) -> Value:
    area = rng.choice(("010", "021", "020", "0755", "0571", "028"))
    local = rng.choice("2345678") + digits(rng, 7)
    if rng.random() < 0.5:
        ext = digits(rng, rng.choice((3, 4)))
        surface = rng.choice(
            (f"{area}-{local}转{ext}", f"({area}){local}-{ext}", f"{area}-{local} 分机{ext}")
        )
        return Value(surface, area + local + ext)
    return Value(f"{area}-{local[:4]} {local[4:]}", area + local)


def hk_tw_phone(rng: random.Random) -> Value:
    if rng.random() < 0.5:
        number = rng.choice("569") + digits(rng, 7)
        return Value(rng.choice(("", "+852 ")) + f"{number[:4]} {number[4:]}", number)
    number = "09" + digits(rng, 8)
    if rng.random() < 0.5:
        return Value(f"{number[:4]}-{number[4:7]}-{number[7:]}", number)
    return Value(f"+886 {number[1:4]} {number[4:7]} {number[7:]}", number)


def zh_phone(rng: random.Random) -> Value:
    return rng.choices((cn_mobile, cn_landline, hk_tw_phone), weights=(6, 2, 2))[0](rng)


def email(rng: random.Random, name: str, domains: tuple[str, ...]) -> str:
    latin = "".join(ch for ch in name.lower() if ch.isascii() and (ch.isalpha() or ch == " "))
    parts = latin.split() or [rng.choice(("kiki", "sunny", "leo", "xiaoyu", "ahmao"))]
    local = rng.choice(
        (
            ".".join(parts),
            parts[0][0] + parts[-1] + digits(rng, 2),
            "_".join(parts) + digits(rng, rng.choice((0, 2, 4))),
        )
    )
    if not local[0].isalpha():
        local = "x" + local
    return f"{local}@{rng.choice(domains)}"


def zh_email(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return f"{digits(rng, rng.randint(6, 10)).lstrip('0') or '8'}@qq.com"
    local = rng.choice(("zhang", "wang", "li", "chen", "liu", "huang")) + rng.choice(
        ("wei", "fang", "min", "jing", "lei", "yan")
    )
    return f"{local}{digits(rng, rng.choice((0, 2, 4)))}@{rng.choice(ZH_EMAIL_DOMAINS)}"


def card(rng: random.Random, kind: str) -> str:
    if kind == "amex":
        body = rng.choice(("34", "37")) + digits(rng, 12)
    elif kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mastercard":
        body = rng.choice(("51", "52", "53", "54", "55")) + digits(rng, 13)
    elif kind == "unionpay_credit":
        body = "62" + rng.choice(("2588", "5808", "2155")) + digits(rng, 9)
    else:  # UnionPay debit, 16-19 digits
        length = rng.choice((16, 17, 19, 19))
        body = "62" + rng.choice(("2202", "2848", "1700", "1483", "1226")) + digits(rng, length - 7)
    return body + luhn_check_digit(body)


def card_surface(
    number: str, rng: random.Random, spoken: Callable[[str, random.Random], str]
) -> str:
    style = rng.randrange(5)
    if len(number) == 15:
        sizes: tuple[int, ...] = (4, 6, 5)
    else:
        sizes = (4, 4, 4, 4)
    if style == 0:
        return number
    if style == 1:
        return grouped(number, sizes, " ")
    if style == 2:
        return grouped(number, sizes, "-")
    if style == 3 and len(number) <= 16:
        return spoken(number, rng)
    return grouped(number, sizes, " ")


def cn_id(rng: random.Random) -> str:
    year = rng.randint(1955, 2004)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    body = f"{rng.choice(CN_REGION_CODES)}{year}{month:02d}{day:02d}{digits(rng, 3)}"
    return body + cn_id_check(body)


def cn_id_surface(number: str, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return number
    if style == 1:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    if style == 2:
        return grouped(number, (6, 4, 4, 4), " ")
    return f"{number[:6]}-{number[6:14]}-{number[14:]}"


IBAN_BBANS: dict[str, Callable[[random.Random], str]] = {
    "GB": lambda r: r.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + digits(r, 14),
    "DE": lambda r: digits(r, 18),
    "FR": lambda r: (
        digits(r, 10) + "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + digits(r, 11)
    ),
    "NL": lambda r: r.choice(("ABNA", "INGB", "RABO")) + digits(r, 10),
    "IE": lambda r: r.choice(("AIBK", "BOFI")) + digits(r, 14),
    "ES": lambda r: digits(r, 20),
}


def iban(rng: random.Random) -> Value:
    country = rng.choice(sorted(IBAN_BBANS))
    compact = make_iban(country, IBAN_BBANS[country](rng))
    if rng.random() < 0.6:
        return Value(grouped(compact, (4,) * 9, " "), compact)
    return Value(compact, compact)


def ssn(rng: random.Random) -> Value:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    number = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    style = rng.randrange(4)
    if style == 0:
        return Value(f"{number[:3]}-{number[3:5]}-{number[5:]}", number)
    if style == 1:
        return Value(f"{number[:3]} {number[3:5]} {number[5:]}", number)
    if style == 2:
        return Value(number, number)
    return Value(spoken_en(number, rng), number)


MONTHS = [
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


def en_dob(rng: random.Random) -> str:
    year, month, day = rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{day} {MONTHS[month - 1]} {year}",
            f"{MONTHS[month - 1]} {day}, {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{month:02d}/{day:02d}/{year}",
            f"{day}{'th' if day not in (1, 2, 3, 21, 22, 23) else ('st', 'nd', 'rd')[day % 10 - 1]}"
            f" of {MONTHS[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}",
        )
    )


def zh_number_words(n: int) -> str:
    if n < 10:
        return ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")


def zh_dob(rng: random.Random) -> str:
    year, month, day = rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(5)
    if style == 0:
        return f"{year}年{month}月{day}日"
    if style == 1:
        return f"{year}-{month:02d}-{day:02d}"
    if style == 2:
        return f"{year}.{month}.{day}"
    if style == 3:
        return (
            "".join(ZH_DIGITS[int(c)] for c in str(year))
            + f"年{zh_number_words(month)}月{zh_number_words(day)}号"
        )
    return f"{year}/{month:02d}/{day:02d}"


def uk_postcode(rng: random.Random, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def en_address(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        town, area = rng.choice(UK_TOWNS)
        flat = f"Flat {rng.randint(1, 12)}, " if rng.random() < 0.4 else ""
        return (
            f"{flat}{rng.randint(1, 220)} {rng.choice(UK_STREETS)}, {town} {uk_postcode(rng, area)}"
        )
    if kind == 1:
        city, state, zip3 = rng.choice(US_CITIES)
        apt = f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}" if rng.random() < 0.5 else ""
        street = f"{rng.randint(100, 9899)} {rng.choice(US_STREETS)}"
        return f"{street}{apt}, {city}, {state} {zip3}{digits(rng, 2)}"
    if kind == 2:
        return (
            f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 40)}/F, {rng.randint(1, 500)} "
            f"{rng.choice(('Nathan Road', 'King’s Road', 'Hennessy Road', 'Castle Peak Road'))}, "
            + rng.choice(
                ("Mong Kok, Kowloon", "North Point", "Wan Chai", "Tsuen Wan, New Territories")
            )
        )
    return (
        f"Blk {rng.randint(100, 999)} "
        + rng.choice(("Ang Mo Kio Avenue 3", "Tampines Street 21", "Bedok North Road"))
        + f", #{rng.randint(2, 25):02d}-{rng.randint(10, 999):03d}, "
        + f"Singapore {rng.randint(300000, 829999)}"
    )


def zh_address(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind <= 2:
        city, districts, roads = rng.choice(CN_CITIES)
        tail = rng.choice(
            (
                f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元"
                f"{rng.randint(2, 33)}0{rng.randint(1, 6)}室",
                f"{rng.randint(1, 12)}号楼{rng.randint(1, 28)}0{rng.randint(1, 4)}",
                rng.choice(("阳光花园", "锦绣小区", "翠苑"))
                + f"{rng.randint(1, 20)}幢{rng.randint(1, 18)}0{rng.randint(1, 4)}房",
            )
        )
        prefix = city if rng.random() < 0.7 else city[-3:]
        return f"{prefix}{rng.choice(districts)}{rng.choice(roads)}{rng.randint(1, 999)}号{tail}"
    if kind == 3:
        street, flat = rng.choice(HK_ZH_ADDRESSES)
        return street.format(n=rng.randint(1, 800)) + flat.format(
            f=rng.randint(2, 40), r=rng.choice("ABCDEFGH")
        )
    return rng.choice(TW_ADDRESSES).format(
        n=rng.randint(1, 300), m=rng.randint(1, 9), f=rng.randint(2, 20)
    )


def en_hotline(rng: random.Random) -> str:
    return rng.choice(
        (
            "0345 300 0000",
            "0345 734 5345",
            "0800 015 4242",
            "0800 161 5153",
            "0370 600 4455",
            "03457 404 404",
            "1-800-432-1000",
            "1-800-935-9935",
            "1-888-842-6328",
            "+852 2233 3000",
            "(852) 2822 1111",
            "1800 111 1111",
            "+65 6222 2888",
        )
    )


def zh_hotline(rng: random.Random) -> str:
    return rng.choice(
        (
            "95588",
            "95533",
            "95566",
            "95599",
            "95555",
            "400-820-8820",
            "4006 695 566",
            "400-669-5588",
            "800-830-8003",
            "800 820 1688",
            "(852) 2233 3000",
            "0800-017-888",
        )
    )


def ref_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"REF-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
            f"CAS-{rng.randint(2023, 2026)}-{digits(rng, 6)}",
            "".join(rng.choices(string.ascii_uppercase, k=2)) + digits(rng, 8),
            f"#{digits(rng, 7)}",
        )
    )


def en_amount(rng: random.Random) -> str:
    value = rng.randint(5, 50000)
    return rng.choice(
        (f"£{value:,}.{rng.randint(0, 99):02d}", f"${value:,}", f"HK${value:,}", f"S${value:,}.00")
    )


def zh_amount(rng: random.Random) -> str:
    value = rng.randint(5, 200000)
    return rng.choice(
        (
            f"¥{value:,}.00",
            f"{value}元",
            f"人民币{value:,}元",
            f"{value / 10000:.1f}万元",
            f"HK${value:,}",
        )
    )


def en_date(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2023, 2026)}",
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2024, 2026)}",
            f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        )
    )


def zh_date(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(2023, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}号",
            f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        )
    )


def bank_account_en(rng: random.Random) -> tuple[str, Value]:
    """A UK, US or HK account number with the words that go before it (not part of the span)."""
    kind = rng.randrange(3)
    if kind == 0:
        sort_code = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        number = digits(rng, 8)
        return f"sort code {sort_code}, account number ", Value(number, number)
    if kind == 1:
        number = rng.choice("123456789") + digits(rng, rng.choice((9, 10, 11)))
        return rng.choice(("checking account #", "savings account no. ", "acct ")), Value(
            number, number
        )
    number = digits(rng, 12)
    return "HSBC HK account ", Value(f"{number[:3]}-{number[3:9]}-{number[9:]}", number)


# --------------------------------------------------------------------------- English templates

Template = Callable[[random.Random, Message], None]


def en_transcript_phone(rng: random.Random, m: Message) -> None:
    phone = uk_mobile(rng) if rng.random() < 0.5 else us_phone(rng)
    spoken = Value(spoken_en(phone.canonical, rng), phone.canonical)
    m.t("AGENT: And what's the best number to reach you on?\nCALLER: Erm, it's ")
    m.pii(spoken.surface, "PHONE_NUMBER", spoken.canonical)
    m.t(".\nAGENT: Lovely, and that's a mobile?\nCALLER: Yes.")


def en_signature(rng: random.Random, m: Message) -> None:
    name = en_name(rng)
    m.t(rng.choice(("Hello,\n\n", "Dear Customer Services,\n\n", "Hi there,\n\n")))
    m.t("I've moved house, please update my correspondence address to ")
    m.pii(en_address(rng), "ADDRESS")
    m.t(
        rng.choice(
            (".\n\nBest regards,\n", ".\n\nKind regards\n", ".\n\nThanks,\n", ".\n\nCheers\n")
        )
    )
    m.pii(name, "PERSON")
    if rng.random() < 0.6:
        phone = en_phone(rng)
        m.t("\nMob: ").pii(phone.surface, "PHONE_NUMBER", phone.canonical)


def en_cue_name(rng: random.Random, m: Message) -> None:
    name = en_name(rng)
    opener = rng.choice(
        ("Hi, this is ", "Hiya, name's ", "Good morning, my name is ", "Hello, it's ")
    )
    m.t(opener).pii(name, "PERSON")
    m.t(
        rng.choice(
            (" calling about my mortgage payment", " — I rang yesterday about a frozen account")
        )
    )
    m.t(", my date of birth is ").pii(en_dob(rng), "DATE_OF_BIRTH").t(".")


def en_numbered_form(rng: random.Random, m: Message) -> None:
    name = en_name(rng)
    ssn_value = ssn(rng)
    m.t("Account opening — applicant details\n1) Full name: ").pii(name, "PERSON")
    m.t("\n2) Date of birth: ").pii(en_dob(rng), "DATE_OF_BIRTH")
    m.t("\n3) Social Security No.: ").pii(ssn_value.surface, "US_SSN", ssn_value.canonical)
    m.t("\n4) E-mail: ").pii(email(rng, name, EMAIL_DOMAINS), "EMAIL_ADDRESS")
    m.t("\n5) Branch: Midtown Manhattan")


def en_fraud_credit_card(rng: random.Random, m: Message) -> None:
    kind = rng.choice(("visa", "mastercard", "amex"))
    number = card(rng, kind)
    cue = {"visa": "Visa credit card", "mastercard": "Mastercard credit card", "amex": "Amex"}[kind]
    m.t(f"There are three transactions on my {cue} ")
    m.pii(card_surface(number, rng, spoken_en), "CREDIT_CARD", number)
    m.t(
        f" that I never made, the biggest was {en_amount(rng)} at an online shop"
        f" on {en_date(rng)}. "
    )
    m.t("Please block it. I'm on ")
    phone = en_phone(rng)
    m.pii(phone.surface, "PHONE_NUMBER", phone.canonical).t(" all day.")


def en_iban_transfer(rng: random.Random, m: Message) -> None:
    value = iban(rng)
    m.t("Could you send the refund of ").t(en_amount(rng)).t(" to my account in Europe, IBAN ")
    m.pii(value.surface, "IBAN_CODE", value.canonical)
    m.t(", account holder ").pii(en_name(rng), "PERSON").t("? Many thanks.")


def en_third_party(rng: random.Random, m: Message) -> None:
    # Gender-neutral relations: the names are drawn without a gender.
    relation = rng.choice(("partner", "flatmate", "elderly parent", "business partner", "tenant"))
    phone = en_phone(rng)
    m.t(f"My {relation}, ").pii(en_name(rng), "PERSON")
    m.t(", was charged twice for the same parcel. They're not great with phones but you can try ")
    m.pii(phone.surface, "PHONE_NUMBER", phone.canonical).t(" after 6pm.")


def en_account_details(rng: random.Random, m: Message) -> None:
    cue, value = bank_account_en(rng)
    m.t("Salary should go into my ").t(cue).pii(value.surface, "BANK_ACCOUNT", value.canonical)
    m.t(f" from {en_date(rng)} onwards. Payroll ref {ref_number(rng)}.")


def en_two_phones(rng: random.Random, m: Message) -> None:
    mobile, office = uk_mobile(rng), rng.choice((uk_landline_ext, us_phone))(rng)
    m.t("You can reach me on my mobile ").pii(mobile.surface, "PHONE_NUMBER", mobile.canonical)
    m.t(" or at the office on ").pii(office.surface, "PHONE_NUMBER", office.canonical)
    m.t(". Please don't use the bank's 0800 number to call me back, it never connects.")


def en_transcript_ssn(rng: random.Random, m: Message) -> None:
    value = ssn(rng)
    spoken = spoken_en(value.canonical, rng) if rng.random() < 0.6 else value.surface
    m.t("REP: For security, the last... actually the full social, please.\nCUSTOMER: Sure, ")
    m.pii(spoken, "US_SSN", value.canonical).t(".\nREP: Thank you, one moment.")


def en_behalf(rng: random.Random, m: Message) -> None:
    m.t("Dear Sir/Madam,\nI am writing on behalf of my client, ").pii(en_name(rng), "PERSON")
    m.t(", who lives at ").pii(en_address(rng), "ADDRESS")
    m.t(". They have lost their passbook. I hold lasting power of attorney.\nYours faithfully,\n")
    m.pii(en_name(rng), "PERSON")


def en_email_contact(rng: random.Random, m: Message) -> None:
    name = en_name(rng)
    m.t("Please stop calling me at work. Send anything about the loan to ")
    m.pii(email(rng, name, EMAIL_DOMAINS), "EMAIL_ADDRESS").t(" instead.\n— ").pii(name, "PERSON")


def en_agent_note(rng: random.Random, m: Message) -> None:
    number = card(rng, rng.choice(("visa", "mastercard")))
    m.t("Case note: spoke to ").pii(en_name(rng), "PERSON").t(" (DOB ").pii(
        en_dob(rng), "DATE_OF_BIRTH"
    )
    m.t("), verified on credit card ").pii(
        card_surface(number, rng, spoken_en), "CREDIT_CARD", number
    )
    m.t(f". Chargeback raised, ref {ref_number(rng)}. Advised 5-7 working days.")


def en_staff_signoff(rng: random.Random, m: Message) -> None:
    name = en_name(rng)
    phone = en_phone(rng)
    m.t("Thanks for your patience, the replacement card is on its way.\n\nWarm regards,\n").pii(
        name, "PERSON"
    )
    m.t("\nRelationship Manager | Premier Banking\nT: ").pii(
        phone.surface, "PHONE_NUMBER", phone.canonical
    )
    m.t(" | E: ").pii(email(rng, name, ("examplebank.co.uk", "examplebank.com")), "EMAIL_ADDRESS")
    m.t(f"\nPremier line (24h): {en_hotline(rng)}")


def en_chat_unionpay(rng: random.Random, m: Message) -> None:
    number = card(rng, "unionpay_debit")
    m.t("Hi, I'm visiting London and my Bank of China debit card ")
    m.pii(
        grouped(number, (4, 4, 4, 4), " ") if rng.random() < 0.5 else number, "BANK_ACCOUNT", number
    )
    m.t(" got declined at the ATM. Is UnionPay accepted? Name on the card is ").pii(
        en_name(rng), "PERSON"
    ).t(".")


def en_wordlike_person(rng: random.Random, m: Message) -> None:
    name = rng.choice(WORDLIKE_NAMES)
    m.t("Hope you're well. ").pii(name, "PERSON")
    m.t(" will pop into the branch on Friday to sign the guarantee; May is a busy month for us so ")
    m.t("please have the papers ready.")


# English hard negatives: no personal data at all.


def en_neg_hotline(rng: random.Random, m: Message) -> None:
    m.t(
        f"Lost or stolen card? Call us 24/7 on {en_hotline(rng)}. "
        f"From abroad, call {en_hotline(rng)}. "
    )
    m.t("Lines may be recorded for training and quality purposes.")


def en_neg_payment(rng: random.Random, m: Message) -> None:
    m.t(f"Your payment of {en_amount(rng)} to British Gas was received on {en_date(rng)}. ")
    m.t(f"Reference {ref_number(rng)}. Your next bill is due on {en_date(rng)}.")


def en_neg_wordlike(rng: random.Random, m: Message) -> None:
    m.t(
        rng.choice(
            (
                "Will the new rate apply from May? I hope so, otherwise I'll move my savings.",
                "May I ask whether the grace period still applies? Hope to hear back soon.",
                "Please mark this as urgent. Any joy with the refund? "
                "My landlord is chasing the deposit.",
                "Joy! The transfer finally went through. Will you close the complaint now?",
            )
        )
    )


def en_neg_places(rng: random.Random, m: Message) -> None:
    branch = rng.choice(
        ("Canary Wharf", "Kowloon Bay", "Raffles Place", "Leeds city centre", "Midtown")
    )
    bank = rng.choice(("HSBC", "Barclays", "DBS", "Chase", "Standard Chartered", "Lloyds"))
    m.t(f"Is the {bank} {branch} branch open on Saturdays, and does it have a Coinstar machine? ")
    m.t(
        f"I'll be in {rng.choice(('Manchester', 'Singapore', 'Hong Kong', 'Texas'))}"
        f" until {en_date(rng)}."
    )


def en_neg_products(rng: random.Random, m: Message) -> None:
    m.t("What's the APR on the Rewards Plus Mastercard compared with the Everyday Saver and the ")
    m.t(f"Club Lloyds account? I'd want to move about {en_amount(rng)} across.")


def en_neg_transcript(rng: random.Random, m: Message) -> None:
    m.t(
        "AGENT: Is there anything else I can help with today?\n"
        "CALLER: No, that's everything, cheers.\n"
    )
    m.t(f"AGENT: Lovely. Your case number is {ref_number(rng)}. Have a good day.")


def en_neg_switchboard(rng: random.Random, m: Message) -> None:
    m.t(
        rng.choice(
            (
                "For business banking please call our head office switchboard on "
                "020 7626 1500 and ask for the SME desk.",
                "Mortgage enquiries: 0345 600 7722 (Mon-Fri 8am-8pm). Textphone: 0345 602 4818.",
                "If calling from the US, dial 1-877-744-2222 toll free; outside the US call "
                "+1 212-555-0100 (our switchboard).",
            )
        )
    )
    m.t(f" Quote reference {ref_number(rng)}.")


def en_neg_card_ending(rng: random.Random, m: Message) -> None:
    m.t(f"Your card ending {digits(rng, 4)} was used for {en_amount(rng)} on {en_date(rng)}. ")
    m.t("If this wasn't you, reply NO. Never share your one-time passcode.")


EN_POSITIVE: tuple[Template, ...] = (
    en_transcript_phone,
    en_signature,
    en_cue_name,
    en_numbered_form,
    en_fraud_credit_card,
    en_iban_transfer,
    en_third_party,
    en_account_details,
    en_two_phones,
    en_transcript_ssn,
    en_behalf,
    en_email_contact,
    en_agent_note,
    en_staff_signoff,
    en_chat_unionpay,
    en_wordlike_person,
)
EN_NEGATIVE: tuple[Template, ...] = (
    en_neg_hotline,
    en_neg_payment,
    en_neg_wordlike,
    en_neg_places,
    en_neg_products,
    en_neg_transcript,
    en_neg_switchboard,
    en_neg_card_ending,
)


# --------------------------------------------------------------------------- Chinese templates


def zh_transcript_phone(rng: random.Random, m: Message) -> None:
    number = "1" + rng.choice("3456789") + digits(rng, 9)
    m.t("客服：请问您的联系电话是多少？\n客户：").pii(
        spoken_zh(number, rng), "PHONE_NUMBER", number
    )
    m.t("。\n客服：好的，跟您核对一下，号码已记录。")


def zh_signature(rng: random.Random, m: Message) -> None:
    name = zh_name(rng)
    phone = zh_phone(rng)
    m.t(rng.choice(("您好，", "你好，", "")))
    m.t(f"我上个月还款{zh_amount(rng)}一直显示未入账，麻烦尽快核实处理，谢谢！\n")
    m.t(rng.choice(("—— ", "——", "此致\n敬礼\n", "")))
    m.pii(name, "PERSON")
    m.t(rng.choice(("\n手机：", "\n联系电话：", " ")))
    m.pii(phone.surface, "PHONE_NUMBER", phone.canonical)


def zh_self_styled(rng: random.Random, m: Message) -> None:
    phone = zh_phone(rng)
    m.t("昨天有个自称").pii(zh_name(rng), "PERSON")
    m.t(f"的人打电话给我，说是你们{rng.choice(('银行', '信用卡中心'))}的客服，让我把验证码告诉他。")
    m.t("他用的号码是").pii(phone.surface, "PHONE_NUMBER", phone.canonical).t("，请问是真的吗？")


def zh_colleague(rng: random.Random, m: Message) -> None:
    m.t(rng.choice(("我同事", "我们部门的同事", "同事")))
    m.pii(zh_name(rng), "PERSON")
    m.t(
        f"上周在你们{rng.choice(('中山路', '国贸', '五角场'))}网点开了户，"
        "他推荐我也办一张，请问需要带什么材料？"
    )


def zh_lost_debit(rng: random.Random, m: Message) -> None:
    number = card(rng, "unionpay_debit")
    surface = number if rng.random() < 0.4 else grouped(number, (4, 4, 4, 4), " ")
    if len(number) <= 17 and rng.random() < 0.25:
        surface = spoken_zh(number, rng)
    m.t(rng.choice(("我的银行卡丢了，卡号是", "麻烦帮我查一下卡号", "储蓄卡挂失，卡号：")))
    m.pii(surface, "BANK_ACCOUNT", number).t("，麻烦帮我挂失一下。")


def zh_payee(rng: random.Random, m: Message) -> None:
    number = card(rng, "unionpay_debit")
    m.t("收款人：").pii(zh_name(rng), "PERSON")
    m.t("\n收款卡：").pii(
        grouped(number, (4, 4, 4, 4), " ") if rng.random() < 0.5 else number, "BANK_ACCOUNT", number
    )
    m.t(
        "\n开户行："
        + rng.choice(("招商银行深圳分行", "中国建设银行杭州西湖支行", "农业银行成都武侯支行"))
    )
    m.t(f"\n金额：{zh_amount(rng)}")


def zh_credit_fraud(rng: random.Random, m: Message) -> None:
    kind = rng.choice(("unionpay_credit", "visa", "mastercard"))
    number = card(rng, kind)
    cue = {"unionpay_credit": "信用卡", "visa": "Visa信用卡", "mastercard": "万事达信用卡"}[kind]
    m.t(f"我的{cue}").pii(card_surface(number, rng, spoken_zh), "CREDIT_CARD", number)
    m.t(f"在{zh_date(rng)}被盗刷了{zh_amount(rng)}，人在国内，卡也在身上，请马上冻结。")


def zh_credit_repay(rng: random.Random, m: Message) -> None:
    kind = rng.choice(("unionpay_credit", "unionpay_credit", "visa", "mastercard", "amex"))
    number = card(rng, kind)
    m.t(f"我{zh_date(rng)}用手机银行给信用卡").pii(
        card_surface(number, rng, spoken_zh), "CREDIT_CARD", number
    )
    m.t(f"还款{zh_amount(rng)}，到现在还显示未还，会不会影响征信？")


def zh_id_grouped(rng: random.Random, m: Message) -> None:
    number = cn_id(rng)
    m.t(rng.choice(("身份证号：", "证件号码 ", "我的身份证是")))
    m.pii(cn_id_surface(number, rng), "CN_ID_CARD", number)
    year, month, day = int(number[6:10]), int(number[10:12]), int(number[12:14])
    dob = rng.choice(
        (f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}", f"{year}.{month}.{day}")
    )
    m.t("，出生日期").pii(dob, "DATE_OF_BIRTH").t("，请帮我核对预留信息。")


def zh_form(rng: random.Random, m: Message) -> None:
    number = cn_id(rng)
    m.t("【开户申请】\n1. 姓名：").pii(zh_name(rng), "PERSON")
    m.t("\n2. 证件号码：").pii(cn_id_surface(number, rng), "CN_ID_CARD", number)
    m.t("\n3. 联系地址：").pii(zh_address(rng), "ADDRESS")
    m.t("\n4. 电子邮箱：").pii(zh_email(rng), "EMAIL_ADDRESS")
    m.t("\n5. 职业：教师")


def zh_latin_name(rng: random.Random, m: Message) -> None:
    m.t(rng.choice(("我的客户经理是", "之前帮我办业务的是", "请转告")))
    m.pii(rng.choice(ZH_LATIN_NAMES), "PERSON")
    m.t("，对方说理财产品到期后会自动转活期，但是到现在钱还没到账。")


def zh_two_phones(rng: random.Random, m: Message) -> None:
    mobile, office = cn_mobile(rng), cn_landline(rng)
    m.t("白天打我办公室").pii(office.surface, "PHONE_NUMBER", office.canonical)
    m.t("，晚上打手机").pii(mobile.surface, "PHONE_NUMBER", mobile.canonical).t("，都可以。")


def zh_hk_traditional(rng: random.Random, m: Message) -> None:
    street, flat = rng.choice(HK_ZH_ADDRESSES)
    address = street.format(n=rng.randint(1, 800)) + flat.format(
        f=rng.randint(2, 40), r=rng.choice("ABCDEFGH")
    )
    local = rng.choice("569") + digits(rng, 7)
    phone = Value(rng.choice(("", "+852 ", "(852) ")) + f"{local[:4]} {local[4:]}", local)
    m.t("本人").pii(zh_name(rng), "PERSON").t("，現住").pii(address, "ADDRESS")
    m.t("，聯絡電話").pii(phone.surface, "PHONE_NUMBER", phone.canonical).t(
        "，請更改戶口通訊地址，唔該。"
    )


def zh_taiwan(rng: random.Random, m: Message) -> None:
    address = rng.choice(TW_ADDRESSES).format(
        n=rng.randint(1, 300), m=rng.randint(1, 9), f=rng.randint(2, 20)
    )
    number = "09" + digits(rng, 8)
    m.t("您好，我是").pii(zh_name(rng), "PERSON").t("，信用卡帳單請寄到").pii(address, "ADDRESS")
    m.t("，手機").pii(f"{number[:4]}-{number[4:7]}-{number[7:]}", "PHONE_NUMBER", number).t(
        "，謝謝。"
    )


def zh_email_statement(rng: random.Random, m: Message) -> None:
    m.t("以后电子对账单请发到").pii(zh_email(rng), "EMAIL_ADDRESS")
    m.t("，原来那个邮箱不用了。")
    if rng.random() < 0.5:
        m.t("\n").pii(zh_name(rng), "PERSON")


def zh_relative(rng: random.Random, m: Message) -> None:
    number = cn_id(rng)
    m.t(rng.choice(("我妈妈", "我爸", "我爱人", "我女儿")))
    m.pii(zh_name(rng), "PERSON").t("的身份证号是").pii(
        cn_id_surface(number, rng), "CN_ID_CARD", number
    )
    m.t("，她住院了没法来网点，能不能由我代办？我住在").pii(zh_address(rng), "ADDRESS").t("。")


def zh_iban(rng: random.Random, m: Message) -> None:
    value = iban(rng)
    m.t("我要汇款到欧洲，收款人IBAN：").pii(value.surface, "IBAN_CODE", value.canonical)
    m.t("，户名").pii(
        rng.choice(
            ZH_LATIN_NAMES + tuple(f"{f} {s}" for f, s in (("Anna", "Müller"), ("Luc", "Martin")))
        ),
        "PERSON",
    )
    m.t(f"，金额{rng.choice(('3000欧元', '1,200欧元', '€850'))}，手续费多少？")


def zh_transcript_dob(rng: random.Random, m: Message) -> None:
    year, month, day = rng.randint(1950, 2002), rng.randint(1, 12), rng.randint(1, 28)
    spoken = (
        "".join(ZH_DIGITS[int(c)] for c in str(year))
        + f"年{zh_number_words(month)}月{zh_number_words(day)}号"
    )
    m.t("坐席：请报一下您的出生日期。\n客户：").pii(spoken, "DATE_OF_BIRTH")
    m.t("。\n坐席：好的，核验通过。")


def zh_transcript_id(rng: random.Random, m: Message) -> None:
    number = cn_id(rng)
    spoken = spoken_zh(number[:17], rng).replace("，", "").replace(" ", "")
    spoken += "叉" if number[17] == "X" else ZH_DIGITS[int(number[17])]
    m.t("坐席：麻烦您报一下身份证号码。\n客户：").pii(spoken, "CN_ID_CARD", number).t("。")


def zh_insurance_form(rng: random.Random, m: Message) -> None:
    phone = zh_phone(rng)
    m.t("投保人：").pii(zh_name(rng), "PERSON").t("  出生日期：").pii(zh_dob(rng), "DATE_OF_BIRTH")
    m.t("\n被保险人：").pii(zh_name(rng), "PERSON").t("（配偶）\n联系电话：")
    m.pii(phone.surface, "PHONE_NUMBER", phone.canonical).t(f"\n保费：{zh_amount(rng)}/年")


# Chinese hard negatives: no personal data at all.


def zh_neg_hotline(rng: random.Random, m: Message) -> None:
    m.t(f"信用卡挂失请拨打24小时客服热线{zh_hotline(rng)}，境外请拨{zh_hotline(rng)}，")
    m.t("银行工作人员不会向您索要验证码。")


def zh_neg_transaction(rng: random.Random, m: Message) -> None:
    m.t(f"【某某银行】您尾号{digits(rng, 4)}的账户于{zh_date(rng)}支出{zh_amount(rng)}，")
    m.t(
        f"交易流水号{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}"
        f"{rng.randint(1, 28):02d}{digits(rng, 11)}，"
    )
    m.t(f"订单号{ref_number(rng)}。")


def zh_neg_wordlike(rng: random.Random, m: Message) -> None:
    m.t(
        rng.choice(
            (
                "谢谢你们的帮助，房东说押金已经退了，我很高兴。",
                "非常感谢！平安到家了，明天再去网点办理。",
                "房东让我每月按时转房租，请问能设置自动转账吗？谢谢。",
                "高兴地告诉你们，问题已经解决了，辛苦了！",
                "文明排队，金牌服务，给你们点赞。",
            )
        )
    )


def zh_neg_branch(rng: random.Random, m: Message) -> None:
    bank = rng.choice(
        ("工商银行上海浦东分行", "建设银行北京朝阳支行", "招商银行深圳南山支行", "匯豐銀行旺角分行")
    )
    m.t(
        f"请问{bank}周六营业吗？"
        f"我{zh_date(rng)}要去{rng.choice(('广州', '杭州', '香港', '台北'))}出差。"
    )


def zh_neg_products(rng: random.Random, m: Message) -> None:
    m.t(f"朝朝宝和招招理财有什么区别？我想存{zh_amount(rng)}，一年期大额存单利率是多少？")


def zh_neg_dialogue(rng: random.Random, m: Message) -> None:
    m.t("客服：您好，很高兴为您服务。\n客户：我想问一下房贷提前还款要不要违约金。\n")
    m.t(f"客服：您好，具体以合同为准，您可以拨打{zh_hotline(rng)}查询。")


def zh_neg_atm(rng: random.Random, m: Message) -> None:
    m.t(
        f"我{zh_date(rng)}在ATM取{zh_amount(rng)}，卡被吞了，"
        f"工单号GD{digits(rng, 10)}，请问多久能拿回来？"
    )


def zh_neg_company(rng: random.Random, m: Message) -> None:
    m.t(
        rng.choice(
            (
                "公司总机010-8888 6666，对公业务请转财务部。",
                "客服邮箱请见官网，投诉请拨12378银行保险消费者投诉热线。",
                "京东客服400-606-5500，淘宝客服95188，都说是银行的问题。",
            )
        )
    )


ZH_POSITIVE: tuple[Template, ...] = (
    zh_transcript_phone,
    zh_signature,
    zh_self_styled,
    zh_colleague,
    zh_lost_debit,
    zh_payee,
    zh_credit_fraud,
    zh_credit_repay,
    zh_id_grouped,
    zh_form,
    zh_latin_name,
    zh_two_phones,
    zh_hk_traditional,
    zh_taiwan,
    zh_email_statement,
    zh_relative,
    zh_iban,
    zh_transcript_dob,
    zh_transcript_id,
    zh_insurance_form,
)
ZH_NEGATIVE: tuple[Template, ...] = (
    zh_neg_hotline,
    zh_neg_transaction,
    zh_neg_wordlike,
    zh_neg_branch,
    zh_neg_products,
    zh_neg_dialogue,
    zh_neg_atm,
    zh_neg_company,
)


# --------------------------------------------------------------------------- generation


def generate_annotated(n: int = 600, seed: int = 2518) -> list[dict[str, Any]]:
    """Rows with the template name and each span's inserted surface and canonical value.

    Languages alternate (en, zh) and in each run of ten messages of a language the first three
    are PII-free, so both languages hold at least a quarter hard negatives for any ``n``.
    """
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for index in range(n):
        lang = "en" if index % 2 == 0 else "zh"
        negative = (index // 2) % 10 < 3
        if lang == "en":
            pool = EN_NEGATIVE if negative else EN_POSITIVE
        else:
            pool = ZH_NEGATIVE if negative else ZH_POSITIVE
        template = rng.choice(pool)
        message = Message()
        template(rng, message)
        rows.append(
            {
                "id": f"h2-{lang}-{index:05d}",
                "text": message.text,
                "lang": lang,
                "template": template.__name__,
                "spans": [
                    {
                        "start": item.start,
                        "end": item.end,
                        "label": item.label,
                        "surface": item.surface,
                        "canonical": item.canonical,
                    }
                    for item in message.inserted
                ],
            }
        )
    return rows


def generate(n: int = 600, seed: int = 2518) -> list[dict[str, Any]]:
    """The held-out v2 set: ``{"id", "text", "lang", "spans": [{"start", "end", "label"}]}``."""
    return [
        {
            "id": row["id"],
            "text": row["text"],
            "lang": row["lang"],
            "spans": [
                {"start": s["start"], "end": s["end"], "label": s["label"]} for s in row["spans"]
            ],
        }
        for row in generate_annotated(n, seed)
    ]
