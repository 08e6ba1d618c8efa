"""JSON decoding at the HTTP boundary: refuse, with a 4xx, what the standard decoder accepts but storage cannot hold.

``json.loads`` happily returns values that later blow up far from the request: an integer of 2**70 overflows
SQLite's 64-bit integers when bound, a lone surrogate (``"\\ud800"``) cannot be encoded to UTF-8 by SQLite or by the
response renderer, ``NaN``/``Infinity`` are not JSON at all (RFC 8259) and break arithmetic (a clock advanced by
NaN), and deep nesting raises ``RecursionError``. Each of those used to end in a 500. :func:`decode` turns them into
the API's usual error bodies instead, naming the offending field:

- not JSON, ``NaN``/``Infinity`` constants, nesting deeper than :data:`MAX_DEPTH`, or a lone surrogate in a string
  or key: **400** ``Problems parsing JSON``;
- a number outside what the API stores (an integer outside SQLite's signed 64-bit range, a float that overflows to
  infinity): **422** ``Validation Failed``.

Request bodies and listing cursors both go through it; the body size is already bounded by the middleware, so the
walk over the decoded value costs little.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .errors import ApiError, FieldErrors, bad_json, field_error, validation_failed

MAX_DEPTH = 32
"""Deepest nesting accepted: API bodies are two or three levels deep; 32 leaves room without risking recursion."""

INT_MIN, INT_MAX = -(2**63), 2**63 - 1
"""SQLite's INTEGER range: a larger Python int cannot be bound as a parameter (OverflowError)."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_RESOURCE = "Body"


class _NotJson(ValueError):
    """A constant (NaN, Infinity) that Python's decoder accepts but JSON does not have."""


def _refuse_constant(name: str) -> Any:
    raise _NotJson(f"{name} is not a JSON value")


def _path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


def _unicode_error(field: str) -> ApiError:
    message = f"{field or 'body'} holds a lone surrogate (\\ud800-\\udfff), which is not valid Unicode"
    return ApiError(400, "Problems parsing JSON", [field_error(_RESOURCE, field or "body", "invalid", message)])


def _too_deep(field: str) -> ApiError:
    message = f"the body is nested deeper than {MAX_DEPTH} levels"
    return ApiError(400, "Problems parsing JSON", [field_error(_RESOURCE, field or "body", "invalid", message)])


def _check(value: Any) -> None:
    """Walk the decoded value (iteratively: its depth is what is being checked) and raise on the first 400, or a
    422 listing every number out of range."""
    out_of_range: FieldErrors = []
    stack: list[tuple[str, Any, int]] = [("", value, 0)]
    while stack:
        field, item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                message = f"the body is nested deeper than {MAX_DEPTH} levels"
                raise ApiError(
                    400, "Problems parsing JSON", [field_error(_RESOURCE, field or "body", "invalid", message)]
                )
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in pairs:
                if isinstance(key, str) and _SURROGATE.search(key):
                    raise _unicode_error(field)
                stack.append((_path(field, key), child, depth + 1))
        elif isinstance(item, str):
            if _SURROGATE.search(item):
                raise _unicode_error(field)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int) and not INT_MIN <= item <= INT_MAX:
            message = f"{field or 'body'} is outside the range of a 64-bit integer"
            out_of_range.append(field_error(_RESOURCE, field or "body", "invalid", message))
        elif isinstance(item, float) and not math.isfinite(item):
            message = f"{field or 'body'} is too large a number"
            out_of_range.append(field_error(_RESOURCE, field or "body", "invalid", message))
    if out_of_range:
        raise validation_failed(sorted(out_of_range, key=lambda e: e["field"]))


def decode(raw: bytes | str) -> Any:
    """The JSON value of ``raw``, or an :class:`ApiError` (400 or 422, see the module docstring)."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:
        raise _too_deep("") from None
    except (ValueError, UnicodeDecodeError):
        raise bad_json() from None
    _check(value)
    return value
