"""What every resource shares: a request described as data, and the sync and async ways of sending it.

Each resource module builds its requests with plain functions that return a :class:`Call` (method, path, query,
JSON body and the parser of the response) or a :class:`Listing` (a paginated GET). The sync and async resource
classes only send those: ``SyncResource._send`` calls ``client.request`` and ``AsyncResource._send`` awaits it. So
argument checking, encoding and parsing exist once, and the two clients cannot drift apart.

Resources talk to the client through the small :class:`SyncRequester`/:class:`AsyncRequester` protocols (the
``request`` method of ``SyncAPIClient``/``AsyncAPIClient``), which is also what the tests fake.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar
from urllib.parse import quote
from uuid import UUID

import httpx

from .._query import QueryPairs, check_cursor
from .._spec_facts import ROUTES
from ..pagination import AsyncCursorPager, Page, SyncCursorPager

__all__ = [
    "AsyncRequester",
    "AsyncResource",
    "Call",
    "Listing",
    "Route",
    "SyncRequester",
    "SyncResource",
    "async_pager",
    "pager",
    "path_segment",
    "send",
    "send_async",
    "uuid_segment",
]

T = TypeVar("T")


class SyncRequester(Protocol):
    def request(
        self, method: str, path: str, *, params: QueryPairs | None = None, json: object | None = None
    ) -> httpx.Response: ...


class AsyncRequester(Protocol):
    async def request(
        self, method: str, path: str, *, params: QueryPairs | None = None, json: object | None = None
    ) -> httpx.Response: ...


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One request, fully checked and encoded, and how to read its response."""

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    params: QueryPairs | None = None
    json: object | None = None


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """A paginated GET: the query of the first page, to which each later page adds its cursor."""

    path: str
    params: QueryPairs
    parse: Callable[[httpx.Response], Page[T]]

    def page(self, cursor: str | None) -> Call[Page[T]]:
        params = self.params if cursor is None else [*self.params, ("page[cursor]", cursor)]
        return Call("GET", self.path, self.parse, params)


_PLACEHOLDER = re.compile(r"\{[^}]+\}")


class Route:
    """Where a spec operation is sent: its method and path, read from the spec (``_spec_facts.ROUTES``).

    ``Route("getShipment").path(segment)`` fills the path template's placeholders in order with segments the caller
    has already checked and encoded; the placeholder names stay the spec's business.
    """

    __slots__ = ("_parts", "method", "template")

    def __init__(self, operation_id: str) -> None:
        self.method, self.template = ROUTES[operation_id]
        self._parts = _PLACEHOLDER.split(self.template)

    def path(self, *segments: str) -> str:
        parts = self._parts
        if len(segments) != len(parts) - 1:
            raise TypeError(f"{self.template} takes {len(parts) - 1} path segment(s), got {len(segments)}")
        if len(segments) == 1:  # the common case (an item route), kept as cheap as an f-string
            return parts[0] + segments[0] + parts[1]
        return "".join(part + segment for part, segment in zip(parts, (*segments, ""), strict=True))


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def uuid_segment(value: object, name: str) -> str:
    """A path segment that must be a UUID (``str`` or ``uuid.UUID``), checked before any request."""
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value  # the usual case, checked without building a UUID object (this is on every call's path)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, str):
        try:
            return str(UUID(value))
        except ValueError:
            pass
    raise ValueError(f"{name} must be a UUID, got {value!r}")


def path_segment(value: object, name: str) -> str:
    """A free-form path segment (a place code), percent-encoded so that it cannot reach another route."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    if value in (".", ".."):  # not encoded by quote(), and removed from the path as dot segments
        raise ValueError(f"{name} cannot be {value!r}")
    return quote(value, safe="")


def send(client: SyncRequester, call: Call[T]) -> T:
    """Send ``call`` and parse its response."""
    return call.parse(client.request(call.method, call.path, params=call.params, json=call.json))


async def send_async(client: AsyncRequester, call: Call[T]) -> T:
    """Async twin of :func:`send`."""
    return call.parse(await client.request(call.method, call.path, params=call.params, json=call.json))


def pager(
    client: SyncRequester, listing: Listing[T], *, cursor: str | None, max_items: int | None
) -> SyncCursorPager[T]:
    """A lazy pager over ``listing``; ``cursor`` (checked now) resumes from a saved ``next_cursor``."""
    start = None if cursor is None else check_cursor(cursor)
    return SyncCursorPager(lambda page: send(client, listing.page(page)), cursor=start, max_items=max_items)


def async_pager(
    client: AsyncRequester, listing: Listing[T], *, cursor: str | None, max_items: int | None
) -> AsyncCursorPager[T]:
    """Async twin of :func:`pager`."""
    start = None if cursor is None else check_cursor(cursor)
    return AsyncCursorPager(lambda page: send_async(client, listing.page(page)), cursor=start, max_items=max_items)


class SyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def _send(self, call: Call[T]) -> T:
        return send(self._client, call)

    def _paginate(self, listing: Listing[T], *, cursor: str | None, max_items: int | None) -> SyncCursorPager[T]:
        return pager(self._client, listing, cursor=cursor, max_items=max_items)


class AsyncResource:
    __slots__ = ("_client",)

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def _send(self, call: Call[T]) -> T:
        return await send_async(self._client, call)

    def _paginate(self, listing: Listing[T], *, cursor: str | None, max_items: int | None) -> AsyncCursorPager[T]:
        return async_pager(self._client, listing, cursor=cursor, max_items=max_items)
