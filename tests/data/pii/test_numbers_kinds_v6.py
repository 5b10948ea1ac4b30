"""Structured numbers by kind, round 6 (issue 18): desk lines with extensions, bracketed country
codes and a kept trunk ``(0)``, cards in CSV rows and ``key=value`` logs, IBAN tails and IBANs
in ``<code>`` cells, percent-encoded e-mail addresses, answers to an automated prompt, a
scanned form's letters for digits, Chinese payee CSVs, Hong Kong 3-6-3 accounts, full-width
dates; beside each kind its PII-free look-alike. Handwritten texts; the dev generator
``benchmarks/pii_dev/numbers_kinds_v6.py`` is checked for shape and scored. Also the one SQL /
fixed-width reader (:func:`steward.data.pii.structured.sql_values`,
:func:`~steward.data.pii.structured.fixed_width_fields`) that the record-format recognizer
reads rows through.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.structured import fixed_width_fields, sql_values

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.numbers_kinds_v6 import generate


def found(analyzer: Analyzer, text: str, label: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == label]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Referee: Ines Varga (line manager), 0161 496 0732 ext 219.", "0161 496 0732 ext 219"),
        ("Character reference: Tom Abara, HR, 020 3412 7789 (ext. 7).", "020 3412 7789 (ext. 7)"),
        ("Desk line for my brother: 021-65875749-218, after six.", "021-65875749-218"),
        ("New number for my daughter: +44 (0)7700 900123.", "+44 (0)7700 900123"),
        ("Landlord reference, Mei Ocampo: (852) 9256 8029.", "(852) 9256 8029"),
        ("> 周立 | 客户经理\n> 直线：(0571)86120345转362  全国客服：95588", "(0571)86120345转362"),
        ("> 办公电话：0086 21 6040 2856转904  客服热线：95555", "0086 21 6040 2856转904"),
    ],
)
def test_a_desk_line_or_a_number_from_abroad_is_a_phone(
    analyzer: Analyzer, text: str, phone: str
) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Our switchboard is 0345 300 0000, option 2; quote reference 4410092231 when you call.",
        "如需帮助请拨打客服热线4008-888-888转3。",
        "您好，可以联系(852) 2233 3000，或发邮件给我们。",
        "Ticket INC4410023 merged into CASE-220931; batch 551203310 reprocessed at 14:05.",
    ],
)
def test_hotlines_and_references_are_not_phones(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "PHONE_NUMBER") == []


def test_a_number_a_line_after_its_waybill_cue_keeps_its_own(analyzer: Analyzer) -> None:
    text = "寄卡地址：西湖区古墩路88号，林慧琳 17742016350\n快递单号SF495865216976，客服95338"
    assert found(analyzer, text, "PHONE_NUMBER") == ["17742016350"]
    assert (
        found(analyzer, "您的包裹已发出，运单号SF495865216976，顺丰客服95338。", "PHONE_NUMBER")
        == []
    )


def test_cards_in_csv_cells_and_key_value_logs(analyzer: Analyzer) -> None:
    csv = (
        "id,holder,opened,ref,pan\n"
        "R220931,Ines Varga,2025-03-14,6435,4468-8472-8462-0201\n"
        "R220932,Tom Abara,2025-03-15,0653,5516973102738212,773-40-0935\n"
    )
    assert found(analyzer, csv, "CREDIT_CARD") == ["4468-8472-8462-0201", "5516973102738212"]
    log = "ts=2026-06-03 tail4=8765 pan=4772855092771661 iban=GB57BARC32704889899363 msg=x"
    assert found(analyzer, log, "CREDIT_CARD") == ["4772855092771661"]
    assert found(analyzer, log, "IBAN_CODE") == ["GB57BARC32704889899363"]
    # thousands separators are amounts, not a card or an account
    amounts = 'region,volume\nNorth,"1,234,567,890,123"\nSouth,"2,345,678,901,234"'
    assert [e.label for e in analyzer.analyze(amounts)] == []


def test_chinese_payee_csv_under_card_header(analyzer: Analyzer) -> None:
    text = "户名,卡号,开户网点,代发金额\n黄磊,6214838761965377,工行朝阳支行,52795.00\n"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["6214838761965377"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Salary paid into IT21 X001 9760 6075 0352 6765 423 (overseas account).",
            "IT21 X001 9760 6075 0352 6765 423",
        ),
        (
            "<tr><td>IBAN</td><td><code>FR76 0009 8586 5285 9309 8079 048</code></td></tr>",
            "FR76 0009 8586 5285 9309 8079 048",
        ),
        (
            "能不能帮我把余额转到欧洲的账户 DE84 5514 5188 6353 6746 53？",
            "DE84 5514 5188 6353 6746 53",
        ),
    ],
)
def test_an_iban_is_read_whole(analyzer: Analyzer, text: str, value: str) -> None:
    assert found(analyzer, text, "IBAN_CODE") == [value]
    assert found(analyzer, text, "BANK_ACCOUNT") == []


def test_percent_encoded_email_and_department_mailboxes(analyzer: Analyzer) -> None:
    url = "https://x.example/update?token=5549839330&email=t.ragh%40outlook.com&step=2"
    assert found(analyzer, url, "EMAIL_ADDRESS") == ["t.ragh%40outlook.com"]
    assert found(analyzer, url, "PHONE_NUMBER") == []  # a token's digits are no phone
    letter = "For the estate, write to bereavement@harbour-bank.example."
    assert found(analyzer, letter, "EMAIL_ADDRESS") == []
    assert found(analyzer, "电子邮箱_79673132@netvigator.com", "EMAIL_ADDRESS") == [
        "79673132@netvigator.com"
    ]


def test_answer_to_an_automated_prompt_without_question_mark(analyzer: Analyzer) -> None:
    text = (
        "[00:01:10] VA: For verification, say your social security number.\n"
        "[00:02:00] CUST: oh double one ... eight nine ... nine three seven three yeah\n"
    )
    assert found(analyzer, text, "US_SSN") == [
        "oh double one ... eight nine ... nine three seven three"
    ]
    unprompted = "[00:02:00] CUST: oh double one ... eight nine ... nine three seven three\n"
    assert found(analyzer, unprompted, "US_SSN") == []


def test_scanned_form_letters_for_digits_under_labels(analyzer: Analyzer) -> None:
    text = "[ ] Social Security No.  58I-42-3559\n[ ] Date of birth ____ 24/O2/1956\n"
    assert found(analyzer, text, "US_SSN") == ["58I-42-3559"]
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["24/O2/1956"]
    # without a label the same misread digits are nobody's
    assert found(analyzer, "Parcel 58I-42-3559 left at 14:05.", "US_SSN") == []


def test_hong_kong_account_after_card_word_not_a_firms(analyzer: Analyzer) -> None:
    text = "唔該幫手check下佢嗰張卡 381-624067-953，多謝"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["381-624067-953"]
    firm = "公司客戶：港島餐飲集團\n公司戶口（對公）：219-244656-871。"
    assert found(analyzer, firm, "BANK_ACCOUNT") == []


def test_debit_card_then_credit_card_in_the_next_sentence(analyzer: Analyzer) -> None:
    text = "答：他让我把钱转到6222 0295 5880 8893 612。\n答：他还让我报了信用卡号和验证码。"
    assert found(analyzer, text, "BANK_ACCOUNT") == ["6222 0295 5880 8893 612"]


def test_full_width_birth_date(analyzer: Analyzer) -> None:
    text = "客户古丽娜尔·艾力，生于１９８９／０３／２６，现住新疆。"
    assert found(analyzer, text, "DATE_OF_BIRTH") == ["１９８９／０３／２６"]


def test_firm_account_after_sort_code_is_not_personal(analyzer: Analyzer) -> None:
    firm = "Business a/c for Bluewater Bakery Co. (40-34-87 35373454) - mandate pending."
    assert found(analyzer, firm, "BANK_ACCOUNT") == []
    own = "My account is 40-34-87 35373454, thanks."
    assert found(analyzer, own, "BANK_ACCOUNT") == ["35373454"]


def test_sql_values_one_reader_with_offsets() -> None:
    text = (
        "INSERT INTO customers (id, full_name, note) VALUES\n"
        "  (1, 'Ann O''Hara', NULL), (2, 'Bo Li', 'a, b')"
    )
    values = sql_values(text)
    read = [(v.column, text[v.start : v.end], v.quoted) for v in values]
    assert read == [
        ("id", "1", False),
        ("full_name", "Ann O''Hara", True),
        ("note", "NULL", False),
        ("id", "2", False),
        ("full_name", "Bo Li", True),
        ("note", "a, b", True),
    ]
    assert {v.table for v in values} == {"customers"} and {v.insert_start for v in values} == {0}


def test_fixed_width_reader_names_cells_and_record_names_follow_it(analyzer: Analyzer) -> None:
    text = (
        "CUSTOMER NAME         ACCOUNT     BRANCH\n"
        "--------------------------------------------\n"
        "ODILE MARCHETTI       31926470    LEEDS\n"
    )
    cells = {text[f.start : f.end]: f.key for f in fixed_width_fields(text) if f.key}
    assert cells["ODILE MARCHETTI"] == "CUSTOMER NAME"
    assert cells["31926470"] == "ACCOUNT"
    assert "ODILE MARCHETTI" in found(analyzer, text, "PERSON")


def test_dev_generator_shape_and_score(analyzer: Analyzer) -> None:
    records = generate(120, 5)
    assert len(records) == 120 and {r["lang"] for r in records} == {"en", "zh"}
    labels = {"PHONE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE", "US_SSN"}
    labels |= {"EMAIL_ADDRESS", "DATE_OF_BIRTH"}
    gold = found_spans = hits = 0
    flagged = negatives = 0
    for record in records:
        text = record["text"]
        for span in record["spans"]:
            assert text[span["start"] : span["end"]].strip() == text[span["start"] : span["end"]]
        wanted = {(s["start"], s["end"], s["label"]) for s in record["spans"]}
        wanted = {w for w in wanted if w[2] in labels}
        got = {
            (e.start, e.end, e.label)
            for e in analyzer.analyze(text, record["lang"])
            if e.label in labels
        }
        gold += len(wanted)
        found_spans += len(got)
        hits += len(wanted & got)
        if not record["spans"]:
            negatives += 1
            flagged += bool(got)
    assert negatives and flagged == 0
    assert hits / gold >= 0.95 and hits / found_spans >= 0.95
