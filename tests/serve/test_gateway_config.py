"""The gateway reads its configuration once, at start (issue 17, item 7): the upstream key
(``STEWARD_UPSTREAM_API_KEY``) a gateway sends is the one set when it was built, whatever the
environment says later. A real gateway and a real stand-in upstream on 127.0.0.1 that keeps
the ``Authorization`` header of every request it gets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request

from steward.config import load_policy
from steward.serve.app import build_gateway, create_app
from steward.serve.keys import KeyStore
from steward.serve.state import UPSTREAM_API_KEY_ENV
from steward.store.artifacts import Store
from tests.conftest import serving, write_policy

QUESTION = {"model": "m", "messages": [{"role": "user", "content": "What are your hours?"}]}


def header_keeping_upstream() -> FastAPI:
    """An OpenAI-compatible upstream that keeps (path, Authorization) of every request."""
    upstream = FastAPI()
    upstream.state.seen = []

    @upstream.get("/v1/models")
    async def models(request: Request) -> dict[str, Any]:
        upstream.state.seen.append(("/v1/models", request.headers.get("authorization")))
        return {"object": "list", "data": [{"id": "m", "object": "model"}]}

    @upstream.post("/v1/chat/completions")
    async def complete(request: Request) -> dict[str, Any]:
        upstream.state.seen.append(("/v1/chat/completions", request.headers.get("authorization")))
        return {
            "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": "Nine to five."},
                         "finish_reason": "stop"}],
        }  # fmt: skip

    return upstream


@contextmanager
def gateway_before(tmp: Path, upstream: FastAPI) -> Iterator[tuple[str, str]]:
    """A gateway built (and started) now, in front of ``upstream``: (its URL, a key)."""
    store = Store(tmp / ".steward")
    with serving(upstream) as upstream_url:
        policy = write_policy(
            tmp,
            "config",
            guards={"prompt_injection": {"classifier": False}},
            serve={"upstream_url": f"{upstream_url}/v1", "upstream_check_s": 0},
        )
        gateway = build_gateway(load_policy(policy), store)
        key = KeyStore(store).create("app", "end_user", created_by="test")[0]
        try:
            with serving(create_app(gateway)) as url:
                yield url, key
        finally:
            gateway.writer.close()


def ask(url: str, key: str) -> httpx.Response:
    return httpx.post(
        url + "/v1/chat/completions",
        json=QUESTION,
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )


def test_the_upstream_key_is_the_one_set_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upstream = header_keeping_upstream()
    monkeypatch.setenv(UPSTREAM_API_KEY_ENV, "key-at-start")
    with gateway_before(tmp_path, upstream) as (url, key):
        assert ask(url, key).status_code == 200
        monkeypatch.setenv(UPSTREAM_API_KEY_ENV, "key-set-later")
        assert ask(url, key).status_code == 200
        monkeypatch.delenv(UPSTREAM_API_KEY_ENV)
        assert ask(url, key).status_code == 200
    seen = upstream.state.seen
    # every request asked the upstream which assistant it serves, then for the answer
    assert [path for path, _ in seen] == ["/v1/models", "/v1/chat/completions"] * 3
    assert {authorization for _, authorization in seen} == {"Bearer key-at-start"}


def test_a_gateway_started_without_an_upstream_key_sends_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    upstream = header_keeping_upstream()
    monkeypatch.delenv(UPSTREAM_API_KEY_ENV, raising=False)
    with gateway_before(tmp_path, upstream) as (url, key):
        monkeypatch.setenv(UPSTREAM_API_KEY_ENV, "key-set-later")
        assert ask(url, key).status_code == 200
    assert [authorization for _, authorization in upstream.state.seen] == [None, None]
