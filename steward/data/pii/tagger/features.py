"""Character features for the Chinese PERSON/ADDRESS tagger, and BIO labels from spans.

One item per character: the character itself (digits folded to ``0``, Latin letters to their
case), its class, whether it is a surname / common given-name / address character, the same
for the two characters either side, the bigrams around it, the Latin word it sits in (a
listed given name or romanised surname, capitalised), whether a name cue (``我叫``, ``同事``,
``自称`` ...) or a sign-off (``——``, ``敬礼``) ends just before it, whether the rule-based
address pattern covers it, and its place in its line. Features of a character are built once
and cached, so a text costs a few list concatenations per character.
"""

from __future__ import annotations

import re
from functools import lru_cache

from steward.data.pii.recognizers.address_zh import address_spans
from steward.data.pii.recognizers.given_names import GIVEN_NAMES
from steward.data.pii.recognizers.person_zh import STRONG_CUE
from steward.data.pii.tagger.lexicon import (
    COMPOUND_SURNAMES,
    GIVEN_CHARS,
    LATIN_GIVEN,
    RELATIONS,
    ROMANISED_SURNAMES,
    SURNAMES,
    TITLES,
)

_SURNAME_SET = frozenset(SURNAMES)
_COMPOUND_STARTS = frozenset(name[0] for name in COMPOUND_SURNAMES)
_GIVEN_SET = frozenset(GIVEN_CHARS)
_ADDRESS_CHARS = frozenset("省市区县镇乡村街路道巷弄号號楼樓栋幢座室单元层苑园城厦段里胡同")
_LATIN_GIVEN = frozenset(LATIN_GIVEN) | GIVEN_NAMES
_LATIN_SURNAMES = frozenset(ROMANISED_SURNAMES)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_SIGN_OFF = re.compile(r"(?:——|--|—|落款[:：]?|敬礼\s*\n|敬上\s*\n|此致\s*\n)[ \t]*")
_OFFSETS = (-2, -1, 1, 2)
_TITLE = re.compile("|".join(sorted(TITLES, key=len, reverse=True)))
_RELATION = re.compile("|".join(sorted(RELATIONS, key=len, reverse=True)))


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "U" if ch.isupper() else "L"
    if ch.isspace():
        return "N" if ch == "\n" else "S"
    return "P"


@lru_cache(maxsize=16384)
def _unary(ch: str) -> tuple[str, ...]:
    """The features a character has wherever it stands (no prefix)."""
    kind = _char_class(ch)
    shown = {"D": "0", "U": "A", "L": "a"}.get(kind, ch)
    found = [f"c={shown}", f"k={kind}"]
    if ch in _SURNAME_SET:
        found.append("sn")
    if ch in _COMPOUND_STARTS:
        found.append("sn2")
    if ch in _GIVEN_SET:
        found.append("gn")
    if ch in _ADDRESS_CHARS:
        found.append("ad")
    return tuple(found)


@lru_cache(maxsize=65536)
def _at(ch: str, offset: int) -> tuple[str, ...]:
    return tuple(f"{offset}{feature}" for feature in _unary(ch) if not feature.startswith("k"))


@lru_cache(maxsize=16384)
def _shape(ch: str) -> str:
    """S: surname, G: given-name character, A: address character, H: other Han, else class."""
    if ch in _SURNAME_SET:
        return "S"
    if ch in _GIVEN_SET:
        return "G"
    if ch in _ADDRESS_CHARS:
        return "A"
    return _char_class(ch)


@lru_cache(maxsize=16384)
def _shown(ch: str) -> str:
    return {"D": "0", "U": "A", "L": "a"}.get(_char_class(ch), ch)


def featurize(text: str) -> list[list[str]]:
    """The feature strings of each character of ``text``."""
    n = len(text)
    # a character's features up to here read it and two characters either side only: built
    # once per such window (sentences repeat their words), copied, then marked
    items = [list(_window_features(text[max(0, i - 2) : i + 3], min(i, 2))) for i in range(n)]
    _mark_latin_words(text, items)
    _mark_cues(text, items)
    _mark_lines(text, items)
    for start, end in address_spans(text):
        items[start].append("rA=B")
        for i in range(start + 1, end):
            items[i].append("rA=I")
    return items


@lru_cache(maxsize=65536)
def _window_features(text: str, i: int) -> tuple[str, ...]:
    """The features of ``text[i]`` that its neighbours up to two away decide (``text``: that
    window of the whole text, cut short where the whole text ends)."""
    n = len(text)
    shown = [_shown(ch) for ch in text]
    shape_padded = "^^" + "".join(_shape(ch) for ch in text) + "$$"
    padded = ["<s>", "<s>", *text, "</s>", "</s>"]
    item = list(_unary(text[i]))
    for offset in _OFFSETS:
        neighbour = padded[i + 2 + offset]
        item.extend(_at(neighbour, offset) if len(neighbour) == 1 else (f"{offset}c=BOS",))
    before = shown[i - 1] if i else "^"
    after = shown[i + 1] if i + 1 < n else "$"
    item.append(f"b-={before}{shown[i]}")
    item.append(f"b+={shown[i]}{after}")
    item.append(f"b--={shown[i - 2] if i > 1 else '^'}{before}")
    item.append(f"b++={after}{shown[i + 2] if i + 2 < n else '$'}")
    # Shapes (surname / given / address / other) of the three characters from here on
    # and up to here: a name reads S G G whatever its characters.
    item.append(f"s+={shape_padded[i + 2 : i + 5]}")
    item.append(f"s-={shape_padded[i : i + 3]}")
    return tuple(item)


def _mark_latin_words(text: str, items: list[list[str]]) -> None:
    previous_kind = ""
    for word in _LATIN_WORD.finditer(text):
        value = word.group()
        title = value[:1].isupper() and value[1:].islower()
        kind = "lw=" + (
            "given"
            if title and value in _LATIN_GIVEN
            else "sur"
            if title and value in _LATIN_SURNAMES
            else "cap"
            if title
            else "other"
        )
        for i in range(word.start(), word.end()):
            items[i].append(kind)
            items[i].append("lwB" if i == word.start() else "lwI")
            if previous_kind:
                items[i].append("prev" + previous_kind)
        previous_kind = kind if text[word.end() : word.end() + 1] == " " else ""


def _mark_cues(text: str, items: list[list[str]]) -> None:
    """Distance (0-3) from the end of a name cue or a sign-off."""
    for pattern, tag in ((STRONG_CUE, "cue"), (_SIGN_OFF, "sign"), (_RELATION, "rel")):
        for match in pattern.finditer(text):
            for distance in range(4):
                position = match.end() + distance
                if position >= len(text):
                    break
                items[position].append(f"{tag}{distance}")
    # A title right after: the one to three characters before it may be a name.
    for match in _TITLE.finditer(text):
        for distance in range(1, 4):
            position = match.start() - distance
            if position < 0:
                break
            items[position].append(f"title{distance}")


def _mark_lines(text: str, items: list[list[str]]) -> None:
    """Place in a line: first characters, last characters, and short lines (signatures)."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        short = len(line.strip()) <= 5
        for i in range(start, end):
            if i - start < 2:
                items[i].append(f"bol{i - start}")
            if end - i <= 2:
                items[i].append(f"eol{end - i}")
            if short:
                items[i].append("short")
        start = end + 1


def bio_labels(text: str, spans: list[dict[str, object]]) -> list[str]:
    """``B-PERSON``/``I-PERSON``/``B-ADDRESS``/``I-ADDRESS``/``O`` per character."""
    labels = ["O"] * len(text)
    for span in spans:
        start, end, label = int(str(span["start"])), int(str(span["end"])), str(span["label"])
        labels[start] = f"B-{label}"
        for i in range(start + 1, end):
            labels[i] = f"I-{label}"
    return labels


def spans_of(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the BIO runs; an ``I-`` without its ``B-`` starts a span."""
    found: list[tuple[int, int, str]] = []
    start, current = -1, ""
    for i, tag in enumerate([*labels, "O"]):
        kind = tag[2:]
        if current and (tag == "O" or tag.startswith("B-") or kind != current):
            found.append((start, i, current))
            current = ""
        if tag != "O" and not current:
            start, current = i, kind
    return found
