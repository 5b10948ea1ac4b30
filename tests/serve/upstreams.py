"""Stand-in OpenAI-compatible upstream models for the gateway's chat tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse


def answering_upstream(
    errors: dict[str, tuple[int, dict[str, Any]]] | None = None, content: str = "Noted."
) -> FastAPI:
    """An upstream that keeps every request body it receives (``state.seen``) and answers
    with ``content`` (with ``stream: true``, as server-sent events of a few characters each),
    or with the (status, OpenAI error object) its model name is mapped to in ``errors``."""
    upstream = FastAPI()
    upstream.state.seen = []

    @upstream.post("/v1/chat/completions")
    async def complete(request: Request) -> Any:
        body = await request.json()
        upstream.state.seen.append(body)
        if errors and body["model"] in errors:
            status, error = errors[body["model"]]
            return JSONResponse({"error": error}, status_code=status)
        if body.get("stream"):

            def events() -> Iterator[str]:
                for i in range(0, len(content), 5):
                    delta = {"content": content[i : i + 5]}
                    chunk = {
                        "id": "chatcmpl-1",
                        "object": "chat.completion.chunk",
                        "created": 1,
                        "model": body["model"],
                        "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
                    }
                    yield f"data: {json.dumps(chunk)}\n\n"
                yield "data: [DONE]\n\n"

            return StreamingResponse(events(), media_type="text/event-stream")
        return {
            "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": "stop"}],
        }  # fmt: skip

    return upstream
