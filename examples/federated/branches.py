"""Write the federated example's data: three bank branches, each with its own conversation log.

The rows come from the project's own synthetic bank log (``steward.examples.bank``, the
generator behind ``steward demo-data``: seeded, with personal data, HTML, duplicates and
malformed lines planted), dealt out so that the branches differ the way real ones do:

- ``harbour``: most of the Chinese-speaking customers (and more exchange-rate and transfer
  questions);
- ``riverside``: most of the customers aged 65+ (and more card, PIN and statement questions);
- ``central``: everyone else (and more account and loan questions).

Usage: ``python examples/federated/branches.py [--messages 1500] [--out examples/federated/data]``
(``make federated-demo`` runs it). Same arguments, same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BRANCHES = ("harbour", "riverside", "central")
# Intents a branch sees more of (weight 3 against 1 for the others) when a row is dealt by
# intent rather than by language or age.
FAVOURED = {
    "harbour": {"exchange_rate", "transfer_failed", "balance_inquiry", "fee_inquiry"},
    "riverside": {"card_lost", "change_pin", "statement_request", "atm_cash_not_dispensed"},
    "central": {"account_opening", "loan_inquiry", "credit_limit_increase", "password_reset"},
}
HOME_SHARE = 0.8  # share of Chinese speakers sent to harbour, of 65+ customers to riverside


def _branch_of(row: dict[str, object] | None, rng: Random) -> str:
    if row is not None and row.get("language") == "zh" and rng.random() < HOME_SHARE:
        return "harbour"
    if row is not None and row.get("age_band") == "65+" and rng.random() < HOME_SHARE:
        return "riverside"
    intent = row.get("intent") if row is not None else None
    # central is the largest branch: it takes most of the customers the others do not
    weights = [
        (3.0 if intent in FAVOURED[name] else 1.0) * (3.0 if name == "central" else 1.0)
        for name in BRANCHES
    ]
    return rng.choices(BRANCHES, weights=weights)[0]


def write_branches(out: Path, *, messages: int = 1500, seed: int = 13) -> dict[str, int]:
    """Generate the log and write one JSONL file per branch; the rows per branch."""
    from steward.examples.bank import BankDataConfig, generate_bank_lines

    # More 65+ customers than the single-bank demo so that riverside has a branch's worth.
    lines, _ = generate_bank_lines(
        BankDataConfig(n_messages=messages, seed=seed, zh_share=0.3, bias_group_share=0.2)
    )
    rng = Random(seed)
    dealt: dict[str, list[bytes]] = {name: [] for name in BRANCHES}
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:  # a malformed line stays malformed: its branch quarantines it
            row = None
        dealt[_branch_of(row if isinstance(row, dict) else None, rng)].append(line)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in dealt.items():
        (out / f"{name}.jsonl").write_bytes(b"".join(row + b"\n" for row in rows))
    return {name: len(rows) for name, rows in dealt.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=1500, help="lines in the whole log")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "data")
    args = parser.parse_args()
    counts = write_branches(args.out, messages=args.messages, seed=args.seed)
    for name, count in counts.items():
        print(f"{name}: {count} lines -> {args.out / (name + '.jsonl')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
