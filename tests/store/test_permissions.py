"""The store is private to its owner: real files, their modes read back with ``stat``, under the
permissive umask most shells have (022), and stores others can read refused at start."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from steward.accountability.ledger import Ledger
from steward.accountability.signing import LedgerSigner
from steward.cli import app
from steward.data.pii.vault import Vault, key_file
from steward.errors import StewardError
from steward.store.artifacts import Store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _permissive_umask() -> Iterator[None]:
    # The modes must come from Steward, not from a strict umask of the machine running the tests.
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_a_new_store_is_private_files_0600_folders_0700(tmp_path: Path) -> None:
    home = tmp_path / "projects" / ".steward"  # a missing parent too
    store = Store(home)
    Ledger(store).append(actor="t", action="test.wrote", subject="s", details={"n": 1})
    source = tmp_path / "data.jsonl"
    source.write_text('{"text": "hi"}\n', encoding="utf-8")
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "weights.bin").write_bytes(b"\x00" * 64)
    file_artifact = store.put(source, kind="source_data")
    folder_artifact = store.put(folder, kind="model")
    Vault(store).encrypt("4111 1111 1111 1111", "CREDIT_CARD")

    database = home / "steward.db"
    wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
    assert wal.exists() and shm.exists(), "WAL mode makes both files"
    blobs = [file_artifact.sha256, folder_artifact.sha256,
             *store.manifest(folder_artifact.sha256).values()]  # fmt: skip
    files = [database, wal, shm, key_file(home), home / "keys" / "ledger-steward.pem",
             *(store.blob_path(sha) for sha in blobs)]  # fmt: skip
    folders = [home.parent, home, home / "keys", home / "artifacts", store.blob_dir,
               store.blob_path(file_artifact.sha256).parent]  # fmt: skip
    assert {str(p): f"{_mode(p):04o}" for p in files} == {str(p): "0600" for p in files}
    assert {str(p): f"{_mode(p):04o}" for p in folders} == {str(p): "0700" for p in folders}


def test_the_ledger_signer_makes_the_keys_folder_private(tmp_path: Path) -> None:
    # The signer may be the first to make keys/ (it was 0755 then).
    signer = LedgerSigner.load_or_create(tmp_path / "home")
    keys = tmp_path / "home" / "keys"
    assert _mode(keys) == 0o700 and _mode(keys / "ledger-steward.pem") == 0o600
    assert LedgerSigner.load_or_create(tmp_path / "home").key_id == signer.key_id


def test_a_store_others_can_read_is_refused_naming_the_path_and_the_fix(tmp_path: Path) -> None:
    home = tmp_path / ".steward"
    Ledger(Store(home)).append(actor="t", action="test.wrote", subject="s")
    database = home / "steward.db"

    database.chmod(0o644)  # as stores made before this check were
    with pytest.raises(StewardError) as caught:
        Store(home)
    assert caught.value.where == str(database)
    assert "open to other users (mode 0644)" in caught.value.what
    assert f"run chmod -R go-rwx {home}" in caught.value.what
    database.chmod(0o600)

    home.chmod(0o755)
    with pytest.raises(StewardError, match=r"folder is open to other users \(mode 0755\)"):
        Store(home)
    home.chmod(0o700)

    pem = home / "keys" / "ledger-steward.pem"
    pem.chmod(0o640)
    with pytest.raises(StewardError) as caught:
        Store(home)
    assert caught.value.where == str(pem)
    with pytest.raises(StewardError, match=r"mode 0640.*chmod 600"):
        LedgerSigner.load_or_create(home)
    pem.chmod(0o600)
    assert Ledger(Store(home)).verify().ok


def test_commands_refuse_an_open_store_with_one_line(tmp_path: Path) -> None:
    home = tmp_path / ".steward"
    Store(home)
    home.chmod(0o750)
    result = CliRunner().invoke(app, ["ledger", "verify", "--home", str(home)])
    assert result.exit_code == 2
    assert "mode 0750" in result.output and "chmod -R go-rwx" in result.output
