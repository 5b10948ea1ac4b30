"""Kinds of error the second independent set exposed (issue 18), each with handwritten
sentences (not copied from any evaluation set): capitalised speaker roles, dates read as
addresses, Singapore / UK / Hong Kong address layouts, business lines, spoken SSNs and cards,
grouped and spoken Chinese IDs, Chinese-numeral birth dates, traditional-script cues,
third-party and dash-signed names, places tagged as names, dates read as accounts.
"""

from __future__ import annotations

import pytest
from stdnum import iban, luhn
from stdnum.cn import ric

from steward.data.pii import Analyzer

EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
ZH_SPOKEN = "零幺二三四五六七八九"


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


def labels(analyzer: Analyzer, text: str) -> set[str]:
    return {label for _, label in found(analyzer, text)}


def said(digits: str) -> str:
    return " ".join(EN_WORDS[int(d)] for d in digits)


# --------------------------------------------------------------------------- names


def test_capitalised_speaker_roles_are_not_names(analyzer: Analyzer) -> None:
    text = "ADVISOR: Can I take your postcode?\nMEMBER: Sure.\nADVISOR: Thanks."
    assert "PERSON" not in labels(analyzer, text)


def test_speaker_names_in_a_transcript_are_still_names(analyzer: Analyzer) -> None:
    text = "Priya: hello, my card is stuck\nTom: which machine?\nPriya: the one outside"
    assert ("Priya", "PERSON") in found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I am phoning about my client, Ruth Okonkwo, whose card expired.", "Ruth Okonkwo"),
        ("Pay it to account holder Dmitri Vasquez by Friday.", "Dmitri Vasquez"),
        ("The name on the account is Oona Fairweather, please check.", "Oona Fairweather"),
        ("Yesterday I spoke to Bartholomew Quill about the fee.", "Bartholomew Quill"),
        ("My elderly mother, Edna Pryce, cannot use the app.", "Edna Pryce"),
        ("Hi, it's Torvald Ashby — calling about the overdraft.", "Torvald Ashby"),
    ],
)
def test_names_after_a_cue_about_whose_account_it_is(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert (name, "PERSON") in found(analyzer, text)


def test_a_name_signed_with_a_dash_on_its_own_line(analyzer: Analyzer) -> None:
    text = "Please close the joint account as discussed.\n— Ingrid Salvesen"
    assert ("Ingrid Salvesen", "PERSON") in found(analyzer, text)


def test_a_team_signed_with_a_dash_is_no_person(analyzer: Analyzer) -> None:
    assert "PERSON" not in labels(analyzer, "Your statement is ready.\n— Customer Services")


def test_continents_and_countries_are_not_chinese_names(analyzer: Analyzer) -> None:
    text = "下个月我要去欧洲和美国出差，卡在那边能刷吗？"
    assert "PERSON" not in labels(analyzer, text)


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    "text",
    [
        "The transfer left on 14 March 2025 and arrived on 2 April 2025.",
        "Your direct debit of £40 is taken on 1 June 2026.",
    ],
)
def test_day_month_year_is_no_address(analyzer: Analyzer, text: str) -> None:
    assert "ADDRESS" not in labels(analyzer, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Please post it to Blk 215 Jurong East Street 21, #07-42, Singapore 600215. Thanks",
            "Blk 215 Jurong East Street 21, #07-42, Singapore 600215",
        ),
        (
            "My new home is Flat 9, 41 Eastgate, Chester CH1 1LE, since May.",
            "Flat 9, 41 Eastgate, Chester CH1 1LE",
        ),
        (
            "Send the cheque book to Flat D, 18/F, 5 Lockhart Road, Wan Chai please.",
            "Flat D, 18/F, 5 Lockhart Road, Wan Chai",
        ),
    ],
)
def test_addresses_run_from_flat_or_block_to_postcode(
    analyzer: Analyzer, text: str, address: str
) -> None:
    assert (address, "ADDRESS") in found(analyzer, text)


def test_an_address_stops_at_the_end_of_its_paragraph(analyzer: Analyzer) -> None:
    text = (
        "Please use 7 Mill Lane, Hexham, Northumberland.\n\nCheers\nAlasdair Brodie\n"
        "Mob: 07700 900123"
    )
    addresses = [value for value, label in found(analyzer, text) if label == "ADDRESS"]
    assert addresses == ["7 Mill Lane, Hexham, Northumberland"]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "text",
    [
        "Card lost abroad? Call us 24/7 on +44 20 7946 0321.",
        "From overseas, call +1 312 555 0188 and quote your reference.",
        "Dial +1 415 555 0133 (our switchboard) for the branch.",
        "您可以拨打(852) 2888 0123查询余额。",
    ],
)
def test_the_banks_own_lines_are_not_personal_phones(analyzer: Analyzer, text: str) -> None:
    assert "PHONE_NUMBER" not in labels(analyzer, text)


def test_a_reference_code_with_a_letter_prefix_is_no_phone(analyzer: Analyzer) -> None:
    assert "PHONE_NUMBER" not in labels(analyzer, "Your case is ABC-2025-417730, keep it safe.")


def test_a_customers_phone_is_still_reported_beside_a_hotline(analyzer: Analyzer) -> None:
    text = "Call us 24/7 on +44 20 7946 0321. My mobile is 07700 900461."
    assert found(analyzer, text) == [("07700 900461", "PHONE_NUMBER")]


def test_a_social_security_number_read_aloud(analyzer: Analyzer) -> None:
    spoken = "four two one, oh six, double seven three one"
    text = f"AGENT: I'll need your social.\nCALLER: it's {spoken}."
    assert (spoken, "US_SSN") in found(analyzer, text)


def test_nine_digits_read_aloud_without_an_ssn_cue_are_no_ssn(analyzer: Analyzer) -> None:
    text = "The parcel code is four two one oh six seven seven three one."
    assert "US_SSN" not in labels(analyzer, text)


def test_a_card_number_read_aloud_in_english(analyzer: Analyzer) -> None:
    digits = "453201511283036"
    number = digits + str(luhn.calc_check_digit(digits))
    spoken = said(number)
    text = f"I'll read the credit card: {spoken}, expiry next year."
    assert (spoken, "CREDIT_CARD") in found(analyzer, text)


def test_an_iban_with_a_failing_national_check_digit_is_still_an_iban(
    analyzer: Analyzer,
) -> None:
    # mod 97 holds, the Spanish bank's own check digits do not: still an account number
    bban = "21000418450200051332"
    bban = bban[:8] + ("99" if bban[8:10] != "99" else "98") + bban[10:]
    check = iban.calc_check_digits("ES00" + bban)
    value = f"ES{check}{bban}"
    grouped = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    assert (grouped, "IBAN_CODE") in found(analyzer, f"Please pay IBAN {grouped} today.")


def test_resident_id_in_area_year_monthday_sequence_groups(analyzer: Analyzer) -> None:
    body = "44030519851123741"
    number = body + ric.calc_check_digit(body + "0")
    grouped = f"{number[:6]} {number[6:10]} {number[10:14]} {number[14:]}"
    assert (grouped, "CN_ID_CARD") in found(analyzer, f"身份证号 {grouped}，麻烦核对。")


def test_resident_id_read_aloud_ending_in_x(analyzer: Analyzer) -> None:
    body = next(
        b
        for b in (f"11010819790521{i:03d}" for i in range(1000))
        if ric.calc_check_digit(b + "0") == "X"
    )
    spoken = "".join(ZH_SPOKEN[int(d)] for d in body) + "叉"
    text = f"坐席：请报一下证件号码。\n客户：{spoken}。"
    assert (spoken, "CN_ID_CARD") in found(analyzer, text)


def test_a_mobile_read_aloud_in_pauses(analyzer: Analyzer) -> None:
    spoken = "幺五二，零零三八，六六九一"
    text = f"客服：您的联系电话是？\n客户：{spoken}。"
    assert (spoken, "PHONE_NUMBER") in found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("我是陳先生，手機0928-316-447，謝謝。", "0928-316-447"),
        ("本人地址已更新，聯絡電話(852) 9123 4567，唔該。", "(852) 9123 4567"),
    ],
)
def test_traditional_script_phone_cues(analyzer: Analyzer, text: str, phone: str) -> None:
    assert (phone, "PHONE_NUMBER") in found(analyzer, text)


def test_a_transaction_date_is_no_account_number(analyzer: Analyzer) -> None:
    text = "【银行】您尾号4410的账户于2025-03-17消费人民币300元。"
    assert "BANK_ACCOUNT" not in labels(analyzer, text)


# --------------------------------------------------------------------------- birth dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("我的出生日期是一九七六年十月三十号。", "一九七六年十月三十号"),
        ("客户生日：九二年五月二十日", "九二年五月二十日"),
        ("出生日期：民國68年3月9日", "民國68年3月9日"),
        ("出生于1983年十一月二号", "1983年十一月二号"),
    ],
)
def test_chinese_birth_dates_in_numerals_and_roc_years(
    analyzer: Analyzer, text: str, date: str
) -> None:
    assert (date, "DATE_OF_BIRTH") in found(analyzer, text)


def test_a_chinese_numeral_date_without_a_birth_cue_is_no_birth_date(
    analyzer: Analyzer,
) -> None:
    assert "DATE_OF_BIRTH" not in labels(analyzer, "合同于二零二三年六月一日到期。")


# --------------------------------------------------------------------------- places, businesses


@pytest.mark.parametrize(
    "text",
    [
        "Does the Chase Bristol city centre branch take coins?",
        "Meet me outside the Morgan Price office at noon.",
        "Our branch in Kwun Tong is closed on Sunday.",
    ],
)
def test_capitalised_places_and_branches_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert "PERSON" not in labels(analyzer, text)


def test_a_name_before_a_possessive_after_in_is_still_a_name(analyzer: Analyzer) -> None:
    text = "Please open the account in Karen Whitlock's name."
    assert any(
        label == "PERSON" and "Karen Whitlock" in value for value, label in found(analyzer, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Questions? Ring 020 7946 0958 (Mon-Fri 9am-5pm).",
        "You can reach our disputes team on 020 7946 0311.",
    ],
)
def test_lines_with_opening_hours_or_a_team_are_the_banks(analyzer: Analyzer, text: str) -> None:
    assert "PHONE_NUMBER" not in labels(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senior Relationship Manager Imogen Castellano will ring you.", "Imogen Castellano"),
        ("Your Mortgage Advisor Oliver Brennan-Hart is on leave.", "Oliver Brennan-Hart"),
    ],
)
def test_a_name_after_a_staff_title_is_the_whole_name(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert (name, "PERSON") in found(analyzer, text)


def test_a_signatures_department_and_place_lines_are_not_names(analyzer: Analyzer) -> None:
    text = "Best regards,\nFarah Qureshi\nBranch Manager, Causeway Bay\nPrivate Banking"
    names = [value for value, label in found(analyzer, text) if label == "PERSON"]
    assert names == ["Farah Qureshi"]
