"""The console's incidents board, monitoring and privacy desk over HTTP (FastAPI's TestClient on
the real app and a real SQLite store): who sees what and who may act (RACI), refusals recorded,
actions through the services the CLI calls (the same ledger entries), figures from
``monitor_report`` over each window."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import select

from steward.accountability.incidents import RESOLUTIONS, SEVERITIES, Incidents
from steward.accountability.ledger import Ledger
from steward.accountability.monitor_rollups import catch_up, next_hour, window_reports
from steward.accountability.monitoring import monitor_report, training_reference
from steward.config import load_policy
from steward.console.app import create_console
from steward.console.i18n import TRANSLATIONS
from steward.console.state import DENIED_ACTION
from steward.console.views_ops import BOARD_COLUMNS, incident_entries
from steward.data.rights import FORGET_ACTION, RETENTION_ACTION, model_flags
from steward.registry.models import Registry
from steward.serve.keys import KeyStore
from steward.store.db import ArtifactRow
from tests.console.ops_world import (
    CLASSIFIED,
    RETENTION_DAYS,
    SUBJECT,
    WINDOW_HOURS,
    OpsWorld,
    _recorded_at,
    make_ops_world,
)
from tests.console.test_console_http import _field, sign_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path: Path) -> OpsWorld:
    return make_ops_world(tmp_path / "w")


@pytest.fixture
def client(world: OpsWorld) -> Iterator[TestClient]:
    with TestClient(create_console(load_policy(world.policy), world.store)) as test_client:
        yield test_client


def _as(client: TestClient, world: OpsWorld, role: str) -> str:
    """Sign in with ``role``'s key; returns the session's CSRF token."""
    client.cookies.clear()
    sign_in(client, world.keys[role])
    return _field(client.get("/models" if role != "privacy_officer" else "/privacy").text)


def _denials(world: OpsWorld) -> list[dict[str, object]]:
    return [e.details for e in Ledger(world.store).entries(action=DENIED_ACTION)]


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _series_rows(page: str, chart: int) -> dict[str, list[str]]:
    """A chart's table: language -> its value in each window, oldest first."""
    table = page.split(f'id="chart-{chart}"')[1].split("</table>")[0]
    return {
        language: re.findall(r"<td>([^<]*)</td>", cells)
        for language, cells in re.findall(r"<tr><td>([^<]+)</td>(.*?)</tr>", table)
    }


# -- incidents -----------------------------------------------------------------------------
def test_the_board_shows_each_incident_in_its_column_to_the_roles_that_answer_for_them(
    world: OpsWorld, client: TestClient
) -> None:
    for role in ("developer", "operator", "risk_owner", "auditor", "privacy_officer"):
        _as(client, world, role)
        page = client.get("/incidents")
        assert page.status_code == 200, role
        open_column = page.text.split('id="column-open"')[1].split('id="column-root_caused"')[0]
        for incident in (world.model_incident, world.guard_incident):
            assert f'id="incident-{incident.id}"' in open_column
        card = _text(page.text.split(f'id="incident-{world.guard_incident.id}"')[1])
        assert "operator (oscar)" in card and "carol" in card  # responsible, accountable
        assert 'id="nav-incidents"' in page.text
    high = client.get("/incidents?severity=high").text
    assert f'id="incident-{world.model_incident.id}"' in high
    assert f'id="incident-{world.guard_incident.id}"' not in high
    _as(client, world, "end_user")
    assert client.get("/incidents").status_code == 403
    assert _denials(world)[-1]["view"] == "incidents"
    assert 'id="nav-incidents"' not in client.get("/incidents").text


def test_the_incident_page_draws_the_decisions_trace(world: OpsWorld, client: TestClient) -> None:
    _as(client, world, "auditor")
    page = client.get(f"/incidents/{world.guard_incident.id}")
    assert page.status_code == 200
    trail = _text(page.text.split('id="trail"')[1].split("</ol>")[0])
    assert world.guard_incident.request_id in trail and "blocked" in trail
    assert "eve" in trail and "end_user" in trail  # the caller's key, its role
    assert world.base.models[0].ref in trail and "gate.decided" in trail  # model, release
    assert "root-cause-form" not in page.text and 'id="no-rights"' in page.text


def test_the_responsible_role_records_root_cause_and_resolution_as_the_cli_does(
    world: OpsWorld, client: TestClient, tmp_path: Path
) -> None:
    incident = world.guard_incident  # responsible: operator (oscar)
    token = _as(client, world, "operator")
    page = client.get(f"/incidents/{incident.id}").text
    assert 'id="root-cause-form"' in page and 'id="resolve-form"' not in page
    answer = client.post(
        f"/incidents/{incident.id}",
        data={"csrf": token, "step": "root_cause", "note": "threshold too low for short text"},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    page = client.get(answer.headers["location"]).text
    assert 'id="done"' in page and "incident.root_caused" in page
    assert 'id="resolve-form"' in page
    # resolving needs a known resolution (the service's list), named as the form's field
    wrong = client.post(
        f"/incidents/{incident.id}",
        data={"csrf": token, "step": "resolve", "resolution": "pray", "note": "x"},
    )
    assert wrong.status_code == 400 and "resolution" in wrong.text
    answer = client.post(
        f"/incidents/{incident.id}",
        data={"csrf": token, "step": "resolve", "resolution": "threshold_change",
              "note": "raised the injection threshold"},
        follow_redirects=False,
    )  # fmt: skip
    assert answer.status_code == 303
    stored = Incidents(world.store, load_policy(world.policy).policy).get(incident.id)
    assert stored.status == "resolved" and stored.resolution == "threshold_change"
    resolved = client.get("/incidents").text.split('id="column-resolved"')[1]
    assert f'id="incident-{incident.id}"' in resolved
    console_steps = incident_entries(world.store, incident.id)[1:]
    assert [e.action for e in console_steps] == ["incident.root_caused", "incident.resolved"]
    assert {e.actor for e in console_steps} == {"oscar"}

    # The CLI's `steward incidents update` on the other incident: the same entries
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STEWARD_ACTOR": "alice", "NO_COLOR": "1"}
    for options in (["--root-cause", "label noise"],
                    ["--resolve", "retrain", "--note", "relabelled"]):  # fmt: skip
        run = subprocess.run(
            [sys.executable, "-m", "steward.cli", "incidents", "update",
             str(world.model_incident.id), *options, "--policy", str(world.policy),
             "--home", str(world.home)],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    cli_steps = incident_entries(world.store, world.model_incident.id)[1:]
    assert [e.action for e in cli_steps] == [e.action for e in console_steps]
    # the console's entries add how the person was proven (their key), as reviews do
    assert [sorted(e.details) for e in cli_steps] == [
        sorted(set(e.details) - {"identity"}) for e in console_steps
    ]
    assert {e.details["identity"]["method"] for e in console_steps} == {"console-api-key"}
    assert Ledger(world.store).verify().ok


def test_other_roles_see_no_form_and_a_forged_post_is_refused_and_recorded(
    world: OpsWorld, client: TestClient
) -> None:
    incident = world.model_incident  # responsible: developer
    for role in ("operator", "auditor", "risk_owner"):
        token = _as(client, world, role)
        assert "root-cause-form" not in client.get(f"/incidents/{incident.id}").text
        forged = client.post(
            f"/incidents/{incident.id}",
            data={"csrf": token, "step": "root_cause", "note": "forged"},
        )
        assert forged.status_code == 403, role
        assert "responsible role is developer" in _text(forged.text)
        denied = _denials(world)[-1]
        assert denied["role"] == role and denied["incident"] == incident.id
    # without the CSRF token, even the responsible developer is refused
    _as(client, world, "developer")
    bare = client.post(f"/incidents/{incident.id}", data={"step": "root_cause", "note": "x"})
    assert bare.status_code == 403 and "CSRF" in bare.text
    stored = Incidents(world.store, load_policy(world.policy).policy).get(incident.id)
    assert stored.status == "open" and stored.root_cause is None
    assert [e.action for e in incident_entries(world.store, incident.id)] == ["incident.opened"]


# -- monitoring ----------------------------------------------------------------------------
def test_monitoring_draws_each_window_as_monitor_report_computes_it(
    world: OpsWorld, client: TestClient
) -> None:
    _as(client, world, "operator")
    page = client.get("/monitoring?periods=4")
    assert page.status_code == 200
    assert "<script" not in page.text and page.text.count("<svg") == 4
    # the policy's limits drawn in: block rate and intent drift
    assert page.text.count('class="threshold"') == 3
    # windows of whole hours end at the next full hour (read from the hourly rollups)
    last = next_hour(datetime.now(UTC))
    ends = [last - timedelta(hours=WINDOW_HOURS * back) for back in (3, 2, 1, 0)]
    assert _window_labels(page.text) == [end.strftime("%m-%d %H:%M") for end in ends]
    block_rates = _series_rows(page.text, 1)
    for language in ("en", "zh"):
        blocks = [blocked for hours, lang, blocked in CLASSIFIED
                  if lang == language and _in(world, hours, ends[-1])]  # fmt: skip
        expected = str(round(sum(blocks) / len(blocks), 4)) if blocks else "—"
        assert block_rates[language][-1] == expected
    # every window's figures are the service's over that window
    loaded = load_policy(world.policy)
    reference = training_reference(world.store, world.trained.artifact_sha256, loaded)
    assert reference["dataset"] == world.dataset_sha256
    drift, escalated = _series_rows(page.text, 2), _series_rows(page.text, 3)
    for index, end in enumerate(ends):
        report = monitor_report(world.store, loaded, reference=reference, now=end, until_now=True)
        for language, value in report["prediction_psi_by_language"].items():
            assert value is not None and float(drift[language][index]) == value
        for language, figures in report["chat"]["by_language"].items():
            assert escalated[language][index] == str(figures["escalated_rate"])
    newest = monitor_report(world.store, loaded, reference=reference, now=last, until_now=True)
    # the intent mix of the newest window (the hour now under way: maybe empty so far)
    assert ('id="intent-mix"' in page.text) == bool(newest["intent_rates_by_language"])
    for language, rates in newest["intent_rates_by_language"].items():
        mix = _text(page.text.split('id="intent-mix"')[1].split("</table>")[0])
        for intent, rate in rates.items():
            assert f"{intent} {rate * 100:.1f}%" in mix.split(language, 1)[1]
    assert any(report["intent_rates_by_language"] for report in (
        monitor_report(world.store, loaded, now=end, until_now=True) for end in ends
    ))  # fmt: skip
    assert client.get("/monitoring?periods=0").status_code == 400
    for role in ("developer", "privacy_officer"):
        _as(client, world, role)
        assert client.get("/monitoring").status_code == 403
        assert _denials(world)[-1]["view"] == "monitoring"


def test_windows_of_part_hours_are_read_decision_by_decision_and_end_now(
    world: OpsWorld,
) -> None:
    settings = yaml.safe_load(world.policy.read_text("utf-8"))
    settings["monitor"]["window_hours"] = 1.5
    world.policy.write_text(yaml.safe_dump(settings), "utf-8")
    with TestClient(create_console(load_policy(world.policy), world.store)) as client:
        _as(client, world, "operator")
        page = client.get("/monitoring?periods=2")
    assert page.status_code == 200 and "the newest ending now" in _text(page.text)
    rates = _series_rows(page.text, 1)
    # the newest 1.5 h hold the decisions of 0.5 h ago (those of 1.5 h ago fall just before)
    zh = [blocked for hours, lang, blocked in CLASSIFIED if lang == "zh" and hours < 1.5]
    assert rates["zh"][-1] == str(round(sum(zh) / len(zh), 4))


def _in(world: OpsWorld, hours_ago: float, end: datetime) -> bool:
    moment = world.decided_at - timedelta(hours=hours_ago)
    return end - timedelta(hours=WINDOW_HOURS) <= moment < end


def _window_labels(page: str) -> list[str]:
    table = page.split('id="chart-1"')[1].split("</thead>")[0]
    return re.findall(r"<th>([^<]*)</th>", table)[1:]


_COMPARED = (
    "requests", "block_rate", "blocks_by_guard", "models", "intent_rates",
    "intent_rates_by_language", "block_rate_by_language", "prediction_psi_by_language",
    "mean_confidence", "prediction_psi", "length_psi", "since", "judged", "breaches",
)  # fmt: skip


def _chat_figures(report: dict[str, Any]) -> dict[str, Any]:
    keys = ("requests", "answered", "escalated", "blocked", "other", "answered_rate",
            "escalated_rate", "blocked_rate")  # fmt: skip
    return {language: {k: figures[k] for k in keys}
            for language, figures in report["chat"]["by_language"].items()}  # fmt: skip


def test_the_hourly_rollups_give_monitor_reports_figures_for_every_window(
    world: OpsWorld,
) -> None:
    """The rollups against a direct read of every decision, window by window: classify, guard
    and chat decisions, a streamed answer that ended in an upstream error in its own hour and
    one whose ending fell in the next window (counted under its decision's outcome there)."""
    ledger = Ledger(world.store)
    key_id = "k-stream"
    last = next_hour(world.decided_at)
    streams = [  # (decision time, ending time, language)
        (last - timedelta(minutes=50), last - timedelta(minutes=49), "en"),
        (last - timedelta(hours=1, minutes=1), last - timedelta(minutes=59), "zh"),
    ]
    for number, (decided, ended, language) in enumerate(streams):
        request_id = f"req-stream-{number}"
        with _recorded_at(decided):
            ledger.append(
                actor=f"key:{key_id}", action="gateway.decision", subject=request_id,
                outcome="served",
                details={"route": "/v1/chat/completions", "grounding": {"language": language}},
            )  # fmt: skip
        with _recorded_at(ended):
            ledger.append(actor=f"key:{key_id}", action="gateway.stream_ended",
                          subject=request_id, outcome="upstream_error",
                          details={"route": "/v1/chat/completions", "grounding": {}})  # fmt: skip
    with _recorded_at(last - timedelta(minutes=10)):
        ledger.append(actor=f"key:{key_id}", action="gateway.decision", subject="req-guard",
                      outcome="blocked", details={"route": "/v1/guard", "direction": "input",
                      "guards": [{"guard": "injection", "action": "block"}]})  # fmt: skip
    loaded = load_policy(world.policy)
    reference = training_reference(world.store, world.trained.artifact_sha256, loaded)
    ends = [last - timedelta(hours=back) for back in (3, 2, 1, 0)]
    # folded in two goes: part of the ledger first, the rest on the next call
    head = Ledger(world.store).count()  # seq runs 1..count
    assert catch_up(world.store, chunk=max(1, head // 3)) == head
    assert catch_up(world.store) == 0
    rolled = window_reports(world.store, loaded, ends, reference=reference)
    for end, from_rollups in zip(ends, rolled, strict=True):
        direct = monitor_report(world.store, loaded, reference=reference, now=end, until_now=True)
        assert {k: from_rollups[k] for k in _COMPARED} == {k: direct[k] for k in _COMPARED}
        assert _chat_figures(from_rollups) == _chat_figures(direct)
    newest = rolled[-1]
    assert newest["requests"]["guard"] == 1 and newest["chat"]["by_language"]["en"]["other"] >= 1
    # more decisions after the first fold are folded on the next read
    with _recorded_at(last - timedelta(minutes=5)):
        ledger.append(actor=f"key:{key_id}", action="gateway.decision", subject="req-late",
                      outcome="served", details={"route": "/v1/classify", "results": [
                          {"blocked": False, "language": "en", "label": "card_lost",
                           "confidence": 0.5, "chars": 30}]})  # fmt: skip
    again = window_reports(world.store, loaded, ends, reference=reference)[-1]
    direct = monitor_report(world.store, loaded, reference=reference, now=last, until_now=True)
    assert again["requests"]["classify"] == newest["requests"].get("classify", 0) + 1
    assert {k: again[k] for k in _COMPARED} == {k: direct[k] for k in _COMPARED}


def test_a_past_window_counts_only_its_own_decisions(world: OpsWorld) -> None:
    loaded = load_policy(world.policy)
    earlier = world.decided_at - timedelta(hours=2)
    window = monitor_report(world.store, loaded, now=earlier, until_now=True)
    expected = [c for c in CLASSIFIED if 2 <= c[0] < 3]
    assert window["requests"].get("classify") == len(expected)
    everything_since = monitor_report(world.store, loaded, now=earlier)
    assert everything_since["requests"]["classify"] == len([c for c in CLASSIFIED if c[0] < 3])


# -- privacy desk --------------------------------------------------------------------------
def _artifacts(world: OpsWorld) -> int:
    with world.store.session() as session:
        return len(session.scalars(select(ArtifactRow.sha256)).all())


def test_a_privacy_officer_dry_runs_then_executes_an_erasure_with_a_reason(
    world: OpsWorld, client: TestClient
) -> None:
    token = _as(client, world, "privacy_officer")
    page = client.get("/privacy").text
    retention = _text(page.split('id="retention"')[1].split("</table>")[0])
    assert f"{RETENTION_DAYS} days" in _text(page)
    assert world.dataset_sha256[:12] in retention
    assert _retention_cells(world, page)[4:] == ["—", "not checked yet"]  # read on request
    before, entries_before = _artifacts(world), Ledger(world.store).count()
    dry_run = {"csrf": token, "step": "dry_run", "subject": SUBJECT}
    dry = client.post("/privacy/forget", data=dry_run)
    assert dry.status_code == 200
    preview = _text(dry.text.split('id="preview"')[1])
    assert "governed.jsonl" in preview and world.dataset_sha256[:12] in preview
    assert re.search(r"run-ops-1 1 2", preview)  # 1 row removed, 2 kept
    assert world.trained.ref in _text(dry.text.split('id="models-flagged"')[1])
    assert 'id="execute-form"' in dry.text
    # a dry run changes nothing and records nothing
    assert _artifacts(world) == before and Ledger(world.store).count() == entries_before
    assert model_flags(world.store) == []
    # the ledger keeps the reason forever: it may not name the subject
    named = client.post("/privacy/forget", data={"csrf": token, "step": "execute",
                        "subject": SUBJECT, "reason": f"request from {SUBJECT}"})  # fmt: skip
    assert named.status_code == 400 and "reason" in named.text
    done = client.post(
        "/privacy/forget",
        data={"csrf": token, "step": "execute", "subject": SUBJECT,
              "reason": "ticket DSR-2026-114, identity checked"},
        follow_redirects=False,
    )  # fmt: skip
    assert done.status_code == 303
    (entry,) = Ledger(world.store).entries(action=FORGET_ACTION)
    assert entry.actor == "priya" and entry.details["reason"].startswith("ticket DSR-2026-114")
    assert SUBJECT not in str(entry.details) and entry.subject.startswith("subject:")
    shown = client.get(done.headers["location"]).text
    assert 'id="done"' in shown and FORGET_ACTION in shown
    flagged = Registry(world.store).get(world.trained.ref)
    flags = model_flags(world.store, flagged.id)
    assert [f["request_id"] for f in flags] == [entry.details["request_id"]]
    again = client.post("/privacy/forget", data=dry_run)
    assert 'id="nothing"' in again.text  # erased


def _retention_cells(world: OpsWorld, page: str) -> list[str]:
    row = page.split(f'id="dataset-{world.dataset_sha256[:12]}"')[1].split("</tr>")[0]
    return [_text(cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row)]


def test_the_retention_dry_run_runs_when_asked_and_the_officer_then_purges(
    world: OpsWorld, client: TestClient
) -> None:
    # an auditor may ask for the dry run (it changes nothing) but not purge
    token = _as(client, world, "auditor")
    entries_before, artifacts_before = Ledger(world.store).count(), _artifacts(world)
    checked = client.post("/privacy/retention", data={"csrf": token, "step": "dry_run"})
    assert checked.status_code == 200
    assert _retention_cells(world, checked.text)[4] == "1"  # the 'old message' only
    assert 'id="retention-execute-form"' not in checked.text
    forged = client.post("/privacy/retention", data={"csrf": token, "step": "execute"})
    assert forged.status_code == 403 and _denials(world)[-1]["step"] == "execute"
    no_token = client.post("/privacy/retention", data={"step": "dry_run"})
    assert no_token.status_code == 403  # CSRF
    assert Ledger(world.store).count() == entries_before + 2  # the two refusals, nothing else
    assert _artifacts(world) == artifacts_before
    _as(client, world, "developer")
    assert client.post("/privacy/retention", data={"step": "dry_run"}).status_code == 403
    # the privacy officer: dry run, then the purge, recorded as the CLI records it
    token = _as(client, world, "privacy_officer")
    checked = client.post("/privacy/retention", data={"csrf": token, "step": "dry_run"})
    assert 'id="retention-execute-form"' in checked.text
    done = client.post("/privacy/retention", data={"csrf": token, "step": "execute"},
                       follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    (entry,) = Ledger(world.store).entries(action=RETENTION_ACTION)
    assert entry.actor == "priya"
    shown = client.get(done.headers["location"]).text
    assert 'id="done"' in shown and RETENTION_ACTION in shown
    again = client.post("/privacy/retention", data={"csrf": token, "step": "dry_run"})
    table = again.text.split('id="retention"')[1].split("</table>")[0]
    rows = re.findall(r'<tr id="dataset-[^"]+">(.*?)</tr>', table, re.S)
    expired = [_text(re.findall(r"<td>(.*?)</td>", row)[4]).strip() for row in rows]
    assert expired and set(expired) == {"0"}  # nothing past retention any more


def test_roles_without_erase_see_the_retention_but_a_forged_erasure_is_refused(
    world: OpsWorld, client: TestClient
) -> None:
    for role in ("auditor", "risk_owner", "operator"):
        token = _as(client, world, role)
        page = client.get("/privacy").text
        assert 'id="retention"' in page and 'id="dry-run-form"' not in page
        for step in ("dry_run", "execute"):
            forged = client.post("/privacy/forget", data={"csrf": token, "step": step,
                                 "subject": SUBJECT, "reason": "forged"})  # fmt: skip
            assert forged.status_code == 403 and "may not erase" in forged.text
            assert _denials(world)[-1]["role"] == role and _denials(world)[-1]["step"] == step
    assert Ledger(world.store).entries(action=FORGET_ACTION) == []
    for role in ("developer", "end_user"):
        _as(client, world, role)
        assert client.get("/privacy").status_code == 403


def test_a_key_of_the_right_role_made_for_someone_the_policy_does_not_name_cannot_act(
    world: OpsWorld, client: TestClient
) -> None:
    """Minting a developer key for 'dave' gives him the board, not the incident's pen."""
    key, _ = KeyStore(world.store).create("dave", "developer", created_by="test")
    client.cookies.clear()
    sign_in(client, key)
    incident = world.model_incident  # responsible: developer (alice)
    page = client.get(f"/incidents/{incident.id}").text
    assert "root-cause-form" not in page and 'id="no-rights"' in page
    forged = client.post(
        f"/incidents/{incident.id}",
        data={"csrf": _field(page), "step": "root_cause", "note": "forged"},
    )
    assert forged.status_code == 403 and "does not name" in _text(forged.text)
    assert _denials(world)[-1]["incident"] == incident.id
    assert [e.action for e in incident_entries(world.store, incident.id)] == ["incident.opened"]


def test_every_label_the_new_pages_build_at_render_time_exists_in_both_languages() -> None:
    built = {f"severity.{s}" for s in SEVERITIES} | {f"resolution.{r}" for r in RESOLUTIONS}
    built |= {f"incidents.status.{s}" for s in ("open", "root_caused", "resolved")}
    built |= {label for _, label in BOARD_COLUMNS}
    for language, table in TRANSLATIONS.items():
        assert built <= set(table), (language, sorted(built - set(table)))
