"""Heaviest test files first under ``pytest -n 2 --dist loadfile`` (``make test``).

pytest-xdist's ``loadfile`` hands out whole files in collection order (or by test count), so a
file that takes minutes may be handed out last and one worker idles while the other finishes
it. :class:`HeaviestFileFirstScheduling` hands out the file with the most measured seconds
first, from :data:`FILE_SECONDS` (committed; regenerate it with ``--store-file-seconds``). A
file it has no figure for (a test file added since) counts as the heaviest one: started early,
it cannot become the long tail. Only the order changes: every test still runs, on one worker
per file, as with plain ``loadfile``.
"""

from __future__ import annotations

import json
import os
import platform
import shlex
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

FILE_SECONDS = Path(__file__).with_name("file_seconds.json")
ROOT = Path(__file__).resolve().parents[1]


def read_file_seconds(path: Path = FILE_SECONDS) -> dict[str, float]:
    """Measured seconds per test file (node id prefix); empty when there is no such file."""
    if not path.is_file():
        return {}
    recorded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {name: float(seconds) for name, seconds in recorded["seconds"].items()}


def heaviest_first(scopes: list[str], seconds: dict[str, float]) -> list[str]:
    """``scopes`` (test files), heaviest first; an unmeasured file counts as the heaviest."""
    unknown = max(seconds.values(), default=0.0)
    # sorted() is stable: equal estimates keep their collection order
    return sorted(scopes, key=lambda scope: -seconds.get(scope, unknown))


def make_scheduler(config: pytest.Config, log: Any) -> Any:
    """The ``loadfile`` scheduler, heaviest file first (``None`` for any other ``--dist``)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class HeaviestFileFirstScheduling(LoadFileScheduling):
        """``loadfile`` that always hands out the heaviest file still waiting."""

        def __init__(self, config: pytest.Config, log: Any) -> None:
            super().__init__(config, log)
            self.file_seconds = read_file_seconds()

        def _assign_work_unit(self, node: Any) -> None:
            # the base class hands out the work queue's first file: put the heaviest there
            (heaviest, *_) = heaviest_first(list(self.workqueue), self.file_seconds)
            self.workqueue.move_to_end(heaviest, last=False)
            super()._assign_work_unit(node)

    return HeaviestFileFirstScheduling(config, log)


class FileSecondsRecorder:
    """Adds up each test file's setup, call and teardown seconds in the controller (the
    workers' reports reach it with their durations) and writes them, merged into the ones
    already recorded for files that did not run, with how they were measured."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.started = time.monotonic()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[report.nodeid.split("::", 1)[0]] += report.duration

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(session.config, "workerinput"):  # a worker: the controller writes
            return
        merged = {
            name: seconds
            for name, seconds in read_file_seconds(self.path).items()
            if (ROOT / name).is_file()  # forget deleted files
        }
        merged.update(self.seconds)
        record = {
            "measured_with": shlex.join(["pytest", *sys.argv[1:]]),
            "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, load average at the end "
            + " ".join(f"{load:.1f}" for load in os.getloadavg()),
            "wall_seconds": round(time.monotonic() - self.started, 1),
            "files_measured_in_this_run": len(self.seconds),
            "seconds": {
                name: round(seconds, 2)
                for name, seconds in sorted(merged.items(), key=lambda item: -item[1])
            },
        }
        self.path.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", "utf-8")
