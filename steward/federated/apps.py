"""Flower's ClientApp (one site) and ServerApp (the aggregator) for the intent classifier's
classification head.

A site loads only its own governed rows, computes the fixed encoder's first-token features once
and trains the head on them (as ``train.privacy.trainable: head`` does centrally); what it sends
back is the head's parameters, its row count and its mean loss. Evaluation replies carry counts
(correct, and per-label true/false positives and false negatives), never rows, so the server can
compute accuracy and macro-F1 over all sites' test splits without seeing a message.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

if TYPE_CHECKING:
    import torch
    from flwr.app import Message, RecordDict
    from flwr.clientapp import ClientApp
    from flwr.serverapp import ServerApp

    from steward.config import PrivacyTraining
    from steward.federated.he import HEPlan
    from steward.train.heads import FirstTokenHead

# Keys of the metric records that sites send back.
NUM_EXAMPLES = "num-examples"
SITE_INDEX = "site-index"
TRAIN_LOSS = "train-loss"
CORRECT = "correct"
SITE_EPSILON = "epsilon"  # the site's accountant: its ε so far (sample-level DP)
UNIT_WEIGHT = "unit-weight"  # 1 at every site: the equal weights client-level DP averages with
PRIVACY_STATE = "privacy"  # the site's accountant history, kept in the site's Flower state
COUNT_KEYS = ("tp", "fp", "fn")


@dataclass(frozen=True)
class SitePartition:
    """A site as the apps see it: its name and the governed data set it made (its rows, read
    only by the site's own ClientApp)."""

    name: str
    governed: Path
    # aggregation: he_ckks: the site's copy of the federation's CKKS secret context (a file
    # only the site's ClientApp reads; the server's code is given the public context only)
    he_secret: Path | None = None


@dataclass(frozen=True)
class FederationPlan:
    """Everything the apps need, picklable (Flower's simulation ships it to its workers)."""

    token: str  # the federation's run id: keys the sites' cached features in a worker
    base_model: Path
    labels: tuple[str, ...]
    sites: tuple[SitePartition, ...]
    rounds: int
    local_epochs: int
    max_length: int
    batch_size: int
    learning_rate: float
    weight_decay: float
    seed: int
    dropouts: frozenset[tuple[int, int]] = frozenset()  # (site index, round): simulated failures
    # Sample-level DP: the front door's settings, with the noise and δ each site planned for
    # its rows over every round (site by site, in ``sites`` order); None: no DP-SGD.
    sample_dp: PrivacyTraining | None = None
    site_noise: tuple[float, ...] = ()
    site_delta: tuple[float, ...] = ()
    # Client-level DP (Flower's central-DP wrapper, server-side fixed clipping); None: off.
    client_dp: ClientDPPlan | None = None
    # Homomorphic aggregation (aggregation: he_ckks): the public context and packing; None: off.
    he: HEPlan | None = None


@dataclass(frozen=True)
class ClientDPPlan:
    """Client-level DP as the server runs it: ``sampled`` of the sites each round."""

    noise_multiplier: float
    clipping_norm: float  # the initial norm under adaptive clipping
    sampled: int
    delta: float
    adaptive: bool = False
    target_clipped_quantile: float = 0.5
    clip_norm_lr: float = 0.2
    clipped_count_stddev: float | None = None


def site_epsilon(history: list[tuple[float, float, int]], delta: float, accountant: str) -> float:
    """A site's ε from its accountant's history ((noise, sample rate, steps) per round)."""
    from opacus.accountants import create_accountant

    if not history:
        return 0.0
    acc = create_accountant(mechanism=accountant)
    acc.history = [tuple(step) for step in history]
    return float(acc.get_epsilon(delta=delta))


class SimulatedDropoutError(RuntimeError):
    """Raised by a site the policy makes fail (federated.simulate_dropouts)."""


@dataclass
class RoundRecord:
    """One round as the server saw it: who took part, how many rows each trained on, the
    mean training loss and the validation accuracy (overall and per site)."""

    round: int
    sites: list[str]
    rows_by_site: dict[str, int]
    failures: int
    train_loss: float
    update_bytes: int
    # how many different parameter sets the strategy received: one per site under plain
    # FedAvg, one (the unmasked sum) under SecAgg+
    distinct_updates: int = 0
    # he_ckks: how many sites' ciphertexts the server added (it holds no plaintext update)
    encrypted_updates: int | None = None
    # sample-level DP: each site's ε so far (its own accountant); client-level DP: the
    # federation's ε over the sites after this round
    epsilon_by_site: dict[str, float] | None = None
    client_epsilon: float | None = None
    validation_accuracy: float | None = None
    validation_accuracy_by_site: dict[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def digest(arrays: list[np.ndarray]) -> str:
    """One hash of a parameter set (to count the distinct updates a strategy received)."""
    hasher = hashlib.sha256()
    for array in arrays:
        hasher.update(np.ascontiguousarray(array).tobytes())
    return hasher.hexdigest()


def _read_rows(path: Path, labels: tuple[str, ...]) -> dict[str, tuple[list[str], list[int]]]:
    """The site's governed rows by split, as texts and label indexes (rows whose label no site
    trains on are left out of evaluation, as the centralised trainer does)."""
    index = {label: i for i, label in enumerate(labels)}
    splits: dict[str, tuple[list[str], list[int]]] = {
        name: ([], []) for name in ("train", "validation", "test")
    }
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["label"] in index:
                texts, targets = splits[row["split"]]
                texts.append(row["text"])
                targets.append(index[row["label"]])
    return splits


class SiteModel:
    """The model at one site: the fixed encoder's features for the site's rows (computed once)
    and the head that is trained and exchanged."""

    def __init__(self, plan: FederationPlan, site_index: int) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        from steward.train.heads import first_token_states, split_head
        from steward.train.trainer import IntentClassifier

        hf_logging.set_verbosity_error()  # the "newly initialised head" notice is expected
        hf_logging.disable_progress_bar()
        self.plan, self.site_index = plan, site_index
        self.site = plan.sites[site_index]
        labels = list(plan.labels)
        tokenizer = AutoTokenizer.from_pretrained(plan.base_model)
        model = AutoModelForSequenceClassification.from_pretrained(
            plan.base_model,
            num_labels=len(labels),
            id2label=dict(enumerate(labels)),
            label2id={v: k for k, v in enumerate(labels)},
        )
        classifier = IntentClassifier(model, tokenizer, labels, plan.max_length)
        encoder, self.head = split_head(model)
        self.features: dict[str, torch.Tensor] = {}
        self.targets: dict[str, torch.Tensor] = {}
        for split, (texts, targets) in _read_rows(self.site.governed, plan.labels).items():
            encoded = classifier._encode(texts) if texts else []
            batches = (
                classifier._collate(encoded[start : start + 128])
                for start in range(0, len(encoded), 128)
            )
            hidden = model.config.hidden_size
            self.features[split] = (
                first_token_states(encoder, batches) if encoded else torch.zeros((0, hidden))
            )
            self.targets[split] = torch.tensor(targets, dtype=torch.long)

    def set_head(self, state: dict[str, torch.Tensor]) -> None:
        self.head.load_state_dict(state)

    def train(
        self, server_round: int, history: list[tuple[float, float, int]] | None = None
    ) -> float:
        """``local_epochs`` passes over the site's training rows; the mean loss. Under
        sample-level DP the passes are DP-SGD and ``history`` (the site's accountant's, kept
        in its Flower state) is extended with this round's steps."""
        import torch

        if (self.site_index, server_round) in self.plan.dropouts:
            raise SimulatedDropoutError(
                f"site {self.site.name} drops out of round {server_round} "
                "(federated.simulate_dropouts)"
            )

        features, targets = self.features["train"], self.targets["train"]
        # Seeded by site and round (the shuffles and the head's dropout): a rerun of the same
        # federation gives the same model.
        torch.manual_seed(self.plan.seed * 1_000_003 + server_round * 1009 + self.site_index)
        optimizer = torch.optim.AdamW(
            self.head.parameters(),
            lr=self.plan.learning_rate,
            weight_decay=self.plan.weight_decay,
        )
        self.head.train()
        if self.plan.sample_dp is not None:
            return self._train_private(optimizer, history if history is not None else [])
        losses: list[float] = []
        for _ in range(self.plan.local_epochs):
            order = torch.randperm(len(targets))
            for start in range(0, len(order), self.plan.batch_size):
                index = order[start : start + self.plan.batch_size]
                loss = torch.nn.functional.cross_entropy(self.head(features[index]), targets[index])
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                losses.append(float(loss.detach()))
        return float(np.mean(losses)) if losses else 0.0

    def _train_private(
        self, optimizer: torch.optim.Optimizer, history: list[tuple[float, float, int]]
    ) -> float:
        """This round's epochs as DP-SGD through the project's Opacus front door, at the noise
        the site planned for all its rounds (so its last round ends within the target ε)."""
        from torch.utils.data import DataLoader, TensorDataset

        from steward.train.privacy import make_private

        assert self.plan.sample_dp is not None
        settings = self.plan.sample_dp.model_copy(
            update={
                "noise_multiplier": self.plan.site_noise[self.site_index],
                "delta": self.plan.site_delta[self.site_index],
            }
        )
        dataset = TensorDataset(self.features["train"], self.targets["train"])
        loader: DataLoader[Any] = DataLoader(dataset, batch_size=self.plan.batch_size)
        session = make_private(
            self.head, optimizer, loader, settings, epochs=self.plan.local_epochs
        )
        losses: list[float] = []
        try:
            for _ in range(self.plan.local_epochs):
                for features, targets in session.loader:
                    if len(targets) == 0:  # an empty Poisson batch is still a (noise) step
                        session.noise_only_step()
                        session.optimizer.zero_grad(set_to_none=True)
                        continue
                    loss = session.loss_fn(self.head(features), targets)
                    with warnings.catch_warnings():
                        # ghost clipping's two backward passes trip a harmless torch notice
                        warnings.filterwarnings("ignore", message="Full backward hook is firing")
                        loss.backward()
                    session.optimizer.step()
                    session.optimizer.zero_grad(set_to_none=True)
                    losses.append(float(loss.item()))
            history.extend(tuple(step) for step in session.engine.accountant.history)
        finally:
            session.close()
        return float(np.mean(losses)) if losses else 0.0

    def epsilon(self, history: list[tuple[float, float, int]]) -> float:
        assert self.plan.sample_dp is not None
        delta = self.plan.site_delta[self.site_index]
        return site_epsilon(history, delta, self.plan.sample_dp.accountant)

    def counts(self, split: str) -> dict[str, Any]:
        """Correct predictions and per-label TP/FP/FN on one split: counts, never rows."""
        import torch

        features, targets = self.features[split], self.targets[split]
        self.head.eval()
        with torch.inference_mode():
            predicted = self.head(features).argmax(dim=1) if len(targets) else targets
        n_labels = len(self.plan.labels)
        truth, guess = targets.numpy(), predicted.numpy()
        tp = np.bincount(truth[truth == guess], minlength=n_labels)
        return {
            NUM_EXAMPLES: len(truth),
            CORRECT: int((truth == guess).sum()),
            "tp": tp.tolist(),
            "fp": (np.bincount(guess, minlength=n_labels) - tp).tolist(),
            "fn": (np.bincount(truth, minlength=n_labels) - tp).tolist(),
        }


# One SiteModel per site and plan in each worker process: the features are computed once and
# reused in every round (Flower's simulation keeps its workers across rounds).
_SITES: dict[tuple[str, int], SiteModel] = {}


def site_model(plan: FederationPlan, site_index: int) -> SiteModel:
    key = (plan.token, site_index)
    if key not in _SITES:
        _SITES[key] = SiteModel(plan, site_index)
    return _SITES[key]


def load_history(state: RecordDict) -> list[tuple[float, float, int]]:
    """The site's accountant history from its Flower state (kept across rounds by the node,
    whichever worker runs the site's ClientApp)."""
    if PRIVACY_STATE not in state.config_records:
        return []
    return [tuple(step) for step in json.loads(str(state.config_records[PRIVACY_STATE]["history"]))]


def save_history(state: RecordDict, history: list[tuple[float, float, int]]) -> None:
    from flwr.app import ConfigRecord

    state[PRIVACY_STATE] = ConfigRecord({"history": json.dumps(history)})


def build_client_app(plan: FederationPlan) -> ClientApp:
    """A site: its partition is the simulation's ``partition-id`` (the site's index)."""
    from flwr.app import ArrayRecord, Context, Message, MetricRecord, RecordDict
    from flwr.clientapp import ClientApp

    app = ClientApp()

    def site_of(context: Context) -> tuple[int, SiteModel]:
        index = int(context.node_config["partition-id"])
        return index, site_model(plan, index)

    @app.train()
    def train(msg: Message, context: Context) -> Message:
        index, site = site_of(context)
        site.set_head(msg.content.array_records["arrays"].to_torch_state_dict())
        history = load_history(context.state)
        loss = site.train(cast(int, msg.content.config_records["config"]["server-round"]), history)
        values: dict[str, Any] = {
            NUM_EXAMPLES: len(site.targets["train"]),
            TRAIN_LOSS: loss,
            SITE_INDEX: index,
            UNIT_WEIGHT: 1,
        }
        if plan.sample_dp is not None:
            save_history(context.state, history)
            values[SITE_EPSILON] = site.epsilon(history)
        metrics = MetricRecord(values)
        content = RecordDict({"arrays": ArrayRecord(site.head.state_dict()), "metrics": metrics})
        return Message(content=content, reply_to=msg)

    @app.evaluate()
    def evaluate(msg: Message, context: Context) -> Message:
        index, site = site_of(context)
        site.set_head(msg.content.array_records["arrays"].to_torch_state_dict())
        split = str(msg.content.config_records["config"].get("split", "validation"))
        metrics = MetricRecord({**site.counts(split), SITE_INDEX: index, UNIT_WEIGHT: 1})
        return Message(content=RecordDict({"metrics": metrics}), reply_to=msg)

    return app


def _metrics(reply: Message) -> dict[str, Any]:
    (record,) = reply.content.metric_records.values()
    return dict(record)


def add_counts(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The sites' evaluation counts added up (label by label for TP/FP/FN)."""
    total: dict[str, Any] = {
        NUM_EXAMPLES: sum(int(row[NUM_EXAMPLES]) for row in rows),
        CORRECT: sum(int(row[CORRECT]) for row in rows),
    }
    for key in COUNT_KEYS:
        total[key] = np.sum([row[key] for row in rows], axis=0).astype(int).tolist()
    return total


def sum_counts(records: list[RecordDict], _weight_key: str) -> Any:
    """Flower's evaluate aggregation, as sums of the sites' counts (not a weighted mean)."""
    from flwr.app import MetricRecord

    return MetricRecord(add_counts([dict(next(iter(r.metric_records.values()))) for r in records]))


def scores(counts: dict[str, Any]) -> dict[str, float]:
    """Accuracy and macro-F1 (over the labels that occur, as scikit-learn's) from counts."""
    tp, fp, fn = (np.asarray(counts[key], dtype=float) for key in COUNT_KEYS)
    present = (tp + fn) > 0
    denominator = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, denominator, out=np.zeros_like(tp), where=denominator > 0)
    n = int(counts[NUM_EXAMPLES])
    return {
        "accuracy": counts[CORRECT] / n if n else 0.0,
        "macro_f1": float(f1[present].mean()) if present.any() else 0.0,
    }


def epsilons(reported: list[dict[str, Any]], names: list[str]) -> dict[str, float] | None:
    """Each site's ε as its own accountant reported it (sample-level DP), None without."""
    by_site = {
        names[int(m[SITE_INDEX])]: round(float(m[SITE_EPSILON]), 5)
        for m in reported
        if SITE_EPSILON in m
    }
    return by_site or None


def client_epsilon(plan: FederationPlan, rounds: int) -> float | None:
    """The federation's client-level ε after ``rounds`` rounds: Opacus' RDP accountant for the
    sampled Gaussian mechanism, one step per round at sampling rate sites-per-round / sites
    (Poisson sampling; Flower samples a fixed number without replacement, for which this is the
    customary approximation; exact when every site takes part every round). Under adaptive
    clipping the noise multiplier is the joint release's effective one (Flower splits it
    between the update and the clipped count as Andrew et al., 2021), so the figure is the
    same."""
    if plan.client_dp is None:
        return None
    client = plan.client_dp
    rate = client.sampled / len(plan.sites)
    return round(site_epsilon([(client.noise_multiplier, rate, rounds)], client.delta, "rdp"), 5)


def build_server_app(
    plan: FederationPlan,
    initial_head: dict[str, torch.Tensor],
    on_round: Callable[[RoundRecord], None],
    outcome: dict[str, Any],
) -> ServerApp:
    """FedAvg over every site for ``plan.rounds`` rounds (each round: train, then validation at
    every site), then the final head's test counts from every site. ``on_round`` is called
    once per round; the final head and test counts are put in ``outcome``."""
    from flwr.app import (
        ArrayRecord,
        ConfigRecord,
        Context,
        Message,
        MessageType,
        MetricRecord,
        RecordDict,
    )
    from flwr.serverapp import Grid, ServerApp
    from flwr.serverapp.strategy import (
        DifferentialPrivacyServerSideAdaptiveClipping,
        DifferentialPrivacyServerSideFixedClipping,
        FedAvg,
    )

    names = [site.name for site in plan.sites]

    class LedgeredFedAvg(FedAvg):
        """FedAvg that reports each round (participation, rows, loss, validation) as it ends."""

        pending: RoundRecord | None = None

        def aggregate_train(
            self, server_round: int, replies: Iterable[Message]
        ) -> tuple[ArrayRecord | None, Any]:
            replies = list(replies)
            answered = [reply for reply in replies if reply.has_content()]
            reported = [_metrics(reply) for reply in answered]
            rows = {names[int(m[SITE_INDEX])]: int(m[NUM_EXAMPLES]) for m in reported}
            losses = [float(m[TRAIN_LOSS]) for m in reported]
            weights = [int(m[NUM_EXAMPLES]) for m in reported]
            received = [
                [array.numpy() for array in reply.content.array_records["arrays"].values()]
                for reply in answered
            ]
            update_bytes = sum(sum(array.nbytes for array in arrays) for arrays in received)
            self.pending = RoundRecord(
                round=server_round,
                sites=sorted(rows),
                rows_by_site=rows,
                failures=len(replies) - len(answered),
                train_loss=round(float(np.average(losses, weights=weights)), 5) if losses else 0.0,
                update_bytes=update_bytes,
                distinct_updates=len({digest(arrays) for arrays in received}),
                epsilon_by_site=epsilons(reported, names),
                client_epsilon=client_epsilon(plan, server_round),
            )
            return super().aggregate_train(server_round, replies)

        def aggregate_evaluate(self, server_round: int, replies: Iterable[Message]) -> Any:
            replies = list(replies)
            aggregated = super().aggregate_evaluate(server_round, replies)
            record = self.pending or RoundRecord(server_round, [], {}, 0, 0.0, 0)
            by_site = {}
            for reply in replies:
                if reply.has_content():
                    metrics = _metrics(reply)
                    by_site[names[int(metrics[SITE_INDEX])]] = round(scores(metrics)["accuracy"], 5)
            record.validation_accuracy_by_site = by_site
            if aggregated is not None:
                record.validation_accuracy = round(scores(dict(aggregated))["accuracy"], 5)
            on_round(record)
            self.pending = None
            return aggregated

    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Context) -> None:
        try:
            count = len(plan.sites)
            client_dp = plan.client_dp
            sampled = client_dp.sampled if client_dp else count
            fedavg = LedgeredFedAvg(
                fraction_train=sampled / count,
                min_train_nodes=sampled,
                min_evaluate_nodes=count,
                min_available_nodes=count,
                # client-level DP bounds a site's influence on the mean only with equal weights
                weighted_by_key=UNIT_WEIGHT if client_dp else NUM_EXAMPLES,
                train_metrics_aggr_fn=lambda records, key: MetricRecord(),  # in RoundRecord
                evaluate_metrics_aggr_fn=sum_counts,
            )
            strategy: Any = fedavg
            if client_dp is not None and client_dp.adaptive:
                strategy = DifferentialPrivacyServerSideAdaptiveClipping(
                    fedavg,
                    noise_multiplier=client_dp.noise_multiplier,
                    num_sampled_clients=sampled,
                    initial_clipping_norm=client_dp.clipping_norm,
                    target_clipped_quantile=client_dp.target_clipped_quantile,
                    clip_norm_lr=client_dp.clip_norm_lr,
                    clipped_count_stddev=client_dp.clipped_count_stddev,
                )
            elif client_dp is not None:
                strategy = DifferentialPrivacyServerSideFixedClipping(
                    fedavg,
                    noise_multiplier=client_dp.noise_multiplier,
                    clipping_norm=client_dp.clipping_norm,
                    num_sampled_clients=sampled,
                )
            result = strategy.start(
                grid=grid,
                initial_arrays=ArrayRecord(initial_head),
                num_rounds=plan.rounds,
                evaluate_config=ConfigRecord({"split": "validation"}),
            )
            final = result.arrays
            messages = [
                Message(
                    content=RecordDict(
                        {"arrays": final, "config": ConfigRecord({"split": "test"})}
                    ),
                    message_type=MessageType.EVALUATE,
                    dst_node_id=node_id,
                )
                for node_id in grid.get_node_ids()
            ]
            replies = [reply for reply in grid.send_and_receive(messages) if reply.has_content()]
            outcome["final_head"] = final.to_torch_state_dict()
            outcome["test_by_site"] = {
                names[int(_metrics(reply)[SITE_INDEX])]: _metrics(reply) for reply in replies
            }
        except BaseException as exc:  # the simulation only logs it: the caller re-raises it
            outcome["error"] = exc
            raise

    return app


def head_state(head: FirstTokenHead) -> dict[str, torch.Tensor]:
    return {key: value.detach().clone() for key, value in head.state_dict().items()}
