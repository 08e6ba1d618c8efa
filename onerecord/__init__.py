"""Python client for Technema's One Record API.

The package is a thin, typed facade over ``onerecord_api``, which is generated from ``openapi/one-record.yaml``::

    from onerecord import OneRecord

    with OneRecord(client_id="...", client_secret="...") as client:
        for shipment in client.shipments.list(filters={"quantityReal": {"gt": 10}}, limit=200):
            print(shipment.shipment_id)

Everything a user needs is importable from here: the clients, the exceptions, and the models the API returns or
accepts (all models, including the generated error bodies, are also in :mod:`onerecord.models`; the generated
``FieldError`` model lives only there, ``onerecord.FieldError`` being the exceptions' field error). The models are
imported on first use, so that ``import onerecord`` stays cheap.
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:  # everything loads on first use (``__getattr__`` below); these imports are for type checkers
    from ._client import AsyncOneRecord, OneRecord
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        FieldError,
        InternalServerError,
        NotFoundError,
        OneRecordError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        SharedStateError,
        UnprocessableEntityError,
    )
    from .models import (
        UNSET,
        AnomalyCategory,
        AnomalyType,
        Country,
        EventType,
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
        ShipmentService,
        ShipmentServiceCreate,
        ShipmentServiceUpdate,
        ShipmentUpdate,
        SortDirection,
        Unset,
    )
    from .pagination import AsyncCursorPager, Page, SyncCursorPager
    from .raw_response import RawResponse

API_VERSION = "1.0.0"
"""The version of the API description this package was generated from (``info.version`` of the spec)."""

__all__ = [
    "API_VERSION",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AnomalyCategory",
    "AnomalyType",
    "AsyncCursorPager",
    "AsyncOneRecord",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Country",
    "EventType",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "OneRecord",
    "OneRecordError",
    "Page",
    "PermissionDeniedError",
    "Place",
    "PlaceGroup",
    "RateLimitError",
    "RawResponse",
    "RelatedResource",
    "ResponseValidationError",
    "ServiceType",
    "SharedStateError",
    "Shipment",
    "ShipmentAnomaly",
    "ShipmentAnomalyCreate",
    "ShipmentCreate",
    "ShipmentCreateOrderReference",
    "ShipmentEvent",
    "ShipmentGroup",
    "ShipmentService",
    "ShipmentServiceCreate",
    "ShipmentServiceUpdate",
    "ShipmentUpdate",
    "SortDirection",
    "SyncCursorPager",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
]

# Where each public name lives; whatever is not listed here is a model (``onerecord.models``).
_HOMES = {
    "OneRecord": "_client",
    "AsyncOneRecord": "_client",
    "AsyncCursorPager": "pagination",
    "Page": "pagination",
    "RawResponse": "raw_response",
    "SyncCursorPager": "pagination",
    **dict.fromkeys(
        (
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "FieldError",
            "InternalServerError",
            "NotFoundError",
            "OneRecordError",
            "PermissionDeniedError",
            "RateLimitError",
            "ResponseValidationError",
            "SharedStateError",
            "UnprocessableEntityError",
        ),
        "errors",
    ),
}
_LAZY = frozenset(__all__) - set(globals())


def __getattr__(name: str) -> Any:
    """Public names imported on first use (PEP 562).

    ``import onerecord`` then loads neither httpx nor the generated models, so a program (or the ``onerecord``
    command's ``--help``) pays only for what it touches.
    """
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    home = _HOMES.get(name, "models")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
