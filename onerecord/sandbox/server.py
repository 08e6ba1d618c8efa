"""``Sandbox``: the sandbox served by uvicorn on a free loopback port, in a background thread.

with Sandbox(seed="demo", rate_limit=0) as sandbox:
    httpx.post(f"{sandbox.base_url}/authentication/oauth2/token", data={...})
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterable
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp

from .app import create_app
from .auth import DEMO_CREDENTIALS
from .boundary import DEFAULT_MAX_BODY_BYTES
from .clock import Clock
from .control_client import SandboxControl
from .middleware import Sleep


class _QuietResets(logging.Filter):
    """Hide uvicorn's complaint about the responses the ``reset`` fault leaves unfinished on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "without completing response" not in record.getMessage()


def quiet_uvicorn_resets() -> None:
    logging.getLogger("uvicorn.error").addFilter(_QuietResets())


class Sandbox:
    """Runs a sandbox on ``host`` (loopback by default) and a free port until the ``with`` block ends.

    The other keyword arguments are :func:`create_app`'s, with the same meaning and defaults; they build the app
    unless one is given as ``app``. ``host`` is one of the control surface's allowed hosts; ``control`` passes
    ``control_token``.
    """

    def __init__(
        self,
        app: ASGIApp | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: str = "demo",
        db: str = ":memory:",
        rate_limit: float = 5.0,
        token_ttl: int = 1800,
        faults: str | None = None,
        clock: Clock | None = None,
        rng_seed: int | None = None,
        sleep: Sleep | None = None,
        slow_seconds: float = 2.0,
        max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES,
        control_token: str | None = None,
        allowed_hosts: Iterable[str] = (),
    ) -> None:
        self._owns_app = app is None
        if app is None:
            app = create_app(
                seed,
                db,
                rate_limit,
                token_ttl,
                faults,
                clock,
                rng_seed,
                sleep=sleep,
                slow_seconds=slow_seconds,
                max_body_bytes=max_body_bytes,
                control_token=control_token,
                allowed_hosts=(host, *allowed_hosts),
            )
        self._control_token = control_token
        self.app = app
        self.host = host
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say TCP (else ~40 ms per small answer).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        self.base_url = f"http://{host}:{self.port}"
        self.credentials: dict[str, tuple[str, str]] = dict(DEMO_CREDENTIALS)
        self._server = uvicorn.Server(
            uvicorn.Config(self.app, log_level="warning", lifespan="off", access_log=False, timeout_graceful_shutdown=2)
        )
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)
        self._control: SandboxControl | None = None

    @property
    def control(self) -> SandboxControl:
        """A :class:`SandboxControl` bound to this sandbox."""
        if self._control is None:
            self._control = SandboxControl(self.base_url, control_token=self._control_token)
        return self._control

    def start(self) -> Sandbox:
        quiet_uvicorn_resets()
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.ident is not None:  # started; a Sandbox never entered only releases its socket
            self._thread.join(timeout=10)
        if self._control is not None:
            self._control.close()
        self._socket.close()
        if self._owns_app:  # its database (a --db file included) is released with it
            self.app.state.sandbox.store.close()  # type: ignore[attr-defined]

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
