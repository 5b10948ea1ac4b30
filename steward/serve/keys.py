"""Gateway API keys: shown once, stored as a scrypt hash, mapped to one role, expiring,
revocable.

A key reads ``stw_<key id>_<secret>``. The key id finds the row; the secret is checked against
its scrypt hash (``cryptography``'s Scrypt, n = 2**14: about 30 ms, so a stolen database does
not give keys away cheaply). A key that verified once is remembered in memory by a SHA-256 of
the whole key, so the KDF runs once per key and process, not once per request; expiry and
revocation are still checked on every request. A key's row is cached ``refresh_seconds``,
but revoking a key bumps a counter in the store (``gateway_epochs``) that every process
reads at most every ``epoch_check_s`` (0.5 s): when it moved, the cached rows are dropped,
so every worker refuses a revoked key within that time.

With a :class:`~steward.serve.abuse.FailedAuthLimiter`, failed attempts are counted per key id
and client address, and a key that has not verified in this process is refused (429) without
running the KDF once its key id or address is over the limit.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import Engine, select, update

from steward.config import ROLE_NAMES
from steward.errors import StewardError
from steward.store.artifacts import Store
from steward.store.db import ApiKeyRow, utc_now


class FailureThrottle(Protocol):
    """What key verification needs of a failed-login limiter (per process:
    :class:`~steward.serve.abuse.FailedAuthLimiter`; shared across workers:
    :class:`~steward.serve.shared.SharedFailedAuthLimiter`). A protocol, so that this module
    imports neither (both import it)."""

    def retry_after(self, key_id: str | None, client: str | None) -> float: ...

    def failed(self, key_id: str | None, client: str | None) -> None: ...


PREFIX = "stw"
_SCRYPT = {"length": 32, "n": 2**14, "r": 8, "p": 1}


@dataclass(frozen=True)
class ApiKey:
    key_id: str
    name: str
    role: str
    created_at: str
    created_by: str
    expires_at: str | None
    revoked_at: str | None
    rate_per_minute: int
    single_use: bool = False  # a one-time console sign-in key: its first sign-in consumes it
    used_at: str | None = None  # when that sign-in happened

    @property
    def active(self) -> bool:
        return self.revoked_at is None and not _expired(self.expires_at)

    def to_dict(self) -> dict[str, object]:
        return {**self.__dict__, "active": self.active}


class AuthError(StewardError):
    """A request's key is missing, unknown, wrong, expired or revoked (HTTP 401). ``code`` is
    a short fixed name for the reason (what denials are counted by)."""

    def __init__(self, what: str, code: str) -> None:
        super().__init__(what)
        self.code = code


class TooManyFailures(AuthError):
    """Too many failed authentications for this key id or client address (HTTP 429): the
    key was not checked."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            "too many failed authentications from this address or for this key id; "
            f"retry in {max(1, round(retry_after))} s",
            "auth_throttled",
        )
        self.retry_after = retry_after


def _expired(expires_at: str | None) -> bool:
    return expires_at is not None and datetime.fromisoformat(expires_at) <= datetime.now(UTC)


def _kdf(salt: bytes) -> Scrypt:
    return Scrypt(salt=salt, **_SCRYPT)


def _from_row(row: ApiKeyRow) -> ApiKey:
    return ApiKey(
        key_id=row.key_id,
        name=row.name,
        role=row.role,
        created_at=row.created_at,
        created_by=row.created_by,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
        rate_per_minute=row.rate_per_minute,
        single_use=bool(row.single_use),
        used_at=row.used_at,
    )


class KeyStore:
    def __init__(
        self,
        store: Store,
        refresh_seconds: float = 5.0,
        throttle: FailureThrottle | None = None,
        epoch_check_s: float = 0.5,
    ) -> None:
        self.store = store
        self.refresh_seconds = refresh_seconds
        self.throttle = throttle
        self.epoch_check_s = epoch_check_s
        self._epoch: tuple[float, int] | None = None  # (read at, value) of the keys' counter
        self._epoch_engine: Engine | None = None
        self._verified: dict[str, str] = {}  # sha256(whole key) -> key id
        self._rows: dict[str, tuple[float, ApiKey]] = {}  # key id -> (read at, row)
        self._hashes: dict[str, tuple[str, str]] = {}  # key id -> (salt, scrypt hash)
        self._lock = threading.Lock()
        # One thread for the KDF: scrypt releases the GIL, and one thread bounds it to one
        # core whatever arrives, so a burst of new or wrong keys cannot starve the gateway.
        self.kdf_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="key-kdf")

    def create(
        self,
        name: str,
        role: str,
        *,
        created_by: str,
        expires_days: float | None = None,
        rate_per_minute: int = 600,
        single_use: bool = False,
    ) -> tuple[str, ApiKey]:
        """A new key: returns the key itself (shown once, never stored) and its record.
        ``single_use``: a console sign-in key that one sign-in consumes (:meth:`consume`)."""
        if role not in ROLE_NAMES:
            raise StewardError(
                f"unknown role {role!r}; roles are {', '.join(ROLE_NAMES)}", where="--role"
            )
        if rate_per_minute < 1:
            raise StewardError("must be >= 1", where="--rate")
        key_id = secrets.token_hex(4)
        secret = secrets.token_urlsafe(32)
        salt = secrets.token_bytes(16)
        expires = (
            (datetime.now(UTC) + timedelta(days=expires_days)).isoformat(timespec="seconds")
            if expires_days is not None
            else None
        )
        row = ApiKeyRow(
            key_id=key_id,
            name=name,
            role=role,
            salt=salt.hex(),
            secret_hash=_kdf(salt).derive(secret.encode()).hex(),
            created_at=utc_now(),
            created_by=created_by,
            expires_at=expires,
            revoked_at=None,
            rate_per_minute=rate_per_minute,
            single_use=True if single_use else None,
        )
        with self.store.session() as session, session.begin():
            session.add(row)
        return f"{PREFIX}_{key_id}_{secret}", _from_row(row)

    def list(self) -> list[ApiKey]:
        with self.store.session() as session:
            rows = session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.created_at))
            return [_from_row(row) for row in rows]

    def get(self, key_id: str) -> ApiKey:
        with self.store.session() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise StewardError("no such key", where=key_id)
            return _from_row(row)

    def consume(self, key_id: str) -> bool:
        """Mark a single-use key used; False when it already was. One UPDATE that only
        matches an unused row, so of two sign-ins at the same moment exactly one wins."""
        from steward.serve.shared import bump_epoch

        with self.store.session() as session, session.begin():
            changed = session.execute(
                update(ApiKeyRow)
                .where(ApiKeyRow.key_id == key_id, ApiKeyRow.used_at.is_(None))
                .values(used_at=utc_now())
            )
            bump_epoch(session)
        with self._lock:
            self._rows.pop(key_id, None)
        return bool(getattr(changed, "rowcount", 0) == 1)

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke the key; every gateway process refuses it within ``epoch_check_s``."""
        from steward.serve.shared import bump_epoch

        with self.store.session() as session, session.begin():
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise StewardError("no such key", where=key_id)
            if row.revoked_at is None:
                row.revoked_at = utc_now()
                bump_epoch(session)
            key = _from_row(row)
        with self._lock:
            self._rows.pop(key_id, None)
        return key

    def _watch_epoch(self, now: float) -> None:
        """Drop the cached key rows when the store's key counter moved (a key was revoked
        or used by another process); read at most every ``epoch_check_s``."""
        if self._epoch is not None and now - self._epoch[0] < self.epoch_check_s:
            return
        from steward.serve.shared import epoch_reader, read_epoch

        if self._epoch_engine is None:
            self._epoch_engine = epoch_reader(self.store)
        value = read_epoch(self._epoch_engine)
        with self._lock:
            if self._epoch is not None and self._epoch[1] != value:
                self._rows.clear()
            self._epoch = (now, value)

    def _row(self, key_id: str) -> ApiKey | None:
        now = time.monotonic()
        self._watch_epoch(now)
        with self._lock:
            cached = self._rows.get(key_id)
        if cached is not None and now - cached[0] < self.refresh_seconds:
            return cached[1]
        with self.store.session() as session:
            row = session.get(ApiKeyRow, key_id)
            key = _from_row(row) if row is not None else None
            hashed = (row.salt, row.secret_hash) if row is not None else None
        if key is not None and hashed is not None:
            with self._lock:
                self._rows[key_id] = (now, key)
                self._hashes[key_id] = hashed
        return key

    @staticmethod
    def _parse(presented: str | None) -> tuple[str, str]:
        if not presented:
            raise AuthError("no API key: send 'Authorization: Bearer <key>'", "no_key")
        parts = presented.split("_", 2)
        if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or not parts[2]:
            raise AuthError("malformed API key (expected stw_<id>_<secret>)", "malformed_key")
        return parts[1], parts[2]

    def remembered(self, presented: str | None) -> bool:
        """True when this exact key verified before in this process: authenticating it runs
        no KDF (cheap enough for the event loop) and is never throttled."""
        if not presented:
            return False
        digest = hashlib.sha256(presented.encode()).hexdigest()
        with self._lock:
            return digest in self._verified

    def needs_kdf(self, presented: str | None, client: str | None = None) -> bool:
        """Whether authenticating this key may run the KDF (tens of ms: in ``kdf_thread``).
        False for a remembered key, a malformed one, or one the throttle refuses."""
        if self.remembered(presented):
            return False
        parts = (presented or "").split("_", 2)
        if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or not parts[2]:
            return False
        return self.throttle is None or self.throttle.retry_after(parts[1], client) == 0

    def authenticate(
        self, presented: str | None, *, client: str | None = None, sign_in: bool = False
    ) -> ApiKey:
        """The key's record, or :class:`AuthError` saying what is wrong with it
        (:class:`TooManyFailures` when the throttle refuses to check it). ``client`` is the
        caller's address, for the throttle. A one-time sign-in key opens the console only
        (``sign_in``): the API refuses it, so it is worth nothing once the console has it."""
        try:
            key = self._authenticate(presented, client)
            if key.single_use and not sign_in:
                raise AuthError(
                    f"API key {key.key_id} is a one-time console sign-in key; "
                    "it opens the console only",
                    "sign_in_only",
                )
            return key
        except AuthError as exc:
            if self.throttle is not None and not isinstance(exc, TooManyFailures):
                # Only a wrong secret is charged to the key id: the other failures cost no KDF.
                key_id = self._parse(presented)[0] if exc.code == "wrong_secret" else None
                self.throttle.failed(key_id, client)
            raise

    def _authenticate(self, presented: str | None, client: str | None) -> ApiKey:
        known = self.remembered(presented)
        if not known and self.throttle is not None:
            # Before anything else: a throttled address gets 429 whatever it sends.
            parts = (presented or "").split("_", 2)
            wait = self.throttle.retry_after(parts[1] if len(parts) == 3 else None, client)
            if wait > 0:
                raise TooManyFailures(wait)
        key_id, secret = self._parse(presented)
        key = self._row(key_id)
        if key is None:
            raise AuthError("unknown API key", "unknown_key")
        if not known:
            salt, stored = self._hashes[key_id]
            try:
                _kdf(bytes.fromhex(salt)).verify(secret.encode(), bytes.fromhex(stored))
            except InvalidKey:
                raise AuthError("wrong API key", "wrong_secret") from None
            assert presented is not None  # parsed
            with self._lock:
                self._verified[hashlib.sha256(presented.encode()).hexdigest()] = key_id
        if key.revoked_at is not None:
            raise AuthError(f"API key {key_id} was revoked at {key.revoked_at}", "revoked")
        if _expired(key.expires_at):
            raise AuthError(f"API key {key_id} expired at {key.expires_at}", "expired")
        return key
