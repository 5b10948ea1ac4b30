"""A datasheet for a governed data set, after Gebru et al., "Datasheets for Datasets" (2021).

``build_datasheet`` takes plain inputs (the kept rows, the quarantined and duplicate rows, the
near-duplicate clusters, PII counts before and after anonymization, policy fields) and returns
an immutable :class:`Datasheet`; ``write_datasheet`` writes ``datasheet.json`` and
``datasheet.html`` (Jinja2 template ``datasheet.html.j2``). Sections follow the paper:
Motivation, Composition, Collection process, Preprocessing/cleaning/labeling, Uses,
Distribution, Maintenance.

Only counts, ids and *kept* (already anonymized) texts appear in a datasheet: examples of
near-duplicate clusters show the representative's governed text and the members' ids.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from steward.audit.report import render
from steward.data.dedup import NearDuplicateCluster
from steward.data.records import DuplicateRow, QuarantinedRow, Record
from steward.errors import StewardError
from steward.store.artifacts import sha256_file

Counts = tuple[tuple[str, int], ...]

DEFAULT_PREPROCESSING: tuple[str, ...] = (
    "malformed rows quarantined with their reason and source line",
    "HTML reduced to text; encoding errors (mojibake) repaired with ftfy; Unicode NFKC; "
    "whitespace collapsed",
    "exact duplicates removed on a case-, punctuation- and whitespace-insensitive key",
    "near duplicates removed with MinHash LSH (first-seen row kept per cluster)",
    "personal data masked (emails, phone numbers, card numbers, ID numbers, names, IPs)",
)

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN = re.compile("[A-Za-z]")


def language_of(text: str) -> str:
    """'zh' (CJK characters only), 'en' (Latin letters only), 'mixed' (both) or 'other'."""
    cjk, latin = bool(_CJK.search(text)), bool(_LATIN.search(text))
    if cjk and latin:
        return "mixed"
    return "zh" if cjk else "en" if latin else "other"


def _counts(counter: Mapping[str, int]) -> Counts:
    """Sorted by count (descending), then name: deterministic output."""
    return tuple(
        sorted(((str(k), int(v)) for k, v in counter.items()), key=lambda kv: (-kv[1], kv[0]))
    )


@dataclass(frozen=True)
class SourceFile:
    path: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256}


@dataclass(frozen=True)
class RowAccounting:
    """rows_in = kept + quarantined + duplicates_removed (exact + near)."""

    rows_in: int
    kept: int
    quarantined: int
    duplicates_removed: int
    near_duplicates_removed: int
    quarantine_reasons: Counts

    @property
    def exact_duplicates_removed(self) -> int:
        return self.duplicates_removed - self.near_duplicates_removed

    @property
    def balanced(self) -> bool:
        return self.rows_in == self.kept + self.quarantined + self.duplicates_removed

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_in": self.rows_in,
            "kept": self.kept,
            "quarantined": self.quarantined,
            "duplicates_removed": self.duplicates_removed,
            "exact_duplicates_removed": self.exact_duplicates_removed,
            "near_duplicates_removed": self.near_duplicates_removed,
            "balanced": self.balanced,
            "quarantine_reasons": dict(self.quarantine_reasons),
        }


@dataclass(frozen=True)
class ClusterExample:
    representative_id: str
    representative_text: str | None
    member_ids: tuple[str, ...]
    jaccard: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "representative_id": self.representative_id,
            "representative_text": self.representative_text,
            "member_ids": list(self.member_ids),
            "jaccard": [round(j, 4) for j in self.jaccard],
        }


@dataclass(frozen=True)
class DedupSummary:
    clusters: int
    largest_cluster: int
    rows_removed: int
    examples: tuple[ClusterExample, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "clusters": self.clusters,
            "largest_cluster": self.largest_cluster,
            "rows_removed": self.rows_removed,
            "examples": [e.to_dict() for e in self.examples],
        }


@dataclass(frozen=True)
class Datasheet:
    """The datasheet's content, section by section (immutable; ``to_dict()`` for JSON)."""

    name: str
    created_at: str
    # Motivation
    purpose: str
    created_by: str
    # Composition
    accounting: RowAccounting
    language_mix: Counts
    label_distribution: Counts
    group_counts: tuple[tuple[str, Counts], ...]
    pii_before: Counts
    pii_after: Counts
    near_duplicates: DedupSummary
    # Collection process
    sources: tuple[SourceFile, ...]
    collection: str
    # Preprocessing / cleaning / labeling
    preprocessing: tuple[str, ...]
    labeling: str
    # Uses
    intended_uses: tuple[str, ...]
    out_of_scope_uses: tuple[str, ...]
    # Distribution
    licence: str
    distribution: str
    # Maintenance
    maintainer: str
    maintenance: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "created_at": self.created_at,
            "motivation": {"purpose": self.purpose, "created_by": self.created_by},
            "composition": {
                "rows": self.accounting.to_dict(),
                "language_mix": dict(self.language_mix),
                "label_distribution": dict(self.label_distribution),
                "group_counts": {field: dict(counts) for field, counts in self.group_counts},
                "pii": {
                    "before_anonymization": dict(self.pii_before),
                    "after_anonymization": dict(self.pii_after),
                },
                "near_duplicates": self.near_duplicates.to_dict(),
            },
            "collection_process": {
                "sources": [s.to_dict() for s in self.sources],
                "description": self.collection,
            },
            "preprocessing": {"steps": list(self.preprocessing), "labeling": self.labeling},
            "uses": {
                "intended": list(self.intended_uses),
                "out_of_scope": list(self.out_of_scope_uses),
            },
            "distribution": {"licence": self.licence, "description": self.distribution},
            "maintenance": {"maintainer": self.maintainer, "description": self.maintenance},
        }


def _field(row: Record | Mapping[str, Any], name: str) -> Any:
    if isinstance(row, Mapping):
        return row.get(name)
    if name == "id":
        return row.record_id
    if name in ("text", "label"):
        return getattr(row, name)
    return row.groups.get(name)


def _reason(row: QuarantinedRow | Mapping[str, Any]) -> str:
    return str(row.get("reason") if isinstance(row, Mapping) else row.reason)


def _sources(sources: Iterable[str | Path] | Mapping[str, str]) -> tuple[SourceFile, ...]:
    if isinstance(sources, Mapping):
        return tuple(SourceFile(str(p), str(h)) for p, h in sources.items())
    files = []
    for source in sources:
        path = Path(source)
        if not path.is_file():
            raise StewardError("input file not found for the datasheet", where=str(path))
        files.append(SourceFile(str(path), sha256_file(path)))
    return tuple(files)


def build_datasheet(
    *,
    name: str,
    records: Sequence[Record | Mapping[str, Any]],
    sources: Iterable[str | Path] | Mapping[str, str],
    quarantined: Sequence[QuarantinedRow | Mapping[str, Any]] = (),
    duplicates: Sequence[DuplicateRow | Mapping[str, Any]] = (),
    near_duplicate_clusters: Sequence[NearDuplicateCluster] = (),
    rows_in: int | None = None,
    group_fields: Sequence[str] = (),
    pii_before: Mapping[str, int] | None = None,
    pii_after: Mapping[str, int] | None = None,
    licence: str = "unspecified",
    purpose: str = "",
    created_by: str = "",
    collection: str = "",
    preprocessing: Sequence[str] = DEFAULT_PREPROCESSING,
    labeling: str = "",
    intended_uses: Sequence[str] = (),
    out_of_scope_uses: Sequence[str] = (),
    distribution: str = "",
    maintainer: str = "",
    maintenance: str = "",
    max_cluster_examples: int = 5,
    created_at: str | None = None,
) -> Datasheet:
    """Build the datasheet of a governed data set.

    ``records`` are the kept rows (``Record`` or dicts with ``id``, ``text``, ``label`` and the
    group fields, as in ``governed.jsonl``); ``duplicates`` are all rows removed as duplicates,
    exact and near (the near ones are the members of ``near_duplicate_clusters``);
    ``sources`` are input paths (hashed here) or a ``{path: sha256}`` mapping. When ``rows_in``
    is given it must equal kept + quarantined + duplicates, else :class:`StewardError`.
    """
    accounted = len(records) + len(quarantined) + len(duplicates)
    if rows_in is not None and rows_in != accounted:
        raise StewardError(
            f"row accounting does not add up: {rows_in} rows in, but {len(records)} kept + "
            f"{len(quarantined)} quarantined + {len(duplicates)} duplicates = {accounted}",
            where=f"datasheet {name}",
        )
    near_removed = sum(len(c.member_ids) for c in near_duplicate_clusters)
    if near_removed > len(duplicates):
        raise StewardError(
            f"{near_removed} near duplicates in the clusters but only {len(duplicates)} "
            "duplicate rows given",
            where=f"datasheet {name}",
        )
    accounting = RowAccounting(
        rows_in=accounted if rows_in is None else rows_in,
        kept=len(records),
        quarantined=len(quarantined),
        duplicates_removed=len(duplicates),
        near_duplicates_removed=near_removed,
        quarantine_reasons=_counts(Counter(_reason(q) for q in quarantined)),
    )
    texts = {str(_field(r, "id")): str(_field(r, "text") or "") for r in records}
    largest = sorted(near_duplicate_clusters, key=lambda c: -c.size)[:max_cluster_examples]
    dedup = DedupSummary(
        clusters=len(near_duplicate_clusters),
        largest_cluster=max((c.size for c in near_duplicate_clusters), default=0),
        rows_removed=near_removed,
        examples=tuple(
            ClusterExample(
                c.representative_id, texts.get(c.representative_id), c.member_ids, c.jaccard
            )
            for c in largest
        ),
    )
    groups = tuple(
        (
            field,
            _counts(
                Counter(
                    str(_field(r, field) if _field(r, field) is not None else "unknown")
                    for r in records
                )
            ),
        )
        for field in group_fields
    )
    return Datasheet(
        name=name,
        created_at=created_at or datetime.now(UTC).isoformat(timespec="seconds"),
        purpose=purpose,
        created_by=created_by,
        accounting=accounting,
        language_mix=_counts(Counter(language_of(t) for t in texts.values())),
        label_distribution=_counts(Counter(str(_field(r, "label")) for r in records)),
        group_counts=groups,
        pii_before=_counts(pii_before or {}),
        pii_after=_counts(pii_after or {}),
        near_duplicates=dedup,
        sources=_sources(sources),
        collection=collection,
        preprocessing=tuple(preprocessing),
        labeling=labeling,
        intended_uses=tuple(intended_uses),
        out_of_scope_uses=tuple(out_of_scope_uses),
        licence=licence,
        distribution=distribution,
        maintainer=maintainer,
        maintenance=maintenance,
    )


def render_datasheet_html(datasheet: Datasheet) -> str:
    data = datasheet.to_dict()
    pii_labels = sorted(
        set(data["composition"]["pii"]["before_anonymization"])
        | set(data["composition"]["pii"]["after_anonymization"])
    )
    return render("datasheet.html.j2", {"d": data, "pii_labels": pii_labels}, autoescape=True)


def write_datasheet(datasheet: Datasheet, out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``datasheet.json`` and ``datasheet.html`` into ``out_dir``; return both paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, html_path = out / "datasheet.json", out / "datasheet.html"
    json_path.write_text(
        json.dumps(datasheet.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    html_path.write_text(render_datasheet_html(datasheet), encoding="utf-8")
    return json_path, html_path
