"""Dev set: the business parts of documents customers paste (a firm's letterhead, a hospital's
statement header, a utility's PO box, a hotel abroad, a claims or payroll desk's mailbox)
beside the personal address and mailbox written in the same document, in English.

    PYTHONPATH=. python benchmarks/pii_dev/document_letterheads.py [--n 600] [--seed 7]

Kinds (each a PII-free look-alike and, in the same wording, a positive so that a rule which
silences the look-alike is seen to keep the personal value):

- a business's address after its name: a solicitors' or a law firm's letterhead ("Penrose
  Quill LLP, 14 Chapel Row, Bath"), a hospital's or medical centre's statement header, a
  hotel a traveller stays at, a utility's or insurer's PO box ("write to Anglia Water, PO Box
  411, Peterborough"); a private person's street address in the same layout is an ADDRESS;
- a desk's mailbox named by what it handles (``property.claims@``, ``newclaims@``,
  ``patientaccounts@``, ``financialaid@``, ``people@``, ``rent@``); a person's mailbox at
  the same firm is an EMAIL_ADDRESS;
- a firm's pooled account ("our client account (sort code …, account …)") and a utility's
  customer account printed beside the meter on a bill; a tenant's own account in a letter is a
  BANK_ACCOUNT;
- an e-mail read aloud in a voicemail transcript ("nadia dot okoro at sign outlook dot com"),
  spanned in its spoken form; a desk's address or a bare domain read aloud is not one.

A dev set: written to tune on (see ``benchmarks/pii_dev/__init__.py``); its wording is this
module's own. Run as a script, it prints P/R/F1 per label and the share of PII-free messages
flagged.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Part = str | tuple[str, str]
Record = dict[str, Any]
Template = Callable[[random.Random], list[Part]]

DEFAULT_N = 600
DEFAULT_SEED = 7
POSITIVE_SHARE = 0.4

FIRMS = (
    "Penrose Quill LLP",
    "Tarrant & Co",
    "Hollins Vale Solicitors",
    "Ashby Marsh Law",
    "Kettering Row Legal",
)
CLINICS = (
    "St Brigid's Medical Center",
    "Lakeshore Regional Hospital",
    "Eastfield General",
    "Harbourview Clinic",
)
HOTELS = ("Hotel Belvedere", "Cliffside Suites", "Hotel Costa Verde", "Old Quay Inn")
UTILITIES = ("Anglia Water", "Northfield Energy", "SSE", "Coastline Gas", "Brightway Insurance")
STREETS = ("Chapel Row", "Mill Lane", "Harcourt Road", "Quayside Street", "Elm Grove")
TOWNS = ("Bath", "Lincoln", "Exeter", "Carlisle", "Dundee")
DESKS = ("property.claims", "newclaims", "patientaccounts", "financialaid", "people", "rent")
PEOPLE_LOCALS = ("nadia.okoro", "t.brannigan", "joel.whitcombe", "marisa.quint")
HOSTS = ("penrosequill.example", "eastfield-general.example", "anglia-water.example")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _sort_code(rng: random.Random) -> str:
    return f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}"


def _address(rng: random.Random) -> str:
    return f"{rng.randint(2, 240)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"


def _negatives() -> list[Template]:
    return [
        lambda r: [f"{r.choice(FIRMS)}, {_address(r)}\nOur ref: PRB/{r.randint(1000, 99999)}"],
        lambda r: [f"{r.choice(CLINICS)}, {_address(r)} — STATEMENT OF CHARGES\nBalance due"],
        lambda r: [
            f"Travelling next month, staying at {r.choice(HOTELS)}, {_address(r)}. "
            "Please don't block the card."
        ],
        lambda r: [
            f"Queries? Write to {r.choice(UTILITIES)}, PO Box {r.randint(100, 9999)}, "
            f"{r.choice(TOWNS)}. Emergencies 0800 111 999."
        ],
        lambda r: [f"Send the signed form to {r.choice(DESKS)}@{r.choice(HOSTS)} within 30 days."],
        lambda r: [
            f"Please pay the balance to our client account (sort code {_sort_code(r)}, "
            f"account {_digits(r, 8)}) quoting our reference."
        ],
        lambda r: [
            f"{r.choice(UTILITIES)} — Final bill\nBill date 03/05/2026   Account number "
            f"{_digits(r, 10)}   Meter serial K{_digits(r, 8)}"
        ],
        lambda r: [
            "voicemail: the form is on their site at insurer dot com or email me at gmail dot com"
        ],
    ]


def _positives() -> list[Template]:
    return [
        lambda r: [
            f"{r.choice(FIRMS)}\nRe: the estate of our late client, of ",
            (_address(r), "ADDRESS"),
            ".",
        ],
        lambda r: ["Patient address: ", (_address(r), "ADDRESS"), " (balance due)"],
        lambda r: ["While I'm away post can go to ", (_address(r), "ADDRESS"), " as usual."],
        lambda r: [
            "Forms returned by ",
            (f"{r.choice(PEOPLE_LOCALS)}@{r.choice(HOSTS)}", "EMAIL_ADDRESS"),
            ", the tenant.",
        ],
        lambda r: [
            f"The deposit was returned to my own account (sort code {_sort_code(r)}, account ",
            (_digits(r, 8), "BANK_ACCOUNT"),
            ").",
        ],
        lambda r: [
            "voicemail: hi its about my claim my email is ",
            (
                f"{r.choice(PEOPLE_LOCALS).replace('.', ' dot ')} at sign outlook dot com",
                "EMAIL_ADDRESS",
            ),
            " thanks bye",
        ],
    ]


def _assemble(parts: list[Part]) -> Record:
    text, spans = "", []
    for part in parts:
        if isinstance(part, str):
            text += part
            continue
        value, label = part
        spans.append({"start": len(text), "end": len(text) + len(value), "label": label})
        text += value
    return {"text": text, "spans": spans, "lang": "en"}


def generate(n: int, seed: int) -> list[Record]:
    """``n`` English records, about six in ten PII-free, the same for the same seed."""
    rng = random.Random(f"document_letterheads-{seed}")
    negatives, positives = _negatives(), _positives()
    return [
        _assemble(rng.choice(positives if rng.random() < POSITIVE_SHARE else negatives)(rng))
        for _ in range(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--show-misses", action="store_true", help="print every wrong message")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from pii_quality import score  # the benchmarks' scorer: IoU >= 0.5, same label

    from steward.data.pii import Analyzer

    rows = generate(args.n, args.seed)
    gold = [[(int(s["start"]), int(s["end"]), str(s["label"])) for s in r["spans"]] for r in rows]
    found = Analyzer().analyze_batch([str(r["text"]) for r in rows])
    pred = [[(e.start, e.end, e.label) for e in entities] for entities in found]
    labels = {label for spans in gold for _, _, label in spans}
    table = score(gold, pred, labels)
    negatives = [p for g, p in zip(gold, pred, strict=True) if not g]
    flagged = sum(map(bool, negatives)) / max(1, len(negatives))
    print({k: v["f1"] for k, v in table.items()}, f"PII-free flagged {flagged:.1%}")
    if args.show_misses:
        for record, g, p in zip(rows, gold, pred, strict=True):
            if set(g) != set(p) and (g or p):
                print("  ", repr(record["text"]), "gold", g, "found", p)


if __name__ == "__main__":
    main()
