"""Overall and per-intent classification metrics, calibration and bootstrap intervals.

Everything is computed from confusion counts with numpy, so the bootstrap is vectorised: the
row indices of all ``n_boot`` resamples are drawn once (seeded), each resample's confusion
matrix is one ``np.bincount`` over ``resample * K² + true * K + pred``, and accuracy, macro-F1,
micro-F1 (and the expected calibration error, from per-bin sums the same way) are read off the
``(n_boot, K, K)`` stack at once. Intervals are percentile intervals of those resampled values.

Calibration uses the confidence of the predicted class (its probability) and **equal-width
bins** over ``[0, 1]``: bin ``b`` of ``M`` holds confidences in ``(b/M, (b+1)/M]`` (a confidence of
exactly 0 goes to the first bin). The expected calibration error is
``ECE = Σ_b (n_b / n) · |accuracy_b − mean confidence_b|`` (Guo et al., 2017); the maximum
calibration error is the largest of those gaps over non-empty bins, and the Brier score is the
mean over rows of ``Σ_c (p_c − 1[c = true])²``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from steward.audit.metric_spec import metric
from steward.audit.metrics import one_vs_rest
from steward.errors import StewardError

# Gate metrics of the performance section, read from a PerformanceReport.
METRICS = (
    metric("accuracy", "performance", "classifier", "higher", "fraction",
           "share of test rows predicted correctly"),
    metric("macro_f1", "performance", "classifier", "higher", "fraction",
           "F1 averaged over intents with equal weight"),
    metric("expected_calibration_error", "performance", "classifier", "lower", "fraction",
           "equal-width bins (audit.performance.calibration_bins)", source="calibration.ece"),
)  # fmt: skip

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
# Rows of resample indices held at once (n_boot × n is processed in chunks of this size).
_CHUNK_ELEMENTS = 4_000_000
INTERVAL_METRICS = ("accuracy", "macro_f1", "micro_f1")


@dataclass(frozen=True)
class ClassMetrics:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class CalibrationBin:
    low: float
    high: float
    count: int
    confidence: float  # mean confidence of the rows in the bin (0 when empty)
    accuracy: float  # share of those rows predicted correctly (0 when empty)

    @property
    def gap(self) -> float:
        return abs(self.accuracy - self.confidence)


@dataclass(frozen=True)
class Calibration:
    """Reliability of the predicted class's probability (equal-width bins)."""

    n_bins: int
    ece: float
    mce: float
    brier: float
    mean_confidence: float
    bins: list[CalibrationBin]
    binning: str = "equal-width"

    def to_dict(self) -> dict[str, Any]:
        return {
            "binning": self.binning,
            "n_bins": self.n_bins,
            "ece": self.ece,
            "mce": self.mce,
            "brier": self.brier,
            "mean_confidence": self.mean_confidence,
            "bins": [b.__dict__ for b in self.bins],
        }


@dataclass(frozen=True)
class BootstrapSettings:
    n_boot: int
    confidence: float
    seed: int
    method: str = "percentile"


@dataclass(frozen=True)
class PerformanceReport:
    n: int
    accuracy: float
    macro_f1: float
    weighted_f1: float
    per_class: list[ClassMetrics]
    labels: list[str]
    confusion: list[list[int]]
    micro_f1: float = 0.0
    calibration: Calibration | None = None
    bootstrap: BootstrapSettings | None = None
    # metric -> (low, high) percentile interval: accuracy, macro_f1, micro_f1 and, with
    # probabilities, expected_calibration_error
    intervals: dict[str, tuple[float, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "micro_f1": self.micro_f1,
            "weighted_f1": self.weighted_f1,
            "per_class": [metric.__dict__ for metric in self.per_class],
            "labels": self.labels,
            "confusion": self.confusion,
            "calibration": self.calibration.to_dict() if self.calibration else None,
            "bootstrap": self.bootstrap.__dict__ if self.bootstrap else None,
            "intervals": {k: list(v) for k, v in self.intervals.items()},
        }


# -- count-based metrics (any leading axes) -----------------------------------------------------


def confusion_counts(true_codes: IntArray, pred_codes: IntArray, k: int) -> IntArray:
    """``counts[t, p]``: rows with true label ``t`` predicted as ``p``."""
    flat = np.bincount(true_codes * k + pred_codes, minlength=k * k)
    return flat.reshape(k, k).astype(np.int64)


def _safe_divide(num: NDArray[Any], den: NDArray[Any]) -> FloatArray:
    out = np.zeros(np.broadcast_shapes(num.shape, den.shape), dtype=np.float64)
    np.divide(num, den, out=out, where=den != 0)
    return out


def scores_from_counts(counts: NDArray[Any]) -> dict[str, FloatArray]:
    """Accuracy, macro-, micro- and weighted F1 and per-class precision, recall and F1 from
    confusion counts of shape ``(..., K, K)``.

    Macro-F1 averages the per-class F1 over the labels that occur as true labels (support > 0)
    in each matrix; a class never predicted and never true is left out, as before.
    """
    c = np.asarray(counts, dtype=np.float64)
    tp, fp, fn, _tn = one_vs_rest(c)
    support = tp + fn
    n = support.sum(axis=-1)
    precision = _safe_divide(tp, tp + fp)
    recall = _safe_divide(tp, support)
    f1 = _safe_divide(2 * tp, 2 * tp + fp + fn)
    present = support > 0
    macro = _safe_divide(np.where(present, f1, 0.0).sum(axis=-1), present.sum(axis=-1) * 1.0)
    tp_sum, fp_sum, fn_sum = tp.sum(axis=-1), fp.sum(axis=-1), fn.sum(axis=-1)
    micro = _safe_divide(2 * tp_sum, 2 * tp_sum + fp_sum + fn_sum)
    return {
        "accuracy": _safe_divide(tp_sum, n),
        "macro_f1": macro,
        "micro_f1": micro,
        "weighted_f1": _safe_divide((f1 * support).sum(axis=-1), n),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "support": support,
    }


# -- calibration ----------------------------------------------------------------------------------


def calibration_bin_index(confidence: FloatArray, n_bins: int) -> IntArray:
    """Equal-width bin of each confidence: ``(b/M, (b+1)/M]`` is bin ``b``; 0 is in bin 0."""
    index = np.ceil(np.asarray(confidence, dtype=np.float64) * n_bins).astype(np.int64) - 1
    return np.clip(index, 0, n_bins - 1)


def calibration(
    confidence: Sequence[float] | FloatArray,
    correct: Sequence[bool] | NDArray[np.bool_],
    *,
    n_bins: int = 15,
    brier: float | None = None,
) -> Calibration:
    """Reliability bins, ECE and MCE of the predicted class's confidence."""
    if n_bins < 1:
        raise StewardError(f"n_bins must be at least 1, got {n_bins}", where="calibration")
    conf = np.asarray(confidence, dtype=np.float64)
    hit = np.asarray(correct, dtype=np.float64)
    if conf.shape != hit.shape:
        raise StewardError("confidence and correct differ in length", where="calibration")
    if conf.size and (conf.min() < 0 or conf.max() > 1 + 1e-6):
        raise StewardError("confidences must lie in [0, 1]", where="calibration")
    n = conf.size
    index = calibration_bin_index(conf, n_bins)
    counts = np.bincount(index, minlength=n_bins)
    conf_sum = np.bincount(index, weights=conf, minlength=n_bins)
    hit_sum = np.bincount(index, weights=hit, minlength=n_bins)
    mean_conf = _safe_divide(conf_sum, counts * 1.0)
    accuracy = _safe_divide(hit_sum, counts * 1.0)
    gaps = np.abs(accuracy - mean_conf)
    ece = float(np.abs(hit_sum - conf_sum).sum() / n) if n else 0.0
    mce = float(gaps[counts > 0].max()) if n else 0.0
    bins = [
        CalibrationBin(
            round(b / n_bins, 6),
            round((b + 1) / n_bins, 6),
            int(counts[b]),
            round(float(mean_conf[b]), 6),
            round(float(accuracy[b]), 6),
        )
        for b in range(n_bins)
    ]
    return Calibration(
        n_bins=n_bins,
        ece=round(ece, 6),
        mce=round(mce, 6),
        brier=round(float(brier), 6) if brier is not None else 0.0,
        mean_confidence=round(float(conf.mean()), 6) if n else 0.0,
        bins=bins,
    )


def brier_score(probabilities: FloatArray, true_columns: IntArray) -> float:
    """Mean ``Σ_c (p_c − 1[c = true])²``; a true label with no column (-1) counts as a class
    given probability 0."""
    p = np.asarray(probabilities, dtype=np.float64)
    if p.shape[0] == 0:
        return 0.0
    squared = (p**2).sum(axis=1)
    rows = np.arange(p.shape[0])
    known = true_columns >= 0
    own = np.zeros(p.shape[0])
    own[known] = p[rows[known], true_columns[known]]
    return float(np.mean(squared - 2 * own + 1.0))


# -- bootstrap ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _BootstrapData:
    """What every resample reads (shipped once to Ray's object store on the ray engine)."""

    codes: IntArray  # true * K + pred, per row
    hits: FloatArray  # 1.0 where true == pred
    k: int
    confidence: FloatArray | None
    bins: IntArray | None
    n_bins: int

    @property
    def nbytes(self) -> int:
        arrays = (self.codes, self.hits, self.confidence, self.bins)
        return sum(a.nbytes for a in arrays if a is not None)


def resample_seeds(seed: int, n_boot: int) -> list[np.random.SeedSequence]:
    """One seed per resample, spawned from ``seed``: resample ``b`` draws its rows from
    ``np.random.default_rng(resample_seeds(seed, n_boot)[b])``, so a resample's rows do not
    depend on how the resamples are batched, nor on which engine or worker draws them."""
    return np.random.SeedSequence(seed).spawn(n_boot)


def _score_batch(
    data: _BootstrapData, seeds: list[np.random.SeedSequence]
) -> dict[str, FloatArray]:
    """The scores of one batch of resamples (one per seed), shape ``(len(seeds),)`` each; runs
    in this process or as a Ray task."""
    n, k, b = data.codes.size, data.k, len(seeds)
    idx = np.empty((b, n), dtype=np.int64)
    for row, resample_seed in enumerate(seeds):
        idx[row] = np.random.default_rng(resample_seed).integers(0, n, size=n)
    offsets = np.arange(b, dtype=np.int64)[:, None]
    counts = np.bincount((data.codes[idx] + offsets * k * k).ravel(), minlength=b * k * k)
    scores = scores_from_counts(counts.reshape(b, k, k))
    out = {name: scores[name] for name in INTERVAL_METRICS}
    if data.confidence is not None and data.bins is not None:
        m = data.n_bins
        flat = (data.bins[idx] + offsets * m).ravel()
        conf_sum = np.bincount(flat, weights=data.confidence[idx].ravel(), minlength=b * m)
        hit_sum = np.bincount(flat, weights=data.hits[idx].ravel(), minlength=b * m)
        out["expected_calibration_error"] = np.abs(hit_sum - conf_sum).reshape(b, m).sum(axis=1) / n
    return out


def bootstrap_scores(
    true_codes: IntArray,
    pred_codes: IntArray,
    k: int,
    *,
    n_boot: int,
    seed: int,
    confidence: FloatArray | None = None,
    n_bins: int = 15,
    engine: str = "embedded",
    workers: int | None = None,
) -> dict[str, FloatArray]:
    """Accuracy, macro-F1, micro-F1 (and ECE when ``confidence`` is given) on ``n_boot``
    row resamples, shape ``(n_boot,)`` each. Resample ``b`` draws its rows from its own seed
    (:func:`resample_seeds`); resamples are scored in batches of about ``_CHUNK_ELEMENTS`` drawn
    rows, each resample's counts from a single ``bincount``. ``engine="ray"`` scores the
    batches as Ray tasks on ``workers`` CPUs: the same numbers, bit for bit, in the same order."""
    from steward.data.ray_engine import map_in_order

    n = true_codes.size
    data = _BootstrapData(
        codes=np.asarray(true_codes * k + pred_codes, dtype=np.int64),
        hits=(true_codes == pred_codes).astype(np.float64),
        k=k,
        confidence=confidence,
        bins=calibration_bin_index(confidence, n_bins) if confidence is not None else None,
        n_bins=n_bins,
    )
    seeds = resample_seeds(seed, n_boot)
    chunk = max(1, _CHUNK_ELEMENTS // max(n, 1))
    batches = (seeds[start : start + chunk] for start in range(0, n_boot, chunk))
    out: dict[str, list[FloatArray]] = {name: [] for name in INTERVAL_METRICS}
    if confidence is not None:
        out["expected_calibration_error"] = []
    for scores in map_in_order(
        _score_batch, data, batches, engine=engine, workers=workers, shared_bytes=data.nbytes
    ):
        for name, values in scores.items():
            out[name].append(values)
    return {name: np.concatenate(parts) if parts else np.empty(0) for name, parts in out.items()}


def percentile_interval(values: FloatArray, confidence: float) -> tuple[float, float]:
    tail = (1 - confidence) / 2
    low, high = np.quantile(values, [tail, 1 - tail])
    return round(float(low), 6), round(float(high), 6)


# -- the report -----------------------------------------------------------------------------------


def _codes(values: Sequence[str], index: dict[str, int], what: str) -> IntArray:
    try:
        return np.fromiter((index[v] for v in values), dtype=np.int64, count=len(values))
    except KeyError as exc:
        raise StewardError(f"label {exc.args[0]!r} is not among the labels", where=what) from None


def evaluate_performance(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    labels: Sequence[str],
    *,
    probabilities: Sequence[Sequence[float]] | FloatArray | None = None,
    probability_labels: Sequence[str] | None = None,
    n_boot: int = 0,
    confidence: float = 0.95,
    seed: int = 0,
    n_bins: int = 15,
    engine: str = "embedded",
    workers: int | None = None,
) -> PerformanceReport:
    """Accuracy, macro/micro/weighted F1, per-class precision/recall/F1 and the confusion
    matrix; with ``probabilities`` (rows of class probabilities, columns named by
    ``probability_labels``, default ``labels``; ``y_pred`` must be their argmax) also the
    calibration; with ``n_boot > 0`` percentile bootstrap intervals at ``confidence``
    (``engine="ray"``: the resamples computed as Ray tasks, the same intervals)."""
    label_list = list(labels)
    if len(y_true) != len(y_pred):
        raise StewardError(f"y_true has {len(y_true)} rows but y_pred has {len(y_pred)}")
    if not 0 < confidence < 1:
        raise StewardError(f"confidence must be between 0 and 1, got {confidence}")
    if n_boot < 0:
        raise StewardError(f"n_boot must be 0 or more, got {n_boot}")
    index = {label: i for i, label in enumerate(label_list)}
    k = len(label_list)
    t = _codes(y_true, index, "y_true")
    p = _codes(y_pred, index, "y_pred")
    counts = confusion_counts(t, p, k)
    scores = scores_from_counts(counts)

    calib: Calibration | None = None
    conf: FloatArray | None = None
    if probabilities is not None:
        probs = np.asarray(probabilities, dtype=np.float64)
        columns = list(probability_labels) if probability_labels is not None else label_list
        if probs.ndim != 2 or probs.shape != (len(y_true), len(columns)):
            raise StewardError(
                f"probabilities have shape {probs.shape}, expected {(len(y_true), len(columns))}",
                where="probabilities",
            )
        conf = probs.max(axis=1) if len(y_true) else np.zeros(0)
        column_of = {label: i for i, label in enumerate(columns)}
        true_columns = np.array([column_of.get(v, -1) for v in y_true], dtype=np.int64)
        calib = calibration(conf, t == p, n_bins=n_bins, brier=brier_score(probs, true_columns))

    intervals: dict[str, tuple[float, float]] = {}
    settings: BootstrapSettings | None = None
    if n_boot > 0 and len(y_true) > 0:
        settings = BootstrapSettings(n_boot, confidence, seed)
        resampled = bootstrap_scores(t, p, k, n_boot=n_boot, seed=seed, confidence=conf,
                                     n_bins=n_bins, engine=engine, workers=workers)  # fmt: skip
        intervals = {name: percentile_interval(v, confidence) for name, v in resampled.items()}

    return PerformanceReport(
        n=len(y_true),
        accuracy=round(float(scores["accuracy"]), 6),
        macro_f1=round(float(scores["macro_f1"]), 6),
        weighted_f1=round(float(scores["weighted_f1"]), 6),
        per_class=[
            ClassMetrics(
                label,
                round(float(scores["precision"][i]), 6),
                round(float(scores["recall"][i]), 6),
                round(float(scores["f1"][i]), 6),
                int(scores["support"][i]),
            )
            for i, label in enumerate(label_list)
        ],
        labels=label_list,
        confusion=counts.tolist(),
        micro_f1=round(float(scores["micro_f1"]), 6),
        calibration=calib,
        bootstrap=settings,
        intervals=intervals,
    )
