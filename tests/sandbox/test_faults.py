"""Injected faults: 500/503 before the handler (nothing written), reset after it (written, answer lost), slow."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox, SandboxControl, SandboxTransport, create_app
from onerecord.sandbox.faults import FaultInjector, parse_faults

Api = Callable[[str], httpx.Client]
BODY = {
    "orderReference": "E-ONERECORD",
    "departure": "CDG",
    "departureCountry": "FR",
    "arrival": "JFK",
    "arrivalCountry": "US",
    "quantityExpected": 1,
}


def count(control: SandboxControl, api: Api) -> int:
    control.set_faults(None)
    return len(api("forwarder").get("/shipment", params={"page[limit]": 200}).json()["data"])


@pytest.mark.parametrize(("kind", "status"), [("500", 500), ("503", 503)])
def test_server_errors_fire_before_the_handler(api: Api, control: SandboxControl, kind: str, status: int) -> None:
    client = api("forwarder")
    control.set_faults(f"{kind}:1")
    response = client.post("/shipment", json=BODY)
    assert response.status_code == status
    assert response.headers["X-Sandbox-Fault"] == kind
    assert response.json()["message"]
    if kind == "503":
        assert response.headers["Retry-After"] == "1"
    assert count(control, api) == 0  # nothing was written


def test_reset_fires_after_the_handler(api: Api, control: SandboxControl) -> None:
    client = api("forwarder")
    control.set_faults("reset:1")
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/shipment", json=BODY)
    assert count(control, api) == 1  # the write happened; only the answer was lost


def test_reset_loses_even_a_bodyless_answer(api: Api, control: SandboxControl) -> None:
    client = api("forwarder")
    shipment_id = client.post("/shipment", json=BODY).json()["shipmentId"]
    control.set_faults("reset:1")
    with pytest.raises(httpx.RemoteProtocolError):
        client.delete(f"/shipment/{shipment_id}")
    control.set_faults(None)
    assert client.get(f"/shipment/{shipment_id}").status_code == 404


def test_slow_waits_before_answering_normally(clock: Any) -> None:
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    app = create_app(seed="empty", rate_limit=0, faults="slow:1", clock=clock, sleep=fake_sleep, slow_seconds=3.5)
    with httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as client:
        response = client.post("/authentication/oauth2/token", data={"grant_type": "client_credentials"})
    assert response.status_code == 400
    assert delays == [3.5]


def test_faults_never_touch_the_control_surface(control: SandboxControl) -> None:
    control.set_faults("500:1")
    assert control.reference()["serviceTypes"]


def test_draws_are_seeded_and_follow_the_rates() -> None:
    spec = "500:0.05,503:0.05,reset:0.02,slow:0.02"
    one, two, other = FaultInjector(spec, seed=3), FaultInjector(spec, seed=3), FaultInjector(spec, seed=4)
    sequence = [one.draw() for _ in range(5000)]
    assert sequence == [two.draw() for _ in range(5000)]
    assert sequence != [other.draw() for _ in range(5000)]
    for kind, rate in parse_faults(spec).items():
        assert abs(sequence.count(kind) / 5000 - rate) < 0.015, kind
    assert sequence.count(None) > 4000


@pytest.mark.parametrize("spec", ["404:0.1", "500", "500:2", "500:0.6,503:0.6", "slow:x"])
def test_bad_fault_specs_are_refused(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_faults(spec)


def test_reset_over_a_real_connection() -> None:
    with Sandbox(seed="empty", rate_limit=0, faults="reset:1") as sandbox:
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.post(f"{sandbox.base_url}/authentication/oauth2/token", data={"grant_type": "client_credentials"})
        sandbox.control.set_faults(None)
        response = httpx.post(f"{sandbox.base_url}/authentication/oauth2/token", data={"grant_type": "x"})
        assert response.status_code == 400


def test_an_unexpected_error_answers_500_in_process_as_over_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a handler is a 500 for the client, as uvicorn would answer, not an exception out of the transport."""
    from onerecord.sandbox import shipments

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(shipments, "list_shipments", broken)
    transport = SandboxTransport(create_app(seed="empty", rate_limit=0))
    with httpx.Client(transport=transport, base_url="http://localhost") as client:
        client_id, secret = DEMO_CREDENTIALS["forwarder"]
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        token = client.post("/authentication/oauth2/token", data=form).json()["access_token"]
        response = client.get("/shipment", headers={"Authorization": f"Bearer {token}"})
    transport.close()
    assert response.status_code == 500
    assert response.json() == {"message": "Internal Server Error"}


def test_an_error_before_any_answer_is_a_plain_500() -> None:
    async def crash(scope: Any, receive: Any, send: Any) -> None:
        raise RuntimeError("nothing sent")

    transport = SandboxTransport(crash)
    with httpx.Client(transport=transport, base_url="http://localhost") as client:
        assert client.get("/anything").status_code == 500
    transport.close()


def test_closing_a_shared_transport_lets_a_request_in_flight_finish() -> None:
    """Another client of the same transport closing it (as ``with httpx.Client(...)`` does on exit) must not strand
    a request running on another thread: it used to stop the loop under it and leave it waiting forever."""
    started = threading.Event()
    releases: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    async def held_app(scope: Any, receive: Any, send: Any) -> None:
        release = asyncio.Event()
        releases.append((asyncio.get_running_loop(), release))
        started.set()
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"done"})

    transport = SandboxTransport(held_app)
    answers: list[httpx.Response] = []
    client = httpx.Client(transport=transport, base_url="http://localhost")
    worker = threading.Thread(target=lambda: answers.append(client.get("/")), daemon=True)
    worker.start()
    assert started.wait(5)
    transport.close()
    loop, release = releases[0]
    loop.call_soon_threadsafe(release.set)
    worker.join(5)
    assert [a.text for a in answers] == ["done"]
    # The loop stopped once idle; a later request starts a new one.
    started.clear()
    later = threading.Thread(target=lambda: answers.append(client.get("/")), daemon=True)
    later.start()
    assert started.wait(5)
    loop, release = releases[1]
    loop.call_soon_threadsafe(release.set)
    later.join(5)
    assert [a.text for a in answers] == ["done", "done"]
    transport.close()
