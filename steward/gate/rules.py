"""Release gate: the policy's rules applied to a run's metrics, one verdict per rule."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from steward.config import GateRule


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


@dataclass(frozen=True)
class GateDecision:
    verdicts: list[RuleVerdict]

    @property
    def passed(self) -> bool:
        """Passes when no blocking rule failed (warnings are reported, not blocking)."""
        return all(v.passed for v in self.verdicts if v.severity == "block")

    @property
    def status(self) -> str:
        return "approved" if self.passed else "candidate"

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "status": self.status,
            "verdicts": [v.__dict__ for v in self.verdicts],
        }


def evaluate_gate(rules: list[GateRule], metrics: Mapping[str, float]) -> GateDecision:
    verdicts = []
    for rule in rules:
        value = metrics.get(rule.metric)
        if value is None:
            verdicts.append(
                RuleVerdict(
                    rule.name,
                    rule.metric,
                    None,
                    rule.min,
                    rule.max,
                    rule.severity,
                    False,
                    f"metric {rule.metric} not measured",
                )
            )
            continue
        problems = []
        if rule.min is not None and value < rule.min:
            problems.append(f"{rule.metric} = {value:.4f} < min {rule.min}")
        if rule.max is not None and value > rule.max:
            problems.append(f"{rule.metric} = {value:.4f} > max {rule.max}")
        reason = "; ".join(problems) or f"{rule.metric} = {value:.4f} within bounds"
        verdicts.append(
            RuleVerdict(
                rule.name,
                rule.metric,
                round(value, 6),
                rule.min,
                rule.max,
                rule.severity,
                not problems,
                reason,
            )
        )
    return GateDecision(verdicts)
