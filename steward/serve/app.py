"""The gateway: FastAPI routes over the guards, the served model and the ledger.

Every request carries an API key (``Authorization: Bearer stw_...``) that maps to one role;
each route needs one permission of the RACI table (:mod:`steward.accountability.roles`).
Every decision — served, blocked, denied — is a ledger entry (request id, key id, role, model
hash, guard verdicts, latency; never the text) committed before the answer is sent; the
writes of concurrent requests share one transaction (:class:`LedgerWriter`).

Errors are JSON ``{"error": {"status", "reason", "field"?}}``: 400 malformed JSON, 401 no or bad
key, 403 role not allowed, 404/405, 413 body over ``serve.max_body_bytes``, 422 a field
invalid (named), 429 over the key's rate (``Retry-After``), 503 no model configured.
"""

import asyncio
import os
import threading
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from steward.accountability.ledger import Ledger
from steward.accountability.monitoring import DriftMonitor, training_reference
from steward.accountability.roles import ROLE_PERMISSIONS, Permission
from steward.accountability.writer import LedgerWriter
from steward.config import LoadedPolicy
from steward.data.pii.language import detect_language
from steward.errors import StewardError
from steward.serve.chat import ChatRequest, check_prompt, guard_answer, guarded_stream, refusal
from steward.serve.guards.chain import GuardChain, GuardResult
from steward.serve.keys import ApiKey, AuthError, KeyStore
from steward.serve.metrics import GatewayMetrics
from steward.store.artifacts import Store


# -- request and response models -------------------------------------------------------------
class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GuardRequest(_Body):
    text: str = Field(description="the prompt (input) or answer (output) to check")
    direction: Literal["input", "output"] = "input"


class ClassifyRequest(_Body):
    text: str | None = Field(default=None, description="one message")
    texts: list[str] | None = Field(default=None, description="several messages")


class FeedbackRequest(_Body):
    request_id: str = Field(min_length=8, max_length=64)
    kind: Literal["thumbs_up", "thumbs_down", "correction", "complaint"]
    comment: str = Field(default="", max_length=2000)
    correct_label: str | None = Field(default=None, max_length=128)


# -- state -----------------------------------------------------------------------------------
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
    """Everything the routes share; built once by :func:`create_app`."""

    loaded: LoadedPolicy
    store: Store
    keys: KeyStore
    input_guards: GuardChain
    output_guards: GuardChain
    writer: LedgerWriter
    metrics: GatewayMetrics
    model: Any = None  # a ServedModel, when the policy names one
    model_problem: str | None = None
    limiter: RateLimiter = field(default_factory=RateLimiter)
    incidents: Any = None  # Incidents, for feedback triage
    drift: DriftMonitor | None = None  # live intent / length mix against the training data

    _upstream: httpx.AsyncClient | None = None

    def upstream_client(self) -> httpx.AsyncClient:
        if self._upstream is None:
            timeout = self.loaded.policy.serve.upstream_timeout
            self._upstream = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=5.0))
        return self._upstream

    @property
    def model_sha256(self) -> str | None:
        return self.model.version.weights_sha256 if self.model is not None else None


class ApiError(Exception):
    def __init__(self, status: int, reason: str, *, field: str | None = None, **headers: str):
        self.status = status
        self.reason = reason
        self.field = field
        self.headers = {name.replace("_", "-"): value for name, value in headers.items()}
        super().__init__(reason)


def _error(status: int, reason: str, field: str | None = None, headers: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "reason": reason}
    if field:
        body["field"] = field
    return JSONResponse({"error": body}, status_code=status, headers=headers)


class RequestFrame:
    """Gives each request an id (``X-Request-ID``) and a start time, and counts its answer in
    the metrics. Plain ASGI: Starlette's ``BaseHTTPMiddleware`` cost ~0.4 ms a request."""

    def __init__(self, app: Any, metrics: GatewayMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["started"], state["request_id"] = started, request_id
        status = 500

        async def send_with_id(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            self.metrics.observe_request(route, status, time.perf_counter() - started)


class BodyLimit:
    """Refuse bodies over ``limit`` bytes with 413, whether announced by Content-Length or sent
    chunked: the body is read (at most ``limit`` bytes of it) before the route runs."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        too_large = _error(413, f"body over {self.limit:,} bytes")
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; let the app see that
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await too_large(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


# -- the app ---------------------------------------------------------------------------------
def create_app(gateway: Gateway) -> FastAPI:
    app = FastAPI(
        title="Steward gateway",
        version="1",
        description="Guarded, authenticated, accountable serving of a registered model.",
    )
    app.state.gateway = gateway
    app.add_middleware(BodyLimit, limit=gateway.loaded.policy.serve.max_body_bytes)
    app.add_middleware(RequestFrame, metrics=gateway.metrics)  # outermost: sees every answer

    async def record(
        request: Request, key: ApiKey | None, route: str, outcome: str, **details: Any
    ) -> None:
        """The decision's ledger entry, committed before the answer leaves."""
        latency_ms = round((time.perf_counter() - request.state.started) * 1000, 3)
        # Awaited, not blocking: requests in flight meanwhile join the same commit.
        await asyncio.wrap_future(
            gateway.writer.submit(
                actor=f"key:{key.key_id}" if key else "anonymous",
                action="gateway.decision" if outcome != "denied" else "gateway.denied",
                subject=request.state.request_id,
                outcome=outcome,
                details={
                    "route": route,
                    "key_id": key.key_id if key else None,
                    "role": key.role if key else None,
                    "model_sha256": gateway.model_sha256,
                    "latency_ms": latency_ms,
                    **details,
                },
            )
        )

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.reason, exc.field, exc.headers or None)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0]
        content_type = request.headers.get("content-type", "")
        if first.get("loc") == ("body",) and "json" not in content_type:
            return _error(
                415,
                f"send a JSON body with Content-Type: application/json "
                f"(got {content_type or 'none'!r})",
            )
        if first.get("type") == "json_invalid":
            return _error(400, f"malformed JSON: {first.get('ctx', {}).get('error', 'invalid')}")
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
        return _error(422, str(first.get("msg", "invalid")), where)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    async def authorize(request: Request, permission: Permission, route: str) -> ApiKey:
        header = request.headers.get("authorization", "")
        presented = header[7:].strip() if header.lower().startswith("bearer ") else None
        presented = presented or request.headers.get("x-api-key")
        try:
            key = gateway.keys.authenticate(presented)
        except AuthError as exc:
            gateway.metrics.denied.labels(reason="unauthenticated").inc()
            await record(request, None, route, "denied", status=401, reason=exc.what)
            raise ApiError(401, exc.what, WWW_Authenticate="Bearer") from None
        if permission not in ROLE_PERMISSIONS.get(key.role, frozenset()):
            holders = sorted(r for r, p in ROLE_PERMISSIONS.items() if permission in p)
            reason = (
                f"role {key.role!r} may not {permission.value}; needs one of {', '.join(holders)}"
            )
            gateway.metrics.denied.labels(reason="forbidden").inc()
            await record(request, key, route, "denied", status=403, reason=reason)
            raise ApiError(403, reason)
        wait = gateway.limiter.retry_after(key)
        if wait > 0:
            gateway.metrics.denied.labels(reason="rate_limited").inc()
            await record(request, key, route, "denied", status=429, reason="rate limit")
            raise ApiError(
                429,
                f"over {key.rate_per_minute} requests per minute for key {key.key_id}",
                Retry_After=str(max(1, round(wait))),
            )
        return key

    def needs(permission: Permission, route: str) -> Any:
        async def dependency(request: Request) -> ApiKey:
            return await authorize(request, permission, route)

        return Depends(dependency)

    def guard_summary(result: GuardResult) -> dict[str, Any]:
        # What the ledger keeps of a guard pass: actions, scores, reasons, span labels and
        # offsets; never the text.
        return result.to_dict()

    @app.get("/healthz", summary="Liveness and what is loaded (no key needed)")
    def healthz() -> dict[str, Any]:
        return {
            "status": "ok",
            "model": gateway.model.version.ref if gateway.model is not None else None,
            "model_problem": gateway.model_problem,
            "input_guards": gateway.input_guards.names,
            "output_guards": gateway.output_guards.names,
        }

    @app.get("/metrics", summary="Prometheus metrics (monitor permission)")
    async def metrics(_key: Annotated[ApiKey, needs(Permission.MONITOR, "/metrics")]) -> Response:
        if gateway.drift is not None:
            gateway.metrics.observe_drift(gateway.drift.snapshot())
        body, content_type = gateway.metrics.render()
        return Response(body, media_type=content_type)

    @app.post("/v1/guard", summary="Check a text with the input or output guards")
    async def guard(
        request: Request,
        body: GuardRequest,
        key: Annotated[ApiKey, needs(Permission.PREDICT, "/v1/guard")],
    ) -> JSONResponse:
        chain = gateway.input_guards if body.direction == "input" else gateway.output_guards
        result = chain.check(body.text)
        gateway.metrics.observe_guards(result, body.direction)
        summary = guard_summary(result)
        await record(
            request,
            key,
            "/v1/guard",
            result.action,
            direction=body.direction,
            guards=summary["verdicts"],
        )
        # A JSONResponse skips FastAPI's generic encoder: the body is plain JSON already.
        return JSONResponse(
            {"request_id": request.state.request_id, **summary, "text": result.text}
        )

    @app.post("/v1/classify", summary="Classify messages with the served model, guarded")
    async def classify(
        request: Request,
        body: ClassifyRequest,
        key: Annotated[ApiKey, needs(Permission.PREDICT, "/v1/classify")],
    ) -> JSONResponse:
        texts = [body.text] if body.text is not None else body.texts
        if not texts or (body.text is not None and body.texts is not None):
            raise ApiError(422, "give exactly one of 'text' or 'texts' (non-empty)", field="text")
        if len(texts) > gateway.loaded.policy.serve.max_batch:
            raise ApiError(
                422, f"at most {gateway.loaded.policy.serve.max_batch} texts", field="texts"
            )
        if gateway.model is None:
            raise ApiError(503, gateway.model_problem or "no model is served")
        checked = gateway.input_guards.check_batch(texts)
        for result in checked:
            gateway.metrics.observe_guards(result, "input")
        passing = [i for i, r in enumerate(checked) if not r.blocked]
        predictions = gateway.model.predict([checked[i].text for i in passing]) if passing else []
        by_index = dict(zip(passing, predictions, strict=True))
        results = []
        for i, result in enumerate(checked):
            item: dict[str, Any] = {"blocked": result.blocked, "guards": guard_summary(result)}
            if i in by_index:
                item["label"] = by_index[i].label
                item["confidence"] = by_index[i].confidence
                gateway.metrics.observe_prediction(by_index[i].label, by_index[i].confidence)
                if gateway.drift is not None:
                    gateway.drift.observe(by_index[i].label, len(texts[i]))
            results.append(item)
        outcome = "blocked" if all(r.blocked for r in checked) else "served"
        await record(
            request,
            key,
            "/v1/classify",
            outcome,
            model=gateway.model.version.ref,
            # per message: what monitoring needs (intent, confidence, guard actions, length,
            # language), never the text
            results=[
                {k: v for k, v in r.items() if k != "guards"}
                | {
                    "guard_actions": {v["guard"]: v["action"] for v in r["guards"]["verdicts"]},
                    "chars": len(text),
                    "language": detect_language(text),
                }
                for r, text in zip(results, texts, strict=True)
            ],
        )
        return JSONResponse(
            {
                "request_id": request.state.request_id,
                "model": gateway.model.version.ref,
                "results": results,
            }
        )

    @app.post(
        "/v1/chat/completions",
        summary="OpenAI-compatible chat, forwarded to the upstream model with guards both ways",
    )
    async def chat_completions(
        request: Request,
        body: ChatRequest,
        key: Annotated[ApiKey, needs(Permission.PREDICT, "/v1/chat/completions")],
    ) -> Response:
        upstream = gateway.loaded.policy.serve.upstream_url
        if not upstream:
            raise ApiError(503, "no upstream model: set serve.upstream_url in the policy")
        request_id = request.state.request_id
        route = "/v1/chat/completions"
        prompt_results, blocked = check_prompt(gateway.input_guards, body)
        for result in prompt_results:
            gateway.metrics.observe_guards(result, "input")
        prompt_verdicts = [guard_summary(r)["verdicts"] for r in prompt_results]
        if blocked:
            reasons = [reason for r in prompt_results for reason in r.reasons]
            await record(request, key, route, "block", upstream_model=body.model,
                         input_guards=prompt_verdicts)  # fmt: skip
            return JSONResponse(refusal(body.model, request_id, reasons))
        payload = body.model_dump(exclude_none=True)
        headers = {"Content-Type": "application/json"}
        if os.environ.get("STEWARD_UPSTREAM_API_KEY"):
            headers["Authorization"] = f"Bearer {os.environ['STEWARD_UPSTREAM_API_KEY']}"
        client = gateway.upstream_client()
        url = upstream.rstrip("/") + "/chat/completions"
        if not body.stream:
            try:
                answer = await client.post(url, json=payload, headers=headers)
            except httpx.TimeoutException:
                raise ApiError(504, f"upstream {upstream} did not answer in time") from None
            except httpx.HTTPError as exc:
                raise ApiError(502, f"upstream {upstream} unreachable: {exc}") from None
            if answer.status_code != 200:
                raise ApiError(502, f"upstream answered {answer.status_code}: {answer.text[:200]}")
            try:
                completion = answer.json()
            except ValueError:
                raise ApiError(502, "upstream answered with something that is not JSON") from None
            output_results = guard_answer(gateway.output_guards, completion)
            for result in output_results:
                gateway.metrics.observe_guards(result, "output")
            completion["steward"] = {
                "request_id": request_id,
                "blocked": any(r.blocked for r in output_results),
                "input_actions": [r.action for r in prompt_results],
                "output_actions": [r.action for r in output_results],
            }
            await record(request, key, route, "served", upstream_model=body.model,
                         input_guards=prompt_verdicts,
                         output_guards=[guard_summary(r)["verdicts"] for r in output_results],
                         usage=completion.get("usage"))  # fmt: skip
            return JSONResponse(completion)

        upstream_request = client.build_request("POST", url, json=payload, headers=headers)
        try:
            upstream_response = await client.send(upstream_request, stream=True)
        except httpx.HTTPError as exc:
            raise ApiError(502, f"upstream {upstream} unreachable: {exc}") from None
        if upstream_response.status_code != 200:
            await upstream_response.aclose()
            raise ApiError(502, f"upstream answered {upstream_response.status_code}")

        async def lines() -> AsyncIterator[str]:
            try:
                async for line in upstream_response.aiter_lines():
                    yield line
            finally:
                await upstream_response.aclose()

        async def done(results: list[GuardResult]) -> None:
            for result in results:
                gateway.metrics.observe_guards(result, "output")
            outcome = "block" if any(r.blocked for r in results) else "served"
            await record(request, key, route, outcome, upstream_model=body.model, stream=True,
                         input_guards=prompt_verdicts,
                         output_guards=[guard_summary(r)["verdicts"] for r in results])  # fmt: skip

        return StreamingResponse(
            guarded_stream(gateway.output_guards, lines(), request_id, done),
            media_type="text/event-stream",
        )

    @app.post("/v1/feedback", summary="Feedback on a served decision")
    async def feedback(
        request: Request,
        body: FeedbackRequest,
        key: Annotated[ApiKey, needs(Permission.FEEDBACK, "/v1/feedback")],
    ) -> dict[str, Any]:
        from steward.store.db import FeedbackRow, utc_now

        details = {"comment_chars": len(body.comment), "correct_label": body.correct_label}
        with gateway.store.session() as session, session.begin():
            row = FeedbackRow(
                request_id=body.request_id,
                kind=body.kind,
                key_id=key.key_id,
                received_at=utc_now(),
                details={**details, "comment": body.comment},
            )
            session.add(row)
            session.flush()
            feedback_id = row.id
        gateway.metrics.feedback.labels(kind=body.kind).inc()
        # a complaint opens its incident now, assigned by the RACI table and the ledger trail
        incident = gateway.incidents.triage(feedback_id, actor=f"key:{key.key_id}")
        await record(
            request,
            key,
            "/v1/feedback",
            "recorded",
            about=body.request_id,
            kind=body.kind,
            feedback_id=feedback_id,
            **details,
        )
        return {
            "request_id": request.state.request_id,
            "feedback_id": feedback_id,
            "incident": None
            if incident is None
            else {
                "id": incident.id,
                "severity": incident.severity,
                "responsible_role": incident.responsible_role,
                "assignee": incident.assignee,
            },
        }

    return app


def app_from_env() -> FastAPI:
    """The app of one ``steward serve`` worker process: policy, store and model from the
    environment ``steward serve`` sets. Its ledger writer is closed at shutdown."""
    from pathlib import Path

    from steward.config import load_policy

    loaded = load_policy(Path(os.environ["STEWARD_SERVE_POLICY"]))
    gateway = build_gateway(
        loaded, Store(Path(os.environ["STEWARD_HOME"])),
        model_ref=os.environ.get("STEWARD_SERVE_MODEL") or None,
    )  # fmt: skip
    app = create_app(gateway)
    app.router.on_shutdown.append(gateway.writer.close)
    return app


def build_gateway(
    loaded: LoadedPolicy, store: Store, *, model_ref: str | None = None, announce: bool = True
) -> Gateway:
    """Load what the policy names: guards, the model (approved or deployed only, hash-checked
    at load), keys and metrics."""
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
    from steward.accountability.incidents import Incidents

    drift = None
    if model is not None:
        drift = DriftMonitor(training_reference(store, model.version.artifact_sha256, loaded))
    gateway = Gateway(
        drift=drift,
        incidents=Incidents(store, loaded.policy),
        loaded=loaded,
        store=store,
        keys=KeyStore(store),
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
        },
    )
    return gateway


__all__ = ["ApiError", "Gateway", "StewardError", "build_gateway", "create_app"]
