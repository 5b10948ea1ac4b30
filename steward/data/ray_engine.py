"""Ray as the engine for :func:`steward.data.stream.process_file` (``--engine ray``).

The driver reads the file in the same chunks as the embedded engine and hands them to one Ray
actor per worker; each actor sets the task up once and runs the embedded engine's own chunk
function, so parsing, malformed-line reports and output bytes are the same code on both
engines. At most ``max_in_flight`` chunks are submitted and not yet written (memory stays
bounded), and results are taken in submission order (input order is kept).

Ray is an optional install (``pip install 'steward[ray]'``). With ``RAY_ADDRESS`` set the job
joins that cluster (whose nodes must have Steward installed); otherwise it starts a local Ray
for the job on 127.0.0.1, without the dashboard or usage reporting, and stops it at the end.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from steward.errors import StewardError

if TYPE_CHECKING:
    from steward.data.stream import RecordTask, _Chunk, _ChunkOut

ENGINES = ("embedded", "ray")
INSTALL_HINT = "pip install 'steward[ray]'"
# Chunks are a few MB and at most 2 × workers are in flight; the rest is headroom. Ray's own
# default (30% of RAM) would let the local object store grow far past the job's needs.
_LOCAL_OBJECT_STORE_BYTES = 256 << 20


def check_engine(engine: str, where: str = "--engine") -> str:
    """``engine`` if it is one Steward knows (and, for Ray, if Ray is installed)."""
    if engine not in ENGINES:
        raise StewardError(f"expected embedded or ray, got {engine!r}", where=where)
    if engine == "ray":
        _import_ray(where)
    return engine


def _import_ray(where: str = "--engine") -> Any:
    try:
        import ray
    except ImportError:
        raise StewardError(
            f"the ray engine needs Ray, which is not installed: {INSTALL_HINT}", where=where
        ) from None
    return ray


@contextmanager
def ray_session(workers: int) -> Iterator[Any]:
    """Ray, connected: an existing session, the cluster named by ``RAY_ADDRESS``, or a local
    Ray with ``workers`` CPUs started for this job (and shut down after it)."""
    ray = _import_ray()
    if ray.is_initialized():
        yield ray
        return
    # Never report usage to Ray's servers: jobs here may run where nothing may leave the host.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    address = os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, logging_level=logging.WARNING, log_to_driver=True)
    else:
        ray.init(
            num_cpus=workers,
            include_dashboard=False,
            object_store_memory=_LOCAL_OBJECT_STORE_BYTES,
            logging_level=logging.WARNING,
            _node_ip_address="127.0.0.1",
        )
    try:
        yield ray
    finally:
        ray.shutdown()


class _ChunkWorker:
    """One per worker: holds the task, set up once, and runs chunks through it."""

    def __init__(self, task: RecordTask) -> None:
        task.setup()
        self.task = task

    def ready(self) -> bool:
        return True

    def run(self, chunk: _Chunk) -> _ChunkOut:
        from steward.data.stream import _run_chunk

        return _run_chunk(chunk, self.task)


@contextmanager
def ray_chunk_runner(task: RecordTask, workers: int) -> Iterator[Any]:
    """A function ``run(chunks, max_in_flight)`` that yields each chunk's output in input order,
    computed on ``workers`` Ray actors; Ray is started before (and stopped after) the block."""
    with ray_session(workers) as ray:
        actor_class = ray.remote(num_cpus=1)(_ChunkWorker)
        actors = [actor_class.remote(task) for _ in range(workers)]
        # Wait for every actor's setup here, so that a task that cannot start fails before any
        # output is written, and the job's time does not include Ray's worker start-up.
        ray.get([actor.ready.remote() for actor in actors])

        def run(chunks: Iterable[_Chunk], max_in_flight: int) -> Iterator[_ChunkOut]:
            queued = [0] * len(actors)  # chunks sent to each actor and not yet collected
            pending: deque[tuple[Any, int]] = deque()
            for chunk in chunks:
                # The least busy actor: a slow chunk does not hold up the others' queues.
                slot = min(range(len(actors)), key=queued.__getitem__)
                pending.append((actors[slot].run.remote(chunk), slot))
                queued[slot] += 1
                while len(pending) >= max_in_flight:
                    yield _collect(ray, pending, queued)
            while pending:
                yield _collect(ray, pending, queued)

        yield run
        for actor in actors:
            ray.kill(actor)


def _collect(ray: Any, pending: deque[tuple[Any, int]], queued: list[int]) -> _ChunkOut:
    ref, slot = pending.popleft()
    queued[slot] -= 1
    try:
        out: _ChunkOut = ray.get(ref)
    except ray.exceptions.RayTaskError as exc:
        # Raise what the task raised (a StewardError keeps its message and place), as the
        # embedded engine's process pool does.
        cause = exc.cause
        raise (cause if isinstance(cause, Exception) else exc) from None
    return out
