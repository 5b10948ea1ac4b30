"""Gradient attacks on the input embeddings: FGSM and PGD (white-box, no text is produced).

The perturbation ``delta`` is added to each real token's word embedding (position and
token-type embeddings are added by the model after it); [CLS]/[SEP]/padding are left alone
unless ``perturb_special``. ``epsilon`` is in *embedding-norm units*: each token's ``delta`` has
an L2 norm of at most ``epsilon`` times the mean L2 norm of the vocabulary's embedding rows, so
0.1 means "move every token a tenth of a typical embedding's length".

FGSM (the L2 fast gradient method) takes one step of that size along each token's normalised
loss gradient. PGD takes ``steps`` steps of ``step_size`` (default 2.5·epsilon/steps, as
Madry et al.) and projects back onto the per-token ball after each; an example counts as broken
if any step's forward pass misclassified it. Accuracy under attack is reported against clean
accuracy. The model is put in eval mode; its weights get no gradients.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, ClassVar

import numpy as np

from steward.audit.robustness.base import register
from steward.audit.sharding import (
    Progress,
    engine_for,
    job_threads,
    model_bytes,
    shard_bounds,
    shard_context,
    tracked,
)
from steward.data.ray_engine import map_with_model
from steward.errors import StewardError


@dataclass(frozen=True)
class EmbeddingAttackResult:
    attack: str
    epsilon: float
    epsilon_abs: float
    steps: int
    examples: int
    accuracy_before: float
    accuracy_after: float
    attacked: int  # originally correct
    successes: int
    success_rate: float
    gradient_calls_per_example: int
    seconds: float
    examples_per_second: float

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("accuracy_before", "accuracy_after", "success_rate"):
            out[key] = round(out[key], 5)
        out["seconds"] = round(self.seconds, 3)
        out["examples_per_second"] = round(self.examples_per_second, 2)
        return out


@register
class EmbeddingPGD:
    name: ClassVar[str] = "pgd"
    kind: ClassVar[str] = "embedding"

    def __init__(
        self,
        epsilon: float = 0.1,
        steps: int = 10,
        step_size: float | None = None,
        batch_size: int = 64,
        perturb_special: bool = False,
    ) -> None:
        if epsilon < 0 or steps < 1:
            raise StewardError(
                "epsilon must be >= 0 and steps >= 1", where=f"audit.robustness.{self.name}"
            )
        self.epsilon = epsilon
        self.steps = steps
        self.step_size = step_size if step_size is not None else 2.5 * epsilon / steps
        self.batch_size = batch_size
        self.perturb_special = perturb_special

    def config(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "epsilon": self.epsilon,
            "steps": self.steps,
            "step_size": self.step_size,
        }

    def run(
        self,
        classifier: Any,
        texts: Sequence[str],
        labels: Sequence[str],
        *,
        engine: str = "embedded",
        workers: int | None = None,
        progress: Progress | None = None,
        threads: int | None = None,
    ) -> EmbeddingAttackResult:
        """Attack every text; in shards of :data:`EMBEDDING_SHARD` texts, in this process or,
        with ``engine="ray"``, as Ray tasks on ``workers`` CPUs, the model loaded once per
        worker process: the same result on both engines. ``progress(done, total)`` after each
        shard; ``threads``: the torch threads of every shard (default: this process's)."""
        if len(texts) != len(labels) or not texts:
            raise StewardError(
                "texts and labels must be non-empty and of equal length",
                where=f"audit.robustness.{self.name}",
            )
        index = {label: i for i, label in enumerate(classifier.labels)}
        try:
            targets = np.array([index[label] for label in labels], dtype=np.int64)
        except KeyError as error:
            raise StewardError(
                f"label {error.args[0]!r} is not one of the model's labels",
                where=f"audit.robustness.{self.name}",
            ) from None
        table = classifier.model.get_input_embeddings()
        eps_abs = float(table.weight.detach().float().norm(dim=1).mean()) * self.epsilon
        alpha = self.step_size / self.epsilon * eps_abs if self.epsilon > 0 else 0.0

        started = time.perf_counter()
        bounds = shard_bounds(len(texts), EMBEDDING_SHARD)
        items = ((list(texts[start:end]), targets[start:end]) for start, end in bounds)
        job = _EmbeddingJob(self, classifier, eps_abs, alpha, job_threads(threads))
        parts = list(
            tracked(
                map_with_model(_embedding_shard, job, items,
                              engine=engine_for(classifier, engine), workers=workers,
                              shared_bytes=model_bytes(classifier)),
                len(bounds),
                progress,
            )
        )  # fmt: skip
        clean = np.concatenate([part[0] for part in parts])
        broken = np.concatenate([part[1] for part in parts])
        seconds = time.perf_counter() - started
        successes = int((clean & broken).sum())
        attacked = int(clean.sum())
        return EmbeddingAttackResult(
            attack=self.name,
            epsilon=self.epsilon,
            epsilon_abs=round(eps_abs, 6),
            steps=self.steps,
            examples=len(texts),
            accuracy_before=float(clean.mean()),
            accuracy_after=float((clean & ~broken).mean()),
            attacked=attacked,
            successes=successes,
            success_rate=successes / attacked if attacked else 0.0,
            gradient_calls_per_example=self.steps,
            seconds=seconds,
            examples_per_second=len(texts) / seconds if seconds > 0 else float("inf"),
        )

    def attack_texts(
        self,
        classifier: Any,
        texts: Sequence[str],
        targets: np.ndarray,
        eps_abs: float,
        alpha: float,
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(clean, broken)`` per text: correctly classified before the attack, and
        misclassified at some step of it."""
        import torch

        model = classifier.model
        was_training = model.training
        model.eval()
        table = model.get_input_embeddings()
        special = set(classifier.tokenizer.all_special_ids)
        encoded = classifier._encode(texts)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        clean = np.zeros(len(texts), dtype=bool)
        broken = np.zeros(len(texts), dtype=bool)
        try:
            for start in range(0, len(order), self.batch_size):
                rows = order[start : start + self.batch_size]
                inputs = classifier._collate([encoded[i] for i in rows])
                ids, mask = inputs["input_ids"], inputs["attention_mask"]
                editable = mask.bool()
                if not self.perturb_special:
                    for token in special:
                        editable &= ids != token
                editable_f = editable.unsqueeze(-1).to(torch.float32)
                y = torch.as_tensor(targets[rows], device=ids.device)
                with torch.no_grad():
                    base = table(ids).float()
                delta = torch.zeros_like(base, requires_grad=True)
                fooled = torch.zeros(len(rows), dtype=torch.bool, device=ids.device)
                for step in range(self.steps + 1):
                    embeds = (base + delta).to(table.weight.dtype)
                    logits = model(inputs_embeds=embeds, attention_mask=mask).logits.float()
                    wrong = logits.argmax(dim=-1) != y
                    if step == 0:
                        clean[rows] = (~wrong).cpu().numpy()
                    else:
                        fooled |= wrong
                    if step == self.steps:
                        break
                    loss = torch.nn.functional.cross_entropy(logits, y, reduction="sum")
                    (grad,) = torch.autograd.grad(loss, delta)
                    with torch.no_grad():
                        norm = grad.norm(dim=-1, keepdim=True).clamp_min(1e-12)
                        delta += alpha * grad / norm * editable_f
                        size = delta.norm(dim=-1, keepdim=True).clamp_min(1e-12)
                        delta *= torch.clamp(eps_abs / size, max=1.0)
                broken[rows] = fooled.cpu().numpy()
        finally:
            model.train(was_training)
        return clean, broken


# Texts per shard (both engines): a few of the attack's batches.
EMBEDDING_SHARD = 256


@dataclass
class _EmbeddingJob:
    """What every shard of a gradient attack reads (loaded once per Ray worker process)."""

    attack: EmbeddingPGD
    classifier: Any
    eps_abs: float
    alpha: float
    threads: int | None = None


def _embedding_shard(
    job: _EmbeddingJob, item: tuple[list[str], np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    texts, targets = item
    with shard_context(job.classifier, job.threads):
        return job.attack.attack_texts(job.classifier, texts, targets, job.eps_abs, job.alpha)


@register
class EmbeddingFGSM(EmbeddingPGD):
    """One step of the full budget along the normalised gradient."""

    name: ClassVar[str] = "fgsm"

    def __init__(
        self, epsilon: float = 0.1, batch_size: int = 64, perturb_special: bool = False
    ) -> None:
        super().__init__(
            epsilon=epsilon,
            steps=1,
            step_size=epsilon,
            batch_size=batch_size,
            perturb_special=perturb_special,
        )
