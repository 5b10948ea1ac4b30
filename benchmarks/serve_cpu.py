"""CPU time per ``/v1/guard`` request, which a loaded machine does not distort as it does
requests/s.

``steward serve --workers 2`` (the bank example's input guards, shared rate limits in the
store, as ``serve_http.py`` runs it) gets ``--warmup`` then ``--requests`` posts of the same
512-character customer message from a client in this process (``--connections`` at once);
the server's process tree's user+system CPU time over the measured requests, divided by
their number, is the figure (the ledger writer, the metrics, the workers' guards and the
HTTP stack all counted; the client is not). Every answer must be 200.

``--profile`` instead runs the requests through the app in this process (httpx's ASGI
transport, no HTTP) under cProfile (the main thread's CPU time) and prints the top functions
by cumulative and own time. ``--components`` runs them straight into the ASGI app in this
process and gives CPU ms per request of each part: the whole request on the event loop, the
input guard chain and each guard alone, the ledger writer thread (and its batch size).

The trained guard, the key and the policy are prepared once under ``--home`` (default a
folder in the system temp dir) and reused, so runs before and after a change compare the
same model. Use ``PYTHONPATH`` to pick the checkout measured.

Usage: python benchmarks/serve_cpu.py [--requests 3000] [--connections 8] [--home DIR]
       [--profile | --components] [--out PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import psutil
import yaml
from _serving import free_port, wait_ready
from serve_http import MESSAGE

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.is_dir():  # a worktree outside the main checkout's parent
    SHARED = Path("/work/shared/data")


def prepare(home: Path, env: dict[str, str]) -> str:
    """A trained guard, a policy and a load key under ``home`` (once); the key."""
    key_file = home / "key.txt"
    if key_file.exists():
        return key_file.read_text().strip()
    home.mkdir(parents=True, exist_ok=True)
    steward = [sys.executable, "-m", "steward.cli"]
    data = home / "messages.jsonl"
    subprocess.run([*steward, "demo-data", "--out", str(data)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    policy = yaml.safe_load((ROOT / "examples/bank/steward.yaml").read_text())
    policy["data"]["sources"] = [{"path": str(data)}]
    policy["guards"]["prompt_injection"]["train_data"] = str(SHARED / "prompt_injection")
    policy["guards"]["prompt_injection"]["benign"] = [str(data)]
    policy.setdefault("serve", {}).update(shared_state="store", guard_chars_per_minute=10**12)
    (home / "steward.yaml").write_text(yaml.safe_dump(policy))
    subprocess.run([*steward, "guard", "train", str(home / "steward.yaml")], env=env, check=True)
    key = subprocess.run(
        [*steward, "keys", "create", "--role", "end_user", "--name", "load", "--rate",
         "100000000", "--policy", str(home / "steward.yaml")],
        env=env, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    key_file.write_text(key)
    return key


async def post_many(client: httpx.AsyncClient, key: str, n: int, connections: int) -> None:
    """``n`` posts, ``connections`` at a time; every answer must be 200."""
    body = {"text": MESSAGE}
    headers = {"Authorization": f"Bearer {key}"}
    left = iter(range(n))

    async def lane() -> None:
        for _ in left:
            answer = await client.post("/v1/guard", json=body, headers=headers)
            if answer.status_code != 200:
                raise SystemExit(f"/v1/guard answered {answer.status_code}: {answer.text}")

    await asyncio.gather(*(lane() for _ in range(connections)))


def tree_cpu(proc: psutil.Process) -> float:
    """User+system CPU seconds of ``proc`` and its live children."""
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            times = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def thread_cpu(proc: psutil.Process) -> dict[str, float]:
    """CPU seconds per thread of ``proc``'s tree, keyed ``pid/main`` or ``pid/tid``."""
    out: dict[str, float] = {}
    for p in [proc, *proc.children(recursive=True)]:
        try:
            for thread in p.threads():
                name = "main" if thread.id == p.pid else str(thread.id)
                out[f"{p.pid}/{name}"] = thread.user_time + thread.system_time
        except psutil.NoSuchProcess:
            continue
    return out


def variant_policy(home: Path, args: argparse.Namespace) -> Path:
    """The prepared policy, or a copy with other input guards / shared state (to see what
    each part of a request costs)."""
    if args.input_guards is None and args.shared_state == "store":
        return home / "steward.yaml"
    policy = yaml.safe_load((home / "steward.yaml").read_text())
    if args.input_guards is not None:
        policy["guards"]["input"] = [g for g in args.input_guards.split(",") if g]
    policy["serve"]["shared_state"] = args.shared_state
    path = home / "steward-variant.yaml"
    path.write_text(yaml.safe_dump(policy))
    return path


def measure_server(home: Path, key: str, env: dict[str, str], args: argparse.Namespace) -> dict:
    port = free_port()
    # -P: ``-m`` would put the working directory ahead of PYTHONPATH, so a server started
    # from one checkout with PYTHONPATH naming another ran the first one's code
    proc = subprocess.Popen(
        [sys.executable, "-P", "-m", "steward.cli", "serve", str(variant_policy(home, args)),
         "--port", str(port), "--workers", str(args.workers)],
        env=env,
    )  # fmt: skip
    try:
        wait_ready(f"http://127.0.0.1:{port}/healthz", proc)
        server = psutil.Process(proc.pid)

        async def run() -> dict[str, Any]:
            limits = httpx.Limits(max_connections=args.connections)
            async with httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=60
            ) as client:
                await post_many(client, key, args.warmup, args.connections)
                before, wall = tree_cpu(server), time.perf_counter()
                threads = thread_cpu(server)
                await post_many(client, key, args.requests, args.connections)
                after = thread_cpu(server)
                busy = {
                    name: round(1000 * (seconds - threads.get(name, 0.0)) / args.requests, 3)
                    for name, seconds in after.items()
                }
                by_thread = {k: v for k, v in sorted(busy.items()) if v >= 0.01}
                print("CPU ms/request by thread:", by_thread)
                return {
                    "cpu_s": tree_cpu(server) - before,
                    "wall_s": time.perf_counter() - wall,
                    "by_thread": by_thread,
                }

        got: dict[str, Any] = asyncio.run(run())
    finally:
        proc.terminate()
        proc.wait(15)
    return {
        "requests": args.requests,
        "cpu_ms_per_request": round(1000 * got["cpu_s"] / args.requests, 3),
        "wall_s": round(got["wall_s"], 2),
        "implied_req_per_s_on_2_idle_cores": round(2 * args.requests / got["cpu_s"]),
        "cpu_ms_per_request_by_thread": got["by_thread"],  # pid/main: the event loop
        "workers": args.workers,
        "connections": args.connections,
        "load_average_1m": round(os.getloadavg()[0], 2),  # other work on the machine
    }


def profile_in_process(home: Path, key: str, args: argparse.Namespace) -> None:
    os.environ["STEWARD_HOME"] = str(home / ".steward")
    os.environ["STEWARD_SERVE_POLICY"] = str(home / "steward.yaml")
    os.environ["STEWARD_SERVE_SHARED_STATE"] = "store"
    from steward.serve.app import app_from_env

    app = app_from_env()

    async def run() -> None:
        gateway = app.state.gateway
        await gateway.start_background()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
            await post_many(client, key, args.warmup, args.connections)
            # the main thread's CPU time, not wall time: a wall-clock profile charges the
            # waits for the GIL (held by the ledger writer) to whatever numpy call released it
            profiler = cProfile.Profile(time.thread_time)
            cpu = time.process_time()
            profiler.enable()
            await post_many(client, key, args.requests, args.connections)
            profiler.disable()
            cpu = time.process_time() - cpu
        await gateway.stop_background()
        gateway.writer.close()
        print(f"in-process (with cProfile, client included, all threads): "
              f"{1000 * cpu / args.requests:.3f} CPU ms/request")  # fmt: skip
        profiler.dump_stats(str(home / "profile.pstats"))  # for pstats / snakeviz
        stats = pstats.Stats(profiler).strip_dirs()
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(40)

    asyncio.run(run())


async def asgi_post(app: Any, body: bytes, key: str) -> int:
    """One ``POST /v1/guard`` straight into the ASGI app (no HTTP client, no socket); the
    answer's status."""
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/v1/guard", "raw_path": b"/v1/guard", "query_string": b"",
        "root_path": "", "client": ("127.0.0.1", 40000), "server": ("gw", 80),
        "headers": [(b"host", b"gw"), (b"content-type", b"application/json"),
                    (b"authorization", f"Bearer {key}".encode()),
                    (b"content-length", str(len(body)).encode())],
    }  # fmt: skip
    sent = False
    status: list[int] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # the client never goes away
        raise AssertionError

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])

    await app(scope, receive, send)
    return status[0]


def components(home: Path, key: str, args: argparse.Namespace) -> dict[str, Any]:
    """CPU ms per request of each part, in this process (one worker, no HTTP server):
    the main thread's time (``time.thread_time``) for whole requests driven straight into
    the ASGI app ``--connections`` at a time, for the input guard chain alone and for each
    input guard alone on the same message; the ledger writer thread's time over the same
    requests (and its batch size). The request total less the guard chain is the gateway's
    own work on the event loop: middleware, routing, body validation, key check, shared
    rate limit and guard budget, metrics, the ledger hand-off and the answer's JSON."""
    os.environ["STEWARD_HOME"] = str(home / ".steward")
    os.environ["STEWARD_SERVE_POLICY"] = str(variant_policy(home, args))
    os.environ["STEWARD_SERVE_SHARED_STATE"] = args.shared_state
    from steward.serve.app import app_from_env

    app = app_from_env()
    gateway = app.state.gateway
    body = json.dumps({"text": MESSAGE}).encode()
    writer_thread = gateway.writer._thread
    out: dict[str, Any] = {}

    def writer_cpu() -> float:
        times = psutil.Process().threads()
        return next(
            (t.user_time + t.system_time for t in times if t.id == writer_thread.native_id), 0.0
        )

    async def lanes(n: int) -> None:
        left = iter(range(n))

        async def lane() -> None:
            for _ in left:
                status = await asgi_post(app, body, key)
                if status != 200:
                    raise SystemExit(f"/v1/guard answered {status}")

        await asyncio.gather(*(lane() for _ in range(args.connections)))

    async def run() -> None:
        await gateway.start_background()
        await lanes(args.warmup)
        batches, entries = gateway.writer.batches, gateway.writer.entries
        main, writer = time.thread_time(), writer_cpu()
        await lanes(args.requests)
        main, writer = time.thread_time() - main, writer_cpu() - writer
        out["request_main_thread"] = 1000 * main / args.requests
        out["ledger_writer_thread"] = 1000 * writer / args.requests
        got = gateway.writer.entries - entries
        out["ledger_entries_per_batch"] = got / max(1, gateway.writer.batches - batches)
        await gateway.stop_background()

    asyncio.run(run())
    gateway.writer.close()
    chain = gateway.input_guards
    for _ in range(args.warmup):
        chain.check_batch([MESSAGE])
    start = time.thread_time()
    for _ in range(args.requests):
        chain.check_batch([MESSAGE])
    out["input_guard_chain"] = 1000 * (time.thread_time() - start) / args.requests
    for guard in chain.guards:
        start = time.thread_time()
        for _ in range(args.requests):
            guard.check_batch([MESSAGE])
        out[f"guard:{guard.name}"] = 1000 * (time.thread_time() - start) / args.requests
    out["gateway_main_thread_less_guards"] = out["request_main_thread"] - out["input_guard_chain"]
    out["total_in_process"] = out["request_main_thread"] + out["ledger_writer_thread"]
    result = {k: round(v, 3) for k, v in out.items()}
    result["requests"] = args.requests
    result["load_average_1m"] = round(os.getloadavg()[0], 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--workers", type=int, default=2,
        help="steward serve processes (1 with 8 connections: what each of 2 gets from wrk's 16, "
        "without the kernel's uneven split of connections between them)",
    )  # fmt: skip
    parser.add_argument("--home", type=Path, default=Path(tempfile.gettempdir()) / "serve_cpu")
    parser.add_argument("--profile", action="store_true", help="cProfile in-process instead")
    parser.add_argument(
        "--components", action="store_true",
        help="CPU ms/request per part, in-process (request, guard chain, each guard, writer)",
    )  # fmt: skip
    parser.add_argument(
        "--input-guards", default=None, help="comma-separated input guards instead of the policy's"
    )
    parser.add_argument("--shared-state", choices=["store", "process"], default="store")
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(ROOT))}
    env["STEWARD_HOME"] = str(args.home / ".steward")
    env["HF_HUB_OFFLINE"] = "1"
    key = prepare(args.home, env)
    if args.profile:
        profile_in_process(args.home, key, args)
        return
    if args.components:
        parts = components(args.home, key, args)
        print(json.dumps(parts, indent=1))
        if args.out:
            args.out.write_text(json.dumps(parts, indent=1), encoding="utf-8")
        return
    result: dict[str, Any] = measure_server(args.home, key, env, args)
    print(json.dumps(result))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
