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
_CHAR_ID = np.dtype(np.int32)  # a char_wb block's term ids (vocabularies stay far below 2**31)


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
    # per word of a char_wb block: its in-vocabulary term ids, as the bytes of an int32 array
    # (a text's ids are then one bytes join, read by numpy without a Python int each; int32
    # halves what np.unique sorts, the most of a block's time; the same ids in the same order)
    words: dict[str, bytes] = field(default_factory=dict)
    # a word block whose analyzer's own preprocessing is ``shared_preprocess``: the text
    # preprocessed once per call (by a char_wb block with the same preprocessor, too) and
    # then analysed by ``analyze_preprocessed`` (the analyzer without that step)
    shared_preprocess: Callable[[str], str] | None = None
    analyze_preprocessed: Callable[[str], list[str]] | None = None


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
            block = _Block(
                analyze=vectorizer.build_analyzer(),
                preprocess=vectorizer.build_preprocessor() if per_word else None,
                ngram_range=tuple(vectorizer.ngram_range),
                index={term: int(j) for term, j in vocabulary.items()},
                idf=idf,
                idf_weight=idf * weights,
                sublinear=bool(vectorizer.sublinear_tf),
            )
            if vectorizer.analyzer == "word" and vectorizer.input == "content":
                _share_word_preprocessing(block, vectorizer)
            self.blocks.append(block)
            offset += len(vocabulary)

    def _term_counts(
        self, block: _Block, text: str
    ) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.float64]]:
        """The in-vocabulary term ids of a text and how often each occurs."""
        if block.preprocess is None:
            counts = Counter(block.analyze(text))
            ids = np.fromiter(map(block.index.get, counts, repeat(-1)), np.intp, len(counts))
            found = ids >= 0
            return ids[found], np.fromiter(counts.values(), np.float64, len(counts))[found]
        return self._char_term_counts(block, block.preprocess(text))

    @staticmethod
    def _char_term_counts(
        block: _Block, preprocessed: str
    ) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.float64]]:
        """:meth:`_term_counts` of a char_wb block, from the text already preprocessed."""
        min_n, max_n = block.ngram_range
        cache = block.words
        if len(cache) > WORD_CACHE_SIZE:
            cache.clear()
        pieces: list[bytes] = []
        for word, times in Counter(preprocessed.split()).items():
            ids_of_word = cache.get(word)
            if ids_of_word is None:
                grams = char_wb_ngrams(word, min_n, max_n)
                looked_up = map(block.index.get, grams, repeat(-1))
                in_vocabulary = list(filter(_IN_VOCABULARY, looked_up))
                ids_of_word = np.array(in_vocabulary, dtype=_CHAR_ID).tobytes()
                cache[word] = ids_of_word
            pieces.append(ids_of_word * times)
        all_ids = np.frombuffer(b"".join(pieces), dtype=_CHAR_ID)
        unique, counts_of = np.unique(all_ids, return_counts=True)
        return unique, counts_of.astype(np.float64)

    def _block_term_counts(
        self, block: _Block, text: str, preprocessed: dict[Any, str]
    ) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.float64]]:
        """:meth:`_term_counts`, preprocessing ``text`` once per preprocessor for all blocks
        (``preprocessed``: this call's texts by preprocessor)."""
        prepare = block.preprocess or block.shared_preprocess
        if prepare is None:
            return self._term_counts(block, text)
        ready = preprocessed.get(prepare)
        if ready is None:
            ready = preprocessed[prepare] = prepare(text)
        if block.preprocess is not None:
            return self._char_term_counts(block, ready)
        assert block.analyze_preprocessed is not None
        counts = Counter(block.analyze_preprocessed(ready))
        ids = np.fromiter(map(block.index.get, counts, repeat(-1)), np.intp, len(counts))
        found = ids >= 0
        return ids[found], np.fromiter(counts.values(), np.float64, len(counts))[found]

    def __call__(self, text: str) -> float:
        logit = self.intercept
        preprocessed: dict[Any, str] = {}
        for block in self.blocks:
            ids, counts = self._block_term_counts(block, text, preprocessed)
            if not len(ids):
                continue
            tf = 1.0 + np.log(counts) if block.sublinear else counts
            squares = float(np.dot(tf * tf, block.idf[ids] ** 2))
            if squares > 0:
                logit += float(np.dot(tf, block.idf_weight[ids])) / math.sqrt(squares)
        if logit < -700:
            return 0.0
        return 1.0 / (1.0 + math.exp(-logit))


def _share_word_preprocessing(block: _Block, vectorizer: Any) -> None:
    """Let a word block's text be preprocessed once with the other blocks': when its
    analyzer is sklearn's own (preprocess, tokenize, word n-grams) with a preprocessor of
    the caller's, ``analyze_preprocessed`` is that analyzer without the preprocessing step
    (``decode`` of a ``str`` returns it unchanged, so the order of the two does not matter)."""
    from functools import partial

    from sklearn.feature_extraction.text import _analyze

    if not callable(vectorizer.preprocessor) or vectorizer.tokenizer is not None:
        return
    if vectorizer.input != "content" or vectorizer.stop_words is not None:
        return
    block.shared_preprocess = vectorizer.preprocessor
    block.analyze_preprocessed = partial(
        _analyze,
        ngrams=vectorizer._word_ngrams,
        tokenizer=vectorizer.build_tokenizer(),
        decoder=vectorizer.decode,
        stop_words=None,
    )
