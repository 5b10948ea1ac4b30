"""The knowledge base on the bundled policy documents, with the packaged MiniLM embeddings:
the right passage comes first (English and Chinese: hybrid retrieval), off-topic questions
escalate in both languages, personal data never gets in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from steward.assistant.grounding import answer_question
from steward.assistant.knowledge import (
    DEFAULT_BM25_MIN_SCORE,
    DEFAULT_BM25_WEIGHTS,
    DEFAULT_MIN_SCORE,
    ESCALATION,
    KnowledgeBase,
    Retrieval,
    language_of,
    split_markdown,
    tokenize,
)
from steward.errors import StewardError
from steward.examples.starter import assistant_example_dir

DOCS = assistant_example_dir() / "knowledge"


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

    answer = answer_question(kb, "What is a good recipe for pancakes?", NoModel())
    assert answer.escalated and answer.text == ESCALATION and answer.citations == []


def test_personal_data_is_removed_before_indexing(kb: KnowledgeBase, tmp_path: Path) -> None:
    text = " ".join(p.text for p in kb.passages)
    assert "jane.doe@example-bank.test" not in text and "7946 0958" not in text
    assert "<EMAIL_ADDRESS>" in text
    again = KnowledgeBase.load(kb.save(tmp_path / "kb"), kb.embedder)
    assert again.passages == kb.passages
    assert again.search("lost card")[0][0] == kb.search("lost card")[0][0]


def test_answers_cite_their_passages(kb: KnowledgeBase, tiny_lm_chat: object) -> None:
    answer = answer_question(kb, "My card was stolen yesterday", tiny_lm_chat, max_new_tokens=8)
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
    chinese = runner.invoke(app, ["kb", "ask", str(tmp_path / "kb"), "往国外汇款要多少手续费？"])
    assert chinese.exit_code == 0 and "[1] payments.zh — 境外汇款" in chinese.output
    assert "colleague" not in chinese.output
    off_zh = runner.invoke(app, ["kb", "ask", str(tmp_path / "kb"), "煎饼怎么做才好吃？"])
    assert "passing your question to a colleague" in off_zh.output
    entries = Ledger(Store(tmp_path / ".steward")).entries(action="kb.built")
    assert entries and {"cards.md", "cards.zh.md"} <= set(entries[0].details["documents"])


@pytest.mark.parametrize(
    ("question", "doc", "section"),
    [
        ("我的银行卡丢了，怎么办？", "cards.zh", "银行卡丢失或被盗"),
        ("往国外汇款要多少手续费？", "payments.zh", "境外汇款"),
        ("有人在电话里要我的一次性验证码", "fraud.zh", "诈骗电话"),
    ],
)
def test_a_chinese_question_retrieves_the_chinese_passage(
    kb: KnowledgeBase, question: str, doc: str, section: str
) -> None:
    found = kb.retrieve(question, k=3)
    best = found.hits[0].passage
    assert (best.doc, best.section, best.language) == (doc, section, "zh")
    assert found.language == "zh" and found.best_bm25 > 0


def test_the_calibrated_defaults_handle_every_dev_question(kb: KnowledgeBase) -> None:
    """The defaults are what benchmarks/assistant_retrieval.py calibrates on the dev split:
    every dev question, English and Chinese, answered or escalated as it should be."""
    from steward.assistant.generation_audits import load_questions

    dev = [q for q in load_questions(DOCS.parent / "questions.jsonl") if q["split"] == "dev"]
    wrong = [
        q["question"] for q in dev if kb.retrieve(q["question"]).escalates() == q["answerable"]
    ]
    assert {q["language"] for q in dev} == {"en", "zh"} and wrong == []


def test_both_languages_are_indexed_with_their_language(kb: KnowledgeBase) -> None:
    docs = {(p.doc, p.language) for p in kb.passages}
    assert ("cards", "en") in docs and ("cards.zh", "zh") in docs
    assert {p.topic for p in kb.passages if p.language == "zh"} >= {"cards", "payments"}
    # the English privacy document's Chinese section is told apart by its text
    assert ("privacy", "zh") in docs


@pytest.mark.parametrize(
    "question",
    ["What is a good recipe for pancakes?", "煎饼怎么做才好吃？", "2018年世界杯冠军是谁？"],
)
def test_off_topic_questions_escalate_in_both_languages(kb: KnowledgeBase, question: str) -> None:
    class NoModel:
        def generate(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("the model must not be asked")

    answer = answer_question(kb, question, NoModel())
    assert answer.escalated and answer.citations == []
    assert answer.language == language_of(question)


def test_the_cosine_alone_does_not_vouch_for_a_chinese_question(kb: KnowledgeBase) -> None:
    """MiniLM scores any Chinese question high against Chinese passages: an off-topic one
    reaches the English cosine threshold yet escalates, because no word matches."""
    found = kb.retrieve("煎饼怎么做才好吃？")
    assert found.best_bm25 == 0.0 and found.best_cosine > 0.3
    assert found.escalates(min_score=0.3)
    english = kb.retrieve("What is a good recipe for pancakes?")
    assert not english.escalates(min_score=english.best_cosine - 0.01)


def test_fused_ranking_keeps_a_bm25_only_match(kb: KnowledgeBase) -> None:
    """A passage that only BM25 puts first (an abbreviation MiniLM does not know: the
    embedding prefers the Chinese fees passage) is still in the hybrid top k."""
    question = "EAR"
    target = kb.retrieve(question, k=1, mode="bm25").hits[0].passage
    assert (target.doc, target.section) == ("accounts", "Fees and overdrafts")
    everything = len(kb.passages)

    def rank(mode: Retrieval) -> int:
        hits = kb.retrieve(question, k=everything, mode=mode).hits
        return [h.passage for h in hits].index(target)

    assert rank("embedding") > 0 and rank("hybrid") < 3
    assert rank("hybrid") < rank("embedding")


@pytest.mark.parametrize("question", ["daily cash withdrawal limit", "借记卡每天取现限额"])
def test_fusion_weight_and_rrf(kb: KnowledgeBase, question: str) -> None:
    """RRF: a passage's fused score is the sum of weight/(rrf_k + rank) over the rankers; the
    BM25 ranking's weight depends on the question's language."""
    found = kb.retrieve(question, k=len(kb.passages))
    weight = kb.bm25_weights[found.language]
    cos_rank = {h.passage: r for r, h in enumerate(
        sorted(found.hits, key=lambda h: -h.cosine), 1)}  # fmt: skip
    bm25_rank = {h.passage: r for r, h in enumerate(
        sorted((h for h in found.hits if h.bm25 > 0), key=lambda h: -h.bm25), 1)}  # fmt: skip
    for hit in found.hits:
        expected = 1 / (kb.rrf_k + cos_rank[hit.passage])
        if hit.passage in bm25_rank:
            expected += weight / (kb.rrf_k + bm25_rank[hit.passage])
        assert hit.score == pytest.approx(expected)
    assert [h.score for h in found.hits] == sorted((h.score for h in found.hits), reverse=True)


def test_tokenizer_words_in_both_languages() -> None:
    assert tokenize("How do I freeze my Cards?") == ["freeze", "card"]
    assert tokenize("Why does it cost so much?") == ["cost"]  # not "doe": stopwords go first
    words = tokenize("借记卡每日取现限额为 500 英镑")
    assert {"借记卡", "取现", "限额", "500", "英镑"} <= set(words)
    assert language_of("我的 card 丢了") == "zh" and language_of("my 卡 was lost today") == "en"


def test_policy_defaults_are_the_calibrated_ones() -> None:
    from steward.config import KnowledgePolicy

    settings = KnowledgePolicy(documents=Path("knowledge"))
    assert settings.min_score == DEFAULT_MIN_SCORE
    assert settings.bm25_min_score == DEFAULT_BM25_MIN_SCORE
    assert settings.bm25_weights == dict(DEFAULT_BM25_WEIGHTS)


def test_an_index_saved_before_passages_had_a_language_loads(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    folder = kb.save(tmp_path / "kb")
    lines = (folder / "passages.jsonl").read_text("utf-8").splitlines()
    old = [{k: v for k, v in json.loads(line).items() if k != "language"} for line in lines]
    (folder / "passages.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in old), encoding="utf-8"
    )
    again = KnowledgeBase.load(folder, kb.embedder)
    assert [p.language for p in again.passages] == [p.language for p in kb.passages]
    assert again.retrieve("我的银行卡丢了").hits[0].passage.doc == "cards.zh"
