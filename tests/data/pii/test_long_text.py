"""Long texts (issue 17, item 6): windows give the spans whole-text analysis gives, and the
overlap resolution that merges them keeps what one greedy pass over every span would keep."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.anonymize import Anonymizer
from steward.data.pii.language import detect_language
from steward.data.pii.recognizers import LABELS, Entity, resolve_overlaps
from steward.examples.bank import BankDataConfig, generate_bank_lines

WHOLE = 10**9  # a window no test text reaches: whole-text analysis


@cache
def _messages() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The bank example's messages, most with personal data, split into English and Chinese."""
    config = BankDataConfig(n_messages=1500, seed=7, pii_rate=0.9, malformed_rate=0.0)
    lines, _ = generate_bank_lines(config)
    english: list[str] = []
    chinese: list[str] = []
    for raw in lines:
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if isinstance(text, str) and text.strip():
            (chinese if detect_language(text) == "zh" else english).append(text)
    return tuple(english), tuple(chinese)


def _document(seed: int, size: int, separator: str, share_zh: float) -> str:
    rng = random.Random(seed)
    english, chinese = _messages()
    parts: list[str] = []
    total = 0
    while total < size:
        part = rng.choice(chinese if rng.random() < share_zh else english)
        parts.append(part)
        total += len(part) + len(separator)
    return separator.join(parts)[:size]


@pytest.fixture(scope="module")
def analyzers() -> tuple[Analyzer, Analyzer]:
    """Every label, whole-text and in small windows (many window edges in a 12-30 kB text)."""
    whole = Analyzer(labels=LABELS, window_chars=WHOLE)
    windowed = Analyzer(labels=LABELS, window_chars=1_500, window_margin=1_024)
    return whole, windowed


@pytest.mark.parametrize(
    ("seed", "separator", "share_zh"),
    [(1, "\n", 0.0), (2, " ", 0.0), (3, "\n", 1.0), (4, "", 1.0), (5, "\n\n", 0.4), (6, "", 0.5)],
    ids=["en-lines", "en-one-line", "zh-lines", "zh-run-on", "mixed-paragraphs", "mixed-run-on"],
)
def test_windowed_spans_equal_whole_text_spans(
    analyzers: tuple[Analyzer, Analyzer], seed: int, separator: str, share_zh: float
) -> None:
    whole, windowed = analyzers
    # 12-30 kB: eight to twenty 1,500-character windows, over a hundred spans (was 20-50 kB)
    text = _document(seed, random.Random(seed).randint(12_000, 30_000), separator, share_zh)
    expected = whole.analyze(text)
    assert len(expected) > 100  # PII all along the text, so many spans sit at window edges
    spans = windowed.analyze(text)  # analyzed once, compared and anonymized
    assert spans == expected
    replace = Anonymizer(default="replace")
    assert replace.anonymize(text, spans) == replace.anonymize(text, expected)


def test_windows_keep_the_language_of_the_whole_text(analyzers: tuple[Analyzer, Analyzer]) -> None:
    # Mostly Chinese, with a long English stretch that a window on its own would call English.
    whole, windowed = analyzers
    text = _document(11, 15_000, "\n", 1.0) + "\n" + _document(12, 4_000, "\n", 0.0)
    assert detect_language(text) == "zh"
    assert windowed.analyze(text) == whole.analyze(text)


def test_a_span_longer_than_the_margin_is_read_whole(analyzers: tuple[Analyzer, Analyzer]) -> None:
    whole, windowed = analyzers
    url = "https://files.example.com/" + "/".join(f"part{i}" for i in range(900))  # ~7 kB
    text = (
        _document(21, 4_000, "\n", 0.3) + f"\nsee {url} today\n" + _document(22, 4_000, "\n", 0.3)
    )
    spans = windowed.analyze(text)
    assert spans == whole.analyze(text)
    assert any(text[e.start : e.end] == url for e in spans)


def test_transcript_speakers_are_judged_over_the_whole_text(
    analyzers: tuple[Analyzer, Analyzer],
) -> None:
    # "Note:" far down makes not every line label a name, so no label is a speaker; a window
    # that only saw the first lines would report Ubul and Nicole.
    whole, windowed = analyzers
    lines = ["Ubul: what a day.", "Nicole: remember me."] * 200 + ["Note: call back at five."]
    text = "\n".join(lines)
    assert windowed.analyze(text) == whole.analyze(text)
    assert not any(e.recognizer == "speaker_label" for e in whole.analyze(text))


def test_a_margin_too_narrow_for_the_context_is_refused() -> None:
    with pytest.raises(ValueError, match="window_margin"):
        Analyzer(window_chars=1_000, window_margin=100)


def _pairwise_greedy(entities: list[Entity]) -> list[Entity]:
    """The reference: rank every span, keep each that overlaps no span kept before it."""
    ranked = sorted(entities, key=lambda e: (-e.score, -(e.end - e.start), e.start, e.label))
    chosen: list[Entity] = []
    for entity in ranked:
        if all(entity.end <= other.start or entity.start >= other.end for other in chosen):
            chosen.append(entity)
    return sorted(chosen)


@pytest.mark.parametrize("seed", range(20))
def test_resolve_overlaps_keeps_what_pairwise_greedy_keeps(seed: int) -> None:
    rng = random.Random(seed)
    entities = []
    for _ in range(rng.randint(1, 300)):
        start = rng.randrange(2_000)
        end = start + rng.choice([0, 1, 2, 5, 10, 40, 200])
        score = rng.choice([0.3, 0.5, 0.5, 0.8, 0.95])
        label = rng.choice(["PERSON", "PHONE_NUMBER", "ADDRESS"])
        entities.append(Entity(start, end, label, score, rng.choice(["a", "b"])))
    assert resolve_overlaps(entities) == _pairwise_greedy(entities)
