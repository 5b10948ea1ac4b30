"""Personal data in a prompt or an answer: found by the data-governance engine, redacted.

On input the spans are replaced by type tags before the model sees them; on output the same
happens before the caller does. ``action: block`` refuses the text instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from steward.serve.guards.base import Action, Guard, GuardVerdict, Span


class PiiGuard(Guard):
    name = "pii"

    def __init__(
        self,
        labels: Iterable[str] | None = None,
        thresholds: Mapping[str, float] | None = None,
        allowlist: Iterable[str] = (),
        action: Action = "redact",
        business_numbers: str = "skip",
        role_mailboxes: str = "not_personal",
    ) -> None:
        from steward.data.pii import Analyzer

        if action not in ("redact", "block"):
            raise ValueError("the pii guard's action must be 'redact' or 'block'")
        self.action: Action = action
        # ``pii.business_numbers`` of the policy: hotlines (400…, 0800…, 1-800…) pass unless
        # the policy asks for them to be reported like a person's number.
        self.analyzer = Analyzer(
            labels,
            thresholds=thresholds,
            allowlist=allowlist,
            business_numbers=business_numbers,
            role_mailboxes=role_mailboxes,
        )

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        verdicts: list[GuardVerdict] = []
        for entities in self.analyzer.analyze_batch(list(texts)):
            if not entities:
                verdicts.append(self.allow())
                continue
            labels = sorted({e.label for e in entities})
            verdicts.append(
                GuardVerdict(
                    self.name,
                    self.action,
                    max(e.score for e in entities),
                    (f"personal data: {', '.join(labels)}",),
                    tuple(Span(e.start, e.end, e.label) for e in entities),
                )
            )
        return verdicts
