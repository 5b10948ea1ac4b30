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
from steward.audit.sharding import (
    Progress,
    engine_for,
    job_threads,
    model_bytes,
    ray_job,
    shard_bounds,
    shard_context,
    tracked,
)
from steward.data.ray_engine import map_with_model
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
# Texts per scoring shard and resamples per bootstrap batch (both engines).
SCORE_SHARD = 512
BOOT_BATCH = 25


def resample_seeds(seed: int, n_boot: int) -> list[np.random.SeedSequence]:
    """One seed per bootstrap resample, spawned from ``seed``: resample ``b`` draws its members
    and then its non-members from ``np.random.default_rng(resample_seeds(seed, n_boot)[b])``,
    so a resample does not depend on how resamples are batched, nor on the engine or worker."""
    return np.random.SeedSequence(seed).spawn(n_boot)


def rank_auc(members: np.ndarray, nonmembers: np.ndarray) -> np.ndarray:
    """ROC AUC of each row of ``members`` (k, m) against the same row of ``nonmembers`` (k, n):
    the Mann-Whitney U statistic over midranks, which is the trapezoidal ROC AUC that
    scikit-learn's ``roc_auc_score`` returns (ties count one half), for every row at once:
    1,000 resamples cost one ``rankdata`` call instead of 1,000 validated sklearn calls."""
    from scipy.stats import rankdata

    m, n = members.shape[1], nonmembers.shape[1]
    ranks = rankdata(np.concatenate([members, nonmembers], axis=1), axis=1)
    return np.asarray((ranks[:, :m].sum(axis=1) - m * (m + 1) / 2) / (m * n))


def _auc_batch(
    scores: dict[str, tuple[np.ndarray, np.ndarray]], seeds: list[np.random.SeedSequence]
) -> dict[str, np.ndarray]:
    """Each attack's ROC AUC on one batch of resamples (the same rows for every attack)."""
    if not scores:
        return {}
    members, nonmembers = next(iter(scores.values()))
    m, nm = len(members), len(nonmembers)
    picks = []
    for resample_seed in seeds:
        rng = np.random.default_rng(resample_seed)
        picks.append((rng.integers(0, m, m), rng.integers(0, nm, nm)))
    picked_members = np.stack([p for p, _ in picks]) if picks else np.empty((0, m), dtype=int)
    picked_nonmembers = np.stack([q for _, q in picks]) if picks else np.empty((0, nm), dtype=int)
    return {
        name: rank_auc(member_scores[picked_members], nonmember_scores[picked_nonmembers])
        for name, (member_scores, nonmember_scores) in scores.items()
    }


def bootstrap_aucs(
    scores: dict[str, tuple[np.ndarray, np.ndarray]],
    n_boot: int,
    seed: int,
    *,
    engine: str = "embedded",
    workers: int | None = None,
) -> dict[str, np.ndarray]:
    """Each attack's ROC AUC on ``n_boot`` resamples (members and non-members resampled
    separately, the same rows for every attack; :func:`resample_seeds`), in batches of
    :data:`BOOT_BATCH`, in this process or as Ray tasks: the same values on both engines."""
    from steward.data.ray_engine import map_in_order

    seeds = resample_seeds(seed, n_boot)
    batches = (seeds[start : start + BOOT_BATCH] for start in range(0, n_boot, BOOT_BATCH))
    parts: dict[str, list[np.ndarray]] = {name: [] for name in scores}
    size = sum(a.nbytes + b.nbytes for a, b in scores.values())
    for batch in map_in_order(
        _auc_batch, scores, batches, engine=engine, workers=workers, shared_bytes=size
    ):
        for name, values in batch.items():
            parts[name].append(values)
    return {name: np.concatenate(v) if v else np.empty(0) for name, v in parts.items()}


def _check_sides(members: np.ndarray, nonmembers: np.ndarray) -> None:
    if len(members) == 0 or len(nonmembers) == 0:
        raise StewardError(
            "membership inference needs at least one member and one non-member",
            where="audit.privacy",
        )


def evaluate_scores(
    member_scores: Sequence[float] | np.ndarray,
    nonmember_scores: Sequence[float] | np.ndarray,
    attack: str = "score",
    fpr_targets: Sequence[float] = FPR_TARGETS,
    n_boot: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
    *,
    boots: np.ndarray | None = None,
    engine: str = "embedded",
    workers: int | None = None,
) -> MembershipAttackResult:
    """ROC AUC with a bootstrap interval, TPR at low FPR and advantage for one score.
    ``boots``: the bootstrap AUCs, when computed already (:func:`bootstrap_aucs`)."""
    from sklearn.metrics import roc_auc_score, roc_curve

    members = np.asarray(member_scores, dtype=np.float64)
    nonmembers = np.asarray(nonmember_scores, dtype=np.float64)
    _check_sides(members, nonmembers)
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
    if boots is None:
        boots = bootstrap_aucs(
            {attack: (members, nonmembers)}, n_boot, seed, engine=engine, workers=workers
        )[attack]
    alpha = (1.0 - confidence) / 2
    ci = (
        (float(np.quantile(boots, alpha)), float(np.quantile(boots, 1 - alpha)))
        if len(boots)
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


@dataclass
class _ScoringJob:
    """The models every scoring shard may run (loaded once per Ray worker process)."""

    models: tuple[ProbabilisticClassifier, ...]
    threads: int | None = None


def _score_shard(job: _ScoringJob, item: tuple[int, list[str]]) -> np.ndarray:
    which, texts = item
    model = job.models[which]
    with shard_context(model, job.threads):
        return np.asarray(model.predict_proba(texts))


def _predict_in_shards(
    models: tuple[ProbabilisticClassifier, ...],
    texts: list[str],
    engine: str,
    workers: int | None,
    progress: Progress | None,
    extra_steps: int,
    threads: int | None,
) -> list[np.ndarray]:
    """Every model's probabilities on ``texts``, in shards of :data:`SCORE_SHARD` texts."""
    bounds = shard_bounds(len(texts), SCORE_SHARD)
    items = ((m, texts[start:end]) for m in range(len(models)) for start, end in bounds)
    parts = list(
        tracked(
            map_with_model(_score_shard, _ScoringJob(models, threads), items, engine=engine,
                          workers=workers, shared_bytes=model_bytes(*models)),
            len(models) * len(bounds) + extra_steps,
            progress,
        )
    )  # fmt: skip
    per_model = len(bounds)
    return [
        np.concatenate(parts[m * per_model : (m + 1) * per_model])
        if per_model
        else np.zeros((0, len(models[m].labels)))
        for m in range(len(models))
    ]


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
    *,
    engine: str = "embedded",
    workers: int | None = None,
    progress: Progress | None = None,
    threads: int | None = None,
) -> MembershipAudit:
    """Run the shadow-model-free attacks (and offline LiRA if ``references`` are given).

    The texts are scored in shards of :data:`SCORE_SHARD` and the bootstrap resamples drawn in
    batches of :data:`BOOT_BATCH`, in this process or, with ``engine="ray"``, as Ray tasks on
    ``workers`` CPUs (the models loaded once per worker process): the same figures on both engines.
    ``progress(done, total)`` after each shard and once after the bootstrap; ``threads``: the
    torch threads of every scoring shard (default: this process's)."""
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
    models = (classifier, *references)
    engine = engine_for(classifier, engine)
    if any(engine_for(model, engine) != engine for model in references):
        engine = "embedded"
    with ray_job(engine, workers, model_bytes(*models)):
        probabilities, *reference_probabilities = _predict_in_shards(
            models, texts, engine, workers, progress, extra_steps=1, threads=job_threads(threads)
        )
        is_member = np.arange(len(texts)) < len(member_texts)
        all_scores = attack_scores(probabilities, targets)
        named = {name: all_scores[name] for name in attacks}
        if references:
            reference_phi = np.stack(
                [logit_confidence(p, targets) for p in reference_probabilities]
            )
            named["lira_offline"] = lira_offline_scores(
                logit_confidence(probabilities, targets), reference_phi
            )
        sides = {name: (values[is_member], values[~is_member]) for name, values in named.items()}
        for member_side, nonmember_side in sides.values():
            _check_sides(member_side, nonmember_side)
        boots = bootstrap_aucs(sides, n_boot, seed, engine=engine, workers=workers)
    if progress is not None:
        total = len(models) * len(shard_bounds(len(texts), SCORE_SHARD)) + 1
        progress(total, total)
    results = [
        evaluate_scores(*sides[name], attack=name, n_boot=n_boot, seed=seed, boots=boots[name])
        for name in named
    ]
    hits = probabilities.argmax(axis=1) == targets
    return MembershipAudit(
        members=int(is_member.sum()),
        nonmembers=int((~is_member).sum()),
        attacks=tuple(results),
        member_accuracy=float(hits[is_member].mean()) if is_member.any() else 0.0,
        nonmember_accuracy=float(hits[~is_member].mean()) if (~is_member).any() else 0.0,
    )
