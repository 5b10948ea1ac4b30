"""Train the English PERSON/ADDRESS tagger (a CRF, sklearn-crfsuite) on generated data.

    python -m steward.data.pii.tagger.train_en [--n 8000] [--seed 18] [--out PATH]

Deterministic: the data come from :func:`steward.data.pii.tagger.generate_en.generate` with
the seed, and L-BFGS over the same data gives the same model. Writes the model and, beside
it, a JSON card with its sha256, size, the data and the command that made it. The default
``--out`` is the model the package ships (``steward/resources/pii/en_tagger.crfsuite``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from steward.data.pii.tagger.features_en import bio_labels, run_items
from steward.data.pii.tagger.generate_en import Record, generate
from steward.data.pii.tagger.model_en import paragraphs, shipped_model_path
from steward.data.pii.tagger.train import fit_crf, training_command

DEFAULT_N = 8000
DEFAULT_SEED = 18
DEFAULT_C1 = 0.5
DEFAULT_C2 = 0.01
DEFAULT_ITERATIONS = 100


def train(
    records: Sequence[Record],
    out: Path,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_ITERATIONS,
) -> Path:
    """Train a CRF on ``records`` and write it to ``out``."""
    xs, ys = [], []
    for record in records:
        text = str(record["text"])
        # The runs the tagger reads (see features_en.candidate_runs), paragraph by paragraph.
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
    )


if __name__ == "__main__":
    main()
