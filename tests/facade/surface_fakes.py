"""An in-process fake of the API behind ``httpx.MockTransport``, for the facade surface tests.

The fake answers the token route by itself and records every other request, so tests assert on what really went on
the wire (``request.url.query`` bytes, JSON body) and choose each response.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

BASE_URL = "https://api.test"
SHIPMENT_ID = "0b6f5a52-3c41-4c1e-9a40-5f2b8e0f7a11"
OTHER_ID = "9d0c8a7e-1f2b-4c3d-8e9f-0a1b2c3d4e5f"

Handler = Callable[[httpx.Request], httpx.Response]


def shipment_json(shipment_id: str = SHIPMENT_ID, **fields: Any) -> dict[str, Any]:
    return {"shipmentId": shipment_id, "departure": "CDG", "arrival": "NRT", **fields}


def page_json(items: list[dict[str, Any]], next_cursor: str | None) -> dict[str, Any]:
    return {"data": items, "metadata": {"next": next_cursor}}


class FakeAPI:
    """Serves queued responses (or ``handler``) to API requests; the token route always succeeds."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.queue: list[httpx.Response] = []
        self.handler: Handler | None = None

    def reply(self, json_body: object = None, *, status: int = 200, content: bytes | None = None) -> None:
        if content is not None:
            self.queue.append(httpx.Response(status, content=content))
        elif json_body is None:
            self.queue.append(httpx.Response(status))
        else:
            self.queue.append(httpx.Response(status, json=json_body))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/authentication/oauth2/token":
            return httpx.Response(200, json={"access_token": "test-token", "expires_in": 3600, "token_type": "Bearer"})
        request.read()
        self.requests.append(request)
        if self.handler is not None:
            return self.handler(request)
        if not self.queue:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        return self.queue.pop(0)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)
