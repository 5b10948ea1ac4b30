"""Distributed DP under SecAgg+ (``federated.privacy.sample_level.noise: distributed``): the
sites' clipped sums, the noise the server's sum carries, Flower's SecAgg+ encoding of the
shares, the accountant, and the policy's refusals. In process, tiny tensors (no simulation)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
import torch
from torch import nn

from steward.config import parse_policy
from steward.errors import PolicyError
from steward.federated.ddp import (
    ServerStep,
    clipped_gradient_sum,
    clipped_gradient_sum_vmap,
    epsilon,
    plan_distributed,
    secagg_ranges,
    share_epsilon,
    site_share,
)
from steward.train.heads import FirstTokenHead
from tests.conftest import MINIMAL_GATE


class _Pooler(nn.Module):  # BertPooler's shape: dense + tanh on position 0
    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.dense = nn.Linear(hidden, hidden)

    def forward(self, states: torch.Tensor) -> torch.Tensor:
        return torch.tanh(self.dense(states[:, 0]))


def _head(hidden: int = 12, labels: int = 5) -> FirstTokenHead:
    torch.manual_seed(0)
    return FirstTokenHead(_Pooler(hidden), nn.Identity(), nn.Linear(hidden, labels))


def _sites(count: int = 3, rows: int = 40, hidden: int = 12) -> list[tuple[Any, Any]]:
    generator = torch.Generator().manual_seed(1)
    return [
        (3 * torch.randn(rows + 7 * i, hidden, generator=generator),
         torch.randint(0, 5, (rows + 7 * i,), generator=generator))
        for i in range(count)
    ]  # fmt: skip


def test_ghost_clipping_is_per_sample_clipping() -> None:
    head = _head()
    x, y = _sites(1)[0]
    clip = 0.05  # small enough that every row is clipped
    fast = clipped_gradient_sum(head, x, y, clip)
    slow = clipped_gradient_sum_vmap(head, x, y, clip)
    for name, value in slow.items():
        torch.testing.assert_close(fast[name], value, atol=1e-6, rtol=1e-5)
    # every row clipped to norm ``clip``: the sum's norm is at most rows x clip
    norm = math.sqrt(sum(float(v.pow(2).sum()) for v in fast.values()))
    assert 0 < norm <= len(y) * clip + 1e-6
    one = clipped_gradient_sum(head, x[:1], y[:1], clip)
    assert math.sqrt(sum(float(v.pow(2).sum()) for v in one.values())) == pytest.approx(clip)


def test_the_servers_sum_is_the_clipped_sums_plus_the_planned_noise() -> None:
    head, sites = _head(), _sites()
    # q = 1: every row is in the batch, so the exact clipped sums are known
    plan = plan_distributed(
        target_epsilon=None, noise_multiplier=1.3, sample_rate=1.0, rounds=3,
        max_grad_norm=0.5, threshold=2, site_rows=[len(y) for _, y in sites],
    )  # fmt: skip
    exact = [clipped_gradient_sum(head, x, y, plan.max_grad_norm) for x, y in sites]
    residuals = []
    for seed in range(8):
        rng = np.random.default_rng(seed)
        shares = [site_share(head, x, y, plan, rng) for x, y in sites]
        for name in shares[0]:
            total = sum(share[name] for share in shares) / plan.share_scale
            clipped = sum(e[name].double().numpy() for e in exact)
            residuals.append(np.asarray(total - clipped).ravel())
    noise = np.concatenate(residuals)
    # three shares of variance (σC)²/m each: 3/m x (σC)², never less than (σC)²
    planned = (plan.noise_multiplier * plan.max_grad_norm) ** 2 * len(sites) / plan.threshold
    assert noise.size > 1000
    assert abs(noise.mean()) < 4 * math.sqrt(planned / noise.size)
    # the sample variance of n Gaussians: relative standard error sqrt(2/n)
    assert noise.var() / planned == pytest.approx(1.0, abs=5 * math.sqrt(2 / noise.size))
    assert planned >= (plan.noise_multiplier * plan.max_grad_norm) ** 2


def test_flowers_secaggplus_encoding_gives_back_the_plain_sum() -> None:
    """What ``secaggplus_mod`` does to a share (weight / max_weight, stochastic quantisation in
    ``clipping_range``) and what ``SecAggPlusWorkflow`` undoes (the masks cancel in the sum),
    with Flower's own functions: weight 1 and max_weight 1 give the mean, k x the mean the sum,
    within quantisation error far below the noise."""
    from flwr.common.secure_aggregation.ndarrays_arithmetic import (
        factor_combine,
        factor_extract,
        parameters_addition,
        parameters_mod,
        parameters_multiply,
    )
    from flwr.common.secure_aggregation.quantization import dequantize, quantize

    head, sites = _head(), _sites()
    plan = plan_distributed(
        target_epsilon=None, noise_multiplier=1.5, sample_rate=0.5, rounds=20,
        max_grad_norm=1.0, threshold=3, site_rows=[len(y) for _, y in sites],
    )  # fmt: skip
    ranges = secagg_ranges(plan)
    clipping, target, modulus = ranges["clipping_range"], int(ranges["quantization_range"]), 2**32
    assert ranges["quantization_error_ratio"] < 1e-3
    shares = [
        site_share(head, x, y, plan, np.random.default_rng(i)) for i, (x, y) in enumerate(sites)
    ]
    keys = list(shares[0])
    uploads = []
    for share in shares:  # secaggplus_mod's _collect_masked_vectors, masks left out
        q_ratio = round(1 / 1.0 * target)  # num_examples 1, max_weight 1
        arrays = parameters_multiply([share[k] for k in keys], q_ratio / target)
        quantized = [a.astype(np.int64) for a in quantize(arrays, clipping, target)]
        uploads.append(factor_combine(q_ratio, quantized))
    summed = uploads[0]
    for upload in uploads[1:]:
        summed = parameters_addition(summed, upload)
    q_total, recon = factor_extract(parameters_mod(summed, modulus))
    recovered = dequantize(recon, clipping, target)  # the workflow's unmask stage
    recovered = [(v - (len(sites) - 1) * clipping) * (target / q_total) for v in recovered]
    noise_std = plan.share_noise_std * plan.share_scale
    for key, value in zip(keys, recovered, strict=True):
        plain = sum(share[key] for share in shares)
        assert np.abs(len(sites) * value - plain).max() < 1e-3 * noise_std


def test_the_accountant_is_centralised_dp_sgds() -> None:
    from opacus.accountants import RDPAccountant

    plan = plan_distributed(
        target_epsilon=8.0, noise_multiplier=None, sample_rate=0.3, rounds=40,
        max_grad_norm=1.0, threshold=4, site_rows=[500, 700, 800],
    )  # fmt: skip
    assert plan.delta == pytest.approx(1 / 2000)
    accountant = RDPAccountant()
    for _ in range(40):
        accountant.step(noise_multiplier=plan.noise_multiplier, sample_rate=0.3)
    expected = accountant.get_epsilon(delta=1 / 2000)
    assert epsilon(plan, 40) == pytest.approx(expected, rel=1e-9)
    assert expected == pytest.approx(8.0, abs=0.05)  # get_noise_multiplier hit the target
    # a site's own share (σ/√m) is much weaker
    assert share_epsilon(plan, 40) > 2 * expected


def test_the_server_steps_on_the_sum() -> None:
    head = _head()
    start = {k: v.detach().clone() for k, v in head.state_dict().items()}
    server = ServerStep(start, learning_rate=0.1, rounds=10, schedule="constant")
    gradient = {k: np.ones(tuple(v.shape)) for k, v in start.items()}
    stepped = server.step(gradient)
    for key, value in start.items():  # AdamW's first step: lr x sign, after weight decay
        torch.testing.assert_close(stepped[key], value * (1 - 0.1 * 0.01) - 0.1, atol=1e-5, rtol=0)


def _policy(**federated: Any) -> dict[str, Any]:
    sites = [{"name": n, "sources": [{"path": f"{n}.jsonl"}]} for n in ("a", "b", "c")]
    sample = {"enabled": True, "noise": "distributed", "sample_rate": 0.4}
    return {
        "project": {"name": "t"},
        "data": {"sources": [{"path": "d.jsonl"}]},
        "gate": MINIMAL_GATE,
        "federated": {"sites": sites, "privacy": {"sample_level": sample}, **federated},
    }


def test_distributed_noise_needs_secure_aggregation() -> None:
    policy = parse_policy(_policy(aggregation="secaggplus")).federated
    assert policy is not None
    assert policy.privacy.sample_level.noise == "distributed"
    assert policy.privacy.sample_level.sample_rate == 0.4
    with pytest.raises(PolicyError, match="distributed needs aggregation: secaggplus"):
        parse_policy(_policy())  # plain FedAvg: the server would see each site's share
    with pytest.raises(PolicyError, match="he_ckks is not implemented"):
        parse_policy(_policy(aggregation="he_ckks"))
    with pytest.raises(PolicyError, match="one step a round"):
        parse_policy(_policy(aggregation="secaggplus", local_epochs=2))
