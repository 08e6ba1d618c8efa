"""The CLI's copy of the spec's field knowledge must match ``openapi/one-record.yaml``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from onerecord.cli import _fields

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "one-record.yaml").read_text(encoding="utf-8"))


def parameters(path: str) -> list[dict[str, Any]]:
    found = []
    for parameter in SPEC["paths"][path]["get"]["parameters"]:
        if "$ref" in parameter:
            parameter = SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        found.append(parameter)
    return found


def filters_and_sorts(path: str) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    filters: dict[str, tuple[str, ...]] = {}
    sorts = []
    for parameter in parameters(path):
        if match := re.fullmatch(r"filter\[(\w+)\]\[(\w+)\]", parameter["name"]):
            filters[match[1]] = (*filters.get(match[1], ()), match[2])
        elif match := re.fullmatch(r"sort\[(\w+)\]", parameter["name"]):
            sorts.append(match[1])
    return filters, sorts


@pytest.mark.parametrize(
    ("path", "table", "sorts"),
    [
        ("/shipment", _fields.SHIPMENT_FILTERS, _fields.SHIPMENT_SORTS),
        ("/country", _fields.COUNTRY_FILTERS, _fields.COUNTRY_SORTS),
    ],
)
def test_filters_and_sorts(path: str, table: dict[str, _fields.FilterField], sorts: tuple[str, ...]) -> None:
    spec_filters, spec_sorts = filters_and_sorts(path)
    assert {name: field.operators for name, field in table.items()} == spec_filters
    assert list(sorts) == spec_sorts


def test_groups() -> None:
    schemas = SPEC["components"]["schemas"]
    assert list(_fields.SHIPMENT_GROUPS) == schemas["ShipmentGroup"]["enum"]
    assert list(_fields.PLACE_GROUPS) == schemas["PlaceGroup"]["enum"]


@pytest.mark.parametrize(
    ("schema", "fields"),
    [
        ("ShipmentCreate", _fields.SHIPMENT_CREATE_FIELDS),
        ("ShipmentUpdate", _fields.SHIPMENT_UPDATE_FIELDS),
        ("ShipmentServiceCreate", _fields.SERVICE_FIELDS),
        ("ShipmentServiceUpdate", _fields.SERVICE_FIELDS),
        ("ShipmentAnomalyCreate", _fields.ANOMALY_FIELDS),
    ],
)
def test_writable_fields_and_their_kinds(schema: str, fields: dict[str, _fields.Kind]) -> None:
    properties = SPEC["components"]["schemas"][schema]["properties"]
    assert list(fields) == list(properties)
    for name, kind in fields.items():
        text = str(properties[name])
        expected = {"number": "number", "boolean": "boolean", "uuid": "uuid", "uuid-list": "array"}.get(kind)
        if expected is not None:
            assert expected in text, (schema, name)
        if kind == "datetime":
            assert "date-time" in text, (schema, name)


def test_columns_cover_every_property() -> None:
    schemas = SPEC["components"]["schemas"]
    assert list(_fields.SHIPMENT_COLUMNS) == list(schemas["Shipment"]["properties"])
    assert list(_fields.COUNTRY_COLUMNS) == list(schemas["Country"]["properties"])
    assert set(_fields.SHIPMENT_TABLE_COLUMNS) <= set(_fields.SHIPMENT_COLUMNS)


@pytest.mark.parametrize(
    ("path", "table"), [("/shipment", _fields.SHIPMENT_FILTERS), ("/country", _fields.COUNTRY_FILTERS)]
)
def test_filter_value_kinds(path: str, table: dict[str, _fields.FilterField]) -> None:
    """The CLI checks a filter's VALUE by kind before sending it: the kinds must be the spec's parameter types."""
    spec_kinds: dict[str, str] = {}
    for parameter in parameters(path):
        if match := re.fullmatch(r"filter\[(\w+)\]\[eq\]", parameter["name"]):
            ref = parameter["schema"].get("$ref", "").rsplit("/", 1)[-1]
            schema = SPEC["components"]["schemas"][ref] if ref else parameter["schema"]
            spec_kinds[match[1]] = "datetime" if ref == "DateTimeFilterValue" else schema["type"]
    assert {name: field.kind for name, field in table.items()} == spec_kinds


def test_date_time_pattern_is_the_spec_one() -> None:
    assert SPEC["components"]["schemas"]["DateTimeFilterValue"]["pattern"] == _fields.DATETIME_PATTERN
