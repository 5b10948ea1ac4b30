"""Federated Banking77: centralised vs FedAvg vs SecAgg+ vs DP, on Flower's simulation engine.

Banking77's training rows are split non-IID over ``--sites`` sites (for each intent, its rows
are dealt out in Dirichlet(``--alpha``) proportions; the test rows the same way, so every site
also holds a test split), and the intent classifier's head (MiniLM's pooler + classifier over
the fixed encoder's first-token states, ``trainable: head``) is trained by:

- ``centralised``: all training rows pooled, AdamW for ``rounds × local_epochs`` epochs;
- ``centralised_dp``: the ``dp_head`` recipe of ``train_banking77.py`` (DP-SGD through the
  project's Opacus front door, ε = ``--dp-epsilon``, δ = 1/N, RDP, batch 1024, lr 2e-2, 50
  epochs) on the same features, rerun here as the reference for sample-level DP;
- ``fedavg``: Steward's Flower apps (``steward.federated.apps``), FedAvg weighted by rows;
- ``secaggplus``: the same through SecAgg+ (``steward.federated.secagg``);
- ``fedavg_dp``: FedAvg with DP-SGD at each site (sample-level DP, each site's own accountant,
  noise planned so each site ends at ε = ``--dp-epsilon`` over all its ``--dp-rounds`` ×
  ``--dp-local-epochs`` epochs; DP's own batch and lr); ``--dp-site-optimizer sgd`` with
  ``--dp-server-optimizer fedadam`` / ``fedyogi`` and ``--dp-server-lr`` puts Flower's adaptive
  server optimiser over the sites' mean (noisy) update (post-processing: no privacy cost);
- ``fedavg_ddp``: distributed DP under SecAgg+ (``steward.federated.ddp``, DP-FedSGD): each
  round every site Poisson-samples its rows at ``--ddp-sample-rate``, adds 1/m of the noise
  (m = ``--ddp-threshold``, SecAgg+'s reconstruction threshold) to its clipped gradient sum and
  sends it through SecAgg+; the server steps AdamW (``--ddp-lr``, warm-up + linear schedule) on
  the unmasked sum for ``--ddp-rounds`` rounds; one accountant, centralised DP-SGD's, at
  ε = ``--dp-epsilon``, δ = 1/N over all sites' rows, from the same start as ``centralised_dp``;
- ``client_dp``: client-level DP (Flower's server-side fixed clipping) over ``--client-sites``
  small sites, ``--client-fraction`` of them a round; its ε is over sites, not customers;
- ``centralised_full`` / ``fedavg_full``: full fine-tuning (``federated.trainable: all``) of the
  whole MiniLM classifier (encoder and head, from the same seeded start): pooled, one AdamW over
  ``--full-rounds × --full-local-epochs`` epochs, and FedAvg over the same sites, each site
  fine-tuning every weight for ``--full-local-epochs`` a round (the sites' recipe: AdamW at
  ``--full-lr``, batch ``--full-batch-size``, gradient norm clipped to 1, constant rate) and
  sending all its float32 parameters (~91 MB) each round; both scored on the test rows' texts;
- ``he_ckks``: FedAvg by homomorphic addition (``steward.federated.he``): each site encrypts
  its row-weighted head with CKKS (TenSEAL, ring degree ``--he-degree``, scale
  2^``--he-scale-bits``), the server adds ciphertexts under a public context, the sites decrypt
  the sum; the key pair is generated once per run for the sites (the key ceremony's seconds are
  reported apart) and the final model is released by one key-holder site.

The sites run Steward's real ClientApps and ServerApps under ``flwr.simulation`` on one local
Ray started once; what differs from ``steward federate`` is only where a site's features come
from (computed once here for all methods and cached, instead of each site encoding its
governed rows) and that the data stage is skipped (Banking77 has no personal data to govern).
Each method reports test accuracy and macro-F1 on the whole test set (the final head, applied
here), rounds, wall time, seconds per round, and the bytes of the Flower messages each round
(the protobuf-serialised content of every message, measured at each site: uploads are what the
sites send, downloads what they receive; SecAgg+'s key-sharing stages included), for training
and evaluation separately.

The first run encodes all 13,083 Banking77 rows once (12 minutes on 2 cores shared with other
work; cached under ``--cache``, every later run and subset reuses them). Default run (3,000
training rows, 1,000 test rows, 5 rounds, 100 sites for client-level DP; 4 minutes here at load
average ~15 on 2 cores, 11 minutes at full size):
    python benchmarks/federated_banking77.py --out /tmp/federated_banking77.json
Full size: ``--max-rows 0 --max-test 0`` (and ``--rounds 10`` to give FedAvg more rounds). JSON
to ``benchmarks/results/federated_banking77.json`` by default.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from train_banking77 import DATA, _machine, _read, _stratified  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "federated_banking77.json"
METHODS = (
    "centralised",
    "centralised_dp",
    "fedavg",
    "secaggplus",
    "fedavg_dp",
    "fedavg_ddp",
    "client_dp",
    "he_ckks",
    "centralised_full",
    "fedavg_full",
)
# The full fine-tuning methods read the rows' texts (the encoder is trained): not in the default
# run, whose other methods share one feature cache; ask for them with --methods.
DEFAULT_METHODS = METHODS[:-2]
RAY_HEAD = """
import logging, sys, ray
ray.init(num_cpus=int(sys.argv[2]), include_dashboard=False, object_store_memory=256 << 20,
         _node_ip_address="127.0.0.1", _temp_dir=sys.argv[1], logging_level=logging.WARNING)
print(ray.get_runtime_context().gcs_address, flush=True)
sys.stdin.read()
ray.shutdown()
"""


# -- data ------------------------------------------------------------------------------------
def dirichlet_split(
    labels: np.ndarray, sites: int, alpha: float, rng: np.random.Generator
) -> tuple[list[np.ndarray], np.ndarray]:
    """Row indexes per site: each label's rows dealt out in Dirichlet(alpha) proportions; the
    proportions (labels × sites) are returned so the test rows can follow them."""
    classes = int(labels.max()) + 1
    shares = rng.dirichlet([alpha] * sites, size=classes)
    out: list[list[int]] = [[] for _ in range(sites)]
    for label in range(classes):
        _deal(np.flatnonzero(labels == label), shares[label], rng, out)
    return [np.array(sorted(rows), dtype=int) for rows in out], shares


def _deal(
    rows: np.ndarray, shares: np.ndarray, rng: np.random.Generator, out: list[list[int]]
) -> None:
    rows = rows.copy()
    rng.shuffle(rows)
    cuts = (np.cumsum(shares)[:-1] * len(rows)).round().astype(int)
    for site, part in enumerate(np.split(rows, cuts)):
        out[site].extend(part.tolist())


def follow_split(
    labels: np.ndarray, shares: np.ndarray, rng: np.random.Generator
) -> list[np.ndarray]:
    out: list[list[int]] = [[] for _ in range(shares.shape[1])]
    for label in range(shares.shape[0]):
        _deal(np.flatnonzero(labels == label), shares[label], rng, out)
    return [np.array(sorted(rows), dtype=int) for rows in out]


def encode(
    texts: list[str], labels: list[str], args: argparse.Namespace
) -> tuple[np.ndarray, dict[str, Any], dict[str, Any]]:
    """MiniLM's first-token states for ``texts`` (cached under ``--cache`` by a hash of the
    model, max length and texts), the head every method starts from (seeded) and the head the
    DP methods start from (``--dp-head-init``: the same, or its label-name warm start)."""
    import torch

    from steward.config import TrainPolicy
    from steward.federated.apps import head_state
    from steward.federated.pipeline import warm_start
    from steward.train.heads import first_token_states, split_head
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier, set_seed

    base = resolve_base_model("minilm")
    policy = TrainPolicy(max_length=args.max_length, extend_vocab=False, seed=args.seed)
    set_seed(args.seed)
    classifier, _ = IntentClassifier.from_base(base, sorted(set(labels)), policy)
    encoder, head = split_head(classifier.model)
    initial = head_state(head)
    dp_initial = initial
    if getattr(args, "dp_head_init", "random") == "label_names":
        warm_start(classifier, encoder, head, tuple(sorted(set(labels))), args.dp_head_init_scale)
        dp_initial = head_state(head)
    key = hashlib.sha256(
        json.dumps([str(base.resolve()), args.max_length, texts]).encode("utf-8")
    ).hexdigest()[:24]
    path = args.cache / f"banking77-minilm-{key}.npy"
    if path.is_file():
        print(f"features: cached {path}", flush=True)
        return np.load(path), initial, dp_initial
    started = time.perf_counter()
    ids = classifier._encode(texts)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    batches = (
        classifier._collate([ids[i] for i in order[start : start + 128]])
        for start in range(0, len(order), 128)
    )
    states = first_token_states(encoder, batches).numpy()
    features = np.empty_like(states)
    features[np.array(order)] = states
    args.cache.mkdir(parents=True, exist_ok=True)
    np.save(path, features)
    print(f"features: {len(texts)} rows in {time.perf_counter() - started:.0f}s -> {path}")
    del torch
    return features, initial, dp_initial


# -- evaluation --------------------------------------------------------------------------------
def test_scores(
    head_state_: dict[str, Any], features: np.ndarray, targets: np.ndarray, template: Any
) -> dict[str, float]:
    import torch
    from sklearn.metrics import accuracy_score, f1_score

    template.load_state_dict(head_state_)
    template.eval()
    with torch.inference_mode():
        predicted = template(torch.from_numpy(features)).argmax(dim=1).numpy()
    return {
        "accuracy": round(float(accuracy_score(targets, predicted)), 4),
        "macro_f1": round(float(f1_score(targets, predicted, average="macro")), 4),
    }


# -- centralised -------------------------------------------------------------------------------
def centralised(
    head: Any, x: np.ndarray, y: np.ndarray, args: argparse.Namespace, *, private: bool
) -> dict[str, Any]:
    import torch
    from torch.utils.data import DataLoader, TensorDataset
    from transformers import get_linear_schedule_with_warmup

    from steward.config import PrivacyTraining
    from steward.train.privacy import make_private

    torch.manual_seed(args.seed)
    features, targets = torch.from_numpy(x), torch.from_numpy(y)
    started = time.perf_counter()
    head.train()
    if not private:
        epochs = args.rounds * args.local_epochs
        optimizer = torch.optim.AdamW(head.parameters(), lr=args.lr, weight_decay=0.01)
        for _ in range(epochs):
            order = torch.randperm(len(targets))
            for start in range(0, len(order), args.batch_size):
                index = order[start : start + args.batch_size]
                loss = torch.nn.functional.cross_entropy(head(features[index]), targets[index])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
        return {"epochs": epochs, "train_wall_seconds": round(time.perf_counter() - started, 2)}
    # train_banking77.py's dp_head: batch 1024 (at most a quarter of the rows), lr 2e-2,
    # 50 epochs, AdamW, linear schedule with 6% warm-up, ε at δ = 1/N, RDP
    epochs, batch = args.head_epochs, min(1024, max(1, len(targets) // 4))
    optimizer = torch.optim.AdamW(head.parameters(), lr=2e-2, weight_decay=0.01)
    loader: DataLoader[Any] = DataLoader(TensorDataset(features, targets), batch_size=batch)
    settings = PrivacyTraining(
        enabled=True,
        target_epsilon=args.dp_epsilon,
        max_grad_norm=1.0,
        accountant="rdp",
        trainable="head",
    )
    session = make_private(head, optimizer, loader, settings, epochs=epochs)
    total = len(session.loader) * epochs
    schedule = get_linear_schedule_with_warmup(session.optimizer, int(0.06 * total), total)
    try:
        for _ in range(epochs):
            for batch_x, batch_y in session.loader:
                if len(batch_y) == 0:
                    session.noise_only_step()
                else:
                    with warnings.catch_warnings():  # ghost clipping's harmless hook notice
                        warnings.filterwarnings("ignore", message="Full backward hook is firing")
                        session.loss_fn(head(batch_x), batch_y).backward()
                    session.optimizer.step()
                schedule.step()
                session.optimizer.zero_grad(set_to_none=True)
        report = session.report().to_dict()
    finally:
        session.close()
    return {
        "epochs": epochs,
        "batch_size": batch,
        "head_init": args.dp_head_init,
        "train_wall_seconds": round(time.perf_counter() - started, 2),
        "epsilon": round(float(report["epsilon_spent"]), 4),
        "delta": report.get("delta"),
        "noise_multiplier": report.get("noise_multiplier"),
    }


# -- federated ---------------------------------------------------------------------------------
@contextmanager
def local_ray(cpus: int) -> Iterator[None]:
    """One Ray for every federation of the run (Flower joins it through RAY_ADDRESS rather
    than starting and stopping its own each time), stopped at the end."""
    join = {
        "RAY_AUTH_MODE": "token",
        "RAY_AUTH_TOKEN": secrets.token_hex(32),
        "RAY_USAGE_STATS_ENABLED": "0",
    }
    temp_dir = tempfile.mkdtemp(prefix="steward-ray-")
    environ = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    head = subprocess.Popen(
        [sys.executable, "-c", RAY_HEAD, temp_dir, str(cpus)],
        env={**environ, **join},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert head.stdin is not None and head.stdout is not None
    saved = dict(os.environ)
    try:
        address = head.stdout.readline().strip()
        if not address:
            raise RuntimeError(f"Ray did not start (exit status {head.wait()})")
        os.environ.update({**join, "RAY_ADDRESS": address})
        os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
        head.stdin.close()
        with suppress(subprocess.TimeoutExpired):
            head.wait(timeout=60)
        with suppress(ProcessLookupError):
            os.killpg(head.pid, signal.SIGKILL)
        head.wait()
        shutil.rmtree(temp_dir, ignore_errors=True)


def measured_client_app(
    inner: Any, plan: Any, base_model: Path, log: Path, *, cached: bool = True
) -> Any:
    """The site's ClientApp as Steward builds it, wrapped to (1) give the site its features
    from the benchmark's cache instead of encoding its rows and (2) record the serialised size
    of every message the site receives and sends (after all of the app's mods, SecAgg+'s
    included: what would go on the wire)."""
    from flwr.clientapp import ClientApp

    class Measured(ClientApp):
        def __call__(self, message: Any, context: Any) -> Any:
            from flwr.common.serde import recorddict_to_proto

            index = int(context.node_config["partition-id"])
            if cached:  # trainable: all reads the site's texts: no cached features
                install_cached_site(plan, index, base_model)
            reply = inner(message, context)
            row = {
                "type": str(message.metadata.message_type),
                "group": str(message.metadata.group_id),
                "site": index,
                "down": recorddict_to_proto(message.content).ByteSize(),
                "up": recorddict_to_proto(reply.content).ByteSize() if reply.has_content() else 0,
            }
            with log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row) + "\n")
            return reply

    return Measured()


def install_cached_site(plan: Any, index: int, base_model: Path) -> None:
    """Put the site's model (its cached features and a head of the right shape) where
    ``steward.federated.apps.site_model`` looks for it in this worker."""
    import torch
    from torch import nn
    from transformers import AutoConfig
    from transformers.models.bert.modeling_bert import BertPooler

    from steward.federated import apps
    from steward.train.heads import FirstTokenHead

    key = (plan.token, index)
    if key in apps._SITES:
        return
    site = apps.SiteModel.__new__(apps.SiteModel)
    site.plan, site.site_index, site.site = plan, index, plan.sites[index]
    site.groups = {}
    config = AutoConfig.from_pretrained(base_model)
    site.head = FirstTokenHead(
        BertPooler(config),
        nn.Dropout(config.hidden_dropout_prob),
        nn.Linear(config.hidden_size, len(plan.labels)),
    )
    stored = np.load(site.site.governed)
    site.features = {s: torch.from_numpy(stored[f"{s}_x"]) for s in ("train", "validation", "test")}
    site.targets = {s: torch.from_numpy(stored[f"{s}_y"]) for s in ("train", "validation", "test")}
    apps._SITES[key] = site


def federate(
    name: str,
    site_rows: list[dict[str, np.ndarray]],
    initial: dict[str, Any],
    labels: tuple[str, ...],
    args: argparse.Namespace,
    work: Path,
    *,
    aggregation: str = "fedavg",
    rounds: int,
    sample_dp: bool = False,
    client_dp: Any = None,
    distributed: bool = False,
    texts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One federation; ``texts`` (fedavg_full): full fine-tuning, each site given its rows'
    texts (``texts[split][i]`` for the rows' indexes) as a governed data set."""
    from flwr.simulation import run_simulation

    from steward.config import PrivacyTraining
    from steward.federated.apps import (
        FederationPlan,
        RoundRecord,
        SitePartition,
        build_client_app,
        build_server_app,
    )
    from steward.train.model_source import resolve_base_model
    from steward.train.privacy import plan_privacy

    folder = work / name
    folder.mkdir(parents=True)
    partitions = []
    for index, rows in enumerate(site_rows):
        if texts is not None:
            path = folder / f"site-{index:03d}.jsonl"
            write_governed(path, rows, texts, labels)
        else:
            path = folder / f"site-{index:03d}.npz"
            np.savez(path, **rows)  # type: ignore[arg-type]  # numpy stubs: savez(**arrays)
        partitions.append(SitePartition(f"site-{index:03d}", path))
    base = resolve_base_model("minilm")
    plan = FederationPlan(
        token=f"bench-{name}",
        base_model=base,
        labels=labels,
        sites=tuple(partitions),
        rounds=rounds,
        local_epochs=args.local_epochs,
        max_length=args.max_length,
        batch_size=args.batch_size,
        learning_rate=args.lr,
        weight_decay=0.01,
        seed=args.seed,
        client_dp=client_dp,
    )
    if texts is not None:
        plan = FederationPlan(
            **{
                **plan.__dict__,
                "trainable": "all",
                "batch_size": args.full_batch_size,
                "learning_rate": args.full_lr,
                "local_epochs": args.full_local_epochs,
            }
        )
    dp: dict[str, Any] = {}
    if aggregation == "he_ckks":
        plan, dp["he_ckks"] = he_plan(plan, site_rows, initial, folder, args)
    if sample_dp:  # DP-SGD wants larger batches (less noise per row): its own batch and lr
        plan = FederationPlan(
            **{
                **plan.__dict__,
                "batch_size": args.dp_batch_size,
                "learning_rate": args.dp_lr,
                "local_epochs": args.dp_local_epochs,
                "lr_schedule": args.dp_schedule,
                "keep_optimizer_state": args.dp_keep_state,
                "site_optimizer": args.dp_site_optimizer,
                "server_optimizer": args.dp_server_optimizer,
                "server_learning_rate": args.dp_server_lr,
                "server_tau": args.dp_server_tau,
            }
        )
        settings = PrivacyTraining(
            enabled=True,
            target_epsilon=args.dp_epsilon,
            max_grad_norm=1.0,
            accountant="rdp",
            trainable="head",
        )
        planned = [
            plan_privacy(
                settings,
                rows=len(rows["train_y"]),
                batch_size=args.dp_batch_size,
                epochs=rounds * args.dp_local_epochs,
            )
            for rows in site_rows
        ]
        plan = FederationPlan(
            **{
                **plan.__dict__,
                "sample_dp": settings,
                "site_noise": tuple(p.noise_multiplier for p in planned),
                "site_delta": tuple(p.delta for p in planned),
            }
        )
    threshold = max(2, math.ceil(len(site_rows) * 2 / 3))
    if distributed:
        from steward.federated.ddp import plan_distributed, secagg_ranges

        # Flower's SecAgg+ needs threshold < shares: at most all sites but one
        threshold = args.ddp_threshold or len(site_rows) - 1
        ddp = plan_distributed(
            target_epsilon=args.dp_epsilon,
            noise_multiplier=None,
            sample_rate=args.ddp_sample_rate,
            rounds=rounds,
            max_grad_norm=args.ddp_clip,
            threshold=threshold,
            site_rows=[len(rows["train_y"]) for rows in site_rows],
        )
        plan = FederationPlan(
            **{
                **plan.__dict__,
                "local_epochs": 1,
                "learning_rate": args.ddp_lr,
                "lr_schedule": "linear",
                "distributed_dp": ddp,
            }
        )
        dp["distributed"] = {
            "sample_rate": ddp.sample_rate,
            "noise_multiplier": round(ddp.noise_multiplier, 5),
            "max_grad_norm": ddp.max_grad_norm,
            "threshold": ddp.threshold,
            "total_rows": ddp.total_rows,
            "delta": ddp.delta,
            "learning_rate": args.ddp_lr,
            "head_init": args.dp_head_init,
            "accountant": "rdp (Opacus), one for the federation: centralised DP-SGD's at "
            "(q, sigma, rounds), delta = 1/N over all sites' rows; against the server while "
            "SecAgg+ holds and fewer than the threshold collude",
            **{k: v for k, v in secagg_ranges(ddp).items() if k != "quantization_range"},
        }
    records: list[RoundRecord] = []
    stamps: list[float] = []

    def on_round(record: RoundRecord) -> None:
        records.append(record)
        stamps.append(time.perf_counter())
        print(
            f"  [{name}] round {record.round}: {len(record.sites)} sites, loss "
            f"{record.train_loss:.4f}, validation {record.validation_accuracy}",
            flush=True,
        )

    outcome: dict[str, Any] = {}
    log = folder / "messages.jsonl"
    if aggregation == "secaggplus":
        from steward.federated.secagg import build_secagg_client_app, build_secagg_server_app

        server = build_secagg_server_app(
            plan,
            initial,
            on_round,
            outcome,
            num_shares=len(site_rows),
            reconstruction_threshold=threshold,
        )
        client = build_secagg_client_app(plan)
        dp["secaggplus"] = {"num_shares": len(site_rows), "reconstruction_threshold": threshold}
    elif aggregation == "he_ckks":
        from steward.federated.he import build_he_client_app, build_he_server_app

        server = build_he_server_app(plan, initial, on_round, outcome)
        client = build_he_client_app(plan)
    else:
        server, client = build_server_app(plan, initial, on_round, outcome), build_client_app(plan)
    flower_log = logging.getLogger("flwr")
    previous = flower_log.level
    flower_log.setLevel(logging.WARNING)  # the rounds are printed above
    started = time.perf_counter()
    try:
        run_simulation(
            server_app=server,
            client_app=measured_client_app(client, plan, base, log, cached=texts is None),
            num_supernodes=len(site_rows),
            backend_config={"client_resources": {"num_cpus": 1, "num_gpus": 0.0}},
        )
    finally:
        flower_log.setLevel(previous)
    wall = time.perf_counter() - started
    if "error" in outcome:
        raise RuntimeError(f"{name}: {outcome['error']!r}") from outcome["error"]
    messages = [json.loads(line) for line in log.read_text().splitlines()]
    train = [m for m in messages if m["type"].startswith("train")]
    evaluate = [m for m in messages if m["type"].startswith("evaluate")]
    release = [m for m in messages if m["type"].startswith("query")]  # he_ckks: once, at the end
    steady = np.diff(stamps)  # round 1 also pays the workers' start
    out: dict[str, Any] = {
        "sites": len(site_rows),
        "rounds": len(records),
        "local_epochs": plan.local_epochs,
        "wall_seconds": round(wall, 2),
        "seconds_per_round": round(float(np.median(steady)), 3) if len(steady) else None,
        "first_round_seconds": round(stamps[0] - started, 2) if stamps else None,
        "bytes_per_round": {
            "train_up": sum(m["up"] for m in train) // max(len(records), 1),
            "train_down": sum(m["down"] for m in train) // max(len(records), 1),
            "train_messages": len(train) // max(len(records), 1),
            "evaluate_up": sum(m["up"] for m in evaluate) // max(len(records), 1),
            "evaluate_down": sum(m["down"] for m in evaluate) // max(len(records), 1),
        },
        "parameter_bytes_received_by_strategy": records[-1].update_bytes if records else 0,
        **(
            {
                "release_bytes": {
                    "up": sum(m["up"] for m in release),
                    "down": sum(m["down"] for m in release),
                }
            }
            if release
            else {}
        ),
        "distinct_updates_per_round": [r.distinct_updates for r in records],
        **(
            {"encrypted_updates_per_round": [r.encrypted_updates for r in records]}
            if aggregation == "he_ckks"
            else {}
        ),
        "validation_accuracy": [r.validation_accuracy for r in records],
        "final_head": outcome["final_head"],
        **dp,
    }
    if sample_dp:
        spent = records[-1].epsilon_by_site or {}
        out["sample_level"] = {
            "target_epsilon": args.dp_epsilon,
            "batch_size": args.dp_batch_size,
            "learning_rate": args.dp_lr,
            "local_epochs": args.dp_local_epochs,
            "lr_schedule": args.dp_schedule,
            "keep_optimizer_state": args.dp_keep_state,
            "site_optimizer": args.dp_site_optimizer,
            "server_optimizer": args.dp_server_optimizer,
            "server_learning_rate": args.dp_server_lr,
            "server_tau": args.dp_server_tau,
            "head_init": args.dp_head_init,
            "accountant": "rdp (Opacus), one per site; a customer is at one site, so a site's "
            "ε is its customers' (parallel composition)",
            "epsilon_by_site": spent,
            "epsilon": max(spent.values()) if spent else None,
            "delta_by_site": dict(zip([p.name for p in partitions], plan.site_delta, strict=True)),
            "noise_by_site": [round(n, 4) for n in plan.site_noise],
        }
    if distributed:
        out["distributed"]["epsilon"] = records[-1].distributed_epsilon if records else None
        out["distributed"]["share_epsilon"] = records[-1].share_epsilon if records else None
        out["epsilon"] = out["distributed"]["epsilon"]
    if client_dp is not None:
        out["client_level"] = {
            "epsilon": records[-1].client_epsilon if records else None,
            "delta": client_dp.delta,
            "noise_multiplier": client_dp.noise_multiplier,
            "clipping_norm": client_dp.clipping_norm,
            "sites_per_round": client_dp.sampled,
            "accountant": "RDP (Opacus), sampled Gaussian mechanism over sites",
        }
    return out


def he_plan(
    plan: Any,
    site_rows: list[dict[str, np.ndarray]],
    initial: dict[str, Any],
    folder: Path,
    args: argparse.Namespace,
) -> tuple[Any, dict[str, Any]]:
    """The key holder's ceremony for ``he_ckks`` (as ``steward federate`` runs it): a fresh CKKS
    key pair, the secret context written to each site's own key folder, the public context in
    the plan; returns the plan and what to report of it (no key material)."""
    from dataclasses import replace

    from steward.federated.he import HEPlan, describe, distribute_secret, generate_keys

    started = time.perf_counter()
    secret, public = generate_keys(args.he_degree, args.he_scale_bits)
    paths = distribute_secret(secret, [folder / "keys" / site.name for site in plan.sites])
    key_seconds = time.perf_counter() - started
    he = HEPlan(
        public_context=public,
        weight_unit=float(sum(len(rows["train_y"]) for rows in site_rows)),
        poly_modulus_degree=args.he_degree,
        scale_bits=args.he_scale_bits,
        key_holder=0,
    )
    sites = tuple(replace(s, he_secret=k) for s, k in zip(plan.sites, paths, strict=True))
    parameters = sum(int(value.numel()) for value in initial.values())
    # One aggregation's CKKS error at full size: each site's share of a head (the initial one,
    # perturbed per site) encrypted, added under the public context and decrypted, against the
    # plaintext row-weighted mean.
    import tenseal as ts

    from steward.federated.he import add_encrypted, decrypt, encrypt, flatten, public_context

    site_context = ts.context_from(secret)
    rng = np.random.default_rng(args.seed)
    base = flatten(initial)
    heads = [base + rng.normal(0, 0.02, base.shape) for _ in site_rows]
    rows = np.array([len(r["train_y"]) for r in site_rows], dtype=float)
    uploads = [
        encrypt(site_context, h * n / he.weight_unit, he) for h, n in zip(heads, rows, strict=True)
    ]
    summed = decrypt(site_context, add_encrypted(public_context(he), uploads))[: base.size]
    mean = summed * he.weight_unit / rows.sum()
    one_round_error = float(np.abs(mean - np.average(heads, axis=0, weights=rows)).max())
    report = {
        **{k: v for k, v in describe(he).items() if k != "public_context_sha256"},
        "key_generation_seconds": round(key_seconds, 3),
        "public_context_bytes": len(public),
        "head_parameters": parameters,
        "ciphertexts_per_update": -(-parameters // he.slots),
        "one_aggregation_max_abs_error": one_round_error,
    }
    return replace(plan, sites=sites, he=he), report


def write_governed(
    path: Path, rows: dict[str, np.ndarray], texts: dict[str, Any], labels: tuple[str, ...]
) -> None:
    """A site's rows as the governed data set a ClientApp reads (text, label, split)."""
    with path.open("w", encoding="utf-8") as handle:
        for split in ("train", "validation", "test"):
            source = texts["test" if split == "test" else "train"]
            for i, target in zip(rows[f"{split}_i"], rows[f"{split}_y"], strict=True):
                row = {"text": source[int(i)], "label": labels[int(target)], "split": split}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def full_state(start: dict[str, Any]) -> dict[str, Any]:
    return {k: v.clone() for k, v in start.items()}


def full_initial(labels: tuple[str, ...], args: argparse.Namespace) -> dict[str, Any]:
    """The whole classifier every full fine-tuning method starts from (seeded as the heads)."""
    from steward.config import TrainPolicy
    from steward.federated.apps import parameter_state
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier, set_seed

    set_seed(args.seed)
    policy = TrainPolicy(max_length=args.max_length, extend_vocab=False, seed=args.seed)
    classifier, _ = IntentClassifier.from_base(resolve_base_model("minilm"), list(labels), policy)
    return full_state(parameter_state(classifier.model))


def centralised_full(
    sites: list[dict[str, np.ndarray]],
    texts: dict[str, Any],
    initial: dict[str, Any],
    labels: tuple[str, ...],
    args: argparse.Namespace,
    work: Path,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """All sites' training rows pooled, the sites' recipe (FullSiteModel's training loop) for
    ``--full-rounds × --full-local-epochs`` epochs with one optimiser."""
    from steward.federated.apps import FederationPlan, FullSiteModel, SitePartition
    from steward.train.model_source import resolve_base_model

    pooled = {
        key: np.concatenate([site[key] for site in sites])
        for key in ("train_i", "train_y", "validation_i", "validation_y")
    }
    pooled["test_i"] = pooled["test_y"] = np.zeros(0, dtype=int)
    path = work / "centralised_full.jsonl"
    write_governed(path, pooled, texts, labels)
    epochs = args.full_rounds * args.full_local_epochs
    plan = FederationPlan(
        token="bench-centralised-full",
        base_model=resolve_base_model("minilm"),
        labels=labels,
        sites=(SitePartition("pooled", path),),
        rounds=1,
        local_epochs=epochs,
        max_length=args.max_length,
        batch_size=args.full_batch_size,
        learning_rate=args.full_lr,
        weight_decay=0.01,
        seed=args.seed,
        trainable="all",
    )
    started = time.perf_counter()
    site = FullSiteModel(plan, 0)
    site.set_state(initial)
    loss = site.train(1)
    final = full_state(site.state())
    return {
        "epochs": epochs,
        "train_rows": len(pooled["train_y"]),
        "final_train_loss": round(loss, 4),
        "train_wall_seconds": round(time.perf_counter() - started, 2),
    }, final


def full_test_scores(
    state: dict[str, Any],
    test_texts: list[str],
    ty: np.ndarray,
    labels: tuple[str, ...],
    max_length: int,
) -> dict[str, float]:
    """A fully fine-tuned model's test scores, on the test rows' texts."""
    from sklearn.metrics import accuracy_score, f1_score

    from steward.config import TrainPolicy
    from steward.federated.apps import load_parameter_state
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier

    policy = TrainPolicy(max_length=max_length, extend_vocab=False)
    classifier, _ = IntentClassifier.from_base(resolve_base_model("minilm"), list(labels), policy)
    load_parameter_state(classifier.model, state)
    classifier.model.eval()
    predicted = classifier.logits(test_texts).argmax(axis=1)
    return {
        "accuracy": round(float(accuracy_score(ty, predicted)), 4),
        "macro_f1": round(float(f1_score(ty, predicted, average="macro")), 4),
    }


def site_arrays(
    train: list[np.ndarray],
    val_share: float,
    test: list[np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
    tx: np.ndarray,
    ty: np.ndarray,
    rng: np.random.Generator,
) -> list[dict[str, np.ndarray]]:
    """Each site's own train/validation/test arrays (validation: a share of its own rows)."""
    out = []
    for rows, tests in zip(train, test, strict=True):
        rows = rows.copy()
        rng.shuffle(rows)
        n_val = round(val_share * len(rows)) if len(rows) > 4 else 0
        val, fit = rows[:n_val], rows[n_val:]
        out.append(
            {
                # the rows' indexes in the training and test texts (full fine-tuning reads them)
                "train_i": fit,
                "validation_i": val,
                "test_i": tests,
                "train_x": x[fit],
                "train_y": y[fit],
                "validation_x": x[val],
                "validation_y": y[val],
                "test_x": tx[tests],
                "test_y": ty[tests],
            }
        )
    return out


def main() -> int:
    from steward.config import SiteDP

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--methods",
        default=",".join(DEFAULT_METHODS),
        help=f"comma-separated (default: all but the full fine-tuning ones; all: {METHODS})",
    )
    parser.add_argument("--max-rows", type=int, default=3000, help="training rows (0: all)")
    parser.add_argument("--max-test", type=int, default=1000, help="test rows (0: all)")
    parser.add_argument("--sites", type=int, default=5)
    parser.add_argument("--alpha", type=float, default=0.5, help="Dirichlet concentration")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--local-epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=5e-3)
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--dp-epsilon", type=float, default=8.0)
    # fedavg_dp's recipe: federated.privacy.sample_level's defaults
    dp_site = SiteDP()
    parser.add_argument("--dp-batch-size", type=int, default=dp_site.batch_size)
    parser.add_argument("--dp-lr", type=float, default=dp_site.learning_rate)
    parser.add_argument(
        "--dp-schedule", choices=("constant", "linear"), default=dp_site.lr_schedule
    )
    parser.add_argument(
        "--dp-keep-state",
        action=argparse.BooleanOptionalAction,
        default=dp_site.keep_optimizer_state,
        help="sites keep AdamW's state across rounds",
    )
    parser.add_argument(
        "--dp-local-epochs",
        type=int,
        default=10,
        help="fedavg_dp epochs per round (rounds x this = the centralised DP recipe's 50 epochs)",
    )
    parser.add_argument("--dp-rounds", type=int, default=0, help="fedavg_dp's rounds (0: --rounds)")
    parser.add_argument(
        "--dp-site-optimizer",
        choices=("adamw", "sgd"),
        default=dp_site.optimizer,
        help="fedavg_dp: the sites' optimiser",
    )
    parser.add_argument(
        "--dp-server-optimizer",
        choices=("fedavg", "fedadam", "fedyogi"),
        default="fedavg",
        help="fedavg_dp: the server's optimiser over the sites' mean update",
    )
    parser.add_argument(
        "--dp-server-lr", type=float, default=1.0, help="fedavg_dp: the server's step"
    )
    parser.add_argument("--dp-server-tau", type=float, default=1e-3)
    parser.add_argument("--head-epochs", type=int, default=50, help="centralised_dp epochs")
    # fedavg_ddp's recipe (benchmarks/federated_dp_noise.py mode distributed, validation rows)
    parser.add_argument("--ddp-sample-rate", type=float, default=0.5)
    parser.add_argument("--ddp-rounds", type=int, default=100)
    parser.add_argument("--ddp-lr", type=float, default=0.05)
    parser.add_argument("--ddp-clip", type=float, default=1.0)
    parser.add_argument(
        "--ddp-threshold", type=int, default=0, help="m: SecAgg+'s threshold (0: sites - 1)"
    )
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep the other methods' entries already in --out (a rerun of some methods)",
    )
    parser.add_argument(
        "--dp-head-init",
        choices=("random", "label_names"),
        default="random",
        help="the head centralised_dp and fedavg_dp both start from (federated.head_init)",
    )
    parser.add_argument("--dp-head-init-scale", type=float, default=5.0)
    parser.add_argument("--client-sites", type=int, default=100)
    parser.add_argument("--client-rounds", type=int, default=10)
    parser.add_argument("--client-fraction", type=float, default=0.5)
    parser.add_argument("--client-noise", type=float, default=1.0)
    parser.add_argument("--client-clip", type=float, default=1.0)
    # centralised_full / fedavg_full (trainable: all): the centralised trainer's defaults for
    # full fine-tuning (train.learning_rate 1e-4, batch 32), fewer rounds (CPU-bound)
    parser.add_argument("--full-rounds", type=int, default=2)
    parser.add_argument("--full-local-epochs", type=int, default=1)
    parser.add_argument("--full-lr", type=float, default=1e-4)
    parser.add_argument("--full-batch-size", type=int, default=32)
    parser.add_argument("--he-degree", type=int, default=8192, choices=(8192, 16384))
    parser.add_argument("--he-scale-bits", type=int, default=40)
    parser.add_argument("--cpus", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument(
        "--threads", type=int, default=1, help="torch threads here (the head's matrices are small)"
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "steward-bench")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if not (DATA / "train.csv").is_file():
        print(f"skipped: {DATA} is absent")
        return 0
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = sorted(set(methods) - set(METHODS))
    if unknown:
        parser.error(f"unknown methods {unknown}; choose from {', '.join(METHODS)}")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import torch

    torch.set_num_threads(args.threads)
    # a kill runs the clean-up below (Ray stopped, temp files removed) like Ctrl-C does
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    started = time.perf_counter()
    load_before = os.getloadavg()
    # Every row of train.csv and test.csv is encoded once (and cached): any subset reuses it.
    all_train, all_test = _read(DATA / "train.csv"), _read(DATA / "test.csv")
    features, initial, dp_initial = encode(all_train[0] + all_test[0], all_train[1], args)
    row_of = {text: i for i, text in enumerate(all_train[0] + all_test[0])}
    texts, labels = _stratified(*all_train, args.max_rows or None, args.seed)
    test_texts, test_labels = _stratified(*all_test, args.max_test or None, args.seed)
    names = tuple(sorted(set(all_train[1])))
    index = {label: i for i, label in enumerate(names)}
    keep = [i for i, label in enumerate(test_labels) if label in index]
    test_texts, test_labels = [test_texts[i] for i in keep], [test_labels[i] for i in keep]
    x = features[[row_of[text] for text in texts]]
    tx = features[[row_of[text] for text in test_texts]]
    y = np.array([index[label] for label in labels], dtype=np.int64)
    ty = np.array([index[label] for label in test_labels], dtype=np.int64)
    print(
        f"Banking77: {len(texts)} train / {len(test_texts)} test rows, {len(names)} intents; "
        f"{args.sites} sites, Dirichlet alpha {args.alpha}",
        flush=True,
    )

    from steward.train.heads import FirstTokenHead

    rng = np.random.default_rng(args.seed)
    train_split, shares = dirichlet_split(y, args.sites, args.alpha, rng)
    test_split = follow_split(ty, shares, rng)
    sites = site_arrays(train_split, 0.1, test_split, x, y, tx, ty, rng)
    pooled_x = np.concatenate([s["train_x"] for s in sites])
    pooled_y = np.concatenate([s["train_y"] for s in sites])

    def fresh_head(start: dict[str, Any] | None = None) -> FirstTokenHead:
        import copy

        from torch import nn
        from transformers import AutoConfig
        from transformers.models.bert.modeling_bert import BertPooler

        from steward.train.model_source import resolve_base_model

        config = AutoConfig.from_pretrained(resolve_base_model("minilm"))
        head = FirstTokenHead(
            BertPooler(config),
            nn.Dropout(config.hidden_dropout_prob),
            nn.Linear(config.hidden_size, len(names)),
        )
        head.load_state_dict(copy.deepcopy(initial if start is None else start))
        return head

    results: dict[str, Any] = {}
    finals: dict[str, dict[str, Any]] = {}
    work = Path(tempfile.mkdtemp(prefix="steward-fedbench-"))
    row_texts = {"train": texts, "test": test_texts}
    full_start: dict[str, Any] = {}  # the whole classifier's seeded start, made on first use

    def full_start_state() -> dict[str, Any]:
        if not full_start:
            full_start.update(full_initial(names, args))
        return full_state(full_start)

    def fedavg_full() -> dict[str, Any]:
        return federate(
            "fedavg_full",
            sites,
            full_start_state(),
            names,
            args,
            work,
            rounds=args.full_rounds,
            texts=row_texts,
        )

    federated: dict[str, Callable[[], dict[str, Any]]] = {
        "fedavg": lambda: federate("fedavg", sites, initial, names, args, work, rounds=args.rounds),
        "secaggplus": lambda: federate(
            "secaggplus",
            sites,
            initial,
            names,
            args,
            work,
            aggregation="secaggplus",
            rounds=args.rounds,
        ),
        "fedavg_dp": lambda: federate(
            "fedavg_dp",
            sites,
            dp_initial,
            names,
            args,
            work,
            rounds=args.dp_rounds or args.rounds,
            sample_dp=True,
        ),
        "fedavg_ddp": lambda: federate(
            "fedavg_ddp",
            sites,
            dp_initial,
            names,
            args,
            work,
            aggregation="secaggplus",
            rounds=args.ddp_rounds,
            distributed=True,
        ),
        "client_dp": lambda: client_level(x, y, tx, ty, initial, names, args, work),
        "he_ckks": lambda: federate(
            "he_ckks", sites, initial, names, args, work, aggregation="he_ckks", rounds=args.rounds
        ),
    }
    try:
        with local_ray(args.cpus):
            for method in methods:
                print(f"== {method}", flush=True)
                if method in ("centralised", "centralised_dp"):
                    private = method == "centralised_dp"
                    head = fresh_head(dp_initial if private else initial)
                    out = centralised(head, pooled_x, pooled_y, args, private=private)
                    final = {k: v.detach().clone() for k, v in head.state_dict().items()}
                elif method == "centralised_full":
                    out, final = centralised_full(
                        sites, row_texts, full_start_state(), names, args, work
                    )
                elif method == "fedavg_full":
                    out = fedavg_full()
                    final = out.pop("final_head")
                else:
                    out = federated[method]()
                    final = out.pop("final_head")
                if method.endswith("_full"):  # the whole model, on the test rows' texts
                    scored = full_test_scores(final, test_texts, ty, names, args.max_length)
                    out.update(scored, trainable="all")
                else:
                    out.update(test_scores(final, tx, ty, fresh_head()))
                results[method] = out
                finals[method] = final
                print(
                    f"  [{method}] test accuracy {out['accuracy']}, macro-F1 {out['macro_f1']}",
                    flush=True,
                )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # How far the secure aggregations' final heads are from plain FedAvg's after all rounds
    # (their per-round error, compounded by the rounds of training that follow it)
    for method in ("secaggplus", "he_ckks"):
        if method in finals and "fedavg" in finals:
            results[method]["max_abs_difference_vs_fedavg_head"] = max(
                float((finals[method][k] - finals["fedavg"][k]).abs().max())
                for k in finals["fedavg"]
            )
    if args.merge and args.out.is_file():  # the other methods' entries from earlier runs
        earlier = json.loads(args.out.read_text(encoding="utf-8")).get("results", {})
        results = {**{k: v for k, v in earlier.items() if k not in results}, **results}
    report = {
        "benchmark": "federated_banking77",
        "machine": _machine(),
        "load_average_before": [round(v, 2) for v in load_before],
        "load_average_after": [round(v, 2) for v in os.getloadavg()],
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "rows": {"train": len(texts), "test": len(test_texts), "intents": len(names)},
        "sites": [
            {
                "train": len(s["train_y"]),
                "validation": len(s["validation_y"]),
                "test": len(s["test_y"]),
                "intents": len(np.unique(s["train_y"])),
            }
            for s in sites
        ],
        "results": results,
        "targets": targets(results),
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    print_table(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def client_level(
    x: np.ndarray,
    y: np.ndarray,
    tx: np.ndarray,
    ty: np.ndarray,
    initial: dict[str, Any],
    names: tuple[str, ...],
    args: argparse.Namespace,
    work: Path,
) -> dict[str, Any]:
    """Client-level DP over ``--client-sites`` small sites (the same Dirichlet split)."""
    from steward.federated.apps import ClientDPPlan

    rng = np.random.default_rng(args.seed + 1)
    train_split, shares = dirichlet_split(y, args.client_sites, args.alpha, rng)
    sites = site_arrays(train_split, 0.1, follow_split(ty, shares, rng), x, y, tx, ty, rng)
    count = len(sites)
    plan = ClientDPPlan(
        noise_multiplier=args.client_noise,
        clipping_norm=args.client_clip,
        sampled=max(int(count * args.client_fraction), 2),
        delta=1 / count,
    )
    out = federate(
        "client_dp", sites, initial, names, args, work, rounds=args.client_rounds, client_dp=plan
    )
    out["site_train_rows"] = {
        "min": min(len(s["train_y"]) for s in sites),
        "median": int(np.median([len(s["train_y"]) for s in sites])),
        "max": max(len(s["train_y"]) for s in sites),
    }
    return out


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    checks: list[dict[str, Any]] = []
    central, secure, plain = (results.get(k) for k in ("centralised", "secaggplus", "fedavg"))
    if central and secure:
        gap = central["accuracy"] - secure["accuracy"]
        checks.append(
            {
                "target": "FedAvg + SecAgg+ within 2 points of centralised",
                "value": round(gap, 4),
                "met": gap <= 0.02,
            }
        )
    ddp, central_dp = results.get("fedavg_ddp"), results.get("centralised_dp")
    if ddp and central_dp:
        gap = central_dp["accuracy"] - ddp["accuracy"]
        checks.append(
            {
                "target": "distributed DP under SecAgg+ within 3 points of centralised DP "
                "(same ε, δ)",
                "value": round(gap, 4),
                "met": gap <= 0.03,
            }
        )
    dp = results.get("fedavg_dp")
    if dp and central_dp:
        gap = central_dp["accuracy"] - dp["accuracy"]
        checks.append(
            {
                "target": "sample-level DP within 3 points of centralised DP (same ε)",
                "value": round(gap, 4),
                "met": gap <= 0.03,
            }
        )
    if plain and secure and plain["seconds_per_round"] and secure["seconds_per_round"]:
        ratio = secure["seconds_per_round"] / plain["seconds_per_round"]
        checks.append(
            {
                "target": "SecAgg+ seconds per round <= 2x plain",
                "value": round(ratio, 2),
                "met": ratio <= 2,
            }
        )
        up = secure["bytes_per_round"]["train_up"] / max(plain["bytes_per_round"]["train_up"], 1)
        checks.append(
            {
                "target": "(reported) SecAgg+ upload bytes per round / plain",
                "value": round(up, 2),
                "met": None,
            }
        )
    full, central_full = results.get("fedavg_full"), results.get("centralised_full")
    if full and central_full:
        gap = central_full["accuracy"] - full["accuracy"]
        checks.append(
            {
                "target": "(reported) full fine-tuning: centralised minus FedAvg accuracy, "
                "same rows, start and recipe",
                "value": round(gap, 4),
                "met": None,
            }
        )
    client = results.get("client_dp")
    if client:
        checks.append(
            {
                "target": "client-level DP over many sites reported with its ε",
                "value": client["client_level"]["epsilon"],
                "met": True,
            }
        )
    he = results.get("he_ckks")
    if he and plain and he.get("seconds_per_round") and plain.get("seconds_per_round"):
        # CKKS's error (~1e-8) is far below what moves a prediction: the same model as FedAvg
        gap = he["accuracy"] - plain["accuracy"]
        checks.append(
            {
                "target": "HE aggregation (CKKS): FedAvg's accuracy (gap <= 0.001), cost vs plain",
                "value": {
                    "accuracy_gap_vs_fedavg": round(gap, 4),
                    "seconds_per_round_vs_plain": round(
                        he["seconds_per_round"] / plain["seconds_per_round"], 2
                    ),
                    "upload_bytes_per_round_vs_plain": round(
                        he["bytes_per_round"]["train_up"]
                        / max(plain["bytes_per_round"]["train_up"], 1),
                        2,
                    ),
                },
                "met": abs(gap) <= 0.001,
            }
        )
    return checks


def print_table(report: dict[str, Any]) -> None:
    print(
        f"{'method':15} {'acc':>7} {'F1':>7} {'rounds':>6} {'wall s':>8} {'s/round':>8} "
        f"{'up B/round':>11} {'down B/round':>12} eps"
    )
    for name, r in report["results"].items():
        if r.get("status") == "missing":
            print(f"{name:15} missing: {r['why']}")
            continue
        bpr = r.get("bytes_per_round", {})
        eps = (
            r.get("epsilon")
            or (r.get("sample_level") or {}).get("epsilon")
            or (r.get("client_level") or {}).get("epsilon")
        )
        print(
            f"{name:15} {r['accuracy']:7.4f} {r['macro_f1']:7.4f} {r.get('rounds', '-'):>6} "
            f"{r.get('wall_seconds', r.get('train_wall_seconds', 0)):8.1f} "
            f"{r.get('seconds_per_round') or 0:8.3f} {bpr.get('train_up', 0):11d} "
            f"{bpr.get('train_down', 0):12d} {eps if eps is not None else '-'}"
        )
    for check in report["targets"]:
        mark = "    " if check["met"] is None else ("MET " if check["met"] else "MISS")
        print(f"{mark} {check['target']}: {check['value']}")


if __name__ == "__main__":
    sys.exit(main())
