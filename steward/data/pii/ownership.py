"""Whose is this span: a learned filter over the analyzer's kept spans.

A span can have a person's shape and still be no one's personal data: a bank branch's or a
depot's address written like a home address, a public figure's name, the day an account was
opened read as a date of birth, a team's shared inbox, the bank's own name as the speaker of a
chat export. Which it is is said by the words around it (``branch``, ``our head office``,
``营业网点``, ``对公业务``, ``开户日期``, "a documentary about", ``Bank:`` after the span), not
by its shape, so the cues are not listed here: a logistic regression over context features
(:func:`features`: the words or character pairs either side, the span's own shape) gives the
probability that the span is personal, and spans of :data:`LABELS` under
their label's :data:`DROP_BELOW` are dropped.

The weights (``steward/resources/pii/ownership.json``) are learned from the generated dev
sets, positives and negatives alike: every span the analyzer keeps without this filter is an
example, personal when it matches a gold span. Retrain with
``PYTHONPATH=. python benchmarks/pii_ownership_train.py`` (seeded; it writes the file).
``disabled()`` turns the filter off (for that training run and for measuring it).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from steward.data.pii.recognizers.base import Entity

# The labels the filter judges. Numbers (phones, accounts, cards, IDs) are not among them:
# their owner is settled by the number recognizers' own cues.
LABELS: Final = frozenset({"ADDRESS", "PERSON", "DATE_OF_BIRTH", "EMAIL_ADDRESS"})
# A span is dropped only when the model's probability that it is personal is under its
# label's bar: low for names, addresses and mailboxes (a private one dropped is a leak; set on
# the dev sets so that none of their personal spans is dropped), higher for birth dates, whose
# look-alikes (an opening day, an appointment) the year and the cue tell apart well.
DROP_BELOW: Final[dict[str, float]] = {
    "ADDRESS": 0.1,
    "PERSON": 0.12,
    "EMAIL_ADDRESS": 0.1,
    "DATE_OF_BIRTH": 0.25,
}
_RESOURCE: Final = ("pii", "ownership.json")
_LEFT_CHARS: Final = 48
_RIGHT_CHARS: Final = 32
_WORD: Final = re.compile(r"[a-z]+|[0-9]+|[\u3400-\u9fff]+|[@:：#|>\[\]()（）]")
_YEAR: Final = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
_CURRENT_YEAR: Final = 2026

ENABLED = True


@contextmanager
def disabled() -> Iterator[None]:
    """Run the analyzer without this filter inside the ``with`` block (not thread-safe: a
    switch for training and measurements)."""
    global ENABLED
    before = ENABLED
    ENABLED = False
    try:
        yield
    finally:
        ENABLED = before


def model_path() -> Path:
    return Path(str(resources.files("steward") / "resources" / _RESOURCE[0] / _RESOURCE[1]))


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    path = model_path()
    if not path.exists():
        return {}
    loaded = json.loads(path.read_text("utf-8"))
    return {str(k): float(v) for k, v in loaded["weights"].items()}


def _tokens(segment: str) -> list[str]:
    """Lower-case words, digit runs and a few marks; a run of Chinese characters becomes its
    character pairs (and the single character where the run is one long)."""
    out: list[str] = []
    for token in _WORD.findall(segment.casefold()):
        if "\u3400" <= token[0] <= "\u9fff":
            if len(token) == 1:
                out.append(token)
            out.extend(token[i : i + 2] for i in range(len(token) - 1))
        elif token.isdigit():
            out.append("<num>")
        else:
            out.append(token)
    return out


def features(text: str, start: int, end: int, label: str) -> list[str]:
    """The span's context features, each prefixed with its label (one model, per-label
    weights)."""
    left = text[max(0, start - _LEFT_CHARS) : start]
    right = text[end : end + _RIGHT_CHARS]
    value = text[start:end]
    left_tokens = _tokens(left)
    right_tokens = _tokens(right)
    found = ["bias"]
    found += [f"L:{t}" for t in set(left_tokens)]
    found += [f"L1:{t}" for t in left_tokens[-2:]]
    found += [f"R:{t}" for t in set(right_tokens)]
    found += [f"R1:{t}" for t in right_tokens[:2]]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        found.append("S:opens_line")
    if right[:1] in (":", "："):
        found.append("S:colon_after")
    if "\n" in value:
        found.append("S:crosses_line")
    if label == "EMAIL_ADDRESS" and "@" in value:
        local, _, domain = value.casefold().partition("@")
        found += [f"E:{t}" for t in re.split(r"[._+\-0-9]+", local) if t]
        found.append("E:digits" if any(ch.isdigit() for ch in local) else "E:no_digits")
        found += [f"D:{t}" for t in domain.split(".")[:-1]]
    elif label == "DATE_OF_BIRTH":
        year = _YEAR.search(value)
        if year is not None:
            age = _CURRENT_YEAR - int(year.group())
            found.append("Y:under16" if age < 16 else "Y:under70" if age < 70 else "Y:older")
    elif label == "ADDRESS":
        # (the shape only: street and town names would be learned as lists)
        if re.match(r"(?i)p\.?\s*o\.?\s*box", value):
            found.append("A:po_box")
        found.append("A:digits" if any(ch.isdigit() for ch in value) else "A:no_digits")
    elif label == "PERSON":
        found.append(f"P:words{min(len(value.split()), 3)}")
    return [f"{label}|{f}" for f in found]


def probability(text: str, start: int, end: int, label: str) -> float:
    """The model's probability that the span is a private person's data (1.0 without a
    model)."""
    weights = _weights()
    if not weights:
        return 1.0
    z = sum(weights.get(f, 0.0) for f in features(text, start, end, label))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def settle_ownership(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` less the spans of :data:`LABELS` the model reads as no one's personal
    data."""
    if not ENABLED or not any(e.label in LABELS for e in entities):
        return list(entities)
    return [
        e
        for e in entities
        if e.label not in LABELS
        or probability(text, e.start, e.end, e.label) >= DROP_BELOW[e.label]
    ]
