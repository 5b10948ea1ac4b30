"""The engine scans each recognizer's trigger as the pieces :mod:`steward.data.pii.trigger_plan`
splits it into (lower-cased text for a case-insensitive one): the texts hit must be exactly the
texts the trigger itself hits, on the dev sets and on texts with the characters ``re`` folds
differently from ``str.lower``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.engine import _TriggerIndex
from steward.data.pii.recognizers.lowercase_names import _CUE
from steward.data.pii.recognizers.phone import _REGION_SIGNS
from steward.data.pii.trigger_plan import (
    _boundary_after_first,
    _branch_pieces,
    _branches,
    finditer_by_branch,
    plan,
    search_any,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_dev import dev_sets

ODD = [
    "Kind regardſ, Ann",  # a long s: (?i) reads it as an "s", lower() keeps it
    "THANKS from İstanbul — Mr Kaya",  # İ lower-cases to two characters
    "dıd you get it? My name is Işık",  # a dotless i
    "Best wishes,\nJo",
    "my KELVIN-sign \u212a test: Mr Kim",
]


def _texts() -> list[str]:
    texts: list[str] = []
    for generate in dev_sets().values():
        texts += [str(row["text"]) for row in generate(120, 11)]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _trigger_hits(index: _TriggerIndex, trigger: re.Pattern[str]) -> list[int]:
    return index._hits(trigger, index.joined)


def test_plan_hits_the_texts_the_trigger_hits(analyzer: Analyzer, texts: list[str]) -> None:
    split = 0
    for batch in (texts, texts[:50] + ODD, ODD):
        index = _TriggerIndex(batch)
        for recognizer in analyzer.recognizers:
            if recognizer.trigger is None:
                continue
            split += len(plan(recognizer.trigger).pieces) > 1
            assert index.hits(recognizer.trigger) == _trigger_hits(index, recognizer.trigger), (
                recognizer.name
            )
    assert split > 0  # (some triggers are split: the test reads the split path)


def test_odd_folds_fall_back_to_the_trigger() -> None:
    trigger = re.compile(r"(?i)regards|thanks")
    index = _TriggerIndex(["fine", "Kind regardſ", "ok"])
    assert index.lowered() is None
    assert index.hits(trigger) == [1]


@pytest.mark.parametrize(
    ("branch", "rewritten"),
    [
        (r"\bmy[ \t]+[a-z]", r"m(?<!\w.)y[ \t]+[a-z]"),
        (r"\b(?:mr|dr)\b", r"(?:m(?<!\w.)r|d(?<!\w.)r)\b"),
        (r"\bi?x", r"\bi?x"),  # a quantified first letter: left as it is
        (r"\b(?:mr|\d)x", r"\b(?:mr|\d)x"),  # an alternative opening on an escape: left
    ],
)
def test_boundary_read_after_the_first_letter(branch: str, rewritten: str) -> None:
    assert _boundary_after_first(branch) == rewritten
    for text in ("my x", "army x", "mr", "Dr x", "adr", "ix", "x", "1x", "mrx"):
        assert bool(re.search(branch, text)) == bool(re.search(rewritten, text)), text


def test_branches_respect_groups_classes_and_escapes() -> None:
    assert _branches(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]
    assert _branches("(a|b") is None


def test_a_one_character_look_behind_is_read_after_the_first_letter() -> None:
    branch = "(?<![A-Za-z])(?:Zhang|Li)"
    rewritten = _boundary_after_first(branch)
    assert rewritten == "(?:Z(?<![A-Za-z].)hang|L(?<![A-Za-z].)i)"
    for text in ("Zhang", "aZhang", "1Li", "Li", "xLi", "Wang"):
        assert bool(re.search(branch, text)) == bool(re.search(rewritten, text)), text


def test_a_case_insensitive_branch_is_scanned_lower_cased() -> None:
    trigger = re.compile(r"@[A-Z]|(?i:carer|next of kin)|\d:\d\d")
    scan = plan(trigger)
    assert [piece.pattern for piece, _ in scan.folded] == ["carer|next of kin"]
    texts = ["my CARER", "Next Of Kin", "care", "@Bo", "10:30", "carer ſ", "NEXT OF KİN"]
    for batch in (texts, texts[:5], ["CARER"]):
        index = _TriggerIndex(batch)
        assert index.hits(trigger) == _trigger_hits(index, trigger)


CUE_TEXTS = [
    "Name: li xiaoming",
    "my name is zhou ting and my daughter aroha ngata",
    "weeks ago! — mateo whitlock",
    "hi its chidi okafor. THIS IS WILL BAKER, ok I'm sam",
    "cardholder liam murphy. on behalf of my mum",
    "IVR: Can I take your full name?\n(0:56) CUST: um gareth raghunathan yeah",
    "İ am ſam. i am ann",  # odd folds: the pattern itself
    "",
]


def test_finditer_by_branch_finds_what_finditer_finds(texts: list[str]) -> None:
    assert _branch_pieces(_CUE) is not None  # (the cue pattern is read branch by branch)
    found = 0
    for text in CUE_TEXTS + texts:
        whole = [(m.span(), m.group().lower()) for m in _CUE.finditer(text)]
        ours = [(m.span(), m.group().lower()) for m in finditer_by_branch(_CUE, text)]
        assert ours == whole, text
        found += len(whole)
    assert found > 100
    # the earliest branch wins a tie, as in the alternation; empty matches: finditer's own
    tie = re.compile(r"ab|a|b?")
    assert [m.span() for m in finditer_by_branch(tie, "xabab a")] == [
        m.span() for m in tie.finditer("xabab a")
    ]


def test_search_any_is_search(texts: list[str]) -> None:
    signs = [sign for _, sign in _REGION_SIGNS] + [re.compile(r"(?i)\bregards|thanks")]
    extra = ["Kind regardſ", "+65 9123 4567", "Dublin 4", "İreland"]
    for text in texts[:400] + extra:
        for sign in signs:
            assert search_any(sign, text) == (sign.search(text) is not None), (sign, text)


def test_a_back_reference_splits_only_where_its_branch_is_scanned_alone() -> None:
    dates = re.compile(r"\d{4}|年|(?i:nineteen|twenty)|\d{1,3}([/.])\d{1,2}\1\d|[OIl]\d{3}")
    scan = plan(dates)
    assert r"\d{1,3}([/.])\d{1,2}\1\d" in [p.pattern for p in scan.pieces]
    texts = ["3/4/5", "3/4.5", "1999", "年", "Twenty", "O123", "12.3", "none", "3.4.55", "ſ 1/2/3"]
    for batch in (texts, texts[:-1]):
        index = _TriggerIndex(batch)
        assert index.hits(dates) == _trigger_hits(index, dates), batch
    # a second branch with a group, one opening on a literal, or a case-insensitive trigger:
    # the trigger stays whole
    for whole in (r"(a)\1|(b)x", r"a(b)\1|\dx", r"(?i)(a)\1|\db"):
        trigger = re.compile(whole)
        assert plan(trigger).pieces == (trigger,), whole
