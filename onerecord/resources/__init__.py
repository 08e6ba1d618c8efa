"""One module per API resource; each holds the sync class and its async twin.

Loaded on first use (PEP 562): the resource modules import the generated models, which ``import onerecord`` does not
need until a client's resource attribute is first read.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .countries import AsyncCountries, Countries
    from .places import AsyncPlaces, Places
    from .shipment_anomalies import AsyncShipmentAnomalies, ShipmentAnomalies
    from .shipment_services import AsyncShipmentServices, ShipmentServices
    from .shipments import AsyncShipments, Shipments

_MODULES = {
    "AsyncCountries": "countries",
    "Countries": "countries",
    "AsyncPlaces": "places",
    "Places": "places",
    "AsyncShipmentAnomalies": "shipment_anomalies",
    "ShipmentAnomalies": "shipment_anomalies",
    "AsyncShipmentServices": "shipment_services",
    "ShipmentServices": "shipment_services",
    "AsyncShipments": "shipments",
    "Shipments": "shipments",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
