"""The facade against recorded exchanges: what the API (or the sandbox standing in for it) really answered."""

from __future__ import annotations

import itertools

import pytest

from onerecord import NotFoundError, OneRecord, Shipment, ShipmentEvent, UnprocessableEntityError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]

EXPORT = {
    "departure": "CDG",
    "departure_country": "FR",
    "arrival": "NRT",
    "arrival_country": "JP",
    "order_reference": "E-ONERECORD",
    "quantity_expected": 3,
}


def test_shipment_lifecycle(client: OneRecord) -> None:
    created = client.shipments.create(**EXPORT, customer_reference="PO-CONTRACT-1", gross_weight_expected=120.5)
    assert isinstance(created, Shipment)
    assert created.order_reference == "E-ONERECORD"
    assert created.gross_weight_expected == 120.5

    fetched = client.shipments.get(created.shipment_id, groups=["events.type"])
    assert fetched.shipment_id == created.shipment_id
    assert all(isinstance(event, ShipmentEvent) for event in fetched.events)
    assert [event.type_.name for event in fetched.events] == ["ORDER"]  # type: ignore[union-attr]

    updated = client.shipments.update(created.shipment_id, customer_reference="PO-CONTRACT-2")
    assert updated.customer_reference == "PO-CONTRACT-2"
    assert updated.gross_weight_expected == 120.5

    client.shipments.delete(created.shipment_id)
    with pytest.raises(NotFoundError) as excinfo:
        client.shipments.get(created.shipment_id)
    assert excinfo.value.status_code == 404


def test_listing_follows_cursors_with_filters_and_sort(client: OneRecord) -> None:
    pager = client.shipments.list(filters={"quantityExpected": {"gte": 1}}, sort={"createdAt": "desc"}, limit=20)
    pages = list(itertools.islice(pager.pages(), 3))
    assert [len(page.items) for page in pages] == [20, 20, 20]
    ids = [shipment.shipment_id for page in pages for shipment in page.items]
    assert len(set(ids)) == 60
    assert all(s.quantity_expected is not None and s.quantity_expected >= 1 for p in pages for s in p.items)
    created = [s.created_at for p in pages for s in p.items]
    assert created == sorted(created, reverse=True)  # type: ignore[type-var]
    assert len({page.next_cursor for page in pages}) == 3


def test_invalid_body_is_a_typed_422_with_field_errors(client: OneRecord) -> None:
    with pytest.raises(UnprocessableEntityError) as excinfo:
        client.shipments.create({**EXPORT, "departure_country": "ZZ"})
    error = excinfo.value
    assert error.status_code == 422
    assert error.message == "Validation Failed"
    assert [e.field for e in error.errors] == ["departureCountry"]


def test_reference_data(client: OneRecord) -> None:
    place = client.places.get("CDG", groups=["country"])
    assert place.code == "CDG"
    countries = list(client.countries.list(filters={"code": {"eq": "US"}}))
    assert [country.code for country in countries] == ["US"]
