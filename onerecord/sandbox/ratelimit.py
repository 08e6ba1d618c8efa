"""Per-client rate limit over a rolling one-second window: 5 requests per second.

Source: vendor docs page https://docs.one-record.fr/one-record/about-the-api/conditions-and-limit.

A request is counted for the OAuth client behind its bearer token, or for the remote address when it carries no
live token (the token route included). Refused requests are not counted, so a client that waits ``Retry-After``
seconds always gets through.
"""

from __future__ import annotations

import math
import threading
from collections import deque

from .clock import Clock

WINDOW = 1.0


class RateLimiter:
    """Allows at most ``rate`` requests per key in any rolling second; ``rate`` 0 turns the limit off.

    A fractional rate is honoured on average: ``max(1, floor(rate))`` requests in any rolling window of that many
    requests divided by ``rate`` seconds, so 0.5 means one request every two seconds (not one a second).
    """

    def __init__(self, rate: float, clock: Clock) -> None:
        self.rate = rate
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> int | None:
        """Count a request; None if allowed, else the whole seconds to wait (for ``Retry-After``)."""
        if self.rate <= 0:
            return None
        now = self._clock()
        allowed = max(1, math.floor(self.rate))
        window = WINDOW * allowed / self.rate
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) >= allowed:
                return max(1, math.ceil(hits[0] + window - now))
            hits.append(now)
            return None
