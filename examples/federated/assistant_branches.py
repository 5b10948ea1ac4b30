"""Write the federated assistant example's data: the three branches of ``branches.py`` (same
dealing: harbour mostly Chinese-speaking, riverside mostly 65+), each row with the agent's reply
(``response``, as ``steward demo-data --replies`` writes it), so each branch holds its own
conversations for ``steward federate examples/federated/assistant.yaml``.

Usage: ``python examples/federated/assistant_branches.py [--messages 900] [--out DIR]``
(default ``examples/federated/data/assistant``). Same arguments, same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def write_assistant_branches(out: Path, *, messages: int = 900, seed: int = 13) -> dict[str, int]:
    from branches import write_branches

    from steward.examples.bank import _person
    from steward.examples.replies import add_replies

    counts = write_branches(out, messages=messages, seed=seed)
    for name in counts:
        path = out / f"{name}.jsonl"
        lines = path.read_bytes().splitlines()
        path.write_bytes(b"".join(line + b"\n" for line in add_replies(lines, seed, _person)))
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=900, help="lines in the whole log")
    parser.add_argument("--seed", type=int, default=13)
    default = Path(__file__).resolve().parent / "data" / "assistant"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    for name, count in write_assistant_branches(args.out, messages=args.messages).items():
        print(f"{name}: {count} lines -> {args.out / (name + '.jsonl')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
