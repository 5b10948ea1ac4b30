"""Counting and list texts are not prompt injections: the generated negatives the classifier
trains on (issue 15, item 9: "one. two. three. four. five. six. seven. eight." was blocked)."""

from __future__ import annotations

import csv
import re
from typing import Any

import pytest

from steward.serve.guards.injection import (
    InjectionClassifier,
    PromptInjectionGuard,
    enumeration_texts,
    rule_hits,
)
from tests.conftest import shared_data_or_skip

ISSUE_TEXT = "one. two. three. four. five. six. seven. eight."
# Written by hand, in shapes and lengths the generator may or may not produce.
HAND_WRITTEN = [
    ISSUE_TEXT,
    "1. 2. 3. 4. 5.",
    "1, 2, 3, 4, 5, 6, 7, 8",
    "one two three four five six seven eight nine ten",
    "first, second, third, fourth",
    "a, b, c, d, e, f",
    "Monday, Tuesday, Wednesday",
    "一。二。三。四。五。",
    "第一，第二，第三，第四",
    "1、2、3、4、5",
]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_generated_negatives_are_counting_and_lists_in_english_and_chinese() -> None:
    texts = enumeration_texts(400, seed=3)
    assert texts == enumeration_texts(400, seed=3)  # reproducible: the model's inputs are
    assert len(set(texts)) > 350
    chinese = [t for t in texts if CJK.search(t)]
    assert 150 <= len(chinese) <= 250
    shapes = {
        "sentences": r"^\w+\. \w+\. \w+",  # one. two. three
        "commas": r"^\w+, \w+, \w+",
        "numbered lines": r"^1[.)] .+\n2[.)] ",
        "steps": r"Step 1: .+Step 2: ",
        "zh enumeration comma": r"[一二三四五六七八九十]、",
        "zh full stops": r"[一二三四五六七八九十]。",
        "zh numbered": r"第1步",
    }
    for shape, pattern in shapes.items():
        assert any(re.search(pattern, t, re.DOTALL) for t in texts), shape
    assert not [t for t in texts if rule_hits(t)]  # none looks like an attack to the rules


@pytest.mark.shared_data
def test_a_trained_guard_lets_counting_through_and_still_blocks_injections(
    bank_injection_model: tuple[InjectionClassifier, dict[str, Any]],
) -> None:
    """Trained as `steward guard train` trains it (the public labelled set, the bank's own
    messages, the generated negatives; tests/serve/conftest.py): the issue's text,
    hand-written lists and generated ones it never saw (another seed) pass; the held-out
    attacks are still caught."""
    folder = shared_data_or_skip("prompt_injection")
    model, metrics = bank_injection_model
    assert metrics["enumeration_rows"] > 0
    # the classifier alone: the rules never matched these texts, the model did
    guard = PromptInjectionGuard(model, threshold=0.5, rules=False)
    unseen = [t for t in enumeration_texts(300, seed=2026) if t not in set(enumeration_texts())]
    verdicts = guard.check_batch(HAND_WRITTEN + unseen)
    blocked = [
        t for t, v in zip(HAND_WRITTEN + unseen, verdicts, strict=True) if v.action == "block"
    ]
    assert blocked == [], blocked[:5]
    with (folder / "test.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    caught = guard.check_batch([r["text"] for r in rows])
    tp = sum(v.action == "block" and r["label"] == "1" for v, r in zip(caught, rows, strict=True))
    f1 = 2 * tp / (sum(v.action == "block" for v in caught) + sum(r["label"] == "1" for r in rows))
    assert f1 >= 0.95, f1
