from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from steward.audit.privacy import (
    attack_scores,
    evaluate_scores,
    lira_offline_scores,
    membership_inference,
)
from steward.errors import StewardError


class TableModel:
    """Stand-in classifier: the true-label probability of each text is looked up."""

    def __init__(self, p_true: dict[str, float]) -> None:
        self.labels = ["a", "b"]
        self.p_true = p_true

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        p = np.array([self.p_true[t] for t in texts])
        return np.stack([p, 1 - p], axis=1)  # every row's true label is "a"


def _rows(prefix: str, p: np.ndarray) -> tuple[list[str], list[str], dict[str, float]]:
    texts = [f"{prefix}{i}" for i in range(len(p))]
    return texts, ["a"] * len(p), dict(zip(texts, p.tolist(), strict=True))


def test_equal_losses_give_chance() -> None:
    members, m_labels, m_table = _rows("m", np.full(300, 0.8))
    others, o_labels, o_table = _rows("n", np.full(300, 0.8))
    audit = membership_inference(
        TableModel(m_table | o_table), members, m_labels, others, o_labels, n_boot=50
    )
    for result in audit.attacks:
        assert result.auc == pytest.approx(0.5)
        assert result.advantage == pytest.approx(0.0)
        assert result.tpr_at(0.01) == 0.0
    assert audit.to_dict()["generalization_gap"] == 0.0


def test_same_distribution_is_near_chance_and_lower_member_loss_is_detected() -> None:
    rng = np.random.default_rng(0)
    members, m_labels, m_table = _rows("m", rng.uniform(0.55, 0.99, 400))
    same, s_labels, s_table = _rows("s", rng.uniform(0.55, 0.99, 400))
    model = TableModel(m_table | s_table)
    audit = membership_inference(model, members, m_labels, same, s_labels, n_boot=100)
    loss = audit["loss"]
    assert abs(loss.auc - 0.5) < 0.06 and loss.auc_ci[0] < 0.5 < loss.auc_ci[1]

    worse, w_labels, w_table = _rows("w", rng.uniform(0.35, 0.9, 400))  # higher loss
    audit = membership_inference(
        TableModel(m_table | w_table), members, m_labels, worse, w_labels, n_boot=100
    )
    for name in ("loss", "confidence", "modified_entropy"):
        assert audit[name].auc > 0.6 and audit[name].auc_ci[0] > 0.5
    assert audit.worst.auc >= audit["loss"].auc
    assert audit.member_accuracy == 1.0 and audit.nonmember_accuracy < 1.0
    with pytest.raises(StewardError, match="unknown attacks"):
        membership_inference(model, members, m_labels, same, s_labels, attacks=("magic",))


def test_tpr_at_low_fpr_on_a_hand_made_case() -> None:
    nonmembers = np.arange(200, dtype=float)  # 200 non-members: 1% FPR allows 2 of them
    members = np.concatenate([np.full(30, 1000.0), np.full(10, 197.5), np.full(60, -5.0)])
    result = evaluate_scores(members, nonmembers, n_boot=0)
    one, tenth = result.tpr_at_fpr
    assert (one.tpr, one.fpr, one.false_positives_allowed) == (0.4, 0.01, 2)
    assert (tenth.tpr, tenth.fpr, tenth.false_positives_allowed) == (0.3, 0.0, 0)
    # advantage: brute force over thresholds
    thresholds = np.unique(np.concatenate([members, nonmembers]))
    brute = max((members >= t).mean() - (nonmembers >= t).mean() for t in thresholds)
    assert result.advantage == pytest.approx(brute)
    assert result.to_dict()["tpr_at_fpr"][0]["tpr"] == 0.4


def test_scores_and_offline_lira() -> None:
    probabilities = np.array([[0.9, 0.1], [0.5, 0.5]])
    scores = attack_scores(probabilities, np.array([0, 0]))
    assert scores["loss"][0] == pytest.approx(np.log(0.9))
    assert scores["entropy"][0] > scores["entropy"][1]  # confident = lower entropy
    assert scores["modified_entropy"][0] > scores["modified_entropy"][1]

    # A row the target fits far better than the reference models is flagged.
    target = np.array([3.0, 0.0])
    references = np.array([[0.0, 0.0], [0.2, 0.1], [-0.2, -0.1], [0.1, 0.05]])
    lira = lira_offline_scores(target, references)
    assert lira[0] > 10 and abs(lira[1]) < 2

    rng = np.random.default_rng(1)
    members, m_labels, m_table = _rows("m", rng.uniform(0.6, 0.99, 100))
    others, o_labels, o_table = _rows("n", rng.uniform(0.6, 0.99, 100))
    # The target has learned the members; the references (which never saw them) have not.
    target_table = {**{k: min(v + 0.3, 0.999) for k, v in m_table.items()}, **o_table}
    refs = [
        TableModel({**m_table, **o_table}),
        TableModel({k: v * 0.98 for k, v in (m_table | o_table).items()}),
    ]
    audit = membership_inference(
        TableModel(target_table), members, m_labels, others, o_labels, references=refs, n_boot=20
    )
    assert audit["lira_offline"].auc > 0.95
