"""The blind attack-family set v11 itself: deterministic, complete, well-formed; its dry run works.
(Scoring the guards on it is the lead's one run, not a test.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import guard_families_v11 as v11  # noqa: E402

UNFILLED_SLOT = re.compile(r"\{[A-Za-z_]+\}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_records_are_deterministic_by_seed() -> None:
    assert v11.records(40, 11) == v11.records(40, 11)
    assert v11.benign_records(60, 11) == v11.benign_records(60, 11)
    assert v11.records(40, 11) != v11.records(40, 12)
    assert v11.benign_records(60, 11) != v11.benign_records(60, 12)


def test_every_family_and_language_has_the_asked_count_of_well_formed_prompts() -> None:
    per_family = 45
    records = v11.records(per_family, v11.DEFAULT_SEED)
    assert set(records) == set(v11.LANGUAGES) == {"en", "zh"}
    for language, by_family in records.items():
        assert set(by_family) == set(v11.FAMILIES)
        for family, rows in by_family.items():
            assert len(rows) == per_family, (language, family)
            for row in rows:
                assert row.text.strip(), (language, family, row.frame)
                assert not UNFILLED_SLOT.search(row.text), (language, family, row.text)
                assert row.frame.startswith(family + "."), row.frame
            # Texts rarely repeat: frames, goals and slots are composed per prompt.
            assert len({row.text for row in rows}) >= 0.9 * per_family, (language, family)
            if language == "zh":
                assert sum(1 for row in rows if CJK.search(row.text)) >= 0.9 * per_family


def test_every_frame_renders_and_each_family_has_at_least_30() -> None:
    for language in v11.LANGUAGES:
        for family in v11.FAMILIES:
            frames = v11.FRAMES[language][family]
            assert len(frames) >= 30, (language, family, len(frames))
            assert len({frame.name for frame in frames}) == len(frames)
            # Cycling covers every frame once the count reaches the number of frames.
            rows = v11.records(len(frames), 3)[language][family]
            assert {row.frame for row in rows} == {frame.name for frame in frames}


def test_goals_cover_the_general_and_bank_fraud_categories_in_both_languages() -> None:
    wanted = {
        "weapons", "explosives", "malware", "fraud", "money_laundering", "drugs", "self_harm",
        "hate", "csam", "privacy", "violent_crime", "mule_recruitment", "account_takeover",
        "loan_fraud", "fake_invoices", "elder_abuse",
    }  # fmt: skip
    for language, goals in v11.GOALS.items():
        assert 40 <= len(goals) <= 55, (language, len(goals))
        assert {goal.category for goal in goals} == wanted, language
        assert len({goal.text for goal in goals}) == len(goals)
        assert v11.FAMILY_SET.goals[language] == len(goals)
    rows = v11.records(100, v11.DEFAULT_SEED)["en"]["plain_harmful"]
    assert {row.category for row in rows} == wanted


def test_customers_messages_have_every_kind_and_the_asked_count() -> None:
    n = 170
    benign = v11.benign_records(n, v11.DEFAULT_SEED)
    assert set(benign) == set(v11.LANGUAGES)
    for language, rows in benign.items():
        kinds = v11.BENIGN_KINDS[language]
        assert len(kinds) >= 15
        assert len(rows) == n
        assert {kind for kind, _ in rows} == set(kinds)
        for kind, text in rows:
            assert text.strip() and not UNFILLED_SLOT.search(text), (language, kind, text)
    for kind in ("summarise_document", "tool_request", "capabilities", "ai_policy"):
        assert kind in v11.BENIGN_KINDS["en"] and kind in v11.BENIGN_KINDS["zh"]


def test_bad_counts_are_refused_with_the_option_named() -> None:
    with pytest.raises(ValueError, match="--per-family"):
        v11.records(0, 11)
    with pytest.raises(ValueError, match="--benign"):
        v11.benign_records(0, 11)


def test_family_set_describes_the_set() -> None:
    family_set = v11.FAMILY_SET
    assert family_set.name == "guard_families_v11"
    assert family_set.default_seed == 11
    assert family_set.results == ROOT / "benchmarks" / "results" / "guard_families_v11.json"
    assert tuple(family_set.families) == v11.FAMILIES
    assert "blind" in family_set.blind


def test_dry_run_prints_counts_and_builds_no_guard(tmp_path: Path) -> None:
    out = tmp_path / "must_not_exist.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "guard_families_v11.py"), "--dry-run"]
    command += ["--per-family", "7", "--benign", "34", "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    for language in v11.LANGUAGES:
        for family in v11.FAMILIES:
            assert f"== {language}/{family}: 7 prompts" in done.stdout
        assert f"== {language}/benign: 34 messages" in done.stdout
    assert "training" not in done.stdout
    assert not out.exists()
