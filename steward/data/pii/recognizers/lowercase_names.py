"""Names typed in lower case after a cue that leaves no doubt: a form's name field
(``Name: li xiaoming``), a self-introduction (``my name is zhou ting and…``), a dashed
sign-off closing the message (``… weeks ago! — mateo whitlock``).

The capitalised-name rules and the English tagger read capitalised words only; chat, reviews
and hurried forms are often all lower case. The name is the run of two to four lowercase words
right after the cue, stopped at the first function word ("and", "my", "is"), with a name's
particles allowed inside (``nurul aisyah binti rahman``); a run holding a common English word
is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from steward.data.pii.recognizers.base import Entity, Recognizer, words

_CUE = re.compile(
    r"(?im)(?:^[ \t]*(?:full[ \t]+)?name[ \t]*:[ \t]*"
    r"|\bmy[ \t]+name(?:[ \t]+is|['’]s)[ \t]+"
    r"|\bthe[ \t]+name[ \t]+is[ \t]+"
    r"|[!?.][ \t]+[—–][ \t]*(?=[a-z][^\n]*\Z))"
)
_GAP = re.compile(r"[ \t]+")
_WORD = re.compile(r"[a-z][a-z'’\-]*[a-z]\.?|[a-z]\.")
_PARTICLES = frozenset(
    words("van von de der den ten ter da di del della la le du dos bin binti bint al ap st st.")
)


_NOT_NAME_WORDS = frozenset(
    words(
        """account accounts joint card cards saver savings loan mortgage isa business company
        ltd limited plc bank team services trust estate same above below unknown none"""
    )
)


class LowercaseCuedNameRecognizer(Recognizer):
    """A lowercase name right after a name field, "my name is" or a closing dash."""

    name = "lowercase_name"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    trigger = re.compile(r"(?i)name|[—–]")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        from steward.data.pii.recognizers.given_names import GIVEN_NAMES
        from steward.data.pii.recognizers.person_en import _COMMON_WORDS, _stop_words
        from steward.data.pii.recognizers.surnames import SURNAMES

        stop = _stop_words()
        for cue in _CUE.finditer(text):
            position = cue.end()
            run: list[re.Match[str]] = []
            while len(run) < 4:
                word = _WORD.match(text, position)
                if word is None:
                    break
                value = word.group().rstrip(".") if word.group() != "st." else word.group()
                if value not in _PARTICLES and (value in stop or value in _COMMON_WORDS):
                    break
                run.append(word)
                gap = _GAP.match(text, word.end())
                if gap is None:
                    break
                position = gap.end()
            while run and run[-1].group() in _PARTICLES:
                run.pop()
            if len(run) < 2 or not text[run[0].start()].islower():
                continue
            end = run[-1].end()
            if text[end : end + 1].isalnum():
                continue  # cut inside a word ("Name: jo2")
            if cue.group().rstrip().endswith(("—", "–")) and text[end:].strip(" .!\n"):
                continue  # a dash closes a message only at its end
            tokens = [w.group().rstrip(".") for w in run]
            if any(t in _NOT_NAME_WORDS for t in tokens):
                continue  # "Name: joint account": a product, a firm
            # a name field's value aside, one word must be a census name ("my name is spelt
            # wrong" is no name)
            field = cue.group().rstrip().endswith(":")
            if not field and not any(
                t.title() in GIVEN_NAMES or t.title() in SURNAMES for t in tokens
            ):
                continue
            yield self.entity(run[0].start(), end, "PERSON", 0.7)
