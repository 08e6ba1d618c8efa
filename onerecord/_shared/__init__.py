"""Shared pacing and token state: the ``shared_state=`` option (and ``ONERECORD_SHARED_STATE``) resolved to a store.

Values: ``"process"`` (the default: clients of this process with the same base URL and client id share),
``"instance"`` (nothing shared: the client paces and caches alone), ``"sqlite:///path"`` (processes of one host),
``"redis://host:port/db"`` (any hosts), or an object implementing :class:`SharedState`. URLs take ``timeout=``
(seconds the store may take before :class:`~onerecord.errors.SharedStateError`), ``lock_timeout=`` (how long a
worker may hold the token-fetch lock) and ``fallback=local`` (pace locally, with a warning, while the store is down).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .fallback import FallbackState
from .memory import Lease, MemoryState, process_state
from .protocol import PacingRule, SharedState, StoredToken, Ticket
from .tokens import DEFAULT_LOCK_SECONDS, SharedTokens

__all__ = [
    "ENV_SHARED_STATE",
    "PacingRule",
    "SharedState",
    "SharedTokens",
    "StoredToken",
    "Ticket",
    "Wiring",
    "namespace_for",
    "resolve",
]

ENV_SHARED_STATE = "ONERECORD_SHARED_STATE"
_OWN_PARAMETERS = {"timeout", "lock_timeout", "fallback"}


@dataclass
class Wiring:
    """What a client uses: the store, its namespace in it, the token lock's timeout, and its lease (if any)."""

    state: SharedState
    namespace: str
    lock_seconds: float
    lease: Lease | None = None

    def release(self) -> None:
        if self.lease is not None:
            self.lease.release()


def namespace_for(base_url: str, client_id: str) -> str:
    """The store namespace of a client id at a base URL (a digest: safe in keys, and it reveals neither)."""
    return hashlib.sha256(f"{base_url}\n{client_id}".encode()).hexdigest()[:32]


def resolve(
    option: str | SharedState | None, *, owner: object, base_url: str, client_id: str, clock: Callable[[], float]
) -> Wiring:
    """The store for ``option`` (else ``ONERECORD_SHARED_STATE``, else ``"process"``), wired for one client."""
    namespace = namespace_for(base_url, client_id)
    if option is None:
        option = os.environ.get(ENV_SHARED_STATE) or "process"
    if not isinstance(option, str):
        if not isinstance(option, SharedState):
            raise TypeError(f"shared_state must be a URL, 'process', 'instance' or a SharedState, got {option!r}")
        return Wiring(option, namespace, DEFAULT_LOCK_SECONDS)
    if option == "process":
        state = process_state(clock)
        return Wiring(state, namespace, DEFAULT_LOCK_SECONDS, Lease(owner, state, namespace))
    if option == "instance":
        return Wiring(MemoryState(clock), namespace, DEFAULT_LOCK_SECONDS)
    store, lock_seconds = _store_for_url(option, clock)
    return Wiring(store, namespace, lock_seconds)


_stores: dict[tuple[str, Callable[[], float]], tuple[SharedState, float]] = {}
_stores_lock = threading.Lock()


def _store_for_url(url: str, clock: Callable[[], float]) -> tuple[SharedState, float]:
    """One store object per URL (and client clock) per process: one SQLite connection, one Redis connection pool.

    The clock is part of the key because the local fallback paces in the clients' own time, as ``process`` does.
    """
    with _stores_lock:
        found = _stores.get((url, clock))
        if found is None:
            found = _stores[(url, clock)] = _open(url, clock)
        return found


def _open(url: str, clock: Callable[[], float]) -> tuple[SharedState, float]:
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query))
    fallback = params.get("fallback", "error")
    if fallback not in ("error", "local"):
        raise ValueError(f"shared_state: fallback must be 'error' or 'local', got {fallback!r}")
    try:
        timeout = float(params["timeout"]) if "timeout" in params else None
        lock_seconds = float(params.get("lock_timeout", DEFAULT_LOCK_SECONDS))
    except ValueError:
        raise ValueError("shared_state: timeout and lock_timeout must be numbers of seconds") from None
    rest = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k not in _OWN_PARAMETERS])
    store: SharedState
    if parts.scheme == "sqlite":
        from .sqlite import DEFAULT_TIMEOUT, SqliteState

        path = parts.path[1:] if parts.path.startswith("/") else parts.path  # sqlite:///rel.db, sqlite:////abs.db
        if not path or parts.netloc:
            raise ValueError("shared_state: write sqlite:///relative/path.db or sqlite:////absolute/path.db")
        store = SqliteState(path, timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
    elif parts.scheme in ("redis", "rediss", "unix"):
        from .redis import DEFAULT_TIMEOUT as REDIS_TIMEOUT
        from .redis import RedisState

        plain = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
        store = RedisState(plain, timeout=REDIS_TIMEOUT if timeout is None else timeout)
    else:
        raise ValueError(
            "shared_state must be 'process', 'instance', 'sqlite:///path', 'redis://host:port/db' or a SharedState, "
            f"got a {parts.scheme or 'scheme-less'} value"  # never the value itself: it may hold a password
        )
    if fallback == "local":
        store = FallbackState(store, clock=clock)
    return store, lock_seconds
