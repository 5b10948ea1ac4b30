"""Fifth independent bilingual PII evaluation set (held-out v5): bank messages in new genres.

Authoring rule: written blind. The author did not open the PII engine (its recognizers,
tagger, lexicons or resources), the dev set, the earlier held-out sets (v1-v4), their shared
data or their tests' data, and never ran the engine on these messages. The wording comes from
general knowledge of how bank customers and staff write; the set is measured, never tuned on.

``generate(n=600, seed=5518)`` returns rows ``{"id", "text", "lang", "spans"}``: English and
Chinese alternate (half each) and 30% of each language's messages hold no personal data (hard
negatives: hotlines, amounts, dates, OTPs, reference numbers, branch identifiers, card last
four digits, company, product, branch and street names, capitalised words, family words).

Genres. English: chat-bot transcripts with typos, voicemail transcriptions with numbers read
aloud, complaint forms pasted from PDFs (line breaks inside fields, SURNAME, Given), letters of
authority naming attorneys, bereavement notifications naming executors, payee set-ups, travel
notices, app-store style reviews, HR/payroll queries, address-change requests, joint-account
and guarantor forms, W-9 style tax forms, e-mail signatures, tenancy references, SMS. Chinese:
WeChat voice-to-text without punctuation (spoken digits), Traditional-script HK and TW letters,
WeChat Pay / Alipay style notes, 委托书, 挂失, 转账备注, mixed Chinese-English chat, OCR'd
forms, fraud reports about a caller who 自称 an official, landlord and family third parties,
staff e-mails signed ``—— name``, 接龙 sign-up lists. Staff chat (Teams) about a callback,
next-of-kin forms and OCR'd cheques in English. Addresses in US/UK/CA/AU/SG/HK/MY/IN English
formats and mainland/HK/TW Chinese formats, on one line and across lines. Names from many cultures:
lowercase, ALL CAPS, initials, hyphens, apostrophes, accents, 复姓, two- to four-character
Chinese names, middle-dot names, Latin names in Chinese text, and title forms.

Labelling conventions (the project's):
- A span holds the value only, never its cue word (``Phone:``, ``卡号``, ``DOB``).
- A phone's extension (``ext. 223``, ``转8021``, ``分機 305``) and a country code, bracketed or
  not, belong to the phone. Bank/company hotlines and service numbers (400/800/95xxx, 1-800,
  0345, 13 22 21, "call our branch on ...") are not personal: no span.
- An address runs from its first part (flat/unit or house number in English; province or city
  in Chinese) to its last (postcode, or the flat/room/floor or district when no postcode is
  written), as written, line breaks included.
- A UnionPay ``62...`` card called 卡号/收款卡/银行卡/工资卡 (or "debit card", "account") is
  BANK_ACCOUNT; with a credit cue near (信用卡, "credit card") it is CREDIT_CARD. Visa 4...,
  Mastercard 5... and Amex 34/37 are CREDIT_CARD.
- Staff names in sign-offs and third parties a message names are PERSON; company, branch,
  product, street and place names are not; family and role words (妈妈, 房东, "my landlord")
  alone are not. A full name is spanned without its title (``Mr Daniel Okafor`` -> ``Daniel
  Okafor``, ``张伟明先生`` -> ``张伟明``); a surname written only with its title is spanned with
  the title, since the surname alone names no one (``Mr Ahmed``, ``王经理``, ``李阿姨``, ``陳生``).
- Branch identifiers (sort code, routing number, BSB, IFSC, SWIFT/BIC, 联行号), card last-four
  digits, OTPs, reference/ticket/tracking/order numbers, amounts and non-birth dates: no span.
- Numbers read aloud keep their spoken form in the span (``nine eight four five ...``,
  ``幺三九...``); the label is that of the number.
- Checksums are valid: Luhn for cards and UnionPay accounts, ISO 7064 MOD 11-2 for CN IDs,
  MOD-97 for IBANs; SSNs are plausible (area not 000/666/9xx, group not 00, serial not 0000).

``python benchmarks/pii_heldout5/generator.py --stats`` prints counts per label and language
and three samples per language.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

Segment = str | tuple[str, str]
Template = Callable[[random.Random], list[Segment]]

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

# --------------------------------------------------------------------------- span helpers


def render(segments: list[Segment]) -> tuple[str, list[dict[str, Any]]]:
    """Join text and labelled values; each labelled value becomes a span over exactly itself."""
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    position = 0
    for segment in segments:
        if isinstance(segment, tuple):
            label, value = segment
            spans.append({"start": position, "end": position + len(value), "label": label})
            parts.append(value)
            position += len(value)
        else:
            parts.append(segment)
            position += len(segment)
    return "".join(parts), spans


def person(value: str) -> Segment:
    return ("PERSON", value)


def phone(value: str) -> Segment:
    return ("PHONE_NUMBER", value)


def email(value: str) -> Segment:
    return ("EMAIL_ADDRESS", value)


def address(value: str) -> Segment:
    return ("ADDRESS", value)


def card(value: str) -> Segment:
    return ("CREDIT_CARD", value)


def account(value: str) -> Segment:
    return ("BANK_ACCOUNT", value)


def iban(value: str) -> Segment:
    return ("IBAN_CODE", value)


def ssn(value: str) -> Segment:
    return ("US_SSN", value)


def cn_id_span(value: str) -> Segment:
    return ("CN_ID_CARD", value)


def dob(value: str) -> Segment:
    return ("DATE_OF_BIRTH", value)


# --------------------------------------------------------------------------- checksums


def luhn_check_digit(partial: str) -> str:
    """The digit that makes ``partial + digit`` pass the Luhn check."""
    total = 0
    for index, char in enumerate(reversed(partial)):
        digit = int(char)
        if index % 2 == 0:  # doubled once the check digit is appended
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = "".join(c for c in number if c.isdigit())
    return len(digits) >= 2 and luhn_check_digit(digits[:-1]) == digits[-1]


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a mainland resident ID (GB 11643-1999)."""
    total = sum(int(d) * w for d, w in zip(first17, CN_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if len(compact) < 15 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def ssn_plausible(value: str) -> bool:
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


# --------------------------------------------------------------------------- value makers


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def visa(rng: random.Random) -> str:
    return luhn_number(rng, rng.choice(["4539", "4716", "4024", "4485", "4929"]), 16)


def mastercard(rng: random.Random) -> str:
    return luhn_number(rng, rng.choice(["5425", "5105", "5555", "2221", "2720", "5311"]), 16)


def amex(rng: random.Random) -> str:
    return luhn_number(rng, rng.choice(["34", "37"]), 15)


UNIONPAY_BINS = ["622202", "622848", "621700", "623668", "622588", "621483", "622908", "621226"]


def unionpay(rng: random.Random) -> str:
    return luhn_number(rng, rng.choice(UNIONPAY_BINS), rng.choice([16, 19, 19]))


def group_card(number: str, rng: random.Random, separator: str | None = None) -> str:
    """Write a card as people do: in fours (Amex 4-6-5), run together, or with dashes."""
    sep = separator if separator is not None else rng.choice([" ", " ", "", "-"])
    if len(number) == 15:
        return sep.join([number[:4], number[4:10], number[10:]])
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


CN_REGIONS = ["110105", "310104", "440305", "330106", "510107", "420106", "320102", "370102"]
CN_REGIONS += ["610113", "500103", "350203", "430104", "210102", "120101", "440106"]


def birth_date(rng: random.Random, start_year: int = 1942, end_year: int = 2003) -> date:
    first = date(start_year, 1, 1)
    return first + timedelta(days=rng.randrange((date(end_year, 12, 31) - first).days))


def cn_id(rng: random.Random, born: date | None = None) -> str:
    when = born or birth_date(rng)
    first17 = rng.choice(CN_REGIONS) + when.strftime("%Y%m%d") + digits(rng, 3)
    return first17 + cn_id_check_char(first17)


def format_cn_id(value: str, rng: random.Random) -> str:
    style = rng.random()
    if style < 0.5:
        return value
    if style < 0.8:
        return f"{value[:6]} {value[6:14]} {value[14:]}"
    if style < 0.9:
        return value[:-1] + value[-1].lower()
    return to_full_width(value)


IBAN_LAYOUTS = {  # country: BBAN pattern (A letter, 9 digit)
    "GB": "AAAA99999999999999",
    "DE": "999999999999999999",
    "FR": "99999999999999999999999",
    "NL": "AAAA9999999999",
    "IE": "AAAA99999999999999",
    "ES": "99999999999999999999",
    "IT": "A9999999999999999999999",
    "CH": "99999999999999999",
    "BE": "999999999999",
    "AE": "9999999999999999999",
}


def make_iban(rng: random.Random, country: str | None = None) -> str:
    code = country or rng.choice(list(IBAN_LAYOUTS))
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    bban = "".join(
        rng.choice(letters) if c == "A" else rng.choice("0123456789") for c in IBAN_LAYOUTS[code]
    )
    numeric = "".join(str(int(c, 36)) for c in bban + code + "00")
    return f"{code}{98 - int(numeric) % 97:02d}{bban}"


def format_iban(value: str, rng: random.Random) -> str:
    if rng.random() < 0.65:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    group = rng.randint(1, 99)
    serial = rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def to_full_width(value: str) -> str:
    return value.translate(FULL_WIDTH)


EN_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZH_DIGITS = "零一二三四五六七八九"


def speak_en(number: str, rng: random.Random, groups: list[int] | None = None) -> str:
    """Digits read aloud: 'oh' for zero now and then, 'double' for a repeated digit, and a
    comma between groups as a transcriber hears the pauses."""
    oh = rng.random() < 0.5
    pause = rng.random() < 0.4
    words: list[str] = []
    index = 0
    bounds: set[int] = set()
    if groups:
        total = 0
        for size in groups[:-1]:
            total += size
            bounds.add(total)
    while index < len(number):
        digit = number[index]
        word = "oh" if digit == "0" and oh else EN_DIGIT_WORDS[int(digit)]
        doubled = index + 1 < len(number) and number[index + 1] == digit and index + 1 not in bounds
        if doubled and rng.random() < 0.5:
            words.append(f"double {word}")
            index += 2
        else:
            words.append(word)
            index += 1
        if pause and index in bounds:
            words[-1] += ","
    return " ".join(words)


def speak_zh(number: str, rng: random.Random) -> str:
    """Digits read aloud in Mandarin; 幺 for one is how phone and card numbers are read."""
    yao = rng.random() < 0.7
    out = []
    for char in number:
        if char == "1" and yao:
            out.append("幺")
        elif char in "Xx":
            out.append("叉")
        else:
            out.append(ZH_DIGITS[int(char)])
    return "".join(out)


def dob_en(rng: random.Random, born: date | None = None) -> str:
    when = born or birth_date(rng)
    style = rng.randrange(6)
    if style == 0:
        return when.strftime("%d/%m/%Y")
    if style == 1:
        return when.strftime("%m/%d/%Y")
    if style == 2:
        return f"{when.day} {when.strftime('%B %Y')}"
    if style == 3:
        return f"{when.strftime('%B')} {when.day}, {when.year}"
    if style == 4:
        return when.strftime("%Y-%m-%d")
    return f"{when.day:02d}-{when.strftime('%b').upper()}-{when.year}"


def dob_zh(rng: random.Random, born: date | None = None) -> str:
    when = born or birth_date(rng)
    style = rng.randrange(5)
    if style == 0:
        return f"{when.year}年{when.month}月{when.day}日"
    if style == 1:
        return when.strftime("%Y-%m-%d")
    if style == 2:
        return when.strftime("%Y.%m.%d")
    if style == 3:
        return f"{when.year}年{when.month:02d}月{when.day:02d}日"
    return when.strftime("%Y/%m/%d")


# --------------------------------------------------------------------------- names

EN_NAMES = [
    "Siobhan O'Connell", "Oluwaseun Adeyemi", "Nguyen Thi Lan", "Rajesh Krishnamurthy",
    "Fatima Al-Sayed", "Mateo García", "Björn Lindqvist", "Aroha Ngata", "Kwame Mensah",
    "Yuki Tanaka", "Chloé Dubois", "Dmitri Volkov", "Priya Venkataraman", "Jean-Baptiste Moreau",
    "Tomasz Wiśniewski", "Ayşe Yılmaz", "Connor MacLeod", "Mei Ling Tan",
    "Muhammad Hafiz bin Ismail", "Siti Aminah binti Yusof", "Lakshmi Iyer", "Hamish Fraser",
    "Ngozi Okonkwo", "Ji-woo Park", "Emeka Eze", "Ana Sofía Rojas", "Liam O'Brien",
    "Zainab Hussain", "Gareth Llewellyn", "Ingrid Halvorsen", "Pedro Alves", "Hannah Goldberg",
    "Tariq Mahmood", "Marguerite Fontaine", "Bongani Dlamini", "Rohan Mehta", "Eilidh Campbell",
    "Declan Byrne", "Keisha Washington", "DeShawn Carter", "Esperanza Villanueva", "Arjun Nair",
    "Leilani Kahale", "Mohammed Al-Rashid", "Olga Petrenko", "Sven Andersson", "Camille Laurent",
    "Nikhil Bhattacharya", "Grace Adjei", "Ravi Subramanian", "Teresa Kowalczyk",
    "Finn Gallagher", "Noor Jahan Begum", "Kofi Boateng", "Isabella Rossi", "Hiroshi Watanabe",
    "Sunita Sharma", "Patrick Nkemelu", "Yasmin Haddad", "Callum Reid",
]  # fmt: skip
EN_TITLED = [
    "Mr Ahmed", "Mrs Kowalski", "Dr Banerjee", "Ms Okafor", "Mr Papadopoulos", "Mrs Fitzgerald",
    "Dr Adebayo", "Miss Thornton", "Mr Hernández", "Ms Nakamura",
]  # fmt: skip
EN_TITLES = ["Mr", "Mrs", "Ms", "Dr", "Mx"]
ZH_NAMES = [
    "王芳", "李强", "刘洋", "陈静", "杨帆", "赵磊", "黄蕾", "吴敏", "徐婷", "孙悦", "马骁", "朱琳",
    "胡斌", "郭婧", "张伟明", "林晓燕", "郑嘉怡", "谢婉婷", "梁志强", "宋雨桐", "唐浩然", "许雅琪",
    "韩冬梅", "冯子健", "彭晓东", "曾佩琳", "欧阳娜娜", "司马云飞", "诸葛明轩", "上官婉清",
    "慕容雪", "东方晨", "欧阳建国", "司徒美琪", "皇甫嘉树", "阿依古丽·买买提", "扎西顿珠",
    "卢俊辉", "蒋思琪", "邱文博",
]  # fmt: skip
ZH_TRAD_NAMES = ["陳家豪", "黃詠詩", "張雅婷", "吳俊傑", "劉美君", "蔡宛真", "鄭凱文", "林佳穎"]
ZH_TRAD_NAMES += ["何志明", "梁嘉欣", "歐陽慧中", "司徒永康"]
ZH_LATIN_NAMES = ["David Wong", "Kelly Chan", "Michael Lau", "Tommy Cheung", "Sarah Lim"]
ZH_LATIN_NAMES += ["Jason Tsai", "Vivian Ho", "Eric Leung", "Wei Zhang", "Amy Ng"]
ZH_TITLED = ["王经理", "李阿姨", "陈先生", "赵女士", "刘老师", "张总", "孙主任", "周师傅", "老周"]
ZH_TRAD_TITLED = ["陳生", "黃小姐", "李太", "張經理", "吳主任"]


def en_name(rng: random.Random) -> str:
    return rng.choice(EN_NAMES)


def caps_surname_first(name: str) -> str:
    """'Ngozi Okonkwo' -> 'OKONKWO, NGOZI', as forms print it."""
    given, _, surname = name.rpartition(" ")
    return f"{surname.upper()}, {given.upper()}"


def initials(name: str) -> str:
    """'Rohan Mehta' -> 'R. Mehta'; 'Jean-Baptiste Moreau' -> 'J.-B. Moreau'."""
    given, _, surname = name.rpartition(" ")
    first = given.split(" ")[0]
    short = "-".join(p[0] + "." for p in first.split("-")) if "-" in first else first[0] + "."
    return f"{short} {surname}"


def zh_name(rng: random.Random) -> str:
    return rng.choice(ZH_NAMES)


def first_name(name: str) -> str:
    return name.split(" ")[0]


# --------------------------------------------------------------------------- phones


def us_phone(rng: random.Random) -> str:
    area = rng.choice(["212", "415", "312", "617", "206", "404", "713", "646", "503", "919"])
    exchange = f"{rng.randint(2, 9)}{digits(rng, 2)}"
    line = digits(rng, 4)
    style = rng.randrange(5)
    if style == 0:
        return f"({area}) {exchange}-{line}"
    if style == 1:
        return f"{area}-{exchange}-{line}"
    if style == 2:
        return f"+1 {area} {exchange} {line}"
    if style == 3:
        return f"{area}.{exchange}.{line}"
    return f"({area}) {exchange}-{line} x{rng.randint(10, 999)}"


def uk_phone(rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"07{rng.randint(400, 999)} {digits(rng, 6)}"
    if style == 1:
        return f"+44 7{rng.randint(400, 999)} {digits(rng, 3)} {digits(rng, 3)}"
    if style == 2:
        return f"020 {rng.randint(7, 8)}{digits(rng, 3)} {digits(rng, 4)}"
    if style == 3:
        return f"+44 (0)161 {rng.randint(2, 9)}{digits(rng, 2)} {digits(rng, 4)}"
    return f"0113 {rng.randint(2, 4)}{digits(rng, 2)} {digits(rng, 4)}"


def ca_phone(rng: random.Random) -> str:
    area = rng.choice(["416", "604", "403", "514", "902", "613"])
    base = f"({area}) {rng.randint(2, 9)}{digits(rng, 2)}-{digits(rng, 4)}"
    return base + rng.choice(["", f" ext. {rng.randint(100, 899)}", f" ext {rng.randint(10, 99)}"])


def au_phone(rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if style == 1:
        return f"+61 4{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    return f"(0{rng.choice('2378')}) {rng.randint(8, 9)}{digits(rng, 3)} {digits(rng, 4)}"


def sg_phone(rng: random.Random) -> str:
    number = f"{rng.choice('89')}{digits(rng, 3)} {digits(rng, 4)}"
    return rng.choice([number, f"+65 {number}", f"(+65) {number}"])


def hk_phone(rng: random.Random) -> str:
    number = f"{rng.choice('5679')}{digits(rng, 3)} {digits(rng, 4)}"
    return rng.choice([number, f"+852 {number}", f"(852) {number}", number.replace(" ", "")])


def my_phone(rng: random.Random) -> str:
    number = f"01{rng.choice('2679')}-{digits(rng, 3)} {digits(rng, 4)}"
    return rng.choice([number, "+6" + number])


def in_phone(rng: random.Random) -> str:
    number = f"{rng.choice('9876')}{digits(rng, 4)} {digits(rng, 5)}"
    return rng.choice([f"+91 {number}", f"0{number}", f"(+91) {number.replace(' ', '-')}"])


CN_MOBILE_PREFIXES = ["139", "138", "136", "135", "150", "158", "177", "186", "188", "199", "131"]


def cn_mobile_digits(rng: random.Random) -> str:
    return rng.choice(CN_MOBILE_PREFIXES) + digits(rng, 8)


def cn_phone(rng: random.Random) -> str:
    number = cn_mobile_digits(rng)
    style = rng.randrange(6)
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 2:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if style == 3:
        return f"+86 {number[:3]} {number[3:7]} {number[7:]}"
    if style == 4:
        return f"(+86){number}"
    return to_full_width(number)


def cn_landline(rng: random.Random) -> str:
    area, local = rng.choice(
        [("010", 8), ("021", 8), ("0755", 8), ("020", 8), ("0571", 8), ("028", 8)]
    )
    number = f"{rng.randint(5, 8)}{digits(rng, local - 1)}"
    base = rng.choice(
        [f"{area}-{number}", f"({area}){number[:4]} {number[4:]}", f"{area} {number}"]
    )
    return base + rng.choice(["", f"转{rng.randint(800, 8999)}", f" 转 {rng.randint(10, 899)}"])


def tw_phone(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"09{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}"
    return f"(02){rng.randint(2, 8)}{digits(rng, 3)}-{digits(rng, 4)} 分機 {rng.randint(100, 899)}"


# --------------------------------------------------------------------------- addresses

US_STREETS = [
    "Maple Avenue",
    "Elm Street",
    "Lakeshore Drive",
    "Peachtree Road NE",
    "Mission Street",
]
US_STREETS += ["W 34th Street", "Juniper Lane", "N Halsted St"]
US_CITIES = [("Columbus", "OH", "43215"), ("Brooklyn", "NY", "11215"), ("Austin", "TX", "78704")]
US_CITIES += [("Oakland", "CA", "94610"), ("Decatur", "GA", "30030"), ("Evanston", "IL", "60201")]
UK_STREETS = ["Dunmore Road", "Cathedral Road", "Wilmslow Road", "Gloucester Road", "Otley Road"]
UK_STREETS += ["Byres Road", "Lisburn Road", "Rye Lane"]
UK_TOWNS = [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RQ"), ("Cardiff", "CF11 9HA")]
UK_TOWNS += [("Glasgow", "G12 8QQ"), ("Bristol", "BS7 8LZ"), ("London", "SE15 4QN")]
UK_TOWNS += [("Belfast", "BT9 6AD")]


def us_address(rng: random.Random, multiline: bool = False) -> str:
    number = rng.randint(12, 9800)
    street = rng.choice(US_STREETS)
    city, state, zipcode = rng.choice(US_CITIES)
    unit = rng.choice(
        ["", f"Apt {rng.randint(1, 12)}{rng.choice('ABCD')}", f"Unit {rng.randint(101, 905)}"]
    )
    if multiline:
        first = f"{number} {street}" + (f" {unit}" if unit else "")
        return f"{first}\n{city}, {state} {zipcode}"
    parts = [f"{number} {street}"] + ([unit] if unit else []) + [city, f"{state} {zipcode}"]
    return ", ".join(parts)


def uk_address(rng: random.Random, multiline: bool = False) -> str:
    flat = rng.choice(
        ["", f"Flat {rng.randint(1, 9)}", f"Flat {rng.randint(1, 4)}{rng.choice('ABC')}"]
    )
    house = f"{rng.randint(2, 240)} {rng.choice(UK_STREETS)}"
    town, postcode = rng.choice(UK_TOWNS)
    if multiline:
        lines = ([flat] if flat else []) + [house, town, postcode]
        return "\n".join(lines)
    return ", ".join(([flat] if flat else []) + [house, f"{town} {postcode}"])


def ca_address(rng: random.Random, multiline: bool = False) -> str:
    city, province, postal, street_name = rng.choice(
        [
            ("Toronto", "ON", "M5J 2G2", "Harbour Street"),
            ("Vancouver", "BC", "V6B 1A9", "Robson St"),
            ("Calgary", "AB", "T2P 3N9", "17 Ave SW"),
            ("Montréal", "QC", "H2X 1Y4", "Rue Sainte-Catherine"),
            ("Halifax", "NS", "B3H 4R2", "Spring Garden Rd"),
        ]
    )
    street = f"{rng.randint(10, 980)} {street_name}"
    unit = rng.randint(101, 2405)
    if multiline:
        return f"{unit}-{street}\n{city} {province}  {postal}"
    return rng.choice(
        [
            f"Unit {unit}, {street}, {city}, {province} {postal}",
            f"{unit}-{street}, {city} {province} {postal}",
        ]
    )


def au_address(rng: random.Random, multiline: bool = False) -> str:
    suburb, state, postcode = rng.choice(
        [
            ("Surry Hills", "NSW", "2010"),
            ("Fitzroy", "VIC", "3065"),
            ("New Farm", "QLD", "4005"),
            ("Subiaco", "WA", "6008"),
            ("Glenelg", "SA", "5045"),
        ]
    )
    street = rng.choice(
        ["Carrington Street", "Brunswick St", "Merthyr Road", "Rokeby Rd", "Jetty Road"]
    )
    first = (
        f"Unit {rng.randint(1, 20)}/{rng.randint(2, 160)} {street}"
        if rng.random() < 0.6
        else f"{rng.randint(2, 160)} {street}"
    )
    if multiline:
        return f"{first}\n{suburb.upper()} {state} {postcode}"
    return f"{first}, {suburb} {state} {postcode}"


def sg_address(rng: random.Random, multiline: bool = False) -> str:
    block = rng.randint(101, 689)
    street = rng.choice(
        ["Bedok North Ave 3", "Tampines St 81", "Ang Mo Kio Ave 6", "Jurong West St 52"]
    )
    unit = f"#{rng.randint(2, 25):02d}-{rng.randint(10, 480)}"
    postal = f"{rng.choice('456')}{digits(rng, 5)}"
    if multiline:
        return f"Blk {block} {street}\n{unit}\nSingapore {postal}"
    return f"Blk {block} {street}, {unit}, Singapore {postal}"


def hk_address_en(rng: random.Random, multiline: bool = False) -> str:
    flat = f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 38)}/F"
    building, street, district = rng.choice(
        [
            ("Wing Fat Building", f"{rng.randint(2, 480)} Nathan Road", "Tsim Sha Tsui, Kowloon"),
            (
                "Block 3, Kornhill Gardens",
                f"{rng.randint(1, 20)} Hong Shing Street",
                "Quarry Bay, Hong Kong",
            ),
            ("Tower 2, The Waterfront", f"{rng.randint(1, 9)} Austin Road West", "Kowloon"),
            ("Yuet Wah House", f"{rng.randint(10, 99)} King's Road", "North Point, Hong Kong"),
        ]
    )
    if multiline:
        return f"{flat}, {building}\n{street}\n{district}"
    return f"{flat}, {building}, {street}, {district}"


def my_address(rng: random.Random, multiline: bool = False) -> str:
    first, postal, city, state = rng.choice(
        [
            (
                f"No. {rng.randint(2, 90)}, Jalan SS 2/{rng.randint(10, 80)}",
                "47300",
                "Petaling Jaya",
                "Selangor",
            ),
            (
                f"Lot {rng.randint(2, 40)}, Jalan Tun Razak",
                "50400",
                "Kuala Lumpur",
                "W.P. Kuala Lumpur",
            ),
            (f"{rng.randint(2, 90)}, Lorong Burma", "10250", "George Town", "Pulau Pinang"),
        ]
    )
    if multiline:
        return f"{first}\n{postal} {city}\n{state}"
    return f"{first}, {postal} {city}, {state}"


def in_address(rng: random.Random, multiline: bool = False) -> str:
    lines = rng.choice(
        [
            [
                f"Flat {rng.randint(101, 804)}, Sai Krupa Apartments",
                "14th Cross, Indiranagar",
                "Bengaluru 560038",
            ],
            [f"B-{rng.randint(1, 90)}, Greater Kailash II", "New Delhi 110048"],
            [f"{rng.randint(2, 40)}/4 Anna Salai", "Teynampet", "Chennai 600018"],
            [
                f"{rng.randint(101, 902)}, Shanti Niketan, Linking Road",
                "Bandra West",
                "Mumbai - 400050",
            ],
        ]
    )
    return ("\n" if multiline else ", ").join(lines)


EN_ADDRESS_MAKERS = [us_address, uk_address, ca_address, au_address, sg_address, hk_address_en]
EN_ADDRESS_MAKERS += [my_address, in_address]


def any_en_address(rng: random.Random, multiline: bool = False) -> str:
    return rng.choice(EN_ADDRESS_MAKERS)(rng, multiline)


CN_PLACES = [
    ("上海市", "浦东新区", "张杨路"),
    ("广东省深圳市", "南山区", "科技南十二路"),
    ("北京市", "朝阳区", "建国路"),
    ("浙江省杭州市", "西湖区", "文三路"),
    ("四川省成都市", "武侯区", "人民南路四段"),
    ("湖北省武汉市", "洪山区", "珞喻路"),
    ("江苏省南京市", "鼓楼区", "中山北路"),
    ("山东省济南市", "历下区", "泉城路"),
    ("广州市", "天河区", "天河北路"),
    ("重庆市", "渝中区", "解放碑民族路"),
]
CN_ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "华府小区", "世纪新城", "幸福里"]


def cn_address(rng: random.Random, multiline: bool = False) -> str:
    city, district, road = rng.choice(CN_PLACES)
    number = f"{rng.randint(1, 1999)}号"
    style = rng.randrange(3)
    if style == 0:
        estate = rng.choice(CN_ESTATES)
        tail = f"{estate}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元"
        tail += f"{rng.randint(1, 33)}0{rng.randint(1, 6)}室"
    elif style == 1:
        tail = f"{rng.randint(1, 9)}号楼{rng.randint(2, 28)}0{rng.randint(1, 8)}室"
    else:
        tail = f"{rng.randint(3, 40)}楼{rng.choice('ABCDEF')}座"
    if multiline:
        return f"{city}{district}\n{road}{number}\n{tail}"
    sep = rng.choice(["", "", " "])
    return f"{city}{sep}{district}{sep}{road}{number}{sep}{tail}"


def hk_address_zh(rng: random.Random, multiline: bool = False) -> str:
    parts = rng.choice(
        [
            [
                "香港九龍旺角",
                f"彌敦道{rng.randint(500, 750)}號",
                f"旺角中心一期{rng.randint(3, 30)}樓{rng.choice('ABCDEF')}室",
            ],
            [
                "香港新界沙田",
                "沙田第一城",
                f"{rng.randint(1, 52)}座{rng.randint(2, 33)}樓{rng.choice('ABCDEFGH')}室",
            ],
            [
                "香港北角",
                f"英皇道{rng.randint(200, 600)}號",
                f"城中心{rng.randint(5, 28)}樓{rng.randint(1, 9)}室",
            ],
            [
                "香港九龍觀塘",
                f"開源道{rng.randint(40, 80)}號",
                f"創紀之城{rng.randint(3, 30)}樓{rng.randint(1, 12)}室",
            ],
        ]
    )
    return ("\n" if multiline else "").join(parts)


def tw_address(rng: random.Random, multiline: bool = False) -> str:
    parts = rng.choice(
        [
            ["臺北市大安區", f"復興南路一段{rng.randint(100, 400)}號", f"{rng.randint(2, 14)}樓"],
            [
                "台中市西屯區",
                f"台灣大道三段{rng.randint(10, 999)}號",
                f"{rng.randint(2, 20)}樓之{rng.randint(1, 6)}",
            ],
            ["高雄市苓雅區", f"四維三路{rng.randint(1, 99)}號", f"{rng.randint(2, 25)}樓"],
            [
                "新北市板橋區",
                f"文化路一段{rng.randint(1, 300)}巷{rng.randint(1, 30)}號",
                f"{rng.randint(2, 12)}樓",
            ],
        ]
    )
    return ("\n" if multiline else "").join(parts)


# --------------------------------------------------------------------------- bank accounts


def uk_sort_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{digits(rng, 2)}-{digits(rng, 2)}"


def uk_account(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{digits(rng, 7)}"


def us_account(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{digits(rng, rng.choice([9, 10, 11]))}"


def us_routing(rng: random.Random) -> str:
    return rng.choice(["021000021", "026009593", "121000358", "011000138", "322271627"])


def au_account(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{digits(rng, 4)} {digits(rng, 4)}",
            f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 4)}",
        ]
    )


def in_account(rng: random.Random) -> str:
    return f"{rng.choice(['501', '3', '0', '91'])}{digits(rng, 11)}"


def hk_account(rng: random.Random) -> str:
    return rng.choice(
        [
            f"012-{digits(rng, 3)}-{digits(rng, 1)}-{digits(rng, 6)}",
            f"{digits(rng, 3)}-{digits(rng, 6)}-{digits(rng, 3)}",
        ]
    )


def my_account(rng: random.Random) -> str:
    return f"5{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}"


def sg_account(rng: random.Random) -> str:
    return f"{digits(rng, 3)}-{digits(rng, 5)}-{digits(rng, 1)}"


def bank_ref(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{digits(rng, rng.randint(6, 9))}"


def amount_en(rng: random.Random) -> str:
    currency = rng.choice(["£", "$", "A$", "S$", "€", "HK$", "RM"])
    return f"{currency}{rng.randint(12, 9800):,}.{rng.randint(0, 99):02d}"


def amount_zh(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(200, 98000)}元",
            f"¥{rng.randint(100, 50000):,}.00",
            f"{rng.randint(1, 30)}万",
        ]
    )


# =========================================================================== English, with PII


def en_chatbot_phone_update(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    shown = rng.choice([name.lower(), name, first_name(name).lower()])
    number = rng.choice([uk_phone, us_phone, au_phone])(rng)
    return [
        "[Chat with Penny, your virtual assistant]\nPenny: Hi! What can I help with today?\n"
        "You: hi i need to updte my mobile nmber on the acount\n"
        "Penny: Sure. Can I take your full name please?\nYou: ",
        person(shown),
        "\nPenny: Thanks. What's the new number?\nYou: its ",
        phone(number),
        rng.choice([" pls", " thx", "", " - old one is lost"]),
        "\nPenny: Got it. For security I've sent a one-time code to the old number. "
        f"Code expires in {rng.randint(3, 10)} mins.",
    ]


def en_voicemail_spoken_number(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    number = f"{rng.choice(['917', '646', '415', '312'])}{rng.randint(2, 9)}{digits(rng, 6)}"
    spoken = speak_en(number, rng, [3, 3, 4])
    if rng.random() < 0.3:  # a desk line: the extension is read out too, and is part of the phone
        spoken += f" extension {speak_en(str(rng.randint(100, 899)), rng)}"
    return [
        f"Voicemail - received {rng.randint(1, 12)}:{rng.randint(0, 59):02d} "
        f"{rng.choice(['AM', 'PM'])} - {rng.randint(20, 95)} sec\n"
        'Transcription (automatic, may contain errors): "hi uh '
        + rng.choice(["this is ", "my name's ", "it's ", "yeah hi it's "]),
        person(name),
        " calling about the uh the"
        f" {rng.choice(['wire transfer', 'mortgage payment', 'card that got declined'])}"
        " from yesterday um could someone call me back on ",
        phone(spoken),
        " i'm around till about five thanks bye\"",
    ]


def en_pdf_complaint_form(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    born = birth_date(rng)
    make_address, make_phone = rng.choice(
        [(uk_address, uk_phone), (au_address, au_phone), (in_address, in_phone)]
    )
    return [
        "FORMAL COMPLAINT FORM (Section A - About you)\nFull name of\ncomplainant: ",
        person(caps_surname_first(name)),
        "\nDate of birth\n(DD/MM/YYYY): ",
        dob(born.strftime("%d/%m/%Y")),
        "\nCorrespondence\naddress:\n",
        address(make_address(rng, True)),
        "\nDaytime telephone\nnumber: ",
        phone(make_phone(rng)),
        "\nSection B - Your complaint\nI was charged a late fee of "
        f"{amount_en(rng)} although I paid on time. Ref: {bank_ref(rng, 'CMP-')}",
    ]


ATTORNEY_ROLES = [
    "my attorney under a lasting power of attorney",
    "my solicitor",
    "my daughter and attorney",
]


def en_letter_of_authority(rng: random.Random) -> list[Segment]:
    donor, attorney = rng.sample(EN_NAMES, 2)
    return [
        "LETTER OF AUTHORITY\n\nI, ",
        person(donor),
        ", of ",
        address(rng.choice([uk_address, us_address, ca_address])(rng)),
        ", born ",
        dob(dob_en(rng)),
        ", hereby authorise ",
        person(attorney),
        f" ({rng.choice(ATTORNEY_ROLES)}) to discuss and operate my current account number ",
        account(uk_account(rng)),
        f" (sort code {uk_sort_code(rng)}) on my behalf.\n\nSigned ____________  Dated"
        f" {rng.randint(1, 28)}/"
        f"{rng.randint(1, 12):02d}/2025",
    ]


def en_bereavement(rng: random.Random) -> list[Segment]:
    deceased, executor = rng.sample(EN_NAMES, 2)
    relation = rng.choice(["father", "mother", "late husband", "aunt", "grandmother"])
    return [
        f"Dear Bereavement Team,\n\nI am sorry to tell you that my {relation}, ",
        person(deceased),
        " (date of birth ",
        dob(dob_en(rng, birth_date(rng, 1930, 1955))),
        f"), passed away on {rng.randint(1, 28)}"
        f" {rng.choice(['January', 'March', 'July', 'October'])}. "
        "I am the executor named in the will. Please freeze the joint account ending "
        f"{digits(rng, 4)} and send the forms to me at ",
        address(any_en_address(rng)),
        ".\nYou can reach me on ",
        phone(rng.choice([uk_phone, us_phone, ca_phone])(rng)),
        " or ",
        email(
            f"{first_name(executor).lower()}.{executor.split()[-1].lower().replace(chr(39), '')}"
            f"@{rng.choice(['gmail.com', 'outlook.com', 'btinternet.com'])}"
        ),
        ".\n\nKind regards,\n",
        person(executor),
    ]


def en_payee_setup(rng: random.Random) -> list[Segment]:
    payee = en_name(rng)
    region = rng.randrange(3)
    if region == 0:
        details: list[Segment] = [
            f"Sort code: {uk_sort_code(rng)}\nAccount no: ",
            account(uk_account(rng)),
        ]
    elif region == 1:
        details = [
            f"BSB: 0{rng.randint(10, 99)}-{digits(rng, 3)}\nAccount: ",
            account(au_account(rng)),
        ]
    else:
        details = [f"Routing #: {us_routing(rng)}\nAcct #: ", account(us_account(rng))]
    return [
        "NEW PAYEE SET-UP\nPayee name: ",
        person(payee.upper() if rng.random() < 0.5 else payee),
        "\n",
        *details,
        f"\nReference: {rng.choice(['RENT JUNE', 'SCHOOL FEES', 'LOAN REPAY', 'DEPOSIT'])}\n"
        f"Amount: {amount_en(rng)} monthly from the 1st",
    ]


def en_travel_notice(rng: random.Random) -> list[Segment]:
    country, abroad = rng.choice(
        [
            ("Japan", f"+81 90-{digits(rng, 4)}-{digits(rng, 4)}"),
            ("Portugal", f"+351 91{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}"),
            ("Kenya", f"+254 7{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"),
            ("Mexico", f"+52 55 {digits(rng, 4)} {digits(rng, 4)}"),
        ]
    )
    number = rng.choice([visa, mastercard, amex])(rng)
    return [
        f"Travel notice: I'll be in {country} from {rng.randint(1, 14)} to {rng.randint(15, 28)} "
        f"{rng.choice(['May', 'Aug', 'Nov'])}. Please don't block my credit card ",
        card(group_card(number, rng)),
        ". While I'm away the best number is ",
        phone(abroad),
        rng.choice([" (WhatsApp).", ".", " - roaming is off so text first."]),
    ]


def en_app_review(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    stars = rng.choice(["★☆☆☆☆", "★★☆☆☆", "1/5"])
    return [
        f'{stars} "Locked out AGAIN" - Version {rng.randint(5, 9)}.{rng.randint(0, 20)}.'
        f"{rng.randint(0, 9)}\n"
        "Third time this month the app logs me out and asks for a code that never arrives. "
        "I've been a customer for 12 years. My name is ",
        person(name),
        ", email ",
        email(
            f"{name.split()[0].lower()}{rng.randint(70, 99)}"
            f"@{rng.choice(['yahoo.com', 'icloud.com', 'hotmail.co.uk'])}"
        ),
        " - someone from support please actually contact me instead of replying with a template.",
    ]


def en_payroll_query(rng: random.Random) -> list[Segment]:
    employee, officer = rng.sample(EN_NAMES, 2)
    return [
        f"Hi {first_name(officer)},\n\nMy {rng.choice(['March', 'April', 'September'])} salary wen"
        "t into my old "
        f"account. Employee ID E{rng.randint(10000, 99999)}. New details are IFSC HDFC00"
        f"0{rng.randint(1000, 9999)}, "
        "account ",
        account(in_account(rng)),
        ". Could payroll re-run it before the 5th?\n\nThanks,\n",
        person(employee),
        "\nMob: ",
        phone(in_phone(rng)),
    ]


def en_address_change(rng: random.Random) -> list[Segment]:
    maker = rng.choice(EN_ADDRESS_MAKERS)
    return [
        f"Subject: change of address - customer no. {rng.randint(10000000, 99999999)}\n\n"
        "Please update my address from\n",
        address(maker(rng, True)),
        "\nto\n",
        address(maker(rng, True)),
        f"\nwith effect from {rng.randint(1, 28)} {rng.choice(['June', 'July', 'December'])}. Rega"
        "rds, ",
        person(en_name(rng)),
    ]


def en_joint_account(rng: random.Random) -> list[Segment]:
    first, second = rng.sample(EN_NAMES, 2)
    return [
        "JOINT ACCOUNT APPLICATION\nApplicant 1: ",
        person(first),
        "   DOB: ",
        dob(dob_en(rng)),
        "   SSN: ",
        ssn(make_ssn(rng)),
        "\nApplicant 2: ",
        person(second),
        "   DOB: ",
        dob(dob_en(rng)),
        "   SSN: ",
        ssn(make_ssn(rng)),
        "\nHome address: ",
        address(us_address(rng)),
    ]


def en_guarantor(rng: random.Random) -> list[Segment]:
    borrower, guarantor = rng.sample(EN_NAMES, 2)
    relation = rng.choice(["uncle", "former employer", "godmother", "older brother"])
    return [
        "Guarantor details for the personal loan of ",
        person(borrower),
        ":\n- Name: ",
        person(guarantor),
        f" ({relation})\n- Address: ",
        address(rng.choice([sg_address, my_address, hk_address_en])(rng)),
        "\n- Contact: ",
        phone(rng.choice([sg_phone, my_phone, hk_phone])(rng)),
        "\n- Date of birth: ",
        dob(dob_en(rng, birth_date(rng, 1950, 1980))),
        f"\nLoan amount {amount_en(rng)}, tenure {rng.choice([24, 36, 60])} months.",
    ]


def en_fraud_call_ssn(rng: random.Random) -> list[Segment]:
    number = amex(rng) if rng.random() < 0.5 else mastercard(rng)
    return [
        "Agent: Fraud department, can I have the card number?\nCaller: Yeah it's ",
        card(group_card(number, rng, " ")),
        ". There are three charges from some store in Ohio I never went to.\nAgent: And for "
        "verification, your Social?\nCaller: ",
        ssn(make_ssn(rng)),
        f"\nAgent: Thank you. I've blocked the card and opened claim {bank_ref(rng, 'FR')}.",
    ]


def en_iban_wire(rng: random.Random) -> list[Segment]:
    payee = en_name(rng)
    return [
        f"Please wire {rng.choice(['EUR', 'CHF', 'GBP'])} {rng.randint(2, 40) * 100:,} to ",
        person(payee),
        ", IBAN ",
        iban(format_iban(make_iban(rng), rng)),
        f", BIC {rng.choice(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'AIBKIE2D', 'UBSWCHZH80A'])}. Pur"
        "pose: "
        f"{rng.choice(['tuition, autumn term', 'deposit for the flat', 'gift for the wedding'])}.",
    ]


def en_email_signature(rng: random.Random) -> list[Segment]:
    name = rng.choice(EN_NAMES + ZH_LATIN_NAMES)
    user = name.lower().replace(" ", ".").replace("'", "")
    user = user.encode("ascii", "ignore").decode() or "contact"
    return [
        "Hi team,\n\nAttached are the signed mandate forms for the"
        f" {rng.choice(['Harbourside', 'Northgate', 'Riverbend'])} "
        "Trust account. Let me know if anything is missing.\n\n"
        + rng.choice(["Best regards,\n", "Kind regards\n", "Cheers,\n", "Warm wishes,\n"]),
        person(name),
        f"\n{rng.choice(['Senior Associate', 'Practice Manager', 'Trustee'])} |"
        f" {rng.choice(['Holloway & Grant LLP', 'Bright Path Accountants', 'Meridian FO'])}\n"
        "M: ",
        phone(rng.choice([uk_phone, us_phone, au_phone, in_phone])(rng)),
        "\nE: ",
        email(
            f"{user}@{rng.choice(['hollowaygrant.co.uk', 'brightpath.com.au', 'meridianfo.com'])}"
        ),
    ]


def en_sms_new_number(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    return [
        "hey its ",
        person(first_name(name).lower()),
        " from the saturday savings club, got a new phone so new number is ",
        phone(rng.choice([uk_phone, au_phone, my_phone])(rng)),
        " - can u update it for the standing order texts. ta",
    ]


def en_agent_notes(rng: random.Random) -> list[Segment]:
    # A surname with its title is spanned whole; a full name leaves its title outside.
    caller: list[Segment] = [person(rng.choice(EN_TITLED))]
    if rng.random() < 0.4:
        caller = [f"{rng.choice(EN_TITLES)} ", person(en_name(rng))]
    return [
        f"CRM note {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} {rng.randint(8, 18)}"
        f":{rng.randint(0, 59):02d} - "
        "inbound call. Caller verified as ",
        *caller,
        " (DOB ",
        dob(dob_en(rng)),
        f", last four of card {digits(rng, 4)}). Requested callback re: overdraft limit. "
        "Best number ",
        phone(rng.choice([uk_phone, us_phone, ca_phone])(rng)),
        f". Told customer general line is 0345 {digits(rng, 3)} {digits(rng, 4)} if urgent. - ",
        person(rng.choice(["Aisha", "Tom B.", "Kavitha", "J. Morales", "Sione"])),
    ]


def en_tenancy_reference(rng: random.Random) -> list[Segment]:
    tenant, landlord = rng.sample(EN_NAMES, 2)
    return [
        "To whom it may concern,\n\nMy landlord, ",
        person(landlord),
        ", has asked for a bank reference. I have banked with you since "
        f"{rng.randint(2005, 2019)} and my rent of {amount_en(rng)} is paid from account ",
        account(rng.choice([uk_account, us_account])(rng)),
        ". Please send the letter to ",
        address(rng.choice([uk_address, us_address])(rng)),
        ".\n\nYours faithfully,\n",
        person(initials(tenant)),
    ]


def en_w9_form(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    return [
        "Form W-9 (Rev. March 2024)\n1 Name (as shown on your income tax return)\n",
        person(name.upper()),
        "\n2 Business name/disregarded entity name, if different from above\n\n"
        "5 Address (number, street, and apt. or suite no.)\n",
        address(us_address(rng, True)),
        "\nPart I Taxpayer Identification Number (TIN)\nSocial security number\n",
        ssn(make_ssn(rng)),
    ]


def en_hk_account_query(rng: random.Random) -> list[Segment]:
    name = rng.choice(EN_NAMES + ZH_LATIN_NAMES)
    return [
        "Dear Sir/Madam, I would like to close my savings account ",
        account(hk_account(rng)),
        " held at your Causeway Bay branch and transfer the balance of "
        f"HK${rng.randint(1000, 90000):,} to my new account. Correspondence address: ",
        address(hk_address_en(rng)),
        ". Tel: ",
        phone(hk_phone(rng)),
        ". ",
        person(name),
    ]


def en_canada_extension(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    return [
        "Re: business overdraft renewal\n\nPlease call our bookkeeper, ",
        person(name),
        ", on ",
        phone(
            f"({rng.choice(['416', '604', '613'])}) {rng.randint(2, 9)}{digits(rng, 2)}"
            f"-{digits(rng, 4)} ext. {rng.randint(100, 899)}"
        ),
        " - not our main line 1-800-"
        + f"{rng.randint(200, 999)}-{digits(rng, 4)}, which goes to reception. "
        "Statements to ",
        address(ca_address(rng)),
        ".",
    ]


def en_sg_my_transfer(rng: random.Random) -> list[Segment]:
    sender, receiver = rng.sample(EN_NAMES, 2)
    sg = rng.random() < 0.5
    return [
        "PayNow/DuitNow issue: I sent money to ",
        person(receiver),
        f" yesterday (ref {bank_ref(rng, 'TXN')}) but it bounced. Their account is ",
        account(sg_account(rng) if sg else my_account(rng)),
        f" at {'DBS' if sg else 'Maybank'}. I'm ",
        person(sender),
        ", contact ",
        phone(sg_phone(rng) if sg else my_phone(rng)),
        ".",
    ]


def en_spoken_card(rng: random.Random) -> list[Segment]:
    number = visa(rng) if rng.random() < 0.6 else mastercard(rng)
    return [
        "[Call transcript, auto-generated]\nCUSTOMER: yeah so the card number is ",
        card(speak_en(number, rng, [4, 4, 4, 4])),
        "\nAGENT: thank you and the name on the card\nCUSTOMER: ",
        person(en_name(rng)),
        "\nAGENT: I can see a pending payment of "
        + amount_en(rng)
        + " to an airline, is that you?",
    ]


def en_lost_card(rng: random.Random) -> list[Segment]:
    number = rng.choice([visa, mastercard])(rng)
    return [
        "URGENT - lost wallet at"
        f" {rng.choice(['Heathrow T5', 'Union Station', 'Flinders Street station'])}. "
        "Please cancel credit card no. ",
        card(group_card(number, rng)),
        " and my debit card on account ",
        account(rng.choice([uk_account, us_account])(rng)),
        ". Replacement to ",
        address(rng.choice([uk_address, us_address, au_address])(rng)),
        " please. I'm on ",
        phone(rng.choice([uk_phone, us_phone, au_phone])(rng)),
    ]


def en_third_party_harassment(rng: random.Random) -> list[Segment]:
    victim, other = rng.sample(EN_NAMES, 2)
    return [
        "I want to report that my ex-partner ",
        person(other),
        " keeps sending small payments with abusive messages in the reference field "
        f"({rng.randint(3, 40)} so far, each {rng.choice(['£', '$', 'A$'])}0"
        f".{rng.choice(['01', '10', '50'])}). "
        "They also know my new number ",
        phone(rng.choice([uk_phone, us_phone])(rng)),
        ". Please block payments from them. - ",
        person(victim),
    ]


def en_venmo_email(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    handle = name.split()[-1].lower().replace("'", "").encode("ascii", "ignore").decode() or "acct"
    return [
        "Zelle keeps saying the recipient isn't enrolled. I'm sending to ",
        email(f"{first_name(name)[0].lower()}{handle}{rng.randint(1, 99)}@gmail.com"),
        " (that's ",
        person(name),
        f", my {rng.choice(['roommate', 'cousin', 'contractor', 'dog walker'])}) for"
        f" {amount_en(rng)}. "
        "Their phone is ",
        phone(us_phone(rng)),
        " if that works better.",
    ]


def en_mortgage_broker(rng: random.Random) -> list[Segment]:
    client, solicitor = rng.sample(EN_NAMES, 2)
    return [
        "Hi underwriting,\nRe my client ",
        person(client),
        f" (application {bank_ref(rng, 'MTG')}): their conveyancing solicitor is ",
        person(solicitor),
        " at Pryce Conveyancing, direct line ",
        phone(uk_phone(rng)),
        ". Property: ",
        address(uk_address(rng)),
        ". Valuation booked for Tuesday.\n",
        person(rng.choice(["Gemma", "Raj P.", "Owen Hughes", "Nadia"])),
        " | Broker",
    ]


def en_student_iban(rng: random.Random) -> list[Segment]:
    student = en_name(rng)
    return [
        "my daughter ",
        person(student.lower() if rng.random() < 0.5 else student),
        " starts uni in ",
        rng.choice(["Dublin", "Madrid", "Bologna", "Leuven"]),
        " next month. uni wants the fees paid to ",
        iban(format_iban(make_iban(rng, rng.choice(["IE", "ES", "IT", "BE"])), rng)),
        " - is that one of the SEPA ones? also her DOB is ",
        dob(dob_en(rng, birth_date(rng, 2004, 2007))),
        " in case the form asks",
    ]


def en_multi_phone(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    return [
        "Contact preferences for ",
        person(name),
        ":\nhome ",
        phone(rng.choice([uk_phone, us_phone])(rng)),
        "\nwork ",
        phone(ca_phone(rng)),
        "\nmobile (preferred) ",
        phone(rng.choice([uk_phone, us_phone, au_phone])(rng)),
        "\nPlease do not use the office switchboard.",
    ]


def en_us_dispute_letter(rng: random.Random) -> list[Segment]:
    name = en_name(rng)
    return [
        f"{rng.choice(['October', 'February'])} {rng.randint(1, 28)}, 2025\n\n",
        address(us_address(rng, True)),
        "\n\nRE: Dispute of charge on account ",
        account(us_account(rng)),
        f"\n\nI dispute the {amount_en(rng)} debit dated {rng.randint(1, 12)}/{rng.randint(1, 28)}"
        ". "
        "I did not authorize it.\n\nSincerely,\n",
        person(name),
        "\nSSN (last 4): " + digits(rng, 4),
    ]


def en_in_family_account(rng: random.Random) -> list[Segment]:
    parent, child = rng.sample(EN_NAMES, 2)
    return [
        "Sir, I want to add my son ",
        person(child),
        " as nominee on my savings account ",
        account(in_account(rng)),
        " (IFSC " + f"SBIN000{rng.randint(1000, 9999)}). Kindly do the needful. Address: ",
        address(in_address(rng)),
        ". Regards, ",
        person(parent),
        " ",
        phone(in_phone(rng)),
    ]


def en_cn_student_id(rng: random.Random) -> list[Segment]:
    latin = rng.choice(ZH_LATIN_NAMES)
    value = cn_id(rng, birth_date(rng, 1998, 2006))
    return [
        "Hello, I am an international student from China. My passport is at the visa centre, "
        "so can I open the student account with my Chinese resident ID instead? The number is ",
        cn_id_span(rng.choice([value, f"{value[:6]} {value[6:14]} {value[14:]}"])),
        ". My name on it is ",
        person(rng.choice(ZH_NAMES)),
        " but I use ",
        person(latin),
        " here. My UK number is ",
        phone(uk_phone(rng)),
        f" and I live in halls at {rng.choice(['Leeds', 'Sheffield', 'Glasgow'])} until June.",
    ]


def en_staff_chat(rng: random.Random) -> list[Segment]:
    colleague = rng.choice(["Priya", "Tom", "Aisha", "Marek", "Sione", "Bea"])
    return [
        f"[Teams] @{colleague}",
        " can you call back ",
        person(rng.choice(EN_TITLED + EN_NAMES)),
        " on ",
        phone(rng.choice([uk_phone, us_phone, au_phone])(rng)),
        f" before 3? {rng.choice(['She says', 'They say', 'He says'])} the {amount_en(rng)} refund "
        "never "
        f"landed (case {bank_ref(rng, 'C-')}). I'm off from 2. Thanks! - ",
        person(rng.choice(["Hollie", "Dev", "Ruth M.", "Kenji"])),
    ]


def en_next_of_kin(rng: random.Random) -> list[Segment]:
    customer, kin = rng.sample(EN_NAMES, 2)
    relation = rng.choice(["Wife", "Partner", "Son", "Niece", "Friend"])
    return [
        "Safe-deposit box - emergency contact form\nBox holder: ",
        person(customer),
        "\nNext of kin: ",
        person(kin),
        f"\nRelationship: {relation}\nPhone (day): ",
        phone(rng.choice([uk_phone, ca_phone, au_phone, sg_phone])(rng)),
        "\nPhone (evening): ",
        phone(rng.choice([uk_phone, us_phone, hk_phone, my_phone])(rng)),
        f"\nBox no. {rng.randint(100, 999)}-{rng.choice('ABCD')} | Key ref {digits(rng, 5)}",
    ]


def en_cheque_ocr(rng: random.Random) -> list[Segment]:
    payee = en_name(rng)
    return [
        "Mobile cheque deposit rejected - text read from the image:\nPAY ",
        person(payee.upper()),
        f" OR ORDER\n{rng.choice(['Four hundred', 'Two thousand', 'Eighty'])} pounds only   "
        f"£{rng.randint(20, 4000):,}.00\nA/C PAYEE ONLY\n",
        f"{digits(rng, 6)}  {uk_sort_code(rng).replace('-', '')}  ",
        account(uk_account(rng)),
        "\nReason: signature missing.",
    ]


def en_voicemail_desk_line(rng: random.Random) -> list[Segment]:
    caller = en_name(rng)
    number = f"{rng.choice(['212', '617', '416', '604'])}{rng.randint(2, 9)}{digits(rng, 6)}"
    spoken = speak_en(number, rng, [3, 3, 4])
    spoken += f" extension {speak_en(str(rng.randint(100, 8999)), rng)}"
    return [
        "Visual Voicemail (beta) - transcript confidence: low\n\"yes hello it's ",
        person(caller),
        f" from {rng.choice(['Holloway and Grant', 'the accounts office', 'Northgate Lettings'])}"
        " returning your call about the account closure for your late mother um you can get me on"
        " my direct line that's ",
        phone(spoken),
        " the main switchboard is one eight hundred ",
        f"{speak_en(digits(rng, 7), rng)} but that just goes to reception so use the direct one"
        ' thanks"',
    ]


EN_POSITIVE: list[Template] = [
    en_chatbot_phone_update, en_voicemail_spoken_number, en_pdf_complaint_form,
    en_letter_of_authority, en_bereavement, en_payee_setup, en_travel_notice, en_app_review,
    en_payroll_query, en_address_change, en_joint_account, en_guarantor, en_fraud_call_ssn,
    en_iban_wire, en_email_signature, en_sms_new_number, en_agent_notes, en_tenancy_reference,
    en_w9_form, en_hk_account_query, en_canada_extension, en_sg_my_transfer, en_spoken_card,
    en_lost_card, en_third_party_harassment, en_venmo_email, en_mortgage_broker, en_student_iban,
    en_multi_phone, en_us_dispute_letter, en_in_family_account, en_cn_student_id, en_staff_chat,
    en_next_of_kin, en_cheque_ocr, en_voicemail_desk_line,
]  # fmt: skip


# =========================================================================== English, PII-free


def en_neg_hotlines(rng: random.Random) -> list[Segment]:
    return [
        "Lost or stolen card? Call us 24/7 on "
        + rng.choice(
            ["0345 600 6000", "1-800-432-1000", "13 22 21", "1800 111 1111", "0800 056 0056"]
        )
        + " (from abroad "
        + rng.choice(["+44 345 600 6000", "+1 302 594 8200", "+61 2 9293 9270"])
        + "). Lines open 8am-8pm Mon-Sat. Calls may be recorded for training purposes. "
        f"Have your card ending in {digits(rng, 4)} ready.",
    ]


def en_neg_otp_sms(rng: random.Random) -> list[Segment]:
    return [
        f"{rng.choice(['NorthBank', 'HARBOUR CU', 'Kestrel Bank'])}: {digits(rng, 6)} is your one-"
        "time passcode "
        f"to approve a payment of {amount_en(rng)} to"
        f" {rng.choice(['AMAZON EU', 'UBER *TRIP', 'TFL TRAVEL CH', 'STEAMGAMES'])}. "
        "We will NEVER call you to ask for this code. Not you? Call the number on the back of your"
        " card.",
    ]


def en_neg_branch_closure(rng: random.Random) -> list[Segment]:
    street = rng.choice(
        ["King Street", "Collins Street", "Orchard Road", "High Street", "Queen's Road Central"]
    )
    return [
        f"Important: our {street} branch will close permanently on {rng.randint(1, 28)} "
        f"{rng.choice(['March', 'April', 'September'])} 2026. Your sort code and account number wi"
        "ll "
        f"not change. The nearest branch is {rng.randint(100, 900)} metres away on "
        f"{rng.choice(['Market Square', 'Bourke Street', 'Church Lane', 'Victoria Parade'])}, open"
        " Mon-Fri 9:30-4:30.",
    ]


def en_neg_app_review(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(["★★★★★", "★★★★☆", "5/5"])
        + ' "Finally a banking app that works"\nFace ID login in a second, instant notifications, '
        f"and Round-Ups saved me {amount_en(rng)} this year. Only wish the Savings Pots had custom "
        "icons. Version 8.4 fixed the dark mode bug. Great Job Devs!!",
    ]


def en_neg_landlord(rng: random.Random) -> list[Segment]:
    who = rng.choice(["My landlord", "My mum", "My husband", "Our nanny", "My flatmate"])
    return [
        f"{who} wants the {rng.choice(['deposit', 'rent', 'money for the boiler'])} by Friday. "
        f"Can I set up a standing order for {amount_en(rng)} on the 1st of every month, starting "
        f"{rng.choice(['next month', 'in January', 'after payday'])}? I don't want to go overdrawn"
        " again.",
    ]


def en_neg_statement_lines(rng: random.Random) -> list[Segment]:
    lines = [
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} TESCO STORES {digits(rng, 4)} "
        f" {amount_en(rng)}",
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} AMZN Mktp US"
        f"*{rng.choice(['2K4', '7H1', 'QX9'])}{digits(rng, 2)}  {amount_en(rng)}",
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} DD BRITISH GAS REF {digits(rng, 10)} "
        f" {amount_en(rng)}",
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} FPI PAYROLL CONTOSO LTD "
        f" {amount_en(rng)}",
    ]
    rng.shuffle(lines)
    return [
        "Can someone explain these lines on my statement?\n"
        + "\n".join(lines[:3])
        + "\nThe last one looks doubled."
    ]


def en_neg_swift_info(rng: random.Random) -> list[Segment]:
    return [
        "To receive an international payment into your account you will need: our SWIFT/BIC "
        f"{rng.choice(['HBUKGB4B', 'NWBKGB2L', 'CHASUS33', 'ANZBAU3M', 'DBSSSGSG'])}, sort code "
        f"{uk_sort_code(rng)} or routing number {us_routing(rng)}, and your own account number "
        "(shown in the app under Account details). Intermediary fees of up to "
        f"{amount_en(rng)} may apply.",
    ]


def en_neg_case_update(rng: random.Random) -> list[Segment]:
    return [
        f"Case #CS-{digits(rng, 8)} updated: we have received the documents for your claim. Tracki"
        "ng "
        f"number for the replacement card: 1Z{digits(rng, 3)}AA1{digits(rng, 8)}. Expected deliver"
        "y "
        f"{rng.randint(2, 5)}-{rng.randint(6, 9)} working days. Order {digits(rng, 3)}"
        f"-{digits(rng, 7)}-{digits(rng, 7)} "
        "is unaffected.",
    ]


def en_neg_chatbot_typos(rng: random.Random) -> list[Segment]:
    return [
        "[Chat]\nYou: hw do i increse my daily transfer limt\nBot: You can change limits in "
        "Settings > Payments > Limits. The maximum is " + amount_en(rng) + " per day.\n"
        "You: it says Error 4032 Try Again Later\nBot: Sorry about that! Please update to the "
        "latest version and restart the app.\nYou: ok thx",
    ]


def en_neg_rates(rng: random.Random) -> list[Segment]:
    return [
        f"From {rng.randint(1, 28)} {rng.choice(['April', 'May', 'June'])} 2026 the Everyday Saver"
        " rate "
        f"changes from {rng.randint(1, 4)}.{rng.randint(10, 95)}% to {rng.randint(1, 4)}"
        f".{rng.randint(10, 95)}% AER "
        "(variable). The Platinum Rewards Visa purchase rate stays at "
        f"{rng.randint(19, 29)}.9% APR. No action is needed. See Terms & Conditions section"
        f" {rng.randint(3, 14)}.2.",
    ]


def en_neg_street_complaint(rng: random.Random) -> list[Segment]:
    return [
        "The ATM outside the"
        f" {rng.choice(['Bondi Junction', 'Camden Town', 'Union Square', 'Tampines Mall'])} branch "
        f"swallowed my card at {rng.randint(1, 11)}:{rng.randint(0, 59):02d}pm and the screen said"
        " Service "
        f"Unavailable. I waited {rng.randint(15, 60)} minutes and nobody from Customer Service cam"
        "e out. "
        "Very Disappointed.",
    ]


def en_neg_fraud_warning(rng: random.Random) -> list[Segment]:
    return [
        "Scam alert: criminals are pretending to be from our Fraud Team and asking customers to "
        "move money to a 'safe account'. We will never ask you to do this. If in doubt, hang up an"
        "d "
        f"call {rng.choice(['159', '0800 056 0056', '1-888-842-6328'])} from a different phone. "
        f"Report suspicious texts by forwarding them to {rng.choice(['7726', '8888'])}.",
    ]


def en_neg_payroll_generic(rng: random.Random) -> list[Segment]:
    return [
        f"Hi Payroll, my {rng.choice(['P60', 'payslip', 'W-2', 'Form 16'])} for"
        f" {rng.randint(2023, 2025)} shows "
        f"{amount_en(rng)} tax but my last payslip says {amount_en(rng)}. Employee number "
        f"{rng.randint(100000, 999999)}, cost centre {rng.choice(['FIN-02', 'OPS-11', 'HR-07'])}. "
        "Can you check?",
    ]


def en_neg_mortgage_generic(rng: random.Random) -> list[Segment]:
    return [
        f"We're looking at a {rng.randint(2, 5)}-year fix on a {amount_en(rng)} property in "
        f"{rng.choice(['Kensington Gardens', 'Richmond Hill', 'Lincoln Park', 'Palm Beach'])}. Our"
        " broker quoted "
        f"{rng.randint(3, 5)}.{rng.randint(10, 99)}% with a {amount_en(rng)} arrangement fee. Is t"
        "he Green "
        "Home Discount still available?",
    ]


def en_neg_team_signoff(rng: random.Random) -> list[Segment]:
    return [
        "Dear Customer,\n\nThank you for contacting us about your Online Banking access. "
        f"We have reset your security settings; you can now log in with the code sent to the "
        f"mobile ending {digits(rng, 3)}. If you did not request this, please call our branch on "
        f"{rng.choice(['020 7946 0000', '0161 496 0000', '(02) 9374 4000'])}.\n\n"
        + rng.choice(["Kind regards,\n", "Best wishes,\n", "Yours sincerely,\n"])
        + rng.choice(
            ["Customer Care Team", "The Online Banking Team", "Premier Services", "Card Services"]
        ),
    ]


def en_neg_company_names(rng: random.Random) -> list[Segment]:
    merchants = ["JOHN LEWIS", "Charles Schwab", "Marks & Spencer", "Morgan Stanley"]
    merchants += ["Ben & Jerry's", "Dr. Martens", "Tommy Hilfiger", "Harvey Nichols"]
    first, second, third = rng.sample(merchants, 3)
    return [
        f"Why was my card declined at {first} when it worked at {second} an hour earlier? "
        f"I also have a pending {amount_en(rng)} from {third} that I don't recognise. "
        f"Card ending {digits(rng, 4)}, transaction time {rng.randint(10, 21)}"
        f":{rng.randint(10, 59)}.",
    ]


def en_neg_form_blank(rng: random.Random) -> list[Segment]:
    return [
        "When I fill in the Change of Details form online, the fields Full Name, Date of Birth, "
        "Phone Number and Postcode are all marked mandatory, but the Submit button stays grey. "
        f"Tried Chrome and Safari, version {rng.randint(110, 131)}. Error code "
        f"{rng.choice(['CD-', 'ERR '])}{rng.randint(1000, 9999)}.",
    ]


def en_neg_voicemail_bank(rng: random.Random) -> list[Segment]:
    return [
        'Voicemail transcription: "Hello, this is an automated message from your bank about '
        f"a payment of {amount_en(rng)} on the {rng.randint(1, 28)}th. To confirm it was you, pre"
        "ss one. "
        "If it wasn't, press two or call us on one eight hundred, four three two, one thousand. "
        'Goodbye."',
    ]


def en_neg_streets(rng: random.Random) -> list[Segment]:
    streets = ["Abbey Road", "Martin Place", "George Street", "Victoria Street"]
    streets += ["Orchard Road", "Lonsdale Street", "Nathan Road", "Bay Street"]
    first, second = rng.sample(streets, 2)
    return [
        f"Is the deposit machine at the {first} branch working again? Last week I had to go to "
        f"{second} instead. Also, does the Saturday opening ({rng.randint(9, 10)}am-1pm) apply "
        "over the Easter bank holiday?",
    ]


def en_neg_family_words(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(
            [
                "my grandma wants to give my brother and me some money for a house deposit. "
                "does she need to fill in a gift letter, and does my fiancé need one too?",
                "Our nanny is paid weekly by bank transfer. My accountant says I should use "
                "payroll instead. What does the Business Current Account cost per month?",
                "my son turns 16 next week - can he get his own debit card, or does it stay linked "
                "to mine until he's 18? his school wants the lunch money paid online.",
            ]
        ),
    ]


EN_NEGATIVE: list[Template] = [
    en_neg_hotlines, en_neg_otp_sms, en_neg_branch_closure, en_neg_app_review, en_neg_landlord,
    en_neg_statement_lines, en_neg_swift_info, en_neg_case_update, en_neg_chatbot_typos,
    en_neg_rates, en_neg_street_complaint, en_neg_fraud_warning, en_neg_payroll_generic,
    en_neg_mortgage_generic, en_neg_team_signoff, en_neg_company_names, en_neg_form_blank,
    en_neg_voicemail_bank, en_neg_streets, en_neg_family_words,
]  # fmt: skip


# =========================================================================== Chinese, with PII


def zh_wechat_voice(rng: random.Random) -> list[Segment]:
    name = zh_name(rng)
    number = cn_mobile_digits(rng)
    return [
        "[语音转文字] 喂你好我是",
        person(name),
        "啊就是我上个礼拜在你们那个网点开的户然后那个手机号填错了我现在的号码是",
        phone(speak_zh(number, rng)),
        rng.choice(["你们帮我改一下哈", "麻烦尽快给我回个电话", "对就这个谢谢啊"]),
    ]


def zh_hk_letter(rng: random.Random) -> list[Segment]:
    name = rng.choice(ZH_TRAD_NAMES)
    return [
        "敬啟者：\n本人",
        person(name),
        "，持有 貴行儲蓄戶口，現因移居，特此通知更改通訊地址為：\n",
        address(hk_address_zh(rng, rng.random() < 0.4)),
        "\n聯絡電話：",
        phone(hk_phone(rng)),
        f"\n如有查詢，請與本人聯絡。\n此致\n{rng.choice(['恒生', '東亞', '大新'])}銀行\n",
        person(name),
        " 謹啟",
    ]


def zh_tw_letter(rng: random.Random) -> list[Segment]:
    name = rng.choice(ZH_TRAD_NAMES)
    return [
        "您好，我是",
        person(name),
        "，出生日期",
        dob(dob_zh(rng)),
        "，想申請將帳戶對帳單改寄到新地址：",
        address(tw_address(rng)),
        "。手機 ",
        phone(tw_phone(rng)),
        f"，白天都找得到我。分行客服專線 (02)2{digits(rng, 3)}-{digits(rng, 4)} 一直佔線，只好寫"
        "信。",
    ]


def zh_alipay_note(rng: random.Random) -> list[Segment]:
    name = zh_name(rng)
    return [
        f"支付宝转账 {amount_zh(rng)}\n转账备注：",
        person(name),
        f"{rng.choice(['房租', '押金', '份子钱', '学费'])} 有问题打",
        phone(cn_phone(rng)),
        f"\n交易号 2025{digits(rng, 24)}",
    ]


def zh_entrust_letter(rng: random.Random) -> list[Segment]:
    principal, agent = rng.sample(ZH_NAMES, 2)
    return [
        "委托书\n委托人：",
        person(principal),
        "  身份证号：",
        cn_id_span(format_cn_id(cn_id(rng), rng)),
        "\n受托人：",
        person(agent),
        "  身份证号：",
        cn_id_span(format_cn_id(cn_id(rng), rng)),
        "\n本人因在外地工作，委托受托人代为办理本人名下银行卡（卡号 ",
        account(group_card(unionpay(rng), rng)),
        "）的密码重置手续，由此产生的法律责任由本人承担。\n委托日期：2025年"
        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
    ]


def zh_report_loss(rng: random.Random) -> list[Segment]:
    name = zh_name(rng)
    return [
        f"你好 我的银行卡{rng.choice(['昨天在地铁上', '今天早上', '刚才吃饭的时候'])}丢了 卡号是",
        account(group_card(unionpay(rng), rng)),
        " 麻烦马上帮我挂失 户名",
        person(name),
        " 身份证",
        cn_id_span(format_cn_id(cn_id(rng), rng)),
        f" 卡里还有{amount_zh(rng)}",
    ]


def zh_credit_unionpay(rng: random.Random) -> list[Segment]:
    number = luhn_number(rng, rng.choice(["625887", "628288", "625906"]), 16)
    return [
        "客服您好，我的信用卡",
        card(group_card(number, rng)),
        f"这个月账单多了一笔{amount_zh(rng)}的境外消费，我没出过国，申请拒付。联系电话",
        phone(cn_phone(rng)),
        "，持卡人",
        person(zh_name(rng)),
        "。",
    ]


def zh_receiving_card(rng: random.Random) -> list[Segment]:
    name = zh_name(rng)
    return [
        "老板 这个月工资打到我的收款卡吧\n户名：",
        person(name),
        "\n收款卡：",
        account(group_card(unionpay(rng), rng, rng.choice(["", " "]))),
        f"\n开户行：{rng.choice(['工商银行', '农业银行', '建设银行', '招商银行'])}"
        f"{rng.choice(['南山', '徐汇', '海淀', '江北'])}支行\n谢谢！",
    ]


def zh_grouped_id(rng: random.Random) -> list[Segment]:
    value = cn_id(rng)
    return [
        "开户资料补充：身份证 ",
        cn_id_span(f"{value[:6]} {value[6:14]} {value[14:]}"),
        "，有效期至2036年",
        f"{rng.randint(1, 12)}月，户籍地址 ",
        address(cn_address(rng)),
        "。",
    ]


def zh_bereavement(rng: random.Random) -> list[Segment]:
    deceased = rng.choice(["赵建国", "钱玉兰", "孙德胜", "周桂英", "欧阳守仁"])
    heir = zh_name(rng)
    return [
        "您好，我父亲",
        person(deceased),
        "（出生日期",
        dob(dob_zh(rng, birth_date(rng, 1930, 1955))),
        "）已于上月去世，名下有一张存折和一个定期。我是他的女儿",
        person(heir),
        "，请问办理继承需要哪些材料？我的电话",
        phone(cn_phone(rng)),
        "，已经开好了死亡证明和公证书。",
    ]


def zh_guarantor(rng: random.Random) -> list[Segment]:
    borrower, guarantor = rng.sample(ZH_NAMES, 2)
    return [
        "贷款担保人信息\n借款人：",
        person(borrower),
        "\n担保人：",
        person(guarantor),
        f"（{rng.choice(['借款人舅舅', '同事', '朋友'])}）\n担保人身份证号码：",
        cn_id_span(format_cn_id(cn_id(rng), rng)),
        "\n担保人现住址：",
        address(cn_address(rng)),
        "\n担保人手机：",
        phone(cn_phone(rng)),
    ]


def zh_joint_couple(rng: random.Random) -> list[Segment]:
    husband, wife = rng.sample(ZH_NAMES, 2)
    return [
        "我和我老公想开一个联名账户，他叫",
        person(husband),
        "，我叫",
        person(wife),
        "，我们两个的生日分别是",
        dob(dob_zh(rng)),
        "和",
        dob(dob_zh(rng)),
        f"，需要两个人都到场吗？我们住在{rng.choice(['浦东', '南山', '朝阳'])}，离你们最近的网点"
        "是哪个？",
    ]


def zh_hr_salary_card(rng: random.Random) -> list[Segment]:
    employee = zh_name(rng)
    return [
        person(rng.choice(ZH_TITLED[:6])),
        "您好：\n我的工资卡换了，新的工资卡卡号是",
        account(group_card(unionpay(rng), rng)),
        f"（{rng.choice(['中国银行', '交通银行', '邮储银行'])}），麻烦下个月起打到这张卡上。工号"
        f"{rng.randint(10000, 99999)}。\n",
        person(employee),
    ]


def zh_address_change(rng: random.Random) -> list[Segment]:
    return [
        "申请变更地址\n原地址：",
        address(cn_address(rng)),
        "\n新地址：",
        address(cn_address(rng, rng.random() < 0.5)),
        "\n申请人：",
        person(zh_name(rng)),
        f"\n日期：2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    ]


def zh_elder_proxy(rng: random.Random) -> list[Segment]:
    mother = rng.choice(["韩冬梅", "李秀英", "王桂芝", "张淑珍", "刘翠兰"])
    return [
        "我是帮我妈妈问的 她叫",
        person(mother),
        " 今年七十多了腿脚不方便 身份证号",
        cn_id_span(format_cn_id(cn_id(rng, birth_date(rng, 1935, 1955)), rng)),
        " 能不能上门办理社保卡激活 家住",
        address(cn_address(rng)),
        " 有事打我电话",
        phone(cn_phone(rng)),
    ]


def zh_fraud_caller(rng: random.Random) -> list[Segment]:
    caller = rng.choice(["王警官", "李科长", "张专员", "刘主任", "陈警官"])
    return [
        "我要举报：今天下午有个自称是",
        rng.choice(["公安局", "银保监会", "你们银行风控部"]),
        "的",
        person(caller),
        "给我打电话，号码是",
        phone(rng.choice([cn_landline, cn_phone])(rng)),
        "，让我把钱转到所谓的安全账户",
        account(group_card(unionpay(rng), rng)),
        "，我没转。你们官方客服是95588对吧？",
    ]


def zh_delivery_label(rng: random.Random) -> list[Segment]:
    return [
        "银行寄来的新卡是顺丰到付，面单上写的\n收件人：",
        person(zh_name(rng)),
        "\n电话：",
        phone(cn_phone(rng)),
        "\n地址：",
        address(cn_address(rng)),
        f"\n运单号SF{digits(rng, 13)}，请问还要本人签收吗",
    ]


def zh_travel_visa(rng: random.Random) -> list[Segment]:
    number = rng.choice([visa, mastercard])(rng)
    return [
        f"下周去{rng.choice(['日本', '泰国', '法国', '澳洲'])}旅游，用信用卡",
        card(group_card(number, rng)),
        "刷卡，麻烦别给我冻结。境外联系手机还是",
        phone(cn_phone(rng)),
        "，开通了国际漫游。",
    ]


def zh_overseas_iban(rng: random.Random) -> list[Segment]:
    payee = rng.choice(EN_NAMES)
    return [
        "境外汇款申请\n收款人姓名：",
        person(payee),
        "\n收款人账号（IBAN）：",
        iban(format_iban(make_iban(rng), rng)),
        f"\nSWIFT：{rng.choice(['DEUTDEFF', 'BNPAFRPP', 'BARCGB22'])}\n汇款用途"
        f"：{rng.choice(['留学学费', '旅游', '赡家'])}\n汇款人：",
        person(zh_name(rng)),
    ]


def zh_mixed_chat(rng: random.Random) -> list[Segment]:
    name = rng.choice(ZH_LATIN_NAMES)
    user = name.lower().replace(" ", ".")
    return [
        "Hi 我是",
        person(name),
        "，想 update 一下我的 contact details，email 改成 ",
        email(
            f"{user}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com.hk', 'outlook.com'])}"
        ),
        "，mobile 是 ",
        phone(hk_phone(rng)),
        "，thanks 🙏",
    ]


def zh_staff_signature(rng: random.Random) -> list[Segment]:
    staff = zh_name(rng)
    customer: list[Segment] = [person(rng.choice([*ZH_TITLED[2:4], "林女士", "黄先生"]))]
    if rng.random() < 0.4:
        customer = [person(zh_name(rng)), rng.choice(["先生", "女士"])]
    return [
        "尊敬的",
        *customer,
        f"：\n您申请的房贷提前还款已受理，预计{rng.randint(3, 7)}个工作日内完成。如有疑问请联系"
        "我。\n\n—— ",
        person(staff),
        f"\n{rng.choice(['北京', '上海', '深圳'])}分行 个人金融部\n电话：",
        phone(cn_landline(rng)),
        "\n邮箱：",
        email(
            f"{rng.choice(['wangf', 'lq', 'zhangwm', 'liuyang', 'chenj'])}{rng.randint(1, 99)}"
            f"@{rng.choice(['cmbchina.com', 'bankcomm.com', 'icbc.com.cn'])}"
        ),
    ]


def zh_landlord_third_party(rng: random.Random) -> list[Segment]:
    landlord = rng.choice(["欧阳建国", "司马云飞", "上官婉清", "诸葛明轩", "皇甫嘉树"])
    return [
        "房东叫",
        person(landlord),
        "，他让我每个月把房租转到他的卡上，卡号",
        account(group_card(unionpay(rng), rng)),
        f"，可是我转了{amount_zh(rng)}显示户名不符，是不是房东的名字写错了？",
    ]


def zh_alipay_email(rng: random.Random) -> list[Segment]:
    user = rng.choice(["wangfang", "xiaoyan", "lzq", "songyt", "hdm", "zsdy"]) + str(
        rng.randint(1970, 2005)
    )
    mail = f"{user}@{rng.choice(['163.com', 'qq.com', '126.com', 'sina.com'])}"
    if rng.random() < 0.3:
        mail = f"{cn_mobile_digits(rng)}@139.com"
    return [
        "支付宝绑定的银行卡解不了绑，登录账号是",
        email(mail),
        "，实名是",
        person(zh_name(rng)),
        "，客服热线95188打了三次都说系统繁忙。",
    ]


def zh_ocr_form(rng: random.Random) -> list[Segment]:
    name = zh_name(rng)
    born = birth_date(rng)  # the ID's birth digits agree with the date of birth field
    return [
        "个人贷款申请表（扫描件识别）\n姓 名：\n",
        person(name),
        "\n出生日期：\n",
        dob(dob_zh(rng, born)),
        "\n证件号码：\n",
        cn_id_span(format_cn_id(cn_id(rng, born), rng)),
        "\n单位地址：\n",
        address(cn_address(rng, True)),
        "\n联系电话：",
        phone(rng.choice([cn_phone, cn_landline])(rng)),
    ]


def zh_us_ssn(rng: random.Random) -> list[Segment]:
    name = rng.choice(ZH_LATIN_NAMES)
    return [
        "我在美国工作了几年现在回国了，之前在你们纽约分行开的账户要报税，那边要我提供社安号 ",
        ssn(make_ssn(rng)),
        "，英文名是",
        person(name),
        "，美国地址是",
        address(us_address(rng)),
        "，这样可以吗？",
    ]


def zh_tw_extension(rng: random.Random) -> list[Segment]:
    return [
        "理專",
        person(rng.choice(["張經理", "吳主任", "黃小姐", "林襄理"])),
        "您好，上次說的基金贖回，請直接打我公司電話 ",
        phone(
            f"(02){rng.randint(2, 8)}{digits(rng, 3)}-{digits(rng, 4)} 分機 {rng.randint(100, 899)}"
        ),
        "，或手機 ",
        phone(tw_phone(rng)),
        "。",
        person(rng.choice(ZH_TRAD_NAMES)),
    ]


def zh_spoken_receiving_card(rng: random.Random) -> list[Segment]:
    number = unionpay(rng)
    return [
        "[语音转文字]那个收款卡号我念一下啊",
        account(speak_zh(number, rng)),
        "对户名是",
        person(zh_name(rng)),
        "你帮我看看那笔钱到了没有",
    ]


def zh_spoken_id(rng: random.Random) -> list[Segment]:
    return [
        "客服：请您报一下身份证号码。\n客户：好的，",
        cn_id_span(speak_zh(cn_id(rng), rng)),
        "。\n客服：谢谢，请问您的姓名？\n客户：",
        person(zh_name(rng)),
        f"。\n客服：好的，您的工单号是{rng.randint(2025000000, 2025999999)}。",
    ]


def zh_wechat_group_names(rng: random.Random) -> list[Segment]:
    first, second = rng.sample(ZH_NAMES, 2)
    return [
        "@",
        person(first),
        " 你上次说的那个理财经理是不是叫",
        person(rng.choice(ZH_TITLED[:5])),
        f"？我想找她问问大额存单，{rng.choice(['我同事', '我表姐', '楼下的'])}",
        person(second),
        "说她电话是",
        phone(cn_phone(rng)),
    ]


def zh_hk_trad_account(rng: random.Random) -> list[Segment]:
    name = rng.choice(ZH_TRAD_NAMES + ZH_LATIN_NAMES)
    return [
        "你好，我想將戶口",
        account(hk_account(rng)),
        "嘅結餘轉去另一間銀行，請問要唔要親身去分行？我叫",
        person(name),
        "，電話",
        phone(hk_phone(rng)),
        "，出世日期",
        dob(dob_zh(rng)),
        "。",
    ]


def zh_minority_name(rng: random.Random) -> list[Segment]:
    name = rng.choice(["阿依古丽·买买提", "扎西顿珠", "热依拉·艾力", "巴特尔", "次仁卓玛"])
    role, staff = rng.choice([("柜员", "小王"), ("大堂经理", "李娜"), ("运营主管", "郑嘉怡")])
    return [
        "客户",
        person(name),
        "到柜台办理开户，身份证上的名字带间隔号，系统录不进去，身份证号",
        cn_id_span(format_cn_id(cn_id(rng), rng)),
        f"，麻烦科技部看一下。——{role} ",
        person(staff),
    ]


def zh_amex_cashback(rng: random.Random) -> list[Segment]:
    number = amex(rng) if rng.random() < 0.6 else mastercard(rng)
    return [
        f"我用{rng.choice(['运通白金卡', '万事达信用卡', '外币信用卡'])}",
        card(group_card(number, rng)),
        f"在{rng.choice(['香港', '新加坡', '东京'])}消费了{amount_zh(rng)}，返现一直没到账。"
        "卡是寄到我公司的：",
        address(rng.choice([cn_address, hk_address_zh])(rng)),
        "，联系人",
        person(rng.choice(ZH_LATIN_NAMES + ZH_NAMES)),
        "。",
    ]


def zh_group_signup(rng: random.Random) -> list[Segment]:
    first, second, third = rng.sample(ZH_NAMES, 3)
    return [
        f"【接龙】周六{rng.choice(['社区', '网点'])}反诈讲座报名\n1. ",
        person(first),
        " ",
        phone(cn_phone(rng)),
        "\n2. ",
        person(second),
        rng.choice(["（带老人）", "", "+1"]),
        " ",
        phone(cn_phone(rng)),
        "\n3. ",
        person(rng.choice(ZH_TITLED)),
        " ",
        phone(cn_phone(rng)),
        "\n4. ",
        person(third),
    ]


def zh_wechat_voice_card(rng: random.Random) -> list[Segment]:
    return [
        "[语音转文字]喂我跟你说一下我那个银行卡号是",
        account(speak_zh(unionpay(rng), rng)),
        "你那边帮我查一下是不是被冻结了我刚才转账转不出去我叫",
        person(zh_name(rng)),
        "身份证后四位是" + digits(rng, 4),
    ]


ZH_POSITIVE: list[Template] = [
    zh_wechat_voice, zh_hk_letter, zh_tw_letter, zh_alipay_note, zh_entrust_letter, zh_report_loss,
    zh_credit_unionpay, zh_receiving_card, zh_grouped_id, zh_bereavement, zh_guarantor,
    zh_joint_couple, zh_hr_salary_card, zh_address_change, zh_elder_proxy, zh_fraud_caller,
    zh_delivery_label, zh_travel_visa, zh_overseas_iban, zh_mixed_chat, zh_staff_signature,
    zh_landlord_third_party, zh_alipay_email, zh_ocr_form, zh_us_ssn, zh_tw_extension,
    zh_spoken_receiving_card, zh_spoken_id, zh_wechat_group_names, zh_hk_trad_account,
    zh_minority_name, zh_amex_cashback, zh_group_signup, zh_wechat_voice_card,
]  # fmt: skip


# =========================================================================== Chinese, PII-free


def zh_neg_hotline(rng: random.Random) -> list[Segment]:
    return [
        "温馨提示：如遇银行卡丢失，请立即拨打客服热"
        f"线{rng.choice(['95588', '95555', '95566', '95533'])}或"
        f"{rng.choice(['400-820-8888', '400 669 5566', '800-830-8003', '4006-95599'])}"
        f"转{rng.randint(1, 9)}办理挂失，"
        "境外请拨+86-755-8378-8888。我行工作人员不会向您索要短信验证码。",
    ]


def zh_neg_otp(rng: random.Random) -> list[Segment]:
    return [
        f"【{rng.choice(['招商银行', '工商银行', '平安银行'])}】验证码{digits(rng, 6)}，您正在向"
        f"尾号{digits(rng, 4)}"
        f"的账户转账{amount_zh(rng)}，{rng.randint(3, 10)}分钟内有效，切勿告知他人。",
    ]


def zh_neg_wechat_pay(rng: random.Random) -> list[Segment]:
    return [
        f"微信支付凭证\n付款金额 ¥{rng.randint(5, 3000)}.{rng.randint(0, 99):02d}\n"
        f"收款方 {rng.choice(['美团外卖', '滴滴出行', '瑞幸咖啡', '中国铁路12306'])}\n"
        f"支付方式 {rng.choice(['零钱', '招商银行储蓄卡(' + digits(rng, 4) + ')'])}\n"
        f"交易单号 4200{digits(rng, 24)}\n商户单号 {digits(rng, 20)}",
    ]


def zh_neg_family(rng: random.Random) -> list[Segment]:
    who = rng.choice(["我妈妈", "我爸", "我老公", "房东", "我家孩子", "我婆婆"])
    return [
        f"{who}想在你们行开个账户"
        f"，{rng.choice(['需要带什么材料', '可以网上办吗', '周末网点上班吗'])}？"
        f"另外{who}的卡每个月扣了{amount_zh(rng)}的年费，这个能免吗？谢谢！",
    ]


def zh_neg_thanks(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(["谢谢你们的帮助，", "谢谢谢谢，", "非常感谢，"])
        + f"{rng.choice(['大堂经理', '柜台的工作人员', '客服'])}态度很好，问题已经解决了。"
        "平安顺利，周末愉快！给你们点个赞👍",
    ]


def zh_neg_branch(rng: random.Random) -> list[Segment]:
    branch = rng.choice(
        ["南京西路支行", "王府井支行", "中山北路支行", "张江高科支行", "黄金海岸支行"]
    )
    return [
        f"请问{branch}现在还营业吗？地图上显示"
        f"在{rng.choice(['南京西路', '王府井大街', '中山北路', '华夏中路'])}，"
        f"但是我上次去发现搬走了。周六{rng.randint(9, 10)}点开门吗？",
    ]


def zh_neg_repayment(rng: random.Random) -> list[Segment]:
    return [
        f"您的信用卡本期账单{amount_zh(rng)}，最低还款额{amount_zh(rng)}，到期还款日为"
        f"2025年{rng.randint(1, 12)}月{rng.randint(1, 28)}日。如已还款请忽略。回复TD退订。",
    ]


def zh_neg_trad_notice(rng: random.Random) -> list[Segment]:
    return [
        f"通告：本行將於2026年{rng.randint(1, 12)}月{rng.randint(1, 28)}日起調整港元儲蓄存款利率"
        "至年息"
        f"{rng.randint(0, 3)}.{rng.randint(1, 99):02d}厘。查詢請致電客戶服務熱線 2233 3000 或親"
        "臨各分行。"
        "信用卡客戶可透過手機銀行查閱最新優惠。",
    ]


def zh_neg_tracking(rng: random.Random) -> list[Segment]:
    return [
        f"卡片已寄出，顺丰单号SF{digits(rng, 13)}，订单号{digits(rng, 20)}，"
        f"预计{rng.randint(2, 4)}天送达。联行号{digits(rng, 12)}，SWIFT代"
        f"码{rng.choice(['CMBCCNBS', 'ICBKCNBJ', 'PCBCCNBJ'])}。",
    ]


def zh_neg_mixed(rng: random.Random) -> list[Segment]:
    return [
        f"Please 帮我 check 一下 my application status，reference APP-2025-{digits(rng, 5)}，"
        f"submit 了 {rng.randint(2, 9)} 个 working days 了还是 pending，Thanks!",
    ]


def zh_neg_common_words(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(
            [
                "黄金价格最近涨得厉害，高明的做法是不是分批买入？马上要过年了，想给孩子存点钱。",
                "张家界旅游回来发现卡被盗刷了一笔，向日葵理财的收益怎么还没到账？",
                "周末去东方明珠，用手机银行扫码付款一直失败，提示金额超限。",
                "李子柒同款礼盒的分期手续费怎么算？林荫道那家网点说要问总行。",
            ]
        ),
    ]


def zh_neg_wechat_voice(rng: random.Random) -> list[Segment]:
    return [
        "[语音转文字]喂你好我想问一下那个大额存单现在三年期利率是多少啊"
        f"我看你们公众号上写的是{rng.randint(1, 3)}点{rng.randint(1, 9)}五但是柜台说已经没有额度了"
        "那什么时候还有啊麻烦帮我问问",
    ]


def zh_neg_policy(rng: random.Random) -> list[Segment]:
    return [
        f"关于个人养老金账户：每年缴存上限{rng.choice(['12000元', '1.2万元'])}，可在"
        f"{rng.choice(['手机银行', '网上银行', '柜台'])}开立。具体请咨询当地网点或拨打95533。"
        "本通知自2025年1月1日起执行。",
    ]


def zh_neg_complaint(rng: random.Random) -> list[Segment]:
    return [
        f"投诉：{rng.choice(['上海', '深圳', '成都'])}某支行排队{rng.randint(40, 120)}分钟，只开"
        "了一个窗口，"
        "叫号机还坏了。工作人员说系统升级，请问什么时候能恢复正常？投诉编号请短信发我。",
    ]


def zh_neg_spoken_hotline(rng: random.Random) -> list[Segment]:
    hotline = rng.choice(["95588", "95555", "4008208888", "95533"])
    return [
        f"[语音转文字]我刚才打了那个{speak_zh(hotline, rng)}就是你们客服电话一直没人接"
        f"我卡里被扣了{rng.choice(['三千五', '两百', '一万二'])}块钱也不知道是什么费用麻烦给我查"
        "一下",
    ]


def zh_neg_surname_words(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(
            [
                "万一手机丢了怎么办？任何时候都能冻结吗？白天上班没时间去网点，于是想在网上办。",
                "服务很周到，常常推荐朋友来。钱包丢了以后补办很快，高度评价！",
                "金额填错了能撤回吗？马上就要到账了，司机师傅还在等。",
                "林业局的公积金贷款是不是在你们这里办？方便的话告诉我营业时间。",
            ]
        ),
    ]


def zh_neg_bank_signoff(rng: random.Random) -> list[Segment]:
    return [
        f"尊敬的客户：您尾号{digits(rng, 4)}的信用卡已于{rng.randint(1, 12)}"
        f"月{rng.randint(1, 28)}日"
        f"成功还款{amount_zh(rng)}，感谢您的支持。\n"
        + rng.choice(["—— 招商银行信用卡中心", "此致\n客户服务中心", "—— 您的专属客户经理"]),
    ]


def zh_neg_trad_faq(rng: random.Random) -> list[Segment]:
    return [
        "請問開立聯名戶口需要什麼文件？我同太太都係香港永久居民，想喺尖沙咀分行辦理，"
        f"大概要等幾耐？之前打過熱線 2{digits(rng, 3)} {digits(rng, 4)}，但係要等好耐。",
    ]


def zh_neg_transfer_note(rng: random.Random) -> list[Segment]:
    return [
        f"转账备注写的是“{rng.choice(['房租', '生活费', '还款', '货款'])}”，对方说没收到，"
        f"转账时间是{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.randint(8, 22)}点，金"
        f"额{amount_zh(rng)}，"
        f"流水号{digits(rng, 18)}X。",
    ]


ZH_NEGATIVE: list[Template] = [
    zh_neg_hotline, zh_neg_otp, zh_neg_wechat_pay, zh_neg_family, zh_neg_thanks, zh_neg_branch,
    zh_neg_repayment, zh_neg_trad_notice, zh_neg_tracking, zh_neg_mixed, zh_neg_common_words,
    zh_neg_wechat_voice, zh_neg_policy, zh_neg_complaint, zh_neg_spoken_hotline,
    zh_neg_surname_words, zh_neg_bank_signoff, zh_neg_trad_faq, zh_neg_transfer_note,
]  # fmt: skip


# =========================================================================== the set


def schedule(
    rng: random.Random, count: int, positive: list[Template], negative: list[Template]
) -> list[Template]:
    """Templates for ``count`` messages of one language: exactly 30% (rounded) PII-free, each
    template used in turn from a shuffled deck so that every one appears before any repeats."""
    negatives = round(count * 0.3)
    free_positions = set(rng.sample(range(count), negatives))

    def deck(templates: list[Template]) -> list[Template]:
        shuffled = list(templates)
        rng.shuffle(shuffled)
        return shuffled

    positive_deck: list[Template] = []
    negative_deck: list[Template] = []
    chosen: list[Template] = []
    for position in range(count):
        if position in free_positions:
            negative_deck = negative_deck or deck(negative)
            chosen.append(negative_deck.pop())
        else:
            positive_deck = positive_deck or deck(positive)
            chosen.append(positive_deck.pop())
    return chosen


def generate_segments(n: int = 600, seed: int = 5518) -> list[tuple[str, str, list[Segment]]]:
    """(id, lang, segments) for each message; English and Chinese alternate."""
    rng = random.Random(seed)
    en_count, zh_count = (n + 1) // 2, n // 2
    plans = {
        "en": iter(schedule(rng, en_count, EN_POSITIVE, EN_NEGATIVE)),
        "zh": iter(schedule(rng, zh_count, ZH_POSITIVE, ZH_NEGATIVE)),
    }
    messages: list[tuple[str, str, list[Segment]]] = []
    for index in range(n):
        lang = "en" if index % 2 == 0 else "zh"
        template = next(plans[lang])
        messages.append((f"h5-{index:04d}-{lang}", lang, template(rng)))
    return messages


def generate(n: int = 600, seed: int = 5518) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for message_id, lang, segments in generate_segments(n, seed):
        text, spans = render(segments)
        rows.append({"id": message_id, "text": text, "lang": lang, "spans": spans})
    return rows


def print_stats(rows: list[dict[str, Any]]) -> None:
    for lang in ("en", "zh"):
        of_lang = [r for r in rows if r["lang"] == lang]
        free = sum(not r["spans"] for r in of_lang)
        counts = Counter(span["label"] for r in of_lang for span in r["spans"])
        print(
            f"[{lang}] messages {len(of_lang)}, PII-free {free} ({free / max(len(of_lang), 1):.0%})"
        )
        for label in LABELS:
            print(f"  {label:<14} {counts.get(label, 0)}")
    total = Counter(span["label"] for r in rows for span in r["spans"])
    print("[all] " + ", ".join(f"{label} {total.get(label, 0)}" for label in LABELS))
    for lang in ("en", "zh"):
        print(f"\n--- samples ({lang}) ---")
        for row in [r for r in rows if r["lang"] == lang and r["spans"]][:3]:
            print(row["text"])
            for span in row["spans"]:
                print(f"    {span['label']}: {row['text'][span['start'] : span['end']]!r}")
            print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=600, help="number of messages")
    parser.add_argument("--seed", type=int, default=5518)
    parser.add_argument("--stats", action="store_true", help="counts per label/language, samples")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print_stats(rows)
    else:
        import json

        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
