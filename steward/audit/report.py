"""Render the HTML report and the model card from result records (Jinja2 templates)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from steward.audit import charts

if TYPE_CHECKING:
    from steward.runs import RunSummary


@lru_cache(maxsize=2)
def _environment(autoescape: bool) -> Environment:
    return Environment(
        loader=PackageLoader("steward", "resources/templates"),
        autoescape=select_autoescape(["html", "html.j2"]) if autoescape else False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _ci(pair: Any, digits: int = 3) -> str:
    """``[low, high]`` of an interval (a pair or an object with low/high); '–' when none."""
    if pair is None:
        return "–"
    low, high = (pair.low, pair.high) if hasattr(pair, "low") else pair
    return f"[{low:.{digits}f}, {high:.{digits}f}]"


def _top_abs(values: dict[str, float], n: int = 3) -> list[tuple[str, float]]:
    """The ``n`` items with the largest absolute value, largest first."""
    return sorted(values.items(), key=lambda item: -abs(item[1]))[:n]


def render(template: str, context: dict[str, Any], *, autoescape: bool) -> str:
    env = _environment(autoescape)
    env.filters["pct"] = _pct
    env.filters["ci"] = _ci
    env.filters["top_abs"] = _top_abs
    return env.get_template(template).render(**context)


def render_report(context: dict[str, Any]) -> str:
    return render("report.html.j2", context, autoescape=True)


def render_model_card(context: dict[str, Any]) -> str:
    return render("model_card.md.j2", context, autoescape=False)


def report_charts(summary: RunSummary) -> dict[str, Any]:
    """Inline SVG charts for the report: ``reliability``, ``confusion``, ``headline`` (metrics
    with bootstrap intervals) and ``groups`` (column name → per-group accuracy chart)."""
    performance = summary.performance
    out: dict[str, Any] = {"groups": {}}
    out["reliability"] = (
        charts.reliability_diagram(performance.calibration)
        if performance.calibration is not None and performance.n
        else None
    )
    out["confusion"] = (
        charts.confusion_heatmap(performance.labels, performance.confusion)
        if performance.labels
        else None
    )
    headline = [
        charts.IntervalRow(name, value, *performance.intervals[key])
        for key, name, value in (
            ("accuracy", "accuracy", performance.accuracy),
            ("macro_f1", "macro-F1", performance.macro_f1),
            ("micro_f1", "micro-F1", performance.micro_f1),
        )
        if key in performance.intervals
    ]
    out["headline"] = (
        charts.interval_chart(
            headline,
            title=f"Test metrics with {100 * performance.bootstrap.confidence:g}% bootstrap "
            "intervals",
        )
        if headline and performance.bootstrap is not None
        else None
    )
    fairness = summary.fairness
    for column in fairness.columns:
        if not column.groups:
            continue
        rows = [
            charts.IntervalRow(
                g.group, g.accuracy, g.ci_low, g.ci_high, note=f"n={g.n}",
                muted=not g.readable, highlight=g.group == column.worst_group,
            )
            for g in column.groups
        ]  # fmt: skip
        out["groups"][column.column] = charts.interval_chart(
            rows,
            title=f"Accuracy by {column.column} (95% Wilson intervals)",
            reference=fairness.overall_accuracy,
        )
    return out
