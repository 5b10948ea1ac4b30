"""Fifteenth independent bilingual PII evaluation set (issue 18), written blind.

    PYTHONPATH=. python benchmarks/pii_heldout15/generator.py [--n 600] [--seed 15018] [--stats]

How it was written: blind. Its author opened only ``benchmarks/pii_quality.py`` (the scorer, for
its labelling rules and how blind sets are registered), ``README.md`` and ``pyproject.toml``;
never the engine under ``steward/``, its lexicons, the tests, the dev generators or any earlier
independent set. Every template, name list and helper here is new; numbers come from the
checksum helpers below (Luhn, ISO 13616 mod-97 with the FR/ES/NL national keys, GB 11643 with
``X``, SSA rules for SSNs), never copied from a list.

Rows: ``{"id": "v15-{lang}-{genre}-{index:04d}", "text", "lang", "spans": [{"start", "end",
"label"}]}``, half English, half Chinese; 30% of each language carries no personal data (hard
negatives in the same genres). Text is composed from parts, and a ``(label, value)`` part becomes
a span exactly on the value.

Genres. English: ``chat_export`` (WhatsApp/Telegram exports with timestamps and display names such
as ``[09:41] Priya N.:``), ``email_thread`` (``On ..., X wrote:`` and ``>`` quoted replies),
``forwarded_headers`` (From:/To:/Cc:/Date: blocks), ``intl_contact_update`` (SG/AU/CA/IE/IN/UK/US
phones and addresses), ``iban_payee`` (DE/FR/NL/ES/IT/GB/IE IBANs in paper groups of four and
electronic form, BICs beside them), ``name_spelling`` (KYC mismatches: particles van der/de la/
bin/al-, Spanish double surnames, hyphens, O'/Mc, Vietnamese and Korean order), ``dob_check``
(dates of birth as ``3rd March 1985``, ``03.03.1985``, ``3/3/85``...), ``social_post`` (public
complaints about a branch by a poster who overshares), ``parcel_label`` (courier labels pasted
into a card-delivery query), ``joint_application`` (two applicants), ``tax_self_cert`` (CRS/FATCA
self-certifications with SSNs), ``crm_duplicate`` (two customer records compared for a merge),
``sms_export`` (SMS backups with contact names). Chinese: ``wechat_export`` (微信聊天记录导出),
``xiaohongshu_post`` and ``weibo_post`` (吐槽帖 with the poster's own details), ``hukouben_paste``
(户口本), ``fangchanzheng_paste`` (不动产权证书), ``kuaidi_miandan`` (快递面单), ``rural_address``
(村/组/号), ``border_region`` (新疆/西藏 with 维吾尔族/藏族 names), ``taiwan_letter`` (繁體,
民國 dates, 09xx mobiles), ``hk_mixed`` (港式 ``Kelvin Cheung（張家豪）``), ``email_forward_zh``
(发件人/收件人/抄送 and 引用), ``overseas_iban_zh`` (汇款给留学子女), ``identity_check_zh``
(出生日期 written many ways, IDs ending in X).

Conventions (pii_quality.py's docstring first; where it is silent, decided here):
- PERSON: any private individual's name, customers, relatives and bank staff alike, in every
  form it appears (full, given name alone, ``Priya N.`` display names, ``Kelvin 张``); a name is
  one span including particles (``van der Berg``, ``bin Rashid al-Mansouri``) and the ``·`` of
  minority names. Public figures, fictional characters, brands and firms named after people
  (Morgan Stanley, 李宁, 周大福) and streets named after people are never spanned. Bank and
  company display names (``Steward Bank``) are not persons.
- ADDRESS: a private person's home or delivery address, one span from the flat/house to the
  postcode (or 室/号/组); branch, office, depot and business addresses are not spanned, nor is a
  postcode, city or country alone. A property's 坐落 on a title deed is the owner's ADDRESS.
- PHONE_NUMBER / EMAIL_ADDRESS: personal ones only; hotlines (1800/1300/0345/400/95xxx),
  branch and switchboard lines and role mailboxes (support@, noreply@, kefu@) are not spanned.
- BANK_ACCOUNT: the account number only; sort codes, BSBs, transit/institution numbers, IFSC,
  routing numbers and SWIFT/BIC are not spanned. A UnionPay 62... card of 16-19 digits is
  BANK_ACCOUNT unless a credit-card cue (信用卡/credit card) is beside it.
- IBAN_CODE: the whole IBAN in paper or electronic form. US_SSN, CN_ID_CARD: the number as
  written. DATE_OF_BIRTH: the date only, in whatever form (``民国74年3月3日`` whole); other dates
  (appointments, expiry, transactions, 民國114年 letters) are not spanned.
- Never spanned: order, tracking, transaction and case references (including 16-digit ones that
  fail Luhn), SKUs/EANs, company registration numbers (ABN, UEN, EIN, 统一社会信用代码), masked
  cards and last four digits, OTPs, amounts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

PERSON = "PERSON"
ADDRESS = "ADDRESS"
PHONE = "PHONE_NUMBER"
EMAIL = "EMAIL_ADDRESS"
CARD = "CREDIT_CARD"
ACCOUNT = "BANK_ACCOUNT"
IBAN = "IBAN_CODE"
SSN = "US_SSN"
CN_ID = "CN_ID_CARD"
DOB = "DATE_OF_BIRTH"
LABELS = (PERSON, ADDRESS, PHONE, EMAIL, CARD, ACCOUNT, IBAN, SSN, CN_ID, DOB)

Part = str | tuple[str, str]
Row = dict[str, object]
NEGATIVE_SHARE = 0.3
DIGITS = "0123456789"


def compose(parts: list[Part]) -> tuple[str, list[dict[str, object]]]:
    """Join the parts; each ``(label, value)`` part becomes a span exactly on its value."""
    text: list[str] = []
    spans: list[dict[str, object]] = []
    cursor = 0
    for part in parts:
        if isinstance(part, tuple):
            label, value = part
            spans.append({"start": cursor, "end": cursor + len(value), "label": label})
            text.append(value)
            cursor += len(value)
        else:
            text.append(part)
            cursor += len(part)
    return "".join(text), spans


# --- checksums (own helpers) -----------------------------------------------------------------


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass Luhn."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:  # these get doubled once the check digit is appended
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return luhn_check_digit("".join(digits[:-1])) == digits[-1]


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616: 98 minus the rearranged number (letters as 10..35) mod 97."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check(body17: str) -> str:
    """GB 11643-1999 check character (0-9 or X)."""
    total = sum(int(c) * w for c, w in zip(body17, CN_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def ssn_valid(ssn: str) -> bool:
    """SSA rules: area not 000/666/900-999, group not 00, serial not 0000."""
    digits = "".join(c for c in ssn if c.isdigit())
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return len(digits) == 9 and area not in (0, 666) and area < 900 and group > 0 and serial > 0


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def es_control(digits: str) -> str:
    weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
    value = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return {11: "0", 10: "1"}.get(value, str(value))


def nl_elfproef(account: str) -> bool:
    return sum(int(d) * w for d, w in zip(account, range(10, 0, -1), strict=True)) % 11 == 0


def aba_valid(routing: str) -> bool:
    d = [int(c) for c in routing]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))


# --- names -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    given: str
    family: str
    family_first: bool = False

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    @property
    def first_word(self) -> str:
        """What friends call them: the given name (its first word)."""
        return self.given.split()[0]


# origin -> (given names, family names, family name written first)
EN_ORIGINS: dict[str, tuple[list[str], list[str], bool]] = {
    "nigerian": (
        ["Chukwuemeka", "Adaeze", "Oluwaseun", "Ngozi", "Babatunde", "Funmilayo", "Chidi"],
        ["Okonkwo", "Nwosu", "Adeyemi", "Eze", "Olawale", "Bakare", "Okafor", "Ogunleye"],
        False,
    ),
    "indian": (
        ["Priya", "Rohan", "Lakshmi", "Arjun", "Harpreet", "Sunita", "Venkat", "Ananya"],
        ["Natarajan", "Mehta", "Venkataraman", "Bhattacharya", "Sandhu", "Deshpande", "Pillai"],
        False,
    ),
    "arabic": (
        ["Khalid", "Omar", "Layla", "Yousef", "Noor", "Rania", "Hamid", "Samira"],
        ["al-Mansouri", "Abdel-Rahman", "Haddad", "al-Amin", "al-Hashimi", "El-Sayed"],
        False,
    ),
    # bin/binti follow the person's sex, so the Malay and Gulf patronymics come in two lists
    "malay_men": (["Hamid", "Faizal", "Azman"], ["bin Yusof", "bin Abdullah", "bin Ismail"], False),
    "malay_women": (
        ["Nurul Aina", "Siti Khadijah", "Nur Hidayah"],
        ["binti Ismail", "binti Osman", "binti Rahman"],
        False,
    ),
    "gulf_men": (
        ["Khalid", "Yousef", "Tariq", "Saeed"],
        ["bin Rashid al-Mansouri", "bin Saeed al-Ketbi", "bin Hamad al-Thani"],
        False,
    ),
    "vietnamese": (
        ["Thi Lan", "Van Minh", "Thu Ha", "Quang Huy", "Ngoc Anh", "Duc Thang"],
        ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"],
        True,
    ),
    "korean": (
        ["Ji-woo", "Seo-yeon", "Min-jun", "Hae-won", "Do-hyun", "Yu-na"],
        ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"],
        True,
    ),
    "spanish": (
        ["María José", "Alejandro", "Carmen", "Javier", "Lucía", "Andrés"],
        [
            "García Moreno",
            "Ruiz de la Fuente",
            "Ortega Villanueva",
            "Fernández-Castro",
            "Sánchez Ibarra",
        ],
        False,
    ),
    "dutch": (
        ["Jan", "Annelies", "Pieter", "Femke", "Joost", "Sanne"],
        ["van der Berg", "de Vries", "van den Heuvel", "ter Horst", "van Dijk", "de Jong"],
        False,
    ),
    "irish_scots": (
        ["Siobhán", "Callum", "Niamh", "Eoin", "Aoife", "Ciarán"],
        ["O'Sullivan", "McAllister", "O'Connor-Walsh", "MacLeod", "McGrath", "O'Donoghue"],
        False,
    ),
    "hyphenated": (
        ["Sophie", "Oliver", "Hannah", "Marcus", "Chloe", "Dominic"],
        ["Carter-Lewis", "Ashworth-Khan", "Lloyd-Bennett", "Fairbairn-Stewart", "Hughes-Mensah"],
        False,
    ),
    "singaporean": (
        ["Wei Jie", "Mei Ling", "Boon Huat", "Hui Min"],
        ["Tan", "Lim", "Goh", "Teo"],
        True,
    ),
    "hongkong": (
        ["Kelvin", "Winnie", "Ivan", "Janice", "Ken", "Yvonne"],
        ["Cheung", "Chan", "Leung", "Wong", "Lau", "Tsang"],
        False,
    ),
    "taiwanese": (
        ["Yi-hsuan", "Chih-wei", "Pei-chun", "Kuan-ting", "Ya-ting"],
        ["Chen", "Lin", "Hsu", "Huang", "Chang"],
        True,
    ),
}

ZH_SURNAMES = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "黄",
    "赵",
    "周",
    "吴",
    "徐",
    "孙",
    "马",
    "朱",
    "胡",
    "郭",
    "何",
    "林",
    "罗",
    "高",
    "郑",
    "梁",
    "宋",
    "唐",
]
ZH_COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "慕容", "端木", "皇甫", "公孙"]
ZH_GIVEN = [
    "建国",
    "秀英",
    "晓燕",
    "俊杰",
    "海涛",
    "慧敏",
    "志强",
    "婷婷",
    "思远",
    "文静",
    "婉清",
    "子涵",
    "嘉怡",
    "明轩",
    "雨桐",
    "国庆",
    "桂兰",
    "春花",
    "宇航",
    "一诺",
    "振华",
    "丽娟",
    "德明",
    "淑芬",
    "浩然",
    "欣怡",
    "卫东",
    "玉兰",
]
ZH_MINORITY = [
    "阿依古丽·买买提",
    "艾尔肯·吐尔逊",
    "古丽娜尔·阿不都拉",
    "热依拉·艾力",
    "买买提江·阿不来提",
    "努尔比亚·吾斯曼",
    "扎西顿珠",
    "次仁卓玛",
    "格桑央金",
    "旦增尼玛",
    "其木格·宝音",
    "乌云其其格",
]
# 繁體 name with its Wade-Giles style romanisation (given, family), as on a Taiwanese passport
TW_PEOPLE = [
    ("陳怡萱", "Yi-hsuan", "Chen"),
    ("林志偉", "Chih-wei", "Lin"),
    ("許佩君", "Pei-chun", "Hsu"),
    ("黃冠廷", "Kuan-ting", "Huang"),
    ("張雅婷", "Ya-ting", "Chang"),
    ("吳承翰", "Cheng-han", "Wu"),
    ("蔡宜蓁", "Yi-chen", "Tsai"),
    ("鄭家豪", "Chia-hao", "Cheng"),
]
HK_PAIRS = [
    ("Kelvin", "Cheung", "張家豪"),
    ("Winnie", "Chan", "陳慧玲"),
    ("Ivan", "Leung", "梁志輝"),
    ("Janice", "Wong", "黃詠詩"),
    ("Ken", "Lau", "劉建明"),
    ("Yvonne", "Tsang", "曾曉琳"),
]

ZH_MAIL_STEMS = ["xiaoyu", "wanghai", "ayigul", "tashi", "ouyang", "lixia", "chenjing"]
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
CN_NUMERALS = "〇一二三四五六七八九"


def cn_small_number(value: int) -> str:
    """1..31 in Chinese numerals (十一, 二十, 三十一)."""
    tens, units = divmod(value, 10)
    if tens == 0:
        return CN_NUMERALS[units]
    head = "" if tens == 1 else CN_NUMERALS[tens]
    return head + "十" + (CN_NUMERALS[units] if units else "")


COUNTRIES = ("SG", "AU", "CA", "IE", "IN", "UK", "US")
COUNTRY_EN = {
    "SG": "Singapore",
    "AU": "Australia",
    "CA": "Canada",
    "IE": "Ireland",
    "IN": "India",
    "UK": "the UK",
    "US": "the States",
}
# a student's lodging in the country of the IBAN (streets are real, numbers made up)
STUDENT_STREETS = {
    "DE": ("Goethestraße", "80336 München"),
    "FR": ("rue Monge", "75005 Paris"),
    "NL": ("Oudegracht", "3511 AH Utrecht"),
    "ES": ("Calle de Toledo", "28005 Madrid"),
    "IT": ("Via Zamboni", "40126 Bologna"),
}


class Gen:
    """Random values of every kind, from one seeded ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, options: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(options)

    def digits(self, count: int, first: str = DIGITS) -> str:
        head = self.rng.choice(first)
        return head + "".join(self.rng.choice(DIGITS) for _ in range(count - 1))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def either(
        self, p: float, first: list[Part], otherwise: list[Part] | None = None
    ) -> list[Part]:
        """``first`` with probability ``p``, else ``otherwise`` (nothing by default)."""
        return first if self.chance(p) else (otherwise or [])

    # people ------------------------------------------------------------------------------
    def en_name(self) -> Name:
        givens, families, family_first = EN_ORIGINS[self.rng.choice(sorted(EN_ORIGINS))]
        return Name(self.pick(givens), self.pick(families), family_first)

    def display(self, name: Name) -> str:
        """A chat display name: full, ``Priya N.``, or the given name alone."""
        initial = name.family.split()[-1].split("-")[0].lstrip("'")
        initial = (
            initial[2] if initial.startswith(("O'", "al")) and len(initial) > 2 else initial[0]
        )
        return self.pick([name.full, f"{name.first_word} {initial.upper()}.", name.first_word])

    def zh_name(self) -> str:
        roll = self.rng.random()
        if roll < 0.25:
            return self.pick(ZH_COMPOUND_SURNAMES) + self.pick(ZH_GIVEN)
        if roll < 0.4:
            return self.pick(ZH_MINORITY)
        surname = self.pick(ZH_SURNAMES)
        given = self.pick(ZH_GIVEN)
        return surname + (given if self.chance(0.8) else given[0])

    def email_for(self, name: Name, domains: list[str] | None = None) -> str:
        given = ascii_fold(name.given.replace(" ", "")).lower()
        family = ascii_fold(name.family.replace(" ", "").replace("'", "")).lower()
        local = self.pick(
            [
                f"{given}.{family}",
                f"{given[0]}{family}",
                f"{family}.{given}{self.digits(2)}",
                f"{given}_{family[:4]}{self.digits(3)}",
            ]
        )
        domains = domains or (
            [
                "gmail.com",
                "outlook.com",
                "yahoo.co.in",
                "bigpond.com",
                "eircom.net",
                "hotmail.com.sg",
                "icloud.com",
                "rogers.com",
                "btinternet.com",
                "proton.me",
            ]
        )
        return f"{local}@{self.pick(domains)}"

    def zh_email(self) -> str:
        return self.pick(
            [
                f"{self.digits(self.rng.randint(8, 10), '123456789')}@qq.com",
                f"{self.pick(ZH_MAIL_STEMS)}{self.digits(4)}@"
                f"{self.pick(['163.com', '126.com', 'sina.com', 'foxmail.com'])}",
            ]
        )

    def child_birth(self, parent: date) -> date:
        """A birth date 20-38 years after the parent's (a junior account holder is young)."""
        year = min(parent.year + self.rng.randint(20, 38), 2019)
        return date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))

    def student_address(self, country: str) -> str:
        street, town = STUDENT_STREETS[country]
        number = self.rng.randint(1, 140)
        if country == "FR":
            return f"{self.pick(['', 'Appt 3, '])}{number} {street}, {town}"
        if country == "NL":
            return f"{street} {number}{self.pick(['', '-bis', ' B'])}, {town}"
        flat = {"DE": ", 2. OG", "ES": ", 2º B", "IT": ", int. 7"}[country]
        return f"{street} {number}{self.pick(['', flat])}, {town}"

    def birth(self) -> date:
        year = self.rng.randint(1948, 2006)
        month = self.rng.randint(1, 12)
        return date(year, month, self.rng.randint(1, 28))

    def dob_en(self, born: date) -> str:
        day = born.day
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        month = MONTHS[born.month - 1]
        return self.pick(
            [
                f"{day}{suffix} {month} {born.year}",
                f"{day:02d}/{born.month:02d}/{born.year}",
                f"{month} {day}, {born.year}",
                born.isoformat(),
                f"{day} {month[:3]} {born.year}",
                f"{day:02d}.{born.month:02d}.{born.year}",
                f"{born.month}/{day}/{born.year % 100:02d}",
                f"{day}-{month[:3].upper()}-{born.year}",
            ]
        )

    def dob_zh(self, born: date, traditional: bool = False) -> str:
        y, m, d = born.year, born.month, born.day
        era = "民國" if traditional else "民国"
        spelled = "".join(CN_NUMERALS[int(c)] for c in str(y))
        return self.pick(
            [
                f"{y}年{m}月{d}日",
                f"{y % 100:02d}/{m:02d}/{d:02d}",
                f"{era}{y - 1911}年{m}月{d}日",
                f"{y}.{m}.{d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{spelled}年{cn_small_number(m)}月{cn_small_number(d)}日",
                f"{y}年{m:02d}月{d:02d}日",
                f"{y % 100}年{m}月{d}号",
                f"{y}{m:02d}{d:02d}",
            ]
        )

    # numbers -----------------------------------------------------------------------------
    def luhn_number(self, prefix: str, length: int) -> str:
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_check_digit(body)

    def not_luhn(self, prefix: str, length: int) -> str:
        """Same shape as a card, deliberately failing Luhn (a reference, not a card)."""
        body = prefix + self.digits(length - len(prefix) - 1)
        good = int(luhn_check_digit(body))
        return body + str((good + self.rng.randint(1, 9)) % 10)

    @staticmethod
    def grouped(number: str, size: int = 4, sep: str = " ") -> str:
        return sep.join(number[i : i + size] for i in range(0, len(number), size))

    def credit_card(self) -> str:
        kind = self.rng.randrange(4)
        if kind == 0:
            number = self.luhn_number("4", 16)
        elif kind == 1:
            number = self.luhn_number(self.pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
        elif kind == 2:
            number = self.luhn_number(self.pick(["34", "37"]), 15)
            return self.pick([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
        else:
            number = self.luhn_number(self.pick(["4", "5"]), 16)
        return self.pick([number, self.grouped(number), self.grouped(number, sep="-")])

    def unionpay(self) -> str:
        prefix = self.pick(["6222", "6217", "6228", "6212", "6230"])
        number = self.luhn_number(prefix, self.rng.choice([16, 17, 19]))
        return self.pick([number, self.grouped(number)])

    def ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        value = f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
        return self.pick(
            [f"{value[:3]}-{value[3:5]}-{value[5:]}", f"{value[:3]} {value[3:5]} {value[5:]}"]
        )

    def cn_id(self, born: date, want_x: bool | None = None) -> str:
        region = self.pick(
            [
                "110105",
                "310104",
                "440305",
                "650102",
                "540102",
                "411625",
                "510107",
                "420106",
                "330106",
                "653101",
                "540202",
                "371721",
                "522427",
            ]
        )
        if want_x is None:
            want_x = self.chance(0.3)
        for _ in range(200):
            body = region + born.strftime("%Y%m%d") + self.digits(3)
            check = cn_id_check(body)
            if (check == "X") == want_x:
                return body + check
        return body + check

    def iban(self, country: str | None = None) -> str:
        country = country or self.pick(["DE", "FR", "NL", "ES", "IT", "GB", "IE"])
        if country == "DE":
            bban = self.digits(8, "1234567") + self.digits(10)
        elif country == "FR":
            bank, branch, account = self.digits(5, "123"), self.digits(5), self.digits(11)
            bban = bank + branch + account + fr_rib_key(bank, branch, account)
        elif country == "NL":
            while not nl_elfproef(account := self.digits(10)):
                pass
            bban = self.pick(["ABNA", "INGB", "RABO", "SNSB"]) + account
        elif country == "ES":
            bank, branch, account = self.digits(4), self.digits(4), self.digits(10)
            bban = bank + branch + es_control("00" + bank + branch) + es_control(account) + account
        elif country == "IT":
            # the CIN letter is the Italian national check; not modelled (mod-97 is)
            bban = self.pick(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) + self.digits(10) + self.digits(12)
        else:  # GB and IE: bank code, sort code, account
            code = self.pick(
                ["NWBK", "BARC", "LOYD", "MIDL"] if country == "GB" else ["AIBK", "BOFI"]
            )
            bban = code + self.digits(6) + self.digits(8)
        compact = country + iban_check_digits(country, bban) + bban
        return self.pick([compact, self.grouped(compact)])

    def swift(self) -> str:
        return self.pick(
            [
                "DEUTDEFF",
                "BNPAFRPP",
                "INGBNL2A",
                "CAIXESBB",
                "UNCRITMM",
                "NWBKGB2L",
                "AIBKIE2D",
                "DBSSSGSG",
                "HSBCHKHH",
                "ICBKCNBJ",
                "BKCHCNBJ",
                "CTBAAU2S",
            ]
        )

    def tracking(self) -> str:
        alnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return self.pick(
            [
                "1Z" + "".join(self.rng.choice(alnum) for _ in range(6)) + self.digits(10),
                self.pick(["JD", "RR", "LX", "CP"])
                + self.digits(9)
                + self.pick(["GB", "AU", "SG", "CA"]),
                self.digits(12, "7"),
                self.order_number(),
            ]
        )

    def order_number(self) -> str:
        """A marketplace order number (3-7-7 digits), Luhn-invalid so it can never be a card."""
        order = self.not_luhn("1", 17)
        return f"{order[:3]}-{order[3:10]}-{order[10:]}"

    def zh_waybill(self) -> str:
        return self.pick(
            [
                "SF" + self.digits(13),
                "YT" + self.digits(13),
                self.digits(15, "7"),
                "JDVA" + self.digits(11),
                self.digits(13, "9"),
            ]
        )

    def company_number(self, country: str) -> str:
        if country == "AU":
            groups = [self.digits(2, "1234567"), self.digits(3), self.digits(3), self.digits(3)]
            return "ABN " + " ".join(groups)
        if country == "SG":
            return f"UEN {self.rng.randint(2005, 2023)}{self.digits(5)}{self.pick(list('KMNRWZ'))}"
        if country == "US":
            return f"EIN {self.digits(2, '1234')}-{self.digits(7)}"
        if country == "IN":
            return f"CIN U65999MH{self.rng.randint(2001, 2020)}PTC{self.digits(6)}"
        if country == "CA":
            return f"BN {self.digits(9, '1')} RT0001"
        return f"Company No. {self.digits(8, '0')}"

    def credit_code(self) -> str:
        """统一社会信用代码 shape (an enterprise, never PII)."""
        alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "91" + self.digits(6, "1234567") + "".join(self.rng.choice(alnum) for _ in range(10))

    # per-country contact details ----------------------------------------------------------
    def phone(self, country: str) -> str:
        d = self.digits
        if country == "SG":
            first = self.pick(["8", "9"])
            return self.pick(
                [f"+65 {first}{d(3)} {d(4)}", f"{first}{d(7)}", f"+65-{first}{d(3)}-{d(4)}"]
            )
        if country == "AU":
            return self.pick(
                [
                    f"+61 4{d(2)} {d(3)} {d(3)}",
                    f"04{d(2)} {d(3)} {d(3)}",
                    f"(02) 9{d(3)} {d(4)}",
                    f"+61 (0)4{d(2)} {d(3)} {d(3)}",
                ]
            )
        if country == "CA":
            area = self.pick(["416", "647", "604", "514", "403", "902", "613"])
            return self.pick(
                [
                    f"({area}) {d(3, '23456789')}-{d(4)}",
                    f"+1 {area}-{d(3, '23456789')}-{d(4)}",
                    f"{area}.{d(3, '23456789')}.{d(4)}",
                ]
            )
        if country == "IE":
            mob = self.pick(["83", "85", "86", "87", "89"])
            return self.pick(
                [
                    f"+353 {mob} {d(3)} {d(4)}",
                    f"0{mob} {d(3)} {d(4)}",
                    f"(01) {d(3, '2345678')} {d(4)}",
                ]
            )
        if country == "IN":
            return self.pick(
                [
                    f"+91 9{d(4)} {d(5)}",
                    f"+91-{self.pick(['98', '99', '70', '81'])}{d(8)}",
                    f"0{self.pick(['98', '94'])}{d(3)} {d(5)}",
                    f"080-2{d(3)} {d(4)}",
                ]
            )
        if country == "UK":
            return self.pick(
                [f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"+44 (0)7{d(3)} {d(3)} {d(3)}"]
            )
        area = self.pick(["212", "415", "312", "713", "206"])
        return self.pick(
            [f"({area}) {d(3, '23456789')}-{d(4)}", f"+1 {area} {d(3, '23456789')} {d(4)}"]
        )

    def hotline(self, country: str) -> str:
        d = self.digits
        return {
            "SG": self.pick([f"1800 {d(3)} {d(4)}", f"+65 6{d(3)} {d(4)} (24-hour hotline)"]),
            "AU": self.pick(["13 22 21", f"1300 {d(3)} {d(3)}", f"1800 {d(3)} {d(3)}"]),
            "CA": f"1-888-{d(3, '2345678')}-{d(4)}",
            "IE": f"1800 {d(2)} {d(2)} {d(2)}",
            "IN": f"1800-{d(3, '1234')}-{d(4)}",
            "UK": self.pick([f"0345 {d(3)} {d(4)}", f"0800 {d(3)} {d(4)}"]),
            "US": f"1-800-{d(3, '2345678')}-{d(4)}",
        }[country]

    def address(self, country: str) -> str:
        n = self.rng.randint(1, 240)
        d = self.digits
        if country == "SG":
            street = self.pick(
                [
                    "Bedok North Ave 2",
                    "Tampines Street 41",
                    "Jurong West St 52",
                    "Ang Mo Kio Ave 3",
                    "Toa Payoh Lorong 4",
                    "Yishun Ring Road",
                ]
            )
            return self.pick(
                [
                    f"Blk {n + 100} {street}, #{self.rng.randint(2, 25):02d}-{d(3)}, Singapore "
                    f"{d(6, '4567')}",
                    f"{n} Upper Thomson Road, #{self.rng.randint(2, 18):02d}-{d(2)}, Singapore "
                    f"57{d(4)}",
                ]
            )
        if country == "AU":
            suburb, state, postcode = self.rng.choice(
                [
                    ("Fitzroy", "VIC", "3065"),
                    ("Parramatta", "NSW", "2150"),
                    ("Fremantle", "WA", "6160"),
                    ("Toowong", "QLD", "4066"),
                    ("Glenelg", "SA", "5045"),
                    ("Belconnen", "ACT", "2617"),
                ]
            )
            street = self.pick(
                [
                    "Wattle Street",
                    "Banksia Crescent",
                    "Jacaranda Drive",
                    "Kookaburra Close",
                    "Ironbark Road",
                ]
            )
            unit = f"{self.rng.randint(1, 30)}/" if self.chance(0.5) else ""
            return f"{unit}{n} {street}, {suburb} {state} {postcode}"
        if country == "CA":
            city, prov, fsa = self.rng.choice(
                [
                    ("Toronto", "ON", "M4C"),
                    ("Vancouver", "BC", "V5K"),
                    ("Montréal", "QC", "H2X"),
                    ("Calgary", "AB", "T2N"),
                    ("Halifax", "NS", "B3H"),
                    ("Ottawa", "ON", "K1S"),
                ]
            )
            street = self.pick(
                [
                    "Danforth Avenue",
                    "Commercial Drive",
                    "rue Saint-Denis",
                    "Kensington Road NW",
                    "Robie Street",
                    "Bank Street",
                ]
            )
            letters = "ABCEGHJKLMNPRSTVWXYZ"
            ldu = f"{d(1)}{self.rng.choice(letters)}{d(1)}"
            unit = f"{self.rng.randint(101, 2409)}-" if self.chance(0.5) else ""
            return f"{unit}{n} {street}, {city}, {prov} {fsa} {ldu}"
        if country == "IE":
            letters = "ACDEFHKNPRTVWXY"
            eircode = (
                self.pick(["D06", "D08", "T12", "H91", "F31", "V94"])
                + " "
                + "".join(self.rng.choice(letters + "0123456789") for _ in range(4))
            )
            return self.pick(
                [
                    f"Apt {self.rng.randint(1, 40)}, {n} Ranelagh Road, Dublin 6, {eircode}",
                    f"{n} Bóthar na Trá, Salthill, Galway, {eircode}",
                    f"Knockanree, Ballinrobe, Co. Mayo, {eircode}",
                    f"{n} Douglas Road, Cork, {eircode}",
                ]
            )
        if country == "IN":
            return self.pick(
                [
                    f"Flat {self.rng.randint(101, 905)}, Sai Krupa Apartments, 5th Cross, "
                    f"Indiranagar, Bengaluru 5600{d(2)}",
                    f"H.No. {self.rng.randint(1, 16)}-{self.rng.randint(1, 9)}-{n}, Mehdipatnam, "
                    f"Hyderabad, Telangana 5000{d(2)}",
                    f"B-{n}, Sector {self.rng.randint(10, 62)}, Noida, Uttar Pradesh 2013{d(2)}",
                    f"{n}/{self.rng.randint(2, 9)}, Anna Nagar West, Chennai 6000{d(2)}",
                ]
            )
        if country == "UK":
            town, postcode = self.rng.choice(
                [
                    ("Leeds", f"LS6 {d(1)}AB"),
                    ("Glasgow", f"G12 {d(1)}QP"),
                    ("Cardiff", f"CF24 {d(1)}HT"),
                    ("Norwich", f"NR2 {d(1)}LJ"),
                ]
            )
            street = self.pick(["Harehills Lane", "Byres Road", "Albany Road", "Unthank Road"])
            return f"{n} {street}, {town} {postcode}"
        city, state, zipc = self.rng.choice(
            [
                ("Brooklyn", "NY", "112"),
                ("Oakland", "CA", "946"),
                ("Evanston", "IL", "602"),
                ("Houston", "TX", "770"),
            ]
        )
        street = self.pick(["Maple Ave", "Linden Street", "Cedar Lane"])
        flat = f"{self.rng.randint(1, 9)}{self.pick(list('ABCD'))}"
        return f"{n} {street} Apt {flat}, {city}, {state} {zipc}{d(2)}"

    def account(self, country: str) -> list[Part]:
        """How a customer in ``country`` writes their account: bank codes plain, number spanned."""
        d = self.digits
        if country == "UK":
            return [f"sort code {d(2)}-{d(2)}-{d(2)}, account ", (ACCOUNT, d(8))]
        if country == "AU":
            acct = d(8)
            return [
                f"BSB {self.pick(['062', '033', '083', '012'])}-{d(3)}, account ",
                (ACCOUNT, self.pick([acct, f"{acct[:4]} {acct[4:]}"])),
            ]
        if country == "CA":
            return [
                f"transit {d(5)}, institution 00{self.pick(['1', '2', '3', '4', '6'])}, account ",
                (ACCOUNT, d(7)),
            ]
        if country == "IN":
            return [
                "A/c no. ",
                (ACCOUNT, d(self.rng.choice([11, 12, 14]), "123456789")),
                f", IFSC {self.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0{d(6)}",
            ]
        if country == "SG":
            return [
                f"{self.pick(['DBS', 'POSB', 'OCBC'])} account ",
                (ACCOUNT, f"{d(3)}-{d(6)}-{d(1)}"),
            ]
        if country == "IE":
            return ["IBAN ", (IBAN, self.iban("IE"))]
        while not aba_valid(routing := d(9, "0123")):
            pass
        return [
            f"routing {routing}, checking ",
            (ACCOUNT, d(self.rng.choice([10, 12]), "123456789")),
        ]

    # Chinese places ------------------------------------------------------------------------
    def zh_rural(self) -> str:
        village = self.pick(
            ["王庄村", "石龙村", "大山村", "刘楼村", "新华村", "柳树湾村", "桃园村"]
        )
        place = self.pick(
            [
                "河南省周口市郸城县汲冢镇",
                "四川省南充市仪陇县马鞍镇",
                "湖南省邵阳市隆回县六都寨镇",
                "山东省菏泽市曹县庄寨镇",
                "贵州省毕节市威宁县草海镇",
                "甘肃省定西市通渭县陇阳镇",
            ]
        )
        group = self.pick(
            [f"{cn_small_number(self.rng.randint(1, 12))}组", f"{self.rng.randint(1, 12)}组"]
        )
        house = f"{self.rng.randint(1, 160)}号" if self.chance(0.7) else ""
        return f"{place}{village}{group}{house}"

    def zh_border(self) -> str:
        n, b, u, r = (
            self.rng.randint(1, 400),
            self.rng.randint(1, 20),
            self.rng.randint(1, 6),
            self.rng.randint(101, 1802),
        )
        return self.pick(
            [
                f"新疆维吾尔自治区乌鲁木齐市天山区解放南路{n}号{u}单元{r}室",
                f"新疆喀什地区喀什市人民东路{n}号院{b}栋{u}单元{r}",
                f"新疆伊犁哈萨克自治州伊宁市斯大林街{n}号{b}栋{r}室",
                f"西藏自治区拉萨市城关区北京中路{n}号{b}栋{u}单元{r}室",
                f"西藏日喀则市桑珠孜区上海中路{n}号{u}单元{r}",
                f"新疆阿克苏地区库车市团结路{n}号小区{b}号楼{r}室",
            ]
        )

    def zh_city(self) -> str:
        n, b, u, r = (
            self.rng.randint(1, 999),
            self.rng.randint(1, 30),
            self.rng.randint(1, 6),
            self.rng.randint(101, 2802),
        )
        return self.pick(
            [
                f"上海市浦东新区张杨路{n}弄{b}号{r}室",
                f"北京市朝阳区望京西园三区{b}号楼{u}单元{r}",
                f"广东省广州市天河区龙口西路{n}号{b}栋{r}房",
                f"四川省成都市武侯区玉林北路{n}号{u}栋{u}单元{r}号",
                f"湖北省武汉市武昌区水果湖街东亭路{n}号{b}栋{r}",
                f"浙江省杭州市西湖区文一西路{n}号翠苑{b}幢{u}单元{r}室",
            ]
        )

    def zh_taiwan(self) -> str:
        n, f = self.rng.randint(1, 300), self.rng.randint(2, 15)
        return self.pick(
            [
                f"台北市大安區忠孝東路四段{n}號{f}樓",
                f"新北市板橋區文化路一段{self.rng.randint(10, 300)}巷{self.rng.randint(1, 40)}號{f}"
                "樓",
                f"臺中市西屯區福星路{n}號{f}樓之{self.rng.randint(1, 6)}",
                f"高雄市三民區建國二路{n}號",
                f"花蓮縣吉安鄉南昌村中正路二段{n}號",
            ]
        )

    def zh_phone(self) -> str:
        p = self.pick(
            ["138", "139", "150", "151", "158", "186", "187", "135", "177", "199", "132", "189"]
        )
        rest = self.digits(8)
        return self.pick(
            [
                p + rest,
                f"{p} {rest[:4]} {rest[4:]}",
                f"{p}-{rest[:4]}-{rest[4:]}",
                f"+86 {p} {rest[:4]} {rest[4:]}",
                f"0086-{p}{rest}",
                p + rest,
            ]
        )

    def zh_landline(self, area: str) -> str:
        return f"{area}-{self.digits(7, '2345678')}"

    def tw_phone(self) -> str:
        rest = self.digits(8)
        return self.pick(
            [
                f"09{rest[0]}{rest[1]}-{rest[2:5]}-{rest[5:]}",
                f"09{rest[:2]} {rest[2:5]} {rest[5:]}",
                f"+886-9{rest[:2]}-{rest[2:5]}-{rest[5:]}",
                f"09{rest}",
            ]
        )

    def hk_address(self) -> str:
        district, street = self.rng.choice(
            [("九龍旺角", "彌敦道"), ("新界沙田", "大圍道"), ("港島北角", "英皇道")]
        )
        flat = f"{self.rng.randint(2, 40)}樓{self.pick(list('ABCDEFGH'))}室"
        return f"香港{district}{street}{self.rng.randint(1, 500)}號{flat}"

    def hk_phone(self) -> str:
        first = self.pick(["5", "6", "9"])
        return self.pick(
            [
                f"+852 {first}{self.digits(3)} {self.digits(4)}",
                f"{first}{self.digits(7)}",
                f"(852) {first}{self.digits(3)}-{self.digits(4)}",
            ]
        )

    def clock(self) -> tuple[int, int]:
        return self.rng.randint(7, 22), self.rng.randint(0, 59)


# --- English genres ----------------------------------------------------------------------------
Builder = Callable[[Gen], list[Part]]


def ts(g: Gen, hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


def chat_lines(g: Gen, lines: list[tuple[Part, list[Part]]]) -> list[Part]:
    """A chat export in one of three app styles, one timestamp per line, minutes ticking on."""
    style = g.rng.randrange(3)
    hour, minute = g.clock()
    day = f"{g.rng.randint(1, 28):02d}/{g.rng.randint(1, 12):02d}/2025"
    out: list[Part] = []
    for who, message in lines:
        minute += g.rng.randint(0, 3)
        stamp = f"{hour + minute // 60:02d}:{minute % 60:02d}"
        if style == 0:
            out += [f"[{stamp}] ", who, ": ", *message, "\n"]
        elif style == 1:
            out += [f"{day}, {stamp} - ", who, ": ", *message, "\n"]
        else:
            out += [who, f" [{day} {stamp}]\n", *message, "\n"]
    return out


def en_chat_export_pos(g: Gen) -> list[Part]:
    me, relative = g.en_name(), g.en_name()
    country = g.pick(COUNTRIES)
    who: Part = (PERSON, g.display(me))
    lines: list[tuple[Part, list[Part]]] = [
        (
            who,
            [
                g.pick(
                    [
                        "hi, the replacement card never arrived 😩",
                        "hello?? app says my details need updating",
                        "morning, moving house next week, what do you need from me",
                    ]
                )
            ],
        ),
        (
            "Steward Bank",
            [
                "Sorry about that! Please confirm your address and a mobile number. "
                "We will never ask for your PIN."
            ],
        ),
        (who, ["address is ", (ADDRESS, g.address(country))]),
        (who, ["mobile ", (PHONE, g.phone(country))]),
    ]
    if g.chance(0.5):
        lines.append(
            (
                who,
                [
                    "if I'm out my ",
                    g.pick(["husband", "sister", "flatmate", "son"]),
                    " ",
                    (PERSON, relative.full),
                    " can take it, they're on ",
                    (PHONE, g.phone(country)),
                ],
            )
        )
    if g.chance(0.4):
        lines.append((who, ["and the email on file should be ", (EMAIL, g.email_for(me))]))
    if g.chance(0.35):
        lines.append((who, ["oh and cancel the old credit card ", (CARD, g.credit_card()), " pls"]))
    lines.append(
        (
            "Steward Bank",
            [f"Thanks. Courier ref {g.tracking()}. Anything else, call {g.hotline(country)}."],
        )
    )
    header = g.pick(["WhatsApp Chat with Steward Bank\n", "Exported chat (Telegram)\n", ""])
    return [header, *chat_lines(g, lines)]


def en_chat_export_neg(g: Gen) -> list[Part]:
    country = g.pick(COUNTRIES)
    lines: list[tuple[Part, list[Part]]] = [
        (
            "You",
            [
                g.pick(
                    [
                        "is the branch on Churchill Place open Saturday?",
                        "card declined at Marks & Spencer again",
                        "what's your SWIFT code for a transfer from Germany",
                    ]
                )
            ],
        ),
        (
            "Steward Bank",
            [
                f"Hi! Our SWIFT/BIC is {g.swift()} and the branch is open 9-12 on Saturdays. "
                f"The 24h line is {g.hotline(country)}."
            ],
        ),
        (
            "You",
            [
                f"ok. also got a text about payment ref {g.grouped(g.not_luhn('4', 16))}, is that "
                "you?"
            ],
        ),
        (
            "Steward Bank",
            [
                f"That reference is a transaction number, not a card. Parcel {g.tracking()} "
                "is your new card reader. Never share one-time codes."
            ],
        ),
    ]
    return ["WhatsApp Chat with Steward Bank\n", *chat_lines(g, lines)]


def quoted(parts: list[Part]) -> list[Part]:
    """Prefix every line of ``parts`` with ``> `` (spans keep their values)."""
    out: list[Part] = ["> "]
    for part in parts:
        if isinstance(part, str) and "\n" in part:
            out.append(part.replace("\n", "\n> "))
        else:
            out.append(part)
    return out


def en_email_thread_pos(g: Gen) -> list[Part]:
    customer, agent = g.en_name(), g.en_name()
    country = g.pick(COUNTRIES)
    email = g.email_for(customer)
    earlier: list[Part] = [
        "Hello,\nplease update my address to ",
        (ADDRESS, g.address(country)),
        ".\nMy date of birth is ",
        (DOB, g.dob_en(g.birth())),
        " if you need to check.\nThanks,\n",
        (PERSON, customer.first_word),
    ]
    reply: list[Part] = [
        "Hi ",
        (PERSON, customer.first_word),
        ",\n\nDone. We will also send a letter to the new address. Is ",
        (PHONE, g.phone(country)),
        " still the best number?\n\nKind regards,\n",
        (PERSON, agent.full),
        "\nCustomer Care, Steward Bank\n\n",
        f"On {g.pick(['Tue', 'Wed', 'Fri'])}, {g.rng.randint(1, 28)} {g.pick(MONTHS)} 2025 at "
        f"{g.rng.randint(8, 18)}:{g.rng.randint(10, 59)}, ",
        (PERSON, customer.full),
        " <",
        (EMAIL, email),
        "> wrote:\n",
        *quoted(earlier),
    ]
    if g.chance(0.5):
        return [
            "Yes that's right, or my work mobile ",
            (PHONE, g.phone(country)),
            ".\n\n",
            *quoted(reply),
        ]
    return reply


def en_email_thread_neg(g: Gen) -> list[Part]:
    country = g.pick(COUNTRIES)
    earlier: list[Part] = [
        f"Your statement for account ending {g.digits(4)} is ready. Questions? Call "
        f"{g.hotline(country)} "
        f"or write to support@stewardbank.example.\nReference {g.not_luhn('5', 16)}"
    ]
    return [
        "Is this email genuine? It came from noreply@stewardbank.example and mentions Morgan "
        "Stanley.\n\n",
        f"On Mon, {g.rng.randint(1, 28)} March 2025, Steward Bank <noreply@stewardbank.example> "
        "wrote:\n",
        *quoted(earlier),
    ]


def en_forwarded_headers_pos(g: Gen) -> list[Part]:
    sender, copied = g.en_name(), g.en_name()
    country = g.pick(COUNTRIES)
    parts: list[Part] = [
        "---------- Forwarded message ---------\nFrom: ",
        (PERSON, sender.full),
        " <",
        (EMAIL, g.email_for(sender)),
        f">\nDate: {g.pick(['Mon', 'Thu', 'Sat'])}, {g.rng.randint(1, 28)} {g.pick(MONTHS)} 2025\n"
        "Subject: Re: standing order to my landlord\nTo: payments@stewardbank.example\n",
    ]
    if g.chance(0.6):
        parts += ["Cc: ", (PERSON, copied.full), " <", (EMAIL, g.email_for(copied)), ">\n"]
    parts += [
        "\nPlease pay the rent from ",
        *g.account(country),
        " to ",
        (PERSON, g.en_name().full),
        f" on the 1st of each month. Their bank is {g.swift()}.\n",
    ]
    if g.chance(0.5):
        parts += ["You can reach me on ", (PHONE, g.phone(country)), ".\n"]
    if g.chance(0.3):
        parts += [
            "PS the deposit went on my credit card ",
            (CARD, g.credit_card()),
            ", ignore that.\n",
        ]
    return parts


def en_forwarded_headers_neg(g: Gen) -> list[Part]:
    return [
        "---------- Forwarded message ---------\nFrom: Marks & Spencer <noreply@marksandspencer."
        "example>\n"
        f"Date: Fri, {g.rng.randint(1, 28)} June 2025\nSubject: Your order {g.tracking()}\n"
        "To: me\nCc: complaints@stewardbank.example\n\n",
        f"Refund of £{g.rng.randint(12, 300)}.{g.digits(2)} for SKU MS-{g.digits(4)}-BLK-XL to "
        "card ending "
        f"{g.digits(4)}. Why has my bank not shown it yet? Transaction ID {g.not_luhn('4', 16)}.",
    ]


def en_intl_contact_update_pos(g: Gen) -> list[Part]:
    me = g.en_name()
    old, new = g.rng.sample(COUNTRIES, 2)
    return [
        f"Moving from {COUNTRY_EN[old]} to {COUNTRY_EN[new]} for work. Old address ",
        (ADDRESS, g.address(old)),
        ", new one from the 1st: ",
        (ADDRESS, g.address(new)),
        ". New mobile ",
        (PHONE, g.phone(new)),
        g.pick([" (old number stays on for a month)", ""]),
        ". ",
        (PERSON, me.full),
        "\n",
        g.pick(
            [
                "Please keep the branch in Sydney as my home branch.",
                f"Local bank reference: {g.company_number(new)}.",
                "",
            ]
        ),
    ]


def en_intl_contact_update_neg(g: Gen) -> list[Part]:
    country = g.pick(COUNTRIES)
    return [
        g.pick(
            [
                "Our Victoria Street branch has moved to 1 Churchill Place, London E14 5HP. ",
                "The Nelson Mandela Boulevard branch closes on Friday; the nearest is at 200 King "
                "George V Avenue. ",
                "New opening hours at the Queen Victoria Building branch, 455 George Street, "
                "Sydney NSW 2000. ",
            ]
        ),
        f"Overseas customers can call {g.hotline(country)} ({country}) or "
        f"{g.hotline(g.pick(COUNTRIES))}. "
        f"Postcode for parcels only: {g.pick(['M5J 2Z6', 'D02 X285', '018989', '2000'])}.",
    ]


def en_iban_payee_pos(g: Gen) -> list[Part]:
    payee = g.en_name()
    country = g.pick(["DE", "FR", "NL", "ES", "IT", "GB", "IE"])
    parts: list[Part] = [
        g.pick(["New payee please: ", "Add beneficiary - ", "Payee set-up form (pasted):\nName: "]),
        (PERSON, payee.full),
        g.pick([", IBAN ", "\nIBAN: "]),
        (IBAN, g.iban(country)),
        f"{g.pick([', BIC ', chr(10) + 'BIC: '])}{g.swift()}",
    ]
    if g.chance(0.5):
        parts += [", their address ", (ADDRESS, g.address(g.pick(COUNTRIES)))]
    if g.chance(0.4):
        parts += [". Also my own old account is ", (IBAN, g.iban()), ", please close it"]
    return [*parts, g.pick([". Reference: RENT MAR", ". Thanks", ""])]


def en_iban_payee_neg(g: Gen) -> list[Part]:
    return [
        f"Paying Morgan Stanley & Co. International for an invoice: BIC {g.swift()}, their IBAN "
        "ends "
        f"{g.digits(4)}, {g.company_number('UK')}. Sort code 20-{g.digits(2)}-{g.digits(2)} on its "
        "own is not enough? "
        f"Invoice {g.not_luhn('3', 15)}, amount €{g.rng.randint(100, 9000)}.00"
    ]


def en_name_spelling_pos(g: Gen) -> list[Part]:
    me = g.en_name()
    if me.family_first:
        wrong, reason = Name(me.given, me.family), "The family name comes first."
    elif "'" in me.family:
        wrong, reason = Name(me.given, me.family.replace("'", "")), "The apostrophe matters."
    elif " " in me.family:
        wrong = Name(me.given.split()[0], me.family.split()[-1])
        reason = g.pick(
            ["The particle is part of the surname.", "It's two surnames, not a middle name."]
        )
    elif "-" in me.family:
        wrong, reason = Name(me.given, me.family.split("-")[0]), "The surname is hyphenated."
    else:
        wrong, reason = Name(me.given[:-1], me.family), "The spelling is wrong."
    return [
        g.pick(
            ["Your app rejected my name. ", "Name mismatch on my card. ", "KYC keeps failing: "]
        ),
        "My passport says ",
        (PERSON, me.full),
        " but the card was printed as ",
        (PERSON, wrong.full.upper()),
        ". ",
        reason,
        " DOB ",
        (DOB, g.dob_en(g.birth())),
        g.pick([" for verification.", "."]),
        g.pick(["", " Nothing to do with the Sherlock Holmes Museum card design, before you ask."]),
    ]


def en_name_spelling_neg(g: Gen) -> list[Part]:
    return [
        g.pick(
            [
                "Why does the app show merchant names like 'MCDONALDS 4417' and 'BEN & JERRYS'?",
                "Can I order a card with a Harry Potter design?",
                "Does the name field accept particles like van der or apostrophes like O'?",
            ]
        ),
        f" Ticket {g.digits(8, '1')} was closed without an answer. Also a charge from Ralph Lauren,"
        " "
        f"ref {g.not_luhn('4', 16)}.",
    ]


def en_dob_check_pos(g: Gen) -> list[Part]:
    me = g.en_name()
    parts: list[Part] = [
        g.pick(["Security check - ", "For the reset: ", "Verification details: "]),
        "name ",
        (PERSON, me.full),
        ", date of birth ",
        (DOB, g.dob_en(born := g.birth())),
    ]
    if g.chance(0.5):
        parts += [
            ", postcode is on file but the full address is ",
            (ADDRESS, g.address(g.pick(COUNTRIES))),
        ]
    if g.chance(0.4):
        parts += [
            ". My child ",
            (PERSON, g.en_name().first_word),
            " was born ",
            (DOB, g.dob_en(g.child_birth(born))),
            " and has a junior account",
        ]
    if g.chance(0.35):
        parts += [", SSN ", (SSN, g.ssn())]
    if g.chance(0.35):
        parts += [", the card in question is ", (CARD, g.credit_card())]
    return [*parts, f". Card expires {g.rng.randint(1, 12):02d}/{g.rng.randint(26, 31)}."]


def en_dob_check_neg(g: Gen) -> list[Part]:
    return [
        f"Statement dated {g.rng.randint(1, 28)} March 2025 shows a fee on "
        f"{g.rng.randint(1, 28)}/04/2025. "
        f"The account was opened in {g.rng.randint(1985, 2015)} and the card expires "
        f"{g.rng.randint(1, 12):02d}/29. "
        "Minimum age for the saver is 16. Why the fee?"
    ]


def en_social_post_pos(g: Gen) -> list[Part]:
    me = g.en_name()
    country = g.pick(COUNTRIES)
    return [
        g.pick(["@StewardBank ", "r/banking: ", "Posted in Local Community group: "]),
        f"{g.rng.randint(40, 95)} minutes in the queue at the Churchill Place branch!! ",
        "I'm ",
        (PERSON, me.full),
        ", a customer for 20 years, call me on ",
        (PHONE, g.phone(country)),
        " if anyone from the bank actually reads this. ",
        g.pick(["My account (", "Acct details ("]),
        *g.account(country),
        ") is frozen for no reason. ",
        *g.either(0.4, ["My credit card ", (CARD, g.credit_card()), " got charged twice too. "]),
        g.pick(["Even Warren Buffett would give up.", "#fail #banking", "🤬"]),
    ]


def en_social_post_neg(g: Gen) -> list[Part]:
    return [
        g.pick(["@StewardBank ", "r/personalfinance: ", "Review ★☆☆☆☆: "]),
        "The branch on Nelson Mandela Boulevard closed early again and the queue reached John "
        "Lewis. "
        f"The only number they give is {g.hotline(g.pick(COUNTRIES))}. Even Sherlock Holmes "
        "couldn't find "
        "a human. Moving my savings to Charles Schwab. #fail",
    ]


def en_parcel_label_pos(g: Gen) -> list[Part]:
    to = g.en_name()
    country = g.pick(COUNTRIES)
    return [
        "Card hasn't come. Label from the courier site:\n",
        f"TRACKING: {g.tracking()}\nSHIP TO: ",
        (PERSON, to.full.upper() if g.chance(0.3) else to.full),
        "\n",
        (ADDRESS, g.address(country)),
        "\nPH: ",
        (PHONE, g.phone(country)),
        f"\nFROM: Steward Bank Card Services, PO Box {g.rng.randint(100, 9999)}\nWEIGHT 0.1kg\n",
        g.pick(["Is the address right?", "Leave with the concierge.", ""]),
    ]


def en_parcel_label_neg(g: Gen) -> list[Part]:
    return [
        f"Courier label:\nTRACKING: {g.tracking()}\nSHIP TO: Steward Bank, Returns Unit\n"
        "25 Canada Square, London E14 5LQ\nSKU CR-READER-02 x1\n",
        f"FROM: Card Services Depot, {g.company_number('UK')}\nWhy was my card reader returned to "
        "sender?",
    ]


def en_joint_application_pos(g: Gen) -> list[Part]:
    first, second = g.en_name(), g.en_name()
    country = g.pick(["US", "UK", "CA", "AU", "SG"])
    parts: list[Part] = [
        "Joint account application, free-text section:\nApplicant 1: ",
        (PERSON, first.full),
        ", born ",
        (DOB, g.dob_en(g.birth())),
        "\nApplicant 2: ",
        (PERSON, second.full),
        ", born ",
        (DOB, g.dob_en(g.birth())),
        "\nShared address: ",
        (ADDRESS, g.address(country)),
        "\n",
    ]
    if country == "US":
        parts += ["SSNs ", (SSN, g.ssn()), " and ", (SSN, g.ssn()), "\n"]
    else:
        parts += ["Contact: ", (EMAIL, g.email_for(first)), " / ", (PHONE, g.phone(country)), "\n"]
    return parts


def en_joint_application_neg(g: Gen) -> list[Part]:
    return [
        "Joint account FAQ (pasted): both applicants must be 18+, each needs ID and proof of "
        "address. "
        f"The joint saver pays {g.rng.randint(2, 5)}.{g.digits(1)}% AER. Questions: "
        f"{g.hotline('US')}, "
        "joint.accounts@stewardbank.example. Form JA-7 rev 03/2025."
    ]


def en_tax_self_cert_pos(g: Gen) -> list[Part]:
    me = g.en_name()
    other = g.pick(["SG", "AU", "CA", "IE", "IN", "UK"])
    return [
        "Tax residency self-certification\nFull name: ",
        (PERSON, me.full),
        "\nDate of birth: ",
        (DOB, g.dob_en(g.birth())),
        "\nResidential address: ",
        (ADDRESS, g.address("US")),
        "\nUS person: yes. TIN (SSN): ",
        (SSN, g.ssn()),
        f"\nOther tax residency: {other}, address there ",
        (ADDRESS, g.address(other)),
        "\nSigned electronically.",
    ]


def en_tax_self_cert_neg(g: Gen) -> list[Part]:
    return [
        "Entity self-certification (business account)\nLegal name: Lloyd-Bennett Joinery Ltd\n"
        f"{g.company_number('US')}\n{g.company_number('AU')}\nRegistered office: 500 Collins "
        "Street, "
        "Melbourne VIC 3000\nControlling persons: see form CP-2 (not attached)\nFATCA status: "
        "active NFFE"
    ]


def en_crm_duplicate_pos(g: Gen) -> list[Part]:
    person = g.en_name()
    country = g.pick(COUNTRIES)
    born = g.birth()
    short = Name(person.first_word, person.family.split()[-1], False)
    return [
        "Possible duplicate customer - please review before merge\n",
        "Record A: ",
        (PERSON, person.full),
        " | DOB ",
        (DOB, g.dob_en(born)),
        " | ",
        (PHONE, g.phone(country)),
        "\nRecord B: ",
        (PERSON, short.full),
        " | DOB ",
        (DOB, born.isoformat()),
        " | ",
        (EMAIL, g.email_for(person)),
        *g.either(0.4, [" | SSN ", (SSN, g.ssn())]),
        f"\nMatch score 0.{g.rng.randint(81, 97)}; case {g.digits(7, '1')}",
    ]


def en_crm_duplicate_neg(g: Gen) -> list[Part]:
    return [
        "Possible duplicate merchant - please review before merge\nRecord A: MORGAN STANLEY WEALTH "
        "MGMT | "
        f"{g.company_number('US')}\nRecord B: MS WEALTH | SKU feed {g.digits(13, '5')}\n"
        f"Match score 0.{g.rng.randint(60, 90)}; case {g.digits(7, '1')}"
    ]


def en_sms_export_pos(g: Gen) -> list[Part]:
    contact = g.en_name()
    country = g.pick(COUNTRIES)
    return [
        "SMS backup export\n",
        f"2025-{g.rng.randint(1, 12):02d}-{g.rng.randint(1, 28):02d} ",
        f"{g.rng.randint(7, 22):02d}:{g.rng.randint(10, 59)} ",
        g.pick(["IN ", "OUT "]),
        (PHONE, g.phone(country)),
        " (",
        (PERSON, contact.full),
        "): ",
        g.pick(
            ["send me your account for the rent share: ", "here's mine for the holiday money: "]
        ),
        *g.account(country),
        "\n",
        f"2025-03-0{g.rng.randint(1, 9)} 09:{g.rng.randint(10, 59)} IN StewardBk: Your code is "
        f"{g.digits(6)}. "
        "Never share it.",
    ]


def en_sms_export_neg(g: Gen) -> list[Part]:
    return [
        "SMS backup export\n",
        f"2025-03-0{g.rng.randint(1, 9)} 09:{g.rng.randint(10, 59)} IN StewardBk: Your code is "
        f"{g.digits(6)}. "
        f"Never share it.\n2025-03-0{g.rng.randint(1, 9)} 10:{g.rng.randint(10, 59)} IN DHL: "
        "parcel "
        f"{g.tracking()} arrives today. Help: {g.hotline(g.pick(COUNTRIES))}",
    ]


# --- Chinese genres ----------------------------------------------------------------------------


def wechat_lines(g: Gen, lines: list[tuple[Part, list[Part]]]) -> list[Part]:
    """微信/QQ 聊天记录导出: a header line per message (time and display name), then the text."""
    hour, minute = g.clock()
    day = f"2025-{g.rng.randint(1, 12):02d}-{g.rng.randint(1, 28):02d}"
    style = g.rng.randrange(2)
    out: list[Part] = []
    for who, message in lines:
        minute += g.rng.randint(0, 4)
        stamp = f"{hour + minute // 60:02d}:{minute % 60:02d}"
        if style == 0:
            out += [f"{day} {stamp} ", who, "\n", *message, "\n"]
        else:
            out += [who, f"  {stamp}\n", *message, "\n"]
    return out


def zh_wechat_export_pos(g: Gen) -> list[Part]:
    me, mum = g.zh_name(), g.zh_name()
    born = g.birth()
    lines: list[tuple[Part, list[Part]]] = [
        (
            (PERSON, me),
            [
                g.pick(
                    [
                        "你好，我妈的卡被锁了，能帮忙看看吗",
                        "在吗？帮我家里人改个手机号",
                        "客服你好，老人不会用手机银行",
                    ]
                )
            ],
        ),
        (
            "Steward银行客服",
            ["您好，请提供持卡人姓名、身份证号和预留手机号，我们不会索要密码和验证码。"],
        ),
        (
            (PERSON, me),
            [
                "持卡人",
                (PERSON, mum),
                "，身份证",
                (CN_ID, g.cn_id(born)),
                "，手机",
                (PHONE, g.zh_phone()),
            ],
        ),
    ]
    if g.chance(0.5):
        lines.append(((PERSON, me), ["卡号", (ACCOUNT, g.unionpay()), "，是储蓄卡"]))
    elif g.chance(0.4):  # the same 62... shape, but beside 信用卡: a credit card
        lines.append(((PERSON, me), ["还有她的信用卡", (CARD, g.unionpay()), "也要挂失"]))
    if g.chance(0.4):
        lines.append(
            ((PERSON, me), ["她住", (ADDRESS, g.pick([g.zh_rural(), g.zh_city(), g.zh_border()]))])
        )
    lines.append(
        ("Steward银行客服", [f"已受理，工单号{g.digits(12, '2')}，如有疑问请拨打95{g.digits(3)}。"])
    )
    return [
        g.pick(["微信聊天记录导出\n", "与「Steward银行客服」的聊天记录\n", ""]),
        *wechat_lines(g, lines),
    ]


def zh_wechat_export_neg(g: Gen) -> list[Part]:
    lines: list[tuple[Part, list[Part]]] = [
        (
            "我",
            [
                g.pick(
                    [
                        "中山路支行周六营业吗？",
                        "快递显示签收了但我没收到卡",
                        "这个交易流水号是什么意思",
                    ]
                )
            ],
        ),
        (
            "Steward银行客服",
            [
                "您好，中山路支行周六9:00-16:00营业，"
                f"客服热线400-{g.digits(3, '6789')}-{g.digits(4)}。"
            ],
        ),
        ("我", [f"运单号{g.zh_waybill()}，交易流水号{g.not_luhn('62', 19)}"]),
        ("Steward银行客服", ["流水号不是卡号，请放心。请勿向任何人透露验证码。"]),
    ]
    return ["微信聊天记录导出\n", *wechat_lines(g, lines)]


def zh_xiaohongshu_post_pos(g: Gen) -> list[Part]:
    me = g.zh_name()
    return [
        g.pick(["#避雷 #银行 ", "【吐槽】", "姐妹们谁懂啊😭 "]),
        f"在{g.pick(['中山路支行', '解放路支行', '人民广场支行'])}",
        f"排了{g.rng.randint(1, 3)}个小时！",
        "我叫",
        (PERSON, me),
        "，手机",
        (PHONE, g.zh_phone()),
        *g.either(0.35, ["，信用卡", (CARD, g.unionpay())], ["，卡号", (ACCOUNT, g.unionpay())]),
        "，就为了改个预留手机号，还让我回户籍地",
        (ADDRESS, g.pick([g.zh_rural(), g.zh_border()])),
        "开证明？？",
        g.pick(["评论区有同款吗", "已投诉", "💢"]),
    ]


def zh_xiaohongshu_post_neg(g: Gen) -> list[Part]:
    return [
        g.pick(["#避雷 #银行 ", "【吐槽】"]),
        "中山路支行排队两小时，旁边李宁专卖店和周大福都关门了我还没办完😤 客服热线95588一直占线，"
        f"400-{g.digits(3, '6789')}-{g.digits(4)}也打不通。有没有姐妹知道几点人少？",
    ]


def zh_weibo_post_pos(g: Gen) -> list[Part]:
    me = g.zh_name()
    born = g.birth()
    return [
        g.pick(["@Steward银行 ", "#银行服务# ", "实名举报："]),
        "本人",
        (PERSON, me),
        "，身份证",
        (CN_ID, g.cn_id(born)),
        "，出生日期",
        (DOB, g.dob_zh(born)),
        "，信用卡",
        (CARD, g.credit_card()),
        "被莫名扣了年费，打了三次电话没人管！",
        g.pick(["邮箱", "联系邮箱"]),
        (EMAIL, g.zh_email()),
        "，等你们回复。",
    ]


def zh_weibo_post_neg(g: Gen) -> list[Part]:
    return [
        g.pick(["#银行服务# ", "转发微博："]),
        "看了钱学森和鲁迅的纪录片，再看看银行的服务……孙悟空来了也得排号。"
        f"某公司统一社会信用代码{g.credit_code()}，营业执照号都贴出来了，还说是虚假宣传。"
        f"客服热线95{g.digits(3)}，订单号{g.not_luhn('2', 19)}。",
    ]


def zh_hukouben_paste_pos(g: Gen) -> list[Part]:
    head = g.zh_name()
    while (member := g.zh_name()) == head:
        pass
    born_head, born_member = g.birth(), g.birth()
    return [
        "户口本内容（手打）：\n户别：",
        g.pick(["农业家庭户口", "非农业家庭户口", "家庭户"]),
        "\n户主姓名：",
        (PERSON, head),
        "\n住址：",
        (ADDRESS, g.pick([g.zh_rural(), g.zh_city(), g.zh_border()])),
        "\n\n姓名：",
        (PERSON, member),
        "\n户主或与户主关系：",
        g.pick(["子", "女", "妻", "孙女"]),
        "\n出生日期：",
        (DOB, g.dob_zh(born_member)),
        "\n公民身份号码：",
        (CN_ID, g.cn_id(born_member)),
        "\n户主出生日期：",
        (DOB, g.dob_zh(born_head)),
        "\n承办人签章：（略）  签发日期："
        f"20{g.rng.randint(10, 24)}年{g.rng.randint(1, 12)}月{g.rng.randint(1, 28)}日",
    ]


def zh_hukouben_paste_neg(g: Gen) -> list[Part]:
    return [
        "户口本需要提供哪几页？模板是：\n户主姓名：______\n住址：______\n公民身份号码：______\n"
        "出生日期：____年__月__日\n"
        f"签发日期写的是20{g.rng.randint(10, 24)}年{g.rng.randint(1, 12)}月，"
        f"过期了吗？我在95{g.digits(3)}问过说不影响。"
    ]


def zh_fangchanzheng_paste_pos(g: Gen) -> list[Part]:
    owner, co_owner = g.zh_name(), g.zh_name()
    parts: list[Part] = [
        "抵押贷款需要房产证信息，我抄一下：\n",
        f"不动产权证书 {g.pick(['京', '沪', '川', '新'])}(20{g.rng.randint(15, 24)})"
        f"{g.pick(['朝阳区', '浦东新区', '武侯区', '天山区'])}不动产权第{g.digits(7, '0')}号\n",
        "权利人：",
        (PERSON, owner),
    ]
    if g.chance(0.6):
        parts += ["、", (PERSON, co_owner), "\n共有情况：共同共有"]
    parts += [
        "\n坐落：",
        (ADDRESS, g.pick([g.zh_city(), g.zh_city(), g.zh_border(), g.zh_rural()])),
        f"\n面积：{g.rng.randint(45, 180)}.{g.digits(2)}㎡  用途：住宅\n权利人身份证号：",
        (CN_ID, g.cn_id(g.birth())),
    ]
    return parts


def zh_fangchanzheng_paste_neg(g: Gen) -> list[Part]:
    return [
        f"开发商给的信息：楼盘“中山花园”，预售许可证号 {g.digits(8, '2')}，"
        f"售楼处地址中山北路{g.rng.randint(1, 300)}号，"
        f"咨询电话400-{g.digits(3, '6789')}-{g.digits(4)}，"
        f"开发商统一社会信用代码{g.credit_code()}。"
        "房产证还没下来，能先办按揭吗？"
    ]


def zh_kuaidi_miandan_pos(g: Gen) -> list[Part]:
    to = g.zh_name()
    sender_person = g.chance(0.4)
    parts: list[Part] = [
        "卡一直没到，面单是这样的：\n",
        f"{g.pick(['顺丰速运', '中通快递', '京东物流', 'EMS'])}  运单号：{g.zh_waybill()}\n",
        "收件人：",
        (PERSON, to),
        "  ",
        (PHONE, g.zh_phone()),
        "\n收件地址：",
        (ADDRESS, g.pick([g.zh_rural(), g.zh_city(), g.zh_border()])),
        "\n",
    ]
    if sender_person:
        parts += ["寄件人：", (PERSON, g.zh_name()), "  ", (PHONE, g.zh_phone()), "\n"]
    else:
        parts += [f"寄件人：Steward银行信用卡中心  400-{g.digits(3, '6789')}-{g.digits(4)}\n"]
    return [*parts, f"物品：{g.pick(['卡片', '文件'])}  重量：0.1kg"]


def zh_kuaidi_miandan_neg(g: Gen) -> list[Part]:
    return [
        f"面单信息：\n{g.pick(['顺丰速运', '中通快递'])}  运单号：{g.zh_waybill()}\n收件人："
        "Steward银行中山路支行营业部\n"
        f"收件地址：中山路{g.rng.randint(1, 400)}号一楼（对公业务）\n寄件人：某某科技有限公司  "
        f"400-{g.digits(3, '6789')}-{g.digits(4)}\n"
        f"商品编码：SKU-{g.digits(6)}  订单号：{g.not_luhn('62', 18)}"
    ]


def zh_rural_address_pos(g: Gen) -> list[Part]:
    father = g.zh_name()
    born = g.birth()
    return [
        g.pick(["帮我爸办社保卡激活，", "老家的父亲要开个存折，", "给老人改一下通讯地址："]),
        "他叫",
        (PERSON, father),
        "，地址是",
        (ADDRESS, g.zh_rural()),
        "，",
        g.pick(["出生于", "生日"]),
        (DOB, g.dob_zh(born)),
        "，身份证号",
        (CN_ID, g.cn_id(born)),
        g.pick(["，村里信号不好，电话", "，有事打我电话"]),
        (PHONE, g.zh_phone()),
        "。",
    ]


def zh_rural_address_neg(g: Gen) -> list[Part]:
    return [
        f"镇上的农商行营业网点在{g.pick(['汲冢镇', '马鞍镇', '庄寨镇'])}人民路"
        f"{g.rng.randint(1, 60)}号，"
        f"惠农补贴每亩{g.rng.randint(80, 200)}元，"
        f"{g.rng.randint(3, 6)}月{g.rng.randint(1, 28)}日前发放到社保卡。"
        f"村委会电话不是个人电话，客服请打96{g.digits(3)}。"
    ]


def zh_border_region_pos(g: Gen) -> list[Part]:
    person = g.pick(ZH_MINORITY)
    born = g.birth()
    area = g.pick(["0991", "0998", "0891", "0892", "0999"])
    return [
        g.pick(["双语客服记录：", "开户资料补录：", "柜台转写："]),
        "客户",
        (PERSON, person),
        "，",
        g.pick(["维吾尔族", "藏族", "哈萨克族", "蒙古族"]),
        "，出生日期",
        (DOB, g.dob_zh(born)),
        "，身份证号",
        (CN_ID, g.cn_id(born)),
        "，现住",
        (ADDRESS, g.zh_border()),
        "，家里座机",
        (PHONE, g.zh_landline(area)),
        "，手机",
        (PHONE, g.zh_phone()),
        "。",
        g.pick(["姓名中的“·”不能省略。", "证件上的名字比卡上多一个点。", ""]),
    ]


def zh_border_region_neg(g: Gen) -> list[Part]:
    return [
        f"乌鲁木齐解放南路支行地址：解放南路{g.rng.randint(1, 300)}号，拉萨北京中路支行地址："
        f"北京中路{g.rng.randint(1, 120)}号，"
        f"均提供维汉、藏汉双语服务，营业时间北京时间10:00-18:00。客服热线95{g.digits(3)}，"
        "邮编830000。"
    ]


def zh_taiwan_letter_pos(g: Gen) -> list[Part]:
    name, given_rom, family_rom = g.rng.choice(TW_PEOPLE)
    romanised = Name(given_rom, family_rom)
    born = g.birth()
    return [
        "您好，本人",
        (PERSON, name),
        *g.either(
            0.4, ["（護照英文名 ", (PERSON, f"{family_rom.upper()}, {given_rom.upper()}"), "）"]
        ),
        "，",
        g.pick(["出生於", "生日："]),
        (DOB, g.dob_zh(born, traditional=True)),
        "，現居",
        (ADDRESS, g.zh_taiwan()),
        "，手機",
        (PHONE, g.tw_phone()),
        "，電子郵件",
        (
            EMAIL,
            g.email_for(romanised, ["gmail.com", "yahoo.com.tw", "ms1.hinet.net"]),
        ),
        "。欲辦理臺幣轉帳至大陸親屬，"
        f"請問需備何文件？民國114年{g.rng.randint(1, 12)}月{g.rng.randint(1, 28)}日",
    ]


def zh_taiwan_letter_neg(g: Gen) -> list[Part]:
    return [
        f"敬啟者：本行客服專線0800-{g.digits(3)}-{g.digits(3)}，統一編號{g.digits(8, '2')}，"
        f"營業部地址臺北市中山區中山北路二段{g.rng.randint(1, 200)}號。"
        f"民國114年{g.rng.randint(1, 12)}月起調整匯款手續費，"
        "請洽各分行。"
    ]


def zh_hk_mixed_pos(g: Gen) -> list[Part]:
    en_given, en_family, chinese = g.rng.choice(HK_PAIRS)
    form = g.rng.randrange(3)
    if form == 0:
        who: list[Part] = [(PERSON, f"{en_given} {en_family}"), "（", (PERSON, chinese), "）"]
    elif form == 1:
        who = [(PERSON, f"{en_given} {chinese[0]}")]
    else:
        who = [(PERSON, f"{en_family} {en_given} {chinese}")]
    return [
        g.pick(["唔該幫手改地址，", "客戶留言：", "WhatsApp 轉錄："]),
        "我係",
        *who,
        "，新地址",
        (ADDRESS, g.hk_address()),
        "，手提",
        (PHONE, g.hk_phone()),
        g.pick(["，email ", "，電郵 "]),
        (EMAIL, g.email_for(Name(en_given, en_family))),
        "。FPS 轉數快用我個電話就得。",
    ]


def zh_hk_mixed_neg(g: Gen) -> list[Part]:
    return [
        f"查詢熱線 (852) 2{g.digits(3)} {g.digits(4)}（服務時間 9am-6pm），"
        f"旺角分行地址彌敦道{g.rng.randint(500, 700)}號地下。"
        f"商戶 FPS 識別碼 {g.digits(7, '1')}，交易編號 {g.not_luhn('4', 16)}。"
        "周大福同埋李宁都收轉數快。"
    ]


def zh_email_forward_zh_pos(g: Gen) -> list[Part]:
    sender, cc = g.zh_name(), g.zh_name()
    earlier: list[Part] = [
        "您好，我的银行卡",
        (ACCOUNT, g.unionpay()),
        "被冻结，能否帮忙处理？我的电话",
        (PHONE, g.zh_phone()),
        "。\n",
        (PERSON, sender),
    ]
    parts: list[Part] = [
        "-------- 转发的邮件 --------\n发件人：",
        (PERSON, sender),
        " <",
        (EMAIL, g.zh_email()),
        ">\n",
        f"发送时间：2025年{g.rng.randint(1, 12)}月{g.rng.randint(1, 28)}日\n收件人："
        "kefu@stewardbank.example\n",
    ]
    if g.chance(0.6):
        parts += ["抄送：", (PERSON, cc), " <", (EMAIL, g.zh_email()), ">\n"]
    return [*parts, "主题：回复：账户冻结\n\n请尽快回复。\n\n", *quoted(earlier)]


def zh_email_forward_zh_neg(g: Gen) -> list[Part]:
    earlier: list[Part] = [
        f"您的工单{g.digits(12, '2')}已受理，请勿回复本邮件。客服热线95{g.digits(3)}。"
    ]
    return [
        "-------- 转发的邮件 --------\n发件人：Steward银行 <noreply@stewardbank.example>\n"
        "收件人：complaints@stewardbank.example\n抄送：kefu@stewardbank.example\n主题："
        "工单受理通知\n\n",
        *quoted(earlier),
    ]


COUNTRY_ZH = {
    "DE": "德国",
    "FR": "法国",
    "NL": "荷兰",
    "ES": "西班牙",
    "IT": "意大利",
    "GB": "英国",
    "IE": "爱尔兰",
}


def zh_overseas_iban_zh_pos(g: Gen) -> list[Part]:
    child = g.zh_name()
    country = g.pick(["DE", "FR", "NL", "ES", "IT", "GB", "IE"])
    return [
        f"给在{COUNTRY_ZH[country]}留学的孩子汇学费，收款人",
        (PERSON, child),
        g.pick(["（拼音同护照）", ""]),
        "，IBAN：",
        (IBAN, g.iban(country)),
        f"，SWIFT：{g.swift()}。我的账户",
        (ACCOUNT, g.unionpay()),
        "，用途：学费。孩子在那边的地址",
        (
            ADDRESS,
            g.address({"GB": "UK", "IE": "IE"}[country])
            if country in ("GB", "IE")
            else g.student_address(country),
        ),
        "。",
    ]


def zh_overseas_iban_zh_neg(g: Gen) -> list[Part]:
    return [
        f"境外汇款说明：收款行SWIFT {g.swift()}，中间行 {g.swift()}，"
        f"手续费每笔{g.rng.randint(50, 200)}元加电报费"
        f"{g.rng.randint(80, 150)}元；IBAN格式示例以国家代码开头。年度便利化额度等值5万美元。"
        f"咨询95{g.digits(3)}。"
    ]


def zh_identity_check_zh_pos(g: Gen) -> list[Part]:
    me = g.zh_name()
    born = g.birth()
    parts: list[Part] = [
        g.pick(["身份核实：", "电话回访记录：", "人脸识别失败，人工核验："]),
        "客户",
        (PERSON, me),
        "，出生日期",
        (DOB, g.dob_zh(born)),
        "，身份证号码",
        (CN_ID, number := g.cn_id(born, want_x=g.chance(0.5))),
    ]
    if number.endswith("X") and g.chance(0.6):
        parts += ["（末位是X，系统只能输数字）"]
    if g.chance(0.5):
        parts += [f"，证件有效期2020.{g.rng.randint(1, 12):02d}.{g.rng.randint(1, 28):02d}-2040"]
    if g.chance(0.5):
        parts += ["，预留手机", (PHONE, g.zh_phone())]
    return [*parts, "。"]


def zh_identity_check_zh_neg(g: Gen) -> list[Part]:
    return [
        f"身份核实失败：客户称身份证后四位{g.digits(3)}X，证件有效期2019."
        f"{g.rng.randint(1, 12):02d}.15-2039.{g.rng.randint(1, 12):02d}.15，"
        f"开户日期2025年{g.rng.randint(1, 12)}月{g.rng.randint(1, 28)}日。"
        f"系统提示“出生日期与证件不符”，已转人工，工单号{g.digits(10, '3')}。"
    ]


# --- the set -----------------------------------------------------------------------------------
# genre -> (builder with personal data, builder of a PII-free hard negative in the same shape)
GENRES: dict[str, dict[str, tuple[Builder, Builder]]] = {
    "en": {
        "chat_export": (en_chat_export_pos, en_chat_export_neg),
        "email_thread": (en_email_thread_pos, en_email_thread_neg),
        "forwarded_headers": (en_forwarded_headers_pos, en_forwarded_headers_neg),
        "intl_contact_update": (en_intl_contact_update_pos, en_intl_contact_update_neg),
        "iban_payee": (en_iban_payee_pos, en_iban_payee_neg),
        "name_spelling": (en_name_spelling_pos, en_name_spelling_neg),
        "dob_check": (en_dob_check_pos, en_dob_check_neg),
        "social_post": (en_social_post_pos, en_social_post_neg),
        "parcel_label": (en_parcel_label_pos, en_parcel_label_neg),
        "joint_application": (en_joint_application_pos, en_joint_application_neg),
        "tax_self_cert": (en_tax_self_cert_pos, en_tax_self_cert_neg),
        "crm_duplicate": (en_crm_duplicate_pos, en_crm_duplicate_neg),
        "sms_export": (en_sms_export_pos, en_sms_export_neg),
    },
    "zh": {
        "wechat_export": (zh_wechat_export_pos, zh_wechat_export_neg),
        "xiaohongshu_post": (zh_xiaohongshu_post_pos, zh_xiaohongshu_post_neg),
        "weibo_post": (zh_weibo_post_pos, zh_weibo_post_neg),
        "hukouben_paste": (zh_hukouben_paste_pos, zh_hukouben_paste_neg),
        "fangchanzheng_paste": (zh_fangchanzheng_paste_pos, zh_fangchanzheng_paste_neg),
        "kuaidi_miandan": (zh_kuaidi_miandan_pos, zh_kuaidi_miandan_neg),
        "rural_address": (zh_rural_address_pos, zh_rural_address_neg),
        "border_region": (zh_border_region_pos, zh_border_region_neg),
        "taiwan_letter": (zh_taiwan_letter_pos, zh_taiwan_letter_neg),
        "hk_mixed": (zh_hk_mixed_pos, zh_hk_mixed_neg),
        "email_forward_zh": (zh_email_forward_zh_pos, zh_email_forward_zh_neg),
        "overseas_iban_zh": (zh_overseas_iban_zh_pos, zh_overseas_iban_zh_neg),
        "identity_check_zh": (zh_identity_check_zh_pos, zh_identity_check_zh_neg),
    },
}


def generate(n: int = 600, seed: int = 15018) -> list[dict[str, object]]:
    """``n`` rows, half per language (English gets the odd one), 30% of each PII-free; genres
    cycle so each appears about equally, then the rows are shuffled (ids keep their index)."""
    rng = random.Random(seed)
    g = Gen(rng)
    plan: list[tuple[str, str, bool]] = []
    for lang, count in (("en", n - n // 2), ("zh", n // 2)):
        negatives = round(count * NEGATIVE_SHARE)
        names = list(GENRES[lang])
        plan += [(lang, names[i % len(names)], False) for i in range(count - negatives)]
        plan += [(lang, names[(i * 5 + 3) % len(names)], True) for i in range(negatives)]
    rng.shuffle(plan)
    rows: list[dict[str, object]] = []
    for index, (lang, genre, negative) in enumerate(plan):
        positive_builder, negative_builder = GENRES[lang][genre]
        text, spans = compose((negative_builder if negative else positive_builder)(g))
        if negative == bool(spans):  # a builder that breaks its promise is a bug here, not data
            raise AssertionError(f"{lang}/{genre}: negative={negative} but {len(spans)} spans")
        rows.append(
            {"id": f"v15-{lang}-{genre}-{index:04d}", "text": text, "lang": lang, "spans": spans}
        )
    return rows


def stats(rows: list[dict[str, object]]) -> dict[str, object]:
    labels: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    pii_free: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    for row in rows:
        lang = str(row["lang"])
        spans = row["spans"]
        assert isinstance(spans, list)
        by_lang[lang] += 1
        pii_free[lang] += not spans
        genres[f"{lang}/{str(row['id']).split('-')[2]}"] += 1
        labels.update(f"{lang}/{span['label']}" for span in spans)
    return {
        "rows": len(rows),
        "per_language": dict(sorted(by_lang.items())),
        "pii_free_per_language": dict(sorted(pii_free.items())),
        "spans_per_label": dict(sorted(labels.items())),
        "rows_per_genre": dict(sorted(genres.items())),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=15018)
    parser.add_argument("--stats", action="store_true", help="counts per label, language and genre")
    args = parser.parse_args(argv)
    rows = generate(args.n, args.seed)
    if args.stats:
        print(json.dumps(stats(rows), indent=2, ensure_ascii=False))
        return
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
