"""Flower's ClientApp (one site) and ServerApp (the aggregator) for the intent classifier's
classification head.

A site loads only its own governed rows, computes the fixed encoder's first-token features once
and trains the head on them (as ``train.privacy.trainable: head`` does centrally); what it sends
back is the head's parameters, its row count and its mean loss. Evaluation replies carry counts
(correct, and per-label true/false positives and false negatives), never rows, so the server can
compute accuracy and macro-F1 over all sites' test splits without seeing a message.

With ``federated.trainable: all`` the same apps exchange every float32 parameter of the whole
model instead (:class:`FullSiteModel (below)`, through ``SiteModel.state`` and
``SiteModel.set_state``).
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

from steward.federated.accounting import site_epsilon

if TYPE_CHECKING:
    import torch
    from flwr.app import Message, RecordDict
    from flwr.clientapp import ClientApp
    from flwr.serverapp import ServerApp

    from steward.config import PrivacyTraining
    from steward.federated.ddp import DistributedDPPlan
    from steward.train.heads import FirstTokenHead

# Keys of the metric records that sites send back.
NUM_EXAMPLES = "num-examples"
SITE_INDEX = "site-index"
TRAIN_LOSS = "train-loss"
CORRECT = "correct"
SITE_EPSILON = "epsilon"  # the site's accountant: its ε so far (sample-level DP)
UNIT_WEIGHT = "unit-weight"  # 1 at every site: the equal weights client-level DP averages with
PRIVACY_STATE = "privacy"  # the site's accountant history, kept in the site's Flower state
OPTIMIZER_STATE = "optimizer"  # the site's AdamW state (keep_optimizer_state), kept there too
COUNT_KEYS = ("tp", "fp", "fn")
PROXIMAL_MU = "proximal-mu"  # the key Flower's FedProx puts in each round's train config
GROUPS = "groups"  # a test reply's correct/rows counts per group value (JSON)
REFERENCE, LOCAL_ONLY = "reference", "local-only"  # evaluate config: train the local-only head


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
class HEPlan:
    """What every party may know about the encryption: the public context (no secret key), the
    weight unit and the packing. The secret context is not here: each site reads its own copy
    (``SitePartition.he_secret``)."""

    public_context: bytes
    weight_unit: float
    poly_modulus_degree: int
    scale_bits: int
    key_holder: int  # the site that generated the keys and releases the final model

    @property
    def slots(self) -> int:
        return self.poly_modulus_degree // 2


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
    # Distributed DP under SecAgg+ (steward.federated.ddp, DP-FedSGD): the sites' shares of
    # one centralised DP-SGD step a round; sample_dp is None then. None: off.
    distributed_dp: DistributedDPPlan | None = None
    # Client-level DP (Flower's central-DP wrapper, server-side fixed clipping); None: off.
    client_dp: ClientDPPlan | None = None
    # Homomorphic aggregation (aggregation: he_ckks): the public context and packing; None: off.
    he: HEPlan | None = None
    # The server's optimiser over the averaged update (Flower's FedAvgM when either differs
    # from plain FedAvg's 1 and 0) and FedProx's proximal term at the sites (0: off).
    server_learning_rate: float = 1.0
    server_momentum: float = 0.0
    proximal_mu: float = 0.0
    # An adaptive server optimiser over the averaged update (Reddi et al., 2021, "Adaptive
    # Federated Optimization"): Flower's FedAdam or FedYogi, step ``server_learning_rate``,
    # moments ``server_betas`` and adaptivity ``server_tau``; "fedavg": the update as it is
    # (or FedAvgM, above). It reads only the aggregate, so it costs no privacy.
    server_optimizer: str = "fedavg"
    server_betas: tuple[float, float] = (0.9, 0.99)
    server_tau: float = 1e-3
    # The sites' optimiser: "adamw" (the centralised trainer's) or "sgd" (plain SGD, no
    # momentum: the site's update is its learning rate times the sum of its (noisy) gradients,
    # which an adaptive server optimiser then scales; no per-site moments to warm up)
    site_optimizer: str = "adamw"
    # The audit: accuracy per value of these row fields (language, age band...) on each site's
    # test split, and each site's local-only model (its own rows, no federation) beside it.
    group_fields: tuple[str, ...] = ()
    local_only: bool = False
    # "linear": the sites' learning rate falls linearly over the federation's rounds ×
    # local_epochs epochs (epoch by epoch) to 0, as the centralised trainer's schedule does;
    # under DP-SGD the small last steps average the noise out of the final head.
    lr_schedule: str = "constant"
    # True: each site keeps its optimiser's state (AdamW's moment estimates) from round to
    # round, local state that never leaves it; False: a fresh optimiser each round. Under
    # DP-SGD a fresh AdamW's first steps are near-sign steps of pure noise in every weight.
    keep_optimizer_state: bool = False
    # "head": the sites train and exchange the classification head over the fixed encoder's
    # features (SiteModel); "all": full fine-tuning, every weight trained at each site and all
    # its float32 parameters exchanged (FullSiteModel (below))
    trainable: str = "head"

    def learning_rate_at(self, server_round: int, epoch: int) -> float:
        """The sites' learning rate in ``epoch`` (0-based) of ``server_round`` (1-based)."""
        if self.lr_schedule == "constant":
            return self.learning_rate
        done = (server_round - 1) * self.local_epochs + epoch
        return self.learning_rate * (1 - done / (self.rounds * self.local_epochs))


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
    # distributed DP: every customer's ε so far against the server (SecAgg+ holding), and a
    # site's own share's ε (what its customers would have were SecAgg+ broken)
    distributed_epsilon: float | None = None
    share_epsilon: float | None = None
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


def _read_rows(
    path: Path, labels: tuple[str, ...], group_fields: tuple[str, ...] = ()
) -> dict[str, tuple[list[str], list[int], list[dict[str, str]]]]:
    """The site's governed rows by split, as texts, label indexes and the rows' values of
    ``group_fields`` (rows whose label no site trains on are left out of evaluation, as the
    centralised trainer does)."""
    index = {label: i for i, label in enumerate(labels)}
    splits: dict[str, tuple[list[str], list[int], list[dict[str, str]]]] = {
        name: ([], [], []) for name in ("train", "validation", "test")
    }
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["label"] in index:
                texts, targets, groups = splits[row["split"]]
                texts.append(row["text"])
                targets.append(index[row["label"]])
                groups.append({name: str(row.get(name)) for name in group_fields})
    return splits


class SiteModel:
    """The model at one site: the fixed encoder's features for the site's rows (computed once)
    and the head that is trained and exchanged."""

    def __init__(self, plan: FederationPlan, site_index: int) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        from steward.train.heads import first_token_states, portable_head, split_head
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
        encoder, head = split_head(model)
        # torch modules only: a deployment pickles this model between its site's processes
        self.head = portable_head(head)
        self.features: dict[str, torch.Tensor] = {}
        self.targets: dict[str, torch.Tensor] = {}
        self.groups: dict[str, list[dict[str, str]]] = {}
        rows = _read_rows(self.site.governed, plan.labels, plan.group_fields)
        for split, (texts, targets, groups) in rows.items():
            self.groups[split] = groups
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

    # AdamW's state after the site's last round (``keep_optimizer_state``): the ClientApp
    # loads it from and saves it to the site's Flower state, which outlives a worker
    optimizer_state: dict[str, Any] | None = None

    def set_head(self, state: dict[str, torch.Tensor]) -> None:
        self.head.load_state_dict(state)

    def state(self) -> dict[str, torch.Tensor]:
        """What the site sends and receives each round: here the head's state."""
        return self.head.state_dict()

    def set_state(self, state: dict[str, torch.Tensor]) -> None:
        self.set_head(state)

    def train(
        self,
        server_round: int,
        history: list[tuple[float, float, int]] | None = None,
        proximal_mu: float = 0.0,
    ) -> float:
        """``local_epochs`` passes over the site's training rows; the mean loss. Under
        sample-level DP the passes are DP-SGD and ``history`` (the site's accountant's, kept
        in its Flower state) is extended with this round's steps. ``proximal_mu`` > 0 (FedProx)
        pulls the head towards the round's global head by ``mu/2 · ||w - w_global||²``."""
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
        optimizer: torch.optim.Optimizer
        if self.plan.site_optimizer == "sgd":
            optimizer = torch.optim.SGD(self.head.parameters(), lr=self.plan.learning_rate)
        else:
            optimizer = torch.optim.AdamW(
                self.head.parameters(),
                lr=self.plan.learning_rate,
                weight_decay=self.plan.weight_decay,
            )
        if self.plan.keep_optimizer_state and self.optimizer_state is not None:
            optimizer.load_state_dict(self.optimizer_state)
        self.head.train()
        anchor = [p.detach().clone() for p in self.head.parameters()] if proximal_mu else []
        if self.plan.sample_dp is not None:
            mean_loss = self._train_private(
                optimizer, history if history is not None else [], anchor, proximal_mu, server_round
            )
            self.optimizer_state = optimizer.state_dict()
            return mean_loss
        losses: list[float] = []
        for epoch in range(self.plan.local_epochs):
            for group in optimizer.param_groups:
                group["lr"] = self.plan.learning_rate_at(server_round, epoch)
            order = torch.randperm(len(targets))
            for start in range(0, len(order), self.plan.batch_size):
                index = order[start : start + self.plan.batch_size]
                loss = torch.nn.functional.cross_entropy(self.head(features[index]), targets[index])
                if anchor:
                    distance = sum(
                        ((p - a) ** 2).sum()
                        for p, a in zip(self.head.parameters(), anchor, strict=True)
                    )
                    loss = loss + proximal_mu / 2 * distance
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
                losses.append(float(loss.detach()))
        self.optimizer_state = optimizer.state_dict()
        return float(np.mean(losses)) if losses else 0.0

    def _train_private(
        self,
        optimizer: torch.optim.Optimizer,
        history: list[tuple[float, float, int]],
        anchor: list[torch.Tensor],
        proximal_mu: float,
        server_round: int,
    ) -> float:
        """This round's epochs as DP-SGD through the project's Opacus front door, at the noise
        the site planned for all its rounds (so its last round ends within the target ε).
        FedProx's pull towards ``anchor`` is applied after each noisy step (a proximal step):
        inside the loss it would be clipped and noised with the rows' gradients, and it reads
        no row, so it costs no privacy."""
        import torch
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
            for epoch in range(self.plan.local_epochs):
                learning_rate = self.plan.learning_rate_at(server_round, epoch)
                for group in session.optimizer.param_groups:
                    group["lr"] = learning_rate
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
                    if anchor:
                        with torch.no_grad():
                            step = learning_rate * proximal_mu
                            for p, a in zip(self.head.parameters(), anchor, strict=True):
                                p.sub_(step * (p - a))
                    losses.append(float(loss.item()))
            history.extend(tuple(step) for step in session.engine.accountant.history)
        finally:
            session.close()
        return float(np.mean(losses)) if losses else 0.0

    def epsilon(self, history: list[tuple[float, float, int]]) -> float:
        assert self.plan.sample_dp is not None
        delta = self.plan.site_delta[self.site_index]
        return site_epsilon(history, delta, self.plan.sample_dp.accountant)

    def train_local_only(self, initial: dict[str, torch.Tensor]) -> None:
        """The audit's reference: a head trained on this site's rows alone, from the
        federation's initial head, for as many epochs as the federation ran (rounds ×
        local_epochs), with the same recipe and no averaging. Not under sample-level DP: its
        DP-SGD would spend the customers' budget a second time, outside the site's accountant."""
        if self.plan.sample_dp is not None:
            raise ValueError("a local-only reference is not trained under sample-level DP")
        self.set_state(initial)
        for server_round in range(1, self.plan.rounds + 1):
            self.train(server_round)

    def group_counts(self, split: str) -> dict[str, dict[str, list[int]]]:
        """Correct predictions and rows per value of each group field: counts, never rows."""
        targets = self.targets[split]
        predicted = self.predict(split)
        right = (predicted == targets).tolist()
        out: dict[str, dict[str, list[int]]] = {name: {} for name in self.plan.group_fields}
        for values, hit in zip(self.groups.get(split, []), right, strict=True):
            for name, value in values.items():
                cell = out[name].setdefault(value, [0, 0])
                cell[0] += int(hit)
                cell[1] += 1
        return out

    def predict(self, split: str) -> torch.Tensor:
        """The model's predicted label index for each row of ``split``."""
        import torch

        features, targets = self.features[split], self.targets[split]
        self.head.eval()
        with torch.inference_mode():
            return self.head(features).argmax(dim=1) if len(targets) else targets

    def counts(self, split: str) -> dict[str, Any]:
        """Correct predictions and per-label TP/FP/FN on one split: counts, never rows."""
        targets = self.targets[split]
        predicted = self.predict(split)
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
        if plan.trainable == "all":
            _SITES[key] = FullSiteModel(plan, site_index)
        else:
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


def load_optimizer_state(state: RecordDict) -> dict[str, Any] | None:
    """The site's AdamW state from its Flower state (None before its first round)."""
    import io

    import torch

    if OPTIMIZER_STATE not in state.config_records:
        return None
    data = state.config_records[OPTIMIZER_STATE]["state"]
    return cast(dict[str, Any], torch.load(io.BytesIO(cast(bytes, data)), weights_only=True))


def save_optimizer_state(state: RecordDict, optimizer_state: dict[str, Any]) -> None:
    import io

    import torch
    from flwr.app import ConfigRecord

    buffer = io.BytesIO()
    torch.save(optimizer_state, buffer)
    state[OPTIMIZER_STATE] = ConfigRecord({"state": buffer.getvalue()})


def build_client_app(plan: FederationPlan) -> ClientApp:
    """A site: its partition is the simulation's ``partition-id`` (the site's index)."""
    from flwr.app import ArrayRecord, ConfigRecord, Context, Message, MetricRecord, RecordDict
    from flwr.clientapp import ClientApp

    app = ClientApp()

    def site_of(context: Context) -> tuple[int, SiteModel]:
        index = int(context.node_config["partition-id"])
        return index, site_model(plan, index)

    @app.train()
    def train(msg: Message, context: Context) -> Message:
        index, site = site_of(context)
        site.set_state(msg.content.array_records["arrays"].to_torch_state_dict())
        history = load_history(context.state)
        config = msg.content.config_records["config"]
        keep = plan.keep_optimizer_state
        site.optimizer_state = load_optimizer_state(context.state) if keep else None
        loss = site.train(
            cast(int, config["server-round"]),
            history,
            proximal_mu=float(cast(float, config.get(PROXIMAL_MU, 0.0))),
        )
        values: dict[str, Any] = {
            NUM_EXAMPLES: len(site.targets["train"]),
            TRAIN_LOSS: loss,
            SITE_INDEX: index,
            UNIT_WEIGHT: 1,
        }
        if plan.keep_optimizer_state and site.optimizer_state is not None:
            save_optimizer_state(context.state, site.optimizer_state)
        if plan.sample_dp is not None:
            save_history(context.state, history)
            values[SITE_EPSILON] = site.epsilon(history)
        metrics = MetricRecord(values)
        content = RecordDict({"arrays": ArrayRecord(site.state()), "metrics": metrics})
        return Message(content=content, reply_to=msg)

    @app.evaluate()
    def evaluate(msg: Message, context: Context) -> Message:
        index, site = site_of(context)
        site.set_state(msg.content.array_records["arrays"].to_torch_state_dict())
        config = msg.content.config_records["config"]
        split = str(config.get("split", "validation"))
        if config.get(REFERENCE) == LOCAL_ONLY:  # the audit's reference: the arrays are initial
            site.train_local_only(msg.content.array_records["arrays"].to_torch_state_dict())
        metrics = MetricRecord({**site.counts(split), SITE_INDEX: index, UNIT_WEIGHT: 1})
        content = RecordDict({"metrics": metrics})
        if split == "test" and plan.group_fields:
            content[GROUPS] = ConfigRecord({GROUPS: json.dumps(site.group_counts(split))})
        return Message(content=content, reply_to=msg)

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
        MetricRecord,
    )
    from flwr.serverapp import Grid, ServerApp
    from flwr.serverapp.strategy import (
        DifferentialPrivacyServerSideAdaptiveClipping,
        DifferentialPrivacyServerSideFixedClipping,
        FedAdam,
        FedAvg,
        FedAvgM,
        FedProx,
        FedYogi,
    )

    names = [site.name for site in plan.sites]
    base: type[FedAvg] = FedAvg
    options: dict[str, float] = {}
    if plan.server_optimizer in ("fedadam", "fedyogi"):
        base = FedAdam if plan.server_optimizer == "fedadam" else FedYogi
        options = {
            "eta": plan.server_learning_rate,
            "eta_l": plan.learning_rate,
            "beta_1": plan.server_betas[0],
            "beta_2": plan.server_betas[1],
            "tau": plan.server_tau,
        }
    elif plan.server_optimizer != "fedavg":
        raise ValueError(f"unknown server optimiser {plan.server_optimizer!r}")
    elif plan.proximal_mu > 0:
        base, options = FedProx, {"proximal_mu": plan.proximal_mu}
    elif plan.server_momentum > 0 or plan.server_learning_rate != 1.0:
        base = FedAvgM
        options = {
            "server_learning_rate": plan.server_learning_rate,
            "server_momentum": plan.server_momentum,
        }

    class LedgeredFedAvg(base):  # type: ignore[valid-type,misc]
        """FedAvg (or FedAvgM, FedProx: ``base``) that reports each round (participation,
        rows, loss, validation) as it ends."""

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
                **options,
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
            replies = test_replies(grid, final)
            outcome["final_head"] = final.to_torch_state_dict()
            outcome["test_by_site"] = {
                names[int(_metrics(reply)[SITE_INDEX])]: _metrics(reply) for reply in replies
            }
            outcome["test_groups_by_site"] = groups_by_site(replies, names)
            if plan.local_only:
                local = local_only_replies(grid, ArrayRecord(initial_head))
                outcome["local_only_by_site"] = {
                    names[int(_metrics(reply)[SITE_INDEX])]: _metrics(reply) for reply in local
                }
                outcome["local_only_groups_by_site"] = groups_by_site(local, names)
        except BaseException as exc:  # the simulation only logs it: the caller re-raises it
            outcome["error"] = exc
            raise

    return app


def test_replies(grid: Any, arrays: Any, config: dict[str, Any] | None = None) -> list[Message]:
    """Send ``arrays`` to every site to evaluate on its test split (``config`` added to the
    message's config) and gather the replies that carry content."""
    from flwr.app import ConfigRecord, Message, MessageType, RecordDict

    record = ConfigRecord({"split": "test", **(config or {})})
    messages = [
        Message(
            content=RecordDict({"arrays": arrays, "config": record}),
            message_type=MessageType.EVALUATE,
            dst_node_id=node_id,
        )
        for node_id in grid.get_node_ids()
    ]
    return [reply for reply in grid.send_and_receive(messages) if reply.has_content()]


def local_only_replies(grid: Any, initial: Any) -> list[Message]:
    """Each site trains its local-only reference from ``initial`` and sends its test counts."""
    return test_replies(grid, initial, {REFERENCE: LOCAL_ONLY})


def groups_by_site(replies: list[Message], names: list[str]) -> dict[str, Any]:
    """Each site's per-group test counts ({field: {value: [correct, rows]}}), where sent."""
    out: dict[str, Any] = {}
    for reply in replies:
        if GROUPS in reply.content.config_records:
            site = names[int(_metrics(reply)[SITE_INDEX])]
            out[site] = json.loads(str(reply.content.config_records[GROUPS][GROUPS]))
    return out


def group_accuracy(by_site: dict[str, Any]) -> dict[str, dict[str, dict[str, float]]]:
    """Accuracy and rows per value of each group field, the sites' counts added up."""
    totals: dict[str, dict[str, list[int]]] = {}
    for fields in by_site.values():
        for name, values in fields.items():
            for value, (correct, rows) in values.items():
                cell = totals.setdefault(name, {}).setdefault(value, [0, 0])
                cell[0] += int(correct)
                cell[1] += int(rows)
    return {
        name: {
            value: {"accuracy": round(correct / rows, 5) if rows else 0.0, "rows": rows}
            for value, (correct, rows) in sorted(values.items())
        }
        for name, values in sorted(totals.items())
    }


def head_state(head: FirstTokenHead) -> dict[str, torch.Tensor]:
    return {key: value.detach().clone() for key, value in head.state_dict().items()}


# -- Full fine-tuning (``federated.trainable: all``) ----------------------------------------
# Full fine-tuning over the sites (``federated.trainable: all``): the model at one site when
# every weight is trained and exchanged.
#
# A site holds the whole intent classifier (encoder and head) and its governed rows as token
# ids; each round it loads the global weights, fine-tunes every weight on its training rows for
# ``local_epochs`` (AdamW with the centralised trainer's weight-decay groups and gradient-norm
# clip of 1, or plain SGD; FedProx's pull towards the round's global weights when asked) and
# sends back all its float32 *parameters* (``named_parameters``: no buffer, e.g. BERT's
# position ids, which nothing trains). Under sample-level DP the epochs are DP-SGD on the whole
# model through the project's Opacus front door, exactly as ``train.privacy.trainable: all``
# runs centrally (per-sample clipping over every weight, Poisson sampling), at the noise the site
# planned for all its rounds, with the site's own accountant (the history it keeps in its Flower
# state). Client-level DP (Flower's wrappers) clips the whole update, whatever its size. Evaluation
# runs the whole model on the site's rows (the encoder changes every round, so no features are
# cached) and, as for the head, replies with counts only.

NO_DECAY = ("bias", "LayerNorm.weight", "layer_norm.weight")  # as the centralised trainer's
EVAL_BATCH = 128


def parameter_state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """Every float32 parameter of ``model`` by name (what ``trainable: all`` exchanges)."""
    return {name: param.detach() for name, param in model.named_parameters()}


def load_parameter_state(model: torch.nn.Module, state: dict[str, torch.Tensor]) -> None:
    """Copy ``state`` (every parameter by name, nothing else) into ``model``."""
    import torch

    params = dict(model.named_parameters())
    if set(state) != set(params):
        missing, unexpected = sorted(set(params) - set(state)), sorted(set(state) - set(params))
        raise ValueError(
            f"trainable: all: the state does not match the model's parameters (missing "
            f"{missing[:3]}, unexpected {unexpected[:3]})"
        )
    with torch.no_grad():
        for name, value in state.items():
            params[name].copy_(value.to(params[name].dtype))


class _IdsDataset:
    """Token ids and label index per row (Opacus' Poisson loader samples from it)."""

    def __init__(self, ids: list[list[int]], targets: list[int]) -> None:
        self.ids, self.targets = ids, targets

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index: int) -> tuple[list[int], int]:
        return self.ids[index], self.targets[index]


class FullSiteModel(SiteModel):
    """The whole classifier at one site and its rows as token ids; every weight is trained and
    exchanged (``state``: all the float32 parameters)."""

    def __init__(self, plan: FederationPlan, site_index: int) -> None:
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        from steward.train.trainer import IntentClassifier

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        self.plan, self.site_index = plan, site_index
        self.site = plan.sites[site_index]
        labels = list(plan.labels)
        tokenizer = AutoTokenizer.from_pretrained(plan.base_model)
        self.model = AutoModelForSequenceClassification.from_pretrained(
            plan.base_model,
            num_labels=len(labels),
            id2label=dict(enumerate(labels)),
            label2id={v: k for k, v in enumerate(labels)},
        )
        self.classifier = IntentClassifier(self.model, tokenizer, labels, plan.max_length)
        self.ids: dict[str, list[list[int]]] = {}
        self.targets: dict[str, torch.Tensor] = {}
        self.groups: dict[str, list[dict[str, str]]] = {}
        self.features = {}  # none: the encoder is trained, its states change every step
        for split, (texts, targets, groups) in _read_rows(
            self.site.governed, plan.labels, plan.group_fields
        ).items():
            self.ids[split] = self.classifier._encode(texts) if texts else []
            self.targets[split] = torch.tensor(targets, dtype=torch.long)
            self.groups[split] = groups

    # -- what is exchanged ---------------------------------------------------------------
    def state(self) -> dict[str, torch.Tensor]:
        return parameter_state(self.model)

    def set_state(self, state: dict[str, torch.Tensor]) -> None:
        load_parameter_state(self.model, state)

    def set_head(self, state: dict[str, torch.Tensor]) -> None:
        raise TypeError("trainable: all exchanges the whole model's parameters (set_state)")

    # -- training ------------------------------------------------------------------------
    def _optimizer(self) -> torch.optim.Optimizer:
        import torch

        params = [(n, p) for n, p in self.model.named_parameters() if p.requires_grad]
        if self.plan.site_optimizer == "sgd":
            return torch.optim.SGD([p for _, p in params], lr=self.plan.learning_rate)
        groups = [
            {
                "params": [p for n, p in params if not n.endswith(NO_DECAY)],
                "weight_decay": self.plan.weight_decay,
            },
            {"params": [p for n, p in params if n.endswith(NO_DECAY)], "weight_decay": 0.0},
        ]
        return torch.optim.AdamW(groups, lr=self.plan.learning_rate)

    def train(
        self,
        server_round: int,
        history: list[tuple[float, float, int]] | None = None,
        proximal_mu: float = 0.0,
    ) -> float:
        """``local_epochs`` passes of the whole model over the site's training rows; the mean
        loss (as :meth:`SiteModel.train`, every weight instead of the head's)."""
        import torch

        if (self.site_index, server_round) in self.plan.dropouts:
            raise SimulatedDropoutError(
                f"site {self.site.name} drops out of round {server_round} "
                "(federated.simulate_dropouts)"
            )
        ids, targets = self.ids["train"], self.targets["train"]
        torch.manual_seed(self.plan.seed * 1_000_003 + server_round * 1009 + self.site_index)
        optimizer = self._optimizer()
        if self.plan.keep_optimizer_state and self.optimizer_state is not None:
            optimizer.load_state_dict(self.optimizer_state)
        self.model.train()
        params = [p for p in self.model.parameters() if p.requires_grad]
        anchor = [p.detach().clone() for p in params] if proximal_mu else []
        if self.plan.sample_dp is not None:
            mean_loss = self._train_full_private(
                optimizer, history if history is not None else [], anchor, proximal_mu, server_round
            )
            self._keep(optimizer)
            return mean_loss
        losses: list[float] = []
        for epoch in range(self.plan.local_epochs):
            for group in optimizer.param_groups:
                group["lr"] = self.plan.learning_rate_at(server_round, epoch)
            order = torch.randperm(len(targets))
            for start in range(0, len(order), self.plan.batch_size):
                index = order[start : start + self.plan.batch_size]
                inputs = self.classifier._collate([ids[i] for i in index.tolist()])
                logits = self.model(**inputs).logits
                loss = torch.nn.functional.cross_entropy(logits.float(), targets[index])
                if anchor:
                    distance = sum(
                        ((p - a) ** 2).sum() for p, a in zip(params, anchor, strict=True)
                    )
                    loss = loss + proximal_mu / 2 * distance
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(params, 1.0, foreach=True)
                optimizer.step()
                losses.append(float(loss.detach()))
        self._keep(optimizer)
        return float(np.mean(losses)) if losses else 0.0

    def _keep(self, optimizer: torch.optim.Optimizer) -> None:
        """AdamW's state for the next round only where asked for (keep_optimizer_state): for
        the whole model it is twice the model's size, not to be held for nothing."""
        self.optimizer_state = optimizer.state_dict() if self.plan.keep_optimizer_state else None

    def _train_full_private(
        self,
        optimizer: torch.optim.Optimizer,
        history: list[tuple[float, float, int]],
        anchor: list[torch.Tensor],
        proximal_mu: float,
        server_round: int,
    ) -> float:
        """This round's epochs as DP-SGD on every weight through the Opacus front door (as
        the centralised ``privacy.trainable: all``: explicit position and token-type ids, so
        every embedding lookup has a batch dimension), at the site's planned noise; its
        accountant's steps go to ``history``. FedProx's pull is a proximal step after each
        noisy step (it reads no row)."""
        import inspect

        import torch
        from torch.utils.data import DataLoader

        from steward.train.privacy import make_private

        assert self.plan.sample_dp is not None
        settings = self.plan.sample_dp.model_copy(
            update={
                "noise_multiplier": self.plan.site_noise[self.site_index],
                "delta": self.plan.site_delta[self.site_index],
                "trainable": "all",
            }
        )
        accepted = inspect.signature(self.model.forward).parameters
        extra = [name for name in ("position_ids", "token_type_ids") if name in accepted]
        classifier = self.classifier

        def collate(rows: list[tuple[list[int], int]]) -> dict[str, torch.Tensor]:
            if rows:
                batch = classifier._collate([ids for ids, _ in rows])
            else:  # an empty Poisson batch: no row (the step is noise only)
                empty = torch.zeros((0, 1), dtype=torch.long)
                batch = {"input_ids": empty, "attention_mask": empty.clone()}
            size, width = batch["input_ids"].shape
            if "position_ids" in extra:
                batch["position_ids"] = torch.arange(width).repeat(size, 1)
            if "token_type_ids" in extra:
                batch["token_type_ids"] = torch.zeros_like(batch["input_ids"])
            batch["labels"] = torch.tensor([label for _, label in rows], dtype=torch.long)
            return batch

        dataset = _IdsDataset(self.ids["train"], self.targets["train"].tolist())
        loader: DataLoader[Any] = DataLoader(
            dataset,  # type: ignore[arg-type]
            batch_size=self.plan.batch_size,
            collate_fn=collate,
        )
        session = make_private(
            self.model, optimizer, loader, settings, epochs=self.plan.local_epochs
        )
        params = [p for p in self.model.parameters() if p.requires_grad]
        losses: list[float] = []
        try:
            for epoch in range(self.plan.local_epochs):
                learning_rate = self.plan.learning_rate_at(server_round, epoch)
                for group in session.optimizer.param_groups:
                    group["lr"] = learning_rate
                for batch in session.loader:
                    # Opacus hands an empty Poisson batch over in its own (tuple) form
                    labels = batch.pop("labels") if isinstance(batch, dict) else None
                    if labels is None or len(labels) == 0:
                        session.noise_only_step()
                        session.optimizer.zero_grad(set_to_none=True)
                        continue
                    loss = session.loss_fn(self.model(**batch).logits.float(), labels)
                    with warnings.catch_warnings():
                        warnings.filterwarnings("ignore", message="Full backward hook is firing")
                        loss.backward()
                    session.optimizer.step()
                    session.optimizer.zero_grad(set_to_none=True)
                    if anchor:
                        with torch.no_grad():
                            step = learning_rate * proximal_mu
                            for p, a in zip(params, anchor, strict=True):
                                p.sub_(step * (p - a))
                    losses.append(float(loss.item()))
            history.extend(tuple(step) for step in session.engine.accountant.history)
        finally:
            session.close()
        return float(np.mean(losses)) if losses else 0.0

    # -- evaluation ----------------------------------------------------------------------
    def predict(self, split: str) -> torch.Tensor:
        import torch

        ids, targets = self.ids[split], self.targets[split]
        if not ids:
            return targets
        self.model.eval()
        out = []
        with torch.inference_mode():
            for start in range(0, len(ids), EVAL_BATCH):
                inputs = self.classifier._collate(ids[start : start + EVAL_BATCH])
                out.append(self.model(**inputs).logits.argmax(dim=1))
        return torch.cat(out)
