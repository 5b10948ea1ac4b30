"""``/v1/classify``: the served model's predictions on guarded messages.

The body's bound (``serve.max_batch``) is in the schema clients read, so the router is made
for the policy's serve section (:func:`router`); the route's work is :func:`classify_texts`."""

from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema

from steward.accountability.roles import Permission
from steward.config import ServePolicy
from steward.data.pii.language import detect_language
from steward.serve.access import needs, run_guards
from steward.serve.answers import WITH_BODY, ApiError, error_responses
from steward.serve.decisions import guard_summary, record_decision
from steward.serve.keys import ApiKey
from steward.serve.routes.bodies import StrictBody
from steward.serve.state import Gateway, GatewayState

ROUTE = "/v1/classify"


class ClassifyRequest(StrictBody):
    """Exactly one of ``text`` and ``texts`` (the schema says so with ``oneOf``)."""

    model_config = ConfigDict(
        json_schema_extra={"oneOf": [{"required": ["text"]}, {"required": ["texts"]}]}
    )
    text: str | SkipJsonSchema[None] = Field(default=None, description="one message")
    texts: Annotated[list[str], Field(min_length=1)] | SkipJsonSchema[None] = Field(
        default=None, description="several messages (at most serve.max_batch)"
    )

    @model_validator(mode="before")
    @classmethod
    def _exactly_one(cls, data: Any) -> Any:
        if isinstance(data, dict) and ("text" in data) == ("texts" in data):
            raise ValueError("give exactly one of 'text' or 'texts'")
        return data


async def classify_texts(
    gateway: Gateway, request: Request, body: ClassifyRequest, key: ApiKey
) -> JSONResponse:
    texts = [body.text] if body.text is not None else body.texts
    if not texts or (body.text is not None and body.texts is not None):
        raise ApiError(422, "give exactly one of 'text' or 'texts' (non-empty)", field="text")
    max_batch = gateway.config.serve.max_batch
    if len(texts) > max_batch:
        raise ApiError(422, f"at most {max_batch} texts", field="texts")
    if gateway.model is None:
        raise ApiError(503, gateway.model_problem or "no model is served")
    refusal = gateway.model_refusal()
    if refusal is not None:  # flagged by an erasure since the gateway loaded it
        await record_decision(
            gateway, request, key, ROUTE, "refused", model=gateway.model.version.ref,
            reason=refusal,
        )  # fmt: skip
        raise ApiError(503, refusal)
    checked = await run_guards(gateway, request, key, ROUTE, "input", texts)
    for result in checked:
        gateway.metrics.observe_guards(result, "input")
    passing = [i for i, r in enumerate(checked) if not r.blocked]
    predictions = gateway.model.predict([checked[i].text for i in passing]) if passing else []
    by_index = dict(zip(passing, predictions, strict=True))
    results = []
    for i, result in enumerate(checked):
        item: dict[str, Any] = {"blocked": result.blocked, "guards": guard_summary(result)}
        if i in by_index:
            item["label"] = by_index[i].label
            item["confidence"] = by_index[i].confidence
            gateway.metrics.observe_prediction(by_index[i].label, by_index[i].confidence)
            if gateway.drift is not None:
                gateway.drift.observe(by_index[i].label, len(texts[i]))
        results.append(item)
    outcome = "blocked" if all(r.blocked for r in checked) else "served"
    await record_decision(
        gateway,
        request,
        key,
        ROUTE,
        outcome,
        model=gateway.model.version.ref,
        # per message: what monitoring needs (intent, confidence, guard actions, length,
        # language), never the text
        results=[
            {k: v for k, v in r.items() if k != "guards"}
            | {
                "guard_actions": {v["guard"]: v["action"] for v in r["guards"]["verdicts"]},
                "chars": len(text),
                "language": detect_language(text),
            }
            for r, text in zip(results, texts, strict=True)
        ],
    )
    return JSONResponse(
        {
            "request_id": request.state.request_id,
            "model": gateway.model.version.ref,
            "results": results,
        }
    )


def router(serve: ServePolicy) -> APIRouter:
    """``/v1/classify`` with the policy's batch bound in its body's schema."""

    class ClassifyBody(ClassifyRequest):
        texts: (
            Annotated[list[str], Field(min_length=1, max_length=serve.max_batch)]
            | SkipJsonSchema[None]
        ) = Field(default=None, description="several messages")

    routes = APIRouter()

    @routes.post(
        ROUTE,
        summary="Classify messages with the served model, guarded",
        responses=error_responses(
            *WITH_BODY, 503, s503="no model is served (serve.model), or an erasure flagged it"
        ),
    )
    async def classify(
        request: Request,
        body: ClassifyBody,
        gateway: GatewayState,
        key: Annotated[ApiKey, needs(Permission.PREDICT, ROUTE)],
    ) -> JSONResponse:
        return await classify_texts(gateway, request, body, key)

    return routes
