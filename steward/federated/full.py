"""Full fine-tuning over the sites (``federated.trainable: all``): the model at one site when
every weight is trained and exchanged.

A site holds the whole intent classifier (encoder and head) and its governed rows as token
ids; each round it loads the global weights, fine-tunes every weight on its training rows for
``local_epochs`` (AdamW with the centralised trainer's weight-decay groups and gradient-norm
clip of 1, or plain SGD; FedProx's pull towards the round's global weights when asked) and
sends back all its float32 *parameters* (``named_parameters``: no buffer, e.g. BERT's
position ids, which nothing trains). Under sample-level DP the epochs are DP-SGD on the whole
model through the project's Opacus front door, exactly as ``train.privacy.trainable: all``
runs centrally (per-sample clipping over every weight, Poisson sampling), at the noise the site
planned for all its rounds, with the site's own accountant (the history it keeps in its Flower
state). Client-level DP (Flower's wrappers) clips the whole update, whatever its size. Evaluation
runs the whole model on the site's rows (the encoder changes every round, so no features are
cached) and, as for the head, replies with counts only.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

from steward.federated.apps import FederationPlan, SimulatedDropoutError, SiteModel, _read_rows

if TYPE_CHECKING:
    import torch

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
