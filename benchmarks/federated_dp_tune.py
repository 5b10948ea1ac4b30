"""Tune sample-level DP federation recipes on the sites' validation splits, in one process.

The same Banking77 non-IID split and cached features as ``federated_banking77.py``; each site is
Steward's own ``SiteModel`` (its DP-SGD through the Opacus front door, its accountant history),
and the server step is Flower's FedAvg / FedAdam / FedYogi update written out (the same
formulas as ``flwr.serverapp.strategy``), without Ray or messages, so a recipe costs only its
training. Only validation accuracy (the sites' validation rows, counts added up) is reported:
the test split is read by ``federated_banking77.py`` once per recipe kept.

    python benchmarks/federated_dp_tune.py --recipe '{"rounds": 50, "local_epochs": 1, ...}'
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import federated_banking77 as bench  # noqa: E402
from train_banking77 import DATA, _read, _stratified  # noqa: E402

DEFAULT = {
    "rounds": 10,
    "local_epochs": 5,
    "batch_size": 256,
    "learning_rate": 0.02,
    "site_optimizer": "adamw",
    "keep_optimizer_state": True,
    "lr_schedule": "constant",
    "server_optimizer": "fedavg",
    "server_learning_rate": 1.0,
    "server_betas": [0.9, 0.99],
    "server_tau": 1e-3,
    "max_grad_norm": 1.0,
    "epsilon": 8.0,
    "head_init": "random",
}


def sites_and_head(args: argparse.Namespace) -> tuple[list[dict[str, np.ndarray]], Any, tuple]:
    """The sites' arrays, the starting heads by ``head_init`` and the label names."""
    all_train, all_test = _read(DATA / "train.csv"), _read(DATA / "test.csv")
    features, initial, warm = bench.encode(all_train[0] + all_test[0], all_train[1], args)
    row_of = {text: i for i, text in enumerate(all_train[0] + all_test[0])}
    texts, labels = _stratified(*all_train, None, args.seed)
    test_texts, test_labels = _stratified(*all_test, None, args.seed)
    names = tuple(sorted(set(all_train[1])))
    index = {label: i for i, label in enumerate(names)}
    keep = [i for i, label in enumerate(test_labels) if label in index]
    test_texts, test_labels = [test_texts[i] for i in keep], [test_labels[i] for i in keep]
    x = features[[row_of[text] for text in texts]]
    tx = features[[row_of[text] for text in test_texts]]
    y = np.array([index[label] for label in labels], dtype=np.int64)
    ty = np.array([index[label] for label in test_labels], dtype=np.int64)
    rng = np.random.default_rng(args.seed)
    train_split, shares = bench.dirichlet_split(y, args.sites, args.alpha, rng)
    test_split = bench.follow_split(ty, shares, rng)
    sites = bench.site_arrays(train_split, 0.1, test_split, x, y, tx, ty, rng)
    return sites, {"random": initial, "label_names": warm}, names


def site_models(plan: Any, sites: list[dict[str, np.ndarray]]) -> list[Any]:
    import torch
    from torch import nn
    from transformers import AutoConfig
    from transformers.models.bert.modeling_bert import BertPooler

    from steward.federated import apps
    from steward.train.heads import FirstTokenHead

    config = AutoConfig.from_pretrained(plan.base_model)
    out = []
    for index, rows in enumerate(sites):
        site = apps.SiteModel.__new__(apps.SiteModel)
        site.plan, site.site_index, site.site = plan, index, plan.sites[index]
        site.groups = {}
        site.head = FirstTokenHead(
            BertPooler(config),
            nn.Dropout(config.hidden_dropout_prob),
            nn.Linear(config.hidden_size, len(plan.labels)),
        )
        site.features = {s: torch.from_numpy(rows[f"{s}_x"]) for s in ("train", "validation")}
        site.targets = {s: torch.from_numpy(rows[f"{s}_y"]) for s in ("train", "validation")}
        out.append(site)
    return out


def run(
    recipe: dict[str, Any],
    sites: list[dict[str, np.ndarray]],
    initial: Any,
    names: tuple,
    seed: int,
) -> dict[str, Any]:
    from steward.config import PrivacyTraining
    from steward.federated.apps import FederationPlan, SitePartition, add_counts, scores
    from steward.train.model_source import resolve_base_model
    from steward.train.privacy import plan_privacy

    r = {**DEFAULT, **recipe}
    settings = PrivacyTraining(
        enabled=True,
        target_epsilon=r["epsilon"],
        max_grad_norm=r["max_grad_norm"],
        accountant="rdp",
        trainable="head",
    )
    planned = [
        plan_privacy(
            settings,
            rows=len(s["train_y"]),
            batch_size=r["batch_size"],
            epochs=r["rounds"] * r["local_epochs"],
        )
        for s in sites
    ]
    plan = FederationPlan(
        token="tune",
        base_model=resolve_base_model("minilm"),
        labels=names,
        sites=tuple(SitePartition(f"site-{i:03d}", Path("-")) for i in range(len(sites))),
        rounds=r["rounds"],
        local_epochs=r["local_epochs"],
        max_length=64,
        batch_size=r["batch_size"],
        learning_rate=r["learning_rate"],
        weight_decay=0.01,
        seed=seed,
        sample_dp=settings,
        site_noise=tuple(p.noise_multiplier for p in planned),
        site_delta=tuple(p.delta for p in planned),
        lr_schedule=r["lr_schedule"],
        keep_optimizer_state=r["keep_optimizer_state"],
        site_optimizer=r["site_optimizer"],
    )
    models = site_models(plan, sites)
    weights = np.array([len(s["train_y"]) for s in sites], dtype=float)
    current = {k: v.numpy().copy() for k, v in initial[r["head_init"]].items()}
    histories: list[list[Any]] = [[] for _ in sites]
    states: list[Any] = [None for _ in sites]
    m: dict[str, np.ndarray] = {}
    v: dict[str, np.ndarray] = {}
    b1, b2 = r["server_betas"]
    curve = []
    started = time.perf_counter()
    import torch

    for server_round in range(1, r["rounds"] + 1):
        heads = []
        for i, site in enumerate(models):
            site.set_head({k: torch.from_numpy(a.copy()) for k, a in current.items()})
            site.optimizer_state = states[i]
            site.train(server_round, histories[i])
            states[i] = site.optimizer_state if r["keep_optimizer_state"] else None
            heads.append({k: t.detach().numpy().copy() for k, t in site.head.state_dict().items()})
        mean = {k: np.average([h[k] for h in heads], axis=0, weights=weights) for k in current}
        delta = {k: mean[k] - current[k] for k in current}
        opt, eta = r["server_optimizer"], r["server_learning_rate"]
        if opt == "fedavg":
            current = {k: current[k] + eta * delta[k] for k in current}
        else:  # flwr FedAdam / FedYogi, as written there
            m = {k: b1 * m.get(k, 0) + (1 - b1) * delta[k] for k in current}
            if opt == "fedadam":
                v = {k: b2 * v.get(k, 0) + (1 - b2) * delta[k] ** 2 for k in current}
                step = (
                    eta * np.sqrt(1 - b2 ** (server_round + 1.0)) / (1 - b1 ** (server_round + 1.0))
                )
            else:
                v = {
                    k: v.get(k, 0) - (1 - b2) * delta[k] ** 2 * np.sign(v.get(k, 0) - delta[k] ** 2)
                    for k in current
                }
                step = eta
            current = {
                k: current[k] + step * m[k] / (np.sqrt(v[k]) + r["server_tau"]) for k in current
            }
        counts = []
        for site in models:
            site.set_head({k: torch.from_numpy(a.copy()) for k, a in current.items()})
            counts.append(site.counts("validation"))
        curve.append(round(scores(add_counts(counts))["accuracy"], 4))
    eps = [round(site.epsilon(h), 3) for site, h in zip(models, histories, strict=True)]
    return {
        "recipe": r,
        "validation_accuracy": curve,
        "final_validation": curve[-1],
        "epsilon_by_site": eps,
        "noise_by_site": [round(p.noise_multiplier, 3) for p in planned],
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recipe", action="append", default=[], help="JSON over the defaults")
    parser.add_argument("--sites", type=int, default=5)
    parser.add_argument("--alpha", type=float, default=0.5)
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dp-head-init-scale", type=float, default=5.0)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "steward-bench")
    parser.add_argument("--log", type=Path, default=None, help="append each result (JSON lines)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    torch.set_num_threads(1)
    args.dp_head_init = "label_names"  # both starting heads are built; a recipe picks one
    sites, initial, names = sites_and_head(args)
    for text in args.recipe or ["{}"]:
        out = run(json.loads(text), sites, initial, names, args.seed)
        print(json.dumps(out), flush=True)
        if args.log:
            with args.log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
