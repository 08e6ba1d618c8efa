"""OAuth 2.0 client credentials: the demo clients, the token route's checks and bearer-token lookup.

Tokens live in memory only (a restarted sandbox forgets them, as a restarted real server would invalidate them);
societies and clients live in the database. Secrets are stored as SHA-256 digests and never logged or echoed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from typing import Literal

from .clock import Clock
from .errors import OAuthError, unauthorized
from .reference import stable_id

Role = Literal["forwarder", "shipper", "warehouse", "agent", "consignee", "customer"]
ROLES: tuple[Role, ...] = ("forwarder", "shipper", "warehouse", "agent", "consignee", "customer")

DEMO_CREDENTIALS: dict[str, tuple[str, str]] = {role: (f"demo-{role}", f"demo-{role}-secret") for role in ROLES}
"""Role -> (client_id, client_secret) of the seeded clients; the secrets only exist in the sandbox."""

REFRESH_TTL = 604800


def society_id(role: str) -> str:
    """Identifier of the demo society holding the given role."""
    return stable_id("society", role)


@dataclass(frozen=True)
class Caller:
    """Who is calling: the OAuth client and the society (and so the role) it acts for."""

    client_id: str
    society_id: str
    role: str


@dataclass(frozen=True)
class _Token:
    caller: Caller
    expires_at: float


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def seed_demo_clients(conn: sqlite3.Connection) -> None:
    """One society per role, each with its ``demo-<role>`` client."""
    for role, (client_id, secret) in DEMO_CREDENTIALS.items():
        sid = society_id(role)
        conn.execute("INSERT OR IGNORE INTO society (id, name, role) VALUES (?, ?, ?)", (sid, f"Demo {role}", role))
        conn.execute(
            "INSERT OR IGNORE INTO client (client_id, secret_sha256, society_id) VALUES (?, ?, ?)",
            (client_id, _digest(secret), sid),
        )


class TokenStore:
    """Issues access tokens and resolves them to a :class:`Caller` until they expire."""

    def __init__(self, clock: Clock, ttl: int) -> None:
        self._clock = clock
        self.ttl = ttl
        self._tokens: dict[str, _Token] = {}
        self._lock = threading.Lock()

    def issue(self, conn: sqlite3.Connection, form: dict[str, str]) -> dict[str, object]:
        """Check a token request's form fields and answer the token response body, or raise :class:`OAuthError`."""
        grant_type = form.get("grant_type")
        if not grant_type:
            raise OAuthError(400, "invalid_request", "grant_type is required")
        if grant_type != "client_credentials":
            raise OAuthError(400, "unsupported_grant_type", "Only the client_credentials grant is supported")
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        if not client_id or not secret:
            raise OAuthError(400, "invalid_request", "client_id and client_secret are required")
        row = conn.execute(
            "SELECT c.secret_sha256, c.society_id, s.role FROM client c JOIN society s ON s.id = c.society_id "
            "WHERE c.client_id = ?",
            (client_id,),
        ).fetchone()
        if row is None or not hmac.compare_digest(row["secret_sha256"], _digest(secret)):
            raise OAuthError(401, "invalid_client", "Client authentication failed")
        caller = Caller(client_id, row["society_id"], row["role"])
        access = secrets.token_urlsafe(32)
        with self._lock:
            self._purge()
            self._tokens[access] = _Token(caller, self._clock() + self.ttl)
        return {
            "access_token": access,
            "expires_in": self.ttl,
            "refresh_token": secrets.token_urlsafe(32),
            "refresh_expires_in": REFRESH_TTL,
            "token_type": "Bearer",
            "scope": "profile email",
        }

    def _purge(self) -> None:
        now = self._clock()
        for key in [k for k, t in self._tokens.items() if t.expires_at <= now]:
            del self._tokens[key]

    def peek(self, authorization: str | None) -> Caller | None:
        """The caller behind a live token, or None (used by the rate limiter, which must not raise)."""
        token = _bearer(authorization)
        if token is None:
            return None
        with self._lock:
            found = self._tokens.get(token)
        if found is None or found.expires_at <= self._clock():
            return None
        return found.caller

    def authenticate(self, authorization: str | None) -> Caller:
        """The caller behind the ``Authorization`` header, or a 401 ApiError."""
        token = _bearer(authorization)
        if token is None:
            raise unauthorized("Requires authentication: send 'Authorization: Bearer <access_token>'")
        with self._lock:
            found = self._tokens.get(token)
        if found is None:
            raise unauthorized("Bad credentials: unknown access token")
        if found.expires_at <= self._clock():
            raise unauthorized("Bad credentials: the access token has expired")
        return found.caller


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return None
    return token
