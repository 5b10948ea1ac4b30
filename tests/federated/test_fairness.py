"""The federation's non-IID audit and its optimisers: a site's per-group test counts and its
local-only reference (on a tiny randomly initialised model, no Flower), FedProx's pull at a
site, the audit built from the sites' counts and the policy's checks. The real federation
(Flower's simulation engine, FedAvgM) whose summary and model card carry the audit is
test_federate's plain FedAvg run, which shares that one federation with its lineage checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch

from steward.config import FederatedPolicy
from steward.federated.apps import (
    FederationPlan,
    SiteModel,
    SitePartition,
    group_accuracy,
    head_state,
)
from steward.federated.pipeline import fairness_audit, fairness_lines

LABELS = ("balance", "card_lost")


def _governed(path: Path) -> Path:
    """A site's governed rows: English rows about balances, Chinese ones about lost cards."""
    rows = []
    for i in range(24):
        english = i % 2 == 0
        rows.append(
            {
                "text": f"show my balance please {i}" if english else f"我的卡丢了 {i}",
                "label": "balance" if english else "card_lost",
                "language": "en" if english else "zh",
                "age_band": "65+" if i % 3 == 0 else "18-64",
                "split": "test" if i >= 16 else "train",
            }
        )
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _plan(tiny_model_dir: Path, governed: Path, **changes: Any) -> FederationPlan:
    fields: dict[str, Any] = {
        "token": "fairness",
        "base_model": tiny_model_dir,
        "labels": LABELS,
        "sites": (SitePartition("north", governed),),
        "rounds": 2,
        "local_epochs": 2,
        "max_length": 16,
        "batch_size": 4,
        "learning_rate": 0.05,
        "weight_decay": 0.0,
        "seed": 3,
        "group_fields": ("language", "age_band"),
    }
    return FederationPlan(**{**fields, **changes})


def test_group_counts_add_up_to_the_sites_counts(tiny_model_dir: Path, tmp_path: Path) -> None:
    site = SiteModel(_plan(tiny_model_dir, _governed(tmp_path / "north.jsonl")), 0)
    site.train(1)
    counts, groups = site.counts("test"), site.group_counts("test")
    assert set(groups) == {"language", "age_band"}
    assert set(groups["language"]) == {"en", "zh"}
    for values in groups.values():  # every test row counted once per field
        assert sum(rows for _, rows in values.values()) == counts["num-examples"] == 8
        assert sum(correct for correct, _ in values.values()) == counts["correct"]
    # the same counts as the rows' own predictions, value by value
    site.head.eval()
    with torch.inference_mode():
        predicted = site.head(site.features["test"]).argmax(dim=1)
    right = (predicted == site.targets["test"]).tolist()
    rows = site.groups["test"]
    zh = [hit for hit, row in zip(right, rows, strict=True) if row["language"] == "zh"]
    assert groups["language"]["zh"] == [sum(zh), len(zh)]


def test_local_only_reference_trains_from_the_initial_head(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    governed = _governed(tmp_path / "north.jsonl")
    site = SiteModel(_plan(tiny_model_dir, governed), 0)
    initial = head_state(site.head)
    site.train_local_only(initial)
    trained = head_state(site.head)
    assert any(not torch.equal(initial[k], trained[k]) for k in initial)
    # rounds × local_epochs epochs of the same recipe: the same head as training round by round
    again = SiteModel(_plan(tiny_model_dir, governed, token="again"), 0)
    again.set_head(initial)
    again.train(1)
    again.train(2)
    assert all(torch.equal(trained[k], head_state(again.head)[k]) for k in trained)

    from steward.config import PrivacyTraining

    private = SiteModel(
        _plan(
            tiny_model_dir,
            governed,
            token="private",
            sample_dp=PrivacyTraining(enabled=True, trainable="head"),
            site_noise=(1.0,),
            site_delta=(1e-3,),
        ),
        0,
    )
    with pytest.raises(ValueError, match="sample-level DP"):
        private.train_local_only(initial)


@pytest.mark.parametrize("private", [False, True])
def test_proximal_term_keeps_the_site_near_the_global_head(
    tiny_model_dir: Path, tmp_path: Path, private: bool
) -> None:
    from steward.config import PrivacyTraining

    governed = _governed(tmp_path / "north.jsonl")
    dp: dict[str, Any] = (
        {
            "sample_dp": PrivacyTraining(enabled=True, trainable="head", target_epsilon=50.0),
            "site_noise": (0.5,),
            "site_delta": (1e-3,),
        }
        if private
        else {}
    )
    distances = []
    for mu in (0.0, 5.0):
        site = SiteModel(_plan(tiny_model_dir, governed, token=f"prox-{mu}-{private}", **dp), 0)
        start = head_state(site.head)
        site.train(1, [] if private else None, proximal_mu=mu)
        distances.append(
            sum(float(((v - start[k]) ** 2).sum()) for k, v in head_state(site.head).items())
        )
    assert distances[1] < distances[0]


def test_fairness_audit_from_counts() -> None:
    def counts(correct: int, rows: int) -> dict[str, Any]:
        return {"num-examples": rows, "correct": correct, "tp": [0], "fp": [0], "fn": [0]}

    outcome = {
        "test_by_site": {"north": counts(8, 10), "south": counts(3, 4)},
        "test_groups_by_site": {
            "north": {"language": {"en": [6, 6], "zh": [2, 4]}},
            "south": {"language": {"zh": [3, 4]}},
        },
        "local_only_by_site": {"north": counts(9, 10), "south": counts(1, 4)},
        "local_only_groups_by_site": {
            "north": {"language": {"en": [6, 6], "zh": [3, 4]}},
            "south": {"language": {"zh": [1, 4]}},
        },
    }
    audit = fairness_audit(outcome, ["north", "south"])
    assert audit["models"] == ["federated", "local_only"]
    assert audit["federated"]["by_site"] == {"north": 0.8, "south": 0.75}
    assert audit["federated"]["by_group"]["language"]["zh"] == {"accuracy": 0.625, "rows": 8}
    assert audit["local_only"]["by_group"]["language"]["zh"] == {"accuracy": 0.5, "rows": 8}
    assert audit["federated_gain_by_site"] == {"north": -0.1, "south": 0.5}
    table = "\n".join(fairness_lines(audit))
    assert "| site north | 0.800 | 0.900 |" in table
    assert "| language = zh (8 rows) | 0.625 | 0.500 |" in table
    # without the local-only reference: the federated model's figures only, and said so
    alone = fairness_audit({k: v for k, v in outcome.items() if "local" not in k}, ["north"])
    assert alone["models"] == ["federated"] and "federated_gain_by_site" not in alone
    assert "No local-only reference" in "\n".join(fairness_lines(alone))
    assert group_accuracy({}) == {}


def _sites() -> list[dict[str, Any]]:
    return [{"name": n, "sources": [{"path": f"{n}.jsonl"}]} for n in ("a", "b", "c")]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"proximal_mu": 0.1, "server_momentum": 0.5}, "choose one"),
        ({"proximal_mu": 0.1, "aggregation": "secaggplus"}, "aggregation: fedavg"),
        ({"server_learning_rate": 2.0, "aggregation": "secaggplus"}, "aggregation: fedavg"),
        ({"server_momentum": 1.0}, "less than 1"),
        ({"proximal_mu": -1.0}, "greater than or equal to 0"),
    ],
)
def test_policy_refuses_mixed_or_out_of_range_optimisers(
    changes: dict[str, Any], message: str
) -> None:
    sites = _sites()
    with pytest.raises(ValueError, match=message):
        FederatedPolicy.model_validate({"sites": sites, **changes})
    FederatedPolicy.model_validate({"sites": sites, "server_momentum": 0.5})


def test_kept_optimizer_state_round_trips_through_the_sites_flower_state(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    """keep_optimizer_state: AdamW's moments after a round go to the site's Flower state
    (which outlives a simulation worker) and the next round starts from them."""
    pytest.importorskip("flwr", reason="Flower is not installed (make federated)")
    from flwr.app import RecordDict

    from steward.federated.apps import load_optimizer_state, save_optimizer_state

    governed = _governed(tmp_path / "north.jsonl")
    site = SiteModel(_plan(tiny_model_dir, governed, keep_optimizer_state=True), 0)
    state = RecordDict()
    assert load_optimizer_state(state) is None
    site.train(1)
    assert site.optimizer_state is not None
    save_optimizer_state(state, site.optimizer_state)
    loaded = load_optimizer_state(state)
    assert loaded is not None
    moments = loaded["state"][0]["exp_avg_sq"]
    assert torch.equal(moments, site.optimizer_state["state"][0]["exp_avg_sq"])
    steps = float(loaded["state"][0]["step"])
    site.optimizer_state = loaded
    site.train(2)  # continues the same AdamW: its step count goes on from round 1's
    assert float(site.optimizer_state["state"][0]["step"]) == 2 * steps
    fresh = SiteModel(_plan(tiny_model_dir, governed, token="fresh"), 0)
    fresh.train(1)
    fresh.train(2)  # keep_optimizer_state off: a new AdamW each round
    assert fresh.optimizer_state is not None
    assert float(fresh.optimizer_state["state"][0]["step"]) == steps


def test_a_site_under_sgd_steps_by_its_learning_rate_times_the_gradient(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    """site_optimizer: sgd (for an adaptive server optimiser): one full-batch local step moves
    the head by exactly -learning_rate × the loss's gradient (no momentum, no weight decay, no
    moments kept), where AdamW's first step is a sign-like step of size learning_rate."""
    governed = _governed(tmp_path / "north.jsonl")
    plan = _plan(tiny_model_dir, governed, site_optimizer="sgd", local_epochs=1, batch_size=64,
                 weight_decay=0.01, learning_rate=0.5)  # fmt: skip
    site = SiteModel(plan, 0)
    site.head.dropout = torch.nn.Identity()  # a deterministic gradient to compare with
    before = head_state(site.head)
    reference = SiteModel(plan, 0)
    reference.head.dropout = torch.nn.Identity()
    reference.set_head(before)
    loss = torch.nn.functional.cross_entropy(
        reference.head(reference.features["train"]), reference.targets["train"]
    )
    loss.backward()
    gradients = {name: p.grad for name, p in reference.head.named_parameters()}
    site.train(1)
    after = head_state(site.head)
    for name, gradient in gradients.items():
        assert gradient is not None and gradient.abs().max() > 0
        expected = before[name] - 0.5 * gradient
        assert torch.allclose(after[name], expected, atol=1e-5), name
    assert site.optimizer_state is not None and site.optimizer_state["state"] == {}
    adamw = SiteModel(_plan(tiny_model_dir, governed, token="adamw", local_epochs=1,
                            batch_size=64, learning_rate=0.5), 0)  # fmt: skip
    adamw.head.dropout = torch.nn.Identity()
    adamw.set_head(before)
    adamw.train(1)
    assert "exp_avg" in adamw.optimizer_state["state"][0]  # type: ignore[index]
