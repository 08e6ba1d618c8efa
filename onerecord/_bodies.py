"""Request bodies for create and update calls, from keyword fields, a dict, or a generated model instance.

Whatever the caller passes, the JSON sent is produced by the generated model's ``to_dict`` so that wire names stay
those of the spec. Mistakes are reported before any request: an unknown field (``TypeError``, with the closest known
name), a wrong type or an invalid UUID/enum value (``TypeError``/``ValueError`` naming the field), a field given twice
under its two spellings, required fields missing on create (``ValueError`` naming all of them), and an update with
nothing to change.

An update body holds exactly the fields given: ``update(id, customer_reference=None)`` sends
``{"customerReference": null}`` (clearing the field), and fields not named, or given as ``UNSET`` (the generated
models' marker for "absent"), are not sent at all.

A model instance goes through the same checks as keyword fields (so a plain string is fine where the model wants
one of its enums, and a wrong value names its field); its ``additional_properties`` are sent as they are: that is the
way to send a field the server knows but the spec does not.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from typing import Any, Protocol, Self

from onerecord_api.types import Unset

from ._fields import check_value, model_spec, to_wire_scalar

__all__ = ["BodyModel", "build_body"]


class BodyModel(Protocol):
    """What the facade needs of a generated request-body model."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


def build_body(
    model: type[BodyModel],
    body: object,
    fields: Mapping[str, Any],
    *,
    partial: bool,
) -> dict[str, Any]:
    """The JSON body for ``model`` from ``body`` (instance or mapping) or keyword ``fields`` (not both).

    ``partial`` is for update bodies: no field is required, but at least one must be given.
    """
    if body is not None and fields:
        raise TypeError(f"pass either a {model.__name__}/dict or keyword fields, not both")
    spec = model_spec(model)
    extra: dict[str, Any] = {}
    given: Mapping[str, Any]
    if isinstance(body, model):
        # An instance goes through the same checks as keywords, so a wrong value names its field; the fields the
        # spec does not know (``additional_properties``) are sent as they are.
        given = {field.attr: getattr(body, field.attr) for field in spec.fields}
        extra = dict(getattr(body, "additional_properties", {}))
    elif body is not None and not isinstance(body, Mapping):
        raise TypeError(f"expected a {model.__name__}, a dict or keyword fields, got {type(body).__name__}")
    else:
        given = fields if body is None else body

    wire: dict[str, Any] = {}
    for name, value in given.items():
        field = spec.by_name.get(name) if isinstance(name, str) else None
        if field is None:
            raise TypeError(f"{model.__name__} has no field {name!r}{_suggestion(name, spec.by_name)}")
        if isinstance(value, Unset):  # the generated models' "absent": not sent, as in the models' own to_dict
            continue
        if field.api in wire:
            raise TypeError(f"{model.__name__}: field {field.label} given twice")
        wire[field.api] = check_value(field, name, value)

    wire.update({name: value for name, value in extra.items() if name not in wire})
    if partial and not wire:
        raise ValueError(f"{model.__name__}: no field to change was given")
    if not partial:
        missing = [field.attr for field in spec.fields if field.required and field.api not in wire]
        if missing:
            raise ValueError(f"{model.__name__}: missing required field(s): {', '.join(missing)}")
    try:
        instance = model.from_dict(wire)
    except Exception as exc:  # the checks above should leave nothing for the model to refuse
        raise ValueError(f"{model.__name__}: invalid body: {exc}") from exc
    return _to_json(instance)


def _to_json(instance: BodyModel) -> dict[str, Any]:
    try:
        body: dict[str, Any] = to_wire_scalar(instance.to_dict())
    except Exception as exc:  # the checks in build_body should leave nothing for to_dict to refuse
        raise TypeError(f"{type(instance).__name__} cannot be serialised: {type(exc).__name__}: {exc}") from exc
    for name, value in body.items():
        if isinstance(value, float) and not math.isfinite(value):  # JSON cannot carry it
            raise ValueError(f"{type(instance).__name__}: {name}: {value!r} is not a finite number")
    return body


def _suggestion(name: object, known: Mapping[str, object]) -> str:
    if not isinstance(name, str):
        return ""
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
