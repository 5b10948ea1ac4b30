"""The gateway's error answers: :class:`ApiError`, the JSON ``{"error": {...}}`` body every
error shares, what the OpenAPI schema says of each status, and the exception handlers that
turn FastAPI's own errors (validation, 404, 405) into that body."""

from collections.abc import Sequence
from typing import Any

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from pydantic.json_schema import SkipJsonSchema
from starlette.exceptions import HTTPException as StarletteHTTPException

from steward.serve.chat import (
    CONTENT_PART_ERROR,
    CONTENT_TAGS,
    MESSAGE_ROLE_ERROR,
    MESSAGE_TAGS,
    PART_TAGS,
)


class ApiError(Exception):
    def __init__(self, status: int, reason: str, *, field: str | None = None, **headers: str):
        self.status = status
        self.reason = reason
        self.field = field
        self.headers = {name.replace("_", "-"): value for name, value in headers.items()}
        super().__init__(reason)


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
KEYED = (401, 403, 429)  # every route that takes a key
WITH_BODY = (*KEYED, 400, 413, 415, 422)  # and a JSON body


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


def error_json(
    status: int, reason: str, field: str | None = None, headers: Any = None
) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "reason": reason}
    if field:
        body["field"] = field
    return JSONResponse({"error": body}, status_code=status, headers=headers)


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


async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
    return error_json(exc.status, exc.reason, exc.field, exc.headers or None)


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    first = exc.errors()[0]
    content_type = request.headers.get("content-type", "")
    if first.get("loc") == ("body",) and "json" not in content_type:
        return error_json(
            415,
            f"send a JSON body with Content-Type: application/json "
            f"(got {content_type or 'none'!r})",
        )
    if first.get("type") == "json_invalid":
        return error_json(400, f"malformed JSON: {first.get('ctx', {}).get('error', 'invalid')}")
    where = field_path(first.get("loc", ()))
    if first.get("type") == MESSAGE_ROLE_ERROR:
        where += ".role"
    elif first.get("type") == CONTENT_PART_ERROR:
        where += ".type"  # a content part of a type its message may not hold
    return error_json(422, str(first.get("msg", "invalid")), where)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    # keeps the exception's headers: a 405 says which methods the path has (Allow)
    return error_json(exc.status_code, str(exc.detail), headers=exc.headers)


def add_error_handlers(app: FastAPI) -> None:
    """Every error the app answers, in the one JSON shape."""
    app.exception_handler(ApiError)(_api_error)
    app.exception_handler(RequestValidationError)(_invalid)
    app.exception_handler(StarletteHTTPException)(_http_error)
