"""Nineteenth independent bilingual PII set: a test split, written blind.

    PYTHONPATH=. python benchmarks/pii_heldout19/generator.py [--n 600] [--seed 19031] [--stats]

Written without opening the detector, its tests, the dev generators or any earlier held-out set
(only ``benchmarks/pii_quality.py``, ``README.md`` and ``pyproject.toml`` were read). Every
template, name list and checksum helper here is this module's own.

Ground: the bank's OWN outbound text (marketing e-mails, newsletters, branch posters, FAQ pages,
event invitations, sponsorship notes, app release notes, service-status pages, staff
newsletters) mixed with customers' replies to it; business banking (invoices between firms,
payroll files, supplier onboarding, director changes); travel (cards abroad, lost passports,
travel insurance); digital inheritance and bereavement; police liaison follow-ups with scam
victims; name changes after marriage; gift aid and donations; farmers, co-operatives and
fishermen; taxi / ride-hailing drivers and shop-keepers' QR codes; e-commerce returns.
Chinese: 公众号推文, 营销短信, 活动邀请函, 代言/赞助公告, App更新说明, 员工内刊, 对公开户/工商变更,
发票抬头, 代发工资文件, 出境游/护照挂失, 数字遗产, 反诈民警回访, 改名, 慈善捐赠, 农村合作社,
渔民贷款, 网约车司机, 商户收款码, 电商退货.

Rows: ``{"id": "v19-{lang}-{genre}-{index:04d}", "text", "lang", "spans": [{start, end,
label}]}``; half English, half Chinese; 30% of each language (rounded) carries no personal data
and has no spans: hard negatives in the same genres.

Labels (those the scorer scores): PERSON, PHONE_NUMBER, EMAIL_ADDRESS, ADDRESS, DATE_OF_BIRTH,
CREDIT_CARD, BANK_ACCOUNT, IBAN_CODE, US_SSN, CN_ID_CARD, IP_ADDRESS. URL, LOCATION and
DATE_TIME are never labelled and no row relies on them.

Conventions (where the scorer's docstring is silent, decided here):

* PERSON: every private individual named, customers, relatives, referees and the bank's or
  police's own staff alike. Not persons: public figures (athletes, authors, presenters,
  historical figures), fictional characters, and people's names inside the names of firms,
  shops, charities or streets. English courtesy titles (Mr, Mrs, Ms, Dr, PC, DC) stay outside
  the span. Chinese: a full name is spanned without a following title (``王建国先生`` -> 王建国);
  a surname with a title (``王先生``, ``李警官``) is spanned whole, as the surname alone is one
  character. A name before and after a change of name is two PERSON spans.
* ADDRESS: a private person's home or postal address, from the house number (or 省/市) to the
  postcode where there is one. Addresses of branches, offices, shops, warehouses, venues,
  police stations, embassies and co-operatives are not spanned.
* PHONE_NUMBER / EMAIL_ADDRESS: a person's own numbers and mailboxes. Hotlines, switchboards,
  shop and office lines, 95xxx/400 numbers and role mailboxes (``events@``, ``payroll@``) are not.
* DATE_OF_BIRTH: the date only, without its label; other dates (events, releases, deaths,
  weddings, transactions) are not spanned.
* CREDIT_CARD: a full card number (English: debit and credit alike). Chinese, by the scorer's
  card convention: a UnionPay ``62…`` debit card (工资卡, 借记卡, 银行卡) is BANK_ACCOUNT; a card
  with a 信用卡 cue is CREDIT_CARD. Masked numbers (``**** 4411``, 尾号) are not spanned.
* BANK_ACCOUNT: a person's account number only; the sort code beside it is outside the span and a
  sort code alone is never spanned. Accounts of limited companies (对公账户) are not personal and
  are not spanned; nor are company numbers, VAT numbers, 统一社会信用代码 or 税号.
* IBAN_CODE: a person's IBAN, spaced in fours or compact. US_SSN: SSA-valid, ``ddd-dd-dddd``.
  CN_ID_CARD: 18 characters with the GB 11643 check (``X`` included); the birth date inside it
  agrees with any DATE_OF_BIRTH in the same row.
* IP_ADDRESS: a customer's device or login address (IPv4, occasionally IPv6).
* Reference numbers, invoice numbers, case numbers, charity numbers and passport-office
  references are not spanned; none of them passes a card checksum by design.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

# --------------------------------------------------------------------------- checksums


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
    digits = re.sub(r"\D", "", number)
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


def iban_digits(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def make_iban(country: str, bban: str) -> str:
    check = 98 - iban_digits(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return len(compact) > 4 and iban_digits(compact[4:] + compact[:4]) % 97 == 1


ID_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]


def cn_id_check(body: str) -> str:
    value = (12 - sum(int(c) * w for c, w in zip(body, ID_WEIGHTS, strict=True)) % 11) % 11
    return "X" if value == 10 else str(value)


def cn_id_ok(number: str) -> bool:
    return len(number) == 18 and number[:17].isdigit() and cn_id_check(number[:17]) == number[17]


def ssn_ok(ssn: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
    )


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def make_uscc(rng: random.Random) -> str:
    """A 统一社会信用代码 (GB 32100 check character): a firm's number, never personal."""
    body = "91" + rng.choice(["110105", "310115", "440300", "330106", "510104", "420111"])
    body += "".join(rng.choice(USCC_CHARS[:10] + "ABCDEFGHJ") for _ in range(9))
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return body + USCC_CHARS[(31 - total % 31) % 31]


# --------------------------------------------------------------------------- name lists

EN_FIRST = [
    "Harriet",
    "Declan",
    "Moira",
    "Tobias",
    "Yusuf",
    "Leanne",
    "Callum",
    "Bethan",
    "Ifeoma",
    "Rhys",
    "Saoirse",
    "Marek",
    "Anjali",
    "Gareth",
    "Niamh",
    "Oluwaseun",
    "Fenella",
    "Stuart",
    "Rosalind",
    "Kwame",
    "Imogen",
    "Dominic",
    "Zainab",
    "Alasdair",
    "Petra",
    "Ciaran",
    "Tamsin",
    "Hamish",
    "Priti",
    "Eilidh",
    "Barnaby",
    "Lorraine",
    "Tariq",
    "Gwen",
    "Nikolai",
    "Shona",
    "Desmond",
    "Ayesha",
]
EN_LAST = [
    "Pemberton",
    "Okafor",
    "Greaves",
    "Lindqvist",
    "Carmichael",
    "Haddow",
    "Nwachukwu",
    "Tremayne",
    "Fairbairn",
    "Kowalczyk",
    "Abernethy",
    "Sutcliffe",
    "Mahmood",
    "Rushworth",
    "Quigley",
    "Dunleavy",
    "Ashdown",
    "Ferreira",
    "Mackintosh",
    "Oyelaran",
    "Hollins",
    "Tattersall",
    "Bhattacharya",
    "Penhaligon",
    "Mulgrew",
    "Stavros",
    "Whitcombe",
    "Llewellyn",
    "Gallacher",
    "Cheung",
    "Ozturk",
    "Brennan",
    "Featherstone",
    "Onyango",
    "Venables",
    "Castellano",
]
ZH_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁"
)
ZH_DOUBLE = ["欧阳", "司马", "上官", "诸葛"]
ZH_GIVEN = list(
    "建国秀英志强丽华晓明海燕子涵宇轩欣怡文博佳琪俊杰雨桐梓萱浩然嘉怡思远春梅桂兰德胜玉珍振华亚楠"
)
ZH_TITLES = ["先生", "女士", "阿姨", "师傅", "老师", "经理"]

EN_PUBLIC = [
    "Emma Raducanu",
    "David Attenborough",
    "Lewis Hamilton",
    "Mary Berry",
    "Stephen Fry",
    "Jessica Ennis-Hill",
    "Marcus Rashford",
    "Clare Balding",
    "Tom Daley",
    "Zoe Ball",
    "Jamie Oliver",
]
ZH_PUBLIC = [
    "谷爱凌",
    "苏炳添",
    "郎朗",
    "莫言",
    "屠呦呦",
    "杨利伟",
    "全红婵",
    "钟南山",
    "易烊千玺",
    "马龙",
]
EN_FIRMS_AFTER_PEOPLE = [
    "Harrison & Dunne Ltd",
    "Fothergill Brothers Joinery Ltd",
    "Margaret Ellis Florists Ltd",
    "Abbott & Quince Solicitors LLP",
    "J. Pardoe Haulage Ltd",
    "Dewhurst Family Butchers Ltd",
]
ZH_FIRMS_AFTER_PEOPLE = ["张小泉刀剪", "王老吉", "李宁体育", "陈李济药厂", "马应龙药业", "谭木匠"]


# --------------------------------------------------------------------------- the row context


class Ctx:
    """One row's random state: its people, its birth date and the values already drawn."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.cache: dict[str, str] = {}
        self.people: dict[str, tuple[str, str]] = {}
        start = date(1944, 1, 1)
        self.birth = start + timedelta(days=rng.randrange(0, 365 * 60))

    def person(self, tag: str) -> tuple[str, str]:
        if tag not in self.people:
            if self.lang == "en":
                used = {p[1] for p in self.people.values()}
                last = self.rng.choice([s for s in EN_LAST if s not in used])
                self.people[tag] = (self.rng.choice(EN_FIRST), last)
            else:
                sur = (
                    self.rng.choice(ZH_DOUBLE)
                    if self.rng.random() < 0.05
                    else self.rng.choice(ZH_SURNAMES)
                )
                given = "".join(self.rng.sample(ZH_GIVEN, self.rng.choice([1, 2, 2])))
                self.people[tag] = (sur, given)
        return self.people[tag]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def group(number: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return sep.join(part for part in out if part)


MONTHS = "January February March April May June July August September October November December"


def en_dob(c: Ctx) -> str:
    b, r = c.birth, c.rng.randrange(5)
    month = MONTHS.split()[b.month - 1]
    if r == 0:
        return f"{b.day:02d}/{b.month:02d}/{b.year}"
    if r == 1:
        return f"{b.day} {month} {b.year}"
    if r == 2:
        return f"{month} {b.day}, {b.year}"
    if r == 3:
        return b.isoformat()
    return f"{b.day} {month[:3]} {b.year}"


def zh_dob(c: Ctx) -> str:
    b, r = c.birth, c.rng.randrange(4)
    if r == 0:
        return f"{b.year}年{b.month}月{b.day}日"
    if r == 1:
        return b.isoformat()
    if r == 2:
        return f"{b.year}.{b.month:02d}.{b.day:02d}"
    return f"{b.year}/{b.month}/{b.day}"


def card(c: Ctx) -> str:
    rng = c.rng
    kind = rng.randrange(4)
    if kind == 3:  # Amex 15 digits, 4-6-5
        body = rng.choice(["34", "37"]) + digits(rng, 12)
        return group(body + luhn_digit(body), [4, 6, 5], rng.choice([" ", " ", ""]))
    prefix = ["4", rng.choice(["51", "53", "55"]), rng.choice(["2221", "2480", "2720"])][kind]
    body = prefix + digits(rng, 15 - len(prefix))
    return group(body + luhn_digit(body), [4, 4, 4, 4], rng.choice([" ", "-", ""]))


def zh_credit_card(c: Ctx) -> str:
    rng = c.rng
    body = rng.choice(["4", "52", "55", "62"]) + ""
    body += digits(rng, 15 - len(body))
    return group(body + luhn_digit(body), [4, 4, 4, 4], rng.choice([" ", "", ""]))


def zh_debit_card(c: Ctx) -> str:
    rng = c.rng
    prefix = rng.choice(["622202", "621700", "622848", "621483", "622588", "621226"])
    length = rng.choice([16, 19, 19])
    body = prefix + digits(rng, length - 1 - len(prefix))
    number = body + luhn_digit(body)
    return group(number, [4] * 5, " ") if rng.random() < 0.3 else number


def iban(c: Ctx) -> str:
    rng = c.rng
    country = rng.choice(["GB", "GB", "IE", "DE", "NL"])
    if country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "HBUK", "LOYD"] if country == "GB" else ["AIBK", "BOFI"])
        bban = bank + digits(rng, 14)
    elif country == "DE":
        bban = digits(rng, 18)
    else:
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)
    value = make_iban(country, bban)
    return group(value, [4] * 9, " ") if rng.random() < 0.6 else value


def ssn(c: Ctx) -> str:
    rng = c.rng
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


ZH_AREAS = [
    "110105",
    "310104",
    "440305",
    "330106",
    "510107",
    "420106",
    "320106",
    "370202",
    "350203",
    "610113",
    "430104",
    "500103",
    "130602",
    "410105",
    "450103",
]


def cn_id(c: Ctx) -> str:
    rng = c.rng
    head = rng.choice(ZH_AREAS) + c.birth.strftime("%Y%m%d")
    want_x = rng.random() < 0.25
    for _ in range(200):
        body = head + digits(rng, 3)
        check = cn_id_check(body)
        if (check == "X") == want_x:
            return body + check
    return body + check


def uk_mobile(c: Ctx) -> str:
    rng = c.rng
    rest = rng.choice(["7", "8", "9", "4", "5"]) + digits(rng, 8)
    r = rng.randrange(3)
    if r == 0:
        return f"07{rest[:3]} {rest[3:]}"
    if r == 1:
        return f"07{rest}"
    return f"+44 7{rest[:3]} {rest[3:]}"


def uk_landline(c: Ctx) -> str:
    rng = c.rng
    code, lead = rng.choice(
        [("0113", "2"), ("0117", "9"), ("0131", "4"), ("0141", "3"), ("0161", "7"), ("01224", "6")]
    )
    if len(code) == 5:
        return f"{code} {lead}{digits(rng, 5)}"
    return f"{code} {lead}{digits(rng, 2)} {digits(rng, 4)}"


def us_phone(c: Ctx) -> str:
    rng = c.rng
    area = rng.choice(["212", "415", "617", "312", "503", "206", "512", "713", "404"])
    exch = str(rng.randint(2, 9)) + digits(rng, 2)
    while exch == "555":
        exch = str(rng.randint(2, 9)) + digits(rng, 2)
    line = digits(rng, 4)
    return rng.choice(
        [f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"+1 {area} {exch} {line}"]
    )


def phone(c: Ctx) -> str:
    return uk_mobile(c) if c.rng.random() < 0.75 else uk_landline(c)


def cn_mobile(c: Ctx) -> str:
    rng = c.rng
    prefix = rng.choice(
        [
            "138",
            "139",
            "137",
            "150",
            "151",
            "158",
            "186",
            "187",
            "135",
            "136",
            "159",
            "177",
            "180",
            "189",
            "199",
            "133",
            "153",
            "173",
            "181",
            "166",
        ]
    )
    rest = digits(rng, 8)
    r = rng.randrange(5)
    if r == 0:
        return f"{prefix}-{rest[:4]}-{rest[4:]}"
    if r == 1:
        return f"{prefix} {rest[:4]} {rest[4:]}"
    if r == 2:
        return f"+86 {prefix}{rest}"
    return prefix + rest


def en_email(c: Ctx, tag: str = "") -> str:
    first, last = c.person(tag)
    rng = c.rng
    local = rng.choice(
        [
            f"{first}.{last}".lower(),
            f"{first[0]}{last}".lower(),
            f"{first.lower()}{rng.randint(70, 99)}",
            f"{last.lower()}.{first[0].lower()}",
            f"{first.lower()}_{last.lower()}{rng.randint(1, 9)}",
        ]
    )
    domain = rng.choice(
        ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "proton.me"]
    )
    return f"{local}@{domain}"


PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun"]
PINYIN_GIVEN = ["jianguo", "xiuying", "zhiqiang", "lihua", "xiaoming", "haiyan", "yuxuan", "jiaqi"]


def zh_email(c: Ctx) -> str:
    rng = c.rng
    if rng.random() < 0.35:
        return f"{rng.randint(10000, 99999)}{digits(rng, rng.randint(3, 5))}@qq.com"
    local = rng.choice(PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(PINYIN_GIVEN)
    if rng.random() < 0.5:
        local += str(rng.randint(80, 2009))
    return local + "@" + rng.choice(["163.com", "126.com", "sina.com", "foxmail.com", "139.com"])


UK_STREETS = [
    "Thornfield",
    "Larkspur",
    "Cobden",
    "Windermere",
    "Blackthorn",
    "Gilmour",
    "Penrose",
    "Ashgrove",
    "Kestrel",
    "Millbrook",
    "Rowan",
    "Hathersage",
]
UK_SUFFIX = ["Road", "Avenue", "Close", "Crescent", "Lane", "Grove", "Terrace", "Drive", "Way"]
UK_TOWNS = [
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Edinburgh", "EH"),
    ("Glasgow", "G"),
    ("Manchester", "M"),
    ("Aberdeen", "AB"),
    ("Norwich", "NR"),
    ("Exeter", "EX"),
    ("Swansea", "SA"),
    ("Derby", "DE"),
    ("Truro", "TR"),
    ("Inverness", "IV"),
]
RURAL = ["Hollybush Farm", "Upper Cwm Cottage", "Meadowside Croft", "Old Mill House", "Ty Gwyn"]


def uk_postcode(rng: random.Random, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def address(c: Ctx) -> str:
    rng = c.rng
    town, area = rng.choice(UK_TOWNS)
    street = f"{rng.choice(UK_STREETS)} {rng.choice(UK_SUFFIX)}"
    r = rng.randrange(4)
    if r == 0:
        return f"{rng.randint(1, 240)} {street}, {town} {uk_postcode(rng, area)}"
    if r == 1:
        flat = f"Flat {rng.randint(1, 12)}, {rng.randint(2, 90)}"
        return f"{flat} {street}, {town}, {uk_postcode(rng, area)}"
    if r == 2:
        return f"{rng.randint(1, 99)} {street}\n{town}\n{uk_postcode(rng, area)}"
    return f"{rng.randint(1, 80)} {street}, {town}"


def rural_address(c: Ctx) -> str:
    rng = c.rng
    town, area = rng.choice(UK_TOWNS)
    village = rng.choice(["Little Haddon", "Nether Wick", "Strathmore", "Llanfoist", "Penwithick"])
    return f"{rng.choice(RURAL)}, {village}, near {town} {uk_postcode(rng, area)}"


def us_address(c: Ctx) -> str:
    rng = c.rng
    city, state, zip3 = rng.choice(
        [
            ("Portland", "OR", "972"),
            ("Austin", "TX", "787"),
            ("Columbus", "OH", "432"),
            ("Madison", "WI", "537"),
            ("Raleigh", "NC", "276"),
        ]
    )
    street = f"{rng.choice(UK_STREETS)} {rng.choice(['St', 'Ave', 'Blvd', 'Ct'])}"
    return f"{rng.randint(100, 9899)} {street}, {city}, {state} {zip3}{digits(rng, 2)}"


ZH_CITIES = [
    ("上海市", ["徐汇区", "浦东新区", "杨浦区"]),
    ("北京市", ["朝阳区", "海淀区", "丰台区"]),
    ("广东省广州市", ["天河区", "海珠区", "白云区"]),
    ("四川省成都市", ["武侯区", "锦江区", "成华区"]),
    ("湖北省武汉市", ["洪山区", "江汉区"]),
    ("浙江省杭州市", ["西湖区", "拱墅区"]),
    ("江苏省南京市", ["鼓楼区", "建邺区"]),
    ("陕西省西安市", ["雁塔区", "碑林区"]),
]
ZH_ROADS = [
    "和平路",
    "建设大道",
    "光明街",
    "长青路",
    "枫林路",
    "解放西路",
    "青年路",
    "东风路",
    "锦绣大道",
]
ZH_ESTATES = ["阳光花园", "金色家园", "翠苑小区", "碧水湾", "御景华庭", "幸福里"]


def zh_address(c: Ctx) -> str:
    rng = c.rng
    city, districts = rng.choice(ZH_CITIES)
    base = f"{city}{rng.choice(districts)}{rng.choice(ZH_ROADS)}{rng.randint(1, 999)}号"
    if rng.random() < 0.7:
        base += (
            f"{rng.choice(ZH_ESTATES)}{rng.randint(1, 30)}栋"
            f"{rng.randint(1, 4)}单元{rng.randint(1, 32)}0{rng.randint(1, 6)}室"
        )
    return base


def zh_rural_address(c: Ctx, coast: bool = False) -> str:
    rng = c.rng
    if coast:
        town = rng.choice(["三沙镇", "长春镇", "石浦镇", "鹤浦镇"])
        county = "福建省霞浦县" if town in ("三沙镇", "长春镇") else "浙江省象山县"
        return f"{county}{town}{rng.choice(['东澳村', '渔港村', '沙塘村'])}{rng.randint(1, 99)}号"
    county = rng.choice(
        [
            "湖南省衡阳县",
            "山东省寿光市",
            "福建省霞浦县",
            "浙江省象山县",
            "河南省兰考县",
            "广西壮族自治区北海市铁山港区",
        ]
    )
    town = rng.choice(["石湾镇", "渔港镇", "三里乡", "东坝镇", "营盘镇"])
    village = rng.choice(["新塘村", "沙头村", "桃源村", "大洼村", "海丰村"])
    return f"{county}{town}{village}{rng.randint(1, 12)}组{rng.randint(1, 88)}号"


def ipv4(c: Ctx) -> str:
    rng = c.rng
    if rng.random() < 0.12:
        hextets = f"{rng.randint(4096, 65535):x}:{rng.randint(1, 65535):x}"
        return f"2a00:23c{rng.randint(4, 8)}:{hextets}::{rng.randint(1, 255):x}"
    first = rng.choice([31, 62, 81, 86, 92, 109, 146, 176, 185, 212, 36, 58, 113, 223])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def uk_account(c: Ctx) -> str:
    return str(c.rng.randint(1, 9)) + digits(c.rng, 7)


def sort_code(c: Ctx) -> str:
    rng = c.rng
    return f"{rng.randint(10, 99)}-{digits(rng, 2)}-{digits(rng, 2)}"


# --------------------------------------------------------------------------- non-personal values


def en_hotline(c: Ctx) -> str:
    rng = c.rng
    return rng.choice(
        [
            f"0800 {digits(rng, 3)} {digits(rng, 4)}",
            f"0345 {digits(rng, 3)} {digits(rng, 4)}",
            f"0330 {digits(rng, 3)} {digits(rng, 4)}",
            f"1-800-{digits(rng, 3)}-{digits(rng, 4)}",
        ]
    )


def zh_hotline(c: Ctx) -> str:
    rng = c.rng
    return rng.choice(
        [f"955{digits(rng, 2)}", f"400-{digits(rng, 3)}-{digits(rng, 4)}", f"400{digits(rng, 7)}"]
    )


def ref(c: Ctx) -> str:
    """A reference that fails Luhn, so it cannot pass as a card."""
    rng = c.rng
    while True:
        body = digits(rng, rng.choice([8, 10, 12]))
        if not luhn_ok(body):
            return rng.choice(["", "", "#", "No. "]) + body


def event_date(c: Ctx) -> str:
    d = date(2026, 1, 1) + timedelta(days=c.rng.randrange(0, 700))
    if c.lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {MONTHS.split()[d.month - 1]} {d.year}"


def past_date(c: Ctx) -> str:
    """A recent date already gone (deaths, returns, reports): never a birth date."""
    d = date(2024, 1, 1) + timedelta(days=c.rng.randrange(0, 1050))
    if c.lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {MONTHS.split()[d.month - 1]} {d.year}"


def company_number(c: Ctx) -> str:
    return c.rng.choice(["", "SC", "NI"]) + digits(c.rng, 6 if c.rng.random() < 0.5 else 8)[:8]


def vat(c: Ctx) -> str:
    return f"GB {digits(c.rng, 3)} {digits(c.rng, 4)} {digits(c.rng, 2)}"


BRANCH_EN = [
    "our Briggate branch, 14 Briggate, Leeds LS1 6HD",
    "the Union Street branch (2 Union Street, Aberdeen AB11 6BH)",
    "Castle Mall Business Centre, Level 2, Norwich NR1 3DD",
    "the Harbourside hub, Unit 4 Canons Road, Bristol BS1 5UH",
    "our Princes Street branch in Edinburgh",
]
BRANCH_ZH = [
    "本行徐汇支行（上海市徐汇区漕溪北路88号）",
    "天河营业部（广州市天河区体育西路103号一楼）",
    "武侯支行营业厅，地址成都市武侯区人民南路四段27号",
    "南京鼓楼支行（中山北路30号）",
    "杭州西湖支行二楼贵宾室",
]
ROLE_MAIL_EN = [
    "customer.care@northmoorbank.co.uk",
    "enquiries@northmoorbank.co.uk",
    "help@northmoorbank.co.uk",
]
ROLE_MAIL_ZH = ["service@dongfangbank.com.cn", "kefu@dongfangbank.com.cn"]

ValueFn = Callable[[Ctx], str]


def person_value(c: Ctx, part: str, tag: str) -> str:
    """One person's name, or part of it (``married``: the first name with person 1's surname,
    ``child``: person 1's first name with this person's surname)."""
    first, last = c.person(tag)
    if c.lang == "zh":
        return {"name": first + last, "sur": first, "given": last}.get(
            part, first + c.rng.choice(ZH_TITLES)
        )
    if part == "married":
        return f"{first} {c.person('1')[1]}"
    if part == "child":
        return f"{c.person('1')[0]} {last}"
    return {"name": f"{first} {last}", "first": first, "last": last}.get(
        part, f"{first[0]}. {last}"
    )


VALUES: dict[str, ValueFn] = {
    "dob": lambda c: en_dob(c) if c.lang == "en" else zh_dob(c),
    "card": card,
    "zcredit": zh_credit_card,
    "zdebit": zh_debit_card,
    "iban": iban,
    "ssn": ssn,
    "cnid": cn_id,
    "mob": uk_mobile,
    "phone": phone,
    "usphone": us_phone,
    "zmob": cn_mobile,
    "zmail": zh_email,
    "addr": address,
    "rural": rural_address,
    "usaddr": us_address,
    "zaddr": zh_address,
    "zrural": zh_rural_address,
    "zcoast": lambda c: zh_rural_address(c, coast=True),
    "ip": ipv4,
    "acct": uk_account,
    "sort": sort_code,
    "hotline": en_hotline,
    "zhotline": zh_hotline,
    "ref": ref,
    "when": event_date,
    "past": past_date,
    "cono": company_number,
    "vat": vat,
    "uscc": lambda c: make_uscc(c.rng),
    "branch": lambda c: c.rng.choice(BRANCH_EN if c.lang == "en" else BRANCH_ZH),
    "role": lambda c: c.rng.choice(ROLE_MAIL_EN if c.lang == "en" else ROLE_MAIL_ZH),
    "celeb": lambda c: c.rng.choice(EN_PUBLIC if c.lang == "en" else ZH_PUBLIC),
    "firm": lambda c: c.rng.choice(
        EN_FIRMS_AFTER_PEOPLE if c.lang == "en" else ZH_FIRMS_AFTER_PEOPLE
    ),
    "amt": lambda c: (
        f"£{c.rng.randint(12, 9800):,}.{digits(c.rng, 2)}"
        if c.lang == "en"
        else f"{c.rng.randint(50, 98000)}元"
    ),
    "tail": lambda c: digits(c.rng, 4),
}
PERSON_PARTS = {"name", "first", "last", "init", "sur", "given", "titled", "married", "child"}

PLACEHOLDER = re.compile(r"\{(?:([A-Z_]+):)?([a-z]+?)(\d?)\}")


def render(template: str, c: Ctx) -> tuple[str, list[dict[str, Any]]]:
    """Fill ``{LABEL:kind}`` (spanned) and ``{kind}`` (not spanned) placeholders; a trailing
    digit names a second person or a second value of that kind."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in PLACEHOLDER.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        label, kind, tag = m.group(1), m.group(2), m.group(3)
        key = kind + tag
        if key not in c.cache:
            if kind in PERSON_PARTS:
                c.cache[key] = person_value(c, kind, tag)
            elif kind == "mail":
                c.cache[key] = en_email(c, tag)
            elif kind == "altmail":  # the same person's other mailbox
                other = en_email(c, tag)
                while other == c.cache.get("mail" + tag):
                    other = en_email(c, tag)
                c.cache[key] = other
            else:
                c.cache[key] = VALUES[kind](c)
        value = c.cache[key]
        if label:
            spans.append({"start": length, "end": length + len(value), "label": label})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


# --------------------------------------------------------------------------- English templates

EN: dict[str, tuple[list[str], list[str]]] = {
    "outbound": (
        [
            "> Dear {PERSON:first}, your Northmoor Rewards statement is ready. Reply STOP to opt "
            "out.\n"
            "Please stop sending these to {EMAIL_ADDRESS:mail}, it's my work inbox now. "
            "Use {EMAIL_ADDRESS:altmail} instead if you must. {PERSON:name}",
            "RE: Spring savings newsletter\nI read your piece on fixed-rate bonds. I'd like "
            "someone to call me about moving my ISA - {PHONE_NUMBER:mob}, after 5pm please. "
            "Thanks, {PERSON:name}",
            "Your 'We've missed you' e-mail was addressed to {PERSON:name1}, who hasn't lived "
            "here for years. I'm {PERSON:name}, the current resident of {ADDRESS:addr}.",
            "From the branch poster 'Talk to us about your first home' - I'm {PERSON:name}, "
            "first-time buyer, date of birth {DATE_OF_BIRTH:dob}. Could an adviser ring me on "
            "{PHONE_NUMBER:phone}?",
            "Hi, the FAQ page says to send my new address to update the marketing list. It is "
            "{ADDRESS:addr}. Name on the account: {PERSON:name}.",
        ],
        [
            "Northmoor News | Spring issue\nRates on our 1-year fixed bond rise to 4.1% from "
            "{when}. Questions? Call {hotline} (lines open 8am-8pm) or visit {branch}.",
            "Our podcast this month: {celeb} on saving for the future. Listen wherever you get "
            "your podcasts, or read the transcript on our website.",
            "FAQ: Why did I get a marketing e-mail after opting out?\nChanges can take up to 28 "
            "days to reach every system. If it keeps happening, write to {role} quoting {ref}.",
            "POSTER TEXT - window display, {branch}\nFREE money MOT every Thursday in March. "
            "No appointment needed. Hosted by our community team.",
            "Dear customer, we're updating our marketing preferences centre on {when}. You don't "
            "need to do anything. This mailbox (noreply@alerts.northmoorbank.co.uk) isn't "
            "monitored.",
        ],
    ),
    "events": (
        [
            "RSVP for the Small Business Breakfast on {when}: {PERSON:name} plus one guest "
            "({PERSON:name1}). Dietary: vegetarian. Mobile for the day: {PHONE_NUMBER:mob}.",
            "Please add me to the guest list for the branch reopening: {PERSON:name}, "
            "{EMAIL_ADDRESS:mail}. I use a wheelchair and will come with my carer "
            "{PERSON:name1}.",
            "Thanks for the invitation to the {celeb} talk! I can't make it but my eldest, "
            "{PERSON:child}, would love to go - their e-mail is "
            "{EMAIL_ADDRESS:mail1}.",
            "Winner notification - Northmoor x Leeds Rhinos season-ticket draw\nName: "
            "{PERSON:name}\nDelivery address: {ADDRESS:addr}\nContact: {PHONE_NUMBER:phone}",
        ],
        [
            "You're invited: an evening with {celeb} at the Assembly Rooms, {when}, 7pm. "
            "Reply to events@northmoorbank.co.uk by the end of the month. Dress code: smart "
            "casual.",
            "Save the date: Northmoor Open Day at the Corn Exchange, Exeter, {when}. Free entry, "
            "talks every hour, children's corner run by the library.",
            "Northmoor Bank is proud to sponsor the {celeb} Community Cup for a third year. "
            "Tickets through the box office on {hotline}.",
            "Event reminder: Farming & Rural Finance Day, {when}, Royal Highland Centre. Parking "
            "in Car Park B; stands open 9:30. Agenda from rural.events@northmoorbank.co.uk.",
            "Staff newsletter: our {branch} team raised £2,340 for the air ambulance on the "
            "sponsored walk on {when}. Well done everyone!",
        ],
    ),
    "appnotes": (
        [
            "Since the 6.4 update I can't log in. Screenshot attached. It says blocked from "
            "{IP_ADDRESS:ip} which is my home broadband. Account holder {PERSON:name}, "
            "{EMAIL_ADDRESS:mail}.",
            "App review reply: hi, this is {PERSON:name} - the new Face ID flow keeps asking for "
            "my date of birth and rejects {DATE_OF_BIRTH:dob}. Please call {PHONE_NUMBER:mob}.",
            "Someone changed my password last night. Your alert showed a login from "
            "{IP_ADDRESS:ip} but I was asleep; my own router is {IP_ADDRESS:ip1}. {PERSON:name}",
            "Status page said 'resolved' but my card payment failed twice tonight. Card "
            "{CREDIT_CARD:card}, login IP {IP_ADDRESS:ip}. - {PERSON:first}",
        ],
        [
            "Release notes - version 6.4.0 ({when})\n- Faster log-in with passkeys\n- Dark mode "
            "for statements\n- Fixed: the payee list scrolled to the top after editing.",
            "Service status: Card payments - degraded performance. Started 14:05, engineers "
            "investigating. Incident {ref}. Next update in 30 minutes.",
            "Known issue on some Android phones: notifications may arrive twice. A fix ships in "
            "version 6.4.2. Status: monitoring.",
            "What's new: you can now freeze a lost card from the home screen. Need help? Chat "
            "with us in the app or call {hotline}.",
            "Push notification text: 'Your new card ending {tail} is on its way. Activate it in "
            "the app when it arrives.' Shown once per device.",
            "Planned maintenance on {when} from 00:30 to 04:00. Online banking and the app may "
            "be unavailable. Cash machines are not affected.",
        ],
    ),
    "business": (
        [
            "PAYROLL FILE - March\nEMPLOYEE,SORT CODE,ACCOUNT,AMOUNT\n{PERSON:name},{sort},"
            "{BANK_ACCOUNT:acct},{amt}\n{PERSON:name1},{sort1},{BANK_ACCOUNT:acct1},{amt1}",
            "Can you confirm this new payee? Invoice from {PERSON:name} (self-employed "
            "bookkeeper): account {BANK_ACCOUNT:acct}, sort code {sort}, e-mail "
            "{EMAIL_ADDRESS:mail}.",
            "Director change for {firm} (company no. {cono}): new director {PERSON:name}, born "
            "{DATE_OF_BIRTH:dob}, residential address {ADDRESS:addr}.",
            "Supplier onboarding form\nTrading as: Evergreen Garden Services (sole trader)\n"
            "Proprietor: {PERSON:name}\nPay to IBAN: {IBAN_CODE:iban}\nRemittance e-mail: "
            "{EMAIL_ADDRESS:mail}",
            "Hi team, one of our drivers, {PERSON:name}, has changed banks. New account "
            "{BANK_ACCOUNT:acct}, sort code {sort}. Please update before Friday's run.",
        ],
        [
            "INVOICE {ref}\nFrom: {firm}, company no. {cono}, VAT {vat}\nTo: Northmoor "
            "Facilities Ltd\nServices: quarterly window cleaning, {amt}. Payment terms 30 days.",
            "Payroll bureau reminder: BACS files for the {when} pay run must reach us three "
            "working days early. Upload via the business portal, not e-mail, please.",
            "Supplier onboarding checklist: certificate of incorporation, VAT certificate, a "
            "bank letter on headed paper and a named contact at the firm's head office.",
            "Remittance advice: {firm} has paid invoice {ref} ({amt}). Queries to "
            "payments@northmoorfacilities.co.uk.",
            "Business banking update: from {when}, Companies House will verify the identity of "
            "new directors. Read our guide or call the business desk on {hotline}.",
            "Credit note {ref} issued to {firm} against order {ref1}. Registered office: Unit "
            "9, Riverside Trading Estate, Derby DE24 8HX.",
        ],
    ),
    "travel": (
        [
            "I'm in Lisbon and my card {CREDIT_CARD:card} was declined at the hotel. Please "
            "unblock it - I'm {PERSON:name}, mobile {PHONE_NUMBER:mob} (roaming).",
            "Card blocked at a Marrakech cash machine. {PERSON:name}, born {DATE_OF_BIRTH:dob}. "
            "The hotel phone doesn't work, please use {EMAIL_ADDRESS:mail}.",
            "Lost my passport and wallet in Rome. Cancel everything please. Name {PERSON:name}, "
            "DOB {DATE_OF_BIRTH:dob}, home address {ADDRESS:addr}. The consulate is helping me.",
            "Travel insurance claim - policyholder {PERSON:name}, travelling with "
            "{PERSON:name1}. Refund the excess to {IBAN_CODE:iban}.",
            "Travel notice: {PERSON:name} and spouse, USA 3-21 June. US contact "
            "{PHONE_NUMBER:usphone}. SSN on file for the joint account: {US_SSN:ssn}.",
        ],
        [
            "Using your card abroad: tell us where you're going in the app. If your card is "
            "blocked overseas, call +44 {hotline} (reverse charges accepted).",
            "Lost passport? Contact the nearest British embassy or consulate first. The embassy "
            "in Madrid is at Torre Emperador Castellana, Paseo de la Castellana 259D.",
            "Passport advice line {hotline}. Fast Track appointments are available at offices in "
            "Peterborough, Durham and Belfast.",
            "Travel insurance FAQ: claims must be made within 31 days. Keep receipts, the police "
            "report number and your policy number (e.g. {ref}).",
            "Summer offer: 0% foreign transaction fees until {when}. Terms apply. Northmoor "
            "Bank plc, registered in England, no. {cono}.",
        ],
    ),
    "bereavement": (
        [
            "I'm the executor for the late {PERSON:name}, born {DATE_OF_BIRTH:dob}, last "
            "address {ADDRESS:addr}. How do we close the online banking and app?",
            "My relative {PERSON:name} lived in Oregon. The estate attorney there asks for the SSN "
            "{US_SSN:ssn} and date of birth, {DATE_OF_BIRTH:dob}. Last address: "
            "{ADDRESS:usaddr}.",
            "Digital legacy request: please give my sibling {PERSON:name1} read access to the "
            "statements of {PERSON:name}. Their e-mail is {EMAIL_ADDRESS:mail1}, phone "
            "{PHONE_NUMBER:mob1}.",
            "My parent ({PERSON:name}) died on {past}. The pension went into account "
            "{BANK_ACCOUNT:acct}, sort code {sort}. I'm {PERSON:first1}, next of kin, on "
            "{PHONE_NUMBER:phone1}.",
        ],
        [
            "Bereavement support: we're sorry for your loss. Our specialist team can help on "
            "{hotline}, Monday to Saturday, or write to bereavement@northmoorbank.co.uk.",
            "Guide: what happens to online accounts after someone dies. You'll need the death "
            "certificate, the grant of probate and the reference we give you ({ref}).",
            "Certified copies of the death certificate can be posted to our Bereavement Centre, "
            "PO Box 1044, Leeds LS99 2XX. We return originals by tracked post.",
            "Tell Us Once is a government service that informs several departments at the same "
            "time. Ask the registrar for the code when you register the death.",
        ],
    ),
    "scam": (
        [
            "Police liaison follow-up: DC {PERSON:name1} (Operation Falcon) spoke to the "
            "victim, {PERSON:name}, on {PHONE_NUMBER:phone}. Funds went to {IBAN_CODE:iban}.",
            "Hello, this is PC {PERSON:last1} from the economic crime unit returning your call "
            "about the courier scam. Can you confirm your date of birth, {PERSON:first}? - "
            "{DATE_OF_BIRTH:dob}, and I'm still at {ADDRESS:addr}.",
            "Referral to police liaison officer {PERSON:name1}: {PERSON:name}'s online banking "
            "was opened from {IP_ADDRESS:ip} minutes after a remote-access call. Customer mobile "
            "{PHONE_NUMBER:mob}.",
            "Victim care note: {PERSON:name} (vulnerable, 82) paid £4,000 to a mule account "
            "{BANK_ACCOUNT:acct} (sort {sort}) held by {PERSON:name2}. Next of kin's mobile "
            "{PHONE_NUMBER:mob1}.",
        ],
        [
            "Action Fraud crime reference {ref}. The police will never ask you to move money to "
            "a 'safe account'. Call 159 to reach your bank securely.",
            "Poster: 'Ada Lovelace would have spotted it.' Our fraud week celebrates women in "
            "computing; the exhibition runs at {branch} until {when}.",
            "Think like Sherlock Holmes: check the sender, check the link, check with us. This "
            "month's scam-awareness poster is in every branch.",
            "Scam alert: fake texts claiming to be from Northmoor are asking customers to 'verify "
            "a new payee'. We never send links by text. Report them to 7726.",
            "Fraud team summary: the mule network behind last month's parcel-delivery texts used "
            "14 accounts, all now closed. No customer details in this note.",
            "Police liaison bulletin: West Yorkshire Police and Northmoor Bank will hold a fraud "
            "awareness stall at {branch} on {when}.",
        ],
    ),
    "namechange": (
        [
            "Name change after marriage: previous name {PERSON:name}, new name "
            "{PERSON:married}. Date of birth {DATE_OF_BIRTH:dob}. Marriage certificate attached.",
            "Hi, I got married in June and I'm now {PERSON:married} (was "
            "{PERSON:last}). Please update my cards; my e-mail stays {EMAIL_ADDRESS:mail}.",
            "US spouse here: my Social Security card now reads {PERSON:married}, SSN "
            "{US_SSN:ssn} unchanged. Call {PHONE_NUMBER:usphone} if you need more.",
            "Please update my account. Old name: {PERSON:name1}. New name: {PERSON:name}. Same "
            "address as before, {ADDRESS:addr}.",
            "Deed poll received for {PERSON:name}, formerly {PERSON:name1}. Correspondence to "
            "{ADDRESS:addr}, contact {PHONE_NUMBER:mob}.",
        ],
        [
            "Changing your name: bring your marriage certificate, civil partnership certificate "
            "or deed poll to {branch}, or upload it in the app.",
            "Your name change request {ref} has been completed. New cards will arrive within 7 "
            "working days. Please destroy the old ones.",
            "Branch news: our new Nelson Mandela Place office in Glasgow opens on {when}. The "
            "old Buchanan Street counter closes the Friday before.",
            "Elizabeth Bennet became Mrs Darcy in the last chapter, and the book club at "
            "{branch} chose it for its wedding-season meeting on {when}.",
        ],
    ),
    "giving": (
        [
            "Gift Aid declaration\nFull name: {PERSON:name}\nHome address: "
            "{ADDRESS:addr}\nI am a UK taxpayer.",
            "Please set up a monthly donation of £15 from account {BANK_ACCOUNT:acct} to the "
            "hospice. Donor {PERSON:name}, {EMAIL_ADDRESS:mail}.",
            "Sponsor sheet for the hospice bike ride: {PERSON:name} £20, {PERSON:name1} £10, "
            "{PERSON:name2} £5 - gift aid ticked for all three.",
            "Charity matching request from staff member {PERSON:name}: I ran the Great North Run "
            "for {firm}'s foundation. Contact me on {PHONE_NUMBER:mob}.",
        ],
        [
            "Riverside Hospice, registered charity no. 1{tail}{tail1}. Gift Aid adds 25p to "
            "every £1 you give. Questions: giving@riversidehospice.org.uk.",
            "Our Community Fund gave £50,000 to 38 local charities this year, including the "
            "{celeb} Trust. Apply before {when}.",
            "{firm} matched its staff's Red Nose Day fundraising pound for pound this year, "
            "announced the firm's charity committee.",
            "Thank you for donating through Northmoor Giving. Your receipt number is {ref}. "
            "Donations appear on your statement as NMB GIVING.",
        ],
    ),
    "rural": (
        [
            "Farm loan note: {PERSON:name} runs 140 ewes at {ADDRESS:rural}. Wants to spread "
            "the tractor finance. Call {PHONE_NUMBER:phone} after milking, not before 11.",
            "Fisherman {PERSON:name} (boat 'Morning Star', Newlyn) asks for a 3-month holiday "
            "on the loan; catch was poor. Mobile {PHONE_NUMBER:mob}.",
            "Co-op member payout list\n{PERSON:name} - {BANK_ACCOUNT:acct} - 12 t barley\n"
            "{PERSON:name1} - {BANK_ACCOUNT:acct1} - 8 t oats",
        ],
        [
            "Highland Growers Co-operative Ltd, Harbour Road, Inverness IV1 1SY. Grain "
            "collections resume on {when}. Office line {hotline}.",
            "Co-operative AGM minutes: turnover up 4%; the board approved a new grain store at "
            "the Nether Wick depot; next meeting in the village hall.",
            "Agricultural desk: the Basic Payment Scheme bridging loan window opens {when}. "
            "Speak to a rural manager at {branch}.",
            "The Fishermen's Mission and Northmoor's rural team will be at Peterhead harbour on "
            "{when}. Skippers can drop in without an appointment.",
            "Market report: store lambs up 6% at Skipton auction; milk price steady. Fish quota "
            "update expected from the MMO next month.",
        ],
    ),
    "drivers": (
        [
            "I'm a taxi driver, {PERSON:name}, badge 2231. The QR payments from the app didn't "
            "land in {BANK_ACCOUNT:acct} (sort {sort}) this week. Ring {PHONE_NUMBER:mob}.",
            "Ride-hailing weekly payout failed. Driver: {PERSON:name}, IBAN {IBAN_CODE:iban}, "
            "e-mail {EMAIL_ADDRESS:mail}.",
            "I drive for a US ride app while studying in the States; the 1099 form needs my SSN, "
            "{US_SSN:ssn}. Name {PERSON:name}, US address {ADDRESS:usaddr}.",
            "Corner shop owner here - {PERSON:name}. My card reader shows a refund to card "
            "{CREDIT_CARD:card} I never made. Home number {PHONE_NUMBER:phone}.",
        ],
        [
            "Take payments with a QR code: print your code from the Merchant Hub and display it "
            "at the till. Settlement next working day. Help: "
            "merchant-services@northmoorbank.co.uk.",
            "Sticker text: SCAN TO PAY - Patel's Newsagents, 22 Market Street. Card and QR "
            "payments welcome.",
            "Taxi licence renewals: the council licensing office on Civic Way is open 9 till 4. "
            "Drivers can pay the fee by card at the counter.",
            "Northmoor Merchant Services pricing from {when}: 1.1% per QR payment, no monthly "
            "fee. Call {hotline} to switch.",
        ],
    ),
    "returns": (
        [
            "Returned the coat on {past}, the shop says refund sent but nothing on my card "
            "{CREDIT_CARD:card}. Please chase. {PERSON:name}, {PHONE_NUMBER:mob}",
            "Chargeback request: item never collected from {ADDRESS:addr}. Cardholder "
            "{PERSON:name}, e-mail {EMAIL_ADDRESS:mail}.",
            "I sent the parcel back from the Post Office but the refund letter went to my old "
            "address, {ADDRESS:addr}. Tracking says signed by {PERSON:name1}. - {PERSON:name}",
            "The courier left my return label with my neighbour {PERSON:name1}, now the seller "
            "won't refund. Account holder {PERSON:name}.",
        ],
        [
            "Returns: send items to Home & Hearth Returns, Unit 12, Skyline 120, Braintree CM77 "
            "7AA within 30 days. E-mail returns@homeandhearth.co.uk with order {ref}.",
            "Refunds to a card can take 3 to 5 working days to show. If it's been longer, ask "
            "the retailer for the acquirer reference number (ARN).",
            "Returns desk, John Lewis Oxford Street: open 10am-8pm. Bring the card you paid "
            "with and your receipt. Nothing to do with your Northmoor account.",
            "Chargeback guide: we can raise a dispute up to 120 days after the purchase date. "
            "Have your order number and any e-mails from the seller ready.",
        ],
    ),
}


# --------------------------------------------------------------------------- Chinese templates

ZH: dict[str, tuple[list[str], list[str]]] = {
    "tuiwen": (
        [
            "【东方银行】回复：不要再给我发理财短信了！我是{PERSON:name}，手机{PHONE_NUMBER:zmob}，"
            "请把这个号码从营销名单里删掉。",
            "你们的营销短信一直发到我妈{PERSON:name}的号码{PHONE_NUMBER:zmob}上，她八十多岁了，"
            "请马上停止。",
            "公众号留言：看了你们推的“养老金账户”文章，想开一个。我叫{PERSON:name}，"
            "出生日期{DATE_OF_BIRTH:dob}，麻烦客户经理联系我{PHONE_NUMBER:zmob}。",
            "推文评论区：中奖了没收到礼品啊，收货地址{ADDRESS:zaddr}，收件人{PERSON:name}，"
            "电话{PHONE_NUMBER:zmob}。",
        ],
        [
            "【东方银行】{when}起，三年期大额存单年利率调整为2.15%，详询{zhotline}或就近网点。"
            "拒收请回复R。",
            "公众号推文｜开门红！{celeb}同款运动手环，新开信用卡首刷即送，活动截至{when}。",
            "员工内刊｜行长寄语：新的一年，让我们坚持以客户为中心，继续做好普惠金融和适老服务。",
            "【东方银行】您尾号{tail}的借记卡已开通境外消费功能，如非本人操作请致电{zhotline}。退订回T",
            "【东方银行】尊敬的客户，您的积分即将于{when}清零，请登录手机银行兑换。退订回T。",
            "网点海报：{branch}本周六举办“反假币进社区”活动，现场有小礼品，欢迎街坊邻居参加。",
        ],
    ),
    "yaoqing": (
        [
            "活动报名回执\n姓名：{PERSON:name}\n手机：{PHONE_NUMBER:zmob}\n邮箱：{EMAIL_ADDRESS:zmail}\n"
            "参加场次：{when}下午场",
            "您好，收到贵行私行客户答谢会的邀请函，我和我爱人{PERSON:name1}都去，我的电话是"
            "{PHONE_NUMBER:zmob}，到时候联系{PERSON:titled}就行。",
            "员工内刊投稿：感谢营业部的{PERSON:name}，她帮一位老人找回了被骗的两万元。",
        ],
        [
            "邀请函\n兹定于{when}在{branch}举办“数字人民币进校园”主题活动，诚邀您拨冗出席。"
            "回执请发至huodong@dongfangbank.com.cn。",
            "客户答谢会流程：14:00签到，14:30{celeb}主题分享，16:00茶歇，地点{branch}。",
            "赞助公告：东方银行成为2026年城市马拉松官方合作伙伴，{celeb}将担任赛事形象大使。",
            "员工内刊｜本季度“服务之星”评选结果揭晓，{branch}荣获集体一等奖，感谢全体员工的付出。",
            "新卡上线：《西游记》联名信用卡，孙悟空、猪八戒两款卡面限量发行，{when}起可在App申请。",
            "代言人官宣！{celeb}正式成为东方银行信用卡品牌代言人，{when}起关注公众号参与抽奖。",
        ],
    ),
    "appgx": (
        [
            "更新到7.2版以后一直闪退，登录提示异常IP {IP_ADDRESS:ip}，那是我家的宽带啊。"
            "账户名{PERSON:name}，手机{PHONE_NUMBER:zmob}。",
            "升级后绑不上卡，借记卡{BANK_ACCOUNT:zdebit}，预留手机{PHONE_NUMBER:zmob}，麻烦看一下。",
            "用户反馈：新版人脸识别老是失败，身份证号{CN_ID_CARD:cnid}明明是对的，"
            "请{PERSON:titled}回个电话{PHONE_NUMBER:zmob}。",
            "App意见反馈 #7.2.1\n联系邮箱：{EMAIL_ADDRESS:zmail}\n问题描述：转账页面看不到信用卡"
            "{CREDIT_CARD:zcredit}的账单。",
        ],
        [
            "东方银行App 7.2版更新说明：\n1. 新增适老化大字版\n2. 优化转账到账提醒\n"
            "3. 修复部分机型闪退问题",
            "系统维护公告：{when}凌晨0:00至6:00进行系统升级，期间手机银行暂停服务，ATM正常使用。",
            "服务状态：信用卡还款渠道已恢复正常，故障编号{ref}，给您带来不便敬请谅解。",
        ],
    ),
    "duigong": (
        [
            "对公开户预约：公司名称某某商贸有限公司，法定代表人{PERSON:name}，身份证"
            "{CN_ID_CARD:cnid}，联系电话{PHONE_NUMBER:zmob}。",
            "工商变更后请更新预留信息：新任法人{PERSON:name}，手机{PHONE_NUMBER:zmob}；"
            "原法人{PERSON:name1}已离职。统一社会信用代码{uscc}不变。",
            "股东变更材料：新增自然人股东{PERSON:name}，身份证{CN_ID_CARD:cnid}，住址{ADDRESS:zaddr}。",
            "发票抬头开个人：{PERSON:name}，寄到{ADDRESS:zaddr}，电子版发到{EMAIL_ADDRESS:zmail}。",
        ],
        [
            "发票抬头：杭州禾丰电子科技有限公司\n税号：{uscc}\n"
            "地址电话：杭州市滨江区江南大道588号 0571-8{tail}{tail1}",
            "工商变更通知：{firm}注册地址变更为深圳市南山区科技园南区高新南七道6号，"
            "统一社会信用代码{uscc}。",
            "发票抬头请开：成都蜀味餐饮管理有限公司，纳税人识别号{uscc}，开户行东方银行武侯支行。",
            "对公开户须知：请携带营业执照正本、公章、财务章及法定代表人身份证原件，到{branch}办理。",
        ],
    ),
    "daifa": (
        [
            "代发工资明细\n序号,姓名,工资卡号,金额\n1,{PERSON:name},{BANK_ACCOUNT:zdebit},{amt}\n"
            "2,{PERSON:name1},{BANK_ACCOUNT:zdebit1},{amt1}",
            "财务你好，我是新来的{PERSON:name}，工资卡号{BANK_ACCOUNT:zdebit}，开户行东方银行"
            "天河支行，麻烦下个月代发到这张卡。",
            "新员工入职信息：{PERSON:name}，出生日期{DATE_OF_BIRTH:dob}，工资卡{BANK_ACCOUNT:zdebit}，"
            "手机{PHONE_NUMBER:zmob}。",
            "工资没到账！我是二车间的{PERSON:name}，卡号{BANK_ACCOUNT:zdebit}，"
            "身份证{CN_ID_CARD:cnid}。",
            "代发退票说明：员工{PERSON:name}（身份证{CN_ID_CARD:cnid}）的卡已销户，请重新提供账户。",
        ],
        [
            "代发工资业务说明：企业需在每月{tail}日前上传代发文件，付款账户为企业基本户，"
            "问题请联系daifa@dongfangbank.com.cn。",
            "【东方银行】贵公司{when}代发工资批次已处理完成，成功286笔，失败0笔。",
            "工资条说明：实发金额=应发工资-社保-公积金-个税，如有疑问请咨询hr@xinhe-tech.cn。",
            "代发文件模板：第一列序号，第二列姓名，第三列账号，第四列金额，请勿合并单元格。",
        ],
    ),
    "chujing": (
        [
            "我在泰国，信用卡{CREDIT_CARD:zcredit}被冻结了，酒店押金付不了，我是{PERSON:name}，"
            "国际漫游号码{PHONE_NUMBER:zmob}。",
            "护照在巴黎丢了，要挂失银行卡。本人{PERSON:name}，身份证号{CN_ID_CARD:cnid}，"
            "国内紧急联系人{PERSON:name1}，电话{PHONE_NUMBER:zmob1}。",
            "旅游险理赔：被保险人{PERSON:name}，出生日期{DATE_OF_BIRTH:dob}，理赔款请打到借记卡"
            "{BANK_ACCOUNT:zdebit}。",
            "境外退税款请打到我的德国账户{IBAN_CODE:iban}，户名{PERSON:name}，谢谢。",
        ],
        [
            "【东方银行】您已进入境外地区，境外取现请认准银联标识，卡片丢失请拨打{zhotline}。",
            "出境游小贴士：护照丢失请先向当地警方报案，再联系中国驻外使领馆；外交部全球领保热线12308。",
            "【东方银行】境外消费返现活动{when}截止，单笔满100美元返5%，详询{zhotline}。",
            "旅行保险理赔须知：请保留登机牌、医院收据及报警回执，报案号格式如{ref}。",
        ],
    ),
    "yichan": (
        [
            "父亲{PERSON:name}于{past}去世，出生日期{DATE_OF_BIRTH:dob}，想查询他手机银行和"
            "微信里的余额，我是家属{PERSON:name1}，电话{PHONE_NUMBER:zmob1}。",
            "数字遗产咨询：逝者{PERSON:name}，身份证{CN_ID_CARD:cnid}，生前住{ADDRESS:zaddr}，"
            "继承人已办好公证。",
            "母亲的工资卡{BANK_ACCOUNT:zdebit}里还有钱，卡是{PERSON:name}的名字，我们兄妹三人怎么取？",
        ],
        [
            "网点海报：“{celeb}说：把爱留给家人，也把账户安排好。”遗嘱库咨询请到{branch}。",
            "数字遗产怎么继承？本期“金融课堂”为您解读：继承人需提供死亡证明、继承权公证书及本人身份证件。",
            "温馨提示：存款人身故后，小额存款（1万元以下）可简化办理，详情请咨询{branch}。",
            "案例分享：一位客户身故后，家属凭继承权公证书在三个工作日内办结存款过户（已隐去客户信息）。",
            "公证处地址：南京市鼓楼区北京西路26号，咨询电话025-8{tail}{tail1}，工作日受理。",
        ],
    ),
    "fanzha": (
        [
            "反诈回访：我是城南派出所民警{PERSON:name1}，您{past}报案被骗的钱转到了账户"
            "{BANK_ACCOUNT:zdebit}，{PERSON:titled}，您方便再核对一下吗？",
            "警情通报（内部）：受害人{PERSON:name}的手机银行在被骗当晚从IP {IP_ADDRESS:ip}登录，"
            "涉案收款人{PERSON:name2}，卡号{BANK_ACCOUNT:zdebit}。",
            "民警回访记录：受害人{PERSON:name}，{PHONE_NUMBER:zmob}，被冒充客服骗走3.8万元，"
            "已提醒家属{PERSON:name2}注意。",
            "警官您好，我是上周报案的{PERSON:name}，身份证{CN_ID_CARD:cnid}，想问下冻结的钱"
            "什么时候能退回。",
        ],
        [
            "全民反诈：凡是让您下载会议软件共享屏幕的都是诈骗！接到可疑来电请拨打96110。",
            "反诈宣传进社区：{when}，辖区民警和{branch}的工作人员在社区广场讲解养老诈骗的常见套路。",
            "警银联动：{branch}与辖区派出所联合开展反诈宣传，{when}上午在网点门口设咨询台。",
            "【东方银行】我行不会以任何理由要求您把资金转入“安全账户”，如有疑问请致电{zhotline}。",
        ],
    ),
    "gengming": (
        [
            "改名了，要更新银行卡信息：曾用名{PERSON:name1}，现用名{PERSON:name}，身份证号"
            "{CN_ID_CARD:cnid}，派出所已出具更名证明。",
            "您好，我户口本上的名字从{PERSON:name1}改成了{PERSON:name}，手机号{PHONE_NUMBER:zmob}"
            "没变，怎么办？",
            "孩子改名了：原名{PERSON:name1}，新名{PERSON:name}，监护人{PERSON:name2}，"
            "电话{PHONE_NUMBER:zmob}。",
            "更名申请\n原姓名：{PERSON:name1}\n新姓名：{PERSON:name}\n出生日期：{DATE_OF_BIRTH:dob}",
        ],
        [
            "更名业务指南：客户姓名变更的，须携带新身份证、户口本变更页及公安机关证明到网点办理。",
            "公司更名公告：{firm}已更名，原账户继续使用，统一社会信用代码{uscc}保持不变。",
            "更名提醒：客户在公安机关办理更名后，原银行卡、手机银行及第三方支付绑定信息需一并更新。",
            "小说里贾宝玉原名“通灵宝玉”的梗，成了本期员工内刊的谜语题，答案见下期。",
        ],
    ),
    "cishan": (
        [
            "慈善捐赠需要开票据：捐赠人{PERSON:name}，身份证{CN_ID_CARD:cnid}，票据寄到"
            "{ADDRESS:zaddr}。",
            "我每月从借记卡{BANK_ACCOUNT:zdebit}捐100元给助学项目，想改成200，我是{PERSON:name}。",
            "爱心捐款登记：{PERSON:name}，电话{PHONE_NUMBER:zmob}，邮箱{EMAIL_ADDRESS:zmail}，"
            "捐款500元。",
        ],
        [
            "东方公益基金会{when}“春蕾助学”项目共募集善款126万元，感谢每一位爱心人士。",
            "【东方公益】感谢您参与“一元助学”，本年度累计捐赠12元，电子捐赠证书已生成。",
            "慈善捐赠公告：捐赠账户为基金会对公账户，开户行东方银行西湖支行，咨询juanzeng@dongfanggongyi.org.cn。",
            "{celeb}出席公益晚宴并捐出签名球衣，拍卖所得全部用于乡村学校图书角。",
        ],
    ),
    "nongcun": (
        [
            "渔民贷款申请：{PERSON:name}，船号闽霞渔06231，家住{ADDRESS:zcoast}，电话{PHONE_NUMBER:zmob}。",
            "合作社社员分红名单\n{PERSON:name} {BANK_ACCOUNT:zdebit} 3200元\n"
            "{PERSON:name1} {BANK_ACCOUNT:zdebit1} 2750元",
            "我是种大棚的{PERSON:name}，想申请惠农贷，身份证{CN_ID_CARD:cnid}，"
            "住{ADDRESS:zrural}。",
        ],
        [
            "寿光市丰收蔬菜专业合作社，统一社会信用代码{uscc}，地址寿光市文家街道农贸路1号。",
            "农村信用合作社联合社公告：{when}起调整部分网点营业时间，周六周日正常对外营业。",
            "惠农政策：{when}起，休渔期渔民可申请最长6个月的贷款延期，详情咨询当地农商银行。",
            "渔业互助保险社通知：{when}前缴纳次年保费的渔船可享9折，咨询电话{zhotline}。",
            "村务公开：本村{when}召开合作社年终大会，地点村委会二楼会议室，请各户派代表参加。",
        ],
    ),
    "shanghu": (
        [
            "网约车司机{PERSON:name}，平台提现到{BANK_ACCOUNT:zdebit}一直没到账，电话{PHONE_NUMBER:zmob}。",
            "网约车平台提现失败，司机{PERSON:name}，身份证{CN_ID_CARD:cnid}，"
            "登录IP {IP_ADDRESS:ip}。",
            "商户收款码问题：我是开水果店的{PERSON:name}，收款码绑定的银行卡{BANK_ACCOUNT:zdebit}"
            "昨晚的钱没进来。",
            "电商退货：收件人{PERSON:name}，{PHONE_NUMBER:zmob}，{ADDRESS:zaddr}，"
            "退款请退回信用卡{CREDIT_CARD:zcredit}。",
        ],
        [
            "退货地址：浙江省义乌市稠江街道物流园3号仓 好运电商退货组，客服电话{zhotline}。",
            "电商退货须知：商品签收7天内支持无理由退货，退款原路返回，一般1至3个工作日到账。",
            "收款码贴纸：扫码付款 — {firm}专卖店，支持云闪付、微信、支付宝。",
            "网约车司机专享：绑定东方银行借记卡提现免手续费，活动截至{when}。",
        ],
    ),
}


# --------------------------------------------------------------------------- the set

# Framing that fits the bank's own texts and customers' alike (no cue to which a row is).
EN_WRAP = [
    ("", ""),
    ("", ""),
    ("", ""),
    ("Fwd: ", ""),
    ("[pasted into case notes] ", ""),
    ("", "\n[end of pasted text]"),
]
ZH_WRAP = [
    ("", ""),
    ("", ""),
    ("", ""),
    ("转发：", ""),
    ("【工单附件】", ""),
    ("", "\n（以上为复制内容）"),
]
NEGATIVE_SHARE = 0.3


def plan(n: int, rng: random.Random) -> list[tuple[str, str, bool]]:
    """(lang, genre, negative) for each row: half per language, 30% negatives each, the
    genres taken in turn so each gets its share."""
    items: list[tuple[str, str, bool]] = []
    for lang, count in (("en", (n + 1) // 2), ("zh", n // 2)):
        genres = list(EN if lang == "en" else ZH)
        negatives = set(rng.sample(range(count), round(count * NEGATIVE_SHARE)))
        order: list[str] = []
        while len(order) < count:
            batch = genres[:]
            rng.shuffle(batch)
            order += batch
        items += [(lang, order[i], i in negatives) for i in range(count)]
    rng.shuffle(items)
    return items


def generate(n: int = 600, seed: int = 19031) -> list[dict[str, Any]]:
    """``n`` rows (half English, half Chinese, 30% of each without personal data)."""
    rng = random.Random(seed)
    rows = []
    for index, (lang, genre, negative) in enumerate(plan(n, rng)):
        positives, negatives = (EN if lang == "en" else ZH)[genre]
        template = rng.choice(negatives if negative else positives)
        text, spans = render(template, Ctx(rng, lang))
        head, tail = rng.choice(EN_WRAP if lang == "en" else ZH_WRAP)
        spans = [
            {"start": s["start"] + len(head), "end": s["end"] + len(head), "label": s["label"]}
            for s in spans
        ]
        rows.append(
            {
                "id": f"v19-{lang}-{genre}-{index:04d}",
                "text": head + text + tail,
                "lang": lang,
                "spans": spans,
            }
        )
    return rows


def stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    labels: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    free: Counter[str] = Counter()
    for row in rows:
        langs[row["lang"]] += 1
        genres[f"{row['lang']}-{row['id'].split('-')[2]}"] += 1
        free[row["lang"]] += not row["spans"]
        labels.update(f"{row['lang']}:{s['label']}" for s in row["spans"])
    return {
        "rows": len(rows),
        "languages": dict(langs),
        "pii_free": dict(free),
        "labels": dict(sorted(labels.items())),
        "genres": dict(sorted(genres.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=19031)
    parser.add_argument("--stats", action="store_true", help="print counts instead of rows")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print(json.dumps(stats(rows), indent=2, ensure_ascii=False))
    else:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
