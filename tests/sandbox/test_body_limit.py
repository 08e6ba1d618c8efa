"""Request bodies are bounded (1 MiB by default): a larger one answers 413 and is never read to its end."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from onerecord.sandbox import DEMO_CREDENTIALS, Sandbox, SandboxTransport, create_app
from onerecord.sandbox.__main__ import parse_args
from onerecord.sandbox.boundary import DEFAULT_MAX_BODY_BYTES

EXPORT: dict[str, Any] = {
    "orderReference": "E-ONERECORD",
    "departure": "CDG",
    "departureCountry": "FR",
    "arrival": "NRT",
    "arrivalCountry": "JP",
    "quantityExpected": 4,
}
TEN_MB = 10 * 1024 * 1024


def _login(http: httpx.Client) -> None:
    client_id, secret = DEMO_CREDENTIALS["forwarder"]
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    http.headers["Authorization"] = (
        "Bearer " + http.post("/authentication/oauth2/token", data=form).json()["access_token"]
    )


def _count(http: httpx.Client) -> int:
    return len(http.get("/shipment", params={"page[limit]": 200}).json()["data"])


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed="empty", rate_limit=0) as server:
        yield server


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, timeout=30) as client:
        _login(client)
        yield client


def _chunks(body: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start : start + size]


@pytest.mark.parametrize("streamed", [False, True], ids=["content-length", "chunked"])
def test_a_10_mb_body_gets_413_and_is_not_stored(http: httpx.Client, streamed: bool) -> None:
    before = _count(http)
    body = httpx.Request("POST", "/", json={**EXPORT, "goodsDescription": "x" * TEN_MB}).read()
    content: bytes | Iterator[bytes] = _chunks(body) if streamed else body
    response = http.post("/shipment", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert response.json() == {
        "message": f"Request body too large: at most {DEFAULT_MAX_BODY_BYTES} bytes are accepted"
    }
    assert response.headers["connection"] == "close"  # the rest of the body is still on the wire
    assert _count(http) == before
    assert [http.post("/shipment", json=EXPORT).status_code for _ in range(5)] == [201] * 5


def test_the_token_route_and_the_control_surface_are_bounded_too(http: httpx.Client) -> None:
    big_form = {"grant_type": "client_credentials", "client_id": "x" * (2 * DEFAULT_MAX_BODY_BYTES)}
    assert http.post("/authentication/oauth2/token", data=big_form).status_code == 413
    assert http.post("/_sandbox/clock", json={"advance": 0, "pad": "x" * DEFAULT_MAX_BODY_BYTES}).status_code == 413


def _clock_body(size: int) -> bytes:
    """A control-surface body of exactly ``size`` bytes (its padding field is ignored)."""
    bare = len(json.dumps({"advance": 0, "pad": ""}))
    return json.dumps({"advance": 0, "pad": "x" * (size - bare)}).encode()


def test_a_body_at_the_limit_passes_and_one_byte_more_does_not() -> None:
    app = create_app(seed="empty", rate_limit=0, max_body_bytes=2000)
    with httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as http:
        headers = {"Content-Type": "application/json"}
        assert http.post("/_sandbox/clock", content=_clock_body(2000), headers=headers).status_code == 200
        assert http.post("/_sandbox/clock", content=_clock_body(2001), headers=headers).status_code == 413


@pytest.mark.parametrize("limit", [None, 0])
def test_the_limit_can_be_turned_off(limit: int | None) -> None:
    app = create_app(seed="empty", rate_limit=0, max_body_bytes=limit)
    with httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as http:
        body = _clock_body(2 * DEFAULT_MAX_BODY_BYTES)
        response = http.post("/_sandbox/clock", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200


def test_the_limit_is_a_cli_flag_and_a_sandbox_option() -> None:
    assert parse_args([]).max_body_bytes == DEFAULT_MAX_BODY_BYTES
    assert parse_args(["--max-body-bytes", "5000"]).max_body_bytes == 5000
    with pytest.raises(SystemExit):
        parse_args(["--max-body-bytes", "-1"])
    with Sandbox(seed="empty", rate_limit=0, max_body_bytes=10) as sandbox:
        response = httpx.post(f"{sandbox.base_url}/_sandbox/clock", json={"advance": 0})
    assert response.status_code == 413


async def _run(app: Any, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> tuple[int, int]:
    """Call the app directly with a body in ``chunks``; returns the status and how many chunks it pulled."""
    pulled = 0
    statuses: list[int] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": chunks[pulled - 1], "more_body": pulled < len(chunks)}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/_sandbox/clock",
        "raw_path": b"/_sandbox/clock",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"localhost"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 1),
        "server": ("localhost", 80),
    }
    await app(scope, receive, send)
    return statuses[0], pulled


def test_a_streamed_body_is_refused_as_soon_as_it_passes_the_limit() -> None:
    """160 chunks of 64 KiB (10 MiB) announced without a length: the 413 comes after the 17th, not the 160th."""
    app = create_app(seed="empty", rate_limit=0)
    chunks = [b" " * 65536] * 160
    assert asyncio.run(_run(app, [], chunks)) == (413, DEFAULT_MAX_BODY_BYTES // 65536 + 1)


def test_a_declared_length_above_the_limit_is_refused_before_reading() -> None:
    app = create_app(seed="empty", rate_limit=0)
    assert asyncio.run(_run(app, [(b"content-length", str(TEN_MB).encode())], [b"{}"])) == (413, 0)
