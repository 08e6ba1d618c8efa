"""Per-client rolling-second rate limit: 429 with an integer Retry-After, and the clock moves it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord.sandbox import DEMO_CREDENTIALS, SandboxControl
from onerecord.sandbox.ratelimit import RateLimiter

Api = Callable[[str], httpx.Client]


@pytest.fixture
def app_options() -> dict[str, Any]:
    return {"seed": "empty", "rate_limit": 3}


def test_over_the_limit_answers_429_with_retry_after(api: Api, clock: Any) -> None:
    client = api("forwarder")  # the token request was counted for the address, not the client
    assert [client.get("/shipment").status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get("/shipment")
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "1"
    assert "rate limit" in refused.json()["message"]
    clock.advance(0.5)
    assert client.get("/shipment").status_code == 429
    clock.advance(0.5)
    assert client.get("/shipment").status_code == 200


def test_the_window_rolls(api: Api, clock: Any) -> None:
    client = api("forwarder")
    client.get("/shipment")
    clock.advance(0.6)
    client.get("/shipment")
    client.get("/shipment")
    assert client.get("/shipment").status_code == 429
    clock.advance(0.4)  # the first request left the window: one slot free
    assert client.get("/shipment").status_code == 200
    assert client.get("/shipment").status_code == 429


def test_clients_are_limited_separately(api: Api) -> None:
    forwarder, shipper = api("forwarder"), api("shipper")
    for _ in range(3):
        forwarder.get("/shipment")
    assert forwarder.get("/shipment").status_code == 429
    assert shipper.get("/shipment").status_code == 200


def test_token_route_is_limited_by_address(http: httpx.Client) -> None:
    client_id, secret = DEMO_CREDENTIALS["agent"]
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    codes = [http.post("/authentication/oauth2/token", data=form).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_control_surface_is_never_limited_and_can_lift_the_limit(api: Api, control: SandboxControl) -> None:
    for _ in range(10):
        control.reference()
    client = api("forwarder")
    for _ in range(3):
        client.get("/shipment")
    assert client.get("/shipment").status_code == 429
    control.set_rate_limit(0)
    assert all(client.get("/shipment").status_code == 200 for _ in range(20))


def test_a_fractional_rate_is_honoured_on_average() -> None:
    """``--rate-limit 0.5`` means one request every two seconds, not one a second."""
    now = [1000.0]
    limiter = RateLimiter(0.5, lambda: now[0])
    assert limiter.hit("client") is None
    now[0] += 1.5
    assert limiter.hit("client") == 1
    now[0] += 0.5
    assert limiter.hit("client") is None
    whole = RateLimiter(5, lambda: now[0])
    assert [whole.hit("c") for _ in range(6)] == [None] * 5 + [1]
