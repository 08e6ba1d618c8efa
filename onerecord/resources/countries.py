"""``client.countries``: reference data on countries, ISO 3166-1 (``/country``)."""

from __future__ import annotations

from onerecord_api.models import Country

from .._parsing import parse_page
from .._query import Filters, Sort, build_query
from ..pagination import AsyncCursorPager, SyncCursorPager
from ._base import AsyncResource, Listing, Route, SyncResource

__all__ = ["AsyncCountries", "Countries"]


_LIST = Route("listCountries")


def _list(filters: Filters | None, sort: Sort | None, limit: int | None) -> Listing[Country]:
    params = build_query(filters=filters, sort=sort, limit=limit)
    return Listing(_LIST.path(), params, lambda response: parse_page(Country, response))


class Countries(SyncResource):
    """Countries, e.g. ``client.countries.list(filters={"code": {"eq": "US"}})``."""

    __slots__ = ()

    def list(
        self,
        *,
        filters: Filters | None = None,
        sort: Sort | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> SyncCursorPager[Country]:
        """Every country matching ``filters``, fetched lazily; see :meth:`Shipments.list` for the arguments."""
        return self._paginate(_list(filters, sort, limit), cursor=cursor, max_items=max_items)


class AsyncCountries(AsyncResource):
    """Async twin of :class:`Countries`."""

    __slots__ = ()

    def list(
        self,
        *,
        filters: Filters | None = None,
        sort: Sort | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncCursorPager[Country]:
        """See :meth:`Countries.list`; iterate with ``async for``."""
        return self._paginate(_list(filters, sort, limit), cursor=cursor, max_items=max_items)
