"""IBANs, compact or grouped by four, validated (country format + mod 97) with python-stdnum."""

from __future__ import annotations

import re

from stdnum import iban

from steward.data.pii.recognizers.base import PatternRecognizer


class IbanRecognizer(PatternRecognizer):
    name = "iban"
    labels = ("IBAN_CODE",)
    pattern = re.compile(
        r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])"
    )
    score = 0.95
    trigger = re.compile(r"[A-Z]{2}\d{2}")

    def validate(self, match: re.Match[str]) -> float | None:
        # The IBAN's own check (country length and format, mod 97) only: a national check
        # digit that fails (a mistyped or test account) is still someone's account number.
        return self.score if iban.is_valid(match.group(), check_country=False) else None
