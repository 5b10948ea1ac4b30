"""Personal numbers in layouts no sentence introduces (issue 18, PII round 5): fixed-width
reports, SQL INSERT rows, URL queries with percent-encoded values, vCards, MT103 tags, a sort
code said before an account, ASR homophones, Chinese digits said with 洞 and pauses, OCR'd ID
numbers; and the look-alikes beside each kind that are no one's (company numbers, call ids, a
firm's account, deposit certificates, closing lines with a bank's number)."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.structured import fields

LABELS = {"BANK_ACCOUNT", "PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH", "CN_ID_CARD", "CREDIT_CARD"}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def numbers(analyzer: Analyzer, text: str, language: str) -> set[tuple[str, str]]:
    return {
        (text[e.start : e.end], e.label)
        for e in analyzer.analyze(text, language)
        if e.label in LABELS
    }


FIXED_WIDTH = (
    "NORTHGATE BANK      UNPAID CREDITS LIST      PRINTED 04/03\n"
    "BENEFICIARY             ACCOUNT NO  BRANCH         VALUE  NOTE\n"
    "----------------------------------------------------------------\n"
    "ROSALIND ACHTERBERG-VOS 40218857    30-91-22     1204.50  CLOSED\n"
    "TOMASZ KOWAL            73310946    11-02-87       88.10  NO MANDATE\n"
)

POSITIVES = [
    (
        "fixed-width report, a name filling its column",
        FIXED_WIDTH,
        "en",
        {("40218857", "BANK_ACCOUNT"), ("73310946", "BANK_ACCOUNT")},
    ),
    (
        "sql insert",
        "INSERT INTO applicants (ref, full_name, birth_date, mobile, ssn) VALUES\n"
        "  (4471, 'Ines Moreno', '1983-02-17', '+447700912345', '219-44-1873'),\n"
        "  (4472, 'Rory O''Neill', '1990-11-03', '07911 123456', NULL);",
        "en",
        {
            ("1983-02-17", "DATE_OF_BIRTH"),
            ("+447700912345", "PHONE_NUMBER"),
            ("219-44-1873", "US_SSN"),
            ("1990-11-03", "DATE_OF_BIRTH"),
            ("07911 123456", "PHONE_NUMBER"),
        },
    ),
    (
        "url query, percent-encoded",
        "Form error on https://open.example/apply?session=882710034411&mobile=%2B447700912345"
        "&dob=04%2F09%2F1971&ssn=219441873&utm_medium=sms",
        "en",
        {
            ("%2B447700912345", "PHONE_NUMBER"),
            ("04%2F09%2F1971", "DATE_OF_BIRTH"),
            ("219441873", "US_SSN"),
        },
    ),
    (
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nN:Haddad;Yusuf;;;\nFN:Yusuf Haddad\n"
        "TEL;TYPE=CELL,VOICE:+44 7700 912345\nEND:VCARD",
        "en",
        {("+44 7700 912345", "PHONE_NUMBER")},
    ),
    (
        "mt103 ordering customer's account",
        ":20:HK004512887761\n:50K:/6222021234567890128\nWANG JIAN\n:59:ACME TRADING\n:71A:OUR",
        "zh",
        {("6222021234567890128", "BANK_ACCOUNT")},
    ),
    (
        "sort code said, a pause, then the account",
        "[03:10] Bot: Please give your sort code and then your account number.\n"
        "[03:18] Caller: three oh one one two two ... four oh two one eight eight five seven okay",
        "en",
        {("four oh two one eight eight five seven", "BANK_ACCOUNT")},
    ),
    (
        "homophones inside a mobile said aloud",
        "(2:02) Agent: And the best mobile number for you?\n"
        "(2:09) Customer: oh seven seven oh oh nine ate for for five six thanks",
        "en",
        {("oh seven seven oh oh nine ate for for five six", "PHONE_NUMBER")},
    ),
    (
        "uk account after 'branch 12-34-56, no.'",
        "Re: dispute 44120\nMy account at branch 30-91-22, no. 40218857, was charged twice.",
        "en",
        {("40218857", "BANK_ACCOUNT")},
    ),
    (
        "chinese digits said with 洞 and pauses",
        "[00:41] 客服：麻烦报一下手机号。\n[00:47] 客户：幺三九…洞洞幺两…三四五六\n"
        "[00:55] 客服：身份证号码？\n[01:02] 客户：幺幺洞幺洞五 幺九八八洞两幺四 两三幺八，好的",
        "zh",
        {
            ("幺三九…洞洞幺两…三四五六", "PHONE_NUMBER"),
            ("幺幺洞幺洞五 幺九八八洞两幺四 两三幺八", "CN_ID_CARD"),
        },
    ),
    (
        "ocr'd resident id",
        "扫描件识别结果：开户申请表\n证件号码：\n  11O1O5 I9880214 23l8\n业务类型：开立账户",
        "zh",
        {("11O1O5 I9880214 23l8", "CN_ID_CARD")},
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "language", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES]
)
def test_numbers_in_layouts_are_found(
    analyzer: Analyzer, kind: str, text: str, language: str, expected: set[tuple[str, str]]
) -> None:
    assert numbers(analyzer, text, language) == expected, kind


NEGATIVES = [
    ("company number", "Northgate Bank plc, registered in England, Company no. 02814466.", "en"),
    ("call id", "Call ID 3496640760 | queue: Savings\n[00:00:05] Agent: Hello.", "en"),
    ("recording id", "Recording 8733071670 | team: Loans", "en"),
    (
        "firm's account",
        "Pay the invoice to Brightside Ltd, sort code 30-91-22, a/c 40218857 (business account).",
        "en",
    ),
    (
        "report of batch references and branches",
        "BATCH REF     BRANCH      ITEMS      TOTAL\n"
        "----------------------------------------------\n"
        "88102736      301122         14       8812.00\n"
        "55190241      118870          3        410.00\n",
        "en",
    ),
    (
        "url with ids only",
        "GET /track?session=882710034411&case=44120981&utm_source=mail 404",
        "en",
    ),
    ("mt103 without account lines", ":20:2165120802\n:32A:250515USD72700,00\n:59:ACME GMBH", "en"),
    ("deposit certificate", "名下另有定期存单2172445899号，已一并办理。", "zh"),
    (
        "closing line with a bank's number",
        "已受理，工单号080165685453，如有疑问请拨打(852) 2233 3000。",
        "zh",
    ),
    ("police report number", "附件：警方報案紙（編號92719352）", "zh"),
    ("words that sound like digits", "I'm going to ring for a taxi at eight, two of us.", "en"),
]


@pytest.mark.parametrize(("kind", "text", "language"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_look_alikes_are_left_alone(
    analyzer: Analyzer, kind: str, text: str, language: str
) -> None:
    assert numbers(analyzer, text, language) == set(), kind


def test_fixed_width_columns_follow_the_header() -> None:
    by_key = {
        (f.key, FIXED_WIDTH[f.start : f.end]) for f in fields(FIXED_WIDTH) if f.layout == "fixed"
    }
    assert ("BENEFICIARY", "ROSALIND ACHTERBERG-VOS") in by_key
    assert ("ACCOUNT NO", "40218857") in by_key
    assert ("VALUE", "1204.50") in by_key  # right-aligned under its name
    assert ("NOTE", "NO MANDATE") in by_key


def test_sql_values_keep_exact_offsets_and_skip_null() -> None:
    text = (
        "insert into t (name, dob, phone) values ('A O''Hara', '1970-01-02', NULL), ('B', 7, 'x')"
    )
    read = [(f.key, text[f.start : f.end]) for f in fields(text) if f.layout == "sql"]
    assert read == [
        ("name", "A O''Hara"),
        ("dob", "1970-01-02"),
        ("name", "B"),
        ("dob", "7"),
        ("phone", "x"),
    ]


def test_a_table_of_businesses_names_no_person(analyzer: Analyzer) -> None:
    text = (
        "INSERT INTO merchants (mid, name, mcc, city, helpline) VALUES\n"
        "  (72024356, 'Pick n Pay', 5039, 'Lagos', '0800 056 1177'),\n"
        "  (56047379, 'Tesco Extra', 5507, 'Leeds', '0345 734 5345');"
    )
    assert analyzer.analyze(text, "en") == []
