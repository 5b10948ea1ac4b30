"""People bound to keys at the command line: role-gated actions are signed with the person's
own Ed25519 key, verified against the public key the policy lists for them, and the ledger
keeps the proof. Real key files, a real SQLite store and vault, the real CLI."""

from __future__ import annotations

import base64
import json
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from typer.testing import CliRunner, Result

from steward.accountability.identity import challenge_bytes, verify_recorded_identity
from steward.accountability.ledger import Ledger
from steward.cli import app
from steward.config import load_policy
from steward.data.pii.anonymize import Anonymizer
from steward.data.pii.recognizers import Entity
from steward.data.pii.vault import Vault, load_vault_key
from steward.store.artifacts import Store
from tests.conftest import MINIMAL_GATE

TEXT = "My name is John Smith, card 4111 1111 1111 1111."
ENTITIES = [Entity(11, 21, "PERSON", 0.9, "t"), Entity(28, 47, "CREDIT_CARD", 0.95, "t")]
RUNNER = CliRunner()


@dataclass
class World:
    tmp: Path
    store: Store
    sealed: str  # TEXT with the person and the card replaced by vault tokens
    keys: dict[str, str]  # name -> public key printed by `steward keys person create`

    def key_path(self, name: str) -> Path:
        return self.tmp / "people" / name / f"{name}.key"

    def policy(self, assignments: dict[str, list[object]], *, enforce: bool = False) -> Path:
        path = self.tmp / "steward.yaml"
        data = self.tmp / "d.jsonl"
        data.write_text('{"text": "hi", "intent": "x"}\n', encoding="utf-8")
        policy = {
            "project": {"name": "identity"},
            "data": {"sources": [{"path": str(data)}]},
            "gate": MINIMAL_GATE,
            "roles": {"enforce": enforce, "assignments": assignments},
        }
        path.write_text(yaml.safe_dump(policy), encoding="utf-8")
        return path

    def keyed(self, name: str) -> dict[str, str]:
        return {"name": name, "public_key": self.keys[name]}

    def cli(
        self,
        *args: str,
        actor: str | None = None,
        identity: str | None = None,
        config: Path | None = None,
    ) -> Result:
        """Run steward as someone: by default (root, say) one whose identity folder is empty."""
        env = {
            "STEWARD_ACTOR": actor,
            "STEWARD_IDENTITY": identity,
            "XDG_CONFIG_HOME": str(config or self.tmp / "root-config"),
            "STEWARD_IDENTITY_PASSPHRASE": None,
        }
        return RUNNER.invoke(app, [*args, "--home", str(self.store.home)], env=env)

    def deanonymize(self, policy: Path, **who: Any) -> Result:
        return self.cli("pii", "deanonymize", self.sealed, "--policy", str(policy), **who)

    def forget(self, policy: Path, **who: Any) -> Result:
        args = ("data", "forget", "--subject", "john@example.org", "--policy", str(policy))
        return self.cli(*args, **who)


def _create_person(tmp: Path, name: str, *extra: str) -> str:
    result = RUNNER.invoke(
        app, ["keys", "person", "create", name, "--dir", str(tmp / "people" / name), *extra]
    )
    assert result.exit_code == 0, result.output
    public_key = result.stdout.strip()
    assert public_key.startswith("ed25519:")
    return public_key


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    for variable in ("STEWARD_VAULT_KEY", "STEWARD_IDENTITY", "STEWARD_ACTOR"):
        monkeypatch.delenv(variable, raising=False)
    store = Store(tmp_path / ".steward")
    key = load_vault_key(store.home)
    anonymizer = Anonymizer(default="encrypt", key=key)
    sealed = anonymizer.anonymize(TEXT, ENTITIES).text
    assert Vault(store, key).put(anonymizer.drain_sealed()) == 2
    keys = {name: _create_person(tmp_path, name) for name in ("priya", "mallory", "eve")}
    return World(tmp_path, store, sealed, keys)


def test_root_claiming_priya_without_her_key_is_refused(world: World) -> None:
    policy = world.policy({"privacy_officer": [world.keyed("priya")]})
    decrypt = world.deanonymize(policy, actor="priya")
    assert decrypt.exit_code == 2
    assert "'priya' is listed with a public key but their private key was not found" in (
        decrypt.output
    )
    assert "John" not in decrypt.output and "4111" not in decrypt.output
    erase = world.forget(policy, actor="priya")
    assert erase.exit_code == 2 and "private key was not found" in erase.output
    ledger = Ledger(world.store)
    assert ledger.entries(action="data.forget") == []
    assert ledger.entries(action="pii.deanonymized") == []
    refused = ledger.entries(action="access.refused")
    assert [(e.actor, e.details["attempted"]) for e in refused] == [
        ("priya", "pii.deanonymized"),
        ("priya", "data.forget"),
    ]
    assert "identity" not in refused[0].details  # nobody was verified


def test_with_her_key_decrypt_and_erasure_work_and_the_signature_verifies(world: World) -> None:
    policy = world.policy({"privacy_officer": [world.keyed("priya")]})
    identity = str(world.key_path("priya"))
    decrypt = world.deanonymize(policy, identity=identity)  # the name comes from the key
    assert decrypt.exit_code == 0, decrypt.output
    assert decrypt.stdout.strip() == TEXT
    erase = world.forget(policy, actor="priya", identity=identity)
    assert erase.exit_code == 0, erase.output

    ledger = Ledger(world.store)
    (revealed,) = ledger.entries(action="pii.deanonymized")
    (forgotten,) = ledger.entries(action="data.forget")
    loaded = load_policy(policy)
    for entry, action in ((revealed, "pii.deanonymized"), (forgotten, "data.forget")):
        proof = entry.details["identity"]
        assert entry.actor == "priya" and proof["verified"] is True
        assert proof["public_key"] == world.keys["priya"]
        assert proof["challenge"]["action"] == action
        assert proof["challenge"]["policy_sha256"] == loaded.sha256
        assert verify_recorded_identity(entry.details, entry.actor, loaded) == []
        # An auditor needs nothing of steward's to check it: the key, the bytes, the signature.
        raw = base64.b64decode(proof["public_key"].removeprefix("ed25519:"))
        Ed25519PublicKey.from_public_bytes(raw).verify(
            base64.b64decode(proof["signature"]), challenge_bytes(proof["challenge"])
        )
    assert revealed.details["identity"]["challenge"]["subject"].startswith("pii_vault <")
    assert "john@example.org" not in json.dumps(forgotten.to_dict())  # a keyed reference only
    assert ledger.verify().ok

    check = world.cli("keys", "person", "verify", str(revealed.seq), "--policy", str(policy))
    assert check.exit_code == 0, check.output
    assert f"signed by priya (key {revealed.details['identity']['fingerprint']})" in (check.output)
    # A recorded challenge edited afterwards no longer matches its signature.
    forged = json.loads(json.dumps(revealed.details))
    forged["identity"]["challenge"]["subject"] = "pii_vault <PERSON#v1:0000000000000000000>"
    assert verify_recorded_identity(forged, "priya") == [
        "the signature does not verify over the recorded challenge"
    ]


def test_a_key_not_listed_for_the_role_is_refused(world: World) -> None:
    policy = world.policy(
        {"privacy_officer": [world.keyed("priya")], "developer": [world.keyed("mallory")]}
    )
    mallory = str(world.key_path("mallory"))
    listed_elsewhere = world.deanonymize(policy, identity=mallory)
    assert listed_elsewhere.exit_code == 2
    assert "'mallory' may not deanonymize: needs one of the roles privacy_officer" in (
        listed_elsewhere.output
    )
    posing = world.deanonymize(policy, actor="priya", identity=mallory)
    assert posing.exit_code == 2
    assert "STEWARD_ACTOR says 'priya' but the key" in posing.output
    assert "belongs to 'mallory'" in posing.output
    unlisted = world.forget(policy, identity=str(world.key_path("eve")))
    assert unlisted.exit_code == 2 and "is not listed for anyone" in unlisted.output
    assert Ledger(world.store).entries(action="pii.deanonymized") == []
    assert Ledger(world.store).entries(action="data.forget") == []


def test_a_tampered_policy_public_key_is_refused(world: World) -> None:
    raw = bytearray(base64.b64decode(world.keys["priya"].removeprefix("ed25519:")))
    raw[0] ^= 1  # still a well-formed key, just not priya's
    tampered = "ed25519:" + base64.b64encode(bytes(raw)).decode()
    policy = world.policy({"privacy_officer": [{"name": "priya", "public_key": tampered}]})
    result = world.deanonymize(policy, actor="priya", identity=str(world.key_path("priya")))
    assert result.exit_code == 2 and "is not listed for anyone" in result.output
    assert "John" not in result.output

    truncated = world.keys["priya"][:-8] + "="
    bad = world.policy({"privacy_officer": [{"name": "priya", "public_key": truncated}]})
    refused = world.deanonymize(bad, identity=str(world.key_path("priya")))
    assert refused.exit_code == 2
    assert "roles.assignments.privacy_officer[0].public_key: an Ed25519 public key is 32" in (
        refused.output
    )


def test_enforce_refuses_bare_names_and_keyed_people_act(world: World) -> None:
    policy = world.policy(
        {"privacy_officer": ["priya"], "operator": ["oscar", world.keyed("mallory")]},
        enforce=True,
    )
    bare = world.deanonymize(policy, actor="priya")
    assert bare.exit_code == 2 and "'priya' is a bare name (unverified)" in bare.output
    create = ("keys", "create", "--role", "end_user", "--name", "kiosk", "--policy", str(policy))
    oscar = world.cli(*create, actor="oscar")
    assert oscar.exit_code == 2 and "'oscar' is a bare name (unverified)" in oscar.output
    review = ("models", "review", "bank:1", "--approve", "--policy", str(policy))
    approve = world.cli(*review, "--reason", "ok", actor="mallory")
    assert approve.exit_code == 2 and "private key was not found" in approve.output

    signed = world.cli(*create, identity=str(world.key_path("mallory")))
    assert signed.exit_code == 0, signed.output
    (created,) = Ledger(world.store).entries(action="key.created")
    assert created.actor == "mallory" and created.details["identity"]["verified"] is True
    assert verify_recorded_identity(created.details, "mallory", load_policy(policy)) == []


def test_unenforced_bare_names_still_work_but_are_recorded_as_unverified(world: World) -> None:
    policy = world.policy({"privacy_officer": ["priya"]})
    result = world.deanonymize(policy, actor="priya")
    assert result.exit_code == 0, result.output
    (entry,) = Ledger(world.store).entries(action="pii.deanonymized")
    assert entry.details["identity"] == {
        "verified": False,
        "name": "priya",
        "claimed_by": "STEWARD_ACTOR",
    }
    assert verify_recorded_identity(entry.details, "priya") == [
        "'priya' was not verified by a signature (claimed by STEWARD_ACTOR)"
    ]


def test_person_keys_are_private_and_can_be_passphrase_protected(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = world.key_path("priya").parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(world.key_path("priya").stat().st_mode) == 0o600
    again = RUNNER.invoke(app, ["keys", "person", "create", "priya", "--dir", str(folder)])
    assert again.exit_code == 2 and "a key already exists here" in again.output

    monkeypatch.setenv("STEWARD_IDENTITY_PASSPHRASE", "correct horse")
    public_key = _create_person(world.tmp, "paula", "--passphrase")
    monkeypatch.delenv("STEWARD_IDENTITY_PASSPHRASE")
    key_file = world.key_path("paula")
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    policy = world.policy({"privacy_officer": [{"name": "paula", "public_key": public_key}]})
    locked = world.deanonymize(policy, identity=str(key_file))
    assert locked.exit_code == 2 and "passphrase-protected" in locked.output
    shown = RUNNER.invoke(
        app,
        ["keys", "person", "show", "--policy", str(policy)],
        env={"STEWARD_IDENTITY": str(key_file), "STEWARD_IDENTITY_PASSPHRASE": "correct horse"},
    )
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.splitlines()[0] == public_key
    assert "paula as privacy_officer" in shown.stdout

    world.key_path("priya").chmod(0o644)
    exposed = world.deanonymize(
        world.policy({"privacy_officer": [world.keyed("priya")]}),
        identity=str(world.key_path("priya")),
    )
    assert exposed.exit_code == 2 and "readable by others (mode 0644)" in exposed.output


def test_the_default_identity_folder_and_the_migration_from_bare_names(world: World) -> None:
    config = world.tmp / "pat-config"  # pat's own ~/.config
    made = RUNNER.invoke(
        app, ["keys", "person", "create", "pat"], env={"XDG_CONFIG_HOME": str(config)}
    )
    assert made.exit_code == 0, made.output
    assert (config / "steward" / "identity" / "pat.key").is_file()
    public_key = made.stdout.strip()

    # Before the policy lists her key, pat's bare name works as before (enforce off), unverified.
    bare = world.policy({"privacy_officer": ["pat"]})
    assert world.deanonymize(bare, actor="pat", config=config).exit_code == 0
    # Listed: the key in her folder is found and signs, no STEWARD_IDENTITY needed.
    keyed = world.policy({"privacy_officer": [{"name": "pat", "public_key": public_key}]})
    signed = world.deanonymize(keyed, actor="pat", config=config)
    assert signed.exit_code == 0, signed.output
    first, second = Ledger(world.store).entries(action="pii.deanonymized")
    assert first.details["identity"]["verified"] is False
    assert second.details["identity"]["verified"] is True
    # Once every person is keyed, enforce: bare names are refused.
    enforced = world.policy({"privacy_officer": ["pat"]}, enforce=True)
    refused = world.deanonymize(enforced, actor="pat", config=config)
    assert refused.exit_code == 2 and "bare name (unverified)" in refused.output
