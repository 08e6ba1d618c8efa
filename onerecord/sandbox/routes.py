"""The public API's routes (the operations of ``openapi/one-record.yaml``): thin HTTP adapters.

Each handler authenticates, reads the request, calls the operation and serialises its answer. Handlers are
``async`` but call SQLite directly: queries take well under a millisecond and the store is serialised anyway.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import services, shipments
from .auth import Caller
from .countries import COUNTRIES, COUNTRY_NAMES
from .errors import OAuthError, bad_query, field_error, not_found
from .fields import PLACE_GROUPS, SHIPMENT_GROUPS
from .listing import decode_cursor, encode_cursor, parse_limit
from .reference import PLACES
from .serialize import country, parse_groups, place
from .state import SandboxState
from .validation import check_query, parse_body

Endpoint = Callable[[Request], Awaitable[Response]]


def _collate(name: str) -> str:
    """Sort names as a database collation would: accents ignored ("Åland" next to "Albania")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def _caller(request: Request) -> Caller:
    return _state(request).tokens.authenticate(request.headers.get("authorization"))


def _shipment_groups(request: Request) -> frozenset[str]:
    return parse_groups(request.query_params.getlist("groups[]"), SHIPMENT_GROUPS, "Shipment")


async def create_token(request: Request) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        raise OAuthError(
            400, "invalid_request", "Send the token request form-encoded (application/x-www-form-urlencoded)"
        )
    try:
        fields = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
    except UnicodeDecodeError:
        raise OAuthError(400, "invalid_request", "The form is not valid UTF-8") from None
    state = _state(request)
    with state.store.read() as conn:
        body = state.tokens.issue(conn, fields)
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


async def list_shipments(request: Request) -> Response:
    caller = _caller(request)
    items = request.query_params.multi_items()
    return JSONResponse(shipments.list_shipments(_state(request), caller, items, _shipment_groups(request)))


async def create_shipment(request: Request) -> Response:
    caller = _caller(request)
    body = parse_body(await request.body())
    return JSONResponse(shipments.create_shipment(_state(request), caller, body), status_code=201)


async def get_shipment(request: Request) -> Response:
    caller = _caller(request)
    check_query("getShipment", request.query_params.multi_items(), "Shipment")
    groups = _shipment_groups(request)
    shipment_id = request.path_params["shipmentId"]
    return JSONResponse(shipments.get_shipment(_state(request), caller, shipment_id, groups))


async def update_shipment(request: Request) -> Response:
    caller = _caller(request)
    body = parse_body(await request.body())
    shipment_id = request.path_params["shipmentId"]
    return JSONResponse(shipments.update_shipment(_state(request), caller, shipment_id, body))


async def delete_shipment(request: Request) -> Response:
    caller = _caller(request)
    shipments.delete_shipment(_state(request), caller, request.path_params["shipmentId"])
    return Response(status_code=204)


async def create_service(request: Request) -> Response:
    caller = _caller(request)
    body = parse_body(await request.body())
    return JSONResponse(services.create_service(_state(request), caller, body), status_code=201)


async def update_service(request: Request) -> Response:
    caller = _caller(request)
    body = parse_body(await request.body())
    return JSONResponse(services.update_service(_state(request), caller, request.path_params["id"], body))


async def delete_service(request: Request) -> Response:
    caller = _caller(request)
    services.delete_service(_state(request), caller, request.path_params["id"])
    return Response(status_code=204)


async def create_anomaly(request: Request) -> Response:
    caller = _caller(request)
    body = parse_body(await request.body())
    return JSONResponse(services.create_anomaly(_state(request), caller, body), status_code=201)


async def get_place(request: Request) -> Response:
    _caller(request)
    check_query("getPlace", request.query_params.multi_items(), "Place")
    groups = parse_groups(request.query_params.getlist("groups[]"), PLACE_GROUPS, "Place")
    code = request.path_params["code"]
    if code not in PLACES:
        raise not_found("Place")
    return JSONResponse(place(code, groups))


async def list_countries(request: Request) -> Response:
    """Countries, filterable on code and name, sortable, paginated by position in the chosen order."""
    _caller(request)
    params = request.query_params
    check_query("listCountries", params.multi_items(), "Country")
    limit = parse_limit(params.getlist("page[limit]"))
    rows = list(COUNTRIES)
    for op in ("eq", "ne"):
        value = params.get(f"filter[code][{op}]")
        if value is not None:
            if value not in COUNTRY_NAMES:
                raise bad_query([field_error("Country", f"filter[code][{op}]", "invalid", "not an ISO 3166-1 code")])
            rows = [r for r in rows if (r[0] == value) == (op == "eq")]
    if (name := params.get("filter[name][eq]")) is not None:
        rows = [r for r in rows if r[1] == name]
    sort = [(k[5:-1], v) for k, v in params.multi_items() if k in ("sort[code]", "sort[name]")]
    for field, direction in reversed(sort):
        if direction not in ("asc", "desc"):
            raise bad_query([field_error("Country", f"sort[{field}]", "invalid", "must be asc or desc")])
        rows.sort(key=lambda r: r[0] if field == "code" else _collate(r[1]), reverse=direction == "desc")
    sort_key = [(f, d) for f, d in sort] or [("code", "asc")]
    start = 0
    if (cursor := params.get("page[cursor]")) is not None:
        position = decode_cursor(cursor, sort_key)[-1]
        if not isinstance(position, int) or position < 0:
            raise bad_query([field_error("Country", "page[cursor]", "invalid", "not a cursor of this listing")])
        start = position
    page = rows[start : start + limit]
    more = start + limit < len(rows)
    next_cursor = encode_cursor(sort_key, [*(None for _ in sort_key), start + limit]) if more else None
    return JSONResponse({"data": [country(code) for code, _ in page], "metadata": {"next": next_cursor}})


def _by_method(handlers: dict[str, Endpoint]) -> Endpoint:
    """One endpoint per path, so a 405 lists every method of the path in ``Allow``."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await handlers[method](request)

    return endpoint


_PATHS: dict[str, dict[str, Endpoint]] = {
    "/authentication/oauth2/token": {"POST": create_token},
    "/shipment": {"GET": list_shipments, "POST": create_shipment},
    "/shipment/{shipmentId}": {"GET": get_shipment, "PUT": update_shipment, "DELETE": delete_shipment},
    "/shipment-service": {"POST": create_service},
    "/shipment-service/{id}": {"PUT": update_service, "DELETE": delete_service},
    "/shipment-anomaly": {"POST": create_anomaly},
    "/place/{code}": {"GET": get_place},
    "/country": {"GET": list_countries},
}
ROUTES = [Route(path, _by_method(handlers), methods=list(handlers)) for path, handlers in _PATHS.items()]
