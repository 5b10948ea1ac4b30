"""A fitted TF-IDF + logistic-regression pipeline scored one text at a time without sklearn's
per-call overhead (the injection guards' hot path)."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from steward.errors import StewardError


class TextScorer:
    """P(injection) of one text straight from the fitted pipeline's parts: each TF-IDF block's
    analyzer (sklearn's own, so the n-grams are identical), its idf and the regression's
    weights in one dict per block, the block's L2 norm, the logistic. Equal to
    ``pipeline.predict_proba`` up to float rounding (a test checks it)."""

    def __init__(self, pipeline: Any) -> None:
        union, regression = pipeline.steps[0][1], pipeline.steps[-1][1]
        coefficients = regression.coef_[0]
        self.intercept = float(regression.intercept_[0])
        self.blocks: list[tuple[Any, dict[str, tuple[float, float]], bool]] = []
        offset = 0
        for _name, vectorizer in union.transformer_list:
            if vectorizer.norm != "l2" or not vectorizer.use_idf:
                raise StewardError("the fast scorer needs l2-normalised tf-idf blocks")
            vocabulary = vectorizer.vocabulary_
            weights = coefficients[offset : offset + len(vocabulary)]
            idf = vectorizer.idf_
            table = {term: (float(idf[j]), float(weights[j])) for term, j in vocabulary.items()}
            self.blocks.append((vectorizer.build_analyzer(), table, vectorizer.sublinear_tf))
            offset += len(vocabulary)

    def __call__(self, text: str) -> float:
        logit = self.intercept
        for analyze, table, sublinear in self.blocks:
            squares = dot = 0.0
            for term, count in Counter(analyze(text)).items():
                entry = table.get(term)
                if entry is None:
                    continue
                value = (1.0 + math.log(count) if sublinear else count) * entry[0]
                squares += value * value
                dot += value * entry[1]
            if squares > 0:
                logit += dot / math.sqrt(squares)
        if logit < -700:
            return 0.0
        return 1.0 / (1.0 + math.exp(-logit))
