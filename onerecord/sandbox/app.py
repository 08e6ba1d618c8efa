"""``create_app``: assemble one sandbox (storage, seed, auth, limits, faults) into a Starlette application.

The public API is served at the root and again under ``/v1`` (the spec's second server); the control surface
lives under ``/_sandbox``. Every error, including unknown routes and methods, answers the API's JSON error body.

Middleware, outermost first: ``BoundaryMiddleware`` (body size limit, a clean 500 if a handler fails),
``ControlAccessMiddleware`` (who may use ``/_sandbox``), ``GuardMiddleware`` (rate limit, injected faults).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount

from .auth import TokenStore
from .boundary import DEFAULT_MAX_BODY_BYTES, BoundaryMiddleware
from .clock import Clock, SandboxClock
from .control import CONTROL_ROUTES
from .control_access import ControlAccessMiddleware
from .errors import ApiError
from .faults import FaultInjector
from .middleware import GuardMiddleware, Sleep
from .ratelimit import RateLimiter
from .routes import ROUTES
from .seed import seed as seed_store
from .state import IdFactory, SandboxState
from .store import Store


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    return JSONResponse({"message": exc.detail}, status_code=exc.status_code, headers=headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    # Only reached if BoundaryMiddleware itself fails; Starlette then re-raises and the server cuts the connection.
    return JSONResponse({"message": "Internal Server Error"}, status_code=500, headers={"Connection": "close"})


def create_app(
    seed: str = "demo",
    db: str = ":memory:",
    rate_limit: float = 5.0,
    token_ttl: int = 1800,
    faults: str | None = None,
    clock: Clock | None = None,
    rng_seed: int | None = None,
    *,
    sleep: Sleep | None = None,
    slow_seconds: float = 2.0,
    max_body_bytes: int | None = DEFAULT_MAX_BODY_BYTES,
    control_token: str | None = None,
    allowed_hosts: Iterable[str] = (),
) -> Starlette:
    """A ready sandbox application.

    ``seed`` is ``"demo"`` (demo clients and a few hundred shipments) or ``"empty"`` (demo clients only); a ``db``
    file that already holds data is used as it is. ``rate_limit`` is requests per rolling second per client (0: off).
    ``faults`` is a spec such as ``"500:0.05,reset:0.02"`` (see ``faults``), drawn from ``rng_seed``, which also
    seeds the identifiers of created resources. ``clock`` (seconds since the epoch) and ``sleep`` (an async sleep,
    used by the ``slow`` fault) are injectable for tests.

    ``max_body_bytes`` bounds request bodies (413 beyond it; None or 0: no limit). ``control_token``, if given, is
    required in the ``X-Sandbox-Control-Token`` header of every control-surface request; without it the control
    surface answers only loopback ``Host`` names and ``allowed_hosts`` (the host the server listens on).
    """
    if seed not in ("demo", "empty"):
        raise ValueError(f"seed must be 'demo' or 'empty', not {seed!r}")
    sandbox_clock = clock if isinstance(clock, SandboxClock) else SandboxClock(clock)
    store = Store(db)
    fresh = store.is_empty()
    state = SandboxState(
        store=store,
        clock=sandbox_clock,
        tokens=TokenStore(sandbox_clock, token_ttl),
        limiter=RateLimiter(rate_limit, sandbox_clock),
        faults=FaultInjector(faults, rng_seed, slow_seconds),
        # Reproducible ids only for a fresh store: replaying the same sequence over a kept file would collide.
        new_id=IdFactory(rng_seed if fresh else None),
    )
    if fresh:
        seed_store(state, seed, rng_seed)
    handlers: dict[Any, Any] = {ApiError: _api_error, HTTPException: _http_error, Exception: _server_error}
    app = Starlette(
        routes=[*CONTROL_ROUTES, *ROUTES, Mount("/v1", routes=ROUTES)],
        middleware=[
            Middleware(BoundaryMiddleware, max_body_bytes=max_body_bytes),
            Middleware(ControlAccessMiddleware, allowed_hosts=tuple(allowed_hosts), control_token=control_token),
            Middleware(GuardMiddleware, state=state, sleep=sleep or anyio.sleep),
        ],
        exception_handlers=handlers,
    )
    app.state.sandbox = state
    return app
