"""English rule recognizers by kind (issue 18): dates of birth, bank accounts, phones and
addresses in the shapes the dev generator ``benchmarks/pii_dev/en_structured_v2.py`` covers,
each with its hard negatives."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


def found(analyzer: Analyzer, text: str, label: str | None = None) -> list[tuple[str, str]]:
    return [
        (text[e.start : e.end], e.label)
        for e in analyzer.analyze(text, "en")
        if label is None or e.label == label
    ]


# -- dates of birth --------------------------------------------------------------------------
def test_a_birth_date_answering_the_question_on_the_line_above(analyzer: Analyzer) -> None:
    text = "Agent: Can I take your name and date of birth?\nCustomer: Rowan Ellery, 3 May 1981"
    assert found(analyzer, text, "DATE_OF_BIRTH") == [("3 May 1981", "DATE_OF_BIRTH")]


def test_a_date_answering_another_question_is_no_birth_date(analyzer: Analyzer) -> None:
    text = "Agent: When did the payment leave?\nCustomer: On 3 May 2024, I think"
    assert found(analyzer, text, "DATE_OF_BIRTH") == []


def test_an_ocr_d0b_label_is_a_birth_cue(analyzer: Analyzer) -> None:
    text = "1) Surname OWUSU Greta\n2) D0B (DD/MM/YYYY) 09/06/1976\n3) Nationality"
    assert found(analyzer, text, "DATE_OF_BIRTH") == [("09/06/1976", "DATE_OF_BIRTH")]


@pytest.mark.parametrize("other", ["died", "passed away", "date of death", "statement dated"])
def test_the_date_after_another_day_s_word_is_not_the_birth(analyzer: Analyzer, other: str) -> None:
    text = f"the late Greta Vogel (date of birth 16/04/1955, {other} 1 April 2025)"
    assert found(analyzer, text, "DATE_OF_BIRTH") == [("16/04/1955", "DATE_OF_BIRTH")]


def test_born_on_is_still_a_birth(analyzer: Analyzer) -> None:
    assert found(analyzer, "She was born on 12 March 1987.", "DATE_OF_BIRTH") == [
        ("12 March 1987", "DATE_OF_BIRTH")
    ]


@pytest.mark.parametrize(
    ("text", "dob"), [("DOB 03/14/87, ok", "03/14/87"), ("born 25/12/61", "25/12/61")]
)
def test_a_birth_date_with_a_two_digit_year(analyzer: Analyzer, text: str, dob: str) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == [(dob, "DATE_OF_BIRTH")]


@pytest.mark.parametrize(
    "text", ["Payment on 03/14/24 was late.", "DOB 03/14/87, last statement 12/05/24"]
)
def test_a_two_digit_year_date_without_its_own_birth_cue(analyzer: Analyzer, text: str) -> None:
    assert "12/05/24" not in [v for v, _ in found(analyzer, text)]
    assert "03/14/24" not in [v for v, _ in found(analyzer, text)]


# -- bank accounts ---------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["Checking", "savings account", "Chequing"])
def test_an_account_named_by_its_type(analyzer: Analyzer, kind: str) -> None:
    text = f"Please move it from my {kind} 5021074424 into the joint one."
    assert found(analyzer, text) == [("5021074424", "BANK_ACCOUNT")]


def test_a_routing_label_then_an_account_label(analyzer: Analyzer) -> None:
    text = "Routing #: 026009593\nAcct #: 7773777667\nMemo: rent"
    assert found(analyzer, text) == [("7773777667", "BANK_ACCOUNT")]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Pay it to 46-91-73 16724329 please.", "16724329"),
        ("sort code 20-45-67, 12345678", "12345678"),
    ],
)
def test_an_account_after_its_sort_code(analyzer: Analyzer, text: str, account: str) -> None:
    assert found(analyzer, text) == [(account, "BANK_ACCOUNT")]


def test_the_account_on_a_cheque_s_code_line(analyzer: Analyzer) -> None:
    text = "A/C PAYEE ONLY\n857964  454857  45912739\nReason: signature missing."
    assert found(analyzer, text) == [("45912739", "BANK_ACCOUNT")]
    # the same shape on an invoice is the invoice's numbers
    assert found(analyzer, "Invoice 123456  654321  12345678 total") == []


def test_a_bank_s_hotline_in_its_name_is_no_account(analyzer: Analyzer) -> None:
    assert found(analyzer, "You can call Meridian Savings on 0345 734 5345 from the UK.") == []


def test_an_account_line_then_a_phone_line(analyzer: Analyzer) -> None:
    text = "Mule account credited: 2407226\nScammer phoned from 0465 149 336 yesterday."
    assert found(analyzer, text) == [
        ("2407226", "BANK_ACCOUNT"),
        ("0465 149 336", "PHONE_NUMBER"),
    ]


# -- phones ------------------------------------------------------------------------------------
def test_a_mobile_read_aloud_answering_the_question(analyzer: Analyzer) -> None:
    text = (
        "Agent: Could you read me the mobile number on the account?\n"
        "Caller: Yeah it's nine seven six seven three three five oh eight zero."
    )
    assert found(analyzer, text, "PHONE_NUMBER") == [
        ("nine seven six seven three three five oh eight zero", "PHONE_NUMBER")
    ]


def test_a_phone_answering_what_s_the_new_number(analyzer: Analyzer) -> None:
    text = "Penny: Thanks. What's the new number?\nYou: its (03) 9478 5392 thx"
    assert found(analyzer, text, "PHONE_NUMBER") == [("(03) 9478 5392", "PHONE_NUMBER")]
    # a bare "number" is no phone cue: the same digits after an order question stay unread
    text = "Penny: Thanks. What's the order number?\nYou: its 9478 5392 thx"
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_toll_free_number_read_aloud_is_a_business_line(analyzer: Analyzer) -> None:
    text = "you can call one eight hundred eight four six two oh seven nine, not me"
    assert found(analyzer, text) == []
    reporting = Analyzer(business_numbers="report")
    assert [label for _, label in found(reporting, text)] == ["PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text", ["Questions? Call 03457 404 404.", "the website says 03707 123 456"]
)
def test_uk_organisation_lines_in_their_five_digit_grouping(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


def test_a_uk_033_line_in_that_grouping_stays_a_person_s(analyzer: Analyzer) -> None:
    # 033… is open to anyone: only its published grouping makes it a business line
    assert found(analyzer, "Mobile: 03301 234 567") == [("03301 234 567", "PHONE_NUMBER")]


@pytest.mark.parametrize("text", ["Case number 27304723 is closed.", "claim ref 55102938 opened"])
def test_case_and_claim_numbers_are_no_phones(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text) == []


# -- addresses ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "address",
    [
        "23 wellington road, leeds ls6 2ab",
        "1954 pine ridge rd, asheville, nc 28804",
        "27/8 sydney parade, manly nsw 2095",
        "po box 1730, darwin nt 0801",
    ],
)
def test_an_address_typed_in_lower_case(analyzer: Analyzer, address: str) -> None:
    text = f"hi i moved, my address is now {address} pls update"
    assert found(analyzer, text, "ADDRESS") == [(address, "ADDRESS")]


def test_lower_case_words_between_numbers_are_no_address(analyzer: Analyzer) -> None:
    text = "i paid 20 pounds at the park road branch and 15 more at the main street one"
    assert found(analyzer, text, "ADDRESS") == []


def test_a_flat_and_its_building_lines_before_the_street(analyzer: Analyzer) -> None:
    address = "Flat G, 15/F, Kin Wah Building, 108 Hennessy Road, Wan Chai, Hong Kong"
    assert found(analyzer, f"Address: {address}. Tel: 2345 6789", "ADDRESS") == [
        (address, "ADDRESS")
    ]


@pytest.mark.parametrize("field", ["Summary: none", "Checking 5021074424", "Part II: see notes"])
def test_the_next_form_field_is_not_part_of_the_address(analyzer: Analyzer, field: str) -> None:
    text = f"Address: 192 Hennessy Road\nWan Chai, Hong Kong\n{field}"
    assert found(analyzer, text, "ADDRESS") == [
        ("192 Hennessy Road\nWan Chai, Hong Kong", "ADDRESS")
    ]


def test_an_irish_flat_in_a_named_building_with_its_eircode(analyzer: Analyzer) -> None:
    address = "Apt 4, The Maltings\nBray\nCo. Wicklow\nA98 K2X7"
    assert found(analyzer, f"Residential address:\n{address}\nPhone: none", "ADDRESS") == [
        (address, "ADDRESS")
    ]


def test_an_indian_house_number_before_its_building(analyzer: Analyzer) -> None:
    address = "187, Shanti Niketan, Linking Road, Bandra West, Mumbai 400050"
    assert found(analyzer, f"Address: {address}.", "ADDRESS") == [(address, "ADDRESS")]


# -- names the rules took for people on PII-free messages ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Complaints Team\nNorthgate Bank plc, Sterling House, Bristol",
        "I'm a postgraduate at the University of Leeds and need a student account.",
        "Is the Sterling Bond rate fixed?",
        "Which comes with the Rose Gold card?",
        "Refund from Tim Hortons still not showing.",
        "The receipt says Ted Baker though.",
        "Loan amount: $420,000\nTerm: 25 yrs\nBroker: Harbourline Mortgages\nContact: see above",
        "Victoria, Queensland and Tasmania customers get the stamp duty waiver.",
    ],
)
def test_things_named_like_people_are_not_people(analyzer: Analyzer, text: str) -> None:
    rules_only = Analyzer(exclude=["en_tagger"])
    assert found(rules_only, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please call Grace Hall about the house.", "Grace Hall"),
        ("Refund to Sarah Jones for the duplicate charge.", "Sarah Jones"),
        ("Anna: hi there\nBen: hello Anna", "Anna"),
        ("I met Victoria Smith at the branch.", "Victoria Smith"),
    ],
)
def test_people_beside_those_words_still_are(analyzer: Analyzer, text: str, name: str) -> None:
    rules_only = Analyzer(exclude=["en_tagger"])
    assert (name, "PERSON") in found(rules_only, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Kontonummer 1234567890, BLZ 37040044", "1234567890"),
        ("my old account (numéro de compte 12345678901, code banque 30004)", "12345678901"),
    ],
)
def test_a_european_account_without_its_iban(analyzer: Analyzer, text: str, account: str) -> None:
    # the bank's own code after it (BLZ, code banque) is neither an account nor a phone
    assert found(analyzer, text) == [(account, "BANK_ACCOUNT")]
