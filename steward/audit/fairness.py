"""Per-group accuracy for each sensitive column, with Wilson intervals and the largest gap.

A first version of the MetricFrame-style object the fairness issue deepens: by group, overall,
difference (max − min) and ratio (min / max), over groups large enough to be read.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Z_95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass(frozen=True)
class GroupAccuracy:
    group: str
    n: int
    accuracy: float
    ci_low: float
    ci_high: float
    readable: bool  # n >= min_group_size


@dataclass(frozen=True)
class ColumnFairness:
    column: str
    groups: list[GroupAccuracy]
    difference: float  # max - min accuracy among readable groups
    ratio: float  # min / max accuracy among readable groups
    worst_group: str | None
    best_group: str | None
    exceeds_max_gap: bool
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FairnessReport:
    overall_accuracy: float
    columns: list[ColumnFairness]
    max_gap: float
    min_group_size: int

    @property
    def largest_gap(self) -> float:
        return max((f.difference for f in self.columns), default=0.0)

    @property
    def min_group_accuracy(self) -> float:
        readable = [g.accuracy for f in self.columns for g in f.groups if g.readable]
        return min(readable, default=self.overall_accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall_accuracy": self.overall_accuracy,
            "max_gap": self.max_gap,
            "min_group_size": self.min_group_size,
            "largest_gap": self.largest_gap,
            "min_group_accuracy": self.min_group_accuracy,
            "columns": [
                {
                    **{k: v for k, v in f.__dict__.items() if k != "groups"},
                    "groups": [g.__dict__ for g in f.groups],
                }
                for f in self.columns
            ],
        }


def group_fairness(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    groups: Mapping[str, Sequence[str]],
    *,
    max_gap: float,
    min_group_size: int,
) -> FairnessReport:
    correct = [t == p for t, p in zip(y_true, y_pred, strict=True)]
    overall = sum(correct) / len(correct) if correct else 0.0
    columns = []
    for name, values in groups.items():
        tallies: dict[str, list[int]] = {}
        for value, hit in zip(values, correct, strict=True):
            tally = tallies.setdefault(value, [0, 0])
            tally[0] += hit
            tally[1] += 1
        rows = []
        for value, (hits, n) in sorted(tallies.items()):
            low, high = wilson_interval(hits, n)
            rows.append(
                GroupAccuracy(
                    value, n, round(hits / n, 6), round(low, 6), round(high, 6), n >= min_group_size
                )
            )
        readable = [row for row in rows if row.readable]
        warnings = [
            f"group {row.group!r} has only {row.n} examples (< {min_group_size}); "
            "not used for the gap"
            for row in rows
            if not row.readable
        ]
        if len(readable) >= 2:
            worst = min(readable, key=lambda r: r.accuracy)
            best = max(readable, key=lambda r: r.accuracy)
            difference = round(best.accuracy - worst.accuracy, 6)
            ratio = round(worst.accuracy / best.accuracy, 6) if best.accuracy else 1.0
            worst_name, best_name = worst.group, best.group
        else:
            difference, ratio, worst_name, best_name = 0.0, 1.0, None, None
        columns.append(
            ColumnFairness(
                name, rows, difference, ratio, worst_name, best_name, difference > max_gap, warnings
            )
        )
    return FairnessReport(round(overall, 6), columns, max_gap, min_group_size)
