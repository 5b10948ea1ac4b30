"""Console sign-in: an API key once, then a signed, expiring session cookie and CSRF tokens.

The key is the gateway's own (:class:`~steward.serve.keys.KeyStore`: scrypt-checked, throttled
per key id and address by the gateway's :class:`~steward.serve.abuse.FailedAuthLimiter`). A
valid key gives a session cookie ``payload.signature``: the payload names the key id and the
session's expiry, the signature is HMAC-SHA256 under a secret kept in the store
(``<home>/console/session.secret``, 0600), so sessions survive a console restart and no other
store's console can mint them. The key's row is read again on every request, so revoking or
expiring the key ends its sessions at once, and the role always comes from that row.

CSRF: every form carries a token derived from the session id (HMAC under the same secret,
another purpose string), checked on every POST; the sign-in form, before any session exists,
carries one bound to a random nonce in a short-lived cookie (so a page elsewhere cannot sign a
visitor in as someone else).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from steward.store.artifacts import Store
from steward.store.permissions import check_private, make_private_dir, write_private_bytes

SESSION_COOKIE = "steward_console"
SIGNIN_COOKIE = "steward_console_signin"
LANGUAGE_COOKIE = "steward_console_lang"
SECRET_BYTES = 32
SIGNIN_NONCE_TTL_S = 600


@dataclass(frozen=True)
class ConsoleSession:
    """What a valid session cookie says: whose key, which session, until when."""

    key_id: str
    session_id: str
    expires_at: float  # Unix time


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def secret_path(store: Store) -> Path:
    return store.home / "console" / "session.secret"


def load_or_create_secret(store: Store) -> bytes:
    """The store's console secret, created (0600) on first use."""
    path = secret_path(store)
    make_private_dir(path.parent)
    if not path.exists():
        write_private_bytes(path, secrets.token_bytes(SECRET_BYTES))
    check_private([path.parent, path], store=store.home)
    secret = path.read_bytes()
    if len(secret) != SECRET_BYTES:
        from steward.errors import StewardError

        raise StewardError(
            f"expected {SECRET_BYTES} bytes, found {len(secret)}; delete it to make a new one "
            "(every console session then ends)",
            where=str(path),
        )
    return secret


class SessionSigner:
    """Issues and checks session cookies and CSRF tokens under one secret."""

    def __init__(self, secret: bytes, ttl_s: float) -> None:
        self._secret = secret
        self.ttl_s = ttl_s

    def _mac(self, purpose: str, message: str) -> str:
        digest = hmac.new(self._secret, f"{purpose}\n{message}".encode(), hashlib.sha256)
        return _b64(digest.digest())

    def issue(self, key_id: str, key_expires_at: float | None = None) -> tuple[str, float]:
        """A new session's cookie value and its expiry (never after the key's own)."""
        expires = time.time() + self.ttl_s
        if key_expires_at is not None:
            expires = min(expires, key_expires_at)
        payload = _b64(
            json.dumps(
                {"k": key_id, "s": secrets.token_urlsafe(16), "e": round(expires, 3)},
                separators=(",", ":"),
            ).encode()
        )
        return f"{payload}.{self._mac('session', payload)}", expires

    def read(self, cookie: str | None) -> ConsoleSession | None:
        """The session a cookie proves, or None (absent, forged, tampered with or expired)."""
        if not cookie or cookie.count(".") != 1:
            return None
        payload, mac = cookie.split(".")
        if not hmac.compare_digest(mac, self._mac("session", payload)):
            return None
        try:
            data = json.loads(_unb64(payload))
            session = ConsoleSession(str(data["k"]), str(data["s"]), float(data["e"]))
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires_at > time.time() else None

    def csrf_token(self, session: ConsoleSession) -> str:
        return self._mac("csrf", session.session_id)

    def csrf_ok(self, session: ConsoleSession, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(str(token), self.csrf_token(session))

    def signin_nonce(self) -> str:
        """A nonce for the sign-in form's cookie: ``time.random``."""
        return f"{int(time.time())}.{secrets.token_urlsafe(16)}"

    def signin_token(self, nonce: str) -> str:
        return self._mac("signin", nonce)

    def signin_ok(self, nonce: str | None, token: str | None) -> bool:
        if not nonce or not token or "." not in nonce:
            return False
        issued = nonce.split(".", 1)[0]
        if not issued.isdigit() or time.time() - int(issued) > SIGNIN_NONCE_TTL_S:
            return False
        return hmac.compare_digest(str(token), self.signin_token(nonce))
