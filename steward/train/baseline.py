"""A fast classical baseline: TF-IDF over character n-grams + multinomial logistic regression.

Character n-grams (``char_wb``, 1–4 characters within word boundaries) need no tokenizer, so
the same model reads English and Chinese (a Chinese run without spaces is one "word" whose
character n-grams are the features). Useful as a comparison for the fine-tuned encoder, and
where the encoder's vocabulary is weak (Chinese). ``sample_weight`` accepts Kamiran–Calders
weights (:func:`steward.train.mitigation.kamiran_calders_weights`).

Saved without pickle: ``baseline.safetensors`` holds the idf vector, coefficients and
intercepts; ``baseline.json`` the vocabulary, settings, labels and the weights file's sha256,
which :meth:`BaselineClassifier.load` checks before using the weights.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from steward.errors import StewardError

WEIGHTS = "baseline.safetensors"
MANIFEST = "baseline.json"


@dataclass(frozen=True)
class BaselineSettings:
    ngram_min: int = 1
    ngram_max: int = 4
    min_df: int = 1
    max_features: int | None = 200_000
    C: float = 20.0
    max_iter: int = 1000
    seed: int = 13


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class BaselineClassifier:
    """``fit`` / ``predict_proba`` / ``predict`` / ``save`` / ``load``, with ``labels``."""

    def __init__(self, settings: BaselineSettings | None = None) -> None:
        self.settings = settings or BaselineSettings()
        self.labels: list[str] = []
        self._vectorizer: Any = None
        self._coef = np.zeros((0, 0), dtype=np.float64)
        self._intercept = np.zeros(0, dtype=np.float64)

    def _new_vectorizer(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer

        s = self.settings
        return TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(s.ngram_min, s.ngram_max),
            min_df=s.min_df,
            max_features=s.max_features,
            sublinear_tf=True,
            lowercase=True,
            dtype=np.float32,
        )

    def fit(
        self,
        texts: Sequence[str],
        labels: Sequence[str],
        sample_weight: Sequence[float] | np.ndarray | None = None,
    ) -> BaselineClassifier:
        from sklearn.linear_model import LogisticRegression

        if len(texts) != len(labels) or not texts:
            raise ValueError("texts and labels must be equally long and not empty")
        self.labels = sorted(set(labels))
        if len(self.labels) < 2:
            raise ValueError("the baseline needs at least two labels")
        self._vectorizer = self._new_vectorizer()
        features = self._vectorizer.fit_transform(list(texts))
        index = {label: i for i, label in enumerate(self.labels)}
        targets = np.array([index[label] for label in labels])
        model = LogisticRegression(
            C=self.settings.C, max_iter=self.settings.max_iter, random_state=self.settings.seed
        )
        weights = None if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        model.fit(features, targets, sample_weight=weights)
        coef, intercept = model.coef_, model.intercept_
        if len(self.labels) == 2:  # binary: sklearn keeps one row; make it softmax-shaped
            coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
        self._coef, self._intercept = coef.astype(np.float64), intercept.astype(np.float64)
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        if self._vectorizer is None:
            raise RuntimeError("fit() or load() the baseline first")
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        features = self._vectorizer.transform(list(texts))
        logits = np.asarray(features @ self._coef.T) + self._intercept
        logits -= logits.max(axis=1, keepdims=True)
        probabilities = np.exp(logits)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        return probabilities.astype(np.float32)

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.labels[i] for i in self.predict_proba(texts).argmax(axis=1)]

    def save(self, directory: Path) -> tuple[Path, str]:
        """Write weights and manifest; return the weights path and its sha256."""
        from safetensors.numpy import save_file

        if self._vectorizer is None:
            raise RuntimeError("fit() the baseline before saving it")
        directory.mkdir(parents=True, exist_ok=True)
        weights = directory / WEIGHTS
        save_file(
            {
                "idf": np.ascontiguousarray(self._vectorizer.idf_, dtype=np.float64),
                "coef": np.ascontiguousarray(self._coef),
                "intercept": np.ascontiguousarray(self._intercept),
            },
            str(weights),
        )
        sha = _sha256(weights)
        vocabulary = {term: int(i) for term, i in self._vectorizer.vocabulary_.items()}
        manifest = {
            "kind": "tfidf_char_logreg",
            "labels": self.labels,
            "settings": asdict(self.settings),
            "weights_sha256": sha,
            "vocabulary": vocabulary,
        }
        (directory / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
        return weights, sha

    @classmethod
    def load(cls, directory: Path) -> BaselineClassifier:
        """Read a saved baseline; refuse weights whose sha256 differs from the manifest's."""
        from safetensors.numpy import load_file

        manifest = json.loads((directory / MANIFEST).read_text("utf-8"))
        weights = directory / WEIGHTS
        actual = _sha256(weights)
        if actual != manifest["weights_sha256"]:
            raise StewardError(
                f"weights sha256 {actual[:12]}… differs from the manifest's "
                f"{manifest['weights_sha256'][:12]}…; the file was changed",
                where=str(weights),
            )
        arrays = load_file(str(weights))
        model = cls(BaselineSettings(**manifest["settings"]))
        model.labels = list(manifest["labels"])
        model._vectorizer = model._new_vectorizer()
        model._vectorizer.vocabulary_ = dict(manifest["vocabulary"])
        model._vectorizer.idf_ = arrays["idf"]
        model._coef, model._intercept = arrays["coef"], arrays["intercept"]
        return model
