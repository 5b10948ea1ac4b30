"""``/v1/guard``: check a text with the input or output guards, as a served decision."""

from typing import Annotated, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import Field

from steward.accountability.roles import Permission
from steward.serve.access import needs, run_guards
from steward.serve.answers import WITH_BODY, error_responses
from steward.serve.decisions import guard_summary, record_decision
from steward.serve.keys import ApiKey
from steward.serve.routes.bodies import StrictBody
from steward.serve.state import GatewayState

router = APIRouter()


class GuardRequest(StrictBody):
    text: str = Field(description="the prompt (input) or answer (output) to check")
    direction: Literal["input", "output"] = "input"


@router.post(
    "/v1/guard",
    summary="Check a text with the input or output guards",
    responses=error_responses(*WITH_BODY),
)
async def guard(
    request: Request,
    body: GuardRequest,
    gateway: GatewayState,
    key: Annotated[ApiKey, needs(Permission.PREDICT, "/v1/guard")],
) -> JSONResponse:
    (result,) = await run_guards(gateway, request, key, "/v1/guard", body.direction, [body.text])
    gateway.metrics.observe_guards(result, body.direction)
    summary = guard_summary(result)
    await record_decision(
        gateway,
        request,
        key,
        "/v1/guard",
        result.action,
        direction=body.direction,
        guards=summary["verdicts"],
    )
    # A JSONResponse skips FastAPI's generic encoder: the body is plain JSON already.
    return JSONResponse({"request_id": request.state.request_id, **summary, "text": result.text})
