"""Generated English prose with PERSON spans: names outside a bank's message genres.

    python -m steward.data.pii.tagger.narrative_en --n 20 --seed 7

The tagger's other data are a bank's messages (e-mails, transcripts, forms, notes); people
are named in other prose too, and the tagger checks the lexicon rules' names there as well
(see :mod:`steward.data.pii.tagger.combine_en`). Written from general knowledge of such prose:
a name opening a sentence with any verb, a name after a preposition or a reporting verb,
dialogue scripts with speakers, lists of people, news lines with an age or a role, reviews and
meeting notes, possessives; with capitalised words that are not names around them (firms,
places, titles of works, days). An extra source of :mod:`steward.data.pii.tagger.train_en`
(``--extra-source steward.data.pii.tagger.narrative_en:generate:N:SEED``). Records are those
of :mod:`steward.data.pii.tagger.generate_en`.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Sequence

from steward.data.pii.recognizers.base import words
from steward.data.pii.tagger.generate_en import Record, Segment, _person, render

_VERBS = words(
    "said wrote asked called arrived left explained smiled decided joined won lost moved "
    "agreed refused laughed travelled retired resigned replied shouted whispered admitted"
)
_REPORTING = _VERBS[:4] + words("told warned reminded thanked emailed visited met")
_ROLES = (
    "the new chair of the board",
    "a retired teacher",
    "the band's drummer",
    "our head of design",
    "the lead author",
    "a local councillor",
    "the goalkeeper",
    "the keynote speaker",
    "a nurse from the night shift",
    "the founder",
)
_FIRMS = words(
    "Northwind Contoso Globex Initech Umbrella Wayfair Acme Vandelay Stark Wonka Tyrell Soylent"
)
_FIRM_TYPES = ("Ltd", "Inc", "Group", "Partners", "Labs", "Studios", "Holdings")
_PLACES = words(
    "Lisbon Krakow Nairobi Osaka Denver Glasgow Hobart Lagos Quebec Seville Tallinn Cusco "
    "Reykjavik Bergen Adelaide Dundee Tucson Porto Bruges Graz"
)
_WORKS = (
    "Midnight Harbour",
    "The Glass Orchard",
    "Small Hours",
    "River Of Lanterns",
    "Northern Lights",
    "Paper Kings",
    "A Winter Ledger",
)
_DAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


def _name(rng: random.Random) -> tuple[str, str]:
    return (_person(rng, short=rng.random() < 0.35), "PERSON")


def _firm(rng: random.Random) -> str:
    return f"{rng.choice(_FIRMS)} {rng.choice(_FIRM_TYPES)}"


def _opening(rng: random.Random) -> list[Segment]:
    return [
        _name(rng),
        rng.choice(
            (
                f" {rng.choice(_VERBS)} that the figures were wrong.",
                " is a very patient person.",
                f" has worked at {_firm(rng)} since 2015.",
                f" flew to {rng.choice(_PLACES)} on {rng.choice(_DAYS)}.",
                " listed her favourite albums of the decade.",
                " will present the results next week.",
                f", {rng.randint(21, 88)}, {rng.choice(_VERBS)} after the match.",
                f", {rng.choice(_ROLES)}, {rng.choice(_VERBS)} on {rng.choice(_DAYS)}.",
            )
        ),
    ]


def _object(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(
            (
                "Please follow up with ",
                "I had lunch with ",
                f"The award went to {rng.choice(('', 'our own '))}",
                "We are still waiting to hear from ",
                "Ask ",
                "This book is dedicated to ",
                f"A new song by {rng.choice(('', 'singer '))}",
                "Photo credit: ",
                "Interview conducted by ",
                # verbs that address someone: a person follows "at", "to", "with"
                f"Then {rng.choice(('she', 'he', 'everyone'))} "
                f"{rng.choice(('shouted', 'waved', 'laughed', 'smiled', 'stared'))} at ",
                f"I was {rng.choice(('talking', 'speaking', 'writing'))} to ",
                "We argued with ",
            )
        ),
        _name(rng),
        rng.choice((".", " in a couple of weeks.", " about the invoice.", "!", " tomorrow.")),
    ]


def _reported(rng: random.Random) -> list[Segment]:
    return [
        _name(rng),
        f" {rng.choice(_REPORTING)} ",
        _name(rng),
        rng.choice(
            (
                ' "Where have you been?"',
                " that the train was late.",
                f" about {rng.choice(_WORKS)}.",
                f" at the {rng.choice(_PLACES)} office.",
                ".",
            )
        ),
    ]


def _dialogue(rng: random.Random) -> list[Segment]:
    out: list[Segment] = []
    speakers = [_person(rng, short=True) for _ in range(2)]
    lines = (
        "Did you see that?",
        "I told you so.",
        "Not again!",
        '"Who sent this?"',
        "Meet me at the station.",
        "You never listen, do you?",
        "Fine, let's go.",
    )
    for turn in range(rng.randint(2, 4)):
        if turn:
            out.append("\n")
        out += [(speakers[turn % 2], "PERSON"), rng.choice((": ", ":")), rng.choice(lines)]
        if rng.random() < 0.3:
            out += [" Right, ", _name(rng), "?"]
    return out


def _people_list(rng: random.Random) -> list[Segment]:
    out: list[Segment] = [
        rng.choice(
            (
                f"The team had {rng.randint(3, 6)}: ",
                "Present: ",
                "Speakers include ",
                f"{_firm(rng)} was started by ",
                "Thanks to ",
                "Attendees - ",
            )
        )
    ]
    count = rng.randint(2, 5)
    for i in range(count):
        if i:
            out.append(" and " if i == count - 1 else ", ")
        out.append(_name(rng))
    out.append(".")
    return out


def _possessive(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(("", "We loved ", "Critics praised ")),
        _name(rng),
        f"'s {rng.choice(('new novel', 'speech', 'garden', 'painting'))} {rng.choice(_WORKS)}.",
    ]


def _news(rng: random.Random) -> list[Segment]:
    out: list[Segment] = [
        f"{rng.choice(_PLACES).upper()} - ",
        _name(rng),
        rng.choice(
            (
                f" has been named chief executive of {_firm(rng)}.",
                f" won the {rng.choice(_PLACES)} marathon on {rng.choice(_DAYS)}.",
                " was sentenced to four years in prison.",
            )
        ),
    ]
    if rng.random() < 0.4:
        out += [" The decision surprised ", _name(rng), "."]
    return out


def _no_name(rng: random.Random) -> list[Segment]:
    return [
        rng.choice(
            (
                f"{_firm(rng)} opened an office in {rng.choice(_PLACES)}.",
                f"{rng.choice(_WORKS)} is the best album of the year.",
                f"See you in {rng.choice(_PLACES)} on {rng.choice(_DAYS)}!",
                f"Northern {rng.choice(_PLACES)} had heavy snow.",
                "The Board Meeting Is Postponed Until Further Notice.",
            )
        )
    ]


_GENRES: tuple[Callable[[random.Random], list[Segment]], ...] = (
    _opening,
    _object,
    _reported,
    _dialogue,
    _people_list,
    _possessive,
    _news,
    _no_name,
)


def generate(n: int, seed: int) -> list[Record]:
    """``n`` prose messages, one or two genres each, the same for the same seed."""
    rng = random.Random(f"narrative_en-{seed}")
    rows: list[Record] = []
    for _ in range(n):
        segments: list[Segment] = []
        for i in range(1 if rng.random() < 0.7 else 2):
            if i:
                segments.append(rng.choice((" ", "\n")))
            segments += rng.choice(_GENRES)(rng)
        rows.append(render(segments))
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for record in generate(args.n, args.seed):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
