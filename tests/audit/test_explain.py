from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from steward.audit.counterfactual import AttributeResult, CounterfactualReport, Flip
from steward.audit.explain import (
    TokenAttribution,
    explain,
    explain_flips,
    highlight_html,
    merge_wordpieces,
)
from steward.config import TrainPolicy
from steward.errors import StewardError
from steward.train.trainer import IntentClassifier

LABELS = ["balance", "card_lost", "transfer"]
TEXTS = ["I lost my debit card yesterday", "transfer failed", "查询余额 please <b>now</b>"]


@pytest.fixture(scope="module")
def classifier(tiny_model_dir: Path) -> Iterator[IntentClassifier]:
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # a tiny model on a shared machine: extra threads only contend

    policy = TrainPolicy(base_model=str(tiny_model_dir), max_length=32)
    model, _ = IntentClassifier.from_base(tiny_model_dir, LABELS, policy)
    torch.manual_seed(1)
    # BERT's default initialisation (std 0.02) gives nearly the same output for every input;
    # wider random weights make f(x) - f(baseline) far from zero, so completeness means something.
    with torch.no_grad():
        for parameter in model.model.parameters():
            if parameter.dim() == 2:
                parameter.normal_(0.0, 0.2)
    yield model
    torch.set_num_threads(threads)


def test_shapes_targets_and_completeness(classifier: IntentClassifier) -> None:
    explanations = explain(classifier, TEXTS, n_steps=32, batch_size=2)
    assert [e.text for e in explanations] == TEXTS
    assert [e.target for e in explanations] == classifier.predict(TEXTS)
    tokenizer = classifier.tokenizer
    for e in explanations:
        assert [t.token for t in e.tokens] == tokenizer.tokenize(e.text)  # no [CLS]/[SEP]
        assert max(abs(t.normalised) for t in e.tokens) == pytest.approx(1.0)
        gap = e.probability - e.baseline_probability
        total = sum(t.attribution for t in e.tokens)
        assert abs(gap) > 1e-3  # there is something to attribute
        assert total - gap == pytest.approx(e.delta, abs=1e-5)  # Captum's delta, checked
        assert abs(e.delta) < 0.02 * abs(gap) + 1e-4  # completeness
    words = explanations[0].words
    assert [w.token for w in words] == ["i", "lost", "my", "debit", "card", "yesterday"]


def test_batching_and_explicit_target_agree(classifier: IntentClassifier) -> None:
    together = explain(classifier, TEXTS, target="transfer", n_steps=8, batch_size=3)
    alone = [explain(classifier, [t], "transfer", n_steps=8)[0] for t in TEXTS]
    for a, b in zip(together, alone, strict=True):
        assert a.target == b.target == "transfer"
        assert [t.attribution for t in a.tokens] == pytest.approx(
            [t.attribution for t in b.tokens], abs=1e-5
        )
    with pytest.raises(StewardError, match="unknown label 'nope'"):
        explain(classifier, TEXTS[:1], "nope")
    assert explain(classifier, []) == []


def test_explain_flips_explains_both_sides_for_the_original_class(
    classifier: IntentClassifier,
) -> None:
    flip = Flip(
        "gender",
        "he lost his card",
        "she lost her card",
        "card_lost",
        "balance",
        (0.2, 0.7, 0.1),
        (0.6, 0.3, 0.1),
    )
    result = AttributeResult("gender", 1, 1, 1, 1, 1.0, 0.4, 0.4, (flip,))
    report = CounterfactualReport(tuple(LABELS), 1, (result,))
    (explained,) = explain_flips(classifier, report, n_steps=8)
    assert explained.original.text == flip.original
    assert explained.counterfactual.text == flip.counterfactual
    assert explained.original.target == explained.counterfactual.target == "card_lost"
    assert explained.to_dict()["counterfactual"]["words"][0]["token"] == "she"


def test_merge_wordpieces_and_highlight_html() -> None:
    tokens = [
        TokenAttribution("de", 0.1, 0.0),
        TokenAttribution("##bit", 0.3, 0.0),
        TokenAttribution("<b>", -0.8, 0.0),
        TokenAttribution("查", 0.2, 0.0),
        TokenAttribution("询", 0.0, 0.0),
    ]
    words = merge_wordpieces(tokens)
    assert [w.token for w in words] == ["debit", "<b>", "查", "询"]
    assert words[0].attribution == pytest.approx(0.4)
    assert [w.normalised for w in words] == pytest.approx([0.5, -1.0, 0.25, 0.0])
    html = highlight_html(words)
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "rgba(220, 38, 38, 1.000)" in html  # the most negative: full red
    assert "rgba(22, 163, 74, 0.500)" in html
    assert "查</span><span" in html  # no space between Chinese characters
    assert html.count("<span") == 5 and html.count("</span>") == 5
