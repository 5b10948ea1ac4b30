from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from stdnum import iban, luhn
from stdnum.cn import ric

from steward.data.pii.anonymize import Anonymizer, anonymize
from steward.data.pii.operators import OPERATORS, create_operator
from steward.data.pii.recognizers import Entity
from steward.errors import StewardError

KEY = b"k" * 32
OTHER_KEY = b"o" * 32


def ent(text: str, value: str, label: str, score: float = 0.9) -> Entity:
    start = text.index(value)
    return Entity(start, start + len(value), label, score, "test")


def test_registry_has_every_operator() -> None:
    assert {"mask", "redact", "replace", "hash", "pseudonymize", "encrypt"} <= set(OPERATORS)
    with pytest.raises(StewardError, match="unknown operator 'nope'"):
        create_operator("nope")


def test_mask_replace_redact() -> None:
    card = "4111 1111 1111 1111"
    assert create_operator("mask").operate(card, "CREDIT_CARD") == "*" * len(card)
    assert create_operator("mask", keep_last=4, keep_separators=True).operate(
        card, "CREDIT_CARD"
    ) == ("**** **** **** 1111")
    assert create_operator("mask", char="#", keep_last=4).operate("6235-4299", "X") == "#####4299"
    assert create_operator("replace").operate("jane@x.com", "EMAIL_ADDRESS") == "<EMAIL_ADDRESS>"
    assert create_operator("redact").operate("jane@x.com", "EMAIL_ADDRESS") == ""


def test_hash_is_keyed_and_needs_a_key() -> None:
    a = create_operator("hash", key=KEY).operate("13812345678", "PHONE_NUMBER")
    b = create_operator("hash", key=OTHER_KEY).operate("13812345678", "PHONE_NUMBER")
    assert re.fullmatch(r"<PHONE_NUMBER:[0-9a-f]{16}>", a)
    assert a != b
    assert a == create_operator("hash", key=KEY).operate("13812345678", "PHONE_NUMBER")
    for bad in (None, b"", b"short"):
        with pytest.raises(StewardError, match="key"):
            create_operator("hash", key=bad)


def test_anonymizer_items_offsets_and_per_label_operators() -> None:
    text = "card 4111 1111 1111 1111, mail jane@x.com, bye"
    entities = [
        ent(text, "jane@x.com", "EMAIL_ADDRESS"),
        ent(text, "4111 1111 1111 1111", "CREDIT_CARD"),
    ]
    anonymizer = Anonymizer({"CREDIT_CARD": {"name": "mask", "keep_last": 4}}, "replace", key=KEY)
    result = anonymizer.anonymize(text, entities)
    assert result.text == "card ***************1111, mail <EMAIL_ADDRESS>, bye"
    for item in result.items:
        assert result.text[item.start : item.end] == item.token
    assert [(i.label, i.operator) for i in result.items] == [
        ("CREDIT_CARD", "mask"),
        ("EMAIL_ADDRESS", "replace"),
    ]
    assert anonymize(text, entities, "mask") == anonymize(text, entities[::-1], "mask")


def test_overlaps_resolved_deterministically() -> None:
    text = "call 13812345678 now"
    phone = ent(text, "13812345678", "PHONE_NUMBER", 0.75)
    card = ent(text, "13812345678", "BANK_ACCOUNT", 0.9)
    part = Entity(phone.start, phone.start + 3, "OTHER", 0.9, "t")
    for order in ([phone, card, part], [part, card, phone]):
        assert anonymize(text, order) == "call <BANK_ACCOUNT> now"
    same = Entity(phone.start, phone.end, "AAA", 0.9, "t")
    assert anonymize(text, [card, same]) == anonymize(text, [same, card]) == "call <AAA> now"


def _pseudo(value: str, label: str, key: bytes = KEY) -> str:
    return create_operator("pseudonymize", key=key).operate(value, label)


def test_pseudonyms_consistent_and_keyed() -> None:
    text = "My name is John Smith; John Smith again"
    first = Entity(11, 21, "PERSON", 0.9, "t")
    second = Entity(23, 33, "PERSON", 0.9, "t")
    out = Anonymizer(default="pseudonymize", key=KEY).anonymize(text, [first, second])
    fake_a, fake_b = (i.token for i in out.items)
    assert fake_a == fake_b != "John Smith"
    assert _pseudo("John Smith", "PERSON") == fake_a  # a fresh operator: same fake
    assert _pseudo("John Smith", "PERSON", OTHER_KEY) != fake_a


def test_pseudonyms_consistent_across_processes() -> None:
    code = (
        "from steward.data.pii.operators import create_operator;"
        f"print(create_operator('pseudonymize', key={KEY!r}).operate('王芳', 'PERSON'))"
    )
    other = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": os.pathsep.join(sys.path), "PYTHONHASHSEED": "123"},
    ).stdout.strip()
    assert other == _pseudo("王芳", "PERSON")


def test_pseudonyms_are_locale_aware_and_well_shaped() -> None:
    zh_name = _pseudo("王芳", "PERSON")
    assert re.fullmatch(r"[\u4e00-\u9fff]{2,3}", zh_name)
    en_name = _pseudo("John Smith", "PERSON")
    assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", en_name)
    zh_addr = _pseudo("黑龙江省大冶市梁平区龚街507号", "ADDRESS")
    assert re.search(r"[\u4e00-\u9fff]+[区].*\d+号$", zh_addr)
    assert re.fullmatch(r"\d+ \w+ \w+", _pseudo("6750 Koskikatu 25", "ADDRESS"))

    for card in ("4111 1111 1111 1111", "6235-4299-4556-3182", "378282246310005"):
        fake = _pseudo(card, "CREDIT_CARD")
        assert re.sub(r"\d", "0", fake) == re.sub(r"\d", "0", card)  # same grouping
        assert fake != card and fake[0] == card[0]
        assert luhn.is_valid(re.sub(r"\D", "", fake))

    fake_id = _pseudo("11010519491231002X", "CN_ID_CARD")
    assert len(fake_id) == 18 and ric.is_valid(fake_id) and fake_id != "11010519491231002X"

    for phone, pattern in [
        ("13812345678", r"1[3-9]\d{9}"),
        ("138-1234-5678", r"1[3-9]\d-\d{4}-\d{4}"),
        ("+86 138 1234 5678", r"\+86 1[3-9]\d \d{4} \d{4}"),
        ("(555) 123-4567", r"\([2-9]\d\d\) [2-9]\d\d-\d{4}"),
        ("+1 415-555-0199", r"\+1 [2-9]\d\d-[2-9]\d\d-\d{4}"),
    ]:
        assert re.fullmatch(pattern, _pseudo(phone, "PHONE_NUMBER")), phone

    assert re.fullmatch(
        r"[a-z.]+\d+@example\.(com|org|net)", _pseudo("mzeng@gmail.com", "EMAIL_ADDRESS")
    )
    fake_iban = _pseudo("DE89 3704 0044 0532 0130 00", "IBAN")
    assert iban.is_valid(fake_iban) and fake_iban.startswith("DE")
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", _pseudo("1985年3月12日", "DATE_OF_BIRTH"))
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", _pseudo("192.168.10.4", "IP_ADDRESS"))
