"""A fitted TF-IDF + logistic-regression pipeline scored one text at a time without sklearn's
per-call overhead (the injection guards' hot path)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise, repeat
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
    # halves what np.unique sorts, the most of a block's time; a word's ids in any order)
    words: dict[str, bytes] = field(default_factory=dict)
    # a word block whose analyzer's own preprocessing is ``shared_preprocess``: the text
    # preprocessed once per call (by a char_wb block with the same preprocessor, too) and
    # then analysed by ``analyze_preprocessed`` (the analyzer without that step)
    shared_preprocess: Callable[[str], str] | None = None
    analyze_preprocessed: Callable[[str], list[str]] | None = None
    # a char_wb block's vocabulary as integer keys, built the first time a text brings long
    # unseen words (see _GramTable); False where the vocabulary cannot be keyed so
    table: _GramTable | bool | None = None


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
        """The in-vocabulary term ids of a text and how often each occurs (a block that is not
        char_wb: its terms in first-seen order)."""
        counts = Counter(block.analyze(text))
        ids = np.fromiter(map(block.index.get, counts, repeat(-1)), np.intp, len(counts))
        found = ids >= 0
        return ids[found], np.fromiter(counts.values(), np.float64, len(counts))[found]

    def _word_term_counts(
        self, block: _Block, text: str, preprocessed: dict[Any, str]
    ) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.float64]]:
        """:meth:`_term_counts` of a block that is not char_wb, preprocessing ``text`` once per
        preprocessor for all blocks (``preprocessed``: this text's by preprocessor)."""
        if block.shared_preprocess is None:
            return self._term_counts(block, text)
        ready = _prepared(block.shared_preprocess, text, preprocessed)
        assert block.analyze_preprocessed is not None
        counts = Counter(block.analyze_preprocessed(ready))
        ids = np.fromiter(map(block.index.get, counts, repeat(-1)), np.intp, len(counts))
        found = ids >= 0
        return ids[found], np.fromiter(counts.values(), np.float64, len(counts))[found]

    def __call__(self, text: str) -> float:
        return self.score_many([text])[0]

    def score_many(self, texts: Sequence[str]) -> list[float]:
        """P(injection) of each text, as :meth:`__call__` scores it alone (the same numbers
        bit for bit: the same terms, sorted the same way, and the same dot products). Several
        texts share the fixed numpy cost of a call: one sort counts every text's character
        n-grams, and the logarithms and look-ups run once over all texts' terms."""
        if not texts:
            return []
        logits = [self.intercept] * len(texts)
        preprocessed: list[dict[Any, str]] = [{} for _ in texts]
        for block in self.blocks:
            if block.preprocess is not None:
                ids, counts, bounds = self._char_counts_many(block, texts, preprocessed)
            else:
                ids, counts, bounds = self._word_counts_many(block, texts, preprocessed)
            add_block_logits(logits, block, ids, counts, bounds)
        return [0.0 if logit < -700 else 1.0 / (1.0 + math.exp(-logit)) for logit in logits]

    def _char_counts_many(
        self,
        block: _Block,
        texts: Sequence[str],
        preprocessed: list[dict[Any, str]],
        long_words_of: int | None = None,
    ) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.float64], list[int]]:
        """Every text's in-vocabulary term ids (ascending per text) and counts of a char_wb
        block, concatenated, and where each text's run starts and ends. ``long_words_of``: only
        the first so many texts' unseen long words are looked up in numpy (texts after them
        whose words are theirs again need not be read for it; the ids are the same either way)."""
        assert block.preprocess is not None
        if len(block.words) > WORD_CACHE_SIZE:
            block.words.clear()
        ready_texts = [
            _prepared(block.preprocess, text, ready)
            for text, ready in zip(texts, preprocessed, strict=True)
        ]
        _look_up_long_words(block, ready_texts[:long_words_of])
        runs = [_char_ids(block, text) for text in ready_texts]
        if len(runs) == 1:
            ids, counts = _unique_counts(np.frombuffer(runs[0], _CHAR_ID))
            return ids, counts, [0, len(ids)]
        # one sort for all texts: a term's key is its text's number above its id
        lengths = [len(run) // _CHAR_ID.itemsize for run in runs]
        keys = np.frombuffer(b"".join(runs), _CHAR_ID).astype(np.int64)
        keys |= np.repeat(np.arange(len(runs), dtype=np.int64) << 32, lengths)
        unique_keys, counts = _unique_counts(keys)
        bounds = np.searchsorted(unique_keys >> 32, np.arange(len(runs) + 1)).tolist()
        return unique_keys & 0xFFFFFFFF, counts, bounds

    def _word_counts_many(
        self, block: _Block, texts: Sequence[str], preprocessed: list[dict[Any, str]]
    ) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.float64], list[int]]:
        """:meth:`_char_counts_many` of a word block (each text's terms in first-seen order,
        as :meth:`_word_term_counts` gives them)."""
        pairs = [
            self._word_term_counts(block, text, ready)
            for text, ready in zip(texts, preprocessed, strict=True)
        ]
        if len(pairs) == 1:
            ids, counts = pairs[0]
            return ids, counts, [0, len(ids)]
        bounds = [0, *accumulate(len(ids) for ids, _ in pairs)]
        ids = np.concatenate([ids for ids, _ in pairs])
        return ids, np.concatenate([counts for _, counts in pairs]), bounds


def add_block_logits(
    logits: list[float],
    block: _Block,
    ids: npt.NDArray[np.integer[Any]],
    counts: npt.NDArray[np.float64],
    bounds: Sequence[int],
) -> None:
    """Add each text's share of ``block``'s logit to ``logits``: text k's in-vocabulary term
    ids and their counts are ``ids[bounds[k]:bounds[k + 1]]``, ``counts[...]`` (its TF-IDF
    vector, L2-normalised, dotted with the regression's weights)."""
    if not len(ids):
        return
    tf = 1.0 + np.log(counts) if block.sublinear else counts
    tf_squared = tf * tf
    idf_squared = block.idf[ids] ** 2
    weighted = block.idf_weight[ids]
    for k, (start, stop) in enumerate(pairwise(bounds)):
        if start == stop:
            continue
        squares = float(np.dot(tf_squared[start:stop], idf_squared[start:stop]))
        if squares > 0:
            dot = float(np.dot(tf[start:stop], weighted[start:stop]))
            logits[k] += dot / math.sqrt(squares)


def _prepared(prepare: Callable[[str], str], text: str, preprocessed: dict[Any, str]) -> str:
    """``prepare(text)``, once per text for all blocks that share ``prepare``."""
    ready = preprocessed.get(prepare)
    if ready is None:
        ready = preprocessed[prepare] = prepare(text)
    return ready


def _char_ids(block: _Block, preprocessed: str) -> bytes:
    """The in-vocabulary term ids of a char_wb block's n-grams of a preprocessed text (each
    occurrence), as the bytes of an int32 array, from the block's per-word cache. A word's ids
    may come in any order: the scorer only counts them (``_unique_counts`` sorts them)."""
    cache = block.words
    words = preprocessed.split()
    pieces = list(map(cache.get, words))
    if None in pieces:  # words not seen before: their n-grams looked up once
        min_n, max_n = block.ngram_range
        for i, word in enumerate(words):
            if pieces[i] is None:
                ids_of_word = cache.get(word)  # an earlier repeat of it may have filled it
                if ids_of_word is None:
                    grams = char_wb_ngrams(word, min_n, max_n)
                    looked_up = map(block.index.get, grams, repeat(-1))
                    in_vocabulary = list(filter(_IN_VOCABULARY, looked_up))
                    ids_of_word = np.array(in_vocabulary, dtype=_CHAR_ID).tobytes()
                    cache[word] = ids_of_word
                pieces[i] = ids_of_word
    return b"".join(pieces)  # type: ignore[arg-type]  # no None is left


def _look_up_long_words(block: _Block, texts: Sequence[str]) -> None:
    """Put the long words of ``texts`` (preprocessed) that the block's cache lacks into it, all
    at once in numpy (:class:`_GramTable`), when they are enough characters to pay for it."""
    cache = block.words
    unseen = {
        word
        for text in texts
        for word in text.split()
        if len(word) >= LONG_WORD and word not in cache
    }
    if sum(map(len, unseen)) < VECTOR_MIN_CHARS:
        return
    table = _gram_table(block)
    if table is not None:
        words = list(unseen)
        cache.update(zip(words, table.word_ids(words), strict=True))


# Unseen words this long, when a text has at least VECTOR_MIN_CHARS characters of them, have
# their n-grams looked up in numpy (_GramTable) rather than one Python string and one dict
# look-up per n-gram: a Chinese sentence with no space in it is one "word" of ~100 characters
# and ~400 n-grams, new in nearly every message (it carries a name, an amount, a card number),
# and those look-ups were most of a scorer's time on a unique prompt. Shorter words, and texts
# with few unseen characters, keep the Python path (numpy's fixed cost per call is higher).
LONG_WORD = 8
VECTOR_MIN_CHARS = 32
_KEY_BITS = 11  # bits per character of a key: alphabets up to 2**11 - 1 characters


class _GramTable:
    """A char_wb block's vocabulary keyed by integers: each term's characters as their indices
    in the vocabulary's alphabet (1, 2, ...; 0 is any other character), ``_KEY_BITS`` bits a
    character, one sorted key array per n-gram length. A word's n-grams are then the windows of
    an index array, and their ids one ``searchsorted`` per length: the same ids as the dict
    look-ups (an n-gram holding a character outside the alphabet has a 0 digit, which no term's
    key has; a window across two words holds the separator, which is outside it too)."""

    def __init__(self, index: dict[str, int], ngram_range: tuple[int, int]) -> None:
        alphabet = sorted({ord(char) for term in index for char in term})
        self.codes = np.asarray(alphabet, dtype=np.int64)
        self.min_n, self.max_n = ngram_range
        taken = set(alphabet)
        self.separator = next(chr(c) for c in range(1, 0x110000) if c not in taken)
        self.keys: dict[int, npt.NDArray[np.int64]] = {}
        self.ids: dict[int, npt.NDArray[np.int32]] = {}
        for n in range(self.min_n, self.max_n + 1):
            terms = [term for term in index if len(term) == n]
            digits = self._digits("".join(terms)).reshape(len(terms), n)
            keys = np.zeros(len(terms), dtype=np.int64)
            for k in range(n):
                keys = (keys << _KEY_BITS) | digits[:, k]
            order = np.argsort(keys, kind="stable")
            self.keys[n] = keys[order]
            self.ids[n] = np.fromiter(map(index.__getitem__, terms), _CHAR_ID, len(terms))[order]

    @classmethod
    def usable(cls, index: dict[str, int], ngram_range: tuple[int, int]) -> bool:
        """Whether the vocabulary fits the keys: a small enough alphabet, terms of the block's
        n-gram lengths only, and the short-word rule out of play (``LONG_WORD`` > max n)."""
        low, high = ngram_range
        if not 1 <= low <= high or high * _KEY_BITS > 62 or high >= LONG_WORD:
            return False
        alphabet = {char for term in index for char in term}
        return len(alphabet) < 2**_KEY_BITS and all(low <= len(t) <= high for t in index)

    def _digits(self, text: str) -> npt.NDArray[np.int64]:
        """Each character's index in the alphabet (1-based), 0 for a character outside it."""
        # (a lone surrogate, which str allows, is a character like any other)
        raw = text.encode("utf-32-le", "surrogatepass")
        points = np.frombuffer(raw, np.uint32).astype(np.int64)
        where = np.searchsorted(self.codes, points)
        np.minimum(where, len(self.codes) - 1, out=where)
        return np.where(self.codes[where] == points, where + 1, 0)

    def word_ids(self, words: Sequence[str]) -> list[bytes]:
        """Per word (no whitespace in it), the ids of its in-vocabulary n-grams (" word "'s
        windows of each length from min n to max n) as int32 bytes."""
        padded = [f" {word} " for word in words]
        digits = self._digits(self.separator.join(padded))
        spans = [len(p) + 1 for p in padded]  # a word and the separator after it
        owner = np.repeat(np.arange(len(words)), spans)[: len(digits)]
        found_ids: list[npt.NDArray[np.int32]] = []
        found_owner: list[npt.NDArray[np.int64]] = []
        keys = np.zeros(len(digits), dtype=np.int64)
        for n in range(1, self.max_n + 1):
            # keys of the windows of length n starting at each position
            keys = (keys[: len(digits) - n + 1] << _KEY_BITS) | digits[n - 1 :]
            if n < self.min_n:
                continue
            vocabulary = self.keys[n]
            if not len(vocabulary) or not len(keys):
                continue
            where = np.searchsorted(vocabulary, keys)
            np.minimum(where, len(vocabulary) - 1, out=where)
            hit = vocabulary[where] == keys
            found_ids.append(self.ids[n][where[hit]])
            found_owner.append(owner[: len(keys)][hit])
        if not found_ids:
            return [b""] * len(words)
        ids = np.concatenate(found_ids)
        owners = np.concatenate(found_owner)
        order = np.argsort(owners, kind="stable")
        bounds = np.searchsorted(owners[order], np.arange(len(words) + 1)).tolist()
        ordered = ids[order]
        return [ordered[a:b].tobytes() for a, b in pairwise(bounds)]


def _gram_table(block: _Block) -> _GramTable | None:
    """The block's :class:`_GramTable`, built on first use (None where it cannot be)."""
    if block.table is None:
        usable = _GramTable.usable(block.index, block.ngram_range)
        block.table = _GramTable(block.index, block.ngram_range) if usable else False
    return block.table if isinstance(block.table, _GramTable) else None


def _unique_counts(
    ids: npt.NDArray[np.integer[Any]],
) -> tuple[npt.NDArray[np.integer[Any]], npt.NDArray[np.float64]]:
    """``np.unique(ids, return_counts=True)`` (counts as floats) without its generic steps:
    the sort and the run boundaries are most of a short text's scoring time."""
    if not ids.size:
        return ids, np.zeros(0, np.float64)
    ordered = np.sort(ids)
    starts = np.empty(ordered.size + 1, dtype=bool)
    starts[0] = starts[-1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:-1])
    edges = np.flatnonzero(starts)
    return ordered[edges[:-1]], np.diff(edges).astype(np.float64)


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
