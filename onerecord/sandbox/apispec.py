"""The API description the sandbox serves, read at run time: one source for shapes, fields, filters and groups.

``make generate`` ships the spec as ``onerecord_api/openapi.json``. Everything the spec can say about a request
(types, lengths, bounds, enums, required fields, which query parameters exist) is taken from it here, and bodies and
query values are checked with jsonschema against the spec's own schemas, so the sandbox and the spec cannot disagree
about shapes. What the spec cannot say (roles, the event state machine, reference data) stays in the other modules.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date, datetime
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

Json = dict[str, Any]
_URI = "urn:onerecord-api:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def spec() -> Json:
    """The parsed spec (the copy ``make generate`` puts beside the generated package)."""
    text = resources.files("onerecord_api").joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: Json = json.loads(text)
    return loaded


def resolve(node: Json) -> Json:
    """``node`` with its local ``$ref`` (if any) followed."""
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@functools.cache
def operation(operation_id: str) -> Json:
    for item in spec()["paths"].values():
        for method in HTTP_METHODS:
            if method in item and item[method]["operationId"] == operation_id:
                op: Json = item[method]
                return op
    raise LookupError(f"openapi/one-record.yaml has no operation {operation_id!r}")


def schema(name: str) -> Json:
    """A named schema of ``components/schemas``."""
    found: Json = spec()["components"]["schemas"][name]
    return found


def body_schema_name(operation_id: str) -> str:
    """The name of the schema of the operation's JSON request body (e.g. ``ShipmentCreate``)."""
    content = resolve(operation(operation_id)["requestBody"])["content"]
    ref: str = next(iter(content.values()))["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


@functools.cache
def query_parameters(operation_id: str) -> dict[str, Json]:
    """The operation's query parameters by name, in the spec's order, references followed."""
    params = (resolve(p) for p in operation(operation_id).get("parameters", []))
    return {p["name"]: p for p in params if p["in"] == "query"}


def property_schemas(schema_name: str) -> dict[str, Json]:
    """A schema's properties, in the spec's order, references followed."""
    return {name: resolve(prop) for name, prop in schema(schema_name).get("properties", {}).items()}


def enum(schema_name: str) -> tuple[str, ...]:
    values: list[str] = schema(schema_name)["enum"]
    return tuple(values)


def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)", value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


def _date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d\d-\d\d", value))


def _format_checker() -> FormatChecker:
    """The formats the spec uses, checked the same way in every environment (not only when optional extras exist)."""
    checker = FormatChecker(formats=("uuid",))
    checker.checks("date-time")(_date_time)
    checker.checks("date")(_date)
    return checker


@functools.cache
def validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at ``pointer`` (``/components/schemas/ShipmentCreate``); cached, thread-safe."""
    registry: Registry[Any] = Registry().with_resource(
        _URI, Resource.from_contents(spec(), default_specification=DRAFT202012)
    )
    return Draft202012Validator({"$ref": f"{_URI}#{pointer}"}, registry=registry, format_checker=_format_checker())


def body_validator(schema_name: str) -> Draft202012Validator:
    return validator(f"/components/schemas/{schema_name}")


def parameter_validator(operation_id: str, name: str) -> Draft202012Validator:
    """A validator for one query parameter's schema (found through the operation, whatever its ref)."""
    for index, raw in enumerate(operation(operation_id).get("parameters", [])):
        if resolve(raw)["name"] == name:
            if "$ref" in raw:
                return validator(raw["$ref"].removeprefix("#") + "/schema")
            path, method = _location(operation_id)
            escaped = path.replace("~", "~0").replace("/", "~1")
            return validator(f"/paths/{escaped}/{method}/parameters/{index}/schema")
    raise LookupError(name)


def _location(operation_id: str) -> tuple[str, str]:
    for path, item in spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item and item[method]["operationId"] == operation_id:
                return path, method
    raise LookupError(operation_id)
