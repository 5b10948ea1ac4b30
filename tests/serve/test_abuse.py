"""Cheap denial of service against a real gateway (uvicorn on 127.0.0.1): guessing secrets,
flooding denials into the ledger, and heavy guard work from one key (issue 15, item 6)."""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from hypothesis import given, settings
from hypothesis import strategies as st

from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.data.pii.recognizers.base import Entity, resolve_overlaps
from steward.serve.app import Gateway, build_gateway, create_app
from steward.serve.guards.base import Span
from steward.serve.guards.chain import redact
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store
from tests.conftest import free_port, serving, write_policy
from tests.serve.upstreams import answering_upstream

# the customer's own number and address (the bank's "call us on" line and a role mailbox such
# as help@ are not personal data: they would leave nothing to redact)
PARAGRAPH = (
    "Thanks for your message. Your card ending 4242 was declined at the supermarket because "
    "the daily limit was reached; we will call you back on +44 20 7946 0958 or write to you at "
    "jo.smith@mail.example. "
)
HEAVY_TEXT = (PARAGRAPH * 400)[:63_000]
ROOT = Path(__file__).resolve().parents[2]  # the 63 KB output-direction answer


@dataclass
class Running:
    url: str
    store: Store
    gateway: Gateway
    keys: dict[str, str]

    client: httpx.Client

    def guard(self, key: str | None, text: str = "what is my balance", **body: Any) -> Any:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return self.client.post(
            self.url + "/v1/guard", json={"text": text, **body}, headers=headers, timeout=60
        )

    def entries(self, action: str) -> list[Any]:
        return Ledger(self.store).entries(action=action)


@contextmanager
def gateway(tmp: Path, **serve: Any) -> Iterator[Running]:
    """A gateway with rule-only guards (no model to train) and the given serve settings."""
    store = Store(tmp / ".steward")
    policy = write_policy(
        tmp, "abuse", guards={"prompt_injection": {"classifier": False}}, serve=serve
    )
    built = build_gateway(load_policy(policy), store)
    keys = {
        name: built.keys.create(name, role, created_by="test", rate_per_minute=10**6)[0]
        for name, role in (("light", "end_user"), ("heavy", "end_user"), ("audit", "auditor"))
    }
    try:
        # One client, its connections kept: a new client per request costs more (TLS
        # context) than the answers being timed.
        with serving(create_app(built)) as url, httpx.Client() as client:
            yield Running(url, store, built, keys, client)
    finally:
        built.writer.close()


def _scrypt_seconds() -> float:
    """One key check's KDF on this machine, now (the gateway's parameters)."""
    started = time.perf_counter()
    Scrypt(salt=b"s" * 16, length=32, n=2**14, r=8, p=1).derive(b"secret")
    return time.perf_counter() - started


def test_wrong_secrets_are_throttled_before_scrypt_and_spare_the_owner(tmp_path: Path) -> None:
    with gateway(tmp_path, auth_failures_per_key=3, auth_failures_per_client=1000) as gw:
        owner = gw.keys["light"]
        assert gw.guard(owner).status_code == 200  # verified once: remembered
        wrong = owner[:-4] + "AAAA"
        codes = [gw.guard(wrong).status_code for _ in range(3)]
        assert codes == [401, 401, 401]
        started = time.perf_counter()
        throttled = [gw.guard(wrong) for _ in range(20)]
        per_request = (time.perf_counter() - started) / 20
        assert {r.status_code for r in throttled} == {429}
        assert int(throttled[0].headers["retry-after"]) >= 1
        assert "too many failed authentications" in throttled[0].json()["error"]["reason"]
        # No KDF behind a throttled answer: each costs well under one scrypt run.
        assert per_request < _scrypt_seconds() / 2, per_request
        # The key's owner is recognised without the KDF and never throttled.
        assert gw.guard(owner).status_code == 200
        # Another key id from the same address is not affected by this key id's count.
        assert gw.guard(gw.keys["heavy"]).status_code == 200


def test_failures_from_one_address_are_throttled(tmp_path: Path) -> None:
    with gateway(tmp_path, auth_failures_per_key=100, auth_failures_per_client=5) as gw:
        remembered = gw.keys["light"]
        assert gw.guard(remembered).status_code == 200
        codes = [gw.guard(f"stw_nope{i}_secret").status_code for i in range(5)]
        assert codes == [401] * 5
        assert gw.guard("stw_nope9_secret").status_code == 429
        assert gw.guard(None).status_code == 429  # the address, whatever it sends
        # A correct key this process has not verified yet is refused unchecked, too...
        assert gw.guard(gw.keys["heavy"]).status_code == 429
        # ...while one it has verified still passes.
        assert gw.guard(remembered).status_code == 200


def test_scrypt_runs_off_the_event_loop(tmp_path: Path) -> None:
    """Key checks that need the KDF run in threads: a remembered key's request does not wait
    behind them (on the event loop they ran one after another)."""
    with gateway(tmp_path, auth_failures_per_key=100, auth_failures_per_client=1000) as gw:
        owner = gw.keys["light"]
        assert gw.guard(owner).status_code == 200
        wrong = owner[:-4] + "AAAA"
        kdf = _scrypt_seconds()
        threads = [threading.Thread(target=gw.guard, args=(wrong,)) for _ in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(kdf / 2)  # the KDF checks are under way
        started = time.perf_counter()
        assert gw.guard(owner).status_code == 200
        waited = time.perf_counter() - started
        for thread in threads:
            thread.join()
        assert waited < 3 * kdf, (waited, kdf)  # on the loop: behind up to 8 KDF runs


def test_denials_are_one_ledger_entry_per_interval(tmp_path: Path) -> None:
    with gateway(tmp_path, denial_interval_s=0.5, auth_failures_per_client=10**6) as gw:
        before = Ledger(gw.store).count()
        started = time.monotonic()
        for i in range(60):
            assert gw.guard(None if i % 2 else "stw_nope_secret").status_code == 401
        elapsed = time.monotonic() - started
        time.sleep(1.2)  # past the interval: the flusher has written
        denials = gw.entries("gateway.denials")
        assert gw.entries("gateway.denied") == []  # no entry per 401
        assert sum(e.details["total"] for e in denials) == 60
        intervals = elapsed / 0.5 + 3  # a partial interval at each end, and the last flush
        assert 1 <= len(denials) <= intervals
        assert Ledger(gw.store).count() - before == len(denials)
        rows = [row for e in denials for row in e.details["counts"]]
        by_reason = {
            reason: sum(r["count"] for r in rows if r["reason"] == reason)
            for reason in ("no_key", "unknown_key")
        }
        assert by_reason == {"no_key": 30, "unknown_key": 30}
        assert {r["client_network"] for r in rows} == {"127.0.0.0/24"}
        assert {r["route"] for r in rows} == {"/v1/guard"} and {r["status"] for r in rows} == {401}
        # A valid key's 403 names a known caller: still one entry per request.
        forbidden = gw.guard(gw.keys["audit"])
        assert forbidden.status_code == 403
        (entry,) = [
            e
            for e in gw.entries("gateway.denied")
            if e.subject == forbidden.headers["x-request-id"]
        ]
        assert entry.details["status"] == 403 and entry.details["key_id"]
    assert Ledger(gw.store).verify().ok


def test_shutdown_writes_the_last_interval(tmp_path: Path) -> None:
    with gateway(tmp_path, denial_interval_s=3600) as gw:
        for _ in range(7):
            assert gw.guard(None).status_code == 401
        assert gw.entries("gateway.denials") == []
    (entry,) = gw.entries("gateway.denials")
    assert entry.details["total"] == 7 and entry.details["by_status"] == {"401": 7}


def test_guard_characters_per_key_are_budgeted(tmp_path: Path) -> None:
    with gateway(tmp_path, guard_chars_per_minute=100_000, guard_processes=0) as gw:
        first = gw.guard(gw.keys["heavy"], HEAVY_TEXT, direction="output")
        assert first.status_code == 200 and first.json()["action"] == "redact"
        second = gw.guard(gw.keys["heavy"], HEAVY_TEXT, direction="output")
        assert second.status_code == 429
        assert "characters of guard work per minute" in second.json()["error"]["reason"]
        assert int(second.headers["retry-after"]) >= 1
        assert gw.guard(gw.keys["light"]).status_code == 200  # another key's budget


def test_chat_guard_work_is_charged_to_the_same_budget(tmp_path: Path) -> None:
    """A 63 KB chat prompt costs the key's guard budget like a /v1/guard text: the second is
    refused with 429 before the upstream is called; another key is unaffected."""
    upstream = answering_upstream()

    with (
        serving(upstream) as upstream_url,
        gateway(
            tmp_path,
            guard_chars_per_minute=100_000,
            guard_processes=0,
            upstream_url=upstream_url + "/v1",
        ) as gw,  # fmt: skip
    ):

        def chat(key: str, text: str) -> httpx.Response:
            # 63 KB as 18 messages under the max_length guard's limit: the guards redact, and
            # the prompt goes on to the upstream
            messages = [{"role": "user", "content": text[i : i + 3_500]}
                        for i in range(0, len(text), 3_500)]  # fmt: skip
            return gw.client.post(
                gw.url + "/v1/chat/completions",
                json={"model": "m", "messages": messages},
                headers={"Authorization": f"Bearer {key}"},
                timeout=60,
            )

        first = chat(gw.keys["heavy"], HEAVY_TEXT)
        assert first.status_code == 200, first.text
        assert first.json()["steward"]["input_actions"][0] == "redact"
        second = chat(gw.keys["heavy"], HEAVY_TEXT)
        assert second.status_code == 429, second.text
        assert "characters of guard work per minute" in second.json()["error"]["reason"]
        assert len(upstream.state.seen) == 1  # the refused prompt never reached the model
        assert chat(gw.keys["light"], "what is my balance?").status_code == 200


def test_a_heavy_guard_caller_does_not_stall_other_keys(tmp_path: Path) -> None:
    """Four concurrent 63 KB output checks from one key: at most one runs (in a worker
    process) and one waits, the rest get 429; another key's short checks meanwhile take far
    less than one heavy check (on the event loop they waited behind all four)."""
    with gateway(
        tmp_path, guard_processes=1, guard_concurrency_per_key=1, guard_queue_per_key=1
    ) as gw:
        heavy, light = gw.keys["heavy"], gw.keys["light"]
        for _ in range(2):  # the worker process is warm, the KDF of both keys done
            assert gw.guard(heavy, HEAVY_TEXT, direction="output").status_code == 200
        unloaded = []
        for _ in range(10):
            started = time.perf_counter()
            assert gw.guard(light).status_code == 200
            unloaded.append(time.perf_counter() - started)
        started = time.perf_counter()
        assert gw.guard(heavy, HEAVY_TEXT, direction="output").status_code == 200
        one_heavy = time.perf_counter() - started

        codes: list[int] = []

        def heavy_call() -> None:
            codes.append(gw.guard(heavy, HEAVY_TEXT, direction="output").status_code)

        threads = [threading.Thread(target=heavy_call) for _ in range(4)]
        for thread in threads:
            thread.start()
        loaded = []
        while any(t.is_alive() for t in threads):
            started = time.perf_counter()
            assert gw.guard(light).status_code == 200
            loaded.append(time.perf_counter() - started)
        for thread in threads:
            thread.join()
        assert sorted(codes) == [200, 200, 429, 429], codes
        assert loaded, "the heavy calls ended before a light one was sent"
        assert statistics.median(loaded) < one_heavy / 2, (loaded, one_heavy, unloaded)


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_guard_workers_exit_when_the_gateway_is_killed(tmp_path: Path) -> None:
    """``kill -9`` of ``steward serve`` tells its guard worker processes nothing: they watch
    their parent and exit instead of lingering."""
    home = tmp_path / ".steward"
    policy = write_policy(
        tmp_path, "kill", guards={"prompt_injection": {"classifier": False}}, serve={}
    )
    store = Store(home)
    key = KeyStore(store).create("heavy", "end_user", created_by="test")[0]
    store.engine.dispose()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STEWARD_HOME": str(home)}
    server = subprocess.Popen(
        [sys.executable, "-m", "steward.cli", "serve", str(policy), "--port", str(port)], env=env
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(url + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        long_check = httpx.post(  # the worker processes start with the first long text
            url + "/v1/guard",
            json={"text": HEAVY_TEXT, "direction": "output"},
            headers={"Authorization": f"Bearer {key}"},
            timeout=60,
        )
        assert long_check.status_code == 200, long_check.text
        workers: list[int] = []
        while time.monotonic() < deadline and not workers:
            time.sleep(0.1)
            workers = [
                pid
                for pid in _children(server.pid)
                if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
            ]
        assert workers, "no guard worker process started"
    finally:
        os.kill(server.pid, signal.SIGKILL)
        server.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in workers):
        time.sleep(0.1)
    left = [p for p in workers if Path(f"/proc/{p}").exists()]
    for pid in left:  # do not leave them behind on failure either
        os.kill(pid, signal.SIGKILL)
    assert not left, f"guard workers {left} outlived the gateway"


# -- what made a 63 KB check slow: overlap resolution and redaction were quadratic ----------
def _redact_pairwise(text: str, spans: list[Span]) -> str:
    """The definition: longer (then earlier) spans win, each compared with all chosen."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    out = text
    for span in sorted(chosen, key=lambda s: s.start, reverse=True):
        out = out[: span.start] + f"<{span.label}>" + out[span.end :]
    return out


def _resolve_pairwise(entities: list[Entity]) -> list[Entity]:
    ranked = sorted(entities, key=lambda e: (-e.score, -(e.end - e.start), e.start, e.label))
    chosen: list[Entity] = []
    for entity in ranked:
        if all(entity.end <= other.start or entity.start >= other.end for other in chosen):
            chosen.append(entity)
    return sorted(chosen)


_bounds = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(st.tuples(_bounds, st.sampled_from("ABC")), max_size=40))
def test_redaction_matches_the_pairwise_definition(spans: list[Any]) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(80))
    given_spans = [Span(start, end, label) for (start, end), label in spans]
    assert redact(text, given_spans) == _redact_pairwise(text, given_spans)


@settings(max_examples=300, deadline=None)
@given(
    found=st.lists(
        st.tuples(
            _bounds, st.sampled_from(["PERSON", "PHONE_NUMBER"]), st.sampled_from([0.5, 0.9])
        ),
        max_size=40,
    )
)
def test_overlap_resolution_matches_the_pairwise_definition(found: list[Any]) -> None:
    entities = [
        Entity(start=start, end=end, label=label, score=score, recognizer="test")
        for (start, end), label, score in found
    ]
    assert resolve_overlaps(entities) == _resolve_pairwise(entities)
