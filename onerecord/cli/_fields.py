"""What the CLI knows about the API's fields, copied from ``openapi/one-record.yaml``.

The CLI checks filters, sort keys, groups and ``--set`` values before any request, so that a typo is a usage error
naming the culprit rather than a 400 or 422 from the server. The spec is not shipped in the wheel, so these tables are
written out here; ``tests/cli/test_fields_match_spec.py`` compares them with the spec so they cannot drift silently.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["number", "string", "boolean", "datetime", "uuid", "uuid-list"]

RANGE_OPERATORS: tuple[str, ...] = ("eq", "ne", "gt", "gte", "lt", "lte", "between")
EQUALITY_OPERATORS: tuple[str, ...] = ("eq", "ne")


# The spec's DateTimeFilterValue: a date, or a date-time to the minute or finer, with an optional offset. Narrower than
# datetime.fromisoformat, which also takes 20261126, 2026-W48 or a space instead of T.
DATETIME_PATTERN = (
    r"^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?$"
)


class FilterField:
    """One filterable field: the kind its values must have and the operators the API accepts on it."""

    __slots__ = ("kind", "operators")

    def __init__(self, kind: Kind, operators: tuple[str, ...]) -> None:
        self.kind: Kind = kind
        self.operators = operators


def _numbers(*names: str) -> dict[str, FilterField]:
    return {name: FilterField("number", RANGE_OPERATORS) for name in names}


def _datetimes(*names: str) -> dict[str, FilterField]:
    return {name: FilterField("datetime", RANGE_OPERATORS) for name in names}


def _equalities(kind: Kind, *names: str) -> dict[str, FilterField]:
    return {name: FilterField(kind, EQUALITY_OPERATORS) for name in names}


SHIPMENT_FILTERS: dict[str, FilterField] = {
    **_numbers(
        "quantityExpected",
        "quantityReal",
        "grossWeightExpected",
        "grossWeightReal",
        "grossWeightTaxableExpected",
        "grossWeightTaxableReal",
        "volumeExpected",
        "volumeReal",
    ),
    **_datetimes("createdAt", "updatedAt", "limitBoardingTime"),
    **_equalities(
        "string",
        "orderReference",
        "customerReference",
        "mawbNumber",
        "hawbNumber",
        "departure",
        "arrival",
        "departureCountry",
        "arrivalCountry",
    ),
    **_equalities("boolean", "isSecure", "isDangerous"),
}

SHIPMENT_SORTS: tuple[str, ...] = (
    "createdAt",
    "updatedAt",
    "limitBoardingTime",
    "orderReference",
    "customerReference",
    "quantityExpected",
    "quantityReal",
    "grossWeightExpected",
    "grossWeightReal",
    "volumeExpected",
    "volumeReal",
)

COUNTRY_FILTERS: dict[str, FilterField] = {
    "code": FilterField("string", EQUALITY_OPERATORS),
    "name": FilterField("string", ("eq",)),
}
COUNTRY_SORTS: tuple[str, ...] = ("code", "name")

SHIPMENT_GROUPS: tuple[str, ...] = (
    "all",
    "departureCountry",
    "arrivalCountry",
    "departure",
    "arrival",
    "anomalies",
    "anomalies.category",
    "anomalies.type",
    "assignations",
    "assignations.user",
    "customs",
    "customs.type",
    "details",
    "documents",
    "events",
    "events.type",
    "operators",
    "operators.comments",
    "securities",
    "services",
    "services.type",
    "preparations",
    "preparations.shipment",
)
PLACE_GROUPS: tuple[str, ...] = ("all", "country")

_SHIPMENT_COMMON: dict[str, Kind] = {
    "orderReference": "string",
    "customerReference": "string",
    "departure": "string",
    "departureCountry": "string",
    "arrival": "string",
    "arrivalCountry": "string",
    "quantityExpected": "number",
    "quantityTypeExpected": "string",
    "grossWeightExpected": "number",
    "grossWeightTaxableExpected": "number",
    "volumeExpected": "number",
}
_SHIPMENT_TAIL: dict[str, Kind] = {
    "mawbNumber": "string",
    "hawbNumber": "string",
    "hbl": "string",
    "mbl": "string",
    "goodsDescription": "string",
    "fly": "string",
    "ship": "string",
    "isSecure": "boolean",
    "isDangerous": "boolean",
    "limitBoardingTime": "string",
    "shippingReference": "string",
}

SHIPMENT_CREATE_FIELDS: dict[str, Kind] = {**_SHIPMENT_COMMON, **_SHIPMENT_TAIL, "preparations": "uuid-list"}
SHIPMENT_UPDATE_FIELDS: dict[str, Kind] = {
    **_SHIPMENT_COMMON,
    "quantityReal": "number",
    "quantityTypeReal": "string",
    "grossWeightReal": "number",
    "grossWeightTaxableReal": "number",
    "volumeReal": "number",
    **_SHIPMENT_TAIL,
}
SERVICE_FIELDS: dict[str, Kind] = {"shipment": "uuid", "quantity": "number", "isDone": "boolean", "type": "uuid"}
ANOMALY_FIELDS: dict[str, Kind] = {
    "shipment": "uuid",
    "type": "string",
    "category": "string",
    "quantity": "number",
    "balance": "number",
    "date": "datetime",
    "observation": "string",
}

# Columns of a shipment in tables and CSV, in the spec's order. Relations come last: they are lists of ids, or of
# objects when a group expands them, and are written as compact JSON in CSV.
SHIPMENT_COLUMNS: tuple[str, ...] = (
    "shipmentId",
    "departure",
    "departureCountry",
    "arrival",
    "arrivalCountry",
    "orderReference",
    "customerReference",
    "quantityExpected",
    "quantityTypeExpected",
    "grossWeightExpected",
    "grossWeightTaxableExpected",
    "volumeExpected",
    "quantityReal",
    "quantityTypeReal",
    "grossWeightReal",
    "grossWeightTaxableReal",
    "volumeReal",
    "mawbNumber",
    "hawbNumber",
    "hbl",
    "mbl",
    "goodsDescription",
    "fly",
    "ship",
    "isSecure",
    "isDangerous",
    "limitBoardingTime",
    "shippingReference",
    "assignations",
    "anomalies",
    "customs",
    "details",
    "documents",
    "events",
    "operators",
    "securities",
    "services",
    "preparations",
    "createdAt",
    "updatedAt",
)
# The narrower set a terminal table shows for a list; `--format json` or `shipments get` show everything.
SHIPMENT_TABLE_COLUMNS: tuple[str, ...] = (
    "shipmentId",
    "orderReference",
    "customerReference",
    "departure",
    "arrival",
    "quantityExpected",
    "mawbNumber",
    "createdAt",
)
COUNTRY_COLUMNS: tuple[str, ...] = ("code", "name")


def to_api_name(name: str) -> str:
    """Accept ``quantity_real`` as well as ``quantityReal``: users copy names from the Python API and from the docs."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)
