"""Hourly rollups of the gateway's decisions, so monitoring reads hours, not decisions.

:func:`monitor_report` reads every decision of its window (a JSON document each): seconds for
a window of a million. The console draws eight windows and must answer in a fraction of a
second, so it reads the counters of :class:`~steward.accountability.monitoring.DecisionCounts`
per hour of ``recorded_at`` instead (table ``monitor_rollups``), and the chat route's
decisions per language and outcome. :func:`catch_up` folds the ledger's entries after the
last one folded (``monitor_rollup_state``) into those hours, in one transaction per chunk
with the watermark, so two folders never count an entry twice; the console folds at start,
every few seconds after and before each page, so a page folds only the last seconds'
decisions.

A window made of whole hours gives exactly :func:`monitor_report`'s figures for that window
(``until_now``; the console's windows end on the hour). One subtlety of the chat route: a
streamed answer that ends in ``upstream_error`` counts as "other", not under its decision's
outcome, when its ending falls in the same window; such endings are kept as adjustments
that name their decision's hour and outcome, applied when both hours are in the window.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, case, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from steward.accountability.monitoring import (
    CHAT_ROUTE,
    DecisionCounts,
    chat_category,
    chat_language,
    report_figures,
)
from steward.config import LoadedPolicy
from steward.store.artifacts import Store
from steward.store.db import LedgerEntryRow, MonitorRollupRow, MonitorRollupStateRow

DECISION_ACTIONS = ("gateway.decision", "gateway.stream_ended")
CHUNK = 20_000  # ledger entries (by seq) read per transaction while folding
CHAT_CATEGORIES = ("answered", "escalated", "blocked", "other")
_fold_lock = threading.Lock()  # one folder per process; the watermark guards across processes

# (measure, group, key) -> (count, sum)
_Cells = dict[tuple[str, str, str], list[float]]


def bucket_of(recorded_at: str) -> str:
    """The hour a ledger timestamp falls in: ``YYYY-MM-DDTHH`` (timestamps are UTC ISO)."""
    return recorded_at[:13]


def hour_start(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def next_hour(moment: datetime) -> datetime:
    """The end of the hour ``moment`` is in (``moment`` itself when it is on the hour)."""
    start = hour_start(moment)
    return start if start == moment.astimezone(UTC) else start + timedelta(hours=1)


def _counts_to_cells(counts: DecisionCounts, cells: _Cells) -> None:
    """An hour's guard and classify counts as rollup cells."""
    named: list[tuple[str, Counter[str]]] = [
        ("requests", counts.requests), ("blocked", counts.blocked),
        ("by_guard", counts.by_guard), ("length", counts.lengths), ("model", counts.models),
        ("classified", counts.classified_by_language),
        ("blocked_language", counts.blocked_by_language),
    ]  # fmt: skip
    for measure, counter in named:
        for key, n in counter.items():
            if n:
                cells.setdefault((measure, "", key), [0, 0.0])[0] += n
    for language, intents in counts.by_language.items():
        for label, n in intents.items():
            cells.setdefault(("intent", language, label), [0, 0.0])[0] += n
    if counts.confidence_n:
        cell = cells.setdefault(("confidence", "", ""), [0, 0.0])
        cell[0] += counts.confidence_n
        cell[1] += counts.confidence_sum


def _decision_of(session: Session, request_id: str) -> tuple[str, str, dict[str, Any]] | None:
    row = session.execute(
        select(LedgerEntryRow.recorded_at, LedgerEntryRow.outcome, LedgerEntryRow.details)
        .where(LedgerEntryRow.subject == request_id, LedgerEntryRow.action == "gateway.decision")
        .order_by(LedgerEntryRow.seq.desc())
        .limit(1)
    ).first()
    return (row[0], row[1], row[2]) if row else None


def _fold(session: Session, rows: Iterable[Any]) -> dict[str, _Cells]:
    by_hour: dict[str, _Cells] = {}
    counts_by_hour: dict[str, DecisionCounts] = {}  # one per hour, added to decision by decision
    for recorded_at, action, subject, outcome, details in rows:
        hour = bucket_of(recorded_at)
        cells = by_hour.setdefault(hour, {})
        route = details.get("route", "?")
        if action == "gateway.stream_ended":
            if route != CHAT_ROUTE or outcome != "upstream_error":
                continue
            decision = _decision_of(session, subject)
            if decision is None:
                continue
            at, decided, decision_details = decision
            key = f"{bucket_of(at)}|{chat_category(decided)}"
            cells.setdefault(("chat_upstream_error", chat_language(decision_details), key),
                             [0, 0.0])[0] += 1  # fmt: skip
        elif route == CHAT_ROUTE:
            cell = ("chat", chat_language(details), chat_category(outcome))
            cells.setdefault(cell, [0, 0.0])[0] += 1
        else:
            counts = counts_by_hour.get(hour)
            if counts is None:
                counts = counts_by_hour[hour] = DecisionCounts()
            counts.add(str(route), details)
    for hour, counts in counts_by_hour.items():
        _counts_to_cells(counts, by_hour[hour])
    return by_hour


def _upsert(session: Session, by_hour: dict[str, _Cells]) -> None:
    values = [
        {"bucket": hour, "measure": m, "grp": g, "key": k, "n": int(n), "total": total}
        for hour, cells in by_hour.items()
        for (m, g, k), (n, total) in cells.items()
    ]
    if not values:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = cast(Table, MonitorRollupRow.__table__)
    statement = insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=["bucket", "measure", "grp", "key"],
        set_={"n": table.c.n + statement.excluded.n,
              "total": table.c.total + statement.excluded.total},
    )  # fmt: skip
    session.connection().execute(statement, values)  # one statement, executemany


def catch_up(store: Store, *, chunk: int = CHUNK) -> int:
    """Fold every ledger entry after the watermark into the hourly rollups; returns how many
    ledger entries (of any kind) were passed over. Entries are read and folded outside any
    write transaction (the gateway keeps writing meanwhile); the counts and the moved
    watermark are written in one short one, only if the watermark is still where the read
    started (else another folder did that range: read again from where it stopped)."""
    passed = 0
    with _fold_lock:
        while True:
            with store.session() as session:
                head = session.scalar(select(func.max(LedgerEntryRow.seq))) or 0
                done = session.scalar(
                    select(MonitorRollupStateRow.seq).where(MonitorRollupStateRow.id == 1)
                ) or 0  # fmt: skip
                if done >= head:
                    return passed
                upto = min(done + chunk, head)
                rows = session.execute(
                    select(LedgerEntryRow.recorded_at, LedgerEntryRow.action,
                           LedgerEntryRow.subject, LedgerEntryRow.outcome,
                           LedgerEntryRow.details)
                    .where(LedgerEntryRow.seq > done, LedgerEntryRow.seq <= upto,
                           LedgerEntryRow.action.in_(DECISION_ACTIONS))
                ).all()  # fmt: skip
                folded = _fold(session, rows)
            with store.session() as session, session.begin():
                # the row lock (PostgreSQL) / BEGIN IMMEDIATE (SQLite) keeps folders apart
                state = session.execute(
                    select(MonitorRollupStateRow).where(MonitorRollupStateRow.id == 1)
                    .with_for_update()
                ).scalar_one_or_none()  # fmt: skip
                if (state.seq if state else 0) != done:
                    continue  # another process folded meanwhile
                if state is None:
                    session.add(MonitorRollupStateRow(id=1, seq=upto))
                else:
                    state.seq = upto
                _upsert(session, folded)
            passed += upto - done


@dataclass
class WindowTally:
    """One window's counts read back from the rollups."""

    counts: DecisionCounts = field(default_factory=DecisionCounts)
    chat: dict[str, Counter[str]] = field(default_factory=dict)  # language -> category counts

    def add(self, measure: str, group: str, key: str, n: int, total: float) -> None:
        counts = self.counts
        simple: dict[str, Counter[str]] = {
            "requests": counts.requests, "blocked": counts.blocked, "by_guard": counts.by_guard,
            "length": counts.lengths, "model": counts.models,
            "classified": counts.classified_by_language,
            "blocked_language": counts.blocked_by_language,
        }  # fmt: skip
        if measure in simple:
            simple[measure][key] += n
        elif measure == "intent":
            counts.intents[key] += n
            counts.by_language.setdefault(group, Counter())[key] += n
        elif measure == "confidence":
            counts.confidence_n += n
            counts.confidence_sum += total
        elif measure == "chat":
            self.chat.setdefault(group, Counter())[key] += n

    def chat_section(self) -> dict[str, Any]:
        """The chat figures a rollup keeps: requests per language and outcome, and rates."""

        def summary(outcomes: Counter[str]) -> dict[str, Any]:
            total = sum(outcomes.values())
            figures: dict[str, Any] = {"requests": total}
            figures.update({c: outcomes[c] for c in CHAT_CATEGORIES})
            for category in ("answered", "escalated", "blocked"):
                share = outcomes[category] / total if total else None
                figures[f"{category}_rate"] = None if share is None else round(share, 4)
            return figures

        overall: Counter[str] = Counter()
        for outcomes in self.chat.values():
            overall.update(outcomes)
        return {
            "requests": sum(overall.values()),
            "all": summary(overall),
            "by_language": {k: summary(v) for k, v in sorted(self.chat.items()) if v},
        }


def window_reports(
    store: Store,
    loaded: LoadedPolicy,
    ends: list[datetime],
    *,
    reference: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """The report of each window of ``monitor.window_hours`` ending at each of ``ends`` (on
    the hour, consecutive: each starts where the last ends), from the rollups after
    :func:`catch_up`, summed per window by the database. The figures are
    :func:`monitor_report`'s over the same window (chat: per language and outcome only)."""
    window = timedelta(hours=loaded.policy.monitor.window_hours)
    ends = [end.astimezone(UTC) for end in ends]
    for end in ends:
        if hour_start(end) != end or window % timedelta(hours=1):
            raise ValueError("rollup windows are whole hours ending on the hour")
    starts = [end - window for end in ends]
    if any(start != previous for start, previous in zip(starts[1:], ends, strict=False)):
        raise ValueError("rollup windows follow one another: each starts where the last ends")
    catch_up(store)
    tallies = [WindowTally() for _ in ends]
    bounds = [
        (bucket_of(start.isoformat()), bucket_of(end.isoformat()))
        for start, end in zip(starts, ends, strict=True)
    ]
    adjustments: list[tuple[int, str, str, int]] = []  # window, language, key, n
    # each hour's window in SQL (windows are consecutive), summed there: one row per window
    # and counter (a subquery, so PostgreSQL groups by the CASE's result, not its text)
    window_index = case(
        *[(MonitorRollupRow.bucket < high, index) for index, (_, high) in enumerate(bounds)],
        else_=len(bounds),
    ).label("window_index")
    hours = (
        select(window_index, MonitorRollupRow.measure, MonitorRollupRow.grp,
               MonitorRollupRow.key, MonitorRollupRow.n, MonitorRollupRow.total)
        .where(MonitorRollupRow.bucket >= bounds[0][0],
               MonitorRollupRow.bucket < bounds[-1][1])
        .subquery()
    )  # fmt: skip
    with store.session() as session:
        rows = session.execute(
            select(hours.c.window_index, hours.c.measure, hours.c.grp, hours.c.key,
                   func.sum(hours.c.n), func.sum(hours.c.total))
            .group_by(hours.c.window_index, hours.c.measure, hours.c.grp, hours.c.key)
        )  # fmt: skip
        for index, measure, group, key, n, total in rows:
            if measure == "chat_upstream_error":
                adjustments.append((int(index), group, key, int(n)))
            else:
                tallies[int(index)].add(measure, group, key, int(n), float(total or 0.0))
    for index, language, key, n in adjustments:
        decided_hour, category = key.split("|", 1)
        if _window_of(bounds, decided_hour) != index:
            continue  # the decision was counted in another window, without its ending
        outcomes = tallies[index].chat.setdefault(language, Counter())
        outcomes[category] -= n
        outcomes["other"] += n
    return [
        report_figures(tally.counts, tally.chat_section(), loaded, reference=reference,
                       since=start.isoformat(timespec="microseconds"))
        for tally, start in zip(tallies, starts, strict=True)
    ]  # fmt: skip


def _window_of(bounds: list[tuple[str, str]], hour: str) -> int | None:
    for index, (low, high) in enumerate(bounds):
        if low <= hour < high:
            return index
    return None
