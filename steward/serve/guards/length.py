"""Refuse texts longer than the policy allows (cost and prompt-stuffing control)."""

from __future__ import annotations

from collections.abc import Sequence

from steward.serve.guards.base import Guard, GuardVerdict


class MaxLengthGuard(Guard):
    name = "max_length"

    def __init__(self, max_chars: int = 4000) -> None:
        if max_chars < 1:
            raise ValueError("max_chars must be >= 1")
        self.max_chars = max_chars

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        return [
            self.block(1.0, f"{len(text):,} characters; the limit is {self.max_chars:,}")
            if len(text) > self.max_chars
            else self.allow(len(text) / self.max_chars)
            for text in texts
        ]
