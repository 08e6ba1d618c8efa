"""Every operation through ``AsyncOneRecord``: same wire format and parsing as the sync client."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest
from surface_fakes import FakeAPI, page_json, shipment_json

from onerecord import AsyncOneRecord, Shipment

pytestmark = pytest.mark.anyio

SHIPMENT = "0b6f5a52-3c41-4c1e-9a40-5f2b8e0f7a11"
OTHER = "9d0c8a7e-1f2b-4c3d-8e9f-0a1b2c3d4e5f"
SERVICE = "5e1d7c2a-6b3f-4a8e-9c0d-1e2f3a4b5c6d"
SERVICE_TYPE = "7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d"


async def test_shipments_list_iterates_pages_lazily(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply(page_json([shipment_json(SHIPMENT)], "c2"))
    api.reply(page_json([shipment_json(OTHER)], None))
    pager = aclient.shipments.list(filters={"created_at": {"gte": dt.datetime(2024, 3, 16, 11)}}, limit=1)
    assert api.requests == []
    ids = [shipment.shipment_id async for shipment in pager]
    assert ids == [UUID(SHIPMENT), UUID(OTHER)]
    assert api.requests[0].url.query == b"page%5Blimit%5D=1&filter%5BcreatedAt%5D%5Bgte%5D=2024-03-16T11%3A00%3A00Z"
    assert api.requests[1].url.params["page[cursor]"] == "c2"


async def test_shipments_list_pages_and_cursor(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply(page_json([shipment_json(OTHER)], None))
    pages = [page async for page in aclient.shipments.list(cursor="c2").pages()]
    assert [page.next_cursor for page in pages] == [None]
    assert api.last.url.query == b"page%5Bcursor%5D=c2"


async def test_shipments_get(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json(createdAt="2024-03-16T11:00:00"))
    shipment = await aclient.shipments.get(SHIPMENT, groups=["all"])
    assert api.last.url.path == f"/shipment/{SHIPMENT}" and api.last.url.query == b"groups%5B%5D=all"
    assert isinstance(shipment, Shipment) and shipment.created_at == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)


async def test_shipments_create(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json(), status=201)
    await aclient.shipments.create(
        departure="CDG", departure_country="FR", arrival="NRT", arrival_country="JP",
        order_reference="E-ONERECORD", quantity_expected=3,
    )  # fmt: skip
    assert api.last.method == "POST"
    assert api.last_json() == {
        "departure": "CDG",
        "departureCountry": "FR",
        "arrival": "NRT",
        "arrivalCountry": "JP",
        "orderReference": "E-ONERECORD",
        "quantityExpected": 3,
    }


async def test_shipments_create_refuses_unknown_fields_before_any_request(
    aclient: AsyncOneRecord, api: FakeAPI
) -> None:
    with pytest.raises(TypeError, match="colour"):
        await aclient.shipments.create(colour="red")
    assert api.requests == []


async def test_shipments_update_and_delete(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json())
    await aclient.shipments.update(SHIPMENT, customer_reference=None)
    assert api.last.method == "PUT" and api.last_json() == {"customerReference": None}
    api.reply(status=204)
    await aclient.shipments.delete(SHIPMENT)
    assert api.last.method == "DELETE" and api.last.url.path == f"/shipment/{SHIPMENT}"


async def test_shipment_services(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    service = {"id": SERVICE, "shipment": SHIPMENT, "isDone": False, "type": {"id": SERVICE_TYPE, "name": "Storage"}}
    api.reply(service, status=201)
    created = await aclient.shipment_services.create(shipment=SHIPMENT, quantity=1, is_done=False, type_=SERVICE_TYPE)
    assert api.last.url.path == "/shipment-service" and api.last_json()["isDone"] is False
    assert created.id == UUID(SERVICE)
    api.reply(service)
    await aclient.shipment_services.update(SERVICE, quantity=3)
    assert api.last.method == "PUT" and api.last_json() == {"quantity": 3}
    api.reply(status=204)
    await aclient.shipment_services.delete(SERVICE)
    assert api.last.method == "DELETE" and api.last.url.path == f"/shipment-service/{SERVICE}"


async def test_shipment_anomalies(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply({"id": OTHER, "category": "DAMAGE", "type": None}, status=201)
    anomaly = await aclient.shipment_anomalies.create(
        {"shipment": SHIPMENT, "type": None, "category": "DAMAGE", "quantity": 1, "balance": 0, "date": None,
         "observation": None}
    )  # fmt: skip
    assert api.last.url.path == "/shipment-anomaly" and api.last_json()["category"] == "DAMAGE"
    assert anomaly.category == "DAMAGE"


async def test_places_get(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply({"code": "CDG", "country": "FR"})
    place = await aclient.places.get("CDG")
    assert api.last.url.path == "/place/CDG" and place.country == "FR"


async def test_countries_list(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply(page_json([{"code": "US"}, {"code": "FR"}], None))
    codes = [country.code async for country in aclient.countries.list(filters={"code": {"ne": "JP"}})]
    assert codes == ["US", "FR"]
    assert api.last.url.query == b"filter%5Bcode%5D%5Bne%5D=JP"


async def test_request_escape_hatch(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply({"ok": True})
    response = await aclient.request("GET", "/undocumented", params=[("a", "1"), ("a", "2")])
    assert response.json() == {"ok": True}
    assert api.last.url.query == b"a=1&a=2"
    assert api.last.headers["Authorization"] == "Bearer test-token"


async def test_paginate_unknown_route(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    api.reply(page_json([{"id": 1}], "n2"))
    api.reply(page_json([{"id": 2}], None))
    records = [record async for record in aclient.paginate("/event-type", params={"page[limit]": "1"})]
    assert records == [{"id": 1}, {"id": 2}]
    assert api.requests[1].url.query == b"page%5Blimit%5D=1&page%5Bcursor%5D=n2"
