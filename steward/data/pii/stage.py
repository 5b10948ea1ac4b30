"""The pipeline's PII step: detection and anonymization configured by the policy's ``pii``
section, with counts before and after so the datasheet can show what was removed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from steward.config import PiiPolicy
from steward.data.pii.anonymize import Anonymizer
from steward.data.pii.engine import Analyzer
from steward.store.artifacts import Store

_KEYED = frozenset({"hash", "pseudonymize", "encrypt"})


@dataclass
class PiiOutcome:
    texts: list[str]
    found: Counter[str] = field(default_factory=Counter)
    remaining: Counter[str] = field(default_factory=Counter)
    rows_with_pii: int = 0
    vault_entries_added: int = 0


class PiiStage:
    def __init__(self, policy: PiiPolicy, store: Store) -> None:
        self.policy = policy
        self.store = store
        self.analyzer = Analyzer(
            labels=policy.entities,
            thresholds=policy.thresholds,
            allowlist=policy.allowlist,
            context_window=policy.context_window,
            ner=policy.ner,
            business_numbers=policy.business_numbers,
            role_mailboxes=policy.role_mailboxes,
        )
        specs = policy.operator_specs()
        names = {policy.operator} | {s if isinstance(s, str) else s["name"] for s in specs.values()}
        key = None
        if names & _KEYED:
            from steward.data.pii.vault import load_vault_key

            key = load_vault_key(store.home)
        self.anonymizer = Anonymizer(operators=specs, default=policy.operator, key=key)
        self._uses_vault = "encrypt" in names
        # Opt-in (the assistant's regurgitation audit): the raw values found, kept in memory
        # only, so generations can be checked for them. Never written anywhere.
        self.seen_values: set[str] | None = None

    def apply(self, texts: Sequence[str], *, rescan: bool = True) -> PiiOutcome:
        """Anonymize ``texts``; with ``rescan``, count what detection still finds afterwards."""
        outcome = PiiOutcome(texts=list(texts))
        for i, entities in enumerate(self.analyzer.analyze_batch(list(texts))):
            if entities:
                outcome.rows_with_pii += 1
                outcome.found.update(entity.label for entity in entities)
                if self.seen_values is not None:
                    self.seen_values.update(texts[i][e.start : e.end] for e in entities)
                outcome.texts[i] = self.anonymizer.anonymize(texts[i], entities).text
        if self._uses_vault:
            from steward.data.pii.vault import Vault

            outcome.vault_entries_added = Vault(self.store).put(self.anonymizer.drain_sealed())
        if rescan:
            for entities in self.analyzer.analyze_batch(outcome.texts):
                outcome.remaining.update(entity.label for entity in entities)
        return outcome
