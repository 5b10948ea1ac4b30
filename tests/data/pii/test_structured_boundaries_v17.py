"""Device addresses beside account words, ports and compressed IPv6; desk mailboxes named by
activity nouns; eight-digit birth dates before their birth word; where an address ends (a
sentence's full stop, a street named by its ordinal, commas read aloud, a Chinese address before
旁/门口/办公, a court's name read as an address). Handwritten texts, and the dev generator
``benchmarks/pii_dev/structured_boundaries_v17.py`` scored."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.address_zh import address_end, organisation_not_address
from steward.data.pii.recognizers.email import is_role_mailbox

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.structured_boundaries_v17 import generate


def found(analyzer: Analyzer, text: str, label: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == label]


@pytest.mark.parametrize(
    ("text", "ips"),
    [
        ("Money left my trading account. The login came from 62.14.90.3.", ["62.14.90.3"]),
        ("Router shows 81.2.69.160:8443 as my address.", ["81.2.69.160"]),
        (
            "Device [2001:db8:4::9]:443 signed in, then fe80::1c:9 did.",
            ["2001:db8:4::9", "fe80::1c:9"],
        ),
    ],
)
def test_device_addresses(analyzer: Analyzer, text: str, ips: list[str]) -> None:
    assert found(analyzer, text, "IP_ADDRESS") == ips


@pytest.mark.parametrize(
    "text",
    [
        "The outage hit 203.0.113.0/24 only.",
        "The app is on version 10.4.2.1 and still crashes.",
        "Firmware 2.0.1.7 on the card reader.",
    ],
)
def test_ranges_and_versions_are_not_ip_addresses(analyzer: Analyzer, text: str) -> None:
    assert found(analyzer, text, "IP_ADDRESS") == []


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("withdrawals@x.example", True),
        ("referral@x.example", True),
        ("intl.fees@x.example", True),
        ("donations@x.example", True),
        ("kamal@x.example", False),
        ("crystal.b@x.example", False),
        ("ward@x.example", False),
    ],
)
def test_activity_noun_mailboxes_are_desks(address: str, role: bool) -> None:
    assert is_role_mailbox(address) is role


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("我父亲李建华，19580712出生，养老金没到账。", ["19580712"]),
        ("客户19880101生人，要补卡。", ["19880101"]),
        ("她出生于19990305，想开户。", ["19990305"]),
        ("Form for Ana Ruiz, 19920114 (DOB), attached.", ["19920114"]),
        ("合同20190312生效，利率怎么算？", []),
        ("这批卡片20240101生产，有问题吗？", []),
    ],
)
def test_compact_birth_dates(analyzer: Analyzer, text: str, dob: list[str]) -> None:
    assert found(analyzer, text, "DATE_OF_BIRTH") == dob


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Send it to 56 Adeola Odeku Street, Victoria Island, Lagos. Sender e-mail is below.",
            "56 Adeola Odeku Street, Victoria Island, Lagos",
        ),
        ("I live at Calle de Atocha 40, Madrid. Do I need a bill?", "Calle de Atocha 40, Madrid"),
        (
            "Billing addr 709 Mabini St, Brgy. Poblacion, Cebu City 4964. Thanks",
            "709 Mabini St, Brgy. Poblacion, Cebu City 4964",
        ),
        (
            "Home address is 6111 W 14th St Apt 9C, Tucson, AZ 85719.",
            "6111 W 14th St Apt 9C, Tucson, AZ 85719",
        ),
        (
            "my new address is 33 Pennywell Close comma Cardiff comma CF24 4HQ full stop",
            "33 Pennywell Close comma Cardiff comma CF24 4HQ",
        ),
        (
            "I moved to 12 St. Mary Street, St. Louis, MO 63101 in June",
            "12 St. Mary Street, St. Louis, MO 63101",
        ),
    ],
)
def test_where_an_english_address_ends(analyzer: Analyzer, text: str, address: str) -> None:
    assert found(analyzer, text, "ADDRESS") == [address]


def test_where_a_chinese_address_ends() -> None:
    text = "南京市鼓楼区湖南路1号凤凰国际书城旁，"
    assert text[: address_end(text, 0, text.index("，"))] == "南京市鼓楼区湖南路1号凤凰国际书城"
    text = "郑州市金水区农业路22号街道便民服务中心"
    assert text[: address_end(text, 0, text.index("便"))] == "郑州市金水区农业路22号"
    text = "佛山市南海区桂城南路8号汽车城B区办公"
    assert text[: address_end(text, 0, len(text))] == "佛山市南海区桂城南路8号汽车城B区"
    assert organisation_not_address("成都市武侯区人民法院")
    assert not organisation_not_address("成都市武侯区人民路8号")


def test_dev_generator_scores() -> None:
    analyzer = Analyzer()
    records = generate(200, 7)
    tp = fp = fn = flagged = 0
    for record in records:
        gold = {(s["start"], s["end"], s["label"]) for s in record["spans"]}
        got = {(e.start, e.end, e.label) for e in analyzer.analyze(record["text"], record["lang"])}
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
        flagged += bool(got) and not gold
    assert tp / (tp + fn) >= 0.95
    assert fp <= 2
    assert flagged == 0
