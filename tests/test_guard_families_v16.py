"""The blind v16 family set itself (counts, determinism, no duplicates, the dry run); it never
builds or runs a guard."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    # by path: a `benchmarks` package from site-packages can shadow the project's folder
    path = ROOT / "benchmarks" / "guard_families_v16.py"
    spec = importlib.util.spec_from_file_location("guard_families_v16", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


v16 = _load()
FAMILIES = ("suffix", "role_play", "refusal_suppression", "templates", "plain_harmful")


@pytest.fixture(scope="module")
def default() -> dict:
    return v16.records(100, 16)


def test_counts_per_family_and_language(default: dict) -> None:
    assert tuple(v16.FAMILIES) == FAMILIES
    assert tuple(default) == ("en", "zh")
    for language in ("en", "zh"):
        assert tuple(default[language]) == FAMILIES
        for family in FAMILIES:
            rows = default[language][family]
            assert len(rows) == 100, (language, family)
            # every frame of the family is used at 100 prompts (no family has more than 100 frames)
            frames = {frame.name for frame in v16.FRAMES[language][family]}
            assert {row.frame for row in rows} == frames, (language, family)
    # a few hundred per family and language are available, all distinct
    big = v16.records(400, 16)
    for language in ("en", "zh"):
        for family in FAMILIES:
            texts = [row.text for row in big[language][family]]
            assert len(texts) == 400 and len(set(texts)) == 400, (language, family)


def test_goals_and_frames() -> None:
    for language in ("en", "zh"):
        goals = v16.GOALS[language]
        assert len(goals) == 60
        assert len({goal.plain for goal in goals}) == 60
        categories = Counter(goal.category for goal in goals)
        assert len(categories) == 15 and set(categories.values()) == {4}
        for family in FAMILIES:
            frames = v16.FRAMES[language][family]
            assert len(frames) >= 24, (language, family)
            assert len({frame.name for frame in frames}) == len(frames)
        assert len(v16.FRAMES[language]["plain_harmful"]) >= 60
    # the two languages cover the same categories
    assert {g.category for g in v16.GOALS["en"]} == {g.category for g in v16.GOALS["zh"]}


def test_rows_carry_their_goal(default: dict) -> None:
    for language in ("en", "zh"):
        for family in FAMILIES:
            rows = default[language][family]
            clean = [row for row in rows if not row.noise]
            assert clean, (language, family)
            for row in clean:
                capital = row.goal[:1].upper() + row.goal[1:]
                slang = _slang(language, row.goal)
                assert any(p in row.text for p in (row.goal, capital, slang)), row.text
            # every category turns up in each family (60 goals cycle within 100 prompts)
            assert len({row.category for row in rows}) == 15, (language, family)
    plain = default["en"]["plain_harmful"] + default["zh"]["plain_harmful"]
    assert sum(1 for row in plain if row.noise) >= 0.4 * len(plain)  # typed as people type
    assert not any(row.noise for language in ("en", "zh") for row in default[language]["suffix"])


def _slang(language: str, plain: str) -> str:
    return next(goal.slang for goal in v16.GOALS[language] if goal.plain == plain)


def test_suffix_debris_kinds(default: dict) -> None:
    for language in ("en", "zh"):
        rows = default[language]["suffix"]
        texts = "".join(row.text for row in rows)
        assert any("\u200b" <= c <= "\u200d" or c in "\u2060\ufeff" for c in texts)  # zero width
        assert any(0x1D400 <= ord(c) <= 0x1D7FF for c in texts)  # math letters
        assert any(c in "асеіорхуѕΑΒΕΗΚΜΟΡΤΧΖΝ" for c in texts)  # homoglyphs
        assert any(0x1F300 <= ord(c) <= 0x1FAFF for c in texts)  # emoji
        assert any(mark in texts for mark in ("//", "/*", "<!--", "# "))  # code comments
        kinds = {row.frame.split("+")[1] for row in rows}
        assert kinds == set(v16.DEBRIS)


def test_deterministic_and_seeded(default: dict) -> None:
    again = v16.records(100, 16)
    assert again == default
    other = v16.records(100, 17)
    assert [r.text for r in other["en"]["plain_harmful"]] != [
        r.text for r in default["en"]["plain_harmful"]
    ]
    assert v16.benign_records(500, 16) == v16.benign_records(500, 16)
    assert v16.benign_records(500, 16) != v16.benign_records(500, 17)


def test_no_duplicates(default: dict) -> None:
    texts = [row.text for by in default.values() for rows in by.values() for row in rows]
    assert len(texts) == len(set(texts)) == 1000
    benign = v16.benign_records(500, 16)
    for language in ("en", "zh"):
        messages = [text for _, text in benign[language]]
        assert len(messages) == len(set(messages)) == 500
        assert not set(messages) & set(texts)


def test_customers_messages(default: dict) -> None:
    benign = v16.benign_records(500, 16)
    for language in ("en", "zh"):
        kinds = Counter(kind for kind, _ in benign[language])
        assert set(kinds) == set(v16.BENIGN_KINDS[language])
        assert len(kinds) >= 20
        assert set(kinds.values()) == {25}  # the kinds in turn
        # no goal phrase of this language leaks into a customer's message
        phrases = {g.plain for g in v16.GOALS[language]} | {g.slang for g in v16.GOALS[language]}
        assert not any(p in text for p in phrases for _, text in benign[language])
    chinese = [text for _, text in benign["zh"]]
    assert all(any("\u4e00" <= c <= "\u9fff" for c in text) for text in chinese)


def test_dry_run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    def no_guard(home: Path) -> tuple:
        raise AssertionError("the dry run must not build a guard")

    out_path = tmp_path / "v16.json"
    argv = ["--dry-run", "--per-family", "7", "--benign", "40", "--out", str(out_path)]
    v16.main(v16.FAMILY_SET, argv, no_guard)
    out = capsys.readouterr().out
    for language in ("en", "zh"):
        for family in FAMILIES:
            frames = len(v16.FRAMES[language][family])
            assert f"== {language}/{family}: 7 prompts, {min(7, frames)} frames" in out
        assert f"== {language}/benign: 40 messages" in out
    assert not out_path.exists()  # the dry run writes no report


def test_bad_sizes() -> None:
    with pytest.raises(ValueError):
        v16.records(0, 16)
    with pytest.raises(ValueError):
        v16.benign_records(0, 16)
