"""The federated: policy section: typed, and its errors name the field."""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from steward.config import parse_policy
from steward.errors import PolicyError
from tests.conftest import MINIMAL_GATE, write_policy


def _policy(federated: Any) -> dict[str, Any]:
    return {
        "project": {"name": "t"},
        "data": {"sources": [{"path": "d.jsonl"}]},
        "gate": MINIMAL_GATE,
        "federated": federated,
    }


def _site(name: str) -> dict[str, Any]:
    return {"name": name, "sources": [{"path": f"{name}.jsonl"}]}


def test_a_valid_section_is_typed() -> None:
    policy = parse_policy(_policy({"sites": [_site("north"), _site("south")], "rounds": 2}))
    assert policy.federated is not None
    assert [site.name for site in policy.federated.sites] == ["north", "south"]
    assert policy.federated.rounds == 2 and policy.federated.trainable == "head"
    assert policy.federated.aggregation == "fedavg"
    assert policy.federated.runtime == "simulation"
    assert parse_policy(_policy(None)).federated is None
    adaptive = parse_policy(
        _policy(
            {
                "sites": [_site("north"), _site("south")],
                "server_optimizer": "fedadam",
                "server_learning_rate": 0.05,
                "privacy": {"sample_level": {"enabled": True, "optimizer": "sgd"}},
            }
        )
    ).federated
    assert adaptive is not None and adaptive.server_optimizer == "fedadam"
    assert adaptive.server_betas == (0.9, 0.99) and adaptive.server_tau == 1e-3
    assert adaptive.privacy.sample_level.optimizer == "sgd"
    assert adaptive.head_init == "random"
    warm = parse_policy(
        _policy({"sites": [_site("a"), _site("b")], "head_init": "label_names"})
    ).federated
    assert warm is not None and warm.head_init == "label_names" and warm.head_init_scale == 5.0


@pytest.mark.parametrize(
    ("federated", "message"),
    [
        ({"sites": [_site("north")]}, "federated.sites: List should have at least 2 items"),
        ({"sites": [_site("a"), _site("a")]}, "site name 'a' at sites[1] is already sites[0]"),
        ({"sites": [_site("a"), _site("b")], "rounds": 0}, "federated.rounds: must be >= 1"),
        ({"sites": [_site("a"), _site("b")], "trainable": "encoder"}, "federated.trainable"),
        ({"sites": [_site("a"), _site("b")], "aggregation": "he"}, "federated.aggregation"),
        ({"sites": [_site("a"), {"name": "b", "sources": []}]}, "federated.sites[1].sources"),
        ({"sites": [_site("a"), {"name": "b/../c", "sources": []}]}, "federated.sites[1].name"),
        ({"sites": [_site("a"), _site("b")], "round": 2}, "federated.round: unknown field"),
        ({"sites": [_site("a"), _site("b")], "runtime": "cluster"}, "federated.runtime"),
        (
            {"sites": [_site("a"), _site("b")], "aggregation": "secaggplus"},
            "federated.secaggplus.num_shares: 2 shares; Flower's SecAgg+ needs at least 3",
        ),
        (
            {"sites": [_site("a"), _site("b")], "deployment_timeout_s": 0},
            "federated.deployment_timeout_s: must be > 0",
        ),
        (
            {"sites": [_site("a"), _site("b")], "simulate_dropouts": [{"site": "c", "round": 1}]},
            "federated.simulate_dropouts[0].site: 'c' is not one of ['a', 'b']",
        ),
        (
            {"sites": [_site("a"), _site("b")], "simulate_dropouts": [{"site": "a", "round": 4}]},
            "federated.simulate_dropouts[0].round: 4 is after the last round",
        ),
        (
            {"sites": [_site("a"), _site("b")], "secaggplus": {"num_shares": 3}},
            "federated.secaggplus.num_shares: 3 is more than the 2 sites",
        ),
        (
            {
                "sites": [_site("a"), _site("b"), _site("c")],
                "secaggplus": {"reconstruction_threshold": 4},
            },
            "federated.secaggplus.reconstruction_threshold: 4 is more than the 3 shares",
        ),
        (
            {"sites": [_site("a"), _site("b")], "privacy": {"sample_level": {"delta": 2}}},
            "federated.privacy.sample_level.delta: must be < 1.0, got 2",
        ),
        (
            {"sites": [_site("a"), _site("b")], "privacy": {"client_level": {"clip": 1}}},
            "federated.privacy.client_level.clip: unknown field",
        ),
        (
            {
                "sites": [_site("a"), _site("b")],
                "privacy": {"client_level": {"noise_multiplier": 0}},
            },
            "federated.privacy.client_level.noise_multiplier: must be > 0",
        ),
        (
            {
                "sites": [_site("a"), _site("b"), _site("c")],
                "privacy": {"client_level": {"enabled": True, "delta": 0.5}},
            },
            "federated.privacy.client_level.delta: 0.5 is above 1/S = 0.333333 for 3 sites",
        ),
        (
            {
                "sites": [_site("a"), _site("b"), _site("c")],
                "privacy": {"client_level": {"enabled": True, "sites_per_round": 0.5}},
            },
            "federated.privacy.client_level.sites_per_round: 0.5 of 3 sites samples fewer",
        ),
        (
            {
                "sites": [_site("a"), _site("b"), _site("c")],
                "aggregation": "secaggplus",
                "privacy": {"client_level": {"enabled": True, "clipping": "adaptive"}},
            },
            "federated.privacy.client_level.clipping: adaptive clipping needs each site's own "
            "update at the server, which SecAgg+ hides",
        ),
        (
            {
                "sites": [_site("a"), _site("b"), _site("c")],
                "aggregation": "he_ckks",
                "privacy": {"client_level": {"enabled": True}},
            },
            "federated.privacy.client_level: client-level DP runs with aggregation fedavg",
        ),
        (
            {
                "sites": [_site("a"), _site("b")],
                "simulate_dropouts": [{"site": "a", "round": 1}],
                "privacy": {"client_level": {"enabled": True}},
            },
            "federated.simulate_dropouts: not with client-level DP",
        ),
        (
            {
                "sites": [_site(f"s{i}") for i in range(10)],
                "privacy": {"client_level": {"enabled": True, "clipping": "adaptive"}},
            },
            "federated.privacy.client_level.noise_multiplier: 1 needs clipped_count_stddev "
            "above 0.5 under adaptive clipping (it is 0.5: sites per round / 20 unless set)",
        ),
        (
            {"sites": [_site("a"), _site("b")], "server_optimizer": "fedsgd"},
            "federated.server_optimizer",
        ),
        (
            {"sites": [_site("a"), _site("b")], "server_optimizer": "fedadam"},
            "federated.server_learning_rate: 1.0 with server_optimizer: fedadam moves every "
            "weight by about that much each round",
        ),
        (
            {
                "sites": [_site("a"), _site("b")],
                "server_optimizer": "fedyogi",
                "server_learning_rate": 0.05,
                "server_momentum": 0.5,
            },
            "federated.server_optimizer: fedyogi is its own Flower strategy",
        ),
        (
            {
                "sites": [_site("a"), _site("b"), _site("c")],
                "server_optimizer": "fedadam",
                "server_learning_rate": 0.05,
                "aggregation": "secaggplus",
            },
            "federated.aggregation: server_optimizer: fedadam runs with aggregation: fedavg",
        ),
        (
            {"sites": [_site("a"), _site("b")], "server_tau": 0.01},
            "federated.server_betas / server_tau: read only by server_optimizer: fedadam",
        ),
        (
            {
                "sites": [_site("a"), _site("b")],
                "server_optimizer": "fedadam",
                "server_learning_rate": 0.05,
                "server_betas": [0.9, 1.0],
            },
            "beta_2 = 1.0 is not in [0, 1)",
        ),
        (
            {"sites": [_site("a"), _site("b")], "privacy": {"sample_level": {"optimizer": "adam"}}},
            "federated.privacy.sample_level.optimizer",
        ),
        ({"sites": [_site("a"), _site("b")], "head_init": "names"}, "federated.head_init"),
        (
            {"sites": [_site("a"), _site("b")], "head_init": "label_names", "head_init_scale": 0},
            "federated.head_init_scale: must be > 0",
        ),
        (
            {"sites": [_site("a"), _site("b")], "head_init_scale": 3},
            "federated.head_init_scale: read only by head_init: label_names",
        ),
    ],
)
def test_errors_name_the_field(federated: dict[str, Any], message: str) -> None:
    with pytest.raises(PolicyError) as error:
        parse_policy(_policy(federated), source="p.yaml")
    assert message in str(error.value)


def _federate(policy: Path, home: Path) -> Result:
    """``steward federate`` in this process (Typer's runner: no second interpreter to import
    torch and Flower for a refusal); ``stderr`` holds what the command said."""
    from steward.cli import app

    return CliRunner().invoke(app, ["federate", str(policy), "--home", str(home)])


def test_federate_without_the_section_names_it(tmp_path: Path) -> None:
    done = _federate(write_policy(tmp_path), tmp_path / ".steward")
    assert done.exit_code != 0
    assert "federated: the section is missing" in done.stderr


@pytest.mark.skipif(find_spec("flwr") is not None, reason="Flower is installed here")
def test_federate_without_flower_says_how_to_install_it(tmp_path: Path) -> None:
    sites = [_site("north"), _site("south")]
    done = _federate(write_policy(tmp_path, federated={"sites": sites}), tmp_path / ".steward")
    assert done.exit_code != 0
    assert "Flower is not installed: run `make federated`" in done.stderr


def test_epsilon_falls_as_noise_rises() -> None:
    """Both regimes' accountants (a site's DP-SGD history; the federation's sampled Gaussian
    over sites): more noise, less ε, every figure finite and positive."""
    from steward.federated.apps import (
        ClientDPPlan,
        FederationPlan,
        SitePartition,
        client_epsilon,
        site_epsilon,
    )

    def federation(noise: float) -> FederationPlan:
        sites = tuple(SitePartition(f"s{i}", Path(f"s{i}.jsonl")) for i in range(20))
        return FederationPlan(
            token="t", base_model=Path("m"), labels=("a",), sites=sites, rounds=5,
            local_epochs=1, max_length=8, batch_size=4, learning_rate=0.1, weight_decay=0.0,
            seed=0, client_dp=ClientDPPlan(noise, 1.0, sampled=10, delta=1 / 20),
        )  # fmt: skip

    noises = [0.8, 1.2, 2.0, 4.0]
    per_site = [site_epsilon([(z, 0.25, 40)], 1e-3, "rdp") for z in noises]
    over_sites = [client_epsilon(federation(z), 5) for z in noises]
    for figures in (per_site, over_sites):
        assert all(e is not None and 0 < e < float("inf") for e in figures)
        assert figures == sorted(figures, reverse=True) and len(set(figures)) == len(figures)


@pytest.mark.skipif(find_spec("flwr") is None, reason="Flower is not installed (make federated)")
def test_an_unreachable_sample_level_target_names_the_site_and_field(
    tmp_path: Path, tiny_model_dir: Path
) -> None:
    """Each site plans its DP-SGD noise for its own rows before any training: a target one
    site cannot reach stops the run there, naming the site and the field to change."""
    for name, count in (("big", 40), ("small", 10)):
        rows = [
            {"message_id": f"{name}-{i}", "text": f"please check balance number {i} today",
             "intent": ("balance", "transfer")[i % 2]}
            for i in range(count)
        ]  # fmt: skip
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(f"{json.dumps(row)}\n" for row in rows), encoding="utf-8"
        )
    sample_level = {"enabled": True, "target_epsilon": 0.05, "max_noise_multiplier": 2.0,
                    "batch_size": 2}  # fmt: skip
    policy = write_policy(
        tmp_path,
        train={"base_model": str(tiny_model_dir), "batch_size": 2, "extend_vocab": False},
        federated={"sites": [_site("big"), _site("small")],
                   "privacy": {"sample_level": sample_level}},
    )  # fmt: skip
    done = _federate(policy, tmp_path / ".steward")
    assert done.exit_code != 0
    assert "federated.privacy.sample_level" in done.stderr
    assert "site 'big'" in done.stderr  # the first site that cannot reach it
    assert "raise federated.privacy.sample_level.target_epsilon to at least" in done.stderr
