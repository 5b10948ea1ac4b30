"""Held-out v4: a fourth independent bilingual PII evaluation set (issue 18), written blind.

Authoring rule: every template, name, address and number format here was written from general
knowledge of how bank customers and staff write (English: AU, IN, MY, CA, SG, UK, US; Chinese:
mainland, HK, Macau, TW, Singapore), without opening Steward's PII engine, its resources, its dev
sets or the earlier held-out sets. The set is measured, never tuned on: do not read its misses
to write rules, lexicons or thresholds.

Genres: SMS, WeChat-style voice-to-text, OCR'd forms with odd spacing, staff CRM notes about
third parties, dispute letters, KYC updates, e-mails with signatures, call-centre transcripts
(numbers read aloud in words or digit by digit), mixed EN/ZH, traditional characters and
full-width digits. About 30% of the messages per language hold no personal data (hard negatives:
hotlines, amounts, reference numbers, non-birthday dates, name-like words, places, branch and
product names, capitalised words at sentence start).

Labelling conventions:
- A span holds the value only, never its cue word (``Phone:``, ``卡号``, ``DOB``).
- A phone's extension belongs to the phone (``(416) 555-0187 ext. 223``); a country code in
  brackets too (``(+91) 98450-12345``). Bank and company hotlines are NOT personal: no span.
- An address runs from its first part (flat/unit or house number in English; province or city
  in Chinese) to its last (postcode, or flat/room/floor), as written in the message.
- A UnionPay ``62…`` debit card that the customer calls 卡号/收款卡/银行卡 (or "debit card",
  "account") is BANK_ACCOUNT; with a credit cue near (信用卡, "credit card") it is CREDIT_CARD.
- Staff names in sign-offs are PERSON; so are third parties a note mentions; a staff member's
  mobile in a signature is PHONE_NUMBER.
- Branch identifiers (BSB, transit and institution numbers, IFSC, SWIFT), card last-four
  digits, OTPs, reference and tracking numbers are not personal: no span.
- Numbers read aloud keep their spoken form in the span (``nine eight four five …``,
  ``幺三九…``); the label is that of the number.

Labels: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, ADDRESS, CREDIT_CARD, BANK_ACCOUNT, IBAN_CODE,
US_SSN, CN_ID_CARD, DATE_OF_BIRTH. Checksums are valid (Luhn for cards and UnionPay accounts,
ISO 7064 MOD 11-2 for CN ID numbers, MOD-97 for IBANs); SSNs are plausible (no 000/666/9xx
area, no 00 group, no 0000 serial).
"""

from __future__ import annotations

import random
from collections.abc import Callable

Segment = str | tuple[str, str]
Template = Callable[[random.Random], list[Segment]]

NEGATIVE_SHARE = 0.3

# ---------------------------------------------------------------- number helpers


def luhn_check_digit(partial: str) -> str:
    """The digit that makes ``partial + digit`` pass the Luhn check."""
    total = 0
    for index, char in enumerate(reversed(partial)):
        digit = int(char)
        if index % 2 == 0:  # these positions get doubled once the check digit is appended
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return len(number) > 1 and luhn_check_digit(number[:-1]) == number[-1]


def cn_id_check_char(first17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def ssn_plausible(ssn: str) -> bool:
    digits = "".join(c for c in ssn if c.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def card_number(rng: random.Random, prefix: str, length: int) -> str:
    partial = prefix + _digits(rng, length - len(prefix) - 1)
    return partial + luhn_check_digit(partial)


def visa(rng: random.Random) -> str:
    return card_number(rng, "4", 16)


def mastercard(rng: random.Random) -> str:
    return card_number(rng, rng.choice(["51", "53", "55", "2221", "2720"]), 16)


def amex(rng: random.Random) -> str:
    return card_number(rng, rng.choice(["34", "37"]), 15)


def unionpay(rng: random.Random, length: int = 19) -> str:
    return card_number(rng, rng.choice(["6217", "6222", "6228", "6214", "6259"]), length)


def group4(number: str, sep: str = " ") -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def amex_grouped(number: str) -> str:
    return f"{number[:4]} {number[4:10]} {number[10:]}"


def cn_id(rng: random.Random) -> str:
    region = rng.choice(["110105", "310115", "440305", "510107", "650102", "330106", "420111"])
    year = rng.randint(1955, 2003)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    first17 = f"{region}{year}{month:02d}{day:02d}{_digits(rng, 3)}"
    return first17 + cn_id_check_char(first17)


IBAN_FORMATS = {  # country: (bank-code letters, digits after them)
    "GB": ("BARC", 14),
    "DE": ("", 18),
    "FR": ("", 23),
    "NL": ("INGB", 10),
    "AE": ("", 19),
    "IE": ("AIBK", 14),
}


def iban(rng: random.Random) -> str:
    country = rng.choice(sorted(IBAN_FORMATS))
    letters, n_digits = IBAN_FORMATS[country]
    bban = letters + _digits(rng, n_digits)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def iban_grouped(value: str) -> str:
    return group4(value)


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


EN_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZH_DIGITS = "零一二三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def spoken_en(number: str, rng: random.Random) -> str:
    words = []
    for char in number:
        if char.isdigit():
            word = EN_DIGIT_WORDS[int(char)]
            if char == "0" and rng.random() < 0.5:
                word = "oh"
            words.append(word)
    return " ".join(words)


def spaced_digits(number: str) -> str:
    return " ".join(c for c in number if c.isdigit())


def spoken_zh(number: str, rng: random.Random) -> str:
    use_yao = rng.random() < 0.6  # 幺 for 1 is how digits are read out on the phone
    out = []
    for char in number:
        if char.isdigit():
            out.append("幺" if char == "1" and use_yao else ZH_DIGITS[int(char)])
    return "".join(out)


def full_width(text: str) -> str:
    return text.translate(FULL_WIDTH)


# ---------------------------------------------------------------- value pools

EN_NAMES = [
    "Siobhán O'Reilly",
    "Priya Venkataraman",
    "K. R. Narayanan",
    "Jean-Luc Tremblay",
    "Nurul Aisyah binti Rahman",
    "Tan Wei Ming",
    "Chloé Lefèvre-Martin",
    "Rajesh Kumar Iyer",
    "Aroha Ngata",
    "Mohd Faizal bin Osman",
    "Zoë Papadopoulos",
    "Harpreet Kaur Sandhu",
    "D'Arcy McAllister",
    "Mei-Ling Ong",
    "Wong Ka-wai",
    "Thanh Huong Nguyen",
    "Geneviève Côté",
    "Lachlan J. Fitzgerald",
    "Ananya S. Menon",
    "Kwame Asante-Boateng",
    "Bronwyn MacLeod",
    "Deepak Chaurasia",
    "Ng Siew Lan",
    "Aaliyah Rosen-Baptiste",
    "Ravi Shankar Pillai",
    "Ines da Silva",
]
EN_GIVEN = ["Siobhán", "Priya", "Lachlan", "Ananya", "Bronwyn", "Kwame", "Deepak", "Aroha"]

EN_PHONES: list[Callable[[random.Random], str]] = [
    lambda r: f"+61 (0)4{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
    lambda r: f"04{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
    lambda r: f"(+91) 9{_digits(r, 4)}-{_digits(r, 5)}",
    lambda r: f"+91 9{_digits(r, 4)} {_digits(r, 5)}",
    lambda r: f"+60 1{r.randint(2, 9)}-{_digits(r, 3)} {_digits(r, 4)}",
    lambda r: f"({r.choice(['416', '604', '514', '403'])}) 555-0{_digits(r, 3)}",
    lambda r: f"+65 {r.choice('89')}{_digits(r, 3)} {_digits(r, 4)}",
    lambda r: f"(852) {r.choice('569')}{_digits(r, 3)} {_digits(r, 4)}",
    lambda r: f"+44 (0)7{_digits(r, 3)} {_digits(r, 6)}",
]

EN_ADDRESSES = [
    "Unit 4, 27 Wattle Street, Parramatta NSW 2150",
    "14/3 Beaconsfield Parade, St Kilda VIC 3182",
    "Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038",
    "B-17, Sector 62, Noida, Uttar Pradesh 201309",
    "No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor",
    "1450 Rue Sherbrooke Ouest, Montréal QC H3G 1K4",
    "88 Kensington Rd, Apt 1204, Toronto ON M5T 2K2",
    "Blk 412 Bedok North Ave 2, #08-1234, Singapore 460412",
    "Flat 7B, 23 Caine Road, Mid-Levels",
    "41 Harcourt Terrace, Dublin 2, D02 XK59",
    "9 Ngaio Crescent, Karori, Wellington 6012",
    "2207 W 4th Ave, Vancouver BC V6K 1N9",
]

EN_EMAIL_DOMAINS = ["gmail.com", "outlook.com.au", "yahoo.co.in", "bigpond.net.au", "rogers.ca"]


def en_email(name: str, rng: random.Random) -> str:
    parts = [
        p.lower().strip(".").replace("'", "").replace("é", "e").replace("á", "a")
        for p in name.split()
        if p[0].isalpha()
    ]
    parts = [p.replace("ë", "e").replace("è", "e").replace("ô", "o") for p in parts]
    local = rng.choice([".".join(parts[:2]), parts[0] + parts[-1][:1] + _digits(rng, 2)])
    return f"{local}@{rng.choice(EN_EMAIL_DOMAINS)}"


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


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def en_dob(rng: random.Random) -> str:
    year, month, day = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{day:02d}/{month:02d}/{year}",
            f"{MONTHS[month - 1]} {ordinal(day)}, {year}",
            f"{day:02d}-{MONTHS[month - 1][:3]}-{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{ordinal(day)} of {MONTHS[month - 1]} {year}",
            f"{day}.{month}.{year}",
        ]
    )


def en_account(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_digits(rng, 4)} {_digits(rng, 4)}",  # AU account after a BSB
            "501002" + _digits(rng, 8),  # IN 14-digit
            f"5140 {_digits(rng, 4)} {_digits(rng, 4)}",  # MY 12-digit
            _digits(rng, 7),  # CA account after a transit number
            f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}",  # HK
        ]
    )


ZH_NAMES = [
    "阿卜杜·热合曼",
    "古丽娜尔·艾力",
    "迪丽娜尔·买买提",
    "欧阳倩",
    "司马文杰",
    "黄嘉欣",
    "陳美玲",
    "梁志偉",
    "林俊傑",
    "何婉儀",
    "区颖诗",
    "叶思远",
    "钟浩然",
    "蔡依婷",
    "麥家豪",
    "郑晓雯",
    "谭子轩",
    "邝淑仪",
    "罗梓萱",
    "潘国栋",
]
ZH_LATIN_NAMES = ["Ahmad Tan", "Kelvin Lau", "Joanne Cheung", "Marcus Goh", "Vivian Ho"]

ZH_PHONES: list[Callable[[random.Random], str]] = [
    lambda r: f"1{r.choice('3589')}{_digits(r, 1)} {_digits(r, 4)} {_digits(r, 4)}",
    lambda r: f"1{r.choice('3589')}{_digits(r, 9)}",
    lambda r: f"+86 (0)1{r.choice('3589')}{_digits(r, 1)}-{_digits(r, 4)}-{_digits(r, 4)}",
    lambda r: f"09{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 3)}",
    lambda r: f"(02) 2{_digits(r, 3)}-{_digits(r, 4)}",
    lambda r: f"(853) 6{_digits(r, 3)} {_digits(r, 4)}",
    lambda r: f"+852 {r.choice('569')}{_digits(r, 3)} {_digits(r, 4)}",
    lambda r: f"+65 9{_digits(r, 3)} {_digits(r, 4)}",
]

ZH_ADDRESSES = [
    "广东省深圳市南山区高新南七道18号B座1203室",
    "上海市浦东新区张杨路1588弄6号602室",
    "四川省成都市武侯区人民南路四段27号3单元5楼",
    "新疆乌鲁木齐市天山区解放南路119号2栋801",
    "浙江省杭州市西湖区文三路90号东部软件园3号楼4层",
    "香港九龍旺角彌敦道688號旺角中心一期12樓1205室",
    "香港新界沙田大圍顯田街8號名城2座33樓D室",
    "澳門氹仔孫逸仙大馬路123號海洋花園2座15樓B",
    "臺北市大安區忠孝東路四段216巷8弄5號3樓",
    "高雄市苓雅區四維三路6號12樓之3",
    "北京市朝阳区望京西园三区312号楼2单元1101",
]


def zh_dob(rng: random.Random) -> str:
    year, month, day = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
    numerals = "〇一二三四五六七八九"
    tens = ["", "十", "二十", "三十"]

    def small(n: int) -> str:
        if n < 10:
            return ZH_DIGITS[n]
        return tens[n // 10] + (ZH_DIGITS[n % 10] if n % 10 else "")

    return rng.choice(
        [
            f"{year}年{month}月{day}日",
            f"{''.join(numerals[int(c)] for c in str(year))}年{small(month)}月{small(day)}日",
            f"民國{year - 1911}年{month}月{day}日",
            full_width(f"{year}/{month:02d}/{day:02d}").replace("/", "／"),
            f"{year}.{month:02d}.{day:02d}",
        ]
    )


def zh_account(rng: random.Random) -> str:
    return rng.choice(
        [
            group4(unionpay(rng, 19)),
            unionpay(rng, 19),
            unionpay(rng, 16),
            f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}",  # HK
            f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 6)}",  # TW
        ]
    )


# ---------------------------------------------------------------- English templates


def en_sms_au(r: random.Random) -> list[Segment]:
    name = r.choice(EN_NAMES)
    return [
        "hey its ",
        ("PERSON", name),
        " here, new mobile is ",
        ("PHONE_NUMBER", r.choice(EN_PHONES[:2])(r)),
        " pls update ur records. cheers",
    ]


def en_kyc_update(r: random.Random) -> list[Segment]:
    name = r.choice(EN_NAMES)
    return [
        "KYC periodic review - customer confirmed details on call.\nFull name: ",
        ("PERSON", name),
        "\nResidential address: ",
        ("ADDRESS", r.choice(EN_ADDRESSES)),
        "\nDate of birth: ",
        ("DATE_OF_BIRTH", en_dob(r)),
        "\nContact: ",
        ("EMAIL_ADDRESS", en_email(name, r)),
        "\nSource of funds: salary",
    ]


def en_crm_third_party(r: random.Random) -> list[Segment]:
    customer, other = r.sample(EN_NAMES, 2)
    return [
        "CRM note 09:42 - ",
        ("PERSON", customer),
        " rang re: a payment to her brother-in-law ",
        ("PERSON", other),
        ". She says he can be reached on ",
        ("PHONE_NUMBER", r.choice(EN_PHONES)(r)),
        ". Advised to verify payee before sending. -",
        ("PERSON", r.choice(EN_GIVEN)),
    ]


def en_transcript_words(r: random.Random) -> list[Segment]:
    phone = "9" + _digits(r, 9)
    return [
        "Agent: Could you read me the mobile number on the account?\nCaller: Yeah it's ",
        ("PHONE_NUMBER", spoken_en(phone, r)),
        ".\nAgent: Thank you. And your date of birth?\nCaller: ",
        ("DATE_OF_BIRTH", en_dob(r)),
        ".",
    ]


def en_transcript_digits(r: random.Random) -> list[Segment]:
    card = visa(r)
    return [
        "[00:03:12] CUSTOMER: the credit card number is ",
        ("CREDIT_CARD", spaced_digits(card)),
        " and it was charged twice\n[00:03:25] AGENT: I can see that, raising a dispute now.",
    ]


def en_ocr_form(r: random.Random) -> list[Segment]:
    name = r.choice(EN_NAMES)
    return [
        "APPLICATI0N  FORM   -  PART  A\nN a m e :   ",
        ("PERSON", name),
        "     D.O.B :  ",
        ("DATE_OF_BIRTH", en_dob(r)),
        "\nAddr  ess:  ",
        ("ADDRESS", r.choice(EN_ADDRESSES)),
        "\nTel (mob) :  ",
        ("PHONE_NUMBER", r.choice(EN_PHONES)(r)),
    ]


def en_dispute_letter(r: random.Random) -> list[Segment]:
    name = r.choice(EN_NAMES)
    card = mastercard(r)
    return [
        "Dear Sir/Madam,\n\nI write to dispute a transaction of AUD 1,284.50 on my credit card ",
        ("CREDIT_CARD", group4(card)),
        ". I did not authorise it and was overseas at the time.\n\nYours faithfully,\n",
        ("PERSON", name),
        "\n",
        ("ADDRESS", r.choice(EN_ADDRESSES)),
    ]


def en_email_signature(r: random.Random) -> list[Segment]:
    staff = r.choice(EN_NAMES)
    return [
        "From: Premier Banking\nSubject: Your term deposit\n\n"
        "Hi, the deposit rolled over at 4.35% p.a. Let me know if you'd like to change it.\n\n"
        "Kind regards,\n",
        ("PERSON", staff),
        "\nPremier Relationship Manager\nMobile: ",
        ("PHONE_NUMBER", r.choice(EN_PHONES)(r)),
    ]


def en_work_phone_extension(r: random.Random) -> list[Segment]:
    ext = r.choice([" ext. ", " x", " extn "]) + _digits(r, 3)
    return [
        "Best to reach me at work on ",
        ("PHONE_NUMBER", EN_PHONES[5](r) + ext),
        " between 9 and 5. ",
        ("PERSON", r.choice(EN_NAMES)),
    ]


def en_iban_transfer(r: random.Random) -> list[Segment]:
    name = r.choice(EN_NAMES)
    return [
        "Please send EUR 3,000 to ",
        ("PERSON", name),
        ", IBAN ",
        ("IBAN_CODE", iban_grouped(iban(r))),
        ", reference school fees.",
    ]


def en_ssn_w9(r: random.Random) -> list[Segment]:
    return [
        "For the W-9 my SSN is ",
        ("US_SSN", ssn(r)),
        " and my name as on the card is ",
        ("PERSON", r.choice(EN_NAMES)),
        ".",
    ]


def en_ssn_spaced(r: random.Random) -> list[Segment]:
    value = ssn(r).replace("-", " ")
    return [
        "Caller verified identity: last name ",
        ("PERSON", r.choice(EN_NAMES).split()[-1]),
        ", social ",
        ("US_SSN", value),
        ", passed security questions.",
    ]


def en_fraud_report(r: random.Random) -> list[Segment]:
    victim = r.choice(EN_NAMES)
    return [
        "FRAUD REPORT #FR-",
        _digits(r, 6),
        "\nVictim: ",
        ("PERSON", victim),
        "\nMule account credited: ",
        ("BANK_ACCOUNT", en_account(r)),
        "\nScammer phoned from ",
        ("PHONE_NUMBER", r.choice(EN_PHONES)(r)),
        " claiming to be from the tax office.",
    ]


def en_bsb_account(r: random.Random) -> list[Segment]:
    return [
        "G'day, can you pay my rent into BSB 062-",
        _digits(r, 3),
        " acct ",
        ("BANK_ACCOUNT", f"{_digits(r, 4)} {_digits(r, 4)}"),
        " under the name ",
        ("PERSON", r.choice(EN_NAMES)),
        "? Ta.",
    ]


def en_india_neft(r: random.Random) -> list[Segment]:
    return [
        "Sir, NEFT failed to a/c no ",
        ("BANK_ACCOUNT", "501002" + _digits(r, 8)),
        " IFSC HDFC0001234, beneficiary ",
        ("PERSON", r.choice(EN_NAMES)),
        ". Kindly check and revert on ",
        ("EMAIL_ADDRESS", en_email(r.choice(EN_NAMES), r)),
    ]


def en_whatsapp_multi_phone(r: random.Random) -> list[Segment]:
    return [
        "Whatsapp me at ",
        ("PHONE_NUMBER", EN_PHONES[4](r)),
        " or my wife ",
        ("PERSON", r.choice(EN_NAMES)),
        " at ",
        ("PHONE_NUMBER", EN_PHONES[4](r)),
        ", whichever is easier lah",
    ]


def en_canada_transit(r: random.Random) -> list[Segment]:
    name = r.choice(EN_NAMES)
    return [
        "Direct deposit form\nEmployee: ",
        ("PERSON", name),
        " | Transit: 00",
        _digits(r, 3),
        " | Institution: 003 | Account: ",
        ("BANK_ACCOUNT", _digits(r, 7)),
        " | SIN on file",
    ]


def en_amex_lost(r: random.Random) -> list[Segment]:
    return [
        "Lost my Amex at the airport!! card no ",
        ("CREDIT_CARD", amex_grouped(amex(r))),
        " - please block it. I'm at ",
        ("ADDRESS", r.choice(EN_ADDRESSES)),
        " till Friday.",
    ]


def en_voice_note(r: random.Random) -> list[Segment]:
    card = visa(r)
    return [
        "voice message transcribed: hi this is ",
        ("PERSON", r.choice(EN_NAMES)),
        " calling about my credit card ending ... actually the full number is ",
        ("CREDIT_CARD", spoken_en(card, r)),
        " um call me back thanks",
    ]


def en_hk_mixed(r: random.Random) -> list[Segment]:
    return [
        "Hi, my name is ",
        ("PERSON", r.choice(ZH_LATIN_NAMES)),
        " (",
        ("PERSON", r.choice(["陳美玲", "梁志偉", "何婉儀"])),
        "), mobile ",
        ("PHONE_NUMBER", EN_PHONES[7](r)),
        ", want to update my address to ",
        ("ADDRESS", r.choice(EN_ADDRESSES[8:9] + ZH_ADDRESSES[5:7])),
    ]


def en_pipe_form(r: random.Random) -> list[Segment]:
    name = r.choice(EN_NAMES)
    return [
        "Name: ",
        ("PERSON", name),
        " | DOB: ",
        ("DATE_OF_BIRTH", en_dob(r)),
        " | Email: ",
        ("EMAIL_ADDRESS", en_email(name, r)),
        " | Mobile: ",
        ("PHONE_NUMBER", r.choice(EN_PHONES)(r)),
        " | IBAN: ",
        ("IBAN_CODE", iban(r)),
    ]


def en_staff_signoff_short(r: random.Random) -> list[Segment]:
    return [
        "Your replacement card has been dispatched and should arrive in 5-7 business days.\n\n"
        "Thanks & regards\n",
        ("PERSON", r.choice(EN_NAMES)),
        "\nCards Operations",
    ]


def en_initials_dob(r: random.Random) -> list[Segment]:
    return [
        "Joint account holder ",
        ("PERSON", r.choice(["A. K. Bose", "M. J. O'Brien", "S. de Souza", "P. Ó Briain"])),
        " (born ",
        ("DATE_OF_BIRTH", en_dob(r)),
        ") to be removed per court order.",
    ]


def en_cn_id_en(r: random.Random) -> list[Segment]:
    value = cn_id(r)
    return [
        "Customer is a PRC national; ID card no. ",
        ("CN_ID_CARD", f"{value[:6]} {value[6:14]} {value[14:]}"),
        ", passport pending. Name per ID: ",
        ("PERSON", r.choice(ZH_NAMES)),
    ]


EN_POSITIVE: list[Template] = [
    en_sms_au,
    en_kyc_update,
    en_crm_third_party,
    en_transcript_words,
    en_transcript_digits,
    en_ocr_form,
    en_dispute_letter,
    en_email_signature,
    en_iban_transfer,
    en_ssn_w9,
    en_ssn_spaced,
    en_fraud_report,
    en_bsb_account,
    en_india_neft,
    en_whatsapp_multi_phone,
    en_canada_transit,
    en_amex_lost,
    en_voice_note,
    en_hk_mixed,
    en_pipe_form,
    en_staff_signoff_short,
    en_initials_dob,
    en_cn_id_en,
    en_work_phone_extension,
]


def _fixed(*options: str) -> Template:
    def template(r: random.Random) -> list[Segment]:
        return [r.choice(options)]

    return template


def en_neg_hotline(r: random.Random) -> list[Segment]:
    line = r.choice(["13 22 21", "1300 655 505", "1800 425 4999", "1-800-465-2422", "6333 0000"])
    return [f"For card emergencies call our 24/7 line on {line} (free from a landline)."]


def en_neg_reference(r: random.Random) -> list[Segment]:
    return [
        f"Your complaint ref CMP-{r.randint(2024, 2026)}-{_digits(r, 6)} was closed on "
        f"{r.randint(1, 28)} {r.choice(MONTHS)}. Refund of INR {r.randint(1, 90)},{_digits(r, 3)}"
        " credited."
    ]


def en_neg_amounts(r: random.Random) -> list[Segment]:
    return [
        f"Statement: opening balance CAD {r.randint(1000, 9999)}.{_digits(r, 2)}, "
        f"interest {r.randint(1, 9)}.{_digits(r, 2)}, "
        f"closing {r.randint(1000, 9999)}.{_digits(r, 2)}."
    ]


EN_NEGATIVE: list[Template] = [
    en_neg_hotline,
    en_neg_reference,
    en_neg_amounts,
    _fixed(
        "Grace Period: repayments are due by the 15th of each month.",
        "Will the new debit card work at Woolworths straight away?",
        "Hope Street branch in Glasgow closes early on Christmas Eve.",
        "Joy Cashback now pays 2% on groceries until 30 June 2026.",
    ),
    _fixed(
        "Transfer scheduled for 03/04/2026, OTP 482913 sent - do not share it with anyone.",
        "Payment of MYR 2,450.00 to Tenaga Nasional on 12/05/2026 was successful.",
        "The Platinum Rewards card annual fee of SGD 192.60 is waived for the first year.",
    ),
    _fixed(
        "Is the Collins Street branch in Melbourne open on Saturdays?",
        "Sterling went up against the rupee today, should I wait to remit?",
        "Victoria Harbour view from the Central office is lovely, by the way.",
        "Can I use my card in Kuala Lumpur and Penang without a fee?",
    ),
    _fixed(
        "SWIFT code for the Bangalore branch is HDFCINBBXXX, and the IFSC is on the cheque.",
        "Tracking number for the card courier: AWB 7730 2215 9981.",
        "Card ending 4821 was declined at the petrol station again.",
    ),
    _fixed(
        "Agent: Thanks for holding. Customer: No worries. Agent: The term deposit matures "
        "on the 1st of July.",
        "Regards from the Wealth Management team - markets update attached.",
        "Dear Customer, your Home Loan rate changes from 6.19% to 5.94% on 1 August.",
    ),
    _fixed(
        "Amber alert? No, just the Amber account package. Ruby and Jade packages cost more.",
        "Frank feedback: the new Pay Anyone screen in the app is confusing.",
        "Victoria, Queensland and Tasmania customers get the stamp duty guide by e-mail.",
    ),
]

# ---------------------------------------------------------------- Chinese templates


def zh_wechat_voice(r: random.Random) -> list[Segment]:
    phone = "1" + r.choice("3589") + _digits(r, 9)
    return [
        "[语音转文字] 喂你好我是",
        ("PERSON", r.choice(ZH_NAMES)),
        "啊我手机号是",
        ("PHONE_NUMBER", spoken_zh(phone, r)),
        "你们那个短信我收不到",
    ]


def zh_transcript_card(r: random.Random) -> list[Segment]:
    account = unionpay(r, 19)
    return [
        "坐席：请报一下您的卡号。\n客户：",
        ("BANK_ACCOUNT", spaced_digits(account)),
        "。\n坐席：好的，再核对一下身份证号。\n客户：",
        ("CN_ID_CARD", cn_id(r)),
        "。",
    ]


def zh_kyc_form(r: random.Random) -> list[Segment]:
    return [
        "客户信息更新\n姓名：",
        ("PERSON", r.choice(ZH_NAMES)),
        "\n出生日期：",
        ("DATE_OF_BIRTH", zh_dob(r)),
        "\n住址：",
        ("ADDRESS", r.choice(ZH_ADDRESSES)),
        "\n联系电话：",
        ("PHONE_NUMBER", r.choice(ZH_PHONES)(r)),
    ]


def zh_ocr_fullwidth(r: random.Random) -> list[Segment]:
    value = cn_id(r)
    return [
        "身 份 证 号 码 ： ",
        ("CN_ID_CARD", full_width(value)),
        "   姓  名 ： ",
        ("PERSON", r.choice(ZH_NAMES)),
        "   性 别 ： 女",
    ]


def zh_id_grouped(r: random.Random) -> list[Segment]:
    value = cn_id(r)
    return [
        "开户资料：身份证 ",
        ("CN_ID_CARD", f"{value[:6]} {value[6:14]} {value[14:]}"),
        "，预留手机 ",
        ("PHONE_NUMBER", ZH_PHONES[0](r)),
        "。",
    ]


def zh_receiving_card(r: random.Random) -> list[Segment]:
    return [
        "麻烦把退款打到我的收款卡",
        ("BANK_ACCOUNT", zh_account(r)),
        "，户名",
        ("PERSON", r.choice(ZH_NAMES)),
        "，谢谢！",
    ]


def zh_credit_unionpay(r: random.Random) -> list[Segment]:
    return [
        "我的银联信用卡",
        ("CREDIT_CARD", group4(unionpay(r, 16))),
        "昨晚被盗刷了三笔，共計人民幣8,600元，请尽快冻结。",
    ]


def zh_hk_complaint(r: random.Random) -> list[Segment]:
    return [
        "致貴行客戶服務部：\n本人",
        ("PERSON", r.choice(ZH_NAMES)),
        "，信用卡號碼",
        ("CREDIT_CARD", group4(visa(r))),
        "，於上月在網上被盜用，現要求退款。\n通訊地址：",
        ("ADDRESS", r.choice(ZH_ADDRESSES[5:8])),
        "\n聯絡電話：",
        ("PHONE_NUMBER", ZH_PHONES[6](r)),
    ]


def zh_tw_form(r: random.Random) -> list[Segment]:
    return [
        "姓名：",
        ("PERSON", r.choice(ZH_NAMES)),
        "｜生日：",
        ("DATE_OF_BIRTH", f"民國{r.randint(50, 92)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"),
        "｜市話：",
        ("PHONE_NUMBER", ZH_PHONES[4](r) + f" 分機{_digits(r, 3)}"),
        "｜地址：",
        ("ADDRESS", r.choice(ZH_ADDRESSES[8:10])),
    ]


def zh_macau_sms(r: random.Random) -> list[Segment]:
    return [
        "你好，我係",
        ("PERSON", r.choice(ZH_NAMES)),
        "，新電話",
        ("PHONE_NUMBER", ZH_PHONES[5](r)),
        "，地址改為",
        ("ADDRESS", ZH_ADDRESSES[7]),
        "，唔該晒。",
    ]


def zh_crm_third_party(r: random.Random) -> list[Segment]:
    customer, other = r.sample(ZH_NAMES, 2)
    return [
        "客户经理备注：",
        ("PERSON", customer),
        "来电称其表弟",
        ("PERSON", other),
        "借用其银行卡",
        ("BANK_ACCOUNT", unionpay(r, 19)),
        "转账，已提示风险。——",
        ("PERSON", r.choice(ZH_NAMES)),
    ]


def zh_fraud_report(r: random.Random) -> list[Segment]:
    return [
        "【涉诈报案】受害人",
        ("PERSON", r.choice(ZH_NAMES)),
        "称对方自称公安，用",
        ("PHONE_NUMBER", ZH_PHONES[2](r)),
        "联系，诱导其转账至",
        ("BANK_ACCOUNT", zh_account(r)),
        "，金额5万元。",
    ]


def zh_email_signature(r: random.Random) -> list[Segment]:
    staff = r.choice(ZH_NAMES)
    return [
        "发件人：私人银行部\n主题：理财产品到期提醒\n\n您好，您持有的稳健理财将于下周到期，"
        "如需续作请回复。\n\n此致\n",
        ("PERSON", staff),
        "\n手机：",
        ("PHONE_NUMBER", ZH_PHONES[0](r)),
        "\n邮箱：",
        ("EMAIL_ADDRESS", f"{r.choice(['ouyq', 'huangjx', 'lzw88', 'tanzx'])}@privatebank.example"),
    ]


def zh_mixed_latin_name(r: random.Random) -> list[Segment]:
    return [
        "同事",
        ("PERSON", r.choice(ZH_LATIN_NAMES)),
        "说这位客户的email是",
        ("EMAIL_ADDRESS", f"{r.choice(['kelvin.lau', 'vho', 'marcus_g'])}{_digits(r, 2)}@qq.com"),
        "，下午会跟进。",
    ]


def zh_uyghur_dob(r: random.Random) -> list[Segment]:
    return [
        "客户",
        ("PERSON", r.choice(ZH_NAMES[:3])),
        "，生于",
        ("DATE_OF_BIRTH", zh_dob(r)),
        "，现住",
        ("ADDRESS", ZH_ADDRESSES[3]),
        "，申请开立一类账户。",
    ]


def zh_spoken_id(r: random.Random) -> list[Segment]:
    value = cn_id(r)
    body = "".join(ZH_DIGITS[int(c)] for c in value[:17])
    last = "叉" if value[17] == "X" else ZH_DIGITS[int(value[17])]
    return [
        "客户：我身份证是",
        ("CN_ID_CARD", body + last),
        "，你记一下。",
    ]


def zh_iban_remit(r: random.Random) -> list[Segment]:
    return [
        "我要汇款到欧洲，收款人",
        ("PERSON", r.choice(["Jean-Luc Tremblay", "Zoë Papadopoulos", "Ines da Silva"])),
        "，IBAN：",
        ("IBAN_CODE", iban(r)),
        "，金额两千欧元。",
    ]


def zh_sg_chinese(r: random.Random) -> list[Segment]:
    return [
        "您好，我是新加坡的客户",
        ("PERSON", r.choice(ZH_NAMES)),
        "，手机",
        ("PHONE_NUMBER", ZH_PHONES[7](r)),
        "，地址是",
        ("ADDRESS", EN_ADDRESSES[7]),
        "。",
    ]


def zh_multi_phone(r: random.Random) -> list[Segment]:
    return [
        "紧急联系人",
        ("PERSON", r.choice(ZH_NAMES)),
        "，电话",
        ("PHONE_NUMBER", ZH_PHONES[1](r)),
        "，备用",
        ("PHONE_NUMBER", ZH_PHONES[3](r)),
        "。",
    ]


def zh_ssn_us(r: random.Random) -> list[Segment]:
    return [
        "美国税务身份声明：SSN ",
        ("US_SSN", ssn(r)),
        "，本人",
        ("PERSON", r.choice(ZH_NAMES)),
        "确认以上信息属实。",
    ]


def zh_dob_fullwidth_sms(r: random.Random) -> list[Segment]:
    return [
        "我生日係",
        ("DATE_OF_BIRTH", zh_dob(r)),
        "，唔係你哋系統入嗰個，麻煩改返。",
    ]


def zh_work_phone(r: random.Random) -> list[Segment]:
    return [
        "白天打我单位电话",
        ("PHONE_NUMBER", f"0755-8{_digits(r, 7)}{r.choice(['转', ' 转 ', '-'])}{_digits(r, 3)}"),
        "找我就行，我叫",
        ("PERSON", r.choice(ZH_NAMES)),
        "。",
    ]


def zh_signoff_dash(r: random.Random) -> list[Segment]:
    return [
        "已为您办理挂失，新卡将在七个工作日内寄出。\n—— ",
        ("PERSON", r.choice(ZH_NAMES)),
        "（信用卡中心）",
    ]


ZH_POSITIVE: list[Template] = [
    zh_wechat_voice,
    zh_transcript_card,
    zh_kyc_form,
    zh_ocr_fullwidth,
    zh_id_grouped,
    zh_receiving_card,
    zh_credit_unionpay,
    zh_hk_complaint,
    zh_tw_form,
    zh_macau_sms,
    zh_crm_third_party,
    zh_fraud_report,
    zh_email_signature,
    zh_mixed_latin_name,
    zh_uyghur_dob,
    zh_spoken_id,
    zh_iban_remit,
    zh_sg_chinese,
    zh_multi_phone,
    zh_ssn_us,
    zh_dob_fullwidth_sms,
    zh_signoff_dash,
    zh_work_phone,
]


def zh_neg_hotline(r: random.Random) -> list[Segment]:
    line = r.choice(["95588", "95533", "400-820-8888", "(852) 2233 3000", "0800-017-171", "28333"])
    return [f"如有疑问请致电客服热线{line}，我们将竭诚为您服务。"]


def zh_neg_amount(r: random.Random) -> list[Segment]:
    return [
        f"您尾号{_digits(r, 4)}的账户{r.randint(1, 12)}月{r.randint(1, 28)}日支出"
        f"人民币{r.randint(100, 99999)}.{_digits(r, 2)}元，"
        f"余额{r.randint(100, 99999)}.{_digits(r, 2)}元。"
    ]


def zh_neg_reference(r: random.Random) -> list[Segment]:
    return [
        f"您的投诉工单号 TS{r.randint(2024, 2026)}{_digits(r, 8)} 已受理，预计3个工作日内回复。"
    ]


ZH_NEGATIVE: list[Template] = [
    zh_neg_hotline,
    zh_neg_amount,
    zh_neg_reference,
    _fixed(
        "谢谢你们上次帮忙，房东已经收到租金了。",
        "老板说下个月发工资，到时候再还款可以吗？",
        "师傅说ATM机明天才能修好。",
        "麻烦问一下，房贷利率下调了吗？",
    ),
    _fixed(
        "王府井支行周六营业吗？",
        "中環分行搬到德輔道中了嗎？",
        "請問信義區有沒有外幣提款機？",
        "澳門新馬路分行幾點開門？",
    ),
    _fixed(
        "白金卡年费多少？招财宝和朝朝宝有什么区别？",
        "我想把定期存款提前支取，利息怎么算？",
        "外汇牌价今天美元是多少？",
    ),
    _fixed(
        "还款日是每月25日，3月25日之前还清就不算逾期。",
        "我2026年1月8日在深圳分行办的卡，现在还没激活。",
        "下次交易日是２０２６年４月１日。",
    ),
    _fixed(
        "高兴地通知您，您已获得新春积分翻倍礼遇。",
        "文明用卡，安全支付，请勿将验证码告知他人。",
        "和平路营业厅的理财经理今天不在。",
    ),
    _fixed(
        "Hi 我想问下 Premier 账户的月费 waive 条件是什么？",
        "请问 Visa 和 Mastercard 在香港哪个汇率好？",
        "我在 Kowloon Bay 那间 branch 开户可以吗？",
    ),
]

# ---------------------------------------------------------------- generation


def render(segments: list[Segment]) -> tuple[str, list[dict[str, object]]]:
    """Join segments into a text; labelled segments become spans over exactly their value."""
    parts: list[str] = []
    spans: list[dict[str, object]] = []
    offset = 0
    for segment in segments:
        if isinstance(segment, tuple):
            label, value = segment
            spans.append({"start": offset, "end": offset + len(value), "label": label})
            parts.append(value)
            offset += len(value)
        else:
            parts.append(segment)
            offset += len(segment)
    return "".join(parts), spans


def generate_segments(n: int = 600, seed: int = 4418) -> list[tuple[str, str, list[Segment]]]:
    """(id, lang, segments) per message, before rendering; ``generate`` renders these."""
    rng = random.Random(seed)
    messages: list[tuple[str, str, list[Segment]]] = []
    for index in range(n):
        lang = "en" if index % 2 == 0 else "zh"
        positive, negative = (
            (EN_POSITIVE, EN_NEGATIVE) if lang == "en" else (ZH_POSITIVE, ZH_NEGATIVE)
        )
        # Three of every ten messages of a language are PII-free: exactly 30% at n = 600.
        pool = negative if (index // 2) % 10 < 3 else positive
        template = pool[(index // 2 * 7 + rng.randrange(len(pool))) % len(pool)]
        messages.append((f"h4-{lang}-{index:04d}", lang, template(rng)))
    return messages


def generate(n: int = 600, seed: int = 4418) -> list[dict[str, object]]:
    """``n`` messages, half English and half Chinese, 30% PII-free in each language."""
    rows: list[dict[str, object]] = []
    for message_id, lang, segments in generate_segments(n, seed):
        text, spans = render(segments)
        rows.append({"id": message_id, "text": text, "lang": lang, "spans": spans})
    return rows
