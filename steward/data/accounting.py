"""What the data stage did with every row read, and the gate metric it gives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from steward.audit.metric_spec import metric

METRICS = (
    metric(
        "quarantine_rate", "data", ("classifier", "assistant"), "lower", "fraction",
        "rows quarantined (unreadable, invalid, expired, too short) of the rows read",
    ),
)  # fmt: skip


@dataclass
class DataAccounting:
    rows_read: int = 0
    kept: int = 0
    quarantined: int = 0
    duplicates: int = 0
    quarantine_reasons: dict[str, int] = field(default_factory=dict)
    pii_found: dict[str, int] = field(default_factory=dict)
    pii_remaining: dict[str, int] = field(default_factory=dict)  # found again after anonymizing
    near_duplicates: int = 0  # of ``duplicates``, those removed by MinHash LSH
    rows_with_pii: int = 0
    # Problems with the data that do not stop the run (a group column with one value or
    # missing from some rows); shown in the run output, the report and the ledger.
    warnings: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        return self.rows_read == self.kept + self.quarantined + self.duplicates

    @property
    def quarantine_rate(self) -> float:
        return round(self.quarantined / max(self.rows_read, 1), 6)

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "balanced": self.balanced}
