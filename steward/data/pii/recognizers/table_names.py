"""Names laid out rather than introduced: the name column of a pasted table.

``Name\\tAccount\\tReference\\nWillem van Dijk\\t57152860\\trent`` (tab- or pipe-separated,
exported payee lists). No cue word sits beside these names, so the sentence rules miss them,
and a table cell may be lowercase ("ngozi petrov") where the tagger reads capitalised words
only.

A cell counts as a name when it holds two to five words of letters (particles and initials
allowed), no word naming a firm or a street, and at least one word from the census lexicons
of given names or surnames: a payee column also lists firms ("British Gas", "Thames Water"),
whose words are not names; firms named after a person ("Ted Baker") are dropped afterwards
(see ``person_spans_en``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from steward.data.pii.recognizers.base import Entity, Recognizer, words
from steward.data.pii.structured import line_separator, table_cells

# A column of people's names; a payee or beneficiary column also lists firms, so its cells
# need a census name.
_NAME_HEADER = re.compile(r"(?i)^(?:name|full name|account name|account holder|customer)$")
_PAYEE_HEADER = re.compile(r"(?i)^(?:payee|payee name|beneficiary|recipient)$")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?")
_FIRM_WORDS = frozenset(
    words(
        """ltd limited plc inc llc co company group bank gas water energy electric council tax
        media mobile insurance services street road avenue lane stores store shop"""
    )
)


def plausible_name(cell: str, census: bool = True) -> bool:
    """Two to five words of letters, none a firm's or a street's, and (``census``) one a
    census name."""
    from steward.data.pii.recognizers.given_names import GIVEN_NAMES
    from steward.data.pii.recognizers.surnames import SURNAMES

    tokens = cell.split()
    if not 2 <= len(tokens) <= 5 or not all(_NAME_WORD.fullmatch(t) for t in tokens):
        return False
    if any(t.lower().strip(".") in _FIRM_WORDS for t in tokens):
        return False
    return not census or any(t.title() in GIVEN_NAMES or t.title() in SURNAMES for t in tokens)


class TableNameRecognizer(Recognizer):
    """The name column of a tab- or pipe-separated table with a name header."""

    name = "table_name"
    labels = ("PERSON",)
    languages = frozenset({"en"})
    trigger = re.compile(r"[\t|｜]")

    def analyze(self, text: str, language: str) -> Iterator[Entity]:
        column: int | None = None
        census = True
        offset = 0
        for line in text.split("\n"):
            separator = line_separator(line)
            spans = table_cells(line, separator) if separator else []
            cells = [line[s:e] for s, e in spans]
            if len(cells) < 2:
                column = None  # the table ended
            elif column is None:
                column = next((i for i, c in enumerate(cells) if _NAME_HEADER.match(c)), None)
                census = column is None
                if column is None:
                    column = next((i for i, c in enumerate(cells) if _PAYEE_HEADER.match(c)), None)
            elif column < len(cells) and plausible_name(cells[column], census):
                start, end = spans[column]
                yield self.entity(offset + start, offset + end, "PERSON", 0.7)
            offset += len(line) + 1
