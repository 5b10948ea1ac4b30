"""Differentially private fine-tuning (DP-SGD) with Opacus, behind one front door.

:func:`plan_privacy` turns the policy (target ε, δ, clip norm, accountant) and the training
settings (rows, batch size, epochs) into a :class:`PrivacyPlan`: the Poisson sample rate, the
number of noisy steps and the noise multiplier the accountant says reaches the target ε, the way
Opacus' ``make_private_with_epsilon`` computes it. It refuses, before any training, settings
that cannot reach the target, naming the setting to change:

- δ above 1/N (a guarantee that lets one row in N leak is no guarantee);
- a fixed ``noise_multiplier`` that would overspend ε (it says the noise or the epochs that fit);
- a target ε so small that the noise it needs exceeds ``max_noise_multiplier`` (the model would
  learn nothing; it says the ε reachable at that noise, or the epochs that fit).

:func:`check_model` runs Opacus' ``ModuleValidator`` (BatchNorm and other layers that mix
samples are refused with the validator's reasons). :func:`make_private` wraps model, optimizer
and data loader with ``PrivacyEngine.make_private``: ghost clipping (``grad_sample_mode="ghost"``,
per-sample gradient norms without materialising per-sample gradients; Linear and Embedding have
norm samplers, LayerNorm falls back to per-sample gradients inside it) where it works, else the
hook-based per-sample gradients, saying so in the report. Hugging Face BERT-family encoders (word,
position and token-type embeddings, LayerNorm, Linear) are supported by both modes. The model is
not wrapped (``wrap_model=False``), so the caller keeps using and saving its own module.

After training :meth:`PrivateSession.report` reads the ε actually spent from the accountant
(early stopping spends less than planned).
"""

from __future__ import annotations

import functools
import math
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from steward.config import PrivacyTraining
from steward.errors import StewardError

if TYPE_CHECKING:
    import torch

WHERE = "train.privacy"


@dataclass(frozen=True)
class PrivacyPlan:
    """What DP-SGD will do, fixed before training starts."""

    target_epsilon: float
    delta: float
    noise_multiplier: float
    max_grad_norm: float
    accountant: str
    sample_rate: float
    steps_per_epoch: int
    epochs: int
    rows: int
    expected_epsilon: float  # the accountant's ε after all planned steps at this noise

    @property
    def steps(self) -> int:
        return self.steps_per_epoch * self.epochs

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "steps": self.steps}


@dataclass
class PrivacyReport:
    """What DP-SGD did: the plan plus the ε spent and the per-sample gradient mode used."""

    plan: PrivacyPlan
    epsilon_spent: float
    steps_taken: int
    grad_sample_mode: str
    fallback_reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.plan.to_dict(),
            "epsilon_spent": round(self.epsilon_spent, 4),
            "steps_taken": self.steps_taken,
            "grad_sample_mode": self.grad_sample_mode,
            "fallback_reason": self.fallback_reason,
            # Opacus' secure_mode (a CSPRNG for the noise) needs torchcsprng, not installed:
            # the noise comes from torch's seeded generator, as in most DP-SGD research code.
            "secure_rng": False,
        }


# The accountant's answers are pure functions of their arguments and slow (Opacus' RDP at
# fractional orders: about a second each on a loaded core); a federation asks the same
# questions every round at every site, so they are remembered.
@functools.lru_cache(maxsize=4096)
def epsilon_for(
    noise_multiplier: float, sample_rate: float, steps: int, delta: float, accountant: str
) -> float:
    """The accountant's ε after ``steps`` Poisson-sampled steps at this noise."""
    from opacus.accountants import create_accountant

    if steps <= 0:
        return 0.0
    acc = create_accountant(mechanism=accountant)
    acc.history = [(noise_multiplier, sample_rate, steps)]
    return float(acc.get_epsilon(delta=delta))


@functools.lru_cache(maxsize=1024)
def _noise_for(
    target_epsilon: float, delta: float, sample_rate: float, steps: int, accountant: str
) -> float | None:
    """Smallest noise multiplier (to 0.01 in ε) reaching the target, None if none does."""
    from opacus.accountants.utils import get_noise_multiplier

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return float(
                get_noise_multiplier(
                    target_epsilon=target_epsilon,
                    target_delta=delta,
                    sample_rate=sample_rate,
                    steps=steps,
                    accountant=accountant,
                )
            )
        except ValueError:
            return None


def _max_epochs(
    noise: float, target: float, sample_rate: float, per_epoch: int, delta: float, acc: str
) -> int:
    """Most whole epochs at this noise whose ε stays within the target (0 if not even one)."""
    low, high = 0, 1
    while epsilon_for(noise, sample_rate, high * per_epoch, delta, acc) <= target:
        low, high = high, high * 2
        if high > 10_000:
            return low
    while high - low > 1:
        middle = (low + high) // 2
        if epsilon_for(noise, sample_rate, middle * per_epoch, delta, acc) <= target:
            low = middle
        else:
            high = middle
    return low


def plan_privacy(
    policy: PrivacyTraining, *, rows: int, batch_size: int, epochs: int
) -> PrivacyPlan:
    """Noise and sampling for the policy's target, or a :class:`StewardError` saying which
    setting to change."""
    if rows < 2:
        raise StewardError(f"DP training needs at least 2 training rows, got {rows}", where=WHERE)
    steps_per_epoch = math.ceil(rows / batch_size)
    if steps_per_epoch < 2:
        raise StewardError(
            f"train.batch_size={batch_size} covers all {rows} training rows in one step, so "
            "sampling gives no privacy amplification; lower train.batch_size below the row count",
            where=WHERE,
        )
    sample_rate = 1 / steps_per_epoch  # as Opacus: 1 / len(data_loader)
    delta = policy.delta if policy.delta is not None else 1 / rows
    if delta > 1 / rows:
        raise StewardError(
            f"delta={delta:g} is above 1/N = {1 / rows:g} for {rows} training rows (it would "
            "allow one row to leak); lower train.privacy.delta or leave it out (default 1/N)",
            where=f"{WHERE}.delta",
        )
    target, acc = policy.target_epsilon, policy.accountant
    steps = steps_per_epoch * epochs
    setting = f"{epochs} epochs at batch size {batch_size} over {rows} rows, delta={delta:.3g}"

    if policy.noise_multiplier is not None:
        noise = policy.noise_multiplier
        spent = epsilon_for(noise, sample_rate, steps, delta, acc)
        if spent > target:
            needed = _noise_for(target, delta, sample_rate, steps, acc)
            fit = _max_epochs(noise, target, sample_rate, steps_per_epoch, delta, acc)
            options = []
            if needed is not None:
                options.append(f"raise train.privacy.noise_multiplier to at least {needed:.3g}")
            if fit >= 1:
                options.append(f"lower train.epochs to {fit}")
            options.append(f"raise train.privacy.target_epsilon to {spent:.3g}")
            raise StewardError(
                f"noise_multiplier={noise:g} spends epsilon={spent:.3g} over {setting}, above "
                f"target_epsilon={target:g}; " + ", or ".join(options),
                where=f"{WHERE}.noise_multiplier",
            )
    else:
        found = _noise_for(target, delta, sample_rate, steps, acc)
        cap = policy.max_noise_multiplier
        if found is None or found > cap:
            reachable = epsilon_for(cap, sample_rate, steps, delta, acc)
            fit = _max_epochs(cap, target, sample_rate, steps_per_epoch, delta, acc)
            need = (
                "more noise than the accountant can calibrate"
                if found is None
                else (f"noise_multiplier {found:.3g}")
            )
            options = [f"raise train.privacy.target_epsilon to at least {reachable:.3g}"]
            if fit >= 1:
                options.append(f"lower train.epochs to {fit}")
            options.append("train on more rows")
            options.append(f"raise train.privacy.max_noise_multiplier (now {cap:g})")
            raise StewardError(
                f"target_epsilon={target:g} cannot be met with {setting}: it needs {need}, "
                f"above max_noise_multiplier={cap:g} (the gradients would drown in noise); "
                + ", or ".join(options),
                where=f"{WHERE}.target_epsilon",
            )
        noise = found
    return PrivacyPlan(
        target_epsilon=target,
        delta=delta,
        noise_multiplier=noise,
        max_grad_norm=policy.max_grad_norm,
        accountant=acc,
        sample_rate=sample_rate,
        steps_per_epoch=steps_per_epoch,
        epochs=epochs,
        rows=rows,
        expected_epsilon=epsilon_for(noise, sample_rate, steps, delta, acc),
    )


def check_model(model: torch.nn.Module) -> None:
    """Refuse, up front, a model Opacus cannot train privately (with the validator's reasons)."""
    from opacus.validators import ModuleValidator

    errors = ModuleValidator.validate(model, strict=False)
    if errors:
        reasons = "; ".join(str(error) for error in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise StewardError(
            f"{type(model).__name__} cannot be trained with DP-SGD: {reasons}{more}. Use an "
            "encoder without batch normalisation (BERT-family models are supported) or turn "
            "train.privacy off",
            where=WHERE,
        )


LossFn = Callable[["torch.Tensor", "torch.Tensor"], Any]


class PrivateSession:
    """A model, optimizer and Poisson data loader made private; the loss to call backward on."""

    def __init__(
        self,
        plan: PrivacyPlan,
        engine: Any,
        hooks: Any,
        optimizer: Any,
        loader: Any,
        loss_fn: LossFn,
        mode: str,
        fallback_reason: str | None,
    ) -> None:
        self.plan = plan
        self.engine = engine
        self.hooks = hooks
        self.optimizer = optimizer
        self.loader = loader
        self.loss_fn = loss_fn
        self.mode = mode
        self.fallback_reason = fallback_reason

    def noise_only_step(self) -> None:
        """The step for an empty Poisson batch: zero clipped gradient plus noise, counted by
        the accountant (skipping it would reveal that the batch was empty)."""
        import torch

        for param in self.optimizer.params:
            if self.mode == "hooks":
                param.grad_sample = torch.zeros(
                    (0, *param.shape), device=param.device, dtype=param.dtype
                )
            else:
                param.grad = torch.zeros_like(param)
        self.optimizer.step()

    def epsilon_spent(self) -> float:
        if len(self.engine.accountant) == 0:
            return 0.0
        return float(self.engine.accountant.get_epsilon(delta=self.plan.delta))

    def steps_taken(self) -> int:
        return sum(steps for _noise, _rate, steps in self.engine.accountant.history)

    def report(self) -> PrivacyReport:
        return PrivacyReport(
            plan=self.plan,
            epsilon_spent=self.epsilon_spent(),
            steps_taken=self.steps_taken(),
            grad_sample_mode=self.mode,
            fallback_reason=self.fallback_reason,
        )

    def close(self) -> None:
        """Remove Opacus' hooks so the model is an ordinary module again."""
        cleanup = getattr(self.hooks, "cleanup", None)
        if cleanup is not None:
            cleanup()
        for param in self.optimizer.params:
            for name in ("grad_sample", "_forward_counter", "summed_grad"):
                if hasattr(param, name):
                    try:
                        delattr(param, name)
                    except AttributeError:
                        setattr(param, name, None)


def make_private(
    model: torch.nn.Module,
    optimizer: torch.optim.Optimizer,
    loader: torch.utils.data.DataLoader[Any],
    policy: PrivacyTraining,
    *,
    epochs: int,
    generator: torch.Generator | None = None,
) -> PrivateSession:
    """The front door: validate the model, plan the noise for the target ε, and wrap model,
    optimizer and loader for DP-SGD with Poisson sampling."""
    import torch
    from opacus import PrivacyEngine

    model.train()  # Opacus validates (and hooks) a model in training mode
    check_model(model)
    rows = len(loader.dataset)  # type: ignore[arg-type]
    batch_size = loader.batch_size or 1
    plan = plan_privacy(policy, rows=rows, batch_size=batch_size, epochs=epochs)
    fallback: str | None = None
    modes = ["ghost", "hooks"] if policy.grad_sample_mode == "ghost" else ["hooks"]
    for mode in modes:
        criterion = torch.nn.CrossEntropyLoss(reduction="mean")
        try:
            with warnings.catch_warnings():
                # "Secure RNG turned off": the noise comes from torch's seeded generator (see
                # the module notes); that is recorded, not printed on every run.
                warnings.simplefilter("ignore")
                engine = PrivacyEngine(accountant=plan.accountant)
                made = engine.make_private(
                    module=model,
                    optimizer=optimizer,
                    data_loader=loader,
                    criterion=criterion,
                    noise_multiplier=plan.noise_multiplier,
                    max_grad_norm=plan.max_grad_norm,
                    poisson_sampling=True,
                    grad_sample_mode=mode,
                    wrap_model=False,
                    noise_generator=generator,
                )
        except (NotImplementedError, ValueError, TypeError, RuntimeError) as error:
            if mode == modes[-1]:
                raise StewardError(f"Opacus cannot wrap the model: {error}", where=WHERE) from None
            fallback = f"ghost clipping unavailable ({error}); used per-sample gradient hooks"
            continue
        if mode == "ghost":
            hooks, dp_optimizer, dp_criterion, dp_loader = made
            loss_fn: LossFn = dp_criterion
        else:
            hooks, dp_optimizer, dp_loader = made
            loss_fn = criterion
        return PrivateSession(plan, engine, hooks, dp_optimizer, dp_loader, loss_fn, mode, fallback)
    raise AssertionError("unreachable")  # pragma: no cover
