"""Parsing ``--filter FIELD:OP:VALUE``, ``--sort [-]FIELD`` and ``--group NAME`` into the facade's arguments.

Every mistake becomes a ``typer.BadParameter`` naming the option and the offending text, so the user gets exit
code 2 and a precise message before any request is sent.
"""

from __future__ import annotations

from collections.abc import Sequence

import typer

from ._schema import FilterField, to_api_name
from ._values import coerce

Filters = dict[str, dict[str, object]]


def parse_filters(items: Sequence[str], fields: dict[str, FilterField]) -> Filters:
    """``["quantityReal:gt:10", "createdAt:between:2026-01-01,2026-02-01"]`` → ``{"quantityReal": {"gt": 10}, ...}``.

    Only the first two colons split, so date-times with colons in the value work unquoted.
    """
    filters: Filters = {}
    for item in items:
        parts = item.split(":", 2)
        if len(parts) != 3 or not all(part.strip() for part in parts[:2]):
            raise _bad("--filter", item, "expected FIELD:OP:VALUE, e.g. quantityReal:gt:10")
        name, op, raw = parts[0].strip(), parts[1].strip().lower(), parts[2]
        field_name = to_api_name(name)
        field = fields.get(field_name)
        if field is None:
            raise _bad("--filter", item, f"unknown field {name!r}; filterable fields: {', '.join(fields)}")
        if op not in field.operators:
            raise _bad(
                "--filter",
                item,
                f"operator {op!r} not allowed on {field_name}; use one of {', '.join(field.operators)}",
            )
        ops = filters.setdefault(field_name, {})
        if op in ops:
            raise _bad("--filter", item, f"{field_name}:{op} is given twice")
        try:
            ops[op] = _between(field, raw) if op == "between" else coerce(field.kind, raw, field.choices)
        except ValueError as exc:
            raise _bad("--filter", item, str(exc)) from None
    return filters


def _between(field: FilterField, raw: str) -> tuple[object, object]:
    low, sep, high = raw.partition(",")
    if not sep or not low.strip() or not high.strip():
        raise ValueError("between expects MIN,MAX")
    return coerce(field.kind, low, field.choices), coerce(field.kind, high, field.choices)


def parse_sort(items: Sequence[str], allowed: Sequence[str]) -> dict[str, str]:
    """``["-createdAt", "orderReference"]`` → ``{"createdAt": "desc", "orderReference": "asc"}``, order kept."""
    sort: dict[str, str] = {}
    for item in items:
        text = item.strip()
        direction = "desc" if text.startswith("-") else "asc"
        name = to_api_name(text.lstrip("+-"))
        if name not in allowed:
            raise _bad("--sort", item, f"cannot sort by {text.lstrip('+-')!r}; sortable fields: {', '.join(allowed)}")
        if name in sort:
            raise _bad("--sort", item, f"{name} is given twice")
        sort[name] = direction
    return sort


def parse_groups(items: Sequence[str], allowed: Sequence[str]) -> list[str]:
    """Check each ``--group`` against the API's list (dotted names included); duplicates are dropped."""
    groups: list[str] = []
    for item in items:
        name = item.strip()
        if name not in allowed:
            raise _bad("--group", item, f"unknown group; use one of {', '.join(allowed)}")
        if name not in groups:
            groups.append(name)
    return groups


def _bad(option: str, item: str, reason: str) -> typer.BadParameter:
    return typer.BadParameter(f"{item!r}: {reason}", param_hint=f"'{option}'")
