"""Flower's ClientApp (one site) and ServerApp (the aggregator) for the assistant's LoRA adapter
(``federated.task: assistant``).

A site reads only its own governed dialogues (the data stage of ``steward run`` with the agent's
reply as a second text field, PII anonymized at the site), builds the policy's LoRA adapter
(``peft``) on the public base model, loads the round's global adapter and fine-tunes it for
``local_epochs`` exactly as :func:`steward.assistant.finetune.finetune_lora` does centrally
(the same encoding, reply-only loss, AdamW, and DP-SGD through the Opacus front door when
``assistant.train.privacy.enabled``, with an accountant per site). What it sends back is the
adapter's LoRA matrices only (``peft.get_peft_model_state_dict``: no base weight, no
embedding), its row count and its mean loss; evaluation replies carry a sum of per-dialogue
losses and a count, never a row. The server averages the adapters with FedAvg weighted by rows,
in the clear or through SecAgg+ (Flower's ``SecAggPlusWorkflow`` + ``secaggplus_mod`` on the
legacy API, as :mod:`steward.federated.secagg` runs it for the intent head).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from steward.federated.accounting import site_epsilon
from steward.federated.apps import (
    NUM_EXAMPLES,
    SITE_EPSILON,
    SITE_INDEX,
    TRAIN_LOSS,
    SimulatedDropoutError,
    SitePartition,
    digest,
    load_history,
    save_history,
    test_replies,
)
from steward.federated.secagg import COUNTS, final_test_counts

if TYPE_CHECKING:
    import torch
    from flwr.app import Message
    from flwr.clientapp import ClientApp
    from flwr.serverapp import ServerApp

    from steward.assistant.canary import Canary
    from steward.config import AssistantTrainPolicy, LoraPolicy

LOSS_SUM = "loss-sum"  # evaluation: the sum of the split's per-dialogue mean reply losses
PARAMETERS = "parameters"  # training: the number of values the site sent (adapter only)


@dataclass(frozen=True)
class AdapterPlan:
    """Everything the apps need, picklable (Flower's simulation ships it to its workers)."""

    token: str  # the federation's run id: keys each worker's site models
    base_model: Path  # the public base weights every site and the server hold
    sites: tuple[SitePartition, ...]
    rounds: int
    local_epochs: int
    train: AssistantTrainPolicy  # the centralised fine-tune's recipe (LoRA, lr, batch, DP)
    system_prompt: str | None
    response_field: str = "response"
    dropouts: frozenset[tuple[int, int]] = frozenset()
    # The canary audit's fake secrets, planted ``canary_repeats`` times at site ``canary_site``
    # only (one branch's customer repeating a secret): the audit asks whether the federated
    # adapter memorised what one site held.
    canaries: tuple[Canary, ...] = ()
    canary_repeats: int = 0
    canary_site: int = 0
    # Sample-level DP (assistant.train.privacy): each site's noise and δ, planned over its rows
    # and every round before training; empty: no DP-SGD.
    site_noise: tuple[float, ...] = ()
    site_delta: tuple[float, ...] = ()

    @property
    def private(self) -> bool:
        return bool(self.site_noise)


@dataclass
class AdapterRound:
    """One round as the server saw it: who took part, rows, loss, what was sent, and the
    mean validation loss of the aggregated adapter over every site's validation split."""

    round: int
    sites: list[str]
    rows_by_site: dict[str, int]
    failures: int
    train_loss: float
    update_bytes: int
    parameters_sent: int  # values per site's update (the adapter's LoRA matrices)
    distinct_updates: int = 0
    epsilon_by_site: dict[str, float] | None = None
    validation_loss: float | None = None
    validation_loss_by_site: dict[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def lora_config(lora: LoraPolicy) -> Any:
    """The policy's LoRA as :func:`~steward.assistant.finetune.finetune_lora` builds it."""
    from peft import LoraConfig

    return LoraConfig(
        task_type="CAUSAL_LM",
        r=lora.rank,
        lora_alpha=lora.alpha,  # type: ignore[arg-type]  # peft says int; floats scale alike
        lora_dropout=lora.dropout,
        target_modules=list(lora.target_modules),
        bias="none",
    )


def read_dialogues(path: Path, response_field: str) -> dict[str, list[Any]]:
    """The site's governed (message, reply) pairs by split, as :class:`Dialogue`."""
    from steward.assistant.model import Dialogue

    splits: dict[str, list[Any]] = {"train": [], "validation": [], "test": []}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            splits[row["split"]].append(Dialogue(row["text"], row[response_field]))
    return splits


def adapter_state(model: Any) -> dict[str, torch.Tensor]:
    """The adapter's LoRA matrices (a copy): what a site sends, nothing of the base model."""
    from peft import get_peft_model_state_dict

    state = get_peft_model_state_dict(model, save_embedding_layers=False)
    return {key: value.detach().cpu().clone() for key, value in sorted(state.items())}


def load_adapter(model: Any, state: dict[str, torch.Tensor]) -> None:
    from peft import set_peft_model_state_dict

    result = set_peft_model_state_dict(model, state)
    unexpected = getattr(result, "unexpected_keys", [])
    if unexpected:
        raise ValueError(f"adapter keys the model lacks: {unexpected[:3]}")


def build_adapter_model(base_model: Path, train: AssistantTrainPolicy) -> tuple[Any, Any]:
    """The ChatModel of the base weights and the peft model with the policy's fresh adapter
    (seeded: every party builds the same initial adapter)."""
    import torch
    from peft import get_peft_model

    from steward.assistant.finetune import resolve_device
    from steward.assistant.model import ChatModel

    chat = ChatModel.load(base_model, resolve_device(train.device))
    torch.manual_seed(train.seed)
    model = get_peft_model(chat.model, lora_config(train.lora))
    return chat, model


class SiteAdapter:
    """The assistant at one site: its governed dialogues (encoded once) and the adapter."""

    def __init__(self, plan: AdapterPlan, site_index: int) -> None:
        from steward.assistant.canary import plant
        from steward.assistant.finetune import _select_rows, encode_dialogue, eos_token_id

        self.plan, self.site_index = plan, site_index
        self.site = plan.sites[site_index]
        train = plan.train
        self.chat, self.model = build_adapter_model(plan.base_model, train)
        self.device = self.chat.device
        splits = read_dialogues(self.site.governed, plan.response_field)
        dialogues = _select_rows(splits["train"], train)  # seeded shuffle, max_train_rows
        if plan.canaries and site_index == plan.canary_site:
            dialogues = plant(dialogues, list(plan.canaries), plan.canary_repeats, train.seed)
        self.encoded = {
            name: [
                encode_dialogue(self.chat, d, train.max_length, plan.system_prompt) for d in rows
            ]
            for name, rows in (
                ("train", dialogues),
                *((s, splits[s]) for s in ("validation", "test")),
            )
        }
        pad = self.chat.tokenizer.pad_token_id
        self.pad_id = eos_token_id(self.chat) if pad is None else int(pad)

    @property
    def rows(self) -> int:
        return len(self.encoded["train"])

    def set_adapter(self, state: dict[str, torch.Tensor]) -> None:
        load_adapter(self.model, state)

    def adapter(self) -> dict[str, torch.Tensor]:
        return adapter_state(self.model)

    def train(self, server_round: int, history: list[tuple[float, float, int]]) -> float:
        """``local_epochs`` passes over the site's dialogues from the adapter now loaded, as
        the centralised fine-tune (DP-SGD at the site's planned noise when private; the
        accountant's steps are added to ``history``); the mean loss."""
        import torch
        from torch.utils.data import DataLoader

        from steward.assistant.finetune import (
            EncodedDialogue,
            _backward,
            _batch_size_of,
            _Rows,
            pad_batch,
            per_sample_loss,
        )

        if (self.site_index, server_round) in self.plan.dropouts:
            raise SimulatedDropoutError(
                f"site {self.site.name} drops out of round {server_round} "
                "(federated.simulate_dropouts)"
            )
        train = self.plan.train
        seed = train.seed * 1_000_003 + server_round * 1009 + self.site_index
        torch.manual_seed(seed)
        trainable = [p for p in self.model.parameters() if p.requires_grad]
        optimizer: Any = torch.optim.AdamW(trainable, lr=train.learning_rate)
        pad_id = self.pad_id

        def collate(rows: list[tuple[torch.Tensor, torch.Tensor]]) -> dict[str, torch.Tensor]:
            return pad_batch(
                [EncodedDialogue(ids.tolist(), labels.tolist()) for ids, labels in rows], pad_id
            )

        loader: Any = DataLoader(
            _Rows(self.encoded["train"]),  # type: ignore[arg-type]
            batch_size=train.batch_size,
            shuffle=True,
            generator=torch.Generator().manual_seed(seed),
            collate_fn=collate,
        )
        session: Any = None
        if self.plan.private:
            from steward.train.privacy import make_private

            settings = train.privacy.model_copy(
                update={
                    "noise_multiplier": self.plan.site_noise[self.site_index],
                    "delta": self.plan.site_delta[self.site_index],
                }
            )
            noise = torch.Generator(device=self.device).manual_seed(seed)
            session = make_private(
                self.model,
                optimizer,
                loader,
                settings,
                epochs=self.plan.local_epochs,
                generator=noise,
            )
            loader, optimizer = session.loader, session.optimizer
        self.model.train()
        losses: list[float] = []
        try:
            for _epoch in range(self.plan.local_epochs):
                for batch in loader:
                    if _batch_size_of(batch) == 0:
                        session.noise_only_step()  # only a Poisson loader draws empty batches
                        optimizer.zero_grad(set_to_none=True)
                        continue
                    logits = self.model(
                        input_ids=batch["input_ids"].to(self.device),
                        attention_mask=batch["attention_mask"].to(self.device),
                    ).logits
                    sample_losses = per_sample_loss(logits, batch["labels"].to(self.device))
                    losses.append(_backward(sample_losses, session, optimizer))
                    optimizer.step()
                    optimizer.zero_grad(set_to_none=True)
            if session is not None:
                history.extend(tuple(step) for step in session.engine.accountant.history)
        finally:
            if session is not None:
                session.close()
        self.model.eval()
        return float(np.mean(losses)) if losses else 0.0

    def epsilon(self, history: list[tuple[float, float, int]]) -> float:
        delta = self.plan.site_delta[self.site_index]
        return site_epsilon(history, delta, self.plan.train.privacy.accountant)

    def loss_counts(self, split: str) -> dict[str, Any]:
        """The sum of the split's per-dialogue mean reply losses and the dialogues: counts."""
        import torch

        from steward.assistant.finetune import pad_batch, per_sample_loss

        rows = self.encoded[split]
        total = 0.0
        self.model.eval()
        with torch.inference_mode():
            for start in range(0, len(rows), 16):
                batch = pad_batch(rows[start : start + 16], self.pad_id)
                logits = self.model(
                    input_ids=batch["input_ids"].to(self.device),
                    attention_mask=batch["attention_mask"].to(self.device),
                ).logits
                total += float(per_sample_loss(logits, batch["labels"].to(self.device)).sum())
        return {LOSS_SUM: total, NUM_EXAMPLES: len(rows)}


# One SiteAdapter per site and plan in each worker process (dialogues encoded once).
_SITES: dict[tuple[str, int], SiteAdapter] = {}


def site_adapter(plan: AdapterPlan, site_index: int) -> SiteAdapter:
    key = (plan.token, site_index)
    if key not in _SITES:
        _SITES[key] = SiteAdapter(plan, site_index)
    return _SITES[key]


def mean_loss(counts: Iterable[dict[str, Any]]) -> float | None:
    rows = list(counts)
    n = sum(int(c[NUM_EXAMPLES]) for c in rows)
    return round(sum(float(c[LOSS_SUM]) for c in rows) / n, 5) if n else None


def _site_losses(counts: dict[str, dict[str, Any]]) -> dict[str, float]:
    return {name: loss for name, c in counts.items() if (loss := mean_loss([c])) is not None}


# -- FedAvg in the clear (Flower's Message API) ------------------------------------------------


def build_adapter_client_app(plan: AdapterPlan) -> ClientApp:
    """A site: its partition is the simulation's ``partition-id`` (the site's index)."""
    from flwr.app import ArrayRecord, Context, Message, MetricRecord, RecordDict
    from flwr.clientapp import ClientApp

    app = ClientApp()

    @app.train()
    def train(msg: Message, context: Context) -> Message:
        index = int(context.node_config["partition-id"])
        site = site_adapter(plan, index)
        site.set_adapter(msg.content.array_records["arrays"].to_torch_state_dict())
        history = load_history(context.state)
        config = msg.content.config_records["config"]
        loss = site.train(cast(int, config["server-round"]), history)
        state = site.adapter()
        values: dict[str, Any] = {
            NUM_EXAMPLES: site.rows,
            TRAIN_LOSS: loss,
            SITE_INDEX: index,
            PARAMETERS: sum(t.numel() for t in state.values()),
        }
        if plan.private:
            save_history(context.state, history)
            values[SITE_EPSILON] = site.epsilon(history)
        content = RecordDict({"arrays": ArrayRecord(state), "metrics": MetricRecord(values)})
        return Message(content=content, reply_to=msg)

    @app.evaluate()
    def evaluate(msg: Message, context: Context) -> Message:
        index = int(context.node_config["partition-id"])
        site = site_adapter(plan, index)
        site.set_adapter(msg.content.array_records["arrays"].to_torch_state_dict())
        split = str(msg.content.config_records["config"].get("split", "validation"))
        metrics = MetricRecord({**site.loss_counts(split), SITE_INDEX: index})
        return Message(content=RecordDict({"metrics": metrics}), reply_to=msg)

    return app


def _metrics(reply: Message) -> dict[str, Any]:
    (record,) = reply.content.metric_records.values()
    return dict(record)


def _epsilons(reported: list[dict[str, Any]], names: list[str]) -> dict[str, float] | None:
    by_site = {
        names[int(m[SITE_INDEX])]: round(float(m[SITE_EPSILON]), 5)
        for m in reported
        if SITE_EPSILON in m
    }
    return by_site or None


Receiver = Callable[[int, list[tuple[int, int, dict[str, np.ndarray]]]], None]


def build_adapter_server_app(
    plan: AdapterPlan,
    initial: dict[str, torch.Tensor],
    on_round: Callable[[AdapterRound], None],
    outcome: dict[str, Any],
    on_receive: Receiver | None = None,
) -> ServerApp:
    """FedAvg of the sites' adapters, weighted by rows, for ``plan.rounds`` rounds (each: train,
    then the validation loss at every site), then every site's test loss of the final adapter.
    ``on_round`` is called once per round; ``outcome`` gets ``final_adapter`` and
    ``test_by_site`` (or ``error``). ``on_receive(round, [(site, rows, arrays)])``: what the
    server received (tests)."""
    from flwr.app import (
        ArrayRecord,
        ConfigRecord,
        Context,
        MetricRecord,
        RecordDict,
    )
    from flwr.serverapp import Grid, ServerApp
    from flwr.serverapp.strategy import FedAvg

    names = [site.name for site in plan.sites]

    def sum_counts(records: list[RecordDict], _key: str) -> MetricRecord:
        rows = [dict(next(iter(r.metric_records.values()))) for r in records]
        loss = sum(float(cast(float, r[LOSS_SUM])) for r in rows)
        count = sum(int(cast(int, r[NUM_EXAMPLES])) for r in rows)
        return MetricRecord({LOSS_SUM: loss, NUM_EXAMPLES: count})

    class LedgeredAdapterFedAvg(FedAvg):
        pending: AdapterRound | None = None

        def aggregate_train(
            self, server_round: int, replies: Iterable[Message]
        ) -> tuple[ArrayRecord | None, Any]:
            replies = list(replies)
            answered = [reply for reply in replies if reply.has_content()]
            reported = [_metrics(reply) for reply in answered]
            received = [
                {k: a.numpy() for k, a in reply.content.array_records["arrays"].items()}
                for reply in answered
            ]
            if on_receive is not None:
                on_receive(
                    server_round,
                    [
                        (int(m[SITE_INDEX]), int(m[NUM_EXAMPLES]), arrays)
                        for m, arrays in zip(reported, received, strict=True)
                    ],
                )
            rows = {names[int(m[SITE_INDEX])]: int(m[NUM_EXAMPLES]) for m in reported}
            losses = [float(m[TRAIN_LOSS]) for m in reported]
            self.pending = AdapterRound(
                round=server_round,
                sites=sorted(rows),
                rows_by_site=rows,
                failures=len(replies) - len(answered),
                train_loss=round(float(np.average(losses, weights=list(rows.values()))), 5)
                if losses
                else 0.0,
                update_bytes=sum(sum(a.nbytes for a in r.values()) for r in received),
                parameters_sent=max((int(m[PARAMETERS]) for m in reported), default=0),
                distinct_updates=len({digest(list(r.values())) for r in received}),
                epsilon_by_site=_epsilons(reported, names),
            )
            return super().aggregate_train(server_round, replies)

        def aggregate_evaluate(self, server_round: int, replies: Iterable[Message]) -> Any:
            replies = list(replies)
            aggregated = super().aggregate_evaluate(server_round, replies)
            record = self.pending or AdapterRound(server_round, [], {}, 0, 0.0, 0, 0)
            counts = {
                names[int(_metrics(r)[SITE_INDEX])]: _metrics(r) for r in replies if r.has_content()
            }
            record.validation_loss_by_site = _site_losses(counts)
            record.validation_loss = mean_loss(counts.values())
            on_round(record)
            self.pending = None
            return aggregated

    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Context) -> None:
        try:
            count = len(plan.sites)
            strategy = LedgeredAdapterFedAvg(
                fraction_train=1.0,
                min_train_nodes=count,
                min_evaluate_nodes=count,
                min_available_nodes=count,
                weighted_by_key=NUM_EXAMPLES,
                train_metrics_aggr_fn=lambda records, key: MetricRecord(),  # in AdapterRound
                evaluate_metrics_aggr_fn=sum_counts,
            )
            result = strategy.start(
                grid=grid,
                initial_arrays=ArrayRecord(initial),
                num_rounds=plan.rounds,
                evaluate_config=ConfigRecord({"split": "validation"}),
            )
            final = result.arrays
            replies = test_replies(grid, final)
            outcome["final_adapter"] = final.to_torch_state_dict()
            outcome["test_by_site"] = {
                names[int(_metrics(reply)[SITE_INDEX])]: _metrics(reply) for reply in replies
            }
        except BaseException as exc:  # the simulation only logs it: the caller re-raises it
            outcome["error"] = exc
            raise

    return app


# -- FedAvg through SecAgg+ (Flower's legacy API, as steward.federated.secagg) ------------------


def build_adapter_secagg_client_app(plan: AdapterPlan) -> ClientApp:
    from flwr.client import NumPyClient
    from flwr.client.mod import secaggplus_mod
    from flwr.clientapp import ClientApp
    from flwr.common import Context

    class SiteClient(NumPyClient):
        def __init__(self, index: int, context: Context) -> None:
            self.index, self.node_context = index, context
            self.site = site_adapter(plan, index)
            self.keys = list(self.site.adapter())

        def _set(self, parameters: list[np.ndarray]) -> None:
            import torch

            pairs = zip(self.keys, parameters, strict=True)
            self.site.set_adapter({k: torch.from_numpy(np.array(v)) for k, v in pairs})

        def fit(
            self, parameters: list[np.ndarray], config: dict[str, Any]
        ) -> tuple[list[np.ndarray], int, dict[str, Any]]:
            self._set(parameters)
            history = load_history(self.node_context.state)
            loss = self.site.train(int(config["server-round"]), history)
            state = self.site.adapter()
            arrays = [state[key].numpy() for key in self.keys]
            metrics: dict[str, Any] = {
                TRAIN_LOSS: loss,
                SITE_INDEX: self.index,
                PARAMETERS: sum(a.size for a in arrays),
            }
            if plan.private:
                save_history(self.node_context.state, history)
                metrics[SITE_EPSILON] = self.site.epsilon(history)
            return arrays, self.site.rows, metrics

        def evaluate(
            self, parameters: list[np.ndarray], config: dict[str, Any]
        ) -> tuple[float, int, dict[str, Any]]:
            self._set(parameters)
            counts = self.site.loss_counts(str(config.get("split", "validation")))
            metrics = {COUNTS: json.dumps(counts), SITE_INDEX: self.index}
            return 0.0, int(counts[NUM_EXAMPLES]), metrics

    def client_fn(context: Context) -> Any:
        return SiteClient(int(context.node_config["partition-id"]), context).to_client()

    return ClientApp(client_fn=client_fn, mods=[secaggplus_mod])


def build_adapter_secagg_server_app(
    plan: AdapterPlan,
    initial: dict[str, torch.Tensor],
    on_round: Callable[[AdapterRound], None],
    outcome: dict[str, Any],
    *,
    num_shares: int,
    reconstruction_threshold: int,
    clipping_range: float = 8.0,
    quantization_range: int = 4194304,
    max_weight: float = 1000.0,
) -> ServerApp:
    """FedAvg of the adapters through SecAgg+: the strategy receives the unmasked weighted
    mean (every result carries the same sum), never one site's adapter; as
    :func:`build_adapter_server_app` otherwise."""
    import torch
    from flwr.common import ndarrays_to_parameters, parameters_to_ndarrays
    from flwr.server import Grid, LegacyContext, ServerApp, ServerConfig
    from flwr.server.strategy import FedAvg
    from flwr.server.workflow import DefaultWorkflow, SecAggPlusWorkflow

    names = [site.name for site in plan.sites]
    keys = list(initial)

    class LedgeredSecAggFedAvg(FedAvg):
        pending: AdapterRound | None = None
        latest: Any = None

        def aggregate_fit(
            self, server_round: int, results: list[Any], failures: list[Any]
        ) -> tuple[Any, dict[str, Any]]:
            reported = [(int(fitres.num_examples), dict(fitres.metrics)) for _, fitres in results]
            rows = {names[int(m[SITE_INDEX])]: n for n, m in reported}
            losses = [float(m[TRAIN_LOSS]) for _, m in reported]
            received = [parameters_to_ndarrays(fitres.parameters) for _, fitres in results]
            self.pending = AdapterRound(
                round=server_round,
                sites=sorted(rows),
                rows_by_site=rows,
                failures=len(names) - len(results),
                train_loss=round(float(np.average(losses, weights=list(rows.values()))), 5)
                if losses
                else 0.0,
                update_bytes=sum(sum(a.nbytes for a in arrays) for arrays in received),
                parameters_sent=max((int(m[PARAMETERS]) for _, m in reported), default=0),
                distinct_updates=len({digest(arrays) for arrays in received}),
                epsilon_by_site=_epsilons([m for _, m in reported], names),
            )
            parameters, metrics = super().aggregate_fit(server_round, results, failures)
            self.latest = parameters
            return parameters, metrics

        def aggregate_evaluate(
            self, server_round: int, results: list[Any], failures: list[Any]
        ) -> tuple[float | None, dict[str, Any]]:
            counts = {
                names[int(res.metrics[SITE_INDEX])]: json.loads(str(res.metrics[COUNTS]))
                for _, res in results
            }
            record = self.pending or AdapterRound(server_round, [], {}, 0, 0.0, 0, 0)
            record.validation_loss_by_site = _site_losses(counts)
            record.validation_loss = mean_loss(counts.values())
            on_round(record)
            self.pending = None
            return None, {}

    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Any) -> None:
        try:
            count = len(plan.sites)
            strategy = LedgeredSecAggFedAvg(
                fraction_fit=1.0,
                min_fit_clients=count,
                min_evaluate_clients=count,
                min_available_clients=count,
                initial_parameters=ndarrays_to_parameters([initial[k].numpy() for k in keys]),
                on_fit_config_fn=lambda server_round: {"server-round": server_round},
                on_evaluate_config_fn=lambda server_round: {"split": "validation"},
            )
            legacy = LegacyContext(
                context=context, config=ServerConfig(num_rounds=plan.rounds), strategy=strategy
            )
            workflow = SecAggPlusWorkflow(
                num_shares=num_shares,
                reconstruction_threshold=reconstruction_threshold,
                clipping_range=clipping_range,
                quantization_range=quantization_range,
                max_weight=max_weight,  # at least the largest site's rows
            )
            DefaultWorkflow(fit_workflow=workflow)(grid, legacy)
            final = strategy.latest
            test_by_site = final_test_counts(grid, final, names)
            arrays = parameters_to_ndarrays(final)
            pairs = zip(keys, arrays, strict=True)
            outcome["final_adapter"] = {k: torch.from_numpy(np.array(a)) for k, a in pairs}
            outcome["test_by_site"] = test_by_site
        except BaseException as exc:  # the simulation only logs it: the caller re-raises it
            outcome["error"] = exc
            raise

    return app


def perplexity(loss: float | None) -> float | None:
    return round(math.exp(loss), 4) if loss is not None else None
