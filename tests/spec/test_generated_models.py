"""The docs' JSON examples read into the generated models and write back unchanged."""

from __future__ import annotations

import copy
import datetime
from typing import Any
from uuid import UUID

from onerecord_api.models import (
    EventType,
    Shipment,
    ShipmentEvent,
    ShipmentList,
    ShipmentUpdate,
    TokenResponse,
)

UUID_TEXT = "123e4567-e89b-12d3-a456-426614174000"
RELATIONS = (
    "assignations",
    "anomalies",
    "customs",
    "details",
    "documents",
    "events",
    "operators",
    "securities",
    "services",
    "preparations",
)

# GET /shipment/{shipmentId}, response example of the docs (values as published).
DOCS_SHIPMENT: dict[str, Any] = {
    "shipmentId": UUID_TEXT,
    "departure": "text",
    "departureCountry": "AD",
    "arrival": "text",
    "arrivalCountry": "AD",
    "orderReference": "text",
    "customerReference": "text",
    "quantityExpected": 1,
    "quantityTypeExpected": "AUT",
    "grossWeightExpected": 1,
    "grossWeightTaxableExpected": 1,
    "volumeExpected": 1,
    "quantityReal": 1,
    "quantityTypeReal": "AUT",
    "grossWeightReal": 1,
    "grossWeightTaxableReal": 1,
    "volumeReal": 1,
    "mawbNumber": "text",
    "hawbNumber": "text",
    "hbl": "text",
    "mbl": "text",
    "goodsDescription": "text",
    "fly": "text",
    "ship": "text",
    "isSecure": False,
    "isDangerous": False,
    "limitBoardingTime": "text",
    "shippingReference": "text",
    **{name: [UUID_TEXT] for name in RELATIONS},
    "createdAt": None,
    "updatedAt": None,
}

# PUT /shipment/{shipmentId}, request example of the docs.
DOCS_UPDATE: dict[str, Any] = {
    key: DOCS_SHIPMENT[key] for key in DOCS_SHIPMENT if key not in {"shipmentId", *RELATIONS, "createdAt", "updatedAt"}
}

# POST /authentication/oauth2/token, response example of the docs.
DOCS_TOKEN: dict[str, Any] = {
    "access_token": "text",
    "refresh_token": "text",
    "expires_in": 1800,
    "refresh_expires_in": 604800,
    "token_type": "Bearer",
    "scope": "text",
}


def test_docs_shipment_example_round_trips() -> None:
    shipment = Shipment.from_dict(copy.deepcopy(DOCS_SHIPMENT))
    assert shipment.shipment_id == UUID(UUID_TEXT)
    assert shipment.events == [UUID(UUID_TEXT)]
    assert shipment.created_at is None
    assert shipment.to_dict() == DOCS_SHIPMENT


def test_docs_update_example_round_trips() -> None:
    assert len(DOCS_UPDATE) == 27
    update = ShipmentUpdate.from_dict(copy.deepcopy(DOCS_UPDATE))
    assert update.customer_reference == "text"
    assert update.to_dict() == DOCS_UPDATE


def test_partial_update_sends_only_what_was_set() -> None:
    assert ShipmentUpdate(customer_reference="PO-1234").to_dict() == {"customerReference": "PO-1234"}
    assert ShipmentUpdate(hawb_number=None).to_dict() == {"hawbNumber": None}


def test_docs_token_example_round_trips() -> None:
    token = TokenResponse.from_dict(dict(DOCS_TOKEN))
    assert token.expires_in == 1800
    assert token.to_dict() == DOCS_TOKEN


def test_unknown_fields_are_kept_through_a_round_trip() -> None:
    data = {**copy.deepcopy(DOCS_SHIPMENT), "newFieldFromServer": {"nested": [1, 2]}, "flag": True}
    shipment = Shipment.from_dict(copy.deepcopy(data))
    assert shipment.additional_properties["newFieldFromServer"] == {"nested": [1, 2]}
    assert shipment.to_dict() == data
    token = TokenResponse.from_dict({**DOCS_TOKEN, "not-before-policy": 0})
    assert token.to_dict()["not-before-policy"] == 0


def test_unknown_quantity_type_and_event_type_parse() -> None:
    data = copy.deepcopy(DOCS_SHIPMENT)
    data["quantityTypeExpected"] = "ZZ_NEW_UNIT"
    data["quantityTypeReal"] = "CRT"
    data["events"] = [
        {
            "id": UUID_TEXT,
            "type": {"id": UUID_TEXT, "name": "CUSTOMS_HOLD_NEW"},
            "date": "2024-03-16T11:00:00Z",
            "source": "unknown extra",
        }
    ]
    shipment = Shipment.from_dict(copy.deepcopy(data))
    assert shipment.quantity_type_expected == "ZZ_NEW_UNIT"
    assert shipment.quantity_type_real == "CRT"
    event = shipment.events[0]
    assert isinstance(event, ShipmentEvent)
    assert isinstance(event.type_, EventType) and event.type_.name == "CUSTOMS_HOLD_NEW"
    assert event.date == datetime.datetime(2024, 3, 16, 11, 0, tzinfo=datetime.UTC)
    # Written back in Python's ISO form: the same instant, spelled +00:00.
    data["events"][0]["date"] = "2024-03-16T11:00:00+00:00"
    assert shipment.to_dict() == data


def test_expanded_relations_parse_into_objects() -> None:
    data = copy.deepcopy(DOCS_SHIPMENT)
    data["departure"] = {"code": "CDG", "name": "Paris Charles de Gaulle", "country": {"code": "FR", "name": "France"}}
    data["departureCountry"] = {"code": "AD", "name": "Andorra"}
    data["documents"] = [{"id": UUID_TEXT, "fileName": "awb.pdf"}]
    shipment = Shipment.from_dict(copy.deepcopy(data))
    assert shipment.to_dict() == data


def test_list_envelope_with_and_without_next() -> None:
    page = ShipmentList.from_dict({"data": [copy.deepcopy(DOCS_SHIPMENT)], "metadata": {"next": "abc"}})
    assert page.metadata.next_ == "abc"
    last = ShipmentList.from_dict({"data": [], "metadata": {"next": None}})
    assert last.metadata.next_ is None
