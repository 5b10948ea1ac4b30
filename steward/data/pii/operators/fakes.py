"""Fake values of the right shape, drawn from a seeded ``random.Random``.

Used by ``pseudonymize``: the seed comes from an HMAC of the original, so the same original gets
the same fake everywhere. Chinese originals get Chinese fakes, others English ones; numbers keep
their format (separators, country prefix) and get valid check digits (Luhn for cards, GB 11643
for PRC resident IDs, ISO 7064 mod 97 for IBANs). Own word lists rather than Faker: the output
must never change under a library upgrade, or pseudonyms stop matching across runs.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from stdnum import iban, luhn
from stdnum.cn import ric

_CJK = re.compile(r"[\u4e00-\u9fff]")

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
    "彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
ZH_GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍建国志红梅鑫宇浩然子涵欣怡思远晨"
    "雨佳琪文博俊凯婷雪海燕新春晓东"
)
ZH_PLACES = (
    ("北京市", ("北京市",), ("朝阳区", "海淀区", "东城区", "丰台区")),
    ("上海市", ("上海市",), ("浦东新区", "徐汇区", "静安区", "闵行区")),
    ("广东省", ("广州市", "深圳市", "佛山市"), ("天河区", "福田区", "南山区", "越秀区")),
    ("浙江省", ("杭州市", "宁波市", "温州市"), ("西湖区", "鄞州区", "鹿城区", "拱墅区")),
    ("江苏省", ("南京市", "苏州市", "无锡市"), ("鼓楼区", "姑苏区", "梁溪区", "玄武区")),
    ("四川省", ("成都市", "绵阳市"), ("武侯区", "锦江区", "涪城区", "青羊区")),
    ("湖北省", ("武汉市", "宜昌市"), ("江汉区", "洪山区", "西陵区", "武昌区")),
    ("山东省", ("济南市", "青岛市"), ("历下区", "市南区", "崂山区", "槐荫区")),
)
ZH_STREETS = (
    "人民路",
    "解放路",
    "中山路",
    "建设路",
    "和平街",
    "文化路",
    "长江路",
    "新华街",
    "友谊路",
)
# Real county-level region codes (GB/T 2260), so fake IDs start like real ones.
CN_REGIONS = (
    "110101", "110105", "110108", "310101", "310104", "310115", "440103", "440106",
    "440304", "440305", "330102", "330106", "320102", "320106", "510104", "510107",
    "420103", "420111", "370102", "370202", "110102", "310106", "120101", "120102",
)  # fmt: skip
EN_FIRST = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark",
    "Sandra", "Steven", "Ashley", "Andrew", "Emily", "Joshua", "Michelle", "Kevin", "Amanda",
    "Brian", "Melissa", "George", "Laura", "Omar", "Priya", "Wei", "Aisha", "Diego", "Mei",
)  # fmt: skip
EN_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
    "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
    "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Adams", "Patel",
    "Chen", "Khan", "Baker", "Nelson",
)  # fmt: skip
EN_STREETS = ("Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main")
EN_SUFFIXES = ("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct")
EN_CITIES = (
    ("Springfield", "IL"), ("Riverside", "CA"), ("Franklin", "TN"), ("Greenville", "SC"),
    ("Madison", "WI"), ("Salem", "OR"), ("Fairview", "TX"), ("Clinton", "IA"),
    ("Georgetown", "KY"), ("Arlington", "VA"),
)  # fmt: skip
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")  # reserved: never a real inbox
CN_MOBILE_PREFIXES = (
    "130", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "158", "159", "177", "180", "182", "186", "187", "188", "189", "199",
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def is_chinese(value: str) -> bool:
    return bool(_CJK.search(value))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _into_format(template: str, digits: str) -> str:
    """Put ``digits`` into the digit positions of ``template``, keeping everything else."""
    it = iter(digits)
    return "".join(next(it) if ch.isdigit() else ch for ch in template)


def _generic(value: str, rng: random.Random) -> str:
    """Same shape: digits → digits, letters → letters (same case), Chinese → Chinese."""
    out = []
    for ch in value:
        if ch.isdigit():
            out.append(rng.choice("0123456789"))
        elif "a" <= ch <= "z":
            out.append(rng.choice("abcdefghijklmnopqrstuvwxyz"))
        elif "A" <= ch <= "Z":
            out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        elif _CJK.match(ch):
            out.append(rng.choice(ZH_GIVEN))
        else:
            out.append(ch)
    return "".join(out)


def fake_person(value: str, rng: random.Random) -> str:
    if is_chinese(value):
        given = rng.choice(ZH_GIVEN) + (rng.choice(ZH_GIVEN) if len(value) >= 3 else "")
        return rng.choice(ZH_SURNAMES) + given
    words = value.split()
    if len(words) <= 1:
        return rng.choice(EN_FIRST)
    middle = [f"{rng.choice('ABCDEFGHJKLMNPRSTW')}." for _ in words[2:]]
    return " ".join([rng.choice(EN_FIRST), *middle, rng.choice(EN_LAST)])


def fake_address(value: str, rng: random.Random) -> str:
    if is_chinese(value):
        province, cities, districts = rng.choice(ZH_PLACES)
        city = rng.choice(cities)
        head = city if province == city else province + city
        text = f"{head}{rng.choice(districts)}{rng.choice(ZH_STREETS)}{rng.randint(1, 999)}号"
        if "室" in value:
            room = f"{rng.randint(1, 33)}0{rng.randint(1, 6)}"
            text += f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{room}室"
        return text
    street = f"{rng.randint(10, 9999)} {rng.choice(EN_STREETS)} {rng.choice(EN_SUFFIXES)}"
    if "," not in value:
        return street
    city, state = rng.choice(EN_CITIES)
    return f"{street}, {city}, {state} {rng.randint(10000, 99999)}"


def fake_email(value: str, rng: random.Random) -> str:
    user = f"{rng.choice(EN_FIRST).lower()}.{rng.choice(EN_LAST).lower()}{rng.randint(1, 99)}"
    return f"{user}@{rng.choice(EMAIL_DOMAINS)}"


def _cn_mobile(rng: random.Random) -> str:
    return rng.choice(CN_MOBILE_PREFIXES) + _digits(rng, 8)


def fake_phone(value: str, rng: random.Random) -> str:
    digits = ascii_digits(value)
    first_group = re.match(r"\D*(\d*)", value).group(1)  # type: ignore[union-attr]
    if len(digits) == 13 and digits.startswith("86"):  # +86 Chinese mobile
        return _into_format(value, "86" + _cn_mobile(rng))
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789" and len(first_group) > 1:
        return _into_format(value, _cn_mobile(rng))
    head = "1" if len(digits) == 11 and digits[0] == "1" else ""
    if len(digits) - len(head) == 10:  # North American: NXX NXX XXXX
        area = str(rng.randint(2, 9)) + _digits(rng, 2)
        exchange = str(rng.randint(2, 9)) + _digits(rng, 2)
        return _into_format(value, head + area + exchange + _digits(rng, 4))
    if not digits:
        return _generic(value, rng)
    return _into_format(value, digits[0] + _digits(rng, len(digits) - 1))


def ascii_digits(value: str) -> str:
    """The value's digits as ASCII: full-width (１２３) and other Unicode digits are digits to
    the recognizers (and to :func:`_into_format`), but check-digit code needs 0-9."""
    return "".join(str(unicodedata.digit(ch)) for ch in value if ch.isdigit())


def _luhn_number(first: str, length: int, rng: random.Random) -> str:
    body = first + _digits(rng, length - len(first) - 1)
    return body + luhn.calc_check_digit(body)


def fake_card(value: str, rng: random.Random) -> str:
    digits = ascii_digits(value)
    if not digits:
        return _generic(value, rng)
    # Keep the network's first digit (4 Visa, 5 Mastercard, 6 UnionPay, 3 Amex): the shape,
    # not the issuing bank.
    return _into_format(value, _luhn_number(digits[0], len(digits), rng))


def fake_bank_account(value: str, rng: random.Random) -> str:
    digits = ascii_digits(value)
    if digits.startswith("62") and len(digits) >= 12:  # UnionPay-style: Luhn-valid
        return _into_format(value, _luhn_number("62", len(digits), rng))
    return _generic(value, rng)


def fake_cn_id(value: str, rng: random.Random) -> str:
    # Some county codes were valid only in some years; draw again until the ID validates.
    for _ in range(20):
        born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 20000))
        body = rng.choice(CN_REGIONS) + born.strftime("%Y%m%d") + _digits(rng, 3)
        number = body + ric.calc_check_digit(body + "0")  # stdnum wants a placeholder digit
        if ric.is_valid(number):
            return number
    return "11010119800101001" + ric.calc_check_digit("110101198001010010")


def fake_iban(value: str, rng: random.Random) -> str:
    compact = re.sub(r"\s", "", value).upper()
    if len(compact) < 5 or not compact[:2].isalpha():
        return _generic(value, rng)
    bban = _generic(compact[4:], rng)
    check = iban.calc_check_digits(compact[:2] + "00" + bban)
    new = compact[:2] + check + bban
    it = iter(new)
    return "".join(next(it) if not ch.isspace() else ch for ch in value)


def fake_ip(value: str, rng: random.Random) -> str:
    if ":" in value:
        return ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(8))
    first = rng.choice([n for n in range(11, 224) if n not in (100, 127, 169, 172, 192)])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


_DATE_FORMATS = (
    (re.compile(r"\d{4}年\d{1,2}月\d{1,2}日"), lambda d: f"{d.year}年{d.month}月{d.day}日"),
    (re.compile(r"\d{4}([-/.])\d{2}\1\d{2}"), None),
    (re.compile(r"\d{2}/\d{2}/\d{4}"), lambda d: d.strftime("%m/%d/%Y")),
    (re.compile(r"[A-Z][a-z]+ \d{1,2}, \d{4}"),
     lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}"),
    (re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}"),
     lambda d: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"),
)  # fmt: skip


def fake_date(value: str, rng: random.Random) -> str:
    born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 24000))
    for pattern, render in _DATE_FORMATS:
        if pattern.fullmatch(value):
            if render is None:
                sep = value[4]
                return born.strftime(f"%Y{sep}%m{sep}%d")
            return render(born)
    return _generic(value, rng)


FAKERS: dict[str, Callable[[str, random.Random], str]] = {
    "PERSON": fake_person,
    "ADDRESS": fake_address,
    "LOCATION": fake_address,
    "STREET_ADDRESS": fake_address,
    "EMAIL_ADDRESS": fake_email,
    "PHONE_NUMBER": fake_phone,
    "CREDIT_CARD": fake_card,
    "BANK_ACCOUNT": fake_bank_account,
    "CN_ID_CARD": fake_cn_id,
    "IBAN": fake_iban,
    "IBAN_CODE": fake_iban,
    "IP_ADDRESS": fake_ip,
    "DATE_OF_BIRTH": fake_date,
}


def fake_value(label: str, value: str, rng: random.Random) -> str:
    return FAKERS.get(label, _generic)(value, rng)
