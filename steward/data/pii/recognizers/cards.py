"""Payment-card and bank-account numbers: one family, told apart by checksum and context.

A 12–19 digit number (plain, or grouped with one kind of separator) that passes the Luhn check
is a card number — unless the nearest cue before it names an account (``account``, ``账号``,
``储蓄卡``, ``工资卡``, ``银行卡``), which in Chinese banking usage makes it an account number.
Other 8–17 digit numbers are account numbers only where an account cue says so (low base score).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import luhn

from steward.data.pii.context import nearest_cue
from steward.data.pii.recognizers.base import Entity, Recognizer, consistent_grouping, digits_of

_RIVALS = frozenset({"CREDIT_CARD", "BANK_ACCOUNT", "PHONE_NUMBER", "CN_ID_CARD", "US_SSN"})


class CardAndAccountRecognizer(Recognizer):
    name = "card_account"
    labels = ("CREDIT_CARD", "BANK_ACCOUNT")
    pattern = re.compile(
        r"(?<![0-9A-Za-z+.,/-])\d{2,6}(?:[ -]?\d{2,6}){1,6}(?![0-9A-Za-z]|[.,/-]\d)"
    )
    window = 30
    trigger = re.compile(r"\d(?:[ -]?\d){7}")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for match in self.pattern.finditer(text):
            value = match.group()
            if not consistent_grouping(value):
                continue
            digits = digits_of(value)
            n = len(digits)
            if not 8 <= n <= 19:
                continue
            cue = nearest_cue(text, match.start(), match.end(), self.window, _RIVALS)
            account = cue is not None and "BANK_ACCOUNT" in cue
            if n >= 12 and luhn.is_valid(digits):
                score = 0.6 if n >= 13 else 0.4
                label = "BANK_ACCOUNT" if account else "CREDIT_CARD"
                yield self.entity(match.start(), match.end(), label, score)
            elif n <= 17 and (" " not in value or account):
                yield self.entity(match.start(), match.end(), "BANK_ACCOUNT", 0.2)
