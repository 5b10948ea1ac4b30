"""benchmarks/guard_families_dev.py: the spent family sets v5-v11 loaded as one dev benchmark."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "guard_families_dev.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guard_families_dev", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


dev = _load()


def test_every_set_brings_four_families_per_language_with_kinds_and_customers() -> None:
    sets = dev.load_sets(6, 30)
    assert sorted(sets) == ["v5", "v6", "v7", "v8"]
    for name, (rows, customers) in sets.items():
        assert sorted(rows) == ["en", "zh"], name
        for language, by_family in rows.items():
            assert sorted(by_family) == sorted(dev.ATTACKS), (name, language)
            for family, pairs in by_family.items():
                assert len(pairs) == 6, (name, language, family)
                assert all(text and kind.startswith("frame ") for text, kind in pairs)
        for language, messages in customers.items():
            assert len(messages) == 30, (name, language)
            assert all(kind and text for kind, text in messages)


def test_the_same_sizes_give_the_same_prompts() -> None:
    assert dev.load_sets(4, 10) == dev.load_sets(4, 10)
    full = dev.FULL
    assert full["v5"][:2] == (200, 500) and all(full[v][:2] == (100, 500) for v in ("v6", "v7"))


def test_v9_to_v11_bring_plain_harmful_requests_and_customers_by_kind() -> None:
    sets = dev.load_sets(4, 12, ["v9", "v10", "v11"])
    assert list(sets) == ["v9", "v10", "v11"]
    for name, (rows, customers) in sets.items():
        for language in ("en", "zh"):
            assert set(dev.ATTACKS) | {"plain_harmful"} <= set(rows[language]), name
            assert all(len(pairs) == 4 for pairs in rows[language].values()), name
            assert len(customers[language]) == 12
            assert len({kind for kind, _ in customers[language]}) > 3, name
    v11 = sets["v11"][0]["en"]["plain_harmful"]
    assert all(kind.startswith("frame ") and kind.count(",") >= 1 for _, kind in v11)


def test_an_unknown_set_is_named_in_the_error() -> None:
    import pytest

    with pytest.raises(SystemExit, match="v99"):
        dev.load_sets(2, 2, ["v99"])
