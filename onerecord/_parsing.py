"""Responses to generated models, with every parsing failure turned into ``ResponseValidationError``.

The generated ``from_dict`` methods are tolerant where the spec asks for it (unknown fields go to
``additional_properties``; quantity types, event types and the like are open strings) and raise bare
``KeyError``/``ValueError``/``TypeError`` where the response breaks the spec (no ``shipmentId``, a malformed UUID).
Those are caught here and re-raised as ``ResponseValidationError`` carrying the raw JSON and the response.

Datetimes: the API reads a date-time without an offset as UTC. The generated models need nothing here: our generator
templates (``openapi/templates/``) make their parser return date-times UTC-aware, and raise ``ValueError`` for one it
cannot read, in the same single pass over the JSON. A caller's own ``item_model`` (``client.paginate``) gets the same
treatment from :func:`make_utc`, a second walk that visits only the fields that may hold a datetime or a nested model
(tables computed once per model class); it never runs for the generated models.
"""

from __future__ import annotations

import datetime as _dt
import reprlib
from collections.abc import Callable, Mapping
from typing import Any, Protocol, Self, TypeVar
from uuid import UUID

import httpx

from ._json import loads_strict
from .errors import ResponseValidationError
from .pagination import Page

__all__ = ["ResponseModel", "make_utc", "parse_envelope", "parse_model", "parse_page", "parse_raw_page", "read_json"]


class ResponseModel(Protocol):
    """What the facade needs of a generated response model."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=ResponseModel)
T = TypeVar("T")

_LEAVES = (str, UUID, int, float, bool, type(None))


def read_json(response: httpx.Response) -> Any:
    """The decoded JSON body, or ``ResponseValidationError`` if it is not standard JSON (``NaN``, too deep, ...)."""
    try:
        return loads_strict(response.content)
    except ValueError as exc:
        raise ResponseValidationError(
            f"{response.request.method} {response.request.url.path}: the response body is not JSON ({exc})",
            body=response.text,
            response=response,
        ) from exc


def _invalid(response: httpx.Response, body: object, reason: str) -> ResponseValidationError:
    request = response.request
    return ResponseValidationError(
        f"{request.method} {request.url.path}: response does not match the spec: {reason}",
        body=body,
        response=response,
    )


def _json_object(data: object, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object for {what}, got {type(data).__name__}")
    return data


def _is_generated(model: type[Any]) -> bool:
    return model.__module__.startswith("onerecord_api.")


def _read_model(model: type[M], data: object) -> M:
    instance = model.from_dict(_json_object(data, model.__name__))
    if not _is_generated(model):
        make_utc(instance)
    return instance


def parse_model(model: type[M], response: httpx.Response) -> M:
    """``model.from_dict`` of the JSON body."""
    body = read_json(response)
    try:
        return _read_model(model, body)
    except Exception as exc:
        raise _invalid(response, body, f"{type(exc).__name__}: {exc}") from exc


def parse_envelope(response: httpx.Response, parse_item: Callable[[object], T]) -> Page[T]:
    """A ``{"data": [...], "metadata": {"next": cursor|null}}`` page, each record read by ``parse_item``."""
    body = read_json(response)
    data = body.get("data") if isinstance(body, dict) else None
    metadata = body.get("metadata") if isinstance(body, dict) else None
    if not isinstance(data, list) or not isinstance(metadata, dict) or "next" not in metadata:
        raise _invalid(response, body, 'expected {"data": [...], "metadata": {"next": ...}}')
    cursor = metadata["next"]
    if cursor is not None and not isinstance(cursor, str):
        raise _invalid(response, body, f"metadata.next must be a string or null, got {reprlib.repr(cursor)}")
    try:
        items = [parse_item(record) for record in data]
    except Exception as exc:
        raise _invalid(response, body, f"{type(exc).__name__}: {exc}") from exc
    return Page(items=items, next_cursor=cursor)


def parse_page(model: type[M], response: httpx.Response) -> Page[M]:
    """A page of ``model`` records; one bad record fails the page, with the whole page's JSON attached."""
    if _is_generated(model):
        name = model.__name__
        return parse_envelope(response, lambda record: model.from_dict(_json_object(record, name)))
    return parse_envelope(response, lambda record: _read_model(model, record))


def parse_raw_page(response: httpx.Response) -> Page[dict[str, Any]]:
    """A page of records left as the decoded JSON objects (for ``client.paginate`` without a model)."""
    return parse_envelope(response, lambda record: _json_object(record, "a record"))


def make_utc(instance: object) -> None:
    """Make the naive datetimes of a parsed model (and of the models nested in it) UTC-aware, in place."""
    # Imported here: only a caller's own models come this way, and ``import onerecord`` then needs neither attrs nor
    # the generated models.
    from onerecord_api.types import Unset

    from ._fields import model_spec

    spec = model_spec(type(instance))
    for name in spec.datetime_attrs:
        value = getattr(instance, name)
        if isinstance(value, _dt.datetime):
            if value.tzinfo is None:
                object.__setattr__(instance, name, value.replace(tzinfo=_dt.UTC))  # frozen models too
        elif value is not None and not isinstance(value, Unset):  # the generated parser passes anything else on
            raise ValueError(f"{name}: {value!r} is not an ISO 8601 date-time")
    for name in spec.nested_attrs:
        value = getattr(instance, name)
        if isinstance(value, list):
            for item in value:
                if not isinstance(item, _LEAVES):
                    make_utc(item)
        elif not isinstance(value, _LEAVES) and hasattr(type(value), "__attrs_attrs__"):
            make_utc(value)
