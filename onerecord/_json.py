"""Strict JSON decoding of what a server sends: one function, one set of failures.

Why a module of its own: ``json.loads`` as Python ships it is lenient where a client must not be, and fails with
exceptions a caller does not expect from an HTTP client.

- It accepts ``NaN``, ``Infinity`` and ``-Infinity``, which are not JSON (RFC 8259): a quantity of ``NaN`` would
  flow silently into the caller's arithmetic. They are refused here.
- A body nested ~1,000 levels deep raises :class:`RecursionError`, not :class:`ValueError`; a hostile or broken
  server must not be able to raise something outside the ``OneRecordError`` hierarchy through us. Nesting is capped
  well below that (:data:`MAX_DEPTH`; the API's deepest documents are a handful of levels), so that what we do
  with a decoded body afterwards (scrubbing secrets, ``repr``, pickling an error that carries it) cannot hit the
  recursion limit either. Both are reported as the same :class:`ValueError` as any other unreadable body. The depth
  is read from the text at C speed (:func:`_shallow`); only a body it cannot prove shallow is walked.
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
        if isinstance(content, str):
            text = content
        else:
            encoding = json.detect_encoding(content)
            text = content.decode(encoding, "surrogatepass")
        if text.startswith("\ufeff"):
            raise ValueError("JSON must not start with a byte order mark")
        value = _DECODER.decode(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to be decoded") from None
    utf8 = content if isinstance(content, bytes) and encoding == "utf-8" else text.encode("utf-8", "surrogatepass")
    if not _shallow(utf8) and _depth(value) > MAX_DEPTH:
        raise ValueError(f"JSON nested more than {MAX_DEPTH} levels deep")
    return value


# Every byte but the brackets and the quote, deleted by ``bytes.translate`` (C speed).
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in b'[]{}"')


def _shallow(utf8: bytes) -> bool:
    """Whether valid JSON ``utf8`` is proven nested no more than ``MAX_DEPTH`` levels, from its text at C speed.

    Walking the decoded value (:func:`_depth`) costs more than decoding a page of 200 shipments (27 M instructions
    against 16 M); this costs 5 M. Soundness: in valid UTF-8 JSON, brackets outside strings are exactly the
    structure, and when no ``\\"`` occurs every quote byte delimits a string. Keeping only brackets and quotes,
    removing adjacent quote pairs (a string without brackets, or two strings merged: their contents stay between
    quotes) and then the quoted rest leaves the structure's bracket sequence. Each round of removing adjacent ``[]``
    then ``{}`` pairs removes one or two levels (at least the deepest pairs, which are adjacent), so an empty sequence
    within ``MAX_DEPTH // 2`` rounds proves the depth; so does having no more brackets than ``MAX_DEPTH``. Anything
    else (escaped quotes, deeper text) answers ``False``: the exact walk decides.
    """
    structure = utf8.translate(None, _NOT_STRUCTURE)
    if len(structure) - structure.count(b'"') <= MAX_DEPTH:
        return True  # no more brackets than levels allowed (a single resource, usually)
    if b'\\"' in utf8:
        return False
    structure = structure.replace(b'""', b"")
    if b'"' in structure:
        structure = b"".join(structure.split(b'"')[::2])
    for _ in range(MAX_DEPTH // 2):
        if not structure:
            return True
        structure = structure.replace(b"[]", b"").replace(b"{}", b"")
    return not structure


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
