"""Skip a regex search when the text lacks every literal the pattern needs.

The rule-based guards search a 512-character prompt with ~200 patterns, and most of those
searches fail: Python's ``re`` tries a pattern such as ``\\b(?:write|create|...)\\W+...
(?:ransomware|keylogger|...)`` at every position, ~10 µs a pattern. :class:`LiteralGate`
reads each compiled pattern's parse tree once and works out *requirement sets*: sets of
literal strings of which every match contains at least one ("write", "create", ...; and
"ransomware", "keylogger", ...). A text that lacks one string of every set cannot match,
so its search is skipped; one ``in`` per distinct literal, shared by all patterns, replaces
most of the searches. Only ever a necessary condition: a pattern the analysis cannot read
(or a text with a character whose case-folding is unusual) is always searched, so what the
guards find does not change (``tests/serve/test_guard_fast_paths.py`` checks it pattern by
pattern against plain ``search``).
"""

from __future__ import annotations

import re

# re's parser: private, but stable since Python 3.11; any surprise in it only switches the
# gate off for that pattern (see requirements_of)
import re._constants as _c
import re._parser as _p
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import add
from typing import Any

# sets larger than this are not expanded further (a run of alternatives multiplies them)
MAX_SET = 64
# characters under IGNORECASE match ASCII letters without lower-casing to them ("ı" and "ſ"
# match "i" and "s"; "İ" lower-cases to two characters): texts with them skip the gate
_UNUSUAL_CASE = re.compile("[\u0130\u0131\u017f\u212a]")

Requirement = frozenset[str]
KEY = 3  # literals are looked up by their first KEY characters


def _safe_char(code: int) -> str | None:
    """A literal the gate may rely on, lower-cased: printable ASCII (its case variants under
    IGNORECASE are the ASCII pair plus the characters of ``_UNUSUAL_CASE``) or a caseless
    CJK ideograph or CJK punctuation mark; ``None`` for anything else."""
    if 0x20 <= code < 0x7F or 0x3000 <= code <= 0x303F or 0x3400 <= code <= 0x9FFF:
        return chr(code).lower()
    return None


def _product(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > MAX_SET:
        return None
    return {a + b for a in left for b in right}


def _best(candidates: list[Requirement]) -> list[Requirement]:
    """Requirement sets worth checking: none with the empty string (it is in every text), and
    no member that contains another member (a text with "building" has "build" too, so
    looking for "build" alone decides the set)."""
    return [_minimal(r) for r in candidates if r and "" not in r]


def _minimal(group: Requirement) -> Requirement:
    ordered = sorted(group, key=len)
    kept: list[str] = []
    for literal in ordered:
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)


def _analyse(items: Any) -> tuple[set[str] | None, list[Requirement]]:
    """``(exact, requirements)`` of a parsed sequence: ``exact`` the full set of strings it
    can match when that is small and known (else ``None``); ``requirements`` sets of which
    every match contains a member of each."""
    requirements: list[Requirement] = []
    run: set[str] = {""}  # exact set of the items since the last unknown one
    complete = True  # every item so far exact, and their product small
    for op, av in items:
        exact, inner = _analyse_item(op, av)
        requirements += inner  # every item of a sequence must match, so its needs are ours
        if exact is not None:
            product = _product(run, exact)
            if product is not None:
                run = product
                continue
            # too many combinations: the run so far is a requirement, a new one starts here
            complete = False
            requirements += _best([frozenset(run)])
            run = set(exact)
            continue
        complete = False
        requirements += _best([frozenset(run)])
        run = {""}
    requirements += _best([frozenset(run)])
    return (run if complete else None), requirements


def _analyse_item(op: Any, av: Any) -> tuple[set[str] | None, list[Requirement]]:
    if op is _c.LITERAL:
        char = _safe_char(av)
        return ({char} if char is not None else None), []
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}, []  # zero-width: consumes nothing, so adds nothing to the matched text
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                char = _safe_char(value)
            elif kind is _c.RANGE and value[1] - value[0] < 8:
                for code in range(value[0], value[1] + 1):
                    if _safe_char(code) is None:
                        return None, []
                    chars.add(chr(code).lower())
                continue
            else:
                return None, []  # NEGATE, categories (\s, \w), wide ranges
            if char is None:
                return None, []
            chars.add(char)
        return (chars if len(chars) <= 8 else None), []
    if op is _c.SUBPATTERN:
        return _analyse(av[3])
    if op is _c.ATOMIC_GROUP:
        return _analyse(av)
    if op is _c.BRANCH:
        exacts: set[str] | None = set()
        union: list[str] = []
        every_branch_requires = True
        for branch in av[1]:
            exact, inner = _analyse(branch)
            if exact is None or exacts is None:
                exacts = None
            else:
                exacts |= exact
            # a branch's requirement: its exact set, or its most selective requirement set
            chosen = _best([frozenset(exact)]) if exact is not None else []
            chosen = chosen or sorted(inner, key=lambda r: (-min(map(len, r)), len(r)))[:1]
            if not chosen:
                every_branch_requires = False
            else:
                union += chosen[0]
        if exacts is not None and len(exacts) <= MAX_SET:
            return exacts, []
        return None, ([frozenset(union)] if every_branch_requires else [])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, inner = _analyse(body)
        if exact is not None and high <= 2:
            expanded: set[str] | None = {""}
            options: set[str] = {""} if low == 0 else set()
            for times in range(1, high + 1):
                expanded = _product(expanded, exact) if expanded is not None else None
                if expanded is None:
                    break
                if times >= low:
                    options |= expanded
            if expanded is not None and len(options) <= MAX_SET:
                return options, []
        if low >= 1:
            return None, inner + _best([frozenset(exact)] if exact is not None else [])
        return None, []
    return None, []  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...: no literal known


def requirements_of(pattern: re.Pattern[str]) -> tuple[Requirement, ...] | None:
    """The requirement sets of a compiled pattern (lower-cased literals), or ``None`` when
    none could be derived: then the pattern is always searched."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        _exact, requirements = _analyse(parsed.data)
    except Exception:  # an unreadable tree only turns the gate off
        return None
    unique = tuple(dict.fromkeys(requirements))
    return unique or None


def branch_requirements_of(
    pattern: re.Pattern[str],
) -> tuple[tuple[Requirement, ...], ...] | None:
    """For a pattern with one alternation at its top level (``A|B|C``, perhaps with something
    before or after it), each branch's own requirement sets: the pattern can match only where
    some branch has all of its sets met, a sharper test than :func:`requirements_of`'s, which
    for the alternation is a single set of every branch's most selective literals. ``None``
    for any other pattern, or where some branch has no requirement (then no branch can be
    ruled out)."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        # (the parser moves what all branches start with out in front: "\\bA|\\bB" is "\\b"
        # and then "A|B"; what stands beside the alternation is in requirements_of's sets)
        alternations = [av for op, av in parsed.data if op is _c.BRANCH]
        if len(alternations) != 1:
            return None
        branches = []
        for branch in alternations[0][1]:
            exact, requirements = _analyse(branch)
            if exact is not None:
                requirements += _best([frozenset(exact)])
            unique = tuple(dict.fromkeys(requirements))
            if not unique:
                return None
            branches.append(unique)
    except Exception:  # an unreadable tree only turns the sharper test off
        return None
    return tuple(branches)


@lru_cache(maxsize=8)
def _text_keys(text: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """A text lower-cased, its set of 3-character substrings and its set of 1- and
    2-character substrings (``None`` for a text the gate must not judge). Cached: the guards
    of one request gate the same text several times (injection rules, attack families,
    harmful requests)."""
    if _UNUSUAL_CASE.search(text):
        return None
    folded = text.lower()
    trigrams = frozenset(map(add, map(add, folded, folded[1:]), folded[2:]))
    return folded, trigrams, frozenset(folded).union(map(add, folded, folded[1:]))


def _trigrams(literal: str) -> list[str]:
    return [literal[i : i + KEY] for i in range(len(literal) - KEY + 1)]


def _other_trigrams(literal: str, key: str) -> frozenset[str] | None:
    """The trigrams of ``literal`` other than ``key``; ``None`` for a literal that is its one
    trigram (the key found is the literal found; a longer one is still looked for with ``in``,
    even where it has no other trigram: "aaaa")."""
    if len(literal) <= KEY:
        return None
    return frozenset(_trigrams(literal)) - {key}


class LiteralGate:
    """Which of some patterns can match a text, from literals alone (see the module doc)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        patterns = list(patterns)
        self.requirements: list[tuple[Requirement, ...] | None] = [
            requirements_of(pattern) for pattern in patterns
        ]
        # per pattern that is a top-level alternation, its branches' requirement sets
        self.branches: list[tuple[tuple[Requirement, ...], ...] | None] = [
            branch_requirements_of(pattern) if sets else None
            for pattern, sets in zip(patterns, self.requirements, strict=True)
        ]
        every = [sets for sets in self.requirements if sets] + [
            sets for branches in self.branches if branches for sets in branches
        ]
        literals = {literal for sets in every for group in sets for literal in group}
        # literals by one of their trigrams: a text's trigrams pick the few worth an ``in``
        # (checking all ~1,500 of them cost ~0.6 ms a prompt); the literals shorter than that
        # are few, and looked up in the text directly. The trigram is the literal's one that
        # the fewest of the gate's literals share: the first ("to ", "my ", "wit", "how")
        # picked ~340 candidates a prompt, most of them for a word every message has
        shared = Counter(t for literal in literals for t in set(_trigrams(literal)))
        self.by_key: dict[str, list[str]] = {}
        for literal in sorted(literals):
            key = min(_trigrams(literal), key=shared.__getitem__, default=literal)
            self.by_key.setdefault(key, []).append(literal)
        self.keys = frozenset(key for key in self.by_key if len(key) == KEY)
        # per key, its literals and, for those longer than a trigram, their other trigrams:
        # such a literal is in the text only if all of those are too, one C-level subset test
        # that spares nearly every ``in`` scan of the text
        self.tails: dict[str, list[tuple[str, frozenset[str] | None]]] = {
            key: [(literal, _other_trigrams(literal, key)) for literal in found]
            for key, found in self.by_key.items()
        }
        self.short = tuple(key for key in sorted(self.by_key) if len(key) < KEY)
        # a literal of one or two characters is in a text when it is one of the text's
        # 1- and 2-character substrings: a set look-up, not a scan of the text each (there
        # are ~300, mostly Chinese); the empty string is in every text
        self.short_set = frozenset(self.short)
        self.always = tuple(key for key in self.short if not key)
        # each requirement set numbered; per literal, the sets it is in; per pattern, the
        # numbers of its sets: a pattern may match when all its sets have a literal present
        groups = list(dict.fromkeys(g for sets in every for g in sets))
        number = {group: i for i, group in enumerate(groups)}
        groups_of: dict[str, set[int]] = {literal: set() for literal in literals}
        for i, group in enumerate(groups):
            for literal in group:
                groups_of[literal].add(i)
        self.groups_of = {literal: frozenset(found) for literal, found in groups_of.items()}
        self.needed: list[frozenset[int] | None] = [
            None if sets is None else frozenset(number[g] for g in sets)
            for sets in self.requirements
        ]
        # (pattern number, per branch the numbers of its sets) of the alternations
        self.branch_needed = [
            (i, [frozenset(number[g] for g in sets) for sets in branches])
            for i, branches in enumerate(self.branches)
            if branches is not None
        ]

    def may_match(self, text: str) -> Sequence[bool]:
        """Per pattern, ``False`` when it cannot match ``text`` (``True`` when it may)."""
        keys = _text_keys(text)
        if keys is None:
            return [True] * len(self.requirements)
        folded, trigrams, short_substrings = keys
        present = [
            literal
            for key in self.keys & trigrams
            for literal, rest in self.tails[key]
            if rest is None or (rest <= trigrams and literal in folded)
        ]
        present += self.short_set & short_substrings
        present += self.always
        satisfied: set[int] = set()
        for literal in present:
            satisfied |= self.groups_of[literal]
        may = [needed is None or needed <= satisfied for needed in self.needed]
        for i, branches in self.branch_needed:
            if may[i]:
                may[i] = any(map(satisfied.issuperset, branches))
        return may
