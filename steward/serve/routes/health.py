"""Liveness (``/healthz``, no key) and Prometheus metrics (``/metrics``, monitor permission)."""

from typing import Annotated, Any

from fastapi import APIRouter
from fastapi.responses import Response

from steward.accountability.roles import Permission
from steward.serve.access import needs
from steward.serve.answers import KEYED, error_responses
from steward.serve.keys import ApiKey
from steward.serve.state import GatewayState

router = APIRouter()


@router.get("/healthz", summary="Liveness and what is loaded (no key needed)")
def healthz(gateway: GatewayState) -> dict[str, Any]:
    return {
        "status": "ok",
        "model": gateway.model.version.ref if gateway.model is not None else None,
        "model_problem": gateway.model_problem,
        "input_guards": gateway.input_guards.names,
        "output_guards": gateway.output_guards.names,
    }


@router.get(
    "/metrics",
    summary="Prometheus metrics (monitor permission)",
    responses={
        200: {
            "description": "Prometheus text exposition format",
            "content": {"text/plain": {"schema": {"type": "string"}}},
        },
        **error_responses(*KEYED),
    },
)
async def metrics(
    gateway: GatewayState, _key: Annotated[ApiKey, needs(Permission.MONITOR, "/metrics")]
) -> Response:
    if gateway.drift is not None:
        gateway.metrics.observe_drift(gateway.drift.snapshot())
    body, content_type = gateway.metrics.render()
    return Response(body, media_type=content_type)
