"""`make test`'s scheduler hands out the heaviest test file first (tests/file_order.py)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.file_order import (
    FILE_SECONDS,
    ROOT,
    FileSecondsRecorder,
    heaviest_first,
    make_scheduler,
    read_file_seconds,
)


class _Config:
    """What the scheduler reads of pytest's config: two local workers, ``--dist loadfile``."""

    def __init__(self, dist: str) -> None:
        self.option = SimpleNamespace(tx=["2*popen"], dist=dist, loadscopereorder=True)

    def getvalue(self, name: str) -> Any:
        return getattr(self.option, name)


class _Worker:
    """A worker that records the test indexes it is sent."""

    def __init__(self, name: str) -> None:
        self.gateway = type("Gateway", (), {"id": name})()
        self.shutting_down = False
        self.sent: list[list[int]] = []

    def send_runtest_some(self, indexes: list[int]) -> None:
        self.sent.append(indexes)

    def shutdown(self) -> None:
        self.shutting_down = True


def test_heaviest_first_and_an_unmeasured_file_counts_as_the_heaviest() -> None:
    seconds = {"a.py": 1.0, "b.py": 50.0, "c.py": 5.0}
    assert heaviest_first(["a.py", "b.py", "c.py"], seconds) == ["b.py", "c.py", "a.py"]
    # new.py has no figure: it goes with the heaviest (ties keep the collection order)
    assert heaviest_first(["a.py", "new.py", "b.py"], seconds) == ["new.py", "b.py", "a.py"]
    assert heaviest_first(["x.py", "y.py"], {}) == ["x.py", "y.py"]


def test_each_worker_is_handed_the_heaviest_file_left() -> None:
    scheduler = make_scheduler(_Config("loadfile"), None)  # type: ignore[arg-type]
    scheduler.file_seconds = {"light.py": 1.0, "middle.py": 10.0, "heavy.py": 100.0}
    collection = [
        "light.py::t1", "light.py::t2", "light.py::t3", "light.py::t4",
        "middle.py::t1", "middle.py::t2", "middle.py::t3",
        "heavy.py::t1", "heavy.py::t2", "heavy.py::t3",
    ]  # fmt: skip
    first, second = _Worker("gw0"), _Worker("gw1")
    for worker in (first, second):
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, collection)
    scheduler.schedule()
    # heavy.py to the first worker, middle.py to the second; light.py waits for whichever
    # gets down to two tests left first (the scheduler's low-water mark)
    assert first.sent == [[7, 8, 9]]
    assert second.sent == [[4, 5, 6]]
    scheduler.mark_test_complete(second, 4)
    assert second.sent[1:] == [[0, 1, 2, 3]]


def test_other_dist_modes_keep_xdists_scheduler() -> None:
    assert make_scheduler(_Config("load"), None) is None  # type: ignore[arg-type]


def test_the_committed_figures_are_for_test_files_of_this_project() -> None:
    seconds = read_file_seconds()
    assert seconds, f"{FILE_SECONDS} is missing or empty"
    assert all(name.startswith("tests/") and name.endswith(".py") for name in seconds)
    assert all(value >= 0 for value in seconds.values())


def test_the_recorder_adds_up_each_files_phases_and_keeps_other_files(tmp_path: Path) -> None:
    path = tmp_path / "seconds.json"
    kept, gone = "tests/test_config.py", "tests/test_deleted_since.py"
    path.write_text(json.dumps({"seconds": {kept: 3.0, gone: 9.0, "tests/test_imports.py": 1}}))
    recorder = FileSecondsRecorder(path)
    for nodeid, duration in [
        ("tests/test_imports.py::test_a", 0.5),  # setup
        ("tests/test_imports.py::test_a", 2.0),  # call
        ("tests/test_imports.py::test_b", 1.25),
    ]:
        report = pytest.TestReport(nodeid, ("", 0, ""), {}, "passed", None, "call", [], duration)
        recorder.pytest_runtest_logreport(report)
    session = type("Session", (), {"config": object()})()
    recorder.pytest_sessionfinish(session)
    assert (ROOT / kept).is_file() and not (ROOT / gone).exists()
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["seconds"] == {kept: 3.0, "tests/test_imports.py": 3.75}
    assert written["files_measured_in_this_run"] == 1
    assert written["measured_with"].startswith("pytest")
