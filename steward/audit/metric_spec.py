"""A gate metric's declaration, :class:`MetricSpec`: what each audit module lists in its
``METRICS`` beside the code that measures it. :mod:`steward.audit.catalogue` collects them.

This module imports nothing of Steward's, so any audit can declare its metrics without
pulling in others.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

Lifecycle = Literal["classifier", "assistant"]
LIFECYCLES: tuple[Lifecycle, ...] = ("classifier", "assistant")
Direction = Literal["higher", "lower"]


@dataclass(frozen=True)
class MetricSpec:
    """One gate metric. ``source`` is the dotted path of attributes (or mapping keys) inside
    the typed result of its ``section`` (the audit that measures it); ``absolute`` takes the
    magnitude (a signed bias score judged by its size)."""

    name: str
    section: str
    lifecycles: frozenset[Lifecycle]
    direction: Direction
    unit: str
    description: str
    source: str
    absolute: bool = False

    def read(self, result: Any) -> float | None:
        """The value in ``result``, or None when it is absent or not a number (not measured)."""
        value = result
        for part in self.source.split("."):
            if value is None:
                return None
            value = value.get(part) if isinstance(value, Mapping) else getattr(value, part, None)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        value = float(value)
        return round(abs(value) if self.absolute else value, 6)

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "section": self.section,
            "lifecycles": sorted(self.lifecycles),
            "direction": self.direction,
            "unit": self.unit,
            "description": self.description,
        }


def metric(
    name: str,
    section: str,
    lifecycle: Lifecycle | tuple[Lifecycle, ...],
    direction: Direction,
    unit: str,
    description: str,
    *,
    source: str | None = None,
    absolute: bool = False,
) -> MetricSpec:
    """A :class:`MetricSpec`; ``source`` defaults to the metric's name."""
    lifecycles = frozenset((lifecycle,) if isinstance(lifecycle, str) else lifecycle)
    return MetricSpec(
        name, section, lifecycles, direction, unit, description, source or name, absolute
    )


def read_metrics(specs: Iterable[MetricSpec], result: Any) -> dict[str, float]:
    """The measured values of ``specs`` in one audit's result; unmeasured ones are absent, so
    a rule on them fails as "not measured"."""
    out = {}
    for spec in specs:
        value = spec.read(result)
        if value is not None:
            out[spec.name] = value
    return out
