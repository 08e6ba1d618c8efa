"""The retry policy: per-method rules, backoff with jitter, Retry-After, the POST rule; checked through the client."""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord._retry import RetryPolicy, parse_retry_after
from onerecord.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)

# -- the policy on its own ---------------------------------------------------------------------------------------


def test_backoff_doubles_from_half_a_second_and_caps_at_eight() -> None:
    policy = RetryPolicy(max_retries=10)
    assert [policy.backoff(n, lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_takes_up_to_a_quarter_off() -> None:
    policy = RetryPolicy()
    assert policy.backoff(1, lambda: 0.0) == 1.0
    assert policy.backoff(1, lambda: 0.5) == 0.875
    assert policy.backoff(1, lambda: 0.999) == pytest.approx(0.75025)


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3.0), ("0", 0.0), ("1.5", 1.5), ("-4", 0.0), ("soon", None), ("nan", None), ("", None)],
)
def test_parse_retry_after_seconds(value: str, expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": value})) == expected


def test_parse_retry_after_absent() -> None:
    assert parse_retry_after(httpx.Headers()) is None


def test_parse_retry_after_http_date_against_the_date_header() -> None:
    headers = httpx.Headers({"Date": "Wed, 21 Oct 2026 07:28:00 GMT", "Retry-After": "Wed, 21 Oct 2026 07:28:30 GMT"})
    assert parse_retry_after(headers) == 30.0


def test_parse_retry_after_http_date_against_now_and_in_the_past() -> None:
    target = 1_800_000_000.0
    headers = httpx.Headers({"Retry-After": email.utils.formatdate(target, usegmt=True)})
    assert parse_retry_after(headers, now=target - 12) == 12.0
    assert parse_retry_after(headers, now=target + 50) == 0.0


# -- through the client --------------------------------------------------------------------------------------------


def status(code: int, **kwargs: Any) -> httpx.Response:
    return httpx.Response(code, **kwargs)


def test_get_retries_5xx_with_exact_backoff_then_succeeds(
    api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    api.api_replies += [status(503), status(500)]
    client = make_client(rng=lambda: 0.5)
    assert client.request("GET", "/shipment").json() == {"ok": True}
    assert len(api.api_requests) == 3
    assert clock.sleeps == [0.5 * 0.875, 1.0 * 0.875]


def test_get_gives_up_after_max_retries(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(502)] * 5
    client = make_client(max_retries=3)
    with pytest.raises(InternalServerError) as info:
        client.request("GET", "/shipment")
    assert info.value.status_code == 502
    assert len(api.api_requests) == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_max_retries_zero_never_retries(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(503)]
    with pytest.raises(InternalServerError):
        make_client(max_retries=0).request("GET", "/shipment")
    assert len(api.api_requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
@pytest.mark.parametrize("code", [408, 429, 500, 503, 504, 520])
def test_idempotent_methods_retry_retryable_statuses(
    method: str, code: int, api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    api.api_replies += [status(code)]
    make_client().request(method, "/shipment/1", json={"a": 1} if method == "PUT" else None)
    assert len(api.api_requests) == 2
    assert clock.sleeps == [0.5]
    assert api.api_requests[1].content == api.api_requests[0].content


@pytest.mark.parametrize("code", [400, 404, 409, 422, 418])
def test_client_errors_are_not_retried(code: int, api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(code)]
    with pytest.raises(Exception) as info:
        make_client().request("GET", "/shipment")
    assert getattr(info.value, "status_code", None) == code
    assert len(api.api_requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("code", [500, 502, 503, 408])
def test_post_is_not_retried_on_5xx_or_408(code: int, api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(code)]
    with pytest.raises(Exception) as info:
        make_client().request("POST", "/shipment", json={"departure": "CDG"})
    assert getattr(info.value, "status_code", None) == code
    assert len(api.api_requests) == 1
    assert clock.sleeps == []


def test_post_is_not_retried_after_a_read_timeout(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [httpx.ReadTimeout("slow")]
    with pytest.raises(APITimeoutError) as info:
        make_client().request("POST", "/shipment", json={})
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.request_method == "POST"
    assert len(api.api_requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("t"), httpx.PoolTimeout("p")])
def test_post_is_retried_when_never_sent(
    error: Exception, api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    api.api_replies += [error]
    assert make_client().request("POST", "/shipment", json={"x": 1}).status_code == 200
    assert len(api.api_requests) == 2
    assert clock.sleeps == [0.5]


def test_post_is_retried_on_429_honouring_retry_after(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(429, headers={"Retry-After": "2"})]
    make_client().request("POST", "/shipment", json={})
    assert len(api.api_requests) == 2
    assert clock.sleeps == [2.0]


@pytest.mark.parametrize("error", [httpx.ReadTimeout("t"), httpx.ReadError("reset"), httpx.RemoteProtocolError("x")])
def test_get_is_retried_after_transport_errors(
    error: Exception, api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    api.api_replies += [error, error]
    assert make_client().request("GET", "/shipment").status_code == 200
    assert clock.sleeps == [0.5, 1.0]


def test_exhausted_transport_errors_raise_connection_errors(
    api: Any, clock: Any, make_client: Callable[..., Any]
) -> None:
    api.api_replies += [httpx.ConnectError("refused")] * 3
    with pytest.raises(APIConnectionError) as info:
        make_client().request("GET", "/shipment")
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.request_sent is False  # no connection was made: a create would be safe to repeat
    assert len(api.api_requests) == 3


@pytest.mark.parametrize(
    ("error", "cls", "sent"),
    [
        (httpx.ConnectTimeout("t"), APITimeoutError, False),
        (httpx.PoolTimeout("t"), APITimeoutError, False),
        (httpx.ReadTimeout("t"), APITimeoutError, True),
        (httpx.ReadError("reset"), APIConnectionError, True),
        (httpx.RemoteProtocolError("x"), APIConnectionError, True),
    ],
)
def test_post_failure_says_whether_the_request_may_have_been_processed(
    error: Exception, cls: type[APIConnectionError], sent: bool, api: Any, make_client: Callable[..., Any]
) -> None:
    api.api_replies += [error] * 3
    with pytest.raises(cls) as info:
        make_client().request("POST", "/shipment", json={})
    assert info.value.request_sent is sent
    # Only a request that certainly never left is retried: the others might have created a shipment already.
    assert len(api.api_requests) == (1 if sent else 3)


def test_huge_retry_after_raises_at_once(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(429, headers={"Retry-After": "3600"}, json={"message": "Too many"})]
    client = make_client(rate_limit=5.0)
    with pytest.raises(RateLimitError) as info:
        client.request("GET", "/shipment")
    assert info.value.retry_after == 3600.0
    assert len(api.api_requests) == 1
    assert all(s < 1 for s in clock.sleeps)  # only pacing, never the hour
    # ... and the limiter was not frozen for an hour either: the next call waits one pacing interval at most.
    clock.sleeps.clear()
    client.request("GET", "/shipment")
    assert sum(clock.sleeps) <= 0.21


def test_retry_after_of_sixty_is_still_honoured(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(503, headers={"Retry-After": "60"})]
    make_client().request("GET", "/shipment")
    assert clock.sleeps == [60.0]


def test_http_date_retry_after(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [
        status(
            429,
            headers={"Date": "Wed, 21 Oct 2026 07:28:00 GMT", "Retry-After": "Wed, 21 Oct 2026 07:28:05 GMT"},
        )
    ]
    make_client().request("GET", "/shipment")
    assert clock.sleeps == [5.0]


def test_429_without_retry_after_backs_off_then_raises(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(429)] * 3
    with pytest.raises(RateLimitError) as info:
        make_client().request("GET", "/shipment")
    assert info.value.retry_after is None
    assert clock.sleeps == [0.5, 1.0]


def test_token_request_is_retried_like_a_get(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.token_replies += [httpx.ReadTimeout("slow"), status(503)]
    assert make_client().request("POST", "/shipment", json={}).status_code == 200
    assert len(api.token_requests) == 3
    assert len(api.api_requests) == 1
    assert clock.sleeps == [0.5, 1.0]


def test_token_request_gives_up_with_connection_error(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    api.token_replies += [httpx.ConnectError("down")] * 3
    with pytest.raises(APIConnectionError):
        make_client().request("GET", "/shipment")
    assert len(api.token_requests) == 3
    assert api.api_requests == []


def test_with_options_changes_retries_for_the_copy_only(api: Any, clock: Any, make_client: Callable[..., Any]) -> None:
    client = make_client()
    api.api_replies += [status(503)]
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).request("GET", "/shipment")
    api.api_replies += [status(503)]
    assert client.request("GET", "/shipment").status_code == 200
    assert client.max_retries == 2


def test_bad_request_is_raised_not_returned(api: Any, make_client: Callable[..., Any]) -> None:
    api.api_replies += [status(400, json={"message": "Problems parsing JSON"})]
    with pytest.raises(BadRequestError, match="Problems parsing JSON"):
        make_client().request("POST", "/shipment", json={})


@pytest.mark.anyio
async def test_async_client_follows_the_same_rules(api: Any, clock: Any, make_async_client: Callable[..., Any]) -> None:
    api.api_replies += [status(503), httpx.ReadTimeout("t")]
    client = make_async_client()
    assert (await client.request("GET", "/shipment")).status_code == 200
    assert clock.sleeps == [0.5, 1.0]
    api.api_replies += [status(503)]
    with pytest.raises(InternalServerError):
        await client.request("POST", "/shipment", json={})
    api.api_replies += [status(429, headers={"Retry-After": "3600"})]
    with pytest.raises(RateLimitError) as info:
        await client.request("GET", "/shipment")
    assert info.value.retry_after == 3600.0
    assert clock.sleeps == [0.5, 1.0]
