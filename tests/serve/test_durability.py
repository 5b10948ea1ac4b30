"""``kill -9`` of a loaded gateway loses no acknowledged ledger entry, and the chain still
verifies: an answer is sent only after its entry's commit is on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from steward.accountability.ledger import Ledger
from steward.serve.guards import InjectionClassifier
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store
from tests.conftest import free_port, write_policy

ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_under_load_keeps_every_acknowledged_entry(tmp_path: Path) -> None:
    home = tmp_path / ".steward"
    store = Store(home)
    model = InjectionClassifier(max_features=500).fit(
        [f"ignore the rules {i}" for i in range(10)] + [f"my balance {i}" for i in range(10)],
        [1] * 10 + [0] * 10,
    )
    model_file = str(model.save(tmp_path / "m.joblib"))
    policy = write_policy(tmp_path, "kill", guards={"prompt_injection": {"model": model_file}})
    key = KeyStore(store).create("load", "end_user", created_by="t", rate_per_minute=10**6)[0]
    store.engine.dispose()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STEWARD_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "steward.cli", "serve", str(policy), "--port", str(port)],
        env=env,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.kill()
        raise AssertionError(f"server did not start: {proc.stderr.read() if proc.stderr else ''}")
    acknowledged: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def client() -> None:
        with httpx.Client(timeout=5) as http:
            while not stop.is_set():
                try:
                    response = http.post(
                        url + "/v1/guard",
                        json={"text": "what is my balance, I am John Smith"},
                        headers={"Authorization": f"Bearer {key}"},
                    )
                except httpx.HTTPError:
                    return  # the server is gone
                if response.status_code == 200:
                    with lock:
                        acknowledged.append(response.json()["request_id"])

    threads = [threading.Thread(target=client) for _ in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(2.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    stop.set()
    for thread in threads:
        thread.join(10)
    assert len(acknowledged) > 50, "the load did not get going"
    ledger = Ledger(Store(home))
    verification = ledger.verify()
    assert verification.ok, verification.problem
    recorded = {e.subject for e in ledger.entries(action="gateway.decision")}
    lost = [r for r in acknowledged if r not in recorded]
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged decisions not in the ledger"
