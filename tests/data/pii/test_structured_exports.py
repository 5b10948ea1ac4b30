"""Personal data inside pasted structured exports (issue 18): the field name a value sits under
is its cue (``"dob"``, ``<BirthDate>``, a ``出生日期`` column, ``address: |``), or says it is not
personal (``created_at``, ``amount``, ``branch_address``, ``对公账号``). One message per layout,
both languages, broken fragments, exact offsets, PII-free exports left alone."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.structured import Field, field_kind, fields, table_cells


def found(analyzer: Analyzer, text: str) -> set[tuple[str, str]]:
    return {(text[e.start : e.end], e.label) for e in analyzer.analyze(text)}


POSITIVES = [
    (
        "json",
        'payload below, 422 again\n{\n  "customer": {\n    "cif": "C4410921",\n'
        '    "full_name": "Oksana Whitcombe",\n    "dob": "19790614",\n'
        '    "residential_address": "27 Tanner Row, York YO1 6JP"\n  }\n}',
        {
            ("19790614", "DATE_OF_BIRTH"),
            ("27 Tanner Row, York YO1 6JP", "ADDRESS"),
            ("Oksana Whitcombe", "PERSON"),
        },
    ),
    (
        "xml",
        "<party>\n  <ref>C0091</ref>\n  <dateOfBirth>11-AUG-1962T00:00:00Z</dateOfBirth>\n"
        "  <MailingAddress>Flat 2, 9 Dock Street, Dundee DD1 4BT</MailingAddress>\n</party>",
        {
            ("11-AUG-1962T00:00:00Z", "DATE_OF_BIRTH"),
            ("Flat 2, 9 Dock Street, Dundee DD1 4BT", "ADDRESS"),
        },
    ),
    (
        "xml attributes",
        '<row id="7" birth_date="1971-02-09" city="Leeds"/>',
        {("1971-02-09", "DATE_OF_BIRTH")},
    ),
    (
        "yaml block scalar",
        "applicant:\n  bday: 1990-12-01\n  home_address: |\n    4 Quarry Bank\n"
        "    Kendal LA9 4HP\n  created_at: 2026-01-03\n",
        {("1990-12-01", "DATE_OF_BIRTH"), ("4 Quarry Bank\n    Kendal LA9 4HP", "ADDRESS")},
    ),
    (
        "csv",
        "record_id,holder_name,birthDate,postal_address,last_updated\nR-1,Tamsin Ekwueme,"
        '07/23/1958,"61 Gorse Lane, Truro TR1 2AB",2026-02-01\n',
        {
            ("07/23/1958", "DATE_OF_BIRTH"),
            ("61 Gorse Lane, Truro TR1 2AB", "ADDRESS"),
            ("Tamsin Ekwueme", "PERSON"),
        },
    ),
    (
        "markdown",
        "| name | DOB | city |\n|---|---|---|\n| Ibrahim Castell | 1983.04.30 | Hull |\n",
        {("1983.04.30", "DATE_OF_BIRTH"), ("Ibrahim Castell", "PERSON")},
    ),
    (
        "html columns",
        "<table><tr><th>Client</th><th>Date of birth</th></tr>\n"
        "<tr><td>R-77</td><td>1966-09-19</td></tr></table>",
        {("1966-09-19", "DATE_OF_BIRTH")},
    ),
    (
        "html labels",
        "<dl><dt>D.O.B.</dt><dd>3/9/1975</dd><dt>Address</dt>"
        "<dd>18 Kiln Road, Bath BA2 3QT</dd></dl>",
        {("3/9/1975", "DATE_OF_BIRTH"), ("18 Kiln Road, Bath BA2 3QT", "ADDRESS")},
    ),
    (
        "key=value log",
        '2026-05-01T10:00:02Z level=warn kyc dob=1988-07-04 addr="5 Mill Lane, Ely CB7 4AA"',
        {("1988-07-04", "DATE_OF_BIRTH"), ("5 Mill Lane, Ely CB7 4AA", "ADDRESS")},
    ),
    (
        "csv phone before a numeric cell",
        "record_id,contact_phone,last_updated\nR-9,07607 443373,2026-05-14\n",
        {("07607 443373", "PHONE_NUMBER")},
    ),
    (
        "html field/value table",
        "<table><tr><th>Field</th><th>Value</th></tr>\n<tr><td>DOB</td><td>the tenth of "
        "March 1958</td></tr>\n<tr><td>Born</td><td>13 Jan 1953</td></tr></table>",
        {("the tenth of March 1958", "DATE_OF_BIRTH"), ("13 Jan 1953", "DATE_OF_BIRTH")},
    ),
    (
        "form lines",
        "Debtor name: Tan Wei Ling\nDebtor address: 12 rue de la Paix, 75002 Paris\n"
        "Debtor IBAN: see file\n",
        {("12 rue de la Paix, 75002 Paris", "ADDRESS"), ("Tan Wei Ling", "PERSON")},
    ),
    (
        "zh csv",
        "客户编号,客户姓名,出生年月日,家庭住址\nKH20931,周晓梅,1987年9月3日,杭州市西湖区文三路88号2栋301室\n",
        {
            ("1987年9月3日", "DATE_OF_BIRTH"),
            ("杭州市西湖区文三路88号2栋301室", "ADDRESS"),
            ("周晓梅", "PERSON"),
        },
    ),
    (
        "zh json",
        '{"xm": "黄志强", "csrq": "19650211", "住址": "成都市锦江区春熙路12号5栋808室"}',
        {
            ("19650211", "DATE_OF_BIRTH"),
            ("成都市锦江区春熙路12号5栋808室", "ADDRESS"),
            ("黄志强", "PERSON"),
        },
    ),
    (
        "zh tsv",
        "姓名\t生日\t备注\n林嘉怡\t1992/3/8\t新客户\n",
        {("1992/3/8", "DATE_OF_BIRTH"), ("林嘉怡", "PERSON")},
    ),
]


@pytest.mark.parametrize(("layout", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_a_field_name_is_the_cue_for_its_value(
    analyzer: Analyzer, layout: str, text: str, expected: set[tuple[str, str]]
) -> None:
    result = found(analyzer, text)
    assert expected <= result, (layout, result)
    # nothing but the values: no field name, no bookkeeping date, no span across markup
    wanted = {value for value, _ in expected}
    assert not {value for value, _ in result} - wanted, (layout, result)


PII_FREE = [
    '{"txn_id": "TX0042", "amount": "45.20", "created_at": "1999-03-02", '
    '"merchant": "Shell Forecourt", "hotline": "1-800-555-0199", "support_email": '
    '"support@examplebank.com"}',
    "posted_at,amount,reference,branch_address,account_opened\n"
    '2026-03-02,120.00,INV0093321,"12 Orchard Way, Norwich NR2 4PD",1998-05-12\n',
    "2026-05-02T09:10:11Z level=info msg=sync created_at=2026-04-01 request_id=492011837264 "
    "account_opened=2001-06-12 due_date=2026-11-01",
    "<table><tr><th>Date</th><th>Description</th><th>Amount</th></tr>\n"
    "<tr><td>1987-02-11</td><td>Opening deposit</td><td>100.00</td></tr></table>",
    "交易日期,金额,商户名称,流水号,对公账号,网点地址\n"
    "2026-04-12,3520.00,星巴克,501995305520340930,6652941307871616828,南京市鼓楼区中山北路158号\n",
    '<row 交易日期="2026-05-12" 商户名称="盒马鲜生" 对公账号="2537760207764265651" '
    'branch_code="60556"/>',
    # a header row is no value, whatever its words look like
    "CustomerRef,CustomerName,BirthDate,MailingAddress,CardLast4,ModifiedDate\n"
    "C2891293,-,-,-,4411,2026-01-02\n",
]


@pytest.mark.parametrize("text", PII_FREE)
def test_pii_free_exports_are_not_flagged(analyzer: Analyzer, text: str) -> None:
    assert analyzer.analyze(text) == []


def test_broken_fragments_yield_their_whole_pairs_with_exact_offsets(analyzer: Analyzer) -> None:
    # cut mid-value, an unclosed element, a stray brace: the whole pairs are still read
    text = '{"data": {"dob": "1975-10-02", "address": "9 Elm Ro'
    pairs = fields(text)
    assert Field("dob", text.index("1975"), text.index("1975") + 10, "json") in pairs
    assert ("1975-10-02", "DATE_OF_BIRTH") in found(analyzer, text)
    xml = "<rec><BirthDate>1950-01-31</BirthDate><addr>12 High"
    assert ("1950-01-31", "DATE_OF_BIRTH") in found(analyzer, xml)
    for fragment in ("{", '"', "<a>", "a=", "|\n|", '"k": "', "key: |\n", "<tr><th>x</th>"):
        fields(fragment)  # never raises
        analyzer.analyze(fragment)


def test_values_keep_exact_offsets_in_every_layout() -> None:
    for _, text, expected in POSITIVES:
        values = {text[f.start : f.end] for f in fields(text)}
        # a form line's "Key: value" counts too; every value is read at its exact place
        assert {value for value, _ in expected} <= values, text


def test_a_value_that_does_not_look_like_its_field_is_left_alone(analyzer: Analyzer) -> None:
    # a future date, "N/A" and a firm under name-like fields
    text = '{"dob": "2099-01-01", "address": "N/A", "name": "Thames Water Ltd"}'
    assert analyzer.analyze(text) == []


def test_field_names_sorted_into_kinds() -> None:
    assert field_kind("dateOfBirth") == "DATE_OF_BIRTH"
    assert field_kind("BIRTH_DATE") == "DATE_OF_BIRTH"
    assert field_kind("出生日期") == "DATE_OF_BIRTH"
    assert field_kind("place_of_birth") is None
    assert field_kind("MailingAddress") == "ADDRESS"
    assert field_kind("email_address") is None
    assert field_kind("branch_address") == "NOT_PERSONAL"
    assert field_kind("customer_name") == "PERSON"
    assert field_kind("merchant_name") == "NOT_PERSONAL"
    assert field_kind("created_at") == "NOT_PERSONAL"
    assert field_kind("对公账号") == "NOT_PERSONAL"
    assert field_kind("notes") is None
    assert field_kind("contact_phone") == "PHONE_NUMBER"
    assert field_kind("hotline") == "NOT_PERSONAL"
    assert field_kind("branch_phone") == "NOT_PERSONAL"


def test_table_cells_keep_offsets_and_quotes() -> None:
    line = 'a, "b, c" ,d'
    assert [line[s:e] for s, e in table_cells(line, ",")] == ["a", "b, c", "d"]
    line = "| 张伟 ｜ x |"
    assert [line[s:e] for s, e in table_cells(line, "|")] == ["", "张伟 ｜ x", ""]
    line = "张伟｜ 6222 "
    assert [line[s:e] for s, e in table_cells(line, "｜")] == ["张伟", "6222"]


def test_one_table_reader_for_column_cues(analyzer: Analyzer) -> None:
    from steward.data.pii.context import column_cues, column_header

    # a comma table's header names its column, as a tab or pipe table's does
    csv = "payee,account no,reference\nOrla Brennan,40112233,rent\n"
    assert column_header(csv, csv.index("40112233")) == "account no"
    assert "BANK_ACCOUNT" in column_cues(csv, csv.index("40112233"))
    # Chinese header cues count too, in a full-width-pipe table
    zh = "姓名｜手机号｜备注\n林嘉怡｜13912345678｜新客户\n"
    assert "PHONE_NUMBER" in column_cues(zh, zh.index("139"))
    assert column_header("no table here, 40112233", 20) is None


def test_a_cue_in_the_cell_names_its_value_before_the_header(analyzer: Analyzer) -> None:
    text = (
        "常用收款人\n姓名 | 账号 | 备注\n邓国彤 | 021-878010-039 | 学费\n"
        "电费 | 缴费号17084044 | 水电\n"
    )
    assert found(analyzer, text) == {("邓国彤", "PERSON"), ("021-878010-039", "BANK_ACCOUNT")}


def test_a_chat_turn_is_not_a_field_that_drops_its_names(analyzer: Analyzer) -> None:
    # "Support:" and "客服：" name no value of a form here: the names in the turn stand
    text = "You: card 4111 please\nSupport: Thanks Siobhan Keane, that's all updated.\n"
    assert ("Siobhan Keane", "PERSON") in found(analyzer, text)
    zh = "用户：寄到武侯区人民南路四段1153号\n客服：已为您办理，感谢叶先生的耐心等待。"
    assert ("叶先生", "PERSON") in found(analyzer, zh)


def test_prose_lines_with_a_comma_each_are_no_table(analyzer: Analyzer) -> None:
    text = "Hi Maria Keane, hope you are well\nThanks again, see you soon\n"
    assert not [f for f in fields(text) if f.layout in ("table", "header")]
    assert ("Maria Keane", "PERSON") in found(analyzer, text)
