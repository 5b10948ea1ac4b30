"""``steward feedback``: consented corrections out of the store as a governed training source,
and the walk from an incident to the versions its feedback reached. Thin: parse, call, print."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from steward.cli_common import HomeOption, JsonOption, friendly_errors, open_store

feedback_app = typer.Typer(
    help="Feedback: consented corrections into the next training set, with lineage.",
    no_args_is_help=True,
)
PolicyOption = Annotated[Path, typer.Option("--policy", "-p", help="steward.yaml")]


@feedback_app.command("export")
@friendly_errors
def feedback_export(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", help="the JSONL file to write (then list it in data.sources)"
        ),
    ],
    policy: PolicyOption = Path("steward.yaml"),
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Write consented, corrected feedback (anonymized) as JSONL rows in the policy's field
    names; recorded in the ledger with the feedback and incident ids and the file's sha256."""
    from steward.accountability.feedback_export import EXPORT_ACTION, export_feedback
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy

    loaded = load_policy(policy)
    store = open_store(home)
    actor = authorize_cli_action(
        loaded, Permission.RUN_PIPELINE, EXPORT_ACTION, str(output), ledger=Ledger(store)
    )
    result = export_feedback(store, loaded.policy, output, actor=actor)
    if json_out:
        print(json.dumps(result.to_dict(), indent=1, ensure_ascii=False))
        return
    skipped = ", ".join(f"{reason}: {count}" for reason, count in result.skipped.items())
    typer.echo(
        f"{len(result.feedback_ids)} feedback rows written to {output} (sha256 "
        f"{result.sha256[:12]}; incidents {', '.join(map(str, result.incident_ids)) or 'none'})"
    )
    typer.echo(f"skipped: {skipped or 'none'}")
    typer.echo(
        "list it in data.sources (or use a `type: feedback` source, which exports at run time) "
        "and `steward run` trains the next version on it"
    )


@feedback_app.command("lineage")
@friendly_errors
def feedback_lineage_command(
    incident_id: Annotated[int, typer.Argument(help="an incident opened from feedback")],
    home: HomeOption = None,
) -> None:
    """From an incident to the exports that carried its feedback, the data sets made from them
    and the models trained on those (JSON)."""
    from steward.accountability.feedback_export import feedback_lineage

    print(json.dumps(feedback_lineage(open_store(home), incident_id), indent=1))
