"""Score a model on the bias template sets the policy enables (EEC, CrowS-Pairs).

The files are read where they are (``audit.counterfactual.eec.path`` / ``crows_pairs.path``,
a CSV file or the folder holding it); nothing is copied. A set that is enabled but whose file
is missing or unreadable is reported as skipped with the reason instead of failing the run.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from steward.audit.counterfactual import (
    CrowsPair,
    CrowsPairsReport,
    EECRow,
    ProbaClassifier,
    TemplateReport,
    crows_pairs_audit,
    eec_audit,
    read_crows_pairs,
    read_eec,
)
from steward.errors import StewardError

FILE_NAMES: dict[str, str] = {
    "eec": "Equity-Evaluation-Corpus.csv",
    "crows_pairs": "crows_pairs_anonymized.csv",
}
TITLES: dict[str, str] = {"eec": "Equity Evaluation Corpus", "crows_pairs": "CrowS-Pairs"}


@dataclass(frozen=True)
class TemplateSetOutcome:
    """What happened to one template set: its report, or why it was skipped."""

    name: str
    enabled: bool
    path: str | None
    report: TemplateReport | CrowsPairsReport | None = None
    skipped_reason: str | None = None
    available: int | None = None  # rows (EEC sentences, CrowS pairs) in the file
    sampled: bool = False

    @property
    def title(self) -> str:
        return TITLES.get(self.name, self.name)

    @property
    def ran(self) -> bool:
        return self.report is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "enabled": self.enabled,
            "path": self.path,
            "ran": self.ran,
            "skipped_reason": self.skipped_reason,
            "available": self.available,
            "sampled": self.sampled,
            "report": self.report.to_dict() if self.report is not None else None,
        }


def resolve_template_file(name: str, path: Path) -> Path:
    """``path`` itself when it is a file, else the set's usual file name inside it."""
    return path / FILE_NAMES[name] if path.is_dir() else path


def sample_eec(rows: Sequence[EECRow], size: int, seed: int) -> list[EECRow]:
    """Whole (template, emotion word) groups, drawn with ``seed`` until about ``size``
    sentences, so every kept sentence still has its matched counterparts."""
    groups: dict[tuple[str, str], list[EECRow]] = {}
    for row in rows:
        groups.setdefault((row.template, row.emotion_word), []).append(row)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    kept: set[tuple[str, str]] = set()
    total = 0
    for key in keys:
        if total >= size:
            break
        kept.add(key)
        total += len(groups[key])
    return [row for row in rows if (row.template, row.emotion_word) in kept]


def sample_pairs(pairs: Sequence[CrowsPair], size: int, seed: int) -> list[CrowsPair]:
    if len(pairs) <= size:
        return list(pairs)
    chosen = sorted(random.Random(seed).sample(range(len(pairs)), size))
    return [pairs[i] for i in chosen]


def run_template_set(
    name: str,
    classifier: ProbaClassifier,
    *,
    enabled: bool,
    path: Path | None,
    sample: int | None = None,
    seed: int = 13,
) -> TemplateSetOutcome:
    """Score ``classifier`` on the set at ``path`` (about ``sample`` sentences or pairs of it
    when given); skipped (with the reason) when disabled, not configured, absent or
    unreadable."""
    if name not in FILE_NAMES:
        raise StewardError(f"unknown template set {name!r}", where="audit.counterfactual")
    where = f"audit.counterfactual.{name}"
    if not enabled:
        return TemplateSetOutcome(name, False, None, skipped_reason=f"{where}.enabled is false")
    if path is None:
        return TemplateSetOutcome(name, True, None, skipped_reason=f"{where}.path is not set")
    file = resolve_template_file(name, path)
    if not file.is_file():
        return TemplateSetOutcome(
            name, True, str(file), skipped_reason=f"data set not found at {file}"
        )
    report: TemplateReport | CrowsPairsReport
    try:
        if name == "eec":
            rows = read_eec(file)
            available = len(rows)
            if sample is not None and sample < available:
                rows = sample_eec(rows, sample, seed)
            report = eec_audit(classifier, rows)
            used = len(rows)
        else:
            pairs = read_crows_pairs(file)
            available = len(pairs)
            if sample is not None:
                pairs = sample_pairs(pairs, sample, seed)
            report = crows_pairs_audit(classifier, pairs)
            used = len(pairs)
    except StewardError as exc:
        return TemplateSetOutcome(name, True, str(file), skipped_reason=f"unreadable: {exc}")
    return TemplateSetOutcome(
        name, True, str(file), report=report, available=available, sampled=used < available
    )
