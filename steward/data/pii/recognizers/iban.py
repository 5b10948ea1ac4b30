"""IBANs, compact or grouped by four, in capitals or typed in lower case, validated (country
format + mod 97) with python-stdnum."""

from __future__ import annotations

import re

from stdnum import iban

from steward.data.pii.recognizers.base import PatternRecognizer


class IbanRecognizer(PatternRecognizer):
    name = "iban"
    labels = ("IBAN_CODE",)
    pattern = re.compile(
        r"(?<![A-Za-z0-9])(?:[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
        # typed in lower case: letters only in the bank code's group, so that the next word
        # ("… 9268 19 today") is not read as the IBAN's tail
        r"|[a-z]{2}\d{2} ?[a-z0-9]{4}(?: ?\d{4}){1,6}(?: ?\d{1,3})?)"
        r"(?![A-Za-z0-9])"
    )
    score = 0.95
    trigger = re.compile(r"[A-Za-z]{2}\d{2}")

    def validate(self, match: re.Match[str]) -> float | None:
        # The IBAN's own check (country length and format, mod 97) only: a national check
        # digit that fails (a mistyped or test account) is still someone's account number.
        # (a customer may type it in lower case: "gb29 nwbk 6016 …" is the same IBAN)
        value = match.group().upper()
        return self.score if iban.is_valid(value, check_country=False) else None
