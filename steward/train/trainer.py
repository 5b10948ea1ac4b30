"""Fine-tune a Hugging Face encoder for intent classification, on CPU or CUDA.

Speed on CPU comes from dynamic padding (each batch padded to its own longest message) and
length-bucketed batches; the best epoch on the validation split is kept (early stopping).
"""

from __future__ import annotations

import copy
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from steward.config import TrainPolicy

if TYPE_CHECKING:  # heavy imports stay lazy so the CLI starts fast
    import torch
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

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
    labels: list[str]
    history: list[EpochStats] = field(default_factory=list)
    best_epoch: int = 0
    added_tokens: int = 0
    device: str = "cpu"
    train_rows: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels,
            "best_epoch": self.best_epoch,
            "added_tokens": self.added_tokens,
            "device": self.device,
            "train_rows": self.train_rows,
            "seconds": round(self.seconds, 2),
            "history": [stats.__dict__ for stats in self.history],
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
    ) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.labels = labels
        self.max_length = max_length
        self.device = device

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
        return cls(model, tokenizer, labels, max_length, device)

    def save(self, model_dir: Path) -> Path:
        """Write safetensors weights, config (with labels) and tokenizer; return weights path."""
        self.model.config.steward_max_length = self.max_length
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
    ) -> TrainResult:
        import torch
        from sklearn.metrics import accuracy_score, f1_score
        from transformers import get_linear_schedule_with_warmup

        set_seed(policy.seed)
        rng = random.Random(policy.seed)
        label_index = {label: i for i, label in enumerate(self.labels)}
        train_ids = self._encode(train_texts)
        targets = torch.tensor([label_index[label] for label in train_labels], dtype=torch.long)
        lengths = [len(row) for row in train_ids]
        steps_per_epoch = math.ceil(len(train_ids) / policy.batch_size)
        total_steps = steps_per_epoch * policy.epochs

        no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight")
        groups = [
            {
                "params": [p for n, p in self.model.named_parameters() if not n.endswith(no_decay)],
                "weight_decay": policy.weight_decay,
            },
            {
                "params": [p for n, p in self.model.named_parameters() if n.endswith(no_decay)],
                "weight_decay": 0.0,
            },
        ]
        optimizer = torch.optim.AdamW(groups, lr=policy.learning_rate)
        scheduler = get_linear_schedule_with_warmup(
            optimizer, int(policy.warmup_ratio * total_steps), total_steps
        )
        use_amp = self.device == "cuda"

        result = TrainResult(
            labels=list(self.labels), device=self.device, train_rows=len(train_ids)
        )
        best_f1, best_state, bad_epochs = -1.0, None, 0
        started = time.perf_counter()
        done = 0
        for epoch in range(1, policy.epochs + 1):
            epoch_start = time.perf_counter()
            self.model.train()
            losses = []
            for batch_rows in self._length_buckets(lengths, policy.batch_size, rng):
                inputs = self._collate([train_ids[i] for i in batch_rows])
                labels = targets[batch_rows].to(self.device)
                with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=use_amp):
                    loss = self.model(**inputs, labels=labels).loss
                loss.backward()
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
                losses.append(float(loss.detach()))
                done += 1
                if progress:
                    progress("train", done, total_steps)
            predicted = self.predict(val_texts)
            f1 = float(f1_score(val_labels, predicted, average="macro", zero_division=0))
            stats = EpochStats(
                epoch=epoch,
                train_loss=round(float(np.mean(losses)), 5),
                val_macro_f1=round(f1, 5),
                val_accuracy=round(float(accuracy_score(val_labels, predicted)), 5),
                seconds=round(time.perf_counter() - epoch_start, 2),
            )
            result.history.append(stats)
            if on_epoch:
                on_epoch(stats)
            if f1 > best_f1:
                best_f1, bad_epochs, result.best_epoch = f1, 0, epoch
                best_state = copy.deepcopy(self.model.state_dict())
            else:
                bad_epochs += 1
                if bad_epochs > policy.early_stopping_patience:
                    break
        if best_state is not None:
            self.model.load_state_dict(best_state)
        result.seconds = time.perf_counter() - started
        return result

    # -- inference -----------------------------------------------------------------------
    def predict_proba(self, texts: Sequence[str], batch_size: int = 128) -> np.ndarray:
        import torch

        self.model.eval()
        encoded = self._encode(texts)
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        probabilities = np.zeros((len(encoded), len(self.labels)), dtype=np.float32)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                index = order[start : start + batch_size]
                logits = self.model(**self._collate([encoded[i] for i in index])).logits
                probabilities[index] = torch.softmax(logits.float(), dim=-1).cpu().numpy()
        return probabilities

    def predict(self, texts: Sequence[str]) -> list[str]:
        if not texts:
            return []
        return [self.labels[i] for i in self.predict_proba(texts).argmax(axis=1)]
