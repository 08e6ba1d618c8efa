"""Client construction, URLs, timeouts, with_options, closing, user-supplied HTTP clients, request building."""

from __future__ import annotations

import inspect
import json
import random
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord import AsyncOneRecord, OneRecord
from onerecord._base_client import AsyncAPIClient, SyncAPIClient
from onerecord._hooks import build
from onerecord._version import __version__
from onerecord.errors import NotFoundError, OneRecordError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ONERECORD_CLIENT_ID", "ONERECORD_CLIENT_SECRET", "ONERECORD_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_credentials_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch, secret: str) -> None:
    monkeypatch.setenv("ONERECORD_CLIENT_ID", "env-id")
    monkeypatch.setenv("ONERECORD_CLIENT_SECRET", secret)
    monkeypatch.setenv("ONERECORD_BASE_URL", "https://sandbox.example.test/")
    client = SyncAPIClient()
    assert client.base_url == "https://sandbox.example.test"
    assert client.token_url == "https://sandbox.example.test/authentication/oauth2/token"
    assert "env-id" in repr(client)
    assert secret not in repr(client)


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONERECORD_CLIENT_ID", "env-id")
    monkeypatch.setenv("ONERECORD_BASE_URL", "https://env.example.test")
    client = SyncAPIClient(client_id="arg-id", client_secret="x", base_url="https://arg.example.test")
    assert client.base_url == "https://arg.example.test"
    assert "arg-id" in repr(client)


def test_default_base_url() -> None:
    assert SyncAPIClient(client_id="a", client_secret="b").base_url == "https://api.one-record.fr"


@pytest.mark.parametrize(
    ("kwargs", "variable"),
    [({"client_secret": "s"}, "ONERECORD_CLIENT_ID"), ({"client_id": "i"}, "ONERECORD_CLIENT_SECRET")],
)
def test_missing_credentials_name_the_variable(kwargs: dict[str, str], variable: str) -> None:
    with pytest.raises(OneRecordError, match=variable):
        SyncAPIClient(**kwargs)  # type: ignore[arg-type]
    with pytest.raises(OneRecordError, match=variable):
        AsyncAPIClient(**kwargs)  # type: ignore[arg-type]


def test_empty_credential_counts_as_missing() -> None:
    with pytest.raises(OneRecordError, match="ONERECORD_CLIENT_SECRET"):
        SyncAPIClient(client_id="i", client_secret="")


@pytest.mark.parametrize(
    "url",
    ["http://localhost:8000", "http://127.0.0.1", "http://127.8.9.10:1", "http://[::1]:8080", "http://api.localhost"],
)
def test_http_is_allowed_on_loopback(url: str) -> None:
    assert SyncAPIClient(client_id="i", client_secret="s", base_url=url).base_url == url


@pytest.mark.parametrize(
    "url", ["http://api.one-record.fr", "http://10.0.0.1", "http://localhost.evil.test", "ftp://x.test", "api.test"]
)
def test_other_plain_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="https"):
        SyncAPIClient(client_id="i", client_secret="s", base_url=url)


@pytest.mark.parametrize("url", ["https://api.example.test/?v=1", "https://api.example.test/v1#top"])
def test_a_base_url_with_a_query_or_fragment_is_refused(url: str) -> None:
    """Paths are appended to the base URL: '/shipment' would land inside the query or the fragment."""
    with pytest.raises(ValueError, match="query or fragment"):
        SyncAPIClient(client_id="i", client_secret="s", base_url=url)


def test_credentials_in_the_url_are_refused_without_echoing_them() -> None:
    with pytest.raises(ValueError, match="user name or password") as info:
        SyncAPIClient(client_id="i", client_secret="s", base_url="https://me:hunter2@api.example.test")
    assert "hunter2" not in str(info.value)


def test_plain_http_token_url_is_refused() -> None:
    with pytest.raises(ValueError, match="token_url"):
        SyncAPIClient(client_id="i", client_secret="s", token_url="http://auth.example.test/token")


def test_wrong_http_client_type_is_refused() -> None:
    with pytest.raises(TypeError):
        SyncAPIClient(client_id="i", client_secret="s", http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        AsyncAPIClient(client_id="i", client_secret="s", http_client=httpx.Client())  # type: ignore[arg-type]


def test_request_building(api: Any, make_client: Callable[..., Any]) -> None:
    client = make_client()
    client.request("post", "shipment", params=[("groups[]", "events"), ("groups[]", "all")], json={"a": [1]})
    sent = api.api_requests[0]
    assert sent.method == "POST"
    assert sent.url.path == "/shipment"
    assert sent.url.params.get_list("groups[]") == ["events", "all"]
    assert json.loads(sent.content) == {"a": [1]}
    assert sent.headers["user-agent"] == f"onerecord-python/{__version__}"
    assert api.token_requests[0].headers["user-agent"] == f"onerecord-python/{__version__}"
    client.request("GET", "/country", params={"filter[code][eq]": "US", "groups[]": ["a", "b"]})
    assert api.api_requests[1].url.params.multi_items() == [
        ("filter[code][eq]", "US"),
        ("groups[]", "a"),
        ("groups[]", "b"),
    ]


def test_a_url_inside_the_query_of_a_path_is_not_an_absolute_url(api: Any, make_client: Callable[..., Any]) -> None:
    make_client().request("GET", "/shipment?return=https://example.test/done")
    assert api.api_requests[0].url.host == "api.example.test"
    assert api.api_requests[0].url.params["return"] == "https://example.test/done"


@pytest.mark.parametrize("path", ["https://evil.test/shipment", "//evil.test/x", "HTTP://evil.test"])
def test_absolute_urls_are_refused(path: str, api: Any, make_client: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="relative"):
        make_client().request("GET", path)
    assert api.api_requests == [] and api.token_requests == []


def test_base_url_path_prefix_is_kept(api: Any, make_client: Callable[..., Any]) -> None:
    make_client(base_url="https://api.example.test/v1").request("GET", "/shipment")
    assert api.api_requests[0].url.path == "/v1/shipment"


def test_non_2xx_raises_and_2xx_returns(api: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [httpx.Response(204), httpx.Response(404, json={"message": "No such shipment"})]
    client = make_client()
    assert client.request("DELETE", "/shipment/1").status_code == 204
    with pytest.raises(NotFoundError, match="No such shipment"):
        client.request("GET", "/shipment/2")


def timeouts_of(request: httpx.Request) -> dict[str, float | None]:
    value: dict[str, float | None] = request.extensions["timeout"]
    return value


def test_timeouts_default_per_client_and_per_call(api: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(http_client=httpx.Client(transport=api.transport, timeout=12.0))
    client.request("GET", "/a")  # a caller's client keeps its own timeout
    assert timeouts_of(api.api_requests[0])["read"] == 12.0
    assert timeouts_of(api.token_requests[0])["read"] == 12.0
    client = make_client(timeout=7.0)
    client.request("GET", "/b")
    assert timeouts_of(api.api_requests[1])["read"] == 7.0
    client.request("GET", "/c", timeout=httpx.Timeout(2.0, connect=1.0))
    assert timeouts_of(api.api_requests[2]) == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}
    client.with_options(timeout=3.0).request("GET", "/d")
    assert timeouts_of(api.api_requests[3])["read"] == 3.0


def test_default_timeout_is_thirty_seconds_with_five_to_connect() -> None:
    client = SyncAPIClient(client_id="i", client_secret="s")
    assert client.timeout == httpx.Timeout(30.0, connect=5.0)
    assert client._http.timeout == httpx.Timeout(30.0, connect=5.0)


class Subclass(SyncAPIClient):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.marker = id(self)


def test_with_options_returns_a_sharing_copy_of_the_same_class(api: Any, clock: Any, secret: str) -> None:
    http_client = httpx.Client(transport=api.transport)
    client = build(
        Subclass,
        client_id="i",
        client_secret=secret,
        base_url="https://api.example.test",
        http_client=http_client,
        clock=clock,
        sleep=clock.sleep,
        rate_limit=5.0,
    )
    copy = client.with_options(timeout=4.0, max_retries=0)
    assert type(copy) is Subclass
    assert copy.marker == id(copy)  # the subclass's own __init__ ran for the copy
    assert (copy.timeout, copy.max_retries) == (httpx.Timeout(4.0), 0)
    assert (client.timeout, client.max_retries) == (httpx.Timeout(30.0, connect=5.0), 2)
    assert copy._auth is client._auth and copy._limiter is client._limiter and copy._http is client._http
    assert copy._sleep == clock.sleep
    client.request("GET", "/a")
    copy.request("GET", "/b")
    assert len(api.token_requests) == 1  # the token cache is shared
    copy.close()
    assert not http_client.is_closed


def test_close_closes_only_what_we_created(api: Any, make_client: Callable[..., Any]) -> None:
    owned = SyncAPIClient(client_id="i", client_secret="s")
    copy = owned.with_options(max_retries=1)
    copy.close()
    assert not owned._http.is_closed
    with owned:
        pass
    assert owned._http.is_closed
    users = httpx.Client(transport=api.transport)
    with make_client(http_client=users) as client:
        client.request("GET", "/a")
    assert not users.is_closed


def test_user_supplied_client_is_authenticated_paced_and_retried(api: Any, clock: Any, secret: str) -> None:
    users = httpx.Client(transport=api.transport, headers={"X-Tenant": "acme"}, auth=("someone", "else"))
    client = build(
        SyncAPIClient,
        client_id="i",
        client_secret=secret,
        base_url="https://api.example.test",
        http_client=users,
        clock=clock,
        sleep=clock.sleep,
        rng=lambda: 0.0,
    )
    api.api_replies += [httpx.Response(503)]
    client.request("GET", "/shipment")
    assert [r.headers["authorization"] for r in api.api_requests] == ["Bearer tok-1-XYZ"] * 2
    assert api.api_requests[0].headers["x-tenant"] == "acme"
    assert "authorization" not in api.token_requests[0].headers  # the user's own auth is not applied to it
    assert clock.sleeps == [pytest.approx(0.204), 0.5]  # pacing after the token request, then backoff


@pytest.mark.anyio
async def test_async_client_lifecycle_and_with_options(api: Any, make_async_client: Callable[..., Any]) -> None:
    users = httpx.AsyncClient(transport=api.transport)
    async with make_async_client(http_client=users) as client:
        copy = client.with_options(max_retries=0)
        assert type(copy) is AsyncAPIClient and copy._auth is client._auth
        assert (await copy.request("GET", "/a")).json() == {"ok": True}
        await copy.aclose()
    assert not users.is_closed
    owned = AsyncAPIClient(client_id="i", client_secret="s")
    await owned.aclose()
    assert owned._http.is_closed


def test_default_headers_go_on_every_request_and_the_token_request(api: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(default_headers={"X-Gateway-Key": "k1", "User-Agent": "acme-tms/2.0"})
    client.request("GET", "/a")
    sent, token = api.api_requests[0], api.token_requests[0]
    assert (sent.headers["x-gateway-key"], sent.headers["user-agent"]) == ("k1", "acme-tms/2.0")
    assert sent.headers["accept"] == "application/json" and sent.headers["authorization"] == "Bearer tok-1-XYZ"
    assert (token.headers["x-gateway-key"], token.headers["user-agent"]) == ("k1", "acme-tms/2.0")
    assert client.default_headers == {"X-Gateway-Key": "k1", "User-Agent": "acme-tms/2.0"}


def test_with_options_headers_add_to_the_defaults_only_in_the_copy(api: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(default_headers={"X-Gateway-Key": "k1", "X-Tenant": "acme"})
    copy = client.with_options(headers={"X-Tenant": "globex", "X-Request-Tag": "batch-7"})
    copy.request("GET", "/a")
    client.request("GET", "/b")
    in_copy, in_original = api.api_requests
    assert [in_copy.headers.get(name) for name in ("x-gateway-key", "x-tenant", "x-request-tag")] == [
        "k1",
        "globex",
        "batch-7",
    ]
    assert [in_original.headers.get(name) for name in ("x-gateway-key", "x-tenant", "x-request-tag")] == [
        "k1",
        "acme",
        None,
    ]
    keeps = client.with_options(timeout=2.0)
    assert keeps.default_headers == client.default_headers


@pytest.mark.parametrize("name", ["Authorization", "authorization"])
def test_headers_cannot_replace_the_bearer_token(name: str, make_client: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="Authorization"):
        make_client(default_headers={name: "Bearer stolen"})
    with pytest.raises(ValueError, match="Authorization"):
        make_client().with_options(headers={name: "Bearer stolen"})


def test_with_options_accepts_every_per_call_option() -> None:
    """timeout, max_retries, headers, deadline (and any later per-call option) are keywords of ``with_options``."""
    options = set(inspect.signature(SyncAPIClient.with_options).parameters) - {"self"}
    assert {"timeout", "max_retries", "headers", "deadline"} <= options
    assert set(inspect.signature(AsyncAPIClient.with_options).parameters) - {"self"} == options


@pytest.mark.anyio
async def test_async_default_headers_and_with_options_headers(api: Any, make_async_client: Callable[..., Any]) -> None:
    async with make_async_client(default_headers={"X-Gateway-Key": "k1"}) as client:
        await client.with_options(headers={"X-Tenant": "acme"}).request("GET", "/a")
        sent = api.api_requests[0]
        assert (sent.headers["x-gateway-key"], sent.headers["x-tenant"]) == ("k1", "acme")
        assert api.token_requests[0].headers["x-gateway-key"] == "k1"


def test_the_readmes_own_http_client_example_builds() -> None:
    """README: ``OneRecord(http_client=httpx.Client(verify=..., proxy=...))``; ``proxy=`` needs httpx >= 0.26."""
    users = httpx.Client(proxy="http://proxy.example.test:3128")
    with SyncAPIClient(client_id="i", client_secret="s", http_client=users) as client:
        assert client._http is users
    users.close()


@pytest.mark.parametrize("cls", [SyncAPIClient, AsyncAPIClient, OneRecord, AsyncOneRecord])
def test_test_hooks_are_not_in_the_public_signature(cls: type) -> None:
    assert not {"clock", "sleep", "rng"} & set(inspect.signature(cls).parameters)
    with pytest.raises(TypeError, match="clock"):
        cls(client_id="i", client_secret="s", clock=lambda: 0.0)


def test_hooks_apply_to_clients_built_with_them_and_their_copies_only() -> None:
    def clock() -> float:
        return 5.0

    def rng() -> float:
        return 0.25

    def sleep(seconds: float) -> None:
        raise AssertionError("not called here")

    hooked = build(SyncAPIClient, client_id="i", client_secret="s", clock=clock, sleep=sleep, rng=rng)
    assert (hooked._clock, hooked._sleep, hooked._rng) == (clock, sleep, rng)
    copy = hooked.with_options(timeout=1.0)
    assert (copy._clock, copy._sleep, copy._rng) == (clock, sleep, rng)
    plain = SyncAPIClient(client_id="i", client_secret="s")
    assert (plain._clock, plain._sleep, plain._rng) == (time.monotonic, time.sleep, random.random)
