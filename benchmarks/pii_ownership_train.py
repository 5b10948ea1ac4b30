"""Train the "whose is this span" filter (``steward.data.pii.ownership``) and write its weights.

    PYTHONPATH=. python benchmarks/pii_ownership_train.py [--n 300] [--seed 29] [--c 0.25]
        [--hold-out heldout15] [--out steward/resources/pii/ownership.json] [--dry-run]

Examples: every span of the filter's labels that the analyzer keeps with the filter off, on fresh
samples (``--seed``, not the benchmark's seeds) of every dev generator in ``benchmarks/pii_dev``
(``whose_span``, ``owner_frames``, ``owner_kinds``, ``owner_public`` and ``owner_eponyms``, written
for this filter, six times over each) and of the earlier independent sets (dev now, issue 18); a
span is personal (1) when it matches a gold span of its label (IoU >= 0.5, the benchmark's rule),
not (0) otherwise. The model is scikit-learn's L2 logistic regression over binary features seen in
at least ``--min-count`` examples, classes weighted to balance; only weights with ``|w| >= 0.01``
are written. The sets named in ``--hold-out`` are left out of training and measured on the
benchmark's own rows (``pii_quality.py --FLAG``'s size and seed) with the new weights and without
the filter: PII-free messages flagged, P/R/F1 of ADDRESS, PERSON and micro per language, and the
personal spans the filter would drop, so a new kind's generalisation can be read before its set is
trained on (``--hold-out heldout16`` reads the last blind set as a pseudo-blind one; ``--dry-run``
writes nothing). ``--leave-one-out`` trains one model per set in turn with that set left out and
reports the left-out figures and their spread; ``--cache DIR`` keeps the analyzer's filter-off
spans on disk (the filter is the engine's last step, so any model's output is read from them).
Deterministic for the same seed and the same engine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_dev import dev_sets  # noqa: E402
from pii_quality import (  # noqa: E402
    BLIND_SETS,
    iou,
    load_dev_generated,
    load_independent,
    score,
)

from steward.data.pii import Analyzer, ownership  # noqa: E402

Span = tuple[int, int, str]
# the sets written for this filter (both kinds in the same frames): this many times more of them
FILTER_SETS_TIMES = {
    "whose_span": 6,
    "owner_frames": 6,
    "owner_kinds": 6,
    "owner_public": 6,
    "owner_eponyms": 6,
}
BENCHMARK_N = 600  # pii_quality.py's --heldoutN-n default
Example = tuple[list[str], int]


def examples(
    analyzer: Analyzer, rows: list[tuple[str, list[Span]]]
) -> tuple[list[Example], list[tuple[str, Span, int]]]:
    """The features and the 0/1 target of every kept span of the filter's labels in ``rows``
    (found with the filter off), and the spans themselves for printing."""
    found = analyze_off(analyzer, [text for text, _ in rows])
    out: list[Example] = []
    spans: list[tuple[str, Span, int]] = []
    for (text, gold), entities in zip(rows, found, strict=True):
        unmatched = list(gold)
        for e in entities:
            if e.label not in ownership.LABELS:
                continue
            span = (e.start, e.end, e.label)
            best = max(
                (g for g in unmatched if g[2] == e.label), key=lambda g: iou(g, span), default=None
            )
            personal = int(best is not None and iou(best, span) >= 0.5)
            if personal and best is not None:
                unmatched.remove(best)
            out.append((span_features(text, e, entities), personal))
            spans.append((text, span, personal))
    return out, spans


_CACHE_DIR: Path | None = None


def analyze_off(analyzer: Analyzer, texts: list[str]) -> list[list[Any]]:
    """The analyzer's kept spans of ``texts`` with the filter off. The filter is the engine's last
    step and only drops spans, so its result on any weights is read from these; with
    ``--cache DIR`` they are kept on disk, keyed by the texts and by the source of every module
    of ``steward.data.pii`` but the filter's (a feature or a model change reuses them)."""
    if _CACHE_DIR is None:
        with ownership.disabled():
            return analyzer.analyze_batch(texts)
    digest = hashlib.sha256()
    pii = Path(ownership.__file__).parent
    for path in sorted(pii.rglob("*.py")):
        if path.name != "ownership.py":
            digest.update(path.read_bytes())
    digest.update(json.dumps(texts).encode("utf-8"))
    cached = _CACHE_DIR / f"{digest.hexdigest()[:24]}.pkl"
    if cached.exists():
        loaded: list[list[Any]] = pickle.loads(cached.read_bytes())
        return loaded
    with ownership.disabled():
        found = analyzer.analyze_batch(texts)
    _CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(found))
    return found


def filtered(
    texts: Sequence[str], found: list[list[Any]], weights: dict[str, float] | None
) -> list[list[Span]]:
    """``found`` as the engine would report it with the filter judging by ``weights`` (None:
    the filter off)."""
    if weights is None:
        return [[(e.start, e.end, e.label) for e in entities] for entities in found]
    with ownership.using(weights):
        return [
            [(e.start, e.end, e.label) for e in ownership.settle_ownership(text, entities)]
            for text, entities in zip(texts, found, strict=True)
        ]


def span_features(text: str, entity: Any, entities: list[Any]) -> list[str]:
    """The filter's features of ``entity`` among the message's kept ``entities`` (as the
    engine computes them)."""
    return ownership.features(
        text,
        entity.start,
        entity.end,
        entity.label,
        recognizer=entity.recognizer,
        neighbours=[e.label for e in entities],
    )


def fit(train: list[Example], c: float, min_count: int) -> dict[str, float]:
    """L2 logistic regression over the binary features seen in at least ``min_count``
    examples, classes weighted to balance; the weights with ``|w| >= 0.01``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: Counter[str] = Counter(f for feats, _ in train for f in set(feats))
    keep = {f for f, n in counts.items() if n >= min_count}
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{f: 1 for f in feats if f in keep} for feats, _ in train])
    y = [target for _, target in train]
    # (balanced: the analyzer keeps far more personal spans than others)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=3000, class_weight="balanced")
    model.fit(x, y)
    return {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 0.01
    }


def leave_one_out(
    analyzer: Analyzer,
    dev: list[Example],
    by_set: dict[str, list[Example]],
    flags: list[str],
    c: float,
    min_count: int,
) -> dict[str, Any]:
    """For each set in ``flags``: a model trained on the dev examples and every other set's,
    measured on the left-out set's benchmark rows (``pii_quality.py --FLAG``'s size and seed):
    PII-free messages flagged per language, and PERSON/ADDRESS/EMAIL_ADDRESS recall, with the
    filter off and on. The left-out figures are the honest ones (the shipped model has seen
    every set); their spread says how far a new set may land from them."""
    report: dict[str, Any] = {}
    for flag in flags:
        weights = fit(
            dev + [x for name, xs in by_set.items() if name != flag for x in xs], c, min_count
        )
        figures = held_out_figures(analyzer, flag, weights)
        report[flag] = {
            tag: {
                lang: {
                    "pii_free_flagged": figures[tag][lang]["pii_free_flagged"],
                    **{
                        label: figures[tag][lang][label]["recall"]
                        for label in ("PERSON", "ADDRESS", "EMAIL_ADDRESS")
                        if label in figures[tag][lang]
                    },
                }
                for lang in figures[tag]
            }
            for tag in ("no_filter", "filter")
        }
        print(flag, json.dumps(report[flag]["filter"]), file=sys.stderr, flush=True)
    flagged = {
        lang: [
            report[f]["filter"][lang]["pii_free_flagged"]
            for f in flags
            if lang in report[f]["filter"]
        ]
        for lang in ("en", "zh")
    }
    report["spread"] = {
        lang: {"mean": round(sum(v) / len(v), 4), "min": min(v), "max": max(v)}
        for lang, v in flagged.items()
        if v
    }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="messages per set")
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--hold-out", nargs="*", default=[], help="blind-set flags not trained on")
    parser.add_argument("--out", type=Path, default=ownership.model_path())
    parser.add_argument("--dry-run", action="store_true", help="train and report, write nothing")
    parser.add_argument(
        "--leave-one-out",
        nargs="*",
        default=None,
        help="blind-set flags to leave out one at a time (none named: heldout10..heldout21); "
        "reports the left-out figures and their spread (with --dry-run: writes nothing)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the analyzer's spans (filter off) here, to rerun a feature change quickly",
    )
    args = parser.parse_args()
    global _CACHE_DIR
    _CACHE_DIR = args.cache

    analyzer = Analyzer()
    sets: dict[str, list[tuple[str, list[Span]]]] = {}
    for name, by_lang in load_dev_generated(args.n, args.seed).items():
        sets[name] = [row for rows in by_lang.values() for row in rows]
    for name, times in FILTER_SETS_TIMES.items():
        for row in dev_sets()[name](args.n * times, args.seed + 1):
            spans_ = [(int(s["start"]), int(s["end"]), str(s["label"])) for s in row["spans"]]
            sets[name].append((str(row["text"]), spans_))
    held: dict[str, list[tuple[str, list[Span]]]] = {}
    for blind in BLIND_SETS:
        if blind.still_blind:  # not run once yet: never trained on (issue 18's discipline)
            continue
        by_lang = load_independent(args.n, blind.seed + args.seed, blind.generate)
        rows = [row for rows in by_lang.values() for row in rows]
        (held if blind.flag in args.hold_out else sets)[blind.flag] = rows

    by_set = {name: examples(analyzer, sets[name])[0] for name in sorted(sets)}
    if args.leave_one_out is not None:
        flags = args.leave_one_out or [f"heldout{i}" for i in range(10, 22)]
        dev = [x for name, xs in by_set.items() if name not in flags for x in xs]
        loo = leave_one_out(analyzer, dev, by_set, flags, args.c, args.min_count)
        print(json.dumps(loo["spread"]), file=sys.stderr)
        if args.dry_run:
            return
    train = [x for name in sorted(by_set) for x in by_set[name]]
    y = [target for _, target in train]
    weights = fit(train, args.c, args.min_count)
    print(
        f"trained on {len(train)} spans ({sum(y)} personal) from {len(sets)} sets; "
        f"{len(weights)} weights",
        file=sys.stderr,
    )
    ownership._weights.cache_clear()
    report: dict[str, Any] = {}
    for name in sorted(held):
        report[name] = held_out_figures(analyzer, name, weights)
    if report:
        print(json.dumps(report, ensure_ascii=False, indent=1), file=sys.stderr)
    if not args.dry_run:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(
                {
                    "trained_by": "benchmarks/pii_ownership_train.py",
                    "args": {
                        "n": args.n,
                        "seed": args.seed,
                        "min_count": args.min_count,
                        "c": args.c,
                        "hold_out": args.hold_out,
                    },
                    "weights": dict(sorted(weights.items())),
                },
                ensure_ascii=False,
                indent=0,
            )
            + "\n",
            "utf-8",
        )
        print(f"wrote {args.out}", file=sys.stderr)


def held_out_figures(analyzer: Analyzer, flag: str, weights: dict[str, float]) -> dict[str, Any]:
    """A held-out set's figures under ``weights`` and without the filter, on the benchmark's own
    rows (``pii_quality.py --FLAG``'s default size and seed): PII-free messages flagged, P/R/F1
    of the filter's labels and micro, and the personal spans the filter drops (a leak)."""
    blind = next(b for b in BLIND_SETS if b.flag == flag)
    by_lang = load_independent(BENCHMARK_N, blind.seed, blind.generate)
    figures: dict[str, Any] = {"no_filter": {}, "filter": {}}
    for lang, lang_rows in sorted(by_lang.items()):
        texts, gold = [t for t, _ in lang_rows], [g for _, g in lang_rows]
        found = analyze_off(analyzer, texts)
        labels = {label for spans_ in gold for _, _, label in spans_}
        for tag, model in (("no_filter", None), ("filter", weights)):
            pred = filtered(texts, found, model)
            scores = score(gold, pred, labels)
            negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
            row: dict[str, Any] = {
                label: {k: round(v, 3) for k, v in scores[label].items() if k != "support"}
                for label in ("micro", "ADDRESS", "PERSON", "EMAIL_ADDRESS")
                if label in scores
            }
            row["pii_free_flagged"] = round(sum(map(bool, negatives)) / max(1, len(negatives)), 4)
            figures[tag][lang] = row
    rows = [row for rows in by_lang.values() for row in rows]
    found_x, spans = examples(analyzer, rows)
    figures["dropped_personal"] = [
        (text[s:e], label)
        for (feats, _), (text, (s, e, label), personal) in zip(found_x, spans, strict=True)
        if personal
        and sum(weights.get(f, 0.0) for f in feats) < _logit(ownership.DROP_BELOW[label])
    ]
    return figures


def _logit(p: float) -> float:
    import math

    return math.log(p / (1 - p))


if __name__ == "__main__":
    main()
