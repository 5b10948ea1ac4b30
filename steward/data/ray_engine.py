"""Ray as the engine for :func:`steward.data.stream.process_file` (``--engine ray``).

The driver reads the file in the same chunks as the embedded engine and hands them to one Ray
actor per worker; each actor sets the task up once and runs the embedded engine's own chunk
function, so parsing, malformed-line reports and output bytes are the same code on both
engines. At most ``max_in_flight`` chunks are submitted and not yet written (memory stays
bounded), and results are taken in submission order (input order is kept).

Ray is an optional install (``pip install 'steward[ray]'``). With ``RAY_ADDRESS`` set the job
joins that cluster (whose nodes must have Steward installed); otherwise it starts a local Ray
for the job, without the dashboard or usage reporting, and stops it at the end. The job talks
to it on 127.0.0.1; Ray's own daemons listen on every interface (Ray has no switch for that),
protected by Ray's token authentication, which Ray 2.60 turns on by default.
"""

from __future__ import annotations

import logging
import os
import socket
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from steward.errors import StewardError

# What the runner moves: a chunk in, its output back, computed by ``run_chunk(chunk, task)``.
# (steward.data.stream's types; not imported here: stream imports this module.)
Chunk = Any
ChunkOut = Any
RunChunk = Callable[[Any, Any], Any]

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
def ray_session(workers: int, object_store_bytes: int | None = None) -> Iterator[Any]:
    """Ray, connected: an existing session, the cluster named by ``RAY_ADDRESS``, or a local
    Ray with ``workers`` CPUs (and ``object_store_bytes`` of object store, default 256 MiB)
    started for this job (and shut down after it)."""
    ray = _import_ray()
    if ray.is_initialized():
        yield ray
        return
    # Never report usage to Ray's servers: jobs here may run where nothing may leave the host.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    address = os.environ.get("RAY_ADDRESS")
    if address:
        _require_reachable(address)
        try:
            ray.init(address=address, logging_level=logging.WARNING)
        except (ConnectionError, RuntimeError) as exc:
            raise StewardError(
                f"cannot join the Ray cluster at {address!r}: {exc} (is it running, and does "
                "RAY_AUTH_MODE / the auth token match the cluster's?)",
                where="RAY_ADDRESS",
            ) from None
    else:
        ray.init(
            num_cpus=workers,
            include_dashboard=False,
            object_store_memory=object_store_bytes or _LOCAL_OBJECT_STORE_BYTES,
            logging_level=logging.WARNING,
            _node_ip_address="127.0.0.1",
        )
    try:
        yield ray
    finally:
        ray.shutdown()


def _require_reachable(address: str) -> None:
    """Fail in seconds on a ``host:port`` nobody answers on: Ray itself retries for minutes."""
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit() or "://" in address:
        return  # "auto", "ray://…": Ray resolves those itself
    try:
        socket.create_connection((host, int(port)), timeout=5).close()
    except OSError as exc:
        raise StewardError(
            f"no Ray cluster answers at {address!r} ({exc.strerror or exc}); start one with "
            "`ray start --head`, or unset RAY_ADDRESS to start a local Ray for the job",
            where="RAY_ADDRESS",
        ) from None


class _ChunkWorker:
    """One per worker: holds the task, set up once, and runs chunks through it."""

    def __init__(self, task: Any, run_chunk: RunChunk) -> None:
        self.task = task
        self.run_chunk = run_chunk

    def ready(self) -> bool:
        # In a method, not __init__: an error here reaches the driver as itself (a StewardError
        # naming the policy field), where one in __init__ only says the actor died.
        self.task.setup()
        return True

    def run(self, chunk: Chunk) -> ChunkOut:
        return self.run_chunk(chunk, self.task)


@contextmanager
def ray_chunk_runner(task: Any, workers: int, run_chunk: RunChunk) -> Iterator[Any]:
    """A function ``run(chunks, max_in_flight)`` that yields each chunk's output in input order,
    computed by ``run_chunk(chunk, task)`` on ``workers`` Ray actors (``task`` is a
    :class:`~steward.data.stream.RecordTask`, set up once per actor); Ray is started before
    (and stopped after) the block."""
    with ray_session(workers) as ray:
        actor_class = ray.remote(num_cpus=1)(_ChunkWorker)
        actors = [actor_class.remote(task, run_chunk) for _ in range(workers)]
        # Wait for every actor's setup here, so that a task that cannot start fails before any
        # output is written, and the job's time does not include Ray's worker start-up.
        _get(ray, [actor.ready.remote() for actor in actors])

        def run(chunks: Iterable[Chunk], max_in_flight: int) -> Iterator[ChunkOut]:
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


def _call(function: Callable[[Any, Any], Any], shared: Any, item: Any) -> Any:
    return function(shared, item)


def map_in_order(
    function: Callable[[Any, Any], Any],
    shared: Any,
    items: Iterable[Any],
    *,
    engine: str = "embedded",
    workers: int | None = None,
    shared_bytes: int = 0,
) -> Iterator[Any]:
    """``function(shared, item)`` for each item, yielded in input order: in this process
    (``embedded``), or as Ray tasks (``ray``) on ``workers`` CPUs, ``shared`` put in Ray's object
    store once (``shared_bytes``: its size, so a local Ray's store is made big enough) and at
    most ``2 × workers`` tasks in flight. ``function`` must be a module-level function."""
    if engine == "embedded":
        for item in items:
            yield function(shared, item)
        return
    check_engine(engine)
    yield from _in_order_on_ray(_call, function, shared, items, workers, shared_bytes)


def _in_order_on_ray(
    task: Callable[[Callable[[Any, Any], Any], Any, Any], Any],
    function: Callable[[Any, Any], Any],
    shared: Any,
    items: Iterable[Any],
    workers: int | None,
    shared_bytes: int,
    *,
    shared_in_list: bool = False,
) -> Iterator[Any]:
    """``task(function, shared_ref, item)`` as Ray tasks, results yielded in input order, at
    most ``2 × workers`` in flight; ``shared`` put in the object store once (``shared_in_list``:
    passed as ``[ref]``, so Ray does not fetch it for every task)."""
    workers = max(1, workers or os.cpu_count() or 1)
    # Room for the shared data and the tasks' results in flight, besides Ray's default.
    store_bytes = max(_LOCAL_OBJECT_STORE_BYTES, 2 * shared_bytes + (64 << 20))
    with ray_session(workers, store_bytes) as ray:
        remote = ray.remote(num_cpus=1)(task)
        shared_ref = ray.put(shared)
        shared_arg = [shared_ref] if shared_in_list else shared_ref
        pending: deque[Any] = deque()
        for item in items:
            pending.append(remote.remote(function, shared_arg, item))
            while len(pending) >= 2 * workers:
                yield _get(ray, pending.popleft())
        while pending:
            yield _get(ray, pending.popleft())


# In a Ray worker process: the shared object of the job that last ran there, by its object id,
# deserialized and set up once (one job's object at a time: a new job's replaces it).
_LOADED: dict[str, Any] = {}


def _setup(shared: Any) -> None:
    setup = getattr(shared, "setup", None)
    if setup is not None:
        setup()


def _call_loaded(function: Callable[[Any, Any], Any], holder: list[Any], item: Any) -> Any:
    """``function(shared, item)`` with ``shared`` (``holder[0]``, an object id: inside a list so
    that Ray does not fetch it for every task) loaded once per worker process."""
    import ray

    ref = holder[0]
    key = ref.hex()
    shared = _LOADED.get(key)
    if shared is None:
        _LOADED.clear()
        shared = ray.get(ref)
        _setup(shared)
        _LOADED[key] = shared
    return function(shared, item)


def map_with_model(
    function: Callable[[Any, Any], Any],
    shared: Any,
    items: Iterable[Any],
    *,
    engine: str = "embedded",
    workers: int | None = None,
    shared_bytes: int = 0,
) -> Iterator[Any]:
    """``function(shared, item)`` for each item, yielded in input order, where ``shared`` is
    heavy to load (a model): in this process (``embedded``), or as Ray tasks (``ray``), at
    most ``2 × workers`` in flight, ``shared`` put in Ray's object store once and deserialized
    once per Ray worker process (which Ray reuses from task to task, and from job to job: the
    imports and the model stay loaded), its ``setup()`` (if it has one) called once per worker
    process (and once here on the embedded engine). ``function`` must be module-level."""
    if engine == "embedded":
        _setup(shared)
        for item in items:
            yield function(shared, item)
        return
    check_engine(engine)
    yield from _in_order_on_ray(
        _call_loaded, function, shared, items, workers, shared_bytes, shared_in_list=True
    )


def _collect(ray: Any, pending: deque[tuple[Any, int]], queued: list[int]) -> ChunkOut:
    ref, slot = pending.popleft()
    queued[slot] -= 1
    return _get(ray, ref)


def _get(ray: Any, refs: Any) -> Any:
    try:
        return ray.get(refs)
    except ray.exceptions.RayTaskError as exc:
        # Raise what the task raised (a StewardError keeps its message and place), as the
        # embedded engine's process pool does.
        cause = exc.cause
        raise (cause if isinstance(cause, Exception) else exc) from None
