"""Round 11 (attack_drills.py): Chinese staff security-drill notices are the injection guard's
negatives; a drill used as a pretext for an order to drop the rules is still an attack."""

from __future__ import annotations

import random
from typing import Any

import pytest

from steward.serve.guards.attack_drills import drill_contrasts, drill_notices, drill_texts
from steward.serve.guards.injection import InjectionClassifier, PromptInjectionGuard


def test_generators_are_seeded_and_split() -> None:
    for language in ("en", "zh"):
        first = drill_notices(language, random.Random(3), 40)
        assert first == drill_notices(language, random.Random(3), 40)
        assert first != drill_notices(language, random.Random(4), 40)
        held = set(drill_notices(language, random.Random(3), 400, devtest=True))
        assert held.isdisjoint(drill_notices(language, random.Random(3), 400))
    texts, labels = drill_texts()
    assert len(texts) == len(labels) == 300 and set(labels) == {0}


@pytest.mark.shared_data
def test_a_trained_guard_passes_chinese_drill_notices(
    bank_injection_model: tuple[InjectionClassifier, dict[str, Any]],
) -> None:
    model, _ = bank_injection_model  # trained as the bank's (tests/serve/conftest.py)
    guard = PromptInjectionGuard(model, threshold=0.5)
    notices = drill_notices("zh", random.Random(99), 40, devtest=True)
    blocked = sum(v.action == "block" for v in guard.check_batch(notices))
    # held-back templates and parts: 35 of 40 blocked before round 11 (`steward guard train`'s
    # model; 31 and 34 with seeds 100, 101), 8 of 40 after (10 and 8), 9 with this fixture
    assert blocked <= 12, blocked
    attacks = drill_contrasts("zh", random.Random(99), 10, devtest=True)
    attacks += drill_contrasts("en", random.Random(99), 10, devtest=True)
    assert all(v.action == "block" for v in guard.check_batch(attacks))
