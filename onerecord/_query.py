"""The one query encoder: friendly Python arguments to the API's bracket syntax.

Every list or read route takes some of ``groups``, ``filters``, ``sort``, ``limit`` and ``cursor``. They are turned
into an ordered list of ``(name, value)`` pairs here, and only here, so that every resource (and the CLI) encodes them
the same way and every mistake is reported before a request leaves the process:

- ``groups=["events", "services"]`` → ``groups[]=events&groups[]=services``
- ``filters={"quantity_real": {"gt": 10}}`` → ``filter[quantityReal][gt]=10``
- ``filters={"createdAt": {"between": (start, end)}}`` → ``filter[createdAt][between]=<start>,<end>``
- ``sort={"createdAt": "desc"}`` → ``sort[createdAt]=desc`` (the mapping's order is the sort precedence)
- ``limit=50`` → ``page[limit]=50``; ``cursor="abc"`` → ``page[cursor]=abc``

Field names may be given as the API spells them (``quantityReal``) or as the generated models' attribute names
(``quantity_real``); snake case is converted to camel case, and names already in camel case are kept. Field names are
not checked against the spec's list: the spec's filterable fields are a guess (x-inferred), and a server that knows
more fields should not be hidden behind the client. Group names are likewise only required to be non-empty strings
(the spec's group list may be incomplete); operators, sort directions and the page size, which are part of the
syntax, are checked against the spec's own lists (``_spec_facts``, written by ``make generate``).
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from uuid import UUID

__all__ = [
    "FILTER_OPERATORS",
    "MAX_PAGE_LIMIT",
    "Filters",
    "Groups",
    "QueryPairs",
    "Sort",
    "api_field_name",
    "build_query",
    "encode_datetime",
    "encode_scalar",
]

from ._spec_facts import FILTER_OPERATORS, PAGE_LIMIT_MAX, PAGE_LIMIT_MIN, SORT_DIRECTIONS

MAX_PAGE_LIMIT = PAGE_LIMIT_MAX  # kept for importers; None when the spec sets no upper bound

QueryPairs = list[tuple[str, str]]
Groups = Iterable[str] | str
Filters = Mapping[str, Mapping[str, object]]
Sort = Mapping[str, str]


def api_field_name(name: str) -> str:
    """``quantity_real`` → ``quantityReal``; ``type_`` → ``type``; ``quantityReal`` stays as it is."""
    if not isinstance(name, str) or not name.strip("_"):
        raise ValueError(f"field name must be a non-empty string, got {name!r}")
    head, *rest = name.strip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def encode_datetime(value: _dt.datetime) -> str:
    """ISO 8601 in UTC with a ``Z``, as the API recommends; a naive datetime is taken to be UTC already."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=_dt.UTC)
    else:
        value = value.astimezone(_dt.UTC)
    return value.isoformat(timespec="microseconds" if value.microsecond else "seconds").replace("+00:00", "Z")


def encode_scalar(value: object, *, what: str) -> str:
    """Encode one query value; ``what`` names it in error messages (e.g. ``filter quantityReal gt``)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):  # before int: bool is an int subclass
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        return _plain_number(value, what)
    if isinstance(value, _dt.datetime):
        return encode_datetime(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    raise TypeError(f"{what}: cannot encode a {type(value).__name__} value in a query ({value!r})")


def _plain_number(value: float | Decimal, what: str) -> str:
    """A float or Decimal in positional notation: ``1e-05`` or ``1E+2`` might not read as a number on the server."""
    number = value if isinstance(value, Decimal) else Decimal(repr(value))  # repr: the shortest exact digits
    if not number.is_finite():
        raise ValueError(f"{what}: {value!r} is not a finite number")
    return format(number, "f")


def _encode_filter(field: str, operator: object, value: object) -> str:
    if not isinstance(operator, str) or operator not in FILTER_OPERATORS:
        known = ", ".join(sorted(FILTER_OPERATORS))
        raise ValueError(f"filter on {field!r}: unknown operator {operator!r} (known operators: {known})")
    what = f"filter on {field!r} ({operator})"
    if value is None:
        raise ValueError(f"{what}: None cannot be sent as a filter value")
    if operator != "between":
        return encode_scalar(value, what=what)
    if isinstance(value, str | bytes) or not isinstance(value, Sequence) or len(value) != 2:
        raise ValueError(f"{what}: expects a (min, max) pair, got {value!r}")
    low, high = value
    if low is None or high is None:
        raise ValueError(f"{what}: both bounds of the pair are required, got {value!r}")
    return f"{encode_scalar(low, what=what)},{encode_scalar(high, what=what)}"


def _encode_groups(groups: Groups) -> QueryPairs:
    names = [groups] if isinstance(groups, str) else list(groups)
    pairs: QueryPairs = []
    for name in names:
        if isinstance(name, enum.Enum):
            name = name.value
        if not isinstance(name, str) or not name:
            raise TypeError(f"group names must be non-empty strings, got {name!r}")
        pairs.append(("groups[]", name))
    return pairs


def _encode_filters(filters: Filters) -> QueryPairs:
    if not isinstance(filters, Mapping):
        raise TypeError(f'filters must be a mapping like {{"quantityReal": {{"gt": 10}}}}, got {filters!r}')
    pairs: QueryPairs = []
    for name, conditions in filters.items():
        field = api_field_name(name)
        if not isinstance(conditions, Mapping):
            raise TypeError(
                f"filter on {name!r}: expected a mapping of operator to value such as {{'eq': ...}}, got {conditions!r}"
            )
        if not conditions:
            raise ValueError(f"filter on {name!r}: no operator given")
        for operator, value in conditions.items():
            pairs.append((f"filter[{field}][{operator}]", _encode_filter(name, operator, value)))
    return pairs


def _encode_sort(sort: Sort) -> QueryPairs:
    if not isinstance(sort, Mapping):
        raise TypeError(f'sort must be a mapping like {{"createdAt": "desc"}}, got {sort!r}')
    pairs: QueryPairs = []
    for name, direction in sort.items():
        value = direction.value if isinstance(direction, enum.Enum) else direction
        if not isinstance(value, str) or value.lower() not in SORT_DIRECTIONS:
            known = " or ".join(map(repr, sorted(SORT_DIRECTIONS)))
            raise ValueError(f"sort on {name!r}: direction must be {known}, got {direction!r}")
        pairs.append((f"sort[{api_field_name(name)}]", value.lower()))
    return pairs


def _limit_range() -> str:
    if PAGE_LIMIT_MAX is None:
        return f"of at least {PAGE_LIMIT_MIN}"
    return f"between {PAGE_LIMIT_MIN} and {PAGE_LIMIT_MAX}"


def check_limit(limit: object) -> int:
    """The page size the spec allows (``_spec_facts``: 1..200 today; the server would silently lower a bigger one)."""
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int {_limit_range()}, got {limit!r}")
    if limit < PAGE_LIMIT_MIN or (PAGE_LIMIT_MAX is not None and limit > PAGE_LIMIT_MAX):
        raise ValueError(f"limit must be {_limit_range()}, got {limit}")
    return limit


def check_cursor(cursor: object) -> str:
    if not isinstance(cursor, str) or not cursor:
        raise ValueError(f"cursor must be a non-empty string (a previous page's next_cursor), got {cursor!r}")
    return cursor


def build_query(
    *,
    groups: Groups | None = None,
    filters: Filters | None = None,
    sort: Sort | None = None,
    limit: int | None = None,
    cursor: str | None = None,
) -> QueryPairs:
    """Encode the friendly arguments; raise ``ValueError``/``TypeError`` naming the culprit on bad input."""
    pairs: QueryPairs = []
    if limit is not None:
        pairs.append(("page[limit]", str(check_limit(limit))))
    if cursor is not None:
        pairs.append(("page[cursor]", check_cursor(cursor)))
    if groups is not None:
        pairs += _encode_groups(groups)
    if filters is not None:
        pairs += _encode_filters(filters)
    if sort is not None:
        pairs += _encode_sort(sort)
    return pairs
