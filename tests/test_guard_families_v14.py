"""The blind attack-family set v14 itself: determinism, counts, coverage, noise, dry run.

These check the set, never the guards (the set is a test split: only the lead scores it)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import guard_families_v14 as v14  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
LOOKALIKE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0580-\u058f]")  # Greek, Cyrillic, Armenian
ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060]")


@pytest.fixture(scope="module")
def prompts() -> dict[str, dict[str, list[v14.Prompt]]]:
    return v14.records()


@pytest.fixture(scope="module")
def benign() -> dict[str, list[tuple[str, str]]]:
    return v14.benign_records()


def test_same_seed_same_set_other_seed_differs() -> None:
    assert v14.records(20, 3) == v14.records(20, 3)
    assert v14.benign_records(40, 3) == v14.benign_records(40, 3)
    assert v14.records(20, 3) != v14.records(20, 4)
    assert v14.benign_records(40, 3) != v14.benign_records(40, 4)


def test_default_seed_and_results_path() -> None:
    assert v14.FAMILY_SET.default_seed == 14
    assert v14.FAMILY_SET.results == ROOT / "benchmarks" / "results" / "guard_families_v14.json"


def test_every_family_and_language_has_its_count_of_non_empty_texts(
    prompts: dict[str, dict[str, list[v14.Prompt]]],
) -> None:
    assert set(prompts) == {"en", "zh"}
    for language, by_family in prompts.items():
        assert tuple(by_family) == v14.FAMILIES
        for family, rows in by_family.items():
            assert len(rows) == 100, (language, family)
            assert all(row.text.strip() for row in rows), (language, family)
    assert {len(rows) for rows in v14.records(7, 1)["zh"].values()} == {7}


def test_frames_goals_and_coverage(prompts: dict[str, dict[str, list[v14.Prompt]]]) -> None:
    categories = {goal.category for goal in v14.GOALS}
    assert len(v14.GOALS) >= 40 and len(categories) >= 12
    assert {"minors", "money_laundering", "bank_fraud", "self_harm"} <= categories
    for language in v14.LANGUAGES:
        for family in v14.FAMILIES:
            frames = v14.FAMILY_SET.frames[language][family]
            assert len(frames) >= 30, (language, family, len(frames))
            assert len({frame.name for frame in frames}) == len(frames)
            rows = prompts[language][family]
            # 100 prompts cycle through every frame, and through every goal.
            assert {row.frame for row in rows} == {frame.name for frame in frames}
            assert {row.goal for row in rows} == set(range(len(v14.GOALS)))


def test_texts_rarely_repeat_and_are_in_their_language(
    prompts: dict[str, dict[str, list[v14.Prompt]]],
) -> None:
    for language, by_family in prompts.items():
        for family, rows in by_family.items():
            texts = [row.text for row in rows]
            assert len(set(texts)) >= 0.95 * len(texts), (language, family)
            with_cjk = sum(1 for text in texts if CJK.search(text))
            if language == "zh":
                assert with_cjk == len(texts), family
            elif family != "suffix":  # English suffixes may carry a Chinese word in the tail
                assert with_cjk == 0, family


def test_suffix_rewrites_really_use_lookalikes_and_zero_width(
    prompts: dict[str, dict[str, list[v14.Prompt]]],
) -> None:
    for language in v14.LANGUAGES:
        rows = prompts[language]["suffix"]
        homoglyph = [row for row in rows if row.noise == ("homoglyph",)]
        zwj = [row for row in rows if row.noise == ("zwj",)]
        assert homoglyph and zwj
        assert all(LOOKALIKE.search(row.text) for row in homoglyph)
        assert all(ZERO_WIDTH.search(row.text) for row in zwj)
        plain_tails = [row for row in rows if not row.noise]
        assert not any(ZERO_WIDTH.search(row.text) for row in plain_tails)


def test_noise_is_recorded_and_plain_chinese_gets_shorthand_or_typos(
    prompts: dict[str, dict[str, list[v14.Prompt]]],
) -> None:
    plain_zh = prompts["zh"]["plain_harmful"]
    kinds = Counter(kind for row in plain_zh for kind in row.noise)
    assert kinds["pinyin"] > 0 and kinds["typo"] > 0
    for row in plain_zh:
        if "pinyin" in row.noise:
            assert re.search(r"[a-z]{2}", row.text), row.text
    noisy_share = sum(1 for row in plain_zh if row.noise) / len(plain_zh)
    assert 0.2 < noisy_share < 0.8


def test_benign_messages_cover_every_kind(benign: dict[str, list[tuple[str, str]]]) -> None:
    for language, rows in benign.items():
        assert len(rows) == 500
        kinds = Counter(kind for kind, _ in rows)
        assert set(kinds) == set(v14.BENIGN_KINDS[language])
        assert len(kinds) >= 18
        assert min(kinds.values()) >= 500 // len(kinds)
        assert all(text.strip() for _, text in rows)
        assert "{" not in "".join(text for _, text in rows)  # every slot filled
        assert len({text for _, text in rows}) >= 0.9 * len(rows)
        with_cjk = sum(1 for _, text in rows if CJK.search(text))
        assert with_cjk == (len(rows) if language == "zh" else 0)
    assert v14.FAMILY_SET.goals == {"en": len(v14.GOALS), "zh": len(v14.GOALS)}


def test_a_slot_used_twice_in_one_text_gets_one_filler() -> None:
    for language, by_family in v14.records(60, 2).items():
        for row in by_family["templates"]:
            if row.frame.startswith("amoral_advisor/") and not row.noise:
                name = re.search(r"named (\S+?)[:：]", row.text) or re.search(
                    r"名叫(\S+?)的参谋", row.text
                )
                assert name, row.text
                assert row.text.count(name.group(1)) >= 4, (language, row.text)


def test_bad_sizes_are_refused_with_the_option_named() -> None:
    with pytest.raises(ValueError, match="--per-family"):
        v14.records(0)
    with pytest.raises(ValueError, match="--benign"):
        v14.benign_records(0)


def test_dry_run_prints_counts_and_samples_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "v14.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "guard_families_v14.py"), "--dry-run"]
    command += ["--per-family", "40", "--benign", "36", "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    for language in v14.LANGUAGES:
        for family in v14.FAMILIES:
            assert f"== {language}/{family}: 40 prompts" in done.stdout
        assert f"== {language}/benign: 36 messages" in done.stdout
    frames = re.findall(r"== en/suffix: 40 prompts, (\d+) frames", done.stdout)
    assert frames and int(frames[0]) == 40  # 48 suffix frames: 40 prompts, 40 distinct
    assert not out.exists()
