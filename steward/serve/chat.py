"""``POST /v1/chat/completions``: OpenAI-compatible, forwarded to an upstream model with the
guards on both sides.

- Prompts: the input guards check every user message. A block answers at once with
  ``finish_reason: "content_filter"`` (nothing reaches the upstream); redactions are applied
  to the messages that are forwarded.
- Answers: the output guards check each choice's text. Without streaming, the whole answer
  is checked; with ``stream: true`` the upstream's tokens are held back until a sentence ends
  (``。！？.!?`` or a new line), that sentence is checked and released (redacted if need be),
  so personal data or a key never leaves in pieces; a block ends the stream with
  ``finish_reason: "content_filter"``.
- A ``steward`` object in the answer (and in the last streamed chunk) carries the request id
  and the guards' actions.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from steward.serve.guards.chain import GuardChain, GuardResult

_SENTENCE_END = re.compile(r"[。！？!?]|[.](?=\s)|\n")


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | None = None

    @model_validator(mode="after")
    def _text_where_needed(self) -> ChatMessage:
        # Only an assistant turn (tool calls) may come without text; the guards read the rest.
        if self.content is None and self.role != "assistant":
            raise ValueError(f"a {self.role} message needs its 'content' text")
        return self


class ChatRequest(BaseModel):
    """The OpenAI chat request; fields beyond these pass through to the upstream unchanged."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessage] = Field(min_length=1, max_length=200)
    stream: bool = False


class UpstreamError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        self.status = status
        self.reason = reason
        super().__init__(reason)


def refusal(model: str, request_id: str, reasons: list[str]) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "This request was blocked by the assistant's safety checks.",
                },
                "finish_reason": "content_filter",
            }
        ],
        "steward": {"request_id": request_id, "blocked": True, "reasons": reasons},
    }


def check_prompt(chain: GuardChain, request: ChatRequest) -> tuple[list[GuardResult], bool]:
    """Input guards over the user messages; redactions applied in place."""
    users = [m for m in request.messages if m.role == "user" and m.content]
    results = chain.check_batch([m.content or "" for m in users])
    for message, result in zip(users, results, strict=True):
        if result.action == "redact":
            message.content = result.text
    return results, any(r.blocked for r in results)


def guard_answer(chain: GuardChain, body: dict[str, Any]) -> list[GuardResult]:
    """Output guards over every choice of a complete answer, applied in place."""
    choices = body.get("choices") or []
    texts = [str(((c.get("message") or {}).get("content")) or "") for c in choices]
    results = chain.check_batch(texts)
    for choice, result in zip(choices, results, strict=True):
        message = choice.setdefault("message", {})
        if result.blocked:
            message["content"] = "This answer was withheld by the assistant's safety checks."
            choice["finish_reason"] = "content_filter"
        elif result.action == "redact":
            message["content"] = result.text
    return results


async def guarded_stream(
    chain: GuardChain,
    upstream_lines: AsyncIterator[str],
    request_id: str,
    on_done: Callable[[list[GuardResult]], Awaitable[None]],
) -> AsyncIterator[bytes]:
    """Re-emit an upstream SSE stream, releasing text one checked sentence at a time."""
    pending = ""
    results: list[GuardResult] = []
    template: dict[str, Any] = {}
    blocked = False

    def chunk(
        text: str | None, finish: str | None = None, extra: dict[str, Any] | None = None
    ) -> bytes:
        body = {
            **{k: v for k, v in template.items() if k != "choices"},
            "choices": [
                {"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}
            ],
        }
        if extra:
            body["steward"] = extra
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()

    def release(text: str) -> tuple[str | None, bool]:
        result = chain.check(text)
        results.append(result)
        if result.blocked:
            return None, True
        return (result.text if result.action == "redact" else text), False

    async for line in upstream_lines:
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            break
        try:
            event = json.loads(data)
        except ValueError:
            continue
        if not template:
            template = {k: v for k, v in event.items() if k in ("id", "object", "created", "model")}
        for choice in event.get("choices") or []:
            pending += ((choice.get("delta") or {}).get("content")) or ""
        cut = None
        for match in _SENTENCE_END.finditer(pending):
            cut = match.end()
        if cut:
            text, blocked = release(pending[:cut])
            pending = pending[cut:]
            if blocked:
                break
            if text:
                yield chunk(text)
    if not blocked and pending:
        text, blocked = release(pending)
        if text and not blocked:
            yield chunk(text)
    summary = {
        "request_id": request_id,
        "blocked": blocked,
        "actions": sorted(
            {v.guard + ":" + v.action for r in results for v in r.verdicts if v.action != "allow"}
        ),
    }
    yield chunk(None, "content_filter" if blocked else "stop", summary)
    yield b"data: [DONE]\n\n"
    await on_done(results)


def new_completion_id() -> str:
    return uuid.uuid4().hex
