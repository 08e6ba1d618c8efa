"""What the generated models say about their fields, read once per model class and cached.

The facade never restates the spec's field lists: request bodies are checked against, and response models walked
with, tables derived here from the generated attrs classes and their type hints. When the spec changes and the
package is regenerated, the facade follows without edits.
"""

from __future__ import annotations

import datetime as _dt
import enum
import math
import types
import typing
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

import attrs
import onerecord_api.models as _generated_models
from onerecord_api.types import Unset

from ._query import api_field_name, encode_datetime

__all__ = ["FieldSpec", "ModelSpec", "check_value", "model_spec", "to_wire_scalar"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a generated model."""

    attr: str  # the attribute name, e.g. ``type_`` or ``departure_country``
    api: str  # the wire name, e.g. ``type`` or ``departureCountry``
    required: bool  # no default in the model: a create body must carry it
    nullable: bool  # ``None`` is an allowed value (``null`` on the wire)
    types: tuple[Any, ...]  # the accepted non-None types of the hint (``Unset`` removed)

    @property
    def label(self) -> str:
        return self.attr if self.attr == self.api else f"{self.attr} ({self.api})"


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """The field table of a model plus what the response walk needs."""

    fields: tuple[FieldSpec, ...]
    by_name: dict[str, FieldSpec]  # keyed by attribute name and by wire name
    datetime_attrs: tuple[str, ...]  # fields whose value may be a datetime
    nested_attrs: tuple[str, ...]  # fields whose value may hold other models (directly or in a list)


def _flatten(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(arg for part in typing.get_args(hint) for arg in _flatten(part))
    return (hint,)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


def _mentions(tp: Any, predicate: typing.Callable[[Any], bool]) -> bool:
    if predicate(tp):
        return True
    return any(_mentions(arg, predicate) for arg in typing.get_args(tp))


_SPECS: dict[type[Any], ModelSpec] = {}


def model_spec(cls: type[Any]) -> ModelSpec:
    """The field table of a generated model class, computed on first use."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _read_spec(cls)
    return spec


def _read_spec(cls: type[Any]) -> ModelSpec:
    if not attrs.has(cls):  # e.g. a caller's own item_model for client.paginate: nothing to walk
        return ModelSpec(fields=(), by_name={}, datetime_attrs=(), nested_attrs=())
    try:
        hints = typing.get_type_hints(cls, localns=vars(_generated_models))
    except Exception:  # a caller's attrs class with hints that cannot be resolved here
        hints = {}
    fields: list[FieldSpec] = []
    for attribute in attrs.fields(cls):
        if not attribute.init:  # additional_properties
            continue
        parts = _flatten(hints.get(attribute.name, Any))
        accepted = tuple(tp for tp in parts if tp is not Unset and tp is not type(None))
        fields.append(
            FieldSpec(
                attr=attribute.name,
                api=api_field_name(attribute.name),
                required=attribute.default is attrs.NOTHING,
                nullable=type(None) in parts,
                types=accepted,
            )
        )
    by_name = {spec.attr: spec for spec in fields} | {spec.api: spec for spec in fields}
    return ModelSpec(
        fields=tuple(fields),
        by_name=by_name,
        datetime_attrs=tuple(f.attr for f in fields if any(_mentions(tp, _is_datetime) for tp in f.types)),
        nested_attrs=tuple(f.attr for f in fields if any(_mentions(tp, _is_model) for tp in f.types)),
    )


def _is_datetime(tp: Any) -> bool:
    return tp is _dt.datetime


_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_wire_scalar(value: Any) -> Any:
    """Python values the JSON encoder does not know (datetime, UUID, enums) → their wire form, recursively."""
    if type(value) in _JSON_SCALARS:  # the usual case, decided without the checks below (subclasses go on to them)
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return encode_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dict):
        return {key: to_wire_scalar(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire_scalar(item) for item in value]
    return value


def check_value(spec: FieldSpec, name: str, value: Any) -> Any:
    """Check one input value against the field's hint; return it in wire form. ``name`` is as the caller wrote it."""
    if value is None:
        if not spec.nullable:
            raise ValueError(f"{name}: may not be None")
        return None
    for tp in spec.types:
        try:
            converted = _convert(tp, value)
        except ValueError as exc:
            raise ValueError(f"{name}: {exc}") from None
        if converted is not _NO_MATCH:
            return converted
    expected = " or ".join(_describe(tp) for tp in spec.types) + (" or None" if spec.nullable else "")
    raise TypeError(f"{name}: expected {expected}, got {value!r}")


_NO_MATCH: Any = object()


def _convert(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is list:
        (item_type,) = typing.get_args(tp)
        if not isinstance(value, list | tuple):
            return _NO_MATCH
        items = [_convert(item_type, item) for item in value]
        return _NO_MATCH if any(item is _NO_MATCH for item in items) else items
    if tp is bool:
        return value if isinstance(value, bool) else _NO_MATCH
    if tp is float or tp is int:
        if tp is float and isinstance(value, Decimal):
            value = float(value)  # what a database driver hands back for a weight or a volume
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if not numeric or (tp is int and not isinstance(value, int)):
            return _NO_MATCH
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{value!r} is not a finite number (JSON has no NaN or infinity)")
        return value
    if tp is str:
        # A datetime is accepted where the spec types a date as plain text (limitBoardingTime), sent as UTC ISO 8601.
        if isinstance(value, _dt.datetime):
            return encode_datetime(value)
        return value if isinstance(value, str) else _NO_MATCH
    if tp is UUID:
        return _convert_uuid(value)
    if tp is _dt.datetime:
        if isinstance(value, _dt.datetime):
            return to_wire_scalar(value)
        return value if isinstance(value, str) else _NO_MATCH
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        raw = value.value if isinstance(value, enum.Enum) else value
        if not isinstance(raw, str | int | float):
            return _NO_MATCH
        allowed = {member.value for member in tp}
        if raw not in allowed:
            raise ValueError(f"{raw!r} is not one of {', '.join(map(repr, sorted(allowed)))}")
        return raw
    return to_wire_scalar(value)  # a type the facade has no rule for: let the model and the server judge


def _convert_uuid(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    if not isinstance(value, str):
        return _NO_MATCH
    try:
        return str(UUID(value))
    except ValueError:
        raise ValueError(f"{value!r} is not a UUID") from None


def _describe(tp: Any) -> str:
    if typing.get_origin(tp) is list:
        return f"a list of {_describe(typing.get_args(tp)[0])}"
    names = {
        bool: "a bool",
        float: "a number",
        int: "an int",
        str: "a string",
        UUID: "a UUID",
        _dt.datetime: "a datetime",
    }
    return names.get(tp, getattr(tp, "__name__", repr(tp)))
