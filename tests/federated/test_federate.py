"""`steward federate` end to end on a real Flower simulation (Flower's simulation engine on a
local Ray): three sites with different intent mixes, each governing its own data, a tiny
randomly initialised model, two rounds of FedAvg over the classification head, in the clear and
through SecAgg+."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from steward.accountability.ledger import Ledger
from steward.store.artifacts import Store
from tests.conftest import MINIMAL_GATE

pytest.importorskip("flwr", reason="Flower is not installed (make federated)")
pytestmark = pytest.mark.slow

PHRASES = {
    "card_lost": ["I lost my {item} near the {place}", "my {item} went missing at the {place}"],
    "balance": ["what is left on my {item} after the {place}", "show the {item} balance today"],
    "transfer": ["send money from my {item} to the {place}", "move funds to {place} from {item}"],
}
ITEMS = ["card", "debit card", "credit card", "wallet", "savings", "cheque book", "account"]
PLACES = ["station", "airport", "shop", "market", "office", "gym", "hotel", "bank", "park"]
# Non-IID: each site sees a different mix of intents.
MIX = {
    "north": {"card_lost": 18, "balance": 8, "transfer": 4},
    "south": {"card_lost": 4, "balance": 18, "transfer": 8},
    "east": {"card_lost": 8, "balance": 4, "transfer": 18},
}


def _rows(site: str) -> list[dict[str, Any]]:
    rows = []
    for label, count in MIX[site].items():
        for i in range(count):
            template = PHRASES[label][i % 2]
            text = template.format(item=ITEMS[i % len(ITEMS)], place=PLACES[(i * 5) % 9])
            rows.append({"message_id": f"{site}-{label}-{i}", "text": f"{text} {site} {i}",
                         "intent": label})  # fmt: skip
    return rows


def _write_sites(root: Path) -> dict[str, list[dict[str, Any]]]:
    written = {}
    for site in MIX:
        rows = _rows(site)
        if site == "north":  # personal data, anonymized at the site
            rows[0]["text"] += " write to jane.doe@example.com"
        if site == "south":  # an exact duplicate, removed at the site
            rows.append({**rows[1], "message_id": "south-copy"})
        if site == "east":  # too short after cleaning: quarantined at the site
            rows.append({"message_id": "east-blank", "text": "<b></b>", "intent": "balance"})
        path = root / f"{site}.jsonl"
        path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        written[site] = rows
    return written


@pytest.mark.parametrize("aggregation", ["fedavg", "secaggplus"])
def test_federate_trains_over_sites_and_records_lineage(
    tiny_model_dir: Path, tmp_path: Path, aggregation: str
) -> None:
    written = _write_sites(tmp_path)
    secure = aggregation == "secaggplus"
    policy = {
        "project": {"name": "fed-intents"},
        "data": {"sources": [{"path": "north.jsonl"}], "split": {"test": 0.2, "validation": 0.2}},
        "train": {"base_model": str(tiny_model_dir), "max_length": 24, "batch_size": 8,
                  "learning_rate": 0.01, "extend_vocab": False},
        "federated": {"sites": [{"name": s, "sources": [{"path": f"{s}.jsonl"}]} for s in MIX],
                      "rounds": 2, "local_epochs": 3, "cpus_per_site": min(2, os.cpu_count() or 1),
                      "aggregation": aggregation,
                      # SecAgg+ (3 shares, threshold 2) survives a site lost after key sharing
                      "simulate_dropouts": [{"site": "east", "round": 2}] if secure else []},
        "gate": MINIMAL_GATE,
    }  # fmt: skip
    policy_path = tmp_path / "steward.yaml"
    policy_path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    home = tmp_path / ".steward"
    env = {**os.environ, "STEWARD_ACTOR": "dev", "HF_HUB_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "steward.cli", "federate", str(policy_path), "--home", str(home),
         "--json"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]
    summary = json.loads(done.stdout)
    sites = {site["name"]: site for site in summary["sites"]}
    assert list(sites) == list(MIX)

    # Each site governed its own data: its own accounting, quarantine and data set hash.
    assert sites["south"]["accounting"]["duplicates"] == 1
    assert sites["east"]["accounting"]["quarantined"] == 1
    assert sites["north"]["accounting"]["rows_with_pii"] == 1
    assert len({site["dataset_sha256"] for site in sites.values()}) == 3
    run_dir = Path(summary["run_dir"])
    for name, rows in written.items():
        governed = [
            json.loads(line)
            for line in (run_dir / "sites" / name / "governed.jsonl").read_text().splitlines()
        ]
        # a site's partition holds its own rows only
        assert {row["id"] for row in governed} <= {row["message_id"] for row in rows}
        assert (run_dir / "sites" / name / "quarantine.jsonl").is_file()
        assert "jane.doe@example.com" not in json.dumps(governed)
        assert len(governed) == sum(sites[name]["splits"].values())

    # Two rounds, every site in each (but east in round 2 under SecAgg+), each trained on its
    # own training split.
    rounds = summary["rounds"]
    assert [record["round"] for record in rounds] == [1, 2]
    for record in rounds:
        took_part = [n for n in MIX if not (secure and n == "east" and record["round"] == 2)]
        assert record["sites"] == sorted(took_part)
        assert record["failures"] == len(MIX) - len(took_part)
        assert record["rows_by_site"] == {n: sites[n]["splits"]["train"] for n in took_part}
        assert set(record["validation_accuracy_by_site"]) == set(MIX)
        assert record["update_bytes"] > 0
        # Plain FedAvg hands the strategy each site's head; SecAgg+ only the unmasked sum.
        assert record["distinct_updates"] == (1 if aggregation == "secaggplus" else len(MIX))

    # The accuracy summed from the sites' counts is the saved model's own accuracy on the
    # sites' test rows (read here, as a check, from the sites' folders).
    from steward.train.trainer import IntentClassifier

    classifier = IntentClassifier.load(run_dir / "model")
    test_rows = [
        row
        for name in MIX
        for row in map(json.loads, (run_dir / "sites" / name / "governed.jsonl").open())
        if row["split"] == "test" and row["label"] in classifier.labels
    ]
    predicted = classifier.predict([row["text"] for row in test_rows])
    correct = sum(p == row["label"] for p, row in zip(predicted, test_rows, strict=True))
    assert summary["metrics"]["accuracy"] == pytest.approx(correct / len(test_rows), abs=1e-4)

    # The ledger: one entry per round, the sites' governance entries name their site.
    store = Store(home)
    ledger = Ledger(store)
    round_entries = ledger.entries(action="federated.round")
    assert [entry.details["round"] for entry in round_entries] == [1, 2]
    assert all(entry.details["aggregation"] == aggregation for entry in round_entries)
    governed_sites = [entry.details["site"] for entry in ledger.entries(action="data.governed")]
    assert sorted(governed_sites) == sorted(MIX)

    # The registered model's lineage reaches every site's governed data set (hashes only).
    ref = f"{summary['model']['name']}:{summary['model']['version']}"
    shown = subprocess.run(
        [sys.executable, "-m", "steward.cli", "models", "show", ref, "--home", str(home)],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    )  # fmt: skip
    lineage = json.loads(shown.stdout)["lineage"]
    shas = {record["sha256"] for record in lineage}
    assert {site["dataset_sha256"] for site in sites.values()} <= shas
    (model,) = [record for record in lineage if record["kind"] == "model"]
    assert model["meta"]["federated"]["sites"] == list(MIX)
    assert len(model["meta"]["federated"]["rounds_run"]) == 2
