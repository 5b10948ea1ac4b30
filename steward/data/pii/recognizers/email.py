"""E-mail addresses."""

from __future__ import annotations

import re

from steward.data.pii.recognizers.base import PatternRecognizer


class EmailRecognizer(PatternRecognizer):
    name = "email"
    labels = ("EMAIL_ADDRESS",)
    pattern = re.compile(
        r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])"
    )
    score = 0.95
    trigger = re.compile("@")
