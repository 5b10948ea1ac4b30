"""Dev set: an account number named only by the payment sent to it, in English.

    PYTHONPATH=. python benchmarks/pii_dev/account_destinations.py [--n 400] [--seed 17]

A UK account's eight digits are often written with no "account" word and no amount before
them, the payment that went to them naming what they are: "the refund was sent back to
…", "her pension is paid into …", "a standing order to …", "chasing the refund on …". The
counterparts have the same verbs before numbers that are not accounts (an order or a
reference number named by its own word, a phone, a count) or an account shape after words
that pay nothing.

The wording and the numbers are this module's own (not a blind set's). A dev set: written to
tune on (see ``benchmarks/pii_dev/__init__.py``). Run as a script, it prints P/R/F1 of
BANK_ACCOUNT and the share of PII-free messages flagged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

DEFAULT_N = 400
DEFAULT_SEED = 17

POSITIVE_FRAMES = (
    "The tax office says my refund was sent back to {x}, but that account is closed.",
    "Her pension is paid into {x} on the last working day.",
    "I'd like a standing order to {x} for the rent, monthly from June.",
    "Still chasing the refund on {x} - it has been six weeks.",
    "Wages went straight into {x} instead of my new account.",
    "Could the compensation be credited to {x}, my savings?",
    "The housing benefit payments to {x} stopped in April.",
    "He transferred everything over to {x} before he went abroad.",
)
NEGATIVE_FRAMES = (
    "Order {x} was sent to the wrong flat, can you help?",
    "Your complaint reference {x} has been passed to our team.",
    "The refund was sent to my old card ending {y}.",
    "I sent 14 photos to the claims team yesterday.",
    "The payment went through on the 3rd, ref {x}.",
    "My parcel tracking number {x} says it was returned to sender.",
    "The invoice total went up to 2,400 after VAT.",
)


def _account(r: random.Random) -> str:
    digits = f"{r.randint(10, 99)}{r.randint(0, 999999):06d}"
    return digits if r.random() < 0.7 else f"{digits[:4]} {digits[4:]}"


def generate(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` English records, about half with an account, the same for the same seed."""
    rng = random.Random(f"account_destinations-{seed}")
    records: list[dict[str, Any]] = []
    for _ in range(n):
        positive = rng.random() < 0.5
        frame = rng.choice(POSITIVE_FRAMES if positive else NEGATIVE_FRAMES)
        frame = frame.replace("{y}", str(rng.randint(1000, 9999)))
        value = _account(rng)
        head, _, tail = frame.partition("{x}")
        text = head + value + tail if "{x}" in frame else frame
        spans = (
            [{"start": len(head), "end": len(head) + len(value), "label": "BANK_ACCOUNT"}]
            if positive
            else []
        )
        records.append({"text": text, "spans": spans, "lang": "en"})
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pii_quality import score

    from steward.data.pii import Analyzer

    rows = generate(args.n, args.seed)
    found = Analyzer().analyze_batch([str(r["text"]) for r in rows])
    gold = [[(s["start"], s["end"], s["label"]) for s in r["spans"]] for r in rows]
    pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
    table: dict[str, Any] = score(gold, pred, {"BANK_ACCOUNT"})
    negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
    table["pii_free_flagged"] = round(sum(map(bool, negatives)) / max(1, len(negatives)), 4)
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main()
