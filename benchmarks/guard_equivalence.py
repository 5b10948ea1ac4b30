"""Same verdicts from two versions of the guards: a speed-up must not change what they decide.

Runs every input guard (max_length, prompt_injection, pii, toxicity, harmful_request) and the
output-only secrets guard, one text at a time as the gateway does, with this checkout's code
and with the code of a git ref (``--against``, default ``main``), on one fixed set of texts:

- the shared ``prompt_injection`` test split;
- bank messages, English and Chinese (held-out generator seed 2000), as written and padded
  to 512 characters (the latency benchmark's prompts);
- harmful requests: the shared HarmBench list and the Chinese dev requests of
  ``benchmarks/guard_harmful.py``.

Both versions score with one injection model (trained here as ``serve_guards.py`` trains it
and saved once, so the comparison is of scoring code, not of two fits). Each version runs in
its own process (``PYTHONPATH`` set to its tree); the check fails when any guard's action,
reasons, spans or harmful-request categories differ on any text, or a score differs by more
than ``--tolerance`` (1e-9).

Usage: python benchmarks/guard_equivalence.py [--against main] [--bank 2000]
Prints the comparison; exits 1 on any difference (at once, 0, when ``steward/`` is the ref's).
Writes nothing under the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
INJECTION = SHARED / "prompt_injection"
HARMBENCH = SHARED / "toxicity_prompts" / "harmbench" / "harmbench_prompts.txt"
GUARDS = ("max_length", "prompt_injection", "pii", "toxicity", "harmful_request", "secrets")


def fixed_texts(bank: int) -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from guard_harmful import ZH_DEV_ACTS, ZH_DEV_FRAMES, zh_requests
    from serve_guards import bank_messages, prompts_512

    from steward.serve.guards.build import read_labelled_csv

    messages = bank_messages(2000, bank)
    lines = HARMBENCH.read_text("utf-8").splitlines()
    return {
        "injection_test": read_labelled_csv(INJECTION / "test.csv")[0],
        "bank": messages,
        "bank_512": prompts_512(messages, 300),
        "harmful": [line.strip() for line in lines if line.strip()]
        + zh_requests(ZH_DEV_FRAMES, ZH_DEV_ACTS),
    }


def train_model(path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from serve_guards import bank_messages

    from steward.serve.guards import InjectionClassifier
    from steward.serve.guards.build import _anonymized, read_labelled_csv

    texts, labels = read_labelled_csv(INJECTION / "train.csv")
    benign = _anonymized(bank_messages(1000, 3000))
    InjectionClassifier().fit(texts + benign, labels + [0] * len(benign)).save(path)


def record(verdict: Any) -> dict[str, Any]:
    out = {
        "action": verdict.action,
        "score": float(verdict.score),
        "reasons": list(verdict.reasons),
        "spans": [[s.start, s.end, s.label] for s in verdict.spans],
    }
    if hasattr(verdict, "findings"):  # harmful_request: categories and policy action
        out["policy_action"] = verdict.policy_action
        out["findings"] = [[f.category, float(f.score), f.action] for f in verdict.findings]
    return out


def dump(texts_path: Path, model_path: Path, out_path: Path) -> None:
    """Run in a child process: the guards of whichever ``steward`` is first on the path."""
    from steward.serve.guards import (
        HarmfulRequestGuard,
        InjectionClassifier,
        MaxLengthGuard,
        PiiGuard,
        PromptInjectionGuard,
        SecretsGuard,
        ToxicityGuard,
    )

    guards = [
        MaxLengthGuard(4000),
        PromptInjectionGuard(InjectionClassifier.load(model_path)),
        PiiGuard(),
        ToxicityGuard(),
        HarmfulRequestGuard(),
        SecretsGuard(),
    ]
    sets = json.loads(texts_path.read_text("utf-8"))
    verdicts = {
        name: [[record(guard.check(text)) for guard in guards] for text in texts]
        for name, texts in sets.items()
    }
    out_path.write_text(json.dumps(verdicts), encoding="utf-8")


def export_ref(ref: str, into: Path) -> None:
    archive = into / "ref.tar"
    subprocess.run(
        ["git", "-C", str(ROOT), "archive", "-o", str(archive), ref, "steward"], check=True
    )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")


def run_version(tree: Path, texts: Path, model: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, __file__, "--dump", str(texts), str(model), str(out)]
    subprocess.run(command, check=True, env=env, cwd=tree)


def differences(old: Any, new: Any, tolerance: float, where: str = "") -> list[str]:
    """Paths at which two records differ (floats beyond ``tolerance``)."""
    if isinstance(old, float) and isinstance(new, float):
        return [f"{where}: {old!r} != {new!r}"] if abs(old - new) > tolerance else []
    if isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            return [f"{where}: {len(old)} items != {len(new)}"]
        return [
            d
            for i, (a, b) in enumerate(zip(old, new, strict=True))
            for d in differences(a, b, tolerance, f"{where}[{i}]")
        ]
    if isinstance(old, dict) and isinstance(new, dict):
        if old.keys() != new.keys():
            return [f"{where}: keys {sorted(old)} != {sorted(new)}"]
        return [d for k in old for d in differences(old[k], new[k], tolerance, f"{where}.{k}")]
    return [] if old == new else [f"{where}: {old!r} != {new!r}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="git ref of the reference version")
    parser.add_argument("--bank", type=int, default=2000, help="bank messages generated")
    parser.add_argument("--tolerance", type=float, default=1e-9)
    parser.add_argument("--dump", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(*args.dump)
        return
    for needed in (INJECTION, HARMBENCH):
        if not needed.exists():
            raise SystemExit(f"needs the shared data at {needed}")
    unchanged = subprocess.run(
        ["git", "-C", str(ROOT), "diff", "--quiet", args.against, "--", "steward"], check=False
    )
    if unchanged.returncode == 0:  # e.g. run_all.py on main itself: nothing to compare
        print(f"steward/ is the same as {args.against}'s: nothing to compare")
        return
    with tempfile.TemporaryDirectory(prefix="guard-equivalence-") as tmp:
        work = Path(tmp)
        (work / "ref").mkdir()
        export_ref(args.against, work / "ref")
        texts = fixed_texts(args.bank)
        (work / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        print(f"guards compared: {', '.join(GUARDS)}; training the injection model once ...")
        train_model(work / "model.joblib")
        for name, tree in (("reference", work / "ref"), ("this checkout", ROOT)):
            print(f"running the guards of {name} ...", flush=True)
            run_version(tree, work / "texts.json", work / "model.joblib", work / f"{name}.json")
        old = json.loads((work / "reference.json").read_text("utf-8"))
        new = json.loads((work / "this checkout.json").read_text("utf-8"))
    failed = False
    for name, rows in old.items():
        found = differences(rows, new[name], args.tolerance, name)
        blocked = [sum(row[i]["action"] == "block" for row in rows) for i in range(len(GUARDS))]
        per_guard = ", ".join(f"{g} {n}" for g, n in zip(GUARDS, blocked, strict=True))
        status = "identical" if not found else f"{len(found)} DIFFERENCES"
        print(f"  {name:15s} {len(rows):5d} texts: {status} (blocked: {per_guard})")
        for line in found[:20]:
            print(f"    {line}")
        failed = failed or bool(found)
    print(f"against {args.against}: " + ("verdicts differ" if failed else "same verdicts"))
    if failed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
