"""Greedy black-box attack harness for text attacks (TextAttack's greedy search, batched).

For every originally correct example, each step asks the attack for up to ``k`` one-edit
candidates of the example's current text; the candidates of all the still-unbroken examples of
a shard (:data:`ATTACK_SHARD` examples) are scored in one batched ``predict_proba`` call; each
example keeps its candidate with the lowest true-class probability if that is lower than its
current one. An example is broken as soon as its best candidate's predicted label differs from
the true label; the harness then confirms that with one more model call on the adversarial
text alone, so a reported success is a real change of prediction. At most ``budget`` steps are
taken, so at most ``budget`` edits are made. Shards run in this process or as Ray tasks
(``engine="ray"``; :mod:`steward.audit.sharding`), with the same result.

Queries count texts sent to the model: one per example for the clean prediction, one per
candidate scored, one per confirmation.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from steward.audit.metric_spec import metric
from steward.audit.robustness.base import ProbabilisticClassifier, TextAttack
from steward.audit.robustness.builtin import get_attack
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

# The gate metric of the robustness section, read from an AttackResult.
METRICS = (
    metric("accuracy_under_attack", "robustness", "classifier", "higher", "fraction",
           "accuracy on the attacked sample (audit.robustness)", source="accuracy_after"),
)  # fmt: skip


@dataclass(frozen=True)
class AttackExample:
    index: int
    original: str
    adversarial: str
    label: str
    predicted: str
    edits: int
    queries: int
    true_prob_before: float
    true_prob_after: float

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["true_prob_before"] = round(self.true_prob_before, 5)
        out["true_prob_after"] = round(self.true_prob_after, 5)
        return out


@dataclass(frozen=True)
class AttackResult:
    attack: str
    config: dict[str, Any]
    budget: int
    candidates_per_step: int
    seed: int
    examples: int
    accuracy_before: float
    accuracy_after: float
    attacked: int  # originally correct
    successes: int
    success_rate: float  # among originally correct
    queries: tuple[int, ...]  # per example
    edits: tuple[int, ...]  # per example, edits kept in its final text
    originally_correct: tuple[bool, ...]
    adversarial_texts: tuple[str, ...]  # final text per example (the original if unattacked)
    successful: tuple[AttackExample, ...]
    seconds: float

    @property
    def total_queries(self) -> int:
        return int(sum(self.queries))

    @property
    def mean_queries(self) -> float:
        return self.total_queries / self.examples if self.examples else 0.0

    @property
    def mean_queries_attacked(self) -> float:
        """Mean queries over the examples that were attacked (originally correct)."""
        picked = [q for q, c in zip(self.queries, self.originally_correct, strict=True) if c]
        return float(np.mean(picked)) if picked else 0.0

    def to_dict(self, max_examples: int = 20) -> dict[str, Any]:
        return {
            "attack": self.attack,
            "config": self.config,
            "budget": self.budget,
            "candidates_per_step": self.candidates_per_step,
            "seed": self.seed,
            "examples": self.examples,
            "accuracy_before": round(self.accuracy_before, 5),
            "accuracy_after": round(self.accuracy_after, 5),
            "attacked": self.attacked,
            "successes": self.successes,
            "success_rate": round(self.success_rate, 5),
            "total_queries": self.total_queries,
            "mean_queries": round(self.mean_queries, 3),
            "mean_queries_attacked": round(self.mean_queries_attacked, 3),
            "mean_edits_successful": round(
                float(np.mean([e.edits for e in self.successful])) if self.successful else 0.0, 3
            ),
            "seconds": round(self.seconds, 3),
            "successful_examples": [e.to_dict() for e in self.successful[:max_examples]],
        }


# Examples per shard (both engines): at ``k`` candidates each, a step scores up to 512 texts.
ATTACK_SHARD = 64


@dataclass
class _AttackJob:
    """What every shard of an attack reads (loaded once per Ray worker process)."""

    classifier: ProbabilisticClassifier
    attack: TextAttack
    budget: int
    seed: int
    k: int
    threads: int | None = None

    def setup(self) -> None:
        self.attack.bind(self.classifier)  # once per process (the synonym index is built here)


@dataclass(frozen=True)
class _AttackShard:
    queries: np.ndarray
    edits: np.ndarray
    correct: np.ndarray
    fooled: np.ndarray
    current: list[str]
    confirmed: list[AttackExample]


def _attack_shard(
    job: _AttackJob, item: tuple[int, list[str], list[str], np.ndarray]
) -> _AttackShard:
    """The greedy attack on one shard of examples (``offset``: the index of its first one, which
    seeds each example's random generator, so a shard's result does not depend on the others)."""
    offset, texts, labels, y = item
    classifier, attack, k = job.classifier, job.attack, job.k
    n = len(texts)
    queries = np.ones(n, dtype=np.int64)
    edits = np.zeros(n, dtype=np.int64)
    current = list(texts)
    with shard_context(classifier, job.threads):
        probs = np.asarray(classifier.predict_proba(list(texts)))
        correct = probs.argmax(axis=1) == y
        p_true = probs[np.arange(n), y].astype(np.float64)
        p_before = p_true.copy()
        rngs = [random.Random(job.seed * 1_000_003 + offset + i) for i in range(n)]
        active = [i for i in range(n) if correct[i]]
        broken: dict[int, int] = {}  # index -> predicted label id (before confirmation)

        for _ in range(job.budget):
            if not active:
                break
            batch: list[str] = []
            owner: list[int] = []
            still: list[int] = []
            for i in active:
                options = attack.candidates(current[i], rngs[i], k)
                if options:
                    batch.extend(options)
                    owner.extend([i] * len(options))
                    still.append(i)
            if not batch:
                break
            scores = np.asarray(classifier.predict_proba(batch))
            owners = np.array(owner)
            queries += np.bincount(owners, minlength=n)
            true_scores = scores[np.arange(len(batch)), y[owners]]
            next_active = []
            for i in still:
                rows = np.flatnonzero(owners == i)
                best = rows[int(np.argmin(true_scores[rows]))]
                if true_scores[best] < p_true[i]:
                    current[i], p_true[i] = batch[best], float(true_scores[best])
                    edits[i] += 1
                    predicted = int(scores[best].argmax())
                    if predicted != y[i]:
                        broken[i] = predicted
                        continue
                next_active.append(i)
            active = next_active

        # Confirm every break with the model, on the adversarial text alone.
        confirmed: list[AttackExample] = []
        fooled = np.zeros(n, dtype=bool)
        if broken:
            ids = sorted(broken)
            # run again, not read from a cache of logits the classifier may keep
            fresh = getattr(classifier, "uncached_logits", None)
            with fresh() if fresh is not None else nullcontext():
                check = np.asarray(classifier.predict_proba([current[i] for i in ids]))
            queries[ids] += 1
            for row, i in enumerate(ids):
                predicted = int(check[row].argmax())
                p_true[i] = float(check[row, y[i]])
                if predicted != y[i]:
                    fooled[i] = True
                    confirmed.append(
                        AttackExample(
                            index=offset + i,
                            original=texts[i],
                            adversarial=current[i],
                            label=labels[i],
                            predicted=classifier.labels[predicted],
                            edits=int(edits[i]),
                            queries=int(queries[i]),
                            true_prob_before=float(p_before[i]),
                            true_prob_after=float(p_true[i]),
                        )
                    )
    return _AttackShard(queries, edits, correct, fooled, current, confirmed)


def run_attack(
    classifier: ProbabilisticClassifier,
    texts: Sequence[str],
    labels: Sequence[str],
    attack: str | TextAttack,
    budget: int = 3,
    seed: int = 0,
    k: int = 8,
    *,
    engine: str = "embedded",
    workers: int | None = None,
    progress: Progress | None = None,
    threads: int | None = None,
) -> AttackResult:
    """Attack every correctly classified text with up to ``budget`` greedy edits.

    The examples are attacked in shards of :data:`ATTACK_SHARD` (each example's random edits
    seeded by its index), in this process or, with ``engine="ray"``, as Ray tasks on
    ``workers`` CPUs (the model loaded once per worker process): the same result on both
    engines.
    ``progress(done, total)`` is called as shards finish; ``threads``: the torch threads of
    every shard (default: this process's; :func:`~steward.audit.sharding.job_threads`)."""
    where = "audit.robustness.run_attack"
    if isinstance(attack, str):
        attack = get_attack(attack)
    if not isinstance(attack, TextAttack):
        raise StewardError(
            f"{getattr(attack, 'name', attack)!r} is not a text attack; call its run() instead",
            where=where,
        )
    if len(texts) != len(labels):
        raise StewardError(f"{len(texts)} texts but {len(labels)} labels", where=where)
    if budget < 0 or k < 1:
        raise StewardError("budget must be >= 0 and k >= 1", where=where)
    index = {label: i for i, label in enumerate(classifier.labels)}
    unknown = sorted({label for label in labels if label not in index})
    if unknown:
        raise StewardError(f"labels not known to the model: {unknown[:5]}", where=where)
    n = len(texts)
    if n == 0:
        raise StewardError("no texts to attack", where=where)

    started = time.perf_counter()
    engine = engine_for(classifier, engine)
    y = np.array([index[label] for label in labels], dtype=np.int64)
    bounds = shard_bounds(n, ATTACK_SHARD)
    items = (
        (start, list(texts[start:end]), list(labels[start:end]), y[start:end])
        for start, end in bounds
    )
    job = _AttackJob(classifier, attack, budget, seed, k, job_threads(threads))
    shards = list(
        tracked(
            map_with_model(_attack_shard, job, items, engine=engine, workers=workers,
                          shared_bytes=model_bytes(classifier)),
            len(bounds),
            progress,
        )
    )  # fmt: skip
    correct = np.concatenate([s.correct for s in shards])
    fooled = np.concatenate([s.fooled for s in shards])
    confirmed = [example for s in shards for example in s.confirmed]
    attacked = int(correct.sum())
    return AttackResult(
        attack=attack.name,
        config=attack.config(),
        budget=budget,
        candidates_per_step=k,
        seed=seed,
        examples=n,
        accuracy_before=float(correct.mean()),
        accuracy_after=float((correct & ~fooled).mean()),
        attacked=attacked,
        successes=len(confirmed),
        success_rate=len(confirmed) / attacked if attacked else 0.0,
        queries=tuple(int(q) for s in shards for q in s.queries),
        edits=tuple(int(e) for s in shards for e in s.edits),
        originally_correct=tuple(bool(c) for c in correct),
        adversarial_texts=tuple(text for s in shards for text in s.current),
        successful=tuple(confirmed),
        seconds=time.perf_counter() - started,
    )
