"""A fitted TF-IDF + logistic-regression pipeline scored one text at a time without sklearn's
per-call overhead (the injection guards' hot path)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import numpy as np
import numpy.typing as npt

from steward.errors import StewardError

# words whose n-gram ids are kept between calls; a gateway's traffic reuses a small
# vocabulary, and past this many the cache starts over rather than grow without bound
WORD_CACHE_SIZE = 50_000
_IN_VOCABULARY = (-1).__ne__  # a C-level test for filter(): id -1 means "not a feature"


@dataclass
class _Block:
    """One TF-IDF block of the feature union: its term ids, idf and the regression's weights
    for them (``idf * weight`` kept too, so one pass gives both the norm and the dot)."""

    analyze: Callable[[str], list[str]]
    preprocess: Callable[[str], str] | None  # set for char_wb blocks, which score per word
    ngram_range: tuple[int, int]
    index: dict[str, int]
    idf: npt.NDArray[np.float64]
    idf_weight: npt.NDArray[np.float64]
    sublinear: bool
    words: dict[str, tuple[int, ...]] = field(default_factory=dict)


def char_wb_ngrams(word: str, min_n: int, max_n: int) -> list[str]:
    """sklearn's ``char_wb`` n-grams of one whitespace-free word, padded with a space each
    side (a text's n-grams are those of its ``split()`` words, in order): the same list as
    ``TfidfVectorizer(analyzer="char_wb")._char_wb_ngrams(word)`` (a test checks it)."""
    padded = f" {word} "
    size = len(padded)
    out: list[str] = []
    for n in range(min_n, max_n + 1):
        if size <= n:  # a short word counts once, whole, and ends the loop, as sklearn does
            out.append(padded)
            break
        out.extend(padded[i : i + n] for i in range(size - n + 1))
    return out


class TextScorer:
    """P(injection) of one text straight from the fitted pipeline's parts: each TF-IDF block's
    analyzer (sklearn's own, so the n-grams are identical), its idf and the regression's
    weights, the block's L2 norm, the logistic. Equal to ``pipeline.predict_proba`` up to
    float rounding (a test checks it).

    Why it is shaped this way: a 512-character prompt has ~2,000 character n-grams, and a
    Python loop over them (one dict look-up and a few float operations each) cost ~2 ms. The
    look-ups now run in C (``map(index.get, ...)``), the arithmetic in numpy, and a
    ``char_wb`` block's n-grams come from a per-word cache (they never cross a space)."""

    def __init__(self, pipeline: Any) -> None:
        union, regression = pipeline.steps[0][1], pipeline.steps[-1][1]
        coefficients = np.asarray(regression.coef_[0], dtype=np.float64)
        self.intercept = float(regression.intercept_[0])
        self.blocks: list[_Block] = []
        offset = 0
        for _name, vectorizer in union.transformer_list:
            if vectorizer.norm != "l2" or not vectorizer.use_idf:
                raise StewardError("the fast scorer needs l2-normalised tf-idf blocks")
            vocabulary: dict[str, int] = vectorizer.vocabulary_
            weights = coefficients[offset : offset + len(vocabulary)]
            idf = np.asarray(vectorizer.idf_, dtype=np.float64)
            # per word only for sklearn's own char_wb analyzer on strings: its n-grams
            # never cross whitespace (a custom analyzer callable could)
            per_word = vectorizer.analyzer == "char_wb" and vectorizer.input == "content"
            self.blocks.append(
                _Block(
                    analyze=vectorizer.build_analyzer(),
                    preprocess=vectorizer.build_preprocessor() if per_word else None,
                    ngram_range=tuple(vectorizer.ngram_range),
                    index={term: int(j) for term, j in vocabulary.items()},
                    idf=idf,
                    idf_weight=idf * weights,
                    sublinear=bool(vectorizer.sublinear_tf),
                )
            )
            offset += len(vocabulary)

    def _term_counts(
        self, block: _Block, text: str
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """The in-vocabulary term ids of a text and how often each occurs."""
        if block.preprocess is None:
            counts = Counter(block.analyze(text))
            ids = np.fromiter(map(block.index.get, counts, repeat(-1)), np.intp, len(counts))
            found = ids >= 0
            return ids[found], np.fromiter(counts.values(), np.float64, len(counts))[found]
        min_n, max_n = block.ngram_range
        cache = block.words
        if len(cache) > WORD_CACHE_SIZE:
            cache.clear()
        all_ids: list[int] = []
        for word, times in Counter(block.preprocess(text).split()).items():
            ids_of_word = cache.get(word)
            if ids_of_word is None:
                grams = char_wb_ngrams(word, min_n, max_n)
                looked_up = map(block.index.get, grams, repeat(-1))
                ids_of_word = tuple(filter(_IN_VOCABULARY, looked_up))
                cache[word] = ids_of_word
            all_ids.extend(ids_of_word * times)
        unique, counts_of = np.unique(np.array(all_ids, dtype=np.intp), return_counts=True)
        return unique, counts_of.astype(np.float64)

    def __call__(self, text: str) -> float:
        logit = self.intercept
        for block in self.blocks:
            ids, counts = self._term_counts(block, text)
            if not len(ids):
                continue
            tf = 1.0 + np.log(counts) if block.sublinear else counts
            squares = float(np.dot(tf * tf, block.idf[ids] ** 2))
            if squares > 0:
                logit += float(np.dot(tf, block.idf_weight[ids])) / math.sqrt(squares)
        if logit < -700:
            return 0.0
        return 1.0 / (1.0 + math.exp(-logit))
