"""``GET /shipment`` query parameters to SQL: filters, sorting and keyset (cursor) pagination.

The cursor is the sort key of the last row served plus its ``seq`` (a unique, increasing insertion number),
base64url-encoded JSON. The next page starts strictly after that key, so deep pages cost the same as the first
one, and rows inserted between two pages never shift the ones not served yet (nothing lost, nothing repeated).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import strictjson
from .clock import parse_datetime
from .errors import ApiError, FieldErrors, bad_query, field_error
from .fields import FILTERS, NEVER_NULL, SORTABLE, kind_of

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
_FILTER = re.compile(r"^filter\[([A-Za-z]+)\]\[([a-z]+)\]$")
_SORT = re.compile(r"^sort\[([A-Za-z]+)\]$")
_SQL_OPS = {"eq": "=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<="}

SortKey = tuple[str, str]  # (field, "asc" | "desc")


@dataclass(frozen=True)
class ListQuery:
    where: str
    params: list[Any]
    sort: list[SortKey]
    limit: int
    after: list[Any] | None


def _bad(field: str, message: str) -> ApiError:
    return bad_query([field_error("Shipment", field, "invalid", message)])


def parse_limit(values: Sequence[str]) -> int:
    """``page[limit]``: 1..200, larger values lowered to 200 (what the real server does)."""
    if not values:
        return DEFAULT_LIMIT
    try:
        limit = int(values[-1])
    except ValueError:
        raise _bad("page[limit]", "page[limit] must be an integer") from None
    if limit < 1:
        raise _bad("page[limit]", "page[limit] must be at least 1")
    return min(limit, MAX_LIMIT)


def _filter_value(name: str, field: str, op: str, raw: str) -> Any:
    kind = kind_of(field)
    if kind == "number":
        try:
            number = float(raw)
        except ValueError:
            raise _bad(name, f"{name} must be a number") from None
        if not math.isfinite(number):
            raise _bad(name, f"{name} must be a finite number")
        return number
    if kind in ("datetime", "text_datetime"):
        value = parse_datetime(raw)
        if value is None:
            raise _bad(name, f"{name} must be an ISO 8601 date-time")
        return value
    if kind == "bool":
        if raw.lower() not in ("true", "false", "1", "0"):
            raise _bad(name, f"{name} must be true or false")
        return int(raw.lower() in ("true", "1"))
    return raw


def parse_filters(items: Sequence[tuple[str, str]]) -> tuple[str, list[Any]]:
    """``filter[<field>][<op>]=value`` pairs to an SQL condition (combined with AND) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    errors: FieldErrors = []
    for name, raw in items:
        match = _FILTER.match(name)
        if not match:
            if name.startswith("filter"):
                errors.append(field_error("Shipment", name, "invalid", f"Malformed filter '{name}'"))
            continue
        field, op = match.groups()
        if op not in FILTERS.get(field, ()):
            errors.append(field_error("Shipment", name, "invalid", f"Field '{field}' cannot be filtered with '{op}'"))
            continue
        if op not in (*_SQL_OPS, "ne", "between"):  # an operator the spec gained: its meaning is not written here
            errors.append(field_error("Shipment", name, "invalid", f"The sandbox does not implement '{op}' yet"))
            continue
        column = f'"{field}"'
        if op == "between":
            low, sep, high = raw.partition(",")
            if not sep:
                raise _bad(name, f"{name} must be two values separated by a comma")
            clauses.append(f"{column} BETWEEN ? AND ?")
            params += [_filter_value(name, field, op, low), _filter_value(name, field, op, high)]
        elif op == "ne":
            # "not equal" keeps rows where the field is empty (null), like a human reading the filter would expect.
            clauses.append(f"{column} IS NOT ?")
            params.append(_filter_value(name, field, op, raw))
        else:
            clauses.append(f"{column} {_SQL_OPS[op]} ?")
            params.append(_filter_value(name, field, op, raw))
    if errors:
        raise bad_query(errors)
    return " AND ".join(clauses), params


def parse_sort(items: Sequence[tuple[str, str]]) -> list[SortKey]:
    """``sort[<field>]=asc|desc`` in the order given; the default is oldest first (createdAt asc)."""
    keys: list[SortKey] = []
    for name, raw in items:
        match = _SORT.match(name)
        if not match:
            if name.startswith("sort"):
                raise _bad(name, f"Malformed sort parameter '{name}'")
            continue
        field = match.group(1)
        if field not in SORTABLE:
            raise _bad(name, f"Field '{field}' cannot be sorted on")
        if raw not in ("asc", "desc"):
            raise _bad(name, f"{name} must be asc or desc")
        if field not in (k for k, _ in keys):
            keys.append((field, raw))
    return keys or [("createdAt", "asc")]


def encode_cursor(sort: list[SortKey], values: list[Any]) -> str:
    raw = json.dumps({"s": sort, "v": values}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: list[SortKey]) -> list[Any]:
    """The key a cursor points after; a cursor from another sort order (or not from us) is a 400."""
    try:
        data = strictjson.decode(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        values = data["v"]
        same_sort = [tuple(k) for k in data["s"]] == sort
    except (ApiError, ValueError, KeyError, TypeError, binascii.Error):
        raise _bad("page[cursor]", "page[cursor] is not a cursor this server issued") from None
    if not same_sort or not isinstance(values, list) or len(values) != len(sort) + 1:
        raise _bad("page[cursor]", "page[cursor] belongs to a listing with another sort order")
    # Only scalars are bound into SQL; the last value is an insertion number. Anything else was not issued here.
    *keys, position = values
    if not all(_is_scalar(v) for v in keys) or not isinstance(position, int) or isinstance(position, bool):
        raise _bad("page[cursor]", "page[cursor] is not a cursor this server issued")
    return values


def _is_scalar(value: Any) -> bool:
    return value is None or (isinstance(value, str | int | float) and not isinstance(value, bool))


def keyset_condition(sort: list[SortKey], after: list[Any]) -> tuple[str, list[Any]]:
    """Rows strictly after ``after`` in the order ``sort`` + seq, with SQLite's NULL ordering (NULLs first in asc).

    The ``seq`` tie-breaker runs in the direction of the last sort key, so a one-key sort stays index-friendly.

    Non-null keys use a row-value comparison that SQLite can answer from an index; nullable ones need the
    spelled-out form.
    """
    keys = [*sort, ("seq", sort[-1][1])]
    columns = [f'"{field}"' if field != "seq" else "seq" for field, _ in keys]
    if all(field in NEVER_NULL or field == "seq" for field, _ in keys) and len({d for _, d in keys}) == 1:
        op = ">" if keys[0][1] == "asc" else "<"
        marks = ", ".join("?" * len(keys))
        return f"({', '.join(columns)}) {op} ({marks})", list(after)
    ors: list[str] = []
    params: list[Any] = []
    for i, ((_, direction), column) in enumerate(zip(keys, columns, strict=True)):
        parts: list[str] = []
        for j in range(i):
            value = after[j]
            parts.append(f"{columns[j]} IS ?")
            params.append(value)
        value = after[i]
        if direction == "asc":
            parts.append(f"{column} IS NOT NULL" if value is None else f"{column} > ?")
        else:
            parts.append("0" if value is None else f"({column} < ? OR {column} IS NULL)")
        if value is not None:
            params.append(value)
        ors.append("(" + " AND ".join(parts) + ")")
    return "(" + " OR ".join(ors) + ")", params


def order_by(sort: list[SortKey]) -> str:
    keys = [f'"{field}" {direction.upper()}' for field, direction in sort]
    return ", ".join([*keys, f"seq {sort[-1][1].upper()}"])
