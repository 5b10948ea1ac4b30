"""The metric catalogue: one declaration per metric, beside its audit, that the policy, the
gate, audit.json and the reports all read."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest

from steward.audit import schema as s
from steward.audit.catalogue import DECLARING_MODULES, catalogue, collect
from steward.audit.counterfactual import AttributeResult, CounterfactualReport
from steward.audit.fairness import group_fairness
from steward.audit.metric_spec import LIFECYCLES, metric, read_metrics
from steward.audit.performance import evaluate_performance
from steward.audit.privacy import MembershipAttackResult, MembershipAudit
from steward.audit.robustness import AttackResult
from steward.data.accounting import DataAccounting
from steward.runs import classifier_metrics


def test_every_metric_is_declared_once_with_a_known_section_and_lifecycle() -> None:
    known = catalogue()
    declared = [spec.name for module in DECLARING_MODULES for spec in module.METRICS]
    assert len(declared) == len(set(declared)) == len(known.specs)
    sections = {
        "classifier": set(s.ClassifierSections.model_fields),
        "assistant": set(s.AssistantSections.model_fields),
    }
    for spec in known.specs.values():
        assert spec.lifecycles and spec.lifecycles <= set(LIFECYCLES), spec.name
        assert spec.direction in ("higher", "lower") and spec.unit and spec.description
        for lifecycle in spec.lifecycles:
            assert spec.section in sections[lifecycle], (spec.name, lifecycle)
    assert set(known.names("classifier")) & set(known.names("assistant")) == {
        "quarantine_rate",
        "dp_epsilon",
    }


def test_a_metric_declared_twice_is_refused() -> None:
    spec = metric("accuracy", "performance", "classifier", "higher", "fraction", "again")
    with pytest.raises(RuntimeError, match="metric 'accuracy' is declared twice"):
        collect([("a", [spec]), ("b", [spec])])


def test_a_spec_reads_attributes_keys_and_magnitudes_and_skips_what_is_not_a_number() -> None:
    @dataclass
    class Inner:
        score: Any

    bias = metric(
        "b", "x", "assistant", "lower", "score", "d", source="overall.bias", absolute=True
    )
    assert bias.read({"overall": {"bias": -0.25}}) == 0.25
    attribute = metric("a", "x", "classifier", "lower", "u", "d", source="inner.score")
    assert attribute.read({"inner": Inner(0.1234567)}) == 0.123457  # rounded to 6 places
    for absent in (None, {}, {"inner": None}, {"inner": Inner(None)}, {"inner": Inner(True)}):
        assert attribute.read(absent) is None, absent
    assert read_metrics([bias, attribute], {"overall": {"bias": 0.5}}) == {"b": 0.5}


def _attack(after: float) -> AttackResult:
    return AttackResult(
        "char_noise", {}, 3, 8, 0, 2, 1.0, after, 2, 1, 0.5, (1, 2), (0, 1), (True, True),
        ("a", "b"), (), 0.1,
    )  # fmt: skip


def _membership(auc: float) -> MembershipAudit:
    attack = MembershipAttackResult("loss", 2, 2, auc, (0.4, 0.9), 0.2, (), 0.0, 0.0)
    return MembershipAudit(2, 2, (attack,), 1.0, 0.5)


def test_every_classifier_metric_is_read_from_the_audits_typed_results() -> None:
    probs = np.array([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4], [0.3, 0.7]])
    performance = evaluate_performance(
        ["a", "b", "a", "b"], ["a", "b", "a", "b"], ["a", "b"], probabilities=probs
    )
    fairness = group_fairness(
        ["a", "b", "a", "b"], ["a", "b", "b", "b"], {"g": ["x", "x", "y", "y"]},
        max_gap=0.1, min_group_size=1, n_boot=20,
    )  # fmt: skip
    swaps = CounterfactualReport(
        ("a", "b"), 10, (AttributeResult("gender", 10, 8, 8, 1, 0.125, 0.1, 0.3),)
    )
    metrics = classifier_metrics(
        DataAccounting(rows_read=10, quarantined=1), performance, fairness, _attack(0.5),
        _membership(0.61), swaps, 2.5,
    )  # fmt: skip
    assert list(metrics) == catalogue().names("classifier")  # all of them, catalogue order
    assert metrics["quarantine_rate"] == 0.1
    assert metrics["accuracy"] == performance.accuracy == 1.0
    assert metrics["max_group_accuracy_gap"] == fairness.largest_gap == 0.5
    assert metrics["accuracy_under_attack"] == 0.5 and metrics["mia_auc"] == 0.61
    assert metrics["counterfactual_pairs"] == 8 and metrics["dp_epsilon"] == 2.5
    # Audits that did not run give no number: a rule on them fails as "not measured".
    bare = classifier_metrics(DataAccounting(), performance, fairness)
    assert set(bare) == {
        "quarantine_rate", "accuracy", "macro_f1", "expected_calibration_error",
        "min_group_accuracy", "max_group_accuracy_gap", "max_group_accuracy_gap_upper",
    }  # fmt: skip


def test_every_assistant_metric_points_at_a_figure_its_audit_reports() -> None:
    """The last key of each assistant metric's source is a figure its module writes."""
    for module in DECLARING_MODULES:
        text = inspect.getsource(module)
        for spec in module.METRICS:
            if spec.lifecycles == {"assistant"}:
                key = spec.source.rsplit(".", 1)[-1]
                pattern = 'f"{name}_{language}"' if spec.name.endswith(("_en", "_zh")) else None
                assert f'"{key}"' in text or (pattern and pattern in text), spec.name


def test_gate_verdict_and_report_sections_come_from_the_catalogue() -> None:
    from steward.audit.document import ASSISTANT_SECTION_TITLES, SECTION_TITLES

    known = catalogue()
    for lifecycle, titles in (
        ("classifier", SECTION_TITLES),
        ("assistant", ASSISTANT_SECTION_TITLES),
    ):
        assert {known[name].section for name in known.names(lifecycle)} <= set(titles)
    infos = s.metric_catalogue("assistant")
    assert [i.name for i in infos] == known.names("assistant")
    assert {i.section for i in infos if i.name == "canary_exposure"} == {"canary"}
