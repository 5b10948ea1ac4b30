"""Seventeenth independent bilingual PII set: a TEST split, written blind.

    python benchmarks/pii_heldout17/generator.py [--n 600] [--seed 17019] [--stats]

Written without opening the detector, its tests, the dev generators or any earlier held-out set
(only ``benchmarks/pii_quality.py``, ``README.md`` and ``pyproject.toml`` were read). Every
template, name list and checksum helper here is this module's own. It is measured, never tuned on.

``generate(n, seed)`` returns ``n`` rows ``{"id", "text", "lang", "spans"}``; ids are
``v17-{lang}-{genre}-{index:04d}`` (index = the row's position in the list). Half the rows are
English, half Chinese; in each language 30% (rounded) carry no personal data at all: hard
negatives written in the same genres as the positives.

Genres (new ground for v17). English: SMS-style short messages (lower case, abbreviations),
online-marketplace disputes, cards used abroad (hotels and embassies), wedding gifts, hospital and
vet bills, car finance, crypto-exchange withdrawals (login IPs), international students and their
sponsors, pensions, charity donations, joint accounts after a divorce, visa proof-of-funds
letters, employment references, debt-collection letters, credit-file disputes, subscription
cancellations, gig-economy payouts, customers quoting the news or TV, staff handover notes.
Chinese: 转账截图文字, 闲鱼纠纷, 礼金/彩礼, 医院缴费, 车贷, 留学汇款, 养老金, 离婚分割, 法院冻结,
催收短信, 征信异议, 骑手工资, 直播打赏退款, 拆迁补偿, 村镇银行/合作社, 新闻人物, 柜员交接班.

Labels: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, IBAN_CODE, US_SSN, CN_ID_CARD,
BANK_ACCOUNT, IP_ADDRESS, ADDRESS, DATE_OF_BIRTH (those the scorer scores; no URL, LOCATION or
DATE_TIME spans are written). Conventions, where the scorer's docstring and README are silent:

- A span covers the value only: no cue word, no surrounding punctuation or whitespace.
- PERSON: a private person's name as written (full name, a lone given name such as "my husband
  Declan", an @-mentioned colleague without the ``@``). English titles (Mr, Mrs, Dr) are left out
  of the span; Chinese surname + address term (``陈女士``, ``刘师傅``) is spanned whole, as the
  scorer's v5 note does for ``王经理``. Bank staff named in handover notes are persons. Public
  figures, fictional characters and firms or brands named after people are never spanned.
- ADDRESS: a private person's home or delivery address, whole (house number to postcode). Hotels,
  embassies, branches, hospitals, courts, dealers, offices and other organisations' addresses
  are not spanned.
- PHONE_NUMBER: a person's own number (mobile, home line, with its +CC). Hotlines, 95xxx/400/
  12xxx service numbers, 106 SMS senders and an institution's switchboard are not spanned.
- EMAIL_ADDRESS: a person's mailbox (also a named employee's work address); role mailboxes
  (support@, hr@, donations@ ...) are not spanned.
- CREDIT_CARD: a Luhn-valid card number; a UnionPay ``62…`` number is a CREDIT_CARD only next to
  信用卡/credit card, otherwise it is a BANK_ACCOUNT (issue 18's rule). Masked numbers and
  "ending 4417" / 尾号 are not spanned.
- BANK_ACCOUNT: an account or debit-card number. A UK sort code is not part of the span (alone it
  is the branch's code); a US routing number is not spanned either.
- IBAN_CODE: mod-97-valid, spanned whole whether written compact or in groups of four.
- DATE_OF_BIRTH: only a birth date; dates of events, payments, weddings and hearings are not.
- IP_ADDRESS: an address a customer's own login came from (or an attacker's, reported by them).
- US_SSN: SSA rules (area not 000/666/900-999, group not 00, serial not 0000).
- CN_ID_CARD: 18 characters with the GB 11643 check character (X included).
- Reference, order, case, contract and transaction numbers are never PII; the 16-digit ones in
  this set fail Luhn.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from typing import Any

Value = str | tuple[str, str]

# ---------------------------------------------------------------- checksum helpers (own code)


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload + digit`` pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # doubled: these sit at odd positions once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return len(digits) > 1 and luhn_check_digit(digits[:-1]) == digits[-1]


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_ID_CHECK = "10X98765432"


def cn_id_check(first17: str) -> str:
    return CN_ID_CHECK[sum(int(c) * w for c, w in zip(first17, CN_ID_WEIGHTS, strict=True)) % 11]


def cn_id_ok(number: str) -> bool:
    return (
        len(number) == 18
        and number[:17].isdigit()
        and cn_id_check(number[:17]) == number[17].upper()
    )


def ssn_ok(ssn: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# ---------------------------------------------------------------- word lists (own)

EN_GIVEN_F = (
    "Niamh",
    "Priyanka",
    "Marguerite",
    "Ines",
    "Bethany",
    "Siobhan",
    "Yasmin",
    "Harriet",
    "Aaliyah",
    "Leonie",
    "Rosalind",
    "Chiara",
    "Freya",
    "Lucinda",
    "Imogen",
    "Zainab",
    "Greta",
    "Anouk",
    "Farah",
    "Oluwaseun",
)
EN_GIVEN_M = (
    "Callum",
    "Tobias",
    "Declan",
    "Rafael",
    "Kwame",
    "Mateusz",
    "Ewan",
    "Dmitri",
    "Fergus",
    "Tariq",
    "Jonah",
    "Hamish",
    "Obinna",
    "Arjun",
    "Bogdan",
    "Kofi",
    "Elliot",
    "Rhys",
    "Desmond",
)
EN_GIVEN = EN_GIVEN_F + EN_GIVEN_M
EN_SURNAME = [
    "Whitcombe",
    "Okonkwo",
    "Fairbairn",
    "Rahman",
    "Delacroix",
    "Pemberton",
    "Kowalczyk",
    "Ashworth",
    "Nakamura",
    "Gallagher",
    "Bhattacharya",
    "Lindqvist",
    "Achterberg",
    "Mensah",
    "Threlfall",
    "Ferreira",
    "O'Rourke",
    "McAllister",
    "Haverford",
    "Szabo",
    "Castellano",
    "Iyer",
    "Dunmore",
    "Kerrigan",
    "Oyelaran",
    "Brannigan",
    "Venkataraman",
    "Holloway",
    "Petrakis",
    "Abernethy",
    "Quayle",
    "Tennant-Hughes",
    "Moreau",
    "Adeyemi",
    "Llewellyn",
]
UK_TOWNS = (
    ("Sheffield", "S10"),
    ("Leeds", "LS6"),
    ("Bristol", "BS7"),
    ("Norwich", "NR2"),
    ("Cardiff", "CF24"),
    ("Glasgow", "G12"),
    ("Reading", "RG1"),
    ("Derby", "DE22"),
    ("Exeter", "EX4"),
    ("York", "YO31"),
)
UK_STREETS = (
    "Mortimer Road",
    "Alder Grove",
    "Kingfisher Close",
    "Beech Avenue",
    "Tannery Lane",
    "Holmfirth Road",
    "Orchard Way",
    "Cedar Crescent",
    "Millbrook Drive",
    "Ashby Street",
    "Sandpiper Court",
)
US_CITIES = (
    ("Columbus", "OH", "432", "614"),
    ("Tucson", "AZ", "857", "520"),
    ("Raleigh", "NC", "276", "919"),
    ("Madison", "WI", "537", "608"),
    ("Boise", "ID", "837", "208"),
    ("Albany", "NY", "122", "518"),
)
US_STREETS = (
    "Larkspur Ave",
    "Hollis St",
    "Prairie View Dr",
    "Sycamore Ln",
    "Beacon Blvd",
    "Elm Ct",
)
EMAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "proton.me",
    "hotmail.com",
)

EN_FAMOUS = (
    "David Attenborough",
    "Mary Berry",
    "Gordon Ramsay",
    "Serena Williams",
    "Lewis Hamilton",
    "Stephen Fry",
    "Andy Murray",
    "Dolly Parton",
    "Clare Balding",
    "Paul Hollywood",
    "Jacinda Ardern",
)
EN_FICTION = (
    "Paddington Bear",
    "Hercule Poirot",
    "Bridget Jones",
    "Ted Lasso",
    "Miss Marple",
    "Mr Darcy",
    "Wallace and Gromit",
)
EN_FIRMS = (
    "John Lewis",
    "Sainsbury's",
    "Ted Baker",
    "Hugo Boss",
    "Ralph Lauren",
    "Charles Tyrwhitt",
    "Paul Smith",
    "Dyson",
    "Ben & Jerry's",
)
EN_HOTELS = (
    "Hotel Avenida Palace, Rua 1 de Dezembro 123, Lisbon",
    "the Shangri-La on Soi Wat Suan Plu, Bangkok",
    "Hotel Kinsei, 2-14 Shinjuku, Tokyo",
    "the Marriott at 1 Circular Quay, Sydney",
    "Hostal Rio Plaza, Calle de Atocha 40, Madrid",
)
EN_EMBASSIES = (
    "British Embassy, 14 Wireless Road, Bangkok",
    "Irish Embassy in Lisbon, Avenida da Liberdade 200",
    "UK consulate on Paseo de Gracia, Barcelona",
    "Australian High Commission, Strand, London",
    "Canadian Embassy, 7-3-38 Akasaka, Tokyo",
)
EN_BIZ_ADDR = (
    "Unit 4, Harbourside Trade Park, Bristol BS1 6XN",
    "Suite 210, Pennine House, 9 Wellington Street, Leeds LS1 4DL",
    "Riverside Business Centre, Bridge Street, Derby DE1 3LA",
    "3rd Floor, 55 Charlotte Square, Edinburgh EH2 4HQ",
    "1200 Commerce Plaza, Suite 400, Columbus, OH 43215",
)
EN_HOTLINES = ("0800 072 3391", "0345 600 2290", "03457 404 404", "1-800-432-1000", "0330 123 0184")

ZH_SURNAMES = (
    "王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余于杜叶程魏苏吕"
    "丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃武戴严"
)
ZH_DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
ZH_GIVEN_F = (
    "梓萱",
    "雨桐",
    "欣怡",
    "佳琪",
    "晓燕",
    "秀兰",
    "丽娟",
    "慧敏",
    "春梅",
    "婉清",
    "美玲",
    "若溪",
    "桂芳",
    "嘉怡",
    "淑珍",
    "静怡",
    "娜",
    "霞",
)
ZH_GIVEN_M = (
    "浩然",
    "俊杰",
    "思远",
    "宇轩",
    "明哲",
    "建国",
    "志强",
    "文博",
    "国栋",
    "海涛",
    "振宇",
    "德胜",
    "一鸣",
    "天佑",
    "立新",
    "峰",
    "磊",
    "军",
)
ZH_GIVEN_ANY = (
    "子涵",
    "永红",
    "少华",
    "瑞",
    "敏",
)
ZH_GIVEN = ZH_GIVEN_F + ZH_GIVEN_M + ZH_GIVEN_ANY
ZH_TITLES = ("女士", "先生", "师傅", "阿姨", "大爷")
ZH_PLACES = (
    ("浙江省", "杭州市", "西湖区", ("文三路", "学院路", "古墩路")),
    ("江苏省", "南京市", "鼓楼区", ("中山北路", "湖南路", "宁海路")),
    ("广东省", "佛山市", "南海区", ("桂城南路", "海八路", "南桂东路")),
    ("四川省", "成都市", "武侯区", ("科华北路", "玉林南路", "长寿路")),
    ("湖北省", "武汉市", "洪山区", ("珞喻路", "雄楚大道", "民族大道")),
    ("山东省", "青岛市", "崂山区", ("海尔路", "株洲路", "秦岭路")),
    ("河南省", "郑州市", "金水区", ("文化路", "纬五路", "农业路")),
    ("", "上海市", "闵行区", ("莘庄路", "七莘路", "都市路")),
)
ZH_ESTATES = ("翠苑小区", "阳光花园", "锦绣家园", "紫金华府", "滨江一号", "金地格林", "梧桐苑")
ZH_RURAL = (
    ("湖南省", "邵阳县", "塘渡口镇", ("石桥", "杨柳", "新塘")),
    ("江西省", "于都县", "银坑镇", ("河湾", "上坪", "竹林")),
    ("安徽省", "霍邱县", "城西湖乡", ("沿岗", "新店", "王截流")),
)
ZH_ID_REGIONS = ("330106", "320106", "440605", "510107", "420111", "370212", "410105", "310112")
ZH_FAMOUS = ("钟南山", "屠呦呦", "莫言", "姚明", "郎朗", "张桂梅", "苏炳添", "杨利伟", "全红婵")
ZH_FICTION = ("哪吒", "贾宝玉", "令狐冲", "郭靖", "猪八戒", "白素贞")
ZH_FIRMS = ("王老吉", "张小泉", "李锦记", "谭木匠", "周黑鸭", "杨国福麻辣烫", "马应龙")
ZH_HOSPITALS = (
    ("浙大一院", "杭州市上城区庆春路79号", "0571-87236114"),
    ("华西医院", "成都市武侯区国学巷37号", "028-85422114"),
    ("武汉协和医院", "武汉市江汉区解放大道1277号", "027-85726114"),
    ("鼓楼医院", "南京市鼓楼区中山路321号", "025-83304616"),
)
ZH_COURTS = (
    ("杭州市西湖区人民法院", "杭州市西湖区灵溪北路21号"),
    ("成都市武侯区人民法院", "成都市武侯区新光路99号"),
    ("青岛市崂山区人民法院", "青岛市崂山区株洲路16号"),
)
ZH_RURAL_BANKS = (
    ("塘渡口村镇银行", "邵阳县塘渡口镇人民路118号", "0739-6823301"),
    ("于都惠民村镇银行", "于都县贡江镇长征大道56号", "0797-6332518"),
    ("霍邱农村信用合作社", "霍邱县城关镇光明大道9号", "0564-6021177"),
    ("崂山农商银行", "青岛市崂山区海尔路61号", "0532-88806123"),
)
ZH_BIZ_ADDR = (
    "杭州市西湖区文三路259号昌地火炬大厦1楼",
    "佛山市南海区桂城南路8号汽车城B区",
    "成都市武侯区科华北路65号世外桃源广场3楼",
    "南京市鼓楼区湖南路1号凤凰国际书城旁",
    "郑州市金水区农业路22号街道便民服务中心",
    "邵阳县塘渡口镇人民路118号",
)
ZH_HOTELS = ("杭州君悦酒店宴会厅", "南京金陵饭店", "成都香格里拉大酒店", "青岛海天大酒店")
ZH_HOTLINES = ("95588", "95533", "12368", "12333", "12378", "12345", "400-810-8866", "95017")

# ---------------------------------------------------------------- value makers


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _group(number: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(number[i : i + size] for i in range(0, len(number), size))


def make_card(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(("visa", "visa", "mc", "amex"))
    if kind == "amex":
        payload = rng.choice(("34", "37")) + _digits(rng, 12)
        n = payload + luhn_check_digit(payload)
        return rng.choice((f"{n[:4]} {n[4:10]} {n[10:]}", n))
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "cup": rng.choice(("6250", "6282"))}[
        kind
    ]
    payload = prefix + _digits(rng, 15 - len(prefix))
    n = payload + luhn_check_digit(payload)
    return rng.choice((_group(n), _group(n, sep="-"), n, _group(n)))


def make_unionpay_debit(rng: random.Random) -> str:
    prefix = rng.choice(("621700", "622202", "622848", "621483", "623058", "621226"))
    length = rng.choice((16, 19, 19))
    payload = prefix + _digits(rng, length - 1 - len(prefix))
    n = payload + luhn_check_digit(payload)
    return rng.choice((n, n, _group(n)))


def make_iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(("GB", "DE", "FR", "NL", "ES", "IE"))
    bban = {
        "GB": lambda: rng.choice(("NWBK", "BARC", "MIDL", "LOYD")) + _digits(rng, 14),
        "IE": lambda: rng.choice(("AIBK", "BOFI")) + _digits(rng, 14),
        "DE": lambda: _digits(rng, 18),
        "FR": lambda: _digits(rng, 23),
        "NL": lambda: rng.choice(("ABNA", "INGB", "RABO")) + _digits(rng, 10),
        "ES": lambda: _digits(rng, 20),
    }[country]()
    iban = country + iban_check(country, bban) + bban
    return rng.choice((iban, _group(iban)))


def make_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def make_cn_id(rng: random.Random, want_x: bool | None = None) -> str:
    want_x = rng.random() < 0.25 if want_x is None else want_x
    while True:
        birth = f"{rng.randint(1948, 2006)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        first17 = rng.choice(ZH_ID_REGIONS) + birth + _digits(rng, 3)
        check = cn_id_check(first17)
        if (check == "X") == want_x:
            return first17 + check


def make_ref16(rng: random.Random) -> str:
    """A 16-digit reference that fails Luhn (a hard negative, never a card)."""
    payload = _digits(rng, 15)
    good = luhn_check_digit(payload)
    bad = rng.choice([d for d in "0123456789" if d != good])
    return _group(payload + bad)


def en_name(rng: random.Random, given_names: tuple[str, ...] = EN_GIVEN) -> str:
    given, surname = rng.choice(given_names), rng.choice(EN_SURNAME)
    if rng.random() < 0.12:
        return f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {surname}"
    return f"{given} {surname}"


def uk_postcode(rng: random.Random, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"


def en_address(rng: random.Random, region: str) -> str:
    if region == "us":
        city, state, zip3, _ = rng.choice(US_CITIES)
        apt = rng.choice(("", f", Apt {rng.randint(1, 9)}{rng.choice('ABCD')}"))
        street = f"{rng.randint(12, 9890)} {rng.choice(US_STREETS)}"
        return f"{street}{apt}, {city}, {state} {zip3}{_digits(rng, 2)}"
    town, area = rng.choice(UK_TOWNS)
    street = f"{rng.randint(1, 180)} {rng.choice(UK_STREETS)}"
    if rng.random() < 0.3:
        street = f"Flat {rng.randint(1, 24)}, {street}"
    return f"{street}, {town} {uk_postcode(rng, area)}"


def en_phone(rng: random.Random, region: str) -> str:
    if region == "us":
        area = rng.choice(US_CITIES)[3]
        exch, line = f"{rng.randint(2, 9)}{rng.randint(2, 9)}{rng.randint(0, 9)}", _digits(rng, 4)
        return rng.choice(
            (f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"+1 {area} {exch} {line}")
        )
    body = f"7{rng.randint(4, 9)}{_digits(rng, 8)}"
    return rng.choice((f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}", f"0{body}"))


def en_intl_phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+234 80{rng.randint(3, 9)} {_digits(rng, 3)} {_digits(rng, 4)}",
            f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}",
            f"+351 91{rng.randint(2, 9)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        )
    )


def en_email(rng: random.Random, name: str | None = None) -> str:
    """A personal mailbox, from ``name`` when given (the writer's or a named person's)."""
    parts = (name or en_name(rng)).split()
    given, surname = parts[0], parts[-1]
    local = rng.choice(
        (
            f"{given}.{surname}",
            f"{given[0]}{surname}{rng.randint(1, 99)}",
            f"{given}{rng.randint(70, 99)}",
            f"{surname}_{given}",
        )
    )
    return re.sub(r"[^a-z0-9._]", "", local.lower()) + "@" + rng.choice(EMAIL_DOMAINS)


def en_dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1941, 2005), rng.randint(1, 12), rng.randint(1, 28)
    months = "January February March April May June July August September October November December"
    mon = months.split()[m - 1]
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {mon} {y}",
            f"{mon} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {mon[:3]} {y}",
        )
    )


def en_ip(rng: random.Random) -> str:
    first = rng.choice((81, 86, 92, 109, 146, 176, 188, 212, 31, 78, 94))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def zh_name(rng: random.Random, given_names: tuple[str, ...] = ZH_GIVEN) -> str:
    sur = rng.choice(ZH_DOUBLE_SURNAMES) if rng.random() < 0.06 else rng.choice(ZH_SURNAMES)
    return sur + rng.choice(given_names)


def zh_phone(rng: random.Random) -> str:
    prefixes = ("133", "138", "139", "150", "152", "158", "176", "177", "186", "189", "199")
    n = rng.choice(prefixes) + _digits(rng, 8)
    return rng.choice((n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}"))


def zh_address(rng: random.Random) -> str:
    prov, city, dist, roads = rng.choice(ZH_PLACES)
    head = (prov if rng.random() < 0.5 else "") + city + dist
    tail = rng.choice(
        (
            f"{rng.choice(ZH_ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元"
            f"{rng.randint(1, 28)}0{rng.randint(1, 4)}室",
            f"{rng.choice(ZH_ESTATES)}{rng.randint(1, 18)}幢{rng.randint(101, 2604)}",
        )
    )
    if rng.random() < 0.25:  # lane housing: 路…弄…号…室
        lane = f"{rng.randint(1, 900)}弄{rng.randint(1, 60)}号{rng.randint(101, 602)}室"
        return f"{head}{rng.choice(roads)}{lane}"
    return f"{head}{rng.choice(roads)}{rng.randint(1, 399)}号{tail}"


def zh_rural_address(rng: random.Random) -> str:
    prov, county, town, villages = rng.choice(ZH_RURAL)
    return (
        f"{prov}{county}{town}{rng.choice(villages)}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
    )


def zh_dob(rng: random.Random, first: int = 1938, last: int = 2006) -> str:
    y, m, d = rng.randint(first, last), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}")
    )


def zh_email(rng: random.Random) -> str:
    pinyin = (
        "zhangwei",
        "liuyang",
        "chenjing",
        "wanglei",
        "huangmin",
        "zhaoli",
        "sunhao",
        "xufang",
    )
    return rng.choice(
        (
            f"{rng.randint(10000, 99999)}{_digits(rng, rng.randint(3, 5))}@qq.com",
            f"{rng.choice(pinyin)}{rng.randint(60, 99)}@163.com",
            f"{rng.choice(pinyin)}_{_digits(rng, 2)}@126.com",
        )
    )


def event_date_en(rng: random.Random) -> str:
    mon = rng.choice(("January", "March", "May", "June", "September", "October", "November"))
    return rng.choice(
        (
            f"{rng.randint(1, 28)} {mon}",
            f"{mon} {rng.randint(1, 28)}",
            f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2025",
        )
    )


def en_values(rng: random.Random, region: str) -> dict[str, Any]:
    """Placeholder type -> a maker of its value (a tuple when it is spanned)."""
    names: list[str] = []

    def name(given_names: tuple[str, ...] = EN_GIVEN) -> tuple[str, str]:
        names.append(en_name(rng, given_names))
        return names[-1], "PERSON"

    def email() -> tuple[str, str]:
        # most mailboxes follow the last name written before them; some are unrelated
        owner = names[-1] if names and rng.random() < 0.7 else None
        return en_email(rng, owner), "EMAIL_ADDRESS"

    return {
        "NAME": name,
        "FNAME": lambda: name(EN_GIVEN_F),
        "MNAME": lambda: name(EN_GIVEN_M),
        "FIRST": lambda: (rng.choice(EN_GIVEN), "PERSON"),
        "FFIRST": lambda: (rng.choice(EN_GIVEN_F), "PERSON"),
        "PHONE": lambda: (en_phone(rng, region), "PHONE_NUMBER"),
        "INTL": lambda: (en_intl_phone(rng), "PHONE_NUMBER"),
        "EMAIL": email,
        "CARD": lambda: (make_card(rng), "CREDIT_CARD"),
        "IBAN": lambda: (make_iban(rng), "IBAN_CODE"),
        "SSN": lambda: (make_ssn(rng), "US_SSN"),
        "ACC": lambda: (
            _digits(rng, 8) if region == "uk" else _digits(rng, rng.randint(10, 12)),
            "BANK_ACCOUNT",
        ),
        "ADDR": lambda: (en_address(rng, region), "ADDRESS"),
        "DOB": lambda: (en_dob(rng), "DATE_OF_BIRTH"),
        "IP": lambda: (en_ip(rng), "IP_ADDRESS"),
        # not personal
        "SORT": lambda: f"{rng.randint(10, 99)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
        "ROUTING": lambda: "0" + _digits(rng, 8),
        "AMT": lambda: f"{rng.randint(12, 4800):,}.{rng.choice(('00', '50', '99', '20'))}",
        "REF": lambda: rng.choice(
            (
                f"{rng.choice(('CR', 'DSP', 'FA', 'CX'))}-{rng.randint(2023, 2025)}-"
                f"{_digits(rng, 6)}",
                make_ref16(rng),
                f"{rng.choice('ABCDEFGHJK')}{_digits(rng, 7)}",
            )
        ),
        "ORDER": lambda: f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
        "TXN": lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12)),
        "HOTLINE": lambda: rng.choice(EN_HOTLINES),
        "BIZADDR": lambda: rng.choice(EN_BIZ_ADDR),
        "HOTEL": lambda: rng.choice(EN_HOTELS),
        "EMBASSY": lambda: rng.choice(EN_EMBASSIES),
        "FAMOUS": lambda: rng.choice(EN_FAMOUS),
        "FICTION": lambda: rng.choice(EN_FICTION),
        "FIRM": lambda: rng.choice(EN_FIRMS),
        "TOWN": lambda: rng.choice(UK_TOWNS)[0],
        "SWIFT": lambda: rng.choice(("NWBKGB2L", "BARCGB22", "DEUTDEFF", "BOFIIE2D", "INGBNL2A")),
        "DATE": lambda: event_date_en(rng),
        "TAIL": lambda: _digits(rng, 4),
        "WALLET": lambda: (
            "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(30))
        ),
    }


def zh_values(rng: random.Random) -> dict[str, Any]:
    hospital = rng.choice(ZH_HOSPITALS)
    court = rng.choice(ZH_COURTS)
    rural_bank = rng.choice(ZH_RURAL_BANKS)
    return {
        "NAME": lambda: (zh_name(rng), "PERSON"),
        "FNAME": lambda: (zh_name(rng, ZH_GIVEN_F + ZH_GIVEN_ANY), "PERSON"),
        "MNAME": lambda: (zh_name(rng, ZH_GIVEN_M + ZH_GIVEN_ANY), "PERSON"),
        "TITLED": lambda: (rng.choice(ZH_SURNAMES) + rng.choice(ZH_TITLES), "PERSON"),
        "PHONE": lambda: (zh_phone(rng), "PHONE_NUMBER"),
        "INTL": lambda: (
            rng.choice(
                (
                    f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}",
                    f"+1 416 {rng.randint(200, 989)} {_digits(rng, 4)}",
                )
            ),
            "PHONE_NUMBER",
        ),
        "EMAIL": lambda: (zh_email(rng), "EMAIL_ADDRESS"),
        "ID": lambda: (make_cn_id(rng), "CN_ID_CARD"),
        "ACC": lambda: (make_unionpay_debit(rng), "BANK_ACCOUNT"),
        "CC": lambda: (make_card(rng, rng.choice(("cup", "visa", "mc"))), "CREDIT_CARD"),
        "IBAN": lambda: (make_iban(rng, rng.choice(("GB", "DE", "FR", "NL", "IE"))), "IBAN_CODE"),
        "ADDR": lambda: (zh_address(rng), "ADDRESS"),
        "RURAL": lambda: (zh_rural_address(rng), "ADDRESS"),
        "DOB": lambda: (zh_dob(rng), "DATE_OF_BIRTH"),
        "KIDDOB": lambda: (zh_dob(rng, 2008, 2019), "DATE_OF_BIRTH"),
        "IP": lambda: (en_ip(rng), "IP_ADDRESS"),
        # not personal
        "AMT": lambda: f"{rng.randint(2, 300) * 100:,}",
        "REF": lambda: rng.choice(
            (
                f"HT{rng.randint(2023, 2025)}{_digits(rng, 8)}",
                make_ref16(rng),
                f"GD{_digits(rng, 10)}",
            )
        ),
        "CASE": lambda: (
            f"（{rng.randint(2023, 2025)}）{rng.choice(('浙0106', '川0107', '鲁0212'))}"
            f"执{rng.randint(100, 9999)}号"
        ),
        "TXN": lambda: "4200" + _digits(rng, 24),
        "HOTLINE": lambda: rng.choice(ZH_HOTLINES),
        "SMS": lambda: "10690" + _digits(rng, 7),
        "BIZADDR": lambda: rng.choice(ZH_BIZ_ADDR),
        "HOSP": lambda: hospital[0],
        "HOSPADDR": lambda: hospital[1],
        "HOSPTEL": lambda: hospital[2],
        "COURT": lambda: court[0],
        "COURTADDR": lambda: court[1],
        "RBANK": lambda: rural_bank[0],
        "RBANKADDR": lambda: rural_bank[1],
        "RBANKTEL": lambda: rural_bank[2],
        "SVCLINE": lambda: f"400-{rng.randint(600, 999)}-{_digits(rng, 4)}",
        "HOTEL": lambda: rng.choice(ZH_HOTELS),
        "FAMOUS": lambda: rng.choice(ZH_FAMOUS),
        "FICTION": lambda: rng.choice(ZH_FICTION),
        "FIRM": lambda: rng.choice(ZH_FIRMS),
        "DATE": lambda: f"{rng.randint(2024, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "TAIL": lambda: _digits(rng, 4),
        "SWIFT": lambda: rng.choice(("BARCGB22", "NWBKGB2L", "ROYCCAT2", "HSBCHKHH")),
    }


# ---------------------------------------------------------------- templates
# {TYPE} or {TYPE2}: a placeholder; the same token within one template is the same value.

EN_POS: dict[str, list[str]] = {
    "sms": [
        "hi its {NAME} - card got blocked in tesco?? pls ring me on {PHONE} asap thx",
        "new no for my acct is {PHONE}, old one went w the stolen phone. {FIRST}",
        "can u send the stmt to {EMAIL} not the old one pls. ta",
        "moved house!! new addr is {ADDR}. do i need a form or is a txt ok",
        "hiya, {FIRST} here. sent £50 to wrong acc {ACC} sort {SORT} by mistake, can u get it back",
    ],
    "marketplace": [
        "I sold a sofa on Gumtree to {MNAME}. He paid £{AMT} by transfer and then recalled it. "
        "His account was sort code {SORT}, account {ACC}, and his mobile {PHONE}. Can you help?",
        "Bought a games console on Facebook Marketplace from a seller calling herself {FNAME}. "
        "She told me to collect it from {ADDR}, but nobody answered and she's blocked me.",
        "eBay order {ORDER} never arrived. The seller, {NAME} ({EMAIL}), stopped replying. "
        "I paid with my card {CARD}; please raise a chargeback.",
        "Vinted buyer {NAME} says I sent an empty parcel. I posted it to {ADDR} and have the "
        "receipt. My reference for the dispute is {REF}.",
    ],
    "travel": [
        "I'm in Lisbon until the 14th, staying at {HOTEL}. My card {CARD} was declined at a "
        "pharmacy. Please call me on {INTL} - {NAME}.",
        "Lost my wallet in Bangkok. Please cancel card {CARD}. I've been to the {EMBASSY} about "
        "my passport. Send the new card to my home address, {ADDR}. {NAME}, date of birth {DOB}.",
        "Travelling with my daughter {FFIRST}; her card was swallowed by an ATM outside {HOTEL}. "
        "Her mobile is {PHONE}.",
    ],
    "wedding_gift": [
        "We got married last Saturday and guests sent gifts by transfer. One from {NAME} for "
        "£{AMT} shows as pending. Our joint account is {ACC}, sort code {SORT}.",
        "I want to send a wedding gift to my niece {FNAME} in Dublin. Her IBAN is {IBAN}. Is "
        "there a limit for a one-off payment?",
        "Congratulations gift to my godson {MNAME} bounced back. I used account {ACC} and the "
        "reference 'Wedding {DATE}'. Can you check?",
    ],
    "medical_bill": [
        "The hospital billed my card {CARD} twice for my mother's physio. Her name is {FNAME}, "
        "born {DOB}. Please reverse one of them.",
        "The vet took £{AMT} for my dog's operation but I had agreed a payment plan. Owner: "
        "{NAME}, {ADDR}, mobile {PHONE}.",
        "Paying a US hospital bill for my brother {MNAME}. They want my SSN {SSN} on the form "
        "before they release the itemised invoice - is that normal?",
    ],
    "car_finance": [
        "Finance agreement {REF}: I'm {NAME}, the car is kept at {ADDR}. Please move the direct "
        "debit to account {ACC}, sort code {SORT}.",
        "My son {MNAME} (DOB {DOB}) is the named driver and I'm the guarantor. Please send "
        "anything about the settlement figure to him at {EMAIL}.",
        "The dealer says the balloon payment failed. I'm {NAME}; the new account is {ACC} and "
        "you can reach me on {PHONE} after 6.",
    ],
    "crypto": [
        "I withdrew from Kraken to my account {IBAN} on {DATE} and it never arrived. The "
        "exchange's log shows a login from {IP}, which wasn't me. Registered email: {EMAIL}.",
        "Someone drained my exchange account. The login came from {IP}; my home connection is "
        "{IP2}. I'm {NAME}, card on file {CARD}.",
        "Please don't block my transfer to Coinbase. I'm {NAME}, and I'm sending from account "
        "{ACC}. Call me on {PHONE} if you need to verify.",
    ],
    "student_sponsor": [
        "I'm sponsoring my nephew {MNAME} at Leeds University. Please send £{AMT} each term to his "
        "account {ACC} (sort code {SORT}).",
        "International student here: {NAME}, born {DOB}. My father pays my fees from Lagos and "
        "his phone is {INTL}. Can he be added as a payer?",
        "Sponsor letter for {NAME}: funds come from my account in Germany, {IBAN}. My email is "
        "{EMAIL}.",
    ],
    "pension": [
        "I retire on 30 April. Please pay my pension lump sum into account {ACC}. I'm {NAME}, date "
        "of birth {DOB}.",
        "My late husband {MNAME}'s pension is still being paid into our old account. I live at "
        "{ADDR} now; my number is {PHONE}.",
        "Pension provider needs my bank details confirmed: {NAME}, account {ACC}, sort code "
        "{SORT}, born {DOB}.",
        "Social Security deposits for my mother {FNAME} (SSN {SSN}) stopped after she moved to "
        "{ADDR}. I hold power of attorney.",
    ],
    "charity": [
        "Please cancel my monthly £10 to the hospice. Donor: {NAME}, card {CARD}.",
        "Gift Aid declaration for my donation: {NAME}, {ADDR}.",
        "Gift Aid form sent to giving@brightstar-appeal.org, but my details were wrong. It should "
        "read {NAME}, {ADDR}.",
        "A man with a charity tabard signed up my dad, {MNAME}, at his door ({ADDR}). He's 84 - "
        "can we stop the direct debit? My number is {PHONE}.",
    ],
    "divorce_joint": [
        "After the divorce I want my ex-husband {MNAME} removed from our joint account {ACC}. My "
        "new address is {ADDR} and my number is {PHONE}.",
        "My ex-wife {FNAME} keeps moving money out of the joint account. I've a consent order "
        "dated {DATE}. Please contact me on {EMAIL}.",
        "Splitting the joint savings: half to me ({ACC}), half to {NAME} at {IBAN}.",
    ],
    "visa_funds": [
        "Please issue a letter confirming my balance for my visa application. Name: {NAME}; "
        "Date of birth: {DOB}; Account: {ACC}; Address: {ADDR}.",
        "The embassy needs a proof-of-funds letter for my wife {FNAME}, born {DOB}. Could you "
        "email it to {EMAIL}?",
        "Visa proof of funds for {NAME}: the sponsor is my brother, whose account is {IBAN}.",
    ],
    "job_reference": [
        "To whom it may concern: {NAME} has worked for us as a warehouse supervisor since 2019. "
        "Questions to me, {NAME2}, on {PHONE} or {EMAIL}.",
        "Attached is my employment reference for the mortgage. My manager {FNAME} signed it; she "
        "lives abroad now, mobile {INTL}.",
        "Reference for {NAME}, of {ADDR}: reliable, punctual, salary £{AMT} a month.",
    ],
    "debt_collection": [
        "A collection agency wrote to my address, {ADDR}, about a debt in the name of {NAME}. I've "
        "never heard of them. I'm {NAME2}.",
        "Debt collectors keep phoning my mum {FNAME} on {PHONE} about a card that isn't hers. "
        "Their reference is {REF}.",
        "The court order says to pay into account {ACC}. I want to confirm it belongs to the "
        "creditor before paying. My name is {NAME}.",
    ],
    "credit_file": [
        "My credit file shows a default at {ADDR}, which I left in 2018. It also links me to "
        "{NAME}, who I've never been associated with.",
        "The date of birth on my credit report is wrong: it should be {DOB}. Full name {NAME}.",
        "The bureau lists an SSN of {SSN} against my file; mine ends differently. I'm {NAME}, "
        "{ADDR}.",
    ],
    "subscription": [
        "Please stop the recurring payment to the streaming service on card {CARD}. It is still "
        "in my late father's name, {MNAME}.",
        "I cancelled the gym on {DATE} but they keep taking money. Member {NAME}, email {EMAIL}.",
        "My daughter {FFIRST} signed up to a free trial with my card {CARD}. Can you block "
        "the merchant?",
    ],
    "gig_payout": [
        "My courier payouts should go to account {ACC}, but this week's went to an old one. "
        "Rider: {NAME}, {EMAIL}.",
        "I drive for a delivery app in the US. The 1099 lists SSN {SSN}, which isn't mine. I'm "
        "{NAME}, phone {PHONE}.",
        "Payout for shift work (ID {REF}) bounced. Please pay it to {NAME}, account {ACC}.",
    ],
    "news_tv": [
        "I watched {FAMOUS} on TV talking about card scams and realised I'd been caught. I'm "
        "{NAME}; my phone is {PHONE}.",
        "After that news piece about romance fraud I checked my statements. My mum, {FNAME}, sent "
        "£{AMT} to someone. Her card is {CARD}.",
        "Like in the documentary with {FAMOUS}, someone changed my address to {ADDR} without "
        "me knowing. I'm {NAME}.",
    ],
    "staff_handover": [
        "Handover 17:30: cust {NAME} (acct {ACC}) rang twice about a returned DD; promised a "
        "callback on {PHONE} tomorrow am. @{FIRST} pls pick up.",
        "For the late shift: {NAME} came in to change address to {ADDR}; ID seen. @{FIRST} to "
        "scan docs.",
        "Note for {FIRST}: customer {NAME} wants the fraud letter sent to {EMAIL}, not post.",
    ],
}

EN_NEG: dict[str, list[str]] = {
    "sms": [
        "hi is the {TOWN} branch open sat? need to pay in cheques b4 noon",
        "got a txt saying my card is blocked and to call {HOTLINE}. is that u or a scam??",
        "ty for sorting the refund, all good now :)",
        "whats the swift code for money coming from abroad, is it {SWIFT}?",
    ],
    "marketplace": [
        "Dispute on eBay order {ORDER}: item not as described. The seller is a shop, and its "
        "returns address is {BIZADDR}.",
        "Vinted says the refund takes 5 working days, reference {REF}. Is that normal?",
        "Is it safe to pay a Facebook Marketplace seller by bank transfer, or should I use PayPal?",
    ],
    "travel": [
        "Travelling to Japan from 3 to 17 May; the hotel is {HOTEL}. Do I need to tell you or will "
        "the card just work?",
        "Is there a fee for paying the visa fee by card at the {EMBASSY}?",
        "The ATM at the airport charged a 'local fee' of 220 baht. Is that refunded?",
    ],
    "wedding_gift": [
        "Can I set up a savings pot for a wedding on {DATE}? The venue is {BIZADDR}.",
        "How do I put a reference like 'Wedding gift - congrats!' on a transfer in the app?",
        "We ordered the gift list from {FIRM}. Will a payment over £2,000 be held for checks?",
    ],
    "medical_bill": [
        "Is the charge from Riverside Veterinary Hospital, {BIZADDR}, for £{AMT} genuine? I don't "
        "remember it.",
        "I paid the hospital car park twice on {DATE}. Can one be claimed back, ref {REF}?",
        "Does the card's travel insurance cover hospital bills in Spain?",
    ],
    "car_finance": [
        "Which dealer handles part-exchange - the one at {BIZADDR}? My agreement number is {REF}.",
        "Is the balloon payment due on {DATE} or at the end of the term?",
        "Voluntary termination: do I need to have paid half of the total amount payable?",
    ],
    "crypto": [
        "The exchange says the withdrawal ID is {TXN}; the network fee was 0.0002 BTC. How long do "
        "SEPA payments take?",
        "Do you block payments to crypto exchanges? Their team said to write to "
        "withdrawals@coinvault-example.com.",
        "I sent coins to the wallet {WALLET}; how do I show the bank where the money came from?",
    ],
    "student_sponsor": [
        "The university's fee account is 'Student Fees', reference {REF}. Can I pay from abroad?",
        "When does an international student account need a UK address?",
        "Fees questions go to intl.fees@leedsuni-example.ac.uk; they said your SWIFT is "
        "{SWIFT}. Correct?",
    ],
    "pension": [
        "The State Pension rises in April. Will my standing order change automatically?",
        "Pension Wise's number is {HOTLINE}. Do you work with them?",
        "Can the pension provider pay into a savings account rather than a current account?",
    ],
    "charity": [
        "Please confirm my donation to the hospice on {DATE} went through, ref {REF}.",
        "Is it a real charity? They emailed me from giving@brightstar-appeal.org asking for a "
        "£5 gift.",
        "I heard {FAMOUS} is patron of the appeal. Do you match staff donations?",
    ],
    "divorce_joint": [
        "What happens to a joint account if one holder objects to a withdrawal? Asking before "
        "mediation on {DATE}.",
        "Can a joint account be frozen while a financial order is pending?",
        "The mediator's office is at {BIZADDR}. Do you accept their letter as evidence?",
    ],
    "visa_funds": [
        "The guidance says funds must be held for 28 days. Does your balance letter show that?",
        "The visa centre at {BIZADDR} wants a stamped statement. Can a branch stamp it?",
        "Does the embassy accept an e-statement, or must it be on headed paper?",
    ],
    "job_reference": [
        "Our HR team issues references only by e-mail from hr@harrowfinch.co.uk; we confirm "
        "dates and job "
        "title, nothing more.",
        "Reference request {REF}: please confirm the employer's registered office is {BIZADDR}.",
        "Is a reference letter from a recruitment agency enough for the affordability check?",
    ],
    "debt_collection": [
        "Letter from a collection agency, ref {REF}, says to call {HOTLINE} by {DATE}. Are they "
        "genuine?",
        "Can a debt collector add fees to a balance that was sold to them?",
        "The letter says to reply to disputes@northgate-recoveries.co.uk. Should I send my "
        "dispute there or to you?",
    ],
    "credit_file": [
        "The credit agency says disputes take 28 days. Their address is {BIZADDR}; do I write to "
        "them or to you?",
        "Does a soft search for a quote show up to other lenders?",
        "Why does my score drop after a new phone contract on {DATE}?",
    ],
    "subscription": [
        "Cancelled the music subscription on {DATE} but was charged again; transaction {TXN}.",
        "How do I stop a continuous payment authority in the app?",
        "The magazine says to email subscriptions@monthlymag-example.com to cancel. Can you "
        "block them instead?",
    ],
    "gig_payout": [
        "Why do delivery payouts arrive on Wednesdays? Payout ID {REF}.",
        "Does a self-employed rider need a business account for payouts?",
        "The app's support line is {HOTLINE}; they say the bank is delaying. Is there a hold?",
    ],
    "news_tv": [
        "I read that {FAMOUS} says banks should refund all scam victims. Do you?",
        "Is the advert with {FICTION} real? It mentions an 8% saver.",
        "Saw the documentary about {FIRM}'s founder. Do you still offer their store card?",
        "A TV programme with {FAMOUS} said never to give your PIN over the phone. Good advice!",
    ],
    "staff_handover": [
        "Handover: till 3 balanced, night safe emptied, 4 complaints logged (refs {REF}, {REF2}). "
        "ATM at {BIZADDR} out of £20s.",
        "Late shift: system slow after 16:00; incident {REF} raised with IT. Coin machine fixed.",
        "Reminder: {FIRM} business account review due {DATE}; pack is in the tray.",
    ],
}

ZH_POS: dict[str, list[str]] = {
    "zhuanzhang": [
        "截图文字：微信转账 ¥{AMT}.00 已被接收 收款方 {NAME} 转账时间 {DATE} 21:14。我转错人了，"
        "本来要转给{MNAME}，他手机号{PHONE}。",
        "支付宝截图显示转到了卡号{ACC}，户名{NAME}，这个人我根本不认识，请帮忙拦截。",
        "截图：手机银行转账成功，收款账号{ACC}，收款人{NAME}，附言“房租”。能撤回吗？我电话{PHONE}。",
        "手机银行提示异地登录，登录IP {IP}，不是我本人。我叫{NAME}，邮箱{EMAIL}。",
    ],
    "xianyu": [
        "我在闲鱼买二手相机，卖家叫{NAME}，手机{PHONE}，让我直接转到他卡上{ACC}，现在不发货了。",
        "闲鱼退货，卖家给的寄回地址是{ADDR}，收件人{NAME}，结果查无此人。",
        "闲鱼买家{TITLED}说没收到货，我寄到了{ADDR}，快递显示已签收。",
        "闲鱼卖家让我用信用卡{CC}走“担保链接”付款，还要我填邮箱{EMAIL}，是不是被骗了？",
        "闲鱼账号被盗，登录记录里的IP {IP} 不是我，绑定的卡{ACC}被转走两千。我叫{NAME}。",
    ],
    "lijin": [
        "下个月结婚，女方家要求彩礼转到她父亲{MNAME}的账户{ACC}，金额较大，需要提前预约吗？",
        "表弟{MNAME}结婚，我转了礼金6666元到{ACC}，显示被退回了。",
        "婚礼上收的礼金想存定期，存款人写我爱人{FNAME}，她身份证{ID}。",
    ],
    "yiyuan": [
        "我母亲{FNAME}（身份证{ID}）在{HOSP}住院，押金从我的卡{ACC}扣了两次。",
        "孩子{NAME}，出生日期{KIDDOB}，在{HOSP}看病，医保绑定手机{PHONE}，缴费失败。",
        "宠物医院给我家狗做手术刷了我的信用卡{CC}，说好分期却一次扣完了。我叫{NAME}。",
    ],
    "chedai": [
        "车贷合同号{REF}，借款人{NAME}，每月从{ACC}扣款。家庭住址变更为{ADDR}。",
        "我老公{MNAME}的车贷逾期了，催收打到我这，我电话{PHONE}，我们已经分居了。",
        "车贷提前结清，请把结清证明寄到{ADDR}，收件人{NAME}。",
        "车贷首付刷了我的信用卡{CC}，4S店销售{MNAME}说可以分期，他电话{PHONE}。",
    ],
    "liuxue": [
        "给在英国读书的女儿{FNAME}汇学费，收款IBAN {IBAN}，学校要求附言写学号。",
        "我儿子{MNAME}在多伦多留学，手机{INTL}，生活费每月从我卡{ACC}汇出。",
        "留学担保：担保人{NAME}，出生日期{DOB}，身份证{ID}。",
        "学费汇出后被退回，说IBAN {IBAN}有误，收款人是我女儿{FNAME}，她邮箱{EMAIL}。",
    ],
    "yanglao": [
        "我父亲{MNAME}，{DOB}出生，养老金每月打到{ACC}，这个月没到账。",
        "替老人办养老金资格认证，老人身份证{ID}，住址{RURAL}。",
        "我妈{FNAME}的养老金卡丢了，卡号{ACC}，能不能由我代办挂失？我叫{NAME}。",
    ],
    "lihun": [
        "离婚协议写明共同账户{ACC}里的存款一人一半，前夫{MNAME}不配合，我电话{PHONE}。",
        "离婚后房子归我，房贷还款卡要换成我的{ACC2}，原来扣款卡是前妻{FNAME}的{ACC}。",
        "前妻{FNAME}搬到了{ADDR}，法院判的抚养费让我每月转到她卡上，卡号{ACC}。",
    ],
    "fayuan": [
        "我的卡{ACC}被{COURT}冻结了，案号{CASE}，被执行人写的是{NAME}，可我叫{NAME2}，身份证{ID}。",
        "法院执行通知书寄到了{ADDR}，收件人{NAME}，他早就不住这了。",
        "执行法官说要把款划到法院账户，被执行人{MNAME}，我是他姐姐，电话{PHONE}。",
    ],
    "cuishou": [
        "催收短信发给我妈{FNAME}，说我欠款不还，还打她电话{PHONE}，这合法吗？",
        "收到催收短信：“{NAME}，您尾号{TAIL}的借款已逾期”，可我从没借过，我身份证{ID}。",
        "催收的人把我的住址{ADDR}发到了亲戚群里。我叫{NAME}。",
        "我信用卡{CC}才逾期三天，催收就打给我同事{NAME}，号码{PHONE}。",
    ],
    "zhengxin": [
        "征信报告上有笔贷款不是我办的，登记手机{PHONE}，住址{ADDR}，都不是我的。我叫{NAME}，身份证{ID}。",
        "征信异议申请：姓名{NAME}，出生日期{DOB}，联系邮箱{EMAIL}。",
        "征信显示我为{NAME}担保，我从没签过字。我的电话{PHONE}。",
    ],
    "qishou": [
        "我是外卖骑手{NAME}，站点把工资打到了我以前的卡{ACC}，新卡是{ACC2}。",
        "骑手工资结算卡要换，姓名{NAME}，身份证{ID}，新卡{ACC}。",
        "我们站长{MNAME}用他自己的卡{ACC}给大家发工资，这样合规吗？",
    ],
    "dashang": [
        "我儿子{MNAME}，{KIDDOB}出生，用我的信用卡{CC}给主播打赏了三万多，能退吗？",
        "直播打赏退款申请，付款人{NAME}，联系电话{PHONE}，扣款卡{ACC}。",
        "我女儿{FNAME}才13岁，偷偷绑了我的卡{ACC}充值，平台让银行出证明，邮箱{EMAIL}。",
    ],
    "chaiqian": [
        "拆迁补偿款打到了我哥{MNAME}的账户{ACC}，被拆的房子在{RURAL}，我们兄弟三人共有。",
        "拆迁办要补偿款收款卡，户主{NAME}，身份证{ID}，卡号{ACC}。",
        "老宅在{RURAL}，补偿款被我叔叔{MNAME}领走了，能查到去向吗？",
    ],
    "cunzhen": [
        "我在{RBANK}存的钱取不出来，存折账号{ACC}，户名{NAME}，家住{RURAL}。",
        "合作社分红打到了我爸{MNAME}的卡{ACC}，他不会用手机银行，电话{PHONE}。",
        "{RBANK}的客户经理{MNAME}让我把钱转到他个人卡上，说是理财。",
    ],
    "xinwen": [
        "看了{FAMOUS}的纪录片后捐了款，想查有没有到账。我叫{NAME}，卡号{ACC}，电话{PHONE}。",
        "新闻说有人冒充{FAMOUS}卖课骗钱，我妈{FNAME}就被骗了，她卡号{ACC}。",
        "电视上讲的养老诈骗跟我爸{MNAME}遇到的一样，他家住{ADDR}。",
        "新闻里{FAMOUS}提醒老人防骗，可我爸{MNAME}还是把信用卡{CC}的验证码告诉了别人。",
    ],
    "jiaojieban": [
        "交接班记录：客户{NAME}（手机{PHONE}）挂失补卡，新卡{ACC}待领，请{NAME2}明早联系。",
        "交班：{TITLED}来办遗失密码重置，身份证{ID}已核验，材料在柜台2号抽屉。",
        "交接：客户{NAME}地址变更为{ADDR}，系统已改，纸质件明天送档案室。",
    ],
}

ZH_NEG: dict[str, list[str]] = {
    "zhuanzhang": [
        "截图显示：支付宝付款 ¥58.00 给商家“外卖平台”，交易单号{TXN}，状态退款中。多久到账？",
        "微信转账截图上写“对方已收款”，可是一直没到，转账时间{DATE}。",
        "截图里手机银行提示“收款账户尾号{TAIL}户名不符”，是什么意思？",
    ],
    "xianyu": [
        "闲鱼订单显示已签收，是驿站代收的，驿站在{BIZADDR}。",
        "闲鱼上说“先转账再发货”的都是骗子吗？平台建议走担保交易。",
        "闲鱼卖的是{FIRM}的礼盒，买家退款理由写错了，平台客服能处理吗？",
    ],
    "lijin": [
        "婚宴在{HOTEL}，酒店要求定金走对公账户，对公转账当天能到吗？",
        "新闻说有地方限制高额彩礼，{DATE}开始执行，银行有相关规定吗？",
        "礼金存款有没有大额存单？起存金额多少？",
    ],
    "yiyuan": [
        "{HOSP}收费处电话{HOSPTEL}，说退款要三到五个工作日。",
        "{HOSP}在{HOSPADDR}，医院门口的ATM能取多少现金？",
        "医保个人账户的钱能不能转到银行卡？",
    ],
    "chedai": [
        "4S店在{BIZADDR}，车贷提前还款要收违约金吗？",
        "车贷合同号{REF}，提前还款手续费怎么算？",
        "车贷利率是按贷款市场报价利率浮动的吗？",
    ],
    "liuxue": [
        "帝国理工的收款账户是学校对公账户，SWIFT是{SWIFT}，附言写什么？",
        "留学生每年购汇额度是5万美元吗？学费可以超额吗？",
        "学校说汇款后把凭证发到{ROLE}，是学校的公共邮箱。",
    ],
    "yanglao": [
        "社保局说养老金调整从1月起补发，咨询电话12333。",
        "养老金到账日是每月几号？{DATE}那天没看到。",
        "个人养老金账户每年最多存多少？",
    ],
    "lihun": [
        "婚姻登记处在{BIZADDR}，离婚冷静期30天，银行这边需要什么材料？",
        "离婚财产分割后，共同账户可以直接销户吗？",
        "法院判决书生效日期是{DATE}，凭判决书能查询对方账户吗？",
    ],
    "fayuan": [
        "收到短信说账户被法院冻结，要我打{SVCLINE}核实，这是真的吗？",
        "{COURT}的地址是{COURTADDR}，执行局让我本人去一趟。",
        "案号{CASE}的执行款什么时候能划到申请人账户？",
    ],
    "cuishou": [
        "收到“今日18点前还款，否则上报征信”的短信，发送号码{SMS}，是官方的吗？",
        "催收短信说要上门，他们有权这么做吗？",
        "信用卡中心的官方电话是{HOTLINE}吗？怕是假冒的。",
    ],
    "zhengxin": [
        "人民银行征信中心客服400-810-8866，异议处理要多久？",
        "征信查询次数多会影响房贷吗？",
        "征信中心的查询网点在{BIZADDR}，周末开门吗？",
    ],
    "qishou": [
        "骑手工资每周二结算，平台客服说是系统延迟。",
        "外卖平台的结算单号{REF}，到账显示“退回”，什么原因？",
        "骑手站点在{BIZADDR}，能去那附近的网点办卡吗？",
    ],
    "dashang": [
        "直播平台公告说未成年人打赏可以申请退款，客服电话{SVCLINE}。",
        "打赏退款需要银行出具什么流水？交易单号{TXN}。",
        "新闻里{FAMOUS}呼吁规范直播打赏，你们有限额吗？",
    ],
    "chaiqian": [
        "街道拆迁办在{BIZADDR}办公，补偿款发放公告贴在村委会门口。",
        "拆迁补偿款到账后存大额存单利率多少？",
        "拆迁协议编号{REF}，补偿款说{DATE}前发放。",
    ],
    "cunzhen": [
        "{RBANK}营业部在{RBANKADDR}，营业时间8:30-17:00。",
        "村镇银行的存款也受存款保险保护吗？",
        "{RBANK}的客服电话是多少？官网写的是{RBANKTEL}。",
    ],
    "xinwen": [
        "新闻里说{FAMOUS}的事迹很感人，你们有公益捐款通道吗？",
        "电视剧里{FICTION}的台词被骗子用来做广告，提醒大家注意。",
        "{FIRM}的创始人故事上了新闻，他们家的联名卡还能办吗？",
        "看了讲{FAMOUS}的节目，想问问你们的养老理财产品。",
    ],
    "jiaojieban": [
        "交接班：现金尾箱已核对，ATM（{BIZADDR}）加钞完毕，投诉工单{REF}已回访。",
        "交班：网点叫号机故障，已报修，工单{REF}。",
        "交接：明天{DATE}上级检查，凭证装订好放在金库。",
    ],
}
EN_GENRES = tuple(EN_POS)
ZH_GENRES = tuple(ZH_POS)
PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d?)\}")


def fill(template: str, makers: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """Compose ``template``: literal parts as written, each placeholder replaced by its value;
    spanned values get their exact offsets."""
    chosen: dict[str, Value] = {}
    text, spans, last = "", [], 0
    for m in PLACEHOLDER.finditer(template):
        text += template[last : m.start()]
        token = m.group(0)
        if token not in chosen:
            value = makers[m.group(1)]()
            # a second placeholder of the same type gets a different value
            while value in chosen.values() and isinstance(value, tuple):
                value = makers[m.group(1)]()
            chosen[token] = value
        value = chosen[token]
        if isinstance(value, tuple):
            spans.append({"start": len(text), "end": len(text) + len(value[0]), "label": value[1]})
            text += value[0]
        else:
            text += value
        last = m.end()
    return text + template[last:], spans


# Openers and sign-offs (no personal data) for messages that are not notes, SMS or screenshots.
PLAIN_GENRES = {"sms", "staff_handover", "jiaojieban", "zhuanzhang"}
EN_OPENERS = (
    "",
    "",
    "",
    "Hello, ",
    "Hi there. ",
    "Good morning. ",
    "Quick question: ",
    "Dear Sir/Madam, ",
)
EN_CLOSERS = (
    "",
    "",
    "",
    " Thanks.",
    " Many thanks!",
    " Kind regards",
    " Thank you in advance.",
    " Cheers",
)
ZH_OPENERS = ("", "", "", "你好，", "您好！", "请问一下，", "麻烦问下，", "客服你好，")
ZH_CLOSERS = ("", "", "", "谢谢。", "急！", "麻烦尽快回复。", "多谢。", "在线等。")


def _row(
    rng: random.Random, lang: str, genre: str, negative: bool
) -> tuple[str, list[dict[str, Any]]]:
    if lang == "en":
        template = rng.choice((EN_NEG if negative else EN_POS)[genre])
        region = (
            "us"
            if "{SSN" in template
            else "uk"
            if "{SORT" in template
            else rng.choice(("uk", "uk", "us"))
        )
        if genre not in PLAIN_GENRES:
            template = rng.choice(EN_OPENERS) + template + rng.choice(EN_CLOSERS)
        text, spans = fill(template, en_values(rng, region))
        if genre == "sms":
            text = text.lower()  # ASCII only here: offsets unchanged
        return text, spans
    template = rng.choice((ZH_NEG if negative else ZH_POS)[genre])
    if genre not in PLAIN_GENRES:
        template = rng.choice(ZH_OPENERS) + template + rng.choice(ZH_CLOSERS)
    makers = zh_values(rng)
    makers["ROLE"] = lambda: rng.choice(
        ("fees@imperial-example.ac.uk", "admissions@uoft-example.ca")
    )
    return fill(template, makers)


def generate(n: int = 600, seed: int = 17019) -> list[dict[str, Any]]:
    """``n`` rows (half English, half Chinese; 30% of each language PII-free)."""
    rng = random.Random(seed)
    plan: list[tuple[str, str, bool]] = []
    for lang, genres, count in (("en", EN_GENRES, n - n // 2), ("zh", ZH_GENRES, n // 2)):
        negatives = round(count * 0.3)
        for kind, k in ((True, negatives), (False, count - negatives)):
            order = list(genres)
            rng.shuffle(order)
            plan += [(lang, order[i % len(order)], kind) for i in range(k)]
    rng.shuffle(plan)
    rows = []
    for index, (lang, genre, negative) in enumerate(plan):
        text, spans = _row(rng, lang, genre, negative)
        rows.append(
            {"id": f"v17-{lang}-{genre}-{index:04d}", "text": text, "lang": lang, "spans": spans}
        )
    return rows


def stats(rows: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {
        "label": Counter(),
        "lang": Counter(),
        "genre": Counter(),
        "pii_free": Counter(),
    }
    for row in rows:
        out["lang"][row["lang"]] += 1
        out["genre"][row["id"].split("-")[2]] += 1
        if not row["spans"]:
            out["pii_free"][row["lang"]] += 1
        for span in row["spans"]:
            out["label"][f"{row['lang']} {span['label']}"] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=17019)
    parser.add_argument("--stats", action="store_true", help="counts per label, language, genre")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if not args.stats:
        import json

        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    for name, counter in stats(rows).items():
        print(f"{name}:")
        for key, count in sorted(counter.items()):
            print(f"  {key:28} {count}")


if __name__ == "__main__":
    main()
