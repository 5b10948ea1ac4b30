"""US social security numbers, validated with python-stdnum (area, group and serial rules)."""

from __future__ import annotations

import re

from stdnum.us import ssn

from steward.data.pii.recognizers.base import PatternRecognizer, digits_of


class UsSsnRecognizer(PatternRecognizer):
    name = "us_ssn"
    labels = ("US_SSN",)
    pattern = re.compile(r"(?<![0-9A-Za-z-])(?:\d{3}([- .])\d{2}\1\d{4}|\d{9})(?![0-9A-Za-z-])")
    score = 0.6
    trigger = re.compile(r"\d{3}")

    def validate(self, match: re.Match[str]) -> float | None:
        if not ssn.is_valid(digits_of(match.group())):
            return None
        # Nine bare digits are an SSN only when the context says so.
        return self.score if match.group(1) else 0.2
