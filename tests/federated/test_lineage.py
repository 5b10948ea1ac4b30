"""How ``ledger trace`` reads a federation back from the ledger (:mod:`steward.federated.lineage`),
on entries written as ``steward federate`` writes them, with another run's entries interleaved
and two ways the ledger and the stored lineage can disagree. Fast: no Flower, no model (the
end-to-end trace of a served federated model is in test_federate.py)."""

from __future__ import annotations

from typing import Any

from steward.accountability.ledger import Ledger
from steward.federated.lineage import AGGREGATIONS, federation_trace
from steward.store.artifacts import Store

NORTH_SHA, SOUTH_SHA, OTHER_SHA = "a" * 64, "b" * 64, "c" * 64


def _append(ledger: Ledger, action: str, subject: str, run: str, **details: Any) -> int:
    artifacts = details.pop("artifacts", None)
    entry = ledger.append(
        actor="dev", action=action, subject=subject, artifacts=artifacts,
        details={"run_id": run, **details},
    )  # fmt: skip
    return entry.seq


def _round(ledger: Ledger, run: str, number: int, sites: list[str]) -> int:
    return _append(ledger, "federated.round", "fed", run, round=number, sites=sites,
                   failures=0, aggregation="secaggplus", client_epsilon=None)  # fmt: skip


def test_a_federation_is_read_from_its_own_runs_entries(store: Store) -> None:
    ledger = Ledger(store)
    started = _append(ledger, "federation.started", "run-a", "run-a")
    north = _append(ledger, "data.split", "dataset", "run-a", site="north",
                    artifacts=[NORTH_SHA], splits={"train": 30, "test": 6})  # fmt: skip
    # south's governance entry names another data set than the one registered below
    _append(ledger, "data.split", "dataset", "run-a", site="south", artifacts=[OTHER_SHA],
            splits={"train": 20})  # fmt: skip
    _append(ledger, "data.split", "dataset", "run-b", site="north", artifacts=[OTHER_SHA])
    first = _round(ledger, "run-a", 1, ["north", "south"])
    _round(ledger, "run-b", 2, ["south"])  # another federation running at the same time
    second = _round(ledger, "run-a", 2, ["north"])
    privacy = {
        "sample_level": {
            "epsilon_spent": 3.5,
            "target_epsilon": 6.0,
            "sites": {
                "north": {"epsilon_spent": 3.5, "delta": 0.03},
                "south": {"epsilon_spent": 2.0, "delta": 0.05},
            },
        }
    }
    federated = {"sites": ["north", "south"], "aggregation": "secaggplus", "rounds": 2,
                 "engine": "flower-simulation", "privacy_spent": privacy}  # fmt: skip
    trained = _append(ledger, "model.trained", "fed", "run-a", federated=federated)
    registered = _append(ledger, "model.registered", "fed:1", "run-a", federated=True,
                         sites={"north": NORTH_SHA, "south": SOUTH_SHA})  # fmt: skip

    # the stored lineage holds north's data set but not south's
    traced = federation_trace(store, "fed:1", {NORTH_SHA})
    assert traced is not None
    assert (traced["run_id"], traced["aggregation"], traced["rounds_planned"]) == (
        "run-a", "secaggplus", 2,
    )  # fmt: skip
    assert traced["aggregation_means"] == AGGREGATIONS["secaggplus"]
    assert (traced["started_seq"], traced["trained_seq"], traced["registered_seq"]) == (
        started, trained, registered,
    )  # fmt: skip
    assert [r["seq"] for r in traced["rounds"]] == [first, second]  # run-b's round left out
    north_site, south_site = traced["sites"]
    assert north_site == {
        "name": "north", "dataset_sha256": NORTH_SHA, "in_lineage": True,
        "governed_seq": north, "training_rows": 30, "rounds": [1, 2],
        "round_seqs": [first, second], "epsilon_spent": 3.5, "delta": 0.03,
    }  # fmt: skip
    # Disagreements are shown, not smoothed over: the registered hash is neither in the
    # model's lineage nor the one south's governance entry recorded.
    assert south_site["dataset_sha256"] == SOUTH_SHA
    assert south_site["in_lineage"] is False and south_site["governed_seq"] is None
    assert (south_site["rounds"], south_site["epsilon_spent"]) == ([1], 2.0)
    assert traced["privacy"] == privacy


def test_a_centrally_trained_model_has_no_federation(store: Store) -> None:
    ledger = Ledger(store)
    _append(ledger, "model.registered", "central:1", "run-c", weights_sha256="d" * 64)
    assert federation_trace(store, "central:1", set()) is None
    assert federation_trace(store, "never-registered:1", set()) is None
