"""The responsibility console: server-rendered pages (FastAPI + Jinja2, plain HTML forms, no
JavaScript) over the store the CLI and the gateway use.

Views: runs and models (the registry, gate verdicts, lineage, each run's report, datasheet and
model card), the review queue (a ``risk_owner`` approves or rejects through
:class:`~steward.registry.governance.Governance`, the one code path the CLI uses, so the ledger
entry is the same), and the ledger explorer (filters, keyset pagination, ``verify``).

Who may see and do what comes from the RACI table the gateway uses
(:data:`~steward.accountability.roles.ROLE_PERMISSIONS`): a view needs one of its permissions,
an action its own. Every refusal of a signed-in key (a view or action its role lacks, a POST
without its CSRF token) is a ``console.denied`` ledger entry, as the gateway's 403s are
``gateway.denied`` entries; failed sign-ins are counted into one ``gateway.denials``-style
entry per interval (:class:`~steward.serve.abuse.DenialCounter`), as the gateway counts its
401s, so a flood cannot fill the signed ledger.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from steward.accountability.roles import ROLE_PERMISSIONS, Permission
from steward.config import LoadedPolicy
from steward.console.access import NotSignedIn, Refused, Viewer
from steward.console.auth import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    SIGNIN_COOKIE,
    SIGNIN_NONCE_TTL_S,
)
from steward.console.i18n import LANGUAGES
from steward.console.ledger_queries import LedgerFilter, ledger_page
from steward.console.state import (
    DENIED_ACTION,
    MODELS_PAGE,
    NAV,
    PAGE_CSP,
    REVIEW_LIMIT,
    RUN_FILE_CSP,
    RUN_FILES,
    RUN_ID_RE,
    SIGNIN_ACTION,
    Console,
    _safe_next,
)
from steward.console.views_audit import register_audit_views
from steward.console.views_ops import register_ops_views
from steward.errors import RegistryError, StewardError
from steward.registry.governance import REVIEW_ACTION
from steward.registry.models import PENDING_REVIEW, ModelVersion
from steward.serve.keys import AuthError, TooManyFailures
from steward.store.artifacts import Store
from steward.store.db import LedgerEntryRow


def _gate_summary(model: ModelVersion) -> dict[str, Any]:
    verdicts = model.gate.get("verdicts") or []
    return {
        "passed": bool(model.gate.get("passed")),
        "failed": [v["name"] for v in verdicts if not v.get("passed") and not v.get("waived_by")],
        "waived": list(model.gate.get("waived") or []),
        "rules": len(verdicts),
    }


def create_console(
    loaded: LoadedPolicy,
    store: Store,
    *,
    session_ttl_s: float = 8 * 3600,
    secure_cookies: bool = False,
) -> FastAPI:
    """The console's app over one store and policy (state on ``app.state.console``)."""
    console = Console(loaded, store, session_ttl_s=session_ttl_s, secure_cookies=secure_cookies)
    app = FastAPI(title="Steward console", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.console = console
    app.router.on_startup.append(console.start)
    app.router.on_shutdown.append(console.stop)
    app.mount(
        "/static",
        StaticFiles(directory=str(Path(__file__).parent / "static")),
        name="static",
    )

    @app.middleware("http")
    async def headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, _exc: NotSignedIn) -> Response:
        if request.method == "GET":
            return RedirectResponse(f"/signin?{urlencode({'next': request.url.path})}", 303)
        return console.page(request, "error.html", None, status=401,
                            message="not signed in (no valid session cookie)")  # fmt: skip

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> Response:
        return console.page(request, "denied.html", exc.viewer, status=403, reason=exc.reason)

    @app.exception_handler(StewardError)
    async def bad_input(request: Request, exc: StewardError) -> Response:
        try:
            viewer: Viewer | None = console.viewer(request)
        except NotSignedIn:
            viewer = None
        status = 409 if isinstance(exc, RegistryError) else 400  # a status moved meanwhile
        return console.page(request, "error.html", viewer, status=status, message=str(exc))

    # -- sign-in -------------------------------------------------------------------------
    def signin_form(request: Request, status: int = 200, problem: str = "") -> HTMLResponse:
        nonce = console.signer.signin_nonce()
        response = console.page(
            request, "signin.html", None, status=status, problem=problem,
            token=console.signer.signin_token(nonce),
            next=_safe_next(request.query_params.get("next")),
        )  # fmt: skip
        console.set_cookie(response, SIGNIN_COOKIE, nonce, SIGNIN_NONCE_TTL_S)
        return response

    @app.get("/signin", response_class=HTMLResponse)
    async def signin_page(request: Request) -> Response:
        return signin_form(request)

    @app.post("/signin", response_class=HTMLResponse)
    async def signin(request: Request) -> Response:
        fields = await console.form(request, None)
        if not console.signer.signin_ok(request.cookies.get(SIGNIN_COOKIE), fields.get("csrf")):
            return signin_form(request, 403, "the sign-in form expired or was not this "
                               "console's (CSRF token): sign in again")  # fmt: skip
        client = request.client.host if request.client else None
        presented = fields.get("api_key", "").strip()
        try:
            key = await run_in_threadpool(
                partial(console.keys.authenticate, presented, client=client, sign_in=True)
            )
        except TooManyFailures as exc:
            console.failed_signins.count(status=429, reason=exc.code, route="/signin",
                                         key_id=None, client=client)  # fmt: skip
            return signin_form(request, 429, exc.what)
        except AuthError as exc:
            console.failed_signins.count(status=401, reason=exc.code, route="/signin",
                                         key_id=None, client=client)  # fmt: skip
            return signin_form(request, 401, exc.what)
        if key.single_use and not await run_in_threadpool(console.keys.consume, key.key_id):
            # a one-time key a second time: whoever has it now is not who signed in first
            problem = (f"the one-time sign-in key {key.key_id} was already used (at "
                       f"{console.keys.get(key.key_id).used_at}); ask for a new one")  # fmt: skip
            await run_in_threadpool(
                console.ledger.append, actor=f"key:{key.key_id}", action=DENIED_ACTION,
                subject="POST /signin", outcome="denied",
                details={"status": 401, "key_id": key.key_id, "role": key.role,
                         "reason": "one-time sign-in key already used", "client": client},
            )  # fmt: skip
            return signin_form(request, 401, problem)
        key_expiry = datetime.fromisoformat(key.expires_at).timestamp() if key.expires_at else None
        cookie, expires = console.signer.issue(key.key_id, key_expiry)
        await run_in_threadpool(
            console.ledger.append, actor=f"key:{key.key_id}", action=SIGNIN_ACTION,
            subject=key.key_id, details={"role": key.role, "key_name": key.name,
                                         "client": client},
        )  # fmt: skip
        response = RedirectResponse(_safe_next(fields.get("next")), 303)
        console.set_cookie(response, SESSION_COOKIE, cookie, max(1, int(expires - time.time())))
        response.delete_cookie(SIGNIN_COOKIE, path="/")
        return response

    @app.post("/signout")
    async def signout(request: Request) -> Response:
        viewer = console.viewer(request)
        await console.form(request, viewer)
        response = RedirectResponse("/signin", 303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @app.get("/lang/{language}")
    async def switch_language(request: Request, language: str) -> Response:
        if language not in LANGUAGES:
            raise StewardError(f"no such language; choose one of {', '.join(LANGUAGES)}",
                               where="language")  # fmt: skip
        response = RedirectResponse(_safe_next(request.query_params.get("next")), 303)
        console.set_cookie(response, LANGUAGE_COOKIE, language, 365 * 24 * 3600)
        return response

    @app.get("/")
    async def home(request: Request) -> Response:
        viewer = console.viewer(request)
        first = next((path for view, path, _ in NAV if viewer.sees(view)), None)
        if first is None:
            await console.may_see(request, "models")  # records the refusal
        return RedirectResponse(first or "/models", 303)

    # -- runs and models -------------------------------------------------------------------
    @app.get("/models", response_class=HTMLResponse)
    async def models(request: Request) -> Response:
        viewer = await console.may_see(request, "models")
        before_text = request.query_params.get("before", "")
        if before_text and not before_text.isdigit():
            raise StewardError("must be a version's id", where="before")
        before = int(before_text) if before_text else None
        versions = await run_in_threadpool(
            lambda: console.registry.page(limit=MODELS_PAGE + 1, before_id=before)
        )
        rows = [(m, _gate_summary(m)) for m in versions[:MODELS_PAGE]]
        older = f"/models?before={rows[-1][0].id}" if len(versions) > MODELS_PAGE else None
        return console.page(request, "models.html", viewer, rows=rows, older_link=older,
                            newest_link="/models" if before is not None else None)  # fmt: skip

    @app.get("/models/{ref}", response_class=HTMLResponse)
    async def model_page(request: Request, ref: str) -> Response:
        viewer = await console.may_see(request, "models")

        def gather() -> dict[str, Any]:
            model = console.registry.get(ref)
            try:
                lineage = store.lineage(model.artifact_sha256)
            except StewardError:
                lineage = []
            run_dir = store.home / "runs" / (model.run_id or "")
            files = [
                (name, label) for name, (label, _) in RUN_FILES.items()
                if model.run_id and RUN_ID_RE.match(model.run_id) and (run_dir / name).is_file()
            ]  # fmt: skip
            history, _ = ledger_page(store, LedgerFilter(model=model.ref), None, 20)
            return {"model": model, "gate": _gate_summary(model), "lineage": lineage,
                    "files": files, "history": history}  # fmt: skip

        return console.page(request, "model.html", viewer, **await run_in_threadpool(gather))

    @app.get("/runs/{run_id}/{name}")
    async def run_file(request: Request, run_id: str, name: str) -> Response:
        await console.may_see(request, "models")
        if name not in RUN_FILES or not RUN_ID_RE.match(run_id):
            raise StewardError(f"not a run file the console shows ({', '.join(RUN_FILES)})",
                               where=f"{run_id}/{name}")  # fmt: skip
        path = store.home / "runs" / run_id / name
        if not path.is_file():
            return console.page(request, "error.html", console.viewer(request), status=404,
                                message=f"{run_id}/{name}: no such file in the store")  # fmt: skip
        content = await run_in_threadpool(store.read_file, path)  # decrypts a sealed run
        return Response(content, media_type=RUN_FILES[name][1],
                        headers={"Content-Security-Policy": RUN_FILE_CSP})  # fmt: skip

    # -- review queue ----------------------------------------------------------------------
    @app.get("/review", response_class=HTMLResponse)
    async def review_queue(request: Request) -> Response:
        viewer = await console.may_see(request, "review")
        done = request.query_params.get("done")

        def gather() -> dict[str, Any]:
            waiting = console.registry.page(limit=REVIEW_LIMIT, status=PENDING_REVIEW)
            recent, _ = ledger_page(store, LedgerFilter(kind=REVIEW_ACTION), None, 10)
            shown = next((e for e in recent if done and str(e.seq) == done), None)
            return {"waiting": [(m, _gate_summary(m)) for m in waiting], "recent": recent,
                    "done": shown}  # fmt: skip

        return console.page(
            request, "review.html", viewer, may_approve=viewer.may(Permission.APPROVE),
            **await run_in_threadpool(gather),
        )  # fmt: skip

    @app.post("/review/{ref}")
    async def review(request: Request, ref: str) -> Response:
        viewer = console.viewer(request)
        fields = await console.form(request, viewer)
        decision = fields.get("decision", "")
        if not viewer.may(Permission.APPROVE):
            await console.refuse(
                request, viewer,
                f"role {viewer.key.role!r} may not approve; needs one of: "
                + ", ".join(sorted(r for r, p in ROLE_PERMISSIONS.items()
                                   if Permission.APPROVE in p)),
                model=ref, decision=decision,
            )  # fmt: skip
        await console.holder(request, viewer, model=ref, decision=decision)
        if decision not in ("approve", "reject"):
            raise StewardError("must be approve or reject", where="decision")
        try:
            outcome = await run_in_threadpool(
                lambda: console.governance.review(
                    ref, approve=decision == "approve", reason=fields.get("reason", ""),
                    actor=viewer.actor(loaded),
                )
            )  # fmt: skip
        except StewardError as exc:
            if exc.where != "--reason":
                raise
            raise StewardError(exc.what, where="reason") from None  # the form's field
        return RedirectResponse(f"/review?{urlencode({'done': outcome.entry.seq})}", 303)

    # -- ledger ----------------------------------------------------------------------------
    @app.get("/ledger", response_class=HTMLResponse)
    async def ledger_view(request: Request) -> Response:
        viewer = await console.may_see(request, "ledger")
        where = LedgerFilter.of(request)
        before_text = request.query_params.get("before", "")
        if before_text and not before_text.isdigit():
            raise StewardError("must be an entry number", where="before")
        before = int(before_text) if before_text else None

        def gather() -> dict[str, Any]:
            entries, older = ledger_page(store, where, before)
            with store.session() as session:
                head = session.scalar(select(func.max(LedgerEntryRow.seq))) or 0
            return {"entries": entries, "older": older, "head": head}

        found = await run_in_threadpool(gather)
        older_link = (
            "/ledger?" + urlencode({**where.params(), "before": found["older"]})
            if found["older"] is not None
            else None
        )
        newest_link = "/ledger?" + urlencode(where.params()) if before is not None else None
        return console.page(
            request, "ledger.html", viewer, where=where, older_link=older_link,
            newest_link=newest_link, entries=found["entries"], head=found["head"],
        )  # fmt: skip

    register_audit_views(app, console)  # trace, compare, verify, export

    register_ops_views(app, console)
    return app
