"""Production monitoring: what the served model predicts, how sure it is, what the guards
block, and whether traffic drifts away from the training data.

The gateway keeps no text, so drift is measured on what it does keep per classified message:
the predicted intent (against the intent mix of the model's training split) and the message
length in characters (against the training messages' lengths), each as a population
stability index (PSI: sum of (live - ref) * ln(live / ref) over bins; 0.1-0.25 is usually read
as a moderate shift, above 0.25 a large one). The training reference comes from the governed
data set in the served model's lineage.

The served chat assistant is followed per language (answered / escalated / blocked,
citation coverage, sentences the grounding guard removed, answering modes) and by the topic
mix of its questions, as a PSI against the topic mix of the assistant's fine-tuning data
(``topic_reference`` in the adapter artifact's meta; without it drift is not measurable).

``DriftMonitor`` and ``TopicDrift`` count live traffic in the gateway (exported on
``/metrics``); ``monitor_report`` reads the ledger's decisions over a time window and opens
incidents for every threshold of the policy's ``monitor`` section that is crossed.
"""

from __future__ import annotations

import io
import json
import math
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from steward.config import LoadedPolicy
from steward.errors import StewardError
from steward.store.artifacts import Store
from steward.store.db import LedgerEntryRow

LENGTH_BINS = (0, 20, 40, 60, 80, 100, 130, 160, 200, 300, 500, 1000)
EPSILON = 1e-4
CHAT_ROUTE = "/v1/chat/completions"
NO_TOPIC_REFERENCE = "not measurable: no topic reference"


def length_bin(chars: int) -> str:
    label = str(LENGTH_BINS[0])
    for edge in LENGTH_BINS:
        if chars >= edge:
            label = str(edge)
    return label


def psi(live: Counter[str], reference: dict[str, float]) -> float | None:
    """Population stability index of ``live`` counts against ``reference`` shares."""
    total = sum(live.values())
    if not total or not reference:
        return None
    keys = set(live) | set(reference)
    value = 0.0
    for key in keys:
        a = max(live.get(key, 0) / total, EPSILON)
        e = max(reference.get(key, 0.0), EPSILON)
        value += (a - e) * math.log(a / e)
    return round(value, 4)


def training_reference(store: Store, artifact_sha256: str, loaded: LoadedPolicy) -> dict[str, Any]:
    """Intent shares and message-length shares of the training split of the governed data
    set the model was made from (empty when its lineage has none)."""
    dataset = next((a for a in store.lineage(artifact_sha256) if a.kind == "dataset"), None)
    if dataset is None or dataset.is_directory:
        return {}
    labels: Counter[str] = Counter()
    lengths: Counter[str] = Counter()
    with io.TextIOWrapper(store.open_blob(dataset.sha256), encoding="utf-8") as handle:
        for line in handle:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if row.get("split", "train") != "train":
                continue
            text = row.get("text")
            label = row.get("label")
            if isinstance(text, str):
                lengths[length_bin(len(text))] += 1
            if isinstance(label, str):
                labels[label] += 1
    n_labels, n_lengths = sum(labels.values()), sum(lengths.values())
    return {
        "dataset": dataset.sha256,
        "intents": {k: v / n_labels for k, v in labels.items()} if n_labels else {},
        "lengths": {k: v / n_lengths for k, v in lengths.items()} if n_lengths else {},
    }


class DriftMonitor:
    """Live counts in the gateway, compared with the training reference on demand."""

    def __init__(self, reference: dict[str, Any]) -> None:
        self.reference = reference
        self.intents: Counter[str] = Counter()
        self.lengths: Counter[str] = Counter()
        self._lock = threading.Lock()

    def observe(self, intent: str, chars: int) -> None:
        with self._lock:
            self.intents[intent] += 1
            self.lengths[length_bin(chars)] += 1

    def snapshot(self) -> dict[str, float | None]:
        with self._lock:
            return {
                "prediction_psi": psi(self.intents, self.reference.get("intents", {})),
                "length_psi": psi(self.lengths, self.reference.get("lengths", {})),
            }


class TopicDrift:
    """Live question-topic counts of the chat assistant in the gateway, compared with the
    topic mix of its fine-tuning data (``reference``: topic -> share) on demand."""

    def __init__(self, reference: dict[str, float]) -> None:
        self.reference = dict(reference)
        self.topics: Counter[str] = Counter()
        self._lock = threading.Lock()

    def observe(self, topic: str) -> None:
        with self._lock:
            self.topics[topic] += 1

    def psi(self) -> float | None:
        """PSI of the topics seen so far (None before any, or without a reference)."""
        with self._lock:
            return psi(self.topics, self.reference)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def chat_category(outcome: str) -> str:
    """What a chat decision's outcome counts as: answered / escalated / blocked / other."""
    return {"served": "answered", "escalated": "escalated", "block": "blocked"}.get(
        outcome, "other"
    )


def chat_language(details: dict[str, Any]) -> str:
    """A chat decision's language (a stream's ending never changes it)."""
    grounding = details.get("grounding") or {}
    return str(grounding.get("language") or details.get("language") or "unknown")


class _ChatTally:
    """What one language group (or all of them) of chat requests came to."""

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()  # answered / escalated / blocked / other
        self.modes: Counter[str] = Counter()
        self.answers_with_citation_record = 0
        self.cited_answers = 0
        self.answers_with_removals = 0
        self.sentences_removed = 0

    def add(self, outcome: str, grounding: dict[str, Any]) -> None:
        category = chat_category(outcome)
        self.outcomes[category] += 1
        if grounding.get("mode"):
            self.modes[str(grounding["mode"])] += 1
        if category != "answered":
            return
        # Without a record (an older entry, an upstream model, a stream that never ended)
        # it is unknown whether the answer cited anything: left out of the coverage.
        if isinstance(grounding.get("cited"), list):
            self.answers_with_citation_record += 1
            self.cited_answers += bool(grounding["cited"])
        removed = int(grounding.get("unsupported_removed") or 0)
        self.answers_with_removals += removed > 0
        self.sentences_removed += removed

    def summary(self) -> dict[str, Any]:
        total = sum(self.outcomes.values())
        figures: dict[str, Any] = {"requests": total}
        for category in ("answered", "escalated", "blocked", "other"):
            figures[category] = self.outcomes[category]
        for category in ("answered", "escalated", "blocked"):
            figures[f"{category}_rate"] = _rate(self.outcomes[category], total)
        figures.update(
            answers_with_citation_record=self.answers_with_citation_record,
            cited_answers=self.cited_answers,
            citation_coverage=_rate(self.cited_answers, self.answers_with_citation_record),
            answers_with_removals=self.answers_with_removals,
            sentences_removed=self.sentences_removed,
            modes=dict(self.modes.most_common()),
        )
        return figures


def _topic_reference(store: Store, artifact_sha256: str | None) -> tuple[dict[str, float], str]:
    """The fine-tuning topic mix from the assistant's adapter artifact, or why there is none."""
    if not artifact_sha256:
        return {}, "not measurable: no assistant artifact recorded"
    try:
        meta = store.get(artifact_sha256).meta
    except StewardError:
        return {}, "not measurable: the assistant artifact is not in the store"
    reference = meta.get("topic_reference")
    if not isinstance(reference, dict) or not reference:
        return {}, NO_TOPIC_REFERENCE
    return {str(k): float(v) for k, v in reference.items()}, "measured"


def chat_report(
    store: Store,
    decisions: list[tuple[str, str, dict[str, Any]]],
    stream_endings: dict[str, tuple[str, dict[str, Any]]],
) -> dict[str, Any]:
    """The chat section of the monitoring report from the chat route's decisions
    (``(request id, outcome, details)``) and, by request id, how streamed answers ended.

    A streamed answer's decision is written before the answer exists: its citations and
    grounding-guard removals come from the ``gateway.stream_ended`` entry."""
    by_language: dict[str, _ChatTally] = {}
    overall = _ChatTally()
    endings: Counter[str] = Counter()
    topics_by_assistant: dict[tuple[str | None, str | None], Counter[str]] = {}
    for request_id, outcome, details in decisions:
        grounding = dict(details.get("grounding") or {})
        if request_id in stream_endings:
            end_outcome, end_details = stream_endings[request_id]
            endings[end_outcome] += 1
            grounding.update(end_details.get("grounding") or {})
            if end_outcome == "upstream_error":  # the answer never arrived whole
                outcome = "upstream_error"
        language = str(grounding.get("language") or details.get("language") or "unknown")
        by_language.setdefault(language, _ChatTally()).add(outcome, grounding)
        overall.add(outcome, grounding)
        if grounding.get("topic"):
            assistant = details.get("assistant") or {}
            key = (assistant.get("ref"), assistant.get("artifact_sha256"))
            topics_by_assistant.setdefault(key, Counter())[str(grounding["topic"])] += 1
    # Drift per assistant version: each is judged against its own fine-tuning data.
    drift = []
    for (ref, artifact_sha256), topics in sorted(
        topics_by_assistant.items(), key=lambda item: (str(item[0][0]), str(item[0][1]))
    ):
        reference, status = _topic_reference(store, artifact_sha256)
        drift.append(
            {
                "assistant": ref,
                "artifact_sha256": artifact_sha256,
                "questions": sum(topics.values()),
                "topics": dict(topics.most_common()),
                "topic_psi": psi(topics, reference) if reference else None,
                "drift": status,
            }
        )
    all_topics: Counter[str] = Counter()
    for topics in topics_by_assistant.values():
        all_topics.update(topics)
    return {
        "requests": len(decisions),
        "all": overall.summary(),
        "by_language": {k: v.summary() for k, v in sorted(by_language.items())},
        "stream_endings": dict(endings),
        "topics": dict(all_topics.most_common()),
        "topic_drift": drift,
    }


@dataclass
class DecisionCounts:
    """The counters the classify and guard routes' decisions add up to over a window: what
    :func:`monitor_report` counts as it reads decisions and what the hourly rollups store
    (:mod:`steward.accountability.monitor_rollups`), so both give the same figures."""

    requests: Counter[str] = field(default_factory=Counter)  # guard / classify
    blocked: Counter[str] = field(default_factory=Counter)
    by_guard: Counter[str] = field(default_factory=Counter)
    intents: Counter[str] = field(default_factory=Counter)
    lengths: Counter[str] = field(default_factory=Counter)
    by_language: dict[str, Counter[str]] = field(default_factory=dict)  # language -> intents
    classified_by_language: Counter[str] = field(default_factory=Counter)  # blocked included
    blocked_by_language: Counter[str] = field(default_factory=Counter)
    confidence_sum: float = 0.0
    confidence_n: int = 0
    models: Counter[str] = field(default_factory=Counter)

    def add(self, route: str, details: dict[str, Any]) -> None:
        """One decision of the guard or classify route (others are not counted here)."""
        if route == "/v1/guard":
            self.requests["guard"] += 1
            if details.get("direction") == "input":
                for verdict in details.get("guards") or []:
                    if verdict.get("action") == "block":
                        self.by_guard[verdict.get("guard", "?")] += 1
                self.blocked["guard"] += any(
                    v.get("action") == "block" for v in details.get("guards") or []
                )
        elif route == "/v1/classify":
            self.models[details.get("model") or "?"] += 1
            for result in details.get("results") or []:
                self.requests["classify"] += 1
                self.classified_by_language[result.get("language") or "?"] += 1
                for guard, action in (result.get("guard_actions") or {}).items():
                    self.by_guard[guard] += action == "block"
                if result.get("blocked"):
                    self.blocked["classify"] += 1
                    self.blocked_by_language[result.get("language") or "?"] += 1
                    continue
                label = result.get("label")
                if label is None:
                    continue
                self.intents[label] += 1
                self.confidence_sum += float(result.get("confidence") or 0)
                self.confidence_n += 1
                if "chars" in result:
                    self.lengths[length_bin(int(result["chars"]))] += 1
                group = result.get("language") or "?"
                self.by_language.setdefault(group, Counter())[label] += 1


def report_figures(
    counts: DecisionCounts,
    chat: dict[str, Any],
    loaded: LoadedPolicy,
    *,
    reference: dict[str, Any] | None,
    since: str,
) -> dict[str, Any]:
    """The monitoring report from a window's counts and chat section, each threshold judged."""
    settings = loaded.policy.monitor
    requests, intents = counts.requests, counts.intents
    total = sum(requests.values())
    n_classified = sum(intents.values())
    block_rate = round(sum(counts.blocked.values()) / total, 4) if total else None
    mean_confidence = (
        round(counts.confidence_sum / counts.confidence_n, 4) if counts.confidence_n else None
    )
    reference = reference or {}
    report: dict[str, Any] = {
        "window_hours": settings.window_hours,
        "since": since,
        "requests": {k: v for k, v in requests.items() if v},
        "block_rate": block_rate,
        "blocks_by_guard": {k: v for k, v in counts.by_guard.items() if v},
        "models": {k: v for k, v in counts.models.items() if v},
        "intent_rates": {k: round(v / n_classified, 4) for k, v in intents.most_common() if v},
        "intent_rates_by_language": {
            group: {k: round(v / sum(c.values()), 4) for k, v in c.most_common()}
            for group, c in sorted(counts.by_language.items())
            if sum(c.values())
        },
        "block_rate_by_language": {
            group: _rate(counts.blocked_by_language[group], count)
            for group, count in sorted(counts.classified_by_language.items())
            if count
        },
        "prediction_psi_by_language": {
            group: psi(c, reference.get("intents", {}))
            for group, c in sorted(counts.by_language.items())
            if sum(c.values())
        },
        "mean_confidence": mean_confidence,
        "prediction_psi": psi(intents, reference.get("intents", {})),
        "length_psi": psi(counts.lengths, reference.get("lengths", {})),
        "reference_dataset": reference.get("dataset"),
        "chat": chat,
    }
    breaches: list[dict[str, Any]] = []
    if total >= settings.min_requests:
        checks = [
            ("block_rate", block_rate, settings.max_block_rate, "above", "guard"),
            ("mean_confidence", mean_confidence, settings.min_mean_confidence, "below", "model"),
            ("prediction_psi", report["prediction_psi"], settings.max_prediction_psi, "above",
             "model"),
            ("length_psi", report["length_psi"], settings.max_length_psi, "above", "data"),
        ]  # fmt: skip
        for name, value, limit, direction, category in checks:
            if value is None:
                continue
            crossed = value > limit if direction == "above" else value < limit
            if crossed:
                breaches.append(
                    {"metric": name, "value": value, "limit": limit, "category": category}
                )
    report["judged"] = total >= settings.min_requests
    report["breaches"] = breaches
    return report


def monitor_report(
    store: Store,
    loaded: LoadedPolicy,
    *,
    reference: dict[str, Any] | None = None,
    now: datetime | None = None,
    until_now: bool = False,
) -> dict[str, Any]:
    """Figures over the policy's window from the ledger's gateway decisions, each threshold
    judged (``breaches``). The window ends at ``now``; entries after it count too unless
    ``until_now`` (a past window of a time series, as the console draws)."""
    settings = loaded.policy.monitor
    end = now or datetime.now(UTC)
    since = (end - timedelta(hours=settings.window_hours)).isoformat(timespec="microseconds")
    counts = DecisionCounts()
    chat_decisions: list[tuple[str, str, dict[str, Any]]] = []
    stream_endings: dict[str, tuple[str, dict[str, Any]]] = {}
    with store.session() as session:
        query = select(
            LedgerEntryRow.action,
            LedgerEntryRow.subject,
            LedgerEntryRow.outcome,
            LedgerEntryRow.details,
        ).where(
            LedgerEntryRow.action.in_(("gateway.decision", "gateway.stream_ended")),
            LedgerEntryRow.recorded_at >= since,
        )
        if until_now:
            query = query.where(LedgerEntryRow.recorded_at < end.isoformat(timespec="microseconds"))
        rows = session.execute(query)
        for action, subject, outcome, details in rows:
            route = details.get("route", "?")
            if action == "gateway.stream_ended":
                if route == CHAT_ROUTE:
                    stream_endings[subject] = (outcome, details)
                continue
            if route == CHAT_ROUTE:
                chat_decisions.append((subject, outcome, details))
            else:
                counts.add(route, details)
    chat = chat_report(store, chat_decisions, stream_endings)
    return report_figures(counts, chat, loaded, reference=reference, since=since)
