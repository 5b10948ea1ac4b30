"""Dev set: English names by *kind of layout and shape*, with hard negatives, for tuning the
English name rules and their last look (``steward/data/pii/recognizers/person_spans_en.py``)
(issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/en_names_layouts.py 5   # print five records

Kinds with personal data: names joined by particles (``de la``, ``van der``, ``binti``, ``ap``,
``St.``) in running text, minutes and cheque logs; a titled bare surname (``Mrs. Okoro``,
``Dr van Rijn``: spanned with its title); a forwarded e-mail's sender followed by a staff role
(``From: Ann Lee Complaints Handler``); the name column of an exported payee table (tabs or
pipes, some names lowercase) beside firms; a name written surname first as a field value or
list item (``Name: Okoro, Benedict``); a parcel label's addressee (``FAO …``) above the
address.

Hard negatives (PII-free messages): shops and firms named after a person as payees, employers
or merchants (``Ted Baker``, ``Dr. Martens``, ``Tim Hortons``); meeting attendees given as roles
only (``Head of Operations, Risk Lead``); a bank's product in lower case (``a junior saver``);
table headers and weekday abbreviations; a phone number after a verb ending like a street word
(``I'll ring 0345 …``, which is a hotline: not labelled); places named like people (``Cape
Town``) as travel destinations.

Records: ``{"text", "spans": [{"start", "end", "label"}], "lang": "en"}``. The wording is this
module's own.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]

GIVEN = ["Lucinda", "Obinna", "Margarethe", "Tadhg", "Soraya", "Benedict", "Aiyana", "Rafferty"]
GIVEN += ["Henrike", "Kojo", "Ximena", "Fionnuala", "Dev", "Oksana", "Ruairi", "Wilhelmina"]
SURNAME = ["Okoro", "Hartigan", "Lindgren", "Achebe", "Ferreira", "Quinlan", "Nakashima"]
SURNAME += ["Ostrowski", "Blackwood", "Mbeki", "Castellano", "Rourke", "Vaughan", "Iqbal"]
PARTICLED = [
    "de la Vega",
    "van der Linde",
    "van Rijn",
    "de Souza",
    "da Silva",
    "ten Hove",
    "di Marco",
    "le Grand",
    "St. John",
    "du Toit",
]
MALAY = [("Aminah", "binti", "Yusof"), ("Hakim", "bin", "Salleh"), ("Rosnah", "binti", "Ali")]
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Prof.", "Mrs.", "Miss", "Mr."]
ROLES = ["Complaints Handler", "Branch Manager", "Relationship Manager", "Fraud Analyst"]
FIRMS = ["Ted Baker", "John Lewis", "Tim Hortons", "Dr. Martens", "Harvey Nichols", "Mr Kipling"]
FIRMS += ["Ben & Jerry's", "Jack Wills", "Morgan Stanley", "Marks & Spencer", "Calvin Klein"]
UTILITIES = ["British Gas", "Thames Water", "Council Tax", "Virgin Media"]


def _particled(rng: random.Random) -> str:
    if rng.random() < 0.25:
        first, join, last = rng.choice(MALAY)
        return f"{first} {join} {last}"
    return f"{rng.choice(GIVEN)} {rng.choice(PARTICLED)}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAME)}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def particle_running_text(rng: random.Random) -> list[Part]:
    opener = rng.choice(
        (
            "Cheque no. {n} is payable to ",
            "Please add my brother-in-law ",
            "Assessor ",
            "Minutes: the case of ",
        )
    ).format(n=_digits(rng, 6))
    closer = rng.choice(
        (
            ", drawn on our current account.",
            " as a second cardholder.",
            " will visit the property on Tuesday.",
            " was closed after review.",
        )
    )
    return [opener, ("PERSON", _particled(rng)), closer]


def titled_surname(rng: random.Random) -> list[Part]:
    title = rng.choice(TITLES)
    last = rng.choice(SURNAME + [p for p in PARTICLED if " " in p])
    return [
        rng.choice(("Attendees: ", "Present: ")),
        ("PERSON", _name(rng)),
        ", ",
        ("PERSON", f"{title} {last}"),
        rng.choice((" (chair)\n1. Arrears review deferred.", "\nActions: none this week.")),
    ]


def staff_sender(rng: random.Random) -> list[Part]:
    return [
        "-------- Forwarded message --------\nFrom: ",
        ("PERSON", rng.choice((_name, _particled))(rng)),
        f" {rng.choice(ROLES)}\nDate: Monday\nTo: Escalations\n\nPlease pick this up today.",
    ]


def payee_table(rng: random.Random) -> list[Part]:
    sep = rng.choice(("\t", " | "))
    parts: list[Part] = [f"Saved payees\nName{sep}Account{sep}Reference\n"]
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.35:
            parts.append(
                f"{rng.choice(FIRMS + UTILITIES)}{sep}via bill pay{sep}REF {_digits(rng, 5)}\n"
            )
            continue
        name = _name(rng)
        parts += [("PERSON", name.lower() if rng.random() < 0.3 else name)]
        parts.append(f"{sep}{_digits(rng, 8)}{sep}{rng.choice(('rent', 'gift', 'loan back'))}\n")
    return parts


def surname_first(rng: random.Random) -> list[Part]:
    first, last = rng.choice(GIVEN), rng.choice(SURNAME)
    if rng.random() < 0.5:
        return ["Tax form update\nName: ", ("PERSON", f"{last}, {first}"), "\nCountry: UK"]
    return [
        "Payments to approve:\n- ",
        ("PERSON", f"{last}, {first}"),
        f": £{rng.randint(20, 900)}.00, ref {_digits(rng, 6)}",
    ]


def parcel_label(rng: random.Random) -> list[Part]:
    number = rng.randint(3, 180)
    street = rng.choice(("Larkspur Road", "Quarry Lane", "Beacon Avenue"))
    return [
        f"{rng.choice(('Courier', 'Parcel', 'Card delivery'))} label:\nFAO ",
        ("PERSON", _name(rng)),
        "\n",
        ("ADDRESS", f"{number} {street}\n{rng.choice(('Dundee DD1 4HN', 'Bath BA2 3QT'))}"),
        "\nSignature on delivery.",
    ]


def firm_payee(rng: random.Random) -> list[Part]:
    firm = rng.choice(FIRMS)
    return [
        rng.choice(
            (
                f"Standing order to {firm} failed on the 3rd. Ref {_digits(rng, 7)}.",
                f"Payee: {firm}. Amount £{rng.randint(5, 900)}.{_digits(rng, 2)}. Status: sent.",
                f"Employer: {firm}. Years employed: {rng.randint(1, 20)}.",
                f"Merchant: {firm}\nAmount: ${rng.randint(5, 900)}.00\nReason: charged twice",
                f"I want to dispute £{rng.randint(5, 900)} from {firm} on my credit card.",
            )
        )
    ]


def role_attendees(rng: random.Random) -> list[Part]:
    return [
        rng.choice(("Present: ", "Attendees: ")),
        rng.choice(("Head of Operations, Risk Lead", "Fraud Lead, Branch Manager")),
        ", two team leaders\n1. Card reader outages reviewed.",
    ]


def product_and_headers(rng: random.Random) -> list[Part]:
    return [
        rng.choice(
            (
                "Reason: open a junior saver\nName: Mr/Mrs ______\nBooked via app.",
                "Payee\tType\tLast paid\tAmount\n"
                f"{rng.choice(FIRMS)}\tCard\tThu 13th\t£{rng.randint(5, 900)}.00",
                "Visitor: Thank you, I'll ring 0345 300 0000 if it happens again.",
                f"Travel notice\nDestinations: {rng.choice(('Cape Town', 'Porto', 'Lisbon'))}\n"
                "Dates: next month",
            )
        )
    ]


TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    particle_running_text,
    titled_surname,
    staff_sender,
    payee_table,
    surname_first,
    parcel_label,
    firm_payee,
    role_attendees,
    product_and_headers,
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
