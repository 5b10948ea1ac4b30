"""IBANs, compact or grouped by four, in capitals or typed in lower case, validated (country
format + mod 97) with python-stdnum."""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import iban

from steward.data.pii.recognizers.base import Entity, PatternRecognizer


class IbanRecognizer(PatternRecognizer):
    name = "iban"
    labels = ("IBAN_CODE",)
    pattern = re.compile(
        # (a grouped IBAN a document's column wrapped: "DE37 5967\n4761 6148 7038 47")
        r"(?<![A-Za-z0-9])(?:[A-Z]{2}\d{2}(?:(?: |\n)?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
        # typed in lower case: letters only in the bank code's group, so that the next word
        # ("… 9268 19 today") is not read as the IBAN's tail
        r"|[a-z]{2}\d{2} ?[a-z0-9]{4}(?: ?\d{4}){1,6}(?: ?\d{1,3})?)"
        r"(?![A-Za-z0-9])"
    )
    score = 0.95
    trigger = re.compile(r"[A-Za-z]{2}\d{2}")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for match in self.pattern.finditer(text):
            value = match.group()
            if self._valid(value):
                yield self.entity(match.start(), match.end(), self.labels[0], self.score)
            elif "\n" in value:
                # the next line's first word taken for the IBAN's tail: the IBAN ends before it
                head = value[: value.index("\n")]
                if self._valid(head):
                    yield self.entity(
                        match.start(), match.start() + len(head), "IBAN_CODE", self.score
                    )

    @staticmethod
    def _valid(value: str) -> bool:
        return bool(iban.is_valid(value.upper().replace("\n", ""), check_country=False))

    def validate(self, match: re.Match[str]) -> float | None:
        # The IBAN's own check (country length and format, mod 97) only: a national check
        # digit that fails (a mistyped or test account) is still someone's account number.
        # (a customer may type it in lower case: "gb29 nwbk 6016 …" is the same IBAN)
        value = match.group().upper()
        return self.score if iban.is_valid(value, check_country=False) else None
