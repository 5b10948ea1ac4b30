"""How every ``steward`` command reports bad input: one line naming where and what, exit 2."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer
from rich.console import Console

from steward.errors import StewardError

F = TypeVar("F", bound=Callable[..., Any])
err_console = Console(stderr=True)


def report_error(exc: StewardError) -> typer.Exit:
    err_console.print(f"[bold red]error:[/bold red] {exc}", highlight=False, soft_wrap=True)
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
