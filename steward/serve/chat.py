"""``POST /v1/chat/completions``: OpenAI-compatible, forwarded to an upstream model with the
guards on both sides.

- Who may send what: a key's role decides which message roles it may send
  (``serve.message_roles``; an ``end_user`` key: ``user`` and ``assistant`` history only);
  another role is refused with 403 naming ``messages[i].role``. One model per message role
  (:data:`ChatMessage`), unknown fields refused, so the OpenAPI schema is the real rule.
- Content: a string or a list of parts, as OpenAI accepts per role (text parts; an assistant's
  refusal parts too). Image, audio and file parts are refused with 422 naming
  ``messages[i].content[j].type``: no multimodal model is served. Parts are forwarded as parts.
- Prompts: the input guards check every text of every message that reaches the model,
  whatever its role (content or each content part, an assistant's refusal and tool-call
  arguments). A block of any answers at once with ``finish_reason: "content_filter"``
  (nothing reaches the upstream); redactions go back into the text (the part) they came
  from. A message of several parts is checked once more with its parts joined as an upstream
  joins them, so nothing cut in two at a seam gets through (:func:`joined_parts`). The ledger
  keeps, per text, its message, role, field (``content[j].text`` for a part) and what the
  guards did (never the text).
- Answers: the output guards check each choice's text. Without streaming, the whole answer
  is checked; with ``stream: true`` the upstream's tokens are held back until a sentence ends
  (``。！？.!?`` or a new line), that sentence is checked and released (redacted if need be),
  so personal data or a key never leaves in pieces; a block ends the stream with
  ``finish_reason: "content_filter"``.
- A ``steward`` object in the answer (and in the last streamed chunk) carries the request id
  and the guards' actions. A blocked prompt with ``stream: true`` is answered as a stream
  too (the refusal, a ``content_filter`` chunk, ``[DONE]``), so stream clients see it.
- Ledger: a streamed answer's decision is committed before its first byte; how the stream
  ended (completed, cut by the client, cut by a guard, upstream error) is a second entry,
  ``gateway.stream_ended``, under the same request id (:class:`RecordedStreamingResponse`).
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, Tag
from pydantic_core import PydanticCustomError
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from steward.serve.guards.chain import GuardChain, GuardResult

_SENTENCE_END = re.compile(r"[。！？!?]|[.](?=\s)|\n")


# Messages: one model per role (what OpenAI documents for each), so the OpenAPI schema states
# what the gateway accepts. Unknown fields are refused: whatever text reaches the model must
# pass the input guards, so none may ride along in a field the guards do not read.
ParticipantName = Annotated[str, Field(min_length=1, max_length=64)]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


# Content: a string, or a list of typed parts (what current SDKs and frameworks send). Which
# part types a role may send is OpenAI's rule, narrowed to text: no multimodal model is served.
class TextPart(_Message):
    type: Literal["text"]
    text: str


class RefusalPart(_Message):
    """An earlier answer's refusal, replayed as history (assistant messages only)."""

    type: Literal["refusal"]
    refusal: str


MAX_CONTENT_PARTS = 100  # per message: each part is a text the input guards check
# OpenAI's part types that carry images, sound or files: there is no model here to read them.
MULTIMODAL_PART_TYPES = ("image_url", "input_audio", "file")
CONTENT_PART_ERROR = "content_part_type"
CONTENT_ERROR = "message_content"


def _part_types(role: str, allowed: tuple[str, ...]) -> BeforeValidator:
    """Refuses a part whose ``type`` the role may not send, saying why; the error sits on the
    part, and the gateway names its ``messages[i].content[j].type``."""
    may = f"a {role} message's content parts may be of type: {', '.join(allowed)}"

    def check(part: Any) -> Any:
        if not isinstance(part, dict):
            return part  # a non-object (or a validated part): the part model says what is wrong
        kind = part.get("type")
        if kind in allowed:
            return part
        if kind in MULTIMODAL_PART_TYPES:
            reason = (
                f"{kind!r} content parts are refused: this gateway serves no multimodal model, "
                f"so {may}"
            )
        elif kind is None:
            reason = f"each content part needs a type; {may}"
        else:
            reason = f"content parts of type {kind!r} are not accepted here; {may}"
        raise PydanticCustomError(CONTENT_PART_ERROR, reason)

    return BeforeValidator(check)


def _content_tag(value: Any) -> str | None:
    if isinstance(value, str):
        return "string"
    return "parts" if isinstance(value, list) else None


_PART_TAG = {"text": "text_part", "refusal": "refusal_part"}


def _part_tag(value: Any) -> str | None:
    if isinstance(value, BaseModel):
        value = value.__dict__
    kind = value.get("type") if isinstance(value, dict) else None
    return _PART_TAG.get(kind) if isinstance(kind, str) else None


Part = TypeVar("Part")
# A message's ``content``: a string or 1..MAX_CONTENT_PARTS parts. The branch is chosen by the
# JSON type, so an invalid part is reported as that alone (not also as "not a string").
Content = Annotated[
    Annotated[str, Tag("string")]
    | Annotated[
        list[Part],
        Field(
            min_length=1,
            max_length=MAX_CONTENT_PARTS,
            description="content parts: image, audio and file parts are refused (no "
            "multimodal model is served)",
        ),
        Tag("parts"),
    ],
    Discriminator(
        _content_tag,
        custom_error_type=CONTENT_ERROR,
        custom_error_message="content must be a string or a list of content parts",
    ),
]


# The tags pydantic puts in error locations for these unions ("content.parts.1.text_part.text");
# the gateway's error handler leaves them out of the field it names.
CONTENT_TAGS = frozenset({"string", "parts"})
PART_TAGS = frozenset({"text_part", "refusal_part"})

SystemContent = Content[Annotated[TextPart, _part_types("system", ("text",))]]
DeveloperContent = Content[Annotated[TextPart, _part_types("developer", ("text",))]]
UserContent = Content[Annotated[TextPart, _part_types("user", ("text",))]]
ToolContent = Content[Annotated[TextPart, _part_types("tool", ("text",))]]
AssistantContent = Content[
    Annotated[
        Annotated[TextPart, Tag("text_part")] | Annotated[RefusalPart, Tag("refusal_part")],
        Discriminator(_part_tag),
        _part_types("assistant", ("text", "refusal")),
    ]
]


class SystemMessage(_Message):
    role: Literal["system"]
    content: SystemContent
    name: ParticipantName | None = None


class DeveloperMessage(_Message):
    role: Literal["developer"]
    content: DeveloperContent
    name: ParticipantName | None = None


class UserMessage(_Message):
    role: Literal["user"]
    content: UserContent
    name: ParticipantName | None = None


class AssistantMessage(_Message):
    """An earlier answer, replayed as history: its text."""

    role: Literal["assistant"]
    content: AssistantContent
    name: ParticipantName | None = None
    refusal: str | None = None
    tool_calls: None = None


class ToolCallFunction(_Message):
    name: str = Field(min_length=1, max_length=64)
    arguments: str = Field(description="the arguments, as the JSON text the model wrote")


class ToolCall(_Message):
    id: str = Field(min_length=1, max_length=200)
    type: Literal["function"]
    function: ToolCallFunction


class AssistantToolCallMessage(_Message):
    """An earlier answer that called tools (its text is optional)."""

    role: Literal["assistant"]
    content: AssistantContent | None = None
    name: ParticipantName | None = None
    refusal: str | None = None
    tool_calls: list[ToolCall] = Field(min_length=1)


class ToolMessage(_Message):
    """A tool's result, answering one of the assistant's tool calls."""

    role: Literal["tool"]
    content: ToolContent
    tool_call_id: str = Field(min_length=1, max_length=200)


# The union's tags, as pydantic puts them in error locations ("messages.0.user.content");
# the gateway's error handler leaves them out of the field it names.
MESSAGE_TAGS = frozenset(
    {"system", "developer", "user", "assistant", "assistant_tool_calls", "tool"}
)
MESSAGE_ROLE_ERROR = "message_role"


def _message_tag(value: Any) -> str | None:
    if isinstance(value, BaseModel):
        value = value.__dict__
    if not isinstance(value, dict):
        return None
    role = value.get("role")
    if role == "assistant" and value.get("tool_calls") is not None:
        return "assistant_tool_calls"
    return role if isinstance(role, str) else None


ChatMessage = Annotated[
    Annotated[SystemMessage, Tag("system")]
    | Annotated[DeveloperMessage, Tag("developer")]
    | Annotated[UserMessage, Tag("user")]
    | Annotated[AssistantMessage, Tag("assistant")]
    | Annotated[AssistantToolCallMessage, Tag("assistant_tool_calls")]
    | Annotated[ToolMessage, Tag("tool")],
    Discriminator(
        _message_tag,
        custom_error_type=MESSAGE_ROLE_ERROR,
        custom_error_message="each message needs a role: system, developer, user, assistant "
        "or tool",
    ),
]


def _integral(value: Any) -> Any:
    # JSON has one number type: 100.0 is the integer 100 (JSON Schema agrees); 100.5 is not.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# After an integer's bounds in an Annotated (so the JSON schema still states them).
WHOLE_FLOATS_ARE_INTEGERS = BeforeValidator(_integral)


class ChatRequest(BaseModel):
    """The OpenAI chat request. The fields below are checked (ranges as OpenAI documents
    them); others pass through to the upstream unchanged."""

    model_config = ConfigDict(extra="allow", strict=True)
    model: str = Field(min_length=1, max_length=200)
    messages: list[ChatMessage] = Field(min_length=1, max_length=200)
    stream: bool = False
    # (The bounds sit inside the Annotated so the JSON schema states them on the number.)
    # The upper bound is the policy's serve.max_output_tokens (the app narrows these two).
    max_tokens: Annotated[int, Field(ge=1), WHOLE_FLOATS_ARE_INTEGERS] | None = None
    max_completion_tokens: Annotated[int, Field(ge=1), WHOLE_FLOATS_ARE_INTEGERS] | None = None
    temperature: Annotated[float, Field(ge=0, le=2)] | None = None
    top_p: Annotated[float, Field(ge=0, le=1)] | None = None
    n: Annotated[int, Field(ge=1, le=128), WHOLE_FLOATS_ARE_INTEGERS] | None = None
    presence_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None
    frequency_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None


class UpstreamError(Exception):
    """The upstream model failed (unreachable, an error status, a broken stream)."""

    def __init__(self, status: int, reason: str) -> None:
        self.status = status
        self.reason = reason
        super().__init__(reason)


REFUSAL_TEXT = "This request was blocked by the assistant's safety checks."


def gateway_completion(
    model: str, request_id: str, text: str, finish_reason: str
) -> dict[str, Any]:
    """An answer the gateway gives itself (no model called), as an OpenAI chat completion."""
    return {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
            }
        ],
    }


def refusal(model: str, request_id: str, reasons: list[str]) -> dict[str, Any]:
    return {
        **gateway_completion(model, request_id, REFUSAL_TEXT, "content_filter"),
        "steward": {"request_id": request_id, "blocked": True, "reasons": reasons},
    }


def _sse(body: dict[str, Any] | str) -> bytes:
    data = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return f"data: {data}\n\n".encode()


def refusal_events(model: str, request_id: str, reasons: list[str]) -> bytes:
    """The refusal as the event stream a ``stream: true`` client reads: the text, then a
    ``content_filter`` chunk with the ``steward`` object, then ``[DONE]``."""
    head = {
        "id": f"chatcmpl-{request_id}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }
    text = {"index": 0, "delta": {"role": "assistant", "content": REFUSAL_TEXT},
            "finish_reason": None}  # fmt: skip
    end = {"index": 0, "delta": {}, "finish_reason": "content_filter"}
    steward = {"request_id": request_id, "blocked": True, "reasons": reasons}
    return (
        _sse({**head, "choices": [text]})
        + _sse({**head, "choices": [end], "steward": steward})
        + _sse("[DONE]")
    )


@dataclass
class PromptText:
    """One text of a chat request that reaches the model: where it is, and its message's role."""

    message: int
    role: str
    # "content", "content[j].text", "content[j].refusal", "refusal" or
    # "tool_calls[j].function.arguments"
    field: str
    holder: BaseModel  # the model whose attribute holds the text (redactions go back there)
    attribute: str

    @property
    def text(self) -> str:
        return str(getattr(self.holder, self.attribute))


def prompt_texts(request: ChatRequest) -> list[PromptText]:
    """Every text of every message, whatever its role: each reaches the model. Content sent
    as parts gives one text per part, so a redaction goes back into its own part."""
    texts: list[PromptText] = []
    for i, message in enumerate(request.messages):
        content = message.content
        if isinstance(content, str):
            texts.append(PromptText(i, message.role, "content", message, "content"))
        for j, part in enumerate(content if isinstance(content, list) else []):
            name = "text" if isinstance(part, TextPart) else "refusal"
            texts.append(PromptText(i, message.role, f"content[{j}].{name}", part, name))
        if isinstance(getattr(message, "refusal", None), str):
            texts.append(PromptText(i, message.role, "refusal", message, "refusal"))
        for j, call in enumerate(getattr(message, "tool_calls", None) or []):
            where = f"tool_calls[{j}].function.arguments"
            texts.append(PromptText(i, message.role, where, call.function, "arguments"))
    return texts


def check_prompt(chain: GuardChain, request: ChatRequest) -> tuple[list[GuardResult], bool]:
    """Input guards over every text of every message (:func:`prompt_texts`, in that order);
    redactions applied in place; a block of any one blocks the request, and so does a finding
    at a seam between content parts (:func:`joined_parts`)."""
    results = chain.check_batch([t.text for t in prompt_texts(request)])
    if apply_prompt_results(request, results):
        return results, True
    seams = joined_parts(request)
    return results, bool(seam_findings(seams, chain.check_batch([s.text for s in seams])))


# How upstreams join a message's parts before the model reads them: back to back (many chat
# templates) or one a line (vLLM). Both are checked, so nothing hides at a seam.
PART_JOINERS = ("", "\n")


@dataclass(frozen=True)
class JoinedParts:
    """A message's content parts, after the per-part redactions, joined as an upstream may join
    them: what the model reads, so a finding cut in two by the client (a card number, an
    instruction split across parts) is seen whole."""

    message: int
    role: str
    joiner: str
    text: str


def joined_parts(request: ChatRequest) -> list[JoinedParts]:
    """Each message sent as two or more parts, joined each way of :data:`PART_JOINERS`."""
    joined: list[JoinedParts] = []
    for i, message in enumerate(request.messages):
        content = message.content
        if isinstance(content, list) and len(content) > 1:
            texts = [p.text if isinstance(p, TextPart) else p.refusal for p in content]
            joined += [JoinedParts(i, message.role, j, j.join(texts)) for j in PART_JOINERS]
    return joined


def seam_findings(joined: list[JoinedParts], results: list[GuardResult]) -> list[str]:
    """Why the request is blocked for what the guards found in the joined parts (empty: it is
    not). Each part passed on its own, redactions applied, so what a guard still finds there
    spans two parts and cannot be redacted in one: the request is blocked, whatever the
    guard's action."""
    return [
        f"messages[{s.message}].content: what the parts say together ({reason}); "
        f"send it as one text"
        for s, r in zip(joined, results, strict=True)
        if r.action != "allow"
        for reason in (r.reasons or [r.action])
    ]


def seam_ledger(joined: list[JoinedParts], results: list[GuardResult]) -> list[dict[str, Any]]:
    """The seam checks for the ledger, beside :func:`prompt_ledger`'s (never the text)."""
    return [
        {"message": s.message, "role": s.role, "field": "content", "joined_with": s.joiner,
         "action": "allow" if r.action == "allow" else "block",
         "verdicts": r.to_dict()["verdicts"]}
        for s, r in zip(joined, results, strict=True)
    ]  # fmt: skip


def apply_prompt_results(request: ChatRequest, results: list[GuardResult]) -> bool:
    """Put the guards' redactions (``results``, one per :func:`prompt_texts` text) back into
    the request; True when any text is blocked."""
    for text, result in zip(prompt_texts(request), results, strict=True):
        if result.action == "redact":
            setattr(text.holder, text.attribute, result.text)
    return any(r.blocked for r in results)


def prompt_ledger(request: ChatRequest, results: list[GuardResult]) -> list[dict[str, Any]]:
    """What the input guards did to each text of each message (each content part apart), by
    role and field, for the ledger (never the text)."""
    return [
        {"message": t.message, "role": t.role, "field": t.field, "action": r.action,
         "verdicts": r.to_dict()["verdicts"]}
        for t, r in zip(prompt_texts(request), results, strict=True)
    ]  # fmt: skip


def forbidden_message(request: ChatRequest, allowed_roles: frozenset[str]) -> int | None:
    """The index of the first message whose role the caller may not send, if any."""
    return next((i for i, m in enumerate(request.messages) if m.role not in allowed_roles), None)


def guard_answer(chain: GuardChain, body: dict[str, Any]) -> list[GuardResult]:
    """Output guards over every choice of a complete answer, applied in place."""
    results = chain.check_batch(answer_texts(body))
    apply_answer_results(body, results)
    return results


def answer_texts(body: dict[str, Any]) -> list[str]:
    """The text of each choice of a complete (non-streamed) answer."""
    return [str(((c.get("message") or {}).get("content")) or "") for c in body.get("choices") or []]


def apply_answer_results(body: dict[str, Any], results: list[GuardResult]) -> None:
    """Withhold blocked choices and redact the rest, in place (``results`` one per choice)."""
    for choice, result in zip(body.get("choices") or [], results, strict=True):
        message = choice.setdefault("message", {})
        if result.blocked:
            message["content"] = "This answer was withheld by the assistant's safety checks."
            choice["finish_reason"] = "content_filter"
        elif result.action == "redact":
            message["content"] = result.text


StreamEnd = Literal["completed", "client_disconnected", "guard_blocked", "upstream_error"]


@dataclass
class StreamProgress:
    """What a guarded stream has done so far, for the entry that records how it ended."""

    results: list[GuardResult] = field(default_factory=list)  # one per checked sentence
    chunks: int = 0  # text chunks sent
    chars: int = 0  # characters of text sent
    cut: Literal["guard_blocked", "upstream_error"] | None = None
    upstream_problem: str | None = None
    delivered: bool = False  # the closing ``[DONE]`` was handed to the server

    @property
    def outcome(self) -> StreamEnd:
        if self.cut is not None:
            return self.cut
        # Not cut by us and not delivered to the end: the client left first.
        return "completed" if self.delivered else "client_disconnected"


async def guarded_stream(
    chain: GuardChain,
    upstream_lines: AsyncGenerator[str, None],
    request_id: str,
    progress: StreamProgress,
    grounding: Any = None,
) -> AsyncGenerator[bytes, None]:
    """Re-emit an upstream SSE stream, releasing text one checked sentence at a time.

    ``progress`` follows what was checked and sent. ``grounding`` (a
    :class:`~steward.serve.grounded.StreamGrounding`): each sentence the guards pass is then
    checked against the cited passages (an unsupported claim goes out as a removal note),
    and the answer ends with its sources line; the last chunk carries the ``citations``.
    An :class:`UpstreamError` from ``upstream_lines`` ends the stream with an OpenAI-style
    ``error`` event (the ``openai`` client raises it); the upstream lines are closed however
    the stream ends."""
    pending = ""
    template: dict[str, Any] = {}

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
        return _sse(body)

    def release(text: str) -> str | None:
        """The sentence as it may be sent (redacted if need be), or None when blocked."""
        result = chain.check(text)
        progress.results.append(result)
        if result.blocked:
            progress.cut = "guard_blocked"
            return None
        released = result.text if result.action == "redact" else text
        if grounding is not None and released.strip():
            released = grounding.check(released)
        progress.chunks += bool(released)
        progress.chars += len(released)
        return released

    async with aclosing(upstream_lines):
        try:
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
                    template = {k: v for k, v in event.items()
                                if k in ("id", "object", "created", "model")}  # fmt: skip
                for choice in event.get("choices") or []:
                    pending += ((choice.get("delta") or {}).get("content")) or ""
                cut = None
                for match in _SENTENCE_END.finditer(pending):
                    cut = match.end()
                if cut:
                    text = release(pending[:cut])
                    pending = pending[cut:]
                    if progress.cut:
                        break
                    if text:
                        yield chunk(text)
        except UpstreamError as exc:
            progress.cut, progress.upstream_problem = "upstream_error", exc.reason
    if progress.cut is None and pending:
        text = release(pending)
        if text:
            yield chunk(text)
    if progress.cut == "upstream_error":
        problem = f"the upstream model failed mid-answer: {progress.upstream_problem}"
        yield _sse({"error": {"message": problem, "type": "upstream_error",
                              "steward": {"request_id": request_id}}})  # fmt: skip
    else:
        blocked = progress.cut == "guard_blocked"
        if grounding is not None and not blocked:
            sources = grounding.closing()
            progress.chunks += 1
            progress.chars += len(sources)
            yield chunk(sources)
        summary = {
            "request_id": request_id,
            "blocked": blocked,
            "actions": sorted(
                {f"{v.guard}:{v.action}" for r in progress.results for v in r.verdicts
                 if v.action != "allow"}
            ),
        }  # fmt: skip
        if grounding is not None:
            summary["grounding"] = grounding.to_ledger()
        last = chunk(None, "content_filter" if blocked else "stop", summary)
        if grounding is not None:  # the citations as data, beside the text's sources line
            event = json.loads(last[len(b"data: ") :])
            event["citations"] = grounding.citations
            last = _sse(event)
        yield last
    yield _sse("[DONE]")
    progress.delivered = True


class RecordedStreamingResponse(StreamingResponse):
    """A streamed answer that calls ``on_end`` once it is over, however it ended: the body
    ran out, the client went away (Starlette then cancels the sending and leaves the body
    generator suspended), or sending failed. The body is closed first, so its upstream
    connection is released and what it reported is final; ``on_end`` is shielded, so the
    cancellation of a request whose client left does not cancel the record of its end."""

    def __init__(
        self, body: AsyncGenerator[bytes, None], on_end: Callable[[], Awaitable[None]]
    ) -> None:
        super().__init__(body, media_type="text/event-stream")
        self._body = body
        self._on_end = on_end

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            try:
                await self._body.aclose()
            finally:
                await asyncio.shield(self._on_end())


def new_completion_id() -> str:
    return uuid.uuid4().hex
