"""Turning the text a user typed into the typed value a field expects, with messages that say what was wrong."""

from __future__ import annotations

import math
import re
import uuid
from datetime import datetime

from ._fields import DATETIME_PATTERN, Kind, to_api_name

_TRUE = frozenset({"true", "yes", "1", "on"})
_FALSE = frozenset({"false", "no", "0", "off"})
_DATETIME = re.compile(DATETIME_PATTERN)


def coerce(kind: Kind, raw: str) -> object:
    """Return ``raw`` as a value of ``kind``; raise ``ValueError`` with a short reason when it is not one.

    Date-times are validated but kept as the user wrote them: the server reads a value without offset as UTC, and
    re-encoding would only risk changing what the user meant.
    """
    text = raw.strip()
    if kind == "string":
        return raw
    if kind == "number":
        return _number(text)
    if kind == "boolean":
        lowered = text.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ValueError(f"{raw!r} is not a boolean (use true or false)")
    if kind == "datetime":
        try:
            if not _DATETIME.fullmatch(text):
                raise ValueError
            datetime.fromisoformat(text.replace("Z", "+00:00"))  # a real calendar day, not 2026-02-30
        except ValueError:
            raise ValueError(f"{raw!r} is not an ISO 8601 date or date-time (e.g. 2026-11-26T08:00:00Z)") from None
        return text
    if kind == "uuid":
        return _uuid(text)
    return [_uuid(part.strip()) for part in text.split(",") if part.strip()]


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{text!r} is not a finite number")
    return value


def _uuid(text: str) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise ValueError(f"{text!r} is not a UUID") from None


def parse_assignments(items: list[str], fields: dict[str, Kind]) -> dict[str, object]:
    """Parse ``--set FIELD=VALUE`` items into an API-named body; ``FIELD=null`` clears a field.

    Raises ``ValueError`` naming the item and the reason (unknown field, missing ``=``, bad value).
    """
    body: dict[str, object] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{item!r}: expected FIELD=VALUE")
        field = to_api_name(name.strip())
        if field not in fields:
            raise ValueError(f"{item!r}: unknown field {name.strip()!r}; known fields: {', '.join(fields)}")
        if raw.strip().lower() == "null":
            body[field] = None
            continue
        try:
            body[field] = coerce(fields[field], raw)
        except ValueError as exc:
            raise ValueError(f"{item!r}: {exc}") from None
    return body
