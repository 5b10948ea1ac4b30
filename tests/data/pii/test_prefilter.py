"""Trigger prefilters and NER candidate windows: cheap skips must not lose entities."""

from __future__ import annotations

import time

from steward.data.pii import Analyzer
from steward.data.pii.recognizers import RECOGNIZERS
from steward.data.pii.recognizers.person_en import needs_ner, ner_windows


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(e.label, text[e.start : e.end]) for e in analyzer.analyze(text)]


def test_entities_in_a_later_sentence_are_found(analyzer: Analyzer) -> None:
    text = (
        "Thanks for getting back to me so quickly. The branch was closed today. "
        "Please ask Kowalczyk Zbigniewski to call me at (212) 555-0148 or mail jo@example.com."
    )
    labels = found(analyzer, text)
    assert ("PHONE_NUMBER", "(212) 555-0148") in labels
    assert ("EMAIL_ADDRESS", "jo@example.com") in labels
    assert any(label == "PERSON" and "Kowalczyk" in value for label, value in labels)


def test_texts_without_a_trigger_return_nothing_quickly(analyzer: Analyzer) -> None:
    texts = ["thanks, the app works again and my balance looks right now."] * 2000
    # CPU time, not wall time: a loaded CI machine must not fail this (about 0.16 s idle).
    began = time.process_time()
    assert analyzer.analyze_batch(texts) == [[] for _ in texts]
    assert time.process_time() - began < 2.0
    assert not needs_ner(texts[0])


def test_triggers_match_what_their_recognizers_find() -> None:
    samples = [
        "mail me at a.b@c.org",
        "see https://x.example.com/a or www.example.org",
        "from 10.0.0.1 and 2001:db8::ff00:42:8329",
        "IBAN GB82 WEST 1234 5698 7654 32",
        "ssn 078-05-1120",
        "身份证11010519491231002X",
        "card 4111 1111 1111 1111",
        "call +44 (0) 20 7946 0958 or 212.555.0148",
    ]
    for cls in RECOGNIZERS.values():
        recognizer = cls()
        if recognizer.trigger is None:
            continue
        for text in samples:
            if list(recognizer.analyze(text, "en")):
                assert recognizer.trigger.search(text), (recognizer.name, text)


def test_ner_windows_skip_covered_and_stop_words() -> None:
    text = "Yesterday I met them and then Anna Smith at the Bank. They agreed."
    name = (text.index("Anna"), text.index(" at"))
    assert ner_windows(text, [name], context=None) == []  # the rest: stop or never-name words
    assert ner_windows(text, context=None) == [(0, len(text))]
    (window,) = ner_windows(text, context=1)
    assert text[slice(*window)] == "then Anna Smith at"


def test_batch_gives_the_same_entities_as_one_text_at_a_time(analyzer: Analyzer) -> None:
    """The batch scans its triggers over the joined texts: a hit in the first or the last
    text, a speaker label at a text's start and texts without any trigger must come out
    exactly as when each text is analysed alone."""
    texts = [
        "call me at (212) 555-0148",
        "nothing personal here",
        "Ubul: What a wife.\nNicole: Remember me?",
        "我叫朱小红，电话13912345678",
        "",
        "mail jo@example.com",
    ]
    assert analyzer.analyze_batch(texts) == [analyzer.analyze(text) for text in texts]
    assert [found(analyzer, t) for t in texts[-1:]] == [[("EMAIL_ADDRESS", "jo@example.com")]]


def test_the_lowercase_name_trigger_holds_every_cue_the_recognizer_reads() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
    from pii_dev import dev_sets

    recognizer = RECOGNIZERS["lowercase_name"]()
    trigger = recognizer.trigger
    assert trigger is not None
    samples = [
        "my daughter aroha ngata will call",
        "MY SON\tliam murphy lost his card",
        "hi its chidi okafor",
        "this is will baker",
        "Name: li xiaoming",
        "my name is zhou ting and i need help",
        "cardholder maria gonzales pls check",
        "on behalf of my mum ann lee",
        "ok i'm sofia rossi",
        "please call mr. menon",
        "thanks for the help! — mateo whitlock",
        "IVR: Can I take your full name?\n(0:56) CUST: um gareth raghunathan yeah",
    ]
    for generate in dev_sets().values():
        samples += [str(row["text"]) for row in generate(150, 3)]
    found = 0
    for text in samples:
        if list(recognizer.analyze(text, "en")):
            found += 1
            assert trigger.search(text), text
    assert found >= 10
    # (a possessive before an ordinary noun holds no cue: most bank messages have one)
    assert not trigger.search("my card was declined at the shop yesterday")
