"""Tiny bilingual intent data for the training tests."""

from __future__ import annotations

TEXTS = {
    "card_lost": ["I lost my card", "my card is gone", "card missing help", "卡丢了怎么办"],
    "balance": ["what is my balance", "how much money do I have", "show balance", "查询余额"],
}


def tiny_data(repeat: int) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for label, examples in TEXTS.items():
        for _ in range(repeat):
            texts.extend(examples)
            labels.extend([label] * len(examples))
    return texts, labels
