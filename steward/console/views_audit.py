"""The console's audit views: one decision's trace drawn as a graph, two model versions side
by side, the ledger's verification (incremental, from the last verified head) and a signed
bundle for an auditor.

Each reuses the service the CLI uses: :func:`~steward.accountability.trace.trace` (``steward
ledger trace``), :func:`~steward.accountability.bundle.export_recorded` (``steward ledger
export``), :meth:`~steward.accountability.ledger.Ledger.verify` (``steward ledger verify``),
the registry and each run's ``audit.json``.
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from steward.accountability.bundle import export_recorded
from steward.accountability.ledger import LedgerVerification
from steward.accountability.roles import Permission
from steward.accountability.trace import DECISION_ACTIONS, trace
from steward.errors import StewardError
from steward.registry.models import ModelVersion
from steward.store.permissions import make_private_dir, write_private_bytes

if TYPE_CHECKING:
    from steward.console.state import Console

# -- the trace graph -----------------------------------------------------------------------
NODE_W, NODE_H, COLUMN_GAP, ROW_GAP, MARGIN, TITLE_H = 170, 64, 34, 14, 8, 22
NODE_CHARS = 24  # a node's line is cut to this many characters (its full text is its title)
# The chain's layers, left to right, each with its label.
LAYERS = (
    ("request", "trace.request"),
    ("key", "trace.key"),
    ("model", "trace.model"),
    ("approvals", "trace.approvals"),
    ("data", "trace.data"),
    ("policy", "trace.policy"),
)


@dataclass(frozen=True)
class Node:
    layer: int
    row: int
    lines: tuple[str, ...]
    title: str  # the full text, shown on hover
    tone: str = "plain"  # plain, ok, bad, none
    link: str | None = None

    @property
    def x(self) -> int:
        return MARGIN + self.layer * (NODE_W + COLUMN_GAP)

    @property
    def y(self) -> int:
        return MARGIN + TITLE_H + self.row * (NODE_H + ROW_GAP)


@dataclass(frozen=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[tuple[int, int, int, int], ...]  # x1, y1, x2, y2
    width: int
    height: int
    titles: tuple[tuple[int, str], ...]  # x of each layer's centre, its label key


def _short(text: Any, chars: int = NODE_CHARS) -> str:
    value = "—" if text is None or text == "" else str(text)
    return value if len(value) <= chars else value[: chars - 1] + "…"


_Item = tuple[list[str], str, str | None]  # a node's lines, tone and link


def _layer_nodes(result: dict[str, Any]) -> list[list[_Item]]:
    """Each layer's nodes as (lines, tone, link), from a :func:`trace` result."""
    decision, caller = result["decision"], result["caller"]
    outcome = str(decision.get("outcome"))
    request: list[_Item] = [(
        [result["request_id"], f"#{decision['seq']} {decision.get('route') or ''}", outcome],
        "ok" if outcome in ("ok", "allowed", "allow") else "bad",
        f"/ledger?before={decision['seq'] + 1}",
    )]  # fmt: skip
    key_lines = [f"key {caller.get('key_id')}", str(caller.get("name")), str(caller.get("role"))]
    key: list[_Item] = [(key_lines, "plain", None)]
    model = result.get("model")
    if not model:
        return [request, key, [(["—"], "none", None)], [], [], []]
    model_lines = [model["ref"], str(model["status"]), f"sha {model['weights_sha256'][:12]}"]
    models: list[_Item] = [(model_lines, "plain", f"/models/{model['ref']}")]
    approvals: list[_Item] = [
        ([f"#{e['seq']} {e['action']}", str(e["actor"]), str(e["outcome"])],
         "bad" if e["outcome"] in ("rejected", "failed") else "ok",
         f"/ledger?before={e['seq'] + 1}")
        for e in result.get("release") or []
    ]  # fmt: skip
    data: list[_Item] = [
        ([str(a["kind"]), str(a["name"]), f"sha {a['sha256'][:12]}"], "plain", None)
        for a in result.get("data") or []
    ]
    policies: dict[str, str] = {}
    gateway = result.get("gateway") or {}
    if gateway.get("policy_sha256"):
        policies[gateway["policy_sha256"]] = "gateway"
    for entry in result.get("release") or []:
        if entry.get("policy_sha256"):
            policies.setdefault(entry["policy_sha256"], "gate")
    policy: list[_Item] = [
        ([f"sha {sha[:12]}", where], "plain", None) for sha, where in policies.items()
    ]
    return [request, key, models, approvals, data, policy]


def trace_graph(result: dict[str, Any]) -> Graph:
    """The chain request → key → model version → approvals → data sets → policy, laid out in
    columns (an empty layer drawn as one "—" node), each node linked to the next layer's."""
    layers = [nodes or [(["—"], "none", None)] for nodes in _layer_nodes(result)]
    nodes: list[Node] = []
    by_layer: list[list[Node]] = []
    for index, items in enumerate(layers):
        column = [
            Node(index, row, tuple(_short(line) for line in lines), " · ".join(lines), tone, link)
            for row, (lines, tone, link) in enumerate(items)
        ]
        by_layer.append(column)
        nodes += column
    edges = [
        (a.x + NODE_W, a.y + NODE_H // 2, b.x, b.y + NODE_H // 2)
        for left, right in itertools.pairwise(by_layer)
        for a in left
        for b in right
    ]
    rows = max(len(column) for column in by_layer)
    return Graph(
        nodes=tuple(nodes),
        edges=tuple(edges),
        width=2 * MARGIN + len(LAYERS) * NODE_W + (len(LAYERS) - 1) * COLUMN_GAP,
        height=2 * MARGIN + TITLE_H + rows * NODE_H + (rows - 1) * ROW_GAP,
        titles=tuple(
            (MARGIN + i * (NODE_W + COLUMN_GAP) + NODE_W // 2, label)
            for i, (_, label) in enumerate(LAYERS)
        ),
    )


# -- comparing two versions ----------------------------------------------------------------
DATA_COUNTS = ("rows_read", "kept", "quarantined", "duplicates")


@dataclass(frozen=True)
class RunAudit:
    """What the compare view reads from one run's ``audit.json`` (steward.audit schema):
    the data section's row accounting and the fairness section's per-group accuracy."""

    data: dict[str, int]
    groups: dict[tuple[str, str], tuple[float, int]]  # (column, group) -> (accuracy, n)
    problem: str | None = None


def read_run_audit(console: Console, model: ModelVersion) -> RunAudit:
    if not model.run_id:
        return RunAudit({}, {}, f"{model.ref}: no run folder is recorded")
    path = console.store.home / "runs" / model.run_id / "audit.json"
    if not path.is_file():
        return RunAudit({}, {}, f"{path.name}: not in run {model.run_id}")
    try:
        document = json.loads(console.store.read_file(path))  # decrypts a sealed run
        sections = document.get("sections") or {}
        data = sections.get("data") or {}
        counts = {name: int(data[name]) for name in DATA_COUNTS if name in data}
        groups = {
            (str(column["column"]), str(row["group"])): (
                float(row["accuracy"]["value"]), int(row["n"])
            )
            for column in (sections.get("fairness") or {}).get("columns") or []
            for row in column.get("groups") or []
        }  # fmt: skip
    except (ValueError, KeyError, TypeError) as exc:
        return RunAudit({}, {}, f"runs/{model.run_id}/audit.json: unreadable ({exc})")
    return RunAudit(counts, groups)


def _difference(a: Any, b: Any) -> float | None:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return b - a
    return None


def _verdicts(model: ModelVersion) -> dict[str, str]:
    verdicts: dict[str, str] = {}
    for v in model.gate.get("verdicts") or []:
        verdicts[v["name"]] = (
            "passed" if v.get("passed") else "waived" if v.get("waived_by") else "failed"
        )
    return verdicts


def compare_versions(console: Console, a_ref: str, b_ref: str) -> dict[str, Any]:
    """Two versions side by side: metrics, per-group accuracy, gate verdicts, data rows; each
    row ``(name, a, b, b - a)`` (a value absent from one side is None)."""
    a, b = console.registry.get(a_ref), console.registry.get(b_ref)
    audit_a, audit_b = read_run_audit(console, a), read_run_audit(console, b)

    def side_by_side(left: dict[Any, Any], right: dict[Any, Any]) -> list[tuple[Any, ...]]:
        return [
            (name, left.get(name), right.get(name), _difference(left.get(name), right.get(name)))
            for name in sorted(set(left) | set(right))
        ]

    groups = [
        (column, group, *(audit.groups.get((column, group), (None, None)) for audit in
                          (audit_a, audit_b)))
        for column, group in sorted(set(audit_a.groups) | set(audit_b.groups))
    ]  # fmt: skip
    verdicts_a, verdicts_b = _verdicts(a), _verdicts(b)
    return {
        "a": a,
        "b": b,
        "metrics": side_by_side(a.metrics, b.metrics),
        "groups": [
            (column, group, left, right, _difference(left[0], right[0]))
            for column, group, left, right in groups
        ],
        "verdicts": [
            (rule, verdicts_a.get(rule), verdicts_b.get(rule))
            for rule in sorted(set(verdicts_a) | set(verdicts_b))
        ],
        "gates": (bool(a.gate.get("passed")), bool(b.gate.get("passed"))),
        "data": [row for row in side_by_side(audit_a.data, audit_b.data) if row[0] in DATA_COUNTS],
        "datasets": (_datasets(console, a), _datasets(console, b)),
        "problems": [p for p in (audit_a.problem, audit_b.problem) if p],
    }


def _datasets(console: Console, model: ModelVersion) -> list[str]:
    try:
        lineage = console.store.lineage(model.artifact_sha256)
    except StewardError:
        return []
    return [f"{r.name} {r.sha256[:12]}" for r in lineage[1:] if r.kind == "dataset"]


# -- verification from the last verified head ----------------------------------------------
@dataclass(frozen=True)
class VerifiedHead:
    """The newest head a walk verified (kept in ``<home>/console/ledger-verified.json``)."""

    seq: int
    head_hash: str
    full_walk_at: str  # the last walk of the whole chain
    checked_at: str  # the last walk (whole or from the head before)


def verified_head_path(console: Console) -> Path:
    return console.store.home / "console" / "ledger-verified.json"


def read_verified_head(console: Console) -> VerifiedHead | None:
    path = verified_head_path(console)
    try:
        data = json.loads(path.read_text("utf-8"))
        return VerifiedHead(int(data["seq"]), str(data["head_hash"]), str(data["full_walk_at"]),
                            str(data["checked_at"]))  # fmt: skip
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return None  # unreadable: the next verification walks the whole chain again


def verify_from_head(console: Console, *, full: bool) -> tuple[LedgerVerification, Any, float]:
    """Verify the ledger: from the last verified head on (or the whole chain when ``full``,
    or when no head was verified yet). A success moves the head; returns the result, the
    head the walk started from (None: the whole chain) and the walk's seconds."""
    previous = None if full else read_verified_head(console)
    started = time.perf_counter()
    result = console.ledger.verify(resume=(previous.seq, previous.head_hash) if previous else None)
    seconds = time.perf_counter() - started
    if result.ok:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        head = VerifiedHead(result.entries, result.head_hash,
                            previous.full_walk_at if previous else now, now)  # fmt: skip
        path = verified_head_path(console)
        make_private_dir(path.parent)
        # written whole (0600) then renamed: a reader never sees half a file
        handle, scratch = tempfile.mkstemp(prefix=".verified-", dir=path.parent)
        os.close(handle)
        write_private_bytes(Path(scratch), json.dumps(head.__dict__).encode())
        os.replace(scratch, path)
    return result, previous, seconds


# -- routes --------------------------------------------------------------------------------
def register_audit_views(app: FastAPI, console: Console) -> None:
    """Trace, compare, verify and export routes on the console's app."""
    # Ledger rows that are served decisions link to their trace (templates/_entries.html).
    console.templates.globals["traceable_actions"] = DECISION_ACTIONS

    @app.get("/trace/{request_id:path}", response_class=HTMLResponse)
    async def trace_view(request: Request, request_id: str) -> Response:
        viewer = await console.may_see(request, "ledger")
        try:
            result = await run_in_threadpool(trace, console.store, request_id)
        except StewardError as exc:
            return console.page(request, "error.html", viewer, status=404, message=str(exc))
        return console.page(request, "trace.html", viewer, result=result,
                            graph=trace_graph(result))  # fmt: skip

    @app.get("/compare", response_class=HTMLResponse)
    async def compare_view(request: Request) -> Response:
        viewer = await console.may_see(request, "models")
        a_ref = request.query_params.get("a", "").strip()
        b_ref = request.query_params.get("b", "").strip()
        found = None
        if a_ref and b_ref:
            found = await run_in_threadpool(compare_versions, console, a_ref, b_ref)
        return console.page(request, "compare.html", viewer, a_ref=a_ref, b_ref=b_ref,
                            found=found)  # fmt: skip

    @app.get("/ledger/verify", response_class=HTMLResponse)
    async def ledger_verify(request: Request) -> Response:
        viewer = await console.may_see(request, "ledger")
        full = request.query_params.get("full") == "1"
        result, previous, seconds = await run_in_threadpool(verify_from_head, console,
                                                            full=full)  # fmt: skip
        signers = await run_in_threadpool(console.ledger.signers)
        return console.page(
            request, "verify.html", viewer, result=result, signers=signers, previous=previous,
            head=read_verified_head(console), seconds=seconds,
            may_export=viewer.may(Permission.READ_LEDGER),
        )  # fmt: skip

    @app.post("/ledger/export")
    async def ledger_export(request: Request) -> Response:
        viewer = console.viewer(request)
        await console.form(request, viewer)
        if not viewer.may(Permission.READ_LEDGER):
            await console.refuse(
                request, viewer,
                f"role {viewer.key.role!r} may not export the ledger; needs "
                f"{Permission.READ_LEDGER.value}",
            )  # fmt: skip
        folder = make_private_dir(console.store.home / "console" / "exports")
        handle, name = tempfile.mkstemp(prefix="ledger-", suffix=".json", dir=folder)
        os.close(handle)
        out = Path(name)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        download = f"steward-ledger-{stamp}.json"
        try:
            await run_in_threadpool(
                lambda: export_recorded(console.ledger, out, actor=viewer.actor(console.loaded),
                                        subject=f"console download {download}")
            )  # fmt: skip
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        return FileResponse(
            out, media_type="application/json", filename=download,
            background=BackgroundTask(out.unlink, missing_ok=True),
        )  # fmt: skip
