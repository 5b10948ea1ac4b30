"""Overall and per-intent classification metrics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ClassMetrics:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class PerformanceReport:
    n: int
    accuracy: float
    macro_f1: float
    weighted_f1: float
    per_class: list[ClassMetrics]
    labels: list[str]
    confusion: list[list[int]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "weighted_f1": self.weighted_f1,
            "per_class": [metric.__dict__ for metric in self.per_class],
            "labels": self.labels,
            "confusion": self.confusion,
        }


def evaluate_performance(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str]
) -> PerformanceReport:
    from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_fscore_support

    label_list = list(labels)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=label_list, zero_division=0
    )
    present = [i for i, count in enumerate(support) if count > 0]
    macro = float(sum(f1[i] for i in present) / len(present)) if present else 0.0
    total = int(sum(support))
    weighted = float(sum(f1[i] * support[i] for i in present) / total) if total else 0.0
    return PerformanceReport(
        n=len(y_true),
        accuracy=round(float(accuracy_score(y_true, y_pred)), 6),
        macro_f1=round(macro, 6),
        weighted_f1=round(weighted, 6),
        per_class=[
            ClassMetrics(
                label,
                round(float(precision[i]), 6),
                round(float(recall[i]), 6),
                round(float(f1[i]), 6),
                int(support[i]),
            )
            for i, label in enumerate(label_list)
        ],
        labels=label_list,
        confusion=confusion_matrix(y_true, y_pred, labels=label_list).tolist(),
    )
