"""The thirteenth blind attack-family set itself: determinism, counts, frames, goals, customers'
messages and its dry run (not the guards; the full run trains them and is the lead's to make)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import guard_families_v13 as v13  # noqa: E402

UNFILLED = re.compile(r"\{(goal|goal_a|goal_b|name|ref|amount|date|n|merchant|pad|tail:\w+)\}")


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, list[v13.Row]]]:
    return v13.records(60, v13.DEFAULT_SEED)


@pytest.fixture(scope="module")
def benign() -> dict[str, list[tuple[str, str]]]:
    return v13.benign_records(500, v13.DEFAULT_SEED)


def test_same_seed_same_set_and_another_seed_differs() -> None:
    assert v13.records(20, 13) == v13.records(20, 13)
    assert v13.benign_records(60, 13) == v13.benign_records(60, 13)
    assert v13.records(20, 13) != v13.records(20, 14)
    assert v13.benign_records(60, 13) != v13.benign_records(60, 14)


def test_every_family_and_language_has_the_asked_count(
    rows: dict[str, dict[str, list[v13.Row]]],
) -> None:
    assert set(rows) == set(v13.LANGUAGES) == {"en", "zh"}
    for language in v13.LANGUAGES:
        assert set(rows[language]) == set(v13.FAMILIES)
        for family in v13.FAMILIES:
            assert len(rows[language][family]) == 60, (language, family)


def test_texts_are_filled_non_empty_and_rarely_repeat(
    rows: dict[str, dict[str, list[v13.Row]]],
) -> None:
    for language in v13.LANGUAGES:
        for family in v13.FAMILIES:
            texts = [row.text for row in rows[language][family]]
            assert all(text.strip() for text in texts), (language, family)
            leftovers = [text for text in texts if UNFILLED.search(text)]
            assert not leftovers, (language, family, leftovers[:1])
            assert len(set(texts)) >= 0.95 * len(texts), (language, family)


def test_frames_are_many_and_each_row_names_a_real_frame(
    rows: dict[str, dict[str, list[v13.Row]]],
) -> None:
    for language in v13.LANGUAGES:
        for family in v13.FAMILIES:
            frames = v13.FRAMES[language][family]
            assert len(frames) >= 30, (language, family, len(frames))
            assert len(set(frames)) == len(frames), (language, family)
            used = {row.frame for row in rows[language][family]}
            assert used <= set(range(len(frames)))
            # frames are dealt in shuffled rounds: 60 rows use min(60, frames) of them
            assert len(used) == min(60, len(frames)), (language, family)


def test_goals_per_language_span_the_categories() -> None:
    wanted = {
        "weapons",
        "explosives",
        "malware",
        "fraud",
        "money_laundering",
        "drugs",
        "self_harm",
        "hate",
        "sexual_minors",
        "privacy",
        "violent_crime",
        "extremism",
    }
    for language, goals in v13.GOALS.items():
        assert 40 <= len(goals) <= 50, language
        assert v13.FAMILY_SET.goals[language] == len(goals)
        assert wanted <= {category for category, _ in goals}, language
        assert len({goal for _, goal in goals}) == len(goals), language


def test_every_goal_appears_whole_in_plain_requests() -> None:
    # the plain family wraps the goal and may add noise; with enough rows every goal shows up
    # verbatim at least once (noise is applied to some rows only)
    plain = v13.records(400, 13)
    for language, goals in v13.GOALS.items():
        texts = "\n".join(row.text for row in plain[language]["plain_harmful"])
        missing = [goal for _, goal in goals if goal not in texts]
        assert not missing, (language, missing[:3])


def test_noise_is_recorded_only_when_it_changed_the_text(
    rows: dict[str, dict[str, list[v13.Row]]],
) -> None:
    for language in v13.LANGUAGES:
        names = set(v13.NOISE[language])
        noisy = 0
        for family in v13.FAMILIES:
            for row in rows[language][family]:
                assert set(row.noise) <= names
                noisy += bool(row.noise)
        total = 60 * len(v13.FAMILIES)
        assert 0.1 * total < noisy < 0.7 * total, (language, noisy)


def test_customers_messages_cover_every_kind(benign: dict[str, list[tuple[str, str]]]) -> None:
    for language in v13.LANGUAGES:
        messages = benign[language]
        assert len(messages) == 500
        kinds = {kind for kind, _ in messages}
        assert kinds == set(v13.FAMILY_SET.benign_kinds[language])
        assert len(kinds) >= 18, language
        assert all(text.strip() for _, text in messages)
        assert not [text for _, text in messages if UNFILLED.search(text)]
        counts = [sum(1 for kind, _ in messages if kind == k) for k in kinds]
        assert max(counts) - min(counts) <= 1, language  # kinds take turns
        assert len({text for _, text in messages}) >= 0.85 * len(messages), language


def test_suffix_tails_use_their_unicode_blocks() -> None:
    import random

    rng = random.Random(1)
    assert all(0x2800 <= ord(c) <= 0x28FF for c in v13.TAILS["braille"](rng))
    assert all(0xFF01 <= ord(c) <= 0xFF5E for c in v13.TAILS["fullwidth"](rng))
    assert "\u202e" in v13.TAILS["rtl_override"](rng)
    assert "&#" in v13.TAILS["html_entities"](rng)
    assert re.search(r"%[0-9A-F]{2}", v13.TAILS["url_encoded"](rng))
    math = v13.TAILS["math_alnum"](rng).replace(" ", "")
    assert math and all(0x1D400 <= ord(c) <= 0x1D7FF for c in math)


def test_bad_counts_are_refused_with_the_option_named() -> None:
    with pytest.raises(ValueError, match="--per-family"):
        v13.records(0, 13)
    with pytest.raises(ValueError, match="--benign"):
        v13.benign_records(0, 13)


def test_dry_run_prints_every_family_and_language_and_builds_no_guard(tmp_path: Path) -> None:
    out = tmp_path / "never-written.json"
    command = [sys.executable, str(BENCHMARKS / "guard_families_v13.py"), "--dry-run"]
    command += ["--per-family", "12", "--benign", "36", "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    for language in v13.LANGUAGES:
        for family in v13.FAMILIES:
            assert f"== {language}/{family}: 12 prompts" in done.stdout
        assert f"== {language}/benign: 36 messages" in done.stdout
    assert "training" not in done.stdout
    assert not out.exists()
