"""Twelfth independent bilingual PII set (issue 18), written blind.

    python benchmarks/pii_heldout12/generator.py --stats [--n 600] [--seed 12018]

Written without opening the PII engine, its resources, the dev generators or any earlier
independent set. The traffic is a bank's back office rather than its front line: relationship-
manager CRM notes in staff shorthand, KYC onboarding and mortgage free text, fraud-team case
summaries and police-report excerpts, disputes, customer e-mail chains with signatures and
out-of-office replies, social posts and app reviews, and contact updates with numbers in many
national styles; in Chinese 客户经理工作日志, 贷款申请说明, 反诈案件记录, 邮件与签名档,
小红书/微博吐槽帖, 短信通知, 粤语 WhatsApp, 香港开户尽调 (繁體), 报案笔录 and 争议交易工单.

Every row: ``{"id", "text", "lang", "spans": [{"start", "end", "label"}]}``; the id's middle part
names the genre. About 30% of each language's messages carry no personal data (hard negatives in
the same shapes: hotlines, branch codes, OTPs, last-four digits, references, merchant and company
names, role mailboxes, 对公账户). Structured numbers carry valid checksums (Luhn, mod-97, GB 11643,
SSN ranges), computed by this module's own helpers.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable, Sequence

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
NEGATIVE_SHARE = 0.30

# A segment is plain text, or (value, label) for a span.
Segment = str | tuple[str, str]


# --------------------------------------------------------------------------- checksums


def luhn_check_digit(payload: str) -> str:
    """The Luhn digit that makes ``payload + digit`` valid."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        value = int(char)
        if position % 2 == 0:  # doubled: these sit at odd positions once the check digit is added
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for position, value in enumerate(reversed(digits)):
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return len(digits) > 1 and total % 10 == 0


def _iban_numeric(rearranged: str) -> int:
    return int("".join(str(int(c, 36)) for c in rearranged))


def iban_with_check(country: str, bban: str) -> str:
    """An IBAN whose two check digits satisfy ISO 13616 mod-97."""
    check = 98 - _iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    return len(compact) > 4 and _iban_numeric(compact[4:] + compact[:4]) % 97 == 1


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_ID_CHECK = "10X98765432"


def cn_id_check_char(first17: str) -> str:
    """GB 11643-1999 check character."""
    return CN_ID_CHECK[sum(int(c) * w for c, w in zip(first17, CN_ID_WEIGHTS, strict=True)) % 11]


def cn_id_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    return (
        len(compact) == 18
        and compact[:17].isdigit()
        and cn_id_check_char(compact[:17]) == compact[17]
    )


def ssn_valid(value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


# --------------------------------------------------------------------------- pools

EN_FIRST = [
    "Olivia",
    "Amelia",
    "George",
    "Harry",
    "Priya",
    "Rohan",
    "Aisha",
    "Chinedu",
    "Ngozi",
    "Tomasz",
    "Katarzyna",
    "Siobhan",
    "Declan",
    "Mei",
    "Hiroshi",
    "Yuki",
    "Fatima",
    "Omar",
    "Mohammed",
    "Grace",
    "Ethan",
    "Marcus",
    "Chloe",
    "Lucia",
    "Mateo",
    "Bronwen",
    "Rhys",
    "Anjali",
    "Kwame",
    "Ama",
    "Sven",
    "Ingrid",
    "Dmitri",
    "Elena",
    "Haruto",
    "Thandiwe",
    "Callum",
    "Isla",
    "Hamish",
    "Deepak",
    "Farah",
    "Jamal",
    "Keisha",
    "Tyrone",
    "Brianna",
    "Connor",
    "Niamh",
    "Beatriz",
    "Joaquim",
    "Adaeze",
    "Oluwaseun",
    "Rania",
    "Yusuf",
    "Gwen",
    "Alistair",
    "Margaret",
    "Leonard",
    "Doreen",
    "Trevor",
]
EN_LAST = [
    "Whitfield",
    "Okonkwo",
    "Sharma",
    "Kowalski",
    "O'Brien",
    "MacLeod",
    "Nguyen",
    "Tanaka",
    "Haddad",
    "Adeyemi",
    "Patel",
    "Fernandes",
    "Lindqvist",
    "Petrov",
    "Mensah",
    "Clarke",
    "Hughes",
    "Davies",
    "Ashworth",
    "Pemberton",
    "Garcia",
    "Rodriguez",
    "Johnson",
    "Thompson",
    "Chen",
    "Zhang",
    "Ahmed",
    "Hussain",
    "Begum",
    "Evans",
    "Murphy",
    "Walsh",
    "Dubois",
    "Rossi",
    "Novak",
    "Kaur",
    "Singh",
    "Ibrahim",
    "Osei",
    "Fitzgerald",
    "Delacroix",
    "Abernethy",
    "Ogunleye",
    "Castellanos",
    "Wójcik",
    "Henderson",
    "Blackwood",
    "Ferreira",
    "Gallagher",
    "Kuznetsova",
]
EN_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Miss", "Mx")

UK_STREETS = [
    "Kelso Road",
    "Harcourt Avenue",
    "Ladbroke Grove",
    "Beechwood Close",
    "Mill Lane",
    "Seafield Crescent",
    "Station Road",
    "Albert Terrace",
    "Coronation Street",
    "Whinmoor Way",
    "Cathedral Walk",
    "Granby Row",
    "Lark Rise",
    "Chapel Street",
    "Victoria Park Road",
    "Orchard Mews",
]
UK_TOWNS = (
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Birmingham", "B"),
    ("Edinburgh", "EH"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Bristol", "BS"),
    ("Newcastle upon Tyne", "NE"),
    ("London", "SW"),
    ("London", "N"),
    ("Oxford", "OX"),
    ("Cambridge", "CB"),
    ("Sheffield", "S"),
    ("Nottingham", "NG"),
)
US_STREETS = [
    "Maple Ave",
    "Oak Street",
    "Sunset Blvd",
    "W 74th St",
    "Lakeshore Dr",
    "Peachtree Rd NE",
    "Elm Ct",
    "Jefferson Pkwy",
    "Cedar Ridge Ln",
    "Mission St",
    "Prospect Pl",
]
US_CITIES = (
    ("Columbus", "OH", "432"),
    ("Austin", "TX", "787"),
    ("Brooklyn", "NY", "112"),
    ("Chicago", "IL", "606"),
    ("Atlanta", "GA", "303"),
    ("San Francisco", "CA", "941"),
    ("Denver", "CO", "802"),
    ("Portland", "OR", "972"),
    ("Charlotte", "NC", "282"),
)
LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
MONTH_ABBREVIATIONS = (
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
)
DISCLAIMERS = (
    "This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you are not the intended recipient please notify the sender and delete it.",
    "CONFIDENTIALITY: this message may contain privileged information. Calls may be recorded.",
    "Please consider the environment before printing this e-mail.",
    "We will never ask for your PIN or full password by e-mail.",
)

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
)
ZH_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "慕容", "司徒")
ZH_GIVEN = [
    "伟",
    "芳",
    "娜",
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
    "霞",
    "平",
    "刚",
    "秀英",
    "桂英",
    "志强",
    "建华",
    "晓燕",
    "俊杰",
    "婷婷",
    "子涵",
    "浩然",
    "欣怡",
    "雨桐",
    "宇轩",
    "梓萱",
    "思远",
    "嘉怡",
    "国栋",
    "海燕",
    "文博",
    "振华",
    "淑华",
    "玉兰",
    "德胜",
    "立新",
    "春梅",
]
ZH_TRAD_SURNAMES = "陳黃張林李何梁吳鄭蔡劉周楊許謝馮葉羅鍾麥"
ZH_TRAD_GIVEN = [
    "志明",
    "美玲",
    "家豪",
    "淑芬",
    "嘉欣",
    "詠詩",
    "國輝",
    "佩珊",
    "浩賢",
    "宜蓁",
    "偉倫",
    "曉彤",
    "俊傑",
    "慧敏",
    "子聰",
    "雅婷",
    "家樂",
    "凱琳",
    "永康",
    "麗華",
    "錦輝",
    "穎欣",
]
HK_LATIN = [
    "Kelvin Wong",
    "Michelle Chan",
    "Ivan Cheung",
    "Winnie Lau",
    "Raymond Ho",
    "Cathy Leung",
    "Jason Tsang",
    "Phoebe Yip",
    "Alan Kwok",
    "Sharon Mak",
    "Derek Fung",
    "Vivian Siu",
]

ZH_CITIES = (
    ("北京市", "朝阳区"),
    ("北京市", "海淀区"),
    ("上海市", "浦东新区"),
    ("上海市", "徐汇区"),
    ("广东省广州市", "天河区"),
    ("广东省深圳市", "南山区"),
    ("浙江省杭州市", "西湖区"),
    ("四川省成都市", "武侯区"),
    ("湖北省武汉市", "洪山区"),
    ("江苏省南京市", "鼓楼区"),
    ("陕西省西安市", "雁塔区"),
    ("江苏省苏州市", "工业园区"),
    ("重庆市", "渝北区"),
)
ZH_ROADS = [
    "建国路",
    "中山路",
    "人民路",
    "解放大道",
    "科技南十二路",
    "文三路",
    "天府大道",
    "珠江路",
    "长安南路",
    "星湖街",
    "虹桥路",
    "望京西路",
    "金沙江路",
    "龙华路",
    "和平里东街",
]
ZH_ESTATES = [
    "阳光花园",
    "翠苑三区",
    "万科城",
    "碧桂园",
    "金地格林小镇",
    "保利香槟苑",
    "世纪城",
    "绿城桂花园",
    "融创壹号院",
]
HK_DISTRICTS = (
    "九龍旺角",
    "新界沙田",
    "香港北角",
    "九龍觀塘",
    "新界將軍澳",
    "香港鰂魚涌",
    "九龍紅磡",
)
HK_ROADS = ("彌敦道", "英皇道", "沙田正街", "觀塘道", "唐明街", "太古城道", "德安街")
HK_ESTATES = ("海景花園", "麗港城", "新都城", "太古城", "黃埔花園", "沙田第一城")
ID_REGIONS = [
    "110105",
    "110108",
    "310104",
    "310115",
    "440106",
    "440305",
    "330106",
    "510107",
    "420111",
    "320106",
    "610113",
    "500112",
    "130102",
    "370202",
    "210202",
    "350203",
]
CN_MOBILE_PREFIX = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "177",
    "180",
    "181",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]

SPOKEN_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
SPOKEN_ZH = "零一二三四五六七八九"

HOTLINES_EN = (
    "0345 734 5345",
    "0800 056 0056",
    "1-800-432-1000",
    "0345 600 2290",
    "03457 404 404",
    "1-888-842-6328",
    "0800 161 5148",
    "+44 345 300 0000",
    "1300 651 089",
)
HOTLINES_ZH = ("95588", "95566", "95555", "400-820-8888", "4006695566", "800-830-8003", "95533")
MERCHANTS_EN = (
    "Tesco Express",
    "Amazon Marketplace",
    "Deliveroo",
    "Ryanair",
    "Booking.com",
    "Currys PC World",
    "Uber *Trip",
    "Steam Games",
    "Apple.com/bill",
    "PAYPAL *GAMESTOP",
)
COMPANIES_EN = (
    "Northgate Joinery Ltd",
    "Pemberton Logistics Ltd",
    "Harbourline Freight plc",
    "Greenleaf Dental LLP",
    "Kestrel Analytics Inc.",
    "Bluewater Bakery Co.",
)
MERCHANTS_ZH = (
    "美团外卖",
    "京东商城",
    "拼多多",
    "滴滴出行",
    "携程旅行",
    "盒马鲜生",
    "李宁专卖店",
    "王府井百货",
)
COMPANIES_ZH = (
    "深圳市前海云帆科技有限公司",
    "杭州西溪贸易有限公司",
    "上海浦江物流有限公司",
    "成都天府餐饮管理有限公司",
    "北京京华建材有限公司",
)
BANK_DOMAINS = ("harbourbank.co.uk", "northmere.com", "thamesmutual.co.uk", "pacificunion.com")
ROLE_BOXES = ("support", "noreply", "disputes", "kyc-team", "fraud.ops", "mortgages", "no-reply")


class Pools:
    """Random personal and business values, each returned ready to embed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(list(options))

    # ----- English people
    def first(self) -> str:
        return self.pick(EN_FIRST)

    def last(self) -> str:
        return self.pick(EN_LAST)

    def en_name(self, shorthand: bool = False) -> str:
        first, last = self.first(), self.last()
        forms = [f"{first} {last}", f"{first} {last}", f"{self.pick(EN_TITLES)} {first} {last}"]
        forms.append(f"{self.pick(EN_TITLES)} {last}")
        if shorthand:
            forms += [
                f"{first.upper()} {last.upper()}",
                f"{last.upper()}, {first}",
                f"{first[0]}. {last}",
            ]
        else:
            forms.append(f"{first} {self.pick(EN_FIRST)[0]}. {last}")
        return self.pick(forms)

    # ----- addresses
    def uk_postcode(self, area: str) -> str:
        letters = self.rng.choice(LETTERS) + self.rng.choice(LETTERS)
        return f"{area}{self.rng.randint(1, 28)} {self.rng.randint(1, 9)}{letters}"

    def uk_address(self, multiline: bool = False, short: bool = False) -> str:
        town, area = self.rng.choice(UK_TOWNS)
        street = self.pick(UK_STREETS)
        if short:
            street = street.replace("Road", "Rd").replace("Avenue", "Ave").replace("Street", "St")
        number = str(self.rng.randint(1, 240))
        head = f"{number} {street}"
        if self.rng.random() < 0.35:
            head = f"Flat {self.rng.randint(1, 12)}, {head}"
        sep = "\n" if multiline else ", "
        return f"{head}{sep}{town}{sep if multiline else ' '}{self.uk_postcode(area)}"

    def us_address(self, multiline: bool = False) -> str:
        city, state, zip3 = self.rng.choice(US_CITIES)
        line1 = f"{self.rng.randint(10, 9899)} {self.pick(US_STREETS)}"
        if self.rng.random() < 0.4:
            line1 += f", Apt {self.rng.randint(1, 30)}{self.rng.choice('ABCD')}"
        sep = "\n" if multiline else ", "
        return f"{line1}{sep}{city}, {state} {zip3}{self.digits(2)}"

    def ie_address(self) -> str:
        eircode = f"D0{self.rng.randint(1, 9)} {self.rng.choice(LETTERS)}{self.digits(1)}"
        eircode += self.rng.choice(LETTERS) + self.digits(1)
        return f"{self.rng.randint(1, 90)} {self.pick(UK_STREETS)}, Dublin {eircode[2]}, {eircode}"

    def hk_address_en(self) -> str:
        estate = self.pick(
            ["Harbour View Gardens", "Taikoo Shing", "City One Shatin", "Laguna City"]
        )
        road = self.pick(
            ["Tai Hang Road", "Kings Road", "Sha Tin Centre Street", "Cha Kwo Ling Road"]
        )
        return (
            f"Flat {self.rng.choice('ABCDEFGH')}, {self.rng.randint(2, 40)}/F, Block "
            f"{self.rng.randint(1, 8)}, {estate}, {self.rng.randint(1, 300)} {road}, Hong Kong"
        )

    def en_address(self, multiline: bool = False) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self.uk_address(multiline)
        if roll < 0.8:
            return self.us_address(multiline)
        if roll < 0.9:
            return self.ie_address()
        return self.hk_address_en()

    # ----- phones
    def uk_mobile(self) -> str:
        body = "7" + self.pick(["700", "911", "840", "462", "398", "588", "123"]) + self.digits(6)
        return self.pick(
            [
                f"0{body[:4]} {body[4:]}",
                f"+44 {body[:4]} {body[4:7]} {body[7:]}",
                f"+44 (0){body[:4]} {body[4:]}",
                f"0044 {body[:4]} {body[4:]}",
                f"0{body}",
            ]
        )

    def uk_landline(self, ext: bool = False) -> str:
        number = self.pick(
            [
                f"+44 (0)20 7946 {self.digits(4)}",
                f"020 3{self.digits(3)} {self.digits(4)}",
                f"0113 496 {self.digits(4)}",
                f"+44 161 496 {self.digits(4)}",
                f"(0131) 555 {self.digits(4)}",
            ]
        )
        if ext:
            number += self.pick([" ext. ", " x", " ext ", " (ext. "]) + self.digits(4)
            if number.count("(") > number.count(")"):
                number += ")"
        return number

    def us_phone(self, ext: bool = False) -> str:
        area = self.pick(["212", "646", "415", "312", "512", "404", "720", "617"])
        line = f"{self.rng.randint(201, 989)}"
        tail = self.digits(4)
        number = self.pick(
            [
                f"({area}) {line}-{tail}",
                f"{area}-{line}-{tail}",
                f"+1 {area} {line} {tail}",
                f"{area}.{line}.{tail}",
                f"+1-{area}-{line}-{tail}",
            ]
        )
        if ext:
            number += self.pick([" x", " ext. ", ", ext "]) + self.digits(3)
        return number

    def hk_phone(self) -> str:
        body = self.rng.choice("569") + self.digits(7)
        return self.pick(
            [
                f"+852 {body[:4]} {body[4:]}",
                f"00852-{body[:4]}-{body[4:]}",
                f"{body[:4]} {body[4:]}",
                f"(852) {body}",
            ]
        )

    def cn_mobile(self, intl: bool = False) -> str:
        body = self.pick(CN_MOBILE_PREFIX) + self.digits(8)
        plain = [body, f"{body[:3]}-{body[3:7]}-{body[7:]}", f"{body[:3]} {body[3:7]} {body[7:]}"]
        international = [
            f"+86 {body}",
            f"0086-{body}",
            f"+86-{body[:3]}-{body[3:7]}-{body[7:]}",
            f"(+86){body}",
        ]
        return self.pick(international if intl else plain + international[:1])

    def cn_landline(self, ext: bool = False) -> str:
        number = self.pick(
            [
                f"010-8{self.digits(7)}",
                f"021-6{self.digits(7)}",
                f"0755-2{self.digits(7)}",
                f"0086 21 6{self.digits(3)} {self.digits(4)}",
                f"(028)8{self.digits(7)}",
            ]
        )
        if ext:
            number += self.pick(["转", " 转 ", "-", " ext."]) + self.digits(3)
        return number

    def spoken_en(self, digits: str) -> str:
        words = []
        for char in digits:
            if char == "0" and self.rng.random() < 0.7:
                words.append("oh")
            else:
                words.append(SPOKEN_EN[int(char)])
        return " ".join(words)

    def spoken_zh(self, digits: str) -> str:
        one = self.pick(["一", "幺"])
        return "".join(one if c == "1" else SPOKEN_ZH[int(c)] for c in digits)

    # ----- e-mail
    def personal_email(self, first: str, last: str) -> str:
        first_ascii = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "kim"
        last_ascii = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "lee"
        local = self.pick(
            [
                f"{first_ascii}.{last_ascii}",
                f"{first_ascii[0]}{last_ascii}{self.rng.randint(1, 99)}",
                f"{last_ascii}_{first_ascii}",
                f"{first_ascii}{self.rng.randint(1970, 2004)}",
            ]
        )
        domain = self.pick(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.co.uk",
                "icloud.com",
                "hotmail.com",
                "btinternet.com",
                "proton.me",
            ]
        )
        return f"{local}@{domain}"

    def work_email(self, first: str, last: str, domain: str) -> str:
        first_ascii = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "wei"
        last_ascii = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "zhang"
        return f"{first_ascii}.{last_ascii}@{domain}"

    def zh_email(self) -> str:
        pinyin = self.pick(
            ["wangfang", "lixiaoming", "zhangwei", "liujing", "chenhao", "yangli", "huanglei"]
        )
        return f"{pinyin}{self.digits(self.rng.randint(0, 4))}@" + self.pick(
            ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com"]
        )

    def role_email(self, domain: str | None = None) -> str:
        return f"{self.pick(ROLE_BOXES)}@{domain or self.pick(BANK_DOMAINS)}"

    # ----- cards and accounts
    def card_number(self, kind: str | None = None) -> str:
        kind = kind or self.pick(["visa", "mc", "amex", "visa", "mc"])
        if kind == "amex":
            payload = self.pick(["34", "37"]) + self.digits(12)
            number = payload + luhn_check_digit(payload)
            return self.pick([f"{number[:4]} {number[4:10]} {number[10:]}", number])
        if kind == "unionpay":
            payload = self.pick(["625", "622", "628"]) + self.digits(12)
        elif kind == "mc":
            payload = f"5{self.rng.randint(1, 5)}" + self.digits(13)
        else:
            payload = "4" + self.digits(14)
        number = payload + luhn_check_digit(payload)
        grouping = self.rng.random()
        if grouping < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        if grouping < 0.7:
            return "-".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def unionpay_debit(self) -> str:
        length = self.pick(["16", "19", "19"])
        payload = self.pick(["6222", "6217", "6228", "6214", "6230", "6212"]) + self.digits(
            int(length) - 5
        )
        number = payload + luhn_check_digit(payload)
        roll = self.rng.random()
        if roll < 0.4:
            return number
        if roll < 0.8:
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return f"{number[:6]}-{number[6:12]}-{number[12:]}"

    def uk_account(self) -> str:
        return self.digits(8)

    def us_account(self) -> str:
        return self.digits(self.rng.randint(10, 12))

    def hk_account(self) -> str:
        return f"{self.digits(3)}-{self.digits(6)}-{self.digits(3)}"

    def iban(self) -> str:
        country = self.pick(["GB", "GB", "DE", "FR", "NL", "IE", "ES", "IT"])
        if country in ("GB", "IE"):
            bban = self.pick(["NWBK", "BARC", "MIDL", "AIBK", "BOFI", "LOYD"]) + self.digits(14)
        elif country == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO"]) + self.digits(10)
        elif country == "DE":
            bban = self.digits(18)
        elif country == "FR":
            bban = self.digits(23)
        elif country == "IT":
            bban = self.rng.choice("ABCDEFX") + self.digits(22)
        else:
            bban = self.digits(20)
        iban = iban_with_check(country, bban)
        if self.rng.random() < 0.6:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self) -> str:
        area = self.rng.randint(1, 899)
        while area == 666:
            area = self.rng.randint(1, 899)
        value = f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
        return self.pick(
            [
                f"{value[:3]}-{value[3:5]}-{value[5:]}",
                f"{value[:3]} {value[3:5]} {value[5:]}",
                value,
            ]
        )

    def birth(self) -> tuple[int, int, int]:
        return self.rng.randint(1948, 2004), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def cn_id(self, grouped: bool | None = None) -> tuple[str, tuple[int, int, int]]:
        year, month, day = self.birth()
        first17 = f"{self.pick(ID_REGIONS)}{year:04d}{month:02d}{day:02d}{self.digits(3)}"
        number = first17 + cn_id_check_char(first17)
        if grouped is None:
            grouped = self.rng.random() < 0.25
        if grouped:
            number = f"{number[:6]} {number[6:14]} {number[14:]}"
        return number, (year, month, day)

    def en_dob(self, birth: tuple[int, int, int] | None = None) -> str:
        year, month, day = birth or self.birth()
        months = ["January", "February", "March", "April", "May", "June", "July", "August"]
        months += ["September", "October", "November", "December"]
        return self.pick(
            [
                f"{day:02d}/{month:02d}/{year}",
                f"{month:02d}/{day:02d}/{year}",
                f"{day} {months[month - 1]} {year}",
                f"{months[month - 1]} {day}, {year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day:02d}-{months[month - 1][:3]}-{year}",
                f"{day}.{month}.{year % 100:02d}",
            ]
        )

    def zh_dob(self, birth: tuple[int, int, int] | None = None) -> str:
        year, month, day = birth or self.birth()
        return self.pick(
            [
                f"{year}年{month}月{day}日",
                f"{year}年{month:02d}月{day:02d}日",
                f"{year}-{month:02d}-{day:02d}",
                f"{year}.{month}.{day}",
            ]
        )

    def plain_date(self) -> str:
        day, month = self.rng.randint(1, 28), self.rng.randint(1, 12)
        year = self.pick(["2024", "2025", "2026"])
        return self.pick(
            [
                f"{day:02d}/{month:02d}/{year}",
                f"{day} {MONTH_ABBREVIATIONS[month - 1]}",
                f"{year}-{month:02d}-{day:02d}",
            ]
        )

    def zh_date(self) -> str:
        return self.pick(
            [
                f"{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日",
                f"2025年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日",
                f"2026-0{self.rng.randint(1, 9)}-{self.rng.randint(10, 28)}",
            ]
        )

    def amount(self) -> str:
        return self.pick(["£", "$", "€", "£"]) + f"{self.rng.randint(12, 48000):,}.{self.digits(2)}"

    def zh_amount(self) -> str:
        return self.pick(
            [
                f"{self.rng.randint(200, 380000)}元",
                f"人民币{self.rng.randint(1, 90)},{self.digits(3)}.00元",
                f"¥{self.rng.randint(500, 99999)}",
                f"{self.rng.randint(1, 60)}万元",
            ]
        )

    def ref(self) -> str:
        return self.pick(
            [
                f"CASE-{self.rng.randint(2024, 2026)}-{self.digits(5)}",
                f"INC{self.digits(7)}",
                f"FRD/{self.digits(6)}",
                f"CMP-{self.digits(5)}",
                f"DSP{self.digits(8)}",
                f"order {self.digits(3)}-{self.digits(7)}-{self.digits(7)}",
                f"ticket #{self.digits(6)}",
            ]
        )

    def ip(self) -> str:
        octets = (self.rng.randint(11, 223), self.rng.randint(0, 255), self.rng.randint(0, 255))
        return ".".join(str(octet) for octet in octets) + f".{self.rng.randint(1, 254)}"

    def sort_code(self) -> str:
        return f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}"

    def otp(self) -> str:
        return self.digits(6)

    # ----- Chinese people
    def zh_name(self) -> str:
        surname = (
            self.pick(ZH_COMPOUND) if self.rng.random() < 0.06 else self.rng.choice(ZH_SURNAMES)
        )
        return surname + self.pick(ZH_GIVEN)

    def zh_trad_name(self) -> str:
        return self.rng.choice(ZH_TRAD_SURNAMES) + self.pick(ZH_TRAD_GIVEN)

    def zh_titled(self) -> str:
        surname = self.rng.choice(ZH_SURNAMES)
        return self.pick(
            [surname + t for t in ("先生", "女士", "老师", "师傅", "经理", "总", "姐")]
            + ["小" + surname, "老" + surname]
        )

    def zh_person(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            return self.zh_name()
        if roll < 0.72:
            return self.zh_trad_name()
        if roll < 0.9:
            return self.zh_titled()
        return self.pick(HK_LATIN)

    def zh_address(self) -> str:
        city, district = self.rng.choice(ZH_CITIES)
        road = self.pick(ZH_ROADS)
        number = self.rng.randint(1, 999)
        floor, flat = self.rng.randint(1, 33), self.rng.randint(1, 4)
        tail = self.pick(
            [
                f"{number}号{self.pick(ZH_ESTATES)}{self.rng.randint(1, 30)}栋"
                f"{self.rng.randint(1, 4)}单元{floor}0{flat}室",
                f"{number}号{self.rng.randint(1, 12)}号楼{floor}0{flat}",
                f"{number}弄{self.rng.randint(1, 60)}号{min(floor, 6)}0{flat}室",
            ]
        )
        return f"{city}{district}{road}{tail}"

    def hk_address(self) -> str:
        return (
            f"{self.pick(HK_DISTRICTS)}{self.pick(HK_ROADS)}{self.rng.randint(1, 300)}號"
            f"{self.pick(HK_ESTATES)}{self.rng.randint(1, 12)}座{self.rng.randint(2, 40)}樓"
            f"{self.rng.choice('ABCDEFGH')}室"
        )

    def tw_address(self) -> str:
        district = self.pick(["大安區", "信義區", "中山區"])
        road = self.pick(["忠孝東路四段", "信義路五段", "南京東路三段"])
        return f"台北市{district}{road}{self.rng.randint(1, 400)}號{self.rng.randint(2, 15)}樓"

    def any_zh_address(self) -> str:
        roll = self.rng.random()
        if roll < 0.75:
            return self.zh_address()
        if roll < 0.92:
            return self.hk_address()
        return self.tw_address()

    def zh_phone(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            return self.cn_mobile()
        if roll < 0.75:
            return self.cn_mobile(intl=True)
        if roll < 0.88:
            return self.hk_phone()
        return self.cn_landline(ext=self.rng.random() < 0.5)

    def en_phone(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return self.uk_mobile()
        if roll < 0.55:
            return self.uk_landline(ext=self.rng.random() < 0.3)
        if roll < 0.8:
            return self.us_phone(ext=self.rng.random() < 0.2)
        if roll < 0.9:
            return self.hk_phone()
        return self.cn_mobile(intl=True)


# --------------------------------------------------------------------------- templates
# Each genre has a positive composer and a negative one; each returns a list of segments.

Composer = Callable[[Pools], list[Segment]]


def _join(pieces: Sequence[list[Segment]], sep: str) -> list[Segment]:
    out: list[Segment] = []
    for index, piece in enumerate(pieces):
        if index:
            out.append(sep)
        out.extend(piece)
    return out


def _some(p: Pools, pieces: list[list[Segment]], low: int, high: int) -> list[list[Segment]]:
    """A random subset in random order."""
    return p.rng.sample(pieces, k=min(len(pieces), p.rng.randint(low, high)))


def _some_in_order(
    p: Pools, pieces: list[list[Segment]], low: int, high: int
) -> list[list[Segment]]:
    """A random subset in the pieces' own order (for question-and-answer records)."""
    keep = sorted(p.rng.sample(range(len(pieces)), k=min(len(pieces), p.rng.randint(low, high))))
    return [pieces[index] for index in keep]


def _flat(pieces: Sequence[list[Segment]]) -> list[Segment]:
    return [segment for piece in pieces for segment in piece]


# ---- English: CRM notes


def en_crm_note(p: Pools) -> list[Segment]:
    caps = p.rng.random() < 0.3
    cust = p.en_name(shorthand=True)
    spouse = p.en_name(shorthand=True)
    head: list[Segment] = [
        p.pick(["CRM NOTE ", "RM note ", "Branch visit - ", "Call note: ", "Mtg w/ "])
    ]
    head += [p.pick(["cust ", "CUST ", "client ", ""]), (cust, "PERSON")]
    head.append(p.pick([" in branch re ", " called re ", " - ", " f2f mtg re "]))
    head.append(
        p.pick(
            [
                "ISA transfer. ",
                "remortgage options. ",
                "joint a/c opening. ",
                "large cash dep. ",
                "address change. ",
            ]
        )
    )
    clauses: list[list[Segment]] = [
        ["DOB ", (p.en_dob(), "DATE_OF_BIRTH"), "."],
        [p.pick(["tel ", "mob ", "M: ", "contact "]), (p.en_phone(), "PHONE_NUMBER"), "."],
        [p.pick(["new addr ", "addr ", "moved to "]), (p.uk_address(short=True), "ADDRESS"), "."],
        [
            p.pick(["w/ spouse ", "accompanied by wife ", "w/ husband ", "jt holder "]),
            (spouse, "PERSON"),
            ".",
        ],
        [
            "a/c ",
            p.sort_code(),
            " ",
            (p.uk_account(), "BANK_ACCOUNT"),
            p.pick([" (personal)", "", " - cust's own"]),
            ".",
        ],
        [
            "introduced by ",
            (p.en_name(), "PERSON"),
            p.pick([" (existing cust)", " of Kestrel Analytics", ""]),
            ".",
        ],
        ["guarantor ", (p.en_name(), "PERSON"), " tel ", (p.en_phone(), "PHONE_NUMBER"), "."],
        ["email on file upd to ", (p.personal_email(p.first(), p.last()), "EMAIL_ADDRESS"), "."],
        ["US person - SSN ", (p.ssn(), "US_SSN"), " for W-9."],
        ["PRC ID ", (p.cn_id()[0], "CN_ID_CARD"), " scanned, exp ", p.plain_date(), "."],
        ["salary in from ", p.pick(COMPANIES_EN), " " + p.amount() + "/m."],
        [
            "f/u ",
            p.plain_date(),
            p.pick([" re valuation.", " w/ mortgage adviser.", "; diary set."]),
        ],
        ["Branch ", p.digits(4), "; sort code ", p.sort_code(), " noted."],
    ]
    body = _some(p, clauses, 3, 6)
    segments = head + _join(body, " ")
    if caps:
        segments = [s.upper() if isinstance(s, str) else s for s in segments]
    return segments


def en_crm_note_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [
            p.pick(["CRM NOTE ", "Branch diary: ", "RM note "]),
            "walk-in enquiry re ",
            p.pick(["savings rates", "travel money", "safe deposit boxes", "business banking"]),
            ".",
        ],
        [
            "No cust details taken; referred to ",
            p.pick(["0345 600 2290", "0800 056 0056", "the website"]),
            ".",
        ],
        ["Branch code ", p.digits(4), ", sort code ", p.sort_code(), "."],
        ["Ref ", p.ref(), "; f/u ", p.plain_date(), "."],
        ["Cust quoted card ending ", p.digits(4), " only - not verified, no action."],
        ["Queue time 25 min; cash machine out of order until ", p.plain_date(), "."],
        [
            "Business a/c for ",
            p.pick(COMPANIES_EN),
            " (",
            p.sort_code(),
            " ",
            p.digits(8),
            ") - signatory change pending, see ",
            p.ref(),
            ".",
        ],
        ["Dear Sir/Madam letter template sent (generic)."],
    ]
    return _join(_some(p, pieces, 3, 5), " ")


# ---- English: KYC onboarding


def en_kyc(p: Pools) -> list[Segment]:
    name = p.en_name()
    pieces: list[list[Segment]] = [
        [
            p.pick(["Applicant ", "Customer ", "New client "]),
            (name, "PERSON"),
            " ",
            p.pick(["is employed as a ", "works as a ", "has been self-employed as a "]),
            p.pick(
                [
                    "site manager",
                    "locum pharmacist",
                    "software tester",
                    "HGV driver",
                    "dental nurse",
                ]
            ),
            " at ",
            p.pick(COMPANIES_EN),
            " since ",
            str(p.rng.randint(2008, 2023)),
            ".",
        ],
        ["Date of birth ", (p.en_dob(), "DATE_OF_BIRTH"), "."],
        [
            "Current address: ",
            (p.en_address(), "ADDRESS"),
            " (",
            str(p.rng.randint(1, 9)),
            " yrs).",
        ],
        [
            "Previously lived at ",
            (p.en_address(), "ADDRESS"),
            " from ",
            p.pick(["2012", "Mar 2015", "2009"]),
            " to ",
            p.pick(["2018", "Jun 2020", "2016"]),
            ".",
        ],
        [
            "Reference: ",
            (p.en_name(), "PERSON"),
            " (former landlord), ",
            (p.en_phone(), "PHONE_NUMBER"),
            ".",
        ],
        ["Salary paid into ", (p.iban(), "IBAN_CODE"), " (overseas account, to be closed)."],
        ["SSN ", (p.ssn(), "US_SSN"), " provided for FATCA self-certification."],
        ["Chinese resident ID ", (p.cn_id()[0], "CN_ID_CARD"), " seen and copied."],
        [
            "Contact e-mail ",
            (p.personal_email(p.first(), p.last()), "EMAIL_ADDRESS"),
            "; no marketing.",
        ],
        ["Source of funds: sale of property, completion ", p.plain_date(), ", ", p.amount(), "."],
        ["Onboarding ref ", p.ref(), "."],
    ]
    first = pieces[0]
    rest = _some(p, pieces[1:], 3, 6)
    return _join([first, *rest], p.pick([" ", "\n"]))


def en_kyc_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        ["KYC refresh batch ", p.ref(), ": ", str(p.rng.randint(20, 400)), " files reviewed."],
        [
            "Entity ",
            p.pick(COMPANIES_EN),
            " - UBO declaration outstanding, chased via ",
            p.role_email(),
            ".",
        ],
        [
            "Source of funds documents for company sale (",
            p.amount(),
            ") accepted on ",
            p.plain_date(),
            ".",
        ],
        ["Checklist: proof of address (utility bill < 3 months), photo ID, employer letter."],
        ["Queries to ", p.pick(HOTLINES_EN), " (KYC helpdesk, 8am-8pm)."],
        ["Risk rating: medium; next review ", p.plain_date(), "."],
    ]
    return _join(_some(p, pieces, 3, 5), p.pick([" ", "\n"]))


# ---- English: mortgage application free text


def en_mortgage(p: Pools) -> list[Segment]:
    app1, app2 = p.en_name(), p.en_name()
    pieces: list[list[Segment]] = [
        [
            p.pick(["Joint application: ", "Applicants: ", "We are "]),
            (app1, "PERSON"),
            " and ",
            (app2, "PERSON"),
            p.pick([", first-time buyers.", ", remortgaging.", "."]),
        ],
        [
            "Property being purchased: ",
            (p.en_address(multiline=p.rng.random() < 0.4), "ADDRESS"),
            ", price ",
            p.amount(),
            ".",
        ],
        [
            "Applicant 1 DOB ",
            (p.en_dob(), "DATE_OF_BIRTH"),
            "; applicant 2 DOB ",
            (p.en_dob(), "DATE_OF_BIRTH"),
            ".",
        ],
        [
            "Deposit is a gift from ",
            (p.en_name(), "PERSON"),
            p.pick([" (mother)", " (uncle)", " (grandparent)"]),
            ", who can be reached on ",
            (p.en_phone(), "PHONE_NUMBER"),
            ".",
        ],
        [
            "Current lender account ",
            (p.us_account(), "BANK_ACCOUNT"),
            ", redemption quote dated ",
            p.plain_date(),
            ".",
        ],
        [
            "Employer reference: ",
            (p.en_name(), "PERSON"),
            ", HR, ",
            (p.uk_landline(ext=True), "PHONE_NUMBER"),
            ".",
        ],
        ["Co-applicant SSN ", (p.ssn(), "US_SSN"), " (US citizen)."],
        ["Please send offers to ", (p.personal_email(p.first(), p.last()), "EMAIL_ADDRESS"), "."],
        ["Monthly commitments: car finance ", p.amount(), ", childcare ", p.amount(), "."],
    ]
    return _join([pieces[0], *_some(p, pieces[1:], 2, 5)], p.pick([" ", "\n", "\n\n"]))


def en_mortgage_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        ["Mortgage product switch ", p.ref(), ": 5-yr fix at 4.29%, fee ", p.amount(), "."],
        ["Valuation booked for ", p.plain_date(), " via panel firm ", p.pick(COMPANIES_EN), "."],
        ["Broker queries to ", p.role_email(), " or ", p.pick(HOTLINES_EN), "."],
        ["Loan to value 75%; term 25 years; early repayment charge 3% until ", p.plain_date(), "."],
        ["Application status: offer issued. No further documents needed."],
    ]
    return _join(_some(p, pieces, 3, 5), p.pick([" ", "\n"]))


# ---- English: fraud case summaries


def en_fraud(p: Pools) -> list[Segment]:
    victim, suspect = p.en_name(), p.en_name()
    pieces: list[list[Segment]] = [
        [
            p.pick(["Victim ", "V: ", "Our customer "]),
            (victim, "PERSON"),
            ", DOB ",
            (p.en_dob(), "DATE_OF_BIRTH"),
            p.pick([", reports", ", says they fell for", ", reported"]),
            " an impersonation scam on ",
            p.plain_date(),
            ".",
        ],
        ["Caller claimed to be from the bank's fraud team and spoofed ", p.pick(HOTLINES_EN), "."],
        [
            "Funds (",
            p.amount(),
            ") sent to mule account ",
            (p.uk_account(), "BANK_ACCOUNT"),
            " held by ",
            (suspect, "PERSON"),
            ".",
        ],
        ["Second payment to ", (p.iban(), "IBAN_CODE"), " at 14:3", p.digits(1), "."],
        ["Logins from new device, IP ", p.ip(), ", between 02:10 and 02:55."],
        ["Suspect's phone ", (p.en_phone(), "PHONE_NUMBER"), " linked to 3 other reports."],
        ["Victim's card ", (p.card_number(), "CREDIT_CARD"), " blocked and reissued."],
        ["Suspect address per KYC: ", (p.en_address(), "ADDRESS"), "."],
        [
            "Victim e-mail ",
            (p.personal_email(p.first(), p.last()), "EMAIL_ADDRESS"),
            " was used to reset the app.",
        ],
        ["Suspect used SSN ", (p.ssn(), "US_SSN"), " on the account application."],
        [
            "Mule holder ",
            (p.en_name(), "PERSON"),
            " opened with PRC ID ",
            (p.cn_id()[0], "CN_ID_CARD"),
            " (student visa).",
        ],
        ["Case ", p.ref(), "; Action Fraud ref NFRC", p.digits(10), "."],
    ]
    return _join([pieces[0], *_some(p, pieces[1:], 3, 6)], p.pick([" ", "\n- ", "\n"]))


def en_fraud_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [
            "Fraud MI ",
            p.plain_date(),
            ": ",
            str(p.rng.randint(30, 300)),
            " APP cases, ",
            p.amount(),
            " lost.",
        ],
        ["Spike in smishing texts spoofing ", p.pick(HOTLINES_EN), "; takedown requested."],
        [
            "Merchant ",
            p.pick(MERCHANTS_EN),
            " flagged for card-testing from IP range 185.220.101.0/24.",
        ],
        [
            "Cards ending ",
            p.digits(4),
            " and ",
            p.digits(4),
            " on the compromised list; reissue batch ",
            p.ref(),
            ".",
        ],
        ["OTP ", p.otp(), " was shared by the caller (code expired)."],
        ["Escalate to ", p.role_email(), "."],
    ]
    return _join(_some(p, pieces, 3, 5), p.pick([" ", "\n- "]))


# ---- English: police-report excerpts


def en_police(p: Pools) -> list[Segment]:
    complainant = p.en_name()
    pieces: list[list[Segment]] = [
        ["CRIME REF ", p.digits(2), "/", p.digits(5), "/", p.pick(["25", "26"]), ". "],
        [
            p.pick(["The complainant, ", "Statement of ", "IP (injured party) "]),
            (complainant, "PERSON"),
            p.pick([", born ", ", d.o.b. ", ", DOB "]),
            (p.en_dob(), "DATE_OF_BIRTH"),
            p.pick([", of ", ", resident at ", ", home address "]),
            (p.en_address(), "ADDRESS"),
            p.pick([", states ", ". Reports ", ", who says "]),
        ],
        [
            p.pick(["that on ", "that on or about "]),
            p.plain_date(),
            " they received a call from someone who gave the name ",
            (p.en_name(), "PERSON"),
            ".",
        ],
        [
            " The caller asked for the number on the complainant's card, ",
            (p.card_number(), "CREDIT_CARD"),
            ".",
        ],
        [
            " The complainant gave their mobile number as ",
            (p.spoken_en("07" + p.digits(9)), "PHONE_NUMBER"),
            ".",
        ],
        [
            " Funds were moved to an account ",
            (p.us_account(), "BANK_ACCOUNT"),
            " in the name of ",
            (p.en_name(), "PERSON"),
            ".",
        ],
        [
            " Officer in case: PC ",
            p.digits(4),
            ", ",
            p.pick(["Leeds CID", "Met Police Fraud Squad", "NYPD 19th Pct"]),
            ".",
        ],
        [
            " Witness ",
            (p.en_name(), "PERSON"),
            " can be contacted on ",
            (p.en_phone(), "PHONE_NUMBER"),
            ".",
        ],
    ]
    return (
        pieces[0]
        + pieces[1]
        + pieces[2]
        + [s for piece in _some(p, pieces[3:], 2, 4) for s in piece]
    )


def en_police_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        ["CRIME REF ", p.digits(2), "/", p.digits(5), "/25. "],
        [
            "Production order received for statements between ",
            p.plain_date(),
            " and ",
            p.plain_date(),
            ". ",
        ],
        ["Disclosure to the officer in case via secure portal; queries to ", p.role_email(), ". "],
        ["Merchant ", p.pick(MERCHANTS_EN), " supplied CCTV timestamps 21:04-21:18. "],
        ["Total loss ", p.amount(), " across 4 transactions; card ending ", p.digits(4), ". "],
    ]
    return [s for piece in [pieces[0], *_some(p, pieces[1:], 2, 4)] for s in piece]


# ---- English: e-mail chains with signatures


def _en_signature(p: Pools, first: str, last: str, staff: bool) -> list[Segment]:
    sign = p.pick(
        ["Best regards,\n", "Kind regards,\n", "Thanks,\n", "Cheers,\n", "--\n", "Many thanks\n"]
    )
    seg: list[Segment] = [sign, (f"{first} {last}", "PERSON")]
    if staff:
        domain = p.pick(BANK_DOMAINS)
        seg += [
            "\n",
            p.pick(
                [
                    "Relationship Manager",
                    "Senior Fraud Analyst",
                    "Mortgage Adviser",
                    "Client Services",
                ]
            ),
            " | ",
            domain.split(".")[0].title(),
        ]
        seg += [
            "\nM: ",
            (p.uk_mobile(), "PHONE_NUMBER"),
            "  T: ",
            (p.uk_landline(ext=True), "PHONE_NUMBER"),
        ]
        seg += ["  Customer line: ", p.pick(HOTLINES_EN)]
        seg += ["\nE: ", (p.work_email(first, last, domain), "EMAIL_ADDRESS")]
        seg += ["\n\n", p.pick(DISCLAIMERS)]
    elif p.rng.random() < 0.6:
        seg += ["\n", (p.en_phone(), "PHONE_NUMBER"), p.pick(["", "\nSent from my iPhone"])]
    return seg


def en_email(p: Pools) -> list[Segment]:
    cust_first, cust_last = p.first(), p.last()
    staff_first, staff_last = p.first(), p.last()
    cust_email = p.personal_email(cust_first, cust_last)
    seg: list[Segment] = []
    opener = p.pick(["Hi ", "Dear ", "Hello "])
    body_ask = p.pick(
        [
            "please update the address on my account to ",
            "I've moved; the new address is ",
            "can you send the replacement card to ",
        ]
    )
    seg += [
        opener,
        (staff_first, "PERSON"),
        ",\n\n",
        body_ask,
        (p.en_address(multiline=p.rng.random() < 0.5), "ADDRESS"),
        ".\n",
    ]
    extra = p.rng.random()
    if extra < 0.35:
        seg += ["My date of birth is ", (p.en_dob(), "DATE_OF_BIRTH"), " if you need to verify.\n"]
    elif extra < 0.6:
        seg += ["The account is ", p.sort_code(), " / ", (p.uk_account(), "BANK_ACCOUNT"), ".\n"]
    elif extra < 0.8:
        seg += ["For the transfer my IBAN is ", (p.iban(), "IBAN_CODE"), ".\n"]
    seg += ["\n", *_en_signature(p, cust_first, cust_last, staff=False)]
    seg += [
        "\n\n---------- Forwarded message ---------\nFrom: ",
        (f"{staff_first} {staff_last}", "PERSON"),
        " <",
        (p.work_email(staff_first, staff_last, p.pick(BANK_DOMAINS)), "EMAIL_ADDRESS"),
        ">\nDate: ",
        p.plain_date(),
        "\nTo: ",
        (cust_email, "EMAIL_ADDRESS"),
        "\nCc: ",
        p.role_email(),
        "\nSubject: RE: ",
        p.ref(),
        "\n\n",
        p.pick(["Thanks for your e-mail, ", "Dear ", "Hi "]),
        (p.pick([f"{cust_first}", f"{p.pick(EN_TITLES)} {cust_last}"]), "PERSON"),
        ". ",
        p.pick(
            [
                "Could you confirm your new address in writing?",
                "We need proof of address dated within 3 months.",
                "I've raised this with the cards team.",
            ]
        ),
        "\n\n",
    ]
    seg += _en_signature(p, staff_first, staff_last, staff=True)
    return seg


def en_email_neg(p: Pools) -> list[Segment]:
    domain = p.pick(BANK_DOMAINS)
    return [
        "From: ",
        p.role_email(domain),
        "\nTo: ",
        p.role_email(p.pick(BANK_DOMAINS)),
        "\nSubject: ",
        p.pick(
            [
                "Branch closure notice",
                "Scheduled maintenance",
                "Your statement is ready",
                "Rate change",
            ]
        ),
        " ",
        p.ref(),
        "\n\n",
        p.pick(["Dear Customer,", "Hello,", "Hi team,", "Dear Sir or Madam,"]),
        "\n\n",
        p.pick(
            [
                "Online banking will be unavailable on ",
                "Our branch at the High Street closes on ",
                "Your statement for the period ending ",
            ]
        ),
        p.plain_date(),
        ". ",
        "Card ending ",
        p.digits(4),
        " is unaffected. Questions: ",
        p.pick(HOTLINES_EN),
        " (open 8am-8pm).\n\n",
        p.pick(
            [
                "Kind regards,\nCustomer Services\n",
                "Regards,\nThe Mortgages Team\n",
                "--\nFraud Operations\n",
            ]
        ),
        "Switchboard ",
        p.pick(HOTLINES_EN),
        " | ",
        p.role_email(domain),
        "\n\n",
        "This e-mail is confidential. Harbour Bank plc is authorised by the PRA; "
        "registered in England, No. ",
        p.digits(8),
        ".",
    ]


# ---- English: out-of-office replies


def en_ooo(p: Pools) -> list[Segment]:
    owner_first, owner_last = p.first(), p.last()
    cover_first, cover_last = p.first(), p.last()
    domain = p.pick(BANK_DOMAINS)
    seg: list[Segment] = [
        p.pick(["Automatic reply: ", "Out of Office: ", "[Auto-Reply] "]),
        p.ref(),
        "\n\n",
        p.pick(["Thank you for your message. ", "Hi, ", ""]),
        "I am out of the office until ",
        p.plain_date(),
        p.pick([" with limited access to e-mail. ", " (annual leave). ", ". "]),
        "For urgent matters please contact ",
        p.pick(["", "my colleague ", "our team lead "]),
        (f"{cover_first} {cover_last}", "PERSON"),
    ]
    if p.rng.random() < 0.7:
        seg += [" on ", (p.en_phone(), "PHONE_NUMBER")]
    if p.rng.random() < 0.7:
        seg += [" or at ", (p.work_email(cover_first, cover_last, domain), "EMAIL_ADDRESS")]
    seg += [". For general queries call ", p.pick(HOTLINES_EN), ".\n\n"]
    seg += [(f"{owner_first} {owner_last}", "PERSON")]
    if p.rng.random() < 0.6:
        seg += ["\nMobile ", (p.uk_mobile(), "PHONE_NUMBER"), " | Office ", p.pick(HOTLINES_EN)]
    return seg


def en_ooo_neg(p: Pools) -> list[Segment]:
    return [
        p.pick(["Automatic reply: ", "Out of Office: "]),
        p.pick(["Mortgage enquiries", "Complaints team", "Payments desk"]),
        "\n\nThank you for contacting us. This mailbox is not monitored between ",
        p.plain_date(),
        " and ",
        p.plain_date(),
        ". Please e-mail ",
        p.role_email(),
        " or call ",
        p.pick(HOTLINES_EN),
        ". Quote your reference (",
        p.ref(),
        ") in all correspondence.\n\nRegards,\nPayments Operations",
    ]


# ---- English: social posts and app reviews


def en_social(p: Pools) -> list[Segment]:
    staff = p.pick(
        [f"{p.first()}", f"{p.first()} {p.last()}", f"{p.pick(['Mr', 'Mrs', 'Ms'])} {p.last()}"]
    )
    stars = p.pick(["⭐⭐⭐⭐⭐", "★☆☆☆☆", "1/5", "**5 stars**", "⭐"])
    openers: list[list[Segment]] = [
        ["Huge shoutout to ", (staff, "PERSON"), " at the Leeds Briggate branch 🙌"],
        ["Massive thanks to ", (staff, "PERSON"), " who sorted my mortgage in a week!!"],
        ["Avoid this branch. ", (staff, "PERSON"), " was rude and hung up 😡"],
        ["Honestly ", (staff, "PERSON"), " on the chat team is a legend 💯"],
        ["**Update:** ", (staff, "PERSON"), " called me back and fixed it ✅"],
    ]
    pieces: list[list[Segment]] = [
        p.rng.choice(openers),
        [
            " @",
            p.pick(["HarbourBankHelp", "northmere_uk", "moneysaver_jo", "TMutualCares"]),
            " ",
            stars,
        ],
        [" They sent my new card to my OLD address (", (p.en_address(), "ADDRESS"), ") 🙄"],
        [" DM'd my number ", (p.en_phone(), "PHONE_NUMBER"), " twice and no call back."],
        [
            " My name is ",
            (p.en_name(), "PERSON"),
            ", happy to be contacted at ",
            (p.personal_email(p.first(), p.last()), "EMAIL_ADDRESS"),
            ".",
        ],
        [" #banking #customerservice"],
        [
            " App crashed after update v",
            p.digits(1),
            ".",
            p.digits(2),
            " – couldn't pay ",
            p.pick(MERCHANTS_EN),
            ".",
        ],
    ]
    return [s for piece in [pieces[0], *_some(p, pieces[1:], 2, 4)] for s in piece]


def en_social_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [
            p.pick(["**App review** ", "Ugh. ", "PSA: ", "> "]),
            p.pick(
                [
                    "new app update is slick 👍",
                    "app keeps logging me out 😤",
                    "scam texts pretending to be from the bank again",
                ]
            ),
        ],
        [
            "@",
            p.pick(["HarbourBankHelp", "northmere_uk", "dealhunter99", "jb_moneytalks"]),
            " ",
            p.pick(["⭐⭐⭐", "★★☆☆☆", "2/5"]),
        ],
        ["the real number is ", p.pick(HOTLINES_EN), ", don't call anything else!"],
        ["Paid ", p.pick(MERCHANTS_EN), " ", p.amount(), " and got charged twice."],
        ["Code ", p.otp(), " arrived 10 minutes late lol"],
        ["#fintech #fail"],
    ]
    return _join(_some(p, pieces, 3, 5), p.pick([" ", "\n", " | "]))


# ---- English: disputes


def en_dispute(p: Pools) -> list[Segment]:
    cardholder = p.en_name()
    pieces: list[list[Segment]] = [
        ["Dispute ", p.ref(), " | Cardholder: ", (cardholder, "PERSON"), "\n"],
        [
            "Card: ",
            (p.card_number(), "CREDIT_CARD"),
            " (",
            p.pick(["Visa Platinum", "Mastercard World", "Amex Gold"]),
            ")\n",
        ],
        [
            "Txn ",
            p.plain_date(),
            " ",
            p.pick(MERCHANTS_EN),
            " ",
            p.amount(),
            ": cardholder says goods never arrived.\n",
        ],
        ["Refund requested to ", (p.iban(), "IBAN_CODE"), ".\n"],
        ["Delivery address on order: ", (p.en_address(), "ADDRESS"), ".\n"],
        [
            "Merchant contact ",
            (p.en_name(), "PERSON"),
            " (",
            p.pick(COMPANIES_EN),
            ") ",
            (p.us_phone(ext=True), "PHONE_NUMBER"),
            ".\n",
        ],
        ["Cardholder contact ", (p.personal_email(p.first(), p.last()), "EMAIL_ADDRESS"), ".\n"],
        ["Reason code 13.1; chargeback deadline ", p.plain_date(), ".\n"],
    ]
    return [s for piece in [pieces[0], *_some(p, pieces[1:], 2, 5)] for s in piece]


def en_dispute_neg(p: Pools) -> list[Segment]:
    return [
        "Dispute ",
        p.ref(),
        "\nMerchant: ",
        p.pick(MERCHANTS_EN),
        "\nAmount: ",
        p.amount(),
        " on ",
        p.plain_date(),
        "\nCard ending ",
        p.digits(4),
        "; reason code ",
        p.pick(["10.4", "13.1", "4853", "4837"]),
        "\nStatus: ",
        p.pick(["representment received", "closed - refund issued", "pre-arbitration"]),
        "\nAcquirer ref ",
        p.digits(23),
        "\nQueries: ",
        p.role_email(),
    ]


# ---- English: contact updates with many number styles


def en_contact(p: Pools) -> list[Segment]:
    name = p.en_name()
    numbers: list[list[Segment]] = [
        [
            p.pick(["mobile ", "cell ", "mob "]),
            (
                p.pick([p.uk_mobile(), p.us_phone(), p.hk_phone(), p.cn_mobile(intl=True)]),
                "PHONE_NUMBER",
            ),
        ],
        [
            p.pick(["home ", "landline "]),
            (p.pick([p.uk_landline(), p.us_phone(), p.cn_landline()]), "PHONE_NUMBER"),
        ],
        [
            "work ",
            (
                p.pick([p.uk_landline(ext=True), p.us_phone(ext=True), p.cn_landline(ext=True)]),
                "PHONE_NUMBER",
            ),
        ],
        ["(not the bank's ", p.pick(HOTLINES_EN), ")"],
    ]
    chosen = [*_some(p, numbers[:3], 1, 3), numbers[3]]
    p.rng.shuffle(chosen)
    seg: list[Segment] = [
        p.pick(["Contact update for ", "Please note new details - ", "UPDATE: "]),
        (name, "PERSON"),
        ": ",
    ]
    seg += _join(chosen, p.pick(["; ", ", ", " / "]))
    if p.rng.random() < 0.5:
        seg += [". Spoken on the call as ", (p.spoken_en("07" + p.digits(9)), "PHONE_NUMBER")]
    if p.rng.random() < 0.4:
        seg += [
            ". Personal e-mail ",
            (p.personal_email(p.first(), p.last()), "EMAIL_ADDRESS"),
            " (not ",
            p.role_email(),
            ")",
        ]
    seg.append(".")
    return seg


def en_contact_neg(p: Pools) -> list[Segment]:
    lines = [
        f"Useful numbers: {p.pick(HOTLINES_EN)}, {p.pick(HOTLINES_EN)}; "
        "from abroad +44 345 300 0000.",
        f"Lost cards: {p.pick(HOTLINES_EN)} (24/7). Branch sort code {p.sort_code()}.",
        f"Text STOP to 61959 to opt out. Reference {p.ref()}.",
        f"Business line for {p.pick(COMPANIES_EN)}: {p.pick(HOTLINES_EN)}.",
        f"Passcode {p.otp()} expires in 10 minutes.",
    ]
    return [" ".join(p.rng.sample(lines, k=p.rng.randint(2, 4)))]


# ---- Chinese: 客户经理工作日志


def zh_rm_log(p: Pools) -> list[Segment]:
    cust = p.zh_person()
    id_number, birth = p.cn_id()
    pieces: list[list[Segment]] = [
        [
            p.pick(["【工作日志】", "客户经理日志 ", "走访记录："]),
            p.zh_date(),
            p.pick(["拜访客户", "接待客户", "电话回访"]),
            (cust, "PERSON"),
            "，",
        ],
        [
            "办理",
            p.pick(["大额存单", "房贷提前还款", "理财赎回", "信用卡分期", "代发工资签约"]),
            "。",
        ],
        ["客户手机", (p.zh_phone(), "PHONE_NUMBER"), "，"],
        [p.pick(["身份证号", "证件号", "ID "]), (id_number, "CN_ID_CARD"), "，"],
        [p.pick(["现住", "住址更新为", "地址："]), (p.any_zh_address(), "ADDRESS"), "。"],
        ["配偶", (p.zh_name(), "PERSON"), "陪同，"],
        ["由老客户", (p.zh_titled(), "PERSON"), "介绍。"],
        ["工资卡", (p.unionpay_debit(), "BANK_ACCOUNT"), "。"],
        ["下次跟进", p.zh_date(), "，网点号", p.digits(4), "。"],
        [p.pick(["出生日期", "生日", "DOB "]), (p.zh_dob(birth), "DATE_OF_BIRTH"), "。"],
        [
            "担保人",
            (p.zh_person(), "PERSON"),
            "（",
            p.pick(["客户哥哥", "合伙人", "表姐"]),
            "）电话",
            (p.zh_phone(), "PHONE_NUMBER"),
            "。",
        ],
        ["客户邮箱", (p.zh_email(), "EMAIL_ADDRESS"), "。"],
    ]
    return _flat([pieces[0], *_some(p, pieces[1:], 3, 6)])


def zh_rm_log_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [
            "【工作日志】",
            p.zh_date(),
            "网点晨会，传达",
            p.pick(["反洗钱新规", "二季度存款任务", "理财双录要求"]),
            "。",
        ],
        ["走访", p.pick(COMPANIES_ZH), "，对公账户年检，联行号", p.digits(12), "。"],
        ["客户（先生）咨询大额存单利率，未留联系方式。"],
        ["提醒客户认准客服热线", p.pick(HOTLINES_ZH), "。"],
        ["本周完成", str(p.rng.randint(3, 30)), "笔，金额合计", p.zh_amount(), "。"],
        ["工单号", p.digits(10), "，待下周", p.pick(["一", "三", "五"]), "回访。"],
    ]
    return _flat([pieces[0], *_some(p, pieces[1:], 2, 4)])


# ---- Chinese: 贷款申请说明


def zh_loan(p: Pools) -> list[Segment]:
    applicant = p.zh_name()
    pieces: list[list[Segment]] = [
        [
            p.pick(["贷款申请说明：", "情况说明\n", "本人"]),
            (applicant, "PERSON"),
            p.pick(["，现申请个人住房贷款", "，申请经营性贷款", "，申请消费贷"]),
            p.zh_amount(),
            "。",
        ],
        ["本人身份证号码：", (p.cn_id()[0], "CN_ID_CARD"), "。"],
        ["现居住地址：", (p.zh_address(), "ADDRESS"), "，居住", str(p.rng.randint(1, 9)), "年。"],
        [
            "配偶",
            (p.zh_name(), "PERSON"),
            "，联系电话",
            (p.cn_mobile(), "PHONE_NUMBER"),
            "，在",
            p.pick(COMPANIES_ZH),
            "任职。",
        ],
        ["担保人", (p.zh_person(), "PERSON"), "，身份证", (p.cn_id()[0], "CN_ID_CARD"), "。"],
        [
            "紧急联系人：",
            (p.zh_person(), "PERSON"),
            "（",
            p.pick(["母亲", "同事", "表哥", "朋友"]),
            "），",
            (p.zh_phone(), "PHONE_NUMBER"),
            "。",
        ],
        ["放款请至本人账户", (p.unionpay_debit(), "BANK_ACCOUNT"), "。"],
        ["本人出生于", (p.zh_dob(), "DATE_OF_BIRTH"), "。"],
        ["此前住址", (p.zh_address(), "ADDRESS"), "（2015年至2020年）。"],
        ["邮箱", (p.zh_email(), "EMAIL_ADDRESS"), "。"],
    ]
    return _join([pieces[0], *_some(p, pieces[1:], 3, 6)], p.pick(["", "\n"]))


def zh_loan_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [
            "贷款产品说明：",
            p.pick(["“快e贷”", "“安居贷”", "“经营贷”"]),
            "年利率3.45%起，期限最长30年。",
        ],
        ["申请材料：身份证复印件、收入证明、银行流水（近6个月）。"],
        ["借款人须年满18周岁；具体以", p.zh_date(), "起执行的政策为准。"],
        ["咨询请拨打", p.pick(HOTLINES_ZH), "或前往就近网点（网点号", p.digits(5), "）。"],
        [
            "企业客户放款至对公账户",
            p.digits(4),
            " ",
            p.digits(4),
            " ",
            p.digits(4),
            " ",
            p.digits(3),
            "，户名",
            p.pick(COMPANIES_ZH),
            "。",
        ],
    ]
    return [s for piece in _some(p, pieces, 3, 5) for s in piece]


# ---- Chinese: 反诈案件记录


def zh_fraud(p: Pools) -> list[Segment]:
    victim = p.zh_person()
    pieces: list[list[Segment]] = [
        ["反诈案件记录 编号", p.digits(8), "\n受害人：", (victim, "PERSON"), "，"],
        ["出生日期", (p.zh_dob(), "DATE_OF_BIRTH"), "，"],
        ["身份证", (p.cn_id()[0], "CN_ID_CARD"), "，"],
        ["联系电话", (p.zh_phone(), "PHONE_NUMBER"), "。"],
        [
            "\n经过：",
            p.zh_date(),
            "接到自称“客服”的电话，对方冒用",
            p.pick(HOTLINES_ZH),
            "，诱导其转账",
            p.zh_amount(),
            "。",
        ],
        [
            "\n涉案账户：",
            (p.unionpay_debit(), "BANK_ACCOUNT"),
            "，户名",
            (p.zh_name(), "PERSON"),
            "。",
        ],
        [
            "\n嫌疑人自称",
            (p.zh_titled(), "PERSON"),
            "，使用号码",
            (p.cn_mobile(intl=p.rng.random() < 0.4), "PHONE_NUMBER"),
            "。",
        ],
        [
            "\n受害人信用卡",
            (p.card_number(p.pick(["unionpay", "visa", "mc"])), "CREDIT_CARD"),
            "已冻结。",
        ],
        ["\n登录IP ", p.ip(), "，设备为新设备。"],
        ["\n受害人住址：", (p.zh_address(), "ADDRESS"), "。"],
    ]
    return [s for piece in [pieces[0], *_some(p, pieces[1:], 3, 6)] for s in piece]


def zh_fraud_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [
            "反诈周报：本周拦截可疑交易",
            str(p.rng.randint(10, 90)),
            "笔，涉及金额",
            p.zh_amount(),
            "。",
        ],
        ["提醒：", p.pick(HOTLINES_ZH), "是唯一官方客服，银行不会索要验证码。"],
        ["尾号", p.digits(4), "的卡片已列入风险名单，批次号", p.digits(9), "。"],
        ["商户", p.pick(MERCHANTS_ZH), "出现异常退款，工单号", p.digits(10), "。"],
        ["案件编号", p.digits(8), "已移交公安，", p.zh_date(), "结案。"],
    ]
    return [s for piece in _some(p, pieces, 3, 5) for s in piece]


# ---- Chinese: 邮件往来与签名档


def zh_email(p: Pools) -> list[Segment]:
    sender = p.zh_name()
    staff = p.zh_name()
    seg: list[Segment] = [
        "发件人：",
        (sender, "PERSON"),
        " <",
        (p.zh_email(), "EMAIL_ADDRESS"),
        ">\n收件人：",
        p.role_email(),
        "\n主题：",
        p.pick(["更改联系地址", "跨境汇款咨询", "代发工资卡问题"]),
        "\n\n",
        p.pick(["您好，", "客服您好：", "尊敬的客户经理："]),
    ]
    roll = p.rng.random()
    if roll < 0.35:
        seg += ["我的新地址是", (p.any_zh_address(), "ADDRESS"), "，请更新。"]
    elif roll < 0.7:
        seg += [
            "我需要汇款到海外账户，IBAN：",
            (p.iban(), "IBAN_CODE"),
            "，收款人",
            (p.pick([*HK_LATIN, "Thomas Becker", "Sophie Martin"]), "PERSON"),
            "。",
        ]
    else:
        seg += ["我的工资卡", (p.unionpay_debit(), "BANK_ACCOUNT"), "无法入账，麻烦查一下。"]
    seg += [
        "\n\n",
        p.pick(["此致\n", "谢谢！\n", "祝好\n", "——"]),
        (sender, "PERSON"),
        "\n手机：",
        (p.zh_phone(), "PHONE_NUMBER"),
    ]
    seg += [
        "\n\n> 在 ",
        p.zh_date(),
        "，",
        (staff, "PERSON"),
        " 写道：\n> ",
        p.pick(["请提供身份证正反面。", "已收到，请耐心等待。", "请问您方便来网点吗？"]),
        "\n> ",
        (staff, "PERSON"),
        p.pick([" | 客户经理", "（理财经理）", " 个人金融部"]),
        "\n> 办公电话：",
        (p.cn_landline(ext=True), "PHONE_NUMBER"),
        "  客服热线：",
        p.pick(HOTLINES_ZH),
        "\n> 本邮件及附件仅供收件人使用，如误收请删除。",
    ]
    return seg


def zh_email_neg(p: Pools) -> list[Segment]:
    return [
        "发件人：",
        p.role_email(),
        "\n主题：",
        p.pick(["系统升级通知", "对账单已生成", "网点迁址公告"]),
        "\n\n尊敬的客户：\n",
        "您好！我行将于",
        p.zh_date(),
        "进行系统升级，期间",
        p.pick(["手机银行", "网上银行", "ATM"]),
        "暂停服务。",
        "如有疑问请致电",
        p.pick(HOTLINES_ZH),
        "。\n\n",
        p.pick(["客户服务中心", "个人金融部", "运营管理部"]),
        "\n本邮件由系统自动发送，请勿直接回复（",
        p.role_email(),
        "）。",
    ]


# ---- Chinese: 小红书/微博式吐槽帖


def zh_social(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [
            p.pick(["姐妹们避雷‼️", "#银行吐槽# ", "真的会谢😅 ", "家人们谁懂啊 "]),
            "今天去",
            p.pick(["支行", "营业厅", "网点"]),
            "办卡，",
        ],
        [
            "柜员",
            (p.zh_titled(), "PERSON"),
            p.pick(["态度超好👍", "一直在玩手机😤", "帮我弄了一个小时"]),
            "，",
        ],
        [
            "我叫",
            (p.zh_name(), "PERSON"),
            "，",
            p.pick(["有同样遭遇的私信我", "就是想讨个说法"]),
            "，",
        ],
        ["新卡寄到了", (p.any_zh_address(), "ADDRESS"), "，"],
        [
            "客户经理",
            (p.zh_person(), "PERSON"),
            "留的电话",
            (p.zh_phone(), "PHONE_NUMBER"),
            "打不通，",
        ],
        ["@", p.pick(["银行客服小助手", "理财达人Coco", "吃瓜小分队"]), " "],
        ["评分：", p.pick(["⭐", "⭐⭐⭐⭐⭐", "1/5"]), " #避雷 #银行\n"],
    ]
    segments = [s for piece in [pieces[0], *_some(p, pieces[1:], 2, 4)] for s in piece]
    return [*segments, p.pick(["真的无语。", "就这样吧😮‍💨", "大家注意！", "…"])]


def zh_social_neg(p: Pools) -> list[Segment]:
    pieces: list[list[Segment]] = [
        [p.pick(["#银行吐槽# ", "姐妹们避雷‼️", "笑死😂 "]), "APP又闪退了，转账转到一半卡住。"],
        ["打", p.pick(HOTLINES_ZH), "排队40分钟😤"],
        ["在", p.pick(MERCHANTS_ZH), "付了", p.zh_amount(), "被扣两次。"],
        ["@", p.pick(["银行客服小助手", "省钱小能手", "吃瓜小分队"]), " 快管管！"],
        ["谢谢柜台的小姐姐，虽然没看到名字🙏"],
        ["验证码", p.otp(), "过期了才收到，离谱。"],
        ["#避雷 #打工人\n"],
    ]
    return [s for piece in _some(p, pieces, 3, 5) for s in piece]


# ---- Chinese: 短信通知 (mostly negatives)


def zh_sms(p: Pools) -> list[Segment]:
    bank = p.pick(["【招商银行】", "【工商银行】", "【建设银行】", "【邮储银行】"])
    roll = p.rng.random()
    if roll < 0.4:
        return [
            bank,
            "尊敬的",
            (p.pick([p.zh_name(), p.zh_titled()]), "PERSON"),
            "，您的新卡已寄往",
            (p.zh_address(), "ADDRESS"),
            "，请注意查收。客服",
            p.pick(HOTLINES_ZH),
        ]
    if roll < 0.5:
        return [
            bank,
            "您好，您的客户经理",
            (p.zh_titled(), "PERSON"),
            "（",
            (p.cn_mobile(), "PHONE_NUMBER"),
            "）将于",
            p.zh_date(),
            "与您联系，客服",
            p.pick(HOTLINES_ZH),
            "。",
        ]
    if roll < 0.6:
        return [
            bank,
            "温馨提示：",
            (p.zh_name(), "PERSON"),
            "已将您添加为紧急联系人。如有疑问请回电",
            p.pick(HOTLINES_ZH),
            "。",
        ]
    if roll < 0.75:
        return [
            bank,
            (p.zh_name(), "PERSON"),
            "向您尾号",
            p.digits(4),
            "的账户转账",
            p.zh_amount(),
            "，付款账户",
            (p.unionpay_debit(), "BANK_ACCOUNT"),
            "。",
        ]
    return [
        bank,
        "您预留的手机号已变更为",
        (p.cn_mobile(), "PHONE_NUMBER"),
        "，如非本人操作请致电",
        p.pick(HOTLINES_ZH),
        "。",
    ]


def zh_sms_neg(p: Pools) -> list[Segment]:
    bank = p.pick(["【招商银行】", "【工商银行】", "【建设银行】", "【邮储银行】", "【中国银行】"])
    return [
        bank,
        p.pick(
            [
                f"您尾号{p.digits(4)}的账户{p.zh_date()}{p.rng.randint(0, 23):02d}:"
                f"{p.rng.randint(0, 59):02d}支出{p.zh_amount()}，"
                f"余额{p.rng.randint(100, 99999)}.{p.digits(2)}元。",
                f"验证码：{p.otp()}，5分钟内有效，请勿泄露。",
                f"尊敬的客户，您的信用卡本期账单{p.zh_amount()}，到期还款日{p.zh_date()}。",
                f"您在{p.pick(MERCHANTS_ZH)}消费{p.zh_amount()}，卡号尾号{p.digits(4)}。",
                f"先生/女士您好，网点将于{p.zh_date()}迁址，详询{p.pick(HOTLINES_ZH)}。",
            ]
        ),
        p.pick(["回TD退订", "", "详询" + p.pick(HOTLINES_ZH)]),
    ]


# ---- Chinese: 粤语 WhatsApp


def zh_whatsapp(p: Pools) -> list[Segment]:
    sender = p.pick([p.zh_trad_name(), p.pick(HK_LATIN)])
    other = p.zh_trad_name()
    stamp = (
        f"[{p.rng.randint(1, 28)}/{p.rng.randint(1, 12)}/25 {p.rng.randint(9, 23)}:{p.digits(2)}]"
    )
    lines: list[list[Segment]] = [
        [
            stamp,
            " ",
            (sender, "PERSON"),
            ": ",
            p.pick(["喂，幫我過數去", "你可唔可以轉錢去", "唔該幫手check下"]),
            (other, "PERSON"),
            p.pick(["個戶口", "嗰張卡"]),
            " ",
            (p.pick([p.hk_account(), p.unionpay_debit()]), "BANK_ACCOUNT"),
        ],
        [stamp, " ", (sender, "PERSON"), ": 佢電話 ", (p.hk_phone(), "PHONE_NUMBER"), " 😂"],
        [
            stamp,
            " ",
            (sender, "PERSON"),
            ": ",
            (p.zh_titled().replace("先生", "生"), "PERSON"),
            "話張信用卡 ",
            (p.card_number(), "CREDIT_CARD"),
            " 俾人盜用咗",
        ],
        [stamp, " ", (sender, "PERSON"), ": 搬咗去 ", (p.hk_address(), "ADDRESS"), " 啦"],
        [
            stamp,
            " ",
            (sender, "PERSON"),
            ": 銀行熱線 ",
            p.pick(["2233 3000", "2822 1111", "+852 2290 8888"]),
            " 打唔通🙄",
        ],
        [
            stamp,
            " ",
            (sender, "PERSON"),
            ": 我個電郵 ",
            (
                p.personal_email(
                    p.pick(["kelvin", "winnie", "derek"]), p.pick(["wong", "lau", "fung"])
                ),
                "EMAIL_ADDRESS",
            ),
        ],
        [
            stamp,
            " ",
            (sender, "PERSON"),
            ": 講電話時佢讀 ",
            (p.spoken_zh("9" + p.digits(7)), "PHONE_NUMBER"),
        ],
    ]
    return _join([lines[0], *_some(p, lines[1:], 1, 3)], "\n")


def zh_whatsapp_neg(p: Pools) -> list[Segment]:
    stamp = (
        f"[{p.rng.randint(1, 28)}/{p.rng.randint(1, 12)}/25 {p.rng.randint(9, 23)}:{p.digits(2)}]"
    )
    lines = [
        f"{stamp} 媽咪: 今日去銀行排咗成個鐘😩",
        f"{stamp} 我: 銀行熱線 {p.pick(['2233 3000', '2822 1111'])} 係咪真㗎？",
        f"{stamp} 媽咪: 收到個驗證碼 {p.otp()} 唔好話俾人知呀",
        f"{stamp} 我: 張卡尾數 {p.digits(4)} 定係另一張？",
        f"{stamp} 媽咪: 喺{p.pick(['百佳', '惠康', '美心'])}碌咗 HK${p.rng.randint(50, 3000)} 😅",
        f"{stamp} 我: 唔該晒 👍",
    ]
    return ["\n".join(p.rng.sample(lines, k=p.rng.randint(2, 4)))]


# ---- Chinese: 香港开户尽调 (繁體, mixed English labels)


def zh_kyc_hk(p: Pools) -> list[Segment]:
    name = p.pick([p.zh_trad_name(), p.pick(HK_LATIN)])
    pieces: list[list[Segment]] = [
        ["開戶盡職調查｜客戶：", (name, "PERSON"), "\n"],
        ["出生日期 DOB：", (p.zh_dob(), "DATE_OF_BIRTH"), "\n"],
        ["住址：", (p.hk_address(), "ADDRESS"), "\n"],
        ["內地身份證：", (p.cn_id()[0], "CN_ID_CARD"), "\n"],
        ["美國納稅人 SSN：", (p.ssn(), "US_SSN"), "\n"],
        [
            "流動電話：",
            (p.hk_phone(), "PHONE_NUMBER"),
            "；內地手機：",
            (p.cn_mobile(intl=True), "PHONE_NUMBER"),
            "\n",
        ],
        [
            "僱主：",
            p.pick(["滙豐", "港鐵公司", "醫管局", "自僱"]),
            "，年薪HK$",
            str(p.rng.randint(20, 300)),
            "萬\n",
        ],
        [
            "介紹人：",
            (p.zh_trad_name()[0] + p.pick(["生", "太", "小姐"]), "PERSON"),
            "（現有客戶）\n",
        ],
        ["海外戶口 IBAN：", (p.iban(), "IBAN_CODE"), "\n"],
        ["電郵：", (p.zh_email(), "EMAIL_ADDRESS"), "\n"],
    ]
    return [s for piece in [pieces[0], *_some(p, pieces[1:], 3, 6)] for s in piece]


def zh_kyc_hk_neg(p: Pools) -> list[Segment]:
    lines = [
        "公司客戶："
        + p.pick(["九龍倉貿易有限公司", "新界物流有限公司", "港島餐飲集團", "將軍澳建材有限公司"]),
        f"商業登記號碼：{p.digits(8)}",
        f"分行編號：{p.digits(3)}",
        f"查詢熱線：{p.pick(['2233 3000', '2822 1111', '+852 2290 8888'])}",
        f"備註：董事資料待補，{p.zh_date()}前跟進。",
        f"公司戶口（對公）：{p.digits(3)}-{p.digits(6)}-{p.digits(3)}。",
        "所需文件：商業登記證、周年申報表、董事會決議。",
        f"風險評級：{p.pick(['低', '中', '高'])}；下次覆核 {p.zh_date()}。",
    ]
    head = p.pick(["開戶盡職調查｜批次 ", "KYC 覆核｜批次 ", "盡職調查備忘 "]) + p.digits(6)
    return [head + "\n" + "\n".join(p.rng.sample(lines, k=p.rng.randint(3, 6)))]


# ---- Chinese: 报案笔录摘录


def zh_police(p: Pools) -> list[Segment]:
    reporter = p.zh_name()
    id_number, birth = p.cn_id()
    pieces: list[list[Segment]] = [
        [
            p.pick(
                [
                    "报案笔录（摘录）\n问：你的基本情况？\n答：我叫",
                    "询问笔录\n问：请讲一下你的身份信息。\n答：我是",
                    "【笔录节选】\n问：姓名？\n答：",
                ]
            ),
            (reporter, "PERSON"),
            "，",
        ],
        [p.pick(["出生于", "出生日期", "生日是"]), (p.zh_dob(birth), "DATE_OF_BIRTH"), "，"],
        [p.pick(["身份证号码", "公民身份号码", "身份证是"]), (id_number, "CN_ID_CARD"), "，"],
        ["住", (p.zh_address(), "ADDRESS"), "，"],
        [
            "手机号",
            (p.pick([p.cn_mobile(), p.spoken_zh("1" + p.digits(10))]), "PHONE_NUMBER"),
            "。",
        ],
        [
            "\n问：事情经过？\n答：",
            p.zh_date(),
            "有个自称",
            (p.zh_titled(), "PERSON"),
            "的人加我微信，让我把钱转到",
            (p.unionpay_debit(), "BANK_ACCOUNT"),
            "。",
        ],
        ["\n答：他还让我报了信用卡号", (p.card_number("unionpay"), "CREDIT_CARD"), "和验证码。"],
        [
            "\n问：还有谁知道？\n答：我同事",
            (p.zh_name(), "PERSON"),
            "，电话",
            (p.cn_mobile(), "PHONE_NUMBER"),
            "。",
        ],
        [
            "\n问：对方账户是谁的？\n答：户名写的是",
            (p.zh_name(), "PERSON"),
            "，开户行在",
            p.pick(["广西", "云南", "福建"]),
            "。",
        ],
    ]
    return _flat([pieces[0], *_some_in_order(p, pieces[1:], 3, 5)])


def zh_police_neg(p: Pools) -> list[Segment]:
    return [
        "警情通报：",
        p.zh_date(),
        "，辖区发生一起冒充",
        p.pick(["客服", "公检法", "快递理赔"]),
        "诈骗案，涉案金额",
        p.zh_amount(),
        "。请市民牢记：公安机关不会通过电话办案，银行客服热线为",
        p.pick(HOTLINES_ZH),
        "，任何索要验证码的都是诈骗。案件编号",
        p.digits(12),
        "。反诈专线96110。",
    ]


# ---- Chinese: 争议交易工单


def zh_dispute(p: Pools) -> list[Segment]:
    holder = p.zh_person()
    pieces: list[list[Segment]] = [
        ["争议交易工单 ", p.digits(10), "\n持卡人：", (holder, "PERSON"), "\n"],
        [
            "信用卡号：",
            (p.card_number(p.pick(["unionpay", "visa", "mc", "amex"])), "CREDIT_CARD"),
            "\n",
        ],
        [
            "交易：",
            p.zh_date(),
            " ",
            p.pick(MERCHANTS_ZH),
            " ",
            p.zh_amount(),
            "，持卡人称未收到货。\n",
        ],
        ["退款账户：", (p.unionpay_debit(), "BANK_ACCOUNT"), "\n"],
        ["联系电话：", (p.zh_phone(), "PHONE_NUMBER"), "\n"],
        ["收货地址：", (p.any_zh_address(), "ADDRESS"), "\n"],
        ["商户联系人：", (p.zh_titled(), "PERSON"), "\n"],
        ["邮箱：", (p.zh_email(), "EMAIL_ADDRESS"), "\n"],
        ["处理时限：", p.zh_date(), "\n"],
    ]
    return [s for piece in [pieces[0], *_some(p, pieces[1:], 2, 5)] for s in piece]


def zh_dispute_neg(p: Pools) -> list[Segment]:
    return [
        "争议交易工单 ",
        p.digits(10),
        "\n商户：",
        p.pick(MERCHANTS_ZH),
        "\n金额：",
        p.zh_amount(),
        "\n卡号尾号：",
        p.digits(4),
        "\n原因码：",
        p.pick(["4853", "4837", "10.4"]),
        "\n状态：",
        p.pick(["已退款", "待商户回复", "已结案"]),
        "\n处理人：工号",
        p.digits(6),
        "\n联系邮箱：",
        p.role_email(),
    ]


EN_GENRES: dict[str, tuple[Composer, Composer]] = {
    "crm_note": (en_crm_note, en_crm_note_neg),
    "kyc_onboarding": (en_kyc, en_kyc_neg),
    "mortgage_app": (en_mortgage, en_mortgage_neg),
    "fraud_case": (en_fraud, en_fraud_neg),
    "police_excerpt": (en_police, en_police_neg),
    "email_chain": (en_email, en_email_neg),
    "out_of_office": (en_ooo, en_ooo_neg),
    "social_review": (en_social, en_social_neg),
    "dispute": (en_dispute, en_dispute_neg),
    "contact_update": (en_contact, en_contact_neg),
}
ZH_GENRES: dict[str, tuple[Composer, Composer]] = {
    "zh_rm_log": (zh_rm_log, zh_rm_log_neg),
    "zh_loan_note": (zh_loan, zh_loan_neg),
    "zh_fraud_case": (zh_fraud, zh_fraud_neg),
    "zh_email": (zh_email, zh_email_neg),
    "zh_social": (zh_social, zh_social_neg),
    "zh_sms": (zh_sms, zh_sms_neg),
    "zh_yue_whatsapp": (zh_whatsapp, zh_whatsapp_neg),
    "zh_kyc_hk": (zh_kyc_hk, zh_kyc_hk_neg),
    "zh_police": (zh_police, zh_police_neg),
    "zh_dispute": (zh_dispute, zh_dispute_neg),
}


# --------------------------------------------------------------------------- assembly


def render(segments: Sequence[Segment]) -> tuple[str, list[dict[str, object]]]:
    """Concatenate segments; spans fall exactly on their values."""
    text_parts: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    for segment in segments:
        if isinstance(segment, tuple):
            value, label = segment
            spans.append({"start": length, "end": length + len(value), "label": label})
        else:
            value = segment
        text_parts.append(value)
        length += len(value)
    return "".join(text_parts), spans


def _language_rows(
    rng: random.Random, count: int, lang: str, genres: dict[str, tuple[Composer, Composer]]
) -> list[dict[str, object]]:
    pools = Pools(rng)
    names = list(genres)
    negatives = set(rng.sample(range(count), k=round(count * NEGATIVE_SHARE)))
    rows: list[dict[str, object]] = []
    for index in range(count):
        genre = names[index % len(names)]
        positive, negative = genres[genre]
        is_negative = index in negatives
        text, spans = render(negative(pools) if is_negative else positive(pools))
        # Some positive composers draw only PII-free clauses now and then: draw again (seeded).
        while not is_negative and not spans:
            text, spans = render(positive(pools))
        if is_negative and spans:
            raise ValueError(f"{genre}: a negative composer produced spans: {text!r}")
        rows.append({"id": f"v12-{genre}-{index:04d}", "text": text, "lang": lang, "spans": spans})
    return rows


def generate(n: int = 600, seed: int = 12018) -> list[dict]:
    """``n`` messages, half English and half Chinese, deterministic for ``seed``."""
    rng = random.Random(seed)
    english = n // 2
    rows = _language_rows(rng, english, "en", EN_GENRES)
    rows += _language_rows(rng, n - english, "zh", ZH_GENRES)
    return rows


def stats(rows: Sequence[dict]) -> dict[str, object]:
    per_label: dict[str, Counter[str]] = {"en": Counter(), "zh": Counter()}
    per_genre: Counter[str] = Counter()
    pii_free: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    label_genres: dict[str, set[str]] = {}
    for row in rows:
        lang = str(row["lang"])
        genre = str(row["id"]).split("-")[1]
        totals[lang] += 1
        per_genre[genre] += 1
        if not row["spans"]:
            pii_free[lang] += 1
        for span in row["spans"]:
            per_label[lang][span["label"]] += 1
            label_genres.setdefault(span["label"], set()).add(genre)
    return {
        "messages": dict(totals),
        "pii_free_share": {lang: round(pii_free[lang] / totals[lang], 3) for lang in totals},
        "spans_per_label": {lang: dict(sorted(c.items())) for lang, c in per_label.items()},
        "genres": dict(sorted(per_genre.items())),
        "genres_per_label": {label: len(g) for label, g in sorted(label_genres.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=12018)
    parser.add_argument("--stats", action="store_true", help="print counts, not the rows")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print(json.dumps(stats(rows), ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
