"""Independent bilingual PII set v3 (issue 18): bank messages in English and Chinese.

Authoring rule: written blind. The author did not open the PII engine (``steward/data/pii``,
``steward/resources/pii``), the dev sets (``benchmarks/pii_dev``, ``tests/data/pii``) or the
earlier independent sets (``benchmarks/pii_heldout``, ``benchmarks/pii_heldout2``) or their
results; every template, name, address and wording here comes from how bank customers and staff
write in English (UK, US, HK, SG, AU, IN) and Chinese (mainland, HK, TW). The set is measured,
never tuned on: no rule, lexicon or threshold may be changed after looking at its misses.

Row: ``{"id", "text", "lang", "spans": [{"start", "end", "label"}]}``; ``id`` is
``h3-<lang>-<index>-<template>``. Labels (exact strings): PERSON, PHONE_NUMBER, EMAIL_ADDRESS,
ADDRESS, CREDIT_CARD, BANK_ACCOUNT, IBAN_CODE, US_SSN, CN_ID_CARD, DATE_OF_BIRTH.

Span conventions:
- value only, no cue words (``Tel:``, ``卡号``, ``DOB``) and no surrounding punctuation;
- a number read aloud (``seven seven oh ...``, ``一三九零...``, ``1 3 8 0 ...``) or written in
  groups or full-width digits is one span from its first digit to its last;
- a phone's extension is part of it (``... ext. 4471``, ``... 转806``);
- an address runs from its first written part (house or block number in English; province or
  city in Chinese) to its last (postcode in English, or flat / room / floor);
- a UK sort code, US routing number or Indian IFSC identifies a branch, not a person: only the
  account number is BANK_ACCOUNT;
- a UnionPay 62... debit card that a customer calls 卡号 / 收款卡 / 银行卡 is BANK_ACCOUNT unless
  a credit-card cue (信用卡, credit card) is near, then CREDIT_CARD;
- bank and company hotlines (95588, 400..., 0345..., 1-800..., a bank's HK line) are NOT
  personal: no span; a bank's own e-mail address is not labelled either;
- names of staff in sign-offs and greetings ARE PERSON, as are third parties (relatives,
  fraudsters' claimed names); a single given name used as a person's name is PERSON;
- dates that are not birthdays (transactions, letters, travel) get no span.

About 30% of the messages per language are PII-free hard negatives: hotlines, amounts, reference
and case numbers, non-birthday dates, words that look like names, place, bank, branch and product
names, capitalised words at sentence start. Checksums are valid (Luhn for cards and UnionPay
debit cards, ISO 7064 MOD 11-2 for CN ID, mod-97 for IBAN); SSNs avoid the never-issued areas.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Piece = str | tuple[str, str]
Template = Callable[[random.Random], list[Piece]]

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
NEGATIVE_SHARE = 0.3

# --- checksums -------------------------------------------------------------------------------


def luhn_check_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled positions, counted from the check digit's left neighbour
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return len(number) > 1 and luhn_check_digit(number[:-1]) == number[-1]


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_ID_CHECK = "10X98765432"


def cn_id_check_char(first17: str) -> str:
    return CN_ID_CHECK[sum(int(c) * w for c, w in zip(first17, CN_ID_WEIGHTS, strict=True)) % 11]


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    as_number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - as_number % 97:02d}"


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "")
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


# --- value makers ----------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _group(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return sep.join(p for p in out if p)


EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ZH_SPOKEN = "零一二三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def spoken_en(number: str, r: random.Random) -> str:
    """Digits read aloud the British way: 'oh' for zero sometimes, 'double' for a pair."""
    words: list[str] = []
    i = 0
    while i < len(number):
        d = number[i]
        word = "oh" if d == "0" and r.random() < 0.5 else EN_WORDS[int(d)]
        if i + 1 < len(number) and number[i + 1] == d and r.random() < 0.5:
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)


def spoken_zh(number: str, r: random.Random) -> str:
    # Call-centre staff say 幺 for 1 so it is not misheard as 7.
    yao = r.random() < 0.4
    return "".join("幺" if yao and d == "1" else ZH_SPOKEN[int(d)] for d in number)


def digit_by_digit(number: str) -> str:
    return " ".join(number)


EN_MALE_FIRST = (
    "Oliver", "Rahul", "Declan", "Marcus", "Kwame", "Tomasz", "Liam", "Ethan", "Connor",
    "Darren", "Mitchell", "Rohan", "Callum", "Gareth", "Hamish", "Jayden", "Nathaniel",
)  # fmt: skip
EN_FEMALE_FIRST = (
    "Amelia", "Priya", "Siobhan", "Aaliyah", "Chloe", "Hannah", "Aisha", "Kavitha", "Ananya",
    "Sophie", "Farah", "Bronwyn", "Jasmine", "Imogen", "Niamh", "Zara", "Eleanor", "Mia",
)  # fmt: skip
EN_FIRST = EN_MALE_FIRST + EN_FEMALE_FIRST
EN_LAST = (
    "Thompson", "Okafor", "Patel", "Fitzgerald", "MacLeod", "Krishnan", "Iyer", "Kowalski",
    "Brennan", "O'Connor", "Harrington", "Sharma", "Reddy", "Walsh", "Whitaker", "Delaney",
    "Achebe", "Mensah", "Ramirez", "Novak", "Henderson", "Pillai", "Sutherland", "Greaves",
    "Abernathy", "Kaur", "Gallagher", "Osei", "Lindqvist", "Morrison", "Castillo", "Donnelly",
)  # fmt: skip
ASIAN_FIRST = (
    "Wei Ming", "Mei Ling", "Jun Jie", "Hui Min", "Kar Wai", "Siu Fong", "Wing Yan", "Chee Keong",
    "Kevin", "Cindy", "Vincent", "Gigi", "Alvin", "Jacqueline", "Winnie", "Raymond",
)  # fmt: skip
ASIAN_LAST = (
    "Chan", "Wong", "Tan", "Lim", "Lau", "Cheung", "Ng", "Goh", "Leung", "Teo", "Koh", "Yip",
    "Tsang", "Ong", "Chua", "Kwok",
)  # fmt: skip
INDIAN_FIRST = ("Aarav", "Sneha", "Vikram", "Deepika", "Arjun", "Lakshmi", "Siddharth", "Meera")
INDIAN_LAST = ("Menon", "Venkataraman", "Chatterjee", "Bhattacharya", "Nair", "Gupta", "Rao")

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
    "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
)
ZH_MALE_GIVEN = (
    "伟", "建国", "志强", "海涛", "子轩", "国华", "明", "文博", "宏宇", "立新", "思远", "浩然",
    "俊杰", "永强", "德明", "一鸣", "家乐", "振华", "鹏", "天佑",
)  # fmt: skip
ZH_FEMALE_GIVEN = (
    "秀英", "晓燕", "丽娟", "雨桐", "欣怡", "婷婷", "静", "佳琪", "淑华", "晨曦", "红梅", "梦瑶",
    "慧敏", "玉兰", "诗涵", "晓雯", "春燕", "雪", "美华", "若曦",
)  # fmt: skip
ZH_GIVEN = ZH_MALE_GIVEN + ZH_FEMALE_GIVEN
TRAD_SURNAMES = "陳張黃劉鄭謝林吳蔡楊許趙葉李王周徐何郭梁羅"
TRAD_GIVEN = (
    "志明", "美玲", "家豪", "淑芬", "俊傑", "詠琪", "嘉欣", "建華", "雅婷", "冠宇", "凱文", "嘉慧",
    "偉強", "曉彤", "志偉", "佩珊", "國雄", "宛儀",
)  # fmt: skip


def en_name(r: random.Random, first: tuple[str, ...] = EN_FIRST) -> str:
    return f"{r.choice(first)} {r.choice(EN_LAST)}"


def asian_en_name(r: random.Random) -> str:
    first, last = r.choice(ASIAN_FIRST), r.choice(ASIAN_LAST)
    # Singapore and Hong Kong customers often put the family name first.
    return f"{last} {first}" if " " in first and r.random() < 0.5 else f"{first} {last}"


def indian_name(r: random.Random) -> str:
    return f"{r.choice(INDIAN_FIRST)} {r.choice(INDIAN_LAST)}"


def any_en_name(r: random.Random) -> str:
    return r.choice((en_name, en_name, asian_en_name, indian_name))(r)


def zh_name(r: random.Random, given: tuple[str, ...] = ZH_GIVEN) -> str:
    return r.choice(ZH_SURNAMES) + r.choice(given)


def trad_name(r: random.Random) -> str:
    return r.choice(TRAD_SURNAMES) + r.choice(TRAD_GIVEN)


def email_for(name: str, r: random.Random) -> str:
    parts = [p.lower().replace("'", "") for p in name.split()]
    local = r.choice(
        (
            ".".join(parts),
            parts[0][0] + parts[-1] + _digits(r, 2),
            "_".join(parts) + _digits(r, 1),
            parts[-1] + "." + parts[0][0],
        )
    )
    domain = r.choice(
        ("gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com")
    )
    return f"{local}@{domain}"


def zh_email(r: random.Random) -> str:
    local = r.choice(("zhang", "liwei", "chenjing", "wangfang", "hy", "xiaomei", "kk"))
    domain = r.choice(("qq.com", "163.com", "126.com", "sina.com", "foxmail.com"))
    return f"{local}{_digits(r, r.choice((2, 4, 6)))}@{domain}"


def uk_mobile(r: random.Random) -> str:
    number = "07" + r.choice("3456789") + _digits(r, 8)
    style = r.randrange(3)
    if style == 0:
        return f"{number[:5]} {number[5:]}"
    if style == 1:
        return f"+44 {number[1:5]} {number[5:]}"
    return number


def uk_landline(r: random.Random) -> str:
    area = r.choice(("020", "0161", "0131", "0113", "0117", "029"))
    if area == "020":
        return f"{area} {r.choice('378')}{_digits(r, 3)} {_digits(r, 4)}"
    return f"{area} {_digits(r, 3)} {_digits(r, 4)}"


def us_phone(r: random.Random) -> str:
    area = r.choice(("212", "415", "312", "617", "713", "206", "404", "503"))
    exch = str(r.randint(2, 9)) + _digits(r, 2)
    line = _digits(r, 4)
    return r.choice(
        (f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"+1 {area} {exch} {line}")
    )


def hk_phone(r: random.Random) -> str:
    number = r.choice("5679") + _digits(r, 7)
    return r.choice((f"+852 {number[:4]} {number[4:]}", f"{number[:4]} {number[4:]}", number))


def sg_phone(r: random.Random) -> str:
    number = r.choice("89") + _digits(r, 7)
    return r.choice((f"+65 {number[:4]} {number[4:]}", f"{number[:4]} {number[4:]}"))


def au_phone(r: random.Random) -> str:
    number = "04" + _digits(r, 8)
    return r.choice(
        (
            f"{number[:4]} {number[4:7]} {number[7:]}",
            f"+61 4{number[2:4]} {number[4:7]} {number[7:]}",
        )
    )


def in_phone(r: random.Random) -> str:
    number = r.choice("6789") + _digits(r, 9)
    return r.choice((f"+91 {number[:5]} {number[5:]}", f"{number[:5]}-{number[5:]}", number))


def en_phone(r: random.Random) -> str:
    return r.choice((uk_mobile, uk_landline, us_phone, hk_phone, sg_phone, au_phone, in_phone))(r)


CN_MOBILE_PREFIXES = ("138", "139", "136", "150", "151", "158", "186", "188", "177", "199", "135")


def cn_mobile_digits(r: random.Random) -> str:
    return r.choice(CN_MOBILE_PREFIXES) + _digits(r, 8)


def cn_mobile(r: random.Random) -> str:
    number = cn_mobile_digits(r)
    style = r.randrange(5)
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if style == 2:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 3:
        return f"+86 {number}"
    return number.translate(FULL_WIDTH)


def cn_landline(r: random.Random) -> str:
    area = r.choice(("021", "010", "0755", "020", "0571", "028"))
    local = str(r.randint(2, 8)) + _digits(r, 7)
    return f"{area}-{local[:4]} {local[4:]}"


def tw_mobile(r: random.Random) -> str:
    number = "09" + _digits(r, 8)
    return r.choice((f"{number[:4]}-{number[4:7]}-{number[7:]}", number))


def _luhn_number(r: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(r, length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def credit_card_digits(r: random.Random) -> str:
    kind = r.randrange(4)
    if kind == 0:
        return _luhn_number(r, "4" + _digits(r, 1), 16)
    if kind == 1:
        return _luhn_number(r, "5" + r.choice("12345"), 16)
    if kind == 2:
        return _luhn_number(r, "3" + r.choice("47"), 15)
    return _luhn_number(r, "2" + r.choice(("221", "720", "500")), 16)


def format_card(number: str, r: random.Random) -> str:
    if len(number) == 15:  # Amex is written 4-6-5
        return r.choice((_group(number, (4, 6, 5)), number))
    return r.choice((_group(number, (4, 4, 4, 4)), _group(number, (4, 4, 4, 4), "-"), number))


def unionpay_digits(r: random.Random) -> str:
    return _luhn_number(
        r, "62" + r.choice(("2202", "2848", "1700", "1483", "2588", "1226")), r.choice((16, 19))
    )


def format_unionpay(number: str, r: random.Random) -> str:
    style = r.randrange(3)
    if style == 0:
        return _group(number, (4, 4, 4, 4, 3))
    if style == 1:
        return number.translate(FULL_WIDTH)
    return number


def us_ssn_digits(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def cn_id(r: random.Random, birth: tuple[int, int, int] | None = None) -> str:
    region = r.choice(("110105", "310115", "440305", "330106", "510107", "420106", "320102"))
    y, m, d = birth or (r.randint(1955, 2004), r.randint(1, 12), r.randint(1, 28))
    first17 = f"{region}{y:04d}{m:02d}{d:02d}{_digits(r, 3)}"
    return first17 + cn_id_check_char(first17)


def format_cn_id(number: str, r: random.Random) -> str:
    style = r.randrange(4)
    if style == 0:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    if style == 1:
        return number.translate(FULL_WIDTH)
    return number


def iban(r: random.Random) -> str:
    country = r.choice(("GB", "DE", "NL", "IE"))
    if country == "GB":
        bban = r.choice(("NWBK", "BARC", "HBUK", "LOYD")) + _digits(r, 14)
    elif country == "IE":
        bban = r.choice(("AIBK", "BOFI")) + _digits(r, 14)
    elif country == "NL":
        bban = r.choice(("ABNA", "INGB", "RABO")) + _digits(r, 10)
    else:
        bban = _digits(r, 18)
    compact = country + iban_check_digits(country, bban) + bban
    return r.choice((_group(compact, (4,) * 8), compact))


def birth_date(
    r: random.Random, first_year: int = 1948, last_year: int = 2005
) -> tuple[int, int, int]:
    return r.randint(first_year, last_year), r.randint(1, 12), r.randint(1, 28)


MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def en_dob(r: random.Random, us: bool = False, birth: tuple[int, int, int] | None = None) -> str:
    y, m, d = birth or birth_date(r)
    style = r.randrange(5)
    if style == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if style == 1:
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == 2:
        return f"{MONTHS[m - 1][:3]} {d}, {y}"
    if style == 3:
        return f"{y}-{m:02d}-{d:02d}"
    suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix} of {MONTHS[m - 1]} {y}"


def zh_dob(r: random.Random, birth: tuple[int, int, int] | None = None) -> str:
    y, m, d = birth or birth_date(r)
    style = r.randrange(4)
    if style == 0:
        return f"{y}年{m}月{d}日"
    if style == 1:
        return f"{y}-{m:02d}-{d:02d}"
    if style == 2:
        return f"{y}年{m}月{d}日".translate(FULL_WIDTH)
    return f"{y}.{m}.{d}"


def uk_address(r: random.Random) -> str:
    street = r.choice(
        ("Chapel Road", "Westfield Avenue", "Harcourt Street", "Bramley Close", "Marsh Lane")
    )
    town, postcode = r.choice(
        (("Leeds", "LS6 2AB"), ("Bristol", "BS7 8QT"), ("Manchester", "M20 4RN"),
         ("Glasgow", "G12 9LD"), ("Cardiff", "CF24 3HX"))
    )  # fmt: skip
    return f"{r.randint(2, 240)} {street}, {town} {postcode}"


def us_address(r: random.Random) -> str:
    street = r.choice(
        ("Maple Avenue", "Elm Street", "W 84th St", "Lakeshore Drive", "Oak Ridge Rd")
    )
    city = r.choice(
        ("Columbus, OH 43215", "Austin, TX 78704", "Brooklyn, NY 11215", "Portland, OR 97214")
    )
    unit = r.choice(("", f" Apt {r.randint(1, 20)}{r.choice('ABCD')},"))
    return f"{r.randint(10, 9800)} {street}{unit or ','} {city}"


def hk_address_en(r: random.Random) -> str:
    street = r.choice(("Nathan Road", "Hennessy Road", "Sai Yeung Choi Street"))
    return (
        f"{r.randint(1, 300)} {street}, "
        f"{r.choice(('Mong Kok', 'Wan Chai', 'Tsim Sha Tsui'))}, Flat {r.choice('ABCDEFG')}, "
        f"{r.randint(2, 40)}/F"
    )


def sg_address(r: random.Random) -> str:
    street = r.choice(("Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52"))
    return (
        f"Blk {r.randint(100, 899)} {street} "
        f"#{r.randint(2, 25):02d}-{r.randint(10, 399)} Singapore {r.randint(310000, 829999)}"
    )


def au_address(r: random.Random) -> str:
    street = r.choice(("Wattle Street", "Beach Road", "Bourke St", "Gympie Rd"))
    return (
        f"{r.randint(1, 180)} {street}, "
        f"{r.choice(('Parramatta NSW 2150', 'St Kilda VIC 3182', 'Chermside QLD 4032'))}"
    )


def en_address(r: random.Random) -> str:
    return r.choice((uk_address, us_address, hk_address_en, sg_address, au_address))(r)


def zh_address(r: random.Random) -> str:
    city, district, road = r.choice(
        (
            ("上海市", "浦东新区", "张杨路"),
            ("北京市", "朝阳区", "建国路"),
            ("广东省深圳市", "南山区", "科技园南路"),
            ("浙江省杭州市", "西湖区", "文三路"),
            ("四川省成都市", "武侯区", "人民南路四段"),
            ("江苏省南京市", "鼓楼区", "中山北路"),
        )
    )
    building = r.choice(
        ("", f"{r.randint(1, 12)}号楼", f"{r.choice('ABC')}座", f"{r.randint(1, 9)}栋")
    )
    room = r.choice(
        (
            f"{r.randint(2, 30)}{r.randint(1, 9):02d}室",
            f"{r.randint(1, 6)}单元{r.randint(101, 2208)}",
        )
    )
    return f"{city}{district}{road}{r.randint(1, 1500)}号{building}{room}"


def hk_address_zh(r: random.Random) -> str:
    return (
        f"{r.choice(('香港九龍旺角', '香港灣仔', '新界沙田', '九龍觀塘'))}"
        f"{r.choice(('彌敦道', '軒尼詩道', '沙田正街', '開源道'))}{r.randint(1, 700)}號"
        f"{r.choice(('康華大廈', '富豪花園', '新城市廣場'))}"
        f"{r.randint(2, 38)}樓{r.choice('ABCDEFGH')}室"
    )


def tw_address(r: random.Random) -> str:
    return (
        f"{r.choice(('臺北市大安區', '新北市板橋區', '臺中市西屯區', '高雄市苓雅區'))}"
        f"{r.choice(('忠孝東路四段', '文化路一段', '臺灣大道三段', '四維三路'))}"
        f"{r.randint(1, 400)}號"
        f"{r.randint(2, 20)}樓{r.choice(('', '之1', '之3'))}"
    )


def minguo_dob(r: random.Random) -> str:
    y, m, d = birth_date(r)
    return r.choice((f"民國{y - 1911}年{m}月{d}日", f"{y - 1911}/{m:02d}/{d:02d}"))


ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
)  # fmt: skip
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip


def _two_digits_en(n: int) -> str:
    if n < 10:
        return f"oh {EN_WORDS[n]}"
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + (f"-{EN_WORDS[n % 10]}" if n % 10 else "")


def spoken_dob_en(r: random.Random) -> str:
    """A birthday said aloud: 'the twelfth of March, nineteen eighty-four'."""
    y, m, d = birth_date(r, 1950, 1999)
    return f"{ORDINALS[d - 1]} of {MONTHS[m - 1]}, nineteen {_two_digits_en(y % 100)}"


def spoken_dob_zh(r: random.Random) -> str:
    y, m, d = birth_date(r, 1950, 2004)

    def number(n: int) -> str:  # 1-31 the way dates are said: 十二, 二十三
        tens, units = divmod(n, 10)
        return (
            (ZH_SPOKEN[tens] if tens > 1 else "")
            + ("十" if tens else "")
            + (ZH_SPOKEN[units] if units else "")
        )

    year = "".join(ZH_SPOKEN[int(c)] for c in str(y))
    return f"{year}年{number(m)}月{number(d)}{r.choice('号日')}"


# --- English templates -------------------------------------------------------------------------

BANKS_EN = ("Northbridge Bank", "Harbourline Bank", "Meridian Savings", "Crestway Bank")


def en_chat_callback(r: random.Random) -> list[Piece]:
    return [
        "hi, it's ",
        (en_name(r), "PERSON"),
        " - can someone ring me back on ",
        (uk_mobile(r), "PHONE_NUMBER"),
        " after 5? cheers",
    ]


def en_email_signature(r: random.Random) -> list[Piece]:
    name = any_en_name(r)
    card = format_card(credit_card_digits(r), r)
    return [
        "From: ",
        (email_for(name, r), "EMAIL_ADDRESS"),
        "\nTo: Card Services\n"
        "Subject: Card declined at checkout\n\nHello,\n\nMy card was declined twice yesterday "
        "at an online shop even though I have plenty of credit. The number is ",
        (card, "CREDIT_CARD"),
        ". Could you check whether there is a block on it?\n\nBest regards,\n",
        (name, "PERSON"),
        "\nMobile: ",
        (en_phone(r), "PHONE_NUMBER"),
    ]


def en_transcript_card_digits(r: random.Random) -> list[Piece]:
    staff = r.choice(EN_FIRST)
    name = en_name(r)
    card = credit_card_digits(r)
    return [
        f"Agent: Thank you for calling {r.choice(BANKS_EN)}, you're speaking to ",
        (staff, "PERSON"),
        ". Can I take your full name please?\nCaller: Yeah it's ",
        (name, "PERSON"),
        ".\nAgent: Thanks. And the long number across the front of the card?\nCaller: Right, ",
        (digit_by_digit(card), "CREDIT_CARD"),
        ".\nAgent: Lovely, bear with me.",
    ]


def en_transcript_phone_words(r: random.Random) -> list[Piece]:
    number = "07" + r.choice("3456789") + _digits(r, 8)
    return [
        "Agent: What's the best number to reach you on?\nCaller: My mobile, that's ",
        (spoken_en(number, r), "PHONE_NUMBER"),
        ".\nAgent: And is that the same number we hold on file?\nCaller: Should be, yeah.",
    ]


def en_web_form(r: random.Random) -> list[Piece]:
    name = any_en_name(r)
    return [
        "Name: ",
        (name, "PERSON"),
        " | DOB: ",
        (en_dob(r), "DATE_OF_BIRTH"),
        " | Email: ",
        (email_for(name, r), "EMAIL_ADDRESS"),
        " | Mobile: ",
        (en_phone(r), "PHONE_NUMBER"),
        " | Address: ",
        (en_address(r), "ADDRESS"),
        " | Product: Everyday Current Account",
    ]


def en_complaint_letter(r: random.Random) -> list[Piece]:
    name = en_name(r)
    return [
        "Dear Sir or Madam,\n\nI am writing to complain about the way my account was closed "
        "without notice. The account number is ",
        (_digits(r, 8), "BANK_ACCOUNT"),
        f" (sort code {_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}) and I have banked with you "
        "for eleven years. Please reply in writing to ",
        (uk_address(r), "ADDRESS"),
        ".\n\nYours faithfully,\n\n",
        (name, "PERSON"),
    ]


def en_fraud_report(r: random.Random) -> list[Piece]:
    return [
        f"FRAUD REPORT FR-{_digits(r, 6)}\nCustomer: ",
        (en_name(r), "PERSON"),
        "\nSSN: ",
        (_group(us_ssn_digits(r), (3, 2, 4), "-"), "US_SSN"),
        "\nDOB: ",
        (en_dob(r, us=True), "DATE_OF_BIRTH"),
        "\nDetails: three charges she does not recognise on card ",
        (format_card(credit_card_digits(r), r), "CREDIT_CARD"),
        ", all at petrol stations in another state.\nCallback: ",
        (us_phone(r), "PHONE_NUMBER"),
    ]


def en_staff_note_third_party(r: random.Random) -> list[Piece]:
    return [
        "Case note: customer rang on behalf of her elderly father, ",
        (en_name(r, EN_MALE_FIRST), "PERSON"),
        ", who has moved to ",
        (en_address(r), "ADDRESS"),
        ". Father's date of birth ",
        (en_dob(r, birth=birth_date(r, 1931, 1950)), "DATE_OF_BIRTH"),
        " confirmed against records. POA to follow by post. - ",
        (r.choice(EN_FIRST), "PERSON"),
    ]


def en_iban_refund(r: random.Random) -> list[Piece]:
    return [
        "Please send the refund to my IBAN ",
        (iban(r), "IBAN_CODE"),
        ", account holder ",
        (en_name(r), "PERSON"),
        ". I'm living in Dublin now so the old UK account is closed.",
    ]


def en_hk_chat(r: random.Random) -> list[Piece]:
    return [
        "Hi, I'm ",
        (asian_en_name(r), "PERSON"),
        ". Pls update my contact no. to ",
        (hk_phone(r), "PHONE_NUMBER"),
        " and mailing address to ",
        (hk_address_en(r), "ADDRESS"),
        ". Thx a lot!",
    ]


def en_sg_email(r: random.Random) -> list[Piece]:
    name = asian_en_name(r)
    return [
        "Dear Team,\n\nKindly update my residential address to ",
        (sg_address(r), "ADDRESS"),
        " with effect from next month. My HP is ",
        (sg_phone(r), "PHONE_NUMBER"),
        ".\n\nThank you.\n\nRegards,\n",
        (name, "PERSON"),
    ]


def en_au_chat(r: random.Random) -> list[Piece]:
    return [
        "g'day, ",
        (en_name(r), "PERSON"),
        " here. new address is ",
        (au_address(r), "ADDRESS"),
        ", mob ",
        (au_phone(r), "PHONE_NUMBER"),
        ". ta",
    ]


def en_india_form(r: random.Random) -> list[Piece]:
    return [
        "Full Name: ",
        (indian_name(r), "PERSON"),
        "\nDate of Birth: ",
        (en_dob(r), "DATE_OF_BIRTH"),
        "\nMobile No.: ",
        (in_phone(r), "PHONE_NUMBER"),
        "\nSavings A/c No.: ",
        (_digits(r, r.choice((11, 12, 14))), "BANK_ACCOUNT"),
        f"\nIFSC: {r.choice(('HDFC', 'ICIC', 'SBIN'))}000{_digits(r, 4)}\nBranch: Koramangala",
    ]


def en_several_phones(r: random.Random) -> list[Piece]:
    return [
        "You can get me on ",
        (en_phone(r), "PHONE_NUMBER"),
        " during the day or ",
        (en_phone(r), "PHONE_NUMBER"),
        " in the evening. If I don't pick up, my husband ",
        (en_name(r, EN_MALE_FIRST), "PERSON"),
        " is on ",
        (en_phone(r), "PHONE_NUMBER"),
        ".",
    ]


def en_phone_extension(r: random.Random) -> list[Piece]:
    phone = r.choice((us_phone(r), uk_landline(r)))
    ext = r.choice((f" ext. {_digits(r, 4)}", f" x{_digits(r, 3)}", f" extension {_digits(r, 3)}"))
    return [
        "Best to call my office line ",
        (phone + ext, "PHONE_NUMBER"),
        " and ask for ",
        (en_name(r), "PERSON"),
        " - I'm away from my desk a lot.",
    ]


def en_name_cue(r: random.Random) -> list[Piece]:
    return [
        "Name's ",
        (en_name(r), "PERSON"),
        ", I'm trying to find out why a standing order to my landlord didn't go out on the first.",
    ]


def en_ssn_spoken(r: random.Random) -> list[Piece]:
    ssn = us_ssn_digits(r)
    spoken = ", ".join(
        " ".join(EN_WORDS[int(d)] for d in part) for part in (ssn[:3], ssn[3:5], ssn[5:])
    )
    return [
        "Agent: For security, can you give me your social?\nCaller: Sure, it's ",
        (spoken, "US_SSN"),
        ".\nAgent: Thank you, ",
        (r.choice(EN_FIRST), "PERSON"),
        ", you're verified.",
    ]


def en_dob_complaint(r: random.Random) -> list[Piece]:
    return [
        "I was born on ",
        (en_dob(r), "DATE_OF_BIRTH"),
        " and your app keeps telling me I'm under 18 so I can't open the savings pot?? please fix",
    ]


def en_dash_signoff(r: random.Random) -> list[Piece]:
    return [
        "Thanks for sorting the chargeback so quickly, really appreciated.\n\n-- ",
        (en_name(r), "PERSON"),
        "\nSent from my iPhone",
    ]


def en_atm_card(r: random.Random) -> list[Piece]:
    return [
        "my card ",
        (format_card(credit_card_digits(r), r), "CREDIT_CARD"),
        " got swallowed by the atm outside Tesco. pls block it asap. ",
        (r.choice(EN_FIRST), "PERSON"),
    ]


def en_staff_signoff(r: random.Random) -> list[Piece]:
    return [
        "Dear ",
        (en_name(r), "PERSON"),
        ",\n\nThank you for your patience. The disputed amount "
        "of £72.40 has been credited back to your account today.\n\nKind regards,\n",
        (en_name(r), "PERSON"),
        f"\nCustomer Care Team, {r.choice(BANKS_EN)}",
    ]


def en_us_account_email(r: random.Random) -> list[Piece]:
    name = en_name(r)
    return [
        "Hi,\n\nPlease set up the direct deposit to checking account ",
        (_digits(r, r.choice((10, 12))), "BANK_ACCOUNT"),
        f", routing 0{_digits(r, 8)}. My employer needs it by Friday.\n\nThanks,\n",
        (name, "PERSON"),
        "\n",
        (email_for(name, r), "EMAIL_ADDRESS"),
    ]


def en_transcript_us_phone_digits(r: random.Random) -> list[Piece]:
    number = r.choice(("415", "312", "646")) + str(r.randint(2, 9)) + _digits(r, 6)
    spoken = (
        f"{digit_by_digit(number[:3])}, {digit_by_digit(number[3:6])}, {digit_by_digit(number[6:])}"
    )
    return [
        "Agent: Can I get a callback number in case we get cut off?\nCaller: Yep, ",
        (spoken, "PHONE_NUMBER"),
        ".\nAgent: Got it. And your date of birth?\nCaller: It's the ",
        (spoken_dob_en(r), "DATE_OF_BIRTH"),
        ".",
    ]


def en_scam_payee_report(r: random.Random) -> list[Piece]:
    return [
        "I think I've been scammed. A man calling himself ",
        (en_name(r, EN_MALE_FIRST), "PERSON"),
        f" said he was from HMRC and I sent £{r.randint(300, 4000):,} to account ",
        (_digits(r, 8), "BANK_ACCOUNT"),
        f", sort code {_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}. He rang from ",
        (uk_mobile(r), "PHONE_NUMBER"),
        ". What can I do?",
    ]


# PII-free English hard negatives


def en_neg_unsigned_letter(r: random.Random) -> list[Piece]:
    return [
        "Dear Customer,\n\nWe have updated our terms and conditions with effect from "
        f"{r.randint(1, 28)} {r.choice(MONTHS)} 2026. No action is needed.\n\nKind regards,\n"
        f"Customer Services Team\n{r.choice(BANKS_EN)}"
    ]


def en_neg_hotlines(r: random.Random) -> list[Piece]:
    return [
        f"You can call {r.choice(BANKS_EN)} on "
        f"{r.choice(('0345 600 6000', '0345 734 5345', '0800 161 5153'))}"
        f" from the UK or {r.choice(('1-800-432-1000', '1-877-226-5663'))} from the US, 24 hours a "
        "day. Lines may be busy on Mondays."
    ]


def en_neg_amount_reference(r: random.Random) -> list[Piece]:
    return [
        f"Your payment of £{r.randint(10, 4000):,}.{_digits(r, 2)} to reference "
        f"INV-2025-{_digits(r, 5)} was completed on {r.randint(1, 28)} March 2025. "
        f"Transaction ID {_digits(r, 12)}."
    ]


def en_neg_name_words(r: random.Random) -> list[Piece]:
    return [
        r.choice(("Will", "Can", "Should")) + " the transfer arrive by Friday? Grace period on my "
        "card ends soon. Mark it as urgent please. "
        + r.choice(("Hope to hear back soon.", "Sterling transfers are slow.", "Many thanks."))
    ]


QUEENS_ROAD = "Queen's Road Central"


def en_neg_branches_products(r: random.Random) -> list[Piece]:
    return [
        f"Is the {r.choice((QUEENS_ROAD, 'Orchard Road', 'George Street', 'King Street'))}"
        " branch open on Saturday? I'd like to ask about the Advance Saver and the Premier "
        "Rewards Visa before Christmas."
    ]


def en_neg_statement_date(r: random.Random) -> list[Piece]:
    return [
        f"The statement dated {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025 shows two debits "
        f"of ${r.randint(5, 99)}.99 from the same merchant. Case number {_digits(r, 8)}."
    ]


def en_neg_travel(r: random.Random) -> list[Piece]:
    return [
        "Travelling from Victoria Station to Canary Wharf, then flying to Singapore and Sydney on "
        f"{r.randint(1, 28)} June. Please note travel on my account so the card isn't blocked."
    ]


def en_neg_card_ending(r: random.Random) -> list[Piece]:
    return [
        f"The card ending {_digits(r, 4)} was charged twice for AUD {r.randint(20, 300)}.50 at "
        "Woolworths Parramatta. Can you reverse one of them?"
    ]


def en_neg_transcript(r: random.Random) -> list[Piece]:
    return [
        f"Agent: Thank you for calling {r.choice(BANKS_EN)}.\nCaller: Hi, I just wanted the "
        "opening hours for the Manchester branch.\nAgent: We're open nine till five, Monday to "
        "Friday, and ten till two on Saturday.\nCaller: Brilliant, thanks."
    ]


def en_neg_error_code(r: random.Random) -> list[Piece]:
    return [
        f"How do I reset my PIN? The app shows error {_digits(r, 4)} and the OTP never arrives. "
        "Chase and Barclays never had this problem."
    ]


EN_POSITIVE: tuple[Template, ...] = (
    en_chat_callback, en_email_signature, en_transcript_card_digits, en_transcript_phone_words,
    en_web_form, en_complaint_letter, en_fraud_report, en_staff_note_third_party, en_iban_refund,
    en_hk_chat, en_sg_email, en_au_chat, en_india_form, en_several_phones, en_phone_extension,
    en_name_cue, en_ssn_spoken, en_dob_complaint, en_dash_signoff, en_atm_card, en_staff_signoff,
    en_us_account_email, en_transcript_us_phone_digits, en_scam_payee_report,
)  # fmt: skip
EN_NEGATIVE: tuple[Template, ...] = (
    en_neg_hotlines, en_neg_amount_reference, en_neg_name_words, en_neg_branches_products,
    en_neg_statement_date, en_neg_travel, en_neg_card_ending, en_neg_transcript,
    en_neg_error_code, en_neg_unsigned_letter,
)  # fmt: skip


# --- Chinese templates -------------------------------------------------------------------------


def zh_chat_callback(r: random.Random) -> list[Piece]:
    return [
        "你好，我是",
        (zh_name(r), "PERSON"),
        "，手机",
        (cn_mobile(r), "PHONE_NUMBER"),
        "，麻烦有空回个电话，谢谢。",
    ]


def zh_transcript_spoken_phone(r: random.Random) -> list[Piece]:
    return [
        "客服：请问您预留的手机号码是多少？\n客户：",
        (spoken_zh(cn_mobile_digits(r), r), "PHONE_NUMBER"),
        "。\n客服：好的，登记的姓名是？\n客户：",
        (zh_name(r), "PERSON"),
        "。",
    ]


def zh_transcript_id_digits(r: random.Random) -> list[Piece]:
    return [
        "客服：请报一下您的身份证号码。\n客户：",
        (digit_by_digit(cn_id(r)), "CN_ID_CARD"),
        "。\n客服：核实通过，请问还有什么可以帮您？",
    ]


def zh_grouped_id(r: random.Random) -> list[Piece]:
    number = cn_id(r)
    return [
        "开户资料补充：身份证 ",
        (f"{number[:6]} {number[6:14]} {number[14:]}", "CN_ID_CARD"),
        "，有效期至2035年。",
    ]


def zh_web_form(r: random.Random) -> list[Piece]:
    birth = birth_date(r)  # the form's birthday and the ID number's agree
    return [
        "姓名：",
        (zh_name(r), "PERSON"),
        "｜出生日期：",
        (zh_dob(r, birth), "DATE_OF_BIRTH"),
        "｜证件号码：",
        (format_cn_id(cn_id(r, birth), r), "CN_ID_CARD"),
        "｜联系电话：",
        (cn_mobile(r), "PHONE_NUMBER"),
        "｜住址：",
        (zh_address(r), "ADDRESS"),
    ]


def zh_lost_debit_card(r: random.Random) -> list[Piece]:
    return [
        r.choice(("我的银行卡丢了，卡号", "银行卡被ATM吞了，卡号是")),
        (format_unionpay(unionpay_digits(r), r), "BANK_ACCOUNT"),
        "，请帮我挂失。",
    ]


def zh_refund_card(r: random.Random) -> list[Piece]:
    return [
        "请把退款打到我的收款卡 ",
        (format_unionpay(unionpay_digits(r), r), "BANK_ACCOUNT"),
        "，户名",
        (zh_name(r), "PERSON"),
        "，开户行是招商银行深圳分行。",
    ]


def zh_credit_card(r: random.Random) -> list[Piece]:
    number = r.choice((credit_card_digits(r), unionpay_digits(r)))
    return [
        "我的信用卡",
        (format_card(number, r) if len(number) <= 16 else number, "CREDIT_CARD"),
        "昨晚在境外被盗刷了三笔，一共两千多美元，我人一直在国内。",
    ]


def zh_signature(r: random.Random) -> list[Piece]:
    return [
        "以上情况属实，请尽快处理并给予答复。\n\n—— ",
        (zh_name(r), "PERSON"),
        f"\n2025年{r.randint(1, 12)}月{r.randint(1, 28)}日",
    ]


def zh_staff_note_third_party(r: random.Random) -> list[Piece]:
    return [
        "备注：客户代其父亲",
        (zh_name(r, ZH_MALE_GIVEN), "PERSON"),
        "咨询养老金到账问题，其父住址",
        (zh_address(r), "ADDRESS"),
        "，联系电话",
        (cn_mobile(r), "PHONE_NUMBER"),
        "。经办：",
        (zh_name(r), "PERSON"),
    ]


def zh_hk_cantonese(r: random.Random) -> list[Piece]:
    return [
        "你好，我係",
        (trad_name(r), "PERSON"),
        "，想改埋地址，新地址係",
        (hk_address_zh(r), "ADDRESS"),
        "，電話",
        (hk_phone(r), "PHONE_NUMBER"),
        "。唔該晒！",
    ]


def zh_tw_form(r: random.Random) -> list[Piece]:
    return [
        "您好，我是",
        (trad_name(r), "PERSON"),
        "，手機 ",
        (tw_mobile(r), "PHONE_NUMBER"),
        "，生日 ",
        (minguo_dob(r), "DATE_OF_BIRTH"),
        "，通訊地址 ",
        (tw_address(r), "ADDRESS"),
        "，麻煩協助更新資料。",
    ]


def zh_fullwidth_contact(r: random.Random) -> list[Piece]:
    number = cn_mobile_digits(r).translate(FULL_WIDTH)
    return [
        "联系方式更新——手机号：",
        (number, "PHONE_NUMBER"),
        "，邮箱：",
        (zh_email(r), "EMAIL_ADDRESS"),
        "。",
    ]


def zh_mixed_en(r: random.Random) -> list[Piece]:
    return [
        "Hi，我是",
        (
            f"{r.choice(('Kevin', 'Amy', 'Jason', 'Cathy', 'Eric'))} "
            f"{r.choice(('Zhang', 'Li', 'Wang', 'Chen', 'Liu'))}",
            "PERSON",
        ),
        "，我的 account number 是 ",
        (_digits(r, r.choice((12, 16))), "BANK_ACCOUNT"),
        "，transfer 一直 pending，can you check 一下？thx",
    ]


def zh_colleague(r: random.Random) -> list[Piece]:
    latin = r.random() < 0.4
    name = f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}" if latin else zh_name(r)
    return [
        "我同事",
        (name, "PERSON"),
        "上周也遇到一样的问题，转账显示成功但对方一直没收到。",
    ]


def zh_fraud_report(r: random.Random) -> list[Piece]:
    return [
        "举报诈骗：今天有人自称",
        (zh_name(r), "PERSON"),
        "，说是公安局的，用",
        (cn_mobile(r), "PHONE_NUMBER"),
        "给我打电话，让我把钱转到安全账户",
        (unionpay_digits(r), "BANK_ACCOUNT"),
        "，我没有转。",
    ]


def zh_landline_ext(r: random.Random) -> list[Piece]:
    ext = r.choice((f"转{_digits(r, 3)}", f" 转 {_digits(r, 4)}", f"-{_digits(r, 3)}"))
    return [
        "白天请打我公司座机",
        (cn_landline(r) + ext, "PHONE_NUMBER"),
        "，找",
        (zh_name(r), "PERSON"),
        "就行。",
    ]


def zh_several_phones(r: random.Random) -> list[Piece]:
    return [
        "我手机",
        (cn_mobile(r), "PHONE_NUMBER"),
        "，如果打不通可以打我爱人",
        (zh_name(r), "PERSON"),
        "的手机",
        (cn_mobile(r), "PHONE_NUMBER"),
        "。",
    ]


def zh_complaint_letter(r: random.Random) -> list[Piece]:
    name = zh_name(r)
    return [
        "尊敬的客服中心：\n本人",
        (name, "PERSON"),
        "，身份证号",
        (cn_id(r), "CN_ID_CARD"),
        f"，于2025年{r.randint(1, 12)}月{r.randint(1, 28)}日在贵行网点办理业务时遭到工作人员推诿，"
        "特此投诉，望贵行核查。\n此致\n敬礼\n",
        (name, "PERSON"),
    ]


def zh_iban(r: random.Random) -> list[Piece]:
    return [
        "请汇款至我在欧洲的账户，IBAN：",
        (iban(r), "IBAN_CODE"),
        "，收款人",
        (zh_name(r), "PERSON"),
        "，用途：学费。",
    ]


def zh_email_dob(r: random.Random) -> list[Piece]:
    return [
        "资料变更：邮箱改为",
        (zh_email(r), "EMAIL_ADDRESS"),
        "，出生日期应为",
        (zh_dob(r), "DATE_OF_BIRTH"),
        "，原登记有误。",
    ]


def zh_name_cue_zicheng(r: random.Random) -> list[Piece]:
    return [
        "刚才有个男的打电话，自称是你们银行的客户经理",
        (zh_name(r), "PERSON"),
        "，让我提供验证码，这是真的吗？",
    ]


def zh_tw_landline_ext(r: random.Random) -> list[Piece]:
    area = r.choice(("02", "04", "07"))
    extension = r.choice((" 分機 ", "#", " ext.")) + _digits(r, 3)
    phone = f"({area}){r.randint(2, 8)}{_digits(r, 3)}-{_digits(r, 4)}{extension}"
    return [
        "白天可以打到公司 ",
        (phone, "PHONE_NUMBER"),
        "，找",
        (trad_name(r), "PERSON"),
        "，謝謝。",
    ]


def zh_transcript_spoken_dob(r: random.Random) -> list[Piece]:
    return [
        "客服：为了核实身份，请问您的出生日期？\n客户：我是", (spoken_dob_zh(r), "DATE_OF_BIRTH"),
        "出生的。\n客服：好的，您的姓名？\n客户：", (zh_name(r), "PERSON"), "。",
    ]  # fmt: skip


# PII-free Chinese hard negatives


def zh_neg_unsigned_notice(r: random.Random) -> list[Piece]:
    return [
        f"尊敬的客户：本行将于{r.randint(1, 12)}月{r.randint(1, 28)}日凌晨进行系统升级，"
        "期间手机银行暂停服务，敬请谅解。\n此致\n敬礼\n客户服务中心"
    ]


def zh_neg_hotlines(r: random.Random) -> list[Piece]:
    return [
        f"请拨打客服热线{r.choice(('95588', '95555', '95533'))}或"
        f"{r.choice(('400-820-0588', '4006-95555', '400 669 5566'))}咨询，"
        "工作日9点到18点有人工服务。"
    ]


def zh_neg_landlord(r: random.Random) -> list[Piece]:
    return [
        f"谢谢！房东说房租要在每月{r.randint(1, 10)}号前转过去，金额{r.randint(2, 9)}500元，"
        "能不能设置定期转账？"
    ]


def zh_neg_branches(r: random.Random) -> list[Piece]:
    first, second = r.sample(
        ("王府井支行", "张江支行", "陆家嘴支行", "徐家汇支行", "高新区支行", "白云支行"), 2
    )
    return [f"请问{first}和{second}周六营业吗？黄浦区那边还有没有网点可以办外币兑换？"]


def zh_neg_serial_number(r: random.Random) -> list[Piece]:
    return [
        f"交易流水号{_digits(r, 18)}，金额￥{r.randint(1, 99)},{_digits(r, 3)}.00，交易时间"
        f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
        f"{r.randint(8, 22)}:{r.randint(10, 59)}，"
        "状态显示处理中。"
    ]


def zh_neg_products(r: random.Random) -> list[Piece]:
    product = r.choice(("朝朝宝", "金葵花理财", "月月盈", "安心存"))
    return [f"想了解一下{product}，年化收益大概多少？起购金额是{r.choice('一二五十')}万吗？"]


def zh_neg_loan_date(r: random.Random) -> list[Piece]:
    return [
        f"我在2025年{r.randint(1, 12)}月{r.randint(1, 28)}日申请的房贷到现在还没审批，"
        "客户经理说要等总行。"
    ]


def zh_neg_traditional_fee(r: random.Random) -> list[Piece]:
    return [
        f"請問信用卡年費點樣豁免？我上個月已經簽賬滿港幣{r.randint(2, 9)},000元，"
        "客戶服務熱線 (852) 2233 3000 一直打唔通。"
    ]


def zh_neg_fullwidth_amount(r: random.Random) -> list[Piece]:
    amount = str(r.randint(1000, 50000)).translate(FULL_WIDTH)
    return [f"我想转账{amount}元给房东，手机银行提示超过当日限额，怎么调高？"]


def zh_neg_mixed(r: random.Random) -> list[Piece]:
    return [
        f"Hello，我的 order {_digits(r, 10)} 退款 status 还是 pending，上海分行说要 7 个工作日，"
        "OK 吗？"
    ]


ZH_POSITIVE: tuple[Template, ...] = (
    zh_chat_callback, zh_transcript_spoken_phone, zh_transcript_id_digits, zh_grouped_id,
    zh_web_form, zh_lost_debit_card, zh_refund_card, zh_credit_card, zh_signature,
    zh_staff_note_third_party, zh_hk_cantonese, zh_tw_form, zh_fullwidth_contact, zh_mixed_en,
    zh_colleague, zh_fraud_report, zh_landline_ext, zh_several_phones, zh_complaint_letter,
    zh_iban, zh_email_dob, zh_name_cue_zicheng, zh_tw_landline_ext, zh_transcript_spoken_dob,
)  # fmt: skip
ZH_NEGATIVE: tuple[Template, ...] = (
    zh_neg_hotlines, zh_neg_landlord, zh_neg_branches, zh_neg_serial_number, zh_neg_products,
    zh_neg_loan_date, zh_neg_traditional_fee, zh_neg_fullwidth_amount, zh_neg_mixed,
    zh_neg_unsigned_notice,
)  # fmt: skip

TEMPLATES: dict[str, dict[str, tuple[Template, ...]]] = {
    "en": {"positive": EN_POSITIVE, "negative": EN_NEGATIVE},
    "zh": {"positive": ZH_POSITIVE, "negative": ZH_NEGATIVE},
}


def _assemble(pieces: list[Piece]) -> tuple[str, list[dict[str, int | str]]]:
    text_parts: list[str] = []
    spans: list[dict[str, int | str]] = []
    offset = 0
    for piece in pieces:
        if isinstance(piece, tuple):
            value, label = piece
            if label not in LABELS or value != value.strip() or not value:
                raise ValueError(f"bad span value {value!r} for label {label!r}")
            spans.append({"start": offset, "end": offset + len(value), "label": label})
            text_parts.append(value)
            offset += len(value)
        else:
            text_parts.append(piece)
            offset += len(piece)
    return "".join(text_parts), spans


def generate(n: int = 600, seed: int = 3318) -> list[dict[str, object]]:
    """``n`` messages, alternating English and Chinese; 30% of each language PII-free."""
    r = random.Random(seed)
    rows: list[dict[str, object]] = []
    queues: dict[tuple[str, str], list[Template]] = {}
    for i in range(n):
        lang = "en" if i % 2 == 0 else "zh"
        # Deterministic share: 3 of every 10 messages per language are negatives.
        kind = "negative" if (i // 2) % 10 < round(NEGATIVE_SHARE * 10) else "positive"
        # Each pass takes every template once, in a fresh shuffled order: all of them appear.
        queue = queues.setdefault((lang, kind), [])
        if not queue:
            queue.extend(TEMPLATES[lang][kind])
            r.shuffle(queue)
        template = queue.pop()
        text, spans = _assemble(template(r))
        name = template.__name__
        rows.append({"id": f"h3-{lang}-{i:04d}-{name}", "text": text, "lang": lang, "spans": spans})
    return rows
