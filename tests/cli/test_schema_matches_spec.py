"""The CLI's knowledge of fields, filters, sorts and groups is what ``openapi/one-record.yaml`` says, read fresh.

The CLI reads it from the generated package at run time; these tests compare the result with the spec itself, so a
generator change that lost information (a filter, an enum value, a required flag) fails here, naming the schema or
the route. No list or count is written in this file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from onerecord.cli import _schema

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi" / "one-record.yaml").read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][section][name]
    return node


def parameters(path: str) -> list[dict[str, Any]]:
    return [resolve(p) for p in SPEC["paths"][path]["get"].get("parameters", [])]


def spec_query(path: str) -> tuple[dict[str, list[str]], list[str], list[str]]:
    filters: dict[str, list[str]] = {}
    sorts: list[str] = []
    groups: list[str] = []
    for parameter in parameters(path):
        if match := re.fullmatch(r"filter\[(\w+)\]\[(\w+)\]", parameter["name"]):
            filters.setdefault(match[1], []).append(match[2])
        elif match := re.fullmatch(r"sort\[(\w+)\]", parameter["name"]):
            sorts.append(match[1])
        elif parameter["name"] == "groups[]":
            groups = resolve(parameter["schema"]["items"])["enum"]
    return filters, sorts, groups


OPERATIONS = [  # (route in the spec, generated module, item model): which command reads which operation
    ("/shipment", "shipment.list_shipments", "Shipment"),
    ("/shipment/{shipmentId}", "shipment.get_shipment", "Shipment"),
    ("/country", "country.list_countries", "Country"),
    ("/place/{code}", "place.get_place", "Place"),
]


@pytest.mark.parametrize(("path", "operation", "item"), OPERATIONS)
def test_filters_sorts_and_groups_are_the_spec_ones(path: str, operation: str, item: str) -> None:
    filters, sorts, groups = spec_query(path)
    found = _schema.query(operation, item)
    assert {name: list(field.operators) for name, field in found.filters.items()} == filters, path
    assert list(found.sorts) == sorts, path
    assert sorted(found.groups) == sorted(groups), path


def test_filter_kinds_follow_the_parameter_types() -> None:
    for parameter in parameters("/shipment"):
        if not (match := re.fullmatch(r"filter\[(\w+)\]\[eq\]", parameter["name"])):
            continue
        schema = resolve(parameter["schema"])
        field = _schema.query("shipment.list_shipments", "Shipment").filters[match[1]]
        expected = {"number": "number", "boolean": "boolean", "string": ("string", "datetime")}[schema["type"]]
        assert field.kind in expected, match[1]


REQUEST_MODELS = [name for name in SCHEMAS if name.endswith(("Create", "Update")) and "properties" in SCHEMAS[name]]


@pytest.mark.parametrize("model", REQUEST_MODELS)
def test_body_fields_required_sets_and_enums_are_the_spec_ones(model: str) -> None:
    schema = SCHEMAS[model]
    fields = _schema.body_fields(model)
    assert set(fields) == set(schema["properties"]), model
    assert {name for name, field in fields.items() if field.required} == set(schema.get("required", [])), model
    for name, field in fields.items():
        text = str(schema["properties"][name])
        if field.kind == "enum":
            target = resolve(schema["properties"][name])
            enum = target.get("enum") or next(resolve(part).get("enum") for part in target.get("anyOf", []))
            assert sorted(field.choices) == sorted(str(value) for value in enum if value is not None), name
        expected = {"number": "number", "boolean": "boolean", "uuid": "uuid", "uuid-list": "array"}.get(field.kind)
        if expected is not None:
            assert expected in text, (model, name)
        if field.kind == "datetime":
            assert "date-time" in text, (model, name)


@pytest.mark.parametrize("model", ["Shipment", "Country", "Place", "ShipmentService", "ShipmentAnomaly"])
def test_columns_are_the_response_properties_in_order(model: str) -> None:
    properties = list(SCHEMAS[model]["properties"])
    required = [name for name in properties if name in SCHEMAS[model].get("required", [])]
    # The generator puts required properties first; within each part the spec's order is kept.
    assert list(_schema.columns(model)) == required + [name for name in properties if name not in required]


@pytest.mark.parametrize(
    ("group", "module"), [("shipments", "shipments"), ("services", "services"), ("anomalies", "anomalies")]
)
def test_dedicated_create_options_name_fields_of_the_request_model(group: str, module: str) -> None:
    """`--departure-country` and friends are the CLI's choice of shortcuts; each must still be a field of the spec."""
    import importlib

    import typer.main

    commands = importlib.import_module(f"onerecord.cli.commands.{module}")
    create = typer.main.get_group(commands.app).commands["create"]
    spelled = {option: api for api, option in getattr(commands, "SPELLED", {}).items()}
    fields = _schema.body_fields(commands.CREATE)
    for param in create.params:
        if param.name in {"file", "format", "set_"}:
            continue
        option = "/".join(param.opts + param.secondary_opts)
        api = spelled.get(option) or _schema.to_api_name(param.name.rstrip("_"))
        assert api in fields, f"onerecord/cli/commands/{module}.py: option {option} names no field of {commands.CREATE}"
