"""Token attributions with Integrated Gradients (Captum) on the input embeddings.

For a text ``x`` and a class ``c``, Integrated Gradients attributes ``f_c(x) - f_c(x')`` (the
predicted probability of ``c`` at the input minus at a baseline ``x'``) to the input tokens by
integrating gradients along the straight path between their embeddings. The baseline keeps
``[CLS]``, ``[SEP]`` and padding and replaces every other token by ``[PAD]`` (or ``[MASK]``):
the same length, the same positions, no content. Captum's ``LayerIntegratedGradients`` runs
over the word-embedding layer (``model.get_input_embeddings()``), so position and segment
embeddings are identical on both ends and the token attributions (summed over the hidden
dimension) add up to ``f_c(x) - f_c(x')`` up to the Riemann-sum error, which Captum returns as
the convergence delta and :class:`Explanation` keeps.

:func:`explain` handles a batch of texts at a time (each batch padded to its longest text, its
``n_steps`` interpolations evaluated ``internal_batch_size`` rows at a time);
:func:`merge_wordpieces` turns WordPiece tokens back into words; :func:`highlight_html` renders
tokens as escaped HTML spans coloured by the sign and size of their attribution, for a report
template to embed. :func:`explain_sample` and :func:`explain_flips` explain a sample of
predictions and the flips of a counterfactual audit.
"""

from __future__ import annotations

import html
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from steward.errors import StewardError

if TYPE_CHECKING:
    from steward.audit.counterfactual import CounterfactualReport, Flip
    from steward.train.trainer import IntentClassifier

Baseline = Literal["pad", "mask"]

POSITIVE_RGB = (22, 163, 74)  # green: pushes towards the explained class
NEGATIVE_RGB = (220, 38, 38)  # red: pushes away from it


@dataclass(frozen=True)
class TokenAttribution:
    token: str
    attribution: float
    normalised: float  # attribution / max |attribution| of the text: in [-1, 1]

    def to_dict(self) -> dict[str, Any]:
        return {
            "token": self.token,
            "attribution": round(self.attribution, 6),
            "normalised": round(self.normalised, 6),
        }


def _normalise(tokens: Sequence[str], values: Sequence[float]) -> tuple[TokenAttribution, ...]:
    scale = max((abs(v) for v in values), default=0.0)
    return tuple(
        TokenAttribution(t, float(v), float(v) / scale if scale > 0 else 0.0)
        for t, v in zip(tokens, values, strict=True)
    )


@dataclass(frozen=True)
class Explanation:
    text: str
    target: str  # the explained class
    probability: float  # f_target(x)
    baseline_probability: float  # f_target(baseline)
    delta: float  # sum of attributions - (f(x) - f(baseline)); Captum's convergence delta
    tokens: tuple[TokenAttribution, ...]  # special tokens and padding left out

    @property
    def words(self) -> tuple[TokenAttribution, ...]:
        return merge_wordpieces(self.tokens)

    def html(self, *, words: bool = True) -> str:
        return highlight_html(self.words if words else self.tokens)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "target": self.target,
            "probability": round(self.probability, 6),
            "baseline_probability": round(self.baseline_probability, 6),
            "delta": round(self.delta, 6),
            "tokens": [t.to_dict() for t in self.tokens],
            "words": [w.to_dict() for w in self.words],
        }


def merge_wordpieces(
    tokens: Sequence[TokenAttribution], continuation: str = "##"
) -> tuple[TokenAttribution, ...]:
    """Join WordPiece continuations (``##ing``) onto the word before them, summing their
    attributions, and renormalise over the words."""
    words: list[str] = []
    values: list[float] = []
    for token in tokens:
        if token.token.startswith(continuation) and words:
            words[-1] += token.token[len(continuation) :]
            values[-1] += token.attribution
        else:
            words.append(token.token)
            values.append(token.attribution)
    return _normalise(words, values)


def _is_cjk(text: str) -> bool:
    return any(
        "\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uac00" <= c <= "\ud7af"
        for c in text
    )


def highlight_html(tokens: Sequence[TokenAttribution]) -> str:
    """Escaped HTML: one ``<span>`` per token, its background green (positive) or red
    (negative) with opacity ``|normalised|``, the raw attribution in its title. Tokens are
    separated by a space, except between two Chinese (CJK) tokens."""
    parts: list[str] = []
    previous_cjk = False
    for i, token in enumerate(tokens):
        cjk = _is_cjk(token.token)
        if i and not (cjk and previous_cjk):
            parts.append(" ")
        previous_cjk = cjk
        r, g, b = POSITIVE_RGB if token.normalised >= 0 else NEGATIVE_RGB
        alpha = min(1.0, abs(token.normalised))
        parts.append(
            f'<span class="attr" style="background-color: rgba({r}, {g}, {b}, {alpha:.3f})" '
            f'title="{token.attribution:+.4f}">{html.escape(token.token)}</span>'
        )
    return '<span class="attributions">' + "".join(parts) + "</span>"


def _label_index(classifier: IntentClassifier, target: str | int) -> int:
    if isinstance(target, int):
        if not 0 <= target < len(classifier.labels):
            raise StewardError(f"no class {target}", where="explain.target")
        return target
    if target not in classifier.labels:
        raise StewardError(
            f"unknown label {target!r}; labels: {', '.join(classifier.labels)}",
            where="explain.target",
        )
    return classifier.labels.index(target)


def explain(
    classifier: IntentClassifier,
    texts: Sequence[str],
    target: str | int | Sequence[str | int] | None = None,
    n_steps: int = 32,
    *,
    batch_size: int = 8,
    internal_batch_size: int | None = None,
    baseline: Baseline = "pad",
    method: str = "gausslegendre",
) -> list[Explanation]:
    """Integrated Gradients token attributions of each text for ``target`` (a label, a class
    index, one per text, or ``None`` for the predicted class)."""
    import torch
    from captum.attr import LayerIntegratedGradients

    if n_steps < 1:
        raise StewardError(f"must be at least 1, got {n_steps}", where="explain.n_steps")
    if not texts:
        return []
    texts = list(texts)
    if target is None:
        targets = [int(i) for i in classifier.predict_proba(texts).argmax(axis=1)]
    elif isinstance(target, str | int):
        targets = [_label_index(classifier, target)] * len(texts)
    else:
        if len(target) != len(texts):
            raise StewardError(
                f"{len(target)} targets for {len(texts)} texts", where="explain.target"
            )
        targets = [_label_index(classifier, t) for t in target]

    model, tokenizer = classifier.model, classifier.tokenizer
    model.eval()
    replacement = tokenizer.mask_token_id if baseline == "mask" else tokenizer.pad_token_id
    if replacement is None:
        raise StewardError(f"the tokenizer has no {baseline} token", where="explain.baseline")
    # Structural tokens stay in the baseline and out of the output; [UNK] is content.
    special = {
        getattr(tokenizer, f"{name}_token_id", None) for name in ("cls", "sep", "pad", "bos", "eos")
    } - {None}

    def forward(input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        logits = model(input_ids=input_ids, attention_mask=attention_mask).logits
        return torch.softmax(logits.float(), dim=-1)

    lig = LayerIntegratedGradients(forward, model.get_input_embeddings())
    explanations: list[Explanation] = []
    for start in range(0, len(texts), batch_size):
        chunk = texts[start : start + batch_size]
        chunk_targets = torch.tensor(targets[start : start + batch_size], device=classifier.device)
        rows = classifier._encode(chunk)
        inputs = classifier._collate(rows)
        input_ids, attention = inputs["input_ids"], inputs["attention_mask"]
        keep = torch.tensor(
            [[tid in special for tid in row] for row in input_ids.tolist()],
            device=input_ids.device,
        )
        reference = torch.where(keep, input_ids, torch.full_like(input_ids, replacement))
        attributions, delta = lig.attribute(
            inputs=input_ids,
            baselines=reference,
            target=chunk_targets,
            additional_forward_args=(attention,),
            n_steps=n_steps,
            method=method,
            internal_batch_size=internal_batch_size,
            return_convergence_delta=True,
        )
        with torch.no_grad():
            p_input = forward(input_ids, attention).gather(1, chunk_targets[:, None])[:, 0]
            p_base = forward(reference, attention).gather(1, chunk_targets[:, None])[:, 0]
        scores = attributions.sum(dim=-1).detach().float().cpu().numpy()
        for i, text in enumerate(chunk):
            ids = rows[i]
            positions = [j for j, tid in enumerate(ids) if tid not in special]
            tokens = tokenizer.convert_ids_to_tokens([ids[j] for j in positions])
            explanations.append(
                Explanation(
                    text=text,
                    target=classifier.labels[int(chunk_targets[i])],
                    probability=float(p_input[i]),
                    baseline_probability=float(p_base[i]),
                    delta=float(delta[i]),
                    tokens=_normalise(tokens, np.asarray(scores[i])[positions].tolist()),
                )
            )
    return explanations


def explain_sample(
    classifier: IntentClassifier,
    texts: Sequence[str],
    k: int = 20,
    *,
    seed: int = 0,
    n_steps: int = 32,
) -> list[Explanation]:
    """Explain the predicted class of ``k`` texts drawn at random (reproducibly)."""
    picked = sorted(random.Random(seed).sample(range(len(texts)), min(k, len(texts))))
    return explain(classifier, [texts[i] for i in picked], None, n_steps)


@dataclass(frozen=True)
class FlipExplanation:
    flip: Flip
    original: Explanation  # both explain the originally predicted class
    counterfactual: Explanation

    def to_dict(self) -> dict[str, Any]:
        return {
            "flip": self.flip.to_dict(),
            "original": self.original.to_dict(),
            "counterfactual": self.counterfactual.to_dict(),
        }


def explain_flips(
    classifier: IntentClassifier,
    report: CounterfactualReport,
    n_steps: int = 32,
    *,
    limit: int | None = None,
) -> list[FlipExplanation]:
    """Explain both sides of every flip the report kept (all of them when the audit ran with
    ``max_examples=None``; the first ``limit`` if given), for the originally predicted class."""
    flips = report.flips if limit is None else report.flips[:limit]
    if not flips:
        return []
    texts = [t for f in flips for t in (f.original, f.counterfactual)]
    targets = [f.original_label for f in flips for _ in range(2)]
    done = explain(classifier, texts, targets, n_steps)
    return [FlipExplanation(flip, done[2 * i], done[2 * i + 1]) for i, flip in enumerate(flips)]
