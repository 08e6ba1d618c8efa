"""The static headers (``User-Agent``, ``Accept``): default headers of our own HTTP client, merged into a caller's.

Set once on the client we create, they cost nothing per request; a caller's client keeps its own other defaults and
still sends ours, which win over its ``User-Agent``/``Accept`` as they did when every request carried them.
"""

from __future__ import annotations

import httpx
import pytest

from onerecord import AsyncOneRecord, OneRecord, __version__

USER_AGENT = f"onerecord-python/{__version__}"
BASE_URL = "https://api.example.test"


def _handler(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600, "token_type": "Bearer"})
        return httpx.Response(200, json={"ok": True})

    return httpx.MockTransport(handle)


def test_our_own_client_carries_the_static_headers_as_defaults() -> None:
    with OneRecord(client_id="i", client_secret="s", base_url=BASE_URL, rate_limit=None) as client:
        assert client._http.headers["user-agent"] == USER_AGENT
        assert client._http.headers["accept"] == "application/json"
        assert client._request_headers is None  # nothing left to add per request
    aclient = AsyncOneRecord(client_id="i", client_secret="s", base_url=BASE_URL, rate_limit=None)
    assert aclient._http.headers["user-agent"] == USER_AGENT
    assert aclient._request_headers is None


def test_a_callers_client_keeps_its_defaults_and_sends_ours_over_its_user_agent() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_handler(seen), headers={"X-Team": "ops", "User-Agent": "theirs/1"})
    with OneRecord(client_id="i", client_secret="s", base_url=BASE_URL, rate_limit=None, http_client=http) as client:
        client.request("GET", "/shipment")
    api = seen[-1]
    assert api.headers.get_list("user-agent") == [USER_AGENT]
    assert api.headers["accept"] == "application/json"
    assert api.headers["x-team"] == "ops"
    assert http.headers["user-agent"] == "theirs/1"  # the caller's client is not modified


def test_a_callers_client_that_already_has_them_gets_nothing_per_request() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_handler(seen), headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
    with OneRecord(client_id="i", client_secret="s", base_url=BASE_URL, rate_limit=None, http_client=http) as client:
        assert client._request_headers is None
        client.request("GET", "/shipment")
        copy = client.with_options(max_retries=0)  # a copy shares the client, and its defaults
        assert copy._request_headers is None
    assert seen[-1].headers.get_list("user-agent") == [USER_AGENT]


@pytest.mark.anyio
async def test_async_callers_client_gets_ours_per_request() -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=_handler(seen), headers={"Accept": "text/plain"})
    async with AsyncOneRecord(
        client_id="i", client_secret="s", base_url=BASE_URL, rate_limit=None, http_client=http
    ) as client:
        await client.request("GET", "/shipment")
    assert seen[-1].headers.get_list("accept") == ["application/json"]
    assert seen[-1].headers["user-agent"] == USER_AGENT
