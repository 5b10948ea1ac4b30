"""The knowledge base on the bundled policy documents, with the packaged MiniLM embeddings:
the right passage comes first, off-topic questions escalate, personal data never gets in."""

from __future__ import annotations

from pathlib import Path

import pytest

from steward.assistant.knowledge import ESCALATION, KnowledgeBase, split_markdown
from steward.errors import StewardError

DOCS = Path(__file__).resolve().parents[2] / "examples" / "assistant" / "knowledge"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.build(DOCS)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("I lost my card, what should I do?", "Lost or stolen cards"),
        ("How much does it cost to send money abroad?", "Transfers abroad"),
        ("Someone phoned me asking for my PIN", "Scam calls"),
        ("How do I change my phone number?", "Changing your contact details"),
        ("I sent the same transfer twice by mistake", "Duplicate or wrong transfers"),
    ],
)
def test_the_right_passage_comes_first(kb: KnowledgeBase, question: str, section: str) -> None:
    (best, score), *_ = kb.search(question, k=3)
    assert best.section == section and score >= 0.35


def test_off_topic_questions_escalate_without_the_model(kb: KnowledgeBase) -> None:
    class NoModel:
        def generate(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the model must not be asked")

    answer = kb.answer("What is a good recipe for pancakes?", NoModel())
    assert answer.escalated and answer.text == ESCALATION and answer.citations == []


def test_personal_data_is_removed_before_indexing(kb: KnowledgeBase, tmp_path: Path) -> None:
    text = " ".join(p.text for p in kb.passages)
    assert "jane.doe@example-bank.test" not in text and "7946 0958" not in text
    assert "<EMAIL_ADDRESS>" in text
    again = KnowledgeBase.load(kb.save(tmp_path / "kb"), kb.embedder)
    assert again.passages == kb.passages
    assert again.search("lost card")[0][0] == kb.search("lost card")[0][0]


def test_answers_cite_their_passages(kb: KnowledgeBase, tiny_lm_chat: object) -> None:
    answer = kb.answer("My card was stolen yesterday", tiny_lm_chat, max_new_tokens=8)
    assert not answer.escalated and answer.top_score >= 0.35
    assert answer.citations[0]["section"] == "Lost or stolen cards"
    assert [c["n"] for c in answer.citations] == [1, 2, 3]


def test_splitting_and_bad_folders(tmp_path: Path) -> None:
    long = "# Doc\n\n## A\n" + "\n\n".join(["word " * 60] * 5)
    passages = split_markdown("doc", long, max_chars=400)
    assert len(passages) > 1 and all(p.section == "A" for p in passages)
    with pytest.raises(StewardError, match="no Markdown"):
        KnowledgeBase.build(tmp_path)
    with pytest.raises(StewardError, match="not a knowledge base"):
        KnowledgeBase.load(tmp_path)


def test_cli_build_and_ask(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from steward.accountability.ledger import Ledger
    from steward.cli import app
    from steward.store.artifacts import Store

    home = ["--home", str(tmp_path / ".steward")]
    runner = CliRunner()
    built = runner.invoke(app, ["kb", "build", str(DOCS), "-o", str(tmp_path / "kb"), *home])
    assert built.exit_code == 0, built.output
    asked = runner.invoke(app, ["kb", "ask", str(tmp_path / "kb"), "I lost my card"])
    assert asked.exit_code == 0 and "[1] cards — Lost or stolen cards" in asked.output
    off = runner.invoke(app, ["kb", "ask", str(tmp_path / "kb"), "best pancake recipe"])
    assert "passing your question to a colleague" in off.output
    entries = Ledger(Store(tmp_path / ".steward")).entries(action="kb.built")
    assert entries and "cards.md" in entries[0].details["documents"]
