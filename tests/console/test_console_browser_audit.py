"""The audit views in a real browser (Chromium through Playwright, ``steward console`` as its
own process; fixtures of test_console_browser): an auditor follows a decision from the ledger
explorer to its trace graph, compares two versions, downloads a signed bundle that verifies.
Screenshots trace.png, compare.png and verify.png go where the other console screenshots go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from steward.accountability.bundle import verify_bundle
from steward.accountability.ledger import Ledger
from tests.console import test_console_browser as browser_tests
from tests.console.test_console_audit import REQUEST_ID, _audit, _serve_one_decision, _with_run
from tests.console.test_console_browser import _navigate, _page, _shot, _sign_in
from tests.console.world import World

# the browser tests' fixtures: Chromium, a console process, its store
browser, console_url, world = browser_tests.browser, browser_tests.console_url, browser_tests.world


def test_an_auditor_traces_a_decision_compares_versions_and_exports_the_ledger(
    browser: Any, console_url: str, world: World, tmp_path: Path
) -> None:
    _serve_one_decision(world)
    first, second = world.models[0], world.models[1]
    _with_run(world, second, "run-20261206-b2")
    runs = world.store.home / "runs"
    counts = ("rows_read", "kept", "quarantined", "duplicates")
    _audit(runs / str(first.run_id), dict(zip(counts, (120, 110, 6, 4), strict=True)),
           {"en": (0.91, 60), "zh": (0.84, 50)})  # fmt: skip
    _audit(runs / "run-20261206-b2", dict(zip(counts, (90, 70, 15, 5), strict=True)),
           {"en": (0.42, 40), "zh": (0.2, 30)})  # fmt: skip
    page = _page(browser)
    _sign_in(page, console_url, world.keys["auditor"])
    _navigate(page, "#nav-ledger")
    page.click(f"a.trace-link >> text={REQUEST_ID}")
    page.wait_for_selector("#trace-graph")
    graph = page.locator("#trace-graph")
    assert graph.locator("rect").count() == 6
    drawn = graph.text_content() or ""
    assert first.ref in drawn and "eve" in drawn
    box = graph.bounding_box()
    assert box is not None and box["width"] > 600  # drawn, not collapsed
    _shot(page, "trace.png")
    graph.locator(f'a[href="/models/{first.ref}"] rect').click()  # a box leads to its page
    page.wait_for_selector("#verdicts")
    _navigate(page, "#nav-compare")
    page.fill("input[name=a]", first.ref)
    page.fill("input[name=b]", second.ref)
    page.click("#compare")
    page.wait_for_selector("#compare-groups")
    assert "zh" in page.inner_text("#compare-groups")
    _shot(page, "compare.png")
    page.goto(f"{console_url}/ledger/verify")
    assert "Ledger verified" in page.inner_text("#verify-result")
    _shot(page, "verify.png")
    with page.expect_download() as waiting:
        page.click("#export")
    bundle = tmp_path / "bundle.json"
    waiting.value.save_as(bundle)
    assert verify_bundle(bundle, trusted=Ledger(world.store).signers()).ok
    page.context.close()
