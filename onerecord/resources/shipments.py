"""``client.shipments``: list, get, create, update and delete shipments (``/shipment``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack, overload
from uuid import UUID

import httpx
from onerecord_api.models import Shipment, ShipmentCreate, ShipmentUpdate

from .._bodies import build_body
from .._kwargs import ShipmentCreateFields, ShipmentUpdateFields
from .._parsing import parse_model, parse_page
from .._query import Filters, Groups, Sort, build_query
from ..pagination import AsyncCursorPager, SyncCursorPager
from ._base import AsyncResource, Call, Listing, Route, SyncResource, uuid_segment

__all__ = ["AsyncShipments", "Shipments"]

_LIST, _CREATE = Route("listShipments"), Route("createShipment")
_GET, _UPDATE, _DELETE = Route("getShipment"), Route("updateShipment"), Route("deleteShipment")

ShipmentCreateInput = ShipmentCreate | Mapping[str, Any] | None
ShipmentUpdateInput = ShipmentUpdate | Mapping[str, Any] | None


def _parse_shipment(response: httpx.Response) -> Shipment:
    return parse_model(Shipment, response)


def _id(shipment_id: str | UUID) -> str:
    return uuid_segment(shipment_id, "shipment_id")


def _list(groups: Groups | None, filters: Filters | None, sort: Sort | None, limit: int | None) -> Listing[Shipment]:
    params = build_query(groups=groups, filters=filters, sort=sort, limit=limit)
    return Listing(_LIST.path(), params, lambda response: parse_page(Shipment, response))


def _get(shipment_id: str | UUID, groups: Groups | None) -> Call[Shipment]:
    return Call(_GET.method, _GET.path(_id(shipment_id)), _parse_shipment, build_query(groups=groups) or None)


def _create(body: ShipmentCreateInput, fields: Mapping[str, Any]) -> Call[Shipment]:
    body_json = build_body(ShipmentCreate, body, fields, partial=False)
    return Call(_CREATE.method, _CREATE.path(), _parse_shipment, json=body_json)


def _update(shipment_id: str | UUID, body: ShipmentUpdateInput, fields: Mapping[str, Any]) -> Call[Shipment]:
    path = _UPDATE.path(_id(shipment_id))
    return Call(_UPDATE.method, path, _parse_shipment, json=build_body(ShipmentUpdate, body, fields, partial=True))


def _delete(shipment_id: str | UUID) -> Call[None]:
    return Call(_DELETE.method, _DELETE.path(_id(shipment_id)), lambda response: None)


class Shipments(SyncResource):
    """Shipments of the caller's society."""

    __slots__ = ()

    def list(
        self,
        *,
        groups: Groups | None = None,
        filters: Filters | None = None,
        sort: Sort | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> SyncCursorPager[Shipment]:
        """Every shipment matching ``filters``, fetched lazily ``limit`` (within the spec's page[limit]) at a time.

        Iterate for shipments, or call ``.pages()`` for pages (``.items``, ``.next_cursor``). ``cursor`` resumes
        from a page's ``next_cursor``; ``max_items`` stops early. Arguments are checked now, not at iteration.
        """
        return self._paginate(_list(groups, filters, sort, limit), cursor=cursor, max_items=max_items)

    def get(self, shipment_id: str | UUID, *, groups: Groups | None = None) -> Shipment:
        """One shipment; ``groups`` (e.g. ``["events"]`` or ``["all"]``) expands relations into objects."""
        return self._send(_get(shipment_id, groups))

    @overload
    def create(self, body: ShipmentCreate | Mapping[str, Any], /) -> Shipment: ...

    @overload
    def create(self, /, **fields: Unpack[ShipmentCreateFields]) -> Shipment: ...

    def create(self, body: ShipmentCreateInput = None, /, **fields: Any) -> Shipment:
        """Create a shipment from keyword fields (``departure_country="FR"``), a ``ShipmentCreate`` or a dict.

        Not retried after the request may have reached the server: the API has no idempotency key.
        """
        return self._send(_create(body, fields))

    @overload
    def update(self, shipment_id: str | UUID, body: ShipmentUpdate | Mapping[str, Any], /) -> Shipment: ...

    @overload
    def update(self, shipment_id: str | UUID, /, **fields: Unpack[ShipmentUpdateFields]) -> Shipment: ...

    def update(self, shipment_id: str | UUID, body: ShipmentUpdateInput = None, /, **fields: Any) -> Shipment:
        """Change the fields given, and only those; ``None`` clears a nullable field."""
        return self._send(_update(shipment_id, body, fields))

    def delete(self, shipment_id: str | UUID) -> None:
        """Cancel a shipment the warehouse has not handled yet."""
        self._send(_delete(shipment_id))


class AsyncShipments(AsyncResource):
    """Shipments of the caller's society (async twin of :class:`Shipments`)."""

    __slots__ = ()

    def list(
        self,
        *,
        groups: Groups | None = None,
        filters: Filters | None = None,
        sort: Sort | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncCursorPager[Shipment]:
        """See :meth:`Shipments.list`; iterate with ``async for``."""
        return self._paginate(_list(groups, filters, sort, limit), cursor=cursor, max_items=max_items)

    async def get(self, shipment_id: str | UUID, *, groups: Groups | None = None) -> Shipment:
        """See :meth:`Shipments.get`."""
        return await self._send(_get(shipment_id, groups))

    @overload
    async def create(self, body: ShipmentCreate | Mapping[str, Any], /) -> Shipment: ...

    @overload
    async def create(self, /, **fields: Unpack[ShipmentCreateFields]) -> Shipment: ...

    async def create(self, body: ShipmentCreateInput = None, /, **fields: Any) -> Shipment:
        """See :meth:`Shipments.create`."""
        return await self._send(_create(body, fields))

    @overload
    async def update(self, shipment_id: str | UUID, body: ShipmentUpdate | Mapping[str, Any], /) -> Shipment: ...

    @overload
    async def update(self, shipment_id: str | UUID, /, **fields: Unpack[ShipmentUpdateFields]) -> Shipment: ...

    async def update(self, shipment_id: str | UUID, body: ShipmentUpdateInput = None, /, **fields: Any) -> Shipment:
        """See :meth:`Shipments.update`."""
        return await self._send(_update(shipment_id, body, fields))

    async def delete(self, shipment_id: str | UUID) -> None:
        """See :meth:`Shipments.delete`."""
        await self._send(_delete(shipment_id))
