"""When to retry a request, and how long to wait first.

Pure decisions (no I/O, no sleeping) so the sync and async clients share them and tests can check each rule.

The rules:

- Idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE, and the token request, which has no side effect) are retried
  on connection errors, timeouts, 408, 429 and 5xx.
- POST is retried only when the server certainly did not process it: the connection was never made
  (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``) or the server refused it with 429. The API has no
  idempotency key, so replaying a POST after a read timeout or a 5xx could create a duplicate shipment.
- The wait is exponential (0.5 s, 1 s, 2 s, ... capped at 8 s) with jitter (x0.75 to x1), unless the server sent
  ``Retry-After``: that is honoured when it is at most 60 s. Beyond that the request is not retried at all; the
  caller gets the error at once (with ``retry_after`` on a :class:`~onerecord.RateLimitError`) instead of a
  thread blocked for an hour.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "RetryPolicy",
    "parse_retry_after",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Failures that prove the request never reached the server: safe to retry even for POST.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def never_sent(error: httpx.RequestError) -> bool:
    """True when ``error`` proves the request never reached the server (no connection was made)."""
    return isinstance(error, _NOT_SENT_ERRORS)


# Failures after which an idempotent request may be retried.
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry and how long to wait; ``rng`` returns a float in [0, 1) (inject it in tests)."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_DELAY
    max_delay: float = MAX_DELAY
    max_retry_after: float = MAX_RETRY_AFTER

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")

    def backoff(self, retries_done: int, rng: Callable[[], float]) -> float:
        """Exponential delay before retry number ``retries_done + 1``, with jitter in [75%, 100%]."""
        base = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return base * (1.0 - 0.25 * rng())

    def delay_after_response(
        self, response: httpx.Response, *, retries_done: int, idempotent: bool, rng: Callable[[], float]
    ) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` to give up now."""
        if retries_done >= self.max_retries or not _retryable_status(response.status_code, idempotent):
            return None
        retry_after = parse_retry_after(response.headers)
        if retry_after is None:
            return self.backoff(retries_done, rng)
        if retry_after > self.max_retry_after:
            return None
        return retry_after

    def delay_after_error(
        self, error: Exception, *, retries_done: int, idempotent: bool, rng: Callable[[], float]
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or ``None`` to give up now."""
        if retries_done >= self.max_retries:
            return None
        retryable = _TRANSIENT_ERRORS if idempotent else _NOT_SENT_ERRORS
        if not isinstance(error, retryable):
            return None
        return self.backoff(retries_done, rng)


def is_idempotent(method: str) -> bool:
    """Whether repeating ``method`` cannot create a second resource."""
    return method.upper() in IDEMPOTENT_METHODS


def _retryable_status(status: int, idempotent: bool) -> bool:
    if status == 429:
        return True
    return idempotent and (status == 408 or status >= 500)


def parse_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds (delta-seconds or HTTP-date), or ``None`` when absent or unreadable.

    An HTTP-date is measured against the response's own ``Date`` header when present (so a skewed local clock does
    not matter), else against ``now`` (wall-clock seconds, default :func:`time.time`). Dates in the past give 0.
    """
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if seconds == seconds else None  # NaN is unreadable
    target = _parse_http_date(value)
    if target is None:
        return None
    reference = _parse_http_date(headers.get("date", ""))
    if reference is None:
        reference = time.time() if now is None else now
    return max(target - reference, 0.0)


def _parse_http_date(value: str) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
