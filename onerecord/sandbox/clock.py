"""Time as the sandbox sees it: an injectable wall clock that tests and the control surface can move forward."""

from __future__ import annotations

import calendar
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

_DAY = re.compile(r"^([1-9][0-9]{3})-(0[1-9]|1[0-2])-(3[01]|29|30)")

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
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        # An impossible day of the month (2024-02-30) is read as the month's last day; anything else is refused.
        match = _DAY.match(text)
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
        last = calendar.monthrange(year, month)[1]
        if day <= last:
            return None
        return parse_datetime(f"{text[:8]}{last:02d}{text[10:]}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except OverflowError:  # e.g. year 1 with a negative offset
        return None
