"""Lazy cursor pagination over the API's ``{"data": [...], "metadata": {"next": cursor|null}}`` listings.

A pager does not talk HTTP itself: it is given a *fetch page* callable (cursor → :class:`Page`) by the resource that
created it, so the same loop serves every list route, ``client.paginate(...)`` and the async client.

Guarantees:

- **Lazy**: nothing is fetched until iteration starts, and the next page only when the current one is used up.
- **Bounded memory**: only the current page is held; a page's items are dropped once iteration moves on.
- **Terminates**: iteration stops when ``next`` is null or empty, and also when the server hands back a cursor it
  already gave (a cyclic or non-advancing cursor is a server bug that must not turn into an endless loop; it is
  logged as a warning on the ``onerecord`` logger). A server that answers empty page after empty page, each with a
  new cursor, would escape that check: after :data:`MAX_EMPTY_PAGES` of them in a row the pager raises
  :class:`~onerecord.ResponseValidationError` (an error, not a quiet stop: the listing may well be incomplete).
- **Resumable**: ``pages()`` exposes each page's ``next_cursor``; passing it back as ``cursor=`` to the list call
  starts from that point (the CLI's resumable export relies on it).

Each ``for``/``async for`` starts again from the pager's starting cursor, so a pager may be iterated more than once.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from contextlib import aclosing
from dataclasses import dataclass
from typing import Generic, TypeVar

from .errors import ResponseValidationError

__all__ = ["AsyncCursorPager", "AsyncPage", "Page", "SyncCursorPager", "SyncPage"]

T = TypeVar("T")

_log = logging.getLogger("onerecord")

# Empty pages in a row, each offering a new cursor, before the pager gives up. A real listing may have a few (items
# filtered out after paging); dozens in a row, at 5 requests per second, is a server that will never end.
MAX_EMPTY_PAGES = 20


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a listing: its ``items`` and the cursor of the following page (``None`` on the last one)."""

    items: list[T]
    next_cursor: str | None


# Pages are plain data, identical for both clients; the names mirror the pagers'.
SyncPage = Page
AsyncPage = Page


class _CursorTrail:
    """Decides, page after page, which cursor to fetch next and when to stop."""

    __slots__ = ("_empty_run", "_seen")

    def __init__(self, start: str | None) -> None:
        self._seen: set[str] = set() if start is None else {start}
        self._empty_run = 0

    def follow(self, cursor: str | None, *, empty: bool) -> str | None:
        """The cursor to fetch after a page whose ``next`` is ``cursor`` (``empty``: it had no item), or ``None``."""
        if not cursor:
            return None
        if cursor in self._seen:
            _log.warning("pagination stopped: the server returned cursor %r a second time", cursor)
            return None
        self._empty_run = self._empty_run + 1 if empty else 0
        if self._empty_run >= MAX_EMPTY_PAGES:
            raise ResponseValidationError(
                f"pagination stopped: {self._empty_run} empty pages in a row, each with a new cursor",
                body={"data": [], "metadata": {"next": cursor}},
            )
        self._seen.add(cursor)
        return cursor


def _check_max_items(max_items: int | None) -> int | None:
    if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
        raise ValueError(f"max_items must be a non-negative int or None, got {max_items!r}")
    return max_items


class SyncCursorPager(Generic[T]):
    """Iterate over every item of a listing (``for item in pager``) or over its pages (``pager.pages()``)."""

    __slots__ = ("_cursor", "_fetch_page", "_max_items")

    def __init__(
        self,
        fetch_page: Callable[[str | None], Page[T]],
        *,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> None:
        self._fetch_page = fetch_page
        self._cursor = cursor
        self._max_items = _check_max_items(max_items)

    def pages(self) -> Iterator[Page[T]]:
        """Yield pages one at a time, fetching each only when the previous one has been consumed.

        Pages are whole, as the server sent them, so that every ``next_cursor`` stays a valid resume point:
        ``max_items`` limits item iteration only; stop consuming pages to stop fetching them.
        """
        trail = _CursorTrail(self._cursor)
        cursor = self._cursor
        while True:
            page = self._fetch_page(cursor)
            yield page
            cursor = trail.follow(page.next_cursor, empty=not page.items)
            del page  # hold one page at a time, not two, while the next one is fetched
            if cursor is None:
                return

    def __iter__(self) -> Iterator[T]:
        remaining = self._max_items
        if remaining == 0:
            return
        for page in self.pages():
            items = page.items
            del page
            for item in items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return
            del items


class AsyncCursorPager(Generic[T]):
    """The async twin of :class:`SyncCursorPager`: ``async for item in pager`` / ``async for page in pager.pages()``."""

    __slots__ = ("_cursor", "_fetch_page", "_max_items")

    def __init__(
        self,
        fetch_page: Callable[[str | None], Awaitable[Page[T]]],
        *,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> None:
        self._fetch_page = fetch_page
        self._cursor = cursor
        self._max_items = _check_max_items(max_items)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Yield pages one at a time, fetching each only when the previous one has been consumed.

        Pages are whole, as the server sent them, so that every ``next_cursor`` stays a valid resume point:
        ``max_items`` limits item iteration only; stop consuming pages to stop fetching them.
        """
        trail = _CursorTrail(self._cursor)
        cursor = self._cursor
        while True:
            page = await self._fetch_page(cursor)
            yield page
            cursor = trail.follow(page.next_cursor, empty=not page.items)
            del page  # hold one page at a time, not two, while the next one is fetched
            if cursor is None:
                return

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._max_items
        if remaining == 0:
            return
        async with aclosing(self.pages()) as pages:  # stopping early closes the page generator right away
            async for page in pages:
                items = page.items
                del page
                for item in items:
                    yield item
                    if remaining is not None:
                        remaining -= 1
                        if remaining == 0:
                            return
                del items
