"""Responsible training on Banking77: plain, DP (ε = 8) and adversarial MiniLM fine-tunes.

Trains the packaged MiniLM (``resolve_base_model("minilm")``, nothing downloaded) on
``../shared/data/banking77/train.csv`` (a stratified 10% of it held out for early stopping) and
evaluates on ``test.csv``, once per variant:

- ``baseline``: TF-IDF character n-grams + logistic regression (``steward.train.baseline``);
- ``plain``: the trainer as ``steward run`` uses it;
- ``dp``: DP-SGD through Opacus at ``--dp-epsilon`` (δ = 1/N, RDP accountant, ghost clipping),
  with its own batch size and learning rate (DP wants large batches), every weight trained;
- ``dp_head``: the same guarantee with ``privacy.trainable: head``: the public encoder stays
  fixed and only pooler + classifier are trained (``--head-*`` settings), on first-token
  states computed once (that pass counts in epoch 1);
- ``fgm`` / ``pgd``: embedding-space adversarial training;
- ``augment``: augmentation with the audit's ``char_noise`` recipe.

Each variant reports test accuracy and macro-F1, accuracy under the audit stage's
``char_noise`` attack (greedy harness, ``--attack-budget`` edits) on ``--attack-sample`` test
rows, wall time and seconds per epoch; DP also the ε spent. The issue's targets are checked:
plain accuracy ≥ 0.93; DP accuracy ≥ 0.85 with seconds per epoch ≤ 2.5× plain's (same run,
same machine); adversarial accuracy under attack ≥ plain's + 10 points with ≤ 1 point clean
accuracy lost. The table is printed and the JSON written to
``benchmarks/results/train_banking77.json`` (``--out`` to change).

Full run (every variant, all rows) takes hours on a 2-core CPU; a smoke run:
    python benchmarks/train_banking77.py --max-rows 200 --max-test 100 --epochs 1 \
        --attack-sample 20 --out /tmp/train_smoke.json
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "banking77"
RESULTS = ROOT / "benchmarks" / "results" / "train_banking77.json"
VARIANTS = ("baseline", "plain", "dp", "dp_head", "fgm", "pgd", "augment")


def _read(path: Path) -> tuple[list[str], list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def _stratified(
    texts: list[str], labels: list[str], n: int | None, seed: int
) -> tuple[list[str], list[str]]:
    """Up to ``n`` rows with every label kept in proportion (all rows when ``n`` is None)."""
    if n is None or n >= len(texts):
        return texts, labels
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    chosen: list[int] = []
    for label in sorted(by_label):
        rows = by_label[label]
        rng.shuffle(rows)
        chosen.extend(rows[: max(1, round(n * len(rows) / len(texts)))])
    chosen = sorted(chosen[:n])
    return [texts[i] for i in chosen], [labels[i] for i in chosen]


def _split(
    texts: list[str], labels: list[str], share: float, seed: int
) -> tuple[list[int], list[int]]:
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    held: list[int] = []
    for label in sorted(by_label):
        rows = by_label[label]
        rng.shuffle(rows)
        held.extend(rows[: max(1, round(share * len(rows)))] if len(rows) > 1 else [])
    held_set = set(held)
    return [i for i in range(len(texts)) if i not in held_set], sorted(held)


def _machine() -> dict[str, Any]:
    import torch

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    return {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "gpu": gpu,
    }


def _evaluate(
    model: Any, test_texts: list[str], test_labels: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    from sklearn.metrics import accuracy_score, f1_score

    from steward.audit.robustness import run_attack

    started = time.perf_counter()
    predicted = model.predict(test_texts)
    predict_seconds = time.perf_counter() - started
    sample = random.Random(args.seed).sample(
        range(len(test_texts)), min(args.attack_sample, len(test_texts))
    )
    attack = run_attack(
        model,
        [test_texts[i] for i in sample],
        [test_labels[i] for i in sample],
        "char_noise",
        budget=args.attack_budget,
        seed=args.seed,
    )
    return {
        "accuracy": round(float(accuracy_score(test_labels, predicted)), 4),
        "macro_f1": round(float(f1_score(test_labels, predicted, average="macro")), 4),
        "attack_sample": len(sample),
        "accuracy_before_attack": round(attack.accuracy_before, 4),
        "accuracy_under_attack": round(attack.accuracy_after, 4),
        "predict_seconds": round(predict_seconds, 2),
    }


def _privacy(args: argparse.Namespace, **extra: Any) -> dict[str, Any]:
    """``train.privacy`` for the DP variants: ε = ``--dp-epsilon`` at δ = 1/N, RDP accountant."""
    return {
        "enabled": True,
        "target_epsilon": args.dp_epsilon,
        "max_grad_norm": args.dp_clip,
        "accountant": "rdp",
        **extra,
    }


def _neural(
    name: str,
    data: dict[str, list[str]],
    args: argparse.Namespace,
) -> dict[str, Any]:
    from steward.config import TrainPolicy
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier

    settings: dict[str, Any] = {
        "epochs": args.epochs,
        "batch_size": args.batch_size,
        "learning_rate": args.lr,
        "max_length": args.max_length,
        "early_stopping_patience": args.patience,
        "extend_vocab": False,  # Banking77 is English
        "seed": args.seed,
        "device": args.device,
    }
    if name == "dp_head":
        rows = len(data["train_texts"])
        settings.update(
            epochs=args.head_epochs,
            batch_size=min(args.head_batch_size, max(1, rows // 4)),
            learning_rate=args.head_lr,
            early_stopping_patience=args.head_epochs,  # the budget is spent on all epochs
            privacy=_privacy(args, trainable="head"),
        )
    elif name == "dp":
        rows = len(data["train_texts"])
        settings.update(
            epochs=args.dp_epochs,
            batch_size=min(args.dp_batch_size, max(1, rows // 4)),
            learning_rate=args.dp_lr,
            privacy=_privacy(args, freeze_word_embeddings=args.dp_freeze_embeddings),
        )
    elif name in ("fgm", "pgd"):
        settings["adversarial"] = {"method": name, "epsilon": args.adv_epsilon, "steps": 3}
    elif name == "augment":
        settings["adversarial"] = {
            "method": "augment",
            "augment_recipes": ["char_noise"],
            "augment_ratio": args.augment_ratio,
            "augment_edits": args.attack_budget,
        }
    policy = TrainPolicy(**settings)
    labels = sorted(set(data["train_labels"]))
    started = time.perf_counter()
    classifier, _ = IntentClassifier.from_base(resolve_base_model("minilm"), labels, policy)

    def on_epoch(stats: Any) -> None:
        print(
            f"  [{name}] epoch {stats.epoch}: loss {stats.train_loss:.4f}, "
            f"val acc {stats.val_accuracy:.4f}, {stats.seconds:.0f}s",
            flush=True,
        )

    result = classifier.fit(
        data["train_texts"],
        data["train_labels"],
        data["val_texts"],
        data["val_labels"],
        policy,
        on_epoch=on_epoch,
    )
    wall = time.perf_counter() - started
    out: dict[str, Any] = {
        "variant": name,
        "train_rows": result.train_rows,
        "epochs_run": len(result.history),
        "best_epoch": result.best_epoch,
        "seconds_per_epoch": round(sum(h.seconds for h in result.history) / len(result.history), 1),
        "train_wall_seconds": round(wall, 1),
        "device": result.device,
        "settings": {k: v for k, v in settings.items() if k != "device"},
        "protections": result.protections,
        "epsilon_spent": result.epsilon_spent,
        "history": [h.__dict__ for h in result.history],
    }
    out.update(_evaluate(classifier, data["test_texts"], data["test_labels"], args))
    return out


def _baseline(data: dict[str, list[str]], args: argparse.Namespace) -> dict[str, Any]:
    from steward.train.baseline import BaselineClassifier

    started = time.perf_counter()
    model = BaselineClassifier().fit(data["train_texts"], data["train_labels"])
    wall = time.perf_counter() - started
    out: dict[str, Any] = {"variant": "baseline", "train_rows": len(data["train_texts"]),
                           "train_wall_seconds": round(wall, 1), "device": "cpu"}  # fmt: skip
    out.update(_evaluate(model, data["test_texts"], data["test_labels"], args))
    return out


def _targets(results: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    checks: list[dict[str, Any]] = []
    plain = results.get("plain")
    if plain:
        checks.append({"target": "plain accuracy >= 0.93", "value": plain["accuracy"],
                       "met": plain["accuracy"] >= 0.93})  # fmt: skip
    for name in ("dp", "dp_head"):
        dp = results.get(name)
        if not dp:
            continue
        checks.append({"target": f"{name} accuracy >= 0.85", "value": dp["accuracy"],
                       "met": dp["accuracy"] >= 0.85})  # fmt: skip
        if plain:
            ratio = dp["seconds_per_epoch"] / max(plain["seconds_per_epoch"], 1e-9)
            checks.append({"target": f"{name} seconds/epoch <= 2.5x plain",
                           "value": round(ratio, 2), "met": ratio <= 2.5})  # fmt: skip
    for name in ("fgm", "pgd", "augment"):
        adv = results.get(name)
        if adv and plain:
            gain = adv["accuracy_under_attack"] - plain["accuracy_under_attack"]
            loss = plain["accuracy"] - adv["accuracy"]
            checks.append({
                "target": f"{name}: attack accuracy +10 points, clean loss <= 1 point",
                "value": {"attack_gain": round(gain, 4), "clean_loss": round(loss, 4)},
                "met": gain >= 0.10 and loss <= 0.01,
            })  # fmt: skip
    return checks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated")
    parser.add_argument("--max-rows", type=int, default=None, help="training rows (all: None)")
    parser.add_argument("--max-test", type=int, default=None, help="test rows (all: None)")
    parser.add_argument("--epochs", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=2e-4)
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--patience", type=int, default=2)
    parser.add_argument("--dp-epsilon", type=float, default=8.0)
    parser.add_argument("--dp-epochs", type=int, default=5)
    parser.add_argument("--dp-batch-size", type=int, default=256)
    parser.add_argument("--dp-lr", type=float, default=1e-3)
    parser.add_argument("--dp-clip", type=float, default=1.0)
    parser.add_argument(
        "--dp-freeze-embeddings", action="store_true", help="train.privacy.freeze_word_embeddings"
    )
    parser.add_argument("--head-epochs", type=int, default=50, help="dp_head epochs")
    parser.add_argument("--head-batch-size", type=int, default=1024, help="dp_head batch size")
    parser.add_argument("--head-lr", type=float, default=2e-2, help="dp_head learning rate")
    parser.add_argument("--adv-epsilon", type=float, default=1.0)
    parser.add_argument("--augment-ratio", type=float, default=1.0)
    parser.add_argument("--attack-sample", type=int, default=500)
    parser.add_argument("--attack-budget", type=int, default=3)
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: default)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not (DATA / "train.csv").is_file():
        print(f"skipped: {DATA} is absent")
        return 0
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = sorted(set(variants) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variants {unknown}; choose from {', '.join(VARIANTS)}")

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    texts, labels = _stratified(*_read(DATA / "train.csv"), args.max_rows, args.seed)
    test_texts, test_labels = _stratified(*_read(DATA / "test.csv"), args.max_test, args.seed)
    train_idx, val_idx = _split(texts, labels, 0.1, args.seed)
    known = {labels[i] for i in train_idx}
    keep = [i for i, label in enumerate(test_labels) if label in known]
    data = {
        "train_texts": [texts[i] for i in train_idx],
        "train_labels": [labels[i] for i in train_idx],
        "val_texts": [texts[i] for i in val_idx],
        "val_labels": [labels[i] for i in val_idx],
        "test_texts": [test_texts[i] for i in keep],
        "test_labels": [test_labels[i] for i in keep],
    }
    print(
        f"Banking77: {len(data['train_texts'])} train / {len(data['val_texts'])} validation / "
        f"{len(data['test_texts'])} test rows, {len(known)} intents",
        flush=True,
    )
    results: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    for name in variants:
        print(f"== {name}", flush=True)
        results[name] = _baseline(data, args) if name == "baseline" else _neural(name, data, args)
    checks = _targets(results)

    header = f"{'variant':9} {'acc':>7} {'F1':>7} {'attacked':>8} {'s/epoch':>8} {'wall s':>8} eps"
    print(header)
    for name, r in results.items():
        eps = f"{r['epsilon_spent']:.2f}" if r.get("epsilon_spent") is not None else "-"
        print(
            f"{name:9} {r['accuracy']:7.4f} {r['macro_f1']:7.4f} "
            f"{r['accuracy_under_attack']:8.4f} {r.get('seconds_per_epoch', 0):8.1f} "
            f"{r['train_wall_seconds']:8.1f} {eps}"
        )
    for check in checks:
        print(f"{'MET ' if check['met'] else 'MISS'} {check['target']}: {check['value']}")
    report = {
        "benchmark": "train_banking77",
        "machine": _machine(),
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "rows": {k: len(v) for k, v in data.items() if k.endswith("_labels")},
        "results": results,
        "targets": checks,
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
