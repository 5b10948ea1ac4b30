"""``/v1/feedback``: feedback on a served decision, stored and triaged by
:class:`~steward.accountability.incidents.Incidents` (which anonymizes its free text with the
policy's ``pii`` settings first), then recorded as the gateway's decision."""

import asyncio
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from pydantic import ConfigDict, Field, ValidationInfo, field_validator
from pydantic.json_schema import SkipJsonSchema

from steward.accountability.incidents import UnknownRequest
from steward.accountability.roles import Permission
from steward.serve.access import needs
from steward.serve.answers import WITH_BODY, ApiError, error_responses
from steward.serve.decisions import record_decision
from steward.serve.keys import ApiKey
from steward.serve.routes.bodies import StrictBody
from steward.serve.state import GatewayState

ROUTE = "/v1/feedback"
router = APIRouter()


# Constraints on the text itself, so that a null (refused below) never reaches them.
_SharedText = Annotated[str, Field(min_length=1, max_length=4000)]


class FeedbackRequest(StrictBody):
    """``shared_text`` only with ``consent_to_train: true`` (the schema says so with
    ``if``/``then``)."""

    model_config = ConfigDict(
        json_schema_extra={
            "if": {"required": ["shared_text"]},
            "then": {
                "required": ["consent_to_train"],
                "properties": {"consent_to_train": {"const": True}},
            },
        }
    )
    request_id: str = Field(
        min_length=8, max_length=64, description="a served decision's id (404 when unknown)"
    )
    kind: Literal["thumbs_up", "thumbs_down", "correction", "complaint"]
    comment: str = Field(
        default="", max_length=2000, description="stored with its personal data anonymized"
    )
    correct_label: str | None = Field(default=None, max_length=128)
    # The gateway never keeps request text: a training example exists only when the user
    # shares it here, with consent, and it is anonymized like the comment before storage.
    shared_text: _SharedText | SkipJsonSchema[None] = Field(
        default=None,
        description="the message the user agrees to share for training (needs consent_to_train)",
    )
    corrected_reply: _SharedText | SkipJsonSchema[None] = Field(
        default=None, description="the answer that was right"
    )
    consent_to_train: bool = Field(
        default=False,
        validate_default=True,  # an omitted consent is checked too
        description="must be true when shared_text is given",
    )

    @field_validator("shared_text", "corrected_reply", mode="before")
    @classmethod
    def _text_or_absent(cls, value: Any) -> Any:
        # The schema says text: leave the field out rather than send null.
        if value is None:
            raise ValueError("must be text (leave the field out when there is none)")
        return value

    @field_validator("consent_to_train", mode="after")
    @classmethod
    def _consent_covers_shared_text(cls, consent: bool, info: ValidationInfo) -> bool:
        if info.data.get("shared_text") is not None and not consent:
            raise ValueError("shared_text is kept for training only with consent_to_train: true")
        return consent


@router.post(
    ROUTE,
    summary="Feedback on a served decision",
    responses=error_responses(*WITH_BODY, 404, s404="no decision has this request_id"),
)
async def feedback(
    request: Request,
    body: FeedbackRequest,
    gateway: GatewayState,
    key: Annotated[ApiKey, needs(Permission.FEEDBACK, ROUTE)],
) -> dict[str, Any]:
    try:
        # PII detection and the database writes are blocking work: off the event loop.
        stored = await asyncio.to_thread(
            gateway.incidents.record_feedback,
            request_id=body.request_id,
            kind=body.kind,
            key_id=key.key_id,
            comment=body.comment,
            correct_label=body.correct_label,
            shared_text=body.shared_text,
            corrected_reply=body.corrected_reply,
            consent_to_train=body.consent_to_train,
            actor=f"key:{key.key_id}",
        )
    except UnknownRequest as exc:
        raise ApiError(404, exc.what, field="request_id") from None
    gateway.metrics.feedback.labels(kind=body.kind).inc()
    await record_decision(gateway, request, key, ROUTE, "recorded", **stored.ledger_details())
    incident = stored.incident
    return {
        "request_id": request.state.request_id,
        "feedback_id": stored.id,
        "incident": None
        if incident is None
        else {
            "id": incident.id,
            "severity": incident.severity,
            "responsible_role": incident.responsible_role,
            "assignee": incident.assignee,
        },
    }
