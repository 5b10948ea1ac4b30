"""``steward console POLICY --sign-in-key-for risk_owner`` (what ``make console`` runs), as a
real process on a free port: it prints its URL and a key for the person the policy names as
risk owner, that key signs in to the real server, and Ctrl-C stops it and revokes the key."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from steward.accountability.ledger import Ledger
from steward.serve.keys import KeyStore
from tests.conftest import free_port
from tests.console.world import make_world


def test_the_console_prints_its_url_and_a_risk_owner_key_that_ends_with_it(
    tmp_path: Path,
) -> None:
    world = make_world(tmp_path / "w")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "steward.cli", "console", str(world.policy), "--port", str(port),
         "--sign-in-key-for", "risk_owner", "--home", str(world.home)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "STEWARD_ACTOR": "oscar"},
    )  # fmt: skip
    try:
        assert process.stdout is not None
        url_line, key_line = process.stdout.readline(), process.stdout.readline()
        assert url_line.strip() == f"steward console: http://127.0.0.1:{port}/"
        found = re.search(r"sign-in key for carol \(risk_owner\), revoked when this console "
                          r"stops: (stw_\S+)", key_line)  # fmt: skip
        assert found, key_line
        key = found.group(1)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(100):  # until it listens
                try:
                    form = client.get("/signin")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            token = re.search(r'name="csrf" value="([^"]+)"', form.text)
            assert token
            signed = client.post("/signin", data={"csrf": token.group(1), "api_key": key})
            assert signed.status_code == 303 and "steward_console=" in signed.headers["set-cookie"]
            review = client.get("/review")
            assert review.status_code == 200 and "carol" in review.text
            assert review.text.count('value="approve"') == 2  # she may sign off
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=30)
    assert process.returncode == 0, errors
    key_id = key.split("_")[1]
    assert not KeyStore(world.store).get(key_id).active  # revoked when the console stopped
    recorded = [(e.action, e.subject, e.actor) for e in Ledger(world.store).entries()
                if e.action in ("key.created", "key.revoked")]  # fmt: skip
    assert recorded == [("key.created", key_id, "oscar"), ("key.revoked", key_id, "oscar")]
