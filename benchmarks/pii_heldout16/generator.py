"""Sixteenth independent bilingual PII evaluation set (a blind TEST split: measure, never tune).

    python benchmarks/pii_heldout16/generator.py [--n 600] [--seed 16018] [--stats]

Written blind after the fifteenth set: without opening the engine, its resources, the tests, the
dev generators or any earlier set; only the scorer (``benchmarks/pii_quality.py``), README.md and
pyproject.toml were read. ``generate(n, seed)`` returns rows ``{"id": "v16-{lang}-{genre}-NNNN",
"text", "lang", "spans": [{"start", "end", "label"}]}``: half English, half Chinese; 30% of each
language carries no personal data (hard negatives written in the same genres).

Genres. English: voicemail/ASR transcripts with disfluencies and numbers read aloud, OCR'd scans
(line-break hyphenation in ordinary words, stray ``|``/``¦``/``~`` marks), complaints to a
regulator (FOS/CFPB), loan applications with employer and referee sections, insurance claims,
probate letters (deceased customer, executors), power-of-attorney notices, school-fee payments
for children, landlord/tenant deposit disputes, small-business owners mixing personal and
business details, app debug-log JSON/CSV snippets, customers correcting an earlier message,
TSV/markdown table pastes, public figures beside (or without) the writer's details. Chinese:
12345热线工单, 银行流水备注, 租房合同, 社保/公积金, 贷款申请表, 学费缴纳, 遗产继承/公证,
语音转写带口误, 粤语口语, 拼音夹杂, 简繁混排的表格粘贴, app 日志. About 40% of the PII-free
messages come from a shared pool of look-alike templates per genre (``EXTRA_NEG_EN/ZH``).

Labels: PERSON, PHONE_NUMBER, EMAIL_ADDRESS, CREDIT_CARD, IBAN_CODE, US_SSN, CN_ID_CARD,
BANK_ACCOUNT, IP_ADDRESS, ADDRESS, DATE_OF_BIRTH (the scorer's docstring names the first six
English ones, IP_ADDRESS, ADDRESS and BANK_ACCOUNT; CN_ID_CARD and DATE_OF_BIRTH are the README's
names for the Chinese resident ID and the birth date). URL, LOCATION and DATE_TIME are never used.

Conventions (the scorer's, and where it is silent, decided here):
- PERSON: a private person's name as written, without an English honorific (``Mr``, ``Dr``);
  a bare surname keeps its title (``Mrs Achebe``). Chinese: the name without ``先生``/``女士``
  when the full name is written; a bare surname keeps its affix (``陈先生``, ``王姐``, ``小刘``,
  ``老周``, Cantonese ``黄生``/``何小姐``). Deceased customers, children, referees, executors and
  tenants are persons. Public figures, fictional people and firms or schools named after people
  (``John Lewis``, ``Morgan Stanley``, ``李宁``) are not.
- PHONE_NUMBER: a person's number, with its country code and extension (``ext 214``); read
  aloud, spanned as spoken with the fillers inside (``oh seven uh seven ... double four``,
  ``幺三八…``). Business hotlines, a firm's switchboard, 12345/95xxx/400 lines are not. A
  corrected number ("sorry, I meant ...") and the wrong one it corrects are both spanned: both
  are the customer's to protect.
- UnionPay ``62…`` debit cards called 卡号/银行卡/account are BANK_ACCOUNT; a card with a credit
  cue (信用卡, credit card, Visa, Mastercard) is CREDIT_CARD. UK account numbers are spanned, sort
  codes never are. A company's, landlord agency's, school's or court's account is not personal
  (对公账户 likewise). Masked cards and last four digits are not spanned.
- ADDRESS: a private home address from the flat or house number to the postcode, one span even
  when a scan breaks it over lines (Chinese: from the province or city to the room). A firm's,
  school's, branch's or notary office's address is not.
- DATE_OF_BIRTH: only a birth date; claim, death, payment and tenancy dates are not.
- EMAIL_ADDRESS: a personal mailbox; role mailboxes (``claims@``, ``admissions@``, ``kefu@``)
  are not. IP_ADDRESS: a customer's device address in a log line.
- Checksummed numbers are valid: Luhn cards, IBAN mod-97, GB 11643 IDs (some ending in X, birth
  date inside matching a stated DOB), SSNs under the SSA rules. Card-shaped references in PII-free
  messages fail Luhn.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable

Value = tuple[str, str | None]
Row = dict[str, object]

LABELS = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "CN_ID_CARD",
    "BANK_ACCOUNT",
    "IP_ADDRESS",
    "ADDRESS",
    "DATE_OF_BIRTH",
)
NEGATIVE_SHARE = 0.3
SLOT = re.compile(r"⟨(\w+)⟩")


def compose(template: str, values: dict[str, Value | str]) -> tuple[str, list[dict[str, object]]]:
    """Fill ``⟨key⟩`` slots; a value given with a label becomes a span exactly on it."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for match in SLOT.finditer(template):
        literal = template[pos : match.start()]
        out.append(literal)
        length += len(literal)
        value = values[match.group(1)]
        text, label = (value, None) if isinstance(value, str) else value
        if label is not None:
            spans.append({"start": length, "end": length + len(text), "label": label})
        out.append(text)
        length += len(text)
        pos = match.end()
    out.append(template[pos:])
    return "".join(out), spans


# ---------------------------------------------------------------- checksums (own helpers)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def luhn_broken(prefix: str, length: int, rng: random.Random) -> str:
    good = luhn_complete(prefix, length, rng)
    return good[:-1] + str((int(good[-1]) + 1 + rng.randrange(8)) % 10)


def iban_mod97(iban: str) -> int:
    compact = iban.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97


def make_iban(country: str, bban: str) -> str:
    probe = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in probe)) % 97
    return f"{country}{check:02d}{bban}"


ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def ssn_ok(ssn: str) -> bool:
    digits = re.sub(r"\D", "", ssn)
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (
        area not in ("000", "666")
        and not area.startswith("9")
        and group != "00"
        and serial != "0000"
        and digits not in ("078051120", "219099999", "123456789")
    )


# ---------------------------------------------------------------- English values

GIVEN = [
    "Harriet",
    "Declan",
    "Oluwaseun",
    "Marisol",
    "Tobias",
    "Ingrid",
    "Rashid",
    "Bronwen",
    "Callum",
    "Yusuf",
    "Philippa",
    "Desmond",
    "Anjali",
    "Gareth",
    "Lucinda",
    "Tomasz",
    "Esme",
    "Kwabena",
    "Rosalind",
    "Fergus",
    "Noor",
    "Imogen",
    "Leopold",
    "Shauna",
    "Malcolm",
    "Precious",
    "Ruairi",
    "Beatrix",
    "Sunil",
    "Winifred",
    "Dominic",
    "Keziah",
]
SURNAME = [
    "Achebe",
    "Fairweather",
    "Lindqvist",
    "Okonkwo",
    "Pemberton",
    "Castellano",
    "Hargreaves",
    "Nowicki",
    "Thistlewood",
    "Ramaswamy",
    "Dunleavy",
    "Abernethy",
    "Kowalczyk",
    "Mbeki",
    "Ellingham",
    "Quintero",
    "Bhattacharya",
    "Greenhalgh",
    "Oyelaran",
    "Whitcombe",
    "Szabo",
    "MacAskill",
    "Trevelyan",
    "Adeyemi",
    "Holloway",
    "Ferreira",
    "Lockhart",
    "Nakamura",
]
STREETS = [
    "Wensley Grove",
    "Pennine Rise",
    "Cobden Terrace",
    "Larkhill Close",
    "Marsh Lane",
    "Albion Street",
    "Ferndale Avenue",
    "Quarry Bank Road",
    "Otterburn Way",
    "Kestrel Drive",
]
UK_TOWNS = [
    ("Halifax", "HX3 0PL"),
    ("Stockport", "SK4 2NB"),
    ("Swansea", "SA2 9LT"),
    ("Dundee", "DD2 1QE"),
    ("Norwich", "NR4 7HG"),
    ("Bolton", "BL1 5RW"),
    ("Exeter", "EX2 8JD"),
    ("Lincoln", "LN6 3XF"),
]
US_PLACES = [
    ("Columbus, OH 43214", "614"),
    ("Tucson, AZ 85719", "520"),
    ("Raleigh, NC 27605", "919"),
    ("Spokane, WA 99203", "509"),
    ("Madison, WI 53705", "608"),
    ("Omaha, NE 68132", "402"),
]
US_STREETS = ["Sycamore Ct", "Juniper Hollow Rd", "W Belmont Ave", "Prairie View Dr", "Elm St"]
MAIL_HOSTS = [
    "gmail.com",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "btinternet.com",
    "proton.me",
]
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
SPOKEN = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def p(text: str) -> Value:
    return (text, "PERSON")


def en_name(rng: random.Random) -> str:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAME)
    roll = rng.random()
    if roll < 0.15:
        return f"{given} {rng.choice('ABCDEFGJKLMRST')}. {surname}"
    if roll < 0.22:
        return f"{given} {surname}-{rng.choice(SURNAME)}"
    return f"{given} {surname}"


def digits(rng: random.Random, k: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(k))


def uk_mobile(rng: random.Random) -> str:
    tail = f"{rng.choice('3456789')}{digits(rng, 8)}"
    style = rng.random()
    if style < 0.5:
        return f"07{tail[:3]} {tail[3:]}"
    if style < 0.75:
        return f"+44 7{tail[:3]} {tail[3:6]} {tail[6:]}"
    return f"07{tail}"


def uk_landline(rng: random.Random) -> str:
    code, rest = rng.choice([("0161", 7), ("0113", 7), ("0131", 7), ("029", 8), ("01392", 6)])
    first = rng.choice("2345678")
    body = first + digits(rng, rest - 1)
    if rest == 8:
        return f"{code} {body[:4]} {body[4:]}"
    if rest == 7:
        return f"{code} {body[:3]} {body[3:]}"
    return f"{code} {body}"


def us_phone(rng: random.Random, area: str | None = None) -> str:
    area = area or rng.choice(["312", "617", "206", "404", "713", "303"])
    mid = rng.choice("23456789") + digits(rng, 2)
    end = digits(rng, 4)
    return rng.choice([f"({area}) {mid}-{end}", f"{area}-{mid}-{end}", f"{area}.{mid}.{end}"])


def spoken_digits(number: str, rng: random.Random) -> str:
    """Read a digit string aloud the way a caller does: oh, doubles, a hesitation."""
    ds = [c for c in number if c.isdigit()]
    words: list[str] = []
    i = 0
    while i < len(ds):
        if i + 1 < len(ds) and ds[i] == ds[i + 1] and rng.random() < 0.6:
            words.append("double " + SPOKEN[int(ds[i])])
            i += 2
        else:
            words.append(SPOKEN[int(ds[i])] if ds[i] != "0" or rng.random() < 0.8 else "zero")
            i += 1
    if len(words) > 5 and rng.random() < 0.5:
        words.insert(rng.randrange(3, len(words) - 1), "uh")
    return " ".join(words)


def personal_email(rng: random.Random, name: str) -> str:
    parts = [w for w in re.split(r"[ .\-]+", name.lower()) if len(w) > 1]
    given, surname = parts[0], parts[-1]
    local = rng.choice(
        [
            f"{given}.{surname}",
            f"{given[0]}{surname}",
            f"{surname}{given[0]}{rng.randrange(10, 99)}",
            f"{given}{rng.randrange(1960, 2005)}",
            f"{given}_{surname}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_HOSTS)}"


def uk_address(rng: random.Random) -> str:
    town, postcode = rng.choice(UK_TOWNS)
    house = rng.randrange(2, 190)
    street = rng.choice(STREETS)
    if rng.random() < 0.3:
        return f"Flat {rng.randrange(1, 12)}, {house} {street}, {town} {postcode}"
    return f"{house} {street}, {town} {postcode}"


def us_address(rng: random.Random) -> tuple[str, str]:
    place, area = rng.choice(US_PLACES)
    unit = f", Apt {rng.randrange(1, 30)}{rng.choice('ABC')}" if rng.random() < 0.4 else ""
    return f"{rng.randrange(100, 9900)} {rng.choice(US_STREETS)}{unit}, {place}", area


def birth_date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(1942, 2004), rng.randrange(1, 13), rng.randrange(1, 29)


def en_dob(rng: random.Random, ymd: tuple[int, int, int] | None = None) -> str:
    y, m, d = ymd or birth_date(rng)
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{MONTHS[m - 1]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1][:3]} {y}",
        ]
    )


def card(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        number = luhn_complete("4", 16, rng)
    elif kind < 0.75:
        number = luhn_complete(rng.choice(["51", "53", "55", "2221"]), 16, rng)
    else:
        number = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return f"{number[:4]} {number[4:10]} {number[10:]}" if rng.random() < 0.6 else number
    if rng.random() < 0.6:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    if rng.random() < 0.5:
        return "-".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def sort_code(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"


def uk_account(rng: random.Random) -> str:
    return rng.choice("1234567") + digits(rng, 7)


def iban(rng: random.Random, grouped: bool | None = None) -> str:
    country = rng.choice(["GB", "DE", "NL", "IE", "AT"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digits(rng, 14)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)
    elif country == "DE":
        bban = digits(rng, 18)
    else:
        bban = digits(rng, 16)
    value = make_iban(country, bban)
    if grouped is None:
        grouped = rng.random() < 0.6
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if grouped else value


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randrange(1, 900)
        value = f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if ssn_ok(value):
            return value if rng.random() < 0.8 else value.replace("-", " ")


def public_ip(rng: random.Random) -> str:
    first = rng.choice([31, 51, 77, 82, 86, 92, 109, 176, 185, 203, 212])
    return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def ref(rng: random.Random, prefix: str, k: int = 7) -> str:
    return f"{prefix}-{digits(rng, k)}"


def non_birth_date(rng: random.Random) -> str:
    y, m, d = rng.randrange(2019, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


HOTLINES_EN = ["0345 734 5345", "0800 028 4411", "0333 202 7010", "1-800-432-1000", "03457 404 404"]
ROLE_MAILBOXES = [
    "complaints@",
    "admissions@",
    "accounts@",
    "claims@",
    "lettings@",
    "probate@",
    "noreply@",
    "bursar.office@",
    "support@",
    "mortgages@",
    "info@",
]
FIRMS = ["John Lewis", "Marks & Spencer", "Ted Baker", "Sainsbury's", "Harvey Nichols"]
FINANCE_FIRMS = ["Morgan Stanley", "Charles Schwab", "Hargreaves Lansdown", "Merrill Lynch"]
PUBLIC = ["Martin Lewis", "Andrew Bailey", "Warren Buffett", "Mary Portas", "Sherlock Holmes"]
BUSINESS_ADDR = [
    "Unit 7, Calder Park Business Centre, Wakefield WF2 7AW",
    "3rd Floor, 40 Bank Street, London E14 5NR",
    "Exchange Tower, Harbour Exchange Square, London E14 9SR",
    "1200 Commerce Plaza, Suite 400, Columbus, OH 43215",
]


# ---------------------------------------------------------------- English genres
# Each builder takes (rng, positive) and returns (genre, text, spans).

Built = tuple[str, list[dict[str, object]]]


def en_voicemail(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = rng.choice(
            [
                "Voicemail transcript (auto): hi, uh, it's about the mortgage leaflet, um, the one "
                "that says call ⟨hot⟩. I rang it, uh, twice. Case reference ⟨ref⟩. Bye.",
                "[ASR 0.81] hello yeah um I'm just ringing back about the, the letter dated "
                "⟨date⟩... it says reference ⟨ref⟩, I'll, uh, try the helpline ⟨hot⟩ tomorrow",
                "Voicemail: hiya, uh, quick one, um, is the branch on the high street still "
                "shutting on ⟨date⟩? Saw it on the ⟨firm⟩ noticeboard. No need to call back, ta.",
            ]
        )
        return compose(
            t,
            {
                "hot": rng.choice(HOTLINES_EN),
                "ref": ref(rng, "VM"),
                "date": non_birth_date(rng),
                "firm": rng.choice(FIRMS),
            },
        )
    name = en_name(rng)
    phone = uk_mobile(rng)
    t = rng.choice(
        [
            "Voicemail transcript (auto): hi, uh, this is ⟨name⟩, um, I had a call about my "
            "card? Can you ring me back on ⟨spoken⟩, that's, uh, ⟨phone⟩. Thanks, bye.",
            "[ASR 0.74] yeah hello it's um ⟨name⟩ calling about the, the direct debit, my number "
            "is ⟨spoken⟩ ... sorry, uh, date of birth is ⟨dob⟩ if you need it. cheers",
            "Voicemail: hi it's ⟨name⟩, er, I've moved, new address is ⟨addr⟩, um, and the "
            "mobile's still ⟨phone⟩. Bye now.",
        ]
    )
    return compose(
        t,
        {
            "name": p(name),
            "phone": (phone, "PHONE_NUMBER"),
            "spoken": (spoken_digits(phone, rng), "PHONE_NUMBER"),
            "dob": (en_dob(rng), "DATE_OF_BIRTH"),
            "addr": (uk_address(rng), "ADDRESS"),
        },
    )


def hyphenate(word: str, rng: random.Random) -> str:
    if len(word) < 7 or rng.random() < 0.5:
        return word
    cut = rng.randrange(3, len(word) - 3)
    return word[:cut] + "-\n" + word[cut:]


def en_ocr(rng: random.Random, pos: bool) -> Built:
    stray = rng.choice(["|", "¦", "~", "·", "'"])
    long1 = hyphenate(
        rng.choice(["Application", "Correspondence", "Declaration", "Information"]), rng
    )
    long2 = hyphenate(rng.choice(["signature", "authorised", "statement", "undersigned"]), rng)
    if not pos:
        t = (
            f"SCANNED PAGE 2 of 3 {stray}\n{long1} received ⟨date⟩ {stray} Ref ⟨ref⟩\n"
            f"Please return the {long2} form to our office: ⟨baddr⟩ {stray}\n"
            f"Enquiries: ⟨hot⟩ or ⟨mail⟩ ~~ page ends"
        )
        return compose(
            t,
            {
                "date": non_birth_date(rng),
                "ref": ref(rng, "SCN", 8),
                "baddr": rng.choice(BUSINESS_ADDR),
                "hot": rng.choice(HOTLINES_EN),
                "mail": rng.choice(ROLE_MAILBOXES) + "harbourbank.co.uk",
            },
        )
    name = en_name(rng)
    t = rng.choice(
        [
            f"SCANNED {stray} {long1} form (OCR)\nFull name: ⟨name⟩ {stray}\n"
            f"Date of birth . . ⟨dob⟩\nHome address ⟨addr⟩ {stray}{stray}\n"
            f"Tel (day) ⟨phone⟩ {stray} I the {long2} confirm the above.",
            f"OCR p.1 {stray}\nAccount holder: ⟨name⟩\nSort code {sort_code(rng)} "
            f"Account no. ⟨acct⟩ {stray}\nE-mail ⟨email⟩\n{long1} — {long2} on file ~",
            f"{stray}Policy holder{stray} ⟨name⟩\nCorrespondence address:\n⟨mladdr⟩\n"
            f"D.O.B.{stray}⟨dob⟩{stray}\nMob: ⟨mobile⟩ {stray} {long1} ref {ref(rng, 'SC')}",
        ]
    )
    return compose(
        t,
        {
            "name": p(name),
            "dob": (en_dob(rng), "DATE_OF_BIRTH"),
            "addr": (uk_address(rng), "ADDRESS"),
            "phone": (uk_landline(rng), "PHONE_NUMBER"),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
            "email": (personal_email(rng, name), "EMAIL_ADDRESS"),
            "mladdr": (uk_address(rng).replace(", ", "\n"), "ADDRESS"),
            "mobile": (uk_mobile(rng), "PHONE_NUMBER"),
        },
    )


def en_regulator(rng: random.Random, pos: bool) -> Built:
    body = rng.choice(["Financial Ombudsman Service", "CFPB", "Financial Conduct Authority"])
    if not pos:
        t = rng.choice(
            [
                "To the ⟨body⟩: I am writing on behalf of our residents' association about the "
                "closure of the ⟨firm⟩ branch. The bank's reply of ⟨date⟩ (ref ⟨ref⟩) gave no "
                "reason. The bank's complaints line ⟨hot⟩ just plays music.",
                "Complaint summary for the ⟨body⟩ — firm: Harbour Bank plc, registered office "
                "⟨baddr⟩; final response ⟨date⟩; complaint ⟨ref⟩; contact ⟨mail⟩.",
            ]
        )
        return compose(
            t,
            {
                "body": body,
                "firm": rng.choice(FIRMS),
                "date": non_birth_date(rng),
                "ref": ref(rng, "PNX"),
                "hot": rng.choice(HOTLINES_EN),
                "baddr": rng.choice(BUSINESS_ADDR),
                "mail": rng.choice(ROLE_MAILBOXES) + "harbourbank.co.uk",
            },
        )
    name = en_name(rng)
    if body == "CFPB":
        addr, area = us_address(rng)
        t = (
            "Complaint to the CFPB. Consumer: ⟨name⟩, ⟨addr⟩. Phone ⟨phone⟩. The bank froze my "
            "checking account after I disputed a charge on my card ⟨card⟩. They asked for my "
            "SSN (⟨ssn⟩) three times and still say they cannot verify me."
        )
        values: dict[str, Value | str] = {
            "addr": (addr, "ADDRESS"),
            "phone": (us_phone(rng, area), "PHONE_NUMBER"),
            "card": (card(rng), "CREDIT_CARD"),
            "ssn": (ssn(rng), "US_SSN"),
        }
    else:
        other = en_name(rng)
        t = (
            "Dear ⟨body⟩, I complain about how my late mother's account was handled. I am "
            "⟨name⟩ (⟨email⟩, ⟨phone⟩); the bank wrote to her, ⟨other⟩, at ⟨addr⟩ four times "
            "after we sent the death certificate. Her account ⟨acct⟩ was charged fees."
        )
        values = {
            "email": (personal_email(rng, name), "EMAIL_ADDRESS"),
            "phone": (uk_mobile(rng), "PHONE_NUMBER"),
            "other": p(other),
            "addr": (uk_address(rng), "ADDRESS"),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
        }
    values.update({"body": body, "name": p(name)})
    return compose(t, values)


def en_loan(rng: random.Random, pos: bool) -> Built:
    employer = rng.choice(["Calderbrook Logistics Ltd", "Pennine Water plc", "St Anne's Hospice"])
    if not pos:
        t = (
            "LOAN APPLICATION — guidance notes. Section 4 (Employer): give the employer's name "
            "and address, e.g. ⟨emp⟩, ⟨baddr⟩. Section 5 (Referee): someone who has known you "
            "two years. Questions: ⟨hot⟩, ⟨mail⟩. Product code ⟨ref⟩, APR 7.9% from ⟨date⟩."
        )
        return compose(
            t,
            {
                "emp": employer,
                "baddr": rng.choice(BUSINESS_ADDR),
                "hot": rng.choice(HOTLINES_EN),
                "mail": "lending@harbourbank.co.uk",
                "ref": ref(rng, "PL"),
                "date": non_birth_date(rng),
            },
        )
    name, referee = en_name(rng), en_name(rng)
    if rng.random() < 0.35:
        addr, area = us_address(rng)
        t = (
            "Auto loan application (US)\nBorrower: ⟨name⟩\nSSN: ⟨ssn⟩   Date of birth: ⟨dob⟩\n"
            "Home: ⟨addr⟩   Cell: ⟨phone⟩\nEmployer: ⟨emp⟩ (HR verification line ⟨hot⟩)\n"
            "Personal reference: ⟨ref⟩, ⟨refphone⟩"
        )
        return compose(
            t,
            {
                "name": p(name),
                "ssn": (ssn(rng), "US_SSN"),
                "dob": (en_dob(rng), "DATE_OF_BIRTH"),
                "addr": (addr, "ADDRESS"),
                "phone": (us_phone(rng, area), "PHONE_NUMBER"),
                "emp": employer,
                "hot": "1-800-" + digits(rng, 3) + "-" + digits(rng, 4),
                "ref": p(referee),
                "refphone": (us_phone(rng), "PHONE_NUMBER"),
            },
        )
    t = (
        "Personal loan application\nApplicant: ⟨name⟩   DOB: ⟨dob⟩\nAddress: ⟨addr⟩\n"
        "Mobile: ⟨mobile⟩   Email: ⟨email⟩\nEmployer: ⟨emp⟩, ⟨baddr⟩ (switchboard ⟨hot⟩)\n"
        "Referee: ⟨ref⟩, tel ⟨refphone⟩ (known 6 years)\nSalary paid to a/c ⟨acct⟩, "
        "sort code ⟨sc⟩"
    )
    return compose(
        t,
        {
            "name": p(name),
            "dob": (en_dob(rng), "DATE_OF_BIRTH"),
            "addr": (uk_address(rng), "ADDRESS"),
            "mobile": (uk_mobile(rng), "PHONE_NUMBER"),
            "email": (personal_email(rng, name), "EMAIL_ADDRESS"),
            "emp": employer,
            "baddr": rng.choice(BUSINESS_ADDR),
            "hot": rng.choice(HOTLINES_EN),
            "ref": p(referee),
            "refphone": (
                uk_landline(rng) + rng.choice(["", "", f" ext {rng.randrange(100, 999)}"]),
                "PHONE_NUMBER",
            ),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
            "sc": sort_code(rng),
        },
    )


def en_insurance(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "Claim update ⟨ref⟩: the loss adjuster visited on ⟨date⟩. Payment of £1,240.00 will "
            "be made to the garage, ⟨baddr⟩. Policy ⟨pol⟩. Questions: ⟨mail⟩ or ⟨hot⟩."
        )
        return compose(
            t,
            {
                "ref": ref(rng, "CLM", 8),
                "date": non_birth_date(rng),
                "baddr": rng.choice(BUSINESS_ADDR),
                "pol": f"HB/{digits(rng, 6)}/H",
                "mail": "claims@harbourinsure.co.uk",
                "hot": rng.choice(HOTLINES_EN),
            },
        )
    name, witness = en_name(rng), en_name(rng)
    t = (
        "Travel insurance claim. Policyholder ⟨name⟩, born ⟨dob⟩, of ⟨addr⟩. Card used to pay "
        "for the trip: ⟨card⟩. Witness to the theft: ⟨wit⟩ (⟨wphone⟩). Please pay the settlement "
        "to IBAN ⟨iban⟩. Claim date ⟨date⟩."
    )
    return compose(
        t,
        {
            "name": p(name),
            "dob": (en_dob(rng), "DATE_OF_BIRTH"),
            "addr": (uk_address(rng), "ADDRESS"),
            "card": (card(rng), "CREDIT_CARD"),
            "wit": p(witness),
            "wphone": (uk_mobile(rng), "PHONE_NUMBER"),
            "iban": (iban(rng), "IBAN_CODE"),
            "date": non_birth_date(rng),
        },
    )


def en_probate(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "Bereavement Support Team — what happens next. Once we receive the death certificate "
            "we freeze the accounts and write within 10 working days. Send documents to ⟨baddr⟩ "
            "or ⟨mail⟩; call ⟨hot⟩. Our ref ⟨ref⟩, letter dated ⟨date⟩."
        )
        return compose(
            t,
            {
                "baddr": rng.choice(BUSINESS_ADDR),
                "mail": "bereavement@harbourbank.co.uk",
                "hot": rng.choice(HOTLINES_EN),
                "ref": ref(rng, "BSU"),
                "date": non_birth_date(rng),
            },
        )
    deceased, executor = en_name(rng), en_name(rng)
    t = (
        "Re: the estate of ⟨dec⟩ (date of birth ⟨dob⟩, died ⟨date⟩), late of ⟨addr⟩. I am the "
        "executor, ⟨exe⟩. Please close account ⟨acct⟩ and send the balance to my IBAN ⟨iban⟩. "
        "I can be reached on ⟨phone⟩ or ⟨email⟩."
    )
    return compose(
        t,
        {
            "dec": p(deceased),
            "dob": (en_dob(rng), "DATE_OF_BIRTH"),
            "date": non_birth_date(rng),
            "addr": (uk_address(rng), "ADDRESS"),
            "exe": p(executor),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
            "iban": (iban(rng), "IBAN_CODE"),
            "phone": (uk_mobile(rng), "PHONE_NUMBER"),
            "email": (personal_email(rng, executor), "EMAIL_ADDRESS"),
        },
    )


def en_school(rng: random.Random, pos: bool) -> Built:
    school = rng.choice(["Beaumont Grammar School", "St Hilda's College", "Ridgeway Academy"])
    if not pos:
        t = (
            "Summer term fees are due ⟨date⟩. Pay ⟨school⟩, sort code ⟨sc⟩, account 20456718 "
            "(school account), reference your child's admission number. Queries: ⟨mail⟩."
        )
        return compose(
            t,
            {
                "date": non_birth_date(rng),
                "school": school,
                "sc": sort_code(rng),
                "mail": "bursar.office@beaumont-school.org.uk",
            },
        )
    parent, child = en_name(rng), f"{rng.choice(GIVEN)} {rng.choice(SURNAME)}"
    t = rng.choice(
        [
            "Hi, I paid ⟨school⟩ £3,450 for our child ⟨child⟩ (born ⟨dob⟩) from my card ⟨card⟩ "
            "but it was declined twice. Can you call me, ⟨parent⟩, on ⟨phone⟩?",
            "School fees: please set up a standing order from my account ⟨acct⟩ to ⟨school⟩ for "
            "⟨child⟩ (Year 8). Parent: ⟨parent⟩, ⟨email⟩.",
        ]
    )
    return compose(
        t,
        {
            "school": school,
            "child": p(child),
            "dob": (
                en_dob(rng, (rng.randrange(2008, 2019), rng.randrange(1, 13), 9)),
                "DATE_OF_BIRTH",
            ),
            "card": (card(rng), "CREDIT_CARD"),
            "parent": p(parent),
            "phone": (uk_mobile(rng), "PHONE_NUMBER"),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
            "email": (personal_email(rng, parent), "EMAIL_ADDRESS"),
        },
    )


def en_deposit(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "Deposit protection: the scheme holds the deposit until both parties agree. Letting "
            "agent ⟨agent⟩, ⟨baddr⟩, client account (not personal) sort code ⟨sc⟩. Dispute ref "
            "⟨ref⟩ opened ⟨date⟩; contact ⟨mail⟩."
        )
        return compose(
            t,
            {
                "agent": rng.choice(["Fairhome Lettings", "Keystone Property Management"]),
                "baddr": rng.choice(BUSINESS_ADDR),
                "sc": sort_code(rng),
                "ref": ref(rng, "DPS"),
                "date": non_birth_date(rng),
                "mail": "lettings@fairhome.co.uk",
            },
        )
    tenant, landlord = en_name(rng), en_name(rng)
    t = (
        "My landlord, ⟨landlord⟩, is keeping my £950 deposit for ⟨addr⟩. I moved out on ⟨date⟩. "
        "The refund was promised to my account ⟨acct⟩ but nothing has come. The landlord's "
        "number is ⟨lphone⟩. I'm ⟨tenant⟩, mobile ⟨tphone⟩."
    )
    if rng.random() < 0.5:
        landlord = f"{rng.choice(['Mr', 'Mrs', 'Ms', 'Dr'])} {rng.choice(SURNAME)}"
    return compose(
        t,
        {
            "landlord": p(landlord),
            "addr": (uk_address(rng), "ADDRESS"),
            "date": non_birth_date(rng),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
            "lphone": (uk_mobile(rng), "PHONE_NUMBER"),
            "tenant": p(tenant),
            "tphone": (uk_mobile(rng), "PHONE_NUMBER"),
        },
    )


def en_business_owner(rng: random.Random, pos: bool) -> Built:
    shop = rng.choice(["Pemberton Joinery Ltd", "Achebe & Daughters Catering", "Holloway Plumbing"])
    if not pos:
        t = (
            "Business banking: ⟨shop⟩ (company no. ⟨co⟩) wants a second card reader. Trading "
            "address ⟨baddr⟩, business line ⟨hot⟩, ⟨mail⟩. Settlement to the business account."
        )
        return compose(
            t,
            {
                "shop": shop,
                "co": digits(rng, 8),
                "baddr": rng.choice(BUSINESS_ADDR),
                "hot": "0800 " + digits(rng, 3) + " " + digits(rng, 4),
                "mail": "accounts@" + re.sub(r"[^a-z]", "", shop.lower())[:16] + ".co.uk",
            },
        )
    owner = en_name(rng)
    t = (
        "I run ⟨shop⟩ but this is about my personal account, not the business one. I'm ⟨owner⟩, "
        "home ⟨addr⟩, personal mobile ⟨phone⟩. My own card ⟨card⟩ was used at our supplier by "
        "mistake; the business account is fine."
    )
    return compose(
        t,
        {
            "shop": shop,
            "owner": p(owner),
            "addr": (uk_address(rng), "ADDRESS"),
            "phone": (uk_mobile(rng), "PHONE_NUMBER"),
            "card": (card(rng), "CREDIT_CARD"),
        },
    )


def en_debug_log(rng: random.Random, pos: bool) -> Built:
    ts = (
        f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:14:07Z"
    )
    if not pos:
        t = rng.choice(
            [
                '{"ts":"⟨ts⟩","level":"DEBUG","event":"payee_lookup","status":404,'
                '"ref":"⟨ref⟩","branch_phone":"⟨hot⟩","support_email":"⟨mail⟩"}',
                "ts,level,event,session,amount\n⟨ts⟩,INFO,transfer_ok,⟨ref⟩,125.40",
            ]
        )
        return compose(
            t,
            {
                "ts": ts,
                "ref": "sess_" + digits(rng, 10),
                "hot": rng.choice(HOTLINES_EN),
                "mail": "support@harbourbank.co.uk",
            },
        )
    name = en_name(rng)
    t = rng.choice(
        [
            '{"ts":"⟨ts⟩","level":"DEBUG","event":"login_fail","client_ip":"⟨ip⟩",'
            '"user":{"name":"⟨name⟩","email":"⟨email⟩","dob":"⟨dob⟩"}}',
            "ts,level,event,ip,payee_name,payee_iban\n⟨ts⟩,WARN,new_payee,⟨ip⟩,⟨name⟩,⟨iban⟩",
            '{"ts":"⟨ts⟩","event":"kyc_update","ip":"⟨ip⟩","phone":"⟨phone⟩","ssn":"⟨ssn⟩"}',
        ]
    )
    y, m, d = birth_date(rng)
    return compose(
        t,
        {
            "ts": ts,
            "ip": (public_ip(rng), "IP_ADDRESS"),
            "name": p(name),
            "email": (personal_email(rng, name), "EMAIL_ADDRESS"),
            "dob": (f"{y}-{m:02d}-{d:02d}", "DATE_OF_BIRTH"),
            "iban": (iban(rng, False), "IBAN_CODE"),
            "phone": (
                f"+1 {rng.choice(['312', '617', '206'])} {rng.randrange(200, 999)} "
                f"{digits(rng, 4)}",
                "PHONE_NUMBER",
            ),
            "ssn": (ssn(rng), "US_SSN"),
        },
    )


def en_correction(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = rng.choice(
            [
                "Sorry, I meant the reference is ⟨ref⟩, not the one I sent before. It's the "
                "payment on ⟨date⟩ to ⟨firm⟩.",
                "Correction to my last message: the branch I visited was the one at ⟨baddr⟩, "
                "and the number I rang was your ⟨hot⟩ line, not the app.",
                "Sorry, I meant the card ending ⟨last4⟩, not the other one — the one shown as "
                "⟨masked⟩ in the app. Transaction ⟨ref⟩.",
            ]
        )
        return compose(
            t,
            {
                "ref": ref(rng, "TXN", 9),
                "date": non_birth_date(rng),
                "firm": rng.choice(FIRMS),
                "last4": digits(rng, 4),
                "masked": f"4{digits(rng, 3)} **** **** {digits(rng, 4)}",
                "baddr": rng.choice(BUSINESS_ADDR),
                "hot": rng.choice(HOTLINES_EN),
            },
        )
    good, bad = uk_landline(rng), uk_landline(rng)
    y, m, d = birth_date(rng)
    t = rng.choice(
        [
            "sorry, typo in my last message — I meant ⟨good⟩, not ⟨bad⟩. Still ⟨name⟩.",
            "Correction: my date of birth is ⟨dob⟩, I wrote the wrong year earlier. Email is "
            "⟨email⟩ (no dot before the numbers).",
            "oops, wrong account! The right one is ⟨acct⟩, sort code ⟨sc⟩. Thanks, ⟨name⟩",
        ]
    )
    name = en_name(rng)
    return compose(
        t,
        {
            "good": (good, "PHONE_NUMBER"),
            "bad": (bad, "PHONE_NUMBER"),
            "name": p(name),
            "dob": (en_dob(rng, (y, m, d)), "DATE_OF_BIRTH"),
            "email": (personal_email(rng, name), "EMAIL_ADDRESS"),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
            "sc": sort_code(rng),
        },
    )


def en_table(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = rng.choice(
            [
                "Date\tMerchant\tAmount\tRef\n⟨d1⟩\t⟨f1⟩\t£42.10\t⟨r1⟩\n⟨d2⟩\t⟨f2⟩\t£8.99\t⟨r2⟩",
                "| Branch | Address | Phone |\n|---|---|---|\n| Docklands | ⟨baddr⟩ | ⟨hot⟩ |",
            ]
        )
        return compose(
            t,
            {
                "d1": non_birth_date(rng),
                "d2": non_birth_date(rng),
                "f1": rng.choice(FIRMS),
                "f2": rng.choice(FIRMS),
                "r1": luhn_broken("8", 16, rng),
                "r2": ref(rng, "POS"),
                "baddr": rng.choice(BUSINESS_ADDR),
                "hot": rng.choice(HOTLINES_EN),
            },
        )
    n1, n2 = en_name(rng), en_name(rng)
    t = rng.choice(
        [
            "Name\tDOB\tMobile\tAccount\n⟨n1⟩\t⟨b1⟩\t⟨m1⟩\t⟨a1⟩\n⟨n2⟩\t⟨b2⟩\t⟨m2⟩\t⟨a2⟩",
            "| Payee | IBAN | Email |\n|---|---|---|\n| ⟨n1⟩ | ⟨i1⟩ | ⟨e1⟩ |\n"
            "| ⟨n2⟩ | ⟨i2⟩ | ⟨e2⟩ |",
        ]
    )
    return compose(
        t,
        {
            "n1": p(n1),
            "n2": p(n2),
            "b1": (en_dob(rng), "DATE_OF_BIRTH"),
            "b2": (en_dob(rng), "DATE_OF_BIRTH"),
            "m1": (uk_mobile(rng), "PHONE_NUMBER"),
            "m2": (uk_mobile(rng), "PHONE_NUMBER"),
            "a1": (uk_account(rng), "BANK_ACCOUNT"),
            "a2": (uk_account(rng), "BANK_ACCOUNT"),
            "i1": (iban(rng), "IBAN_CODE"),
            "i2": (iban(rng), "IBAN_CODE"),
            "e1": (personal_email(rng, n1), "EMAIL_ADDRESS"),
            "e2": (personal_email(rng, n2), "EMAIL_ADDRESS"),
        },
    )


def en_public(rng: random.Random, pos: bool) -> Built:
    """Mentions of public figures and firms beside (or without) the writer's own details."""
    if not pos:
        t = rng.choice(
            [
                "I read ⟨pub⟩'s column about switching and wondered if your easy-access saver "
                "beats the one at ⟨fin⟩. No need to reply by phone.",
                "Is it true ⟨pub⟩ said on the radio on ⟨date⟩ that banks must refund APP fraud? "
                "My gift card from ⟨firm⟩ (code ⟨code⟩) is unaffected, just asking.",
            ]
        )
        return compose(
            t,
            {
                "pub": rng.choice(PUBLIC),
                "firm": rng.choice(FIRMS),
                "fin": rng.choice(FINANCE_FIRMS),
                "date": non_birth_date(rng),
                "code": luhn_broken("6", 16, rng),
            },
        )
    name = en_name(rng)
    t = (
        "After reading ⟨pub⟩'s advice I want to switch. I'm ⟨name⟩, ⟨addr⟩, born ⟨dob⟩; my "
        "current account at ⟨firm⟩ Bank is ⟨acct⟩."
    )
    return compose(
        t,
        {
            "pub": rng.choice(PUBLIC),
            "name": p(name),
            "addr": (uk_address(rng), "ADDRESS"),
            "dob": (en_dob(rng), "DATE_OF_BIRTH"),
            "firm": rng.choice(["Lloyds", "Barclays"]),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
        },
    )


def en_poa(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = rng.choice(
            [
                "Registering a lasting power of attorney with us: bring the LPA stamped by the "
                "Office of the Public Guardian and the attorney's ID to any branch, or post a "
                "certified copy to ⟨baddr⟩. Questions: ⟨mail⟩, ⟨hot⟩. Form ⟨ref⟩.",
                "Third-party mandate pack ⟨ref⟩ sent ⟨date⟩. The donor and each attorney sign "
                "page 3. Please don't send originals. Enquiries ⟨hot⟩.",
            ]
        )
        return compose(
            t,
            {
                "baddr": rng.choice(BUSINESS_ADDR),
                "mail": "poa.registrations@harbourbank.co.uk",
                "hot": rng.choice(HOTLINES_EN),
                "ref": ref(rng, "LPA"),
                "date": non_birth_date(rng),
            },
        )
    donor, attorney = en_name(rng), en_name(rng)
    t = rng.choice(
        [
            "Notice of a registered power of attorney\nDonor: ⟨donor⟩, date of birth ⟨dob⟩, "
            "of ⟨addr⟩\nAttorney: ⟨att⟩, ⟨aphone⟩, ⟨aemail⟩\nAccounts covered: current "
            "account ⟨acct⟩ and all savings. Acting jointly and severally: no.",
            "Hi, my parent ⟨donor⟩ has dementia and I'm the attorney under an LPA — ⟨att⟩. Can "
            "I get a card on their account ⟨acct⟩? They live at ⟨addr⟩. Call me on ⟨aphone⟩.",
        ]
    )
    return compose(
        t,
        {
            "donor": p(donor),
            "dob": (en_dob(rng), "DATE_OF_BIRTH"),
            "addr": (uk_address(rng), "ADDRESS"),
            "att": p(attorney),
            "aphone": (uk_mobile(rng), "PHONE_NUMBER"),
            "aemail": (personal_email(rng, attorney), "EMAIL_ADDRESS"),
            "acct": (uk_account(rng), "BANK_ACCOUNT"),
        },
    )


# Extra hard negatives, shared fillers: dates that are not births, references, hotlines, firms
# and public figures named like people, business addresses, role mailboxes, masked numbers.
EXTRA_NEG_EN: dict[str, list[str]] = {
    "voicemail": [
        "[ASR 0.66] hi it's, uh, it's the ⟨firm⟩ store manager, um, about the card machine, "
        "ring the business line ⟨hot⟩, ref ⟨ref⟩, thanks",
        "Voicemail: yeah, um, I watched ⟨pub⟩ on telly and, uh, I want to know about the "
        "savings rate. Card ending ⟨last4⟩. I'll pop in.",
    ],
    "ocr_scan": [
        "0CR ¦ STATEMENT OF ACC0UNT ¦ Period ⟨date⟩ ¦ Sort code ⟨sc⟩ ¦ Account ending ⟨last4⟩\n"
        "Paym-\nent to ⟨firm⟩ £64.20 ¦ ref ⟨code⟩",
    ],
    "regulator": [
        "Dear Sir/Madam, I wish to complain about ⟨fin⟩'s charges. I have read what ⟨pub⟩ "
        "says about this. Your reference ⟨ref⟩, bank's final response ⟨date⟩.",
    ],
    "loan_app": [
        "Your application ⟨ref⟩ was approved on ⟨date⟩. Funds go to the account ending ⟨last4⟩ "
        "within 2 hours. Representative example: borrowing £7,500 over 60 months at 6.4% APR.",
    ],
    "insurance": [
        "Your claim ⟨ref⟩ for the incident on ⟨date⟩ is closed. Excess £250. Repairs by ⟨garage⟩ "
        "Motors, ⟨baddr⟩. Card ending ⟨last4⟩ refunded.",
    ],
    "probate": [
        "Probate valuations under £50,000 may not need a grant. See the guidance from ⟨garage⟩ "
        "& Co Solicitors, ⟨baddr⟩, or e-mail ⟨mail⟩. Reference ⟨ref⟩.",
    ],
    "school_fees": [
        "Reminder: the ⟨firm⟩ Foundation bursary deadline is ⟨date⟩. Fees for Year 7 are "
        "£5,280 per term; pay by card ending ⟨last4⟩ or bank transfer quoting ⟨ref⟩.",
    ],
    "deposit": [
        "Tenancy deposit ⟨ref⟩: the adjudicator's decision of ⟨date⟩ awards £420 to the landlord "
        "and £530 to the tenant. Payments are made by the scheme. Queries ⟨hot⟩.",
    ],
    "biz_owner": [
        "Invoice ⟨ref⟩ from ⟨firm⟩ Ltd, ⟨baddr⟩, VAT no. GB ⟨code9⟩, due ⟨date⟩. Pay to sort "
        "code ⟨sc⟩ (business account).",
    ],
    "debug_log": [
        '⟨date⟩ ERROR card_auth declined pan=⟨masked⟩ merchant="⟨firm⟩" rrn=⟨code⟩',
    ],
    "correction": [
        "Ignore my last message — the amount was £84.50, not £845.00, and the date ⟨date⟩. "
        "Ref ⟨ref⟩.",
    ],
    "table": [
        "Policy\tStart\tPremium\tBroker\n⟨ref⟩\t⟨date⟩\t£31.20\t⟨fin⟩",
    ],
    "public_figures": [
        "Does ⟨pub⟩'s money show count as financial advice? Asking before I move my ISA "
        "from ⟨fin⟩.",
    ],
    "poa": [
        "The attorney must be 18 or over. A replacement attorney steps in only if an attorney "
        "can no longer act. Register by ⟨date⟩ to avoid delays; call ⟨hot⟩.",
    ],
}
EXTRA_NEG_ZH: dict[str, list[str]] = {
    "hotline_12345": [
        "12345工单⟨gd⟩：市民反映在⟨firm⟩门店刷卡被多扣款，已告知拨打银行客服⟨hot⟩处理，"
        "办结时间⟨date⟩。",
    ],
    "liushui": [
        "流水摘要：⟨date⟩ 快捷支付 -59.90 ⟨firm⟩官方旗舰店 订单⟨code⟩；尾号⟨last4⟩的卡。",
    ],
    "zufang": [
        "租房提醒：⟨date⟩起，押金统一存入监管账户（对公），中介不得收取现金。投诉电话⟨hot⟩。",
    ],
    "shebao": [
        "公积金贷款利率自⟨date⟩起下调，缴存职工可通过⟨hot⟩或手机App查询，尾号⟨last4⟩的联名卡可直接还款。",
    ],
    "daikuan": [
        "尊敬的客户：您的贷款申请⟨gd⟩已于⟨date⟩审批通过，放款至尾号⟨last4⟩的账户。如有疑问请拨打⟨hot⟩。",
    ],
    "xuefei": [
        "学费代扣失败通知：扣款日⟨date⟩，尾号⟨last4⟩的卡余额不足，请家长补缴，咨询⟨hot⟩。",
    ],
    "jicheng": [
        "我看了⟨pub⟩的纪录片，想问下银行存款继承是不是一定要公证？需要带什么材料？",
    ],
    "kouwu": [
        "【语音转文字】就是，嗯，那个尾号⟨last4⟩的卡，呃，昨天⟨firm⟩那边刷不了，你们⟨hot⟩一直占线。",
    ],
    "yueyu": [
        "唔該問下，你哋嗰個⟨firm⟩聯名卡優惠去到⟨date⟩係咪真㗎？尾號⟨last4⟩張卡用唔用得？",
    ],
    "pinyin": [
        "wo xiang wen yixia，尾号⟨last4⟩的卡 zenme kaitong 境外支付？kefu ⟨hot⟩ dabutong。",
    ],
    "biaoge": [
        "交易日期\t商戶\t金額\n⟨date⟩\t⟨firm⟩\t-399.00\n⟨date⟩\t美团外卖\t-36.50",
    ],
    "app_log": [
        '{"level":"WARN","msg":"卡号校验失败","card":"⟨masked⟩","order":"⟨code⟩","time":"⟨date⟩"}',
    ],
}


def negative_fillers(rng: random.Random, lang: str) -> dict[str, Value | str]:
    masked = f"{rng.choice(['4', '5', '62'])}{digits(rng, 2)} **** **** {digits(rng, 4)}"
    if lang == "en":
        return {
            "date": non_birth_date(rng),
            "ref": ref(rng, rng.choice(["CAS", "REF", "CLM", "APP"]), 8),
            "hot": rng.choice(HOTLINES_EN),
            "firm": rng.choice(FIRMS),
            "fin": rng.choice(FINANCE_FIRMS),
            "garage": rng.choice(SURNAME),  # a firm named after a person is no person
            "pub": rng.choice(PUBLIC),
            "baddr": rng.choice(BUSINESS_ADDR),
            "mail": rng.choice(ROLE_MAILBOXES) + "harbourbank.co.uk",
            "last4": digits(rng, 4),
            "sc": sort_code(rng),
            "code": luhn_broken(rng.choice(["4", "5"]), 16, rng),
            "code9": digits(rng, 9),
            "masked": masked,
        }
    return {
        "date": zh_date(rng),
        "gd": gongdan(rng),
        "hot": rng.choice(ZH_HOTLINES),
        "firm": rng.choice(ZH_FIRMS),
        "pub": rng.choice(ZH_PUBLIC),
        "last4": digits(rng, 4),
        "code": luhn_broken("6", 16, rng),
        "masked": masked,
    }


EN_GENRES: dict[str, Callable[[random.Random, bool], Built]] = {
    "voicemail": en_voicemail,
    "ocr_scan": en_ocr,
    "regulator": en_regulator,
    "loan_app": en_loan,
    "insurance": en_insurance,
    "probate": en_probate,
    "school_fees": en_school,
    "deposit": en_deposit,
    "biz_owner": en_business_owner,
    "debug_log": en_debug_log,
    "correction": en_correction,
    "table": en_table,
    "public_figures": en_public,
    "poa": en_poa,
}

# ---------------------------------------------------------------- Chinese values

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
)
ZH_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容"]
ZH_GIVEN = [
    "建国",
    "秀兰",
    "志强",
    "丽娟",
    "海燕",
    "俊杰",
    "雨桐",
    "子涵",
    "德明",
    "淑芬",
    "晓东",
    "玉梅",
    "文博",
    "思琪",
    "国庆",
    "春华",
    "振宇",
    "梦瑶",
    "立新",
    "慧敏",
    "浩",
    "静",
    "磊",
    "婷",
    "勇",
    "芳",
    "鑫",
    "琳",
]
PINYIN_SURNAMES = {
    "王": "Wang",
    "李": "Li",
    "张": "Zhang",
    "刘": "Liu",
    "陈": "Chen",
    "黄": "Huang",
    "周": "Zhou",
    "林": "Lin",
    "徐": "Xu",
    "何": "He",
}
PINYIN_GIVEN = {
    "建国": "Jianguo",
    "丽娟": "Lijuan",
    "俊杰": "Junjie",
    "思琪": "Siqi",
    "晓东": "Xiaodong",
    "慧敏": "Huimin",
    "文博": "Wenbo",
    "海燕": "Haiyan",
}
ZH_CITIES = [
    ("北京市", "朝阳区", "110105"),
    ("上海市", "徐汇区", "310104"),
    ("广东省深圳市", "南山区", "440305"),
    ("四川省成都市", "武侯区", "510107"),
    ("浙江省杭州市", "西湖区", "330106"),
    ("湖北省武汉市", "武昌区", "420106"),
    ("江苏省南京市", "鼓楼区", "320106"),
    ("山东省青岛市", "市南区", "370202"),
    ("河南省郑州市", "金水区", "410105"),
]
ZH_ROADS = ["丰台北路", "长乐街", "青年大道", "文化路", "建设东路", "望江路", "中山南路", "学府街"]
ZH_ESTATES = ["锦绣花园", "阳光新城", "翠苑小区", "金桂苑", "和平里", "东湖家园", "滨江名邸"]
ZH_MAIL_HOSTS = ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com"]
ZH_DIGITS = "零一二三四五六七八九"
ZH_HOTLINES = ["12345", "95588", "95566", "400-820-8899", "400 699 8888", "12333", "12329"]
ZH_FIRMS = ["李宁", "周大福", "王老吉", "张小泉", "老凤祥"]
ZH_PUBLIC = ["袁隆平", "钱学森", "屠呦呦", "孙悟空", "林黛玉"]
ZH_BIZ_ADDR = [
    "北京市西城区金融大街25号",
    "上海市浦东新区世纪大道100号",
    "深圳市福田区深南大道6008号",
    "成都市锦江区红星路三段1号",
]


def zh_name(rng: random.Random) -> str:
    surname = rng.choice(ZH_COMPOUND) if rng.random() < 0.08 else rng.choice(ZH_SURNAMES)
    return surname + rng.choice(ZH_GIVEN)


def zh_affix_name(rng: random.Random) -> str:
    surname = rng.choice(ZH_SURNAMES)
    return rng.choice(
        [
            f"{surname}先生",
            f"{surname}女士",
            f"小{surname}",
            f"老{surname}",
            f"{surname}阿姨",
            f"{surname}姐",
        ]
    )


def zh_mobile(rng: random.Random) -> str:
    number = rng.choice(["13", "15", "18", "17", "19"]) + rng.choice("0123456789") + digits(rng, 8)
    style = rng.random()
    if style < 0.5:
        return number
    if style < 0.7:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style < 0.85:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    return f"+86 {number}"


def zh_landline(rng: random.Random) -> str:
    code = rng.choice(["010", "021", "0755", "028", "0571", "027"])
    return f"{code}-{rng.choice('2345678')}{digits(rng, 7)}"


def zh_spoken(number: str, rng: random.Random) -> str:
    out = []
    for ch in number:
        if not ch.isdigit():
            continue
        out.append("幺" if ch == "1" and rng.random() < 0.7 else ZH_DIGITS[int(ch)])
    text = "".join(out)
    if rng.random() < 0.5:
        text = f"{text[:3]}，{text[3:7]}，{text[7:]}"
    return text


def cn_id(rng: random.Random, area: str, ymd: tuple[int, int, int], want_x: bool = False) -> str:
    y, m, d = ymd
    for _ in range(200):
        first17 = f"{area}{y}{m:02d}{d:02d}{digits(rng, 3)}"
        check = id_check(first17)
        if (check == "X") == want_x:
            return first17 + check
    first17 = f"{area}{y}{m:02d}{d:02d}{digits(rng, 3)}"
    return first17 + id_check(first17)


def zh_id(rng: random.Random, ymd: tuple[int, int, int] | None = None) -> tuple[str, str]:
    """(ID, the matching area's address prefix)."""
    city, district, area = rng.choice(ZH_CITIES)
    value = cn_id(rng, area, ymd or birth_date(rng), rng.random() < 0.2)
    if rng.random() < 0.15:
        value = f"{value[:6]} {value[6:14]} {value[14:]}"
    return value, city + district


def zh_address(rng: random.Random) -> str:
    city, district, _ = rng.choice(ZH_CITIES)
    road, estate = rng.choice(ZH_ROADS), rng.choice(ZH_ESTATES)
    room = f"{rng.randrange(1, 33)}0{rng.randrange(1, 5)}"
    building = f"{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{room}室"
    if rng.random() < 0.5:
        return f"{city}{district}{road}{rng.randrange(1, 400)}号{estate}{building}"
    return f"{city}{district}{estate}{building}"


def zh_dob(rng: random.Random, ymd: tuple[int, int, int] | None = None) -> str:
    y, m, d = ymd or birth_date(rng)
    spoken_year = "".join(ZH_DIGITS[int(c)] for c in str(y))
    return rng.choice(
        [
            f"{y}年{m}月{d}日",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m:02d}.{d:02d}",
            f"{y}/{m}/{d}",
            f"{spoken_year}年{m}月{d}号",
        ]
    )


def unionpay_debit(rng: random.Random) -> str:
    number = luhn_complete(rng.choice(["6222", "6217", "6228", "6214"]), rng.choice([16, 19]), rng)
    if rng.random() < 0.4:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


def zh_credit_card(rng: random.Random) -> str:
    number = luhn_complete(rng.choice(["6258", "4392", "5187", "6225"]), 16, rng)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else number


def zh_email(rng: random.Random) -> str:
    surname, pin = rng.choice(list(PINYIN_SURNAMES.items()))
    given = rng.choice(list(PINYIN_GIVEN.values()))
    del surname
    local = rng.choice(
        [
            f"{pin.lower()}{given.lower()}{rng.randrange(1, 99)}",
            digits(rng, rng.randrange(8, 11)),
            f"{given.lower()}.{pin.lower()}",
            f"{pin.lower()}_{rng.randrange(1970, 2005)}",
        ]
    )
    if local[0] == "0":
        local = "3" + local[1:]
    return f"{local}@{rng.choice(ZH_MAIL_HOSTS)}"


def zh_date(rng: random.Random) -> str:
    return f"{rng.randrange(2020, 2026)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"


def gongdan(rng: random.Random) -> str:
    return f"{rng.randrange(2023, 2026)}{digits(rng, 10)}"


def uscc(rng: random.Random) -> str:
    return (
        "91"
        + digits(rng, 6)
        + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    )


# ---------------------------------------------------------------- Chinese genres


def zh_12345(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "12345热线工单 编号⟨no⟩\n来电类型：咨询\n诉求内容：市民反映⟨biz⟩门口的ATM机"
            "经常吞卡，希望银行加强维护。银行客服电话⟨hot⟩。受理时间⟨date⟩。\n处理部门：市金融局"
        )
        return compose(
            t,
            {
                "no": gongdan(rng),
                "biz": rng.choice(ZH_BIZ_ADDR),
                "hot": rng.choice(ZH_HOTLINES[1:]),
                "date": zh_date(rng),
            },
        )
    t = rng.choice(
        [
            "12345热线工单 编号⟨no⟩\n来电人：⟨name⟩ 联系电话：⟨phone⟩\n诉求内容：来电人称其在"
            "银行办理的银行卡⟨acct⟩被冻结，住址⟨addr⟩，要求尽快解冻。\n转办单位：市金融局",
            "工单⟨no⟩｜市民⟨affix⟩来电，手机⟨phone⟩，反映身份证⟨id⟩在银行开户时被告知信息有误，"
            "请核实。",
        ]
    )
    id_value, _ = zh_id(rng)
    return compose(
        t,
        {
            "no": gongdan(rng),
            "name": p(zh_name(rng)),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "addr": (zh_address(rng), "ADDRESS"),
            "affix": p(zh_affix_name(rng)),
            "id": (id_value, "CN_ID_CARD"),
        },
    )


def zh_liushui(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "交易日期\t摘要\t金额\t对方户名\t备注\n⟨d1⟩\t消费\t-128.00\t⟨firm⟩专卖店\t⟨no⟩\n"
            "⟨d2⟩\t代发工资\t+8,600.00\t某某科技有限公司\t工资\n⟨d3⟩\t转账\t-2,000.00\t"
            "物业公司对公账户\t物业费"
        )
        return compose(
            t,
            {
                "d1": zh_date(rng),
                "d2": zh_date(rng),
                "d3": zh_date(rng),
                "firm": rng.choice(ZH_FIRMS),
                "no": luhn_broken("9", 16, rng),
            },
        )
    t = rng.choice(
        [
            "流水备注：⟨d⟩ 转账 -3,000.00 对方户名 ⟨name⟩ 对方账号 ⟨acct⟩ 附言：给⟨affix⟩的房租",
            "帮我查下这笔：⟨d⟩ 收到⟨name⟩转来的5000，备注写着“还款 ⟨phone⟩”，转出卡号⟨acct⟩",
        ]
    )
    return compose(
        t,
        {
            "d": zh_date(rng),
            "name": p(zh_name(rng)),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "affix": p(zh_affix_name(rng)),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
        },
    )


def zh_zufang(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "房屋租赁合同（示范文本）\n出租方（甲方）：________ 身份证号：________\n"
            "承租方（乙方）：________\n房屋坐落：________\n租金支付至甲方指定账户。"
            "中介：⟨agency⟩，地址⟨biz⟩，服务热线⟨hot⟩，合同编号⟨no⟩"
        )
        return compose(
            t,
            {
                "agency": "安居房产经纪有限公司",
                "biz": rng.choice(ZH_BIZ_ADDR),
                "hot": "400-" + digits(rng, 3) + "-" + digits(rng, 4),
                "no": "ZL" + digits(rng, 9),
            },
        )
    ymd = birth_date(rng)
    id_value, _ = zh_id(rng, ymd)
    t = (
        "房屋租赁合同\n出租方（甲方）：⟨landlord⟩ 身份证号：⟨id⟩\n承租方（乙方）：⟨tenant⟩ "
        "电话：⟨tphone⟩\n房屋坐落：⟨addr⟩\n押金5000元，租金每月⟨day⟩日前转入甲方账户⟨acct⟩。"
    )
    return compose(
        t,
        {
            "landlord": p(zh_name(rng)),
            "id": (id_value, "CN_ID_CARD"),
            "tenant": p(zh_name(rng)),
            "tphone": (zh_mobile(rng), "PHONE_NUMBER"),
            "addr": (zh_address(rng), "ADDRESS"),
            "day": str(rng.randrange(1, 16)),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
        },
    )


def zh_shebao(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = rng.choice(
            [
                "温馨提示：⟨date⟩起公积金缴存基数调整，单位缴存比例12%，个人可拨打⟨hot⟩咨询。"
                "单位公积金账户为对公账户，请勿向个人账户转账。",
                "社保卡申领指南：携带身份证原件到社保服务中心（⟨biz⟩）办理，咨询电话⟨hot⟩，"
                "邮箱⟨mail⟩。",
            ]
        )
        return compose(
            t,
            {
                "date": zh_date(rng),
                "hot": rng.choice(["12333", "12329"]),
                "biz": rng.choice(ZH_BIZ_ADDR),
                "mail": "kefu@rsj.example.gov.cn",
            },
        )
    ymd = birth_date(rng)
    id_value, _ = zh_id(rng, ymd)
    t = rng.choice(
        [
            "我想提取公积金还房贷，姓名⟨name⟩，身份证⟨id⟩，出生日期⟨dob⟩，收款银行卡⟨acct⟩，"
            "联系电话⟨phone⟩。",
            "社保卡激活不了，我是⟨name⟩，社保卡绑定的手机是⟨phone⟩，家庭住址⟨addr⟩，麻烦看下。",
        ]
    )
    return compose(
        t,
        {
            "name": p(zh_name(rng)),
            "id": (id_value, "CN_ID_CARD"),
            "dob": (zh_dob(rng, ymd), "DATE_OF_BIRTH"),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "addr": (zh_address(rng), "ADDRESS"),
        },
    )


def zh_daikuan(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "个人消费贷款申请须知：申请人须年满18周岁，提供工作单位证明。工作单位地址请填写单位"
            "注册地址，如⟨biz⟩（统一社会信用代码⟨uscc⟩）。产品编号⟨no⟩，利率自⟨date⟩起执行，客服⟨hot⟩。"
        )
        return compose(
            t,
            {
                "biz": rng.choice(ZH_BIZ_ADDR),
                "uscc": uscc(rng),
                "no": "XD" + digits(rng, 8),
                "date": zh_date(rng),
                "hot": rng.choice(ZH_HOTLINES[1:3]),
            },
        )
    ymd = birth_date(rng)
    id_value, _ = zh_id(rng, ymd)
    t = (
        "贷款申请表\n申请人：⟨name⟩  出生日期：⟨dob⟩\n证件号码：⟨id⟩\n现住址：⟨addr⟩\n"
        "手机：⟨phone⟩  邮箱：⟨email⟩\n工作单位：⟨firm⟩（单位电话⟨hot⟩）\n"
        "紧急联系人：⟨contact⟩ 关系：配偶 电话：⟨cphone⟩\n信用卡：⟨cc⟩"
    )
    return compose(
        t,
        {
            "name": p(zh_name(rng)),
            "dob": (zh_dob(rng, ymd), "DATE_OF_BIRTH"),
            "id": (id_value, "CN_ID_CARD"),
            "addr": (zh_address(rng), "ADDRESS"),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "email": (zh_email(rng), "EMAIL_ADDRESS"),
            "firm": "华信科技股份有限公司",
            "hot": "400-" + digits(rng, 3) + "-" + digits(rng, 4),
            "contact": p(zh_name(rng)),
            "cphone": (zh_mobile(rng), "PHONE_NUMBER"),
            "cc": (zh_credit_card(rng), "CREDIT_CARD"),
        },
    )


def zh_xuefei(rng: random.Random, pos: bool) -> Built:
    school = rng.choice(["实验小学", "育才中学", "明德外国语学校"])
    if not pos:
        t = (
            "⟨school⟩关于秋季学期学费缴纳的通知：请于⟨date⟩前通过银行代扣缴费，学校收费专户为"
            "对公账户，户名⟨school⟩。咨询电话⟨hot⟩，财务室邮箱⟨mail⟩。"
        )
        return compose(
            t,
            {
                "school": school,
                "date": zh_date(rng),
                "hot": zh_landline(rng),
                "mail": "caiwu@school.example.cn",
            },
        )
    t = rng.choice(
        [
            "你好，我给孩子⟨child⟩交⟨school⟩的学费，从卡⟨acct⟩扣了两次，家长⟨parent⟩，电话⟨phone⟩。",
            "学费代扣签约：学生⟨child⟩，出生日期⟨dob⟩，家长⟨parent⟩，扣款信用卡⟨cc⟩，手机⟨phone⟩。",
        ]
    )
    return compose(
        t,
        {
            "child": p(zh_name(rng)),
            "school": school,
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "parent": p(zh_name(rng)),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "dob": (
                zh_dob(
                    rng, (rng.randrange(2010, 2019), rng.randrange(1, 13), rng.randrange(1, 29))
                ),
                "DATE_OF_BIRTH",
            ),
            "cc": (zh_credit_card(rng), "CREDIT_CARD"),
        },
    )


def zh_jicheng(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "继承权公证办理指引：继承人需携带被继承人死亡证明、亲属关系证明到公证处办理。"
            "⟨office⟩地址：⟨biz⟩，电话⟨phone⟩。银行受理编号⟨no⟩，受理日期⟨date⟩。"
        )
        return compose(
            t,
            {
                "office": "市第一公证处",
                "biz": rng.choice(ZH_BIZ_ADDR),
                "phone": zh_landline(rng),
                "no": "JC" + digits(rng, 10),
                "date": zh_date(rng),
            },
        )
    ymd = birth_date(rng)
    id_value, _ = zh_id(rng, ymd)
    t = rng.choice(
        [
            "公证书（2025）第⟨no⟩号：被继承人⟨dec⟩（身份证⟨id⟩）于⟨date⟩去世，生前住址⟨addr⟩。"
            "其名下银行卡⟨acct⟩内存款由其子⟨heir⟩继承。",
            "我父亲⟨dec⟩去世了，我是继承人⟨heir⟩，手机⟨phone⟩。他的存折和卡⟨acct⟩要怎么销户？"
            "我在国外，收款账户是⟨iban⟩。",
        ]
    )
    deceased = zh_name(rng)
    heir = deceased[: 2 if deceased[:2] in ZH_COMPOUND else 1] + rng.choice(ZH_GIVEN)
    return compose(
        t,
        {
            "no": digits(rng, 4),
            "dec": p(deceased),
            "id": (id_value, "CN_ID_CARD"),
            "date": zh_date(rng),
            "addr": (zh_address(rng), "ADDRESS"),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "heir": p(heir),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "iban": (iban(rng), "IBAN_CODE"),
        },
    )


def zh_kouwu(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = rng.choice(
            [
                "【语音转文字】喂，那个，嗯，我想问一下你们⟨hot⟩是不是，呃，二十四小时的？"
                "就是那个，信用卡分期那个事儿。",
                "【语音转写】就是我上个月，嗯，⟨date⟩那天在⟨firm⟩买东西，刷了两次，不对，"
                "是三次，订单号⟨no⟩。",
            ]
        )
        return compose(
            t,
            {
                "hot": rng.choice(ZH_HOTLINES[1:3]),
                "date": zh_date(rng),
                "firm": rng.choice(ZH_FIRMS),
                "no": digits(rng, 12),
            },
        )
    phone = zh_mobile(rng)
    wrong = zh_mobile(rng)
    t = rng.choice(
        [
            "【语音转文字】喂，你好，我叫⟨name⟩，嗯，我手机号是⟨spoken⟩，啊不对，是⟨phone⟩，"
            "就是那个卡，呃，被锁了。",
            "【语音转写】那个，我是⟨affix⟩啊，我的号码⟨wrong⟩，哦说错了，⟨phone⟩，"
            "然后我住在，嗯，⟨addr⟩。",
        ]
    )
    return compose(
        t,
        {
            "name": p(zh_name(rng)),
            "spoken": (zh_spoken(wrong, rng), "PHONE_NUMBER"),
            "phone": (phone, "PHONE_NUMBER"),
            "affix": p(zh_affix_name(rng)),
            "wrong": (wrong, "PHONE_NUMBER"),
            "addr": (zh_address(rng), "ADDRESS"),
        },
    )


def zh_yueyu(rng: random.Random, pos: bool) -> Built:
    surname = rng.choice(ZH_SURNAMES)
    if not pos:
        t = rng.choice(
            [
                "唔該，我想問下你哋⟨hot⟩係咪幾點都有人聽？張卡喺⟨firm⟩碌咗兩次，單號⟨no⟩。",
                "喂，我想問吓嗰間分行（⟨biz⟩）係咪⟨date⟩之後唔開㗎喇？",
            ]
        )
        return compose(
            t,
            {
                "hot": "95588",
                "firm": rng.choice(ZH_FIRMS),
                "no": digits(rng, 10),
                "biz": rng.choice(ZH_BIZ_ADDR),
                "date": zh_date(rng),
            },
        )
    t = rng.choice(
        [
            "喂，我係⟨affix⟩，打嚟問下我張卡⟨acct⟩點解用唔到，你覆我⟨phone⟩啦，唔該。",
            "我老婆⟨name⟩話佢張信用卡⟨cc⟩俾人盜用咗，佢電話⟨phone⟩，地址係⟨addr⟩。",
        ]
    )
    return compose(
        t,
        {
            "affix": p(surname + rng.choice(["生", "小姐", "太"])),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "name": p(zh_name(rng)),
            "cc": (zh_credit_card(rng), "CREDIT_CARD"),
            "addr": (zh_address(rng), "ADDRESS"),
        },
    )


def zh_pinyin(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = rng.choice(
            [
                "请问 app 里面的 kefu 邮箱 ⟨mail⟩ 是官方的吗？"
                "我收到一个 duanxin 说要 gengxin 信息。",
                "zhuanzhang 限额怎么 tiaozheng？我看 ⟨pub⟩ 的纪录片说银行都能调，客服⟨hot⟩。",
            ]
        )
        return compose(
            t,
            {
                "mail": "kefu@harbourbank.cn",
                "pub": rng.choice(ZH_PUBLIC),
                "hot": rng.choice(ZH_HOTLINES[1:]),
            },
        )
    hz_s, py_s = rng.choice(list(PINYIN_SURNAMES.items()))
    hz_g, py_g = rng.choice(list(PINYIN_GIVEN.items()))
    latin = rng.choice([f"{py_s} {py_g}", f"{py_g} {py_s}", f"{py_s.upper()} {py_g}"])
    t = rng.choice(
        [
            "nihao，我的 huzhao 上名字是 ⟨latin⟩，中文⟨hanzi⟩，shouji ⟨phone⟩，youxiang ⟨email⟩。",
            "wo de ka ⟨acct⟩ bei dongjie le，我是⟨hanzi⟩（⟨latin⟩），dianhua ⟨phone⟩",
        ]
    )
    return compose(
        t,
        {
            "latin": p(latin),
            "hanzi": p(hz_s + hz_g),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "email": (zh_email(rng), "EMAIL_ADDRESS"),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
        },
    )


def zh_biaoge(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            "| 網點 | 地址 | 電話 |\n|---|---|---|\n| 金融街支行 | ⟨b1⟩ | ⟨h1⟩ |\n"
            "| 世纪大道支行 | ⟨b2⟩ | ⟨h2⟩ |"
        )
        return compose(
            t,
            {
                "b1": ZH_BIZ_ADDR[0],
                "b2": ZH_BIZ_ADDR[1],
                "h1": "95588",
                "h2": "400-" + digits(rng, 3) + "-" + digits(rng, 4),
            },
        )
    ymd = birth_date(rng)
    id_value, _ = zh_id(rng, ymd)
    t = rng.choice(
        [
            "姓名\t證件號碼\t出生日期\t聯繫電話\n⟨name⟩\t⟨id⟩\t⟨dob⟩\t⟨phone⟩",
            "| 收款人 | 卡號 | 手機 |\n|---|---|---|\n| ⟨name⟩ | ⟨acct⟩ | ⟨phone⟩ |\n"
            "| ⟨name2⟩ | ⟨acct2⟩ | ⟨phone2⟩ |",
        ]
    )
    return compose(
        t,
        {
            "name": p(zh_name(rng)),
            "id": (id_value.replace(" ", ""), "CN_ID_CARD"),
            "dob": (zh_dob(rng, ymd), "DATE_OF_BIRTH"),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "acct": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "name2": p(zh_name(rng)),
            "acct2": (unionpay_debit(rng), "BANK_ACCOUNT"),
            "phone2": (zh_mobile(rng), "PHONE_NUMBER"),
        },
    )


def zh_app_log(rng: random.Random, pos: bool) -> Built:
    if not pos:
        t = (
            '{"time":"⟨date⟩","event":"查询网点","result":"成功","branch":"⟨biz⟩",'
            '"hotline":"⟨hot⟩"}'
        )
        return compose(t, {"date": zh_date(rng), "biz": rng.choice(ZH_BIZ_ADDR), "hot": "95588"})
    t = (
        '{"time":"⟨date⟩","event":"登录异常","ip":"⟨ip⟩","user":"⟨name⟩","mobile":"⟨phone⟩",'
        '"email":"⟨email⟩"}'
    )
    return compose(
        t,
        {
            "date": zh_date(rng),
            "ip": (public_ip(rng), "IP_ADDRESS"),
            "name": p(zh_name(rng)),
            "phone": (zh_mobile(rng), "PHONE_NUMBER"),
            "email": (zh_email(rng), "EMAIL_ADDRESS"),
        },
    )


ZH_GENRES: dict[str, Callable[[random.Random, bool], Built]] = {
    "hotline_12345": zh_12345,
    "liushui": zh_liushui,
    "zufang": zh_zufang,
    "shebao": zh_shebao,
    "daikuan": zh_daikuan,
    "xuefei": zh_xuefei,
    "jicheng": zh_jicheng,
    "kouwu": zh_kouwu,
    "yueyu": zh_yueyu,
    "pinyin": zh_pinyin,
    "biaoge": zh_biaoge,
    "app_log": zh_app_log,
}


# ---------------------------------------------------------------- the set


def generate(n: int = 600, seed: int = 16018) -> list[dict[str, object]]:
    """``n`` rows, half English and half Chinese, 30% of each language PII-free."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    counts = {"en": n - n // 2, "zh": n // 2}
    for lang, genres in (("en", EN_GENRES), ("zh", ZH_GENRES)):
        total = counts[lang]
        negatives = round(total * NEGATIVE_SHARE)
        flags = [False] * negatives + [True] * (total - negatives)
        rng.shuffle(flags)
        names = list(genres)
        for i, positive in enumerate(flags):
            genre = (
                names[i % len(names)]
                if i < len(names) * (total // len(names))
                else rng.choice(names)
            )
            extra = (EXTRA_NEG_EN if lang == "en" else EXTRA_NEG_ZH).get(genre, [])
            if not positive and extra and rng.random() < 0.4:
                text, spans = compose(rng.choice(extra), negative_fillers(rng, lang))
            else:
                for _ in range(20):  # a positive draw always carries spans; redraw otherwise
                    text, spans = genres[genre](rng, positive)
                    if bool(spans) == positive:
                        break
            rows.append(
                {
                    "id": f"v16-{lang}-{genre}-{len(rows):04d}",
                    "text": text,
                    "lang": lang,
                    "spans": spans,
                }
            )
    return rows


def stats(rows: list[dict[str, object]]) -> dict[str, object]:
    labels: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    genres: Counter[str] = Counter()
    negatives: Counter[str] = Counter()
    for row in rows:
        lang = str(row["lang"])
        langs[lang] += 1
        genres[str(row["id"]).split("-")[2] + f" ({lang})"] += 1
        spans = row["spans"]
        assert isinstance(spans, list)
        if not spans:
            negatives[lang] += 1
        for span in spans:
            labels[f"{lang} {span['label']}"] += 1
    return {
        "rows": len(rows),
        "languages": dict(langs),
        "pii_free": dict(negatives),
        "labels": dict(sorted(labels.items())),
        "genres": dict(sorted(genres.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=16018)
    parser.add_argument("--stats", action="store_true", help="counts per label, language, genre")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print(json.dumps(stats(rows), indent=2, ensure_ascii=False))
    else:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
