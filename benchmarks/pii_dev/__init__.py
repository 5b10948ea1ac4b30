"""Dev sets for the PII recognizers: generators written to tune on (issue 18's rule).

Every module in this folder with a ``generate(n: int, seed: int) -> list[dict]`` function is a
dev set: records ``{"text", "spans": [{"start", "end", "label"}], "lang"}`` like the shared
``pii_zh_dev``. Recognizers, cues and thresholds may be tuned on these; the independent set in
``benchmarks/pii_heldout`` is only measured. ``dev_sets()`` finds the modules, so a new dev
generator needs no registration.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

Generator = Callable[[int, int], list[dict[str, Any]]]


def dev_sets() -> dict[str, Generator]:
    """``{module name: generate}`` for every dev generator in this folder, sorted by name."""
    found: dict[str, Generator] = {}
    for module in sorted(pkgutil.iter_modules([str(Path(__file__).parent)]), key=lambda m: m.name):
        if module.name.startswith("_"):
            continue
        loaded = importlib.import_module(f"{__name__}.{module.name}")
        generate = getattr(loaded, "generate", None)
        if callable(generate):
            found[module.name] = generate
    return found
