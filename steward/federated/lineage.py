"""A federated model's accountability record, read back from the ledger for ``ledger trace``:
the sites (each by its governed data set's hash), the rounds each took part in, the
aggregation and the privacy spent.

Everything here comes from the run's own ledger entries (hash-chained and signed), not from
the run folder: the ``model.registered`` entry names each site's data set hash, the sites'
``data.split`` entries record those data sets as each site governed them, every
``federated.round`` entry lists the sites that took part, and ``model.trained`` holds the
aggregation and the privacy each DP regime spent. This module imports neither Flower nor torch:
tracing a decision needs neither.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from steward.store.artifacts import Store
from steward.store.db import LedgerEntryRow

# What each ``federated.aggregation`` means for what the server saw (the model card and the
# trace say it in these words).
AGGREGATIONS = {
    "fedavg": "FedAvg in the clear: the mean of the sites' models (the head, or every weight "
    "under trainable: all) weighted by their rows; the server receives each site's update",
    "secaggplus": "FedAvg through Flower's SecAgg+ secure aggregation: the sites upload masked "
    "updates and the server unmasks only their sum, never one site's update",
    "he_ckks": "FedAvg by homomorphic encryption (CKKS, TenSEAL): the server adds the sites' "
    "encrypted updates and never holds a site's update or a round's aggregate in the clear",
}

_STARTED = "federation.started"
_REGISTERED = "model.registered"
# The run's entries between its start and its registration that the trace reads.
_RUN_ACTIONS = ("data.split", "federated.round", "federated.he_keys", "model.trained")


def _run_entries(
    store: Store, ref: str
) -> tuple[LedgerEntryRow, LedgerEntryRow | None, list[LedgerEntryRow]] | None:
    """The model's registration entry, its federation's start entry and the run's entries in
    between (by ``details.run_id``); None when ``ref`` was not registered by a federation."""
    with store.session() as session:
        registered = session.scalars(
            select(LedgerEntryRow)
            .where(LedgerEntryRow.subject == ref, LedgerEntryRow.action == _REGISTERED)
            .order_by(LedgerEntryRow.seq)
        ).first()
        details = (registered.details or {}) if registered is not None else {}
        if registered is None or not details.get("federated"):
            return None
        run_id = details.get("run_id")
        started = session.scalars(
            select(LedgerEntryRow).where(
                LedgerEntryRow.subject == str(run_id), LedgerEntryRow.action == _STARTED
            )
        ).first()
        # The run's entries lie between its start and its registration: the (action, seq)
        # index reads only those, however long the ledger.
        rows = session.scalars(
            select(LedgerEntryRow)
            .where(
                LedgerEntryRow.action.in_(_RUN_ACTIONS),
                LedgerEntryRow.seq > (started.seq if started is not None else -1),
                LedgerEntryRow.seq < registered.seq,
            )
            .order_by(LedgerEntryRow.seq)
        ).all()
    return registered, started, [r for r in rows if (r.details or {}).get("run_id") == run_id]


def federation_trace(store: Store, ref: str, lineage: set[str]) -> dict[str, Any] | None:
    """The federation behind registered model ``ref``, or None for a centrally trained one.

    ``lineage``: the hashes of the model artifact's lineage; each site's data set is checked
    against it (``in_lineage``), so the ledger's account and the stored lineage must agree.
    """
    found = _run_entries(store, ref)
    if found is None:
        return None
    registered, started, rows = found
    trained = next((r for r in reversed(rows) if r.action == "model.trained"), None)
    federation: dict[str, Any] = (
        dict((trained.details or {}).get("federated") or {}) if trained else {}
    )
    hashes: dict[str, str] = dict((registered.details or {}).get("sites") or {})
    governed = {
        str(r.details["site"]): r
        for r in rows
        if r.action == "data.split" and (r.details or {}).get("site") in hashes
    }
    rounds: list[dict[str, Any]] = [
        {
            "seq": r.seq,
            "round": r.details.get("round"),
            "sites": list(r.details.get("sites") or []),
            "failures": r.details.get("failures"),
            "client_epsilon": r.details.get("client_epsilon"),
        }
        for r in rows
        if r.action == "federated.round"
    ]
    privacy: dict[str, Any] = dict(federation.get("privacy_spent") or {})
    sample_sites = (privacy.get("sample_level") or {}).get("sites") or {}
    he_keys = next((r for r in rows if r.action == "federated.he_keys"), None)
    sites = []
    for name in federation.get("sites") or list(hashes):
        sha = hashes.get(name)
        split = governed.get(name)
        took_part = [r for r in rounds if name in r["sites"]]
        sites.append(
            {
                "name": name,
                "dataset_sha256": sha,
                "in_lineage": sha in lineage,
                # the site's own record of governing that data set (None: the ledger has none
                # naming this hash, which the trace must show rather than hide)
                "governed_seq": split.seq if split is not None and sha in split.artifacts else None,
                "training_rows": ((split.details or {}).get("splits") or {}).get("train")
                if split is not None
                else None,
                "rounds": [r["round"] for r in took_part],
                "round_seqs": [r["seq"] for r in took_part],
                "epsilon_spent": (sample_sites.get(name) or {}).get("epsilon_spent"),
                "delta": (sample_sites.get(name) or {}).get("delta"),
            }
        )
    aggregation = federation.get("aggregation")
    return {
        "run_id": (registered.details or {}).get("run_id"),
        "aggregation": aggregation,
        "aggregation_means": AGGREGATIONS.get(str(aggregation)),
        "engine": federation.get("engine"),
        "trainable": federation.get("trainable"),  # head, or all (full fine-tuning)
        "rounds_planned": federation.get("rounds"),
        "rounds": rounds,
        "sites": sites,
        "privacy": privacy or None,
        "he_key_holder": (he_keys.details or {}).get("key_holder") if he_keys else None,
        "started_seq": started.seq if started is not None else None,
        "trained_seq": trained.seq if trained is not None else None,
        "registered_seq": registered.seq,
    }
