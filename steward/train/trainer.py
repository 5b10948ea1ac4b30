"""Fine-tune a Hugging Face encoder for intent classification, on CPU or CUDA.

Speed on CPU comes from dynamic padding (each batch padded to its own longest message) and
length-bucketed batches; the best epoch on the validation split is kept (early stopping).
"""

from __future__ import annotations

import copy
import math
import random
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from steward.config import TrainPolicy
from steward.errors import StewardError

if TYPE_CHECKING:  # heavy imports stay lazy so the CLI starts fast
    import torch
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

    from steward.train.mitigation import Augmented
    from steward.train.privacy import PrivateSession

ProgressCallback = Callable[[str, int, int], None]  # (phase, done, total)
EpochCallback = Callable[["EpochStats"], None]

MAX_NEW_TOKENS = 5000


@dataclass
class EpochStats:
    epoch: int
    train_loss: float
    val_macro_f1: float
    val_accuracy: float
    seconds: float


@dataclass
class TrainResult:
    """What training did, for the registry's lineage and the model card: seed,
    hyper-parameters, the protections applied (each a dict with its ``kind``) and, under DP,
    the privacy accounting with the ε actually spent."""

    labels: list[str]
    history: list[EpochStats] = field(default_factory=list)
    best_epoch: int = 0
    added_tokens: int = 0
    device: str = "cpu"
    train_rows: int = 0  # rows trained on, augmented copies included
    seconds: float = 0.0
    seed: int | None = None
    hyperparameters: dict[str, Any] = field(default_factory=dict)
    protections: list[dict[str, Any]] = field(default_factory=list)
    privacy: dict[str, Any] | None = None
    temperature: float = 1.0  # fitted on the validation split (1.0: not calibrated)

    @property
    def epsilon_spent(self) -> float | None:
        return None if self.privacy is None else float(self.privacy["epsilon_spent"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels,
            "best_epoch": self.best_epoch,
            "added_tokens": self.added_tokens,
            "device": self.device,
            "train_rows": self.train_rows,
            "seconds": round(self.seconds, 2),
            "history": [stats.__dict__ for stats in self.history],
            "seed": self.seed,
            "hyperparameters": self.hyperparameters,
            "protections": self.protections,
            "privacy": self.privacy,
            "epsilon_spent": self.epsilon_spent,
            "temperature": round(self.temperature, 4),
        }


def set_seed(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def pick_device(preference: str) -> str:
    import torch

    if preference == "cuda" or (preference == "auto" and torch.cuda.is_available()):
        return "cuda" if torch.cuda.is_available() else "cpu"
    return "cpu"


def unknown_characters(tokenizer: PreTrainedTokenizerBase, texts: Sequence[str]) -> list[str]:
    """Characters the tokenizer can only map to [UNK] (most Chinese for an English vocab),
    most frequent first, so they can be added as tokens of their own."""
    counts: Counter[str] = Counter(char for text in texts for char in text if not char.isspace())
    unk = tokenizer.unk_token
    missing = [char for char, _ in counts.most_common() if tokenizer.tokenize(char) == [unk]]
    return missing[:MAX_NEW_TOKENS]


class IntentClassifier:
    """Tokenizer + sequence-classification model + label names; fit, predict, save, load."""

    def __init__(
        self,
        model: PreTrainedModel,
        tokenizer: PreTrainedTokenizerBase,
        labels: list[str],
        max_length: int,
        device: str = "cpu",
        temperature: float = 1.0,
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.labels = labels
        self.max_length = max_length
        self.device = device
        self.temperature = temperature  # predict_proba divides the logits by it
        # text -> raw logits while :meth:`cached_logits` is on (None: off)
        self._logit_cache: dict[str, np.ndarray] | None = None
        self._val_logits: np.ndarray | None = None  # of the last validation (fit)

    # -- construction --------------------------------------------------------------------
    @classmethod
    def from_base(
        cls,
        base_dir: Path,
        labels: list[str],
        policy: TrainPolicy,
        texts_for_vocab: Sequence[str] = (),
    ) -> tuple[IntentClassifier, int]:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()  # the "newly initialised head" notice is expected
        hf_logging.disable_progress_bar()  # weight-loading bars would clutter the run log
        tokenizer = AutoTokenizer.from_pretrained(base_dir)
        model = AutoModelForSequenceClassification.from_pretrained(
            base_dir,
            num_labels=len(labels),
            id2label=dict(enumerate(labels)),
            label2id={v: k for k, v in enumerate(labels)},
        )
        added = 0
        if policy.extend_vocab and texts_for_vocab:
            new_tokens = unknown_characters(tokenizer, texts_for_vocab)
            if new_tokens:
                added = tokenizer.add_tokens(new_tokens)
                model.resize_token_embeddings(len(tokenizer), mean_resizing=True)
        device = pick_device(policy.device)
        return cls(model.to(device), tokenizer, labels, policy.max_length, device), added

    @classmethod
    def load(cls, model_dir: Path, device: str = "cpu") -> IntentClassifier:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(model_dir)
        model = AutoModelForSequenceClassification.from_pretrained(model_dir).to(device)
        model.eval()
        config = model.config
        labels = [config.id2label[i] for i in range(config.num_labels)]
        max_length = int(getattr(config, "steward_max_length", 64))
        temperature = float(getattr(config, "steward_temperature", 1.0))
        return cls(model, tokenizer, labels, max_length, device, temperature)

    def save(self, model_dir: Path) -> Path:
        """Write safetensors weights, config (with labels) and tokenizer; return weights path."""
        self.model.config.steward_max_length = self.max_length
        self.model.config.steward_temperature = self.temperature
        self.model.save_pretrained(model_dir, safe_serialization=True)
        self.tokenizer.save_pretrained(model_dir)
        return model_dir / "model.safetensors"

    # -- batching ------------------------------------------------------------------------
    def _encode(self, texts: Sequence[str]) -> list[list[int]]:
        encoded = self.tokenizer(list(texts), truncation=True, max_length=self.max_length)
        ids: list[list[int]] = encoded["input_ids"]
        return ids

    def _collate(self, rows: list[list[int]]) -> dict[str, torch.Tensor]:
        import torch

        width = max(len(row) for row in rows)
        pad = self.tokenizer.pad_token_id or 0
        input_ids = torch.full((len(rows), width), pad, dtype=torch.long)
        attention = torch.zeros((len(rows), width), dtype=torch.long)
        for i, row in enumerate(rows):
            input_ids[i, : len(row)] = torch.tensor(row)
            attention[i, : len(row)] = 1
        return {"input_ids": input_ids.to(self.device), "attention_mask": attention.to(self.device)}

    @staticmethod
    def _length_buckets(
        lengths: Sequence[int], batch_size: int, rng: random.Random
    ) -> list[list[int]]:
        """Shuffle, sort within chunks of 50 batches by length: little padding, still random."""
        order = list(range(len(lengths)))
        rng.shuffle(order)
        chunk = batch_size * 50
        batches: list[list[int]] = []
        for start in range(0, len(order), chunk):
            part = sorted(order[start : start + chunk], key=lambda i: lengths[i])
            batches.extend(part[i : i + batch_size] for i in range(0, len(part), batch_size))
        rng.shuffle(batches)
        return batches

    # -- training ------------------------------------------------------------------------
    def fit(
        self,
        train_texts: Sequence[str],
        train_labels: Sequence[str],
        val_texts: Sequence[str],
        val_labels: Sequence[str],
        policy: TrainPolicy,
        progress: ProgressCallback | None = None,
        on_epoch: EpochCallback | None = None,
        *,
        train_groups: Sequence[Mapping[str, str]] | None = None,
    ) -> TrainResult:
        """Fine-tune on the training rows, keeping the epoch with the best validation macro-F1.

        ``policy.privacy``, ``policy.adversarial`` and ``policy.mitigation`` switch on DP-SGD,
        adversarial training and bias mitigation; ``train_groups`` (one mapping of group column
        to value per training row, e.g. ``Record.groups``) is needed by reweighting and the
        group-loss penalty. What was applied is listed in ``TrainResult.protections``."""
        import torch

        set_seed(policy.seed)
        rng = random.Random(policy.seed)
        result = TrainResult(
            labels=list(self.labels),
            device=self.device,
            seed=policy.seed,
            hyperparameters=policy.model_dump(mode="json"),
        )
        rows = self._training_rows(train_texts, train_labels, train_groups, policy, result)
        result.train_rows = len(rows.texts)
        label_index = {label: i for i, label in enumerate(self.labels)}
        train_ids = self._encode(rows.texts)
        targets = torch.tensor([label_index[label] for label in rows.labels], dtype=torch.long)
        weights = torch.tensor(rows.weights, dtype=torch.float32)
        codes = torch.from_numpy(rows.codes)
        loop: _PlainLoop | _PrivateLoop | _PrivateHeadLoop
        if policy.privacy.enabled and policy.privacy.trainable == "head":
            loop = _PrivateHeadLoop(self, policy, train_ids, targets)
        elif policy.privacy.enabled:
            loop = _PrivateLoop(self, policy, train_ids, targets, self._optimizer(policy))
        else:
            optimizer = self._optimizer(policy, fused=True)
            loop = _PlainLoop(self, policy, train_ids, targets, weights, codes, optimizer, rng)
        best_f1, best_state, bad_epochs = -1.0, None, 0
        best_logits: np.ndarray | None = None
        started = time.perf_counter()
        done = 0
        try:
            for epoch in range(1, policy.epochs + 1):
                epoch_start = time.perf_counter()
                if epoch == 1:  # work done once for training (a feature pass) counts in epoch 1
                    epoch_start -= loop.setup_seconds
                self.model.train()
                losses = []
                for loss in loop.epoch():
                    losses.append(loss)
                    done += 1
                    if progress:
                        progress("train", done, loop.total_steps)
                stats = self._validate(epoch, losses, val_texts, val_labels, epoch_start)
                result.history.append(stats)
                if on_epoch:
                    on_epoch(stats)
                if stats.val_macro_f1 > best_f1:
                    best_f1, bad_epochs, result.best_epoch = stats.val_macro_f1, 0, epoch
                    best_state = copy.deepcopy(self.model.state_dict())
                    best_logits = self._val_logits
                else:
                    bad_epochs += 1
                    if bad_epochs > policy.early_stopping_patience:
                        break
        finally:
            loop.close()
        if best_state is not None:
            self.model.load_state_dict(best_state)
        if policy.calibrate and val_texts:
            # the validation logits of the epoch kept are those of the weights restored
            result.temperature = self.calibrate(val_texts, val_labels, logits=best_logits)
        result.protections.extend(loop.protections())
        result.privacy = loop.privacy_report()
        result.seconds = time.perf_counter() - started
        return result

    def _optimizer(self, policy: TrainPolicy, *, fused: bool = False) -> torch.optim.Optimizer:
        """AdamW with weight decay on all but biases and layer norms. ``fused``: one kernel
        over all the parameters instead of a Python loop over them (the same update; on a
        CPU it made the optimizer step, a quarter of the demo's training time, several times
        cheaper); not for DP-SGD, whose optimizer Opacus wraps."""
        import torch

        no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight")
        params = [(n, p) for n, p in self.model.named_parameters() if p.requires_grad]
        groups = [
            {
                "params": [p for n, p in params if not n.endswith(no_decay)],
                "weight_decay": policy.weight_decay,
            },
            {"params": [p for n, p in params if n.endswith(no_decay)], "weight_decay": 0.0},
        ]
        if fused:
            try:
                return torch.optim.AdamW(groups, lr=policy.learning_rate, fused=True)
            except RuntimeError:  # a device or dtype without the fused kernel
                pass
        return torch.optim.AdamW(groups, lr=policy.learning_rate)

    def _validate(
        self,
        epoch: int,
        losses: list[float],
        val_texts: Sequence[str],
        val_labels: Sequence[str],
        epoch_start: float,
    ) -> EpochStats:
        from sklearn.metrics import accuracy_score, f1_score

        logits = self.logits(val_texts)
        self._val_logits = logits  # the best epoch's are reused by the calibration
        predicted = [self.labels[i] for i in logits.argmax(axis=1)]
        f1 = float(f1_score(val_labels, predicted, average="macro", zero_division=0))
        return EpochStats(
            epoch=epoch,
            train_loss=round(float(np.mean(losses)), 5) if losses else float("nan"),
            val_macro_f1=round(f1, 5),
            val_accuracy=round(float(accuracy_score(val_labels, predicted)), 5),
            seconds=round(time.perf_counter() - epoch_start, 2),
        )

    def _training_rows(
        self,
        texts: Sequence[str],
        labels: Sequence[str],
        groups: Sequence[Mapping[str, str]] | None,
        policy: TrainPolicy,
        result: TrainResult,
    ) -> _Rows:
        """The rows trained on: the given ones plus counterfactual and attack copies, with
        Kamiran-Calders weights and group codes where the policy asks for them."""
        from steward.train.adversarial import attack_augment
        from steward.train.mitigation import (
            counterfactual_augment,
            group_balanced_weights,
            group_codes,
            kamiran_calders_weights,
        )

        if len(texts) != len(labels) or (groups is not None and len(groups) != len(texts)):
            raise ValueError("train_texts, train_labels and train_groups must be equally long")
        mitigation, adversarial = policy.mitigation, policy.adversarial
        group_rows = [dict(g) for g in groups] if groups is not None else [{} for _ in texts]
        fields = sorted({field for row in group_rows for field in row})
        if mitigation.group_fields:
            missing = sorted(set(mitigation.group_fields) - set(fields))
            if missing:
                raise StewardError(
                    f"mitigation.group_fields names {', '.join(missing)}, which the training "
                    f"rows do not carry (they have: {', '.join(fields) or 'none'})",
                    where="train.mitigation.group_fields",
                )
            fields = sorted(mitigation.group_fields)
        needs_groups = mitigation.reweighting != "none" or mitigation.group_loss_penalty > 0
        if needs_groups and not fields:
            raise StewardError(
                "reweighting and group_loss_penalty need group columns (data.group_fields) "
                "on the training rows",
                where="train.mitigation",
            )
        rows = _Rows(list(texts), list(labels), group_rows, ["original"] * len(texts))
        if mitigation.counterfactual_augmentation:
            added = counterfactual_augment(texts, mitigation.counterfactual_attributes)
            rows.extend(added, labels, group_rows)
            result.protections.append(
                {
                    "kind": "counterfactual_augmentation",
                    "attributes": list(mitigation.counterfactual_attributes),
                    "rows_added": len(added),
                    "rows_added_by_attribute": dict(Counter(added.tags)),
                }
            )
        if adversarial.method == "augment":
            added = attack_augment(texts, adversarial, seed=policy.seed, classifier=self)
            rows.extend(added, labels, group_rows)
            result.protections.append(
                {
                    "kind": "adversarial_augmentation",
                    "recipes": list(adversarial.augment_recipes),
                    "ratio": adversarial.augment_ratio,
                    "edits": adversarial.augment_edits,
                    "rows_added": len(added),
                    "rows_added_by_recipe": dict(Counter(added.tags)),
                }
            )
        rows.weights = [1.0] * len(rows.texts)
        if mitigation.reweighting != "none":
            if mitigation.reweighting == "group_balanced":
                weights = group_balanced_weights(rows.groups, fields, mitigation.max_weight)
            else:
                weights = kamiran_calders_weights(rows.groups, rows.labels, fields)
            rows.weights = weights.tolist()
            result.protections.append(
                {
                    "kind": "reweighting",
                    "scheme": mitigation.reweighting,
                    "group_fields": fields,
                    "weight_min": round(float(weights.min()), 4),
                    "weight_max": round(float(weights.max()), 4),
                }
            )
        rows.codes = group_codes(rows.groups, fields)
        if mitigation.group_loss_penalty > 0:
            result.protections.append(
                {
                    "kind": "group_loss_penalty",
                    "weight": mitigation.group_loss_penalty,
                    "group_fields": fields,
                }
            )
        return rows

    # -- inference -----------------------------------------------------------------------
    @contextmanager
    def cached_logits(self) -> Iterator[None]:
        """Within, the logits of a text already scored are reused instead of recomputed:
        the audits score the same test messages several times (performance, robustness,
        membership, counterfactuals, explanations). Only while the weights do not change."""
        previous = self._logit_cache
        if previous is None:
            self._logit_cache = {}
        try:
            yield
        finally:
            self._logit_cache = previous

    @contextmanager
    def uncached_logits(self) -> Iterator[None]:
        """Within, every text is run through the model again (a confirmation on its own)."""
        previous, self._logit_cache = self._logit_cache, None
        try:
            yield
        finally:
            self._logit_cache = previous

    @contextmanager
    def isolated_logits(self) -> Iterator[None]:
        """Within, the cache (when on) starts as a copy of the current one and what is added
        to it is dropped at the end: one shard of an audit sees the cache the audit started
        with, whichever shards ran before it in this process (so a shard computes the same
        logits in this process and on a Ray worker holding a copy of the classifier)."""
        previous = self._logit_cache
        if previous is not None:
            self._logit_cache = dict(previous)
        try:
            yield
        finally:
            self._logit_cache = previous

    def logits(self, texts: Sequence[str], batch_size: int = 128) -> np.ndarray:
        """Raw logits (before temperature), batched by length; each distinct text is run
        once (and, under :meth:`cached_logits`, once for the whole block)."""
        cache = self._logit_cache
        if cache is None:
            cache = {}
        missing = list(dict.fromkeys(text for text in texts if text not in cache))
        if missing:
            cache.update(zip(missing, self._model_logits(missing, batch_size), strict=True))
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return np.stack([cache[text] for text in texts])

    def _model_logits(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        import torch

        self.model.eval()
        encoded = self._encode(texts)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        out = np.zeros((len(encoded), len(self.labels)), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                index = order[start : start + batch_size]
                logits = self.model(**self._collate([encoded[i] for i in index])).logits
                out[index] = logits.float().cpu().numpy()
        return out

    def predict_proba(self, texts: Sequence[str], batch_size: int = 128) -> np.ndarray:
        return _softmax(self.logits(texts, batch_size) / self.temperature)

    def calibrate(
        self, texts: Sequence[str], labels: Sequence[str], *, logits: np.ndarray | None = None
    ) -> float:
        """Fit the temperature on held-out rows (minimum negative log-likelihood over
        log T in [-3, 3], i.e. T in [0.05, 20]) and keep it; return it. The arg-max, hence
        every prediction and accuracy figure, is unchanged. ``logits``: the rows' raw logits
        under the current weights, when computed already."""
        from scipy.optimize import minimize_scalar

        if logits is None or len(logits) != len(texts):
            logits = self.logits(texts)
        logits = logits.astype(np.float64)
        index = {label: i for i, label in enumerate(self.labels)}
        targets = np.array([index[label] for label in labels])

        def nll(log_t: float) -> float:
            scaled = logits / np.exp(log_t)
            scaled -= scaled.max(axis=1, keepdims=True)
            log_z = np.log(np.exp(scaled).sum(axis=1))
            return float(np.mean(log_z - scaled[np.arange(len(targets)), targets]))

        fitted = minimize_scalar(nll, bounds=(-3.0, 3.0), method="bounded")
        self.temperature = float(np.exp(fitted.x))
        return self.temperature

    def predict(self, texts: Sequence[str]) -> list[str]:
        if not texts:
            return []
        return [self.labels[i] for i in self.predict_proba(texts).argmax(axis=1)]


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    probabilities: np.ndarray = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
    return probabilities


@dataclass
class _Rows:
    """Training rows after augmentation, with weights and integer group codes."""

    texts: list[str]
    labels: list[str]
    groups: list[dict[str, str]]
    origin: list[str]
    weights: list[float] = field(default_factory=list)
    codes: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.int64))

    def extend(
        self, added: Augmented, labels: Sequence[str], groups: Sequence[dict[str, str]]
    ) -> None:
        """Append augmented copies; each keeps its source row's label and groups."""
        self.texts.extend(added.texts)
        self.labels.extend(labels[i] for i in added.source)
        self.groups.extend(dict(groups[i]) for i in added.source)
        self.origin.extend(added.tags)


class _PlainLoop:
    """Length-bucketed batches; weighted loss, group-loss penalty, FGM/PGD when asked for."""

    setup_seconds = 0.0

    def __init__(
        self,
        classifier: IntentClassifier,
        policy: TrainPolicy,
        train_ids: list[list[int]],
        targets: torch.Tensor,
        weights: torch.Tensor,
        codes: torch.Tensor,
        optimizer: torch.optim.Optimizer,
        rng: random.Random,
    ) -> None:
        from transformers import get_linear_schedule_with_warmup

        from steward.train.adversarial import EmbeddingAdversary

        self.classifier, self.policy, self.rng = classifier, policy, rng
        self.train_ids, self.targets, self.weights, self.codes = train_ids, targets, weights, codes
        self.optimizer = optimizer
        self.lengths = [len(row) for row in train_ids]
        self.total_steps = math.ceil(len(train_ids) / policy.batch_size) * policy.epochs
        self.scheduler = get_linear_schedule_with_warmup(
            optimizer, int(policy.warmup_ratio * self.total_steps), self.total_steps
        )
        method = policy.adversarial.method
        self.adversary = (
            EmbeddingAdversary(policy.adversarial) if method in ("fgm", "pgd") else None
        )
        self.penalty = policy.mitigation.group_loss_penalty

    def loss(
        self, logits: torch.Tensor, labels: torch.Tensor, weights: torch.Tensor, codes: torch.Tensor
    ) -> torch.Tensor:
        import torch.nn.functional as F

        from steward.train.mitigation import group_loss_gap

        per_sample = F.cross_entropy(logits.float(), labels, reduction="none")
        loss = (per_sample * weights).mean()
        if self.penalty > 0:
            loss = loss + self.penalty * group_loss_gap(per_sample, codes)
        return loss

    def epoch(self) -> Iterator[float]:
        import torch

        clf = self.classifier
        model, device = clf.model, clf.device
        use_amp = device == "cuda"
        for batch_rows in clf._length_buckets(self.lengths, self.policy.batch_size, self.rng):
            inputs = clf._collate([self.train_ids[i] for i in batch_rows])
            labels = self.targets[batch_rows].to(device)
            weights = self.weights[batch_rows].to(device)
            codes = self.codes[batch_rows].to(device)

            def loss_at(
                delta: torch.Tensor | None,
                inputs: dict[str, torch.Tensor] = inputs,
                labels: torch.Tensor = labels,
                weights: torch.Tensor = weights,
                codes: torch.Tensor = codes,
            ) -> torch.Tensor:
                with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=use_amp):
                    if delta is None:
                        logits = model(**inputs).logits
                    else:
                        embeds = model.get_input_embeddings()(inputs["input_ids"])
                        logits = model(
                            inputs_embeds=embeds + delta.to(embeds.dtype),
                            attention_mask=inputs["attention_mask"],
                        ).logits
                return self.loss(logits, labels, weights, codes)

            if self.adversary is not None:
                mask = inputs["attention_mask"].unsqueeze(-1).float()
                embedding = cast("torch.nn.Embedding", model.get_input_embeddings())
                width = embedding.embedding_dim
                shape = torch.Size((*inputs["input_ids"].shape, width))
                value = self.adversary.backward(loss_at, shape, mask)
            else:
                loss = loss_at(None)
                loss.backward()
                value = float(loss.detach())
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0, foreach=True)
            self.optimizer.step()
            self.scheduler.step()
            self.optimizer.zero_grad(set_to_none=True)
            yield value

    def protections(self) -> list[dict[str, Any]]:
        if self.adversary is None:
            return []
        return [{"kind": "adversarial_training", **self.adversary.config()}]

    def privacy_report(self) -> dict[str, Any] | None:
        return None

    def close(self) -> None:
        pass


class _IdsDataset:
    """Token ids and label index per row, for Opacus' Poisson-sampling data loader."""

    def __init__(self, ids: list[list[int]], targets: torch.Tensor) -> None:
        self.ids, self.targets = ids, targets.tolist()

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index: int) -> tuple[list[int], int]:
        return self.ids[index], self.targets[index]


class _DPSteps:
    """What both DP loops share: the scheduler over the private loader, one DP-SGD step per
    Poisson batch (a noise-only step for an empty one), the privacy report and clean-up."""

    setup_seconds = 0.0
    classifier: IntentClassifier
    session: PrivateSession
    frozen: list[str]

    def _schedule(self, policy: TrainPolicy) -> None:
        from transformers import get_linear_schedule_with_warmup

        self.total_steps = len(self.session.loader) * policy.epochs
        self.scheduler = get_linear_schedule_with_warmup(
            self.session.optimizer, int(policy.warmup_ratio * self.total_steps), self.total_steps
        )

    def _noise_only_step(self) -> None:
        """Poisson sampling drew no row: still a step, zero gradient plus noise, counted."""
        self.session.noise_only_step()
        self.scheduler.step()
        self.session.optimizer.zero_grad(set_to_none=True)

    def _step(self, loss: torch.Tensor) -> float:
        with warnings.catch_warnings():
            # ghost clipping's two backward passes trip a harmless torch hook notice
            warnings.filterwarnings("ignore", message="Full backward hook is firing")
            loss.backward()
        self.session.optimizer.step()
        self.scheduler.step()
        self.session.optimizer.zero_grad(set_to_none=True)
        return float(loss.item())

    def protections(self) -> list[dict[str, Any]]:
        return [{"kind": "differential_privacy", **self.privacy_report()}]

    def privacy_report(self) -> dict[str, Any]:
        return self.session.report().to_dict()

    def close(self) -> None:
        self.session.close()
        frozen = set(self.frozen)  # frozen for training only; later users may want gradients
        for name, param in self.classifier.model.named_parameters():
            if name in frozen:
                param.requires_grad_(True)


class _PrivateLoop(_DPSteps):
    """DP-SGD through :func:`steward.train.privacy.make_private` (Poisson-sampled batches,
    per-sample clipping, Gaussian noise). Runs in float32 even on CUDA: per-sample norms in
    bfloat16 could misjudge the clip bound the guarantee rests on."""

    def __init__(
        self,
        classifier: IntentClassifier,
        policy: TrainPolicy,
        train_ids: list[list[int]],
        targets: torch.Tensor,
        optimizer: torch.optim.Optimizer,
    ) -> None:
        import inspect

        import torch
        from torch.utils.data import DataLoader

        from steward.train.privacy import make_private

        self.classifier, self.policy = classifier, policy
        model = classifier.model
        accepted = inspect.signature(model.forward).parameters
        # Per-sample gradients need every embedding lookup to have a batch dimension; Hugging
        # Face encoders broadcast one row of position ids (and expand token types) unless given.
        self.extra_ids = [name for name in ("position_ids", "token_type_ids") if name in accepted]
        self.frozen: list[str] = []
        if policy.privacy.freeze_word_embeddings:
            embedding = model.get_input_embeddings()
            for name, param in model.named_parameters():
                if any(param is p for p in embedding.parameters()):
                    param.requires_grad_(False)
                    self.frozen.append(name)
        if "position_ids" not in accepted:
            for name, param in model.named_parameters():
                if "position_embeddings" in name:
                    param.requires_grad_(False)
                    self.frozen.append(name)

        def collate(rows: list[tuple[list[int], int]]) -> dict[str, torch.Tensor]:
            batch = classifier._collate([ids for ids, _ in rows])
            size, width = batch["input_ids"].shape
            device = batch["input_ids"].device
            if "position_ids" in self.extra_ids:
                batch["position_ids"] = torch.arange(width, device=device).repeat(size, 1)
            if "token_type_ids" in self.extra_ids:
                batch["token_type_ids"] = torch.zeros_like(batch["input_ids"])
            batch["labels"] = torch.tensor([label for _, label in rows], device=device)
            return batch

        loader: DataLoader[Any] = DataLoader(
            _IdsDataset(train_ids, targets),  # type: ignore[arg-type]
            batch_size=policy.batch_size,
            collate_fn=collate,
        )
        self.session = make_private(model, optimizer, loader, policy.privacy, epochs=policy.epochs)
        self._schedule(policy)

    def epoch(self) -> Iterator[float]:
        model = self.classifier.model
        for batch in self.session.loader:
            labels = batch.pop("labels")
            if len(labels) == 0:
                self._noise_only_step()
                continue
            yield self._step(self.session.loss_fn(model(**batch).logits.float(), labels))

    def privacy_report(self) -> dict[str, Any]:
        out = super().privacy_report()
        if self.frozen:
            out["frozen_parameters"] = self.frozen
        return out


class _PrivateHeadLoop(_DPSteps):
    """DP-SGD on the classification head only (``privacy.trainable: head``): the pretrained
    encoder is public and stays fixed, its first-token states are computed once (eval mode) and
    the head is trained on them with Poisson sampling, clipping and noise as in
    :class:`_PrivateLoop`. The guarantee covers the training rows exactly as full DP
    fine-tuning does: each row touches the model only through its clipped head gradient."""

    def __init__(
        self,
        classifier: IntentClassifier,
        policy: TrainPolicy,
        train_ids: list[list[int]],
        targets: torch.Tensor,
    ) -> None:
        import torch
        from torch.utils.data import DataLoader, TensorDataset

        from steward.train.heads import first_token_states, split_head
        from steward.train.privacy import make_private

        self.classifier = classifier
        model = classifier.model
        encoder, self.head = split_head(model)
        head_params = {id(param) for param in self.head.parameters()}
        self.frozen: list[str] = []
        for name, param in model.named_parameters():
            if id(param) not in head_params and param.requires_grad:
                param.requires_grad_(False)
                self.frozen.append(name)
        self.trained = [n for n, param in model.named_parameters() if id(param) in head_params]
        started = time.perf_counter()
        # Sorted by length so each batch pads little; the states go back in row order.
        # Batches are collated one at a time, as the encoder asks for them.
        order = sorted(range(len(train_ids)), key=lambda i: len(train_ids[i]))
        batches = (
            classifier._collate([train_ids[i] for i in order[start : start + 128]])
            for start in range(0, len(order), 128)
        )
        states = first_token_states(encoder, batches)
        features = torch.empty_like(states)
        features[torch.tensor(order, device=states.device)] = states
        self.setup_seconds = time.perf_counter() - started
        loader: DataLoader[Any] = DataLoader(
            TensorDataset(features, targets.to(features.device)), batch_size=policy.batch_size
        )
        optimizer = classifier._optimizer(policy)  # after freezing: the head's weights only
        self.session = make_private(
            self.head, optimizer, loader, policy.privacy, epochs=policy.epochs
        )
        self._schedule(policy)

    def epoch(self) -> Iterator[float]:
        for features, labels in self.session.loader:
            if len(labels) == 0:
                self._noise_only_step()
                continue
            yield self._step(self.session.loss_fn(self.head(features), labels))

    def privacy_report(self) -> dict[str, Any]:
        out = super().privacy_report()
        out["trainable"] = "head"
        out["trained_parameters"] = self.trained
        out["feature_seconds"] = round(self.setup_seconds, 2)
        return out
