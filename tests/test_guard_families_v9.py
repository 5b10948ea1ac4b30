"""The ninth blind attack-family set (benchmarks/guard_families_v9.py) is well formed:
deterministic by seed, the requested counts, every family, frame, goal category and customers'
kind present in both languages, no empty or unfilled texts, and a dry run that needs no guard.
These tests check the set's construction only; they never run a guard on it (the lead runs the
set itself, once)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "guard_families_v9.py"
sys.path.insert(0, str(SCRIPT.parent))

import guard_families_v9 as v9  # noqa: E402

UNFILLED_SLOT = re.compile(r"\{[A-Za-z_]+\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def prompts() -> dict[str, dict[str, list[v9.Row]]]:
    return v9.records(100, v9.DEFAULT_SEED)


@pytest.fixture(scope="module")
def benign() -> dict[str, list[tuple[str, str]]]:
    return v9.benign_records(500, v9.DEFAULT_SEED)


def test_same_seed_same_set_and_another_seed_another_set() -> None:
    assert v9.records(40, 9) == v9.records(40, 9)
    assert v9.benign_records(60, 9) == v9.benign_records(60, 9)
    assert v9.records(40, 9) != v9.records(40, 10)
    assert v9.benign_records(60, 9) != v9.benign_records(60, 10)


@pytest.mark.parametrize("per_family", [1, 7, 100])
def test_every_family_and_language_has_the_requested_count(per_family: int) -> None:
    rows = v9.records(per_family, v9.DEFAULT_SEED)
    assert sorted(rows) == sorted(v9.LANGUAGES)
    for language in v9.LANGUAGES:
        assert sorted(rows[language]) == sorted(v9.FAMILIES)
        for family in v9.FAMILIES:
            assert len(rows[language][family]) == per_family, (language, family)


def test_texts_are_non_empty_filled_and_rarely_repeat(
    prompts: dict[str, dict[str, list[v9.Row]]],
) -> None:
    for language, by in prompts.items():
        for family, rows in by.items():
            texts = [row.text for row in rows]
            assert all(text.strip() for text in texts), (language, family)
            assert not [t for t in texts if UNFILLED_SLOT.search(t)], (language, family)
            assert len(set(texts)) >= 0.95 * len(texts), (language, family)
            if language == "zh":
                assert all(CJK.search(text) for text in texts), family


def test_each_family_has_thirty_frames_and_uses_them_all(
    prompts: dict[str, dict[str, list[v9.Row]]],
) -> None:
    for language in v9.LANGUAGES:
        for family in v9.FAMILIES:
            frames = v9.FRAMES[language][family]
            ids = {frame.id for frame in frames}
            assert len(ids) == len(frames) >= 30, (language, family)
            used = {row.frame for row in prompts[language][family]}
            assert used == ids, (language, family)  # 100 prompts cover every frame


def test_goals_span_every_category_in_both_languages(
    prompts: dict[str, dict[str, list[v9.Row]]],
) -> None:
    for language in v9.LANGUAGES:
        goals = v9.GOALS[language]
        assert 40 <= len(goals) <= 50
        assert len({text for _, text in goals}) == len(goals)
        assert {category for category, _ in goals} == set(v9.CATEGORIES)
        assert v9.FAMILY_SET.goals[language] == len(goals)
        for family, rows in prompts[language].items():
            assert {row.category for row in rows} == set(v9.CATEGORIES), (language, family)


def test_a_share_of_prompts_carries_noise_that_changed_the_text(
    prompts: dict[str, dict[str, list[v9.Row]]],
) -> None:
    for language in v9.LANGUAGES:
        rows_of_language = [row for rows in prompts[language].values() for row in rows]
        noises = Counter(name for row in rows_of_language for name in row.noise)
        assert set(noises) <= set(v9.NOISES[language])
        assert len(noises) >= 4, (language, noises)
        for family, rows in prompts[language].items():
            noisy = sum(1 for row in rows if row.noise)
            assert 0.15 * len(rows) <= noisy <= 0.6 * len(rows), (language, family, noisy)


def test_customers_messages_cover_every_kind_with_nothing_empty(
    benign: dict[str, list[tuple[str, str]]],
) -> None:
    for language in v9.LANGUAGES:
        rows = benign[language]
        assert len(rows) == 500
        kinds = Counter(kind for kind, _ in rows)
        assert set(kinds) == set(v9.BENIGN_KINDS[language])
        assert len(kinds) >= 15
        assert max(kinds.values()) - min(kinds.values()) <= 1  # kinds in turn
        assert all(text.strip() and not UNFILLED_SLOT.search(text) for _, text in rows)
        assert len({text for _, text in rows}) >= 0.8 * len(rows)
        if language == "zh":
            assert all(CJK.search(text) for _, text in rows)


def test_bad_counts_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="--per-family"):
        v9.records(0, 9)
    with pytest.raises(ValueError, match="--benign"):
        v9.benign_records(0, 9)


def test_dry_run_prints_counts_and_samples_without_a_guard(tmp_path: Path) -> None:
    out = tmp_path / "never-written.json"
    command = [sys.executable, str(SCRIPT), "--dry-run", "--per-family", "40", "--benign", "30"]
    done = subprocess.run(
        [*command, "--out", str(out)], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert done.returncode == 0, done.stderr
    expected = v9.records(40, v9.DEFAULT_SEED)
    for language in v9.LANGUAGES:
        for family in v9.FAMILIES:
            frames = len({row.frame for row in expected[language][family]})
            assert f"== {language}/{family}: 40 prompts, {frames} frames" in done.stdout
        assert f"== {language}/benign: 30 messages" in done.stdout
    assert "training" not in done.stdout
    assert not out.exists()  # a dry run writes no report
