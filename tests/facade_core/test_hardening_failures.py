"""Issue 11, items 1, 3, 4 and 8: typed failures whatever the server sends, ``request_sent`` over the whole call,
a DELETE whose lost answer is found on retry, and log lines that cannot be forged."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from onerecord import OneRecord
from onerecord._auth import MAX_LIFETIME
from onerecord._hooks import build
from onerecord.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    ResponseValidationError,
)

SHIPMENT = "0b6f5a52-3c41-4c1e-9a40-5f2b8e0f7a11"
DEEP = b"[" * 1_000 + b"]" * 1_000
DEEP_OBJECT = b'{"code": "CDG", "name": ' + b'{"a": ' * 1_000 + b"1" + b"}" * 1_000 + b"}"


@pytest.fixture
def facade(api: Any, clock: Any) -> Iterator[Callable[..., OneRecord]]:
    """``OneRecord`` (the facade, resources included) over the scripted API of conftest."""
    made: list[OneRecord] = []

    def make(**overrides: Any) -> OneRecord:
        options: dict[str, Any] = {
            "client_id": "client-id-123",
            "client_secret": "s3cr3t-VALUE-4f9a77",
            "base_url": "https://api.example.test",
            "http_client": httpx.Client(transport=api.transport),
            "clock": clock,
            "sleep": clock.sleep,
            "rng": lambda: 0.0,
            "rate_limit": None,
        }
        options.update(overrides)
        made.append(build(OneRecord, **options))
        return made[-1]

    yield make
    for client in made:
        client._http.close()


# -- item 1: whatever the server sends, a OneRecordError ---------------------------------------------------------


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["deep-array", "deep-object"])
def test_a_deeply_nested_2xx_body_is_a_response_validation_error(
    body: bytes, api: Any, facade: Callable[..., OneRecord]
) -> None:
    api.api_replies.append(httpx.Response(200, content=body))
    with pytest.raises(ResponseValidationError, match="not JSON"):
        facade().places.get("CDG")


def test_a_deeply_nested_error_body_keeps_its_status_class(api: Any, facade: Callable[..., OneRecord]) -> None:
    api.api_replies.append(httpx.Response(400, content=DEEP))
    with pytest.raises(BadRequestError) as info:
        facade().places.get("CDG")
    assert info.value.body == DEEP.decode()  # kept as text, like any body that is not JSON


def test_a_deeply_nested_token_response_is_an_authentication_error(api: Any, facade: Callable[..., OneRecord]) -> None:
    api.token_replies.append(httpx.Response(200, content=DEEP_OBJECT.replace(b'"code"', b'"access_token"')))
    with pytest.raises(AuthenticationError):
        facade().places.get("CDG")
    api.token_replies.append(httpx.Response(401, content=DEEP))
    with pytest.raises(AuthenticationError):
        facade().places.get("CDG")


@pytest.mark.parametrize("expires_in", [b"1" + b"0" * 400, b"1e400", b"-" + b"9" * 400])
def test_an_absurd_expires_in_is_not_an_overflow(
    expires_in: bytes, api: Any, clock: Any, facade: Callable[..., OneRecord]
) -> None:
    api.token_replies.append(httpx.Response(200, content=b'{"access_token": "tok", "expires_in": ' + expires_in + b"}"))
    api.api_replies += [httpx.Response(200, json={"code": "CDG"})] * 2
    client = facade()
    assert client.places.get("CDG").code == "CDG"
    clock.advance(MAX_LIFETIME)  # even a token said to live for ever is renewed within a day
    client.places.get("CDG")
    assert len(api.token_requests) == 2


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_non_standard_json_constants_are_refused(constant: bytes, api: Any, facade: Callable[..., OneRecord]) -> None:
    shipment = b'{"shipmentId": "' + SHIPMENT.encode() + b'", "quantityExpected": ' + constant + b"}"
    api.api_replies.append(httpx.Response(200, content=shipment))
    with pytest.raises(ResponseValidationError, match=constant.decode().lstrip("-")):
        facade().shipments.get(SHIPMENT)
    page = b'{"data": [' + shipment + b'], "metadata": {"next": null}}'
    api.api_replies.append(httpx.Response(200, content=page))
    with pytest.raises(ResponseValidationError):
        list(facade().shipments.list())


def test_a_deeply_nested_cursor_is_described_without_recursion(api: Any, facade: Callable[..., OneRecord]) -> None:
    cursor = b'{"a": ' * 90 + b"1" + b"}" * 90
    api.api_replies.append(httpx.Response(200, content=b'{"data": [], "metadata": {"next": ' + cursor + b"}}"))
    with pytest.raises(ResponseValidationError, match=r"metadata.next must be a string or null, got \{'a': \{"):
        list(facade().countries.list())


# -- item 3: DELETE found gone on retry; request_sent over the whole call ----------------------------------------


@pytest.mark.parametrize(
    "lost",
    [httpx.ReadError("connection reset"), httpx.ReadTimeout("timed out"), httpx.Response(503), httpx.Response(504)],
    ids=["reset", "read-timeout", "503", "504"],
)
def test_a_delete_whose_answer_was_lost_and_whose_retry_finds_nothing_succeeds(
    lost: Any, api: Any, facade: Callable[..., OneRecord], caplog: pytest.LogCaptureFixture
) -> None:
    api.api_replies += [lost, httpx.Response(404, json={"message": "Shipment not found"})]
    with caplog.at_level(logging.INFO, logger="onerecord"):
        assert facade().shipments.delete(SHIPMENT) is None
    assert [r.method for r in api.api_requests] == ["DELETE", "DELETE"]
    assert any("404 on retry" in r.getMessage() and "taken as done" in r.getMessage() for r in caplog.records)


def test_request_returns_the_404_of_a_delete_gone_on_retry(api: Any, facade: Callable[..., OneRecord]) -> None:
    api.api_replies += [httpx.ReadError("reset"), httpx.Response(404)]
    response = facade().request("DELETE", f"/shipment/{SHIPMENT}")
    assert response.status_code == 404
    assert response.request.headers["authorization"] == "<redacted>"


@pytest.mark.parametrize(
    "first",
    [None, httpx.ConnectError("refused"), httpx.Response(429, headers={"Retry-After": "1"})],
    ids=["first-attempt", "never-connected", "rate-limited"],
)
def test_a_404_is_still_an_error_when_no_earlier_attempt_can_have_deleted(
    first: Any, api: Any, facade: Callable[..., OneRecord]
) -> None:
    api.api_replies += [first, httpx.Response(404)] if first is not None else [httpx.Response(404)]
    with pytest.raises(NotFoundError):
        facade().shipments.delete(SHIPMENT)


def test_other_methods_are_not_taken_as_done_on_a_404(api: Any, facade: Callable[..., OneRecord]) -> None:
    api.api_replies += [httpx.ReadError("reset"), httpx.Response(404)]
    with pytest.raises(NotFoundError):
        facade().shipments.get(SHIPMENT)


def test_request_sent_stays_true_once_an_attempt_may_have_been_processed(
    api: Any, facade: Callable[..., OneRecord]
) -> None:
    """A read timeout (maybe processed), then a retry that cannot even connect: the call may have been processed."""
    api.api_replies += [httpx.ReadTimeout("slow"), httpx.ConnectError("refused"), httpx.ConnectError("refused")]
    with pytest.raises(APIConnectionError) as info:
        facade().shipments.get(SHIPMENT)
    assert info.value.request_sent is True


def test_request_sent_is_false_when_no_attempt_left(api: Any, facade: Callable[..., OneRecord]) -> None:
    api.api_replies += [httpx.ConnectError("refused")] * 3
    with pytest.raises(APIConnectionError) as info:
        facade().shipments.create(
            order_reference="E-ONERECORD", departure="CDG", departure_country="FR",
            arrival="NRT", arrival_country="JP", quantity_expected=1,
        )  # fmt: skip
    assert info.value.request_sent is False


# -- item 4: a failed token request: none of the waiting API calls was sent ----------------------------------------


@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("token route slow"), httpx.ReadError("reset")], ids=["timeout", "reset"]
)
def test_a_failed_token_request_tells_every_waiting_call_it_was_not_sent(
    failure: Exception, api: Any, facade: Callable[..., OneRecord]
) -> None:
    """All callers are waiting on the one token request when it fails (as in test_auth's single-flight test)."""
    client = facade(max_retries=0)
    callers = 8
    entered = 0
    all_in = threading.Condition()
    original = client._auth.get_token

    def counting_get_token() -> str:
        nonlocal entered
        with all_in:
            entered += 1
            all_in.notify_all()
        return original()

    def failing_token_route(request: httpx.Request) -> httpx.Response:
        with all_in:
            assert all_in.wait_for(lambda: entered >= callers, timeout=10)
        raise failure

    client._auth.get_token = counting_get_token  # type: ignore[method-assign]
    api.token_replies.append(failing_token_route)

    def call(_: int) -> BaseException | None:
        try:
            client.places.get("CDG")
        except BaseException as error:
            return error
        return None

    with ThreadPoolExecutor(max_workers=callers) as pool:
        errors = list(pool.map(call, range(callers)))
    assert api.api_requests == []
    assert len(api.token_requests) == 1
    assert all(isinstance(e, APIConnectionError) for e in errors), errors
    assert [e.request_sent for e in errors if isinstance(e, APIConnectionError)] == [False] * callers


def test_a_failed_token_renewal_after_a_lost_answer_still_says_sent(
    api: Any, clock: Any, facade: Callable[..., OneRecord]
) -> None:
    def lost_and_expired(request: httpx.Request) -> httpx.Response:
        clock.advance(3_600)  # the token expires meanwhile: the retry needs a new one, which cannot be had
        raise httpx.ReadError("reset")

    api.api_replies.append(lost_and_expired)
    api.token_replies += [api.issue_token(), *[httpx.ConnectError("refused")] * 3]
    with pytest.raises(APIConnectionError) as info:
        facade().shipments.update(SHIPMENT, customer_reference="PO-1")
    assert info.value.request_sent is True
    assert isinstance(info.value.__cause__, APIConnectionError) and info.value.__cause__.request_sent is False


# -- item 8: no forged log line -------------------------------------------------------------------------------------


def test_control_characters_in_a_path_cannot_forge_a_log_line(
    api: Any, facade: Callable[..., OneRecord], caplog: pytest.LogCaptureFixture
) -> None:
    forged = "CDG\n[2026-01-01 00:00:00,000 - onerecord:INFO] DELETE /shipment/all -> 204\r\x1b[2J\u2028"
    api.api_replies.append(httpx.Response(404))
    with caplog.at_level(logging.DEBUG, logger="onerecord"), pytest.raises(APIStatusError):
        facade().places.get(forged)
    lines = [r.getMessage() for r in caplog.records if r.name == "onerecord" and "/place/" in r.getMessage()]
    assert len(lines) == 2  # the request line and its debug headers line
    for line in lines:
        assert not any(c in line for c in "\n\r\x1b\u2028"), line
        assert "/place/CDG\\x0a[2026-01-01" in line


@pytest.mark.anyio
async def test_a_failed_token_request_tells_every_waiting_task_it_was_not_sent(
    make_async_client: Callable[..., Any],
) -> None:
    client = make_async_client(max_retries=0)
    tasks = 16
    entered = 0
    original = client._auth.aget_token
    token_requests: list[httpx.Request] = []

    async def counting_aget_token() -> str:
        nonlocal entered
        entered += 1
        token: str = await original()
        return token

    async def handler(request: httpx.Request) -> httpx.Response:
        token_requests.append(request)
        for _ in range(1000):  # let every task reach the wait for this token request
            if entered >= tasks:
                break
            await asyncio.sleep(0)
        raise httpx.ReadTimeout("token route slow")

    client._auth.aget_token = counting_aget_token  # type: ignore[method-assign]
    client._http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    results = await asyncio.gather(*(client.request("GET", "/shipment") for _ in range(tasks)), return_exceptions=True)
    assert len(token_requests) == 1
    assert all(isinstance(r, APIConnectionError) and r.request_sent is False for r in results), results
