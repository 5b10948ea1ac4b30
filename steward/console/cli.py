"""``steward console POLICY``: the web console on one store, signed in with gateway API keys."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from steward.cli_common import HomeOption, open_store

DEFAULT_PORT = 8700


def console_command(
    policy: Annotated[Path, typer.Argument(help="steward.yaml")] = Path("steward.yaml"),
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = DEFAULT_PORT,
    session_hours: Annotated[
        float, typer.Option("--session-hours", min=0.01, help="how long a sign-in lasts")
    ] = 8.0,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies", help="mark cookies Secure (behind an HTTPS reverse proxy)"
        ),
    ] = False,
    home: HomeOption = None,
) -> None:
    """Run the responsibility console: runs and models, the review queue, the ledger. Sign in
    with an API key (`steward keys create --role risk_owner ...`); each role sees and does what
    the RACI table lets it."""
    import uvicorn

    from steward.config import load_policy
    from steward.console.app import create_console

    app = create_console(
        load_policy(policy), open_store(home), session_ttl_s=session_hours * 3600,
        secure_cookies=secure_cookies,
    )  # fmt: skip
    typer.echo(f"steward console on http://{host}:{port}/ (sign in with an API key)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
