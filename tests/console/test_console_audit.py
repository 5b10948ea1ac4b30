"""The console's audit views over HTTP (TestClient on the real app, a real SQLite store): a
decision's trace drawn as a graph, two versions compared, the ledger verified from its last
verified head, a signed bundle exported; each per role of the RACI table."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from steward.accountability.bundle import EXPORTED_ACTION, verify_bundle
from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.console.app import create_console
from steward.console.state import DENIED_ACTION
from steward.console.views_audit import read_verified_head, verified_head_path
from steward.registry.models import ModelVersion
from tests.conftest import run_sql
from tests.console.test_console_http import _csrf, sign_in
from tests.console.world import World, make_world

REQUEST_ID = "req-7f3a9c"


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path / "w")


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    with TestClient(create_console(load_policy(world.policy), world.store)) as test_client:
        yield test_client


def _key_id(world: World, label: str) -> str:
    return world.keys[label].split("_")[1]


def _serve_one_decision(world: World) -> None:
    """The entries a gateway writes when it starts and answers one request (the shape
    :func:`steward.serve.decisions.record_decision` writes), answered by bank:1."""
    ledger = Ledger(world.store)
    ledger.append(actor="gateway", action="gateway.started", subject="bank",
                  details={"policy_sha256": load_policy(world.policy).sha256})  # fmt: skip
    ledger.append(
        actor=f"key:{_key_id(world, 'end_user')}", action="gateway.decision", subject=REQUEST_ID,
        outcome="ok",
        details={"route": "/v1/classify", "key_id": _key_id(world, "end_user"),
                 "role": "end_user", "model_sha256": world.models[0].weights_sha256,
                 "latency_ms": 4.2, "guards": [{"guard": "pii", "action": "redact",
                                                "reasons": ["EMAIL found"]}]},
    )  # fmt: skip


def _denials(world: World) -> list[dict[str, object]]:
    return [e.details for e in Ledger(world.store).entries(action=DENIED_ACTION)]


# -- trace -----------------------------------------------------------------------------------
def test_a_decision_links_to_its_trace_drawn_as_an_svg_graph(
    world: World, client: TestClient
) -> None:
    _serve_one_decision(world)
    sign_in(client, world.keys["auditor"])
    ledger = client.get("/ledger").text
    assert f'href="/trace/{REQUEST_ID}"' in ledger
    assert ledger.count('class="trace-link"') == 1  # only the decision, not gateway.started
    page = client.get(f"/trace/{REQUEST_ID}")
    assert page.status_code == 200
    svg = re.search(r"<svg id=\"trace-graph\".*?</svg>", page.text, re.S)
    assert svg, "no inline SVG graph"
    drawn = svg.group(0)
    model = world.models[0]
    gate_entry = next(e for e in Ledger(world.store).entries(action="gate.decided")
                      if e.subject == model.ref)  # fmt: skip
    dataset = world.store.lineage(model.artifact_sha256)[1]
    # request → key → model version → approvals → data set version → policy, each a box
    for shown in (REQUEST_ID, f"key {_key_id(world, 'end_user')}", "eve", model.ref,
                  f"#{gate_entry.seq} gate.decided", dataset.sha256[:12],
                  load_policy(world.policy).sha256[:12]):  # fmt: skip
        assert shown in drawn, shown
    assert drawn.count("<rect") == 6 and drawn.count("<line") == 5  # one node per layer here
    assert f'href="/models/{model.ref}"' in drawn
    assert "<script" not in page.text and "redact" in page.text  # the guard's verdict
    # in Chinese, the layers' labels too
    client.get("/lang/zh")
    assert "数据集版本" in client.get(f"/trace/{REQUEST_ID}").text
    assert client.get("/trace/no-such-request").status_code == 404


def test_a_role_without_the_ledger_cannot_trace(world: World, client: TestClient) -> None:
    _serve_one_decision(world)
    sign_in(client, world.keys["developer"])
    answer = client.get(f"/trace/{REQUEST_ID}")
    assert answer.status_code == 403 and REQUEST_ID not in answer.text.split("<main>")[1][:40]
    (denial,) = _denials(world)
    assert denial["role"] == "developer" and denial["view"] == "ledger"


# -- compare ---------------------------------------------------------------------------------
def _audit(run_dir: Path, data: dict[str, int], groups: dict[str, tuple[float, int]]) -> None:
    """An audit.json with the parts the compare view reads (steward.audit schema)."""
    document = {
        "schema": "steward.audit/2",
        "sections": {
            "data": {"status": "ran", "verdict": "pass", "checks": [], **data},
            "fairness": {"columns": [{"column": "language", "groups": [
                {"group": g, "n": n, "accuracy": {"value": acc}, "readable": True}
                for g, (acc, n) in groups.items()]}]},
        },
    }  # fmt: skip
    run_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    (run_dir / "audit.json").write_text(json.dumps(document), "utf-8")


def _with_run(world: World, model: ModelVersion, run_id: str) -> None:
    run_sql(world.store, "UPDATE models SET run_id = :run WHERE id = :id", run=run_id,
            id=model.id)  # fmt: skip


def test_two_versions_side_by_side(world: World, client: TestClient) -> None:
    first, failed = world.models[0], world.models[1]
    _with_run(world, failed, "run-20261206-b2")
    runs = world.store.home / "runs"
    first_data = {"rows_read": 120, "kept": 110, "quarantined": 6, "duplicates": 4}
    failed_data = {"rows_read": 90, "kept": 70, "quarantined": 15, "duplicates": 5}
    _audit(runs / str(first.run_id), first_data, {"en": (0.91, 60), "zh": (0.84, 50)})
    _audit(runs / "run-20261206-b2", failed_data, {"en": (0.42, 40), "zh": (0.2, 30)})
    sign_in(client, world.keys["risk_owner"])
    page = client.get("/compare", params={"a": first.ref, "b": failed.ref})
    assert page.status_code == 200

    def row(table: str, first_cell: str) -> list[str]:
        body = re.search(rf'id="{table}".*?</table>', page.text, re.S)
        assert body, table
        for cells in re.findall(r"<tr>(.*?)</tr>", body.group(0), re.S):
            texts = [re.sub(r"<[^>]+>", "", c).strip()
                     for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", cells, re.S)]  # fmt: skip
            if texts and texts[0] == first_cell:
                return texts
        raise AssertionError(f"no row {first_cell} in {table}")

    macro_a, macro_b = first.metrics["macro_f1"], failed.metrics["macro_f1"]
    assert row("compare-metrics", "macro_f1") == [
        "macro_f1",
        f"{macro_a:.4g}",
        f"{macro_b:.4g}",
        f"{macro_b - macro_a:.4g}",
    ]
    assert row("compare-verdicts", "quality-floor")[1:] == ["passed", "failed"]
    assert row("compare-groups", "language")[1] == "en"
    zh = [r for r in re.findall(r"<tr><td>language</td><td>zh</td>(.*?)</tr>", page.text)]
    assert zh and f"{0.2 - 0.84:.4g}" in zh[0]
    for name, label in (("rows_read", "Rows read"), ("duplicates", "Duplicates removed")):
        change = failed_data[name] - first_data[name]
        assert row("compare-data", label) == [
            label,
            str(first_data[name]),
            str(failed_data[name]),
            f"{change:+.4g}",
        ]
    # the model page offers the comparison with the version before it
    assert "/compare?a=bank%3A1&amp;b=bank%3A2" in client.get(f"/models/{failed.ref}").text
    # a version without audit.json is still compared (metrics, verdicts), saying what is missing
    page = client.get("/compare", params={"a": first.ref, "b": world.models[2].ref})
    assert page.status_code == 200 and "no run folder is recorded" in page.text
    assert client.get("/compare", params={"a": "bank:1", "b": "bank:99"}).status_code == 409


def test_comparing_needs_the_models_view(world: World, client: TestClient) -> None:
    sign_in(client, world.keys["end_user"])
    assert client.get("/compare", params={"a": "bank:1", "b": "bank:2"}).status_code == 403
    (denial,) = _denials(world)
    assert denial["role"] == "end_user" and denial["view"] == "models"


# -- verify ----------------------------------------------------------------------------------
def test_verify_walks_from_the_last_verified_head_and_still_catches_tampering(
    world: World, client: TestClient
) -> None:
    console = client.app.state.console  # type: ignore[attr-defined]
    sign_in(client, world.keys["auditor"])
    first = client.get("/ledger/verify").text
    assert "Ledger verified" in first and "The whole chain was walked" in first
    head = read_verified_head(console)
    assert head is not None and head.seq == Ledger(world.store).count()
    assert verified_head_path(console).stat().st_mode & 0o077 == 0
    Ledger(world.store).append_many(
        [{"actor": "t", "action": "test.tick", "subject": f"t{i}"} for i in range(5)]
    )
    again = client.get("/ledger/verify").text
    assert f"Walked from entry {head.seq} on" in again and "Ledger verified" in again
    newer = read_verified_head(console)
    assert newer is not None and newer.seq == head.seq + 5
    assert newer.full_walk_at == head.full_walk_at

    def outcome(seq: int, value: str) -> None:
        run_sql(world.store, "UPDATE ledger_entries SET outcome = :v WHERE seq = :seq",
                v=value, seq=seq)  # fmt: skip

    # an entry after the verified head edited: the incremental walk finds it
    Ledger(world.store).append(actor="t", action="test.tick", subject="after")
    outcome(newer.seq + 1, "forged")
    bad = client.get("/ledger/verify").text
    assert "Ledger does NOT verify" in bad and f"First bad entry {newer.seq + 1}" in bad
    outcome(newer.seq + 1, "ok")
    assert "Ledger verified" in client.get("/ledger/verify").text
    # an entry before it edited, its hashes left alone: only the full walk re-hashes it
    second = Ledger(world.store).entries(limit=2)[1]
    outcome(second.seq, "forged")
    assert "Ledger verified" in client.get("/ledger/verify").text
    full = client.get("/ledger/verify", params={"full": "1"}).text
    assert "Ledger does NOT verify" in full and f"First bad entry {second.seq}" in full
    outcome(second.seq, second.outcome)
    # cut back below the verified head: its hash is gone, found without a full walk
    top = Ledger(world.store).count()
    run_sql(world.store, "DELETE FROM ledger_entries WHERE seq = :seq", seq=top)
    cut = client.get("/ledger/verify").text
    assert "Ledger does NOT verify" in cut and "cut back or rewritten" in cut


# -- export ----------------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["auditor", "risk_owner"])
def test_a_ledger_reader_downloads_a_signed_bundle_and_the_export_is_recorded(
    world: World, client: TestClient, role: str, tmp_path: Path
) -> None:
    sign_in(client, world.keys[role])
    page = client.get("/ledger/verify").text
    assert 'id="export"' in page
    answer = client.post("/ledger/export", data={"csrf": _csrf(client)})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["content-disposition"].startswith("attachment; filename=")
    bundle = tmp_path / "bundle.json"
    bundle.write_bytes(answer.content)
    checked = verify_bundle(bundle, trusted=Ledger(world.store).signers())
    assert checked.ok, checked.problem
    exported = Ledger(world.store).entries(action=EXPORTED_ACTION)
    (entry,) = exported
    assert entry.actor == {"auditor": "audrey", "risk_owner": "carol"}[role]
    assert entry.details["sha256"] == json.loads(answer.content)["bundle"]["sha256"]
    assert entry.details["identity"]["key_id"] == _key_id(world, role)
    assert not any((world.store.home / "console" / "exports").iterdir())  # no copy left behind
    assert Ledger(world.store).verify().ok


def test_export_is_refused_without_the_ledger_permission_or_csrf(
    world: World, client: TestClient
) -> None:
    sign_in(client, world.keys["developer"])
    answer = client.post("/ledger/export", data={"csrf": _csrf(client)})
    assert answer.status_code == 403 and "may not export the ledger" in answer.text
    sign_in(client, world.keys["auditor"])
    assert client.post("/ledger/export", data={"note": "no token"}).status_code == 403
    reasons = [str(d["reason"]) for d in _denials(world)]
    assert len(reasons) == 2 and "read_ledger" in reasons[0] and "CSRF" in reasons[1]
    assert Ledger(world.store).entries(action=EXPORTED_ACTION) == []


# -- pages that stay cheap on a big store ------------------------------------------------------
def test_a_time_window_pages_through_every_entry_once(world: World, client: TestClient) -> None:
    Ledger(world.store).append_many(
        [{"actor": "t", "action": "test.tick", "subject": f"t{i}"} for i in range(2 * 50 + 7)]
    )
    sign_in(client, world.keys["auditor"])
    everything = [e.seq for e in reversed(Ledger(world.store).entries())]
    seen: list[int] = []
    link: str | None = "/ledger?since=2000-01-01&until=2999-01-01"
    while link:
        page = client.get(link.replace("&amp;", "&")).text
        seen += [int(s) for s in re.findall(r'<tr id="entry-(\d+)">', page)]
        found = re.search(r'href="([^"]+)" id="older"', page)
        link = found.group(1) if found else None
    assert seen == everything


def test_the_registry_pages_newest_first_by_key(world: World, client: TestClient) -> None:
    registry = client.app.state.console.registry  # type: ignore[attr-defined]
    newest = registry.page(limit=2)
    assert [m.ref for m in newest] == [world.models[2].ref, world.models[1].ref]
    rest = registry.page(limit=2, before_id=newest[-1].id)
    assert [m.ref for m in rest] == [world.models[0].ref]
    waiting = registry.page(limit=10, status="pending_review")
    assert {m.ref for m in waiting} == {world.models[0].ref, world.models[2].ref}
    sign_in(client, world.keys["auditor"])
    page = client.get("/models").text
    assert all(m.ref in page for m in world.models) and 'id="older"' not in page
    assert client.get("/models", params={"before": "x"}).status_code == 400
