"""``client.api``: every generated operation function, called with ``client=client.api``, goes through the facade.

Proved on the wire (an in-process transport records what is sent): the facade's bearer token, its pacing (fake clock),
its retries, its typed errors and its connection pool (the one ``http_client`` given to the facade).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from onerecord_api.api.shipment import create_shipment, get_shipment, list_shipments
from onerecord_api.client import AuthenticatedClient
from onerecord_api.models import Shipment, ShipmentCreate, ShipmentList

import onerecord
from onerecord import AsyncOneRecord, OneRecord
from onerecord import _hooks as hooks

BASE = "https://api.example.test"
SECRET = "s3cr3t-for-api-tests"
SHIPMENT_ID = uuid.UUID("6f1c2a9e-54b3-4c1e-9a57-0b8f1f2d3e4a")


class Server:
    """Issues ``tok-<n>`` tokens; answers API routes from a queue (default: a shipment), recording every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.replies: list[httpx.Response] = []
        self.tokens = 0
        self.bearers: list[str | None] = []  # as received: the facade masks the header of a request that failed

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if request.url.path.endswith("/authentication/oauth2/token"):
            self.tokens += 1
            return httpx.Response(200, json={"access_token": f"tok-{self.tokens}", "token_type": "Bearer"})
        self.bearers.append(request.headers.get("authorization"))
        if self.replies:
            return self.replies.pop(0)
        return httpx.Response(
            200, json={"shipmentId": str(SHIPMENT_ID), "departure": "CDG", "customerReference": "PO-1"}
        )

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.endswith("/token")]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make(server: Server, clock: Clock, **options: Any) -> OneRecord:
    settings: dict[str, Any] = {"rate_limit": None, "max_retries": 2, "rng": lambda: 0.0}
    settings.update(options)
    return hooks.build(
        OneRecord,
        clock=clock,
        sleep=clock.sleep,
        rng=settings.pop("rng"),
        client_id=f"id-{uuid.uuid4()}",  # its own token: clients with the same credentials share one
        client_secret=SECRET,
        base_url=BASE,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
        **settings,
    )


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_the_api_object_is_what_the_generated_functions_accept(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    assert isinstance(client.api, AuthenticatedClient)
    assert client.api is client.api  # one per client, like the resources
    assert SECRET not in repr(client.api) and "tok-" not in repr(client.api)


def test_sync_and_sync_detailed_carry_the_facades_bearer_token(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    shipment = get_shipment.sync(SHIPMENT_ID, client=client.api)
    assert isinstance(shipment, Shipment) and shipment.customer_reference == "PO-1"
    detailed = get_shipment.sync_detailed(SHIPMENT_ID, client=client.api)
    assert detailed.status_code == 200
    assert server.bearers == ["Bearer tok-1", "Bearer tok-1"]
    assert server.tokens == 1  # one token for both calls: the facade's cache
    assert server.api_requests[0].url == f"{BASE}/shipment/{SHIPMENT_ID}"
    assert server.api_requests[0].headers["user-agent"].startswith("onerecord-python/")


def test_query_and_json_bodies_are_sent_as_the_generated_code_encodes_them(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    server.replies.append(httpx.Response(200, json={"data": [], "metadata": {"next": None}}))
    page = list_shipments.sync(client=client.api, pagelimit=5)
    assert isinstance(page, ShipmentList)
    assert server.api_requests[-1].url.params["page[limit]"] == "5"
    body = ShipmentCreate.from_dict(
        {
            "orderReference": "E-ONERECORD",
            "departure": "CDG",
            "departureCountry": "FR",
            "arrival": "JFK",
            "arrivalCountry": "US",
            "quantityExpected": 1,
        }
    )
    server.replies.append(httpx.Response(201, json={"shipmentId": str(SHIPMENT_ID), "departure": "CDG"}))
    created = create_shipment.sync(client=client.api, body=body)
    assert isinstance(created, Shipment)
    sent = server.api_requests[-1]
    assert sent.method == "POST" and sent.headers["content-type"] == "application/json"
    assert b'"departureCountry":"FR"' in sent.content.replace(b" ", b"")


def test_a_new_token_is_fetched_when_the_server_refuses_the_old_one(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    server.replies.append(httpx.Response(401, json={"message": "expired"}))
    assert isinstance(get_shipment.sync(SHIPMENT_ID, client=client.api), Shipment)
    assert server.bearers == ["Bearer tok-1", "Bearer tok-2"]


def test_retries_with_the_facades_backoff(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    server.replies += [httpx.Response(503, json={"message": "busy"}), httpx.Response(502, json={"message": "busy"})]
    assert isinstance(get_shipment.sync(SHIPMENT_ID, client=client.api), Shipment)
    assert len(server.api_requests) == 3
    assert clock.sleeps == [0.5, 1.0]


def test_pacing_applies_to_generated_calls(server: Server, clock: Clock) -> None:
    client = make(server, clock, rate_limit=4.0)
    for _ in range(3):
        get_shipment.sync(SHIPMENT_ID, client=client.api)
    assert len(clock.sleeps) >= 2  # calls after the first waited for their slot on the fake clock
    assert all(delay == pytest.approx(0.25, rel=0.1) for delay in clock.sleeps[-2:])


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, onerecord.NotFoundError),
        (422, onerecord.UnprocessableEntityError),
        (403, onerecord.PermissionDeniedError),
    ],
)
def test_failures_are_the_facades_typed_errors(
    server: Server, clock: Clock, status: int, error: type[onerecord.OneRecordError]
) -> None:
    client = make(server, clock, max_retries=0)
    server.replies.append(httpx.Response(status, json={"message": "refused"}))
    with pytest.raises(error) as caught:
        get_shipment.sync_detailed(SHIPMENT_ID, client=client.api)
    assert isinstance(caught.value, onerecord.APIStatusError) and caught.value.status_code == status


def test_no_answer_is_an_api_connection_error(clock: Clock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "tok", "token_type": "Bearer"})
        raise httpx.ConnectError("refused", request=request)

    client = OneRecord(
        client_id=f"id-{uuid.uuid4()}",  # its own token: clients with the same credentials share one
        client_secret=SECRET,
        base_url=BASE,
        rate_limit=None,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(refuse)),
    )
    with pytest.raises(onerecord.APIConnectionError):
        get_shipment.sync(SHIPMENT_ID, client=client.api)


def test_generated_calls_are_logged_like_the_facades(
    server: Server, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    client = make(server, clock)
    with caplog.at_level(logging.INFO, logger="onerecord"):
        get_shipment.sync(SHIPMENT_ID, client=client.api)
    assert any(f"/shipment/{SHIPMENT_ID}" in record.getMessage() for record in caplog.records)
    assert all(SECRET not in record.getMessage() and "tok-1" not in record.getMessage() for record in caplog.records)


def test_the_connection_pool_is_the_facades(server: Server, clock: Clock) -> None:
    sent: list[httpx.Request] = []

    class Recording(httpx.Client):
        def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
            sent.append(request)
            return super().send(request, **kwargs)

    client = OneRecord(
        client_id=f"pool-{uuid.uuid4()}",  # a token of its own: clients with the same credentials may share one
        client_secret=SECRET,
        base_url=BASE,
        rate_limit=None,
        http_client=Recording(transport=httpx.MockTransport(server)),
    )
    get_shipment.sync(SHIPMENT_ID, client=client.api)
    assert len(sent) == 2  # the token request and the operation, both through the facade's own httpx client


def test_a_prebuilt_request_sent_through_the_routed_client_is_authenticated(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    http = client.api.get_httpx_client()
    response = http.send(http.build_request("GET", f"/shipment/{SHIPMENT_ID}"))
    assert response.status_code == 200
    sent = server.api_requests[-1]
    assert sent.headers["authorization"] == "Bearer tok-1"
    assert sent.headers["user-agent"].startswith("onerecord-python/") and sent.headers["accept"] == "application/json"
    server.replies.append(httpx.Response(404, json={"message": "gone"}))
    with pytest.raises(onerecord.NotFoundError):
        http.send(http.build_request("GET", f"/shipment/{SHIPMENT_ID}"))


def test_with_options_copies_get_their_own_view(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    faster = client.with_options(timeout=3.0)
    assert faster.api is not client.api
    get_shipment.sync(SHIPMENT_ID, client=faster.api)
    assert server.api_requests[-1].extensions["timeout"]["read"] == 3.0


def test_mixing_sync_and_async_is_refused_not_sent_unauthenticated(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    with pytest.raises(TypeError, match="AsyncOneRecord"):
        client.api.get_async_httpx_client()
    aclient = AsyncOneRecord(client_id=f"id-{uuid.uuid4()}", client_secret=SECRET, base_url=BASE)
    with pytest.raises(TypeError, match="OneRecord"):
        aclient.api.get_httpx_client()
    assert server.requests == []


def run(coro_factory: Callable[[], Any]) -> Any:
    return asyncio.run(coro_factory())


def test_asyncio_functions_go_through_the_async_facade(server: Server, clock: Clock) -> None:
    async def scenario() -> list[Any]:
        async with hooks.build(
            AsyncOneRecord,
            clock=clock,
            sleep=clock.async_sleep,
            rng=lambda: 0.0,
            client_id=f"id-{uuid.uuid4()}",  # its own token: clients with the same credentials share one
            client_secret=SECRET,
            base_url=BASE,
            rate_limit=None,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(server)),
        ) as aclient:
            server.replies.append(httpx.Response(500, json={"message": "oops"}))
            first = await get_shipment.asyncio(SHIPMENT_ID, client=aclient.api)
            second = await get_shipment.asyncio_detailed(SHIPMENT_ID, client=aclient.api)
            server.replies.append(httpx.Response(404, json={"message": "gone"}))
            try:
                await get_shipment.asyncio(SHIPMENT_ID, client=aclient.api)
            except onerecord.NotFoundError as error:
                return [first, second.status_code, error]
            return [first, second.status_code, None]

    first, status, error = run(scenario)
    assert isinstance(first, Shipment) and status == 200 and isinstance(error, onerecord.NotFoundError)
    assert set(server.bearers) == {"Bearer tok-1"}
    assert clock.sleeps == [0.5]  # the 500 was retried with the facade's backoff


def test_with_timeout_gives_a_view_of_a_copy_with_that_timeout(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    slower = client.api.with_timeout(httpx.Timeout(7.0))
    assert isinstance(slower, AuthenticatedClient) and slower is not client.api
    get_shipment.sync(SHIPMENT_ID, client=slower)
    assert server.api_requests[-1].extensions["timeout"]["read"] == 7.0
    assert server.tokens == 1  # the copy shares the original's token


def test_with_headers_follows_with_options(server: Server, clock: Clock) -> None:
    """``with_headers`` maps to ``with_options(headers=...)`` (branch pinnable); without that option it says so."""
    client = make(server, clock)
    if "headers" not in inspect.signature(OneRecord.with_options).parameters:
        with pytest.raises(TypeError, match="headers"):
            client.api.with_headers({"X-Trace": "t-1"})
        return
    traced = client.api.with_headers({"X-Trace": "t-1"})
    get_shipment.sync(SHIPMENT_ID, client=traced)
    assert server.api_requests[-1].headers["x-trace"] == "t-1"


def test_cookies_and_unsupported_bodies_are_refused_before_sending(server: Server, clock: Clock) -> None:
    client = make(server, clock)
    with pytest.raises(TypeError, match="cookies"):
        client.api.with_cookies({"a": "b"})
    http = client.api.get_httpx_client()
    with pytest.raises(ValueError, match="data="):
        http.request("POST", "/shipment", data={"a": "b"})
    with pytest.raises(ValueError, match="x-custom"):
        http.request("GET", "/shipment", headers={"X-Custom": "1"})
    assert server.requests == []
