"""Release gate: the policy's rules applied to a model's metrics, one verdict per rule.

A blocking rule that fails can be waived only by a named person with the ``risk_owner`` role
and a written reason (see :mod:`steward.gate.command`); the verdict keeps both the failure and
the waiver, so a waived model never looks as if it had passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from steward.audit.catalogue import catalogue
from steward.config import GateRule
from steward.registry.models import PENDING_REVIEW


@dataclass(frozen=True)
class Waiver:
    rule: str
    by: str
    reason: str


@dataclass(frozen=True)
class RuleVerdict:
    name: str
    metric: str
    value: float | None
    min: float | None
    max: float | None
    severity: str
    passed: bool
    reason: str
    waived_by: str | None = None
    waiver_reason: str | None = None

    @property
    def blocks(self) -> bool:
        return self.severity == "block" and not self.passed and self.waived_by is None


@dataclass(frozen=True)
class GateDecision:
    verdicts: list[RuleVerdict]

    @property
    def passed(self) -> bool:
        """Passes when no blocking rule failed unwaived (warnings are reported, not blocking)."""
        return not any(v.blocks for v in self.verdicts)

    @property
    def waived(self) -> list[str]:
        return [v.name for v in self.verdicts if v.waived_by is not None]

    @property
    def status(self) -> str:
        """The registry status the decision gives: passing only makes a model ready for a
        person's sign-off (``steward models review``), never approved by itself."""
        return PENDING_REVIEW if self.passed else "candidate"

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "status": self.status,
            "waived": self.waived,
            "verdicts": [v.__dict__ for v in self.verdicts],
        }


def evaluate_gate(
    rules: list[GateRule],
    metrics: Mapping[str, float],
    waivers: Mapping[str, Waiver] | None = None,
    not_measurable: Mapping[str, str] | None = None,
) -> GateDecision:
    """One verdict per rule. ``not_measurable`` maps a metric the audit could not measure to
    why (e.g. a group column with one value); a rule on it fails with that reason."""
    waivers = waivers or {}
    not_measurable = not_measurable or {}
    verdicts = []
    for rule in rules:
        value = metrics.get(rule.metric)
        if value is None and rule.metric in not_measurable:
            problems = [f"metric {rule.metric} not measurable: {not_measurable[rule.metric]}"]
        elif value is None:
            spec = catalogue().specs.get(rule.metric)
            by = f" (by the {spec.section} audit)" if spec else ""
            problems = [f"metric {rule.metric} not measured{by}"]
        else:
            problems = []
            if rule.min is not None and value < rule.min:
                problems.append(f"{rule.metric} = {value:.4f} < min {rule.min}")
            if rule.max is not None and value > rule.max:
                problems.append(f"{rule.metric} = {value:.4f} > max {rule.max}")
        reason = "; ".join(problems) or f"{rule.metric} = {value:.4f} within bounds"
        waiver = waivers.get(rule.name) if problems else None
        verdicts.append(
            RuleVerdict(
                rule.name,
                rule.metric,
                None if value is None else round(value, 6),
                rule.min,
                rule.max,
                rule.severity,
                not problems,
                reason,
                waived_by=waiver.by if waiver else None,
                waiver_reason=waiver.reason if waiver else None,
            )
        )
    return GateDecision(verdicts)
