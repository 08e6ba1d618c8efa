"""``OneRecord`` and ``AsyncOneRecord``: the HTTP core plus one attribute per API resource.

Resources are created on first access and bound to the client they were reached from, so
``client.with_options(timeout=5).shipments`` uses the copy's options. ``paginate`` gives the same lazy cursor paging
to list routes the spec does not describe yet; ``request`` (inherited) is the escape hatch for any other route.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

from ._base_client import AsyncAPIClient, QueryParams, SyncAPIClient
from ._parsing import ResponseModel, parse_page, parse_raw_page
from .pagination import AsyncCursorPager, Page, SyncCursorPager
from .resources._base import Listing, async_pager, pager

if TYPE_CHECKING:  # imported on first use below: they load the generated models, which `import onerecord` skips
    from ._api_client import AsyncOperationsClient, OperationsClient
    from .resources import (
        AsyncCountries,
        AsyncPlaces,
        AsyncShipmentAnomalies,
        AsyncShipments,
        AsyncShipmentServices,
        Countries,
        Places,
        ShipmentAnomalies,
        Shipments,
        ShipmentServices,
    )
    from .resources.with_raw_response import AsyncWithRawResponse, WithRawResponse

__all__ = ["AsyncOneRecord", "OneRecord"]

M = TypeVar("M", bound=ResponseModel)


def _listing(path: str, params: QueryParams | None, item_model: type[Any] | None) -> Listing[Any]:
    # httpx reads ``params`` here exactly as ``request`` has it read (numbers and booleans included).
    query: Any = params if params is None or isinstance(params, Mapping) else list(params)
    pairs = httpx.QueryParams(query).multi_items()
    if any(name == "page[cursor]" for name, _ in pairs):
        raise ValueError("pass the starting cursor as cursor=..., not in params")

    def parse(response: httpx.Response) -> Page[Any]:
        return parse_raw_page(response) if item_model is None else parse_page(item_model, response)

    return Listing(path, pairs, parse)


class OneRecord(SyncAPIClient):
    """Blocking client of the One Record API; see the package documentation for the arguments.

    ``with OneRecord() as client: client.shipments.get(shipment_id)`` (credentials from the arguments or from
    ``ONERECORD_CLIENT_ID`` / ``ONERECORD_CLIENT_SECRET``).
    """

    @cached_property
    def shipments(self) -> Shipments:
        from .resources.shipments import Shipments

        return Shipments(self)

    @cached_property
    def shipment_services(self) -> ShipmentServices:
        from .resources.shipment_services import ShipmentServices

        return ShipmentServices(self)

    @cached_property
    def shipment_anomalies(self) -> ShipmentAnomalies:
        from .resources.shipment_anomalies import ShipmentAnomalies

        return ShipmentAnomalies(self)

    @cached_property
    def places(self) -> Places:
        from .resources.places import Places

        return Places(self)

    @cached_property
    def countries(self) -> Countries:
        from .resources.countries import Countries

        return Countries(self)

    @cached_property
    def api(self) -> OperationsClient:
        """``client=`` for any generated operation: ``get_shipment.sync(shipment_id, client=client.api)``."""
        from ._api_client import OperationsClient

        return OperationsClient(self)

    @cached_property
    def with_raw_response(self) -> WithRawResponse:
        """The same resources and methods, each returning a ``RawResponse`` (parsed value + ``httpx.Response``).

        ``client.with_raw_response.shipments.get(shipment_id).headers``; a listing method returns one page.
        """
        from .resources.with_raw_response import WithRawResponse

        return WithRawResponse(self)

    @overload
    def paginate(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        item_model: None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> SyncCursorPager[dict[str, Any]]: ...

    @overload
    def paginate(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        item_model: type[M],
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> SyncCursorPager[M]: ...

    def paginate(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        item_model: type[Any] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> SyncCursorPager[Any]:
        """Page lazily through a list route that answers ``{"data": [...], "metadata": {"next": ...}}``.

        ``params`` are sent as given (already in the API's syntax, e.g. ``{"page[limit]": "100"}``); records are
        yielded as dicts, or as ``item_model.from_dict(record)`` when a model is given.
        """
        return pager(self, _listing(path, params, item_model), cursor=cursor, max_items=max_items)


class AsyncOneRecord(AsyncAPIClient):
    """Asyncio client of the One Record API: ``async with AsyncOneRecord() as client: ...``."""

    @cached_property
    def shipments(self) -> AsyncShipments:
        from .resources.shipments import AsyncShipments

        return AsyncShipments(self)

    @cached_property
    def shipment_services(self) -> AsyncShipmentServices:
        from .resources.shipment_services import AsyncShipmentServices

        return AsyncShipmentServices(self)

    @cached_property
    def shipment_anomalies(self) -> AsyncShipmentAnomalies:
        from .resources.shipment_anomalies import AsyncShipmentAnomalies

        return AsyncShipmentAnomalies(self)

    @cached_property
    def places(self) -> AsyncPlaces:
        from .resources.places import AsyncPlaces

        return AsyncPlaces(self)

    @cached_property
    def countries(self) -> AsyncCountries:
        from .resources.countries import AsyncCountries

        return AsyncCountries(self)

    @cached_property
    def api(self) -> AsyncOperationsClient:
        """``client=`` for any generated operation: ``await get_shipment.asyncio(shipment_id, client=client.api)``."""
        from ._api_client import AsyncOperationsClient

        return AsyncOperationsClient(self)

    @cached_property
    def with_raw_response(self) -> AsyncWithRawResponse:
        """See :attr:`OneRecord.with_raw_response`; the methods are awaited."""
        from .resources.with_raw_response import AsyncWithRawResponse

        return AsyncWithRawResponse(self)

    @overload
    def paginate(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        item_model: None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncCursorPager[dict[str, Any]]: ...

    @overload
    def paginate(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        item_model: type[M],
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncCursorPager[M]: ...

    def paginate(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        item_model: type[Any] | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncCursorPager[Any]:
        """See :meth:`OneRecord.paginate`; iterate with ``async for``."""
        return async_pager(self, _listing(path, params, item_model), cursor=cursor, max_items=max_items)
