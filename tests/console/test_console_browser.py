"""The console in a real browser: Debian's Chromium driven by Playwright (pointed at that
executable; no browser download), against ``steward console`` running as its own process on
127.0.0.1. Writes the screenshots the README shows (to build/console-screenshots/, or where
STEWARD_SCREENSHOTS says: docs/console/ refreshes the committed ones)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from steward.accountability.ledger import Ledger
from steward.console.i18n import TRANSLATIONS
from steward.console.state import DENIED_ACTION
from steward.registry.governance import REVIEW_ACTION
from steward.registry.models import Registry
from tests.conftest import free_port
from tests.console.world import World, make_world

ROOT = Path(__file__).resolve().parents[2]
# The committed screenshots (docs/console, linked from the README) are refreshed with
# STEWARD_SCREENSHOTS=docs/console; by default a run writes them to build/ so the tree stays clean.
SHOTS = ROOT / os.environ.get("STEWARD_SCREENSHOTS", "build/console-screenshots")
CHROMIUM = Path(os.environ.get("STEWARD_CHROMIUM", "/usr/bin/chromium"))

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed (pip install -e .[dev])"
)
if not CHROMIUM.exists():
    pytest.skip(
        f"no Chromium at {CHROMIUM} (`make test` installs Debian's chromium when root; "
        "STEWARD_CHROMIUM names another)",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(tmp_path_factory.mktemp("console") / "w")


@pytest.fixture(scope="module")
def console_url(world: World) -> Iterator[str]:
    """``steward console`` as a real server process on a free port of 127.0.0.1."""
    port = free_port()
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    process = subprocess.Popen(
        [sys.executable, "-m", "steward.cli", "console", str(world.policy), "--host",
         "127.0.0.1", "--port", str(port), "--home", str(world.home)],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/signin", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            out = process.stdout.read() if process.stdout else ""
            pytest.fail(f"steward console did not start: {out}")
        time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


def _page(browser: Any) -> Any:
    return browser.new_context(viewport={"width": 1100, "height": 700}).new_page()


def _sign_in(page: Any, url: str, key: str) -> None:
    page.goto(f"{url}/signin")
    page.fill("#api_key", key)
    page.click("#signin")
    page.wait_for_selector("#whoami")


def _navigate(page: Any, nav_id: str) -> None:
    """Click a navigation link and wait until the new page has loaded: a bare click returns
    once the navigation starts, so a check right after it could read the old page."""
    with page.expect_navigation():
        page.click(nav_id)


def _shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name))
    assert (SHOTS / name).stat().st_size < 200_000, f"{name}: screenshot over 200 KB"


def test_a_risk_owner_approves_in_the_browser_and_sees_the_entry(
    browser: Any, console_url: str, world: World
) -> None:
    page = _page(browser)
    _sign_in(page, console_url, world.keys["risk_owner"])
    assert page.inner_text("#role") == "risk_owner"
    _shot(page, "models.png")
    _navigate(page, "#nav-review")
    # a POST without the form's CSRF token is refused, even with the risk owner's session
    without = page.request.post(
        f"{console_url}/review/bank:1", form={"decision": "approve", "reason": "no token"}
    )
    assert without.status == 403 and "CSRF" in without.text()
    assert Registry(world.store).get("bank:1").status == "pending_review"
    row = page.locator("#waiting-bank-1")
    row.locator("input[name=reason]").fill("gate passed; fairness gaps within policy")
    _shot(page, "review.png")
    row.locator("button.approve").click()
    page.wait_for_selector("#done")
    assert "bank:1" in page.inner_text("#done") and "approved" in page.inner_text("#done")
    assert page.locator("#waiting-bank-1").count() == 0  # left the queue at once
    assert Registry(world.store).get("bank:1").status == "approved"
    (entry,) = Ledger(world.store).entries(action=REVIEW_ACTION)
    # the ledger explorer shows that entry, filtered by kind
    _navigate(page, "#nav-ledger")
    page.fill("input[name=kind]", REVIEW_ACTION)
    page.click("#apply")
    page.wait_for_selector(f"#entry-{entry.seq}")
    assert "gate passed; fairness gaps" in page.inner_text(f"#entry-{entry.seq}")
    _shot(page, "ledger.png")
    page.goto(f"{console_url}/models/bank:1")
    assert "quality-floor" in page.inner_text("#verdicts")
    _shot(page, "model.png")
    page.click("#run-files a >> text=Report")
    assert page.inner_text("h1") == "report of run-20261206-a1"
    page.go_back()
    # 中文: every label switches, the data stays
    page.click("#lang-zh")
    page.wait_for_selector("html[lang=zh-CN]")
    assert page.inner_text("#nav-review") == TRANSLATIONS["zh"]["nav.review"]
    _navigate(page, "#nav-review")
    assert TRANSLATIONS["zh"]["review.heading"] in page.inner_text("h1")
    _shot(page, "review-zh.png")
    page.context.close()


def test_a_role_without_approve_sees_no_button_and_forged_posts_are_refused(
    browser: Any, console_url: str, world: World
) -> None:
    page = _page(browser)
    _sign_in(page, console_url, world.keys["auditor"])
    _navigate(page, "#nav-review")
    assert page.locator("#waiting-bank-3").count() == 1
    assert page.locator("button.approve").count() == 0
    assert page.locator("#no-rights").count() == 1
    _shot(page, "review-auditor.png")
    denied_before = len(Ledger(world.store).entries(action=DENIED_ACTION))
    # the page's own session cookie and its valid CSRF token, on a POST the page never offers
    token = page.locator("input[name=csrf]").first.get_attribute("value")
    forged = page.request.post(
        f"{console_url}/review/bank:3",
        form={"csrf": token, "decision": "approve", "reason": "forged"},
    )
    assert forged.status == 403 and "may not approve" in forged.text()
    assert Registry(world.store).get("bank:3").status == "pending_review"
    (denied,) = Ledger(world.store).entries(action=DENIED_ACTION)[denied_before:]
    assert denied.details["role"] == "auditor" and denied.details["model"] == "bank:3"
    assert denied.subject == "POST /review/bank:3"
    page.context.close()


def test_the_session_cookie_is_http_only_and_strict(
    browser: Any, console_url: str, world: World
) -> None:
    page = _page(browser)
    _sign_in(page, console_url, world.keys["developer"])
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "steward_console"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["expires"] > 0
    assert page.evaluate("document.cookie") == ""  # no script could read it (none runs anyway)
    page.context.close()
