from __future__ import annotations

from pathlib import Path

import pytest
import torch

from steward.config import AdversarialTraining, TrainPolicy
from steward.train.adversarial import EmbeddingAdversary, _project, attack_augment
from steward.train.trainer import IntentClassifier
from tests.train.helpers import TEXTS, tiny_data


def _policy(tiny_model_dir: Path, **adversarial: object) -> TrainPolicy:
    return TrainPolicy(
        base_model=str(tiny_model_dir),
        epochs=2,
        batch_size=8,
        learning_rate=3e-3,
        early_stopping_patience=5,
        max_length=16,
        extend_vocab=False,
        adversarial=adversarial or {"method": "none"},
    )


def _loss_at(classifier: IntentClassifier, texts: list[str], labels: list[str]):  # type: ignore[no-untyped-def]
    inputs = classifier._collate(classifier._encode(texts))
    targets = torch.tensor([classifier.labels.index(label) for label in labels])
    model = classifier.model

    def loss_at(delta: torch.Tensor | None) -> torch.Tensor:
        embeds = model.get_input_embeddings()(inputs["input_ids"])
        if delta is not None:
            embeds = embeds + delta
        logits = model(inputs_embeds=embeds, attention_mask=inputs["attention_mask"]).logits
        return torch.nn.functional.cross_entropy(logits, targets)

    mask = inputs["attention_mask"].unsqueeze(-1).float()
    shape = torch.Size((*inputs["input_ids"].shape, 32))
    return loss_at, mask, shape


def test_fgm_perturbation_is_bounded_and_raises_the_loss(tiny_model_dir: Path) -> None:
    policy = _policy(tiny_model_dir)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    classifier.model.eval()  # no dropout: compare losses exactly
    texts, labels = tiny_data(1)
    loss_at, mask, shape = _loss_at(classifier, texts, labels)
    adversary = EmbeddingAdversary(AdversarialTraining(method="fgm", epsilon=0.5))
    delta = adversary.fgm_delta(loss_at, shape, mask)
    norms = delta.flatten(1).norm(dim=1)
    assert torch.allclose(norms, torch.full_like(norms, 0.5), atol=1e-4)
    assert float((delta * (1 - mask)).abs().max()) == 0.0  # padding untouched
    with torch.no_grad():
        assert float(loss_at(delta)) > float(loss_at(None))


def test_pgd_stays_in_the_ball_and_accumulates_gradients(tiny_model_dir: Path) -> None:
    policy = _policy(tiny_model_dir)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    classifier.model.eval()
    texts, labels = tiny_data(1)
    loss_at, mask, shape = _loss_at(classifier, texts, labels)
    adversary = EmbeddingAdversary(AdversarialTraining(method="pgd", epsilon=0.3, steps=3))
    mean_loss = adversary.backward(loss_at, shape, mask)
    with torch.no_grad():
        clean = float(loss_at(None))
    assert mean_loss >= clean - 1e-6  # the ascent never lowers the loss below the clean one
    assert classifier.model.classifier.weight.grad is not None
    big = torch.randn(4, 5, 3) * 10
    assert float(_project(big, 0.3).flatten(1).norm(dim=1).max()) <= 0.3 + 1e-5


@pytest.mark.parametrize("method", ["fgm", "pgd"])
def test_adversarial_training_changes_the_loss_path(tiny_model_dir: Path, method: str) -> None:
    texts, labels = tiny_data(4)
    histories = {}
    for name in ("none", method):
        options = {"method": name, "epsilon": 1.0, "steps": 2} if name != "none" else {}
        policy = _policy(tiny_model_dir, **options)
        classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
        result = classifier.fit(texts, labels, texts[:8], labels[:8], policy)
        histories[name] = [epoch.train_loss for epoch in result.history]
        if name == method:
            assert result.protections == [
                {"kind": "adversarial_training", **EmbeddingAdversary(policy.adversarial).config()}
            ]
        else:
            assert result.protections == []
    assert histories["none"] != histories[method]


def test_attack_augmentation_adds_perturbed_copies(tiny_model_dir: Path) -> None:
    texts = ["I lost my credit card yesterday", "please show my account balance", "查询余额"]
    texts = texts * 10
    policy = AdversarialTraining(
        method="augment", augment_recipes=["char_noise", "zh_similar"], augment_ratio=0.5
    )
    added = attack_augment(texts, policy, seed=1)
    assert len(added) == 15
    assert all(new != texts[src] for new, src in zip(added.texts, added.source, strict=True))
    assert set(added.tags) <= {"adv:char_noise", "adv:zh_similar"}
    again = attack_augment(texts, policy, seed=1)
    assert again.texts == added.texts  # seeded
    twice = attack_augment(texts, policy.model_copy(update={"augment_ratio": 2.0}), seed=1)
    assert len(twice) >= 58  # a text no recipe changes in three tries is left out

    # Through fit: the copies are trained on with their source row's label, and recorded.
    train_policy = _policy(tiny_model_dir, method="augment", augment_ratio=1.0)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), train_policy)
    train_texts, train_labels = tiny_data(2)
    result = classifier.fit(train_texts, train_labels, train_texts, train_labels, train_policy)
    (protection,) = result.protections
    assert protection["kind"] == "adversarial_augmentation"
    assert result.train_rows == len(train_texts) + protection["rows_added"]
    assert protection["rows_added"] >= len(train_texts) - 2  # a few texts cannot be changed


def test_synonym_recipe_uses_the_classifier_embeddings(tiny_model_dir: Path) -> None:
    policy = _policy(tiny_model_dir)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    recipe = AdversarialTraining(method="augment", augment_recipes=["synonym"], augment_ratio=1)
    added = attack_augment(["please show my account balance"], recipe, seed=0,
                           classifier=classifier)  # fmt: skip
    assert added.tags == ["adv:synonym"]
    with pytest.raises(ValueError, match="needs the classifier"):
        attack_augment(["x"], recipe, seed=0)
