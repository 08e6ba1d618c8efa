"""Shipment CRUD: status codes, errors, tenant isolation and the state rules of the docs' rest-api/shipment/* pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord.sandbox import SandboxControl

Api = Callable[[str], httpx.Client]
NewShipment = Callable[..., dict[str, Any]]


def test_create_returns_201_and_the_shipment_with_its_order_event(api: Api) -> None:
    response = api("forwarder").post(
        "/shipment",
        json={
            "orderReference": "E-ONERECORD",
            "departure": "CDG",
            "departureCountry": "FR",
            "arrival": "NRT",
            "arrivalCountry": "JP",
            "quantityExpected": 3,
            "limitBoardingTime": "2026-12-01T10:00:00+01:00",
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert body["orderReference"] == "E-ONERECORD"
    assert body["isSecure"] is False and body["isDangerous"] is False
    assert body["limitBoardingTime"].startswith("2026-12-01T09:00:00")  # normalised to UTC
    assert len(body["events"]) == 1
    assert body["createdAt"] and body["createdAt"] == body["updatedAt"]


def test_get_returns_the_created_shipment(api: Api, new_shipment: NewShipment) -> None:
    created = new_shipment(customerReference="PO-1")
    response = api("forwarder").get(f"/shipment/{created['shipmentId']}")
    assert response.status_code == 200
    assert response.json() == created


def test_unknown_id_is_404(api: Api) -> None:
    response = api("forwarder").get("/shipment/123e4567-e89b-12d3-a456-426614174000")
    assert response.status_code == 404
    assert response.json()["message"]


def test_other_societies_get_404_never_the_data(api: Api, new_shipment: NewShipment) -> None:
    shipment_id = new_shipment(customerReference="SECRET-REF")["shipmentId"]
    for role in ("shipper", "agent", "consignee", "customer"):
        client = api(role)
        for response in (
            client.get(f"/shipment/{shipment_id}"),
            client.put(f"/shipment/{shipment_id}", json={"customerReference": "x"}),
            client.delete(f"/shipment/{shipment_id}"),
        ):
            assert response.status_code == 404, role
            assert "SECRET-REF" not in response.text
        assert client.get("/shipment").json()["data"] == []


def test_the_warehouse_sees_shipments_of_every_society(api: Api, new_shipment: NewShipment) -> None:
    ids = {new_shipment("forwarder")["shipmentId"], new_shipment("shipper")["shipmentId"]}
    listed = {s["shipmentId"] for s in api("warehouse").get("/shipment").json()["data"]}
    assert listed == ids
    forwarder_sees = {s["shipmentId"] for s in api("forwarder").get("/shipment").json()["data"]}
    assert len(forwarder_sees) == 1


def test_a_warehouse_cannot_announce_a_shipment(api: Api) -> None:
    response = api("warehouse").post("/shipment", json={"orderReference": "E-ONERECORD"})
    assert response.status_code == 403


def test_malformed_json_is_400(api: Api) -> None:
    client = api("forwarder")
    response = client.post("/shipment", content=b'{"orderReference": ', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"message": "Problems parsing JSON"}


def test_invalid_data_is_422_listing_every_bad_field(api: Api) -> None:
    response = api("forwarder").post(
        "/shipment",
        json={
            "orderReference": "X-ONERECORD",
            "departure": "CDG",
            "departureCountry": "ZZ",
            "arrival": "",
            "quantityExpected": -1,
            "isSecure": "yes",
        },
    )
    assert response.status_code == 422
    body = response.json()
    assert body["message"] == "Validation Failed"
    fields = {(e["field"], e["code"]) for e in body["errors"]}
    assert fields == {
        ("arrivalCountry", "missing_field"),
        ("orderReference", "invalid"),
        ("departureCountry", "invalid"),
        ("arrival", "invalid"),
        ("quantityExpected", "invalid"),
        ("isSecure", "invalid"),
    }
    assert all(e["resource"] == "Shipment" and e["message"] for e in body["errors"])


def test_update_changes_only_the_fields_sent(api: Api, new_shipment: NewShipment) -> None:
    created = new_shipment(customerReference="PO-1")
    response = api("forwarder").put(f"/shipment/{created['shipmentId']}", json={"departure": "ORY", "fly": None})
    assert response.status_code == 200
    body = response.json()
    assert body["departure"] == "ORY" and body["customerReference"] == "PO-1"
    assert body["updatedAt"] >= created["updatedAt"]


def test_update_with_bad_values_is_422(api: Api, new_shipment: NewShipment) -> None:
    shipment_id = new_shipment()["shipmentId"]
    response = api("forwarder").put(f"/shipment/{shipment_id}", json={"departure": None, "volumeExpected": "big"})
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"departure", "volumeExpected"}


def test_update_rules_narrow_once_the_warehouse_handles_an_export(
    api: Api, new_shipment: NewShipment, control: SandboxControl
) -> None:
    shipment_id = new_shipment(hawbNumber="H1")["shipmentId"]
    client = api("forwarder")
    control.record_event(shipment_id, "GOODS_RECEIPT")
    locked = client.put(f"/shipment/{shipment_id}", json={"departure": "ORY", "quantityExpected": 9})
    assert locked.status_code == 409
    assert {e["field"] for e in locked.json()["errors"]} == {"departure", "quantityExpected"}
    assert client.put(f"/shipment/{shipment_id}", json={"hawbNumber": "H2", "mawbNumber": "M2"}).status_code == 200
    # Sending a locked field unchanged is not a change.
    assert client.put(f"/shipment/{shipment_id}", json={"departure": "CDG"}).status_code == 200
    control.advance(shipment_id, "DELIVERY_PREPARATION")
    assert client.put(f"/shipment/{shipment_id}", json={"hawbNumber": "H3"}).status_code == 409
    assert client.put(f"/shipment/{shipment_id}", json={"customerReference": "late"}).status_code == 200
    control.record_event(shipment_id, "DELIVERY_COMPANY")
    archived = client.put(f"/shipment/{shipment_id}", json={"customerReference": "too late"})
    assert archived.status_code == 409
    assert "archived" in archived.json()["message"]


def test_import_keeps_only_the_customer_reference_editable_after_pickup(
    api: Api, new_shipment: NewShipment, control: SandboxControl
) -> None:
    shipment_id = new_shipment(orderReference="I-ONERECORD")["shipmentId"]
    control.record_event(shipment_id, "PICKUP")
    client = api("forwarder")
    assert client.put(f"/shipment/{shipment_id}", json={"hawbNumber": "H9"}).status_code == 409
    assert client.put(f"/shipment/{shipment_id}", json={"customerReference": "C"}).status_code == 200


def test_a_picked_up_export_stays_editable_until_goods_receipt_but_cannot_be_cancelled(
    api: Api, new_shipment: NewShipment, control: SandboxControl
) -> None:
    """An export is fully editable until GOODS_RECEIPT (docs: update-a-shipment) but deletion ends at PICKUP
    (docs: delete-a-shipment)."""
    shipment_id = new_shipment()["shipmentId"]
    client = api("forwarder")
    control.record_event(shipment_id, "PICKUP")
    edited = client.put(f"/shipment/{shipment_id}", json={"departure": "ORY", "quantityExpected": 9})
    assert edited.status_code == 200
    assert (edited.json()["departure"], edited.json()["orderReference"]) == ("ORY", "E-ONERECORD")
    as_import = client.put(f"/shipment/{shipment_id}", json={"orderReference": "I-ONERECORD"})
    assert as_import.status_code == 409
    assert client.delete(f"/shipment/{shipment_id}").status_code == 409
    control.record_event(shipment_id, "GOODS_RECEIPT")
    assert client.get(f"/shipment/{shipment_id}").json()["orderReference"] == "E26000001"
    assert client.put(f"/shipment/{shipment_id}", json={"departure": "CDG"}).status_code == 409


def test_order_reference_is_reassigned_when_the_warehouse_handles_it(
    api: Api, new_shipment: NewShipment, control: SandboxControl
) -> None:
    first = new_shipment()["shipmentId"]
    second = new_shipment(orderReference="I-ONERECORD")["shipmentId"]
    third = new_shipment()["shipmentId"]
    control.record_event(first, "GOODS_RECEIPT")
    control.record_event(second, "PICKUP")
    control.record_event(third, "GOODS_RECEIPT")
    client = api("forwarder")
    assert client.get(f"/shipment/{first}").json()["orderReference"] == "E26000001"
    assert client.get(f"/shipment/{second}").json()["orderReference"] == "I26000001"
    assert client.get(f"/shipment/{third}").json()["orderReference"] == "E26000002"
    control.record_event(first, "MEASUREMENT")
    assert client.get(f"/shipment/{first}").json()["orderReference"] == "E26000001"


def test_order_reference_may_switch_kind_only_before_handling(
    api: Api, new_shipment: NewShipment, control: SandboxControl
) -> None:
    shipment_id = new_shipment()["shipmentId"]
    client = api("forwarder")
    assert client.put(f"/shipment/{shipment_id}", json={"orderReference": "I-ONERECORD"}).status_code == 200
    assert control.status(shipment_id)["kind"] == "import"
    refused = client.put(f"/shipment/{shipment_id}", json={"orderReference": "P-ONERECORD"})
    assert refused.status_code == 422


def test_delete_only_before_the_warehouse_handles_it(
    api: Api, new_shipment: NewShipment, control: SandboxControl
) -> None:
    client = api("forwarder")
    cancelled = new_shipment()["shipmentId"]
    assert client.delete(f"/shipment/{cancelled}").status_code == 204
    assert client.get(f"/shipment/{cancelled}").status_code == 404
    handled = new_shipment()["shipmentId"]
    control.record_event(handled, "GOODS_RECEIPT")
    response = client.delete(f"/shipment/{handled}")
    assert response.status_code == 409
    assert client.get(f"/shipment/{handled}").status_code == 200


def test_delivery_order_deletable_until_delivery_preparation(
    api: Api, new_shipment: NewShipment, control: SandboxControl
) -> None:
    client = api("forwarder")
    order = new_shipment(orderReference="P-ONERECORD")["shipmentId"]
    assert control.status(order)["events"] == ["DELIVERY_ORDER"]
    control.record_event(order, "DELIVERY_PREPARATION")
    assert client.delete(f"/shipment/{order}").status_code == 409
    other = new_shipment(orderReference="P-ONERECORD")["shipmentId"]
    assert client.delete(f"/shipment/{other}").status_code == 204


def test_only_the_owner_may_delete(api: Api, new_shipment: NewShipment) -> None:
    shipment_id = new_shipment()["shipmentId"]
    assert api("warehouse").delete(f"/shipment/{shipment_id}").status_code == 403
    assert api("forwarder").get(f"/shipment/{shipment_id}").status_code == 200


def test_duplicate_hawb_and_mawb_refused_on_import_creation(api: Api, new_shipment: NewShipment) -> None:
    pair = {"hawbNumber": "H-100", "mawbNumber": "057-100"}
    new_shipment(orderReference="I-ONERECORD", **pair)
    response = api("shipper").post(
        "/shipment",
        json={
            "orderReference": "I-ONERECORD",
            "departure": "JFK",
            "departureCountry": "US",
            "arrival": "CDG",
            "arrivalCountry": "FR",
            "quantityExpected": 1,
            **pair,
        },
    )
    assert response.status_code == 409
    assert {e["code"] for e in response.json()["errors"]} == {"already_exists"}
    # Another HAWB under the same master, and the same pair on an export, are fine.
    new_shipment(orderReference="I-ONERECORD", hawbNumber="H-101", mawbNumber="057-100")
    new_shipment(orderReference="E-ONERECORD", **pair)


def test_delivery_order_with_preparations(api: Api, new_shipment: NewShipment) -> None:
    houses = [new_shipment()["shipmentId"] for _ in range(2)]
    client = api("forwarder")
    body = {
        "orderReference": "P-ONERECORD",
        "departure": "CDG",
        "departureCountry": "FR",
        "arrival": "JFK",
        "arrivalCountry": "US",
        "quantityExpected": 2,
        "preparations": houses,
    }
    response = client.post("/shipment", json=body)
    assert response.status_code == 201
    order_id = response.json()["shipmentId"]
    expanded = client.get(f"/shipment/{order_id}", params={"groups[]": "preparations.shipment"}).json()
    assert [p["shipment"]["shipmentId"] for p in expanded["preparations"]] == houses
    plain = client.get(f"/shipment/{order_id}", params={"groups[]": "preparations"}).json()
    assert [p["shipment"] for p in plain["preparations"]] == houses
    # Preparations must be shipments the caller can see, and only on a delivery order.
    foreign = new_shipment("shipper")["shipmentId"]
    assert client.post("/shipment", json={**body, "preparations": [foreign]}).status_code == 404
    assert client.post("/shipment", json={**body, "orderReference": "E-ONERECORD"}).status_code == 422


@pytest.mark.parametrize("path", ["/shipment/not-a-uuid", "/shipment/123e4567-e89b-12d3-a456-426614174999"])
def test_put_and_delete_unknown_ids_are_404(api: Api, path: str) -> None:
    client = api("forwarder")
    assert client.put(path, json={"customerReference": "x"}).status_code == 404
    assert client.delete(path).status_code == 404


def test_unknown_place_codes_are_kept_as_sent(api: Api, new_shipment: NewShipment) -> None:
    """The sandbox knows 15 places; other codes are stored as sent and expand without a name (see the README)."""
    client = api("forwarder")
    shipment_id = new_shipment(arrival="BRU", arrivalCountry="BE")["shipmentId"]
    body = client.get(f"/shipment/{shipment_id}", params={"groups[]": ["departure", "arrival"]}).json()
    assert body["arrival"] == {"code": "BRU", "name": None}
    assert body["departure"]["name"] == "Paris Charles de Gaulle"
    assert client.get("/place/BRU").status_code == 404
    empty = {"orderReference": "E-ONERECORD", "departure": "", "departureCountry": "FR", "arrival": "NRT"}
    response = client.post("/shipment", json={**empty, "arrivalCountry": "JP", "quantityExpected": 1})
    assert response.status_code == 422
