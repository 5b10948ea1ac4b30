"""Quality floors on the shared dev sets (the full table: benchmarks/pii_quality.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from steward.data.pii import Analyzer
from tests.conftest import shared_data_or_skip

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from pii_quality import convention_disagreements, iou, score


@pytest.mark.shared_data
def test_bilingual_dev_set(analyzer: Analyzer) -> None:
    path = shared_data_or_skip("pii_zh_dev", "pii_zh_dev.jsonl")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    # Scored by issue 18's card convention: the spans the set labels otherwise (UnionPay
    # debit cards called 卡号 / 银行卡, labelled CREDIT_CARD) count as BANK_ACCOUNT.
    relabel = {(d["id"], d["start"], d["end"]) for d in convention_disagreements(rows)}
    assert 0 < len(relabel) < 40  # the set's known disagreements, not a convention gone wide
    gold = [
        [
            (
                s["start"],
                s["end"],
                "BANK_ACCOUNT"
                if (r["id"], s["start"], s["end"]) in relabel
                else "IBAN_CODE"
                if s["label"] == "IBAN"
                else s["label"],
            )
            for s in r["spans"]
        ]
        for r in rows
    ]
    found = analyzer.analyze_batch([r["text"] for r in rows])
    pred = [[(e.start, e.end, e.label) for e in f] for f in found]
    table = score(gold, pred, {label for g in gold for _, _, label in g})
    for label in ("PHONE_NUMBER", "CN_ID_CARD", "CREDIT_CARD", "EMAIL_ADDRESS", "BANK_ACCOUNT"):
        assert table[label]["f1"] >= 0.97, (label, table[label])
    for label in ("PERSON", "ADDRESS"):
        assert table[label]["f1"] >= 0.85, (label, table[label])
    negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
    assert sum(bool(p) for p in negatives) / len(negatives) <= 0.02
    assert iou((0, 10, "X"), (5, 10, "X")) == 0.5


@pytest.mark.shared_data
def test_english_synthetic_set(analyzer: Analyzer) -> None:
    """The issue's English floor: micro-F1 >= 0.80 on presidio_synth with the default engine."""
    from pii_quality import EN_MAP, load_en

    path = shared_data_or_skip("presidio_synth", "synth_dataset_v2.json")
    rows = load_en(path.parents[1])
    found = analyzer.analyze_batch([text for text, _ in rows])
    pred = [[(e.start, e.end, e.label) for e in f] for f in found]
    table = score([gold for _, gold in rows], pred, set(EN_MAP.values()))
    assert table["micro"]["f1"] >= 0.80, table["micro"]
