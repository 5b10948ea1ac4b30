"""Render the HTML report and the model card from result records (Jinja2 templates)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


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


def render(template: str, context: dict[str, Any], *, autoescape: bool) -> str:
    env = _environment(autoescape)
    env.filters["pct"] = _pct
    return env.get_template(template).render(**context)


def render_report(context: dict[str, Any]) -> str:
    return render("report.html.j2", context, autoescape=True)


def render_model_card(context: dict[str, Any]) -> str:
    return render("model_card.md.j2", context, autoescape=False)
