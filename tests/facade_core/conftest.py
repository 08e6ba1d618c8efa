"""Shared fixtures for the facade core tests: a fake clock/sleep pair and a scriptable mock of the API.

Nothing here sleeps for real: the fake sleep records the requested delay and advances the fake clock.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord._base_client import AsyncAPIClient, SyncAPIClient
from onerecord._hooks import build

CLIENT_ID = "client-id-123"
SECRET = "s3cr3t-VALUE-4f9a77"
BASE_URL = "https://api.example.test"
TOKEN_PATH = "/authentication/oauth2/token"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakeClock:
    """A monotonic clock that only moves when told to, and sleeps that advance it instead of waiting."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)  # still give other tasks a turn, as a real sleep would


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class MockAPI:
    """Scripted server: queued replies for the token route and for API routes, every request recorded.

    When a queue is empty the token route issues ``tok-<n>`` tokens and API routes answer 200 ``{"ok": true}``.
    """

    def __init__(self, expires_in: float | None = 1800) -> None:
        self.expires_in = expires_in
        self.token_replies: list[Reply] = []
        self.api_replies: list[Reply] = []
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.issued = 0
        self._lock = threading.Lock()

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            is_token = request.url.path.endswith(TOKEN_PATH)
            (self.token_requests if is_token else self.api_requests).append(request)
            queue = self.token_replies if is_token else self.api_replies
            reply = queue.pop(0) if queue else None
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        if reply is not None:
            return reply
        return self.issue_token() if is_token else httpx.Response(200, json={"ok": True})

    def issue_token(self) -> httpx.Response:
        with self._lock:
            self.issued += 1
            body: dict[str, Any] = {"access_token": f"tok-{self.issued}-XYZ", "token_type": "Bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx.Response(200, json=body)

    def bearer_of(self, index: int) -> str | None:
        return self.api_requests[index].headers.get("authorization")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def api() -> MockAPI:
    return MockAPI()


@pytest.fixture
def make_client(api: MockAPI, clock: FakeClock) -> Callable[..., SyncAPIClient]:
    def make(**overrides: Any) -> SyncAPIClient:
        options: dict[str, Any] = {
            "client_id": CLIENT_ID,
            "client_secret": SECRET,
            "base_url": BASE_URL,
            "http_client": httpx.Client(transport=api.transport),
            "clock": clock,
            "sleep": clock.sleep,
            "rng": lambda: 0.0,
            "rate_limit": None,
        }
        options.update(overrides)
        return build(SyncAPIClient, **options)

    return make


@pytest.fixture
def make_async_client(api: MockAPI, clock: FakeClock) -> Callable[..., AsyncAPIClient]:
    def make(**overrides: Any) -> AsyncAPIClient:
        options: dict[str, Any] = {
            "client_id": CLIENT_ID,
            "client_secret": SECRET,
            "base_url": BASE_URL,
            "http_client": httpx.AsyncClient(transport=api.transport),
            "clock": clock,
            "sleep": clock.async_sleep,
            "rng": lambda: 0.0,
            "rate_limit": None,
        }
        options.update(overrides)
        return build(AsyncAPIClient, **options)

    return make


@pytest.fixture
def secret() -> str:
    """The client secret every test client uses; tests search outputs for it."""
    return SECRET
