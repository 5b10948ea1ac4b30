"""Eighteenth independent bilingual PII evaluation set (v18): a blind TEST split.

Written blind after the seventeenth set: only ``benchmarks/pii_quality.py``, ``README.md`` and
``pyproject.toml`` were opened, never the detector, its resources, tests, dev generators or any
earlier set. Every template, name list and checksum helper here is this module's own.

    python benchmarks/pii_heldout18/generator.py [--n 600] [--seed 18023] [--stats]

``generate(n=600, seed=18023)`` returns rows ``{"id": "v18-{lang}-{genre}-{index:04d}", "text",
"lang", "spans": [{"start", "end", "label"}]}``: half English, half Chinese (English gets the odd
one), 30% of each language PII-free look-alikes in the same genres. Genres (the same keys in both
languages): mortgage/remortgage broker notes (房贷/转按揭), property completion (二手房过户),
tax-return help (个税汇算), cheques (支票/本票), safe-deposit boxes (保管箱), lost wallets reported
to the police (报警回执), utility and council-tax arrears (水电燃气欠费), student loans (助学贷款),
guardianship and child accounts (监护人/未成年人账户), remittances to relatives abroad
(海外亲属汇款), small landlords (包租公), medical pre-authorisation (医保报销), club memberships
(健身卡退费), ticket resale (演唱会门票), branch closures (网点撤并), accessibility requests
(适老化服务) and agents' call summaries in note style (坐席小结).

Labels are the scorer's: PERSON, ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, IBAN_CODE,
US_SSN, IP_ADDRESS and BANK_ACCOUNT (its card convention), plus CN_ID_CARD and DATE_OF_BIRTH,
which the detector reports and the scorer scores where gold has them. Conventions (where the
scorer is silent, decided here):

* A span covers the value only, exactly as written (grouping spaces and dashes inside; no
  surrounding label, quote or punctuation). Spans never overlap.
* PERSON: every private individual named, customers, relatives, tenants, carers and staff
  alike. English titles are outside the span except with a bare surname (``Mrs Okafor``);
  Chinese ``王女士``/``李先生``/``张阿姨`` are spanned with the title. Public figures, fictional
  characters, artists on a ticket and firms or shops named after people are not PII.
* ADDRESS: a home (or a property a named person buys, owns or lets) from its number or building
  to its postcode/district, as written. Offices, branches, police stations, agents, solicitors,
  hospitals, venues and tax offices are not spanned.
* PHONE_NUMBER / EMAIL_ADDRESS: a person's own (home, mobile, personal mail). Hotlines,
  switchboards, a firm's line and role mailboxes (``completions@``, ``accessibility@``) are not.
* DATE_OF_BIRTH: only a birth date (also ``DOB verif 12/03/61`` in notes). Dates of completion,
  events, payments and closures are not.
* CREDIT_CARD: a full, Luhn-valid card number. Masked numbers and last four digits are not PII
  here. A UnionPay ``62…`` card is CREDIT_CARD only next to 信用卡/credit card, otherwise
  BANK_ACCOUNT (the scorer's issue-18 convention).
* BANK_ACCOUNT: a person's account number (UK 8-digit, US account, CN 16-19 digit card/account).
  Sort codes, routing numbers, a firm's/solicitor's client account and 对公账户 are not spanned.
* IBAN_CODE: the whole IBAN, grouped or not (mod-97 valid). US_SSN: SSA rules (area not 000, 666
  or 9xx; group and serial not zero). CN_ID_CARD: 18 characters with a GB 11643 check (some X).
* IP_ADDRESS: a customer's login/device IP in a note or report.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

Row = dict[str, Any]
Val = str | tuple[str, str]
GENRES = (
    "mortgage",
    "completion",
    "tax",
    "cheque",
    "safebox",
    "police",
    "arrears",
    "studentloan",
    "guardian",
    "remit",
    "landlord",
    "medical",
    "club",
    "tickets",
    "closure",
    "access",
    "agentnote",
)
NEGATIVE_SHARE = 0.3

# ---------------------------------------------------------------- checksums (own helpers)


def luhn_digit(body: str) -> str:
    """The Luhn check digit to append to ``body``."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def gb11643_check(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, GB11643_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def cn_id_ok(number: str) -> bool:
    return (
        re.fullmatch(r"\d{17}[\dX]", number) is not None
        and gb11643_check(number[:17]) == number[17]
    )


def ssn_ok(ssn: str) -> bool:
    digits = re.sub(r"\D", "", ssn)
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# ---------------------------------------------------------------- composing


def compose(template: str, **vals: Val) -> tuple[str, list[dict[str, Any]]]:
    """Fill ``{key}`` slots; a value given as ``(text, LABEL)`` becomes a span on exactly that
    text."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        val = vals[m.group(1)]
        if isinstance(val, tuple):
            text, label = val
            spans.append({"start": length, "end": length + len(text), "label": label})
        else:
            text = val
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


# ---------------------------------------------------------------- value makers (English)

EN_GIVEN_F = [
    "Olivia",
    "Priya",
    "Aisha",
    "Siobhan",
    "Mei",
    "Beatriz",
    "Ingrid",
    "Nkechi",
    "Leila",
    "Fern",
    "Bethan",
    "Marguerite",
    "Rosalind",
    "Harriet",
    "Agnieszka",
    "Parveen",
    "Imogen",
    "Gwen",
    "Noor",
    "Dorothy",
    "Yasmin",
]
EN_GIVEN_M = [
    "Declan",
    "Tomasz",
    "Graham",
    "Kwame",
    "Rhys",
    "Yusuf",
    "Callum",
    "Hamish",
    "Dmitri",
    "Oluwaseun",
    "Arjun",
    "Tariq",
    "Ewan",
    "Femi",
    "Conor",
    "Lachlan",
    "Samuel",
    "Rafael",
    "Kieran",
]
EN_GIVEN = EN_GIVEN_F + EN_GIVEN_M
EN_SURNAME = [
    "Okonkwo",
    "Ramasamy",
    "Kowalczyk",
    "Pemberton",
    "Achterberg",
    "Fairweather",
    "Nwosu",
    "Lindqvist",
    "MacAulay",
    "O'Driscoll",
    "Haddad",
    "Chaudhry",
    "Whitfield",
    "Abernethy",
    "Szabo",
    "Ashworth",
    "Mensah",
    "Trelawney",
    "Baptiste",
    "Varga",
    "Kerrigan",
    "Osei",
    "Holloway",
    "Greaves",
    "Adeyemi",
    "Bellamy",
    "Castellano",
    "Dunmore",
    "Eriksen",
    "Gallagher",
    "Hetherington",
    "Iqbal",
    "Jankowski",
    "Kapoor",
    "Lowther",
    "McCrindle",
    "Ndiaye",
    "Pryce",
    "Quinlan",
    "Sandhu",
    "Treadwell",
]
STREETS = [
    "Alder Grove",
    "Wentworth Road",
    "Cobden Street",
    "Larkspur Close",
    "Millbrook Avenue",
    "Fernhill Drive",
    "Kestrel Way",
    "Abbotsford Terrace",
    "Quarry Lane",
    "Beaumont Crescent",
    "Heron Walk",
    "Tannery Row",
]
UK_TOWNS = (
    ("Leeds", "LS6 2QT"),
    ("Bristol", "BS7 8JN"),
    ("Norwich", "NR2 3HL"),
    ("Glasgow", "G12 9RD"),
    ("Cardiff", "CF24 4LP"),
    ("Sheffield", "S11 8YB"),
    ("Reading", "RG1 5EW"),
    ("Derby", "DE22 3FT"),
    ("Belfast", "BT9 6GH"),
)
US_PLACES = (
    ("Columbus", "OH", "43214"),
    ("Tucson", "AZ", "85719"),
    ("Raleigh", "NC", "27605"),
    ("Spokane", "WA", "99203"),
    ("Madison", "WI", "53705"),
    ("Albany", "NY", "12208"),
    ("Boise", "ID", "83702"),
)
US_STREETS = ("Fenwick Ave", "Maple Ridge Dr", "Oakhurst Ln", "N 14th St", "Delmar Blvd")


def en_name(rng: random.Random, sex: str = "") -> str:
    """A name; ``sex`` "f" or "m" where the message says mum, son, his..."""
    pool = {"f": EN_GIVEN_F, "m": EN_GIVEN_M}.get(sex, EN_GIVEN)
    given, surname = rng.choice(pool), rng.choice(EN_SURNAME)
    roll = rng.random()
    if roll < 0.15:
        return f"{given} {rng.choice('ABCDEHJKLMRST')}. {surname}"
    if roll < 0.25:
        return f"{given} {surname}-{rng.choice(EN_SURNAME)}"
    return f"{given} {surname}"


def en_first(rng: random.Random) -> str:
    return rng.choice(EN_GIVEN)


def uk_address(rng: random.Random) -> str:
    town, post = rng.choice(UK_TOWNS)
    num = rng.randint(2, 188)
    street = rng.choice(STREETS)
    if rng.random() < 0.3:
        return f"Flat {rng.randint(1, 12)}, {num} {street}, {town} {post}"
    return f"{num} {street}, {town} {post}"


def us_address(rng: random.Random) -> str:
    city, state, zipc = rng.choice(US_PLACES)
    unit = f", Apt {rng.randint(1, 9)}{rng.choice('ABC')}" if rng.random() < 0.3 else ""
    return f"{rng.randint(100, 9899)} {rng.choice(US_STREETS)}{unit}, {city}, {state} {zipc}"


def uk_mobile(rng: random.Random) -> str:
    body = f"7{rng.randint(400, 999)}{rng.randint(100000, 999999)}"
    style = rng.randrange(3)
    if style == 0:
        return f"0{body[:4]} {body[4:]}"
    if style == 1:
        return f"+44 {body[:4]} {body[4:7]} {body[7:]}"
    return "0" + body


def uk_landline(rng: random.Random) -> str:
    area = rng.choice(("0113", "0117", "0114", "0161", "0121", "01603"))
    return f"{area} {rng.randint(200, 899)} {rng.randint(1000, 9999)}"


def us_phone(rng: random.Random) -> str:
    area = rng.choice((614, 520, 919, 509, 608, 518, 208))
    ex, line = rng.randint(201, 989), rng.randint(1000, 9999)
    if ex == 555:
        ex = 556
    return rng.choice((f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"+1 {area} {ex} {line}"))


MAIL_HOSTS_EN = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com")


def en_email(rng: random.Random, name: str) -> str:
    parts = re.sub(r"[^a-z ]", "", name.lower()).split()
    first, last = parts[0], parts[-1]
    local = rng.choice(
        (f"{first}.{last}", f"{first[0]}{last}{rng.randint(2, 99)}", f"{last}.{first[:3]}")
    )
    return f"{local}@{rng.choice(MAIL_HOSTS_EN)}"


def dob_en(rng: random.Random, first: int = 1938, last: int = 2004) -> str:
    y, m, d = rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28)
    months = [
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
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {months[m - 1]} {y}",
            f"{months[m - 1]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
        )
    )


def card_number(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("visa", "mc", "amex", "visa"))
    if kind == "amex":
        body = rng.choice(("34", "37")) + "".join(str(rng.randrange(10)) for _ in range(12))
        n = body + luhn_digit(body)
        return rng.choice((f"{n[:4]} {n[4:10]} {n[10:]}", n))
    prefix = "4" if kind == "visa" else str(rng.randint(51, 55))
    if kind == "cup":
        prefix = "62" + rng.choice(("5", "8"))
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    n = body + luhn_digit(body)
    return rng.choice(
        (
            " ".join(n[i : i + 4] for i in range(0, 16, 4)),
            n,
            "-".join(n[i : i + 4] for i in range(0, 16, 4)),
        )
    )


def masked_card(rng: random.Random) -> str:
    return rng.choice(
        (f"**** **** **** {rng.randint(1000, 9999)}", f"ending {rng.randint(1000, 9999)}")
    )


def uk_account(rng: random.Random) -> tuple[str, str]:
    sort = f"{rng.randint(10, 89)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    return sort, f"{rng.randint(10000000, 99999999)}"


def us_account(rng: random.Random) -> tuple[str, str]:
    # a routing number with a valid ABA check digit (not spanned), and an account number
    first8 = f"{rng.choice(('04', '07', '12', '26', '31'))}{rng.randint(100000, 999999)}"
    weights = (3, 7, 1, 3, 7, 1, 3, 7)
    total = sum(int(c) * k for c, k in zip(first8, weights, strict=True))
    routing = first8 + str((10 - total % 10) % 10)
    return routing, str(rng.randint(10**8, 10**12 - 1))


def iban(rng: random.Random, country: str | None = None, grouped: bool | None = None) -> str:
    country = country or rng.choice(("GB", "DE", "FR", "NL", "ES", "IE", "PK", "AE"))

    def digits(k: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(k))

    bban = {
        "GB": lambda: rng.choice(("NWBK", "BARC", "LOYD", "MIDL")) + digits(14),
        "DE": lambda: digits(18),
        "FR": lambda: digits(10) + digits(11) + digits(2),
        "NL": lambda: rng.choice(("ABNA", "INGB", "RABO")) + digits(10),
        "ES": lambda: digits(20),
        "IE": lambda: rng.choice(("AIBK", "BOFI")) + digits(14),
        "PK": lambda: rng.choice(("HABB", "MEZN", "UNIL")) + digits(16),
        "AE": lambda: digits(19),
    }[country]()
    value = make_iban(country, bban)
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return value if rng.random() < 0.75 else value.replace("-", " ")


def public_ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        block, host = rng.randint(0x1000, 0xFFFF), rng.randint(1, 0xFFFF)
        return f"2a02:c7c:{block:x}:{host:x}::{rng.randint(1, 0xFF):x}"
    first = rng.choice((31, 46, 51, 81, 86, 92, 109, 145, 176, 185, 212))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# ---------------------------------------------------------------- value makers (Chinese)

ZH_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵万严覃戴莫孔向汤"
)
ZH_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方"]
ZH_GIVEN = list(
    "建国秀兰志强丽娟晓明海燕伟杰雪梅子涵宇轩欣怡文博思远佳琪浩然春生桂芳德华玉珍俊峰梦瑶一鸣婉清嘉豪雨桐振东淑贞"
)
ZH_TITLES = ("女士", "先生", "阿姨", "大爷", "老师")


def zh_name(rng: random.Random) -> str:
    surname = rng.choice(ZH_COMPOUND) if rng.random() < 0.06 else rng.choice(ZH_SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return surname + "".join(rng.choice(ZH_GIVEN) for _ in range(n))


def zh_titled(rng: random.Random, titles: tuple[str, ...] = ZH_TITLES) -> str:
    return rng.choice(ZH_SURNAMES) + rng.choice(titles)


ZH_PLACES = (
    ("上海市", "闵行区", "莘庄镇莲花南路"),
    ("北京市", "朝阳区", "望京街道阜通东大街"),
    ("广东省佛山市", "南海区", "桂城街道海八路"),
    ("浙江省杭州市", "拱墅区", "湖墅南路"),
    ("四川省成都市", "武侯区", "玉林北路"),
    ("湖北省武汉市", "洪山区", "珞喻路"),
    ("江苏省南京市", "鼓楼区", "汉中门大街"),
    ("山东省青岛市", "市北区", "延吉路"),
    ("河南省郑州市", "金水区", "纬五路"),
    ("福建省厦门市", "思明区", "莲前西路"),
)
ZH_ESTATES = ("阳光花园", "锦绣苑", "翠湖湾", "梧桐里", "金地名郡", "和平新村", "滨江一品")


def zh_address(rng: random.Random) -> str:
    prov, district, road = rng.choice(ZH_PLACES)
    number, floor, door = rng.randint(8, 1899), rng.randint(1, 32), rng.randint(1, 4)
    tail = rng.choice(
        (
            f"{number}号{rng.choice(ZH_ESTATES)}{rng.randint(1, 30)}栋"
            f"{rng.randint(1, 4)}单元{floor}0{door}室",
            f"{number}弄{rng.randint(1, 60)}号{floor}0{door}室",
            f"{number}号{rng.randint(1, 9)}号楼{floor}0{door}",
        )
    )
    if rng.random() < 0.3:
        return f"{district}{road}{tail}"
    return f"{prov}{district}{road}{tail}"


def cn_mobile(rng: random.Random) -> str:
    n = (
        rng.choice(("13", "15", "17", "18", "19"))
        + str(rng.randint(0, 9))
        + str(rng.randint(10000000, 99999999))
    )
    style = rng.randrange(4)
    if style == 0:
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == 1:
        return f"+86 {n}"
    if style == 2:
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    return n


def cn_id(
    rng: random.Random,
    first: int = 1945,
    last: int = 2004,
    born: tuple[int, int, int] | None = None,
) -> str:
    """An 18-character resident ID (about one in five ending in X), born in ``first``..``last``
    or on ``born``."""
    want_x = rng.random() < 0.2
    region = rng.choice(("110105", "310112", "440605", "330105", "510107", "420111", "320106"))
    while True:
        y, m, d = born or (rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))
        body = f"{region}{y}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
        check = gb11643_check(body)
        if (check == "X") == want_x:
            return body + check


def dob_zh(
    rng: random.Random,
    first: int = 1938,
    last: int = 2004,
    born: tuple[int, int, int] | None = None,
) -> str:
    y, m, d = born or (rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))
    return rng.choice(
        (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}/{m:02d}/{d:02d}")
    )


def zh_dob_and_id(rng: random.Random, first: int, last: int) -> tuple[str, str]:
    """A birth date and a resident ID that encodes the same date."""
    born = (rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28))
    return dob_zh(rng, born=born), cn_id(rng, born=born)


def cn_debit(rng: random.Random) -> str:
    length = rng.choice((16, 19, 19))
    body = (
        "62"
        + rng.choice(("17", "22", "28", "15", "26"))
        + "".join(str(rng.randrange(10)) for _ in range(length - 5))
    )
    n = body + luhn_digit(body)
    if rng.random() < 0.4:
        return " ".join(n[i : i + 4] for i in range(0, len(n), 4))
    return n


def zh_email(rng: random.Random) -> str:
    local = rng.choice(("xiaoyu", "lh", "chenjie", "wangfang", "zhao", "linlin", "dmy"))
    return (
        f"{local}{rng.randint(1, 9999)}@{rng.choice(('qq.com', '163.com', '126.com', 'sina.com'))}"
    )


def zh_landline_home(rng: random.Random) -> str:
    area = rng.choice(("021", "010", "0757", "0571", "028", "027"))
    return f"{area}-{rng.randint(5000, 8999)}{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- shared non-personal pools

EN_FIRMS_NAMED = (
    "John Lewis",
    "Sainsbury's",
    "Marks & Spencer",
    "Morgan Stanley",
    "Ernst & Young",
    "Ted Baker",
    "Paul Smith",
    "McDonald's",
)
EN_FIGURES = (
    "Martin Lewis",
    "Taylor Swift",
    "Ed Sheeran",
    "Sherlock Holmes",
    "Paddington Bear",
    "Mary Berry",
    "David Attenborough",
    "Adele",
)
EN_HOTLINES = ("0345 300 0000", "0800 015 4402", "0300 200 3300", "1-800-829-1040", "0300 123 2040")
ZH_FIRMS_NAMED = ("李宁", "周大福", "张小泉", "王老吉", "老干妈", "陈李济")
ZH_FIGURES = ("周杰伦", "刘德华", "五月天", "孙悟空", "林黛玉", "袁隆平", "钱学森")
ZH_HOTLINES = ("95588", "95566", "12366", "400-820-1234", "12345", "955 33")

# ---------------------------------------------------------------- English templates

Gen = Callable[[random.Random], tuple[str, list[dict[str, Any]]]]


def _en_mortgage(r: random.Random) -> Any:
    a, b = en_name(r), en_name(r)
    if r.random() < 0.5:
        return compose(
            "Broker note (remortgage) - applicants {a} (DOB {d1}) and {b}. Current home {addr}, "
            "fix ends {month}. Best contact {ph}, email {em}. Income docs to follow; lender "
            "panel valuation booked via our valuations desk, not the clients.",
            a=(a, "PERSON"),
            d1=(dob_en(r), "DATE_OF_BIRTH"),
            b=(b, "PERSON"),
            addr=(uk_address(r), "ADDRESS"),
            month=r.choice(("31 Jan", "end of March", "next August")),
            ph=(uk_mobile(r), "PHONE_NUMBER"),
            em=(en_email(r, a), "EMAIL_ADDRESS"),
        )
    sort, acct = uk_account(r)
    return compose(
        "Hi, I'm {a} and I'm applying for a mortgage on {addr}. My salary goes into account "
        "{acct} (sort code {sort}) and the deposit is coming from my sister {b}. You can reach "
        "me on {ph} after 5pm.",
        a=(a, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        acct=(acct, "BANK_ACCOUNT"),
        sort=sort,
        b=(b, "PERSON"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_mortgage_neg(r: random.Random) -> Any:
    return compose(
        "Our two-year fix at {rate}% is withdrawn from {date}. Brokers: submit cases through the "
        "intermediary portal or email {box}; product queries on {hot}. Ref MTG-{ref}.",
        rate=f"{r.randint(3, 5)}.{r.randint(10, 99)}",
        date=r.choice(("Friday 5pm", "14 January", "close of business today")),
        box=r.choice(("intermediaries@stewardbank.co.uk", "mortgage.desk@stewardbank.co.uk")),
        hot=r.choice(EN_HOTLINES),
        ref=str(r.randint(10000, 99999)),
    )


def _en_completion(r: random.Random) -> Any:
    a = en_name(r)
    if r.random() < 0.5:
        return compose(
            "Completion statement - buyer {a}, property {addr}. Price £{p},000, deposit paid, "
            "balance from our client account on completion day {day}. Buyer's current address "
            "for the statement: {old}.",
            a=(a, "PERSON"),
            addr=(uk_address(r), "ADDRESS"),
            p=str(r.randint(180, 640)),
            day=r.choice(("12 March", "the 28th", "Friday")),
            old=(uk_address(r), "ADDRESS"),
        )
    return compose(
        "We've exchanged on {addr}! Please send the CHAPS to the solicitors today - my IBAN for "
        "the refund of the surplus is {ib}. Thanks, {a} ({ph})",
        addr=(uk_address(r), "ADDRESS"),
        ib=(iban(r, "GB"), "IBAN_CODE"),
        a=(a, "PERSON"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_completion_neg(r: random.Random) -> Any:
    firm = r.choice(
        (
            "Hartwell & Ode Solicitors, 3rd Floor, 40 King Street, Manchester M2 4LQ",
            "Brook Lane Conveyancing, Unit 4 Riverside Court, Exeter EX2 5AP",
            "Fenwick Property Lawyers LLP, 9 Castle Row, York YO1 7HX",
        )
    )
    return compose(
        "Completion funds are released to the firm's client account only. Send signed transfer "
        "deeds to {firm}; completions team {box}, switchboard {tel}. Estate agents cannot "
        "authorise payment.",
        firm=firm,
        box="completions@" + r.choice(("hartwellode.co.uk", "brooklanelaw.co.uk")),
        tel=f"0{r.choice(('161', '1392', '1904'))} {r.randint(200, 899)} {r.randint(1000, 9999)}",
    )


def _en_tax(r: random.Random) -> Any:
    a = en_name(r)
    if r.random() < 0.5:
        routing, acct = us_account(r)
        return compose(
            "Filing help request: {a}, SSN {s}, born {d}. Refund by direct deposit to account "
            "{acct} (routing {rt}). Mailing address {addr}. Phone {ph}.",
            a=(a, "PERSON"),
            s=(ssn(r), "US_SSN"),
            d=(dob_en(r), "DATE_OF_BIRTH"),
            acct=(acct, "BANK_ACCOUNT"),
            rt=routing,
            addr=(us_address(r), "ADDRESS"),
            ph=(us_phone(r), "PHONE_NUMBER"),
        )
    return compose(
        "My accountant says my self-assessment payment on account bounced. I'm {a}, my UTR is on "
        "the letter. Could you call me on {ph} or email {em}? The HMRC letter went to {addr}.",
        a=(a, "PERSON"),
        ph=(uk_landline(r), "PHONE_NUMBER"),
        em=(en_email(r, a), "EMAIL_ADDRESS"),
        addr=(uk_address(r), "ADDRESS"),
    )


def _en_tax_neg(r: random.Random) -> Any:
    return compose(
        "Reminder: the {when} deadline for online returns is 31 January. HMRC's helpline is "
        "0300 200 3300; IRS customers can call 1-800-829-1040. {firm} holds free tax clinics "
        "at {venue} every {day}.",
        when=r.choice(("self-assessment", "2026/27")),
        firm=r.choice(
            ("Whitlock Accountants", "The Tax Shed Ltd", "Baxter & Co chartered accountants")
        ),
        venue=r.choice(("Burnley Central Library", "our Corn Exchange office", "the Civic Centre")),
        day=r.choice(("Tuesday", "first Saturday", "Thursday evening")),
    )


def _en_cheque(r: random.Random) -> Any:
    a, b = en_name(r), en_name(r)
    sort, acct = uk_account(r)
    return compose(
        r.choice(
            (
                "Cheque for £{amt} from {b} bounced - 'refer to drawer'. Paid into my account "
                "{acct}, sort {sort}. I'm {a}, {ph}. Can you tell me if it'll be re-presented?",
                "Deposited cheque no. {chq} payable to {a} via the app; image rejected twice. "
                "Drawer {b}. Account {acct} ({sort}). Call back {ph}.",
            )
        ),
        amt=str(r.randint(40, 3800)),
        b=(b, "PERSON"),
        acct=(acct, "BANK_ACCOUNT"),
        sort=sort,
        a=(a, "PERSON"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
        chq=f"{r.randint(100000, 999999)}",
    )


def _en_cheque_neg(r: random.Random) -> Any:
    return compose(
        "Cheques paid in at the counter or by app clear by 11:59pm on the next working day. "
        "From {date} we no longer accept cheques payable to {firm} at our {branch} branch. "
        "Cheque enquiries: {hot}.",
        date=r.choice(("1 April", "the end of the month", "next Monday")),
        firm=r.choice(EN_FIRMS_NAMED),
        branch=r.choice(("Kirkgate", "Oxford Road", "Queen Street")),
        hot=r.choice(EN_HOTLINES),
    )


def _en_safebox(r: random.Random) -> Any:
    a, b = en_name(r, "f"), en_name(r)
    return compose(
        "Safe deposit box {box} - keyholders {a} and {b}. {a2} (DOB {d}) wants to add her "
        "son as a third keyholder and update her address to {addr}. Contact {ph}.",
        box=f"{r.choice('ABCD')}-{r.randint(100, 999)}",
        a=(a, "PERSON"),
        b=(b, "PERSON"),
        a2=(a.split()[0], "PERSON"),
        d=(dob_en(r), "DATE_OF_BIRTH"),
        addr=(uk_address(r), "ADDRESS"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_safebox_neg(r: random.Random) -> Any:
    return compose(
        "Safe deposit service is closing at {branch}. Boxes must be emptied by {date}; the vault "
        "at {addr} opens by appointment only. Book via {box}.",
        branch=r.choice(("our Piccadilly branch", "the Harrogate branch", "Lord Street")),
        date=r.choice(("30 June 2027", "the end of September", "Friday 12 March")),
        addr=r.choice(
            ("22 Piccadilly, Manchester M1 1RG", "5 Cambridge Crescent, Harrogate HG1 1PF")
        ),
        box="safe.custody@stewardbank.co.uk",
    )


def _en_police(r: random.Random) -> Any:
    a = en_name(r)
    return compose(
        "Lost my wallet on the bus last night, reported to police (crime ref {cr}). My debit "
        "card {card} was in it and my driving licence with my address, {addr}. Someone tried to "
        "log into my app from {ip}. This is {a}, please ring {ph}.",
        cr=f"{r.randint(10, 99)}/{r.randint(100000, 999999)}/26",
        card=(card_number(r, "visa"), "CREDIT_CARD"),
        addr=(uk_address(r), "ADDRESS"),
        ip=(public_ip(r), "IP_ADDRESS"),
        a=(a, "PERSON"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_police_neg2(r: random.Random) -> Any:
    return compose(
        "Police liaison: {force} asked branches to display the 'Stop. Challenge. Protect.' "
        "poster from {date}. Officers will visit {branch} on {day}; press enquiries to "
        "{box}.",
        force=r.choice(("West Yorkshire Police", "the Met", "Police Scotland")),
        date=r.choice(("1 March", "Monday")),
        branch=r.choice(("the Briggate branch", "our Sauchiehall Street branch")),
        day=r.choice(("Thursday", "12 April")),
        box="press.office@stewardbank.co.uk",
    )


def _en_police_neg(r: random.Random) -> Any:
    return compose(
        "If your wallet is stolen, report it on 101 or at {station}, and to Action Fraud on "
        "0300 123 2040. Freeze your card {masked} in the app. Never give your PIN to anyone "
        "claiming to be from the police.",
        station=r.choice(
            (
                "Bishopsgate Police Station, 182 Bishopsgate, London EC2M 4NP",
                "the front counter at Stockport police station",
                "Cardiff Bay police station",
            )
        ),
        masked=masked_card(r),
    )


def _en_arrears(r: random.Random) -> Any:
    a = en_name(r)
    return compose(
        "Council tax arrears for {addr} - {a} wants a payment plan, £{amt} a month from account "
        "{acct}. Says the water bill is behind too. Tel {ph}. Vulnerable: recently bereaved.",
        addr=(uk_address(r), "ADDRESS"),
        a=(a, "PERSON"),
        amt=str(r.randint(20, 150)),
        acct=(uk_account(r)[1], "BANK_ACCOUNT"),
        ph=(uk_landline(r), "PHONE_NUMBER"),
    )


def _en_arrears_neg(r: random.Random) -> Any:
    return compose(
        "Struggling with energy or council tax bills? {org} offers free advice on {hot}. "
        "Our money-help team ({box}) can pause fees for {days} days.",
        org=r.choice(
            ("StepChange", "Citizens Advice", "the council's revenues office at the Town Hall")
        ),
        hot=r.choice(("0800 138 1111", "0800 144 8848")),
        box="moneyhelp@stewardbank.co.uk",
        days=str(r.choice((30, 60, 90))),
    )


def _en_studentloan(r: random.Random) -> Any:
    a, b = en_name(r, "f"), en_name(r, "m")
    return compose(
        "Student loan paid into the wrong account - my daughter {a} (born {d}) gave account "
        "{acct} instead of hers. I'm her dad, {b}, home address {addr}, mobile {ph}.",
        a=(a, "PERSON"),
        d=(dob_en(r, 2000, 2008), "DATE_OF_BIRTH"),
        acct=(uk_account(r)[1], "BANK_ACCOUNT"),
        b=(b, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_studentloan_us(r: random.Random) -> Any:
    a = en_name(r)
    routing, acct = us_account(r)
    return compose(
        "Federal student loan refund from the college went to a closed account. Student: {a}, "
        "SSN {s}, DOB {d}. New checking account {acct}, routing {rt}. Dorm mail is unreliable, "
        "use my parents' address {addr}; cell {ph}.",
        a=(a, "PERSON"),
        s=(ssn(r), "US_SSN"),
        d=(dob_en(r, 2001, 2007), "DATE_OF_BIRTH"),
        acct=(acct, "BANK_ACCOUNT"),
        rt=routing,
        addr=(us_address(r), "ADDRESS"),
        ph=(us_phone(r), "PHONE_NUMBER"),
    )


def _en_studentloan_neg(r: random.Random) -> Any:
    return compose(
        "Maintenance loan instalments arrive at the start of each term (next one {date}). The "
        "Student Loans Company, not the bank, handles repayments: call {hot}. Graduate account "
        "overdrafts stay interest-free for {y} years.",
        date=r.choice(("6 January", "22 April", "29 September")),
        hot="0300 100 0607",
        y=str(r.choice((2, 3))),
    )


def _en_guardian(r: random.Random) -> Any:
    child, g = en_name(r), en_name(r)
    return compose(
        "Guardianship: {g} is now legal guardian of {c} (DOB {d}) under a special guardianship "
        "order. Please add {g2} to the child's saver and send post to {addr}. Guardian email "
        "{em}.",
        g=(g, "PERSON"),
        c=(child, "PERSON"),
        d=(dob_en(r, 2010, 2022), "DATE_OF_BIRTH"),
        g2=(g.split()[0], "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        em=(en_email(r, g), "EMAIL_ADDRESS"),
    )


def _en_guardian_neg(r: random.Random) -> Any:
    return compose(
        "Children's savers can be opened by a parent or guardian from birth. Bring the child's "
        "birth certificate and the court order to any branch; Child Benefit enquiries go to "
        "HMRC on 0300 200 3100. Characters like {fig} on our piggy banks are licensed.",
        fig=r.choice(("Paddington Bear", "Peppa Pig", "Mr Men")),
    )


def _en_remit(r: random.Random) -> Any:
    a, b = en_name(r), en_name(r, "f")
    country = r.choice(("PK", "AE", "DE", "ES"))
    return compose(
        "Regular transfer to my mother {b} in {place}: IBAN {ib}, her phone {ph}. Sender {a}, "
        "{addr}. Please raise the monthly limit, she needs it for medicine.",
        b=(b, "PERSON"),
        place={"PK": "Lahore", "AE": "Sharjah", "DE": "Cologne", "ES": "Valencia"}[country],
        ib=(iban(r, country), "IBAN_CODE"),
        ph=(
            {
                "PK": f"+92 3{r.randint(0, 4)}{r.randint(1, 9)} {r.randint(1000000, 9999999)}",
                "AE": f"+971 5{r.choice('0245')} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                "DE": f"+49 15{r.randint(1, 9)} {r.randint(1000000, 9999999)}",
                "ES": f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
            }[country],
            "PHONE_NUMBER",
        ),
        a=(a, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
    )


def _en_remit_neg(r: random.Random) -> Any:
    return compose(
        "International payments to {c} now arrive within {h} hours. Our SWIFT code is "
        "STWDGB2L; fees are listed at stewardbank.co.uk/international. Questions: {box}.",
        c=r.choice(("Pakistan", "the UAE", "the euro area", "Nigeria")),
        h=str(r.choice((2, 24, 48))),
        box="intl.payments@stewardbank.co.uk",
    )


def _en_landlord(r: random.Random) -> Any:
    a, t1, t2 = en_name(r), en_name(r), en_name(r)
    return compose(
        "Landlord here ({a}). Rent from my tenants {t1} (Flat 1) and {t2} (Flat 2) at {addr} "
        "lands in account {acct}. {t1f} has paid from a new card, {card} - is that safe to "
        "accept? My number {ph}.",
        a=(a, "PERSON"),
        t1=(t1, "PERSON"),
        t2=(t2, "PERSON"),
        addr=(f"{r.randint(2, 90)} {r.choice(STREETS)}, {r.choice(UK_TOWNS)[0]}", "ADDRESS"),
        acct=(uk_account(r)[1], "BANK_ACCOUNT"),
        t1f=(t1.split()[0], "PERSON"),
        card=(card_number(r, "mc"), "CREDIT_CARD"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_landlord_neg(r: random.Random) -> Any:
    return compose(
        "Landlords: deposits must be protected with {scheme} within 30 days. Our buy-to-let team "
        "is at {addr}; letting agents such as {agent} can register via {box}.",
        scheme=r.choice(("the DPS", "mydeposits", "TDS")),
        addr=r.choice(
            (
                "Lloyd House, 18 Snow Hill, Birmingham B4 6HL",
                "Level 2, 1 Wellington Place, Leeds LS1 4AP",
            )
        ),
        agent=r.choice(("Savills", "Hamptons", "Winkworth")),
        box="btl.partners@stewardbank.co.uk",
    )


def _en_medical(r: random.Random) -> Any:
    a = en_name(r)
    return compose(
        "Pre-authorisation for knee surgery at {hosp}: member {a}, born {d}, excess to be "
        "paid by card {card}. Please confirm cover to {em} or {ph}.",
        hosp=r.choice(("the Nuffield, Leeds", "Spire Bristol", "BMI The Priory")),
        a=(a, "PERSON"),
        d=(dob_en(r), "DATE_OF_BIRTH"),
        card=(card_number(r), "CREDIT_CARD"),
        em=(en_email(r, a), "EMAIL_ADDRESS"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_medical_us(r: random.Random) -> Any:
    a, b = en_name(r, "m"), en_name(r, "f")
    return compose(
        "Prior authorization for my wife's MRI was denied; the insurer wants the subscriber's "
        "SSN again. Subscriber {a}, SSN {s}. Patient {b}, date of birth {d}. We're at {addr}, "
        "phone {ph}.",
        a=(a, "PERSON"),
        s=(ssn(r), "US_SSN"),
        b=(b, "PERSON"),
        d=(dob_en(r), "DATE_OF_BIRTH"),
        addr=(us_address(r), "ADDRESS"),
        ph=(us_phone(r), "PHONE_NUMBER"),
    )


def _en_medical_neg(r: random.Random) -> Any:
    return compose(
        "Packaged-account health cover: pre-authorise treatment by calling {hot} before booking. "
        "Claims for {hosp} are paid to the hospital directly; claims@stewardhealth.co.uk "
        "handles receipts.",
        hot="0800 015 4402",
        hosp=r.choice(
            ("Spire Manchester", "the London Clinic", "St Mary's Hospital, Praed Street")
        ),
    )


def _en_club(r: random.Random) -> Any:
    a = en_name(r)
    return compose(
        "Gym membership at {gym} keeps taking £{amt}/month from my card {card} after I "
        "cancelled in {m}. Membership in the name {a}, {addr}. Email me at {em}.",
        gym=r.choice(("PureGym Deansgate", "David Lloyd", "the Jubilee Sports Club")),
        amt=str(r.randint(18, 95)),
        card=(card_number(r), "CREDIT_CARD"),
        m=r.choice(("May", "October", "January")),
        a=(a, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        em=(en_email(r, a), "EMAIL_ADDRESS"),
    )


def _en_club_neg(r: random.Random) -> Any:
    return compose(
        "{club} membership renews on {date}. Direct Debit reference CLB{ref}; the club office "
        "(membership@{dom}) handles freezes. Founded by {fig} fans in 1987.",
        club=r.choice(("Hillside Tennis Club", "Ravens Rowing Club", "Eastgate Leisure")),
        date=r.choice(("1 September", "the first of each month")),
        ref=str(r.randint(100000, 999999)),
        dom=r.choice(("hillsidetc.org.uk", "ravensrc.co.uk")),
        fig=r.choice(("Andy Murray", "Steve Redgrave")),
    )


def _en_tickets(r: random.Random) -> Any:
    a, b = en_name(r), en_name(r)
    return compose(
        "Paid {b} £{amt} by bank transfer for two {fig} tickets, never received. Their account "
        "was {acct} and number {ph2}. I'm {a}, {ph}. Can you recall the payment?",
        b=(b, "PERSON"),
        amt=str(r.randint(120, 900)),
        fig=r.choice(("Taylor Swift", "Ed Sheeran", "Coldplay", "Oasis")),
        acct=(uk_account(r)[1], "BANK_ACCOUNT"),
        ph2=(uk_mobile(r), "PHONE_NUMBER"),
        a=(a, "PERSON"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_tickets_neg(r: random.Random) -> Any:
    return compose(
        "Ticket scams peak before big tours: {fig} at {venue} on {date} is sold out. Buy only "
        "from the official seller; {masked} card payments over £100 have Section 75 cover. Report "
        "scams to 0300 123 2040.",
        fig=r.choice(("Taylor Swift", "Coldplay", "Ed Sheeran", "Beyoncé")),
        venue=r.choice(("Wembley Stadium", "Murrayfield", "Anfield")),
        date=r.choice(("21 June 2027", "3 August", "Saturday")),
        masked="credit",
    )


def _en_closure(r: random.Random) -> Any:
    sex = r.choice("fm")
    a = en_name(r, sex)
    # the letter's heading has the full name; the salutation a titled bare surname, spanned
    # with its title
    title = r.choice(("Mrs", "Ms", "Dr") if sex == "f" else ("Mr", "Dr"))
    return compose(
        "{title} {a}\n{addr}\n\nDear {ta},\nYour branch at {branch} closes on {date}. Your "
        "account {acct} is not affected. We will call you on {ph} to talk through options.",
        title=title,
        a=(a, "PERSON"),
        ta=(f"{title} {a.split()[-1]}", "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        branch=r.choice(("14 High Street, Ludlow SY8 1AX", "3 Market Place, Hexham NE46 1XF")),
        date=r.choice(("9 May 2027", "18 March", "the last Friday in June")),
        acct=(uk_account(r)[1], "BANK_ACCOUNT"),
        ph=(uk_landline(r), "PHONE_NUMBER"),
    )


def _en_closure_neg(r: random.Random) -> Any:
    return compose(
        "Branch closure notice: {branch} will close on {date}. The nearest branch is {other}. "
        "The Post Office at {po} offers everyday banking. Questions: {hot}.",
        branch=r.choice(("Ludlow, 14 High Street", "Hexham, 3 Market Place", "Bude, 2 Belle Vue")),
        date=r.choice(("9 May 2027", "18 March", "21 November")),
        other=r.choice(("Shrewsbury, 33 Pride Hill SY1 1DQ", "Newcastle, 102 Grey Street NE1 6AG")),
        po=r.choice(("Corve Street", "Fore Street")),
        hot=r.choice(EN_HOTLINES),
    )


def _en_access(r: random.Random) -> Any:
    a, carer = en_name(r), en_name(r)
    return compose(
        "Accessibility request: {a} is blind and needs statements in braille at {addr}. "
        "Their carer {c} will attend appointments; a BSL interpreter is not needed. Carer's mobile "
        "{ph}.",
        a=(a, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        c=(carer, "PERSON"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_access_neg(r: random.Random) -> Any:
    return compose(
        "We offer large print, braille and audio statements, BSL video relay (SignVideo) and "
        "Relay UK on 18001 {hot}. Email {box} to request a format; guide dogs welcome in all "
        "branches.",
        hot="0345 300 0000",
        box=r.choice(("accessibility@stewardbank.co.uk", "alt.formats@stewardbank.co.uk")),
    )


def _en_agentnote(r: random.Random) -> Any:
    a = en_name(r, "f")
    return compose(
        r.choice(
            (
                "cust {t} {a} called re {topic}. ID&V ok, DOB verif {d}. ph no upd to {ph}. addr "
                "chg to {addr}. adv 3-5 wd.",
                "IB login fail x3 from {ip}; cust {a} adv not her. DOB verif {d}. card {card} "
                "blocked, new card to {addr}. cb no {ph}.",
            )
        ),
        t=r.choice(("Mrs", "Ms", "Miss")),
        a=(a, "PERSON"),
        topic=r.choice(("remortgage", "cheque hold", "council tax DD")),
        d=(dob_en(r), "DATE_OF_BIRTH"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
        addr=(uk_address(r), "ADDRESS"),
        ip=(public_ip(r), "IP_ADDRESS"),
        card=(card_number(r), "CREDIT_CARD"),
    )


def _en_agentnote_neg2(r: random.Random) -> Any:
    return compose(
        "wrap-up: 3rd party (solicitor's office, {firm}) rang re completion funds. no DPA, no "
        "info given. adv cust to call us / firm to email {box}. sys outage 10:40-11:05, "
        "ticket INC{ref}.",
        firm=r.choice(("Hartwell & Ode", "Baxter Law", "Ashdown Legal")),
        box="completions@stewardbank.co.uk",
        ref=str(r.randint(100000, 999999)),
    )


def _en_agentnote_neg(r: random.Random) -> Any:
    return compose(
        "caller asked gen q re {topic}, no ID&V (not a cust). adv see website / {hot}. "
        "no acct accessed. call ref {ref}. agent {staff}.",
        topic=r.choice(("ISA rates", "branch hours", "cheque clearing", "Martin Lewis article")),
        hot=r.choice(EN_HOTLINES),
        ref=f"CR{r.randint(1000000, 9999999)}",
        staff=f"#{r.randint(1000, 9999)}",
    )


# ---------------------------------------------------------------- Chinese templates


def _zh_mortgage(r: random.Random) -> Any:
    a = zh_name(r)
    return compose(
        r.choice(
            (
                "转按揭申请：借款人{a}，身份证号{id}，房产坐落{addr}，原贷款行还款卡号{acct}。"
                "联系电话{ph}，共同借款人{b}。",
                "您好，我是{a}，想把房贷从别的银行转过来，房子在{addr}，身份证{id}，"
                "工资卡{acct}，电话{ph}。我爱人{b}也签字。",
            )
        ),
        a=(a, "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        addr=(zh_address(r), "ADDRESS"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        b=(zh_name(r), "PERSON"),
    )


def _zh_mortgage_neg(r: random.Random) -> Any:
    return compose(
        "房贷利率调整公告：自{date}起，首套住房商业贷款利率按LPR减{bp}个基点执行。转按揭业务请"
        "至{branch}办理，咨询热线{hot}。",
        date=r.choice(("2027年1月1日", "下月起", "本周五")),
        bp=str(r.choice((20, 30, 45))),
        branch=r.choice(("个贷中心（市民中心B座3楼）", "各营业网点", "滨江支行二楼个人贷款部")),
        hot=r.choice(ZH_HOTLINES[:2]),
    )


def _zh_completion(r: random.Random) -> Any:
    return compose(
        "二手房过户资金监管：卖方{a}（身份证{id1}），买方{b}，房屋位于{addr}。"
        "房款划入卖方账户{acct}，买方手机{ph}，过户日定在{day}。",
        a=(zh_name(r), "PERSON"),
        id1=(cn_id(r), "CN_ID_CARD"),
        b=(zh_name(r), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        day=r.choice(("下周三", "3月18日", "月底")),
    )


def _zh_completion_neg(r: random.Random) -> Any:
    return compose(
        "过户须知：请买卖双方携带材料到{office}办理，地址{addr}，工作日{t}。中介{agent}"
        "不得代收房款，资金监管专户由银行统一开立。",
        office=r.choice(("市不动产登记中心", "区房管局交易大厅", "不动产登记服务窗口")),
        addr=r.choice(("浦东新区合欢路201号", "天河区天润路338号", "江干区钱江路1366号")),
        t=r.choice(("9:00-17:00", "上午9点至下午5点")),
        agent=r.choice(("链家", "我爱我家", "中原地产")),
    )


def _zh_tax(r: random.Random) -> Any:
    a = zh_name(r)
    return compose(
        "个税汇算退税一直没到账，我是{a}，身份证{id}，退税卡填的是{acct}，税务局说银行退回了。"
        "麻烦查一下，电话{ph}。",
        a=(a, "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_tax_neg(r: random.Random) -> Any:
    return compose(
        "{year}年度个人所得税综合所得汇算清缴于3月1日开始，6月30日结束。有疑问请拨打纳税服务"
        "热线12366，或前往{office}。退税银行卡须为本人名下一类账户。",
        year=r.choice(("2026", "2025")),
        office=r.choice(("区税务局第一税务所办税服务厅", "市民中心税务窗口（中山路88号）")),
    )


def _zh_cheque(r: random.Random) -> Any:
    return compose(
        "支票退票：出票人{b}签发的转账支票（号码{no}）因存款不足被退回，收款人{a}，"
        "入账账户{acct}，联系电话{ph}。",
        b=(zh_name(r), "PERSON"),
        no=f"{r.randint(10000000, 99999999)}",
        a=(zh_titled(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_cheque_neg(r: random.Random) -> Any:
    return compose(
        "本票与支票业务提示：银行本票提示付款期限自出票日起最长{m}个月，支票为10日。"
        "出票单位{firm}请使用对公账户，票据挂失请联系{hot}。",
        m="2",
        firm=r.choice(("××贸易有限公司", "张小泉刀剪店", "周大福珠宝门店")),
        hot=r.choice(ZH_HOTLINES[:2]),
    )


def _zh_safebox(r: random.Random) -> Any:
    a = zh_name(r)
    return compose(
        "保管箱租用人{a}，出生日期{d}，箱号{box}，新增授权开箱人{b}（身份证号{id}）。"
        "租金从{acct}扣，联系地址{addr}。",
        a=(a, "PERSON"),
        d=(dob_zh(r), "DATE_OF_BIRTH"),
        box=f"{r.choice('ABC')}{r.randint(100, 999)}",
        b=(zh_name(r), "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        addr=(zh_address(r), "ADDRESS"),
    )


def _zh_safebox_neg(r: random.Random) -> Any:
    return compose(
        "保管箱业务调整：{branch}保管箱库将于{date}停止服务，请租户于此前取回物品。"
        "办理时间为工作日9:00-16:00，详询{hot}。",
        branch=r.choice(("解放路支行", "人民广场营业部", "高新区支行")),
        date=r.choice(("2027年6月30日", "本月底", "12月31日")),
        hot=r.choice(ZH_HOTLINES[:2]),
    )


def _zh_police(r: random.Random) -> Any:
    a = zh_name(r)
    return compose(
        "报警回执：报警人{a}，身份证号码{id}，住址{addr}，联系电话{ph}。"
        "钱包丢失，内有银行卡{acct}，已于{t}在{station}报案。",
        a=(a, "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        addr=(zh_address(r), "ADDRESS"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        t=r.choice(("昨晚九点", "今天上午", "3月5日下午")),
        station=r.choice(("南京路派出所", "城东派出所", "地铁公安分局")),
    )


def _zh_police_neg(r: random.Random) -> Any:
    return compose(
        "温馨提示：钱包或银行卡丢失请立即拨打{hot}挂失，并就近到{station}报案，报警电话110。"
        "切勿向自称警察的人透露验证码。",
        hot=r.choice(ZH_HOTLINES[:2]),
        station=r.choice(("辖区派出所", "城西派出所（文一路12号）", "公安局出入境大厅")),
    )


def _zh_arrears(r: random.Random) -> Any:
    return compose(
        "水电燃气欠费代扣失败，户主{a}，用电地址{addr}，代扣卡号{acct}余额不足。"
        "已短信通知{ph}，请客户尽快存入。",
        a=(zh_name(r), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_arrears_neg(r: random.Random) -> Any:
    return compose(
        "{util}提醒：本月账单已出，户号{ref}，请于{date}前缴费，逾期将产生违约金。"
        "营业厅地址{addr}，客服电话{hot}。",
        util=r.choice(("国网电力", "自来水公司", "燃气集团")),
        ref=str(r.randint(1000000000, 9999999999)),
        date=r.choice(("25日", "月底", "4月15日")),
        addr=r.choice(("建设路56号", "城南大道1008号", "湖滨路营业厅")),
        hot=r.choice(("95598", "96777", "962777")),
    )


def _zh_studentloan(r: random.Random) -> Any:
    return compose(
        "助学贷款申请：学生{a}，身份证{id}，家庭住址{addr}，共同借款人（父亲）{b}，"
        "父亲电话{ph}，放款账户{acct}。",
        a=(zh_name(r), "PERSON"),
        id=(cn_id(r, 2003, 2008), "CN_ID_CARD"),
        addr=(zh_address(r), "ADDRESS"),
        b=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
    )


def _zh_studentloan_neg(r: random.Random) -> Any:
    return compose(
        "生源地信用助学贷款受理时间为{span}，请到县学生资助管理中心办理，咨询电话{hot}。"
        "贷款期限最长{y}年，在校期间利息由财政全额贴息。",
        span=r.choice(("7月1日至9月30日", "每年暑期")),
        hot=r.choice(("0371-65905120", "12345")),
        y=str(r.choice((20, 22))),
    )


def _zh_guardian(r: random.Random) -> Any:
    dob, child_id = zh_dob_and_id(r, 2010, 2022)
    return compose(
        "未成年人账户开户：孩子{c}，出生日期{d}，身份证号{id}；监护人{g}，手机{ph}，"
        "家庭住址{addr}。",
        c=(zh_name(r), "PERSON"),
        d=(dob, "DATE_OF_BIRTH"),
        id=(child_id, "CN_ID_CARD"),
        g=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        addr=(zh_address(r), "ADDRESS"),
    )


def _zh_guardian_neg(r: random.Random) -> Any:
    return compose(
        "未满16周岁的未成年人开户需由监护人陪同，携带户口本和监护人身份证原件。"
        "儿童账户单日转账限额{lim}元。{fig}主题储蓄罐{date}起在网点领取。",
        lim=str(r.choice((500, 1000))),
        fig=r.choice(("孙悟空", "熊大熊二", "哪吒")),
        date=r.choice(("六一", "6月1日", "国庆")),
    )


def _zh_remit(r: random.Random) -> Any:
    country = r.choice(("DE", "FR", "NL", "GB"))
    return compose(
        "海外亲属汇款：汇款人{a}，身份证{id}；收款人（儿子）{b}，收款账号IBAN {ib}，"
        "收款人电话{ph}。用途：生活费。",
        a=(zh_name(r), "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        b=(zh_name(r), "PERSON"),
        ib=(iban(r, country), "IBAN_CODE"),
        ph=(
            {
                "DE": f"+49 17{r.randint(0, 9)} {r.randint(1000000, 9999999)}",
                "FR": "+33 6 " + " ".join(str(r.randint(10, 99)) for _ in range(4)),
                "NL": f"+31 6 {r.randint(10000000, 99999999)}",
                "GB": f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}",
            }[country],
            "PHONE_NUMBER",
        ),
    )


def _zh_remit_neg(r: random.Random) -> Any:
    return compose(
        "境外汇款说明：个人年度便利化购汇额度为等值5万美元，汇往{c}的款项通常{d}个工作日到账。"
        "本行SWIFT代码为{swift}，手续费详见网点公告。",
        c=r.choice(("德国", "法国", "荷兰", "英国")),
        d=str(r.choice((1, 2, 3))),
        swift=r.choice(("STWDCNSH", "STWDCNBJ")),
    )


def _zh_landlord(r: random.Random) -> Any:
    return compose(
        "包租公{a}名下三套房出租，其中{addr}租客{t1}每月租金转入{acct}；"
        "另一租客{t2}（电话{ph}）拖欠两个月。房东邮箱{em}。",
        a=(zh_titled(r, ("先生", "大爷", "老板")), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
        t1=(zh_name(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        t2=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        em=(zh_email(r), "EMAIL_ADDRESS"),
    )


def _zh_landlord_neg(r: random.Random) -> Any:
    return compose(
        "住房租赁资金监管：{agent}等租赁企业收取租金须存入监管账户，单次收取不得超过3个月。"
        "举报电话12345，{office}地址：{addr}。",
        agent=r.choice(("自如", "相寓", "泊寓")),
        office=r.choice(("区住建局", "房屋租赁服务中心")),
        addr=r.choice(("人民路188号", "政务服务中心2楼")),
    )


def _zh_medical(r: random.Random) -> Any:
    return compose(
        "医保报销材料：参保人{a}，身份证号{id}，住院医院{hosp}，报销款请打到{acct}。"
        "经办人{b}，手机{ph}。",
        a=(zh_name(r), "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        hosp=r.choice(("市第一人民医院", "华山医院", "省中医院")),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        b=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_medical_neg(r: random.Random) -> Any:
    return compose(
        "异地就医备案可在国家医保服务平台APP办理；{hosp}医保办位于门诊楼{f}楼，"
        "咨询电话{hot}。报销一般在{d}个工作日内到账。",
        hosp=r.choice(("市第一人民医院", "华西医院", "协和医院")),
        f=str(r.randint(1, 5)),
        hot=r.choice(("12393", "0571-87065701")),
        d=str(r.choice((15, 20, 30))),
    )


def _zh_club(r: random.Random) -> Any:
    return compose(
        "健身卡退费纠纷：{gym}闭店跑路，我办的年卡用信用卡{card}付了{amt}元，持卡人{a}，"
        "电话{ph}，想申请拒付。",
        gym=r.choice(("某某健身（万达店）", "超级猩猩", "附近一家私教工作室")),
        card=(card_number(r, "cup") if r.random() < 0.5 else card_number(r), "CREDIT_CARD"),
        amt=str(r.randint(1200, 8800)),
        a=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_club_neg(r: random.Random) -> Any:
    return compose(
        "预付式消费提示：办理健身卡、游泳卡前请核实商家资质，单张预付卡金额不超过{lim}元。"
        "{brand}门店会员问题请联系品牌客服{hot}。",
        lim=str(r.choice((5000, 3000))),
        brand=r.choice((*ZH_FIRMS_NAMED[:2], "乐刻运动")),
        hot=r.choice(("400-820-1234", "400-610-9966")),
    )


def _zh_tickets(r: random.Random) -> Any:
    return compose(
        "买{fig}演唱会门票被骗，卖家{b}让我转账到{acct}，手机号{ph2}，现在拉黑了。"
        "他还让我开屏幕共享，手机银行显示在IP {ip}登录过。我叫{a}，电话{ph}，请帮忙止付。",
        fig=r.choice(ZH_FIGURES[:3]),
        b=(zh_name(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph2=(cn_mobile(r), "PHONE_NUMBER"),
        ip=(public_ip(r), "IP_ADDRESS"),
        a=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_tickets_neg2(r: random.Random) -> Any:
    return compose(
        "信用卡演唱会分期活动：持本行信用卡在官方票务平台购买{fig}演出门票，满{amt}元可分3期"
        "免息，活动期{date}，卡号尾号不限。详询{hot}。",
        fig=r.choice(ZH_FIGURES[:3]),
        amt=str(r.choice((800, 1000, 1500))),
        date=r.choice(("5月1日至6月30日", "本月内")),
        hot=r.choice(ZH_HOTLINES[:2]),
    )


def _zh_tickets_neg(r: random.Random) -> Any:
    return compose(
        "{fig}{year}巡回演唱会{city}站将于{date}在{venue}举行，门票仅在官方平台实名销售，"
        "谨防黄牛诈骗，反诈专线96110。",
        fig=r.choice(ZH_FIGURES[:3]),
        year=r.choice(("2027", "嘉年华")),
        city=r.choice(("上海", "成都", "广州")),
        date=r.choice(("5月20日", "国庆期间", "7月12日")),
        venue=r.choice(("梅赛德斯-奔驰文化中心", "凤凰山体育公园", "天河体育中心")),
    )


def _zh_closure(r: random.Random) -> Any:
    return compose(
        "尊敬的{a}：您开户的{branch}将于{date}撤并，您的账户{acct}不受影响。"
        "我们将寄送通知到{addr}，如有疑问请回电{ph}联系客户经理。",
        a=(zh_titled(r), "PERSON"),
        branch=r.choice(("和平路支行", "东门分理处", "新村储蓄所")),
        date=r.choice(("2027年3月31日", "下月15日")),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        addr=(zh_address(r), "ADDRESS"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_closure_neg(r: random.Random) -> Any:
    return compose(
        "网点撤并公告：{branch}（{addr}）将于{date}起停止营业，业务由{other}承接。"
        "原网点ATM保留至月底，咨询电话{hot}。",
        branch=r.choice(("和平路支行", "东门分理处", "新村储蓄所")),
        addr=r.choice(("和平路22号", "东门大街105号", "新村路8号")),
        date=r.choice(("2027年3月31日", "4月1日", "下月15日")),
        other=r.choice(("中山路支行", "市分行营业部")),
        hot=r.choice(ZH_HOTLINES[:2]),
    )


def _zh_access(r: random.Random) -> Any:
    return compose(
        "适老化上门服务预约：{a}，八十多岁，行动不便，住{addr}，出生日期{d}。"
        "由女儿{b}陪同，电话{ph}，需要大字版单据。",
        a=(zh_titled(r), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
        d=(dob_zh(r, 1930, 1948), "DATE_OF_BIRTH"),
        b=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_access_neg(r: random.Random) -> Any:
    return compose(
        "适老化服务：全部网点设有爱心窗口和老花镜，手机银行提供大字版和语音播报，"
        "65岁以上客户拨打{hot}可一键转人工。{branch}提供上门服务预约。",
        hot=r.choice(ZH_HOTLINES[:2]),
        branch=r.choice(("各社区支行", "城北支行（北京路66号）")),
    )


def _zh_agentnote(r: random.Random) -> Any:
    return compose(
        r.choice(
            (
                "坐席小结：客诉扣费，已核身（{a}，身份证{id}）。信用卡{card}年费已减免，"
                "改手机号为{ph}，地址更新{addr}。已安抚。",
                "小结：{a}来电，已核身，生日{d}。手机银行异地登录IP {ip}，非本人，已冻结"
                "卡{acct}。回访{ph}。",
            )
        ),
        a=(zh_name(r), "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        addr=(zh_address(r), "ADDRESS"),
        d=(dob_zh(r), "DATE_OF_BIRTH"),
        ip=(public_ip(r), "IP_ADDRESS"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        card=(card_number(r, r.choice(("cup", "visa", "mc"))), "CREDIT_CARD"),
    )


def _zh_agentnote_neg2(r: random.Random) -> Any:
    return compose(
        "坐席小结：第三方（{firm}）来电询问客户贷款进度，未核身，拒绝透露。"
        "建议客户本人致电{hot}。系统{t}卡顿，已报障。",
        firm=r.choice(("链家中介", "某律师事务所", "房管局窗口工作人员")),
        hot=r.choice(ZH_HOTLINES[:2]),
        t=r.choice(("10:40", "下午", "晚班")),
    )


def _zh_agentnote_neg(r: random.Random) -> Any:
    return compose(
        "坐席小结：来电咨询{topic}，未核身，非本行客户。已告知拨打{hot}或到网点办理。"
        "工单号{ref}，坐席工号{staff}。",
        topic=r.choice(("定期利率", "网点营业时间", "保管箱租金", "周杰伦演唱会分期")),
        hot=r.choice(ZH_HOTLINES),
        ref=f"GD{r.randint(10000000, 99999999)}",
        staff=str(r.randint(10000, 99999)),
    )


# ---------------------------------------------------------------- second variants (English)


def _en_safebox_2(r: random.Random) -> Any:
    a, b = en_name(r), en_name(r)
    return compose(
        "Box {box}: the holder, {a}, died last month. Executor {b} would like to attend with the "
        "death certificate and grant. Executor's address {addr}, phone {ph}. Please say whether "
        "the box can be opened without a second keyholder.",
        box=str(r.randint(100, 480)),
        a=(a, "PERSON"),
        b=(b, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        ph=(uk_landline(r), "PHONE_NUMBER"),
    )


def _en_police_2(r: random.Random) -> Any:
    a = en_name(r)
    return compose(
        "hi wallet got nicked at {place} this morning, crime ref {cr}. can u cancel card {card} "
        "and send the new one to {addr}?? not my usual address. thanks {a}",
        place=r.choice(("Piccadilly station", "the Bullring", "the match")),
        cr=f"CR-{r.randint(1000000, 9999999)}-26",
        card=(card_number(r), "CREDIT_CARD"),
        addr=(uk_address(r), "ADDRESS"),
        a=(a.split()[0].lower(), "PERSON"),
    )


def _en_arrears_2(r: random.Random) -> Any:
    a = en_name(r)
    routing, acct = us_account(r)
    return compose(
        "Our gas was shut off at {addr} because the autopay from checking account {acct} bounced "
        "(routing {rt}). I'm {a}; the utility wants a letter from the bank. Call {ph}. My SSN "
        "ends in {last4} if you need it.",
        addr=(us_address(r), "ADDRESS"),
        acct=(acct, "BANK_ACCOUNT"),
        rt=routing,
        a=(a, "PERSON"),
        ph=(us_phone(r), "PHONE_NUMBER"),
        last4=str(r.randint(1000, 9999)),
    )


def _en_guardian_2(r: random.Random) -> Any:
    c, g = en_name(r, "m"), en_name(r)
    return compose(
        "I'm kinship carer for my grandson {c} (born {d}). Child Benefit for him is paid into my "
        "account {acct}. Can I open a junior ISA for him? {g}, {addr}, {em}",
        c=(c.split()[0], "PERSON"),
        d=(dob_en(r, 2012, 2021), "DATE_OF_BIRTH"),
        acct=(uk_account(r)[1], "BANK_ACCOUNT"),
        g=(g, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        em=(en_email(r, g), "EMAIL_ADDRESS"),
    )


def _en_remit_2(r: random.Random) -> Any:
    a, b = en_name(r), en_name(r, "m")
    return compose(
        "Please send £{amt} to my brother {b} in Pune: account {acct}, IFSC {ifsc}, mobile {ph}. "
        "It's for our father's operation. Sender {a}, sort code {sort}.",
        amt=str(r.randint(200, 3000)),
        b=(b, "PERSON"),
        acct=(str(r.randint(10**10, 10**14 - 1)), "BANK_ACCOUNT"),
        ifsc=f"{r.choice(('SBIN', 'HDFC', 'ICIC'))}0{r.randint(10000, 99999)}",
        ph=(f"+91 {r.randint(70000, 99999)} {r.randint(10000, 99999)}", "PHONE_NUMBER"),
        a=(a, "PERSON"),
        sort=uk_account(r)[0],
    )


def _en_landlord_2(r: random.Random) -> Any:
    t, landlord = en_name(r), en_name(r)
    return compose(
        "Deposit return: tenant {t} left {addr} on {day}. Refund £{amt} to their IBAN {ib} "
        "(they've moved to Dublin). Landlord {l}, mobile {ph}.",
        t=(t, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        day=r.choice(("the 30th", "1 March", "Sunday")),
        amt=str(r.randint(600, 2400)),
        ib=(iban(r, "IE"), "IBAN_CODE"),
        l=(landlord, "PERSON"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_club_2(r: random.Random) -> Any:
    a = en_name(r)
    return compose(
        "{club} asked for my date of birth and bank details for the annual sub. Member: {a}, DOB "
        "{d}, account {acct}, sort code {sort}. Is this form genuine? Reply to {em}.",
        club=r.choice(("Riverside Golf Club", "Northfield Cricket Club", "Harbour Sailing Club")),
        a=(a, "PERSON"),
        d=(dob_en(r), "DATE_OF_BIRTH"),
        acct=(uk_account(r)[1], "BANK_ACCOUNT"),
        sort=uk_account(r)[0],
        em=(en_email(r, a), "EMAIL_ADDRESS"),
    )


def _en_tickets_2(r: random.Random) -> Any:
    a = en_name(r)
    return compose(
        "The resale site charged my card {card} twice for the {fig} gig ({date}). Only one order "
        "shows. Account holder {a}, {addr}.",
        card=(card_number(r), "CREDIT_CARD"),
        fig=r.choice(("Arctic Monkeys", "Beyoncé", "Coldplay")),
        date=r.choice(("14 June", "next Saturday", "12/07")),
        a=(a, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
    )


def _en_closure_2(r: random.Random) -> Any:
    a, b = en_name(r, "f"), en_name(r, "m")
    return compose(
        "re your letter about the branch closing - my mum {a} is 84 and can't use the app. can "
        "someone visit her at {addr}? her landline is {ph}. i'm {b}, her son",
        a=(a, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        ph=(uk_landline(r), "PHONE_NUMBER"),
        b=(b, "PERSON"),
    )


def _en_access_2(r: random.Random) -> Any:
    a, b = en_name(r, "m"), en_name(r)
    return compose(
        "Large print statements please for my father, {a}, at {addr}. I hold his lasting power "
        "of attorney. {b} - {em} / {ph}",
        a=(a, "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        b=(b, "PERSON"),
        em=(en_email(r, b), "EMAIL_ADDRESS"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
    )


def _en_mortgage_neg2(r: random.Random) -> Any:
    return compose(
        "Remortgage checklist: last 3 payslips, P60, ID, and your current lender's redemption "
        "statement. Valuations are done by {firm}; their surveyors never ask for bank details. "
        "Rates change on {date}.",
        firm=r.choice(("Countrywide Surveying", "e.surv", "Connells Survey")),
        date=r.choice(("the first working day of the month", "Thursday", "1 February")),
    )


def _en_completion_neg2(r: random.Random) -> Any:
    return compose(
        "Completion-day fraud warning from {agent}: we will never change our bank details by "
        "email. Our office is {addr} (open 9-5.30, tel {tel}).",
        agent=r.choice(("Hamptons Clifton", "Winkworth Jesmond", "Purplebricks")),
        addr=r.choice(("12 Princess Victoria Street, Bristol BS8 4BP", "77 Osborne Road, NE2 2AN")),
        tel=f"0{r.choice(('117', '191'))} {r.randint(200, 899)} {r.randint(1000, 9999)}",
    )


def _en_tax_neg2(r: random.Random) -> Any:
    return compose(
        "IRS reminder: Form 1040 is due {date}. Refunds by direct deposit usually arrive in 21 "
        "days. The Taxpayer Advocate Service is at {office}; free help from VITA sites.",
        date=r.choice(("April 15", "April 15, 2027")),
        office=r.choice(
            ("1111 Constitution Ave NW, Washington, DC 20224", "your local IRS office")
        ),
    )


def _en_cheque_neg2(r: random.Random) -> Any:
    return compose(
        "Cheque returned unpaid: reason code {code} ('{why}'). Item {item} from sort code {sort} "
        "has been debited. Returned cheques team: returns@stewardbank.co.uk.",
        code=str(r.choice((1, 4, 8))),
        why=r.choice(("refer to drawer", "signature differs", "out of date")),
        item=str(r.randint(100000, 999999)),
        sort=uk_account(r)[0],
    )


def _en_landlord_neg2(r: random.Random) -> Any:
    return compose(
        "Letting agent notice: {agent} has moved to {addr}. Tenants should pay rent to the "
        "client account shown on their tenancy agreement; maintenance line {tel}.",
        agent=r.choice(("Hunters", "Martin & Co", "Bairstow Eves")),
        addr=r.choice(
            ("Unit 3, The Pavilions, Derby DE1 2GH", "45 Market Street, Leicester LE1 6DP")
        ),
        tel=f"0{r.choice(('1332', '116'))} {r.randint(200, 899)} {r.randint(1000, 9999)}",
    )


def _en_access_neg2(r: random.Random) -> Any:
    return compose(
        "Dementia-friendly Tuesdays at {branch}: quiet hour 9-10am with a named colleague. "
        "Carers can register for a Third Party Mandate at any branch. {fig} narrates our new "
        "audio guide.",
        branch=r.choice(("all branches", "the Sutton branch", "Market Street")),
        fig=r.choice(("David Attenborough", "Stephen Fry", "Joanna Lumley")),
    )


def _en_club_neg2(r: random.Random) -> Any:
    return compose(
        "Sponsorship: Steward Bank is proud to back {club}. Members get {pct}% off at {shop}. "
        "Tickets for the {date} fixture from the box office, {tel}.",
        club=r.choice(("Leeds Rhinos Netball", "Bristol Bears", "Cardiff City Ladies")),
        pct=str(r.choice((10, 15))),
        shop=r.choice(("Sainsbury's", "John Lewis", "Ted Baker")),
        date=r.choice(("Boxing Day", "12 April", "Saturday")),
        tel=r.choice(("0113 275 1111", "0117 952 0500")),
    )


# ---------------------------------------------------------------- second variants (Chinese)


def _zh_mortgage_2(r: random.Random) -> Any:
    return compose(
        "客户经理记录：{a}申请提前还款20万，还款账户{acct}，抵押房产{addr}。客户手机{ph}，"
        "要求短信通知结清证明。",
        a=(zh_titled(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        addr=(zh_address(r), "ADDRESS"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_completion_2(r: random.Random) -> Any:
    return compose(
        "中介说卖家{a}让我把定金直接转到他个人卡{acct}，卖家电话{ph}，不走资金监管，"
        "这样靠谱吗？我叫{b}，房子是{addr}。",
        a=(zh_name(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        b=(zh_name(r), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
    )


def _zh_tax_2(r: random.Random) -> Any:
    return compose(
        "专项附加扣除填报（赡养老人）：父亲{a}，身份证{id}；母亲{b}，出生日期{d}。"
        "纳税人{c}，手机{ph}。",
        a=(zh_name(r), "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        b=(zh_name(r), "PERSON"),
        d=(dob_zh(r, 1940, 1962), "DATE_OF_BIRTH"),
        c=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_cheque_2(r: random.Random) -> Any:
    return compose(
        "申请银行本票：申请人{a}，身份证{id}，金额{amt}元，收款人{b}，从账户{acct}扣款，"
        "用途购房定金。",
        a=(zh_name(r), "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        amt=str(r.randint(2, 50) * 10000),
        b=(zh_name(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
    )


def _zh_safebox_2(r: random.Random) -> Any:
    return compose(
        "{a}保管箱钥匙丢了，想申请换锁，问要带什么材料。家住{addr}，电话{ph}。",
        a=(zh_titled(r), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_police_2(r: random.Random) -> Any:
    return compose(
        "报警回执（电信诈骗）：受害人{a}，出生日期{d}，被冒充客服诱导转账至{acct}，"
        "对方户名{b}。受害人电话{ph}，请银行协助冻结。",
        a=(zh_name(r), "PERSON"),
        d=(dob_zh(r), "DATE_OF_BIRTH"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        b=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_arrears_2(r: random.Random) -> Any:
    return compose(
        "我妈{a}家（{addr}）燃气欠费被停气了，她不会用手机，户号{ref}，"
        "能从我的卡{acct}代缴吗？我电话{ph}。",
        a=(zh_name(r), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
        ref=str(r.randint(10000000, 99999999)),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_studentloan_2(r: random.Random) -> Any:
    return compose(
        "我是助学贷款借款人{a}，已经毕业工作，新手机号{ph}，邮箱{em}，还款卡改为{acct}，麻烦更新。",
        a=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        em=(zh_email(r), "EMAIL_ADDRESS"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
    )


def _zh_guardian_2(r: random.Random) -> Any:
    return compose(
        "监护人变更：父母离婚后孩子{c}（生日{d}）随母亲生活，监护人改为母亲{m}，"
        "身份证号{id}，压岁钱账户{acct}预留手机改为{ph}。",
        c=(zh_name(r), "PERSON"),
        d=(dob_zh(r, 2010, 2021), "DATE_OF_BIRTH"),
        m=(zh_name(r), "PERSON"),
        id=(cn_id(r), "CN_ID_CARD"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_remit_2(r: random.Random) -> Any:
    return compose(
        "给在英国的姐姐{b}汇生活费，收款人地址{addr}，IBAN {ib}，她的英国手机{ph}。汇款人{a}。",
        b=(zh_name(r), "PERSON"),
        addr=(uk_address(r), "ADDRESS"),
        ib=(iban(r, "GB"), "IBAN_CODE"),
        ph=(uk_mobile(r), "PHONE_NUMBER"),
        a=(zh_name(r), "PERSON"),
    )


def _zh_landlord_2(r: random.Random) -> Any:
    return compose(
        "房东{a}：{n}号楼租客{t}退租，押金退到租客卡{acct}，租客身份证{id}，电话{ph}。",
        a=(zh_titled(r), "PERSON"),
        n=str(r.randint(1, 12)),
        t=(zh_name(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        id=(cn_id(r), "CN_ID_CARD"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_medical_2(r: random.Random) -> Any:
    return compose(
        "孩子{c}（出生日期{d}）住院，押金是用监护人{g}的信用卡{card}刷的，医保报销款请打到"
        "储蓄卡{acct}，监护人手机{ph}。",
        c=(zh_name(r), "PERSON"),
        d=(dob_zh(r, 2012, 2022), "DATE_OF_BIRTH"),
        g=(zh_name(r), "PERSON"),
        card=(card_number(r, "cup"), "CREDIT_CARD"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_club_2(r: random.Random) -> Any:
    return compose(
        "游泳馆年卡退费：会员{a}，办卡手机{ph}，退款请退到原卡{acct}，场馆说要银行出具流水。",
        a=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
    )


def _zh_tickets_2(r: random.Random) -> Any:
    return compose(
        "转让两张{fig}演唱会门票，买家{b}已付款到我的卡{acct}，但平台说实名身份证{id}"
        "和观演人不符，要退款，我电话{ph}。",
        fig=r.choice(ZH_FIGURES[:3]),
        b=(zh_name(r), "PERSON"),
        acct=(cn_debit(r), "BANK_ACCOUNT"),
        id=(cn_id(r), "CN_ID_CARD"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_closure_2(r: random.Random) -> Any:
    return compose(
        "网点撤并后我父亲{a}取养老金不方便，能否安排上门？地址{addr}，家里座机{ph}。",
        a=(zh_name(r), "PERSON"),
        addr=(zh_address(r), "ADDRESS"),
        ph=(zh_landline_home(r), "PHONE_NUMBER"),
    )


def _zh_access_2(r: random.Random) -> Any:
    return compose(
        "申请手语翻译：客户{a}为听障人士，预约{date}到网点办理挂失，联系人（女儿）{b}，"
        "微信同号{ph}。",
        a=(zh_name(r), "PERSON"),
        date=r.choice(("周三上午", "5月8日", "下周一")),
        b=(zh_name(r), "PERSON"),
        ph=(cn_mobile(r), "PHONE_NUMBER"),
    )


def _zh_mortgage_neg2(r: random.Random) -> Any:
    return compose(
        "转按揭办理流程：1.原贷款行申请提前还款；2.到{office}办理抵押注销；3.新贷款行放款。"
        "全程约{d}个工作日，担保公司{firm}不收取客户个人账户资金。",
        office=r.choice(("不动产登记中心", "房管局抵押窗口")),
        d=str(r.choice((15, 20, 30))),
        firm=r.choice(("中鑫担保", "安居融资担保有限公司")),
    )


def _zh_completion_neg2(r: random.Random) -> Any:
    return compose(
        "{agent}（{store}）提醒：购房定金请存入银行资金监管账户，门店地址{addr}，"
        "投诉电话{tel}。经纪人不得以个人名义收款。",
        agent=r.choice(("链家", "我爱我家", "麦田房产")),
        store=r.choice(("望京店", "五角场店", "体育西店")),
        addr=r.choice(("阜通东大街6号", "淞沪路77号", "体育西路101号")),
        tel=r.choice(("400-066-6677", "10106188")),
    )


def _zh_tax_neg2(r: random.Random) -> Any:
    return compose(
        "个税APP提示：{date}起可预约汇算，退税将退至本人名下银行卡，税务机关不会通过短信"
        "要求您点击链接。{office}办税服务厅周六照常办公。",
        date=r.choice(("2月20日", "3月1日")),
        office=r.choice(("区税务局", "高新区税务分局（创业路2号）")),
    )


def _zh_police_neg2(r: random.Random) -> Any:
    return compose(
        "警银联动：{station}民警将于{date}到{branch}开展反诈宣传，现场讲解“{fig}”式冒充"
        "诈骗案例。咨询反诈专线96110。",
        station=r.choice(("城东派出所", "江北公安分局", "高新区派出所")),
        date=r.choice(("本周五", "4月15日")),
        branch=r.choice(("解放路支行", "各社区网点")),
        fig=r.choice(("秦始皇", "孙悟空", "公检法")),
    )


def _zh_remit_neg2(r: random.Random) -> Any:
    return compose(
        "留学及探亲汇款高峰提醒：{month}境外汇款量较大，请提前{d}个工作日办理。"
        "收款行为{bank}，中转行费用由汇款人承担。",
        month=r.choice(("8月", "春节前", "9月开学前")),
        d=str(r.choice((2, 3))),
        bank=r.choice(("HSBC UK", "Deutsche Bank", "ING")),
    )


def _zh_landlord_neg2(r: random.Random) -> Any:
    return compose(
        "租赁备案通知：出租房屋须在签约后30日内到{office}备案，地址{addr}。"
        "{agent}托管房源的租金由企业对公账户收取。",
        office=r.choice(("街道房屋租赁管理站", "区住房保障中心")),
        addr=r.choice(("幸福路16号", "政务服务中心3楼")),
        agent=r.choice(("自如", "泊寓")),
    )


def _zh_medical_neg2(r: random.Random) -> Any:
    return compose(
        "商业医疗险预授权：入住{hosp}国际部前请拨打{hot}申请直付，保险公司不会索要银行卡密码。"
        "{fig}代言的“惠民保”不属于本行产品。",
        hosp=r.choice(("瑞金医院", "和睦家医院", "中山医院")),
        hot=r.choice(("400-810-9339", "95519")),
        fig=r.choice(("刘德华", "某知名主持人")),
    )


def _zh_closure_neg2(r: random.Random) -> Any:
    return compose(
        "关于{branch}迁址的公告：因城市改造，该网点迁至{addr}，自{date}起营业，"
        "原址ATM同步撤除。营业时间周一至周日9:00-17:00。",
        branch=r.choice(("光明路支行", "北站分理处")),
        addr=r.choice(("光明路288号一楼", "站前大道99号")),
        date=r.choice(("2027年5月6日", "6月1日")),
    )


def _zh_access_neg2(r: random.Random) -> Any:
    return compose(
        "敬老服务月：{date}期间，{branch}为70岁以上老人提供免费测血压和反诈讲座，"
        "手机银行“关怀版”字体放大至{n}号。",
        date=r.choice(("重阳节", "10月")),
        branch=r.choice(("全市网点", "和平路支行")),
        n=str(r.choice((18, 20, 22))),
    )


def _variants(lang: str, genre: str, suffixes: tuple[str, ...]) -> list[Gen]:
    names = [f"_{lang}_{genre}{suffix}" for suffix in suffixes]
    return [globals()[name] for name in names if name in globals()]


# per language and genre: (positive templates, PII-free templates)
TEMPLATES: dict[str, dict[str, tuple[list[Gen], list[Gen]]]] = {
    lang: {
        g: (_variants(lang, g, ("", "_2", "_us")), _variants(lang, g, ("_neg", "_neg2")))
        for g in GENRES
    }
    for lang in ("en", "zh")
}


def generate(n: int = 600, seed: int = 18023) -> list[Row]:
    """``n`` rows (half each language), deterministic for a seed."""
    rng = random.Random(seed)
    counts = {"en": n - n // 2, "zh": n // 2}
    plans: dict[str, list[tuple[str, str, bool]]] = {}
    for lang, count in counts.items():
        negatives = round(count * NEGATIVE_SHARE)
        slots = [(lang, GENRES[i % len(GENRES)], True) for i in range(negatives)]
        offset = rng.randrange(len(GENRES))
        slots += [
            (lang, GENRES[(i + offset) % len(GENRES)], False) for i in range(count - negatives)
        ]
        rng.shuffle(slots)
        plans[lang] = slots
    ordered: list[tuple[str, str, bool]] = []
    for i in range(counts["en"]):
        ordered.extend(plans[lang][i] for lang in ("en", "zh") if i < len(plans[lang]))
    rows: list[Row] = []
    for index, (lang, genre, negative) in enumerate(ordered):
        positives, pii_free = TEMPLATES[lang][genre]
        text, spans = rng.choice(pii_free if negative else positives)(rng)
        rows.append(
            {"id": f"v18-{lang}-{genre}-{index:04d}", "text": text, "lang": lang, "spans": spans}
        )
    return rows


def stats(rows: list[Row]) -> dict[str, Counter[str]]:
    return {
        "label": Counter(f"{r['lang']}:{s['label']}" for r in rows for s in r["spans"]),
        "lang": Counter(r["lang"] for r in rows),
        "pii_free": Counter(r["lang"] for r in rows if not r["spans"]),
        "genre": Counter(f"{r['lang']}:{r['id'].split('-')[2]}" for r in rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="v18 blind PII set (test split)")
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=18023)
    parser.add_argument("--stats", action="store_true", help="print counts, not rows")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if not args.stats:
        import json

        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    for name, counter in stats(rows).items():
        print(f"== {name}")
        for key, value in sorted(counter.items()):
            print(f"  {key:28} {value}")


if __name__ == "__main__":
    main()
