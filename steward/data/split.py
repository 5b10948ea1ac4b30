"""Deterministic, label-stratified train / validation / test split."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from steward.config import SplitPolicy
from steward.data.records import Record


@dataclass
class Splits:
    train: list[Record]
    validation: list[Record]
    test: list[Record]
    stratified: bool

    def sizes(self) -> dict[str, int]:
        return {
            "train": len(self.train),
            "validation": len(self.validation),
            "test": len(self.test),
        }


def split_records(records: list[Record], policy: SplitPolicy) -> Splits:
    from sklearn.model_selection import train_test_split

    counts = Counter(record.label for record in records)
    # Stratifying needs every label at least a few times in each part; otherwise fall back.
    stratified = min(counts.values(), default=0) >= 6
    indices = list(range(len(records)))
    labels = [record.label for record in records]
    rest, test = train_test_split(
        indices,
        test_size=policy.test,
        random_state=policy.seed,
        stratify=labels if stratified else None,
    )
    validation_share = policy.validation / (1 - policy.test)
    train, validation = train_test_split(
        rest,
        test_size=validation_share,
        random_state=policy.seed,
        stratify=[labels[i] for i in rest] if stratified else None,
    )
    return Splits(
        train=[records[i] for i in sorted(train)],
        validation=[records[i] for i in sorted(validation)],
        test=[records[i] for i in sorted(test)],
        stratified=stratified,
    )
