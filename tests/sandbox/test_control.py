"""The control surface and SandboxControl: reference ids, timeline-checked events, measurements, reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord.sandbox import SandboxControl, SandboxControlError

Api = Callable[[str], httpx.Client]
NewShipment = Callable[..., dict[str, Any]]


def test_reference_lists_ids_tests_need(control: SandboxControl) -> None:
    reference = control.reference()
    assert len(reference["serviceTypes"]) >= 5
    damage = next(c for c in reference["anomalyCategories"] if c["code"] == "DAMAGE")
    assert {"DAMAGE_WET", "DAMAGE_CRUSHED"} <= {t["code"] for t in damage["types"]}
    assert {"ORDER", "GOODS_RECEIPT", "DELIVERY_COMPANY"} <= {e["name"] for e in reference["eventTypes"]}
    assert {"CDG", "ORY", "NRT", "JFK", "LHR", "FRA"} <= {p["code"] for p in reference["places"]}
    assert reference["clients"]["warehouse"] == "demo-warehouse"


def test_events_must_follow_the_timeline(new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment()["shipmentId"]
    with pytest.raises(SandboxControlError) as refused:
        control.record_event(shipment_id, "STORAGE")
    assert refused.value.status == 409
    status = control.record_event(shipment_id, "GOODS_RECEIPT")
    assert status["events"] == ["ORDER", "GOODS_RECEIPT"]
    assert status["nextEvents"] == ["MEASUREMENT"]
    assert status["handled"] and not status["deletable"]
    assert status["updatableFields"] == ["customerReference", "hawbNumber", "mawbNumber"]


def test_measurement_records_real_quantities(api: Api, new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment(quantityExpected=4, grossWeightExpected=100)["shipmentId"]
    control.record_event(shipment_id, "GOODS_RECEIPT")
    control.record_event(shipment_id, "MEASUREMENT", quantityReal=5, grossWeightReal=112.5, volumeReal=1.2)
    body = api("forwarder").get(f"/shipment/{shipment_id}", params={"groups[]": "details"}).json()
    assert (body["quantityReal"], body["grossWeightReal"], body["volumeReal"]) == (5, 112.5, 1.2)
    assert body["details"][0]["grossWeight"] == 112.5
    with pytest.raises(SandboxControlError) as bad:
        other = new_shipment()["shipmentId"]
        control.record_event(other, "GOODS_RECEIPT")
        control.record_event(other, "MEASUREMENT", grossWeightReal=-3)
    assert bad.value.status == 422


def test_measurement_keywords_in_python_spelling(api: Api, new_shipment: NewShipment, control: SandboxControl) -> None:
    """The facade names fields in snake_case: record_event accepts that spelling too, and it is not ignored."""
    shipment_id = new_shipment(quantityExpected=4, grossWeightExpected=100)["shipmentId"]
    control.record_event(shipment_id, "GOODS_RECEIPT")
    control.record_event(shipment_id, "MEASUREMENT", quantity_real=6, gross_weight_real=98.5, volumeReal=0.5)
    body = api("forwarder").get(f"/shipment/{shipment_id}").json()
    assert (body["quantityReal"], body["grossWeightReal"], body["volumeReal"]) == (6, 98.5, 0.5)


def test_unknown_measurement_names_are_refused_not_ignored(new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment()["shipmentId"]
    control.record_event(shipment_id, "GOODS_RECEIPT")
    with pytest.raises(SandboxControlError) as bad:
        control.record_event(shipment_id, "MEASUREMENT", gross_weight=12.5)
    assert bad.value.status == 422
    assert "gross_weight" not in bad.value.message and "grossWeight is not a measured value" in bad.value.message
    assert control.status(shipment_id)["events"] == ["ORDER", "GOODS_RECEIPT"]


def test_measurement_defaults_to_expected_values(api: Api, new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment(quantityExpected=7, grossWeightExpected=70)["shipmentId"]
    control.advance(shipment_id, "MEASUREMENT")
    body = api("forwarder").get(f"/shipment/{shipment_id}").json()
    assert (body["quantityReal"], body["grossWeightReal"]) == (7, 70)


def test_secure_exports_skip_security(new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment(isSecure=True)["shipmentId"]
    status = control.advance(shipment_id, "DELIVERY_COMPANY")
    assert status["recorded"] == ["GOODS_RECEIPT", "MEASUREMENT", "STORAGE", "DELIVERY_PREPARATION", "DELIVERY_COMPANY"]
    assert status["archived"] and status["updatableFields"] == []


def test_rejected_delivery_goes_back_to_storage(new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment()["shipmentId"]
    control.advance(shipment_id, "DELIVERY_PREPARATION")
    control.record_event(shipment_id, "DELIVERY_REJECTED")
    assert control.record_event(shipment_id, "STORAGE")["nextEvents"] == ["DELIVERY_PREPARATION"]


def test_advance_backwards_is_refused_and_changes_nothing(new_shipment: NewShipment, control: SandboxControl) -> None:
    shipment_id = new_shipment()["shipmentId"]
    control.advance(shipment_id, "STORAGE")
    with pytest.raises(SandboxControlError) as refused:
        control.advance(shipment_id, "GOODS_RECEIPT")
    assert refused.value.status == 409
    assert control.status(shipment_id)["events"][-1] == "STORAGE"


def test_unknown_shipment_and_event_type(control: SandboxControl, new_shipment: NewShipment) -> None:
    with pytest.raises(SandboxControlError) as missing:
        control.status("123e4567-e89b-12d3-a456-426614174000")
    assert missing.value.status == 404
    with pytest.raises(SandboxControlError) as unknown:
        control.record_event(new_shipment()["shipmentId"], "TELEPORT")
    assert unknown.value.status == 422


def test_reset_reseeds(api: Api, new_shipment: NewShipment, control: SandboxControl) -> None:
    new_shipment()
    assert control.reset("empty") == 0
    assert api("forwarder").get("/shipment").json()["data"] == []
    assert control.reset("demo") == 300
