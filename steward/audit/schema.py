"""The versioned schema of ``audit.json``, as Pydantic models.

Every ``steward run`` — classifier and assistant alike — writes ``audit.json`` next to
``report.html``: one document with a ``schema`` tag (``steward.audit/2``), its ``lifecycle``,
the model and run it describes, the gate metrics with their catalogue entries
(``metric_catalogue``: section, direction, unit), the gate decision and one section per audit.
A classifier run has data, performance, fairness, counterfactual, eec, crows_pairs, robustness,
privacy and explanations; an assistant run has data, privacy (DP training) and one section per
generation audit (bbq, counterfactual_generation, toxicity, canary, pii_regurgitation,
jailbreak, faithfulness). Each section says whether it ran (``status``; ``skipped_reason`` when
not), lists its ``checks`` — the policy's gate rules on its metrics (the metric catalogue,
:mod:`steward.audit.catalogue`, says which section a metric belongs to), each with value,
bounds and result — and gives a ``verdict``:

* ``fail``: a blocking gate rule failed (and was not waived);
* ``warn``: only warning rules failed (or a failure was waived);
* ``pass``: every check passed; ``not_gated``: it ran but the policy sets no check on it;
* ``skipped``: it did not run.

The JSON Schema is ``AuditDocument.model_json_schema(by_alias=True)``; ``steward audit schema``
prints it. A change that breaks readers bumps the version in :data:`SCHEMA_ID`. Version 2
(from 1): ``lifecycle``, ``metric_catalogue`` and the assistant's sections were added; the audit
thresholds ``audit.performance.min_macro_f1``, ``audit.performance.max_ece`` and
``audit.fairness.max_gap`` are gone from the checks (they are gate rules now), and
``fairness.max_gap`` is the gate rule's limit (null without one).
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from steward.audit.catalogue import catalogue
from steward.audit.metric_spec import Lifecycle

SCHEMA_ID: Final = "steward.audit/2"
Verdict = Literal["pass", "fail", "warn", "not_gated", "skipped"]
Status = Literal["ran", "skipped"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Interval(_Model):
    low: float
    high: float


class Estimate(_Model):
    """A point value with its interval (``ci`` is null when none was computed)."""

    value: float
    ci: Interval | None = None


class Check(_Model):
    """One gate rule applied to one metric."""

    name: str
    source: str = Field(description="where the threshold is set, e.g. gate.rules[quality-floor]")
    metric: str
    value: float | None = Field(description="null: not measured (a failure)")
    min: float | None = None
    max: float | None = None
    severity: Literal["block", "warn"]
    passed: bool
    reason: str
    waived_by: str | None = None
    waiver_reason: str | None = None


class Section(_Model):
    status: Status
    skipped_reason: str | None = None
    verdict: Verdict
    checks: list[Check] = Field(default_factory=list)


# -- data ----------------------------------------------------------------------------------------


class DataSection(Section):
    rows_read: int
    kept: int
    quarantined: int
    duplicates: int
    quarantine_rate: float
    balanced: bool


# -- performance ---------------------------------------------------------------------------------


class ClassRow(_Model):
    label: str
    precision: float
    recall: float
    f1: float
    support: int


class CalibrationBin(_Model):
    low: float
    high: float
    count: int
    confidence: float
    accuracy: float


class CalibrationResult(_Model):
    binning: Literal["equal-width"]
    n_bins: int
    confidence_of: Literal["predicted_class"] = "predicted_class"
    ece: Estimate
    mce: float
    brier: float
    mean_confidence: float
    bins: list[CalibrationBin]


class Bootstrap(_Model):
    method: Literal["percentile"]
    n_boot: int
    confidence: float
    seed: int


class PerformanceSection(Section):
    n: int
    accuracy: Estimate
    macro_f1: Estimate
    micro_f1: Estimate
    weighted_f1: float
    bootstrap: Bootstrap | None
    labels: list[str]
    per_class: list[ClassRow]
    confusion: list[list[int]] = Field(description="confusion[true][predicted], labels order")
    calibration: CalibrationResult | None


# -- fairness ------------------------------------------------------------------------------------


class GroupRow(_Model):
    group: str
    n: int
    accuracy: Estimate = Field(description="95% Wilson interval")
    readable: bool = Field(description="n >= min_group_size; only these count for the gap")


class FairnessColumn(_Model):
    column: str
    groups: list[GroupRow]
    difference: Estimate = Field(description="max − min accuracy; 95% bootstrap interval")
    ratio: float
    worst_group: str | None
    best_group: str | None
    exceeds_max_gap: bool
    warnings: list[str]


class FairnessSection(Section):
    overall_accuracy: float
    max_gap: float | None = Field(
        description="the gate rule's max on max_group_accuracy_gap that columns are flagged "
        "against (the strictest, when several); null: no rule"
    )
    min_group_size: int
    largest_gap: float
    largest_gap_upper: float
    min_group_accuracy: float
    columns: list[FairnessColumn]


# -- counterfactual and template sets ------------------------------------------------------------


class FlipExample(_Model):
    attribute: str
    original: str
    counterfactual: str
    original_label: str
    counterfactual_label: str


class CounterfactualAttribute(_Model):
    attribute: str
    messages: int
    swappable: int
    pairs: int
    flips: int
    flip_rate: Estimate = Field(description="95% Wilson interval over pairs")
    mean_abs_change: float
    max_abs_change: float
    examples: list[FlipExample]


class CounterfactualSection(Section):
    messages: int = 0
    pairs: int = 0
    flips: int = 0
    flip_rate: Estimate | None = Field(
        default=None, description="all attributes together; 95% Wilson interval"
    )
    attributes: list[CounterfactualAttribute] = Field(default_factory=list)


class TemplateComparison(_Model):
    attribute: str
    groups: list[str]
    pairs: int
    mean_difference: dict[str, float]
    mean_abs_difference: dict[str, float]
    max_abs_difference: float = Field(description="largest mean |difference| over classes")
    label_disagreement: float


class EECSection(Section):
    source: str | None = None
    available: int | None = Field(default=None, description="sentences in the file")
    sampled: bool = False
    sentences: int = 0
    comparisons: list[TemplateComparison] = Field(default_factory=list)


class PairSetRow(_Model):
    bias_type: str
    pairs: int
    flips: int
    flip_rate: float
    mean_abs_change: float


class CrowsPairsSection(Section):
    source: str | None = None
    available: int | None = Field(default=None, description="pairs in the file")
    sampled: bool = False
    overall: PairSetRow | None = None
    by_bias_type: list[PairSetRow] = Field(default_factory=list)


# -- robustness, privacy, explanations -----------------------------------------------------------


class AttackExampleRow(_Model):
    original: str
    adversarial: str
    label: str
    predicted: str
    edits: int
    queries: int


class RobustnessSection(Section):
    attack: str | None = None
    budget: int | None = None
    examples: int = 0
    accuracy_before: float | None = None
    accuracy_after: float | None = None
    attacked: int = 0
    successes: int = 0
    success_rate: float | None = None
    mean_queries: float | None = None
    successful_examples: list[AttackExampleRow] = Field(default_factory=list)


class TprAtFpr(_Model):
    fpr_target: float
    tpr: float
    fpr: float


class MembershipAttack(_Model):
    attack: str
    auc: Estimate
    advantage: float
    tpr_at_fpr: list[TprAtFpr]


class PrivacySection(Section):
    members: int = 0
    nonmembers: int = 0
    member_accuracy: float | None = None
    nonmember_accuracy: float | None = None
    worst_attack: str | None = None
    attacks: list[MembershipAttack] = Field(default_factory=list)


class WordAttribution(_Model):
    word: str
    attribution: float


class ExplainedPrediction(_Model):
    kind: Literal["sample", "flip_original", "flip_counterfactual"]
    text: str
    target: str
    probability: float
    completeness_gap: float
    top_words: list[WordAttribution] = Field(description="largest |attribution| first, ≤ 5")


class ExplanationsSection(Section):
    method: Literal["integrated_gradients"] = "integrated_gradients"
    n_steps: int | None = None
    sampled: int = 0
    flips_explained: int = 0
    max_abs_completeness_gap: float | None = None
    items: list[ExplainedPrediction] = Field(default_factory=list)


# -- the document --------------------------------------------------------------------------------


class ModelInfo(_Model):
    ref: str
    name: str
    version: int
    status: str
    weights_sha256: str
    artifact_sha256: str


class GateSummary(_Model):
    passed: bool
    status: str
    waived: list[str]
    checks: list[Check]


class DpTrainingSection(Section):
    """Differential privacy of an assistant's training (skipped when it was not DP-trained)."""

    epsilon_spent: float | None = None
    training: dict[str, Any] | None = Field(
        default=None, description="the DP-SGD settings and accountant, as training reports them"
    )


class GenerationAuditSection(Section):
    """One generation audit of an assistant run."""

    seconds: float | None = None
    metrics: dict[str, float] = Field(
        default_factory=dict, description="this audit's gate metrics (metric_catalogue)"
    )
    figures: dict[str, Any] = Field(
        default_factory=dict, description="every figure the audit reports, as it reports them"
    )


class AssistantSections(_Model):
    data: DataSection
    privacy: DpTrainingSection
    bbq: GenerationAuditSection
    counterfactual_generation: GenerationAuditSection
    toxicity: GenerationAuditSection
    canary: GenerationAuditSection
    pii_regurgitation: GenerationAuditSection
    jailbreak: GenerationAuditSection
    faithfulness: GenerationAuditSection


class ClassifierSections(_Model):
    data: DataSection
    performance: PerformanceSection
    fairness: FairnessSection
    counterfactual: CounterfactualSection
    eec: EECSection
    crows_pairs: CrowsPairsSection
    robustness: RobustnessSection
    privacy: PrivacySection
    explanations: ExplanationsSection


Sections = ClassifierSections  # the name of version 1


class MetricInfo(_Model):
    """A metric's catalogue entry (steward.audit.catalogue)."""

    name: str
    section: str
    direction: Literal["higher", "lower"] = Field(description="which direction is better")
    unit: str
    description: str


class AuditDocument(_Model):
    schema_id: Literal["steward.audit/2"] = Field(default=SCHEMA_ID, alias="schema")
    lifecycle: Lifecycle
    run_id: str
    generated_at: str
    code_version: str
    policy_sha256: str
    model: ModelInfo
    metrics: dict[str, float] = Field(description="the values gate rules may name")
    metric_catalogue: list[MetricInfo] = Field(
        description="every metric this lifecycle's audits can produce (measured or not)"
    )
    gate: GateSummary
    sections: ClassifierSections | AssistantSections

    @model_validator(mode="after")
    def _lifecycle_matches(self) -> AuditDocument:
        expected = AssistantSections if self.lifecycle == "assistant" else ClassifierSections
        if not isinstance(self.sections, expected):
            raise ValueError(f"a {self.lifecycle} document needs {expected.__name__}")
        known = set(catalogue().names(self.lifecycle))
        unknown = sorted(set(self.metrics) - known)
        if unknown:
            raise ValueError(f"metrics not in the {self.lifecycle} catalogue: {unknown}")
        return self

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2)


def metric_catalogue(lifecycle: Lifecycle) -> list[MetricInfo]:
    """The catalogue entries of ``lifecycle``'s metrics, in catalogue order."""
    known = catalogue()
    return [
        MetricInfo(
            name=spec.name,
            section=spec.section,
            direction=spec.direction,
            unit=spec.unit,
            description=spec.description,
        )
        for spec in (known[name] for name in known.names(lifecycle))
    ]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``audit.json``."""
    schema = AuditDocument.model_json_schema(by_alias=True, mode="serialization")
    # The metric names come from the catalogue, like the policy's gate rules.
    schema["properties"]["metrics"]["propertyNames"] = {"enum": catalogue().names()}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    return schema
