"""``steward audit ...``: audits run on a file of predictions. Thin: read, call, print.

numpy, pyarrow and the audit code are imported inside the command so ``steward --help`` stays
instant.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from steward.cli_common import report_error
from steward.errors import StewardError

audit_app = typer.Typer(
    help="Audit predictions: group fairness; the audit.json schema.", no_args_is_help=True
)


@audit_app.callback()
def _audit() -> None:
    """Audit predictions (a group of commands, so ``steward audit fairness`` keeps its name)."""


def _coerce(values: list[str]) -> list[Any]:
    """CSV text to int or float when every value parses as one (so 0/1 labels are binary)."""
    for kind in (int, float):
        try:
            return [kind(v) for v in values]
        except ValueError:
            continue
    return values


def _require_columns(names: list[str], columns: Sequence[str], path: Path) -> None:
    """Refuse a missing column, naming the columns the file has and the closest one, so that
    a misspelt ``--sensitive`` column is corrected in one step."""
    import difflib

    missing = [n for n in names if n not in columns]
    if missing:
        close = difflib.get_close_matches(missing[0], columns, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise StewardError(
            f"no column {missing[0]!r}{hint} (columns: {', '.join(columns)})", where=str(path)
        )


def _first_bad_csv_row(path: Path) -> StewardError | None:
    """The first row of a CSV file that is not well formed, as an error naming its line."""
    from steward.data.stream import CsvProblem, CsvReader

    with path.open("rb") as handle:
        rows = CsvReader(handle, str(path))
        for row in rows:
            where = f"{path}:{row.first_line}"
            if isinstance(row, CsvProblem):
                return StewardError(row.error, where=where)
            if row.undecodable:
                return StewardError("invalid UTF-8", where=where)
            if row.values and len(row.values) != len(rows.header):
                return StewardError(
                    f"expected {len(rows.header)} fields, got {len(row.values)}", where=where
                )
    return None


def read_columns(path: Path, names: list[str]) -> dict[str, Any]:
    """The named columns of a CSV or Parquet file (pyarrow when installed, else csv)."""
    if not path.exists():
        raise StewardError("no such file", where=str(path))
    suffix = path.suffix.lower()
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        pyarrow_ok = False
    else:
        pyarrow_ok = True
    if suffix in (".parquet", ".pq"):
        if not pyarrow_ok:
            raise StewardError(
                "reading Parquet needs pyarrow (pip install pyarrow)", where=str(path)
            )
        import pyarrow.parquet as pq

        schema = pq.read_schema(path)
        _require_columns(names, schema.names, path)
        table = pq.read_table(path, columns=list(dict.fromkeys(names)))
        return {n: table.column(n).to_numpy() for n in names}
    if pyarrow_ok:
        import pyarrow as pa
        import pyarrow.csv as pacsv

        try:
            table = pacsv.read_csv(path)
        except Exception as exc:  # pyarrow raises its own ArrowInvalid
            # pyarrow's message quotes the row (maybe personal data) but not its line
            located = _first_bad_csv_row(path)
            raise located or StewardError(f"cannot read CSV: {exc}", where=str(path)) from None
        _require_columns(names, table.column_names, path)
        if any(table.schema.field(n).type in (pa.binary(), pa.large_binary()) for n in names):
            # pyarrow reads a column holding bytes that are not UTF-8 as raw bytes, silently
            raise _first_bad_csv_row(path) or StewardError("not UTF-8 text", where=str(path))
        return {n: table.column(n).to_numpy() for n in names}
    import csv

    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        _require_columns(names, header, path)
        columns: dict[str, list[str]] = {n: [] for n in names}
        for row in reader:
            for n in names:
                columns[n].append(row[n])
    return {n: _coerce(v) for n, v in columns.items()}


def _fmt(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() and abs(value) > 1 else f"{value:.4f}"
    return str(value)


def _print_table(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    metrics = data["metrics"]
    boot = data.get("bootstrap")
    summary = Table(title="Overall, difference and ratio (between groups)")
    headings = ["metric", "overall", "min", "max", "difference", "ratio", "to overall"]
    if boot:
        headings.insert(5, "difference CI")
    for heading in headings:
        summary.add_column(heading, justify="left" if heading == "metric" else "right")
    for m in metrics:
        cells = [
            m,
            _fmt(data["overall"][m]),
            _fmt(data["group_min"][m]),
            _fmt(data["group_max"][m]),
            _fmt(data["difference"]["between_groups"][m]),
            _fmt(data["ratio"]["between_groups"][m]),
            _fmt(data["difference"]["to_overall"][m]),
        ]
        if boot:
            low, high = boot["difference"][m]
            cells.insert(5, f"{_fmt(low)} – {_fmt(high)}")
        summary.add_row(*cells)
    console.print(summary)
    by_group = Table(title="By group")
    for name in data["sensitive_features"]:
        by_group.add_column(name)
    for m in metrics:
        by_group.add_column(m, justify="right")
    for row in data["by_group"]:
        cells = [str(row["group"][f]) + (" (small)" if row["small"] else "") for f in
                 data["sensitive_features"]]  # fmt: skip
        by_group.add_row(*cells, *(_fmt(row["values"][m]) for m in metrics))
    console.print(by_group)
    disparities = Table(title="Disparities")
    disparities.add_column("measure")
    disparities.add_column("value", justify="right")
    for name, value in data["disparities"].items():
        text = _fmt(value)
        if boot and name in boot["disparities"]:
            low, high = boot["disparities"][name]
            text += f" [{_fmt(low)}, {_fmt(high)}]"
        disparities.add_row(name, text)
    console.print(disparities)
    for warning in data["warnings"]:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)


@audit_app.command("fairness")
def fairness(
    file: Annotated[Path, typer.Argument(help="CSV or Parquet file of predictions")],
    y_true: Annotated[str, typer.Option("--y-true", help="Column of true labels")],
    y_pred: Annotated[str, typer.Option("--y-pred", help="Column of predicted labels")],
    sensitive: Annotated[
        list[str], typer.Option("--sensitive", help="Sensitive column (repeat for intersections)")
    ],
    output_format: Annotated[str, typer.Option("--format", help="json or table")] = "table",
    metric: Annotated[
        list[str] | None,
        typer.Option("--metric", help="Metric name, optionally name:ovr|macro|binary (repeat)"),
    ] = None,
    pos_label: Annotated[
        str | None, typer.Option("--pos-label", help="Positive label for binary metrics")
    ] = None,
    average: Annotated[str, typer.Option(help="auto, binary, macro or ovr")] = "auto",
    min_group_size: Annotated[int, typer.Option(help="Warn about smaller groups")] = 30,
    exclude_small: Annotated[
        bool, typer.Option(help="Leave small groups out of differences and ratios")
    ] = False,
    n_boot: Annotated[int, typer.Option(help="Bootstrap resamples for intervals (0: none)")] = 1000,
    confidence: Annotated[float, typer.Option(help="Interval level")] = 0.95,
    seed: Annotated[int, typer.Option(help="Random seed for the bootstrap")] = 0,
    engine: Annotated[
        str,
        typer.Option(
            help="embedded, or ray: the bootstrap's resamples as Ray tasks (a local Ray, or "
            "RAY_ADDRESS's cluster; pip install 'steward[ray]'); the same figures"
        ),
    ] = "embedded",
    workers: Annotated[
        int | None, typer.Option(min=1, help="Ray: CPUs of the local Ray (default: all)")
    ] = None,
) -> None:
    """Group fairness of predictions: overall, by group, difference and ratio per metric."""
    import warnings

    from steward.audit.fairness import MetricFrame, SingleGroupWarning, SmallGroupWarning
    from steward.data.ray_engine import check_engine

    try:
        if output_format not in ("json", "table"):
            raise StewardError(f"must be json or table, got {output_format!r}", where="--format")
        if not 0 < confidence < 1:
            raise StewardError(f"must be between 0 and 1, got {confidence}", where="--confidence")
        check_engine(engine)
        columns = read_columns(file, [y_true, y_pred, *sensitive])
        label: Any = pos_label
        if pos_label is not None:
            sample = columns[y_true][:1]
            if len(sample) and not isinstance(sample[0], str):
                label = _coerce([pos_label])[0]
        tail = (1 - confidence) / 2
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SmallGroupWarning)  # reported in the output
            warnings.simplefilter("ignore", SingleGroupWarning)
            frame = MetricFrame(
                metric or None,
                y_true=columns[y_true],
                y_pred=columns[y_pred],
                sensitive_features={name: columns[name] for name in sensitive},
                pos_label=label,
                average=average,  # type: ignore[arg-type]
                min_group_size=min_group_size,
                small_groups="exclude" if exclude_small else "warn",
                n_boot=n_boot,
                ci_quantiles=(tail, 1 - tail),
                random_state=seed,
                engine=engine,
                workers=workers,
            )
    except StewardError as exc:
        raise report_error(exc) from None
    data = frame.to_dict()
    if output_format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    else:
        _print_table(data)


@audit_app.command("schema")
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout")
    ] = None,
) -> None:
    """Print the JSON Schema of audit.json (the file every `steward run` writes)."""
    from steward.audit.schema import json_schema

    text = json.dumps(json_schema(), indent=1, ensure_ascii=False)
    if output is None:
        print(text)
    else:
        output.write_text(text + "\n", encoding="utf-8")
