"""Ledger bundles for auditors: every entry, the signers' public keys, the head, and an
Ed25519 signature over the whole, in one JSON file that verifies with no database.

``verify_bundle`` recomputes the chain, checks every checkpoint signature and the bundle's own
signature, against the keys the auditor pins (``trusted``) or, failing that, the keys inside.
``check_bundle`` also turns a verified bundle into what the database must still hold: every
entry it exported, unchanged (``steward ledger verify --bundle``), which catches a database
cut back or rewritten after the export.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from steward.accountability.ledger import ENTRY_COLUMNS, ChainWalk, Ledger, LedgerVerification
from steward.accountability.signing import verify_signature
from steward.accountability.witness import Sighting
from steward.errors import StewardError
from steward.store.db import utc_now

FORMAT = "steward.ledger-bundle/1"


def _digest(entries: list[dict[str, Any]], head: dict[str, Any]) -> str:
    canonical = json.dumps(
        {"entries": entries, "head": head},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def export_bundle(ledger: Ledger, out: Path, *, actor: str) -> dict[str, Any]:
    verification = ledger.verify()
    if not verification.ok:
        raise StewardError(
            f"the ledger does not verify (entry {verification.first_bad_seq}: "
            f"{verification.problem}); refusing to export it as if it did"
        )
    entries = [e.to_dict() for e in ledger.entries()]
    head = {"seq": verification.entries, "entry_hash": verification.head_hash}
    digest = _digest(entries, head)
    signer = ledger.signer
    bundle = {
        "format": FORMAT,
        "exported_at": utc_now(),
        "exported_by": actor,
        "signers": ledger.signers(),
        "head": head,
        "entries": entries,
        "bundle": {"sha256": digest, "signer": signer.key_id, "signature": signer.sign(digest)},
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(bundle, ensure_ascii=False, indent=1), encoding="utf-8")
    return bundle


EXPORTED_ACTION = "ledger.exported"


def export_recorded(
    ledger: Ledger, out: Path, *, actor: str, subject: str | None = None
) -> dict[str, Any]:
    """:func:`export_bundle`, then a ``ledger.exported`` entry saying who took which head
    (the CLI's and the console's one path); ``subject`` defaults to the file written."""
    bundle = export_bundle(ledger, out, actor=str(actor))
    ledger.append(
        actor=actor,
        action=EXPORTED_ACTION,
        subject=subject or str(out),
        details={"head": bundle["head"], "sha256": bundle["bundle"]["sha256"]},
    )
    return bundle


def _read(path: Path) -> dict[str, Any]:
    try:
        bundle = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StewardError(f"cannot read the bundle: {exc}", where=str(path)) from None
    if not isinstance(bundle, dict) or bundle.get("format") != FORMAT:
        raise StewardError(f"not a {FORMAT} file", where=str(path))
    return bundle


def check_bundle(
    path: Path, trusted: dict[str, str] | None = None
) -> tuple[LedgerVerification, dict[int, Sighting]]:
    """:func:`verify_bundle`, and when the bundle verifies, every entry of it as a sighting
    (sequence number → the hash the database must still hold there), from the same read of
    the file."""
    bundle = _read(path)
    result = _verify(bundle, trusted)
    if not result.ok:
        return result, {}
    return result, {
        entry["seq"]: Sighting(entry["entry_hash"], f"bundle {path}", entry["seq"])
        for entry in bundle.get("entries") or []
    }


def verify_bundle(path: Path, trusted: dict[str, str] | None = None) -> LedgerVerification:
    return _verify(_read(path), trusted)


def _verify(bundle: dict[str, Any], trusted: dict[str, str] | None) -> LedgerVerification:
    keys = trusted if trusted is not None else dict(bundle.get("signers") or {})
    walk = ChainWalk(keys)
    entries = bundle.get("entries") or []
    for entry in entries:
        try:
            row = tuple(entry[c] for c in ENTRY_COLUMNS)
        except (KeyError, TypeError):
            return walk.bad(walk.count + 1, "entry is missing fields")
        problem = walk.feed(row)
        if problem is not None:
            return problem
    head = bundle.get("head") or {}
    if head.get("seq") != walk.count or head.get("entry_hash") != walk.prev:
        return walk.bad(walk.count, "the bundle's head does not match its last entry")
    seal = bundle.get("bundle") or {}
    if seal.get("sha256") != _digest(entries, head):
        return walk.bad(walk.count, "the bundle's content does not match its sha256")
    public = keys.get(seal.get("signer", ""))
    if public is None or not verify_signature(public, seal["sha256"], seal.get("signature", "")):
        return walk.bad(walk.count, "the bundle's signature does not verify with a trusted key")
    return walk.finish()


def read_trusted_keys(path: Path) -> dict[str, str]:
    """``{key_id: public_key_hex}`` from a JSON file (as ``steward ledger keys --json`` writes)."""
    from steward.accountability.signing import key_id_of

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StewardError(f"cannot read trusted keys: {exc}", where=str(path)) from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise StewardError("expected a JSON object {key_id: public_key_hex}", where=str(path))
    for key_id, public in data.items():
        if key_id_of(public) != key_id:
            raise StewardError(f"key id {key_id} does not match its public key", where=str(path))
    return data
