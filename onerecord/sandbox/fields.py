"""What the sandbox knows about shipment fields, all read from the spec: nothing here is typed a second time.

- the shipment's own fields and its relations come from the ``Shipment`` response schema (arrays are relations);
- what a client may send comes from the ``ShipmentCreate``/``ShipmentUpdate`` body schemas (see ``validation``);
- filters, their operators and sortable fields come from the ``filter[<field>][<op>]`` and ``sort[<field>]``
  parameters of ``listShipments``, and how a filter value reads (number, boolean, date, text) from their schemas;
- group names come from the ``ShipmentGroup`` and ``PlaceGroup`` enums.

A field added to the spec is therefore stored, returned, filtered and sorted without an edit here.
"""

from __future__ import annotations

import re
from typing import Literal

from . import apispec

FieldKind = Literal["text", "number", "bool", "datetime"]

_SERVER_OWNED = ("shipmentId", "createdAt", "updatedAt")
# Relations the sandbox keeps in tables of their own, with their own rules; the others are stored as documents.
OWN_TABLES: frozenset[str] = frozenset({"anomalies", "events", "services"})
# Fields the business rules query directly (the import waybill pair, the timeline kind, the secured flag).
RULE_FIELDS: tuple[str, ...] = ("orderReference", "mawbNumber", "hawbNumber", "isSecure")

_SHIPMENT = apispec.property_schemas("Shipment")
# The shipment's own fields, in the spec's order (relations and server-owned fields left out).
SHIPMENT_FIELDS: tuple[str, ...] = tuple(
    name for name, prop in _SHIPMENT.items() if name not in _SERVER_OWNED and prop.get("type") != "array"
)
# Relations of a shipment (lists of identifiers, expanded by their group), in the spec's order.
RELATIONS: tuple[str, ...] = tuple(name for name, prop in _SHIPMENT.items() if prop.get("type") == "array")
RELATED: tuple[str, ...] = tuple(name for name in RELATIONS if name not in OWN_TABLES)


def _expanding_to(schema_name: str) -> frozenset[str]:
    """Fields that hold a code, or the named object when their group is asked for (``anyOf`` with its ``$ref``)."""
    ref = f"#/components/schemas/{schema_name}"
    return frozenset(
        name for name, prop in _SHIPMENT.items() if any(o.get("$ref") == ref for o in prop.get("anyOf", []))
    )


PLACE_FIELDS = _expanding_to("Place")
COUNTRY_FIELDS = _expanding_to("Country")
# Fields a client may write, on creation or update (relations aside).
WRITABLE: frozenset[str] = frozenset(
    name
    for schema in ("ShipmentCreate", "ShipmentUpdate")
    for name in apispec.property_schemas(schema)
    if name not in RELATIONS
)
# Fields that always hold a boolean (not nullable): false until set, like the API's isSecure and isDangerous.
FLAGS: tuple[str, ...] = tuple(name for name in SHIPMENT_FIELDS if _SHIPMENT[name].get("type") == "boolean")
SHIPMENT_GROUPS: frozenset[str] = frozenset(apispec.enum("ShipmentGroup")) - {"all"}
PLACE_GROUPS: frozenset[str] = frozenset(apispec.enum("PlaceGroup")) - {"all"}

_FILTER = re.compile(r"^filter\[([A-Za-z]+)\]\[([a-z]+)\]$")
_SORT = re.compile(r"^sort\[([A-Za-z]+)\]$")
_DATE_PATTERN = apispec.schema("DateTimeFilterValue")["pattern"]


def _filters(operation_id: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in apispec.query_parameters(operation_id):
        if match := _FILTER.match(name):
            out.setdefault(match.group(1), []).append(match.group(2))
    return {field: tuple(ops) for field, ops in out.items()}


def _kind(operation_id: str, field: str, op: str) -> FieldKind:
    schema = apispec.resolve(apispec.query_parameters(operation_id)[f"filter[{field}][{op}]"]["schema"])
    if schema.get("pattern") == _DATE_PATTERN or schema.get("format") in ("date-time", "date"):
        return "datetime"
    kinds: dict[str, FieldKind] = {"number": "number", "integer": "number", "boolean": "bool"}
    return kinds.get(schema.get("type", ""), "text")


# Field -> operators ``GET /shipment`` accepts, as in the spec's ``filter[<field>][<op>]`` parameters.
FILTERS: dict[str, tuple[str, ...]] = _filters("listShipments")
SORTABLE: tuple[str, ...] = tuple(
    m.group(1) for name in apispec.query_parameters("listShipments") if (m := _SORT.match(name))
)
# How each filterable field's values read: a date is normalised to the stored UTC form before comparing.
FILTER_KINDS: dict[str, FieldKind] = {
    field: _kind("listShipments", field, "eq" if "eq" in ops else ops[0]) for field, ops in FILTERS.items()
}
# Fields stored as dates (normalised to UTC when they read as one): those the spec filters as dates.
DATE_FIELDS: frozenset[str] = frozenset(f for f, kind in FILTER_KINDS.items() if kind == "datetime")
# Columns kept next to the stored document, so that filters, sorts and rules run as SQL on indexable columns.
COLUMNS: tuple[str, ...] = tuple(
    dict.fromkeys(f for f in (*FILTERS, *SORTABLE, *RULE_FIELDS) if f not in ("createdAt", "updatedAt"))
)
NEVER_NULL: frozenset[str] = frozenset({"createdAt", "updatedAt"})


def kind_of(field: str) -> FieldKind:
    """How a filterable field's values read."""
    return FILTER_KINDS.get(field, "text")
