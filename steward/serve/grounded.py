"""The gateway's side of the grounded assistant.

- **Which assistant answers.** ``steward serve-model --assistant REF`` reports the registered
  assistant it serves on ``/v1/models`` (a ``steward`` object: ref, adapter and base weights'
  sha256, knowledge base). :class:`AssistantResolver` asks for it (again every
  ``serve.upstream_check_s``), finds the registry version whose adapter weights have that
  sha256 and refuses an upstream whose adapter is not an approved or deployed version, or
  whose base weights are not those the adapter was trained on. An upstream that reports no
  assistant (any other OpenAI-compatible server) is forwarded to as before, unless the policy
  says ``serve.require_registered_upstream``.
- **What it answers from.** The version's knowledge base (a stored, hashed artifact, checked
  before it is read) grounds every chat answer (:class:`~steward.assistant.grounding.Grounder`).
- **Answers not from the model** (escalations, extractive answers) are served here as
  OpenAI chat completions, or as the event stream a ``stream: true`` client reads.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from steward.assistant.grounding import (
    GroundedAnswer,
    Grounder,
    GroundingPlan,
    GroundingSettings,
    noise,
)
from steward.config import LoadedPolicy
from steward.registry.models import SERVABLE, ModelVersion, Registry
from steward.serve.chat import ChatRequest, TextPart, _sse, gateway_completion
from steward.serve.guards.base import GuardVerdict
from steward.store.artifacts import Store


class UpstreamRefused(Exception):
    """The upstream serves something the registry does not vouch for."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class ServedAssistant:
    """The registered assistant behind the upstream, as the registry knows it."""

    version: ModelVersion
    identity: dict[str, Any]  # what the ledger records of it (hashes, never text)
    grounder: Grounder | None  # None: grounding off, or the version has no knowledge base
    topic_reference: dict[str, float] | None = None


@dataclass
class AssistantResolver:
    """Finds and checks the upstream's assistant; one knowledge base loaded per hash."""

    store: Store
    loaded: LoadedPolicy
    _checked: tuple[float, str, ServedAssistant | None] | None = None
    _grounders: dict[str, Grounder] = field(default_factory=dict)
    _embedder: Any = None
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def resolve(
        self, client: httpx.AsyncClient, upstream: str, headers: dict[str, str]
    ) -> ServedAssistant | None:
        """The upstream's registered assistant (None: it reports none and the policy allows
        that). Raises :class:`UpstreamRefused`."""
        serve = self.loaded.policy.serve
        fresh = self._checked
        if fresh and fresh[1] == upstream and time.monotonic() - fresh[0] < serve.upstream_check_s:
            return fresh[2]
        async with self._lock:
            fresh = self._checked
            if (
                fresh
                and fresh[1] == upstream
                and (time.monotonic() - fresh[0] < serve.upstream_check_s)
            ):
                return fresh[2]
            try:
                answer = await client.get(upstream.rstrip("/") + "/models", headers=headers)
            except httpx.HTTPError as exc:
                if serve.require_registered_upstream:
                    raise UpstreamRefused(
                        f"could not ask the upstream which assistant it serves: {exc}"
                    ) from None
                return None  # not cached: asked again next time
            reported: dict[str, Any] | None = None
            if answer.status_code == 200:
                try:
                    models = answer.json().get("data") or []
                except (ValueError, AttributeError):
                    models = []
                reported = next(
                    (m["steward"] for m in models
                     if isinstance(m, dict) and isinstance(m.get("steward"), dict)),
                    None,
                )  # fmt: skip
            served = await asyncio.to_thread(self._check, reported)
            self._checked = (time.monotonic(), upstream, served)
            return served

    def _check(self, reported: dict[str, Any] | None) -> ServedAssistant | None:
        serve = self.loaded.policy.serve
        if reported is None:
            if serve.require_registered_upstream:
                raise UpstreamRefused(
                    "the upstream reports no registered assistant on /v1/models and the "
                    "policy requires one (serve.require_registered_upstream); serve it with "
                    "`steward serve-model --assistant NAME`"
                )
            return None
        adapter = str(reported.get("adapter_sha256") or "")
        registry = Registry(self.store)
        versions = [v for v in registry.list() if v.weights_sha256 == adapter]
        approved = [v for v in versions if v.status in SERVABLE]
        if not approved:
            known = f" ({versions[0].ref} is {versions[0].status})" if versions else ""
            raise UpstreamRefused(
                f"the upstream serves adapter {adapter[:12] or '(none)'} reported as "
                f"{reported.get('ref')!r}, which is not an approved or deployed registry "
                f"version{known}; refusing to forward"
            )
        version = approved[-1]
        if version.flagged:  # trained on data since erased: not served through this gateway
            raise UpstreamRefused(
                f"the upstream serves {version.ref}: {version.refusal('served')}; refusing to "
                "forward"
            )
        record = self.store.get(version.artifact_sha256)
        trained_on = record.meta.get("base_sha256")
        if trained_on and reported.get("base_sha256") != trained_on:
            raise UpstreamRefused(
                f"the upstream runs {version.ref}'s adapter on other base weights than it was "
                "trained on; refusing to forward"
            )
        kb_sha = record.meta.get("knowledge_base_sha256")
        identity = {
            "ref": version.ref,
            "status": version.status,
            "adapter_sha256": version.weights_sha256,
            "artifact_sha256": version.artifact_sha256,
            "base_model": record.meta.get("base_model"),
            "base_sha256": trained_on or reported.get("base_sha256"),
            "knowledge_base_sha256": kb_sha,
        }
        grounder = self._grounder(kb_sha) if kb_sha and serve.grounding else None
        return ServedAssistant(version, identity, grounder, record.meta.get("topic_reference"))

    def _grounder(self, kb_sha: str) -> Grounder:
        if kb_sha not in self._grounders:
            from steward.assistant.knowledge import Embedder, KnowledgeBase
            from steward.errors import StewardError

            if not self.store.verify(kb_sha):
                raise StewardError("the stored knowledge base fails its sha256", where=kb_sha)
            assistant = self.loaded.policy.assistant
            knowledge = assistant.knowledge if assistant is not None else None
            weights = knowledge.bm25_weights if knowledge is not None else {}
            self._embedder = self._embedder or Embedder()
            with self.store.checkout(kb_sha, "knowledge", complete="vectors.npy") as target:
                kb = KnowledgeBase.load(Path(target), self._embedder, bm25_weights=weights)
            self._grounders[kb_sha] = Grounder(kb, GroundingSettings.from_policy(knowledge))
        return self._grounders[kb_sha]


def message_text(message: Any) -> str:
    """A message's text as the model reads it (parts one a line)."""
    content = getattr(message, "content", None)
    if isinstance(content, str):
        return content
    return "\n".join(
        p.text if isinstance(p, TextPart) else str(getattr(p, "refusal", "")) for p in content or []
    )


def question_of(body: ChatRequest) -> str | None:
    """The customer's question: the last user message's text."""
    for message in reversed(body.messages):
        if message.role == "user":
            return message_text(message)
    return None


def history_of(body: ChatRequest) -> list[dict[str, Any]]:
    """The conversation's user and assistant turns as plain text (the grounding prompt puts
    its own system message first)."""
    return [
        {"role": m.role, "content": message_text(m)}
        for m in body.messages
        if m.role in ("user", "assistant")
    ]


def grounding_ledger(plan: GroundingPlan, answer: GroundedAnswer | None) -> dict[str, Any]:
    """The ledger's record of a grounded answer: retrieval scores, passage identities, what
    was cited and the grounding guard's verdict (never a text)."""
    return {**plan.to_ledger(), **(answer.to_ledger() if answer is not None else {})}


def grounding_summary(plan: GroundingPlan, answer: GroundedAnswer | None) -> dict[str, Any]:
    """The ``steward.grounding`` object of an answer: what the client may show."""
    return {
        "language": plan.language,
        "mode": answer.mode if answer is not None else plan.mode,
        "escalated": answer.escalated if answer is not None else plan.escalated,
        "fallback_from": answer.fallback_from if answer is not None else None,
        "unsupported_removed": 0
        if answer is None or answer.verdict is None
        else len(answer.verdict.spans),
    }


def local_completion(model: str, request_id: str, answer: GroundedAnswer) -> dict[str, Any]:
    """An answer the gateway gives itself (an escalation, an extractive answer) as an OpenAI
    chat completion, its citations as the ``citations`` extra field."""
    return {
        **gateway_completion(model, request_id, answer.text, answer.finish_reason),
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "citations": answer.citations,
    }


def completion_events(completion: dict[str, Any]) -> bytes:
    """A complete (one-choice) answer as the event stream a ``stream: true`` client reads:
    the text, then the finish reason with the ``citations`` and ``steward`` objects."""
    head = {k: completion[k] for k in ("id", "created", "model")}
    head["object"] = "chat.completion.chunk"
    choice = (completion.get("choices") or [{}])[0]
    content = (choice.get("message") or {}).get("content")
    text = {"index": 0, "finish_reason": None,
            "delta": {"role": "assistant", "content": content}}  # fmt: skip
    end = {"index": 0, "delta": {}, "finish_reason": choice.get("finish_reason")}
    extra: dict[str, Any] = {k: completion[k] for k in ("citations", "steward") if k in completion}
    return (
        _sse({**head, "choices": [text]})
        + _sse({**head, "choices": [end], **extra})
        + _sse("[DONE]")
    )


@dataclass
class StreamGrounding:
    """The grounding guard over a streamed answer, one released sentence at a time; at the
    end, the sources line and the citations."""

    grounder: Grounder
    plan: GroundingPlan
    verdicts: list[GuardVerdict] = field(default_factory=list)
    released: list[str] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)

    seen: set[str] = field(default_factory=set)

    def check(self, sentence: str) -> str:
        """The sentence as it may go out: itself, the removal note, or nothing (an echo of the
        prompt or a repeat: :func:`~steward.assistant.grounding.noise`)."""
        sentence = self.grounder.without_titles(
            self.plan, self.grounder.drop_unknown_citations(self.plan, sentence)
        )
        if noise(sentence, self.seen):
            return ""
        verdict = self.grounder.check_sentence(self.plan, sentence)
        self.verdicts.append(verdict)
        if verdict.action == "redact":
            sentence = self.grounder.redact(self.plan, sentence, verdict)
        self.released.append(sentence)
        return sentence

    def closing(self) -> str:
        """The sources line that ends the answer."""
        self.citations = self.grounder.citations(self.plan, "".join(self.released))
        return self.grounder.sources_line(self.plan, self.citations)

    @property
    def removed(self) -> int:
        return sum(len(v.spans) for v in self.verdicts)

    def to_ledger(self) -> dict[str, Any]:
        acting = [v.to_dict() for v in self.verdicts if v.action != "allow"]
        return {
            "cited": [c["n"] for c in self.citations],
            "unsupported_removed": self.removed,
            "grounding_guard": {"sentences_checked": len(self.verdicts), "verdicts": acting},
        }
