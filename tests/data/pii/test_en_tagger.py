"""The learned English PERSON/ADDRESS tagger: generator, features, training, shipped model,
engine."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.recognizers.base import Entity
from steward.data.pii.tagger.combine_en import combine_with_en_tagger
from steward.data.pii.tagger.features_en import bio_labels, candidate_runs, run_items, tokenize
from steward.data.pii.tagger.generate_en import _TEMPLATES
from steward.data.pii.tagger.generate_en import generate as generate_rows
from steward.data.pii.tagger.model import sha256_of
from steward.data.pii.tagger.model_en import EnTagger, plausible_person, shipped_model_path
from steward.data.pii.tagger.negatives_en import generate as generate_negatives
from steward.data.pii.tagger.recognizer import EnTaggerRecognizer
from steward.data.pii.tagger.train import DEFAULT_SOURCE_SEED
from steward.data.pii.tagger.train_en import extra_source, train
from steward.errors import StewardError


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
    # (a given name no lexicon lists: "Ngozi" the world list of given_names now holds)
    text = "Your replacement card is on its way.\n\nThanks & regards\nIfunanya Eze-Okafor"
    assert _found(rules_only, text) == []
    assert _found(with_tagger, text) == [("Ifunanya Eze-Okafor", "PERSON")]
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
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from pii_dev.en_names_addresses import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows = generate(50, 2718)
    assert len(rows) == 50 and rows == generate(50, 2718)
    assert all(row["lang"] == "en" for row in rows)
    assert rows == generate_rows(50, 2718, "dev")


ROOT = Path(__file__).resolve().parents[3]


def _train_command(out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "steward.data.pii.tagger.train_en",
        "--n",
        "60",
        "--iterations",
        "8",
        "--out",
        str(out),
        *extra,
    ]


def test_training_with_extra_sources_reproduces_from_its_card(tmp_path: Path) -> None:
    sources = [
        "--extra-source",
        "steward.data.pii.tagger.negatives_en:generate:40:5",
        "--extra-source",
        "benchmarks/pii_heldout6/generator.py:generate:40:9",
    ]
    first = tmp_path / "first.crfsuite"
    subprocess.run(_train_command(first, *sources), cwd=ROOT, check=True, capture_output=True)
    card = json.loads(first.with_suffix(".json").read_text("utf-8"))
    assert card["extra_sources"] == [
        "steward.data.pii.tagger.negatives_en:generate:40:5",
        "benchmarks/pii_heldout6/generator.py:generate:40:9",
    ]
    # The recorded command, run again, gives the same bytes.
    second = tmp_path / "second.crfsuite"
    command = shlex.split(card["command"])
    assert command[:3] == ["python", "-m", "steward.data.pii.tagger.train_en"]
    subprocess.run(
        [sys.executable, *command[1:], "--out", str(second)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert second.read_bytes() == first.read_bytes()
    assert sha256_of(second) == card["sha256"]
    # The sources are data: without them the model differs.
    alone = tmp_path / "alone.crfsuite"
    subprocess.run(_train_command(alone), cwd=ROOT, check=True, capture_output=True)
    assert alone.read_bytes() != first.read_bytes()


def test_extra_source_keeps_english_names_and_addresses_only() -> None:
    spec, rows = extra_source("benchmarks/pii_heldout6/generator.py:generate:60")
    assert spec == f"benchmarks/pii_heldout6/generator.py:generate:60:{DEFAULT_SOURCE_SEED}"
    assert rows and all(row["lang"] == "en" for row in rows)
    labels = {span["label"] for row in rows for span in row["spans"]}  # type: ignore[attr-defined]
    assert labels == {"PERSON", "ADDRESS"}
    assert any(not row["spans"] for row in rows)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("negatives_en", "MODULE:FUNC"),
        ("steward.data.pii.tagger.negatives_en:generate:many", "whole numbers"),
        ("steward.data.pii.tagger.negatives_en:missing", "cannot load missing"),
        ("benchmarks/no_such_generator.py:generate", "no Python file"),
    ],
)
def test_bad_extra_source_is_named(spec: str, message: str) -> None:
    with pytest.raises(StewardError, match=message) as raised:
        extra_source(spec)
    assert spec in str(raised.value)


def test_shipped_model_trains_on_other_seeds_than_the_benchmark_scores() -> None:
    card = json.loads(shipped_model_path().with_suffix(".json").read_text("utf-8"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from pii_quality import BLIND_SETS
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    scored = {f"benchmarks/pii_{blind.flag}/generator.py": blind.seed for blind in BLIND_SETS}
    scored["benchmarks/pii_heldout/generator.py"] = 1812  # pii_quality's --independent-seed
    for spec in card.get("extra_sources", []):
        path, _, _, seed = spec.split(":")
        assert scored.get(path) != int(seed), spec
        if path.startswith("benchmarks/pii_dev/"):
            assert int(seed) != 7  # pii_quality's --dev-seed


def test_hard_negatives_are_seeded_and_free_of_spans() -> None:
    rows = generate_negatives(200, 4)
    assert rows == generate_negatives(200, 4) and rows != generate_negatives(200, 5)
    assert all(row["spans"] == [] and row["lang"] == "en" for row in rows)
    texts = "\n".join(str(row["text"]) for row in rows)
    for marker in ("Ltd", "&", "LLC", "Street", "Team", "Manager"):
        assert marker in texts


def _combined(text: str, rule_spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The analyzer's English combination over the given rule spans ((value, recognizer),
    PERSON), tagger spans kept as scored."""
    kept = [
        Entity(text.index(value), text.index(value) + len(value), "PERSON", 0.6, recognizer)
        for value, recognizer in rule_spans
    ]
    found = combine_with_en_tagger(text, kept, EnTaggerRecognizer(), lambda _, spans: spans)
    return sorted((text[e.start : e.end], e.recognizer) for e in found)


def test_the_tagger_checks_the_lexicon_rules_names() -> None:
    # a lexicon hit the tagger reads as no name is dropped
    text = "The Leeds branch closes early on Friday."
    assert _combined(text, [("Leeds", "given_name")]) == []
    # one it reads as a name stays, and so does a span of a rule it does not check
    text = "Thank you for your help.\n\nKind regards,\nMary Whitfield"
    assert _combined(text, [("Mary Whitfield", "given_name")]) == [("Mary Whitfield", "given_name")]
    text = "The Leeds branch closes early on Friday."
    assert _combined(text, [("Leeds", "signoff_name")]) == [("Leeds", "signoff_name")]
    # a lowercase name is not read by the tagger, so it cannot doubt it
    text = "hi its sandy my card was declined"
    assert _combined(text, [("sandy", "given_name")]) == [("sandy", "given_name")]


def test_checked_spans_get_a_name_probability_where_read() -> None:
    tagger = EnTagger()
    text = "Kind regards,\nOlamide Fashola\n\nthe leeds office"
    name = (text.index("Olamide"), text.index("Olamide") + len("Olamide Fashola"))
    lowercase = (text.index("leeds"), text.index("leeds") + 5)
    spans, probabilities = tagger.tag_checked(text, [], [name, lowercase])
    assert spans == tagger.tag(text)
    assert probabilities[0] is not None and probabilities[0] > 0.5
    assert probabilities[1] is None  # not read: no capitalised word
