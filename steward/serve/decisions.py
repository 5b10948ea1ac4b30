"""The one way a gateway decision reaches the ledger: :func:`record_decision`.

Every decision — served, blocked, escalated, refused by role (403), refused because the
upstream or its assistant failed, feedback recorded, how a stream ended — is one entry under
the request's id, carrying the key id, role, model hash, latency and what the route adds
(guard verdicts, counts, labels; never the text), committed before the answer is sent. The
writes of concurrent requests share one transaction (:class:`LedgerWriter`). Not decisions,
so written elsewhere: ``gateway.started`` (the gateway, at start) and ``gateway.denials`` (the
401/429 counts of an interval, :mod:`steward.serve.abuse`)."""

import asyncio
import time
from typing import Any, Literal

from fastapi import Request

from steward.serve.guards.chain import GuardResult
from steward.serve.keys import ApiKey
from steward.serve.state import Gateway


async def record_decision(
    gateway: Gateway,
    request: Request,
    key: ApiKey | None,
    route: str,
    outcome: str,
    *,
    ledger_action: Literal["gateway.stream_ended"] | None = None,
    **details: Any,
) -> None:
    """The decision's ledger entry (``gateway.decision``, or ``gateway.denied`` for the outcome
    ``denied``; with ``ledger_action``, what followed it, under the same request id),
    committed before the answer leaves. ``details`` may replace the served model's hash
    (``model_sha256``: a chat answered by a registered assistant names its adapter's)."""
    latency_ms = round((time.perf_counter() - request.state.started) * 1000, 3)
    # Awaited, not blocking: requests in flight meanwhile join the same commit. Shielded:
    # a client that goes away cancels the request's task, but the decision is made and
    # its entry still goes in (and the writer never sees its future cancelled).
    await asyncio.shield(
        asyncio.wrap_future(
            gateway.writer.submit(
                actor=f"key:{key.key_id}" if key else "anonymous",
                action=ledger_action
                or ("gateway.decision" if outcome != "denied" else "gateway.denied"),
                subject=request.state.request_id,
                outcome=outcome,
                details={
                    "route": route,
                    "key_id": key.key_id if key else None,
                    "role": key.role if key else None,
                    "model_sha256": gateway.model_sha256,
                    "latency_ms": latency_ms,
                    **details,
                },
            )
        )
    )


def guard_summary(result: GuardResult) -> dict[str, Any]:
    """What the ledger keeps of a guard pass: actions, scores, reasons, span labels and
    offsets; never the text."""
    return result.to_dict()
