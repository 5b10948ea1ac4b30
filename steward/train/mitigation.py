"""Bias mitigation for training: reweighting, counterfactual augmentation, a group-loss penalty.

- :func:`kamiran_calders_weights` (Kamiran & Calders, 2012, "Data preprocessing techniques for
  classification without discrimination"): each row of group ``g`` and label ``y`` gets weight
  ``P(g) P(y) / P(g, y) = n_g n_y / (N n_gy)``, so under the weights group and label are
  independent while each group keeps its total weight ``n_g``, each label its ``n_y`` and the
  whole set ``N`` (the mean weight is 1). That holds exactly when every (group, label) cell has
  rows; otherwise the weights are rescaled to mean 1. With several group columns the group is
  their intersection (a tuple of values).
- :func:`group_balanced_weights` gives each row of group ``g`` the weight ``N / (G n_g)`` (capped
  at ``max_weight``, then rescaled to mean 1), so every group carries the same total weight.
  Kamiran–Calders keeps each group's total weight ``n_g`` and so cannot help a group that is
  simply under-represented; this scheme is the one for that kind of bias (the bundled example's).
- :func:`counterfactual_augment` adds, for each row with an identity term in the EN/ZH lexicons
  (``steward/resources/lexicons``, the same :class:`~steward.audit.counterfactual.Lexicon` swaps
  the counterfactual audit uses), each of its identity-swapped copies with the same label, so
  the model sees "he lost his card" and "she lost her card" with one intent.
- :func:`group_loss_gap` is the fairness penalty for the neural trainer: per group column, the
  worst group's mean loss minus the batch's mean loss (among the groups present in the batch),
  summed over columns; the trainer adds ``group_loss_penalty`` times it to the loss. Only the
  worst group's term carries a gradient (the batch mean is a constant), in the spirit of
  Group DRO (Sagawa et al., 2020): a penalty on max − min would also be lowered by *raising*
  the best group's loss, and in practice drives the model towards a uniform, useless output.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from steward.audit.counterfactual import load_lexicons

if TYPE_CHECKING:
    import torch

MISSING = -1  # group code of a row without a value in that column


def group_key(groups: Mapping[str, str], fields: Sequence[str]) -> tuple[str, ...]:
    return tuple(str(groups.get(field, "")) for field in fields)


def kamiran_calders_weights(
    groups: Sequence[Mapping[str, str]], labels: Sequence[str], fields: Sequence[str]
) -> np.ndarray:
    """One weight per row making the (intersectional) group and the label independent."""
    if len(groups) != len(labels):
        raise ValueError("groups and labels must have the same length")
    if not labels:
        return np.zeros(0, dtype=np.float64)
    keys = [group_key(row, fields) for row in groups]
    n = len(labels)
    n_group, n_label = Counter(keys), Counter(labels)
    n_cell = Counter(zip(keys, labels, strict=True))
    weights = np.array(
        [
            n_group[key] * n_label[label] / (n * n_cell[(key, label)])
            for key, label in zip(keys, labels, strict=True)
        ],
        dtype=np.float64,
    )
    # With every (group, label) cell populated the weights already sum to N; empty cells
    # would take their share of P(g) P(y) with them, so rescale to a mean weight of 1.
    return weights * (n / weights.sum())


def group_balanced_weights(
    groups: Sequence[Mapping[str, str]], fields: Sequence[str], max_weight: float = 10.0
) -> np.ndarray:
    """One weight per row giving every (intersectional) group the same total weight."""
    if max_weight < 1:
        raise ValueError(f"max_weight must be at least 1, got {max_weight}")
    if not groups:
        return np.zeros(0, dtype=np.float64)
    keys = [group_key(row, fields) for row in groups]
    n, n_group = len(keys), Counter(keys)
    weights = np.array([n / (len(n_group) * n_group[key]) for key in keys], dtype=np.float64)
    weights = np.minimum(weights, max_weight)
    return weights * (n / weights.sum())


@dataclass
class Augmented:
    """Rows added by an augmentation: their source row, text and a tag saying how."""

    source: list[int]
    texts: list[str]
    tags: list[str]

    def __len__(self) -> int:
        return len(self.texts)


def counterfactual_augment(
    texts: Sequence[str], attributes: Sequence[str] = ("gender", "nationality", "religion", "age")
) -> Augmented:
    """Every identity-swapped copy of every row that has a term of one of ``attributes``
    (all shifts of each lexicon, so he→she and she→he alike); tag ``cf:<attribute>``."""
    lexicons = load_lexicons(attributes)
    out = Augmented([], [], [])
    for index, text in enumerate(texts):
        seen = {text}
        for attribute, lexicon in lexicons.items():
            for _shift, swapped in lexicon.counterfactuals(text):
                if swapped not in seen:
                    seen.add(swapped)
                    out.source.append(index)
                    out.texts.append(swapped)
                    out.tags.append(f"cf:{attribute}")
    return out


def group_codes(groups: Sequence[Mapping[str, str]], fields: Sequence[str]) -> np.ndarray:
    """``(rows, fields)`` integer codes per column; :data:`MISSING` where a row has no value."""
    codes = np.full((len(groups), len(fields)), MISSING, dtype=np.int64)
    for column, field in enumerate(fields):
        index: dict[str, int] = {}
        for row, values in enumerate(groups):
            value = values.get(field)
            if value not in (None, ""):
                codes[row, column] = index.setdefault(str(value), len(index))
    return codes


def group_loss_gap(per_sample: torch.Tensor, codes: torch.Tensor) -> torch.Tensor:
    """Sum over group columns of the worst present group's mean loss minus the batch mean loss
    (detached, so the gradient only lowers the worst group's loss); zero for a column with
    fewer than two groups present. Differentiable."""
    import torch

    total = per_sample.new_zeros(())
    for column in range(codes.shape[1]):
        column_codes = codes[:, column]
        present = [code for code in column_codes.unique().tolist() if code != MISSING]
        if len(present) < 2:
            continue
        known = column_codes != MISSING
        baseline = per_sample[known].mean().detach()
        worst = torch.stack([per_sample[column_codes == code].mean() for code in present]).max()
        total = total + torch.clamp(worst - baseline, min=0.0)
    return total
