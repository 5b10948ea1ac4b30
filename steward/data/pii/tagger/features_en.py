"""Token features for the English PERSON/ADDRESS tagger, and BIO labels from spans.

A token is a run of letters (with inner apostrophes and hyphens: ``O'Brien``,
``Smith-Jones``), a run of digits, or one other character; new lines are not tokens but mark
the tokens around them. Each token's features: the lowercased word, its shape (``Xx``, ``X``,
``XX``, ``x``, ``d4``), prefix and suffixes, lexicon membership (census given names and
surnames, street types, unit words, titles, months and weekdays, name particles, region codes,
English function words, sign-off words), the word and lexicon membership of the two tokens
either side (and the shape of the next and previous one: cues such as ``regards ,``, ``name
is``, ``live at``), a column gap before it (OCR'd forms), and its place in its line (first,
last, a short line, the line after a sign-off). Word-level features are cached, so a token
costs a few tuple concatenations. (Measured on the dev sets: the shapes two tokens away and the
word three back cost a tenth of the tagger's time and gained nothing, so they are not used.)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from steward.data.pii.recognizers.base import words
from steward.data.pii.recognizers.given_names import GIVEN_NAMES
from steward.data.pii.recognizers.surnames import SURNAMES

_NEWLINE = re.compile("\n")
TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[^\w\s]")
_STREET_TYPES = frozenset(
    words(
        "street st road rd avenue ave av lane ln drive dr crescent cres close way place pl court "
        "ct boulevard blvd terrace tce ter parade pde highway hwy grove square sq mews circle cir "
        "parkway pkwy trail walk row gardens gdns hill park jalan jln lorong layout cross main "
        "nagar marg"
    )
)
_UNIT_WORDS = frozenset(
    words(
        "apt apartment unit flat suite ste floor fl level lvl blk block box po gpo bag room rm no"
    )
)
_TITLES = frozenset(
    words("mr mrs ms miss mx dr prof sir madam mdm dame lord encik puan datuk dato tan sri haji")
)
_PARTICLES = frozenset(
    words("bin binti bt b van von der den de del della la le da di dos du al el ibn ben ap")
)
_MONTHS_DAYS = frozenset(
    words(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
        "friday saturday sunday mon tue wed thu fri sat sun"
    )
)
_REGIONS = frozenset(
    words(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
        "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB MB SK NS NB NL "
        "PE NSW VIC QLD SA TAS NT ACT"
    )
)
_FUNCTION = frozenset(
    words(
        "a an the and or but of to in on at by for with from as is are was were be been it its "
        "i me my we our you your he him his she her they them their this that these those there "
        "here what which who whom when where why how not no yes please thanks thank hi hello dear "
        "can could would should will shall may might must do does did have has had am if so"
    )
)
# Capitalised function words open no name or address; "No" opens addresses ("No. 12, Jalan").
_NOT_CANDIDATES = _FUNCTION - {"no"}
_SIGN_OFFS = frozenset(
    words(
        "regards thanks cheers sincerely faithfully truly best wishes yours thank rgds tq ty "
        "love warmly respectfully"
    )
)
_OFFSETS = (-2, -1, 1, 2)


@lru_cache(maxsize=65536)
def _shape(token: str) -> str:
    if "\u4e00" <= token[0] <= "\u9fff":
        return f"H{min(len(token), 5)}"
    if token.isdigit():
        return f"d{min(len(token), 6)}"
    if not token[0].isalpha():
        return "p" + token
    if token.isupper():
        return "X" if len(token) == 1 else "XX"
    if token[0].isupper():
        return "Xx" if token[1:].islower() or "-" in token or "'" in token else "XxX"
    return "x" if token.islower() else "xX"


@lru_cache(maxsize=65536)
def _lexicon(token: str) -> tuple[str, ...]:
    """Lexicon flags of a token (no prefix)."""
    lower = token.lower()
    title = token[:1].upper() + token[1:].lower() if token.isupper() else token
    found = []
    if title in GIVEN_NAMES:
        found.append("gn")
    if title in SURNAMES or token.split("-")[-1] in SURNAMES:
        found.append("sn")
    if lower in _STREET_TYPES:
        found.append("st")
    if lower in _UNIT_WORDS:
        found.append("unit")
    if lower in _TITLES:
        found.append("ti")
    if lower in _PARTICLES:
        found.append("pa")
    if lower in _MONTHS_DAYS:
        found.append("mo")
    if token in _REGIONS:
        found.append("rg")
    if lower in _FUNCTION:
        found.append("fn")
    if lower in _SIGN_OFFS:
        found.append("so")
    return tuple(found)


class _Token(NamedTuple):
    """A token's own features; the features it gives a token that sees it at offset -2, -1,
    +1 and +2; and whether it is a candidate (see :func:`candidate_runs`): "0" no, "1" a
    number, "2" a capitalised word."""

    own: tuple[str, ...]
    as_m2: tuple[str, ...]
    as_m1: tuple[str, ...]
    as_p1: tuple[str, ...]
    as_p2: tuple[str, ...]
    kind: str


@lru_cache(maxsize=65536)
def _token(token: str) -> _Token:
    lower = token.lower()
    shape = _shape(token)
    flags = _lexicon(token)
    own = ["b", f"w={lower}", f"sh={shape}", *flags]
    if token[0].isalpha() and len(token) > 3:
        own.extend((f"p3={lower[:3]}", f"s3={lower[-3:]}", f"s2={lower[-2:]}"))
    seen = [
        (f"{offset}w={lower}", f"{offset}sh={shape}", *(f"{offset}{flag}" for flag in flags))
        if offset in (-1, 1)
        else (f"{offset}w={lower}", *(f"{offset}{flag}" for flag in flags))
        for offset in _OFFSETS
    ]
    kind = (
        "1"
        if token[0].isdigit()
        else "2"
        if (token[0].isupper() and lower not in _NOT_CANDIDATES) or "\u4e00" <= token[0] <= "\u9fff"
        else "0"
    )
    return _Token(tuple(own), seen[0], seen[1], seen[2], seen[3], kind)


_EDGE = tuple((f"{offset}edge",) for offset in _OFFSETS)


def tokenize(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in TOKEN.finditer(text)]


def featurize(
    text: str, spans: list[tuple[int, int]] | None = None, runs: list[tuple[int, int]] | None = None
) -> list[list[str]]:
    """The feature strings of each token of ``text`` (``spans`` from :func:`tokenize`), or of
    the tokens of ``runs`` only ((first, end) token index ranges, concatenated): a token's
    features are the same either way, as they are read from the whole text."""
    spans = tokenize(text) if spans is None else spans
    return _featurize(text, spans, [_token(text[start:end]) for start, end in spans], runs)


def _featurize(
    text: str,
    spans: list[tuple[int, int]],
    tokens: list[_Token],
    runs: list[tuple[int, int]] | None,
) -> list[list[str]]:
    n = len(spans)
    wanted = range(n) if runs is None else [i for lo, hi in runs for i in range(lo, hi)]
    # The first token of each line (and n after the last): a token's line, whether it opens or
    # closes it, and how many tokens the line holds (short lines: signatures, form fields).
    line_first = [0]
    if "\n" in text:
        starts = [start for start, _ in spans]
        line_first += [bisect_left(starts, m.start()) for m in _NEWLINE.finditer(text)]
    line_first.append(n)
    items: list[list[str]] = []
    for i in wanted:
        item = list(tokens[i].own)
        item += tokens[i - 2].as_m2 if i >= 2 else _EDGE[0]
        item += tokens[i - 1].as_m1 if i >= 1 else _EDGE[1]
        item += tokens[i + 1].as_p1 if i + 1 < n else _EDGE[2]
        item += tokens[i + 2].as_p2 if i + 2 < n else _EDGE[3]
        line = bisect_right(line_first, i) - 1
        if i >= 1:
            space = text[spans[i - 1][1] : spans[i][0]]
            if "\t" in space or "   " in space:
                item.append("wide")  # a column gap (OCR'd forms): fields end there
        if i == line_first[line]:
            item.append("bol")
            # the line before is a sign-off ("Kind regards," / "Thanks")
            before = tokens[i - 1].own if i >= 1 else ()
            if "so" in before or (i >= 2 and before[1] == "w=," and "so" in tokens[i - 2].own):
                item.append("after_signoff")
        if i + 1 == line_first[line + 1]:
            item.append("eol")
        if line_first[line + 1] - line_first[line] <= 4:
            item.append("short")
        items.append(item)
    return items


_RUN = re.compile(r"[12](?:0{0,2}[12])*")


def candidate_runs(kinds: str, max_tokens: int = 300) -> list[tuple[int, int]]:
    """(first, end) token ranges the tagger reads, from each token's kind (``kinds``: one
    character per token, 0 other, 1 number, 2 capitalised word other than a function word
    like "The" or "Please"): runs of candidates with at most two other tokens between two of
    them ("van der", ", #"), cut every ``max_tokens``; runs of numbers alone (phones, cards,
    amounts) are left out, as no name or address is only digits. Names and addresses are such
    runs; the words around them (cues, sign-offs) reach the tagger as the neighbour features
    of the run's tokens, so the stretches between runs need no tagging. Training reads the
    same runs."""
    runs: list[tuple[int, int]] = []
    for match in _RUN.finditer(kinds):
        if "2" in match.group():
            start, end = match.span()
            runs.extend((i, min(end, i + max_tokens)) for i in range(start, end, max_tokens))
    return runs


# Where a candidate token may start (a superset: every candidate starts at one of these, see
# _token's kind), for a quick look whether a text needs tokenizing at all.
CANDIDATE_START = re.compile(
    r"(?=[A-Z0-9\u4e00-\u9fff])(?!(?i:"
    + "|".join(sorted(_NOT_CANDIDATES, key=len, reverse=True))
    + r")(?![\w'’\-]))"
)


def run_items(
    text: str, covered: Sequence[tuple[int, int]] = ()
) -> list[tuple[list[tuple[int, int]], list[list[str]]]]:
    """The candidate runs of ``text``: each run's token spans and their features. A run whose
    candidates all lie inside the ``covered`` (start, end) spans is left out."""
    spans = tokenize(text)
    tokens = [_token(text[start:end]) for start, end in spans]
    runs = candidate_runs("".join([token.kind for token in tokens]))
    if covered and runs:
        merged: list[list[int]] = []
        for start, end in sorted(covered):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        starts = [start for start, _ in merged]

        def inside(start: int, end: int) -> bool:
            i = bisect_right(starts, start) - 1
            return i >= 0 and merged[i][1] >= end

        runs = [
            (lo, hi)
            for lo, hi in runs
            if not all(tokens[i].kind == "0" or inside(*spans[i]) for i in range(lo, hi))
        ]
    if not runs:
        return []
    items = _featurize(text, spans, tokens, runs)
    found = []
    position = 0
    for lo, hi in runs:
        found.append((spans[lo:hi], items[position : position + hi - lo]))
        position += hi - lo
    return found


def bio_labels(
    text: str, spans: list[tuple[int, int]], entities: list[dict[str, object]]
) -> list[str]:
    """``B-``/``I-`` PERSON or ADDRESS, or ``O``, per token: a token belongs to the entity its
    first character lies in."""
    labels = ["O"] * len(spans)
    bounds = sorted((int(str(e["start"])), int(str(e["end"])), str(e["label"])) for e in entities)
    k = 0
    for i, (start, _) in enumerate(spans):
        while k < len(bounds) and bounds[k][1] <= start:
            k += 1
        if k < len(bounds) and bounds[k][0] <= start < bounds[k][1]:
            first = i == 0 or not (bounds[k][0] <= spans[i - 1][0] < bounds[k][1])
            labels[i] = ("B-" if first else "I-") + bounds[k][2]
    return labels
