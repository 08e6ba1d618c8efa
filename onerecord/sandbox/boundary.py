"""The outermost ASGI middleware: a bound on request bodies, and a clean 500 when a handler fails anyway.

**Body size.** A body larger than ``max_body_bytes`` (default 1 MiB) answers 413 with the API's error body. A
declared ``Content-Length`` above the limit is refused before a byte of the body is read; a chunked body is
counted as it streams in and refused as soon as it passes the limit, so a 10 MB upload never sits in memory. The
rest of such a body is still on the wire, so the 413 carries ``Connection: close``.

**Query size.** More than :data:`MAX_QUERY_PARAMETERS` query parameters answer 400: each filter becomes one SQL
condition, and about a thousand of them exceed SQLite's expression depth (a 500). A request sending every query
parameter the spec declares once, and every group, stays far below the bound.

**Crashes.** Hostile input is refused with 4xx answers before it reaches storage (see ``strictjson``), but a bug
must not take the connection down with it. Starlette answers an unexpected exception with a 500 and then re-raises
it, and uvicorn then closes the kept-alive connection under the client without ``Connection: close``: the client's
next request on it fails. Here the exception is logged and answered with a JSON 500 that says ``Connection:
close``, and the server closes the connection only after that answer, as the client expects.
"""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import bad_query, field_error, send_json

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
MAX_QUERY_PARAMETERS = 400

logger = logging.getLogger("onerecord.sandbox")

_CLOSE = {"Connection": "close"}


class _BodyTooLarge(Exception):
    """Raised from ``receive`` once a streamed body passes the limit; caught below, never seen by a client."""


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the server refuses a malformed Content-Length before the app is called
    return None


class BoundaryMiddleware:
    """``max_body_bytes`` None (or 0) turns the size limit off; the crash barrier is always on."""

    def __init__(self, app: ASGIApp, max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes or None

    def _too_large(self) -> dict[str, str]:
        return {"message": f"Request body too large: at most {self.max_body_bytes} bytes are accepted"}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if sum(1 for part in scope.get("query_string", b"").split(b"&") if part) > MAX_QUERY_PARAMETERS:
            message = f"at most {MAX_QUERY_PARAMETERS} query parameters are accepted"
            await send_json(send, 400, bad_query([field_error("Query", "query", "invalid", message)]).body())
            return
        limit = self.max_body_bytes
        declared = _declared_length(scope)
        if limit is not None and declared is not None and declared > limit:
            await send_json(send, 413, self._too_large(), _CLOSE)
            return
        received = 0
        started = complete = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request" and limit is not None:
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started, complete
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                complete = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracked_send)
        except _BodyTooLarge:
            if started:
                raise
            await send_json(send, 413, self._too_large(), _CLOSE)
        except Exception:
            logger.exception("unexpected error answering %s %r", scope.get("method"), scope.get("path"))
            if not started:
                await send_json(send, 500, {"message": "Internal Server Error"}, _CLOSE)
            elif not complete:
                raise  # half an answer went out: the server must cut the connection, the client sees it cut short
