from __future__ import annotations

import base64
import json
import stat
from pathlib import Path

import pytest

from steward.accountability.ledger import Ledger
from steward.config import RolesPolicy
from steward.data.pii.anonymize import Anonymizer
from steward.data.pii.recognizers import Entity
from steward.data.pii.vault import TOKEN_RE, VAULT_KEY_ENV, Vault, key_file, load_vault_key
from steward.errors import StewardError
from steward.store.artifacts import Store

KEY = b"v" * 32
POLICY = RolesPolicy(assignments={"privacy_officer": ["olivia"], "developer": ["dev"]})
TEXT = "My name is John Smith, card 4111 1111 1111 1111."


def _entities() -> list[Entity]:
    return [
        Entity(11, 21, "PERSON", 0.9, "t"),
        Entity(28, 47, "CREDIT_CARD", 0.95, "t"),
    ]


def _encrypted(store: Store, key: bytes = KEY) -> tuple[Vault, str]:
    vault = Vault(store, key)
    anonymizer = Anonymizer(default="encrypt", key=key)
    result = anonymizer.anonymize(TEXT, _entities())
    assert vault.put(anonymizer.drain_sealed()) == 2
    return vault, result.text


def test_encrypt_then_deanonymize_round_trip(store: Store) -> None:
    vault, text = _encrypted(store)
    # the whole values: a short piece like "4111" can occur by chance in a token or a hash
    assert "John Smith" not in text and "4111 1111 1111 1111" not in text
    tokens = [m.group(0) for m in TOKEN_RE.finditer(text)]
    assert len(tokens) == 2 and tokens[0].startswith("<PERSON#v1:")
    assert vault.deanonymize(text, "olivia", POLICY) == TEXT
    assert vault.deanonymize(tokens[0], "olivia", POLICY) == "John Smith"
    # the same value seals to the same token, so the vault holds one row per value
    again = Anonymizer(default="encrypt", key=KEY)
    assert again.anonymize(TEXT, _entities()).text == text
    assert vault.put(again.drain_sealed()) == 0


def test_ledger_records_request_without_raw_value(store: Store) -> None:
    vault, text = _encrypted(store)
    vault.deanonymize(text, "olivia", POLICY)
    entries = Ledger(store).entries(action="pii.deanonymized")
    assert [e.outcome for e in entries] == ["ok"]
    assert entries[0].actor == "olivia"
    assert set(entries[0].details["labels"]) == {"PERSON", "CREDIT_CARD"}
    dumped = json.dumps([e.to_dict() for e in Ledger(store).entries()])
    assert "John Smith" not in dumped
    assert "4111 1111 1111 1111" not in dumped and "4111111111111111" not in dumped
    assert Ledger(store).verify().ok


def test_wrong_role_fails_clearly_and_is_recorded(store: Store) -> None:
    vault, text = _encrypted(store)
    with pytest.raises(StewardError, match=r"'dev' may not deanonymize.*privacy_officer"):
        vault.deanonymize(text, "dev", POLICY)
    enforce_off = RolesPolicy(assignments={}, enforce=False)
    with pytest.raises(StewardError, match="may not deanonymize"):
        vault.deanonymize(text, "olivia", enforce_off)  # always checked
    outcomes = [e.outcome for e in Ledger(store).entries(action="pii.deanonymized")]
    assert outcomes == ["refused", "refused"]


def test_wrong_key_fails_clearly(store: Store) -> None:
    _vault, text = _encrypted(store)
    other = Vault(store, b"w" * 32)
    with pytest.raises(StewardError, match="wrong vault key"):
        other.deanonymize(text, "olivia", POLICY)
    assert Ledger(store).entries(action="pii.deanonymized")[-1].outcome == "failed"


def test_unknown_token_and_no_token(store: Store) -> None:
    vault, _ = _encrypted(store)
    with pytest.raises(StewardError, match="not in this vault"):
        vault.deanonymize("<PERSON#v1:00000000000000000000>", "olivia", POLICY)
    with pytest.raises(StewardError, match="no vault token"):
        vault.deanonymize("plain text", "olivia", POLICY)


def test_key_file_created_0600_and_env_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(VAULT_KEY_ENV, raising=False)
    home = tmp_path / "home"
    key = load_vault_key(home)
    assert len(key) == 32
    assert stat.S_IMODE(key_file(home).stat().st_mode) == 0o600
    assert load_vault_key(home) == key  # stable across calls
    key_file(home).chmod(0o644)
    with pytest.raises(StewardError, match="readable by others"):
        load_vault_key(home)
    monkeypatch.setenv(VAULT_KEY_ENV, base64.b64encode(KEY).decode())
    assert load_vault_key(home) == KEY
    monkeypatch.setenv(VAULT_KEY_ENV, base64.b64encode(b"short").decode())
    with pytest.raises(StewardError, match="32 bytes"):
        load_vault_key(home)
    monkeypatch.setenv(VAULT_KEY_ENV, "not base64!!")
    with pytest.raises(StewardError, match="base64"):
        load_vault_key(home)
