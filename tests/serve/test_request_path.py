"""The per-request plumbing around the guards stays cheap without changing what it reports:
the gateway dependency runs on the event loop (no thread-pool hop per request), and the
metrics' cached labelled children count exactly what ``labels()`` would."""

from __future__ import annotations

import asyncio
from typing import get_args

from prometheus_client import generate_latest

from steward.serve.guards.base import GuardVerdict
from steward.serve.guards.chain import GuardResult
from steward.serve.metrics import GatewayMetrics
from steward.serve.state import GatewayState


def test_the_gateway_dependency_is_a_coroutine() -> None:
    # FastAPI runs a plain-function dependency in its thread pool: a hop per request.
    (depends,) = get_args(GatewayState)[1:]
    assert asyncio.iscoroutinefunction(depends.dependency)


def _sample(metrics: GatewayMetrics, line_start: str) -> float:
    text = generate_latest(metrics.registry).decode()
    (line,) = [row for row in text.splitlines() if row.startswith(line_start)]
    return float(line.rsplit(" ", 1)[1])


def test_cached_metric_children_count_per_label() -> None:
    metrics = GatewayMetrics()
    for status in (200, 200, 429, 200):
        metrics.observe_request("/v1/guard", status, 0.003)
    metrics.observe_request("/healthz", 200, 0.001)
    assert _sample(metrics, 'steward_requests_total{route="/v1/guard",status="200"}') == 3
    assert _sample(metrics, 'steward_requests_total{route="/v1/guard",status="429"}') == 1
    assert _sample(metrics, 'steward_requests_total{route="/healthz",status="200"}') == 1
    assert _sample(metrics, 'steward_request_seconds_count{route="/v1/guard"}') == 4

    allow = GuardVerdict(guard="pii", action="allow", score=0.0)
    block = GuardVerdict(guard="pii", action="block", score=1.0)
    for verdict in (allow, block, allow):
        metrics.observe_guards(
            GuardResult(verdict.action, "x", (verdict,), {"pii": 0.002}), "input"
        )
    metrics.observe_guards(GuardResult("allow", "x", (allow,), {"pii": 0.002}), "output")
    actions = "steward_guard_actions_total"
    assert _sample(metrics, f'{actions}{{action="allow",direction="input",guard="pii"}}') == 2
    assert _sample(metrics, f'{actions}{{action="block",direction="input",guard="pii"}}') == 1
    assert _sample(metrics, f'{actions}{{action="allow",direction="output",guard="pii"}}') == 1
    assert _sample(metrics, 'steward_guard_seconds_count{guard="pii"}') == 4
