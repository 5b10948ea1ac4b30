"""The ``detect`` function the pipeline uses, and the anonymized text it leads to."""

from __future__ import annotations

from itertools import pairwise

import pytest

from steward.data.pii import RECOGNIZERS, Entity, anonymize, detect


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
        ("资料发到yfan@example.org，谢谢", "资料发到<EMAIL_ADDRESS>，谢谢"),
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
    assert [e.label for e in detect("11010519491231002X")] == ["CN_ID_CARD"]


def test_labels_restrict_the_output() -> None:
    text = "mail a@b.io or call +1 415-555-0199"
    assert [e.label for e in detect(text, ["PHONE_NUMBER"])] == ["PHONE_NUMBER"]


def test_entities_are_sorted_non_overlapping_records() -> None:
    text = "Tel 13812345678, 邮箱 a@b.io, 卡号 6222 0212 3456 7899 ..."
    found = detect(text)
    assert found == sorted(found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert isinstance(found[0], Entity) and set(found[0].to_dict()) == {
        "start",
        "end",
        "label",
        "score",
        "recognizer",
    }
    assert "phone" in RECOGNIZERS
