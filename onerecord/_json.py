"""Strict JSON decoding of what a server sends: one function, one set of failures.

Why a module of its own: ``json.loads`` as Python ships it is lenient where a client must not be, and fails with
exceptions a caller does not expect from an HTTP client.

- It accepts ``NaN``, ``Infinity`` and ``-Infinity``, which are not JSON (RFC 8259): a quantity of ``NaN`` would
  flow silently into the caller's arithmetic. They are refused here.
- A body nested ~1,000 levels deep raises :class:`RecursionError`, not :class:`ValueError`; a hostile or broken
  server must not be able to raise something outside the ``OneRecordError`` hierarchy through us. Nesting is capped
  well below that (:data:`MAX_DEPTH`; the API's deepest documents are a handful of levels), so that what we do
  with a decoded body afterwards (scrubbing secrets, ``repr``, pickling an error that carries it) cannot hit the
  recursion limit either. Both are reported as the same :class:`ValueError` as any other unreadable body.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

__all__ = ["MAX_DEPTH", "loads_strict"]

MAX_DEPTH = 100


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"non-standard JSON constant {name} (not allowed by RFC 8259)")


# One decoder, made once: ``json.loads`` with any keyword builds a new decoder per call (~5 us, a third of decoding a
# shipment). ``loads_strict`` does what ``json.loads`` does with bytes (detect the encoding, refuse a BOM) around it.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def loads_strict(content: bytes | str) -> Any:
    """Decode ``content`` as standard JSON; any failure (syntax, encoding, constants, depth) is a ``ValueError``."""
    try:
        text = content if isinstance(content, str) else content.decode(json.detect_encoding(content), "surrogatepass")
        if text.startswith("\ufeff"):
            raise ValueError("JSON must not start with a byte order mark")
        value = _DECODER.decode(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to be decoded") from None
    # Fast path, C speed: with no more than MAX_DEPTH brackets in all, nothing can be nested deeper.
    if isinstance(content, str):
        brackets = content.count("[") + content.count("{")
    else:
        brackets = content.count(b"[") + content.count(b"{")
    if brackets > MAX_DEPTH and _depth(value) > MAX_DEPTH:
        raise ValueError(f"JSON nested more than {MAX_DEPTH} levels deep")
    return value


def _depth(value: object) -> int:
    """Nesting depth of decoded JSON, walked without recursion (a list or object counts one level)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_DEPTH:
                return deepest
        stack.extend((child, depth) for child in children if isinstance(child, dict | list))
    return deepest
