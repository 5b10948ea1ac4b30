"""English names by kind of shape and layout (particles, titled surnames, staff senders,
table columns, parcel labels) and the look-alikes that are not people (shops named after a
person, places, roles, products, table headers), each through the default analyzer."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.base import Entity
from steward.data.pii.recognizers.person_spans_en import refine_person_spans


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _names(analyzer: Analyzer, text: str) -> list[str]:
    return [
        text[e.start : e.end] for e in analyzer.analyze(text, language="en") if e.label == "PERSON"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # particles joined on both sides, whichever piece a rule found first
        (
            "Cheque 448120 is payable to Lucinda de la Vega, drawn on our account.",
            "Lucinda de la Vega",
        ),
        (
            "Please add my brother-in-law Hakim bin Salleh as a second cardholder.",
            "Hakim bin Salleh",
        ),
        ("The inspector Margarethe van der Linde visits on Tuesday.", "Margarethe van der Linde"),
        ("Payable to Obinna J. St. John, drawn on account 4411.", "Obinna J. St. John"),
        # a titled bare surname keeps its title, particles included
        ("Attendees: Tadhg Quinlan, Mrs. Okoro (chair)", "Mrs. Okoro"),
        ("Present: Soraya Lindgren, Dr ten Hove\nActions: none.", "Dr ten Hove"),
        ("Dear Miss du Toit,\n\nYour card is on its way.", "Miss du Toit"),
        # a staff role after a forwarded sender's name is not part of it
        (
            "-------- Forwarded message --------\nFrom: Rosnah binti Ali Complaints Handler\n"
            "Date: Monday",
            "Rosnah binti Ali",
        ),
        # surname first, as a field's value or a list item
        ("Re: W-9 form\nName: Okoro, Benedict\nSSN: on file", "Okoro, Benedict"),
        ("Please check:\n- Lindgren, Soraya: £310.00, sort code on file", "Lindgren, Soraya"),
        # a parcel label's addressee, apart from the address under it
        ("Courier label:\nFAO Benedict Rourke\n12 Quarry Lane\nBath BA2 3QT", "Benedict Rourke"),
    ],
)
def test_names_found_whole(analyzer: Analyzer, text: str, name: str) -> None:
    assert name in _names(analyzer, text)


def test_table_name_column_lowercase_and_firms(analyzer: Analyzer) -> None:
    text = (
        "Saved payees\nName\tAccount\tReference\n"
        "henrike vaughan\t44150732\tgift\n"
        "British Gas\tvia bill pay\tREF 20242\n"
        "Kojo Okoro\t91031776\trent\n"
    )
    assert sorted(_names(analyzer, text)) == ["Kojo Okoro", "henrike vaughan"]
    piped = "Name | Account | Reference\nRuairi Achebe | 35072624 | loan back\nJohn Lewis | x | y"
    assert _names(analyzer, piped) == ["Ruairi Achebe"]


def test_parcel_address_starts_below_the_addressee(analyzer: Analyzer) -> None:
    text = "Parcel label:\nFAO Dev Okoro\n57 Larkspur Road\nDundee DD1 4HN\nSignature on delivery."
    addresses = [
        text[e.start : e.end] for e in analyzer.analyze(text, language="en") if e.label == "ADDRESS"
    ]
    assert addresses and all("FAO" not in a and "Okoro" not in a for a in addresses)


@pytest.mark.parametrize(
    "text",
    [
        # shops and firms named after a person, as payee, employer, merchant, disputed charge
        "Standing order to Ted Baker failed on the 3rd. Ref 7715521.",
        "Payee: Ben & Jerry's. Amount £12.50. Status: sent.",
        "Employer: Dr. Martens. Years employed: 4.",
        "Merchant: Harvey Nichols\nAmount: $40.00\nReason: charged twice",
        "I want to dispute £300 from Mr Kipling on my credit card.",
        "Payee\tType\tLast paid\tAmount\nTim Hortons\tCard\tThu 13th\t£4.00",
        # places whose words are census names
        "Travel notice\nDestinations: Cape Town\nDates: next month",
        # roles only, a product in lower case, a verb ending like a street word before a hotline
        "Present: Head of Operations, Risk Lead, two team leaders\n1. Outages reviewed.",
        "Reason: open a junior saver\nName: Mr/Mrs ______\nBooked via app.",
        "Visitor: Thank you, I'll ring 0345 300 0000 if it happens again.",
        "FW: ATM fault\nFrom: Regional Operations\nTo: Customer Relations",
    ],
)
def test_look_alikes_are_not_people(analyzer: Analyzer, text: str) -> None:
    found = [
        (text[e.start : e.end], e.label)
        for e in analyzer.analyze(text, language="en")
        if e.label in ("PERSON", "ADDRESS")
    ]
    assert found == []


def test_refine_keeps_other_labels_and_dedupes_pieces() -> None:
    text = "Assessor Fatima de la Cruz, phone 020 7946 0000"
    pieces = [
        Entity(9, 15, "PERSON", 0.7, "given_name"),  # "Fatima"
        Entity(22, 26, "PERSON", 0.6, "given_name"),  # "Cruz"
        Entity(34, 47, "PHONE_NUMBER", 0.8, "phone"),
    ]
    refined = refine_person_spans(text, pieces)
    assert [(text[e.start : e.end], e.label) for e in refined] == [
        ("Fatima de la Cruz", "PERSON"),
        ("020 7946 0000", "PHONE_NUMBER"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Change of address form\nName: obinna achebe\nNew address: 4 Quarry Lane",
            "obinna achebe",
        ),
        (
            "yeah hi my name is oksana lindgren and my date of birth is 3 may 1960",
            "oksana lindgren",
        ),
        ("I changed it weeks ago and nobody listened! — rosnah binti ali", "rosnah binti ali"),
    ],
)
def test_lowercase_names_after_a_sure_cue(analyzer: Analyzer, text: str, name: str) -> None:
    assert _names(analyzer, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Name: joint account\nType: current",
        "my name is on the card but the app says otherwise",
        "my name is spelt wrong on the new card",
        "It went wrong again — not happy at all, please call me",
    ],
)
def test_lowercase_cues_without_a_name(analyzer: Analyzer, text: str) -> None:
    assert _names(analyzer, text) == []


def _refined_person(text: str, value: str) -> list[str]:
    """The PERSON spans left when a tagger reported ``value`` (its first occurrence)."""
    start = text.index(value)
    entity = Entity(start, start + len(value), "PERSON", 0.99, "en_tagger")
    return [text[e.start : e.end] for e in refine_person_spans(text, [entity])]


@pytest.mark.parametrize(
    ("text", "value", "left"),
    [
        ("Meet at the Darwin Room, 6pm.", "Meet", []),
        ("Book club tonight. Meet at the Darwin Room.", "Meet", []),
        ("Thanks all!\nMeet Priya Shah at reception.", "Meet Priya Shah", ["Priya Shah"]),
        ("Welcome Tomasz Nowak to the Leeds team.", "Welcome Tomasz Nowak", ["Tomasz Nowak"]),
        ('She wrote: "Call Dana Hale tomorrow."', "Call Dana Hale", ["Dana Hale"]),
        # not at a sentence's start, the word is left to the name's own rules
        ("We should Meet Priya Shah", "Meet Priya Shah", ["Meet Priya Shah"]),
        # a given name that is a verb too is not an opening verb
        ("Will Carter called about the loan.", "Will Carter", ["Will Carter"]),
    ],
)
def test_a_sentence_s_opening_verb_is_no_name(text: str, value: str, left: list[str]) -> None:
    assert _refined_person(text, value) == left


@pytest.mark.parametrize(
    ("text", "value", "left"),
    [
        ("The courier's depot is on Thomas Telford Way.", "Thomas Telford Way", []),
        ("The courier's depot is on Thomas Telford Way.", "Thomas Telford", []),
        ("Parking is free along Isambard Brunel Road today.", "Isambard Brunel Road", []),
        ("The new branch is off Ada Lovelace Square.", "Ada Lovelace", []),
        # a surname that is also a street's kind, with no place word before: a person
        ("I spoke to Lois Lane about the overdraft.", "Lois Lane", ["Lois Lane"]),
        ("Andy Street approved the transfer.", "Andy Street", ["Andy Street"]),
        ("Glenn Close sent the form.", "Glenn Close", ["Glenn Close"]),
    ],
)
def test_a_street_named_after_a_person_is_a_place(text: str, value: str, left: list[str]) -> None:
    assert _refined_person(text, value) == left


def test_opening_verb_and_street_through_the_analyzer(analyzer: Analyzer) -> None:
    text = (
        "Book club tonight. Meet at the Darwin Room, 6pm. "
        "The courier's depot is on Thomas Telford Way."
    )
    assert _names(analyzer, text) == []
    assert _names(analyzer, "Meet Sarah Okafor at the branch at 6.") == ["Sarah Okafor"]
