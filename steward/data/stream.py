"""Stream JSONL, CSV or Parquet files of any size through a per-record task, in parallel.

* Bounded memory: the file is read in chunks (``chunk_bytes`` of JSONL lines, ``chunk_records``
  CSV rows or Parquet rows) and at most ``2 × workers`` chunks are in flight.
* Order: chunks are written in input order whatever order the workers finish in.
* Accounting: every record keeps its source line (JSONL/CSV: the physical line it starts on;
  Parquet: the 1-based row number). A malformed line or a record the task rejects is reported
  — line, field, reason — to the errors JSONL file and counted, never dropped silently. Blank
  lines are not records and are counted apart. Raw values are not copied into the errors file
  (they may be personal data); the line number finds them. Problems are also counted by kind
  for a one-line summary, and a file that yields no valid record at all is an error
  (:meth:`StreamResult.require_valid_records`).
* CSV: a quote that never closes is reported on the line that opens it, and the rows it would
  have swallowed are read again as rows of their own (:class:`CsvReader`, which ingest, erasure
  and the guard training data use too).
* Parallel: a :class:`concurrent.futures.ProcessPoolExecutor` with ``workers`` processes (default:
  all cores); ``workers=1`` runs in this process. JSONL parsing and output encoding happen in
  the workers too, so the parent only moves bytes.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter
from typing import Any, BinaryIO, Literal, NamedTuple

from steward.errors import StewardError

Format = Literal["auto", "jsonl", "csv", "parquet"]
DEFAULT_CHUNK_BYTES = 4 << 20
DEFAULT_CHUNK_RECORDS = 10_000
_SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


class RecordError(Exception):
    """Raised by a task for one bad record: reported with its line, the run goes on. ``kind``
    groups like errors in the summary (default: ``what`` itself)."""

    def __init__(self, what: str, *, field: str | None = None, kind: str | None = None) -> None:
        self.what = what
        self.field = field
        self.kind = kind or what
        super().__init__(what)


class RecordTask:
    """Work done on each record, in worker processes. Subclasses must be picklable (plain
    attributes); heavy state belongs in ``setup``, run once per process."""

    def setup(self) -> None:
        """Called once in each process before its first record."""

    def process(self, record: dict[str, Any], line: int) -> dict[str, Any]:
        raise NotImplementedError

    def process_batch(
        self, items: list[tuple[int, dict[str, Any]]]
    ) -> list[dict[str, Any] | RecordError]:
        """One chunk's records (``(line, record)``), in order: each output, or the error that
        rejected it. Override to batch model calls; the default calls ``process``."""
        results: list[dict[str, Any] | RecordError] = []
        for line, record in items:
            try:
                results.append(self.process(record, line))
            except RecordError as exc:
                results.append(exc)
        return results

    def drain(self) -> Any:
        """Side output of the records processed since the last call (sent to ``on_extra``)."""
        return None


@dataclass(frozen=True)
class RecordProblem:
    line: int
    error: str
    field: str | None = None
    kind: str = ""  # what the summary counts it under; "" means the error text itself

    def to_dict(self, source: str) -> dict[str, Any]:
        return {"source": source, "line": self.line, "field": self.field, "error": self.error}


@dataclass
class StreamResult:
    source: str
    output: str
    format: str
    records_read: int = 0
    records_written: int = 0
    malformed: int = 0
    blank_lines: int = 0
    bytes_read: int = 0
    seconds: float = 0.0
    workers: int = 1
    errors_path: str | None = None
    first_problems: list[dict[str, Any]] = field(default_factory=list)
    problem_kinds: dict[str, int] = field(default_factory=dict)

    @property
    def mb_per_s(self) -> float:
        return self.bytes_read / 1e6 / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "mb_per_s": round(self.mb_per_s, 3)}

    def problem_summary(self, shown: int = 3) -> str:
        """One line: malformed records counted by kind, then the first few with file:line."""
        if not self.malformed:
            return ""
        kinds = sorted(self.problem_kinds.items(), key=lambda item: (-item[1], item[0]))
        counts = ", ".join(f"{kind}: {count}" for kind, count in kinds)
        first = []
        for problem in self.first_problems[:shown]:
            field = f" field {problem['field']!r}" if problem["field"] else ""
            first.append(f"{problem['source']}:{problem['line']}{field}: {problem['error']}")
        return f"{self.malformed} malformed ({counts}); first: " + "; ".join(first)

    def require_valid_records(self) -> None:
        """A batch that read no valid record at all failed, whatever it wrote: raise saying why."""
        if self.records_written:
            return
        if not self.records_read:
            raise StewardError("no records in the file", where=self.source)
        raise StewardError(
            f"no valid records ({self.records_read} read, all malformed"
            + (f"; listed in {self.errors_path})" if self.errors_path else ")"),
            where=self.source,
        )


# -- chunks ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _JsonlChunk:
    index: int
    first_line: int
    data: bytes


@dataclass(frozen=True)
class _RecordsChunk:
    index: int
    records: list[tuple[int, dict[str, Any]]]
    problems: list[RecordProblem]
    blank: int = 0


_Chunk = _JsonlChunk | _RecordsChunk


@dataclass(frozen=True)
class _ChunkOut:
    index: int
    data: bytes
    problems: list[RecordProblem]
    read: int
    written: int
    blank: int
    extra: Any


def detect_format(path: Path, fmt: Format = "auto") -> str:
    if fmt != "auto":
        return fmt
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise StewardError(
            f"cannot tell the format from the suffix {path.suffix!r}; "
            "give --format jsonl, csv or parquet",
            where=str(path),
        )
    return found


class _Progress:
    """Bytes read so far, for the progress bar."""

    def __init__(self) -> None:
        self.bytes = 0


def _jsonl_chunks(path: Path, chunk_bytes: int, progress: _Progress) -> Iterator[_Chunk]:
    with path.open("rb") as handle:
        line = 1
        index = 0
        while data := handle.read(chunk_bytes):
            if not data.endswith(b"\n"):
                data += handle.readline()  # finish the last line; chunks hold whole lines
            yield _JsonlChunk(index, line, data)
            line += data.count(b"\n")
            index += 1
            progress.bytes = handle.tell()


class CsvRow(NamedTuple):
    """One CSV record: the physical lines it spans and its values (``[]`` for a blank line);
    ``undecodable``: some of its bytes were not UTF-8 (shown as U+FFFD in ``values``)."""

    first_line: int
    last_line: int
    values: list[str]
    undecodable: bool = False


class CsvProblem(NamedTuple):
    """A CSV record that could not be read; ``text`` is its first line, for repair."""

    first_line: int
    last_line: int
    error: str
    kind: str
    text: str


class _CsvLines:
    """The file's physical lines, decoded, for :func:`csv.reader`; remembers which lines were
    not UTF-8, and can go back to a line so that rows a run-on quote swallowed are read again."""

    def __init__(self, handle: BinaryIO, progress: _Progress) -> None:
        self.handle = handle
        self.progress = progress
        self.line = 0  # physical lines read so far
        self.offset = handle.tell()  # bytes read so far
        self.undecodable: set[int] = set()
        self.last_text = ""

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        raw = self.handle.readline()
        if not raw:
            raise StopIteration
        self.line += 1
        self.offset += len(raw)
        self.progress.bytes = self.offset
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.undecodable.add(self.line)
            text = raw.decode("utf-8", "replace")
        if self.line == 1:
            text = text.removeprefix("\ufeff")
        self.last_text = text  # the raw text of a line csv rejects, for the quarantine
        return text

    def skip_after(self, line: int, offset: int) -> str:
        """Go back to the start of ``line`` (at byte ``offset``) and read past it; its text."""
        self.handle.seek(offset)
        self.line, self.offset = line - 1, offset
        return next(self, "")


class CsvReader:
    """The records of a CSV file, in order, each a :class:`CsvRow` or a :class:`CsvProblem`.

    Quoted fields may hold line breaks, so an unterminated quote would make :mod:`csv` read on
    into the following rows (to the next quote character or the end of the file) and return
    them as one field. A record that spans several lines and then breaks the CSV rules (strict
    mode: end of data inside quotes, text after a closing quote) or has the wrong number of
    fields is therefore reported as an unterminated quote on the line where it starts, and
    reading starts again on the next line: the rows it swallowed are read as rows of their own.
    """

    def __init__(self, handle: BinaryIO, where: str, progress: _Progress | None = None) -> None:
        csv.field_size_limit(1 << 30)
        self._lines = _CsvLines(handle, progress or _Progress())
        self._reader = csv.reader(self._lines, strict=True)
        self.header: list[str] = []
        try:
            self.header = next(self._reader)
        except StopIteration:
            return  # an empty file: no header, no rows
        except csv.Error as exc:
            raise StewardError(f"unreadable CSV header: {exc}", where=f"{where}:1") from None
        if self._lines.line > 1:
            raise StewardError(
                "the CSV header runs over several lines (an unterminated quote?)",
                where=f"{where}:1",
            )
        if not self.header:
            raise StewardError(
                "the first line must hold the CSV header; it is blank", where=f"{where}:1"
            )
        header = self.header
        if self._lines.undecodable or len(set(header)) != len(header) or "" in header:
            raise StewardError(
                "the CSV header must be UTF-8 with distinct, non-empty column names",
                where=f"{where}:1",
            )

    def __iter__(self) -> Iterator[CsvRow | CsvProblem]:
        if not self.header:
            return
        lines, reader, width = self._lines, self._reader, len(self.header)
        while True:
            first, offset = lines.line + 1, lines.offset
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if lines.line > first:
                    yield self._run_on(first, offset, f"csv: {exc}")
                elif str(exc) == "unexpected end of data":  # the file ends inside quotes
                    yield CsvProblem(
                        first,
                        first,
                        "unterminated quote (the quoted field opened on this line never closes)",
                        "unterminated quote",
                        lines.last_text,
                    )
                else:
                    yield CsvProblem(
                        first, first, f"malformed CSV: {exc}", "malformed CSV", lines.last_text
                    )
                continue
            last = lines.line
            if last > first and len(values) != width:
                yield self._run_on(first, offset, f"{len(values)} fields, not {width}")
            elif lines.undecodable and not lines.undecodable.isdisjoint(range(first, last + 1)):
                yield CsvRow(first, last, values, undecodable=True)
            else:
                yield CsvRow(first, last, values)

    def _run_on(self, first: int, offset: int, detail: str) -> CsvProblem:
        last = self._lines.line
        text = self._lines.skip_after(first, offset)
        return CsvProblem(
            first,
            first,
            f"unterminated quote (the quoted field opened on this line runs on to line {last}: "
            f"{detail})",
            "unterminated quote",
            text.rstrip("\r\n"),
        )


def _csv_chunks(path: Path, chunk_records: int, progress: _Progress) -> Iterator[_Chunk]:
    with path.open("rb") as handle:
        rows = CsvReader(handle, str(path), progress)
        header, width = rows.header, len(rows.header)
        index = 0
        records: list[tuple[int, dict[str, Any]]] = []
        problems: list[RecordProblem] = []
        blank = 0
        for row in rows:
            if isinstance(row, CsvProblem):
                problems.append(RecordProblem(row.first_line, row.error, kind=row.kind))
            elif not row.values:
                blank += 1
                continue
            elif row.undecodable:
                problems.append(
                    RecordProblem(row.first_line, "invalid UTF-8", kind="invalid UTF-8")
                )
            elif len(row.values) != width:
                problems.append(
                    RecordProblem(
                        row.first_line,
                        f"expected {width} fields, got {len(row.values)}",
                        kind="wrong number of fields",
                    )
                )
            else:
                records.append((row.first_line, dict(zip(header, row.values, strict=True))))
            if len(records) + len(problems) >= chunk_records:
                yield _RecordsChunk(index, records, problems, blank)
                index += 1
                records, problems, blank = [], [], 0
        if records or problems or blank:
            yield _RecordsChunk(index, records, problems, blank)


def _parquet_chunks(path: Path, chunk_records: int, progress: _Progress) -> Iterator[_Chunk]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise StewardError(f"not a readable Parquet file: {exc}", where=str(path)) from None
    total = max(parquet.metadata.num_rows, 1)
    size = path.stat().st_size
    row = 1
    for index, batch in enumerate(parquet.iter_batches(batch_size=chunk_records)):
        rows = batch.to_pylist()
        yield _RecordsChunk(index, [(row + i, r) for i, r in enumerate(rows)], [])
        row += len(rows)
        progress.bytes = int(size * (row - 1) / total)


def _chunks(
    path: Path, fmt: str, chunk_bytes: int, chunk_records: int, progress: _Progress
) -> Iterator[_Chunk]:
    if fmt == "jsonl":
        return _jsonl_chunks(path, chunk_bytes, progress)
    if fmt == "csv":
        return _csv_chunks(path, chunk_records, progress)
    if fmt == "parquet":
        return _parquet_chunks(path, chunk_records, progress)
    raise StewardError(f"unknown format {fmt!r}; formats are jsonl, csv, parquet", where=str(path))


# -- work (runs in the workers) ---------------------------------------------------------------
_WORKER_TASK: RecordTask | None = None


def _init_worker(task: RecordTask) -> None:
    global _WORKER_TASK
    task.setup()
    _WORKER_TASK = task


def _ready(_: int) -> bool:
    return True


def _parse_jsonl(chunk: _JsonlChunk) -> tuple[list[tuple[int, Any]], list[RecordProblem], int]:
    lines = chunk.data.split(b"\n")
    if lines and not lines[-1]:
        lines.pop()
    records: list[tuple[int, Any]] = []
    problems: list[RecordProblem] = []
    blank = 0
    for offset, raw in enumerate(lines):
        line = chunk.first_line + offset
        if not raw.strip():
            blank += 1
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                RecordProblem(line, f"invalid UTF-8 at byte {exc.start + 1}", kind="invalid UTF-8")
            )
            continue
        try:
            value = json.loads(text.removeprefix("\ufeff") if line == 1 else text)
        except ValueError as exc:
            problems.append(
                RecordProblem(line, f"invalid JSON: {json_error_text(exc)}", kind="invalid JSON")
            )
            continue
        if not isinstance(value, dict):
            problems.append(
                RecordProblem(
                    line,
                    f"not a JSON object (got {type(value).__name__})",
                    kind="not a JSON object",
                )
            )
            continue
        records.append((line, value))
    return records, problems, blank


def json_error_text(exc: ValueError) -> str:
    """``json``'s message with its column, worded for people: "Expecting value (at column 1)",
    "Unterminated string (starting at column 9)". Some of its messages already end in "at",
    which a plain "at column" suffix would double; the position goes in parentheses so that
    reasons group by what went wrong (the run's quarantine counts cut at " (")."""
    if not isinstance(exc, json.JSONDecodeError):
        return str(exc)  # e.g. a number too long to convert: no position to give
    what, at = exc.msg, "at"
    for ending in (" starting at", " at"):
        if what.endswith(ending):
            what, at = what.removesuffix(ending), ending.strip()
            break
    return f"{what} ({at} column {exc.colno})"


# What ``json.dumps(o, ensure_ascii=..., default=str)`` builds on every call, built once.
_UTF8_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
_ASCII_ENCODER = json.JSONEncoder(default=str)


def _encode(outputs: list[dict[str, Any]]) -> bytes:
    encode = _UTF8_ENCODER.encode
    text = "\n".join([encode(o) for o in outputs])
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from "\ud800"-style escapes: keep them escaped
        data = "\n".join([_ASCII_ENCODER.encode(o) for o in outputs]).encode("ascii")
    return data + b"\n" if outputs else data


def _run_chunk(chunk: _Chunk, task: RecordTask | None = None) -> _ChunkOut:
    task = task or _WORKER_TASK
    assert task is not None, "worker was not initialised"
    if isinstance(chunk, _JsonlChunk):
        records, problems, blank = _parse_jsonl(chunk)
    else:
        records, problems, blank = chunk.records, list(chunk.problems), chunk.blank
    unreadable = len(problems)
    outputs: list[dict[str, Any]] = []
    for (line, _), done in zip(records, task.process_batch(records), strict=True):
        if isinstance(done, RecordError):
            problems.append(RecordProblem(line, done.what, done.field, done.kind))
        else:
            outputs.append(done)
    problems.sort(key=lambda p: p.line)
    return _ChunkOut(
        index=chunk.index,
        data=_encode(outputs),
        problems=problems,
        read=len(records) + unreadable,
        written=len(outputs),
        blank=blank,
        extra=task.drain(),
    )


# -- driver ----------------------------------------------------------------------------------
def process_file(
    path: Path,
    out: Path,
    task: RecordTask,
    *,
    fmt: Format = "auto",
    workers: int | None = None,
    errors_path: Path | None = None,
    chunk_bytes: int = DEFAULT_CHUNK_BYTES,
    chunk_records: int = DEFAULT_CHUNK_RECORDS,
    on_extra: Callable[[Any], None] | None = None,
    progress: bool = False,
    engine: str = "embedded",
) -> StreamResult:
    """Run ``task`` over every record of ``path`` and write the results to ``out`` (JSONL), in
    input order. Problems go to ``errors_path`` (default ``<out stem>.errors.jsonl``, created only
    when there is one). ``engine``: ``embedded`` (this process, or a process pool) or ``ray``
    (Ray actors, :mod:`steward.data.ray_engine`); both write the same bytes."""
    path = Path(path)
    out = Path(out)
    if not path.is_file():
        raise StewardError("input file not found", where=str(path))
    kind = detect_format(path, fmt)
    if engine != "embedded":
        from steward.data.ray_engine import check_engine

        check_engine(engine)  # an unknown engine, or Ray not installed: say so before any work
    workers = max(1, workers or os.cpu_count() or 1)
    errors_path = errors_path or out.with_name(out.stem + ".errors.jsonl")
    result = StreamResult(source=str(path), output=str(out), format=kind, workers=workers)
    tracker = _Progress()
    total = path.stat().st_size
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    errors_handle: io.TextIOWrapper | None = None
    started = perf_counter()

    def emit(done: _ChunkOut) -> None:
        nonlocal errors_handle
        handle.write(done.data)
        result.records_read += done.read
        result.records_written += done.written
        result.blank_lines += done.blank
        if done.problems:
            if errors_handle is None:
                errors_path.parent.mkdir(parents=True, exist_ok=True)
                errors_handle = errors_path.open("w", encoding="utf-8")
                result.errors_path = str(errors_path)
            kinds = result.problem_kinds
            for problem in done.problems:
                entry = problem.to_dict(str(path))
                errors_handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
                if len(result.first_problems) < 5:
                    result.first_problems.append(entry)
                kind = problem.kind or problem.error
                kinds[kind] = kinds.get(kind, 0) + 1
            result.malformed += len(done.problems)
        if on_extra is not None and done.extra is not None:
            on_extra(done.extra)

    bar = _progress_bar(enabled=progress)
    try:
        with tmp.open("wb") as handle:
            chunks = _chunks(path, kind, chunk_bytes, chunk_records, tracker)
            if engine == "ray":
                from steward.data.ray_engine import ray_chunk_runner

                with ray_chunk_runner(task, workers, _run_chunk) as run_on_ray, bar:
                    bar_task = bar.add_task(path.name, total=total)
                    for done in run_on_ray(chunks, 2 * workers):
                        emit(done)
                        bar.update(bar_task, completed=tracker.bytes)
            elif workers == 1:
                task.setup()
                with bar:
                    bar_task = bar.add_task(path.name, total=total)
                    for chunk in chunks:
                        emit(_run_chunk(chunk, task))
                        bar.update(bar_task, completed=tracker.bytes)
            else:
                with ProcessPoolExecutor(
                    workers, initializer=_init_worker, initargs=(task,)
                ) as pool:
                    # Start every worker before the progress bar's thread exists (fork safety).
                    list(pool.map(_ready, range(workers)))
                    pending: deque[Future[_ChunkOut]] = deque()
                    with bar:
                        bar_task = bar.add_task(path.name, total=total)
                        for chunk in chunks:
                            pending.append(pool.submit(_run_chunk, chunk))
                            while len(pending) >= 2 * workers:
                                emit(pending.popleft().result())
                                bar.update(bar_task, completed=tracker.bytes)
                        while pending:
                            emit(pending.popleft().result())
                            bar.update(bar_task, completed=tracker.bytes)
        os.replace(tmp, out)
    finally:
        if errors_handle is not None:
            errors_handle.close()
        tmp.unlink(missing_ok=True)
    result.bytes_read = total
    result.seconds = perf_counter() - started
    return result


def _progress_bar(*, enabled: bool) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not enabled,
    )


def iter_records(
    path: Path, fmt: Format = "auto", *, chunk_records: int = DEFAULT_CHUNK_RECORDS
) -> Iterator[tuple[int, dict[str, Any]] | RecordProblem]:
    """Serial reader: ``(line, record)`` for each record, a :class:`RecordProblem` for each
    malformed line, in file order, with bounded memory."""
    path = Path(path)
    kind = detect_format(path, fmt)
    for chunk in _chunks(path, kind, DEFAULT_CHUNK_BYTES, chunk_records, _Progress()):
        if isinstance(chunk, _JsonlChunk):
            records, problems, _ = _parse_jsonl(chunk)
        else:
            records, problems = chunk.records, chunk.problems
        items: list[tuple[int, dict[str, Any]] | RecordProblem] = [*records, *problems]
        items.sort(key=lambda item: item.line if isinstance(item, RecordProblem) else item[0])
        yield from items
