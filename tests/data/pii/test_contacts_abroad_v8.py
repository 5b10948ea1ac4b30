"""People and contact details as they travel between apps and countries, round 8 (issue 18):
national phone numbers of the region the message's other details name, accounts named after
their branch code, an address that ends at its postcode (the next line is a chat speaker or a
label's field), a compact date of birth after its label, a role mailbox named by a role word
and a qualifier; beside each kind its PII-free look-alike. Handwritten texts; the dev generator
``benchmarks/pii_dev/contacts_abroad_v8.py`` is checked for shape and scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.phone import regions_named

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.contacts_abroad_v8 import generate


def found(analyzer: Analyzer, text: str, label: str, language: str | None = None) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text, language) if e.label == label]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("new flat: Blk 12 Hougang Ave 3, #05-118, Singapore 530012", ("SG",)),
        ("moved to 3/41 Ocean Street, Bondi NSW 2026 last month", ("AU",)),
        ("Eircode D04 X2K7, near the canal", ("IE",)),
        ("IFSC SBIN0001234, branch in Kochi", ("IN",)),
        ("Call me about the statement, thanks", ()),
    ],
)
def test_regions_a_text_names(text: str, regions: tuple[str, ...]) -> None:
    assert regions_named(text) == regions


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("To Blk 12 Hougang Ave 3, #05-118, Singapore 530012. Reach me at 9126 4410.", "9126 4410"),
        ("New address 3/41 Ocean Street, Bondi NSW 2026; phone (02) 9365 1187.", "(02) 9365 1187"),
        ("Post it to 14 Mill Lane, Dublin 8 please, or ring 086 412 7730 first.", "086 412 7730"),
        ("Flat 402, Lotus Towers, Pune, Maharashtra 411038. Tel 020-2612 4478.", "020-2612 4478"),
    ],
)
def test_a_national_number_of_the_region_the_text_names(
    analyzer: Analyzer, text: str, phone: str
) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Case 91264410 for the Singapore 530012 depot; order 83320177, batch 2204.",
        "Reference 86412773 was closed on Friday.",
        "Entity: EIN 46-9292791, ABN 12 012 348 082, office 500 Collins St, Melbourne VIC 3000",
    ],
)
def test_references_are_not_phones_in_a_named_region(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Pay my sister: transit 04521, institution 003, account 8841207.", "8841207"),
        ("Refund to BSB 082-401, acct 2210 9981 please.", "2210 9981"),
        ("Beneficiary IFSC KKBK0004512, A/c no 771203348812.", "771203348812"),
    ],
)
def test_an_account_named_after_its_branch_code(
    analyzer: Analyzer, text: str, account: str
) -> None:
    assert found(analyzer, text, "BANK_ACCOUNT") == [account]


def test_an_account_number_of_seven_digits_alone_is_not_an_account(analyzer: Analyzer) -> None:
    assert found(analyzer, "Transit times are 4521 minutes; ticket 8841207.", "BANK_ACCOUNT") == []


def test_an_address_ends_at_its_postcode_before_the_next_speaker(analyzer: Analyzer) -> None:
    text = (
        "Mele T. [02/03/2025 10:14]\nnew place Blk 12 Hougang Ave 3, #05-118, Singapore 530012\n"
        "Mele T. [02/03/2025 10:15]\nthanks"
    )
    assert found(analyzer, text, "ADDRESS") == ["Blk 12 Hougang Ave 3, #05-118, Singapore 530012"]
    label = "DELIVER TO\n14 Mill Lane, Leeds LS6 2AB\nPH: 07700 900 412"
    assert found(analyzer, label, "ADDRESS") == ["14 Mill Lane, Leeds LS6 2AB"]
    country = "Send it to 14 Mill Lane, Leeds LS6 2AB\nUnited Kingdom\nthanks"
    assert found(analyzer, country, "ADDRESS") == ["14 Mill Lane, Leeds LS6 2AB\nUnited Kingdom"]


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("回访记录：客户出生日期19780406，已核实。", "19780406"),
        ("本人生日：19551210，请帮我改密码", "19551210"),
    ],
)
def test_a_compact_birth_date_after_its_label(analyzer: Analyzer, text: str, dob: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH", "zh") == [dob]


@pytest.mark.parametrize(
    "text", ["订单号20240315已发货。", "出生日期19781340不对，请重填。", "出生日期20991231"]
)
def test_eight_digits_not_a_birth_date(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH", "zh") == []


def test_dev_generator_shape_and_score(analyzer: Analyzer) -> None:
    records = generate(240, 11)
    assert {r["lang"] for r in records} == {"en", "zh"}
    labels = {s["label"] for r in records for s in r["spans"]}
    assert {"PERSON", "PHONE_NUMBER", "BANK_ACCOUNT", "ADDRESS", "DATE_OF_BIRTH"} <= labels
    hits = total = flagged = negatives = 0
    for record in records:
        text, spans = record["text"], record["spans"]
        for span in spans:
            assert text[span["start"] : span["end"]].strip() == text[span["start"] : span["end"]]
        entities = analyzer.analyze(text, record["lang"])
        predicted = {(e.start, e.end, e.label) for e in entities}
        numbers = [s for s in spans if s["label"] in ("PHONE_NUMBER", "BANK_ACCOUNT")]
        total += len(numbers)
        hits += sum((s["start"], s["end"], s["label"]) in predicted for s in numbers)
        if not spans:
            negatives += 1
            flagged += bool(entities)
    assert negatives > 20
    assert flagged <= negatives // 20
    assert hits / total >= 0.9
