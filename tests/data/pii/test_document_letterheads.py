"""A business's parts of a pasted document (a firm's letterhead, a hospital's statement header,
a hotel abroad, a utility's PO box, a claims or payroll desk's mailbox) raise no alarm, while
the private person's address and mailbox in the same layout are still found; and the dev set
written for them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.address_en import business_address
from steward.data.pii.recognizers.email import is_role_mailbox

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.document_letterheads import generate


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text, language="en")]


@pytest.mark.parametrize(
    "text",
    [
        "Wexcombe & Partners LLP, 9 Tanner Street, Hereford\nOur ref: EST/55120",
        "Calder Vale Solicitors, 41 Bridge Road, Perth\nYour ref: JM/2",
        "Westbrook Regional Hospital, 512 Poplar Ave, Tulsa — PATIENT STATEMENT",
        "Pinecrest Medical Center, 88 Oak Ridge Blvd, Omaha — itemised bill attached",
        "Away next week, staying at Hotel Solana, 22 Calle Mayor, 28013 Madrid.",
        "Questions? Write to Northgate Water, PO Box 4410, Swindon. Emergencies 0800 111 999.",
        "Or write to EDF, PO Box 3077, Wolverhampton.",
        "Send completed forms to property.claims@insurer.example by Friday.",
        "Billing office · patientaccounts@hospital.example · financialaid@hospital.example",
        "Statement date 28 November 2026   Invoice INV07829112   Visit 8.7.2026",
        "Pay the balance to our client account (sort code 28-33-59, account 21771745) please.",
        "Bill date 14/07/2026   Account number 8045846766   Meter serial K68673337",
    ],
)
def test_a_business_part_of_a_document_raises_no_alarm(analyzer: Analyzer, text: str) -> None:
    assert _found(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Tenant's home address: 9 Tanner Street, Hereford",
            "9 Tanner Street, Hereford",
            "ADDRESS",
        ),
        (
            "Calder Vale Solicitors\nThe estate of our late client, of 41 Bridge Road, Perth.",
            "41 Bridge Road, Perth",
            "ADDRESS",
        ),
        ("Please write to me at 17 Mill Lane, Exeter.", "17 Mill Lane, Exeter", "ADDRESS"),
        (
            "Refund it to my own account (sort code 28-33-59, account 21771745).",
            "21771745",
            "BANK_ACCOUNT",
        ),
        ("Account number 80458467 is my current account.", "80458467", "BANK_ACCOUNT"),
        (
            "Forms returned by nadia.okoro@insurer.example.",
            "nadia.okoro@insurer.example",
            "EMAIL_ADDRESS",
        ),
    ],
)
def test_the_personal_value_in_the_same_layout_is_found(
    analyzer: Analyzer, text: str, value: str, label: str
) -> None:
    assert (value, label) in _found(analyzer, text)


def test_a_tagger_span_over_a_firms_name_and_po_box_is_a_business_address() -> None:
    text = "Call us or write to British Gas, PO Box 7766, Reading."
    start = text.index("British")
    assert business_address(text, start, text.index(".", start))
    text = "My post goes to 12 Elm Grove, Leeds."
    assert not business_address(text, text.index("12"), len(text) - 1)


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("newclaims@insurer.example", True),
        ("people@school.example", True),
        ("rent@lettings.example", True),
        ("nadia.okoro@insurer.example", False),
        ("newton@mail.example", False),
    ],
)
def test_desk_mailboxes_named_by_what_they_handle(address: str, role: bool) -> None:
    assert is_role_mailbox(address) is role


def test_the_dev_set_has_both_sides_of_every_kind_and_is_deterministic() -> None:
    rows = generate(60, 7)
    assert rows == generate(60, 7)
    assert any(not row["spans"] for row in rows)
    assert any(row["spans"] for row in rows)
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            assert value and value == value.strip()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "full stop my email is priya dot thornbury at sign gmail dot com full stop",
            "priya dot thornbury at sign gmail dot com",
        ),
        (
            "it's kwame underscore v at outlook dot com thanks",
            "kwame underscore v at outlook dot com",
        ),
    ],
)
def test_a_spoken_email_is_found_in_its_spoken_form(
    analyzer: Analyzer, text: str, value: str
) -> None:
    assert (value, "EMAIL_ADDRESS") in _found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "you can email me at gmail dot com if easier",
        "write to claims at insurer dot com for the form",
        "the website is shop dot com and it was down",
    ],
)
def test_spoken_lookalikes_are_no_email(analyzer: Analyzer, text: str) -> None:
    assert all(label != "EMAIL_ADDRESS" for _, label in _found(analyzer, text))
