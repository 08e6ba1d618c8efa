"""``?fallback=local``: pace locally, with a warning, while the shared store cannot be reached.

Off by default: a store outage then raises :class:`~onerecord.errors.SharedStateError` rather than let every worker
send at the full rate on its own. With the fallback each process keeps to the limit by itself (so N processes may
together exceed it, and get 429s, which the client still handles); the store is tried again every few seconds.
"""

from __future__ import annotations

import threading
import time
import warnings
from collections.abc import Callable
from typing import Any, cast

from ..errors import SharedStateError
from .memory import MemoryState
from .protocol import PacingRule, SharedState, StoredToken, Ticket

__all__ = ["FallbackState"]

RETRY_SECONDS = 5.0


class FallbackState:
    """``primary``, or a local :class:`MemoryState` while ``primary`` raises :class:`SharedStateError`.

    Tickets of the local store have negative ids, so each later call about a slot goes to the store that issued it.
    """

    def __init__(self, primary: SharedState, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.primary = primary
        self.local = MemoryState(clock)
        self.blocking = primary.blocking
        self._clock = clock
        self._down_until = -1.0e18
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FallbackState({self.primary!r})"

    def _use(self, name: str, *args: Any) -> tuple[bool, Any]:
        """(True, result) from the primary, or (False, None) when it is down (the caller uses the local store)."""
        if self._clock() < self._down_until:
            return False, None
        try:
            return True, getattr(self.primary, name)(*args)
        except SharedStateError as error:
            with self._lock:
                if self._clock() >= self._down_until:
                    warnings.warn(f"{error}; pacing locally meanwhile (fallback=local)", RuntimeWarning, stacklevel=2)
                self._down_until = self._clock() + RETRY_SECONDS
            return False, None

    def reserve(self, namespace: str, rule: PacingRule, priority: bool = False) -> Ticket:
        ok, ticket = self._use("reserve", namespace, rule, priority)
        if ok:
            return cast(Ticket, ticket)
        local = self.local.reserve(namespace, rule, priority)
        return local._replace(id=-local.id)

    def depart(self, namespace: str, rule: PacingRule, ticket: Ticket) -> float | None:
        if ticket.id < 0:
            return self.local.depart(namespace, rule, ticket._replace(id=-ticket.id))
        ok, delay = self._use("depart", namespace, rule, ticket)
        return cast("float | None", delay) if ok else None

    def finished(self, namespace: str, ticket: Ticket) -> None:
        if ticket.id < 0:
            self.local.finished(namespace, ticket._replace(id=-ticket.id))
        else:
            self._use("finished", namespace, ticket)

    def abandon(self, namespace: str, ticket: Ticket) -> None:
        if ticket.id < 0:
            self.local.abandon(namespace, ticket._replace(id=-ticket.id))
        else:
            self._use("abandon", namespace, ticket)

    def pause(self, namespace: str, rule: PacingRule, seconds: float) -> None:
        self.local.pause(namespace, rule, seconds)
        self._use("pause", namespace, rule, seconds)

    def read_token(self, namespace: str) -> StoredToken | None:
        ok, token = self._use("read_token", namespace)
        return cast("StoredToken | None", token) if ok else self.local.read_token(namespace)

    def write_token(self, namespace: str, token: StoredToken) -> None:
        self.local.write_token(namespace, token)
        self._use("write_token", namespace, token)

    def drop_token(self, namespace: str, value: str) -> None:
        self.local.drop_token(namespace, value)
        self._use("drop_token", namespace, value)

    def lock_token(self, namespace: str, owner: str, seconds: float) -> bool:
        ok, taken = self._use("lock_token", namespace, owner, seconds)
        return bool(taken) if ok else self.local.lock_token(namespace, owner, seconds)

    def unlock_token(self, namespace: str, owner: str) -> None:
        self.local.unlock_token(namespace, owner)
        self._use("unlock_token", namespace, owner)
