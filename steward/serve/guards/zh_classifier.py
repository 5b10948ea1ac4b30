"""The Chinese half of the prompt-injection classifier: character 1–3-grams of normalised
text (:func:`~steward.serve.guards.zh_text.normalize_zh`) and a logistic regression.

Why a separate model: Chinese has no spaces, so the main classifier's word n-grams see one
"word" per clause, and its character n-grams are shared with English text it was mostly
trained on; Chinese phrase rules did not carry over to new wording either. This model reads
only texts with Chinese in them, and is trained on the Chinese texts of the main training
set (the deployment's Chinese messages among them) plus the generated Chinese attacks and
look-alikes of :mod:`.attack_data_zh`. It scores one prompt in well under a millisecond
(the same per-text scorer as the main model).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from steward.errors import StewardError
from steward.serve.guards.text_scorer import TextScorer
from steward.serve.guards.zh_text import is_chinese, normalize_zh


@dataclass
class ChineseInjectionClassifier:
    C: float = 4.0
    pipeline: Any = None
    _scorer: Any = None

    def fit(self, texts: Sequence[str], labels: Sequence[int]) -> ChineseInjectionClassifier:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        if len(set(labels)) != 2:
            raise StewardError("the Chinese classifier needs both attacks (1) and benign (0)")
        features = make_union(
            TfidfVectorizer(
                analyzer="char",
                ngram_range=(1, 3),
                preprocessor=normalize_zh,
                min_df=2,
                sublinear_tf=True,
            )
        )
        self.pipeline = make_pipeline(
            features, LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced")
        )
        self.pipeline.fit(list(texts), list(labels))
        self._scorer = None
        return self

    def proba(self, text: str) -> float | None:
        """P(injection) of a text with Chinese in it; ``None`` for a text without."""
        if not is_chinese(text):
            return None
        if self.pipeline is None:
            raise StewardError("the Chinese injection classifier is not trained")
        if self._scorer is None:
            self._scorer = TextScorer(self.pipeline)
        return float(self._scorer(text))
