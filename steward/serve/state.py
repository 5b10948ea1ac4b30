"""The gateway's state: one :class:`Gateway`, built once at start by :func:`build_gateway`,
kept on ``app.state.gateway`` and handed to the routes by the :data:`GatewayState`
dependency. Its :class:`GatewayConfig` holds what the routes read of the policy and the
environment, read there once: a request never reads either again."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any

import httpx
from fastapi import Depends, Request

from steward.accountability.incidents import Incidents
from steward.accountability.ledger import Ledger
from steward.accountability.monitoring import DriftMonitor, TopicDrift, training_reference
from steward.accountability.writer import LedgerWriter
from steward.config import LoadedPolicy, ServePolicy
from steward.registry.models import Registry
from steward.serve.abuse import DenialCounter, FailedAuthLimiter, GuardWork
from steward.serve.grounded import AssistantResolver, ServedAssistant
from steward.serve.guards.chain import GuardChain
from steward.serve.keys import ApiKey, KeyStore
from steward.serve.metrics import GatewayMetrics
from steward.serve.shared import (
    SharedBuckets,
    SharedFailedAuthLimiter,
    SharedRateLimiter,
    shared_state_wanted,
    state_engine,
)
from steward.store.artifacts import Store

# The bearer key the gateway sends to its upstream model server (never the caller's key).
UPSTREAM_API_KEY_ENV = "STEWARD_UPSTREAM_API_KEY"

logger = logging.getLogger("steward.serve")


@dataclass(frozen=True)
class GatewayConfig:
    """What the routes read of the policy and the environment, read once when the gateway is
    built (a worker process: when it starts)."""

    policy_sha256: str
    serve: ServePolicy  # the policy's serve section: upstream, limits, message roles
    upstream_api_key: str | None = field(default=None, repr=False)

    @classmethod
    def read(cls, loaded: LoadedPolicy, environ: Mapping[str, str] | None = None) -> GatewayConfig:
        environ = os.environ if environ is None else environ
        return cls(
            policy_sha256=loaded.sha256,
            serve=loaded.policy.serve,
            upstream_api_key=environ.get(UPSTREAM_API_KEY_ENV) or None,
        )

    def upstream_headers(self) -> dict[str, str]:
        """The headers of every request to the upstream model server."""
        headers = {"Content-Type": "application/json"}
        if self.upstream_api_key:
            headers["Authorization"] = f"Bearer {self.upstream_api_key}"
        return headers


@dataclass
class _Bucket:
    tokens: float
    updated: float


@dataclass
class RateLimiter:
    """A token bucket per key: ``rate_per_minute`` sustained, the same as burst."""

    buckets: dict[str, _Bucket] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def retry_after(self, key: ApiKey) -> float:
        """0 when the request may go ahead, else the seconds until it may."""
        rate = key.rate_per_minute / 60.0
        now = time.monotonic()
        with self.lock:
            bucket = self.buckets.setdefault(key.key_id, _Bucket(key.rate_per_minute, now))
            bucket.tokens = min(key.rate_per_minute, bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / rate


@dataclass
class Gateway:
    """Everything the routes share; built once by :func:`build_gateway`."""

    loaded: LoadedPolicy
    config: GatewayConfig
    store: Store
    keys: KeyStore
    input_guards: GuardChain
    output_guards: GuardChain
    writer: LedgerWriter
    metrics: GatewayMetrics
    incidents: Incidents  # feedback is stored and triaged there
    assistants: AssistantResolver  # the upstream's registered assistant
    model: Any = None  # a ServedModel, when the policy names one
    model_problem: str | None = None
    limiter: RateLimiter | SharedRateLimiter = field(default_factory=RateLimiter)
    shared: SharedBuckets | None = None  # the limits' buckets, with shared_state store
    drift: DriftMonitor | None = None  # live intent / length mix against the training data
    denials: DenialCounter | None = None  # 401/429 counts, one ledger entry per interval
    guard_work: GuardWork | None = None  # /v1/guard checks under a per-key budget
    # per served assistant version: the questions' topics against its fine-tuning data
    topic_drift: dict[str, TopicDrift] = field(default_factory=dict)

    _upstream: httpx.AsyncClient | None = None
    _standing: tuple[float, str | None] | None = None  # (when read, refusal) of the model
    _background: list[asyncio.Task[None]] = field(default_factory=list)

    def upstream_client(self) -> httpx.AsyncClient:
        if self._upstream is None:
            timeout = self.config.serve.upstream_timeout
            self._upstream = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=5.0))
        return self._upstream

    def model_refusal(self) -> str | None:
        """Why the served model may no longer answer: an erasure flagged it since the gateway
        loaded it (``steward data forget``). The registry is read again every
        ``serve.registry_check_s``, so a running gateway stops within that time."""
        if self.model is None:
            return None
        now = time.monotonic()
        if self._standing is None or now - self._standing[0] >= (
            self.config.serve.registry_check_s
        ):
            version = Registry(self.store).get(self.model.version.ref)
            self._standing = (now, version.refusal("served") if version.flagged else None)
        return self._standing[1]

    @property
    def model_sha256(self) -> str | None:
        return self.model.version.weights_sha256 if self.model is not None else None

    def observe_topic(self, served: ServedAssistant | None, topic: str) -> None:
        """The question's topic against the assistant's fine-tuning data (PSI on /metrics)."""
        if served is None or not served.topic_reference:
            return
        drift = self.topic_drift.setdefault(
            served.version.artifact_sha256, TopicDrift(served.topic_reference)
        )
        drift.observe(topic)
        self.metrics.observe_chat_drift(drift.psi())

    # -- background work, from the app's startup to its shutdown ---------------------------
    async def start_background(self) -> None:
        if self.denials is not None:
            self._background.append(
                asyncio.create_task(self._flush_denials(self.denials), name="denial-flusher")
            )
        # The guard worker processes start with the first long text, not here: a gateway
        # that never sees one does not pay for them.

    async def stop_background(self) -> None:
        for task in self._background:
            task.cancel()
        self._background.clear()
        if self.denials is not None:
            entry = self.denials.drain()  # the last, partial interval
            if entry is not None:
                await asyncio.wrap_future(self.writer.submit(**entry))
        if self.guard_work is not None:
            self.guard_work.close()

    async def _flush_denials(self, denials: DenialCounter) -> None:
        """Write the counted denials as one ledger entry, every ``serve.denial_interval_s``."""
        while True:
            await asyncio.sleep(denials.interval_s)
            entry = denials.drain()
            if entry is None:
                continue
            try:
                await asyncio.wrap_future(self.writer.submit(**entry))
            except Exception:  # a failed write must not end the flushing: say so, go on
                logger.exception(
                    "could not write the denial counts of %s to the ledger", entry["subject"]
                )


def gateway_of(request: Request) -> Gateway:
    """The app's gateway (``app.state.gateway``, set by ``create_app``)."""
    gateway: Gateway = request.app.state.gateway
    return gateway


async def _gateway_dependency(request: Request) -> Gateway:
    """:func:`gateway_of` as a dependency. A coroutine on purpose: FastAPI runs a plain
    function dependency in its thread pool, a thread hop on every request (~3% of a
    ``/v1/guard`` request's CPU under load) to read one attribute."""
    return gateway_of(request)


# A route's parameter of this type gets the app's one gateway.
GatewayState = Annotated[Gateway, Depends(_gateway_dependency)]


def build_gateway(
    loaded: LoadedPolicy,
    store: Store,
    *,
    model_ref: str | None = None,
    announce: bool = True,
    shared_state: bool | None = None,
) -> Gateway:
    """Load what the policy names: guards, the model (approved or deployed only, hash-checked
    at load), keys and metrics; read the configuration (:class:`GatewayConfig`).
    ``shared_state``: keep the rate limits in the store (:mod:`steward.serve.shared`);
    None: as ``serve.shared_state`` and ``serve.workers`` say."""
    from steward.serve.guards.build import build_chains
    from steward.serve.predictor import ServedModel

    input_guards, output_guards = build_chains(loaded, store)
    ref = model_ref or loaded.policy.serve.model
    model = None
    problem = None
    if ref:
        model = ServedModel.load(store, ref)  # raises on an unapproved or altered model
    else:
        problem = "no model is served: set serve.model in the policy"

    drift = None
    if model is not None:
        drift = DriftMonitor(training_reference(store, model.version.artifact_sha256, loaded))
    serve = loaded.policy.serve
    if shared_state is None:
        shared_state = shared_state_wanted(serve.shared_state, serve.workers)
    shared = SharedBuckets(state_engine(store), serve.shared_reserve) if shared_state else None
    throttle: FailedAuthLimiter | SharedFailedAuthLimiter
    if shared is not None:
        throttle = SharedFailedAuthLimiter(
            shared, serve.auth_failures_per_key, serve.auth_failures_per_client,
            serve.auth_failure_window_s,
        )  # fmt: skip
    else:
        throttle = FailedAuthLimiter(
            serve.auth_failures_per_key, serve.auth_failures_per_client,
            serve.auth_failure_window_s,
        )  # fmt: skip
    gateway = Gateway(
        drift=drift,
        incidents=Incidents(store, loaded.policy),
        assistants=AssistantResolver(store, loaded),
        loaded=loaded,
        config=GatewayConfig.read(loaded),
        store=store,
        keys=KeyStore(store, throttle=throttle, epoch_check_s=serve.key_check_s),
        limiter=SharedRateLimiter(shared) if shared is not None else RateLimiter(),
        shared=shared,
        denials=DenialCounter(serve.denial_interval_s),
        guard_work=GuardWork(
            input_guards,
            output_guards,
            chars_per_minute=serve.guard_chars_per_minute,
            offload_chars=serve.guard_offload_chars,
            processes=serve.guard_processes,
            concurrency=serve.guard_concurrency_per_key,
            queue=serve.guard_queue_per_key,
            shared=shared,
        ),
        input_guards=input_guards,
        output_guards=output_guards,
        writer=LedgerWriter(Ledger(store)),
        metrics=GatewayMetrics(),
        model=model,
        model_problem=problem,
    )
    if not announce:
        return gateway
    gateway.writer.append(
        actor="steward",
        action="gateway.started",
        subject=loaded.policy.project.name,
        details={
            "policy_sha256": loaded.sha256,
            "model": model.version.ref if model is not None else None,
            "model_sha256": gateway.model_sha256,
            "input_guards": input_guards.names,
            "output_guards": output_guards.names,
            "pid": os.getpid(),
            "shared_state": "store" if shared is not None else "process",
        },
    )
    return gateway
