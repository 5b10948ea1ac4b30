"""The gateway's ASGI middleware, outermost first: :class:`RequestFrame` (request id, start
time, metrics), :class:`BodyLimit` (413) and :class:`ValidUnicode` (400). Plain ASGI:
Starlette's ``BaseHTTPMiddleware`` cost ~0.4 ms a request."""

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

from steward.serve.answers import error_json
from steward.serve.metrics import GatewayMetrics


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
        too_large = error_json(413, f"body over {self.limit:,} bytes")
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
            await error_json(400, reason, where)(scope, receive, send)
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
