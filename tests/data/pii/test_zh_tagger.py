"""The learned Chinese PERSON/ADDRESS tagger: generator, training, shipped model, engine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from steward.data.pii.tagger.generate import _ADDRESS_TEMPLATES, _PERSON_TEMPLATES, _split_of
from steward.data.pii.tagger.generate import generate as generate_rows
from steward.data.pii.tagger.model import ZhTagger, sha256_of, shipped_model_path
from steward.data.pii.tagger.recognizer import ZhTaggerRecognizer
from steward.data.pii.tagger.train import train

ROOT = Path(__file__).resolve().parents[3]


def _values(text: str, spans: list[tuple[int, int, str, float]]) -> list[tuple[str, str]]:
    return [(text[start:end], label) for start, end, label, _ in spans]


def test_generator_is_seeded_and_its_spans_index_the_text() -> None:
    rows = generate_rows(300, 7)
    assert rows == generate_rows(300, 7)
    assert rows != generate_rows(300, 8)
    labels = set()
    for row in rows:
        text = str(row["text"])
        previous_end = 0
        for span in sorted(row["spans"], key=lambda s: s["start"]):  # type: ignore[attr-defined]
            assert previous_end <= span["start"] < span["end"] <= len(text)
            assert text[span["start"] : span["end"]].strip() == text[span["start"] : span["end"]]
            previous_end = span["end"]
            labels.add(span["label"])
    assert labels == {"PERSON", "ADDRESS"}
    assert any(not row["spans"] for row in rows)  # hard negatives are there


def test_dev_templates_are_held_apart_from_training_templates() -> None:
    for templates in (_PERSON_TEMPLATES, _ADDRESS_TEMPLATES):
        train_pool, dev_pool = _split_of(templates, "train"), _split_of(templates, "dev")
        assert train_pool and dev_pool
        assert not set(train_pool) & set(dev_pool)
        assert set(train_pool) | set(dev_pool) == set(templates)


def test_dev_module_draws_dev_records() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from pii_dev.zh_names_addresses import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows = generate(50, 2718)
    assert len(rows) == 50 and rows == generate(50, 2718)
    assert all(row["lang"] == "zh" for row in rows)


def test_a_tiny_tagger_trained_here_tags_a_name_it_never_saw(tmp_path: Path) -> None:
    rows = generate_rows(300, 5)
    seen = {str(r["text"])[s["start"] : s["end"]] for r in rows for s in r["spans"]}  # type: ignore[attr-defined]
    assert "欧阳晓雪" not in seen
    tagger = ZhTagger(train(rows, tmp_path / "tiny.crfsuite", max_iterations=40))
    text = "你好，我叫欧阳晓雪，我的卡被冻结了。"
    assert _values(text, tagger.tag(text)) == [("欧阳晓雪", "PERSON")]


def test_shipped_model_is_small_and_matches_its_card() -> None:
    path = shipped_model_path()
    card = json.loads(path.with_suffix(".json").read_text("utf-8"))
    assert path.stat().st_size < 2 * 1024 * 1024
    assert sha256_of(path) == card["sha256"]
    assert card["command"].startswith("python -m steward.data.pii.tagger.train")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("您好，我是曾晓彤，想问一下信用卡的年费。", [("曾晓彤", "PERSON")]),
        ("请把对账单寄到江苏省南京市鼓楼区中山北路200号金陵花园5栋302室，谢谢", None),
        ("我同事David Chen下个月去香港开户。", [("David Chen", "PERSON")]),
        ("谢谢你们，周末我再来网点办理。", []),
        ("我下周去上海出差，卡在那边能用吗？", []),
    ],
)
def test_shipped_model_tags_unseen_sentences(
    text: str, expected: list[tuple[str, str]] | None
) -> None:
    found = _values(text, ZhTagger().tag(text))
    if expected is None:  # the address, whole
        expected = [("江苏省南京市鼓楼区中山北路200号金陵花园5栋302室", "ADDRESS")]
    assert found == expected


def test_missing_model_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"missing\.crfsuite"):
        ZhTagger(tmp_path / "missing.crfsuite")


def _found(analyzer: Analyzer, text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyzer.analyze(text)]


def test_engine_combines_the_tagger_with_the_rules() -> None:
    with_tagger, rules_only = Analyzer(), Analyzer(exclude=["zh_tagger"])
    # A compound surname and two given characters: the cue rule reads all four (it once cut
    # them at three, which the tagger mended), and the tagger keeps them.
    text = "请把这笔钱退给欧阳晓雪，她是收款方。"
    assert _found(rules_only, text) == [("欧阳晓雪", "PERSON")]
    assert _found(with_tagger, text) == [("欧阳晓雪", "PERSON")]
    # The rule's pattern stops at the street number; the tagger reads the building and room.
    text = "我家住在广东省深圳市南山区科技南路18号华润府3栋1201室，离网点远吗？"
    assert _found(rules_only, text) == [("广东省深圳市南山区科技南路18号", "ADDRESS")]
    assert _found(with_tagger, text) == [
        ("广东省深圳市南山区科技南路18号华润府3栋1201室", "ADDRESS")
    ]
    # jieba's weak guess (no cue) that the tagger does not take for a name is dropped.
    text = "这个月的账单金明细有问题"
    assert _found(rules_only, text) == [("金明细", "PERSON")]
    assert _found(with_tagger, text) == []


def test_engine_runs_the_tagger_only_on_chinese_text() -> None:
    analyzer = Analyzer()
    tagger = next(r for r in analyzer.recognizers if isinstance(r, ZhTaggerRecognizer))
    analyzer.analyze_batch(["My name is Wei Zhang and I live at 12 High Street, Leeds."])
    assert tagger._model is None  # never loaded: no Chinese text
    analyzer.analyze("我叫王芳。")
    assert tagger._model is not None


def test_train_cli_is_deterministic(tmp_path: Path) -> None:
    digests = []
    for name in ("a", "b"):
        out = tmp_path / name / "m.crfsuite"
        subprocess.run(
            [
                *(sys.executable, "-m", "steward.data.pii.tagger.train"),
                *("--n", "150", "--iterations", "15", "--out", str(out)),
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        card = json.loads(out.with_suffix(".json").read_text("utf-8"))
        assert card["sha256"] == sha256_of(out)
        digests.append(card["sha256"])
    assert digests[0] == digests[1]
