"""Twenty-second independent bilingual PII set, written blind (a test split: measured once).

    python benchmarks/pii_heldout22/generator.py [--n 600] [--seed 22061] [--stats]

``generate(n, seed)`` returns ``n`` rows ``{"id", "text", "lang", "spans"}``, half English and
half Chinese; in each language 30% of the rows carry no personal data at all (hard negatives in
the same genres). Ids read ``v22-{lang}-{genre}-{index:04d}``. Written with only
``benchmarks/pii_quality.py``, ``README.md`` and ``pyproject.toml`` opened: every template, name
list and checksum helper here is this module's own.

Genres (new ground for the blind sets): airline and hotel loyalty-point disputes, import duty on
parcels, freelancers paid from abroad, phishing e-mails customers forward to the bank,
identity-theft victims listing what was taken, debt-advice charities writing for a client, foster
carers, rotating savings clubs, flood claims on home insurance, subscriptions after a holder's
death, nannies and au pairs paid by families, school-trip money collected by teachers, staff
coaching notes after role-play training, book clubs and the bank's radio adverts, parking and
allotment permits; Chinese: 航空里程纠纷, 跨境电商关税, 海外稿费, 钓鱼短信转发, 身份被盗清单,
债务咨询机构来函, 寄养家庭, 标会/互助会, 车位租赁, 合约机碎屏险, 洪水家财险理赔, 已故会员订阅,
育儿嫂工资, 春游收费, 体彩投诉, 银行抽奖公示, 读书会.

Labels (those the scorer scores): PERSON, ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD,
IBAN_CODE, US_SSN, CN_ID_CARD, BANK_ACCOUNT, IP_ADDRESS, DATE_OF_BIRTH.

Conventions (decided here where the scorer is silent):

* PERSON spans a private person's name as written (given name alone, full name, initial and
  surname). English titles (Mr, Mrs, Ms, Dr) stay outside the span. A Chinese surname followed
  directly by a title and nothing else (``王女士``, ``陈老师``, ``刘阿姨``) is spanned together with
  the title; a full Chinese name before a title (``王建国先生``) is spanned without it. Bank staff
  named in a message are private persons and are spanned. Public figures (authors, presenters,
  executives in a press note), fictional characters, and names inside firms, streets, buildings,
  parks or prizes (``Lincoln Tower``, ``逸夫楼``, ``中山路``, ``Morgan Hale Solicitors``) are not.
  Role-play personas in a training script are called by their role, never named.
* ADDRESS spans a person's home (or correspondence) address from house number or 省/市 to
  postcode or 室; the addresses of branches, offices, shops, charities, schools, depots and event
  venues are not personal and are never spanned.
* PHONE_NUMBER spans a person's number including ``+44``/``+86`` prefixes; hotlines, 95xxx,
  400/800 numbers and office switchboards are not spanned.
* EMAIL_ADDRESS spans personal mailboxes; role and team mailboxes (``claims@``, ``kefu@``) and
  the spoofed sender addresses of phishing mail (brand look-alikes) are not spanned.
* BANK_ACCOUNT spans a private account number only (UK: the 8 digits, not the sort code; US: the
  account, not the routing number; China: a ``62…`` UnionPay debit card number with no credit
  cue, per issue 18). Company accounts (对公账户, a firm's collection account) are not spanned.
* CREDIT_CARD spans a full Luhn-valid card number; ``ending 4421`` / ``尾号 4421`` is not spanned.
* DATE_OF_BIRTH spans the date only; dates of flights, floods, deaths, draws and events are not.
* CN_ID_CARD spans the 18-character number (GB 11643 check, ``X`` included); its birth digits
  equal any DATE_OF_BIRTH in the same message. IP_ADDRESS spans a customer's public IPv4.
* Reference numbers, policy, order, booking, membership and waybill numbers, amounts, dates of
  events, sort codes alone and SWIFT codes are never spanned.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence

Piece = str | tuple[str, str]
Builder = Callable[["Maker", bool], list[Piece]]

# --------------------------------------------------------------------------------------------
# checksums (this module's own)


def luhn_digit(body: str) -> str:
    """The Luhn check digit that completes ``body``."""
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
    return len(digits) >= 12 and luhn_digit("".join(digits[:-1])) == digits[-1]


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return len(compact) >= 15 and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def cn_id_check(first17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def cn_id_ok(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and cn_id_check(number[:17]) == number[17]


def ssn_ok(ssn: str) -> bool:
    digits = ssn.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


# --------------------------------------------------------------------------------------------
# name lists and places (this module's own selection)


def words(text: str, sep: str | None = None) -> list[str]:
    """A list written as one string (names, streets)."""
    return text.split(sep)


EN_FEMALE = words(
    "Harriet Priyanka Bethany Niamh Rosalind Imogen Maisie Leonie Anjali Tamsin "
    "Marguerite Yusra Sinead Keziah Delphine Philippa Zainab Lowri Dominika Theodora "
    "Bronwen"
)
EN_MALE = words(
    "Owen Callum Tobias Kwame Declan Farid Rhys Ciaran Gethin Oluwaseun Hamish "
    "Barnaby Lucian Eamon Arjun Ruairi Crispin Joaquin Ravi Anselm"
)
EN_GIVEN = EN_FEMALE + EN_MALE
EN_SURNAME = words(
    "Pennington Adeyemi Kowalczyk Hargreaves Mistry O'Driscoll Fairbairn Nakamura "
    "Trevelyan Okonkwo Blackwood Sandhu Llewellyn Castellano Ferreira Dunmore "
    "Achterberg Whitlock Rahman McAllister Quigley Osei Lindqvist Pemberton Varga "
    "Thistlewood Bhattacharya Cavendish Mbeki Rourke Halloran Szabo Ellingham Kapoor "
    "Wainwright Nwosu Abernethy Delacroix Greaves Tran"
)
UK_STREETS = words(
    "Larkspur Close|Foundry Lane|Ashgrove Road|Millbrook Avenue|Cobbler's Row|"
    "Heron Way|Quarry Hill|Saxon Crescent|Elder Drive|Kiln Street|Orchard Mews|"
    "Beacon Terrace",
    "|",
)
UK_TOWNS = (
    ("Leeds", "LS6"),
    ("Bristol", "BS7"),
    ("Norwich", "NR2"),
    ("Cardiff", "CF14"),
    ("Leicester", "LE3"),
    ("Glasgow", "G12"),
    ("Exeter", "EX4"),
    ("Sheffield", "S11"),
    ("Belfast", "BT9"),
    ("Reading", "RG30"),
    ("Swansea", "SA2"),
    ("Derby", "DE22"),
)
US_STREETS = words(
    "Sycamore St|Birchwood Ave|Harbor View Dr|Old Mill Rd|Prairie Ln|Cedar Ridge Ct",
    "|",
)
US_CITIES = (
    ("Portland", "OR", "972", "503"),
    ("Columbus", "OH", "432", "614"),
    ("Tucson", "AZ", "857", "520"),
    ("Raleigh", "NC", "276", "919"),
    ("Madison", "WI", "537", "608"),
    ("Albany", "NY", "122", "518"),
)
MAIL_HOSTS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "btinternet.com",
    "icloud.com",
    "proton.me",
)

ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁"
ZH_GIVEN = words(
    "建平 晓燕 子涵 国栋 雨桐 春梅 志强 欣怡 海波 丽娟 宇航 秀兰 俊杰 慧敏 永刚 "
    "思远 桂芳 浩然 玉洁 德明 静怡 振华 梦琪 立新 佳琪 卫东 婉清 嘉豪 淑珍 一鸣"
)
ZH_TITLES = ("女士", "先生", "老师", "阿姨", "师傅", "大姐")
ZH_PLACES = (
    ("浙江省", "杭州市", "拱墅区", "湖州街"),
    ("江苏省", "南京市", "鼓楼区", "汉中路"),
    ("广东省", "佛山市", "禅城区", "季华路"),
    ("四川省", "成都市", "武侯区", "科华北路"),
    ("湖北省", "武汉市", "洪山区", "珞喻路"),
    ("山东省", "青岛市", "市北区", "辽宁路"),
    ("福建省", "厦门市", "思明区", "莲前西路"),
    ("河南省", "郑州市", "金水区", "经三路"),
    ("", "上海市", "闵行区", "莘庄镇沁春路"),
    ("", "北京市", "朝阳区", "望京西路"),
)
# ID birthplace codes with the year each district's code came into use (0: always): an ID's
# birth year is never earlier than its code, as on a first-issue card.
ID_AREAS = (
    ("110105", 0),
    ("110108", 0),
    ("110101", 0),
    ("310104", 0),
    ("310110", 0),
    ("330106", 1983),
    ("320102", 1983),
    ("440104", 1983),
    ("420106", 1983),
    ("370202", 1983),
    ("410102", 1983),
    ("440106", 1985),
    ("510104", 1990),
    ("310115", 1992),
)
ZH_ESTATES = words("阳光花园 锦绣家园 翠湖苑 金色港湾 枫林小区 绿城桂园 江南新村 和平里")
ZH_MAIL = ("qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "139.com")
CN_MOBILE = words("135 136 137 138 139 150 151 152 157 158 159 182 183 185 186 187 188 189 177 199")
CN_AREA = (("021", 8), ("0571", 8), ("025", 8), ("028", 8), ("0755", 8), ("0532", 8))

# --------------------------------------------------------------------------------------------
# values


class Maker:
    """Draws fresh values from one random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: Sequence[str]) -> str:
        return self.r.choice(list(seq))

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def money(self, lo: int, hi: int, sym: str = "£") -> str:
        return f"{sym}{self.r.randint(lo, hi):,}.{self.r.randint(0, 99):02d}"

    def ref(self, prefix: str) -> str:
        return f"{prefix}-{self.r.randint(2024, 2026)}-{self.digits(6)}"

    # English people
    def given(self, sex: str = "") -> str:
        return self.pick({"f": EN_FEMALE, "m": EN_MALE}.get(sex, EN_GIVEN))

    def surname(self) -> str:
        return self.pick(EN_SURNAME)

    def full(self) -> str:
        return f"{self.given()} {self.surname()}"

    def email(self, given: str | None = None, surname: str | None = None) -> str:
        g = (given or self.given()).lower()
        s = (surname or self.surname()).lower().replace("'", "")
        local = self.r.choice(
            [f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:3]}{self.r.randint(1, 99)}", f"{s}.{g[0]}"]
        )
        return f"{local}@{self.pick(MAIL_HOSTS)}"

    def uk_mobile(self) -> str:
        nsn = self.pick(["739", "745", "752", "781", "794", "797", "783", "756"]) + self.digits(7)
        style = self.r.randrange(3)
        if style == 0:
            return f"0{nsn[:4]} {nsn[4:]}"
        if style == 1:
            return f"+44 {nsn[:4]} {nsn[4:7]} {nsn[7:]}"
        return f"0{nsn}"

    def us_phone(self, area: str | None = None) -> str:
        area = area or self.pick(["503", "614", "520", "919", "608", "518"])
        ex = f"{self.r.randint(2, 9)}{self.r.randint(0, 9)}{self.r.randint(1, 9)}"
        while ex == "555" or ex[1:] == "11":
            ex = f"{self.r.randint(2, 9)}{self.r.randint(0, 9)}{self.r.randint(2, 9)}"
        line = self.digits(4)
        return self.r.choice(
            [f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"+1 {area} {ex} {line}"]
        )

    def uk_address(self) -> str:
        town, district = self.r.choice(UK_TOWNS)
        flat = self.r.random() < 0.3
        head = f"Flat {self.r.randint(1, 24)}, " if flat else ""
        postcode = f"{district} {self.r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXY')}"
        postcode += self.pick("ABDEFGHJLNPQRSTUWXY")
        return f"{head}{self.r.randint(2, 180)} {self.pick(UK_STREETS)}, {town} {postcode}"

    def us_address(self) -> tuple[str, str]:
        city, state, zip3, area = self.r.choice(US_CITIES)
        unit = f" Apt {self.r.randint(1, 40)}" if self.r.random() < 0.4 else ""
        addr = f"{self.r.randint(100, 9899)} {self.pick(US_STREETS)}{unit}, {city}, {state} "
        return addr + f"{zip3}{self.digits(2)}", area

    def birth(self) -> tuple[int, int, int]:
        return self.r.randint(1948, 2004), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob_en(self, ymd: tuple[int, int, int] | None = None) -> str:
        y, m, d = ymd or self.birth()
        months = "January February March April May June July August September October November "
        months += "December"
        name = months.split()[m - 1]
        return self.r.choice(
            [f"{d:02d}/{m:02d}/{y}", f"{d} {name} {y}", f"{name} {d}, {y}", f"{d}-{name[:3]}-{y}"]
        )

    def card(self) -> str:
        kind = self.r.randrange(3)
        if kind == 0:
            body = "4" + self.digits(14)
        elif kind == 1:
            body = f"5{self.r.randint(1, 5)}" + self.digits(13)
        else:
            body = self.pick(["34", "37"]) + self.digits(12)
            num = body + luhn_digit(body)
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        num = body + luhn_digit(body)
        sep = self.pick([" ", "-", ""])
        return sep.join(num[i : i + 4] for i in range(0, 16, 4))

    def iban(self, country: str | None = None) -> str:
        country = country or self.pick(["GB", "DE", "IE", "NL", "GB"])
        if country == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(14)
        elif country == "IE":
            bban = self.pick(["AIBK", "BOFI"]) + self.digits(14)
        elif country == "NL":
            bban = self.pick(["INGB", "RABO", "ABNA"]) + self.digits(10)
        else:
            bban = self.digits(18)
        compact = country + iban_check(country, bban) + bban
        if self.r.random() < 0.5:
            return compact
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def ssn(self) -> str:
        area = self.r.randint(1, 899)
        while area == 666:
            area = self.r.randint(1, 899)
        group, serial = self.r.randint(1, 99), self.r.randint(1, 9999)
        return f"{area:03d}-{group:02d}-{serial:04d}"

    def uk_account(self) -> tuple[str, str]:
        sort = f"{self.r.randint(10, 99)}-{self.digits(2)}-{self.digits(2)}"
        return sort, str(self.r.randint(1, 9)) + self.digits(7)

    def ip(self) -> str:
        first = self.r.choice([31, 46, 62, 81, 86, 92, 109, 151, 176, 185, 195, 212, 217])
        return f"{first}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"

    # Chinese people
    def zh_full(self) -> str:
        return self.pick(ZH_SURNAMES) + self.pick(ZH_GIVEN)

    def zh_titled(self) -> str:
        return self.pick(ZH_SURNAMES) + self.pick(ZH_TITLES)

    def zh_person(self) -> str:
        return self.zh_full() if self.r.random() < 0.75 else self.zh_titled()

    def zh_mobile(self) -> str:
        num = self.pick(CN_MOBILE) + self.digits(8)
        style = self.r.randrange(4)
        if style == 0:
            return f"{num[:3]} {num[3:7]} {num[7:]}"
        if style == 1:
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        if style == 2:
            return f"+86 {num}"
        return num

    def zh_landline(self) -> str:
        area, n = self.r.choice(CN_AREA)
        return f"{area}-{self.r.randint(5, 8)}{self.digits(n - 1)}"

    def zh_email(self) -> str:
        local = self.r.choice(
            [
                self.digits(self.r.randint(8, 10)),
                f"{self.pick(['xiao', 'wang', 'li', 'chen'])}"
                f"{self.pick(['yu', 'ming', 'hua', 'jie'])}{self.r.randint(70, 99)}",
            ]
        )
        if local[0] == "0":
            local = "1" + local[1:]
        return f"{local}@{self.pick(ZH_MAIL)}"

    def zh_address(self) -> str:
        prov, city, dist, road = self.r.choice(ZH_PLACES)
        if self.r.random() < 0.5:
            tail = f"{road}{self.r.randint(3, 399)}号{self.r.randint(1, 18)}幢"
            tail += f"{self.r.randint(1, 4)}单元{self.r.randint(1, 28)}0{self.r.randint(1, 4)}室"
        else:
            tail = f"{road}{self.pick(ZH_ESTATES)}{self.r.randint(1, 30)}栋"
            tail += f"{self.r.randint(1, 33)}0{self.r.randint(1, 6)}室"
        return f"{prov if self.r.random() < 0.5 else ''}{city}{dist}{tail}"

    def zh_dob(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        return self.r.choice(
            [
                f"{y}年{m}月{d}日",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}{m:02d}{d:02d}",
                f"{y}.{m:02d}.{d:02d}",
            ]
        )

    def cn_id(self, ymd: tuple[int, int, int] | None = None) -> str:
        y, m, d = ymd or self.birth()
        area = self.pick([code for code, since in ID_AREAS if since <= y])
        want_x = self.r.random() < 0.25
        for _ in range(200):
            first = f"{area}{y}{m:02d}{d:02d}{self.digits(3)}"
            check = cn_id_check(first)
            if not want_x or check == "X":
                return first + check
        return first + check

    def unionpay(self) -> str:
        length = self.r.choice([16, 19, 19])
        body = self.pick(["622202", "622848", "621700", "622588", "621483", "623059"])
        body += self.digits(length - 7)
        num = body + luhn_digit(body)
        return (
            " ".join(num[i : i + 4] for i in range(0, len(num), 4))
            if self.r.random() < 0.3
            else num
        )


def pii(value: str, label: str) -> tuple[str, str]:
    return (value, label)


# --------------------------------------------------------------------------------------------
# English genres: each builder returns the pieces of one message, with or without personal data

BANK = "Harbourline Bank"
EN_HOTLINES = ("0345 602 1187", "0800 917 4430", "03457 220 220", "1-800-431-2276")


def en_loyalty(m: Maker, personal: bool) -> list[Piece]:
    airline = m.pick(["SkyArc Airways", "Northwind Air", "Aurelia Airlines"])
    points = f"{m.r.randint(8, 96)},{m.digits(3)}"
    if personal:
        g, s = m.given(), m.surname()
        if m.r.random() < 0.5:
            return [
                f"Hi, my {airline} miles from the co-branded card never arrived. The card is ",
                pii(m.card(), "CREDIT_CARD"),
                f" and about {points} points are missing since the "
                "March statement. Membership is under ",
                pii(f"{g} {s}", "PERSON"),
                ", you can reach me on ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
                " or ",
                pii(m.email(g, s), "EMAIL_ADDRESS"),
                ".",
            ]
        return [
            "Points dispute (agent note): customer ",
            pii(m.full(), "PERSON"),
            " says the hotel "
            f"stay in Lisbon earned 0 points instead of {points}. Statement address on file is ",
            pii(m.uk_address(), "ADDRESS"),
            "; DOB confirmed as ",
            pii(m.dob_en(), "DATE_OF_BIRTH"),
            ". Raised with the partner desk.",
        ]
    if m.r.random() < 0.5:
        return [
            f"Good afternoon, the {airline} card's points have not been credited for February. "
            f"Our rewards team (rewards@harbourline.co.uk) says the partner file of 28 February "
            f"was late. Reference {m.ref('PTS')}, roughly {points} points outstanding.",
        ]
    return [
        f"Why does {airline} class a flight on 14 July as 'promotional' so it earns half points? "
        "The lounge at Terminal 5 quoted the same rule. Please answer via the rewards helpline "
        f"{m.pick(EN_HOTLINES)} not by post.",
    ]


def en_import_duty(m: Maker, personal: bool) -> list[Piece]:
    waybill = f"{m.pick(['JD', 'DHX', 'PFX'])}{m.digits(10)}"
    if personal:
        name = m.full()
        if m.r.random() < 0.5:
            return [
                f"A courier wants {m.money(18, 240)} import duty before releasing parcel "
                f"{waybill}. Is this text genuine? It was sent to ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
                " and names ",
                pii(name, "PERSON"),
                " at ",
                pii(m.uk_address(), "ADDRESS"),
                ". I paid on my card ",
                pii(m.card(), "CREDIT_CARD"),
                " before I thought about it.",
            ]
        addr, area = m.us_address()
        return [
            "Customs broker invoice query. Consignee: ",
            pii(name, "PERSON"),
            ", ",
            pii(addr, "ADDRESS"),
            ", tel ",
            pii(m.us_phone(area), "PHONE_NUMBER"),
            f". Duty and VAT of {m.money(40, 900, '$')} were debited twice on 3 June for entry "
            f"{waybill}.",
        ]
    if m.r.random() < 0.5:
        return [
            f"Parcel {waybill} is held at the Coventry Gateway depot, Unit 9, Sir Henry Parkes "
            f"Road, CV5 6BN. Duty of {m.money(10, 120)} can be paid online; the depot is open "
            "Mon-Sat. Is it safe to pay it with a Harbourline card?",
        ]
    return [
        "Your import charges guide says goods over £135 attract VAT at the border. Does the card "
        "add a foreign-exchange fee on top when a US shop charges duty in dollars? Asking before "
        "I order for Black Friday on 27 November.",
    ]


def en_freelancer(m: Maker, personal: bool) -> list[Piece]:
    client = m.pick(["Kestrel Studio GmbH", "Brightwater Media BV", "Fenwick & Lowe LLC"])
    if personal:
        g, s = m.given(), m.surname()
        if m.r.random() < 0.5:
            return [
                f"I invoice {client} for illustration work and they pay into my IBAN ",
                pii(m.iban("GB"), "IBAN_CODE"),
                f". The last {m.money(400, 3800, '€')} arrived "
                f"short by a 'correspondent fee'. Invoice name: ",
                pii(f"{g} {s}", "PERSON"),
                ", ",
                pii(m.email(g, s), "EMAIL_ADDRESS"),
                ".",
            ]
        sort, acct = m.uk_account()
        return [
            "Freelance translator here. A US client asked for my SSN ",
            pii(m.ssn(), "US_SSN"),
            " for a W-8BEN, which I don't think applies as I live at ",
            pii(m.uk_address(), "ADDRESS"),
            f". Payments go to sort code {sort}, account ",
            pii(acct, "BANK_ACCOUNT"),
            ". Which form is right?",
        ]
    if m.r.random() < 0.5:
        return [
            f"{client} pays our limited company's euro account monthly. Do you offer a "
            "multi-currency business account with a German IBAN, and what is your SWIFT code "
            "(HRBLGB2L?) for incoming SEPA? Accounts team: finance@fieldnote.studio.",
        ]
    return [
        "Question for your international payments team: how long does a transfer from the "
        "Netherlands take if it is sent on a Friday after 15:00 CET? The client's reference is "
        f"{m.ref('INV')}.",
    ]


def en_phishing(m: Maker, personal: bool) -> list[Piece]:
    brand, spoof = m.r.choice(
        [
            ("Harbourline Secure", "security@harbourIine-alerts.com"),
            ("HMRC Refunds", "refund@hmrc-gov-claim.net"),
            ("Royal Mail", "no-reply@royalmail-redeliver.info"),
            ("PayFlo Support", "support@payflo-verify.co"),
        ]
    )
    if personal:
        g, s = m.given(), m.surname()
        if m.r.random() < 0.5:
            return [
                f"Forwarding this in case it's a scam. ---- From: {brand} <{spoof}> Subject: "
                "Account suspended ---- Dear customer, confirm your details within 24 hours. "
                "---- It was sent to ",
                pii(m.email(g, s), "EMAIL_ADDRESS"),
                ". I clicked and typed my card ",
                pii(m.card(), "CREDIT_CARD"),
                " before I noticed. ",
                pii(f"{g} {s}", "PERSON"),
                ", ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
            ]
        return [
            f"The fake '{brand}' page had my details already filled in: name ",
            pii(m.full(), "PERSON"),
            ", date of birth ",
            pii(m.dob_en(), "DATE_OF_BIRTH"),
            " and the address ",
            pii(m.uk_address(), "ADDRESS"),
            ". How would they know that? I forwarded it to your abuse inbox.",
        ]
    if m.r.random() < 0.5:
        return [
            f"FW: '{brand}' says my parcel needs a £1.45 fee. Sender was {spoof}, link went to a "
            "page with your logo. I did NOT enter anything. Forwarded to report.phishing@"
            "harbourline.co.uk as your website says.",
        ]
    return [
        f"Got a text from 'Harbourline Fraud Team' asking me to call {m.pick(EN_HOTLINES[:2])}, "
        f"but the number on my card is different. The message was signed 'Harbourline Security "
        f"Desk, case {m.ref('FR')}'. Is that a real team?",
    ]


def en_identity_theft(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        g, s = m.given(), m.surname()
        if m.r.random() < 0.5:
            addr, area = m.us_address()
            return [
                "Identity theft report - what was taken when my bag was stolen at the gym: "
                "driver's licence, Social Security card (",
                pii(m.ssn(), "US_SSN"),
                "), my Visa ",
                pii(m.card(), "CREDIT_CARD"),
                ", and a letter showing ",
                pii(addr, "ADDRESS"),
                ". Name on all of it: ",
                pii(f"{g} {s}", "PERSON"),
                ". Call ",
                pii(m.us_phone(area), "PHONE_NUMBER"),
                ".",
            ]
        return [
            "Someone opened a loan in my name. Your app shows a login from ",
            pii(m.ip(), "IP_ADDRESS"),
            " which isn't me. My details: ",
            pii(f"{g} {s}", "PERSON"),
            ", born ",
            pii(m.dob_en(), "DATE_OF_BIRTH"),
            ", email ",
            pii(m.email(g, s), "EMAIL_ADDRESS"),
            ". Please freeze everything.",
        ]
    if m.r.random() < 0.5:
        return [
            "Is there a checklist for identity theft? Your leaflet mentions Cifas protective "
            "registration and the Action Fraud line 0300 123 2040. Does the branch on Nelson "
            "Mandela Place do this in person?",
        ]
    return [
        f"Update on case {m.ref('IDT')}: the fraudulent loan opened on 2 May has been closed and "
        "the credit file marker removed by the credit agency. No further action needed from the "
        "customer side.",
    ]


def en_debt_advice(m: Maker, personal: bool) -> list[Piece]:
    charity = m.pick(
        ["Stepping Stones Money Advice", "Clearpath Debt Charity", "Northgate Community Advice"]
    )
    if personal:
        sort, acct = m.uk_account()
        if m.r.random() < 0.5:
            return [
                f"Dear Sir/Madam, {charity} acts for our client ",
                pii(m.full(), "PERSON"),
                " of ",
                pii(m.uk_address(), "ADDRESS"),
                " (date of birth ",
                pii(m.dob_en(), "DATE_OF_BIRTH"),
                f"). Please hold interest and charges on account {sort} ",
                pii(acct, "BANK_ACCOUNT"),
                " for 30 days while we prepare a budget. Please reply to our casework inbox.",
            ]
        g, s = m.given(), m.surname()
        return [
            "Breathing-space notice. Debtor: ",
            pii(f"{g} {s}", "PERSON"),
            f". Creditor: {BANK}. Card ",
            pii(m.card(), "CREDIT_CARD"),
            " included. Client contact, if needed: ",
            pii(m.uk_mobile(), "PHONE_NUMBER"),
            f". Sent by {charity}, 14 Wesley Court, Hull HU1 2RT.",
        ]
    if m.r.random() < 0.5:
        return [
            f"{charity} would like to agree a referral route for customers in arrears. Our "
            "office is 14 Wesley Court, Hull HU1 2RT; the partnerships inbox is "
            "partners@steppingstones.org.uk and the adviser line is 0800 138 1111.",
        ]
    return [
        "Template for advisers: 'We act for the above-named client and enclose a signed letter "
        "of authority.' Please fill in the creditor reference and the date of the breathing-space "
        "start (e.g. 1 October) before sending.",
    ]


def en_foster(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        g, s = m.given("f"), m.surname()
        if m.r.random() < 0.5:
            sort, acct = m.uk_account()
            return [
                "We are foster carers and the council's allowance goes into a joint account. "
                "Could the second card be in my husband's name, ",
                pii(f"{m.given('m')} {s}", "PERSON"),
                f"? Account {sort} ",
                pii(acct, "BANK_ACCOUNT"),
                ". Thanks, ",
                pii(g, "PERSON"),
                " (",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
                ")",
            ]
        return [
            "Foster carer allowance missing for October. Carer: ",
            pii(f"{g} {s}", "PERSON"),
            ", ",
            pii(m.uk_address(), "ADDRESS"),
            ". The fostering team said it was paid on the 5th. Please call me on ",
            pii(m.uk_mobile(), "PHONE_NUMBER"),
            ".",
        ]
    if m.r.random() < 0.5:
        return [
            "Can a looked-after child have a savings account opened by the local authority? The "
            "fostering service at County Hall, Morgan Street, Exeter EX1 says the social worker "
            "signs as the responsible adult.",
        ]
    return [
        "Info for foster carers: allowance payments from Westshire Council arrive on the first "
        "working day of each month with reference FOSTER-ALLOW. Questions: carers@westshire.gov.uk "
        "or the carers' line 01392 383000.",
    ]


def en_savings_club(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        names = [m.full() for _ in range(2)] + [f"{m.given('f')} {m.surname()}"]
        if m.r.random() < 0.5:
            return [
                "Our pardner (savings hand) collects £100 a week from 10 of us. This month's "
                "payout goes to ",
                pii(names[0], "PERSON"),
                " then ",
                pii(names[1], "PERSON"),
                ". The banker is ",
                pii(names[2], "PERSON"),
                " and it's all cash into her account ",
                pii(m.uk_account()[1], "BANK_ACCOUNT"),
                ". Will your fraud team block that many deposits?",
            ]
        return [
            "Committee savings club - the treasurer, ",
            pii(names[2], "PERSON"),
            ", wants to move the pot to an IBAN ",
            pii(m.iban(), "IBAN_CODE"),
            " in her own name. Members asked me to check with you first. Contact me at ",
            pii(m.email(), "EMAIL_ADDRESS"),
            ".",
        ]
    if m.r.random() < 0.5:
        return [
            "Does the bank offer a club account for a rotating savings group (a 'hand' or "
            "'tanda')? We are twelve members, the first draw is on 6 January and payouts rotate "
            "monthly. We'd like two signatories.",
        ]
    return [
        "Community savings evening at the Mary Seacole Centre, 40 Clapham Road, on Thursday "
        "19:00. Our outreach team will explain club accounts. Book at community@harbourline.co.uk.",
    ]


def en_flood(m: Maker, personal: bool) -> list[Piece]:
    policy = f"HI-{m.digits(8)}"
    if personal:
        g, s = m.given(), m.surname()
        if m.r.random() < 0.5:
            return [
                f"Flood claim, policy {policy}. Water came in on 21 January. The property is ",
                pii(m.uk_address(), "ADDRESS"),
                ". Policyholder ",
                pii(f"{g} {s}", "PERSON"),
                "; we are staying with family, so use ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
                ". The loss adjuster has photos.",
            ]
        sort, acct = m.uk_account()
        return [
            "Please pay the alternative accommodation costs to my account (",
            sort,
            ", ",
            pii(acct, "BANK_ACCOUNT"),
            ") rather than the builder. Signed ",
            pii(f"{g[0]}. {s}", "PERSON"),
            f", claim {policy}, ",
            pii(m.email(g, s), "EMAIL_ADDRESS"),
        ]
    if m.r.random() < 0.5:
        return [
            f"Flood warning for the Severn on 12 February: our Tewkesbury branch, 7 Church "
            f"Street, will close early. Claims line {m.pick(EN_HOTLINES)}; policy {policy} "
            "holders need not call to register twice.",
        ]
    return [
        "Does home insurance cover a garden wall that fell when the river rose, or only the "
        "house? The adjuster from Kingsbridge Loss Adjusters visited on 3 March and mentioned "
        "an 'outbuildings' limit.",
    ]


def en_after_death(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        dead, me = f"{m.given('m')} {m.surname()}", m.full()
        if m.r.random() < 0.5:
            return [
                "My father ",
                pii(dead, "PERSON"),
                " died in August and his card ",
                pii(m.card(), "CREDIT_CARD"),
                " still pays a gym and two streaming services. "
                "Please stop all recurring payments. I'm the executor, ",
                pii(me, "PERSON"),
                ", ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
                ".",
            ]
        return [
            "Bereavement: the late ",
            pii(dead, "PERSON"),
            " (born ",
            pii(m.dob_en(), "DATE_OF_BIRTH"),
            ", last address ",
            pii(m.uk_address(), "ADDRESS"),
            ") had a music subscription charged after death. Refund to the estate please. "
            "Contact: ",
            pii(m.email(), "EMAIL_ADDRESS"),
        ]
    if m.r.random() < 0.5:
        return [
            "How do I cancel subscriptions for someone who has passed away? The streaming firm "
            "says to ask the bank to block the merchant. Your bereavement team email is "
            "bereavement@harbourline.co.uk, right?",
        ]
    return [
        "Bereavement support notice: from 1 April the Tell Us Once service covers council and "
        "DVLA records but not gyms or streaming services. Our bereavement line 0800 917 4431 "
        "can stop card payments to merchants.",
    ]


def en_nanny(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        nanny = f"{m.given('f')} {m.surname()}"
        if m.r.random() < 0.5:
            return [
                "Setting up a standing order for our au pair, ",
                pii(nanny, "PERSON"),
                ", €95 a week to her Irish account ",
                pii(m.iban("IE"), "IBAN_CODE"),
                ". Her phone is ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
                " if your team need to confirm payee details.",
            ]
        g, s = m.given(), m.surname()
        addr, _ = m.us_address()
        return [
            "Household payroll: nanny ",
            pii(f"{g} {s}", "PERSON"),
            ", SSN ",
            pii(m.ssn(), "US_SSN"),
            ", home ",
            pii(addr, "ADDRESS"),
            ". Weekly pay ",
            m.money(500, 900, "$"),
            " every Friday from our checking account.",
        ]
    if m.r.random() < 0.5:
        return [
            "We use Little Acorns Nanny Agency, 3 Brunel Yard, Bath BA1 1SU, and pay them, not "
            "the nanny. Can the payment be flagged as childcare for the tax-free childcare "
            "scheme?",
        ]
    return [
        "Is there a limit on how much we can pay an au pair as pocket money before it counts as "
        "wages? The agency says £90 a week is normal; the contract starts on 1 September.",
    ]


def en_school_trip(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        teacher = m.full()
        kids = [m.full() for _ in range(2)]
        if m.r.random() < 0.5:
            return [
                "I'm a teacher collecting Year 6 residential trip money into my own account, ",
                pii(m.uk_account()[1], "BANK_ACCOUNT"),
                ". Payments so far: ",
                pii(kids[0], "PERSON"),
                " £185, ",
                pii(kids[1], "PERSON"),
                " £185. Is that allowed or should the school set up an account? ",
                pii(teacher, "PERSON"),
            ]
        return [
            "Paid the Paris trip deposit twice by mistake for my son ",
            pii(kids[0], "PERSON"),
            ". The school said to ask you to recall the second payment. My card ",
            pii(m.card(), "CREDIT_CARD"),
            ", contact ",
            pii(m.email(), "EMAIL_ADDRESS"),
            ".",
        ]
    if m.r.random() < 0.5:
        return [
            "St Aidan's Primary, Lincoln Road, collects trip payments by the ParentPay app. The "
            "office is open 8:30-15:30, office@staidans.sch.uk. Deadline for the zoo trip: 9 May.",
        ]
    return [
        "Our school's trip account is in the name of the PTA, not a teacher. Can the PTA "
        "chair and treasurer both sign online? The AGM is on 15 October.",
    ]


def en_coaching(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        agent, cust = m.given(), m.full()
        return (
            [
                "Coaching note after live call: agent ",
                pii(agent, "PERSON"),
                " read back the caller's date of birth (",
                pii(m.dob_en(), "DATE_OF_BIRTH"),
                ") and full address (",
                pii(m.uk_address(), "ADDRESS"),
                ") before ID&V was complete. Customer: ",
                pii(cust, "PERSON"),
                ". Please redo module 3.",
            ]
            if m.r.random() < 0.5
            else [
                "QA score 71%. On the call with ",
                pii(cust, "PERSON"),
                ", agent ",
                pii(agent, "PERSON"),
                " typed the customer's card ",
                pii(m.card(), "CREDIT_CARD"),
                " into the notes field. Redact and refresh PCI training.",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "Role-play 4 (complaints). CUSTOMER: I've been charged twice for my flight! AGENT: "
            "I'm sorry to hear that, can I take you through security first? CUSTOMER: Fine. "
            "TRAINER NOTE: the agent should not ask for the full card number.",
        ]
    return [
        "Training day, Lincoln Tower, 4th floor, 22 Victoria Street. Scenario cards: 'the "
        "worried parent', 'the customer abroad', 'the impatient caller'. Facilitator: "
        "learning.team@harbourline.co.uk.",
    ]


def en_bookclub(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        g, s = m.given(), m.surname()
        return (
            [
                "Please add me to the branch book club. ",
                pii(f"{g} {s}", "PERSON"),
                ", ",
                pii(m.email(g, s), "EMAIL_ADDRESS"),
                ", mobile ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
                ". I'd love to come to the Zadie Smith evening.",
            ]
            if m.r.random() < 0.5
            else [
                "Ticket refund for the author talk please: booked by ",
                pii(m.full(), "PERSON"),
                " on card ",
                pii(m.card(), "CREDIT_CARD"),
                ". Kazuo Ishiguro cancelled, so the venue did too.",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "This month the club reads Wolf Hall; Hilary Mantel's Thomas Cromwell is our "
            "character study, with Elizabeth Bennet for comparison. Meet at the Darwin Room, "
            "Victoria Street branch, 6pm.",
        ]
    return [
        "Radio advert script (30s): 'Hi, I'm Jo Whiley, and when I moved house Harbourline "
        "made the mortgage simple.' Voice: Jo Whiley. Disclaimer read by the announcer. "
        "Air dates 3-16 March.",
    ]


def en_permits(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        g, s = m.given(), m.surname()
        return (
            [
                "The council took my parking permit fee twice from card ",
                pii(m.card(), "CREDIT_CARD"),
                ". Permit holder ",
                pii(f"{g} {s}", "PERSON"),
                ", ",
                pii(m.uk_address(), "ADDRESS"),
                ". Zone C, permit no. ",
                m.digits(7),
                ".",
            ]
            if m.r.random() < 0.5
            else [
                "Allotment rent direct debit bounced. Plot 17 is in my name, ",
                pii(m.full(), "PERSON"),
                ". Pay it from account ",
                pii(m.uk_account()[1], "BANK_ACCOUNT"),
                " instead; text me on ",
                pii(m.uk_mobile(), "PHONE_NUMBER"),
            ]
        )
    if m.r.random() < 0.5:
        return [
            "Parking permits for the Queen Elizabeth Road car park behind the branch are "
            f"{m.money(40, 90)} a quarter. Apply at the council office, Guildhall, or call "
            "01603 212212.",
        ]
    return [
        "Allotment society AGM minutes: rents rise to £48 from 1 April; the treasurer will set "
        "up a direct debit form; the Lord Mayor opens the new shed on 21 May.",
    ]


# --------------------------------------------------------------------------------------------
# Chinese genres

ZH_BANK = "海澜银行"
ZH_HOTLINES = ("95528", "95566", "400-820-6677", "400-618-8899", "800-830-1234")


def zh_mileage(m: Maker, personal: bool) -> list[Piece]:
    air = m.pick(["云翔航空", "东海航空", "蓝鹰航空"])
    miles = m.r.randint(3000, 80000)
    if personal:
        return (
            [
                "你好，我用联名信用卡 ",
                pii(m.card(), "CREDIT_CARD"),
                f" 消费，{air}的里程少了{miles}公里。会员本人",
                pii(m.zh_full(), "PERSON"),
                "，手机",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，麻烦核实一下。",
            ]
            if m.r.random() < 0.5
            else [
                "里程补登申请：乘机人",
                pii(m.zh_full(), "PERSON"),
                "，身份证号",
                pii(m.cn_id(), "CN_ID_CARD"),
                f"，航班日期 3 月 8 日，应累积 {miles} 里程，请联系邮箱",
                pii(m.zh_email(), "EMAIL_ADDRESS"),
                "。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            f"{air}联名卡的里程每月几号到账？客服说是账单日后 5 个工作日，可是 2 月的还没到。"
            f"订单号 {m.ref('MIL')}。",
        ]
    return [
        f"请问里程兑换机票是在{air}官网操作还是在{ZH_BANK}App 里？热线 {m.pick(ZH_HOTLINES)} "
        "一直占线。",
    ]


def zh_customs(m: Maker, personal: bool) -> list[Piece]:
    bill = f"{m.pick(['SF', 'YT', 'EMS'])}{m.digits(12)}"
    if personal:
        return (
            [
                f"跨境电商包裹 {bill} 被海关征税 {m.r.randint(30, 900)} 元，收件人",
                pii(m.zh_person(), "PERSON"),
                "，地址",
                pii(m.zh_address(), "ADDRESS"),
                "，税款从我的银行卡 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                " 扣了两次，能退吗？",
            ]
            if m.r.random() < 0.5
            else [
                "海淘清关需要实名认证，我填了身份证号 ",
                pii(m.cn_id(), "CN_ID_CARD"),
                "，姓名",
                pii(m.zh_full(), "PERSON"),
                "，电话 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "。现在担心是不是钓鱼网站，请帮忙看一下。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            f"请问跨境电商综合税的税率是多少？运单 {bill} 显示“待缴税”，"
            "海关的 12360 热线说可以用银行卡在线缴。",
        ]
    return [
        "我们公司做跨境电商，关税由报关行代缴，收款到对公账户。"
        "请问贵行有没有针对保税仓的结算产品？联系 crossborder@haitong-trade.cn。",
    ]


def zh_royalties(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "我是自由撰稿人，海外杂志的稿费打到我的 IBAN 说不支持，改收人民币可以吗？收款人",
                pii(m.zh_full(), "PERSON"),
                "，卡号 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "，联系邮箱 ",
                pii(m.zh_email(), "EMAIL_ADDRESS"),
                "。",
            ]
            if m.r.random() < 0.5
            else [
                "德国客户的设计费汇到了我在欧洲的账户 ",
                pii(m.iban("DE"), "IBAN_CODE"),
                "，现在想转回国内。本人",
                pii(m.zh_full(), "PERSON"),
                "，出生日期 ",
                pii(m.zh_dob(m.birth()), "DATE_OF_BIRTH"),
                "，需要提供什么材料？",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "境外稿酬收入在个税汇算时算劳务报酬还是稿酬所得？出版社说已经代扣了 20%。"
            "刘慈欣的新书分成也是这样算的吗？",
        ]
    return [
        f"自由职业者收境外款项：单笔等值 5 万美元以内无需审批，超过请到网点办理。"
        f"咨询 {m.pick(ZH_HOTLINES)}，或发邮件 fx-service@hailan-bank.cn。",
    ]


def zh_phishing(m: Maker, personal: bool) -> list[Piece]:
    fake = m.pick(["【海澜银行】", "【ETC服务】", "【国家医保】", "【顺丰速运】"])
    if personal:
        return (
            [
                f"转发一条短信：“{fake}您的积分即将清零，点击 hl-bank.top 兑换。”我点进去填了姓名",
                pii(m.zh_full(), "PERSON"),
                "和银行卡 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "，预留手机 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，现在怎么办？",
            ]
            if m.r.random() < 0.5
            else [
                f"收到一封冒充{fake}的邮件，发到我的邮箱 ",
                pii(m.zh_email(), "EMAIL_ADDRESS"),
                "，里面居然有我的住址",
                pii(m.zh_address(), "ADDRESS"),
                "和身份证号 ",
                pii(m.cn_id(), "CN_ID_CARD"),
                "，是不是信息泄露了？",
            ]
        )
    if m.r.random() < 0.5:
        return [
            f"转发：“{fake}您的账户存在异常，请拨打 400-860-1234 解除限制。”"
            "这个号码不是你们的官方热线吧？我没有回电。",
        ]
    return [
        f"钓鱼短信常见套路：冒充{fake}、ETC 失效、医保卡冻结。{ZH_BANK}不会通过短信链接"
        "索要验证码。举报请发至 fanzha@hailan-bank.cn。",
    ]


def zh_identity(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        ymd = m.birth()
        return (
            [
                "钱包被偷了，里面有：身份证（",
                pii(m.cn_id(ymd), "CN_ID_CARD"),
                "，出生 ",
                pii(m.zh_dob(ymd), "DATE_OF_BIRTH"),
                "）、储蓄卡 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "、一张信用卡 ",
                pii(m.card(), "CREDIT_CARD"),
                "。已报警。本人",
                pii(m.zh_full(), "PERSON"),
            ]
            if m.r.random() < 0.5
            else [
                "有人冒用我的身份在网上开了账户，登录 IP 是 ",
                pii(m.ip(), "IP_ADDRESS"),
                "，不是我本人。我叫",
                pii(m.zh_full(), "PERSON"),
                "，电话 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，请冻结。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "身份证丢失后要做哪些事？派出所说先挂失补办，银行卡要不要也挂失？"
            "我在鲁迅公园旁边的网点排了一个小时。",
        ]
    return [
        f"案件 {m.ref('ID')} 处理结果：冒名开立的账户已于 5 月 12 日销户，征信异议已提交"
        "征信中心，客户无需再到柜台。",
    ]


def zh_debt_advice(m: Maker, personal: bool) -> list[Piece]:
    org = m.pick(["安心债务咨询中心", "明理法律援助站", "同心信用修复公益服务社"])
    if personal:
        return (
            [
                f"{ZH_BANK}信用卡中心：{org}受",
                pii(m.zh_full(), "PERSON"),
                "委托，申请对其信用卡 ",
                pii(m.card(), "CREDIT_CARD"),
                " 停息挂账 60 期。委托人住址",
                pii(m.zh_address(), "ADDRESS"),
                "。附委托书。",
            ]
            if m.r.random() < 0.5
            else [
                "来函：当事人",
                pii(m.zh_person(), "PERSON"),
                "（身份证 ",
                pii(m.cn_id(), "CN_ID_CARD"),
                f"）失业半年，{org}代为协商个性化分期，请回电当事人 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            f"{org}地址：中山路 88 号逸夫楼 3 层，公益咨询电话 {m.pick(ZH_HOTLINES[2:])}，"
            "工作日 9:00-17:00，欢迎银行转介有困难的客户。",
        ]
    return [
        "关于债务咨询机构代客户来函的处理规范：须附委托书原件，客服在 15 个工作日内书面答复，"
        "逾期由消保部跟进。",
    ]


def zh_foster(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "我们是民政局认定的寄养家庭，寄养补贴想打到爱人",
                pii(m.zh_full(), "PERSON"),
                "的卡上，卡号 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "，能改吗？联系人",
                pii(m.zh_titled(), "PERSON"),
                " ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
            ]
            if m.r.random() < 0.5
            else [
                "寄养儿童生活费 10 月没到账。寄养人",
                pii(m.zh_full(), "PERSON"),
                "，家庭住址",
                pii(m.zh_address(), "ADDRESS"),
                "，麻烦查一下代发记录。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "请问儿童福利院代寄养儿童开立的账户，监护人一栏填福利院还是寄养家庭？"
            "福利院地址是逸夫路 12 号。",
        ]
    return [
        "民政局通知：家庭寄养补贴于每月 10 日前统一代发，如有疑问请致电 12349 民政服务热线。",
    ]


def zh_rosca(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        a, b = m.zh_person(), m.zh_full()
        return (
            [
                "我们村里搞标会，会头是",
                pii(a, "PERSON"),
                "，每月每人交 2000 元打到会头的卡上 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "。这个月",
                pii(b, "PERSON"),
                "得标后人联系不上了，银行能帮忙查吗？",
            ]
            if m.r.random() < 0.5
            else [
                "互助会记账：",
                pii(m.zh_full(), "PERSON"),
                " 已交 6 期，",
                pii(m.zh_full(), "PERSON"),
                " 已交 5 期。收款人手机 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，有问题找我。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "提醒：民间“标会”“抬会”不受法律保护，资金风险大。如需储蓄理财，"
            f"请到{ZH_BANK}中山路支行咨询，电话 {m.pick(ZH_HOTLINES)}。",
        ]
    return [
        "请问互助会的钱集中存到一个账户里，会被风控认为是非法集资吗？我们是一个小区的"
        "十二户邻居，每月 15 号交。",
    ]


def zh_parking(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "车位租赁合同：出租人",
                pii(m.zh_full(), "PERSON"),
                "，承租人",
                pii(m.zh_full(), "PERSON"),
                "，租金每月 600 元转入出租人银行卡 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "，车位位于",
                pii(m.zh_address(), "ADDRESS"),
                "地下 B2-118。",
            ]
            if m.r.random() < 0.5
            else [
                "停车证代扣失败了，业主",
                pii(m.zh_titled(), "PERSON"),
                "，手机 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，麻烦重新发起扣款。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "逸夫楼地下车库月租车位 450 元/月，请到物业服务中心（中山路 201 号）办理，"
            f"物业电话 {m.zh_landline()}。",
        ]
    return [
        "请问车位租金可以用信用卡分期吗？物业说只收对公账户转账，户名是绿洲物业管理有限公司。",
    ]


def zh_handset(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "合约机碎屏险理赔，机主",
                pii(m.zh_full(), "PERSON"),
                "，号码 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，分期扣款的信用卡是 ",
                pii(m.card(), "CREDIT_CARD"),
                "，维修费应由保险承担。",
            ]
            if m.r.random() < 0.5
            else [
                "营业厅办合约机时拿了我的身份证复印件，号码 ",
                pii(m.cn_id(), "CN_ID_CARD"),
                "，现在每月多扣 39 元碎屏险。我叫",
                pii(m.zh_person(), "PERSON"),
                "，住",
                pii(m.zh_address(), "ADDRESS"),
                "。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "合约机分期的信用卡优惠截止到 12 月 31 日，碎屏险需另购。详询营业厅或拨打 10086，"
            f"银行分期咨询 {m.pick(ZH_HOTLINES)}。",
        ]
    return [
        f"请问手机合约期内销户，剩余分期要一次性还清吗？营业厅说要问银行，订单号 {m.ref('HS')}。",
    ]


def zh_flood(m: Maker, personal: bool) -> list[Piece]:
    policy = f"JC{m.digits(12)}"
    if personal:
        return (
            [
                f"7 月暴雨家里进水，家财险保单 {policy}。被保险人",
                pii(m.zh_full(), "PERSON"),
                "，出险地址",
                pii(m.zh_address(), "ADDRESS"),
                "，理赔款请打到 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "。",
            ]
            if m.r.random() < 0.5
            else [
                "洪水理赔查勘员要我补材料，请发到 ",
                pii(m.zh_email(), "EMAIL_ADDRESS"),
                "。被保险人",
                pii(m.zh_titled(), "PERSON"),
                "，联系电话 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                f"，保单 {policy}。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            f"受 7 月 22 日强降雨影响，{ZH_BANK}中山路支行暂停营业，家财险报案请拨 "
            f"{m.pick(ZH_HOTLINES)}，保单 {policy} 等批量报案已开通绿色通道。",
        ]
    return [
        "家财险对地下室进水赔不赔？保险公司说要看条款里的“暴雨、洪水”责任，车库里的电动车不在"
        "保障范围。",
    ]


def zh_after_death(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "我家老人",
                pii(m.zh_full(), "PERSON"),
                "上个月去世了，老人的信用卡 ",
                pii(m.card(), "CREDIT_CARD"),
                " 还在自动续费视频会员和健身卡，请帮忙停掉。我是家属",
                pii(m.zh_full(), "PERSON"),
                "，电话 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
            ]
            if m.r.random() < 0.5
            else [
                "已故持卡人",
                pii(m.zh_full(), "PERSON"),
                "（身份证 ",
                pii(m.cn_id(), "CN_ID_CARD"),
                "）名下的音乐会员被继续扣费，继承人要求退还，联系邮箱 ",
                pii(m.zh_email(), "EMAIL_ADDRESS"),
                "。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "家人去世后，视频平台的自动续费怎么关？平台说要持卡行止付，是不是要带死亡证明去网点？",
        ]
    return [
        "温馨提示：持卡人身故后，继承人可凭死亡证明和继承公证办理账户止付，"
        f"身故业务专线 {m.pick(ZH_HOTLINES)} 转 6。",
    ]


def zh_nanny(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "每月 8 号给育儿嫂",
                pii(m.zh_person(), "PERSON"),
                "发工资 7500 元，想设定期转账到对方的卡 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "，对方手机 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "。",
            ]
            if m.r.random() < 0.5
            else [
                "家政公司要我提供保姆",
                pii(m.zh_full(), "PERSON"),
                "的身份证号 ",
                pii(m.cn_id(), "CN_ID_CARD"),
                " 办保险，这样发给他们安全吗？",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "我们通过家政公司（逸夫楼 6 层，安心家政）请的住家阿姨，"
            "工资是打给公司还是打给阿姨本人？合同从 3 月 1 日开始。",
        ]
    return [
        "育儿嫂工资按月定期转账的话，手续费怎么收？同行转账是不是免费？",
    ]


def zh_spring_trip(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "我是班主任",
                pii(m.pick(ZH_SURNAMES) + "老师", "PERSON"),
                "，春游费 180 元请家长转到我的卡 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "。已交：",
                pii(m.zh_full(), "PERSON"),
                "、",
                pii(m.zh_full(), "PERSON"),
                "。",
            ]
            if m.r.random() < 0.5
            else [
                "孩子",
                pii(m.zh_full(), "PERSON"),
                "的春游费重复支付了两次，家长",
                pii(m.zh_full(), "PERSON"),
                "，电话 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，请退回一笔。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            "中山路小学通知：春游定于 4 月 18 日去鲁迅公园，费用通过学校缴费平台收取，"
            "请勿转账给个人。",
        ]
    return [
        "请问学校的春游代收费是不是只能用对公账户？家委会想开个账户，需要哪些人签字？",
    ]


def zh_lottery(m: Maker, personal: bool) -> list[Piece]:
    if personal:
        return (
            [
                "体彩投诉：我在 App 上买的竞彩中了 2600 元没派奖，账户绑定手机 ",
                pii(m.zh_mobile(), "PHONE_NUMBER"),
                "，提现银行卡 ",
                pii(m.unionpay(), "BANK_ACCOUNT"),
                "。本人",
                pii(m.zh_full(), "PERSON"),
                "。",
            ]
            if m.r.random() < 0.5
            else [
                "银行抽奖中奖确认：中奖客户",
                pii(m.zh_full(), "PERSON"),
                "，领奖需核对身份证 ",
                pii(m.cn_id(), "CN_ID_CARD"),
                "，奖品寄送地址",
                pii(m.zh_address(), "ADDRESS"),
                "。",
            ]
        )
    if m.r.random() < 0.5:
        return [
            f"{ZH_BANK}“春节红包雨”抽奖公示：一等奖 3 名，手机尾号 1186、7723、0459；"
            "公证机构：中山公证处。",
        ]
    return [
        f"{ZH_BANK}电台广告：“我是主持人白岩松……”（30 秒）。播出时间 3 月 1 日至 15 日，"
        "读书会嘉宾余华、莫言签售安排另见海报。",
    ]


EN_GENRES: dict[str, Builder] = {
    "loyalty": en_loyalty,
    "import_duty": en_import_duty,
    "freelancer": en_freelancer,
    "phishing_fwd": en_phishing,
    "identity_theft": en_identity_theft,
    "debt_advice": en_debt_advice,
    "foster": en_foster,
    "savings_club": en_savings_club,
    "flood_claim": en_flood,
    "after_death": en_after_death,
    "nanny": en_nanny,
    "school_trip": en_school_trip,
    "coaching": en_coaching,
    "bookclub_radio": en_bookclub,
    "permits": en_permits,
}
ZH_GENRES: dict[str, Builder] = {
    "mileage": zh_mileage,
    "customs": zh_customs,
    "royalties": zh_royalties,
    "phishing_fwd": zh_phishing,
    "identity": zh_identity,
    "debt_advice": zh_debt_advice,
    "foster": zh_foster,
    "rosca": zh_rosca,
    "parking": zh_parking,
    "handset": zh_handset,
    "flood_claim": zh_flood,
    "after_death": zh_after_death,
    "nanny": zh_nanny,
    "spring_trip": zh_spring_trip,
    "lottery_radio": zh_lottery,
}


# --------------------------------------------------------------------------------------------
# more PII-free messages per genre, with their own slots (places and people named in them are
# businesses, buildings, public figures or fictional), and openings and closings for every row

EN_BRANCHES = (
    "Nelson Mandela Square branch",
    "Lincoln Tower office",
    "Victoria Street branch",
    "Wellington Road branch",
    "Churchill Way branch",
    "Darwin House, Cambridge",
    "Brunel Court contact centre",
    "Florence Nightingale Walk branch",
)
EN_FAMOUS = (
    "Zadie Smith",
    "Kazuo Ishiguro",
    "Bernardine Evaristo",
    "Ian Rankin",
    "Malala Yousafzai",
    "David Attenborough",
    "Jo Whiley",
    "Lauren Laverne",
    "Marcus Rashford",
)
EN_FICTIONAL = (
    "Sherlock Holmes",
    "Paddington Bear",
    "Elizabeth Bennet",
    "Mr Micawber",
    "Bridget Jones",
    "Hercule Poirot",
)
EN_TEAMS = (
    "help@harbourline.co.uk",
    "disputes@harbourline.co.uk",
    "rewards@harbourline.co.uk",
    "bereavement@harbourline.co.uk",
    "community@harbourline.co.uk",
    "press@harbourline.co.uk",
)
EN_OPEN = ("", "", "Hi, ", "Hello there. ", "Quick question: ", "Good morning, ", "Dear team, ")
EN_CLOSE = (
    "",
    "",
    " Thanks.",
    " Many thanks!",
    " Cheers",
    " Kind regards.",
    " (sent from my phone)",
)


def en_date(m: Maker) -> str:
    month = m.pick(words("January February March April May June July August September October"))
    return f"{m.r.randint(1, 28)} {month}"


def en_extra_negative(m: Maker, genre: str) -> str:
    branch, famous, fictional = m.pick(EN_BRANCHES), m.pick(EN_FAMOUS), m.pick(EN_FICTIONAL)
    team, hot, day = m.pick(EN_TEAMS), m.pick(EN_HOTLINES), en_date(m)
    options = {
        "loyalty": [
            f"Do Avios earned on a joint card go to the main holder? The {branch} said to ask "
            f"{team}.",
            f"My boarding pass for the {day} flight was scanned but no points posted; booking "
            f"{m.ref('BK')}, cabin economy.",
        ],
        "import_duty": [
            f"Is the £{m.r.randint(8, 20)} 'customs clearance fee' a real thing? The courier's "
            f"depot is on Thomas Telford Way. Waybill {m.ref('WB')}.",
            f"We import fabric from Portugal for our shop; can duty be paid from the business "
            f"account before {day}? Contact {team}.",
        ],
        "freelancer": [
            f"Which exchange rate applies to a USD payment that lands on a Sunday? Our invoice "
            f"{m.ref('INV')} was for consulting in Toronto.",
            f"Your webinar with {famous} on freelancing abroad was great. Is there a recording? "
            f"It ran on {day}.",
        ],
        "phishing_fwd": [
            f"Another one: 'Dear valued customer, your card is locked. Call {hot} now.' Signed "
            f"'{fictional}, Security'. Clearly fake - forwarded.",
            f"Text claiming to be from {m.pick(['Evri', 'DVLA', 'your bank'])} with a link to a "
            f"'.top' site. Received {day}. I deleted it.",
        ],
        "identity_theft": [
            f"Do I need a police crime number before you investigate? The {branch} says yes; "
            f"Action Fraud gave reference NFRC{m.digits(9)}.",
            f"Our community talk on identity theft with {famous} is on {day} at the "
            f"{branch}. Free entry, sign up via {team}.",
        ],
        "debt_advice": [
            f"Could your hardship team accept a standard financial statement from "
            f"StepChange? The office on Queen Victoria Street said yes. Ref {m.ref('SFS')}.",
            f"Debt advice drop-in every Tuesday at the {branch}, 10:00-13:00, run with the "
            f"local Citizens Advice. No appointment needed.",
        ],
        "foster": [
            f"Fostering fortnight starts {day}; the {branch} is collecting donations for "
            f"the Barnardo's shop next door.",
            f"Do you offer a junior ISA for a child in care? The council's virtual school "
            f"head mentioned one, reference {m.ref('JISA')}.",
        ],
        "savings_club": [
            f"Can a savings club account pay interest to each member separately? We meet at "
            f"the {branch} on the first Monday.",
            f"Our club's year ends on {day}. What do we need for the annual statement? "
            f"Account type: community club.",
        ],
        "flood_claim": [
            f"The river burst its banks on {day}. Is the {branch} still closed? Your "
            f"status page said 'reopening soon'.",
            f"Flood claim {m.ref('CLM')}: the dehumidifiers are running; the contractor, "
            f"Severn Valley Drying Ltd, wants payment direct.",
        ],
        "after_death": [
            f"What does the bank need to close a streaming account of someone who died on "
            f"{day}? We have the death certificate and the will.",
            f"Bereavement café at the {branch} every second Thursday, with speakers "
            f"from Cruse. Questions: {team}.",
        ],
        "nanny": [
            f"Does tax-free childcare cover a nanny from Norland Agency? Their office is in "
            f"Bath; invoice {m.ref('NAN')}.",
            f"Au pair season starts {day}; what's the cheapest way to pay pocket money into "
            f"a Spanish bank?",
        ],
        "school_trip": [
            f"School trip to the {fictional} exhibition on {day}: pay £{m.r.randint(8, 40)} via "
            f"the school app only, not to staff.",
            f"Is there a child-friendly card for a Year 9 trip to Berlin? The trip leaves on "
            f"{day}; the school office is on Darwin Road.",
        ],
        "coaching": [
            f"Role-play 7: CALLER: 'I think I've been scammed.' AGENT: 'Let's secure the "
            f"account first.' Debrief led by the {branch} team on {day}.",
            "Training quiz: which of these may the agent read back? (a) the full card "
            "number (b) the last four digits (c) the CVV. Answer: (b).",
        ],
        "bookclub_radio": [
            f"Podcast ep. {m.r.randint(10, 90)}: '{famous} on money and memory', presented by "
            f"{m.pick(EN_FAMOUS)}. Out {day}.",
            f"Next month's read features {fictional}; the signing with {famous} is at the "
            f"{branch}, doors 6:30pm.",
        ],
        "permits": [
            f"Resident parking zone D renewals open {day}. Pay by card at the council "
            f"offices, Churchill Square, or on the app.",
            f"Allotment waiting list reference {m.ref('ALT')}. Site: Nightingale Lane "
            f"allotments. Fee due by {day}.",
        ],
    }
    return m.pick(options[genre])


ZH_BRANCHES = (
    "中山路支行",
    "逸夫楼营业点",
    "鲁迅公园东门网点",
    "黄兴路支行",
    "人民路营业部",
    "解放大道支行",
    "孙中山纪念馆旁的网点",
    "邵逸夫医院对面的自助银行",
)
ZH_FAMOUS = ("白岩松", "莫言", "余华", "刘慈欣", "董宇辉", "撒贝宁", "杨绛", "易中天")
ZH_FICTIONAL = ("孙悟空", "林黛玉", "哪吒", "贾宝玉", "诸葛亮", "孔乙己")
ZH_TEAMS = (
    "kefu@hailan-bank.cn",
    "tousu@hailan-bank.cn",
    "licai@hailan-bank.cn",
    "xinyongka@hailan-bank.cn",
)
ZH_OPEN = ("", "", "您好，", "请问一下，", "客服你好：", "打扰了，", "在吗？")
ZH_CLOSE = ("", "", "谢谢！", "麻烦了。", "急，谢谢", "（手机发送）", "辛苦了")


def zh_date(m: Maker) -> str:
    return f"{m.r.randint(1, 12)}月{m.r.randint(1, 28)}日"


def zh_extra_negative(m: Maker, genre: str) -> str:
    branch, famous, fictional = m.pick(ZH_BRANCHES), m.pick(ZH_FAMOUS), m.pick(ZH_FICTIONAL)
    team, hot, day = m.pick(ZH_TEAMS), m.pick(ZH_HOTLINES), zh_date(m)
    options = {
        "mileage": [
            f"里程兑换的机票退票后里程能退回吗？航空公司说要找发卡行，{hot} 转人工。",
            f"{day}的航班延误了，联名卡的航延险怎么申请？订单号 {m.ref('FL')}。",
        ],
        "customs": [
            f"跨境电商平台说关税已含在售价里，为什么银行卡还扣了一笔？商户是“环球优品旗舰店”，"
            f"{day}下单。",
            f"外贸企业出口退税到账查询请发邮件至 {team}，对公业务请到{branch}办理。",
        ],
        "royalties": [
            f"境外平台的稿费结汇需要合同吗？{branch}的柜员说要看金额，编号 {m.ref('FX')}。",
            f"{famous}新书海外版权收入的新闻里说要缴税，个人的海外稿费是不是也一样？",
        ],
        "phishing_fwd": [
            f"又收到一条：“【{m.pick(['顺丰速运', '京东物流', '拼多多'])}客服】"
            "您的快递丢失，可获三倍理赔，请加 QQ 群。”已举报。",
            f"冒充{m.pick(['电商客服', '社保局', '银行客服'])}的短信说要“注销校园贷”，"
            f"让拨打 {m.pick(['400-860-1234', '0755-8866 1100'])}。这肯定是诈骗吧？",
        ],
        "identity": [
            f"身份证被别人借用开卡了，要去哪里销户？{branch}说要本人到场，报警回执号 "
            f"{m.ref('JJ')}。",
            f"{day}{branch}举办“防范身份冒用”讲座，主讲人{famous}，欢迎市民参加。",
        ],
        "debt_advice": [
            f"债务咨询机构说可以帮忙“停息挂账”，收 3000 元服务费，这种是正规的吗？"
            f"他们办公室在{branch}楼上。",
            f"消保宣传周（{day}起）：理性借贷，远离“代理维权”。咨询热线 {hot}。",
        ],
        "foster": [
            f"寄养家庭补贴标准是多少？民政局在逸夫楼办公，{day}有政策宣讲。",
            f"福利院的孩子可以在{branch}开少儿账户吗？需要哪些证明材料？",
        ],
        "rosca": [
            f"我们单位工会搞的互助储金，钱放在工会的对公账户，年底{day}分红，这个合规吗？",
            f"{branch}提示：“标会”一旦倒会，资金难追回，请通过正规渠道理财。",
        ],
        "parking": [
            f"鲁迅公园停车场包月 300 元，能用信用卡付吗？停车场管理处电话 {hot}。",
            f"小区车位摇号定在{day}，中签后租金交到物业的对公账户，合同编号 {m.ref('CW')}。",
        ],
        "handset": [
            f"碎屏险理赔是保险公司审核还是营业厅？我{day}摔的，维修点在中山路数码城。",
            f"合约机套餐里送的“分期免息”是{branch}的活动吗？订单号 {m.ref('HY')}。",
        ],
        "flood_claim": [
            f"{day}的洪水过后，{branch}的自助设备恢复了吗？",
            f"家财险理赔进度查询：案件号 {m.ref('LP')}，查勘公司为“安泰公估”，请耐心等待。",
        ],
        "after_death": [
            f"亲人{day}去世，他订的报纸和视频会员要怎么退？公证处在中山路，继承公证办完了。",
            f"{branch}提示：办理已故客户账户业务，请提前预约，电话 {hot}。",
        ],
        "nanny": [
            "家政公司推荐的育儿嫂工资是打给公司还是打给本人比较好？公司在逸夫楼 8 层。",
            f"住家保姆的工资每月 8 号发，能不能设置每月自动转账？从{day}开始。",
        ],
        "spring_trip": [
            f"学校通知{day}去{fictional}主题乐园秋游，费用由家委会统一缴，请问能开发票吗？",
            f"春游费用请通过“智慧校园”平台缴纳，学校地址中山路 66 号，咨询电话 {hot}。",
        ],
        "lottery_radio": [
            f"读书会预告：{day}晚七点，{famous}与读者聊《活着》，地点：{branch}二楼。",
            f"抽奖公示：手机尾号 {m.digits(4)}、{m.digits(4)} 的客户获得{fictional}主题"
            f"储蓄罐，请到{branch}领取。",
        ],
    }
    return m.pick(options[genre])


def en_extra_positive(m: Maker, genre: str) -> list[Piece]:
    """A third personal message per genre, in another layout (forms, chats, notes)."""
    g, s = m.given(), m.surname()
    name = pii(f"{g} {s}", "PERSON")
    mail, mobile = pii(m.email(g, s), "EMAIL_ADDRESS"), pii(m.uk_mobile(), "PHONE_NUMBER")
    home = pii(m.uk_address(), "ADDRESS")
    options: dict[str, Callable[[], list[Piece]]] = {
        "loyalty": lambda: [
            "Frequent flyer number on the booking doesn't match the card. Name on card: ",
            name,
            "; DOB ",
            pii(m.dob_en(), "DATE_OF_BIRTH"),
            "; email ",
            mail,
            ".",
        ],
        "import_duty": lambda: [
            "[chat] customer: the duty bill for my parcel came to ",
            home,
            " but the name on it is wrong, it should be ",
            name,
            ". can you stop the payment?",
        ],
        "freelancer": lambda: [
            "Payee details for my Canadian client: beneficiary ",
            name,
            ", IBAN ",
            pii(m.iban(), "IBAN_CODE"),
            ", address ",
            home,
            ". Is that enough for a USD wire?",
        ],
        "phishing_fwd": lambda: [
            "They had my old login details too - the scam e-mail said it was sent from IP ",
            pii(m.ip(), "IP_ADDRESS"),
            " and quoted my mobile ",
            mobile,
            ". Please check my account, ",
            name,
            ".",
        ],
        "identity_theft": lambda: [
            "Things taken: passport, my debit card (account ",
            pii(m.uk_account()[1], "BANK_ACCOUNT"),
            "), a bill with my address ",
            home,
            ". I'm ",
            name,
            ", call ",
            mobile,
            ".",
        ],
        "debt_advice": lambda: [
            "Client: ",
            name,
            "\nDOB: ",
            pii(m.dob_en(), "DATE_OF_BIRTH"),
            "\nAddress: ",
            home,
            "\nProposed payment: £",
            str(m.r.randint(5, 60)),
            " per month\nAdviser notes: income is Universal Credit only.",
        ],
        "foster": lambda: [
            "Our new foster placement arrives Friday. Please add ",
            name,
            " as second signatory; their mobile is ",
            mobile,
            " and email ",
            mail,
            ".",
        ],
        "savings_club": lambda: [
            "Club members list (for the mandate): 1) ",
            name,
            " ",
            mobile,
            " 2) ",
            pii(m.full(), "PERSON"),
            " 3) ",
            pii(m.full(), "PERSON"),
            ".",
        ],
        "flood_claim": lambda: [
            "Claim form, section B. Insured: ",
            name,
            ". Risk address: ",
            home,
            ". Daytime phone: ",
            mobile,
            ". Bank details for settlement: account ",
            pii(m.uk_account()[1], "BANK_ACCOUNT"),
            ".",
        ],
        "after_death": lambda: [
            "Please send the closing statement for my late mother's card to me at ",
            home,
            ". I'm her executor, ",
            name,
            ". Her card number was ",
            pii(m.card(), "CREDIT_CARD"),
            ".",
        ],
        "nanny": lambda: [
            "New payee: ",
            name,
            " (our nanny), sort code ",
            m.uk_account()[0],
            ", account ",
            pii(m.uk_account()[1], "BANK_ACCOUNT"),
            ". The nanny will confirm by text from ",
            mobile,
            ".",
        ],
        "school_trip": lambda: [
            "hi its ",
            name,
            " from Year 4, I paid the trip twice on card ",
            pii(m.card(), "CREDIT_CARD"),
            " can u refund one, my number is ",
            mobile,
        ],
        "coaching": lambda: [
            "Call review: agent ",
            pii(m.given(), "PERSON"),
            " sent a reset link to ",
            mail,
            " without checking it matched the customer's record (",
            name,
            ", ",
            mobile,
            ").",
        ],
        "bookclub_radio": lambda: [
            "Competition entry for the radio quiz: ",
            name,
            ", ",
            home,
            ", ",
            mobile,
            ". Answer: Brunel.",
        ],
        "permits": lambda: [
            "Visitor parking permit for my carer please. Holder: ",
            name,
            ", ",
            home,
            ". Carer's car reg on request. Email ",
            mail,
            ".",
        ],
    }
    return options[genre]()


def zh_extra_positive(m: Maker, genre: str) -> list[Piece]:
    """每个体裁的第三种个人信息消息（表格、聊天、备注）。"""
    name = pii(m.zh_full(), "PERSON")
    mobile, mail = pii(m.zh_mobile(), "PHONE_NUMBER"), pii(m.zh_email(), "EMAIL_ADDRESS")
    home, card = pii(m.zh_address(), "ADDRESS"), pii(m.unionpay(), "BANK_ACCOUNT")
    ymd = m.birth()
    options: dict[str, Callable[[], list[Piece]]] = {
        "mileage": lambda: [
            "会员资料变更：姓名 ",
            name,
            "，出生日期 ",
            pii(m.zh_dob(ymd), "DATE_OF_BIRTH"),
            "，新手机 ",
            mobile,
            "。请同步到联名卡积分系统。",
        ],
        "customs": lambda: [
            "【聊天记录】客户：包裹收件地址写的是",
            home,
            "，收件人",
            name,
            "，现在说要补缴税款，这个链接是真的吗？",
        ],
        "royalties": lambda: [
            "收款人：",
            name,
            "\n收款账号：",
            card,
            "\n汇款附言：稿费 ROYALTY 2025Q3\n联系电话：",
            mobile,
        ],
        "phishing_fwd": lambda: [
            "我在假网站上登录过，后台显示登录 IP ",
            pii(m.ip(), "IP_ADDRESS"),
            "，账户是",
            name,
            "的，手机 ",
            mobile,
            "，麻烦马上冻结。",
        ],
        "identity": lambda: [
            "被盗物品清单：1. 身份证 ",
            pii(m.cn_id(ymd), "CN_ID_CARD"),
            "；2. 银行卡 ",
            card,
            "；3. 户口本复印件。失主",
            name,
            "，出生 ",
            pii(m.zh_dob(ymd), "DATE_OF_BIRTH"),
            "。",
        ],
        "debt_advice": lambda: [
            "委托人：",
            name,
            "\n身份证号：",
            pii(m.cn_id(), "CN_ID_CARD"),
            "\n联系地址：",
            home,
            "\n诉求：减免罚息，分 36 期还款。",
        ],
        "foster": lambda: [
            "寄养协议附件：寄养父母",
            name,
            "、",
            pii(m.zh_full(), "PERSON"),
            "，联系电话 ",
            mobile,
            "，补贴收款卡 ",
            card,
            "。",
        ],
        "rosca": lambda: [
            "群聊截图文字：[",
            name,
            "] 这期的钱我打到 ",
            card,
            " 了，大家核对一下。[",
            pii(m.zh_full(), "PERSON"),
            "] 收到。",
        ],
        "parking": lambda: [
            "车位转租登记：原承租人",
            name,
            "（",
            mobile,
            "），新承租人",
            pii(m.zh_full(), "PERSON"),
            "，邮箱 ",
            mail,
            "。",
        ],
        "handset": lambda: [
            "机主实名信息：",
            name,
            "，身份证 ",
            pii(m.cn_id(), "CN_ID_CARD"),
            "，联系地址",
            home,
            "。碎屏险扣款请停止。",
        ],
        "flood_claim": lambda: [
            "理赔收款信息确认：户名 ",
            name,
            "，卡号 ",
            card,
            "，开户行海澜银行中山路支行，联系手机 ",
            mobile,
            "。",
        ],
        "after_death": lambda: [
            "继承人",
            name,
            "申请注销已故会员账户，继承人联系地址",
            home,
            "，邮箱 ",
            mail,
            "。",
        ],
        "nanny": lambda: [
            "育儿嫂信息登记：姓名 ",
            name,
            "，出生日期 ",
            pii(m.zh_dob(ymd), "DATE_OF_BIRTH"),
            "，身份证 ",
            pii(m.cn_id(ymd), "CN_ID_CARD"),
            "，工资卡 ",
            card,
            "。",
        ],
        "spring_trip": lambda: [
            "家长群：",
            pii(m.pick(ZH_SURNAMES) + "老师", "PERSON"),
            "您好，",
            name,
            "的春游费已转，我是孩子妈妈，电话 ",
            mobile,
            "。",
        ],
        "lottery_radio": lambda: [
            "电台有奖竞猜获奖听众：",
            name,
            "，电话 ",
            mobile,
            "，奖品寄往",
            home,
            "。",
        ],
    }
    return options[genre]()


def customer_voice(pieces: list[Piece]) -> bool:
    """A customer's own message (a question, or written in the first person) may open with a
    greeting and close with thanks; notices, notes and forms do not."""
    body = "".join(p if isinstance(p, str) else p[0] for p in pieces)
    return "?" in body or "？" in body or body.startswith(("I ", "I'm", "My ", "We ", "我"))


def compose(pieces: list[Piece]) -> tuple[str, list[dict[str, object]]]:
    """Join the pieces; each (value, label) piece becomes a span exactly on its value."""
    text, spans = "", []
    for piece in pieces:
        if isinstance(piece, tuple):
            value, label = piece
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += piece
    return text, spans


NEGATIVE_SHARE = 0.3


def generate(n: int = 600, seed: int = 22061) -> list[dict[str, object]]:
    """``n`` rows, half English and half Chinese, 30% of each language PII-free."""
    rng = random.Random(seed)
    maker = Maker(rng)
    rows: list[dict[str, object]] = []
    counts = {"en": n // 2, "zh": n - n // 2}
    for lang, genres in (("en", EN_GENRES), ("zh", ZH_GENRES)):
        total = counts[lang]
        negatives = round(total * NEGATIVE_SHARE)
        flags = [False] * negatives + [True] * (total - negatives)
        rng.shuffle(flags)
        names = list(genres)
        order = [names[i % len(names)] for i in range(total)]
        rng.shuffle(order)
        extra = en_extra_negative if lang == "en" else zh_extra_negative
        extra_personal = en_extra_positive if lang == "en" else zh_extra_positive
        opening, closing = (EN_OPEN, EN_CLOSE) if lang == "en" else (ZH_OPEN, ZH_CLOSE)
        for personal, genre in zip(flags, order, strict=True):
            if personal and rng.random() < 1 / 3:
                pieces = extra_personal(maker, genre)
            elif personal or rng.random() < 0.4:
                pieces = genres[genre](maker, personal)
            else:
                pieces = [extra(maker, genre)]
            if customer_voice(pieces):
                greeting, first = maker.pick(opening), pieces[0]
                keeps_capital = isinstance(first, str) and first.startswith(("I ", "I'"))
                if greeting.endswith(", ") and isinstance(first, str) and not keeps_capital:
                    pieces[0] = first[:1].lower() + first[1:]
                pieces = [greeting, *pieces, maker.pick(closing)]
            text, spans = compose(pieces)
            index = len(rows)
            rows.append(
                {
                    "id": f"v22-{lang}-{genre}-{index:04d}",
                    "text": text,
                    "lang": lang,
                    "spans": spans,
                }
            )
    return rows


def stats(rows: list[dict[str, object]]) -> dict[str, object]:
    labels: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    for row in rows:
        lang = str(row["lang"])
        langs[lang] += 1
        genres[str(row["id"]).split("-")[2] + f" ({lang})"] += 1
        spans = row["spans"]
        assert isinstance(spans, list)
        if not spans:
            negatives[lang] += 1
        for span in spans:
            labels[f"{span['label']} ({lang})"] += 1
    return {
        "rows": len(rows),
        "languages": dict(langs),
        "pii_free": dict(negatives),
        "labels": dict(sorted(labels.items())),
        "genres": dict(sorted(genres.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=22061)
    parser.add_argument("--stats", action="store_true", help="print counts, not the rows")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print(json.dumps(stats(rows), indent=2, ensure_ascii=False))
        return
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
