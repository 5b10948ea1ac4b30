"""How the English tagger's PERSON/ADDRESS spans combine with the rules' spans of one text.

The rules' spans stand as they are (their boundaries follow conventions the dev sets were
labelled by: a street line without its city on Presidio's data, the name without its
possessive); the tagger adds the names and addresses no rule found, from a marginal
probability of ``ADD_MIN`` on. Measured on the dev sets (``benchmarks/pii_quality.py``
``--dev-only`` and the earlier held-out sets, now dev): letting the tagger's boundaries win,
or vetoing the rules' weak names it does not confirm, cost more on Presidio's synthetic
sentences than it gained elsewhere.
"""

from __future__ import annotations

from steward.data.pii.recognizers.base import Entity

TAGGER = "en_tagger"
ADD_MIN = 0.7


def combine_with_en_tagger(kept: list[Entity]) -> list[Entity]:
    """``kept``: one English text's spans over their thresholds, the tagger's among them."""
    rules = [e for e in kept if e.recognizer != TAGGER]
    added = [
        t
        for t in kept
        if t.recognizer == TAGGER
        and t.score >= ADD_MIN
        and not any(t.start < r.end and r.start < t.end for r in rules)
    ]
    return rules + added
