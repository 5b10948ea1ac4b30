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
from steward.data.pii.trigger_plan import finditer_by_branch, search_any

_CUE = re.compile(
    r"(?im)(?:^[ \t]*(?:full[ \t]+)?name[ \t]*:[ \t]*"
    r"|\bmy[ \t]+name(?:[ \t]+is|['’]s)[ \t]+"
    r"|\bthe[ \t]+name[ \t]+is[ \t]+"
    r"|[!?.][ \t]+[—–][ \t]*(?=[a-z][^\n]*\Z)"
    # hurried chat: whose card or account, a beneficiary, someone the writer acts for, "im …"
    r"|\b(?:card|account)[ \t]?holder(?:[ \t]+is)?:?[ \t]+|\bbeneficiary(?:[ \t]+name)?:?[ \t]+"
    r"|\bon[ \t]+behalf[ \t]+of[ \t]+(?:my[ \t]+[a-z-]+[ \t]+)?"
    r"|(?:^|[.,!?…]|\b(?:and|also|hi|hello|yes|ok|po))[ \t]*\bi(?:['’]?m|[ \t]+am)[ \t]+"
    # a relative named in passing, a caller naming themselves: "my daughter aroha ngata",
    # "hi its chidi okafor", "this is will baker"
    r"|\bmy[ \t]+(?:daughter|son|mother|mom|mum|father|dad|wife|husband|brother|sister"
    r"|grandmother|grandfather|grandma|grandpa|nephew|niece|aunt|uncle)[ \t]+"
    r"|(?:^|[.,!?…]|\b(?:hi|hey|hello|yeah|yes|ok|morning))[ \t]*\b(?:it['’]?s|this[ \t]+is)[ \t]+"
    # a transcript's answer to a name question on the turn before ("IVR: Can I take your full
    # name?\n(0:56) CUST: um gareth raghunathan yeah"), past a timestamp and a speaker label
    r"|\bname\?[ \t]*\n[^\n]{0,24}?[A-Za-z][\w]*[ \t]*:[ \t]+"
    r"(?:(?:um|uh|er|erm|yeah|yes|ok|so|it['’]?s|its)[ \t,]+)*)"
)
# Cues that leave no doubt a name follows, so no word of it need be a census name: whose card
# or account, a beneficiary, the person the writer acts for (hurried typing mangles names),
# the answer to a name question.
_SURE_CUE = re.compile(r"(?i)holder|beneficiary|behalf|name\?")
# A lowercase title before a surname typed in lower case: "mr. menon", "ms kowalski".
_LOWER_TITLED = re.compile(r"\b(?:mr|mrs|ms|mx|dr)\.?[ \t]+(?P<surname>[a-z][a-z'’\-]{2,})\b")
_GAP = re.compile(r"[ \t]+")
_WORD = re.compile(r"[a-z][a-z'’\-]*[a-z]\.?|[a-z]\.")
_PARTICLES = frozenset(
    words("van von de der den ten ter da di del della la le du dos bin binti bint al ap st st.")
)


# Chat words that end a lowercase name's run ("cardholder maria gonzales pls check").
_CHAT_WORDS = frozenset(
    (
        *words(
            """pls plz please kindly thx thanks ty lah la leh lor po na naman yaar ji bhai sir maam
        madam ok okay check asap urgent hai hi hello also and but so pls. plz. yeah yep yup
        um uh er erm cheers"""
        ),
        # a verb of saying right after "cardholder" makes the holder the sentence's subject:
        # "cardholder says goods never arrived", "account holder disputes the charge"
        *words(
            """says said states stated claims claimed reports reported confirms confirmed denies
        denied disputes disputed advises advised insists insisted asks asked wants wanted
        called calls has had was is"""
        ),
    )
)
# A hurried message signed off in lower case with the writer's given name alone, at its very
# end: "… not my usual address. thanks declan", "cheers, priya".
_LOWER_SIGNOFF_END = re.compile(
    r"(?i:\b(?:thanks|thank[ \t]+you|thx|cheers|regards))[ \t]*,?[ \t]+"
    r"(?P<name>[a-z][a-z'’-]{2,})[ \t]*[.!]*[ \t]*\Z"
)
# Products read after "ms" ("ms word"), not a surname.
_NOT_SURNAMES = frozenset(words("word excel teams office outlook paint access edge"))

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
    # What every cue above needs ("my" only before a relative's word, as in _CUE; "my name"
    # holds "name"): a text holding none has no cue to scan for.
    _CUE_TRIGGER = re.compile(
        r"(?i)name|[—–]|holder|beneficiary|behalf|\bi(?:['’]?m|[ \t]+am)\b|\b(?:mr|mrs|ms|mx|dr)\b"
        r"|\bmy[ \t]+(?:daughter|son|mother|mom|mum|father|dad|wife|husband|brother|sister"
        r"|grandmother|grandfather|grandma|grandpa|nephew|niece|aunt|uncle)[ \t]"
        r"|\bit['’]?s\b|\bthis[ \t]+is\b"
    )
    # the cues, or a sign-off's words
    trigger = re.compile(
        _CUE_TRIGGER.pattern + r"|\b(?:thanks|thank[ \t]+you|thx|cheers|regards)\b"
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        from steward.data.pii.recognizers.given_names import GIVEN_NAMES
        from steward.data.pii.recognizers.person_en import _COMMON_WORDS, _stop_words
        from steward.data.pii.recognizers.surnames import SURNAMES

        stop = _stop_words()
        # (read as its trigger pieces, literal-first: the same answer, see search_any)
        cued = search_any(self._CUE_TRIGGER, text)
        for cue in finditer_by_branch(_CUE, text) if cued else ():
            position = cue.end()
            run: list[re.Match[str]] = []
            while len(run) < 4:
                word = _WORD.match(text, position)
                if word is None:
                    break
                value = word.group().rstrip(".") if word.group() != "st." else word.group()
                if value not in _PARTICLES and (
                    value in stop or value in _COMMON_WORDS or value in _CHAT_WORDS
                ):
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
            if len(run[-1].group()) > 2 and text[end - 1] == ".":
                end -= 1  # a full stop, not an initial's ("cardholder liam murphy.")
            if text[end : end + 1].isalnum():
                continue  # cut inside a word ("Name: jo2")
            if cue.group().rstrip().endswith(("—", "–")) and text[end:].strip(" .!\n"):
                continue  # a dash closes a message only at its end
            tokens = [w.group().rstrip(".") for w in run]
            if any(t in _NOT_NAME_WORDS for t in tokens):
                continue  # "Name: joint account": a product, a firm
            # a name field's value aside, one word must be a census name ("my name is spelt
            # wrong" is no name)
            field = cue.group().rstrip().endswith(":") or _SURE_CUE.search(cue.group())
            if not field and not any(
                t.title() in GIVEN_NAMES or t.title() in SURNAMES for t in tokens
            ):
                continue
            yield self.entity(run[0].start(), end, "PERSON", 0.7)
        # (a sign-off ends the text: only its tail is read)
        signed = _LOWER_SIGNOFF_END.search(text, max(0, len(text) - 80))
        if signed is not None:
            from steward.data.pii.recognizers.person_en import _given_names

            name = signed.group("name")
            if (
                name.title() in _given_names()
                and name not in stop
                and name not in _COMMON_WORDS
                and name not in _CHAT_WORDS
            ):
                yield self.entity(signed.start("name"), signed.end("name"), "PERSON", 0.7)
        for titled in _LOWER_TITLED.finditer(text) if cued else ():
            surname = titled.group("surname")
            if not text[titled.start()].islower() or surname in stop:
                continue  # (a capitalised title is the other rules' business)
            if surname in _COMMON_WORDS or surname in _CHAT_WORDS or surname in _NOT_SURNAMES:
                continue
            if surname.title() not in SURNAMES and "." not in titled.group():
                continue  # "dr appointment": without "mr." only a census surname is read
            yield self.entity(titled.start(), titled.end(), "PERSON", 0.7)
