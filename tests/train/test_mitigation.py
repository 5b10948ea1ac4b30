from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
import torch

from steward.config import TrainPolicy
from steward.errors import StewardError
from steward.train.mitigation import (
    MISSING,
    counterfactual_augment,
    group_balanced_weights,
    group_codes,
    group_loss_gap,
    kamiran_calders_weights,
)
from steward.train.trainer import IntentClassifier
from tests.conftest import MINIMAL_GATE
from tests.train.helpers import TEXTS, tiny_data


def test_kamiran_calders_weights_make_group_and_label_independent() -> None:
    rng = np.random.default_rng(0)
    groups = [{"gender": g} for g in rng.choice(["f", "m", "x"], 600, p=[0.5, 0.4, 0.1])]
    # a planted bias: label depends on the group
    labels = [
        "yes" if rng.random() < {"f": 0.2, "m": 0.6, "x": 0.4}[g["gender"]] else "no"
        for g in groups
    ]
    weights = kamiran_calders_weights(groups, labels, ["gender"])
    n = len(labels)
    assert weights.sum() == pytest.approx(n)
    by_group, by_label, by_cell = defaultdict(float), defaultdict(float), defaultdict(float)
    count_group, count_label = defaultdict(int), defaultdict(int)
    for w, g, y in zip(weights, groups, labels, strict=True):
        by_group[g["gender"]] += w
        by_label[y] += w
        by_cell[(g["gender"], y)] += w
        count_group[g["gender"]] += 1
        count_label[y] += 1
    for g, total in by_group.items():  # each group keeps its size
        assert total == pytest.approx(count_group[g])
    for y, total in by_label.items():  # each label keeps its count
        assert total == pytest.approx(count_label[y])
    for (g, y), total in by_cell.items():  # weighted P(g, y) = P(g) P(y)
        assert total / n == pytest.approx(count_group[g] / n * count_label[y] / n)
    # under-represented cells are up-weighted
    assert weights[[i for i, g in enumerate(groups) if g["gender"] == "f" and labels[i] == "yes"]
                   ].min() > 1  # fmt: skip


def test_reweighting_uses_the_intersection_of_group_columns() -> None:
    groups = [{"a": "1", "b": "x"}, {"a": "1", "b": "y"}, {"a": "2", "b": "x"}, {"a": "2"}]
    labels = ["p", "p", "q", "p"]
    weights = kamiran_calders_weights(groups, labels, ["a", "b"])
    # cells (1,x), (1,y), (2,x), (2,) each hold one row: every label-q cell but one is empty,
    # so the raw weights sum to 2.5 and are rescaled to mean 1
    assert weights.sum() == pytest.approx(4)
    assert weights.tolist() == pytest.approx([0.75 * 1.6, 0.75 * 1.6, 0.25 * 1.6, 0.75 * 1.6])
    assert kamiran_calders_weights([], [], ["a"]).size == 0


def test_counterfactual_augmentation_swaps_both_ways() -> None:
    texts = ["he lost his card", "She lost her card", "他的卡丢了", "她的卡丢了", "show balance"]
    added = counterfactual_augment(texts, ["gender"])
    pairs = {texts[src]: new for src, new in zip(added.source, added.texts, strict=True)}
    assert pairs == {
        "he lost his card": "she lost her card",
        "She lost her card": "He lost his card",
        "他的卡丢了": "她的卡丢了",
        "她的卡丢了": "他的卡丢了",
    }
    assert set(added.tags) == {"cf:gender"}
    # a multi-group attribute yields one copy per other group
    many = counterfactual_augment(["I am Christian"], ["religion"])
    assert len(many) >= 2 and all("Christian" not in text for text in many.texts)


def test_group_loss_gap_is_worst_group_over_batch_mean_and_only_lowers_the_worst() -> None:
    per_sample = torch.tensor([1.0, 3.0, 2.0, 6.0, 5.0], requires_grad=True)
    codes = torch.tensor([[0, 0], [0, 1], [1, 1], [1, MISSING], [2, MISSING]])
    gap = group_loss_gap(per_sample, codes)
    # column 0: group means 2, 4, 5, batch mean 3.4 -> 1.6;
    # column 1: group means 1, 2.5, mean of its known rows 2 -> 0.5 (missing rows left out)
    assert float(gap.detach()) == pytest.approx(2.1)
    gap.backward()
    assert per_sample.grad is not None
    # Only the worst groups' rows are pushed: the best-off row (0) never gets a gradient that
    # would raise its loss, which is what made a max - min penalty collapse the model.
    assert per_sample.grad.tolist() == pytest.approx([0.0, 0.5, 0.5, 0.0, 1.0])
    single = group_loss_gap(per_sample.detach(), torch.zeros((5, 1), dtype=torch.long))
    assert float(single) == 0.0
    codes_np = group_codes([{"g": "a"}, {"g": ""}, {"g": "b"}, {}], ["g"])
    assert codes_np[:, 0].tolist() == [0, MISSING, 1, MISSING]


def test_group_balanced_weights_give_every_group_the_same_total() -> None:
    groups = [{"age": "old"}] * 2 + [{"age": "young"}] * 8 + [{"age": "mid"}] * 10
    weights = group_balanced_weights(groups, ["age"])
    totals: dict[str, float] = defaultdict(float)
    for row, weight in zip(groups, weights, strict=True):
        totals[row["age"]] += float(weight)
    assert weights.mean() == pytest.approx(1.0)
    assert set(totals) == {"old", "young", "mid"}
    for total in totals.values():
        assert total == pytest.approx(len(groups) / 3)
    capped = group_balanced_weights(groups, ["age"], max_weight=2.0)
    # old rows would weigh 20/6 = 3.33 before the cap; after it and the rescale they weigh less
    assert capped[0] < weights[0] and capped.mean() == pytest.approx(1.0)
    with pytest.raises(ValueError, match="max_weight"):
        group_balanced_weights(groups, ["age"], max_weight=0.5)


def _policy(tiny_model_dir: Path, **mitigation: object) -> TrainPolicy:
    return TrainPolicy(
        base_model=str(tiny_model_dir),
        epochs=2,
        batch_size=8,
        learning_rate=3e-3,
        early_stopping_patience=5,
        max_length=16,
        extend_vocab=False,
        mitigation=mitigation,
    )


def test_fit_with_every_mitigation_records_it(tiny_model_dir: Path) -> None:
    texts, labels = tiny_data(3)
    texts = [*texts, "he lost his card", "她想查询余额"]
    labels = [*labels, "card_lost", "balance"]
    groups = [{"gender": "f" if i % 3 else "m"} for i in range(len(texts))]
    policy = _policy(
        tiny_model_dir, reweighting=True, counterfactual_augmentation=True, group_loss_penalty=0.5
    )
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    result = classifier.fit(texts, labels, texts, labels, policy, train_groups=groups)
    kinds = [p["kind"] for p in result.protections]
    assert kinds == ["counterfactual_augmentation", "reweighting", "group_loss_penalty"]
    assert result.protections[0]["rows_added"] == 2
    assert result.train_rows == len(texts) + 2
    assert result.protections[1]["group_fields"] == ["gender"]
    assert result.seed == policy.seed and result.hyperparameters["mitigation"]["reweighting"]

    plain, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), _policy(tiny_model_dir))
    plain_result = plain.fit(texts, labels, texts, labels, _policy(tiny_model_dir))
    assert [e.train_loss for e in plain_result.history] != [e.train_loss for e in result.history]


def test_mitigation_acts_on_the_named_group_columns_only(tiny_model_dir: Path) -> None:
    texts, labels = tiny_data(2)
    groups = [{"gender": "f" if i % 3 else "m", "region": f"r{i % 4}"} for i in range(len(texts))]
    policy = _policy(
        tiny_model_dir, reweighting="group_balanced", group_fields=["gender"], max_weight=3
    )
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    result = classifier.fit(texts, labels, texts, labels, policy, train_groups=groups)
    (reweighting,) = [p for p in result.protections if p["kind"] == "reweighting"]
    assert reweighting["scheme"] == "group_balanced"
    assert reweighting["group_fields"] == ["gender"]
    wrong = _policy(tiny_model_dir, reweighting="group_balanced", group_fields=["age"])
    with pytest.raises(StewardError, match=r"group_fields names age.*gender, region"):
        classifier.fit(texts, labels, texts, labels, wrong, train_groups=groups)


def test_policy_refuses_mitigation_columns_outside_data_group_fields() -> None:
    from steward.config import parse_policy
    from steward.errors import PolicyError

    raw = {
        "project": {"name": "bank"},
        "data": {"sources": [{"path": "a.jsonl"}], "group_fields": ["age_band"]},
        "train": {"mitigation": {"reweighting": True, "group_fields": ["agee"]}},
        "gate": MINIMAL_GATE,
    }
    with pytest.raises(PolicyError, match=r"train.mitigation.group_fields: agee .*\(age_band\)"):
        parse_policy(raw)
    raw["train"] = {"mitigation": {"reweighting": True}}
    assert parse_policy(raw).train.mitigation.reweighting == "kamiran_calders"


def test_group_mitigation_without_group_columns_is_refused(tiny_model_dir: Path) -> None:
    texts, labels = tiny_data(1)
    policy = _policy(tiny_model_dir, reweighting=True)
    classifier, _ = IntentClassifier.from_base(tiny_model_dir, sorted(TEXTS), policy)
    with pytest.raises(StewardError, match=r"train.mitigation: .*data.group_fields"):
        classifier.fit(texts, labels, texts, labels, policy)
