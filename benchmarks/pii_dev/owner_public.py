"""Dev set: public names, firms' names and premises beside private ones, in English.

    PYTHONPATH=. python benchmarks/pii_dev/owner_public.py [--n 600] [--seed 13] [--show-misses]

Written for the "whose is this span" filter (``steward.data.pii.ownership``), next to
``owner_kinds``: the false alarms that remained on PII-free English messages after issue 18's
v35 round were of three kinds, and each has a frame here with a private counterpart in a like
layout, so that the filter learns the owner rather than the topic:

- a public or made-up figure named by an organisation or a customer (a guest at an event, a
  sponsored fixture, a podcast's guest, a screening list's entry, a quiz's character, "be as
  sceptical as …") against a relative, a payee, a caller or a neighbour named the same way;
- a firm or a body named like a person ("Okafor's Pharmacy", "Ashdown Hospice", "Hartley
  Rovers") against a person's own name before the same kind of words;
- an organisation's premises (a records store, a returns depot, a roadshow's venue) and a desk's
  compound mailbox (``card-disputes@…``) against a home, a relative's address and a personal
  mailbox;
- and short third-person lines about private people ("… argued with … about the bill"), which
  have neither a first person nor an organisation, as a notice has not either.

The wording, the names, the firms and the places are this module's own (not a blind set's).
A dev set: written to tune and train on (see ``benchmarks/pii_dev/__init__.py``). Run as a
script, it prints P/R/F1 of the filter's labels and the share of PII-free messages flagged.
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
DEFAULT_SEED = 13
POSITIVE_SHARE = 0.5
LABELS = ("ADDRESS", "PERSON", "EMAIL_ADDRESS")

FIGURES = (
    "Ian Wright",
    "Clare Balding",
    "Stephen Fry",
    "Kelly Holmes",
    "Chris Hoy",
    "Nigel Slater",
    "Helen Sharman",
    "Paul Hollywood",
    "Jessica Ennis",
    "Tom Jones",
    "Kate Bush",
    "Mo Farah",
)
CHARACTERS = (
    "Hercule Poirot",
    "Inspector Morse",
    "Jane Eyre",
    "Bridget Jones",
    "Nancy Drew",
    "Oliver Twist",
    "Miss Havisham",
    "Tom Sawyer",
)
GIVEN = ("Aoife", "Kwame", "Bethan", "Tariq", "Lowri", "Callum", "Nadia", "Fergus", "Priya", "Ewan")
FAMILY = ("Okonjo", "Pemberton", "Ashworth", "Malik", "Trevelyan", "Duffy", "Gallagher", "Rowe")
PLACES = (
    ("Carlisle", "CA1 1QS"),
    ("Ipswich", "IP1 3HR"),
    ("Swansea", "SA1 5AB"),
    ("Lincoln", "LN2 1LF"),
    ("Perth", "PH1 5RT"),
    ("Wakefield", "WF1 2DA"),
)
STREETS = ("Tanner Row", "Quay Street", "Cattle Market", "Beacon Road", "Saxon Way", "Mint Yard")
FIRM_SHAPES = (
    "{f}'s Pharmacy",
    "{f}'s Bakery",
    "{g} {f} Opticians",
    "{f} & Daughters",
    "{p} Hospice",
    "{p} Rovers",
    "{f} Funeral Directors",
    "{g} {f} Driving School",
)
TOWNS = ("Ashdown", "Kelmscott", "Brackenfield", "Harrowgate Hill", "Silverdale", "Thornbury")
FREEMAIL = ("gmail.com", "outlook.com", "btinternet.com", "icloud.com", "yahoo.com")
DESK_LOCALS = (
    "card-disputes",
    "merchant-help",
    "savings-team",
    "business.banking",
    "mortgage-queries",
    "lost-cards",
    "estates-support",
)
ORG_DOMAINS = ("fernbank-example.co.uk", "tidewell-example.com", "harbourmutual-example.org")
KIN = ("nephew", "aunt", "father", "stepdaughter", "lodger", "neighbour", "partner", "colleague")
DAYS = ("Tuesday", "Thursday evening", "Saturday morning", "the 9th", "next Friday")

FIGURE_FRAMES = (
    "Join us for a Q&A with {x} at the town hall on {d}; seats are free for account holders.",
    "Episode 12 of our money podcast: {x} on paying off a first credit card.",
    "Screening note: {x} has been added to the politically exposed persons list. No customer "
    "accounts are affected.",
    "Our audio guide to savings is narrated by {x}.",
    "Tickets for {x}'s arena tour are being resold online at twice the price; buy only from "
    "official sellers.",
    "Supporters of {x} set up the rowing club in 1992; memberships are handled by the club.",
    "We are proud sponsors of the charity match on {d}, with {x} as guest captain.",
    "Is the video where {x} promotes a bitcoin platform real?",
)
CHARACTER_FRAMES = (
    "Fraud tip of the week: be as sceptical as {x} when a caller asks for your PIN.",
    "The quiz night theme is famous detectives, so brush up on {x}.",
    "Staff reading group: this month we are discussing the adventures of {x}.",
    "Ask yourself what {x} would do before you click a link in a text.",
)
PRIVATE_FRAMES = (
    "I had a call from {x} on {d} asking for my card PIN. Was that you?",
    "My {k} {x} is opening a junior ISA with you on {d}; what does he need to bring?",
    "Please add {x}, my {k}, as a second cardholder on my account.",
    "The payee is {x}, my {k}; the transfer is for the fence we share.",
    "My {k}, {x}, has power of attorney for me now. Can he call on my behalf?",
    "Is the text from {x} about my parcel real? It asks for a fee.",
    "My late {k} {x} had a savings account with you; how do I close it?",
    "I want to pay {x} back for the concert tickets but the name check fails.",
    # (the words of an event, with a private guest or sponsor: "guest" or "sponsor" alone says
    # nothing of a public figure)
    "My guest at the members' evening on {d} will be {x}; can she use my pass?",
    "Sponsor form for my fun run: {x} pledged £15, paid by card.",
    "Guest list for my daughter's christening: {x} and her partner.",
    "The quiz team at my local is me, {x} and two others; we won £50.",
)
FIRM_FRAMES = (
    "Window sticker: {x} takes contactless and Apple Pay.",
    "Our branch is collecting for {x} this December; donations at the counter.",
    "Why did my direct debit to {x} fail twice this month?",
    "The card machine at {x} charged me twice for one prescription.",
    "Card payments at {x} were declined all afternoon; is there an outage?",
)
OWN_NAME_FRAMES = (
    "Account holder: {x}. I would like contactless switched on.",
    "Please update the name on my account to {x} after my marriage.",
    "Why did the standing order from {x} to me fail twice this month?",
    "The card machine charged {x} (my husband) twice for one purchase.",
    "Card payments by {x} were declined all afternoon; he is my son.",
)
ORG_ADDRESS_FRAMES = (
    "Title deeds are kept at our records store, {x}; visits by appointment only.",
    "Faulty goods go back to the returns depot, {x}, within 28 days.",
    "The money roadshow stops at the library hub, {x}, on {d}.",
    "The tax office's walk-in centre is at {x}; no appointment needed.",
    "Cheques for the charity raffle can be posted to the hospice shop, {x}.",
)
HOME_ADDRESS_FRAMES = (
    "My title deeds were sent to my home, {x}; can you confirm they arrived?",
    "Faulty card reader: please post the new one to {x}, where I live now.",
    "My {k} has moved to {x}; please update the statements on her account.",
    "I rent a room at {x} and need a letter confirming my address.",
    "Cheques should be posted to me at {x} from now on.",
)
DESK_MAIL_FRAMES = (
    "Questions about a disputed payment go to {x}, according to the leaflet.",
    "The letter says to write to {x} if the card is lost abroad.",
    "For help with settlement, merchants can e-mail {x}.",
)
OWN_MAIL_FRAMES = (
    "Please send the dispute form to my own address, {x}, according to my notes.",
    "The letter went to {x}, my personal inbox, but I can't open it.",
    "My {k} can be reached at {x} if you need her consent.",
)


# short third-person lines about private people, with no "I" and no organisation: the register of
# a line of dialogue or a note, which reads like a notice's (no first person) but names a person
NARRATIVE_FRAMES = (
    "{x} is never late for the Monday rota.",
    "{x} argued with {y} about the bill.",
    "Ask {x} where the spare key is kept.",
    "{y} says {x} forgot the shopping again.",
    "{x} had lent {y} her bike for the summer.",
    "She is {x}'s youngest granddaughter.",
    "Nobody knew why {x} left the choir.",
    "{x} waved at {y} across the car park.",
)


def _split(template: str, value: Part, r: random.Random) -> list[Part]:
    template = template.replace("{d}", r.choice(DAYS)).replace("{k}", r.choice(KIN))
    head, _, tail = template.partition("{x}")
    return [head, value, tail]


def _person(r: random.Random) -> str:
    return f"{r.choice(GIVEN)} {r.choice(FAMILY)}"


def _address(r: random.Random) -> str:
    town, post = r.choice(PLACES)
    return f"{r.randint(2, 180)} {r.choice(STREETS)}, {town} {post}"


def _firm(r: random.Random) -> str:
    return (
        r.choice(FIRM_SHAPES)
        .replace("{f}", r.choice(FAMILY))
        .replace("{g}", r.choice(GIVEN))
        .replace("{p}", r.choice(TOWNS))
    )


def _figure(r: random.Random) -> list[Part]:
    return _split(r.choice(FIGURE_FRAMES), r.choice(FIGURES), r)


def _character(r: random.Random) -> list[Part]:
    return _split(r.choice(CHARACTER_FRAMES), r.choice(CHARACTERS), r)


def _private(r: random.Random) -> list[Part]:
    return _split(r.choice(PRIVATE_FRAMES), (_person(r), "PERSON"), r)


def _narrative(r: random.Random) -> list[Part]:
    frame = r.choice(NARRATIVE_FRAMES)
    first, second = r.sample(GIVEN, 2)
    x: Part = (r.choice((first, f"{first} {r.choice(FAMILY)}")), "PERSON")
    parts: list[Part] = []
    for piece in frame.replace("{y}", "\0y\0").replace("{x}", "\0x\0").split("\0"):
        parts.append(x if piece == "x" else (second, "PERSON") if piece == "y" else piece)
    return parts


def _firm_name(r: random.Random) -> list[Part]:
    return _split(r.choice(FIRM_FRAMES), _firm(r), r)


def _own_name(r: random.Random) -> list[Part]:
    return _split(r.choice(OWN_NAME_FRAMES), (_person(r), "PERSON"), r)


def _org_address(r: random.Random) -> list[Part]:
    return _split(r.choice(ORG_ADDRESS_FRAMES), _address(r), r)


def _home_address(r: random.Random) -> list[Part]:
    return _split(r.choice(HOME_ADDRESS_FRAMES), (_address(r), "ADDRESS"), r)


def _desk_mail(r: random.Random) -> list[Part]:
    return _split(r.choice(DESK_MAIL_FRAMES), f"{r.choice(DESK_LOCALS)}@{r.choice(ORG_DOMAINS)}", r)


def _own_mail(r: random.Random) -> list[Part]:
    given, family = r.choice(GIVEN).lower(), r.choice(FAMILY).lower()
    local = r.choice(
        (f"{given}.{family}", f"{given}_{family}{r.randint(1, 99)}", f"{given[0]}{family}")
    )
    return _split(r.choice(OWN_MAIL_FRAMES), (f"{local}@{r.choice(FREEMAIL)}", "EMAIL_ADDRESS"), r)


NEGATIVES: tuple[Maker, ...] = (
    _figure,
    _figure,
    _character,
    _firm_name,
    _org_address,
    _desk_mail,
)
POSITIVES: tuple[Maker, ...] = (
    _private,
    _private,
    _narrative,
    _narrative,
    _own_name,
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
    rng = random.Random(f"owner_public-{seed}")
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
