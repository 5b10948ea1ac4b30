"""Dev set: English dates of birth, bank accounts, addresses and phones by *kind*, with hard
negatives, for tuning the English rule recognizers (issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/en_structured_v2.py 5   # print five records

Kinds with personal data: a birth date given as the answer to the previous turn's question, an
OCR'd form's ``D0B`` label, a death date beside the birth date (only the birth is labelled);
accounts named by their type (``Checking 52…``, ``savings account 12…``), behind ``Acct #:``
after a routing number (the routing number is the bank's, never labelled), behind a sort code
(``20-45-67 12345678``); addresses in lower case, after a flat / floor / building line, with a
unit written ``14/3``, Irish Eircodes, Indian PIN codes, followed by another form field that is
not part of the address; phones in Australian and Indian national formats with a cue, and a
mobile read aloud in answer to a question.

Hard negatives (PII-free messages): statement, appointment, payment and card-expiry dates;
transaction references, case numbers, amounts and times; a bank's hotline written in the UK's
``03457 …`` grouping or read aloud as ``one eight hundred …``; a routing number alone; the last
four digits of an account; form labels that look like speaker turns (``Broker:``), buildings and
products named like people (``Sterling House``, ``University of Leeds``).

Records: ``{"text", "spans": [{"start", "end", "label"}], "lang": "en"}``. The wording is this
module's own.
"""

from __future__ import annotations

import random
import string
import sys
from collections.abc import Callable
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]

FIRST = [
    "Harriet",
    "Ifeoma",
    "Tobias",
    "Siddharth",
    "Marisol",
    "Callum",
    "Yusra",
    "Benedikt",
    "Anneke",
    "Rowan",
    "Thandiwe",
    "Lorcan",
    "Imogen",
    "Kwabena",
    "Esperanza",
    "Dariusz",
    "Niamh",
    "Farhan",
    "Greta",
    "Ikaika",
]
LAST = [
    "Pemberton",
    "Adeyemi",
    "Lindqvist",
    "Raghavan",
    "Quintero",
    "Mackay",
    "Haddad",
    "Vogel",
    "Brouwer",
    "Ellery",
    "Mokoena",
    "Brennan",
    "Ashworth",
    "Owusu",
    "Villalobos",
    "Zielinski",
    "Gallagher",
    "Chowdhury",
    "Halvorsen",
    "Kahananui",
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


def _digits(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _birth_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1936, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{MONTHS[m - 1]} {d}, {y}",
            f"{d}{'th' if d > 3 else ['st', 'nd', 'rd'][d - 1]} of {MONTHS[m - 1]} {y}",
            f"{d} {MONTHS[m - 1][:3]} {y}",
        )
    )


def _recent_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}")
    )


def _au_phone(rng: random.Random) -> str:
    mobile = "04" + _digits(rng, 8)[1:]
    return rng.choice(
        (
            f"{mobile[:4]} {mobile[4:7]} {mobile[7:]}",
            f"({rng.choice(('02', '03', '07', '08'))}) {rng.randint(5, 9)}{_digits(rng, 3)} "
            f"{_digits(rng, 4)}",
            f"+61 {mobile[1:4]} {mobile[4:7]} {mobile[7:]}",
        )
    )


def _in_phone(rng: random.Random) -> str:
    mobile = rng.choice("6789") + _digits(rng, 9)[1:]
    return rng.choice((f"0{mobile[:5]} {mobile[5:]}", f"+91 {mobile[:5]} {mobile[5:]}"))


_SPOKEN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spoken_mobile(rng: random.Random) -> str:
    digits = "07" + _digits(rng, 9)[1:]
    return " ".join(rng.choice(("oh", "zero")) if ch == "0" else _SPOKEN[int(ch)] for ch in digits)


def _address(rng: random.Random) -> str:
    n = rng.randint(2, 240)
    return rng.choice(
        (
            f"{n} {rng.choice(('larchfield', 'orchard', 'mill'))} "
            f"{rng.choice(('road', 'close', 'lane'))}, {rng.choice(('york', 'bath', 'derby'))} "
            f"{rng.choice(('yo', 'ba', 'de'))}{rng.randint(1, 9)} {rng.randint(1, 9)}"
            f"{rng.choice('abdhjnpw')}{rng.choice('abdhjnpw')}",
            f"Flat {rng.choice('ABCDE')}, {rng.randint(2, 40)}/F, "
            f"{rng.choice(('Harbour View Mansion', 'Wing On Court', 'Golden Lotus Building'))}, "
            f"{n} {rng.choice(('Nathan Road', 'Des Voeux Road', 'Kings Road'))}, "
            f"{rng.choice(('Mong Kok', 'Sheung Wan', 'North Point'))}, Hong Kong",
            f"{rng.randint(1, 30)}/{n} {rng.choice(('Glenferrie', 'Sydney', 'Marine'))} "
            f"{rng.choice(('Parade', 'Road', 'Terrace'))}, "
            f"{rng.choice(('Hawthorn VIC 3122', 'Manly NSW 2095', 'Toowong QLD 4066'))}",
            f"Apt {rng.randint(1, 30)}, {rng.choice(('The Granary', 'Riverside Court'))}\n"
            f"{rng.choice(('Naas', 'Swords', 'Ennis'))}\n"
            f"Co. {rng.choice(('Kildare', 'Dublin', 'Clare'))}\n"
            f"{rng.choice(('W91', 'K67', 'V95'))} {rng.choice('ACDEF')}{rng.randint(1, 9)}"
            f"{rng.choice('HKNPR')}{rng.randint(1, 9)}",
            f"{n}, {rng.choice(('Gulmohar Residency', 'Lake View Apartments'))}, "
            f"{rng.choice(('6th Cross', 'MG Road', 'Link Road'))}, "
            f"{rng.choice(('Koramangala, Bengaluru 560034', 'Andheri East, Mumbai 400069'))}",
            f"PO Box {rng.randint(100, 9999)}, "
            f"{rng.choice(('Darwin NT 0801', 'Halifax NS B3J 2K9'))}",
        )
    )


# -- templates: each returns the message's parts; labelled parts are (label, value) ---------
def dob_answer(rng: random.Random) -> list[Part]:
    who = rng.choice(("Agent", "Adviser", "Bot"))
    return [
        f"{who}: Before I go on, can I take your name and date of birth?\nCustomer: ",
        ("PERSON", _name(rng)),
        ", ",
        ("DATE_OF_BIRTH", _birth_date(rng)),
        f"\n{who}: Thanks, you're through security.",
    ]


def dob_ocr(rng: random.Random) -> list[Part]:
    return [
        "APPLICATION (scan)\n1) Surname, forename ",
        ("PERSON", f"{rng.choice(LAST).upper()} {rng.choice(FIRST)}"),
        f"\n2) {rng.choice(('D0B', 'D.0.B.', 'DOB'))} (DD/MM/YYYY) ",
        (
            "DATE_OF_BIRTH",
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1940, 2003)}",
        ),
        "\n3) Nationality ____",
    ]


def dob_two_digit_year(rng: random.Random) -> list[Part]:
    m, d, yy = rng.randint(1, 12), rng.randint(1, 28), rng.randint(40, 99)
    value = f"{m:02d}/{d:02d}/{yy}" if rng.random() < 0.5 else f"{d:02d}/{m:02d}/{yy}"
    return [
        rng.choice(("Verified caller, DOB ", "ID check ok - d.o.b. ", "born ")),
        ("DATE_OF_BIRTH", value),
        f", card expiry {rng.randint(1, 12):02d}/{rng.randint(26, 30)}, last statement "
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/24.",
    ]


def dob_and_death(rng: random.Random) -> list[Part]:
    return [
        "We are sorry to hear of the passing of ",
        ("PERSON", _name(rng)),
        " (born ",
        ("DATE_OF_BIRTH", _birth_date(rng)),
        f", {rng.choice(('died', 'passed away', 'date of death'))} {_recent_date(rng)}). "
        "Please send the death certificate.",
    ]


def account_by_type(rng: random.Random) -> list[Part]:
    kind = rng.choice(("Checking", "Savings", "checking account", "savings acct", "Chequing"))
    return [
        f"Please move the balance from my {kind} ",
        ("BANK_ACCOUNT", _digits(rng, rng.choice((10, 11, 12)))),
        " into the joint one.",
    ]


def routing_then_account(rng: random.Random) -> list[Part]:
    return [
        "NEW PAYEE\nName on account: ",
        ("PERSON", _name(rng)),
        f"\nRouting #: {rng.choice(('011000015', '026009593', '122105155'))}\nAcct #: ",
        ("BANK_ACCOUNT", _digits(rng, rng.choice((9, 10, 12)))),
        f"\nMemo: {rng.choice(('deposit', 'tuition', 'rent'))}",
    ]


def sort_code_account(rng: random.Random) -> list[Part]:
    sort = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    return [
        rng.choice(("Pay it to ", "My details are ", "Refund to ")),
        f"{sort} ",
        ("BANK_ACCOUNT", _digits(rng, 8)),
        rng.choice((" please.", ", thanks.", " (sort code then account).")),
    ]


def cheque_codeline(rng: random.Random) -> list[Part]:
    return [
        f"Returned cheque (OCR)\nPAY {rng.choice(LAST).upper()} LTD   £{rng.randint(20, 3000)}.00\n"
        f"A/C PAYEE\n{rng.randint(0, 999999):06d}  {rng.randint(100000, 999999)}  ",
        ("BANK_ACCOUNT", _digits(rng, 8)),
        "\nReturn reason: words and figures differ.",
    ]


def phone_after_new_number_question(rng: random.Random) -> list[Part]:
    return [
        f"Bot: Thanks {rng.choice(FIRST).lower()}. What's the new number?\nYou: its ",
        ("PHONE_NUMBER", _au_phone(rng)),
        rng.choice((" thx", "", " cheers")),
    ]


def eu_account_without_iban(rng: random.Random) -> list[Part]:
    word, code = rng.choice(
        (
            ("Kontonummer", "BLZ 370 400 44"),
            ("numéro de compte", "code banque 30004"),
            ("rekeningnummer", "bank code 0721"),
        )
    )
    return [
        f"Please wire it to my old account ({word} ",
        ("BANK_ACCOUNT", _digits(rng, rng.choice((10, 11)))),
        f", {code}) before I close it.",
    ]


def address_then_field(rng: random.Random) -> list[Part]:
    field = rng.choice(("Summary", "Account type", "Reason", "Part II", "Occupation"))
    return [
        "Customer details\nName: ",
        ("PERSON", _name(rng)),
        "\nAddress: ",
        ("ADDRESS", _address(rng)),
        f"\n{field}: {rng.choice(('see attached', 'retired', 'savings', 'n/a'))}",
    ]


def address_lower(rng: random.Random) -> list[Part]:
    return [
        "hi its ",
        ("PERSON", _name(rng).lower()),
        " i moved, new address is ",
        ("ADDRESS", _address(rng).lower().replace("\n", ", ")),
        " pls update",
    ]


def phone_abroad(rng: random.Random) -> list[Part]:
    value = rng.choice((_au_phone, _in_phone))(rng)
    return [
        rng.choice(("The caller rang from ", "Mob: ", "Best number to reach me: ", "M: ")),
        ("PHONE_NUMBER", value),
        rng.choice((" yesterday.", "", " after 5pm.")),
    ]


def phone_spoken_answer(rng: random.Random) -> list[Part]:
    return [
        "Agent: What's the best mobile number for you?\nCaller: Sure, it's ",
        ("PHONE_NUMBER", _spoken_mobile(rng)),
        ".\nAgent: Lovely.",
    ]


# PII-free: dates that are not births, numbers that are not accounts or phones, names of things
def negative(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            (
                f"Your statement dated {_recent_date(rng)} shows a closing balance of "
                f"£{rng.randint(10, 9999)}.{rng.randint(10, 99)}.",
                f"Appointment confirmed for {_recent_date(rng)} at {rng.randint(9, 16)}:30 in "
                "the Harrogate branch.",
                f"Card expiry 0{rng.randint(1, 9)}/{rng.randint(26, 31)}; payment of "
                f"${rng.randint(20, 900)} due {_recent_date(rng)}.",
                f"Transaction ref {_digits(rng, 10)} for £{rng.randint(5, 500)}.00 was reversed "
                f"on {_recent_date(rng)}.",
                f"Case number {_digits(rng, 8)} is now closed. Call us on 03457 "
                f"{_digits(rng, 3)} {_digits(rng, 3)} if you need more help.",
                "For the main switchboard dial one eight hundred "
                + " ".join(_SPOKEN[int(ch)] for ch in _digits(rng, 7))
                + ", lines open 8am to 8pm.",
                f"Routing number {rng.choice(('011000015', '026009593'))} belongs to our "
                "Boston branch.",
                f"The payment left the account ending {_digits(rng, 4)} on {_recent_date(rng)}.",
                "Loan amount: $420,000\nTerm: 25 yrs\nBroker: Harbourline Mortgages\n"
                "Status: approved",
                f"Complaints Team\nNorthgate Bank plc, {rng.choice(('Sterling', 'Chandler'))} "
                "House, Bristol\nWe aim to reply within 8 weeks.",
                f"I'm a postgraduate at the University of {rng.choice(('Leeds', 'Warwick'))} "
                "and need a student account.",
                f"Does the {rng.choice(('Sterling Bond', 'Rose Saver', 'Grace Period'))} "
                "product have a fixed rate?",
            )
        )
    ]


TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    dob_answer,
    dob_ocr,
    dob_two_digit_year,
    dob_and_death,
    account_by_type,
    routing_then_account,
    sort_code_account,
    eu_account_without_iban,
    cheque_codeline,
    address_then_field,
    address_lower,
    phone_abroad,
    phone_spoken_answer,
    phone_after_new_number_question,
    negative,
    negative,
    negative,
)


def _assemble(parts: list[Part]) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, tuple):
            label, value = part
            spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
            text += value
        else:
            text += part
    return {"text": text, "spans": spans, "lang": "en"}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` records drawn with ``seed`` (each template about equally often)."""
    rng = random.Random(seed)
    return [_assemble(rng.choice(TEMPLATES)(rng)) for _ in range(n)]


if __name__ == "__main__":
    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5, 1):
        print(record)
