"""Train the English PERSON/ADDRESS tagger (a CRF, sklearn-crfsuite) on generated data.

    python -m steward.data.pii.tagger.train_en [--n 8000] [--seed 18] [--out PATH]

Deterministic: the data come from :func:`steward.data.pii.tagger.generate_en.generate` with
the seed, and L-BFGS over the same data gives the same model. Writes the model and, beside
it, a JSON card with its sha256, size, the data and the command that made it. The default
``--out`` is the model the package ships (``steward/resources/pii/en_tagger.crfsuite``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from steward.data.pii.tagger.features_en import bio_labels, run_items
from steward.data.pii.tagger.generate_en import Record, generate
from steward.data.pii.tagger.model import sha256_of
from steward.data.pii.tagger.model_en import paragraphs, shipped_model_path

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
    import sklearn_crfsuite

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
    out.parent.mkdir(parents=True, exist_ok=True)
    crf = sklearn_crfsuite.CRF(
        algorithm="lbfgs",
        c1=c1,
        c2=c2,
        max_iterations=max_iterations,
        all_possible_transitions=True,
        model_filename=str(out),
    )
    crf.fit(xs, ys)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="generated training messages")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--c1", type=float, default=DEFAULT_C1, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=DEFAULT_C2, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS)
    parser.add_argument("--out", type=Path, default=shipped_model_path())
    args = parser.parse_args(argv)
    began = time.perf_counter()
    records = generate(args.n, args.seed, split="train")
    train(records, args.out, args.c1, args.c2, args.iterations)
    card = {
        "sha256": sha256_of(args.out),
        "bytes": args.out.stat().st_size,
        "data": f"steward.data.pii.tagger.generate_en.generate({args.n}, {args.seed}, 'train')",
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.iterations,
        "command": "python -m steward.data.pii.tagger.train_en "
        f"--n {args.n} --seed {args.seed} --c1 {args.c1} --c2 {args.c2} "
        f"--iterations {args.iterations}",
    }
    args.out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", "utf-8")
    print(
        f"wrote {args.out} ({card['bytes']} bytes, sha256 {card['sha256']}) "
        f"in {time.perf_counter() - began:.1f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
