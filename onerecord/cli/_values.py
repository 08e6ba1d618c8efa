"""Turning the text a user typed into the typed value a field expects, with messages that say what was wrong."""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Mapping
from datetime import datetime

from ._schema import BodyField, Kind, to_api_name

_TRUE = frozenset({"true", "yes", "1", "on"})
_FALSE = frozenset({"false", "no", "0", "off"})
# ISO 8601's extended form, a date or a date-time to the minute or finer: datetime.fromisoformat alone would also take
# 20261126, 2026-W48 or a space instead of T, which an API reading RFC 3339 refuses.
_ISO_8601 = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?")


def coerce(kind: Kind, raw: str, choices: tuple[str, ...] = ()) -> object:
    """Return ``raw`` as a value of ``kind``; raise ``ValueError`` with a short reason when it is not one.

    Date-times are validated but kept as the user wrote them: the server reads a value without offset as UTC, and
    re-encoding would only risk changing what the user meant.
    """
    text = raw.strip()
    if kind == "string":
        return raw
    if kind == "enum":
        if text not in choices:
            raise ValueError(f"{raw!r} is not one of {', '.join(choices)}")
        return text
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
            if not _ISO_8601.fullmatch(text):
                raise ValueError
            datetime.fromisoformat(text.replace("Z", "+00:00"))  # a real calendar day, not 2026-02-30
        except ValueError:
            raise ValueError(f"{raw!r} is not an ISO 8601 date or date-time (e.g. 2026-11-26T08:00:00Z)") from None
        return text
    if kind == "uuid":
        return _uuid(text)
    if kind == "uuid-list":
        return [_uuid(part.strip()) for part in text.split(",") if part.strip()]
    try:  # a field the command line has no dedicated syntax for (an object, a list of objects): JSON
        return json.loads(text)
    except ValueError:
        raise ValueError(f"{raw!r} is not valid JSON") from None


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


def parse_assignments(items: list[str], fields: Mapping[str, BodyField]) -> dict[str, object]:
    """Parse ``--set FIELD=VALUE`` items into an API-named body; ``FIELD=null`` clears a field.

    Raises ``ValueError`` naming the item and the reason (unknown field, missing ``=``, bad value).
    """
    body: dict[str, object] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"{item!r}: expected FIELD=VALUE")
        field_name = to_api_name(name.strip())
        field = fields.get(field_name)
        if field is None:
            raise ValueError(f"{item!r}: unknown field {name.strip()!r}; known fields: {', '.join(fields)}")
        if raw.strip().lower() == "null":
            if not field.nullable:
                raise ValueError(f"{item!r}: {field_name} cannot be null")
            body[field_name] = None
            continue
        try:
            body[field_name] = coerce(field.kind, raw, field.choices)
        except ValueError as exc:
            raise ValueError(f"{item!r}: {exc}") from None
    return body
