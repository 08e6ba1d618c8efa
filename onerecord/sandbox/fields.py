"""What the sandbox knows about each shipment field: its kind, and whether it can be filtered or sorted.

One table drives the database columns, body validation, filters and sorting, so they cannot disagree.
"""

from __future__ import annotations

from typing import Literal

FieldKind = Literal[
    "text", "number", "bool", "country", "place", "datetime", "text_datetime", "quantity_type", "order_reference"
]

# Writable scalar fields of a shipment, in the order the API shows them.
SHIPMENT_FIELDS: dict[str, FieldKind] = {
    "departure": "place",
    "departureCountry": "country",
    "arrival": "place",
    "arrivalCountry": "country",
    "orderReference": "order_reference",
    "customerReference": "text",
    "quantityExpected": "number",
    "quantityTypeExpected": "quantity_type",
    "grossWeightExpected": "number",
    "grossWeightTaxableExpected": "number",
    "volumeExpected": "number",
    "quantityReal": "number",
    "quantityTypeReal": "quantity_type",
    "grossWeightReal": "number",
    "grossWeightTaxableReal": "number",
    "volumeReal": "number",
    "mawbNumber": "text",
    "hawbNumber": "text",
    "hbl": "text",
    "mbl": "text",
    "goodsDescription": "text",
    "fly": "text",
    "ship": "text",
    "isSecure": "bool",
    "isDangerous": "bool",
    # Plain text in the spec (the docs type it so); stored in UTC ISO form when it reads as a date-time.
    "limitBoardingTime": "text_datetime",
    "shippingReference": "text",
}

# Fields a client may send when creating a shipment (the measured "Real" values come from the warehouse).
REAL_FIELDS: frozenset[str] = frozenset(
    {"quantityReal", "quantityTypeReal", "grossWeightReal", "grossWeightTaxableReal", "volumeReal"}
)
CREATE_FIELDS: frozenset[str] = frozenset(SHIPMENT_FIELDS) - REAL_FIELDS
CREATE_REQUIRED: tuple[str, ...] = (
    "orderReference",
    "departure",
    "departureCountry",
    "arrival",
    "arrivalCountry",
    "quantityExpected",
)
NOT_NULLABLE: frozenset[str] = frozenset(
    {"departure", "departureCountry", "arrival", "arrivalCountry", "isSecure", "isDangerous"}
)
# Longest text accepted (the spec's maxLength); goodsDescription has no bound.
MAX_TEXT = 255

NUMERIC_OPERATORS: tuple[str, ...] = ("eq", "ne", "gt", "gte", "lt", "lte", "between")
EQUALITY_OPERATORS: tuple[str, ...] = ("eq", "ne")

# Field -> operators the listing accepts, as in the spec's ``filter[<field>][<op>]`` parameters.
FILTERS: dict[str, tuple[str, ...]] = {
    **{
        f: NUMERIC_OPERATORS
        for f in (
            "quantityExpected",
            "quantityReal",
            "grossWeightExpected",
            "grossWeightReal",
            "grossWeightTaxableExpected",
            "grossWeightTaxableReal",
            "volumeExpected",
            "volumeReal",
            "createdAt",
            "updatedAt",
            "limitBoardingTime",
        )
    },
    **{
        f: EQUALITY_OPERATORS
        for f in (
            "orderReference",
            "customerReference",
            "mawbNumber",
            "hawbNumber",
            "departure",
            "arrival",
            "departureCountry",
            "arrivalCountry",
            "isSecure",
            "isDangerous",
        )
    },
}

SORTABLE: frozenset[str] = frozenset(
    {
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
    }
)
NEVER_NULL: frozenset[str] = frozenset({"createdAt", "updatedAt"})


def kind_of(field: str) -> FieldKind:
    """The kind of any filterable field, timestamps included."""
    if field in ("createdAt", "updatedAt"):
        return "datetime"
    return SHIPMENT_FIELDS[field]
