"""Membership inference without shadow models: does the model betray its training rows?

Given member rows (used in training) and non-member rows (held out, same distribution), each
attack gives every row a score, higher meaning "more likely a member", computed from the
model's class probabilities only:

- ``loss``: minus the cross-entropy loss of the true label (Yeom et al. 2018);
- ``confidence``: the probability of the true label;
- ``entropy``: minus the entropy of the predicted distribution (label-free);
- ``modified_entropy``: minus Song & Mittal's (2021) modified entropy, which uses the label;
- ``lira_offline`` (when reference classifiers are given): offline LiRA (Carlini et al. 2022)
  calibrated per example. Each reference model was trained *without* the audited rows (e.g. on
  a disjoint sample of the same population); the score is how many standard deviations the
  target's logit-scaled confidence ``log(p / (1 - p))`` lies above the references' mean on the
  same row (a global standard deviation when there are fewer than ``min_references_per_row``).

Each attack is read as a threshold test: ROC AUC (``sklearn.metrics.roc_auc_score``) with a
percentile bootstrap interval (members and non-members resampled separately), TPR at 1% and
0.1% FPR (the largest TPR whose FPR does not exceed the target, ``roc_curve`` with every
threshold), with the number of non-members that may be false positives at that rate, and the
membership advantage max(TPR − FPR). With fewer than 1/target non-members the low-FPR figure
rests on zero false positives and says little; ``false_positives_allowed`` makes that visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from steward.audit.metric_spec import metric
from steward.audit.robustness.base import ProbabilisticClassifier
from steward.errors import StewardError

# Gate metrics of the privacy section, read from PrivacyFindings. ``dp_epsilon`` is what DP-SGD
# training spent (either lifecycle, steward.train.privacy); it is reported in this section
# with the attacks that test what the guarantee bounds, and is absent without DP.
METRICS = (
    metric("mia_auc", "privacy", "classifier", "lower", "AUC",
           "ROC AUC of the strongest membership-inference attack (0.5: cannot tell)",
           source="membership.worst.auc"),
    metric("dp_epsilon", "privacy", ("classifier", "assistant"), "lower", "epsilon",
           "privacy budget spent by DP-SGD training (at the policy's delta)",
           source="epsilon_spent"),
)  # fmt: skip

EPS = 1e-12
ATTACKS = ("loss", "confidence", "entropy", "modified_entropy")
FPR_TARGETS = (0.01, 0.001)


@dataclass(frozen=True)
class TprAtFpr:
    fpr_target: float
    tpr: float
    fpr: float  # the achieved FPR (<= target)
    threshold: float
    false_positives_allowed: int  # floor(target × non-members)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fpr_target": self.fpr_target,
            "tpr": round(self.tpr, 5),
            "fpr": round(self.fpr, 6),
            "threshold": float(self.threshold),
            "false_positives_allowed": self.false_positives_allowed,
        }


@dataclass(frozen=True)
class MembershipAttackResult:
    attack: str
    members: int
    nonmembers: int
    auc: float
    auc_ci: tuple[float, float]
    advantage: float  # max over thresholds of TPR − FPR
    tpr_at_fpr: tuple[TprAtFpr, ...]
    member_score_mean: float
    nonmember_score_mean: float

    def tpr_at(self, fpr: float) -> float:
        for row in self.tpr_at_fpr:
            if abs(row.fpr_target - fpr) < 1e-12:
                return row.tpr
        raise KeyError(fpr)

    def to_dict(self) -> dict[str, Any]:
        return {
            "attack": self.attack,
            "members": self.members,
            "nonmembers": self.nonmembers,
            "auc": round(self.auc, 5),
            "auc_ci95": [round(self.auc_ci[0], 5), round(self.auc_ci[1], 5)],
            "advantage": round(self.advantage, 5),
            "tpr_at_fpr": [row.to_dict() for row in self.tpr_at_fpr],
            "member_score_mean": round(self.member_score_mean, 6),
            "nonmember_score_mean": round(self.nonmember_score_mean, 6),
        }


@dataclass(frozen=True)
class MembershipAudit:
    members: int
    nonmembers: int
    attacks: tuple[MembershipAttackResult, ...]
    member_accuracy: float
    nonmember_accuracy: float

    @property
    def worst(self) -> MembershipAttackResult:
        """The attack with the highest AUC."""
        return max(self.attacks, key=lambda result: result.auc)

    def __getitem__(self, name: str) -> MembershipAttackResult:
        for result in self.attacks:
            if result.attack == name:
                return result
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "members": self.members,
            "nonmembers": self.nonmembers,
            "member_accuracy": round(self.member_accuracy, 5),
            "nonmember_accuracy": round(self.nonmember_accuracy, 5),
            "generalization_gap": round(self.member_accuracy - self.nonmember_accuracy, 5),
            "worst_attack": self.worst.attack,
            "attacks": [result.to_dict() for result in self.attacks],
        }


@dataclass(frozen=True)
class PrivacyFindings:
    """What the privacy section holds: the membership-inference audit (classifier; None when
    it did not run) and the budget DP-SGD spent (either lifecycle; None without DP)."""

    membership: MembershipAudit | None
    epsilon_spent: float | None


# -- scores --------------------------------------------------------------------------------
def _true_index(classifier: ProbabilisticClassifier, labels: Sequence[str], where: str) -> Any:
    index = {label: i for i, label in enumerate(classifier.labels)}
    unknown = sorted({label for label in labels if label not in index})
    if unknown:
        raise StewardError(f"labels not known to the model: {unknown[:5]}", where=where)
    return np.array([index[label] for label in labels], dtype=np.int64)


def attack_scores(probabilities: np.ndarray, targets: np.ndarray) -> dict[str, np.ndarray]:
    """Membership scores (higher = more likely a member) for every label-based attack."""
    p = np.clip(np.asarray(probabilities, dtype=np.float64), EPS, 1.0)
    rows = np.arange(len(targets))
    p_true = p[rows, targets]
    entropy = -(p * np.log(p)).sum(axis=1)
    # Song & Mittal: -(1-p_y) log p_y - sum_{j!=y} p_j log(1-p_j)
    one_minus = np.clip(1.0 - p, EPS, 1.0)
    wrong = p * np.log(one_minus)
    wrong[rows, targets] = 0.0
    modified = -(1.0 - p_true) * np.log(p_true) - wrong.sum(axis=1)
    return {
        "loss": np.log(p_true),  # = -loss
        "confidence": p_true,
        "entropy": -entropy,
        "modified_entropy": -modified,
    }


def logit_confidence(probabilities: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """``log(p_y / (1 - p_y))``: the statistic LiRA models as Gaussian."""
    p = np.asarray(probabilities, dtype=np.float64)[np.arange(len(targets)), targets]
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return np.asarray(np.log(p) - np.log1p(-p))


def lira_offline_scores(
    target: np.ndarray, references: np.ndarray, min_references_per_row: int = 4
) -> np.ndarray:
    """Offline LiRA: ``(φ_target − μ_out) / σ_out`` per row, ``references`` of shape
    (models, rows) from models that did not train on the rows."""
    references = np.atleast_2d(np.asarray(references, dtype=np.float64))
    mean = references.mean(axis=0)
    if references.shape[0] >= min_references_per_row:
        std = references.std(axis=0, ddof=1)
    else:  # too few models for a per-row variance: one global variance, as the paper's offline
        spread = references - mean if references.shape[0] > 1 else references - references.mean()
        std = np.full_like(mean, float(np.sqrt(np.mean(spread**2))))
    return np.asarray((np.asarray(target) - mean) / np.maximum(std, 1e-6))


# -- evaluation ----------------------------------------------------------------------------
def evaluate_scores(
    member_scores: Sequence[float] | np.ndarray,
    nonmember_scores: Sequence[float] | np.ndarray,
    attack: str = "score",
    fpr_targets: Sequence[float] = FPR_TARGETS,
    n_boot: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> MembershipAttackResult:
    """ROC AUC with a bootstrap interval, TPR at low FPR and advantage for one score."""
    from sklearn.metrics import roc_auc_score, roc_curve

    members = np.asarray(member_scores, dtype=np.float64)
    nonmembers = np.asarray(nonmember_scores, dtype=np.float64)
    if len(members) == 0 or len(nonmembers) == 0:
        raise StewardError(
            "membership inference needs at least one member and one non-member",
            where="audit.privacy",
        )
    y = np.concatenate([np.ones(len(members)), np.zeros(len(nonmembers))])
    scores = np.concatenate([members, nonmembers])
    auc = float(roc_auc_score(y, scores))
    fpr, tpr, thresholds = roc_curve(y, scores, drop_intermediate=False)
    rows = []
    for target in fpr_targets:
        ok = np.flatnonzero(fpr <= target + 1e-12)
        best = ok[np.argmax(tpr[ok])]
        rows.append(
            TprAtFpr(
                fpr_target=float(target),
                tpr=float(tpr[best]),
                fpr=float(fpr[best]),
                threshold=float(thresholds[best]),
                false_positives_allowed=int(np.floor(target * len(nonmembers) + 1e-9)),
            )
        )
    rng = np.random.default_rng(seed)
    boots = np.empty(n_boot)
    for b in range(n_boot):
        m = members[rng.integers(0, len(members), len(members))]
        nm = nonmembers[rng.integers(0, len(nonmembers), len(nonmembers))]
        boots[b] = roc_auc_score(y, np.concatenate([m, nm]))
    alpha = (1.0 - confidence) / 2
    ci = (
        (float(np.quantile(boots, alpha)), float(np.quantile(boots, 1 - alpha)))
        if n_boot
        else (float("nan"), float("nan"))
    )
    return MembershipAttackResult(
        attack=attack,
        members=len(members),
        nonmembers=len(nonmembers),
        auc=auc,
        auc_ci=ci,
        advantage=float(np.max(tpr - fpr)),
        tpr_at_fpr=tuple(rows),
        member_score_mean=float(members.mean()),
        nonmember_score_mean=float(nonmembers.mean()),
    )


def membership_inference(
    classifier: ProbabilisticClassifier,
    member_texts: Sequence[str],
    member_labels: Sequence[str],
    nonmember_texts: Sequence[str],
    nonmember_labels: Sequence[str],
    attacks: Sequence[str] = ATTACKS,
    references: Sequence[ProbabilisticClassifier] = (),
    n_boot: int = 1000,
    seed: int = 0,
) -> MembershipAudit:
    """Run the shadow-model-free attacks (and offline LiRA if ``references`` are given)."""
    where = "audit.privacy"
    if len(member_texts) != len(member_labels) or len(nonmember_texts) != len(nonmember_labels):
        raise StewardError("texts and labels differ in length", where=where)
    unknown = sorted(set(attacks) - set(ATTACKS))
    if unknown:
        raise StewardError(
            f"unknown attacks {unknown}; choose from {', '.join(ATTACKS)}", where=where
        )
    texts = list(member_texts) + list(nonmember_texts)
    targets = _true_index(classifier, list(member_labels) + list(nonmember_labels), where)
    probabilities = np.asarray(classifier.predict_proba(texts))
    is_member = np.arange(len(texts)) < len(member_texts)
    all_scores = attack_scores(probabilities, targets)
    results = [
        evaluate_scores(
            all_scores[name][is_member],
            all_scores[name][~is_member],
            attack=name,
            n_boot=n_boot,
            seed=seed,
        )
        for name in attacks
    ]
    if references:
        reference_phi = np.stack(
            [logit_confidence(np.asarray(r.predict_proba(texts)), targets) for r in references]
        )
        lira = lira_offline_scores(logit_confidence(probabilities, targets), reference_phi)
        results.append(
            evaluate_scores(
                lira[is_member], lira[~is_member], attack="lira_offline", n_boot=n_boot, seed=seed
            )
        )
    hits = probabilities.argmax(axis=1) == targets
    return MembershipAudit(
        members=int(is_member.sum()),
        nonmembers=int((~is_member).sum()),
        attacks=tuple(results),
        member_accuracy=float(hits[is_member].mean()) if is_member.any() else 0.0,
        nonmember_accuracy=float(hits[~is_member].mean()) if (~is_member).any() else 0.0,
    )
