"""``client.shipment_anomalies``: record an anomaly on a shipment (``/shipment-anomaly``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack, overload

import httpx
from onerecord_api.models import ShipmentAnomaly, ShipmentAnomalyCreate

from .._bodies import build_body
from .._kwargs import ShipmentAnomalyCreateFields
from .._parsing import parse_model
from ._base import AsyncResource, Call, Route, SyncResource

__all__ = ["AsyncShipmentAnomalies", "ShipmentAnomalies"]

_CREATE = Route("createShipmentAnomaly")

AnomalyCreateInput = ShipmentAnomalyCreate | Mapping[str, Any] | None


def _parse_anomaly(response: httpx.Response) -> ShipmentAnomaly:
    return parse_model(ShipmentAnomaly, response)


def _create(body: AnomalyCreateInput, fields: Mapping[str, Any]) -> Call[ShipmentAnomaly]:
    body_json = build_body(ShipmentAnomalyCreate, body, fields, partial=False)
    return Call(_CREATE.method, _CREATE.path(), _parse_anomaly, json=body_json)


class ShipmentAnomalies(SyncResource):
    """Anomalies a warehouse records on shipments."""

    __slots__ = ()

    @overload
    def create(self, body: ShipmentAnomalyCreate | Mapping[str, Any], /) -> ShipmentAnomaly: ...

    @overload
    def create(self, /, **fields: Unpack[ShipmentAnomalyCreateFields]) -> ShipmentAnomaly: ...

    def create(self, body: AnomalyCreateInput = None, /, **fields: Any) -> ShipmentAnomaly:
        """Record an anomaly from keyword fields (typed by ``ShipmentAnomalyCreateFields``, from the spec), a
        ``ShipmentAnomalyCreate`` or a dict. A datetime ``date`` is sent in UTC.

        Not retried after the request may have reached the server: the API has no idempotency key.
        """
        return self._send(_create(body, fields))


class AsyncShipmentAnomalies(AsyncResource):
    """Async twin of :class:`ShipmentAnomalies`."""

    __slots__ = ()

    @overload
    async def create(self, body: ShipmentAnomalyCreate | Mapping[str, Any], /) -> ShipmentAnomaly: ...

    @overload
    async def create(self, /, **fields: Unpack[ShipmentAnomalyCreateFields]) -> ShipmentAnomaly: ...

    async def create(self, body: AnomalyCreateInput = None, /, **fields: Any) -> ShipmentAnomaly:
        """See :meth:`ShipmentAnomalies.create`."""
        return await self._send(_create(body, fields))
