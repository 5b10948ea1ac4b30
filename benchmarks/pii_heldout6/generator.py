"""Blind bilingual PII evaluation set, version 6 (issue 18).

Authoring rule: written blind. The author of this file did not open the PII engine, its
recognizers, taggers, generators or lexicons, the PII dev set, the earlier held-out sets
(``pii_heldout`` .. ``pii_heldout5``), ``benchmarks/pii_quality.py`` or the shared PII data, and
did not run the engine on these messages. The wording comes from general knowledge of how bank
customers and staff write. The set is measured, never tuned on: read the aggregate figure, not
its individual misses.

Rows: ``{"id", "text", "lang": "en" | "zh", "spans": [{"start", "end", "label"}]}``; languages
alternate (even rows English, odd rows Chinese) and 30% of each language's messages carry no
personal data (hard negatives). ``generate(n, seed)`` is deterministic for a seed.

Genres, English: live-chat logs with timestamps and agent/customer labels; OCR of scanned
account-opening and ID forms (noisy labels, surname-first capitals); probate and power-of-attorney
letters; small-business owners writing about employees and payroll; mortgage applications with
co-applicants; complaints forwarded by an ombudsman; hurried phone messages (no capitals, no
punctuation); students abroad; scam victims recounting calls; e-mails with signatures;
call-centre transcripts and voicemails with numbers read aloud; "Name's" introductions with
several phone numbers; SEPA transfers; US tax / W-9 style requests; adding a second holder;
Chinese customers abroad sending money to their own UnionPay debit card.
Chinese: 客服聊天记录; 语音转写 without punctuation and with
digits read aloud (幺 for 1); 繁體 letters from Hong Kong and Taiwan; 远程开户 forms; 代办/委托书;
小微企业主 payroll; 老人子女代问; 诈骗经过陈述; 留学生 (Latin-script names and UK/US addresses
inside Chinese text, IBANs, SSNs); 邮件签名; 信用卡盗刷; 同事/客户经理 cues; 搬家改地址.
Hard negatives in both languages:
hotlines and service numbers (400/800/95xxx, 0345/0800, 1-800), merchants named after people,
product names, capitalised common words, streets without a number, family words, non-birth dates,
amounts, reference / tracking / order numbers, OTPs, card last-four digits, sort codes, routing
numbers, BSB / IFSC / SWIFT codes, blank form labels, the bank's own unsigned letters, scam
reports without anyone's details, and surname characters inside ordinary words (谢谢, 王府井).

Labelling conventions (the project's): a span holds the value only, never its cue word. A title
stays outside a PERSON span when a full name follows it (``Dr`` + ``Teresa Kowalczyk``, ``张伟明``
+ ``先生``); a surname with only a title is spanned with the title (``Mr Ahmed``, ``王经理``,
``李阿姨``); a bare given name or nickname (``dan``, ``Tariq``, ``小王``) is a PERSON too. A
phone's extension and a bracketed country code belong to the phone; bank and
company hotlines are not personal and get no span. An address runs from its first part (flat/unit
or house number; province or city in Chinese) to its last (postcode, or flat/room/floor) as
written, one span even over several lines. A UnionPay ``62`` card called 卡号/收款卡/银行卡/
"debit card"/"account" is BANK_ACCOUNT, with a credit cue near it is CREDIT_CARD; Visa, Mastercard,
Amex, JCB and Discover cards are CREDIT_CARD. Staff names in sign-offs and third parties are
PERSON; companies, merchants, branches, products, streets alone and places are not. Branch
identifiers (sort code, routing number, BSB, IFSC, SWIFT/BIC), last-four digits, OTPs,
reference numbers, amounts and non-birth dates get no span. Numbers read aloud keep their spoken
form in the span, with the label of the number. Checksums are valid: Luhn for cards and UnionPay
accounts, ISO 7064 MOD 11-2 for CN IDs, MOD-97 for IBANs; SSNs are plausible (area not 000, 666
or 9xx; group not 00; serial not 0000).

``python benchmarks/pii_heldout6/generator.py --stats`` prints counts per label and language and
three samples per language.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

LABELS = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "DATE_OF_BIRTH",
)
PII_FREE_SHARE = 0.30


class _Message:
    """Builds a message piece by piece so every span is exactly the value inserted."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.spans: list[dict[str, Any]] = []
        self.values: list[str] = []

    def t(self, text: str) -> _Message:
        self._parts.append(text)
        self._length += len(text)
        return self

    def p(self, value: str, label: str) -> _Message:
        if label not in LABELS:
            raise ValueError(f"unknown label {label!r}; expected one of {LABELS}")
        self.spans.append({"start": self._length, "end": self._length + len(value), "label": label})
        self.values.append(value)
        return self.t(value)

    @property
    def text(self) -> str:
        return "".join(self._parts)


Template = Callable[[random.Random, _Message], None]
_T = TypeVar("_T")

# ---------------------------------------------------------------------------------------------
# Checksums and number values
# ---------------------------------------------------------------------------------------------


def _luhn_complete(partial: str) -> str:
    """Append the Luhn check digit to ``partial``."""
    total = 0
    for position, char in enumerate(reversed(partial)):
        digit = int(char)
        if position % 2 == 0:  # these get doubled once the check digit is appended
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return partial + str((10 - total % 10) % 10)


def _digits(r: random.Random, count: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(count))


def _card_digits(r: random.Random, prefix: str, length: int) -> str:
    return _luhn_complete(prefix + _digits(r, length - len(prefix) - 1))


def _group(number: str, sizes: list[int], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at : at + size])
        at += size
    if at < len(number):
        out.append(number[at:])
    return sep.join(part for part in out if part)


def _format_card(r: random.Random, number: str) -> str:
    if len(number) == 15:  # Amex 4-6-5
        return r.choice([_group(number, [4, 6, 5]), _group(number, [4, 6, 5], "-"), number])
    style = r.random()
    if style < 0.45:
        return _group(number, [4, 4, 4, 4])
    if style < 0.6:
        return _group(number, [4, 4, 4, 4], "-")
    return number


def credit_card(r: random.Random, unionpay: bool = False) -> str:
    if unionpay:
        return _format_card(r, _card_digits(r, r.choice(["6259", "6225", "6226", "6282"]), 16))
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "jcb", "discover"])
    if kind == "visa":
        number = _card_digits(r, "4" + _digits(r, 5), 16)
    elif kind == "mc":
        number = _card_digits(r, r.choice(["51", "52", "53", "54", "55"]), 16)
    elif kind == "mc2":
        number = _card_digits(r, str(r.randint(2221, 2720)), 16)
    elif kind == "amex":
        number = _card_digits(r, r.choice(["34", "37"]), 15)
    elif kind == "jcb":
        number = _card_digits(r, str(r.randint(3528, 3589)), 16)
    else:
        number = _card_digits(r, "6011", 16)
    return _format_card(r, number)


def unionpay_account(r: random.Random) -> str:
    prefix = r.choice(["6222", "6217", "6228", "6212", "6214", "6230", "6216", "6236"])
    number = _card_digits(r, prefix, r.choice([16, 19, 19, 19, 17, 18]))
    style = r.random()
    if style < 0.4:
        return _group(number, [4, 4, 4, 4])
    if style < 0.5 and len(number) == 19:
        return _group(number, [6, 13])
    return number


_CN_AREAS = [
    "110105", "110108", "310104", "310115", "440305", "440106", "330106", "320106",
    "510107", "420106", "370202", "350203", "610113", "430104", "210102", "120101",
]  # fmt: skip
_CN_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(r: random.Random, birth: tuple[int, int, int] | None = None) -> str:
    year, month, day = birth or _birth(r)
    body = f"{r.choice(_CN_AREAS)}{year:04d}{month:02d}{day:02d}{_digits(r, 3)}"
    remainder = sum(int(c) * w for c, w in zip(body, _CN_ID_WEIGHTS, strict=True)) % 11
    return body + "10X98765432"[remainder]


def _iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def _letters(r: random.Random, count: int) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(count))


def iban(r: random.Random, country: str | None = None) -> str:
    country = country or r.choice(["GB", "DE", "FR", "NL", "ES", "IT", "IE", "CH", "PL", "BE"])
    bban = {
        "GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(r, 14),
        "DE": lambda: _digits(r, 18),
        "FR": lambda: _digits(r, 23),
        "NL": lambda: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + _digits(r, 10),
        "ES": lambda: _digits(r, 20),
        "IT": lambda: _letters(r, 1) + _digits(r, 22),
        "IE": lambda: r.choice(["AIBK", "BOFI"]) + _digits(r, 14),
        "CH": lambda: _digits(r, 17),
        "PL": lambda: _digits(r, 24),
        "BE": lambda: _digits(r, 12),
    }[country]()
    value = country + _iban_check(country, bban) + bban
    return _group(value, [4] * 9) if r.random() < 0.7 else value


def us_ssn(r: random.Random) -> str:
    while True:
        area = r.randint(1, 772)  # areas issued before randomisation look most plausible
        if area != 666:
            break
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def _birth(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1938, 2006), r.randint(1, 12), r.randint(1, 28)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
             "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
             "twenty-sixth", "twenty-seventh", "twenty-eighth"]  # fmt: skip
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
            8: "eighty", 9: "ninety"}  # fmt: skip
_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spoken_year(year: int) -> str:
    century, rest = divmod(year, 100)
    if century == 20:
        if rest == 0:
            return "two thousand"
        return "two thousand and " + _EN_UNITS[rest] if rest < 10 else "twenty " + _two(rest)
    return "nineteen " + (_two(rest) if rest >= 10 else "oh " + _EN_UNITS[rest])


def _two(value: int) -> str:
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip
    if value < 10:
        return _EN_UNITS[value]
    if value < 20:
        return teens[value - 10]
    tens, units = divmod(value, 10)
    return _EN_TENS[tens] + ("-" + _EN_UNITS[units] if units else "")


def dob_en(r: random.Random, birth: tuple[int, int, int] | None = None, us: bool = False) -> str:
    year, month, day = birth or _birth(r)
    month_name = _MONTHS[month - 1]
    forms = [
        f"{month:02d}/{day:02d}/{year}" if us else f"{day:02d}/{month:02d}/{year}",
        f"{day} {month_name[:3]} {year}",
        f"{month_name} {day}, {year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{day:02d}.{month:02d}.{year}",
        f"{day}{_suffix(day)} of {month_name} {year}",
        f"{day} {month_name} {year}",
    ]
    return r.choice(forms)


def dob_en_spoken(r: random.Random) -> str:
    year, month, day = _birth(r)
    return f"the {_ORDINALS[day - 1]} of {_MONTHS[month - 1]} {_spoken_year(year)}"


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


_ZH_DIGITS = "零一二三四五六七八九"


def _zh_number(value: int) -> str:
    """Chinese numeral for 1..31 (months and days)."""
    if value < 10:
        return _ZH_DIGITS[value]
    tens, units = divmod(value, 10)
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[units] if units else "")


def dob_zh(r: random.Random, birth: tuple[int, int, int] | None = None) -> str:
    year, month, day = birth or _birth(r)
    forms = [
        f"{year}年{month}月{day}日",
        f"{year}-{month:02d}-{day:02d}",
        f"{year}.{month}.{day}",
        f"{year}/{month:02d}/{day:02d}",
        f"{year}年{month:02d}月{day:02d}日",
        "".join(_ZH_DIGITS[int(c)] for c in str(year))
        + f"年{_zh_number(month)}月{_zh_number(day)}日",
    ]
    return r.choice(forms)


_EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_en(digits: str, r: random.Random, group: int = 0) -> str:
    """Digits read aloud the way a transcript writes them ("oh" for zero now and then)."""
    words = []
    for char in digits:
        if char == "0" and r.random() < 0.5:
            words.append("oh")
        else:
            words.append(_EN_WORDS[int(char)])
    if group:
        return ", ".join(" ".join(words[i : i + group]) for i in range(0, len(words), group))
    return " ".join(words)


def spoken_zh(digits: str, r: random.Random) -> str:
    yao = r.random() < 0.6  # 幺 for 1 is how most people read phone and card numbers aloud
    out = []
    for char in digits:
        if char == "X":
            out.append("叉")
        elif char == "1" and yao:
            out.append("幺")
        else:
            out.append(_ZH_DIGITS[int(char)])
    return "".join(out)


def _plain(value: str) -> str:
    return "".join(c for c in value if c.isdigit() or c == "X")


# ---------------------------------------------------------------------------------------------
# Phones, people, e-mails, addresses
# ---------------------------------------------------------------------------------------------


def phone_uk(r: random.Random) -> str:
    mobile = f"7700 900{r.randint(0, 999):03d}"
    forms = [
        f"0{mobile}",
        f"+44 {mobile}",
        f"+44 (0){mobile}",
        f"020 7946 0{r.randint(0, 999):03d}",
        f"0161 496 0{r.randint(0, 999):03d}",
        f"+44 (0)113 496 0{r.randint(0, 999):03d}",
        f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
    ]
    return r.choice(forms)


def phone_us(r: random.Random, extension: bool = False) -> str:
    area = r.choice(["212", "312", "415", "617", "416", "604", "713", "305", "206", "404"])
    line = f"555-01{r.randint(0, 99):02d}"
    value = r.choice([f"({area}) {line}", f"{area}-{line}", f"+1 {area} {line.replace('-', ' ')}",
                      f"{area}.{line.replace('-', '.')}"])  # fmt: skip
    if extension:
        value += r.choice([f" ext. {r.randint(2, 899)}", f" x{r.randint(1000, 9999)}",
                           f" ext {r.randint(10, 99)}"])  # fmt: skip
    return value


def phone_any_en(r: random.Random) -> str:
    return phone_uk(r) if r.random() < 0.5 else phone_us(r, extension=r.random() < 0.25)


def cn_mobile_digits(r: random.Random) -> str:
    prefix = r.choice(
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
            "157",
            "158",
            "159",
            "166",
            "173",
            "176",
            "177",
            "180",
            "181",
            "186",
            "187",
            "188",
            "189",
            "191",
            "198",
            "199",
        ]
    )
    return prefix + _digits(r, 8)


def phone_cn(r: random.Random) -> str:
    digits = cn_mobile_digits(r)
    forms = [
        digits,
        digits,
        _group(digits, [3, 4, 4]),
        _group(digits, [3, 4, 4], "-"),
        "+86 " + digits,
        "(+86) " + _group(digits, [3, 4, 4]),
        "+86-" + digits,
        " ".join(digits),  # how speech-to-text writes a number read out digit by digit
    ]
    return r.choice(forms)


def landline_cn(r: random.Random, extension: bool = True) -> str:
    area, local = r.choice([("021", 8), ("010", 8), ("0755", 8), ("020", 8), ("0571", 8),
                            ("028", 8), ("0512", 8), ("027", 8)])  # fmt: skip
    number = f"{area}-{r.randint(2, 8)}{_digits(r, local - 1)}"
    if extension:
        number += r.choice([f"转{r.randint(100, 9999)}", f" 转 {r.randint(10, 999)}",
                            f"-{r.randint(100, 999)}"])  # fmt: skip
    return number


def phone_hk(r: random.Random) -> str:
    local = f"{r.choice('5679')}{_digits(r, 3)} {_digits(r, 4)}"
    return r.choice([f"+852 {local}", local, f"(852) {local}"])


def phone_tw(r: random.Random) -> str:
    return r.choice([f"09{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 3)}",
                     f"+886 9{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"])  # fmt: skip


# Names from many cultures, including names that are ordinary English words.
_EN_PEOPLE = [
    ("Teresa", "Kowalczyk"), ("Chidi", "Okafor"), ("Adaeze", "Nwosu"), ("Priya", "Raghunathan"),
    ("Mohammed", "Al-Farsi"), ("Siobhan", "O'Sullivan"), ("Javier", "Fernández-Ruiz"),
    ("Oluwaseun", "Adeyemi"), ("Wei", "Zhang"), ("Hiroshi", "Tanaka"), ("Min-jun", "Park"),
    ("Aleksandr", "Volkov"), ("Fatima", "Benali"), ("Rhys", "Llewellyn"), ("Grace", "Hill"),
    ("Will", "Baker"), ("Hope", "Miller"), ("Rose", "Gardner"), ("Bill", "Price"),
    ("Faith", "Wood"), ("Ngozi", "Eze"), ("Arjun", "Mehta"), ("Kwame", "Asante"), ("Ewa", "Nowak"),
    ("Aisha", "Rahman"), ("Lars", "Eriksson"), ("Mateo", "Silva"), ("Chloé", "Dubois"),
    ("Declan", "McAllister"), ("Keisha", "Washington"), ("Lakshmi", "Venkataraman"),
    ("Bao", "Tran"), ("Yusuf", "Demir"), ("Zainab", "Bello"), ("Carmen", "Delgado"),
    ("Andrzej", "Wiśniewski"), ("Heather", "Frost"), ("Sunil", "Pillai"), ("Olga", "Petrenko"),
    ("Tariq", "Hussain"), ("Mei Ling", "Chua"), ("Eamon", "Gallagher"), ("Nkechi", "Obi"),
    ("Dawn", "Summers"), ("Ray", "Sterling"), ("Joy", "Mbeki"), ("Hamish", "MacLeod"),
    ("Thanh", "Nguyen"), ("Soo-ah", "Kim"), ("Rafael", "Oliveira"), ("Ingrid", "Haugen"),
]  # fmt: skip
_EN_MIDDLE = ["James", "Marie", "Anne", "Emmanuel", "Louise", "Kofi", "Rose", "Alan", "Jo"]
_EN_NICKNAMES = ["dan", "liz", "bobby", "chinny", "sandy", "tash", "raj", "mo", "kat", "benji"]
_EN_SURNAMES_ALONE = ["Ahmed", "Okonkwo", "Patel", "Nguyen", "Hughes", "Kowalski", "Abara",
                      "Fitzgerald", "Lindqvist", "Osei", "Brennan", "Castillo"]  # fmt: skip
_EN_TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]


def person_en(r: random.Random, style: str | None = None) -> str:
    given, family = r.choice(_EN_PEOPLE)
    style = style or r.choice(["full", "full", "full", "middle", "caps_first", "comma", "initial"])
    if style == "middle":
        return f"{given} {r.choice(_EN_MIDDLE)} {family}"
    if style == "caps_first":
        return f"{family.upper()} {given}"
    if style == "comma":
        return f"{family}, {given}"
    if style == "initial":
        return f"{given[0]}. {family}"
    if style == "lower":
        return f"{given} {family}".lower()
    if style == "given":
        return given
    return f"{given} {family}"


def title_surname_en(r: random.Random) -> str:
    return f"{r.choice(['Mr', 'Mrs', 'Ms', 'Dr'])} {r.choice(_EN_SURNAMES_ALONE)}"


_ZH_PEOPLE = [
    "张伟明", "李秀英", "王芳", "刘洋", "陈建国", "杨静", "赵磊", "黄丽娟", "周子健",
    "吴晓燕", "欧阳娜娜", "司马长风", "徐志强", "孙丽", "马晓东", "胡雪梅", "郭子豪", "何佳怡",
    "罗文斌", "梁嘉欣", "宋玉兰", "郑海涛", "谢婉清", "韩梅", "唐晓峰",
    "冯淑珍", "曹振宇", "钱佩华",
    "高建军", "朱婷婷", "林海燕", "叶晨", "诸葛明", "蒋卫东", "万春花", "邓一鸣", "夏雨",
]  # fmt: skip
_ZH_TRAD_PEOPLE = ["陳美玲", "黃志偉", "林淑芬", "張家豪", "李嘉欣", "吳建宏", "劉德明", "鄭雅婷",
                   "蔡宗翰", "許文傑"]  # fmt: skip
_ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "谢", "孙", "马", "何"]
_ZH_TITLES = ["经理", "阿姨", "老师", "师傅", "总", "主任", "姐", "叔", "警官", "大爷", "医生"]
_ZH_HONORIFICS = ["先生", "女士", "小姐", "同志"]
_PINYIN_PEOPLE = ["Zhang Weiming", "Li Xiuying", "Kevin Zhao", "Chen Jianguo", "Wang Fang",
                  "Amy Liu", "Huang Lijuan", "Jason Wu", "Yang Jing", "Eric Sun"]  # fmt: skip


def person_zh(r: random.Random) -> str:
    return r.choice(_ZH_PEOPLE)


def title_surname_zh(r: random.Random, titles: list[str] | None = None) -> str:
    return r.choice(_ZH_SURNAMES) + r.choice(titles or _ZH_TITLES)


_EMAIL_DOMAINS_EN = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
                     "proton.me", "hotmail.com", "sky.com", "comcast.net"]  # fmt: skip
_EMAIL_DOMAINS_ZH = ["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "139.com"]
_PINYIN_HANDLES = ["zhangwm", "lixiuying", "wangfang", "chenjg", "yangjing", "zhaolei",
                   "huanglj", "xiaoyan.wu", "ouyangnn", "maxd", "hexiaojia",
                   "luowenbin"]  # fmt: skip


def email_en(r: random.Random, name: str | None = None) -> str:
    if name is None:
        given, family = r.choice(_EN_PEOPLE)
    else:
        given, _, family = name.partition(" ")
    ascii_given = "".join(c for c in given.lower() if c.isascii() and c.isalpha()) or "jo"
    ascii_family = "".join(c for c in family.lower() if c.isascii() and c.isalpha()) or "smith"
    local = r.choice([f"{ascii_given}.{ascii_family}", f"{ascii_given[0]}{ascii_family}",
                      f"{ascii_given}{ascii_family}{r.randint(1, 99)}",
                      f"{ascii_family}_{ascii_given}"])  # fmt: skip
    return f"{local}@{r.choice(_EMAIL_DOMAINS_EN)}"


def email_zh(r: random.Random) -> str:
    if r.random() < 0.3:
        return f"{r.randint(10000, 2999999999)}@qq.com"
    return f"{r.choice(_PINYIN_HANDLES)}{r.choice(['', '1988', '_66', '2020', '0321'])}" + (
        f"@{r.choice(_EMAIL_DOMAINS_ZH)}"
    )


_UK_PLACES = [("Wellington Road", "Leeds", "LS6 2AB"), ("Ashgrove Terrace", "Newcastle upon Tyne",
              "NE6 5RL"), ("Clarendon Street", "Nottingham", "NG1 5JD"), ("Mill Lane", "Bristol",
              "BS3 4PQ"), ("Victoria Avenue", "Cardiff", "CF5 1HT"), ("Beech Grove", "Harrogate",
              "HG2 0EW"), ("Queen Street", "Glasgow", "G1 3DX"), ("Oxford Road", "Manchester",
              "M13 9PL"), ("Kings Road", "Brighton", "BN1 2FL"), ("Lisburn Road", "Belfast",
              "BT9 6AF")]  # fmt: skip
_US_PLACES = [("Maple Grove Dr", "Columbus, OH", "43214"), ("W Addison St", "Chicago, IL",
              "60613"), ("Peachtree St NE", "Atlanta, GA", "30309"), ("Elm Street", "Springfield,"
              " MA", "01103"), ("Mission St", "San Francisco, CA", "94103"), ("Bayshore Blvd",
              "Tampa, FL", "33606"), ("Pine Ridge Rd", "Asheville, NC", "28804")]  # fmt: skip


def address_en(r: random.Random, multiline: bool | None = None, kind: str = "") -> str:
    multiline = r.random() < 0.3 if multiline is None else multiline
    kind = kind or r.choice(["uk", "uk", "us", "us", "ca", "au", "ie", "hk"])
    number = r.randint(2, 4800) if kind == "us" else r.randint(1, 212)
    if kind == "uk":
        street, town, postcode = r.choice(_UK_PLACES)
        flat = r.choice(["", f"Flat {r.randint(1, 24)}, ", ""])
        house = f"{number}{r.choice(['', '', 'A', 'B'])}"
        lines = [f"{flat}{house} {street}", town, postcode]
        if not multiline:
            return f"{lines[0]}, {town} {postcode}"
    elif kind == "us":
        street, town, zip_code = r.choice(_US_PLACES)
        unit = r.choice(
            ["", f", Apt {r.randint(1, 30)}{r.choice('ABCD')}", f" #{r.randint(2, 999)}"]
        )
        lines = [f"{number} {street}{unit}", f"{town} {zip_code}"]
        if not multiline:
            return f"{lines[0]}, {town} {zip_code}"
    elif kind == "ca":
        lines = [f"{number} Bloor St W, Suite {r.randint(100, 2200)}", "Toronto, ON M5S 1W4"]
    elif kind == "au":
        lines = [f"Unit {r.randint(1, 40)}/{number} Smith Street", "Fitzroy VIC 3065"]
    elif kind == "ie":
        lines = [f"Apt {r.randint(1, 60)}, The Maltings", "Bray", "Co. Wicklow", "A98 K2X7"]
    else:
        lines = [f"Flat {r.choice('ABCDEFG')}, {r.randint(3, 40)}/F, Kin Wah Building",
                 f"{number} Hennessy Road", "Wan Chai, Hong Kong"]  # fmt: skip
    return ("\n" if multiline else ", ").join(lines)


_ZH_ADDRESS_PARTS = [
    ("广东省深圳市南山区", "科技南十二路{n}号", "{b}栋{room}室"),
    ("上海市徐汇区", "漕溪北路{n}弄{b}号", "{room}室"),
    ("北京市朝阳区", "建国路{n}号院", "{b}号楼{room}"),
    ("浙江省杭州市西湖区", "文三路{n}号", "{b}幢{room}室"),
    ("四川省成都市武侯区", "人民南路四段{n}号", "{b}单元{room}"),
    ("江苏省南京市鼓楼区", "中山北路{n}号", "{b}栋{room}室"),
    ("湖北省武汉市洪山区", "珞喻路{n}号", "{b}栋{room}"),
    ("山东省青岛市市南区", "香港中路{n}号", "{b}号楼{room}户"),
    ("天津市河西区", "友谊路{n}号", "{b}门{room}"),
    ("福建省厦门市思明区", "湖滨南路{n}号", "{b}楼{room}室"),
]  # fmt: skip
_ZH_TRAD_ADDRESSES = [
    "香港九龍旺角彌敦道{n}號{f}樓{u}室",
    "香港新界沙田大圍積福街{n}號{f}樓{u}座",
    "台北市大安區忠孝東路四段{n}號{f}樓",
    "新北市板橋區文化路一段{n}號{f}樓之{b}",
    "台中市西屯區台灣大道三段{n}號{f}樓",
    "澳門氹仔海洋花園大馬路{n}號{f}樓{u}",
]


def address_zh(r: random.Random, multiline: bool = False) -> str:
    province, street, unit = r.choice(_ZH_ADDRESS_PARTS)
    fill = {
        "n": r.randint(1, 999),
        "b": r.randint(1, 18),
        "room": f"{r.randint(1, 32)}0{r.randint(1, 8)}",
    }
    parts = [province, street.format(**fill), unit.format(**fill)]
    if multiline:
        return "\n".join(parts)
    if r.random() < 0.25:  # people often drop the province
        parts[0] = parts[0].split("省")[-1]
    return "".join(parts)


def address_trad(r: random.Random) -> str:
    return r.choice(_ZH_TRAD_ADDRESSES).format(
        n=r.randint(1, 700), f=r.randint(2, 30), u=r.choice("ABCDEFGH"), b=r.randint(1, 6)
    )


def bank_account_en(r: random.Random) -> tuple[str, str]:
    """(account value, non-personal branch cue text that goes before it)."""
    kind = r.choice(["uk", "uk", "us", "au", "in", "hk"])
    if kind == "uk":
        sort_code = f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        return _digits(r, 1).replace("0", "3") + _digits(r, 7), f"sort code {sort_code}, account "
    if kind == "us":
        routing = r.choice(["021000021", "026009593", "121000358", "011401533"])
        return str(r.randint(1, 5)) + _digits(r, r.randint(8, 11)), f"routing {routing}, acct "
    if kind == "au":
        bsb = f"0{r.randint(10, 99)}-{r.randint(100, 999)}"
        return f"{_digits(r, 4)} {_digits(r, 4)}", f"BSB {bsb}, account number "
    if kind == "in":
        ifsc = f"HDFC0{_digits(r, 6)}"
        return "50100" + _digits(r, 9), f"IFSC {ifsc}, a/c no. "
    return f"{_digits(r, 3)}-{_digits(r, 6)}-{_digits(r, 3)}", "HSBC HK account "


# ---------------------------------------------------------------------------------------------
# English templates with personal data
# ---------------------------------------------------------------------------------------------


def _stamp(r: random.Random, hour: int, minute: int) -> str:
    return f"[{hour:02d}:{minute:02d}:{r.randint(0, 59):02d}]"


def en_chat_log(r: random.Random, m: _Message) -> None:
    hour, minute = r.randint(8, 21), r.randint(0, 50)
    agent = person_en(r, "given")
    m.t(f"{_stamp(r, hour, minute)} Agent (").p(agent, "PERSON")
    m.t("): Thanks for waiting, you're chatting with Northbridge support. How can I help?\n")
    m.t(f"{_stamp(r, hour, minute + 1)} Customer: my card got blocked abroad, the app says ")
    m.t(f"ref CHT-{r.randint(100000, 999999)}\n")
    m.t(f"{_stamp(r, hour, minute + 2)} Agent: I can help with that. Can you confirm your full ")
    m.t("name and date of birth please?\n")
    m.t(f"{_stamp(r, hour, minute + 3)} Customer: ").p(person_en(r, "full"), "PERSON").t(", ")
    m.p(dob_en(r), "DATE_OF_BIRTH")
    m.t(f"\n{_stamp(r, hour, minute + 4)} Agent: And the best number to reach you on?\n")
    m.t(f"{_stamp(r, hour, minute + 5)} Customer: ").p(phone_any_en(r), "PHONE_NUMBER")
    m.t(" but I'm in Lisbon till Friday so WhatsApp is better\n")
    m.t(f"{_stamp(r, hour, minute + 6)} Agent: Thank you. The block is lifted, card ending ")
    m.t(f"{_digits(r, 4)} is active again.")


def en_ocr_form(r: random.Random, m: _Message) -> None:
    m.t(r.choice(["APPLICATI0N FOR A PERS0NAL ACC0UNT   Page 1 of 3\n",
                  "ACCOUNT OPENING - CUSTOMER DETAILS (scanned)\n"]))  # fmt: skip
    m.t("1. Full name (as on ID) ").p(person_en(r, "caps_first"), "PERSON").t("\n")
    m.t("2. D0B (DD/MM/YYYY) ").p(_dob_slash(r), "DATE_OF_BIRTH")
    m.t("\n3. Residentia1 address |\n").p(address_en(r, multiline=True), "ADDRESS").t("\n")
    m.t("4. Te1ephone (mob) ").p(phone_any_en(r), "PHONE_NUMBER").t("\n")
    if r.random() < 0.5:
        m.t("5. SSN / TIN ").p(us_ssn(r), "US_SSN").t("\n")
    else:
        m.t("5. Emai1 ").p(email_en(r), "EMAIL_ADDRESS").t("\n")
    m.t("6. Occupation  Retired    7. Signature ______   Date ")
    m.t(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025")


def _dob_slash(r: random.Random) -> str:
    year, month, day = _birth(r)
    return f"{day:02d}/{month:02d}/{year}"


def en_probate(r: random.Random, m: _Message) -> None:
    deceased = person_en(r, r.choice(["full", "middle"]))
    m.t("Dear Sir or Madam,\n\nRe: the estate of the late ").p(deceased, "PERSON")
    m.t(" (date of birth ").p(dob_en(r), "DATE_OF_BIRTH").t(f", died {r.randint(1, 28)} ")
    m.t(f"{r.choice(_MONTHS)} 2025)\n\nI am the executor named in the will. Please freeze the ")
    value, cue = bank_account_en(r)
    m.t(f"account ({cue}").p(value, "BANK_ACCOUNT").t(
        ") and send the closing balance statement to me at\n"
    )
    m.p(address_en(r, multiline=True), "ADDRESS")
    m.t("\n\nA certified copy of the grant of probate is enclosed. Our solicitor, ")
    m.p(title_surname_en(r), "PERSON").t(" of Hartley & Crane LLP, can be reached on ")
    m.p(phone_uk(r), "PHONE_NUMBER").t(".\n\nYours faithfully,\n").p(person_en(r, "full"), "PERSON")


def en_power_of_attorney(r: random.Random, m: _Message) -> None:
    donor = person_en(r, "full")
    m.t("Hello, I hold a lasting power of attorney for my parent, ").p(donor, "PERSON")
    m.t(". They have dementia and can't manage online banking any more. Their details: born ")
    m.p(dob_en(r), "DATE_OF_BIRTH").t(", lives at ").p(address_en(r, multiline=False), "ADDRESS")
    m.t(". The LPA registration is LPA ref 7000-" + _digits(r, 4) + "-" + _digits(r, 4))
    m.t(". Please register me as attorney, my name is ").p(person_en(r, "middle"), "PERSON")
    m.t(" and my email is ").p(email_en(r), "EMAIL_ADDRESS").t(".")


def en_payroll(r: random.Random, m: _Message) -> None:
    m.t(r.choice(["hi, small bakery owner here (Crumb & Co). ", "Hi team, I run a 6-person "
                  "plumbing firm. "]))  # fmt: skip
    m.t("Payroll bounced for two staff this month, can you check the details I entered:\n")
    for _ in range(2):
        value, cue = bank_account_en(r)
        m.t("- ").p(person_en(r, r.choice(["full", "comma", "initial"])), "PERSON")
        m.t(f": £{r.randint(900, 2600)}.{r.randint(0, 99):02d}, {cue}").p(value, "BANK_ACCOUNT")
        m.t("\n")
    if r.random() < 0.5:
        m.t("The new starter's SSN for the W-4 is ").p(us_ssn(r), "US_SSN")
    else:
        m.t("Our bookkeeper ").p(person_en(r, "given"), "PERSON").t(" is on ")
        m.p(phone_any_en(r), "PHONE_NUMBER")
    m.t(". Thanks")


def en_mortgage(r: random.Random, m: _Message) -> None:
    m.t("MORTGAGE APPLICATION - JOINT\nApplicant 1: ").p(person_en(r, "middle"), "PERSON")
    m.t("   DOB: ").p(dob_en(r, us=True), "DATE_OF_BIRTH").t("   SSN: ").p(us_ssn(r), "US_SSN")
    m.t("\nApplicant 2 (co-applicant): ").p(person_en(r, "full"), "PERSON")
    m.t("   DOB: ").p(dob_en(r, us=True), "DATE_OF_BIRTH").t("\nProperty address: ")
    m.p(address_en(r, multiline=False), "ADDRESS")
    m.t(f"\nLoan amount: ${r.randint(180, 900)},000   Term: 30 yrs fixed\nContact: ")
    m.p(email_en(r), "EMAIL_ADDRESS").t(" / ").p(phone_us(r), "PHONE_NUMBER")
    m.t("\nBroker: Summit Home Loans (NMLS #" + _digits(r, 6) + ")")


def en_ombudsman(r: random.Random, m: _Message) -> None:
    m.t(f"FORWARDED COMPLAINT - Financial Ombudsman Service case PNX-{_digits(r, 7)}\n")
    m.t("Complainant: ").p(person_en(r, "full"), "PERSON").t("\nAddress: ")
    m.p(address_en(r, multiline=True), "ADDRESS")
    m.t("\nSummary: The complainant says the bank failed to refund unauthorised transactions on ")
    m.t("card ").p(credit_card(r), "CREDIT_CARD")
    m.t(f" totalling £{r.randint(300, 9000)} between 3 and 9 March. Case handler: ")
    m.p(person_en(r, "full"), "PERSON").t(", tel ").p(phone_uk(r), "PHONE_NUMBER")
    m.t(". Please respond within 8 weeks of the date of this referral.")


def en_hurried(r: random.Random, m: _Message) -> None:
    m.t("hi its ").p(r.choice(_EN_NICKNAMES), "PERSON").t(" ")
    m.t(r.choice(["my card ", "card "])).p(credit_card(r).replace("-", " "), "CREDIT_CARD")
    m.t(" got declined at tesco twice and i have no cash pls call me on ")
    m.p(f"07700900{_digits(r, 3)}" if r.random() < 0.5 else phone_uk(r), "PHONE_NUMBER")
    m.t(r.choice([" asap", " need it sorted before 5", " thx"]))


def en_hurried_name(r: random.Random, m: _Message) -> None:
    m.t("this is ").p(person_en(r, "lower"), "PERSON")
    m.t(" my address changed its now ").p(address_en(r, multiline=False).lower(), "ADDRESS")
    m.t(" dob ").p(_dob_slash(r), "DATE_OF_BIRTH").t(" cant log in to update it myself")


def en_student(r: random.Random, m: _Message) -> None:
    m.t("Hi, I'm an international student at the University of Leeds. My name on the passport ")
    birth = (r.randint(1996, 2006), r.randint(1, 12), r.randint(1, 28))
    m.t("is ").p(person_en(r, "caps_first"), "PERSON")
    m.t(" (born ").p(dob_en(r, birth), "DATE_OF_BIRTH")
    m.t("). My parents will send tuition money from our account in Europe, IBAN ")
    m.p(iban(r), "IBAN_CODE").t(", BIC ").t(r.choice(["DEUTDEFF", "BNPAFRPP", "INGBNL2A"]))
    m.t(". Please tell me if my UK address ").p(address_en(r, False, "uk"), "ADDRESS")
    m.t(" is enough for the proof of address, my uni email is ")
    m.p(email_en(r).split("@")[0] + "@leeds.ac.uk", "EMAIL_ADDRESS").t(".")


def en_scam(r: random.Random, m: _Message) -> None:
    caller = person_en(r, "full")
    m.t("I want to report a scam. On Tuesday a man who said his name was ").p(caller, "PERSON")
    m.t(" from your fraud team rang me from ").p(phone_uk(r), "PHONE_NUMBER")
    m.t(". The caller ID even showed your 0345 number. He knew my name and said my account was ")
    m.t("compromised. I read out my card number ").p(credit_card(r), "CREDIT_CARD")
    m.t(f" and the code {_digits(r, 6)} from the text. Then he told me to move £")
    m.t(f"{r.randint(2, 20)},{_digits(r, 3)} to a 'safe account' in the name of ")
    m.p(person_en(r, "full"), "PERSON").t(", IBAN ").p(iban(r, "GB"), "IBAN_CODE")
    m.t(". I only realised when my daughter came home. My number is ")
    m.p(phone_any_en(r), "PHONE_NUMBER").t(".")


def en_signature(r: random.Random, m: _Message) -> None:
    name = person_en(r, "full")
    m.t("Hello,\n\nPlease find attached the signed mandate for the business account. Let me ")
    m.t("know if anything else is needed.\n\n")
    m.t(r.choice(["Best regards,\n", "Kind regards,\n", "Many thanks\n", "Cheers,\n"]))
    m.p(name, "PERSON").t(r.choice(["\nFinance Manager | Orchard Logistics Ltd\n",
                                    "\nDirector, Pennine Dental Care\n"]))  # fmt: skip
    m.t("M: ").p(phone_any_en(r), "PHONE_NUMBER").t("\nE: ")
    m.p(email_en(r, name), "EMAIL_ADDRESS")
    m.t("\nThis e-mail and any attachments are confidential.")


def en_transcript_spoken(r: random.Random, m: _Message) -> None:
    m.t("CALL TRANSCRIPT (auto)\nAGENT: security questions first, can I take the long card ")
    m.t("number\nCALLER: yeah it's ")
    card = _card_digits(r, r.choice(["4", "51", "54"]) + _digits(r, 3), 16)
    m.p(spoken_en(card, r, group=4), "CREDIT_CARD")
    m.t("\nAGENT: and your date of birth\nCALLER: ").p(dob_en_spoken(r), "DATE_OF_BIRTH")
    m.t("\nAGENT: lovely and a mobile number\nCALLER: ")
    m.p(spoken_en("07700900" + _digits(r, 3), r), "PHONE_NUMBER")
    m.t("\nAGENT: thanks, I'm ").p(person_en(r, "given"), "PERSON")
    m.t(", I'll stay on the line while the payment goes through")


def en_ssn_spoken(r: random.Random, m: _Message) -> None:
    m.t("VOICEMAIL TRANSCRIPT: hi this is ").p(person_en(r, "full"), "PERSON")
    m.t(" calling about the tax form you sent, you asked for my social, it's ")
    m.p(spoken_en(_plain(us_ssn(r)), r), "US_SSN")
    m.t(" and you can call me back at ").p(phone_us(r, extension=True), "PHONE_NUMBER")
    m.t(" thanks bye")


def en_add_family(r: random.Random, m: _Message) -> None:
    m.t("Dear ").p(title_surname_en(r), "PERSON")
    m.t(",\n\nFurther to our meeting at the branch, I'd like to add my partner ")
    m.p(person_en(r, "full"), "PERSON").t(", born ").p(dob_en(r), "DATE_OF_BIRTH")
    m.t(", as a second holder on our joint account. Her email is ")
    m.p(email_en(r), "EMAIL_ADDRESS").t(" and her mobile is ").p(phone_any_en(r), "PHONE_NUMBER")
    m.t(".\n\nWith thanks,\n").t(r.choice(["Mrs ", "Dr ", ""]))
    m.p(person_en(r, "full"), "PERSON")


def en_w9(r: random.Random, m: _Message) -> None:
    m.t("Re: W-9 for the interest on my savings\nName: ").p(person_en(r, "comma"), "PERSON")
    m.t("\nSSN: ").p(us_ssn(r), "US_SSN").t("\nMailing address:\n")
    m.p(address_en(r, multiline=True), "ADDRESS")
    m.t("\nChecking ").p(str(r.randint(1, 5)) + _digits(r, 9), "BANK_ACCOUNT")
    m.t(" (routing 021000021 is the branch's, not mine)")


def en_sepa(r: random.Random, m: _Message) -> None:
    m.t(f"Payment instruction {_letters(r, 2)}{_digits(r, 8)}\nBeneficiary: ")
    m.p(person_en(r, "full"), "PERSON").t("\nIBAN: ").p(iban(r), "IBAN_CODE")
    m.t(f"\nBIC: {r.choice(['COBADEFFXXX', 'BARCGB22', 'AIBKIE2D', 'RABONL2U'])}\nAmount: EUR ")
    m.t(f"{r.randint(100, 9000)}.00\nPurpose: rent deposit\nOrdering customer tel: ")
    m.p(phone_any_en(r), "PHONE_NUMBER")


def en_debit_card_62(r: random.Random, m: _Message) -> None:
    m.t("Hello, I moved from Shanghai last year. Can I send money home to my own debit card ")
    m.p(unionpay_account(r), "BANK_ACCOUNT").t(" at ICBC? The name on it is ")
    m.p(r.choice(_PINYIN_PEOPLE), "PERSON").t(", same as my account here. Also my China ID is ")
    m.p(cn_id(r), "CN_ID_CARD").t(" if you need it for the compliance check.")


def en_name_cue(r: random.Random, m: _Message) -> None:
    m.t("AGENT: Thank you for calling, who am I speaking with?\nCALLER: Name's ")
    m.p(person_en(r, "full"), "PERSON").t(". I'm ringing for my wife as well, ")
    m.p(person_en(r, "given"), "PERSON").t(", she's on the joint account.\nAGENT: And a number ")
    m.t("for each of you?\nCALLER: Mine's ").p(phone_any_en(r), "PHONE_NUMBER")
    m.t(", hers is ").p(phone_any_en(r), "PHONE_NUMBER")
    m.t(". Not the 0800 one on your letter, that's yours.\nAGENT: Noted.")


EN_PII_TEMPLATES: list[Template] = [
    en_chat_log, en_ocr_form, en_probate, en_power_of_attorney, en_payroll, en_mortgage,
    en_ombudsman, en_hurried, en_hurried_name, en_student, en_scam, en_signature,
    en_transcript_spoken, en_ssn_spoken, en_add_family, en_w9, en_sepa, en_debit_card_62,
    en_name_cue,
]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# English hard negatives (no personal data)
# ---------------------------------------------------------------------------------------------

_EN_HOTLINES = ["0345 734 5345", "0800 015 4242", "1-800-432-1000", "1-888-555-0100",
                "03457 404 404", "+44 345 300 0000", "0330 123 4567", "1 (800) 935-9935",
                "0800 161 5153"]  # fmt: skip
_EN_MERCHANTS = ["Paul Smith", "Harvey Nichols", "Ted Baker", "Tim Hortons", "Ben & Jerry's",
                 "Marks & Spencer", "John Lewis", "Wendy's", "Martha Stewart Living",
                 "Victoria's Secret", "Jack Wills", "Tommy Hilfiger", "Sainsbury's",
                 "Dave's Hot Chicken", "Margaret Dabbs", "Charles Tyrwhitt"]  # fmt: skip
_EN_PRODUCTS = ["Everyday Saver", "Rewards Visa", "Premier Current Account", "Flex Plus",
                "Help to Buy ISA", "Platinum Balance Transfer card", "Young Saver",
                "Sterling Bond", "Grace Period Plus overdraft"]  # fmt: skip
_EN_TOWNS = ["Reading", "Chester", "Milton Keynes", "Ipswich", "Paisley", "Swindon", "Bangor"]
_EN_STREETS = ["Baker Street", "Victoria Road", "King Street", "High Street", "Church Lane",
               "Wellington Road", "Broadway", "Market Square"]  # fmt: skip


def _pick(r: random.Random, options: list[_T], count: int) -> list[_T]:
    return r.sample(options, count)


def en_neg_hotline(r: random.Random, m: _Message) -> None:
    first, second = r.choice(_EN_HOTLINES), r.choice(_EN_HOTLINES)
    m.t(r.choice([
        f"Is {first} really your number? I got a text saying my {r.choice(_EN_PRODUCTS)} was "
        f"locked and to call {second}. ",
        f"I rang {first} three times today and got cut off after 40 minutes each time. ",
        f"Your letter says call {first} but the website says {second}, which one is right? ",
        f"The back of my card says {first}, is that free from a mobile? ",
    ]))  # fmt: skip
    m.t(r.choice([f"The text came from 'NBK-ALERT' at {r.randint(7, 11)}:{r.randint(10, 59)}.",
                  "I'm abroad so I can't use the 0800 one.", "Please advise.",
                  f"Ref {_letters(r, 2)}{_digits(r, 7)}."]))  # fmt: skip


def en_neg_merchant(r: random.Random, m: _Message) -> None:
    first, second = _pick(r, _EN_MERCHANTS, 2)
    m.t(r.choice([
        f"There's a charge of £{r.randint(20, 400)}.{_digits(r, 2)} from {first} on "
        f"{r.randint(1, 28)} {r.choice(_MONTHS)} that I don't recognise. ",
        f"{first} took the payment twice (£{r.randint(5, 90)}.{_digits(r, 2)}). ",
        f"Refund from {first} still not showing after {r.randint(5, 20)} working days. ",
    ]))  # fmt: skip
    m.t(r.choice([f"I've never shopped at {second}. ", f"The receipt says {second} though. ", ""]))
    m.t(f"Card ending {_digits(r, 4)}, dispute ref DSP-{_digits(r, 8)}.")


_EN_CHAT_PAIRS = [
    ("will my standing order still go out on the 1st?", "Yes, standing orders go out at 6am."),
    ("Grace period for the overdraft?", "There's a £25 buffer before fees apply."),
    ("how do i order a new pin", "You can view your PIN in the app under Card settings."),
    ("Can I pay in coins at the Post Office?", "Yes, up to £500 a day."),
    ("why is my payment pending", "Faster Payments can take up to 2 hours in some cases."),
    ("Is the Sterling Bond rate fixed?", "Yes, fixed for 12 months from the funding date."),
    ("does Apple Pay work abroad", "It does, non-sterling fees still apply."),
    ("Hope you can help - the app logs me out", "Please update to the latest version."),
]  # fmt: skip


def en_neg_chat(r: random.Random, m: _Message) -> None:
    hour, minute = r.randint(8, 20), r.randint(0, 40)
    for index, (question, answer) in enumerate(_pick(r, _EN_CHAT_PAIRS, r.randint(2, 3))):
        m.t(f"{_stamp(r, hour, minute + 2 * index)} Customer: {question}\n")
        m.t(f"{_stamp(r, hour, minute + 2 * index + 1)} Agent: {answer}\n")
    m.t(f"{_stamp(r, hour, minute + 9)} Customer: {r.choice(['ok cheers', 'Thanks!', 'ta'])}")


_EN_BLANK_FORMS = [
    "CHANGE OF ADDRESS FORM\nFull name: ____________________\nDate of birth: __/__/____\n"
    "New address: ______________________\nPostcode: ________\nPhone: ______________\n",
    "DIRECT DEBIT INSTRUCTION\nName(s) of account holder(s): ______________\n"
    "Bank/building society account number: [ ][ ][ ][ ][ ][ ][ ][ ]\n"
    "Branch sort code: [ ][ ]-[ ][ ]-[ ][ ]\nService user number: 9 4 2 1 7 3\n",
    "ACCOUNT OPENING CHECKLIST\n[ ] Photo ID (passport / driving licence)\n"
    "[ ] Proof of address dated within 3 months\n[ ] National Insurance number\n"
    "Customer name: ________  DOB: ________  Email: ________\n",
    "THIRD PARTY MANDATE\nAccount holder: __________\nAttorney / third party: __________\n"
    "Relationship to account holder: __________\nSignature of witness: __________\n",
]  # fmt: skip


def en_neg_blank_form(r: random.Random, m: _Message) -> None:
    m.t(r.choice(_EN_BLANK_FORMS))
    m.t(
        f"For branch use: sort code {r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        f"   Form ref F{_digits(r, 4)}/{r.randint(20, 25)}\n"
    )
    m.t(f"Questions? Call {r.choice(_EN_HOTLINES)}.")


def en_neg_branch(r: random.Random, m: _Message) -> None:
    street = r.choice(_EN_STREETS)
    m.t(r.choice([f"The branch on {street}", f"Your {street} branch", f"The {street} branch"]))
    m.t(f" closed on {r.randint(1, 28)} {r.choice(_MONTHS)} without notice. ")
    m.t(r.choice([f"I had to drive to {r.choice(_EN_TOWNS)} to pay in a cheque for £"
                  f"{r.randint(50, 3000)}.", "The nearest one is now 14 miles away.",
                  "The ATM outside still works but only gives £20s."]))  # fmt: skip
    m.t(r.choice([" Will Sunday opening come back?", " Disgraceful.", " Is there a mobile van?"]))


def en_neg_family(r: random.Random, m: _Message) -> None:
    who = r.choice(["My mum", "My dad", "My wife", "My husband", "My grandad", "My nan"])
    m.t(r.choice([
        f"{who} wants to open a Young Saver for my son. Can Mum do it on her own or does Dad "
        f"need to come in too? He turns {r.randint(3, 15)} in May.",
        f"{who} is in hospital and can't get to the branch. What do we need for a third party "
        "mandate?",
        f"{who} keeps getting calls from 'the bank'. How do we stop them?",
        f"Can my daughter and I share a joint account if she's {r.randint(16, 17)}?",
    ]))  # fmt: skip


def en_neg_codes(r: random.Random, m: _Message) -> None:
    parts = [
        f"Your one-time passcode is {_digits(r, 6)}. It expires in 10 minutes.",
        f"Transfer ref {_letters(r, 3)}{_digits(r, 9)} to sort code 20-00-00.",
        f"Routing 026009593, SWIFT {r.choice(['BARCGB22', 'NWBKGB2L', 'CHASUS33'])}.",
        f"Royal Mail tracking JD{_digits(r, 16)}.",
        f"Order #{_digits(r, 9)} dispatched {r.randint(1, 28)}/{r.randint(1, 12)}.",
        f"Cheque number {_digits(r, 6)} cleared.",
        f"BSB 062-{_digits(r, 3)}, IFSC HDFC0{_digits(r, 6)} are branch codes only.",
    ]
    m.t(" ".join(_pick(r, parts, 3)))


def en_neg_hurried(r: random.Random, m: _Message) -> None:
    m.t(r.choice([
        f"hi can u tell me why my direct debit for council tax went out twice this month its "
        f"£{r.randint(90, 250)} each time",
        "app keeps crashing when i try to add a new payee will try again later",
        "Hope I'm not too late to cancel the transfer I made at 3pm Will it still go",
        "card stuck in the machine on high st what do i do",
        "why is there a £5 fee on my statement i never went overdrawn",
        "locked out of online banking again forgot my memorable word",
    ]))  # fmt: skip
    m.t(r.choice([" ta", " thx", "", " pls"]))


def en_neg_capitalised(r: random.Random, m: _Message) -> None:
    sentences = [
        "Grace period, Will Writing Service and Rose Gold card: which comes with the "
        f"{r.choice(_EN_PRODUCTS)}?",
        "Does Faith-based lending (Islamic mortgages) need a different account?",
        "Will I be charged if Summer holidays push my balance below zero?",
        "Hope Street ATM swallowed my card.",
        "Is the Sterling rate better at the Post Office or with you?",
        f"Reading Tuesday's letter ref LTR/{_digits(r, 5)} it's unclear.",
        "Do I need a Bill Payments limit increase for the Jubilee Fund donation?",
    ]
    m.t(" ".join(_pick(r, sentences, 3)))


def en_neg_amounts(r: random.Random, m: _Message) -> None:
    month = r.randint(1, 12)
    m.t(f"Statement for 01/{month:02d}/2025 to 28/{month:02d}/2025 shows ")
    m.t(f"£{r.randint(1000, 9999)}.{_digits(r, 2)} in and £{r.randint(100, 999)} out. Interest ")
    m.t(f"rate {r.randint(1, 5)}.{r.randint(1, 9)}% AER. The card ending {_digits(r, 4)} expires ")
    m.t(f"{r.randint(1, 12):02d}/{r.randint(26, 30)}.")


def en_neg_bank_signature(r: random.Random, m: _Message) -> None:
    m.t("Thank you for getting in touch. We've now closed your complaint (ref ")
    m.t(f"CMP-{_digits(r, 7)}) and credited £{r.randint(25, 150)} as a goodwill gesture.\n\n")
    m.t(r.choice(["Kind regards,\nCustomer Care Team\n", "Yours sincerely,\nComplaints Team\n"]))
    m.t("Northbridge Bank plc, Sterling House, Leeds\n")
    m.t(f"Call us on {r.choice(_EN_HOTLINES)} (textphone 18001 0345 300 0000)")


def en_neg_scam_generic(r: random.Random, m: _Message) -> None:
    m.t(r.choice(["Someone called me saying they were from your fraud team",
                  "I got a text about a missed parcel and clicked the link",
                  "A man on the phone said my account was compromised"]))  # fmt: skip
    m.t(f" on {r.choice(['Monday', 'Tuesday', 'Friday'])} around {r.randint(1, 9)}pm. ")
    m.t(r.choice(["I didn't give any details but I'm worried.",
                  "I hung up and called the number on my card.",
                  f"They asked me to move £{r.randint(500, 9000)} but I refused."]))  # fmt: skip


EN_FREE_TEMPLATES: list[Template] = [
    en_neg_hotline, en_neg_merchant, en_neg_chat, en_neg_blank_form, en_neg_branch,
    en_neg_family, en_neg_codes, en_neg_hurried, en_neg_capitalised, en_neg_amounts,
    en_neg_bank_signature, en_neg_scam_generic,
]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Chinese templates with personal data
# ---------------------------------------------------------------------------------------------


def zh_chat_log(r: random.Random, m: _Message) -> None:
    hour, minute = r.randint(8, 21), r.randint(0, 50)
    agent = "小" + r.choice(_ZH_SURNAMES) if r.random() < 0.3 else person_zh(r)
    m.t(f"{_stamp(r, hour, minute)} 客服 ").p(agent, "PERSON").t("：您好，很高兴为您服务\n")
    m.t(f"{_stamp(r, hour, minute + 1)} 用户：我的卡被冻结了，卡号 ")
    m.p(unionpay_account(r), "BANK_ACCOUNT").t("\n")
    m.t(f"{_stamp(r, hour, minute + 2)} 客服：请提供一下开户人姓名和身份证号码\n")
    m.t(f"{_stamp(r, hour, minute + 3)} 用户：").p(person_zh(r), "PERSON").t("，")
    m.p(cn_id(r), "CN_ID_CARD").t("\n")
    m.t(f"{_stamp(r, hour, minute + 4)} 客服：好的，已为您提交解冻申请，工单号 ")
    m.t(f"GD{_digits(r, 10)}，请保持手机 ").p(phone_cn(r), "PHONE_NUMBER").t(" 畅通")


def zh_voice(r: random.Random, m: _Message) -> None:
    m.t("【语音转写】喂你好我想问一下我那个卡号是")
    m.p(spoken_zh(_plain(unionpay_account(r)), r), "BANK_ACCOUNT")
    m.t("对就是这张然后我手机号是").p(spoken_zh(cn_mobile_digits(r), r), "PHONE_NUMBER")
    name = person_zh(r)
    m.t("你们那个短信一直收不到我叫").p(name, "PERSON")
    # how callers spell their surname aloud; only for the surnames that have such a phrase
    m.t({"张": "嗯对弓长张", "李": "木子李", "陈": "耳东陈", "吴": "口天吴"}.get(name[0], "嗯对"))


def zh_voice_id(r: random.Random, m: _Message) -> None:
    m.t("语音转写 客户说身份证号是").p(spoken_zh(cn_id(r), r), "CN_ID_CARD")
    m.t("然后出生日期").p(dob_zh(r), "DATE_OF_BIRTH").t("那个地址是")
    m.p(address_zh(r), "ADDRESS").t("就这些了你们快点帮我处理一下")


def zh_traditional(r: random.Random, m: _Message) -> None:
    name = r.choice(_ZH_TRAD_PEOPLE)
    m.t("敬啟者：\n本人").p(name, "PERSON").t("，日前於貴行申請之信用卡（卡號 ")
    m.p(credit_card(r), "CREDIT_CARD").t("）至今未收到。現居地址已更改為")
    address = address_trad(r)
    m.p(address, "ADDRESS").t("，請按新址寄送。聯絡電話：")
    m.p(phone_tw(r) if address.startswith(("台", "新北")) else phone_hk(r), "PHONE_NUMBER")
    m.t("。\n此致\n").p(name, "PERSON").t(" 謹上")


def zh_remote_open(r: random.Random, m: _Message) -> None:
    birth = _birth(r)
    m.t("远程开户信息确认\n1. 姓名：").p(person_zh(r), "PERSON").t("\n2. 证件号码：")
    id_value = cn_id(r, birth)
    if r.random() < 0.4:
        id_value = f"{id_value[:6]} {id_value[6:14]} {id_value[14:]}"
    m.p(id_value, "CN_ID_CARD").t("\n3. 出生日期：").p(dob_zh(r, birth), "DATE_OF_BIRTH")
    m.t("\n4. 手机号码：").p(phone_cn(r), "PHONE_NUMBER").t("\n5. 电子邮箱：")
    m.p(email_zh(r), "EMAIL_ADDRESS").t("\n6. 常住地址：\n").p(
        address_zh(r, multiline=True), "ADDRESS"
    )
    m.t("\n7. 职业：个体工商户\n视频核验流水号：VK" + _digits(r, 12))


def zh_proxy(r: random.Random, m: _Message) -> None:
    principal, agent = person_zh(r), person_zh(r)
    m.t("委托书\n委托人：").p(principal, "PERSON").t("，身份证号：").p(cn_id(r), "CN_ID_CARD")
    m.t("\n受托人：").p(agent, "PERSON").t("（委托人之女），身份证号：").p(cn_id(r), "CN_ID_CARD")
    m.t("\n本人因住院无法亲自到网点，现委托上述受托人代为办理银行卡 ")
    m.p(unionpay_account(r), "BANK_ACCOUNT").t(" 的挂失补办手续。\n委托人电话：")
    m.p(landline_cn(r) if r.random() < 0.4 else phone_cn(r), "PHONE_NUMBER")
    m.t(f"\n2025年{r.randint(1, 12)}月{r.randint(1, 28)}日")


def zh_payroll(r: random.Random, m: _Message) -> None:
    m.t(r.choice(["你好，我是开小饭馆的，", "老板让我问一下，我们是个体装修队，"]))
    m.t("这个月工资代发有两笔被退回了，帮忙看看：\n")
    for _ in range(2):
        m.t("员工 ").p(person_zh(r), "PERSON").t(f" 工资{r.randint(3, 12)}千，收款卡 ")
        m.p(unionpay_account(r), "BANK_ACCOUNT").t("\n")
    m.t("另外新来的厨师").p(title_surname_zh(r, ["师傅", "姐", "叔"]), "PERSON").t("的身份证是")
    m.p(cn_id(r), "CN_ID_CARD").t("，手机").p(phone_cn(r), "PHONE_NUMBER").t("，麻烦一起登记")


def zh_elder(r: random.Random, m: _Message) -> None:
    birth = (r.randint(1937, 1955), r.randint(1, 12), r.randint(1, 28))
    m.t("你好，我替我妈问一下。她叫").p(person_zh(r), "PERSON")
    m.t(f"，今年{2025 - birth[0]}了，出生日期是").p(dob_zh(r, birth), "DATE_OF_BIRTH")
    m.t("，不会用手机银行。她那张银行卡").p(unionpay_account(r), "BANK_ACCOUNT")
    m.t("的密码忘了，能不能我带她去网点重置？隔壁").p(
        title_surname_zh(r, ["阿姨", "大爷", "叔", "老师"]), "PERSON"
    )
    m.t("说要本人到场。我的电话是").p(phone_cn(r), "PHONE_NUMBER").t("，谢谢")


def zh_scam(r: random.Random, m: _Message) -> None:
    m.t("报案经过：昨天下午对方打电话自称是公安局的").p(r.choice(_ZH_SURNAMES) + "警官", "PERSON")
    m.t("，来电号码").p(phone_cn(r), "PHONE_NUMBER")
    m.t("，说我涉嫌洗钱，要我把钱转到“安全账户”，户名").p(person_zh(r), "PERSON")
    m.t("，账号").p(unionpay_account(r), "BANK_ACCOUNT")
    m.t(f"，我一共转了{r.randint(2, 30)}万。后来又让我报了信用卡号")
    m.p(credit_card(r, unionpay=r.random() < 0.5), "CREDIT_CARD")
    m.t(f"和验证码{_digits(r, 6)}。我是").p(person_zh(r), "PERSON").t("，身份证")
    m.p(cn_id(r), "CN_ID_CARD").t("。")


def zh_student(r: random.Random, m: _Message) -> None:
    m.t("您好，我是在英国读书的留学生，护照上的名字是").p(
        r.choice(_PINYIN_PEOPLE).upper(), "PERSON"
    )
    m.t("。我父母要从国内给我汇学费，我在那边的账户 IBAN 是").p(iban(r, "GB"), "IBAN_CODE")
    m.t("，SWIFT 代码 BARCGB22。我的英国地址是").p(address_en(r, False, "uk"), "ADDRESS")
    m.t("，邮箱").p(email_en(r), "EMAIL_ADDRESS").t("，请问需要准备什么材料？")


def zh_us_worker(r: random.Random, m: _Message) -> None:
    m.t("我之前在美国工作过几年，现在回国了，那边的银行要我提供 SSN 才能关户，我的 SSN 是")
    m.p(us_ssn(r), "US_SSN").t("，英文名").p(r.choice(_PINYIN_PEOPLE), "PERSON")
    m.t("，美国电话").p(phone_us(r), "PHONE_NUMBER").t("已经停机了，国内手机")
    m.p(phone_cn(r), "PHONE_NUMBER").t("。能不能帮我把余额转到欧洲的账户 ")
    m.p(iban(r, r.choice(["DE", "FR", "NL"])), "IBAN_CODE").t("？")


def zh_signature(r: random.Random, m: _Message) -> None:
    name = person_zh(r)
    m.t("您好：\n\n附件是本月的对账单确认函，盖章后已扫描，请查收。如有问题请随时联系。\n\n")
    m.t(r.choice(["—— ", "此致\n敬礼\n", "祝好\n", ""])).p(name, "PERSON")
    m.t("\n财务部 | 深圳市恒达电子有限公司\n电话：").p(landline_cn(r), "PHONE_NUMBER")
    m.t("\n手机：").p(phone_cn(r), "PHONE_NUMBER").t("\n邮箱：").p(email_zh(r), "EMAIL_ADDRESS")


def zh_credit_theft(r: random.Random, m: _Message) -> None:
    m.t("我的信用卡").p(credit_card(r, unionpay=r.random() < 0.6), "CREDIT_CARD")
    m.t(f"昨晚在境外被盗刷了{r.randint(3, 50)}笔，我人一直在国内，卡也在我手上。持卡人")
    m.p(person_zh(r), "PERSON").t(r.choice(_ZH_HONORIFICS)).t("，预留手机")
    m.p(phone_cn(r), "PHONE_NUMBER").t("，账单地址")
    m.p(address_zh(r), "ADDRESS").t("。请尽快冻结")


def zh_cue_names(r: random.Random, m: _Message) -> None:
    m.t("我同事").p(person_zh(r), "PERSON").t("让我转告你们，他上周在你们这里开的户，客户经理是")
    m.p(title_surname_zh(r, ["经理", "姐", "主管"]), "PERSON").t("，他的英文名是").p(
        r.choice(_PINYIN_PEOPLE), "PERSON"
    )
    m.t("，回访电话打错了，正确的是").p(phone_cn(r), "PHONE_NUMBER").t("。")


def zh_address_change(r: random.Random, m: _Message) -> None:
    m.t("你好，我搬家了，新地址是").p(address_zh(r), "ADDRESS")
    m.t("。之前的地址").p(address_zh(r), "ADDRESS").t("的信件不要再寄了。我是")
    m.p(person_zh(r), "PERSON").t("，出生于").p(dob_zh(r), "DATE_OF_BIRTH").t("。")


ZH_PII_TEMPLATES: list[Template] = [
    zh_chat_log, zh_voice, zh_voice_id, zh_traditional, zh_remote_open, zh_proxy, zh_payroll,
    zh_elder, zh_scam, zh_student, zh_us_worker, zh_signature, zh_credit_theft, zh_cue_names,
    zh_address_change,
]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Chinese hard negatives
# ---------------------------------------------------------------------------------------------

_ZH_HOTLINES = ["95588", "95555", "95533", "400-820-8888", "400 699 9999", "800-830-8003",
                "4008-123-456", "95566", "95599", "400-669-5566"]  # fmt: skip
_ZH_MERCHANTS = ["张亮麻辣烫", "杨国福麻辣烫", "老干妈", "王老吉", "周大福", "李宁", "陈李济",
                 "黄焖鸡米饭", "刘一手火锅", "张小泉", "谭木匠",
                 "马大姐食品", "王守义十三香"]  # fmt: skip
_ZH_PRODUCTS = ["朝朝宝", "薪金煲", "金葵花理财", "快易贷", "安心存", "天天利", "如意宝"]
_ZH_STREETS = ["南京西路", "中山路", "解放大道", "人民路", "淮海中路", "长安街", "东风路"]


def zh_neg_hotline(r: random.Random, m: _Message) -> None:
    first, second = r.choice(_ZH_HOTLINES), r.choice(_ZH_HOTLINES)
    m.t(r.choice([
        f"我刚才打了{first}，一直占线，又打{second}也没人接，",
        f"短信上让我回拨{first}，这是你们官方的号码吗？",
        f"{first}转人工要等好久，",
        f"你们卡背面写的是{first}，网上查到的是{second}，",
    ]))  # fmt: skip
    m.t(r.choice([f"请问{r.choice(_ZH_PRODUCTS)}赎回到账要多久？", "到底打哪个？", "能不能在线处理",
                  "我在国外打不了免费电话。"]))  # fmt: skip


def zh_neg_merchant(r: random.Random, m: _Message) -> None:
    first, second = _pick(r, _ZH_MERCHANTS, 2)
    m.t(r.choice([
        f"账单里有一笔{first}的消费{r.randint(20, 800)}元，我没去过，",
        f"在{first}刷了一次卡扣了两次钱，",
        f"{first}说已经退款了，{r.randint(3, 15)}天了还没到账，",
    ]))  # fmt: skip
    m.t(r.choice([f"小票上写的却是{second}，", "", "商户也说不清楚，"]))
    m.t(f"尾号{_digits(r, 4)}的卡，交易时间{r.randint(1, 12)}月{r.randint(1, 28)}日，")
    m.t(f"订单号{_digits(r, 18)}，麻烦查一下")


def zh_neg_voice(r: random.Random, m: _Message) -> None:
    m.t(r.choice([
        "喂你好我想问一下那个转账一直显示处理中是怎么回事我上午十点转的到现在还没到",
        "喂喂听得到吗我房东说押金没收到你们帮我查查是不是被退回了谢谢谢谢",
        "就是我那个验证码收不到啊换了好几次了嗯对是本人手机",
        "那个我想问下定期到期了是自动转存还是要我自己去弄啊我不太会弄",
        "喂是银行吗我卡被吞了就在你们门口那个取款机现在怎么办",
        "嗯嗯好的那我明天带身份证过去办是吧几点开门",
    ]))  # fmt: skip


_ZH_CHAT_PAIRS = [
    ("定期存款提前支取利息怎么算", "按活期利率计算"),
    ("在吗", "您好，请问有什么可以帮您？"),
    ("转账限额怎么调", "您可以在手机银行“安全中心”调整"),
    ("外币现钞能存吗", "可以，请携带证件到网点办理"),
    ("信用卡账单日能改吗", "每年可修改一次，请在APP中操作"),
    ("房贷提前还款要预约吗", "需要提前15个工作日预约"),
    ("谢谢", "不客气，祝您生活愉快"),
]  # fmt: skip


def zh_neg_chat(r: random.Random, m: _Message) -> None:
    hour, minute = r.randint(8, 20), r.randint(0, 40)
    for index, (question, answer) in enumerate(_pick(r, _ZH_CHAT_PAIRS, r.randint(2, 3))):
        m.t(f"{_stamp(r, hour, minute + 2 * index)} 用户：{question}\n")
        m.t(f"{_stamp(r, hour, minute + 2 * index + 1)} 客服：{answer}\n")
    m.t(f"{_stamp(r, hour, minute + 9)} 用户：{r.choice(['好的谢谢', '明白了', '嗯'])}")


_ZH_BLANK_FORMS = [
    "个人客户信息变更申请表\n姓名：________\n身份证号：__________________\n"
    "联系电话：___________\n新地址：____________________\n",
    "授权委托书（空白样本）\n委托人：______  证件号码：______\n受托人：______  证件号码：______\n"
    "委托事项：□挂失 □补卡 □密码重置\n",
    "开户须知\n1. 请携带本人有效身份证件\n2. 填写手机号码并现场验证\n3. 出生日期、住址以证件为准\n",
]  # fmt: skip


def zh_neg_form(r: random.Random, m: _Message) -> None:
    m.t(r.choice(_ZH_BLANK_FORMS))
    m.t(f"（表单编号 BD-{_digits(r, 6)}，咨询电话 {r.choice(_ZH_HOTLINES)}）")


def zh_neg_family(r: random.Random, m: _Message) -> None:
    who = r.choice(["我妈", "我爸", "我爱人", "我婆婆", "阿姨", "我姥姥", "孩子他爸"])
    m.t(r.choice([
        f"{who}想给孙子存一笔教育金，{r.randint(5, 20)}万左右，"
        f"是存{r.choice(_ZH_PRODUCTS)}好还是买国债好？",
        f"{who}住院了来不了网点，家属能代办吗？需要带什么？",
        f"{who}老是接到自称银行的电话，怎么才能不让他们打？",
    ]))  # fmt: skip
    m.t(r.choice(["房东说下个月涨房租，所以想留一点活期。", "谢谢！", ""]))


def zh_neg_street(r: random.Random, m: _Message) -> None:
    first, second = _pick(r, _ZH_STREETS, 2)
    m.t(f"{first}那个网点是不是搬了？我{r.randint(1, 12)}月{r.randint(1, 28)}日去的时候关门了，")
    m.t(f"{second}上的ATM也取不了钱，")
    m.t(r.choice(["深圳和广州的网点周末开吗", "附近还有哪个网点能办外汇", "太不方便了"]))


def zh_neg_traditional(r: random.Random, m: _Message) -> None:
    m.t(r.choice([
        f"請問轉數快（FPS）每日上限是多少？我昨天轉了HK${r.randint(1000, 50000)}給房東，",
        f"八達通自動增值扣了兩次HK${r.choice([250, 500])}，",
        f"請問定期存款{r.choice([3, 6, 12])}個月的利率是多少？",
    ]))  # fmt: skip
    m.t(f"參考編號 FRN{_digits(r, 12)}。")
    m.t(f"客服熱線 {r.choice(['2233 3000', '2822 1111'])} 一直忙線，謝謝！")


def zh_neg_codes(r: random.Random, m: _Message) -> None:
    m.t(f"【银行】您的验证码为{_digits(r, 6)}，5分钟内有效。您尾号{_digits(r, 4)}的账户于")
    m.t(f"{r.randint(1, 12)}月{r.randint(1, 28)}日支出{r.randint(10, 9999)}.00元，")
    m.t(f"余额{r.randint(100, 99999)}.{_digits(r, 2)}元。")
    m.t(
        r.choice(
            [f"客服{r.choice(_ZH_HOTLINES)}", f"流水号{_digits(r, 20)}", "如非本人操作请致电我行"]
        )
    )


def zh_neg_bank_signature(r: random.Random, m: _Message) -> None:
    m.t(f"尊敬的客户：您的账单分期申请（编号 FQ{_digits(r, 10)}）已受理，")
    m.t(f"首期将于{r.randint(1, 12)}月{r.randint(1, 28)}日入账。\n此致\n敬礼\n")
    m.t(r.choice(["招财银行信用卡中心", "某某银行个人金融部", "客户服务中心"]))
    m.t(f"\n客服热线 {r.choice(_ZH_HOTLINES)}")


def zh_neg_surname_words(r: random.Random, m: _Message) -> None:
    sentences = [
        "谢谢你们上次帮我处理。",
        "老师说学费要在月底前交。",
        "王府井那个网点还能办外币兑换吗？",
        f"黄金积存{r.randint(1, 50)}克现在多少钱？",
        "房东要押一付三，能分期吗？",
        "高铁站的自助机能补卡吗？",
        "马上要过年了，新钞什么时候能换？",
    ]
    m.t("".join(_pick(r, sentences, 3)))


def zh_neg_scam_generic(r: random.Random, m: _Message) -> None:
    m.t(r.choice(["刚才有人打电话说是你们银行的，", "收到短信说我的积分要过期了，",
                  "有个自称客服的人加我微信，"]))  # fmt: skip
    m.t(
        r.choice(
            ["让我点链接，我没点，", "让我下载一个会议软件，我没理，", "问我要验证码，我挂了，"]
        )
    )
    m.t("这种要怎么举报？")


ZH_FREE_TEMPLATES: list[Template] = [
    zh_neg_hotline, zh_neg_merchant, zh_neg_voice, zh_neg_chat, zh_neg_form, zh_neg_family,
    zh_neg_street, zh_neg_traditional, zh_neg_codes, zh_neg_bank_signature, zh_neg_surname_words,
    zh_neg_scam_generic,
]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------


def _cycle(r: random.Random, templates: list[Template], count: int) -> list[Template]:
    """Every template equally often (shuffled per round), so each genre and label shows up."""
    order: list[Template] = []
    while len(order) < count:
        round_ = list(templates)
        r.shuffle(round_)
        order.extend(round_)
    return order[:count]


def generate_with_values(n: int = 600, seed: int = 6618) -> list[tuple[dict[str, Any], list[str]]]:
    """Rows plus, per row, the exact value inserted for each span (for alignment checks)."""
    r = random.Random(seed)
    out: list[tuple[dict[str, Any], list[str]]] = []
    plans: dict[str, list[Template]] = {}
    for lang, pii_templates, free_templates in (
        ("en", EN_PII_TEMPLATES, EN_FREE_TEMPLATES),
        ("zh", ZH_PII_TEMPLATES, ZH_FREE_TEMPLATES),
    ):
        count = (n + 1) // 2 if lang == "en" else n // 2
        free_count = round(count * PII_FREE_SHARE)
        free_positions = set(r.sample(range(count), free_count))
        pii_iter = iter(_cycle(r, pii_templates, count - free_count))
        free_iter = iter(_cycle(r, free_templates, free_count))
        plans[lang] = [
            next(free_iter) if i in free_positions else next(pii_iter) for i in range(count)
        ]
    for index in range(n):
        lang = "en" if index % 2 == 0 else "zh"
        template = plans[lang][index // 2]
        message = _Message()
        template(r, message)
        row = {"id": f"h6-{index:04d}", "text": message.text, "lang": lang, "spans": message.spans}
        out.append((row, message.values))
    return out


def generate(n: int = 600, seed: int = 6618) -> list[dict[str, Any]]:
    return [row for row, _ in generate_with_values(n, seed)]


def _stats(rows: list[dict[str, Any]]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    free: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        total[row["lang"]] += 1
        if not row["spans"]:
            free[row["lang"]] += 1
        for span in row["spans"]:
            counts[(span["label"], row["lang"])] += 1
    print(f"{'label':<16}{'en':>6}{'zh':>6}")
    for label in LABELS:
        print(f"{label:<16}{counts[(label, 'en')]:>6}{counts[(label, 'zh')]:>6}")
    for lang in ("en", "zh"):
        print(f"{lang}: {total[lang]} messages, {free[lang]} PII-free")
    for lang in ("en", "zh"):
        print(f"\n--- samples ({lang}) ---")
        for row in [row for row in rows if row["lang"] == lang][:3]:
            print(row["text"])
            for span in row["spans"]:
                print(f"    {span['label']}: {row['text'][span['start'] : span['end']]!r}")
            print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=6618)
    parser.add_argument("--stats", action="store_true", help="print label counts and samples")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        _stats(rows)
    else:
        import json

        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
