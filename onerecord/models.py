"""The data models of the API, re-exported from the generated package so users import from one place.

They are ``attrs`` classes generated from ``openapi/one-record.yaml``: ``from_dict``/``to_dict``, attribute names in
snake case, fields the server did not send set to ``UNSET`` (test with ``isinstance(value, Unset)``), and fields the
spec does not know kept in ``additional_properties``. Response models keep open strings where the server's list is
open (quantity types, event types), so a new value never breaks parsing.
"""

from onerecord_api.models import (
    AnomalyCategory,
    AnomalyType,
    Country,
    CountryList,
    Error,
    EventType,
    FieldError,
    OAuthErrorBody,
    PageMetadata,
    Place,
    PlaceGroup,
    RelatedResource,
    ServiceType,
    Shipment,
    ShipmentAnomaly,
    ShipmentAnomalyCreate,
    ShipmentCreate,
    ShipmentCreateOrderReference,
    ShipmentEvent,
    ShipmentGroup,
    ShipmentList,
    ShipmentService,
    ShipmentServiceCreate,
    ShipmentServiceUpdate,
    ShipmentUpdate,
    SortDirection,
    TokenRequest,
    TokenRequestGrantType,
    TokenResponse,
)
from onerecord_api.types import UNSET, Unset

__all__ = [
    "UNSET",
    "AnomalyCategory",
    "AnomalyType",
    "Country",
    "CountryList",
    "Error",
    "EventType",
    "FieldError",
    "OAuthErrorBody",
    "PageMetadata",
    "Place",
    "PlaceGroup",
    "RelatedResource",
    "ServiceType",
    "Shipment",
    "ShipmentAnomaly",
    "ShipmentAnomalyCreate",
    "ShipmentCreate",
    "ShipmentCreateOrderReference",
    "ShipmentEvent",
    "ShipmentGroup",
    "ShipmentList",
    "ShipmentService",
    "ShipmentServiceCreate",
    "ShipmentServiceUpdate",
    "ShipmentUpdate",
    "SortDirection",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "Unset",
]
