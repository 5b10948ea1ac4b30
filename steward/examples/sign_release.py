"""The release sign-off step of ``make demo``: after ``steward run``, the policy's risk owner
approves the newly registered model if it passed the gate (``pending_review``), through the
same command a person types, and the demo prints that command so nobody mistakes the
approval for an automatic one. A model that failed the gate stays a candidate: nothing to sign.

Run: ``python -m steward.examples.sign_release examples/bank/steward.yaml``
(``STEWARD_HOME`` as for every command).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from steward.config import load_policy
from steward.registry.models import PENDING_REVIEW

DEMO_REASON = "demo: gate passed and the audit report reviewed by the risk owner"


def _steward(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steward.cli", *args], text=True, capture_output=True, env=env
    )


def sign_release(policy: Path, reason: str = DEMO_REASON) -> int:
    """Approve the policy's newest model as its first ``risk_owner`` when it awaits review;
    returns the exit status (0 also when there is nothing to sign)."""
    loaded = load_policy(policy)
    name = loaded.policy.project.name
    shown = _steward("models", "show", name)
    if shown.returncode:
        print(f"  {shown.stderr.strip() or shown.stdout.strip()}")
        return shown.returncode
    model = json.loads(shown.stdout)["model"]
    ref, status = f"{model['name']}:{model['version']}", model["status"]
    if status != PENDING_REVIEW:
        print(f"  {ref} is {status}: no release to sign (only a model that passed the gate is)")
        return 0
    owners = loaded.policy.roles.people("risk_owner")
    if not owners:
        print(f"  {ref} awaits review but {policy} names no risk_owner to sign it")
        return 1
    owner = owners[0]
    command = ["models", "review", ref, "--approve", "--reason", reason, "--policy", str(policy)]
    print(f"  signing the release as the risk owner {owner}: "
          f"STEWARD_ACTOR={owner} steward {shlex.join(command)}")  # fmt: skip
    signed = _steward(*command, env={**os.environ, "STEWARD_ACTOR": owner})
    print(f"  {' '.join((signed.stdout or signed.stderr).split())}")
    return signed.returncode


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(sign_release(Path(sys.argv[1])))
