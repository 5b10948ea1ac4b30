from __future__ import annotations

import pytest

from steward.data.pii import anonymize, detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at jane.doe+bank@example.co.uk please", "mail me at <EMAIL_ADDRESS> please"),
        ("card 4111 1111 1111 1111 was charged", "card <CREDIT_CARD> was charged"),
        ("call +1 415-555-0199 today", "call <PHONE_NUMBER> today"),
        ("我的手机是13812345678", "我的手机是<PHONE_NUMBER>"),
        ("身份证号11010519491231002X", "身份证号<CN_ID_CARD>"),
        ("My name is John Smith and", "My name is <PERSON> and"),
        ("我叫王芳，卡丢了", "我叫<PERSON>，卡丢了"),
        ("login from 192.168.10.4 failed", "login from <IP_ADDRESS> failed"),
    ],
)
def test_detect_and_replace(text: str, expected: str) -> None:
    assert anonymize(text, detect(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 was charged",  # fails Luhn
        "身份证号110105194912310021",  # fails the GB 11643 checksum
        "I am Trying to pay 12.50 on 2024-01-01",  # not a name, not a number we mask
        "version 999.1.1.1 is out",  # not an IP address
    ],
)
def test_invalid_numbers_and_non_names_are_left(text: str) -> None:
    assert detect(text) == []


def test_mask_operator_keeps_length() -> None:
    text = "mail a@b.io now"
    assert anonymize(text, detect(text), "mask") == "mail ****** now"


def test_overlaps_resolve_to_the_validated_number() -> None:
    # 18 digits that are a valid ID must not also be reported as a phone number inside.
    entities = detect("11010519491231002X")
    assert [e.label for e in entities] == ["CN_ID_CARD"]
