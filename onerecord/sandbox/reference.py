"""Reference data the sandbox serves and checks against: places, event, service and anomaly types.

Identifiers are UUIDv5 derived from the names, so they are the same in every sandbox run and can be written into
tests and documentation.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

_NAMESPACE = uuid.UUID("5b0c2f4e-8c1e-4f55-9d8a-0e1c0a7e5a11")


def stable_id(*parts: str) -> str:
    """A UUID that depends only on ``parts``: the same seed data gets the same identifiers everywhere."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    country: str


PLACES: dict[str, Place] = {
    p.code: p
    for p in (
        Place("CDG", "Paris Charles de Gaulle", "FR"),
        Place("ORY", "Paris Orly", "FR"),
        Place("LYS", "Lyon Saint-Exupéry", "FR"),
        Place("MRS", "Marseille Provence", "FR"),
        Place("NRT", "Tokyo Narita", "JP"),
        Place("JFK", "New York John F. Kennedy", "US"),
        Place("ORD", "Chicago O'Hare", "US"),
        Place("LHR", "London Heathrow", "GB"),
        Place("FRA", "Frankfurt am Main", "DE"),
        Place("AMS", "Amsterdam Schiphol", "NL"),
        Place("HKG", "Hong Kong International", "HK"),
        Place("DXB", "Dubai International", "AE"),
        Place("SIN", "Singapore Changi", "SG"),
        Place("PVG", "Shanghai Pudong", "CN"),
        Place("GRU", "São Paulo Guarulhos", "BR"),
    )
}

# Event type names, in the order they usually happen. The timelines per shipment kind live in ``rules``.
EVENT_TYPES: tuple[str, ...] = (
    "ORDER",
    "PICKUP",
    "GOODS_RECEIPT",
    "SCORED",
    "MEASUREMENT",
    "SECURITY",
    "STORAGE",
    "DELIVERY_ORDER",
    "DELIVERY_PREPARATION",
    "DELIVERY_REJECTED",
    "DELIVERY_COMPANY",
    "DELIVERY",
)
EVENT_TYPE_IDS: dict[str, str] = {name: stable_id("event-type", name) for name in EVENT_TYPES}
EVENT_TYPE_NAMES: dict[str, str] = {v: k for k, v in EVENT_TYPE_IDS.items()}

SERVICE_TYPE_NAMES: tuple[str, ...] = (
    "HANDLING",
    "STORAGE",
    "COLD_STORAGE",
    "PALLETIZATION",
    "LABELLING",
    "WRAPPING",
    "XRAY_SCREENING",
    "CUSTOMS_CLEARANCE",
)
SERVICE_TYPES: dict[str, str] = {stable_id("service-type", name): name for name in SERVICE_TYPE_NAMES}

ANOMALY_CATEGORIES: dict[str, str] = {
    "DAMAGE": "Damaged goods",
    "QUANTITY": "Quantity discrepancy",
    "DOCUMENT": "Missing or wrong documents",
    "SECURITY": "Security finding",
}
# Anomaly type code -> (name, category code). A type belongs to exactly one category.
ANOMALY_TYPES: dict[str, tuple[str, str]] = {
    "DAMAGE_CRUSHED": ("Crushed packaging", "DAMAGE"),
    "DAMAGE_WET": ("Wet packaging", "DAMAGE"),
    "DAMAGE_TORN": ("Torn packaging", "DAMAGE"),
    "QUANTITY_MISSING": ("Pieces missing", "QUANTITY"),
    "QUANTITY_EXCESS": ("Pieces in excess", "QUANTITY"),
    "DOCUMENT_MISSING_HAWB": ("House air waybill missing", "DOCUMENT"),
    "DOCUMENT_WRONG_WEIGHT": ("Declared weight differs", "DOCUMENT"),
    "SECURITY_UNSCREENABLE": ("Cannot be screened", "SECURITY"),
    "SECURITY_AIRLINE_RESEARCH": ("Airline research", "SECURITY"),
}

QUANTITY_TYPES: tuple[str, ...] = ("AUT", "BAG", "BOX", "CRT", "DRM", "PAL", "PCE", "ROL")
