"""Build ``audit.json`` (see :mod:`steward.audit.schema`) from a run's results and policy.

The same document drives the verdict shown on every section of ``report.html``, so the report
and the machine-readable file cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from steward.audit import schema as s
from steward.audit.counterfactual import CounterfactualReport, CrowsPairsReport, TemplateReport
from steward.audit.explain import Explanation, FlipExplanation
from steward.audit.fairness import FairnessReport, wilson_interval
from steward.audit.performance import PerformanceReport
from steward.audit.privacy import MembershipAudit
from steward.audit.robustness import AttackResult
from steward.audit.template_sets import TemplateSetOutcome
from steward.config import Policy
from steward.gate.rules import RuleVerdict

if TYPE_CHECKING:
    from steward.pipeline import RunSummary

# The section each gate metric belongs to (its rules give that section's verdict).
METRIC_SECTION: dict[str, str] = {
    "accuracy": "performance",
    "macro_f1": "performance",
    "expected_calibration_error": "performance",
    "min_group_accuracy": "fairness",
    "max_group_accuracy_gap": "fairness",
    "max_group_accuracy_gap_upper": "fairness",
    "quarantine_rate": "data",
    "counterfactual_flip_rate": "counterfactual",
    "counterfactual_flip_rate_upper": "counterfactual",
    "counterfactual_pairs": "counterfactual",
    "accuracy_under_attack": "robustness",
    "mia_auc": "privacy",
    "dp_epsilon": "privacy",
}
SECTION_TITLES: dict[str, str] = {
    "data": "Data governance",
    "performance": "Performance",
    "fairness": "Group fairness",
    "counterfactual": "Counterfactual identity swaps",
    "eec": "Equity Evaluation Corpus",
    "crows_pairs": "CrowS-Pairs",
    "robustness": "Robustness",
    "privacy": "Privacy",
    "explanations": "Explanations",
}


def _r(value: float) -> float:
    return round(float(value), 6)


def _interval(pair: tuple[float, float] | None) -> s.Interval | None:
    return None if pair is None else s.Interval(low=_r(pair[0]), high=_r(pair[1]))


def gate_check(verdict: RuleVerdict) -> s.Check:
    return s.Check(
        name=verdict.name,
        source=f"gate.rules[{verdict.name}]",
        metric=verdict.metric,
        value=verdict.value,
        min=verdict.min,
        max=verdict.max,
        severity="block" if verdict.severity == "block" else "warn",
        passed=verdict.passed,
        reason=verdict.reason,
        waived_by=verdict.waived_by,
        waiver_reason=verdict.waiver_reason,
    )


def threshold_check(
    name: str,
    source: str,
    metric: str,
    value: float,
    *,
    min: float | None = None,
    max: float | None = None,
) -> s.Check:
    """An audit threshold of the policy (not a gate rule): reported, never blocking."""
    problems = []
    if min is not None and value < min:
        problems.append(f"{metric} = {value:.4f} < min {min}")
    if max is not None and value > max:
        problems.append(f"{metric} = {value:.4f} > max {max}")
    return s.Check(
        name=name,
        source=source,
        metric=metric,
        value=_r(value),
        min=min,
        max=max,
        severity="warn",
        passed=not problems,
        reason="; ".join(problems) or f"{metric} = {value:.4f} within bounds",
    )


def section_verdict(ran: bool, checks: Iterable[s.Check]) -> s.Verdict:
    """fail (blocking failure, unwaived) > warn (other failures) > pass; not_gated without
    checks; skipped when the audit did not run."""
    checks = list(checks)
    failed = [c for c in checks if not c.passed]
    if not ran and not failed:
        return "skipped"  # a rule on a skipped audit fails as "not measured": shown below
    if any(c.severity == "block" and not c.passed and c.waived_by is None for c in checks):
        return "fail"
    if any(not c.passed for c in checks):
        return "warn"
    return "pass" if checks else "not_gated"


def _section_checks(verdicts: Iterable[RuleVerdict]) -> dict[str, list[s.Check]]:
    out: dict[str, list[s.Check]] = {name: [] for name in SECTION_TITLES}
    for verdict in verdicts:
        out[METRIC_SECTION.get(verdict.metric, "performance")].append(gate_check(verdict))
    return out


def _skipped(reason: str, checks: list[s.Check]) -> dict[str, Any]:
    return {
        "status": "skipped",
        "skipped_reason": reason,
        "verdict": section_verdict(False, checks),
        "checks": checks,
    }


def _ran(checks: list[s.Check]) -> dict[str, Any]:
    return {"status": "ran", "verdict": section_verdict(True, checks), "checks": checks}


# -- sections -------------------------------------------------------------------------------------


def performance_section(
    report: PerformanceReport, checks: list[s.Check], policy: Policy
) -> s.PerformanceSection:
    settings = policy.audit.performance
    checks = [
        *checks,
        threshold_check(
            "min-macro-f1",
            "audit.performance.min_macro_f1",
            "macro_f1",
            report.macro_f1,
            min=settings.min_macro_f1,
        ),
    ]
    calibration = report.calibration
    if calibration is not None and settings.max_ece is not None:
        checks.append(
            threshold_check(
                "max-ece",
                "audit.performance.max_ece",
                "expected_calibration_error",
                calibration.ece,
                max=settings.max_ece,
            )
        )
    intervals = report.intervals

    def estimate(name: str, value: float) -> s.Estimate:
        return s.Estimate(value=value, ci=_interval(intervals.get(name)))

    return s.PerformanceSection(
        **_ran(checks),
        n=report.n,
        accuracy=estimate("accuracy", report.accuracy),
        macro_f1=estimate("macro_f1", report.macro_f1),
        micro_f1=estimate("micro_f1", report.micro_f1),
        weighted_f1=report.weighted_f1,
        bootstrap=(
            s.Bootstrap(
                method="percentile",
                n_boot=report.bootstrap.n_boot,
                confidence=report.bootstrap.confidence,
                seed=report.bootstrap.seed,
            )
            if report.bootstrap
            else None
        ),
        labels=report.labels,
        per_class=[s.ClassRow(**c.__dict__) for c in report.per_class],
        confusion=report.confusion,
        calibration=(
            s.CalibrationResult(
                binning="equal-width",
                n_bins=calibration.n_bins,
                ece=estimate("expected_calibration_error", calibration.ece),
                mce=calibration.mce,
                brier=calibration.brier,
                mean_confidence=calibration.mean_confidence,
                bins=[s.CalibrationBin(**b.__dict__) for b in calibration.bins],
            )
            if calibration is not None
            else None
        ),
    )


def fairness_section(
    report: FairnessReport, checks: list[s.Check], policy: Policy
) -> s.FairnessSection:
    max_gap_check = threshold_check(
        "max-gap",
        "audit.fairness.max_gap",
        "max_group_accuracy_gap",
        report.largest_gap,
        max=policy.audit.fairness.max_gap,
    )
    if report.not_measurable:
        # A column with one value has a gap of 0 by construction: not a pass.
        reasons = "; ".join(report.not_measurable.values())
        max_gap_check = max_gap_check.model_copy(
            update={
                "value": None,
                "passed": False,
                "reason": f"max_group_accuracy_gap not measurable: {reasons}",
            }
        )
    checks = [*checks, max_gap_check]
    return s.FairnessSection(
        **_ran(checks),
        overall_accuracy=report.overall_accuracy,
        max_gap=report.max_gap,
        min_group_size=report.min_group_size,
        largest_gap=report.largest_gap,
        largest_gap_upper=report.largest_gap_upper,
        min_group_accuracy=report.min_group_accuracy,
        columns=[
            s.FairnessColumn(
                column=f.column,
                groups=[
                    s.GroupRow(
                        group=g.group,
                        n=g.n,
                        accuracy=s.Estimate(
                            value=g.accuracy, ci=s.Interval(low=g.ci_low, high=g.ci_high)
                        ),
                        readable=g.readable,
                    )
                    for g in f.groups
                ],
                difference=s.Estimate(value=f.difference, ci=_interval(f.difference_ci)),
                ratio=f.ratio,
                worst_group=f.worst_group,
                best_group=f.best_group,
                exceeds_max_gap=f.exceeds_max_gap,
                warnings=list(f.warnings),
            )
            for f in report.columns
        ],
    )


def counterfactual_section(
    report: CounterfactualReport | None, checks: list[s.Check]
) -> s.CounterfactualSection:
    if report is None:
        return s.CounterfactualSection(**_skipped("audit.counterfactual.enabled is false", checks))
    attributes = []
    for a in report.attributes:
        low, high = wilson_interval(a.flips, a.pairs)
        attributes.append(
            s.CounterfactualAttribute(
                attribute=a.attribute,
                messages=a.messages,
                swappable=a.swappable,
                pairs=a.pairs,
                flips=a.flips,
                flip_rate=s.Estimate(value=_r(a.flip_rate), ci=_interval((low, high))),
                mean_abs_change=_r(a.mean_abs_change),
                max_abs_change=_r(a.max_abs_change),
                examples=[
                    s.FlipExample(
                        attribute=f.attribute,
                        original=f.original,
                        counterfactual=f.counterfactual,
                        original_label=f.original_label,
                        counterfactual_label=f.counterfactual_label,
                    )
                    for f in a.examples
                ],
            )
        )
    return s.CounterfactualSection(
        **_ran(checks),
        messages=report.messages,
        pairs=report.total_pairs,
        flips=report.total_flips,
        flip_rate=s.Estimate(value=_r(report.flip_rate), ci=_interval(report.flip_rate_interval())),
        attributes=attributes,
    )


def eec_section(outcome: TemplateSetOutcome | None) -> s.EECSection:
    if outcome is None or not isinstance(outcome.report, TemplateReport):
        reason = outcome.skipped_reason if outcome else "audit.counterfactual.eec.enabled is false"
        return s.EECSection(
            **_skipped(reason or "not run", []), source=outcome.path if outcome else None
        )
    report = outcome.report
    labels = report.labels
    return s.EECSection(
        **_ran([]),
        source=outcome.path,
        available=outcome.available,
        sampled=outcome.sampled,
        sentences=report.sentences,
        comparisons=[
            s.TemplateComparison(
                attribute=c.attribute,
                groups=[c.group_a, c.group_b],
                pairs=c.pairs,
                mean_difference={k: _r(v) for k, v in zip(labels, c.mean_difference, strict=True)},
                mean_abs_difference={
                    k: _r(v) for k, v in zip(labels, c.mean_abs_difference, strict=True)
                },
                max_abs_difference=_r(max((abs(v) for v in c.mean_difference), default=0.0)),
                label_disagreement=_r(c.label_disagreement),
            )
            for c in report.comparisons
        ],
    )


def crows_pairs_section(outcome: TemplateSetOutcome | None) -> s.CrowsPairsSection:
    if outcome is None or not isinstance(outcome.report, CrowsPairsReport):
        reason = (
            outcome.skipped_reason
            if outcome
            else "audit.counterfactual.crows_pairs.enabled is false"
        )
        return s.CrowsPairsSection(
            **_skipped(reason or "not run", []), source=outcome.path if outcome else None
        )
    report = outcome.report

    def row(r: Any) -> s.PairSetRow:
        return s.PairSetRow(
            bias_type=r.bias_type,
            pairs=r.pairs,
            flips=r.flips,
            flip_rate=_r(r.flip_rate),
            mean_abs_change=_r(r.mean_abs_change),
        )

    return s.CrowsPairsSection(
        **_ran([]),
        source=outcome.path,
        available=outcome.available,
        sampled=outcome.sampled,
        overall=row(report.overall),
        by_bias_type=[row(r) for r in report.by_bias_type],
    )


def robustness_section(result: AttackResult | None, checks: list[s.Check]) -> s.RobustnessSection:
    if result is None:
        return s.RobustnessSection(**_skipped("audit.robustness.enabled is false", checks))
    return s.RobustnessSection(
        **_ran(checks),
        attack=result.attack,
        budget=result.budget,
        examples=result.examples,
        accuracy_before=_r(result.accuracy_before),
        accuracy_after=_r(result.accuracy_after),
        attacked=result.attacked,
        successes=result.successes,
        success_rate=_r(result.success_rate),
        mean_queries=_r(result.mean_queries),
        successful_examples=[
            s.AttackExampleRow(
                original=e.original,
                adversarial=e.adversarial,
                label=e.label,
                predicted=e.predicted,
                edits=e.edits,
                queries=e.queries,
            )
            for e in result.successful[:20]
        ],
    )


def privacy_section(audit: MembershipAudit | None, checks: list[s.Check]) -> s.PrivacySection:
    if audit is None:
        return s.PrivacySection(**_skipped("audit.privacy.enabled is false", checks))
    return s.PrivacySection(
        **_ran(checks),
        members=audit.members,
        nonmembers=audit.nonmembers,
        member_accuracy=_r(audit.member_accuracy),
        nonmember_accuracy=_r(audit.nonmember_accuracy),
        worst_attack=audit.worst.attack,
        attacks=[
            s.MembershipAttack(
                attack=a.attack,
                auc=s.Estimate(value=_r(a.auc), ci=_interval(a.auc_ci)),
                advantage=_r(a.advantage),
                tpr_at_fpr=[
                    s.TprAtFpr(fpr_target=t.fpr_target, tpr=_r(t.tpr), fpr=_r(t.fpr))
                    for t in a.tpr_at_fpr
                ],
            )
            for a in audit.attacks
        ],
    )


ExplainedKind = Literal["sample", "flip_original", "flip_counterfactual"]


def _explained(kind: ExplainedKind, e: Explanation) -> s.ExplainedPrediction:
    words = sorted(e.words, key=lambda w: -abs(w.attribution))[:5]
    return s.ExplainedPrediction(
        kind=kind,
        text=e.text,
        target=e.target,
        probability=_r(e.probability),
        completeness_gap=_r(e.delta),
        top_words=[s.WordAttribution(word=w.token, attribution=_r(w.attribution)) for w in words],
    )


def explanations_section(
    enabled: bool,
    n_steps: int,
    sample: list[Explanation],
    flips: list[FlipExplanation],
) -> s.ExplanationsSection:
    if not enabled:
        return s.ExplanationsSection(**_skipped("audit.explanations.enabled is false", []))
    items = [_explained("sample", e) for e in sample]
    for f in flips:
        items += [
            _explained("flip_original", f.original),
            _explained("flip_counterfactual", f.counterfactual),
        ]
    gaps = [abs(item.completeness_gap) for item in items]
    return s.ExplanationsSection(
        **_ran([]),
        n_steps=n_steps,
        sampled=len(sample),
        flips_explained=len(flips),
        max_abs_completeness_gap=max(gaps) if gaps else None,
        items=items,
    )


# -- the document ---------------------------------------------------------------------------------


def build_audit_document(
    summary: RunSummary,
    policy: Policy,
    *,
    generated_at: str,
    code_version: str,
    policy_sha256: str,
) -> s.AuditDocument:
    checks = _section_checks(summary.gate.verdicts)
    accounting = summary.accounting
    metrics = summary.metrics()
    templates: Mapping[str, TemplateSetOutcome] = summary.templates
    model = summary.model
    return s.AuditDocument(
        run_id=summary.run_id,
        generated_at=generated_at,
        code_version=code_version,
        policy_sha256=policy_sha256,
        model=s.ModelInfo(
            ref=model.ref,
            name=model.name,
            version=model.version,
            status=model.status,
            weights_sha256=model.weights_sha256,
            artifact_sha256=model.artifact_sha256,
        ),
        metrics=metrics,
        gate=s.GateSummary(
            passed=summary.gate.passed,
            status=summary.gate.status,
            waived=summary.gate.waived,
            checks=[gate_check(v) for v in summary.gate.verdicts],
        ),
        sections=s.Sections(
            data=s.DataSection(
                **_ran(checks["data"]),
                rows_read=accounting.rows_read,
                kept=accounting.kept,
                quarantined=accounting.quarantined,
                duplicates=accounting.duplicates,
                quarantine_rate=metrics["quarantine_rate"],
                balanced=accounting.balanced,
            ),
            performance=performance_section(summary.performance, checks["performance"], policy),
            fairness=fairness_section(summary.fairness, checks["fairness"], policy),
            counterfactual=counterfactual_section(summary.counterfactual, checks["counterfactual"]),
            eec=eec_section(templates.get("eec")),
            crows_pairs=crows_pairs_section(templates.get("crows_pairs")),
            robustness=robustness_section(summary.robustness, checks["robustness"]),
            privacy=privacy_section(summary.privacy, checks["privacy"]),
            explanations=explanations_section(
                policy.audit.explanations.enabled,
                policy.audit.explanations.n_steps,
                summary.explanations,
                summary.flip_explanations,
            ),
        ),
    )
