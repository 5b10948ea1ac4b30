"""Fourteenth independent bilingual PII evaluation set (issue 18), written blind.

The author did not open the PII engine, its resources, the dev generators or any earlier set.
Traffic inside a bank rather than from it: staff-to-staff messages (Teams/Slack one-liners,
threads, shift handovers, escalations with @mentions: colleagues' names are PII), agent-assisted
chats with a bot in the loop (the bot's canned lines are negatives), assisted banking (carers,
attorneys, BSL interpreter bookings, dictation by a visually impaired customer, large-print
requests), sole traders and small employers (business names that are people's names are not
spanned, the owner is), student and youth accounts, ombudsman/regulator complaints written by a
relative, wire recalls and mistaken payments; in Chinese 企业微信/钉钉 工作群, 交接班记录, 代办业务,
个体工商户, 学生卡/家长, 老年人子女代办, 错转账追回, 12378 代家人投诉, 无障碍服务, 智能客服转人工.

    python benchmarks/pii_heldout14/generator.py --stats
"""

# Template lines carry whole sentences with their spans; wrapping them would hide the wording.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Callable

Part = str | tuple[str, str]
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
PII_FREE_SHARE = 0.3


# ---------------------------------------------------------------- checksums (own helpers)


def luhn_valid(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return len(digits) > 1 and total % 10 == 0


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable: one Luhn check digit always fits")


def _iban_remainder(text: str) -> int:
    rearranged = text[4:] + text[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    return len(compact) > 4 and compact[:2].isalpha() and _iban_remainder(compact) == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_remainder(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check_char(first17: str) -> str:
    total = sum(int(ch) * weight for ch, weight in zip(first17, CN_ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def cn_id_valid(number: str) -> bool:
    compact = number.replace(" ", "")
    return (
        len(compact) == 18
        and compact[:17].isdigit()
        and cn_id_check_char(compact[:17]) == compact[17].upper()
    )


def ssn_valid(number: str) -> bool:
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


# ---------------------------------------------------------------- composition


def compose(parts: list[Part]) -> tuple[str, list[dict[str, object]]]:
    """Join text parts; a ``(label, value)`` part becomes a span exactly on its value."""
    text: list[str] = []
    length = 0
    spans: list[dict[str, object]] = []
    for part in parts:
        if isinstance(part, str):
            value = part
        else:
            label, value = part
            spans.append({"start": length, "end": length + len(value), "label": label})
        text.append(value)
        length += len(value)
    return "".join(text), spans


def digits(r: random.Random, count: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(count))


def group(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out: list[str] = []
    index = 0
    for size in sizes:
        out.append(number[index : index + size])
        index += size
    if index < len(number):
        out.append(number[index:])
    return sep.join(chunk for chunk in out if chunk)


# ---------------------------------------------------------------- English values

EN_FIRST = (
    "Aisha", "Oliver", "Priya", "Tomasz", "Grace", "Kwame", "Siobhan", "Mateo", "Hannah",
    "Rahul", "Chloe", "Dmitri", "Fatima", "Owen", "Yusuf", "Eleanor", "Callum", "Ngozi",
    "Lucia", "Bartek", "Imogen", "Declan", "Amara", "Theo", "Zainab", "Rhys", "Ingrid",
    "Marcus", "Leila", "Finn", "Esther", "Joaquin", "Bethan", "Kofi", "Saoirse", "Anil",
)  # fmt: skip
EN_LAST = (
    "Okafor", "Whitfield", "Nowak", "Brennan", "Chaudhry", "Lindqvist", "Morrison", "Adeyemi",
    "Costa", "Hughes", "Kowalczyk", "Mensah", "Fairbairn", "Osei", "Delgado", "Pritchard",
    "Haddad", "McAllister", "Varga", "Thornton", "Iqbal", "Sato", "Ferreira", "Gallagher",
    "Nakamura", "Ellwood", "Abernethy", "Quist", "Rourke", "Szabo", "Baptiste", "Llewellyn",
)  # fmt: skip
PINYIN_SURNAME = ("Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Lin", "Xu", "Guo")
PINYIN_GIVEN = ("Jianguo", "Xiaoling", "Wei", "Meiling", "Haoran", "Yufei", "Zhiqiang", "Shuang")
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")
UK_STREETS = (
    "Elm Grove", "Percy Street", "Mill Lane", "Harrowby Road", "Kestrel Close", "Albion Terrace",
    "Quarry Hill", "Beech Avenue", "St Helen's Walk", "Canal Side", "Orchard Rise", "Pump Row",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS6"), ("Bristol", "BS3"), ("Cardiff", "CF24"), ("Norwich", "NR2"),
    ("Salford", "M6"), ("Dundee", "DD1"), ("Exeter", "EX4"), ("Sheffield", "S10"),
    ("Belfast", "BT7"), ("Leicester", "LE2"),
)  # fmt: skip
US_STREETS = ("Maple Ave", "W 38th St", "Cedar Ridge Dr", "Lincoln Blvd", "Hollis Ct", "Pine St")
US_CITIES = (
    ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"),
    ("Spokane", "WA", "992"), ("Albany", "NY", "122"), ("Madison", "WI", "537"),
)  # fmt: skip
HALLS = ("Whitworth", "Carrington", "Ashby", "Montrose", "Kelvin", "Hartley")
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "proton.me")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def en_name(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.1:
        return f"{r.choice(PINYIN_SURNAME)} {r.choice(PINYIN_GIVEN)}"
    if roll < 0.18:
        return f"{r.choice(PINYIN_GIVEN)} {r.choice(PINYIN_SURNAME)}"
    if roll < 0.26:
        return f"{r.choice(EN_FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(EN_LAST)}"
    return f"{r.choice(EN_FIRST)} {r.choice(EN_LAST)}"


def en_titled(r: random.Random) -> str:
    return f"{r.choice(TITLES)} {r.choice(EN_LAST)}"


def en_person(r: random.Random) -> str:
    return en_titled(r) if r.random() < 0.25 else en_name(r)


def en_colleague(r: random.Random) -> str:
    return r.choice(EN_FIRST) if r.random() < 0.45 else en_name(r)


def uk_mobile(r: random.Random) -> str:
    body = "7" + r.choice("4579") + digits(r, 8)
    style = r.randrange(8)
    if style == 0:
        return f"0{body[:4]} {body[4:]}"
    if style == 1:
        return f"+44 {body[:4]} {body[4:]}"
    if style == 2:
        return f"(+44) {body[:4]} {body[4:7]} {body[7:]}"
    if style == 3:
        return f"+44 (0){body[:4]} {body[4:]}"
    if style == 4:
        return f"0{body[:3]} {body[3:6]} {body[6:]}"
    if style == 5:  # spaces in odd places, as typed in a hurry
        return f"0{body[:1]} {body[1:5]} {body[5:7]} {body[7:]}"
    if style == 6:
        return f"0{body}"
    return f"0{body[:4]}-{body[4:]}"


def uk_landline(r: random.Random) -> str:
    area = r.choice(("0113", "0117", "0161", "0131", "01603", "029"))
    rest = digits(r, 11 - len(area))
    number = f"{area} {rest[:3]} {rest[3:]}"
    if r.random() < 0.5:
        number += r.choice((" ext. ", " ext ", " x", " extension ")) + digits(r, r.choice((3, 4)))
    return number


def us_phone(r: random.Random) -> str:
    # 2xx-7xx with a non-zero middle digit: never a toll-free 800/888 number or a 400 look-alike
    area = r.choice("234567") + r.choice("123456789") + digits(r, 1)
    exchange = r.choice("2345678") + digits(r, 2)
    line = digits(r, 4)
    style = r.randrange(5)
    if style == 0:
        number = f"({area}) {exchange}-{line}"
    elif style == 1:
        number = f"+1 ({area}) {exchange} {line}"
    elif style == 2:
        number = f"{area}.{exchange}.{line}"
    elif style == 3:
        number = f"{area}-{exchange}-{line}"
    else:
        number = f"+1 {area} {exchange} {line}"
    if r.random() < 0.2:
        number += f" ext. {digits(r, 3)}"
    return number


def en_phone(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.55:
        return uk_mobile(r)
    if roll < 0.75:
        return uk_landline(r)
    return us_phone(r)


SPOKEN_DIGITS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def spoken_mobile(r: random.Random) -> str:
    """'oh-seven-seven double-nine ...': doubles read as 'double'."""
    number = "07" + r.choice("4579") + digits(r, 8)
    words: list[str] = []
    index = 0
    while index < len(number):
        if index + 1 < len(number) and number[index] == number[index + 1]:
            words.append("double-" + SPOKEN_DIGITS[int(number[index])])
            index += 2
        else:
            words.append(SPOKEN_DIGITS[int(number[index])])
            index += 1
    return "-".join(words[:3]) + " " + " ".join(words[3:])


def en_email(r: random.Random, name: str | None = None) -> str:
    first = (name or en_name(r)).split()[0].strip(".").lower()
    last = (name or en_name(r)).split()[-1].lower()
    style = r.randrange(4)
    local = (
        f"{first}.{last}"
        if style == 0
        else f"{first[0]}{last}{digits(r, 2)}"
        if style == 1
        else f"{first}_{last[:4]}"
        if style == 2
        else f"{last}.{first}{digits(r, 1)}"
    )
    return f"{local}@{r.choice(MAIL_DOMAINS)}"


def uk_address(r: random.Random, multiline: bool = False) -> str:
    town, district = r.choice(UK_TOWNS)
    postcode = f"{district} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
    if r.random() < 0.3:
        street = f"Flat {r.randrange(1, 12)}, {street}"
    sep = "\n" if multiline else ", "
    return f"{street}{sep}{town}{sep if multiline else ' '}{postcode}"


def us_address(r: random.Random) -> str:
    city, state, zip3 = r.choice(US_CITIES)
    unit = f", Apt {r.randrange(1, 30)}{r.choice('ABCD')}" if r.random() < 0.4 else ""
    return f"{r.randrange(10, 9900)} {r.choice(US_STREETS)}{unit}, {city}, {state} {zip3}{digits(r, 2)}"


def halls_address(r: random.Random) -> str:
    town, district = r.choice(UK_TOWNS)
    return (
        f"Room {r.randrange(1, 40)}{r.choice('ABC')}, {r.choice(HALLS)} Hall, "
        f"{r.randrange(2, 90)} {r.choice(UK_STREETS)}, {town} {district} {r.randrange(1, 10)}"
        f"{r.choice('ADEHLNPRTW')}{r.choice('BFGJQSUXY')}"
    )


def en_address(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.6:
        return uk_address(r, multiline=r.random() < 0.2)
    return us_address(r)


def birth_date(r: random.Random, young: bool = False) -> tuple[int, int, int]:
    year = r.randrange(2003, 2010) if young else r.randrange(1931, 1999)
    return year, r.randrange(1, 13), r.randrange(1, 29)


def en_dob(r: random.Random, young: bool = False) -> str:
    year, month, day = birth_date(r, young)
    style = r.randrange(5)
    if style == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if style == 1:
        return f"{day} {MONTHS[month - 1]} {year}"
    if style == 2:
        return f"{MONTHS[month - 1]} {day}, {year}"
    if style == 3:
        return f"{year}-{month:02d}-{day:02d}"
    return f"{day:02d}.{month:02d}.{year}"


def card_number(r: random.Random, scheme: str | None = None) -> str:
    scheme = scheme or r.choice(("visa", "mc", "amex", "visa"))
    if scheme == "amex":
        number = luhn_complete(r.choice(("34", "37")) + digits(r, 12))
        return group(number, (4, 6, 5), r.choice((" ", " ", "-")))
    prefix = "4" + digits(r, 5) if scheme == "visa" else str(r.randrange(51, 56)) + digits(r, 4)
    number = luhn_complete(prefix + digits(r, 9))
    style = r.randrange(4)
    if style == 3:
        return number
    return group(number, (4, 4, 4, 4), "-" if style == 2 else " ")


def masked_card(r: random.Random) -> str:
    return r.choice(("4929", "5412", "6222", "6217")) + " **** **** " + digits(r, 4)


def uk_sort_code(r: random.Random) -> str:
    return f"{digits(r, 2)}-{digits(r, 2)}-{digits(r, 2)}"


def en_account(r: random.Random) -> str:
    style = r.randrange(5)
    if style <= 1:
        return digits(r, 8)
    if style == 2:
        return f"{digits(r, 4)}-{digits(r, 4)}"
    if style == 3:  # US checking account
        return f"{digits(r, 4)} {digits(r, 4)} {digits(r, 3)}"
    return f"{digits(r, 2)}.{digits(r, 3)}.{digits(r, 3)}"


def iban(r: random.Random) -> str:
    country = r.choice(("GB", "DE", "FR", "NL", "ES", "IE"))
    if country in ("GB", "IE"):
        bban = r.choice(("NWBK", "MIDL", "BOFI", "AIBK", "LOYD")) + digits(r, 14)
    elif country == "DE":
        bban = digits(r, 18)
    elif country == "FR":
        bban = digits(r, 23)
    elif country == "NL":
        bban = r.choice(("ABNA", "RABO", "INGB")) + digits(r, 10)
    else:
        bban = digits(r, 20)
    number = iban_make(country, bban)
    if r.random() < 0.55:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


def ssn(r: random.Random) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    number = f"{area:03d}{r.randrange(1, 100):02d}{r.randrange(1, 10000):04d}"
    sep = r.choice(("-", "-", " "))
    return f"{number[:3]}{sep}{number[3:5]}{sep}{number[5:]}"


# ---------------------------------------------------------------- English hard negatives

EN_HOTLINES = (
    "0345 300 0000", "0800 161 5153", "03457 404 404", "1-800-432-1000", "1-800-935-9935",
    "13 22 21", "13 11 55", "0345 734 5345", "+44 345 600 0000", "0800 056 0056",
)  # fmt: skip
COMPANIES = (
    "Harwood Timber Ltd", "Brightline Wholesale", "Northgate Plant Hire Ltd", "Kite & Co Accountants",
    "Pennine Catering Supplies", "Marlowe Office Direct", "Tesco", "Screwfix", "Costa Coffee",
)  # fmt: skip
ROLE_MAILS = (
    "support@", "noreply@", "payroll@", "accounts@", "complaints@", "hello@", "bookings@",
)  # fmt: skip
ROLE_DOMAINS = ("harwoodtimber.co.uk", "brightline.com", "kiteandco.co.uk", "northgatehire.com")


def en_noise(r: random.Random) -> str:
    choice = r.randrange(13)
    if choice == 0:
        return f"Our team is on {r.choice(EN_HOTLINES)}."
    if choice == 1:
        return f"Ref {r.choice(('INC', 'CASE', 'RCL', 'TKT', 'CMP'))}-{digits(r, 6)}."
    if choice == 2:
        return f"OTP {digits(r, 6)} was resent at {r.randrange(7, 20)}:{r.randrange(0, 60):02d}."
    if choice == 3:
        return f"Card ending {digits(r, 4)} is blocked for now."
    if choice == 4:
        return f"Amount £{r.randrange(20, 9000):,}.{digits(r, 2)}."
    if choice == 5:
        return f"Sort code {uk_sort_code(r)} (branch only)."
    if choice == 6:
        return f"Order #{digits(r, 8)} / invoice INV-{digits(r, 5)}."
    if choice == 7:
        return f"Reply to {r.choice(ROLE_MAILS)}{r.choice(ROLE_DOMAINS)} if unsure."
    if choice == 8:
        return f"Staff ID E{digits(r, 5)} logged it on {r.randrange(1, 29)} {r.choice(MONTHS)}."
    if choice == 9:
        return f"Masked card on screen: {masked_card(r)}."
    if choice == 10:
        return (
            f"Policy no. PL{digits(r, 7)}, renewal {r.randrange(1, 29)}/{r.randrange(1, 13)}/2027."
        )
    if choice == 11:
        return f"Supplier {r.choice(COMPANIES)} paid on account."
    return f"Callback window {r.randrange(9, 12)}am-{r.randrange(1, 5)}pm, {r.choice(('Leeds', 'Cardiff', 'Glasgow'))} team."


def maybe_noise(r: random.Random, parts: list[Part], probability: float = 0.5) -> None:
    if r.random() < probability:
        parts.append(" " + en_noise(r))


def time_stamp(r: random.Random) -> str:
    return f"[{r.randrange(7, 22):02d}:{r.randrange(0, 60):02d}]"


# ---------------------------------------------------------------- English genres


def en_handover(r: random.Random, negative: bool) -> list[Part]:
    shift = r.choice(("early", "late", "night", "weekend"))
    parts: list[Part] = [
        r.choice(("Handover", "HANDOVER", "Shift handover", "hand-over notes")),
        f" {shift} -> {r.choice(('late', 'night', 'early', 'Monday'))} ({r.randrange(1, 29)}/{r.randrange(1, 13)}):\n",
    ]
    if negative:
        bullets = [
            f"- queue at {r.randrange(3, 40)}, longest wait {r.randrange(4, 50)} min",
            f"- {r.randrange(2, 9)} recalls pending, all logged under RCL-{digits(r, 5)}",
            f"- hotline {r.choice(EN_HOTLINES)} was down 10 min around lunch",
            f"- customer on card ending {digits(r, 4)} called back, sorted, no action",
            f"- large-print pack reorder for branch {uk_sort_code(r)} done",
            "- the gentleman from this morning rang again, told him 3-5 working days",
            f"- OTP resends failing for {r.choice(('EE', 'Vodafone', 'O2'))} users, INC-{digits(r, 6)}",
            f"- {r.choice(COMPANIES)} payment run released (£{r.randrange(1000, 90000):,})",
        ]
        r.shuffle(bullets)
        parts.append("\n".join(bullets[: r.randrange(2, 5)]))
        parts.append(r.choice(("\nthanks all", "\n- team lead E" + digits(r, 5), "")))
        return parts
    bullet_makers: list[Callable[[], list[Part]]] = [
        lambda: ["- ", ("PERSON", en_person(r)), " (acct ", ("BANK_ACCOUNT", en_account(r)), ") still chasing the recall"],
        lambda: ["- cust rang from ", ("PHONE_NUMBER", en_phone(r)), ", wants a call back after 3"],
        lambda: ["- ", ("PERSON", en_colleague(r)), " took the POA docs for ", ("PERSON", en_titled(r)), ", not indexed yet"],
        lambda: ["- new address to confirm: ", ("ADDRESS", en_address(r))],
        lambda: ["- DOB on file ", ("DATE_OF_BIRTH", en_dob(r)), " doesn't match what she gave, left on hold"],
        lambda: ["- statement e-mail bounced: ", ("EMAIL_ADDRESS", en_email(r))],
        lambda: ["- ", ("PERSON", en_name(r)), " disputes a charge on ", ("CREDIT_CARD", card_number(r)), ", chargeback form sent"],
        lambda: ["- mobile on file ends up split on the note: ", ("PHONE_NUMBER", "07" + digits(r, 3) + " " + digits(r, 2) + "\n" + digits(r, 4)), " (check with her)"],
        lambda: [f"- ref CASE-{digits(r, 6)}, nothing outstanding"],
    ]  # fmt: skip
    chosen = r.sample(bullet_makers, r.randrange(2, 5))
    for index, make in enumerate(chosen):
        parts.extend(make())
        parts.append("\n" if index < len(chosen) - 1 else "")
    parts.extend([r.choice(("\n-- ", "\ncheers, ", "\nfrom ")), ("PERSON", en_colleague(r))])
    return parts


def en_escalation(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [
            r.choice(("@here ", "@TeamLeads ", "@supervisors ")),
            r.choice((
                f"need a TL to approve a £{r.randrange(15, 95)} fee refund, customer verified, ticket INC-{digits(r, 6)}.",
                f"escalating CMP-{digits(r, 6)}: customer wants it in writing, staff ID E{digits(r, 5)}.",
                f"anyone free to take a complaint on card ending {digits(r, 4)}? Mrs on hold 12 min.",
                f"the 2nd-line number {r.choice(EN_HOTLINES)} is rejecting transfers again.",
            )),
            " " + en_noise(r),
        ]  # fmt: skip
    supervisor = en_colleague(r)
    customer = en_person(r)
    parts: list[Part] = [
        "@",
        ("PERSON", supervisor),
        r.choice((" can you ", " could you please ", " pls ")),
    ]
    body = r.randrange(5)
    if body == 0:
        parts += [
            "approve a fee refund for ",
            ("PERSON", customer),
            "? acct ",
            ("BANK_ACCOUNT", en_account(r)),
            f", sort {uk_sort_code(r)}.",
        ]
    elif body == 1:
        parts += [
            "look at ",
            ("PERSON", customer),
            " - failed ID&V twice, gave DOB ",
            ("DATE_OF_BIRTH", en_dob(r)),
            " then a different one.",
        ]
    elif body == 2:
        parts += [
            "call ",
            ("PERSON", customer),
            " back on ",
            ("PHONE_NUMBER", en_phone(r)),
            ", she's asked for a manager.",
        ]
    elif body == 3:
        parts += [
            "check the SSN ",
            ("US_SSN", ssn(r)),
            " on ",
            ("PERSON", customer),
            "'s W-9, it fails the lookup.",
        ]
    else:
        parts += [
            "sign off the card replacement for ",
            ("PERSON", customer),
            " (",
            ("CREDIT_CARD", card_number(r)),
            "), address change to ",
            ("ADDRESS", en_address(r)),
            ".",
        ]
    if r.random() < 0.4:
        parts += [" cc @", ("PERSON", en_colleague(r))]
    maybe_noise(r, parts)
    return parts  # fmt: skip


def en_slackthread(r: random.Random, negative: bool) -> list[Part]:
    parts: list[Part] = []
    lines = r.randrange(2, 5)
    for index in range(lines):
        parts.append(time_stamp(r) + " ")
        if negative:
            parts.append(f"agent-{digits(r, 4)}: ")
            parts.append(r.choice((
                "anyone know if the recall cut-off is 3pm or 4pm?",
                f"sort code {uk_sort_code(r)} comes up as closed branch, is that right?",
                f"bot keeps giving out {r.choice(EN_HOTLINES)} for lost cards",
                f"logged INC-{digits(r, 6)} for the timeout",
                "lunch cover 1-2 please",
                f"customer wants statements posted to the branch, ref TKT-{digits(r, 5)}",
                "👍 done",
            )))  # fmt: skip
        else:
            parts.extend([("PERSON", en_colleague(r)), ": "])
            kind = r.randrange(6)
            if kind == 0:
                parts += [
                    "can someone ring ",
                    ("PERSON", en_person(r)),
                    " on ",
                    ("PHONE_NUMBER", en_phone(r)),
                    "?",
                ]
            elif kind == 1:
                parts += ["cust's email is ", ("EMAIL_ADDRESS", en_email(r)), " not the old one"]
            elif kind == 2:
                parts += [
                    "@",
                    ("PERSON", en_colleague(r)),
                    " yours? acct ",
                    ("BANK_ACCOUNT", en_account(r)),
                ]
            elif kind == 3:
                parts += ["IBAN she gave ", ("IBAN_CODE", iban(r)), " passes the check"]
            elif kind == 4:
                parts += [f"logged INC-{digits(r, 6)}"]
            else:
                parts += ["thanks ", ("PERSON", r.choice(EN_FIRST)), " 🙏"]
        if index < lines - 1:
            parts.append("\n")
    return parts  # fmt: skip


BOT_LINES = (
    "Bot: Hi! I'm the virtual assistant. How can I help today?",
    "Bot: For your security, never share your full card number or PIN in chat.",
    "Bot: I can connect you to a colleague. Typical wait: 4 minutes.",
    "Bot: Lost or stolen cards: call {hotline}, 24/7.",
    "Bot: Please enter the last 4 digits of your card.",
    "Bot: Sorry, I didn't catch that. Try 'payments', 'cards' or 'agent'.",
)


def bot_line(r: random.Random) -> str:
    return r.choice(BOT_LINES).replace("{hotline}", r.choice(EN_HOTLINES))


def en_botchat(r: random.Random, negative: bool) -> list[Part]:
    parts: list[Part] = [bot_line(r), "\n"]
    if negative:
        parts += [
            "Customer: ", r.choice(("agent", "cards", "my card got eaten by the machine", "payments")), "\n",
            bot_line(r), "\n",
            f"Customer: {digits(r, 4)}\n",
            f"Bot: Thanks. Your reference is CHT-{digits(r, 7)}.\n",
            r.choice(("Agent (ID E", "Colleague (staff no. ")), digits(r, 5), ") joined the chat.\n",
            r.choice(("Agent: Hello, thanks for waiting. I can see the card ending in that number.",
                      "Agent: Hi there, I've put a temporary block on it.",
                      "Agent: Good afternoon sir, the payment shows as pending.")),
        ]  # fmt: skip
        return parts
    parts += [
        "Customer: agent\n",
        bot_line(r),
        "\n",
        "Agent ",
        ("PERSON", en_colleague(r)),
        " joined the chat.\n",
    ]
    kind = r.randrange(5)
    if kind == 0:
        first, second = card_number(r), card_number(r)
        parts += [
            "Customer: my card is ",
            ("CREDIT_CARD", first),
            " no wait that's the old one, it's ",
            ("CREDIT_CARD", second),
        ]
    elif kind == 1:
        parts += [
            f"Customer: it starts {digits(r, 4)}... hang on\nCustomer: full number ",
            ("CREDIT_CARD", card_number(r)),
        ]
    elif kind == 2:
        parts += [
            "Customer: mobile ",
            ("PHONE_NUMBER", en_phone(r)),
            ", sorry typo, ",
            ("PHONE_NUMBER", en_phone(r)),
        ]
    elif kind == 3:
        parts += [
            "Customer: I'm ",
            ("PERSON", en_name(r)),
            ", born ",
            ("DATE_OF_BIRTH", en_dob(r)),
            ", email ",
            ("EMAIL_ADDRESS", en_email(r)),
        ]
    else:
        parts += [
            "Customer: paid the wrong person, sent to ",
            ("IBAN_CODE", iban(r)),
            f" ({digits(r, 2)} Mar) instead of my sister ",
            ("PERSON", en_name(r)),
        ]
    parts += ["\n", bot_line(r)]
    return parts  # fmt: skip


def en_assisted(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            f"Large-print request logged, 24pt, ref LP-{digits(r, 5)}. Braille not available from this branch.",
            f"BSL interpreter booked via the agency line {r.choice(EN_HOTLINES)} for Tuesday {r.randrange(9, 12)}am, Leeds branch.",
            "Customer's carer attended with her, consent form on file; no changes made today.",
            f"Power of attorney registered, ref POA-{digits(r, 6)}, checked by staff ID E{digits(r, 5)}.",
            "Visually impaired customer prefers calls over letters. Note added, no further action.",
            f"Audio statements enabled from {r.choice(MONTHS)}. Card ending {digits(r, 4)} reissued with notch.",
        )), " " + en_noise(r)]  # fmt: skip
    kind = r.randrange(6)
    if kind == 0:
        return [
            "Carer ",
            ("PERSON", en_name(r)),
            " called for ",
            ("PERSON", en_person(r)),
            " (DOB ",
            ("DATE_OF_BIRTH", en_dob(r)),
            "); carer's mobile ",
            ("PHONE_NUMBER", en_phone(r)),
            ".",
        ]
    if kind == 1:
        return [
            "Attorney under LPA: ",
            ("PERSON", en_name(r)),
            ", for donor ",
            ("PERSON", en_name(r)),
            ", account ",
            ("BANK_ACCOUNT", en_account(r)),
            f". Ref POA-{digits(r, 6)}.",
        ]
    if kind == 2:
        return [
            "Please book a BSL interpreter for ",
            ("PERSON", en_person(r)),
            f" on {r.randrange(1, 29)} {r.choice(MONTHS)}; text her on ",
            ("PHONE_NUMBER", uk_mobile(r)),
            " (no voice calls).",
        ]
    if kind == 3:
        if r.random() < 0.35:
            return [
                "VI customer dictated her number slowly: ",
                ("PHONE_NUMBER", spoken_mobile(r)),
                ". Confirmed back.",
            ]
        return [
            "Customer is registered blind; dictated card ",
            ("CREDIT_CARD", card_number(r)),
            " and address ",
            ("ADDRESS", en_address(r)),
            " for the replacement.",
        ]
    if kind == 4:
        return [
            "Large-print letters to ",
            ("PERSON", en_person(r)),
            " at\n",
            ("ADDRESS", uk_address(r, multiline=True)),
            "\nfrom next cycle.",
        ]
    return ["US POA: agent ", ("PERSON", en_name(r)), " for her mother ", ("PERSON", en_name(r)), ", SSN ", ("US_SSN", ssn(r)), ", email ", ("EMAIL_ADDRESS", en_email(r)), "."]  # fmt: skip


TRADES = ("Plumbing", "Electrical", "Joinery", "Landscapes", "Cleaning", "Bakes", "Roofing")


def sole_trader_name(r: random.Random) -> str:
    return f"{r.choice('ABCDEGJKMPRST')}. {r.choice(EN_LAST)} {r.choice(TRADES)}"


def en_smallbiz(r: random.Random, negative: bool) -> list[Part]:
    business = sole_trader_name(r)
    if negative:
        return [r.choice((
            f"{business} (sole trader) wants to move the direct debit to the 15th. Sort code {uk_sort_code(r)}.",
            f"Supplier payment to {r.choice(COMPANIES)} of £{r.randrange(200, 20000):,} released; remittance to {r.choice(ROLE_MAILS)}{r.choice(ROLE_DOMAINS)}.",
            f"{business} asked for a card reader; business line {r.choice(EN_HOTLINES[:4])} is the shop's.",
            f"Invoice INV-{digits(r, 5)} from {r.choice(COMPANIES)} paid twice, recall raised RCL-{digits(r, 5)}.",
        )), " " + en_noise(r)]  # fmt: skip
    owner = en_name(r)
    kind = r.randrange(5)
    if kind == 0:
        parts: list[Part] = [
            f"{business} - owner ",
            ("PERSON", owner),
            ". Business mobile ",
            ("PHONE_NUMBER", uk_mobile(r)),
            ", personal mobile ",
            ("PHONE_NUMBER", uk_mobile(r)),
            ", use the first.",
        ]
    elif kind == 1:
        parts = [
            f"{business}: pay subcontractor ",
            ("PERSON", en_name(r)),
            " £",
            f"{r.randrange(300, 4000)} to ",
            ("BANK_ACCOUNT", en_account(r)),
            f" ({uk_sort_code(r)}) and {r.choice(COMPANIES)} on account.",
        ]
    elif kind == 2:
        parts = [
            "Sole trader ",
            ("PERSON", owner),
            f" trading as {business}, home ",
            ("ADDRESS", uk_address(r)),
            ", e-mail ",
            ("EMAIL_ADDRESS", en_email(r, owner)),
            ".",
        ]
    elif kind == 3:
        parts = [
            f"{business} pays an EU supplier's owner ",
            ("PERSON", en_name(r)),
            " to ",
            ("IBAN_CODE", iban(r)),
            "; business card ",
            ("CREDIT_CARD", card_number(r)),
            ".",
        ]
    else:
        parts = [
            "Owner ",
            ("PERSON", en_titled(r)),
            f" of {business} (US branch) gave SSN ",
            ("US_SSN", ssn(r)),
            " for the 1099.",
        ]
    maybe_noise(r, parts)
    return parts  # fmt: skip


def en_payroll(r: random.Random, negative: bool) -> list[Part]:
    employer = sole_trader_name(r) if r.random() < 0.5 else r.choice(COMPANIES[:6])
    if negative:
        return [
            f"Payroll for {employer}, {r.choice(MONTHS)} run: {r.randrange(3, 6)} staff, total £{r.randrange(4000, 19000):,}.{digits(r, 2)}, ",
            f"paid from the business account on the {r.randrange(20, 29)}th. Query to {r.choice(ROLE_MAILS[2:4])}{r.choice(ROLE_DOMAINS)}. ",
            en_noise(r),
        ]
    parts: list[Part] = [f"Payroll, {employer}, {r.choice(MONTHS)}. "]
    staff = r.randrange(3, 6)
    us = r.random() < 0.3
    for index in range(staff):
        parts += [("PERSON", en_name(r)), f" £{r.randrange(400, 3200):,}.{digits(r, 2)} to "]
        if us:
            parts += [("BANK_ACCOUNT", en_account(r)), " (SSN ", ("US_SSN", ssn(r)), ")"]
        elif r.random() < 0.2:
            parts += [("IBAN_CODE", iban(r))]
        else:
            parts += [("BANK_ACCOUNT", en_account(r)), f", sort {uk_sort_code(r)}"]
        parts.append("; " if index < staff - 1 else ". ")
    parts.append(
        r.choice(
            ("Please release by Friday.", "Same as last month except the new starter.", en_noise(r))
        )
    )
    return parts


def en_student(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            "Student account opened, overdraft set to £500, welcome pack posted to the branch.",
            f"Parent asked about the 11-17 account; told them both need to attend, ref TKT-{digits(r, 5)}.",
            f"Freshers' stall at the University of {r.choice(('Leeds', 'Exeter', 'Dundee'))} main campus, {r.randrange(40, 200)} sign-ups.",
            f"Son used mum's card ending {digits(r, 4)} online; she's fine with it, no dispute.",
        )), " " + en_noise(r)]  # fmt: skip
    kind = r.randrange(5)
    if kind == 0:
        return [
            "My son ",
            ("PERSON", en_name(r)),
            " (17) needs his card sent to his halls: ",
            ("ADDRESS", halls_address(r)),
            ", not home.",
        ]
    if kind == 1:
        return [
            "It's my mum's card, ",
            ("CREDIT_CARD", card_number(r)),
            " - she's ",
            ("PERSON", en_titled(r)),
            " - I used it for the deposit, sorry.",
        ]
    if kind == 2:
        return [
            "Guardian ",
            ("PERSON", en_name(r)),
            " for ",
            ("PERSON", en_name(r)),
            ", born ",
            ("DATE_OF_BIRTH", en_dob(r, young=True)),
            "; guardian's mobile ",
            ("PHONE_NUMBER", en_phone(r)),
            ".",
        ]
    if kind == 3:
        return [
            "Exchange student ",
            ("PERSON", en_name(r)),
            " wants rent paid to ",
            ("IBAN_CODE", iban(r)),
            "; uni e-mail won't work, use ",
            ("EMAIL_ADDRESS", en_email(r)),
            ".",
        ]
    return ["Parent ", ("PERSON", en_name(r)), " (US) gave SSN ", ("US_SSN", ssn(r)), " for the custodial account of ", ("PERSON", en_name(r)), ", DOB ", ("DATE_OF_BIRTH", en_dob(r, young=True)), "."]  # fmt: skip


def en_ombudsman(r: random.Random, negative: bool) -> list[Part]:
    body_regulator = r.choice(("Financial Ombudsman Service", "CFPB", "FOS"))
    if negative:
        sentences = [
            f"Dear {body_regulator}, I am writing on behalf of my {r.choice(('father', 'aunt', 'son', 'mother'))} about the bank's handling of a £{r.randrange(300, 30000):,} payment on {r.randrange(1, 29)} {r.choice(MONTHS)} 2026.",
            f"Their final response (ref CMP-{digits(r, 6)}) came after {r.randrange(8, 16)} weeks.",
            f"They told us to ring {r.choice(EN_HOTLINES)} although the customer is hard of hearing.",
            "Nobody offered a text relay or a home visit.",
            f"The third-party authority form was lost twice; the branch kept the original (ref POA-{digits(r, 6)}).",
            "We would like an apology and the £25 charges refunded.",
        ]
        return [sentences[0], " ", " ".join(r.sample(sentences[1:], r.randrange(1, 4)))]
    relative = r.choice(("my father", "my mother", "my brother", "my grandmother", "my husband"))
    writer, subject = en_name(r), en_person(r)
    opener = r.randrange(4)
    parts: list[Part]
    if opener == 0:
        parts = [
            f"To the {body_regulator}: I, ",
            ("PERSON", writer),
            f", complain on behalf of {relative}, ",
            ("PERSON", subject),
        ]
    elif opener == 1:
        parts = [
            f"Complaint to the {body_regulator}, made by ",
            ("PERSON", writer),
            f" for their {relative.removeprefix('my ')} ",
            ("PERSON", subject),
        ]
    elif opener == 2:
        parts = [
            f"I'm writing to the {body_regulator} because the bank won't talk to me about {relative}, ",
            ("PERSON", subject),
            ". My name is ",
            ("PERSON", writer),
        ]
    else:
        parts = [
            f"{body_regulator} online form. Complainant: ",
            ("PERSON", subject),
            ". Representative: ",
            ("PERSON", writer),
            " (family member)",
        ]
    if r.random() < 0.7:
        parts += [r.choice((", born ", ", date of birth ", " (DOB ")), ("DATE_OF_BIRTH", en_dob(r))]
        if parts[-2] == " (DOB ":
            parts.append(")")
    if r.random() < 0.7:
        parts += [r.choice((", of ", ", living at ", "; address: ")), ("ADDRESS", en_address(r))]
    parts.append(". ")
    kind = r.randrange(4)
    if kind == 0:
        parts += ["The bank let a stranger drain account ", ("BANK_ACCOUNT", en_account(r)), "."]
    elif kind == 1:
        parts += [
            "Contact me on ",
            ("PHONE_NUMBER", en_phone(r)),
            " or ",
            ("EMAIL_ADDRESS", en_email(r)),
            ".",
        ]
    elif kind == 2:
        parts += ["Their SSN ", ("US_SSN", ssn(r)), " was used to open a card."]
    else:
        parts += ["Money went to ", ("IBAN_CODE", iban(r)), " after a scam call."]
    maybe_noise(r, parts, 0.4)
    return parts  # fmt: skip


def en_recall(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            f"Recall request RCL-{digits(r, 6)}: £{r.randrange(50, 25000):,} sent to the wrong payee, beneficiary bank contacted, 10 working days.",
            f"Mistaken payment to {r.choice(COMPANIES)} (their company account), invoice INV-{digits(r, 5)}; they've agreed to refund.",
            f"CoP mismatch warning was shown at {r.randrange(8, 20)}:{digits(r, 2)}; customer proceeded. Sort code {uk_sort_code(r)}.",
        )), " " + en_noise(r)]  # fmt: skip
    wrong, intended = en_name(r), en_name(r)
    parts: list[Part] = [
        r.choice(
            (
                "Wire recall: ",
                "Mistaken payment: ",
                "Recall pls - ",
                "@Payments ops ",
                "Misdirected CHAPS, ",
                "Customer typo'd the payee. ",
            )
        ),
        r.choice(
            (
                f"£{r.randrange(80, 40000):,} went to ",
                f"${r.randrange(80, 40000):,} wired to ",
                f"€{r.randrange(80, 9000):,} paid to ",
                "the whole deposit went to ",
            )
        ),
        ("PERSON", wrong),
    ]
    if r.random() < 0.5:
        parts += [" acct ", ("BANK_ACCOUNT", en_account(r)), f" sort {uk_sort_code(r)}"]
    else:
        parts += [" ", ("IBAN_CODE", iban(r))]
    parts += [
        r.choice((" instead of ", " - should have been ", "; intended payee ", ", meant for ")),
        ("PERSON", intended),
    ]
    if r.random() < 0.5:
        parts += [" (", ("BANK_ACCOUNT", en_account(r)), ")"]
    else:
        parts += [" (", ("IBAN_CODE", iban(r)), ")"]
    parts.append(". ")
    if r.random() < 0.5:
        parts += ["Payer contact ", ("PHONE_NUMBER", en_phone(r)), "."]
    else:
        parts += [f"Ref RCL-{digits(r, 6)}."]
    return parts  # fmt: skip


# ---------------------------------------------------------------- Chinese values

ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余"
ZH_GIVEN = (
    "建国", "芳", "伟", "秀英", "志强", "丽娟", "俊杰", "晓燕", "海涛", "婷婷", "子轩", "雨桐",
    "国华", "桂兰", "明", "静怡", "浩然", "红梅", "文博", "佳琪", "德胜", "淑珍", "思远", "欣怡",
)  # fmt: skip
ZH_TRAD = ("陳志明", "黃淑芬", "劉家豪", "張美玲", "趙國華", "吳俊傑", "鄭雅婷", "林詠欣")
ZH_TITLES = ("经理", "主管", "老师", "阿姨", "师傅", "总", "姐", "科长")
ZH_PROVINCES = (
    ("北京市", "朝阳区", ("建国路", "望京街", "酒仙桥路")),
    ("上海市", "徐汇区", ("漕溪北路", "天钥桥路", "田林路")),
    ("广州市", "天河区", ("天河北路", "体育西路", "中山大道")),
    ("成都市", "武侯区", ("人民南路四段", "玉林北路", "科华北路")),
    ("杭州市", "西湖区", ("文三路", "教工路", "古墩路")),
    ("武汉市", "洪山区", ("珞喻路", "雄楚大道", "民族大道")),
    ("南京市", "鼓楼区", ("中山北路", "汉中路", "北京西路")),
    ("西安市", "雁塔区", ("小寨东路", "长安南路", "科技路")),
)  # fmt: skip
ZH_ESTATES = ("阳光花园", "锦绣家园", "翠湖小区", "金地名苑", "和平里", "枫林湾")
CN_AREAS = ("110105", "310104", "440106", "510107", "330106", "420111", "320106", "610113")
ZH_MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com")
PINYIN_FOR = {"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang"}
ZH_SPOKEN = "零一二三四五六七八九"


def zh_name(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.07:
        return r.choice(ZH_TRAD)
    if roll < 0.13:
        return f"{r.choice(PINYIN_SURNAME)} {r.choice(PINYIN_GIVEN)}"
    if roll < 0.17:
        return f"{r.choice(PINYIN_GIVEN)} {r.choice(PINYIN_SURNAME)}"
    return r.choice(ZH_SURNAMES) + r.choice(ZH_GIVEN)


def zh_titled(r: random.Random) -> str:
    if r.random() < 0.35:
        return r.choice("小老") + r.choice(ZH_SURNAMES)
    return r.choice(ZH_SURNAMES) + r.choice(ZH_TITLES)


def zh_person(r: random.Random) -> str:
    return zh_titled(r) if r.random() < 0.25 else zh_name(r)


def cn_mobile(r: random.Random) -> str:
    number = r.choice(("13", "15", "18", "17", "19")) + r.choice("356789") + digits(r, 8)
    style = r.randrange(7)
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 2:
        return f"+86 {number[:3]}-{number[3:7]}-{number[7:]}"
    if style == 3:
        return f"(+86){number}"
    if style == 4:
        return f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if style == 5:  # a space in an odd place
        return f"{number[:7]} {number[7:]}"
    return f"+86 {number}"


def cn_landline(r: random.Random) -> str:
    area = r.choice(("010", "021", "020", "028", "0571", "027"))
    number = f"{area}-{digits(r, 8 if len(area) == 3 else 7)}"
    if r.random() < 0.5:
        number += r.choice(("转", " 转 ", "-")) + digits(r, 3)
    return number


def zh_phone(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.06:
        number = "1" + r.choice("3589") + digits(r, 9)
        return "".join(ZH_SPOKEN[int(ch)] for ch in number)
    if roll < 0.1:
        number = "13" + digits(r, 9)
        return f"{number[:7]}\n{number[7:]}"
    if roll < 0.78:
        return cn_mobile(r)
    return cn_landline(r)


def zh_email(r: random.Random) -> str:
    style = r.randrange(3)
    if style == 0:
        return f"{digits(r, r.randrange(6, 11)).lstrip('0') or '1'}@qq.com"
    surname = r.choice(tuple(PINYIN_FOR.values()))
    given = r.choice(PINYIN_GIVEN).lower()
    if style == 1:
        return f"{surname}{given}{digits(r, 2)}@{r.choice(ZH_MAIL_DOMAINS)}"
    return f"{given}.{surname}@{r.choice(ZH_MAIL_DOMAINS)}"


def zh_address(r: random.Random) -> str:
    city, district, roads = r.choice(ZH_PROVINCES)
    if r.random() < 0.5:
        return (
            f"{city}{district}{r.choice(roads)}{r.randrange(1, 300)}号"
            f"{r.choice(ZH_ESTATES)}{r.randrange(1, 20)}栋{r.randrange(1, 6)}单元{r.randrange(1, 30)}0{r.randrange(1, 5)}室"
        )
    return f"{district}{r.choice(roads)}{r.randrange(1, 300)}号院{r.randrange(1, 12)}号楼{r.randrange(1, 30)}0{r.randrange(1, 5)}"


def cn_id(r: random.Random, young: bool = False) -> tuple[str, tuple[int, int, int]]:
    born = birth_date(r, young)
    year, month, day = born
    first17 = f"{r.choice(CN_AREAS)}{year}{month:02d}{day:02d}{digits(r, 3)}"
    number = first17 + cn_id_check_char(first17)
    if number.endswith("X") and r.random() < 0.4:
        number = number[:-1] + "x"
    if r.random() < 0.15:
        number = f"{number[:6]} {number[6:14]} {number[14:]}"
    return number, born


def zh_dob_text(born: tuple[int, int, int], r: random.Random) -> str:
    year, month, day = born
    style = r.randrange(4)
    if style == 0:
        return f"{year}年{month}月{day}日"
    if style == 1:
        return f"{year}-{month:02d}-{day:02d}"
    if style == 2:
        return f"{year}.{month}.{day}"
    return f"{year}/{month:02d}/{day:02d}"


def zh_dob(r: random.Random, young: bool = False) -> str:
    return zh_dob_text(birth_date(r, young), r)


def unionpay_debit(r: random.Random) -> str:
    length = r.choice((16, 19, 19, 17, 18))
    number = luhn_complete(
        r.choice(("6222", "6217", "6228", "6214", "6230")) + digits(r, length - 5)
    )
    style = r.randrange(3)
    if style == 0:
        return number
    if style == 1:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return f"{number[:6]}-{number[6:]}"


def zh_credit_card(r: random.Random) -> str:
    if r.random() < 0.5:
        number = luhn_complete(r.choice(("6225", "6258", "6259")) + digits(r, 11))
        return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if r.random() < 0.6 else number
    return card_number(r, r.choice(("visa", "mc")))


ZH_HOTLINES = (
    "95588",
    "95533",
    "95599",
    "95566",
    "400-820-8888",
    "400 669 5580",
    "4006-95555",
    "12378",
)
ZH_COMPANIES = (
    "顺达商贸有限公司",
    "华联超市",
    "美团",
    "京东",
    "星巴克",
    "瑞幸咖啡",
    "恒通物业管理有限公司",
)
ZH_SHOPS = (
    "王记面馆",
    "李姐烘焙",
    "老张修车行",
    "陈氏五金",
    "刘记烧腊",
    "阿芳裁缝铺",
    "周师傅锁店",
)


def zh_noise(r: random.Random) -> str:
    choice = r.randrange(12)
    if choice == 0:
        return f"客服热线{r.choice(ZH_HOTLINES)}。"
    if choice == 1:
        return f"工单号{r.choice(('GD', 'WO', 'TS'))}{digits(r, 9)}。"
    if choice == 2:
        return f"验证码{digits(r, 6)}已重发。"
    if choice == 3:
        return f"卡号尾号{digits(r, 4)}已挂失。"
    if choice == 4:
        return f"金额{r.randrange(50, 90000)}.{digits(r, 2)}元。"
    if choice == 5:
        return f"网点号{digits(r, 5)}，联行号{digits(r, 12)}。"
    if choice == 6:
        return f"订单号{digits(r, 16)}。"
    if choice == 7:
        return f"员工号{digits(r, 6)}处理，{r.randrange(1, 13)}月{r.randrange(1, 29)}日办结。"
    if choice == 8:
        return f"屏幕显示卡号{masked_card(r)}。"
    if choice == 9:
        return f"{r.choice(ZH_COMPANIES)}对公账户{digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 5)}不涉及。"
    if choice == 10:
        return f"请回复{r.choice(('kefu', 'service', 'noreply'))}@{r.choice(('bank.com.cn', 'shundatrade.cn'))}。"
    return f"{r.choice(('先生', '女士', '阿姨'))}已在{r.choice(('朝阳', '徐汇', '天河'))}支行办结，无需回访。"


def zh_maybe_noise(r: random.Random, parts: list[Part], probability: float = 0.5) -> None:
    if r.random() < probability:
        parts.append(zh_noise(r))


# ---------------------------------------------------------------- Chinese genres


def zh_workgroup(r: random.Random, negative: bool) -> list[Part]:
    app = r.choice(("【企业微信】", "【钉钉】", "【钉钉群·个贷三组】", "【企业微信·柜面群】"))
    if negative:
        return [app, r.choice((
            "@所有人 今天下午三点系统升级，柜面暂停开户半小时。",
            f"@所有人 {r.choice(ZH_HOTLINES)}今天排队长，客户来电请耐心解释。",
            f"收到，工单{digits(r, 9)}已转二线。",
            "这位女士的业务明天再来办，资料不全。",
            f"网点号{digits(r, 5)}的打印机又卡纸了，谁有空看下",
        )), zh_noise(r)]  # fmt: skip
    parts: list[Part] = [app, "@", ("PERSON", zh_person(r)), " "]
    kind = r.randrange(7)
    if kind == 0:
        parts += [
            "客户",
            ("PERSON", zh_name(r)),
            "来电说卡被吞了，回拨",
            ("PHONE_NUMBER", zh_phone(r)),
            "。",
        ]
    elif kind == 1:
        parts += ["帮忙看下这个卡号", ("BANK_ACCOUNT", unionpay_debit(r)), "是不是冻结了"]
    elif kind == 2:
        parts += [
            ("PERSON", zh_titled(r)),
            "让你把",
            ("PERSON", zh_name(r)),
            "的身份证",
            ("CN_ID_CARD", cn_id(r)[0]),
            "再核一遍",
        ]
    elif kind == 3:
        parts += ["客户邮箱改成", ("EMAIL_ADDRESS", zh_email(r)), "了，记得更新"]
    elif kind == 4:
        parts += [
            "新地址：",
            ("ADDRESS", zh_address(r)),
            "，客户",
            ("PERSON", zh_name(r)),
            "让寄到这里",
        ]
    elif kind == 5:
        parts += [
            "客户说信用卡",
            ("CREDIT_CARD", zh_credit_card(r)),
            r.choice(("被盗刷，先冻结", "额度要调，你看下", "还款失败了")),
        ]
    else:
        parts += ["收到👌"]
    if r.random() < 0.3:
        parts += ["\n—— ", ("PERSON", zh_name(r))]
    zh_maybe_noise(r, parts, 0.4)
    return parts  # fmt: skip


def zh_handover(r: random.Random, negative: bool) -> list[Part]:
    parts: list[Part] = [
        f"交接班记录（{r.choice(('早班', '中班', '晚班'))}→{r.choice(('中班', '晚班', '早班'))}，{r.randrange(1, 13)}月{r.randrange(1, 29)}日）\n"
    ]
    if negative:
        items = [
            f"1. 排队{r.randrange(3, 40)}人，最长等候{r.randrange(5, 60)}分钟",
            f"2. 尾号{digits(r, 4)}的客户已回电，无需处理",
            f"3. {r.choice(ZH_HOTLINES)}线路中午中断十分钟",
            "4. 老年客户代办资料缺委托书，已告知下周再来",
            f"5. 现金尾箱核对无误，金额{r.randrange(10000, 900000)}元",
        ]
        parts.append("\n".join(r.sample(items, r.randrange(2, 5))))
        parts.append(f"\n交班人员工号{digits(r, 6)}")
        return parts
    makers: list[Callable[[], list[Part]]] = [
        lambda: ["客户", ("PERSON", zh_person(r)), "的错转账追回还在等对方行回复"],
        lambda: ["回访电话", ("PHONE_NUMBER", zh_phone(r)), "没人接，晚班再打"],
        lambda: [("PERSON", zh_titled(r)), "收了", ("PERSON", zh_name(r)), "的委托书，身份证号", ("CN_ID_CARD", cn_id(r)[0]), "待核"],
        lambda: ["出生日期登记成", ("DATE_OF_BIRTH", zh_dob(r)), "了，客户说不对"],
        lambda: ["卡号", ("BANK_ACCOUNT", unionpay_debit(r)), "挂失已办"],
        lambda: [f"工单{digits(r, 9)}已结"],
    ]  # fmt: skip
    chosen = r.sample(makers, r.randrange(2, 5))
    for index, make in enumerate(chosen):
        parts.append(f"{index + 1}. ")
        parts.extend(make())
        parts.append("\n")
    parts += [
        "交班：",
        ("PERSON", zh_name(r)),
        r.choice(("；接班：", " 接班 ")),
        ("PERSON", zh_name(r)),
    ]
    return parts


def zh_proxy(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            "代理人持委托书办理挂失，委托书未公证，已请其补办后再来。",
            f"代办业务需提供双方身份证原件，详询{r.choice(ZH_HOTLINES)}。",
            f"委托书编号WT{digits(r, 8)}，代理权限仅限查询。",
        )), zh_noise(r)]  # fmt: skip
    agent, principal = zh_name(r), zh_name(r)
    agent_id, _ = cn_id(r)
    principal_id, born = cn_id(r)
    parts: list[Part]
    if r.random() < 0.5:
        parts = [
            "代理人：",
            ("PERSON", agent),
            "，身份证",
            ("CN_ID_CARD", agent_id),
            "；被代理人：",
            ("PERSON", principal),
        ]
    else:
        parts = [
            r.choice(("今日受理代办：", "柜面代办登记：", "")),
            ("PERSON", agent),
            f"持{r.choice(('公证', '手写', '律师见证'))}委托书（编号WT{digits(r, 8)}）代",
            ("PERSON", principal),
            "办理，代理人证件号",
            ("CN_ID_CARD", agent_id),
        ]
    if r.random() < 0.5:
        parts += [
            "，被代理人身份证",
            ("CN_ID_CARD", principal_id),
            "，出生日期",
            ("DATE_OF_BIRTH", zh_dob_text(born, r)),
        ]
    parts += ["。委托事项：", r.choice(("办理挂失补卡", "销户", "修改预留手机号")), "，"]
    kind = r.randrange(3)
    if kind == 0:
        parts += ["新手机号", ("PHONE_NUMBER", zh_phone(r)), "。"]
    elif kind == 1:
        parts += ["卡号", ("BANK_ACCOUNT", unionpay_debit(r)), "。"]
    else:
        parts += ["被代理人住址", ("ADDRESS", zh_address(r)), "。"]
    zh_maybe_noise(r, parts)
    return parts  # fmt: skip


def zh_getihu(r: random.Random, negative: bool) -> list[Part]:
    shop = r.choice(ZH_SHOPS)
    if negative:
        return [r.choice((
            f"个体工商户“{shop}”申请收款码提额，营业执照已上传。",
            f"{shop}的对公账户{digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}本月已年检。",
            f"{shop}给{r.choice(ZH_COMPANIES)}付货款{r.randrange(1000, 50000)}元，发票号{digits(r, 8)}。",
        )), zh_noise(r)]  # fmt: skip
    owner = zh_name(r)
    parts: list[Part] = [f"个体户“{shop}”，经营者", ("PERSON", owner), "，"]
    kind = r.randrange(5)
    if kind == 0:
        parts += [
            "经营手机",
            ("PHONE_NUMBER", cn_mobile(r)),
            "，个人手机",
            ("PHONE_NUMBER", cn_mobile(r)),
            "。",
        ]
    elif kind == 1:
        parts += [
            "身份证",
            ("CN_ID_CARD", cn_id(r)[0]),
            "，经营地址",
            ("ADDRESS", zh_address(r)),
            "。",
        ]
    elif kind == 2:
        parts += [
            "给员工",
            ("PERSON", zh_name(r)),
            "发工资到",
            ("BANK_ACCOUNT", unionpay_debit(r)),
            "，",
            ("PERSON", zh_name(r)),
            "的卡号",
            ("BANK_ACCOUNT", unionpay_debit(r)),
            "。",
        ]
    elif kind == 3:
        parts += ["信用卡", ("CREDIT_CARD", zh_credit_card(r)), "用于进货周转。"]
    else:
        parts += [
            "进口设备付款给德国供应商，IBAN ",
            ("IBAN_CODE", iban(r)),
            "，邮箱",
            ("EMAIL_ADDRESS", zh_email(r)),
            "。",
        ]
    zh_maybe_noise(r, parts)
    return parts  # fmt: skip


def zh_student(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            "家长咨询学生卡开户流程，需带户口本和学生证，已告知。",
            f"新生批量开卡{r.randrange(50, 400)}张，学校统一领取，联系学校财务处。",
            f"孩子用妈妈的卡（尾号{digits(r, 4)}）充值游戏，家长要求设置限额。",
        )), zh_noise(r)]  # fmt: skip
    child_id, born = cn_id(r, young=True)
    kind = r.randrange(5)
    if kind == 0:
        parts: list[Part] = [
            "家长",
            ("PERSON", zh_name(r)),
            "为孩子",
            ("PERSON", zh_name(r)),
            "办学生卡，孩子身份证",
            ("CN_ID_CARD", child_id),
            "，出生",
            ("DATE_OF_BIRTH", zh_dob_text(born, r)),
            "。",
        ]
    elif kind == 1:
        parts = [
            "学生",
            ("PERSON", zh_name(r)),
            "说用的是“我妈的卡”",
            ("BANK_ACCOUNT", unionpay_debit(r)),
            "，家长电话",
            ("PHONE_NUMBER", zh_phone(r)),
            "。",
        ]
    elif kind == 2:
        parts = ["寄到宿舍：", ("ADDRESS", zh_address(r)), "，收件人", ("PERSON", zh_name(r)), "。"]
    elif kind == 3:
        parts = [
            "留学生",
            ("PERSON", zh_name(r)),
            "缴学费到学校IBAN（对公，不是个人），个人收款用",
            ("IBAN_CODE", iban(r)),
            "。",
        ]
    else:
        parts = [
            "监护人",
            ("PERSON", zh_name(r)),
            "邮箱",
            ("EMAIL_ADDRESS", zh_email(r)),
            "，孩子生日",
            ("DATE_OF_BIRTH", zh_dob(r, young=True)),
            "。",
        ]
    zh_maybe_noise(r, parts, 0.4)
    return parts  # fmt: skip


def zh_elderly(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            "老人行动不便，子女代办需提供亲属关系证明，已预约上门服务。",
            f"子女来电咨询代领养老金流程，告知拨打{r.choice(ZH_HOTLINES)}。",
            "阿姨的存折密码忘了，须本人到柜台，已安排爱心窗口。",
        )), zh_noise(r)]  # fmt: skip
    elder_id, born = cn_id(r)
    elder = zh_person(r)
    relation = r.choice(("女儿", "儿子", "儿媳", "孙子", "外孙女"))
    parts: list[Part]
    if r.random() < 0.5:
        parts = [
            relation,
            ("PERSON", zh_name(r)),
            "代",
            r.choice(("母亲", "父亲", "奶奶")),
            ("PERSON", elder),
        ]
    else:
        parts = [
            r.choice(("老人", "独居老人", "卧床老人", "")),
            ("PERSON", elder),
            f"行动不便，{relation}",
            ("PERSON", zh_name(r)),
            r.choice(("持户口本和关系证明来", "带着老人的身份证原件来", "视频连线老人后")),
        ]
    kind = r.randrange(4)
    if kind == 0:
        parts += ["办理养老金卡", ("BANK_ACCOUNT", unionpay_debit(r)), "的挂失。"]
    elif kind == 1:
        parts += ["修改预留电话为", ("PHONE_NUMBER", zh_phone(r)), "。"]
    elif kind == 2:
        parts += [
            "核对身份证",
            ("CN_ID_CARD", elder_id),
            "，出生",
            ("DATE_OF_BIRTH", zh_dob_text(born, r)),
            "。",
        ]
    else:
        parts += ["预约上门，地址", ("ADDRESS", zh_address(r)), "。"]
    if r.random() < 0.2:
        parts += ["另代还信用卡", ("CREDIT_CARD", zh_credit_card(r)), "的欠款。"]
    zh_maybe_noise(r, parts)
    return parts  # fmt: skip


def zh_wrongtransfer(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            f"错转账追回申请已受理，金额{r.randrange(100, 50000)}元，对方行已冻结，预计10个工作日。",
            f"客户误转至{r.choice(ZH_COMPANIES)}对公账户，已联系对方财务退回。",
            f"追回编号ZH{digits(r, 10)}，收款方已同意退款。",
        )), zh_noise(r)]  # fmt: skip
    parts: list[Part] = [
        r.choice(("客户", "【钉钉】错转账追回：付款人", "来电登记：", "手机银行转错了，")),
        ("PERSON", zh_person(r)),
        r.choice(
            (
                f"误转{r.randrange(100, 60000)}元给",
                f"把{r.randrange(100, 60000)}块钱转给了",
                f"称{r.randrange(1, 28)}日转账{r.randrange(100, 60000)}元错转至",
            )
        ),
        ("PERSON", zh_name(r)),
    ]
    if r.random() < 0.8:
        parts += ["（卡号", ("BANK_ACCOUNT", unionpay_debit(r)), "）"]
    else:
        parts += ["（IBAN ", ("IBAN_CODE", iban(r)), "）"]
    parts += [
        r.choice(("，本应转给", "，收款人应该是", "，想转的是")),
        ("PERSON", zh_name(r)),
        "，",
    ]
    if r.random() < 0.6:
        parts += ["正确卡号", ("BANK_ACCOUNT", unionpay_debit(r)), "。"]
    else:
        parts += ["对方电话", ("PHONE_NUMBER", zh_phone(r)), "。"]
    zh_maybe_noise(r, parts)
    return parts  # fmt: skip


def zh_complaint(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            "向12378反映：银行柜台办理时间过长，老人排队两小时，希望增加爱心窗口。",
            f"金融监管投诉：理财产品宣传不清，产品代码{digits(r, 6)}，望督促整改。",
            "代父亲投诉：网点拒绝代办，要求本人到场，但父亲卧床，请监管部门协调。",
        )), zh_noise(r)]  # fmt: skip
    if r.random() < 0.2:  # written in traditional characters by a relative
        return [
            "投訴人",
            ("PERSON", r.choice(ZH_TRAD)),
            "，代家",
            r.choice(("父", "母")),
            ("PERSON", r.choice(ZH_TRAD)),
            "向金融監管部門投訴：銀行未經同意從帳戶",
            ("BANK_ACCOUNT", unionpay_debit(r)),
            "扣款，聯絡電話",
            ("PHONE_NUMBER", cn_mobile(r)),
            "。",
        ]
    parts: list[Part] = [
        r.choice(("致12378：", "国家金融监督管理总局：", "投诉人：")),
        "本人",
        ("PERSON", zh_name(r)),
        "，代",
        r.choice(("母亲", "父亲", "姐姐", "外婆")),
        ("PERSON", zh_name(r)),
        "投诉。",
    ]
    kind = r.randrange(4)
    if kind == 0:
        idn, born = cn_id(r)
        parts += [
            "家人身份证",
            ("CN_ID_CARD", idn),
            "，生于",
            ("DATE_OF_BIRTH", zh_dob_text(born, r)),
            "。",
        ]
    elif kind == 1:
        parts += [
            "联系电话",
            ("PHONE_NUMBER", zh_phone(r)),
            "，邮箱",
            ("EMAIL_ADDRESS", zh_email(r)),
            "。",
        ]
    elif kind == 2:
        parts += [
            "银行未经同意从卡号",
            ("BANK_ACCOUNT", unionpay_debit(r)),
            "扣款，信用卡",
            ("CREDIT_CARD", zh_credit_card(r)),
            "也被盗刷。",
        ]
    else:
        parts += ["家住", ("ADDRESS", zh_address(r)), "，网点拒绝上门。"]
    zh_maybe_noise(r, parts, 0.4)
    return parts  # fmt: skip


def zh_accessibility(r: random.Random, negative: bool) -> list[Part]:
    if negative:
        return [r.choice((
            f"无障碍服务：已预约手语翻译，{r.randrange(1, 13)}月{r.randrange(1, 29)}日上午，天河支行。",
            "视障客户申请大字版对账单，已登记，无需其他资料。",
            f"听障客户可通过文字客服联系，热线{r.choice(ZH_HOTLINES)}支持视频手语。",
        )), zh_noise(r)]  # fmt: skip
    kind = r.randrange(4)
    if kind == 0:
        parts: list[Part] = [
            "为听障客户",
            ("PERSON", zh_person(r)),
            "预约手语翻译，短信联系",
            ("PHONE_NUMBER", cn_mobile(r)),
            "（不能接电话）。",
        ]
    elif kind == 1:
        idn, born = cn_id(r)
        parts = [
            "视障客户",
            ("PERSON", zh_name(r)),
            "口述身份证号",
            ("CN_ID_CARD", idn),
            "，出生日期",
            ("DATE_OF_BIRTH", zh_dob_text(born, r)),
            "，柜员复核无误。",
        ]
    elif kind == 2:
        parts = [
            "大字版对账单寄往",
            ("ADDRESS", zh_address(r)),
            "，收件人",
            ("PERSON", zh_name(r)),
            "。",
        ]
    else:
        parts = [
            "陪同人",
            ("PERSON", zh_name(r)),
            "协助",
            ("PERSON", zh_titled(r)),
            "办理，卡号",
            ("BANK_ACCOUNT", unionpay_debit(r)),
            "。",
        ]
    zh_maybe_noise(r, parts, 0.4)
    return parts  # fmt: skip


ZH_BOT = (
    "智能客服：您好，我是智能助手，请问有什么可以帮您？",
    "智能客服：为了您的资金安全，请勿在对话中发送完整卡号和密码。",
    "智能客服：正在为您转接人工客服，请稍候。",
    "智能客服：挂失请拨打{hotline}，7×24小时服务。",
    "智能客服：请输入银行卡后四位。",
)


def zh_bot_line(r: random.Random) -> str:
    return r.choice(ZH_BOT).replace("{hotline}", r.choice(ZH_HOTLINES))


def zh_botchat(r: random.Random, negative: bool) -> list[Part]:
    parts: list[Part] = [zh_bot_line(r), "\n"]
    if negative:
        parts += [
            f"客户：{r.choice(('转人工', '挂失', '我的卡被吞了'))}\n",
            zh_bot_line(r),
            "\n",
            f"客户：{digits(r, 4)}\n",
            f"人工客服（工号{digits(r, 6)}）：您好先生，已为您临时冻结。",
        ]
        return parts
    parts += [
        "客户：转人工\n",
        "人工客服",
        ("PERSON", zh_titled(r) if r.random() < 0.4 else zh_name(r)),
        "为您服务。\n",
    ]
    kind = r.randrange(5)
    if kind == 0:
        parts += [f"客户：卡号{digits(r, 4)}…不对，完整的是", ("BANK_ACCOUNT", unionpay_debit(r))]
    elif kind == 1:
        parts += [
            "客户：手机",
            ("PHONE_NUMBER", cn_mobile(r)),
            "，打错了，是",
            ("PHONE_NUMBER", cn_mobile(r)),
        ]
    elif kind == 2:
        parts += ["客户：我叫", ("PERSON", zh_name(r)), "，身份证", ("CN_ID_CARD", cn_id(r)[0])]
    elif kind == 3:
        parts += ["客户：信用卡", ("CREDIT_CARD", zh_credit_card(r)), "被盗刷了"]
    else:
        parts += [
            "客户：我是",
            ("PERSON", zh_name(r)),
            "，邮箱",
            ("EMAIL_ADDRESS", zh_email(r)),
            "，出生",
            ("DATE_OF_BIRTH", zh_dob(r)),
        ]
    parts += ["\n", zh_bot_line(r)]
    return parts  # fmt: skip


Genre = Callable[[random.Random, bool], list[Part]]
GENRES: dict[str, dict[str, Genre]] = {
    "en": {
        "handover": en_handover,
        "escalation": en_escalation,
        "slackthread": en_slackthread,
        "botchat": en_botchat,
        "assisted": en_assisted,
        "smallbiz": en_smallbiz,
        "payroll": en_payroll,
        "student": en_student,
        "ombudsman": en_ombudsman,
        "recall": en_recall,
    },
    "zh": {
        "workgroup": zh_workgroup,
        "handover": zh_handover,
        "proxy": zh_proxy,
        "getihu": zh_getihu,
        "student": zh_student,
        "elderly": zh_elderly,
        "wrongtransfer": zh_wrongtransfer,
        "complaint12378": zh_complaint,
        "accessibility": zh_accessibility,
        "botchat": zh_botchat,
    },
}


def generate(n: int = 600, seed: int = 14018) -> list[dict[str, object]]:
    """``n`` messages, half English half Chinese, 30% of each language PII-free."""
    r = random.Random(seed)
    rows: list[dict[str, object]] = []
    for lang, count in (("en", n - n // 2), ("zh", n // 2)):
        negatives = round(count * PII_FREE_SHARE)
        flags = [True] * negatives + [False] * (count - negatives)
        r.shuffle(flags)
        names = list(GENRES[lang])
        for index, negative in enumerate(flags):
            genre = names[index % len(names)]
            text, spans = compose(GENRES[lang][genre](r, negative))
            rows.append(
                {
                    "id": f"v14-{lang}-{genre}-{index:04d}",
                    "text": text,
                    "lang": lang,
                    "spans": spans,
                }
            )
    return rows


def stats(rows: list[dict[str, object]]) -> str:
    by_label: Counter[tuple[str, str]] = Counter()
    by_genre: Counter[str] = Counter()
    pii_free: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    for row in rows:
        lang = str(row["lang"])
        by_lang[lang] += 1
        by_genre[str(row["id"]).split("-")[2] + f" ({lang})"] += 1
        spans = row["spans"]
        assert isinstance(spans, list)
        if not spans:
            pii_free[lang] += 1
        for span in spans:
            by_label[(str(span["label"]), lang)] += 1
    lines = [f"{'label':<15}{'en':>6}{'zh':>6}"]
    for label in LABELS:
        lines.append(f"{label:<15}{by_label[(label, 'en')]:>6}{by_label[(label, 'zh')]:>6}")
    lines.append("")
    for lang in sorted(by_lang):
        lines.append(
            f"{lang}: {by_lang[lang]} messages, {pii_free[lang]} PII-free ({pii_free[lang] / by_lang[lang]:.1%})"
        )
    lines.append("")
    lines.extend(f"{genre:<26}{count:>5}" for genre, count in sorted(by_genre.items()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--seed", type=int, default=14018)
    parser.add_argument("--stats", action="store_true", help="counts per label, language and genre")
    args = parser.parse_args()
    rows = generate(args.n, args.seed)
    if args.stats:
        print(stats(rows))
    else:
        import json

        for row in rows:
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
