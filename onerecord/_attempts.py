"""The attempts at one request: what each attempt sends, and whether and when to try again.

Kept apart from :mod:`onerecord._base_client` so that the sync and async send loops there stay thin: everything they
decide (retry, wait, 401 replay, pausing the client after a 429, error mapping, logging) is here, once.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import TOKEN_REQUEST_EXTENSION
from ._logging import REDACTED
from ._ratelimit import Slot
from ._retry import is_idempotent, never_sent, parse_retry_after
from .errors import APIConnectionError, APITimeoutError

if TYPE_CHECKING:
    from ._base_client import _BaseClient

__all__ = ["Attempts"]


class Attempts:
    """The attempts at one request: what to send each time, and whether and when to try again.

    Everything the sync and async send loops decide lives here, so the two loops differ only in how they wait,
    take a pacing slot and send. The first attempt sends ``request`` itself; later ones a fresh copy, so that a
    replay does not share the previous attempt's headers.
    """

    __slots__ = ("_attempt", "_client", "_replayed_401", "_retries", "_slot", "_started", "auth", "request")

    def __init__(self, client: _BaseClient[Any], request: httpx.Request, *, authenticated: bool) -> None:
        self._client = client
        self.request = request
        self.auth = client._auth if authenticated else None
        self._retries = 0  # retries counted against max_retries
        self._attempt = 0  # every attempt after the first, the 401 replay included
        self._replayed_401 = False
        self._slot: Slot | None = None
        self._started = 0.0

    def begin(self, slot: Slot | None) -> httpx.Request:
        """The request to send now, through the pacing ``slot`` just taken."""
        self._slot = slot
        self._started = time.perf_counter()
        return _fresh_copy(self.request) if self._attempt else self.request

    def failed(self, error: httpx.RequestError) -> float:
        """No answer came: seconds to wait before trying again, or raise the matching connection error."""
        self._end(None, error)
        client, request = self._client, self.request
        delay = client._policy.delay_after_error(
            error, retries_done=self._retries, idempotent=_is_idempotent(request), rng=client._rng
        )
        if delay is None:
            cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            message = f"{type(error).__name__}: {error}"
            _drop_credentials(error.request)  # the httpx error is chained to ours
            raise cls(message, request=request, request_sent=not never_sent(error)) from error
        self._next(retry=True)
        return delay

    def answered(self, response: httpx.Response) -> float | None:
        """``None`` when ``response`` is final; else seconds to wait before trying again (0 for the 401 replay).

        A 401 from the API means the request was not processed, whatever its method: it is replayed once, at once,
        with a new token (the auth has dropped the refused one), and that replay is not counted as a retry.
        """
        self._end(response, None)
        if self.auth is not None and response.status_code == 401 and not self._replayed_401:
            self._replayed_401 = True
            self._next(retry=False)
            return 0.0
        if response.is_success:
            return None
        client = self._client
        delay = client._policy.delay_after_response(
            response, retries_done=self._retries, idempotent=_is_idempotent(self.request), rng=client._rng
        )
        if response.status_code == 429:
            self._pause_client(response, delay)
        if delay is None:
            _drop_credentials(response.request)  # the response goes into the status error
            return None
        self._next(retry=True)
        return delay

    def _pause_client(self, response: httpx.Response, delay: float | None) -> None:
        """After a 429, every thread and task of the client backs off, not only the one that got it.

        Also when this request gives up (its retries used up): the server's ``Retry-After`` is then the pause, unless
        it is beyond the cap (callers get the error at once rather than threads held for that long).
        """
        client = self._client
        if client._limiter is None:
            return
        if delay is None:
            delay = parse_retry_after(response.headers)
            if delay is None or delay > client._policy.max_retry_after:
                return
        client._limiter.pause(delay)

    def _end(self, response: httpx.Response | None, error: Exception | None) -> None:
        """The attempt is over: tell the limiter (it reached the server by now) and log it."""
        limiter = self._client._limiter
        if self._slot is not None and limiter is not None:
            limiter.finished(self._slot)
        self._client._log(self.request, response, time.perf_counter() - self._started, self._attempt, error)

    def _next(self, *, retry: bool) -> None:
        self._attempt += 1
        if retry:
            self._retries += 1


def _fresh_copy(request: httpx.Request) -> httpx.Request:
    return httpx.Request(
        request.method,
        request.url,
        headers=request.headers,
        content=request.content,
        extensions=dict(request.extensions),
    )


def _drop_credentials(request: httpx.Request) -> None:
    """Mask the bearer token of a request that is over and travels on inside an exception (``error.response``)."""
    if "authorization" in request.headers:
        request.headers["Authorization"] = REDACTED


def _is_idempotent(request: httpx.Request) -> bool:
    # The token request is a POST without side effects: retry it like a GET.
    return is_idempotent(request.method) or bool(request.extensions.get(TOKEN_REQUEST_EXTENSION))
