"""Ninth independent bilingual PII evaluation set: long and mixed content, other regions.

Written blind (without opening the PII engine, its resources, the dev generators or any earlier
independent set). Emphasis: documents a bank's developers and back office paste around — e-mail
threads with ``>`` quoted replies, HTML and markdown snippets, CSV exports with header rows, JSON
API payloads, log lines — and regional formats: Indian (+91, PIN codes, IFSC), Philippine,
Nigerian (NUBAN), South African, German/French/Dutch/Belgian IBANs and addresses, Canadian.
Chinese: 台湾 (09xx-xxx-xxx, 縣市 addresses, 民國 years), 澳门, 新加坡华文, 公文/通知, 聊天截图 OCR
text with status-bar noise, 简繁混排, 复姓 (欧阳, 司马), 少数民族 names with ``·``, nicknames.

Conventions: a span covers the value only; a phone's extension is inside its span; hotlines,
branch/IFSC/sort codes, OTPs, last-four digits, amounts, reference numbers, non-birth dates and
Aadhaar-/PAN-/SIN-like numbers are not spanned (not in the label set); an address spans its first
to last part, lines included; a ``62…`` UnionPay debit card is BANK_ACCOUNT unless a credit-card
cue is near; a titled surname is spanned with its title (``王经理``, ``Mr Okafor``); 小/老 +
surname naming a person is a PERSON (``小王``). Structured numbers carry valid checksums (Luhn,
IBAN mod-97, GB 11643 CN ID check digit, SSN ranges).

    python benchmarks/pii_heldout9/generator.py --stats
"""

from __future__ import annotations

# ruff: noqa: E501  (message templates are data; one template per line keeps them readable)
import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable

Row = dict[str, object]
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
PII_FREE_SHARE = 0.30
EN_HOTLINES = (
    "1800 209 4324",
    "1-800-432-1000",
    "0345 300 0000",
    "0800 555 0199",
    "+27 860 100 200",
)
ZH_HOTLINES = (
    "400-820-8888",
    "95588",
    "0800-017-888",
    "(02)2181-1111",
    "+853 2833 3000",
    "1800 222 2888",
)


# --------------------------------------------------------------------------- checksums


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` pass the Luhn test."""
    total = 0
    for index, char in enumerate(reversed(payload)):
        value = int(char)
        if index % 2 == 0:  # these positions are doubled once the check digit is appended
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return len(digits) > 1 and luhn_check_digit("".join(digits[:-1])) == digits[-1]


def _iban_numeric(rearranged: str) -> int:
    return int("".join(str(int(c, 36)) for c in rearranged))


def iban_with_check(country: str, bban: str) -> str:
    check = 98 - _iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    return len(compact) > 4 and _iban_numeric(compact[4:] + compact[:4]) % 97 == 1


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, CN_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def cn_id_valid(number: str) -> bool:
    compact = number.replace(" ", "")
    return (
        len(compact) == 18 and compact[:17].isdigit() and cn_id_check(compact[:17]) == compact[17]
    )


def ssn_valid(ssn: str) -> bool:
    digits = ssn.replace("-", "").replace(" ", "")
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


# --------------------------------------------------------------------------- builder


class Doc:
    """Text assembled from plain parts and PII parts, recording each PII part's span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict[str, object]] = []

    def add(self, text: str) -> Doc:
        self.parts.append(text)
        self.length += len(text)
        return self

    def pii(self, value: str, label: str) -> Doc:
        assert label in LABELS, label
        self.spans.append({"start": self.length, "end": self.length + len(value), "label": label})
        return self.add(value)

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------- value pools

EN_PEOPLE = (
    "Priya Raghunathan",
    "Rahul Mehta",
    "Ananya Iyer",
    "Venkatesh Subramaniam",
    "Maria Clara Dela Cruz",
    "Jose Miguel Santos",
    "Ma. Theresa Villanueva",
    "Chukwuemeka Okonkwo",
    "Oluwaseun Adeyemi",
    "Ngozi Eze-Okafor",
    "Thandiwe Nkosi",
    "Pieter van der Merwe",
    "Sipho Dlamini",
    "Jürgen Müller-Lüdenscheidt",
    "Anne-Sophie de la Fontaine",
    "Sanne de Vries",
    "Joost van den Berg",
    "Nurul Aisyah binti Hassan",
    "Mohd Faizal bin Ismail",
    "Siobhán O'Sullivan",
    "Declan McAllister",
    "Chloé Lefèvre",
    "Tan Wei Ling",
    "Lim Boon Keng",
    "Ouyang Mingyu",
    "Sima Qingyun",
    "Chan Tai-man",
    "Harpreet Kaur Sandhu",
    "Aarav Deshpande",
    "Isabella Whitfield-Grant",
    "Marguerite Dubois",
    "Lars-Erik Johansson",
    "Dimakatso Mokoena",
    "Kwame Boateng",
    "Fatima Zahra El Idrissi",
    "Zhang Wei",
    "Liang Xiaoyan",
)
EN_TITLED = (
    "Mr Okafor",
    "Mrs Iyer",
    "Ms van der Merwe",
    "Dr Adeyemi",
    "Mr de Vries",
    "Mrs Dela Cruz",
    "Ms O'Sullivan",
    "Mr Nkosi",
    "Dr Raghunathan",
    "Mrs Müller",
    "Mr Ouyang",
    "Madame Lefèvre",
    "Herr Schneider",
    "Mr Boateng",
)
EN_LOWER = ("rahul mehta", "thandi nkosi", "jose santos", "priya r", "seun adeyemi", "ngozi eze")

ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓冯韩曹彭曾萧蔡潘"
ZH_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "令狐", "夏侯", "尉迟")
ZH_GIVEN = (
    "伟",
    "芳",
    "秀英",
    "敏",
    "静怡",
    "磊",
    "子涵",
    "浩然",
    "欣怡",
    "宇轩",
    "梓萱",
    "俊杰",
    "雨桐",
    "嘉怡",
    "志明",
    "家豪",
    "美玲",
    "淑芬",
    "怡君",
    "建国",
    "晓燕",
    "文博",
    "思远",
    "婉婷",
)
ZH_MINORITY = (
    "阿依古丽·买买提",
    "艾力·库尔班",
    "扎西·顿珠",
    "热依拉·阿不都",
    "次仁·卓玛",
    "巴特尔·那顺",
    "古丽娜尔·吐尔逊",
)
ZH_LATIN = ("David Chen", "Emily Wong", "Kevin Lin", "Priya Sharma", "Michael Tan", "Grace Lee")
ZH_TITLES = ("经理", "先生", "女士", "小姐", "老师", "主任", "律师", "医生", "太太")

EMAIL_DOMAINS = (
    "gmail.com",
    "yahoo.co.in",
    "outlook.com",
    "rediffmail.com",
    "web.de",
    "orange.fr",
    "ziggo.nl",
    "mweb.co.za",
    "163.com",
    "qq.com",
    "hinet.net",
    "yahoo.com.sg",
    "icloud.com",
)

EN_ADDRESSES: tuple[tuple[str, ...], ...] = (
    ("Flat 302, Sai Residency", "14th Cross, Indiranagar", "Bengaluru 560038"),
    ("B-17, Green Park Extension", "New Delhi 110016"),
    ("21/4 Marine Drive", "Churchgate, Mumbai, Maharashtra 400020"),
    ("Unit 1205, One Ayala Tower", "Ayala Avenue, Makati City 1226"),
    ("Blk 7 Lot 12, Camella Homes", "Bacoor, Cavite 4102"),
    ("12 Adeola Odeku Street", "Victoria Island, Lagos"),
    ("Plot 45, Aminu Kano Crescent", "Wuse II, Abuja"),
    ("45 Jan Smuts Avenue", "Rosebank, Johannesburg 2196"),
    ("7 Kloof Nek Road", "Tamboerskloof, Cape Town 8001"),
    ("Hauptstraße 12", "10115 Berlin"),
    ("Leopoldstraße 88a", "80802 München"),
    ("12 rue de la Paix", "75002 Paris"),
    ("4 allée des Tilleuls", "69003 Lyon"),
    ("Keizersgracht 123-II", "1015 CJ Amsterdam"),
    ("Avenue Louise 231", "1050 Bruxelles"),
    ("1450 Rue Sainte-Catherine O", "Montréal, QC H3G 1R8"),
    ("88 Queens Quay W, Suite 2704", "Toronto, ON M5J 0B8"),
    ("Apt 4B, 210 West 77th Street", "New York, NY 10024"),
    ("Flat 6, 19 Belsize Park Gardens", "London NW3 4JG"),
    ("Blk 123 Ang Mo Kio Ave 3, #05-67", "Singapore 560123"),
    ("Flat C, 12/F, Tower 2, Taikoo Shing", "Quarry Bay, Hong Kong"),
    ("3 Sandymount Avenue", "Dublin 4, D04 X2F8"),
    ("22 Ponsonby Road", "Auckland 1011"),
    ("14 Wattle Street", "Fitzroy VIC 3065"),
)
ZH_ADDRESSES = (
    "北京市朝阳区建国路88号SOHO现代城3号楼1502室",
    "上海市徐汇区漕溪北路595号2栋801室",
    "广东省深圳市南山区科技园南区高新南七道18号",
    "浙江省杭州市西湖区文三路259号昌地火炬大厦1号楼",
    "四川省成都市武侯区人民南路四段27号",
    "新疆维吾尔自治区乌鲁木齐市天山区解放南路120号",
    "西藏自治区拉萨市城关区北京中路45号",
)
TW_ADDRESSES = (
    "臺北市大安區忠孝東路四段123號5樓",
    "新北市板橋區文化路一段188巷12號3樓",
    "臺中市西屯區臺灣大道三段99號",
    "高雄市苓雅區四維三路6號8樓之2",
    "宜蘭縣羅東鎮中正北路77號",
    "花蓮縣花蓮市林森路200號",
)
MO_ADDRESSES = (
    "澳門氹仔成都街濠景花園第12座8樓C",
    "澳門新馬路61號永光大廈14樓A座",
    "澳门黑沙环新街海擎天第3座20楼F",
)
SG_ZH_ADDRESSES = (
    "新加坡宏茂桥3道123座#05-67",
    "新加坡裕廊西92街第915座#12-301",
    "Blk 456 Tampines St 42 #08-11 Singapore 520456",
)

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
ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
)
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ZH_DIGITS = "〇一二三四五六七八九"
ZH_SPOKEN = "零幺二三四五六七八九"


class Pools:
    """Random values of each kind, drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, options: tuple[str, ...] | list[str] | str) -> str:
        return str(self.r.choice(options))

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    # people -----------------------------------------------------------------
    def en_name(self) -> str:
        return self.pick(EN_PEOPLE)

    def zh_name(self) -> str:
        roll = self.r.random()
        if roll < 0.15:
            return self.pick(ZH_COMPOUND) + self.pick(ZH_GIVEN)
        if roll < 0.25:
            return self.pick(ZH_MINORITY)
        return self.pick(ZH_SURNAMES) + self.pick(ZH_GIVEN)

    def zh_titled(self) -> str:
        surname = self.pick(ZH_COMPOUND) if self.r.random() < 0.2 else self.pick(ZH_SURNAMES)
        return surname + self.pick(ZH_TITLES)

    def zh_nick(self) -> str:
        return self.pick("小老") + self.pick(ZH_SURNAMES)

    def email_for(self, name: str) -> str:
        ascii_name = "".join(c for c in name.lower() if c.isascii() and (c.isalnum() or c == " "))
        parts = ascii_name.split() or ["kehu" + self.digits(3)]
        style = self.r.randrange(4)
        if style == 0:
            local = ".".join(parts[:2])
        elif style == 1:
            local = parts[0][0] + parts[-1] + self.digits(2)
        elif style == 2:
            local = parts[-1] + "_" + parts[0]
        else:
            local = parts[0] + self.digits(4)
        return f"{local}@{self.pick(EMAIL_DOMAINS)}"

    def zh_email(self) -> str:
        local = self.pick(
            ("wangfang", "lixiaolong", "ouyang.jie", "sima_yun", "chen88", "tina.lin", "a.maimaiti")
        )
        return f"{local}{self.digits(2)}@{self.pick(('163.com', 'qq.com', 'hinet.net', 'gmail.com', 'yahoo.com.tw', 'macau.ctm.net'))}"

    # phones -------------------------------------------------------------------
    def phone_intl(self) -> str:
        kind = self.r.randrange(12)
        d = self.digits
        if kind == 0:
            return f"+91 9{d(4)} {d(5)}"
        if kind == 1:
            return f"+91-{self.pick('6789')}{d(9)}"
        if kind == 2:
            return f"+63 917 {d(3)} {d(4)}"
        if kind == 3:
            return f"0{self.pick(('917', '918', '927'))}-{d(3)}-{d(4)}"
        if kind == 4:
            return f"+234 {self.pick(('803', '806', '813', '905'))} {d(3)} {d(4)}"
        if kind == 5:
            return f"+27 {self.pick(('82', '83', '72', '61'))} {d(3)} {d(4)}"
        if kind == 6:
            return f"+49 151 {d(8)}"
        if kind == 7:
            return f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"
        if kind == 8:
            return f"+31 6 {d(4)} {d(4)}"
        if kind == 9:
            return f"07{d(3)} {d(6)}"
        if kind == 10:
            return f"({self.pick(('416', '514', '604'))}) {d(3)}-{d(4)}"
        return f"+1 {self.pick(('212', '312', '415', '646'))}-{d(3)}-{d(4)}"

    def phone_with_ext(self) -> str:
        return f"+44 20 {self.digits(4)} {self.digits(4)} ext. {self.digits(3)}"

    def cn_mobile(self) -> str:
        number = "1" + self.pick("3456789") + self.digits(9)
        style = self.r.randrange(3)
        if style == 0:
            return number
        if style == 1:
            return f"{number[:3]} {number[3:7]} {number[7:]}"
        return f"+86 {number}"

    def tw_mobile(self) -> str:
        return f"09{self.digits(2)}-{self.digits(3)}-{self.digits(3)}"

    def mo_mobile(self) -> str:
        return f"+853 6{self.digits(3)} {self.digits(4)}"

    def sg_mobile(self) -> str:
        return f"+65 {self.pick('89')}{self.digits(3)} {self.digits(4)}"

    def spoken_en_phone(self) -> str:
        number = "9" + self.digits(9)
        return " ".join(DIGIT_WORDS[int(c)] for c in number)

    def spoken_zh_phone(self) -> str:
        number = "13" + self.digits(9)
        return "".join(ZH_SPOKEN[int(c)] for c in number)

    # money --------------------------------------------------------------------
    def card(self) -> str:
        kind = self.r.randrange(4)
        if kind == 0:
            body = "4" + self.digits(14)
        elif kind == 1:
            body = "5" + self.pick("12345") + self.digits(13)
        elif kind == 2:
            body = "3" + self.pick("47") + self.digits(12)
            full = body + luhn_check_digit(body)
            return f"{full[:4]} {full[4:10]} {full[10:]}"
        else:
            body = "35" + self.digits(13)
        full = body + luhn_check_digit(body)
        sep = self.pick((" ", "-", ""))
        return sep.join(full[i : i + 4] for i in range(0, 16, 4))

    def unionpay(self, length: int | None = None) -> str:
        size = length or self.r.choice((16, 16, 17, 19))
        body = (
            "62"
            + self.pick(("2202", "2848", "1700", "2588", "1483", "1226"))
            + self.digits(size - 7)
        )
        return body + luhn_check_digit(body)

    def unionpay_spaced(self) -> str:
        raw = self.unionpay(16 if self.r.random() < 0.6 else 19)
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def bank_account_en(self) -> tuple[str, str]:
        """(account number, a branch/routing code that is not PII)."""
        kind = self.r.randrange(5)
        if kind == 0:
            return self.digits(14), "IFSC " + self.pick(
                ("HDFC", "ICIC", "SBIN", "UTIB")
            ) + "0" + self.digits(6)
        if kind == 1:
            return self.pick("0123") + self.digits(9), "bank code " + self.pick(
                ("058", "044", "011", "057")
            )
        if kind == 2:
            return self.pick("14") + self.digits(9), "branch code " + self.pick(
                ("250655", "632005", "470010")
            )
        if kind == 3:
            return self.digits(
                8
            ), "sort code " + f"{self.digits(2)}-{self.digits(2)}-{self.digits(2)}"
        return self.digits(10), "routing " + "0" + self.digits(8)

    def iban(self) -> str:
        kind = self.r.randrange(6)
        if kind == 0:
            raw = iban_with_check("DE", self.digits(8) + self.digits(10))
        elif kind == 1:
            bank, branch, account = self.digits(5), self.digits(5), self.digits(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            raw = iban_with_check("FR", f"{bank}{branch}{account}{key:02d}")
        elif kind == 2:
            raw = iban_with_check(
                "NL", self.pick(("ABNA", "INGB", "RABO", "TRIO")) + self.digits(10)
            )
        elif kind == 3:
            raw = iban_with_check("BE", self.digits(12))
        elif kind == 4:
            raw = iban_with_check("GB", self.pick(("NWBK", "BARC", "HBUK")) + self.digits(14))
        else:
            raw = iban_with_check("IE", self.pick(("AIBK", "BOFI")) + self.digits(14))
        if self.r.random() < 0.6:
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return raw

    def ssn(self) -> str:
        area = self.r.randrange(1, 900)
        while area == 666:
            area = self.r.randrange(1, 900)
        return f"{area:03d}-{self.r.randrange(1, 100):02d}-{self.r.randrange(1, 10000):04d}"

    # dates --------------------------------------------------------------------
    def birth(self) -> tuple[int, int, int]:
        return self.r.randrange(1948, 2004), self.r.randrange(1, 13), self.r.randrange(1, 29)

    def cn_id(self, date: tuple[int, int, int] | None = None) -> str:
        y, m, d = date or self.birth()
        first17 = self.pick(
            ("110105", "310104", "440305", "510107", "330106", "650102", "540102", "320102")
        ) + (f"{y:04d}{m:02d}{d:02d}{self.digits(3)}")
        return first17 + cn_id_check(first17)

    def en_dob(self, y: int, m: int, d: int) -> str:
        style = self.r.randrange(8)
        if style == 0:
            return f"{d:02d}/{m:02d}/{y}"
        if style == 1:
            return f"{y}-{m:02d}-{d:02d}"
        if style == 2:
            return f"{d} {MONTHS[m - 1][:3]} {y}"
        if style == 3:
            return f"{MONTHS[m - 1]} {d}, {y}"
        if style == 4:
            return f"{d:02d}.{m:02d}.{y}"
        if style == 5:
            return f"the {ORDINAL_WORDS[d - 1]} of {MONTHS[m - 1]} {y}"
        if style == 6:
            return f"{m:02d}/{d:02d}/{y}"
        return f"{d}-{MONTHS[m - 1][:3].upper()}-{y}"

    def zh_dob(self, y: int, m: int, d: int, taiwan: bool = False) -> str:
        style = self.r.randrange(5)
        if taiwan and style < 3:
            return f"民國{y - 1911}年{m}月{d}日"
        if style == 0:
            return f"{y}年{m}月{d}日"
        if style == 1:
            return (
                "".join(ZH_DIGITS[int(c)] for c in str(y)) + f"年{_zh_number(m)}月{_zh_number(d)}日"
            )
        if style == 2:
            return f"{y}.{m:02d}.{d:02d}"
        if style == 3:
            return f"{y}/{m}/{d}"
        return f"{y}年{m:02d}月{d:02d}日"


def _zh_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return "一二三四五六七八九"[ones - 1]
    head = "" if tens == 1 else "一二三四五六七八九"[tens - 1]
    return head + "十" + ("" if ones == 0 else "一二三四五六七八九"[ones - 1])


# --------------------------------------------------------------------------- noise (not PII)


def en_noise(p: Pools) -> str:
    r = p.r
    options = (
        f"Our 24x7 helpline is {p.pick(EN_HOTLINES)}.",
        f"For lost cards call {p.pick(EN_HOTLINES)} (toll-free).",
        f"Questions? Ring customer care on {p.pick(EN_HOTLINES)}, 8am-8pm.",
        f"WhatsApp banking: {p.pick(('+91 70700 22222', '+63 917 800 8000', '+234 700 2255 5226'))} (official business account).",
        f"Fraud desk: {p.pick(EN_HOTLINES)} | Code {p.digits(6)} is your one-time PIN.",
        f"OTP {p.digits(6)} expires in 5 minutes; never share it.",
        f"The card ending {p.digits(4)} was used at {p.pick(('Flipkart', 'Jollibee', 'Shoprite', 'Lidl', 'Carrefour', 'Tim Hortons', 'Woolworths'))}.",
        f"Amount: {p.pick(('INR', 'PHP', 'NGN', 'ZAR', 'EUR', 'CAD'))} {r.randrange(100, 99999):,}.{r.randrange(100):02d}",
        f"Case ref CX-{p.digits(7)} opened on {r.randrange(1, 29)} {p.pick(MONTHS)} 2026.",
        f"Aadhaar XXXX XXXX {p.digits(4)} verified via e-KYC.",
        f"PAN {p.pick(('ABCPE', 'BNZPM', 'AAKFR'))}{p.digits(4)}{p.pick('FKLZ')} on file.",
        f"SIN {p.digits(3)} {p.digits(3)} {p.digits(3)} is only needed for tax slips.",
        f"Branch: {p.pick(('Koramangala', 'BGC Taguig', 'Ikeja GRA', 'Sandton City', 'Zeil Frankfurt'))} (IFSC {p.pick(('HDFC', 'SBIN'))}0{p.digits(6)}).",
        f"Txn ID {p.digits(12)} | UTR {p.pick(('N', 'H'))}{p.digits(15)}",
        f"SWIFT {p.pick(('HDFCINBB', 'BOPIPHMM', 'FIRNZAJJ', 'DEUTDEFF'))}, sort code {p.digits(2)}-{p.digits(2)}-{p.digits(2)}.",
        f"Statement period 01/{r.randrange(1, 13):02d}/2026 – 28/{r.randrange(1, 13):02d}/2026.",
        f"Merchant: {p.pick(('Grab PH', 'Swiggy', 'Jumia', 'Takealot', 'Zalando', 'Air Canada'))}, MCC {p.digits(4)}.",
        "Dear Sir/Madam,",
        "Kind regards, Customer Care Team",
    )
    return str(r.choice(options))


def zh_noise(p: Pools) -> str:
    r = p.r
    options = (
        f"客服热线{p.pick(ZH_HOTLINES)}。",
        f"如有疑问请致电{p.pick(ZH_HOTLINES)}（24小时）。",
        f"掛失專線：{p.pick(ZH_HOTLINES)}",
        f"信用卡中心电话{p.pick(ZH_HOTLINES)}转人工服务。",
        f"验证码{p.digits(6)}，5分钟内有效，请勿泄露。",
        f"尾号{p.digits(4)}的卡于{r.randrange(1, 13)}月{r.randrange(1, 29)}日消费{r.randrange(10, 9999)}.{r.randrange(100):02d}元。",
        f"业务编号：YW{p.digits(10)}",
        f"网点代码{p.digits(5)}，联行号{p.digits(12)}。",
        f"交易流水号{p.digits(16)}。",
        f"商户：{p.pick(('全家便利店', '星巴克', '誠品書店', '美团外卖', '新濠天地', 'FairPrice'))}",
        f"办理时间：2026年{r.randrange(1, 13)}月{r.randrange(1, 29)}日",
        "尊敬的先生/女士：",
        "您好，感谢您的来信。",
        f"金额：NT${r.randrange(100, 99999):,}",
        f"案件编号：{p.pick(('TW', 'MO', 'SG', 'CN'))}-{p.digits(8)}",
        "此致 敬礼",
    )
    return str(r.choice(options))


# --------------------------------------------------------------------------- English genres


def en_email_thread(p: Pools, doc: Doc, pii: bool) -> None:
    agent = "Customer Care" if not pii else p.en_name()
    if pii:
        name = p.en_name()
        email = p.email_for(name)
        doc.add(
            "Subject: "
            + p.pick(
                (
                    "RE: RE: Update of mailing address",
                    "Re: [EXT] change of correspondence address",
                    "FW: address proof received",
                    "RE: Your KYC documents",
                )
            )
            + "\n\n"
        )
        doc.add(p.pick(("Hi ", "Dear ", "Hello ")))
        doc.pii(p.pick(EN_TITLED), "PERSON")
        doc.add(
            ",\n\n"
            + p.pick(
                (
                    "Thanks, the change has been recorded. ",
                    "We have updated our records as requested. ",
                    "Apologies for the delay - all done now. ",
                    "Your request is complete. ",
                )
            )
            + en_noise(p)
            + "\n\n"
        )
        doc.add("Regards,\n").pii(agent, "PERSON").add("\nRelationship Manager\n\n")
        doc.add(f"> On {p.r.randrange(1, 29)} {p.pick(MONTHS)} 2026 at 09:{p.digits(2)}, ")
        doc.pii(name, "PERSON").add(" <").pii(email, "EMAIL_ADDRESS").add("> wrote:\n")
        doc.add(
            "> "
            + p.pick(
                (
                    "Please send my statements to ",
                    "I have moved, the new address is ",
                    "Kindly courier the cheque book to ",
                    "pls update addr to ",
                )
            )
        )
        lines = p.r.choice(EN_ADDRESSES)
        doc.pii(", ".join(lines), "ADDRESS").add(" from next month.\n")
        if p.r.random() < 0.6:
            doc.add("> My mobile is now ").pii(p.phone_intl(), "PHONE_NUMBER").add(".\n")
        if p.r.random() < 0.4:
            y, m, d = p.birth()
            doc.add(">> Previous message: to verify, date of birth ").pii(
                p.en_dob(y, m, d), "DATE_OF_BIRTH"
            ).add("\n")
    else:
        doc.add("Subject: RE: Fwd: Branch timings during Diwali\n\n")
        doc.add("Hi team,\n\nNoted. " + en_noise(p) + "\n\n")
        doc.add(
            f"> On {p.r.randrange(1, 29)} {p.pick(MONTHS)} 2026, Branch Ops <ops@bank.example> wrote:\n"
        )
        doc.add("> " + en_noise(p) + "\n> " + en_noise(p) + "\n")
        doc.add(
            ">> "
            + p.pick(
                (
                    "Please confirm the cash van schedule.",
                    "Lockers closed on the 12th.",
                    "ATM refill at 14:00.",
                )
            )
        )


def en_html(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add('<table class="kyc">\n  <tr><th>Field</th><th>Value</th></tr>\n')
    if pii:
        doc.add(
            p.pick(
                (
                    "  <tr><td>Full name</td><td>",
                    "  <tr><td>Account holder</td><td>",
                    "  <tr><td>Applicant</td><td>",
                )
            )
        ).pii(p.en_name(), "PERSON").add("</td></tr>\n")
        y, m, d = p.birth()
        doc.add(
            p.pick(
                (
                    "  <tr><td>DOB</td><td>",
                    "  <tr><td>Date of birth</td><td>",
                    "  <tr><td>Born</td><td>",
                )
            )
        ).pii(p.en_dob(y, m, d), "DATE_OF_BIRTH").add("</td></tr>\n")
        if p.r.random() < 0.5:
            doc.add("  <tr><td>Mobile</td><td>").pii(p.phone_intl(), "PHONE_NUMBER").add(
                "</td></tr>\n"
            )
        if p.r.random() < 0.35:
            doc.add("  <tr><td>SSN (W-9)</td><td>").pii(p.ssn(), "US_SSN").add("</td></tr>\n")
        if p.r.random() < 0.5:
            doc.add("  <tr><td>IBAN</td><td><code>").pii(p.iban(), "IBAN_CODE").add(
                "</code></td></tr>\n"
            )
        else:
            account, code = p.bank_account_en()
            doc.add("  <tr><td>Account no.</td><td>").pii(account, "BANK_ACCOUNT").add(
                f"</td></tr>\n  <tr><td>Branch</td><td>{code}</td></tr>\n"
            )
    else:
        doc.add(f"  <tr><td>Reference</td><td>KYC-{p.digits(8)}</td></tr>\n")
        doc.add(f"  <tr><td>Note</td><td>{en_noise(p)}</td></tr>\n")
    doc.add(
        "</table>\n<p>"
        + p.pick(("Generated by the onboarding portal.", "Do not forward outside the bank."))
        + "</p>"
    )


def en_markdown(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(
        f"## Ticket #{p.digits(6)} – {p.pick(('chargeback', 'wrong beneficiary', 'card not received', 'SEPA mandate'))}\n\n"
    )
    doc.add(
        f"**Priority:** {p.pick(('P2', 'P3'))}  \n**Channel:** {p.pick(('app', 'email', 'branch'))}\n\n"
    )
    if pii:
        doc.add("- **Customer:** ").pii(p.en_name(), "PERSON").add("\n")
        doc.add("- **Contact:** ").pii(p.phone_intl(), "PHONE_NUMBER").add(" / `").pii(
            p.email_for(p.en_name()), "EMAIL_ADDRESS"
        ).add("`\n")
        kind = p.r.randrange(3)
        if kind == 0:
            doc.add("- **Disputed card:** ").pii(p.card(), "CREDIT_CARD").add(" (credit)\n")
        elif kind == 1:
            doc.add("- **Debit to IBAN:** ").pii(p.iban(), "IBAN_CODE").add("\n")
        else:
            doc.add("- **UnionPay debit card:** ").pii(p.unionpay(), "BANK_ACCOUNT").add("\n")
        doc.add("\n> " + p.pick(("Customer says ", "Caller states ")))
        doc.pii(p.pick(EN_TITLED), "PERSON").add(" authorised only one payment.\n\n" + en_noise(p))
    else:
        doc.add(
            "- **Customer:** _redacted_\n- "
            + en_noise(p)
            + "\n- "
            + en_noise(p)
            + "\n\n> Escalated to L2."
        )


def en_csv(p: Pools, doc: Doc, pii: bool) -> None:
    if pii:
        doc.add(
            p.pick(
                (
                    "customer_id,name,dob,phone,email,city\n",
                    "cust_ref,full_name,birth_date,mobile,email_id,branch_city\n",
                    "ID,Name,Date of Birth,Phone,E-mail,Town\n",
                )
            )
        )
        for _ in range(p.r.randrange(2, 4)):
            doc.add(f"C{p.digits(7)},")
            name = p.en_name()
            quoted = "," in name or p.r.random() < 0.3
            doc.add('"' if quoted else "").pii(name, "PERSON").add('",' if quoted else ",")
            y, m, d = p.birth()
            doc.pii(f"{y}-{m:02d}-{d:02d}", "DATE_OF_BIRTH").add(",")
            doc.pii(p.phone_intl().replace(",", ""), "PHONE_NUMBER").add(",")
            doc.pii(p.email_for(name), "EMAIL_ADDRESS").add(",")
            doc.add(
                p.pick(("Pune", "Cebu", "Lagos", "Durban", "Köln", "Lille", "Utrecht", "Calgary"))
                + "\n"
            )
    else:
        doc.add("txn_date,merchant,amount,currency,status,last4\n")
        for _ in range(p.r.randrange(2, 5)):
            doc.add(
                f"2026-{p.r.randrange(1, 13):02d}-{p.r.randrange(1, 29):02d},{p.pick(('Swiggy', 'Grab', 'Jumia', 'Checkers', 'REWE', 'Monoprix', 'Albert Heijn'))},"
                f"{p.r.randrange(1, 9999)}.{p.digits(2)},{p.pick(('INR', 'PHP', 'NGN', 'ZAR', 'EUR'))},{p.pick(('SETTLED', 'PENDING'))},{p.digits(4)}\n"
            )


def en_json(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(
        p.pick(
            (
                "Getting a 422 from /v2/payees with this body:\n",
                "Payload from the partner webhook:\n",
                "```json\n",
            )
        )
    )
    doc.add('{\n  "request_id": "' + p.digits(8) + "-" + p.digits(4) + '",\n')
    if pii:
        doc.add(
            p.pick(
                (
                    '  "payee": {\n    "name": "',
                    '  "beneficiary": {\n    "fullName": "',
                    '  "customer": {\n    "holder_name": "',
                )
            )
        )
        doc.pii(p.en_name() if p.r.random() < 0.85 else p.pick(EN_LOWER), "PERSON").add('",\n')
        if p.r.random() < 0.5:
            doc.add('    "iban": "').pii(p.iban().replace(" ", ""), "IBAN_CODE").add('",\n')
        else:
            account, code = p.bank_account_en()
            doc.add('    "account_number": "').pii(account, "BANK_ACCOUNT").add(
                f'",\n    "branch": "{code}",\n'
            )
        doc.add('    "address": "').pii(", ".join(p.r.choice(EN_ADDRESSES)), "ADDRESS").add(
            '"\n  },\n'
        )
        if p.r.random() < 0.5:
            doc.add('  "ssn": "').pii(p.ssn(), "US_SSN").add('",\n')
        y, m, d = p.birth()
        doc.add(p.pick(('  "dateOfBirth": "', '  "dob": "', '  "birth_date": "'))).pii(
            f"{y}-{m:02d}-{d:02d}", "DATE_OF_BIRTH"
        ).add('",\n')
    doc.add(
        f'  "amount": {p.r.randrange(10, 90000)}.{p.digits(2)},\n  "currency": "{p.pick(("EUR", "INR", "ZAR"))}",\n'
    )
    doc.add(
        f'  "otp": "{p.digits(6)}",\n  "created_at": "2026-{p.r.randrange(1, 13):02d}-{p.r.randrange(1, 29):02d}T10:{p.digits(2)}:00Z"\n}}'
    )
    if pii and p.r.random() < 0.4:
        doc.add("\nThe field name for ").pii(p.pick(EN_TITLED), "PERSON").add(
            " is fine, it's the amount that fails."
        )


def en_logs(p: Pools, doc: Doc, pii: bool) -> None:
    lines = p.r.randrange(3, 6)
    pii_line = p.r.randrange(lines) if pii else -1
    for i in range(lines):
        doc.add(
            f"2026-{p.r.randrange(1, 13):02d}-{p.r.randrange(1, 29):02d}T0{p.r.randrange(10)}:{p.digits(2)}:{p.digits(2)}Z "
        )
        if i == pii_line:
            kind = p.r.randrange(5)
            doc.add("WARN ")
            if kind == 0:
                doc.add('kyc.update msg="name mismatch" submitted="').pii(
                    p.en_name(), "PERSON"
                ).add('" expected="').pii(p.en_name(), "PERSON").add('"')
            elif kind == 1:
                doc.add("ivr.transcript caller said my number is ").pii(
                    p.spoken_en_phone(), "PHONE_NUMBER"
                )
            elif kind == 2:
                doc.add("auth.reset email=").pii(p.email_for(p.en_name()), "EMAIL_ADDRESS").add(
                    f" otp_sent=true otp={p.digits(6)}"
                )
            elif kind == 3:
                doc.add("payments.validate iban=").pii(p.iban().replace(" ", ""), "IBAN_CODE").add(
                    " result=OK"
                )
            else:
                doc.add("cards.tokenize pan=").pii(
                    p.card().replace(" ", "").replace("-", ""), "CREDIT_CARD"
                ).add(" (PCI leak – purge!)")
        else:
            doc.add(p.pick(("INFO ", "DEBUG ")))
            doc.add(
                p.pick(
                    (
                        f"gateway latency_ms={p.r.randrange(5, 900)} route=/v1/accounts/{{id}}",
                        f"card.auth last4={p.digits(4)} amount={p.r.randrange(1, 999)}.00 result=APPROVED",
                        f"sms.sent template=OTP code={p.digits(6)}",
                        f"ifsc.lookup code=SBIN0{p.digits(6)} branch=Andheri East",
                        f"batch NEFT-{p.digits(6)} rows={p.r.randrange(100, 9000)}",
                    )
                )
            )
        doc.add("\n")


def en_remittance(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(
        p.pick(
            (
                "Inward remittance query",
                "NRE account – beneficiary details",
                "Balikbayan transfer follow-up",
            )
        )
        + "\n"
    )
    if pii:
        account, code = p.bank_account_en()
        doc.add("Sender: ").pii(p.en_name(), "PERSON").add(", ")
        doc.pii(p.phone_intl(), "PHONE_NUMBER").add(
            f" ({p.pick(('Dubai', 'Riyadh', 'Toronto', 'London'))})\n"
        )
        doc.add("Beneficiary: ").pii(
            p.pick(EN_LOWER) if p.r.random() < 0.3 else p.en_name(), "PERSON"
        ).add("\n")
        doc.add("A/c ").pii(account, "BANK_ACCOUNT").add(f", {code}\n")
        doc.add("Address:\n")
        lines = p.r.choice(EN_ADDRESSES)
        doc.pii("\n".join(lines), "ADDRESS").add("\n")
        doc.add(en_noise(p))
    else:
        doc.add(en_noise(p) + "\n" + en_noise(p) + "\nPurpose code P0103, funds credited T+1.")


def en_chargeback(p: Pools, doc: Doc, pii: bool) -> None:
    if pii:
        doc.add(p.pick(("Good day po! ", "Hello, ", "Hi there, ", "Sawubona, ")))
        doc.add(p.pick(("this is ", "my name is ", "it's ", "writing on behalf of my mum "))).pii(
            p.en_name(), "PERSON"
        ).add(". ")
        doc.add(p.pick(("I'm disputing ", "I need a chargeback on ", "Please reverse ")))
        doc.add(
            f"a {p.pick(('PHP', 'ZAR', 'NGN'))} {p.r.randrange(500, 50000):,} charge from {p.pick(('Lazada', 'Takealot', 'Konga', 'Shopee'))} on my credit card "
        )
        doc.pii(p.card(), "CREDIT_CARD").add(". ")
        if p.r.random() < 0.5:
            doc.add("Reach me on ").pii(p.phone_intl(), "PHONE_NUMBER").add(" after 6pm. ")
        if p.r.random() < 0.4:
            doc.add(p.pick(("My sister ", "My husband ", "My colleague ", "The rider, "))).pii(
                p.en_name(), "PERSON"
            ).add(" can confirm I was in ").add(p.pick(("Davao", "Port Elizabeth", "Enugu"))).add(
                " that day."
            )
    else:
        doc.add(
            f"Hi, I'd like to dispute a charge of {p.pick(('PHP', 'ZAR', 'NGN'))} {p.r.randrange(500, 50000):,} on my card ending {p.digits(4)}. "
        )
        doc.add(en_noise(p) + " " + en_noise(p))


def en_sepa(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(
        p.pick(
            (
                "SEPA Direct Debit Mandate\n",
                "Standing order set-up (EUR)\n",
                "Virement / Überweisung request\n",
            )
        )
    )
    doc.add(f"Mandate reference: MNDT-{p.digits(9)}\nCreditor ID: DE98ZZZ0{p.digits(10)}\n")
    if pii:
        doc.add("Debtor name: ").pii(p.en_name(), "PERSON").add("\n")
        doc.add("Debtor address: ").pii(", ".join(p.r.choice(EN_ADDRESSES[9:15])), "ADDRESS").add(
            "\n"
        )
        doc.add("Debtor IBAN: ").pii(p.iban(), "IBAN_CODE").add("\n")
        doc.add(f"BIC: {p.pick(('COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'GEBABEBB'))}\n")
        doc.add(
            f"Signed in {p.pick(('Berlin', 'Paris', 'Utrecht', 'Gent'))} on {p.r.randrange(1, 29)}.{p.r.randrange(1, 13)}.2026 by "
        ).pii(p.pick(EN_TITLED), "PERSON")
    else:
        doc.add(
            f"Creditor: {p.pick(('Stadtwerke München GmbH', 'EDF SA', 'Vattenfall NL', 'Proximus'))}\nBIC: COBADEFFXXX\n"
            + en_noise(p)
        )


def en_poa(p: Pools, doc: Doc, pii: bool) -> None:
    if pii:
        doc.add("Minutes – Estates desk, item 3\nAttendees: ")
        doc.pii(p.en_name(), "PERSON").add(" (chair), ").pii(p.en_name(), "PERSON").add(", Legal\n")
        doc.add(p.pick(("The attorney ", "Solicitor ", "Our client's son-in-law "))).pii(
            p.pick(EN_TITLED), "PERSON"
        ).add(
            p.pick(
                (
                    " presented the power of attorney for the donor ",
                    " tabled the LPA registered for ",
                    " asked to act for ",
                )
            )
        )
        doc.pii(p.en_name(), "PERSON").add(" (born ")
        y, m, d = p.birth()
        doc.pii(p.en_dob(y, m, d), "DATE_OF_BIRTH").add(")")
        if p.r.random() < 0.5:
            doc.add(", SSN ").pii(p.ssn(), "US_SSN")
        doc.add(". Action: call ").pii(p.phone_with_ext(), "PHONE_NUMBER").add(" to confirm.")
    else:
        doc.add("Minutes – Estates desk, item 4\nAttendees: Legal, Operations\n")
        doc.add(
            "Power of attorney template v3 approved. " + en_noise(p) + " Next review 14 March 2027."
        )


EN_GENRES: dict[str, Callable[[Pools, Doc, bool], None]] = {
    "email_thread": en_email_thread,
    "html": en_html,
    "markdown_ticket": en_markdown,
    "csv_export": en_csv,
    "json_payload": en_json,
    "log_lines": en_logs,
    "remittance": en_remittance,
    "chargeback_dm": en_chargeback,
    "sepa_mandate": en_sepa,
    "minutes_poa": en_poa,
}


# --------------------------------------------------------------------------- Chinese genres


def zh_taiwan(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(p.pick(("【客服信箱】", "主旨：變更通訊地址\n", "您好，")))
    if pii:
        doc.add(p.pick(("本人", "申請人", "我是", "敝姓名為"))).pii(p.zh_name(), "PERSON").add("，")
        y, m, d = p.birth()
        doc.add("出生日期").pii(p.zh_dob(y, m, d, taiwan=True), "DATE_OF_BIRTH").add("，")
        doc.add(p.pick(("新地址：", "帳單請改寄", "戶籍地址為", "現居"))).pii(
            p.pick(TW_ADDRESSES), "ADDRESS"
        ).add("，")
        doc.add(p.pick(("手機", "行動電話：", "聯絡電話 "))).pii(p.tw_mobile(), "PHONE_NUMBER").add(
            "。"
        )
        if p.r.random() < 0.4:
            doc.add(p.pick(("如聯絡不上請找我先生", "緊急聯絡人：", "代辦人為同事"))).pii(
                p.zh_name() if p.r.random() < 0.7 else p.zh_nick(), "PERSON"
            ).add("。")
    doc.add(zh_noise(p))


def zh_macau(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add("澳門分行通知：")
    if pii:
        doc.add("客戶").pii(p.zh_name(), "PERSON").add("（")
        doc.pii(p.mo_mobile(), "PHONE_NUMBER").add("）申請寄送新卡至")
        doc.pii(p.pick(MO_ADDRESSES), "ADDRESS").add("，")
        doc.add("借記卡號").pii(p.unionpay(), "BANK_ACCOUNT").add("，由").pii(
            p.zh_titled(), "PERSON"
        ).add("跟進。")
    else:
        doc.add("本行將於颱風訊號八號或以上時暫停櫃檯服務。" + zh_noise(p))


def zh_singapore(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(p.pick(("Hi，", "您好，", "各位好，")))
    if pii:
        doc.add(p.pick(("我是", "我叫", "This is ", "本人"))).pii(
            p.zh_name() if p.r.random() < 0.6 else p.pick(ZH_LATIN), "PERSON"
        ).add("，")
        doc.add("想 update 一下 address，新的是").pii(p.pick(SG_ZH_ADDRESSES), "ADDRESS").add("。")
        doc.add("hp 是").pii(p.sg_mobile(), "PHONE_NUMBER")
        if p.r.random() < 0.5:
            doc.add("，email ").pii(p.zh_email(), "EMAIL_ADDRESS")
        doc.add("。谢谢 lah。")
    else:
        doc.add("请问 PayNow 转账上限是多少？" + zh_noise(p))


def zh_notice(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(f"关于{p.pick(('客户信息核查', '账户冻结解除', '存量客户身份识别'))}的通知\n")
    doc.add(f"{p.pick(('各支行', '营业部', '个人金融部'))}：\n")
    if pii:
        doc.add("　　经核查，客户").pii(p.zh_name(), "PERSON").add("（身份证号")
        y, m, d = p.birth()
        doc.pii(p.cn_id((y, m, d)), "CN_ID_CARD").add("，出生日期").pii(
            p.zh_dob(y, m, d), "DATE_OF_BIRTH"
        ).add("）")
        doc.add("名下账户").pii(p.unionpay(), "BANK_ACCOUNT").add("已完成身份核实。")
        doc.add("联系人：").pii(p.zh_titled(), "PERSON").add("，电话").pii(
            p.cn_mobile(), "PHONE_NUMBER"
        ).add("。\n")
    else:
        doc.add(
            "　　请于"
            + f"{p.r.randrange(1, 13)}月{p.r.randrange(1, 29)}日前完成自查并上报。"
            + zh_noise(p)
            + "\n"
        )
    doc.add(
        f"{p.pick(('个人金融部', '合规部', '运营管理部'))}\n2026年{p.r.randrange(1, 13)}月{p.r.randrange(1, 29)}日"
    )


def zh_ocr_chat(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(f"{p.r.randrange(8, 23)}:{p.digits(2)} ⚡ 4G ▮▮▮ {p.r.randrange(10, 100)}%\n< 返回   ")
    doc.add(p.pick(("在线客服", "XX银行", "理财经理")) + "   …\n")
    if pii:
        doc.add("[图片]\n我 : " + p.pick(("你好 我叫", "您好,我是", "喂 我係", "你們好 本人"))).pii(
            p.zh_name(), "PERSON"
        ).add(" ,")
        doc.add("电话").pii(p.cn_mobile(), "PHONE_NUMBER").add("\n")
        if p.r.random() < 0.5:
            doc.add("客服 : 好的 请问").pii(p.zh_nick(), "PERSON").add("是您的同事吗\n")
        doc.add("我 : 卡号 ").pii(p.unionpay_spaced(), "BANK_ACCOUNT").add(" 转不了账 |||\n")
        if p.r.random() < 0.5:
            doc.add("我 : 另一张卡 ").pii(p.card().replace("-", " "), "CREDIT_CARD").add(
                "也被冻结了\n"
            )
    else:
        doc.add('[语音] 12"\n我 : ' + zh_noise(p) + "\n客服 : " + zh_noise(p) + "\n")
    doc.add("发送   ＋   😊")


def zh_mixed_script(p: Pools, doc: Doc, pii: bool) -> None:
    if pii:
        doc.add(p.pick(("您好，我們", "你好，我们")) + "公司财务")
        doc.pii(p.zh_name(), "PERSON").add(p.pick(("負責", "负责")) + "對帳，")
        doc.add("郵箱").pii(p.zh_email(), "EMAIL_ADDRESS").add("；")
        doc.add("海外收款 IBAN ").pii(p.iban(), "IBAN_CODE").add("，")
        doc.add("收款人 ").pii(p.en_name(), "PERSON").add("。")
        if p.r.random() < 0.5:
            doc.add("另：").pii(p.zh_nick(), "PERSON").add("說下週再補文件。")
    else:
        doc.add("您好，請問境外匯款手續費怎麼算？" + zh_noise(p) + "SWIFT代碼 BKCHCNBJ。")


def zh_email_thread(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add("主题：回复：回复：信用卡额度调整\n")
    if pii:
        name = p.zh_name()
        doc.add("发件人：").pii(name, "PERSON").add(" <").pii(p.zh_email(), "EMAIL_ADDRESS").add(
            ">\n"
        )
        doc.add("收件人：信用卡中心\n\n已按要求补充材料，谢谢。\n\n")
        doc.add("> 在 2026年" + f"{p.r.randrange(1, 13)}月{p.r.randrange(1, 29)}日，")
        doc.pii(p.zh_titled(), "PERSON").add(" 写道：\n> 请提供信用卡卡号及身份证号。\n")
        doc.add(">> 卡号").pii(p.card(), "CREDIT_CARD").add("，身份证").pii(
            p.cn_id(), "CN_ID_CARD"
        ).add("\n")
        if p.r.random() < 0.5:
            doc.add(">> 单位地址：").pii(p.pick(ZH_ADDRESSES), "ADDRESS")
    else:
        doc.add("发件人：信用卡中心\n\n> " + zh_noise(p) + "\n>> " + zh_noise(p))


def zh_json_csv(p: Pools, doc: Doc, pii: bool) -> None:
    if p.r.random() < 0.5:
        doc.add('接口返回如下，帮忙看下为什么报错：\n{"code": 4001, "data": {')
        if pii:
            doc.add('"khmc": "').pii(p.zh_name(), "PERSON").add('", "sjhm": "').pii(
                p.cn_mobile(), "PHONE_NUMBER"
            ).add('", ')
            y, m, d = p.birth()
            doc.add('"csrq": "').pii(f"{y}-{m:02d}-{d:02d}", "DATE_OF_BIRTH").add(
                '", "zjhm": "'
            ).pii(p.cn_id((y, m, d)), "CN_ID_CARD").add('"')
        else:
            doc.add(f'"jylsh": "{p.digits(16)}", "wddm": "{p.digits(5)}", "yzm": "{p.digits(6)}"')
        doc.add('}, "msg": "参数校验失败"}')
    else:
        doc.add("姓名,卡号,开户行,金额\n")
        for _ in range(p.r.randrange(2, 4)):
            if pii:
                doc.pii(p.zh_name(), "PERSON").add(",").pii(p.unionpay(), "BANK_ACCOUNT")
            else:
                doc.add("（已脱敏）,尾号" + p.digits(4))
            doc.add(
                f",{p.pick(('工行朝阳支行', '建行南山支行', '中行澳门分行'))},{p.r.randrange(100, 99999)}.00\n"
            )


def zh_ticket_log(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(
        f"【工单 GD{p.digits(9)}】{p.pick(('投诉升级', '地址变更', '挂失补卡', '代理人办理'))}\n"
    )
    doc.add(
        f"[2026-{p.r.randrange(1, 13):02d}-{p.r.randrange(1, 29):02d} 1{p.r.randrange(10)}:{p.digits(2)}] 坐席{p.digits(4)}："
    )
    if pii:
        doc.add(p.pick(("客户来电，自称", "来电人：", "客戶本人", "客户微信留言，署名"))).pii(
            p.zh_name(), "PERSON"
        ).add("，")
        if p.r.random() < 0.5:
            doc.add("口述手机号").pii(p.spoken_zh_phone(), "PHONE_NUMBER").add("，")
        else:
            doc.add("联系方式").pii(p.cn_mobile(), "PHONE_NUMBER").add("，")
        doc.add("委托其" + p.pick(("儿子", "女儿", "侄子", "朋友")))
        doc.pii(p.zh_name(), "PERSON").add("代办，")
        doc.add("寄送地址").pii(p.pick(ZH_ADDRESSES + TW_ADDRESSES), "ADDRESS").add("。")
        if p.r.random() < 0.4:
            doc.add("美国籍配偶 SSN ").pii(p.ssn(), "US_SSN").add("已留存。")
    else:
        doc.add(
            "客户咨询"
            + p.pick(("外汇额度", "理财到期", "网点营业时间"))
            + "，已解答。"
            + zh_noise(p)
        )


def zh_insurance(p: Pools, doc: Doc, pii: bool) -> None:
    doc.add(p.pick(("代理保险理赔申请\n", "银保产品理赔材料清单\n")))
    doc.add(f"保单号：P{p.digits(12)}\n")
    if pii:
        y, m, d = p.birth()
        doc.add("被保险人：").pii(p.zh_name(), "PERSON").add("\n出生日期：").pii(
            p.zh_dob(y, m, d), "DATE_OF_BIRTH"
        ).add("\n")
        doc.add("受益人：").pii(p.zh_name(), "PERSON").add("，理赔款请汇入")
        doc.pii(p.unionpay(), "BANK_ACCOUNT").add("\n联系电话：").pii(p.cn_mobile(), "PHONE_NUMBER")
        doc.add("\n经办：").pii(p.zh_titled(), "PERSON")
    else:
        doc.add("产品：安心e生医疗险\n" + zh_noise(p) + "\n经办：理赔部")


ZH_GENRES: dict[str, Callable[[Pools, Doc, bool], None]] = {
    "taiwan_letter": zh_taiwan,
    "macau_notice": zh_macau,
    "singapore_chat": zh_singapore,
    "official_notice": zh_notice,
    "ocr_chat_screenshot": zh_ocr_chat,
    "mixed_script": zh_mixed_script,
    "email_thread": zh_email_thread,
    "json_csv": zh_json_csv,
    "ticket_log": zh_ticket_log,
    "insurance_claim": zh_insurance,
}


# --------------------------------------------------------------------------- assembly


def generate(n: int = 600, seed: int = 9918) -> list[Row]:
    """``n`` messages, half English and half Chinese, 30% of each PII-free; deterministic."""
    rng = random.Random(seed)
    pools = Pools(rng)
    languages = ["en" if i % 2 == 0 else "zh" for i in range(n)]
    pii_free: list[bool] = [False] * n
    for lang in ("en", "zh"):
        indices = [i for i in range(n) if languages[i] == lang]
        for i in rng.sample(indices, round(len(indices) * PII_FREE_SHARE)):
            pii_free[i] = True
    rows: list[Row] = []
    for i in range(n):
        lang = languages[i]
        genres = EN_GENRES if lang == "en" else ZH_GENRES
        genre = sorted(genres)[rng.randrange(len(genres))]
        doc = Doc()
        genres[genre](pools, doc, not pii_free[i])
        rows.append(
            {
                "id": f"h9-{lang}-{genre}-{i:04d}",
                "text": doc.text(),
                "lang": lang,
                "spans": doc.spans,
            }
        )
    return rows


def stats(rows: list[Row]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {
        "labels": Counter(),
        "languages": Counter(),
        "genres": Counter(),
        "pii_free": Counter(),
    }
    for row in rows:
        spans = row["spans"]
        assert isinstance(spans, list)
        out["languages"][str(row["lang"])] += 1
        out["genres"][f"{row['lang']}/{str(row['id']).split('-')[2]}"] += 1
        if not spans:
            out["pii_free"][str(row["lang"])] += 1
        for span in spans:
            out["labels"][str(span["label"])] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--stats", action="store_true", help="print counts per label, language and genre"
    )
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=9918)
    args = parser.parse_args(argv)
    rows = generate(args.n, args.seed)
    if args.stats:
        for key, counter in stats(rows).items():
            print(key, dict(sorted(counter.items())))
    else:
        print(rows[0]["text"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
