"""The analyzer's exact gates (steward.data.pii.gates): with them on, every span is the one the
analyzer finds with them off, on English, Chinese and mixed texts, numbers and tables."""

from __future__ import annotations

import random

import pytest

from steward.data.pii import Analyzer, gates
from steward.data.pii.engine import _FULL_WIDTH_DIGITS
from steward.data.pii.recognizers import LABELS, Entity
from steward.data.pii.recognizers.phone import HALF_WIDTH

TEXTS = [
    # English: names, a phone number, an address, a birth date, short digit runs
    "Hi, I'm Sarah O'Connor, DOB 14/03/1987. Call me on 020 7946 0958 or 07700 900123 "
    "after 5pm; my flat is at 12 High Street, Leeds LS6 2AB. Ref 4471, 3 items, 22 days.",
    "Dear team, please move £250 from account 12345678 (sort code 20-00-00) to my wife "
    "Priya Sharma. Her card ending 4242 was blocked on 2024-03-15 at 10:42.",
    "my name is liam murphy and my number is (212) 555-0148 ext. 204, email liam@example.com",
    # Chinese: a name, a mobile, an ID card number, an address; full-width digits
    "您好，我叫王建国，手机13812345678，身份证号110105198001011234，"
    "住在北京市朝阳区建国路88号3单元502室。",
    "客服您好，我是李娜，电话：０２１－６２３４５６７８，卡号６２２２０２１２３４５６７８９０１２，谢谢。",
    "张伟先生的生日是1985年7月12日，请拨打（＋８６）１３９０００１２３４５联系他。",
    # mixed scripts in one text
    "Hi, 我是陈晓明 (Chen Xiaoming), my HK number is +852 9123 4567, "
    "地址：上海市浦东新区世纪大道100号。",
    "Transfer to Zhang San 张三, account 6222 0212 3456 7890 123, phone 0755-27798411转8021.",
    # numbers only, near the phone recognizer's 7-digit limit, dates, amounts, an IP address
    "123456 1234567 12345678 123-4567 12-34-567 2024-03-15 20240315 5779660.49 10.0.0.1",
    "0086 139 0001 2345 / 001-212-555-0148 / 1-800-493-7761 / 400-820-8888 / 0345 300 0000",
    # tables: a pasted export with field names
    "Name\tPhone\tDOB\nAnn Lee\t07911 123456\t01/02/1990\nBob Stone\t+44 20 7946 0000\t1975-12-31",
    "| 姓名 | 手机 | 账号 |\n| 刘洋 | 13900001111 | 6222021234567890 |\n| 周敏 | 15811112222 | - |",
    # nothing personal, ASCII and not
    "thanks, the app works again and my balance looks right now.",
    "谢谢，应用已经恢复正常了。",
]


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts stitched from pieces of the ones above, and full-width digits and signs mixed in,
    so the gates meet layouts no hand-written text has."""
    rng = random.Random(seed)
    full_width = "０１２３４５６７８９＋－（）　"
    pieces = [piece for text in TEXTS for piece in text.replace("\n", " \n ").split(" ") if piece]
    texts = []
    for _ in range(count):
        words = rng.choices(pieces, k=rng.randint(5, 40))
        text = " ".join(words)
        if rng.random() < 0.5:
            chars = list(text)
            for _ in range(rng.randint(1, 8)):
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(full_width))
            text = "".join(chars)
        texts.append(text)
    return texts


def _analyze(analyzer: Analyzer, texts: list[str], batch: bool) -> list[list[Entity]]:
    if batch:
        return analyzer.analyze_batch(texts)
    return [analyzer.analyze(text) for text in texts]


@pytest.mark.parametrize("labels", [None, LABELS], ids=["default_labels", "all_labels"])
@pytest.mark.parametrize("batch", [False, True], ids=["one_by_one", "batch"])
def test_gated_analyzer_finds_what_ungated_finds(
    labels: tuple[str, ...] | None, batch: bool
) -> None:
    analyzer = Analyzer(labels)
    texts = TEXTS + _random_texts(60, seed=18)
    with gates.disabled():
        assert not gates.ENABLED
        ungated = _analyze(analyzer, texts, batch)
    assert gates.ENABLED
    gated = _analyze(analyzer, texts, batch)
    for text, expected, got in zip(texts, ungated, gated, strict=True):
        assert got == expected, text
    # the comparison is about real findings: phones (full-width ones too), names, addresses
    found = {
        (e.label, text[e.start : e.end]) for text, es in zip(texts, gated, strict=True) for e in es
    }
    assert ("PHONE_NUMBER", "13812345678") in found
    assert ("PHONE_NUMBER", "０２１－６２３４５６７８") in found
    assert {label for label, _ in found} >= {"PERSON", "PHONE_NUMBER", "ADDRESS", "EMAIL_ADDRESS"}


def test_each_recognizer_gated_finds_what_ungated_finds() -> None:
    """Every recognizer on every text, trigger or not: a gate inside one (the phone
    recognizer's digit count) is checked where the analyzer would not run it too."""
    analyzer = Analyzer(LABELS)
    texts = [text.translate(_FULL_WIDTH_DIGITS) for text in TEXTS + _random_texts(40, seed=7)]
    for recognizer in analyzer.recognizers:
        for language in ("en", "zh"):
            with gates.disabled():
                ungated = recognizer.analyze_batch(texts, [language] * len(texts))
            gated = recognizer.analyze_batch(texts, [language] * len(texts))
            assert gated == ungated, (recognizer.name, language)


def test_translate_equals_str_translate() -> None:
    rng = random.Random(3)
    alphabet = "abc 123-()+\n王李０１２３４５６７８９＋－（）　"
    for table in (HALF_WIDTH, _FULL_WIDTH_DIGITS):
        for _ in range(500):
            text = "".join(rng.choices(alphabet, k=rng.randint(0, 30)))
            assert gates.translate(text, table) == text.translate(table)
    with pytest.raises(ValueError, match="non-ASCII"):
        gates.translate("é", str.maketrans("a", "b"))


def test_disabled_restores_the_switch_after_an_error() -> None:
    with pytest.raises(RuntimeError), gates.disabled():
        raise RuntimeError("boom")
    assert gates.ENABLED


def test_street_line_branches_closed_per_text_find_what_all_branches_find() -> None:
    """address_en skips the street-line branches a text cannot match (no number before a
    capitalised word or an ordinal): the same addresses, on the dev sets and on a layout for
    each branch, lower-cased ones and odd case folds included."""
    import sys
    from pathlib import Path

    from steward.data.pii.recognizers.address_en import _CAP, _CAP_FIRST, _closed_branches

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
    from pii_dev import dev_sets

    layouts = [
        "send it to 378 Keith Rapids, East Annaton, MD 57326",
        "Flat 3, 138 Kingsway, Cardiff CF22 5NL",
        "Vesterskovvej 79, 8000 Aarhus",
        "HAUPTSTRASSE 12, Berlin",
        "Hauptſtraſſe 12, Berlin",  # a long s: read as "s" case-insensitively
        "Hauptstr. 5, 10115 Berlin",
        "Keizersgracht 123-II, Amsterdam",
        "6750 Koskikatu 25",
        "14/3 Beaconsfield Parade, Albert Park",
        "6111 W 14th St, Fresno",
        "187, Shanti Niketan, Linking Road, Mumbai",
        "B-17, Green Park Extension, New Delhi 110016",
        "12 rue de la Paix, 75002 Paris",
        "post it to 182 church avenue, glasgow g2 3jd.",
        "my address changed its now 23 wellington road, leeds ls6 2ab",
        "call 0345 734 5345 or pay £500 to card 6238-4894-7002-9519",
    ]
    texts = list(layouts)
    for generate in dev_sets().values():
        texts += [str(row["text"]) for row in generate(150, 5)]
    recognizer = Analyzer(LABELS).recognizers
    address = next(r for r in recognizer if r.name == "address_en")
    for language in ("en", "zh"):
        with gates.disabled():
            ungated = address.analyze_batch(texts, [language] * len(texts))
        gated = address.analyze_batch(texts, [language] * len(texts))
        for text, expected, got in zip(texts, ungated, gated, strict=True):
            assert got == expected, text
    assert sum(bool(found) for found in gated) >= 30
    assert _closed_branches(layouts[-1]) == {2, 3, 5, 11, 13}  # (the gate does close some)
    assert _closed_branches(layouts[0]) == frozenset()
    assert _CAP.startswith("(?:" + _CAP_FIRST)  # (the gate reads the first letter _CAP reads)
