"""``steward data``: data-subject erasure (``forget``) and retention (``purge-expired``) across
every governed data set in the store. Thin: parse, call :mod:`steward.data.rights`, print.

Nothing printed here contains the subject key or a personal value: only artifact hashes,
counts, model references and the paths and line numbers of the user's source files."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from steward.cli_common import HomeOption, JsonOption, friendly_errors, open_store
from steward.errors import StewardError

if TYPE_CHECKING:
    from collections.abc import Callable

    from steward.config import LoadedPolicy
    from steward.data.rights import RightsOutcome
    from steward.store.artifacts import Store

data_app = typer.Typer(
    help="Data-subject rights and retention: erase a person's records or expired rows.",
    no_args_is_help=True,
)
console = Console()

DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Report what would change; change nothing")
]


def _policy(path: Path | None) -> LoadedPolicy | None:
    if path is None:
        return None
    from steward.config import load_policy

    return load_policy(path)


def _erasure_actor(
    loaded: LoadedPolicy | None, store: Store, action: str, subject: Callable[[bytes], str]
) -> str:
    """Who erases: with a policy, a person proven by their key (erasure is irreversible, so
    the role is always checked); ``subject`` gets the vault key to name what is erased."""
    from steward.accountability.roles import current_actor

    if loaded is None:
        return current_actor()
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.data.pii.vault import load_vault_key

    return authorize_cli_action(
        loaded, Permission.ERASE, action, subject(load_vault_key(store.home)),
        always=True, ledger=Ledger(store),
    )  # fmt: skip


def _print(outcome: RightsOutcome, as_json: bool) -> None:
    if as_json:
        print(json.dumps(outcome.to_dict(), ensure_ascii=False, indent=1))
        return
    verb = "would remove" if outcome.dry_run else "removed"
    console.print(f"request {outcome.request_id} ({outcome.action}, {outcome.subject})")
    if not outcome.rewrites and not outcome.sources_redacted:
        console.print("no matching rows in any governed data set (0 removed)")
    for rewrite in outcome.rewrites:
        new = f" → {rewrite.new[:12]}" if rewrite.new else ""
        console.print(
            f"  {rewrite.kind} {rewrite.old[:12]}{new}: {verb} {rewrite.removed} row(s), "
            f"{rewrite.kept} kept"
        )
    for rewrite in outcome.sources_redacted:
        new = f" → {rewrite.new[:12]}" if rewrite.new else ""
        console.print(
            f"  stored source copy {rewrite.old[:12]}{new}: {verb} {rewrite.removed} line(s)"
        )
    if outcome.erased_blobs:
        console.print(f"  erased the stored bytes of {len(outcome.erased_blobs)} old version(s)")
    if outcome.vault_deleted:
        console.print(f"  deleted {outcome.vault_deleted} vault entr(y/ies)")
    if outcome.feedback_erased:
        console.print(f"  {verb} the comments of {outcome.feedback_erased} gateway feedback row(s)")
    if outcome.incidents_redacted:
        redacted = "would redact" if outcome.dry_run else "redacted"
        console.print(f"  {redacted} the mentions in {outcome.incidents_redacted} incident(s)")
    if outcome.undated_rows:
        console.print(f"  kept {outcome.undated_rows} source row(s) without a readable timestamp")
    if outcome.models_flagged:
        flag = "would flag" if outcome.dry_run else "flagged"
        console.print(
            f"  {flag} for retraining (trained on affected data): "
            + ", ".join(outcome.models_flagged)
            + "; not approved, deployed or served until retrained, or a privacy officer "
            "keeps one with `steward models clear-flag REF --reason ...`"
        )
    if outcome.source_locations:
        console.print(
            "[bold]Your source files still hold these rows; purge them at the source, or the "
            "next `steward run` brings them back:[/bold]"
        )
        for path, lines in outcome.source_locations.items():
            shown = ", ".join(str(n) for n in lines[:50]) + (" …" if len(lines) > 50 else "")
            console.print(f"  {path}: line(s) {shown}", highlight=False, soft_wrap=True)
    if outcome.ledger_seq is not None:
        console.print(f"recorded in the ledger as entry {outcome.ledger_seq}")


@data_app.command()
@friendly_errors
def forget(
    subject: Annotated[
        str,
        typer.Option(
            "--subject",
            help="The person's key: e-mail, phone, card or ID number, name, or a subject-field "
            "value such as a customer id; '-' reads it from standard input (keeps it out of "
            "shell history)",
        ),
    ],
    policy: Annotated[
        Path,
        typer.Option(help="Policy file: id and subject fields, and who holds which role"),
    ],
    home: HomeOption = None,
    dry_run: DryRunOption = False,
    as_json: JsonOption = False,
) -> None:
    """Erase one data subject's records from every governed data set (GDPR Art. 17, PIPL)."""
    from steward.data.rights import DataRights, subject_ref

    if subject == "-":
        subject = sys.stdin.readline().strip()
    if not subject.strip():
        raise StewardError("give the subject's key", where="--subject")
    loaded = _policy(policy)
    data = loaded.policy.data if loaded is not None else None
    store = open_store(home)
    rights = DataRights(
        store,
        # The signed statement names the subject by its keyed reference, as the ledger does.
        actor=_erasure_actor(loaded, store, "data.forget", lambda key: subject_ref(subject, key)),
        id_field=data.id_field if data is not None else "message_id",
        subject_fields=list(data.subject_fields) if data is not None else [],
        roles_policy=loaded.policy.roles if loaded is not None else None,
    )
    _print(rights.forget(subject, dry_run=dry_run), as_json)


@data_app.command("purge-expired")
@friendly_errors
def purge_expired(
    policy: Annotated[Path, typer.Option(help="Policy file with data.retention")],
    now: Annotated[
        str | None, typer.Option(help="Reference time (ISO 8601); default: the current time")
    ] = None,
    days: Annotated[int | None, typer.Option(help="Override data.retention.days", min=1)] = None,
    timestamp_field: Annotated[
        str | None, typer.Option(help="Override data.retention.timestamp_field")
    ] = None,
    home: HomeOption = None,
    dry_run: DryRunOption = False,
    as_json: JsonOption = False,
) -> None:
    """Remove rows older than the policy's retention period from every governed data set."""
    from steward.config import load_policy
    from steward.data.rights import DataRights, RetentionRule, parse_timestamp

    loaded = load_policy(policy)
    retention = loaded.policy.data.retention
    days = days if days is not None else (retention.days if retention else None)
    if not days:
        raise StewardError(
            "no retention period: set data.retention.days or pass --days", where=str(policy)
        )
    reference: datetime | None = None
    if now is not None:
        reference = parse_timestamp(now)
        if reference is None:
            raise StewardError(f"not an ISO 8601 time: {now!r}", where="--now")
    rule = RetentionRule(
        int(days),
        timestamp_field or (retention.timestamp_field if retention else "timestamp"),
        now=reference,
        missing=retention.missing if retention else "keep",
    )
    store = open_store(home)
    rights = DataRights(
        store,
        actor=_erasure_actor(
            loaded, store, "data.retention_purge", lambda _key: f"data.retention {rule.days} days"
        ),
        id_field=loaded.policy.data.id_field,
        roles_policy=loaded.policy.roles,
    )
    _print(rights.purge_expired(rule, dry_run=dry_run), as_json)
