"""The console's shared state (:class:`Console`: the store, ledger, templates, sessions, and
the refusals it records) and the constants its views share."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any
from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.concurrency import run_in_threadpool

from steward.accountability.ledger import Ledger
from steward.config import LoadedPolicy
from steward.console.access import VIEW_PERMISSIONS, NotSignedIn, Refused, Viewer
from steward.console.auth import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    SessionSigner,
    load_or_create_secret,
)
from steward.console.i18n import LANGUAGE_NAMES, LANGUAGES, language_of, translator
from steward.errors import StewardError
from steward.registry.governance import Governance
from steward.serve.abuse import DenialCounter, FailedAuthLimiter
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store

DENIED_ACTION = "console.denied"
SIGNIN_ACTION = "console.signed_in"
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
NAV = (("models", "/models", "nav.models"), ("review", "/review", "nav.review"),
       ("ledger", "/ledger", "nav.ledger"))  # fmt: skip
# Pages are ours and script-free: the policy forbids scripts outright. Run files (reports
# rendered from run data) are sandboxed on top.
PAGE_CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
RUN_FILE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"


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
        # monitoring's drift reference per model artifact (content-addressed: never stale)
        self.references: dict[str, dict[str, Any]] = {}

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
        await self.fold_monitoring()  # what the gateway decided while no console ran
        while True:
            await asyncio.sleep(self.failed_signins.interval_s)
            await self.flush_failed_signins()
            await self.fold_monitoring()

    async def fold_monitoring(self) -> None:
        """Keep monitoring's hourly rollups current, so a page folds only the last seconds.
        A failure here is logged, not fatal: the monitoring page folds again itself and
        shows the error where it happens."""
        from steward.accountability.monitor_rollups import catch_up

        try:
            await run_in_threadpool(catch_up, self.store)
        except Exception:  # a background task must not die of it
            logging.getLogger(__name__).warning("folding monitoring rollups", exc_info=True)

    async def start(self) -> None:
        self._flusher = asyncio.create_task(self._flush_every_interval(), name="console-denials")

    async def stop(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
        await self.flush_failed_signins()  # the last, partial interval
