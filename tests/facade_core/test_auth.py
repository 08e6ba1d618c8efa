"""OAuth2 client credentials: lazy token, caching, early refresh, single flight, 401 replay, failures, redaction."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from onerecord._auth import OAuth2ClientCredentials, refresh_margin
from onerecord.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
)

BASE_URL = "https://api.example.test"


def test_no_token_is_taken_before_the_first_call(api: Any, make_client: Callable[..., Any]) -> None:
    client = make_client()
    assert api.token_requests == []
    client.request("GET", "/shipment")
    assert len(api.token_requests) == 1


def test_token_request_is_a_client_secret_post_form(api: Any, make_client: Callable[..., Any], secret: str) -> None:
    make_client().request("GET", "/shipment")
    token_request = api.token_requests[0]
    assert token_request.method == "POST"
    assert str(token_request.url) == BASE_URL + "/authentication/oauth2/token"
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in token_request.headers
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": ["client-id-123"],
        "client_secret": [secret],
    }
    assert api.bearer_of(0) == "Bearer tok-1-XYZ"


def test_token_url_can_be_overridden(api: Any, make_client: Callable[..., Any]) -> None:
    make_client(token_url="https://api.example.test/authentication/oauth2/token/").request("GET", "/x")
    assert len(api.token_requests) == 1


def test_token_is_cached(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client()
    for _ in range(5):
        client.request("GET", "/shipment")
        clock.advance(60)
    assert len(api.token_requests) == 1
    assert {r.headers["authorization"] for r in api.api_requests} == {"Bearer tok-1-XYZ"}


@pytest.mark.parametrize(
    ("expires_in", "refresh_after"),
    [(1800, 1620.0), (3600, 3240.0), (120, 90.0), (20, 10.0), (None, 270.0), ("1800", 1620.0), ("soon", 270.0)],
)
def test_token_is_renewed_ahead_of_the_servers_expiry(
    expires_in: Any, refresh_after: float, api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    api.expires_in = expires_in
    client = make_client()
    client.request("GET", "/shipment")
    clock.advance(refresh_after - 0.001)
    client.request("GET", "/shipment")
    assert len(api.token_requests) == 1
    clock.advance(0.001)
    client.request("GET", "/shipment")
    assert len(api.token_requests) == 2
    assert api.bearer_of(2) == "Bearer tok-2-XYZ"


def test_refresh_margin_rule() -> None:
    assert refresh_margin(1800) == 180
    assert refresh_margin(100) == 30
    assert refresh_margin(40) == 20


def test_401_invalidates_and_replays_once(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [httpx.Response(401, json={"message": "Token expired"})]
    response = make_client().request("PUT", "/shipment/1", json={"customerReference": "PO-1"})
    assert response.status_code == 200
    assert len(api.token_requests) == 2
    assert [r.headers["authorization"] for r in api.api_requests] == ["Bearer tok-1-XYZ", "Bearer tok-2-XYZ"]
    assert api.api_requests[1].content == api.api_requests[0].content
    assert clock.sleeps == []  # a replay is not a retry: no backoff


def test_a_second_401_is_raised(api: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [httpx.Response(401, json={"message": "Bad token"})] * 2
    with pytest.raises(AuthenticationError, match="Bad token") as info:
        make_client().request("POST", "/shipment", json={})
    assert info.value.status_code == 401
    assert len(api.api_requests) == 2
    assert len(api.token_requests) == 2


def test_invalidate_only_drops_the_token_that_failed(api: Any, make_client: Callable[..., Any]) -> None:
    client = make_client()
    client.request("GET", "/shipment")
    auth = client._auth
    auth.invalidate("tok-0-stale")  # a late 401 for an older token must not drop the fresh one
    client.request("GET", "/shipment")
    assert len(api.token_requests) == 1
    auth.invalidate("tok-1-XYZ")
    client.request("GET", "/shipment")
    assert len(api.token_requests) == 2


def refusal(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body)


def assert_secret_absent(error: BaseException, secret: str) -> None:
    for text in (str(error), repr(error), repr(error.args), repr(getattr(error, "body", None))):
        assert secret not in text
    response = getattr(error, "response", None)
    if response is not None:  # the exception carries the response, and with it the request that was sent
        assert secret.encode() not in response.content
        assert secret.encode() not in response.request.content
        assert secret not in str(response.request.url)
    cause = error.__cause__
    if isinstance(cause, httpx.RequestError):  # the chained httpx error carries the request too
        assert secret.encode() not in cause.request.content


def test_refused_credentials_raise_authentication_error(
    api: Any, clock: Any, make_client: Callable[..., Any], secret: str
) -> None:
    body = {"error": "invalid_client", "error_description": "Client authentication failed"}
    api.token_replies += [refusal(401, body)]
    with pytest.raises(AuthenticationError) as info:
        make_client().request("GET", "/shipment")
    error = info.value
    assert error.status_code == 401
    assert error.message == "Client authentication failed"
    assert error.body == body
    assert error.request_method == "POST"
    assert error.request_url.endswith("/authentication/oauth2/token")
    assert api.api_requests == []
    assert len(api.token_requests) == 1  # a refusal is not retried
    assert clock.sleeps == []
    assert_secret_absent(error, secret)


def test_a_400_from_the_token_route_is_an_authentication_error(api: Any, make_client: Callable[..., Any]) -> None:
    api.token_replies += [refusal(400, {"error": "unsupported_grant_type"})]
    with pytest.raises(AuthenticationError) as info:
        make_client().request("GET", "/shipment")
    assert info.value.status_code == 400
    assert info.value.message == "unsupported_grant_type"


def test_a_secret_echoed_by_the_server_is_scrubbed(api: Any, make_client: Callable[..., Any], secret: str) -> None:
    api.token_replies += [refusal(401, {"error": "invalid_client", "error_description": f"bad secret {secret}"})]
    with pytest.raises(AuthenticationError) as info:
        make_client().request("GET", "/shipment")
    assert info.value.message == "bad secret <redacted>"
    assert_secret_absent(info.value, secret)


@pytest.mark.parametrize("status", [400, 401, 429, 500])
def test_a_secret_echoed_in_any_token_error_body_is_not_kept(
    status: int, api: Any, make_client: Callable[..., Any], secret: str
) -> None:
    """The raw response the exception carries is scrubbed too, not only the parsed message and body."""
    echoed = f'{{"error": "invalid_client", "error_description": "bad secret {secret}", "raw": "{secret}"}}'

    def answer(request: httpx.Request) -> httpx.Response:  # a streamed body, as from a real transport
        return httpx.Response(status, headers={"Retry-After": "999"}, content=iter([echoed.encode()]))

    api.token_replies += [answer] * 3
    with pytest.raises(APIStatusError) as info:
        make_client().request("GET", "/shipment")
    assert info.value.status_code == status
    assert b"bad secret <redacted>" in info.value.response.content
    assert info.value.response.elapsed.total_seconds() >= 0  # the copy is still a complete response
    assert_secret_absent(info.value, secret)


@pytest.mark.parametrize("short_secret", ["s", "token", "access_token"])
def test_a_short_secret_does_not_damage_a_good_token_response(
    short_secret: str, api: Any, make_client: Callable[..., Any]
) -> None:
    """Scrubbing is for what goes into exceptions; a good response is read as the server sent it."""
    client = make_client(client_secret=short_secret)
    assert client.request("GET", "/shipment").status_code == 200
    assert api.bearer_of(0) == "Bearer tok-1-XYZ"


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_a_token_request_that_gets_no_answer_keeps_no_secret(
    failure: Exception, api: Any, make_client: Callable[..., Any], secret: str
) -> None:
    api.token_replies += [failure] * 3
    with pytest.raises(APIConnectionError) as info:
        make_client().request("GET", "/shipment")
    assert isinstance(info.value.__cause__, type(failure))
    assert info.value.__cause__.request.url.path == "/authentication/oauth2/token"
    assert_secret_absent(info.value, secret)


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (httpx.Response(200, text="<html>login</html>"), "not a JSON object"),
        (httpx.Response(200, json=["tok"]), "not a JSON object"),
        (httpx.Response(200, json={"token_type": "Bearer", "expires_in": 1800}), "no access_token"),
        (httpx.Response(200, json={"access_token": "", "expires_in": 1800}), "no access_token"),
        (httpx.Response(200, json={"access_token": 42}), "no access_token"),
    ],
)
def test_malformed_token_responses_raise_authentication_error(
    reply: httpx.Response, message: str, api: Any, make_client: Callable[..., Any], secret: str
) -> None:
    api.token_replies += [reply]
    with pytest.raises(AuthenticationError, match=message) as info:
        make_client().request("GET", "/shipment")
    assert info.value.status_code == 200
    assert_secret_absent(info.value, secret)
    assert api.api_requests == []


def test_token_rate_limit_and_server_errors_keep_their_class(api: Any, make_client: Callable[..., Any]) -> None:
    api.token_replies += [httpx.Response(429, headers={"Retry-After": "999"})]
    with pytest.raises(RateLimitError) as info:
        make_client().request("GET", "/shipment")
    assert info.value.retry_after == 999
    api.token_replies += [httpx.Response(500)] * 3
    with pytest.raises(InternalServerError):
        make_client().request("GET", "/shipment")


def test_token_request_is_paced_like_any_request(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client(rate_limit=5.0)
    client.request("GET", "/shipment")
    # token request first (free slot), then the API call one interval (1.02 / 5 s) later
    assert clock.sleeps == [pytest.approx(0.204)]


def test_token_request_goes_through_the_users_http_client(api: Any, make_client: Callable[..., Any]) -> None:
    seen: list[str] = []
    http_client = httpx.Client(transport=api.transport, event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    make_client(http_client=http_client).request("GET", "/shipment")
    assert seen == ["/authentication/oauth2/token", "/shipment"]


def test_reprs_never_show_secret_or_token(api: Any, make_client: Callable[..., Any], secret: str) -> None:
    client = make_client()
    client.request("GET", "/shipment")
    for text in (repr(client), str(client), repr(client._auth), repr(client._auth._token)):
        assert secret not in text
        assert "tok-1-XYZ" not in text
    assert "client-id-123" in repr(client)


def test_single_flight_across_threads(api: Any, make_client: Callable[..., Any]) -> None:
    """16 threads hit an empty cache at once; the token route only answers once all of them are waiting."""
    client = make_client()
    auth = client._auth
    entered = 0
    all_in = threading.Condition()
    original_get_token = auth.get_token

    def counting_get_token() -> str:
        nonlocal entered
        with all_in:
            entered += 1
            all_in.notify_all()
        return original_get_token()

    def slow_token(request: httpx.Request) -> httpx.Response:
        with all_in:
            assert all_in.wait_for(lambda: entered >= 16, timeout=10)
        return api.issue_token()

    auth.get_token = counting_get_token  # type: ignore[method-assign]
    api.token_replies += [slow_token]
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda _: client.request("GET", "/shipment").status_code, range(160)))
    assert results == [200] * 160
    assert len(api.token_requests) == 1
    assert auth.token_requests == 1


@pytest.mark.anyio
async def test_single_flight_across_tasks(api: Any, make_async_client: Callable[..., Any]) -> None:
    client = make_async_client()
    auth = client._auth
    entered = 0
    seen_waiting: list[int] = []
    original_aget_token = auth.aget_token

    async def counting_aget_token() -> str:
        nonlocal entered
        entered += 1
        token: str = await original_aget_token()
        return token

    async def slow_token(request: httpx.Request) -> httpx.Response:
        for _ in range(1000):
            if entered >= 100:
                break
            await asyncio.sleep(0)
        seen_waiting.append(entered)
        return api.issue_token()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            api.token_requests.append(request)
            return await slow_token(request)
        api.api_requests.append(request)
        return httpx.Response(200, json={"ok": True})

    auth.aget_token = counting_aget_token  # type: ignore[method-assign]
    client._http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    responses = await asyncio.gather(*(client.request("GET", "/shipment") for _ in range(100)))
    assert [r.status_code for r in responses] == [200] * 100
    assert seen_waiting == [100]  # every task was waiting while the one token request was in flight
    assert len(api.token_requests) == 1


@pytest.mark.anyio
async def test_a_refused_token_request_is_not_repeated_by_every_waiting_task(
    api: Any, make_async_client: Callable[..., Any], secret: str
) -> None:
    """100 tasks wait for one token request that is refused: they all get its error, none asks again."""
    client = make_async_client()
    entered = 0
    original_aget_token = client._auth.aget_token

    async def counting_aget_token() -> str:
        nonlocal entered
        entered += 1
        token: str = await original_aget_token()
        return token

    async def handler(request: httpx.Request) -> httpx.Response:
        api.token_requests.append(request)
        for _ in range(1000):
            if entered >= 100:
                break
            await asyncio.sleep(0)
        return refusal(401, {"error": "invalid_client", "error_description": "Client authentication failed"})

    client._auth.aget_token = counting_aget_token  # type: ignore[method-assign]
    client._http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    results = await asyncio.gather(*(client.request("GET", "/shipment") for _ in range(100)), return_exceptions=True)
    assert all(isinstance(r, AuthenticationError) for r in results)
    assert len(api.token_requests) == 1
    for error in results:
        assert_secret_absent(error, secret)
    api.token_requests.clear()
    with pytest.raises(AuthenticationError):  # the next call asks again: a failure is shared, never cached
        await client.request("GET", "/shipment")
    assert len(api.token_requests) == 1


def test_one_token_request_for_two_event_loops_at_once() -> None:
    """A task on another event loop (another thread) waits for the fetch in flight instead of starting its own."""
    calls: list[str] = []
    in_flight = threading.Event()
    release = threading.Event()

    async def asend(request: httpx.Request) -> httpx.Response:
        calls.append(threading.current_thread().name)
        if len(calls) == 1:
            in_flight.set()
            await asyncio.to_thread(release.wait, 10)  # held until the other loop has asked for a token
        return httpx.Response(200, json={"access_token": f"tok-{len(calls)}", "expires_in": 1800}, request=request)

    auth = OAuth2ClientCredentials("id", "secret", "https://x.test/token", asend=asend, clock=lambda: 0.0)
    first: list[str] = []
    thread = threading.Thread(target=lambda: first.append(asyncio.run(auth.aget_token())), name="loop-a")
    thread.start()
    assert in_flight.wait(10)

    async def second_loop() -> str:
        task = asyncio.create_task(auth.aget_token())
        for _ in range(10):  # let the task run as far as it can without the first fetch finishing
            await asyncio.sleep(0)
        release.set()
        return await task

    second = asyncio.run(second_loop())
    thread.join(10)
    assert calls == ["loop-a"]
    assert first == [second] == ["tok-1"]


@pytest.mark.anyio
async def test_waiters_fetch_themselves_when_the_fetching_task_is_cancelled() -> None:
    calls = 0
    stuck = asyncio.Event()

    async def asend(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            await stuck.wait()  # never set: this fetch is cancelled
        return httpx.Response(200, json={"access_token": f"tok-{calls}", "expires_in": 1800}, request=request)

    auth = OAuth2ClientCredentials("id", "secret", "https://x.test/token", asend=asend, clock=lambda: 0.0)
    leader = asyncio.create_task(auth.aget_token())
    await asyncio.sleep(0)
    waiter = asyncio.create_task(auth.aget_token())
    await asyncio.sleep(0)
    leader.cancel()
    assert await waiter == "tok-2"
    assert leader.cancelled()
    assert auth._flight is None


@pytest.mark.anyio
async def test_async_401_replay_and_refusal(api: Any, make_async_client: Callable[..., Any], secret: str) -> None:
    client = make_async_client()
    api.api_replies += [httpx.Response(401)]
    assert (await client.request("GET", "/shipment")).status_code == 200
    assert len(api.token_requests) == 2
    client._auth.invalidate()
    api.token_replies += [refusal(401, {"error": "invalid_client", "error_description": f"no {secret}"})]
    with pytest.raises(AuthenticationError) as info:
        await client.request("GET", "/shipment")
    assert_secret_absent(info.value, secret)


@pytest.mark.anyio
async def test_async_lock_survives_a_new_event_loop(api: Any, make_async_client: Callable[..., Any]) -> None:
    client = make_async_client()
    await client.request("GET", "/shipment")
    client._auth.invalidate()

    def in_another_loop() -> int:
        return asyncio.run(client.request("GET", "/shipment")).status_code

    assert await asyncio.to_thread(in_another_loop) == 200
    assert len(api.token_requests) == 2


def test_auth_without_a_sender_says_so() -> None:
    auth = OAuth2ClientCredentials("id", "secret", "https://x.test/token")
    with pytest.raises(RuntimeError, match="send"):
        auth.get_token()


def test_no_lock_is_held_while_the_api_request_is_in_flight(api: Any, make_client: Callable[..., Any]) -> None:
    client = make_client()
    held: list[bool] = []

    def check(request: httpx.Request) -> httpx.Response:
        held.append(client._auth._flight is not None or client._auth._state_lock.locked())
        return httpx.Response(200, json={})

    api.api_replies += [check]
    client.request("GET", "/shipment")
    assert held == [False]


@pytest.mark.anyio
async def test_no_async_lock_is_held_across_the_yield(make_async_client: Callable[..., Any]) -> None:
    held: list[bool] = []
    client = make_async_client()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "tok-a", "expires_in": 1800})
        held.append(client._auth._flight is not None or client._auth._state_lock.locked())
        return httpx.Response(200, json={})

    client._http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    await client.request("GET", "/shipment")
    assert held == [False]


@pytest.mark.parametrize(
    "reply", [httpx.Response(404, json={"message": "No such shipment"}), httpx.Response(503), httpx.ReadError("reset")]
)
def test_errors_from_the_api_do_not_carry_the_live_access_token(
    reply: Any, api: Any, make_client: Callable[..., Any]
) -> None:
    """The exception keeps the request that was sent (as error.response.request or the chained httpx error)."""
    on_the_wire: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        on_the_wire.append(request.headers["authorization"])
        if isinstance(reply, Exception):
            raise reply
        return reply

    api.api_replies += [answer] * 3
    with pytest.raises((APIStatusError, APIConnectionError)) as info:
        make_client().request("GET", "/shipment/1")
    error = info.value
    sent = error.response.request if isinstance(error, APIStatusError) else error.__cause__.request
    assert sent.headers["authorization"] == "<redacted>"
    assert "tok-1-XYZ" not in repr(sent.headers)
    assert set(on_the_wire) == {"Bearer tok-1-XYZ"}  # what went on the wire was the real token, every time
