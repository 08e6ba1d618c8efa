"""OAuth 2.0 client-credentials authentication as an :class:`httpx.Auth`.

What it guarantees:

- a token is taken on first use, cached, and renewed ahead of expiry (``max(30 s, 10% of its lifetime)`` before,
  never more than half its lifetime), using the ``expires_in`` the server returns;
- at most one token request is in flight per client, whatever mix of threads, tasks and event loops asks: the first
  caller to find no valid token fetches one; the others wait on a :class:`concurrent.futures.Future` of that fetch
  (threads block on it, tasks await it through :func:`asyncio.wrap_future`, so their loop keeps running) and get
  its token, or its exception: a refused token request is not repeated by every waiter. Nothing is held across the
  ``yield`` that sends the API request;
- with a shared store (``shared_state``), the fetching caller first looks for a fresh token another client, process or
  host stored, and otherwise fetches under the namespace's fetch lock and stores the result (:mod:`._shared.tokens`):
  one token request per renewal for the whole group;
- a call that already holds its pacing slot sends with a token that is due for renewal but still valid (see
  :func:`usable_until`) instead of waiting for the renewal, so calls never pile up behind a renewal and then all
  leave at once (which earned 429s under load with short token lifetimes);
- a 401 from the API invalidates the cached token, but only if it is still the token that failed (another caller
  may have renewed it meanwhile); the client then replays the request once;
- a refused token request raises :class:`~onerecord.AuthenticationError` with the server's message, status and body,
  and the client secret never appears in it, nor in ``repr()`` or logs.

The token request is not sent by this class: the client hands it a ``send`` (or async ``asend``) callable that sends
it through the same HTTP client as the API calls — same transport, proxies, recorders — paced by the same limiter
and retried under the same policy (it is a POST, but one without side effects, so it is retried like a GET).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import math
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass
from urllib.parse import quote_plus

import httpx

from ._deadline import await_within_deadline, wait_within_deadline
from ._shared.protocol import StoredToken
from ._shared.tokens import SharedTokens
from ._spec_facts import ROUTES
from ._token_safety import is_b64token, token_response_parts
from .errors import APIConnectionError, APIStatusError, AuthenticationError, make_status_error, read_body

__all__ = ["TOKEN_PATH", "OAuth2ClientCredentials"]

TOKEN_PATH = ROUTES["createToken"][1]  # the spec's token route, relative to base_url
TOKEN_REQUEST_EXTENSION = "onerecord_token_request"

MIN_REFRESH_MARGIN = 30.0
REFRESH_FRACTION = 0.1
DEFAULT_LIFETIME = 300.0  # used only when the server omits or garbles ``expires_in``
MAX_LIFETIME = 86_400.0  # a longer stated lifetime is taken as one day: the token is renewed daily at worst

_Flight = concurrent.futures.Future[str | None]  # the outcome of a token request that callers are waiting for

SyncSend = Callable[[httpx.Request], httpx.Response]
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]


@dataclass(frozen=True)
class _Token:
    value: str
    refresh_at: float  # clock time after which the token is renewed before use
    usable_at: float  # clock time until which a call that already holds a pacing slot still sends with it

    def __repr__(self) -> str:  # the value is a secret
        return f"_Token(refresh_at={self.refresh_at!r})"


def usable_until(refresh_at: float, lifetime: float) -> float:
    """Three quarters of the way from the renewal time to expiry: still valid, with room to reach the server.

    The renewal itself is paced, behind the slots already reserved (with 32 workers, 6.5 s): calls holding those
    slots keep sending with the old token meanwhile.
    """
    return refresh_at + refresh_margin(lifetime) * 0.75


def refresh_margin(lifetime: float) -> float:
    """How long before expiry to renew a token that lives ``lifetime`` seconds."""
    return min(max(MIN_REFRESH_MARGIN, REFRESH_FRACTION * lifetime), lifetime / 2.0)


class OAuth2ClientCredentials(httpx.Auth):
    """Bearer-token auth for the One Record API, fetching tokens with the client-credentials grant.

    ``send`` / ``asend`` deliver the token request (the clients pass their own paced, retried sender); the flow a
    client uses needs its sender, else :class:`RuntimeError`. ``clock`` is monotonic seconds (inject one in tests).
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        *,
        send: SyncSend | None = None,
        asend: AsyncSend | None = None,
        clock: Callable[[], float] = time.monotonic,
        shared: SharedTokens | None = None,
        sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_url = token_url
        self._send = send
        self._asend = asend
        self._clock = clock
        self._token: _Token | None = None
        self._state_lock = threading.Lock()  # guards ``_token`` and ``_flight``; held for microseconds only
        self._flight: _Flight | None = None  # the token request in progress, if any
        self.token_requests = 0  # how many token requests were made (for diagnostics and benchmarks)
        self._shared = shared  # the namespace's token in a shared store, and its fetch lock
        self._sleep = sleep
        self._asleep = asleep

    def __repr__(self) -> str:
        state = "no token" if self._token is None else "token cached"
        return f"OAuth2ClientCredentials(client_id={self.client_id!r}, token_url={self.token_url!r}, {state})"

    # -- httpx.Auth -------------------------------------------------------------------------------------------

    # The client calls get_token() before taking a pacing slot; here, with the slot taken, a token that is due for
    # renewal but still valid is used as it is: waiting for the renewal would make every call holding a slot leave at
    # the same instant when the new token arrives.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self.usable_token() or self.get_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            self.invalidate(token)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self.usable_token() or await self.aget_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            self._invalidate_local(token)
            if self._shared is not None:
                await self._shared.call(self._shared.drop, token)

    # -- token cache ------------------------------------------------------------------------------------------

    def get_token(self) -> str:
        """A valid access token, fetching one (once, whatever the number of threads asking) when needed."""
        if self._send is None:
            raise RuntimeError("OAuth2ClientCredentials needs a `send` callable to fetch tokens synchronously")
        token = self._cached()  # the common case, without taking the lock
        if token is not None:
            return token
        while True:
            claim = self._claim()
            if isinstance(claim, str):
                return claim
            flight, leading = claim
            if leading:
                try:
                    token = self._lead()
                except BaseException as error:
                    self._land(flight, error)
                    raise
                self._land(flight, token)
                return token
            token = wait_within_deadline(flight)  # the fetching caller's token, or its exception raised here too
            if token is not None:
                return token

    async def aget_token(self) -> str:
        """Async twin of :meth:`get_token`: tasks wait on the fetch in flight without blocking their event loop."""
        if self._asend is None:
            raise RuntimeError("OAuth2ClientCredentials needs an `asend` callable to fetch tokens asynchronously")
        token = self._cached()
        if token is not None:
            return token
        while True:
            claim = self._claim()
            if isinstance(claim, str):
                return claim
            flight, leading = claim
            if leading:
                try:
                    token = await self._alead()
                except BaseException as error:
                    self._land(flight, error)
                    raise
                self._land(flight, token)
                return token
            token = await await_within_deadline(flight)  # works whichever thread or event loop is fetching
            if token is not None:
                return token

    def invalidate(self, token: str | None = None) -> None:
        """Forget the cached token; with ``token``, only if it is still that one (it was refused by the API)."""
        dropped = self._invalidate_local(token)
        if self._shared is not None and dropped is not None:
            self._shared.drop(dropped)

    def _invalidate_local(self, token: str | None) -> str | None:
        with self._state_lock:
            if self._token is not None and (token is None or self._token.value == token):
                dropped, self._token = self._token.value, None
                return dropped
        return token

    # -- fetching: alone, or for every client of the namespace through the shared store -----------------------

    def _lead(self) -> str:
        """As this client's fetching caller: a token from the shared store, or fetch one (and share it)."""
        if self._shared is None:
            return self._fetch()
        return self._shared.lead(self._fetch, self._adopt, self._to_share, self._sleep)

    async def _alead(self) -> str:
        """Async twin of :meth:`_lead` (a blocking store is called in a worker thread)."""
        if self._shared is None:
            return await self._afetch()
        if self._asleep is None:
            import asyncio  # not at the top: sync users never load asyncio

            self._asleep = asyncio.sleep
        return await self._shared.alead(self._afetch, self._adopt, self._to_share, self._asleep)

    def _fetch(self) -> str:
        assert self._send is not None
        requested_at = self._clock()
        return self._store(self._send(self.build_token_request()), requested_at)

    async def _afetch(self) -> str:
        assert self._asend is not None
        requested_at = self._clock()
        return self._store(await self._asend(self.build_token_request()), requested_at)

    def _adopt(self, stored: StoredToken) -> str:
        """Cache a token another client stored; its times are durations, so the two clocks need not agree."""
        now = self._clock()
        with self._state_lock:
            self._token = _Token(stored.value, now + stored.fresh_for, now + stored.usable_for)
        return stored.value

    def _to_share(self, value: str) -> StoredToken:
        token, now = self._token, self._clock()
        if token is None or token.value != value:  # dropped meanwhile by a 401: share nothing usable
            return StoredToken(value, 0.0, 0.0)
        return StoredToken(value, token.refresh_at - now, token.usable_at - now)

    def build_token_request(self) -> httpx.Request:
        """The form-encoded client-credentials request (client_secret_post)."""
        headers = {"Accept": "application/json"}
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret}
        request = httpx.Request("POST", self.token_url, data=form, headers=headers)
        request.extensions[TOKEN_REQUEST_EXTENSION] = True
        return request

    def usable_token(self) -> str | None:
        """The cached token if it may still be sent (even if due for renewal), else None; never fetches."""
        token = self._token
        if token is not None and self._clock() < token.usable_at:
            return token.value
        return None

    def _cached(self) -> str | None:
        token = self._token
        if token is not None and self._clock() < token.refresh_at:
            return token.value
        return None

    def _claim(self) -> str | tuple[_Flight, bool]:
        """The cached token; else the fetch in flight and whether the caller must make it (the first to ask does)."""
        with self._state_lock:
            token = self._cached()
            if token is not None:
                return token
            if self._flight is not None:
                return self._flight, False
            flight: _Flight = concurrent.futures.Future()
            flight.set_running_or_notify_cancel()  # a waiter that gives up cannot cancel it for the others
            self._flight = flight
            return flight, True

    def _land(self, flight: _Flight, outcome: str | BaseException) -> None:
        """End the fetch in flight: waiters get the token, or the same exception as the fetching caller.

        If the fetching caller was cancelled or interrupted (not an error of the token request), waiters get
        ``None`` and try again themselves.
        """
        if isinstance(outcome, APIConnectionError):
            self._scrub_cause(outcome)
        with self._state_lock:
            if self._flight is flight:
                self._flight = None
        if isinstance(outcome, str):
            flight.set_result(outcome)
        elif isinstance(outcome, Exception):
            flight.set_exception(outcome)
        else:
            flight.set_result(None)

    def _store(self, response: httpx.Response, requested_at: float) -> str:
        """Read the token response, cache the token and return it; any failure is an AuthenticationError."""
        self.token_requests += 1
        # Only a response that ends up inside an exception is scrubbed: scrubbing a good one could damage it (a
        # short secret may well occur in the JSON keys or in the token itself).
        if not response.is_success:
            raise self._refusal(self._scrub_response(response))
        body = read_body(response)
        if not isinstance(body, dict):
            raise self._malformed("is not a JSON object", response, body)
        value = body.get("access_token")
        if not isinstance(value, str) or not value:
            raise self._malformed("has no access_token", response, body)
        if not is_b64token(value):  # CR/LF, NUL, spaces...: refused before it reaches a header (or an error text)
            raise self._malformed("has a malformed access_token (not an RFC 6750 b64token)", response, body)
        lifetime = _lifetime(body.get("expires_in"))
        # Count the lifetime from when the request left, not when the answer came back: errs on the safe side.
        refresh_at = requested_at + lifetime - refresh_margin(lifetime)
        token = _Token(value=value, refresh_at=refresh_at, usable_at=usable_until(refresh_at, lifetime))
        with self._state_lock:
            self._token = token
        return value

    def _malformed(self, problem: str, response: httpx.Response, body: object) -> AuthenticationError:
        safe_response, safe_body = token_response_parts(self._scrub_response(response), self._scrub(body))
        return AuthenticationError(f"The token response {problem}", response=safe_response, body=safe_body)

    def _refusal(self, response: httpx.Response) -> APIStatusError:
        """The exception for a non-2xx token response: 429 and 5xx keep their own class, the rest is auth."""
        status = response.status_code
        cls = None if status == 429 or status >= 500 else AuthenticationError
        error = make_status_error(response, cls=cls)
        error.message = self._scrub_text(error.message)
        error.response, error.body = token_response_parts(response, self._scrub(error.body))
        error.args = (self._scrub_text(str(error)),)
        return error

    def _scrub_text(self, text: str) -> str:
        return text.replace(self._client_secret, "<redacted>") if self._client_secret else text

    def _scrub_response(self, response: httpx.Response) -> httpx.Response:
        """A copy of a token response that exceptions may carry: no request body, no echo of the secret.

        The request we sent is a form holding the secret, and a server may quote it back in an error body.
        """
        content = response.content
        secret = self._client_secret
        for form in {secret, json.dumps(secret)[1:-1], quote_plus(secret)} - {""}:
            content = content.replace(form.encode(), b"<redacted>")
        dropped = {"content-length", "content-encoding", "transfer-encoding"}  # ``content`` is decoded, maybe shorter
        scrubbed = httpx.Response(
            response.status_code,
            headers=[(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped],
            content=content,
            request=httpx.Request(response.request.method, response.request.url),
            extensions=response.extensions,
        )
        with contextlib.suppress(RuntimeError):  # a response built by hand has no elapsed time
            scrubbed.elapsed = response.elapsed
        return scrubbed

    @staticmethod
    def _scrub_cause(error: APIConnectionError) -> None:
        """Drop the form (and with it the secret) from the httpx error chained to a failed token request."""
        cause = error.__cause__
        if isinstance(cause, httpx.RequestError):
            sent = cause.request
            cause.request = httpx.Request(sent.method, sent.url)

    def _scrub(self, value: object) -> object:
        """Remove the client secret from anything the server echoed back (strings inside JSON included)."""
        if isinstance(value, str):
            return self._scrub_text(value)
        if isinstance(value, dict):
            return {k: self._scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._scrub(v) for v in value]
        return value


def _lifetime(expires_in: object) -> float:
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float | str):
        return DEFAULT_LIFETIME
    try:
        seconds = float(expires_in)
    except (ValueError, OverflowError):  # OverflowError: an int beyond float's range, such as 10**400
        return DEFAULT_LIFETIME
    if not math.isfinite(seconds) or seconds <= 0:
        return DEFAULT_LIFETIME
    return min(seconds, MAX_LIFETIME)
