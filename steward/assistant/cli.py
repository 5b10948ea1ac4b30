"""``steward kb``: build the assistant's knowledge base and ask it questions. Thin."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from steward.assistant.thresholds import DEFAULT_BM25_MIN_SCORE, DEFAULT_MIN_SCORE
from steward.cli_common import HomeOption, JsonOption, friendly_errors, open_store

kb_app = typer.Typer(
    help="The assistant's knowledge base: policy documents, retrieval with citations.",
    no_args_is_help=True,
)


@kb_app.command("build")
@friendly_errors
def kb_build(
    docs: Annotated[Path, typer.Argument(help="folder of Markdown documents")],
    out: Annotated[Path, typer.Option("--out", "-o", help="folder to write the index to")],
    home: HomeOption = None,
) -> None:
    """Split, remove personal data, embed (MiniLM) and store the index; recorded in the
    ledger with the documents' hashes."""
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import current_actor
    from steward.assistant.knowledge import KnowledgeBase
    from steward.store.artifacts import sha256_file

    kb = KnowledgeBase.build(docs)
    kb.save(out)
    store = open_store(home)
    documents = {p.name: sha256_file(p) for p in sorted(docs.glob("*.md"))}
    record = store.put(
        out, kind="knowledge_base", meta={"passages": len(kb.passages), "documents": documents}
    )
    Ledger(store).append(
        actor=current_actor(),
        action="kb.built",
        subject=str(docs),
        artifacts=[record.sha256],
        details={"documents": documents, "passages": len(kb.passages)},
    )  # fmt: skip
    typer.echo(f"{len(kb.passages)} passages from {docs} indexed in {out} ({record.sha256[:12]})")
    indexed = {passage.doc for passage in kb.passages}
    empty = [p.name for p in sorted(docs.glob("*.md")) if p.stem not in indexed]
    if empty:  # said, not skipped silently: an empty policy document is usually a mistake
        typer.echo(f"no text, nothing indexed: {', '.join(empty)}", err=True)


@kb_app.command("ask")
@friendly_errors
def kb_ask(
    index: Annotated[Path, typer.Argument(help="folder written by `steward kb build`")],
    question: Annotated[str, typer.Argument()],
    model: Annotated[
        str | None,
        typer.Option("--model", help="'smollm2' or a model directory; without: passages only"),
    ] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=20)] = 3,
    min_score: Annotated[
        float, typer.Option("--min-score", help="cosine that vouches for an English question")
    ] = DEFAULT_MIN_SCORE,
    bm25_min_score: Annotated[
        float, typer.Option("--bm25-min-score", help="BM25 score that vouches for a question")
    ] = DEFAULT_BM25_MIN_SCORE,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Answer from the top passages with citations, or say it is escalated."""
    from steward.assistant.knowledge import ESCALATION, KnowledgeBase

    kb = KnowledgeBase.load(index)
    result: dict[str, Any]
    if model is None:
        found = kb.retrieve(question, k)
        escalated = found.escalates(min_score=min_score, bm25_min_score=bm25_min_score)
        result = {
            "escalated": escalated,
            "text": ESCALATION if escalated else None,
            "passages": [
                {"title": h.passage.title, "score": round(h.cosine, 4), "bm25": round(h.bm25, 4),
                 "text": h.passage.text}
                for h in found.hits
            ],
        }  # fmt: skip
    else:
        from steward.assistant.grounding import answer_question
        from steward.assistant.model import ChatModel, model_directory

        directory = model_directory(model, open_store(home).home / "cache" / "assistant")
        answer = answer_question(
            kb, question, ChatModel.load(directory), k=k, min_score=min_score,
            bm25_min_score=bm25_min_score,
        )  # fmt: skip
        result = {"escalated": answer.escalated, "text": answer.text,
                  "top_score": answer.top_score, "citations": answer.citations}  # fmt: skip
    if json_out:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return
    if result.get("text"):
        typer.echo(result["text"])
    items: list[dict[str, Any]] = result.get("passages") or result.get("citations") or []
    for i, item in enumerate(items, 1):
        title = item.get("title") or f"{item['doc']} — {item['section']}"
        typer.echo(f"  [{i}] {title} ({item['score']:.2f})")
