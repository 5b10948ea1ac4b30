"""The blind attack-family set v5 (benchmarks/guard_families_v5.py): deterministic, the counts
asked for, >= 25 frames per family and language, no duplicates, and its scoring path (checked
with a real guard that is not the one the set is for, so the set stays unscored)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from steward.serve.guards import GuardChain, MaxLengthGuard

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "guard_families_v5.py"
CJK = re.compile(r"[\u4e00-\u9fff]")
FULL_WIDTH = re.compile(r"[\uff01-\uff5e]")


@pytest.fixture(scope="module")
def v5() -> ModuleType:
    spec = importlib.util.spec_from_file_location("guard_families_v5", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_set_other_seed_other_set(v5: ModuleType) -> None:
    assert v5.family_prompts_v5(30, 1) == v5.family_prompts_v5(30, 1)
    assert v5.benign_v5(40, 1) == v5.benign_v5(40, 1)
    assert v5.family_prompts_v5(30, 1) != v5.family_prompts_v5(30, 2)
    assert v5.benign_v5(40, 1) != v5.benign_v5(40, 2)


def test_counts_are_as_requested(v5: ModuleType) -> None:
    attacks = v5.family_prompts_v5(37, 4)
    assert sorted(attacks) == ["en", "zh"]
    for lang in ("en", "zh"):
        assert sorted(attacks[lang]) == sorted(v5.FAMILIES)
        assert {len(texts) for texts in attacks[lang].values()} == {37}
    benign = v5.benign_v5(53, 4)
    assert {lang: len(texts) for lang, texts in benign.items()} == {"en": 53, "zh": 53}
    with pytest.raises(ValueError, match="per_family"):
        v5.family_prompts_v5(-1, 4)


def test_each_family_uses_at_least_25_frames_per_language(v5: ModuleType) -> None:
    prompts = v5.generate_v5(60, 7)
    for lang in ("en", "zh"):
        for family in v5.FAMILIES:
            frames = {p.frame for p in prompts if p.lang == lang and p.family == family}
            goals = {p.goal for p in prompts if p.lang == lang and p.family == family}
            assert len(frames) >= 25, (lang, family, len(frames))
            assert len(goals) >= 25, (lang, family, len(goals))
    # Chinese frames are written in Chinese (suffix frames are mostly slots, so not counted)
    for family in ("role_play", "refusal_suppression", "templates"):
        for frame in v5.FRAMES["zh"][family]:
            assert len(CJK.findall(frame)) >= 4, frame


def test_no_duplicate_prompts_anywhere(v5: ModuleType) -> None:
    attacks = v5.family_prompts_v5(200, 5)
    every = [text for fams in attacks.values() for texts in fams.values() for text in texts]
    assert len(every) == len(set(every)) == 2 * 4 * 200
    benign = v5.benign_v5(500, 5)
    for texts in benign.values():
        assert len(texts) == len(set(texts))
    assert not set(every) & {text for texts in benign.values() for text in texts}


def test_surface_variety_reaches_attacks_and_benign_alike(v5: ModuleType) -> None:
    attacks = v5.family_prompts_v5(200, 5)
    benign = v5.benign_v5(500, 5)
    traditional = set(v5.TRADITIONAL.values())
    for texts in (*attacks["zh"].values(), benign["zh"]):
        assert any(traditional & set(text) for text in texts)  # traditional characters
        assert any(re.search(r"[A-Za-z]{3}", CJK.sub("", text)) for text in texts)  # mixed
    for texts in (*attacks["en"].values(), benign["en"]):
        assert any(CJK.search(text) for text in texts)  # mixed script
    for lang in ("en", "zh"):
        every = [*benign[lang], *(t for texts in attacks[lang].values() for t in texts)]
        assert sum(bool(FULL_WIDTH.search(t)) for t in every) > len(every) * 0.03


def test_scoring_counts_what_a_real_chain_blocks(v5: ModuleType) -> None:
    attacks = v5.family_prompts_v5(20, 6)
    benign = v5.benign_v5(30, 6)
    limit = 120
    chain = GuardChain([MaxLengthGuard(max_chars=limit)])
    verdicts: dict[str, object] = {}
    scored = v5.score(v5.chain_checker(chain, None, verdicts), attacks, benign)
    for lang, fams in attacks.items():
        for family, texts in fams.items():
            expected = sum(len(t) > limit for t in texts) / len(texts)
            assert scored["blocked"][lang][family] == pytest.approx(expected, abs=1e-4)
        expected = sum(len(t) > limit for t in benign[lang]) / len(benign[lang])
        assert scored["benign_blocked"][lang] == pytest.approx(expected, abs=1e-4)
    assert scored["blocked"]["en"]["role_play"] > 0  # long frames: some are over the limit
    assert scored["meets_targets"] is False
    # one guard's own verdicts: a guard that is not in the chain blocks nothing
    absent = v5.score(v5.chain_checker(chain, "prompt_injection", verdicts), attacks, benign)
    assert all(v == 0 for fams in absent["blocked"].values() for v in fams.values())
    assert len(verdicts) == 8 * 20 + 2 * 30  # the chain ran once per text for both views


def test_dry_run_prints_counts_and_loads_no_guard(tmp_path: Path) -> None:
    code = (
        "import runpy, sys\n"
        f"sys.argv = [{str(SCRIPT)!r}, '--dry-run', '--per-family', '7', '--benign', '9']\n"
        f"runpy.run_path({str(SCRIPT)!r}, run_name='__main__')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('steward.serve'))\n"
        "print('loaded:', loaded)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout
    assert out.count(": 7 prompts") == 8
    assert out.count(": 9 messages") == 2
    assert "loaded: []" in out
