"""The blind family set v19 (benchmarks/guard_families_v19.py): the set only, never the guards."""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

Records = dict[str, dict[str, list[Any]]]
Benign = dict[str, list[tuple[str, str]]]
Both = tuple[Records, Benign]
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def v19() -> ModuleType:
    # The folder, not the installed ``benchmarks`` package that shadows it.
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("guard_families_v19")
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="module")
def default_set(v19: ModuleType) -> Both:
    return v19.records(v19.PER_FAMILY, v19.SEED), v19.benign_records(
        v19.BENIGN_PER_LANGUAGE, v19.SEED
    )


def test_counts_per_family_and_language(v19: ModuleType, default_set: Both) -> None:
    records, benign = default_set
    assert set(records) == {"en", "zh"}
    for language, by in records.items():
        assert tuple(by) == v19.FAMILIES
        for family, rows in by.items():
            expected = v19.PER_FAMILY * (2 if family == "plain_harmful" else 1)
            assert len(rows) == expected, (language, family)
            # every frame of the family is used, each about equally
            used = Counter(row.frame for row in rows)
            assert len(used) == len(v19.FRAMES[language][family]), (language, family)
            assert max(used.values()) - min(used.values()) <= 1
        assert len(benign[language]) == v19.BENIGN_PER_LANGUAGE
        kinds = Counter(kind for kind, _ in benign[language])
        assert set(kinds) == set(v19.BENIGN[language])
        assert len(kinds) == 20
        assert max(kinds.values()) - min(kinds.values()) <= 1


def test_goals_categories_and_coverage(v19: ModuleType, default_set: Both) -> None:
    records, _ = default_set
    for language in ("en", "zh"):
        goals = v19.goal_list(language)
        assert len(goals) == 60
        assert len({goal for _, goal in goals}) == 60
        assert len(v19.GOALS[language]) == 15
        plain = records[language]["plain_harmful"]
        per_goal = Counter(row.goal for row in plain)
        assert set(per_goal) == {goal for _, goal in goals}  # every goal appears
        assert max(per_goal.values()) - min(per_goal.values()) <= 1
        for row in plain:
            assert row.noise or row.goal in row.text


def test_no_duplicates_anywhere(default_set: Both) -> None:
    records, benign = default_set
    for language, by in records.items():
        attacks = [row.text for rows in by.values() for row in rows]
        assert len(attacks) == len(set(attacks)), language
        messages = [text for _, text in benign[language]]
        assert len(messages) == len(set(messages)), language
        assert not set(messages) & set(attacks)


def test_deterministic_and_seeded(v19: ModuleType) -> None:
    first, again = v19.records(40, 19), v19.records(40, 19)
    other = v19.records(40, 20)
    for language in ("en", "zh"):
        for family in v19.FAMILIES:
            texts = [row.text for row in first[language][family]]
            assert texts == [row.text for row in again[language][family]]
            assert texts != [row.text for row in other[language][family]]
    assert v19.benign_records(100, 19) == v19.benign_records(100, 19)
    assert v19.benign_records(100, 19) != v19.benign_records(100, 20)


def test_noise_shares(default_set: Both) -> None:
    records, _ = default_set
    for language, by in records.items():
        plain = by["plain_harmful"]
        noisy = sum(1 for row in plain if row.noise) / len(plain)
        assert 0.25 <= noisy <= 0.5, (language, noisy)
        for family in ("suffix", "role_play", "refusal_suppression", "templates"):
            share = sum(1 for row in by[family] if row.noise) / len(by[family])
            assert 0.08 <= share <= 0.32, (language, family, share)


def test_suffix_rows_carry_the_request_and_a_suffix(v19: ModuleType, default_set: Both) -> None:
    records, _ = default_set
    for language, by in records.items():
        kinds: Counter[str] = Counter()
        for row in by["suffix"]:
            request, kind = v19.FRAMES[language]["suffix"][int(row.frame[1:])]
            kinds[kind] += 1
            if row.noise:
                continue
            head = request.format(g=row.goal)
            assert row.text.startswith(head)
            assert len(row.text[len(head) :].strip()) >= 10, row.text  # the suffix itself
        assert set(kinds) == set(v19.SUFFIX_KINDS)


def test_too_many_prompts_is_an_error(v19: ModuleType) -> None:
    frames = len(v19.FRAMES["en"]["templates"])
    with pytest.raises(ValueError, match="at most"):
        v19.family_rows("templates", "en", frames * 60 + 1, 19)


def test_set_defaults_and_dry_run(
    v19: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert v19.with_defaults([]) == ["--per-family", "200", "--benign", "500"]
    assert v19.with_defaults(["--per-family=20"]) == ["--per-family=20", "--benign", "500"]
    out_file = tmp_path / "v19.json"
    v19.main(["--dry-run", "--per-family", "30", "--benign", "60", "--out", str(out_file)])
    out = capsys.readouterr().out
    for language in ("en", "zh"):
        for family in v19.FAMILIES:
            count = 60 if family == "plain_harmful" else 30
            assert f"== {language}/{family}: {count} prompts" in out
        assert f"== {language}/benign: 60 messages" in out
    assert not out_file.exists()  # a dry run builds no guard and writes nothing
