"""Distributed DP under secure aggregation (DP-FedSGD): centralised DP-SGD's guarantee without
a trusted curator.

Each round every site Poisson-samples its training rows at rate ``q`` (the same ``q`` at every
site), sums the rows' per-sample gradients of the head clipped to L2 norm ``C``, adds Gaussian
noise ``N(0, (σC)² / m)`` and sends that noisy sum, scaled by the public ``1 / (q·N)``, through
SecAgg+. ``m`` is the fewest sites whose shares the server can sum (SecAgg+'s reconstruction
threshold): if more survive, the sum's noise only grows. The server unmasks only the sum over
sites, which is the union batch's clipped gradient sum plus ``N(0, ≥ (σC)²)`` divided by the
expected batch ``q·N``, exactly what centralised DP-SGD with Poisson sampling at rate ``q``
over all ``N`` rows computes; the server's AdamW step on it is post-processing. So the
accountant is centralised DP-SGD's: Opacus' RDP for ``(q, σ, T rounds)`` at δ = 1/N.

One local step per round: several local steps would let a site's later steps depend on its
own earlier noisy steps before aggregation, and the per-round release would no longer be one
sampled Gaussian mechanism over the union batch.

Trust model: each customer is protected against the server and the outside world as long as
SecAgg+ holds (the server learns only the sum) and fewer than the threshold of sites collude
with it. A site's own share carries only ``1/m`` of the noise variance: were SecAgg+ broken, a
site's customers would have only :func:`share_epsilon`'s (much weaker) guarantee. The analysis
is the continuous Gaussian's; SecAgg+ quantises each share (stochastic rounding on a grid of
``2·clipping_range / quantization_range``), which :func:`secagg_ranges` makes negligible beside
the noise, but a discrete-Gaussian (Kairouz et al., 2021) analysis is future work.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from steward.federated.accounting import site_epsilon

if TYPE_CHECKING:
    import torch

# SecAgg+'s integer grid for each share's coordinates (Flower's default, 2^22); the sum of up to
# 1,024 sites' shares stays inside its 2^32 modulus.
QUANTIZATION_RANGE = 1 << 22
TAIL_STDS = 10.0  # a share's noise is clamped only beyond this many standard deviations


@dataclass(frozen=True)
class DistributedDPPlan:
    """What every party knows: the sampling rate, noise multiplier, clip, the threshold ``m``
    the noise is split over, the federation's training rows ``N`` (and the largest site's:
    row counts are public metadata, as under plain FedAvg) and the accountant's δ."""

    sample_rate: float
    noise_multiplier: float
    max_grad_norm: float
    threshold: int
    total_rows: int
    max_site_rows: int  # the largest site's training rows: bounds SecAgg+'s range
    delta: float
    rounds: int
    target_epsilon: float | None = None

    @property
    def share_scale(self) -> float:
        """The public factor each site scales its noisy sum by: 1 / the expected batch."""
        return 1.0 / (self.sample_rate * self.total_rows)

    @property
    def share_noise_std(self) -> float:
        """The standard deviation of one site's noise on its (unscaled) clipped sum."""
        return self.noise_multiplier * self.max_grad_norm / math.sqrt(self.threshold)


def plan_distributed(
    *,
    target_epsilon: float | None,
    noise_multiplier: float | None,
    sample_rate: float,
    rounds: int,
    max_grad_norm: float,
    threshold: int,
    site_rows: list[int],
    delta: float | None = None,
) -> DistributedDPPlan:
    """The plan for ``rounds`` rounds: σ from Opacus' ``get_noise_multiplier`` for the target ε
    at (q, T, δ = 1/N), unless the noise is fixed."""
    if not 0 < sample_rate <= 1:
        raise ValueError(f"sample_rate {sample_rate} is not in (0, 1]")
    if threshold < 1:
        raise ValueError(f"threshold {threshold} must be at least 1")
    total_rows = sum(site_rows)
    delta = delta if delta is not None else 1.0 / total_rows
    if noise_multiplier is None:
        if target_epsilon is None:
            raise ValueError("distributed DP needs a target ε or a fixed noise multiplier")
        from opacus.accountants.utils import get_noise_multiplier

        noise_multiplier = float(
            get_noise_multiplier(
                target_epsilon=target_epsilon,
                target_delta=delta,
                sample_rate=sample_rate,
                steps=rounds,
                accountant="rdp",
            )
        )
    return DistributedDPPlan(
        sample_rate=sample_rate,
        noise_multiplier=noise_multiplier,
        max_grad_norm=max_grad_norm,
        threshold=threshold,
        total_rows=total_rows,
        max_site_rows=max(site_rows),
        delta=delta,
        rounds=rounds,
        target_epsilon=target_epsilon,
    )


def _rdp_epsilon(noise: float, rate: float, steps: int, delta: float) -> float:
    return site_epsilon([(noise, rate, steps)], delta, "rdp") if steps else 0.0


def epsilon(plan: DistributedDPPlan, rounds: int) -> float:
    """ε after ``rounds`` rounds for every customer, against the server (SecAgg+ holding):
    centralised DP-SGD's RDP accountant at (q, σ, rounds), δ = 1/N."""
    return _rdp_epsilon(plan.noise_multiplier, plan.sample_rate, rounds, plan.delta)


def share_epsilon(plan: DistributedDPPlan, rounds: int) -> float:
    """ε of one site's own share (what its customers would have were SecAgg+ broken): the same
    accountant at noise multiplier σ/√m."""
    noise = plan.noise_multiplier / math.sqrt(plan.threshold)
    return _rdp_epsilon(noise, plan.sample_rate, rounds, plan.delta)


def secagg_ranges(plan: DistributedDPPlan) -> dict[str, float]:
    """SecAgg+'s ``clipping_range`` (each share coordinate's bound) and its grid: a share's
    coordinate is its clipped sum's (at most ``rows·C``) plus noise, both scaled by
    ``share_scale``; beyond ``TAIL_STDS`` noise deviations it is clamped (probability < 1e-23 a
    coordinate). ``quantization_error_ratio``: stochastic rounding's standard deviation (at most
    half a grid step) over the share's noise standard deviation."""
    bound = (plan.max_site_rows * plan.max_grad_norm + TAIL_STDS * plan.share_noise_std) * (
        plan.share_scale
    )
    step = 2 * bound / QUANTIZATION_RANGE
    return {
        "clipping_range": bound,
        "quantization_range": QUANTIZATION_RANGE,
        "quantization_error_ratio": (step / 2) / (plan.share_noise_std * plan.share_scale),
    }


def clipped_gradient_sum(
    head: torch.nn.Module,
    features: torch.Tensor,
    targets: torch.Tensor,
    max_grad_norm: float,
) -> dict[str, torch.Tensor]:
    """Σ over rows of each row's cross-entropy gradient (w.r.t. the head's parameters, by name)
    scaled to L2 norm at most ``max_grad_norm`` (over all parameters together).

    For a head whose parameters all belong to ``nn.Linear`` layers each applied once to a
    (rows, features) input (MiniLM's pooler + classifier), a row's weight gradient is the outer
    product of the layer's output gradient and input, so the per-row norms and the clipped sum
    come from one backward pass and matrix products (ghost clipping); any other head takes
    ``torch.func``'s per-row gradients (:func:`clipped_gradient_sum_vmap`)."""
    import torch

    linears = [m for m in head.modules() if isinstance(m, torch.nn.Linear)]
    owned = {id(p) for m in linears for p in m.parameters(recurse=False)}
    if any(id(p) not in owned for p in head.parameters()):
        return clipped_gradient_sum_vmap(head, features, targets, max_grad_norm)
    captured: dict[torch.nn.Module, list[tuple[torch.Tensor, torch.Tensor]]] = {}

    def keep(module: torch.nn.Module, inputs: Any, output: torch.Tensor) -> None:
        captured.setdefault(module, []).append((inputs[0], output))

    hooks = [m.register_forward_hook(keep) for m in linears]
    try:
        loss = torch.nn.functional.cross_entropy(head(features), targets, reduction="sum")
    finally:
        for hook in hooks:
            hook.remove()
    used = [m for m in linears if m in captured]
    if any(len(captured[m]) != 1 or captured[m][0][0].dim() != 2 for m in used):
        return clipped_gradient_sum_vmap(head, features, targets, max_grad_norm)
    outputs = torch.autograd.grad(loss, [captured[m][0][1] for m in used])
    squared = torch.zeros(len(targets), dtype=features.dtype)
    for m, g in zip(used, outputs, strict=True):
        x = captured[m][0][0].detach()
        squared += g.pow(2).sum(1) * (x.pow(2).sum(1) + (1.0 if m.bias is not None else 0.0))
    factor = (max_grad_norm / (squared.sqrt() + 1e-12)).clamp(max=1.0)
    sums: dict[int, torch.Tensor] = {}
    for m, g in zip(used, outputs, strict=True):
        scaled = factor[:, None] * g
        sums[id(m.weight)] = scaled.T @ captured[m][0][0].detach()
        if m.bias is not None:
            sums[id(m.bias)] = scaled.sum(0)
    return {
        name: sums[id(p)].detach() if id(p) in sums else torch.zeros_like(p)
        for name, p in head.named_parameters()
    }


def clipped_gradient_sum_vmap(
    head: torch.nn.Module,
    features: torch.Tensor,
    targets: torch.Tensor,
    max_grad_norm: float,
    chunk: int = 256,
) -> dict[str, torch.Tensor]:
    """:func:`clipped_gradient_sum` for any head: per-row gradients by ``torch.func``."""
    import torch
    from torch.func import functional_call, grad, vmap

    params = {name: p.detach() for name, p in head.named_parameters()}
    buffers = {name: b.detach() for name, b in head.named_buffers()}

    def loss(p: dict[str, torch.Tensor], x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        logits = functional_call(head, (p, buffers), (x.unsqueeze(0),))
        return torch.nn.functional.cross_entropy(logits, y.unsqueeze(0))

    per_row = vmap(grad(loss), in_dims=(None, 0, 0), randomness="different")
    total = {name: torch.zeros_like(p) for name, p in params.items()}
    for start in range(0, len(targets), chunk):
        grads = per_row(params, features[start : start + chunk], targets[start : start + chunk])
        norms = torch.sqrt(sum(g.flatten(1).pow(2).sum(1) for g in grads.values()))
        factor = (max_grad_norm / (norms + 1e-12)).clamp(max=1.0)
        for name, g in grads.items():
            total[name] += torch.einsum("b,b...->...", factor, g)
    return total


def site_share(
    head: torch.nn.Module,
    features: torch.Tensor,
    targets: torch.Tensor,
    plan: DistributedDPPlan,
    rng: np.random.Generator | None = None,
) -> dict[str, np.ndarray]:
    """One site's share for one round: its Poisson batch's clipped gradient sum plus its part
    of the noise, ``N(0, (σC)²/m)``, times ``share_scale``. ``rng``: OS entropy by default —
    never the plan's seed, which the server knows (it could subtract seeded noise)."""
    import torch

    rng = rng if rng is not None else np.random.default_rng()
    batch = torch.from_numpy(np.flatnonzero(rng.random(len(targets)) < plan.sample_rate))
    was_training = head.training
    head.train()
    try:
        if len(batch):
            sums = clipped_gradient_sum(head, features[batch], targets[batch], plan.max_grad_norm)
        else:
            sums = {name: torch.zeros_like(p) for name, p in head.named_parameters()}
    finally:
        head.train(was_training)
    return {
        name: (
            (value.detach().cpu().numpy().astype(np.float64))
            + rng.normal(0.0, plan.share_noise_std, value.shape)
        )
        * plan.share_scale
        for name, value in sums.items()
    }


class ServerStep:
    """The server's post-processing: the unmasked sum of the shares is the noisy gradient
    estimate; AdamW (weight decay 0.01) steps the head with it, its learning rate warming up
    over the first 6% of rounds and then falling linearly to 0 (the centralised DP recipe's
    schedule), or constant."""

    def __init__(
        self,
        head_state: dict[str, torch.Tensor],
        learning_rate: float,
        rounds: int,
        schedule: str = "linear",
        weight_decay: float = 0.01,
    ) -> None:
        import torch

        self.params = {
            k: torch.nn.Parameter(v.detach().clone().float()) for k, v in head_state.items()
        }
        self.optimizer = torch.optim.AdamW(
            list(self.params.values()), lr=learning_rate, weight_decay=weight_decay
        )
        warm = int(0.06 * rounds)

        def factor(step: int) -> float:
            if schedule == "constant":
                return 1.0
            if step < warm:
                return step / max(1, warm)
            return max(0.0, (rounds - step) / max(1, rounds - warm))

        self.schedule = torch.optim.lr_scheduler.LambdaLR(self.optimizer, factor)

    def step(self, gradient: dict[str, Any]) -> dict[str, torch.Tensor]:
        import torch

        for name, p in self.params.items():
            p.grad = torch.as_tensor(np.asarray(gradient[name]), dtype=p.dtype).reshape(p.shape)
        self.optimizer.step()
        self.schedule.step()
        self.optimizer.zero_grad(set_to_none=True)
        return {k: v.detach().clone() for k, v in self.params.items()}
