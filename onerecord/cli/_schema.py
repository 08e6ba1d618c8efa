"""What the CLI knows about the API, read from the generated package (``onerecord_api``) at the moment it is needed.

The CLI checks ``--set`` values, ``--filter``/``--sort`` items and ``--group`` names before any request, so that a
typo is a usage error naming the culprit rather than a 400 or 422 from the server. None of these tables is written
out here: request bodies come from the generated request models (through the facade's ``model_spec``), columns from
the response models, groups from the generated group enums, and filters and sorts from the list operations
themselves: each generated ``_get_kwargs`` is asked which query parameter every one of its arguments becomes
(``filterquantity_realgt`` → ``filter[quantityReal][gt]``). Add a field, an enum value, a group or a filter to
``openapi/one-record.yaml``, run ``make generate``, and the CLI accepts it with no edit here.

Nothing is imported before a command asks: ``onerecord --help`` must not pay for the generated package or httpx.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import importlib
import inspect
import re
import types
import typing
import uuid
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["number", "string", "boolean", "datetime", "uuid", "uuid-list", "enum", "json"]

_FILTER = re.compile(r"filter\[(?P<field>[^\]]+)\]\[(?P<op>[^\]]+)\]")
_SORT = re.compile(r"sort\[(?P<field>[^\]]+)\]")
_GROUPS = "groups[]"


@dataclass(frozen=True)
class BodyField:
    """One field of a request body: its wire name, the kind of text ``--set`` must hold, and its constraints."""

    api: str
    kind: Kind
    required: bool
    nullable: bool
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class FilterField:
    """One filterable field: the kind its values must have and the operators the operation declares for it."""

    kind: Kind
    operators: tuple[str, ...]
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Query:
    """The query parameters of one read operation, as the generated function declares them."""

    filters: dict[str, FilterField]
    sorts: tuple[str, ...]
    groups: tuple[str, ...]


@functools.cache
def body_fields(model: str) -> dict[str, BodyField]:
    """The fields of a generated request model (``"ShipmentCreate"``), keyed by wire name, in the model's order."""
    from .._fields import model_spec

    fields: dict[str, BodyField] = {}
    for spec in model_spec(_model(model)).fields:
        kind, choices = _kind(spec.types)
        fields[spec.api] = BodyField(spec.api, kind, spec.required, spec.nullable, choices)
    return fields


@functools.cache
def columns(model: str) -> tuple[str, ...]:
    """The wire names of a generated response model, in the spec's order: the columns of tables and CSV."""
    from .._fields import model_spec

    return tuple(spec.api for spec in model_spec(_model(model)).fields)


@functools.cache
def query(operation: str, item_model: str | None = None) -> Query:
    """Filters, sorts and groups of ``onerecord_api.api.<operation>`` (e.g. ``"shipment.list_shipments"``).

    ``item_model`` names the model of the items the operation returns: a filter the generated code types as text is
    a date-time filter when the item's field is a date-time.
    """
    module = importlib.import_module(f"onerecord_api.api.{operation}")
    build = module._get_kwargs
    hints = typing.get_type_hints(build)
    item_types = _item_types(item_model)
    kinds: dict[str, tuple[Kind, tuple[str, ...]]] = {}
    operators: dict[str, list[str]] = {}
    sorts: list[str] = []
    groups: tuple[str, ...] = ()
    signature = inspect.signature(build)
    # Path parameters (the id, the code) are positional: given a sample so that the query can be built at all.
    path_args = [
        _sample(hints.get(name, Any))
        for name, parameter in signature.parameters.items()
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY
    ]
    for name, parameter in signature.parameters.items():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        hint = hints.get(name, Any)
        wire = _wire_name(build, path_args, name, hint)
        if wire is None:
            continue
        if wire == _GROUPS:
            groups = _group_values(hint)
        elif match := _FILTER.fullmatch(wire):
            field, op = match["field"], match["op"]
            operators.setdefault(field, []).append(op)
            if op != "between":  # the pair is text on the wire; the field's kind comes from its other operators
                kinds.setdefault(field, _kind(_accepted(hint)))
        elif match := _SORT.fullmatch(wire):
            sorts.append(match["field"])
    filters: dict[str, FilterField] = {}
    for field, ops in operators.items():
        kind, choices = kinds.get(field, ("string", ()))
        if kind == "string" and any(_mentions_datetime(tp) for tp in item_types.get(field, ())):
            kind = "datetime"
        filters[field] = FilterField(kind, tuple(ops), choices)
    return Query(filters=filters, sorts=tuple(sorts), groups=groups)


def to_api_name(name: str) -> str:
    """Accept ``quantity_real`` and ``quantity-real`` as well as ``quantityReal`` (names copied from Python)."""
    head, *rest = re.split(r"[_-]", name)
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def option_name(api_name: str) -> str:
    """``departureCountry`` → ``--departure-country``: how a dedicated option spells a field."""
    return "--" + re.sub(r"(?<!^)(?=[A-Z])", "-", api_name).lower()


def _model(name: str) -> type[Any]:
    import onerecord_api.models as generated

    cls: type[Any] = getattr(generated, name)
    return cls


def _item_types(item_model: str | None) -> dict[str, tuple[Any, ...]]:
    if item_model is None:
        return {}
    from .._fields import model_spec

    return {spec.api: spec.types for spec in model_spec(_model(item_model)).fields}


def _accepted(hint: Any) -> tuple[Any, ...]:
    from onerecord_api.types import Unset

    return tuple(tp for tp in _flatten(hint) if tp is not Unset and tp is not type(None))


def _flatten(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(arg for part in typing.get_args(hint) for arg in _flatten(part))
    return (hint,)


def _kind(accepted: tuple[Any, ...]) -> tuple[Kind, tuple[str, ...]]:
    """The most specific kind among a field's accepted types (``bool`` before numbers, as ``bool`` is an ``int``)."""
    for tp in accepted:
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return "enum", tuple(str(member.value) for member in tp)
    for tp, kind in ((bool, "boolean"), (float, "number"), (int, "number"), (uuid.UUID, "uuid")):
        if tp in accepted:
            return typing.cast(Kind, kind), ()
    if any(_mentions_datetime(tp) for tp in accepted):
        return "datetime", ()
    if any(typing.get_origin(tp) is list and typing.get_args(tp) == (uuid.UUID,) for tp in accepted):
        return "uuid-list", ()
    if str in accepted:
        return "string", ()
    return "json", ()


def _mentions_datetime(tp: Any) -> bool:
    return tp is _dt.datetime or any(_mentions_datetime(arg) for arg in typing.get_args(tp))


def _group_values(hint: Any) -> tuple[str, ...]:
    for tp in _accepted(hint):
        for arg in (tp, *typing.get_args(tp)):
            if isinstance(arg, type) and issubclass(arg, enum.Enum):
                return tuple(str(member.value) for member in arg)
    return ()


def _sample(hint: Any) -> object:
    """A value of the argument's type, so that the generated function puts it in the query it builds."""
    for tp in _accepted(hint):
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return next(iter(tp))
        if typing.get_origin(tp) is list:
            return [_sample(typing.get_args(tp)[0])]
        samples: dict[Any, object] = {bool: True, int: 1, float: 1.5, str: "x", uuid.UUID: uuid.UUID(int=1)}
        if tp in samples:
            return samples[tp]
        if tp is _dt.datetime:
            return _dt.datetime(2000, 1, 1, tzinfo=_dt.UTC)
    return "x"


def _wire_name(build: Any, path_args: list[object], name: str, hint: Any) -> str | None:
    """The query parameter ``build`` turns argument ``name`` into (``None`` when it sends no query parameter)."""
    try:
        params = build(*path_args, **{name: _sample(hint)}).get("params") or {}
    except Exception:  # an argument the generated code cannot take alone: not a query parameter we can offer
        return None
    names = [key for key, value in params.items() if value is not None]
    return names[0] if len(names) == 1 else None
