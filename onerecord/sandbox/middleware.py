"""ASGI middleware in front of the public API: the rate limit first, then injected faults.

The control surface (``/_sandbox``) bypasses both, so tests can always steer the sandbox. (Body size limits and
the crash barrier are ``boundary``'s; who may use the control surface is ``control_access``'s.)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import send_json as _send_json
from .state import SandboxState

Sleep = Callable[[float], Awaitable[None]]


async def _read_body(receive: Receive) -> Receive | None:
    """Read the whole request body now and return a ``receive`` that replays it (None if the client left first).

    The ``slow`` fault waits before the handler; reading the body only after the wait would find a client that
    gave up meanwhile gone, and the write would never happen. A slow server has the request in hand: it processes
    it whether or not anyone still waits for the answer.
    """
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        return await receive()

    return replay


class GuardMiddleware:
    def __init__(self, app: ASGIApp, state: SandboxState, sleep: Sleep) -> None:
        self.app = app
        self.state = state
        self.sleep = sleep

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_sandbox"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        caller = self.state.tokens.peek(headers.get(b"authorization", b"").decode("latin-1"))
        client = scope.get("client")
        key = f"client:{caller.client_id}" if caller else f"ip:{client[0] if client else 'local'}"
        retry_after = self.state.limiter.hit(key)
        if retry_after is not None:
            body = {"message": f"API rate limit exceeded: at most {self.state.limiter.rate:g} requests per second"}
            await _send_json(send, 429, body, {"Retry-After": str(retry_after)})
            return
        fault = self.state.faults.draw()
        if fault == "500":
            await _send_json(send, 500, {"message": "Internal Server Error"}, {"X-Sandbox-Fault": "500"})
        elif fault == "503":
            headers_503 = {"Retry-After": "1", "X-Sandbox-Fault": "503"}
            await _send_json(send, 503, {"message": "Service Unavailable"}, headers_503)
        elif fault == "reset":
            await self._reset_after_handler(scope, receive, send)
        elif fault == "slow":
            replay = await _read_body(receive)
            if replay is not None:
                await self.sleep(self.state.faults.slow_seconds)
                await self.app(scope, replay, send)
        else:
            await self.app(scope, receive, send)

    async def _reset_after_handler(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the handler to completion (its write commits), then announce a body and never send it.

        The announced length is fixed so that even a bodyless answer (204) is cut short from the client's view.
        """

        async def discard(message: Message) -> None:
            return None

        await self.app(scope, receive, discard)
        headers = [(b"content-type", b"application/json"), (b"content-length", b"1024"), (b"x-sandbox-fault", b"reset")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        # Returning without the body: the server closes the connection mid-response.
