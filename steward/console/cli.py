"""``steward console POLICY``: the web console on one store, signed in with gateway API keys."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from steward.cli_common import HomeOption, open_store
from steward.errors import StewardError

if TYPE_CHECKING:
    from steward.config import LoadedPolicy
    from steward.store.artifacts import Store

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
    sign_in_key_for: Annotated[
        str | None,
        typer.Option(
            "--sign-in-key-for",
            metavar="ROLE",
            help="print a one-time sign-in key for the person the policy names in ROLE (e.g. "
            "risk_owner), valid for one sign-in while this console runs (revoked when it "
            "stops)",
        ),
    ] = None,
    home: HomeOption = None,
) -> None:
    """Run the responsibility console: runs and models, the review queue, the ledger. Sign in
    with an API key (`steward keys create --role risk_owner ...`); each role sees and does what
    the RACI table lets it."""
    import uvicorn

    from steward.config import load_policy
    from steward.console.app import create_console

    loaded, store = load_policy(policy), open_store(home)
    app = create_console(
        loaded, store, session_ttl_s=session_hours * 3600, secure_cookies=secure_cookies,
    )  # fmt: skip
    url = f"http://{host}:{port}/"
    issued: tuple[str, str] | None = None  # the sign-in key's id and holder
    if sign_in_key_for:
        key, issued = issue_sign_in_key(loaded, store, sign_in_key_for, session_hours)
        typer.echo(f"steward console: {url}")
        typer.echo(f"one-time sign-in key for {issued[1]} ({sign_in_key_for}), revoked "
                   f"when this console stops: {key}")  # fmt: skip
    else:
        typer.echo(f"steward console on {url} (sign in with an API key)", err=True)
    typer.echo("Ctrl-C stops it", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        if issued is not None:
            from steward.serve.cli import revoke_key_recorded

            revoke_key_recorded(loaded, store, issued[0])
            typer.echo(f"sign-in key {issued[0]} revoked", err=True)


def issue_sign_in_key(
    loaded: LoadedPolicy, store: Store, role: str, hours: float
) -> tuple[str, tuple[str, str]]:
    """A one-time sign-in key for the first person the policy names in ``role`` (created as
    ``steward keys create`` does: authorized, recorded), expiring after ``hours``: its first
    console sign-in consumes it, a second is refused and recorded; (key, (key id, name))."""
    from steward.serve.cli import create_key_recorded

    people = loaded.policy.roles.people(role)
    if not people:
        raise StewardError(f"the policy names nobody as {role}", where=f"roles.assignments.{role}")
    key, record = create_key_recorded(
        loaded, store, people[0], role, expires_days=hours / 24, single_use=True
    )
    return key, (record.key_id, people[0])
