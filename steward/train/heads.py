"""The classification head of a Hugging Face encoder classifier, as a module of its own.

DP-SGD with ``train.privacy.trainable: head`` keeps the pretrained encoder fixed and trains only
what sits above it, on the encoder's features computed once (Tramèr & Boneh, 2021,
"Differentially Private Learning Needs Better Features"): far fewer noisy coordinates and no
per-sample gradients through the encoder. :class:`FirstTokenHead` shares its parameters with the
full model (no copies), so training it trains the model that is saved and served.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch import nn

from steward.errors import StewardError


class FirstTokenHead(nn.Module):
    """``classifier(dropout(pooler(h)))`` on the encoder's first-token state ``h`` — what
    ``BertForSequenceClassification`` computes above its encoder."""

    def __init__(self, pooler: nn.Module, dropout: nn.Module, classifier: nn.Module) -> None:
        super().__init__()
        self.pooler, self.dropout, self.classifier = pooler, dropout, classifier

    def forward(self, first_token: torch.Tensor) -> torch.Tensor:
        # The pooler reads position 0 of a (batch, length, hidden) tensor.
        pooled = self.pooler(first_token.unsqueeze(1))
        logits: torch.Tensor = self.classifier(self.dropout(pooled))
        return logits


class FirstTokenPooler(nn.Module):
    """``activation(dense(h[:, 0]))``: what BERT's pooler computes, in torch alone, with its
    parameter names (``dense.weight``, ``dense.bias``)."""

    def __init__(self, dense: nn.Module, activation: nn.Module) -> None:
        super().__init__()
        self.dense, self.activation = dense, activation

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        pooled: torch.Tensor = self.activation(self.dense(hidden_states[:, 0]))
        return pooled


# poolers whose forward is exactly FirstTokenPooler's (transformers' BertPooler: MiniLM's too)
_DENSE_ACTIVATION_POOLERS = frozenset({"BertPooler"})


def portable_head(head: FirstTokenHead) -> FirstTokenHead:
    """``head`` over the same parameters (no copies), with a BERT pooler replaced by
    :class:`FirstTokenPooler`: the same function and state-dict keys, and nothing of
    transformers in it. A federated site's model is pickled between Flower's per-message
    processes; unpickling transformers' pooler imports its BERT module, ~3.5 CPU-s a process
    (torch._dynamo, torch.distributed), where this head needs torch alone. Any other pooler
    is kept as it is."""
    pooler = head.pooler
    if type(pooler).__name__ not in _DENSE_ACTIVATION_POOLERS:
        return head
    dense, activation = pooler.dense, pooler.activation
    if not isinstance(dense, nn.Module) or not isinstance(activation, nn.Module):
        return head
    plain = FirstTokenPooler(dense, activation)
    return FirstTokenHead(plain, head.dropout, head.classifier)


def split_head(model: nn.Module) -> tuple[nn.Module, FirstTokenHead]:
    """The encoder and the head of a BERT-style classifier (an encoder with a pooler, then a
    linear classifier); anything else is refused with what to use instead."""
    prefix = getattr(model, "base_model_prefix", "")
    encoder = getattr(model, prefix, None) if prefix else None
    pooler = getattr(encoder, "pooler", None)
    classifier = getattr(model, "classifier", None)
    if encoder is None or pooler is None or not isinstance(classifier, nn.Linear):
        raise StewardError(
            f"privacy.trainable=head needs a BERT-style classifier (an encoder with a pooler and "
            f"a linear classifier); {type(model).__name__} is not one. Use trainable: all",
            where="train.privacy.trainable",
        )
    dropout = getattr(model, "dropout", None) or nn.Identity()
    return encoder, FirstTokenHead(pooler, dropout, classifier)


@torch.no_grad()
def first_token_states(
    encoder: nn.Module, batches: Iterable[dict[str, torch.Tensor]]
) -> torch.Tensor:
    """The encoder's first-token state for every row of ``batches``, in order (eval mode, so
    dropout is off and the features are a fixed function of each row)."""
    was_training = encoder.training
    encoder.eval()
    try:
        states = [encoder(**batch).last_hidden_state[:, 0].float() for batch in batches]
    finally:
        encoder.train(was_training)
    return torch.cat(states)


def label_name_text(label: str) -> str:
    """An intent's name as words ("card_arrival" -> "card arrival"): the public string a
    label-name warm start encodes."""
    return " ".join(label.replace("_", " ").replace("-", " ").split()).lower()


@torch.no_grad()
def warm_start_from_label_names(
    head: FirstTokenHead, name_states: torch.Tensor, scale: float
) -> None:
    """Zero-shot prototypes as the head's starting point: row ``i`` of the classifier becomes
    ``scale`` times the unit-length pooled state of label ``i``'s name (``name_states``: the
    encoder's first-token states of the names, in label order), the bias 0. The names are
    public (the label set every site agrees on), so the start reads no training row and
    costs no privacy; DP-SGD then needs fewer noisy steps to a good head."""
    classifier = head.classifier
    if not isinstance(classifier, nn.Linear) or name_states.shape[0] != classifier.out_features:
        raise StewardError(
            f"a label-name warm start needs one name per class ({name_states.shape[0]} names, "
            f"{getattr(classifier, 'out_features', '?')} classes)",
            where="federated.head_init",
        )
    was_training = head.training
    head.eval()
    pooled = head.pooler(name_states.unsqueeze(1))
    head.train(was_training)
    unit = pooled / pooled.norm(dim=1, keepdim=True).clamp_min(1e-12)
    classifier.weight.copy_(scale * unit)
    if classifier.bias is not None:
        classifier.bias.zero_()
