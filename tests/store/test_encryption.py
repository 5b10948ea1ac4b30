"""Encryption at rest: envelopes round-trip byte for byte, fail loudly when altered, and keep
their plaintext hashes through a key rotation recorded in the ledger."""

from __future__ import annotations

import base64
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from steward.accountability.ledger import Ledger
from steward.config import load_policy
from steward.errors import PolicyError, StewardError
from steward.store.artifacts import Store, sha256_bytes
from steward.store.encryption import (
    CHUNK_SIZE,
    HEADER_BYTES,
    MAGIC,
    envelope_kek_ids,
    is_envelope,
    rewrap,
)
from steward.store.encryption_admin import enable_encryption, rotate_key
from tests.conftest import write_policy

EMAIL = b"ada.lovelace@example.org"


@pytest.fixture
def encrypted(tmp_path: Path) -> Store:
    store = Store(tmp_path / ".steward")
    assert enable_encryption(store, "alice")
    return store


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_small_multi_chunk_and_directory_artifacts_read_back_identical(
    encrypted: Store, tmp_path: Path
) -> None:
    payloads = {
        "empty.txt": b"",
        "small.jsonl": b'{"text": "write to ' + EMAIL + b'"}\n',
        "exact.bin": os.urandom(CHUNK_SIZE),  # one full chunk: the final flag is on it
        "weights.bin": os.urandom(2 * CHUNK_SIZE + 12345),  # three chunks
    }
    for name, data in payloads.items():
        record = encrypted.put(_file(tmp_path, name, data), kind="dataset")
        assert record.sha256 == sha256_bytes(data)  # hashed over the plaintext
        blob = encrypted.blob_path(record.sha256)
        assert blob.read_bytes().startswith(MAGIC)
        assert encrypted.read_blob(record.sha256) == data
        assert encrypted.verify(record.sha256)
        out = encrypted.materialize(record.sha256, tmp_path / "out" / name)
        assert out.read_bytes() == data
    assert EMAIL not in encrypted.blob_path(sha256_bytes(payloads["small.jsonl"])).read_bytes()

    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text('{"layers": 2}')
    (model / "model.safetensors").write_bytes(payloads["weights.bin"])
    record = encrypted.put(model, kind="model")
    assert encrypted.verify(record.sha256)
    assert set(encrypted.manifest(record.sha256)) == {"config.json", "model.safetensors"}
    with encrypted.checkout(record.sha256, "models", complete="model.safetensors") as folder:
        assert not folder.is_relative_to(encrypted.home)  # no plaintext copy in the store
        assert (folder / "model.safetensors").read_bytes() == payloads["weights.bin"]
    assert not folder.exists()


def test_an_altered_or_truncated_envelope_is_refused_naming_the_artifact(
    encrypted: Store, tmp_path: Path
) -> None:
    data = os.urandom(CHUNK_SIZE + 100)
    sha = encrypted.put(_file(tmp_path, "w.bin", data), kind="model").sha256
    blob = encrypted.blob_path(sha)
    original = blob.read_bytes()

    flipped = bytearray(original)
    flipped[HEADER_BYTES + CHUNK_SIZE + 40] ^= 0x01  # inside the second chunk
    blob.write_bytes(bytes(flipped))
    with pytest.raises(StewardError, match=rf"{sha}.*fails authentication at chunk 1"):
        encrypted.verify(sha)
    with pytest.raises(StewardError, match=sha):
        encrypted.materialize(sha, tmp_path / "out.bin")

    blob.write_bytes(original[: HEADER_BYTES + CHUNK_SIZE + 16])  # the last chunk dropped
    with pytest.raises(StewardError, match=rf"{sha}.*chunk 0: it was altered or truncated"):
        encrypted.read_blob(sha)

    header = bytearray(original)
    header[21 + 30] ^= 0x01  # inside slot A's wrapped data key (slot A starts at byte 21)
    blob.write_bytes(bytes(header))
    with pytest.raises(StewardError, match=rf"{sha}.*cannot unwrap the data key"):
        encrypted.read_blob(sha)


def test_rotation_rewraps_every_key_keeps_the_bytes_and_is_in_the_ledger(
    encrypted: Store, tmp_path: Path
) -> None:
    data = {name: os.urandom(size) for name, size in (("a", 10), ("b", CHUNK_SIZE + 1))}
    shas = {n: encrypted.put(_file(tmp_path, n, d), kind="dataset").sha256 for n, d in data.items()}
    run_file = encrypted.home / "runs" / "r1" / "predictions.jsonl"
    run_file.parent.mkdir(parents=True)
    encrypted.write_file(run_file, EMAIL)
    old = encrypted.keyring.active_id()
    payload_before = encrypted.blob_path(shas["b"]).read_bytes()[HEADER_BYTES:]

    rotation = rotate_key(encrypted, "bob", reason="yearly")

    assert rotation.retired_kek_ids == [old] and rotation.new_kek_id != old
    assert rotation.files == rotation.rewrapped == 3
    assert encrypted.keyring.ids() == [(rotation.new_kek_id, "active")]  # the old KEK is gone
    for name, sha in shas.items():
        blob = encrypted.blob_path(sha)
        assert envelope_kek_ids(blob) == [rotation.new_kek_id]
        assert bytes.fromhex(old or "") not in blob.read_bytes()[:HEADER_BYTES]  # slot wiped
        assert encrypted.read_blob(sha) == data[name] and encrypted.verify(sha)
    # only the header changed: the payload was not re-encrypted
    assert encrypted.blob_path(shas["b"]).read_bytes()[HEADER_BYTES:] == payload_before
    assert encrypted.read_file(run_file) == EMAIL
    # new writes use the new KEK
    new_sha = encrypted.put(_file(tmp_path, "c", b"after"), kind="dataset").sha256
    assert envelope_kek_ids(encrypted.blob_path(new_sha)) == [rotation.new_kek_id]

    (entry,) = Ledger(encrypted).entries(action="store.key_rotated")
    assert entry.actor == "bob" and entry.seq == rotation.ledger_seq
    assert entry.details["retired_kek_ids"] == [old]
    assert entry.details["new_kek_id"] == rotation.new_kek_id
    assert entry.details["reason"] == "yearly"
    assert Ledger(encrypted).verify().ok


def test_a_rotation_cut_short_leaves_every_file_readable(encrypted: Store, tmp_path: Path) -> None:
    data = os.urandom(3000)
    sha = encrypted.put(_file(tmp_path, "x", data), kind="dataset").sha256
    blob = encrypted.blob_path(sha)
    # A torn write of the spare slot (the crash came mid-header): the old slot still opens.
    raw = bytearray(blob.read_bytes())
    raw[21 + 72 : 21 + 76] = (7).to_bytes(4, "big")  # a newer generation…
    raw[21 + 76 : 21 + 144] = secrets.token_bytes(68)  # …with garbage for a key
    blob.write_bytes(bytes(raw))
    assert encrypted.read_blob(sha) == data
    rotation = rotate_key(encrypted, "bob")
    assert envelope_kek_ids(blob) == [rotation.new_kek_id]
    assert encrypted.read_blob(sha) == data
    assert not rewrap(blob, encrypted.keyring.get, encrypted.keyring.get(rotation.new_kek_id))


def test_a_replaced_vault_key_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / ".steward")
    enable_encryption(store, "alice")
    sha = store.put(_file(tmp_path, "x", b"secret"), kind="dataset").sha256
    monkeypatch.setenv("STEWARD_VAULT_KEY", base64.b64encode(secrets.token_bytes(32)).decode())
    with pytest.raises(StewardError, match="cannot be derived from the current vault key"):
        Store(tmp_path / ".steward").read_blob(sha)


def test_enabling_seals_what_was_stored_in_the_clear(tmp_path: Path) -> None:
    store = Store(tmp_path / ".steward")
    sha = store.put(_file(tmp_path, "x.jsonl", EMAIL), kind="dataset").sha256
    assert not is_envelope(store.blob_path(sha))
    assert enable_encryption(store, "alice")
    assert not enable_encryption(store, "alice")  # once
    assert is_envelope(store.blob_path(sha)) and store.read_blob(sha) == EMAIL
    actions = [e.action for e in Ledger(store).entries()]
    assert actions == ["store.encryption_enabled", "store.files_sealed"]


def test_policy_option_is_validated(tmp_path: Path) -> None:
    loaded = load_policy(write_policy(tmp_path, store={"encrypt": True}))
    assert loaded.policy.store.encrypt is True
    assert load_policy(write_policy(tmp_path)).policy.store.encrypt is False
    with pytest.raises(PolicyError, match=r"store\.encrypt"):
        load_policy(write_policy(tmp_path, store={"encrypt": "sometimes"}))
    with pytest.raises(PolicyError, match=r"store\.encryp"):
        load_policy(write_policy(tmp_path, store={"encryp": True}))


def _steward(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steward.cli", *args, "--home", str(home)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "STEWARD_ACTOR": "carol"},
    )


def test_store_commands(tmp_path: Path) -> None:
    home = tmp_path / ".steward"
    store = Store(home)
    refused = _steward("store", "rotate-key", home=home)
    assert refused.returncode == 2 and "not encrypted" in refused.stderr
    sha = store.put(_file(tmp_path, "x.jsonl", EMAIL), kind="dataset").sha256
    assert _steward("store", "encrypt", home=home).returncode == 0
    rotated = _steward("store", "rotate-key", "--reason", "test", home=home)
    assert rotated.returncode == 0, rotated.stderr
    assert "re-wrapped" in rotated.stdout
    shown = _steward("store", "cat", sha, home=home)
    assert shown.returncode == 0 and shown.stdout.encode() == EMAIL
    status = _steward("store", "status", "--json", home=home)
    assert '"encrypted": true' in status.stdout and '"plain": 0' in status.stdout
    entry = Ledger(Store(home)).entries(action="store.key_rotated")[0]
    assert entry.actor == "carol" and entry.details["reason"] == "test"
