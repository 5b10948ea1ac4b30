"""An account number named only by the payment sent to it (``cards._SENT_TO_BEFORE``), in
wording of this file's own, and the same verbs before numbers that are not accounts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev import dev_sets


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _accounts(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == "BANK_ACCOUNT"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My mum's allowance gets paid into 41730962 each week.", "41730962"),
        ("The insurer's refund went back to 5521 8804, which I no longer use.", "5521 8804"),
        ("Did the rent transfer to 73391046 go out on Friday?", "73391046"),
        ("he moved the money over to 60218835 before the divorce", "60218835"),
        ("Any news on the refund on 38820417? It's been a month.", "38820417"),
    ],
)
def test_an_account_named_by_the_payment_sent_to_it(
    analyzer: Analyzer, text: str, value: str
) -> None:
    assert _accounts(analyzer, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Ticket 41730962 was sent to the wrong team.",
        "Booking ref 5521 8804 went to my old email.",
        "I sent 41 receipts to the claims desk.",
        "The payment went through on 14 May.",
        "Your case 73391046 has been transferred to a specialist.",
    ],
)
def test_the_same_verbs_before_other_numbers_flag_no_account(analyzer: Analyzer, text: str) -> None:
    assert _accounts(analyzer, text) == []


def test_a_phone_paid_to_stays_a_phone(analyzer: Analyzer) -> None:
    text = "I sent £10 credit to 07700 900461 by mistake."
    found = {(text[e.start : e.end], e.label) for e in analyzer.analyze(text)}
    assert ("07700 900461", "PHONE_NUMBER") in found
    assert not any(label == "BANK_ACCOUNT" for _, label in found)


def test_account_destinations_generator_is_seeded_and_spans_its_numbers() -> None:
    generate = dev_sets()["account_destinations"]
    records = generate(200, 3)
    assert records == generate(200, 3)
    positives = [r for r in records if r["spans"]]
    assert 0.3 < len(positives) / len(records) < 0.7
    for record in positives:
        (span,) = record["spans"]
        value = record["text"][span["start"] : span["end"]]
        assert span["label"] == "BANK_ACCOUNT"
        assert value.replace(" ", "").isdigit() and len(value.replace(" ", "")) == 8
