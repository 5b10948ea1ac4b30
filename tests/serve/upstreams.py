"""Stand-in OpenAI-compatible upstream models for the gateway's chat tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import openai
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from steward.accountability.ledger import Ledger, LedgerEntry
from steward.config import load_policy
from steward.serve.app import build_gateway, create_app
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store
from tests.conftest import serving, write_policy


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


@dataclass
class ChatGateway:
    """A real gateway in front of a stand-in upstream, with an ``end_user`` and a
    ``developer`` key."""

    url: str
    store: Store
    upstream: FastAPI = field(repr=False)
    keys: dict[str, str] = field(repr=False)
    timeout: float = 30.0

    def openai(self, key: str = "end_user") -> openai.OpenAI:
        return openai.OpenAI(
            base_url=self.url + "/v1", api_key=self.keys[key], timeout=self.timeout, max_retries=0
        )

    def post(self, path: str, body: Any, key: str = "end_user") -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.keys[key]}"}
        return httpx.post(self.url + path, json=body, headers=headers, timeout=self.timeout)

    def post_raw(self, path: str, content: bytes, key: str = "end_user") -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.keys[key]}",
                   "Content-Type": "application/json"}  # fmt: skip
        return httpx.post(self.url + path, content=content, headers=headers, timeout=self.timeout)

    def entries(self, request_id: str) -> list[LedgerEntry]:
        return [e for e in Ledger(self.store).entries() if e.subject == request_id]

    @property
    def seen(self) -> list[dict[str, Any]]:
        return list(self.upstream.state.seen)


@contextmanager
def chat_gateway(
    tmp: Path, upstream: FastAPI, timeout: float = 30.0, **serve: Any
) -> Iterator[ChatGateway]:
    """Serve ``upstream`` and a gateway forwarding to it (injection rules only, no classifier:
    the chat tests are about which texts are checked and where the verdicts go, not how well;
    test_guards covers that), both on uvicorn on 127.0.0.1."""
    with ExitStack() as stack:
        upstream_url = stack.enter_context(serving(upstream))
        store = Store(tmp / ".steward")
        policy = write_policy(
            tmp,
            "chat",
            guards={"prompt_injection": {"classifier": False}},
            serve={"upstream_url": f"{upstream_url}/v1", **serve},
        )
        built = build_gateway(load_policy(policy), store)
        keys = KeyStore(store)
        made = {
            role: keys.create(role, role, created_by="test", rate_per_minute=10**6)[0]
            for role in ("end_user", "developer")
        }
        url = stack.enter_context(serving(create_app(built)))
        try:
            yield ChatGateway(url, store, upstream, made, timeout)
        finally:
            built.writer.close()
