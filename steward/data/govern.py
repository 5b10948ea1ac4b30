"""The run's data-governance stage: ingest, retention, cleaning, exact and near de-duplication,
PII, on one machine (``embedded``) or on Ray (``ray``), with the same result.

On Ray, the per-row work runs in chunks on Ray actors, in input order: parsing and validating
each row (the same functions ingest uses), the retention rule, cleaning, the exact-duplicate
key, the MinHash sketch of the cleaned text and the PII step (detection, anonymization and the
rescan, per row). The driver then takes the decisions that need every row, in input order, with
the embedded code: duplicate ids, exact duplicates (on the keys computed in the chunks), and
near-duplicate clustering over the chunks' sketches (:func:`~steward.data.dedup.near_dedup`), so
the clusters are the ones one machine finds. Quarantined rows keep their source line and come
out in the embedded order (ingest, then retention, then cleaning, each in input order).

Rows later found to be duplicates had their PII step done for nothing: on Ray, that work is
spent to keep it off the driver. With the ``encrypt`` operator (sealed values go to the store's
vault) or when raw values are collected, the PII step stays on the driver, after de-duplication.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from steward.config import DataPolicy, PiiPolicy
from steward.data.clean import TypoNormalizer, clean_text
from steward.data.dedup import (
    ChunkSketch,
    NearDuplicateCluster,
    NearDuplicateDetector,
    dedup_key,
    exact_dedup,
    near_dedup,
)
from steward.data.groups import check_group_fields
from steward.data.ingest import (
    _RAW_PREVIEW,
    IngestResult,
    SourceRow,
    _validate,
    detect_format,
    ingest,
    jsonl_source_row,
    read_source_rows,
)
from steward.data.pii.stage import PiiStage, RowPii
from steward.data.records import DuplicateRow, QuarantinedRow, Record
from steward.data.rights import RetentionRule
from steward.errors import StewardError

# Rows per chunk sent to a Ray actor: big enough that Ray's per-task cost is small against the
# rows' work, small enough that 2 × workers chunks in flight stay a few MB.
CHUNK_ROWS = 2000


@dataclass
class Governed:
    """What the stage keeps, sets aside and counts (the pipeline writes and records it)."""

    kept: list[Record]
    quarantined: list[QuarantinedRow]
    duplicates: list[DuplicateRow]
    clusters: list[NearDuplicateCluster]
    columns: set[str]
    rows_read: int = 0
    near_duplicates: int = 0
    rows_with_pii: int = 0
    pii_found: dict[str, int] = field(default_factory=dict)
    pii_remaining: dict[str, int] = field(default_factory=dict)


def govern(
    sources: Sequence[tuple[Path, str]],
    policy: DataPolicy,
    text_fields: Sequence[str],
    *,
    pii: PiiStage | None,
    max_text_chars: int | None,
    where: str,
    engine: str = "embedded",
    workers: int | None = None,
    now: datetime | None = None,
) -> Governed:
    """Every row of ``sources`` kept, quarantined or removed as a duplicate; ``text_fields``
    are further text fields every row must carry (cleaned and anonymized like the text);
    ``where`` names the policy file in errors; ``now``: the retention rule's clock (default:
    now). ``engine="ray"``: the per-row work on Ray actors (``workers`` of them on a local
    Ray), the same result."""
    if engine == "ray":
        return _govern_ray(sources, policy, text_fields, pii, max_text_chars, where, workers, now)
    ingested = ingest(sources, policy, text_fields, max_text_chars=max_text_chars)
    # A group column no row carries (a misspelt name) would make every fairness figure
    # vacuous: stop here, before cleaning, anonymizing and training spend any time.
    check_group_fields(ingested.records, policy.group_fields, columns=ingested.columns, where=where)
    quarantined: list[QuarantinedRow] = list(ingested.quarantined)
    if policy.retention is not None:
        rule = _retention_rule(policy, now)
        current = []
        for record in ingested.records:
            if rule.is_expired(record.extra):
                quarantined.append(
                    QuarantinedRow(
                        record.source, record.line, "retention", rule.reason(), record.text
                    )
                )
            else:
                current.append(record)
        ingested.records = current

    typos = TypoNormalizer(policy.clean.typos) if policy.clean.typos else None
    cleaned: list[Record] = []
    for record in ingested.records:
        record.text = clean_text(
            record.text, repair=policy.clean.repair_encoding, typo_normalizer=typos
        )
        for name in text_fields:
            record.extra[name] = clean_text(record.extra[name], repair=policy.clean.repair_encoding)
        if len(record.text) < policy.min_text_chars:
            quarantined.append(_too_short(record, policy))
            continue
        cleaned.append(record)
    return _dedup_and_pii(ingested, quarantined, cleaned, None, None, policy, text_fields, pii)


def _retention_rule(policy: DataPolicy, now: datetime | None) -> RetentionRule:
    assert policy.retention is not None
    return RetentionRule(
        policy.retention.days,
        policy.retention.timestamp_field,
        now=now,
        missing=policy.retention.missing,
    )


def _too_short(record: Record, policy: DataPolicy) -> QuarantinedRow:
    return QuarantinedRow(
        source=record.source,
        line=record.line,
        stage="clean",
        reason=f"text shorter than {policy.min_text_chars} characters after "
        "cleaning (HTML only or blank)",
        raw=record.text,
    )


def _near_detector(policy: DataPolicy) -> NearDuplicateDetector | None:
    near = policy.near_dedup
    if not near.enabled:
        return None
    return NearDuplicateDetector(threshold=near.threshold, num_perm=near.num_perm)


def _dedup_and_pii(
    ingested: IngestResult,
    quarantined: list[QuarantinedRow],
    cleaned: list[Record],
    sketched: _Sketched | None,
    row_pii: dict[int, list[RowPii]] | None,
    policy: DataPolicy,
    text_fields: Sequence[str],
    pii: PiiStage | None,
) -> Governed:
    """The driver's part, on both engines: exact then near de-duplication over every cleaned
    row in input order, and the PII step on the rows kept (or, given ``row_pii`` — each
    record's results by ``id(record)``, computed on Ray — their sums)."""
    deduped = exact_dedup(cleaned, sketched.keys if sketched is not None else None)
    duplicates: list[DuplicateRow] = list(deduped.duplicates)
    kept = deduped.kept
    clusters: list[NearDuplicateCluster] = []
    result = Governed(kept, quarantined, duplicates, clusters, ingested.columns)
    result.rows_read = ingested.rows_read
    detector = _near_detector(policy)
    if detector is not None and kept:
        sketches = sketched.select(cleaned, kept) if sketched is not None else None
        near = near_dedup(kept, detector, sketches)
        kept, clusters = near.kept, near.clusters
        duplicates.extend(near.duplicates)
        result.near_duplicates = len(near.duplicates)
    result.kept, result.clusters = kept, clusters

    if pii is not None and row_pii is not None:
        _sum_row_pii(result, kept, row_pii, text_fields)
    elif pii is not None:
        outcome = pii.apply([record.text for record in kept])
        for record, text in zip(kept, outcome.texts, strict=True):
            record.text = text
        result.rows_with_pii = outcome.rows_with_pii
        result.pii_found = dict(outcome.found.most_common())
        result.pii_remaining = dict(outcome.remaining.most_common())
        for name in text_fields:
            extra = pii.apply([record.extra[name] for record in kept])
            for record, text in zip(kept, extra.texts, strict=True):
                record.extra[name] = text
            result.pii_found = dict(Counter(result.pii_found) + extra.found)
            result.pii_remaining = dict(Counter(result.pii_remaining) + extra.remaining)
    return result


def _sum_row_pii(
    result: Governed, kept: list[Record], row_pii: dict[int, list[RowPii]], fields: Sequence[str]
) -> None:
    """The counts :meth:`PiiStage.apply` gives on ``kept``, from per-row results: the same
    Counter updates in the same order, so even the ties of ``most_common`` come out alike."""
    per_field: list[tuple[Counter[str], Counter[str]]] = [
        (Counter(), Counter()) for _ in range(1 + len(fields))
    ]
    for record in kept:
        results = row_pii[id(record)]
        if results[0].found:
            result.rows_with_pii += 1
        for (found, remaining), row in zip(per_field, results, strict=True):
            found.update(row.found)
            remaining.update(row.remaining)
        record.text = results[0].text
        for name, row in zip(fields, results[1:], strict=True):
            record.extra[name] = row.text
    found, remaining = per_field[0]
    result.pii_found = dict(found.most_common())
    result.pii_remaining = dict(remaining.most_common())
    for extra_found, extra_remaining in per_field[1:]:
        result.pii_found = dict(Counter(result.pii_found) + extra_found)
        result.pii_remaining = dict(Counter(result.pii_remaining) + extra_remaining)


# -- Ray ------------------------------------------------------------------------------------


@dataclass
class _Sketched:
    """The cleaned rows' exact keys and MinHash sketches, in their order, from the chunks."""

    keys: list[str] = field(default_factory=list)
    parts: list[ChunkSketch] = field(default_factory=list)

    def select(self, cleaned: list[Record], kept: list[Record]) -> list[ChunkSketch]:
        """The sketch of ``kept`` (a subsequence of ``cleaned``), as one part."""
        whole: ChunkSketch = (
            np.concatenate([p[0] for p in self.parts]),
            np.concatenate([p[1] for p in self.parts]),
            np.concatenate([p[2] for p in self.parts]),
            None
            if not self.parts or self.parts[0][3] is None
            else np.concatenate([p[3] for p in self.parts if p[3] is not None]),
        )
        kept_ids = {id(record) for record in kept}
        mask = np.fromiter((id(r) in kept_ids for r in cleaned), dtype=bool, count=len(cleaned))
        return [_subset(whole, mask)]


def _subset(part: ChunkSketch, mask: np.ndarray[Any, np.dtype[np.bool_]]) -> ChunkSketch:
    """The rows of a sketch where ``mask`` is true."""
    flat, lengths, keys, signatures = part
    starts = np.cumsum(lengths) - lengths
    chosen = lengths[mask]
    # Each chosen row's hashes: positions start .. start + length of ``flat``.
    offsets = np.repeat(starts[mask] - (np.cumsum(chosen) - chosen), chosen)
    picked = flat[offsets + np.arange(int(chosen.sum()))]
    return picked, chosen, keys[mask], None if signatures is None else signatures[mask]


@dataclass(frozen=True)
class _Chunk:
    source: str
    fmt: str
    first_line: int  # JSONL: the number of the chunk's first line
    lines: bytes  # JSONL: whole lines
    rows: list[SourceRow]  # CSV: rows as the driver read them


@dataclass
class _RowOut:
    """One row's outcome in a chunk. ``record`` None: refused at ingest (``reason``); else
    ``stage`` is ``retention`` or ``clean`` (quarantined there, ``raw`` the text kept) or ""
    (cleaned; its key, sketch and PII results are the chunk's next ones)."""

    line: int
    raw: str
    reason: str | None = None
    record: Record | None = None
    columns: tuple[str, ...] = ()
    stage: str = ""
    kept_text: str = ""


@dataclass
class _ChunkOut:
    rows: list[_RowOut]
    keys: list[str]
    sketch: ChunkSketch | None
    pii: list[list[RowPii]] | None  # per cleaned row: text, then each text field


class _GovernTask:
    """What each Ray actor holds: the policy's row rules, set up once per actor."""

    def __init__(
        self,
        policy: DataPolicy,
        text_fields: Sequence[str],
        max_text_chars: int | None,
        retention: RetentionRule | None,
        detector: NearDuplicateDetector | None,
        pii_policy: PiiPolicy | None,
        pii_key: bytes | None,
    ) -> None:
        self.policy = policy
        self.text_fields = tuple(text_fields)
        self.max_text_chars = max_text_chars
        self.retention = retention  # the driver's (its clock), so every actor cuts alike
        self.detector = detector
        self.pii_policy = pii_policy
        self.pii_key = pii_key
        self.typos: TypoNormalizer | None = None
        self.pii: PiiStage | None = None

    def setup(self) -> None:
        typos = self.policy.clean.typos
        self.typos = TypoNormalizer(typos) if typos else None
        if self.pii_policy is not None:
            self.pii = PiiStage(self.pii_policy, None, key=self.pii_key)


def _govern_chunk(chunk: _Chunk, task: _GovernTask) -> _ChunkOut:
    """The per-row work of one chunk (on a Ray actor): the embedded functions, row by row."""
    policy = task.policy
    if chunk.fmt == "jsonl":
        lines = chunk.lines.split(b"\n")
        if lines and not lines[-1]:
            lines.pop()
        rows = [jsonl_source_row(chunk.first_line + i, raw) for i, raw in enumerate(lines)]
    else:
        rows = chunk.rows
    out: list[_RowOut] = []
    cleaned: list[Record] = []
    for line, _first, raw, obj, reason in rows:
        record = None
        if obj is not None and reason is None:
            record, reason = _validate(
                obj, policy, chunk.source, line, task.text_fields, task.max_text_chars
            )
        if record is None:
            out.append(_RowOut(line, raw[:_RAW_PREVIEW], reason or "invalid row"))
            continue
        assert obj is not None
        row = _RowOut(line, raw[:_RAW_PREVIEW], None, record, tuple(obj))
        out.append(row)
        if task.retention is not None and task.retention.is_expired(record.extra):
            row.stage, row.kept_text = "retention", record.text
            continue
        record.text = clean_text(
            record.text, repair=policy.clean.repair_encoding, typo_normalizer=task.typos
        )
        for name in task.text_fields:
            record.extra[name] = clean_text(record.extra[name], repair=policy.clean.repair_encoding)
        if len(record.text) < policy.min_text_chars:
            row.stage, row.kept_text = "clean", record.text
            continue
        cleaned.append(record)
    texts = [record.text for record in cleaned]
    sketch = task.detector.sketch(texts) if task.detector is not None else None
    row_pii = None
    if task.pii is not None:
        per_field = [task.pii.apply_each(texts)] + [
            task.pii.apply_each([record.extra[name] for record in cleaned])
            for name in task.text_fields
        ]
        row_pii = [list(results) for results in zip(*per_field, strict=True)]
    return _ChunkOut(out, [dedup_key(text) for text in texts], sketch, row_pii)


def _chunks(sources: Sequence[tuple[Path, str]]) -> Iterator[_Chunk]:
    """Each source in chunks of about :data:`CHUNK_ROWS` rows, in order. JSONL is cut into
    whole lines (parsed on the actors); CSV rows are read here (a quoted field may span lines,
    which only a reader from the start of the file can tell)."""
    for path, declared in sources:
        if not path.is_file():
            raise StewardError("data source not found", where=str(path))
        fmt = detect_format(path, declared)
        source = str(path)
        if fmt == "jsonl":
            with path.open("rb") as handle:
                number = 1
                while True:
                    lines = [line for _, line in zip(range(CHUNK_ROWS), handle, strict=False)]
                    if not lines:
                        break
                    yield _Chunk(source, fmt, number, b"".join(lines), [])
                    number += len(lines)
                    if not lines[-1].endswith(b"\n"):
                        break
        else:
            rows: list[SourceRow] = []
            for row in read_source_rows(path, fmt):
                rows.append(row)
                if len(rows) == CHUNK_ROWS:
                    yield _Chunk(source, fmt, 0, b"", rows)
                    rows = []
            if rows:
                yield _Chunk(source, fmt, 0, b"", rows)


def _govern_ray(
    sources: Sequence[tuple[Path, str]],
    policy: DataPolicy,
    text_fields: Sequence[str],
    pii: PiiStage | None,
    max_text_chars: int | None,
    where: str,
    workers: int | None,
    now: datetime | None,
) -> Governed:
    from steward.data.ray_engine import check_engine, ray_chunk_runner

    check_engine("ray")
    for path, _ in sources:  # before Ray starts: a missing file is reported at once
        if not path.is_file():
            raise StewardError("data source not found", where=str(path))
    pii_on_workers = pii is not None and pii.runs_anywhere
    task = _GovernTask(
        policy,
        text_fields,
        max_text_chars,
        _retention_rule(policy, now) if policy.retention is not None else None,
        _near_detector(policy),
        pii.policy if pii is not None and pii_on_workers else None,
        pii.key if pii is not None else None,
    )
    workers = max(1, workers or os.cpu_count() or 1)
    ingested = IngestResult()
    retention: list[QuarantinedRow] = []
    too_short: list[QuarantinedRow] = []
    cleaned: list[Record] = []
    sketched = _Sketched() if task.detector is not None else None
    row_pii: dict[int, list[RowPii]] | None = {} if pii_on_workers else None
    keys: list[str] = []
    seen_ids: set[str] = set()
    reason_of_retention = task.retention.reason() if task.retention is not None else ""
    with ray_chunk_runner(task, workers, _govern_chunk) as run_on_ray:
        for chunk, done in _zip_chunks(run_on_ray, sources, workers):
            cleaned_rows = iter(range(len(done.keys)))
            taken = np.zeros(len(done.keys), dtype=bool)  # the chunk's cleaned rows kept here
            for row in done.rows:
                ingested.rows_read += 1
                record = row.record
                if record is not None and record.record_id in seen_ids:
                    reason = f"duplicate {policy.id_field} {record.record_id!r}"
                    ingested.quarantined.append(
                        QuarantinedRow(chunk.source, row.line, "ingest", reason, row.raw)
                    )
                    if row.stage == "":
                        next(cleaned_rows)  # its chunk cleaned it: leave its key and sketch
                    continue
                if record is None:
                    ingested.quarantined.append(
                        QuarantinedRow(chunk.source, row.line, "ingest", str(row.reason), row.raw)
                    )
                    continue
                seen_ids.add(record.record_id)
                ingested.records.append(record)
                ingested.columns.update(row.columns)
                if row.stage == "retention":
                    retention.append(
                        QuarantinedRow(
                            record.source, record.line, "retention", reason_of_retention,
                            row.kept_text,
                        )
                    )  # fmt: skip
                elif row.stage == "clean":
                    too_short.append(_too_short(record, policy))
                else:
                    index = next(cleaned_rows)
                    taken[index] = True
                    cleaned.append(record)
                    keys.append(done.keys[index])
                    if row_pii is not None and done.pii is not None:
                        row_pii[id(record)] = done.pii[index]
            if sketched is not None and done.sketch is not None:
                sketched.parts.append(_subset(done.sketch, taken))
    check_group_fields(ingested.records, policy.group_fields, columns=ingested.columns, where=where)
    if sketched is not None:
        sketched.keys = keys
    quarantined = [*ingested.quarantined, *retention, *too_short]
    return _dedup_and_pii(
        ingested,
        quarantined,
        cleaned,
        sketched if sketched is not None else _Sketched(keys=keys),
        row_pii,
        policy,
        text_fields,
        pii,
    )


def _zip_chunks(
    run_on_ray: Any, sources: Sequence[tuple[Path, str]], workers: int
) -> Iterator[tuple[_Chunk, _ChunkOut]]:
    """Each chunk with its outcome, in input order (the runner keeps the order)."""
    sent: list[_Chunk] = []

    def remember() -> Iterator[_Chunk]:
        for chunk in _chunks(sources):
            sent.append(chunk)
            yield chunk

    for done in run_on_ray(remember(), 2 * workers):
        yield sent.pop(0), done
