"""Dev set: English messages naming people whose given names the US census lists miss.

    PYTHONPATH=. python benchmarks/pii_dev/en_names_world_v37.py [--n 600] [--seed 7]

Kinds, in this module's own wording: British, Irish, Welsh, Scottish, South Asian, Arabic,
African, Polish and Nordic given names with a surname (``Cormac Pritchard``), a name in
capitals on a card or a label (``EILIDH MCBRIDE``), a party's role written before the name
(``Tenant Ffion Rowlands``, ``Drawer Bartosz Kowal``), a given name's possessive (``Orla's
account``), a surname joined by a particle (``Laleh al-Rashid``). PII-free messages: saints'
names in schools and churches (``St Aidan's``), shops named with a possessive (``Barnaby's
Bistro``), capitals that are no name (``PLEASE READ CAREFULLY``). A dev set:
tuned on.
"""

from __future__ import annotations

import argparse
import random
from typing import Any

DEFAULT_N = 600
DEFAULT_SEED = 7
Record = dict[str, Any]
Part = tuple[str, str | None]

_GIVEN = (
    "Cormac",
    "Eilidh",
    "Ffion",
    "Gwilym",
    "Lorcan",
    "Caoimhe",
    "Rhodri",
    "Sorcha",
    "Tadhg",
    "Aarav",
    "Shreya",
    "Harjit",
    "Faisal",
    "Laleh",
    "Omid",
    "Nnamdi",
    "Efua",
    "Tendai",
    "Bartosz",
    "Zuzana",
    "Dmytro",
    "Solveig",
    "Torsten",
    "Goncalo",
    "Mathieu",
    "Takumi",
)
_SURNAMES = (
    "Pritchard",
    "McBride",
    "Rowlands",
    "Kowal",
    "Haldane",
    "Okonkwo",
    "Fenwick",
    "Lindgren",
    "Moreno",
    "Dunbar",
    "Mensah",
    "Varga",
    "Castellan",
    "Whitlow",
    "Oduya",
)
_ROLES = ("Tenant", "Drawer", "Policyholder", "Applicant", "Guarantor", "Payee")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}"


def _positive(rng: random.Random) -> list[Part]:
    kind = rng.randrange(5)
    if kind == 0:
        return [
            ("Please send the statement to ", None),
            (_name(rng), "PERSON"),
            (", she moved last month.", None),
        ]
    if kind == 1:
        return [
            ("The parcel label reads ", None),
            (_name(rng).upper(), "PERSON"),
            (" but nobody by that name lives here.", None),
        ]
    if kind == 2:
        return [
            (f"{rng.choice(_ROLES)} ", None),
            (_name(rng), "PERSON"),
            (" has asked for a copy of the agreement.", None),
        ]
    if kind == 3:
        return [
            ("Move the deposit into ", None),
            (rng.choice(_GIVEN), "PERSON"),
            ("'s savings pot please.", None),
        ]
    return [
        ("Joint holder: ", None),
        (
            f"{rng.choice(('Laleh', 'Faisal', 'Omid'))} al-{rng.choice(('Rashid', 'Amin'))}",
            "PERSON",
        ),
        (", same address.", None),
    ]


def _negative(rng: random.Random) -> list[Part]:
    texts = (
        "Fees for St Aidan's School are due on the first of the month.",
        "Is Barnaby's Bistro on the list of merchants that take the card?",
        "PLEASE READ CAREFULLY before you sign the mandate.",
        "The St Brigid's Church collection goes out by standing order.",
        "ACCOUNT CLOSED notices went out on Friday.",
    )
    return [(rng.choice(texts), None)]


def _record(parts: list[Part]) -> Record:
    text, spans = "", []
    for part, label in parts:
        if label is not None:
            spans.append({"start": len(text), "end": len(text) + len(part), "label": label})
        text += part
    return {"text": text, "spans": spans, "lang": "en"}


def generate(n: int = DEFAULT_N, seed: int = DEFAULT_SEED) -> list[Record]:
    rng = random.Random(seed)
    return [_record(_positive(rng) if rng.random() < 0.7 else _negative(rng)) for _ in range(n)]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    for row in generate(args.n, args.seed)[:20]:
        print(row["text"], [row["text"][s["start"] : s["end"]] for s in row["spans"]])
