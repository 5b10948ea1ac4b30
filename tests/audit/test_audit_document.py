"""audit.json: section verdicts, the counterfactual evidence metrics, template sets (skipped
with a reason when absent) and the exported JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import numpy as np
import pytest
from typer.testing import CliRunner

from steward.audit import schema as s
from steward.audit.catalogue import catalogue
from steward.audit.counterfactual import AttributeResult, CounterfactualReport
from steward.audit.document import (
    counterfactual_section,
    crows_pairs_section,
    eec_section,
    gate_check,
    performance_section,
    section_verdict,
)
from steward.audit.fairness import FairnessReport, group_fairness
from steward.audit.performance import evaluate_performance
from steward.audit.template_sets import run_template_set
from steward.cli import app
from steward.config import GateRule
from steward.data.accounting import DataAccounting
from steward.gate.rules import evaluate_gate
from steward.runs import classifier_metrics
from tests.audit.jsonschema_lite import errors
from tests.conftest import shared_data_or_skip


def _check(
    passed: bool, severity: Literal["block", "warn"] = "block", waived: str | None = None
) -> s.Check:
    return s.Check(
        name="r",
        source="gate.rules[r]",
        metric="macro_f1",
        value=0.5,
        min=0.9,
        severity=severity,
        passed=passed,
        reason="",
        waived_by=waived,
    )


def test_section_verdicts() -> None:
    assert section_verdict(True, []) == "not_gated"
    assert section_verdict(True, [_check(True)]) == "pass"
    assert section_verdict(True, [_check(True), _check(False, "warn")]) == "warn"
    assert section_verdict(True, [_check(False, "warn"), _check(False)]) == "fail"
    assert section_verdict(True, [_check(False, waived="carol")]) == "warn"
    assert section_verdict(False, []) == "skipped"
    # A blocking rule on an audit that did not run fails ("not measured"): never hidden.
    assert section_verdict(False, [_check(False)]) == "fail"


def _counterfactual(pairs: int, flips: int) -> CounterfactualReport:
    result = AttributeResult("gender", 100, pairs, pairs, flips, flips / pairs, 0.01, 0.2)
    return CounterfactualReport(("a", "b"), 100, (result,))


def test_flip_rate_upper_bound_decides_on_evidence() -> None:
    perf = evaluate_performance(["a", "b"], ["a", "b"], ["a", "b"])
    fair = group_fairness(["a", "b"], ["a", "b"], {}, max_gap=0.1, min_group_size=1)
    few = classifier_metrics(
        DataAccounting(rows_read=2), perf, fair, counterfactual=_counterfactual(45, 0)
    )
    many = classifier_metrics(
        DataAccounting(rows_read=2), perf, fair, counterfactual=_counterfactual(2000, 0)
    )
    assert few["counterfactual_flip_rate"] == many["counterfactual_flip_rate"] == 0.0
    assert few["counterfactual_flip_rate_upper"] == pytest.approx(0.0787, abs=1e-3)  # Wilson
    assert many["counterfactual_flip_rate_upper"] < 0.002
    assert few["counterfactual_pairs"] == 45
    rules = [
        GateRule(name="swaps", metric="counterfactual_flip_rate_upper", max=0.05),
        GateRule(name="evidence", metric="counterfactual_pairs", min=100),
    ]
    assert [v.passed for v in evaluate_gate(rules, few).verdicts] == [False, False]
    assert evaluate_gate(rules, many).passed
    assert {"counterfactual_flip_rate_upper", "counterfactual_pairs"} <= set(
        catalogue().names("classifier")
    )


def test_expected_calibration_error_is_a_gate_metric() -> None:
    probs = np.array([[0.9, 0.1], [0.9, 0.1], [0.6, 0.4], [0.2, 0.8]])
    perf = evaluate_performance(
        ["a", "b", "a", "b"], ["a", "a", "a", "b"], ["a", "b"], probabilities=probs
    )
    fair = group_fairness(["a"], ["a"], {}, max_gap=0.1, min_group_size=1)
    metrics = classifier_metrics(DataAccounting(rows_read=4), perf, fair)
    assert perf.calibration is not None
    assert metrics["expected_calibration_error"] == perf.calibration.ece > 0
    rule = GateRule(name="calibrated", metric="expected_calibration_error", max=0.05)
    assert not evaluate_gate([rule], metrics).passed
    # Without probabilities the metric is absent, so the rule fails as "not measured".
    bare = classifier_metrics(DataAccounting(), evaluate_performance(["a"], ["a"], ["a"]), fair)
    assert (
        "not measured (by the performance audit)" in evaluate_gate([rule], bare).verdicts[0].reason
    )


def test_performance_section_carries_intervals_calibration_and_its_gate_checks() -> None:
    rng = np.random.default_rng(0)
    t = rng.integers(0, 3, 200)
    p = np.where(rng.random(200) < 0.6, t, rng.integers(0, 3, 200))
    probs = rng.dirichlet(np.ones(3), 200)
    probs[np.arange(200), p] += 2
    probs /= probs.sum(axis=1, keepdims=True)
    labels = ["x", "y", "z"]
    report = evaluate_performance(
        [labels[i] for i in t],
        [labels[i] for i in p],
        labels,
        probabilities=probs,
        n_boot=100,
        seed=1,
    )
    assert performance_section(report, []).verdict == "not_gated"  # no audit.* threshold
    rule = GateRule(name="floor", metric="macro_f1", min=0.8, severity="warn")
    metrics = classifier_metrics(DataAccounting(rows_read=200), report, _no_groups())
    [verdict] = evaluate_gate([rule], metrics).verdicts
    section = performance_section(report, [gate_check(verdict)])
    assert section.accuracy.ci is not None and section.macro_f1.ci is not None
    assert section.calibration is not None and section.calibration.binning == "equal-width"
    assert section.calibration.ece.ci is not None
    # The gate rule is the section's one check: it fails (macro-F1 ~0.6), as a warning.
    [check] = section.checks
    assert check.source == "gate.rules[floor]" and not check.passed
    assert section.verdict == "warn"


def _no_groups() -> FairnessReport:
    return group_fairness(["a"], ["a"], {}, max_gap=None, min_group_size=1)


def test_counterfactual_section_has_wilson_intervals() -> None:
    section = counterfactual_section(_counterfactual(45, 1), [])
    assert section.pairs == 45 and section.flips == 1 and section.flip_rate is not None
    assert section.flip_rate.ci is not None
    assert section.flip_rate.ci.high == pytest.approx(0.1157, abs=1e-3)
    assert section.attributes[0].flip_rate.ci == section.flip_rate.ci
    skipped = counterfactual_section(None, [])
    assert skipped.status == "skipped" and skipped.verdict == "skipped"
    assert skipped.skipped_reason == "audit.counterfactual.enabled is false"


class _KeywordModel:
    """Predicts 'complaint' more when a sentence has an emotion word, else 'other'."""

    labels = ("complaint", "other")

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        angry = np.array([("angry" in t or "furious" in t) for t in texts], dtype=np.float64)
        she = np.array([(" she " in f" {t.lower()} ") for t in texts], dtype=np.float64)
        p = 0.3 + 0.5 * angry + 0.05 * she
        return np.stack([p, 1 - p], axis=1)


def test_template_sets_are_skipped_with_the_reason(tmp_path: Path) -> None:
    model = _KeywordModel()
    off = run_template_set("eec", model, enabled=False, path=None)
    assert not off.ran and off.skipped_reason == "audit.counterfactual.eec.enabled is false"
    unset = run_template_set("eec", model, enabled=True, path=None)
    assert unset.skipped_reason == "audit.counterfactual.eec.path is not set"
    missing = run_template_set("crows_pairs", model, enabled=True, path=tmp_path / "nowhere")
    assert missing.skipped_reason is not None and "not found" in missing.skipped_reason
    section = crows_pairs_section(missing)
    assert section.status == "skipped" and section.skipped_reason == missing.skipped_reason
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    unreadable = run_template_set("eec", model, enabled=True, path=bad)
    assert unreadable.skipped_reason is not None and "missing columns" in unreadable.skipped_reason
    assert eec_section(None).skipped_reason == "audit.counterfactual.eec.enabled is false"


def test_template_sets_run_on_small_files(tmp_path: Path) -> None:
    eec = tmp_path / "eec"
    eec.mkdir()
    rows = ["ID,Sentence,Template,Person,Gender,Race,Emotion,Emotion word"]
    n = 0
    for template in ("<person> feels <emotion>.", "<person> made me feel <emotion>."):
        for word in ("angry", "happy"):
            for person, gender in (("he", "male"), ("she", "female")):
                n += 1
                sentence = template.replace("<person>", person).replace("<emotion>", word)
                rows.append(f"{n},{sentence},{template},{person},{gender},,anger,{word}")
    (eec / "Equity-Evaluation-Corpus.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    outcome = run_template_set("eec", _KeywordModel(), enabled=True, path=eec)  # a folder
    assert outcome.ran and outcome.path and outcome.path.endswith("Equity-Evaluation-Corpus.csv")
    section = eec_section(outcome)
    [gender] = section.comparisons
    assert section.sentences == 8 and gender.groups == ["male", "female"] and gender.pairs == 4
    # "she" adds 0.05 to complaint: male − female = −0.05 on every pair.
    assert gender.mean_difference["complaint"] == pytest.approx(-0.05)
    assert gender.max_abs_difference == pytest.approx(0.05)

    crows = tmp_path / "crows.csv"
    crows.write_text(
        "sent_more,sent_less,stereo_antistereo,bias_type\n"
        "She is furious,He is calm,stereo,gender\n"
        "They are nice,They are kind,stereo,race-color\n",
        encoding="utf-8",
    )
    cp = crows_pairs_section(
        run_template_set("crows_pairs", _KeywordModel(), enabled=True, path=crows)
    )
    assert cp.status == "ran" and cp.overall is not None
    assert (cp.overall.pairs, cp.overall.flips) == (2, 1)
    assert [r.bias_type for r in cp.by_bias_type] == ["gender", "race-color"]


@pytest.mark.shared_data
def test_template_sets_on_the_shared_files() -> None:
    eec_dir = shared_data_or_skip("eec")
    crows_dir = shared_data_or_skip("crows_pairs")
    eec = run_template_set("eec", _KeywordModel(), enabled=True, path=eec_dir)
    assert eec.ran, eec.skipped_reason
    section = eec_section(eec)
    assert section.sentences == 8640
    assert {c.attribute for c in section.comparisons} == {"gender", "race"}
    crows = crows_pairs_section(
        run_template_set("crows_pairs", _KeywordModel(), enabled=True, path=crows_dir)
    )
    assert crows.overall is not None and crows.overall.pairs == 1508
    assert len(crows.by_bias_type) == 9


def test_schema_is_exported_and_printed() -> None:
    exported = s.json_schema()
    assert exported["$id"] == "steward.audit/2"
    assert exported["properties"]["schema"]["const"] == "steward.audit/2"
    # the metric names a document may carry are the catalogue's
    assert exported["properties"]["metrics"]["propertyNames"]["enum"] == catalogue().names()
    sections = exported["$defs"]["ClassifierSections"]["required"]
    assert set(sections) == {
        "data",
        "performance",
        "fairness",
        "counterfactual",
        "eec",
        "crows_pairs",
        "robustness",
        "privacy",
        "explanations",
    }
    assert set(exported["$defs"]["AssistantSections"]["required"]) == {
        "data", "privacy", "bbq", "counterfactual_generation", "toxicity", "canary",
        "pii_regurgitation", "jailbreak", "faithfulness",
    }  # fmt: skip
    result = CliRunner().invoke(app, ["audit", "schema"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == exported


def test_lite_validator_catches_violations() -> None:
    schema = s.json_schema()
    assert errors({"schema": "steward.audit/1"}, schema)
    interval = {"$ref": "#/$defs/Interval", "$defs": schema["$defs"]}
    assert errors({"low": 0.1, "high": 0.2}, interval) == []
    assert errors({"low": 0.1, "high": "x"}, interval)
    assert errors({"low": 0.1, "high": 0.2, "extra": 1}, interval)


@pytest.mark.shared_data
def test_template_set_samples_keep_matched_groups() -> None:
    eec_dir = shared_data_or_skip("eec")
    crows_dir = shared_data_or_skip("crows_pairs")
    model = _KeywordModel()
    eec = run_template_set("eec", model, enabled=True, path=eec_dir, sample=1000, seed=3)
    section = eec_section(eec)
    assert section.sampled and section.available == 8640
    assert 1000 <= section.sentences < 1000 + 8640 // 10  # whole (template, word) groups
    # Every kept sentence still has its other-gender counterpart: pairs == groups kept.
    gender = next(c for c in section.comparisons if c.attribute == "gender")
    assert gender.pairs > 0
    again = eec_section(
        run_template_set("eec", model, enabled=True, path=eec_dir, sample=1000, seed=3)
    )
    assert again == section
    crows = crows_pairs_section(
        run_template_set("crows_pairs", model, enabled=True, path=crows_dir, sample=200)
    )
    assert crows.sampled and crows.available == 1508
    assert crows.overall is not None and crows.overall.pairs == 200
