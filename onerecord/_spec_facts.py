"""The query syntax the spec describes, for the facade's one query encoder (``_query``).

Generated from openapi/one-record.yaml by scripts/generate_facade.py (``make generate``); do not edit.
"""

from __future__ import annotations

__all__ = ["FILTER_OPERATORS", "PAGE_LIMIT_MAX", "PAGE_LIMIT_MIN", "SORT_DIRECTIONS"]

# every operator of a filter[<field>][<operator>] parameter of any operation
FILTER_OPERATORS = frozenset({"between", "eq", "gt", "gte", "lt", "lte", "ne"})
# the values of the sort[<field>] parameters' schema
SORT_DIRECTIONS = frozenset({"asc", "desc"})
# page[limit]: minimum, and maximum (or the x-server-maximum the server clamps to; None: neither)
PAGE_LIMIT_MIN = 1
PAGE_LIMIT_MAX: int | None = 200
