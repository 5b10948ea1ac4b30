"""Person names with the real models: spaCy NER (English) and jieba POS tags (Chinese)."""

from __future__ import annotations

import pytest

from steward.data.pii import Analyzer


def names(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, this is Julie Porter, my phone was stolen.", ["Julie Porter"]),
        ("I'd like to complain about the branch manager, Katie White.", ["Katie White"]),
        ("Please set up a monthly payment to Ashley Pruitt.", ["Ashley Pruitt"]),
        ("Will Smith called about his card.", ["Will Smith"]),
        ("您好，客户经理郭志强让我把资料发到这里", ["郭志强"]),
        ("我给姚超转了五千块", ["姚超"]),
        ("身份证号，姓名何利，想查询", ["何利"]),
        ("收件人朱小红。多谢", ["朱小红"]),
        ("联系人杨淑珍，手机", ["杨淑珍"]),
    ],
)
def test_names_found(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bill me for the annual fee, please.",
        "Will you waive the fee? The Rose Garden branch is closed.",
        "I am Trying to pay my card bill.",
        "王者荣耀的充值可以退款吗？",
        "今天很高兴，贷款批下来了。",
        "我的银行卡丢了，怎么补办？",
    ],
)
def test_common_words_are_not_names(analyzer: Analyzer, text: str) -> None:
    assert names(analyzer, text) == []


def test_models_load_lazily_and_once() -> None:
    analyzer = Analyzer(labels=["EMAIL_ADDRESS"])
    assert all(r.name not in ("spacy_ner", "jieba_person") for r in analyzer.recognizers)
    people = Analyzer(labels=["PERSON"])
    spacy = next(r for r in people.recognizers if r.name == "spacy_ner")
    assert spacy._nlp is None  # type: ignore[attr-defined]
    people.analyze("no capitals here at all")
    assert spacy._nlp is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scott is a very sympathetic person.", ["Scott"]),
        ("Date: 2020-06-20\nName: Julieta S Almeida\nPhone: 451 5986", ["Julieta S Almeida"]),
        ("Follow up with Sigrid Nyström in a couple of months.", ["Sigrid Nyström"]),
    ],
)
def test_given_name_lexicon(patterns: Analyzer, text: str, expected: list[str]) -> None:
    assert names(patterns, text) == expected


def test_given_name_lexicon_skips_common_words(patterns: Analyzer) -> None:
    assert names(patterns, "My card was declined on Sunday in France.") == []
