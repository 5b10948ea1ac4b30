"""``steward incidents`` and ``steward monitor``: the responsibility workflow from the command
line. Thin: parse, call, print."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from steward.cli_common import HomeOption, JsonOption, friendly_errors, open_store

incidents_app = typer.Typer(
    help="Incidents: from feedback or monitoring to the responsible role and a resolution.",
    no_args_is_help=True,
)
PolicyOption = Annotated[Path, typer.Option("--policy", "-p", help="steward.yaml")]


def _incidents(policy: Path, home: Path | None):  # type: ignore[no-untyped-def]
    from steward.accountability.incidents import Incidents
    from steward.config import load_policy

    return Incidents(open_store(home), load_policy(policy).policy)


@incidents_app.command("list")
@friendly_errors
def incidents_list(
    policy: PolicyOption = Path("steward.yaml"),
    status: Annotated[
        str | None, typer.Option("--status", help="open, root_caused, resolved")
    ] = None,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Incidents with severity, status, who is responsible and who is assigned."""
    items = _incidents(policy, home).list(status)
    if json_out:
        print(json.dumps([i.to_dict() for i in items], indent=1, ensure_ascii=False))
        return
    if not items:
        typer.echo("no incidents")
    for i in items:
        typer.echo(
            f"#{i.id} {i.severity:8s} {i.status:11s} {i.category:6s} -> {i.responsible_role} "
            f"({i.assignee or 'unassigned'}; accountable {i.accountable or '-'}): {i.title}"
        )


@incidents_app.command("show")
@friendly_errors
def incidents_show(
    incident_id: Annotated[int, typer.Argument()],
    policy: PolicyOption = Path("steward.yaml"),
    home: HomeOption = None,
) -> None:
    """One incident, whole (JSON); from feedback, with the versions its feedback reached
    (``next_versions``: exports, data sets, models)."""
    from steward.accountability.feedback_export import feedback_lineage

    incidents = _incidents(policy, home)
    shown = incidents.get(incident_id).to_dict()
    if shown["feedback_id"] is not None:
        shown["next_versions"] = feedback_lineage(incidents.store, incident_id)
    print(json.dumps(shown, indent=1, ensure_ascii=False))


@incidents_app.command("open")
@friendly_errors
def incidents_open(
    title: Annotated[str, typer.Argument()],
    severity: Annotated[str, typer.Option("--severity")] = "medium",
    category: Annotated[
        str, typer.Option("--category", help="model, guard, data or gateway")
    ] = "model",
    model: Annotated[str | None, typer.Option("--model")] = None,
    policy: PolicyOption = Path("steward.yaml"),
    home: HomeOption = None,
) -> None:
    """Open an incident by hand (recorded in the ledger)."""
    from steward.accountability.roles import current_actor

    incident = _incidents(policy, home).open(
        title=title, severity=severity, source="manual", category=category,
        actor=current_actor(), model_ref=model,
    )  # fmt: skip
    typer.echo(f"incident #{incident.id} opened, assigned to {incident.responsible_role} "
               f"({incident.assignee or 'nobody listed in roles.assignments'})")  # fmt: skip


@incidents_app.command("update")
@friendly_errors
def incidents_update(
    incident_id: Annotated[int, typer.Argument()],
    root_cause: Annotated[str | None, typer.Option("--root-cause", help="what went wrong")] = None,
    resolve: Annotated[
        str | None,
        typer.Option("--resolve", help="retrain, rollback, threshold_change or no_action"),
    ] = None,
    note: Annotated[str, typer.Option("--note", help="what was done")] = "",
    policy: PolicyOption = Path("steward.yaml"),
    home: HomeOption = None,
) -> None:
    """Record the root cause and/or the resolution; each is a ledger entry."""
    from steward.accountability.roles import current_actor
    from steward.errors import StewardError

    if root_cause is None and resolve is None:
        raise StewardError("give --root-cause, --resolve or both", where="incidents update")
    incidents = _incidents(policy, home)
    actor = current_actor()
    if root_cause is not None:
        incidents.root_cause(incident_id, root_cause, actor=actor)
    if resolve is not None:
        incidents.resolve(incident_id, resolve, note, actor=actor)
    incident = incidents.get(incident_id)
    typer.echo(f"incident #{incident.id}: {incident.status}"
               + (f" ({incident.resolution})" if incident.resolution else ""))  # fmt: skip


@incidents_app.command("triage")
@friendly_errors
def incidents_triage(policy: PolicyOption = Path("steward.yaml"), home: HomeOption = None) -> None:
    """Open incidents for feedback not triaged yet (the gateway does this as feedback arrives)."""
    from sqlalchemy import select

    from steward.store.db import FeedbackRow

    incidents = _incidents(policy, home)
    with incidents.store.session() as session:
        pending = session.scalars(
            select(FeedbackRow.id).where(FeedbackRow.incident_id.is_(None))
        ).all()
    opened = [i for i in (incidents.triage(fid) for fid in pending) if i is not None]
    typer.echo(f"{len(pending)} feedback rows triaged: {len(opened)} incidents opened")


monitor_app = typer.Typer(help="Production monitoring from the gateway's ledger trail.",
                          no_args_is_help=True)  # fmt: skip


@monitor_app.command("report")
@friendly_errors
def monitor_report_command(
    policy: PolicyOption = Path("steward.yaml"),
    model: Annotated[
        str | None, typer.Option("--model", help="reference model (default: serve.model)")
    ] = None,
    open_incidents: Annotated[
        bool, typer.Option("--open-incidents/--no-incidents", help="open one per breach")
    ] = True,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Intent rates (overall and per language), confidence, guard block rates and drift (PSI
    against the training data) over the policy's monitor window; thresholds open incidents.
    The chat assistant's answered / escalated / blocked rates, citation coverage, grounding
    removals and question-topic drift follow, per language."""
    from steward.accountability.incidents import Incidents
    from steward.accountability.monitoring import monitor_report, training_reference
    from steward.accountability.roles import current_actor
    from steward.config import load_policy
    from steward.registry.models import Registry

    loaded = load_policy(policy)
    store = open_store(home)
    ref = model or loaded.policy.serve.model
    reference = {}
    if ref:
        version = Registry(store).get(ref) if ":" in ref else Registry(store).servable(ref)
        reference = training_reference(store, version.artifact_sha256, loaded)
    report = monitor_report(store, loaded, reference=reference)
    opened = []
    if open_incidents:
        incidents = Incidents(store, loaded.policy)
        for breach in report["breaches"]:
            opened.append(
                incidents.open(
                    title=f"monitor: {breach['metric']} {breach['value']} beyond {breach['limit']}",
                    severity="medium",
                    source="monitor",
                    category="guard" if breach["category"] == "guard" else "model",
                    actor=current_actor(),
                    model_ref=ref,
                    details=breach,
                ).id
            )
    report["incidents_opened"] = opened
    if json_out:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    requests = report["requests"]
    typer.echo(
        f"last {report['window_hours']:g} h: {sum(requests.values())} requests "
        f"({', '.join(f'{k} {v}' for k, v in requests.items()) or 'none'}); block rate "
        f"{report['block_rate']}; mean confidence {report['mean_confidence']}"
    )
    typer.echo(
        f"drift against the training data: intents PSI {report['prediction_psi']}, "
        f"lengths PSI {report['length_psi']}"
    )
    top = list(report["intent_rates"].items())[:8]
    if top:
        typer.echo("intents: " + ", ".join(f"{k} {v:.1%}" for k, v in top))
    for group, rates in report["intent_rates_by_language"].items():
        typer.echo(f"  {group}: " + ", ".join(f"{k} {v:.1%}" for k, v in list(rates.items())[:5]))
    _echo_chat(report["chat"])
    if not report["judged"]:
        typer.echo("too few requests to judge (policy monitor.min_requests)")
    for breach in report["breaches"]:
        typer.echo(f"BREACH {breach['metric']} = {breach['value']} (limit {breach['limit']})")
    if opened:
        typer.echo(f"incidents opened: {', '.join(f'#{i}' for i in opened)}")


def _percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate:.1%}"


def _echo_chat(chat: dict[str, Any]) -> None:
    """The chat assistant's lines of ``steward monitor report`` (none without chat traffic)."""
    if not chat["requests"]:
        return
    typer.echo(f"chat: {chat['requests']} requests")
    for language, figures in [*chat["by_language"].items(), ("all", chat["all"])]:
        modes = ", ".join(f"{k} {v}" for k, v in figures["modes"].items()) or "none recorded"
        typer.echo(
            f"  {language}: {figures['requests']} requests, answered "
            f"{_percent(figures['answered_rate'])}, escalated "
            f"{_percent(figures['escalated_rate'])}, blocked {_percent(figures['blocked_rate'])}"
            f"; citation coverage {_percent(figures['citation_coverage'])} "
            f"({figures['cited_answers']}/{figures['answers_with_citation_record']}); "
            f"grounding guard removed {figures['sentences_removed']} sentences from "
            f"{figures['answers_with_removals']} answers; modes: {modes}"
        )
    if chat["stream_endings"]:
        typer.echo(
            "  streams ended: " + ", ".join(f"{k} {v}" for k, v in chat["stream_endings"].items())
        )
    for drift in chat["topic_drift"]:
        measured = f"PSI {drift['topic_psi']}" if drift["topic_psi"] is not None else drift["drift"]
        topics = ", ".join(f"{k} {v}" for k, v in list(drift["topics"].items())[:8])
        typer.echo(
            f"  question topics ({drift['assistant'] or 'assistant unknown'}, "
            f"{drift['questions']} questions: {topics}): drift against the fine-tuning data "
            f"{measured}"
        )
