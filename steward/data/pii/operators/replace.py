"""``replace``: the span becomes its type tag, ``<LABEL>``."""

from __future__ import annotations

from steward.data.pii.operators.base import Operator, register


@register
class ReplaceOperator(Operator):
    name = "replace"

    def __init__(self, template: str = "<{label}>") -> None:
        self.template = template

    def operate(self, value: str, label: str) -> str:
        return self.template.format(label=label)
