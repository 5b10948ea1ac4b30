"""The gateway: FastAPI routes over the guards, the served model and the ledger.

Every request carries an API key (``Authorization: Bearer stw_...``) that maps to one role;
each route needs one permission of the RACI table (:mod:`steward.accountability.roles`).
Every decision — served, blocked, refused by role (403) — is a ledger entry (request id, key
id, role, model hash, guard verdicts, latency; never the text) committed before the answer is
sent; the writes of concurrent requests share one transaction (:class:`LedgerWriter`). 401s
and 429s are counted instead, one ``gateway.denials`` entry per interval
(:mod:`steward.serve.abuse`, which also throttles failed logins and budgets guard work).

Errors are JSON ``{"error": {"status", "reason", "field"?}}``: 400 malformed JSON or invalid
Unicode (a lone surrogate, bytes that are not UTF-8; before any other work), 401 no or bad
key, 403 role not allowed, 404, 405 (with ``Allow``), 413 body over ``serve.max_body_bytes``,
415 not JSON, 422 a field invalid (named, e.g. ``messages[1].content``), 429 over the key's
rate (``Retry-After``), 502/504 the upstream failed (its 4xx are relayed as 4xx), 503 no model
configured. The OpenAPI schema documents each route's answers.
"""

import asyncio
import json
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import AsyncGenerator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException as StarletteHTTPException

from steward.accountability.ledger import Ledger
from steward.accountability.monitoring import DriftMonitor, TopicDrift, training_reference
from steward.accountability.roles import ROLE_PERMISSIONS, Permission
from steward.accountability.writer import LedgerWriter
from steward.assistant.knowledge import language_of
from steward.config import LoadedPolicy
from steward.data.pii.language import detect_language
from steward.errors import StewardError
from steward.serve.abuse import DenialCounter, FailedAuthLimiter, GuardWork, Overloaded
from steward.serve.chat import (
    CONTENT_PART_ERROR,
    CONTENT_TAGS,
    MESSAGE_ROLE_ERROR,
    MESSAGE_TAGS,
    PART_TAGS,
    WHOLE_FLOATS_ARE_INTEGERS,
    ChatRequest,
    RecordedStreamingResponse,
    StreamProgress,
    UpstreamError,
    answer_texts,
    apply_answer_results,
    apply_prompt_results,
    forbidden_message,
    guarded_stream,
    joined_parts,
    prompt_ledger,
    prompt_texts,
    refusal,
    refusal_events,
    seam_findings,
    seam_ledger,
)
from steward.serve.grounded import (
    AssistantResolver,
    ServedAssistant,
    StreamGrounding,
    UpstreamRefused,
    completion_events,
    grounding_ledger,
    grounding_summary,
    history_of,
    local_completion,
    question_of,
)
from steward.serve.guards.chain import GuardChain, GuardResult
from steward.serve.keys import ApiKey, AuthError, KeyStore, TooManyFailures
from steward.serve.metrics import GatewayMetrics
from steward.store.artifacts import Store


# -- request and response models -------------------------------------------------------------
class _Body(BaseModel):
    # strict: what the schema says is what passes ("5" is not an integer, 1 is not a string)
    model_config = ConfigDict(extra="forbid", strict=True)


class GuardRequest(_Body):
    text: str = Field(description="the prompt (input) or answer (output) to check")
    direction: Literal["input", "output"] = "input"


class ClassifyRequest(_Body):
    """Exactly one of ``text`` and ``texts`` (the schema says so with ``oneOf``)."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["texts"]}]}
    )
    text: str | SkipJsonSchema[None] = Field(default=None, description="one message")
    texts: Annotated[list[str], Field(min_length=1)] | SkipJsonSchema[None] = Field(
        default=None, description="several messages (at most serve.max_batch)"
    )

    @model_validator(mode="before")
    @classmethod
    def _exactly_one(cls, data: Any) -> Any:
        if isinstance(data, dict) and ("text" in data) == ("texts" in data):
            raise ValueError("give exactly one of 'text' or 'texts'")
        return data


# Constraints on the text itself, so that a null (refused below) never reaches them.
_SharedText = Annotated[str, Field(min_length=1, max_length=4000)]


class FeedbackRequest(_Body):
    """``shared_text`` only with ``consent_to_train: true`` (the schema says so with
    ``if``/``then``)."""

    model_config = ConfigDict(
        json_schema_extra={
            "if": {"required": ["shared_text"]},
            "then": {
                "required": ["consent_to_train"],
                "properties": {"consent_to_train": {"const": True}},
            },
        }
    )
    request_id: str = Field(
        min_length=8, max_length=64, description="a served decision's id (404 when unknown)"
    )
    kind: Literal["thumbs_up", "thumbs_down", "correction", "complaint"]
    comment: str = Field(
        default="", max_length=2000, description="stored with its personal data anonymized"
    )
    correct_label: str | None = Field(default=None, max_length=128)
    # The gateway never keeps request text: a training example exists only when the user
    # shares it here, with consent, and it is anonymized like the comment before storage.
    shared_text: _SharedText | SkipJsonSchema[None] = Field(
        default=None,
        description="the message the user agrees to share for training (needs consent_to_train)",
    )
    corrected_reply: _SharedText | SkipJsonSchema[None] = Field(
        default=None, description="the answer that was right"
    )
    consent_to_train: bool = Field(
        default=False,
        validate_default=True,  # an omitted consent is checked too
        description="must be true when shared_text is given",
    )

    @field_validator("shared_text", "corrected_reply", mode="before")
    @classmethod
    def _text_or_absent(cls, value: Any) -> Any:
        # The schema says text: leave the field out rather than send null.
        if value is None:
            raise ValueError("must be text (leave the field out when there is none)")
        return value

    @field_validator("consent_to_train", mode="after")
    @classmethod
    def _consent_covers_shared_text(cls, consent: bool, info: ValidationInfo) -> bool:
        if info.data.get("shared_text") is not None and not consent:
            raise ValueError("shared_text is kept for training only with consent_to_train: true")
        return consent


class ErrorDetail(BaseModel):
    status: int
    reason: str = Field(description="what is wrong, in words")
    field: str | SkipJsonSchema[None] = Field(
        default=None, description="the request field at fault, e.g. messages[0].role"
    )


class ErrorBody(BaseModel):
    """Every error answer: ``{"error": {"status", "reason", "field"?}}``."""

    error: ErrorDetail


_ERROR_MEANINGS = {
    400: "malformed JSON, or text that is not valid Unicode",
    401: "no key, or a key that is unknown, wrong, revoked or expired",
    403: "the key's role may not do this",
    404: "not found",
    413: "body over serve.max_body_bytes",
    415: "the body is not JSON (Content-Type: application/json)",
    422: "a field is invalid (named in error.field)",
    429: "over the key's rate or guard budget, or too many failed logins; see Retry-After",
    502: "the upstream model failed or is unreachable",
    503: "not configured here (no model, or no upstream)",
    504: "the upstream model did not answer in time",
}
_ERROR_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"schema": {"type": "string"}, "description": "Bearer"}},
    429: {"Retry-After": {"schema": {"type": "string"}, "description": "seconds to wait"}},
}
_KEYED = (401, 403, 429)  # every route that takes a key
_WITH_BODY = (*_KEYED, 400, 413, 415, 422)  # and a JSON body


def error_responses(*statuses: int, **meanings: str) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI ``responses`` of these error statuses (``meanings``: ``s404="..."`` to say
    what a status means on this route)."""
    documented: dict[int | str, dict[str, Any]] = {}
    for status in sorted(set(statuses)):
        entry: dict[str, Any] = {
            "model": ErrorBody,
            "description": meanings.get(f"s{status}", _ERROR_MEANINGS[status]),
        }
        if status in _ERROR_HEADERS:
            entry["headers"] = _ERROR_HEADERS[status]
        documented[status] = entry
    return documented


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
    denials: DenialCounter | None = None  # 401/429 counts, one ledger entry per interval
    guard_work: GuardWork | None = None  # /v1/guard checks under a per-key budget
    assistants: AssistantResolver | None = None  # the upstream's registered assistant

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


# An upstream 4xx is the caller's request refused by the model server: the caller gets it,
# with its reason. 401/403 mean the gateway's own upstream key is wrong: not the caller's fault.
_RELAYED_UPSTREAM_STATUSES = frozenset({400, 404, 413, 422, 429})


def upstream_refusal(answer: httpx.Response) -> ApiError:
    """The ApiError for an upstream's non-200 answer: its 4xx relayed (reason and the field
    it names, OpenAI's ``error.param``), anything else a 502."""
    message, param = answer.text[:300], None
    try:
        detail = answer.json().get("error") or {}
        if isinstance(detail, dict):
            message = str(detail.get("message") or message)[:300]
            param = detail.get("param") if isinstance(detail.get("param"), str) else None
    except (ValueError, AttributeError):
        pass  # not OpenAI's error shape: the text itself is the reason
    status = answer.status_code
    if 400 <= status < 500 and status not in (401, 403):
        relayed = status if status in _RELAYED_UPSTREAM_STATUSES else 400
        headers = {}
        if status == 429 and answer.headers.get("retry-after"):
            headers["Retry_After"] = answer.headers["retry-after"]
        return ApiError(relayed, f"the upstream model refused the request ({status}): {message}",
                        field=param, **headers)  # fmt: skip
    return ApiError(502, f"upstream answered {status}: {message}")


_TYPE_LABELS = frozenset({"str", "int", "float", "bool"})


def field_path(loc: Sequence[Any]) -> str:
    """A validation error's location as the field a client would write:
    ``messages[0].content`` (the body prefix and the message union's tags left out)."""
    path = ""
    previous: Any = None
    for part in loc:
        if part == "body" and previous is None:
            pass
        elif isinstance(part, int):
            path += f"[{part}]"
        elif isinstance(previous, int) and part in MESSAGE_TAGS | PART_TAGS:
            pass  # pydantic's tag of the message (or content part) union's member it tried
        elif previous == "content" and part in CONTENT_TAGS:
            pass  # the content union's tag: a string, or a list of parts
        elif isinstance(part, str) and ("[" in part or part in _TYPE_LABELS):
            pass  # pydantic's label of a plain union's member ("list[str]"), not a field
        else:
            path += f".{part}" if path else str(part)
        previous = part
    return path or "body"


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


# A JSON \u escape of a UTF-16 surrogate (D800-DFFF): only these can smuggle a lone surrogate
# into a decoded string; one pair of them is a valid character.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _lone_surrogate(value: str) -> str | None:
    return next((c for c in value if "\ud800" <= c <= "\udfff"), None)


def _bad_strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(field, character) of each string (or object key) holding a lone surrogate."""
    if isinstance(value, str):
        bad = _lone_surrogate(value)
        if bad is not None:
            yield path or "body", bad
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _bad_strings(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for name, item in value.items():
            bad = _lone_surrogate(name)
            where = f"{path}.{name}" if path else name
            if bad is not None:
                yield (path or "body"), bad
            else:
                yield from _bad_strings(item, where)


class ValidUnicode:
    """Refuse, with 400 naming the field, a body that is not valid UTF-8 or whose JSON holds a
    lone surrogate (``"\\ud800"``), before any route, guard or ledger work: such text cannot be
    encoded again (to the upstream, the ledger, the answer). Every route, one check."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:  # BodyLimit, outside, has bounded the body
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        problem = self.problem(body)
        if problem is not None:
            reason, where = problem
            await _error(400, reason, where)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    def problem(body: bytes) -> tuple[str, str] | None:
        """(reason, field) when the body's text is not valid Unicode, else None."""
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            return f"the body is not valid UTF-8 (byte {exc.start})", "body"
        if not _SURROGATE_ESCAPE.search(body):
            return None  # the common case: no JSON parse here
        try:
            parsed = json.loads(body)
        except ValueError:
            return None  # malformed JSON: the route answers 400 for that
        found = next(_bad_strings(parsed), None)
        if found is None:
            return None  # the escapes were surrogate pairs, or escaped backslashes
        where, character = found
        reason = (
            f"invalid Unicode: a lone surrogate \\u{ord(character):04x} (a \\u escape in "
            f"D800-DFFF must be half of a pair)"
        )
        return reason, where


# -- the app ---------------------------------------------------------------------------------
def create_app(gateway: Gateway) -> FastAPI:
    app = FastAPI(
        title="Steward gateway",
        version="1",
        description="Guarded, authenticated, accountable serving of a registered model.",
    )
    app.state.gateway = gateway
    serve = gateway.loaded.policy.serve
    if gateway.assistants is None:
        gateway.assistants = AssistantResolver(gateway.store, gateway.loaded)
    assistants = gateway.assistants
    topic_drift: dict[str, TopicDrift] = {}  # per served assistant version

    def observe_topic(served: ServedAssistant | None, topic: str) -> None:
        """The question's topic against the assistant's fine-tuning data (PSI on /metrics)."""
        if served is None or not served.topic_reference:
            return
        drift = topic_drift.setdefault(
            served.version.artifact_sha256, TopicDrift(served.topic_reference)
        )
        drift.observe(topic)
        gateway.metrics.observe_chat_drift(drift.psi())

    app.add_middleware(ValidUnicode)  # inside BodyLimit: sees a body of bounded size
    app.add_middleware(BodyLimit, limit=gateway.loaded.policy.serve.max_body_bytes)
    app.add_middleware(RequestFrame, metrics=gateway.metrics)  # outermost: sees every answer

    async def record(
        request: Request,
        key: ApiKey | None,
        route: str,
        outcome: str,
        *,
        ledger_action: str | None = None,
        **details: Any,
    ) -> None:
        """The decision's ledger entry (or ``ledger_action``: what followed it, under the same
        request id), committed before the answer leaves."""
        latency_ms = round((time.perf_counter() - request.state.started) * 1000, 3)
        # Awaited, not blocking: requests in flight meanwhile join the same commit. Shielded:
        # a client that goes away cancels the request's task, but the decision is made and
        # its entry still goes in (and the writer never sees its future cancelled).
        await asyncio.shield(
            asyncio.wrap_future(
                gateway.writer.submit(
                    actor=f"key:{key.key_id}" if key else "anonymous",
                    action=ledger_action
                    or ("gateway.decision" if outcome != "denied" else "gateway.denied"),
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
        where = field_path(first.get("loc", ()))
        if first.get("type") == MESSAGE_ROLE_ERROR:
            where += ".role"
        elif first.get("type") == CONTENT_PART_ERROR:
            where += ".type"  # a content part of a type its message may not hold
        return _error(422, str(first.get("msg", "invalid")), where)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # keeps the exception's headers: a 405 says which methods the path has (Allow)
        return _error(exc.status_code, str(exc.detail), headers=exc.headers)

    def count_denial(
        request: Request, status: int, reason: str, route: str, key: ApiKey | None
    ) -> None:
        """A 401 or 429: counted into the interval's ``gateway.denials`` entry, not an entry of
        its own (a flood of them would otherwise fill the signed ledger)."""
        gateway.metrics.denied.labels(reason=reason).inc()
        if gateway.denials is not None:
            client = request.client.host if request.client else None
            gateway.denials.count(status=status, reason=reason, route=route,
                                  key_id=key.key_id if key else None, client=client)  # fmt: skip

    async def authorize(request: Request, permission: Permission, route: str) -> ApiKey:
        header = request.headers.get("authorization", "")
        presented = header[7:].strip() if header.lower().startswith("bearer ") else None
        presented = presented or request.headers.get("x-api-key")
        client = request.client.host if request.client else None
        try:
            if gateway.keys.needs_kdf(presented, client):
                # scrypt (tens of ms) releases the GIL: in a thread it stalls no one else
                key = await asyncio.wrap_future(
                    gateway.keys.kdf_thread.submit(
                        gateway.keys.authenticate, presented, client=client
                    )
                )
            else:  # remembered, malformed or throttled: no KDF, cheaper than a thread hop
                key = gateway.keys.authenticate(presented, client=client)
        except TooManyFailures as exc:
            count_denial(request, 429, exc.code, route, None)
            raise ApiError(429, exc.what, Retry_After=str(max(1, round(exc.retry_after)))) from None
        except AuthError as exc:
            count_denial(request, 401, exc.code, route, None)
            raise ApiError(401, exc.what, WWW_Authenticate="Bearer") from None
        # The rate first: it also bounds the 403s below, each of which is a ledger entry.
        wait = gateway.limiter.retry_after(key)
        if wait > 0:
            count_denial(request, 429, "rate_limited", route, key)
            raise ApiError(
                429,
                f"over {key.rate_per_minute} requests per minute for key {key.key_id}",
                Retry_After=str(max(1, round(wait))),
            )
        if permission not in ROLE_PERMISSIONS.get(key.role, frozenset()):
            holders = sorted(r for r, p in ROLE_PERMISSIONS.items() if permission in p)
            reason = (
                f"role {key.role!r} may not {permission.value}; needs one of {', '.join(holders)}"
            )
            # A valid key asking for what its role may not do names a known caller: kept as
            # one entry per request.
            gateway.metrics.denied.labels(reason="forbidden").inc()
            await record(request, key, route, "denied", status=403, reason=reason)
            raise ApiError(403, reason)
        return key

    async def flush_denials() -> None:
        """Write the counted denials as one ledger entry, every ``serve.denial_interval_s``."""
        assert gateway.denials is not None
        while True:
            await asyncio.sleep(gateway.denials.interval_s)
            entry = gateway.denials.drain()
            if entry is None:
                continue
            try:
                await asyncio.wrap_future(gateway.writer.submit(**entry))
            except Exception:  # a failed write must not end the flushing: say so, go on
                logging.getLogger("steward.serve").exception(
                    "could not write the denial counts of %s to the ledger", entry["subject"]
                )

    flusher: list[asyncio.Task[None]] = []

    async def start_background() -> None:
        if gateway.denials is not None:
            flusher.append(asyncio.create_task(flush_denials(), name="denial-flusher"))
        # The guard worker processes start with the first long text, not here: a gateway
        # that never sees one does not pay for them.

    async def stop_background() -> None:
        for task in flusher:
            task.cancel()
        flusher.clear()
        if gateway.denials is not None:
            entry = gateway.denials.drain()  # the last, partial interval
            if entry is not None:
                await asyncio.wrap_future(gateway.writer.submit(**entry))
        if gateway.guard_work is not None:
            gateway.guard_work.close()

    app.router.on_startup.append(start_background)
    app.router.on_shutdown.append(stop_background)

    def needs(permission: Permission, route: str) -> Any:
        async def dependency(request: Request) -> ApiKey:
            return await authorize(request, permission, route)

        return Depends(dependency)

    def guard_summary(result: GuardResult) -> dict[str, Any]:
        # What the ledger keeps of a guard pass: actions, scores, reasons, span labels and
        # offsets; never the text.
        return result.to_dict()

    async def run_guards(
        request: Request,
        key: ApiKey,
        route: str,
        direction: Literal["input", "output"],
        texts: list[str],
        *,
        refusable: bool = True,
    ) -> list[GuardResult]:
        """One request's guard work under the key's budget (:class:`GuardWork`): 429 beyond
        it, long texts in the worker processes, so no caller can starve the others."""
        if gateway.guard_work is None:
            chain = gateway.input_guards if direction == "input" else gateway.output_guards
            return chain.check_batch(texts)
        try:
            return await gateway.guard_work.check_batch(
                key.key_id, direction, texts, refusable=refusable
            )
        except Overloaded as exc:
            count_denial(request, 429, "guard_budget", route, key)
            raise ApiError(
                429, exc.reason, Retry_After=str(max(1, round(exc.retry_after)))
            ) from None

    @app.get("/healthz", summary="Liveness and what is loaded (no key needed)")
    def healthz() -> dict[str, Any]:
        return {
            "status": "ok",
            "model": gateway.model.version.ref if gateway.model is not None else None,
            "model_problem": gateway.model_problem,
            "input_guards": gateway.input_guards.names,
            "output_guards": gateway.output_guards.names,
        }

    @app.get(
        "/metrics",
        summary="Prometheus metrics (monitor permission)",
        responses={
            200: {
                "description": "Prometheus text exposition format",
                "content": {"text/plain": {"schema": {"type": "string"}}},
            },
            **error_responses(*_KEYED),
        },
    )
    async def metrics(_key: Annotated[ApiKey, needs(Permission.MONITOR, "/metrics")]) -> Response:
        if gateway.drift is not None:
            gateway.metrics.observe_drift(gateway.drift.snapshot())
        body, content_type = gateway.metrics.render()
        return Response(body, media_type=content_type)

    @app.post(
        "/v1/guard",
        summary="Check a text with the input or output guards",
        responses=error_responses(*_WITH_BODY),
    )
    async def guard(
        request: Request,
        body: GuardRequest,
        key: Annotated[ApiKey, needs(Permission.PREDICT, "/v1/guard")],
    ) -> JSONResponse:
        (result,) = await run_guards(request, key, "/v1/guard", body.direction, [body.text])
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

    class ClassifyBody(ClassifyRequest):
        texts: (
            Annotated[list[str], Field(min_length=1, max_length=serve.max_batch)]
            | SkipJsonSchema[None]
        ) = Field(default=None, description="several messages")

    @app.post(
        "/v1/classify",
        summary="Classify messages with the served model, guarded",
        responses=error_responses(*_WITH_BODY, 503, s503="no model is served (serve.model)"),
    )
    async def classify(
        request: Request,
        body: ClassifyBody,
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
        checked = await run_guards(request, key, "/v1/classify", "input", texts)
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

    OutputTokens = Annotated[
        int, Field(ge=1, le=serve.max_output_tokens), WHOLE_FLOATS_ARE_INTEGERS
    ]

    class ChatCompletionRequest(ChatRequest):
        # the policy's bound on the answer's length, in the schema clients read
        max_tokens: OutputTokens | None = None
        max_completion_tokens: OutputTokens | None = None

    @app.post(
        "/v1/chat/completions",
        summary="OpenAI-compatible chat, forwarded to the upstream model with guards both ways",
        responses={
            200: {
                "description": "the (guarded) completion; with stream: true, server-sent "
                "events. When the upstream serves a registered assistant with a knowledge "
                "base, the answer is grounded: numbered citations in the text and as a "
                "top-level `citations` list, `steward.grounding` (language, mode: generate, "
                "extractive or escalated, unsupported claims removed), and `finish_reason: "
                "escalated` when the question was handed to a person",
                "content": {
                    "text/event-stream": {
                        "schema": {
                            "description": "events whose data is a chat.completion.chunk JSON "
                            "object, the last one carrying a steward object, then [DONE]"
                        }
                    }
                },
            },
            **error_responses(
                *_WITH_BODY,
                *(404, 502, 503, 504),
                s403="the key's role may not predict, or may not send a message's role "
                "(serve.message_roles; error.field names it)",
                s404="the upstream does not know the model",
                s502="the upstream failed or is unreachable, or it serves an assistant adapter "
                "that is not an approved or deployed registry version (or on other base "
                "weights than it was trained on)",
                s503="no upstream model (serve.upstream_url)",
            ),
        },
    )
    async def chat_completions(
        request: Request,
        body: ChatCompletionRequest,
        key: Annotated[ApiKey, needs(Permission.PREDICT, "/v1/chat/completions")],
    ) -> Response:
        upstream = gateway.loaded.policy.serve.upstream_url
        if not upstream:
            raise ApiError(503, "no upstream model: set serve.upstream_url in the policy")
        request_id = request.state.request_id
        route = "/v1/chat/completions"
        allowed_roles = gateway.loaded.policy.serve.allowed_message_roles(key.role)
        refused = forbidden_message(body, allowed_roles)
        if refused is not None:
            where = f"messages[{refused}].role"
            reason = (
                f"a key of role {key.role!r} may not send {body.messages[refused].role!r} "
                f"messages; it may send: {', '.join(sorted(allowed_roles))} "
                f"(policy: serve.message_roles)"
            )
            gateway.metrics.denied.labels(reason="forbidden").inc()
            await record(request, key, route, "denied", status=403, reason=reason, field=where)
            raise ApiError(403, reason, field=where)
        prompt_results = await run_guards(
            request, key, route, "input", [t.text for t in prompt_texts(body)]
        )
        blocked = apply_prompt_results(body, prompt_results)
        for result in prompt_results:
            gateway.metrics.observe_guards(result, "input")
        # per text of each message: its role, field and what the guards did (never the text)
        prompt_verdicts = prompt_ledger(body, prompt_results)
        reasons = [reason for r in prompt_results for reason in r.reasons]
        # content sent as parts: the parts joined as the model reads them, so nothing that a
        # client cut in two at a seam gets through
        seams = [] if blocked else joined_parts(body)
        if seams:
            seam_results = await run_guards(request, key, route, "input", [s.text for s in seams])
            for result in seam_results:
                gateway.metrics.observe_guards(result, "input")
            prompt_verdicts += seam_ledger(seams, seam_results)
            reasons = seam_findings(seams, seam_results)
            blocked = bool(reasons)
        if blocked:
            await record(request, key, route, "block", upstream_model=body.model,
                         input_guards=prompt_verdicts, stream=body.stream,
                         language=language_of(question_of(body) or ""))  # fmt: skip
            gateway.metrics.observe_chat(
                language_of(question_of(body) or ""), "block", 0, 0, None, None
            )
            if body.stream:  # a stream client reads events: it gets the refusal as events
                return Response(
                    refusal_events(body.model, request_id, reasons), media_type="text/event-stream"
                )
            return JSONResponse(refusal(body.model, request_id, reasons))
        headers = {"Content-Type": "application/json"}
        if os.environ.get("STEWARD_UPSTREAM_API_KEY"):
            headers["Authorization"] = f"Bearer {os.environ['STEWARD_UPSTREAM_API_KEY']}"
        client = gateway.upstream_client()
        # Which registered assistant the upstream serves: an adapter the registry does not
        # approve is refused before any prompt goes out.
        try:
            served = await assistants.resolve(client, upstream, headers)
        except UpstreamRefused as exc:
            await record(request, key, route, "upstream_refused", upstream_model=body.model,
                         input_guards=prompt_verdicts, status=502, reason=exc.reason)  # fmt: skip
            raise ApiError(502, exc.reason) from None
        # the decision's entries name the assistant: `ledger trace` follows its adapter hash
        identity: dict[str, Any] = {}
        if served is not None:
            identity = {"assistant": served.identity, "model_sha256": served.version.weights_sha256}
        grounder = served.grounder if served is not None else None
        question = question_of(body) if grounder is not None else None
        plan = None
        if grounder is not None and question and question.strip():
            plan = await asyncio.to_thread(grounder.plan, question)
        if grounder is not None and plan is not None and plan.mode != "generate":
            # handed to a person, or answered from the passages: no model is called
            local = await asyncio.to_thread(grounder.answer_plan, plan, None)
            given = local_completion(body.model, request_id, local)
            output_results = await run_guards(
                request, key, route, "output", answer_texts(given), refusable=False
            )
            apply_answer_results(given, output_results)
            for result in output_results:
                gateway.metrics.observe_guards(result, "output")
            given["steward"] = {
                "request_id": request_id,
                "blocked": any(r.blocked for r in output_results),
                "input_actions": [r.action for r in prompt_results],
                "output_actions": [r.action for r in output_results],
                "grounding": grounding_summary(plan, local),
            }
            outcome = "escalated" if local.escalated else "served"
            await record(request, key, route, outcome, upstream_model=body.model,
                         stream=body.stream, input_guards=prompt_verdicts,
                         output_guards=[guard_summary(r)["verdicts"] for r in output_results],
                         grounding=grounding_ledger(plan, local), **identity)  # fmt: skip
            gateway.metrics.observe_chat(plan.language, outcome, len(local.citations),
                                         0, plan.topic, local.mode)  # fmt: skip
            observe_topic(served, plan.topic)
            if body.stream:
                return Response(completion_events(given), media_type="text/event-stream")
            return JSONResponse(given)
        payload = body.model_dump(exclude_none=True)
        if plan is not None:  # the model answers from the numbered passages
            payload["messages"] = plan.prompt(history_of(body))
        url = upstream.rstrip("/") + "/chat/completions"
        if not body.stream:
            failure: ApiError | None = None
            upstream_status: int | None = None
            completion: dict[str, Any] = {}
            try:
                answer = await client.post(url, json=payload, headers=headers)
                upstream_status = answer.status_code
                if answer.status_code != 200:
                    failure = upstream_refusal(answer)
                else:
                    completion = answer.json()
            except httpx.TimeoutException:
                failure = ApiError(504, f"upstream {upstream} did not answer in time")
            except httpx.HTTPError as exc:
                failure = ApiError(502, f"upstream {upstream} unreachable: {exc}")
            except ValueError:
                failure = ApiError(502, "upstream answered with something that is not JSON")
            if failure is not None:
                # The prompt passed the guards and went out: the ledger keeps that and how it
                # failed (statuses only: the upstream's message may quote the prompt).
                await record(request, key, route, "upstream_error", upstream_model=body.model,
                             input_guards=prompt_verdicts, status=failure.status,
                             upstream_status=upstream_status)  # fmt: skip
                raise failure
            # the upstream has answered: checked whatever the key's budget, never refused
            output_results = await run_guards(
                request, key, route, "output", answer_texts(completion), refusable=False
            )
            apply_answer_results(completion, output_results)
            for result in output_results:
                gateway.metrics.observe_guards(result, "output")
            grounded = None
            if grounder is not None and plan is not None:
                # the grounding guard, then the sources: on each choice the guards let out
                for choice in completion.get("choices") or []:
                    if choice.get("finish_reason") == "content_filter":
                        continue
                    message = choice.setdefault("message", {})
                    grounded = grounder.finish(plan, str(message.get("content") or ""))
                    message["content"] = grounded.text
                    if grounded.escalated:
                        choice["finish_reason"] = grounded.finish_reason
                completion["citations"] = grounded.citations if grounded is not None else []
            completion["steward"] = {
                "request_id": request_id,
                "blocked": any(r.blocked for r in output_results),
                "input_actions": [r.action for r in prompt_results],
                "output_actions": [r.action for r in output_results],
            }
            outcome = "served"
            extra: dict[str, Any] = {}
            if plan is not None:
                completion["steward"]["grounding"] = grounding_summary(plan, grounded)
                extra["grounding"] = grounding_ledger(plan, grounded)
                outcome = "escalated" if grounded is not None and grounded.escalated else "served"
                gateway.metrics.observe_chat(
                    plan.language, outcome, len(grounded.citations) if grounded else 0,
                    len(grounded.verdict.spans) if grounded and grounded.verdict else 0,
                    plan.topic, grounded.mode if grounded else plan.mode,
                )  # fmt: skip
                observe_topic(served, plan.topic)
            await record(request, key, route, outcome, upstream_model=body.model,
                         input_guards=prompt_verdicts,
                         output_guards=[guard_summary(r)["verdicts"] for r in output_results],
                         usage=completion.get("usage"), **extra, **identity)  # fmt: skip
            return JSONResponse(completion)

        # Streamed: the decision is committed before the upstream is asked and before the
        # first byte, so a stream cut by its client, or by kill -9 after the headers, has its
        # entry. How the stream ended follows as a second entry under the same request id.
        planned: dict[str, Any] = {}
        if plan is not None:
            planned["grounding"] = grounding_ledger(plan, None)
        await record(request, key, route, "served", upstream_model=body.model, stream=True,
                     input_guards=prompt_verdicts, **planned, **identity)  # fmt: skip
        progress = StreamProgress()
        stream_grounding = (
            StreamGrounding(grounder, plan) if grounder is not None and plan is not None else None
        )

        async def stream_ended() -> None:
            for result in progress.results:
                gateway.metrics.observe_guards(result, "output")
            output_verdicts = [guard_summary(r)["verdicts"] for r in progress.results]
            ended: dict[str, Any] = {}
            if stream_grounding is not None and plan is not None:
                ended["grounding"] = stream_grounding.to_ledger()
                gateway.metrics.observe_chat(
                    plan.language, "served", len(stream_grounding.citations),
                    stream_grounding.removed, plan.topic, plan.mode,
                )  # fmt: skip
                observe_topic(served, plan.topic)
            await record(request, key, route, progress.outcome,
                         ledger_action="gateway.stream_ended", upstream_model=body.model,
                         chunks=progress.chunks, chars=progress.chars,
                         upstream_problem=progress.upstream_problem,
                         output_guards=output_verdicts, **ended, **identity)  # fmt: skip

        async def upstream_failed(reason: str, answer: ApiError | None = None) -> ApiError:
            # the ledger keeps ``reason`` (no upstream text: it may quote the prompt)
            progress.cut, progress.upstream_problem = "upstream_error", reason
            await stream_ended()
            return answer or ApiError(502, reason)

        upstream_request = client.build_request("POST", url, json=payload, headers=headers)
        try:
            upstream_response = await client.send(upstream_request, stream=True)
        except httpx.HTTPError as exc:
            raise await upstream_failed(f"upstream {upstream} unreachable: {exc}") from None
        if upstream_response.status_code != 200:
            try:
                await upstream_response.aread()  # its error body: a 4xx is relayed as such
            except httpx.HTTPError:
                pass
            finally:
                await upstream_response.aclose()
            status = upstream_response.status_code
            raise await upstream_failed(
                f"upstream answered {status}", upstream_refusal(upstream_response)
            ) from None

        async def lines() -> AsyncGenerator[str, None]:
            try:
                async for line in upstream_response.aiter_lines():
                    yield line
            except httpx.HTTPError as exc:  # the upstream broke off mid-answer
                raise UpstreamError(502, f"{type(exc).__name__}: {exc}") from exc
            finally:
                await upstream_response.aclose()

        return RecordedStreamingResponse(
            guarded_stream(
                gateway.output_guards, lines(), request_id, progress, grounding=stream_grounding
            ),
            stream_ended,
        )

    @app.post(
        "/v1/feedback",
        summary="Feedback on a served decision",
        responses=error_responses(*_WITH_BODY, 404, s404="no decision has this request_id"),
    )
    async def feedback(
        request: Request,
        body: FeedbackRequest,
        key: Annotated[ApiKey, needs(Permission.FEEDBACK, "/v1/feedback")],
    ) -> dict[str, Any]:
        from steward.accountability.incidents import UnknownRequest

        try:
            # PII detection and the database writes are blocking work: off the event loop.
            stored = await asyncio.to_thread(
                gateway.incidents.record_feedback,
                request_id=body.request_id,
                kind=body.kind,
                key_id=key.key_id,
                comment=body.comment,
                correct_label=body.correct_label,
                shared_text=body.shared_text,
                corrected_reply=body.corrected_reply,
                consent_to_train=body.consent_to_train,
                actor=f"key:{key.key_id}",
            )
        except UnknownRequest as exc:
            raise ApiError(404, exc.what, field="request_id") from None
        feedback_id, incident = stored.id, stored.incident
        gateway.metrics.feedback.labels(kind=body.kind).inc()
        await record(
            request,
            key,
            "/v1/feedback",
            "recorded",
            about=body.request_id,
            kind=body.kind,
            feedback_id=feedback_id,
            comment_chars=len(body.comment),
            comment_pii=stored.pii_found,  # labels and counts only
            correct_label=stored.correct_label,
            # the shared example's size and personal data (labels and counts), never its text
            shared_text_chars=len(body.shared_text or ""),
            corrected_reply_chars=len(body.corrected_reply or ""),
            shared_pii=stored.shared_pii_found,
            consent_to_train=body.consent_to_train,
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
    serve = loaded.policy.serve
    gateway = Gateway(
        drift=drift,
        incidents=Incidents(store, loaded.policy),
        loaded=loaded,
        store=store,
        keys=KeyStore(
            store,
            throttle=FailedAuthLimiter(
                serve.auth_failures_per_key,
                serve.auth_failures_per_client,
                serve.auth_failure_window_s,
            ),
        ),
        denials=DenialCounter(serve.denial_interval_s),
        guard_work=GuardWork(
            input_guards,
            output_guards,
            chars_per_minute=serve.guard_chars_per_minute,
            offload_chars=serve.guard_offload_chars,
            processes=serve.guard_processes,
            concurrency=serve.guard_concurrency_per_key,
            queue=serve.guard_queue_per_key,
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
        },
    )
    return gateway


__all__ = ["ApiError", "Gateway", "StewardError", "build_gateway", "create_app"]
