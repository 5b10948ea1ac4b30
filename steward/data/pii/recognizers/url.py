"""Web addresses (with a scheme, or starting ``www.``)."""

from __future__ import annotations

import re

from steward.data.pii.recognizers.base import PatternRecognizer


class UrlRecognizer(PatternRecognizer):
    name = "url"
    labels = ("URL",)
    pattern = re.compile(
        r"(?<![A-Za-z0-9@./])(?:https?://|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
        r"(?::\d{2,5})?(?:/[^\s<>\"'，。、）)]*)?",
        re.IGNORECASE,
    )
    score = 0.6
    trigger = re.compile(r"://|www\.", re.IGNORECASE)

    def validate(self, match: re.Match[str]) -> float | None:
        return self.score
