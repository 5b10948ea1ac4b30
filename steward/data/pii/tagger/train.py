"""Train the Chinese PERSON/ADDRESS tagger (a CRF, sklearn-crfsuite) on generated data.

    python -m steward.data.pii.tagger.train [--n 6000] [--seed 18] [--out PATH]

Deterministic: the data come from :func:`steward.data.pii.tagger.generate.generate` with the
seed, and L-BFGS over the same data gives the same model. Writes the model and, beside it, a
JSON card with its sha256, size, the data and the command that made it. The default ``--out``
is the model the package ships (``steward/resources/pii/zh_tagger.crfsuite``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from steward.data.pii.tagger.features import bio_labels, featurize
from steward.data.pii.tagger.generate import Record, generate
from steward.data.pii.tagger.model import sha256_of, shipped_model_path

DEFAULT_N = 20000
DEFAULT_SEED = 18
DEFAULT_C1 = 0.5
DEFAULT_C2 = 0.01
DEFAULT_ITERATIONS = 120


def train(
    records: Sequence[Record],
    out: Path,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_ITERATIONS,
) -> Path:
    """Train a CRF on ``records`` and write it to ``out``."""
    xs = [featurize(str(record["text"])) for record in records]
    ys = [bio_labels(str(record["text"]), record["spans"]) for record in records]  # type: ignore[arg-type]
    return fit_crf(xs, ys, out, c1, c2, max_iterations)


def fit_crf(
    xs: Sequence[Sequence[Any]],
    ys: Sequence[Sequence[str]],
    out: Path,
    c1: float,
    c2: float,
    max_iterations: int,
) -> Path:
    """Fit a linear-chain CRF (L-BFGS, every transition possible) on feature and BIO-label
    sequences and write it to ``out``: the one fit both taggers (Chinese, English) share."""
    import sklearn_crfsuite

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
    training_command(
        argv,
        description=(__doc__ or "").splitlines()[0],
        module="steward.data.pii.tagger.train",
        generator="steward.data.pii.tagger.generate.generate",
        generate=generate,
        train=train,
        out=shipped_model_path(),
        n=DEFAULT_N,
        seed=DEFAULT_SEED,
        c1=DEFAULT_C1,
        c2=DEFAULT_C2,
        iterations=DEFAULT_ITERATIONS,
    )


def training_command(
    argv: Sequence[str] | None,
    *,
    description: str,
    module: str,
    generator: str,
    generate: Callable[..., Sequence[Any]],
    train: Callable[[Sequence[Any], Path, float, float, int], Path],
    out: Path,
    n: int,
    seed: int,
    c1: float,
    c2: float,
    iterations: int,
    extra_source: Callable[[str], tuple[str, Sequence[Any]]] | None = None,
) -> None:
    """A tagger's training command: generate ``n`` training messages, ``train`` on them, write
    the model to ``out`` and beside it a card (sha256, size, data and the command that
    reproduces it). With ``extra_source`` the command takes ``--extra-source SPEC``
    (repeatable): ``extra_source(SPEC)`` gives the spec in full and its records, added to the
    training data and recorded in the card and its command."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--n", type=int, default=n, help="generated training messages")
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--c1", type=float, default=c1, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=c2, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=iterations)
    parser.add_argument("--out", type=Path, default=out)
    if extra_source is not None:
        parser.add_argument(
            "--extra-source",
            action="append",
            default=[],
            metavar="MODULE:FUNC[:N[:SEED]]",
            help="more training messages: FUNC(N, SEED) of MODULE (repeatable)",
        )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    records = list(generate(args.n, args.seed, split="train"))
    sources = []
    for spec in getattr(args, "extra_source", []):
        full_spec, extra = extra_source(spec)  # type: ignore[misc]
        sources.append(full_spec)
        records.extend(extra)
    train(records, args.out, args.c1, args.c2, args.iterations)
    card = {
        "sha256": sha256_of(args.out),
        "bytes": args.out.stat().st_size,
        "data": f"{generator}({args.n}, {args.seed}, 'train')",
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.iterations,
        "command": f"python -m {module} "
        f"--n {args.n} --seed {args.seed} --c1 {args.c1} --c2 {args.c2} "
        f"--iterations {args.iterations}" + "".join(f" --extra-source {spec}" for spec in sources),
    }
    if sources:
        card["extra_sources"] = sources
    args.out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", "utf-8")
    print(
        f"wrote {args.out} ({card['bytes']} bytes, sha256 {card['sha256']}) "
        f"in {time.perf_counter() - began:.1f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
