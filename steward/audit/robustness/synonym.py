"""Word-level synonym swaps from the model's own input embeddings (TextAttack's embedding swap).

No offline WordNet ships on PyPI (``nltk`` and ``wn`` download their data at run time), so the
neighbours of a word are its nearest whole-word tokens by cosine similarity in the classifier's
input-embedding matrix: vocabulary entries that are alphabetic, not ``##`` word pieces, not
special tokens and not stop words. A word is swappable only if it is itself a whole-word token.
One edit replaces one word (case kept) by one of its ``neighbours`` nearest tokens whose cosine
similarity is at least ``min_similarity``.
"""

from __future__ import annotations

import random
import re
from typing import Any, ClassVar

import numpy as np

from steward.audit.robustness.base import TextAttack, register, sample_unique
from steward.errors import StewardError

_WORD = re.compile(r"[A-Za-z]+")
_STOP = """a an the and or but if of to in on at by for with from as is am are was were be been
    being do does did have has had i me my we our you your he him his she her it its they them
    their this that these those what which who whom how when where why not no yes can could
    will would shall should may might must so than too very just there here all any some"""
STOP_WORDS = frozenset(_STOP.split())


@register
class EmbeddingSynonyms(TextAttack):
    name: ClassVar[str] = "synonym"

    def __init__(
        self, neighbours: int = 8, min_similarity: float = 0.3, min_word_length: int = 3
    ) -> None:
        self.neighbours = neighbours
        self.min_similarity = min_similarity
        self.min_word_length = min_word_length
        self._vectors: np.ndarray | None = None
        self._words: list[str] = []
        self._index: dict[str, int] = {}
        self._cache: dict[str, list[str]] = {}

    def config(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "neighbours": self.neighbours,
            "min_similarity": self.min_similarity,
            "source": "input-embedding nearest neighbours (whole-word tokens)",
        }

    def bind(self, classifier: Any) -> None:
        """Index the whole-word tokens of ``classifier``'s vocabulary by their embeddings."""
        tokenizer = classifier.tokenizer
        weights = classifier.model.get_input_embeddings().weight.detach().float().cpu().numpy()
        special = set(tokenizer.all_special_tokens)
        words, rows = [], []
        for token, row in tokenizer.get_vocab().items():
            if (
                row < len(weights)
                and token.isascii()
                and token.isalpha()
                and token.islower()
                and len(token) >= 2
                and token not in special
                and token not in STOP_WORDS
            ):
                words.append(token)
                rows.append(row)
        vectors = weights[rows]
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        self._vectors, self._words = vectors.astype(np.float32), words
        self._index = {word: i for i, word in enumerate(words)}
        self._cache = {}

    def synonyms(self, word: str) -> list[str]:
        """The nearest whole-word tokens of ``word`` (lower case), most similar first."""
        if self._vectors is None:
            raise StewardError(
                "the synonym attack needs a model: call bind(classifier) first",
                where="audit.robustness.synonym",
            )
        key = word.lower()
        if key in self._cache:
            return self._cache[key]
        found: list[str] = []
        row = self._index.get(key)
        if row is not None and len(key) >= self.min_word_length:
            similarity = self._vectors @ self._vectors[row]
            similarity[row] = -np.inf
            top = np.argpartition(-similarity, self.neighbours)[: self.neighbours]
            top = top[np.argsort(-similarity[top])]
            found = [self._words[i] for i in top if similarity[i] >= self.min_similarity]
        self._cache[key] = found
        return found

    def candidates(self, text: str, rng: random.Random, k: int) -> list[str]:
        options: list[str] = []
        for match in _WORD.finditer(text):
            word = match.group()
            for synonym in self.synonyms(word):
                if word[0].isupper():
                    synonym = (
                        synonym.upper() if word.isupper() and len(word) > 1 else synonym.title()
                    )
                options.append(text[: match.start()] + synonym + text[match.end() :])
        if len(options) <= k:
            return [option for option in dict.fromkeys(options) if option != text]
        return sample_unique(lambda: rng.choice(options), text, k, tries=4 * k)
