"""Tenth independent bilingual PII set, written blind (v10).

    python benchmarks/pii_heldout10/generator.py --stats

Emphasis: hurried customer traffic by non-native writers (no capitals, typos, run-on sentences,
Hinglish / Singlish / Taglish), dates of birth and addresses inside structured data (CSV, JSON,
XML, YAML, HTML, key=value logs) in both languages, Chinese bank-account numbers in many layouts
beside 尾号 and 对公账户 negatives, and role mailboxes (support@, noreply@: not PII) beside
personal e-mail addresses. 30% of each language's messages carry no personal data.

Rows: ``{"id", "text", "lang", "spans": [{"start", "end", "label"}]}``; the genre is the middle
part of the id. Checksums (Luhn, IBAN mod-97, GB 11643 check digit, SSN ranges) are computed by
the helpers here, written for this set.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable

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

# A field of a message: (text, label or None for plain text).
Piece = tuple[str, str | None]


class Doc:
    """Builds a text piece by piece and records the span of every labelled piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict[str, object]] = []

    def add(self, text: str, label: str | None = None) -> Doc:
        if label is not None:
            self.spans.append({"start": self.size, "end": self.size + len(text), "label": label})
        self.parts.append(text)
        self.size += len(text)
        return self

    def text(self) -> str:
        return "".join(self.parts)


SLOT = re.compile(r"«(\w+)»")


def render(doc: Doc, template: str, slots: dict[str, Piece]) -> Doc:
    """Appends ``template`` with each «key» replaced by its slot (labelled when the slot is)."""
    position = 0
    for match in SLOT.finditer(template):
        doc.add(template[position : match.start()])
        value, label = slots[match.group(1)]
        doc.add(value, label)
        position = match.end()
    doc.add(template[position:])
    return doc


# ---------------------------------------------------------------- checksums (own helpers)


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable: one check digit always fits")


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    numeric = "".join(str(int(char, 36)) for char in moved)
    return int(numeric) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, CN_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def cn_id_ok(number: str) -> bool:
    compact = number.replace(" ", "").replace("-", "")
    return len(compact) == 18 and cn_id_check(compact[:17]) == compact[17].upper()


def ssn_ok(number: str) -> bool:
    digits = number.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


# ---------------------------------------------------------------- value makers


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def grouped(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, index = [], 0
    for size in sizes:
        if index >= len(number):
            break
        out.append(number[index : index + size])
        index += size
    if index < len(number):
        out.append(number[index:])
    return sep.join(out)


def card_number(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        number = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return grouped(number, (4, 6, 5), rng.choice([" ", "-", ""]))
    number = luhn_complete("4" if kind == "visa" else rng.choice(["51", "53", "55"]), 16, rng)
    return grouped(number, (4, 4, 4, 4), rng.choice([" ", "-", "", " "]))


def unionpay(rng: random.Random, length: int | None = None) -> str:
    size = length or rng.choice([16, 19, 19, 17, 18])
    return luhn_complete(rng.choice(["6222", "6217", "6228", "6212", "6214", "6225"]), size, rng)


def cn_account_layout(rng: random.Random, number: str) -> str:
    layout = rng.randrange(6)
    if layout == 0:
        return number
    if layout == 1:
        return grouped(number, (4, 4, 4, 4, 4), " ")
    if layout == 2:
        return grouped(number, (4, 4, 4, 4, 4), "-")
    if layout == 3:
        return grouped(number, (6, 6, 7), " ")
    if layout == 4:
        return grouped(number, (4, 4, 4, 4, 4), "  ")
    return grouped(number, (3, 4, 4, 4, 4), " ")


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return value if rng.random() < 0.8 else value.replace("-", " ")


CN_REGIONS = ("110105", "310104", "440305", "330106", "510107", "420102", "320106", "370202")


def cn_id(rng: random.Random, year: int, month: int, day: int) -> str:
    first17 = f"{rng.choice(CN_REGIONS)}{year:04d}{month:02d}{day:02d}{digits(rng, 3)}"
    number = first17 + cn_id_check(first17)
    style = rng.randrange(5)
    if style == 3:
        return grouped(number, (6, 8, 4), " ")
    if style == 4:
        return grouped(number, (6, 4, 4, 4), " ")
    return number


def iban(rng: random.Random) -> str:
    country = rng.choice(["DE", "FR", "NL", "GB", "IE", "ES", "BE"])
    if country == "DE":
        raw = iban_make("DE", digits(rng, 18))
    elif country == "FR":
        raw = iban_make("FR", digits(rng, 10) + "0" + digits(rng, 10) + digits(rng, 2))
    elif country == "NL":
        raw = iban_make("NL", rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10))
    elif country == "GB":
        raw = iban_make("GB", rng.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + digits(rng, 14))
    elif country == "IE":
        raw = iban_make("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14))
    elif country == "ES":
        raw = iban_make("ES", digits(rng, 20))
    else:
        raw = iban_make("BE", digits(rng, 12))
    return grouped(raw, (4,) * 9, " ") if rng.random() < 0.6 else raw


# ---------------------------------------------------------------- names

EN_GIVEN = (
    "Priya",
    "Rahul",
    "Ananya",
    "Vikram",
    "Sneha",
    "Deepak",
    "Kavitha",
    "Arjun",
    "Mei Ling",
    "Wei Jie",
    "Siew Lan",
    "Jun Hao",
    "Hui Min",
    "Maria",
    "Jose",
    "Angelica",
    "Mark Anthony",
    "Kristine",
    "Jericho",
    "Chinedu",
    "Ngozi",
    "Olumide",
    "Thabo",
    "Lerato",
    "Aoife",
    "Ciaran",
    "Liam",
    "Chloe",
    "Hannah",
    "Marcus",
    "Tariq",
    "Yusuf",
    "Fatima",
    "Rosalind",
    "Dmitri",
)
EN_FAMILY = (
    "Sharma",
    "Iyer",
    "Reddy",
    "Nair",
    "Patel",
    "Menon",
    "Gupta",
    "Tan",
    "Lim",
    "Ng",
    "Goh",
    "Wong",
    "Santos",
    "dela Cruz",
    "Reyes",
    "Bautista",
    "Okafor",
    "Adeyemi",
    "Nkosi",
    "van der Merwe",
    "O'Brien",
    "Murphy",
    "Smith-Jones",
    "de la Fuente",
    "MacLeod",
    "Fitzgerald",
    "Abubakar",
    "Chaudhry",
    "Kowalski",
    "Haddad",
    "Ó Súilleabháin",
    "Pereira-Lopes",
)
MALAY = (
    "Ahmad bin Ismail",
    "Siti Nurhaliza binti Rahman",
    "Nurul Aisyah binti Hassan",
    "Muhammad Hafiz bin Osman",
    "Farah binti Abdullah",
)
ZH_PINYIN = ("Zhang Wei", "Li Na", "Wang Fang", "Chen Jie", "Liu Yang", "Ouyang Xue", "Huang Lei")


def typo(rng: random.Random, name: str) -> str:
    """One adjacent-letter swap inside a word: hurried typing."""
    positions = [i for i in range(len(name) - 1) if name[i].isalpha() and name[i + 1].isalpha()]
    if not positions:
        return name
    i = rng.choice(positions[1:] or positions)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def en_name(rng: random.Random, hurried: bool = False) -> str:
    roll = rng.random()
    if roll < 0.12:
        name = rng.choice(MALAY)
    elif roll < 0.2:
        name = rng.choice(ZH_PINYIN)
    else:
        name = f"{rng.choice(EN_GIVEN)} {rng.choice(EN_FAMILY)}"
    if hurried:
        if rng.random() < 0.6:
            name = name.lower()
        if rng.random() < 0.25:
            name = typo(rng, name)
    return name


def en_titled(rng: random.Random) -> str:
    family = rng.choice(EN_FAMILY)
    family = family[0].upper() + family[1:]
    return f"{rng.choice(['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Ms.'])} {family}"


ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾"
ZH_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "慕容", "东方")
ZH_GIVEN = (
    "伟",
    "芳",
    "秀英",
    "敏",
    "静",
    "丽娟",
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
    "子涵",
    "浩然",
    "雨桐",
    "梓轩",
    "思远",
)
ZH_MINORITY = (
    "阿卜杜拉·买买提",
    "古丽娜尔·吐尔逊",
    "热依扎·艾力",
    "艾合买提·托合提",
    "迪丽娜尔·阿不都",
)
ZH_LATIN = ("David Chen", "Emily Wong", "Kevin Lau", "Grace Tan", "Michael Ng", "Jason Liu")


def zh_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return rng.choice(ZH_COMPOUND) + rng.choice(ZH_GIVEN)
    if roll < 0.17:
        return rng.choice(ZH_MINORITY)
    if roll < 0.24:
        return rng.choice(ZH_LATIN)
    return rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)


def zh_short(rng: random.Random) -> str:
    """小王 / 老李 nicknames and titled surnames (王经理, 林小姐, 陈生): PERSON with the affix."""
    surname = rng.choice(ZH_SURNAMES)
    form = rng.randrange(3)
    if form == 0:
        return rng.choice("小老") + surname
    if form == 1:
        return surname + rng.choice(["经理", "总", "老师", "主任", "医生"])
    return surname + rng.choice(["小姐", "先生", "女士", "生", "太"])


# ---------------------------------------------------------------- dates of birth

MONTHS = (
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
)
ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}
CN_DIGITS = "〇一二三四五六七八九"


def birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)


def en_dob(rng: random.Random, date: tuple[int, int, int], structured: bool = False) -> str:
    year, month, day = date
    if structured:
        return rng.choice(
            [
                f"{year}-{month:02d}-{day:02d}",
                f"{day:02d}/{month:02d}/{year}",
                f"{month:02d}/{day:02d}/{year}",
                f"{year}{month:02d}{day:02d}",
                f"{day:02d}-{MONTHS[month - 1][:3].upper()}-{year}",
                f"{year}-{month:02d}-{day:02d}T00:00:00Z",
            ]
        )
    return rng.choice(
        [
            f"{day}/{month}/{year}",
            f"{day:02d}.{month:02d}.{year}",
            f"{MONTHS[month - 1]} {day}, {year}",
            f"{day} {MONTHS[month - 1].lower()} {year}",
            f"{ORDINALS.get(day, f'{day}th')} of {MONTHS[month - 1]} {year}",
            f"{day}-{MONTHS[month - 1][:3]}-{str(year)[2:]}",
            f"{MONTHS[month - 1][:3].lower()} {day} {year}",
        ]
    )


def cn_number(value: int) -> str:
    if value < 10:
        return CN_DIGITS[value] if value else "〇"
    tens, ones = divmod(value, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def zh_dob(rng: random.Random, date: tuple[int, int, int], structured: bool = False) -> str:
    year, month, day = date
    if structured:
        return rng.choice(
            [
                f"{year}-{month:02d}-{day:02d}",
                f"{year}/{month:02d}/{day:02d}",
                f"{year}{month:02d}{day:02d}",
                f"{year}年{month}月{day}日",
            ]
        )
    roll = rng.randrange(6)
    if roll == 0:
        return (
            "".join(CN_DIGITS[int(d)] for d in str(year))
            + f"年{cn_number(month)}月{cn_number(day)}日"
        )
    if roll == 1 and year >= 1912:
        return f"民国{year - 1911}年{month}月{day}日"
    if roll == 2:
        return f"{year}.{month}.{day}"
    return f"{year}年{month}月{day}日"


# ---------------------------------------------------------------- phones

EN_PHONE_MAKERS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"+91 {r.choice('6789')}{digits(r, 4)} {digits(r, 5)}",
    lambda r: f"{r.choice('6789')}{digits(r, 9)}",
    lambda r: f"+63 9{digits(r, 2)} {digits(r, 3)} {digits(r, 4)}",
    lambda r: f"09{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}",
    lambda r: f"+65 {r.choice('89')}{digits(r, 3)} {digits(r, 4)}",
    lambda r: f"+60 1{r.choice('2679')}-{digits(r, 3)} {digits(r, 4)}",
    lambda r: f"+234 80{r.choice('3678')} {digits(r, 3)} {digits(r, 4)}",
    lambda r: f"07{r.choice('3456789')}{digits(r, 2)} {digits(r, 6)}",
    lambda r: f"({r.randint(201, 799)}) {r.randint(201, 989)}-{digits(r, 4)}",
    lambda r: (
        f"{r.randint(201, 799)}-{r.randint(201, 989)}-{digits(r, 4)} ext. {r.randint(10, 999)}"
    ),
    lambda r: f"04{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
)

ZH_PHONE_MAKERS: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"1{r.choice('3578')}{digits(r, 9)}",
    lambda r: f"1{r.choice('3589')}{digits(r, 1)} {digits(r, 4)} {digits(r, 4)}",
    lambda r: f"1{r.choice('3578')}{digits(r, 1)}-{digits(r, 4)}-{digits(r, 4)}",
    lambda r: f"+86 1{r.choice('3578')}{digits(r, 9)}",
    lambda r: f"09{digits(r, 2)}-{digits(r, 3)}-{digits(r, 3)}",
    lambda r: f"+852 {r.choice('569')}{digits(r, 3)} {digits(r, 4)}",
    lambda r: f"+65 {r.choice('89')}{digits(r, 7)}",
    lambda r: f"0{r.choice(['21', '10', '755', '571'])}-{digits(r, 8)}转{r.randint(100, 8999)}",
)


def en_phone(rng: random.Random) -> str:
    return rng.choice(EN_PHONE_MAKERS)(rng)


def zh_phone(rng: random.Random) -> str:
    return rng.choice(ZH_PHONE_MAKERS)(rng)


# ---------------------------------------------------------------- e-mail

MAIL_HOSTS = ("gmail.com", "yahoo.co.in", "outlook.com", "hotmail.com", "ymail.com", "icloud.com")
ZH_MAIL_HOSTS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com")
ROLE_MAILS = (
    "support@harbourbank.com",
    "noreply@alerts.harbourbank.com",
    "customercare@harbourbank.co.in",
    "disputes@harbourbank.com.sg",
    "no-reply@notify.harbourbank.com",
    "help@harbourbank.ph",
    "kyc-team@harbourbank.com",
    "donotreply@harbourbank.co.uk",
)
ZH_ROLE_MAILS = (
    "kefu@haigangbank.com.cn",
    "service@haigangbank.com.cn",
    "noreply@haigangbank.com.cn",
    "tousu@haigangbank.com.cn",
    "support@haigangbank.com.tw",
    "no-reply@notice.haigangbank.com",
)


def personal_mail(rng: random.Random, name: str, zh: bool = False) -> str:
    ascii_name = re.sub(r"[^a-z ]", "", name.lower()).split()
    if not ascii_name or zh:
        local = rng.choice(["xiaoyu", "chenjie", "lina", "wangfang88", "zhangwei", "liuyang"])
        local += digits(rng, rng.choice([0, 2, 4]))
    else:
        local = rng.choice([".", "_", ""]).join(ascii_name[:2]) + digits(rng, rng.choice([0, 2]))
    return f"{local}@{rng.choice(ZH_MAIL_HOSTS if zh else MAIL_HOSTS)}"


# ---------------------------------------------------------------- addresses


def en_address(rng: random.Random, one_line: bool = True) -> str:
    pick, num = rng.choice, rng.randint
    kind = rng.randrange(10)
    sep = ", " if one_line else pick(["\n", ",\n"])
    if kind == 0:  # India
        parts = [
            f"Flat {num(101, 904)}, "
            + pick(["Sai Krupa Apts", "Shanti Niketan", "Green Park Residency"]),
            f"{num(2, 40)}th Cross, "
            + pick(["Indiranagar", "Koramangala", "Andheri West", "Salt Lake"]),
            f"{pick(['Bengaluru', 'Mumbai', 'Kolkata', 'Chennai'])} {num(400001, 700099)}",
        ]
    elif kind == 1:  # Philippines
        parts = [
            f"{num(12, 980)} {pick(['Mabini St', 'Rizal Ave', 'Kalayaan Ave'])}",
            f"Brgy. {pick(['San Antonio', 'Poblacion', 'Bagong Silang'])}",
            f"{pick(['Makati City', 'Quezon City', 'Cebu City'])} {num(1000, 6099)}",
        ]
    elif kind == 2:  # Singapore
        parts = [
            f"Blk {num(101, 699)} "
            + pick(["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52"]),
            f"#{num(2, 19):02d}-{num(100, 1899)}",
            f"Singapore {num(310000, 680999)}",
        ]
    elif kind == 3:  # Malaysia
        parts = [
            f"No. {num(1, 88)}, Jalan {pick(['SS 2/24', 'Bukit Bintang', 'Ampang Hilir'])}",
            f"{num(40000, 59999)} {pick(['Petaling Jaya', 'Kuala Lumpur'])}",
            pick(["Selangor", "Wilayah Persekutuan"]),
        ]
    elif kind == 4:  # UK
        parts = [
            f"{num(1, 220)} {pick(['Coldharbour Lane', 'Pershore Road', 'Victoria Street'])}",
            pick(["Brixton", "Selly Oak", "Edgbaston"]),
            pick(["London SW9 8PR", "Birmingham B29 7AD", "Leeds LS6 2QH"]),
        ]
    elif kind == 5:  # US
        parts = [
            f"{num(12, 9800)} {pick(['Elm St', 'W Jefferson Blvd', 'Mission St'])}"
            f" Apt {num(1, 40)}",
            f"{pick(['Dallas, TX', 'San Francisco, CA', 'Edison, NJ'])} {num(10000, 99950)}",
        ]
    elif kind == 6:  # Nigeria
        parts = [
            f"{num(2, 60)} {pick(['Adeola Odeku Street', 'Allen Avenue', 'Admiralty Way'])}",
            pick(["Victoria Island", "Ikeja", "Lekki Phase 1"]),
            "Lagos",
        ]
    elif kind == 7:  # South Africa
        parts = [
            f"{num(3, 120)} {pick(['Jan Smuts Ave', 'Long Street', 'Voortrekker Rd'])}",
            pick(["Rosebank", "Gardens", "Bellville"]),
            f"{pick(['Johannesburg', 'Cape Town'])} {num(1000, 8099):04d}",
        ]
    elif kind == 8:  # Canada / Australia
        parts = [
            f"{num(10, 2900)} {pick(['Yonge St', 'Chapel St', 'Rue Sainte-Catherine'])}",
            pick(["Toronto ON M4W 1J7", "South Yarra VIC 3141", "Montréal QC H3B 1A7"]),
        ]
    else:  # Germany / Netherlands
        parts = [
            f"{pick(['Hauptstraße', 'Keizersgracht', 'Schillerstr.'])} {num(1, 240)}",
            pick(["10115 Berlin", "1015 CJ Amsterdam", "80331 München"]),
        ]
    return sep.join(parts)


ZH_CN_ADDR = (
    ("广东省", "深圳市", "南山区", "科技南十二路"),
    ("北京市", "", "朝阳区", "建国路"),
    ("上海市", "", "浦东新区", "张杨路"),
    ("浙江省", "杭州市", "西湖区", "文三路"),
    ("四川省", "成都市", "武侯区", "人民南路四段"),
    ("湖北省", "武汉市", "洪山区", "珞喻路"),
)


def zh_address(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind <= 2:
        province, city, district, road = rng.choice(ZH_CN_ADDR)
        base = f"{province}{city}{district}{road}{rng.randint(1, 300)}号"
        if rng.random() < 0.6:
            base += f"{rng.randint(1, 20)}栋{rng.randint(1, 32)}0{rng.randint(1, 6)}室"
        if rng.random() < 0.3:
            base = province + city + " " + base[len(province + city) :]
        return base
    if kind == 3:  # 台湾
        return rng.choice(
            ["台北市大安區忠孝東路四段", "新北市板橋區文化路一段", "臺中市西屯區台灣大道三段"]
        ) + (f"{rng.randint(1, 400)}號{rng.randint(2, 15)}樓")
    if kind == 4:  # 香港 / 澳门
        return rng.choice(
            [
                f"香港九龍旺角彌敦道{rng.randint(500, 750)}號{rng.randint(3, 28)}樓B室",
                f"香港新界沙田大圍積福街{rng.randint(10, 80)}號{rng.randint(2, 20)}樓",
                f"澳門氹仔告利雅施利華街{rng.randint(10, 200)}號{rng.randint(2, 30)}樓",
            ]
        )
    return rng.choice(  # 新加坡 / 马来西亚华文
        [
            f"新加坡宏茂桥3道{rng.randint(101, 699)}座"
            f"#{rng.randint(2, 19):02d}-{rng.randint(100, 999)}"
            f" 邮区{rng.randint(560000, 569999)}",
            f"马来西亚雪兰莪州八打灵再也SS2/{rng.randint(10, 80)}路{rng.randint(1, 99)}号",
        ]
    )


# ---------------------------------------------------------------- negatives (never spanned)


def en_noise(rng: random.Random) -> str:
    return rng.choice(
        [
            f"otp {digits(rng, 6)} didnt work",
            f"card ending {digits(rng, 4)}",
            f"call the hotline 1-800-{rng.randint(200, 999)}-{digits(rng, 4)}",
            f"branch code {digits(rng, 4)}",
            f"IFSC HRBK000{digits(rng, 4)}",
            f"sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}",
            f"ref no. CMP-{rng.randint(2025, 2026)}-{digits(rng, 6)}",
            f"txn on {rng.randint(1, 28)}/{rng.randint(1, 11)}/2026",
            f"amt INR {rng.randint(1, 99)},{digits(rng, 3)}.00",
            f"PHP {rng.randint(1, 9)},{digits(rng, 3)}",
            f"RM{rng.randint(20, 900)}.{digits(rng, 2)}",
            f"aadhaar XXXX XXXX {digits(rng, 4)}",
            f"mailed {rng.choice(ROLE_MAILS)} twice",
            f"0345 {digits(rng, 3)} {digits(rng, 4)} kept me on hold",
            f"UTR {digits(rng, 12)}",
            "merchant "
            + rng.choice(["Shopee", "Lazada", "Flipkart", "Jollibee", "Swiggy", "Grab"]),
        ]
    )


COMPANIES = ("深圳市前海云帆科技有限公司", "杭州禾木贸易有限公司", "上海申远物流有限公司")


def zh_noise(rng: random.Random) -> str:
    return rng.choice(
        [
            f"验证码{digits(rng, 6)}",
            f"尾号{digits(rng, 4)}的卡",
            f"账号尾号{digits(rng, 4)}",
            f"客服热线95{digits(rng, 3)}",
            f"400-{digits(rng, 3)}-{digits(rng, 4)}",
            f"网点号{digits(rng, 5)}",
            f"联行号{digits(rng, 12)}",
            f"工单号GD{digits(rng, 10)}",
            f"金额￥{rng.randint(100, 99999)}.{digits(rng, 2)}",
            f"交易时间2026年{rng.randint(1, 11)}月{rng.randint(1, 28)}日",
            f"已发邮件到{rng.choice(ZH_ROLE_MAILS)}",
            f"对公账户{rng.choice(['1100', '3100', '3302', '1209'])} {digits(rng, 4)} "
            f"{digits(rng, 4)} {digits(rng, 4)}（{rng.choice(COMPANIES)}）",
            f"商户{rng.choice(['美团', '拼多多', '京东', '盒马', '瑞幸咖啡'])}",
            "先生您好",
            "女士您好",
        ]
    )


# ---------------------------------------------------------------- structured records

Field = tuple[str, str, str | None]


def person_fields_en(
    rng: random.Random, keys: dict[str, str], one_line: bool = True
) -> list[Field]:
    """A customer record: some PII fields (name, dob, address, phone, ...) and plain ones."""
    name = en_name(rng)
    fields: list[Field] = [(keys["id"], f"C{digits(rng, 7)}", None), (keys["name"], name, "PERSON")]
    extra: list[Field] = [
        (keys["dob"], en_dob(rng, birth(rng), structured=True), "DATE_OF_BIRTH"),
        (keys["addr"], en_address(rng, one_line), "ADDRESS"),
        (keys["phone"], en_phone(rng), "PHONE_NUMBER"),
        (keys["mail"], personal_mail(rng, name), "EMAIL_ADDRESS"),
        (keys["branch"], digits(rng, 4), None),
        (keys["last4"], digits(rng, 4), None),
        (keys["updated"], f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}", None),
    ]
    rare: list[Field] = [
        ("ssn", ssn(rng), "US_SSN"),
        ("iban", iban(rng), "IBAN_CODE"),
        ("card_no", card_number(rng), "CREDIT_CARD"),
        ("acct_no", digits(rng, rng.choice([8, 10, 12])), "BANK_ACCOUNT"),
        ("reply_to", rng.choice(ROLE_MAILS), None),
    ]
    chosen = [f for f in extra if f[2] in ("DATE_OF_BIRTH", "ADDRESS") or rng.random() < 0.5]
    fields += chosen + rng.sample(rare, rng.randint(0, 2))
    return fields


def person_fields_zh(rng: random.Random, keys: dict[str, str]) -> list[Field]:
    name = zh_name(rng)
    date = birth(rng)
    fields: list[Field] = [
        (keys["id"], f"KH{digits(rng, 8)}", None),
        (keys["name"], name, "PERSON"),
    ]
    extra: list[Field] = [
        (keys["dob"], zh_dob(rng, date, structured=True), "DATE_OF_BIRTH"),
        (keys["addr"], zh_address(rng), "ADDRESS"),
        (keys["phone"], zh_phone(rng), "PHONE_NUMBER"),
        (keys["idno"], cn_id(rng, *date), "CN_ID_CARD"),
        (keys["acct"], cn_account_layout(rng, unionpay(rng)), "BANK_ACCOUNT"),
        (keys["mail"], personal_mail(rng, name, zh=True), "EMAIL_ADDRESS"),
        (keys["branch"], digits(rng, 5), None),
        (keys["last4"], digits(rng, 4), None),
    ]
    chosen = [f for f in extra if f[2] in ("DATE_OF_BIRTH", "ADDRESS") or rng.random() < 0.45]
    return fields + chosen


def plain_fields_en(rng: random.Random) -> list[Field]:
    fields: list[Field] = [
        ("txn_id", f"TX{digits(rng, 10)}", None),
        ("amount", f"{rng.randint(5, 9000)}.{digits(rng, 2)}", None),
        ("currency", rng.choice(["INR", "SGD", "PHP", "MYR", "NGN", "ZAR", "USD"]), None),
        (
            "merchant",
            rng.choice(["Swiggy", "Grab SG", "Jollibee Makati", "Jumia", "Woolworths"]),
            None,
        ),
        ("created_at", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}", None),
        ("card_last4", digits(rng, 4), None),
        ("branch_code", digits(rng, 4), None),
        ("support_email", rng.choice(ROLE_MAILS), None),
        ("hotline", f"1-800-{rng.randint(200, 999)}-{digits(rng, 4)}", None),
        ("status", rng.choice(["PENDING", "SETTLED", "REVERSED"]), None),
    ]
    return rng.sample(fields, rng.randint(4, 8))


def plain_fields_zh(rng: random.Random) -> list[Field]:
    fields: list[Field] = [
        ("流水号", digits(rng, 16), None),
        ("金额", f"{rng.randint(5, 90000)}.{digits(rng, 2)}", None),
        ("商户", rng.choice(["美团外卖", "京东商城", "瑞幸咖啡", "滴滴出行"]), None),
        ("交易日期", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}", None),
        ("卡号尾号", digits(rng, 4), None),
        ("网点号", digits(rng, 5), None),
        ("客服邮箱", rng.choice(ZH_ROLE_MAILS), None),
        ("客服热线", rng.choice(["95588", "400-820-8888", "95566"]), None),
        ("对公账号", rng.choice(["1100", "3100", "4200"]) + digits(rng, 15), None),
        ("状态", rng.choice(["处理中", "已退款", "已冻结"]), None),
    ]
    return rng.sample(fields, rng.randint(4, 8))


def fmt_csv(doc: Doc, rows: list[list[Field]]) -> None:
    header = [key for key, _, _ in rows[0]]
    doc.add(",".join(header) + "\n")
    for row in rows:
        for index, (_, value, label) in enumerate(row):
            if index:
                doc.add(",")
            quoted = "," in value or "\n" in value
            doc.add('"' if quoted else "")
            doc.add(value, label)
            doc.add('"' if quoted else "")
        doc.add("\n")


def fmt_json(doc: Doc, fields: list[Field], wrap: str, indent: int) -> None:
    pad = " " * indent
    doc.add("{\n" + pad + f'"{wrap}": {{\n' if wrap else "{\n")
    inner = pad * (2 if wrap else 1)
    for index, (key, value, label) in enumerate(fields):
        doc.add(f'{inner}"{key}": "')
        doc.add(value.replace("\n", ", "), label)
        doc.add('"' + ("," if index < len(fields) - 1 else "") + "\n")
    doc.add(pad + "}\n}" if wrap else "}")


def fmt_xml(doc: Doc, fields: list[Field], root: str) -> None:
    doc.add(f"<{root}>\n")
    for key, value, label in fields:
        doc.add(f"  <{key}>")
        doc.add(value.replace("\n", ", "), label)
        doc.add(f"</{key}>\n")
    doc.add(f"</{root}>")


def fmt_yaml(doc: Doc, fields: list[Field], root: str) -> None:
    doc.add(f"{root}:\n")
    for key, value, label in fields:
        if "\n" in value:
            # A block scalar keeps the multi-line address; its span runs first line to last.
            lines = value.replace(",\n", "\n").split("\n")
            doc.add(f"  {key}: |\n    ")
            doc.add("\n    ".join(lines), label)
            doc.add("\n")
        else:
            doc.add(f"  {key}: ")
            doc.add(value, label)
            doc.add("\n")


def fmt_kv(doc: Doc, fields: list[Field], prefix: str) -> None:
    doc.add(prefix)
    for key, value, label in fields:
        value = value.replace("\n", ", ")
        quoted = " " in value
        doc.add(f" {key}=" + ('"' if quoted else ""))
        doc.add(value, label)
        doc.add('"' if quoted else "")


def fmt_html(doc: Doc, fields: list[Field], style: int) -> None:
    if style == 0:
        doc.add('<table class="kyc">\n')
        for key, value, label in fields:
            doc.add(f"  <tr><th>{key}</th><td>")
            doc.add(value.replace("\n", ", "), label)
            doc.add("</td></tr>\n")
        doc.add("</table>")
    else:
        doc.add("<div class='profile'>\n")
        for key, value, label in fields:
            doc.add(f"<p><b>{key}:</b> <span>")
            doc.add(value.replace("\n", ", "), label)
            doc.add("</span></p>\n")
        doc.add("</div>")


EN_KEYS = (
    {
        "id": "customer_id",
        "name": "full_name",
        "dob": "dob",
        "addr": "address",
        "phone": "mobile",
        "mail": "email",
        "branch": "branch_code",
        "last4": "card_last4",
        "updated": "updated_on",
    },
    {
        "id": "cif",
        "name": "name",
        "dob": "date_of_birth",
        "addr": "residential_address",
        "phone": "phone",
        "mail": "email_id",
        "branch": "sol_id",
        "last4": "last4",
        "updated": "ts",
    },
    {
        "id": "CustomerRef",
        "name": "CustomerName",
        "dob": "BirthDate",
        "addr": "MailingAddress",
        "phone": "ContactNo",
        "mail": "Email",
        "branch": "BranchCode",
        "last4": "CardLast4",
        "updated": "ModifiedDate",
    },
)
ZH_KEYS = (
    {
        "id": "客户号",
        "name": "姓名",
        "dob": "出生日期",
        "addr": "联系地址",
        "phone": "手机号",
        "idno": "身份证号",
        "acct": "收款账号",
        "mail": "邮箱",
        "branch": "网点号",
        "last4": "卡尾号",
    },
    {
        "id": "cust_no",
        "name": "cust_name",
        "dob": "birth_date",
        "addr": "address",
        "phone": "mobile",
        "idno": "id_no",
        "acct": "acct_no",
        "mail": "email",
        "branch": "org_code",
        "last4": "tail4",
    },
    {
        "id": "客户编号",
        "name": "客户姓名",
        "dob": "生日",
        "addr": "住址",
        "phone": "联系电话",
        "idno": "证件号码",
        "acct": "银行账号",
        "mail": "电子邮箱",
        "branch": "机构号",
        "last4": "尾号",
    },
)


def structured(rng: random.Random, pii: bool, lang: str, kind: str) -> Doc:
    doc = Doc()
    zh = lang == "zh"
    keys_en, keys_zh = rng.choice(EN_KEYS), rng.choice(ZH_KEYS)

    def record() -> list[Field]:
        if not pii:
            return plain_fields_zh(rng) if zh else plain_fields_en(rng)
        if zh:
            return person_fields_zh(rng, keys_zh)
        return person_fields_en(rng, keys_en, one_line=kind != "yaml" or rng.random() < 0.5)

    intro_en = (
        "pls check this export",
        "hi team, payload below, getting 422",
        "from the batch file:",
        "ops pasted this from the crm",
        "fyi log from prod",
        "",
    )
    intro_zh = (
        "帮忙看下这个导出",
        "接口返回如下，报错422",
        "批量文件里这一条：",
        "运维贴的日志",
        "麻烦核对下面数据",
        "",
    )
    intro = rng.choice(intro_zh if zh else intro_en)
    if intro:
        doc.add(intro + "\n")
    if kind == "csv":
        first = record()
        rows = [first]
        for _ in range(rng.randint(0, 2)):
            other = record()
            # every row of a CSV shares the header's columns
            keys = [k for k, _, _ in first]
            by_key = {k: (k, v, lab) for k, v, lab in other}
            rows.append([by_key.get(k, (k, "", None)) for k in keys])
        fmt_csv(doc, rows)
    elif kind == "json":
        fmt_json(doc, record(), rng.choice(["", "customer", "data", "payload"]), rng.choice([2, 4]))
    elif kind == "xml":
        fmt_xml(
            doc,
            record(),
            rng.choice(["Customer", "kycRecord", "party", "客户信息" if zh else "Applicant"]),
        )
    elif kind == "yaml":
        fmt_yaml(doc, record(), rng.choice(["customer", "applicant", "kyc"]))
    elif kind == "kv":
        for _ in range(rng.randint(1, 2)):
            stamp = (
                f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"
                f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
            )
            event = rng.choice(["kyc.update", "profile.sync", "onboard.step3", "addr_change"])
            fmt_kv(doc, record(), f"{stamp} {rng.choice(['INFO', 'WARN', 'DEBUG'])} {event}")
            doc.add("\n")
    else:
        fmt_html(doc, record(), rng.randrange(2))
    tail_en = ("", "\nwhy is this failing??", "\nthx", "\npls fix asap")
    tail_zh = ("", "\n为啥一直失败", "\n谢谢", "\n急")
    doc.add(rng.choice(tail_zh if zh else tail_en))
    return doc


# ---------------------------------------------------------------- hurried English chat

FLAVOURS = {
    "hinglish": (
        ("hi", "hello sir", "bhai", "good mrng team", "hlo", "respected sir/madam", "hey"),
        (
            "yaar",
            "kya hua to my request",
            "jaldi karo pls",
            "pls do the needful",
            "kindly revert",
            "still not done",
            "its urgent na",
            "acha ok",
            "why so much delay bhai",
        ),
    ),
    "singlish": (
        ("hi", "hello", "eh hi", "morning", "hi there", "hallo"),
        (
            "can or not",
            "so jialat",
            "why like that one",
            "pls settle for me leh",
            "wait 3 days liao",
            "dont anyhow charge lah",
            "very sian already",
            "faster pls lor",
        ),
    ),
    "taglish": (
        ("hi po", "good pm po", "hello po", "hi ma'am", "gud am"),
        (
            "pakiayos naman po",
            "sana ma-process agad",
            "grabe naman",
            "until now wala pa rin",
            "salamat po",
            "pls po",
            "nakakainis na talaga",
            "ano na po update",
        ),
    ),
}

EN_PII_CLAUSES: tuple[tuple[str, str], ...] = (
    ("my name is «v»", "name"),
    ("this is «v» here", "name"),
    ("im «v»", "name"),
    ("name - «v»", "name"),
    ("account holder «v»", "name"),
    ("on behalf of my mother «v»", "name"),
    ("my dob «v»", "dob"),
    ("born «v»", "dob"),
    ("date of birth is «v» pls check", "dob"),
    ("bday «v» same as in passport", "dob"),
    ("d.o.b: «v»", "dob"),
    ("new addr is «v»", "addr"),
    ("shifted to «v»", "addr"),
    ("deliver the card to «v»", "addr"),
    ("pls update address «v»", "addr"),
    ("call me on «v»", "phone"),
    ("whatsapp «v»", "phone"),
    ("my no. «v»", "phone"),
    ("reach me «v» after 6pm", "phone"),
    ("mail me at «v»", "mail"),
    ("send statement to «v»", "mail"),
    ("acc no «v»", "acct"),
    ("my savings a/c «v»", "acct"),
    ("credit card «v» was charged twice", "card"),
    ("cc no «v»", "card"),
    ("my ssn «v»", "ssn"),
    ("social is «v»", "ssn"),
    ("spoke to «v» at the branch", "titled"),
    ("«v» said it will take 5 days", "titled"),
    ("my friend «v» also same issue", "name"),
)


def en_value(rng: random.Random, kind: str) -> Piece:
    if kind == "name":
        return en_name(rng, hurried=True), "PERSON"
    if kind == "titled":
        return en_titled(rng), "PERSON"
    if kind == "dob":
        return en_dob(rng, birth(rng)), "DATE_OF_BIRTH"
    if kind == "addr":
        return en_address(rng), "ADDRESS"
    if kind == "phone":
        return en_phone(rng), "PHONE_NUMBER"
    if kind == "mail":
        return personal_mail(rng, en_name(rng)), "EMAIL_ADDRESS"
    if kind == "acct":
        return digits(rng, rng.choice([9, 11, 12, 14])), "BANK_ACCOUNT"
    if kind == "card":
        return card_number(rng), "CREDIT_CARD"
    return ssn(rng), "US_SSN"


def distinct_kinds(
    rng: random.Random, clauses: tuple[tuple[str, str], ...], count: int
) -> list[tuple[str, str]]:
    """``count`` clauses of different kinds (one date of birth per message, not two)."""
    kinds = rng.sample(sorted({kind for _, kind in clauses}), count)
    return [rng.choice([c for c in clauses if c[1] == kind]) for kind in kinds]


def join_run_on(rng: random.Random, doc: Doc, clauses: list[tuple[str, dict[str, Piece]]]) -> None:
    for index, (template, slots) in enumerate(clauses):
        if index:
            doc.add(rng.choice([" ", ", ", " and ", "... ", " also ", ". ", " .. "]))
        render(doc, template, slots)


def hurried_chat(rng: random.Random, pii: bool, flavour: str) -> Doc:
    openers, fillers = FLAVOURS[flavour]
    clauses: list[tuple[str, dict[str, Piece]]] = [(rng.choice(openers), {})]
    body: list[tuple[str, dict[str, Piece]]] = []
    if pii:
        for template, kind in distinct_kinds(rng, EN_PII_CLAUSES, rng.randint(1, 3)):
            body.append((template, {"v": en_value(rng, kind)}))
    for _ in range(rng.randint(1, 2) + (0 if pii else 1)):
        body.append((en_noise(rng), {}))
    body.append((rng.choice(fillers), {}))
    if not pii and rng.random() < 0.4:
        body.append(
            (
                rng.choice(
                    [
                        "my husband's card also blocked",
                        "sir pls help",
                        "my mom cant login",
                        "the guy at counter was rude",
                        "branch manager not picking",
                    ]
                ),
                {},
            )
        )
    rng.shuffle(body)
    clauses += body
    doc = Doc()
    join_run_on(rng, doc, clauses)
    if rng.random() < 0.5:
        doc.add(rng.choice(["!!", "??", " pls", " thx", "", " 🙏"]))
    if rng.random() < 0.3:
        text = doc.text()
        # hurried writers drop capitals everywhere; spans keep their offsets
        lowered = Doc()
        lowered.parts, lowered.size, lowered.spans = [text.lower()], len(text), doc.spans
        if len(text.lower()) == len(text):
            return lowered
    return doc


def dispute(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    merchant = rng.choice(
        ["Shopee", "Lazada", "Zomato", "Jumia", "Takealot", "Booking.com", "Agoda"]
    )
    amount = rng.choice(
        [
            f"INR {rng.randint(500, 90000)}",
            f"SGD {rng.randint(10, 900)}.{digits(rng, 2)}",
            f"PHP {rng.randint(300, 20000)}",
            f"ZAR {rng.randint(100, 9000)}",
        ]
    )
    day = f"{rng.randint(1, 28)} {MONTHS[rng.randint(0, 10)][:3]} 2026"
    render(
        doc,
        rng.choice(
            [
                "dispute!! {m} charged me «amt» on «day» but i cancelled the order",
                "raising chargeback for «amt» at {m}, txn «day», never got the item",
                "unauthorised txn «amt» {m} «day» pls reverse",
            ]
        ).replace("{m}", merchant),
        {"amt": (amount, None), "day": (day, None)},
    )
    extras: list[tuple[str, dict[str, Piece]]] = [
        (f"case no DSP{digits(rng, 8)}", {}),
        (f"card ending {digits(rng, 4)}", {}),
        (f"auth code {digits(rng, 6)}", {}),
    ]
    if pii:
        options: list[tuple[str, dict[str, Piece]]] = [
            ("card used «v»", {"v": (card_number(rng), "CREDIT_CARD")}),
            ("cardholder «v»", {"v": (en_name(rng, hurried=rng.random() < 0.5), "PERSON")}),
            ("contact «v»", {"v": (en_phone(rng), "PHONE_NUMBER")}),
            (
                "email «v» (not «r»)",
                {
                    "v": (personal_mail(rng, en_name(rng)), "EMAIL_ADDRESS"),
                    "r": (rng.choice(ROLE_MAILS), None),
                },
            ),
            ("billing addr «v»", {"v": (en_address(rng), "ADDRESS")}),
        ]
        extras += rng.sample(options, rng.randint(1, 3))
    rng.shuffle(extras)
    doc.add(rng.choice([". ", "\n", " - "]))
    join_run_on(rng, doc, extras[: rng.randint(2, len(extras))] if not pii else extras)
    return doc


def en_email(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    subject = rng.choice(
        [
            "Re: Fwd: complaint escalation",
            "address update pls",
            "URGENT card blocked",
            "Fw: KYC docs",
            "re: re: dispute",
        ]
    )
    if pii:
        name = en_name(rng)
        doc.add("From: ").add(name, "PERSON").add(" <").add(
            personal_mail(rng, name), "EMAIL_ADDRESS"
        ).add(">\n")
        doc.add(f"To: {rng.choice(ROLE_MAILS)}\n")
        if rng.random() < 0.5:
            other = en_name(rng)
            doc.add("Cc: ").add(other, "PERSON").add(" <").add(
                personal_mail(rng, other), "EMAIL_ADDRESS"
            )
            doc.add(f">, {rng.choice(ROLE_MAILS)}\n")
        doc.add(f"Subject: {subject}\n\n")
        body: list[tuple[str, dict[str, Piece]]] = [
            (
                "hi, pls update my address to «v»",
                {"v": (en_address(rng, one_line=rng.random() < 0.5), "ADDRESS")},
            ),
            ("my dob is «v» in case you need", {"v": (en_dob(rng, birth(rng)), "DATE_OF_BIRTH")}),
            (
                "i already replied to the «r» mail but nobody answer",
                {"r": (rng.choice(ROLE_MAILS), None)},
            ),
            (f"ticket {digits(rng, 7)} still open", {}),
        ]
        join_run_on(rng, doc, rng.sample(body, rng.randint(2, 4)))
        doc.add(
            "\n\n> On 3 Nov 2026, "
            + rng.choice(ROLE_MAILS)
            + " wrote:\n> Dear Customer, your request is received.\n"
        )
        if rng.random() < 0.6:
            doc.add("\n--\n").add(name.split()[0] if rng.random() < 0.3 else name, "PERSON")
            doc.add("\n").add(en_phone(rng), "PHONE_NUMBER")
    else:
        doc.add(
            f"From: {rng.choice(ROLE_MAILS)}\nTo: {rng.choice(ROLE_MAILS)}\nSubject: {subject}\n\n"
        )
        render(
            doc,
            rng.choice(
                [
                    "Dear Customer, we refer to case «c». Please do not reply to this mailbox; "
                    "write to «r» or call «h».",
                    "hi team, batch «c» failed at 02:14, retry scheduled, reach ops on «h»",
                    "Dear Sir/Madam, your card ending «l» is dispatched. Queries: «r».",
                ]
            ),
            {
                "c": (f"CS{digits(rng, 8)}", None),
                "r": (rng.choice(ROLE_MAILS), None),
                "h": (
                    rng.choice(
                        [
                            f"1-800-{rng.randint(200, 999)}-{digits(rng, 4)}",
                            f"0345 {digits(rng, 3)} {digits(rng, 4)}",
                            f"1800 {digits(rng, 3)} {digits(rng, 4)}",
                        ]
                    ),
                    None,
                ),
                "l": (digits(rng, 4), None),
            },
        )
    return doc


def sepa(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    if pii:
        name = en_name(rng)
        render(
            doc,
            rng.choice(
                [
                    "need to send eur to my landlord «n» iban «i» asap rent is late",
                    "beneficiary: «n» / IBAN «i» / pls confirm fee",
                    "«n» here, my iban changed to «i», update the standing order pls",
                    "pls add payee «n», «i», address «a»",
                ]
            ),
            {
                "n": (name, "PERSON"),
                "i": (iban(rng), "IBAN_CODE"),
                "a": (en_address(rng), "ADDRESS"),
            },
        )
        doc.add(
            rng.choice(["", f" BIC {rng.choice(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP'])}", " thx"])
        )
    else:
        render(
            doc,
            rng.choice(
                [
                    "whats the cut off for sepa instant? BIC «b» fee EUR «f»?",
                    "transfer ref «r» stuck since «d», BIC «b», pls check",
                    "is sort code «s» the same for all branches??",
                    "my rent transfer to germany bounced, ref «r», the landlord says BIC «b»",
                    "hi, why EUR «f» fee for a sepa credit on «d»?? ref «r»",
                    "standing order ref «r» didnt go on «d», pls check with BIC «b»",
                    "can i pay a dutch iban from the app or only branch? fee «f» ok",
                ]
            ),
            {
                "b": (rng.choice(["DEUTDEFF", "INGBNL2A", "BNPAFRPP", "AIBKIE2D"]), None),
                "f": (f"{rng.randint(1, 25)}.00", None),
                "r": (f"SEPA{digits(rng, 10)}", None),
                "d": (f"{rng.randint(1, 28)}/{rng.randint(1, 11)}/2026", None),
                "s": (f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}", None),
            },
        )
        if rng.random() < 0.6:
            doc.add(rng.choice([" ", ". ", " also "]) + en_noise(rng))
    return doc


# ---------------------------------------------------------------- Chinese free text

ZH_PII_CLAUSES: tuple[tuple[str, str], ...] = (
    ("我叫«v»", "name"),
    ("本人«v»", "name"),
    ("户名«v»", "name"),
    ("帮我同事«v»也问下", "name"),
    ("之前是«v»帮我办的", "short"),
    ("«v»说三天到账", "short"),
    ("找«v»就行", "short"),
    ("生日«v»", "dob"),
    ("出生日期«v»", "dob"),
    ("我是«v»出生的", "dob"),
    ("出生年月日：«v»", "dob"),
    ("新地址«v»", "addr"),
    ("卡寄到«v»", "addr"),
    ("住址改成«v»", "addr"),
    ("請寄到«v»", "addr"),
    ("电话«v»", "phone"),
    ("手机号«v»", "phone"),
    ("有事打«v»", "phone"),
    ("聯絡電話«v»", "phone"),
    ("身份证«v»", "id"),
    ("身份证号码是«v»", "id"),
    ("证件号«v»", "id"),
    ("卡号«v»", "acct"),
    ("收款账号«v»", "acct"),
    ("银航卡号«v»", "acct"),
    ("帐号«v»", "acct"),
    ("邮箱«v»", "mail"),
    ("发到我邮箱«v»别发«r»", "mail"),
)


def zh_value(rng: random.Random, kind: str) -> Piece:
    if kind == "name":
        return zh_name(rng), "PERSON"
    if kind == "short":
        return zh_short(rng), "PERSON"
    if kind == "dob":
        return zh_dob(rng, birth(rng)), "DATE_OF_BIRTH"
    if kind == "addr":
        return zh_address(rng), "ADDRESS"
    if kind == "phone":
        return zh_phone(rng), "PHONE_NUMBER"
    if kind == "id":
        return cn_id(rng, *birth(rng)), "CN_ID_CARD"
    if kind == "acct":
        return cn_account_layout(rng, unionpay(rng)), "BANK_ACCOUNT"
    return personal_mail(rng, "", zh=True), "EMAIL_ADDRESS"


def zh_join(rng: random.Random, doc: Doc, clauses: list[tuple[str, dict[str, Piece]]]) -> None:
    for index, (template, slots) in enumerate(clauses):
        if index:
            doc.add(rng.choice(["，", " ", "。", "", "，然后", " 还有", "、"]))
        render(doc, template, slots)


def zh_chat(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    clauses: list[tuple[str, dict[str, Piece]]] = [
        (rng.choice(["在吗", "急急急", "你好", "客服在不在", "喂", "請問", "亲"]), {})
    ]
    body: list[tuple[str, dict[str, Piece]]] = []
    if pii:
        for template, kind in distinct_kinds(rng, ZH_PII_CLAUSES, rng.randint(1, 3)):
            body.append(
                (template, {"v": zh_value(rng, kind), "r": (rng.choice(ZH_ROLE_MAILS), None)})
            )
    for _ in range(rng.randint(1, 2) + (0 if pii else 1)):
        body.append((zh_noise(rng), {}))
    body.append(
        (
            rng.choice(
                ["快点处理", "都等三天了", "怎麼還沒好", "搞快点", "谢谢啦", "烦死了", "麻烦尽快"]
            ),
            {},
        )
    )
    if not pii and rng.random() < 0.5:
        body.append(
            (
                rng.choice(
                    [
                        "我老公的卡也冻了",
                        "我妈不会用手机银行",
                        "柜台那个先生态度很差",
                        "经理说明天回电",
                    ]
                ),
                {},
            )
        )
    rng.shuffle(body)
    zh_join(rng, doc, clauses + body)
    doc.add(rng.choice(["", "！！", "？？", "🙏", "。"]))
    return doc


def zh_accounts(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    bank = rng.choice(
        [
            "招商银行深圳分行",
            "工商银行杭州文三路支行",
            "建设银行成都武侯支行",
            "中国银行上海浦东分行",
        ]
    )
    clauses: list[tuple[str, dict[str, Piece]]] = []
    if pii:
        account = cn_account_layout(rng, unionpay(rng))
        clauses.append(
            (
                rng.choice(
                    [
                        "转账到«a»，户名«n»，开户行" + bank,
                        "收款人：«n}\n收款账号：«a»\n开户行：" + bank,
                        "帮我查下«a»这张卡为什么收不到钱，户名«n»",
                        "工资卡«a»（«n»）已经销户了吗",
                        "«n»的借记卡«a»被冻结",
                    ]
                ).replace("«n}", "«n»"),
                {
                    "a": (account, "BANK_ACCOUNT"),
                    "n": (rng.choice([zh_name(rng), zh_short(rng)]), "PERSON"),
                },
            )
        )
        if rng.random() < 0.35:
            credit = luhn_complete(rng.choice(["6259", "6258", "6253"]), 16, rng)
            clauses.append(
                (
                    rng.choice(["另外我的信用卡«c»账单不对", "信用卡号«c»的额度能提吗"]),
                    {
                        "c": (
                            grouped(credit, (4, 4, 4, 4), rng.choice([" ", "-", ""])),
                            "CREDIT_CARD",
                        )
                    },
                )
            )
        if rng.random() < 0.3:
            clauses.append(("也可以打给我«p»", {"p": (zh_phone(rng), "PHONE_NUMBER")}))
    else:
        company = rng.choice(
            ["深圳市前海云帆科技有限公司", "杭州禾木贸易有限公司", "上海申远物流有限公司"]
        )
        clauses.append(
            (
                rng.choice(
                    [
                        "货款请打到对公账户«a»，户名" + company + "，开户行" + bank,
                        "我们公司对公账号«a»，联行号«l»，麻烦开通代发工资",
                        "尾号«t»的卡收到一笔退款，是不是«m»退的",
                        "账号尾号«t»的那张卡怎么被风控了",
                    ]
                ),
                {
                    "a": (
                        rng.choice(["1100", "3100", "4420", "3302"])
                        + " "
                        + grouped(digits(rng, 16), (4, 4, 4, 4), " "),
                        None,
                    ),
                    "l": (digits(rng, 12), None),
                    "t": (digits(rng, 4), None),
                    "m": (rng.choice(["美团", "京东", "拼多多"]), None),
                },
            )
        )
    for _ in range(rng.randint(1, 2)):
        clauses.append((zh_noise(rng), {}))
    zh_join(rng, doc, clauses)
    return doc


def zh_email(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    subject = rng.choice(["转发：投诉升级", "回复：地址变更", "银行卡挂失", "关于还款日调整"])
    if pii:
        name = zh_name(rng)
        doc.add("发件人：").add(name, "PERSON").add(" <").add(
            personal_mail(rng, name, zh=True), "EMAIL_ADDRESS"
        ).add(">\n")
        doc.add(f"收件人：{rng.choice(ZH_ROLE_MAILS)}\n")
        if rng.random() < 0.4:
            doc.add(f"抄送：{rng.choice(ZH_ROLE_MAILS)}\n")
        doc.add(f"主题：{subject}\n\n")
        body: list[tuple[str, dict[str, Piece]]] = [
            ("你们好，我的地址改为«v»", {"v": (zh_address(rng), "ADDRESS")}),
            ("出生日期«v»", {"v": (zh_dob(rng, birth(rng)), "DATE_OF_BIRTH")}),
            ("«r»一直自动回复没人理", {"r": (rng.choice(ZH_ROLE_MAILS), None)}),
            (zh_noise(rng), {}),
        ]
        zh_join(rng, doc, rng.sample(body, rng.randint(2, 4)))
        doc.add("\n\n——\n").add(name, "PERSON").add("\n").add(zh_phone(rng), "PHONE_NUMBER")
    else:
        doc.add(
            f"发件人：{rng.choice(ZH_ROLE_MAILS)}\n收件人：{rng.choice(ZH_ROLE_MAILS)}\n主题：{subject}\n\n"
        )
        zh_join(
            rng,
            doc,
            [
                (rng.choice(["尊敬的客户您好", "各位同事", "您好"]), {}),
                (zh_noise(rng), {}),
                (zh_noise(rng), {}),
                (
                    rng.choice(
                        ["请勿直接回复本邮件", "如有疑问请联系客服", "此邮件由系统自动发送"]
                    ),
                    {},
                ),
            ],
        )
    return doc


def zh_regional(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    region = rng.randrange(3)
    if pii:
        if region == 0:  # 台湾
            template = rng.choice(
                ["您好我是«n»，手機«p»，地址«a»，生日«d»", "請幫我改通訊地址：«a»，聯絡人«n» «p»"]
            )
            phone = f"09{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"
            address = (
                rng.choice(
                    ["台北市大安區忠孝東路四段", "新北市板橋區文化路一段", "高雄市苓雅區四維三路"]
                )
                + f"{rng.randint(1, 400)}號{rng.randint(2, 15)}樓"
            )
            date = birth(rng)
            dob = f"民國{date[0] - 1911}年{date[1]}月{date[2]}日"
        elif region == 1:  # 香港
            template = rng.choice(
                [
                    "我個名係«n»，電話«p»，住«a»",
                    "唔該幫我改地址去«a»，有咩打«p»搵«n»",
                    "«n»嚟緊會去分行，佢生日«d»",
                ]
            )
            phone = f"{rng.choice(['5', '6', '9'])}{digits(rng, 3)} {digits(rng, 4)}"
            address = f"香港九龍旺角彌敦道{rng.randint(500, 750)}號{rng.randint(3, 28)}樓B室"
            dob = zh_dob(rng, birth(rng))
        else:  # 新加坡 / 马来西亚
            template = rng.choice(
                [
                    "hello 我是«n» lah，电话«p»，地址«a»",
                    "帮我update地址«a»可以吗，我«n»，生日«d»",
                    "«n»的电话«p»，明天来bank",
                ]
            )
            phone = f"+65 {rng.choice('89')}{digits(rng, 3)} {digits(rng, 4)}"
            block, floor, unit = rng.randint(101, 699), rng.randint(2, 19), rng.randint(100, 999)
            address = f"新加坡宏茂桥3道{block}座#{floor:02d}-{unit}"
            dob = zh_dob(rng, birth(rng))
        render(
            doc,
            template,
            {
                "n": (rng.choice([zh_name(rng), zh_short(rng), rng.choice(ZH_LATIN)]), "PERSON"),
                "p": (phone, "PHONE_NUMBER"),
                "a": (address, "ADDRESS"),
                "d": (dob, "DATE_OF_BIRTH"),
            },
        )
    else:
        doc.add(
            rng.choice(
                [
                    f"請問信用卡年費幾多錢？客服電話2233 {digits(rng, 4)}打唔通",
                    f"台北分行營業時間？我的卡尾號{digits(rng, 4)}要換新",
                    f"新加坡这边的SWIFT code是什么 lah，转账编号{digits(rng, 10)}",
                    f"驗證碼{digits(rng, 6)}收唔到，先生你幫我睇下",
                    f"澳門分行幾點開？要存{rng.randint(2, 90)}000蚊",
                    f"台灣這邊匯款手續費多少？交易序號{digits(rng, 12)}",
                    "新加坡的branch星期六有开吗 lah，我要换新卡",
                    f"我嘅卡喺{rng.choice(['旺角', '銅鑼灣', '沙田'])}ATM食咗卡，"
                    f"卡尾號{digits(rng, 4)}",
                ]
            )
        )
        if rng.random() < 0.6:
            doc.add("，" + zh_noise(rng))
    doc.add(rng.choice(["", "，唔該", "，謝謝", " 谢谢", "！"]))
    return doc


def zh_notice(rng: random.Random, pii: bool) -> Doc:
    doc = Doc()
    if pii:
        date = birth(rng)
        name = zh_name(rng)
        render(
            doc,
            "关于客户«n»（身份证号«i»）信息变更的通知\n各支行：\n",
            {"n": (name, "PERSON"), "i": (cn_id(rng, *date), "CN_ID_CARD")},
        )
        render(
            doc,
            rng.choice(
                [
                    "经核实，该客户出生日期应为«d»，联系地址变更为«a»，请于三个工作日内完成系统更新。",
                    "该客户申请将通讯地址变更为«a»，出生日期«d»，经办人«s»。",
                ]
            ),
            {
                "d": (zh_dob(rng, date), "DATE_OF_BIRTH"),
                "a": (zh_address(rng), "ADDRESS"),
                "s": (zh_short(rng), "PERSON"),
            },
        )
        doc.add(f"\n文号：海银发〔2026〕{rng.randint(10, 300)}号")
    else:
        doc.add(
            rng.choice(
                [
                    "关于调整个人客户转账限额的通知\n各支行：\n自2026年12月1日起，",
                    "关于春节期间网点营业时间安排的通知\n各网点：\n",
                ]
            )
        )
        doc.add(f"{zh_noise(rng)}，{zh_noise(rng)}。\n文号：海银发〔2026〕{rng.randint(10, 300)}号")
    return doc


# ---------------------------------------------------------------- the set


def _structured(kind: str, lang: str) -> Callable[[random.Random, bool], Doc]:
    return lambda rng, pii: structured(rng, pii, lang, kind)


def _flavour(name: str) -> Callable[[random.Random, bool], Doc]:
    return lambda rng, pii: hurried_chat(rng, pii, name)


STRUCTURED_KINDS = ("csv", "json", "xml", "yaml", "kv", "html")
GENRES: dict[str, dict[str, Callable[[random.Random, bool], Doc]]] = {
    "en": {
        "hinglish": _flavour("hinglish"),
        "singlish": _flavour("singlish"),
        "taglish": _flavour("taglish"),
        "dispute": dispute,
        "email": en_email,
        "sepa": sepa,
        **{kind: _structured(kind, "en") for kind in STRUCTURED_KINDS},
    },
    "zh": {
        "chat": zh_chat,
        "accounts": zh_accounts,
        "email": zh_email,
        "regional": zh_regional,
        "notice": zh_notice,
        **{kind: _structured(kind, "zh") for kind in STRUCTURED_KINDS},
    },
}


def generate(n: int = 600, seed: int = 10018) -> list[dict]:
    """``n`` messages, alternating English and Chinese; 3 in 10 of each language PII-free."""
    rng = random.Random(seed)
    rows: list[dict] = []
    for index in range(n):
        lang = "en" if index % 2 == 0 else "zh"
        pii = (index // 2) % 10 >= 3
        genre = rng.choice(sorted(GENRES[lang]))
        doc = GENRES[lang][genre](rng, pii)
        spans = sorted(doc.spans, key=lambda span: int(str(span["start"])))
        rows.append(
            {
                "id": f"h10-{lang}-{genre}-{index:04d}",
                "text": doc.text(),
                "lang": lang,
                "spans": spans,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="tenth blind bilingual PII set")
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=10018)
    parser.add_argument("--stats", action="store_true", help="counts per label, language and genre")
    parser.add_argument("--show", type=int, default=0, help="print this many rows as JSON lines")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    for row in rows[: args.show]:
        print(json.dumps(row, ensure_ascii=False))
    if args.stats:
        labels = Counter(span["label"] for row in rows for span in row["spans"])
        genres = Counter(row["id"].rsplit("-", 1)[0].removeprefix("h10-") for row in rows)
        for lang in ("en", "zh"):
            mine = [row for row in rows if row["lang"] == lang]
            free = sum(not row["spans"] for row in mine)
            print(f"{lang}: {len(mine)} messages, PII-free {free} ({free / max(len(mine), 1):.1%})")
        print("labels:", dict(sorted(labels.items())))
        print("genres:", dict(sorted(genres.items())))


if __name__ == "__main__":
    main()
