"""How much the sites' separate DP noise costs: centralised vs federated DP-SGD, one process.

A linear head over fixed features of the cached Banking77 MiniLM states, trained by DP-SGD with
per-sample clipping written out (the head is linear, so a row's gradient norm is
``|p - y| * |[s*x, 1]|``) and Poisson sampling at rate ``q``; the noise multiplier for ε (at
δ = 1/N of the rows a party holds) over all ``T`` steps comes from Opacus' RDP accountant, as
the project's front door plans it. ``central``: one party holds all rows. ``fed``: the same
non-IID split as ``federated_banking77.py`` (5 sites, Dirichlet 0.5); each step every site adds
its own noise to its own clipped sum (ε per site: parallel composition over disjoint
customers), divides by its expected batch, and the server takes the row-weighted mean and one
AdamW step (FedSGD: no client drift, so any gap is the noise). Only the sites' validation rows
are scored. ``distributed``: distributed DP under secure aggregation
(``steward.federated.ddp``, DP-FedSGD) on the project's own head (``fk: head``: MiniLM's
pooler + classifier, per-sample clipping by ghost norms, from the label-name warm start):
each site adds ``N(0, (σC)²/m)`` to its clipped sum (σ for ε at δ = 1/N of all rows: the
centralised accountant), the server sums the shares (what SecAgg+ unmasks; not run here) and
steps AdamW with the centralised recipe's warm-up/linear schedule. Feature maps (``fk``):
``pool`` (MiniLM's pretrained pooler, frozen), ``rawc`` (the first-token state minus the mean
of the intent names' states, unit length, times ``s``),
``projK`` (``rawc`` through a fixed random orthogonal projection to K dimensions); ``init``:
``zero`` or ``names`` (zero-shot prototypes of the intent names, public).

    python benchmarks/federated_dp_noise.py '{"mode": "fed", "fk": "rawc", "s": 20, ...}'
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import federated_dp_tune as tune  # noqa: E402


@functools.cache
def sigma_for(epsilon: float, q: float, steps: int, delta: float) -> float:
    from opacus.accountants.utils import get_noise_multiplier

    return float(
        get_noise_multiplier(
            target_epsilon=epsilon, target_delta=delta, sample_rate=q, steps=steps, accountant="rdp"
        )
    )


def clipped_sum(
    w: np.ndarray, b: np.ndarray, x: np.ndarray, y: np.ndarray, clip: float, s: float
) -> tuple[np.ndarray, np.ndarray]:
    z = s * x @ w.T + b
    p = np.exp(z - z.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    p[np.arange(len(y)), y] -= 1
    norms = np.linalg.norm(p, axis=1) * np.sqrt(s**2 * (x**2).sum(1) + 1)
    g = p * np.minimum(1.0, clip / np.maximum(norms, 1e-12))[:, None]
    return s * g.T @ x, g.sum(0)


class AdamW:
    def __init__(self, params: list[np.ndarray], decay: float = 0.01) -> None:
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t, self.decay = 0, decay

    def step(self, params: list[np.ndarray], grads: list[np.ndarray], lr: float) -> None:
        self.t += 1
        for i, (p, g) in enumerate(zip(params, grads, strict=True)):
            p *= 1 - lr * self.decay
            self.m[i] = 0.9 * self.m[i] + 0.1 * g
            self.v[i] = 0.999 * self.v[i] + 0.001 * g * g
            m, v = self.m[i] / (1 - 0.9**self.t), self.v[i] / (1 - 0.999**self.t)
            p -= lr * m / (np.sqrt(v) + 1e-8)


class Features:
    def __init__(self, sites: list[dict[str, np.ndarray]], names: np.ndarray, pooler: Any):
        self.sites, self.names, self.pooler = sites, names, pooler
        self.projection = np.linalg.qr(np.random.default_rng(7).normal(size=(384, 384)))[0]

    def __call__(self, x: np.ndarray, kind: str) -> np.ndarray:
        import torch

        if kind == "pool":
            with torch.no_grad():
                return self.pooler(torch.from_numpy(x).unsqueeze(1)).numpy().astype(np.float64)
        f = x - self.names.mean(0)
        if kind.startswith("proj"):
            f = f @ self.projection[:, : int(kind[4:])]
        return (f / np.linalg.norm(f, axis=1, keepdims=True)).astype(np.float64)


def run_distributed(cfg: dict[str, Any], feats: Features, head: Any, start: Any) -> dict[str, Any]:
    """One distributed-DP federation in process: ``q``, ``T`` (rounds), ``lr``, ``C``, ``m``."""
    import torch

    from steward.federated.ddp import (
        ServerStep,
        epsilon,
        plan_distributed,
        share_epsilon,
        site_share,
    )

    torch.manual_seed(cfg.get("seed", 0))
    sites = [
        (torch.from_numpy(site["train_x"]).float(), torch.from_numpy(site["train_y"]))
        for site in feats.sites
    ]
    plan = plan_distributed(
        target_epsilon=cfg.get("epsilon", 8.0),
        noise_multiplier=None,
        sample_rate=cfg["q"],
        rounds=cfg["T"],
        max_grad_norm=cfg["C"],
        threshold=cfg.get("m", len(sites)),
        site_rows=[len(y) for _, y in sites],
    )
    server = ServerStep(start, cfg["lr"], cfg["T"], cfg.get("schedule", "linear"))
    rng = np.random.default_rng(cfg.get("seed", 0))
    head.load_state_dict(start)
    for _ in range(cfg["T"]):
        shares = [site_share(head, x, y, plan, rng) for x, y in sites]
        head.load_state_dict(server.step({k: sum(s[k] for s in shares) for k in shares[0]}))
    vx = torch.from_numpy(np.concatenate([site["validation_x"] for site in feats.sites])).float()
    vy = np.concatenate([site["validation_y"] for site in feats.sites])
    head.eval()
    with torch.no_grad():
        accuracy = float((head(vx).argmax(1).numpy() == vy).mean())
    return {
        **cfg,
        "validation_accuracy": round(accuracy, 4),
        "sigma": round(plan.noise_multiplier, 3),
        "epsilon": round(epsilon(plan, cfg["T"]), 3),
        "share_epsilon": round(share_epsilon(plan, cfg["T"]), 3),
    }


def run(cfg: dict[str, Any], feats: Features) -> dict[str, Any]:
    fk, s, clip, q, steps, lr = (
        cfg["fk"],
        cfg.get("s", 1.0),
        cfg["C"],
        cfg["q"],
        cfg["T"],
        cfg["lr"],
    )
    parts = [(feats(site["train_x"], fk), site["train_y"]) for site in feats.sites]
    if cfg["mode"] == "central":
        parts = [(np.concatenate([x for x, _ in parts]), np.concatenate([y for _, y in parts]))]
    vx = feats(np.concatenate([site["validation_x"] for site in feats.sites]), fk)
    vy = np.concatenate([site["validation_y"] for site in feats.sites])
    prototypes = feats(feats.names, fk)
    prototypes /= np.linalg.norm(prototypes, axis=1, keepdims=True)
    w = cfg.get("scale", 1.0) * prototypes if cfg["init"] == "names" else np.zeros_like(prototypes)
    b = np.zeros(len(prototypes))
    epsilon = cfg.get("epsilon", 8.0)
    sigmas = [sigma_for(epsilon, q, steps, 1.0 / len(y)) for _, y in parts]
    total = sum(len(y) for _, y in parts)
    rng, optimizer = np.random.default_rng(cfg.get("seed", 0)), AdamW([w, b])
    for _ in range(steps):
        gw, gb = np.zeros_like(w), np.zeros_like(b)
        for (x, y), sigma in zip(parts, sigmas, strict=True):
            batch = rng.random(len(y)) < q
            sw, sb = clipped_sum(w, b, x[batch], y[batch], clip, s)
            weight = 1 / (total * q)  # (rows/total) x (1 / expected batch)
            gw += weight * (sw + rng.normal(0, sigma * clip, w.shape))
            gb += weight * (sb + rng.normal(0, sigma * clip, b.shape))
        optimizer.step([w, b], [gw, gb], lr)
    accuracy = float(((s * vx @ w.T + b).argmax(1) == vy).mean())
    return {
        **cfg,
        "validation_accuracy": round(accuracy, 4),
        "sigma": [round(v, 3) for v in sigmas],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("configs", nargs="+", help="JSON: mode, fk, s, C, q, T, lr, init, scale")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "steward-bench")
    args = parser.parse_args()
    import torch

    from steward.config import TrainPolicy
    from steward.train.heads import first_token_states, label_name_text, split_head
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier, set_seed

    torch.set_num_threads(1)
    setup = argparse.Namespace(cache=args.cache, seed=13, sites=5, alpha=0.5, max_length=64)
    setup.dp_head_init, setup.dp_head_init_scale = "label_names", 5.0
    sites, starts, names = tune.sites_and_head(setup)
    set_seed(13)
    policy = TrainPolicy(max_length=64, extend_vocab=False, seed=13)
    classifier, _ = IntentClassifier.from_base(resolve_base_model("minilm"), list(names), policy)
    encoder, head = split_head(classifier.model)
    ids = classifier._encode([label_name_text(name) for name in names])
    name_states = first_token_states(encoder, [classifier._collate(ids)]).numpy()
    feats = Features(sites, name_states, head.pooler)
    for text in args.configs:
        started = time.perf_counter()
        cfg = json.loads(text)
        if cfg["mode"] == "distributed":
            out = run_distributed(cfg, feats, head, starts["label_names"])
        else:
            out = run(cfg, feats)
        print(json.dumps({**out, "seconds": round(time.perf_counter() - started, 1)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
