"""``steward pii``: find and anonymize personal data in JSONL, CSV or Parquet files of any size,
and reverse vault tokens (privacy officers only). Thin: parse, build the task, stream, print."""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from steward.cli_common import HomeOption, friendly_errors, open_store
from steward.config import PII_MAX_FIELD_CHARS
from steward.data.stream import RecordError, RecordTask
from steward.errors import StewardError

pii_app = typer.Typer(
    help="Find, anonymize and (role-checked) de-anonymize personal data in files.",
    no_args_is_help=True,
)


# -- tasks (picklable; run in worker processes) ---------------------------------------------
def _text_of(record: dict[str, Any], text_field: str) -> str:
    text = record.get(text_field)
    if text is None:
        raise RecordError(f"missing field {text_field!r}", field=text_field)
    if not isinstance(text, str):
        raise RecordError(
            f"not a string (got {type(text).__name__})", field=text_field, kind="not a string"
        )
    return text


def _batch_detector(
    labels: list[str] | None, ner: str = "lexicon", business_numbers: str = "skip"
) -> Callable[[list[str]], list[list[Any]]]:
    """Detect in a list of texts with one analyzer (its batch call lets spaCy batch its NER)."""
    from steward.data.pii import Analyzer

    return Analyzer(labels, ner=ner, business_numbers=business_numbers).analyze_batch


# Detection of a text depends on that text alone, so a message repeated in a log ("Thanks!",
# "How do I reset my PIN?") is analysed once per worker. Bounded: at most this many texts of at
# most this many characters are remembered (least recently seen first out), a few MB a worker.
DETECTION_MEMO_TEXTS = 65_536
DETECTION_MEMO_MAX_CHARS = 512


class DetectionMemo:
    """Entities found per text, for the texts last seen (an LRU): ``detect`` analyses only the
    texts of a batch it has not seen, each distinct text once, and answers the rest from memory.
    ``hits`` and ``misses`` count texts answered from memory and analysed."""

    def __init__(
        self,
        detect: Callable[[list[str]], list[list[Any]]],
        max_texts: int = DETECTION_MEMO_TEXTS,
        max_chars: int = DETECTION_MEMO_MAX_CHARS,
    ) -> None:
        self._detect = detect
        self.max_texts = max_texts
        self.max_chars = max_chars
        self._found: OrderedDict[str, tuple[Any, ...]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def detect(self, texts: list[str]) -> list[list[Any]]:
        memo = self._found
        answers: list[tuple[Any, ...] | None] = []
        todo: dict[str, None] = {}  # distinct unseen texts, in first-seen order
        for text in texts:
            known = memo.get(text)
            if known is not None:
                memo.move_to_end(text)
                self.hits += 1
            elif text not in todo:
                todo[text] = None
            answers.append(known)
        fresh: dict[str, tuple[Any, ...]] = {}
        if todo:
            unseen = list(todo)
            self.misses += len(unseen)
            for text, entities in zip(unseen, self._detect(unseen), strict=True):
                fresh[text] = tuple(entities)
                if self.max_texts and len(text) <= self.max_chars:
                    memo[text] = fresh[text]
            while len(memo) > self.max_texts:
                memo.popitem(last=False)
        return [
            list(known if known is not None else fresh[text])
            for text, known in zip(texts, answers, strict=True)
        ]


class _TextTask(RecordTask):
    """Validates the text field of each record and detects entities for a whole chunk. A text
    longer than ``max_chars`` (0: no limit) is rejected to the errors file with its line."""

    def __init__(
        self,
        text_field: str,
        labels: list[str] | None,
        ner: str = "lexicon",
        max_chars: int = PII_MAX_FIELD_CHARS,
        business_numbers: str = "skip",
    ) -> None:
        self.text_field = text_field
        self.labels = labels
        self.ner = ner
        self.max_chars = max_chars
        self.business_numbers = business_numbers
        self._detect: Callable[[list[str]], list[list[Any]]] | None = None
        self._counts: Counter[str] = Counter()

    def setup(self) -> None:
        self._detect = DetectionMemo(
            _batch_detector(self.labels, self.ner, self.business_numbers)
        ).detect

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_detect": None}  # built again in each process

    def apply(self, record: dict[str, Any], text: str, entities: list[Any]) -> dict[str, Any]:
        raise NotImplementedError

    def process(self, record: dict[str, Any], line: int) -> dict[str, Any]:
        result = self.process_batch([(line, record)])[0]
        if isinstance(result, RecordError):
            raise result
        return result

    def process_batch(
        self, items: list[tuple[int, dict[str, Any]]]
    ) -> list[dict[str, Any] | RecordError]:
        if self._detect is None:
            self.setup()
        assert self._detect is not None
        results: list[dict[str, Any] | RecordError] = []
        texts: dict[int, str] = {}
        for i, (_line, record) in enumerate(items):
            try:
                text = _text_of(record, self.text_field)
                if self.max_chars and len(text) > self.max_chars:
                    raise RecordError(
                        f"text over --max-field-chars ({len(text):,} characters > "
                        f"{self.max_chars:,}); raise the limit to anonymize it",
                        field=self.text_field,
                        kind="text over --max-field-chars",
                    )
                texts[i] = text
                results.append(record)
            except RecordError as exc:
                results.append(exc)
        found = dict(zip(texts, self._detect(list(texts.values())), strict=True))
        for i, entities in found.items():
            self._counts.update(e.label for e in entities)
            results[i] = self.apply(items[i][1], texts[i], entities)
        return results


class DetectTask(_TextTask):
    """Adds ``entities``: ``[{start, end, label, score}]`` found in ``text_field``."""

    def __init__(
        self,
        text_field: str = "text",
        labels: list[str] | None = None,
        ner: str = "lexicon",
        max_chars: int = PII_MAX_FIELD_CHARS,
        business_numbers: str = "skip",
    ) -> None:
        super().__init__(text_field, labels, ner, max_chars, business_numbers)

    def apply(self, record: dict[str, Any], text: str, entities: list[Any]) -> dict[str, Any]:
        record["entities"] = [
            {"start": e.start, "end": e.end, "label": e.label, "score": e.score} for e in entities
        ]
        return record

    def drain(self) -> Any:
        counts, self._counts = dict(self._counts), Counter()
        return {"labels": counts}


class AnonymizeTask(_TextTask):
    """Replaces ``text_field`` with its anonymized text (optionally adding ``pii_items``)."""

    def __init__(
        self,
        text_field: str = "text",
        labels: list[str] | None = None,
        *,
        default: str = "replace",
        operators: dict[str, Any] | None = None,
        params: dict[str, dict[str, Any]] | None = None,
        key: bytes | None = None,
        with_items: bool = False,
        ner: str = "lexicon",
        max_chars: int = PII_MAX_FIELD_CHARS,
        business_numbers: str = "skip",
    ) -> None:
        super().__init__(text_field, labels, ner, max_chars, business_numbers)
        self.default = default
        self.operators = operators or {}
        self.params = params or {}
        self.key = key
        self.with_items = with_items
        self._anonymizer: Any = None

    def setup(self) -> None:
        from steward.data.pii.anonymize import Anonymizer

        super().setup()
        self._anonymizer = Anonymizer(
            self.operators, self.default, key=self.key, params=self.params
        )

    def __getstate__(self) -> dict[str, Any]:
        return {**super().__getstate__(), "_anonymizer": None}

    def apply(self, record: dict[str, Any], text: str, entities: list[Any]) -> dict[str, Any]:
        result = self._anonymizer.anonymize(text, entities)
        record[self.text_field] = result.text
        if self.with_items:
            record["pii_items"] = [
                {"start": i.start, "end": i.end, "label": i.label, "operator": i.operator}
                for i in result.items
            ]
        return record

    def drain(self) -> Any:
        counts, self._counts = dict(self._counts), Counter()
        return {"labels": counts, "sealed": self._anonymizer.drain_sealed()}


# -- options ---------------------------------------------------------------------------------
InputArg = Annotated[Path, typer.Argument(help="JSONL, CSV or Parquet file")]
OutOption = Annotated[Path, typer.Option("--out", "-o", help="JSONL file to write")]
TextFieldOption = Annotated[str, typer.Option("--text-field", help="Field holding the text")]
LabelsOption = Annotated[
    list[str] | None,
    typer.Option("--labels", help="Only these labels (repeat, or comma-separate)"),
]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", "-w", min=1, help="Processes (default: all cores)")
]
ErrorsOption = Annotated[
    Path | None,
    typer.Option("--errors", help="JSONL of malformed lines (default: <out>.errors.jsonl)"),
]
FormatOption = Annotated[
    str, typer.Option("--format", help="auto (from the suffix), jsonl, csv or parquet")
]
NerOption = Annotated[
    str,
    typer.Option(
        "--ner",
        help="English names: lexicon (default, no model) or spacy (adds spaCy NER; slower)",
    ),
]
ChunkOption = Annotated[float, typer.Option("--chunk-mb", min=0.01, help="JSONL chunk size")]
MaxCharsOption = Annotated[
    int,
    typer.Option(
        "--max-field-chars",
        min=0,
        help="Texts longer than this (characters) go to the errors file with their line; "
        "0: no limit (long texts are read in windows, in linear time)",
    ),
]
BusinessNumbersOption = Annotated[
    str,
    typer.Option(
        "--business-numbers",
        help="Hotlines a business publishes (CN 400/800/95xxx, UK 0345/0800, US 1-800): "
        "skip (default: not personal) or report (as PHONE_NUMBER)",
    ),
]
EngineOption = Annotated[
    str,
    typer.Option(
        "--engine",
        help="embedded (default: this machine's processes) or ray (a local Ray started for the "
        "job, or the cluster in RAY_ADDRESS; needs pip install 'steward[ray]')",
    ),
]
ProgressOption = Annotated[
    bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a tty)")
]


def _labels(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    labels = [v.strip() for value in values for v in value.split(",") if v.strip()]
    from steward.data.pii import detect

    try:
        detect("", labels)
    except KeyError as exc:
        raise StewardError(f"unknown label {exc}", where="--labels") from None
    except ValueError as exc:
        raise StewardError(str(exc), where="--labels") from None
    return labels


def _ner(value: str) -> str:
    if value not in ("lexicon", "spacy"):
        raise StewardError(f"expected lexicon or spacy, got {value!r}", where="--ner")
    return value


def _business_numbers(value: str) -> str:
    if value not in ("skip", "report"):
        raise StewardError(f"expected skip or report, got {value!r}", where="--business-numbers")
    return value


def _format(value: str) -> Any:
    if value not in ("auto", "jsonl", "csv", "parquet"):
        raise StewardError(
            f"unknown format {value!r}; use auto, jsonl, csv or parquet", where="--format"
        )
    return value


def _show_progress(progress: bool | None) -> bool:
    import sys

    return sys.stderr.isatty() if progress is None else progress


def _report(result: Any, labels: Counter[str], extra: str = "") -> None:
    from rich.console import Console

    console = Console(stderr=True)
    console.print(
        f"{result.records_read} records read from {result.source}: {result.records_written} "
        f"written to {result.output}, {result.malformed} malformed"
        + (f" (listed in {result.errors_path})" if result.errors_path else "")
        + f"; {result.bytes_read / 1e6:.1f} MB in {result.seconds:.1f} s "
        f"({result.mb_per_s:.1f} MB/s, {result.workers} workers)" + extra,
        highlight=False,
        soft_wrap=True,
    )
    if labels:
        console.print(
            "entities: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())),
            highlight=False,
        )
    if result.malformed:
        console.print(result.problem_summary(), highlight=False, soft_wrap=True)


@pii_app.command("detect")
@friendly_errors
def detect_command(
    input: InputArg,
    out: OutOption,
    text_field: TextFieldOption = "text",
    labels: LabelsOption = None,
    workers: WorkersOption = None,
    errors: ErrorsOption = None,
    fmt: FormatOption = "auto",
    chunk_mb: ChunkOption = 4.0,
    progress: ProgressOption = None,
    ner: NerOption = "lexicon",
    max_field_chars: MaxCharsOption = PII_MAX_FIELD_CHARS,
    business_numbers: BusinessNumbersOption = "skip",
    engine: EngineOption = "embedded",
) -> None:
    """Write each record with an added ``entities`` list of {start, end, label, score}."""
    from steward.data.ray_engine import check_engine
    from steward.data.stream import process_file

    check_engine(engine)
    counts: Counter[str] = Counter()
    result = process_file(
        input,
        out,
        DetectTask(
            text_field,
            _labels(labels),
            _ner(ner),
            max_field_chars,
            _business_numbers(business_numbers),
        ),
        fmt=_format(fmt),
        workers=workers,
        errors_path=errors,
        chunk_bytes=int(chunk_mb * (1 << 20)),
        on_extra=lambda extra: counts.update(extra["labels"]),
        progress=_show_progress(progress),
        engine=engine,
    )
    _report(result, counts)
    result.require_valid_records()


@pii_app.command("anonymize")
@friendly_errors
def anonymize_command(
    input: InputArg,
    out: OutOption,
    text_field: TextFieldOption = "text",
    operator: Annotated[
        str,
        typer.Option(
            "--operator", help="replace, mask, redact, hash, pseudonymize or encrypt (default)"
        ),
    ] = "replace",
    label_operators: Annotated[
        list[str] | None,
        typer.Option("--label-operator", help="LABEL=OPERATOR for one label (repeatable)"),
    ] = None,
    mask_char: Annotated[str, typer.Option("--mask-char", help="mask: the character")] = "*",
    keep_last: Annotated[
        int, typer.Option("--keep-last", min=0, help="mask: keep the last N letters/digits")
    ] = 0,
    with_items: Annotated[
        bool, typer.Option("--with-items", help="Add pii_items: where each span went")
    ] = False,
    labels: LabelsOption = None,
    workers: WorkersOption = None,
    errors: ErrorsOption = None,
    fmt: FormatOption = "auto",
    chunk_mb: ChunkOption = 4.0,
    progress: ProgressOption = None,
    home: HomeOption = None,
    ner: NerOption = "lexicon",
    max_field_chars: MaxCharsOption = PII_MAX_FIELD_CHARS,
    business_numbers: BusinessNumbersOption = "skip",
    engine: EngineOption = "embedded",
) -> None:
    """Write each record with its text anonymized. Keyed operators (hash, pseudonymize, encrypt)
    use the vault key; encrypted originals go to the store's vault. Recorded in the ledger."""
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import current_actor
    from steward.data.pii.operators import OPERATORS
    from steward.data.pii.vault import Vault, load_vault_key
    from steward.data.ray_engine import check_engine
    from steward.data.stream import process_file

    check_engine(engine)
    per_label: dict[str, Any] = {}
    for item in label_operators or []:
        label, sep, name = item.partition("=")
        if not sep or not label.strip() or not name.strip():
            raise StewardError(f"expected LABEL=OPERATOR, got {item!r}", where="--label-operator")
        per_label[label.strip()] = name.strip()
    names = {operator, *per_label.values()}
    unknown = sorted(names - set(OPERATORS))
    if unknown:
        raise StewardError(
            f"unknown operator {unknown[0]!r}; operators are {', '.join(sorted(OPERATORS))}",
            where="--operator",
        )
    store = open_store(home)
    keyed = any(OPERATORS[name].needs_key for name in names)
    key = load_vault_key(store.home) if keyed else None
    vault = Vault(store, key) if "encrypt" in names else None
    counts: Counter[str] = Counter()
    sealed_new = 0

    def on_extra(extra: Any) -> None:
        nonlocal sealed_new
        counts.update(extra["labels"])
        if vault is not None and extra["sealed"]:
            sealed_new += vault.put(extra["sealed"])

    task = AnonymizeTask(
        text_field,
        _labels(labels),
        default=operator,
        operators=per_label,
        params={"mask": {"char": mask_char, "keep_last": keep_last}},
        key=key,
        with_items=with_items,
        ner=_ner(ner),
        max_chars=max_field_chars,
        business_numbers=_business_numbers(business_numbers),
    )
    task.setup()  # fail fast on bad operator parameters, before any worker starts
    result = process_file(
        input,
        out,
        task,
        fmt=_format(fmt),
        workers=workers,
        errors_path=errors,
        chunk_bytes=int(chunk_mb * (1 << 20)),
        on_extra=on_extra,
        progress=_show_progress(progress),
        engine=engine,
    )
    Ledger(store).append(
        actor=current_actor(),
        action="pii.anonymized",
        subject=str(input),
        details={
            "output": str(out),
            "operator": operator,
            "label_operators": per_label,
            "records_read": result.records_read,
            "records_written": result.records_written,
            "malformed": result.malformed,
            "errors_path": result.errors_path,
            "entities": dict(counts),
            "vault_entries_added": sealed_new,
            "engine": engine,
        },
    )
    _report(result, counts, f"; {sealed_new} new vault entries" if vault is not None else "")
    result.require_valid_records()  # after the ledger entry: the attempt is on record either way


@pii_app.command("deanonymize")
@friendly_errors
def deanonymize_command(
    token_or_text: Annotated[str, typer.Argument(help="A vault token, or text containing some")],
    policy: Annotated[Path, typer.Option("--policy", help="steward.yaml (who holds which role)")],
    home: HomeOption = None,
) -> None:
    """Print the text with vault tokens replaced by the originals. Needs the privacy_officer
    role, signed with the person's key when the policy lists one or enforces roles; every
    request is recorded in the ledger (without the values)."""
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy
    from steward.data.pii.vault import TOKEN_RE, Vault, load_vault_key

    loaded = load_policy(policy)
    store = open_store(home)
    # The signed statement names the tokens to reveal (never the values).
    tokens = sorted({match.group(0) for match in TOKEN_RE.finditer(token_or_text)})
    actor = authorize_cli_action(
        loaded, Permission.DEANONYMIZE, "pii.deanonymized", "pii_vault " + " ".join(tokens),
        always=True, ledger=Ledger(store),
    )  # fmt: skip
    vault = Vault(store, load_vault_key(store.home, create=False))
    print(vault.deanonymize(token_or_text, actor, loaded.policy.roles))
