"""Supervised LoRA fine-tuning of the assistant's chat model, optionally with DP-SGD.

Low-rank adapters (``peft``) train a few hundred thousand weights next to frozen base weights,
so fine-tuning fits a CPU and the adapter ships as a small file. Each dialogue is encoded the
way :class:`~steward.assistant.model.ChatModel` prompts at generation time (the chat template
with the generation prompt, no extra special tokens), followed by the reply and the end-of-
sequence token; the loss covers the reply tokens only (labels are -100 on the prompt), so the
model learns to answer, not to imitate customers.

With ``privacy.enabled`` the adapters are trained with DP-SGD through
:func:`steward.train.privacy.make_private` (Opacus: Poisson sampling, per-sample clipping,
Gaussian noise, the accountant's ε). Only the LoRA matrices (``nn.Linear`` layers) need
per-sample gradients; the base weights are frozen. The loss of one dialogue is the mean over
its reply tokens and the batch loss the mean over dialogues, which is what Opacus'
``loss_reduction="mean"`` assumes when it rescales per-sample gradients.
"""

from __future__ import annotations

import copy
import random
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Dialogue and the token encoders live beside ChatModel (the canary audit uses them too).
from steward.assistant.model import ChatModel, Dialogue, prompt_token_ids, reply_token_ids
from steward.config import AssistantTrainPolicy
from steward.errors import StewardError

if TYPE_CHECKING:
    import torch

WHERE = "assistant.finetune"
IGNORE = -100  # the label PyTorch's cross-entropy skips: no loss on prompt and padding


@dataclass(frozen=True)
class EncodedDialogue:
    """Token ids of prompt + reply + EOS, and labels that are -100 on the prompt."""

    input_ids: list[int]
    labels: list[int]

    @property
    def prompt_length(self) -> int:
        return next((i for i, label in enumerate(self.labels) if label != IGNORE), len(self.labels))


def eos_token_id(chat: ChatModel) -> int:
    """The token that ends a reply: the tokenizer's, else the model's generation config's."""
    token = chat.tokenizer.eos_token_id
    if token is None:
        token = getattr(chat.model.generation_config, "eos_token_id", None)
        if token is None:
            token = chat.model.config.eos_token_id
    if isinstance(token, list | tuple):
        token = token[0]
    if token is None:
        raise StewardError("the model has no end-of-sequence token", where=WHERE)
    return int(token)


def encode_dialogue(
    chat: ChatModel,
    dialogue: Dialogue,
    max_length: int,
    system_prompt: str | None = None,
) -> EncodedDialogue:
    """Prompt + reply + EOS, at most ``max_length`` tokens. A long prompt loses its start (the
    template's head and the oldest words) so that the reply keeps at least half the budget."""
    prompt = prompt_token_ids(chat.tokenizer, dialogue.prompt, system_prompt)
    reply = [*reply_token_ids(chat.tokenizer, dialogue.response), eos_token_id(chat)]
    if len(prompt) + len(reply) > max_length:
        reply_budget = max(max_length - len(prompt), min(len(reply), max_length // 2))
        reply = reply[:reply_budget]
        prompt = prompt[len(prompt) - (max_length - reply_budget) :] if prompt else prompt
    return EncodedDialogue(input_ids=prompt + reply, labels=[IGNORE] * len(prompt) + reply)


def pad_batch(rows: Sequence[EncodedDialogue], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-padded ``input_ids``, ``attention_mask`` and ``labels`` (-100 on padding), padded
    to the longest row of this batch only."""
    import torch

    width = max((len(row.input_ids) for row in rows), default=0)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(rows), width), dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE, dtype=torch.long)
    for i, row in enumerate(rows):
        n = len(row.input_ids)
        input_ids[i, :n] = torch.tensor(row.input_ids)
        attention_mask[i, :n] = 1
        labels[i, :n] = torch.tensor(row.labels)
    return {"input_ids": input_ids, "attention_mask": attention_mask, "labels": labels}


def per_sample_loss(logits: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Mean next-token cross-entropy over each row's labelled (reply) tokens, one per row."""
    import torch

    predicted = logits[:, :-1].float()
    targets = labels[:, 1:]
    token_loss = torch.nn.functional.cross_entropy(
        predicted.reshape(-1, predicted.shape[-1]),
        targets.reshape(-1),
        ignore_index=IGNORE,
        reduction="none",
    ).view(targets.shape)
    counted = (targets != IGNORE).sum(dim=1).clamp(min=1)
    return token_loss.sum(dim=1) / counted


def _decoder_and_head(model: Any) -> tuple[Any, Any] | None:
    """The causal LM's decoder stack and output layer when its logits are exactly
    ``lm_head(decoder(...).last_hidden_state)`` (no scaling or soft-capping after the head,
    as in Llama / SmolLM2), else None. ``model`` may be a peft model."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    config = getattr(base, "config", None)
    if any(getattr(config, name, None) for name in ("final_logit_softcapping", "logit_scale")):
        return None
    decoder = base.get_decoder() if hasattr(base, "get_decoder") else None
    head = base.get_output_embeddings() if hasattr(base, "get_output_embeddings") else None
    if decoder is None or head is None:
        return None
    return decoder, head


def reply_loss(
    model: Any, batch: dict[str, torch.Tensor], device: str, full_logits: bool = False
) -> torch.Tensor:
    """:func:`per_sample_loss` of a batch, with the output layer run only where a label is:
    the reply tokens. The prompt and the padding (~60% of a batch's positions here) never
    reach the vocabulary-sized output layer or the softmax, whose matmul is about a fifth of
    the forward and backward work of SmolLM2-135M. The losses equal the full-logits ones up
    to float rounding; a model whose logits are not a plain head over the decoder's last
    hidden state takes the full path, and so does ``full_logits`` (a model Opacus wraps:
    its per-sample gradients need the wrapped model's own forward)."""
    import torch

    input_ids = batch["input_ids"].to(device)
    attention_mask = batch["attention_mask"].to(device)
    labels = batch["labels"].to(device)
    parts = None if full_logits else _decoder_and_head(model)
    if parts is None:
        logits = model(input_ids=input_ids, attention_mask=attention_mask).logits
        return per_sample_loss(logits, labels)
    decoder, head = parts
    hidden = decoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
    targets = labels[:, 1:]
    keep = targets != IGNORE
    logits = head(hidden[:, :-1][keep]).float()  # (labelled positions, vocabulary)
    token_loss = torch.nn.functional.cross_entropy(logits, targets[keep], reduction="none")
    rows = keep.nonzero()[:, 0]
    sums = torch.zeros(len(targets), dtype=token_loss.dtype, device=token_loss.device)
    sums = sums.index_add(0, rows, token_loss)
    return sums / keep.sum(dim=1).clamp(min=1)


@dataclass
class FinetuneResult:
    """The fine-tuned model (ready to generate) and what training did."""

    chat: ChatModel
    losses: list[float]
    steps: int
    rows: int
    trainable_parameters: int
    total_parameters: int
    seconds: float
    device: str
    merged: bool
    privacy: dict[str, Any] | None = None
    lora: dict[str, Any] = field(default_factory=dict)

    def save_adapter(self, folder: Path) -> Path:
        """``adapter_config.json`` + ``adapter_model.safetensors`` (peft ``save_pretrained``;
        the LoRA matrices are saved unmerged even when the model serves merged)."""
        folder.mkdir(parents=True, exist_ok=True)
        # the base weights (lm_head and embeddings included) never change: adapters only
        self.chat.model.save_pretrained(
            folder, safe_serialization=True, save_embedding_layers=False
        )
        return folder

    def to_dict(self) -> dict[str, Any]:
        return {
            "losses": [round(loss, 5) for loss in self.losses],
            "steps": self.steps,
            "rows": self.rows,
            "trainable_parameters": self.trainable_parameters,
            "total_parameters": self.total_parameters,
            "seconds": round(self.seconds, 2),
            "device": self.device,
            "merged": self.merged,
            "lora": self.lora,
            "privacy": self.privacy,
        }


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise StewardError("device 'cuda' was asked for but no GPU is available", where=WHERE)
    return device


def _linear_names(model: Any) -> list[str]:
    import torch

    return sorted(
        {
            name.rsplit(".", 1)[-1]
            for name, m in model.named_modules()
            if isinstance(m, torch.nn.Linear)
        }
    )


def _check_inputs(
    chat: ChatModel, dialogues: Sequence[Dialogue], policy: AssistantTrainPolicy
) -> None:
    if not dialogues:
        raise StewardError("no dialogues to fine-tune on", where=WHERE)
    for index, dialogue in enumerate(dialogues):
        if not dialogue.response.strip():
            raise StewardError(
                f"dialogue {index} has an empty response (nothing to learn from)", where=WHERE
            )
    available = _linear_names(chat.model)
    for target in policy.lora.target_modules:
        if target.rsplit(".", 1)[-1] not in available:
            raise StewardError(
                f"LoRA target module {target!r} is not in the model; its Linear layers are: "
                + ", ".join(available),
                where=f"{WHERE}.lora.target_modules",
            )


def _select_rows(dialogues: Sequence[Dialogue], policy: AssistantTrainPolicy) -> list[Dialogue]:
    """A seeded shuffle, cut to ``max_train_rows``."""
    chosen = list(dialogues)
    random.Random(policy.seed).shuffle(chosen)
    if policy.max_train_rows is not None:
        chosen = chosen[: policy.max_train_rows]
    return chosen


class _Rows:
    """Encoded dialogues as (input ids, labels) tensors: Opacus' Poisson loader reads the
    first item's shapes to build an empty batch when the first draw is empty."""

    def __init__(self, rows: list[EncodedDialogue]) -> None:
        import torch

        self.rows = [
            (
                torch.tensor(row.input_ids, dtype=torch.long),
                torch.tensor(row.labels, dtype=torch.long),
            )
            for row in rows
        ]

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> tuple[torch.Tensor, torch.Tensor]:
        return self.rows[index]


def _batch_size_of(batch: Any) -> int:
    """Rows in a batch; Opacus hands an empty Poisson draw over as empty tensors (or a list)."""
    if isinstance(batch, dict):
        return int(batch["input_ids"].shape[0])
    if isinstance(batch, list | tuple) and batch and hasattr(batch[0], "shape"):
        return int(batch[0].shape[0])
    return 0


def finetune_lora(
    chat: ChatModel,
    dialogues: Sequence[Dialogue],
    policy: AssistantTrainPolicy,
    *,
    system_prompt: str | None = None,
    progress: Callable[[int, int, float], None] | None = None,
    merge: bool = True,
) -> FinetuneResult:
    """LoRA fine-tuning of a copy of ``chat.model`` on ``dialogues`` (the caller's model is left
    as it was). ``progress(step, total_steps, loss)`` is called after every optimizer step.
    ``merge`` folds the adapters into the copy's weights for generation (peft
    ``merge_adapter``: as fast as the base model; the adapter can still be saved)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from torch.utils.data import DataLoader

    _check_inputs(chat, dialogues, policy)
    device = resolve_device(policy.device)
    torch.manual_seed(policy.seed)
    chosen = _select_rows(dialogues, policy)
    encoded = [encode_dialogue(chat, d, policy.max_length, system_prompt) for d in chosen]
    pad_id = chat.tokenizer.pad_token_id
    pad_id = eos_token_id(chat) if pad_id is None else int(pad_id)

    lora = policy.lora
    config = LoraConfig(
        task_type="CAUSAL_LM",
        r=lora.rank,
        lora_alpha=lora.alpha,  # type: ignore[arg-type]  # peft says int; floats scale alike
        lora_dropout=lora.dropout,
        target_modules=list(lora.target_modules),
        bias="none",
    )
    base = copy.deepcopy(chat.model).to(device)
    model: Any = get_peft_model(base, config)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=policy.learning_rate)
    total_parameters = sum(p.numel() for p in model.parameters())

    def collate(rows: list[tuple[torch.Tensor, torch.Tensor]]) -> dict[str, torch.Tensor]:
        return pad_batch(
            [EncodedDialogue(ids.tolist(), labels.tolist()) for ids, labels in rows], pad_id
        )

    shuffle = torch.Generator().manual_seed(policy.seed)
    loader: DataLoader[Any] = DataLoader(
        _Rows(encoded),  # type: ignore[arg-type]
        batch_size=policy.batch_size,
        shuffle=True,
        generator=shuffle,
        collate_fn=collate,
    )
    session: Any = None
    if policy.privacy.enabled:
        from steward.train.privacy import make_private

        noise = torch.Generator(device=device).manual_seed(policy.seed)
        session = make_private(
            model, optimizer, loader, policy.privacy, epochs=policy.epochs, generator=noise
        )
        loader, optimizer = session.loader, session.optimizer

    model.train()
    losses: list[float] = []
    steps = 0
    total_steps = len(loader) * policy.epochs
    started = time.perf_counter()
    try:
        for _epoch in range(policy.epochs):
            epoch_losses: list[float] = []
            for batch in loader:
                if _batch_size_of(batch) == 0:
                    session.noise_only_step()  # only a Poisson loader draws empty batches
                    optimizer.zero_grad(set_to_none=True)
                    steps += 1
                    continue
                sample_losses = reply_loss(model, batch, device, full_logits=session is not None)
                loss_value = _backward(sample_losses, session, optimizer)
                optimizer.step()
                optimizer.zero_grad(set_to_none=True)
                steps += 1
                epoch_losses.append(loss_value)
                if progress is not None:
                    progress(steps, total_steps, loss_value)
            losses.append(sum(epoch_losses) / len(epoch_losses) if epoch_losses else float("nan"))
    finally:
        privacy = session.report().to_dict() if session is not None else None
        if session is not None:
            session.close()
    seconds = time.perf_counter() - started
    model.eval()
    if merge:
        model.merge_adapter()
    return FinetuneResult(
        chat=ChatModel(model, chat.tokenizer, device),
        losses=losses,
        steps=steps,
        rows=len(encoded),
        trainable_parameters=sum(p.numel() for p in trainable),
        total_parameters=total_parameters,
        seconds=seconds,
        device=device,
        merged=merge,
        privacy=privacy,
        lora={
            "rank": lora.rank,
            "alpha": lora.alpha,
            "dropout": lora.dropout,
            "target_modules": list(lora.target_modules),
        },
    )


def _backward(sample_losses: torch.Tensor, session: Any, optimizer: Any) -> float:
    """Backward of the mean over samples; ghost clipping takes the per-sample losses."""
    if session is not None and session.mode == "ghost":
        from opacus.utils.fast_gradient_clipping_utils import DPTensorFastGradientClipping

        loss: Any = DPTensorFastGradientClipping(session.hooks, optimizer, sample_losses, "mean")
    else:
        loss = sample_losses.mean()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Full backward hook is firing")
        loss.backward()
    return float(sample_losses.detach().mean())


def load_with_adapter(base_dir: Path, adapter_dir: Path, device: str = "cpu") -> ChatModel:
    """The base model with a saved LoRA adapter merged into its weights, for serving."""
    from peft import PeftModel

    if not (adapter_dir / "adapter_config.json").is_file():
        raise StewardError(
            "not a LoRA adapter folder (no adapter_config.json)", where=str(adapter_dir)
        )
    base = ChatModel.load(base_dir, device=resolve_device(device))
    model: Any = PeftModel.from_pretrained(base.model, adapter_dir)
    merged = model.merge_and_unload()
    merged.eval()
    return ChatModel(merged, base.tokenizer, base.device)
