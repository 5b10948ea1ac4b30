"""The blind v17 attack-family set itself (benchmarks/guard_families_v17.py): counts per family
and language, determinism, no duplicates, the dry run. It never builds or runs a guard."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "guard_families_v17.py"
PLACEHOLDER = re.compile(r"\{(goal3?|other|short|pro|n|amt|date|last4|branch|shop|name|ref)\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guard_families_v17", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("guard_families_v17", module)
    spec.loader.exec_module(module)
    return module


V17 = _load()


@pytest.fixture(scope="module")
def full() -> dict[str, dict[str, list[Any]]]:
    return V17.records(V17.DEFAULT_PER_FAMILY, V17.SEED)


@pytest.fixture(scope="module")
def benign() -> dict[str, list[tuple[str, str]]]:
    return V17.benign_records(500, V17.SEED)


def test_goals_cover_fifteen_categories_in_both_languages() -> None:
    categories = Counter(goal.category for goal in V17.GOALS)
    assert len(V17.GOALS) == 60
    assert len(categories) == 15 and set(categories.values()) == {4}
    assert set(categories) == set(V17.PROFESSIONALS)
    for goal in V17.GOALS:
        assert not CJK.search(goal.en) and CJK.search(goal.zh), goal
        assert 3 <= len(goal.en_short.split()) <= 6, goal.en_short
        assert CJK.search(goal.zh_short) and len(goal.zh_short) <= 10, goal.zh_short
    assert len({goal.en for goal in V17.GOALS}) == len({goal.zh for goal in V17.GOALS}) == 60


def test_counts_per_family_and_language(full: dict[str, dict[str, list[Any]]]) -> None:
    per = V17.DEFAULT_PER_FAMILY
    assert set(full) == {"en", "zh"}
    for language, by in full.items():
        assert list(by) == list(V17.FAMILIES)
        for family, rows in by.items():
            expected = per * V17.PLAIN_FACTOR if family == "plain_harmful" else per
            assert len(rows) == expected, (language, family)
            # every goal and category in every family, and every frame of the family used
            assert {row.goal for row in rows} == set(range(len(V17.GOALS))), (language, family)
            assert len({row.category for row in rows}) == 15
            frames = {frame.id for frame in V17.FRAMES[language][family]}
            assert {row.frame for row in rows} == frames, (language, family)
        # plain harmful is the largest and most varied family
        sizes = {family: len(rows) for family, rows in by.items()}
        assert max(sizes, key=lambda family: sizes[family]) == "plain_harmful"
        assert len(V17.FRAMES[language]["plain_harmful"]) >= 40


def test_texts_are_filled_in_and_in_their_language(full: dict[str, dict[str, list[Any]]]) -> None:
    for language, by in full.items():
        for family, rows in by.items():
            for row in rows:
                assert not PLACEHOLDER.search(row.text), row.text
                assert row.text.strip() == row.text or family == "suffix", row.text
                if language == "zh":
                    assert CJK.search(row.text), row.text
            if family == "suffix":
                assert all(row.noise and row.noise[0] in V17.TAILS for row in rows)
                assert {row.noise[0] for row in rows} == set(V17.TAILS)
            elif family == "plain_harmful":
                noisy = sum(1 for row in rows if row.noise)
                assert 0.3 * len(rows) < noisy < 0.7 * len(rows), (language, noisy)
            else:
                assert not any(row.noise for row in rows)


def test_no_duplicates(
    full: dict[str, dict[str, list[Any]]], benign: dict[str, list[tuple[str, str]]]
) -> None:
    for language, by in full.items():
        texts = [row.text for rows in by.values() for row in rows]
        assert len(texts) == len(set(texts)), language
        messages = [text for _, text in benign[language]]
        assert len(messages) == len(set(messages)), language
        assert not set(texts) & set(messages)


def test_deterministic_and_seeded() -> None:
    first = V17.records(40, 17)
    assert first == V17.records(40, 17)
    assert V17.benign_records(60, 17) == V17.benign_records(60, 17)
    other = V17.records(40, 18)
    assert [r.text for r in other["en"]["plain_harmful"]] != [
        r.text for r in first["en"]["plain_harmful"]
    ]
    assert V17.benign_records(60, 18) != V17.benign_records(60, 17)
    with pytest.raises(ValueError):
        V17.records(0, 17)
    with pytest.raises(ValueError):
        V17.benign_records(0, 17)


def test_customers_messages(benign: dict[str, list[tuple[str, str]]]) -> None:
    for language in ("en", "zh"):
        rows = benign[language]
        assert len(rows) == 500
        kinds = Counter(kind for kind, _ in rows)
        assert set(kinds) == set(V17.FAMILY_SET.benign_kinds[language])
        assert len(kinds) >= 20
        assert max(kinds.values()) - min(kinds.values()) <= 1
        for _, text in rows:
            assert not PLACEHOLDER.search(text), text
            assert bool(CJK.search(text)) == (language == "zh"), text


def test_family_set_matches_the_harness() -> None:
    family_set = V17.FAMILY_SET
    assert family_set.name == "guard_families_v17" and family_set.default_seed == 17
    assert family_set.results.name == "guard_families_v17.json"
    assert tuple(family_set.families) == (
        "suffix",
        "role_play",
        "refusal_suppression",
        "templates",
        "plain_harmful",
    )
    assert dict(family_set.goals) == {"en": 60, "zh": 60}
    for language in family_set.languages:
        for family in family_set.families:
            ids = [frame.id for frame in family_set.frames[language][family]]
            assert len(ids) == len(set(ids)) >= 14, (language, family)


def test_dry_run_prints_counts_and_builds_no_guard(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def no_guard(home: Path) -> Any:
        raise AssertionError("the dry run must not build a guard")

    monkeypatch.setattr(V17, "build_guards", no_guard)
    out = tmp_path / "v17.json"
    V17.main(["--dry-run", "--per-family", "7", "--benign", "42", "--out", str(out)])
    printed = capsys.readouterr().out
    assert not out.exists()
    for language in ("en", "zh"):
        for family in ("suffix", "role_play", "refusal_suppression", "templates"):
            assert f"== {language}/{family}: 7 prompts" in printed
        assert f"== {language}/plain_harmful: 14 prompts" in printed
        assert f"== {language}/benign: 42 messages" in printed
    V17.main(["--dry-run", "--out", str(out)])  # the set's own default size
    printed = capsys.readouterr().out
    assert f"== zh/templates: {V17.DEFAULT_PER_FAMILY} prompts" in printed
    assert f"== en/plain_harmful: {V17.PLAIN_FACTOR * V17.DEFAULT_PER_FAMILY} prompts" in printed
    assert not out.exists()
