"""The assistant part of ``make demo``: serve the newest approved ``bank-assistant`` (its
SmolLM2 base and LoRA adapter) with ``steward serve-model``, put the gateway (``steward
serve``) in front of it, and ask through the official ``openai`` client an English question,
a Chinese one and an off-topic one; print each grounded answer with its sources, answering
mode and citations, stream one more answer as it arrives, then trace the English answer back
to its adapter, approver, data and policy with ``steward ledger trace``. Both servers are
stopped at the end, also on error.

Run: ``python -m steward.examples.assistant_demo examples/assistant/steward.yaml``
(``STEWARD_HOME`` as for every command). Only a version a risk owner signed off is served
(``make demo`` signs it off first with :mod:`steward.examples.sign_release`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import openai
import yaml

from steward.config import load_policy
from steward.errors import RegistryError
from steward.examples.gateway_demo import _free_port, _steward
from steward.registry.models import ModelVersion, Registry
from steward.serve.guards.build import MODEL_KIND as INJECTION_MODEL_KIND
from steward.store.artifacts import Store

QUESTIONS: list[tuple[str, str]] = [
    ("English", "My debit card was stolen, what should I do?"),
    ("Chinese", "借记卡每天最多可以取多少现金？"),
    ("off-topic", "Can you recommend a good film tonight?"),
]
STREAMED_QUESTION = "How long until a replacement card arrives?"
MAX_TOKENS = 80  # keeps the whole demo near a minute on a laptop CPU
# SmolLM2 and its adapter load in seconds; the gateway's guards and retriever in a few more.
START_TIMEOUT_S = 180.0


def newest_servable(store: Store, name: str) -> ModelVersion | None:
    """The newest approved or deployed version of ``name``, or None when nobody signed one off."""
    try:
        return Registry(store).servable(name)
    except RegistryError:
        return None


def _absolute(folder: Path, value: str) -> str:
    return value if Path(value).is_absolute() else str((folder / value).resolve())


def gateway_policy(policy: Path, upstream_url: str, workdir: Path, store: Store) -> Path:
    """A copy of ``policy`` (in ``workdir``) whose gateway forwards to ``upstream_url`` and
    serves only a registered, approved adapter there. Its relative paths are made absolute
    (the copy lives elsewhere); with no trained prompt-injection model in the store, the
    detector runs on its rules alone, and the demo says so."""
    raw: dict[str, Any] = yaml.safe_load(policy.read_text(encoding="utf-8"))
    folder = policy.parent
    for source in raw.get("data", {}).get("sources", []):
        source["path"] = _absolute(folder, source["path"])
    knowledge = raw.get("assistant", {}).get("knowledge", {})
    for key in ("documents", "questions"):
        if key in knowledge:
            knowledge[key] = _absolute(folder, knowledge[key])
    for audit in raw.get("assistant", {}).get("audit", {}).values():
        if isinstance(audit, dict) and "path" in audit:
            audit["path"] = _absolute(folder, audit["path"])
    injection = raw.get("guards", {}).get("prompt_injection", {})
    for key in ("train_data", "model"):
        if key in injection:
            injection[key] = _absolute(folder, injection[key])
    injection["benign"] = [_absolute(folder, p) for p in injection.get("benign", [])]
    if "model" not in injection and store.newest(INJECTION_MODEL_KIND) is None:
        print(
            "  (no trained prompt-injection model in the store: the detector runs on its "
            f"rules; `steward guard train {policy}` trains one)"
        )
        injection["classifier"] = False
    raw.setdefault("serve", {}).update(
        {"upstream_url": upstream_url, "require_registered_upstream": True}
    )
    copy = workdir / "steward.yaml"
    copy.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return copy


def _start(command: list[str], url: str, log: Path, what: str) -> subprocess.Popen[bytes]:
    """Start ``steward COMMAND`` (its output to ``log``: a pipe nobody reads could fill up and
    stall the server) and wait until ``url``/healthz answers."""
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "steward.cli", *command], stdout=sink, stderr=subprocess.STDOUT
        )
    started = time.monotonic()
    while time.monotonic() < started + START_TIMEOUT_S and proc.poll() is None:
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                print(f"  {what} ready on {url} in {time.monotonic() - started:.0f} s")
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    proc.wait()
    lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    raise RuntimeError(f"{what} did not start: {(errors or lines or ['no output'])[-1]}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _citations(citations: list[dict[str, Any]]) -> str:
    return "; ".join(f"[{c['n']}] {c['doc']} — {c['section']}" for c in citations) or "none"


def _indented(text: str, prefix: str = "    │ ") -> str:
    return "\n".join(prefix + line for line in text.strip().splitlines() if line.strip())


def ask(client: openai.OpenAI, model: str, label: str, question: str) -> dict[str, Any]:
    """Ask one question, print the answer compactly, return the response as a dict."""
    started = time.monotonic()
    response = client.chat.completions.create(
        model=model, max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": question}]
    ).model_dump()
    elapsed = time.monotonic() - started
    choice = response["choices"][0]
    grounding = response.get("steward", {}).get("grounding", {})
    mode = grounding.get("mode") or "ungrounded"
    if grounding.get("fallback_from"):  # the model's answer was set aside
        mode += f" (fallback from {grounding['fallback_from']})"
    print(f"  {label}: {question}")
    print(
        f"    mode {mode}, finish_reason {choice['finish_reason']}, "
        f"{grounding.get('unsupported_removed', 0)} unsupported sentence(s) removed, "
        f"{elapsed:.1f} s"
    )
    print(f"    citations: {_citations(response.get('citations') or [])}")
    print(_indented(choice["message"]["content"] or ""))
    return response


def stream(client: openai.OpenAI, model: str, question: str) -> None:
    """Stream one answer, printing each piece as it arrives."""
    print(f"  streamed: {question}\n    │ ", end="", flush=True)
    started = time.monotonic()
    last: dict[str, Any] = {}
    line_is_empty = True  # blank lines (before the sources line) are left out, even split
    for chunk in client.chat.completions.create(
        model=model,
        max_tokens=MAX_TOKENS,
        stream=True,
        messages=[{"role": "user", "content": question}],
    ):
        piece = (chunk.choices[0].delta.content or "") if chunk.choices else ""
        for i, text in enumerate(piece.split("\n")):
            if i and not line_is_empty:
                print("\n    │ ", end="")
                line_is_empty = True
            if text.strip() or not line_is_empty:
                print(text.lstrip() if line_is_empty else text, end="", flush=True)
                line_is_empty = False
        last = chunk.model_dump()
    print(f"\n    citations: {_citations(last.get('citations') or [])}, "
          f"{time.monotonic() - started:.1f} s")  # fmt: skip


def main(policy_arg: str) -> int:
    started = time.monotonic()
    policy = Path(policy_arg).resolve()
    name = load_policy(policy).policy.project.name
    store = Store()
    version = newest_servable(store, name)
    if version is None:
        print(
            f"  no approved or deployed {name} to serve: run `steward run {policy_arg}` and sign "
            f"it off first (`python -m steward.examples.sign_release {policy_arg}`)"
        )
        return 1
    try:
        return _serve_and_ask(policy, version, store)
    except (RuntimeError, openai.OpenAIError, httpx.HTTPError) as problem:
        print(f"  assistant demo failed: {problem}")
        return 1
    finally:
        print(f"  assistant demo: wall time {time.monotonic() - started:.0f} s")


def _serve_and_ask(policy: Path, version: ModelVersion, store: Store) -> int:
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as servers:
        workdir = Path(tmp)
        model_port = _free_port()
        model_url = f"http://127.0.0.1:{model_port}"
        model = _start(
            ["serve-model", "--assistant", version.ref, "--port", str(model_port)],
            model_url, workdir / "serve-model.log",
            f"steward serve-model --assistant {version.ref} ({version.status})",
        )  # fmt: skip
        servers.callback(_stop, model)
        demo_policy = gateway_policy(policy, model_url + "/v1", workdir, store)
        gateway_url = f"http://127.0.0.1:{_free_port()}"  # picked once the model holds its port
        gateway = _start(
            ["serve", str(demo_policy), "--port", gateway_url.rsplit(":", 1)[1]],
            gateway_url, workdir / "serve.log", "steward serve (the gateway)",
        )  # fmt: skip
        servers.callback(_stop, gateway)
        guards = httpx.get(gateway_url + "/healthz", timeout=5).json()
        print(f"    upstream {model_url}/v1 (registered, approved adapter required), input guards "
              f"{', '.join(guards['input_guards'])}, output guards "
              f"{', '.join(guards['output_guards'])}")  # fmt: skip
        created = _steward(
            "keys", "create", "--role", "end_user", "--name", "assistant-demo",
            "--policy", str(policy),
        )  # fmt: skip
        if created.returncode:
            print(f"  {created.stderr.strip() or created.stdout.strip()}")
            return created.returncode
        client = openai.OpenAI(
            base_url=gateway_url + "/v1", api_key=created.stdout.strip(), timeout=120,
            max_retries=0,
        )  # fmt: skip
        answers = {label: ask(client, version.name, label, q) for label, q in QUESTIONS}
        stream(client, version.name, STREAMED_QUESTION)
    request_id = answers["English"]["steward"]["request_id"]
    traced = _steward(
        "ledger", "trace", request_id, env={**os.environ, "COLUMNS": "160", "NO_COLOR": "1"}
    )
    print(f"  steward ledger trace {request_id}  (the English answer)")
    print(_indented(traced.stdout or traced.stderr, "    "))
    return traced.returncode


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
