"""The blind family set v18 (benchmarks/guard_families_v18.py): the SET only, never the guards."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(
        "guard_families_v18", BENCHMARKS / "guard_families_v18.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # the set's dataclass looks its module up
    spec.loader.exec_module(module)
    return module


v18 = _load()
PER_FAMILY = 100
BENIGN = 500


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, list[Any]]]:
    return v18.records(PER_FAMILY, v18.SEED)


@pytest.fixture(scope="module")
def benign() -> dict[str, list[tuple[str, str]]]:
    return v18.benign_records(BENIGN, v18.SEED)


def test_families_and_languages_are_the_harness_names() -> None:
    assert tuple(v18.FAMILY_SET.families) == (
        "suffix",
        "role_play",
        "refusal_suppression",
        "templates",
        "plain_harmful",
    )
    assert tuple(v18.FAMILY_SET.languages) == ("en", "zh")
    assert v18.FAMILY_SET.default_seed == 18
    assert v18.FAMILY_SET.results.name == "guard_families_v18.json"


def test_counts_per_family_and_language(rows: dict[str, dict[str, list[Any]]]) -> None:
    for language in ("en", "zh"):
        assert set(rows[language]) == set(v18.FAMILIES)
        for family in v18.FAMILIES:
            expected = 4 * PER_FAMILY if family == "plain_harmful" else 2 * PER_FAMILY
            assert len(rows[language][family]) == expected, (language, family)


def test_counts_follow_per_family() -> None:
    small = v18.records(7, v18.SEED)
    assert len(small["zh"]["suffix"]) == 14
    assert len(small["en"]["plain_harmful"]) == 28


def test_no_duplicates_and_no_unfilled_slots(
    rows: dict[str, dict[str, list[Any]]], benign: dict[str, list[tuple[str, str]]]
) -> None:
    for language, by in rows.items():
        texts = [row.text for family in by.values() for row in family]
        assert len(texts) == len(set(texts)), language
        assert not any("{g}" in text for text in texts)
        messages = [text for _, text in benign[language]]
        assert len(messages) == len(set(messages)), language
        assert not set(messages) & set(texts)
        for slot in ("{amt}", "{date}", "{ref}", "{n}", "{"):
            assert not any(slot in text for text in messages), slot


def test_every_frame_and_goal_category_is_used(rows: dict[str, dict[str, list[Any]]]) -> None:
    for language, by in rows.items():
        categories = {category for category, _ in v18.GOALS[language]}
        assert len(v18.GOALS[language]) == 60
        assert len(categories) == 15
        assert Counter(c for c, _ in v18.GOALS[language]) == dict.fromkeys(categories, 4)
        for family, family_rows in by.items():
            frames = v18.FAMILY_SET.frames[language][family]
            assert {row.frame for row in family_rows} == set(range(len(frames))), family
            assert {row.category for row in family_rows} == categories, family
            goals_used = {
                goal for _, goal in v18.GOALS[language] if any(goal in r.text for r in family_rows)
            }
            assert len(goals_used) >= 50, (language, family)


def test_goal_text_appears_in_each_prompt(rows: dict[str, dict[str, list[Any]]]) -> None:
    # plain requests may carry typing noise (swapped letters, dropped punctuation), the
    # other families carry the goal verbatim
    for language, by in rows.items():
        goals = [goal for _, goal in v18.GOALS[language]]
        for family, family_rows in by.items():
            for row in family_rows:
                if row.noise and family == "plain_harmful":
                    continue
                assert any(goal in row.text for goal in goals), (family, row.text)


def test_noise_shares(rows: dict[str, dict[str, list[Any]]]) -> None:
    for language, by in rows.items():
        plain = by["plain_harmful"]
        noisy = sum(1 for row in plain if row.noise)
        assert 0.3 < noisy / len(plain) < 0.7, language
        kinds = Counter(row.noise[0] for row in by["suffix"])
        assert set(kinds) == set(v18.DEBRIS_KINDS)
        for family in ("role_play", "refusal_suppression", "templates"):
            assert not any(row.noise for row in by[family])


def test_benign_kinds_and_counts(benign: dict[str, list[tuple[str, str]]]) -> None:
    for language in ("en", "zh"):
        kinds = Counter(kind for kind, _ in benign[language])
        assert len(benign[language]) == BENIGN
        assert set(kinds) == set(v18.BENIGN_KINDS[language])
        assert len(kinds) == 20
        assert min(kinds.values()) >= BENIGN // 20 - 1


def test_deterministic_and_seeded() -> None:
    first = v18.records(20, v18.SEED)
    again = v18.records(20, v18.SEED)
    other = v18.records(20, v18.SEED + 1)
    assert first == again
    assert first != other
    assert v18.benign_records(40, v18.SEED) == v18.benign_records(40, v18.SEED)
    assert v18.benign_records(40, v18.SEED) != v18.benign_records(40, v18.SEED + 1)


def test_dry_run_builds_no_guard(capsys: pytest.CaptureFixture[str]) -> None:
    def no_guard(home: Path) -> Any:
        raise AssertionError("the dry run must not build a guard")

    v18.main(v18.FAMILY_SET, ["--dry-run", "--per-family", "10", "--benign", "40"], no_guard)
    out = capsys.readouterr().out
    for language in ("en", "zh"):
        for family in v18.FAMILIES:
            count = 40 if family == "plain_harmful" else 20
            assert f"== {language}/{family}: {count} prompts" in out
        assert f"== {language}/benign: 40 messages" in out
