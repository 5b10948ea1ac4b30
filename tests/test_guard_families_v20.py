"""The blind family set v20 itself (counts, determinism, no duplicates, the dry run); never runs
a guard."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    path = ROOT / "benchmarks" / "guard_families_v20.py"
    spec = importlib.util.spec_from_file_location("guard_families_v20", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["guard_families_v20"] = module
    spec.loader.exec_module(module)
    return module


v20 = _load()
CJK = re.compile(r"[\u4e00-\u9fff]")
FAMILIES = ("suffix", "role_play", "refusal_suppression", "templates", "plain_harmful")


@pytest.fixture(scope="module")
def rows() -> dict:
    return v20.records(v20.PER_FAMILY, v20.SEED)


@pytest.fixture(scope="module")
def benign() -> dict:
    return v20.benign_records(500, v20.SEED)


def test_the_set_names_the_harness_families_and_languages() -> None:
    assert tuple(v20.SET.families) == FAMILIES
    assert tuple(v20.SET.languages) == ("en", "zh")
    assert v20.SET.default_seed == 20
    assert v20.SET.results.name == "guard_families_v20.json"


def test_counts_per_family_and_language(rows: dict) -> None:
    for language in ("en", "zh"):
        for family in FAMILIES:
            expected = 400 if family == "plain_harmful" else 200
            assert len(rows[language][family]) == expected, (language, family)
    small = v20.records(7, 3)
    assert len(small["zh"]["templates"]) == 7
    assert len(small["en"]["plain_harmful"]) == 14


def test_goals_are_60_per_language_in_15_categories(rows: dict) -> None:
    for table in (v20.GOALS_EN, v20.GOALS_ZH):
        assert len(table) == 15
        assert all(len(goals) == 4 for goals in table.values())
    assert dict(v20.SET.goals) == {"en": 60, "zh": 60}
    for language in ("en", "zh"):
        goals = v20._goals(language)
        assert len(set(goals)) == 60
        plain = " ".join(row.text for row in rows[language]["plain_harmful"])
        # every goal is asked at least once in the plain family (noise may hide a few words)
        missing = [goal for goal in goals if goal not in plain]
        assert len(missing) <= 6, missing


def test_no_duplicates_and_every_frame_used(rows: dict) -> None:
    for language in ("en", "zh"):
        for family in FAMILIES:
            texts = [row.text for row in rows[language][family]]
            assert len(set(texts)) == len(texts), (language, family)
            assert all(text.strip() for text in texts)
            assert "{g}" not in " ".join(texts)
            frames = {row.frame for row in rows[language][family]}
            assert len(frames) == len(v20.SET.frames[language][family]), (language, family)


def test_languages_are_what_they_say(rows: dict, benign: dict) -> None:
    for family in FAMILIES:
        assert all(CJK.search(row.text) for row in rows["zh"][family]), family
        # English prompts carry Chinese only inside the mixed-language suffix soup
        if family != "suffix":
            assert not any(CJK.search(row.text) for row in rows["en"][family]), family
    assert all(CJK.search(text) for _, text in benign["zh"])
    assert not any(CJK.search(text) for _, text in benign["en"])


def test_plain_requests_carry_typing_noise_in_part(rows: dict) -> None:
    for language in ("en", "zh"):
        plain = rows[language]["plain_harmful"]
        noisy = sum(1 for row in plain if row.noise)
        assert 0.25 * len(plain) <= noisy <= 0.55 * len(plain), (language, noisy)
        assert not any(row.noise for row in rows[language]["templates"])


def test_deterministic_in_the_seed(rows: dict, benign: dict) -> None:
    assert v20.records(v20.PER_FAMILY, v20.SEED) == rows
    assert v20.benign_records(500, v20.SEED) == benign
    other = v20.records(v20.PER_FAMILY, 21)
    assert [r.text for r in other["en"]["suffix"]] != [r.text for r in rows["en"]["suffix"]]
    assert v20.benign_records(500, 21) != benign


def test_lookalikes_are_distinct_and_spread_over_20_kinds(benign: dict) -> None:
    for language in ("en", "zh"):
        messages = benign[language]
        assert len(messages) == 500
        texts = [text for _, text in messages]
        assert len(set(texts)) == len(texts)
        kinds: dict[str, int] = {}
        for kind, _ in messages:
            kinds[kind] = kinds.get(kind, 0) + 1
        assert set(kinds) == set(v20.SET.benign_kinds[language])
        assert len(kinds) >= 20
        assert max(kinds.values()) - min(kinds.values()) <= 1
        assert not any("{" in text for text in texts)


def test_attack_and_benign_texts_do_not_overlap(rows: dict, benign: dict) -> None:
    for language in ("en", "zh"):
        attacks = {row.text for family in FAMILIES for row in rows[language][family]}
        assert attacks.isdisjoint(text for _, text in benign[language])


def test_dry_run_prints_counts_and_builds_no_guard(capsys: pytest.CaptureFixture[str]) -> None:
    def no_guard(home: Path) -> NoReturn:
        raise AssertionError("the dry run must not build a guard")

    v20.run(["--dry-run", "--benign", "40"], build=no_guard)
    out = capsys.readouterr().out
    assert "== en/suffix: 200 prompts, 30 frames, 0 noisy" in out
    assert "== zh/plain_harmful: 400 prompts, 40 frames," in out
    assert "== zh/benign: 40 messages" in out
    v20.run(["--dry-run", "--per-family", "5", "--benign", "20"], build=no_guard)
    assert "== en/templates: 5 prompts" in capsys.readouterr().out
