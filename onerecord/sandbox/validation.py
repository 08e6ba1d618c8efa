"""Request body checks: every offending field is reported at once, in a 422 "Validation Failed".

Only the shape and the value ranges of a body are checked here; whether the shipment's state allows the change is
the business of ``rules`` (409) and whether the caller may do it of the routes (403).
"""

from __future__ import annotations

import math
import uuid
from typing import Any, cast

from . import strictjson
from .clock import parse_datetime
from .countries import COUNTRY_NAMES
from .errors import ApiError, FieldErrors, field_error, validation_failed
from .fields import CREATE_FIELDS, CREATE_REQUIRED, MAX_TEXT, NOT_NULLABLE, SHIPMENT_FIELDS, FieldKind
from .rules import PLACEHOLDERS

Body = dict[str, Any]


def parse_body(raw: bytes) -> Body:
    """The request's JSON object; malformed JSON (or a JSON value that is not an object) is a 400."""
    body = strictjson.decode(raw or b"")  # 400/422 for what SQLite or the renderer could not hold
    if not isinstance(body, dict):
        raise ApiError(400, "Problems parsing JSON", [field_error("Body", "body", "invalid", "Expected an object")])
    return body


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def check_value(resource: str, name: str, kind: FieldKind, value: Any, nullable: bool, errors: FieldErrors) -> Any:
    """The value as stored (dates normalised to UTC), or records an error and returns None."""

    def bad(message: str) -> None:
        errors.append(field_error(resource, name, "invalid", message))

    if kind == "datetime" and value == "" and nullable:
        value = None  # an empty nullable date reads as "no date", as form-backed servers commonly do
    if value is None:
        if not nullable:
            bad(f"{name} may not be null")
        return None
    if kind == "bool":
        if not isinstance(value, bool):
            bad(f"{name} must be a boolean")
            return None
        return value
    if kind == "number":
        if not _is_number(value) or value < 0:
            bad(f"{name} must be a number greater than or equal to 0")
            return None
        return value
    if not isinstance(value, str):
        bad(f"{name} must be a string")
        return None
    if kind == "country" and value not in COUNTRY_NAMES:
        bad(f"{name} must be an ISO 3166-1 alpha-2 country code")
    elif kind in ("place", "quantity_type") and not value:
        bad(f"{name} may not be empty")
    elif kind == "text" and resource == "Shipment" and name != "goodsDescription" and len(value) > MAX_TEXT:
        bad(f"{name} is longer than {MAX_TEXT} characters")
    elif kind == "text_datetime":
        return parse_datetime(value) or value
    elif kind == "datetime":
        normalised = parse_datetime(value)
        if normalised is None:
            bad(f"{name} must be an ISO 8601 date-time")
        return normalised
    return value


def check_shipment_create(body: Body) -> tuple[Body, list[str]]:
    """Validated creation fields, plus the ids of shipments the new one prepares (delivery orders)."""
    errors: FieldErrors = []
    for name in CREATE_REQUIRED:
        if name not in body:
            errors.append(field_error("Shipment", name, "missing_field", f"{name} is required"))
    values: Body = {}
    # Iterate in the spec's field order (not a set's): the 422's error list must be the same on every run.
    for name in (field for field in SHIPMENT_FIELDS if field in CREATE_FIELDS and field in body):
        values[name] = check_value(
            "Shipment", name, SHIPMENT_FIELDS[name], body[name], name not in NOT_NULLABLE, errors
        )
    reference = body.get("orderReference")
    if "orderReference" in body and (not isinstance(reference, str) or reference not in PLACEHOLDERS):
        errors.append(
            field_error("Shipment", "orderReference", "invalid", "orderReference must be E-, I- or P-ONERECORD")
        )
    preparations = body.get("preparations", [])
    if not isinstance(preparations, list) or not all(is_uuid(p) for p in preparations):
        errors.append(field_error("Shipment", "preparations", "invalid", "preparations must be a list of uuids"))
        preparations = []
    if errors:
        raise validation_failed(errors)
    values.setdefault("isSecure", False)
    values.setdefault("isDangerous", False)
    return values, list(preparations)


def check_shipment_update(body: Body) -> Body:
    """Validated update fields; fields the API does not know are ignored."""
    errors: FieldErrors = []
    values: Body = {}
    for name in (field for field in SHIPMENT_FIELDS if field in body):
        nullable = name not in NOT_NULLABLE
        kind: FieldKind = "text" if name == "orderReference" else SHIPMENT_FIELDS[name]
        values[name] = check_value("Shipment", name, kind, body[name], nullable, errors)
    if errors:
        raise validation_failed(errors)
    return values


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# Body fields of the two sub-resources: name -> (kind, nullable), in the spec's order. "uuid" is an identifier,
# "code" a non-empty code of at most MAX_TEXT characters, "signed" a number that may be negative.
_SERVICE_FIELDS: dict[str, tuple[str, bool]] = {
    "shipment": ("uuid", False),
    "quantity": ("number", True),
    "isDone": ("bool", False),
    "type": ("uuid", False),
}
_ANOMALY_FIELDS: dict[str, tuple[str, bool]] = {
    "shipment": ("uuid", False),
    "type": ("text", True),
    "category": ("code", False),
    "quantity": ("number", True),
    "balance": ("signed", True),
    "date": ("datetime", True),
    "observation": ("text", True),
}


def _check_fields(resource: str, body: Body, fields: dict[str, tuple[str, bool]], *, partial: bool) -> Body:
    """The fields present in ``body``, checked; every one is required unless ``partial``."""
    errors: FieldErrors = []
    if not partial:
        errors += [field_error(resource, n, "missing_field", f"{n} is required") for n in fields if n not in body]
    values: Body = {}
    for name, (kind, nullable) in fields.items():
        if name not in body:
            continue
        value = body[name]
        if kind == "uuid":
            if is_uuid(value):
                values[name] = str(value).lower()
            else:
                errors.append(field_error(resource, name, "invalid", f"{name} must be a uuid"))
        elif kind == "code":
            if not isinstance(value, str) or not 1 <= len(value) <= MAX_TEXT:
                errors.append(field_error(resource, name, "invalid", f"{name} must be a {name} code"))
            values[name] = value
        elif kind == "signed":
            if value is not None and not _is_number(value):
                errors.append(field_error(resource, name, "invalid", f"{name} must be a number"))
            values[name] = value
        else:
            values[name] = check_value(resource, name, cast(FieldKind, kind), value, nullable, errors)
    if errors:
        raise validation_failed(errors)
    return values


def check_service(body: Body, *, partial: bool) -> Body:
    """A shipment service body (``partial`` for updates: only the fields present)."""
    return _check_fields("ShipmentService", body, _SERVICE_FIELDS, partial=partial)


def check_anomaly(body: Body) -> Body:
    """A shipment anomaly body: every field required, several nullable."""
    return _check_fields("ShipmentAnomaly", body, _ANOMALY_FIELDS, partial=False)
