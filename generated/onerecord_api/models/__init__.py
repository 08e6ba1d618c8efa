"""Contains all the data models used in inputs/outputs"""

from .anomaly_category import AnomalyCategory
from .anomaly_type import AnomalyType
from .country import Country
from .country_list import CountryList
from .error import Error
from .event_type import EventType
from .field_error import FieldError
from .o_auth_error_body import OAuthErrorBody
from .page_metadata import PageMetadata
from .place import Place
from .place_group import PlaceGroup
from .related_resource import RelatedResource
from .service_type import ServiceType
from .shipment import Shipment
from .shipment_anomaly import ShipmentAnomaly
from .shipment_anomaly_create import ShipmentAnomalyCreate
from .shipment_create import ShipmentCreate
from .shipment_create_order_reference import ShipmentCreateOrderReference
from .shipment_event import ShipmentEvent
from .shipment_group import ShipmentGroup
from .shipment_list import ShipmentList
from .shipment_service import ShipmentService
from .shipment_service_create import ShipmentServiceCreate
from .shipment_service_update import ShipmentServiceUpdate
from .shipment_update import ShipmentUpdate
from .sort_direction import SortDirection
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse

__all__ = (
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
)
