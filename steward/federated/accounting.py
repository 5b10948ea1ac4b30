"""Privacy accounting shared by the federation's apps and its distributed-DP plan (a module
of its own: ``steward.federated.ddp`` and ``steward.federated.apps`` both read it)."""

from __future__ import annotations

import functools
from typing import Any


def site_epsilon(history: list[tuple[float, float, int]], delta: float, accountant: str) -> float:
    """A site's ε from its accountant's history ((noise, sample rate, steps) per round)."""
    return _history_epsilon(tuple(tuple(step) for step in history), delta, accountant)


@functools.lru_cache(maxsize=1024)
def _history_epsilon(history: tuple[tuple[Any, ...], ...], delta: float, accountant: str) -> float:
    """``site_epsilon``, remembered (the accountant is slow; each round asks it again)."""
    from opacus.accountants import create_accountant

    if not history:
        return 0.0
    acc = create_accountant(mechanism=accountant)
    acc.history = list(history)
    return float(acc.get_epsilon(delta=delta))
