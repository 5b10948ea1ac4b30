"""Dev set: names that are a firm's, an event's, a title's or a monarch's, beside private ones.

    PYTHONPATH=. python benchmarks/pii_dev/owner_eponyms.py [--n 600] [--seed 19]

Written for the "whose is this span" filter (``steward.data.pii.ownership``), next to
``owner_public``: the English false alarms left after the v36 round were mostly names that are
no one's personal data because of what they name, not who speaks of them:

- a firm, a charity, a venue or an event named after a person ("the Nell Ashby Memorial Cup",
  "a holiday booked with Ruth Kendrick Travel", "the venue (Larkspur Grange)"), against a
  person's own name before the same kinds of words ("my nephew Arlo Quint, who runs the
  bakery");
- monarchs, saints and historic figures ("King Edmund II", "St Cuthbert's Day"), and products or
  titles of works ("the new Kestrel hatchback", "the Tilda Marsh piano books");
- a fictional or famous address on merchandise or in a story, and an organisation's premises
  that moved ("our Alnwick branch has moved to …"), against a home that moved;
- a desk's mailbox whose words name a service ("grants@…", "farming@…"), against a personal one;
- a well-known person at an appearance, a show or a signing ("an evening with …", "… is sold
  out"), against a relative or a guest named in the same layouts.

Every private counterpart is in a like layout, so that the filter learns the owner rather than the
topic. The wording, the names, the firms and the places are this module's own (not a blind
set's). A dev set: written to tune and train on (see ``benchmarks/pii_dev/__init__.py``). Run as
a script, it prints P/R/F1 of the filter's labels and the share of PII-free messages flagged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]
Maker = Callable[[random.Random], list[Part]]

DEFAULT_N = 600
DEFAULT_SEED = 19
POSITIVE_SHARE = 0.5
LABELS = ("ADDRESS", "PERSON", "EMAIL_ADDRESS")

GIVEN = ("Nell", "Arlo", "Ruth", "Dermot", "Isla", "Bram", "Tilda", "Ossian", "Freya", "Milo")
FAMILY = ("Ashby", "Quint", "Kendrick", "Marsh", "Halloran", "Pryce", "Whitlock", "Vance")
# what follows a person's name when the whole is a firm's, a charity's, an event's or a work's
EPONYM_TAILS = (
    "Memorial Cup",
    "Charity Ride",
    "Travel",
    "Homes",
    "Growers",
    "Foundation",
    "Bursary",
    "Lecture",
    "Family Fun Day",
    "Trophy",
    "Bakeries",
    "Piano Method",
)
MONARCHS = (
    "King Edmund II",
    "Queen Matilda",
    "Prince Rupert",
    "Duke of Wessex",
    "King Alfred",
    "Queen Anne",
)
SAINTS = ("St Cuthbert", "St Hilda", "St Aidan", "Saint Brigid")
VENUES = ("Larkspur Grange", "Fenwick Hall", "Oakhurst Barn", "Wilton Lodge", "Marlow Court")
# well-known people (not a blind set's), met at an appearance, a show or a signing
FIGURES = (
    "Judi Dench",
    "Lenny Henry",
    "Bradley Wiggins",
    "Zoe Ball",
    "David Attenborough",
    "Delia Smith",
    "Gareth Southgate",
    "Dua Lipa",
    "Harry Kane",
    "Jonny Wilkinson",
)
PRODUCTS = ("Kestrel", "Corsa", "Meridian", "Lynx", "Falcon")
FICTIONAL_ADDRESSES = (
    "12 Grimmauld Place, London",
    "4 Privet Drive, Little Whinging",
    "62 West Wallaby Street, Wigan",
    "32 Windsor Gardens, London W9",
)
STREETS = ("Fenkle Street", "Bondgate Within", "Narrowgate", "Pottergate", "Hotspur Street")
PLACES = (("Alnwick", "NE66 1TN"), ("Morpeth", "NE61 1PD"), ("Berwick", "TD15 1AA"))
TOWNS = ("Alnwick", "Morpeth", "Berwick", "Rothbury", "Amble")
DESK_WORDS = ("grants", "farming", "trusts", "groups", "lending", "wealth", "charities", "agri")
ORG_DOMAINS = ("northumbria-example.co.uk", "coquet-example.org", "tweedside-example.com")
FREEMAIL = ("gmail.com", "hotmail.co.uk", "btinternet.com", "aol.com")
KIN = ("nephew", "cousin", "sister", "grandson", "neighbour", "business partner")

EPONYM_FRAMES = (
    "Our branch is proud to sponsor the {x} this year; entry forms at the counter.",
    "Can I pay the deposit for a holiday from {x} by card in two parts?",
    "The {x} has asked us for a charity account with two signatories.",
    "We bought our new-build from {x} and the completion date has slipped.",
    "Tickets for the {x} are on sale in the branch until Friday.",
    "My daughter's teacher recommended the {x} books; can I budget for them?",
)
MONARCH_FRAMES = (
    "The branch will close early to mark the anniversary of {x}'s coronation.",
    "In memory of {x} the town museum is free on Saturday.",
    "The commemorative coin shows {x} on one side; is it legal tender?",
    "Rent on the glebe land is due on {x}'s Day each year.",
)
VENUE_FRAMES = (
    "Can I pay the wedding venue ({x}) in three instalments?",
    "The caterer at {x} wants a bank transfer before the party.",
    "Our staff summer party is at {x} this year; buses leave the branch at six.",
)
PRODUCT_FRAMES = (
    "The dealer wants a banker's draft for the new {x} before they hand over the keys.",
    "Is car finance for a used {x} cheaper than a personal loan?",
)
FIGURE_FRAMES = (
    "Join us for an evening with {x} at the Corn Exchange; tickets for account holders are half "
    "price.",
    "Beware of resale sites: {x}'s arena show in March is sold out at the box office.",
    "Our new savings advert stars {x}; watch it on our website.",
    "{x} will be signing copies of the new memoir at the Alnwick bookshop on Saturday.",
    "Guest speaker at the small-business breakfast: {x}, in conversation with our chief economist.",
)
PRIVATE_FIGURE_FRAMES = (
    "I booked dinner with {x}, my {k}, at the Corn Exchange and was charged twice.",
    "My {k} {x} sold our old sofa online; the buyer's payment bounced.",
    "{x} will be signing the mortgage papers with me on Saturday; she is my {k}.",
    "The guest at my retirement lunch, {x}, paid by card but it was refunded.",
)
PRIVATE_FRAMES = (
    "My {k} {x} runs the bakery now; can he be added to the business account?",
    "A holiday was booked by {x}, my {k}, on my card without asking.",
    "The deposit for the party was paid by {x}; she is my {k}.",
    "I bought the car from {x}, a private seller, and paid by transfer.",
    "My {k} {x} wants to sponsor the village fun day; can he pay by card?",
    "Please send the charity forms to {x}, our treasurer, at her home.",
    "The piano teacher, {x}, is paid monthly from my account.",
)
ORG_ADDRESS_FRAMES = (
    "Our mortgage centre at {x} is open on Saturdays until noon.",
    "Walk-in help with debts: the advice service is based at {x}.",
    "Unwanted goods can be returned to the warehouse, {x}, with the slip.",
    "Our {t} branch has moved to {x}; the cash machine stays at the old site.",
    "The museum shop sells mugs printed with {x}, the detective's address in the books.",
    "A themed tea towel arrived addressed to {x}, a film address; is my new card coming too?",
    "The tourist office has moved to {x}; maps are free there.",
)
HOME_ADDRESS_FRAMES = (
    "My {k} has moved to {x}; please change her statements.",
    "I have moved to {x}, so the new card should go there.",
    "Please post the replacement card to my new flat at {x}.",
    "We moved house last month to {x}; is the insurance address updated?",
)
DESK_MAIL_FRAMES = (
    "Applications go to {x}; the committee meets monthly.",
    "For the group booking write to {x} with the names of every traveller.",
    "The leaflet says that {x} will answer questions about the scheme.",
)
OWN_MAIL_FRAMES = (
    "Please e-mail the booking to {x}, my own inbox.",
    "My {k} reads her mail at {x}; she agreed to be contacted.",
    "For the group booking write to me at {x} with the dates.",
)


def _split(template: str, value: Part, r: random.Random) -> list[Part]:
    template = template.replace("{k}", r.choice(KIN)).replace("{t}", r.choice(TOWNS))
    head, _, tail = template.partition("{x}")
    return [head, value, tail]


def _person(r: random.Random) -> str:
    return f"{r.choice(GIVEN)} {r.choice(FAMILY)}"


def _address(r: random.Random) -> str:
    town, post = r.choice(PLACES)
    return f"{r.randint(2, 90)} {r.choice(STREETS)}, {town} {post}"


def _eponym(r: random.Random) -> list[Part]:
    return _split(r.choice(EPONYM_FRAMES), f"{_person(r)} {r.choice(EPONYM_TAILS)}", r)


def _monarch(r: random.Random) -> list[Part]:
    return _split(r.choice(MONARCH_FRAMES), r.choice(MONARCHS + SAINTS), r)


def _venue(r: random.Random) -> list[Part]:
    return _split(r.choice(VENUE_FRAMES), r.choice(VENUES), r)


def _product(r: random.Random) -> list[Part]:
    return _split(r.choice(PRODUCT_FRAMES), r.choice(PRODUCTS), r)


def _figure(r: random.Random) -> list[Part]:
    return _split(r.choice(FIGURE_FRAMES), r.choice(FIGURES), r)


def _private_figure(r: random.Random) -> list[Part]:
    return _split(r.choice(PRIVATE_FIGURE_FRAMES), (_person(r), "PERSON"), r)


def _private(r: random.Random) -> list[Part]:
    return _split(r.choice(PRIVATE_FRAMES), (_person(r), "PERSON"), r)


def _org_address(r: random.Random) -> list[Part]:
    frame = r.choice(ORG_ADDRESS_FRAMES)
    value = r.choice(FICTIONAL_ADDRESSES) if "detective" in frame or "film" in frame else None
    return _split(frame, value or _address(r), r)


def _home_address(r: random.Random) -> list[Part]:
    return _split(r.choice(HOME_ADDRESS_FRAMES), (_address(r), "ADDRESS"), r)


def _desk_mail(r: random.Random) -> list[Part]:
    return _split(r.choice(DESK_MAIL_FRAMES), f"{r.choice(DESK_WORDS)}@{r.choice(ORG_DOMAINS)}", r)


def _own_mail(r: random.Random) -> list[Part]:
    given, family = r.choice(GIVEN).lower(), r.choice(FAMILY).lower()
    local = r.choice((f"{given}.{family}", f"{given}{family}{r.randint(1, 99)}"))
    return _split(r.choice(OWN_MAIL_FRAMES), (f"{local}@{r.choice(FREEMAIL)}", "EMAIL_ADDRESS"), r)


NEGATIVES: tuple[Maker, ...] = (
    _eponym,
    _eponym,
    _monarch,
    _venue,
    _product,
    _org_address,
    _org_address,
    _desk_mail,
    _figure,
    _figure,
)
POSITIVES: tuple[Maker, ...] = (
    _private,
    _private,
    _private,
    _private_figure,
    _private_figure,
    _home_address,
    _home_address,
    _own_mail,
)


def _assemble(parts: list[Part]) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        value, label = part
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    return {"text": text, "spans": spans, "lang": "en"}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` English records, about half PII-free, the same for the same seed."""
    rng = random.Random(f"owner_eponyms-{seed}")
    records = []
    for _ in range(n):
        pool = POSITIVES if rng.random() < POSITIVE_SHARE else NEGATIVES
        records.append(_assemble(rng.choice(pool)(rng)))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--show-misses", action="store_true", help="print every wrong message")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pii_quality import score  # the benchmarks' scorer: IoU >= 0.5, same label

    from steward.data.pii import Analyzer

    rows = generate(args.n, args.seed)
    analyzer = Analyzer()
    gold = [[(int(s["start"]), int(s["end"]), str(s["label"])) for s in r["spans"]] for r in rows]
    found = analyzer.analyze_batch([str(r["text"]) for r in rows])
    pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
    table: dict[str, Any] = score(gold, pred, set(LABELS))
    negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
    table["pii_free_flagged"] = {
        "share": round(sum(map(bool, negatives)) / max(1, len(negatives)), 4),
        "messages": len(negatives),
    }
    if args.show_misses:
        for row, g, p in zip(rows, gold, pred, strict=True):
            if sorted(g) != sorted(p):
                text = row["text"]
                print("---", text)
                print(
                    "   gold:",
                    [text[s:e] for s, e, _ in g],
                    "found:",
                    [(text[s:e], lab) for s, e, lab in p],
                )
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
