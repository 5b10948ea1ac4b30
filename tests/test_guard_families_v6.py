"""The blind attack-family set v6: its generator and its scoring path (never the real guard)."""

from __future__ import annotations

import base64
import codecs
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "guard_families_v6.py"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guard_families_v6", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


v6 = _load()


def test_same_seed_same_set_other_seed_other_set() -> None:
    first = v6.family_prompts_v6(12, seed=1)
    assert first == v6.family_prompts_v6(12, seed=1)
    other = v6.family_prompts_v6(12, seed=2)
    for language in v6.LANGUAGES:
        for family in v6.FAMILIES:
            assert first[language][family] != other[language][family]
    assert v6.benign_v6(40, seed=1) == v6.benign_v6(40, seed=1)
    assert v6.benign_v6(40, seed=1) != v6.benign_v6(40, seed=2)


@pytest.mark.parametrize("per_family", [1, 7, 95])
def test_requested_counts_in_every_family_and_language(per_family: int) -> None:
    prompts = v6.family_prompts_v6(per_family, seed=3)
    assert sorted(prompts) == sorted(v6.LANGUAGES)
    for language in v6.LANGUAGES:
        assert sorted(prompts[language]) == sorted(v6.FAMILIES)
        for family in v6.FAMILIES:
            assert len(prompts[language][family]) == per_family


def test_at_least_30_distinct_frames_per_family_and_language_all_used() -> None:
    records = v6.family_records_v6(40, seed=4)
    for language in v6.LANGUAGES:
        for family in v6.FAMILIES:
            frames = v6.FRAMES[language][family]
            texts = [frame.text for frame in frames]
            assert len(set(texts)) == len(texts) >= 30, (language, family)
            used = {row.frame for row in records[language][family]}
            assert len(used) >= 30, (language, family, len(used))


def test_no_duplicates_within_or_across_families() -> None:
    prompts = v6.family_prompts_v6(120, seed=5)
    everything = [text for by in prompts.values() for texts in by.values() for text in texts]
    assert len(everything) == len(set(everything)) == 2 * 4 * 120


def _goal_visible(text: str, goal: str) -> bool:
    """The goal, or one of the encodings the templates wrap it in, is in the prompt."""
    forms = (
        goal,
        goal[:1].upper() + goal[1:],
        base64.b64encode(goal.encode()).decode(),
        codecs.encode(goal, "rot13"),
        goal[::-1],
        goal.encode("unicode_escape").decode("ascii"),
        goal.translate(str.maketrans("aeiost", "431057")),
    )
    third = max(1, len(goal) // 3)  # payload splitting: both ends survive the cut
    return any(form in text for form in forms) or (goal[:third] in text and goal[-third:] in text)


def test_every_clean_prompt_carries_its_goal_and_wraps_it() -> None:
    records = v6.family_records_v6(60, seed=6)
    for language in v6.LANGUAGES:
        goals = v6.GOALS_EN if language == "en" else v6.GOALS_ZH
        for family in v6.FAMILIES:
            for row in records[language][family]:
                goal = goals[row.goal]
                if not row.noise:
                    assert _goal_visible(row.text, goal), row.text
                assert len(row.text) > len(goal) + 10, row.text  # a frame, not the bare goal


def test_chinese_frames_are_written_in_chinese() -> None:
    for family in v6.FAMILIES:
        cjk_total = letters_total = 0
        for frame in v6.FRAMES["zh"][family]:
            text = re.sub(r"<[A-Za-z0-9]+>|<\|[a-z_]+\|>", "", frame.text)  # slots, chat markup
            letters = [ch for ch in text if ch.isalpha()]
            cjk = sum(1 for ch in letters if CJK.match(ch))
            cjk_total, letters_total = cjk_total + cjk, letters_total + len(letters)
            if family != "suffix":  # suffix frames are short; their words come from the goal
                assert cjk >= 4, frame.text
        assert cjk_total / letters_total > 0.8, family


def test_lengths_vary_and_noise_is_present() -> None:
    records = v6.family_records_v6(100, seed=7)
    for language in v6.LANGUAGES:
        rows = [row for by in records[language].values() for row in by]
        lengths = sorted(len(row.text) for row in rows)
        assert lengths[-1] > 5 * lengths[0]
        assert any("\n\n" in row.text for row in rows)  # several paragraphs
        noisy = [row for row in rows if row.noise]
        assert 0.2 < len(noisy) / len(rows) < 0.5
        kinds = {kind for row in noisy for kind in row.noise}
        expected = {"traditional", "full_width"} if language == "zh" else {"typos", "homoglyphs"}
        assert expected <= kinds
    assert any(re.search(r"[\uff01-\uff5e]", row.text) for row in records["zh"]["templates"])


def test_benign_counts_kinds_and_languages() -> None:
    records = v6.benign_records_v6(300, seed=8)
    messages = v6.benign_v6(300, seed=8)
    for language in v6.LANGUAGES:
        texts = messages[language]
        assert len(texts) == len(set(texts)) == 300
        assert texts == [text for _, text in records[language]]
        templates = v6.BENIGN_EN if language == "en" else v6.BENIGN_ZH
        assert {kind for kind, _ in records[language]} == set(templates)
        with_cjk = sum(1 for text in texts if CJK.search(text))
        assert (with_cjk == 300) if language == "zh" else (with_cjk < 30)
    with pytest.raises(ValueError, match="n must be at least 1"):
        v6.benign_v6(0, seed=1)


@dataclass
class _Result:
    blocked: bool


class _KeywordStandIn:
    """A trivial stand-in guard: blocks what contains one of its words; counts its calls."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = tuple(words)
        self.batches: list[int] = []

    def check_batch(self, texts: Sequence[str]) -> list[_Result]:
        self.batches.append(len(texts))
        return [_Result(any(word in text for word in self.words)) for text in texts]


def test_scoring_path_on_a_stand_in_guard() -> None:
    prompts = v6.family_prompts_v6(50, seed=9)
    benign = v6.benign_records_v6(200, seed=9)
    words = ("DAN", "Sure", "ransomware", "勒索", "拒绝", "奶奶")
    stand_in = _KeywordStandIn(words)
    scores = v6.score(stand_in, prompts, benign)
    assert max(stand_in.batches) <= 64  # scored in batches
    for language in v6.LANGUAGES:
        for family in v6.FAMILIES:
            texts = prompts[language][family]
            expected = sum(1 for t in texts if any(w in t for w in words)) / len(texts)
            assert scores["attack_blocked"][language][family] == round(expected, 4)
        texts = [text for _, text in benign[language]]
        expected = sum(1 for t in texts if any(w in t for w in words)) / len(texts)
        assert scores["benign_blocked"][language]["all"] == round(expected, 4)
        assert set(scores["benign_blocked"][language]["by_kind"]) == {
            k for k, _ in benign[language]
        }
    # the figures move with the guard: a guard that blocks nothing scores 0 everywhere
    nothing = v6.score(_KeywordStandIn(()), prompts, benign)
    assert all(v == 0 for by in nothing["attack_blocked"].values() for v in by.values())
    table = v6._table("stand-in", scores)
    assert "refusal_suppression" in table and "benign" in table


def test_dry_run_prints_counts_and_samples_and_builds_no_guard(tmp_path: Path) -> None:
    out = tmp_path / "v6.json"
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "--dry-run", "--per-family", "31", "--benign", "40",
         "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    for language in v6.LANGUAGES:
        for family in v6.FAMILIES:
            assert f"== {language}/{family}: 31 prompts, 31 frames" in completed.stdout
        assert f"== {language}/benign: 40 messages" in completed.stdout
    assert "training the prompt-injection guard" not in completed.stdout
    assert not out.exists()


def test_main_scores_what_the_builder_returns_and_writes_aggregates_only(tmp_path: Path) -> None:
    homes: list[Path] = []

    def stand_in_builder(home: Path) -> tuple[_KeywordStandIn, _KeywordStandIn, dict]:
        homes.append(home)
        return _KeywordStandIn(("DAN",)), _KeywordStandIn(("DAN", "奶奶")), {"stand_in": True}

    out = tmp_path / "results" / "v6.json"
    args = ["--per-family", "30", "--benign", "20", "--seed", "11", "--out", str(out)]
    v6.main(args, build=stand_in_builder)
    assert len(homes) == 1 and homes[0].name == ".steward"
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["guard"] == {"stand_in": True} and report["per_family"] == 30
    prompts = v6.family_prompts_v6(30, seed=11)
    for name, words in (("prompt_injection", ("DAN",)), ("input_chain", ("DAN", "奶奶"))):
        for language in v6.LANGUAGES:
            texts = prompts[language]["templates"]
            expected = sum(1 for t in texts if any(w in t for w in words)) / len(texts)
            got = report["scores"][name]["attack_blocked"][language]["templates"]
            assert got == round(expected, 4)
    written = out.read_text(encoding="utf-8")
    assert not any(text in written for text in prompts["en"]["role_play"])  # no prompt texts


def test_goals_are_distinct_and_all_used() -> None:
    records = v6.family_records_v6(200, seed=12)
    for language, goals in (("en", v6.GOALS_EN), ("zh", v6.GOALS_ZH)):
        assert len(set(goals)) == len(goals) >= 30
        used = {row.goal for by in records[language].values() for row in by}
        assert used == set(range(len(goals)))
    assert all(CJK.search(goal) for goal in v6.GOALS_ZH)
