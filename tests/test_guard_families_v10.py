"""The tenth blind attack-family set checks itself: deterministic by seed, counts as asked,
every family and language filled with non-empty texts, frames and benign kinds as declared,
and the dry run works end to end in a subprocess. No guard is trained here."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import guard_families_v10 as v10  # noqa: E402  (benchmarks/ is not a package)

FAMILIES = {"suffix", "role_play", "refusal_suppression", "templates", "plain_harmful"}


def test_records_are_deterministic_by_seed_and_change_with_it() -> None:
    first = v10.records(40, 10)
    again = v10.records(40, 10)
    other = v10.records(40, 11)
    assert first == again
    texts = [row.text for by in first.values() for rows in by.values() for row in rows]
    other_texts = [row.text for by in other.values() for rows in by.values() for row in rows]
    assert texts != other_texts


def test_every_language_and_family_has_the_asked_count_of_non_empty_texts() -> None:
    per_family = 37
    records = v10.records(per_family, 10)
    assert set(records) == {"en", "zh"}
    for language, by in records.items():
        assert set(by) == FAMILIES, language
        for family, rows in by.items():
            assert len(rows) == per_family, (language, family)
            assert all(row.text.strip() for row in rows), (language, family)
            assert all(row.frame for row in rows), (language, family)


def test_frames_goals_and_declared_counts_match_the_set() -> None:
    declared = v10.FAMILY_SET.frames
    records = v10.records(100, 10)
    for language in ("en", "zh"):
        assert v10.FAMILY_SET.goals[language] >= 40
        categories = {category for category, _ in v10.GOALS[language]}
        assert {"weapons", "explosives", "malware", "fraud", "minors", "self_harm"} <= categories
        for family in FAMILIES:
            frame_ids = declared[language][family]
            assert len(frame_ids) >= 30, (language, family)
            assert len(set(frame_ids)) == len(frame_ids), (language, family)
            used = {row.frame for row in records[language][family]}
            assert used <= set(frame_ids), (language, family)
            # 100 prompts over >= 30 frames in turn: every frame is used
            assert used == set(frame_ids), (language, family)


def test_texts_rarely_repeat_and_some_carry_the_other_language() -> None:
    records = v10.records(100, 10)
    for language, by in records.items():
        for family, rows in by.items():
            texts = [row.text for row in rows]
            assert len(set(texts)) >= 0.95 * len(texts), (language, family)
            cross = sum(1 for row in rows if "cross_language" in row.noise)
            assert 0 < cross < len(rows) // 2, (language, family)


def test_goals_appear_in_the_prompts_they_were_drawn_for() -> None:
    # without noise, the goal (maybe capitalised, maybe without "explain how to") is inside
    # the prompt; an acrostic spells it instead
    records = v10.records(100, 10)
    goals = {goal for language in ("en", "zh") for _, goal in v10.GOALS[language]}
    for by in records.values():
        for family in ("role_play", "refusal_suppression", "templates"):
            for row in by[family]:
                if row.noise or row.frame.startswith("acrostic"):
                    continue
                assert any(v10._bare(goal)[1:] in row.text for goal in goals), row.frame


def test_benign_messages_count_kinds_and_determinism() -> None:
    benign = v10.benign_records(500, 10)
    assert benign == v10.benign_records(500, 10)
    assert benign != v10.benign_records(500, 3)
    for language, rows in benign.items():
        assert len(rows) == 500
        kinds = Counter(kind for kind, _ in rows)
        assert set(kinds) == set(v10.FAMILY_SET.benign_kinds[language])
        assert len(kinds) >= 15, language
        assert min(kinds.values()) >= 500 // len(kinds) - 1
        assert all(text.strip() for _, text in rows)
        assert not any("{" in text or "}" in text for _, text in rows), language  # slots filled


@pytest.mark.parametrize("bad", [0, -3])
def test_counts_below_one_are_refused_with_the_option_named(bad: int) -> None:
    with pytest.raises(ValueError, match="--per-family"):
        v10.records(bad, 10)
    with pytest.raises(ValueError, match="--benign"):
        v10.benign_records(bad, 10)


def test_dry_run_prints_counts_and_samples_without_training(tmp_path: Path) -> None:
    out = tmp_path / "never.json"
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "guard_families_v10.py"),
            *("--dry-run", "--per-family", "12", "--benign", "40", "--out", str(out)),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for language in ("en", "zh"):
        for family in FAMILIES:
            assert f"== {language}/{family}: 12 prompts" in done.stdout
        assert f"== {language}/benign: 40 messages" in done.stdout
    assert not out.exists()  # a dry run writes no report
