"""A total time budget for one call: every attempt, every wait and every byte of the body, together.

Why: a per-read ``timeout`` cannot bound a call. A server that drips one byte every 0.4 s never lets a 1 s read
timeout expire, and retries with their waits add up on top; a caller with its own time budget (a web request, a
batch window) needs one number that holds whatever the server does. The ``deadline`` option (seconds, on the
clients and ``with_options``) gives it:

- each attempt's timeouts are cut to the time left, so connecting, waiting for headers and each read end in time;
- the body is read in chunks and the clock checked after each one, so a dripping body ends at the deadline (late by
  at most the wait for one chunk, itself bounded by the time that was left when the attempt began);
- a pacing wait or a retry wait that would end past the deadline is not started: the call fails at once;
- a token request made on behalf of the call shares its deadline (through a context variable, so the thread or task
  that fetches the token carries the deadline of the call it fetches for), and a call waiting for a token that
  another caller is fetching waits no longer than its own deadline.

Times come from the client's clock (replaced in tests through ``onerecord._hooks``).
"""

from __future__ import annotations

import concurrent.futures
import contextvars
import enum
import math
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import httpx

from .errors import APITimeoutError

T = TypeVar("T")

__all__ = [
    "KEEP",
    "Deadline",
    "Keep",
    "await_within_deadline",
    "checked_deadline",
    "current_deadline",
    "wait_within_deadline",
]


class Keep(enum.Enum):
    """``with_options``' default for ``deadline``, where ``None`` means "no bound": keep the original's."""

    KEEP = "keep"


KEEP = Keep.KEEP

# The deadline of the call being sent in this thread or task, if any: the token request it triggers inherits it.
current_deadline: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("onerecord_deadline", default=None)


def checked_deadline(value: object) -> float | None:
    """The ``deadline`` option: ``None`` (no bound) or a positive, finite number of seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"deadline must be a positive number of seconds or None, got {value!r}")
    return float(value)


class Deadline:
    """The moment a call must be over by, on ``clock``."""

    __slots__ = ("_clock", "at", "seconds")

    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self.seconds = seconds
        self._clock = clock
        self.at = clock() + seconds

    @classmethod
    def start(cls, seconds: float | None, clock: Callable[[], float]) -> Deadline | None:
        """The deadline of a call starting now: its own budget, or the enclosing call's if that ends sooner."""
        inherited = current_deadline.get()
        own = cls(seconds, clock) if seconds is not None else None
        if own is None or (inherited is not None and inherited.at <= own.at):
            return inherited
        return own

    def remaining(self) -> float:
        return self.at - self._clock()

    def expired(self) -> bool:
        return self._clock() >= self.at

    def allows_wait(self, seconds: float) -> bool:
        """Whether waiting ``seconds`` still leaves time for the request itself."""
        return self._clock() + seconds < self.at

    def bound_timeouts(self, timeouts: dict[str, Any]) -> dict[str, float]:
        """httpx's per-request timeout dict with each phase cut to the time left (``None``, unbounded, too)."""
        left = max(self.remaining(), 0.001)  # httpx treats 0 as "no wait at all"; keep it a real, tiny bound
        return {phase: left if value is None else min(float(value), left) for phase, value in timeouts.items()}

    def guard_body(self, response: httpx.Response) -> None:
        """Make reading ``response``'s (streamed) body fail with ``ReadTimeout`` once the deadline has passed."""
        stream = response.stream
        if isinstance(stream, httpx.AsyncByteStream):
            response.stream = _AsyncGuard(stream, self, response.request)
        elif isinstance(stream, httpx.SyncByteStream):
            response.stream = _SyncGuard(stream, self, response.request)

    def error(self, request: httpx.Request) -> httpx.ReadTimeout:
        return httpx.ReadTimeout(f"the call's deadline of {self.seconds:g} s has passed", request=request)


def wait_within_deadline(future: concurrent.futures.Future[T]) -> T:
    """``future.result()``, given up (``APITimeoutError``, nothing sent) when the current call's deadline passes."""
    deadline = current_deadline.get()
    if deadline is None:
        return future.result()
    try:
        return future.result(timeout=max(deadline.remaining(), 0.0))
    except concurrent.futures.TimeoutError:
        raise _waited_too_long(deadline) from None


async def await_within_deadline(future: concurrent.futures.Future[T]) -> T:
    """Async twin of :func:`wait_within_deadline`; the future itself is left running for the others."""
    import asyncio  # here, not at the top: only async callers need it (``import onerecord`` stays light)

    deadline = current_deadline.get()
    if deadline is None:
        return await asyncio.wrap_future(future)
    try:
        return await asyncio.wait_for(asyncio.wrap_future(future), max(deadline.remaining(), 0.0))
    except TimeoutError:
        raise _waited_too_long(deadline) from None


def _waited_too_long(deadline: Deadline) -> APITimeoutError:
    message = f"The call's deadline of {deadline.seconds:g} s passed while waiting for an access token"
    return APITimeoutError(message, request_sent=False)


class _SyncGuard(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, deadline: Deadline, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if self._deadline.expired():
                raise self._deadline.error(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncGuard(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, deadline: Deadline, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if self._deadline.expired():
                raise self._deadline.error(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()
