"""Person names: the English lexicon engine (default) and spaCy NER (``ner="spacy"``), and
jieba POS tags for Chinese."""

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
def test_names_found(
    analyzer: Analyzer, spacy_analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected
    assert names(spacy_analyzer, text) == expected


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
def test_common_words_are_not_names(
    analyzer: Analyzer, spacy_analyzer: Analyzer, text: str
) -> None:
    assert names(analyzer, text) == []
    assert names(spacy_analyzer, text) == []


def test_models_load_lazily_and_once() -> None:
    analyzer = Analyzer(labels=["EMAIL_ADDRESS"])
    assert all(r.name not in ("spacy_ner", "jieba_person") for r in analyzer.recognizers)
    assert all(r.name != "spacy_ner" for r in Analyzer(labels=["PERSON"]).recognizers)
    people = Analyzer(labels=["PERSON"], ner="spacy")
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


def test_ner_choice_is_checked() -> None:
    with pytest.raises(ValueError, match="ner must be 'lexicon' or 'spacy'"):
        Analyzer(ner="bert")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # honorifics and the words that introduce a name
        # (a bare surname is spanned with its title: issue 18's labelling convention)
        ("Mr. Pálffy is a 19 year old man.", ["Mr. Pálffy"]),
        ("Please correct it to Dr. Cettina Fanucci?", ["Cettina Fanucci"]),
        ("What's your last name? Magnusson", ["Magnusson"]),
        ("She named him Frank", ["Frank"]),
        ("My grandmother was called Brosca Erdôs", ["Brosca Erdôs"]),
        # lists of names, once one member is a known name
        ("The founders: Kónya, Becker and Vasquez.", ["Kónya", "Becker", "Vasquez"]),
        # the speakers of a transcript
        ("Ubul: What a wife.\nNicole: Remember me?", ["Ubul", "Nicole"]),
        # surname shapes, initials, other alphabets
        ("Write to Faina D. Yefremova about it.", ["Faina D. Yefremova"]),
        ("The account of Djevad Šušulić is frozen.", ["Djevad Šušulić"]),
        # no rule evidence; the English tagger reads "Ask … for details" as a person cue
        ("Ask Tomomi Nishiyama for details.", ["Tomomi Nishiyama"]),
        # lowercase, only as given name + surname
        ("follow up with naomi ryan next week", ["naomi ryan"]),
        ("Will Smith called about his card.", ["Will Smith"]),
    ],
)
def test_name_evidence(patterns: Analyzer, text: str, expected: list[str]) -> None:
    assert names(patterns, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Name: Date: Phone: the form was empty.",  # field labels are not speakers
        "Customer: my card is blocked.\nAgent: Let me check.",
        "Transfer between Paris, London and Berlin branches.",  # places, not a list of names
        "Mr. and Mrs. are titles.",
        "Prices in Germany rose.",
        "The Smith account is closed.",  # a lone surname without a cue
    ],
)
def test_name_evidence_rejects(patterns: Analyzer, text: str) -> None:
    assert names(patterns, text) == []
