"""JSON decoding at the HTTP boundary: refuse, with a 4xx, what the standard decoder accepts but storage cannot hold.

``json.loads`` happily returns values that later blow up far from the request: an integer of 2**70 overflows
SQLite's 64-bit integers when bound, a lone surrogate (``"\\ud800"``) cannot be encoded to UTF-8 by SQLite or by the
response renderer, ``NaN``/``Infinity`` are not JSON at all (RFC 8259) and break arithmetic (a clock advanced by
NaN), and deep nesting raises ``RecursionError``. Each of those used to end in a 500. With :func:`decode`:

- not JSON, ``NaN``/``Infinity`` constants, nesting deeper than :data:`MAX_DEPTH`, or a lone surrogate in a string
  or key: **400** ``Problems parsing JSON`` naming where (what a strict server-side JSON parser refuses outright);
- a number outside what the API stores (an integer outside SQLite's signed 64-bit range, a float that overflows to
  infinity) decodes to an :class:`UnstorableNumber`, which is neither ``int`` nor ``float`` nor ``str``: every
  check of a field the API declares refuses it (**422** naming the field, like any value of the wrong type), and
  a field the API does not know is ignored as usual, whatever it holds.

Request bodies and listing cursors both go through it; the body size is already bounded by the middleware, so the
walk over the decoded value costs little.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .errors import ApiError, bad_json, field_error

MAX_DEPTH = 64
"""Deepest nesting accepted: API bodies are two or three levels deep; 64 leaves room, far from recursion limits."""

INT_MIN, INT_MAX = -(2**63), 2**63 - 1
"""SQLite's INTEGER range: a larger Python int cannot be bound as a parameter (OverflowError)."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_RESOURCE = "Body"


class UnstorableNumber:
    """A JSON number the API cannot store, kept as its text; no validator takes it for a number (see the module)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"UnstorableNumber({self.text[:40]!r})"


def _int(text: str) -> int | UnstorableNumber:
    if len(text.lstrip("-")) > 19:  # before int(): a 5,000-digit text would take time, then raise
        return UnstorableNumber(text)
    value = int(text)
    return value if INT_MIN <= value <= INT_MAX else UnstorableNumber(text)


def _float(text: str) -> float | UnstorableNumber:
    value = float(text)
    return value if math.isfinite(value) else UnstorableNumber(text)


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
    """Walk the decoded value (iteratively: its depth is what is being checked); raise on the first problem."""
    stack: list[tuple[str, Any, int]] = [("", value, 0)]
    while stack:
        field, item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                raise _too_deep(field)
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            for key, child in pairs:
                if isinstance(key, str) and _SURROGATE.search(key):
                    raise _unicode_error(field)
                stack.append((_path(field, key), child, depth + 1))
        elif isinstance(item, str) and _SURROGATE.search(item):
            raise _unicode_error(field)


def decode(raw: bytes | str) -> Any:
    """The JSON value of ``raw`` (with :class:`UnstorableNumber` for numbers out of range), or a 400 ApiError."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant, parse_int=_int, parse_float=_float)
    except RecursionError:
        raise _too_deep("") from None
    except (ValueError, UnicodeDecodeError):
        raise bad_json() from None
    _check(value)
    return value
