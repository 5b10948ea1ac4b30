"""Monitoring of the served chat assistant: per-language answered / escalated / blocked rates,
citation coverage, grounding-guard removals, answering modes and question-topic drift (PSI
against the fine-tuning topic mix stored in the adapter artifact's meta), from the ledger and
on the gateway's ``/metrics``."""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families
from typer.testing import CliRunner

from steward.accountability.ledger import Ledger
from steward.accountability.monitoring import (
    NO_TOPIC_REFERENCE,
    TopicDrift,
    monitor_report,
    psi,
)
from steward.cli import app
from steward.config import load_policy
from steward.serve.metrics import GatewayMetrics
from steward.store.artifacts import Store
from tests.conftest import write_policy

ROUTE = "/v1/chat/completions"
TOPIC_REFERENCE = {"cards": 0.5, "loans": 0.3, "fraud": 0.2}


def _adapter(store: Store, folder: Path, name: str, meta: dict[str, Any]) -> str:
    weights = folder / name
    weights.mkdir()
    (weights / "adapter_model.safetensors").write_bytes(name.encode())
    return store.put(weights, kind="model", meta=meta).sha256


def _assistant(ref: str, artifact_sha256: str) -> dict[str, Any]:
    return {"ref": ref, "adapter_sha256": "a" * 64, "artifact_sha256": artifact_sha256,
            "base_model": "smollm2", "base_sha256": "b" * 64,
            "knowledge_base_sha256": "k" * 64}  # fmt: skip


def _grounding(language: str, mode: str, topic: str, **answer: Any) -> dict[str, Any]:
    """A decision's grounding; ``answer`` holds cited / unsupported_removed / grounding_guard
    (left out for a streamed answer, whose end entry brings them)."""
    return {"language": language, "mode": mode, "topic": topic, "top_cosine": 0.8,
            "top_bm25": 7.5,
            "passages": [{"n": 1, "doc": topic, "section": "s", "sha256": "c" * 64,
                          "fused": 0.03}],
            **answer}  # fmt: skip


def _decision(subject: str, outcome: str, **details: Any) -> dict[str, Any]:
    return {"actor": "key:k", "action": "gateway.decision", "subject": subject,
            "outcome": outcome,
            "details": {"route": ROUTE, "key_id": "k", "role": "app", "latency_ms": 12.5,
                        "model_sha256": "a" * 64, "input_guards": [], "output_guards": [],
                        **details}}  # fmt: skip


def _stream_ended(subject: str, outcome: str, cited: list[int], removed: int) -> dict[str, Any]:
    return {"actor": "key:k", "action": "gateway.stream_ended", "subject": subject,
            "outcome": outcome,
            "details": {"route": ROUTE, "key_id": "k", "role": "app", "latency_ms": 80.0,
                        "grounding": {"cited": cited, "unsupported_removed": removed,
                                      "grounding_guard": None}}}  # fmt: skip


def _chat_traffic(store: Store, measured: str, unmeasured: str) -> list[dict[str, Any]]:
    """One of each kind of chat entry: answered (cited, uncited, with removals), escalated,
    a stream pair, a stream cut by the upstream, an input block, an old ungrounded entry, and
    one question served by an assistant whose artifact has no topic reference."""
    bank = _assistant("bank-assistant:1", measured)
    entries = [
        _decision("c1", "served", assistant=bank,
                  grounding=_grounding("en", "generate", "cards", cited=[1, 2],
                                       unsupported_removed=0, grounding_guard=None)),
        _decision("c2", "served", assistant=bank,
                  grounding=_grounding("en", "extractive", "loans", cited=[],
                                       unsupported_removed=0, grounding_guard=None)),
        _decision("c3", "served", assistant=bank,
                  grounding=_grounding("en", "generate", "cards", cited=[1],
                                       unsupported_removed=2,
                                       grounding_guard={"action": "redact", "spans": []})),
        _decision("c4", "escalated", assistant=bank,
                  grounding=_grounding("zh", "escalated", "fraud", cited=[],
                                       unsupported_removed=0, grounding_guard=None)),
        # streamed: citations and removals arrive in the end entry
        _decision("s1", "served", assistant=bank, stream=True,
                  grounding=_grounding("zh", "generate", "cards")),
        _stream_ended("s1", "completed", cited=[1], removed=1),
        _decision("s2", "served", assistant=bank, stream=True,
                  grounding=_grounding("en", "generate", "loans")),
        _stream_ended("s2", "upstream_error", cited=[], removed=0),
        _decision("b1", "block", language="zh"),
        _decision("old", "served", upstream_model="gpt"),  # before grounding existed
        _decision("u1", "served", assistant=_assistant("bank-assistant:0", unmeasured),
                  grounding=_grounding("en", "generate", "cards", cited=[1],
                                       unsupported_removed=0, grounding_guard=None)),
    ]  # fmt: skip
    Ledger(store).append_many(entries)
    return entries


def _setup(tmp_path: Path) -> tuple[Store, Path, str, str]:
    store = Store(tmp_path / ".steward")
    measured = _adapter(store, tmp_path, "v1", {"topic_reference": TOPIC_REFERENCE})
    unmeasured = _adapter(store, tmp_path, "v0", {})
    policy = write_policy(tmp_path, "chatmon", monitor={"min_requests": 1})
    return store, policy, measured, unmeasured


def test_report_has_the_chat_section(tmp_path: Path) -> None:
    store, policy, measured, unmeasured = _setup(tmp_path)
    _chat_traffic(store, measured, unmeasured)
    report = monitor_report(store, load_policy(policy))
    assert report["requests"] == {}  # chat is reported apart: the classify figures are as before
    chat = report["chat"]
    assert chat["requests"] == 9  # the stream end entries are not requests of their own
    en, zh, unknown = (chat["by_language"][k] for k in ("en", "zh", "unknown"))
    assert set(chat["by_language"]) == {"en", "zh", "unknown"}
    # en: c1, c2, c3, u1 answered; s2 cut by the upstream (other)
    assert (en["requests"], en["answered"], en["escalated"], en["blocked"], en["other"]) == (
        5, 4, 0, 0, 1,
    )  # fmt: skip
    assert en["answered_rate"] == pytest.approx(4 / 5, abs=1e-4)
    assert en["cited_answers"] == 3 and en["answers_with_citation_record"] == 4
    assert en["citation_coverage"] == pytest.approx(3 / 4, abs=1e-4)
    assert en["answers_with_removals"] == 1 and en["sentences_removed"] == 2
    assert en["modes"] == {"generate": 4, "extractive": 1}
    # zh: c4 escalated, s1 answered (its citations from the stream end), b1 blocked
    assert (zh["answered"], zh["escalated"], zh["blocked"]) == (1, 1, 1)
    assert zh["escalated_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert zh["blocked_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert zh["citation_coverage"] == pytest.approx(1.0)
    assert zh["sentences_removed"] == 1 and zh["answers_with_removals"] == 1
    assert zh["modes"] == {"escalated": 1, "generate": 1}
    # the old entry: chat of unknown language, answered, but whether it cited is not known
    assert unknown["answered"] == 1 and unknown["answers_with_citation_record"] == 0
    assert unknown["citation_coverage"] is None and unknown["modes"] == {}
    assert chat["all"]["requests"] == sum(g["requests"] for g in chat["by_language"].values())
    assert chat["all"]["cited_answers"] == en["cited_answers"] + zh["cited_answers"]
    assert chat["stream_endings"] == {"completed": 1, "upstream_error": 1}
    # topic drift: each assistant version against its own fine-tuning mix
    drift = {d["assistant"]: d for d in chat["topic_drift"]}
    live = Counter({"cards": 3, "loans": 2, "fraud": 1})  # c1, c3, s1 / c2, s2 / c4
    assert drift["bank-assistant:1"]["topics"] == dict(live)
    expected = sum(
        (live[t] / 6 - share) * math.log((live[t] / 6) / share)
        for t, share in TOPIC_REFERENCE.items()
    )
    assert drift["bank-assistant:1"]["topic_psi"] == pytest.approx(expected, abs=1e-4)
    assert drift["bank-assistant:1"]["drift"] == "measured"
    assert drift["bank-assistant:0"]["topic_psi"] is None
    assert drift["bank-assistant:0"]["drift"] == NO_TOPIC_REFERENCE
    assert chat["topics"] == {"cards": 4, "loans": 2, "fraud": 1}


def test_topic_drift_grows_when_questions_move_away_from_the_training_mix(
    tmp_path: Path,
) -> None:
    store, policy, measured, _ = _setup(tmp_path)
    loaded = load_policy(policy)
    bank = _assistant("bank-assistant:1", measured)

    def ask(topics: list[str], start: int) -> None:
        Ledger(store).append_many([
            _decision(f"q{start + i}", "served", assistant=bank,
                      grounding=_grounding("en", "generate", topic, cited=[1],
                                           unsupported_removed=0, grounding_guard=None))
            for i, topic in enumerate(topics)
        ])  # fmt: skip

    ask(["cards"] * 5 + ["loans"] * 3 + ["fraud"] * 2, 0)  # the training mix exactly
    calm = monitor_report(store, loaded)["chat"]["topic_drift"][0]["topic_psi"]
    assert calm == pytest.approx(0.0, abs=1e-6)
    ask(["none"] * 20, 100)  # off-topic questions the assistant was not tuned on
    shifted = monitor_report(store, loaded)["chat"]["topic_drift"][0]["topic_psi"]
    assert shifted > 0.25


def test_cli_prints_the_chat_section(tmp_path: Path) -> None:
    store, policy, measured, unmeasured = _setup(tmp_path)
    _chat_traffic(store, measured, unmeasured)
    base = ["monitor", "report", "--policy", str(policy), "--home", str(store.home)]
    result = CliRunner().invoke(app, base)
    assert result.exit_code == 0, result.output
    assert "chat: 9 requests" in result.output
    assert "en: 5 requests, answered 80.0%" in result.output
    assert "citation coverage 75.0% (3/4)" in result.output
    assert "(bank-assistant:1, 6 questions" in result.output
    assert NO_TOPIC_REFERENCE in result.output
    as_json = CliRunner().invoke(app, [*base, "--json"])
    assert as_json.exit_code == 0, as_json.output
    chat = json.loads(as_json.output)["chat"]
    assert chat == monitor_report(store, load_policy(policy))["chat"]


def test_no_chat_traffic_leaves_the_report_as_it_was(tmp_path: Path) -> None:
    store, policy, _, _ = _setup(tmp_path)
    chat = monitor_report(store, load_policy(policy))["chat"]
    assert chat["requests"] == 0 and chat["by_language"] == {} and chat["topic_drift"] == []
    result = CliRunner().invoke(
        app, ["monitor", "report", "--policy", str(policy), "--home", str(store.home)]
    )
    assert result.exit_code == 0 and "chat:" not in result.output


def test_topic_drift_in_the_gateway() -> None:
    drift = TopicDrift(TOPIC_REFERENCE)
    assert drift.psi() is None  # nothing seen yet
    for topic, n in (("cards", 50), ("loans", 30), ("fraud", 20)):
        for _ in range(n):
            drift.observe(topic)
    assert drift.psi() == pytest.approx(0.0, abs=1e-6)
    drift.observe("none")
    small = drift.psi()
    for _ in range(50):
        drift.observe("none")
    large = drift.psi()
    assert small is not None and large is not None and 0 < small < large
    assert large == psi(drift.topics, TOPIC_REFERENCE)
    assert TopicDrift({}).psi() is None


def _samples(metrics: GatewayMetrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    body, _ = metrics.render()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


def test_gateway_metrics_count_chat() -> None:
    metrics = GatewayMetrics()
    metrics.observe_chat("en", "served", cited=2, unsupported_removed=0, topic="cards",
                         mode="generate")  # fmt: skip
    metrics.observe_chat("en", "served", cited=0, unsupported_removed=3, topic="cards",
                         mode="extractive")  # fmt: skip
    metrics.observe_chat("zh", "escalated", cited=0, unsupported_removed=0, topic="fraud",
                         mode="escalated")  # fmt: skip
    metrics.observe_chat("zh", "block", cited=0, unsupported_removed=0, topic=None, mode=None)
    metrics.observe_chat_drift(None)  # nothing to compare yet: the gauge stays unset
    assert _samples(metrics)[("steward_chat_topic_psi", ())] == 0.0
    metrics.observe_chat_drift(0.31)
    samples = _samples(metrics)
    assert samples[("steward_chat_answers_total", (("language", "en"), ("outcome", "served")))] == 2
    assert samples[("steward_chat_answers_total", (("language", "zh"), ("outcome", "block")))] == 1
    assert samples[("steward_chat_cited_answers_total", (("language", "en"),))] == 1
    assert ("steward_chat_cited_answers_total", (("language", "zh"),)) not in samples
    assert samples[("steward_chat_grounding_removed_total", (("language", "en"),))] == 3
    assert samples[("steward_chat_answers_with_removals_total", (("language", "en"),))] == 1
    assert samples[("steward_chat_mode_total", (("mode", "extractive"),))] == 1
    assert samples[("steward_chat_topic_total", (("topic", "cards"),))] == 2
    assert samples[("steward_chat_topic_total", (("topic", "fraud"),))] == 1
    assert samples[("steward_chat_topic_psi", ())] == pytest.approx(0.31)
