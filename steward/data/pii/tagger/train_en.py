"""Train the English PERSON/ADDRESS tagger (a CRF, sklearn-crfsuite) on generated data.

    python -m steward.data.pii.tagger.train_en [--n 8000] [--seed 18] [--out PATH]
        [--extra-source MODULE:FUNC[:N[:SEED]] ...]

Deterministic: the data come from :func:`steward.data.pii.tagger.generate_en.generate` with
the seed, plus each ``--extra-source``: ``FUNC(N, SEED)`` of ``MODULE`` (another author's
generator, e.g. ``benchmarks/pii_heldout6/generator.py:generate:1200:9006`` run from a checkout,
or the hard negatives of :mod:`steward.data.pii.tagger.negatives_en`), of which the English
rows are kept with their PERSON and ADDRESS spans (every other label is ``O`` for the tagger).
L-BFGS over the same data gives the same model. Writes the model and, beside it, a JSON card
with its sha256, size, the data and the command that made it, extra sources included. The
default ``--out`` is the model the package ships (``steward/resources/pii/en_tagger.crfsuite``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from steward.data.pii.tagger.features_en import bio_labels, run_items
from steward.data.pii.tagger.generate_en import Record, generate
from steward.data.pii.tagger.model_en import paragraphs, shipped_model_path
from steward.data.pii.tagger.train import fit_crf, parse_source, training_command
from steward.errors import StewardError

DEFAULT_N = 8000
DEFAULT_SEED = 18
DEFAULT_C1 = 0.5
DEFAULT_C2 = 0.01
DEFAULT_ITERATIONS = 100
TAGGED_LABELS = frozenset({"PERSON", "ADDRESS"})


def extra_source(spec: str) -> tuple[str, list[Record]]:
    """``MODULE:FUNC[:N[:SEED]]`` (``MODULE`` a dotted name or a ``.py`` file's path): the
    spec in full and the English records of
    ``FUNC(N, SEED)``, their spans cut down to PERSON and ADDRESS."""
    where = f"--extra-source {spec}"
    function, n, seed = parse_source(spec)
    module_name, function_name = spec.split(":")[:2]
    records: list[Record] = []
    for row in function(n, seed):
        if row.get("lang", "en") != "en":
            continue
        text = str(row["text"])
        spans = [
            {"start": int(s["start"]), "end": int(s["end"]), "label": str(s["label"])}
            for s in row["spans"]
            if s["label"] in TAGGED_LABELS
        ]
        if any(not 0 <= s["start"] < s["end"] <= len(text) for s in spans):  # type: ignore[operator]
            raise StewardError(f"a span lies outside its text: {row!r:.200}", where=where)
        records.append({"text": text, "spans": spans, "lang": "en"})
    return f"{module_name}:{function_name}:{n}:{seed}", records


def training_rows(records: Sequence[Record]) -> tuple[list[list[Any]], list[list[str]]]:
    """The CRF's input: the runs the tagger reads (see features_en.candidate_runs), paragraph
    by paragraph, as feature items and BIO labels."""
    xs: list[list[Any]] = []
    ys: list[list[str]] = []
    for record in records:
        text = str(record["text"])
        for start, end in paragraphs(text):
            paragraph = text[start:end]
            entities = [
                {
                    "start": int(str(e["start"])) - start,
                    "end": int(str(e["end"])) - start,
                    "label": e["label"],
                }
                for e in record["spans"]  # type: ignore[attr-defined]
                if start <= int(str(e["start"])) < end
            ]
            for tokens, items in run_items(paragraph):
                xs.append(items)
                ys.append(bio_labels(paragraph, tokens, entities))
    return xs, ys


def train(
    records: Sequence[Record],
    out: Path,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_ITERATIONS,
) -> Path:
    """Train a CRF on ``records`` and write it to ``out``."""
    xs, ys = training_rows(records)
    return fit_crf(xs, ys, out, c1, c2, max_iterations)


def main(argv: Sequence[str] | None = None) -> None:
    training_command(
        argv,
        description=(__doc__ or "").splitlines()[0],
        module="steward.data.pii.tagger.train_en",
        generator="steward.data.pii.tagger.generate_en.generate",
        generate=generate,
        train=train,
        out=shipped_model_path(),
        n=DEFAULT_N,
        seed=DEFAULT_SEED,
        c1=DEFAULT_C1,
        c2=DEFAULT_C2,
        iterations=DEFAULT_ITERATIONS,
        extra_source=extra_source,
        rows=training_rows,
    )


if __name__ == "__main__":
    main()
