"""Homomorphic aggregation (aggregation: he_ckks): the CKKS sum against plain FedAvg, a real
Flower simulation in which the server only ever holds ciphertexts and a public context, and
`steward federate` recording it in the ledger."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from steward.accountability.ledger import Ledger
from steward.config import parse_policy
from steward.store.artifacts import Store
from tests.conftest import MINIMAL_GATE

ts = pytest.importorskip("tenseal", reason="TenSEAL is not installed (make federated)")


def test_encrypted_weighted_sum_is_fedavg_and_the_server_context_cannot_decrypt(
    tmp_path: Path,
) -> None:
    from steward.federated.he import (
        HEPlan,
        add_encrypted,
        decrypt,
        distribute_secret,
        encrypt,
        generate_keys,
        public_context,
    )

    secret, public = generate_keys(8192, 40)
    (path,) = distribute_secret(secret, [tmp_path / "north"])
    assert path.stat().st_mode & 0o777 == 0o600
    rows = np.array([40, 7, 23])
    plan = HEPlan(public, float(rows.sum()), 8192, 40, key_holder=0)
    rng = np.random.default_rng(0)
    heads = rng.normal(0, 0.5, size=(3, 10_000))  # three chunks of 4,096 slots each
    site_context = ts.context_from(path.read_bytes())
    assert site_context.is_private()
    uploads = [
        encrypt(site_context, head * n / plan.weight_unit, plan)
        for head, n in zip(heads, rows, strict=True)
    ]
    assert [len(chunks) for chunks in uploads] == [3, 3, 3]

    server = public_context(plan)
    assert not server.is_private()
    summed = add_encrypted(server, uploads)
    with pytest.raises(ValueError, match="secret"):  # the server's context cannot decrypt
        ts.ckks_vector_from(server, summed[0]).decrypt()
    mean = decrypt(site_context, summed)[: heads.shape[1]] * plan.weight_unit / rows.sum()
    assert np.abs(mean - np.average(heads, axis=0, weights=rows)).max() < 1e-6

    # A context that holds a secret key is refused on the server's side.
    with pytest.raises(RuntimeError, match="secret key"):
        public_context(HEPlan(secret, 1.0, 8192, 40, key_holder=0))
    # A value that would wrap around the data prime is refused before encryption.
    with pytest.raises(ValueError, match="does not fit CKKS slots"):
        encrypt(site_context, np.array([2.0**19]), plan)


def test_policy_he_section() -> None:
    sites = [{"name": n, "sources": [{"path": f"{n}.jsonl"}]} for n in ("a", "b")]
    base = {"project": {"name": "t"}, "data": {"sources": [{"path": "d.jsonl"}]},
            "gate": MINIMAL_GATE}  # fmt: skip
    policy = parse_policy({**base, "federated": {"sites": sites, "aggregation": "he_ckks"}})
    assert policy.federated is not None and policy.federated.aggregation == "he_ckks"
    assert policy.federated.he_ckks.poly_modulus_degree == 8192
    from steward.errors import PolicyError

    for federated, message in (
        ({"he_ckks": {"key_holder": "c"}}, "federated.he_ckks.key_holder: 'c' is not one of"),
        ({"he_ckks": {"poly_modulus_degree": 4096}}, "federated.he_ckks.poly_modulus_degree"),
        ({"runtime": "deployment"}, "he_ckks runs on the simulation runtime only"),
    ):
        with pytest.raises(PolicyError, match=message):
            parse_policy(
                {**base, "federated": {"sites": sites, "aggregation": "he_ckks", **federated}}
            )


def _sites(root: Path) -> tuple[tuple[str, ...], list[Path]]:
    """Three sites' governed rows (split already made), non-IID, for the apps directly."""
    from tests.federated.test_federate import MIX, _rows

    paths, labels = [], set()
    for site in MIX:
        rows = _rows(site)
        path = root / site / "governed.jsonl"
        path.parent.mkdir(parents=True)
        with path.open("w", encoding="utf-8") as handle:
            for i, row in enumerate(rows):
                split = ("validation", "test")[i % 2] if i % 5 == 0 else "train"
                labels.add(row["intent"])
                handle.write(json.dumps({"text": row["text"], "label": row["intent"],
                                         "split": split}) + "\n")  # fmt: skip
        paths.append(path)
    return tuple(sorted(labels)), paths


@pytest.mark.slow
def test_simulation_server_holds_only_ciphertexts_and_matches_fedavg(
    tiny_model_dir: Path,
    tmp_path: Path,
    ray_cluster: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A federation (3 sites, 2 rounds, a tiny model) with he_ckks on Flower's simulation
    engine: the released model is plain FedAvg's over the same sites, rounds and seeds to
    within 1e-3 (FedAvg computed here from the sites' own updates), and
    every training reply the server received held CKKS ciphertexts only (a float array, i.e. a
    plaintext head, fails the check), which its public context cannot decrypt."""
    from dataclasses import replace

    from flwr.simulation import run_simulation

    from steward.config import TrainPolicy
    from steward.federated.apps import FederationPlan, SiteModel, SitePartition, head_state
    from steward.federated.he import (
        ENCRYPTED,
        HEPlan,
        build_he_client_app,
        build_he_server_app,
        decrypt,
        distribute_secret,
        flatten,
        generate_keys,
    )
    from steward.train.heads import split_head
    from steward.train.trainer import IntentClassifier, set_seed

    for key, value in ray_cluster.items():
        monkeypatch.setenv(key, value)
    labels, paths = _sites(tmp_path)
    set_seed(13)
    classifier, _ = IntentClassifier.from_base(
        tiny_model_dir, list(labels), TrainPolicy(extend_vocab=False, max_length=24)
    )
    initial = head_state(split_head(classifier.model)[1])
    plain = FederationPlan(
        token="he-test-plain", base_model=tiny_model_dir, labels=labels,
        sites=tuple(SitePartition(p.parent.name, p) for p in paths), rounds=2, local_epochs=2,
        max_length=24, batch_size=8, learning_rate=0.01, weight_decay=0.0, seed=13,
    )  # fmt: skip
    secret, public = generate_keys(8192, 40)
    keys = distribute_secret(secret, [p.parent for p in paths])
    rows = {p.parent.name: sum('"train"' in line for line in p.open()) for p in paths}
    he = HEPlan(public, float(sum(rows.values())), 8192, 40, key_holder=1)
    encrypted = replace(
        plain,
        token="he-test-ckks",
        he=he,
        sites=tuple(replace(s, he_secret=k) for s, k in zip(plain.sites, keys, strict=True)),
    )

    def simulate(server: Any, client: Any) -> None:
        run_simulation(
            server_app=server, client_app=client, num_supernodes=3,
            backend_config={"client_resources": {"num_cpus": 1, "num_gpus": 0.0}},
        )  # fmt: skip

    received: dict[int, list[Any]] = {}
    records: list[Any] = []
    he_out: dict[str, Any] = {}
    server_app = build_he_server_app(
        encrypted, initial, records.append, he_out, lambda r, replies: received.update({r: replies})
    )
    simulate(server_app, build_he_client_app(encrypted))
    assert "error" not in he_out, he_out

    # The server's context had no secret key; every update it received was CKKS ciphertext.
    assert he_out["server_context_is_private"] is False
    server_context = ts.context_from(public)
    assert sorted(received) == [1, 2]
    for replies in received.values():
        assert len(replies) == 3
        for reply in replies:
            assert set(reply.content.array_records) == {ENCRYPTED}
            arrays = [a.numpy() for a in reply.content.array_records[ENCRYPTED].values()]
            assert arrays and all(a.dtype == np.uint8 for a in arrays)
            for array in arrays:
                vector = ts.ckks_vector_from(server_context, array.tobytes())
                with pytest.raises(ValueError, match="secret"):
                    vector.decrypt()
    assert [(r.distinct_updates, r.encrypted_updates) for r in records] == [(0, 3), (0, 3)]

    # The released model is FedAvg's (CKKS error far below 1e-3): the reference is plain
    # FedAvg of the same sites' updates, rounds and seeds, computed here from each site's
    # SiteModel (Flower's own plain FedAvg runs in test_federate; a second Ray simulation here
    # would only repeat it) ...
    sites = [SiteModel(plain, index) for index in range(len(plain.sites))]
    reference = {key: value.clone() for key, value in initial.items()}
    for server_round in range(1, plain.rounds + 1):
        updates, weights = [], []
        for site in sites:
            site.set_head(reference)
            site.train(server_round)
            updates.append({k: v.detach().clone() for k, v in site.head.state_dict().items()})
            weights.append(len(site.targets["train"]))
        reference = {
            key: sum(w * update[key] for w, update in zip(weights, updates, strict=True))
            / sum(weights)
            for key in reference
        }
    final = he_out["final_head"]
    error = max(float((final[k] - reference[k]).abs().max()) for k in reference)
    assert error < 1e-3
    # ... and is what the last round's ciphertexts held, decrypted with the sites' key.
    site_context = ts.context_from(keys[0].read_bytes())
    size = sum(value.numel() for value in final.values())
    summed = sum(
        decrypt(
            site_context,
            [a.numpy().tobytes() for a in reply.content.array_records[ENCRYPTED].values()],
        )[:size]
        for reply in received[2]
    )
    mean = summed * he.weight_unit / sum(rows.values())
    assert np.abs(mean - flatten(final)).max() < 1e-5
    assert he_out["test_by_site"]


@pytest.mark.slow
def test_federate_he_ckks_records_it_in_the_ledger(
    tiny_model_dir: Path, tmp_path: Path, ray_cluster: dict[str, str]
) -> None:
    from tests.federated.test_federate import MIX, _federate, _write_sites

    _write_sites(tmp_path)
    policy = {
        "project": {"name": "fed-he"},
        "data": {"sources": [{"path": "north.jsonl"}], "split": {"test": 0.2, "validation": 0.2}},
        "train": {"base_model": str(tiny_model_dir), "max_length": 24, "batch_size": 8,
                  "learning_rate": 0.01, "extend_vocab": False},
        "federated": {"sites": [{"name": s, "sources": [{"path": f"{s}.jsonl"}]} for s in MIX],
                      "rounds": 2, "local_epochs": 2, "cpus_per_site": min(2, os.cpu_count() or 1),
                      "aggregation": "he_ckks", "he_ckks": {"key_holder": "south"},
                      "local_only_reference": False},
        "gate": MINIMAL_GATE,
    }  # fmt: skip
    summary, home, _env = _federate(policy, tmp_path, ray_cluster)
    assert [r["round"] for r in summary["rounds"]] == [1, 2]
    for record in summary["rounds"]:
        assert record["sites"] == sorted(MIX)
        assert (record["distinct_updates"], record["encrypted_updates"]) == (0, 3)
        assert record["update_bytes"] > 0
    assert 0 <= summary["metrics"]["accuracy"] <= 1
    ledger = Ledger(Store(home))
    entries = ledger.entries(action="federated.round")
    assert [e.details["aggregation"] for e in entries] == ["he_ckks", "he_ckks"]
    (keys,) = ledger.entries(action="federated.he_keys")
    assert keys.details["key_holder"] == "south"
    assert keys.details["sites_given_secret"] == list(MIX)
    assert keys.details["poly_modulus_degree"] == 8192
    # the sites' copies of the secret key are gone once the federation ends
    run_dir = Path(summary["run_dir"])
    assert not list(run_dir.rglob("he_ckks_secret_context.seal"))
