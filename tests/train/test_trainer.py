from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from steward.config import TrainPolicy
from steward.errors import StewardError
from steward.train.model_source import resolve_base_model
from steward.train.trainer import IntentClassifier

TEXTS = {
    "card_lost": ["I lost my card", "my card is gone", "card missing help", "卡丢了怎么办"],
    "balance": ["what is my balance", "how much money do I have", "show balance", "查询余额"],
}


def _data(repeat: int) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for label, examples in TEXTS.items():
        for _ in range(repeat):
            texts.extend(examples)
            labels.extend([label] * len(examples))
    return texts, labels


def test_tiny_model_learns_extends_vocab_and_round_trips(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    policy = TrainPolicy(
        base_model=str(tiny_model_dir),
        epochs=8,
        batch_size=8,
        learning_rate=3e-3,
        early_stopping_patience=8,
        max_length=16,
    )
    texts, labels = _data(6)
    classifier, added = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy, texts)
    # The English vocabulary lacks most of these Chinese characters; they get their own tokens.
    assert added >= 3
    assert classifier.tokenizer.unk_token_id not in classifier.tokenizer("卡丢了")["input_ids"]
    result = classifier.fit(texts, labels, texts[:8], labels[:8], policy)
    assert result.history[-1].train_loss < result.history[0].train_loss
    assert classifier.predict(["I lost my card", "查询余额"]) == ["card_lost", "balance"]

    weights = classifier.save(tmp_path / "model")
    assert weights.name == "model.safetensors" and weights.is_file()
    loaded = IntentClassifier.load(tmp_path / "model")
    assert loaded.labels == sorted(TEXTS) and loaded.max_length == 16
    assert (
        loaded.predict_proba(["show balance"]) - classifier.predict_proba(["show balance"])
    ).max() < 1e-5


def test_base_model_resolution(tmp_path: Path) -> None:
    assert (resolve_base_model("minilm") / "model.safetensors").is_file()
    with pytest.raises(StewardError, match=r"train.base_model: .* is not a model directory"):
        resolve_base_model(str(tmp_path))


def _nll(probabilities: np.ndarray, targets: list[int]) -> float:
    return float(-np.log(probabilities[np.arange(len(targets)), targets]).mean())


def test_temperature_scaling_lowers_held_out_nll_keeps_predictions_and_is_saved(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    policy = TrainPolicy(
        base_model=str(tiny_model_dir), epochs=3, batch_size=8, learning_rate=3e-3,
        max_length=16, calibrate=False,
    )  # fmt: skip
    texts, labels = _data(4)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy, texts)
    result = classifier.fit(texts, labels, texts[:8], labels[:8], policy)
    assert result.temperature == 1.0 and classifier.temperature == 1.0  # calibrate=False
    targets = [classifier.labels.index(label) for label in labels]
    before = classifier.predict_proba(texts)
    temperature = classifier.calibrate(texts, labels)
    after = classifier.predict_proba(texts)
    assert temperature != 1.0
    assert _nll(after, targets) <= _nll(before, targets) + 1e-9
    assert (after.argmax(axis=1) == before.argmax(axis=1)).all()  # predictions unchanged
    classifier.save(tmp_path / "model")
    loaded = IntentClassifier.load(tmp_path / "model")
    assert loaded.temperature == pytest.approx(temperature)
    assert np.abs(loaded.predict_proba(texts) - after).max() < 1e-5


def test_fit_calibrates_on_the_validation_split_by_default(tiny_model_dir: Path) -> None:
    policy = TrainPolicy(base_model=str(tiny_model_dir), epochs=1, batch_size=8, max_length=16)
    texts, labels = _data(2)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy, texts)
    result = classifier.fit(texts, labels, texts[:8], labels[:8], policy)
    assert result.temperature == classifier.temperature != 1.0
    assert result.to_dict()["temperature"] == round(classifier.temperature, 4)
