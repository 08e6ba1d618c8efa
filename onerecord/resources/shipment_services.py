"""``client.shipment_services``: attach, change and remove services of a shipment (``/shipment-service``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack, overload
from uuid import UUID

import httpx
from onerecord_api.models import ShipmentService, ShipmentServiceCreate, ShipmentServiceUpdate

from .._bodies import build_body
from .._kwargs import ShipmentServiceCreateFields, ShipmentServiceUpdateFields
from .._parsing import parse_model
from ._base import AsyncResource, Call, Route, SyncResource, uuid_segment

__all__ = ["AsyncShipmentServices", "ShipmentServices"]

_CREATE, _UPDATE, _DELETE = (
    Route("createShipmentService"),
    Route("updateShipmentService"),
    Route("deleteShipmentService"),
)

ServiceCreateInput = ShipmentServiceCreate | Mapping[str, Any] | None
ServiceUpdateInput = ShipmentServiceUpdate | Mapping[str, Any] | None


def _parse_service(response: httpx.Response) -> ShipmentService:
    return parse_model(ShipmentService, response)


def _id(service_id: str | UUID) -> str:
    return uuid_segment(service_id, "service_id")


def _create(body: ServiceCreateInput, fields: Mapping[str, Any]) -> Call[ShipmentService]:
    body_json = build_body(ShipmentServiceCreate, body, fields, partial=False)
    return Call(_CREATE.method, _CREATE.path(), _parse_service, json=body_json)


def _update(service_id: str | UUID, body: ServiceUpdateInput, fields: Mapping[str, Any]) -> Call[ShipmentService]:
    path = _UPDATE.path(_id(service_id))
    return Call(
        _UPDATE.method, path, _parse_service, json=build_body(ShipmentServiceUpdate, body, fields, partial=True)
    )


def _delete(service_id: str | UUID) -> Call[None]:
    return Call(_DELETE.method, _DELETE.path(_id(service_id)), lambda response: None)


class ShipmentServices(SyncResource):
    """Services (handling, storage, ...) attached to shipments."""

    __slots__ = ()

    @overload
    def create(self, body: ShipmentServiceCreate | Mapping[str, Any], /) -> ShipmentService: ...

    @overload
    def create(self, /, **fields: Unpack[ShipmentServiceCreateFields]) -> ShipmentService: ...

    def create(self, body: ServiceCreateInput = None, /, **fields: Any) -> ShipmentService:
        """Attach a service; keyword fields are typed by ``ShipmentServiceCreateFields`` (from the spec).

        Not retried after the request may have reached the server: the API has no idempotency key.
        """
        return self._send(_create(body, fields))

    @overload
    def update(self, service_id: str | UUID, body: ShipmentServiceUpdate | Mapping[str, Any], /) -> ShipmentService: ...

    @overload
    def update(self, service_id: str | UUID, /, **fields: Unpack[ShipmentServiceUpdateFields]) -> ShipmentService: ...

    def update(self, service_id: str | UUID, body: ServiceUpdateInput = None, /, **fields: Any) -> ShipmentService:
        """Change the fields given, and only those."""
        return self._send(_update(service_id, body, fields))

    def delete(self, service_id: str | UUID) -> None:
        """Remove a service from its shipment."""
        self._send(_delete(service_id))


class AsyncShipmentServices(AsyncResource):
    """Async twin of :class:`ShipmentServices`."""

    __slots__ = ()

    @overload
    async def create(self, body: ShipmentServiceCreate | Mapping[str, Any], /) -> ShipmentService: ...

    @overload
    async def create(self, /, **fields: Unpack[ShipmentServiceCreateFields]) -> ShipmentService: ...

    async def create(self, body: ServiceCreateInput = None, /, **fields: Any) -> ShipmentService:
        """See :meth:`ShipmentServices.create`."""
        return await self._send(_create(body, fields))

    @overload
    async def update(
        self, service_id: str | UUID, body: ShipmentServiceUpdate | Mapping[str, Any], /
    ) -> ShipmentService: ...

    @overload
    async def update(
        self, service_id: str | UUID, /, **fields: Unpack[ShipmentServiceUpdateFields]
    ) -> ShipmentService: ...

    async def update(
        self, service_id: str | UUID, body: ServiceUpdateInput = None, /, **fields: Any
    ) -> ShipmentService:
        """See :meth:`ShipmentServices.update`."""
        return await self._send(_update(service_id, body, fields))

    async def delete(self, service_id: str | UUID) -> None:
        """See :meth:`ShipmentServices.delete`."""
        await self._send(_delete(service_id))
