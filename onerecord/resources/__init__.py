"""One module per API resource; each holds the sync class and its async twin."""

from .countries import AsyncCountries, Countries
from .places import AsyncPlaces, Places
from .shipment_anomalies import AsyncShipmentAnomalies, ShipmentAnomalies
from .shipment_services import AsyncShipmentServices, ShipmentServices
from .shipments import AsyncShipments, Shipments

__all__ = [
    "AsyncCountries",
    "AsyncPlaces",
    "AsyncShipmentAnomalies",
    "AsyncShipmentServices",
    "AsyncShipments",
    "Countries",
    "Places",
    "ShipmentAnomalies",
    "ShipmentServices",
    "Shipments",
]
