"""A federated site's head in torch alone: the same function and parameters as the BERT head it
stands for, and unpickled without importing transformers (Flower's deployment unpickles a site's
model in each per-message process)."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import torch
from transformers import BertConfig, BertForSequenceClassification

from steward.train.heads import FirstTokenPooler, portable_head, split_head

ROOT = Path(__file__).resolve().parents[2]


def _model() -> BertForSequenceClassification:
    torch.manual_seed(3)
    config = BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=32, num_labels=4)  # fmt: skip
    return BertForSequenceClassification(config).eval()


def test_the_portable_head_computes_the_bert_head_over_the_same_parameters() -> None:
    _, head = split_head(_model())
    portable = portable_head(head)
    assert isinstance(portable.pooler, FirstTokenPooler)
    first_token = torch.randn(5, 16)
    torch.testing.assert_close(portable(first_token), head(first_token), rtol=0, atol=0)
    # the same state-dict keys (what sites and server exchange) and the same tensors: training
    # the portable head trains the model's
    assert list(portable.state_dict()) == list(head.state_dict())
    for mine, theirs in zip(portable.parameters(), head.parameters(), strict=True):
        assert mine is theirs
    with torch.no_grad():
        portable.pooler.dense.bias.add_(1.0)
    torch.testing.assert_close(portable(first_token), head(first_token), rtol=0, atol=0)


def test_the_portable_head_unpickles_without_transformers(tmp_path: Path) -> None:
    _, head = split_head(_model())
    first_token = torch.randn(3, 16)
    path = tmp_path / "head.pkl"
    path.write_bytes(pickle.dumps((portable_head(head), first_token, head(first_token))))
    check = (
        "import pickle, sys, torch\n"
        f"head, x, expected = pickle.loads(open({str(path)!r}, 'rb').read())\n"
        "torch.testing.assert_close(head(x), expected, rtol=0, atol=0)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'transformers'))\n"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    # the control: the BERT head itself brings transformers in
    path.write_bytes(pickle.dumps((head, first_token, head(first_token))))
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "transformers.models.bert.modeling_bert" in done.stdout


def test_another_pooler_is_kept() -> None:
    from steward.train.heads import FirstTokenHead

    head = FirstTokenHead(torch.nn.Identity(), torch.nn.Identity(), torch.nn.Linear(4, 2))
    assert portable_head(head) is head
