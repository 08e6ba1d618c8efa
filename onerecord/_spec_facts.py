"""The spec's routes (for the resources) and query syntax (for the query encoder, ``_query``).

Generated from openapi/one-record.yaml by scripts/generate_facade.py (``make generate``); do not edit.
"""

from __future__ import annotations

__all__ = ["FILTER_OPERATORS", "PAGE_LIMIT_MAX", "PAGE_LIMIT_MIN", "ROUTES", "SORT_DIRECTIONS"]

# operationId → (HTTP method, path template): where the resources send each operation
ROUTES: dict[str, tuple[str, str]] = {
    "createToken": ("POST", "/authentication/oauth2/token"),
    "listShipments": ("GET", "/shipment"),
    "createShipment": ("POST", "/shipment"),
    "getShipment": ("GET", "/shipment/{shipmentId}"),
    "updateShipment": ("PUT", "/shipment/{shipmentId}"),
    "deleteShipment": ("DELETE", "/shipment/{shipmentId}"),
    "createShipmentService": ("POST", "/shipment-service"),
    "updateShipmentService": ("PUT", "/shipment-service/{id}"),
    "deleteShipmentService": ("DELETE", "/shipment-service/{id}"),
    "createShipmentAnomaly": ("POST", "/shipment-anomaly"),
    "getPlace": ("GET", "/place/{code}"),
    "listCountries": ("GET", "/country"),
}
# every operator of a filter[<field>][<operator>] parameter of any operation
FILTER_OPERATORS = frozenset({"between", "eq", "gt", "gte", "lt", "lte", "ne"})
# the values of the sort[<field>] parameters' schema
SORT_DIRECTIONS = frozenset({"asc", "desc"})
# page[limit]: minimum, and maximum (or the x-server-maximum the server clamps to; None: neither)
PAGE_LIMIT_MIN = 1
PAGE_LIMIT_MAX: int | None = None
