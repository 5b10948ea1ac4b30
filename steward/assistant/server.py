"""``steward serve-model``: the local model as an OpenAI-compatible upstream.

``POST /v1/chat/completions`` (``stream: true`` gives server-sent events), ``GET /v1/models``,
``GET /healthz``. No keys and no guards here on purpose: it listens on 127.0.0.1 and the
gateway (``serve.upstream_url``) sits in front of it, with both.
"""

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import FastAPI
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from steward.assistant.model import ChatModel


class TextPart(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: Literal["text"]
    text: str = Field(max_length=32_000)


class RefusalPart(BaseModel):
    """An earlier answer's refusal, replayed as history."""

    model_config = ConfigDict(extra="ignore")
    type: Literal["refusal"]
    refusal: str = Field(max_length=32_000)


# How a message sent as parts reaches the chat template (as vLLM joins them).
PART_SEPARATOR = "\n"


class Message(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "user", "assistant", "developer", "tool"]
    # a string, or parts as current OpenAI clients send them (the gateway forwards them so)
    content: (
        Annotated[str, Field(max_length=32_000)]
        | Annotated[list[TextPart | RefusalPart], Field(min_length=1, max_length=100)]
    )

    @property
    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return PART_SEPARATOR.join(
            part.text if isinstance(part, TextPart) else part.refusal for part in self.content
        )


class CompletionRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    model: str = "local"
    messages: list[Message] = Field(min_length=1, max_length=100)
    max_tokens: int = Field(default=128, ge=1, le=2048)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    seed: int | None = None
    stream: bool = False


def create_model_app(
    chat: ChatModel, name: str, system_prompt: str | None = None,
    *, identity: dict[str, Any] | None = None,
) -> FastAPI:  # fmt: skip
    """``system_prompt``: put first in every conversation that brings none (the prompt a
    fine-tuned assistant was trained with, so it answers in the same frame). ``identity``: a
    registered assistant's ref and hashes (adapter, base weights, knowledge base), reported
    on ``/v1/models`` as the model's ``steward`` object: the gateway serves only an adapter
    the registry approved."""
    app = FastAPI(title="Steward local model", version="1")

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "model": name}

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        model: dict[str, Any] = {"id": name, "object": "model", "owned_by": "local"}
        if identity is not None:
            model["steward"] = identity
        return {"object": "list", "data": [model]}

    @app.post("/v1/chat/completions")
    async def complete(body: CompletionRequest) -> Any:
        messages = [{"role": m.role, "content": m.text} for m in body.messages]
        if system_prompt and not any(m["role"] == "system" for m in messages):
            messages.insert(0, {"role": "system", "content": system_prompt})
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        if not body.stream:
            # the model runs in a worker thread: the event loop keeps serving meanwhile
            result = (
                await asyncio.to_thread(
                    chat.generate,
                    [messages],
                    max_new_tokens=body.max_tokens,
                    temperature=body.temperature,
                    seed=body.seed,
                )
            )[0]
            return JSONResponse(
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": created,
                    "model": name,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": result.text},
                            "finish_reason": result.finish_reason,
                        }
                    ],
                    "usage": {
                        "prompt_tokens": result.prompt_tokens,
                        "completion_tokens": result.completion_tokens,
                        "total_tokens": result.prompt_tokens + result.completion_tokens,
                    },
                }
            )

        async def events() -> AsyncIterator[bytes]:
            pieces = chat.stream(
                messages, max_new_tokens=body.max_tokens, temperature=body.temperature,
                seed=body.seed,
            )  # fmt: skip
            sentinel = object()
            while True:
                piece = await asyncio.to_thread(next, pieces, sentinel)
                if piece is sentinel:
                    break
                chunk = {
                    "id": completion_id,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": name,
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
                yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode()
            last = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": name,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            yield f"data: {json.dumps(last)}\n\n".encode()
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return app
