"""Kinds of error the third independent set exposed (issue 18), each with handwritten
sentences (not copied from any evaluation set): names after a salutation, a claimed identity,
"ask for", a case file's customer field, a vocative after thanks, a "<name> here" greeting and
a dash after a self-introduction; places at a journey's ends; routing numbers and IFSC codes
read as accounts; birth dates read aloud; phone digits spaced in comma groups; Singapore "HP"
and "get me on" phone cues.
"""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


def labels(analyzer: Analyzer, text: str) -> set[str]:
    return {label for _, label in found(analyzer, text)}


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Oyelaran Brightwater,\n\nYour new card is on its way.", "Oyelaran Brightwater"),
        ("Someone calling herself Tindra Holmqvist asked for my PIN.", "Tindra Holmqvist"),
        ("Please ask for Eitan Morcombe at the front desk.", "Eitan Morcombe"),
        ("CASE 55\nCustomer: Ruarí Ashdown\nIssue: lost card", "Ruarí Ashdown"),
        ("Teller: Thank you, Odhran, that's all done.", "Odhran"),
        ("hiya, Pallavi Thorncombe here. my card was declined", "Pallavi Thorncombe"),
        ("hello, it's Kasimir Vrbanic - please call me back", "Kasimir Vrbanic"),
    ],
)
def test_cued_names_outside_the_lexicons_are_found(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert (name, "PERSON") in found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir or Madam,\n\nI wish to close my savings account.",
        "Dear Valued Customer, our branch hours change next week.",
        "Customer: Hello, my card is stuck in the machine.",
        "Thanks, Team. I will wait for your letter.",
        "Please ask for Help at the information desk.",
    ],
)
def test_salutations_and_chat_turns_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert "PERSON" not in labels(analyzer, text)


def test_places_on_a_journey_are_not_names(analyzer: Analyzer) -> None:
    text = "Going from Waverley Station to Leith, then flying to Adelaide and Hobart in March."
    assert "PERSON" not in labels(analyzer, text)


def test_a_person_after_to_is_still_a_name(analyzer: Analyzer) -> None:
    text = "I transferred the deposit to Margery Quintrell last week."
    assert ("Margery Quintrell", "PERSON") in found(analyzer, text)


# --------------------------------------------------------------------------- accounts


@pytest.mark.parametrize(
    ("text", "account", "branch_code"),
    [
        ("Pay into checking account 30117245598, routing 121000358.", "30117245598", "121000358"),
        ("Routing number 026009593, account 90418827360.", "90418827360", "026009593"),
    ],
)
def test_a_routing_number_is_not_an_account(
    analyzer: Analyzer, text: str, account: str, branch_code: str
) -> None:
    hits = found(analyzer, text)
    assert (account, "BANK_ACCOUNT") in hits
    assert all(value != branch_code for value, _ in hits)


def test_an_account_before_an_ifsc_line_is_kept(analyzer: Analyzer) -> None:
    text = "Savings A/c No.: 338120045761\nIFSC: SBIN0003321\nBranch: Jayanagar"
    assert ("338120045761", "BANK_ACCOUNT") in found(analyzer, text)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Agent: And your date of birth?\nMe: the twenty-second of March, nineteen seventy.",
            "twenty-second of March, nineteen seventy",
        ),
        (
            "I was born on October the 9th, two thousand and four.",
            "October the 9th, two thousand and four",
        ),
        ("Birthday: first of June nineteen oh six", "first of June nineteen oh six"),
    ],
)
def test_birth_dates_read_aloud(analyzer: Analyzer, text: str, date: str) -> None:
    assert (date, "DATE_OF_BIRTH") in found(analyzer, text)


def test_a_spoken_date_that_is_no_birthday_is_not_reported(analyzer: Analyzer) -> None:
    text = "The branch reopens on the third of August, twenty twenty-six."
    assert "DATE_OF_BIRTH" not in labels(analyzer, text)


# --------------------------------------------------------------------------- phones


def test_phone_digits_spaced_in_comma_groups(analyzer: Analyzer) -> None:
    text = "Best callback number? Okay: 7 1 8, 2 2 6, 4 0 9 3."
    assert ("7 1 8, 2 2 6, 4 0 9 3", "PHONE_NUMBER") in found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Please update my records. My HP is 9734 2816.", "9734 2816"),
        ("You can get me on 8261 4390 after lunch.", "8261 4390"),
    ],
)
def test_singapore_mobiles_with_a_cue(analyzer: Analyzer, text: str, phone: str) -> None:
    assert (phone, "PHONE_NUMBER") in found(analyzer, text)


def test_comma_separated_small_numbers_are_not_a_phone(analyzer: Analyzer) -> None:
    text = "Callback slots left today: 1, 2, 3, 4, 5, 6 and 7."
    assert "PHONE_NUMBER" not in labels(analyzer, text)


# --------------------------------------------------------------------------- Chinese


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "证件号码：３７０２０３１９９１０４２８００１４，请核对",
            "３７０２０３１９９１０４２８００１４",
            "CN_ID_CARD",
        ),
        (
            "我的储蓄卡号是６２２２０２１２３４５６７８９０１２８，谢谢",
            "６２２２０２１２３４５６７８９０１２８",
            "BANK_ACCOUNT",
        ),
    ],
)
def test_full_width_digits(analyzer: Analyzer, text: str, value: str, label: str) -> None:
    assert (value, label) in found(analyzer, text)


def test_a_latin_name_right_after_chinese(analyzer: Analyzer) -> None:
    text = "你好，我是Brenda Okoro，请问转账什么时候到？"
    assert ("Brenda Okoro", "PERSON") in found(analyzer, text)


def test_a_republic_of_china_birth_date(analyzer: Analyzer) -> None:
    assert ("81/07/30", "DATE_OF_BIRTH") in found(analyzer, "請更新資料，生日 81/07/30，謝謝。")


def test_a_two_digit_year_in_english_is_not_read_as_a_roc_date(analyzer: Analyzer) -> None:
    assert "DATE_OF_BIRTH" not in labels(analyzer, "Invoice 12/03/85 was paid.")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("上班時間請打到辦公室 (03)5712-2207 分機 31，謝謝。", "(03)5712-2207 分機 31"),
        ("上班時間請打到辦公室 (06)2384-5510#208，謝謝。", "(06)2384-5510#208"),
    ],
)
def test_taiwan_office_lines_with_extensions(analyzer: Analyzer, text: str, phone: str) -> None:
    assert (phone, "PHONE_NUMBER") in found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("你好，我係蔡詠恩，想查下張卡。", "蔡詠恩"),
        ("請打分機 22，找賴美玲，謝謝。", "賴美玲"),
        ("您好，我是蕭俊宏，想更新手機號碼。", "蕭俊宏"),
        ("有人自稱是經理閻建國，要我轉帳。", "閻建國"),
    ],
)
def test_traditional_script_and_cantonese_name_cues(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert (name, "PERSON") in found(analyzer, text)


def test_zhao_bu_dao_is_not_a_name(analyzer: Analyzer) -> None:
    assert "PERSON" not in labels(analyzer, "我找不到那张卡了，怎么办？")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("请打分机 31，找傅振华就行。", "傅振华"),
        ("户名萧子健，开户行是工商银行。", "萧子健"),
    ],
)
def test_more_surnames_and_a_name_asked_for(analyzer: Analyzer, text: str, name: str) -> None:
    assert (name, "PERSON") in found(analyzer, text)
