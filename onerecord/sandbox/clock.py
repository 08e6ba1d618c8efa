"""Time as the sandbox sees it: an injectable wall clock that tests and the control surface can move forward."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], float]
"""A function returning seconds since the epoch, like :func:`time.time`."""


class SandboxClock:
    """A base clock plus an offset that ``advance`` increases, so token expiry is testable without sleeping."""

    def __init__(self, base: Clock | None = None) -> None:
        self._base = base or time.time
        self._offset = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self._base() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the sandbox's time forward by ``seconds``; returns the new time."""
        with self._lock:
            self._offset += seconds
        return self()


def iso(ts: float) -> str:
    """The fixed-width UTC form the sandbox stores and returns: sorts as text, parses as RFC 3339."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_datetime(value: str) -> str | None:
    """Normalise an ISO 8601 date or date-time (no offset means UTC) to :func:`iso` form; None if unreadable."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except OverflowError:  # e.g. year 1 with a negative offset
        return None
