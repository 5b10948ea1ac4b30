from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from steward.audit.robustness import (
    CharNoise,
    ChineseSimilarChars,
    available_attacks,
    get_attack,
    run_attack,
)
from steward.audit.robustness.chinese import SIMILAR
from steward.config import TrainPolicy
from steward.errors import StewardError
from steward.train.trainer import IntentClassifier

CJK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
TEXTS = {
    "card_lost": ["I lost my card", "my card is gone", "card missing help", "卡丢了怎么办"],
    "balance": ["what is my balance", "how much money do I have", "show balance", "查询余额"],
}


class KeywordModel:
    """Stand-in: 'card' in the text means card_lost; counts every text it scores."""

    def __init__(self) -> None:
        self.labels = ["balance", "card_lost"]
        self.queries = 0

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        self.queries += len(texts)
        card = np.array([0.9 if "card" in t.lower() else 0.3 for t in texts])
        # a little signal from length, so the greedy search has something to follow
        card = card - 0.001 * np.array([len(t) for t in texts])
        return np.stack([1 - card, card], axis=1)

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.labels[i] for i in self.predict_proba(texts).argmax(axis=1)]


@pytest.fixture(scope="module")
def trained(tiny_model_dir: Path) -> IntentClassifier:
    policy = TrainPolicy(
        base_model=str(tiny_model_dir),
        epochs=6,
        batch_size=8,
        learning_rate=3e-3,
        early_stopping_patience=6,
        max_length=16,
        device="cpu",
    )
    texts = [t for examples in TEXTS.values() for t in examples] * 4
    labels = [label for label, ex in TEXTS.items() for _ in ex] * 4
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy, texts)
    classifier.fit(texts, labels, texts[:8], labels[:8], policy)
    return classifier


def _data() -> tuple[list[str], list[str]]:
    return (
        [t for examples in TEXTS.values() for t in examples],
        [label for label, ex in TEXTS.items() for _ in ex],
    )


def test_registry_names_and_errors() -> None:
    assert {"char_noise", "synonym", "zh_similar", "fgsm", "pgd"} <= set(available_attacks())
    assert isinstance(get_attack("char_noise"), CharNoise)
    with pytest.raises(StewardError, match="unknown attack"):
        get_attack("nope")
    with pytest.raises(StewardError, match="operations"):
        CharNoise(operations=("teleport",))


def test_char_noise_is_deterministic_and_one_edit_per_candidate() -> None:
    attack = CharNoise()
    text = "Please help, my debit card was stolen yesterday"
    first = attack.candidates(text, random.Random(7), 8)
    assert first == attack.candidates(text, random.Random(7), 8)
    assert len(first) == 8 == len(set(first)) and text not in first
    assert all(abs(len(c) - len(text)) <= 1 for c in first)
    assert attack.perturb(text, random.Random(3), 2) == attack.perturb(text, random.Random(3), 2)
    # keyboard-only edits substitute a neighbouring key
    (swap,) = CharNoise(operations=("keyboard",)).candidates("card", random.Random(0), 1)
    (i,) = [j for j in range(4) if swap[j] != "card"[j]]
    assert swap[i] in _neighbours("card"[i])


def _neighbours(char: str) -> str:
    from steward.audit.robustness.typos import KEYBOARD

    return KEYBOARD[char]


def test_chinese_text_stays_chinese() -> None:
    assert all(CJK.match(char + alts) for char, alts in SIMILAR.items())
    text = "我的银行卡丢了怎么办"
    for attack in (ChineseSimilarChars(), CharNoise()):
        out = attack.candidates(text, random.Random(1), 6)
        assert out and all(CJK.match(c) for c in out)
    for candidate in ChineseSimilarChars().candidates(text, random.Random(1), 6):
        assert sum(a != b for a, b in zip(candidate, text, strict=True)) == 1
    assert ChineseSimilarChars().candidates("no Chinese here", random.Random(0), 4) == []


def test_harness_counts_queries_and_respects_budget() -> None:
    model = KeywordModel()
    texts = ["I lost my card", "card stolen", "show balance", "my card please"]
    labels = ["card_lost", "card_lost", "balance", "balance"]  # the last one is misclassified
    result = run_attack(model, texts, labels, "char_noise", budget=2, seed=1, k=4)
    assert result.total_queries == model.queries
    assert result.accuracy_before == 0.75 and result.attacked == 3 and result.successes >= 1
    assert all(e <= 2 for e in result.edits)
    assert result.queries[3] == 1 and result.adversarial_texts[3] == texts[3]
    # success means the model really changed its mind about the adversarial text
    for example in result.successful:
        assert model.predict([example.adversarial]) != [example.label]
    assert result.accuracy_after == pytest.approx(
        float(np.mean(np.array(model.predict(list(result.adversarial_texts))) == labels))
    )
    again = run_attack(KeywordModel(), texts, labels, "char_noise", budget=2, seed=1, k=4)
    assert again.adversarial_texts == result.adversarial_texts
    zero = run_attack(KeywordModel(), texts, labels, "char_noise", budget=0)
    assert zero.successes == 0 and zero.queries == (1, 1, 1, 1)
    assert result.to_dict()["attack"] == "char_noise"
    with pytest.raises(StewardError, match="not a text attack"):
        run_attack(model, texts, labels, "fgsm")


def test_harness_on_the_model_reports_only_real_flips(trained: IntentClassifier) -> None:
    texts, labels = _data()
    for name in ("char_noise", "zh_similar", "synonym"):
        result = run_attack(trained, texts, labels, name, budget=3, seed=0, k=6)
        assert all(e <= 3 for e in result.edits)
        for example in result.successful:
            assert trained.predict([example.adversarial]) != [example.label]
        assert result.accuracy_after <= result.accuracy_before


def test_synonyms_are_whole_word_neighbours(trained: IntentClassifier) -> None:
    attack = get_attack("synonym", neighbours=5, min_similarity=-1.0)
    attack.bind(trained)
    found = attack.synonyms("money")
    assert len(found) == 5 and "money" not in found
    assert all(word.isalpha() and not word.startswith("##") for word in found)
    assert attack.synonyms("zzzzqqq") == []


def test_fgsm_and_pgd_reduce_accuracy(trained: IntentClassifier) -> None:
    texts, labels = _data()
    none = get_attack("fgsm", epsilon=0.0).run(trained, texts, labels)
    assert none.accuracy_after == none.accuracy_before >= 0.75
    fgsm = get_attack("fgsm", epsilon=2.0).run(trained, texts, labels)
    assert fgsm.accuracy_after < fgsm.accuracy_before
    pgd = get_attack("pgd", epsilon=2.0, steps=5).run(trained, texts, labels)
    assert pgd.accuracy_after <= fgsm.accuracy_after
    assert pgd.to_dict()["gradient_calls_per_example"] == 5
    # the model's weights got no gradients and its mode is restored
    assert all(p.grad is None for p in trained.model.parameters())
