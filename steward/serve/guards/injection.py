"""Prompt injection and jailbreak attempts, in English and Chinese.

Two detectors, the higher score wins (each of a rule's hits scores ``RULE_SCORE``):

- **rules**: the phrasings attacks keep reusing ("ignore all previous instructions", "you are
  now DAN", "reveal your system prompt", "忽略之前的所有指令", "进入开发者模式"), each a regex
  with a reason. They need no training data, so they also cover Chinese, which the shared
  training set lacks; with them, the family signals of :mod:`.attack_signals`
  (adversarial-suffix gibberish, refusal suppression, persuasive role-play);
- **model** (:class:`InjectionClassifier`): TF-IDF character 2–5-grams + word 1–2-grams and a
  logistic regression, trained by ``steward guard train`` on a labelled prompt set (the shared
  ``prompt_injection`` train split) plus the deployment's own benign messages as negatives.
  The benign in-domain messages matter: trained on the public set alone the model flagged
  74% of ordinary bank messages (``benchmarks/serve_guards.py`` records both). A mostly
  Chinese text is scored by the model's Chinese half instead
  (:class:`~steward.serve.guards.zh_classifier.ChineseInjectionClassifier`: character
  1–3-grams of normalised text, trained in the same ``fit`` on the set's Chinese texts plus
  the generated Chinese families of :mod:`.attack_data_zh`).

Rules whose wording customers also use ("please don't refuse my refund", "start your reply
with yes or no", "developer mode", "disregard my previous instructions to post the
statement") count only with attack context (:func:`rule_hits_split`,
``CONTEXT_FLOOR``); the model also carries a character-surprisal signal for gibberish
suffixes (:class:`~steward.serve.guards.attack_signals.CharSurprisal`).
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from steward.errors import StewardError
from steward.serve.guards.attack_signals import (
    SURPRISAL_REASON,
    CharSurprisal,
    asks_for_harm,
    expand_base64,
    family_rule_hits_split,
    has_attack_context,
    injection_question,
    quoted_question,
)
from steward.serve.guards.base import Guard, GuardVerdict
from steward.serve.guards.literal_gate import LiteralGate
from steward.serve.guards.text_scorer import TextScorer
from steward.serve.guards.zh_classifier import ChineseInjectionClassifier
from steward.serve.guards.zh_text import is_chinese, is_mixed_script

_RULES: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}?\b(?:previous|prior|"
        r"above|earlier|preceding|initial|original|all|your|the|any)\b[^.\n]{0,20}?\b(?:instructions?|"
        r"prompts?|rules|directions|guidelines|commands|context|programming|restrictions)\b",
        "asks to ignore earlier instructions",
    ),
    (
        r"\b(?:reveal|show|print|repeat|output|leak|tell me|display)\b[^.\n]{0,30}?\b(?:system|"
        r"hidden|initial|secret|original)\s+(?:prompt|instructions?|message|rules)\b",
        "asks for the system prompt",
    ),
    (
        r"\b(?:DAN|do anything now|jailbreak(?:ed|ing)?|god mode)\b",
        "jailbreak persona",
    ),
    (
        r"\b(?:enter|enable|activate|switch (?:on|to|into)|turn on|unlock|act in|simulate)\s+"
        r"(?:the\s+|a\s+)?developer mode\b|\bdeveloper mode\s+(?:is\s+)?(?:enabled|activated|on)\b",
        "jailbreak persona",
    ),
    (r"\bdeveloper mode\b", "jailbreak persona: developer mode"),
    (
        r"\b(?:you are|you're|act as|pretend (?:to be|you are)|roleplay as)\b[^.\n]{0,40}?\b(?:no|"
        r"without|free of|free from|not bound by)\b[^.\n]{0,20}?\b(?:restrictions|limits|rules|"
        r"filters|guidelines|censorship|ethics)\b",
        "asks to act without restrictions",
    ),
    (
        r"(?:忽略|无视|忘记|忘掉|跳过|不要理会|绕过)[^。\n]{0,10}?(?:之前|以上|前面|上述|先前|原来|原有|所有|全部|系统)"
        r"[^。\n]{0,8}?(?:指令|指示|规则|要求|设定|提示|限制|约束)",
        "要求忽略之前的指令 (asks to ignore earlier instructions)",
    ),
    (
        r"(?:输出|显示|告诉我|打印|泄露|重复|给我看)[^。\n]{0,10}?(?:系统提示|系统指令|提示词|初始指令|隐藏指令)",
        "索要系统提示词 (asks for the system prompt)",
    ),
    (
        r"(?:系统提示|系统指令|提示词|初始指令|隐藏指令)[^。\n]{0,12}?(?:输出|显示|告诉|打印|泄露|重复|发)给?我",
        "索要系统提示词 (asks for the system prompt)",
    ),
    (r"(?:越狱|DAN模式|上帝模式)", "越狱角色 (jailbreak persona)"),
    (
        r"(?:进入|开启|启用|切换到|打开|激活|模拟)开发者模式|开发者模式(?:已经?|已)?(?:开启|启用|激活)",
        "越狱角色 (jailbreak persona)",
    ),
    (r"开发者模式", "越狱角色：开发者模式 (jailbreak persona: developer mode)"),
    (
        r"(?:你现在是|扮演|假装你是|假设你是)[^。\n]{0,20}?(?:没有|不受|不需要遵守|无视)[^。\n]{0,10}?"
        r"(?:限制|约束|规则|审查|道德)",
        "要求不受限制地扮演角色 (asks to act without restrictions)",
    ),
)
_COMPILED = tuple((re.compile(pattern, re.IGNORECASE), reason) for pattern, reason in _RULES)
_GATE = LiteralGate(pattern for pattern, _ in _COMPILED)
RULE_SCORE = 0.9
# the first bytes of a model file written by InjectionClassifier.save (a pickle follows)
MODEL_MAGIC = b"steward.injection pickle/5\n"

# Cyrillic letters that look Latin ("Hеllо"), folded so a disguise neither hides a cue nor
# becomes one: the generated training data puts them in attacks and benign texts alike
_CONFUSABLES = str.maketrans("аеорсіхуАЕОРСІХКМТНВ", "aeopcixyAEOPCIXKMTHB")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def unmask_text(text: str) -> str:
    """NFKC (full-width forms to ASCII) and look-alike Cyrillic to Latin, case kept: what the
    rules read, so a disguised phrase still matches (the suffix signal needs the case)."""
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_CONFUSABLES) if _CYRILLIC.search(text) else text


def fold_text(text: str) -> str:
    """The main classifier's preprocessor: NFKC (full-width forms to ASCII), look-alike
    Cyrillic to Latin, lower case."""
    return unicodedata.normalize("NFKC", text).translate(_CONFUSABLES).lower()


# developers ask whether an API has a "developer mode" or "开发者模式"; it is a jailbreak only
# with attack context (attack_signals.has_attack_context)
_CONTEXT_RULES = frozenset(
    {
        "jailbreak persona: developer mode",
        "越狱角色：开发者模式 (jailbreak persona: developer mode)",
    }
)


_IGNORE_REASONS = frozenset(
    {
        "asks to ignore earlier instructions",
        "要求忽略之前的指令 (asks to ignore earlier instructions)",
    }
)
# the customer's own earlier message or instruction ("my previous instructions", "我之前的要求"),
# not the assistant's; "all my previous" / "所有" stays an attack
_OWN_EARLIER_MESSAGE = re.compile(
    r"\b(?:ignore|disregard|forget|override|cancel|scratch)\s+my\s+(?:previous|prior|earlier|"
    r"last)\s+(?:instructions?|message|request|e-?mail|directions)\b"
    # "forget the earlier instructions I gave about the ISA", "ignore the instructions I sent"
    r"|\b(?:ignore|disregard|forget|override|cancel|scratch)\s+(?:the|those|that|these)\s+"
    r"(?:\w+\s+){0,2}(?:instructions?|message|request|directions)\s+(?:that\s+)?(?:i|we)\s+"
    r"(?:gave|sent|left|made|wrote|put|set up|emailed|e-mailed|had)\b"
    # "forget the previous instruction about the standing order, I meant ...": the customer's
    # own banking order, named
    r"|\b(?:ignore|disregard|forget|scratch)\s+(?:the|my|that)\s+(?:previous|prior|earlier|last)"
    r"\s+(?:instructions?|message|request)\s+(?:about|regarding|re|on|for)\s+(?:the|my|our)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:transfers?|payments?|standing orders?|direct debits?|accounts?|"
    r"cards?|isas?|loans?|mortgages?|savings|address|overdraft|statements?|appointments?|"
    r"limits?|payees?|cheques?|pensions?|deposits?)\b"
    r"|(?:忽略|无视|忘记|忘掉|不要理会)我(?:之前|先前|前面|上一条|刚才)(?:的|发的|说的)"
    r"(?:指令|指示|要求|消息|留言)",
    re.IGNORECASE,
)


# a customer asking what the assistant does when *someone else* tells it to drop its rules
# ("what do you do if someone asks you to ignore your rules?", "如果有人让你忽略之前的规定，你会
# 照做吗？"): reported speech in a question, not an order; the classifier alone decides
_REPORTED_ASK = re.compile(
    r"\b(?:if|when|whenever|in case|what if|suppose)\s+(?:someone|somebody|a (?:user|customer|"
    r"person|caller|scammer|fraudster|hacker|stranger)|people|users|customers|anyone|they|"
    r"others)\s+(?:asks?|tells?|tries to (?:get|make|convince|persuade)|wants?|orders?|"
    r"instructs?|types?|says? to)\s+(?:you|it|the (?:bot|assistant|ai|chatbot|model))\b"
    r"(?=[^?]*\?)"
    r"|(?:如果|要是|万一|假如|当)有?(?:人|用户|客户|别人|骗子|对方|坏人)(?:让|叫|要求|要|想让|试图让|诱导)"
    r"(?:你|它|机器人|助手|AI|客服)(?=[^？?]*(?:[？?]|吗|怎么办|会怎样))",
    re.IGNORECASE,
)


# the short phrases a developer quotes when asking about injection
# (attack_signals.injection_question)
_QUOTABLE_REASONS = _IGNORE_REASONS | {
    "asks for the system prompt",
    "索要系统提示词 (asks for the system prompt)",
    "jailbreak persona",  # "pretend you have no restrictions"
    "越狱角色 (jailbreak persona)",
}


# "jailbreak" as the topic of a developer's question, not a persona to adopt
_JAILBREAK_TOPIC = re.compile(
    r"\bjailbreak(?:ing)?\s+(?:attempts?|attacks?|prompts?|protection|detection|tests?|risks?)\b"
    r"|\b(?:against|prevent\w*|stop\w*|detect\w*|resist\w*|block\w*)\s+jailbreaks?\b",
    re.IGNORECASE,
)


_IGNORE_PATTERNS = tuple(pattern for pattern, reason in _COMPILED if reason in _IGNORE_REASONS)


def _reported_ignore(text: str) -> bool:
    """Whether every "ignore your rules" phrase in the text is the object of a reported ask
    in a question (:data:`_REPORTED_ASK`) and the text asks for nothing harmful."""
    asks = [match.end() for match in _REPORTED_ASK.finditer(text)]
    if not asks:
        return False
    phrases = [match.start() for p in _IGNORE_PATTERNS for match in p.finditer(text)]
    return all(any(0 <= start - end <= 12 for end in asks) for start in phrases) and not (
        asks_for_harm(text)
    )


def rule_hits(text: str) -> list[str]:
    """The reasons of every rule the text matches (a developer-mode mention only with attack
    context)."""
    return rule_hits_split(text)[0]


def rule_hits_split(text: str) -> tuple[list[str], list[str]]:
    """``(reasons, without_context)``, as :func:`~.attack_signals.family_rule_hits_split`."""
    # the gate skips the searches whose literals the text lacks (same hits, literal_gate.py)
    possible = _GATE.may_match(text)
    reasons = [
        reason
        for (pattern, reason), may in zip(_COMPILED, possible, strict=True)
        if may and pattern.search(text)
    ]
    pending: list[str] = []
    needs_context = set(_CONTEXT_RULES)
    if _IGNORE_REASONS.intersection(reasons) and _OWN_EARLIER_MESSAGE.search(text):
        # "please disregard my previous instructions to post the statement": a customer
        # taking back their own message, an attack only with attack context
        needs_context |= _IGNORE_REASONS
    if any(reason in needs_context for reason in reasons) and not has_attack_context(text):
        pending = [reason for reason in reasons if reason in needs_context]
        reasons = [reason for reason in reasons if reason not in needs_context]
    if _IGNORE_REASONS.intersection(reasons) and _reported_ignore(text):
        # reported speech, not an order: the classifier alone decides (as a pending reason
        # at CONTEXT_FLOOR it blocked a sixth of the held-back questions of this kind)
        reasons = [reason for reason in reasons if reason not in _IGNORE_REASONS]
    if reasons and _QUOTABLE_REASONS.intersection(reasons):
        outside = injection_question(text)
        if outside is not None and not asks_for_harm(outside):
            # a developer asking how the assistant resists "ignore previous instructions":
            # the phrase is a quoted example, an attack only with the classifier's doubt
            kept = set(rule_hits_split(_JAILBREAK_TOPIC.sub("…", outside))[0])
            quoted = [r for r in reasons if r in _QUOTABLE_REASONS and r not in kept]
            pending += quoted
            reasons = [reason for reason in reasons if reason not in quoted]
    return reasons, pending


# a context-needing rule without attack context in the text still counts when the classifier
# gives the text at least this P(injection): customers' own "don't refuse my refund" scores far
# below it, a refusal-suppressed request for something outside the context lexicon above it
CONTEXT_FLOOR = 0.3
# benign training texts needed before the character-surprisal signal is fitted
MIN_SURPRISAL_TEXTS = 500
CONTEXT_REASON = "attack-like wording around a request for something harmful"
ENCODED_REASON = "encoded content: a base64 blob hides a request for something harmful"


@dataclass
class InjectionClassifier:
    """TF-IDF (char 2–5-grams + word 1–2-grams) + logistic regression; ``predict_proba``
    gives P(injection)."""

    C: float = 10.0
    max_features: int = 300_000
    pipeline: Any = None
    # Below this many texts, score with the per-text scorer (same numbers, ~10x faster for one
    # prompt: sklearn's sparse-matrix machinery costs ~3 ms a call, the scorer ~0.35 ms).
    small_batch: int = 32
    # also train the Chinese character n-gram model (zh_classifier.py) on the training set's
    # Chinese texts plus the generated Chinese families (attack_data_zh.py)
    chinese: bool = True
    chinese_model: ChineseInjectionClassifier | None = None
    # character-trigram surprisal of the benign training texts (attack_signals.CharSurprisal):
    # the perplexity-like adversarial-suffix signal; None for models saved before it existed
    surprisal: CharSurprisal | None = None
    _scorer: Any = None

    def fit(self, texts: Sequence[str], labels: Sequence[int]) -> InjectionClassifier:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        if len(set(labels)) != 2:
            raise StewardError("training needs both injection (1) and benign (0) examples")
        features = make_union(
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=(2, 5),
                preprocessor=fold_text,
                min_df=2,
                sublinear_tf=True,
                max_features=self.max_features,
            ),
            TfidfVectorizer(
                analyzer="word",
                ngram_range=(1, 2),
                preprocessor=fold_text,
                sublinear_tf=True,
                token_pattern=r"(?u)\b\w+\b",
            ),
        )
        self.pipeline = make_pipeline(
            features, LogisticRegression(C=self.C, max_iter=2000, class_weight="balanced")
        )
        self.pipeline.fit(list(texts), list(labels))
        self._scorer = TextScorer(self.pipeline)
        benign = [text for text, label in zip(texts, labels, strict=True) if label == 0]
        # a character model of "ordinary text" needs a lot of it: fitted on a few dozen
        # messages it would find any new wording improbable
        self.surprisal = CharSurprisal.fit(benign) if len(benign) >= MIN_SURPRISAL_TEXTS else None
        if self.chinese:
            from steward.serve.guards.attack_data_zh import chinese_training_texts

            generated, generated_labels = chinese_training_texts()
            # round 11: staff security-drill notices, the Chinese model's negatives only (in
            # the main model's data too they cost English look-alikes, guard_lookalikes_dev)
            from steward.serve.guards.attack_drills import drill_texts

            drills, drill_labels = drill_texts()
            generated, generated_labels = generated + drills, generated_labels + drill_labels
            chinese = [(t, y) for t, y in zip(texts, labels, strict=True) if is_chinese(t)]
            self.chinese_model = ChineseInjectionClassifier().fit(
                [t for t, _ in chinese] + generated, [y for _, y in chinese] + generated_labels
            )
        return self

    def chinese_proba(self, texts: Sequence[str]) -> list[float | None]:
        """The Chinese model's P(injection) of each text with Chinese in it (``None`` for the
        others, and for every text when there is no Chinese model)."""
        if self.chinese_model is None:
            return [None] * len(texts)
        return [self.chinese_model.proba(text) for text in texts]

    def predict_proba(self, texts: Sequence[str]) -> list[float]:
        if self.pipeline is None:
            raise StewardError("the injection classifier is not trained")
        if len(texts) < self.small_batch:
            if self._scorer is None:
                self._scorer = TextScorer(self.pipeline)
            return [self._scorer(text) for text in texts]
        return [float(p) for p in self.pipeline.predict_proba(list(texts))[:, 1]]

    def predict_proba_where(
        self, texts: Sequence[str], wanted: Sequence[bool]
    ) -> list[float | None]:
        """:meth:`predict_proba` of the texts where ``wanted`` holds (``None`` elsewhere): a
        small batch is scored text by text, so the others cost nothing; a large one as a
        whole, as before (the same numbers either way)."""
        if len(texts) >= self.small_batch:
            return list(self.predict_proba(texts))
        scored = iter(self.predict_proba([t for t, w in zip(texts, wanted, strict=True) if w]))
        return [next(scored) if w else None for w in wanted]

    def save(self, path: Path) -> Path:
        """Write the model as :data:`MODEL_MAGIC` then one pickle (protocol 5, the C pickler):
        joblib's pure-Python pickler took ~4 CPU-s to write it and ~4 to read it back (the
        vectorizers' vocabularies are ~360,000 dict entries), this ~0.8 and ~0.2 — paid by
        every gateway worker and every ``steward guard check`` that loads it."""
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {
            "format": "steward.injection/1",
            "C": self.C,
            "pipeline": self.pipeline,
            "chinese": self.chinese_model.pipeline if self.chinese_model else None,
            "surprisal": (
                {
                    "trigrams": self.surprisal.trigrams,
                    "bigrams": self.surprisal.bigrams,
                    "threshold": self.surprisal.threshold,
                }
                if self.surprisal
                else None
            ),
        }
        with path.open("wb") as handle:
            handle.write(MODEL_MAGIC)
            pickle.dump(state, handle, protocol=5)
        return path

    @classmethod
    def load(cls, path: Path) -> InjectionClassifier:
        """Load a model written by :meth:`save`. joblib files are pickles: only load ones from
        this project's store, whose sha256 the caller has checked."""
        if not path.is_file():
            raise StewardError("prompt-injection model not found", where=str(path))
        with path.open("rb") as handle:
            if handle.read(len(MODEL_MAGIC)) == MODEL_MAGIC:
                data = pickle.load(handle)
            else:  # a model saved before MODEL_MAGIC: a joblib file
                import joblib

                data = joblib.load(path)
        if not isinstance(data, dict) or data.get("format") != "steward.injection/1":
            raise StewardError("not a Steward prompt-injection model", where=str(path))
        # models saved before the Chinese model existed have no "chinese" entry
        chinese = data.get("chinese")
        surprisal = data.get("surprisal")  # absent in models saved before it existed
        return cls(
            C=data["C"],
            pipeline=data["pipeline"],
            chinese=chinese is not None,
            chinese_model=ChineseInjectionClassifier(pipeline=chinese) if chinese else None,
            surprisal=CharSurprisal(
                surprisal["trigrams"], surprisal["bigrams"], surprisal["threshold"]
            )
            if surprisal
            else None,
        )


class PromptInjectionGuard(Guard):
    name = "prompt_injection"
    directions = frozenset({"input"})

    def __init__(
        self,
        model: InjectionClassifier | None = None,
        threshold: float = 0.5,
        rules: bool = True,
        families: bool = True,
        chinese: bool = True,
    ) -> None:
        if model is None and not rules:
            raise ValueError("the prompt_injection guard needs a model, its rules, or both")
        if not 0 < threshold <= 1:
            raise ValueError("threshold must lie in (0, 1]")
        self.model = model
        self.threshold = threshold
        self.rules = rules
        # refusal-suppression, role-play and adversarial-suffix signals (attack_signals.py);
        # they run with the rules and only when the rules do
        self.families = families
        # score mostly-Chinese prompts with the model's Chinese half, when it has one
        self.chinese = chinese

    def check_batch(self, texts: Sequence[str]) -> list[GuardVerdict]:
        chinese = self.model.chinese_proba(texts) if self.model and texts and self.chinese else None
        # the main model reads a text the Chinese model does not decide alone (below): a mostly
        # Chinese text without a long Latin part is not scored by it at all
        main_reads = [
            chinese is None or chinese[i] is None or is_mixed_script(text)
            for i, text in enumerate(texts)
        ]
        probabilities = (
            self.model.predict_proba_where(texts, main_reads) if self.model and texts else None
        )
        verdicts: list[GuardVerdict] = []
        for i, text in enumerate(texts):
            unmasked = unmask_text(text) if self.rules else text
            # the signals read a base64 blob as what it decodes to (a developer's log line is
            # not suffix noise; an encoded attack is read as the attack): attack_signals
            decoded, hidden = expand_base64(unmasked) if self.rules else (None, [])
            scanned = unmasked if decoded is None else decoded
            reasons, pending = rule_hits_split(scanned) if self.rules else ([], [])
            if self.rules and self.families:
                family, family_pending = family_rule_hits_split(scanned)
                reasons, pending = reasons + family, pending + family_pending
                surprisal = self.model.surprisal if self.model else None
                # a decoded log value is JSON or key=value: surprising to a model of
                # messages, yet no suffix; scored as one word
                surprising = text if decoded is None else expand_base64(text, "data")[0] or text
                if surprisal is not None and surprisal.score(surprising) >= surprisal.threshold:
                    reasons.append(SURPRISAL_REASON)
            for message in hidden:
                reasons += rule_hits_split(message)[0]
                if asks_for_harm(message):
                    reasons.append(ENCODED_REASON)
            model_score = 0.0
            model_reasons: list[str] = []
            p_chinese = chinese[i] if chinese is not None else None
            if p_chinese is not None:
                # a mostly Chinese text is the Chinese model's: it saw every Chinese text the
                # main model saw and many more, and the main model's word n-grams see a
                # whole clause as one word (unless a long Latin part is mixed in)
                if p_chinese >= self.threshold:
                    model_reasons.append(f"Chinese classifier: P(injection) = {p_chinese:.2f}")
                model_score = max(model_score, p_chinese)
            p = probabilities[i] if probabilities is not None and main_reads[i] else None
            if p is not None:
                if p >= self.threshold:
                    model_reasons.append(f"classifier: P(injection) = {p:.2f}")
                model_score = max(model_score, p)
            if model_score >= CONTEXT_FLOOR and not reasons and self.model is not None:
                # a question about a quoted message is scored without the quote (only texts
                # the model flags pay for it): see attack_signals.quoted_question
                masked = quoted_question(fold_text(text))
                if masked is not None:
                    model_score, model_reasons = self._score_without_quotes(masked)
            if pending and model_score >= CONTEXT_FLOOR:
                reasons += pending
            elif (
                not reasons
                and CONTEXT_FLOOR <= model_score < self.threshold
                and asks_for_harm(text)
            ):
                # an attack-like text (the classifier, short of its threshold) that asks for
                # something harmful: a wrapper the classifier has not seen around a request
                # it should not answer ("are you an AI?" is not enough)
                reasons.append(CONTEXT_REASON)
            score = max(RULE_SCORE if reasons else 0.0, model_score)
            if score >= self.threshold:
                verdicts.append(self.block(score, *reasons, *model_reasons))
            else:
                verdicts.append(self.allow(score))
        return verdicts

    def _score_without_quotes(self, masked: str) -> tuple[float, list[str]]:
        """The model's score and reasons for ``masked`` (a text with its quotes replaced), by the
        same choice of model as :meth:`check_batch`."""
        assert self.model is not None
        p_chinese = self.model.chinese_proba([masked])[0] if self.chinese else None
        use_main = p_chinese is None or is_mixed_script(masked)
        p = self.model.predict_proba([masked])[0] if use_main else 0.0
        score = max(p_chinese or 0.0, p)
        note = "classifier (quote set aside)"
        return score, [f"{note}: P(injection) = {score:.2f}"] if score >= self.threshold else []


# -- structural negatives ----------------------------------------------------------------------
# Counting and list texts ("one. two. three. ...", "1, 2, 3", "第一，第二") look like nothing in a
# deployment's messages, and their short repeated tokens resemble the public set's attacks
# (numbered jailbreak steps): trained without them the classifier blocked
# "one. two. three. four. five. six. seven. eight." (P = 0.68). These generated ones are added
# to the negatives `steward guard train` fits on.
_EN_SEQUENCES: tuple[tuple[str, ...], ...] = (
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
     "nineteen", "twenty"),
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth"),
    tuple(str(n) for n in range(0, 101)),
    tuple("abcdefghijklmnopqrstuvwxyz"),
    ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"),
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"),
    ("red", "orange", "yellow", "green", "blue", "indigo", "violet"),
)  # fmt: skip
_ZH_SEQUENCES: tuple[tuple[str, ...], ...] = (
    tuple("一二三四五六七八九十"),
    tuple(f"第{c}" for c in "一二三四五六七八九十"),
    tuple(str(n) for n in range(1, 51)),
    tuple("甲乙丙丁戊己庚辛壬癸"),
    tuple(f"星期{c}" for c in "一二三四五六日"),
    tuple(f"{n}月" for n in range(1, 13)),
)
_EN_SEPARATORS = (". ", ", ", " ", "; ", "\n", " - ", " / ", "... ", "! ", "? ")
_ZH_SEPARATORS = ("。", "，", "、", " ", "\n", "；", "！")
_EN_LEADS = ("", "", "", "Count with me: ", "List: ", "Items: ", "Numbers: ", "ok ", "Steps: ")
_ZH_LEADS = ("", "", "", "数一数：", "列表：", "顺序：", "好的，")


def enumeration_texts(count: int = 600, seed: int = 7) -> list[str]:
    """``count`` generated counting and list texts, half English and half Chinese, in several
    shapes: words, ordinals, digits, letters, numerals, days and months; one of several
    separators or numbered items ("1) ", "Step 2: ", "第3步"); counting up or down; a short
    lead-in now and then; plain, capitalised or upper case."""
    import random

    rng = random.Random(seed)
    texts: list[str] = []
    for i in range(count):
        chinese = i % 2 == 1
        sequence = rng.choice(_ZH_SEQUENCES if chinese else _EN_SEQUENCES)
        length = rng.randint(3, min(12, len(sequence)))
        start = rng.randint(0, len(sequence) - length)
        items = list(sequence[start : start + length])
        if rng.random() < 0.2:
            items.reverse()
        if not chinese:
            case = rng.random()
            if case < 0.3:
                items = [item.capitalize() for item in items]
            elif case < 0.4:
                items = [item.upper() for item in items]
        shape = rng.random()
        if shape < 0.65:
            separator = rng.choice(_ZH_SEPARATORS if chinese else _EN_SEPARATORS)
            body = separator.join(items) + (separator.strip() if rng.random() < 0.5 else "")
        else:  # numbered items, one a line or on one line
            if chinese:
                marks = rng.choice(("{n}. ", "{n}、", "第{n}步：", "（{n}）"))
            else:
                marks = rng.choice(("{n}. ", "{n}) ", "({n}) ", "Step {n}: ", "#{n} ", "- "))
            joiner = rng.choice(("\n", " ", "; " if not chinese else "；"))
            body = joiner.join(marks.format(n=k + 1) + item for k, item in enumerate(items))
        texts.append(rng.choice(_ZH_LEADS if chinese else _EN_LEADS) + body.strip())
    return texts
