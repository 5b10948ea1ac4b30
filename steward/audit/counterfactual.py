"""Counterfactual fairness tests: swap identity terms inside real messages and watch the model.

A :class:`Lexicon` (one per attribute: gender, nationality, religion, age; JSON files under
``steward/resources/lexicons/``) lists rows of terms aligned by group, in English and Chinese,
e.g. ``["he", "she"]`` or ``["中国人", "美国人", "英国人", ...]``. A term of group ``i`` found
in a message is replaced by the same row's term of group ``(i + shift) % k``; every shift
``1..k-1`` gives one counterfactual, so two groups give the plain swap (he↔she) and more groups
rewrite the message towards each other group in turn. Shift ``s`` is undone by shift ``k - s``
wherever each term belongs to one row only (the lexicons note the few that do not, e.g.
``her`` → ``his``).

Matching: English terms match whole words only ("he" is not found in "the"), ignoring case,
and the replacement copies the case of the original ("He" → "She", "HIS" → "HER"); a lexicon
term written with a capital (names, Mr, nationalities) is only matched when capitalised in the
text. Chinese has no spaces, so whole lexicon entries are matched, longest first (中国人 before
中国), and a ``keep`` list protects words that contain a term but are not about the attribute
(其他, 中国银行): they are matched first and left alone.

:func:`counterfactual_audit` predicts every message that has a swappable term and all its
counterfactuals in batches (one ``predict_proba`` call per batch) and reports, per attribute,
how many messages had a term, the prediction flip rate over (message, counterfactual) pairs, the
mean absolute change in the probability of the originally predicted class and up to
``max_examples`` flips. :func:`eec_audit` and :func:`crows_pairs_audit` score the same kind of
classifier on the Equity Evaluation Corpus and CrowS-Pairs template sets.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from steward.audit.fairness import wilson_interval
from steward.audit.metric_spec import metric
from steward.audit.sharding import (
    Progress,
    engine_for,
    job_threads,
    model_bytes,
    shard_bounds,
    shard_context,
    tracked,
)
from steward.data.ray_engine import map_with_model
from steward.errors import StewardError

LEXICON_PACKAGE = "steward"
LEXICON_DIR = ("resources", "lexicons")
DEFAULT_ATTRIBUTES: tuple[str, ...] = ("gender", "nationality", "religion", "age")

# A letter or digit that is not CJK: English terms must not touch one on either side
# ("he" in "the" is not a match; "John的" is).
_WORD = r"[^\W\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff]"
_CJK = re.compile(r"[\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff]")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(rf"(?<!{_WORD})(an?)\s+$", re.IGNORECASE)


class ProbaClassifier(Protocol):
    """What the audits need from a model: label names and batched class probabilities."""

    @property
    def labels(self) -> Sequence[str]: ...  # read-only, so a list[str] attribute satisfies it

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray: ...


# -- lexicons -----------------------------------------------------------------------------------


def _key(term: str) -> str:
    """Lookup key of a term or a matched span: case-folded, spaces collapsed (CJK unchanged)."""
    return _SPACES.sub(" ", term.strip()).casefold()


def _transfer_case(source: str, entry: str, target: str) -> str:
    if source == entry:
        return target
    letters = [c for c in source if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


@dataclass(frozen=True)
class Lexicon:
    """Aligned identity terms of one attribute; ``rows[r][g]`` is row ``r``'s term of group
    ``g``. ``keep`` lists words that contain a term but must not be changed."""

    attribute: str
    groups: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    keep: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.groups) < 2:
            raise StewardError("a lexicon needs at least two groups", where=self.attribute)
        for row in self.rows:
            if len(row) != len(self.groups) or not all(term.strip() for term in row):
                raise StewardError(
                    f"row {list(row)} must have one non-empty term per group ({len(self.groups)})",
                    where=self.attribute,
                )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "lexicon") -> Lexicon:
        try:
            terms = data["terms"]
            rows = [tuple(row) for lang in sorted(terms) for row in terms[lang]]
            keep = [word for lang in sorted(data.get("keep", {})) for word in data["keep"][lang]]
            return cls(str(data["attribute"]), tuple(data["groups"]), tuple(rows), tuple(keep))
        except (KeyError, TypeError) as exc:
            raise StewardError(f"malformed lexicon: {exc!r}", where=where) from None

    @property
    def size(self) -> int:
        return len(self.groups)

    def _hits(self, text: str) -> list[tuple[re.Match[str], str, int, int]]:
        """Each swappable match with its lexicon entry, row and group."""
        pattern, lookup = _compile(self)
        hits = []
        for match in pattern.finditer(text):
            hit = lookup.get(_key(match.group()))
            if hit is not None and self._accepts(match.group(), hit[0]):
                hits.append((match, *hit))
        return hits

    def terms(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, matched text)`` of every swappable term in ``text``."""
        return [(m.start(), m.end(), m.group()) for m, *_ in self._hits(text)]

    @staticmethod
    def _accepts(source: str, entry: str) -> bool:
        # A capitalised entry (a name, a title, a nationality) needs a capital in the text.
        return not (entry[:1].isupper() and not source[:1].isupper())

    def swap(self, text: str, shift: int = 1) -> str:
        """``text`` with each term of group ``g`` replaced by its row's term of group
        ``(g + shift) % k``. An English article right before a replaced term follows it
        ("a young man" -> "an old man")."""
        return self._apply(text, self._hits(text), shift)

    def _apply(
        self, text: str, hits: Sequence[tuple[re.Match[str], str, int, int]], shift: int
    ) -> str:
        pieces: list[str] = []
        last = 0
        for match, entry, row, group in hits:
            target = self.rows[row][(group + shift) % self.size]
            target = _transfer_case(match.group(), entry, target)
            before = text[last : match.start()]
            article = _ARTICLE.search(before)
            if article and not _CJK.search(target[:1]):
                wanted = "an" if target[:1].lower() in "aeiou" else "a"
                if article.group(1).lower() != wanted:
                    if article.group(1)[0].isupper():
                        wanted = wanted.capitalize()
                    before = before[: article.start(1)] + wanted + before[article.end(1) :]
            pieces += [before, target]
            last = match.end()
        pieces.append(text[last:])
        return "".join(pieces)

    def counterfactuals(self, text: str) -> list[tuple[int, str]]:
        """``(shift, counterfactual)`` for every shift that changes ``text`` (empty when the
        message has no swappable term). The text is matched once for all shifts."""
        hits = self._hits(text)
        if not hits:
            return []
        out = []
        for shift in range(1, self.size):
            swapped = self._apply(text, hits, shift)
            if swapped != text:
                out.append((shift, swapped))
        return out


@cache
def _compile_cached(
    rows: tuple[tuple[str, ...], ...], keep: tuple[str, ...]
) -> tuple[re.Pattern[str], dict[str, tuple[str, int, int] | None]]:
    lookup: dict[str, tuple[str, int, int] | None] = {}
    for word in keep:
        lookup[_key(word)] = None
    for r, row in enumerate(rows):
        for g, term in enumerate(row):
            lookup.setdefault(_key(term), (term, r, g))  # the first row decides
    spelled: dict[str, str] = {}
    for r_term in [*keep, *(term for row in rows for term in row)]:
        spelled.setdefault(_key(r_term), r_term)
    alternatives = []
    for term in sorted(spelled.values(), key=lambda t: (-len(t), t)):  # longest first
        body = r"\s+".join(re.escape(part) for part in term.split())
        if _CJK.search(term):
            alternatives.append(body)
        else:
            alternatives.append(rf"(?<!{_WORD})(?i:{body})(?!{_WORD})")
    return re.compile("|".join(alternatives)), lookup


def _compile(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, tuple[str, int, int] | None]]:
    return _compile_cached(lexicon.rows, lexicon.keep)


def available_lexicons() -> list[str]:
    folder = resources.files(LEXICON_PACKAGE).joinpath(*LEXICON_DIR)
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def load_lexicon(name_or_path: str | Path) -> Lexicon:
    """A packaged lexicon by attribute name (``gender``) or a JSON file by path."""
    path = Path(name_or_path)
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise StewardError(f"cannot read lexicon: {exc}", where=str(path)) from None
        return Lexicon.from_dict(data, where=str(path))
    resource = resources.files(LEXICON_PACKAGE).joinpath(*LEXICON_DIR, f"{name_or_path}.json")
    if not resource.is_file():
        raise StewardError(
            f"no lexicon {name_or_path!r}; packaged: {', '.join(available_lexicons())}",
            where="audit.counterfactual",
        )
    return Lexicon.from_dict(json.loads(resource.read_text(encoding="utf-8")), str(name_or_path))


def load_lexicons(names: Iterable[str | Path] = DEFAULT_ATTRIBUTES) -> dict[str, Lexicon]:
    lexicons = [load_lexicon(name) for name in names]
    return {lexicon.attribute: lexicon for lexicon in lexicons}


# -- results ------------------------------------------------------------------------------------


def _rounded(values: np.ndarray | Sequence[float]) -> list[float]:
    return [round(float(v), 6) for v in values]


@dataclass(frozen=True)
class Flip:
    """One counterfactual that changed the predicted label."""

    attribute: str
    original: str
    counterfactual: str
    original_label: str
    counterfactual_label: str
    original_probabilities: tuple[float, ...]
    counterfactual_probabilities: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "attribute": self.attribute,
            "original": self.original,
            "counterfactual": self.counterfactual,
            "original_label": self.original_label,
            "counterfactual_label": self.counterfactual_label,
            "original_probabilities": _rounded(self.original_probabilities),
            "counterfactual_probabilities": _rounded(self.counterfactual_probabilities),
        }


@dataclass(frozen=True)
class AttributeResult:
    attribute: str
    messages: int  # messages scanned
    swappable: int  # messages with at least one swappable term
    pairs: int  # (message, counterfactual) pairs scored
    flips: int
    flip_rate: float  # flips / pairs (0 when there are no pairs)
    mean_abs_change: float  # mean |p_cf(c) - p(c)|, c = the originally predicted class
    max_abs_change: float
    examples: tuple[Flip, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "attribute": self.attribute,
            "messages": self.messages,
            "swappable": self.swappable,
            "pairs": self.pairs,
            "flips": self.flips,
            "flip_rate": round(self.flip_rate, 6),
            "mean_abs_change": round(self.mean_abs_change, 6),
            "max_abs_change": round(self.max_abs_change, 6),
            "examples": [flip.to_dict() for flip in self.examples],
        }


# Gate metrics of the counterfactual section, read from a CounterfactualReport. With few
# pairs the rate alone is noise (1 flip in 45 pairs is 2.2%); the upper end of its Wilson
# interval and the pair count let a rule demand evidence.
METRICS = (
    metric("counterfactual_flip_rate", "counterfactual", "classifier", "lower", "fraction",
           "identity swaps that change the prediction, all attributes",
           source="flip_rate"),
    metric("counterfactual_flip_rate_upper", "counterfactual", "classifier", "lower",
           "fraction", "upper end of the flip rate's 95% Wilson interval (0 flips in 45 pairs "
           "is still up to 7.9%)", source="flip_rate_upper"),
    metric("counterfactual_pairs", "counterfactual", "classifier", "higher", "pairs",
           "identity-swap pairs scored; a min rule demands enough evidence",
           source="total_pairs"),
)  # fmt: skip


@dataclass(frozen=True)
class CounterfactualReport:
    labels: tuple[str, ...]
    messages: int
    attributes: tuple[AttributeResult, ...]

    def __getitem__(self, attribute: str) -> AttributeResult:
        for result in self.attributes:
            if result.attribute == attribute:
                return result
        raise KeyError(attribute)

    @property
    def flips(self) -> tuple[Flip, ...]:
        """The flip examples kept (see ``total_flips`` for the count)."""
        return tuple(flip for result in self.attributes for flip in result.examples)

    @property
    def total_pairs(self) -> int:
        return sum(result.pairs for result in self.attributes)

    @property
    def total_flips(self) -> int:
        return sum(result.flips for result in self.attributes)

    @property
    def flip_rate(self) -> float:
        """Flips over pairs, all attributes together (0 when there are no pairs)."""
        return self.total_flips / self.total_pairs if self.total_pairs else 0.0

    def flip_rate_interval(self) -> tuple[float, float]:
        """95% Wilson interval of the overall flip rate; ``(0, 1)`` when there are no pairs.

        It treats pairs as independent trials; several counterfactuals of one message are
        correlated, so with few messages the interval is, if anything, too narrow.
        """
        return wilson_interval(self.total_flips, self.total_pairs)

    @property
    def flip_rate_upper(self) -> float:
        return self.flip_rate_interval()[1]

    def to_dict(self) -> dict[str, Any]:
        low, high = self.flip_rate_interval()
        return {
            "labels": list(self.labels),
            "messages": self.messages,
            "pairs": self.total_pairs,
            "flips": self.total_flips,
            "flip_rate": round(self.flip_rate, 6),
            "flip_rate_ci": [round(low, 6), round(high, 6)],
            "attributes": {r.attribute: r.to_dict() for r in self.attributes},
        }


# -- batched scoring ----------------------------------------------------------------------------


def predict_unique(
    classifier: ProbaClassifier, texts: Sequence[str], batch_size: int = 512
) -> tuple[np.ndarray, dict[str, int]]:
    """Probabilities of each distinct text (one ``predict_proba`` call per batch) and the row
    of each text in that array."""
    index: dict[str, int] = {}
    for text in texts:
        index.setdefault(text, len(index))
    unique = list(index)
    n_labels = len(classifier.labels)
    parts = [
        np.asarray(classifier.predict_proba(unique[start : start + batch_size]), dtype=np.float64)
        for start in range(0, len(unique), batch_size)
    ]
    probabilities = np.concatenate(parts) if parts else np.zeros((0, n_labels))
    if probabilities.shape != (len(unique), n_labels):
        raise StewardError(
            f"predict_proba returned shape {probabilities.shape}, expected "
            f"{(len(unique), n_labels)}",
            where="audit.counterfactual",
        )
    return probabilities, index


# Messages per shard (both engines).
COUNTERFACTUAL_SHARD = 512


@dataclass
class _CounterfactualJob:
    """What every shard reads (loaded once per Ray worker process)."""

    classifier: ProbaClassifier
    lexicons: Mapping[str, Lexicon]
    batch_size: int
    threads: int | None = None


@dataclass(frozen=True)
class _PairsOut:
    """One attribute's pairs in one shard: message index, both sides' probabilities, and the
    counterfactual text of the pairs whose prediction flipped (the only ones reported)."""

    swappable: int
    message: np.ndarray  # (pairs,) index of the message in the whole input
    original: np.ndarray  # (pairs, labels)
    altered: np.ndarray  # (pairs, labels)
    flipped_text: dict[int, str]  # pair (within the shard) -> counterfactual


def _counterfactual_shard(
    job: _CounterfactualJob, item: tuple[int, list[str]]
) -> dict[str, _PairsOut]:
    """Every attribute's pairs of one shard of messages, scored in one batch run."""
    offset, texts = item
    plans: dict[str, list[tuple[int, str]]] = {}  # attribute -> (message index, counterfactual)
    swappable: dict[str, int] = {}
    needed: list[str] = []
    for attribute, lexicon in job.lexicons.items():
        pairs: list[tuple[int, str]] = []
        count = 0
        for i, text in enumerate(texts):
            variants = lexicon.counterfactuals(text)
            if variants:
                count += 1
                needed.append(text)
                for _, variant in variants:
                    pairs.append((i, variant))
                    needed.append(variant)
        plans[attribute] = pairs
        swappable[attribute] = count
    with shard_context(job.classifier, job.threads):
        probabilities, row = predict_unique(job.classifier, needed, job.batch_size)
    n_labels = probabilities.shape[1]
    out = {}
    for attribute, pairs in plans.items():
        original = probabilities[[row[texts[i]] for i, _ in pairs]].reshape(-1, n_labels)
        altered = probabilities[[row[text] for _, text in pairs]].reshape(-1, n_labels)
        flipped = np.flatnonzero(original.argmax(axis=1) != altered.argmax(axis=1))
        out[attribute] = _PairsOut(
            swappable=swappable[attribute],
            message=np.array([offset + i for i, _ in pairs], dtype=np.int64),
            original=original,
            altered=altered,
            flipped_text={int(k): pairs[k][1] for k in flipped},
        )
    return out


def counterfactual_audit(
    classifier: ProbaClassifier,
    texts: Sequence[str],
    lexicons: Mapping[str, Lexicon] | None = None,
    *,
    max_examples: int | None = 5,
    batch_size: int = 512,
    engine: str = "embedded",
    workers: int | None = None,
    progress: Progress | None = None,
    threads: int | None = None,
) -> CounterfactualReport:
    """Flip rate and probability change under identity-term swaps, per attribute.

    ``max_examples`` flips are kept per attribute (``None`` keeps every flip), largest
    probability change first. The messages are scored in shards of
    :data:`COUNTERFACTUAL_SHARD`, in this process or, with ``engine="ray"``, as Ray tasks on
    ``workers`` CPUs, the model loaded once per worker process (the same report on both engines);
    ``progress(done, total)`` after each shard; ``threads``: the torch threads of every shard
    (default: this process's).
    """
    lexicons = load_lexicons() if lexicons is None else lexicons
    labels = tuple(classifier.labels)
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise StewardError(f"expected a string, got {type(text).__name__}", where=f"text {i}")
    bounds = shard_bounds(len(texts), COUNTERFACTUAL_SHARD)
    items = ((start, list(texts[start:end])) for start, end in bounds)
    job = _CounterfactualJob(classifier, lexicons, batch_size, job_threads(threads))
    shards = list(
        tracked(
            map_with_model(_counterfactual_shard, job, items,
                          engine=engine_for(classifier, engine), workers=workers,
                          shared_bytes=model_bytes(classifier)),
            len(bounds),
            progress,
        )
    )  # fmt: skip

    results = []
    n_labels = len(labels)
    for attribute in lexicons:
        parts = [shard[attribute] for shard in shards]
        swappable = sum(part.swappable for part in parts)
        pairs = sum(len(part.message) for part in parts)
        if not pairs:
            results.append(AttributeResult(attribute, len(texts), swappable, 0, 0, 0.0, 0.0, 0.0))
            continue
        message = np.concatenate([part.message for part in parts])
        original = np.concatenate([part.original.reshape(-1, n_labels) for part in parts])
        altered = np.concatenate([part.altered.reshape(-1, n_labels) for part in parts])
        variant: dict[int, str] = {}
        start = 0
        for part in parts:
            variant.update({start + k: text for k, text in part.flipped_text.items()})
            start += len(part.message)
        predicted = original.argmax(axis=1)
        new = altered.argmax(axis=1)
        picked = np.arange(pairs)
        change = np.abs(altered[picked, predicted] - original[picked, predicted])
        flipped = np.flatnonzero(predicted != new)
        order = flipped[np.argsort(-change[flipped], kind="stable")]
        if max_examples is not None:
            order = order[:max_examples]
        examples = tuple(
            Flip(
                attribute=attribute,
                original=texts[message[k]],
                counterfactual=variant[int(k)],
                original_label=labels[predicted[k]],
                counterfactual_label=labels[new[k]],
                original_probabilities=tuple(float(p) for p in original[k]),
                counterfactual_probabilities=tuple(float(p) for p in altered[k]),
            )
            for k in order
        )
        results.append(
            AttributeResult(
                attribute=attribute,
                messages=len(texts),
                swappable=swappable,
                pairs=pairs,
                flips=len(flipped),
                flip_rate=len(flipped) / pairs,
                mean_abs_change=float(change.mean()),
                max_abs_change=float(change.max()),
                examples=examples,
            )
        )
    return CounterfactualReport(labels, len(texts), tuple(results))


# -- template sets: Equity Evaluation Corpus ----------------------------------------------------


def _read_csv(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise StewardError(f"missing columns {', '.join(missing)}", where=str(path))
            return list(reader)
    except OSError as exc:
        raise StewardError(f"cannot read: {exc.strerror}", where=str(path)) from None


@dataclass(frozen=True)
class EECRow:
    sentence: str
    template: str
    person: str
    gender: str
    race: str  # empty for noun phrases ("my brother"): EEC gives race for names only
    emotion: str
    emotion_word: str


def read_eec(path: str | Path) -> list[EECRow]:
    """Rows of the Equity Evaluation Corpus CSV (Kiritchenko & Mohammad, 2018)."""
    columns = ["Sentence", "Template", "Person", "Gender", "Race", "Emotion", "Emotion word"]
    return [
        EECRow(
            sentence=r["Sentence"],
            template=r["Template"],
            person=r["Person"],
            gender=r["Gender"].strip().lower(),
            race=r["Race"].strip(),
            emotion=r["Emotion"].strip(),
            emotion_word=r["Emotion word"].strip(),
        )
        for r in _read_csv(Path(path), columns)
    ]


@dataclass(frozen=True)
class GroupComparison:
    """Mean probability of each class for group ``a`` minus group ``b`` over matched template
    pairs (same template and emotion word; for race also the same gender), each side averaged
    over its people first, as in the EEC paper."""

    attribute: str
    group_a: str
    group_b: str
    pairs: int
    mean_difference: tuple[float, ...]  # per class, a - b
    mean_abs_difference: tuple[float, ...]  # per class
    label_disagreement: float  # share of pairs whose mean-probability argmax differs

    def to_dict(self, labels: Sequence[str]) -> dict[str, Any]:
        return {
            "attribute": self.attribute,
            "groups": [self.group_a, self.group_b],
            "pairs": self.pairs,
            "mean_difference": dict(zip(labels, _rounded(self.mean_difference), strict=True)),
            "mean_abs_difference": dict(
                zip(labels, _rounded(self.mean_abs_difference), strict=True)
            ),
            "label_disagreement": round(self.label_disagreement, 6),
        }


@dataclass(frozen=True)
class TemplateReport:
    dataset: str
    labels: tuple[str, ...]
    sentences: int
    comparisons: tuple[GroupComparison, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "labels": list(self.labels),
            "sentences": self.sentences,
            "comparisons": [c.to_dict(self.labels) for c in self.comparisons],
        }


def _compare(
    attribute: str,
    keyed: Mapping[tuple[str, ...], Mapping[str, list[int]]],
    group_a: str,
    group_b: str,
    probabilities: np.ndarray,
) -> GroupComparison:
    diffs = [
        probabilities[sides[group_a]].mean(axis=0) - probabilities[sides[group_b]].mean(axis=0)
        for sides in keyed.values()
        if sides.get(group_a) and sides.get(group_b)
    ]
    disagree = [
        probabilities[sides[group_a]].mean(axis=0).argmax()
        != probabilities[sides[group_b]].mean(axis=0).argmax()
        for sides in keyed.values()
        if sides.get(group_a) and sides.get(group_b)
    ]
    k = probabilities.shape[1]
    d = np.array(diffs) if diffs else np.zeros((0, k))
    return GroupComparison(
        attribute=attribute,
        group_a=group_a,
        group_b=group_b,
        pairs=len(diffs),
        mean_difference=tuple(float(v) for v in (d.mean(axis=0) if diffs else np.zeros(k))),
        mean_abs_difference=tuple(
            float(v) for v in (np.abs(d).mean(axis=0) if diffs else np.zeros(k))
        ),
        label_disagreement=float(np.mean(disagree)) if disagree else 0.0,
    )


def eec_audit(
    classifier: ProbaClassifier, rows: Sequence[EECRow], *, batch_size: int = 512
) -> TemplateReport:
    """Gender (male − female) and race (African-American − European) probability differences
    of every class over the EEC's matched template pairs."""
    probabilities, row_of = predict_unique(classifier, [r.sentence for r in rows], batch_size)
    by_gender: dict[tuple[str, ...], dict[str, list[int]]] = {}
    by_race: dict[tuple[str, ...], dict[str, list[int]]] = {}
    for r in rows:
        index = row_of[r.sentence]
        by_gender.setdefault((r.template, r.emotion_word), {}).setdefault(r.gender, []).append(
            index
        )
        if r.race:
            key = (r.template, r.emotion_word, r.gender)
            by_race.setdefault(key, {}).setdefault(r.race, []).append(index)
    comparisons = [_compare("gender", by_gender, "male", "female", probabilities)]
    races = sorted({r.race for r in rows if r.race})
    if len(races) == 2:
        comparisons.append(_compare("race", by_race, races[0], races[1], probabilities))
    return TemplateReport("eec", tuple(classifier.labels), len(rows), tuple(comparisons))


# -- template sets: CrowS-Pairs -----------------------------------------------------------------


@dataclass(frozen=True)
class CrowsPair:
    sent_more: str  # the more stereotyping sentence
    sent_less: str
    direction: str  # stereo / antistereo
    bias_type: str


def read_crows_pairs(path: str | Path) -> list[CrowsPair]:
    """Rows of ``crows_pairs_anonymized.csv`` (Nangia et al., 2020)."""
    columns = ["sent_more", "sent_less", "stereo_antistereo", "bias_type"]
    return [
        CrowsPair(r["sent_more"], r["sent_less"], r["stereo_antistereo"], r["bias_type"])
        for r in _read_csv(Path(path), columns)
    ]


@dataclass(frozen=True)
class PairSetResult:
    bias_type: str
    pairs: int
    flips: int
    flip_rate: float
    mean_abs_change: float  # in the probability of the class predicted for sent_more

    def to_dict(self) -> dict[str, Any]:
        return {
            "bias_type": self.bias_type,
            "pairs": self.pairs,
            "flips": self.flips,
            "flip_rate": round(self.flip_rate, 6),
            "mean_abs_change": round(self.mean_abs_change, 6),
        }


@dataclass(frozen=True)
class CrowsPairsReport:
    labels: tuple[str, ...]
    overall: PairSetResult
    by_bias_type: tuple[PairSetResult, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": "crows_pairs",
            "labels": list(self.labels),
            "overall": self.overall.to_dict(),
            "by_bias_type": {r.bias_type: r.to_dict() for r in self.by_bias_type},
        }


def crows_pairs_audit(
    classifier: ProbaClassifier, pairs: Sequence[CrowsPair], *, batch_size: int = 512
) -> CrowsPairsReport:
    """How often the predicted label differs between ``sent_more`` and ``sent_less``, overall
    and per bias type."""
    if not pairs:
        empty = PairSetResult("all", 0, 0, 0.0, 0.0)
        return CrowsPairsReport(tuple(classifier.labels), empty, ())
    texts = [t for p in pairs for t in (p.sent_more, p.sent_less)]
    probabilities, row_of = predict_unique(classifier, texts, batch_size)
    more = probabilities[[row_of[p.sent_more] for p in pairs]].reshape(len(pairs), -1)
    less = probabilities[[row_of[p.sent_less] for p in pairs]].reshape(len(pairs), -1)
    predicted = more.argmax(axis=1)
    flipped = predicted != less.argmax(axis=1)
    picked = np.arange(len(pairs))
    change = np.abs(more[picked, predicted] - less[picked, predicted])
    types = np.array([p.bias_type for p in pairs], dtype=object)

    def summary(name: str, mask: np.ndarray) -> PairSetResult:
        n = int(mask.sum())
        return PairSetResult(
            bias_type=name,
            pairs=n,
            flips=int(flipped[mask].sum()),
            flip_rate=float(flipped[mask].mean()) if n else 0.0,
            mean_abs_change=float(change[mask].mean()) if n else 0.0,
        )

    by_type = tuple(summary(t, types == t) for t in sorted(set(types.tolist())))
    overall = summary("all", np.ones(len(pairs), dtype=bool))
    return CrowsPairsReport(tuple(classifier.labels), overall, by_type)
