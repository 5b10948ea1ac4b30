"""Structured English misses of issue 18's fourth round, fixed by format, checksum and cue."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.phone import owned_by_business


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


@pytest.mark.parametrize("value", ["02-May-1954", "27-Dec-2003", "5th of May 1990"])
def test_a_birth_date_with_a_month_name_and_dashes(analyzer: Analyzer, value: str) -> None:
    assert found(analyzer, f"Date of birth: {value}") == [(value, "DATE_OF_BIRTH")]


def test_a_date_with_dashes_and_no_birth_cue_is_not_reported(analyzer: Analyzer) -> None:
    assert found(analyzer, "Transfer scheduled for 27-Dec-2025.") == []


def test_seven_digits_right_after_an_account_label_are_an_account(analyzer: Analyzer) -> None:
    text = "Employee: Aroha Ngata | Transit: 00232 | Institution: 003 | Account: 7355002 | SIN"
    assert ("7355002", "BANK_ACCOUNT") in found(analyzer, text)
    text = "FRAUD REPORT\nMule account credited: 2407226\nPlease freeze it."
    assert found(analyzer, text) == [("2407226", "BANK_ACCOUNT")]
    # without the label seven digits stay what they were: a phone after a phone cue, else none
    assert found(analyzer, "Please call me on 7355002 tonight.") == [("7355002", "PHONE_NUMBER")]
    assert found(analyzer, "Order 7355002 has shipped.") == []


def test_a_card_read_aloud_is_a_card_even_before_a_phone_cue(analyzer: Analyzer) -> None:
    spoken = "four seven six oh one five nine two four one oh two seven seven nine two"
    text = f"the full number is {spoken} um call me back thanks"
    assert found(analyzer, text) == [(spoken, "CREDIT_CARD")]
    # fifteen digits failing Luhn read aloud are no card
    assert (
        found(analyzer, "the number is four seven six oh one five nine two four one oh two") == []
    )


def test_a_number_someone_phoned_from_is_theirs_and_one_called_is_a_business() -> None:
    text = "The scammer phoned from 0465 149 336 claiming to be from the tax office."
    start = text.index("0465")
    assert not owned_by_business(text, start, start + len("0465 149 336"))
    text = "I phoned 0465 149 336 twice and nobody answered."
    start = text.index("0465")
    assert owned_by_business(text, start, start + len("0465 149 336"))


def test_reached_on_is_a_phone_cue(analyzer: Analyzer) -> None:
    text = "If I'm out, my husband can be reached on (852) 9066 3681."
    assert found(analyzer, text) == [("(852) 9066 3681", "PHONE_NUMBER")]


def test_a_day_and_month_opening_a_sentence_are_no_street(analyzer: Analyzer) -> None:
    assert found(analyzer, "Paid on 7 July. Refund of INR 27,000 credited.") == []


def test_is_on_introduces_a_phone(analyzer: Analyzer) -> None:
    text = "If I don't pick up, my husband is on 0462 235 878."
    assert found(analyzer, text) == [("0462 235 878", "PHONE_NUMBER")]


def test_a_second_number_beside_a_reported_phone_is_a_phone(analyzer: Analyzer) -> None:
    text = "You can get me on +61 411 463 572 during the day or 0493 606 220 in the evening."
    assert found(analyzer, text) == [
        ("+61 411 463 572", "PHONE_NUMBER"),
        ("0493 606 220", "PHONE_NUMBER"),
    ]
    # alone, the same number has no cue and stays under the threshold
    assert found(analyzer, "It was 0493 606 220 in the evening.") == []
    # a sentence end between them: no sibling
    text = "You can get me on +61 411 463 572. The code 0493 606 220 came today."
    assert found(analyzer, text) == [("+61 411 463 572", "PHONE_NUMBER")]
    # allowlisted numbers stay out
    allowing = Analyzer(allowlist=["0493 606 220"])
    text = "You can get me on +61 411 463 572 during the day or 0493 606 220 in the evening."
    assert found(allowing, text) == [("+61 411 463 572", "PHONE_NUMBER")]
