"""In-process httpx transports: requests go straight to the sandbox's ASGI app, with no socket.

A small ASGI caller of our own (instead of ``httpx.ASGITransport``) so that a response the app leaves unfinished,
as the ``reset`` fault does, surfaces as ``httpx.RemoteProtocolError`` exactly as it would over a real connection.
Use ``base_url="http://localhost"``.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import anyio
import httpx
from starlette.types import ASGIApp, Message

from .app import create_app


async def call_app(app: ASGIApp, request: httpx.Request, body: bytes) -> httpx.Response:
    """Run one request through ``app`` and collect its whole response."""
    url = request.url
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme,
        "path": url.path,
        "raw_path": url.raw_path.split(b"?", 1)[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "client": ("127.0.0.1", 50000),
        "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
    }
    done = anyio.Event()
    sent_body = False
    status: int | None = None
    headers: list[tuple[bytes, bytes]] = []
    chunks: list[bytes] = []

    async def receive() -> Message:
        nonlocal sent_body
        if not sent_body:
            sent_body = True
            return {"type": "http.request", "body": body, "more_body": False}
        await done.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status, headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                done.set()

    try:
        await app(scope, receive, send)
    except Exception:
        # Starlette answers an unexpected error with a 500 and then re-raises it for the server to log; a server
        # keeps serving and the client sees that 500, so the transport must too (and a 500 if nothing was sent).
        if status is None:
            status, headers, chunks = 500, [(b"content-type", b"text/plain")], [b"Internal Server Error"]
            done.set()
    finally:
        complete = done.is_set()
        done.set()
    if status is None or not complete:
        raise httpx.RemoteProtocolError("Server disconnected without sending a complete response", request=request)
    return httpx.Response(status, headers=headers, content=b"".join(chunks), request=request)


def _serve_forever(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        loop.close()


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """For ``httpx.AsyncClient``: ``AsyncSandboxTransport(app)`` or ``AsyncSandboxTransport(seed="empty", ...)``."""

    def __init__(self, app: ASGIApp | None = None, **app_options: Any) -> None:
        self.app = app if app is not None else create_app(**app_options)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await call_app(self.app, request, await request.aread())


class SandboxTransport(httpx.BaseTransport):
    """For a sync ``httpx.Client``: runs the app on an event loop in a daemon thread, started on first use.

    One transport is often shared (an ``httpx.Client`` and a ``SandboxControl``, or several threads), and closing
    any client closes it. So :meth:`close` stops the loop only once no request is in flight: stopping it under a
    running request would leave that request waiting forever. A request after ``close`` starts a new loop.
    """

    def __init__(self, app: ASGIApp | None = None, **app_options: Any) -> None:
        self.app = app if app is not None else create_app(**app_options)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._in_flight = 0
        self._closing = False

    def _enter(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=_serve_forever, args=(loop,), name="sandbox-transport", daemon=True).start()
                self._loop = loop
            self._in_flight += 1
            return self._loop

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1
            self._stop_if_idle()

    def _stop_if_idle(self) -> None:
        """Stop the loop if ``close`` was asked for and nothing runs on it; call with the lock held."""
        if self._closing and self._in_flight == 0 and self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._loop, self._closing = None, False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        loop = self._enter()
        try:
            return asyncio.run_coroutine_threadsafe(call_app(self.app, request, body), loop).result()
        finally:
            self._leave()

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._stop_if_idle()
