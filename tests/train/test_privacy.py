from __future__ import annotations

from pathlib import Path

import pytest
import torch

from steward.config import PrivacyTraining, TrainPolicy, parse_policy
from steward.errors import PolicyError, StewardError
from steward.train.privacy import check_model, epsilon_for, plan_privacy
from steward.train.trainer import IntentClassifier, TrainResult
from tests.conftest import MINIMAL_GATE
from tests.train.helpers import TEXTS, tiny_data


def test_plan_reaches_target_epsilon_within_tolerance() -> None:
    plan = plan_privacy(PrivacyTraining(enabled=True, target_epsilon=8), rows=1000, batch_size=32,
                        epochs=3)  # fmt: skip
    assert plan.delta == pytest.approx(1 / 1000)
    assert plan.steps_per_epoch == 32 and plan.sample_rate == pytest.approx(1 / 32)
    # get_noise_multiplier stops within 0.01 below the target
    assert 8 - 0.01 <= plan.expected_epsilon <= 8
    assert plan.expected_epsilon == pytest.approx(
        epsilon_for(plan.noise_multiplier, plan.sample_rate, plan.steps, plan.delta, "rdp")
    )
    prv = plan_privacy(
        PrivacyTraining(enabled=True, target_epsilon=8, accountant="prv"),
        rows=1000, batch_size=32, epochs=3,
    )  # fmt: skip
    assert prv.accountant == "prv" and prv.expected_epsilon <= 8 + 0.05


def test_delta_above_one_over_n_is_refused() -> None:
    policy = PrivacyTraining(enabled=True, delta=0.01)
    with pytest.raises(StewardError, match=r"train.privacy.delta: delta=0.01 is above 1/N"):
        plan_privacy(policy, rows=1000, batch_size=32, epochs=1)


def test_fixed_noise_that_overspends_names_the_settings_to_change() -> None:
    policy = PrivacyTraining(enabled=True, target_epsilon=1.0, noise_multiplier=0.5)
    with pytest.raises(StewardError) as error:
        plan_privacy(policy, rows=1000, batch_size=32, epochs=5)
    message = str(error.value)
    assert "train.privacy.noise_multiplier" in message
    assert "raise train.privacy.noise_multiplier to at least" in message
    assert "raise train.privacy.target_epsilon to" in message
    # The suggested noise is enough, the suggested ε is what this noise spends.
    needed = float(message.split("at least ")[1].split(",")[0])
    ok = PrivacyTraining(enabled=True, target_epsilon=1.0, noise_multiplier=needed * 1.01)
    assert plan_privacy(ok, rows=1000, batch_size=32, epochs=5).expected_epsilon <= 1.0


def test_fixed_noise_suggests_fewer_epochs_when_some_fit() -> None:
    policy = PrivacyTraining(enabled=True, target_epsilon=3.0, noise_multiplier=1.0)
    with pytest.raises(StewardError, match=r"lower train.epochs to (\d+)") as error:
        plan_privacy(policy, rows=1000, batch_size=32, epochs=100)
    epochs = int(str(error.value).split("lower train.epochs to ")[1].split(",")[0])
    assert plan_privacy(policy, rows=1000, batch_size=32, epochs=epochs).expected_epsilon <= 3
    with pytest.raises(StewardError):
        plan_privacy(policy, rows=1000, batch_size=32, epochs=epochs + 1)


def test_unreachable_target_is_refused_before_training() -> None:
    policy = PrivacyTraining(enabled=True, target_epsilon=0.05, max_noise_multiplier=5)
    with pytest.raises(StewardError) as error:
        plan_privacy(policy, rows=200, batch_size=50, epochs=10)
    message = str(error.value)
    assert message.startswith("train.privacy.target_epsilon: target_epsilon=0.05 cannot be met")
    assert "raise train.privacy.target_epsilon to at least" in message
    assert "max_noise_multiplier" in message


def test_batch_covering_every_row_is_refused() -> None:
    with pytest.raises(StewardError, match=r"lower train\.batch_size"):
        plan_privacy(PrivacyTraining(enabled=True), rows=20, batch_size=32, epochs=1)


def test_batch_norm_model_is_refused_with_the_validator_reason() -> None:
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.BatchNorm1d(4))
    with pytest.raises(StewardError, match=r"cannot be trained with DP-SGD: .*BatchNorm"):
        check_model(model)


def test_policy_refuses_dp_combined_with_row_copies() -> None:
    raw = {
        "project": {"name": "p"},
        "data": {"sources": [{"path": "x.jsonl"}]},
        "train": {"privacy": {"enabled": True}, "adversarial": {"method": "augment"}},
        "gate": MINIMAL_GATE,
    }
    with pytest.raises(PolicyError, match=r"train: privacy.enabled cannot be combined with "
                       r"adversarial.method=augment"):  # fmt: skip
        parse_policy(raw)
    raw["train"] = {"privacy": {"enabled": True, "target_epsilon": 0}}
    with pytest.raises(PolicyError, match=r"train.privacy.target_epsilon: must be > 0"):
        parse_policy(raw)


def _dp_policy(tiny_model_dir: Path, mode: str) -> TrainPolicy:
    return TrainPolicy(
        base_model=str(tiny_model_dir),
        epochs=2,
        batch_size=8,
        learning_rate=3e-3,
        early_stopping_patience=5,
        max_length=16,
        extend_vocab=False,
        privacy={"enabled": True, "target_epsilon": 8.0, "grad_sample_mode": mode},
    )


def _assert_spent_as_accounted(result: TrainResult, steps: int) -> None:
    """Every planned step was taken and the ε reported is the accountant's for them."""
    privacy = result.privacy
    assert privacy is not None
    assert privacy["steps_taken"] == privacy["steps"] == steps
    expected = epsilon_for(
        privacy["noise_multiplier"], privacy["sample_rate"], privacy["steps_taken"],
        privacy["delta"], "rdp",
    )  # fmt: skip
    assert result.epsilon_spent == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize("mode", ["ghost", "hooks"])
def test_dp_training_spends_what_the_accountant_says(
    tiny_model_dir: Path, tmp_path: Path, mode: str
) -> None:
    policy = _dp_policy(tiny_model_dir, mode)
    texts, labels = tiny_data(6)  # 48 rows: 6 Poisson batches of 8 expected per epoch
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    result = classifier.fit(texts, labels, texts[:8], labels[:8], policy)

    privacy = result.privacy
    assert privacy is not None and privacy["grad_sample_mode"] == mode
    assert privacy["fallback_reason"] is None
    assert privacy["delta"] == pytest.approx(1 / 48)
    _assert_spent_as_accounted(result, steps=12)
    assert result.epsilon_spent <= 8.0
    assert [p["kind"] for p in result.protections] == ["differential_privacy"]
    assert result.to_dict()["epsilon_spent"] == result.epsilon_spent
    # Opacus' hooks are gone: the model is an ordinary module again and saves as usual.
    assert not any(hasattr(p, "grad_sample") for p in classifier.model.parameters())
    assert classifier.save(tmp_path / "model").is_file()
    assert len(classifier.predict(["show balance"])) == 1


def test_frozen_word_embeddings_stay_unchanged_under_dp(tiny_model_dir: Path) -> None:
    policy = _dp_policy(tiny_model_dir, "ghost")
    policy = policy.model_copy(
        update={"privacy": policy.privacy.model_copy(update={"freeze_word_embeddings": True})}
    )
    texts, labels = tiny_data(4)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    before = classifier.model.get_input_embeddings().weight.detach().clone()
    result = classifier.fit(texts, labels, texts[:8], labels[:8], policy)
    assert result.privacy is not None
    assert result.privacy["frozen_parameters"] == ["bert.embeddings.word_embeddings.weight"]
    assert torch.equal(before, classifier.model.get_input_embeddings().weight)
    assert classifier.model.get_input_embeddings().weight.requires_grad  # restored


def test_empty_poisson_batch_is_a_counted_noise_step(tiny_model_dir: Path) -> None:
    from steward.train.trainer import _PrivateLoop

    policy = _dp_policy(tiny_model_dir, "ghost")
    texts, labels = tiny_data(6)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    ids = classifier._encode(texts)
    targets = torch.tensor([sorted(TEXTS).index(label) for label in labels])
    loop = _PrivateLoop(classifier, policy, ids, targets, classifier._optimizer(policy))
    try:
        before = classifier.model.classifier.weight.detach().clone()
        loop.session.noise_only_step()
        assert loop.session.steps_taken() == 1
        assert not torch.equal(before, classifier.model.classifier.weight)  # noise was added
    finally:
        loop.close()


def test_dp_head_only_trains_the_head_and_spends_the_planned_epsilon(
    tiny_model_dir: Path,
) -> None:
    policy = _dp_policy(tiny_model_dir, "ghost")
    policy = policy.model_copy(
        update={"privacy": policy.privacy.model_copy(update={"trainable": "head"})}
    )
    texts, labels = tiny_data(6)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    model = classifier.model
    before = {name: p.detach().clone() for name, p in model.named_parameters()}
    result = classifier.fit(texts, labels, texts[:8], labels[:8], policy)

    privacy = result.privacy
    assert privacy is not None and privacy["trainable"] == "head"
    _assert_spent_as_accounted(result, steps=12)
    assert sorted(privacy["trained_parameters"]) == [
        "bert.pooler.dense.bias", "bert.pooler.dense.weight",
        "classifier.bias", "classifier.weight",
    ]  # fmt: skip
    changed = {n for n, p in model.named_parameters() if not torch.equal(before[n], p)}
    assert changed == set(privacy["trained_parameters"])  # the encoder never moved
    assert all(p.requires_grad for p in model.parameters())  # restored after training
    assert not any(hasattr(p, "grad_sample") for p in model.parameters())
    assert 0 <= privacy["feature_seconds"] <= result.history[0].seconds  # counted in epoch 1


def test_dp_head_only_refuses_a_model_without_a_pooled_head() -> None:
    from torch import nn

    from steward.errors import StewardError
    from steward.train.heads import split_head

    with pytest.raises(StewardError, match="trainable=head needs a BERT-style classifier"):
        split_head(nn.Sequential(nn.Linear(4, 2)))
