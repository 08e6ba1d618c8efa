"""The HTTP core shared by every resource: configuration, auth, pacing, retries, errors, logging.

:class:`SyncAPIClient` and :class:`AsyncAPIClient` differ only in the thin send loop; everything that decides
(configuration, URLs, retry rules, error mapping) lives once in :class:`_BaseClient` and the helper modules.

Subclasses (``OneRecord``, ``AsyncOneRecord``) must accept the public constructor keywords and forward them (and any
``**kwargs``) to this ``__init__``: :meth:`with_options` builds its copy by calling ``type(self)(...)`` and then makes
the copy share the original's token cache, rate limiter and HTTP client.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Generic, Self, TypeAlias, TypeVar

import httpx

from ._attempts import Attempts, accepted
from ._auth import TOKEN_PATH, OAuth2ClientCredentials
from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_BASE_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    checked_base_url,
    checked_url,
    from_env,
    resolve_timeout,
)
from ._deadline import KEEP, Keep, checked_deadline
from ._hooks import current as current_hooks
from ._logging import log_request, log_request_headers, logger, setup_logging
from ._ratelimit import DEFAULT_RATE, RateLimiter, Slot
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from ._shared import SharedState, SharedTokens, resolve
from ._version import __version__
from .errors import APIConnectionError, make_status_error

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncAPIClient", "QueryParams", "SyncAPIClient"]

QueryParams: TypeAlias = Sequence[tuple[str, str]] | Mapping[str, str | Sequence[str]]

USER_AGENT = f"onerecord-python/{__version__}"
STATIC_HEADERS = {"User-Agent": USER_AGENT, "Accept": "application/json"}
"""Sent with every API request: as the HTTP client's default headers when we create it, else with each request."""

_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)


def _checked_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """Headers sent with every request. ``Authorization`` is the client's own (the bearer token): refused here."""
    if headers is None:
        return {}
    if any(name.lower() == "authorization" for name in headers):
        raise ValueError("default_headers cannot set Authorization: the client sends its own bearer token")
    return dict(headers)


class _BaseClient(Generic[_HttpxClientT]):
    """Configuration and per-attempt decisions common to the sync and async clients."""

    _http: _HttpxClientT
    _auth: OAuth2ClientCredentials

    def __init__(
        self,
        *,
        client_id: str | None,
        client_secret: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        rate_limit: float | None,
        http_client: _HttpxClientT | None,
        token_url: str | None,
        default_headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
        shared_state: str | SharedState | None = None,
    ) -> None:
        setup_logging()
        self.deadline = checked_deadline(deadline)  # total seconds per call, retries and slow bodies included
        self._client_id = from_env(client_id, ENV_CLIENT_ID, "client_id")
        self._client_secret = from_env(client_secret, ENV_CLIENT_SECRET, "client_secret")
        self.base_url = checked_base_url(base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL)
        self.token_url = checked_url(token_url or self.base_url + TOKEN_PATH, "token_url")
        self.timeout = resolve_timeout(timeout, http_client)
        self._policy = RetryPolicy(max_retries=max_retries)
        self.rate_limit = rate_limit
        hooks = current_hooks()  # tests' clock, sleep and rng (onerecord._hooks); the real ones otherwise
        self._clock = hooks.clock or time.monotonic
        self._rng = hooks.rng or random.random
        # Pacing and token state live in a store shared by every client of this base URL and client id.
        self._wiring = resolve(
            shared_state, owner=self, base_url=self.base_url, client_id=self._client_id, clock=self._clock
        )
        self._limiter = (
            RateLimiter(rate_limit, clock=self._clock, state=self._wiring.state, namespace=self._wiring.namespace)
            if rate_limit is not None
            else None
        )
        self._shared_tokens = SharedTokens(
            self._wiring.state, self._wiring.namespace, lock_seconds=self._wiring.lock_seconds
        )
        self._owns_http = http_client is None
        self.default_headers = _checked_headers(default_headers)

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, client_id={self._client_id!r}, "
            f"max_retries={self.max_retries!r}, rate_limit={self.rate_limit!r})"
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | Keep | None = KEEP,
    ) -> Self:
        """A copy with other per-call options, sharing tokens, pacing and the HTTP connection pool.

        ``headers`` are added to (or replace, name by name) this client's ``default_headers``. ``deadline=None``
        removes the original's deadline; leaving it out keeps it. Closing the copy does not close the shared HTTP
        client; closing the original does.
        """
        factory: Callable[..., Self] = type(self)
        copy = factory(
            client_id=self._client_id,
            client_secret=self._client_secret,
            base_url=self.base_url,
            token_url=self.token_url,
            timeout=self.timeout if timeout is None else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            rate_limit=self.rate_limit,
            http_client=self._http,
            default_headers={**self.default_headers, **_checked_headers(headers)},
            deadline=self.deadline if isinstance(deadline, Keep) else deadline,
            shared_state=self._wiring.state,
        )
        copy._share_state_of(self)
        return copy

    def _share_state_of(self, other: Self) -> None:
        self._auth = other._auth
        self._limiter = other._limiter
        self._clock = other._clock
        self._rng = other._rng
        self._share_io_of(other)

    def _share_io_of(self, other: Self) -> None:
        """Copy the sync- or async-specific injected functions (the sleep)."""

    def _build_request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None,
        json: object | None,
        timeout: float | httpx.Timeout | None,
    ) -> httpx.Request:
        # A path starting with a single "/" is relative whatever follows (a URL in its query is fine); anything else
        # is parsed to tell "shipment/1" from "https://elsewhere" (kept off the hot path: parsing costs ~10 us).
        relative = path.startswith("/") and not path.startswith("//")
        if not relative and (path.startswith("//") or httpx.URL(path).is_absolute_url):
            raise ValueError(f"path must be relative to base_url (e.g. '/shipment'), got an absolute URL: {path!r}")
        if not path.startswith("/"):
            path = "/" + path
        query: Any = list(params) if params is not None and not isinstance(params, Mapping) else params
        return self._http.build_request(
            method.upper(),
            self.base_url + path,
            params=query,
            json=json,
            headers=self._request_headers,
            timeout=self.timeout if timeout is None else timeout,
        )

    def _use_http(self, http: _HttpxClientT) -> None:
        """Adopt the HTTP client, and send per request only the static headers its defaults do not already hold.

        Our own client carries them as defaults (set once); a caller's client keeps its other defaults, and ours
        still win over its ``User-Agent``/``Accept`` because request headers override client defaults in httpx.
        """
        self._http = http
        missing = {name: value for name, value in STATIC_HEADERS.items() if http.headers.get(name) != value}
        missing.update(self.default_headers)  # the caller's default_headers go with every request, over ours
        self._request_headers: dict[str, str] | None = missing or None

    def _prepare_token_request(self, request: httpx.Request) -> httpx.Request:
        request.headers["User-Agent"] = USER_AGENT
        request.headers.update(self.default_headers)  # e.g. a gateway's key, needed on the token route too
        request.extensions["timeout"] = self.timeout.as_dict()
        return request

    def _settle(self, slot: Slot | None) -> None:
        """An attempt ended by an exception of its own (deadline, no token, cancellation): its slot is over now, so
        the requests measured against it need not wait for an answer that will not come."""
        if slot is not None and self._limiter is not None:
            self._limiter.finished(slot)

    def _log(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        elapsed: float,
        attempt: int,
        error: Exception | None = None,
    ) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return  # the common case: keep the per-request cost at one check
        status = response.status_code if response is not None else None
        failure = type(error).__name__ if error is not None else None
        log_request(request.method, request.url.path, status=status, elapsed=elapsed, retries=attempt, error=failure)
        if response is not None:
            log_request_headers(request.method, request.url.path, response.request.headers.multi_items())


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Blocking client. Thread-safe: one instance can serve many threads (they share tokens and pacing)."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE,
        http_client: httpx.Client | None = None,
        token_url: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
        shared_state: str | SharedState | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(http_client).__name__}")
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            http_client=http_client,
            token_url=token_url,
            default_headers=default_headers,
            deadline=deadline,
            shared_state=shared_state,
        )
        self._sleep: Callable[[float], None] = current_hooks().sleep or time.sleep
        self._use_http(
            http_client if http_client is not None else httpx.Client(timeout=self.timeout, headers=STATIC_HEADERS)
        )
        self._auth = OAuth2ClientCredentials(
            self._client_id,
            self._client_secret,
            self.token_url,
            send=self._send_token_request,
            clock=self._clock,
            shared=self._shared_tokens,
            sleep=self._sleep,
        )

    def _share_io_of(self, other: Self) -> None:
        self._sleep = other._sleep

    def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        json: object | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Response:
        """Send one API request (paced, authenticated, retried) and return the 2xx response (or, for a DELETE whose
        retry found the resource gone after a lost answer, that 404, marked ``extensions["onerecord_gone_on_retry"]``).

        Raises :class:`~onerecord.APIStatusError` subclasses for other statuses and
        :class:`~onerecord.APIConnectionError` / :class:`~onerecord.APITimeoutError` when no answer came.
        """
        request = self._build_request(method, path, params=params, json=json, timeout=timeout)
        response = self._send(request, authenticated=True)
        if not accepted(response):
            raise make_status_error(response)
        return response

    def _send_token_request(self, request: httpx.Request) -> httpx.Response:
        return self._send(self._prepare_token_request(request), authenticated=False)

    def _send(self, request: httpx.Request, *, authenticated: bool) -> httpx.Response:
        attempts = Attempts(self, request, authenticated=authenticated)
        with attempts.scope():
            while True:
                slot = None
                try:
                    if authenticated:
                        self._auth.get_token()  # fetch (paced) before taking this request's slot
                    pace = attempts.paced(self._sleep)
                    # The token request (unauthenticated) takes the next slot, not one behind the calls awaiting it.
                    limiter = self._limiter
                    slot = limiter.acquire(pace, not authenticated) if limiter is not None else None
                    if authenticated and limiter is not None and slot is not None and self._auth.usable_token() is None:
                        limiter.give_back(slot)  # waiting for the renewal now would make us leave in a burst after it
                        continue
                    response = self._http.send(
                        attempts.begin(slot),
                        auth=attempts.auth,
                        follow_redirects=attempts.follow_redirects,
                        stream=attempts.streams,
                    )
                    attempts.read_body(response)
                except httpx.RequestError as error:
                    delay = attempts.failed(error)
                except APIConnectionError as error:  # no token, or no time left: this attempt was not sent
                    self._settle(slot)
                    raise attempts.token_failed(error)  # noqa: B904 (chained as it should be)
                except BaseException:
                    self._settle(slot)
                    raise
                else:
                    maybe_delay = attempts.answered(response)
                    if maybe_delay is None:
                        return response
                    delay = maybe_delay
                if delay > 0:
                    self._sleep(delay)

    def close(self) -> None:
        """Close the HTTP client if this object created it (a client passed in by the caller is left open)."""
        self._wiring.release()
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """Asyncio client. One instance can serve many tasks (they share tokens and pacing)."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE,
        http_client: httpx.AsyncClient | None = None,
        token_url: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
        shared_state: str | SharedState | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}")
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            http_client=http_client,
            token_url=token_url,
            default_headers=default_headers,
            deadline=deadline,
            shared_state=shared_state,
        )
        sleep: Callable[[float], Awaitable[None]] | None = current_hooks().sleep
        if sleep is None:
            import asyncio  # here, not at the top: `import onerecord` does not load asyncio for sync users

            sleep = asyncio.sleep
        self._sleep = sleep
        self._use_http(
            http_client if http_client is not None else httpx.AsyncClient(timeout=self.timeout, headers=STATIC_HEADERS)
        )
        self._auth = OAuth2ClientCredentials(
            self._client_id,
            self._client_secret,
            self.token_url,
            asend=self._send_token_request,
            clock=self._clock,
            shared=self._shared_tokens,
            asleep=self._sleep,
        )

    def _share_io_of(self, other: Self) -> None:
        self._sleep = other._sleep

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        json: object | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> httpx.Response:
        """Async twin of :meth:`SyncAPIClient.request`."""
        request = self._build_request(method, path, params=params, json=json, timeout=timeout)
        response = await self._send(request, authenticated=True)
        if not accepted(response):
            raise make_status_error(response)
        return response

    async def _send_token_request(self, request: httpx.Request) -> httpx.Response:
        return await self._send(self._prepare_token_request(request), authenticated=False)

    async def _send(self, request: httpx.Request, *, authenticated: bool) -> httpx.Response:
        attempts = Attempts(self, request, authenticated=authenticated)
        with attempts.scope():
            while True:
                slot = None
                try:
                    if authenticated:
                        await self._auth.aget_token()
                    pace = attempts.paced_async(self._sleep)
                    limiter = self._limiter
                    slot = await limiter.acquire_async(pace, not authenticated) if limiter is not None else None
                    if authenticated and limiter is not None and slot is not None and self._auth.usable_token() is None:
                        limiter.give_back(slot)
                        continue
                    response = await self._http.send(
                        attempts.begin(slot),
                        auth=attempts.auth,
                        follow_redirects=attempts.follow_redirects,
                        stream=attempts.streams,
                    )
                    await attempts.aread_body(response)
                except httpx.RequestError as error:
                    delay = attempts.failed(error)
                except APIConnectionError as error:  # no token, or no time left: this attempt was not sent
                    self._settle(slot)
                    raise attempts.token_failed(error)  # noqa: B904 (chained as it should be)
                except BaseException:
                    self._settle(slot)
                    raise
                else:
                    maybe_delay = attempts.answered(response)
                    if maybe_delay is None:
                        return response
                    delay = maybe_delay
                if delay > 0:
                    await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it (a client passed in by the caller is left open)."""
        self._wiring.release()
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
