"""The closing summary of ``make demo``: where to look at what the demo made (each run's
report, card and audit, the registry's verdicts, the ledger) and what to type next.

Run: ``python -m steward.examples.demo_summary examples/bank/steward.yaml
examples/assistant/steward.yaml`` (``STEWARD_HOME`` as for every command).
"""

from __future__ import annotations

import sys
from pathlib import Path

from steward.config import load_policy
from steward.console.cli import DEFAULT_PORT
from steward.errors import StewardError
from steward.registry.models import Registry
from steward.store.artifacts import Store
from steward.store.db import default_home

# The files of a run directory worth opening first, by lifecycle (classifier / assistant).
_RUN_FILES = ("report.html", "MODEL_CARD.md", "audit.json", "report.json", "datasheet.html")


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
        f"  the web console: make console, then open http://127.0.0.1:{DEFAULT_PORT}/ and sign "
        "in with the risk owner's key it prints (Ctrl-C stops it)",
        "  a project of your own (empty folder): steward init && steward demo-data && "
        "steward run steward.yaml",
    ]
    return lines


def main(*policies: str) -> int:
    store = Store(default_home())
    print("\n".join(summary_lines(store, [Path(policy) for policy in policies])))
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
