"""What every text attack is, and the registry that selects one by name.

A text attack proposes *one-edit* perturbations of a text (``candidates``); the greedy harness
(:func:`steward.audit.robustness.harness.run_attack`) chains them, up to a budget of edits,
keeping at each step the candidate that lowers the true-class probability most. ``perturb``
applies random edits without a model (data augmentation, smoke tests).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Protocol, TypeVar

import numpy as np

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z]+")


class ProbabilisticClassifier(Protocol):
    """What the audits need from a model: label names and batched class probabilities."""

    labels: list[str]

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...


class TextAttack:
    """Base class: subclasses set ``name`` and implement :meth:`candidates`."""

    name: ClassVar[str] = ""
    kind: ClassVar[str] = "text"

    def bind(self, classifier: Any) -> None:
        """Called once by the harness before attacking; attacks needing the model use it."""

    def candidates(self, text: str, rng: random.Random, k: int) -> list[str]:
        """Up to ``k`` distinct texts, each one edit away from ``text`` and different from it."""
        raise NotImplementedError

    def perturb(self, text: str, rng: random.Random, edits: int) -> str:
        """Apply up to ``edits`` random single edits (no model involved)."""
        for _ in range(edits):
            options = self.candidates(text, rng, 1)
            if not options:
                break
            text = options[0]
        return text

    def config(self) -> dict[str, Any]:
        return {"name": self.name}


def sample_unique(make: Callable[[], str | None], text: str, k: int, tries: int) -> list[str]:
    """Call ``make`` until ``k`` distinct results differing from ``text`` (or ``tries`` calls)."""
    seen: dict[str, None] = {}
    for _ in range(tries):
        if len(seen) >= k:
            break
        out = make()
        if out is not None and out != text:
            seen.setdefault(out, None)
    return list(seen)


ATTACKS: dict[str, type[Any]] = {}
T = TypeVar("T")


def register(cls: type[T]) -> type[T]:
    """Class decorator: make the attack selectable by its ``name``."""
    name = getattr(cls, "name", "")
    if not name:
        raise ValueError(f"{cls.__name__} has no name")
    ATTACKS[name] = cls
    return cls
