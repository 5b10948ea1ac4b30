"""Count-based classification metrics, registered by name.

Every metric here is a function of a confusion matrix ``counts[..., true, pred]`` (any number of
leading axes: groups, bootstrap resamples), so one vectorised call evaluates it for every group
of every resample. Two kinds:

* **total** metrics read the whole matrix (``count``, ``accuracy``, ``error_rate``);
* **per-class** metrics are one-vs-rest rates ``numerator / denominator`` of the per-class
  cells ``tp, fp, fn, tn`` (``selection_rate``, ``tpr``, ``fpr``, ``fdr``, ...). They are read
  for one positive label (``binary``), for every label (``ovr``, one column per label) or
  averaged over labels (``macro``: like scikit-learn's ``average="macro"``, over the labels that
  occur in that group's true or predicted values, or over ``labels`` when given).

A zero denominator gives ``zero_division`` (0.0 by default, as scikit-learn's and Fairlearn's
rates do). Adding a metric is adding one :class:`CountMetric` with :func:`register`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from steward.errors import StewardError

FloatArray = NDArray[np.float64]
Average = Literal["binary", "macro", "ovr"]
# (tp, fp, fn, tn) -> (numerator, denominator), each of shape (..., n_labels)
RateFormula = Callable[
    [FloatArray, FloatArray, FloatArray, FloatArray], tuple[FloatArray, FloatArray]
]
# counts (..., K, K) -> (numerator, denominator), each of shape (...)
TotalFormula = Callable[[FloatArray], tuple[FloatArray, FloatArray]]


@dataclass(frozen=True)
class CountMetric:
    """One named metric computed from confusion counts."""

    name: str
    description: str
    per_class: bool
    rate: RateFormula | None = None
    total: TotalFormula | None = None

    def evaluate(
        self,
        counts: FloatArray,
        *,
        average: Average = "binary",
        pos_index: int | None = None,
        label_mask: NDArray[np.bool_] | None = None,
        zero_division: float = 0.0,
    ) -> FloatArray:
        """Values of this metric for ``counts`` of shape ``(..., K, K)``.

        Returns shape ``(...)``, or ``(..., K)`` for a per-class metric with ``average="ovr"``.
        ``label_mask`` (shape ``(K,)``) restricts the ``macro`` average to those labels; without
        it, the average runs over the labels present (as true or predicted) in each cell group.
        """
        counts = np.asarray(counts, dtype=np.float64)
        if not self.per_class:
            assert self.total is not None
            num, den = self.total(counts)
            return _divide(num, den, zero_division)
        assert self.rate is not None
        tp, fp, fn, tn = one_vs_rest(counts)
        num, den = self.rate(tp, fp, fn, tn)
        values = _divide(num, den, zero_division)
        if average == "ovr":
            return values
        if average == "binary":
            if pos_index is None:
                raise StewardError(f"metric {self.name!r}: binary average needs a positive label")
            return values[..., pos_index]
        if average == "macro":
            if label_mask is not None:
                present = np.broadcast_to(label_mask, values.shape)
            else:
                present = (tp + fn + fp) > 0  # label occurs as true or predicted
            n_present = present.sum(axis=-1)
            total = np.where(present, values, 0.0).sum(axis=-1)
            return _divide(total, n_present.astype(np.float64), zero_division)
        raise StewardError(f"unknown average {average!r}; use binary, macro or ovr")


def one_vs_rest(counts: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Per-label ``tp, fp, fn, tn`` (shape ``(..., K)``) from counts of shape ``(..., K, K)``."""
    tp = np.diagonal(counts, axis1=-2, axis2=-1)
    true_totals = counts.sum(axis=-1)
    pred_totals = counts.sum(axis=-2)
    n = true_totals.sum(axis=-1, keepdims=True)
    fn = true_totals - tp
    fp = pred_totals - tp
    tn = n - tp - fn - fp
    return tp, fp, fn, tn


def _divide(num: FloatArray, den: FloatArray, zero_division: float) -> FloatArray:
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    out = np.full(np.broadcast_shapes(num.shape, den.shape), zero_division, dtype=np.float64)
    np.divide(num, den, out=out, where=den != 0)
    return out


def _n(counts: FloatArray) -> FloatArray:
    return counts.sum(axis=(-2, -1))


def _correct(counts: FloatArray) -> FloatArray:
    return np.trace(counts, axis1=-2, axis2=-1)


METRICS: dict[str, CountMetric] = {}
ALIASES: dict[str, str] = {}


def register(metric: CountMetric, *aliases: str) -> CountMetric:
    METRICS[metric.name] = metric
    for alias in aliases:
        ALIASES[alias] = metric.name
    return metric


def get_metric(name: str) -> CountMetric:
    key = ALIASES.get(name, name)
    if key not in METRICS:
        known = ", ".join(sorted(METRICS))
        raise StewardError(f"unknown metric {name!r}; known: {known}", where="metrics")
    return METRICS[key]


def metric_names() -> list[str]:
    return sorted(METRICS)


register(
    CountMetric(
        "count",
        "number of rows",
        per_class=False,
        total=lambda c: (_n(c), np.ones_like(_n(c))),
    ),
    "n",
)
register(
    CountMetric(
        "accuracy",
        "share of rows predicted correctly",
        per_class=False,
        total=lambda c: (_correct(c), _n(c)),
    ),
    "accuracy_score",
)
register(
    CountMetric(
        "error_rate",
        "share of rows predicted wrongly",
        per_class=False,
        total=lambda c: (_n(c) - _correct(c), _n(c)),
    ),
)
register(
    CountMetric(
        "selection_rate",
        "P(pred = label): demographic parity compares it across groups",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (tp + fp, tp + fp + fn + tn),
    ),
)
register(
    CountMetric(
        "tpr",
        "true positive rate (recall): equal opportunity compares it across groups",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (tp, tp + fn),
    ),
    "true_positive_rate",
    "recall",
)
register(
    CountMetric(
        "fpr",
        "false positive rate: equalized odds compares it (with tpr) across groups",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (fp, fp + tn),
    ),
    "false_positive_rate",
)
register(
    CountMetric(
        "fnr",
        "false negative rate",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (fn, tp + fn),
    ),
    "false_negative_rate",
)
register(
    CountMetric(
        "tnr",
        "true negative rate (specificity)",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (tn, fp + tn),
    ),
    "true_negative_rate",
)
register(
    CountMetric(
        "precision",
        "positive predictive value",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (tp, tp + fp),
    ),
)
register(
    CountMetric(
        "fdr",
        "false discovery rate fp / (tp + fp); 0 when nothing is predicted positive",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (fp, tp + fp),
    ),
    "false_discovery_rate",
)
register(
    CountMetric(
        "f1",
        "F1 score 2tp / (2tp + fp + fn)",
        per_class=True,
        rate=lambda tp, fp, fn, tn: (2 * tp, 2 * tp + fp + fn),
    ),
    "f1_score",
)
