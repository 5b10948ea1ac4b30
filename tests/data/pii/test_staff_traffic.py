"""Names in a bank's internal and assisted traffic (issue 18, round after v14): colleagues after
``@``, a chat export's timestamped speakers, an adviser joining a live chat, a thanks, payroll
runs, Chinese names in pinyin; 家长 / 监护人 / 独居老人 / 人工客服 / 接班 names, 老X / 小X doing
something. Each kind beside look-alikes without personal data: group and bot handles, a bot's
name, a firm named after its owner (English and Chinese), a body's initials, a relative named by
relation only, 收款人应该是…. Handwritten sentences; the dev generator
``benchmarks/pii_dev/staff_traffic.py`` is checked for shape and its look-alikes scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.staff_names import pinyin_syllables

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev.staff_traffic import generate


def names(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name no census list holds, after @, alone or with a surname
        ("@Grzegorz can you take the 2pm callback?", ["Grzegorz"]),
        ("Passing to @Nkechi Obiora for the refund, cc @Aoibheann", ["Nkechi Obiora", "Aoibheann"]),
        # a middle initial: the word after it is the surname
        ("@Tadhg P. Mulvaney please approve", ["Tadhg P. Mulvaney"]),
        # the next sentence's first word is no surname
        ("cc @Faisal Reference CASE-33810 attached", ["Faisal"]),
        # a chat export's timestamped speakers
        (
            "[08:02] Bogdan: morning all\n[08:05] Adaeze Nwankwo: morning",
            ["Bogdan", "Adaeze Nwankwo"],
        ),
        # a live chat handed to a person, and a thanks
        ("Adviser Wojciech has joined the conversation.", ["Wojciech"]),
        ("rota swapped, cheers Ifeoma!", ["Ifeoma"]),
        # a payroll run's employees
        (
            "Payroll week 12: Olamide Bankole £410.20 to 11223344; Zhou Ruoxi £380.00 to 55667788.",
            ["Olamide Bankole", "Zhou Ruoxi"],
        ),
        # a person acting for a customer, named after their role
        ("Carer Ewa Brzezinska rang for her client.", ["Ewa Brzezinska"]),
        # Chinese names in pinyin, either order, in English and in Chinese text
        ("Refund the £40 to Guoqiang Feng, not Tang Yutong.", ["Guoqiang Feng", "Tang Yutong"]),
        ("有问题请找Deng Wenjie。", ["Deng Wenjie"]),
    ],
)
def test_english_and_pinyin_names_by_kind(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "@channel @here the branch closes early on Friday.",
        "@PaymentsOps please post the rota, @HelpBot is down again.",
        "Hi, I'm Juno, the bank's virtual assistant. How can I help?",
        "Penny (virtual assistant): Connecting you now.",
        "T. Mahoney Scaffolding (sole trader) asked about merchant fees.",
        "Invoice from Gallacher Upholstery approved for payment.",
        "Dear FOS, please find our final response attached.",
        "Daughter rang about the standing order; no change needed.",
        "I moved to Hong Kong last year and bank with Ping An.",
        # a practice, a school or a hospital named after a person or a place, and its address
        "Ashgrove Academy can confirm the employment; HR Operations, Ashgrove Academy.",
        "Bill attached:\nSt Clement General, 14 W 9th St, Tucson — PATIENT STATEMENT",
        "Holt Kerrigan & Co, 12 Market Street, Reading. Our ref EST/2231.",
    ],
)
def test_english_lookalikes_hold_no_name(analyzer: Analyzer, text: str) -> None:
    found = [e.label for e in analyzer.analyze(text) if e.label in ("PERSON", "ADDRESS")]
    assert found == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("监护人邹志远为孩子开立少儿账户。", ["邹志远"]),
        ("独居老人龔建華来不了网点，已预约上门。", ["龔建華"]),
        ("人工客服韦佳琪为您服务。", ["韦佳琪"]),
        ("交班 姚丽娟 接班 潘晓东", ["姚丽娟", "潘晓东"]),
        ("一、老钟收了挂失申请，待复核", ["老钟"]),
        ("来电登记：小傅把800元转给了钟雅婷（尾号3321）。", ["小傅", "钟雅婷"]),
    ],
)
def test_chinese_names_by_kind(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "个体户“王婶早餐店”申请开通收款码。",
        "阿强五金铺本月POS流水已对账。",
        "陈记粮油店的对公结算账户年检已完成。",
        "收款人应该是对公账户，不能转个人卡。",
        "小时候开的户还能用吗",
        "请问老师，这张卡年费多少",
    ],
)
def test_chinese_lookalikes_hold_no_name(analyzer: Analyzer, text: str) -> None:
    assert names(analyzer, text) == [], text


def test_pinyin_syllables() -> None:
    assert pinyin_syllables("Jianguo") == 2
    assert pinyin_syllables("Shuang") == 1
    assert pinyin_syllables("Life") == 0  # no "fe" in Mandarin
    assert pinyin_syllables("policy") == 0  # not capitalised


def test_dev_generator_shape_and_lookalikes() -> None:
    rows = generate(200, 3)
    assert rows == generate(200, 3)  # deterministic
    assert {row["lang"] for row in rows} == {"en", "zh"}
    for row in rows:
        for span in row["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(row["text"])
    for lang in ("en", "zh"):
        assert [row for row in rows if row["lang"] == lang and not row["spans"]], lang


def test_dev_generator_lookalikes_are_not_flagged(analyzer: Analyzer) -> None:
    """The generator's PII-free look-alikes: none may be flagged as a name or an address."""
    rows = [row for row in generate(150, 11) if not row["spans"]]
    flagged = [
        row["text"]
        for row, entities in zip(
            rows, analyzer.analyze_batch([r["text"] for r in rows]), strict=True
        )
        if any(e.label in ("PERSON", "ADDRESS") for e in entities)
    ]
    assert flagged == []


def test_staff_chat_trigger_hits_the_texts_its_plain_reading_does() -> None:
    """The trigger's branches rewritten to open on a character class match in the same texts
    as they read before (a letter then blanks before a currency; a thanks word at a word's
    start, any case, then a capital)."""
    import re

    from steward.data.pii.recognizers.staff_names import StaffChatNameRecognizer

    plain = re.compile(
        r"@[A-Z]|\d:\d\d\]?[ \t]+[A-Z]|\b(?:joined|entered|chatting|speaking|talking)\b"
        r"|[A-Za-z][ \t]+(?:£|\$|€|GBP|USD|EUR)[ \t]?\d"
        r"|(?i:carer|guardian|attorney|interpreter|deputy|executor|appointee|next of kin)"
        r"|(?i:\b(?:thanks|thank you|cheers|ta|thx|ty)[ \t]+)[A-Z]"
    )
    trigger = StaffChatNameRecognizer.trigger
    texts = [
        "thanks Bob", "Thanks Bob", "THANK YOU Ann", "athanks Bob", "ta Jo", "sta Jo",
        "cheer\u017f Al", "CHEERS Al", "than\u212as Al", "ty bob", "x £5", "a  $5", "a\t€ 5",
        "1 £5", "é £5", "_thanks Bob", "paid GBP 5", "Paid  USD5", "cheers\tZ", "the cheers",
        "thx,Bo", "TY Z", "3:45] Sam", "hi @Jo", "x\n£5", "GBP5 paid",
    ]  # fmt: skip
    for text in texts:
        assert (trigger.search(text) is None) == (plain.search(text) is None), text
