"""Adversarial training: embedding-space FGM and PGD (FreeLB-style), and attack augmentation.

Embedding-space training perturbs the word embeddings of each message, not its text: the
trainer computes ``embeds = word_embeddings(input_ids)`` and runs the model on
``inputs_embeds = embeds + delta`` (position and token-type embeddings and LayerNorm still
apply), with ``delta`` zero on padding and bounded per message by ``epsilon`` in L2 norm over
all its tokens and dimensions.

- ``fgm`` (Miyato et al., 2017): one backward pass on the clean loss gives the gradient ``g``
  with respect to ``delta``; the adversarial loss at ``delta = epsilon * g / ||g||`` is
  backpropagated too, so the parameter gradient is that of clean + adversarial loss.
- ``pgd`` (FreeLB, Zhu et al., 2020): ``steps`` ascent steps of size ``step_size`` from
  ``delta = 0``, each projected back onto the ``epsilon`` ball; the parameter gradients of the
  ``steps`` losses along the ascent are averaged ("free" large-batch adversarial training).

Data-level augmentation (``augment``) adds perturbed copies of training rows made with the
audit stage's own attack recipes (:mod:`steward.audit.robustness`: ``char_noise`` typos and
keyboard noise, ``synonym`` embedding-neighbour word swaps, ``zh_similar`` homophone /
similar-character swaps), each copy ``augment_edits`` random edits away, same label.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from steward.audit.robustness import get_attack
from steward.config import AdversarialTraining
from steward.train.mitigation import Augmented

if TYPE_CHECKING:
    import torch

LossAt = Callable[["torch.Tensor | None"], "torch.Tensor"]


def _per_example_norm(tensor: torch.Tensor) -> torch.Tensor:
    return tensor.flatten(1).norm(dim=1).clamp_min(1e-12).view(-1, *([1] * (tensor.dim() - 1)))


def _project(delta: torch.Tensor, epsilon: float) -> torch.Tensor:
    """Scale each message's perturbation back onto the L2 ball of radius ``epsilon``."""
    norms = _per_example_norm(delta)
    return delta * (epsilon / norms).clamp(max=1.0)


class EmbeddingAdversary:
    """Runs the backward passes of one FGM or PGD training step."""

    def __init__(self, policy: AdversarialTraining) -> None:
        if policy.method not in ("fgm", "pgd"):
            raise ValueError(f"EmbeddingAdversary needs fgm or pgd, got {policy.method!r}")
        self.method = policy.method
        self.epsilon = policy.epsilon
        self.steps = policy.steps if policy.method == "pgd" else 1
        self.step_size = policy.step_size or 1.5 * policy.epsilon / self.steps

    def fgm_delta(self, loss_at: LossAt, shape: torch.Size, mask: torch.Tensor) -> torch.Tensor:
        """The FGM perturbation: ``epsilon`` along the clean-loss gradient (per message).
        Backpropagates the clean loss into the parameters as a side effect."""
        import torch

        delta = torch.zeros(shape, device=mask.device, requires_grad=True)
        loss = loss_at(delta)
        loss.backward()
        assert delta.grad is not None
        grad = delta.grad.detach() * mask
        self.last_clean_loss = float(loss.detach())
        return self.epsilon * grad / _per_example_norm(grad)

    def backward(self, loss_at: LossAt, shape: torch.Size, mask: torch.Tensor) -> float:
        """Accumulate the parameter gradients of one adversarial step; return the mean loss.

        ``loss_at(delta)`` must compute the training loss with ``delta`` added to the word
        embeddings; ``mask`` is ``attention_mask[..., None]`` as a float tensor."""
        import torch

        if self.method == "fgm":
            delta = self.fgm_delta(loss_at, shape, mask)
            adversarial = loss_at(delta.detach())
            adversarial.backward()
            return (self.last_clean_loss + float(adversarial.detach())) / 2
        delta = torch.zeros(shape, device=mask.device)
        total = 0.0
        for step in range(self.steps):
            delta.requires_grad_(True)
            loss = loss_at(delta)
            (loss / self.steps).backward()
            total += float(loss.detach())
            if step == self.steps - 1:
                break
            assert delta.grad is not None
            grad = delta.grad.detach() * mask
            delta = _project(delta.detach() + self.step_size * grad / _per_example_norm(grad),
                             self.epsilon)  # fmt: skip
        return total / self.steps

    def config(self) -> dict[str, Any]:
        out: dict[str, Any] = {"method": self.method, "epsilon": self.epsilon}
        if self.method == "pgd":
            out.update(steps=self.steps, step_size=self.step_size)
        return out


def attack_augment(
    texts: Sequence[str],
    policy: AdversarialTraining,
    *,
    seed: int,
    classifier: Any = None,
) -> Augmented:
    """Perturbed copies of about ``augment_ratio`` × len(texts) rows (whole multiples repeat
    every row), each made by one recipe picked in turn from ``augment_recipes``. A recipe that
    cannot change a text (``zh_similar`` on English) leaves that copy out. ``synonym`` needs
    ``classifier`` (its input embeddings give the neighbours)."""
    rng = random.Random(seed)
    attacks = []
    for name in policy.augment_recipes:
        attack = get_attack(name)
        if name == "synonym":
            if classifier is None:
                raise ValueError("the synonym recipe needs the classifier to find neighbours")
            attack.bind(classifier)
        attacks.append(attack)
    whole, fraction = divmod(policy.augment_ratio, 1)
    picks = [i for _ in range(int(whole)) for i in range(len(texts))]
    picks += sorted(rng.sample(range(len(texts)), round(fraction * len(texts))))
    out = Augmented([], [], [])
    for n, index in enumerate(picks):
        # Try the recipes starting from this copy's turn, so English rows still get a copy
        # when zh_similar's turn comes (and Chinese rows when synonym's does).
        # Two random edits can cancel out (a swap undone), so each recipe gets three tries.
        tries = [attacks[(n + k) % len(attacks)] for k in range(len(attacks)) for _ in range(3)]
        for attack in tries:
            perturbed = attack.perturb(texts[index], rng, policy.augment_edits)
            if perturbed != texts[index]:
                out.source.append(index)
                out.texts.append(perturbed)
                out.tags.append(f"adv:{attack.name}")
                break
    return out
