"""Shipment services, shipment anomalies, places and countries through the sync client."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest
from surface_fakes import FakeAPI, page_json

from onerecord import OneRecord, ShipmentServiceCreate
from onerecord.models import AnomalyCategory, Country

SHIPMENT = "0b6f5a52-3c41-4c1e-9a40-5f2b8e0f7a11"
SERVICE = "5e1d7c2a-6b3f-4a8e-9c0d-1e2f3a4b5c6d"
SERVICE_TYPE = "7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d"
ANOMALY = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"


def service_json(**fields: object) -> dict[str, object]:
    return {"id": SERVICE, "shipment": SHIPMENT, "quantity": 2, "isDone": False, "type": SERVICE_TYPE, **fields}


def test_service_create(client: OneRecord, api: FakeAPI) -> None:
    api.reply(service_json(createdAt="2024-03-16T11:00:00"), status=201)
    service = client.shipment_services.create(shipment=SHIPMENT, quantity=None, is_done=False, type_=SERVICE_TYPE)
    assert api.last.method == "POST" and api.last.url.path == "/shipment-service"
    assert api.last_json() == {"shipment": SHIPMENT, "quantity": None, "isDone": False, "type": SERVICE_TYPE}
    assert service.id == UUID(SERVICE)
    assert service.created_at == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)


def test_service_create_accepts_the_api_name_type_and_a_model(client: OneRecord, api: FakeAPI) -> None:
    api.reply(service_json(), status=201)
    client.shipment_services.create({"shipment": SHIPMENT, "quantity": 1, "isDone": True, "type": SERVICE_TYPE})
    assert api.last_json()["type"] == SERVICE_TYPE
    model = ShipmentServiceCreate(shipment=UUID(SHIPMENT), quantity=1, is_done=True, type_=UUID(SERVICE_TYPE))
    api.reply(service_json(), status=201)
    client.shipment_services.create(model)
    assert api.last_json() == {"shipment": SHIPMENT, "quantity": 1, "isDone": True, "type": SERVICE_TYPE}


def test_service_create_requires_quantity_even_if_null(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="quantity"):
        client.shipment_services.create(shipment=SHIPMENT, is_done=False, type_=SERVICE_TYPE)
    with pytest.raises(ValueError, match="shipment"):
        client.shipment_services.create(shipment="nope", quantity=1, is_done=False, type_=SERVICE_TYPE)
    assert api.requests == []


def test_service_update_and_delete(client: OneRecord, api: FakeAPI) -> None:
    api.reply(service_json(isDone=True))
    service = client.shipment_services.update(SERVICE, is_done=True)
    assert api.last.method == "PUT" and api.last.url.path == f"/shipment-service/{SERVICE}"
    assert api.last_json() == {"isDone": True}
    assert service.is_done is True

    api.reply(status=204)
    client.shipment_services.delete(UUID(SERVICE))
    assert api.last.method == "DELETE" and api.last.url.path == f"/shipment-service/{SERVICE}"


def test_anomaly_create(client: OneRecord, api: FakeAPI) -> None:
    api.reply(
        {"id": ANOMALY, "shipment": SHIPMENT, "category": {"code": "DAMAGE", "name": "Damage"}, "date": None},
        status=201,
    )
    anomaly = client.shipment_anomalies.create(
        shipment=SHIPMENT,
        type_=None,
        category="DAMAGE",
        quantity=1,
        balance=None,
        date=dt.datetime(2024, 3, 16, 11, 0),
        observation="crushed corner",
    )
    assert api.last.method == "POST" and api.last.url.path == "/shipment-anomaly"
    sent = api.last_json()
    assert sent["shipment"] == SHIPMENT and sent["type"] is None and sent["category"] == "DAMAGE"
    assert dt.datetime.fromisoformat(sent["date"]) == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)
    assert isinstance(anomaly.category, AnomalyCategory) and anomaly.category.code == "DAMAGE"


def test_anomaly_create_names_every_missing_field(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="type_, category, quantity, balance, date, observation"):
        client.shipment_anomalies.create(shipment=SHIPMENT)
    assert api.requests == []


def test_place_get_with_groups(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"code": "CDG", "name": "Paris-CDG", "country": {"code": "FR", "name": "France"}})
    place = client.places.get("CDG", groups=["country"])
    assert api.last.url.path == "/place/CDG"
    assert api.last.url.query == b"groups%5B%5D=country"
    assert isinstance(place.country, Country) and place.country.code == "FR"


def test_place_code_cannot_escape_its_route(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"code": "A/B"})
    client.places.get("A/B?x=1")
    assert api.last.url.raw_path == b"/place/A%2FB%3Fx%3D1"
    with pytest.raises(ValueError, match="code"):
        client.places.get("")
    for dots in (".", ".."):  # "/place/.." would become "/": the API root, not a place
        with pytest.raises(ValueError, match="code"):
            client.places.get(dots)
    assert len(api.requests) == 1


def test_countries_list(client: OneRecord, api: FakeAPI) -> None:
    api.reply(page_json([{"code": "US", "name": "United States"}], None))
    countries = list(client.countries.list(filters={"code": {"eq": "US"}}, sort={"name": "asc"}, limit=10))
    assert api.last.url.path == "/country"
    assert api.last.url.query == b"page%5Blimit%5D=10&filter%5Bcode%5D%5Beq%5D=US&sort%5Bname%5D=asc"
    assert [country.code for country in countries] == ["US"]


def test_anomaly_date_may_be_given_as_iso_text(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"id": ANOMALY}, status=201)
    client.shipment_anomalies.create(
        shipment=UUID(SHIPMENT), type_="DENT", category="DAMAGE", quantity=None, balance=None,
        date="2024-03-16T11:00:00Z", observation=None,
    )  # fmt: skip
    assert dt.datetime.fromisoformat(api.last_json()["date"]) == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)
    with pytest.raises(TypeError, match="date"):
        client.shipment_anomalies.create(
            shipment=SHIPMENT, type_=None, category="DAMAGE", quantity=None, balance=None, date=20240316,
            observation=None,
        )  # fmt: skip
