"""``steward store``: encryption at rest. Thin: parse, call
:mod:`steward.store.encryption_admin`, print."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from steward.cli_common import HomeOption, JsonOption, friendly_errors, open_store

if TYPE_CHECKING:
    from steward.store.artifacts import Store

store_app = typer.Typer(
    help="The store's files at rest: status, encryption, key rotation.", no_args_is_help=True
)
console = Console()

PolicyOption = Annotated[
    Path | None,
    typer.Option(
        "--policy",
        help="Policy whose roles decide who may do this (privacy_officer); without one, the "
        "current user acts unchecked",
    ),
]


def _actor(policy: Path | None, store: Store, action: str) -> str:
    from steward.accountability.roles import current_actor

    if policy is None:
        return current_actor()
    from steward.accountability.identity import authorize_cli_action
    from steward.accountability.ledger import Ledger
    from steward.accountability.roles import Permission
    from steward.config import load_policy

    return authorize_cli_action(
        load_policy(policy), Permission.ROTATE_KEYS, action, "store", ledger=Ledger(store)
    )


@store_app.command("status")
@friendly_errors
def status(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Whether the store is encrypted, its key-encryption keys, and how many files are sealed."""
    from steward.store.encryption import is_envelope
    from steward.store.encryption_admin import store_files

    store = open_store(home)
    files = list(store_files(store))
    sealed = sum(is_envelope(path) for path in files)
    data = {
        "home": str(store.home),
        "encrypted": store.encrypted,
        "keys": [{"kek_id": k, "status": s} for k, s in store.keyring.ids()],
        "files": len(files),
        "sealed": sealed,
        "plain": len(files) - sealed,
    }
    if json_out:
        print(json.dumps(data, indent=1))
        return
    console.print(f"store {data['home']}: {'encrypted' if data['encrypted'] else 'not encrypted'}")
    for key in data["keys"]:  # type: ignore[attr-defined]
        console.print(f"  key-encryption key {key['kek_id']} ({key['status']})")
    console.print(
        f"  {data['files']} files in blobs and runs: {sealed} sealed, {data['plain']} in the clear"
        " (run reports and datasheets stay readable)"
    )


@store_app.command("encrypt")
@friendly_errors
def encrypt(policy: PolicyOption = None, home: HomeOption = None) -> None:
    """Encrypt the store from now on and seal the files it holds (what a policy with
    ``store.encrypt: true`` does on its first run)."""
    from steward.store.encryption_admin import enable_encryption

    store = open_store(home)
    actor = _actor(policy, store, "store.encrypt")
    if enable_encryption(store, actor, reason="steward store encrypt"):
        console.print(f"store encrypted under key-encryption key {store.keyring.active_id()}")
    else:
        console.print(f"already encrypted (key-encryption key {store.keyring.active_id()})")


@store_app.command("rotate-key")
@friendly_errors
def rotate_key(
    policy: PolicyOption = None,
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded in the ledger)")] = "",
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Replace the key-encryption key: a new one wraps every file's data key (payloads are not
    re-encrypted), the old one is deleted, and the rotation is recorded in the ledger."""
    from steward.store.encryption_admin import rotate_key as rotate

    store = open_store(home)
    rotation = rotate(store, _actor(policy, store, "store.rotate_key"), reason=reason)
    if json_out:
        print(json.dumps(rotation.to_dict(), indent=1))
        return
    console.print(
        f"key-encryption key {', '.join(rotation.retired_kek_ids)} → {rotation.new_kek_id}: "
        f"{rotation.rewrapped} of {rotation.files} sealed files re-wrapped; ledger entry "
        f"#{rotation.ledger_seq}"
    )


@store_app.command("cat")
@friendly_errors
def cat(
    what: Annotated[str, typer.Argument(help="A file under the store (e.g. a run's "
                                        "predictions.jsonl) or an artifact's sha256")],
    home: HomeOption = None,
) -> None:  # fmt: skip
    """Print a store file's plaintext (decrypted when sealed) to standard output."""
    store = open_store(home)
    path = Path(what)
    with store.open_file(path) if path.is_file() else store.open_blob(what) as handle:
        shutil.copyfileobj(handle, sys.stdout.buffer)
