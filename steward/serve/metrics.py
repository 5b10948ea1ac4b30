"""The gateway's Prometheus metrics, in a registry of its own (no process-global state).

Under ``steward serve --workers N`` (N > 1, ``serve.shared_state`` store) each worker's
values go to files in ``PROMETHEUS_MULTIPROC_DIR`` (prometheus-client's multiprocess mode,
chosen when prometheus-client is first imported) and ``/metrics`` reads all of them, so
whichever worker answers shows the sum over every worker: counters and histograms add up,
the drift gauges show the most recent value any worker set."""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from steward.serve.guards.chain import GuardResult

_LATENCY = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


MULTIPROC_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"


class GatewayMetrics:
    def __init__(self) -> None:
        # Multiprocess mode is fixed at prometheus-client's import; the variable is only set
        # for `steward serve`'s worker processes, before they import it.
        self.multiprocess_dir = os.environ.get(MULTIPROC_DIR_ENV) or None
        self.registry = CollectorRegistry()
        r = self.registry
        # The labelled children every request touches, looked up once: ``labels()`` builds
        # and checks its key under a lock each call (bounded label values: routes, statuses,
        # guard names and actions).
        self._request_children: dict[tuple[str, int], tuple[Counter, Histogram]] = {}
        self._guard_action_children: dict[tuple[str, str, str], Counter] = {}
        self._guard_seconds_children: dict[str, Histogram] = {}
        self.requests = Counter(
            "steward_requests", "Requests by route and status", ["route", "status"], registry=r
        )
        self.latency = Histogram(
            "steward_request_seconds", "Request latency", ["route"], buckets=_LATENCY, registry=r
        )
        self.guard_actions = Counter(
            "steward_guard_actions",
            "Guard verdicts by guard, action and direction",
            ["guard", "action", "direction"],
            registry=r,
        )
        self.guard_seconds = Histogram(
            "steward_guard_seconds", "Time per text in each guard", ["guard"],
            buckets=_LATENCY, registry=r,
        )  # fmt: skip
        self.blocked = Counter(
            "steward_blocked", "Texts blocked, by direction", ["direction"], registry=r
        )
        self.predictions = Counter(
            "steward_predictions", "Predictions by intent", ["intent"], registry=r
        )
        self.confidence = Histogram(
            "steward_prediction_confidence",
            "Confidence of served predictions",
            buckets=(0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0),
            registry=r,
        )
        self.denied = Counter("steward_denied", "Denied requests by reason", ["reason"], registry=r)
        self.feedback = Counter("steward_feedback", "Feedback by kind", ["kind"], registry=r)
        self.drift = Gauge(
            "steward_drift_psi",
            "Population stability index of live traffic against the training data",
            ["measure"],
            registry=r,
            multiprocess_mode="mostrecent",
        )
        # The chat assistant: labels are bounded (languages, outcomes, modes, knowledge topics)
        self.chat_answers = Counter(
            "steward_chat_answers", "Chat requests by language and outcome",
            ["language", "outcome"], registry=r,
        )  # fmt: skip
        self.chat_cited = Counter(
            "steward_chat_cited_answers", "Chat answers citing at least one passage",
            ["language"], registry=r,
        )  # fmt: skip
        self.chat_removed = Counter(
            "steward_chat_grounding_removed",
            "Answer sentences the grounding guard removed as unsupported", ["language"],
            registry=r,
        )  # fmt: skip
        self.chat_answers_with_removals = Counter(
            "steward_chat_answers_with_removals",
            "Chat answers the grounding guard removed at least one sentence from", ["language"],
            registry=r,
        )  # fmt: skip
        self.chat_modes = Counter(
            "steward_chat_mode", "Chat answers by answering mode", ["mode"], registry=r
        )
        self.chat_topics = Counter(
            "steward_chat_topic", "Chat questions by knowledge topic", ["topic"], registry=r
        )
        self.chat_topic_psi = Gauge(
            "steward_chat_topic_psi",
            "Population stability index of the chat question topics against the fine-tuning data",
            registry=r,
            multiprocess_mode="mostrecent",
        )

    def observe_request(self, route: str, status: int, seconds: float) -> None:
        children = self._request_children.get((route, status))
        if children is None:
            children = (
                self.requests.labels(route=route, status=str(status)),
                self.latency.labels(route=route),
            )
            self._request_children[(route, status)] = children
        children[0].inc()
        children[1].observe(seconds)

    def observe_guards(self, result: GuardResult, direction: str) -> None:
        actions, timings = self._guard_action_children, self._guard_seconds_children
        for verdict in result.verdicts:
            labels = (verdict.guard, verdict.action, direction)
            counter = actions.get(labels)
            if counter is None:
                counter = actions[labels] = self.guard_actions.labels(*labels)
            counter.inc()
        for guard, seconds in result.seconds.items():
            histogram = timings.get(guard)
            if histogram is None:
                histogram = timings[guard] = self.guard_seconds.labels(guard=guard)
            histogram.observe(seconds)
        if result.blocked:
            self.blocked.labels(direction=direction).inc()

    def observe_prediction(self, intent: str, confidence: float) -> None:
        self.predictions.labels(intent=intent).inc()
        self.confidence.observe(confidence)

    def observe_drift(self, snapshot: dict[str, float | None]) -> None:
        for measure, value in snapshot.items():
            if value is not None:
                self.drift.labels(measure=measure).set(value)

    def observe_chat(
        self,
        language: str,
        outcome: str,
        cited: int,
        unsupported_removed: int,
        topic: str | None,
        mode: str | None,
    ) -> None:
        """One chat request: its outcome, how many passages the answer cited, how many
        sentences the grounding guard removed, the question's topic and the answering mode
        (``None`` where the request never reached grounding, e.g. blocked on input)."""
        self.chat_answers.labels(language=language, outcome=outcome).inc()
        if cited > 0:
            self.chat_cited.labels(language=language).inc()
        if unsupported_removed > 0:
            self.chat_removed.labels(language=language).inc(unsupported_removed)
            self.chat_answers_with_removals.labels(language=language).inc()
        if topic is not None:
            self.chat_topics.labels(topic=topic).inc()
        if mode is not None:
            self.chat_modes.labels(mode=mode).inc()

    def observe_chat_drift(self, psi: float | None) -> None:
        """The topic drift PSI (``TopicDrift.psi()``); ``None`` (nothing to compare) leaves
        the gauge as it was."""
        if psi is not None:
            self.chat_topic_psi.set(psi)

    def render(self) -> tuple[bytes, str]:
        """The exposition text: this process's registry, or every worker's files."""
        if self.multiprocess_dir is None:
            return generate_latest(self.registry), CONTENT_TYPE_LATEST
        from prometheus_client.multiprocess import MultiProcessCollector

        combined = CollectorRegistry()
        MultiProcessCollector(combined, path=self.multiprocess_dir)
        return generate_latest(combined), CONTENT_TYPE_LATEST
