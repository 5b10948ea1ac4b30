"""The one catalogue of the metrics a gate rule may name.

Each audit declares the metrics it produces next to its code, as a module-level ``METRICS``
tuple of :class:`~steward.audit.metric_spec.MetricSpec` (its name, the section of
``audit.json`` and the report it belongs to, the lifecycles that produce it, which direction
is better, its unit, and where in the section's typed result the value is read). This module
collects them: the policy's validation (:mod:`steward.config`), the gate, ``audit.json``, the
report and the model card all look metrics up here, so a metric is declared once, beside the
code that measures it, and nowhere else.

:mod:`steward.config` imports this module inside its validator, not at its top: the audits
(and what they use) read the policy's types, and the policy asks the catalogue only when it
validates gate rules (``tests/test_imports.py`` documents that one deferred import).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from steward.assistant import audits as assistant_audits
from steward.assistant import canary, generation_audits
from steward.audit import counterfactual, fairness, performance, privacy
from steward.audit.metric_spec import LIFECYCLES, Direction, Lifecycle, MetricSpec
from steward.audit.robustness import harness
from steward.data import accounting

__all__ = [
    "LIFECYCLES",
    "Catalogue",
    "Direction",
    "Lifecycle",
    "MetricSpec",
    "catalogue",
    "measure",
]

# The declaring modules, in report order.
DECLARING_MODULES = (
    accounting, performance, fairness, counterfactual, harness, privacy, assistant_audits,
    generation_audits, canary,
)  # fmt: skip


def measure(results: Mapping[str, Any], lifecycle: Lifecycle) -> dict[str, float]:
    """Every ``lifecycle`` metric measured in ``results`` (section name → that section's typed
    result; None or absent when it did not run), in catalogue order. A metric whose audit did
    not run is absent, so a rule on it fails as "not measured", never passes silently."""
    out = {}
    for spec in catalogue().specs.values():
        if lifecycle in spec.lifecycles:
            value = spec.read(results.get(spec.section))
            if value is not None:
                out[spec.name] = value
    return out


@dataclass(frozen=True)
class Catalogue:
    specs: Mapping[str, MetricSpec]

    def __contains__(self, name: object) -> bool:
        return name in self.specs

    def __getitem__(self, name: str) -> MetricSpec:
        return self.specs[name]

    def names(self, lifecycle: Lifecycle | None = None) -> list[str]:
        return [
            name
            for name, spec in self.specs.items()
            if lifecycle is None or lifecycle in spec.lifecycles
        ]

    def section(self, name: str) -> str | None:
        spec = self.specs.get(name)
        return spec.section if spec else None

    def in_section(self, section: str, lifecycle: Lifecycle) -> list[MetricSpec]:
        return [
            s for s in self.specs.values() if s.section == section and lifecycle in s.lifecycles
        ]

    def closest(self, name: str, lifecycle: Lifecycle | None = None) -> str | None:
        """The known name nearest to ``name`` (for "did you mean"), or None."""
        matches = difflib.get_close_matches(name, self.names(lifecycle), n=1, cutoff=0.5)
        return matches[0] if matches else None

    def problem(self, name: str, lifecycle: Lifecycle) -> str | None:
        """Why a rule of a ``lifecycle`` policy cannot name ``name``; None when it can."""
        spec = self.specs.get(name)
        if spec is None:
            near = self.closest(name, lifecycle) or self.closest(name)
            hint = f"; did you mean {near!r}?" if near else ""
            return f"unknown metric {name!r}{hint}"
        if lifecycle in spec.lifecycles:
            return None
        producers = " and ".join(sorted(spec.lifecycles))
        near = self.closest(name, lifecycle)
        hint = f"; the closest {lifecycle} metric is {near!r}" if near else ""
        policy_kind = (
            "an assistant policy (with an assistant: section)"
            if lifecycle == "assistant"
            else "a classifier policy (no assistant: section)"
        )
        return (
            f"metric {name!r} is measured by the {producers} audits ({spec.section}); "
            f"{policy_kind} cannot produce it{hint}"
        )


def collect(declarations: Iterable[tuple[str, Iterable[MetricSpec]]]) -> Catalogue:
    """One catalogue of the declared metrics; a name declared twice is a bug and raises."""
    specs: dict[str, MetricSpec] = {}
    for module_name, module_specs in declarations:
        for spec in module_specs:
            if spec.name in specs:
                raise RuntimeError(f"metric {spec.name!r} is declared twice ({module_name})")
            specs[spec.name] = spec
    return Catalogue(specs)


@cache
def catalogue() -> Catalogue:
    """Every gate metric, collected once from the declaring modules."""
    return collect((module.__name__, module.METRICS) for module in DECLARING_MODULES)
