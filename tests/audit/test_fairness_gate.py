from __future__ import annotations

import pytest

from steward.audit.fairness import group_fairness, wilson_interval
from steward.audit.performance import evaluate_performance
from steward.config import GateRule
from steward.gate.rules import evaluate_gate


def test_group_accuracy_gap_and_small_groups() -> None:
    y_true = ["a"] * 10 + ["b"] * 10 + ["a"] * 3
    y_pred = ["a"] * 10 + ["a"] * 5 + ["b"] * 5 + ["b"] * 3
    groups = {"age_band": ["young"] * 10 + ["old"] * 10 + ["tiny"] * 3}
    report = group_fairness(y_true, y_pred, groups, max_gap=0.2, min_group_size=5)
    field = report.columns[0]
    by_group = {g.group: g for g in field.groups}
    assert by_group["young"].accuracy == 1.0 and by_group["old"].accuracy == 0.5
    assert field.difference == 0.5 and field.ratio == 0.5 and field.worst_group == "old"
    assert field.exceeds_max_gap
    assert not by_group["tiny"].readable and field.warnings
    assert report.min_group_accuracy == 0.5


def test_wilson_interval_matches_reference() -> None:
    low, high = wilson_interval(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-4) and high == pytest.approx(0.9433, abs=1e-4)


def test_performance_macro_f1_matches_sklearn() -> None:
    from sklearn.metrics import f1_score

    y_true = ["a", "b", "c", "a", "b", "c"]
    y_pred = ["a", "b", "b", "a", "c", "c"]
    report = evaluate_performance(y_true, y_pred, ["a", "b", "c"])
    assert report.macro_f1 == pytest.approx(f1_score(y_true, y_pred, average="macro"), abs=1e-6)
    assert report.confusion[1] == [0, 1, 1]


def test_gate_blocks_and_warns() -> None:
    rules = [
        GateRule(name="quality", metric="macro_f1", min=0.9),
        GateRule(name="gap", metric="max_group_accuracy_gap", max=0.1, severity="warn"),
    ]
    decision = evaluate_gate(rules, {"macro_f1": 0.95, "max_group_accuracy_gap": 0.3})
    assert decision.passed and decision.status == "pending_review"  # a person signs it off
    assert [v.passed for v in decision.verdicts] == [True, False]
    blocked = evaluate_gate(rules, {"macro_f1": 0.5, "max_group_accuracy_gap": 0.0})
    assert blocked.status == "candidate"
    assert "macro_f1 = 0.5000 < min 0.9" in blocked.verdicts[0].reason
    missing = evaluate_gate(rules[:1], {})
    assert not missing.passed and "not measured" in missing.verdicts[0].reason
