"""Grounded answers on the bundled policy documents (English and Chinese): numbers read the
same however they are written, the grounding guard keeps what the passages say and removes
invented fees and time limits, answers cite their passages, and nothing supported left (or
``unsupported: escalate``) hands the question to a person without a model call."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from steward.assistant.grounding import (
    HANDOFF,
    REMOVED,
    Grounder,
    GroundingGuard,
    GroundingPlan,
    GroundingSettings,
    answer_question,
    answer_questions,
    is_claim,
    numbers_in,
    quantities_in,
    sentences_of,
    split_answer,
)
from steward.assistant.knowledge import (
    Hit,
    KnowledgeBase,
    Passage,
    Retrieved,
    language_of,
    read_document,
    split_markdown,
)
from steward.assistant.model import ChatModel
from steward.examples.starter import assistant_example_dir

DOCS = assistant_example_dir() / "knowledge"
LOST_EN, LOST_ZH = "Lost or stolen cards", "银行卡丢失或被盗"
REPLACEMENT_EN = "A replacement card is posted within five working days."
INVENTED_FEE_EN = "The replacement card costs 25 pounds."
REPLACEMENT_ZH = "补发的新卡会在五个工作日内寄出。"
INVENTED_FEE_ZH = "补发新卡收费25英镑。"


def document(name: str) -> list[Passage]:
    """One bundled document's passages, each with its language (as the knowledge base has)."""
    return [
        Passage(p.doc, p.section, p.text, language_of(f"{p.section}\n{p.text}"))
        for p in split_markdown(name, read_document(DOCS / f"{name}.md"))
    ]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.build(DOCS)


@pytest.fixture(scope="module")
def grounder(kb: KnowledgeBase) -> Grounder:
    return Grounder(kb)


@dataclass(frozen=True)
class _Reply:
    text: str


class ScriptedModel:
    """Stands in for ChatModel.generate (the model is not what is tested here)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.calls = 0

    def generate(self, conversations: Sequence[object], **_: object) -> list[_Reply]:
        self.calls += len(conversations)
        return [_Reply(self.text) for _ in conversations]


class NoModel:
    def generate(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("the model must not be asked")


def number_of(plan: GroundingPlan, section: str) -> int:
    """The passage number (1-based) the plan gives the section, as the answer cites it."""
    numbers = [n for n, p in enumerate(plan.passages, 1) if p.section == section]
    assert numbers, f"{section!r} not retrieved for {plan.question!r}"
    return numbers[0]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# -- numbers and claims -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("a limit of 1,000 pounds", "up to 1000 pounds"),
        ("within five working days", "within 5 working days"),
        ("五个工作日内", "5 working days"),
        ("二十四小时服务热线", "the 24-hour card line"),
        ("最高至一千英镑", "1,000 pounds"),
        ("a fee of £5.00", "5 pounds"),
        ("两个月", "2 months"),
    ],
)
def test_numbers_read_the_same_however_written(one: str, other: str) -> None:
    assert numbers_in(one) == numbers_in(other) != set()


@pytest.mark.parametrize(
    ("text", "digits"),
    [("1,000", {"1000"}), ("five", {"5"}), ("五", {"5"}), ("二十四", {"24"}), ("十", {"10"}),
     ("一百零五", {"105"}), ("39.90%", {"39.9"}), ("from 2 to 13 months", {"2", "13"})],
)  # fmt: skip
def test_numbers_as_digits(text: str, digits: set[str]) -> None:
    assert numbers_in(text) == digits


@pytest.mark.parametrize(
    ("text", "quantity"),
    [("24 months", ("24", "months")), ("保存 24 个月", ("24", "months")),
     ("the 24-hour card line", ("24", "hours")), ("二十四小时", ("24", "hours")),
     ("within five working days", ("5", "days")), ("五个工作日内", ("5", "days")),
     ("£5", ("5", "pounds")), ("每笔 5 英镑", ("5", "pounds")), ("39.9% EAR", ("39.9", "%")),
     ("up to 1,000 pounds", ("1000", "pounds"))],
)  # fmt: skip
def test_numbers_with_their_units(text: str, quantity: tuple[str, str]) -> None:
    assert quantities_in(text) == {quantity}


def test_numbers_that_differ_stay_apart() -> None:
    assert numbers_in("39.9% EAR") == {"39.9"}
    assert numbers_in("五个工作日") != numbers_in("七个工作日")
    assert numbers_in("1,000 pounds") != numbers_in("100 pounds")
    assert numbers_in("Freeze the card in the app.") == set()


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The fee is 5 pounds per transfer.", True),
        ("A replacement card is posted within five working days.", True),
        ("Current accounts have no monthly fee.", True),
        ("The overdraft costs 39.9% EAR.", True),
        ("The bank never asks for your PIN.", True),
        ("Freeze the card in the app under Cards.", False),
        ("Thank you for contacting us.", False),
        ("每笔汇款手续费为 5 英镑。", True),
        ("补发的新卡会在五个工作日内寄出。", True),
        ("活期账户不收取月费。", True),
        ("我们会将您的消息保存 24 个月。", True),
        ("您可以在 App 中解除冻结。", False),
        ("请在 App 中报告这笔交易。", False),
    ],
)
def test_what_is_a_claim(sentence: str, claim: bool) -> None:
    assert is_claim(sentence) is claim


# -- the grounding guard ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "supported", "invented"),
    [
        ("cards", REPLACEMENT_EN, INVENTED_FEE_EN),
        ("cards", "The replacement card arrives within 5 working days.", INVENTED_FEE_EN),
        ("cards.zh", REPLACEMENT_ZH, INVENTED_FEE_ZH),
        ("cards.zh", "补发新卡会在 5 个工作日内寄出。", "补发新卡需要支付二十五英镑的费用。"),
    ],
)
def test_the_guard_keeps_supported_claims_and_removes_invented_ones(
    name: str, supported: str, invented: str
) -> None:
    guard, passages = GroundingGuard(), document(name)
    assert guard.check(supported, passages).action == "allow"
    verdict = guard.check(invented, passages)
    assert verdict.action == "redact" and verdict.score == 1.0
    assert [(s.start, s.end, s.label) for s in verdict.spans] == [(0, len(invented), "UNSUPPORTED")]
    assert "25" in verdict.reasons[0]


def test_the_guard_checks_each_sentence_and_only_claims() -> None:
    guard, passages = GroundingGuard(), document("cards")
    text = f"Sorry to hear that. {REPLACEMENT_EN} [1] {INVENTED_FEE_EN} Have a lovely afternoon."
    verdict = guard.check(text, passages)
    # two claims, one unsupported; the pleasantries are no claims and pass unchecked
    assert verdict.action == "redact" and verdict.score == 0.5
    (span,) = verdict.spans
    assert text[span.start : span.end].strip() == INVENTED_FEE_EN


def test_a_wrong_time_limit_or_unrelated_policy_is_unsupported() -> None:
    guard, passages = GroundingGuard(), document("cards")
    wrong_number = REPLACEMENT_EN.replace("five", "seven")
    supported, _, why = guard.support(wrong_number, passages)
    assert not supported and "7" in why
    # no number, but too few of its words are in any passage
    supported, overlap, why = guard.support(
        "Premium customers always get free replacement cards.", passages
    )
    assert not supported and overlap < 0.5 and "words" in why
    # no passages, no support
    assert not guard.support(REPLACEMENT_EN, [])[0]
    # the passage numbers [1] cite are no number the answer states
    assert (
        guard.check("A replacement card is posted within five working days [1].", passages).action
        == "allow"
    )


@pytest.mark.parametrize(
    ("name", "right", "wrong"),
    [
        ("privacy", "We keep your messages to customer service for 24 months.",
         "We keep your messages to customer service for 24 hours."),
        ("privacy.zh", "我们会将您发给客服的消息保存 24 个月。",
         "我们会将您发给客服的消息保存 24 小时。"),
    ],
)  # fmt: skip
def test_the_right_number_in_the_wrong_unit_is_unsupported(
    name: str, right: str, wrong: str
) -> None:
    guard, passages = GroundingGuard(), document(name)
    assert guard.check(right, passages).action == "allow"
    supported, overlap, why = guard.support(wrong, passages)
    assert not supported and overlap >= 0.5 and "24 hours" in why


def test_list_numbers_are_no_claims() -> None:
    guard, passages = GroundingGuard(), document("accounts")
    answer = (
        "1. Current accounts have no monthly fee. [1]\n"
        "2. Paper statements cost 2 pounds each.\n"
        "3. Paper statements cost 3 pounds each."
    )
    pieces = [answer[start:end] for start, end in sentences_of(answer)]
    assert [p.strip()[:2] for p in pieces] == ["1.", "2.", "3."]  # each item one sentence
    verdict = guard.check(answer, passages)
    (span,) = verdict.spans  # only the wrong price: "1." and "3." are numbering
    assert answer[span.start : span.end].strip().startswith("3. Paper statements cost 3")
    assert verdict.reasons == ("sentence 3 of the answer states 3, which no cited passage does",)
    assert split_answer(answer)[0] == "Current accounts have no monthly fee."
    # a streamed answer is checked a sentence at a time, cut at the item's number too
    for piece in ("1.", "\n2.", "3) ", "- "):
        assert guard.check(piece, passages).action == "allow"
    assert split_answer("1.") == split_answer("\n2.") == []


def test_the_overlap_bar_is_a_setting() -> None:
    passages = document("cards")
    loose = "Premium customers always get free replacement cards."
    assert GroundingGuard(min_overlap=0.5).check(loose, passages).action == "redact"
    assert GroundingGuard(min_overlap=0.2).check(loose, passages).action == "allow"


def test_citation_marks_stay_with_the_sentence_they_follow() -> None:
    text = "Freeze the card. [1] It costs 25 pounds. [2, 3]\n来源很多。[1]下一句"
    pieces = [text[start:end] for start, end in sentences_of(text)]
    assert pieces == [
        "Freeze the card. [1]",
        " It costs 25 pounds. [2, 3]",
        "\n来源很多。[1]",
        "下一句",
    ]
    assert split_answer(text) == ["Freeze the card.", "It costs 25 pounds.", "来源很多。", "下一句"]


# -- finishing an answer: redaction, citations, escalation ----------------------------------
def test_finish_removes_the_invented_fee_and_cites_what_is_left(grounder: Grounder) -> None:
    plan = grounder.plan("How long does it take to get a replacement card?")
    assert plan.mode == "generate" and plan.language == "en"
    n = number_of(plan, LOST_EN)
    done = grounder.finish(plan, f"{REPLACEMENT_EN} [{n}] {INVENTED_FEE_EN} [{n % 3 + 1}]")
    assert not done.escalated and done.finish_reason == "stop" and done.mode == "generate"
    assert done.body == f"{REPLACEMENT_EN} [{n}] {REMOVED['en']}"
    assert done.text == f"{done.body}\n\nSources: [{n}] cards — {LOST_EN}"
    # the removed sentence took its citation with it: only the kept sentence's passage is cited
    assert [c["n"] for c in done.citations] == [n]
    (cited,) = done.citations
    assert (cited["doc"], cited["section"], cited["language"]) == ("cards", LOST_EN, "en")
    assert len(cited["sha256"]) == 64
    assert done.verdict is not None and len(done.verdict.spans) == 1
    assert done.to_ledger()["unsupported_removed"] == 1 and done.to_ledger()["cited"] == [n]


def test_an_answer_citing_nothing_cites_every_passage_it_was_given(grounder: Grounder) -> None:
    plan = grounder.plan("How long does it take to get a replacement card?")
    done = grounder.finish(plan, f"{REPLACEMENT_EN} [9]")  # [9]: no such passage
    assert [c["n"] for c in done.citations] == list(range(1, len(plan.hits) + 1))
    assert done.verdict is not None and done.verdict.action == "allow"


def test_nothing_supported_left_the_passages_answer_instead(grounder: Grounder) -> None:
    plan = grounder.plan("How long does it take to get a replacement card?")
    done = grounder.finish(plan, f"{INVENTED_FEE_EN} [1]")
    assert not done.escalated and done.finish_reason == "stop"
    assert (done.mode, done.fallback_from) == ("extractive", "generate")
    assert "25" not in done.text and "five working days" in done.body
    assert done.citations and done.to_ledger()["fallback_from"] == "generate"
    assert done.verdict is not None and done.verdict.action == "redact"
    # an empty generation (or citation marks alone) gets the passages' answer too
    for empty in ("", "  [1] "):
        assert grounder.finish(plan, empty).fallback_from == "generate"
    # an extract with nothing in it (no passage sentence) is handed to a person
    extract_plan = GroundingPlan(plan.question, plan.retrieved, "extractive")
    assert grounder.finish(extract_plan, "").escalated


def test_a_number_borrowed_from_another_sentence_is_no_support(grounder: Grounder) -> None:
    """The lost-cards passage has "the 24-hour card line" and "a replacement card is posted
    within five working days": neither sentence backs a replacement within 24 hours."""
    plan = grounder.plan("How long does it take to get a replacement card?")
    borrowed = "The replacement card is available within 24 hours of the original card. [1]"
    verdict = grounder.check_sentence(plan, borrowed)
    assert verdict.action == "redact", verdict
    assert grounder.check_sentence(plan, f"{REPLACEMENT_EN} [1]").action == "allow"
    paraphrase = "Your new card arrives within 5 working days."
    assert grounder.check_sentence(plan, paraphrase).action == "allow"


def test_a_bare_number_must_stand_where_the_passages_answer_the_question(
    grounder: Grounder,
) -> None:
    """ "24 hours" is in the lost-cards passage (the 24-hour card line), but the sentence
    that answers how long a replacement takes says five working days."""
    plan = grounder.plan("How long until a replacement card arrives?")
    assert grounder.check_sentence(plan, "24 hours").action == "redact"
    assert grounder.check_sentence(plan, "Five working days. [1]").action == "allow"
    limit = grounder.plan("What is the daily cash withdrawal limit for a debit card?")
    assert grounder.check_sentence(limit, "500 pounds.").action == "allow"


def test_tidying_keeps_the_breaks_between_sentences(grounder: Grounder) -> None:
    """What SmolLM2 wrote for the demo's English question: headers of passages it was not
    given ([4], [5]); once they are gone the sentences must stay apart, or the supported one
    is judged glued to the others."""
    plan = grounder.plan("My debit card was stolen, what should I do?")
    generated = (
        "You should call the 24-hour card line.\n\n[4] fraud — Scam calls\nThe bank never asks "
        "for your full PIN.\n\n[5] fraud — Unrecognised transactions\nFreeze your card."
    )
    done = grounder.finish(plan, generated)
    assert done.mode == "generate" and done.fallback_from is None
    assert done.body.startswith("You should call the 24-hour card line.\n")
    assert "Scam calls" not in done.body.split("\n\nSources")[0]


def test_passage_headers_echoed_by_the_model_are_not_served(grounder: Grounder) -> None:
    plan = grounder.plan("My debit card was stolen, what should I do?")
    title = plan.passages[1].title
    done = grounder.finish(plan, f"Freeze it at once in the app. [2] {title}\nCall us.")
    assert title not in done.body and "Freeze it at once in the app." in done.body


def test_citation_marks_naming_no_given_passage_are_dropped(grounder: Grounder) -> None:
    plan = grounder.plan("How long does it take to get a replacement card?")
    done = grounder.finish(plan, f"{REPLACEMENT_EN} [1] [7]")
    assert "[7]" not in done.text and "[1]" in done.body


def test_echoes_of_the_prompt_and_repeats_are_not_served(grounder: Grounder) -> None:
    plan = grounder.plan("How long does it take to get a replacement card?")
    looped = (
        f"{REPLACEMENT_EN} [1]\n\nQuestion: How long does it take?\n\n"
        f"[2] cards — Lost or stolen cards\n{REPLACEMENT_EN} [1]\n\nSources: [9] made up"
    )
    done = grounder.finish(plan, looped)
    assert done.body.count(REPLACEMENT_EN) == 1
    assert "Question:" not in done.body and "made up" not in done.text
    assert done.text.count("Sources:") == 1


def test_unsupported_escalate_hands_over_any_answer_with_an_invented_claim(
    kb: KnowledgeBase,
) -> None:
    strict = Grounder(kb, GroundingSettings(unsupported="escalate"))
    plan = strict.plan("How long does it take to get a replacement card?")
    mixed = strict.finish(plan, f"{REPLACEMENT_EN} [1] {INVENTED_FEE_EN}")
    assert mixed.escalated and mixed.text == HANDOFF["en"]
    assert not strict.finish(plan, f"{REPLACEMENT_EN} [1]").escalated


def test_chinese_answers_are_redacted_and_cited_in_chinese(grounder: Grounder) -> None:
    plan = grounder.plan("补发新卡需要多长时间？")
    assert plan.language == "zh" and plan.mode == "extractive"
    n = number_of(plan, LOST_ZH)
    done = grounder.finish(plan, f"{REPLACEMENT_ZH}[{n}]{INVENTED_FEE_ZH}")
    assert done.body == f"{REPLACEMENT_ZH}[{n}]{REMOVED['zh']}"
    assert done.text == f"{done.body}\n\n来源：[{n}] cards.zh — {LOST_ZH}"
    assert [c["n"] for c in done.citations] == [n]
    handed = grounder.finish(plan, INVENTED_FEE_ZH)
    assert handed.escalated and handed.text == HANDOFF["zh"]


# -- planning and extractive answers --------------------------------------------------------
@pytest.mark.parametrize("question", ["What is a good recipe for pancakes?", "煎饼怎么做才好吃？"])
def test_off_topic_questions_are_handed_over_without_the_model(
    grounder: Grounder, question: str
) -> None:
    plan = grounder.plan(question)
    assert plan.escalated and plan.hits == [] and plan.topic == "none"
    done = grounder.answer(question, NoModel())
    assert done.escalated and done.text == HANDOFF[language_of(question)]
    assert plan.to_ledger()["passages"] == []


@pytest.mark.parametrize(
    ("question", "section", "expected"),
    [
        ("How long does it take to get a replacement card?", LOST_EN, REPLACEMENT_EN[:-1]),
        ("补发新卡需要多长时间？", LOST_ZH, REPLACEMENT_ZH[:-1]),
        ("What is the daily cash withdrawal limit for a debit card?", "Card limits", "500 pounds"),
        ("借记卡每天最多能取多少现金？", "银行卡限额", "500 英镑"),
    ],
)
def test_extract_answers_in_the_passages_own_words(
    grounder: Grounder, question: str, section: str, expected: str
) -> None:
    plan = grounder.plan(question)
    answer = grounder.extract(plan)
    assert expected in answer
    marked = re.findall(r"\s*(.+?)\s*\[(\d)\]", answer)
    assert 1 <= len(marked) <= 2
    assert re.sub(r"\s", "", "".join(f"{s}[{n}]" for s, n in marked)) == re.sub(r"\s", "", answer)
    for sentence, n in marked:
        # each is a whole sentence of the cited passage, not a line of its Markdown
        assert re.search(r"[.!?。！？；]$", sentence)
        assert flat(sentence) in flat(plan.passages[int(n) - 1].text)
    assert len({s.strip() for s, _ in marked}) == len(marked)  # no sentence twice
    done = grounder.finish(plan, answer)
    assert not done.escalated and done.mode == plan.mode
    assert done.verdict is not None and done.verdict.action == "allow"
    assert number_of(plan, section) in [c["n"] for c in done.citations]


def test_extract_says_a_sentence_two_passages_share_once(grounder: Grounder) -> None:
    # privacy.md holds a Chinese section that privacy.zh.md repeats
    (english_copy,) = [p for p in document("privacy") if p.language == "zh"]
    chinese = [p for p in document("privacy.zh") if "训练" in p.text]
    passages = [english_copy, *chinese]
    shared = {s for p in passages for s in split_answer(p.text)}
    assert len(shared) < sum(len(split_answer(p.text)) for p in passages)
    hits = [Hit(p, 1.0 / n, 0.5, 5.0) for n, p in enumerate(passages, 1)]
    plan = GroundingPlan(
        "训练前会删除我的个人信息吗？", Retrieved(hits, 0.5, 5.0, "zh"), "extractive"
    )
    answer = grounder.extract(plan, max_sentences=3)
    said = split_answer(answer)
    assert "训练前会删除或替换其中的个人信息。" in said and len(said) == len(set(said))


def test_answer_modes_follow_the_settings(kb: KnowledgeBase) -> None:
    question = "How long does it take to get a replacement card?"
    extractive = Grounder(
        kb, GroundingSettings(answer_modes={"en": "extractive", "zh": "extractive"})
    )
    done = extractive.answer(question, NoModel())
    assert done.mode == "extractive" and "five working days" in done.body
    generating = Grounder(kb)
    model = ScriptedModel(f"{REPLACEMENT_EN} [1] {INVENTED_FEE_EN}")
    done = generating.answer(question, model)
    assert model.calls == 1 and done.mode == "generate"
    assert REMOVED["en"] in done.body and "25 pounds" not in done.text
    prompt = generating.plan(question).prompt()
    assert prompt[-1]["content"].startswith("[1] ") and prompt[-1]["content"].endswith(question)


def test_many_questions_at_once_answer_as_one_at_a_time(kb: KnowledgeBase, chat: ChatModel) -> None:
    """answer_questions embeds the questions in one batch and generates in length batches;
    each answer (escalation, mode, text, scores) is the one the question gets alone."""
    questions = [
        "How do I freeze my card if I lose it?",
        "What is the fee for an international transfer?",
        "Who won the football match last night?",
        "我的银行卡丢了怎么办？",
        "How long does a refund take to arrive on my card after a dispute is opened?",
        "Can I change my PIN in the app?",
    ]
    modes = {"en": "generate", "zh": "extractive"}
    together = answer_questions(
        kb, questions, chat, max_new_tokens=8, answer_modes=modes, batch_size=2
    )
    alone = [answer_question(kb, q, chat, max_new_tokens=8, answer_modes=modes) for q in questions]
    assert [(a.escalated, a.mode, a.text) for a in together] == [
        (a.escalated, a.mode, a.text) for a in alone
    ]
    assert [a.top_score for a in together] == pytest.approx([a.top_score for a in alone], abs=1e-4)
    assert any(a.escalated for a in together) and not all(a.escalated for a in together)
