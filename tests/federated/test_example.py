"""The federated example (``make federated-demo``) end to end at a tiny size: its data script
deals the project's synthetic log out to three branches that differ (one mostly Chinese-speaking,
one mostly 65+), and ``steward federate`` on its policy (a tiny random model, two rounds, the
session's Ray) trains through SecAgg+ with DP-SGD at each branch and says where the ε, the
model card and the ledger are."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

from steward.accountability.ledger import Ledger
from steward.store.artifacts import Store
from tests.conftest import MINIMAL_GATE

pytest.importorskip("flwr", reason="Flower is not installed (make federated)")
pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "federated"


def _rows(path: Path) -> list[dict[str, object]]:
    rows = []
    for line in path.read_bytes().splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            rows.append(row)
    return rows


def test_federated_example_runs_end_to_end(
    tiny_model_dir: Path, tmp_path: Path, ray_cluster: dict[str, str]
) -> None:
    env = {**os.environ, **ray_cluster, "STEWARD_ACTOR": "dev", "HF_HUB_OFFLINE": "1",
           "COLUMNS": "400"}  # fmt: skip
    subprocess.run(
        [sys.executable, str(EXAMPLE / "branches.py"), "--messages", "360", "--out",
         str(tmp_path / "data")],
        check=True, env=env, timeout=120, capture_output=True,
    )  # fmt: skip
    branches = {name: _rows(tmp_path / "data" / f"{name}.jsonl") for name in
                ("harbour", "riverside", "central")}  # fmt: skip
    languages = {name: Counter(row.get("language") for row in rows) for name, rows in
                 branches.items()}  # fmt: skip
    # The branches differ as the example says: harbour mostly Chinese-speaking, riverside the
    # most customers aged 65+.
    assert languages["harbour"]["zh"] > languages["harbour"]["en"]
    assert languages["central"]["en"] > 3 * languages["central"]["zh"]
    elderly = {n: sum(r.get("age_band") == "65+" for r in rows) / len(rows)
               for n, rows in branches.items()}  # fmt: skip
    assert max(elderly, key=lambda n: elderly[n]) == "riverside"

    policy = yaml.safe_load((EXAMPLE / "policy.yaml").read_text(encoding="utf-8"))
    assert policy["federated"]["aggregation"] == "secaggplus"
    policy["train"].update(base_model=str(tiny_model_dir), max_length=24)
    policy["federated"].update(rounds=2, local_epochs=1, cpus_per_site=min(2, os.cpu_count() or 1))
    policy["gate"] = MINIMAL_GATE  # a tiny random encoder: no quality floor to meet
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(policy), encoding="utf-8")
    home = tmp_path / ".steward"
    done = subprocess.run(
        [sys.executable, "-m", "steward.cli", "federate", str(tmp_path / "policy.yaml"),
         "--home", str(home)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]

    # What the command prints: accuracy, the ε each branch spent, where card and ledger went.
    (card,) = (home / "runs").glob("*/MODEL_CARD.md")
    assert "test accuracy (all sites)" in done.stdout
    assert "sample-level DP" in done.stdout and str(card) in done.stdout
    assert f"steward ledger show --home {home}" in done.stdout
    rounds = Ledger(Store(home)).entries(action="federated.round")
    assert [entry.details["round"] for entry in rounds] == [1, 2]
    for entry in rounds:  # SecAgg+: the strategy only ever held the sum of the branches' heads
        assert entry.details["aggregation"] == "secaggplus"
        assert entry.details["distinct_updates"] == 1
        assert sorted(entry.details["sites"]) == ["central", "harbour", "riverside"]
        assert all(0 < eps <= 8.0 for eps in entry.details["epsilon_by_site"].values())
    worst = max(rounds[-1].details["epsilon_by_site"].values())
    assert f"ε {worst}" in done.stdout
    assert f"ε spent {worst}" in card.read_text(encoding="utf-8")
