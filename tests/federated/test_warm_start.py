"""federated.head_init: label_names: the head starts from zero-shot prototypes of the names."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from steward.errors import StewardError
from steward.train.heads import FirstTokenHead, label_name_text, warm_start_from_label_names


class _Pooler(nn.Module):
    """BertPooler's computation (dense + tanh on position 0), small."""

    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.dense = nn.Linear(hidden, hidden)

    def forward(self, states: torch.Tensor) -> torch.Tensor:
        return torch.tanh(self.dense(states[:, 0]))


def _head(hidden: int, classes: int) -> FirstTokenHead:
    torch.manual_seed(0)
    return FirstTokenHead(_Pooler(hidden), nn.Dropout(0.1), nn.Linear(hidden, classes))


def test_label_names_read_as_words() -> None:
    assert label_name_text("card_arrival") == "card arrival"
    assert label_name_text("Refund_not_showing_up") == "refund not showing up"
    assert label_name_text("top-up  limit") == "top up limit"


def test_prototypes_are_the_pooled_names_at_the_scale() -> None:
    head = _head(16, 5)
    head.train()
    names = torch.randn(5, 16)
    warm_start_from_label_names(head, names, scale=4.0)
    classifier, pooler = head.classifier, head.pooler
    assert isinstance(classifier, nn.Linear) and isinstance(pooler, _Pooler)
    weight = classifier.weight.detach()
    assert torch.allclose(weight.norm(dim=1), torch.full((5,), 4.0), atol=1e-5)
    assert torch.count_nonzero(classifier.bias) == 0
    pooled = torch.tanh(pooler.dense(names))
    cosine = nn.functional.cosine_similarity(weight, pooled, dim=1)
    assert torch.allclose(cosine, torch.ones(5), atol=1e-5)
    # zero-shot: each name is classified as its own label, and the head is left training
    head.eval()
    assert head(names).argmax(dim=1).tolist() == [0, 1, 2, 3, 4]
    head.train()
    assert head.training


def test_one_name_per_class_or_a_clear_error() -> None:
    with pytest.raises(StewardError, match="one name per class"):
        warm_start_from_label_names(_head(8, 3), torch.randn(4, 8), scale=1.0)


def test_the_federation_s_warm_start_classifies_the_names_zero_shot() -> None:
    """``steward federate``'s helper on the packaged MiniLM: the names, encoded as the sites
    encode their rows, land on their own labels before any training."""
    from steward.config import TrainPolicy
    from steward.federated.pipeline import warm_start
    from steward.train.heads import first_token_states, split_head
    from steward.train.model_source import resolve_base_model
    from steward.train.trainer import IntentClassifier

    labels = ("card_arrival", "exchange_rate", "lost_or_stolen_phone", "top_up_failed")
    policy = TrainPolicy(max_length=32, extend_vocab=False, seed=3)
    classifier, _ = IntentClassifier.from_base(resolve_base_model("minilm"), list(labels), policy)
    encoder, head = split_head(classifier.model)
    warm_start(classifier, encoder, head, labels, 5.0)
    texts = ["card arrival", "exchange rate", "lost or stolen phone", "top up failed"]
    states = first_token_states(encoder, [classifier._collate(classifier._encode(texts))])
    head.eval()
    with torch.no_grad():
        assert head(states).argmax(dim=1).tolist() == [0, 1, 2, 3]
    rows = head.classifier  # the model's own classifier (shared, not a copy)
    assert isinstance(rows, nn.Linear) and rows is classifier.model.classifier
    assert torch.allclose(rows.weight.norm(dim=1), torch.full((4,), 5.0), atol=1e-4)
