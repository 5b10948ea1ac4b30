"""What every ``steward`` sub-app shares: the store option, JSON output and how bad input is
reported (one line naming where and what, exit status 2)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from steward.errors import StewardError

if TYPE_CHECKING:
    from steward.store.artifacts import Store

F = TypeVar("F", bound=Callable[..., Any])
err_console = Console(stderr=True)

HomeOption = Annotated[
    Path | None,
    typer.Option(
        "--home",
        envvar="STEWARD_HOME",
        help="Where the store lives (database, artifacts, runs, vault). Default: ./.steward",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table")]


def open_store(home: Path | None) -> Store:
    from steward.store.artifacts import Store  # SQLAlchemy loads only for commands that use it

    return Store(home)


def report_error(exc: StewardError) -> typer.Exit:
    # Escaped: a message may quote brackets (pip install 'steward[ray]') that are not markup.
    err_console.print(
        f"[bold red]error:[/bold red] {escape(str(exc))}", highlight=False, soft_wrap=True
    )
    return typer.Exit(2)


def friendly_errors(func: F) -> F:
    """Turn a :class:`StewardError` raised by a command into one line and exit status 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except StewardError as exc:
            raise report_error(exc) from None

    return wrapper  # type: ignore[return-value]
