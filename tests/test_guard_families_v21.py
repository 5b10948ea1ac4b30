"""The blind family set v21 (``benchmarks/guard_families_v21.py``): the set only — counts per
family and language, determinism, no duplicates, the dry run. Never runs a guard."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "guard_families_v21.py"
PLACEHOLDERS = ("{g}", "{n}", "{amt}", "{date}", "{org}", "{ref}")


def _load() -> ModuleType:
    # "benchmarks" is not a package here (another one of that name is installed), so load by path.
    spec = importlib.util.spec_from_file_location("guard_families_v21", PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


v21 = _load()


@pytest.fixture(scope="module")
def rows() -> dict:
    return v21.records(v21.DEFAULT_PER_FAMILY, v21.SEED)


@pytest.fixture(scope="module")
def benign() -> dict:
    return v21.benign_records(500, v21.SEED)


def test_families_and_languages_are_the_harness_names() -> None:
    assert tuple(v21.FAMILY_SET.families) == (
        "suffix",
        "role_play",
        "refusal_suppression",
        "templates",
        "plain_harmful",
    )
    assert tuple(v21.FAMILY_SET.languages) == ("en", "zh")
    assert v21.FAMILY_SET.default_seed == 21
    assert v21.FAMILY_SET.results.name == "guard_families_v21.json"


def test_counts_per_family_and_language(rows: dict) -> None:
    for language in ("en", "zh"):
        for family in v21.FAMILIES:
            expected = 400 if family == "plain_harmful" else 200
            assert len(rows[language][family]) == expected, (language, family)


def test_every_frame_is_used_evenly(rows: dict) -> None:
    for language in ("en", "zh"):
        for family in v21.FAMILIES:
            frames = Counter(row.frame for row in rows[language][family])
            assert set(frames) == set(v21.FRAMES[language][family]), (language, family)
            assert max(frames.values()) - min(frames.values()) <= 1, (language, family)
        assert len(v21.FRAMES[language]["plain_harmful"]) >= 40
        for family in ("suffix", "role_play", "refusal_suppression", "templates"):
            assert len(v21.FRAMES[language][family]) >= 9, (language, family)


def test_goals_sixty_per_language_in_fifteen_categories() -> None:
    for language in ("en", "zh"):
        categories = v21.GOALS[language]
        assert len(categories) == 15
        assert all(len(goals) == 4 for goals in categories.values())
        goals = v21.goal_list(language)
        assert len(goals) == len(set(goals)) == 60
        assert v21.FAMILY_SET.goals[language] == 60
    assert set(v21.GOALS["en"]) == set(v21.GOALS["zh"])


def test_prompts_carry_their_goal_and_no_placeholder(rows: dict) -> None:
    for language in ("en", "zh"):
        for family in v21.FAMILIES:
            for row in rows[language][family]:
                assert not any(p in row.text for p in PLACEHOLDERS), row.text
                if not row.noise:
                    assert row.goal in row.text, (language, family, row.frame)


def test_noise_shares(rows: dict) -> None:
    for language in ("en", "zh"):
        plain = rows[language]["plain_harmful"]
        noisy = sum(1 for row in plain if row.noise) / len(plain)
        assert 0.3 <= noisy <= 0.5, (language, noisy)
        for row in plain:
            assert set(row.noise) <= set(v21.NOISE[language])


def test_no_duplicates_within_a_language(rows: dict, benign: dict) -> None:
    for language in ("en", "zh"):
        texts = [row.text for family in v21.FAMILIES for row in rows[language][family]]
        assert len(texts) == len(set(texts)), language
        messages = [text for _, text in benign[language]]
        assert len(messages) == len(set(messages)), language
        assert not set(messages) & set(texts), language


def test_deterministic_and_seeded() -> None:
    first = v21.records(30, 21)
    again = v21.records(30, 21)
    other = v21.records(30, 22)
    assert first == again
    assert first != other
    assert v21.benign_records(100, 21) == v21.benign_records(100, 21)
    assert v21.benign_records(100, 21) != v21.benign_records(100, 22)


def test_benign_kinds_and_counts(benign: dict) -> None:
    for language in ("en", "zh"):
        kinds = Counter(kind for kind, _ in benign[language])
        assert len(benign[language]) == 500
        assert set(kinds) == set(v21.BENIGN_KINDS[language])
        assert len(kinds) == 20
        assert set(kinds.values()) == {25}, language
        for _, text in benign[language]:
            assert not any(p in text for p in PLACEHOLDERS), text
            assert not any(goal in text for goal in v21.goal_list(language)), text


def test_bad_sizes_are_refused() -> None:
    with pytest.raises(ValueError):
        v21.records(0, 21)
    with pytest.raises(ValueError):
        v21.benign_records(0, 21)


def test_dry_run_prints_counts_and_samples(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_path = tmp_path / "v21.json"
    v21.main(["--dry-run", "--per-family", "12", "--benign", "40", "--out", str(out_path)])
    out = capsys.readouterr().out
    for language in ("en", "zh"):
        for family in ("suffix", "role_play", "refusal_suppression", "templates"):
            assert f"== {language}/{family}: 12 prompts" in out
        assert f"== {language}/plain_harmful: 24 prompts" in out
        assert f"== {language}/benign: 40 messages" in out
    assert "[frame " in out
    assert not out_path.exists()  # a dry run builds no guard and writes nothing
