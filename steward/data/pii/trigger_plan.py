"""A recognizer's trigger, split so that Python's ``re`` can scan for it quickly.

The engine scans each trigger over a batch's texts joined together (``engine._TriggerIndex``).
Python's ``re`` skips ahead quickly only when a pattern starts with a literal or a set of
first characters, and not at all for a case-insensitive alternation of words or one that
mixes branches opening on a literal with branches opening on ``\\b``: those tried every branch
at every character, and were about a fifth of the engine's time on short English messages.

:func:`plan` splits a trigger's top-level alternation into its branches, and groups them:
branches opening on a literal in one pattern, each other branch in its own. A case-insensitive
trigger's pieces are matched case-sensitively, with their letters lower-cased, against the
lower-cased joined text (:meth:`Plan.hits`), where that text has the same length and none of
the characters ``re`` folds to an ASCII letter that ``lower()`` does not (``ı``, ``ſ``, ``İ``);
otherwise the trigger itself is scanned. A text is hit exactly when one of the pieces matches
in it, which is exactly when the trigger does (tests/data/pii/test_speedups.py checks both on
the dev sets). Patterns with back-references or inline flag groups are left whole.

The same reading serves other scans: :func:`search_any` (whether a pattern matches anywhere)
and :func:`finditer_by_branch` (a pattern's matches, its branches searched one by one), both
checked against the patterns themselves in tests/data/pii/test_trigger_plan.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# characters ``re`` matches case-insensitively to an ASCII letter that ``str.lower`` does not
# map to that letter (or maps to two characters): where one is in the text, the trigger itself
ODD_FOLDS = ("\u0130", "\u0131", "\u017f")
_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")
_SPECIAL_START = set("\\[(.^$")


def _branches(pattern: str) -> list[str] | None:
    """The top-level ``|`` branches of ``pattern`` (escapes, classes and groups respected)."""
    branches: list[str] = []
    depth = 0
    start = 0
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # a "]" first in a class is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth != 0 or in_class:
        return None
    branches.append(pattern[start:])
    return branches


def _opens_on_literal(branch: str) -> bool:
    """Whether ``branch`` opens on a literal, or on a group whose alternatives all do."""
    if branch[0] not in _SPECIAL_START:
        return True
    if not branch.startswith("(?:"):
        return False
    end = _group_end(branch)
    if end is None or branch[end + 1 : end + 2] in ("?", "*", "+", "{"):
        return False
    alternatives = _branches(branch[3:end])
    return bool(alternatives) and all(a and _opens_on_literal(a) for a in alternatives or [])


def _lowered(pattern: str) -> str:
    """``pattern`` with its ASCII letters lower-cased outside escapes (``\\b``, ``\\W``,
    ``\\u4e00`` keep their case)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        out.append(pattern[i].lower() if pattern[i].isascii() else pattern[i])
        i += 1
    return "".join(out)


_FIRST_WORD_CHAR = re.compile(r"[a-zA-Z0-9_](?![?*+{])")


def _boundary_after_first(branch: str) -> str:
    r"""``branch`` with a leading ``\b`` (or a one-character look-behind, ``(?<![A-Za-z])``) read
    after the first letter: ``\bmy…`` as ``m(?<!\w.)y…`` (the letter is a word character, so
    ``\b`` before it says the character before it is none), and ``\b(?:mr|dr)…`` as
    ``(?:m(?<!\w.)r|d(?<!\w.)r)…``, so that the branch opens on a literal; ``branch`` itself
    where a branch of it opens otherwise."""
    if branch.startswith("\\b"):
        behind, rest = r"(?<!\w.)", branch[2:]
    else:
        lead = _CLASS_BEHIND.match(branch)
        if lead is None:
            return branch
        behind, rest = f"(?<!{lead.group(1)}.)", branch[lead.end() :]
    if _FIRST_WORD_CHAR.match(rest):
        return rest[0] + behind + rest[1:]
    if not rest.startswith("(?:"):
        return branch
    inner_end = _group_end(rest)
    if inner_end is None:
        return branch
    if rest[inner_end + 1 : inner_end + 2] in ("?", "*", "+", "{"):
        return branch
    alternatives = _branches(rest[3:inner_end])
    if (
        alternatives is None
        or not alternatives
        or not all(_FIRST_WORD_CHAR.match(a) for a in alternatives)
    ):
        return branch
    rewritten = "|".join(a[0] + behind + a[1:] for a in alternatives)
    return "(?:" + rewritten + ")" + rest[inner_end + 1 :]


# a negative look-behind at one character of a plain class: "(?<![A-Za-z])"
_CLASS_BEHIND = re.compile(r"\(\?<!(\[[^\]\\]*\])\)")


def _group_end(pattern: str) -> int | None:
    """The index of the ``)`` closing the group ``pattern`` opens with."""
    depth = 0
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return None


@dataclass(frozen=True)
class Plan:
    """The pieces a trigger is scanned as; ``lowered``: against the lower-cased text.
    ``folded``: of a case-sensitive trigger, the branches that are one case-insensitive group
    each ("…|(?i:carer|guardian|…)"), as (the group's pattern lower-cased, to scan in the
    lower-cased text; the branch itself, to scan where that text does not read the same)."""

    trigger: re.Pattern[str]
    pieces: tuple[re.Pattern[str], ...]
    lowered: bool
    folded: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()


@lru_cache(maxsize=256)
def plan(trigger: re.Pattern[str]) -> Plan:
    """The trigger's pieces (see the module); the trigger alone where it cannot be split."""
    whole = Plan(trigger, (trigger,), False)
    source = trigger.pattern
    body = _GLOBAL_FLAGS.sub("", source, count=1)
    back_references = re.search(r"\\[1-9]|\(\?P=", body) is not None
    if back_references and trigger.flags & re.IGNORECASE:
        return whole  # back-references: their group numbers would change
    if trigger.flags & re.IGNORECASE:
        body = body.replace("(?i:", "(?:")  # (a no-op inside a case-insensitive pattern)
    branches = _branches(body)
    if branches is None or any(not b for b in branches):
        return whole
    if back_references and not _back_references_stay(branches):
        return whole
    # (another inline flag group, "(?-i:…)", would be lower-cased too: such a trigger is whole)
    lowered = (
        bool(trigger.flags & re.IGNORECASE) and re.search(r"\(\?[-aiLmsux]+[:)]", body) is None
    )
    flags = trigger.flags & ~re.IGNORECASE if lowered else trigger.flags
    if not lowered and trigger.flags & re.IGNORECASE:
        return whole  # (case-insensitive with inline flag groups: left whole)
    flags &= ~re.UNICODE  # (implied for str patterns; passing it again is allowed but noisy)
    if lowered:
        branches = [_lowered(b) for b in branches]
    branches = [_boundary_after_first(b) for b in branches]
    # a case-insensitive group making up a whole branch: scanned lower-cased on its own
    # ("(?i:carer|guardian|…)" tried its words at every character of the text)
    folded_sources = [] if lowered else [b for b in branches if _case_insensitive_group(b)]
    branches = [b for b in branches if b not in folded_sources]
    literal = [b for b in branches if _opens_on_literal(b)]
    other = [b for b in branches if not _opens_on_literal(b)]
    if (
        not lowered
        and not folded_sources
        and (not literal or (len(branches) == 1 and branches[0] == body))
    ):
        return whole  # nothing to gain: every branch opens on a class, a group or an escape
    sources = (["|".join(literal)] if literal else []) + other
    try:
        pieces = tuple(re.compile(s, flags) for s in sources)
        folded = tuple(
            (re.compile(_lowered(b[4:-1]), flags), re.compile(b, flags)) for b in folded_sources
        )
    except re.error:
        return whole
    return Plan(trigger, pieces, lowered, folded)


def _back_references_stay(branches: list[str]) -> bool:
    """Whether a case-sensitive trigger's back-references number the same groups once split:
    one branch holds every capturing group (so it compiles alone, its references with it) and
    opens on no literal (so it is scanned alone, not joined to the literal-first branches)."""
    counts = []
    for branch in branches:
        try:
            counts.append(re.compile(branch).groups)
        except re.error:
            return False  # (a reference to another branch's group)
    grouped = [b for b, n in zip(branches, counts, strict=True) if n]
    return len(grouped) == 1 and not _opens_on_literal(_boundary_after_first(grouped[0]))


def _case_insensitive_group(branch: str) -> bool:
    """Whether ``branch`` is one ``(?i:…)`` group and nothing else, with no other inline flag
    group inside (its lower-cased body then matches the lower-cased text where the group
    matches the text)."""
    return (
        branch.startswith("(?i:")
        and _group_end(branch) == len(branch) - 1
        and re.search(r"\(\?[-aiLmsux]+[:)]", branch[4:]) is None
    )


def search_any(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern.search(text)`` finds a match, read as :func:`plan`'s pieces (the
    lower-cased text for a case-insensitive pattern, where that reads the same; the pattern
    itself otherwise)."""
    scan = plan(pattern)
    if scan.lowered:
        lowered = text.lower()
        if len(lowered) != len(text) or any(c in text for c in ODD_FOLDS):
            return pattern.search(text) is not None
        text = lowered
    return any(piece.search(text) for piece in scan.pieces)


@lru_cache(maxsize=64)
def _branch_pieces(pattern: re.Pattern[str]) -> tuple[tuple[re.Pattern[str], ...], bool] | None:
    """The branches of ``pattern`` (a top-level alternation, or one group holding one), each
    compiled to open on a literal where it can (:func:`_boundary_after_first`), lower-cased
    for a case-insensitive pattern; and whether they read the lower-cased text. ``None`` where
    the pattern cannot be read so (capturing groups, whose numbers would change, back-references,
    inline flag groups, one branch)."""
    body = _GLOBAL_FLAGS.sub("", pattern.pattern, count=1)
    if pattern.groups or re.search(r"\\[1-9]|\(\?P|\(\?[-aiLmsux]+[:)]", body):
        return None
    branches = _branches(body)
    if (
        branches is not None
        and len(branches) == 1
        and body.startswith("(?:")
        and _group_end(body) == len(body) - 1
    ):
        branches = _branches(body[3:-1])
    if branches is None or len(branches) < 2 or any(not b for b in branches):
        return None
    lowered = bool(pattern.flags & re.IGNORECASE)
    flags = pattern.flags & ~re.IGNORECASE & ~re.UNICODE
    if lowered:
        branches = [_lowered(b) for b in branches]
    try:
        pieces = tuple(re.compile(_boundary_after_first(b), flags) for b in branches)
    except re.error:
        return None
    return pieces, lowered


def finditer_by_branch(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, found one branch at a time: each branch, opening on a
    literal, is searched with ``re``'s skip-ahead (the whole alternation tried every branch at
    every character), and at each step the leftmost match is taken, the earliest branch on a
    tie, as the alternation takes it. A branch's next match is kept while it still starts at
    or after the position reached (a match at a position does not depend on where a search
    starts). The same spans and groups; for a case-insensitive pattern they are read in the
    lower-cased text (``group()`` lower-cased) where that reads the same (see the module), and
    found by the pattern itself otherwise, as they are where a branch matches empty."""
    found = _branch_pieces(pattern)
    if found is None:
        return list(pattern.finditer(text))
    pieces, lowered = found
    scanned = text
    if lowered:
        scanned = text.lower()
        if len(scanned) != len(text) or any(c in text for c in ODD_FOLDS):
            return list(pattern.finditer(text))
    pending: list[re.Match[str] | None] = [None] * len(pieces)
    done = [False] * len(pieces)
    matches: list[re.Match[str]] = []
    position = 0
    while True:
        best: re.Match[str] | None = None
        for i, piece in enumerate(pieces):
            if done[i]:
                continue
            match = pending[i]
            if match is None or match.start() < position:
                match = pending[i] = piece.search(scanned, position)
                if match is None:
                    done[i] = True
                    continue
            if best is None or match.start() < best.start():
                best = match
        if best is None:
            return matches
        if best.end() == best.start():
            return list(pattern.finditer(text))  # (an empty match: finditer's own rules)
        matches.append(best)
        position = best.end()
