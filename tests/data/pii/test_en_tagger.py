"""The learned English PERSON/ADDRESS tagger: generator, features, training, shipped model,
engine."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.tagger.features_en import bio_labels, candidate_runs, run_items, tokenize
from steward.data.pii.tagger.generate_en import _TEMPLATES
from steward.data.pii.tagger.generate_en import generate as generate_rows
from steward.data.pii.tagger.model import sha256_of
from steward.data.pii.tagger.model_en import EnTagger, plausible_person, shipped_model_path
from steward.data.pii.tagger.train_en import train


def _values(text: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label, _ in spans]


def test_generator_is_seeded_and_its_spans_index_the_text() -> None:
    rows = generate_rows(300, 7)
    assert rows == generate_rows(300, 7)
    assert rows != generate_rows(300, 8)
    labels = set()
    for row in rows:
        text = str(row["text"])
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):  # type: ignore[attr-defined]
            assert previous_end <= span["start"] < span["end"] <= len(text)
            value = text[span["start"] : span["end"]]
            assert value.strip() == value and value
            previous_end = span["end"]
            labels.add(span["label"])
    assert labels == {"PERSON", "ADDRESS"}
    assert any(not row["spans"] for row in rows)  # hard negatives are there


def test_dev_split_draws_other_templates() -> None:
    train_text = {str(r["text"]) for r in generate_rows(200, 3, "train")}
    dev_text = {str(r["text"]) for r in generate_rows(200, 3, "dev")}
    assert train_text.isdisjoint(dev_text)
    with pytest.raises(ValueError, match="split"):
        generate_rows(1, 1, "test")
    assert len(_TEMPLATES) >= 8


def test_bio_labels_follow_the_spans_and_runs_cover_them() -> None:
    text = "thanks for all the help,\nK. R. Narayanan\nNo. 12, Jalan SS 2/24, 47300 Petaling Jaya"
    start = text.index("K. R.")
    address = text.index("No. 12")
    entities: list[dict[str, object]] = [
        {"start": start, "end": start + len("K. R. Narayanan"), "label": "PERSON"},
        {"start": address, "end": len(text), "label": "ADDRESS"},
    ]
    spans = tokenize(text)
    labels = bio_labels(text, spans, entities)
    tagged = [(text[s:e], label) for (s, e), label in zip(spans, labels, strict=True)]
    assert tagged[4:7] == [("help", "O"), (",", "O"), ("K", "B-PERSON")]
    assert ("Narayanan", "I-PERSON") in tagged and ("No", "B-ADDRESS") in tagged
    assert tagged[-1] == ("Jaya", "I-ADDRESS")
    # The tagger reads the runs of capitalised words and numbers; every entity lies in one.
    covered = {i for tokens, _ in run_items(text) for i, s in enumerate(spans) if s in tokens}
    assert {i for i, label in enumerate(labels) if label != "O"} <= covered
    assert min(covered) == 6  # the lowercase words before the name are not read


def test_runs_of_numbers_alone_are_not_read() -> None:
    # kinds: 0 other, 1 number, 2 capitalised word
    assert candidate_runs("0110100") == []  # "call 0412 555 019 now": a phone only
    assert candidate_runs("0210010") == [(1, 6)]  # a word and a number two tokens apart
    assert candidate_runs("2000200") == [(0, 1), (4, 5)]  # three tokens apart: two runs


def test_a_tiny_tagger_trained_here_finds_a_name_it_never_saw(tmp_path: Path) -> None:
    rows = generate_rows(400, 5)
    assert not any("Olamide" in str(row["text"]) for row in rows)
    tagger = EnTagger(train(rows, tmp_path / "tiny.crfsuite", max_iterations=40))
    text = "Thanks for your help.\n\nKind regards,\nOlamide Fashola"
    assert _values(text, tagger.tag(text)) == [("Olamide Fashola", "PERSON")]


def test_training_is_deterministic(tmp_path: Path) -> None:
    rows = generate_rows(150, 11)
    first = train(rows, tmp_path / "a.crfsuite", max_iterations=15)
    second = train(rows, tmp_path / "b.crfsuite", max_iterations=15)
    assert sha256_of(first) == sha256_of(second)
    other = train(generate_rows(150, 12), tmp_path / "c.crfsuite", max_iterations=15)
    assert sha256_of(other) != sha256_of(first)


def test_shipped_model_is_small_and_matches_its_card() -> None:
    path = shipped_model_path()
    card = json.loads(path.with_suffix(".json").read_text("utf-8"))
    assert path.stat().st_size < 1024 * 1024
    assert sha256_of(path) == card["sha256"]
    assert card["bytes"] == path.stat().st_size
    assert card["command"].startswith("python -m steward.data.pii.tagger.train_en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in a signature, not in any lexicon, after a sign-off and before a team line
        (
            "Your replacement card is on its way.\n\nThanks & regards\nNgozi Eze-Okafor\n"
            "Cards Operations",
            [("Ngozi Eze-Okafor", "PERSON")],
        ),
        (
            "Please update my address to Unit 5, 42 Wattle Grove, Toowong QLD 4066.",
            [("Unit 5, 42 Wattle Grove, Toowong QLD 4066", "ADDRESS")],
        ),
        # product names and capitalised sentence starts are not names
        ("The Platinum Rewards card annual fee is waived for the first year.", []),
        ("Apple Pay stopped working on my phone yesterday.", []),
        ("Yesterday I visited the Orchard Road branch.", []),
        ("Transfer scheduled for 7 July. Refund of INR 27,000 credited.", []),
    ],
)
def test_shipped_model_tags_unseen_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, EnTagger().tag(text)) == expected


def test_organisations_and_common_chinese_words_are_not_names() -> None:
    assert plausible_person("Oluwaseun Mbeki")
    assert not plausible_person("Crestway Bank")
    assert not plausible_person("Southern Italy")
    assert plausible_person("王芳") and not plausible_person("谢谢")


def test_missing_model_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"missing\.crfsuite"):
        EnTagger(tmp_path / "missing.crfsuite")


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


def test_engine_adds_what_the_rules_miss_and_keeps_their_spans() -> None:
    with_tagger, rules_only = Analyzer(), Analyzer(exclude=["en_tagger"])
    text = "Your replacement card is on its way.\n\nThanks & regards\nNgozi Eze-Okafor"
    assert _found(rules_only, text) == []
    assert _found(with_tagger, text) == [("Ngozi Eze-Okafor", "PERSON")]
    # (a street word the rules do not list: "Parade" they now know)
    text = "New address: 7/21 Ocean Outlook, Coogee NSW 2034"
    assert _found(rules_only, text) == []
    assert _found(with_tagger, text) == [("7/21 Ocean Outlook, Coogee NSW 2034", "ADDRESS")]
    # Where a rule found the span, the rule's span stands.
    text = "Please pay the rent to beneficiary Tendai Moyo, thanks."
    assert _found(with_tagger, text) == _found(rules_only, text) == [("Tendai Moyo", "PERSON")]
    # Chinese text never reaches the English tagger.
    text = "我同事David Chen下个月去香港开户。"
    assert _found(with_tagger, text) == _found(Analyzer(exclude=["en_tagger"]), text)


def test_dev_module_draws_dev_records() -> None:
    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        from pii_dev.en_names_addresses import generate
    finally:
        sys.path.remove(str(root / "benchmarks"))
    rows = generate(50, 2718)
    assert len(rows) == 50 and rows == generate(50, 2718)
    assert all(row["lang"] == "en" for row in rows)
    assert rows == generate_rows(50, 2718, "dev")
