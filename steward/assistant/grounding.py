"""Grounded answers: what the served assistant says comes from the bank's documents, cited.

One path for the gateway, ``steward kb ask`` and the faithfulness audit, so the audit measures
what customers get:

1. :meth:`Grounder.plan` retrieves the top passages of the customer's question
   (:meth:`~steward.assistant.knowledge.KnowledgeBase.retrieve`). Nothing relevant
   (:meth:`~steward.assistant.knowledge.Retrieved.escalates`): the question is handed to a
   person in the customer's language, and no model is called.
2. The answering mode is the policy's for the question's language
   (``assistant.knowledge.answer_modes``): ``generate`` asks the model to answer from the
   numbered passages (:meth:`GroundingPlan.prompt`); ``extractive`` answers with the passage
   sentences that share the most words with the question (:meth:`Grounder.extract`), for a
   language the local model writes poorly (SmolLM2-135M is English-first).
3. :meth:`Grounder.finish` runs the **grounding guard** (:class:`GroundingGuard`) over each
   sentence, removes the unsupported claims (or escalates the answer when nothing supported is
   left), and adds the numbered sources: in the text (``Sources: [1] cards — Lost cards``) and
   as data (:attr:`GroundedAnswer.citations`).

The grounding guard checks each sentence that states a number, a fee, a rate, a time limit or a
policy (:func:`is_claim`): it is supported when every number in it occurs in the cited passages
and at least ``min_overlap`` of its words (:func:`~steward.assistant.knowledge.tokenize`:
rjieba words for Chinese) occur in one of them. Limits: shared words are not entailment ("no
fee" and "a fee" share theirs); sentences without a claim pass unchecked.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from steward.assistant.knowledge import (
    DEFAULT_BM25_MIN_SCORE,
    DEFAULT_MIN_SCORE,
    ESCALATION,
    SYSTEM_PROMPT,
    Answer,
    Hit,
    KnowledgeBase,
    Passage,
    Retrieved,
    tokenize,
)
from steward.assistant.model import generate_batched
from steward.serve.guards.base import GuardVerdict, Span

AnswerMode = Literal["generate", "extractive"]
Answered = Literal["generate", "extractive", "escalated"]
DEFAULT_ANSWER_MODES: Mapping[str, AnswerMode] = {"en": "generate", "zh": "extractive"}

HANDOFF = {
    "en": ESCALATION,
    "zh": "我无法根据本行的文件回答这个问题，已将您的问题转交给同事，他们会尽快回复您。",
}
SOURCES_LABEL = {"en": "Sources", "zh": "来源"}
REMOVED = {
    "en": "[removed: not supported by the bank's documents]",
    "zh": "［已删除：本行文件中没有依据］",
}
# The finish_reason of an answer handed to a person (OpenAI clients read any string there).
ESCALATED = "escalated"
GROUNDING_GUARD = "grounding"

_CITATION = re.compile(r"\[(\d{1,2})\]")
_CITATIONS = re.compile(r"\s*\[\d{1,2}(?:\s*,\s*\d{1,2})*\]")
# Sentences end at . ! ? followed by a space, at 。！？； and at line breaks; the citation
# marks right after the end stay with the sentence ("... days. [1]"): they cite it.
# A list item's number or bullet ("1. ", "2) ", "- ") opens its sentence: no sentence of its
# own, and no number the answer states.
_MARKS = r"(?:[ \t]*\[\d{1,2}(?:\s*,\s*\d{1,2})*\])*"
_LIST_ITEM = r"\s*(?:\d{1,2}[.)]|[-*•])[ \t]+"
_SENTENCE = re.compile(
    rf"(?:{_LIST_ITEM})?.+?(?:[.!?]{_MARKS}(?=\s|$)|[。！？；]{_MARKS}|\n|$)", re.S
)
# also a bare one: a streamed answer's sentences are cut at "1." too
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])(?:[ \t]+|\s*$)")
# A line break inside a Markdown paragraph is a soft wrap, not a sentence end (a blank line,
# a list item or a heading after it is).
_SOFT_WRAP = re.compile(r"(?<=\S)[ \t]*\n(?![ \t]*(?:\n|[-*+#>][ \t]|\d+[.)][ \t]))[ \t]*(?=\S)")
_CJK_CHAR = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_EN_NUMBERS = {
    word: str(value)
    for value, word in enumerate(
        re.findall(
            r"\S+",
            """zero one two three four five six seven eight nine ten eleven twelve thirteen
            fourteen fifteen sixteen seventeen eighteen nineteen twenty""",
        )
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "ninety": "90",
     "hundred": "100", "thousand": "1000"}  # fmt: skip
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}  # fmt: skip
_ZH_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千]+")
_EN_WORD = re.compile(r"[a-z]+")
# What makes a sentence a claim the documents must back: money, rates, time limits, rules.
_CLAIM_WORDS = frozenset(
    re.findall(
        r"\S+",
        """fee fees charge charges charged cost costs price rate rates interest apr percent
        limit limits day days hour hours week weeks month months year years minute minutes
        working free refund refunds refunded compensation penalty penalties policy must always
        never guarantee guaranteed guarantees within deadline pound pounds dollar dollars euro
        euros pence cashback overdraft allowed""",
    )
)
_CLAIM_ZH = re.compile(
    r"费|利率|利息|限额|天|小时|工作日|分钟|星期|周内|个月|年内|免费|退款|退还|赔偿|罚|必须|不得|"
    r"政策|规定|英镑|元|美元|欧元|以内|之内|保证|保障"
)
_CLAIM_SYMBOLS = re.compile(r"[%£$€¥]")
# A number with its unit (24 months, 五个工作日, £5, 39.9%): "24 hours" is not "24 months".
_UNITS = {
    "minute": "minutes", "minutes": "minutes", "分钟": "minutes",
    "hour": "hours", "hours": "hours", "小时": "hours",
    "day": "days", "days": "days", "天": "days", "日": "days", "工作日": "days",
    "week": "weeks", "weeks": "weeks", "周": "weeks", "星期": "weeks",
    "month": "months", "months": "months", "月": "months",
    "year": "years", "years": "years", "年": "years",
    "pound": "pounds", "pounds": "pounds", "£": "pounds", "英镑": "pounds", "镑": "pounds",
    "pence": "pence", "便士": "pence",
    "euro": "euros", "euros": "euros", "€": "euros", "欧元": "euros",
    "dollar": "dollars", "dollars": "dollars", "$": "dollars", "美元": "dollars",
    "¥": "yuan", "元": "yuan",
    "percent": "%", "per cent": "%", "%": "%", "％": "%",
}  # fmt: skip
_NUMBER = rf"\d[\d,]*(?:\.\d+)?|\b(?:{'|'.join(_EN_NUMBERS)})\b|[零〇一二两三四五六七八九十百千]+"
_EN_UNIT = r"minutes?|hours?|days?|weeks?|months?|years?|pounds?|pence|euros?|dollars?|per ?cent"
_ZH_UNIT = r"分钟|小时|工作日|天|日|周|星期|月|年|英镑|镑|便士|欧元|美元|元"
_QUANTITY = re.compile(
    rf"(?P<number>{_NUMBER})[ \t-]*(?:(?:working|business)[ \t-]+)?"
    rf"(?P<unit>(?:{_EN_UNIT})(?![a-z])|[%％]|个?[ \t]*(?:{_ZH_UNIT}))"
    rf"|(?P<currency>[£€$¥])[ \t]*(?P<amount>\d[\d,]*(?:\.\d+)?)",
    re.I,
)


def _zh_number(text: str) -> str | None:
    """A Chinese numeral under ten thousand as digits (五 -> 5, 二十四 -> 24); None otherwise."""
    total, current = 0, 0
    for char in text:
        if char in _ZH_DIGITS:
            current = _ZH_DIGITS[char]
        elif char in "十百千":
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            total += (current or 1) * unit
            current = 0
        else:
            return None
    return str(total + current)


def numbers_in(text: str) -> set[str]:
    """The numbers a text states, as digits: ``1,000`` and ``1000``, ``five`` and ``5``,
    ``五`` and ``5`` are the same number."""
    found = {m.group().replace(",", "").rstrip(".") for m in _DIGITS.finditer(text)}
    found |= {_EN_NUMBERS[w] for w in _EN_WORD.findall(text.lower()) if w in _EN_NUMBERS}
    found |= {n for m in _ZH_NUMBER.finditer(text) if (n := _zh_number(m.group())) is not None}
    # one spelling per number: 5.00 and 05 are 5, 39.90 is 39.9
    return {format(Decimal(n).normalize(), "f") for n in found if n}


def quantities_in(text: str) -> set[tuple[str, str]]:
    """The (number, unit) pairs a text states, the number as :func:`numbers_in` writes it:
    ``24 months`` and ``24 个月`` are ``("24", "months")``, ``£5`` and ``5 pounds`` are
    ``("5", "pounds")``."""
    found: set[tuple[str, str]] = set()
    for match in _QUANTITY.finditer(text):
        if match.group("currency"):
            number, unit = match.group("amount"), match.group("currency")
        else:
            number, unit = match.group("number"), match.group("unit").lstrip("个 \t")
        digits = numbers_in(number)
        if len(digits) == 1:
            found.add((digits.pop(), _UNITS.get(unit.lower(), unit.lower())))
    return found


def is_claim(sentence: str) -> bool:
    """Does the sentence state a number, fee, rate, time limit or policy?"""
    if _DIGITS.search(sentence) or _CLAIM_SYMBOLS.search(sentence) or _CLAIM_ZH.search(sentence):
        return True
    words = set(_EN_WORD.findall(sentence.lower()))
    return bool(words & _CLAIM_WORDS) or bool(words & set(_EN_NUMBERS))


def sentences_of(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` with some text in it; the citation marks
    that follow a sentence's end belong to it."""
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def unwrapped(text: str) -> str:
    """A Markdown passage with its soft-wrapped lines joined (with a space, none between
    Chinese characters), so that its sentences are whole sentences, not lines."""

    def join(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1], text[match.end()]
        return "" if _CJK_CHAR.match(before) and _CJK_CHAR.match(after) else " "

    return _SOFT_WRAP.sub(join, text)


def support_windows(passage: Passage) -> list[str]:
    """The stretches of a passage a claim may rest on: its heading with each sentence and the
    one after it (a claim often joins two adjacent sentences)."""
    text = unwrapped(passage.text)
    sentences = [text[a:b].strip() for a, b in sentences_of(text)] or [text]
    return [f"{passage.section}\n{' '.join(sentences[i : i + 2])}" for i in range(len(sentences))]


# A claim with fewer words than this besides its numbers and units is a fragment ("24 hours").
FRAGMENT_WORDS = 2


class GroundingGuard:
    """Checks an answer's claims against the passages it was given (one job, like a guard).

    A sentence that is a claim (:func:`is_claim`) is supported when each of its numbers
    occurs in the passages, with its unit where it has one (:func:`quantities_in`), and at
    least ``min_overlap`` of its words occur in one passage. A list item's number is not a
    number the answer states."""

    name = GROUNDING_GUARD

    def __init__(self, min_overlap: float = 0.5) -> None:
        self.min_overlap = min_overlap

    def support(
        self, sentence: str, passages: Sequence[Passage], question: str = ""
    ) -> tuple[bool, float, str]:
        """(supported, overlap, why not) of one sentence against the passages. One stretch
        of a passage — a sentence and the next (:func:`support_windows`) — must back it
        whole: its numbers (in their units) and enough of its words. Pooling more would let
        "within 24 hours" borrow its number from one sentence ("the 24-hour card line") and
        its other words ("a replacement card is posted within …") from another."""
        plain = _LIST_MARKER.sub("", _CITATIONS.sub("", sentence))
        if not passages:
            return False, 0.0, "no passage to support it"
        words = set(tokenize(plain))
        numbers, quantities = numbers_in(plain), quantities_in(plain)
        windows = [w for p in passages for w in support_windows(p)]
        if question and len(words - numbers - {u for _, u in quantities}) < FRAGMENT_WORDS:
            # A fragment ("24 hours") answers the question: its number must stand where the
            # passages answer that question, not anywhere in them.
            asked = set(tokenize(question))
            if asked and windows:
                scores = [len(asked & set(tokenize(w))) for w in windows]
                windows = [w for w, score in zip(windows, scores, strict=True)
                           if score == max(scores)]  # fmt: skip
        best: tuple[float, list[str]] | None = None
        for source in windows:
            missing = sorted(numbers - numbers_in(source))
            if not missing:  # the right numbers, but in another unit?
                missing = [f"{n} {unit}" for n, unit in sorted(quantities - quantities_in(source))]
            overlap = len(words & set(tokenize(source))) / len(words) if words else 1.0
            if not missing and overlap >= self.min_overlap:
                return True, overlap, ""
            # the closest stretch explains the refusal: fewest missing numbers, most words
            if best is None or (len(missing), -overlap) < (len(best[1]), -best[0]):
                best = (overlap, missing)
        if best is None:
            return False, 0.0, "the cited passages hold no text"
        overlap, missing = best
        if missing:
            return False, overlap, f"states {', '.join(missing)}, which no cited passage does"
        return (
            False,
            overlap,
            (f"only {overlap:.0%} of its words are in one stretch of a cited passage"),
        )

    def check(self, text: str, passages: Sequence[Passage], question: str = "") -> GuardVerdict:
        """``redact`` with one span per unsupported claim (label ``UNSUPPORTED``), else
        ``allow``. The score is the share of claims left unsupported. ``question``: what
        the answer answers (a fragment of a claim is judged against it)."""
        claims = 0
        spans: list[Span] = []
        reasons: list[str] = []
        for number, (start, end) in enumerate(sentences_of(text), 1):
            sentence = text[start:end]
            if not is_claim(_LIST_MARKER.sub("", _CITATIONS.sub("", sentence))):
                continue
            claims += 1
            supported, _overlap, why = self.support(sentence, passages, question)
            if not supported:
                spans.append(Span(start, end, "UNSUPPORTED"))
                reasons.append(f"sentence {number} of the answer {why}")
        if not spans:
            return GuardVerdict(self.name, "allow", 0.0)
        return GuardVerdict(self.name, "redact", len(spans) / claims, tuple(reasons), tuple(spans))


@dataclass(frozen=True)
class GroundingSettings:
    """How questions are grounded (the policy's ``assistant.knowledge`` section)."""

    k: int = 3
    min_score: float = DEFAULT_MIN_SCORE
    bm25_min_score: float = DEFAULT_BM25_MIN_SCORE
    answer_modes: Mapping[str, AnswerMode] = field(
        default_factory=lambda: dict(DEFAULT_ANSWER_MODES)
    )
    unsupported: Literal["redact", "escalate"] = "redact"
    min_overlap: float = 0.5

    @classmethod
    def from_policy(cls, knowledge: Any) -> GroundingSettings:
        """From a :class:`~steward.config.KnowledgePolicy` (None: the defaults)."""
        if knowledge is None:
            return cls()
        return cls(
            k=knowledge.top_k, min_score=knowledge.min_score,
            bm25_min_score=knowledge.bm25_min_score,
            answer_modes={**DEFAULT_ANSWER_MODES, **knowledge.answer_modes},
            unsupported=knowledge.unsupported, min_overlap=knowledge.grounding_min_overlap,
        )  # fmt: skip


def passage_sha256(passage: Passage) -> str:
    """The passage's identity in the ledger (its text is never written there)."""
    return hashlib.sha256(f"{passage.doc}\n{passage.section}\n{passage.text}".encode()).hexdigest()


@dataclass(frozen=True)
class GroundingPlan:
    """One question's retrieval and how it will be answered."""

    question: str
    retrieved: Retrieved
    mode: Answered

    @property
    def language(self) -> str:
        return self.retrieved.language

    @property
    def escalated(self) -> bool:
        return self.mode == "escalated"

    @property
    def hits(self) -> list[Hit]:
        return [] if self.escalated else self.retrieved.hits

    @property
    def passages(self) -> list[Passage]:
        return [h.passage for h in self.hits]

    @property
    def topic(self) -> str:
        """The question's topic: the best passage's document (``none`` when escalated)."""
        hits = self.retrieved.hits
        return hits[0].passage.topic if hits and not self.escalated else "none"

    def numbered(self) -> str:
        return "\n\n".join(f"[{i}] {p.title}\n{p.text}" for i, p in enumerate(self.passages, 1))

    def prompt(self, history: Sequence[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
        """The conversation the model answers (generate mode): the grounding system prompt,
        the earlier turns, then the passages and the question (the last user turn)."""
        earlier = [dict(m) for m in history if m.get("role") != "system"]
        if earlier and earlier[-1].get("role") == "user":
            earlier = earlier[:-1]
        return [
            {"role": "system", "content": SYSTEM_PROMPT},
            *earlier,
            {"role": "user", "content": f"{self.numbered()}\n\nQuestion: {self.question}"},
        ]

    def to_ledger(self) -> dict[str, Any]:
        """What the ledger keeps of the retrieval: scores and passage identities, no text."""

        def finite(x: float) -> float:
            return round(x, 4) if x == x and abs(x) != float("inf") else 0.0

        return {
            "language": self.language,
            "mode": self.mode,
            "topic": self.topic,
            "top_cosine": finite(self.retrieved.best_cosine),
            "top_bm25": finite(self.retrieved.best_bm25),
            "passages": [
                {"n": i, "doc": h.passage.doc, "section": h.passage.section,
                 "sha256": passage_sha256(h.passage), "fused": round(h.score, 6)}
                for i, h in enumerate(self.hits, 1)
            ],
        }  # fmt: skip


@dataclass(frozen=True)
class GroundedAnswer:
    """The answer as served: ``text`` (with its sources line), ``body`` (the answer alone),
    the citations as data, and the grounding guard's verdict."""

    text: str
    body: str
    mode: Answered
    language: str
    citations: list[dict[str, Any]]
    verdict: GuardVerdict | None = None
    # "generate": the model's answer had nothing supported left, so the passages answered
    fallback_from: str | None = None

    @property
    def escalated(self) -> bool:
        return self.mode == "escalated"

    @property
    def finish_reason(self) -> str:
        return ESCALATED if self.escalated else "stop"

    def to_ledger(self) -> dict[str, Any]:
        verdict = self.verdict
        return {
            "mode": self.mode,
            "cited": [c["n"] for c in self.citations],
            "grounding_guard": None if verdict is None else verdict.to_dict(),
            "unsupported_removed": 0 if verdict is None else len(verdict.spans),
            "fallback_from": self.fallback_from,
        }


class Grounder:
    """Retrieval, answering mode, grounding guard and citations over one knowledge base."""

    def __init__(self, kb: KnowledgeBase, settings: GroundingSettings | None = None) -> None:
        self.kb = kb
        self.settings = settings or GroundingSettings()
        self.guard = GroundingGuard(self.settings.min_overlap)

    def plan(self, question: str, *, vector: Any = None) -> GroundingPlan:
        """``vector``: the question's embedding, when computed already (in a batch)."""
        s = self.settings
        found = self.kb.retrieve(question, s.k, vector=vector)
        if found.escalates(min_score=s.min_score, bm25_min_score=s.bm25_min_score):
            return GroundingPlan(question, found, "escalated")
        return GroundingPlan(question, found, s.answer_modes.get(found.language, "generate"))

    def extract(self, plan: GroundingPlan, max_sentences: int = 2) -> str:
        """The answer in the passages' own words: of the passages in retrieval order, the
        sentences sharing the most words with the question (at most ``max_sentences``, in
        the passage's order, none twice), each followed by its passage number."""
        wanted = set(tokenize(plan.question))
        scored: list[tuple[float, int, int, str]] = []
        seen: set[str] = set()
        for n, passage in enumerate(plan.passages, 1):
            text = unwrapped(passage.text)  # whole sentences, not the Markdown's lines
            for order, (start, end) in enumerate(sentences_of(text)):
                sentence = text[start:end].strip()
                if sentence in seen:  # the same sentence in two passages: said once
                    continue
                seen.add(sentence)
                shared = len(wanted & set(tokenize(sentence)))
                # earlier passages first among equals: they ranked higher
                scored.append((shared - 0.01 * n, n, order, sentence))
        best = sorted(scored, key=lambda s: -s[0])[:max_sentences]
        if not best or best[0][0] <= 0:
            best = [s for s in scored if s[1] == 1][:1]  # the best passage's opening
        best = [s for s in best if s[0] > 0] or best[:1]
        chosen = sorted(best, key=lambda s: (s[1], s[2]))
        joiner = "" if plan.language == "zh" else " "
        return joiner.join(f"{sentence} [{n}]" for _, n, _, sentence in chosen)

    def handoff(self, plan: GroundingPlan) -> GroundedAnswer:
        text = HANDOFF.get(plan.language, ESCALATION)
        return GroundedAnswer(text, text, "escalated", plan.language, [])

    def check_sentence(self, plan: GroundingPlan, sentence: str) -> GuardVerdict:
        """The grounding guard on one sentence (a streamed answer is checked so)."""
        return self.guard.check(sentence, plan.passages, plan.question)

    def removed_text(self, plan: GroundingPlan) -> str:
        return REMOVED.get(plan.language, REMOVED["en"])

    def redact(self, plan: GroundingPlan, text: str, verdict: GuardVerdict) -> str:
        """``text`` with each unsupported sentence replaced by the removal note."""
        note = self.removed_text(plan)
        pieces, cursor = [], 0
        for span in sorted(verdict.spans, key=lambda s: s.start):
            # the spaces around the sentence stay, so the note does not run into its neighbours
            sentence = text[span.start : span.end]
            leading = sentence[: len(sentence) - len(sentence.lstrip())]
            trailing = sentence[len(sentence.rstrip()) :] if sentence.strip() else ""
            pieces += [text[cursor : span.start], leading + note + trailing]
            cursor = span.end
        pieces.append(text[cursor:])
        return "".join(pieces)

    def without_titles(self, plan: GroundingPlan, text: str) -> str:
        """``text`` without the passages' "[n] doc — section" headers a small model echoes
        from its prompt, wherever they stand."""
        for i, passage in enumerate(plan.passages, 1):
            text = re.sub(rf"(?:\[{i}\]\s*)?{re.escape(passage.title)}[ \t]*", "", text)
        return text

    def drop_unknown_citations(self, plan: GroundingPlan, text: str) -> str:
        """``text`` without citation marks that name no passage it was given ("[4]" of 3)."""
        given = len(plan.hits)
        return _CITATION.sub(lambda m: m.group() if 1 <= int(m.group(1)) <= given else "", text)

    def citations(self, plan: GroundingPlan, body: str) -> list[dict[str, Any]]:
        """The passages the answer cites by number; an answer citing none cites all it was
        given (it was asked to answer from them)."""
        named = {int(n) for n in _CITATION.findall(body)} & set(range(1, len(plan.hits) + 1))
        chosen = sorted(named) or list(range(1, len(plan.hits) + 1))
        return [
            {"n": n, "doc": plan.hits[n - 1].passage.doc,
             "section": plan.hits[n - 1].passage.section,
             "title": plan.hits[n - 1].passage.title,
             "language": plan.hits[n - 1].passage.language,
             "sha256": passage_sha256(plan.hits[n - 1].passage)}
            for n in chosen
        ]  # fmt: skip

    def sources_line(self, plan: GroundingPlan, citations: Iterable[dict[str, Any]]) -> str:
        label = SOURCES_LABEL.get(plan.language, SOURCES_LABEL["en"])
        sep = "；" if plan.language == "zh" else "; "
        colon = "：" if plan.language == "zh" else ": "
        return f"\n\n{label}{colon}" + sep.join(f"[{c['n']}] {c['title']}" for c in citations)

    def finish(self, plan: GroundingPlan, text: str) -> GroundedAnswer:
        """The model's (or the extract's) answer, grounded: tidied (:func:`tidy`),
        unsupported claims removed, sources added. When nothing supported is left, the
        passages answer (:meth:`extract`), or a person does with ``unsupported: escalate``."""
        if plan.escalated:
            return self.handoff(plan)
        text = tidy(self.without_titles(plan, self.drop_unknown_citations(plan, text)))
        verdict = self.guard.check(text, plan.passages, plan.question)
        body = text.strip()
        if verdict.action == "redact":
            body = self.redact(plan, text, verdict).strip()
            if self.settings.unsupported == "escalate":
                handed = self.handoff(plan)
                return GroundedAnswer(handed.text, handed.body, "escalated", plan.language, [],
                                      verdict)  # fmt: skip
        if not split_answer(body, self.removed_text(plan)):
            # nothing (supported) said: the documents' own sentences answer instead
            extract = self.extract(plan)
            if plan.mode == "extractive" or not split_answer(extract):
                return self.handoff(plan)
            cited = self.citations(plan, extract)
            return GroundedAnswer(extract + self.sources_line(plan, cited), extract,
                                  "extractive", plan.language, cited, verdict,
                                  fallback_from=plan.mode)  # fmt: skip
        cited = self.citations(plan, body)
        return GroundedAnswer(body + self.sources_line(plan, cited), body, plan.mode,
                              plan.language, cited, verdict)  # fmt: skip

    def answer(self, question: str, chat: Any, *, max_new_tokens: int = 160) -> GroundedAnswer:
        """Plan and answer (:meth:`answer_plan`). For the audit and ``kb ask``."""
        return self.answer_plan(self.plan(question), chat, max_new_tokens=max_new_tokens)

    def answer_plan(
        self, plan: GroundingPlan, chat: Any, *, max_new_tokens: int = 160
    ) -> GroundedAnswer:
        """The planned question answered: handed over, extracted, or generated by ``chat``
        (a :class:`~steward.assistant.model.ChatModel`; None: no model, so extracted), then
        finished (:meth:`finish`)."""
        return self.answer_plans([plan], chat, max_new_tokens=max_new_tokens)[0]

    def answer_plans(
        self,
        plans: Sequence[GroundingPlan],
        chat: Any,
        *,
        max_new_tokens: int = 160,
        batch_size: int = 8,
    ) -> list[GroundedAnswer]:
        """:meth:`answer_plan` for many questions; the generated ones in batches of at most
        ``batch_size``, grouped by prompt length (greedy decoding, so the same answers, several
        times faster on a CPU: every batch decodes ``max_new_tokens`` steps at about the cost
        of one, so fewer, fuller batches of like-sized prompts do less work)."""
        answers: list[GroundedAnswer | None] = [None] * len(plans)
        generating: list[int] = []
        for i, plan in enumerate(plans):
            if plan.escalated:
                answers[i] = self.handoff(plan)
            elif plan.mode == "extractive" or chat is None:
                answers[i] = self.finish(plan, self.extract(plan))
            else:
                generating.append(i)
        completions = generate_batched(
            chat, [plans[i].prompt() for i in generating], max_batch=batch_size,
            max_new_tokens=max_new_tokens,
        )  # fmt: skip
        for i, completion in zip(generating, completions, strict=True):
            answers[i] = self.finish(plans[i], completion.text)
        return [answer for answer in answers if answer is not None]


def answer_question(
    kb: KnowledgeBase, question: str, chat: Any, *, k: int = 3,
    min_score: float = DEFAULT_MIN_SCORE, bm25_min_score: float = DEFAULT_BM25_MIN_SCORE,
    max_new_tokens: int = 160, answer_modes: Mapping[Any, str] | None = None,
) -> Answer:  # fmt: skip
    """Answer as the gateway serves (:class:`Grounder`), with the retrieval scores: escalate
    when nothing relevant is found (:meth:`~steward.assistant.knowledge.Retrieved.escalates`),
    else answer from the top-k passages (the model ``chat`` or extractively, per
    ``answer_modes``), unsupported claims removed, with citations."""
    return answer_questions(
        kb, [question], chat, k=k, min_score=min_score, bm25_min_score=bm25_min_score,
        max_new_tokens=max_new_tokens, answer_modes=answer_modes,
    )[0]  # fmt: skip


def answer_questions(
    kb: KnowledgeBase, questions: Sequence[str], chat: Any, *, k: int = 3,
    min_score: float = DEFAULT_MIN_SCORE, bm25_min_score: float = DEFAULT_BM25_MIN_SCORE,
    max_new_tokens: int = 160, answer_modes: Mapping[Any, str] | None = None,
    batch_size: int = 16,
) -> list[Answer]:  # fmt: skip
    """:func:`answer_question` for many questions: the questions embedded in one batch, the
    model's answers generated in batches (:meth:`Grounder.answer_plans`)."""
    modes = {**DEFAULT_ANSWER_MODES, **(answer_modes or {})}
    settings = GroundingSettings(k=k, min_score=min_score, bm25_min_score=bm25_min_score,
                                 answer_modes=modes)  # type: ignore[arg-type]  # fmt: skip
    grounder = Grounder(kb, settings)
    vectors: Any = kb.embedder(list(questions)) if questions else []
    plans = [
        grounder.plan(question, vector=vector)
        for question, vector in zip(questions, vectors, strict=True)
    ]
    done_all = grounder.answer_plans(
        plans, chat, max_new_tokens=max_new_tokens, batch_size=batch_size
    )
    answers = []
    for plan, done in zip(plans, done_all, strict=True):
        found = plan.retrieved
        # a ranker left out has no best score: 0.0 in the answer, which goes to JSON
        top, top_bm25 = (
            round(x, 4) if math.isfinite(x) else 0.0 for x in (found.best_cosine, found.best_bm25)
        )
        by_n = dict(enumerate(plan.hits, 1))
        citations = [
            {**c, "score": round(by_n[c["n"]].cosine, 4), "bm25": round(by_n[c["n"]].bm25, 4),
             "fused": round(by_n[c["n"]].score, 6)}
            for c in done.citations
        ]  # fmt: skip
        answers.append(
            Answer(
                done.text,
                done.escalated,
                top,
                citations,
                top_bm25,
                found.language,
                mode=done.mode,
                body=done.body,
                passages=plan.passages,
                unsupported_removed=0 if done.verdict is None else len(done.verdict.spans),
            )
        )
    return answers


# What a small model echoes of its prompt: the question line, a passage's "[n] title" header,
# a sources line of its own.
_ECHO = re.compile(
    r"^\s*(?:question\s*[:：]|问题\s*[:：]|sources\s*[:：]|来源\s*[:：]|\[\d{1,2}\]\s*\S+ — )", re.I
)


def noise(sentence: str, seen: set[str]) -> bool:
    """Is a sentence of a generated answer noise: an echo of the prompt (:data:`_ECHO`) or a
    repeat of an earlier sentence (``seen``, updated)? Small models loop and echo; neither
    says anything, so neither is served."""
    if _ECHO.match(sentence):
        return True
    key = " ".join(_CITATIONS.sub("", _LIST_MARKER.sub("", sentence)).lower().split())
    if not key:
        return False
    if key in seen:
        return True
    seen.add(key)
    return False


def tidy(text: str) -> str:
    """A generated answer without its noise sentences (:func:`noise`)."""
    seen: set[str] = set()
    pieces, cursor = [], 0
    for start, end in sentences_of(text):
        if noise(text[start:end], seen):
            # cut the sentence, keep what separates it from its neighbours (a line break)
            pieces.append(text[cursor:start])
            cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces).strip()


def split_answer(body: str, removed: str = "") -> list[str]:
    """The answer's sentences without citation marks, list numbers and removal notes (what
    it still says)."""
    out = []
    for start, end in sentences_of(body):
        sentence = _CITATIONS.sub("", body[start:end])
        if removed:
            sentence = sentence.replace(removed, "")
        sentence = _LIST_MARKER.sub("", sentence).strip()
        if re.search(r"\w", sentence):
            out.append(sentence)
    return out
