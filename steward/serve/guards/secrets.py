"""Credentials in a text: cloud and API keys, private keys, tokens, passwords given a value.

Mostly for answers going out (a model repeating a key from its context or training data),
also useful on prompts. Spans are redacted by default; ``action: block`` refuses instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from steward.serve.guards.base import Action, Guard, GuardVerdict, Span

_SECRETS: tuple[tuple[str, str], ...] = (
    (
        "PRIVATE_KEY",
        r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|\Z)",
    ),
    ("AWS_ACCESS_KEY", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    ("GITHUB_TOKEN", r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    ("SLACK_TOKEN", r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b"),
    ("API_KEY", r"\b(?:sk|pk|rk)-(?:live-|test-|proj-)?[A-Za-z0-9_-]{20,}\b"),
    ("STEWARD_KEY", r"\bstw_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{20,}\b"),
    ("JWT", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b"),
    (
        "PASSWORD",
        r"(?i)(?:\b(?:password|passwd|pwd|passcode|api[_ -]?key|secret|access[_ -]?token)\b"
        r"|密码|口令|密钥)\s*(?:is|[:=：]|是|为)\s*[\"']?"
        # the value must look like one: a digit or a symbol in it ("password is wrong" is not)
        r"(?P<value>(?=[^\s\"'，。,]*[\d!@#$%^&*_+=~?])[^\s\"'，。,]{4,})",
    ),
)
_COMPILED = tuple((label, re.compile(pattern)) for label, pattern in _SECRETS)


class SecretsGuard(Guard):
    name = "secrets"
    directions = frozenset({"output"})

    def __init__(self, action: Action = "redact") -> None:
        if action not in ("redact", "block"):
            raise ValueError("the secrets guard's action must be 'redact' or 'block'")
        self.action: Action = action

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        return [self._check(text) for text in texts]

    def _check(self, text: str) -> GuardVerdict:
        spans: list[Span] = []
        for label, pattern in _COMPILED:
            for match in pattern.finditer(text):
                # For "password: hunter2" only the value goes, the label word stays readable.
                start, end = match.span("value") if "value" in pattern.groupindex else match.span()
                spans.append(Span(start, end, label))
        if not spans:
            return self.allow()
        labels = sorted({span.label for span in spans})
        return GuardVerdict(
            self.name, self.action, 1.0, (f"credentials: {', '.join(labels)}",), tuple(spans)
        )
