"""Shipment services and anomalies: roles (403), latest-event rules (409), reference checks (422)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord.sandbox import SandboxControl

Api = Callable[[str], httpx.Client]
NewShipment = Callable[..., dict[str, Any]]


@pytest.fixture
def service_type(control: SandboxControl) -> str:
    type_id: str = control.reference()["serviceTypes"][0]["id"]
    return type_id


def service_body(shipment_id: str, type_id: str, **overrides: Any) -> dict[str, Any]:
    return {"shipment": shipment_id, "quantity": 2, "isDone": False, "type": type_id, **overrides}


def anomaly_body(shipment_id: str, **overrides: Any) -> dict[str, Any]:
    body = {
        "shipment": shipment_id,
        "type": "QUANTITY_MISSING",
        "category": "QUANTITY",
        "quantity": 1,
        "balance": -1,
        "date": "2026-11-26T09:30:00Z",
        "observation": "One box short",
    }
    return {**body, **overrides}


@pytest.mark.parametrize("role", ["shipper", "warehouse"])
def test_shippers_and_warehouses_create_services(
    api: Api, new_shipment: NewShipment, service_type: str, role: str
) -> None:
    shipment_id = new_shipment("shipper")["shipmentId"]
    response = api(role).post("/shipment-service", json=service_body(shipment_id, service_type))
    assert response.status_code == 201
    body = response.json()
    assert body["shipment"] == shipment_id and body["type"] == service_type and body["isDone"] is False
    assert api("shipper").get(f"/shipment/{shipment_id}").json()["services"] == [body["id"]]


@pytest.mark.parametrize("role", ["forwarder", "agent", "consignee", "customer"])
def test_other_roles_may_not_touch_services(api: Api, new_shipment: NewShipment, service_type: str, role: str) -> None:
    shipment_id = new_shipment(role)["shipmentId"]
    client = api(role)
    assert client.post("/shipment-service", json=service_body(shipment_id, service_type)).status_code == 403
    service_id = api("warehouse").post("/shipment-service", json=service_body(shipment_id, service_type)).json()["id"]
    assert client.put(f"/shipment-service/{service_id}", json={"quantity": 3}).status_code == 403
    assert client.delete(f"/shipment-service/{service_id}").status_code == 403


def test_services_close_after_storage(
    api: Api, new_shipment: NewShipment, control: SandboxControl, service_type: str
) -> None:
    shipment_id = new_shipment("shipper")["shipmentId"]
    client = api("shipper")
    service_id = client.post("/shipment-service", json=service_body(shipment_id, service_type)).json()["id"]
    for event in ("GOODS_RECEIPT", "MEASUREMENT", "SECURITY", "STORAGE"):
        control.record_event(shipment_id, event)
        assert client.put(f"/shipment-service/{service_id}", json={"quantity": 4}).status_code == 200, event
    control.record_event(shipment_id, "DELIVERY_PREPARATION")
    refused = client.post("/shipment-service", json=service_body(shipment_id, service_type))
    assert refused.status_code == 409
    assert "DELIVERY_PREPARATION" in refused.json()["message"]
    assert client.put(f"/shipment-service/{service_id}", json={"quantity": 5}).status_code == 409
    assert client.delete(f"/shipment-service/{service_id}").status_code == 409


def test_a_rejected_export_back_in_storage_takes_no_new_services(
    api: Api, new_shipment: NewShipment, control: SandboxControl, service_type: str
) -> None:
    """DELIVERY_PREPARATION is the last moment services can be added to an export, even after a rejection."""
    shipment_id = new_shipment("shipper")["shipmentId"]
    client = api("shipper")
    service_id = client.post("/shipment-service", json=service_body(shipment_id, service_type)).json()["id"]
    control.advance(shipment_id, "DELIVERY_PREPARATION")
    control.record_event(shipment_id, "DELIVERY_REJECTED")
    control.record_event(shipment_id, "STORAGE")
    assert control.status(shipment_id)["servicesOpen"] is False
    refused = client.post("/shipment-service", json=service_body(shipment_id, service_type))
    assert refused.status_code == 409
    assert "DELIVERY_PREPARATION" in refused.json()["message"]
    assert client.put(f"/shipment-service/{service_id}", json={"quantity": 5}).status_code == 409
    assert client.get(f"/shipment/{shipment_id}").json()["services"] == [service_id]


def test_services_are_open_on_import_scored_only_if_listed(
    api: Api, new_shipment: NewShipment, control: SandboxControl, service_type: str
) -> None:
    shipment_id = new_shipment("shipper", orderReference="I-ONERECORD")["shipmentId"]
    control.advance(shipment_id, "SCORED")
    response = api("shipper").post("/shipment-service", json=service_body(shipment_id, service_type))
    assert response.status_code == 409
    control.record_event(shipment_id, "STORAGE")
    assert api("shipper").post("/shipment-service", json=service_body(shipment_id, service_type)).status_code == 201


def test_shipper_deletes_only_services_not_done(api: Api, new_shipment: NewShipment, service_type: str) -> None:
    shipment_id = new_shipment("shipper")["shipmentId"]
    shipper, warehouse = api("shipper"), api("warehouse")
    done = shipper.post("/shipment-service", json=service_body(shipment_id, service_type, isDone=True)).json()["id"]
    pending = shipper.post("/shipment-service", json=service_body(shipment_id, service_type)).json()["id"]
    assert shipper.delete(f"/shipment-service/{done}").status_code == 409
    assert shipper.delete(f"/shipment-service/{pending}").status_code == 204
    assert warehouse.delete(f"/shipment-service/{done}").status_code == 204
    assert shipper.get(f"/shipment/{shipment_id}").json()["services"] == []


def test_service_validation_and_unknown_ids(api: Api, new_shipment: NewShipment, service_type: str) -> None:
    shipment_id = new_shipment("shipper")["shipmentId"]
    client = api("shipper")
    bad = client.post("/shipment-service", json={"shipment": "nope", "quantity": -2, "isDone": "no"})
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["errors"]} == {"shipment", "quantity", "isDone", "type"}
    unknown_type = service_body(shipment_id, "123e4567-e89b-12d3-a456-426614174000")
    assert client.post("/shipment-service", json=unknown_type).status_code == 422
    unknown_shipment = service_body("123e4567-e89b-12d3-a456-426614174000", service_type)
    assert client.post("/shipment-service", json=unknown_shipment).status_code == 404
    assert client.put("/shipment-service/123e4567-e89b-12d3-a456-426614174000", json={}).status_code == 404
    assert client.delete("/shipment-service/123e4567-e89b-12d3-a456-426614174000").status_code == 404
    malformed = client.put("/shipment-service/123e4567-e89b-12d3-a456-426614174000", content=b"{")
    assert malformed.status_code == 400


def test_services_of_other_societies_are_404(api: Api, new_shipment: NewShipment, service_type: str) -> None:
    shipment_id = new_shipment("forwarder")["shipmentId"]
    service_id = api("warehouse").post("/shipment-service", json=service_body(shipment_id, service_type)).json()["id"]
    shipper = api("shipper")
    assert shipper.put(f"/shipment-service/{service_id}", json={"quantity": 1}).status_code == 404
    assert shipper.post("/shipment-service", json=service_body(shipment_id, service_type)).status_code == 404


def test_warehouse_records_anomalies(api: Api, new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment()["shipmentId"]
    control.record_event(shipment_id, "GOODS_RECEIPT")
    response = api("warehouse").post("/shipment-anomaly", json=anomaly_body(shipment_id))
    assert response.status_code == 201
    body = response.json()
    assert body["category"] == "QUANTITY" and body["type"] == "QUANTITY_MISSING" and body["balance"] == -1
    untyped = api("warehouse").post("/shipment-anomaly", json=anomaly_body(shipment_id, type=None))
    assert untyped.status_code == 201
    assert len(api("forwarder").get(f"/shipment/{shipment_id}").json()["anomalies"]) == 2


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("2024-03-16", "2024-03-16T00:00:00.000000Z"),  # a date alone (the date-handling page's short form)
        ("2024-03-16T11:00:00", "2024-03-16T11:00:00.000000Z"),  # no offset: UTC
        ("2024-03-16T12:00:00+01:00", "2024-03-16T11:00:00.000000Z"),
        (None, None),
    ],
)
def test_anomaly_dates_take_every_form_the_docs_allow(
    api: Api, new_shipment: NewShipment, control: SandboxControl, sent: str | None, stored: str | None
) -> None:
    shipment_id = new_shipment()["shipmentId"]
    control.record_event(shipment_id, "GOODS_RECEIPT")
    response = api("warehouse").post("/shipment-anomaly", json=anomaly_body(shipment_id, date=sent))
    assert response.status_code == 201, response.text
    assert response.json()["date"] == stored


def test_an_anomaly_date_in_another_form_names_the_field(api: Api, new_shipment: NewShipment) -> None:
    shipment_id = new_shipment()["shipmentId"]
    response = api("warehouse").post("/shipment-anomaly", json=anomaly_body(shipment_id, date="16/03/2024"))
    assert response.status_code == 422
    assert [(e["resource"], e["field"], e["code"]) for e in response.json()["errors"]] == [
        ("ShipmentAnomaly", "date", "invalid")
    ]


@pytest.mark.parametrize("role", ["forwarder", "shipper", "agent", "consignee", "customer"])
def test_only_the_warehouse_records_anomalies(api: Api, new_shipment: NewShipment, role: str) -> None:
    shipment_id = new_shipment("shipper" if role == "shipper" else "forwarder")["shipmentId"]
    assert api(role).post("/shipment-anomaly", json=anomaly_body(shipment_id)).status_code == 403


def test_anomaly_type_must_belong_to_its_category(api: Api, new_shipment: NewShipment) -> None:
    shipment_id = new_shipment()["shipmentId"]
    client = api("warehouse")
    mismatch = client.post("/shipment-anomaly", json=anomaly_body(shipment_id, type="DAMAGE_WET"))
    assert mismatch.status_code == 422
    assert mismatch.json()["errors"][0]["field"] == "type"
    unknown = client.post("/shipment-anomaly", json=anomaly_body(shipment_id, category="WEATHER"))
    assert unknown.status_code == 422
    missing = client.post("/shipment-anomaly", json={"shipment": shipment_id})
    assert {e["field"] for e in missing.json()["errors"]} == {
        "type",
        "category",
        "quantity",
        "balance",
        "date",
        "observation",
    }


def test_no_anomaly_on_an_archived_shipment(api: Api, new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment()["shipmentId"]
    control.advance(shipment_id, "DELIVERY_COMPANY")
    assert api("warehouse").post("/shipment-anomaly", json=anomaly_body(shipment_id)).status_code == 409
