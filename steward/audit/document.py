"""Build ``audit.json`` (see :mod:`steward.audit.schema`) from a run's results and policy.

The same document drives the verdict shown on every section of ``report.html`` and the model
card, so the report and the machine-readable file cannot disagree. Each gate rule's check goes
to the section the metric catalogue (:mod:`steward.audit.catalogue`) names for its metric.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

from steward.audit import schema as s
from steward.audit.catalogue import catalogue
from steward.audit.counterfactual import CounterfactualReport, CrowsPairsReport, TemplateReport
from steward.audit.explain import Explanation, FlipExplanation
from steward.audit.fairness import FairnessReport, wilson_interval
from steward.audit.metric_spec import Lifecycle
from steward.audit.performance import PerformanceReport
from steward.audit.privacy import MembershipAudit
from steward.audit.robustness import AttackResult
from steward.audit.template_sets import TemplateSetOutcome
from steward.config import Policy
from steward.data.accounting import DataAccounting
from steward.gate.rules import GateDecision, RuleVerdict
from steward.registry.models import ModelVersion
from steward.runs import AssistantRunSummary, GenerationAuditResult, RunSummary

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
ASSISTANT_SECTION_TITLES: dict[str, str] = {
    "data": "Data governance",
    "privacy": "Differential privacy of training",
    "bbq": "BBQ social bias",
    "counterfactual_generation": "Counterfactual generation",
    "toxicity": "Toxicity of continuations",
    "canary": "Canary exposure (memorisation)",
    "pii_regurgitation": "Personal data in answers",
    "jailbreak": "Jailbreaks",
    "faithfulness": "Faithfulness and escalation",
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


def section_verdict(ran: bool, checks: Iterable[s.Check]) -> s.Verdict:
    """fail (blocking failure, unwaived) > warn (other failures) > pass; not_gated without
    checks; skipped when the audit did not run (unless a rule on it failed as not measured)."""
    checks = list(checks)
    failed = [c for c in checks if not c.passed]
    if not ran and not failed:
        return "skipped"  # a rule on a skipped audit fails as "not measured": shown below
    if any(c.severity == "block" and not c.passed and c.waived_by is None for c in checks):
        return "fail"
    if any(not c.passed for c in checks):
        return "warn"
    return "pass" if checks else "not_gated"


def _section_checks(
    verdicts: Iterable[RuleVerdict], sections: Iterable[str]
) -> dict[str, list[s.Check]]:
    """The gate checks of each section, by the catalogue's section of the rule's metric (the
    policy's validation guarantees every rule's metric is in the catalogue)."""
    out: dict[str, list[s.Check]] = {name: [] for name in sections}
    known = catalogue()
    for verdict in verdicts:
        out[known[verdict.metric].section].append(gate_check(verdict))
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


def performance_section(report: PerformanceReport, checks: list[s.Check]) -> s.PerformanceSection:
    calibration = report.calibration
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


def fairness_section(report: FairnessReport, checks: list[s.Check]) -> s.FairnessSection:
    # A column that cannot be measured fails the gate's rules on the gap (evaluate_gate's
    # not_measurable); its warning is on the column either way.
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


def _model_info(model: ModelVersion) -> s.ModelInfo:
    return s.ModelInfo(
        ref=model.ref,
        name=model.name,
        version=model.version,
        status=model.status,
        weights_sha256=model.weights_sha256,
        artifact_sha256=model.artifact_sha256,
    )


def _gate_summary(decision: GateDecision) -> s.GateSummary:
    return s.GateSummary(
        passed=decision.passed,
        status=decision.status,
        waived=decision.waived,
        checks=[gate_check(v) for v in decision.verdicts],
    )


def data_section(accounting: DataAccounting, checks: list[s.Check]) -> s.DataSection:
    return s.DataSection(
        **_ran(checks),
        rows_read=accounting.rows_read,
        kept=accounting.kept,
        quarantined=accounting.quarantined,
        duplicates=accounting.duplicates,
        quarantine_rate=accounting.quarantine_rate,
        balanced=accounting.balanced,
    )


def _header(
    lifecycle: Lifecycle,
    run_id: str,
    model: ModelVersion,
    metrics: dict[str, float],
    decision: GateDecision,
    *,
    generated_at: str,
    code_version: str,
    policy_sha256: str,
) -> dict[str, Any]:
    return {
        "lifecycle": lifecycle,
        "run_id": run_id,
        "generated_at": generated_at,
        "code_version": code_version,
        "policy_sha256": policy_sha256,
        "model": _model_info(model),
        "metrics": metrics,
        "metric_catalogue": s.metric_catalogue(lifecycle),
        "gate": _gate_summary(decision),
    }


def build_audit_document(
    summary: RunSummary,
    policy: Policy,
    *,
    generated_at: str,
    code_version: str,
    policy_sha256: str,
) -> s.AuditDocument:
    """``audit.json`` of a classifier run."""
    checks = _section_checks(summary.gate.verdicts, SECTION_TITLES)
    templates: Mapping[str, TemplateSetOutcome] = summary.templates
    return s.AuditDocument(
        **_header(
            "classifier",
            summary.run_id,
            summary.model,
            summary.metrics(),
            summary.gate,
            generated_at=generated_at,
            code_version=code_version,
            policy_sha256=policy_sha256,
        ),
        sections=s.ClassifierSections(
            data=data_section(summary.accounting, checks["data"]),
            performance=performance_section(summary.performance, checks["performance"]),
            fairness=fairness_section(summary.fairness, checks["fairness"]),
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


def generation_section(
    audit: GenerationAuditResult | None, checks: list[s.Check]
) -> s.GenerationAuditSection:
    if audit is None or not audit.ran:
        reason = audit.reason if audit is not None and audit.reason else "not run"
        return s.GenerationAuditSection(**_skipped(reason, checks))
    known = catalogue()
    return s.GenerationAuditSection(
        **_ran(checks),
        seconds=audit.seconds,
        metrics={
            spec.name: value
            for spec in known.in_section(audit.name, "assistant")
            if (value := spec.read(audit.figures)) is not None
        },
        figures=audit.figures,
    )


def dp_training_section(
    training: Mapping[str, Any], epsilon_spent: float | None, checks: list[s.Check]
) -> s.DpTrainingSection:
    privacy = training.get("privacy")
    if not isinstance(privacy, dict):
        return s.DpTrainingSection(**_skipped("assistant.train.privacy.enabled is false", checks))
    return s.DpTrainingSection(**_ran(checks), epsilon_spent=epsilon_spent, training=privacy)


def build_assistant_audit_document(
    summary: AssistantRunSummary,
    *,
    generated_at: str,
    code_version: str,
    policy_sha256: str,
) -> s.AuditDocument:
    """``audit.json`` of an assistant run: the same schema, the assistant's sections."""
    checks = _section_checks(summary.gate.verdicts, ASSISTANT_SECTION_TITLES)
    audits = summary.audits
    return s.AuditDocument(
        **_header(
            "assistant",
            summary.run_id,
            summary.model,
            summary.metrics(),
            summary.gate,
            generated_at=generated_at,
            code_version=code_version,
            policy_sha256=policy_sha256,
        ),
        sections=s.AssistantSections(
            data=data_section(summary.accounting, checks["data"]),
            privacy=dp_training_section(summary.training, summary.epsilon_spent, checks["privacy"]),
            **{
                name: generation_section(audits.get(name), checks[name])
                for name in ASSISTANT_SECTION_TITLES
                if name not in ("data", "privacy")
            },
        ),
    )


def section_verdicts(document: s.AuditDocument) -> dict[str, dict[str, Any]]:
    """Each section's verdict with the names of its rules and of those that failed (the
    ``audit_verdicts`` of the assistant's ``report.json``)."""
    out = {}
    for name, section in document.sections:
        assert isinstance(section, s.Section)
        out[name] = {
            "verdict": section.verdict,
            "rules": [c.name for c in section.checks],
            "failed": [c.name for c in section.checks if not c.passed],
        }
    return out
