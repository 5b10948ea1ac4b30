"""The closing summary of ``make demo``: where to look at what the demo made (each run's
report, card and audit, the registry's verdicts, the ledger) and what to type next.

Run: ``python -m steward.examples.demo_summary examples/bank/steward.yaml
examples/assistant/steward.yaml`` (``STEWARD_HOME`` as for every command).
"""

from __future__ import annotations

import sys
from pathlib import Path

from steward.config import load_policy
from steward.console.cli import DEFAULT_PORT, issue_sign_in_key
from steward.errors import StewardError
from steward.registry.models import Registry
from steward.store.artifacts import Store
from steward.store.db import default_home

# The files of a run directory worth opening first, by lifecycle (classifier / assistant).
_RUN_FILES = ("report.html", "MODEL_CARD.md", "audit.json", "report.json", "datasheet.html")


# How long the one-time sign-in key the demo prints (and the session it opens) stays valid:
# long enough to look around today.
CONSOLE_KEY_HOURS = 24.0


def console_lines(store: Store, policy: Path) -> list[str]:
    """The console's URL and a one-time sign-in key for the person ``policy`` names as risk
    owner: created as `steward keys create` creates keys (authorized, recorded in the ledger),
    consumed by its first sign-in (a second is refused and recorded), expiring after
    :data:`CONSOLE_KEY_HOURS` if unused; `steward keys revoke KEY_ID` ends it sooner."""

    url = f"http://127.0.0.1:{DEFAULT_PORT}/"
    try:
        key, (key_id, holder) = issue_sign_in_key(
            load_policy(policy), store, "risk_owner", CONSOLE_KEY_HOURS
        )
    except StewardError as exc:
        return [f"  the web console: make console, then open {url} ({exc})"]
    return [
        f"  the web console: make console (Ctrl-C stops it), then open {url} and sign in as",
        f"    {holder} (risk_owner) with {key}",
        f"    (key {key_id}: one-time, the first sign-in uses it up; valid "
        f"{CONSOLE_KEY_HOURS:g} h; `steward keys revoke {key_id} --policy {policy}` ends it "
        "sooner)",
    ]


def summary_lines(store: Store, policies: list[Path]) -> list[str]:
    lines = ["", "make demo: where to look", f"  store (SQLite, artifacts, ledger): {store.home}"]
    registry = Registry(store)
    for policy in policies:
        loaded = load_policy(policy)
        name = loaded.policy.project.name
        try:
            model = registry.get(name)
        except StewardError:
            lines.append(f"  {name} ({policy}): nothing registered")
            continue
        lines.append(f"  {name} ({policy}): {model.ref} is {model.status}")
        run_dir = store.home / "runs" / (model.run_id or "")
        for file in _RUN_FILES:
            if model.run_id and (run_dir / file).exists():
                lines.append(f"    {run_dir / file}")
    lines += [
        "  next:",
        "    steward models list                  # the registry and each version's status",
        "    steward ledger show                  # every lifecycle event and served decision",
        "    steward ledger trace <request id>    # one decision back to its data and sign-off",
        "  a project of your own (empty folder): steward init && steward demo-data && "
        "steward run steward.yaml",
    ]
    return lines


def main(*policies: str) -> int:
    store = Store(default_home())
    lines = summary_lines(store, [Path(policy) for policy in policies])
    if policies:
        lines[-1:-1] = console_lines(store, Path(policies[0]))  # before "a project of your own"
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
