"""Data-subject rights and retention: erase a person's records (GDPR Art. 17, PIPL Art. 47) or
rows past their retention period from everything the store holds, keeping the lineage.

How a person is found. Governed text no longer holds the raw value, so the subject key (an
email, phone, card or ID number, a name, or the value of a configured subject field such as
``customer_id``) is resolved two ways:

- the stored copies of the source data (``source_data`` artifacts, raw) are searched for it —
  exact field values, case-insensitive substrings of any text, and digit runs for numbers
  written with spaces or dashes; each hit is a *location* (source path, line);
- what each keyed operator would have produced for it is computed under the vault key — the
  ``hash`` token, the ``encrypt`` vault token (for every label) and the ``pseudonymize`` fake
  (for number-like and e-mail keys only: fake names collide) — so rows are found even where no
  source copy is left.

What is rewritten. Every current (newest) version of a row artifact — ``dataset``,
``quarantine`` and ``duplicates`` — whose rows match gets a new version without them (parent =
the old version, meta ``{"forgotten": n, "request": id}``); the superseded versions' stored bytes
and the run folder's copy are erased (the rows of the artifact table stay, so lineage is kept); the
store's copy of each source file gets a new version with those lines blanked (line numbers kept);
vault entries of the removed values are deleted; registered models trained on an affected
version are flagged for retraining (``model_flags``); and one ledger entry records the request
with an HMAC of the key, counts and artifact hashes — never the key or a value.

The gateway's operational records are covered too (``forget`` only): a feedback row whose
comment or corrected label mentions the subject (the key as text or digits, or one of its
tokens — rows stored before comments were anonymized hold raw values) has those texts
emptied; an incident whose title, root cause, resolution note or details mention it has each
mention replaced by ``<ERASED>`` (the incident's trail stays). Both are counted in the outcome
and the ledger entry.

The user's own source files are not touched: the outcome names them (path and line) so they can
be purged at the source; until they are, a new ``steward run`` brings the rows back.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import shutil
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy import text as sql_text

from steward.data.ingest import read_source_rows
from steward.errors import StewardError
from steward.registry.flags import RETRAIN, ModelFlagRow
from steward.store.artifacts import ArtifactRecord, Store, sha256_stream
from steward.store.db import (
    ArtifactParentRow,
    ArtifactRow,
    Base,
    FeedbackRow,
    IncidentRow,
    ModelRow,
    utc_now,
)
from steward.store.encryption import is_envelope

ROW_KINDS = ("dataset", "quarantine", "duplicates")
SOURCE_KIND = "source_data"
FORGET_ACTION = "data.forget"
RETENTION_ACTION = "data.retention_purge"
# Every label an operator may have tokenized; kept literal so this module loads light.
PII_LABELS = (
    "EMAIL_ADDRESS", "URL", "IP_ADDRESS", "IBAN_CODE", "US_SSN", "CN_ID_CARD", "CREDIT_CARD",
    "BANK_ACCOUNT", "PHONE_NUMBER", "DATE_OF_BIRTH", "DATE_TIME", "ADDRESS", "PERSON", "LOCATION",
)  # fmt: skip
_NUMBER_LABELS = (
    "PHONE_NUMBER", "CREDIT_CARD", "CN_ID_CARD", "US_SSN", "BANK_ACCOUNT", "IBAN_CODE",
)  # fmt: skip
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NUMBERISH_RE = re.compile(r"^[+\d\s\-().xX]+$")
_DIGIT_RUN_RE = re.compile(r"\+?\d[\d \-().]{4,}[\dxX]")
_MIN_DIGITS = 6
_MIN_TEXT_CHARS = 4


# -- small helpers ---------------------------------------------------------------------------
def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _digits(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


def new_request_id(prefix: str) -> str:
    return f"{prefix}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def subject_ref(key: str, vault_key: bytes) -> str:
    """What the ledger records for a subject: a keyed HMAC of the normalised key, so two
    requests about one person can be linked by whoever holds the vault key, and nobody else."""
    from steward.data.pii.operators.base import derive_key

    digits = _digits(key)
    canonical = digits if _NUMBERISH_RE.match(key.strip() or "x") else _norm(key)
    mac = hmac.new(derive_key(vault_key, "data-subject"), canonical.encode(), hashlib.sha256)
    return f"subject:{mac.hexdigest()[:32]}"


def parse_timestamp(value: Any) -> datetime | None:
    """ISO 8601 (``Z`` allowed; naive means UTC), a date, or Unix seconds/milliseconds."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return parse_timestamp(float(text))
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return None
        parsed = datetime(day.year, day.month, day.day)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class RetentionRule:
    """``days`` of retention measured on ``timestamp_field``; also what the pipeline calls at
    ingest. Rows without a readable timestamp are kept unless ``missing="expire"``."""

    def __init__(
        self,
        days: int,
        timestamp_field: str = "timestamp",
        *,
        now: datetime | None = None,
        missing: str = "keep",
    ) -> None:
        if days < 1:
            raise StewardError(f"must be at least 1 day, got {days}", where="data.retention.days")
        if missing not in ("keep", "expire"):
            raise StewardError(
                f"must be keep or expire, got {missing!r}", where="data.retention.missing"
            )
        self.days = days
        self.timestamp_field = timestamp_field
        self.now = (now or datetime.now(UTC)).astimezone(UTC)
        self.cutoff = self.now - timedelta(days=days)
        self.missing = missing
        self.undated = 0

    def is_expired(self, row: dict[str, Any]) -> bool:
        stamp = parse_timestamp(row.get(self.timestamp_field))
        if stamp is None:
            self.undated += 1
            return self.missing == "expire"
        return stamp < self.cutoff

    def reason(self) -> str:
        return (
            f"expired under retention policy (older than {self.days} days on "
            f"{self.timestamp_field!r}, cutoff {self.cutoff.isoformat(timespec='seconds')})"
        )


# -- reading the store's copies of the source data -------------------------------------------
@dataclass(frozen=True)
class SourceRow:
    line: int  # as ingest numbers it (the last physical line of a CSV record)
    first_line: int
    obj: dict[str, Any] | None
    raw: str


def _read_source_rows(store: Store, path: Path, name: str) -> Iterator[SourceRow]:
    # Ingest's own reader, so that rows and line numbers are the ones the data sets hold (a
    # CSV quote that never closes, a byte-order mark, bytes that are not UTF-8).
    fmt = "csv" if Path(name).suffix.lower() in (".csv", ".tsv") else "jsonl"
    if not is_envelope(path):
        for row in read_source_rows(path, fmt):
            yield SourceRow(row.line, row.first_line, row.obj, row.raw)
        return
    # The reader takes a path: an encrypted copy is read from a private temporary file,
    # removed as soon as it has been read.
    with tempfile.TemporaryDirectory(prefix="steward-rights-source-") as folder:
        plain = Path(folder) / path.name
        with store.open_file(path) as source, plain.open("wb") as out:
            shutil.copyfileobj(source, out)
        for row in read_source_rows(plain, fmt):
            yield SourceRow(row.line, row.first_line, row.obj, row.raw)


@dataclass(frozen=True)
class SourceCopy:
    """One stored version of a source file; ``root`` is the version the pipeline stored."""

    record: ArtifactRecord
    root: str
    path: str
    blob: Path | None  # None once erased


class SourceCopies:
    """The ``source_data`` artifacts, grouped by the original each one was redacted from."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> list[SourceCopy]:
        with self.store.session() as session:
            shas = list(
                session.scalars(select(ArtifactRow.sha256).where(ArtifactRow.kind == SOURCE_KIND))
            )
        records = {sha: self.store.get(sha) for sha in shas}
        copies = []
        for sha, record in records.items():
            root = sha
            while True:
                parents = [p for p in records[root].parents if p in records]
                if not parents:
                    break
                root = parents[0]
            path = str(records[root].meta.get("path") or records[root].name)
            blob = self.store._blob_path(sha)
            copies.append(SourceCopy(record, root, path, blob if blob.exists() else None))
        return sorted(copies, key=lambda c: (c.path, c.record.created_at))


# -- who or what to remove -------------------------------------------------------------------
@dataclass
class Selection:
    """What to remove: source lines per root source artifact, tokens that may appear in any
    stored text, and optionally a test on a row itself (e.g. its own timestamp)."""

    lines: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    spans: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))
    ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    tokens: set[str] = field(default_factory=set)
    vault_tokens: set[str] = field(default_factory=set)
    row_test: Callable[[dict[str, Any]], bool] | None = None
    # For free text outside the data sets (feedback, incidents): the subject's mentions in a
    # text (None: not mentioned; empty: mentioned in a form with nothing exact to replace).
    text_finder: Callable[[str], set[str] | None] | None = None
    via: Counter[str] = field(default_factory=Counter)
    locations: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def add_line(self, copy: SourceCopy, row: SourceRow, record_id: str, via: str) -> None:
        if row.line not in self.lines[copy.root]:
            self.via[via] += 1
        self.lines[copy.root].add(row.line)
        self.spans[copy.root][row.line] = row.first_line
        self.ids[copy.root].add(record_id)
        self.locations[copy.path].add(row.line)

    def matcher(self, roots: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
        """A test for rows of an artifact made from the source roots ``{sha: path}``."""
        by_path: dict[str, set[int]] = defaultdict(set)
        ids: set[str] = set()
        for sha, path in roots.items():
            by_path[path] |= self.lines.get(sha, set())
            ids |= self.ids.get(sha, set())
        pattern = (
            re.compile("|".join(re.escape(t) for t in sorted(self.tokens, key=len, reverse=True)))
            if self.tokens
            else None
        )
        row_test = self.row_test

        def matches(row: dict[str, Any]) -> bool:
            source, line = row.get("source"), row.get("line")
            if isinstance(source, str) and isinstance(line, int):
                if line in by_path.get(source, ()):
                    return True
            else:
                record_id = row.get("id", row.get("record_id"))
                if record_id is not None and str(record_id) in ids:
                    return True
            if pattern is not None and any(
                isinstance(v, str) and pattern.search(v) for v in row.values()
            ):
                return True
            return row_test is not None and row_test(row)

        return matches


def _text_pattern(key: str) -> re.Pattern[str] | None:
    """How a key is looked for inside free text: normalised, as a whole word where it starts or
    ends with a Latin letter or digit (so "Wang" does not match "Wangfujing"); keys under
    ``_MIN_TEXT_CHARS`` characters are matched only as whole subject-field values."""
    norm_key = _norm(key)
    if len(norm_key) < _MIN_TEXT_CHARS:
        return None
    before = r"(?<![a-z0-9])" if norm_key[0].isascii() and norm_key[0].isalnum() else ""
    after = r"(?![a-z0-9])" if norm_key[-1].isascii() and norm_key[-1].isalnum() else ""
    return re.compile(before + re.escape(norm_key) + after)


class SubjectResolver:
    """Resolve a subject key to a :class:`Selection`, the way the operators saw the value."""

    def __init__(
        self,
        store: Store,
        vault_key: bytes,
        *,
        id_field: str = "message_id",
        subject_fields: Sequence[str] = (),
        hash_length: int = 16,
    ) -> None:
        self.store = store
        self.vault_key = vault_key
        self.id_field = id_field
        self.subject_fields = tuple(subject_fields)
        self.hash_length = hash_length

    def resolve(self, key: str) -> Selection:
        key = key.strip()
        if not key:
            raise StewardError("the subject key is empty", where="--subject")
        selection = Selection()
        text_re = _text_pattern(key)
        variants = {key, unicodedata.normalize("NFKC", key)}
        for copy in SourceCopies(self.store).all():
            if copy.blob is None:
                continue
            for row in _read_source_rows(self.store, copy.blob, copy.path):
                found = self._match(key, text_re, row)
                if found is None:
                    continue
                via, spans = found
                variants.update(spans)
                record_id = (
                    str(row.obj[self.id_field])
                    if row.obj and row.obj.get(self.id_field) not in (None, "")
                    else f"{Path(copy.path).name}:{row.line}"
                )
                selection.add_line(copy, row, record_id, via)
        self._add_tokens(selection, variants, key)

        def mentions(text: str) -> set[str] | None:
            found = self._match(key, text_re, SourceRow(0, 0, None, text))
            return None if found is None else found[1]

        selection.text_finder = mentions
        return selection

    def _match(
        self, key: str, text_re: re.Pattern[str] | None, row: SourceRow
    ) -> tuple[str, set[str]] | None:
        norm_key, key_digits = _norm(key), _digits(key)
        numberish = bool(_NUMBERISH_RE.match(key)) and len(key_digits) >= _MIN_DIGITS
        if row.obj is not None:
            for name in self.subject_fields:
                value = row.obj.get(name)
                if value is not None and _norm(str(value)) == norm_key:
                    return f"field:{name}", set()
            texts = [v for v in row.obj.values() if isinstance(v, str)]
        else:
            texts = [row.raw]
        spans: set[str] = set()
        via = None
        for text in texts:
            if text_re is not None and text_re.search(_norm(text)):
                via = via or "source_text"
                spans.update(m.group(0) for m in re.finditer(re.escape(key), text, re.IGNORECASE))
            if numberish:
                for m in _DIGIT_RUN_RE.finditer(unicodedata.normalize("NFKC", text)):
                    run = _digits(m.group(0))
                    short, long_ = sorted((run, key_digits), key=len)
                    if len(short) >= _MIN_DIGITS and (run == key_digits or long_.endswith(short)):
                        via = via or "source_number"
                        spans.add(m.group(0).strip())
        return (via, spans) if via else None

    def _add_tokens(self, selection: Selection, variants: Iterable[str], key: str) -> None:
        from steward.data.pii.operators.hashing import HashOperator
        from steward.data.pii.operators.pseudonymize import PseudonymizeOperator
        from steward.data.pii.vault import VaultCipher

        hasher = HashOperator(self.vault_key, length=self.hash_length)
        pseudonymizer = PseudonymizeOperator(self.vault_key)
        cipher = VaultCipher(self.vault_key)
        fake_labels: tuple[str, ...] = ()
        if _EMAIL_RE.match(key):
            fake_labels = ("EMAIL_ADDRESS",)
        elif _NUMBERISH_RE.match(key) and len(_digits(key)) >= _MIN_DIGITS:
            fake_labels = _NUMBER_LABELS
        for value in {v for v in variants if v.strip()}:
            for label in PII_LABELS:
                selection.tokens.add(hasher.operate(value, label))
                vault_token = cipher.token_for(value, label)
                selection.tokens.add(vault_token)
                selection.vault_tokens.add(vault_token)
            for label in fake_labels:
                fake = pseudonymizer.operate(value, label)
                if len(fake) >= _MIN_DIGITS:
                    selection.tokens.add(fake)


class RetentionSelector:
    """Rows past the retention period, found by the timestamp in the stored source copies (or
    in the row itself when the governed data keeps it)."""

    def __init__(self, store: Store, rule: RetentionRule) -> None:
        self.store = store
        self.rule = rule

    def resolve(self) -> Selection:
        selection = Selection()
        field_name = self.rule.timestamp_field
        for copy in SourceCopies(self.store).all():
            if copy.blob is None:
                continue
            for row in _read_source_rows(self.store, copy.blob, copy.path):
                if row.obj is not None and self.rule.is_expired(row.obj):
                    selection.add_line(copy, row, f"{copy.path}:{row.line}", "timestamp")

        def own_timestamp(row: dict[str, Any]) -> bool:
            stamp = parse_timestamp(row.get(field_name))
            return stamp is not None and stamp < self.rule.cutoff

        selection.row_test = own_timestamp
        return selection


# -- applying a selection --------------------------------------------------------------------
@dataclass(frozen=True)
class Rewrite:
    kind: str
    old: str
    new: str | None  # None in a dry run
    removed: int
    kept: int

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class RightsOutcome:
    """What a request did; holds no personal values (safe to print, log and store)."""

    request_id: str
    action: str
    subject: str
    dry_run: bool
    rewrites: list[Rewrite] = field(default_factory=list)
    sources_redacted: list[Rewrite] = field(default_factory=list)
    erased_blobs: list[str] = field(default_factory=list)
    affected_datasets: list[str] = field(default_factory=list)
    models_flagged: list[str] = field(default_factory=list)
    vault_deleted: int = 0
    run_files_rewritten: list[str] = field(default_factory=list)
    source_locations: dict[str, list[int]] = field(default_factory=dict)
    matched_via: dict[str, int] = field(default_factory=dict)
    undated_rows: int = 0
    feedback_erased: int = 0
    incidents_redacted: int = 0
    ledger_seq: int | None = None

    @property
    def rows_removed(self) -> int:
        return sum(r.removed for r in self.rewrites if r.kind == "dataset")

    def to_dict(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id,
            "action": self.action,
            "subject": self.subject,
            "dry_run": self.dry_run,
            "rows_removed": self.rows_removed,
            "rewrites": [r.to_dict() for r in self.rewrites],
            "sources_redacted": [r.to_dict() for r in self.sources_redacted],
            "erased_blobs": self.erased_blobs,
            "affected_datasets": self.affected_datasets,
            "models_flagged": self.models_flagged,
            "vault_deleted": self.vault_deleted,
            "run_files_rewritten": self.run_files_rewritten,
            "source_locations": self.source_locations,
            "matched_via": self.matched_via,
            "undated_rows": self.undated_rows,
            "feedback_erased": self.feedback_erased,
            "incidents_redacted": self.incidents_redacted,
            "ledger_seq": self.ledger_seq,
        }


ERASED = "<ERASED>"


def _string_fields(details: dict[str, Any]) -> dict[str, str]:
    return {name: value for name, value in details.items() if isinstance(value, str) and value}


def _incident_texts(incident: IncidentRow) -> dict[str, str]:
    texts = {
        name: value
        for name in ("title", "root_cause", "resolution_note")
        if isinstance(value := getattr(incident, name), str) and value
    }
    texts.update(
        {f"details.{name}": value for name, value in _string_fields(incident.details or {}).items()}
    )
    return texts


def _read_jsonl(store: Store, path: Path) -> list[dict[str, Any]]:
    """The rows of a JSONL file of the store (decrypted when it is an envelope)."""
    text = store.read_file(path).decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _jsonl_bytes(rows: Iterable[dict[str, Any]]) -> bytes:
    return "".join(
        json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows
    ).encode("utf-8")


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    path.write_bytes(_jsonl_bytes(rows))


class Eraser:
    """Applies a :class:`Selection` to the store: new versions, erasure, vault, flags, ledger."""

    def __init__(
        self,
        store: Store,
        *,
        actor: str,
        vault_key: bytes,
        erase_superseded: bool = True,
        kinds: Sequence[str] = ROW_KINDS,
    ) -> None:
        self.store = store
        self.actor = actor
        self.vault_key = vault_key
        self.erase_superseded = erase_superseded
        self.kinds = tuple(kinds)
        from steward.data.pii.vault import VaultEntryRow

        Base.metadata.create_all(
            store.engine,
            tables=[ModelFlagRow.__table__, VaultEntryRow.__table__],  # type: ignore[list-item]
        )

    # -- the artifact graph --------------------------------------------------------------
    def _current(self, kinds: Sequence[str]) -> list[ArtifactRecord]:
        """Newest versions: artifacts of ``kinds`` that no artifact of the same kind replaces."""
        with self.store.session() as session:
            kind_of = {
                sha: kind
                for sha, kind in session.execute(select(ArtifactRow.sha256, ArtifactRow.kind))
            }
            edges = session.execute(
                select(ArtifactParentRow.parent_sha256, ArtifactParentRow.child_sha256)
            ).tuples()
            replaced = {
                parent for parent, child in edges if kind_of.get(parent) == kind_of.get(child)
            }
        return [
            self.store.get(sha)
            for sha, kind in sorted(kind_of.items())
            if kind in kinds and sha not in replaced
        ]

    def _same_kind_ancestors(self, sha: str) -> list[ArtifactRecord]:
        kind = self.store.get(sha).kind
        return [r for r in self.store.lineage(sha) if r.kind == kind]

    def _roots(self, sha: str, copies: dict[str, SourceCopy]) -> dict[str, str]:
        roots = {}
        for record in self.store.lineage(sha):
            if record.kind == SOURCE_KIND and record.sha256 in copies:
                copy = copies[record.sha256]
                roots[copy.root] = copy.path
        return roots

    # -- the request ---------------------------------------------------------------------
    def apply(
        self,
        selection: Selection,
        *,
        action: str,
        subject: str,
        request_id: str,
        reason: str,
        dry_run: bool = False,
        details: dict[str, Any] | None = None,
    ) -> RightsOutcome:
        outcome = RightsOutcome(request_id, action, subject, dry_run)
        outcome.matched_via = dict(selection.via)
        outcome.source_locations = {p: sorted(v) for p, v in sorted(selection.locations.items())}
        copies = {c.record.sha256: c for c in SourceCopies(self.store).all()}
        removed_tokens: set[str] = set()
        removed_ids: dict[str, set[str]] = defaultdict(set)  # run id → record ids
        superseded: list[ArtifactRecord] = []
        from steward.data.pii.vault import TOKEN_RE

        with tempfile.TemporaryDirectory(prefix="steward-rights-") as tmp:
            for record in self._current(self.kinds):
                blob = self.store._blob_path(record.sha256)
                if record.is_directory or not blob.exists():
                    continue
                matches = selection.matcher(self._roots(record.sha256, copies))
                rows = _read_jsonl(self.store, blob)
                kept = [row for row in rows if not matches(row)]
                gone = [row for row in rows if matches(row)]
                if not gone:
                    continue
                for row in gone:
                    removed_tokens.update(
                        m.group(0)
                        for v in row.values()
                        if isinstance(v, str)
                        for m in TOKEN_RE.finditer(v)
                    )
                    if record.run_id and row.get("id") is not None:
                        removed_ids[record.run_id].add(str(row["id"]))
                new_sha = None
                if not dry_run:
                    new_sha = self._new_version(record, kept, len(gone), request_id, action, tmp)
                    self._replace_run_copy(record, new_sha, outcome)
                outcome.rewrites.append(
                    Rewrite(record.kind, record.sha256, new_sha, len(gone), len(kept))
                )
                superseded.extend(self._same_kind_ancestors(record.sha256))
                if record.kind == "dataset":
                    outcome.affected_datasets.extend(
                        r.sha256 for r in self._same_kind_ancestors(record.sha256)
                    )
            outcome.sources_redacted = self._redact_sources(
                selection, copies, request_id, action, tmp, dry_run
            )
            superseded.extend(self._old_source_copies(selection, copies, outcome))
        outcome.affected_datasets = sorted(set(outcome.affected_datasets))
        if selection.text_finder is not None:
            outcome.feedback_erased, outcome.incidents_redacted, in_records = (
                self._erase_operational(selection, request_id, dry_run)
            )
            removed_tokens |= in_records
        if not dry_run:
            self._filter_predictions(removed_ids, outcome)
            if self.erase_superseded:
                outcome.erased_blobs = self._erase({r.sha256: r for r in superseded})
            outcome.vault_deleted = self._delete_vault(
                (selection.vault_tokens | removed_tokens) - self._tokens_in_use()
            )
        outcome.models_flagged = self._flag_models(
            set(outcome.affected_datasets), reason, request_id, dry_run
        )
        if not dry_run:
            outcome.ledger_seq = self._record(outcome, details or {})
        return outcome

    def _new_version(
        self,
        old: ArtifactRecord,
        rows: list[dict[str, Any]],
        removed: int,
        request_id: str,
        action: str,
        tmp: str,
    ) -> str:
        folder = Path(tmp) / old.sha256[:16]
        folder.mkdir()
        path = folder / old.name
        _write_jsonl(path, rows)
        meta: dict[str, Any] = {
            "forgotten": removed,
            "request": request_id,
            "action": action,
            "rows": len(rows),
        }
        if old.kind == "dataset":
            meta["splits"] = dict(Counter(str(r.get("split")) for r in rows))
            meta["stratified"] = old.meta.get("stratified")
        record = self.store.put(
            path,
            kind=old.kind,
            parents=[old.sha256],
            run_id=old.run_id,
            policy_sha256=old.policy_sha256,
            meta=meta,
        )
        return record.sha256

    def _replace_run_copy(self, old: ArtifactRecord, new_sha: str, outcome: RightsOutcome) -> None:
        """The run folder keeps a plain copy of what it stored; keep it equal to the store."""
        if not old.run_id:
            return
        copy = self.store.home / "runs" / old.run_id / old.name
        if copy.is_file() and self._plain_sha256(copy) == old.sha256:
            # sealed again when the store is encrypted, as the run left it
            self.store.write_file(copy, self.store.read_blob(new_sha))
            outcome.run_files_rewritten.append(str(copy))

    def _plain_sha256(self, path: Path) -> str:
        with self.store.open_file(path) as handle:
            return sha256_stream(handle)

    def _filter_predictions(self, ids: dict[str, set[str]], outcome: RightsOutcome) -> None:
        for run_id, removed in ids.items():
            path = self.store.home / "runs" / run_id / "predictions.jsonl"
            if not path.is_file():
                continue
            rows = _read_jsonl(self.store, path)
            kept = [r for r in rows if str(r.get("id")) not in removed]
            if len(kept) != len(rows):
                self.store.write_file(path, _jsonl_bytes(kept))  # atomic, sealed if encrypted
                outcome.run_files_rewritten.append(str(path))

    def _redact_sources(
        self,
        selection: Selection,
        copies: dict[str, SourceCopy],
        request_id: str,
        action: str,
        tmp: str,
        dry_run: bool,
    ) -> list[Rewrite]:
        """New version of the store's copy of each source file, the selected lines blanked (so
        every other row keeps its line number)."""
        newest: dict[str, SourceCopy] = {}
        replaced = {p for c in copies.values() for p in c.record.parents}
        for copy in copies.values():
            if copy.record.sha256 not in replaced and copy.blob is not None:
                newest[copy.root] = copy
        rewrites = []
        for root, copy in sorted(newest.items()):
            lines = selection.lines.get(root, set())
            assert copy.blob is not None
            blank: set[int] = set()
            for line in lines:
                blank.update(range(selection.spans[root].get(line, line), line + 1))
            data = self.store.read_file(copy.blob).split(b"\n")
            hit = {n for n in blank if n <= len(data) and data[n - 1].strip()}
            if not hit:
                continue
            new_sha = None
            if not dry_run:
                for n in hit:
                    data[n - 1] = b"\r" if data[n - 1].endswith(b"\r") else b""
                folder = Path(tmp) / f"src-{copy.record.sha256[:16]}"
                folder.mkdir()
                path = folder / copy.record.name
                path.write_bytes(b"\n".join(data))
                new_sha = self.store.put(
                    path,
                    kind=SOURCE_KIND,
                    parents=[copy.record.sha256],
                    meta={
                        "path": copy.path,
                        "forgotten": len(lines),
                        "request": request_id,
                        "action": action,
                    },
                ).sha256
            rewrites.append(Rewrite(SOURCE_KIND, copy.record.sha256, new_sha, len(lines), 0))
        return rewrites

    @staticmethod
    def _old_source_copies(
        selection: Selection, copies: dict[str, SourceCopy], outcome: RightsOutcome
    ) -> list[ArtifactRecord]:
        """Every stored copy of a source that held selected lines, except the redacted newest
        one (a re-run may have stored the original again, so look at all of them)."""
        replaced = {p for c in copies.values() for p in c.record.parents}
        redacted = {r.old for r in outcome.sources_redacted}
        keep = {sha for sha in copies if sha not in replaced and sha not in redacted}
        return [
            c.record for sha, c in copies.items() if selection.lines.get(c.root) and sha not in keep
        ]

    def _erase(self, records: dict[str, ArtifactRecord]) -> list[str]:
        """Delete the stored bytes of superseded versions (their rows and lineage stay)."""
        erased = []
        for sha, record in sorted(records.items()):
            if record.is_directory:
                continue
            blob = self.store._blob_path(sha)
            if blob.exists():
                blob.unlink()
                erased.append(sha)
        return erased

    def _tokens_in_use(self) -> set[str]:
        from steward.data.pii.vault import TOKEN_RE

        used: set[str] = set()
        for record in self._current(self.kinds):
            blob = self.store._blob_path(record.sha256)
            if not record.is_directory and blob.exists():
                text = self.store.read_file(blob).decode("utf-8", errors="replace")
                # whole tokens (findall would give the groups)
                used.update(m.group(0) for m in TOKEN_RE.finditer(text))
        for texts in self._operational_texts():
            for text in texts.values():
                used.update(m.group(0) for m in TOKEN_RE.finditer(text))
        return used

    def _operational_texts(self) -> Iterator[dict[str, str]]:
        """The free texts of every feedback row and incident (field name -> text)."""
        with self.store.session() as session:
            for feedback in session.scalars(select(FeedbackRow)):
                yield _string_fields(feedback.details or {})
            for incident in session.scalars(select(IncidentRow)):
                yield _incident_texts(incident)

    def _erase_operational(
        self, selection: Selection, request_id: str, dry_run: bool
    ) -> tuple[int, int, set[str]]:
        """Empty the free text of feedback rows that mention the subject and replace the
        mentions in incidents; return (feedback rows, incidents, vault tokens they held)."""
        from steward.data.pii.vault import TOKEN_RE

        finder = selection.text_finder
        assert finder is not None
        pattern = (
            re.compile(
                "|".join(re.escape(t) for t in sorted(selection.tokens, key=len, reverse=True))
            )
            if selection.tokens
            else None
        )

        def mentions(text: str) -> set[str] | None:
            found = finder(text)
            tokens = {m.group(0) for m in pattern.finditer(text)} if pattern is not None else set()
            if found is None and not tokens:
                return None
            return (found or set()) | tokens

        feedback_erased = incidents_redacted = 0
        held: set[str] = set()
        sqlite = self.store.engine.dialect.name == "sqlite"
        with self.store.session() as session, session.begin():
            if sqlite and not dry_run:
                # Overwrite the old row contents with zeros instead of leaving them in free
                # space, where the database file would still hold them.
                session.execute(sql_text("PRAGMA secure_delete=ON"))
            # Erasure is rare and these tables are small next to the data sets: read them all.
            for feedback in session.scalars(select(FeedbackRow)):
                texts = _string_fields(feedback.details or {})
                if not any(mentions(text) is not None for text in texts.values()):
                    continue
                feedback_erased += 1
                held.update(m.group(0) for text in texts.values() for m in TOKEN_RE.finditer(text))
                if not dry_run:
                    # The whole comment goes: it is the subject's own words about themselves.
                    feedback.details = {
                        **(feedback.details or {}),
                        **{name: "" for name in texts},
                        "erased_by": request_id,
                    }
            for incident in session.scalars(select(IncidentRow)):
                texts = _incident_texts(incident)
                found = {name: mentions(text) for name, text in texts.items()}
                hits = {name: spans for name, spans in found.items() if spans is not None}
                if not hits:
                    continue
                incidents_redacted += 1
                if dry_run:
                    continue
                details = dict(incident.details or {})
                for name, spans in hits.items():
                    text = texts[name]
                    # Longest first, so a value inside a longer one does not leave a tail.
                    for span in sorted(spans, key=len, reverse=True):
                        text = text.replace(span, ERASED)
                    if not spans:  # mentioned in a form with nothing exact to replace
                        text = ERASED
                    if name.startswith("details."):
                        details[name.removeprefix("details.")] = text
                    else:
                        setattr(incident, name, text)
                incident.details = {**details, "erased_by": request_id}
        if sqlite and not dry_run and (feedback_erased or incidents_redacted):
            self._checkpoint()
        return feedback_erased, incidents_redacted, held

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it: until then the log
        still holds the pages as they were before the erasure. Best effort: a reader that
        holds an old snapshot keeps the log until it finishes (SQLite's busy result)."""
        raw = self.store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        finally:
            raw.close()

    def _delete_vault(self, tokens: set[str]) -> int:
        from steward.data.pii.vault import VaultEntryRow

        if not tokens:
            return 0
        deleted = 0
        batch = sorted(tokens)
        with self.store.session() as session, session.begin():
            for i in range(0, len(batch), 500):
                result = session.execute(
                    delete(VaultEntryRow).where(VaultEntryRow.token.in_(batch[i : i + 500]))
                )
                deleted += int(getattr(result, "rowcount", 0) or 0)
        return deleted

    def _flag_models(
        self, datasets: set[str], reason: str, request_id: str, dry_run: bool
    ) -> list[str]:
        if not datasets:
            return []
        flagged = []
        with self.store.session() as session:
            models = list(
                session.scalars(select(ModelRow).order_by(ModelRow.name, ModelRow.version))
            )
        for model in models:
            lineage = {r.sha256 for r in self.store.lineage(model.artifact_sha256)}
            hit = sorted(lineage & datasets)
            if not hit:
                continue
            flagged.append(f"{model.name}:{model.version}")
            if dry_run:
                continue
            with self.store.session() as session, session.begin():
                session.add(
                    ModelFlagRow(
                        model_id=model.id,
                        flag=RETRAIN,
                        reason=reason,
                        request_id=request_id,
                        artifacts=hit,
                        created_at=utc_now(),
                    )
                )
        return flagged

    def _record(self, outcome: RightsOutcome, details: dict[str, Any]) -> int:
        from steward.accountability.ledger import Ledger

        artifacts = [r.old for r in outcome.rewrites] + [r.new for r in outcome.rewrites if r.new]
        entry = Ledger(self.store).append(
            actor=self.actor,
            action=outcome.action,
            subject=outcome.subject,
            outcome="ok"
            if outcome.rewrites
            or outcome.sources_redacted
            or outcome.feedback_erased
            or outcome.incidents_redacted
            else "nothing_found",
            artifacts=artifacts,
            details={
                **details,
                "request_id": outcome.request_id,
                "rows_removed": {
                    kind: sum(r.removed for r in outcome.rewrites if r.kind == kind)
                    for kind in sorted({r.kind for r in outcome.rewrites})
                },
                "versions": {r.old: r.new for r in outcome.rewrites},
                "sources_redacted": {r.old: r.new for r in outcome.sources_redacted},
                "erased_blobs": len(outcome.erased_blobs),
                "models_flagged": outcome.models_flagged,
                "vault_entries_deleted": outcome.vault_deleted,
                "feedback_erased": outcome.feedback_erased,
                "incidents_redacted": outcome.incidents_redacted,
                "matched_via": outcome.matched_via,
                # Which of the user's files still hold the rows (paths and counts, no values).
                "source_files": {p: len(v) for p, v in outcome.source_locations.items()},
            },
        )
        return entry.seq


# -- the two requests ------------------------------------------------------------------------
def _check_role(actor: str, roles_policy: Any) -> list[str]:
    """Erasure is irreversible: with a policy, the actor must hold a role that may erase,
    whatever ``roles.enforce`` says (as for de-anonymization)."""
    if roles_policy is None:
        return []
    from steward.accountability.roles import Permission, require

    return require(actor, Permission.ERASE, roles_policy, always=True)


class DataRights:
    """``forget`` a data subject or ``purge_expired`` rows, across every governed data set."""

    def __init__(
        self,
        store: Store,
        *,
        actor: str,
        id_field: str = "message_id",
        subject_fields: Sequence[str] = (),
        roles_policy: Any = None,
        vault_key: bytes | None = None,
        erase_superseded: bool = True,
    ) -> None:
        from steward.data.pii.vault import load_vault_key

        self.store = store
        self.actor = actor
        self.id_field = id_field
        self.subject_fields = tuple(subject_fields)
        self.roles_policy = roles_policy
        self.vault_key = vault_key if vault_key is not None else load_vault_key(store.home)
        self.eraser = Eraser(
            store, actor=actor, vault_key=self.vault_key, erase_superseded=erase_superseded
        )

    def forget(self, key: str, *, dry_run: bool = False, reason: str = "") -> RightsOutcome:
        """``reason``: why, in the requester's words (the console asks for it); it goes into
        the ledger, which nothing erases, so it must not name the subject."""
        roles = _check_role(self.actor, self.roles_policy)
        key_digits = _digits(key)
        if reason and (
            _norm(key) in _norm(reason)
            or (len(key_digits) >= _MIN_DIGITS and key_digits in _digits(reason))
        ):
            raise StewardError(
                "the reason names the data subject: the ledger keeps it forever, so describe "
                "the request without the subject's key",
                where="reason",
            )
        selection = SubjectResolver(
            self.store,
            self.vault_key,
            id_field=self.id_field,
            subject_fields=self.subject_fields,
        ).resolve(key)
        request_id = new_request_id("forget")
        return self.eraser.apply(
            selection,
            action=FORGET_ACTION,
            subject=subject_ref(key, self.vault_key),
            request_id=request_id,
            reason=f"data-subject erasure request {request_id}",
            dry_run=dry_run,
            details={"roles": roles, **({"reason": reason.strip()} if reason.strip() else {})},
        )

    def current_datasets(self) -> list[ArtifactRecord]:
        """The newest version of every governed data set: what a request would rewrite."""
        return self.eraser._current(("dataset",))

    def purge_expired(self, rule: RetentionRule, *, dry_run: bool = False) -> RightsOutcome:
        roles = _check_role(self.actor, self.roles_policy)
        selection = RetentionSelector(self.store, rule).resolve()
        request_id = new_request_id("retention")
        outcome = self.eraser.apply(
            selection,
            action=RETENTION_ACTION,
            subject="data.retention",
            request_id=request_id,
            reason=f"rows past {rule.days}-day retention removed ({request_id})",
            dry_run=dry_run,
            details={
                "roles": roles,
                "days": rule.days,
                "timestamp_field": rule.timestamp_field,
                "cutoff": rule.cutoff.isoformat(),
                "undated_rows": rule.undated,
            },
        )
        outcome.undated_rows = rule.undated
        return outcome


def model_flags(store: Store, model_id: int | None = None) -> list[dict[str, Any]]:
    """Flags raised on registered models (for ``models show`` and the gate)."""
    Base.metadata.create_all(store.engine, tables=[ModelFlagRow.__table__])  # type: ignore[list-item]
    with store.session() as session:
        query = select(ModelFlagRow).order_by(ModelFlagRow.id)
        if model_id is not None:
            query = query.where(ModelFlagRow.model_id == model_id)
        return [
            {
                "model_id": row.model_id,
                "flag": row.flag,
                "reason": row.reason,
                "request_id": row.request_id,
                "artifacts": list(row.artifacts or []),
                "created_at": row.created_at,
            }
            for row in session.scalars(query)
        ]
