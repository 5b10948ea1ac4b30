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


@dataclass(frozen=True)
class RowPii:
    """One text's PII step on its own: the anonymized text, the labels found in it and the
    labels detection still finds in the anonymized text (summed by the caller)."""

    text: str
    found: tuple[str, ...]
    remaining: tuple[str, ...]


class PiiStage:
    def __init__(self, policy: PiiPolicy, store: Store | None, key: bytes | None = None) -> None:
        """``store`` holds the vault key (for keyed operators) and the vault; a worker without
        the store (a Ray actor) is given ``key`` instead and may not use ``encrypt``."""
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
        if names & _KEYED and key is None:
            from steward.data.pii.vault import load_vault_key

            if store is None:
                raise ValueError("keyed PII operators need the store or the vault key")
            key = load_vault_key(store.home)
        self.key = key
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

            assert self.store is not None, "encrypt needs the store's vault"
            outcome.vault_entries_added = Vault(self.store).put(self.anonymizer.drain_sealed())
        if rescan:
            for entities in self.analyzer.analyze_batch(outcome.texts):
                outcome.remaining.update(entity.label for entity in entities)
        return outcome

    @property
    def runs_anywhere(self) -> bool:
        """Whether :meth:`apply_each` may run away from the store (on Ray workers): not with
        ``encrypt`` (sealed values go to the store's vault) nor when raw values are collected."""
        return not self._uses_vault and self.seen_values is None

    def apply_each(self, texts: Sequence[str]) -> list[RowPii]:
        """:meth:`apply` (with its rescan) text by text, for callers that keep only some of the
        texts and sum the counts themselves (the Ray data stage: rows later found to be
        duplicates are dropped)."""
        if not self.runs_anywhere:
            raise ValueError("apply_each cannot seal values into the vault nor collect them")
        found: list[tuple[str, ...]] = []
        anonymized = list(texts)
        for i, entities in enumerate(self.analyzer.analyze_batch(list(texts))):
            found.append(tuple(entity.label for entity in entities))
            if entities:
                anonymized[i] = self.anonymizer.anonymize(texts[i], entities).text
        remaining = [
            tuple(entity.label for entity in entities)
            for entities in self.analyzer.analyze_batch(anonymized)
        ]
        return [
            RowPii(text, labels, left)
            for text, labels, left in zip(anonymized, found, remaining, strict=True)
        ]
