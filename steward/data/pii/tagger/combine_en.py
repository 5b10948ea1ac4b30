"""How the English tagger's PERSON/ADDRESS spans combine with the rules' spans of one text.

The rules' spans stand as they are (their boundaries follow conventions the dev sets were
labelled by: a street line without its city on Presidio's data, the name without its
possessive); the tagger adds the names and addresses no rule found, from a marginal
probability of ``ADD_MIN`` on. Measured on the dev sets (``benchmarks/pii_quality.py``
``--dev-only`` and the earlier held-out sets, now dev): letting the tagger's boundaries win
over every rule cost more on Presidio's synthetic sentences than it gained elsewhere.

The names that only the lexicon rules found (``CHECKED``: a census given name or surname, a
list of capitalised words, a speaker label) are the exception: the tagger reads their words
too, and one holding a capital letter that it gives a name probability under ``NAME_MIN``
on every token is dropped ("Sterling House", "Leeds", "Broker:"). (Tuned on the dev sets
with the model trained on many authors' data: ``ADD_MIN`` 0.3-0.5 scored alike and above 0.7
and 0.9; ``NAME_MIN`` 0.03 dropped more of Presidio's true names than 0.01.)
"""

from __future__ import annotations

from collections.abc import Callable

from steward.data.pii.recognizers.address_en import business_address
from steward.data.pii.recognizers.base import Entity, overlapping
from steward.data.pii.recognizers.person_en import (
    possessive_given_name,
    shouted_name,
    world_name,
)
from steward.data.pii.recognizers.person_spans_en import without_addressee
from steward.data.pii.tagger.recognizer import EnTaggerRecognizer

TAGGER = "en_tagger"
ADD_MIN = 0.5
CHECKED = frozenset({"given_name", "name_list", "speaker_label"})
NAME_MIN = 0.01


def _checked(text: str, entity: Entity) -> bool:
    # a lowercase name is never read by the tagger (see features_en.candidate_runs), nor a
    # name in capitals the lexicons read whole (DOMINIC CARTWRIGHT: the tagger learned names
    # in title case), nor a world-list given name before a census surname (Gwilym Rowlands:
    # the tagger's features know the census given names only), nor a given name's possessive
    # before a noun (to Harriet's account)
    if entity.label != "PERSON" or entity.recognizer not in CHECKED:
        return False
    value = text[entity.start : entity.end]
    if not any(c.isupper() for c in value):
        return False
    # (each exemption read only where its cheap sign is: capitals, a space, an apostrophe after)
    if value.isupper() and shouted_name(value.split()):
        return False
    if " " in value and world_name(value.split()):
        return False
    return not (
        text[entity.end : entity.end + 1] in ("'", "’")
        and possessive_given_name(text, entity.start, entity.end)
    )


def combine_with_en_tagger(
    text: str,
    kept: list[Entity],
    tagger: EnTaggerRecognizer,
    keep: Callable[[str, list[Entity]], list[Entity]],
) -> list[Entity]:
    """``kept``: one English text's rule spans over their thresholds; ``keep`` scores and
    thresholds the tagger's spans like the rules' (the analyzer's)."""
    checked = [e for e in kept if _checked(text, e)]
    covered = [(e.start, e.end) for e in kept if not _checked(text, e)]
    spans, name_probability = tagger.model.tag_checked(
        text, covered, [(e.start, e.end) for e in checked]
    )
    doubted = {
        id(entity)
        for entity, p in zip(checked, name_probability, strict=True)
        if p is not None and p < NAME_MIN
    }
    rules = [e for e in kept if id(e) not in doubted]
    checked_ids = {id(e) for e in checked}
    # an address read with its parcel label's addressee line ("FAO Ann Lee\n12 High St"):
    # the address starts below it, and the name is the rules' (see person_spans_en)
    tagged = [without_addressee(text, tagger.entity(*span)) for span in spans]
    scored = [t for t in keep(text, tagged) if t.score >= ADD_MIN]
    # A name the lexicon rules read only part of ("Omar" of "Omar al-Mansouri", "Mei" of "Lim
    # Mei Ling"): the tagger's whole name, holding it and overlapping no other rule's span,
    # stands instead.
    widened: set[int] = set()
    rules_in = overlapping(rules)
    for t in scored:
        if t.label != "PERSON":
            continue
        inside = rules_in(t.start, t.end)
        if (
            inside
            and all(
                id(r) in checked_ids
                and r.label == "PERSON"
                and t.start <= r.start
                and r.end <= t.end
                and (r.end - r.start) < (t.end - t.start)
                # (not after an abbreviation: "Co. Kerry" is a county, "Mr." a title the rule left)
                and "." not in text[t.start : r.start]
                for r in inside
            )
        ):
            widened.update(id(r) for r in inside)
    rules = [r for r in rules if id(r) not in widened]
    rules_in = overlapping(rules)
    added = [
        t
        for t in scored
        if not rules_in(t.start, t.end)
        # (a firm's, a hospital's or a hotel's address, which the rules leave out on purpose)
        and not (t.label == "ADDRESS" and business_address(text, t.start, t.end))
    ]
    return rules + added
