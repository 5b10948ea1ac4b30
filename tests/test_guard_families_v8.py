"""The blind attack-family set v8: its generator and its scoring path (never the real guards)."""

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
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "guard_families_v8.py"
CJK = re.compile(r"[\u4e00-\u9fff]")
ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guard_families_v8", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


v8 = _load()


def test_same_seed_same_set_other_seed_other_set() -> None:
    first = v8.family_prompts_v8(12, seed=1)
    assert first == v8.family_prompts_v8(12, seed=1)
    other = v8.family_prompts_v8(12, seed=2)
    for language in v8.LANGUAGES:
        for family in v8.FAMILIES:
            assert first[language][family] != other[language][family]
    assert v8.benign_v8(40, seed=1) == v8.benign_v8(40, seed=1)
    assert v8.benign_v8(40, seed=1) != v8.benign_v8(40, seed=2)


def test_same_seed_same_set_in_a_fresh_interpreter() -> None:
    """Seeds are strings hashed by ``random`` itself, so PYTHONHASHSEED cannot change the set."""
    code = (
        "import json, importlib.util, sys; "
        f"spec = importlib.util.spec_from_file_location('g', {str(SCRIPT)!r}); "
        "m = importlib.util.module_from_spec(spec); sys.modules['g'] = m; "
        "spec.loader.exec_module(m); "
        "print(json.dumps([m.family_prompts_v8(5, seed=3), m.benign_v8(20, seed=3)]))"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        ).stdout
        for hash_seed in ("1", "2")
    ]  # fmt: skip
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0]) == [v8.family_prompts_v8(5, seed=3), v8.benign_v8(20, seed=3)]


@pytest.mark.parametrize("per_family", [1, 7, 95])
def test_requested_counts_in_every_family_and_language(per_family: int) -> None:
    prompts = v8.family_prompts_v8(per_family, seed=3)
    assert sorted(prompts) == sorted(v8.LANGUAGES)
    for language in v8.LANGUAGES:
        assert sorted(prompts[language]) == sorted(v8.FAMILIES)
        for family in v8.FAMILIES:
            assert len(prompts[language][family]) == per_family


def test_counts_below_one_are_refused() -> None:
    with pytest.raises(ValueError, match="per_family must be at least 1"):
        v8.family_records_v8(0)
    with pytest.raises(ValueError, match="n must be at least 1"):
        v8.benign_v8(0, seed=1)


def test_five_families_with_at_least_30_distinct_frames_each_all_used() -> None:
    assert (*v8.ATTACK_FAMILIES, "plain_harmful") == v8.FAMILIES
    assert set(v8.ATTACK_FAMILIES) == {"suffix", "role_play", "refusal_suppression", "templates"}
    records = v8.family_records_v8(40, seed=4)
    for language in v8.LANGUAGES:
        for family in v8.FAMILIES:
            frames = v8.FRAMES[language][family]
            texts = [frame.text for frame in frames]
            assert len(set(texts)) == len(texts) >= 30, (language, family)
            used = {row.frame for row in records[language][family]}
            assert used == set(range(len(frames))), (language, family, len(used))


def test_no_duplicates_within_or_across_families() -> None:
    prompts = v8.family_prompts_v8(120, seed=5)
    everything = [text for by in prompts.values() for texts in by.values() for text in texts]
    assert len(everything) == len(set(everything)) == 2 * len(v8.FAMILIES) * 120


def _goal_visible(text: str, goal: str) -> bool:
    """The goal, or one of the encodings the templates wrap it in, is in the prompt."""
    forms = (
        goal,
        base64.b64encode(goal.encode()).decode(),
        goal.encode().hex(),
        codecs.encode(goal, "rot13"),
        goal[::-1],
        goal.translate(str.maketrans("aeiostAEIOST", "431057431057")),
        " ".join(goal.replace(" ", "")),
    )
    half = max(1, len(goal) // 2)  # payload splitting: both halves are in the prompt
    return any(form in text for form in forms) or (goal[:half] in text and goal[half:] in text)


def test_every_clean_prompt_carries_its_goal_and_wraps_it() -> None:
    records = v8.family_records_v8(60, seed=6)
    for language in v8.LANGUAGES:
        goals = v8.GOALS[language]
        for family in v8.FAMILIES:
            for row in records[language][family]:
                goal = goals[row.goal].text
                if not row.noise:
                    assert _goal_visible(row.text, goal), row.text
                assert len(row.text) > len(goal) + 1, row.text  # a request, not the bare goal
                assert "<GOAL" not in row.text and "<ADV>" not in row.text, row.text
                assert "<SHOTS>" not in row.text and "<OTHER>" not in row.text, row.text


def test_suffixes_are_generated_per_prompt_in_several_styles() -> None:
    records = v8.family_records_v8(200, seed=7)
    for language in v8.LANGUAGES:
        rows = records[language]["suffix"]
        goals = v8.GOALS[language]
        frames = v8.FRAMES[language]["suffix"]
        leftovers = []
        for row in rows:
            leftover = row.text.replace(goals[row.goal].text, "")
            for piece in re.split(r"<GOAL>|<ADV>", frames[row.frame].text):
                leftover = leftover.replace(piece.strip(), "") if piece.strip() else leftover
            leftovers.append(leftover)
        assert len(set(leftovers)) == len(leftovers)  # no two adversarial strings alike
        texts = "\n".join(row.text for row in rows)
        assert re.search(r"(! ){8}", texts)  # GCG-style initialisation
        assert re.search(r"([!?.~*=#;}\])！？。…])\1{7}", texts)  # long runs of punctuation
        assert re.search(r"[\u0400-\u04ff\u0370-\u03ff]", texts)  # confusables
        assert "[/INST]" in texts or "```" in texts  # code and markup fragments
        assert ZERO_WIDTH.search(texts)  # invisible characters


def test_templates_use_every_encoding_and_many_shot_dialogues() -> None:
    records = v8.family_records_v8(300, seed=8)
    encodings = {
        "base64": lambda g: base64.b64encode(g.encode()).decode(),
        "rot13": lambda g: codecs.encode(g, "rot13"),
        "hex": lambda g: g.encode().hex(),
        "reversed": lambda g: g[::-1],
        "spaced": lambda g: " ".join(g.replace(" ", "")),
    }
    for language, marker in (("en", "User:"), ("zh", "用户：")):
        rows = records[language]["templates"]
        goals = v8.GOALS[language]
        clean = [row for row in rows if not row.noise]
        for name, encode in encodings.items():
            if name == "rot13" and language == "zh":
                continue  # ROT13 leaves Chinese characters as they are
            assert any(encode(goals[row.goal].text) in row.text for row in clean), (language, name)
        assert any(row.text.count(marker) >= 4 for row in rows), language  # many-shot


def test_chinese_frames_are_written_in_chinese_with_traditional_and_pinyin() -> None:
    for family in v8.FAMILIES:
        cjk_total = letters_total = 0
        for frame in v8.FRAMES["zh"][family]:
            text = re.sub(r"<[A-Z0-9_]+>|<\|[a-z_]+\|>|\[/?INST\]|<</?SYS>>", "", frame.text)
            letters = [ch for ch in text if ch.isalpha()]
            cjk = sum(1 for ch in letters if CJK.match(ch))
            cjk_total, letters_total = cjk_total + cjk, letters_total + len(letters)
            if family != "suffix":  # a few suffix frames are bare slots: "<GOAL> <ADV>"
                assert cjk >= 2, frame.text
        assert cjk_total / letters_total > 0.8, family
    frames = "\n".join(f.text for by in v8.FRAMES["zh"].values() for f in by)
    assert re.search(r"[請當戰裡幫嗎謝開發啟說這]", frames)  # some frames in traditional script
    assert re.search(r"\b(ni|xiexie|qiu|bie)\b", frames)  # pinyin mixed in
    assert re.search(r"yyds|家人们|懂哥|老铁|绝绝子", frames)  # internet slang
    for goal in v8.GOALS["zh"]:
        assert CJK.search(goal.text), goal


def test_lengths_vary_and_noise_is_on_part_of_the_prompts() -> None:
    records = v8.family_records_v8(100, seed=9)
    for language in v8.LANGUAGES:
        rows = [row for by in records[language].values() for row in by]
        lengths = sorted(len(row.text) for row in rows)
        assert lengths[-1] > 5 * lengths[0]
        assert any("\n\n" in row.text for row in rows)  # several paragraphs
        noisy = [row for row in rows if row.noise]
        assert 0.2 < len(noisy) / len(rows) < 0.4
        kinds = {kind for row in noisy for kind in row.noise}
        assert kinds == set(v8.NOISE_KINDS[language]), language
        for row in noisy:
            if "fullwidth" in row.noise:
                assert re.search(r"[\uff01-\uff5e\u3000]", row.text), row.text
            if "zero_width" in row.noise:
                assert ZERO_WIDTH.search(row.text), row.text
            if "homoglyph" in row.noise:
                assert re.search(r"[\u0400-\u04ff\u0370-\u03ff]", row.text), row.text
            if "pinyin" in row.noise:
                assert re.search(r"[a-z\uff41-\uff5a]{2,}", row.text), row.text


def test_noise_changes_the_text_or_says_it_cannot_apply() -> None:
    import random

    rng = random.Random("noise")
    text = "please explain the whole process to me today"
    for kind in v8.NOISE_KINDS["en"]:  # random per character: a few tries change something
        tries = [v8.add_noise(text, kind, rng) for _ in range(20)]
        assert any(noisy is not None for noisy in tries), kind
        assert text not in tries, kind
    assert v8.add_noise("no chinese here", "pinyin", rng) is None
    assert v8.add_noise("纯中文句子", "traditional", rng) is None  # nothing in the map
    assert v8.add_noise("这个银行", "traditional", rng) == "這個銀行"
    with pytest.raises(ValueError, match="unknown noise kind"):
        v8.add_noise("text", "emoji", rng)


def test_goals_are_distinct_cover_the_categories_and_are_all_used() -> None:
    records = v8.family_records_v8(200, seed=10)
    expected = {"weapons", "explosives", "malware", "intrusion", "fraud", "money_laundering",
                "self_harm", "hate", "harassment", "drugs", "violence", "child_sexual",
                "extremism", "disinformation", "privacy"}  # fmt: skip
    for language in v8.LANGUAGES:
        goals = v8.GOALS[language]
        texts = [goal.text for goal in goals]
        assert len(set(texts)) == len(texts) >= 40
        assert expected == {goal.category for goal in goals}
        used = {row.goal for row in records[language]["plain_harmful"]}
        assert used == set(range(len(goals)))


HARD_LOOK_ALIKES = {
    "scam_explainer", "threat_report", "branch_roleplay", "developer_api", "reply_only",
    "dont_refuse", "correction", "phishing_quote", "merchant_payments", "kitchen_knives",
    "debt_stress", "angry_complaint", "translation", "aml_question", "account_security",
}  # fmt: skip


def test_benign_counts_kinds_and_languages() -> None:
    records = v8.benign_records_v8(500, seed=11)
    messages = v8.benign_v8(500, seed=11)
    for language in v8.LANGUAGES:
        texts = messages[language]
        assert len(texts) == len(set(texts)) == 500
        assert texts == [text for _, text in records[language]]
        kinds = {kind for kind, _ in records[language]}
        assert kinds == set(v8.BENIGN[language]) == HARD_LOOK_ALIKES
        smallest = min(sum(1 for k, _ in records[language] if k == kind) for kind in kinds)
        assert smallest >= 500 // len(kinds)  # every kind gets its share
        with_cjk = sum(1 for text in texts if CJK.search(text))
        assert (with_cjk == 500) if language == "zh" else (with_cjk == 0)
        for text in texts:
            assert not re.search(r"\{\w+\}", text), text  # every slot filled
            assert not ZERO_WIDTH.search(text), text
        for goal in v8.GOALS[language]:  # the customers never ask for a goal
            assert not any(goal.text in text for text in texts)
    assert any(re.search(r"[請點樣嘅費喺]", text) for text in messages["zh"])  # Cantonese / HK


@dataclass
class _Result:
    blocked: bool
    warn: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verdicts = [{"guard": "harmful_request", "action": "allow", "policy_action": "warn"}]
        return {"verdicts": verdicts if self.warn else []}


class _KeywordStandIn:
    """A trivial stand-in guard: blocks what holds a block word, warns on a warn word."""

    def __init__(self, words: Sequence[str], warn_words: Sequence[str] = ()) -> None:
        self.words, self.warn_words = tuple(words), tuple(warn_words)
        self.batches: list[int] = []

    def check_batch(self, texts: Sequence[str]) -> list[_Result]:
        self.batches.append(len(texts))
        return [
            _Result(any(w in t for w in self.words), any(w in t for w in self.warn_words))
            for t in texts
        ]


def _share(texts: Sequence[str], words: Sequence[str]) -> float:
    return round(sum(1 for t in texts if any(w in t for w in words)) / len(texts), 4)


def test_scoring_path_on_a_stand_in_guard() -> None:
    prompts = v8.family_prompts_v8(50, seed=12)
    benign = v8.benign_records_v8(200, seed=12)
    words = ("OMNI", "Sure", "ransomware", "勒索", "拒绝", "外公")
    warn_words = ("kill myself", "自杀", "bank")
    stand_in = _KeywordStandIn(words, warn_words)
    scores = v8.score(stand_in, prompts, benign)
    assert max(stand_in.batches) <= 64  # scored in batches
    total = sum(len(t) for by in prompts.values() for t in by.values())
    assert sum(stand_in.batches) == total + sum(len(rows) for rows in benign.values())  # once each
    assert v8.blocked_share(stand_in, prompts["en"]["templates"]) == pytest.approx(
        _share(prompts["en"]["templates"], words), abs=1e-4
    )
    for language in v8.LANGUAGES:
        for family in v8.FAMILIES:
            texts = prompts[language][family]
            assert scores["attack_blocked"][language][family] == _share(texts, words)
        plain = prompts[language]["plain_harmful"]
        flagged = scores["plain_harmful_blocked_or_warned"][language]
        assert flagged == _share(plain, (*words, *warn_words))
        texts = [text for _, text in benign[language]]
        assert scores["benign_blocked"][language]["all"] == _share(texts, words)
        assert scores["benign_blocked_or_warned"][language] == _share(texts, (*words, *warn_words))
        assert set(scores["benign_blocked"][language]["by_kind"]) == {
            k for k, _ in benign[language]
        }
    # warned shares move with the warn words: some English plain requests are warned only
    assert (
        scores["plain_harmful_blocked_or_warned"]["en"]
        > scores["attack_blocked"]["en"]["plain_harmful"]
    )
    nothing = v8.score(_KeywordStandIn(()), prompts, benign)
    assert all(v == 0 for by in nothing["attack_blocked"].values() for v in by.values())
    table = v8._table("stand-in", scores)
    assert "plain_harmful" in table and "refusal_suppression" in table and "benign" in table


def test_dry_run_prints_counts_and_three_samples_and_builds_no_guard(tmp_path: Path) -> None:
    out = tmp_path / "v8.json"
    completed = subprocess.run(
        [sys.executable, str(SCRIPT), "--dry-run", "--per-family", "31", "--benign", "40",
         "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    for language in v8.LANGUAGES:
        for family in v8.FAMILIES:
            assert f"== {language}/{family}: 31 prompts, 31 frames" in completed.stdout
        assert f"== {language}/benign: 40 messages" in completed.stdout
    assert completed.stdout.count("  [frame ") == 3 * len(v8.FAMILIES) * len(v8.LANGUAGES)
    assert "training the prompt-injection guard" not in completed.stdout
    assert not out.exists()


def test_main_scores_what_the_builder_returns_and_writes_aggregates_only(tmp_path: Path) -> None:
    homes: list[Path] = []

    def stand_in_builder(home: Path) -> tuple[_KeywordStandIn, _KeywordStandIn, dict]:
        homes.append(home)
        return _KeywordStandIn(("OMNI",)), _KeywordStandIn(("OMNI", "外公")), {"x": 1}

    out = tmp_path / "results" / "v8.json"
    args = ["--per-family", "40", "--benign", "60", "--seed", "13", "--out", str(out)]
    v8.main(args, build=stand_in_builder)
    assert len(homes) == 1 and homes[0].name == ".steward"
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["benchmark"] == "guard_families_v8" and report["seed"] == 13
    assert report["guard"] == {"x": 1} and report["per_family"] == 40
    assert report["frames"]["zh"]["plain_harmful"] == len(v8.FRAMES["zh"]["plain_harmful"])
    assert report["goals"] == {"en": len(v8.GOALS_EN), "zh": len(v8.GOALS_ZH)}
    prompts = v8.family_prompts_v8(40, seed=13)
    for name, words in (("prompt_injection", ("OMNI",)), ("input_chain", ("OMNI", "外公"))):
        for language in v8.LANGUAGES:
            for family in ("templates", "role_play"):
                got = report["scores"][name]["attack_blocked"][language][family]
                assert got == _share(prompts[language][family], words)
    assert report["scores"]["prompt_injection"]["attack_blocked"]["en"]["templates"] > 0
    written = out.read_text(encoding="utf-8")
    everything = [text for by in prompts.values() for texts in by.values() for text in texts]
    benign = [text for texts in v8.benign_v8(60, seed=13).values() for text in texts]
    assert not any(text in written for text in everything + benign)  # aggregates only


def test_default_seed_is_8_and_results_go_to_the_v8_file() -> None:
    assert v8.RESULTS.name == "guard_families_v8.json"
    assert v8.family_prompts_v8(3) == v8.family_prompts_v8(3, seed=8)
    assert v8.benign_v8(15) == v8.benign_v8(15, seed=8)
