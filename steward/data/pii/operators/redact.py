"""``redact``: the span is removed."""

from __future__ import annotations

from steward.data.pii.operators.base import Operator, register


@register
class RedactOperator(Operator):
    name = "redact"

    def operate(self, value: str, label: str) -> str:
        return ""
