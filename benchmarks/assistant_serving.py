"""The served assistant end to end on this machine: latency and answer quality of the bank
assistant as customers reach it (``steward serve`` in front of ``steward serve-model``), with
the bare model server as the peer.

Setup (a temporary store; ``.steward`` of the working tree is never touched):
``steward run`` on a copy of examples/assistant/steward.yaml with the generation audits off
(bbq, toxicity, jailbreak, counterfactual, pii_regurgitation, canary), no ``questions`` (so no
faithfulness audit: this benchmark measures it on the served answers instead), small training
(``--train-rows``) on the first ``--data-rows`` lines of the conversation log (the run plans
every training message for the topic reference) and every gate rule at ``warn`` (a ``block``
rule on a metric the skipped audits would have measured fails as "not measured"); then the
risk owner's sign-off (:mod:`steward.examples.sign_release`, as carol), ``steward guard
train`` (the prompt-injection classifier), an ``end_user`` key, ``steward serve-model
--assistant bank-assistant`` and the gateway ``steward serve``. Every question goes through
the official ``openai`` client, ``max_tokens`` 96, greedy.

Passes, one after another on the same two servers:

1. **gateway, sequential**: the questions of examples/assistant/questions.jsonl (all, or a
   seeded sample per language x split with ``--per-cell``), one at a time;
2. **bare model, sequential** (the peer): the ``--peer-per-cell`` sample, the raw question sent
   straight to serve-model: no gateway, no retrieval, no guards, no grounding; then, for the
   sample's questions the gateway answers with the model, the gateway's own prompt (passages
   and question) straight to serve-model: the gateway's overhead apart from the longer prompt;
3. **concurrent**: the same sample through the gateway from ``--clients`` threads at once, then
   straight to serve-model the same way.

Figures:

- latency p50 / p95 / mean (ms, client-side, around the ``openai`` call) per answering mode
  (``generate``: the model answered from the passages; ``extractive``: the passages' own
  sentences, no model; ``escalated``: handed to a person at retrieval, no model;
  ``escalated_after_model``: the grounding guard left nothing of the model's answer;
  ``blocked``: an input guard refused it) and overall; answers/s = answers / the pass's wall
  time; the peer's latency on the same questions (``paired``);
- per language and split: ``answered_rate`` (answerable questions not escalated),
  ``unanswerable_escalated_rate``, ``escalation_accuracy`` (all questions handled right),
  ``citation_coverage`` (answered with >= 1 citation), ``right_document_rate`` (answered
  answerable questions whose first citation's document, ".zh" stripped, is the question's
  ``doc``), the grounding guard's removals, and ``faithfulness``. A question an input guard
  blocks counts as neither answered nor escalated.

Faithfulness is computed as :func:`steward.assistant.generation_audits.faithfulness_audit`
does, on the served answer: the text before the sources line, removal notes dropped, cut with
its ``split_sentences``; a sentence is supported when its cosine (the knowledge base's MiniLM
embedder) to a sentence of the passages the gateway gave is >= the audit's
``support_threshold`` or >= ``overlap_threshold`` of its content words occur in them; an
answer is faithful when it has a sentence and all are supported. The passages are those the
gateway retrieved: the same stored knowledge base and grounding settings replanned here (the
answer's cited passage hashes are checked to be among them).

Usage: python benchmarks/assistant_serving.py [--per-cell 0] [--peer-per-cell 6]
       [--clients 4] [--max-tokens 96] [--train-rows 32] [--data-rows 300] [--seed 13]
Writes benchmarks/results/assistant_serving.json.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np
import openai
import yaml
from _serving import free_port, wait_ready
from rich.console import Console
from rich.table import Table

from steward.assistant.generation_audits import (
    _content,
    _without_removals,
    faithfulness_audit,
    load_questions,
    split_sentences,
)
from steward.assistant.grounding import (
    SOURCES_LABEL,
    Grounder,
    GroundingPlan,
    GroundingSettings,
    passage_sha256,
)
from steward.assistant.knowledge import Embedder, KnowledgeBase
from steward.config import load_policy
from steward.registry.models import Registry
from steward.store.artifacts import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "assistant"  # written by `make demo` (policy, documents, data)
NAME = "bank-assistant"
GENERATION_AUDITS = ("bbq", "toxicity", "jailbreak", "counterfactual", "pii_regurgitation")
CELLS = tuple(product(("dev", "test"), ("en", "zh")))
_AUDIT_DEFAULTS = inspect.signature(faithfulness_audit).parameters
SUPPORT_THRESHOLD = float(_AUDIT_DEFAULTS["support_threshold"].default)
OVERLAP_THRESHOLD = float(_AUDIT_DEFAULTS["overlap_threshold"].default)


# --------------------------------------------------------------------------------- setup


def bench_policy(folder: Path, train_rows: int, data_rows: int, upstream: str) -> Path:
    """The example policy, paths made absolute, cut down to what serving needs: the first
    ``data_rows`` lines of its conversation log (the run plans every training message to
    record the topic mix, which the full log makes the longest step)."""
    raw = yaml.safe_load((EXAMPLE / "steward.yaml").read_text(encoding="utf-8"))
    for n, source in enumerate(raw["data"]["sources"]):
        with (EXAMPLE / source["path"]).open("rb") as log:
            head = b"".join(line for _, line in zip(range(data_rows), log, strict=False))
        source["path"] = str(folder / f"dialogues-{n}.jsonl")
        Path(source["path"]).write_bytes(head)
    assistant = raw["assistant"]
    assistant["train"].update(max_train_rows=train_rows, device="cpu")
    knowledge = assistant["knowledge"]
    knowledge["documents"] = str((EXAMPLE / knowledge["documents"]).resolve())
    knowledge.pop("questions", None)  # no faithfulness audit in the run: measured here
    audit = assistant["audit"]
    for name in (*GENERATION_AUDITS, "canary"):
        audit[name] = {"enabled": False}
    # the skipped audits' metrics are "not measured": a block rule on one would fail the gate
    for rule in raw["gate"]["rules"]:
        rule["severity"] = "warn"
    injection = raw["guards"]["prompt_injection"]
    injection["train_data"] = str((EXAMPLE / injection["train_data"]).resolve())
    injection["benign"] = [str((EXAMPLE / p).resolve()) for p in injection["benign"]]
    raw["serve"] = {**raw.get("serve", {}), "upstream_url": upstream, "upstream_timeout": 600}
    path = folder / "steward.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def steward(env: dict[str, str], *args: str, actor: str | None = None) -> str:
    """One ``steward`` command; its stdout (stops the benchmark when it fails)."""
    run_env = {**env, "STEWARD_ACTOR": actor} if actor else env
    done = subprocess.run(
        [sys.executable, "-m", "steward.cli", *args],
        env=run_env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(f"steward {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def served_grounder(home: Path, policy: Path, folder: Path) -> tuple[Grounder, str]:
    """The grounder the gateway builds for the approved version: its stored knowledge base
    and the policy's grounding settings (to recover the passages each answer was given)."""
    store = Store(home)
    version = Registry(store).list(NAME)[-1]
    kb_sha = str(store.get(version.artifact_sha256).meta["knowledge_base_sha256"])
    target = store.materialize(kb_sha, folder / "knowledge_base")
    assistant = load_policy(policy).policy.assistant
    knowledge = assistant.knowledge if assistant is not None else None
    if knowledge is None:
        raise SystemExit(f"{policy} has no assistant.knowledge section")
    kb = KnowledgeBase.load(Path(target), Embedder(), bm25_weights=knowledge.bm25_weights)
    return Grounder(kb, GroundingSettings.from_policy(knowledge)), version.ref


# --------------------------------------------------------------------------------- asking


def sample(questions: list[dict[str, Any]], per_cell: int, seed: int) -> list[int]:
    """Indices of ``per_cell`` questions drawn per split x language (0: all), in file order."""
    if per_cell <= 0:
        return list(range(len(questions)))
    rng = random.Random(seed)
    chosen: list[int] = []
    for split, language in CELLS:
        cell = [
            i for i, q in enumerate(questions) if (q["split"], q["language"]) == (split, language)
        ]
        chosen += rng.sample(cell, min(per_cell, len(cell)))
    return sorted(chosen)


Conversation = list[dict[str, Any]]


def asked_as_user(question: str) -> Conversation:
    return [{"role": "user", "content": question}]


def ask(
    client: openai.OpenAI, messages: Conversation, max_tokens: int
) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    answer = client.chat.completions.create(
        model=NAME,
        max_tokens=max_tokens,
        messages=messages,  # type: ignore[arg-type]
    )
    return (time.perf_counter() - started) * 1000, answer.model_dump()


def run_pass(
    make_client: Callable[[], openai.OpenAI], questions: Sequence[Conversation],
    max_tokens: int, clients: int = 1,
) -> tuple[list[tuple[float, dict[str, Any]]], float]:  # fmt: skip
    """Every conversation answered once, by ``clients`` threads taking the next one in turn:
    (latency ms, response) per conversation in order, and the pass's wall seconds."""
    results: list[tuple[float, dict[str, Any]] | None] = [None] * len(questions)
    cursor = iter(range(len(questions)))
    lock = threading.Lock()
    failures: list[BaseException] = []

    def worker() -> None:
        client = make_client()
        while True:
            with lock:
                i = next(cursor, None)
            if i is None:
                return
            try:
                results[i] = ask(client, questions[i], max_tokens)
            except BaseException as exc:  # re-raised in the main thread
                failures.append(exc)
                return

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if failures:
        raise failures[0]
    return [r for r in results if r is not None], wall


# ------------------------------------------------------------------------------ figures


def served_mode(response: dict[str, Any]) -> str:
    steward_part = response.get("steward") or {}
    if steward_part.get("blocked") and "grounding" not in steward_part:
        return "blocked"
    grounding = steward_part.get("grounding") or {}
    mode = str(grounding.get("mode", "ungrounded"))
    called_model = int((response.get("usage") or {}).get("completion_tokens") or 0) > 0
    return "escalated_after_model" if mode == "escalated" and called_model else mode


def answer_body(text: str, language: str) -> str:
    """The served text without its sources line (the audit does not judge that line)."""
    cut = text.rfind("\n\n" + SOURCES_LABEL.get(language, SOURCES_LABEL["en"]))
    return text if cut < 0 else text[:cut]


def support(body: str, plan: GroundingPlan, embed: Any, cache: dict[Any, Any]) -> tuple[int, int]:
    """(sentences, supported sentences) of an answer, by faithfulness_audit's rule."""
    sentences = split_sentences(_without_removals(body))
    if not sentences or not plan.passages:
        return len(sentences), 0
    for passage in plan.passages:
        if passage not in cache:
            own = split_sentences(passage.text) or [passage.text]
            cache[passage] = np.asarray(embed(own), dtype=np.float32)
    sources = np.concatenate([cache[p] for p in plan.passages])
    source_words = set().union(*(_content(p.text) for p in plan.passages))
    best = (np.asarray(embed(sentences), dtype=np.float32) @ sources.T).max(axis=1)
    supported = 0
    for sentence, cosine in zip(sentences, best, strict=True):
        words = _content(sentence)
        overlap = len(words & source_words) / len(words)
        supported += bool(cosine >= SUPPORT_THRESHOLD or overlap >= OVERLAP_THRESHOLD)
    return len(sentences), supported


def record_of(
    question: dict[str, Any], latency_ms: float, response: dict[str, Any], grounder: Grounder,
    cache: dict[Any, Any],
) -> dict[str, Any]:  # fmt: skip
    choice = response["choices"][0]
    text = str(choice["message"].get("content") or "")
    mode = served_mode(response)
    grounding = (response.get("steward") or {}).get("grounding") or {}
    citations = response.get("citations") or []
    first_doc = str(citations[0]["doc"]).removesuffix(".zh") if citations else None
    answered = mode in ("generate", "extractive")
    record: dict[str, Any] = {
        "question": question["question"],
        "language": question["language"],
        "split": question["split"],
        "answerable": question["answerable"],
        "doc": question.get("doc"),
        "latency_ms": round(latency_ms, 1),
        "mode": mode,
        "finish_reason": choice.get("finish_reason"),
        "completion_tokens": int((response.get("usage") or {}).get("completion_tokens") or 0),
        "answered": answered,
        "escalated": mode in ("escalated", "escalated_after_model"),
        "citations": [c["doc"] for c in citations],
        "first_doc": first_doc,
        "unsupported_removed": int(grounding.get("unsupported_removed") or 0),
        "answer": text,
    }
    if mode == "blocked":
        record["blocked_because"] = (response.get("steward") or {}).get("reasons")
    if answered:
        plan = grounder.plan(question["question"])
        given = {passage_sha256(p) for p in plan.passages}
        record["passages_match"] = all(c["sha256"] in given for c in citations)
        sentences, supported = support(
            answer_body(text, question["language"]), plan, grounder.kb.embedder, cache
        )
        record.update(
            sentences=sentences, supported_sentences=supported,
            faithful=sentences > 0 and supported == sentences,
        )  # fmt: skip
    return record


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def quality(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]
    answered = [r for r in records if r["answered"]]
    handled_right = sum(r["answered"] if r["answerable"] else r["escalated"] for r in records)
    return {
        "questions": len(records),
        "answered": len(answered),
        "escalated": sum(r["escalated"] for r in records),
        "blocked": sum(r["mode"] == "blocked" for r in records),
        "answered_rate": rate(sum(r["answered"] for r in answerable), len(answerable)),
        "unanswerable_escalated_rate": rate(
            sum(r["escalated"] for r in unanswerable), len(unanswerable)
        ),
        "escalation_accuracy": rate(handled_right, len(records)),
        "citation_coverage": rate(sum(bool(r["citations"]) for r in answered), len(answered)),
        "right_document_rate": rate(
            sum(r["first_doc"] == r["doc"] for r in answered if r["answerable"]),
            sum(r["answerable"] for r in answered),
        ),
        "unsupported_removed": sum(r["unsupported_removed"] for r in records),
        "answers_with_removals": sum(r["unsupported_removed"] > 0 for r in records),
        "faithfulness": rate(sum(r["faithful"] for r in answered), len(answered)),
        "supported_sentence_share": rate(
            sum(r["supported_sentences"] for r in answered), sum(r["sentences"] for r in answered)
        ),
        "answered_by_mode": dict(Counter(r["mode"] for r in answered)),
    }


def contention(load_before: float, cpus: int) -> str:
    """Whether other work shared the CPU when the benchmark started (its own servers and
    clients add to the load average only afterwards)."""
    if load_before > 0.5 * cpus:
        return (
            f"yes: the 1-minute load average was {load_before:.2f} on {cpus} cores before the "
            "start, so other processes shared the CPU and every latency here is inflated"
        )
    return f"little: the 1-minute load average was {load_before:.2f} on {cpus} cores at the start"


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def latency(values: Sequence[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "p50_ms": round(percentile(values, 0.50), 1),
        "p95_ms": round(percentile(values, 0.95), 1),
        "mean_ms": round(statistics.fmean(values), 1),
    }


def latency_by_mode(records: Sequence[dict[str, Any]], wall: float) -> dict[str, Any]:
    out: dict[str, Any] = {"overall": latency([r["latency_ms"] for r in records])}
    out["overall"]["answers_per_s"] = round(len(records) / wall, 3)
    out["overall"]["wall_s"] = round(wall, 1)
    for mode in sorted({r["mode"] for r in records}):
        out[mode] = latency([r["latency_ms"] for r in records if r["mode"] == mode])
    return out


def peer_records(
    questions: Sequence[dict[str, Any]], results: Sequence[tuple[float, dict[str, Any]]]
) -> list[dict[str, Any]]:
    return [
        {"question": q["question"], "language": q["language"], "latency_ms": round(ms, 1),
         "completion_tokens": int((r.get("usage") or {}).get("completion_tokens") or 0),
         "answer": r["choices"][0]["message"].get("content")}
        for q, (ms, r) in zip(questions, results, strict=True)
    ]  # fmt: skip


def peer_latency(records: Sequence[dict[str, Any]], wall: float) -> dict[str, Any]:
    out = latency([r["latency_ms"] for r in records])
    out.update(answers_per_s=round(len(records) / wall, 3), wall_s=round(wall, 1))
    tokens = sum(r["completion_tokens"] for r in records)
    out["ms_per_completion_token"] = round(sum(r["latency_ms"] for r in records) / tokens, 1)
    for language in ("en", "zh"):
        out[language] = latency([r["latency_ms"] for r in records if r["language"] == language])
    return out


def gateway_overhead(
    pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]],
) -> dict[str, Any]:
    """(gateway record, serve-model record on the gateway's own prompt) pairs: what the
    gateway adds around the model's answer."""
    out: dict[str, Any] = {
        "what": "the same questions' gateway latency (model answers only) minus serve-model's "
        "latency on the exact prompt the gateway sent it (passages + question, built by the "
        "served version's grounder): retrieval, input/output guards, grounding guard, the "
        "extra HTTP hop and the ledger write; same_completion_tokens counts the pairs whose "
        "generation was the same length (greedy decoding: the same answer)",
        "n": len(pairs),
    }
    if not pairs:
        return out
    differences = [g["latency_ms"] - p["latency_ms"] for g, p in pairs]
    out["gateway_mean_ms"] = round(statistics.fmean(g["latency_ms"] for g, _ in pairs), 1)
    out["bare_model_same_prompt_mean_ms"] = round(
        statistics.fmean(p["latency_ms"] for _, p in pairs), 1
    )
    out["difference_mean_ms"] = round(statistics.fmean(differences), 1)
    out["difference_median_ms"] = round(statistics.median(differences), 1)
    out["same_completion_tokens"] = sum(
        g["completion_tokens"] == p["completion_tokens"] for g, p in pairs
    )
    return out


# --------------------------------------------------------------------------------- report


def print_tables(console: Console, result: dict[str, Any]) -> None:
    table = Table(title="Served assistant latency (ms, client-side), CPU")
    for column in ("path", "mode", "n", "p50", "p95", "mean", "answers/s"):
        table.add_column(column, justify="left" if column in ("path", "mode") else "right")
    for path, rows in result["latency"].items():
        for mode, row in rows.items():
            if row.get("n"):
                table.add_row(
                    path, mode, str(row["n"]), f"{row['p50_ms']:.0f}", f"{row['p95_ms']:.0f}",
                    f"{row['mean_ms']:.0f}",
                    f"{row['answers_per_s']:.2f}" if "answers_per_s" in row else "",
                )  # fmt: skip
        table.add_section()
    console.print(table)
    table = Table(title="Served answers' quality per split/language (gateway, sequential pass)")
    columns = ("answered_rate", "unanswerable_escalated_rate", "escalation_accuracy",
               "citation_coverage", "right_document_rate", "faithfulness")  # fmt: skip
    for column in ("split/lang", "n", "answered", "unans. escalated", "escal. acc.",
                   "cited", "right doc", "removals", "faithful"):  # fmt: skip
        table.add_column(column, justify="left" if column == "split/lang" else "right")
    for cell, row in result["quality"].items():
        values = [f"{row[c]:.2f}" if row[c] is not None else "-" for c in columns]
        table.add_row(cell, str(row["questions"]), *values[:5], str(row["unsupported_removed"]),
                      values[5])  # fmt: skip
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--per-cell",
        type=int,
        default=0,
        help="questions per split x language through the gateway (0: all)",
    )
    parser.add_argument(
        "--peer-per-cell",
        type=int,
        default=6,
        help="sample per split x language for the bare model and concurrency",
    )
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--train-rows", type=int, default=32)
    parser.add_argument(
        "--data-rows", type=int, default=300, help="lines of the conversation log the run reads"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks/results/assistant_serving.json"
    )
    args = parser.parse_args()
    console = Console(width=150)
    load_before = os.getloadavg()
    began = time.perf_counter()
    questions = load_questions(EXAMPLE / "questions.jsonl")
    asked = sample(questions, args.per_cell, args.seed)
    peer = sample(questions, args.peer_per_cell, args.seed + 1)
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name, ExitStack() as servers:
        tmp = Path(name)
        home = tmp / ".steward"
        model_port, gateway_port = free_port(), free_port()
        upstream = f"http://127.0.0.1:{model_port}/v1"
        policy = bench_policy(tmp, args.train_rows, args.data_rows, upstream)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "STEWARD_HOME": str(home),
               "HF_HUB_OFFLINE": "1"}  # fmt: skip

        started = time.perf_counter()
        console.print(f"steward run (train {args.train_rows} rows, generation audits off) ...")
        steward(env, "run", str(policy), "--json", actor="alice")
        seconds["steward_run"] = time.perf_counter() - started
        signed = subprocess.run(
            [sys.executable, "-m", "steward.examples.sign_release", str(policy)],
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        console.print(signed.stdout.strip())
        if signed.returncode:
            raise SystemExit(f"sign-off failed: {signed.stderr}")
        grounder, ref = served_grounder(home, policy, tmp)
        started = time.perf_counter()
        steward(env, "guard", "train", str(policy))
        seconds["guard_train"] = time.perf_counter() - started
        key = steward(
            env, "keys", "create", "--role", "end_user", "--name", "bench", "--rate",
            "1000000", "--policy", str(policy), actor="oscar",
        ).strip()  # fmt: skip

        started = time.perf_counter()
        model_url, gateway_url = (f"http://127.0.0.1:{p}" for p in (model_port, gateway_port))
        model_server = subprocess.Popen(
            [sys.executable, "-m", "steward.cli", "serve-model", "--assistant", NAME,
             "--port", str(model_port)], env=env, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        servers.callback(model_server.wait, 30)
        servers.callback(model_server.terminate)
        wait_ready(model_url + "/healthz", model_server, seconds=300)
        gateway = subprocess.Popen(
            [sys.executable, "-m", "steward.cli", "serve", str(policy), "--port",
             str(gateway_port)], env=env, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        servers.callback(gateway.wait, 30)
        servers.callback(gateway.terminate)
        wait_ready(gateway_url + "/healthz", gateway, seconds=300)
        seconds["servers_ready"] = time.perf_counter() - started

        def via_gateway() -> openai.OpenAI:
            return openai.OpenAI(base_url=gateway_url + "/v1", api_key=key, timeout=900,
                                 max_retries=0)  # fmt: skip

        def direct() -> openai.OpenAI:
            return openai.OpenAI(base_url=model_url + "/v1", api_key="none", timeout=900,
                                 max_retries=0)  # fmt: skip

        # warm-up (model loaded into caches, knowledge base loaded, guards' lazy loads)
        for warm in ("My debit card was stolen, what should I do?", "我的借记卡被偷了，怎么办？"):
            ask(via_gateway(), asked_as_user(warm), args.max_tokens)
            ask(direct(), asked_as_user(warm), args.max_tokens)

        console.print(f"gateway, sequential: {len(asked)} questions ...")
        gateway_seq, gateway_wall = run_pass(
            via_gateway, [asked_as_user(questions[i]["question"]) for i in asked], args.max_tokens
        )
        console.print(f"bare serve-model, sequential: {len(peer)} questions ...")
        peer_asks = [asked_as_user(questions[i]["question"]) for i in peer]
        peer_seq, peer_wall = run_pass(direct, peer_asks, args.max_tokens)
        # the gateway's own prompt (passages + question) straight to the model: what the
        # longer prompt costs, apart from what the gateway's checks cost
        grounded = [i for i in peer if grounder.plan(questions[i]["question"]).mode == "generate"]
        console.print(f"bare serve-model, the gateway's prompts: {len(grounded)} questions ...")
        grounded_seq, grounded_wall = run_pass(
            direct, [grounder.plan(questions[i]["question"]).prompt() for i in grounded],
            args.max_tokens,
        )  # fmt: skip
        console.print(f"{args.clients} concurrent clients: gateway then bare serve-model ...")
        gateway_conc, gateway_conc_wall = run_pass(
            via_gateway, peer_asks, args.max_tokens, args.clients
        )
        peer_conc, peer_conc_wall = run_pass(direct, peer_asks, args.max_tokens, args.clients)
        servers.close()  # the servers stop; the faithfulness check needs the CPU
        cache: dict[Any, Any] = {}
        records = [
            record_of(questions[i], ms, response, grounder, cache)
            for i, (ms, response) in zip(asked, gateway_seq, strict=True)
        ]
        conc_records = [
            record_of(questions[i], ms, response, grounder, cache)
            for i, (ms, response) in zip(peer, gateway_conc, strict=True)
        ]
    peers = peer_records([questions[i] for i in peer], peer_seq)
    peers_conc = peer_records([questions[i] for i in peer], peer_conc)
    by_index = dict(zip(asked, records, strict=True))
    paired = [(by_index[i], p) for i, p in zip(peer, peers, strict=True) if i in by_index]
    same_prompt = [
        (by_index[i], p)
        for i, p in zip(grounded, peer_records([questions[i] for i in grounded], grounded_seq),
                        strict=True)
        if i in by_index and by_index[i]["completion_tokens"]
    ]  # fmt: skip

    def paired_row(mode: str) -> dict[str, Any]:
        pairs = [(g, p) for g, p in paired if g["mode"] == mode]
        return {
            "n": len(pairs),
            "gateway_mean_ms": round(statistics.fmean(g["latency_ms"] for g, _ in pairs), 1),
            "bare_model_mean_ms": round(statistics.fmean(p["latency_ms"] for _, p in pairs), 1),
            "gateway_mean_completion_tokens": round(
                statistics.fmean(g["completion_tokens"] for g, _ in pairs), 1
            ),
            "bare_model_mean_completion_tokens": round(
                statistics.fmean(p["completion_tokens"] for _, p in pairs), 1
            ),
        } if pairs else {"n": 0}  # fmt: skip

    quality_rows = {
        f"{split}/{language}": quality(
            [
                r
                for r in records
                if split in ("all", r["split"]) and language in ("all", r["language"])
            ]
        )
        for split, language in product(("dev", "test", "all"), ("en", "zh", "all"))
    }
    generated = [r for r in records if r["mode"] == "generate" and r["completion_tokens"]]
    result: dict[str, Any] = {
        "benchmark": "assistant_serving",
        "device": "cpu",
        "device_note": "no GPU in this task: the model, the gateway and the clients share the "
        "machine's CPU cores",
        "machine": {
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in os.getloadavg()],
            "contention": contention(load_before[0], os.cpu_count() or 1),
        },
        "settings": {
            **{k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
            "model": ref,
            "questions_gateway": len(asked),
            "questions_gateway_selection": "all"
            if args.per_cell <= 0
            else f"seeded sample of {args.per_cell} per split x language (seed {args.seed})",
            "questions_peer_and_concurrent": len(peer),
            "questions_peer_selection": f"seeded sample of {args.peer_per_cell} per split x "
            f"language (seed {args.seed + 1})",
            "generation": "greedy (temperature 0), one generation at a time in serve-model",
            "policy_changes": "examples/assistant/steward.yaml with the generation audits and "
            "the canary off, no knowledge.questions, max_train_rows = --train-rows, the first "
            "--data-rows lines of the conversation log, every gate "
            "rule at severity warn, serve.upstream_url to the benchmark's serve-model",
        },
        "setup_seconds": {k: round(v, 1) for k, v in seconds.items()},
        "total_seconds": round(time.perf_counter() - began, 1),
        "latency": {
            "gateway_sequential": latency_by_mode(records, gateway_wall),
            "bare_model_sequential": {"all": peer_latency(peers, peer_wall)},
            "bare_model_gateway_prompts_sequential": {
                "all": peer_latency(
                    peer_records([questions[i] for i in grounded], grounded_seq), grounded_wall
                )
            },
            f"gateway_{args.clients}_clients": latency_by_mode(conc_records, gateway_conc_wall),
            f"bare_model_{args.clients}_clients": {"all": peer_latency(peers_conc, peer_conc_wall)},
        },
        "gateway_overhead_on_model_answers": gateway_overhead(same_prompt),
        "gateway_ms_per_completion_token_generate": round(
            sum(r["latency_ms"] for r in generated)
            / sum(r["completion_tokens"] for r in generated),
            1,
        )
        if generated
        else None,
        "paired_with_bare_model": {
            mode: paired_row(mode) for mode in sorted({g["mode"] for g, _ in paired})
        },
        "quality": quality_rows,
        "faithfulness_method": (
            "as steward.assistant.generation_audits.faithfulness_audit: the served text before "
            "its sources line, removal notes dropped, split_sentences; a sentence is supported "
            f"when its MiniLM cosine to a sentence of the passages the gateway gave is >= "
            f"{SUPPORT_THRESHOLD} or >= {OVERLAP_THRESHOLD} of its content words occur in those "
            "passages (passages recovered by replanning with the served version's stored "
            "knowledge base and the policy's grounding settings; citations checked against "
            "them); faithful = at least one sentence, all supported; over answered questions"
        ),
        "right_document_method": "answered answerable questions whose first citation's doc, "
        "'.zh' stripped, equals the question's doc",
        "cited_passages_among_replanned": all(
            r.get("passages_match", True) for r in records + conc_records
        ),
        "concurrent_pass_quality_same_as_sequential": all(
            by_index[i]["answer"] == c["answer"]
            for i, c in zip(peer, conc_records, strict=True)
            if i in by_index
        ),
        "records": records,
        "bare_model_records": peers,
    }
    print_tables(console, result)
    seq, bare = result["latency"]["gateway_sequential"], result["latency"]["bare_model_sequential"]
    console.print(
        f"gateway {seq['overall']['answers_per_s']:.2f} answers/s sequential vs bare serve-model "
        f"{bare['all']['answers_per_s']:.2f} (different question mixes; paired figures in the JSON)"
    )
    for mode, row in result["paired_with_bare_model"].items():
        if row["n"]:
            console.print(
                f"  same questions, {mode}: gateway {row['gateway_mean_ms']:.0f} ms "
                f"({row['gateway_mean_completion_tokens']:.0f} tokens) vs bare model "
                f"{row['bare_model_mean_ms']:.0f} ms "
                f"({row['bare_model_mean_completion_tokens']:.0f} tokens)"
            )
    overhead = result["gateway_overhead_on_model_answers"]
    if overhead["n"]:
        console.print(
            f"  the gateway's own prompt straight to serve-model ({overhead['n']} model answers):"
            f" {overhead['bare_model_same_prompt_mean_ms']:.0f} ms vs "
            f"{overhead['gateway_mean_ms']:.0f} ms through the gateway: retrieval + guards + "
            f"grounding add {overhead['difference_median_ms']:.0f} ms (median)"
        )
    console.print(f"load average before/after: {result['machine']['load_average_before']} / "
                  f"{result['machine']['load_average_after']}")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    console.print(f"written {args.out}")


if __name__ == "__main__":
    main()
