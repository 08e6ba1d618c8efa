"""The cursor pagers on their own: laziness, stopping rules, resuming, max_items, async twin."""

from __future__ import annotations

import gc
import logging
import weakref

import pytest

from onerecord.errors import ResponseValidationError
from onerecord.pagination import MAX_EMPTY_PAGES, AsyncCursorPager, Page, SyncCursorPager


class Pages:
    """A fake listing: ``chain`` maps a cursor (None = first page) to (items, next cursor); calls are recorded."""

    def __init__(self, chain: dict[str | None, tuple[list[int], str | None]]) -> None:
        self.chain = chain
        self.fetched: list[str | None] = []

    def __call__(self, cursor: str | None) -> Page[int]:
        self.fetched.append(cursor)
        items, next_cursor = self.chain[cursor]
        return Page(items=items, next_cursor=next_cursor)

    async def fetch_async(self, cursor: str | None) -> Page[int]:
        return self(cursor)


THREE_PAGES: dict[str | None, tuple[list[int], str | None]] = {
    None: ([1, 2], "b"),
    "b": ([3, 4], "c"),
    "c": ([5], None),
}


def test_iterates_every_item_across_pages_and_stops_on_null_next() -> None:
    pages = Pages(THREE_PAGES)
    assert list(SyncCursorPager(pages)) == [1, 2, 3, 4, 5]
    assert pages.fetched == [None, "b", "c"]


def test_is_lazy() -> None:
    pages = Pages(THREE_PAGES)
    pager = SyncCursorPager(pages)
    assert pages.fetched == []
    iterator = iter(pager)
    assert next(iterator) == 1
    assert next(iterator) == 2
    assert pages.fetched == [None]  # the second page is fetched only when the first is used up
    assert next(iterator) == 3
    assert pages.fetched == [None, "b"]


def test_pages_expose_items_and_next_cursor() -> None:
    pages = SyncCursorPager(Pages(THREE_PAGES)).pages()
    assert [(page.items, page.next_cursor) for page in pages] == [([1, 2], "b"), ([3, 4], "c"), ([5], None)]


def test_resumes_from_a_saved_cursor() -> None:
    pages = Pages(THREE_PAGES)
    assert list(SyncCursorPager(pages, cursor="b")) == [3, 4, 5]
    assert pages.fetched == ["b", "c"]


def test_stops_when_a_cursor_repeats(caplog: pytest.LogCaptureFixture) -> None:
    cyclic = Pages({None: ([1], "a"), "a": ([2], "b"), "b": ([3], "a")})
    with caplog.at_level(logging.WARNING, logger="onerecord"):
        assert list(SyncCursorPager(cyclic)) == [1, 2, 3]
    assert cyclic.fetched == [None, "a", "b"]
    assert "'a'" in caplog.text


def test_stops_when_the_server_returns_the_cursor_it_was_given() -> None:
    stuck = Pages({"s": ([7], "s")})
    assert list(SyncCursorPager(stuck, cursor="s")) == [7]
    assert stuck.fetched == ["s"]


def test_empty_string_next_ends_the_listing() -> None:
    pages = Pages({None: ([1], "")})
    assert list(SyncCursorPager(pages)) == [1]


def test_max_items_stops_early_without_fetching_more() -> None:
    pages = Pages(THREE_PAGES)
    assert list(SyncCursorPager(pages, max_items=3)) == [1, 2, 3]
    assert pages.fetched == [None, "b"]
    untouched = Pages(THREE_PAGES)
    assert list(SyncCursorPager(untouched, max_items=0)) == []
    assert untouched.fetched == []
    with pytest.raises(ValueError, match="max_items"):
        SyncCursorPager(untouched, max_items=-1)


def test_each_iteration_starts_again() -> None:
    pager = SyncCursorPager(Pages(THREE_PAGES))
    assert list(pager) == list(pager) == [1, 2, 3, 4, 5]


@pytest.mark.anyio
async def test_async_pager_mirrors_the_sync_one() -> None:
    pages = Pages(THREE_PAGES)
    pager = AsyncCursorPager(pages.fetch_async)
    assert pages.fetched == []
    assert [item async for item in pager] == [1, 2, 3, 4, 5]
    assert [(page.items, page.next_cursor) async for page in pager.pages()][-1] == ([5], None)
    resumed = AsyncCursorPager(pages.fetch_async, cursor="c", max_items=1)
    assert [item async for item in resumed] == [5]


@pytest.mark.anyio
async def test_async_pager_stops_on_a_repeated_cursor() -> None:
    cyclic = Pages({None: ([1], "x"), "x": ([2], "x")})
    assert [item async for item in AsyncCursorPager(cyclic.fetch_async)] == [1, 2]


class Item:
    """An item that can be watched with a weak reference."""


def test_only_the_current_page_is_held_while_the_next_is_fetched() -> None:
    alive: list[weakref.ref[Item]] = []
    leaks: list[int] = []

    def fetch(cursor: str | None) -> Page[Item]:
        gc.collect()
        leaks.append(sum(ref() is not None for ref in alive))
        number = int(cursor or 0)
        items = [Item() for _ in range(50)]
        alive.extend(weakref.ref(item) for item in items)
        return Page(items=items, next_cursor=str(number + 1) if number < 4 else None)

    count = 0
    for _ in SyncCursorPager(fetch):
        count += 1
    assert count == 250
    # When a page is fetched, at most the loop variable (the previous page's last item) is still alive.
    assert leaks == [0, 1, 1, 1, 1]


class EndlessEmptyPages:
    """A server that answers every page empty, each time with a cursor it never gave before."""

    def __init__(self, items_every: int = 0) -> None:
        self.fetched = 0
        self.items_every = items_every

    def __call__(self, cursor: str | None) -> Page[int]:
        self.fetched += 1
        if self.fetched > 10 * MAX_EMPTY_PAGES:
            raise AssertionError("the pager never stopped")  # keeps a regression from hanging the test run
        items = [self.fetched] if self.items_every and self.fetched % self.items_every == 0 else []
        return Page(items=items, next_cursor=f"c{self.fetched}")

    async def fetch_async(self, cursor: str | None) -> Page[int]:
        return self(cursor)


def test_a_run_of_empty_pages_with_ever_new_cursors_ends_in_an_error() -> None:
    endless = EndlessEmptyPages()
    with pytest.raises(ResponseValidationError, match="empty pages in a row"):
        list(SyncCursorPager(endless))
    assert endless.fetched == MAX_EMPTY_PAGES
    with pytest.raises(ResponseValidationError):
        list(SyncCursorPager(EndlessEmptyPages()).pages())


@pytest.mark.anyio
async def test_async_pager_stops_empty_page_runs_too() -> None:
    endless = EndlessEmptyPages()
    with pytest.raises(ResponseValidationError):
        async for _ in AsyncCursorPager(endless.fetch_async):
            pass
    assert endless.fetched == MAX_EMPTY_PAGES


def test_empty_pages_between_full_ones_are_fine() -> None:
    """Only a run counts: an item every few pages resets it (items filtered out after paging, for instance)."""
    sparse = EndlessEmptyPages(items_every=MAX_EMPTY_PAGES - 1)
    assert list(SyncCursorPager(sparse, max_items=5)) == [(MAX_EMPTY_PAGES - 1) * n for n in range(1, 6)]
