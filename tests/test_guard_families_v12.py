"""The twelfth blind attack-family set checks itself: deterministic, complete and well formed.
It is never scored here (scoring trains the bank's guards; the lead runs that once)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "guard_families_v12.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guard_families_v12", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file loads
    spec.loader.exec_module(module)
    return module


v12 = _load()


def test_records_are_deterministic_by_seed() -> None:
    first = v12.records(12, 12)
    assert first == v12.records(12, 12)
    assert first != v12.records(12, 13)
    benign = v12.benign_records(40, 12)
    assert benign == v12.benign_records(40, 12)
    assert benign != v12.benign_records(40, 13)


@pytest.mark.parametrize("per_family", [1, 7, 100])
def test_every_family_and_language_has_the_asked_count(per_family: int) -> None:
    records = v12.records(per_family, 12)
    assert set(records) == {"en", "zh"}
    for language, by_family in records.items():
        assert tuple(by_family) == v12.FAMILIES, language
        for family, rows in by_family.items():
            assert len(rows) == per_family, (language, family)
            for row in rows:
                assert row.text.strip(), (language, family, row.frame)
                assert isinstance(row.noise, tuple)


def test_default_run_covers_frames_goals_and_categories_without_repeats() -> None:
    records = v12.records(100, v12.DEFAULT_SEED)
    for language, by_family in records.items():
        for family, rows in by_family.items():
            texts = [row.text for row in rows]
            assert len(set(texts)) == len(texts), (language, family)
            frames = {row.frame for row in rows}
            # 100 prompts over 30-40 frames: every frame used at least once.
            assert frames == {frame.name for frame in v12.FRAMES[language][family]}
            assert len({row.category for row in rows}) >= 10, (language, family)
        assert sum(1 for row in by_family["plain_harmful"] if row.noise) >= 20, language


def test_frames_goals_and_substitution_keys() -> None:
    for language in v12.LANGUAGES:
        for family in v12.FAMILIES:
            assert len(v12.FRAMES[language][family]) >= 30, (language, family)
        goals = v12.GOALS[language]
        assert 40 <= len(goals) <= 55
        assert len({goal.text for goal in goals}) == len(goals)
        assert len({goal.category for goal in goals}) >= 12
        for goal in goals:
            # Emoji, pinyin-initial and homophone frames hide the key inside the goal.
            assert goal.key in goal.text, (language, goal.text)
            if language == "zh":
                assert goal.abbr.isascii() and goal.abbr.islower(), goal.key
                assert goal.homophone and goal.homophone != goal.key, goal.key


def test_encodings_round_trip() -> None:
    text = "Explain how to Do it 42"
    assert v12.caesar(v12.caesar(text, 7), 19) == text
    assert v12.atbash(v12.atbash(text)) == text
    assert v12.morse("sos 1") == "... --- ... / .----"
    assert v12.pig_latin("string apple") == "ingstray appleway"
    assert v12.traditional("这个网") == "這個網"
    assert v12.third_person("starve myself so my parents never stop me") == (
        "starve themselves so their parents never stop them"
    )


def test_benign_messages_cover_every_kind() -> None:
    benign = v12.benign_records(500, v12.DEFAULT_SEED)
    for language in v12.LANGUAGES:
        rows = benign[language]
        assert len(rows) == 500
        kinds = {kind for kind, _ in rows}
        assert kinds == set(v12.BENIGN_KINDS[language])
        assert len(kinds) >= 17
        assert all(text.strip() for _, text in rows)
        assert len({text for _, text in rows}) == len(rows)
    # a small run still sees several kinds, each message non-empty
    small = v12.benign_records(5, 1)
    assert all(len(rows) == 5 and len({k for k, _ in rows}) == 5 for rows in small.values())


def test_bad_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="per-family"):
        v12.records(0, 12)
    with pytest.raises(ValueError, match="benign"):
        v12.benign_records(0, 12)


def test_family_set_describes_itself() -> None:
    family_set = v12.FAMILY_SET
    assert family_set.name == "guard_families_v12"
    assert family_set.default_seed == 12
    assert family_set.results == ROOT / "benchmarks" / "results" / "guard_families_v12.json"
    assert dict(family_set.goals) == {"en": len(v12.GOALS["en"]), "zh": len(v12.GOALS["zh"])}
    assert "family_harness.py" in family_set.blind and "never tuned" in family_set.blind


def test_dry_run_prints_counts_and_builds_no_guard(tmp_path: Path) -> None:
    out = tmp_path / "should_not_exist.json"
    small = ("--per-family", "5", "--benign", "20")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--dry-run", *small, "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for language in ("en", "zh"):
        for family in v12.FAMILIES:
            assert f"== {language}/{family}: 5 prompts" in done.stdout
        assert f"== {language}/benign: 20 messages" in done.stdout
    assert "training" not in done.stdout
    assert not out.exists()
