"""The incidents board, monitoring and privacy desk in a real browser (Debian's Chromium via
Playwright, against ``steward console`` as its own process): an operator opens and resolves
an incident, a privacy officer checks retention and runs an erasure as a dry run, then
executes it, an auditor sees no erasure form and a forged one is refused. Writes
incidents.png, incident.png, monitoring.png and privacy.png beside the other screenshots
(STEWARD_SCREENSHOTS=docs/console refreshes the committed ones)."""

from __future__ import annotations

from typing import Any

import pytest

from steward.accountability.incidents import Incidents
from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.console.i18n import TRANSLATIONS
from steward.console.state import DENIED_ACTION
from steward.data.rights import FORGET_ACTION
from tests.console import test_console_browser as browser_tests
from tests.console.ops_world import SUBJECT, OpsWorld, make_ops_world
from tests.console.test_console_browser import _navigate, _page, _shot, _sign_in

# The browser and the `steward console` process of the browser tests, over this module's world
browser = browser_tests.browser
console_url = browser_tests.console_url


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> OpsWorld:
    return make_ops_world(tmp_path_factory.mktemp("console-ops") / "w")


def _incident(world: OpsWorld, incident_id: int) -> Any:
    return Incidents(world.store, load_policy(world.policy).policy).get(incident_id)


def test_an_operator_opens_and_resolves_an_incident_and_watches_monitoring(
    browser: Any, console_url: str, world: OpsWorld
) -> None:
    incident = world.guard_incident  # responsible: operator
    page = _page(browser)
    _sign_in(page, console_url, world.keys["operator"])
    _navigate(page, "#nav-incidents")
    page.wait_for_selector(f"#column-open #incident-{incident.id}")
    _shot(page, "incidents.png")
    page.click(f"#incident-{incident.id} a")
    assert incident.request_id in page.inner_text("#trail")
    _shot(page, "incident.png")
    page.fill("#root-cause-form input[name=note]", "guard threshold too low for short messages")
    page.click("#root-cause-form button")
    page.wait_for_selector("#resolve-form")
    assert "incident.root_caused" in page.inner_text("#done")
    page.select_option("#resolve-form select[name=resolution]", "threshold_change")
    page.fill("#resolve-form input[name=note]", "raised the injection threshold to 0.8")
    page.click("#resolve-form button")
    page.wait_for_selector("#done")
    assert "incident.resolved" in page.inner_text("#done")
    assert page.locator("#resolve-form").count() == 0
    stored = _incident(world, incident.id)
    assert stored.status == "resolved" and stored.resolution == "threshold_change"
    _navigate(page, "#nav-incidents")
    page.wait_for_selector(f"#column-resolved #incident-{incident.id}")
    _navigate(page, "#nav-monitoring")
    assert page.locator("svg").count() == 4 and page.locator("line.threshold").count() == 3
    assert page.locator("polyline.series").count() >= 2
    _shot(page, "monitoring.png")
    page.click("#lang-zh")
    page.wait_for_selector("html[lang=zh-CN]")
    assert page.inner_text("h1") == TRANSLATIONS["zh"]["monitoring.heading"]
    page.context.close()


def test_a_privacy_officer_dry_runs_then_executes_an_erasure_and_an_auditor_cannot(
    browser: Any, console_url: str, world: OpsWorld
) -> None:
    page = _page(browser)
    _sign_in(page, console_url, world.keys["privacy_officer"])
    _navigate(page, "#nav-privacy")
    # the retention status reads every row only when asked (a dry run: changes nothing)
    row = f"#dataset-{world.dataset_sha256[:12]}"
    assert page.inner_text(f"{row} td:nth-child(5)") == "—"
    page.click("#retention-dry-run")
    page.wait_for_selector("#retention-execute-form")
    assert page.inner_text(f"{row} td:nth-child(5)") == "1"
    page.fill("#dry-run-form input[name=subject]", SUBJECT)
    page.click("#dry-run")
    page.wait_for_selector("#preview")
    assert world.dataset_sha256[:12] in page.inner_text("#preview-rows")
    assert world.trained.ref in page.inner_text("#models-flagged")
    assert page.locator("#execute-form").count() == 1
    page.fill("#execute-form input[name=reason]", "ticket DSR-2026-114")
    _shot(page, "privacy.png")
    assert Ledger(world.store).entries(action=FORGET_ACTION) == []  # a dry run changes nothing
    page.click("#execute")
    page.wait_for_selector("#done")
    assert FORGET_ACTION in page.inner_text("#done")
    (erased,) = Ledger(world.store).entries(action=FORGET_ACTION)
    assert erased.actor == "priya" and erased.details["reason"] == "ticket DSR-2026-114"
    page.context.close()

    page = _page(browser)
    _sign_in(page, console_url, world.keys["auditor"])
    _navigate(page, "#nav-privacy")
    assert page.locator("#dry-run-form").count() == 0 and page.locator("#retention").count() == 1
    token = page.locator("input[name=csrf]").first.get_attribute("value")
    denied_before = len(Ledger(world.store).entries(action=DENIED_ACTION))
    erasures = len(Ledger(world.store).entries(action=FORGET_ACTION))
    forged = page.request.post(
        f"{console_url}/privacy/forget",
        form={"csrf": token, "step": "execute", "subject": SUBJECT, "reason": "forged"},
    )
    assert forged.status == 403 and "may not erase" in forged.text()
    (denied,) = Ledger(world.store).entries(action=DENIED_ACTION)[denied_before:]
    assert denied.details["role"] == "auditor" and denied.subject == "POST /privacy/forget"
    assert len(Ledger(world.store).entries(action=FORGET_ACTION)) == erasures
    page.context.close()
