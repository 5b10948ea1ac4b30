"""The console's operations views: the incidents board, monitoring and the privacy desk.

Each calls the service the CLI calls, so an action leaves the same ledger entries:
:class:`~steward.accountability.incidents.Incidents` (``steward incidents update``),
:func:`~steward.accountability.monitoring.monitor_report` (``steward monitor report``) and
:class:`~steward.data.rights.DataRights` (``steward data forget`` and
``steward data purge-expired --dry-run``).

Who may act follows the RACI table: an incident's root cause and resolution are recorded by a
person the policy names in the incident's responsible role (``incidents.model_owner`` or
``incidents.guard_owner``); an erasure needs the ``erase`` permission (``privacy_officer``).
Charts are inline SVG drawn here (no script, no CDN), each with the table it was drawn from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from steward.accountability.incidents import RESOLUTIONS, SEVERITIES, Incident, Incidents
from steward.accountability.ledger import LedgerEntry, entry_from_row
from steward.accountability.monitor_rollups import next_hour, window_reports
from steward.accountability.monitoring import monitor_report, training_reference
from steward.accountability.roles import Permission
from steward.accountability.trace import trace
from steward.console.access import Viewer
from steward.console.ledger_queries import LedgerFilter, ledger_page
from steward.data.rights import (
    FORGET_ACTION,
    RETENTION_ACTION,
    DataRights,
    RetentionRule,
    RightsOutcome,
)
from steward.errors import StewardError
from steward.registry.models import Registry
from steward.store.artifacts import Store
from steward.store.db import LedgerEntryRow

if TYPE_CHECKING:
    from steward.console.state import Console

# The board's columns: an incident with a root cause is triaged.
BOARD_COLUMNS = (("open", "incidents.col_open"), ("root_caused", "incidents.col_triaged"),
                 ("resolved", "incidents.col_resolved"))  # fmt: skip
DEFAULT_PERIODS = 8
MAX_PERIODS = 48
CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 560, 180, 34
# One colour per series, in order; the threshold is drawn dashed in red.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")


@dataclass(frozen=True)
class Line:
    label: str
    colour: str
    points: str  # SVG polyline "x,y x,y"
    dots: list[tuple[float, float, str]]  # x, y, the value shown on hover (title)


@dataclass(frozen=True)
class Chart:
    """A line chart as SVG coordinates: one line per language, the policy's limit as a dashed
    line, the y axis from 0 to the larger of the data and the limit."""

    lines: list[Line]
    threshold_y: float | None
    threshold: float | None
    top: float
    ticks: list[tuple[float, str]]  # x, period label
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    pad: int = CHART_PAD


def line_chart(
    periods: list[str], series: dict[str, list[float | None]], threshold: float | None
) -> Chart:
    values = [v for vs in series.values() for v in vs if v is not None]
    top = max([*values, threshold or 0.0, 1e-9])
    top = top * 1.1 if top > 0 else 1.0
    inner_w, inner_h = CHART_WIDTH - 2 * CHART_PAD, CHART_HEIGHT - 2 * CHART_PAD
    step = inner_w / max(1, len(periods) - 1)

    def xy(index: int, value: float) -> tuple[float, float]:
        return (round(CHART_PAD + index * step, 1),
                round(CHART_PAD + inner_h * (1 - value / top), 1))  # fmt: skip

    lines = []
    for number, (label, values_of) in enumerate(sorted(series.items())):
        known = [(i, v) for i, v in enumerate(values_of) if v is not None]
        dots = [(*xy(i, v), f"{label} {periods[i]}: {v:g}") for i, v in known]
        lines.append(Line(label, PALETTE[number % len(PALETTE)],
                          " ".join(f"{x},{y}" for x, y, _ in dots), dots))  # fmt: skip
    threshold_y = xy(0, threshold)[1] if threshold is not None else None
    ticks = [(xy(i, 0)[0], label) for i, label in enumerate(periods)]
    return Chart(lines, threshold_y, threshold, round(top, 4), ticks)


def _series(
    reports: list[dict[str, Any]], pick: Any, languages: list[str]
) -> dict[str, list[float | None]]:
    return {language: [pick(report).get(language) for report in reports]
            for language in languages}  # fmt: skip


def _chat_rate(report: dict[str, Any], name: str) -> dict[str, float | None]:
    return {language: figures[name] for language, figures in report["chat"]["by_language"].items()}


def monitoring_series(
    console: Console, periods: int, now: datetime | None = None
) -> dict[str, Any]:
    """``periods`` consecutive windows of the policy's ``monitor.window_hours``, newest last,
    each with :func:`monitor_report`'s figures over that window alone, and the charts drawn
    from them. Windows of whole hours end at the next full hour and are read from the hourly
    rollups (:mod:`steward.accountability.monitor_rollups`)."""
    loaded, store = console.loaded, console.store
    window = timedelta(hours=loaded.policy.monitor.window_hours)
    end = now or datetime.now(UTC)
    reference: dict[str, Any] = {}
    served = loaded.policy.serve.model
    if served:
        registry = Registry(store)
        try:
            version = registry.get(served) if ":" in served else registry.servable(served)
            # an artifact's lineage and blobs never change: read its training data once
            cached = console.references.get(version.artifact_sha256)
            if cached is None:
                cached = training_reference(store, version.artifact_sha256, loaded)
                console.references[version.artifact_sha256] = cached
            reference = cached
        except StewardError:
            reference = {}  # nothing servable: drift is not measurable, the rest still is
    if window % timedelta(hours=1):  # not whole hours: each window read decision by decision
        ends = [end - window * back for back in range(periods - 1, -1, -1)]
        reports = [monitor_report(store, loaded, reference=reference, now=at, until_now=True)
                   for at in ends]  # fmt: skip
    else:  # windows end on the hour: the hourly rollups answer, whatever the ledger's size
        last = next_hour(end)
        ends = [last - window * back for back in range(periods - 1, -1, -1)]
        reports = window_reports(store, loaded, ends, reference=reference)
    labels = [at.strftime("%m-%d %H:%M") for at in ends]
    classify_languages = sorted({g for r in reports for g in r["block_rate_by_language"]})
    chat_languages = sorted({g for r in reports for g in r["chat"]["by_language"]})
    settings = loaded.policy.monitor
    block = _series(reports, lambda r: r["block_rate_by_language"], classify_languages)
    drift = _series(reports, lambda r: r["prediction_psi_by_language"], classify_languages)
    escalated = _series(reports, lambda r: _chat_rate(r, "escalated_rate"), chat_languages)
    chat_blocked = _series(reports, lambda r: _chat_rate(r, "blocked_rate"), chat_languages)
    return {
        "periods": labels,
        "on_the_hour": not window % timedelta(hours=1),
        "reports": reports,
        "window_hours": settings.window_hours,
        "settings": settings,
        "reference": reference.get("dataset"),
        "served": served,
        "charts": [
            ("monitoring.block_rate", line_chart(labels, block, settings.max_block_rate), block),
            ("monitoring.drift", line_chart(labels, drift, settings.max_prediction_psi), drift),
            ("monitoring.escalated", line_chart(labels, escalated, None), escalated),
            (
                "monitoring.chat_blocked",
                line_chart(labels, chat_blocked, settings.max_block_rate),
                chat_blocked,
            ),
        ],
        "classify_languages": classify_languages,
        "newest": reports[-1],
    }


def incident_entries(store: Store, incident_id: int) -> list[LedgerEntry]:
    """The ledger entries about one incident, oldest first (the subject index serves it)."""
    with store.session() as session:
        rows = session.scalars(
            select(LedgerEntryRow)
            .where(LedgerEntryRow.subject == f"incident:{incident_id}")
            .order_by(LedgerEntryRow.seq)
        )
        return [entry_from_row(row) for row in rows]


def _decision_trail(store: Store, incident: Incident) -> dict[str, Any] | None:
    if not incident.request_id:
        return None
    try:
        return trace(store, incident.request_id)
    except StewardError:
        return None


def register_ops_views(app: FastAPI, console: Console) -> None:
    """Add the incidents board, monitoring and the privacy desk to the console's app."""
    loaded, store = console.loaded, console.store
    incidents = Incidents(store, loaded.policy, ledger=console.ledger)
    owner_setting = {"model": "incidents.model_owner", "guard": "incidents.guard_owner"}

    async def may_update(request: Request, viewer: Viewer, incident: Incident) -> None:
        """The incident's responsible role records its root cause and resolution (RACI), by a
        person the policy names in it; anyone else is refused and recorded."""
        if viewer.key.role != incident.responsible_role:
            setting = owner_setting.get(incident.category, "incidents.model_owner")
            await console.refuse(
                request, viewer,
                f"role {viewer.key.role!r} may not update incident {incident.id}: its "
                f"responsible role is {incident.responsible_role} ({setting})",
                incident=incident.id,
            )  # fmt: skip
        await console.holder(request, viewer, "steward incidents update", incident=incident.id)

    # -- incidents board -------------------------------------------------------------------
    @app.get("/incidents", response_class=HTMLResponse)
    async def incidents_board(request: Request) -> Response:
        viewer = await console.may_see(request, "incidents")
        severity = request.query_params.get("severity", "")
        if severity and severity not in SEVERITIES:
            raise StewardError(f"must be one of {', '.join(SEVERITIES)}", where="severity")
        found = await run_in_threadpool(incidents.list)
        shown = [i for i in found if not severity or i.severity == severity]
        columns = [(status, label, [i for i in shown if i.status == status])
                   for status, label in BOARD_COLUMNS]  # fmt: skip
        return console.page(request, "incidents.html", viewer, columns=columns,
                            severities=SEVERITIES, severity=severity)  # fmt: skip

    @app.get("/incidents/{incident_id}", response_class=HTMLResponse)
    async def incident_page(request: Request, incident_id: int) -> Response:
        viewer = await console.may_see(request, "incidents")
        done = request.query_params.get("done", "")

        def gather() -> dict[str, Any]:
            incident = incidents.get(incident_id)
            entries = incident_entries(store, incident_id)
            return {"incident": incident, "trail": _decision_trail(store, incident),
                    "entries": entries,
                    "done": next((e for e in entries if str(e.seq) == done), None)}  # fmt: skip

        found = await run_in_threadpool(gather)
        incident = found["incident"]
        may_act = (
            viewer.key.role == incident.responsible_role
            and viewer.key.name in loaded.policy.roles.people(viewer.key.role)
            and incident.status != "resolved"
        )
        return console.page(request, "incident.html", viewer, may_act=may_act,
                            resolutions=RESOLUTIONS, **found)  # fmt: skip

    @app.post("/incidents/{incident_id}")
    async def incident_update(request: Request, incident_id: int) -> Response:
        viewer = console.viewer(request)
        fields = await console.form(request, viewer)
        incident = await run_in_threadpool(incidents.get, incident_id)
        await may_update(request, viewer, incident)
        step = fields.get("step", "")
        actor = viewer.actor(loaded)
        note = fields.get("note", "")
        if step == "root_cause":
            changed = lambda: incidents.root_cause(incident_id, note, actor=actor)  # noqa: E731
        elif step == "resolve":
            resolution = fields.get("resolution", "")
            changed = lambda: incidents.resolve(incident_id, resolution, note, actor=actor)  # noqa: E731
        else:
            raise StewardError("must be root_cause or resolve", where="step")
        try:
            await run_in_threadpool(changed)
        except StewardError as exc:
            # the service names the CLI's options; the form's fields are note and resolution
            where = {"--root-cause": "note", "--resolve": "resolution"}.get(exc.where or "")
            if where is None:
                raise
            raise StewardError(exc.what, where=where) from None
        newest = (await run_in_threadpool(incident_entries, store, incident_id))[-1]
        return RedirectResponse(f"/incidents/{incident_id}?{urlencode({'done': newest.seq})}", 303)

    # -- monitoring ------------------------------------------------------------------------
    @app.get("/monitoring", response_class=HTMLResponse)
    async def monitoring(request: Request) -> Response:
        viewer = await console.may_see(request, "monitoring")
        text = request.query_params.get("periods", str(DEFAULT_PERIODS))
        if not text.isdigit() or not 1 <= int(text) <= MAX_PERIODS:
            raise StewardError(f"must be a whole number from 1 to {MAX_PERIODS}", where="periods")
        found = await run_in_threadpool(monitoring_series, console, int(text))
        return console.page(request, "monitoring.html", viewer, **found)

    # -- privacy desk ----------------------------------------------------------------------
    def rights(viewer: Viewer, *, check_role: bool = True) -> DataRights:
        data = loaded.policy.data
        return DataRights(
            store, actor=viewer.actor(loaded), id_field=data.id_field,
            subject_fields=list(data.subject_fields),
            roles_policy=loaded.policy.roles if check_role else None,
        )  # fmt: skip

    def retention_rule() -> RetentionRule | None:
        retention = loaded.policy.data.retention
        if retention is None:
            return None
        return RetentionRule(retention.days, retention.timestamp_field,
                             missing=retention.missing)  # fmt: skip

    def retention_status(viewer: Viewer, checked: RightsOutcome | None) -> dict[str, Any]:
        """Each current data set (its stored record only: a cheap query); how many of its rows
        are past ``data.retention`` only after a retention dry run (``checked``), which reads
        every row and so runs when someone asks for it, not on every page load."""
        rule = retention_rule()
        datasets = rights(viewer, check_role=False).current_datasets()
        expired: dict[str, int] = {}
        if checked is not None:
            expired = {r.old: r.removed for r in checked.rewrites if r.kind == "dataset"}
        return {
            "retention": loaded.policy.data.retention, "cutoff": rule.cutoff if rule else None,
            "checked": checked,
            "datasets": [(d, expired.get(d.sha256, 0) if checked else None) for d in datasets],
        }  # fmt: skip

    async def privacy_page(
        request: Request,
        viewer: Viewer,
        status: int = 200,
        checked: RightsOutcome | None = None,
        **context: Any,
    ) -> Response:
        done = request.query_params.get("done", "")

        def gather() -> dict[str, Any]:
            recent, _ = ledger_page(store, LedgerFilter(kind=FORGET_ACTION), None, 10)
            shown = None
            if done.isdigit():
                shown = next((e for e in recent if str(e.seq) == done), None)
                if shown is None:  # a retention purge: not among the erasures listed
                    row = store_entry(int(done))
                    shown = row if row is not None and row.action == RETENTION_ACTION else None
            return {**retention_status(viewer, checked), "recent": recent, "done": shown}

        return console.page(
            request, "privacy.html", viewer, status=status,
            may_erase=viewer.may(Permission.ERASE), **await run_in_threadpool(gather),
            **{"preview": None, "subject": "", **context},
        )  # fmt: skip

    def store_entry(seq: int) -> LedgerEntry | None:
        with store.session() as session:
            row = session.get(LedgerEntryRow, seq)
            return entry_from_row(row) if row is not None else None

    async def may_erase(request: Request, viewer: Viewer, step: str, cli: str) -> None:
        if not viewer.may(Permission.ERASE):
            await console.refuse(
                request, viewer,
                f"role {viewer.key.role!r} may not erase; needs the erase permission "
                "(privacy_officer)",
                step=step,
            )  # fmt: skip
        await console.holder(request, viewer, cli, step=step)

    @app.get("/privacy", response_class=HTMLResponse)
    async def privacy(request: Request) -> Response:
        viewer = await console.may_see(request, "privacy")
        return await privacy_page(request, viewer)

    @app.post("/privacy/forget")
    async def privacy_forget(request: Request) -> Response:
        viewer = console.viewer(request)
        fields = await console.form(request, viewer)
        step = fields.get("step", "")
        await may_erase(request, viewer, step, "steward data forget")
        subject = fields.get("subject", "").strip()
        if not subject:
            raise StewardError("give the data subject's key", where="subject")
        if step == "dry_run":
            preview = await run_in_threadpool(lambda: rights(viewer).forget(subject, dry_run=True))
            names = await run_in_threadpool(
                lambda: {r.old: store.get(r.old) for r in preview.rewrites}
            )
            return await privacy_page(request, viewer, preview=preview, artifacts=names,
                                      subject=subject)  # fmt: skip
        if step != "execute":
            raise StewardError("must be dry_run or execute", where="step")
        reason = fields.get("reason", "").strip()
        if not reason:
            raise StewardError("an erasure needs a reason (recorded in the ledger)", where="reason")
        outcome = await run_in_threadpool(
            lambda: rights(viewer).forget(subject, dry_run=False, reason=reason)
        )
        return RedirectResponse(f"/privacy?{urlencode({'done': outcome.ledger_seq})}", 303)

    @app.post("/privacy/retention")
    async def privacy_retention(request: Request) -> Response:
        """A retention dry run (``steward data purge-expired --dry-run``: changes nothing, so
        whoever sees the desk may ask for it), then the purge (the erase permission)."""
        viewer = console.viewer(request)
        fields = await console.form(request, viewer)
        await console.may_see(request, "privacy")  # a role that does not see it: refused
        step = fields.get("step", "")
        rule = retention_rule()
        if rule is None:
            raise StewardError("the policy sets no retention period", where="data.retention")
        if step == "dry_run":
            checked = await run_in_threadpool(
                lambda: rights(viewer, check_role=False).purge_expired(rule, dry_run=True)
            )
            return await privacy_page(request, viewer, checked=checked)
        if step != "execute":
            raise StewardError("must be dry_run or execute", where="step")
        await may_erase(request, viewer, step, "steward data purge-expired")
        outcome = await run_in_threadpool(lambda: rights(viewer).purge_expired(rule, dry_run=False))
        return RedirectResponse(f"/privacy?{urlencode({'done': outcome.ledger_seq or ''})}", 303)
