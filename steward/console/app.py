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

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy import Select, and_, func, or_, select, tuple_
from starlette.concurrency import run_in_threadpool

from steward.accountability.actor import SignedActor
from steward.accountability.ledger import Ledger, LedgerEntry, entry_from_row
from steward.accountability.roles import ROLE_PERMISSIONS, Permission
from steward.config import LoadedPolicy
from steward.console.auth import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    SIGNIN_COOKIE,
    SIGNIN_NONCE_TTL_S,
    ConsoleSession,
    SessionSigner,
    load_or_create_secret,
)
from steward.console.i18n import LANGUAGE_NAMES, LANGUAGES, language_of, translator
from steward.console.views_audit import register_audit_views
from steward.errors import RegistryError, StewardError
from steward.registry.governance import REVIEW_ACTION, Governance
from steward.registry.models import PENDING_REVIEW, ModelVersion
from steward.serve.abuse import DenialCounter, FailedAuthLimiter
from steward.serve.keys import ApiKey, AuthError, KeyStore, TooManyFailures
from steward.store.artifacts import Store
from steward.store.db import LedgerEntryRow

DENIED_ACTION = "console.denied"
SIGNIN_ACTION = "console.signed_in"
LEDGER_PAGE = 50
MODELS_PAGE = 100
REVIEW_LIMIT = 500  # the review queue shows this many waiting versions, newest first
MAX_FORM_BYTES = 64 * 1024
# The files of a run folder the model page links, and how each is served.
RUN_FILES: dict[str, tuple[str, str]] = {
    "report.html": ("file.report", "text/html; charset=utf-8"),
    "datasheet.html": ("file.datasheet", "text/html; charset=utf-8"),
    "MODEL_CARD.md": ("file.model_card", "text/plain; charset=utf-8"),
    "audit.json": ("file.audit", "application/json"),
}
RUN_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
# What each view needs: one of these permissions of the RACI table.
VIEW_PERMISSIONS: dict[str, frozenset[Permission]] = {
    # those who build, release, operate or audit a model see the registry
    "models": frozenset(
        {Permission.RUN_PIPELINE, Permission.APPROVE, Permission.DEPLOY, Permission.READ_LEDGER}
    ),
    "review": frozenset({Permission.APPROVE, Permission.WAIVE, Permission.READ_LEDGER}),
    "ledger": frozenset({Permission.READ_LEDGER}),
}
NAV = (("models", "/models", "nav.models"), ("review", "/review", "nav.review"),
       ("ledger", "/ledger", "nav.ledger"))  # fmt: skip
# Pages are ours and script-free: the policy forbids scripts outright. Run files (reports
# rendered from run data) are sandboxed on top.
PAGE_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
RUN_FILE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


class NotSignedIn(Exception):
    """No valid session: pages redirect to sign-in, POSTs get 401."""


class Refused(Exception):
    """A signed-in key may not do this (403); the ledger entry is already written."""

    def __init__(self, viewer: Viewer, reason: str) -> None:
        super().__init__(reason)
        self.viewer = viewer
        self.reason = reason


@dataclass(frozen=True)
class Viewer:
    """The signed-in key behind a request (its row read again for this request)."""

    key: ApiKey
    session: ConsoleSession
    csrf: str

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS.get(self.key.role, frozenset())

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    def sees(self, view: str) -> bool:
        return bool(VIEW_PERMISSIONS[view] & self.permissions)

    def actor(self, loaded: LoadedPolicy) -> SignedActor:
        """Who acts, for governance: the person the key was made for (the policy names them
        in this role: :meth:`Console.holder`), proven by the key (its scrypt hash checked at
        sign-in, its row on this request), with the key's one role."""
        return SignedActor(
            self.key.name,
            roles=(self.key.role,),
            verified=True,
            roles_policy=loaded.policy.roles,
            evidence={
                "method": "console-api-key",
                "verified": True,
                "key_id": self.key.key_id,
                "key_name": self.key.name,
                "role": self.key.role,
            },
        )


def _utc_bound(text: str, field: str) -> str:
    """A user's time bound as the ledger writes times (ISO-8601, UTC, microseconds), so the
    string comparison in SQL orders correctly; a naive time is taken as UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise StewardError(
            f"not an ISO-8601 time: {text!r} (e.g. 2026-12-06 or 2026-12-06T10:30)", where=field
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class LedgerFilter:
    kind: str = ""
    actor: str = ""
    model: str = ""
    since: str = ""
    until: str = ""

    @classmethod
    def of(cls, request: Request) -> LedgerFilter:
        query = request.query_params
        return cls(*(query.get(name, "").strip() for name in ("kind", "actor", "model",
                                                                "since", "until")))  # fmt: skip

    def params(self) -> dict[str, str]:
        return {name: value for name, value in self.__dict__.items() if value}


def ledger_query(
    where: LedgerFilter, before: int | None, limit: int, *, byte_order: bool = True
) -> Select[LedgerEntryRow]:
    """The entries matching ``where`` older than ``before``, newest first, ``limit`` of them.
    Keyset pagination on the primary key: a page costs the same at entry 10 as at entry
    1,000,000 (OFFSET would walk every skipped row); each filter has an index to read.
    ``byte_order``: the database compares text byte by byte (SQLite's default), so a name's
    versions are one range of the subject index."""
    seq, recorded_at = LedgerEntryRow.seq, LedgerEntryRow.recorded_at
    # A time window is read in (recorded_at, seq) order from its index: newest first by seq
    # would walk every entry newer than "until" before the first match. The two orders
    # agree while appends take the clock's time in turn (the ledger serialises them).
    timed = bool(where.since or where.until)
    order = (recorded_at.desc(), seq.desc()) if timed else (seq.desc(),)
    query = select(LedgerEntryRow).order_by(*order).limit(limit)
    if before is not None and timed:
        at = select(recorded_at).where(seq == before).scalar_subquery()
        query = query.where(tuple_(recorded_at, seq) < tuple_(at, before))
    elif before is not None:
        query = query.where(seq < before)
    if where.kind:
        query = query.where(LedgerEntryRow.action == where.kind)
    if where.actor:
        query = query.where(LedgerEntryRow.actor == where.actor)
    if where.model:
        # A name means every version of it, name:version one version. In byte order, as a
        # range on subject ("name:" up to "name;", ';' following ':') that the subject index
        # serves; a locale's collation may order punctuation otherwise, so there a prefix.
        subject = LedgerEntryRow.subject
        versions = (
            and_(subject >= f"{where.model}:", subject < f"{where.model};")
            if byte_order
            else subject.startswith(f"{where.model}:", autoescape=True)
        )
        query = query.where(
            subject == where.model if ":" in where.model else or_(subject == where.model, versions)
        )
    if where.since:
        query = query.where(LedgerEntryRow.recorded_at >= _utc_bound(where.since, "since"))
    if where.until:
        query = query.where(LedgerEntryRow.recorded_at <= _utc_bound(where.until, "until"))
    return query


def ledger_page(
    store: Store, where: LedgerFilter, before: int | None, limit: int = LEDGER_PAGE
) -> tuple[list[LedgerEntry], int | None]:
    """Up to ``limit`` entries (:func:`ledger_query`) and the seq to continue from (None on
    the last page)."""
    with store.session() as session:
        byte_order = session.get_bind().dialect.name == "sqlite"
        rows = list(session.scalars(ledger_query(where, before, limit + 1, byte_order=byte_order)))
    entries = [entry_from_row(row) for row in rows[:limit]]
    return entries, (entries[-1].seq if len(rows) > limit else None)


def _safe_next(target: str | None) -> str:
    """A local path to go back to (never another site: ``//host`` or a scheme)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


class Console:
    """The state the console's routes share, built once at start."""

    def __init__(
        self,
        loaded: LoadedPolicy,
        store: Store,
        *,
        session_ttl_s: float = 8 * 3600,
        secure_cookies: bool = False,
    ) -> None:
        serve = loaded.policy.serve
        self.loaded = loaded
        self.store = store
        self.secure_cookies = secure_cookies
        self.keys = KeyStore(
            store,
            throttle=FailedAuthLimiter(
                serve.auth_failures_per_key, serve.auth_failures_per_client,
                serve.auth_failure_window_s,
            ),
        )  # fmt: skip
        self.signer = SessionSigner(load_or_create_secret(store), session_ttl_s)
        self.ledger = Ledger(store)
        self.governance = Governance(store, loaded, ledger=self.ledger)
        self.registry = self.governance.registry
        self.failed_signins = DenialCounter(serve.denial_interval_s)
        self.templates = Environment(
            loader=PackageLoader("steward.console", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
        )
        self._flusher: asyncio.Task[None] | None = None

    # -- who is asking ---------------------------------------------------------------------
    def viewer(self, request: Request) -> Viewer:
        session = self.signer.read(request.cookies.get(SESSION_COOKIE))
        if session is None:
            raise NotSignedIn
        try:
            key = self.keys.get(session.key_id)
        except StewardError:
            raise NotSignedIn from None
        if not key.active:  # revoked or expired since sign-in: the session ends with it
            raise NotSignedIn
        return Viewer(key, session, self.signer.csrf_token(session))

    async def refuse(self, request: Request, viewer: Viewer, reason: str, **details: Any) -> None:
        """Record a signed-in key's refusal (one ledger entry) and raise 403."""
        await run_in_threadpool(
            self.ledger.append,
            actor=f"key:{viewer.key.key_id}",
            action=DENIED_ACTION,
            subject=f"{request.method} {request.url.path}",
            outcome="denied",
            details={"status": 403, "key_id": viewer.key.key_id, "role": viewer.key.role,
                     "reason": reason, "client": request.client.host if request.client else None,
                     **details},
        )  # fmt: skip
        raise Refused(viewer, reason)

    async def may_see(self, request: Request, view: str) -> Viewer:
        viewer = self.viewer(request)
        if not viewer.sees(view):
            needs = sorted(p.value for p in VIEW_PERMISSIONS[view])
            await self.refuse(
                request, viewer,
                f"role {viewer.key.role!r} may not see {view}; needs one of: {', '.join(needs)}",
                view=view,
            )  # fmt: skip
        return viewer

    async def holder(
        self, request: Request, viewer: Viewer, cli: str = "steward models review", **details: Any
    ) -> None:
        """A governance action is signed by a person the policy names in the role: a key made
        for anyone else (``--name``) may see what its role sees but not decide (refused,
        recorded), so minting a key cannot hand release authority to someone the policy
        does not name."""
        role, name = viewer.key.role, viewer.key.name
        people = self.loaded.policy.roles.people(role)
        if name not in people:
            await self.refuse(
                request, viewer,
                f"key {viewer.key.key_id} was made for {name!r}, whom the policy does not name "
                f"as {role} (roles.assignments.{role}: {', '.join(people) or 'nobody'})",
                **details,
            )  # fmt: skip
        # Where the policy wants a person's Ed25519 signature (a public key listed for them, or
        # roles.enforce), an API key is weaker proof: an operator can mint one in any name.
        # Such decisions go through the CLI with the person's private key.
        policy = self.loaded.policy.roles
        if policy.enforce or policy.public_key_of(name):
            why = (
                "lists a public key for them"
                if policy.public_key_of(name)
                else "sets roles.enforce"
            )
            await self.refuse(
                request, viewer,
                f"the policy {why}, so {name!r} decides with their signature, not an API key: "
                f"run `{cli}` with their private key (STEWARD_IDENTITY)",
                **details,
            )  # fmt: skip

    async def form(self, request: Request, viewer: Viewer | None) -> dict[str, str]:
        """A POST's form fields, after its CSRF token is checked (refused, recorded, if not)."""
        kind = request.headers.get("content-type", "").split(";")[0].strip()
        body = await request.body()
        if kind != "application/x-www-form-urlencoded" or len(body) > MAX_FORM_BYTES:
            raise StewardError(
                f"expected an HTML form (application/x-www-form-urlencoded, at most "
                f"{MAX_FORM_BYTES} bytes), got {kind or 'no content type'} of {len(body)} bytes",
                where="Content-Type",
            )
        fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        if viewer is not None and not self.signer.csrf_ok(viewer.session, fields.get("csrf")):
            await self.refuse(request, viewer, "missing or wrong CSRF token (form field csrf)")
        return fields

    # -- pages -----------------------------------------------------------------------------
    def page(
        self,
        request: Request,
        template: str,
        viewer: Viewer | None,
        *,
        status: int = 200,
        **context: Any,
    ) -> HTMLResponse:
        language = language_of(request.cookies.get(LANGUAGE_COOKIE))
        html = self.templates.get_template(template).render(
            t=translator(language), lang=language, languages=LANGUAGES,
            language_names=LANGUAGE_NAMES, viewer=viewer, here=request.url.path
            + (f"?{request.url.query}" if request.url.query else ""),
            nav=[item for item in NAV if viewer is not None and viewer.sees(item[0])],
            csrf=viewer.csrf if viewer else "", **context,
        )  # fmt: skip
        return HTMLResponse(html, status_code=status)

    def set_cookie(self, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(
            name, value, max_age=max_age, httponly=True, samesite="strict",
            secure=self.secure_cookies, path="/",
        )  # fmt: skip

    async def flush_failed_signins(self) -> None:
        entry = self.failed_signins.drain()
        if entry is not None:
            await run_in_threadpool(self.ledger.append, **entry)

    async def _flush_every_interval(self) -> None:
        while True:
            await asyncio.sleep(self.failed_signins.interval_s)
            await self.flush_failed_signins()

    async def start(self) -> None:
        self._flusher = asyncio.create_task(self._flush_every_interval(), name="console-denials")

    async def stop(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
        await self.flush_failed_signins()  # the last, partial interval


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
            key = await run_in_threadpool(console.keys.authenticate, presented, client=client)
        except TooManyFailures as exc:
            console.failed_signins.count(status=429, reason=exc.code, route="/signin",
                                         key_id=None, client=client)  # fmt: skip
            return signin_form(request, 429, exc.what)
        except AuthError as exc:
            console.failed_signins.count(status=401, reason=exc.code, route="/signin",
                                         key_id=None, client=client)  # fmt: skip
            return signin_form(request, 401, exc.what)
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

    from steward.console.views_ops import register_ops_views  # imports this module

    register_ops_views(app, console)
    return app
