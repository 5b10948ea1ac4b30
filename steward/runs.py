"""What a run produced, as typed records shared by the stages, the reports and the CLI.

The orchestrators (:mod:`steward.pipeline`, :mod:`steward.assistant.pipeline`) build these;
``audit.json``, the report and the model card read them. Living below the orchestrators, they
let the audit and report code use a run's results without importing the pipeline.

A run's gate metrics are read from its sections' typed results through the metric catalogue
(:func:`steward.audit.catalogue.measure`): no list of metric names here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from steward.audit.catalogue import measure
from steward.audit.counterfactual import CounterfactualReport
from steward.audit.explain import Explanation, FlipExplanation
from steward.audit.fairness import FairnessReport
from steward.audit.metric_spec import Lifecycle
from steward.audit.performance import PerformanceReport
from steward.audit.privacy import MembershipAudit, PrivacyFindings
from steward.audit.robustness import AttackResult
from steward.audit.template_sets import TemplateSetOutcome
from steward.data.accounting import DataAccounting
from steward.gate.rules import GateDecision
from steward.registry.models import ModelVersion
from steward.train.trainer import TrainResult

__all__ = [
    "AssistantRunSummary",
    "DataAccounting",
    "GenerationAuditResult",
    "RunSummary",
    "assistant_metrics",
    "classifier_metrics",
    "epsilon_spent",
]


def classifier_metrics(
    accounting: DataAccounting,
    performance: PerformanceReport,
    fairness: FairnessReport,
    robustness: AttackResult | None = None,
    privacy: MembershipAudit | None = None,
    counterfactual: CounterfactualReport | None = None,
    epsilon_spent: float | None = None,
) -> dict[str, float]:
    """The numbers gate rules may name, for a classifier run. Audits that did not run are
    absent (``dp_epsilon`` only exists for a DP-trained model), and so are the group gaps when
    a group column cannot be measured (:meth:`FairnessReport.not_measurable_metrics`)."""
    return measure(
        {
            "data": accounting,
            "performance": performance,
            "fairness": fairness,
            "counterfactual": counterfactual,
            "robustness": robustness,
            "privacy": PrivacyFindings(privacy, epsilon_spent),
        },
        "classifier",
    )


@dataclass
class RunSummary:
    """A classifier run: governed data, the trained model, every audit, the gate's decision."""

    run_id: str
    run_dir: Path
    accounting: DataAccounting
    splits: dict[str, int]
    performance: PerformanceReport
    fairness: FairnessReport
    training: TrainResult
    gate: GateDecision
    model: ModelVersion
    stage_seconds: dict[str, float]
    robustness: AttackResult | None = None
    privacy: MembershipAudit | None = None
    counterfactual: CounterfactualReport | None = None
    explanations: list[Explanation] = field(default_factory=list)
    flip_explanations: list[FlipExplanation] = field(default_factory=list)
    templates: dict[str, TemplateSetOutcome] = field(default_factory=dict)  # eec, crows_pairs

    lifecycle: ClassVar[Lifecycle] = "classifier"

    def metrics(self) -> dict[str, float]:
        return classifier_metrics(
            self.accounting, self.performance, self.fairness, self.robustness, self.privacy,
            self.counterfactual, self.training.epsilon_spent,
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "run_dir": str(self.run_dir),
            "accounting": self.accounting.to_dict(),
            "splits": self.splits,
            "metrics": self.metrics(),
            "performance": self.performance.to_dict(),
            "fairness": self.fairness.to_dict(),
            "training": self.training.to_dict(),
            "gate": self.gate.to_dict(),
            "model": self.model.to_dict(),
            "stage_seconds": self.stage_seconds,
            "robustness": self.robustness.to_dict() if self.robustness else None,
            "privacy": self.privacy.to_dict() if self.privacy else None,
            "counterfactual": self.counterfactual.to_dict() if self.counterfactual else None,
            "explanations": [e.to_dict() for e in self.explanations],
            "flip_explanations": [e.to_dict() for e in self.flip_explanations],
            "templates": {name: t.to_dict() for name, t in self.templates.items()},
        }


@dataclass(frozen=True)
class GenerationAuditResult:
    """One generation audit of an assistant run: whether it ran (``skipped`` with the
    reason when not), how long it took, and its figures as the audit reports them (the
    catalogue's ``source`` paths point into ``figures``)."""

    name: str
    status: Literal["done", "skipped"]
    figures: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    seconds: float | None = None

    @property
    def ran(self) -> bool:
        return self.status == "done"

    @classmethod
    def skipped(cls, name: str, reason: str) -> GenerationAuditResult:
        return cls(name, "skipped", reason=reason)

    def to_dict(self) -> dict[str, Any]:
        """The audit as ``report.json`` has always shown it."""
        if not self.ran:
            return {"status": "skipped", "reason": self.reason}
        return {"status": "done", **self.figures, "seconds": self.seconds}


def epsilon_spent(training: Mapping[str, Any]) -> float | None:
    """The budget DP-SGD spent in an assistant's training record (None without DP)."""
    privacy = training.get("privacy")
    value = privacy.get("epsilon_spent") if isinstance(privacy, Mapping) else None
    return float(value) if isinstance(value, int | float) else None


def assistant_metrics(
    accounting: DataAccounting,
    audits: dict[str, GenerationAuditResult],
    epsilon_spent: float | None = None,
) -> dict[str, float]:
    """The gate's view of an assistant run: one number per catalogue metric measured."""
    results: dict[str, Any] = {name: a.figures for name, a in audits.items() if a.ran}
    results["data"] = accounting
    results["privacy"] = PrivacyFindings(None, epsilon_spent)
    return measure(results, "assistant")


@dataclass
class AssistantRunSummary:
    """An assistant run: governed dialogues, the LoRA adapter, the generation audits, the
    gate's decision."""

    run_id: str
    run_dir: Path
    accounting: DataAccounting
    splits: dict[str, int]
    training: dict[str, Any]
    knowledge: dict[str, Any] | None
    audits: dict[str, GenerationAuditResult]
    gate: GateDecision
    model: ModelVersion
    stage_seconds: dict[str, float] = field(default_factory=dict)

    lifecycle: ClassVar[Lifecycle] = "assistant"

    @property
    def epsilon_spent(self) -> float | None:
        return epsilon_spent(self.training)

    def metrics(self) -> dict[str, float]:
        return assistant_metrics(self.accounting, self.audits, self.epsilon_spent)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "assistant",
            "run_id": self.run_id,
            "run_dir": str(self.run_dir),
            "data": self.accounting.to_dict(),
            "splits": self.splits,
            "training": self.training,
            "knowledge": self.knowledge,
            "audits": {name: audit.to_dict() for name, audit in self.audits.items()},
            "metrics": self.metrics(),
            "gate": self.gate.to_dict(),
            "model": self.model.to_dict(),
            "stage_seconds": self.stage_seconds,
        }
