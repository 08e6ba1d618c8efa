"""The control surface, ``/_sandbox/...``: sandbox-only routes, outside the spec, without authentication.

They stand in for the warehouse's own system and for the test harness:

- ``GET  /_sandbox/reference``: event types, service types, anomaly categories with their types, places,
  quantity types and the demo client ids;
- ``GET  /_sandbox/shipments/{id}``: the shipment's kind, events and what its state allows now;
- ``POST /_sandbox/shipments/{id}/events`` ``{"type": "MEASUREMENT", "measurement": {"grossWeightReal": 12.5}}``;
- ``POST /_sandbox/shipments/{id}/advance`` ``{"to": "STORAGE"}``: every usual step up to that event;
- ``POST /_sandbox/clock`` ``{"advance": 1800}``: move the sandbox's time forward (token expiry, timestamps);
- ``PUT  /_sandbox/rate-limit`` ``{"rate": 5}`` and ``PUT /_sandbox/faults`` ``{"spec": "500:0.1", "seed": 1}``;
- ``POST /_sandbox/reset`` ``{"seed": "demo"}``: wipe every shipment and seed again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import warehouse
from .auth import DEMO_CREDENTIALS
from .clock import iso
from .errors import field_error as fe
from .errors import validation_failed
from .reference import ANOMALY_CATEGORIES, ANOMALY_TYPES, EVENT_TYPE_IDS, PLACES, QUANTITY_TYPES, SERVICE_TYPES
from .seed import reset
from .state import SandboxState
from .validation import parse_body

_CLOCK_END = datetime(9000, 1, 1, tzinfo=UTC).timestamp()


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def reference_data() -> dict[str, Any]:
    return {
        "eventTypes": [{"id": i, "name": n} for n, i in EVENT_TYPE_IDS.items()],
        "serviceTypes": [{"id": i, "name": n} for i, n in SERVICE_TYPES.items()],
        "anomalyCategories": [
            {
                "code": code,
                "name": name,
                "types": [{"code": t, "name": tn} for t, (tn, c) in ANOMALY_TYPES.items() if c == code],
            }
            for code, name in ANOMALY_CATEGORIES.items()
        ],
        "places": [{"code": p.code, "name": p.name, "country": p.country} for p in PLACES.values()],
        "quantityTypes": list(QUANTITY_TYPES),
        "clients": {role: client_id for role, (client_id, _) in DEMO_CREDENTIALS.items()},
    }


async def get_reference(request: Request) -> Response:
    return JSONResponse(reference_data())


async def get_status(request: Request) -> Response:
    with _state(request).store.read() as conn:
        return JSONResponse(warehouse.status(conn, request.path_params["id"]))


def _text(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str):
        raise validation_failed([fe("Control", name, "missing_field", f"{name} (a string) is required")])
    return value


async def post_event(request: Request) -> Response:
    body = parse_body(await request.body())
    event_type = _text(body, "type")
    measurement = body.get("measurement") or {}
    if not isinstance(measurement, dict):
        raise validation_failed([fe("Control", "measurement", "invalid", "measurement must be an object")])
    state = _state(request)
    shipment_id = request.path_params["id"]
    with state.store.write() as conn:
        warehouse.record_event(conn, state, shipment_id, event_type, measurement=measurement)
        return JSONResponse(warehouse.status(conn, shipment_id), status_code=201)


async def post_advance(request: Request) -> Response:
    body = parse_body(await request.body())
    state = _state(request)
    shipment_id = request.path_params["id"]
    with state.store.write() as conn:
        recorded = warehouse.advance(conn, state, shipment_id, _text(body, "to"))
        return JSONResponse({**warehouse.status(conn, shipment_id), "recorded": recorded})


async def post_clock(request: Request) -> Response:
    body = parse_body(await request.body())
    seconds = body.get("advance", 0)
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
        raise validation_failed([fe("Control", "advance", "invalid", "advance must be a number of seconds >= 0")])
    state = _state(request)
    if state.clock() + seconds >= _CLOCK_END:  # past it, dates no longer render: every later request would fail
        raise validation_failed([fe("Control", "advance", "invalid", "advance would move the clock past 9000-01-01")])
    return JSONResponse({"now": iso(state.clock.advance(float(seconds)))})


async def put_rate_limit(request: Request) -> Response:
    body = parse_body(await request.body())
    rate = body.get("rate")
    if not isinstance(rate, int | float) or isinstance(rate, bool) or rate < 0:
        raise validation_failed([fe("Control", "rate", "invalid", "rate must be a number >= 0 (0 turns it off)")])
    _state(request).limiter.rate = float(rate)
    return JSONResponse({"rate": rate})


async def put_faults(request: Request) -> Response:
    body = parse_body(await request.body())
    spec, seed = body.get("spec") or None, body.get("seed")
    try:
        _state(request).faults.configure(
            spec if isinstance(spec, str) else None, seed if isinstance(seed, int) else None
        )
    except ValueError as exc:
        raise validation_failed([fe("Control", "spec", "invalid", str(exc))]) from None
    return JSONResponse({"rates": _state(request).faults.rates})


async def post_reset(request: Request) -> Response:
    body = parse_body(await request.body() or b"{}")
    seed = body.get("seed", "demo")
    if seed not in ("demo", "empty"):
        raise validation_failed([fe("Control", "seed", "invalid", "seed must be demo or empty")])
    counts = reset(_state(request), seed)
    return JSONResponse(counts)


CONTROL_ROUTES = [
    Route("/_sandbox/reference", get_reference, methods=["GET"]),
    Route("/_sandbox/shipments/{id}", get_status, methods=["GET"]),
    Route("/_sandbox/shipments/{id}/events", post_event, methods=["POST"]),
    Route("/_sandbox/shipments/{id}/advance", post_advance, methods=["POST"]),
    Route("/_sandbox/clock", post_clock, methods=["POST"]),
    Route("/_sandbox/rate-limit", put_rate_limit, methods=["PUT"]),
    Route("/_sandbox/faults", put_faults, methods=["PUT"]),
    Route("/_sandbox/reset", post_reset, methods=["POST"]),
]
