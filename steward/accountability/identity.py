"""Who is acting at the command line, proven by an Ed25519 signature.

``STEWARD_ACTOR`` (or the OS user) only *claims* a name. A person proves it with their own key
pair: the private key lives in their folder (``~/.config/steward/identity/NAME.key``, 0600,
optionally passphrase-encrypted; or the file ``STEWARD_IDENTITY`` names), the public key is
listed for them in the policy's ``roles.assignments``. Before a role-gated action the CLI signs
a *challenge* describing it (action, subject, permission, policy hash, time, nonce) with the
private key and verifies the signature against the public key the policy lists; the ledger
entries the action writes carry the challenge, the signature and the key's fingerprint, so an
auditor can check them later (:func:`verify_recorded_identity`).

What this does not remove: the machine's administrator can read private keys that are not
passphrase-protected, can edit the policy file (its hash is in every challenge) and can run
code as anyone. The signature binds an action to whoever held the key, not to a body.

:func:`authorize_cli_action` is the one front door for role-gated CLI actions.
"""

from __future__ import annotations

import base64
import getpass
import json
import os
import re
import secrets
import stat
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from steward.accountability.actor import SignedActor
from steward.accountability.roles import ACTOR_ENV, Permission, current_actor, require, roles_of
from steward.accountability.signing import key_id_of
from steward.config import LoadedPolicy, RolesPolicy
from steward.errors import StewardError

if TYPE_CHECKING:
    from steward.accountability.ledger import Ledger

IDENTITY_ENV = "STEWARD_IDENTITY"  # path of the acting person's private key
PASSPHRASE_ENV = "STEWARD_IDENTITY_PASSPHRASE"  # for scripts; a terminal is prompted instead
PUBLIC_KEY_PREFIX = "ed25519:"
CHALLENGE_KIND = "steward.cli-action/v1"
REFUSED_ACTION = "access.refused"  # the ledger action of a refused role-gated CLI action
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")  # it becomes a file name


# -- keys ------------------------------------------------------------------------------------
def identity_dir() -> Path:
    """``$XDG_CONFIG_HOME/steward/identity`` (default ``~/.config/steward/identity``)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "steward" / "identity"


def encode_public_key(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PUBLIC_KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def decode_public_key(text: str) -> Ed25519PublicKey:
    """The key of an ``ed25519:<base64>`` string (the policy validated its form)."""
    if not text.startswith(PUBLIC_KEY_PREFIX):
        raise StewardError(f"not an {PUBLIC_KEY_PREFIX} public key: {text[:24]!r}")
    try:
        raw = base64.b64decode(text[len(PUBLIC_KEY_PREFIX) :], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:  # binascii.Error is a ValueError
        raise StewardError(f"not an Ed25519 public key ({exc})") from None


def fingerprint(public_key: str) -> str:
    """Short id of a public key, computed as for the ledger's signers."""
    return key_id_of(decode_public_key(public_key).public_bytes_raw().hex())


@dataclass(frozen=True)
class PersonalKey:
    """A person's private key and the file it came from."""

    path: Path
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return encode_public_key(self.private_key.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self.private_key.sign(message)).decode("ascii")


def create_personal_key(
    name: str, folder: Path | None = None, *, passphrase: str | None = None
) -> PersonalKey:
    """Write a new key pair for ``name``: ``NAME.key`` (PKCS#8 PEM, 0600, encrypted when a
    passphrase is given) and ``NAME.pub`` (the policy line) in ``folder`` (0700)."""
    if not NAME_RE.match(name):
        raise StewardError(
            "a name is 1-64 letters, digits, '.', '_' or '-' (it names the key file)",
            where="NAME",
        )
    folder = folder or identity_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"{name}.key"
    private_key = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise StewardError(
            "a key already exists here; remove it first (and its public key from the policy)",
            where=str(path),
        ) from None
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    key = PersonalKey(path, private_key)
    (folder / f"{name}.pub").write_text(f"{key.public_key} {name}\n", encoding="ascii")
    return key


def _passphrase(path: Path) -> bytes:
    explicit = os.environ.get(PASSPHRASE_ENV)
    if explicit:
        return explicit.encode("utf-8")
    if sys.stdin.isatty():
        return getpass.getpass(f"passphrase for {path}: ").encode("utf-8")
    raise StewardError(
        f"the key is passphrase-protected: set {PASSPHRASE_ENV} or run in a terminal",
        where=str(path),
    )


def load_personal_key(path: Path) -> PersonalKey:
    """Read a private key, refusing one that others can read (as ssh does)."""
    if not path.is_file():
        raise StewardError("no private key here", where=str(path))
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise StewardError(
            f"private key is readable by others (mode {mode:04o}); run chmod 600 on it",
            where=str(path),
        )
    pem = path.read_bytes()
    try:
        try:
            key = serialization.load_pem_private_key(pem, password=None)
        except TypeError:  # encrypted: ask for the passphrase
            key = serialization.load_pem_private_key(pem, password=_passphrase(path))
    except ValueError as exc:
        raise StewardError(f"cannot read the private key ({exc})", where=str(path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise StewardError("not an Ed25519 private key", where=str(path))
    return PersonalKey(path, key)


def find_personal_key(claimed: str) -> PersonalKey | None:
    """The acting person's key: the file ``STEWARD_IDENTITY`` names (it must exist), else
    ``<identity_dir>/<claimed>.key`` when present, else None."""
    explicit = os.environ.get(IDENTITY_ENV)
    if explicit:
        return load_personal_key(Path(explicit).expanduser())
    if not NAME_RE.match(claimed):
        return None
    default = identity_dir() / f"{claimed}.key"
    return load_personal_key(default) if default.exists() else None


# -- signed actors ---------------------------------------------------------------------------
def challenge_bytes(challenge: dict[str, Any]) -> bytes:
    """The exact bytes signed: canonical JSON (sorted keys, no spaces, UTF-8)."""
    return json.dumps(challenge, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def verify_challenge(public_key: str, challenge: dict[str, Any], signature: str) -> bool:
    try:
        decode_public_key(public_key).verify(
            base64.b64decode(signature, validate=True), challenge_bytes(challenge)
        )
    except (InvalidSignature, StewardError, ValueError):
        return False
    return True


def _unverified(claimed: str, policy: RolesPolicy) -> SignedActor:
    source = ACTOR_ENV if os.environ.get(ACTOR_ENV) else "os_user"
    return SignedActor(
        claimed,
        roles=tuple(roles_of(claimed, policy)),
        verified=False,
        roles_policy=policy,
        evidence={"verified": False, "name": claimed, "claimed_by": source},
    )


def _identify(
    loaded: LoadedPolicy, permission: Permission, action: str, subject: str, claimed: str
) -> SignedActor:
    policy = loaded.policy.roles
    key = find_personal_key(claimed)
    if key is None:
        if policy.public_key_of(claimed):
            raise StewardError(
                f"{claimed!r} is listed with a public key but their private key was not found "
                f"(looked in {identity_dir() / (claimed + '.key')}; set {IDENTITY_ENV} to its "
                "path)",
                where="roles.assignments",
            )
        return _unverified(claimed, policy)  # require() refuses it when roles are enforced
    listed = [(role, h) for role, h in policy.holders() if h.public_key == key.public_key]
    if not listed and not os.environ.get(IDENTITY_ENV) and not policy.public_key_of(claimed):
        # Migration: a key made before the policy lists it leaves its owner's bare name as it
        # was (unverified; require() refuses it once roles are enforced).
        return _unverified(claimed, policy)
    if not listed:
        raise StewardError(
            f"the public key of {key.path} ({key.fingerprint}) is not listed for anyone in "
            f"{loaded.path}; add it to the person's roles or use the right key",
            where="roles.assignments",
        )
    name = listed[0][1].name  # the policy gives each key one name
    explicit = os.environ.get(ACTOR_ENV)
    if explicit and explicit != name:
        raise StewardError(
            f"{ACTOR_ENV} says {explicit!r} but the key {key.path} belongs to {name!r}",
            where=ACTOR_ENV,
        )
    listed_key = listed[0][1].public_key or ""
    challenge = {
        "kind": CHALLENGE_KIND,
        "actor": name,
        "action": action,
        "subject": subject,
        "permission": permission.value,
        "policy_sha256": loaded.sha256,
        "at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "nonce": secrets.token_hex(16),
    }
    signature = key.sign(challenge_bytes(challenge))
    # Checked against the key the policy lists (not the one just loaded): the proof an
    # auditor repeats from the ledger.
    if not verify_challenge(listed_key, challenge, signature):
        raise StewardError(
            f"the signature of {key.path} does not verify against the public key listed for "
            f"{name!r}",
            where="roles.assignments",
        )
    return SignedActor(
        name,
        roles=tuple(sorted({role for role, _ in listed})),
        verified=True,
        roles_policy=policy,
        evidence={
            "verified": True,
            "name": name,
            "public_key": listed_key,
            "fingerprint": fingerprint(listed_key),
            "challenge": challenge,
            "signature": signature,
        },
    )


def authorize_cli_action(
    loaded: LoadedPolicy,
    permission: Permission,
    action: str,
    subject: str,
    *,
    always: bool = False,
    ledger: Ledger | None = None,
) -> SignedActor:
    """The acting person, proven when the check is gated (``roles.enforce`` or ``always``):
    their private key signs a challenge for ``action`` on ``subject``, verified against the
    public key the policy lists for them; then :func:`require` decides on their roles.

    Ungated, the claimed name passes unverified (as before keys). A refusal raises
    :class:`StewardError` and, with ``ledger``, is recorded as ``access.refused``."""
    claimed = current_actor()
    gated = loaded.policy.roles.enforce or always
    try:
        actor = (
            _identify(loaded, permission, action, subject, claimed)
            if gated
            else _unverified(claimed, loaded.policy.roles)
        )
        require(actor, permission, loaded.policy.roles, always=always)
    except StewardError as refusal:
        if ledger is not None:
            # One action for every refusal, so no stream of real actions counts an attempt.
            ledger.append(
                actor=claimed,
                action=REFUSED_ACTION,
                subject=subject,
                outcome="refused",
                details={
                    "attempted": action,
                    "permission": permission.value,
                    "reason": refusal.what,
                    "policy_sha256": loaded.sha256,
                },
            )
        raise
    return actor


def verify_recorded_identity(
    details: dict[str, Any], actor: str, loaded: LoadedPolicy | None = None
) -> list[str]:
    """Re-check the identity a ledger entry recorded; returns the problems (none: it holds).

    The signature must verify over the recorded challenge with the recorded public key, and
    the challenge must name the entry's actor. With ``loaded`` (the policy in force then), its
    hash must be the one signed and it must list that public key for that person."""
    identity = details.get("identity")
    if not isinstance(identity, dict):
        return ["the entry records no identity"]
    if not identity.get("verified"):
        claimed_by = identity.get("claimed_by")
        return [f"{actor!r} was not verified by a signature (claimed by {claimed_by})"]
    problems = []
    challenge, public_key = identity.get("challenge") or {}, str(identity.get("public_key"))
    if not verify_challenge(public_key, challenge, str(identity.get("signature"))):
        problems.append("the signature does not verify over the recorded challenge")
    if challenge.get("actor") != actor or identity.get("name") != actor:
        problems.append(f"the challenge names {challenge.get('actor')!r}, the entry {actor!r}")
    if loaded is not None:
        if challenge.get("policy_sha256") != loaded.sha256:
            problems.append(
                f"signed under policy {str(challenge.get('policy_sha256'))[:16]}, not "
                f"{loaded.sha256[:16]} ({loaded.path})"
            )
        if loaded.policy.roles.public_key_of(actor) != public_key:
            problems.append(f"{loaded.path} does not list this public key for {actor!r}")
    return problems
