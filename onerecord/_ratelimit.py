"""Client-side pacing so that a correct program never meets the API's 5 requests/second limit.

The limiter is a token bucket written in its "virtual scheduling" form (GCRA): instead of counting tokens it keeps
the theoretical time at which the next request may go. Each caller *reserves* a slot under a short lock and then
sleeps outside it, so threads and asyncio tasks share one limiter without ever blocking the event loop, and waiters
are served in arrival order.

Why a safety margin: the server counts requests in a sliding one-second window. Requests spaced exactly 1/rate
apart can still land six in one second when the first one was delayed a little more than the sixth on its way
(scheduling, GIL, network). Spacing them ``1 + margin`` times wider (2% by default, i.e. 4.9 req/s for a 5 req/s
limit) absorbs that jitter. Bursts above one are allowed for servers that tolerate them, but note that against a
sliding-window server any burst > 1 at the full rate can exceed the limit, which is why the default burst is 1.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable

__all__ = ["RateLimiter"]

DEFAULT_RATE = 5.0
DEFAULT_MARGIN = 0.02


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
        self._next_free: float | None = None  # theoretical arrival time of the next request

    def __repr__(self) -> str:
        return f"RateLimiter(rate={self.rate!r}, burst={self.burst!r})"

    def reserve(self) -> float:
        """Claim the next slot and return how many seconds the caller must wait before sending."""
        with self._lock:
            now = self._clock()
            next_free = now if self._next_free is None else max(self._next_free, now)
            # A full bucket lets ``burst`` requests go at once: the slot may start that many intervals early.
            start = max(now, next_free - (self.burst - 1) * self.interval)
            self._next_free = next_free + self.interval
            return start - now

    def acquire(self, sleep: Callable[[float], None]) -> float:
        """Wait for a slot (blocking the thread). Returns the time waited."""
        delay = self.reserve()
        if delay > 0:
            sleep(delay)
        return delay

    async def acquire_async(self, sleep: Callable[[float], Awaitable[None]]) -> float:
        """Wait for a slot without blocking the event loop. Returns the time waited.

        If the task is cancelled while waiting its slot is simply left unused.
        """
        delay = self.reserve()
        if delay > 0:
            await sleep(delay)
        return delay

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (the server asked us to back off, e.g. with 429 + ``Retry-After``).

        The whole bucket is drained so every thread and task of the client waits, not only the one that got the 429.
        """
        if seconds <= 0:
            return
        with self._lock:
            now = self._clock()
            resume = now + seconds + (self.burst - 1) * self.interval
            if self._next_free is None or self._next_free < resume:
                self._next_free = resume
