"""The ``deadline`` option: one bound on a whole call, retries, pacing waits, token request and slow bodies included
(issue 11, item 5). Fake clock everywhere except for the dripping body, which needs a real (local, short) server."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from onerecord._base_client import AsyncAPIClient, SyncAPIClient
from onerecord.errors import APITimeoutError, InternalServerError


def test_retries_stop_when_the_next_wait_would_pass_the_deadline(
    api: Any, clock: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    api.api_replies += [httpx.Response(503, headers={"Retry-After": "4"})] * 10
    client = make_client(max_retries=8, deadline=10.0)
    with pytest.raises(InternalServerError):  # the server's own error, as when the retries run out
        client.request("GET", "/shipment")
    assert clock.sleeps == [4.0, 4.0]  # a third wait would end at 12 s
    assert len(api.api_requests) == 3


def test_without_a_deadline_every_retry_is_made(
    api: Any, clock: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    api.api_replies += [httpx.Response(503, headers={"Retry-After": "4"})] * 10
    with pytest.raises(InternalServerError):
        make_client(max_retries=8).request("GET", "/shipment")
    assert len(api.api_requests) == 9


def test_each_attempt_gets_no_more_than_the_time_left(
    api: Any, clock: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    def slow_failure(request: httpx.Request) -> httpx.Response:
        clock.advance(1.5)
        return httpx.Response(503)

    api.api_replies += [slow_failure, slow_failure]
    client = make_client(timeout=30.0, deadline=5.0, max_retries=3)
    client.request("GET", "/shipment")
    first, second, third = (r.extensions["timeout"] for r in api.api_requests)
    assert first == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert second["read"] == pytest.approx(5.0 - 1.5 - 0.5)  # 1.5 s answering, 0.5 s backoff
    assert third["read"] == pytest.approx(5.0 - 3.0 - 1.5)
    token_request = api.token_requests[0]
    assert token_request.extensions["timeout"]["read"] == 5.0  # the token request shares the call's deadline


def test_a_pacing_wait_past_the_deadline_fails_at_once_without_sending(
    api: Any, clock: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    client = make_client(rate_limit=0.1, deadline=5.0)  # one request per 10 s; the token request takes the first
    with pytest.raises(APITimeoutError, match="deadline of 5 s") as info:
        client.request("GET", "/shipment")
    assert info.value.request_sent is False
    assert api.api_requests == []
    assert clock.sleeps == []


def test_with_options_sets_keeps_or_removes_the_deadline(make_client: Callable[..., SyncAPIClient]) -> None:
    client = make_client(deadline=3)
    assert client.deadline == 3.0
    assert client.with_options(timeout=1).deadline == 3.0
    assert client.with_options(deadline=0.5).deadline == 0.5
    assert client.with_options(deadline=None).deadline is None
    assert make_client().deadline is None
    for bad in (0, -1, float("nan"), float("inf"), True, "5"):
        with pytest.raises(ValueError, match="deadline"):
            make_client(deadline=bad)


@pytest.mark.anyio
async def test_async_retries_respect_the_deadline_too(
    api: Any, clock: Any, make_async_client: Callable[..., AsyncAPIClient]
) -> None:
    api.api_replies += [httpx.Response(503, headers={"Retry-After": "4"})] * 10
    client = make_async_client(max_retries=8)
    with pytest.raises(InternalServerError):
        await client.with_options(deadline=10.0).request("GET", "/shipment")
    assert clock.sleeps == [4.0, 4.0]


# -- a body dripping one byte at a time: a real local server, short figures ---------------------------------------

DRIP_EVERY = 0.02  # seconds between two bytes: far below any read timeout
DRIP_BYTES = 500  # 10 s in all, if nothing cut it short


class _Dripping(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # the token route
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"access_token": "tok", "expires_in": 3600}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(DRIP_BYTES))
        self.end_headers()
        try:
            for _ in range(DRIP_BYTES):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(DRIP_EVERY)
        except OSError:  # the client gave up and closed the connection: stop dripping
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def dripping_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Dripping)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_dripping_body_is_cut_at_the_deadline(dripping_server: str) -> None:
    client = SyncAPIClient(
        client_id="id", client_secret="secret", base_url=dripping_server, rate_limit=None, timeout=1.0, deadline=0.3
    )
    started = time.monotonic()
    with client, pytest.raises(APITimeoutError, match="deadline") as info:
        client.request("GET", "/shipment")
    elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed  # 10 s of body without the deadline; the read timeout alone never expires
    assert info.value.request_sent is True


@pytest.mark.anyio
async def test_an_async_dripping_body_is_cut_at_the_deadline(dripping_server: str) -> None:
    client = AsyncAPIClient(
        client_id="id", client_secret="secret", base_url=dripping_server, rate_limit=None, timeout=1.0, deadline=0.3
    )
    started = time.monotonic()
    async with client:
        with pytest.raises(APITimeoutError, match="deadline"):
            await client.request("GET", "/shipment")
    assert time.monotonic() - started < 1.5


def test_a_call_waiting_for_another_callers_token_request_waits_no_longer_than_its_deadline(
    api: Any, make_client: Callable[..., SyncAPIClient]
) -> None:
    """The caller fetching the token has no deadline and is stuck; a caller with a 50 ms deadline gives up."""
    release = threading.Event()
    fetching = threading.Event()

    def stuck_token_route(request: httpx.Request) -> httpx.Response:
        fetching.set()
        assert release.wait(timeout=10)
        return api.issue_token()

    api.token_replies.append(stuck_token_route)
    client = make_client()
    leader = threading.Thread(target=client.request, args=("GET", "/shipment"))
    leader.start()
    assert fetching.wait(timeout=10)
    try:
        with pytest.raises(APITimeoutError, match="waiting for an access token") as info:
            client.with_options(deadline=0.05).request("GET", "/shipment")
        assert info.value.request_sent is False
    finally:
        release.set()
        leader.join(timeout=10)
    assert len(api.token_requests) == 1  # the leader's request went on, for everyone else
    assert len(api.api_requests) == 1  # the leader's call, not the one that gave up


@pytest.mark.anyio
async def test_an_async_call_waiting_for_a_token_waits_no_longer_than_its_deadline(
    api: Any, make_async_client: Callable[..., AsyncAPIClient]
) -> None:
    release = asyncio.Event()

    async def stuck_token_route(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return api.issue_token()

    client = make_async_client()
    client._http = httpx.AsyncClient(transport=httpx.MockTransport(stuck_token_route))
    leader = asyncio.ensure_future(client.request("GET", "/shipment"))  # answered by the same route, once released
    await asyncio.sleep(0)
    with pytest.raises(APITimeoutError, match="waiting for an access token"):
        await client.with_options(deadline=0.05).request("GET", "/shipment")
    release.set()
    await leader
