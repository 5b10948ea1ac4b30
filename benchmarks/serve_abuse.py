"""A well-behaved key's latency while the gateway is abused (issue 15, item 6).

One ``steward serve`` process on 127.0.0.1 (the bundled bank example's input and output
guards; the prompt-injection guard on its rules, no classifier to train), three phases:

1. **unloaded**: the well-behaved key sends the same 512-character customer message to
   ``POST /v1/guard`` at a steady ``--rate`` per second for ``--seconds``: p50 / p99;
2. **abused**: the same again, while another process floods the gateway with
   ``--flood-rate`` wrong-secret requests per second for the well-behaved key's id and as many
   requests with no key at all, and a heavy caller (a second valid key) keeps ``--heavy``
   63 KB output-direction ``/v1/guard`` requests in flight (re-sent at once after an answer;
   0.1 s after a 429);
3. **after**: the server is stopped (SIGTERM: the last denial interval is written) and the
   ledger is read: per-request ``gateway.denied`` entries for 401/429 (expected: none), and
   ``gateway.denials`` aggregate entries against the number of ``serve.denial_interval_s``
   intervals the run spanned.

Pass: the well-behaved key's p99 under abuse is within 2x of its unloaded p99, and the ledger
grew by at most one aggregate entry per interval (plus the shutdown flush) for the denials.

Before the fix, each wrong secret ran scrypt on the event loop (a well-behaved request went
from 10 ms to 0.6-1 s), each 401 was a signed ledger entry, and four 63 KB guard requests
pushed another key's p50 to 3.6 s.

Usage: python benchmarks/serve_abuse.py [--seconds 20] [--rate 40] [--flood-rate 200]
       [--heavy 4] [--interval 5] [--guard-chars-per-minute N]
Writes benchmarks/results/serve_abuse.json (serve_abuse_no_budget.json with
--guard-chars-per-minute); exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import yaml
from _serving import free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
MESSAGE = (
    "Hello, I would like to know why my card payment of 45 pounds at the supermarket was "
    "declined yesterday even though there is money in my current account. I checked the app "
    "and it says the card is active. Could you look into it and tell me what went wrong? I "
    "also want to raise the daily contactless limit because I travel next week and will pay "
    "for hotels with it. Thanks a lot for your help, this has happened twice now and it is "
    "embarrassing at the till. Please reply by email rather than phone because I am at work."
)[:512]
PARAGRAPH = (
    "Thanks for your message. Your card ending 4242 was declined at the supermarket because "
    "the daily limit was reached; call us on +44 20 7946 0958 or write to help@bank.example. "
)
HEAVY_TEXT = (PARAGRAPH * 400)[:63_000]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def paced(url: str, key: str, rate: float, seconds: float) -> dict[str, Any]:
    """The well-behaved key: one request every 1/rate s (a late one is sent at once)."""
    latencies: list[float] = []
    codes: Counter[int] = Counter()
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(timeout=30) as client:
        start = time.perf_counter()
        n = 0
        while (now := time.perf_counter()) - start < seconds:
            due = start + n / rate
            if due > now:
                time.sleep(due - now)
            sent = time.perf_counter()
            response = client.post(url + "/v1/guard", json={"text": MESSAGE}, headers=headers)
            latencies.append((time.perf_counter() - sent) * 1000)
            codes[response.status_code] += 1
            n += 1
    return {
        "requests": len(latencies),
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "mean_ms": round(statistics.fmean(latencies), 2),
        "max_ms": round(max(latencies), 2),
        "statuses": {str(k): v for k, v in sorted(codes.items())},
    }


async def _abuse(
    url: str, wrong_key: str, heavy_key: str, flood_rate: float, heavy: int, seconds: float
) -> dict[str, Any]:
    flood: Counter[str] = Counter()
    heavy_codes: Counter[int] = Counter()
    limits = httpx.Limits(max_connections=128, max_keepalive_connections=128)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        stop = time.perf_counter() + seconds
        in_flight: set[asyncio.Task[None]] = set()

        async def one(kind: str, headers: dict[str, str]) -> None:
            try:
                response = await client.post(url + "/v1/guard", json={"text": "x"}, headers=headers)
                flood[f"{kind} {response.status_code}"] += 1
            except httpx.HTTPError as exc:
                flood[f"{kind} {type(exc).__name__}"] += 1

        async def flooder() -> None:
            start, n = time.perf_counter(), 0
            wrong = {"Authorization": f"Bearer {wrong_key}"}
            while time.perf_counter() < stop:
                due = start + n / flood_rate
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                if len(in_flight) < 256:  # past that the server is not keeping up: skip
                    for kind, headers in (("wrong_secret", wrong), ("no_key", {})):
                        task = asyncio.create_task(one(kind, headers))
                        in_flight.add(task)
                        task.add_done_callback(in_flight.discard)
                else:
                    flood["skipped (256 in flight)"] += 2
                n += 1

        async def heavy_caller() -> None:
            headers = {"Authorization": f"Bearer {heavy_key}"}
            body = {"text": HEAVY_TEXT, "direction": "output"}
            while time.perf_counter() < stop:
                response = await client.post(url + "/v1/guard", json=body, headers=headers)
                heavy_codes[response.status_code] += 1
                if response.status_code == 429:
                    await asyncio.sleep(0.1)

        await asyncio.gather(flooder(), *(heavy_caller() for _ in range(heavy)))
        await asyncio.gather(*in_flight)
    return {
        "flood": dict(sorted(flood.items())),
        "heavy": {str(k): v for k, v in heavy_codes.items()},
    }


def abuse_process(args: tuple[Any, ...], results: Any) -> None:
    results.put(asyncio.run(_abuse(*args)))


def ledger_counts(db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT action, outcome, details FROM ledger_entries ORDER BY seq"
        ).fetchall()
    actions = Counter(action for action, _, _ in rows)
    denied_statuses = Counter(
        json.loads(details).get("status")
        for action, _, details in rows
        if action == "gateway.denied"
    )
    aggregated = sum(
        json.loads(details)["total"] for action, _, details in rows if action == "gateway.denials"
    )
    return {
        "entries": len(rows),
        "by_action": dict(sorted(actions.items())),
        "per_request_denied_by_status": {str(k): v for k, v in denied_statuses.items()},
        "denials_counted_in_aggregates": aggregated,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="per phase")
    parser.add_argument("--rate", type=float, default=40.0, help="well-behaved requests/s")
    parser.add_argument("--flood-rate", type=float, default=200.0, help="of each flood kind, /s")
    parser.add_argument("--heavy", type=int, default=4, help="63 KB requests kept in flight")
    parser.add_argument("--interval", type=float, default=5.0, help="serve.denial_interval_s")
    parser.add_argument(
        "--guard-chars-per-minute",
        type=int,
        default=None,
        help="serve.guard_chars_per_minute (default: the policy default); a huge value "
        "leaves the heavy caller to the worker process and per-key queue alone",
    )
    args = parser.parse_args()
    results: dict[str, Any] = {"settings": vars(args)}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        home = tmp / ".steward"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "STEWARD_HOME": str(home)}
        data = tmp / "messages.jsonl"
        subprocess.run(
            [sys.executable, "-m", "steward.cli", "demo-data", "--out", str(data)],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        policy = yaml.safe_load((ROOT / "examples/bank/steward.yaml").read_text())
        policy["data"]["sources"] = [{"path": str(data)}]
        policy["guards"]["prompt_injection"] = {"classifier": False}
        policy["serve"] = {**(policy.get("serve") or {}), "denial_interval_s": args.interval}
        if args.guard_chars_per_minute is not None:
            policy["serve"]["guard_chars_per_minute"] = args.guard_chars_per_minute
        policy["serve"].pop("model", None)
        (tmp / "steward.yaml").write_text(yaml.safe_dump(policy))
        steward = [sys.executable, "-m", "steward.cli"]

        def new_key(name: str) -> str:
            return subprocess.run(
                [*steward, "keys", "create", "--role", "end_user", "--name", name, "--rate",
                 "100000000", "--policy", str(tmp / "steward.yaml")],
                env=env, check=True, capture_output=True, text=True,
            ).stdout.strip()  # fmt: skip

        good, heavy = new_key("good"), new_key("heavy")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen(
            [*steward, "serve", str(tmp / "steward.yaml"), "--port", str(port)], env=env
        )
        try:
            wait_ready(url + "/healthz", proc)
            for key, text, direction in ((good, MESSAGE, "input"), (heavy, HEAVY_TEXT, "output")):
                for _ in range(3):  # keys verified once, guard worker warm
                    httpx.post(url + "/v1/guard", json={"text": text, "direction": direction},
                               headers={"Authorization": f"Bearer {key}"}, timeout=60)  # fmt: skip
            results["unloaded"] = paced(url, good, args.rate, args.seconds)
            print(f"  unloaded: {results['unloaded']}", flush=True)
            wrong = good[: good.rindex("_") + 1] + "not-the-secret"
            queue: Any = multiprocessing.get_context("spawn").Queue()
            abuser = multiprocessing.get_context("spawn").Process(
                target=abuse_process,
                args=((url, wrong, heavy, args.flood_rate, args.heavy, args.seconds + 1), queue),
            )
            abuse_started = time.time()
            abuser.start()
            time.sleep(0.5)  # the flood is under way
            results["abused"] = paced(url, good, args.rate, args.seconds)
            results["abuse"] = queue.get(timeout=120)
            abuser.join(30)
            print(f"  abused:   {results['abused']}", flush=True)
            print(f"  abuse:    {results['abuse']}", flush=True)
        finally:
            proc.send_signal(signal.SIGTERM)  # a clean stop writes the last denial interval
            proc.wait(30)
            abuse_seconds = time.time() - abuse_started
        results["ledger"] = ledger_counts(home / "steward.db")
    ledger = results["ledger"]
    denied = sum(v for k, v in results["abuse"]["flood"].items() if k.split()[-1] in ("401", "429"))
    denied += results["abuse"]["heavy"].get("429", 0)
    intervals = int(abuse_seconds // args.interval) + 2  # partial first and last, shutdown
    aggregates = ledger["by_action"].get("gateway.denials", 0)
    results["checks"] = {
        "p99_ratio": round(results["abused"]["p99_ms"] / results["unloaded"]["p99_ms"], 2),
        "p99_within_2x": results["abused"]["p99_ms"] <= 2 * results["unloaded"]["p99_ms"],
        "denied_requests": denied,
        "denial_aggregate_entries": aggregates,
        "intervals_spanned": intervals,
        "aggregates_within_one_per_interval": aggregates <= intervals,
        "no_per_request_401_429_entries": not any(
            s in ("401", "429") for s in ledger["per_request_denied_by_status"]
        ),
        "every_denial_counted": ledger["denials_counted_in_aggregates"] >= denied,
    }
    results["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    checks = results["checks"]
    rows = [
        ("well-behaved key p50 / p99, unloaded",
         f"{results['unloaded']['p50_ms']} / {results['unloaded']['p99_ms']} ms"),
        ("well-behaved key p50 / p99, under abuse",
         f"{results['abused']['p50_ms']} / {results['abused']['p99_ms']} ms "
         f"(x{checks['p99_ratio']} at p99; <= 2x: {checks['p99_within_2x']})"),
        ("flood answers", ", ".join(f"{k}: {v}" for k, v in results["abuse"]["flood"].items())),
        ("heavy caller answers (63 KB output checks)",
         ", ".join(f"{k}: {v}" for k, v in results["abuse"]["heavy"].items())),
        ("denied requests -> ledger entries",
         f"{denied} -> {aggregates} gateway.denials over {intervals} intervals of "
         f"{args.interval:g} s (per-request 401/429 entries: "
         f"{sum(ledger['per_request_denied_by_status'].values())})"),
    ]  # fmt: skip
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    suffix = "" if args.guard_chars_per_minute is None else "_no_budget"
    out = ROOT / "benchmarks" / "results" / f"serve_abuse{suffix}.json"
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
    failed = [
        name for name in ("p99_within_2x", "aggregates_within_one_per_interval",
                          "no_per_request_401_429_entries", "every_denial_counted")
        if not checks[name]
    ]  # fmt: skip
    if failed:
        print("FAILED:", ", ".join(failed))
        return 1
    print("PASS: p99 within 2x of unloaded; at most one denial entry per interval")
    return 0


if __name__ == "__main__":
    sys.exit(main())
