"""``/v1/chat/completions``: OpenAI-compatible chat, forwarded to the upstream model with the
guards on both sides (:mod:`steward.serve.chat`) and, when the upstream serves a registered
assistant with a knowledge base, grounded (:mod:`steward.serve.grounded`).

One request is one :class:`ChatTurn`, taken in steps: the message roles the key may send
(403), the prompt's guards (a block is answered here), the upstream's assistant (502 when
the registry does not vouch for it), then the answer: from the passages or a person (no
model called), from the upstream whole, or from the upstream streamed. Each step that ends
the request records its decision (:func:`~steward.serve.decisions.record_decision`).

The body's bound on the answer's length (``serve.max_output_tokens``) is in the schema
clients read, so the router is made for the policy's serve section (:func:`router`)."""

import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import Field

from steward.accountability.roles import Permission
from steward.assistant.grounding import Grounder, GroundingPlan
from steward.assistant.knowledge import language_of
from steward.config import ServePolicy
from steward.serve.access import needs, run_guards
from steward.serve.answers import WITH_BODY, ApiError, error_responses, upstream_refusal
from steward.serve.chat import (
    WHOLE_FLOATS_ARE_INTEGERS,
    ChatRequest,
    RecordedStreamingResponse,
    StreamProgress,
    UpstreamError,
    answer_texts,
    apply_answer_results,
    apply_prompt_results,
    forbidden_message,
    guarded_stream,
    joined_parts,
    prompt_ledger,
    prompt_texts,
    refusal,
    refusal_events,
    seam_findings,
    seam_ledger,
)
from steward.serve.decisions import guard_summary, record_decision
from steward.serve.grounded import (
    ServedAssistant,
    StreamGrounding,
    UpstreamRefused,
    completion_events,
    grounding_ledger,
    grounding_summary,
    history_of,
    local_completion,
    question_of,
)
from steward.serve.guards.chain import GuardResult
from steward.serve.keys import ApiKey
from steward.serve.state import Gateway, GatewayState

ROUTE = "/v1/chat/completions"


@dataclass
class ChatTurn:
    """One chat request on its way through the gateway: what each step found so far."""

    gateway: Gateway
    request: Request
    key: ApiKey
    body: ChatRequest
    upstream: str  # the upstream's base URL
    prompt_results: list[GuardResult] = field(default_factory=list)
    # per text of each message: its role, field and what the guards did (never the text)
    prompt_verdicts: list[dict[str, Any]] = field(default_factory=list)
    served: ServedAssistant | None = None  # the upstream's registered assistant
    # what the decision's entries say of the assistant: `ledger trace` follows its adapter hash
    identity: dict[str, Any] = field(default_factory=dict)
    grounder: Grounder | None = None
    plan: GroundingPlan | None = None  # the question's passages and how it is answered

    @property
    def request_id(self) -> str:
        request_id: str = self.request.state.request_id
        return request_id

    async def record(
        self,
        outcome: str,
        *,
        ledger_action: Literal["gateway.stream_ended"] | None = None,
        **details: Any,
    ) -> None:
        await record_decision(self.gateway, self.request, self.key, ROUTE, outcome,
                              ledger_action=ledger_action, **details)  # fmt: skip

    async def guards(
        self, direction: Literal["input", "output"], texts: list[str], *, refusable: bool = True
    ) -> list[GuardResult]:
        results = await run_guards(
            self.gateway, self.request, self.key, ROUTE, direction, texts, refusable=refusable
        )
        for result in results:
            self.gateway.metrics.observe_guards(result, direction)
        return results

    def steward_object(self, output_results: list[GuardResult]) -> dict[str, Any]:
        """The answer's ``steward`` object: the request id and what the guards did."""
        return {
            "request_id": self.request_id,
            "blocked": any(r.blocked for r in output_results),
            "input_actions": [r.action for r in self.prompt_results],
            "output_actions": [r.action for r in output_results],
        }


async def chat_completion(
    gateway: Gateway, request: Request, body: ChatRequest, key: ApiKey
) -> Response:
    upstream = gateway.config.serve.upstream_url
    if not upstream:
        raise ApiError(503, "no upstream model: set serve.upstream_url in the policy")
    turn = ChatTurn(gateway, request, key, body, upstream)
    await refuse_forbidden_roles(turn)
    refused = await guard_prompt(turn)
    if refused is not None:
        return refused
    client = gateway.upstream_client()
    await find_assistant(turn, client)
    if turn.grounder is not None and turn.plan is not None and turn.plan.mode != "generate":
        return await answer_without_model(turn, turn.grounder, turn.plan)
    payload = body.model_dump(exclude_none=True)
    if turn.plan is not None:  # the model answers from the numbered passages
        payload["messages"] = turn.plan.prompt(history_of(body))
    if not body.stream:
        return await forward(turn, client, payload)
    return await forward_streamed(turn, client, payload)


async def refuse_forbidden_roles(turn: ChatTurn) -> None:
    """403, recorded, when the key's role may not send one of the messages' roles."""
    body, key = turn.body, turn.key
    allowed_roles = turn.gateway.config.serve.allowed_message_roles(key.role)
    refused = forbidden_message(body, allowed_roles)
    if refused is None:
        return
    where = f"messages[{refused}].role"
    reason = (
        f"a key of role {key.role!r} may not send {body.messages[refused].role!r} "
        f"messages; it may send: {', '.join(sorted(allowed_roles))} "
        f"(policy: serve.message_roles)"
    )
    turn.gateway.metrics.denied.labels(reason="forbidden").inc()
    await turn.record("denied", status=403, reason=reason, field=where)
    raise ApiError(403, reason, field=where)


async def guard_prompt(turn: ChatTurn) -> Response | None:
    """The input guards over every text that reaches the model (redactions applied in
    place); the refusal answer, recorded, when they block."""
    body = turn.body
    turn.prompt_results = await turn.guards("input", [t.text for t in prompt_texts(body)])
    blocked = apply_prompt_results(body, turn.prompt_results)
    turn.prompt_verdicts = prompt_ledger(body, turn.prompt_results)
    reasons = [reason for r in turn.prompt_results for reason in r.reasons]
    # content sent as parts: the parts joined as the model reads them, so nothing that a
    # client cut in two at a seam gets through
    seams = [] if blocked else joined_parts(body)
    if seams:
        seam_results = await turn.guards("input", [s.text for s in seams])
        turn.prompt_verdicts += seam_ledger(seams, seam_results)
        reasons = seam_findings(seams, seam_results)
        blocked = bool(reasons)
    if not blocked:
        return None
    language = language_of(question_of(body) or "")
    await turn.record("block", upstream_model=body.model, input_guards=turn.prompt_verdicts,
                      stream=body.stream, language=language)  # fmt: skip
    turn.gateway.metrics.observe_chat(language, "block", 0, 0, None, None)
    if body.stream:  # a stream client reads events: it gets the refusal as events
        return Response(
            refusal_events(body.model, turn.request_id, reasons), media_type="text/event-stream"
        )
    return JSONResponse(refusal(body.model, turn.request_id, reasons))


async def find_assistant(turn: ChatTurn, client: httpx.AsyncClient) -> None:
    """Which registered assistant the upstream serves (an adapter the registry does not
    approve is refused, recorded, before any prompt goes out), and the question's grounding
    plan when it has a knowledge base."""
    config = turn.gateway.config
    try:
        turn.served = await turn.gateway.assistants.resolve(
            client, turn.upstream, config.upstream_headers()
        )
    except UpstreamRefused as exc:
        await turn.record("upstream_refused", upstream_model=turn.body.model,
                          input_guards=turn.prompt_verdicts, status=502,
                          reason=exc.reason)  # fmt: skip
        raise ApiError(502, exc.reason) from None
    served = turn.served
    if served is not None:
        turn.identity = {
            "assistant": served.identity,
            "model_sha256": served.version.weights_sha256,
        }
    turn.grounder = served.grounder if served is not None else None
    question = question_of(turn.body) if turn.grounder is not None else None
    if turn.grounder is not None and question and question.strip():
        turn.plan = await asyncio.to_thread(turn.grounder.plan, question)


async def answer_without_model(turn: ChatTurn, grounder: Grounder, plan: GroundingPlan) -> Response:
    """Handed to a person, or answered from the passages: no model is called."""
    body = turn.body
    local = await asyncio.to_thread(grounder.answer_plan, plan, None)
    given = local_completion(body.model, turn.request_id, local)
    output_results = await turn.guards("output", answer_texts(given), refusable=False)
    apply_answer_results(given, output_results)
    given["steward"] = turn.steward_object(output_results) | {
        "grounding": grounding_summary(plan, local)
    }
    outcome = "escalated" if local.escalated else "served"
    await turn.record(outcome, upstream_model=body.model, stream=body.stream,
                      input_guards=turn.prompt_verdicts,
                      output_guards=[guard_summary(r)["verdicts"] for r in output_results],
                      grounding=grounding_ledger(plan, local), **turn.identity)  # fmt: skip
    turn.gateway.metrics.observe_chat(plan.language, outcome, len(local.citations),
                                      0, plan.topic, local.mode)  # fmt: skip
    turn.gateway.observe_topic(turn.served, plan.topic)
    if body.stream:
        return Response(completion_events(given), media_type="text/event-stream")
    return JSONResponse(given)


async def forward(turn: ChatTurn, client: httpx.AsyncClient, payload: dict[str, Any]) -> Response:
    """The upstream's whole answer, through the output guards (and grounding)."""
    body, upstream, plan, grounder = turn.body, turn.upstream, turn.plan, turn.grounder
    url = upstream.rstrip("/") + "/chat/completions"
    failure: ApiError | None = None
    upstream_status: int | None = None
    completion: dict[str, Any] = {}
    headers = turn.gateway.config.upstream_headers()
    try:
        answer = await client.post(url, json=payload, headers=headers)
        upstream_status = answer.status_code
        if answer.status_code != 200:
            failure = upstream_refusal(answer)
        else:
            completion = answer.json()
    except httpx.TimeoutException:
        failure = ApiError(504, f"upstream {upstream} did not answer in time")
    except httpx.HTTPError as exc:
        failure = ApiError(502, f"upstream {upstream} unreachable: {exc}")
    except ValueError:
        failure = ApiError(502, "upstream answered with something that is not JSON")
    if failure is not None:
        # The prompt passed the guards and went out: the ledger keeps that and how it
        # failed (statuses only: the upstream's message may quote the prompt).
        await turn.record("upstream_error", upstream_model=body.model,
                          input_guards=turn.prompt_verdicts, status=failure.status,
                          upstream_status=upstream_status)  # fmt: skip
        raise failure
    # the upstream has answered: checked whatever the key's budget, never refused
    output_results = await turn.guards("output", answer_texts(completion), refusable=False)
    apply_answer_results(completion, output_results)
    grounded = None
    if grounder is not None and plan is not None:
        # the grounding guard, then the sources: on each choice the guards let out
        for choice in completion.get("choices") or []:
            if choice.get("finish_reason") == "content_filter":
                continue
            message = choice.setdefault("message", {})
            grounded = grounder.finish(plan, str(message.get("content") or ""))
            message["content"] = grounded.text
            if grounded.escalated:
                choice["finish_reason"] = grounded.finish_reason
        completion["citations"] = grounded.citations if grounded is not None else []
    completion["steward"] = turn.steward_object(output_results)
    outcome = "served"
    extra: dict[str, Any] = {}
    if plan is not None:
        completion["steward"]["grounding"] = grounding_summary(plan, grounded)
        extra["grounding"] = grounding_ledger(plan, grounded)
        outcome = "escalated" if grounded is not None and grounded.escalated else "served"
        turn.gateway.metrics.observe_chat(
            plan.language, outcome, len(grounded.citations) if grounded else 0,
            len(grounded.verdict.spans) if grounded and grounded.verdict else 0,
            plan.topic, grounded.mode if grounded else plan.mode,
        )  # fmt: skip
        turn.gateway.observe_topic(turn.served, plan.topic)
    await turn.record(outcome, upstream_model=body.model, input_guards=turn.prompt_verdicts,
                      output_guards=[guard_summary(r)["verdicts"] for r in output_results],
                      usage=completion.get("usage"), **extra, **turn.identity)  # fmt: skip
    return JSONResponse(completion)


async def forward_streamed(
    turn: ChatTurn, client: httpx.AsyncClient, payload: dict[str, Any]
) -> Response:
    """The upstream's answer as it comes, a sentence at a time through the output guards.

    The decision is committed before the upstream is asked and before the first byte, so a
    stream cut by its client, or by kill -9 after the headers, has its entry. How the stream
    ended follows as a second entry (``gateway.stream_ended``) under the same request id."""
    gateway, body, upstream, plan, grounder = (
        turn.gateway, turn.body, turn.upstream, turn.plan, turn.grounder
    )  # fmt: skip
    planned: dict[str, Any] = {}
    if plan is not None:
        planned["grounding"] = grounding_ledger(plan, None)
    await turn.record("served", upstream_model=body.model, stream=True,
                      input_guards=turn.prompt_verdicts, **planned, **turn.identity)  # fmt: skip
    progress = StreamProgress()
    stream_grounding = (
        StreamGrounding(grounder, plan) if grounder is not None and plan is not None else None
    )

    async def stream_ended() -> None:
        for result in progress.results:
            gateway.metrics.observe_guards(result, "output")
        output_verdicts = [guard_summary(r)["verdicts"] for r in progress.results]
        ended: dict[str, Any] = {}
        if stream_grounding is not None and plan is not None:
            ended["grounding"] = stream_grounding.to_ledger()
            gateway.metrics.observe_chat(
                plan.language, "served", len(stream_grounding.citations),
                stream_grounding.removed, plan.topic, plan.mode,
            )  # fmt: skip
            gateway.observe_topic(turn.served, plan.topic)
        await turn.record(progress.outcome, ledger_action="gateway.stream_ended",
                          upstream_model=body.model, chunks=progress.chunks, chars=progress.chars,
                          upstream_problem=progress.upstream_problem,
                          output_guards=output_verdicts, **ended, **turn.identity)  # fmt: skip

    async def upstream_failed(reason: str, answer: ApiError | None = None) -> ApiError:
        # the ledger keeps ``reason`` (no upstream text: it may quote the prompt)
        progress.cut, progress.upstream_problem = "upstream_error", reason
        await stream_ended()
        return answer or ApiError(502, reason)

    url = upstream.rstrip("/") + "/chat/completions"
    upstream_request = client.build_request(
        "POST", url, json=payload, headers=gateway.config.upstream_headers()
    )
    try:
        upstream_response = await client.send(upstream_request, stream=True)
    except httpx.HTTPError as exc:
        raise await upstream_failed(f"upstream {upstream} unreachable: {exc}") from None
    if upstream_response.status_code != 200:
        try:
            await upstream_response.aread()  # its error body: a 4xx is relayed as such
        except httpx.HTTPError:
            pass
        finally:
            await upstream_response.aclose()
        status = upstream_response.status_code
        raise await upstream_failed(
            f"upstream answered {status}", upstream_refusal(upstream_response)
        ) from None

    async def lines() -> AsyncGenerator[str, None]:
        try:
            async for line in upstream_response.aiter_lines():
                yield line
        except httpx.HTTPError as exc:  # the upstream broke off mid-answer
            raise UpstreamError(502, f"{type(exc).__name__}: {exc}") from exc
        finally:
            await upstream_response.aclose()

    return RecordedStreamingResponse(
        guarded_stream(
            gateway.output_guards, lines(), turn.request_id, progress, grounding=stream_grounding
        ),
        stream_ended,
    )


def router(serve: ServePolicy) -> APIRouter:
    """``/v1/chat/completions`` with the policy's bound on the answer's length in its body's
    schema."""
    OutputTokens = Annotated[
        int, Field(ge=1, le=serve.max_output_tokens), WHOLE_FLOATS_ARE_INTEGERS
    ]

    class ChatCompletionRequest(ChatRequest):
        # the policy's bound on the answer's length, in the schema clients read
        max_tokens: OutputTokens | None = None
        max_completion_tokens: OutputTokens | None = None

    routes = APIRouter()

    @routes.post(
        ROUTE,
        summary="OpenAI-compatible chat, forwarded to the upstream model with guards both ways",
        responses={
            200: {
                "description": "the (guarded) completion; with stream: true, server-sent "
                "events. When the upstream serves a registered assistant with a knowledge "
                "base, the answer is grounded: numbered citations in the text and as a "
                "top-level `citations` list, `steward.grounding` (language, mode: generate, "
                "extractive or escalated, unsupported claims removed), and `finish_reason: "
                "escalated` when the question was handed to a person",
                "content": {
                    "text/event-stream": {
                        "schema": {
                            "description": "events whose data is a chat.completion.chunk JSON "
                            "object, the last one carrying a steward object, then [DONE]"
                        }
                    }
                },
            },
            **error_responses(
                *WITH_BODY,
                *(404, 502, 503, 504),
                s403="the key's role may not predict, or may not send a message's role "
                "(serve.message_roles; error.field names it)",
                s404="the upstream does not know the model",
                s502="the upstream failed or is unreachable, or it serves an assistant adapter "
                "that is not an approved or deployed registry version (or on other base "
                "weights than it was trained on)",
                s503="no upstream model (serve.upstream_url)",
            ),
        },
    )
    async def chat_completions(
        request: Request,
        body: ChatCompletionRequest,
        gateway: GatewayState,
        key: Annotated[ApiKey, needs(Permission.PREDICT, ROUTE)],
    ) -> Response:
        return await chat_completion(gateway, request, body, key)

    return routes
