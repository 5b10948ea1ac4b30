"""The gateway over HTTP against a zero-guard baseline, with a real load generator (wrk).

Two servers on 127.0.0.1, one at a time (uvicorn with uvloop + httptools):

- **baseline**: a plain FastAPI pass-through in one process — the same request model
  (``{"text": ...}``), no key check, no guards, no ledger — that echoes the text back;
- **steward**: ``steward serve --workers 2`` (one process per core) with the bundled
  example's input guards (max_length, prompt_injection, pii, toxicity), an API key checked on
  every request, and every decision committed to the signed ledger before the answer leaves;
  the key's rate limit and guard budget shared by the workers through the store
  (``serve.shared_state``: ``auto``, i.e. ``store`` with 2 workers; ``--shared-state`` sets it).

wrk posts the same 512-character customer message for ``--seconds`` with ``--connections``
connections from one thread; wrk and the server share this machine's two cores. Reported:
requests/s, latency p50 / p99, and the steward/baseline ratio. The issue's target for
guard-only ``/v1/guard`` is >= 500 requests/s on 2 cores.

Needs ``wrk`` (Debian package ``wrk``) and the shared prompt_injection set (the detector is
trained first, as ``steward guard train`` does).

Each server gets ``--repeats`` wrk runs; the median run is reported, with all runs.

Usage: python benchmarks/serve_http.py [--seconds 15] [--connections 16] [--workers 2]
       [--repeats 5] [--shared-state auto|process|store]
Writes benchmarks/results/serve_http.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from _serving import free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
MESSAGE = (
    "Hello, I would like to know why my card payment of 45 pounds at the supermarket was "
    "declined yesterday even though there is money in my current account. I checked the app "
    "and it says the card is active. Could you look into it and tell me what went wrong? I "
    "also want to raise the daily contactless limit because I travel next week and will pay "
    "for hotels with it. Thanks a lot for your help, this has happened twice now and it is "
    "embarrassing at the till. Please reply by email rather than phone because I am at work."
)[:512]

BASELINE_APP = """
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict

class GuardRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str

app = FastAPI()

@app.post("/v1/guard")
async def guard(body: GuardRequest) -> dict:
    return {"action": "allow", "text": body.text}
"""


def wrk(url: str, key: str | None, seconds: int, connections: int, tmp: Path) -> dict[str, Any]:
    headers = 'wrk.headers["Content-Type"] = "application/json"\n'
    if key:
        headers += f'wrk.headers["Authorization"] = "Bearer {key}"\n'
    script = tmp / "post.lua"
    body = json.dumps({"text": MESSAGE})
    script.write_text(f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\n{headers}')
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(label: str) -> float:
        match = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", out)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return round(value / 1000 if unit == "us" else value * 1000 if unit == "s" else value, 3)

    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests_per_s": float(rate.group(1)) if rate else 0.0,
        "p50_ms": latency("50%"),
        "p99_ms": latency("99%"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def repeated(url: str, key: str | None, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """``--repeats`` wrk runs against one server; the median run's figures, and every run
    (this machine's throughput varies by a third from one run to the next)."""
    runs = [wrk(url, key, args.seconds, args.connections, tmp) for _ in range(args.repeats)]
    ordered = sorted(runs, key=lambda r: r["requests_per_s"])
    return {**ordered[len(ordered) // 2], "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="steward serve processes")
    parser.add_argument("--repeats", type=int, default=5, help="wrk runs per server (median)")
    parser.add_argument(
        "--shared-state", choices=["auto", "process", "store"], default="auto",
        help="serve.shared_state: where the workers keep rate limits (auto: store if > 1)",
    )  # fmt: skip
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("needs wrk on PATH (apt-get install wrk)")
    if not (SHARED / "prompt_injection").is_dir():
        raise SystemExit(f"needs the shared prompt_injection set under {SHARED}")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env["STEWARD_HOME"] = str(tmp / ".steward")
        (tmp / "baseline.py").write_text(BASELINE_APP)
        port = free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "baseline:app", "--port", str(port),
             "--log-level", "warning", "--no-access-log"],
            cwd=tmp, env=env,
        )  # fmt: skip
        try:
            wait_ready(f"http://127.0.0.1:{port}/docs", proc)
            results["baseline"] = repeated(f"http://127.0.0.1:{port}/v1/guard", None, args, tmp)
        finally:
            proc.terminate()
            proc.wait(10)
        print(f"  baseline (FastAPI pass-through): {results['baseline']}", flush=True)

        data = tmp / "messages.jsonl"
        subprocess.run(
            [sys.executable, "-m", "steward.cli", "demo-data", "--out", str(data)],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        policy = yaml.safe_load((ROOT / "examples/bank/steward.yaml").read_text())
        policy["data"]["sources"] = [{"path": str(data)}]
        policy["guards"]["prompt_injection"]["train_data"] = str(SHARED / "prompt_injection")
        policy["guards"]["prompt_injection"]["benign"] = [str(data)]
        # The load is one key: its rate (below) and its guard budget are set far above what
        # it sends, so the figures measure the gateway, not a 429 (the budget is checked, and
        # with shared state charged to the store, on every request all the same).
        policy.setdefault("serve", {}).update(
            shared_state=args.shared_state, guard_chars_per_minute=10**12
        )
        (tmp / "steward.yaml").write_text(yaml.safe_dump(policy))
        steward = [sys.executable, "-m", "steward.cli"]
        subprocess.run([*steward, "guard", "train", str(tmp / "steward.yaml")], env=env, check=True)
        key = subprocess.run(
            [*steward, "keys", "create", "--role", "end_user", "--name", "load", "--rate",
             "100000000", "--policy", str(tmp / "steward.yaml")],
            env=env, check=True, capture_output=True, text=True,
        ).stdout.strip()  # fmt: skip
        port = free_port()
        proc = subprocess.Popen(
            [
                *steward,
                "serve",
                str(tmp / "steward.yaml"),
                "--port",
                str(port),
                "--workers",
                str(args.workers),
            ],
            env=env,
        )
        try:
            # two workers loading the guards take over 90 s to start on this machine loaded
            wait_ready(f"http://127.0.0.1:{port}/healthz", proc, seconds=300)
            results["steward"] = repeated(f"http://127.0.0.1:{port}/v1/guard", key, args, tmp)
        finally:
            proc.terminate()
            proc.wait(10)
        verified = subprocess.run(
            [*steward, "ledger", "verify"], env=env, capture_output=True, text=True
        )
        results["ledger_after_load"] = " ".join(
            (verified.stdout.strip() or verified.stderr.strip()).split()
        )
        print(f"  steward serve, /v1/guard: {results['steward']}", flush=True)
    results["ratio"] = round(
        results["steward"]["requests_per_s"] / results["baseline"]["requests_per_s"], 3
    )
    results["machine"] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    results["steward_workers"] = args.workers
    results["shared_state"] = args.shared_state
    results["load"] = {
        "tool": "wrk 1 thread",
        "connections": args.connections,
        "seconds": args.seconds,
        "body_chars": len(MESSAGE),
    }
    print(
        f"steward {results['steward']['requests_per_s']:.0f} req/s (median of "
        f"{[round(r['requests_per_s']) for r in results['steward']['runs']]}) vs baseline "
        f"{results['baseline']['requests_per_s']:.0f} req/s (target >= 500); "
        f"{results['ledger_after_load']}"
    )
    out = ROOT / "benchmarks" / "results" / "serve_http.json"
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
