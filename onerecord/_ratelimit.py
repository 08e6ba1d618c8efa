"""Client-side pacing so that a correct program never meets the API's 5 requests/second limit.

Two rules, both enforced when a caller reserves its slot:

1. Spacing (a token bucket in its "virtual scheduling" form, GCRA): requests leave at most ``rate`` per second,
   ``burst`` at once after an idle period. The limiter keeps the theoretical time of the next free slot; each caller
   *reserves* a slot under a short lock and sleeps outside it, so threads and asyncio tasks share one limiter
   without blocking the event loop, served in arrival order.
2. Window: the server counts requests in a sliding one-second window, and a request reaches it some time after it
   leaves us (a new connection's TCP/TLS handshake can take 100 ms). Spacing alone cannot see that: if the first of
   six requests is slow on the wire and the sixth is fast, both land in the same second and the sixth gets a 429.
   So the limiter also keeps the last ``N = floor(rate)`` slots and, once a request has finished, knows it reached
   the server no later than its finish time. A new request leaves no earlier than ``window`` after the finish (or,
   if still in flight, the departure) of the request ``N`` places before it. When that request has finished this
   is a guarantee whatever the network does; it costs one round trip per window at most.

Spacing also keeps a 2% safety margin (4.9 req/s for a 5 req/s limit) for the requests still in flight.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from collections.abc import Awaitable, Callable

__all__ = ["RateLimiter", "Slot"]

DEFAULT_RATE = 5.0
DEFAULT_MARGIN = 0.02


class Slot:
    """One reserved departure. ``delay`` is how long to wait; tell the limiter when the request has finished."""

    __slots__ = ("delay", "departure", "pauses", "reached_by")

    def __init__(self, delay: float, departure: float, pauses: int = 0) -> None:
        self.delay = delay
        self.departure = departure
        self.pauses = pauses  # how many pauses the limiter had seen when this slot was reserved
        self.reached_by = departure  # latest time the request may have reached the server (so far: departure)

    def __repr__(self) -> str:
        return f"Slot(delay={self.delay!r})"


class RateLimiter:
    """Shared pacing for one client: at most ``rate`` requests per second, bursts of ``burst``.

    ``clock`` is a monotonic clock in seconds (inject a fake one in tests); sleeping is done by the caller's
    ``sleep`` so the same limiter serves sync and async code.
    """

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        *,
        burst: int = 1,
        margin: float = DEFAULT_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not rate > 0:
            raise ValueError(f"rate_limit must be a positive number of requests per second, or None; got {rate!r}")
        if burst < 1:
            raise ValueError(f"burst must be >= 1, got {burst!r}")
        if margin < 0:
            raise ValueError(f"margin must be >= 0, got {margin!r}")
        self.rate = rate
        self.burst = burst
        self.interval = (1.0 + margin) / rate
        self._clock = clock
        self._lock = threading.Lock()
        self._next_free: float | None = None  # theoretical departure time of the next request
        self._pauses = 0  # how many times the server asked us to back off
        self._paused_until = -math.inf
        # The window rule: at most ``window_count`` requests per ``window`` seconds.
        self.window_count = max(1, math.floor(rate))
        self.window = self.window_count / rate
        self._recent: collections.deque[Slot] = collections.deque(maxlen=self.window_count)

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, burst={self.burst!r})"

    def reserve(self) -> Slot:
        """Claim the next slot; the caller waits ``slot.delay`` seconds, sends, then calls :meth:`finished`."""
        with self._lock:
            now = self._clock()
            next_free = now if self._next_free is None else max(self._next_free, now)
            # A full bucket lets ``burst`` requests go at once: the slot may start that many intervals early.
            start = max(now, next_free - (self.burst - 1) * self.interval)
            if len(self._recent) == self.window_count:
                start = max(start, self._recent[0].reached_by + self.window)
            self._next_free = max(next_free, start) + self.interval
            slot = Slot(start - now, start, self._pauses)
            self._recent.append(slot)
            return slot

    def _still_valid(self, slot: Slot) -> bool:
        """Whether ``slot``, reserved earlier and now due, may still be used.

        A pause that came after the reservation revokes the slots it falls on (they were given out before the
        server asked for silence); their callers reserve again, after the pause. A revoked slot stays in the window
        rule's record, like a slot whose task was cancelled: that errs on the side of sending less.
        """
        with self._lock:
            return slot.pauses == self._pauses or slot.departure >= self._paused_until

    def finished(self, slot: Slot) -> None:
        """Record that ``slot``'s request got its answer (or failed) now: it reached the server by this time."""
        with self._lock:
            slot.reached_by = max(slot.reached_by, self._clock())

    def acquire(self, sleep: Callable[[float], None]) -> Slot:
        """Wait for a slot (blocking the thread) and return it."""
        while True:
            slot = self.reserve()
            if slot.delay > 0:
                sleep(slot.delay)
            if self._still_valid(slot):
                return slot

    async def acquire_async(self, sleep: Callable[[float], Awaitable[None]]) -> Slot:
        """Wait for a slot without blocking the event loop and return it.

        If the task is cancelled while waiting its slot is simply left unused.
        """
        while True:
            slot = self.reserve()
            if slot.delay > 0:
                await sleep(slot.delay)
            if self._still_valid(slot):
                return slot

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (the server asked us to back off, e.g. with 429 + ``Retry-After``).

        The whole bucket is drained so every thread and task of the client waits, not only the one that got the 429,
        and slots already handed out that fall inside the pause are revoked (their callers are still sleeping
        towards them and reserve again when they wake).
        """
        if seconds <= 0:
            return
        with self._lock:
            now = self._clock()
            self._pauses += 1
            self._paused_until = max(self._paused_until, now + seconds)
            resume = now + seconds + (self.burst - 1) * self.interval
            if self._next_free is None or self._next_free < resume:
                self._next_free = resume
