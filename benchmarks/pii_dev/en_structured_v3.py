"""Dev set: English structured numbers by *layout* and *format*, with hard negatives, for tuning
the number recognizers and their cues (issue 18's rule: a dev set, tune on it).

    PYTHONPATH=. python benchmarks/pii_dev/en_structured_v3.py 5   # print five records

Layouts with personal data: a payee or beneficiary table (tab- or ``|``-separated, markdown
too) whose header row names the column (``Account no``, ``IBAN``, ``Sort code / account``)
while the values below carry no cue of their own; a branch note that says where money went
(``credited to 40-…``); a chat with the short ``acc``; a call log that names whom it called
(``rang Mrs Okafor on …``) with the birth date in the next sentence; a booking form whose
phone line is followed by a ``D.O.B.`` line; a voice transcript without punctuation where an
account, a card or a social security number is read digit by digit with pauses written as
dots. Formats: accounts with dashes or spaces, IBANs compact, grouped or in lower case, birth
dates written ``d.m.yy``, a birth date corrected later in the sentence that names it.

Hard negatives (PII-free): tables whose numeric columns are references, amounts or dates;
Australian, Irish and New Zealand business lines (``1300 …``, ``1800 …``, ``0818 …``); a
number quoted with ``#``; a date beside a dotted statement date.

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

FIRST = ["Oluwaseun", "Bronagh", "Henrik", "Pania", "Teodora", "Rajesh", "Maeve", "Zoltan"]
LAST = ["Okafor", "Ruane", "Lindqvist", "Tane", "Ilieva", "Menon", "Carrick", "Farkas"]
TITLES = ["Mrs", "Mr", "Ms", "Mx", "Dr"]
SPOKEN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MERCHANTS = ["Greenline Energy", "Council Tax", "Halden Water", "Northway Telecom"]
# country, bank letters (empty: digits only), BBAN digit count after them
IBAN_SHAPES = [("GB", "NWBK", 14), ("IE", "AIBK", 14), ("DE", "", 18), ("NL", "INGB", 10)]


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _iban(rng: random.Random) -> str:
    country, bank, n = rng.choice(IBAN_SHAPES)
    bban = bank + "".join(rng.choice(string.digits) for _ in range(n))
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    style = rng.choice(("compact", "grouped", "lower"))
    if style != "compact":
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value.lower() if style == "lower" else value


def _account(rng: random.Random) -> str:
    plain = _digits(rng, rng.choice((8, 9, 10, 12)))
    shape = rng.choice(("plain", "dashes", "spaces"))
    if shape == "dashes":
        return f"{plain[:3]}-{plain[3:-3]}-{plain[-3:]}"
    if shape == "spaces":
        return " ".join(plain[i : i + 4] for i in range(0, len(plain), 4))
    return plain


def _luhn_card(rng: random.Random) -> str:
    body = rng.choice(("4", "51", "37")) + "".join(rng.choice(string.digits) for _ in range(13))
    body = body[:15]
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _said(digits: str, groups: tuple[int, ...]) -> str:
    words, at = [], 0
    for size in groups:
        group = digits[at : at + size]
        words.append(" ".join(SPOKEN[int(ch)] if ch != "0" else "oh" for ch in group))
        at += size
    return " ... ".join(words)


def _dotted_birth(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(40, 99)}"


def _phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"087 {_digits(rng, 3)} {_digits(rng, 4)}",  # an Irish mobile
            f"04{rng.randint(10, 99)} {_digits(rng, 3)} {_digits(rng, 3)}",  # an Australian one
            f"07{rng.randint(700, 999)} {_digits(rng, 6)}",  # a UK one
            f"+852 {rng.choice('5679')}{_digits(rng, 3)} {_digits(rng, 4)}",
        )
    )


# -- templates: each returns the message's parts; labelled parts are (label, value) ---------
def payee_table(rng: random.Random) -> list[Part]:
    sep = rng.choice(("\t", " | "))
    header = rng.choice(("Account no", "Account", "Account / IBAN", "Payee account"))
    parts: list[Part] = [
        rng.choice(("Payees to add\n", "Standing orders (my list)\n", "")),
        sep.join(("Payee", header, "Ref")) + "\n",
    ]
    for _ in range(rng.randint(2, 3)):
        if rng.random() < 0.25:
            parts.append(sep.join((rng.choice(MERCHANTS), "bill pay", f"BP{_digits(rng, 6)}")))
        else:
            label = rng.choice(("BANK_ACCOUNT", "IBAN_CODE"))
            value = _account(rng) if label == "BANK_ACCOUNT" else _iban(rng)
            parts += [("PERSON", _name(rng)), sep, (label, value), sep]
            parts.append(rng.choice(("gym share", "rent", f"INV{_digits(rng, 5)}")))
        parts.append("\n")
    parts[-1] = ""
    return parts


def markdown_payees(rng: random.Random) -> list[Part]:
    parts: list[Part] = ["| Beneficiary | IBAN | Amount |\n|---|---|---|\n"]
    for _ in range(rng.randint(1, 3)):
        parts += ["| ", ("PERSON", _name(rng)), " | ", ("IBAN_CODE", _iban(rng)), " | "]
        parts.append(f"€{rng.randint(20, 900)} |\n")
    return parts


def branch_credit_note(rng: random.Random) -> list[Part]:
    return [
        f"Counter note: £{rng.randint(50, 4000)} cash {rng.choice(('credited to', 'paid into'))} ",
        ("BANK_ACCOUNT", _account(rng)),
        rng.choice((" for the customer.", ", receipt handed over.", ".")),
    ]


def chat_acc(rng: random.Random) -> list[Part]:
    return [
        "pls refund to my other acc ",
        ("BANK_ACCOUNT", f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 3)}"),
        rng.choice((" ta", " thx 🙏", "")),
    ]


def call_log(rng: random.Random) -> list[Part]:
    return [
        f"Contact log {rng.randint(1, 28)}/{rng.randint(1, 12)}: "
        f"{rng.choice(('rang', 'called', 'spoke to'))} {rng.choice(TITLES)} ",
        ("PERSON", rng.choice(LAST)),
        " on ",
        ("PHONE_NUMBER", _phone(rng)),
        ". DOB ",
        ("DATE_OF_BIRTH", _dotted_birth(rng)),
        " checked.",
    ]


def booking_form(rng: random.Random) -> list[Part]:
    return [
        "Branch appointment\nName: ",
        ("PERSON", _name(rng)),
        "\nMobile - ",
        ("PHONE_NUMBER", _phone(rng)),
        "\nD.O.B.: ",
        ("DATE_OF_BIRTH", _dotted_birth(rng)),
        "\nReason: mortgage chat",
    ]


def dob_chat_dotted(rng: random.Random) -> list[Part]:
    return [
        "Helper: Thanks. And your date of birth, please?\nMember: ",
        ("DATE_OF_BIRTH", _dotted_birth(rng)),
        "\nHelper: That matches, thank you.",
    ]


def dob_corrected(rng: random.Random) -> list[Part]:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2002)
    return [
        "The birth date you hold for me is a typo, the right one is ",
        ("DATE_OF_BIRTH", f"{day:02d}/{month:02d}/{year}"),
        ", can you fix it?",
    ]


def voice_numbers(rng: random.Random) -> list[Part]:
    kind = rng.choice(("account", "card", "ssn"))
    if kind == "account":
        digits = _digits(rng, 10)
        return ["um yeah send it to account ", ("BANK_ACCOUNT", _said(digits, (4, 3, 3)))]
    if kind == "card":
        return [
            "right my visa is ",
            ("CREDIT_CARD", _said(_luhn_card(rng), (4, 4, 4, 4))),
            " expiry next year",
        ]
    ssn = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    return ["and my social is ", ("US_SSN", _said(ssn, (3, 2, 4))), " for the form"]


def negative(rng: random.Random) -> list[Part]:
    sep = rng.choice(("\t", " | "))
    return [
        rng.choice(
            (
                sep.join(("Payee", "Ref", "Amount"))
                + "\n"
                + sep.join((rng.choice(MERCHANTS), _digits(rng, 8), f"£{rng.randint(5, 99)}.00"))
                + "\n"
                + sep.join((rng.choice(MERCHANTS), _digits(rng, 10), f"£{rng.randint(5, 99)}.50")),
                f"Questions? Ring 1300 {_digits(rng, 3)} {_digits(rng, 3)} (Mon-Fri).",
                f"Not you? Call 1800 {_digits(rng, 3)} {_digits(rng, 3)} straight away.",
                f"Our Dublin team is on 0818 {_digits(rng, 3)} {_digits(rng, 3)}.",
                f"Quote #{_digits(rng, 8)} when you call back.",
                f"Statement {rng.randint(1, 28)}.{rng.randint(1, 12)}.24 attached, balance "
                f"£{rng.randint(100, 9000)}.",
            )
        )
    ]


TEMPLATES: tuple[Callable[[random.Random], list[Part]], ...] = (
    payee_table,
    markdown_payees,
    branch_credit_note,
    chat_acc,
    call_log,
    booking_form,
    dob_chat_dotted,
    dob_corrected,
    voice_numbers,
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
