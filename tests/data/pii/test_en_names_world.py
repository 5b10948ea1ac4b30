"""English names whose given names the 1990 US census lists miss, names in capitals, a party's
role before the name, a given name's possessive (benchmarks/pii_dev/en_names_world_v37.py):
handwritten sentences, each checked for the span the rules should report, or for none."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.given_names import GIVEN_NAMES, WORLD_GIVEN_NAMES
from steward.data.pii.recognizers.person_en import shouted_name


def found(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Please send the statement to Cormac Pritchard, he moved last month.",
            ["Cormac Pritchard"],
        ),
        ("The transfer came from Nnamdi Okonkwo yesterday.", ["Nnamdi Okonkwo"]),
        ("Invoice from Gwilym Rowlands (self-employed joiner) looks odd.", ["Gwilym Rowlands"]),
        ("The new card for EILIDH MCBRIDE went to the wrong flat.", ["EILIDH MCBRIDE"]),
        ("Tenant Ffion Rowlands has asked for her deposit back.", ["Ffion Rowlands"]),
        ("Drawer Bartosz Kowalski, cheque returned unpaid.", ["Bartosz Kowalski"]),
        ("Refunds go to Martha's account 29058104 once the arrears are paid.", ["Martha"]),
        ("Joint holder: Laleh al-Rashid, same address.", ["Laleh al-Rashid"]),
    ],
)
def test_names_the_census_lists_miss(analyzer: Analyzer, text: str, names: list[str]) -> None:
    assert found(analyzer, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Fees for St Hilda's College are due on the first of the month.",
        "PLEASE READ CAREFULLY before you sign the mandate.",
        "cc @Rahul Ref RCL-170918 on the ticket.",
    ],
)
def test_no_name_in_look_alikes(analyzer: Analyzer, text: str) -> None:
    assert all(name not in text or " " not in name for name in found(analyzer, text))
    assert "Hilda" not in found(analyzer, text)
    assert "Rahul Ref RCL" not in found(analyzer, text)
    assert found(analyzer, text) in ([], ["Rahul"])


def test_the_world_list_leaves_the_census_list_alone() -> None:
    # the taggers' and the ownership model's features read GIVEN_NAMES as they were trained
    assert len(GIVEN_NAMES) == 5049
    assert {"Fergus", "Saoirse", "Tomasz", "Yusuf"} <= WORLD_GIVEN_NAMES
    assert not {"Can", "Said", "Jan", "Kit", "Poppy"} & WORLD_GIVEN_NAMES


def test_a_name_in_capitals_needs_a_given_name_and_a_surname() -> None:
    assert shouted_name(["DOMINIC", "CARTWRIGHT"])
    assert not shouted_name(["PLEASE", "READ"])
    assert not shouted_name(["Dominic", "Cartwright"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("not my usual address. thanks declan", ["declan"]),
        ("please call me back, cheers, priya", ["priya"]),
    ],
)
def test_a_lowercase_given_name_signing_off(
    analyzer: Analyzer, text: str, names: list[str]
) -> None:
    assert found(analyzer, text) == names


@pytest.mark.parametrize("text", ["ok thanks again", "great service, thanks team", "cheers mate"])
def test_no_name_in_a_lowercase_thanks(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_a_world_given_name_keeps_the_census_reading_of_an_unsure_run(analyzer: Analyzer) -> None:
    text = "Minutes: the case of Ruairi du Toit was closed after review."
    assert found(analyzer, text) == ["Ruairi du Toit"]
    text = "We are Rania J. Petrov and Tomasz Ashworth, remortgaging."
    assert found(analyzer, text) == ["Rania J. Petrov", "Tomasz Ashworth"]
