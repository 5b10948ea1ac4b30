"""Twenty-first independent bilingual PII set (v21), written blind.

    python benchmarks/pii_heldout21/generator.py [--n 600] [--seed 21053] [--stats]

Written after the twentieth set had been measured, with only ``benchmarks/pii_quality.py``,
``README.md`` and ``pyproject.toml`` read: every template, name list and checksum helper here
is this module's own. It is a *test* split: measured once, never tuned on.

``generate(n, seed)`` returns ``n`` rows ``{"id", "text", "lang", "spans"}``, half English and
half Chinese; in each language 30% of the messages carry no personal data (hard negatives in the
same genres). Ids read ``v21-{lang}-{genre}-{index:04d}`` (index counts rows of that language).

Genres (new ground): rural banking (harvest loans, livestock insurance, land-lease rent), tour
groups booked through agencies, wedding and funeral planners, sports clubs and coaches, music
teachers and tutors invoicing parents, dentists and opticians, car dealers and garages, builders'
quotes, couriers' failed-delivery notes, satisfaction-survey free text, app-store reviews,
social-media replies, residents' association minutes, HR onboarding, branch lost-and-found,
translation requests, job applications, mortgage-broker fact-finds, trusts and foundations,
pawnbrokers, prize winnings, airline/hotel refunds; in Chinese 春耕贷/养殖保险/土地流转, 旅行社团费,
婚庆/殡葬, 体育俱乐部, 钢琴/家教, 牙科/眼镜店, 4S店/修车厂, 装修报价, 快递未妥投, 满意度调查,
应用商店评论, 微博评论区, 业委会纪要, 入职登记, 失物招领, 外文信件翻译, 应聘简历, 房贷经纪,
家族信托, 典当行, 彩票中奖, 机票酒店退款, and 反诈知识问答 among the negatives.

Labels are those the scorer scores: PERSON, ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD,
IBAN_CODE, US_SSN, CN_ID_CARD, BANK_ACCOUNT, IP_ADDRESS, DATE_OF_BIRTH. Conventions followed
(README / scorer) and decided here where they are silent:

* PERSON covers a private person's name as written. English honorifics (Mr, Mrs, Dr, Coach) stay
  outside the span; a Chinese name with its title (``王女士``, ``刘教练``) is spanned with the
  title, as v5 did. A bare title (``先生``, "the householder") is not a name. Public figures,
  fictional characters, firms, brands, shops, hotels, family trusts and streets named after
  people, and public app-store / Weibo handles (``@tractor_tess``) are never spanned.
* ADDRESS is a person's home, old or new, or the place a private person has work done or a
  parcel left, from the house number to the postcode (English) or from the province/city to the
  room or ``号`` (Chinese); it ends before the sentence's full stop. Business premises (a
  garage, a branch, a clinic, a co-operative's depot, a hotel) and fictional addresses
  (221B Baker Street) are not spanned.
* PHONE_NUMBER is a person's own number (mobile or home line, extension included). Hotlines,
  switchboards, shops' and firms' lines (0345/0800/400/95xxx and the like) are not.
* EMAIL_ADDRESS is a person's mailbox; role mailboxes (``bookings@``, ``kefu@``) are not.
* BANK_ACCOUNT is a person's account number (UK: the 8 digits, the sort code stays outside;
  US: the account, the routing number stays outside); a UnionPay ``62…`` debit card with no
  credit cue is a BANK_ACCOUNT (issue 18). A firm's or club's account (对公账户) is not spanned.
* CREDIT_CARD is a Luhn-valid full card number near a credit cue; masked cards (``**** 4417``,
  ``尾号 4417``) are not spanned. IBAN_CODE is a person's IBAN in print or electronic form.
* DATE_OF_BIRTH is a birth date only; event, travel, meeting and payment dates are not spanned.
  A CN ID's birth digits match the DOB beside it.
* IP_ADDRESS is a customer's device address; Weibo's ``IP属地：浙江`` is a province, not spanned.
* Numbers are made with real checksums written here: Luhn, IBAN mod-97, GB 11643 (check X
  included), SSA SSN rules (no 000/666/9xx area, no 00 group, no 0000 serial). References,
  booking codes and order numbers in the negatives are Luhn-invalid where they are 13–19 digits.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
Part = str | tuple[str, str]
Template = Callable[["Kit"], list[Part]]

PER = "PERSON"
ADDR = "ADDRESS"
TEL = "PHONE_NUMBER"
MAIL = "EMAIL_ADDRESS"
CARD = "CREDIT_CARD"
IBAN = "IBAN_CODE"
SSN = "US_SSN"
CNID = "CN_ID_CARD"
ACCT = "BANK_ACCOUNT"
IP = "IP_ADDRESS"
DOB = "DATE_OF_BIRTH"
LABELS = (PER, ADDR, TEL, MAIL, CARD, IBAN, SSN, CNID, ACCT, IP, DOB)

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
    digits = [c for c in number if c.isdigit()]
    return len(digits) > 1 and luhn_digit("".join(digits[:-1])) == digits[-1]


def iban_check(country: str, bban: str) -> str:
    """The two check digits of an IBAN (ISO 13616 mod 97)."""
    moved = bban + country + "00"
    as_digits = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(as_digits) % 97:02d}"


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return len(compact) > 14 and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


GB11643_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]


def cn_id_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, GB11643_WEIGHTS, strict=True))
    value = (12 - s % 11) % 11
    return "X" if value == 10 else str(value)


def cn_id_ok(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and cn_id_check(number[:17]) == number[17]


def ssn_ok(ssn: str) -> bool:
    digits = ssn.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


# ---------------------------------------------------------------- name lists (own)

EN_GIVEN = [
    "Harriet",
    "Owen",
    "Priya",
    "Tomasz",
    "Grace",
    "Callum",
    "Niamh",
    "Yusuf",
    "Eleanor",
    "Marcus",
    "Chloe",
    "Rhys",
    "Amara",
    "Jonah",
    "Freya",
    "Kwame",
    "Isla",
    "Mateo",
    "Leah",
    "Declan",
    "Hamish",
    "Imogen",
    "Farah",
    "Ravi",
    "Bethan",
    "Gareth",
    "Rosalind",
    "Tobias",
    "Nadia",
    "Elliot",
    "Maeve",
    "Kofi",
    "Sunita",
    "Aled",
    "Martha",
    "Dominic",
    "Ines",
    "Joel",
    "Lorna",
    "Idris",
    "Poppy",
    "Anil",
    "Wren",
    "Fergus",
    "Delphine",
    "Tariq",
    "Hollie",
    "Emeka",
    "Bronwen",
    "Luca",
]
EN_SURNAME = [
    "Pemberton",
    "Okafor",
    "Lindqvist",
    "Haworth",
    "Dobson",
    "Kaur",
    "Mensah",
    "Whitlock",
    "Fairbairn",
    "Kowalczyk",
    "Rahman",
    "Oyelaran",
    "Gallagher",
    "Thackeray",
    "Brennan",
    "Ashdown",
    "Moreau",
    "Pryce",
    "Mackintosh",
    "Sandoval",
    "Holloway",
    "Ferreira",
    "Quigley",
    "Lennox",
    "Abernethy",
    "Chaudhry",
    "Winslow",
    "Iqbal",
    "Cartwright",
    "Delaney",
    "Nwosu",
    "Llewellyn",
    "Bianchi",
    "Ridley",
    "Szabo",
    "Tremayne",
    "Varga",
    "Ogunleye",
    "Hendry",
    "Castellano",
    "McAllister",
    "O'Rourke",
    "Sutcliffe",
    "Bhattacharya",
    "Greaves",
    "Kinsella",
    "Achterberg",
    "Maddox",
    "Rowntree-Hale",
    "Yeo",
]
ZH_SURNAME = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万严覃戴莫孔汤"
)
ZH_GIVEN = [
    "建国",
    "秀英",
    "丽娟",
    "志强",
    "海燕",
    "晓东",
    "雨桐",
    "子轩",
    "思远",
    "婉清",
    "国栋",
    "春梅",
    "立新",
    "佳怡",
    "文博",
    "慧敏",
    "德胜",
    "玉兰",
    "浩然",
    "欣悦",
    "振华",
    "美玲",
    "俊杰",
    "淑芬",
    "一鸣",
    "梓涵",
    "红霞",
    "永刚",
    "晨曦",
    "明辉",
    "磊",
    "静",
    "洋",
    "芳",
    "勇",
    "娜",
    "涛",
    "敏",
    "军",
    "艳",
    "鹏",
    "婷",
    "桂香",
    "长顺",
    "宏宇",
    "若曦",
    "家豪",
    "翠萍",
    "守田",
    "满仓",
]
ZH_TITLES = ("先生", "女士", "老师", "阿姨", "师傅", "经理", "教练", "医生", "大爷")

# ---------------------------------------------------------------- places (own)

UK_STREETS = [
    "Hawthorn",
    "Close",
    "Mill",
    "Lane",
    "Tanners",
    "Row",
    "Orchard",
    "Rise",
    "Kingfisher",
    "Way",
    "Larch",
    "Grove",
    "Quarry",
    "Road",
    "Bramble",
    "Court",
    "Chapel",
    "Street",
    "Ferry",
    "Lane",
    "Wheatsheaf",
    "Drive",
    "Sorrel",
    "Gardens",
    "Coldharbour",
    "Lane",
    "Pennine",
    "View",
    "Heron",
    "Walk",
    "Cobblers",
    "Yard",
]
UK_STREETS = [" ".join(UK_STREETS[i : i + 2]) for i in range(0, len(UK_STREETS), 2)]
UK_TOWNS = (
    ("Ludlow", "SY8"),
    ("Hexham", "NE46"),
    ("Bideford", "EX39"),
    ("Oswestry", "SY11"),
    ("Thirsk", "YO7"),
    ("Brecon", "LD3"),
    ("Kendal", "LA9"),
    ("Leominster", "HR6"),
    ("Stamford", "PE9"),
    ("Leeds", "LS6"),
    ("Bristol", "BS5"),
    ("Glasgow", "G12"),
)
US_PLACES = (
    ("Boise", "ID", "837"),
    ("Fargo", "ND", "581"),
    ("Ames", "IA", "500"),
    ("Spokane", "WA", "992"),
    ("Tulsa", "OK", "741"),
    ("Lancaster", "PA", "176"),
    ("Madison", "WI", "537"),
    ("Fresno", "CA", "937"),
)
US_STREETS = (
    "Maple Ridge Dr",
    "Cottonwood Ave",
    "N 14th St",
    "Prairie View Rd",
    "Sycamore Ln",
    "Old Mill Rd",
    "Harvest Moon Ct",
    "E Jefferson Blvd",
)
US_AREA = ("208", "701", "515", "509", "918", "717", "608", "559", "312", "617", "512")
ZH_PLACES = (
    ("浙江省湖州市安吉县", "330523"),
    ("四川省成都市武侯区", "510107"),
    ("江苏省苏州市昆山市", "320583"),
    ("山东省青岛市市南区", "370202"),
    ("湖北省武汉市江岸区", "420102"),
    ("广东省深圳市南山区", "440305"),
    ("河南省周口市鹿邑县", "411628"),
    ("黑龙江省绥化市望奎县", "231221"),
    ("陕西省西安市雁塔区", "610113"),
    ("北京市朝阳区", "110105"),
    ("上海市徐汇区", "310104"),
    ("云南省大理白族自治州大理市", "532901"),
)
ZH_ROADS = (
    "漕溪北路",
    "人民南路",
    "解放大道",
    "科苑路",
    "长江中路",
    "建设东路",
    "文化路",
    "新华街",
)
ZH_VILLAGES = ("阳光村", "柳树屯村", "石桥村", "东湾村", "红星村", "杏花村")
ZH_TOWNS = ("递铺街道", "后所镇", "太平乡", "城关镇", "灵峰街道")


class Kit:
    """Random values for one language's messages, all with valid checksums."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)

    def digits(self, k: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(k))

    # --- English
    def first(self) -> str:
        return self.pick(EN_GIVEN)

    def last(self) -> str:
        return self.pick(EN_SURNAME)

    def name(self) -> str:
        return f"{self.first()} {self.last()}"

    def uk_mobile(self) -> str:
        body = self.pick(("74", "75", "77", "78", "79")) + self.digits(8)
        style = self.r.randrange(3)
        if style == 0:
            return f"0{body[:4]} {body[4:]}"
        if style == 1:
            return f"+44 {body[:4]} {body[4:7]} {body[7:]}"
        return "0" + body

    def uk_landline(self) -> str:
        return f"01{self.r.randint(200, 999)} {self.r.randint(200000, 899999)}"

    def us_phone(self) -> str:
        area, mid, end = self.pick(US_AREA), self.r.randint(201, 989), self.digits(4)
        return self.pick((f"({area}) {mid}-{end}", f"{area}-{mid}-{end}", f"{area}.{mid}.{end}"))

    def uk_address(self) -> str:
        town, district = self.pick(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        postcode = f"{district} {self.r.randint(1, 9)}{self.pick(letters)}{self.pick(letters)}"
        house = self.pick((str(self.r.randint(1, 140)), f"Flat {self.r.randint(1, 12)}, "))
        if house.startswith("Flat"):
            house += str(self.r.randint(2, 90))
        return f"{house} {self.pick(UK_STREETS)}, {town} {postcode}"

    def us_address(self) -> str:
        city, state, zip3 = self.pick(US_PLACES)
        number, street = self.r.randint(100, 9899), self.pick(US_STREETS)
        return f"{number} {street}, {city}, {state} {zip3}{self.digits(2)}"

    def email(self, first: str, last: str) -> str:
        last_ = last.lower().replace("'", "").replace("-", "")
        local = self.pick(
            (
                f"{first.lower()}.{last_}",
                f"{first[0].lower()}{last_}{self.r.randint(2, 99)}",
                f"{first.lower()}_{last_[:4]}",
                f"{last_}.{first.lower()}{self.r.randint(70, 99)}",
            )
        )
        domain = self.pick(
            ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "proton.me")
        )
        return f"{local}@{domain}"

    def card(self) -> str:
        kind = self.r.randrange(3)
        if kind == 0:
            body = "4" + self.digits(14)
        elif kind == 1:
            body = str(self.r.randint(51, 55)) + self.digits(13)
        else:
            body = self.pick(("34", "37")) + self.digits(12)
            full = body + luhn_digit(body)
            return f"{full[:4]} {full[4:10]} {full[10:]}"
        full = body + luhn_digit(body)
        sep = self.pick((" ", "-", ""))
        return sep.join(full[i : i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        country = self.pick(("GB", "DE", "IE", "CH", "AE"))
        if country in ("GB", "IE"):
            bank = "".join(self.r.choice("ABCDEFGHJKLMNPRSTUWY") for _ in range(4))
            bban = bank + self.digits(14)
        elif country == "DE":
            bban = self.digits(18)
        elif country == "CH":
            bban = self.digits(17)
        else:
            bban = self.digits(19)
        compact = country + iban_check(country, bban) + bban
        if self.r.random() < 0.6:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return compact

    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.r.randint(1, 99), self.r.randint(1, 9999)
        sep = self.pick(("-", "-", " "))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def ip(self) -> str:
        first = self.pick(("81", "86", "92", "109", "151", "176", "212", "217", "73", "98"))
        return f"{first}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"

    def sort_code(self) -> str:
        return f"{self.r.randint(10, 89)}-{self.r.randint(10, 99)}-{self.r.randint(10, 99)}"

    def uk_account(self) -> str:
        return str(self.r.randint(10000000, 99999999))

    def us_account(self) -> str:
        return self.digits(self.r.randint(9, 12)).lstrip("0") or "7"

    def birth(self, lo: int = 1948, hi: int = 2004) -> tuple[int, int, int]:
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob_en(self, lo: int = 1948, hi: int = 2004) -> str:
        y, m, d = self.birth(lo, hi)
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
        return self.pick(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {months[m - 1]} {y}",
                f"{months[m - 1]} {d}, {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}.{m:02d}.{y}",
            )
        )

    # --- Chinese
    def zh_name(self) -> str:
        return self.pick(ZH_SURNAME) + self.pick(ZH_GIVEN)

    def zh_titled(self, titles: Sequence[str] = ZH_TITLES) -> str:
        return self.pick(ZH_SURNAME) + self.pick(titles)

    def cn_mobile(self) -> str:
        body = self.pick(
            ("138", "139", "135", "150", "158", "186", "177", "199", "181", "152")
        ) + self.digits(8)
        style = self.r.randrange(4)
        if style == 0:
            return f"{body[:3]} {body[3:7]} {body[7:]}"
        if style == 1:
            return f"{body[:3]}-{body[3:7]}-{body[7:]}"
        if style == 2:
            return f"+86 {body}"
        return body

    def cn_landline(self) -> str:
        code = self.pick(("0571", "028", "0512", "0532", "027", "0755", "0394", "029"))
        return f"{code}-{self.r.randint(2, 8)}{self.digits(7 if len(code) == 3 else 6)}"

    def zh_address(self) -> tuple[str, str]:
        place, area = self.pick(ZH_PLACES)
        if self.r.random() < 0.35 and not place.startswith(("北京", "上海")):
            town, village = self.pick(ZH_TOWNS), self.pick(ZH_VILLAGES)
            text = f"{place}{town}{village}{self.r.randint(1, 9)}组{self.r.randint(1, 60)}号"
        else:
            text = (
                f"{place}{self.pick(ZH_ROADS)}{self.r.randint(1, 999)}号"
                f"{self.r.randint(1, 30)}栋{self.r.randint(1, 3)}单元"
                f"{self.r.randint(1, 32)}0{self.r.randint(1, 4)}室"
            )
        return text, area

    def cn_id(self, area: str, y: int, m: int, d: int, want_x: bool = False) -> str:
        for _ in range(200):
            body = f"{area}{y}{m:02d}{d:02d}{self.digits(3)}"
            check = cn_id_check(body)
            if not want_x or check == "X":
                return body + check
        return body + cn_id_check(body)

    def zh_dob(self, y: int, m: int, d: int) -> str:
        return self.pick(
            (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}{m:02d}{d:02d}")
        )

    def unionpay(self) -> str:
        body = self.pick(
            ("621700", "622202", "622848", "621483", "623058", "621226")
        ) + self.digits(self.r.choice((9, 12)))
        full = body + luhn_digit(body)
        if self.r.random() < 0.5:
            return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
        return full

    def zh_email(self, pinyin: str) -> str:
        return self.pick(
            (
                f"{pinyin}{self.r.randint(60, 99)}@163.com",
                f"{self.r.randint(10000000, 2999999999)}@qq.com",
                f"{pinyin}_{self.digits(3)}@126.com",
                f"{pinyin}.{self.r.randint(1, 9)}@foxmail.com",
            )
        )

    def pinyin(self) -> str:
        return self.pick(
            (
                "zhangli",
                "wanghao",
                "chenjing",
                "liuyang",
                "zhoumin",
                "huangtao",
                "xuefang",
                "linlei",
            )
        )

    # --- look-alikes for negatives (never personal)
    def ref(self, k: int) -> str:
        """A ``k``-digit reference that is not Luhn-valid (so not a card)."""
        while True:
            value = str(self.r.randint(1, 9)) + self.digits(k - 1)
            if not luhn_ok(value):
                return value

    def code(self, k: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(k))

    def uk_hotline(self) -> str:
        return self.pick(
            (
                f"0345 {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
                f"0800 {self.r.randint(100, 999)} {self.r.randint(100, 999)}",
                f"0330 {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}",
            )
        )

    def cn_hotline(self) -> str:
        return self.pick(
            (
                f"400-{self.r.randint(100, 999)}-{self.r.randint(1000, 9999)}",
                f"95{self.r.randint(500, 599)}",
            )
        )

    def event_date_en(self) -> str:
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
        return f"{self.r.randint(1, 28)} {self.pick(months)} 2026"

    def event_date_zh(self) -> str:
        return f"{self.r.randint(2025, 2026)}年{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日"


# ---------------------------------------------------------------- English, with personal data


def en_farm(k: Kit) -> list[Part]:
    name, tel = k.name(), k.uk_mobile()
    if k.r.random() < 0.5:
        return [
            "Harvest loan drawdown request. Applicant: ",
            (name, PER),
            ", ",
            (k.uk_address(), ADDR),
            f". Please release the second tranche (£{k.r.randint(8, 60)},000) for combine hire "
            "before the barley is in; "
            "repayments from the grain cheque in October. Best number is ",
            (tel, TEL),
            ".",
        ]
    return [
        f"Livestock policy claim — {k.r.randint(3, 19)} ewes lost in the snow on the top field. "
        "Policyholder ",
        (name, PER),
        f", flock no. UK{k.r.randint(100000, 999999)}. Land-lease rent from ",
        (k.name(), PER),
        " is paid into sort code ",
        k.sort_code(),
        " account ",
        (k.uk_account(), ACCT),
        "; pay the claim there too please.",
    ]


def en_tour(k: Kit) -> list[Part]:
    lead, a, b = k.name(), k.name(), k.name()
    return [
        f"Group booking {k.code(6)} — Lake Garda, 9 nights, 3 travellers. Lead passenger ",
        (lead, PER),
        " (DOB ",
        (k.dob_en(), DOB),
        "), with ",
        (a, PER),
        " (DOB ",
        (k.dob_en(), DOB),
        ") and ",
        (b, PER),
        ". Balance of the deposit was taken on card ",
        (k.card(), CARD),
        "; the agency wants the cardholder's e-mail, it is ",
        (k.email(lead.split()[0], lead.split()[1]), MAIL),
        ".",
    ]


def en_ceremony(k: Kit) -> list[Part]:
    if k.r.random() < 0.5:
        bride, groom = k.name(), k.name()
        return [
            "Hi, I'm the wedding planner for ",
            (bride, PER),
            " and ",
            (groom, PER),
            ". The couple asked me to move the venue deposit from their joint account to the "
            "caterer. "
            "Their account is ",
            (k.uk_account(), ACCT),
            " (",
            k.sort_code(),
            "). You can confirm with the bride on ",
            (k.uk_mobile(), TEL),
            ".",
        ]
    deceased, son = k.name(), k.name()
    return [
        "Funeral director's invoice for the late ",
        (deceased, PER),
        ", last address ",
        (k.uk_address(), ADDR),
        ". The family asked that it be paid from the estate account; the executor is ",
        (son, PER),
        ", ",
        (k.email(son.split()[0], son.split()[1]), MAIL),
        ".",
    ]


def en_club(k: Kit) -> list[Part]:
    coach, parent = k.name(), k.name()
    return [
        "Under-12s kit money: the coach, ",
        (coach, PER),
        ", collects subs by card reader and it keeps declining. He said to text him on ",
        (k.uk_mobile(), TEL),
        ". I'm ",
        (parent, PER),
        ", my daughter plays on Saturdays. My card is ",
        (k.card(), CARD),
        ".",
    ]


def en_tutor(k: Kit) -> list[Part]:
    tutor, parent, child = k.name(), k.name(), k.first()
    return [
        f"INVOICE — piano lessons, autumn term ({k.r.randint(8, 12)} x 30 min)\nPupil: ",
        (child, PER),
        "\nBill to: ",
        (parent, PER),
        "\n",
        (k.uk_address(), ADDR),
        "\nPay to: ",
        (tutor, PER),
        ", sort code ",
        k.sort_code(),
        ", acc ",
        (k.uk_account(), ACCT),
        "\nQuestions: ",
        (k.email(tutor.split()[0], tutor.split()[1]), MAIL),
    ]


def en_clinic(k: Kit) -> list[Part]:
    patient = k.name()
    return [
        "Dental payment plan form. Patient: ",
        (patient, PER),
        "; date of birth: ",
        (k.dob_en(), DOB),
        "; home phone: ",
        (k.uk_landline(), TEL),
        f". Implant treatment £{k.r.randint(1800, 4200)} over 12 months, "
        "first payment on the card ending 7731.",
    ]


def en_garage(k: Kit) -> list[Part]:
    name = k.name()
    if k.r.random() < 0.5:
        return [
            "Car finance proposal (dealer: Severnside Motors). Customer ",
            (name, PER),
            ", born ",
            (k.dob_en(), DOB),
            ", of ",
            (k.us_address(), ADDR),
            ". SSN ",
            (k.ssn(), SSN),
            ". Mobile ",
            (k.us_phone(), TEL),
            ".",
        ]
    return [
        "The garage charged me twice for the MOT and a new clutch. My name is ",
        (name, PER),
        ", the card was ",
        (k.card(), CARD),
        " and the garage says to ask my bank. Call me on ",
        (k.uk_mobile(), TEL),
        " after 5.",
    ]


def en_builder(k: Kit) -> list[Part]:
    owner, builder = k.name(), k.name()
    return [
        f"QUOTATION Q-{k.r.randint(1000, 9999)}\nFor: ",
        ("Mrs " if k.r.random() < 0.3 else ""),
        (owner, PER),
        ", ",
        (k.uk_address(), ADDR),
        "\nWork: rear extension, knock-through and new roof lights\n"
        f"Total £{k.r.randint(18, 64)},{k.r.randint(100, 999)} inc. VAT, 25% up front\nBuilder: ",
        (builder, PER),
        ", ",
        (k.uk_mobile(), TEL),
        "\n(Customer note: is it safe to send a quarter before they start?)",
    ]


def en_courier(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "Sorry we missed you. We tried to deliver your new debit card for ",
        (name.upper(), PER),
        " at ",
        (k.uk_address(), ADDR),
        f" at {k.r.randint(9, 17)}:{k.r.randint(10, 59)}. Nobody was in and it cannot be left "
        "with a neighbour. Reply with a safe place or call the driver on ",
        (k.uk_mobile(), TEL),
        ".",
    ]


def en_survey(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "Q4. Anything else you'd like to tell us?\nA: the lady at the counter, ",
        (k.first(), PER),
        ", sorted my lost card in ten minutes. I'm ",
        (name, PER),
        " if you want to follow up, ",
        (k.email(name.split()[0], name.split()[1]), MAIL),
        ". happy to be contacted",
    ]


def en_review(k: Kit) -> list[Part]:
    name = k.name()
    return [
        f"★☆☆☆☆ by @{k.pick(('tractor_tess', 'quietcoder', 'mumof3x', 'lunchboxdan'))}\n"
        "App logged me out mid-transfer and now my account is locked. Support said the login came "
        "from ",
        (k.ip(), IP),
        " which is my home broadband!! Account in the name of ",
        (name, PER),
        " if anyone from the bank reads this.",
    ]


def en_social(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "@MeridianBankHelp still waiting on my refund from March, reference is on the letter. I'm ",
        (name, PER),
        ", ring me on ",
        (k.uk_mobile(), TEL),
        " or email ",
        (k.email(name.split()[0], name.split()[1]), MAIL),
        ", don't make me DM for the fifth time",
    ]


def en_minutes(k: Kit) -> list[Part]:
    chair, treas, flat = k.name(), k.name(), k.name()
    return [
        f"Ashgrove Court Residents' Association — minutes, {k.event_date_en()}\nPresent: ",
        (chair, PER),
        " (chair), ",
        (treas, PER),
        " (treasurer), 11 residents.\n3. Service charge: the treasurer reported that ",
        (flat, PER),
        " of ",
        (k.uk_address(), ADDR),
        " has paid the arrears. Refunds to go to ",
        (flat.split()[0], PER),
        "'s account ",
        (k.uk_account(), ACCT),
        ".",
    ]


def en_onboarding(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "NEW STARTER — HR onboarding (US operations)\nLegal name: ",
        (name, PER),
        "\nDate of birth: ",
        (k.dob_en(1965, 2003), DOB),
        "\nSSN: ",
        (k.ssn(), SSN),
        "\nHome address: ",
        (k.us_address(), ADDR),
        "\nSalary account: routing ",
        f"0{k.r.randint(10000000, 99999999)}",
        ", account ",
        (k.us_account(), ACCT),
        "\nEmergency contact: ",
        (k.name(), PER),
        ", ",
        (k.us_phone(), TEL),
    ]


def en_lostfound(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "Branch log, lost property: brown leather purse handed in by a customer at the paying-in "
        "machine. "
        "Inside: a credit card in the name of ",
        (name, PER),
        " (",
        (k.card(), CARD),
        "), a library card and a dental appointment letter addressed to ",
        (k.uk_address(), ADDR),
        ". Card cancelled, owner to be phoned on ",
        (k.uk_landline(), TEL),
        ".",
    ]


def en_translate(k: Kit) -> list[Part]:
    name = k.name()
    return [
        'Can someone translate this letter my mother got from Germany? It says:\n"Guten Tag ',
        (name, PER),
        ", die Rückerstattung wird auf Ihr Konto ",
        (k.iban(), IBAN),
        " überwiesen. Ihre Anschrift: ",
        (k.uk_address(), ADDR),
        '."\nIs it genuine or a scam?',
    ]


def en_jobapp(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "Application: Customer Service Adviser (Leeds contact centre)\n",
        (name, PER),
        "\n",
        (k.uk_address(), ADDR),
        " | ",
        (k.uk_mobile(), TEL),
        " | ",
        (k.email(name.split()[0], name.split()[1]), MAIL),
        "\nSix years at a building society branch, fluent in Polish and English. Referee: ",
        (k.name(), PER),
        ", former branch manager.",
    ]


def en_broker(k: Kit) -> list[Part]:
    a, b = k.name(), k.name()
    return [
        "Fact-find (mortgage broker). Applicant 1: ",
        (a, PER),
        ", DOB ",
        (k.dob_en(1970, 1998), DOB),
        ", self-employed electrician. Applicant 2: ",
        (b, PER),
        ", DOB ",
        (k.dob_en(1970, 1998), DOB),
        ", nurse. Current address ",
        (k.uk_address(), ADDR),
        f" (4 yrs). Deposit £{k.r.randint(20, 90)}k from savings, "
        "gifted part from a parent — letter to follow.",
    ]


def en_trust(k: Kit) -> list[Part]:
    settlor, t1, t2 = k.name(), k.name(), k.name()
    return [
        f"The {settlor.split()[1]} Family Trust (est. 2019): settlor ",
        (settlor, PER),
        ", born ",
        (k.dob_en(1935, 1960), DOB),
        "; trustees ",
        (t1, PER),
        " and ",
        (t2, PER),
        ". Distributions to the beneficiaries go to IBAN ",
        (k.iban(), IBAN),
        ". Correspondence to the first trustee at ",
        (k.email(t1.split()[0], t1.split()[1]), MAIL),
        ".",
    ]


def en_pawn(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "Pledge ticket copy attached. I pawned my late husband's watch and the pawnbroker paid "
        "the loan into ",
        "my account ",
        (k.uk_account(), ACCT),
        ", sort ",
        k.sort_code(),
        ", but it hasn't arrived. Name on the ticket: ",
        (name, PER),
        ", ",
        (k.uk_address(), ADDR),
        ".",
    ]


def en_prize(k: Kit) -> list[Part]:
    name = k.name()
    return [
        f"Prize claim form (state lottery, ${k.r.randint(12, 480)},000 before tax). Winner: ",
        (name, PER),
        "; SSN ",
        (k.ssn(), SSN),
        "; mailing address ",
        (k.us_address(), ADDR),
        "; deposit to checking account ",
        (k.us_account(), ACCT),
        "; phone ",
        (k.us_phone(), TEL),
        ".",
    ]


def en_refund(k: Kit) -> list[Part]:
    name = k.name()
    return [
        "The airline cancelled our flight and promised a refund to the original card, ",
        (k.card(), CARD),
        ", within 7 days. It's been 6 weeks. Booking in the name of ",
        (name, PER),
        ", e-mail ",
        (k.email(name.split()[0], name.split()[1]), MAIL),
        ". Can you raise a chargeback?",
    ]


EN_POSITIVE: dict[str, Template] = {
    "farm": en_farm,
    "tour": en_tour,
    "ceremony": en_ceremony,
    "club": en_club,
    "tutor": en_tutor,
    "clinic": en_clinic,
    "garage": en_garage,
    "builder": en_builder,
    "courier": en_courier,
    "survey": en_survey,
    "review": en_review,
    "social": en_social,
    "minutes": en_minutes,
    "onboarding": en_onboarding,
    "lostfound": en_lostfound,
    "translate": en_translate,
    "jobapp": en_jobapp,
    "broker": en_broker,
    "trust": en_trust,
    "pawn": en_pawn,
    "prize": en_prize,
    "refund": en_refund,
}


# ---------------------------------------------------------------- English, PII-free look-alikes


def en_neg_farm(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Spring sowing loans: bring your IACS receipts to the agricultural desk at Market "
                "Square, Hexham NE46 3NH, "
                f"any Tuesday before {k.event_date_en()}. Questions to farming@meridianbank.co.uk "
                f"or {k.uk_hotline()}.",
                f"Thanks for the livestock insurance quote, ref LV-{k.ref(8)}. We run 140 suckler "
                "cows and the co-op "
                "(Tyne Valley Growers, Station Yard) handles the vet contract. Is bovine TB "
                "covered?",
                "Our land-lease rent goes to the estate office of the Duke of Northumberland "
                f"every Lady Day ({k.r.randint(20, 28)} March). "
                "Can the standing order be moved to the quarter day in June instead?",
            )
        )
    ]


def en_neg_tour(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"Booking {k.code(6)} confirmed: coach departs Victoria Coach Station "
                f"{k.event_date_en()} 07:45, "
                "hotel Marco Polo, Verona. Agency: Sunway Holidays ABTA "
                f"P{k.r.randint(1000, 9999)}, {k.uk_hotline()}.",
                "Is my holiday protected if the tour operator goes bust? The group of six paid "
                "through Thomas Cook "
                "Travel Ltd's successor and the ATOL number on the certificate is "
                f"{k.r.randint(10000, 11999)}.",
                "Card used abroad notice: travelling to Peru with a walking group from "
                f"{k.event_date_en()}, "
                "back three weeks later; the Inca Trail permit agency may take a deposit in soles.",
                f"Group travel desk: for parties of 8 or more call {k.uk_hotline()} or write to "
                "groups@sunwayholidays.co.uk; the Manchester office is at 3 Piccadilly Place, M1 "
                "3BN.",
            )
        )
    ]


def en_neg_ceremony(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"Wedding fair at the Grand Pump Room, Bath, Saturday {k.event_date_en()}: "
                "planners, florists and our "
                "mortgage team on stand 14. Free entry, ask for a savings-goal leaflet.",
                "Funeral costs: the Co-op Funeralcare branch on Bridge Street quoted £4,200 and "
                "said the bank can pay "
                "it from the estate before probate. Is that right, and which form do they need?",
                "Can I pay the wedding venue (Hampton Manor) in two instalments? Invoice "
                f"INV-{k.r.randint(20000, 99999)}, "
                f"first part due {k.event_date_en()}.",
                "In memory of Queen Elizabeth II our branches observed a minute's silence; the "
                "florist who did the window asked to be paid via the business account.",
            )
        )
    ]


def en_neg_club(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Our football club's treasurer has stepped down; who can sign on the club's "
                "business account now? "
                "The AGM is next month, write to secretary@northgatefc.org.uk.",
                "Sponsorship: we are proud to back the Meridian Junior Tennis League. Emma "
                "Raducanu opened last year's "
                f"finals; this year's are on {k.event_date_en()} at the Northgate courts.",
                "Why did the sports shop decline the club card at the tuck shop? Terminal ID "
                f"{k.ref(8)}, "
                f"auth code {k.code(6)}.",
            )
        )
    ]


def en_neg_tutor(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Is it normal for a music school to ask for a term in advance? The Purcell School "
                "of Music sent the "
                f"invoice with reference PSM/{k.r.randint(100, 999)}/{k.code(3)} and bank details "
                "for the school's account.",
                "My son's tutor recommended the Lang Lang piano method books; can I set a monthly "
                "budget for lessons "
                "in the app's savings pots?",
                f"Tutoring agency Bright Minds Ltd charges £{k.r.randint(30, 60)} an hour; their "
                "office is 2 Kings Parade, "
                "Cambridge CB2 1SJ. Should I pay them by transfer or card for buyer protection?",
            )
        )
    ]


def en_neg_clinic(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "The dentist took £319 for a band 3 course of treatment but the NHS price list "
                "says £306.80. "
                f"Payment on {k.event_date_en()} at Parkside Dental Practice; the card ends 2290.",
                "Does my packaged account's insurance cover glasses from Specsavers or only Boots "
                "Opticians? "
                "The optician's appointment is next Thursday at 10:20.",
                "Payment plan query: the clinic's finance partner (Chrysalis Finance) shows "
                "agreement "
                f"{k.ref(10)} twice on my statement.",
                "Dr Martens boots bought online, not a doctor! Why is the payment showing as a "
                "medical merchant on my statement?",
            )
        )
    ]


def en_neg_garage(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "The Ford dealership on Eastgate Road wants a banker's draft for the new Puma. "
                "Can a branch issue one "
                f"the same day? The order number is {k.ref(9)}.",
                f"Garage invoice GR-{k.r.randint(10000, 99999)}: MOT, two tyres, brake pads. Paid "
                "at Halfords Autocentre "
                f"on {k.event_date_en()}; the card terminal printed 'declined' but the money left.",
                "Is the Ferrari experience day in the rewards catalogue still available? The "
                "voucher code is "
                f"{k.code(4)}-{k.code(4)}-{k.code(4)}.",
                "John Lewis finance or the dealer's PCP for a used Rolls-Royce? Asking for a "
                "friend, obviously. Which has the lower APR?",
            )
        )
    ]


def en_neg_builder(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Our roofer wants 50% before starting and only takes bank transfer. Trading as "
                "Bob the Builder "
                "Roofing (yes, really). Is that a red flag?",
                "Builder's merchant Travis Perkins says the trade account payment bounced, ref "
                f"TP{k.ref(9)}; "
                "we are a two-person firm, not sure why.",
                f"Quote for the loft conversion came in at £{k.r.randint(35, 70)},000 from Hartley "
                "& Sons Ltd, "
                "registered office Unit 9, Riverside Industrial Estate. Can we add it to the "
                "mortgage?",
            )
        )
    ]


def en_neg_courier(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"Your parcel {k.code(2)}{k.ref(9)}GB could not be delivered and is at the Kendal "
                "delivery office, "
                "Parkside Road, open 8am–1pm. Bring this card and photo ID.",
                "Got a text saying my card delivery failed and I need to pay a £1.45 redelivery "
                "fee via a link. "
                "The bank never charges for that, right?",
                f"DPD left the card with the neighbour at number 12 on {k.event_date_en()}. Should "
                "I cancel it?",
                "Sherlock Holmes themed card sleeve arrived addressed to 221B Baker Street, "
                "London NW1 6XE — cute marketing, but is the real card coming separately?",
            )
        )
    ]


def en_neg_survey(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Q4. Anything else? A: staff were lovely but the queue was 40 minutes and only "
                "one till open.",
                "Q2. How likely are you to recommend us (0–10)? 7 — the app is better since the "
                "update, but the "
                "chatbot keeps sending me to the FAQ page.",
                "Free text: please bring back the Saturday opening at the Market Street branch, "
                "it's the only day I can go.",
                "What could we do better? — Nothing, Harry Potter could have sorted my mortgage "
                "faster than the chatbot, but the woman on the phone fixed it.",
            )
        )
    ]


def en_neg_review(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"★★★★☆ by @{k.pick(('penny_pincher', 'north_star88', 'kettle_on'))}: face ID "
                "login works a treat now; "
                "lost one star because statements still take ages to download.",
                "★☆☆☆☆ Version 8.14 crashes on my Pixel every time I open Payments. Developer "
                "response: sorry — please "
                "update to 8.14.1 or contact appsupport@meridianbank.co.uk.",
                "★★★★★ Best banking app I've used. Spending pots are basically Monzo-level now.",
            )
        )
    ]


def en_neg_social(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "@MeridianBankHelp Hi there, we're sorry to hear this. Please don't share account "
                "details here — "
                f"send us a DM or call us on {k.uk_hotline()} (8am–8pm).",
                "Loved your Christmas advert with Wallace and Gromit 😂 who picked the song?",
                "Replying to @MeridianBank: is the Liverpool One branch closing too or only the "
                "one on Bold Street?",
            )
        )
    ]


def en_neg_minutes(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"Residents' association, minutes of {k.event_date_en()}. Apologies: two. 1. The "
                "managing agent "
                "(Firstport) will re-quote the lift repair. 2. The treasurer reported £3,412 in "
                "the sinking fund. "
                "Next meeting: the community room, 7pm.",
                "Action points: chair to write to the council about the bins; treasurer to open a "
                "community account "
                "with two signatories; secretary to book the hall for the AGM.",
            )
        )
    ]


def en_neg_onboarding(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Welcome to Meridian! Your first day is Monday. Report to reception at 1 Canal "
                "Wharf, Leeds LS11 5PS "
                "at 9:00 and ask for the People team (onboarding@meridianbank.co.uk).",
                "Onboarding checklist: right-to-work check, payroll form, IT laptop ticket "
                f"INC{k.ref(7)}, "
                f"fire-safety module by {k.event_date_en()}.",
            )
        )
    ]


def en_neg_lostfound(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Lost property at the Bridge Street branch: a blue umbrella, a child's scarf and "
                "a Kindle, handed in on "
                f"{k.event_date_en()}. Items are kept for 28 days.",
                "Did anyone hand in a black wallet at the Northgate branch yesterday afternoon? "
                "I've already frozen "
                "the cards in the app.",
                "Our Hexham branch has moved to 14 Priestpopple, Hexham NE46 1PQ; lost property "
                f"left at the old site after {k.event_date_en()} is kept there.",
            )
        )
    ]


def en_neg_translate(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                'Can you translate this? "Finanzamt München, Deroystraße 18, 80335 München. '
                "Aktenzeichen "
                f"{k.r.randint(100, 999)}/{k.r.randint(100, 999)}/{k.r.randint(10000, 99999)}. "
                "Bitte zahlen Sie bis zum "
                f'{k.r.randint(1, 28)}.{k.r.randint(1, 12)}.2026." Is it a tax bill?',
                "My Spanish bank (CaixaBank, oficina 2100-0813) sent a letter about 'comisión de "
                "mantenimiento'. "
                "What does that mean in English?",
            )
        )
    ]


def en_neg_jobapp(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Vacancy: Branch Adviser, Carlisle (Ref. BA-2026-114). Apply via "
                "careers.meridianbank.co.uk by "
                f"{k.event_date_en()}. We welcome applications from all backgrounds.",
                "Is the graduate scheme open to people on a Skilled Worker visa? The recruiter's "
                "line is "
                f"{k.uk_hotline()} but nobody answers.",
                f"Thank you for applying (candidate ref C-{k.ref(7)}). The assessment centre is at "
                f"our Edinburgh office, 2 Festival Square, EH3 9SU, on {k.event_date_en()}.",
            )
        )
    ]


def en_neg_broker(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"Broker note: 5-year fix at 4.19% (product code MF{k.ref(6)}), £999 fee, max LTV "
                "85%. Valuation by "
                "Countrywide Surveyors. Offer valid until the end of the month.",
                "We're buying a new-build from Barratt Homes, completion expected in the spring. "
                "Does the broker's "
                "fee get refunded if the chain collapses?",
            )
        )
    ]


def en_neg_trust(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Grants: the Joseph Rowntree Foundation and the Nuffield Foundation both ask for "
                "a charity bank "
                f"account; ours is registered charity no. {k.r.randint(1000000, 1199999)}.",
                "Trust accounts need every trustee to be verified. Bring the trust deed and the "
                "latest minutes to "
                "any branch; the Wealth team (trusts@meridianbank.co.uk) can help.",
            )
        )
    ]


def en_neg_pawn(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"Gold was £{k.r.randint(60, 90)}.{k.r.randint(10, 99)} a gram on "
                f"{k.event_date_en()}; H&T Pawnbrokers on "
                "the high street offered less than half. Does the bank do secured loans against "
                "jewellery?",
                f"Pledge no. {k.ref(7)} redeemed, receipt attached. Why is the pawnbroker's refund "
                "still pending?",
            )
        )
    ]


def en_neg_prize(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "I got a letter saying I won the Spanish 'El Gordo' and have to pay a release fee "
                "first. "
                "I never bought a ticket. Scam?",
                f"Premium Bonds prize of £{k.pick(('25', '50', '100'))} in the {k.event_date_en()} "
                "draw; can NS&I pay it "
                "straight into this account?",
            )
        )
    ]


def en_neg_refund(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"Hotel refund: The Savoy cancelled our stay (confirmation {k.ref(10)}) and says "
                "the money was "
                "returned on their side. How long do card refunds take?",
                f"Flight BA{k.r.randint(100, 999)} on {k.event_date_en()} was cancelled; the "
                "airline's refund reference "
                f"is {k.code(6)}. The card used ends 0457.",
            )
        )
    ]


def en_neg_quiz(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "Fraud quiz, Q3: Your 'bank' calls and asks you to move money to a safe account. "
                "A: hang up and ring "
                "the number on the back of your card. ✔",
                "Quiz answers: 1 b, 2 a, 3 d (never share a one-time passcode), 4 c. Score 4/4 — "
                "nice!",
            )
        )
    ]


EN_NEGATIVE: dict[str, Template] = {
    "farm": en_neg_farm,
    "tour": en_neg_tour,
    "ceremony": en_neg_ceremony,
    "club": en_neg_club,
    "tutor": en_neg_tutor,
    "clinic": en_neg_clinic,
    "garage": en_neg_garage,
    "builder": en_neg_builder,
    "courier": en_neg_courier,
    "survey": en_neg_survey,
    "review": en_neg_review,
    "social": en_neg_social,
    "minutes": en_neg_minutes,
    "onboarding": en_neg_onboarding,
    "lostfound": en_neg_lostfound,
    "translate": en_neg_translate,
    "jobapp": en_neg_jobapp,
    "broker": en_neg_broker,
    "trust": en_neg_trust,
    "pawn": en_neg_pawn,
    "prize": en_neg_prize,
    "refund": en_neg_refund,
    "quiz": en_neg_quiz,
}


# ---------------------------------------------------------------- Chinese, with personal data


def _id_and_dob(k: Kit, area: str, lo: int = 1955, hi: int = 2003) -> tuple[str, str]:
    y, m, d = k.birth(lo, hi)
    return k.cn_id(area, y, m, d, want_x=k.r.random() < 0.2), k.zh_dob(y, m, d)


def zh_farm(k: Kit) -> list[Part]:
    name = k.zh_name()
    addr, area = k.zh_address()
    cid, _ = _id_and_dob(k, area)
    if k.r.random() < 0.5:
        return [
            "春耕贷申请：本人",
            (name, PER),
            f"，种植水稻{k.r.randint(20, 200)}亩，身份证号",
            (cid, CNID),
            "，家庭住址",
            (addr, ADDR),
            f"，申请贷款{k.r.randint(3, 30)}万元用于买种子化肥，放款请打到我的卡",
            (k.unionpay(), ACCT),
            "。",
        ]
    return [
        f"养殖保险理赔：{k.r.randint(5, 40)}头生猪因暴雨死亡。被保险人",
        (name, PER),
        "，联系电话",
        (k.cn_mobile(), TEL),
        "。土地流转租金由",
        (k.zh_titled(("先生", "大爷", "师傅", "阿姨")), PER),
        "代收，收款卡号",
        (k.unionpay(), ACCT),
        "。",
    ]


def zh_tour(k: Kit) -> list[Part]:
    a, b, c = k.zh_name(), k.zh_name(), k.zh_name()
    _, area = k.zh_address()
    ya, ma, da = k.birth()
    return [
        f"旅行社团费（云南七日游，{k.r.randint(3, 5)}人）游客名单：1. ",
        (a, PER),
        "，身份证",
        (k.cn_id(area, ya, ma, da), CNID),
        "，出生日期",
        (k.zh_dob(ya, ma, da), DOB),
        "；2. ",
        (b, PER),
        "；3. ",
        (c, PER),
        "。团费用信用卡",
        (k.card(), CARD),
        "支付，退款请联系领队手机",
        (k.cn_mobile(), TEL),
        "。",
    ]


def zh_ceremony(k: Kit) -> list[Part]:
    if k.r.random() < 0.5:
        return [
            "婚庆公司让我们先付全款，新郎",
            (k.zh_name(), PER),
            "，新娘",
            (k.zh_name(), PER),
            "，转账用的是我的储蓄卡",
            (k.unionpay(), ACCT),
            "，现在婚庆公司失联了，能追回吗？我电话",
            (k.cn_mobile(), TEL),
            "。",
        ]
    name = k.zh_name()
    addr, _ = k.zh_address()
    return [
        "殡葬服务费代扣：逝者",
        (name, PER),
        "，生前住址",
        (addr, ADDR),
        "。家属",
        (k.zh_name(), PER),
        "同意从其银行卡",
        (k.unionpay(), ACCT),
        "扣款，联系电话",
        (k.cn_landline(), TEL),
        "。",
    ]


def zh_club(k: Kit) -> list[Part]:
    coach = k.pick(ZH_SURNAME) + "教练"
    return [
        "孩子在篮球俱乐部报了暑期班，",
        (coach, PER),
        "让我把课时费直接转到他个人卡",
        (k.unionpay(), ACCT),
        "，不走俱乐部对公账户，这样合规吗？我是家长",
        (k.zh_name(), PER),
        "，手机",
        (k.cn_mobile(), TEL),
        "。",
    ]


def zh_tutor(k: Kit) -> list[Part]:
    teacher = k.zh_name()
    return [
        f"钢琴课时费账单（{k.r.randint(8, 20)}节）\n学生家长：",
        (k.zh_titled(("先生", "女士")), PER),
        "\n授课老师：",
        (teacher, PER),
        "\n收款账号：",
        (k.unionpay(), ACCT),
        "\n老师邮箱：",
        (k.zh_email(k.pinyin()), MAIL),
        "\n备注：请在每月5号前转账。",
    ]


def zh_clinic(k: Kit) -> list[Part]:
    name = k.zh_name()
    _, area = k.zh_address()
    cid, dob = _id_and_dob(k, area)
    return [
        "牙科分期付款申请表 患者姓名：",
        (name, PER),
        " 出生日期：",
        (dob, DOB),
        " 身份证号码：",
        (cid, CNID),
        " 手机：",
        (k.cn_mobile(), TEL),
        f" 种植牙费用{k.r.randint(8000, 30000)}元，分12期。",
    ]


def zh_garage(k: Kit) -> list[Part]:
    name = k.zh_name()
    addr, _ = k.zh_address()
    return [
        "4S店车贷资料：购车人",
        (name, PER),
        "，现住址",
        (addr, ADDR),
        "，手机",
        (k.cn_mobile(), TEL),
        "，还款卡",
        (k.unionpay(), ACCT),
        "。修车厂多刷了我一次信用卡",
        (k.card(), CARD),
        "，请帮忙查询。",
    ]


def zh_builder(k: Kit) -> list[Part]:
    owner = k.zh_titled(("先生", "女士", "阿姨", "大爷"))
    addr, _ = k.zh_address()
    return [
        f"装修报价单 No.{k.r.randint(1000, 9999)}\n业主：",
        (owner, PER),
        "\n地址：",
        (addr, ADDR),
        f"\n项目：水电改造、厨卫翻新，合计{k.r.randint(5, 25)}万元\n施工队负责人：",
        (k.zh_name(), PER),
        "，电话",
        (k.cn_mobile(), TEL),
        "\n（客户留言：装修贷能直接付给施工队吗？）",
    ]


def zh_courier(k: Kit) -> list[Part]:
    name = k.zh_name()
    addr, _ = k.zh_address()
    return [
        "【快递未妥投】您好",
        (name, PER),
        "，您的银行信用卡快递于今日派送至",
        (addr, ADDR),
        "，无人签收。请回复方便时间，或联系派件员",
        (k.cn_mobile(), TEL),
        "。",
    ]


def zh_survey(k: Kit) -> list[Part]:
    return [
        "满意度调查-其他建议：大堂经理",
        (k.zh_titled(("经理",)), PER),
        "服务很耐心，帮我父亲",
        (k.zh_name(), PER),
        "办了社保卡激活。有问题可以打我电话",
        (k.cn_mobile(), TEL),
        "回访。",
    ]


def zh_review(k: Kit) -> list[Part]:
    return [
        "应用商店评论 ★☆☆☆☆ 网友「"
        f"{k.pick(('吃瓜群众小李', '快乐的土豆', '夜猫子2024', '山城老张'))}」："
        "更新后一直登录不了，"
        ""
        "客服说异常登录IP是",
        (k.ip(), IP),
        "，那明明是我家宽带！实名",
        (k.zh_name(), PER),
        "，卡都被冻结了。",
    ]


def zh_weibo(k: Kit) -> list[Part]:
    return [
        "回复@某某银行官方微博：等了两周还没退款！我叫",
        (k.zh_name(), PER),
        "，电话",
        (k.cn_mobile(), TEL),
        "，邮箱",
        (k.zh_email(k.pinyin()), MAIL),
        "，麻烦赶紧联系我。IP属地：四川",
    ]


def zh_minutes(k: Kit) -> list[Part]:
    a, b = k.zh_name(), k.zh_name()
    addr, _ = k.zh_address()
    return [
        f"业主委员会会议纪要（{k.event_date_zh()}）\n出席：主任",
        (a, PER),
        "、委员",
        (b, PER),
        "等9人。\n议题二：",
        (addr, ADDR),
        "业主",
        (k.zh_titled(("先生", "女士", "阿姨", "大爷")), PER),
        "欠缴物业费，已同意从其银行卡",
        (k.unionpay(), ACCT),
        "代扣。",
    ]


def zh_onboarding(k: Kit) -> list[Part]:
    name = k.zh_name()
    addr, area = k.zh_address()
    cid, dob = _id_and_dob(k, area, 1975, 2003)
    return [
        "入职登记表\n姓名：",
        (name, PER),
        "\n出生日期：",
        (dob, DOB),
        "\n身份证号：",
        (cid, CNID),
        "\n户籍地址：",
        (addr, ADDR),
        "\n工资卡：",
        (k.unionpay(), ACCT),
        "\n紧急联系人：",
        (k.zh_name(), PER),
        " ",
        (k.cn_mobile(), TEL),
    ]


def zh_lostfound(k: Kit) -> list[Part]:
    name = k.zh_name()
    _, area = k.zh_address()
    cid, _ = _id_and_dob(k, area)
    return [
        "网点失物招领登记：今日在自助区拾得钱包一个，内有身份证（姓名",
        (name, PER),
        "，号码",
        (cid, CNID),
        "）及银行卡一张。已按身份证上的联系方式致电",
        (k.cn_mobile(), TEL),
        "，待本人来领。",
    ]


def zh_translate(k: Kit) -> list[Part]:
    en_name = k.name()
    return [
        '帮我翻译一下这封英文信，是我女儿学校寄来的："Dear ',
        (en_name, PER),
        ", the refund will be paid to IBAN ",
        (k.iban(), IBAN),
        ". Please confirm your address, ",
        (k.uk_address(), ADDR),
        '." 是不是诈骗？',
    ]


def zh_jobapp(k: Kit) -> list[Part]:
    name = k.zh_name()
    addr, _ = k.zh_address()
    return [
        "应聘简历——柜员岗\n姓名：",
        (name, PER),
        "  电话：",
        (k.cn_mobile(), TEL),
        "\n邮箱：",
        (k.zh_email(k.pinyin()), MAIL),
        "\n现居住地：",
        (addr, ADDR),
        "\n工作经历：2019—2024 在村镇银行做综合柜员。",
    ]


def zh_broker(k: Kit) -> list[Part]:
    a, b = k.zh_name(), k.zh_name()
    _, area = k.zh_address()
    cid, dob = _id_and_dob(k, area, 1970, 1998)
    return [
        "房贷经纪人资料收集：主贷人",
        (a, PER),
        "，出生日期",
        (dob, DOB),
        "，身份证",
        (cid, CNID),
        "；共同借款人",
        (b, PER),
        "，手机",
        (k.cn_mobile(), TEL),
        f"。月收入合计{k.r.randint(2, 6)}万，首付三成。",
    ]


def zh_trust(k: Kit) -> list[Part]:
    settlor = k.zh_name()
    return [
        "家族信托设立：委托人",
        (settlor, PER),
        "，受益人为其子",
        (k.zh_name(), PER),
        "、其女",
        (k.zh_name(), PER),
        "。信托利益分配至受益人账户",
        (k.unionpay(), ACCT),
        "，委托人邮箱",
        (k.zh_email(k.pinyin()), MAIL),
        "。",
    ]


def zh_pawn(k: Kit) -> list[Part]:
    name = k.zh_name()
    _, area = k.zh_address()
    cid, _ = _id_and_dob(k, area)
    return [
        "我在典当行当了一块金表，当票上写的是",
        (name, PER),
        "，身份证",
        (cid, CNID),
        "。典当行说当金已经打到",
        (k.unionpay(), ACCT),
        "，可我没收到。",
    ]


def zh_lottery(k: Kit) -> list[Part]:
    name = k.zh_name()
    addr, area = k.zh_address()
    cid, _ = _id_and_dob(k, area)
    return [
        f"彩票中奖{k.r.randint(10, 500)}万元，兑奖人",
        (name, PER),
        "，身份证",
        (cid, CNID),
        "，住址",
        (addr, ADDR),
        "，奖金（扣税后）转入本人卡",
        (k.unionpay(), ACCT),
        "，想咨询大额理财。",
    ]


def zh_refund(k: Kit) -> list[Part]:
    name = k.zh_name()
    return [
        "机票退款一直没到账。乘机人",
        (name, PER),
        "，当时用信用卡",
        (k.card(), CARD),
        "付款，航空公司说已原路退回。订单联系邮箱",
        (k.zh_email(k.pinyin()), MAIL),
        "，电话",
        (k.cn_mobile(), TEL),
        "。",
    ]


ZH_POSITIVE: dict[str, Template] = {
    "farm": zh_farm,
    "tour": zh_tour,
    "ceremony": zh_ceremony,
    "club": zh_club,
    "tutor": zh_tutor,
    "clinic": zh_clinic,
    "garage": zh_garage,
    "builder": zh_builder,
    "courier": zh_courier,
    "survey": zh_survey,
    "review": zh_review,
    "weibo": zh_weibo,
    "minutes": zh_minutes,
    "onboarding": zh_onboarding,
    "lostfound": zh_lostfound,
    "translate": zh_translate,
    "jobapp": zh_jobapp,
    "broker": zh_broker,
    "trust": zh_trust,
    "pawn": zh_pawn,
    "lottery": zh_lottery,
    "refund": zh_refund,
}


# ---------------------------------------------------------------- Chinese, PII-free look-alikes


def zh_neg_farm(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"春耕贷政策问答：申请材料交到乡镇网点（{k.pick(ZH_TOWNS)}信用社营业厅），咨询热线"
                f"{k.cn_hotline()}，"
                f"{k.event_date_zh()}前放款。",
                "合作社的土地流转租金是打到合作社对公账户还是每户的卡上？我们村今年流转了三百多亩。"
                "",
                "袁隆平院士说过“禾下乘凉梦”，我们行的种业贷款也要帮农户把种子选好。保单号"
                f"{k.ref(12)}的养殖险什么时候续保？",
            )
        )
    ]


def zh_neg_tour(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"旅行社团号{k.code(8)}，{k.event_date_zh()}出发，集合地点：首都机场T3航站楼3号门，"
                f"导游旗为红色。旅行社质监电话{k.cn_hotline()}。",
                "跟团游的团费能分期吗？中国国旅门店的人说刷信用卡可以免息，是真的吗？",
                "出境游需要开存款证明，五万元冻结三个月，在哪个网点办？",
                f"团队游客服专线{k.cn_hotline()}，旅行社地址：成都市锦江区春熙路步行街88号3楼，营业"
                "时间9:00-18:00。",
            )
        )
    ]


def zh_neg_ceremony(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"婚博会{k.event_date_zh()}在国际会展中心举办，现场办理婚庆分期享优惠，详询"
                f"{k.cn_hotline()}。",
                "殡仪馆说丧葬费可以先垫付，之后凭死亡证明去社保局领取丧葬补助金，银行这边需要准备什"
                "么？",
                f"婚庆公司发票抬头写的是“喜临门婚礼策划有限公司”，合同编号HT{k.ref(8)}，能开收据吗？"
                ""
                "",
                f"李宁专卖店买的婚礼跑鞋退货，退款单号{k.ref(10)}，说退回原卡要5天。",
            )
        )
    ]


def zh_neg_club(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "姚明当年也是从少体校练起的！本行少儿篮球训练营报名开始，费用统一转入俱乐部对公账户"
                "。",
                f"羽毛球俱乐部会员卡退费，俱乐部说{k.event_date_zh()}之后统一处理，流水号"
                f"{k.ref(14)}。",
                "健身俱乐部倒闭了，预付的年卡钱还能通过信用卡拒付拿回来吗？",
            )
        )
    ]


def zh_neg_tutor(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "孩子学钢琴是受郎朗影响，琴行说一次性交一年学费打八折，这种预付款有风险吗？",
                f"家教机构“学而思”的课时费发票编号{k.ref(10)}，金额和扣款对不上，多扣了120元。",
                "请问教育分期的利率是多少？培训机构在万达广场三楼。",
            )
        )
    ]


def zh_neg_clinic(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"牙科诊所刷了两次医保卡？{k.event_date_zh()}在瑞尔齿科做的洗牙，小票上终端号"
                f"{k.ref(8)}。",
                "眼镜店（宝岛眼镜人民路店）配镜的钱能用医保个人账户付吗？",
                "种植牙集采以后价格降了，之前办的分期能提前还吗？",
                "眼科医院在解放大道1095号，同仁堂药店在它对面，两笔医保支付都显示失败。",
            )
        )
    ]


def zh_neg_garage(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"4S店说车贷审批要三天，订单号{k.ref(11)}，车型是比亚迪秦PLUS，{k.event_date_zh()}提"
                ""
                "车。",
                "修车厂开的发票单位是“张小泉汽修服务部”，和店名不一样，正常吗？",
                f"车险续保的短信说从{k.cn_hotline()}打来，这个号码是保险公司的吗？",
                "周大福金店的POS机刷了两次，4S店的售后也在同一个商场，这两笔能一起申请退款吗？",
            )
        )
    ]


def zh_neg_builder(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"装修贷额度最高30万，资金直接受托支付给装修公司（东易日盛），合同编号ZX{k.ref(9)}。"
                ""
                "",
                "装修队要求先付一半工程款，没有合同只有报价单，靠谱吗？",
                "建材市场的商户收款码是个人码，付了两万块没有发票，怎么办？",
            )
        )
    ]


def zh_neg_courier(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"【顺丰速运】您的快件SF{k.ref(12)}因地址不详未妥投，已退回网点，请致电"
                f"{k.cn_hotline()}。",
                "收到短信说信用卡快递丢件要点链接理赔，是骗子吧？",
                f"快递员说{k.event_date_zh()}下午再派送一次，放驿站可以吗？",
                "快递面单上写着王老吉凉茶旗舰店发货，但我没买过，是不是有人冒用了我的信用卡？",
            )
        )
    ]


def zh_neg_survey(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "其他建议：排队太久，周末只开一个窗口，希望增加人手。",
                "您对本次服务满意吗？答：满意。建议：手机银行字体再大一点，老人看不清。",
                "满意度评分：8分。理由：大堂经理很热情，但叫号系统老出错。",
                "其他建议：电视剧里狄仁杰破案都没你们查一笔转账慢，希望提高效率。",
            )
        )
    ]


def zh_neg_review(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"★★★★☆ 网友「{k.pick(('月亮不睡我不睡', '打工人小王', '一只咸鱼'))}」："
                "转账很快，就"
                "是广告有点多。开发者回复：感谢反馈！",
                "★☆☆☆☆ 新版本8.3.0闪退，华为手机打不开。客服邮箱kefu@bank.com.cn回复说会修复。",
            )
        )
    ]


def zh_neg_weibo(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "回复@某某银行：请勿在评论区留下卡号和手机号，如需帮助请私信或拨打"
                f"{k.cn_hotline()}。IP属地：上海",
                "刘德华代言的那个信用卡广告拍得真好看！求背景音乐名字。IP属地：广东",
                "孙悟空主题卡面什么时候上线？想给孩子办一张。IP属地：浙江",
            )
        )
    ]


def zh_neg_minutes(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"业主委员会第三次会议纪要（{k.event_date_zh()}）：一、物业公司续聘投票通过；二、维"
                "修基金使用需三分之二业主同意；"
                "三、下次会议地点：社区活动中心二楼。",
                "业委会要开一个银行账户存公共收益，需要街道办的备案证明和全体委员的签字吗？",
            )
        )
    ]


def zh_neg_onboarding(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"新员工入职须知：{k.event_date_zh()}上午9点到总行人力资源部（金融街25号）报到，携带"
                ""
                "学历证明原件。",
                "入职体检在市第一人民医院，费用由行里统一结算，工资卡在入职后第一周办理。",
            )
        )
    ]


def zh_neg_lostfound(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"失物招领：{k.event_date_zh()}在本网点大厅拾得雨伞一把、保温杯一个，请失主到柜台认"
                "领。",
                "我昨天在你们营业厅丢了一个黑色钱包，里面有几张卡，已经在APP上挂失了，有人捡到吗？",
                f"本行安吉支行已迁至浙江省湖州市安吉县递铺街道胜利西路18号，{k.event_date_zh()}后在"
                "原址遗失的物品请到新址领取。",
            )
        )
    ]


def zh_neg_translate(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                '帮忙翻译："Your account statement for the period ending 31 March '
                "is now available online. "
                'Please do not reply to this e-mail." 这是银行的通知吗？',
                f"日本寄来的信写着“口座振替のお知らせ”，受付番号{k.ref(9)}，是什么意思？",
            )
        )
    ]


def zh_neg_jobapp(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"招聘公告：某某银行2026年校园招聘，网申截止{k.event_date_zh()}，简历投递邮箱"
                "hr@bank.com.cn。",
                "应聘柜员需要有从业资格证吗？面试是在分行还是总行？",
                f"笔试地点：某某银行培训中心（上海市浦东新区世纪大道100号），{k.event_date_zh()}上午"
                "9:30，请携带准考证。",
            )
        )
    ]


def zh_neg_broker(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "房贷经纪说能帮忙降低首付比例，收费五千，这合法吗？",
                f"首套房贷利率{k.r.randint(30, 35) / 10}%，公积金组合贷最高120万，详询各网点或拨打"
                f"{k.cn_hotline()}。",
            )
        )
    ]


def zh_neg_trust(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "家族信托门槛是一千万吗？设立需要哪些材料，委托人必须到场吗？",
                "邵逸夫基金会和李嘉诚基金会都做慈善信托，我们小额的能做吗？",
            )
        )
    ]


def zh_neg_pawn(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"今天金价{k.r.randint(560, 680)}元/克，典当行只给一半，银行有黄金质押贷款吗？",
                f"当票号{k.ref(8)}，续当的利息怎么算？典当行营业执照挂在墙上。",
            )
        )
    ]


def zh_neg_lottery(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "收到短信说我中了《奔跑吧》节目组的二等奖，要先交手续费，是诈骗吧？",
                f"双色球第{k.r.randint(2025001, 2025150)}期开奖，一等奖{k.r.randint(3, 12)}注，中奖"
                "者需到省福彩中心兑奖。",
            )
        )
    ]


def zh_neg_refund(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                f"酒店（希尔顿）取消订单退款，订单号{k.ref(13)}，说7个工作日到账，现在已经10天了。",
                f"航班MU{k.r.randint(1000, 9999)}取消了，机票退款会退到信用卡还是储蓄卡？",
            )
        )
    ]


def zh_neg_quiz(k: Kit) -> list[Part]:
    return [
        k.pick(
            (
                "反诈知识问答第5题：陌生人让你下载会议软件共享屏幕，应该怎么做？答：拒绝并拨打"
                "96110。✔",
                "答题结果：1.C 2.A 3.B（不向任何人透露验证码）4.D，得分100。",
            )
        )
    ]


ZH_NEGATIVE: dict[str, Template] = {
    "farm": zh_neg_farm,
    "tour": zh_neg_tour,
    "ceremony": zh_neg_ceremony,
    "club": zh_neg_club,
    "tutor": zh_neg_tutor,
    "clinic": zh_neg_clinic,
    "garage": zh_neg_garage,
    "builder": zh_neg_builder,
    "courier": zh_neg_courier,
    "survey": zh_neg_survey,
    "review": zh_neg_review,
    "weibo": zh_neg_weibo,
    "minutes": zh_neg_minutes,
    "onboarding": zh_neg_onboarding,
    "lostfound": zh_neg_lostfound,
    "translate": zh_neg_translate,
    "jobapp": zh_neg_jobapp,
    "broker": zh_neg_broker,
    "trust": zh_neg_trust,
    "pawn": zh_neg_pawn,
    "lottery": zh_neg_lottery,
    "refund": zh_neg_refund,
    "quiz": zh_neg_quiz,
}


# ---------------------------------------------------------------- assembly


def assemble(parts: Sequence[Part]) -> tuple[str, list[dict[str, int | str]]]:
    """Join ``parts``; a ``(value, label)`` part becomes a span exactly on its value."""
    text = ""
    spans: list[dict[str, int | str]] = []
    for part in parts:
        if isinstance(part, tuple):
            value, label = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return text, spans


def _schedule(rng: random.Random, genres: Sequence[str], count: int) -> list[str]:
    """``count`` genres, each about equally often, in a shuffled order."""
    out: list[str] = []
    while len(out) < count:
        batch = list(genres)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:count]


def generate(n: int = 600, seed: int = 21053) -> list[dict[str, object]]:
    """``n`` messages: half English, half Chinese, 30% of each PII-free."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for lang, positive, negative, size in (
        ("en", EN_POSITIVE, EN_NEGATIVE, n - n // 2),
        ("zh", ZH_POSITIVE, ZH_NEGATIVE, n // 2),
    ):
        kit = Kit(random.Random(rng.getrandbits(64)))
        n_neg = round(size * 0.3)
        plan = [(g, True) for g in _schedule(rng, list(positive), size - n_neg)]
        plan += [(g, False) for g in _schedule(rng, list(negative), n_neg)]
        rng.shuffle(plan)
        for index, (genre, has_pii) in enumerate(plan):
            template = positive[genre] if has_pii else negative[genre]
            text, spans = assemble(template(kit))
            rows.append(
                {
                    "id": f"v21-{lang}-{genre}-{index:04d}",
                    "text": text,
                    "lang": lang,
                    "spans": spans,
                }
            )
    return rows


def stats(rows: Sequence[dict[str, object]]) -> dict[str, object]:
    labels: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    pii_free: Counter[str] = Counter()
    for row in rows:
        lang = str(row["lang"])
        spans = row["spans"]
        assert isinstance(spans, list)
        langs[lang] += 1
        genres[f"{lang}/{str(row['id']).split('-')[2]}"] += 1
        pii_free[lang] += not spans
        labels.update(f"{lang}/{s['label']}" for s in spans)
    return {
        "rows": len(rows),
        "languages": dict(sorted(langs.items())),
        "pii_free": dict(sorted(pii_free.items())),
        "labels": dict(sorted(labels.items())),
        "genres": dict(sorted(genres.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=21053)
    parser.add_argument(
        "--stats", action="store_true", help="print counts per label, language and genre"
    )
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print(json.dumps(stats(rows), ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
