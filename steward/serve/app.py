"""The gateway: FastAPI routes over the guards, the served model and the ledger.

Every request carries an API key (``Authorization: Bearer stw_...``) that maps to one role;
each route needs one permission of the RACI table (:mod:`steward.accountability.roles`;
:mod:`steward.serve.access`). Every decision — served, blocked, refused by role (403) — is a
ledger entry (request id, key id, role, model hash, guard verdicts, latency; never the text)
committed before the answer is sent, through one function
(:func:`steward.serve.decisions.record_decision`); the writes of concurrent requests share
one transaction (:class:`LedgerWriter`). 401s and 429s are counted instead, one
``gateway.denials`` entry per interval (:mod:`steward.serve.abuse`, which also throttles
failed logins and budgets guard work).

Errors are JSON ``{"error": {"status", "reason", "field"?}}`` (:mod:`steward.serve.answers`):
400 malformed JSON or invalid Unicode (a lone surrogate, bytes that are not UTF-8; before any
other work), 401 no or bad key, 403 role not allowed, 404, 405 (with ``Allow``), 413 body
over ``serve.max_body_bytes``, 415 not JSON, 422 a field invalid (named, e.g.
``messages[1].content``), 429 over the key's rate (``Retry-After``), 502/504 the upstream
failed (its 4xx are relayed as 4xx), 503 no model configured. The OpenAPI schema documents
each route's answers.

Layout: the state the routes share is one :class:`~steward.serve.state.Gateway`, built once
at start with its configuration (:func:`build_gateway`) and given to the routes by a FastAPI
dependency; one module per route family under :mod:`steward.serve.routes`; the middleware in
:mod:`steward.serve.middleware`. :func:`create_app` puts them together.
"""

import os
from pathlib import Path

from fastapi import FastAPI

from steward.errors import StewardError
from steward.serve.answers import ApiError, add_error_handlers, field_path
from steward.serve.middleware import BodyLimit, RequestFrame, ValidUnicode
from steward.serve.routes import chat, feedback, guard, health, predict
from steward.serve.shared import SHARED_STATE_ENV
from steward.serve.state import Gateway, build_gateway
from steward.store.artifacts import Store


def create_app(gateway: Gateway) -> FastAPI:
    """The gateway's app over ``gateway`` (kept on ``app.state.gateway``)."""
    app = FastAPI(
        title="Steward gateway",
        version="1",
        description="Guarded, authenticated, accountable serving of a registered model.",
    )
    app.state.gateway = gateway
    serve = gateway.config.serve
    app.add_middleware(ValidUnicode)  # inside BodyLimit: sees a body of bounded size
    app.add_middleware(BodyLimit, limit=serve.max_body_bytes)
    app.add_middleware(RequestFrame, metrics=gateway.metrics)  # outermost: sees every answer
    add_error_handlers(app)
    app.router.on_startup.append(gateway.start_background)
    app.router.on_shutdown.append(gateway.stop_background)
    for router in (
        health.router,
        guard.router,
        predict.router(serve),  # the policy's bounds are in these two bodies' schemas
        chat.router(serve),
        feedback.router,
    ):
        app.include_router(router)
    return app


def app_from_env() -> FastAPI:
    """The app of one ``steward serve`` worker process: policy, store and model from the
    environment ``steward serve`` sets. Its ledger writer is closed at shutdown."""
    from steward.config import load_policy

    loaded = load_policy(Path(os.environ["STEWARD_SERVE_POLICY"]))
    mode = os.environ.get(SHARED_STATE_ENV)  # `steward serve` resolved it for its workers
    gateway = build_gateway(
        loaded, Store(Path(os.environ["STEWARD_HOME"])),
        model_ref=os.environ.get("STEWARD_SERVE_MODEL") or None,
        shared_state=None if mode is None else mode == "store",
    )  # fmt: skip
    app = create_app(gateway)
    app.router.on_shutdown.append(gateway.writer.close)
    return app


__all__ = ["ApiError", "Gateway", "StewardError", "build_gateway", "create_app", "field_path"]
