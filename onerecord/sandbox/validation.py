"""Request checks with the spec's own schemas: every offending field is reported at once, naming the field.

Bodies and query values are validated with jsonschema against the schemas of ``openapi/one-record.yaml``
(:mod:`apispec`), so the sandbox refuses exactly what the spec refuses: types, lengths, bounds, enums, formats and
required fields. The only hand-written check here is the one the spec cannot make: a country code must be one the
server knows (its list is server-owned; the spec only says "two capitals"). Whether the shipment's state allows the
change is the business of ``rules`` (409), whether the caller may do it of the routes (403).

A body field the spec declares is kept as sent (dates normalised to UTC, identifiers lower-cased); a field the spec
does not declare is ignored, as before.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from jsonschema.exceptions import ValidationError, best_match

from . import apispec, strictjson
from .clock import parse_datetime
from .countries import COUNTRY_NAMES
from .errors import ApiError, FieldErrors, bad_query, field_error, validation_failed

Body = dict[str, Any]
_DATE_PATTERN = apispec.schema("DateTimeFilterValue")["pattern"]


def parse_body(raw: bytes) -> Body:
    """The request's JSON object; malformed JSON (or a JSON value that is not an object) is a 400.

    Numbers storage cannot hold decode to ``strictjson.UnstorableNumber``, which no schema type accepts: a 422
    naming the field when the spec declares it, ignored otherwise.
    """
    body = strictjson.decode(raw or b"")  # 400/422 for what SQLite or the renderer could not hold
    if not isinstance(body, dict):
        raise ApiError(400, "Problems parsing JSON", [field_error("Body", "body", "invalid", "Expected an object")])
    return body


def resource_of(schema_name: str) -> str:
    """The resource an error names: ``ShipmentCreate`` -> ``Shipment``."""
    for suffix in ("Create", "Update"):
        if schema_name.endswith(suffix):
            return schema_name.removesuffix(suffix)
    return schema_name


def _message(error: ValidationError) -> str:
    if error.context:
        error = best_match(error.context)
    text = str(error.message)
    return text if len(text) <= 200 else text[:197] + "..."


def schema_errors(schema_name: str, value: Any, resource: str | None = None) -> FieldErrors:
    """The field errors of ``value`` against the named schema, one per field."""
    resource = resource or resource_of(schema_name)
    errors: FieldErrors = []
    for error in apispec.body_validator(schema_name).iter_errors(value):
        if error.validator == "required" and not error.path and isinstance(error.instance, dict):
            errors += [
                field_error(resource, name, "missing_field", f"{name} is required")
                for name in error.validator_value
                if name not in error.instance
            ]
            continue
        field = str(error.path[0]) if error.path else "body"
        errors.append(field_error(resource, field, "invalid", f"{field}: {_message(error)}"))
    return errors


def _in_field_order(schema_name: str, errors: FieldErrors) -> FieldErrors:
    """One error per field, in the spec's field order: the same list on every run, whatever the hash seed."""
    order = {name: i for i, name in enumerate(apispec.property_schemas(schema_name))}
    seen: set[str] = set()
    unique = []
    for error in errors:
        if error["field"] not in seen:
            seen.add(error["field"])
            unique.append(error)
    return sorted(unique, key=lambda e: order.get(e["field"], len(order)))


def _known_countries(schema_name: str, body: Body) -> FieldErrors:
    """Country codes must be ISO 3166-1 codes the server knows (a server-owned list the spec leaves open)."""
    resource = resource_of(schema_name)
    return [
        field_error(resource, name, "invalid", f"{name} must be an ISO 3166-1 alpha-2 country code")
        for name, prop in apispec.schema(schema_name).get("properties", {}).items()
        if prop.get("$ref", "").endswith("/CountryCode")
        and isinstance(body.get(name), str)
        and body[name] not in COUNTRY_NAMES
    ]


def _is_date(prop: dict[str, Any]) -> bool:
    return prop.get("pattern") == _DATE_PATTERN or prop.get("format") in ("date-time", "date")


def _is_number(prop: dict[str, Any]) -> bool:
    kind = prop.get("type")
    return kind == "number" or (isinstance(kind, list) and "number" in kind)


def numbers_as_floats(schema_name: str, doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with the values of the schema's ``number`` fields as floats (``3`` -> ``3.0``), as the API writes them.

    One spelling per field whatever the client sent, so answers and filters never differ between 3 and 3.0.
    """
    props = apispec.property_schemas(schema_name)
    return {
        name: float(value)
        if isinstance(value, int) and not isinstance(value, bool) and _is_number(props.get(name, {}))
        else value
        for name, value in doc.items()
    }


def _stored(prop: dict[str, Any], value: Any, date: bool) -> Any:
    """The value as stored: dates in the fixed UTC form when they read as dates, identifiers lower-cased."""
    if isinstance(value, int) and not isinstance(value, bool) and _is_number(prop):
        return float(value)
    if isinstance(value, str) and (date or _is_date(prop)):
        return parse_datetime(value) or value
    if isinstance(value, str) and prop.get("format") == "uuid":
        return value.lower()
    if isinstance(value, list) and prop.get("items", {}).get("format") == "uuid":
        return [v.lower() if isinstance(v, str) else v for v in value]
    return value


def check_body(
    schema_name: str, body: Body, extra: Sequence[dict[str, str]] = (), dates: frozenset[str] = frozenset()
) -> Body:
    """The body's declared fields, as stored; a 422 listing every bad field.

    ``extra`` holds the caller's own field errors (merged into the same 422); ``dates`` names text fields to store
    in the UTC form when they read as dates (fields the spec filters as dates, so that comparisons hold).
    """
    errors = [*schema_errors(schema_name, body), *_known_countries(schema_name, body), *extra]
    if errors:
        raise validation_failed(_in_field_order(schema_name, errors))
    props = apispec.property_schemas(schema_name)
    return {name: _stored(prop, body[name], name in dates) for name, prop in props.items() if name in body}


def _typed(schema: dict[str, Any], raw: str) -> Any:
    """A query string value as the JSON type its schema wants, when it reads as one (else left as text)."""
    kind = apispec.resolve(schema).get("type")
    if kind == "integer" and raw.strip().lstrip("-").isdigit():
        return int(raw)
    if kind == "number":
        try:
            number = float(raw)
        except ValueError:
            return raw
        return number if math.isfinite(number) else raw
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def check_query(operation_id: str, items: Sequence[tuple[str, str]], resource: str) -> None:
    """Every query parameter the operation declares, checked against its schema; a 400 naming each bad one.

    Parameters the operation does not declare are left to the caller (``listing`` refuses unknown filters).
    """
    declared = apispec.query_parameters(operation_id)
    values: dict[str, list[str]] = {}
    for name, raw in items:
        if name in declared:
            values.setdefault(name, []).append(raw)
    errors: FieldErrors = []
    for name, raws in values.items():
        schema = declared[name]["schema"]
        if apispec.resolve(schema).get("type") == "array":
            item_schema = apispec.resolve(schema).get("items", {})
            value: Any = [_typed(item_schema, raw) for raw in raws]
        else:
            value = _typed(schema, raws[-1])
        for error in apispec.parameter_validator(operation_id, name).iter_errors(value):
            errors.append(field_error(resource, name, "invalid", f"{name}: {_message(error)}"))
            break
    if errors:
        raise bad_query(errors)
