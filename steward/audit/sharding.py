"""The audit's model-heavy jobs in shards: adversarial attacks, counterfactual tests and
membership inference on the embedded engine or as Ray tasks, with the same figures.

Each job cuts its examples into shards of a fixed size (a module constant of the job, never
the number of workers) and runs one function per shard, in this process (``embedded``) or as
Ray tasks (``ray``, :func:`steward.data.ray_engine.map_with_model`: the model put in Ray's
object store once and loaded once per Ray worker process). Both engines run the same shards
through the same function and combine the results in input order, so the figures are the same
bits whatever the engine or the number of workers: a model's output for a text depends on the
batch it is scored in (padding, matrix shapes), so the batches must be the same on both, and
they are because they are made within a shard. Randomness is seeded per example or per
resample, never by the order in which shards run. A classifier's logit cache
(``IntentClassifier.cached_logits``) is isolated per shard (:func:`isolated_logits`): each
shard sees the cache the job started with, and what a shard adds is dropped after it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

# ``progress(done, total)``: shards finished so far, after each one (the caller's progress bar).
Progress = Callable[[int, int], None]


def shard_bounds(n: int, size: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each shard of ``size`` items (the last may be shorter)."""
    return [(start, min(start + size, n)) for start in range(0, n, max(1, size))]


def isolated_logits(classifier: Any) -> AbstractContextManager[Any]:
    """The classifier's ``isolated_logits()`` when it has one (a model with a logit cache),
    else nothing to do."""
    isolate = getattr(classifier, "isolated_logits", None)
    return isolate() if isolate is not None else nullcontext()


def job_threads(threads: int | None) -> int | None:
    """The torch threads every shard of a job runs with: ``threads``, else this process's
    (the embedded engine's, unchanged); None when torch is not loaded (a model without it).

    Part of the job because a model's figures depend on it: Intel MKL splits a small matrix
    product (a batch's pooled vectors through a dense layer) differently with 1 and 2 threads,
    which changes the last bits of a probability. A Ray task runs with its job's count."""
    if threads is not None:
        return threads
    torch = sys.modules.get("torch")
    return int(torch.get_num_threads()) if torch is not None else None


@contextmanager
def shard_context(classifier: Any, threads: int | None) -> Iterator[None]:
    """Where a shard runs its model: the logit cache isolated (:func:`isolated_logits`) and
    ``threads`` torch threads (restored after)."""
    torch = sys.modules.get("torch") if threads is not None else None
    before = int(torch.get_num_threads()) if torch is not None else None
    if torch is not None and before != threads:
        torch.set_num_threads(threads)
    try:
        with isolated_logits(classifier):
            yield
    finally:
        if torch is not None and before != threads:
            torch.set_num_threads(before)


def model_bytes(*models: Any) -> int:
    """Roughly what the models take in Ray's object store: their weights (torch models), or 0
    for objects without a ``model`` (a store of at least 256 MiB is made anyway)."""
    total = 0
    for classifier in models:
        module = getattr(classifier, "model", None)
        parameters = getattr(module, "parameters", None)
        if parameters is None:
            continue
        total += sum(p.numel() * p.element_size() for p in parameters())
    return total


def engine_for(classifier: Any, engine: str) -> str:
    """``engine``, or ``embedded`` for a model on a GPU: the Ray workers hold one CPU each, and
    a model's figures on a GPU differ from its figures on a CPU."""
    device = str(getattr(classifier, "device", "cpu"))
    return "embedded" if engine == "ray" and not device.startswith("cpu") else engine


def tracked(results: Iterator[Any], total: int, progress: Progress | None) -> Iterator[Any]:
    """``results``, calling ``progress(done, total)`` after each."""
    if progress is not None:
        progress(0, total)
    for done, result in enumerate(results, start=1):
        yield result
        if progress is not None:
            progress(done, total)


def ray_job(engine: str, workers: int | None, shared_bytes: int) -> AbstractContextManager[Any]:
    """One Ray for a job that maps several times (a local one started now unless one is
    connected already or ``RAY_ADDRESS`` names a cluster); nothing on the embedded engine."""
    if engine != "ray":
        return nullcontext()
    import os

    from steward.data.ray_engine import _LOCAL_OBJECT_STORE_BYTES, check_engine, ray_session

    check_engine(engine)
    store = max(_LOCAL_OBJECT_STORE_BYTES, 2 * shared_bytes + (64 << 20))
    return ray_session(max(1, workers or os.cpu_count() or 1), store)
