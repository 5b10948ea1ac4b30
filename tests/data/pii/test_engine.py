"""Analyzer parameters (thresholds, allowlist, window, labels), language and offsets."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer, anonymize
from steward.data.pii.language import detect_language


def test_allowlist_drops_listed_values() -> None:
    text = "call 415-863-8266 or mail help@bank.example"  # a personal line (400-… is business)
    analyzer = Analyzer(allowlist=["HELP@bank.example "], exclude=["spacy_ner"])
    assert [e.label for e in analyzer.analyze(text)] == ["PHONE_NUMBER"]


def test_per_label_threshold() -> None:
    text = "write to a@b.io"  # no cue: the recognizer's own 0.95
    assert Analyzer(labels=["EMAIL_ADDRESS"]).analyze(text)
    assert (
        Analyzer(labels=["EMAIL_ADDRESS"], thresholds={"EMAIL_ADDRESS": 0.99}).analyze(text) == []
    )


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown PII labels"):
        Analyzer(labels=["SHOE_SIZE"])
    with pytest.raises(ValueError, match="thresholds"):
        Analyzer(thresholds={"PERSON": 2.0})
    with pytest.raises(ValueError, match="unknown recognizers"):
        Analyzer(exclude=["nope"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("我的卡丢了", "zh"),
        ("my card is lost", "en"),
        ("请把账单发到 a@b.io，谢谢", "zh"),
        ("Please call me, 谢谢", "en"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_offsets_index_the_original_text_with_emoji_and_cjk(patterns: Analyzer) -> None:
    text = "😀😀 客户👍 电话：138-1234-5678 🎉 邮箱 wang@例子.cn a@b.io"
    found = patterns.analyze(text)
    assert [(e.label, text[e.start : e.end]) for e in found] == [
        ("PHONE_NUMBER", "138-1234-5678"),
        ("EMAIL_ADDRESS", "a@b.io"),
    ]
    assert anonymize(text, found).startswith("😀😀 客户👍 电话：<PHONE_NUMBER> 🎉")


def test_batch_equals_single(patterns: Analyzer) -> None:
    texts = ["call +1 415-555-0199", "", "身份证号11010519491231002X", "nothing here"]
    assert patterns.analyze_batch(texts) == [patterns.analyze(t) for t in texts]


def test_addresses(patterns: Analyzer) -> None:
    cases = {
        "Please update my mailing address to 378 Keith Rapids, East Annaton, MD 57326.": (
            "378 Keith Rapids, East Annaton, MD 57326"
        ),
        # (a military post address; a person's: a restaurant's address is an organisation's,
        # which the ownership filter drops, see test_ownership.py)
        "My son's post goes to PSC 9009, Box 9725\nAPO AA 33274. He serves abroad": (
            "PSC 9009, Box 9725\nAPO AA 33274"
        ),
        "家里地址变更为黑龙江省大冶市梁平区龚街507号，请同步": "黑龙江省大冶市梁平区龚街507号",
        "请寄到天河区体育西路103号维多利广场B座2801室。": "天河区体育西路103号维多利广场B座2801室",
    }
    for text, address in cases.items():
        found = [text[e.start : e.end] for e in patterns.analyze(text) if e.label == "ADDRESS"]
        assert found == [address], text


def test_address_layouts(patterns: Analyzer) -> None:
    def addresses(text: str) -> list[str]:
        return [text[e.start : e.end] for e in patterns.analyze(text) if e.label == "ADDRESS"]

    # inline: one span, but a number before a street line with its own number is separate
    assert addresses("It's in 0269 Stensås terrasse 38\n Suite 621\n ARENDAL\n Norway") == [
        "0269",
        "Stensås terrasse 38\n Suite 621\n ARENDAL\n Norway",
    ]
    # a letter-style block: each field; city and country are LOCATION, not ADDRESS
    block = "William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488"
    assert addresses(block) == ["20789", "Allika 46", "Suite 501", "62488"]
    located = Analyzer(labels=["ADDRESS", "LOCATION"], exclude=["spacy_ner"]).analyze(block)
    assert [block[e.start : e.end] for e in located if e.label == "LOCATION"] == [
        "Riisa",
        "Estonia",
    ]
    # a block under a form label is that field's one value
    form = "Address:\n378 Keith Rapids\n Suite 2\n East Annaton"
    assert addresses(form) == ["378 Keith Rapids\n Suite 2\n East Annaton"]


def test_no_address_in_ordinary_numbers(patterns: Analyzer) -> None:
    for text in ("I have 3 Main concerns", "Flight 123 was late", "我在上海出差三天"):
        assert [e for e in patterns.analyze(text) if e.label == "ADDRESS"] == []
