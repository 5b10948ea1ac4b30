# Message templates stay on one line each so that a reader sees the sentence as a customer wrote it.
# ruff: noqa: E501
"""Thirteenth independent bilingual PII evaluation set (issue 18), written blind.

The author did not open the PII engine, its resources, the dev generators or any earlier set.
Traffic: what customers paste as evidence and what servicing teams write around it. English
genres: payslips, employment/salary verification letters, tenancy references and rental
agreement excerpts, utility bills, insurance claim forms, medical bills sent for hardship,
probate/estate letters from solicitors, bank statement pastes, collections and hardship notes,
branch appointments and card delivery, voicemail-to-text and dictated notes, travel notices and
remittances to family abroad (PH/IN/PK/NG/MX). Chinese genres: 工资条, 收入证明/在职证明,
租房合同节选, 水电燃气账单, 银行流水粘贴, 催收/协商还款记录, 遗产继承/公证材料,
快递改派/上门服务预约, 语音转文字, 境外汇款, 港澳台繁體 and 新马华语 messages.

Labels: PERSON, ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, BANK_ACCOUNT, IBAN_CODE,
US_SSN, CN_ID_CARD, DATE_OF_BIRTH.

Conventions of this set:
- A span covers the value only. A phone's extension is inside its span (``020 7946 0321 ext 214``).
- An address spans its first to its last part, across line breaks. Any street address of a
  private person (home, supply address on a bill, a deceased's house, a delivery address, a
  beneficiary's home) is ADDRESS. A business address (hotel abroad, employer, solicitor's firm,
  utility company, hospital, branch) is NOT spanned, nor is a city or district without a street.
- Business numbers are not PII: bank/utility/insurer hotlines (400…, 0345…, 0800…, 1-800…,
  13 xx xx in Australia, 95xxx), employer switchboards, sort codes, IFSC/SWIFT/routing codes and
  branch codes alone, OTPs, last four digits, gate/door/key-safe codes, amounts, reference, case,
  claim, policy, invoice, order and tracking numbers, staff IDs, dates that are not births, tax
  codes, meter numbers, Hong Kong identity card numbers (not a CN_ID_CARD).
- Role and company mailboxes (payroll@, support@, noreply@, claims@) and company accounts
  (对公账户, a landlord agency's client account, an employer's account) are not spanned.
- A 62… UnionPay debit card (16–19 digits) is BANK_ACCOUNT unless a credit-card cue (credit card,
  信用卡, 贷记卡) is near; cards given with an expiry and a credit cue are CREDIT_CARD and the expiry
  is not spanned.
- A titled bare surname is spanned with its title (``Mr Haddad``, ``王经理``, ``陈师傅``,
  ``林阿姨``); ``小王``/``老李`` naming a person is spanned with 小/老. A bare 先生/女士 is not.
- Numbers and e-mail addresses read aloud keep their spoken form: the span covers the spoken
  digits (``oh seven seven …``, ``一三八…``) or the spoken address (``j dot okafor at gmail dot
  com``, ``lina 艾特 qq 点com``); punctuation words inside a dictated address stay in its span.
- Structured numbers are valid: Luhn for cards and 62… debit accounts, mod-97 for IBANs,
  GB 11643 for CN ID numbers, SSNs in issued ranges (area not 000/666/9xx, group and serial
  non-zero), CLABE check digit for Mexican accounts.
- DATE_OF_BIRTH only where the date is a birth date (DOB, born, 出生日期, 生于); other dates are
  not spanned. Where a CN ID and a birth date are both given for one person, they agree.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

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

Value = str | tuple[str, str]
T = TypeVar("T")
_FIELD = re.compile(r"\{(\w+)\}")
# ``[a|b|c]`` in a template: one wording drawn at random, so that few messages repeat.
_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


@dataclass
class Doc:
    """A message built piece by piece so that every span sits exactly on its value."""

    rng: random.Random = field(default_factory=random.Random)
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, int | str]] = field(default_factory=list)
    length: int = 0

    def t(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def p(self, value: str, label: str) -> Doc:
        start = self.length
        self.t(value)
        self.spans.append({"start": start, "end": self.length, "label": label})
        return self

    def f(self, template: str, **values: Value) -> Doc:
        """Write ``template``; ``{name}`` takes a plain string or a ``(value, LABEL)`` pair and
        ``[a|b]`` is one of its wordings."""
        template = _CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        pos = 0
        for match in _FIELD.finditer(template):
            self.t(template[pos : match.start()])
            value = values[match.group(1)]
            if isinstance(value, tuple):
                self.p(value[0], value[1])
            else:
                self.t(value)
            pos = match.end()
        self.t(template[pos:])
        return self

    def w(self, text: str) -> Doc:
        """Write text without values, drawing one wording for each ``[a|b]``."""
        return self.t(_CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), text))

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------- checksums


def luhn_check_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return len(digits) >= 12 and luhn_check_digit(digits[:-1]) == digits[-1]


def _iban_numeric(text: str) -> int:
    return int("".join(str(int(char, 36)) for char in text))


def iban_valid(iban: str) -> bool:
    compact = re.sub(r"\s", "", iban).upper()
    return len(compact) >= 15 and _iban_numeric(compact[4:] + compact[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    check = 98 - _iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check(body17: str) -> str:
    total = sum(int(d) * w for d, w in zip(body17, CN_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def cn_id_valid(number: str) -> bool:
    compact = re.sub(r"\s", "", number).upper()
    return bool(re.fullmatch(r"\d{17}[\dX]", compact)) and cn_id_check(compact[:17]) == compact[17]


def ssn_valid(ssn: str) -> bool:
    digits = re.sub(r"\D", "", ssn)
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


CLABE_WEIGHTS = (3, 7, 1) * 6


def clabe_check(body17: str) -> str:
    total = sum((int(d) * w) % 10 for d, w in zip(body17, CLABE_WEIGHTS, strict=False))
    return str((10 - total % 10) % 10)


# --------------------------------------------------------------------------- value pools

EN_FIRST = [
    "Olivia",
    "Callum",
    "Priya",
    "Tunde",
    "Chloe",
    "Rhys",
    "Aisling",
    "Marisol",
    "Joaquin",
    "Imran",
    "Farah",
    "Kwame",
    "Ngozi",
    "Siobhan",
    "Declan",
    "Hannah",
    "Rohan",
    "Ananya",
    "Bilal",
    "Ayesha",
    "Chidi",
    "Amaka",
    "Gareth",
    "Morag",
    "Eleanor",
    "Tomasz",
    "Agnieszka",
    "Darnell",
    "Latoya",
    "Kieran",
    "Zainab",
    "Emeka",
    "Guadalupe",
    "Rafael",
    "Bronwen",
    "Hamish",
    "Nadia",
    "Yusuf",
    "Ines",
    "Teodoro",
    "Jolene",
    "Percival",
    "Oluwaseun",
    "Deepika",
    "Saoirse",
    "Lachlan",
    "Marguerite",
]
EN_LAST = [
    "Whitfield",
    "Okonkwo",
    "Ramasamy",
    "Haddad",
    "O'Sullivan",
    "Kowalczyk",
    "Santos",
    "Reyes",
    "Hernandez",
    "Qureshi",
    "Malik",
    "Adeyemi",
    "Balogun",
    "Pemberton",
    "McAllister",
    "Nakamura",
    "Fitzgerald",
    "Thornbury",
    "Lindqvist",
    "Mensah",
    "Gallagher",
    "Iyer",
    "Chaudhry",
    "Villanueva",
    "Castillo",
    "Ogunleye",
    "Rowntree",
    "Ashdown",
    "Delacroix",
    "Brennan",
    "Abernethy",
    "Oyelaran",
    "Penhaligon",
    "Garside",
    "Varghese",
    "Trevelyan",
    "Kaur",
    "Nwachukwu",
    "Mbeki",
    "Holloway",
]
PH_NAMES = (
    "Maria Lourdes Dela Cruz",
    "Jose Ramil Bautista",
    "Rowena Mae Soriano",
    "Jericho Manalo",
)
IN_NAMES = ("Sunita Raghunathan", "Arjun Venkatesh", "Lakshmi Narayanan", "Harpreet Singh Gill")
PK_NAMES = ("Muhammad Usman Tariq", "Sadia Perveen", "Ahmed Raza Bhatti", "Nusrat Jahan Awan")
NG_NAMES = ("Chukwuemeka Obi", "Funmilayo Adebayo", "Ibrahim Danjuma", "Adaeze Nwosu")
MX_NAMES = (
    "Maria Guadalupe Ortiz",
    "Juan Carlos Ibarra",
    "Rocio Estrada Lugo",
    "Ernesto Villalobos",
)
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵"
)
ZH_COMPOUND = ("欧阳", "司马", "上官", "诸葛")
ZH_GIVEN = [
    "建华",
    "秀英",
    "志强",
    "海燕",
    "子涵",
    "浩然",
    "雨桐",
    "晓东",
    "丽娟",
    "国栋",
    "思远",
    "佳怡",
    "文博",
    "梓萱",
    "俊杰",
    "美玲",
    "德胜",
    "春梅",
    "一鸣",
    "婉清",
    "立新",
    "静",
    "磊",
    "敏",
    "勇",
    "芳",
    "亚楠",
    "宏伟",
    "淑珍",
    "振华",
    "若曦",
    "嘉豪",
    "桂兰",
    "永福",
    "欣然",
    "天佑",
]
TRAD_NAMES = [
    "陳志明",
    "黃美玲",
    "林家豪",
    "張雅婷",
    "劉德偉",
    "吳淑芬",
    "鄭文傑",
    "謝佩珊",
    "許嘉欣",
    "蔡宗翰",
    "楊惠如",
    "王俊傑",
    "何詠詩",
    "梁振邦",
    "羅家銘",
    "鍾慧敏",
]
TRAD_SURNAMES = "陳黃林張劉吳鄭謝許蔡楊何梁羅鍾".replace("", " ").split()
EN_GIVEN_FOR_ZH = [
    "Kevin",
    "Amy",
    "Jason",
    "Vivian",
    "Eric",
    "Cindy",
    "Tony",
    "Grace",
    "Alan",
    "Michelle",
    "Ryan",
    "Joyce",
]
ZH_TITLES = ("先生", "女士", "阿姨", "叔叔", "师傅", "经理", "律师", "老师", "医生", "姐")

UK_STREETS = (
    "Kingsley Road",
    "Elm Grove",
    "Cathedral Walk",
    "Pennywell Close",
    "Marsh Lane",
    "Windmill Crescent",
    "Albion Terrace",
    "Hawthorn Drive",
    "Station Approach",
    "Priory Mews",
)
UK_TOWNS = (
    ("Leeds", "LS6 2AB"),
    ("Bristol", "BS6 7QT"),
    ("Cardiff", "CF24 4HQ"),
    ("Norwich", "NR2 3DF"),
    ("Glasgow", "G12 8QQ"),
    ("Belfast", "BT9 6AZ"),
    ("Sheffield", "S10 2TN"),
    ("York", "YO31 7EB"),
    ("Reading", "RG1 5BT"),
    ("Derby", "DE22 1FT"),
)
US_STREETS = (
    "Maple Ave",
    "Juniper St",
    "Oakridge Blvd",
    "Cedar Hollow Rd",
    "W 14th St",
    "Lakeview Dr",
)
US_CITIES = (
    ("Columbus", "OH", "43215"),
    ("Tucson", "AZ", "85719"),
    ("Raleigh", "NC", "27605"),
    ("Queens", "NY", "11368"),
    ("Aurora", "CO", "80012"),
    ("Fresno", "CA", "93721"),
)
CN_PLACES = (
    "北京市朝阳区望京西路",
    "上海市徐汇区漕溪北路",
    "广州市天河区体育东路",
    "深圳市南山区科技园南路",
    "杭州市西湖区文三路",
    "成都市武侯区人民南路四段",
    "南京市鼓楼区中山北路",
    "武汉市洪山区珞喻路",
    "西安市雁塔区长安南路",
    "苏州市工业园区星湖街",
    "天津市河西区友谊路",
    "重庆市渝北区金开大道",
)
CN_XIAOQU = (
    "阳光花园",
    "锦绣家园",
    "翠湖苑",
    "金桂小区",
    "和平里",
    "馨园公寓",
    "东湖新村",
    "枫林湾",
)
HK_PLACES = ("九龍旺角彌敦道", "香港島北角英皇道", "新界沙田大圍車公廟路", "九龍觀塘開源道")
TW_PLACES = (
    "台北市大安區忠孝東路四段",
    "新北市板橋區文化路一段",
    "台中市西屯區台灣大道三段",
    "高雄市苓雅區四維三路",
)
CN_ID_REGIONS = (
    "110105",
    "310104",
    "440106",
    "440305",
    "330106",
    "510107",
    "320106",
    "420111",
    "610113",
    "320506",
    "350203",
    "370202",
)

MERCHANTS = (
    "TESCO STORES 2231",
    "AMAZON MKTPLACE",
    "TFL TRAVEL CH",
    "PRET A MANGER",
    "SHELL 4471",
    "NETFLIX.COM",
    "BOOTS 0612",
    "GREGGS PLC",
    "UBER *TRIP",
    "SAINSBURYS S/MKT",
    "COSTA COFFEE",
    "DVLA VEH TAX",
    "THAMES WATER DD",
    "OCTOPUS ENERGY DD",
    "VODAFONE LTD DD",
    "SPOTIFY P0A1",
)
ZH_MERCHANTS = (
    "美团外卖",
    "滴滴出行",
    "京东商城",
    "盒马鲜生",
    "中国石化加油站",
    "国家电网电费",
    "拼多多",
    "星巴克",
    "瑞幸咖啡",
    "12306铁路",
    "物业管理费",
    "中国移动话费",
    "燃气公司代扣",
    "淘宝",
)
COMPANIES = (
    "Harwood Logistics Ltd",
    "Brightwater Care Homes",
    "Northgate Civil Engineering",
    "Calder Valley NHS Trust",
    "Pinecrest Analytics LLC",
    "Meridian Freight Inc",
    "Ashgrove Academy",
)
ZH_COMPANIES = (
    "深圳市华盛电子科技有限公司",
    "上海恒远物流有限公司",
    "杭州云帆网络技术有限公司",
    "成都锦程建设集团",
    "北京智联教育咨询有限公司",
    "广州南粤医药连锁有限公司",
)
HOTELS = (
    "Hotel Miramar, Av. Diagonal 512, 08006 Barcelona",
    "Kempinski Hotel, Unter den Linden 77, 10117 Berlin",
    "Shangri-La Hotel, 22 Orange Grove Road, Singapore 258350",
    "Hotel Le Marais, 14 Rue de Bretagne, 75003 Paris",
    "Marina Bay Suites, 10 Bayfront Avenue, Singapore 018956",
)
ROLE_MAILS_BY_CONTEXT = {
    "payroll": (
        "payroll@harwood-logistics.co.uk",
        "payroll@brightwatercare.co.uk",
        "hr.payroll@northgate-ce.com",
    ),
    "hr": (
        "hr.verification@pinecrest-analytics.com",
        "people@ashgrove.sch.uk",
        "hr@meridianfreight.com",
    ),
    "utility": ("noreply@octopus.energy", "help@thameswater.example", "billing@edf-example.co.uk"),
    "claims": (
        "claims@aviva-example.co.uk",
        "newclaims@direct-line.example",
        "property.claims@axa-example.com",
    ),
    "medical": (
        "billing@citymedical.org",
        "patientaccounts@mercygeneral.org",
        "financialaid@riverside-regional.org",
    ),
    "probate": (
        "probate@marlowandpike.co.uk",
        "privateclient@greavesashton.co.uk",
        "estates@fairbairnlaw.com",
    ),
    "lettings": (
        "accounts@calderhousing.org.uk",
        "lettings@northside-homes.co.uk",
        "rent@keystone-lettings.com",
    ),
    "bank": (
        "support@examplebank.co.uk",
        "noreply@alerts.examplebank.com",
        "collections@examplebank.co.uk",
        "appointments@examplebank.co.uk",
    ),
}
ROLE_MAILS = tuple(mail for mails in ROLE_MAILS_BY_CONTEXT.values() for mail in mails)
ZH_ROLE_MAILS = (
    "hr@huasheng-tech.cn",
    "service@95598.cn",
    "kefu@hengyuan-wl.com",
    "noreply@jd.com",
    "caiwu@jincheng-group.cn",
)
EN_HOTLINES = (
    "0345 734 5345",
    "0800 056 0572",
    "1-800-432-1000",
    "0300 123 1122",
    "13 22 21",
    "0345 600 7766",
    "1-888-555-0199",
    "0800 111 999",
)
ZH_HOTLINES = ("95588", "95533", "400-820-8888", "400 600 5566", "95598", "4008-123-123", "95555")

CN_MOBILE_PREFIXES = tuple(
    [
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
        "153",
        "155",
        "156",
        "157",
        "158",
        "159",
        "166",
        "173",
        "175",
        "176",
        "177",
        "178",
        "180",
        "181",
        "182",
        "183",
        "185",
        "186",
        "187",
        "188",
        "189",
        "191",
        "193",
        "195",
        "198",
        "199",
    ]
)
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ZH_DIGITS = "零一二三四五六七八九"
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


class Gen:
    """Value makers over one seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, count: int, first: str = "123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(count - 1))

    def pick(self, options: Sequence[T]) -> T:
        return self.r.choice(options)

    # ---- names
    def en_name(self) -> str:
        return f"{self.pick(EN_FIRST)} {self.pick(EN_LAST)}"

    def en_titled(self) -> str:
        return f"{self.pick(TITLES)} {self.pick(EN_LAST)}"

    def en_person(self) -> str:
        roll = self.r.random()
        if roll < 0.6:
            return self.en_name()
        if roll < 0.8:
            return self.en_titled()
        if roll < 0.9:
            return f"{self.pick(TITLES)} {self.en_name()}"
        return f"{self.pick(EN_FIRST)[0]}. {self.pick(EN_LAST)}"

    def zh_name(self) -> str:
        surname = self.pick(ZH_COMPOUND) if self.r.random() < 0.06 else self.pick(ZH_SURNAMES)
        return surname + self.pick(ZH_GIVEN)

    def zh_person(self, traditional: bool = False) -> str:
        roll = self.r.random()
        if traditional:
            if roll < 0.7:
                return self.pick(TRAD_NAMES)
            return self.pick(TRAD_SURNAMES) + self.pick(("先生", "小姐", "太太", "生"))
        if roll < 0.62:
            return self.zh_name()
        if roll < 0.8:
            return self.pick(ZH_SURNAMES) + self.pick(ZH_TITLES)
        if roll < 0.88:
            return self.pick(("小", "老")) + self.pick(ZH_SURNAMES)
        if roll < 0.95:
            return f"{self.pick(EN_GIVEN_FOR_ZH)} {self.pick(ZH_SURNAMES)}"
        return self.pick(TRAD_NAMES)

    # ---- addresses
    def uk_address(self, multiline: bool = False) -> str:
        town, postcode = self.pick(UK_TOWNS)
        house = str(self.r.randint(1, 240))
        flat = f"Flat {self.r.randint(1, 24)}, " if self.r.random() < 0.3 else ""
        sep = "\n" if multiline else ", "
        return f"{flat}{house} {self.pick(UK_STREETS)}{sep}{town}{sep}{postcode}"

    def us_address(self, multiline: bool = False) -> str:
        city, state, zipcode = self.pick(US_CITIES)
        unit = f" Apt {self.r.randint(1, 30)}{self.pick('ABCD')}" if self.r.random() < 0.4 else ""
        sep = "\n" if multiline else ", "
        return f"{self.r.randint(100, 9800)} {self.pick(US_STREETS)}{unit}{sep}{city}, {state} {zipcode}"

    def en_address(self, multiline: bool = False) -> str:
        return self.uk_address(multiline) if self.r.random() < 0.65 else self.us_address(multiline)

    def cn_address(self) -> str:
        place = self.pick(CN_PLACES)
        if self.r.random() < 0.5:
            return f"{place}{self.r.randint(1, 999)}号{self.pick(CN_XIAOQU)}{self.r.randint(1, 30)}栋{self.r.randint(1, 6)}单元{self.r.randint(1, 33)}0{self.r.randint(1, 4)}室"
        return f"{place}{self.r.randint(1, 999)}弄{self.r.randint(1, 60)}号{self.r.randint(1, 22)}0{self.r.randint(1, 6)}室"

    def hk_address(self) -> str:
        return f"{self.pick(HK_PLACES)}{self.r.randint(1, 800)}號{self.r.randint(2, 40)}樓{self.pick('ABCDEFG')}室"

    def tw_address(self) -> str:
        return f"{self.pick(TW_PLACES)}{self.r.randint(1, 400)}號{self.r.randint(2, 20)}樓"

    # ---- phones
    def uk_mobile(self) -> str:
        body = "7" + self.digits(9, "1234589")
        style = self.r.randint(0, 3)
        if style == 0:
            return f"0{body[:4]} {body[4:]}"
        if style == 1:
            return f"+44 {body[:4]} {body[4:7]} {body[7:]}"
        if style == 2:
            return f"+44 (0){body[:4]} {body[4:]}"
        return f"0{body}"

    def uk_landline_ext(self) -> str:
        area = self.pick(("020 7946", "0113 496", "0117 496", "0161 496", "029 2018"))
        return f"{area} {self.digits(4, '0123456789')} {self.pick(('ext', 'ext.', 'x', 'extension'))} {self.r.randint(10, 999)}"

    def us_phone(self) -> str:
        area = self.pick(("614", "520", "919", "718", "303", "559"))
        line = f"{self.digits(3, '23456789')}-{self.digits(4, '0123456789')}"
        style = self.r.randint(0, 3)
        if style == 0:
            return f"({area}) {line}"
        if style == 1:
            return f"+1 {area}-{line}"
        if style == 2:
            return f"{area}.{line.replace('-', '.')}"
        return f"({area}) {line} ext. {self.r.randint(100, 9999)}"

    def en_phone(self) -> str:
        roll = self.r.random()
        if roll < 0.5:
            return self.uk_mobile()
        if roll < 0.7:
            return self.uk_landline_ext()
        return self.us_phone()

    def cn_mobile(self) -> str:
        body = self.pick(CN_MOBILE_PREFIXES) + self.digits(8, "0123456789")
        style = self.r.randint(0, 4)
        if style == 0:
            return body
        if style == 1:
            return f"{body[:3]} {body[3:7]} {body[7:]}"
        if style == 2:
            return f"+86 {body}"
        if style == 3:
            return f"{body[:3]}-{body[3:7]}-{body[7:]}"
        return f"0086-{body}"

    def cn_landline_ext(self) -> str:
        return f"0{self.pick(('21', '10', '20', '755', '571', '28'))}-{self.digits(8, '2345678')}转{self.r.randint(100, 8999)}"

    def hk_phone(self) -> str:
        body = self.pick("569") + self.digits(7, "0123456789")
        return self.pick((f"+852 {body[:4]} {body[4:]}", f"{body[:4]} {body[4:]}", f"00852-{body}"))

    def tw_phone(self) -> str:
        body = "09" + self.digits(8, "0123456789")
        return self.pick(
            (f"{body[:4]}-{body[4:7]}-{body[7:]}", body, f"+886 {body[1:4]} {body[4:7]} {body[7:]}")
        )

    def sg_phone(self) -> str:
        return f"+65 {self.pick('89')}{self.digits(3, '0123456789')} {self.digits(4, '0123456789')}"

    def my_phone(self) -> str:
        return f"+60 1{self.pick('2679')}-{self.digits(3, '0123456789')} {self.digits(4, '0123456789')}"

    def spoken_en_digits(self, digits: str) -> str:
        words = []
        for char in digits:
            if char == "0" and self.r.random() < 0.6:
                words.append("oh")
            else:
                words.append(DIGIT_WORDS[int(char)])
        return " ".join(words)

    def spoken_zh_digits(self, digits: str) -> str:
        return "".join(
            ("幺" if c == "1" and self.r.random() < 0.3 else ZH_DIGITS[int(c)]) for c in digits
        )

    # ---- emails
    def personal_email(self, name: str) -> str:
        parts = [
            re.sub(r"[^a-z]", "", w.lower()) for w in name.split() if w.rstrip(".") not in TITLES
        ]
        parts = [p for p in parts if p] or ["cust"]
        local = self.pick(
            (
                ".".join(parts),
                parts[0][0] + parts[-1],
                parts[-1] + str(self.r.randint(1, 99)),
                "_".join(parts) + str(self.r.randint(70, 99)),
            )
        )
        return (
            local
            + "@"
            + self.pick(
                (
                    "gmail.com",
                    "outlook.com",
                    "yahoo.co.uk",
                    "hotmail.com",
                    "icloud.com",
                    "btinternet.com",
                )
            )
        )

    def zh_email(self) -> str:
        pinyin = self.pick(
            (
                "zhangwei",
                "liuyang",
                "chenjing",
                "wanglei",
                "huangmin",
                "zhaoli",
                "linxiaoyu",
                "xu.haitao",
            )
        )
        return f"{pinyin}{self.r.randint(1, 9999)}@{self.pick(('qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'gmail.com'))}"

    # ---- cards and accounts
    def card(self, brand: str | None = None) -> str:
        brand = brand or self.pick(("visa", "mc", "amex", "visa", "mc"))
        if brand == "amex":
            body = self.pick(("34", "37")) + self.digits(12, "0123456789")
            number = body + luhn_check_digit(body)
            return self.pick((f"{number[:4]} {number[4:10]} {number[10:]}", number))
        prefix = (
            "4"
            if brand == "visa"
            else ("62" if brand == "unionpay" else str(self.r.randint(51, 55)))
        )
        body = prefix + self.digits(15 - len(prefix), "0123456789")
        number = body + luhn_check_digit(body)
        return self.pick(
            (
                " ".join(number[i : i + 4] for i in range(0, 16, 4)),
                number,
                "-".join(number[i : i + 4] for i in range(0, 16, 4)),
            )
        )

    def unionpay_debit(self) -> str:
        length = self.pick((16, 19, 19, 18, 17))
        body = (
            "62"
            + self.pick(("22", "17", "28", "14", "25", "16"))
            + self.digits(length - 5, "0123456789")
        )
        number = body + luhn_check_digit(body)
        style = self.r.randint(0, 2)
        if style == 0:
            return number
        if style == 1:
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return f"{number[:6]} {number[6:]}"

    def uk_account(self) -> str:
        return self.digits(8, "0123456789")

    def sort_code(self) -> str:
        return f"{self.r.randint(10, 99)}-{self.r.randint(10, 99)}-{self.r.randint(10, 99)}"

    def us_account(self) -> str:
        return self.digits(self.r.randint(9, 12))

    def iban(self, country: str | None = None) -> str:
        country = country or self.pick(
            ("GB", "DE", "FR", "ES", "IT", "NL", "IE", "AE", "CH", "PL", "PK")
        )
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

        def let(k: int) -> str:
            return "".join(self.r.choice(letters) for _ in range(k))

        def num(k: int) -> str:
            return "".join(self.r.choice("0123456789") for _ in range(k))

        bban = {
            "GB": lambda: let(4) + num(14),
            "DE": lambda: num(18),
            "FR": lambda: num(23),
            "ES": lambda: num(20),
            "IT": lambda: let(1) + num(22),
            "NL": lambda: let(4) + num(10),
            "IE": lambda: let(4) + num(14),
            "AE": lambda: num(19),
            "CH": lambda: num(17),
            "PL": lambda: num(24),
            "PK": lambda: let(4) + num(16),
        }[country]()
        return make_iban(country, bban)

    def iban_text(self, country: str | None = None, allow_break: bool = True) -> str:
        compact = self.iban(country)
        style = self.r.randint(0, 3)
        if style == 0:
            return compact
        groups = [compact[i : i + 4] for i in range(0, len(compact), 4)]
        if style == 3 and allow_break and len(groups) > 3:
            cut = self.r.randint(2, len(groups) - 2)
            return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
        return " ".join(groups)

    def ssn(self) -> str:
        area = self.r.randint(1, 899)
        if area == 666:
            area = 667
        number = f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
        return self.pick(
            (
                f"{number[:3]}-{number[3:5]}-{number[5:]}",
                f"{number[:3]} {number[3:5]} {number[5:]}",
                number,
            )
        )

    def birth(self) -> tuple[int, int, int]:
        return self.r.randint(1941, 2005), self.r.randint(1, 12), self.r.randint(1, 28)

    def en_date(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        return self.pick(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{MONTHS[m - 1][:3]} {d}, {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d}.{m}.{y}",
            )
        )

    def zh_date(self, ymd: tuple[int, int, int]) -> str:
        y, m, d = ymd
        return self.pick(
            (f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}")
        )

    def cn_id(self, ymd: tuple[int, int, int] | None = None) -> str:
        y, m, d = ymd or self.birth()
        body = f"{self.pick(CN_ID_REGIONS)}{y}{m:02d}{d:02d}{self.r.randint(1, 999):03d}"
        number = body + cn_id_check(body)
        if self.r.random() < 0.2:
            return f"{number[:6]} {number[6:14]} {number[14:]}"
        return number

    def recent_date_en(self) -> str:
        return self.en_date((2026, self.r.randint(1, 12), self.r.randint(1, 28)))

    def recent_date_zh(self) -> str:
        return self.zh_date((2026, self.r.randint(1, 12), self.r.randint(1, 28)))

    def amount(self, symbol: str = "£") -> str:
        return f"{symbol}{self.r.randint(5, 4800):,}.{self.r.randint(0, 99):02d}"

    def ref(self, prefix: str) -> str:
        return f"{prefix}{self.digits(self.r.randint(6, 9), '0123456789')}"

    def hkid(self) -> str:
        return (
            f"{self.pick('ACDEGHKPRYZ')}{self.digits(6, '0123456789')}({self.pick('0123456789A')})"
        )


def L(value: str, label: str) -> tuple[str, str]:
    """A value that carries a label (short because templates use it on every line)."""
    return (value, label)


Genre = Callable[[Gen, Doc, bool], None]


# =========================================================================== English genres


def en_payslip(g: Gen, d: Doc, pii: bool) -> None:
    company = g.pick(COMPANIES)
    gross = g.r.randint(1400, 6200)
    d.t(
        g.pick(
            (
                "Here is my payslip as asked:\n",
                "Payslip pasted below for the affordability check\n",
                "PAYSLIP — ",
                "copy of last months slip:\n",
            )
        )
    )
    d.t(f"{company}  |  Pay date {g.recent_date_en()}  |  Period {g.r.randint(1, 12)}\n")
    if pii:
        us = g.r.random() < 0.35
        d.f(
            "[Employee|Employee name|Name|EMPLOYEE]: {n}   [Employee no.|Payroll no.|Staff ref] E{e}\n",
            n=L(g.en_name(), "PERSON"),
            e=g.digits(5),
        )
        if g.r.random() < 0.5:
            d.f(
                "[Home address|Address|Address on file]: {a}\n",
                a=L(g.us_address() if us else g.uk_address(), "ADDRESS"),
            )
        if us:
            d.f("SSN {s}   Filing status: single\n", s=L(g.ssn(), "US_SSN"))
        else:
            d.t(f"Tax code {g.pick(('1257L', 'BR', 'K475', '1257L M1'))}  NI category A\n")
        d.t(f"Gross pay {gross:,.2f}   Tax {gross * 0.18:,.2f}   Net {gross * 0.74:,.2f}\n")
        roll = g.r.random()
        if roll < 0.55:
            d.f(
                "Paid to: sort code {s} account {a}\n",
                s=g.sort_code(),
                a=L(g.uk_account(), "BANK_ACCOUNT"),
            )
        elif roll < 0.8:
            d.f(
                "Net pay credited to IBAN {i}\n",
                i=L(g.iban_text(g.pick(("IE", "NL", "DE", "FR"))), "IBAN_CODE"),
            )
        else:
            d.f(
                "Direct deposit acct {a} (routing {rt})\n",
                a=L(g.us_account(), "BANK_ACCOUNT"),
                rt=g.digits(9, "0123"),
            )
        if g.r.random() < 0.3:
            d.f("[Date of birth|DOB|D.O.B.] {b}\n", b=L(g.en_date(g.birth()), "DATE_OF_BIRTH"))
        d.t(f"Payroll queries: {g.pick(ROLE_MAILS_BY_CONTEXT['payroll'])} or {g.pick(EN_HOTLINES)}")
    else:
        d.w(
            f"[Employee no.|Payroll no.|Staff ref] E{g.digits(5)}   [Tax code|Tax code:|TC] 1257L   NI category A\n"
        )
        d.t(
            f"Basic {gross:,.2f}  Overtime {g.r.randint(0, 400)}.00  Pension {g.r.randint(40, 200)}.15\n"
        )
        d.w(
            f"[Net pay|Take-home|NET] {gross * 0.74:,.2f} [to account ending|paid to a/c ending|into acct ****] {g.digits(4, '0123456789')} (sort code {g.sort_code()})\n"
        )
        d.t(
            f"Queries to {g.pick(ROLE_MAILS_BY_CONTEXT['payroll'])}, payroll line {g.pick(EN_HOTLINES)}"
        )


def en_employment(g: Gen, d: Doc, pii: bool) -> None:
    company = g.pick(COMPANIES)
    d.t(
        g.pick(
            (
                "To whom it may concern,\n\n",
                "RE: Employment and salary verification\n\n",
                "Dear Sir or Madam,\n\n",
            )
        )
    )
    if pii:
        name = g.en_name()
        d.f(
            "This is to confirm that {n} has been employed by {c} since {dt} as a {r} on a permanent contract",
            n=L(name, "PERSON"),
            c=company,
            dt=g.recent_date_en().replace("2026", str(g.r.randint(2009, 2024))),
            r=g.pick(
                (
                    "Senior Care Assistant",
                    "HGV Driver",
                    "Data Analyst",
                    "Site Supervisor",
                    "Teaching Assistant",
                )
            ),
        )
        d.t(f", with a basic annual salary of £{g.r.randint(19, 78)},{g.r.randint(0, 9)}00.\n")
        if g.r.random() < 0.5:
            d.f(
                "Our records show {p} date of birth as {b} and home address as {a}.\n",
                p=g.pick(("their", "the employee's")),
                b=L(g.en_date(g.birth()), "DATE_OF_BIRTH"),
                a=L(g.en_address(), "ADDRESS"),
            )
        if g.r.random() < 0.35:
            d.f("For US payroll purposes the SSN on file is {s}.\n", s=L(g.ssn(), "US_SSN"))
        signer = g.en_name()
        d.f(
            "\nPlease contact me directly on {ph} or {e} with any questions.\n\nYours faithfully,\n{s}\nHR Business Partner, {c}\nSwitchboard {h}",
            ph=L(g.uk_landline_ext() if g.r.random() < 0.6 else g.us_phone(), "PHONE_NUMBER"),
            e=L(
                g.personal_email(signer).split("@")[0]
                + "@"
                + company.split()[0].lower()
                + ".co.uk",
                "EMAIL_ADDRESS",
            ),
            s=L(signer, "PERSON"),
            c=company,
            h=g.pick(EN_HOTLINES),
        )
    else:
        d.w(
            f"{company} [confirms|can confirm|is pleased to confirm] that the [employee named in your request|member of staff you asked about|individual in your letter] (reference {g.ref('VER-')}) is in permanent employment.\n"
        )
        d.t(
            f"Salary band: £{g.r.randint(20, 60)}k–£{g.r.randint(61, 90)}k. Start date {g.recent_date_en()}.\n"
        )
        d.w(
            f"[We do not release further details by e-mail.|Further information needs the employee's written consent.|No other details can be given.] [Verification requests:|Please direct enquiries to|Contact:] {g.pick(ROLE_MAILS_BY_CONTEXT['hr'])}, switchboard {g.pick(EN_HOTLINES)}.\n\nHR Operations, {company}"
        )


def en_tenancy(g: Gen, d: Doc, pii: bool) -> None:
    if pii:
        tenant, landlord = g.en_name(), g.en_person()
        if g.r.random() < 0.5:
            d.t("Extract from assured shorthold tenancy agreement (pages 1–2):\n")
            d.f(
                "THE LANDLORD: {l} of {la}\nTHE TENANT: {t}\nTHE PROPERTY: {pa}\n",
                l=L(landlord, "PERSON"),
                la=L(g.uk_address(), "ADDRESS"),
                t=L(tenant, "PERSON"),
                pa=L(g.uk_address(multiline=g.r.random() < 0.4), "ADDRESS"),
            )
            d.t(
                f"TERM: 12 months from {g.recent_date_en()}. RENT: £{g.r.randint(550, 2400)} per calendar month, payable in advance.\n"
            )
            if g.r.random() < 0.5:
                d.f(
                    "Rent to be paid to the Landlord's account {a}, sort code {s}.",
                    a=L(g.uk_account(), "BANK_ACCOUNT"),
                    s=g.sort_code(),
                )
            else:
                d.f(
                    "Rent to be paid by SEPA transfer to IBAN {i} (landlord resides abroad).",
                    i=L(g.iban_text(g.pick(("ES", "FR", "IT", "DE"))), "IBAN_CODE"),
                )
        else:
            d.t("Tenancy reference — ")
            d.f(
                "{t} rented {pa} from us between {d1} and {d2}. Rent was always paid on time.\n",
                t=L(tenant, "PERSON"),
                pa=L(g.uk_address(), "ADDRESS"),
                d1=g.recent_date_en().replace("2026", "2021"),
                d2=g.recent_date_en(),
            )
            if g.r.random() < 0.5:
                d.f(
                    "Their date of birth per our application form: {b}.\n",
                    b=L(g.en_date(g.birth()), "DATE_OF_BIRTH"),
                )
            d.f(
                "Any questions call me on {ph}. — {l}, landlord",
                ph=L(g.en_phone(), "PHONE_NUMBER"),
                l=L(landlord, "PERSON"),
            )
    else:
        d.t(g.pick(("Tenancy extract: ", "From the lettings agent: ")))
        d.w(
            f"[Rent of|Monthly rent|The rent,] £{g.r.randint(550, 2400)} [pcm is due on the 1st.|per month, falls due on the 1st.|a month, is payable in advance.] Deposit protected with the DPS, certificate {g.ref('DPS')}.\n"
        )
        d.t(
            f"Pay to our client account (Calder Housing Ltd, sort code {g.sort_code()}, account 4{g.digits(7, '0123456789')}), ref {g.ref('TEN')}.\n"
        )
        d.t(
            f"Lettings office: {g.pick(EN_HOTLINES)}, {g.pick(ROLE_MAILS_BY_CONTEXT['lettings'])}. Office closed on {g.recent_date_en()}."
        )


def en_utility(g: Gen, d: Doc, pii: bool) -> None:
    supplier = g.pick(
        ("Octopus Energy", "Thames Water", "British Gas", "Severn Trent", "EDF", "Con Edison")
    )
    d.t(f"{supplier.upper()} — {g.pick(('Your bill', 'Final bill', 'Statement of account'))}\n")
    d.t(
        f"Bill date {g.recent_date_en()}   Account number {g.digits(10, '0123456789')}   Meter serial {g.pick('EFGKL')}{g.digits(8, '0123456789')}\n"
    )
    if pii:
        holder = g.en_person()
        d.f(
            "[Account holder|Customer name|Bill payer|Name on account]: {h}\n",
            h=L(holder, "PERSON"),
        )
        d.f(
            "[Supply address|Property supplied|Service address|Premises]: {a}\n",
            a=L(g.en_address(multiline=g.r.random() < 0.3), "ADDRESS"),
        )
        if g.r.random() < 0.5:
            d.f(
                "[Contact number on file|Tel|Your phone number|Mobile]: {p}\n",
                p=L(g.en_phone(), "PHONE_NUMBER"),
            )
        if g.r.random() < 0.4:
            d.f(
                "[E-bill sent to|Paperless billing:|Bills e-mailed to] {e}\n",
                e=L(g.personal_email(holder), "EMAIL_ADDRESS"),
            )
        d.t(f"Amount due {g.amount()} by {g.recent_date_en()}\n")
        if g.r.random() < 0.4:
            d.f(
                "Direct Debit from account {a} (sort code {s})\n",
                a=L(g.uk_account(), "BANK_ACCOUNT"),
                s=g.sort_code(),
            )
    else:
        d.t(
            f"Amount due {g.amount()}  Usage {g.r.randint(120, 900)} kWh  Standing charge 53.35p/day\n"
        )
        d.t(f"Paying by Direct Debit from account ending {g.digits(4, '0123456789')}.\n")
    d.t(
        f"Questions? Call us on {g.pick(EN_HOTLINES)} or write to {supplier}, PO Box {g.r.randint(100, 9999)}, {g.pick(('Leicester', 'Reading', 'Wolverhampton'))}. Emergencies 0800 111 999."
    )


def en_claim(g: Gen, d: Doc, pii: bool) -> None:
    d.t(f"INSURANCE CLAIM FORM — claim ref {g.ref('CLM-')}, policy {g.ref('HH')}\n")
    kind = g.pick(
        (
            "escape of water",
            "theft from vehicle",
            "storm damage to roof",
            "accidental damage (laptop)",
            "travel — lost baggage",
        )
    )
    if pii:
        holder = g.en_name()
        d.f(
            "1. Policyholder: {n}\n2. Date of birth: {b}\n",
            n=L(holder, "PERSON"),
            b=L(g.en_date(g.birth()), "DATE_OF_BIRTH"),
        )
        d.f("3. Risk address:\n{a}\n", a=L(g.en_address(multiline=True), "ADDRESS"))
        d.f(
            "4. Daytime tel: {p}   e-mail: {e}\n",
            p=L(g.en_phone(), "PHONE_NUMBER"),
            e=L(g.personal_email(holder), "EMAIL_ADDRESS"),
        )
        d.t(f"5. Incident: {kind} on {g.recent_date_en()}. Estimated loss {g.amount()}.\n")
        if g.r.random() < 0.5:
            d.f(
                "6. Witness / third party: {w}, {wp}\n",
                w=L(g.en_person(), "PERSON"),
                wp=L(g.en_phone(), "PHONE_NUMBER"),
            )
        roll = g.r.random()
        if roll < 0.4:
            d.f(
                "7. Excess to be taken from credit card {c} exp {x}\n",
                c=L(g.card(), "CREDIT_CARD"),
                x=f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}",
            )
        elif roll < 0.7:
            d.f(
                "7. Settlement to account {a}, sort {s}\n",
                a=L(g.uk_account(), "BANK_ACCOUNT"),
                s=g.sort_code(),
            )
        else:
            d.f("7. US claimants: SSN {s}\n", s=L(g.ssn(), "US_SSN"))
    else:
        d.w(
            f"[Incident|Cause of loss|What happened]: {kind} on {g.recent_date_en()}. [Estimated loss|Value claimed|Est. cost] {g.amount()}. Excess £{g.pick(('100', '250', '350'))}.\n"
        )
        d.t(
            f"Card used for excess: ending {g.digits(4, '0123456789')}. Loss adjuster ref {g.ref('LA')}.\n"
        )
    d.t(
        f"Send completed forms to {g.pick(ROLE_MAILS_BY_CONTEXT['claims'])}. Claims line {g.pick(EN_HOTLINES)} (8am–8pm)."
    )


def en_medical(g: Gen, d: Doc, pii: bool) -> None:
    hospital = g.pick(
        (
            "St Luke's Medical Center",
            "Riverside Regional Hospital",
            "Mercy General",
            "The Harley Clinic",
        )
    )
    d.t(
        g.pick(
            (
                "Attaching the hospital bill for the hardship review:\n",
                "medical bill, as you asked for the breathing space application\n",
                "",
            )
        )
    )
    d.t(
        f"{hospital}, {g.r.randint(10, 900)} {g.pick(US_STREETS)}, {g.pick(US_CITIES)[0]} — PATIENT STATEMENT\n"
    )
    d.t(
        f"Statement date {g.recent_date_en()}   Invoice {g.ref('INV')}   Visit {g.recent_date_en()}\n"
    )
    if pii:
        patient = g.en_name()
        d.f(
            "Patient: {p}   DOB: {b}\n",
            p=L(patient, "PERSON"),
            b=L(g.en_date(g.birth()), "DATE_OF_BIRTH"),
        )
        if g.r.random() < 0.6:
            d.f(
                "Guarantor: {gname}, {a}\n",
                gname=L(g.en_name(), "PERSON"),
                a=L(g.us_address(), "ADDRESS"),
            )
        if g.r.random() < 0.5:
            d.f("SSN (last filed): {s}\n", s=L(g.ssn(), "US_SSN"))
        d.t(
            f"Balance due ${g.r.randint(300, 48000):,}.00 — insurance paid ${g.r.randint(100, 9000):,}.00\n"
        )
        if g.r.random() < 0.4:
            d.f(
                "Payment taken: card {c} exp {x} CVV on file\n",
                c=L(g.card(), "CREDIT_CARD"),
                x=f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}",
            )
    else:
        d.t(f"Balance due ${g.r.randint(300, 48000):,}.00  CPT 99284  Payment plan {g.ref('PP')}\n")
    d.t(f"Billing office {g.pick(EN_HOTLINES)} · {g.pick(ROLE_MAILS_BY_CONTEXT['medical'])}")


def en_probate(g: Gen, d: Doc, pii: bool) -> None:
    firm = g.pick(
        ("Marlow & Pike LLP", "Greaves Ashton Solicitors", "Holt Brennan & Co", "Fairbairn Law")
    )
    d.t(
        f"{firm}, {g.r.randint(1, 90)} Market Street, {g.pick(UK_TOWNS)[0]}\nOur ref: {g.ref('EST/')}   Your ref: bereavement team\n\n"
    )
    if pii:
        deceased = g.en_person()
        d.f(
            "Re: the estate of {dn}, late of {a}",
            dn=L(deceased, "PERSON"),
            a=L(g.uk_address(), "ADDRESS"),
        )
        if g.r.random() < 0.6:
            d.f(" (born {b})", b=L(g.en_date(g.birth()), "DATE_OF_BIRTH"))
        d.t(f", who died on {g.recent_date_en()}.\n\n")
        d.f(
            "We act for the executors, {e1} and {e2}. ",
            e1=L(g.en_name(), "PERSON"),
            e2=L(g.en_name(), "PERSON"),
        )
        d.f(
            "Please close account {a} and send the balance to our client account quoting our reference.\n",
            a=L(g.uk_account(), "BANK_ACCOUNT"),
        )
        if g.r.random() < 0.5:
            d.f(
                "The residuary beneficiary, {b}, lives overseas; her share should go to IBAN {i}.\n",
                b=L(g.en_name(), "PERSON"),
                i=L(g.iban_text(), "IBAN_CODE"),
            )
        if g.r.random() < 0.3:
            d.f(
                "The deceased also held a US brokerage account (SSN {s}).\n", s=L(g.ssn(), "US_SSN")
            )
        d.f(
            "\nYours faithfully\n{s}\nPrivate Client Team — direct line {p}",
            s=L(g.en_name(), "PERSON"),
            p=L(g.uk_landline_ext(), "PHONE_NUMBER"),
        )
    else:
        d.t(
            "We enclose a sealed copy of the grant of probate dated "
            + g.recent_date_en()
            + " and the death certificate.\n"
        )
        d.t(
            f"Please transfer closing balances to our client account (sort code {g.sort_code()}, account 2{g.digits(7, '0123456789')}) quoting our reference.\n"
        )
        d.t(
            f"\nPrivate Client Team, {firm} — {g.pick(ROLE_MAILS_BY_CONTEXT['probate'])}, tel {g.pick(EN_HOTLINES)}"
        )


def en_statement(g: Gen, d: Doc, pii: bool) -> None:
    d.t(
        g.pick(
            (
                "copied from my online banking:\n",
                "Transaction history (pasted)\n",
                "these are the ones I don't recognise and the rent ones:\n",
            )
        )
    )
    d.t("Date     Description                      Out       In      Balance\n")
    balance = g.r.randint(200, 6000)
    lines = g.r.randint(5, 9)
    named_at = set(g.r.sample(range(lines), k=g.r.randint(1, 2))) if pii else set()
    for i in range(lines):
        day = f"{g.r.randint(1, 28):02d}/{g.r.randint(1, 12):02d}"
        d.t(f"{day}    ")
        if i in named_at:
            kind = g.r.random()
            if kind < 0.5:
                d.f(
                    "FPO {n} {a} REF {r}",
                    n=L(g.pick(EN_FIRST)[0] + " " + g.pick(EN_LAST).upper(), "PERSON"),
                    a=L(g.uk_account(), "BANK_ACCOUNT"),
                    r=g.pick(("RENT", "LOAN BACK", "BIRTHDAY", "CAR SHARE")),
                )
            elif kind < 0.8:
                d.f(
                    "TFR TO {n} {s} {a}",
                    n=L(g.en_name().upper(), "PERSON"),
                    s=g.sort_code().replace("-", ""),
                    a=L(g.uk_account(), "BANK_ACCOUNT"),
                )
            else:
                d.f(
                    "SEPA TO {n} {i}",
                    n=L(g.en_name().upper(), "PERSON"),
                    i=L(g.iban(g.pick(("DE", "ES", "PL", "IE"))), "IBAN_CODE"),
                )
        else:
            d.t(g.pick(MERCHANTS))
        amount = g.r.randint(3, 900)
        balance -= amount
        d.t(f"   {amount:>6}.{g.r.randint(0, 99):02d}            {balance:,}.00\n")
    d.t(g.pick(("", f"statement ref {g.ref('ST')}", f"Card ending {g.digits(4, '0123456789')}")))


def en_collections(g: Gen, d: Doc, pii: bool) -> None:
    d.t(
        f"[Collections] {g.recent_date_en()} — {g.pick(('agent JT4471', 'staff 20931', 'agent ID MK-118', 'agent 7720'))}\n"
    )
    if pii:
        cust = g.en_person()
        third = g.en_name()
        relation = g.pick(
            ("daughter", "son", "husband", "sister", "debt adviser (StepChange)", "carer")
        )
        d.f(
            "[Spoke to|Call from|Outbound to|Inbound:|Left msg with] {r} {t} [on|via|—] {p}[ — |; |. ]",
            r=relation,
            t=L(third, "PERSON"),
            p=L(g.en_phone(), "PHONE_NUMBER"),
        )
        d.f(
            "[third-party authority on file for|TPA confirmed for|calling on behalf of|holds LPA for] {c}. ",
            c=L(cust, "PERSON"),
        )
        if g.r.random() < 0.5:
            d.f(
                "[DPA passed (DOB {b}, postcode). |ID&V ok — DOB {b}. |Verified: date of birth {b}. ]",
                b=L(g.en_date(g.birth()), "DATE_OF_BIRTH"),
            )
        d.f(
            "[Arrears|O/S arrears|Balance behind] {x}. [Promise to pay|PTP|Agreed to pay|Offer of] {y} [on|by|before] {z}",
            x=g.amount(),
            y=g.amount(),
            z=g.recent_date_en(),
        )
        roll = g.r.random()
        if roll < 0.4:
            d.f(
                "[ from {w} account {a}.| via transfer from {w} acct {a}.| (DD set up on {w} a/c {a}).]",
                w=g.pick(("her", "his", "their", "the daughter's")),
                a=L(g.uk_account(), "BANK_ACCOUNT"),
            )
        elif roll < 0.7:
            d.f(
                "[ by debit/credit card {c}, expiry {x}.| on her credit card {c} exp {x}.| — paid by credit card {c} ({x}).]",
                c=L(g.card(), "CREDIT_CARD"),
                x=f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}",
            )
        else:
            d.t(".")
        if g.r.random() < 0.5:
            d.f(
                "[ New correspondence address: {a}.| Letters now to {a}.| Cust moved — {a}.]",
                a=L(g.en_address(), "ADDRESS"),
            )
        if g.r.random() < 0.4:
            d.f(
                "[ Prefers e-mail: {e}.| Email plan to {e}.| Contact by email only ({e}).]",
                e=L(g.personal_email(cust), "EMAIL_ADDRESS"),
            )
        d.t(f" Breathing space ref {g.ref('BS')}. Hold 30 days.")
    else:
        d.w(
            f"[Customer called in, DPA passed.|Inbound from cust — ID&V passed.|Cust rang re letter; security ok.] [Arrears|O/S arrears|Balance behind] {g.amount()}. Promise to pay {g.amount()} on {g.recent_date_en()} from account ending {g.digits(4, '0123456789')}.\n"
        )
        d.t(
            f"Referred to StepChange ({g.pick(EN_HOTLINES)}). I&E form ref {g.ref('IE')}. Next review {g.recent_date_en()}. Mr/Mrs not confirmed — letter addressed 'Dear Customer'."
        )


def en_delivery(g: Gen, d: Doc, pii: bool) -> None:
    if pii:
        cust = g.en_person()
        if g.r.random() < 0.5:
            d.t(g.pick(("Card delivery instructions: ", "Replacement card — courier booking. ")))
            d.f(
                "[Deliver to|Please send it to|Address for delivery:|Courier to] {a}",
                a=L(g.en_address(multiline=g.r.random() < 0.4), "ADDRESS"),
            )
            d.t(f". Gate code {g.r.randint(1000, 9999)}#, ")
            d.f(
                "if out leave with neighbour {n} at no. {h}. ",
                n=L(g.en_person(), "PERSON"),
                h=str(g.r.randint(1, 99)),
            )
            d.f(
                "[Courier can ring|Driver to call|Ring me on arrival:|Mobile for the driver] {p}. ",
                p=L(g.en_phone(), "PHONE_NUMBER"),
            )
            d.f(
                "[Named recipient|Signature required from|Hand to] {c}. [Tracking|Consignment|Parcel no.] {t}.",
                c=L(cust, "PERSON"),
                t=g.ref("DPD"),
            )
        else:
            d.f(
                "Appointment booked for {c} at our {b} branch, {dt} 10:30, mortgage review with {adv}. ",
                c=L(cust, "PERSON"),
                b=g.pick(UK_TOWNS)[0],
                dt=g.recent_date_en(),
                adv=L(g.en_titled(), "PERSON"),
            )
            d.f(
                "Confirmation sent to {e}; reminder SMS to {p}. ",
                e=L(g.personal_email(cust), "EMAIL_ADDRESS"),
                p=L(g.uk_mobile(), "PHONE_NUMBER"),
            )
            d.t(f"Booking ref {g.ref('APT')}. Branch sort code {g.sort_code()}.")
    else:
        d.w(
            f"[Your new card|The replacement card|Your debit card] ending {g.digits(4, '0123456789')} [was dispatched on|left our card centre on|was posted on] {g.recent_date_en()} by Royal Mail Special Delivery, tracking {g.pick('ABCDEFGH')}{g.pick('ABCDEFGH')}{g.digits(9, '0123456789')}GB.\n"
        )
        d.w(
            f"[Key safe code|Gate code|Door entry code] {g.r.randint(1000, 9999)} [is not needed.|noted for the driver.|— not required for post.] Branch appointment {g.ref('APT')} at 14:00 on {g.recent_date_en()}; call {g.pick(EN_HOTLINES)} to rearrange. Thank you, sir."
        )


def en_voicemail(g: Gen, d: Doc, pii: bool) -> None:
    d.t(
        g.pick(
            ("Voicemail transcript (auto): ", "[Dictated note] ", "VM to text — confidence 0.82 — ")
        )
    )
    if pii:
        name = g.en_name()
        d.f(
            "[hi it's|hello this is|hiya it's|good morning my name is] {n} [calling about my account|ringing about the letter|returning your call|about my hardship form] comma ",
            n=L(name, "PERSON"),
        )
        roll = g.r.random()
        digits = "07" + g.digits(9, "0123456789")
        d.f(
            "can you call me back on {p} full stop ",
            p=L(g.spoken_en_digits(digits), "PHONE_NUMBER"),
        )
        first, last = name.lower().split()[0], name.lower().split()[-1].replace("'", "")
        if roll < 0.6:
            d.f(
                "my email is {e} full stop ",
                e=L(
                    f"{first} dot {last} {g.pick(('at sign', 'at'))} {g.pick(('gmail', 'outlook', 'hotmail'))} dot com",
                    "EMAIL_ADDRESS",
                ),
            )
        if g.r.random() < 0.5:
            town, postcode = g.pick(UK_TOWNS)
            d.f(
                "the new address is {a} full stop ",
                a=L(
                    f"{g.r.randint(1, 200)} {g.pick(UK_STREETS)} comma {town} comma {postcode}",
                    "ADDRESS",
                ),
            )
        if g.r.random() < 0.4:
            b = g.birth()
            d.f("date of birth {b} ", b=L(f"{b[2]} {MONTHS[b[1] - 1]} {b[0]}", "DATE_OF_BIRTH"))
        d.t("thanks bye")
    else:
        d.t(
            f"hi this is the branch calling about your appointment comma reference {g.spoken_en_digits(g.digits(6))} full stop please call us back on {g.pick(EN_HOTLINES)} full stop your one time code is {g.spoken_en_digits(g.digits(6))} comma do not share it full stop thanks bye"
        )


def en_travel_remit(g: Gen, d: Doc, pii: bool) -> None:
    if g.r.random() < 0.45:
        country = g.pick(("Spain", "Germany", "France", "Singapore"))
        d.t(
            f"Travel notice: I'll be in {country} from {g.recent_date_en()} to {g.recent_date_en()}, staying at {g.pick(HOTELS)}.\n"
        )
        if pii:
            d.f(
                "Please don't block my credit card {c} (exp {x}). ",
                c=L(g.card(), "CREDIT_CARD"),
                x=f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}",
            )
            d.f(
                "Reachable abroad on {p}",
                p=L(g.pick((g.uk_mobile(), g.sg_phone(), g.us_phone())), "PHONE_NUMBER"),
            )
            if g.r.random() < 0.5:
                d.f(
                    ", or via my cousin {n} who I'm visiting at {a}",
                    n=L(g.en_name(), "PERSON"),
                    a=L(
                        g.pick(
                            (
                                "Calle de Toledo 41, 3º B, 28005 Madrid",
                                "Bergmannstraße 12, 10961 Berlin",
                                "8 Rue des Lilas, 69003 Lyon",
                                "Blk 412 Bedok North Ave 2 #07-118, Singapore 460412",
                            )
                        ),
                        "ADDRESS",
                    ),
                )
            d.t(". Thanks")
        else:
            d.t(
                f"Card ending {g.digits(4, '0123456789')}. Hotel front desk +34 93 {g.digits(3, '0123456789')} {g.digits(4, '0123456789')}. I will call {g.pick(EN_HOTLINES)} if there's a problem."
            )
        return
    corridor = g.pick(("PH", "IN", "PK", "NG", "MX"))
    amount = f"£{g.r.randint(50, 2000)}"
    d.t(
        g.pick(
            (
                "International payment request: ",
                "Remittance to family — ",
                "please send money home for me: ",
            )
        )
    )
    if not pii:
        d.t(
            f"{amount} to the beneficiary saved as 'Mum' (payee ID {g.ref('PY')}), SWIFT {g.pick(('BOPIPHMM', 'SBININBB', 'HABBPKKA', 'FBNINGLA', 'BNMXMXMM'))}, purpose: family support. FX rate locked {g.recent_date_en()}, fee £{g.r.randint(0, 15)}. One-time code {g.digits(6)}."
        )
        return
    if corridor == "PH":
        d.f(
            "{amt} to {n} (my mother) at BPI account {a}, {addr}; mobile {p}.",
            amt=amount,
            n=L(g.pick(PH_NAMES), "PERSON"),
            a=L(g.digits(10, "0123456789"), "BANK_ACCOUNT"),
            addr=L(f"{g.r.randint(1, 300)} Mabini St, Brgy. San Roque, Marikina City", "ADDRESS"),
            p=L(
                f"+63 9{g.digits(2, '0123456789')} {g.digits(3, '0123456789')} {g.digits(4, '0123456789')}",
                "PHONE_NUMBER",
            ),
        )
    elif corridor == "IN":
        d.f(
            "{amt} to {n}, SBI a/c {a}, IFSC SBIN000{i}, phone {p}.",
            amt=amount,
            n=L(g.pick(IN_NAMES), "PERSON"),
            a=L(g.digits(11, "0123456789") + g.digits(3, "0123456789"), "BANK_ACCOUNT"),
            i=g.digits(4, "0123456789"),
            p=L(f"+91 9{g.digits(4, '0123456789')} {g.digits(5, '0123456789')}", "PHONE_NUMBER"),
        )
    elif corridor == "PK":
        d.f(
            "{amt} to {n}, HBL IBAN {i}, CNIC not required. Her number {p}.",
            amt=amount,
            n=L(g.pick(PK_NAMES), "PERSON"),
            i=L(g.iban_text("PK"), "IBAN_CODE"),
            p=L(f"+92 3{g.digits(2, '0123456789')} {g.digits(7, '0123456789')}", "PHONE_NUMBER"),
        )
    elif corridor == "NG":
        d.f(
            "{amt} to my brother {n}, GTBank NUBAN {a}, {addr}.",
            amt=amount,
            n=L(g.pick(NG_NAMES), "PERSON"),
            a=L("0" + g.digits(9, "0123456789"), "BANK_ACCOUNT"),
            addr=L(f"{g.r.randint(1, 60)} Adeola Odeku Street, Victoria Island, Lagos", "ADDRESS"),
        )
    else:
        body = "0" + g.digits(16, "0123456789")
        d.f(
            "{amt} to {n}, CLABE {a}, tel {p}.",
            amt=amount,
            n=L(g.pick(MX_NAMES), "PERSON"),
            a=L(body + clabe_check(body), "BANK_ACCOUNT"),
            p=L(f"+52 55 {g.digits(4, '0123456789')} {g.digits(4, '0123456789')}", "PHONE_NUMBER"),
        )
    if g.r.random() < 0.4:
        d.f(
            " Sender e-mail for the receipt: {e}",
            e=L(g.personal_email(g.en_name()), "EMAIL_ADDRESS"),
        )


EN_GENRES: dict[str, Genre] = {
    "payslip": en_payslip,
    "employment": en_employment,
    "tenancy": en_tenancy,
    "utility": en_utility,
    "claim": en_claim,
    "medical": en_medical,
    "probate": en_probate,
    "statement": en_statement,
    "collections": en_collections,
    "delivery": en_delivery,
    "voicemail": en_voicemail,
    "travel": en_travel_remit,
}


# =========================================================================== Chinese genres


def _zh_ymd_and_id(g: Gen) -> tuple[tuple[int, int, int], str]:
    ymd = g.birth()
    return ymd, g.cn_id(ymd)


def zh_payslip(g: Gen, d: Doc, pii: bool) -> None:
    company = g.pick(ZH_COMPANIES)
    base = g.r.randint(4000, 32000)
    d.t(g.pick(("工资条发您看下：\n", "【工资条】", "按要求提供近一个月工资明细\n", "")))
    d.t(f"{company} {g.r.randint(1, 12)}月工资条\n")
    if pii:
        d.f(
            "[姓名|员工姓名|姓 名]：{n}　[工号|员工编号|编号]：{w}\n",
            n=L(g.zh_name(), "PERSON"),
            w=f"HS{g.digits(5)}",
        )
        if g.r.random() < 0.55:
            d.f("[身份证号|证件号码|身份证]：{i}\n", i=L(g.cn_id(), "CN_ID_CARD"))
        d.t(
            f"基本工资 {base:,}.00　绩效 {g.r.randint(0, 5000)}.00　社保个人部分 -{g.r.randint(300, 1500)}.50　个税 -{g.r.randint(0, 3000)}.00\n"
        )
        d.f(
            "实发工资 {amt} 元，已发放至工资卡 {a}",
            amt=f"{int(base * 0.82):,}.00",
            a=L(g.unionpay_debit(), "BANK_ACCOUNT"),
        )
        d.t(f"（发放日期 {g.recent_date_zh()}）\n")
        if g.r.random() < 0.4:
            d.f("[联系电话|手机|预留电话]：{p}\n", p=L(g.cn_mobile(), "PHONE_NUMBER"))
        d.t(f"如有疑问请联系人事部 {g.pick(ZH_ROLE_MAILS)}")
    else:
        d.t(
            f"工号 HS{g.digits(5)}　部门：{g.pick(('仓储部', '研发二组', '财务中心', '门店运营'))}\n"
        )
        d.t(
            f"基本工资 {base:,}.00　加班费 {g.r.randint(0, 2000)}.00　公积金 -{g.r.randint(200, 1800)}.00\n"
        )
        d.w(
            f"[实发|实发金额|到手] {int(base * 0.82):,}.00 元，[工资卡尾号|发放至尾号|入账卡尾号] {g.digits(4, '0123456789')}。发薪账户为公司对公账户 {g.digits(16, '0123456789')}。\n"
        )
        d.t(f"人事咨询 {g.pick(ZH_ROLE_MAILS)}，客服 {g.pick(ZH_HOTLINES)}")


def zh_employment(g: Gen, d: Doc, pii: bool) -> None:
    company = g.pick(ZH_COMPANIES)
    title = g.pick(("收入证明", "在职证明", "在职及收入证明"))
    d.t(f"{title}\n\n兹证明")
    if pii:
        ymd, cid = _zh_ymd_and_id(g)
        d.f("{n}（身份证号：{i}）", n=L(g.zh_name(), "PERSON"), i=L(cid, "CN_ID_CARD"))
        d.t(
            f"自{g.r.randint(2010, 2024)}年{g.r.randint(1, 12)}月起在我公司{g.pick(('技术部', '销售部', '财务部', '行政部'))}任{g.pick(('工程师', '主管', '会计', '专员'))}，"
        )
        d.t(f"近一年税前月收入约人民币{g.r.randint(5, 40)},000元。")
        if g.r.random() < 0.35:
            d.f("其出生日期为{b}。", b=L(g.zh_date(ymd), "DATE_OF_BIRTH"))
        d.t("\n特此证明。本证明仅用于办理贷款，不作其他用途。\n\n")
        d.f(
            "单位名称（盖章）：{c}\n单位地址：{ca}\n经办人：{h}　联系电话：{p}\n",
            c=company,
            ca=f"{g.pick(CN_PLACES)}{g.r.randint(1, 999)}号{g.r.randint(3, 30)}楼",
            h=L(g.pick((g.zh_name(), g.pick(ZH_SURNAMES) + "经理")), "PERSON"),
            p=L(g.cn_landline_ext(), "PHONE_NUMBER"),
        )
        if g.r.random() < 0.4:
            d.f("经办人邮箱：{e}\n", e=L(g.zh_email(), "EMAIL_ADDRESS"))
    else:
        d.w(
            f"[该员工|该同志|贵行所询员工]（工号 {g.digits(6)}）[为我公司正式在职员工|系我单位在编员工|目前在我司正常工作]，合同期至{g.recent_date_zh()}，月收入区间 1 万至 2 万元。\n"
        )
        d.t(
            f"特此证明。\n\n{company}（盖章）\n人力资源部　电话 {g.pick(ZH_HOTLINES)}　邮箱 {g.pick(ZH_ROLE_MAILS)}\n{g.recent_date_zh()}"
        )


def zh_tenancy(g: Gen, d: Doc, pii: bool) -> None:
    d.t(g.pick(("租房合同节选（第一页）：\n", "房屋租赁合同\n", "截了合同里的几条给您：\n")))
    if pii:
        d.f(
            "出租方（甲方）：{l}，身份证号 {li}\n",
            l=L(g.zh_name(), "PERSON"),
            li=L(g.cn_id(), "CN_ID_CARD"),
        )
        d.f(
            "承租方（乙方）：{t}，联系电话 {p}\n",
            t=L(g.zh_name(), "PERSON"),
            p=L(g.cn_mobile(), "PHONE_NUMBER"),
        )
        d.f("第一条　甲方将位于{a}的房屋出租给乙方居住。\n", a=L(g.cn_address(), "ADDRESS"))
        d.t(
            f"第二条　租期自{g.recent_date_zh()}起至{g.recent_date_zh()}止，月租金{g.r.randint(18, 120)}00元，押一付三。\n"
        )
        if g.r.random() < 0.6:
            d.f(
                "第三条　租金转入甲方{bk}账户 {a}。\n",
                bk=g.pick(("工商银行", "建设银行", "招商银行", "农业银行")),
                a=L(g.unionpay_debit(), "BANK_ACCOUNT"),
            )
        if g.r.random() < 0.3:
            d.f(
                "中介：{m}，{mp}\n",
                m=L(g.pick(ZH_SURNAMES) + g.pick(("经理", "姐", "师傅")), "PERSON"),
                mp=L(g.cn_mobile(), "PHONE_NUMBER"),
            )
    else:
        d.t(f"第二条　租期一年，月租金{g.r.randint(18, 120)}00元，于每月5日前支付。\n")
        d.t(
            f"第三条　租金支付至{g.pick(('链家', '自如', '我爱我家'))}对公账户 {g.digits(19, '0123456789')}，合同编号 {g.ref('ZL')}。\n"
        )
        d.t(
            f"第四条　房屋位于{g.pick(('朝阳区', '浦东新区', '天河区', '南山区'))}，具体以产权证为准。物业客服 {g.pick(ZH_HOTLINES)}。"
        )


def zh_utility(g: Gen, d: Doc, pii: bool) -> None:
    kind = g.pick(("电费", "水费", "燃气费"))
    co = {"电费": "国网电力", "水费": "自来水公司", "燃气费": "燃气集团"}[kind]
    d.t(f"{co}{kind}账单\n户号：{g.digits(10, '0123456789')}　账期：2026年{g.r.randint(1, 12)}月\n")
    if pii:
        d.f("[户名|用户名称|缴费户主|户主]：{n}\n", n=L(g.zh_person(), "PERSON"))
        d.f("[用电地址|用水地址|用气地址|装表地址|服务地址]：{a}\n", a=L(g.cn_address(), "ADDRESS"))
        if g.r.random() < 0.5:
            d.f("[预留手机|联系电话|短信通知号码]：{p}\n", p=L(g.cn_mobile(), "PHONE_NUMBER"))
        d.t(
            f"本期用量 {g.r.randint(20, 600)}　应缴金额 {g.r.randint(30, 900)}.{g.r.randint(10, 99)}元\n"
        )
        if g.r.random() < 0.4:
            d.f(
                "[代扣账户|签约代扣卡号|自动扣款银行卡]：{a}\n",
                a=L(g.unionpay_debit(), "BANK_ACCOUNT"),
            )
        if g.r.random() < 0.35:
            d.f("[电子账单发送至|电子邮箱|账单邮箱]：{e}\n", e=L(g.zh_email(), "EMAIL_ADDRESS"))
    else:
        d.t(
            f"本期用量 {g.r.randint(20, 600)}　应缴金额 {g.r.randint(30, 900)}.{g.r.randint(10, 99)}元　缴费截止{g.recent_date_zh()}\n代扣银行卡尾号 {g.digits(4, '0123456789')}\n"
        )
    d.t(
        f"服务热线 {g.pick(ZH_HOTLINES)}，营业厅地址：{g.pick(CN_PLACES)}{g.r.randint(1, 300)}号（营业时间 9:00-17:00）"
    )


def zh_statement(g: Gen, d: Doc, pii: bool) -> None:
    d.t(
        g.pick(("银行流水粘贴如下：\n", "这是我手机银行导出的明细，帮我看看：\n", "【交易明细】\n"))
    )
    d.t("交易日期　摘要　对方户名/商户　金额　余额\n")
    balance = g.r.randint(2000, 90000)
    lines = g.r.randint(5, 9)
    named_at = set(g.r.sample(range(lines), k=g.r.randint(1, 2))) if pii else set()
    for i in range(lines):
        d.t(f"2026-{g.r.randint(1, 12):02d}-{g.r.randint(1, 28):02d}　")
        amount = g.r.randint(5, 9000)
        balance -= amount
        if i in named_at:
            if g.r.random() < 0.65:
                d.f(
                    "转账支出　{n}　{a}",
                    n=L(g.pick((g.zh_name(), g.pick(TRAD_NAMES))), "PERSON"),
                    a=L(g.unionpay_debit(), "BANK_ACCOUNT"),
                )
            else:
                d.f(
                    "信用卡还款　{n}　信用卡 {c}",
                    n=L(g.zh_name(), "PERSON"),
                    c=L(g.card("unionpay"), "CREDIT_CARD"),
                )
        else:
            d.t(f"{g.pick(('消费', '快捷支付', '代扣', '网银支付'))}　{g.pick(ZH_MERCHANTS)}")
        d.t(f"　-{amount:,}.00　{balance:,}.00\n")
    d.t(g.pick(("", "工资入账那笔是公司对公账户转的。", f"流水号 {g.ref('LS')}")))


def zh_collections(g: Gen, d: Doc, pii: bool) -> None:
    d.t(f"【协商还款记录】{g.recent_date_zh()} 催收员工号 {g.digits(5)}\n")
    if pii:
        cust = g.zh_person()
        third = g.zh_person()
        rel = g.pick(("女儿", "儿子", "爱人", "姐姐", "同事", "律师"))
        d.f(
            "[致电客户{c}，由其{r}{t}代接（{p}），|客户{c}未接，{r}{t}回电（{p}），|{r}{t}（{p}）代客户{c}来电协商，|外呼{c}，转由其{r}{t}沟通，电话{p}，]",
            c=L(cust, "PERSON"),
            r=rel,
            t=L(third, "PERSON"),
            p=L(g.cn_mobile(), "PHONE_NUMBER"),
        )
        d.t(f"已出示授权委托书。逾期金额{g.r.randint(2, 90)},{g.r.randint(100, 999)}元，")
        roll = g.r.random()
        if roll < 0.35:
            d.f(
                "[客户信用卡 {c} 申请分24期，|信用卡{c}已办理停息挂账，|同意信用卡{c}最低还款展期，]",
                c=L(g.card("unionpay"), "CREDIT_CARD"),
            )
        elif roll < 0.7:
            d.f(
                "承诺{dt}前从{a}转入{amt}元，",
                dt=g.recent_date_zh(),
                a=L(g.unionpay_debit(), "BANK_ACCOUNT"),
                amt=str(g.r.randint(500, 8000)),
            )
        else:
            d.f(
                "[核实身份证号 {i}，|证件号{i}已核对，|对方报身份证{i}，]",
                i=L(g.cn_id(), "CN_ID_CARD"),
            )
        if g.r.random() < 0.3:
            d.f(
                "[已核对出生日期{b}，|出生日期{b}无误，|生日{b}核实一致，]",
                b=L(g.zh_date(g.birth()), "DATE_OF_BIRTH"),
            )
        if g.r.random() < 0.4:
            d.f("[新住址{a}，|现搬至{a}，|信函改寄{a}，]", a=L(g.cn_address(), "ADDRESS"))
        if g.r.random() < 0.25:
            d.f(
                "[还款计划已发至客户邮箱{e}，|协议发到{e}，|客户要求邮件联系：{e}，]",
                e=L(g.zh_email(), "EMAIL_ADDRESS"),
            )
        d.t("下次跟进时间一周后。")
    else:
        d.w(
            f"[客户本人接听，已核实身份。|本人来电，身份核验通过。|客户回电，已核身。]逾期{g.r.randint(10, 200)}天，金额{g.r.randint(2, 90)},{g.r.randint(100, 999)}元。客户表示{g.recent_date_zh()}发工资后还款，卡尾号{g.digits(4, '0123456789')}。\n"
        )
        d.t(f"已告知还款可拨打{g.pick(ZH_HOTLINES)}或通过手机银行。先生情绪稳定，无投诉倾向。")


def zh_probate(g: Gen, d: Doc, pii: bool) -> None:
    d.t(g.pick(("（公证书节选）\n", "继承权公证材料摘录：\n", "律师函：关于遗产继承事宜\n")))
    if pii:
        ymd, cid = _zh_ymd_and_id(g)
        d.f("[被继承人|死者|立遗嘱人] {n}，", n=L(g.zh_name(), "PERSON"))
        if g.r.random() < 0.6:
            d.f("[生于|出生日期|出生于]{b}，", b=L(g.zh_date(ymd), "DATE_OF_BIRTH"))
        d.f(
            "公民身份号码{i}，生前住{a}，于{dt}病故。\n",
            i=L(cid, "CN_ID_CARD"),
            a=L(g.cn_address(), "ADDRESS"),
            dt=g.recent_date_zh(),
        )
        d.f(
            "法定继承人为其配偶{s}及子女{c1}、{c2}。",
            s=L(g.zh_name(), "PERSON"),
            c1=L(g.zh_name(), "PERSON"),
            c2=L(g.zh_name(), "PERSON"),
        )
        d.f(
            "被继承人名下{bk}存款账户{a}内余额由上述继承人共同继承。\n",
            bk=g.pick(("工商银行", "中国银行", "交通银行")),
            a=L(g.unionpay_debit(), "BANK_ACCOUNT"),
        )
        if g.r.random() < 0.35:
            d.f(
                "其中继承人{h}现居{c}，其应得份额汇至其境外账户 IBAN {i}。\n",
                h=L(g.zh_name(), "PERSON"),
                c=g.pick(("英国", "德国", "荷兰", "爱尔兰")),
                i=L(g.iban_text(g.pick(("GB", "DE", "NL", "IE"))), "IBAN_CODE"),
            )
        if g.r.random() < 0.5:
            d.f(
                "经办律师：{l}　电话 {p}",
                l=L(g.pick(ZH_SURNAMES) + "律师", "PERSON"),
                p=L(g.cn_landline_ext(), "PHONE_NUMBER"),
            )
    else:
        d.t(
            f"（{g.r.randint(2024, 2026)}）{g.pick(('京', '沪', '粤'))}证民字第{g.r.randint(100, 9999)}号\n"
        )
        d.w(
            f"[申请人提交了死亡证明、亲属关系证明及存款凭证|继承人已提交全部继承材料|当事人已补齐亲属关系公证]，本处已于{g.recent_date_zh()}受理。请银行凭本公证书办理过户。\n"
        )
        d.t(
            f"公证处地址：{g.pick(CN_PLACES)}{g.r.randint(1, 300)}号；咨询电话 {g.pick(ZH_HOTLINES)}。"
        )


def zh_delivery(g: Gen, d: Doc, pii: bool) -> None:
    if pii:
        if g.r.random() < 0.55:
            d.t(g.pick(("快递改派：", "卡片寄送地址变更：", "【顺丰】改派申请 ")))
            d.f(
                "[原地址不在家，麻烦改寄到{a}，|请改派至{a}，|新地址：{a}，|公司地址收不了，改送{a}，]",
                a=L(g.cn_address(), "ADDRESS"),
            )
            d.f(
                "[收件人{n}，电话{p}，|收件人：{n}（{p}），|联系人{n}，手机{p}，]",
                n=L(g.zh_person(), "PERSON"),
                p=L(g.cn_mobile(), "PHONE_NUMBER"),
            )
            d.t(f"门禁密码{g.r.randint(1000, 9999)}#，")
            if g.r.random() < 0.5:
                d.f(
                    "如无人可交给楼下{m}代收。",
                    m=L(g.pick(ZH_SURNAMES) + g.pick(("阿姨", "叔叔", "师傅")), "PERSON"),
                )
            d.t(f"运单号SF{g.digits(12, '0123456789')}")
        else:
            d.f(
                "[上门服务预约：客户{n}，|【上门预约】{n}，|预约单——客户：{n}，]",
                n=L(g.zh_person(), "PERSON"),
            )
            d.f(
                "[地址{a}，联系电话{p}，|上门地址：{a}；电话：{p}；|住{a}，电话{p}，]",
                a=L(g.cn_address(), "ADDRESS"),
                p=L(g.cn_mobile(), "PHONE_NUMBER"),
            )
            if g.r.random() < 0.35:
                d.f(
                    "预约{dt}下午上门激活新办信用卡{c}（有效期{x}），",
                    dt=g.recent_date_zh(),
                    c=L(g.card(g.pick(("unionpay", "visa", "mc"))), "CREDIT_CARD"),
                    x=f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}",
                )
            else:
                d.t(f"预约{g.recent_date_zh()}下午上门激活社保卡，")
            d.f(
                "由{w}负责（工号 {s}）。",
                w=L(g.pick(ZH_SURNAMES) + "经理", "PERSON"),
                s=g.digits(6),
            )
    else:
        d.w(
            f"[您的新卡|补办的借记卡|您申请的换卡]（尾号{g.digits(4, '0123456789')}）[已由EMS寄出|已交顺丰寄送|已从卡中心发出]，运单号{g.pick('EK')}{g.digits(9, '0123456789')}CN。"
        )
        d.t(
            f"如需改派请拨打{g.pick(ZH_HOTLINES)}，验证码{g.digits(6)}请勿告诉他人。网点预约号{g.ref('YY')}，女士请携带身份证原件到{g.pick(('朝阳支行', '静安支行', '天河支行'))}办理。"
        )


def zh_voicemail(g: Gen, d: Doc, pii: bool) -> None:
    d.t(g.pick(("【语音转文字】", "语音留言转写：", "（客户语音，系统自动转写）")))
    if pii:
        d.f("[喂你好我是|您好我叫|你好我这边是|喂喂我是]{n}逗号", n=L(g.zh_name(), "PERSON"))
        phone = g.pick(CN_MOBILE_PREFIXES) + g.digits(8, "0123456789")
        d.f("我的手机号是{p}句号", p=L(g.spoken_zh_digits(phone), "PHONE_NUMBER"))
        if g.r.random() < 0.5:
            d.f(
                "邮箱是{e}句号",
                e=L(
                    f"{g.pick(('lina', 'wangfang', 'chenhao', 'zhou.yu'))}{g.r.randint(1, 99)} 艾特 {g.pick(('qq', '163', 'foxmail'))} 点com",
                    "EMAIL_ADDRESS",
                ),
            )
        roll = g.r.random()
        if roll < 0.35:
            ymd = g.birth()
            d.f(
                "[身份证号码是|证件号是|身份证]{i}句号",
                i=L(g.cn_id(ymd).replace(" ", ""), "CN_ID_CARD"),
            )
        elif roll < 0.6:
            d.f("收款卡号是{a}句号", a=L(g.unionpay_debit().replace(" ", ""), "BANK_ACCOUNT"))
        if g.r.random() < 0.35:
            d.f("[新地址是|我搬家了逗号现在住|快递寄到]{a}句号", a=L(g.cn_address(), "ADDRESS"))
        if g.r.random() < 0.3:
            d.f("[出生日期|我的生日是|生日]{b}句号", b=L(g.zh_date(g.birth()), "DATE_OF_BIRTH"))
        d.t("麻烦尽快回电谢谢")
    else:
        d.t(
            f"您好这里是客服中心逗号您预约的业务编号是{g.spoken_zh_digits(g.digits(6))}句号如有疑问请拨打{g.pick(ZH_HOTLINES)}句号验证码{g.digits(6)}请勿泄露句号谢谢"
        )


def zh_remit(g: Gen, d: Doc, pii: bool) -> None:
    d.t(g.pick(("境外汇款申请：", "想给在国外的家人汇钱，信息如下：", "跨境汇款备注——")))
    if pii:
        if g.r.random() < 0.5:
            d.f("汇款人{n}，身份证{i}；", n=L(g.zh_name(), "PERSON"), i=L(g.cn_id(), "CN_ID_CARD"))
        dest = g.pick(("DE", "GB", "FR", "SG", "US"))
        if dest in ("DE", "GB", "FR"):
            d.f(
                "[收款人{n}（我女儿，在{c}读书），IBAN：{i}，|收款人：{n}，{c}留学，国际账号 {i}，|给儿子{n}汇学费（{c}），IBAN {i}，]",
                n=L(
                    g.pick((g.zh_name(), f"{g.pick(EN_GIVEN_FOR_ZH)} {g.pick(ZH_SURNAMES)}")),
                    "PERSON",
                ),
                c={"DE": "德国", "GB": "英国", "FR": "法国"}[dest],
                i=L(g.iban_text(dest), "IBAN_CODE"),
            )
        elif dest == "SG":
            d.f(
                "收款人{n}，新加坡DBS账户{a}，手机{p}，",
                n=L(g.zh_name(), "PERSON"),
                a=L(
                    g.digits(3, "0123456789")
                    + "-"
                    + g.digits(6, "0123456789")
                    + "-"
                    + g.digits(1, "0123456789"),
                    "BANK_ACCOUNT",
                ),
                p=L(g.sg_phone(), "PHONE_NUMBER"),
            )
        else:
            d.f(
                "收款人{n}，美国账户{a}，住址{addr}，",
                n=L(f"{g.pick(EN_GIVEN_FOR_ZH)} {g.pick(ZH_SURNAMES)}", "PERSON"),
                a=L(g.us_account(), "BANK_ACCOUNT"),
                addr=L(g.us_address(), "ADDRESS"),
            )
        d.t(
            f"金额{g.r.randint(1, 50)},000美元，用途：留学生活费。SWIFT代码 {g.pick(('DEUTDEFF', 'BARCGB22', 'DBSSSGSG', 'CHASUS33', 'BNPAFRPP'))}。"
        )
        if g.r.random() < 0.4:
            d.f("有问题联系我{p}", p=L(g.cn_mobile(), "PHONE_NUMBER"))
    else:
        d.t(
            f"汇往德国，金额5,000欧元，用途：留学学费，收款方为学校对公账户（慕尼黑工业大学），SWIFT BYLADEMM，参考号{g.ref('TUM')}。手续费{g.r.randint(50, 200)}元。咨询{g.pick(ZH_HOTLINES)}。"
        )


def zh_hktw_sgmy(g: Gen, d: Doc, pii: bool) -> None:
    region = g.pick(("HK", "TW", "SG", "MY"))
    if region == "HK":
        d.t("（香港客戶來信）")
        if pii:
            d.f(
                "本人{n}，香港身份證 {h}，",
                n=L(g.zh_person(traditional=True), "PERSON"),
                h=g.hkid(),
            )
            d.f(
                "現居{a}，手提電話{p}。",
                a=L(g.hk_address(), "ADDRESS"),
                p=L(g.hk_phone(), "PHONE_NUMBER"),
            )
            if g.r.random() < 0.5:
                d.f("出生日期{b}。", b=L(g.zh_date(g.birth()), "DATE_OF_BIRTH"))
            d.t("請將月結單改寄新地址，")
            if g.r.random() < 0.5:
                d.f(
                    "並停用信用卡{c}（到期日{x}）。",
                    c=L(g.card(), "CREDIT_CARD"),
                    x=f"{g.r.randint(1, 12):02d}/{g.r.randint(27, 31)}",
                )
            else:
                d.f("電郵{e}。", e=L(g.zh_email(), "EMAIL_ADDRESS"))
        else:
            d.t(
                f"香港身份證 {g.hkid()} 的客戶查詢：月結單編號{g.ref('HK')}，卡號尾數{g.digits(4, '0123456789')}，請致電客戶服務熱線 2233 3000。多謝。"
            )
    elif region == "TW":
        d.t("（台灣客戶）")
        if pii:
            d.f("您好，我是{n}，", n=L(g.pick(TRAD_NAMES), "PERSON"))
            d.f(
                "手機{p}，地址{a}，",
                p=L(g.tw_phone(), "PHONE_NUMBER"),
                a=L(g.tw_address(), "ADDRESS"),
            )
            d.f(
                "想把款項匯到我在台灣的帳戶{acc}。",
                acc=L(g.digits(3, "0123456789") + "-" + g.digits(12, "0123456789"), "BANK_ACCOUNT"),
            )
        else:
            d.t(
                f"客服專線 0800-{g.digits(3, '0123456789')}-{g.digits(3, '0123456789')}，交易序號{g.ref('TW')}，請問手續費多少？謝謝。"
            )
    else:
        d.t("（新加坡华语客户）" if region == "SG" else "（马来西亚客户）")
        if pii:
            name = g.pick((g.zh_name(), f"{g.pick(EN_GIVEN_FOR_ZH)} {g.pick(ZH_SURNAMES)}"))
            d.f("我是{n}，", n=L(name, "PERSON"))
            phone = g.sg_phone() if region == "SG" else g.my_phone()
            d.f("电话{p}，", p=L(phone, "PHONE_NUMBER"))
            if region == "SG":
                d.f(
                    "住在{a}，",
                    a=L(
                        f"Blk {g.r.randint(100, 999)} Tampines St {g.r.randint(11, 99)} #{g.r.randint(2, 15):02d}-{g.r.randint(10, 999)}, Singapore 52{g.digits(4, '0123456789')}",
                        "ADDRESS",
                    ),
                )
            else:
                d.f(
                    "住在{a}，",
                    a=L(
                        f"No. {g.r.randint(1, 90)}, Jalan SS2/{g.r.randint(10, 99)}, 47300 Petaling Jaya, Selangor",
                        "ADDRESS",
                    ),
                )
            d.f("这个月要汇钱给妈妈{m}，", m=L(g.zh_name(), "PERSON"))
            d.f("她的账户{a}，麻烦帮我处理啦。", a=L(g.unionpay_debit(), "BANK_ACCOUNT"))
        else:
            d.t(
                f"请问汇款去中国要几天？参考号{g.ref('SG')}，我已经收到OTP {g.digits(6)}，分行代码{g.digits(3, '0123456789')}。谢谢啦。"
            )


ZH_GENRES: dict[str, Genre] = {
    "gongzitiao": zh_payslip,
    "shouruzhengming": zh_employment,
    "zufang": zh_tenancy,
    "shuidianmei": zh_utility,
    "liushui": zh_statement,
    "cuishou": zh_collections,
    "jicheng": zh_probate,
    "kuaidi": zh_delivery,
    "yuyin": zh_voicemail,
    "huikuan": zh_remit,
    "gangaotai": zh_hktw_sgmy,
}


# =========================================================================== shared hard negatives

EN_OPENERS = (
    "Hi,\n",
    "Morning team,\n",
    "Hello — ",
    "FAO Hardship Team\n",
    "Re: your letter of last week\n",
    "Dear Sir/Madam,\n",
    "hiya, ",
    "Good afternoon,\n",
    "As requested on the phone: ",
    "Further to my call, ",
)
ZH_OPENERS = (
    "您好，",
    "你好！",
    "客服您好：\n",
    "麻烦看一下：",
    "补充材料如下。\n",
    "老师好，",
    "在吗？",
    "您好，按要求提供：\n",
)


def en_noise(g: Gen) -> str:
    last4 = g.digits(4, "0123456789")
    pool = (
        lambda: f"Our helpline is {g.pick(EN_HOTLINES)} (from abroad +44 345 734 5345).",
        lambda: (
            f"Please quote reference {g.ref(g.pick(('CASE-', 'REF', 'TKT#', 'ORD-', 'INV-')))}."
        ),
        lambda: f"The one-time passcode {g.digits(6)} expires in 10 minutes.",
        lambda: f"That's the card ending {last4}.",
        lambda: f"Sort code {g.sort_code()} is the branch, not my account.",
        lambda: f"Balance after this: £{g.r.randint(10, 9000):,}.{g.r.randint(0, 99):02d}.",
        lambda: f"Payment due {g.recent_date_en()}.",
        lambda: g.pick(
            (
                "Thanks in advance!",
                "Kind regards",
                "Cheers",
                "Many thanks, sir.",
                "Thank you madam.",
                "Sent from my iPhone",
            )
        ),
        lambda: f"Handled by staff ID {g.pick(('S', 'EMP', 'U'))}{g.digits(5)}.",
        lambda: f"Replies go to {g.pick(ROLE_MAILS_BY_CONTEXT['bank'])}, which isn't monitored.",
        lambda: (
            f"Routing number {g.digits(9, '0123')} / SWIFT {g.pick(('NWBKGB2L', 'BARCGB22', 'CHASUS33'))}."
        ),
        lambda: (
            f"Door code {g.r.randint(1000, 9999)}, parcel locker PIN {g.digits(4, '0123456789')}."
        ),
        lambda: f"Policy {g.ref('POL')} / claim {g.ref('CL')}.",
        lambda: (
            f"Moving to {g.pick(('Manchester', 'Lagos', 'Manila', 'Karachi', 'Guadalajara', 'Pune'))} next spring."
        ),
        lambda: (
            f"Account ending {last4}, opened {g.recent_date_en().replace('2026', str(g.r.randint(2001, 2025)))}."
        ),
        lambda: (
            f"Bought at {g.pick(MERCHANTS).title()} for £{g.r.randint(3, 300)}.{g.r.randint(0, 99):02d}."
        ),
        lambda: f"Paid to {g.pick(COMPANIES)}'s business account, invoice {g.ref('INV-')}.",
    )
    return " ".join(pool[i]() for i in g.r.sample(range(len(pool)), k=g.r.randint(1, 2)))


def zh_noise(g: Gen) -> str:
    pool = (
        lambda: f"客服热线{g.pick(ZH_HOTLINES)}。",
        lambda: f"验证码{g.digits(6)}，5分钟内有效。",
        lambda: f"卡号尾号{g.digits(4, '0123456789')}。",
        lambda: f"订单号{g.ref('')}，工单号{g.ref('GD')}。",
        lambda: f"金额{g.r.randint(10, 90000):,}元，{g.recent_date_zh()}到期。",
        lambda: g.pick(
            (
                "谢谢！",
                "麻烦了。",
                "辛苦了～",
                "先生您好，已收到。",
                "女士请注意查收。",
                "发自我的华为手机",
            )
        ),
        lambda: f"客户经理工号{g.digits(6)}。",
        lambda: f"收款方为对公账户{g.digits(19, '0123456789')}（{g.pick(ZH_COMPANIES)}）。",
        lambda: f"联行号{g.digits(12, '0123456789')}，网点号{g.digits(4, '0123456789')}。",
        lambda: f"下周去{g.pick(('成都', '西安', '厦门', '香港', '新加坡', '吉隆坡'))}出差。",
        lambda: f"在{g.pick(ZH_MERCHANTS)}消费{g.r.randint(5, 900)}.{g.r.randint(0, 99):02d}元。",
        lambda: f"人事邮箱{g.pick(ZH_ROLE_MAILS)}。",
    )
    return "".join(pool[i]() for i in g.r.sample(range(len(pool)), k=g.r.randint(1, 2)))


OPENERS = {"en": EN_OPENERS, "zh": ZH_OPENERS}
NOISE = {"en": en_noise, "zh": zh_noise}


def _noise_separator(gen: Gen, lang: str, text: str) -> str:
    # Chinese runs on without a space, but not straight after an e-mail or a number.
    if lang == "en":
        return gen.pick(("\n", " ", "\n\n"))
    return "\n" if text[-1:].isascii() else gen.pick(("\n", ""))


PII_FREE_SHARE = 0.3


def _rows_for(
    lang: str, genres: dict[str, Genre], count: int, rng: random.Random, start: int
) -> list[dict]:
    gen = Gen(rng)
    names = list(genres)
    free = round(count * PII_FREE_SHARE)
    flags = [False] * free + [True] * (count - free)
    rng.shuffle(flags)
    rows = []
    for offset, has_pii in enumerate(flags):
        genre = names[offset % len(names)]
        doc = Doc(rng)
        # A positive template can draw no optional field; redraw until it carries personal data.
        for _ in range(20):
            doc = Doc(rng)
            if rng.random() < 0.35:
                doc.t(gen.pick(OPENERS[lang]))
            genres[genre](gen, doc, has_pii)
            if rng.random() < 0.55:
                doc.t(_noise_separator(gen, lang, doc.text) + NOISE[lang](gen))
            if not has_pii or doc.spans:
                break
        rows.append(
            {
                "id": f"v13-{lang}-{genre}-{start + offset:04d}",
                "text": doc.text,
                "lang": lang,
                "spans": doc.spans,
            }
        )
    return rows


def generate(n: int = 600, seed: int = 13018) -> list[dict]:
    """``n`` messages, half English and half Chinese (English gets the odd one), deterministic for
    ``seed``; about 30% of each language carry no personal data."""
    rng = random.Random(seed)
    n_en = n - n // 2
    rows = _rows_for("en", EN_GENRES, n_en, rng, 0)
    rows += _rows_for("zh", ZH_GENRES, n // 2, rng, n_en)
    return rows


def stats(rows: list[dict]) -> dict[str, Counter[str]]:
    by_label: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    by_genre: Counter[str] = Counter()
    pii_free: Counter[str] = Counter()
    for row in rows:
        by_lang[row["lang"]] += 1
        by_genre[row["id"].split("-")[1] + "-" + row["id"].split("-")[2]] += 1
        if not row["spans"]:
            pii_free[row["lang"]] += 1
        for span in row["spans"]:
            by_label[f"{row['lang']} {span['label']}"] += 1
    return {"label": by_label, "language": by_lang, "genre": by_genre, "pii_free": pii_free}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=13018)
    parser.add_argument(
        "--stats", action="store_true", help="print counts per label, language and genre"
    )
    parser.add_argument(
        "--show", type=int, default=0, help="print the first N rows with their spans"
    )
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    for row in rows[: args.show]:
        print(row["id"], repr(row["text"]))
        for span in row["spans"]:
            print("   ", span["label"], repr(row["text"][span["start"] : span["end"]]))
    if args.stats or not args.show:
        counts = stats(rows)
        for section in ("language", "pii_free", "label", "genre"):
            print(f"[{section}]")
            for key, value in sorted(counts[section].items()):
                print(f"  {key:32} {value}")


if __name__ == "__main__":
    main()
