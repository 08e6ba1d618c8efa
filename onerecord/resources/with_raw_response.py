"""``client.with_raw_response``: every resource method again, returning :class:`~onerecord.raw_response.RawResponse`.

One small class per resource lists the methods it mirrors; :mod:`onerecord.resources._raw` does the work, reusing the
resource's own method, so arguments, checks, encoding and parsing are the normal ones. A test checks that every public
method of every resource has its twin here.
"""

from __future__ import annotations

from functools import cached_property

from ._base import AsyncRequester, SyncRequester
from ._raw import async_raw_call, async_raw_first_page, raw_call, raw_first_page
from .countries import AsyncCountries, Countries
from .places import AsyncPlaces, Places
from .shipment_anomalies import AsyncShipmentAnomalies, ShipmentAnomalies
from .shipment_services import AsyncShipmentServices, ShipmentServices
from .shipments import AsyncShipments, Shipments

__all__ = ["AsyncWithRawResponse", "WithRawResponse"]


class ShipmentsWithRawResponse:
    def __init__(self, client: SyncRequester) -> None:
        self.list = raw_first_page(client, Shipments, Shipments.list)
        self.get = raw_call(client, Shipments, Shipments.get)
        self.create = raw_call(client, Shipments, Shipments.create)
        self.update = raw_call(client, Shipments, Shipments.update)
        self.delete = raw_call(client, Shipments, Shipments.delete)


class AsyncShipmentsWithRawResponse:
    def __init__(self, client: AsyncRequester) -> None:
        self.list = async_raw_first_page(client, AsyncShipments, AsyncShipments.list)
        self.get = async_raw_call(client, AsyncShipments, AsyncShipments.get)
        self.create = async_raw_call(client, AsyncShipments, AsyncShipments.create)
        self.update = async_raw_call(client, AsyncShipments, AsyncShipments.update)
        self.delete = async_raw_call(client, AsyncShipments, AsyncShipments.delete)


class ShipmentServicesWithRawResponse:
    def __init__(self, client: SyncRequester) -> None:
        self.create = raw_call(client, ShipmentServices, ShipmentServices.create)
        self.update = raw_call(client, ShipmentServices, ShipmentServices.update)
        self.delete = raw_call(client, ShipmentServices, ShipmentServices.delete)


class AsyncShipmentServicesWithRawResponse:
    def __init__(self, client: AsyncRequester) -> None:
        self.create = async_raw_call(client, AsyncShipmentServices, AsyncShipmentServices.create)
        self.update = async_raw_call(client, AsyncShipmentServices, AsyncShipmentServices.update)
        self.delete = async_raw_call(client, AsyncShipmentServices, AsyncShipmentServices.delete)


class ShipmentAnomaliesWithRawResponse:
    def __init__(self, client: SyncRequester) -> None:
        self.create = raw_call(client, ShipmentAnomalies, ShipmentAnomalies.create)


class AsyncShipmentAnomaliesWithRawResponse:
    def __init__(self, client: AsyncRequester) -> None:
        self.create = async_raw_call(client, AsyncShipmentAnomalies, AsyncShipmentAnomalies.create)


class PlacesWithRawResponse:
    def __init__(self, client: SyncRequester) -> None:
        self.get = raw_call(client, Places, Places.get)


class AsyncPlacesWithRawResponse:
    def __init__(self, client: AsyncRequester) -> None:
        self.get = async_raw_call(client, AsyncPlaces, AsyncPlaces.get)


class CountriesWithRawResponse:
    def __init__(self, client: SyncRequester) -> None:
        self.list = raw_first_page(client, Countries, Countries.list)


class AsyncCountriesWithRawResponse:
    def __init__(self, client: AsyncRequester) -> None:
        self.list = async_raw_first_page(client, AsyncCountries, AsyncCountries.list)


class WithRawResponse:
    """``client.with_raw_response``: the client's resources, each method returning a ``RawResponse``."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    @cached_property
    def shipments(self) -> ShipmentsWithRawResponse:
        return ShipmentsWithRawResponse(self._client)

    @cached_property
    def shipment_services(self) -> ShipmentServicesWithRawResponse:
        return ShipmentServicesWithRawResponse(self._client)

    @cached_property
    def shipment_anomalies(self) -> ShipmentAnomaliesWithRawResponse:
        return ShipmentAnomaliesWithRawResponse(self._client)

    @cached_property
    def places(self) -> PlacesWithRawResponse:
        return PlacesWithRawResponse(self._client)

    @cached_property
    def countries(self) -> CountriesWithRawResponse:
        return CountriesWithRawResponse(self._client)


class AsyncWithRawResponse:
    """``AsyncOneRecord.with_raw_response``: the async resources, each method returning a ``RawResponse``."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    @cached_property
    def shipments(self) -> AsyncShipmentsWithRawResponse:
        return AsyncShipmentsWithRawResponse(self._client)

    @cached_property
    def shipment_services(self) -> AsyncShipmentServicesWithRawResponse:
        return AsyncShipmentServicesWithRawResponse(self._client)

    @cached_property
    def shipment_anomalies(self) -> AsyncShipmentAnomaliesWithRawResponse:
        return AsyncShipmentAnomaliesWithRawResponse(self._client)

    @cached_property
    def places(self) -> AsyncPlacesWithRawResponse:
        return AsyncPlacesWithRawResponse(self._client)

    @cached_property
    def countries(self) -> AsyncCountriesWithRawResponse:
        return AsyncCountriesWithRawResponse(self._client)
