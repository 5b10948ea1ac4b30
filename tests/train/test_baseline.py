from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from steward.errors import StewardError
from steward.train.baseline import WEIGHTS, BaselineClassifier
from tests.train.helpers import tiny_data


def test_baseline_learns_english_and_chinese_and_round_trips(tmp_path: Path) -> None:
    texts, labels = tiny_data(3)
    model = BaselineClassifier().fit(texts, labels)
    assert model.labels == ["balance", "card_lost"]
    assert model.predict(["I lost my card", "查询余额", "卡丢了"]) == [
        "card_lost", "balance", "card_lost",
    ]  # fmt: skip
    probabilities = model.predict_proba(["show balance"])
    assert probabilities.shape == (1, 2) and probabilities.sum() == pytest.approx(1, abs=1e-5)

    weights, sha = model.save(tmp_path / "baseline")
    assert weights.name == WEIGHTS and len(sha) == 64
    loaded = BaselineClassifier.load(tmp_path / "baseline")
    probe = ["my card is gone", "余额多少", "hello"]
    assert np.allclose(loaded.predict_proba(probe), model.predict_proba(probe), atol=1e-6)

    data = bytearray(weights.read_bytes())
    data[-1] ^= 1
    weights.write_bytes(bytes(data))
    with pytest.raises(StewardError, match="differs from the manifest"):
        BaselineClassifier.load(tmp_path / "baseline")


def test_baseline_multiclass_and_sample_weights() -> None:
    texts = ["a card", "b card", "balance now", "balance please", "transfer money", "send money"]
    labels = ["card", "card", "balance", "balance", "transfer", "transfer"]
    model = BaselineClassifier().fit(texts, labels, sample_weight=[1, 1, 1, 1, 1, 1])
    assert model.predict(["card lost", "money transfer"]) == ["card", "transfer"]
    heavy = BaselineClassifier().fit(texts, labels, sample_weight=[5, 5, 1, 1, 1, 1])
    assert (
        heavy.predict_proba(["zzz"])[0][heavy.labels.index("card")]
        > model.predict_proba(["zzz"])[0][model.labels.index("card")]
    )
