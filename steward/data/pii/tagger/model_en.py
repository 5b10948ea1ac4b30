"""The English tagger: load a CRF model file, tag a text, return checked PERSON/ADDRESS spans.

The shipped model (``steward/resources/pii/en_tagger.crfsuite``) is trained by
:mod:`steward.data.pii.tagger.train_en` on :mod:`steward.data.pii.tagger.generate_en`'s data
and the extra sources its card lists (other authors' generators, hard negatives, prose); its
sha256 and training command are in ``en_tagger.json`` beside it. Text is tagged paragraph
by paragraph (blank lines cut it, and runs of more than ``_MAX_TOKENS`` tokens are cut
further), so the tags depend only on the text near a token. A span's score is the mean of the
model's marginal probabilities of its tokens' labels. Spans that cannot be what they are
labelled are vetoed: a PERSON must hold a capitalised word (or be a Chinese name the Chinese
tagger's check accepts: a surname first, not a common word), no digit and no organisation or
team word ("Bank", "Ltd", "Team"); an ADDRESS must hold a digit or a PO box, a word after its
first number, and be at least six characters long.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from importlib import resources
from itertools import accumulate
from pathlib import Path

from steward.data.pii.recognizers.base import overlapping_by, words
from steward.data.pii.recognizers.given_names import GIVEN_NAMES
from steward.data.pii.recognizers.person_en import FORM_FIELD_WORDS, names_a_place
from steward.data.pii.recognizers.person_en import _stop_words as stop_words
from steward.data.pii.tagger.features import spans_of
from steward.data.pii.tagger.features_en import CANDIDATE_START, run_items
from steward.data.pii.tagger.model import plausible_person as plausible_chinese_name

_RESOURCE = ("pii", "en_tagger.crfsuite")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# (a name does not run over a line break or a table's column bar: "Relationship: Wife\nPhone")
_NOT_IN_NAMES = re.compile(r"\d|@|/|\n|\|")
# Lowercase words a name may hold: particles ("van de Noort") and Malay "bin"/"bt".
_NAME_PARTICLES = frozenset(
    words("van von de der den da di del della la le du dos das al el bin binti bt bte b. a/l a/p")
)
_NAME_WORD = re.compile(r"\b[A-Z][^\W\d_]")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
# A word of its own (not glued to digits, as in a parcel's tracking number "1Z425AA149793775")
_SEPARATE_WORD = re.compile(r"(?:^|\s)[^\W\d_]{2,}")
# Money: a statement line ("AMZN Mktp US*2K489  A$4,656"), not an address.
_CURRENCY = re.compile(r"[$€£¥₹]|\b(?:RM|USD|GBP|EUR|HKD|SGD|AUD|INR)\s?\d")
_ADDRESS_EVIDENCE = re.compile(r"\d|\b(?:P\.?\s?O\.?|GPO|Locked)\s+(?:Box|Bag)\b", re.IGNORECASE)
# A word after the first number (a street, a town): "Right, 3 4 8 4" is a number read aloud.
_WORD_AFTER_NUMBER = re.compile(r"\d[\s\S]*?[^\W\d_]{2}")


# A token a span may end on: a number, or a word that is not a function word.
# (the comma or dash a span may open on, before its first word: ", 303 W 14th St, Fresno")
_LEADING_PUNCTUATION = frozenset(",;:-–—|·")
_ENDS_SPAN = re.compile(
    r"\d|(?!(?:the|a|an|and|or|but|they|he|she|we|i|it|you|this|that|is|was|to|of|in|on|at"
    r"|for|with|from|by|as|if|so|who|which|please|thanks)\b)[^\W\d_]",
    re.IGNORECASE,
)


# A lowercase word that is no name particle (a name does not end in one).
_TRAILING_WORD = re.compile(
    r"(?!(?:van|von|de|der|den|da|di|del|la|le|du|al|el|bin|binti|bt|bte)\b)[a-z]+"
)


def shipped_model_path() -> Path:
    return Path(str(resources.files("steward") / "resources" / _RESOURCE[0] / _RESOURCE[1]))


# Words that make a capitalised run an organisation, a place or a team, not a person.
_ORGANISATION_WORDS = frozenset(
    words(
        "Bank Banking Savings Ltd Limited Inc LLC LLP Plc PLC Co Corp Corporation Company Group "
        "Holdings Trust Insurance Finance Capital Solicitors Bhd Berhad Pte Pvt University School "
        "College Hospital Council Ministry Department Centre Center Branch Club Team Services "
        "Service Management Operations Support Desk Unit Office Gas Water Energy Power Telecom "
        "Mobile "
        "Airways Airlines Station Airport Street Road Avenue Lane Drive Orchestra Associates "
        "Technologies Resources Foundation Partners Solutions Systems International Industries "
        "Media Force Agency Society Association Institute Museum Hotel Restaurant Cafe Bay "
        "Harbour Wharf Plaza Tower Heights Estate Mall Park Square Gardens "
        # a bank's departments and products, greeted or named like a person ("Hi Payroll",
        # "Dear Disputes", "Home Loan")
        "Payroll Disputes Complaints Billing Collections Lending Loan Loans Mortgage Mortgages "
        "Voicemail Helpdesk Marketing Sales Compliance Treasury Admin Devs Developers"
    )
)
# First words of a region, not of a name ("Southern Italy", "Greater Manchester").
_REGION_OPENERS = frozenset(
    words("Southern Northern Eastern Western Central Greater Upper Lower North South East West")
)


_RELATIVES = frozenset(
    words("""
    Son Daughter Mum Mom Dad Nan Nana Gran Granny Grandma Grandpa Grandad Grandson
    Granddaughter Husband Wife Brother Sister Auntie Aunt Uncle Nephew Niece Cousin Mother
    Father Carer Guardian Partner
    """)
)


def plausible_person(value: str) -> bool:
    if _HAN_NAME.fullmatch(value):
        return plausible_chinese_name(value)  # surname first, not a common word ("谢谢")
    if _NOT_IN_NAMES.search(value) is not None or _NAME_WORD.search(value) is None:
        return False
    parts = value.replace(",", " ").split()
    if len(parts) == 1 and parts[0] in _RELATIVES:
        return False  # a relative named by relation only: "Son rang about the order"
    if len(parts[0]) > 1 and parts[0].lower() in stop_words() and parts[0] not in GIVEN_NAMES:
        return False  # a verb or function word opening it: "See Terms & Conditions"
    if any(p[0].islower() and p not in _NAME_PARTICLES for p in parts):
        return False  # a phrase, not a name: "Best number"
    return (
        parts[0] not in _REGION_OPENERS
        and _ORGANISATION_WORDS.isdisjoint(parts)
        and FORM_FIELD_WORDS.isdisjoint(parts)  # a form's labels: "Phone Number", "Address"
    )


def plausible_address(value: str) -> bool:
    return (
        len(value) >= 6
        and _ADDRESS_EVIDENCE.search(value) is not None
        and _WORD_AFTER_NUMBER.search(value) is not None
        and _SEPARATE_WORD.search(value) is not None
        and _CURRENCY.search(value) is None
    )


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches tagged one at a time (see the module)."""
    found: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        found.append((start, match.start()))
        start = match.end()
    found.append((start, len(text)))
    return [(s, e) for s, e in found if e > s]


def _by_paragraph(
    stretches: Sequence[tuple[int, int]],
    covered: Sequence[tuple[int, int]],
    checked: Sequence[tuple[int, int]],
) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int, int]]]]:
    """For each paragraph (``stretches``, in order, disjoint): the ``covered`` spans that
    overlap it and the ``checked`` spans (with their index) that start in it, both relative to
    the paragraph and in their given order. Found by bisection, so a long text of many
    paragraphs and many spans costs their sum, not their product."""
    starts = [start for start, _ in stretches]
    ends = [end for _, end in stretches]
    covering: list[list[tuple[int, int]]] = [[] for _ in stretches]
    holding: list[list[tuple[int, int, int]]] = [[] for _ in stretches]
    for start, end in covered:
        j = bisect_right(ends, start)  # the first paragraph ending after the span starts
        while j < len(stretches) and starts[j] < end:
            covering[j].append((start - starts[j], end - starts[j]))
            j += 1
    for k, (start, end) in enumerate(checked):
        j = bisect_right(starts, start) - 1
        if j >= 0 and start < ends[j]:
            holding[j].append((k, start - starts[j], end - starts[j]))
    return covering, holding


def _uncovered_candidate(text: str, covered: Sequence[tuple[int, int]]) -> bool:
    """Whether a candidate word or number may start outside the ``covered`` spans."""
    ordered = sorted(covered)
    ends = list(accumulate((end for _, end in ordered), max))
    starts = [start for start, _ in ordered]
    for match in CANDIDATE_START.finditer(text):
        i = bisect_right(starts, match.start()) - 1
        if i < 0 or ends[i] <= match.start():
            return True
    return False


class EnTagger:
    """A loaded CRF model; ``tag(text)`` gives (start, end, label, score) spans."""

    def __init__(self, path: Path | None = None) -> None:
        import pycrfsuite

        self.path = path or shipped_model_path()
        if not self.path.is_file():
            raise FileNotFoundError(
                f"tagger model {self.path} is missing: train it with "
                "`python -m steward.data.pii.tagger.train_en`"
            )
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))

    def tag(
        self, text: str, covered: Sequence[tuple[int, int]] = ()
    ) -> list[tuple[int, int, str, float]]:
        """The spans of ``text``; runs of words whose candidates all lie in ``covered`` (spans
        the rules found, which stand) are not read: no span of the tagger's could be kept
        there."""
        return self.tag_checked(text, covered, ())[0]

    def tag_checked(
        self,
        text: str,
        covered: Sequence[tuple[int, int]],
        checked: Sequence[tuple[int, int]],
    ) -> tuple[list[tuple[int, int, str, float]], list[float | None]]:
        """:meth:`tag`, and for each ``checked`` (start, end) span the probability that it
        holds a name or an address: the highest marginal probability, over its tokens, of a
        label other than ``O`` (``None`` where the tagger read none of its tokens)."""
        found: list[tuple[int, int, str, float]] = []
        probabilities: list[float | None] = [None] * len(checked)
        if not _uncovered_candidate(text, covered):
            return found, probabilities  # every capitalised word and number is the rules'
        stretches = paragraphs(text)
        covering, holding = _by_paragraph(stretches, covered, checked)
        for (offset, end), local, inside in zip(stretches, covering, holding, strict=True):
            paragraph = text[offset:end]
            # the checked spans holding a token, by bisection (a long paragraph holds many runs
            # and many spans; each run read every span before)
            holding_point = overlapping_by(inside, lambda item: (item[1], item[2]))
            for tokens, items in run_items(paragraph, local):
                found.extend(
                    (offset + start, offset + stop, label, probability)
                    for start, stop, label, probability in self._tag_run(paragraph, tokens, items)
                )
                if not inside:
                    continue  # no checked span in this paragraph: no token holds one
                for i, (token_start, _) in enumerate(tokens):
                    held = holding_point(token_start, token_start + 1)
                    if not held:
                        continue
                    p = 1.0 - self._tagger.marginal("O", i)
                    for k, _, _ in held:
                        best = probabilities[k]
                        probabilities[k] = p if best is None else max(best, p)
        return found, probabilities

    def _tag_run(
        self, text: str, tokens: list[tuple[int, int]], items: list[list[str]]
    ) -> list[tuple[int, int, str, float]]:
        labels = self._tagger.tag(items)
        found: list[tuple[int, int, str, float]] = []
        for first, last, label in spans_of(labels):
            # A span ends on a word or a number, not on punctuation or a function word
            # ("..., Kowloon. They"): those are the sentence after it.
            while last > first and not _ENDS_SPAN.match(text, tokens[last - 1][0]):
                last -= 1
            # nor starts on the punctuation before it (", 303 W 14th St, Fresno")
            while first < last and text[tokens[first][0]] in _LEADING_PUNCTUATION:
                first += 1
            if last == first:
                continue
            if label == "PERSON":
                # a word the name runs into ("a huge Jouni Hahli fan"): a name keeps its
                # capitalised words (a two-word span is left whole, for the check below)
                while last - first > 2 and _TRAILING_WORD.fullmatch(
                    text, tokens[last - 1][0], tokens[last - 1][1]
                ):
                    last -= 1
            start, end = tokens[first][0], tokens[last - 1][1]
            if label == "PERSON" and text[end - 2 : end] in ("'s", "’s"):
                end -= 2  # the possessive is not part of the name ("Maclean's killers")
            value = text[start:end]
            ok = (
                plausible_person(value) and not names_a_place(text, start, end)
                if label == "PERSON"
                else plausible_address(value)
            )
            if not ok:
                continue
            probability = sum(self._tagger.marginal(labels[i], i) for i in range(first, last))
            found.append((start, end, label, round(probability / (last - first), 4)))
        return found
