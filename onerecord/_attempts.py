"""The attempts at one request: what each attempt sends, and whether and when to try again.

Kept apart from :mod:`onerecord._base_client` so that the sync and async send loops there stay thin: everything they
decide (retry, wait, 401 replay, pausing the client after a 429, error mapping, logging) is here, once.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import TOKEN_REQUEST_EXTENSION
from ._deadline import Deadline, current_deadline
from ._logging import REDACTED, escape_controls, logger
from ._ratelimit import Slot
from ._retry import is_idempotent, never_sent, parse_retry_after
from .errors import APIConnectionError, APITimeoutError

if TYPE_CHECKING:
    from ._base_client import _BaseClient

__all__ = ["GONE_ON_RETRY", "Attempts", "accepted"]

# Set on the 404 response of a DELETE whose retry found the resource gone: the call succeeded (see ``answered``).
GONE_ON_RETRY = "onerecord_gone_on_retry"


def accepted(response: httpx.Response) -> bool:
    """Whether ``response`` ends the call successfully: a 2xx, or a DELETE that an earlier attempt carried out."""
    return response.is_success or bool(response.extensions.get(GONE_ON_RETRY))


class Attempts:
    """The attempts at one request: what to send each time, and whether and when to try again.

    Everything the sync and async send loops decide lives here, so the two loops differ only in how they wait,
    take a pacing slot and send. The first attempt sends ``request`` itself; later ones a fresh copy, so that a
    replay does not share the previous attempt's headers.

    It also keeps what the caller must be told about the whole call, not only the last attempt: whether any attempt
    may have been processed (``request_sent``; a token request's failure never counts, the API request did not
    leave), and the call's :class:`~onerecord._deadline.Deadline`, if the client has one.
    """

    __slots__ = (
        "_attempt",
        "_client",
        "_maybe_processed",
        "_replayed_401",
        "_retries",
        "_slot",
        "_started",
        "auth",
        "deadline",
        "follow_redirects",
        "is_token_request",
        "request",
    )

    def __init__(self, client: _BaseClient[Any], request: httpx.Request, *, authenticated: bool) -> None:
        self._client = client
        self.request = request
        self.auth = client._auth if authenticated else None
        self._retries = 0  # retries counted against max_retries
        self._attempt = 0  # every attempt after the first, the 401 replay included
        self._replayed_401 = False
        self._slot: Slot | None = None
        self._started = 0.0
        self._maybe_processed = False  # an earlier attempt may have reached the server and been acted upon
        self.is_token_request = bool(request.extensions.get(TOKEN_REQUEST_EXTENSION))
        # The token request never follows a redirect, whatever the caller's http_client says: a 307 would re-POST
        # the client secret to wherever the Location points. API requests keep the HTTP client's own setting.
        self.follow_redirects: Any = False if self.is_token_request else httpx.USE_CLIENT_DEFAULT
        self.deadline = Deadline.start(client.deadline, client._clock)

    @contextlib.contextmanager
    def scope(self) -> Iterator[None]:
        """While the call is sent, a token request it triggers (in this thread or task) inherits its deadline."""
        reset = current_deadline.set(self.deadline)
        try:
            yield
        finally:
            current_deadline.reset(reset)

    def paced(self, sleep: Callable[[float], None]) -> Callable[[float], None]:
        """``sleep`` for the pacing wait, refusing a wait that would end past the deadline."""
        if self.deadline is None:
            return sleep

        def bounded(seconds: float) -> None:
            self._check_wait(seconds)
            sleep(seconds)

        return bounded

    def paced_async(self, sleep: Callable[[float], Awaitable[None]]) -> Callable[[float], Awaitable[None]]:
        """Async twin of :meth:`paced`."""
        if self.deadline is None:
            return sleep

        async def bounded(seconds: float) -> None:
            self._check_wait(seconds)
            await sleep(seconds)

        return bounded

    def begin(self, slot: Slot | None) -> httpx.Request:
        """The request to send now, through the pacing ``slot`` just taken."""
        self._slot = slot
        self._started = time.perf_counter()
        request = _fresh_copy(self.request) if self._attempt else self.request
        if self.deadline is not None:
            self._check_wait(0.0)
            timeouts = request.extensions.get("timeout") or self._client.timeout.as_dict()
            request.extensions["timeout"] = self.deadline.bound_timeouts(timeouts)
        return request

    @property
    def streams(self) -> bool:
        """Whether the body is read here, chunk by chunk under the deadline, rather than by httpx in one go."""
        return self.deadline is not None

    def read_body(self, response: httpx.Response) -> None:
        """Read a streamed body under the deadline (``ReadTimeout`` once it passes); the connection is freed."""
        if self.deadline is not None:
            self.deadline.guard_body(response)
            try:
                response.read()
            finally:
                response.close()

    async def aread_body(self, response: httpx.Response) -> None:
        """Async twin of :meth:`read_body`."""
        if self.deadline is not None:
            self.deadline.guard_body(response)
            try:
                await response.aread()
            finally:
                await response.aclose()

    def failed(self, error: httpx.RequestError) -> float:
        """No answer came: seconds to wait before trying again, or raise the matching connection error."""
        self._end(None, error)
        client, request = self._client, self.request
        delay = client._policy.delay_after_error(
            error, retries_done=self._retries, idempotent=_is_idempotent(request), rng=client._rng
        )
        sent = not never_sent(error)
        if delay is None or not self._has_time_for(delay):
            cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            message = _without_token(f"{type(error).__name__}: {error}", error.request)
            _drop_credentials(error.request)  # the httpx error is chained to ours
            raise cls(message, request=request, request_sent=self._sent(sent)) from error
        self._maybe_processed = self._maybe_processed or sent
        self._next(retry=True)
        return delay

    def token_failed(self, error: APIConnectionError) -> APIConnectionError:
        """The error to raise when this call's token could not be had (or its deadline passed while pacing).

        The token request's own errors say ``request_sent=False`` (the API request did not leave on that try); if
        an earlier attempt of this call may have been processed, the caller must be told so all the same.
        """
        if error.request_sent or not self._sent(False):
            return error
        again = type(error)(error.message, request=self.request, request_sent=True)
        again.__cause__ = error
        return again

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
        if response.status_code == 404 and self._maybe_processed and self.request.method == "DELETE":
            self._gone_on_retry(response)
            return None
        client = self._client
        delay = client._policy.delay_after_response(
            response, retries_done=self._retries, idempotent=_is_idempotent(self.request), rng=client._rng
        )
        if response.status_code == 429:
            self._pause_client(response, delay)
        if delay is None or not self._has_time_for(delay):
            _drop_credentials(response.request)  # the response goes into the status error
            return None
        # A 408 or 5xx may come after the server acted (a gateway timing out on a slow backend, for instance).
        self._maybe_processed = self._maybe_processed or response.status_code != 429
        self._next(retry=True)
        return delay

    def _gone_on_retry(self, response: httpx.Response) -> None:
        """A DELETE retried after an attempt whose answer was lost finds nothing: that attempt did delete it.

        The state the caller asked for holds, so the call succeeds; the log says what happened. (Had the resource
        never existed, the first attempt would have been answered 404 itself, not lost.)
        """
        response.extensions = {**response.extensions, GONE_ON_RETRY: True}
        _drop_credentials(response.request)
        logger.info(
            "DELETE %s -> 404 on retry %d: an earlier attempt, whose answer was lost, deleted it; taken as done",
            escape_controls(self.request.url.path),
            self._attempt,
        )

    def _sent(self, this_attempt: bool) -> bool:
        """``request_sent`` for the caller: whether any attempt of this API request may have been processed."""
        return not self.is_token_request and (self._maybe_processed or this_attempt)

    def _has_time_for(self, delay: float) -> bool:
        return self.deadline is None or self.deadline.allows_wait(delay)

    def _check_wait(self, seconds: float) -> None:
        """Refuse to wait (or, with 0, to start an attempt) past the deadline."""
        if self.deadline is not None and not self.deadline.allows_wait(seconds):
            raise APITimeoutError(
                f"The call's deadline of {self.deadline.seconds:g} s has passed, or would during the wait",
                request=self.request,
                request_sent=self._sent(False),
            )

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


def _without_token(message: str, request: httpx.Request) -> str:
    """``message`` with the bearer token of ``request`` masked, raw or quoted (an error may quote a bad header)."""
    authorization = request.headers.get("authorization", "")
    token = authorization.partition(" ")[2] or authorization
    if not token or token == REDACTED:
        return message
    for form in (token, repr(token)[1:-1], repr(token.encode("utf-8", "replace"))[2:-1]):
        message = message.replace(form, REDACTED)
    return message


def _is_idempotent(request: httpx.Request) -> bool:
    # The token request is a POST without side effects: retry it like a GET.
    return is_idempotent(request.method) or bool(request.extensions.get(TOKEN_REQUEST_EXTENSION))
