"""Who may ask and how much: the API key (401), its role (403, a ledger entry), its rate
(429) and its guard budget (429). 401s and 429s are counted, one ``gateway.denials`` entry
per interval (:mod:`steward.serve.abuse`), not an entry each."""

import asyncio
from typing import Any, Literal

from fastapi import Depends, Request

from steward.accountability.roles import ROLE_PERMISSIONS, Permission
from steward.serve.abuse import Overloaded
from steward.serve.answers import ApiError
from steward.serve.decisions import record_decision
from steward.serve.guards.chain import GuardResult
from steward.serve.keys import ApiKey, AuthError, TooManyFailures
from steward.serve.state import Gateway, gateway_of


def count_denial(
    gateway: Gateway, request: Request, status: int, reason: str, route: str, key: ApiKey | None
) -> None:
    """A 401 or 429: counted into the interval's ``gateway.denials`` entry, not an entry of
    its own (a flood of them would otherwise fill the signed ledger)."""
    gateway.metrics.denied.labels(reason=reason).inc()
    if gateway.denials is not None:
        client = request.client.host if request.client else None
        gateway.denials.count(status=status, reason=reason, route=route,
                              key_id=key.key_id if key else None, client=client)  # fmt: skip


async def authorize(
    gateway: Gateway, request: Request, permission: Permission, route: str
) -> ApiKey:
    """The request's key, when it is valid, within its rate and its role has ``permission``."""
    header = request.headers.get("authorization", "")
    presented = header[7:].strip() if header.lower().startswith("bearer ") else None
    presented = presented or request.headers.get("x-api-key")
    client = request.client.host if request.client else None
    try:
        if gateway.keys.needs_kdf(presented, client):
            # scrypt (tens of ms) releases the GIL: in a thread it stalls no one else
            key = await asyncio.wrap_future(
                gateway.keys.kdf_thread.submit(gateway.keys.authenticate, presented, client=client)
            )
        else:  # remembered, malformed or throttled: no KDF, cheaper than a thread hop
            key = gateway.keys.authenticate(presented, client=client)
    except TooManyFailures as exc:
        count_denial(gateway, request, 429, exc.code, route, None)
        raise ApiError(429, exc.what, Retry_After=str(max(1, round(exc.retry_after)))) from None
    except AuthError as exc:
        count_denial(gateway, request, 401, exc.code, route, None)
        raise ApiError(401, exc.what, WWW_Authenticate="Bearer") from None
    # The rate first: it also bounds the 403s below, each of which is a ledger entry.
    wait = gateway.limiter.retry_after(key)
    if wait > 0:
        count_denial(gateway, request, 429, "rate_limited", route, key)
        raise ApiError(
            429,
            f"over {key.rate_per_minute} requests per minute for key {key.key_id}",
            Retry_After=str(max(1, round(wait))),
        )
    if permission not in ROLE_PERMISSIONS.get(key.role, frozenset()):
        holders = sorted(r for r, p in ROLE_PERMISSIONS.items() if permission in p)
        reason = f"role {key.role!r} may not {permission.value}; needs one of {', '.join(holders)}"
        # A valid key asking for what its role may not do names a known caller: kept as
        # one entry per request.
        gateway.metrics.denied.labels(reason="forbidden").inc()
        await record_decision(gateway, request, key, route, "denied", status=403, reason=reason)
        raise ApiError(403, reason)
    return key


def needs(permission: Permission, route: str) -> Any:
    """The dependency that gives a route the caller's key, once :func:`authorize` lets it
    through."""

    async def dependency(request: Request) -> ApiKey:
        return await authorize(gateway_of(request), request, permission, route)

    return Depends(dependency)


async def run_guards(
    gateway: Gateway,
    request: Request,
    key: ApiKey,
    route: str,
    direction: Literal["input", "output"],
    texts: list[str],
    *,
    refusable: bool = True,
) -> list[GuardResult]:
    """One request's guard work under the key's budget (:class:`GuardWork`): 429 beyond
    it, long texts in the worker processes, so no caller can starve the others."""
    if gateway.guard_work is None:
        chain = gateway.input_guards if direction == "input" else gateway.output_guards
        return chain.check_batch(texts)
    try:
        return await gateway.guard_work.check_batch(
            key.key_id, direction, texts, refusable=refusable
        )
    except Overloaded as exc:
        count_denial(gateway, request, 429, "guard_budget", route, key)
        raise ApiError(429, exc.reason, Retry_After=str(max(1, round(exc.retry_after)))) from None
