"""A real run with ``store.encrypt: true``: no e-mail address or phone number of the source data
is left readable in any file under the store, every consumer still reads what it needs
(lineage, serving, erasure), a flipped byte is refused naming the artifact, and a key rotation
keeps every byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from steward.accountability.ledger import Ledger
from steward.config import example_policy_text, load_policy
from steward.errors import StewardError
from steward.pipeline import Pipeline
from steward.serve.predictor import ServedModel
from steward.store.artifacts import Store
from steward.store.encryption import HEADER_BYTES, is_envelope

NAMES = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Edsger Dijkstra"]


def _rows() -> tuple[list[dict[str, str]], list[bytes]]:
    rows, secrets = [], []
    for i in range(60):
        name = NAMES[i % len(NAMES)]
        email = f"{name.split()[0].lower()}.{i}@example.org"
        phone = f"415-555-{1000 + i}"
        intent = "card_lost" if i % 2 else "balance_inquiry"
        topic = "I lost my card" if i % 2 else "what is my balance"
        text = f"Hello, {topic}. Write to {email} or call {phone}. Thanks, {name}"
        rows.append({"message_id": f"m{i}", "text": text, "intent": intent})
        secrets += [email.encode(), phone.encode()]
    # A row without a label goes to quarantine (masked there; the raw copy is in the store).
    rows.append({"message_id": "bad", "text": "no label; mail quarantined.person@example.org"})
    secrets.append(b"quarantined.person@example.org")
    return rows, secrets


def _steward(*args: str, home: Path, actor: str = "alice") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steward.cli", *args, "--home", str(home)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "STEWARD_ACTOR": actor, "HF_HUB_OFFLINE": "1"},
    )


# Run in a child process: opening and closing the SQLite files here would drop this
# process's POSIX locks on them (SQLite's documented hazard) while its engine is open.
_SCAN = """
import json, sys
from pathlib import Path
home, secrets = Path(sys.argv[1]), [s.encode() for s in json.loads(sys.argv[2])]
found = {}
for path in home.rglob("*"):
    if path.is_file():
        data = path.read_bytes()
        hits = [s.decode() for s in secrets if s in data]
        if hits:
            found[str(path.relative_to(home))] = hits
print(json.dumps(found))
"""


def _readable_secrets(home: Path, secrets: list[bytes]) -> dict[str, list[str]]:
    """Which files under ``home`` hold which of ``secrets`` in the clear."""
    done = subprocess.run(
        [sys.executable, "-c", _SCAN, str(home), json.dumps([s.decode() for s in secrets])],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, list[str]] = json.loads(done.stdout)
    return found


def test_encrypted_run_leaves_no_plaintext_pii_and_everything_still_reads(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    rows, secrets = _rows()
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    policy = yaml.safe_load(example_policy_text())
    policy["data"].update(sources=[{"path": str(data)}], group_fields=[])
    policy["data"]["near_dedup"] = {"enabled": False}
    policy["train"].update(base_model=str(tiny_model_dir), epochs=1, max_length=32)
    for audit in ("robustness", "privacy", "counterfactual", "explanations"):
        policy["audit"][audit] = {"enabled": False}
    policy["store"] = {"encrypt": True}
    path = tmp_path / "steward.yaml"
    path.write_text(yaml.safe_dump(policy), encoding="utf-8")
    home = tmp_path / ".steward"
    store = Store(home)

    summary = Pipeline(load_policy(path), store, actor="alice").run()

    assert summary.accounting.quarantined == 1
    assert _readable_secrets(home, secrets) == {}
    run_dir = summary.run_dir
    for name in ("governed.jsonl", "quarantine.jsonl", "predictions.jsonl", "model/config.json"):
        assert is_envelope(run_dir / name), name
    assert not is_envelope(run_dir / "report.html")  # documents for people stay readable
    # …and the sources were really there to find: the store's copy decrypts to them.
    dataset = next(a for a in store.lineage(summary.model.artifact_sha256) if a.kind == "dataset")
    raw_sources = [
        r for r in store.lineage(summary.model.artifact_sha256) if r.kind == "source_data"
    ]
    assert secrets[0] in store.read_blob(raw_sources[0].sha256)

    # lineage verifies over the plaintext hashes; the model loads and predicts
    assert all(store.verify(r.sha256) for r in store.lineage(summary.model.artifact_sha256))
    model = ServedModel.load(store, summary.model.ref, allow_unapproved=True)
    assert model.predict(["I lost my card"])[0].label in {"card_lost", "balance_inquiry"}
    assert not (home / "cache").exists()  # no decrypted weights left at rest
    predictions = _steward("store", "cat", str(run_dir / "predictions.jsonl"), home=home)
    assert predictions.returncode == 0 and '"predicted"' in predictions.stdout

    # erasure reads and rewrites the encrypted data sets and run copies
    forget = _steward(
        "data", "forget", "--subject", "ada.0@example.org", "--policy", str(path), "--json",
        home=home, actor="priya",  # the example policy's privacy officer
    )  # fmt: skip
    assert forget.returncode == 0, forget.stderr
    erased = json.loads(forget.stdout)
    assert {r["kind"] for r in erased["rewrites"]} >= {"dataset"}
    assert str(run_dir / "governed.jsonl") in erased["run_files_rewritten"]
    (rewrite,) = (r for r in erased["rewrites"] if r["old"] == dataset.sha256)
    governed = store.read_blob(rewrite["new"])
    assert store.read_file(run_dir / "governed.jsonl") == governed
    assert b"ada.0@example.org" not in governed
    assert _readable_secrets(home, secrets) == {}
    assert is_envelope(run_dir / "governed.jsonl")

    # rotation: every key re-wrapped, the bytes the same, the ledger says so
    rotated = _steward("store", "rotate-key", "--policy", str(path), "--json", home=home,
                       actor="priya")  # fmt: skip
    assert rotated.returncode == 0, rotated.stderr
    rotation = json.loads(rotated.stdout)
    assert rotation["rewrapped"] == rotation["files"] > 10
    store = Store(home)
    assert store.read_blob(rewrite["new"]) == governed
    assert store.verify(rewrite["new"])  # its erased parent keeps its record, not its bytes
    assert store.keyring.ids() == [(rotation["new_kek_id"], "active")]
    (entry,) = Ledger(store).entries(action="store.key_rotated")
    assert entry.details["retired_kek_ids"] == rotation["retired_kek_ids"]
    assert store.verify(summary.model.artifact_sha256)

    # tampering: one flipped byte of the governed data set is refused, naming it
    blob = store.blob_path(rewrite["new"])
    raw = bytearray(blob.read_bytes())
    raw[HEADER_BYTES + 5] ^= 0x01
    blob.write_bytes(bytes(raw))
    shown = _steward("store", "cat", rewrite["new"], home=home)
    assert shown.returncode == 2
    assert rewrite["new"] in shown.stderr and "fails authentication" in shown.stderr
    with pytest.raises(StewardError, match=rewrite["new"]):
        store.verify(rewrite["new"])
