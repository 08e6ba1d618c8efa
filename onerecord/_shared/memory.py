"""In-process store: what clients of one process share by default (same base URL, client id and clock).

One lock guards every record; it is held for microseconds (no I/O), so threads and event loops call it directly.
:func:`process_state` hands out one store per clock (tests inject their own clocks and so never share state), and
:class:`Lease` counts the clients using a namespace so that its state is forgotten once the last one is closed or
collected (a new client then starts afresh, as before sharing existed).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import Any

from . import pacing
from .protocol import PacingRule, StoredToken, Ticket

__all__ = ["Lease", "MemoryState", "process_state"]


class MemoryState:
    """A :class:`~onerecord.shared_state.SharedState` living in this process; ``clock`` is monotonic seconds."""

    blocking = False

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._records: dict[str, pacing.Record] = {}
        self._tokens: dict[str, tuple[str, float, float]] = {}  # value, fresh until, usable until
        self._locks: dict[str, tuple[str, float]] = {}  # owner, held until
        self._leases: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"MemoryState(namespaces={len(self._records)})"

    def _record(self, namespace: str, now: float) -> pacing.Record:
        record = self._records.get(namespace)
        if record is None:
            record = self._records[namespace] = pacing.new_record(now)
        return record

    def reserve(self, namespace: str, rule: PacingRule, priority: bool = False) -> Ticket:
        with self._lock:
            now = self._clock()
            return pacing.reserve(self._record(namespace, now), rule, now, priority)

    def depart(self, namespace: str, rule: PacingRule, ticket: Ticket) -> float | None:
        with self._lock:
            now = self._clock()
            return pacing.depart(self._record(namespace, now), rule, ticket, now)

    def finished(self, namespace: str, ticket: Ticket) -> None:
        with self._lock:
            record = self._records.get(namespace)
            if record is not None:
                pacing.finished(record, ticket, self._clock())

    def abandon(self, namespace: str, ticket: Ticket) -> None:
        with self._lock:
            record = self._records.get(namespace)
            if record is not None:
                pacing.abandon(record, ticket)

    def pause(self, namespace: str, rule: PacingRule, seconds: float) -> None:
        with self._lock:
            now = self._clock()
            pacing.pause(self._record(namespace, now), rule, seconds, now)

    def read_token(self, namespace: str) -> StoredToken | None:
        with self._lock:
            entry = self._tokens.get(namespace)
            now = self._clock()
            if entry is None or entry[2] <= now:
                return None
            return StoredToken(entry[0], entry[1] - now, entry[2] - now)

    def write_token(self, namespace: str, token: StoredToken) -> None:
        with self._lock:
            now = self._clock()
            self._tokens[namespace] = (token.value, now + token.fresh_for, now + token.usable_for)

    def drop_token(self, namespace: str, value: str) -> None:
        with self._lock:
            entry = self._tokens.get(namespace)
            if entry is not None and entry[0] == value:
                del self._tokens[namespace]

    def lock_token(self, namespace: str, owner: str, seconds: float) -> bool:
        with self._lock:
            now = self._clock()
            held = self._locks.get(namespace)
            if held is not None and held[0] != owner and held[1] > now:
                return False
            self._locks[namespace] = (owner, now + seconds)
            return True

    def unlock_token(self, namespace: str, owner: str) -> None:
        with self._lock:
            held = self._locks.get(namespace)
            if held is not None and held[0] == owner:
                del self._locks[namespace]

    # -- leases (the default in-process sharing) -----------------------------------------------------------------
    def _take(self, namespace: str) -> None:
        with self._lock:
            self._leases[namespace] = self._leases.get(namespace, 0) + 1

    def _release(self, namespace: str) -> None:
        with self._lock:
            left = self._leases.get(namespace, 1) - 1
            if left > 0:
                self._leases[namespace] = left
                return
            self._leases.pop(namespace, None)
            self._records.pop(namespace, None)
            self._tokens.pop(namespace, None)
            self._locks.pop(namespace, None)


class Lease:
    """One client's use of a namespace in a :class:`MemoryState`; released by :meth:`release` or by collection."""

    def __init__(self, owner: object, state: MemoryState, namespace: str) -> None:
        state._take(namespace)
        self._finalizer = weakref.finalize(owner, state._release, namespace)

    def release(self) -> None:
        self._finalizer()  # runs at most once


_by_clock: weakref.WeakKeyDictionary[Any, MemoryState] = weakref.WeakKeyDictionary()
_by_clock_lock = threading.Lock()


def process_state(clock: Callable[[], float]) -> MemoryState:
    """The store shared in this process by the clients using ``clock``."""
    with _by_clock_lock:
        try:
            state = _by_clock.get(clock)
        except TypeError:  # a clock that cannot be weakly referenced (a builtin): keep it for good
            state = _permanent.get(clock)
            if state is None:
                state = _permanent[clock] = MemoryState(clock)
            return state
        if state is None:
            state = _by_clock[clock] = MemoryState(clock)
        return state


_permanent: dict[Any, MemoryState] = {}
