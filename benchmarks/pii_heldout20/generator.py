"""Twentieth independent bilingual PII set (v20): a TEST split, written blind.

    python benchmarks/pii_heldout20/generator.py [--n 600] [--seed 20047] [--stats]

Written without opening the detector, its lexicons, the dev sets or any earlier independent
set: only the scorer (``benchmarks/pii_quality.py``), ``README.md`` and ``pyproject.toml`` were
read. Measured only, never tuned on.

Genres (new ground for the bank's assistant), English: care-home fees and disability benefits,
medical crowdfunding, students and parents (allowances, a teenager's first account), armed
forces and seafarers, clubs/churches/temples as account holders, bookkeepers writing for
clients, solicitors' client accounts and estate agents, house moves (old and new address), sole
traders' invoices, branch rota and incident logs, ATM disputes, cheque images read by OCR,
call-backs left with a receptionist, chatbot transcripts handed to a human, open-banking consent
screens, direct-debit mandates and standing-order forms, sanctions/PEP screening notes, press
releases, annual-report excerpts and share-registry letters. Chinese: 养老院缴费, 残疾人补贴,
水滴筹, 大学生生活费/少儿账户, 军人/海员, 寺庙/社团账户, 代账会计, 律所监管账户/房产中介,
搬家换地址, 个体户开票, 网点排班/事件日志, ATM吞卡, 支票影像OCR, 前台留言回电, 智能客服转人工,
开放银行授权页, 代扣协议/定期转账委托书, 制裁/政要筛查, 新闻稿/年报/股东名册.

Rows: ``{"id": "v20-{lang}-{genre}-{index:04d}", "text", "lang", "spans"}``; half English, half
Chinese; 30% of each language carries no personal data (hard negatives in the same genres).

Labels used (a subset of those the project defines; the scorer scores, per language, the labels
that occur in the gold): PERSON, PHONE_NUMBER, EMAIL_ADDRESS, ADDRESS, DATE_OF_BIRTH,
CREDIT_CARD, BANK_ACCOUNT, IBAN_CODE, IP_ADDRESS, US_SSN (English), CN_ID_CARD (Chinese).

Conventions (the scorer's, and where it is silent, these decisions):

- A UnionPay debit card (``62…``) with no credit-card cue is a BANK_ACCOUNT (issue 18); a
  ``62…`` number next to 信用卡 / "credit card" is a CREDIT_CARD. Card numbers are Luhn-valid.
- Chinese titled names (``王经理``, ``陈阿姨``, ``刘先生``) are spanned with the title, as in the
  scorer's v5 note; English honorifics and ranks (Mrs, Cpl, Lt) are left outside the PERSON
  span; a first name alone ("allowance for Tobias") or a surname alone after Mrs is a PERSON.
  Staff initials in a log ("Logged by AM") and the bot are not.
- PHONE_NUMBER spans include a ``+44`` / ``+86`` prefix and an extension is left out.
- ADDRESS spans a customer's own address from flat/house number (or 省/市) to the postcode (or
  室/号); a country name after it is left out. Branch, office, shop, ATM, care-home, church and
  firm addresses are never spanned.
- DATE_OF_BIRTH spans the date only; other dates (events, payments, meetings) are never spanned.
- A UK account number is a BANK_ACCOUNT; a sort code is never spanned (alone it is no one's).
- Role and team mailboxes (``payments@``, ``kefu@``) are not personal data; hotlines (0800,
  400, 95xxx), company numbers, 统一社会信用代码, invoice and case references are not spanned.
- People named in their public role in published text (press releases, annual reports, news,
  sanctions/PEP list entries) and fictional characters are not spanned; a firm, street or temple
  named after a person is not a PERSON. A customer or relative in the same message is.
- An IP address is spanned when it is the customer's device (consent screens, login notes).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable

Part = str | tuple[str, str]
Row = dict[str, object]

# --------------------------------------------------------------------------- checksums


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass the Luhn test."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    if len(digits) < 12:
        return False
    return luhn_check_digit("".join(digits[:-1])) == digits[-1]


def _iban_numeric(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban_with_check(country: str, bban: str) -> str:
    check = 98 - _iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    return len(compact) >= 15 and _iban_numeric(compact[4:] + compact[:4]) % 97 == 1


CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_CHECK = "10X98765432"


def cn_id_check(body17: str) -> str:
    """GB 11643-1999: the 18th character of a resident identity number."""
    return CN_CHECK[sum(int(d) * w for d, w in zip(body17, CN_WEIGHTS, strict=True)) % 11]


def cn_id_valid(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and number[17] == cn_id_check(number[:17])


def ssn_valid(ssn: str) -> bool:
    """SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000."""
    parts = ssn.split("-")
    if len(parts) != 3 or [len(p) for p in parts] != [3, 2, 4]:
        return False
    area, group, serial = (int(p) for p in parts)
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


# --------------------------------------------------------------------------- word lists

EN_FEMALE = [
    "Maureen",
    "Priyanka",
    "Rosalind",
    "Imogen",
    "Beatrix",
    "Nadia",
    "Ophelia",
    "Henrietta",
    "Siobhan",
    "Ingrid",
    "Esther",
    "Amara",
    "Winifred",
    "Leticia",
    "Harriet",
    "Mairead",
    "Shirin",
    "Agnieszka",
    "Zainab",
    "Constance",
    "Philippa",
    "Theodora",
]
EN_MALE = [
    "Declan",
    "Tobias",
    "Kwame",
    "Fergus",
    "Yusuf",
    "Callum",
    "Desmond",
    "Ravi",
    "Lachlan",
    "Marcus",
    "Tomasz",
    "Gideon",
    "Felix",
    "Hamish",
    "Bogdan",
    "Oluwaseun",
    "Clement",
    "Jasper",
    "Rupert",
    "Malcolm",
    "Wilfred",
    "Emeka",
    "Dorian",
]
EN_FIRST = EN_FEMALE + EN_MALE
EN_LAST = [
    "Ashworth",
    "Okonkwo",
    "Pemberton",
    "Lindqvist",
    "Fairclough",
    "Mahmood",
    "Whitlock",
    "Ferreira",
    "Gallagher",
    "Templeton",
    "Nwosu",
    "Radcliffe",
    "Kowalczyk",
    "Harrington",
    "Bhattacharya",
    "Prendergast",
    "Thistlewood",
    "McAllister",
    "O'Driscoll",
    "Castellano",
    "Greenhalgh",
    "Adeyemi",
    "Blackmore",
    "Sutcliffe",
    "Vasquez",
    "Hollings",
    "Winterbourne",
    "Achterberg",
    "Loughran",
    "Featherstone",
    "Szymanski",
    "Delacroix",
    "Ramsbottom",
    "Quigley",
    "Abernethy",
    "Oyelaran",
    "Kingsley-Hart",
    "Montgomery",
    "Trelawney",
    "Vaughan",
]
EN_STREETS = [
    "Sycamore Gardens",
    "Old Mill Lane",
    "Brackenbury Road",
    "Kestrel Close",
    "Fenwick Street",
    "Larkspur Avenue",
    "Quarry Hill",
    "Tannery Row",
    "Hollybush Crescent",
    "Marlowe Drive",
    "Ferry Approach",
    "Orchard Walk",
    "Beacon View",
    "Chapel Fold",
    "Wharfside Terrace",
    "Pennine Way",
    "Cobbler's Yard",
]
UK_TOWNS = (
    ("Harrogate", "HG1"),
    ("Swansea", "SA2"),
    ("Norwich", "NR3"),
    ("Stockport", "SK4"),
    ("Dundee", "DD2"),
    ("Exeter", "EX4"),
    ("Lincoln", "LN6"),
    ("Preston", "PR1"),
    ("Colchester", "CO3"),
    ("Wolverhampton", "WV6"),
    ("Carlisle", "CA1"),
    ("Bath", "BA2"),
)
US_PLACES = (
    ("Dayton", "OH", "45409"),
    ("Tacoma", "WA", "98405"),
    ("Savannah", "GA", "31404"),
    ("Boise", "ID", "83702"),
    ("Albany", "NY", "12208"),
    ("Fresno", "CA", "93704"),
    ("Madison", "WI", "53711"),
    ("Tulsa", "OK", "74105"),
)
US_AREA = ("614", "253", "912", "208", "518", "559", "608", "918", "347", "720")
MAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "btinternet.com",
    "yahoo.co.uk",
    "icloud.com",
    "hotmail.co.uk",
    "proton.me",
    "sky.com",
)

ZH_SURNAMES = (
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("赵", "zhao"),
    ("黄", "huang"),
    ("周", "zhou"),
    ("吴", "wu"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("罗", "luo"),
    ("高", "gao"),
    ("梁", "liang"),
    ("宋", "song"),
    ("郑", "zheng"),
    ("谢", "xie"),
    ("韩", "han"),
    ("唐", "tang"),
    ("冯", "feng"),
    ("欧阳", "ouyang"),
    ("司马", "sima"),
)
ZH_GIVEN_F = (
    ("秀兰", "xiulan"),
    ("雨桐", "yutong"),
    ("婉清", "wanqing"),
    ("春梅", "chunmei"),
    ("若曦", "ruoxi"),
    ("佳怡", "jiayi"),
    ("桂芳", "guifang"),
    ("玉珍", "yuzhen"),
    ("丽娟", "lijuan"),
    ("静", "jing"),
    ("芳", "fang"),
    ("敏", "min"),
    ("子涵", "zihan"),
)
ZH_GIVEN_M = (
    ("建国", "jianguo"),
    ("志强", "zhiqiang"),
    ("浩然", "haoran"),
    ("德胜", "desheng"),
    ("宏伟", "hongwei"),
    ("国庆", "guoqing"),
    ("思远", "siyuan"),
    ("明轩", "mingxuan"),
    ("俊杰", "junjie"),
    ("天佑", "tianyou"),
    ("磊", "lei"),
    ("斌", "bin"),
    ("勇", "yong"),
)
ZH_GIVEN = ZH_GIVEN_F + ZH_GIVEN_M
ZH_TITLES = {"f": ("女士", "阿姨"), "m": ("先生", "大爷", "师傅"), "": ("老师", "经理", "同学")}
ZH_PLACES = (
    ("浙江省", "杭州市", "拱墅区", "330105"),
    ("四川省", "成都市", "武侯区", "510107"),
    ("湖北省", "武汉市", "洪山区", "420111"),
    ("广东省", "佛山市", "南海区", "440605"),
    ("山东省", "青岛市", "李沧区", "370213"),
    ("江苏省", "无锡市", "梁溪区", "320213"),
    ("河南省", "洛阳市", "涧西区", "410305"),
    ("福建省", "厦门市", "思明区", "350203"),
    ("", "北京市", "丰台区", "110106"),
    ("", "上海市", "普陀区", "310107"),
    ("", "重庆市", "九龙坡区", "500107"),
    ("辽宁省", "大连市", "甘井子区", "210211"),
)
ZH_ROADS = (
    "紫荆路",
    "望江东路",
    "和平里北街",
    "枫林大道",
    "春晖巷",
    "南湖西路",
    "工农街",
    "学府路",
    "光明北路",
    "桃源街",
    "滨河南路",
    "丰收大道",
)
ZH_ESTATES = (
    "金桂苑",
    "锦绣家园",
    "翠湖小区",
    "阳光花城",
    "东方名都",
    "绿洲新村",
    "书香门第",
    "和谐雅居",
    "",
)
ZH_MAIL = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com")

PUBLIC_EN = (
    "Andrew Bailey",
    "Christine Lagarde",
    "Jerome Powell",
    "Keir Starmer",
    "Ursula von der Leyen",
    "Warren Buffett",
    "Jamie Dimon",
    "Taylor Swift",
    "David Attenborough",
    "Emma Raducanu",
)
FICTIONAL_EN = (
    "Sherlock Holmes",
    "Elizabeth Bennet",
    "Paddington Bear",
    "Hercule Poirot",
    "Mr Micawber",
    "Miss Marple",
)
PUBLIC_ZH = ("易纲", "潘功胜", "马云", "雷军", "董明珠", "姚明", "莫言", "钟南山", "任正非", "刘翔")
FICTIONAL_ZH = ("孙悟空", "林黛玉", "贾宝玉", "诸葛亮", "哪吒", "郭靖")

# --------------------------------------------------------------------------- value makers


class Gen:
    """Random values of every kind, each from one seeded stream."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: tuple[str, ...] | list[str]) -> str:
        return self.r.choice(seq)

    # English
    def first(self, sex: str = "") -> str:
        return self.r.choice({"f": EN_FEMALE, "m": EN_MALE}.get(sex, EN_FIRST))

    def last(self) -> str:
        return self.r.choice(EN_LAST)

    def name(self, sex: str = "") -> str:
        return f"{self.first(sex)} {self.last()}"

    def uk_mobile(self) -> str:
        body = f"7{self.r.randint(100, 999)}{self.r.randint(100000, 999999)}"
        style = self.r.randrange(3)
        if style == 0:
            return f"0{body[:4]} {body[4:]}"
        if style == 1:
            return f"+44 {body[:4]} {body[4:7]} {body[7:]}"
        return f"0{body}"

    def uk_landline(self) -> str:
        return f"01{self.r.randint(100, 999)} {self.r.randint(100000, 999999)}"

    def us_phone(self) -> str:
        area = self.r.choice(US_AREA)
        mid, end = self.r.randint(201, 989), self.r.randint(1000, 9999)
        return self.r.choice(
            (f"({area}) {mid}-{end}", f"{area}-{mid}-{end}", f"+1 {area} {mid} {end}")
        )

    def email(self, first: str, last: str) -> str:
        f, surname = first.lower(), last.lower().replace("'", "").replace("-", "")
        local = self.r.choice(
            (
                f"{f}.{surname}",
                f"{f[0]}{surname}{self.r.randint(2, 98)}",
                f"{surname}.{f}",
                f"{f}{surname[:3]}{self.r.randint(60, 99)}",
            )
        )
        return f"{local}@{self.r.choice(MAIL_DOMAINS)}"

    def uk_postcode(self, district: str) -> str:
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{district} {self.r.randint(1, 9)}{self.r.choice(letters)}{self.r.choice(letters)}"

    def uk_address(self) -> str:
        town, district = self.r.choice(UK_TOWNS)
        street = self.r.choice(EN_STREETS)
        num = self.r.randint(2, 148)
        lead = self.r.choice(
            (f"{num} ", f"Flat {self.r.randint(1, 12)}, {num} ", f"{num}{self.r.choice('ab')} ")
        )
        return f"{lead}{street}, {town} {self.uk_postcode(district)}"

    def us_address(self) -> str:
        city, state, zip_ = self.r.choice(US_PLACES)
        street = self.r.choice(
            (
                "Maple Ridge Dr",
                "W 14th St",
                "Cottonwood Ave",
                "Lakeshore Blvd",
                "Pine Hollow Rd",
                "N Franklin St",
            )
        )
        unit = self.r.choice(("", f" Apt {self.r.randint(2, 40)}"))
        return f"{self.r.randint(110, 9800)} {street}{unit}, {city}, {state} {zip_}"

    def en_address(self) -> str:
        return self.uk_address() if self.r.random() < 0.75 else self.us_address()

    def date_parts(self, lo: int = 1938, hi: int = 2009) -> tuple[int, int, int]:
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def en_dob(self, lo: int = 1938, hi: int = 2009) -> str:
        y, m, d = self.date_parts(lo, hi)
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
        return self.r.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {months[m - 1]} {y}",
                f"{months[m - 1]} {d}, {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {months[m - 1][:3]} {y}",
            )
        )

    def card(self, kind: str = "") -> str:
        kind = kind or self.r.choice(("visa", "visa", "mc", "amex"))
        if kind == "amex":
            body = self.r.choice(("34", "37")) + "".join(
                str(self.r.randrange(10)) for _ in range(12)
            )
            n = body + luhn_check_digit(body)
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        prefix = {"visa": "4", "mc": str(self.r.randint(51, 55)), "up": "62"}[kind]
        length = 16 if kind != "up" else self.r.choice((16, 19))
        body = prefix + "".join(str(self.r.randrange(10)) for _ in range(length - len(prefix) - 1))
        n = body + luhn_check_digit(body)
        if self.r.random() < 0.6 and length == 16:
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))
        return n

    def uk_account(self) -> str:
        return f"{self.r.randint(10000000, 99999999)}"

    def sort_code(self) -> str:
        return f"{self.r.randint(10, 99)}-{self.r.randint(10, 99)}-{self.r.randint(10, 99)}"

    def iban(self) -> str:
        country = self.r.choice(("GB", "GB", "GB", "DE", "FR", "NL", "IE", "ES"))
        digits = lambda k: "".join(str(self.r.randrange(10)) for _ in range(k))  # noqa: E731
        letters = lambda k: "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))  # noqa: E731
        bban = {
            "GB": lambda: letters(4) + digits(14),
            "IE": lambda: letters(4) + digits(14),
            "DE": lambda: digits(18),
            "FR": lambda: digits(10) + letters(1) + digits(10) + digits(2),
            "NL": lambda: letters(4) + digits(10),
            "ES": lambda: digits(20),
        }[country]()
        compact = iban_with_check(country, bban)
        if self.r.random() < 0.7:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return compact

    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def ip(self) -> str:
        return self.r.choice(
            (
                f"{self.r.choice((81, 86, 92, 109, 176, 212))}.{self.r.randint(0, 255)}."
                f"{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                f"2a02:c7c:{self.r.randint(4096, 65535):x}:{self.r.randint(1, 65535):x}::"
                f"{self.r.randint(1, 65535):x}",
            )
        )

    def money(self) -> str:
        return f"£{self.r.randint(12, 4800):,}.{self.r.randint(0, 99):02d}"

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.r.randint(100000, 999999)}"

    def event_date(self) -> str:
        months = [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ]
        return self.r.choice(
            (
                f"{self.r.randint(1, 28)} {self.r.choice(months)} 2026",
                f"{self.r.randint(1, 28):02d}/{self.r.randint(1, 12):02d}/2026",
            )
        )

    # Chinese
    def zh_pair(self) -> tuple[tuple[str, str], tuple[str, str]]:
        return self.r.choice(ZH_SURNAMES), self.r.choice(ZH_GIVEN)

    def zh_name(self, sex: str = "") -> str:
        given = {"f": ZH_GIVEN_F, "m": ZH_GIVEN_M}.get(sex, ZH_GIVEN)
        return self.r.choice(ZH_SURNAMES)[0] + self.r.choice(given)[0]

    def zh_titled(self, sex: str = "") -> str:
        sex = sex or self.r.choice("fm ").strip()
        return self.r.choice(ZH_SURNAMES)[0] + self.r.choice(ZH_TITLES[sex])

    def zh_person(self) -> str:
        return self.zh_name() if self.r.random() < 0.75 else self.zh_titled()

    def zh_mobile(self) -> str:
        n = f"1{self.r.choice('35789')}{self.r.randint(0, 9)}{self.r.randint(10000000, 99999999)}"
        style = self.r.randrange(4)
        if style == 0:
            return f"{n[:3]} {n[3:7]} {n[7:]}"
        if style == 1:
            return f"+86 {n}"
        if style == 2:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        return n

    def zh_landline(self) -> str:
        return self.r.choice(("0571-", "028-", "027-", "0757-", "010-", "021-")) + str(
            self.r.randint(60000000, 89999999)
        )

    def zh_email(self) -> str:
        (_, sp), (_, gp) = self.zh_pair()
        local = self.r.choice(
            (
                f"{sp}{gp}",
                f"{gp}.{sp}{self.r.randint(70, 99)}",
                f"{sp}_{gp[:2]}{self.r.randint(1, 999)}",
                f"{self.r.randint(100000000, 2999999999)}",
            )
        )
        return f"{local}@{self.r.choice(ZH_MAIL)}"

    def zh_address(self) -> str:
        prov, city, dist, _ = self.r.choice(ZH_PLACES)
        road = self.r.choice(ZH_ROADS)
        estate = self.r.choice(ZH_ESTATES)
        num = f"{self.r.randint(3, 388)}号"
        building, unit = self.r.randint(1, 28), self.r.randint(1, 6)
        tail = f"{building}栋{unit}单元{self.r.randint(1, 32)}0{self.r.randint(1, 4)}室"
        if self.r.random() < 0.3:
            return f"{city}{dist}{road}{num}{estate}{tail}"
        return f"{prov}{city}{dist}{road}{num}{estate}{tail}"

    def zh_dob(
        self, lo: int = 1938, hi: int = 2009, born: tuple[int, int, int] | None = None
    ) -> str:
        y, m, d = born or self.date_parts(lo, hi)
        return self.r.choice(
            (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}年{m:02d}月{d:02d}日")
        )

    def cn_id(
        self, lo: int = 1938, hi: int = 2009, born: tuple[int, int, int] | None = None
    ) -> str:
        region = self.r.choice(ZH_PLACES)[3]
        y, m, d = born or self.date_parts(lo, hi)
        want_x = self.r.random() < 0.2
        while True:
            body = f"{region}{y}{m:02d}{d:02d}{self.r.randint(0, 999):03d}"
            check = cn_id_check(body)
            if not want_x or check == "X":
                return body + check

    def unionpay(self) -> str:
        return self.card("up")

    def yuan(self) -> str:
        return f"{self.r.randint(80, 58000)}{self.r.choice(('元', '.00元', ' 元'))}"

    def zh_date(self) -> str:
        return f"2026年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"


# --------------------------------------------------------------------------- English templates

P = "PERSON"
PH = "PHONE_NUMBER"
EM = "EMAIL_ADDRESS"
AD = "ADDRESS"
DOB = "DATE_OF_BIRTH"
CC = "CREDIT_CARD"
BA = "BANK_ACCOUNT"
IB = "IBAN_CODE"
IP = "IP_ADDRESS"
SSN = "US_SSN"
CID = "CN_ID_CARD"

Template = Callable[[Gen], list[Part]]


def en_care_pos(g: Gen) -> list[Part]:
    mum, me = g.name("f"), g.name()
    home = g.pick(("Heathervale Care Home", "The Laurels Nursing Home", "Ashgrove Court"))
    if g.r.random() < 0.5:
        return [
            "Hi, I hold lasting power of attorney for my mother ",
            (mum, P),
            " (born ",
            (g.en_dob(1925, 1948), DOB),
            "). ",
            home,
            " have asked for the monthly fees of ",
            g.money(),
            " to come from her account ",
            (g.uk_account(), BA),
            ", sort code ",
            g.sort_code(),
            ". Please call me on ",
            (g.uk_mobile(), PH),
            ". Thanks, ",
            (me, P),
        ]
    return [
        "Her PIP and Attendance Allowance are paid into ",
        (g.iban(), IB),
        " but the DWP letter went to her old flat. Could you update her address to ",
        (g.uk_address(), AD),
        "? I'm her appointee, ",
        (me, P),
        ", ",
        (g.email(*me.split()[:2]), EM),
        ".",
    ]


def en_care_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "Does the bank offer a reduced-fee account for people paying care-home "
                "invoices each "
                "month? The home's finance office says they accept standing orders only.",
                "Attendance Allowance rates change every April; our guide on the Money page "
                "explains "
                "how to set up a third-party mandate. Call the Bereavement & Care line on 0800 915 "
                "2044 (Mon–Fri, 8am–6pm).",
                "Reminder: the care-fees webinar with the Alzheimer's Society runs on "
                f"{g.event_date()} "
                "at 2pm. Questions to carefees@stewardbank.co.uk.",
            )
        )
    ]


def en_crowdfund_pos(g: Gen) -> list[Part]:
    me = g.name()
    return [
        "I raised money on a crowdfunding page for my son's operation abroad and the payout of ",
        g.money(),
        " is stuck as pending. The page is in my name, ",
        (me, P),
        ", and the payout should go to my card ",
        (g.card(), CC),
        ". Text me on ",
        (g.uk_mobile(), PH),
        " if you need the hospital letter.",
    ]


def en_crowdfund_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"Why do crowdfunding payouts over {g.money()} take three working days to "
                "clear? The "
                f"platform says it's your side, reference {g.ref('CF')}.",
                "Our branch in Exeter is matching donations to the children's hospice appeal until "
                f"{g.event_date()} — ask staff at the counter.",
            )
        )
    ]


def en_student_pos(g: Gen) -> list[Part]:
    kid, parent = g.name("f"), g.name()
    if g.r.random() < 0.5:
        return [
            "Opening a teen account for my daughter ",
            (kid, P),
            ", date of birth ",
            (g.en_dob(2009, 2013), DOB),
            ". Same address as mine, ",
            (g.uk_address(), AD),
            ". Her own mobile is ",
            (g.uk_mobile(), PH),
            ", mine is ",
            (g.uk_mobile(), PH),
            ".",
        ]
    return [
        "weekly allowance for ",
        (g.first("m"), P),
        " at uni - can I set a standing order of £75 to ",
        (g.uk_account(), BA),
        " every friday? he's taking a gap year in spring so might need it paid abroad later. ",
        (parent, P),
    ]


def en_student_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "What age can a teenager get their own debit card, and do parents see the "
                "spending in "
                "the app? Asking before term starts.",
                "Student accounts: the 0% overdraft rises to £1,500 in year 2. Freshers' stall on "
                f"{g.event_date()} at the Students' Union, Level 1.",
                "My son is 15, is there a limit on how much pocket money can go in each month?",
            )
        )
    ]


def en_forces_pos(g: Gen) -> list[Part]:
    who = g.name()
    if g.r.random() < 0.5:
        return [
            "Deployed until March — I'm Cpl ",
            (who, P),
            ". Please send any post for my account to my parents' house, ",
            (g.uk_address(), AD),
            ", not the barracks. Sat phone doesn't take calls; e-mail ",
            (g.email(*who.split()), EM),
            ".",
        ]
    return [
        "Seafarer allotment: 60% of my wages to my wife ",
        (g.name("f"), P),
        ", account ",
        (g.iban(), IB),
        ". I'm at sea on the MV Northern Gannet, reachable on ",
        (g.uk_mobile(), PH),
        " when in port.",
    ]


def en_forces_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "Do you have a forces-friendly mortgage? I'm moving between postings every "
                "two years.",
                "Armed Forces Day: branches near the garrison open late. Service personnel can "
                "call "
                "0345 600 1287 from overseas.",
                "The Mission to Seafarers centre at Southampton docks has a free cash machine "
                "for crews.",
            )
        )
    ]


def en_club_pos(g: Gen) -> list[Part]:
    t1, t2 = g.name(), g.name()
    return [
        g.pick(
            (
                "St Aidan's Church",
                "Kirkby Cricket Club",
                "Hillside Sikh Gurdwara",
                "Dorrington Allotment Society",
            )
        ),
        " is changing signatories: ",
        (t1, P),
        " steps down as treasurer and ",
        (t2, P),
        " takes over from the AGM. New treasurer's home address: ",
        (g.uk_address(), AD),
        ", phone ",
        (g.uk_landline(), PH),
        ", DOB ",
        (g.en_dob(1950, 1990), DOB),
        ".",
    ]


def en_club_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "St Aidan's Church hall, 12 Vicarage Lane, is the venue for our community-banking "
                "drop-in on the first Tuesday of each month.",
                "Can a cricket club open a business account without a company number? We're an "
                "unincorporated association with three trustees.",
                f"Minutes of the Dorrington Allotment Society AGM, {g.event_date()}: subs held "
                "at £30.",
            )
        )
    ]


def en_bookkeeper_pos(g: Gen) -> list[Part]:
    client = g.name("f")
    return [
        "I'm the bookkeeper for ",
        (client, P),
        " (sole trader, plumbing). She's authorised me to query the missing VAT refund on ",
        (g.uk_account(), BA),
        ". Her mobile for the security check is ",
        (g.uk_mobile(), PH),
        ". Regards, ",
        (g.name(), P),
        ", Ledgerline Bookkeeping",
    ]


def en_bookkeeper_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "Ledgerline Bookkeeping Ltd (company no. 09881245) would like read-only access "
                "to a "
                "client's business account. Which form do we use?",
                "Please send statements for accounts ending 4471 and 0093 to "
                "accounts@ledgerline.co.uk "
                "as PDF each quarter.",
            )
        )
    ]


def en_solicitor_pos(g: Gen) -> list[Part]:
    buyer = g.name()
    if g.r.random() < 0.5:
        return [
            "Completion funds for our client ",
            (buyer, P),
            " were sent from the client account to the seller's IBAN ",
            (g.iban(), IB),
            " this morning. The property is ",
            (g.uk_address(), AD),
            ". — Conveyancing team, Harcourt & Bell LLP",
        ]
    return [
        "Estate agent here: the buyer, ",
        (buyer, P),
        ", asked us to pass on proof of deposit. His number is ",
        (g.uk_mobile(), PH),
        " and e-mail ",
        (g.email(*buyer.split()), EM),
        ".",
    ]


def en_solicitor_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "Harcourt & Bell LLP, 3 Temple Row, Birmingham B2 5JR — client account details are "
                "never changed by e-mail. Always phone us to confirm.",
                "Barnard Marcus and Foxtons both quote £1,200 for lettings; which one does the "
                "bank's "
                "partner scheme use?",
                f"Exchange took place on {g.event_date()}; completion is booked for the "
                "following Friday.",
            )
        )
    ]


def en_move_pos(g: Gen) -> list[Part]:
    old, new = g.en_address(), g.en_address()
    return [
        "Moving house next week. Old address: ",
        (old, AD),
        ". New address from the 14th: ",
        (new, AD),
        ". Landline is going, so use my mobile ",
        (g.uk_mobile(), PH),
        ". ",
        (g.name(), P),
    ]


def en_move_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "How long does an address change take to reach the card team? I've done it in "
                "the app.",
                "Pickfords quoted me for removals and want a 20% deposit — is a card payment "
                "protected?",
                "Our Carlisle branch at 41 English Street moves to the Lanes shopping centre "
                "in June.",
            )
        )
    ]


def en_invoice_pos(g: Gen) -> list[Part]:
    me = g.name()
    return [
        f"INVOICE {g.ref('INV')}\nFrom: ",
        (me, P),
        " t/a Brushstroke Decorating\n",
        (g.uk_address(), AD),
        "\nPay to: ",
        (g.iban(), IB),
        "\nTel ",
        (g.uk_mobile(), PH),
        "\nTotal due: ",
        g.money(),
    ]


def en_invoice_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"INVOICE {g.ref('INV')}\nFrom: Brightside Window Cleaning Ltd\nUnit 4, Gorsey "
                "Lane "
                "Industrial Estate\nVAT GB 294 1187 62\nTotal due: " + g.money(),
                "Can a sole trader get paid through the invoice tool without a separate business "
                "account? My accountant says yes.",
                f"INVOICE {g.ref('INV')}\nFrom: Steward Bank plc, Business Banking\nFor: annual "
                "card "
                f"terminal rental\nTotal due: {g.money()}\nQueries: "
                "merchantbilling@stewardbank.co.uk",
            )
        )
    ]


def en_branch_pos(g: Gen) -> list[Part]:
    cust = g.name()
    return [
        "INCIDENT LOG 10:42 — customer ",
        (cust, P),
        " became distressed at counter 2 after a declined transfer. Next of kin contacted on ",
        (g.uk_mobile(), PH),
        ". Customer's card ",
        (g.card(), CC),
        " retained pending fraud review. Logged by AM.",
    ]


def en_branch_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"ROTA w/c {g.event_date()}: Mon–Wed counter A, Thu cash office, Fri community "
                "day. Cover for "
                "lunch via the branch inbox rota@stewardbank.co.uk.",
                f"INCIDENT LOG {g.r.randint(9, 16)}:{g.r.randint(10, 59)} — fire alarm test "
                "overran, "
                f"branch closed {g.r.randint(10, 45)} min. No customers affected. Facilities ref "
                f"{g.ref('FM')}.",
                "Team huddle: the Tuesday late opening ends in April; the coin machine is fixed.",
            )
        )
    ]


def en_atm_pos(g: Gen) -> list[Part]:
    return [
        "The cash machine outside the Tesco Express on Broad Street kept my card, number ",
        (g.card("visa"), CC),
        ", and didn't give the £200. I'm ",
        (g.name(), P),
        ", call me on ",
        (g.uk_mobile(), PH),
        ".",
    ]


def en_atm_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "ATM at "
                f"{g.pick(('Waverley Station', 'Leeds Kirkgate Market', 'Cardiff Queen St'))} "
                f"was out of service from {g.r.randint(4, 9)}pm; engineer booked, job ref "
                f"{g.ref('ATM')}.",
                "Is the free cash machine at the post office on Church Road still working? It said "
                "'temporarily unavailable' this morning.",
            )
        )
    ]


def en_cheque_pos(g: Gen) -> list[Part]:
    payer = g.name()
    return [
        "OCR cheque image: PAY ",
        (g.name(), P),
        " ... ONE HUNDRED AND FIFTY POUNDS ONLY £150.00 | signed ",
        (payer, P),
        " | a/c ",
        (g.uk_account(), BA),
        " | sort ",
        g.sort_code(),
        " | confidence 0.81",
    ]


def en_cheque_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "OCR cheque image: PAY "
                f"{g.pick(('HM REVENUE & CUSTOMS', 'DVLA', 'THE RED CROSS'))} ... "
                f"{g.money()} | cheque no. {g.r.randint(100, 999999):06d} | confidence "
                f"0.{g.r.randint(55, 95)}",
                "Cheques paid in through the app after 10pm are credited the next working day.",
            )
        )
    ]


def en_callback_pos(g: Gen) -> list[Part]:
    who = g.name()
    return [
        "Reception note: ",
        (who, P),
        " called at 11:20 asking for the mortgage adviser. Please ring back on ",
        (g.uk_landline(), PH),
        " or ",
        (g.uk_mobile(), PH),
        " after 3pm. Says it's about the remortgage.",
    ]


def en_callback_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "Reception note: courier from DPD left two parcels for the back office; "
                "collected 2pm.",
                "Message for the manager: Harrogate Borough Council returned the call about the "
                "parking bay — main switchboard 01423 500600.",
            )
        )
    ]


def en_bot_pos(g: Gen) -> list[Part]:
    who = g.name()
    return [
        "BOT: I can't help with that. Connecting you to a colleague…\nAGENT: Hi, can I "
        "take your full name and date of birth?\nCUSTOMER: ",
        (who, P),
        ", ",
        (g.en_dob(), DOB),
        "\nCUSTOMER: my email is ",
        (g.email(*who.split()), EM),
    ]


def en_bot_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "BOT: Our opening hours are 8am–8pm. Type 'agent' to talk to a person.\nCUSTOMER: "
                f"agent\nBOT: All colleagues are busy; estimated wait {g.r.randint(2, 25)} "
                "minutes.",
                "CUSTOMER: what's the daily transfer limit?\nBOT: £25,000 in the app, £10,000 "
                "by phone.",
                "CUSTOMER: "
                f"{g.pick(('card frozen??', 'why was i charged twice', 'cancel my ISA'))}\n"
                "BOT: I'm passing you to a colleague who can help.\nAGENT: Hello, you're "
                "through to the "
                "cards team. Can I ask what happened?",
            )
        )
    ]


def en_openbanking_pos(g: Gen) -> list[Part]:
    who = g.name()
    return [
        "Consent granted: Budgetly Ltd may read balances and transactions for ",
        (who, P),
        ", account ",
        (g.iban(), IB),
        ", for 90 days. Device ",
        (g.ip(), IP),
        ", session OB-",
        str(g.r.randint(10000, 99999)),
    ]


def en_openbanking_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"{g.pick(('Budgetly Ltd', 'Pennypot', 'TaxTidy', 'RentCheck UK'))} is "
                "requesting access "
                f"to: account names, balances, transactions ({g.pick(('90', '180', '365'))} "
                "days). You "
                "can withdraw consent at any time in Settings > Connected apps.",
                "Open banking outage 02:00–03:30 GMT; third-party providers may see error 503. "
                "Status updates at status.stewardbank.co.uk.",
            )
        )
    ]


def en_mandate_pos(g: Gen) -> list[Part]:
    who = g.name()
    if g.r.random() < 0.5:
        return [
            "DIRECT DEBIT INSTRUCTION\nName of account holder: ",
            (who, P),
            "\nAccount number: ",
            (g.uk_account(), BA),
            "  Sort code: ",
            g.sort_code(),
            "\nAddress: ",
            (g.uk_address(), AD),
            "\nService user no. 417283",
        ]
    return [
        "Standing order: pay ",
        g.money(),
        " monthly to ",
        (g.name(), P),
        " at ",
        (g.iban(), IB),
        ", first payment 1 May. Payer ",
        (who, P),
        ".",
    ]


def en_mandate_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "DIRECT DEBIT INSTRUCTION\nService user: "
                + g.pick(
                    (
                        "Severn Trent Water",
                        "Octopus Energy",
                        "Vodafone UK",
                        "Sheffield City Council",
                    )
                )
                + f"\nService user no. {g.r.randint(100000, 999999)}\nReference: {g.ref('DD')}",
                "A standing order can be cancelled up to the day before it's due; a direct "
                "debit is "
                "covered by the Direct Debit Guarantee.",
            )
        )
    ]


def en_screening_pos(g: Gen) -> list[Part]:
    who = g.name()
    figure = g.pick(PUBLIC_EN)
    if g.r.random() < 0.4:
        return [
            "FATCA check: ",
            (who, P),
            " declared US citizenship. SSN ",
            (g.ssn(), SSN),
            ", US address ",
            (g.us_address(), AD),
            ", phone ",
            (g.us_phone(), PH),
            ". W-9 received, no further action.",
        ]
    return [
        "Screening note: onboarding customer ",
        (who, P),
        ", born ",
        (g.en_dob(), DOB),
        ", partial name hit against ",
        figure,
        " (PEP list). Different DOB and nationality — false positive, cleared.",
    ]


def en_screening_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"Weekly PEP refresh: {g.pick(PUBLIC_EN)} added as a domestic PEP; no customer "
                "matches.",
                f"Sanctions list update (HMT consolidated list): {g.r.randint(3, 30)} new entries, "
                f"{g.r.randint(0, 9)} delistings. Alerts raised: 0.",
            )
        )
    ]


def en_press_pos(g: Gen) -> list[Part]:
    holder = g.name()
    return [
        "Share registry: Dear ",
        (holder, P),
        ", your dividend of ",
        g.money(),
        " will be paid to ",
        (g.iban(), IB),
        ". If you have moved, tell us your new address; the one we hold is ",
        (g.uk_address(), AD),
        ".",
    ]


def en_press_neg(g: Gen) -> list[Part]:
    figure = g.pick(PUBLIC_EN)
    return [
        g.pick(
            (
                f"Press release: Steward Bank welcomes comments by {figure} on competition in "
                "retail "
                f"banking. Media enquiries: press@stewardbank.co.uk, 020 7946 0315.",
                f"Annual report 2025: the Board met {g.r.randint(8, 14)} times; the Chair's "
                "statement "
                f"is on page {g.r.randint(3, 9)}.",
                f"Book club pick for March: the detective stories starring {g.pick(FICTIONAL_EN)}.",
            )
        )
    ]


EN_GENRES: dict[str, tuple[Template, Template]] = {
    "care_home": (en_care_pos, en_care_neg),
    "crowdfund": (en_crowdfund_pos, en_crowdfund_neg),
    "student": (en_student_pos, en_student_neg),
    "forces": (en_forces_pos, en_forces_neg),
    "club": (en_club_pos, en_club_neg),
    "bookkeeper": (en_bookkeeper_pos, en_bookkeeper_neg),
    "solicitor": (en_solicitor_pos, en_solicitor_neg),
    "house_move": (en_move_pos, en_move_neg),
    "invoice": (en_invoice_pos, en_invoice_neg),
    "branch_log": (en_branch_pos, en_branch_neg),
    "atm": (en_atm_pos, en_atm_neg),
    "cheque_ocr": (en_cheque_pos, en_cheque_neg),
    "callback": (en_callback_pos, en_callback_neg),
    "bot_handover": (en_bot_pos, en_bot_neg),
    "open_banking": (en_openbanking_pos, en_openbanking_neg),
    "mandate": (en_mandate_pos, en_mandate_neg),
    "screening": (en_screening_pos, en_screening_neg),
    "registry": (en_press_pos, en_press_neg),
}

# --------------------------------------------------------------------------- Chinese templates


def zh_care_pos(g: Gen) -> list[Part]:
    if g.r.random() < 0.5:
        return [
            "我是",
            (g.zh_name("f"), P),
            "的女儿，我妈住在夕阳红养老院，每月护理费从她的养老金卡里扣，卡号",
            (g.unionpay(), BA),
            "。请联系我",
            (g.zh_mobile(), PH),
            "。",
        ]
    return [
        "残疾人两项补贴一直打到我爸",
        (g.zh_name("m"), P),
        "的账户，身份证号",
        (g.cn_id(1940, 1970), CID),
        "，现在想改到我名下，我叫",
        (g.zh_titled(), P),
        "，电话",
        (g.zh_mobile(), PH),
        "。",
    ]


def zh_care_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "请问养老院的月费可以用代扣吗？院方财务说只接受对公转账。",
                "残疾人补贴每月10日前到账，如有疑问请拨打民政服务热线12349或本行客服95555。",
                f"{g.zh_date()}上午九点，本行将在社区养老服务中心开展反诈宣传，欢迎老人参加。",
            )
        )
    ]


def zh_crowdfund_pos(g: Gen) -> list[Part]:
    return [
        "水滴筹给我儿子筹的手术费",
        g.yuan(),
        "提现到",
        (g.unionpay(), BA),
        "一直显示处理中，发起人是我",
        (g.zh_name(), P),
        "，住址",
        (g.zh_address(), AD),
        "，麻烦查一下。",
    ]


def zh_crowdfund_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "轻松筹的善款提现一般几个工作日到账？平台客服说是银行这边在审核。",
                "本行联合红十字会发起的大病救助项目已累计帮助1200余个家庭，详情见公众号推文。",
            )
        )
    ]


def zh_student_pos(g: Gen) -> list[Part]:
    if g.r.random() < 0.5:
        return [
            "给孩子办少儿账户，孩子叫",
            (g.zh_name(), P),
            "，出生日期",
            (g.zh_dob(2010, 2020), DOB),
            "，监护人是我，手机",
            (g.zh_mobile(), PH),
            "。",
        ]
    return [
        "每月1号给在外地读大学的",
        (g.zh_name(), P),
        "转1500生活费，收款卡",
        (g.unionpay(), BA),
        "，能设成自动的吗",
    ]


def zh_student_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "大学生开卡需要带学生证吗？单日转账限额是多少？",
                "少儿账户最低几岁可以办？家长能不能在手机银行看到消费记录？",
                "新生报到季：校园网点9月1日至9月7日延长营业至晚上八点。",
            )
        )
    ]


def zh_forces_pos(g: Gen) -> list[Part]:
    if g.r.random() < 0.5:
        return [
            "我是现役军人",
            (g.zh_name(), P),
            "，部队不方便接电话，工资卡的短信请改发到我爱人手机",
            (g.zh_mobile(), PH),
            "，她叫",
            (g.zh_name("f"), P),
            "。",
        ]
    return [
        "海员家属代办：我老公",
        (g.zh_name("m"), P),
        "跑远洋，船上只能发邮件，邮箱",
        (g.zh_email(), EM),
        "，家里地址",
        (g.zh_address(), AD),
        "。",
    ]


def zh_forces_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "军人优待证可以在网点享受优先办理吗？",
                "海员外汇收入结汇需要哪些材料？船公司说要提供劳务合同。",
                "八一建军节，本行为退役军人提供专属理财讲座，地点在人民路支行三楼。",
            )
        )
    ]


def zh_club_pos(g: Gen) -> list[Part]:
    return [
        g.pick(("普济寺", "城南基督教会", "老年书画协会", "夕阳乐骑行社")),
        "账户变更预留印鉴，原负责人",
        (g.zh_name(), P),
        "卸任，新负责人",
        (g.zh_name(), P),
        "，身份证",
        (g.cn_id(1955, 1990), CID),
        "，联系电话",
        (g.zh_mobile(), PH),
        "。",
    ]


def zh_club_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "寺庙开立对公账户需要宗教活动场所登记证和统一社会信用代码，请问还要别的吗？",
                "普济寺位于山门路88号，每年香火捐赠款由寺务委员会统一存入对公账户。",
                "社团账户年检通知：请于本月底前提交年度财务报告。",
            )
        )
    ]


def zh_bookkeeper_pos(g: Gen) -> list[Part]:
    return [
        "我是代账会计",
        (g.zh_titled(), P),
        "，帮客户",
        (g.zh_name("m"), P),
        "（个体户）查一笔退税，他的卡号",
        (g.unionpay(), BA),
        "，预留手机",
        (g.zh_mobile(), PH),
        "。",
    ]


def zh_bookkeeper_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "代账公司能不能帮客户开通企业网银查询权限？需要客户本人到场吗？",
                "请把对公账户回单每月发到财务邮箱 caiwu@hengda-daizhang.cn，谢谢。",
                "恒达代账（统一社会信用代码91330105MA2H4K7X3Q）申请批量代发服务。",
            )
        )
    ]


def zh_lawyer_pos(g: Gen) -> list[Part]:
    if g.r.random() < 0.5:
        return [
            "律所监管账户已收到买方",
            (g.zh_name(), P),
            "的购房款，待过户后划给卖方，卖方收款卡",
            (g.unionpay(), BA),
            "，房屋坐落",
            (g.zh_address(), AD),
            "。",
        ]
    return [
        "中介这边，买家",
        (g.zh_titled("m"), P),
        "的首付款证明要发给谁？他电话",
        (g.zh_mobile(), PH),
        "，邮箱",
        (g.zh_email(), EM),
        "。",
    ]


def zh_lawyer_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "链家和我爱我家的资金监管是不是都走银行？手续费谁出？",
                "本所地址：建国门外大街1号国贸大厦A座20层，资金监管业务咨询电话010-65051888。",
                f"网签时间定在{g.zh_date()}，过户在下周三。",
            )
        )
    ]


def zh_move_pos(g: Gen) -> list[Part]:
    return [
        "搬家了，账单地址从",
        (g.zh_address(), AD),
        "改成",
        (g.zh_address(), AD),
        "，我是",
        (g.zh_person(), P),
        "，手机没变",
        (g.zh_mobile(), PH),
    ]


def zh_move_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "手机银行里改地址后，信用卡账单地址会同步吗？",
                "搬家公司要先付500定金，用信用卡付有保障吗？",
                "本行东门支行于下月迁至解放路168号新址营业。",
            )
        )
    ]


def zh_invoice_pos(g: Gen) -> list[Part]:
    return [
        "个体户开票信息：经营者",
        (g.zh_name(), P),
        "，身份证号",
        (g.cn_id(1960, 2000), CID),
        "，开户行卡号",
        (g.unionpay(), BA),
        "，地址",
        (g.zh_address(), AD),
        "。",
    ]


def zh_invoice_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "发票抬头："
                f"{g.pick(('杭州顺安五金店', '成都巧手家政服务部', '佛山南海老街汤粉店'))}；"
                "税号92330105MA2KX8LC5P；开户行：本行营业部。",
                "个体户能不能开增值税专用发票？税务局说要先登记一般纳税人。",
                f"个体户季度开票不超过{g.pick(('30万', '45万'))}是不是免增值税？"
                f"{g.pick(('我开的是餐饮', '做装修的', '卖水果的'))}。",
                f"发票号码{g.r.randint(10000000, 99999999)}已作废，请重新开具，金额{g.yuan()}。",
            )
        )
    ]


def zh_branch_pos(g: Gen) -> list[Part]:
    return [
        "事件日志 14:05：客户",
        (g.zh_name(), P),
        "在2号窗口情绪激动，称被冒名贷款，已联系其家属",
        (g.zh_mobile(), PH),
        "，客户身份证",
        (g.cn_id(), CID),
        "已复印留档。",
    ]


def zh_branch_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"{g.zh_date()}起排班：周一至周三现金柜，周四对公，周五"
                f"{g.pick(('社区外拓', '厅堂值守', '学习培训'))}；调班请在群里说。",
                f"事件日志 {g.r.randint(8, 17)}:{g.r.randint(10, 59)}：自助区"
                f"{g.pick(('空调', '照明', '门禁'))}故障，"
                f"已报物业，工单号{g.ref('WY')}，未影响营业。",
                "交接：保险柜钥匙已交主管，尾箱核对无误。",
            )
        )
    ]


def zh_atm_pos(g: Gen) -> list[Part]:
    return [
        "人民广场地铁站B口那台ATM吞了我的卡，卡号",
        (g.unionpay(), BA),
        "，钱也没吐出来，我叫",
        (g.zh_person(), P),
        "，电话",
        (g.zh_mobile(), PH),
    ]


def zh_atm_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"{g.pick(('火车站东广场', '万达广场一楼', '市二医院门诊大厅'))}的ATM取款机今天"
                f"{g.pick(('上午', '下午', '傍晚'))}故障，已派工程师，单号{g.ref('ATM')}。",
                "ATM吞卡后多久可以去网点领回？需要带什么证件？",
            )
        )
    ]


def zh_cheque_pos(g: Gen) -> list[Part]:
    return [
        "支票影像识别：收款人 ",
        (g.zh_name(), P),
        " | 金额 叁仟元整 | 出票人账号 ",
        (g.unionpay(), BA),
        " | 置信度0.79",
    ]


def zh_cheque_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "支票影像识别：收款人 "
                f"{g.pick(('国家税务总局杭州市税务局', '城市燃气集团', '市红十字会'))} | "
                f"金额 {g.yuan()} | 支票号 {g.r.randint(10000000, 99999999)}",
                "转账支票提示付款期限是几天？过期了还能用吗？",
            )
        )
    ]


def zh_callback_pos(g: Gen) -> list[Part]:
    return [
        "前台留言：",
        (g.zh_titled(), P),
        "上午来电找理财经理，说是大额存单到期的事，请回电",
        (g.zh_mobile(), PH),
        "，或座机",
        (g.zh_landline(), PH),
        "。",
    ]


def zh_callback_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "前台留言：顺丰快递下午送来两箱宣传册，已放后台。",
                "街道办来电说下周消防检查，请行长回电街道办公室。",
            )
        )
    ]


def zh_bot_pos(g: Gen) -> list[Part]:
    born = g.date_parts()
    return [
        "智能客服：抱歉没能理解您的问题，正在为您转接人工。\n人工坐席：您好，请提供姓名和身份"
        "证号。\n客户：",
        (g.zh_name(), P),
        "，",
        (g.cn_id(born=born), CID),
        "\n客户：出生日期是",
        (g.zh_dob(born=born), DOB),
    ]


def zh_bot_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "智能客服：您好，请问有什么可以帮您？\n客户：转人工\n智能客服：当前排队人数较"
                f"多，预计等待{g.r.randint(2, 20)}分钟。",
                f"客户：{g.pick(('卡被冻结了', '怎么扣了两次钱', '理财能提前赎回吗'))}\n智能客服"
                "：正在为您转接人工客服。\n"
                "人工坐席：您好，这里是信用卡中心，请问遇到什么问题？",
                "客户：信用卡还款日能改吗？\n智能客服：每年可修改一次，请在App“账单设置”中操作。",
            )
        )
    ]


def zh_openbanking_pos(g: Gen) -> list[Part]:
    return [
        "授权记录：用户",
        (g.zh_name(), P),
        "同意记账助手读取账户",
        (g.unionpay(), BA),
        "的余额与交易明细，有效期90天，登录设备IP ",
        (g.ip(), IP),
        "。",
    ]


def zh_openbanking_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"{g.pick(('记账助手', '随手理财', '个税小管家'))}申请获取：账户名称、余额、近"
                f"{g.pick(('90', '180', '365'))}"
                "天交易明细。您可随时在“设置-授权管理”中取消授权。",
                "开放银行接口将于今晚02:00至03:30维护，期间第三方应用可能无法查询余额。",
            )
        )
    ]


def zh_mandate_pos(g: Gen) -> list[Part]:
    if g.r.random() < 0.5:
        return [
            "代扣协议\n付款人：",
            (g.zh_name(), P),
            "\n付款账号：",
            (g.unionpay(), BA),
            "\n收款单位：城市燃气集团\n联系电话：",
            (g.zh_mobile(), PH),
        ]
    return [
        "定期转账委托书：委托人",
        (g.zh_name(), P),
        "每月5日从本人信用卡",
        (g.card("up"), CC),
        "还款，委托人出生日期",
        (g.zh_dob(), DOB),
        "。",
    ]


def zh_mandate_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                "代扣协议\n收款单位："
                f"{g.pick(('城市自来水有限公司', '国网电力', '中国移动'))}\n业务编号："
                f"{g.ref('DK')}\n签约渠道：{g.pick(('手机银行', '柜面', '微信银行'))}",
                "定期转账可以设置每周一次吗？最多能设几笔？",
            )
        )
    ]


def zh_screening_pos(g: Gen) -> list[Part]:
    return [
        "筛查备注：新开户客户",
        (g.zh_name(), P),
        "，出生日期",
        (g.zh_dob(), DOB),
        "，与政要名单中",
        g.pick(PUBLIC_ZH),
        "同姓近名，经核对出生日期与国籍不符，排除。",
    ]


def zh_screening_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"制裁名单周更新：新增{g.r.randint(3, 30)}条，删除{g.r.randint(0, 9)}条，本行客"
                "户无命中。",
                f"政要名单刷新：{g.pick(PUBLIC_ZH)}列入国内政要，未发现关联客户。",
            )
        )
    ]


def zh_registry_pos(g: Gen) -> list[Part]:
    return [
        "股东名册通知：尊敬的",
        (g.zh_name(), P),
        "股东，您的现金红利",
        g.yuan(),
        "将划入",
        (g.unionpay(), BA),
        "，如地址有变请更正，现登记地址为",
        (g.zh_address(), AD),
        "。",
    ]


def zh_registry_neg(g: Gen) -> list[Part]:
    figure = g.pick(PUBLIC_ZH)
    return [
        g.pick(
            (
                f"新闻稿：本行与{figure}出席的数字金融论坛签署合作协议，媒体垂询请联系 "
                "media@stewardbank.cn。",
                f"年报节选：报告期内董事会召开会议{g.r.randint(8, 14)}次，董事长致辞见第"
                f"{g.r.randint(3, 9)}页。",
                f"读书会三月书单：《西游记》，重温{g.pick(FICTIONAL_ZH)}的故事。",
            )
        )
    ]


ZH_GENRES: dict[str, tuple[Template, Template]] = {
    "care_home": (zh_care_pos, zh_care_neg),
    "crowdfund": (zh_crowdfund_pos, zh_crowdfund_neg),
    "student": (zh_student_pos, zh_student_neg),
    "forces": (zh_forces_pos, zh_forces_neg),
    "club": (zh_club_pos, zh_club_neg),
    "bookkeeper": (zh_bookkeeper_pos, zh_bookkeeper_neg),
    "lawyer_agent": (zh_lawyer_pos, zh_lawyer_neg),
    "house_move": (zh_move_pos, zh_move_neg),
    "invoice": (zh_invoice_pos, zh_invoice_neg),
    "branch_log": (zh_branch_pos, zh_branch_neg),
    "atm": (zh_atm_pos, zh_atm_neg),
    "cheque_ocr": (zh_cheque_pos, zh_cheque_neg),
    "callback": (zh_callback_pos, zh_callback_neg),
    "bot_handover": (zh_bot_pos, zh_bot_neg),
    "open_banking": (zh_openbanking_pos, zh_openbanking_neg),
    "mandate": (zh_mandate_pos, zh_mandate_neg),
    "screening": (zh_screening_pos, zh_screening_neg),
    "registry": (zh_registry_pos, zh_registry_neg),
}


# --------------------------------------------------------------------------- more variants


def en_crowdfund_pos2(g: Gen) -> list[Part]:
    who = g.name()
    return [
        "Medical fundraiser for my husband ",
        (g.name("m"), P),
        " — donors keep asking where to send bank transfers. Can I give them ",
        (g.iban(), IB),
        " safely? I'm ",
        (who, P),
        ", ",
        (g.email(*who.split()), EM),
    ]


def en_care_pos2(g: Gen) -> list[Part]:
    return [
        "care home invoice came back unpaid again. dad is ",
        (g.name("m"), P),
        ", dob ",
        (g.en_dob(1920, 1945), DOB),
        ", his card ",
        (g.card("mc"), CC),
        " was replaced last month so the home has the old one. pls ring ",
        (g.uk_mobile(), PH),
    ]


def en_club_pos2(g: Gen) -> list[Part]:
    return [
        "I'm the secretary of the Ravenscar Bowls Club. Our chair ",
        (g.name("m"), P),
        " has passed away and the bank still lists his home, ",
        (g.uk_address(), AD),
        ", as the club's correspondence address. Please use mine instead: ",
        (g.uk_address(), AD),
        ". ",
        (g.name(), P),
    ]


def en_bookkeeper_pos2(g: Gen) -> list[Part]:
    client = g.name("f")
    return [
        "Writing on behalf of my client ",
        (client, P),
        " (self-assessment). HMRC's refund was sent to ",
        (g.uk_account(), BA),
        " which she closed in 2024. Her new e-mail is ",
        (g.email(*client.split()), EM),
        ". Signed authority attached.",
    ]


def en_atm_pos2(g: Gen) -> list[Part]:
    who = g.name()
    return [
        "Disputing a withdrawal of £300 at the cash machine inside Morrisons, Kingsway, at 23:14 "
        "— I was at home. Card ",
        (g.card(), CC),
        ". Name on account ",
        (who, P),
        ", home address ",
        (g.en_address(), AD),
        ".",
    ]


def en_callback_pos2(g: Gen) -> list[Part]:
    return [
        "Left with reception 16:05 — Mrs ",
        (g.last(), P),
        " wants a call back about her late husband's ISA. Number: ",
        (g.uk_mobile(), PH),
        ". Prefers mornings.",
    ]


def en_move_pos2(g: Gen) -> list[Part]:
    who = g.name()
    return [
        "We've moved to the States for my job. Please update my correspondence address to ",
        (g.us_address(), AD),
        " and my number to ",
        (g.us_phone(), PH),
        ". Name: ",
        (who, P),
        ", date of birth ",
        (g.en_dob(1960, 2000), DOB),
        ".",
    ]


def en_forces_pos3(g: Gen) -> list[Part]:
    return [
        "BFPO mail keeps bouncing. Lt ",
        (g.name("m"), P),
        " asked us (his parents) to receive his new card. Our address is ",
        (g.uk_address(), AD),
        " and my e-mail ",
        (g.email(g.first(), g.last()), EM),
        ".",
    ]


def en_registry_pos2(g: Gen) -> list[Part]:
    who = g.name()
    return [
        "Please register the transfer of 1,200 shares from my late aunt ",
        (g.name("f"), P),
        " into my name, ",
        (who, P),
        ". Shareholder reference SRN C0048812. Contact ",
        (g.uk_mobile(), PH),
        ".",
    ]


def en_generic_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"Can you confirm you received my form? Ref {g.ref('SB')}, sent on "
                f"{g.event_date()}.",
                "Your branch at 22 Fenwick Street was lovely this morning, thanks to the team.",
                f"The helpline 0800 028 {g.r.randint(1000, 9999)} kept me on hold for 40 minutes.",
                f"Is the {g.pick(('Leicester', 'Chester', 'Truro', 'Perth'))} branch open on bank "
                "holidays?",
                "Please pass this to the complaints team at complaints@stewardbank.co.uk.",
                f"I paid {g.money()} on {g.event_date()} and it still shows as pending.",
            )
        )
    ]


def zh_care_pos2(g: Gen) -> list[Part]:
    return [
        "我爸",
        (g.zh_name("m"), P),
        "在康乐护理院，出生",
        (g.zh_dob(1930, 1950), DOB),
        "，院里说这个月床位费没扣成功，是不是他那张信用卡",
        (g.card("up"), CC),
        "过期了？我电话",
        (g.zh_mobile(), PH),
    ]


def zh_student_pos2(g: Gen) -> list[Part]:
    return [
        "我女儿",
        (g.zh_name("f"), P),
        "今年上大一，想给她办张副卡，她的身份证",
        (g.cn_id(2005, 2008), CID),
        "，学校地址不收快递，寄到家里",
        (g.zh_address(), AD),
        "吧",
    ]


def zh_club_pos2(g: Gen) -> list[Part]:
    return [
        "广场舞队的活动经费放在队长",
        (g.zh_titled(), P),
        "个人卡上不太合适，想开个社团账户，财务",
        (g.zh_name(), P),
        "，邮箱",
        (g.zh_email(), EM),
        "。",
    ]


def zh_atm_pos2(g: Gen) -> list[Part]:
    return [
        "昨晚在工商银行旁边的自助银行取款2000，ATM显示成功但没出钞，我的卡",
        (g.unionpay(), BA),
        "，身份证",
        (g.cn_id(), CID),
        "，请尽快处理。",
        (g.zh_name(), P),
    ]


def zh_callback_pos2(g: Gen) -> list[Part]:
    return [
        "前台记录：",
        (g.zh_name(), P),
        "下午三点来访，想咨询房贷提前还款，留了电话",
        (g.zh_mobile(), PH),
        "，家住",
        (g.zh_address(), AD),
        "。",
    ]


def zh_move_pos2(g: Gen) -> list[Part]:
    return [
        "老家拆了搬到城里，社保卡和存折地址都要改：新地址",
        (g.zh_address(), AD),
        "。存折户名",
        (g.zh_name(), P),
        "，出生",
        (g.zh_dob(1945, 1975), DOB),
    ]


def zh_forces_pos3(g: Gen) -> list[Part]:
    return [
        "退役军人",
        (g.zh_name(), P),
        "申请安置补助入账，卡号",
        (g.unionpay(), BA),
        "，联系人",
        (g.zh_titled(), P),
        "，电话",
        (g.zh_landline(), PH),
    ]


def zh_registry_pos2(g: Gen) -> list[Part]:
    return [
        "股权登记变更：原股东",
        (g.zh_name(), P),
        "所持股份由继承人",
        (g.zh_name(), P),
        "承继，继承人身份证",
        (g.cn_id(), CID),
        "，手机",
        (g.zh_mobile(), PH),
        "。",
    ]


def zh_generic_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            (
                f"我{g.zh_date()}交的材料收到了吗？业务编号{g.ref('YW')}。",
                f"客服热线95{g.r.randint(500, 599)}打了半天打不通，能不能加点人手。",
                f"请问{g.pick(('朝阳', '滨江', '高新', '天河'))}支行周六营业吗？",
                "投诉请发到 tousu@stewardbank.cn，我们会在五个工作日内回复。",
                f"上周转了{g.yuan()}，到现在还显示处理中。",
                "网点的大堂经理服务很好，点个赞。",
            )
        )
    ]


EXTRA_POS: dict[str, dict[str, list[Template]]] = {
    "en": {
        "crowdfund": [en_crowdfund_pos2],
        "care_home": [en_care_pos2],
        "club": [en_club_pos2],
        "bookkeeper": [en_bookkeeper_pos2],
        "atm": [en_atm_pos2],
        "callback": [en_callback_pos2],
        "house_move": [en_move_pos2],
        "forces": [en_forces_pos3],
        "registry": [en_registry_pos2],
    },
    "zh": {
        "care_home": [zh_care_pos2],
        "student": [zh_student_pos2],
        "club": [zh_club_pos2],
        "atm": [zh_atm_pos2],
        "callback": [zh_callback_pos2],
        "house_move": [zh_move_pos2],
        "forces": [zh_forces_pos3],
        "registry": [zh_registry_pos2],
    },
}
# Short everyday PII-free messages that fit any chatty genre (besides each genre's own).
GENERIC_NEG: dict[str, Template] = {"en": en_generic_neg, "zh": zh_generic_neg}

NEGATIVE_SHARE = 0.3
# Form-like genres keep their header; the others sometimes get a greeting and a sign-off.
FORM_LIKE = {
    "invoice",
    "mandate",
    "cheque_ocr",
    "bot_handover",
    "open_banking",
    "branch_log",
    "screening",
}
OPENERS = {
    "en": ("Hi,\n", "Hello there, ", "Good morning. ", "Quick one: ", "Re: your message — "),
    "zh": ("您好，", "你好，", "麻烦问一下，", "客服你好！", "在吗？"),
}
CLOSERS = {
    "en": ("\nThanks", " Many thanks.", "\n\nSent from my iPhone", " Cheers", " Kind regards"),
    "zh": ("谢谢！", "麻烦了", "急，谢谢", "\n发自我的手机", "🙏"),
}

# --------------------------------------------------------------------------- assembly


def compose(parts: list[Part]) -> tuple[str, list[dict[str, object]]]:
    """Join the parts; each (value, label) part becomes a span exactly on its value."""
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return text, spans


def generate(n: int = 600, seed: int = 20047) -> list[Row]:
    """``n`` messages (half English, half Chinese; 30% of each PII-free), deterministic in
    ``seed``."""
    rng = random.Random(seed)
    g = Gen(rng)
    rows: list[Row] = []
    seen: set[str] = set()
    index = 0
    for lang, genres in (("en", EN_GENRES), ("zh", ZH_GENRES)):
        count = n // 2 if lang == "en" else n - n // 2
        negatives = round(count * NEGATIVE_SHARE)
        flags = [True] * negatives + [False] * (count - negatives)
        rng.shuffle(flags)
        names = list(genres)
        order: list[str] = []
        while len(order) < count:
            batch = names[:]
            rng.shuffle(batch)
            order += batch
        for negative, genre in zip(flags, order, strict=False):
            positive_t, negative_t = genres[genre]
            if negative:
                use_generic = genre not in FORM_LIKE and rng.random() < 0.25
                template = GENERIC_NEG[lang] if use_generic else negative_t
            else:
                template = rng.choice([positive_t, *EXTRA_POS[lang].get(genre, [])])
            parts = template(g)
            for _ in range(6):  # a PII-free message already in the set: draw another
                if not negative or compose(parts)[0] not in seen:
                    break
                generic = genre not in FORM_LIKE and rng.random() < 0.5
                parts = (GENERIC_NEG[lang] if generic else negative_t)(g)
            seen.add(compose(parts)[0])
            if genre not in FORM_LIKE and rng.random() < 0.4:
                parts = [rng.choice(OPENERS[lang]), *parts]
            if genre not in FORM_LIKE and rng.random() < 0.3:
                closer = rng.choice(CLOSERS[lang])
                last = compose(parts)[0][-1]
                if lang == "zh" and closer[0] != "\n" and last not in "。！？!?🙏":
                    closer = "，" + closer
                parts = [*parts, closer]
            text, spans = compose(parts)
            rows.append(
                {
                    "id": f"v20-{lang}-{genre}-{index:04d}",
                    "text": text,
                    "lang": lang,
                    "spans": [] if negative else spans,
                }
            )
            index += 1
    return rows


def stats(rows: list[Row]) -> dict[str, object]:
    labels: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    for row in rows:
        lang = str(row["lang"])
        by_lang[lang] += 1
        genres[f"{lang}/{str(row['id']).split('-')[2]}"] += 1
        spans = row["spans"]
        assert isinstance(spans, list)
        if not spans:
            negatives[lang] += 1
        for span in spans:
            labels[f"{lang}/{span['label']}"] += 1
    return {
        "rows": len(rows),
        "per_language": dict(by_lang),
        "pii_free": dict(negatives),
        "labels": dict(sorted(labels.items())),
        "genres": dict(sorted(genres.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=20047)
    parser.add_argument("--stats", action="store_true", help="print counts instead of rows")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print(json.dumps(stats(rows), indent=2, ensure_ascii=False))
        return
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
