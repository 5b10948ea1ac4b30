"""A small learned harmful-request classifier that backs up the cue lexicons.

Two sublinear TF-IDF blocks on :func:`~.harm_fold.fold`-ed, lower-cased text -- character
n-grams (``char_wb``, 2-4: Chinese, disguised spellings) and word unigrams and bigrams (who asks
for what: "ask you to create a fake" against "is this a fake") -- and one logistic regression,
trained on :mod:`.harm_data` and :mod:`.harm_compose` (generated harmful requests, both
languages, against the bank's messages, customers' look-alikes, ordinary requests in the same
stances and the CLINC150 and Banking77 training splits), and the later rounds' generators
(:mod:`.harm_styles`, :mod:`.harm_plain`, :mod:`.harm_intent`: intent frames x act clusters;
:mod:`.harm_roles`; :mod:`.harm_errands`: speakers next to a harm asking a banking act).
It catches requests in wording the lexicons lack; the guard combines the two (``harmful.py``):
the lexicons name the category, the classifier flags what they miss when its probability
reaches ``MODEL_THRESHOLD`` and sets aside their fraud, intrusion and weapons hits in a text it
is sure a customer wrote (``LOOKALIKE_PROBABILITY``).

The fitted model ships as ``steward/resources/harm_model.json.gz`` (terms, idf, weights),
written by ``python -m steward.serve.guards.harm_model`` and scored without sklearn by
:class:`~.text_scorer.TextScorer`'s parts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, chain, pairwise, repeat
from pathlib import Path
from typing import Any

import numpy as np

from steward.errors import StewardError
from steward.serve.guards.harm_compose import (
    bank_benign_requests,
    bank_fraud_harmful,
    bank_fraud_lookalikes,
    composed_benign_requests,
    composed_harmful,
    composed_lookalikes,
    v13_harmful_twins,
    v13_lookalikes,
    wrapped_requests,
)
from steward.serve.guards.harm_data import (
    ACTS_EN,
    ACTS_ZH,
    harmful_requests,
    intent_corpora,
    lookalikes,
)
from steward.serve.guards.harm_errands import (
    errand_lookalikes,
    errand_twins,
    polite_banking_asks,
    speaker_messages,
)
from steward.serve.guards.harm_fold import fold
from steward.serve.guards.harm_intent import (
    customer_hard_negatives,
    intent_benign,
    intent_harmful,
)
from steward.serve.guards.harm_plain import plain_benign, plain_harmful, victim_reports
from steward.serve.guards.harm_roles import role_lookalikes, role_twins
from steward.serve.guards.harm_styles import (
    business_lookalikes,
    business_twins,
    customer_checks,
    styled_benign,
    styled_harmful,
)
from steward.serve.guards.text_scorer import TextScorer, _Block, add_block_logits

MODEL_PATH = Path(__file__).resolve().parents[2] / "resources" / "harm_model.json.gz"
NGRAM_RANGE = (2, 4)
# chosen on the dev sets (v7, v8, the bank's dev messages): their customers flagged <= 1.2%
MODEL_THRESHOLD = 0.6
# Cue hits in these categories are set aside when the classifier is this sure the text is a
# customer's look-alike (chosen on the dev sets: v7/v8 and the HarmBench dev half)
LOOKALIKE_SENSITIVE = frozenset({"fraud", "cybercrime", "weapons"})
LOOKALIKE_PROBABILITY = 0.1
REGULARIZATION_C = 4.0
TRAIN_SEED = 18
BANK_SEED = 11  # the bank's messages for training; evaluations use other seeds
# round 6's texts per language (harm_compose.v13_lookalikes and the wrapped requests)
ROUND6_LOOKALIKES = 700
ROUND6_TWINS = 300
ROUND6_WRAPPED = 800
ROUND6_FORMATS = 300
# round 7's texts per language (harm_styles.py)
ROUND7_STYLED = {"en": 400, "zh": 1500}
ROUND7_STYLED_BENIGN = 1500
ROUND7_BUSINESS = 600
ROUND7_CHECKS = 600
ROUND7_TWINS = {"en": 100, "zh": 250}
# round 8's texts per language (harm_plain.py): plain requests in a customer's company, the
# same frames around ordinary acts, and victims reporting a harm in its own words
ROUND8_HARMFUL = 5000
ROUND8_BENIGN = 5000
ROUND8_REPORTS = 1200
# round 9's texts per language (harm_intent.py): intent frames x act clusters, the same frames
# around ordinary acts, customers who name a harm without asking for it
ROUND9_HARMFUL = 3000
ROUND9_BENIGN = 3000
ROUND9_CUSTOMERS = 1000
# round 10's texts per language (harm_roles.py, training side of its lists): merchants, staff
# and victims in risky trades asking for a banking act, and harmful requests in their words
ROUND10_LOOKALIKES = 2000
ROUND10_TWINS = 800
# round 11's texts per language (harm_errands.py): speakers next to a harm asking a banking
# act, and the same speakers asking for the harm
ROUND11_LOOKALIKES = 1500
ROUND11_TWINS = 600
ROUND11_SPEAKERS = 1500
ROUND11_POLITE = 4000
ROUND11_HELD_OUT = 600  # look-alikes from the dev-test side, a third as many twins
# round 4's bank-fraud requests and their look-alikes, per language (harm_compose.py)
BANK_FRAUD_EN, BANK_FRAUD_ZH = 1500, 1800
BANK_FRAUD_LOOKALIKES_EN, BANK_FRAUD_LOOKALIKES_ZH = 1000, 1500
# ... and ordinary banking requests in the same stances (Chinese only: English ones cost
# recall on the dev sets for no fewer false alarms)
BANK_BENIGN_EN, BANK_BENIGN_ZH = 0, 800

# The category of a request the classifier flagged and the lexicons did not name.
CATEGORY_HINTS: tuple[tuple[str, str], ...] = (
    ("sexual_minors", r"\b(?:child\w*|kids?|minors?|teen\w*|\w+[- ]year[- ]olds?)\b|"
     r"孩子|儿童|未成年|小孩|岁"),
    ("self_harm", r"\b(?:myself|my life|die|suicid\w*)\b|自己|自杀|活着|去死"),
    ("weapons", r"\b(?:guns?|rifles?|bombs?|explos\w*|weapons?|grenades?|poison gas|firearms?)\b|"
     r"枪|炸|爆|武器|毒气"),
    ("drugs", r"\b(?:drugs?|pills?|weed|cocaine|opioids?|meth|mushrooms?|heroin)\b|"
     r"毒品|大麻|冰毒|药"),
    ("cybercrime", r"\b(?:hack\w*|passwords?|phones?|laptops?|wi-?fi|webcams?|websites?|"
     r"databases?|spyware|virus\w*|logins?)\b|账号|密码|手机|电脑|网站|黑进|病毒|监控"),
    ("fraud", r"\b(?:banks?|cards?|money|loans?|insurance|scams?|fake|invoices?|payslips?|"
     r"savings)\b|钱|卡|贷|骗|假|转账|存款"),
    ("sexual_violence", r"\b(?:sex\w*|rape|nudes?)\b|偷拍|下药|发生关系|私密照"),
    ("violence", r"\b(?:hurt|kill\w*|body|fire|shoot\w*|beat|revenge|sick)\b|打|杀|伤|报复|尸体"),
    ("hate_harassment", r"\b(?:race|religio\w*|immigra\w*|disabled|women|harass\w*|abus\w*)\b|"
     r"嘲笑|孤立|辱骂|骚扰|民族"),
    ("disinformation", r"\b(?:news|rumou?rs?|posts?|reviews?|vaccin\w*)\b|谣言|新闻|帖子|差评"),
)  # fmt: skip
_HINTS = tuple(
    (category, re.compile(pattern, re.IGNORECASE)) for category, pattern in CATEGORY_HINTS
)


def hinted_category(text: str) -> str:
    """The first category whose hint words ``text`` has; ``crime`` when none."""
    folded = fold(text)
    for category, pattern in _HINTS:
        if pattern.search(folded):
            return category
    return "crime"


def preprocess(text: str) -> str:
    return fold(text).lower()


_WORD = re.compile(r"[a-z0-9']+")


def word_grams(text: str) -> list[str]:
    """The word unigrams and bigrams of the folded, lower-cased text (Latin-script words;
    Chinese is read by the character block)."""
    return _grams_of_folded(preprocess(text))


def _grams_of_folded(folded: str) -> list[str]:
    words = _WORD.findall(folded)
    return words + [f"{first} {second}" for first, second in pairwise(words)]


def _already_folded(text: str) -> str:
    return text


class FoldOnceScorer(TextScorer):
    """Folds and lower-cases a text once; both blocks then read the folded text (the word
    block's and the character block's own preprocessing would fold it twice). A caller that
    has folded the text already (the guard's cues read it too) passes it to
    :meth:`score_folded`."""

    def __call__(self, text: str) -> float:
        return super().__call__(preprocess(text))

    def score_folded(self, folded: str) -> float:
        """P(harmful request) of a text already :func:`~.harm_fold.fold`-ed."""
        return super().__call__(folded.lower())

    def score_folded_many(self, folded: Sequence[str]) -> list[float]:
        """:meth:`score_folded` of each text, scored together (the same numbers)."""
        return self.score_many([text.lower() for text in folded])

    def score_folded_with_parts(self, folded: str, parts: Sequence[str]) -> list[float]:
        """``score_folded_many([folded, *parts])``, the same numbers bit for bit (a test checks
        it), with what the parts share with the whole text looked up once: a part's word grams
        are nearly all the whole text's, so their ids come from a table of the whole text's
        few hundred grams (not the model's vocabulary of ~37,000 terms) and each part is
        counted as ids, not strings; all texts' ids then go to numpy at once (two calls, not
        two a part)."""
        texts = [folded.lower(), *(part.lower() for part in parts)]
        if not parts or not self._shares_parts():
            return self.score_many(texts)
        logits = [self.intercept] * len(texts)
        characters, words = self.blocks
        # the character block as score_many scores it (one sort counts every text's n-grams),
        # the whole text's unseen long words looked up in numpy: the parts' are nearly all its
        ready: list[dict[Any, str]] = [{} for _ in texts]
        ids, counts, bounds = self._char_counts_many(characters, texts, ready, long_words_of=1)
        add_block_logits(logits, characters, ids, counts, bounds)
        # the word block: each text's in-vocabulary ids and counts in first-seen order, as
        # _term_counts gives them (the whole text's grams counted as strings, as there)
        whole = Counter(_grams_of_folded(texts[0]))
        index_get = words.index.get
        known = dict(zip(whole, map(index_get, whole, repeat(-1)), strict=True))
        per_text: list[dict[int, int]] = [dict(zip(known.values(), whole.values(), strict=True))]
        for text in texts[1:]:
            tokens = _WORD.findall(text)
            bigrams = list(map(" ".join, pairwise(tokens)))
            grams = [*map(known.get, tokens), *map(known.get, bigrams)]
            if None in grams:  # a word two parts' join made: the vocabulary's ids
                grams = [*map(index_get, tokens, repeat(-1)), *map(index_get, bigrams, repeat(-1))]
            per_text.append(Counter(grams))  # type: ignore[arg-type]  # no None is left
        for counted in per_text:
            counted.pop(-1, None)  # out of the vocabulary
        bounds = [0, *accumulate(map(len, per_text))]
        word_ids = np.fromiter(chain.from_iterable(per_text), np.intp, bounds[-1])
        values = chain.from_iterable(counted.values() for counted in per_text)
        word_counts = np.fromiter(values, np.float64, bounds[-1])
        add_block_logits(logits, words, word_ids, word_counts, bounds)
        return [0.0 if logit < -700 else 1.0 / (1.0 + math.exp(-logit)) for logit in logits]

    def _shares_parts(self) -> bool:
        """Whether the blocks are :func:`scorer_from`'s: char_wb on the folded text, then the
        word unigrams and bigrams of :func:`_grams_of_folded` (what
        :meth:`score_folded_with_parts` reads them as)."""
        if len(self.blocks) != 2:
            return False
        characters, words = self.blocks
        return (
            characters.preprocess is _already_folded
            and words.preprocess is None
            and words.shared_preprocess is None
            and words.analyze is _grams_of_folded
        )


# A harmful request buried in a long banking message ("...three paragraphs about fees... One
# more thing: how do I ...", a numbered list with the request as item 3) is a few percent of
# the whole text's n-grams, so the whole-text probability stays low; the guard also scores the
# text's parts: its lines, sentences and clauses after a colon, each alone when long enough
# to read as a request (a two-word sentence scores at random) and each with the next (a
# request split across two list items).
SEGMENT_MIN_TEXT = 120  # characters; shorter texts are scored whole only
SEGMENT_MIN_TEXT_CJK = 60
SEGMENT_MIN_CHARS = 28  # a part scored alone, Latin text
SEGMENT_MIN_CHARS_CJK = 8  # a part scored alone, Chinese text
SEGMENT_THRESHOLD = 0.8  # a part flags the text at this probability
SEGMENT_THRESHOLD_CJK = 0.7  # the Chinese side's probabilities run lower on short parts
_SEGMENT_BREAK = re.compile(r"\n+|(?<=[。！？；：])|(?<=[.!?;:])\s+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# only a part that asks for something is scored: a customer's sentence that merely names a
# risky thing ("I bought a hunting rifle scope, fully licensed", a pasted security notice)
# reads as harmful out of context; "teach" only as an ask ("teach me"), not a speaker's job
# ("I teach teenagers what drugs do to the body", round 13)
_SEGMENT_ASK = re.compile(
    r"\b(?:how (?:to|do i|can i|would (?:i|one|you)|could i|should i)|tell me|explain|describe|"
    r"write|draft|give me|show (?:me|how)|teach (?:me|us)|walk me through|list|spell out|"
    r"document|detail|"
    r"steps?|where (?:to|can i|do i)|which|what(?:'s| is) the (?:best|easiest|quickest|most)|"
    r"help me|i (?:want|need) to)\b"
    r"|如何|怎么|怎样|教我|告诉我|帮我|给我|方法|步骤|教程|说明|详细|写|讲|多少|哪里|哪儿|办法",
    re.IGNORECASE,
)


def segments(folded: str) -> list[str]:
    """The parts of a long text that :data:`SEGMENT_THRESHOLD` applies to (none for a short
    text, or a text of one part): long-enough pieces alone, and every piece with the next."""
    chinese = _CJK.search(folded) is not None
    if len(folded) < (SEGMENT_MIN_TEXT_CJK if chinese else SEGMENT_MIN_TEXT):
        return []
    minimum = SEGMENT_MIN_CHARS_CJK if chinese else SEGMENT_MIN_CHARS
    pieces = [piece.strip() for piece in _SEGMENT_BREAK.split(folded)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return []
    asks = [_SEGMENT_ASK.search(piece) for piece in pieces]
    alone = [
        piece for piece, ask in zip(pieces, asks, strict=True) if ask and len(piece) >= minimum
    ]
    joiner = "" if chinese else " "
    pairs = [
        joiner.join((first, second))
        for (first, first_ask), (second, second_ask) in pairwise(zip(pieces, asks, strict=True))
        if _pair_asks(first, second, joiner, first_ask, second_ask)
    ]
    return alone + pairs


def _ask_width() -> int | None:
    """The most characters a :data:`_SEGMENT_ASK` match spans (None where unknown)."""
    try:
        parsed = re._parser.parse(_SEGMENT_ASK.pattern, _SEGMENT_ASK.flags)
        high = parsed.getwidth()[1]
    except Exception:  # a parser that moved or changed: every pair is searched whole
        return None
    return int(high) if high < 1000 else None


_ASK_WIDTH = _ask_width()


def _pair_asks(
    first: str,
    second: str,
    joiner: str,
    first_ask: re.Match[str] | None,
    second_ask: re.Match[str] | None,
) -> bool:
    """``_SEGMENT_ASK.search(joiner.join((first, second)))``, from the two pieces' own first
    matches. A match inside one piece reads the same characters in the pair except at the
    join: one that does not touch the join is a match of the pair, and so is one that does
    where the join is a space (a non-word character, as the string's end is to ``\\b``).
    Where neither piece asks, a match of the pair must reach the join, so only the characters
    within a match's width of it are searched (a match there confirmed on the whole pair, the
    window's edges being no string edges)."""
    pair = joiner.join((first, second))
    if first_ask is not None or second_ask is not None:
        if joiner == " ":
            return True
        if first_ask is not None and first_ask.end() < len(first):
            return True
        if second_ask is not None and second_ask.start() > 0:
            return True
        return _SEGMENT_ASK.search(pair) is not None
    if _ASK_WIDTH is None:
        return _SEGMENT_ASK.search(pair) is not None
    join = len(first)
    window_start = max(0, join - _ASK_WIDTH - 1)
    window_end = join + len(joiner) + _ASK_WIDTH + 1
    if _SEGMENT_ASK.search(pair, window_start, window_end) is None:
        return False
    return _SEGMENT_ASK.search(pair) is not None


def buried_request(scorer: FoldOnceScorer, folded: str) -> bool:
    """Whether a part of a long ``folded`` text (:func:`segments`) reads as a harmful request
    on its own."""
    parts = segments(folded)
    if not parts:
        return False
    threshold = SEGMENT_THRESHOLD_CJK if _CJK.search(folded) else SEGMENT_THRESHOLD
    return any(p >= threshold for p in scorer.score_folded_many(parts))


def score_with_parts(scorer: FoldOnceScorer, folded: str) -> tuple[float, bool]:
    """``(scorer.score_folded(folded), buried_request(scorer, folded))``, the whole text and
    its parts scored together by :meth:`FoldOnceScorer.score_folded_with_parts` (the same
    numbers as apart: one sort, one pass of numpy, the parts' grams found among the whole
    text's)."""
    parts = segments(folded)
    scores = scorer.score_folded_with_parts(folded, parts)
    if not parts:
        return scores[0], False
    threshold = SEGMENT_THRESHOLD_CJK if _CJK.search(folded) else SEGMENT_THRESHOLD
    return scores[0], any(p >= threshold for p in scores[1:])


def vectorizers() -> tuple[Any, Any]:
    """The (character, word) TF-IDF vectorizers, unfitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    characters = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=NGRAM_RANGE,
        sublinear_tf=True,
        min_df=3,
        preprocessor=preprocess,
        dtype=np.float64,
    )
    words = TfidfVectorizer(analyzer=word_grams, sublinear_tf=True, min_df=3, dtype=np.float64)
    return characters, words


def training_texts(shared_data: Path | None, seed: int = TRAIN_SEED) -> tuple[list[str], list[int]]:
    """(texts, labels): 1 for generated harmful requests, 0 for everything that must pass."""
    from steward.examples.bank import BankDataConfig, generate_bank_lines

    rng = random.Random(seed)
    harmful = [text for lang in ("en", "zh") for _, text in harmful_requests(lang, rng, 3000)]
    # the same harms composed from parts (verb x object x stance, some disguised): the act,
    # not the listed sentence
    harmful += [text for lang in ("en", "zh") for _, text in composed_harmful(lang, rng, 6000)]
    # more Chinese than the default share: the Chinese side has no intent corpus
    lines, _ = generate_bank_lines(
        BankDataConfig(n_messages=8000, seed=BANK_SEED, malformed_rate=0.0, zh_share=0.5)
    )
    bank = [json.loads(line)["text"] for line in lines]
    benign = bank + lookalikes("en", rng, 1500) + lookalikes("zh", rng, 1500)
    benign += composed_lookalikes("en", rng, 4000) + composed_lookalikes("zh", rng, 5000)
    benign += composed_benign_requests("en", rng, 4000) + composed_benign_requests("zh", rng, 4000)
    # round 4: bank-fraud acts in colloquial, Cantonese and mixed wording, and customers on the
    # same topics (a rng of their own: the samples above stay as they were)
    fraud_rng = random.Random(seed + 4)
    harmful += [text for _, text in bank_fraud_harmful("en", fraud_rng, BANK_FRAUD_EN)]
    harmful += [text for _, text in bank_fraud_harmful("zh", fraud_rng, BANK_FRAUD_ZH)]
    benign += bank_fraud_lookalikes("en", fraud_rng, BANK_FRAUD_LOOKALIKES_EN)
    benign += bank_fraud_lookalikes("zh", fraud_rng, BANK_FRAUD_LOOKALIKES_ZH)
    benign += bank_benign_requests("en", fraud_rng, BANK_BENIGN_EN)
    benign += bank_benign_requests("zh", fraud_rng, BANK_BENIGN_ZH)
    # round 6 (the v13 development set's kinds): customers whose words sound like harm (fee
    # complaints calling the bank thieves, a relative's suicide, scam lessons, tattoo studios,
    # the press, lab orders) with harmful twins in their words; harmful and ordinary requests
    # inside banking traffic (a document's note to the assistant, a long message, a split
    # list) and inside format wrappers (own rng again)
    from steward.serve.guards.attack_banking import format_wrap

    round6 = random.Random(seed + 6)
    for lang in ("en", "zh"):
        chinese = lang == "zh"
        benign += v13_lookalikes(lang, round6, ROUND6_LOOKALIKES)
        harmful += v13_harmful_twins(lang, round6, ROUND6_TWINS)
        requests = [text for _, text in harmful_requests(lang, round6, ROUND6_WRAPPED)]
        harmful += wrapped_requests(lang, round6, requests, harmful=True)
        ordinary = composed_benign_requests(lang, round6, ROUND6_WRAPPED)
        benign += wrapped_requests(lang, round6, ordinary, harmful=False)
        acts = [act for items in (ACTS_ZH if chinese else ACTS_EN).values() for act in items]
        harmful += [
            format_wrap(round6.choice(acts), chinese, round6) for _ in range(ROUND6_FORMATS)
        ]
        benign += [format_wrap(None, chinese, round6) for _ in range(ROUND6_FORMATS)]
    # round 7 (harm_styles.py): the same acts in search-engine, chat, several-question and
    # "for safety" styles with pinyin initials and internet spellings; bank business that
    # names a harm (a thriller's royalties, "kill the direct debit") and its harmful twins
    round7 = random.Random(seed + 7)
    for lang in ("en", "zh"):
        harmful += styled_harmful(lang, round7, ROUND7_STYLED[lang])
        benign += styled_benign(lang, round7, ROUND7_STYLED_BENIGN)
        benign += business_lookalikes(lang, round7, ROUND7_BUSINESS)
        benign += customer_checks(lang, round7, ROUND7_CHECKS)
        harmful += business_twins(lang, round7, ROUND7_TWINS[lang])
    # round 8 (harm_plain.py): a request among banking lines, in a story, for a friend,
    # hypothetical, in slang, without punctuation, in 繁體; ordinary acts in the same company;
    # victims reporting what was done to them
    round8 = random.Random(seed + 8)
    for lang in ("en", "zh"):
        harmful += plain_harmful(lang, round8, ROUND8_HARMFUL)
        benign += plain_benign(lang, round8, ROUND8_BENIGN)
        benign += victim_reports(lang, round8, ROUND8_REPORTS)
    # round 9 (harm_intent.py): the structure of a request (intent frame x harmful act from
    # verb and object clusters) against the same frames around ordinary acts, and customers
    # naming a harm they report, guard against, or trade lawfully near
    round9 = random.Random(seed + 9)
    for lang in ("en", "zh"):
        harmful += intent_harmful(lang, round9, ROUND9_HARMFUL)
        benign += intent_benign(lang, round9, ROUND9_BENIGN)
        benign += customer_hard_negatives(lang, round9, ROUND9_CUSTOMERS)
    # round 10 (harm_roles.py): the speaker's role and the banking act in a risky trade (a
    # fireworks shop's card machine, a locksmith firm's payroll, an AML course, a robbery next
    # door) against harmful acts in the same trades' words
    round10 = random.Random(seed + 10)
    for lang in ("en", "zh"):
        benign += [text for _, text in role_lookalikes(lang, round10, ROUND10_LOOKALIKES)]
        harmful += role_twins(lang, round10, ROUND10_TWINS)
    # round 11 (harm_errands.py): teachers, shops, charities, prisoners' families, hospital
    # suppliers, insurers, labs, victims asking a banking act around a harm's nouns, against
    # the same speakers asking for the harm (training side of its lists and situations)
    round11 = random.Random(seed + 11)
    for lang in ("en", "zh"):
        benign += [text for _, text in errand_lookalikes(lang, round11, ROUND11_LOOKALIKES)]
        harmful += [text for _, text in errand_twins(lang, round11, ROUND11_TWINS)]
        # the same speakers around the bank's own messages (their many wordings of an ask)
        mine = [
            t for t in bank if isinstance(t, str) and (_CJK.search(t) is not None) == (lang == "zh")
        ]
        benign += [text for _, text in speaker_messages(lang, round11, ROUND11_SPEAKERS, mine)]
        benign += polite_banking_asks(lang, round11, ROUND11_POLITE)
        # last (after the dev and pseudo-blind figures were read): the held-out side too, dev-test
        # parts and unseen situations, so that the shipped model has read all of round 11
        benign += [t for _, t in errand_lookalikes(lang, round11, ROUND11_HELD_OUT, devtest=True)]
        harmful += [t for _, t in errand_twins(lang, round11, ROUND11_HELD_OUT // 3, devtest=True)]

    if shared_data is not None:
        benign += intent_corpora(shared_data)
    texts = harmful + benign
    return texts, [1] * len(harmful) + [0] * len(benign)


def fit(texts: Sequence[str], labels: Sequence[int]) -> dict[str, Any]:
    """The fitted model as plain data (what :func:`write_model` stores)."""
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    characters, words = vectorizers()
    features = hstack([characters.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    regression = LogisticRegression(C=REGULARIZATION_C, max_iter=2000, class_weight="balanced")
    regression.fit(features, labels)
    weights = regression.coef_[0]
    split = len(characters.vocabulary_)

    def ordered(vocabulary: dict[str, int]) -> list[str]:
        return sorted(vocabulary, key=vocabulary.__getitem__)

    return {
        "ngram_range": list(NGRAM_RANGE),
        "intercept": float(regression.intercept_[0]),
        "terms": ordered(characters.vocabulary_),
        "idf": [round(float(x), 5) for x in characters.idf_],
        "weights": [round(float(x), 5) for x in weights[:split]],
        "word_terms": ordered(words.vocabulary_),
        "word_idf": [round(float(x), 5) for x in words.idf_],
        "word_weights": [round(float(x), 5) for x in weights[split:]],
    }


def write_model(model: dict[str, Any], path: Path = MODEL_PATH) -> None:
    # mtime 0 and no file name in the gzip header: a rebuild gives the shipped file byte for byte
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out,
    ):
        out.write(text)


def scorer_from(model: dict[str, Any]) -> FoldOnceScorer:
    """A :class:`TextScorer` over the stored model (same arithmetic as sklearn's pipeline)."""
    low, high = model["ngram_range"]
    scorer = FoldOnceScorer.__new__(FoldOnceScorer)
    scorer.intercept = float(model["intercept"])
    # the char_wb block scores per word (preprocess set); the word block analyses the whole
    # text; both get it folded already
    scorer.blocks = [_block(model, "", _already_folded, (int(low), int(high)))]
    if "word_terms" in model:
        scorer.blocks.append(_block(model, "word_", None, (1, 2)))
    return scorer


def _block(
    model: dict[str, Any],
    prefix: str,
    per_word: Any,
    ngram_range: tuple[int, int],
) -> _Block:
    terms, idf, weights = (model[f"{prefix}{key}"] for key in ("terms", "idf", "weights"))
    if not len(terms) == len(idf) == len(weights):
        raise StewardError(f"harm model: {prefix}terms, idf and weights differ in length")
    idf_array = np.asarray(idf, dtype=np.float64)
    return _Block(
        analyze=_grams_of_folded,  # unused by the char_wb block, which scores per word
        preprocess=per_word,
        ngram_range=ngram_range,
        index={term: i for i, term in enumerate(terms)},
        idf=idf_array,
        idf_weight=idf_array * np.asarray(weights, dtype=np.float64),
        sublinear=True,
    )


@lru_cache(maxsize=2)
def load_scorer(path: Path = MODEL_PATH) -> FoldOnceScorer:
    """The shipped model, read once per process."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            model = json.load(handle)
    except OSError as error:
        raise StewardError(
            f"{path}: cannot read the harmful-request model ({error}); "
            "write it with `python -m steward.serve.guards.harm_model`"
        ) from error
    return scorer_from(model)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Fit and write the harmful-request model.")
    parser.add_argument("--shared-data", type=Path, default=None, help="shared/data folder")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    texts, labels = training_texts(args.shared_data)
    model = fit(texts, labels)
    write_model(model, args.out)
    terms = len(model["terms"]) + len(model["word_terms"])
    print(f"wrote {args.out}: {terms} terms from {len(texts)} texts")


if __name__ == "__main__":
    main()
