"""``client.shipments`` through the real client and an in-process transport: what goes on the wire, what comes back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from uuid import UUID

import httpx
import pytest
from surface_fakes import OTHER_ID, SHIPMENT_ID, FakeAPI, page_json, shipment_json

from onerecord import OneRecord, ShipmentCreate, ShipmentUpdate
from onerecord.models import UNSET, Place, ShipmentEvent

CREATE_FIELDS: dict[str, Any] = {
    "departure": "CDG",
    "departure_country": "FR",
    "arrival": "NRT",
    "arrival_country": "JP",
    "order_reference": "E-ONERECORD",
    "quantity_expected": 3,
}
CREATE_WIRE = {
    "departure": "CDG",
    "departureCountry": "FR",
    "arrival": "NRT",
    "arrivalCountry": "JP",
    "orderReference": "E-ONERECORD",
    "quantityExpected": 3,
}


def test_list_sends_the_encoded_query_and_iterates_lazily_across_pages(client: OneRecord, api: FakeAPI) -> None:
    api.reply(page_json([shipment_json(SHIPMENT_ID)], "cur/2"))
    api.reply(page_json([shipment_json(OTHER_ID)], None))

    pager = client.shipments.list(
        groups=["events"], filters={"quantity_real": {"gt": 10}}, sort={"createdAt": "desc"}, limit=50
    )
    assert api.requests == []  # nothing is fetched before iteration
    shipments = list(pager)

    assert [s.shipment_id for s in shipments] == [UUID(SHIPMENT_ID), UUID(OTHER_ID)]
    first, second = api.requests
    assert first.method == "GET" and first.url.path == "/shipment"
    assert first.url.query == (
        b"page%5Blimit%5D=50&groups%5B%5D=events&filter%5BquantityReal%5D%5Bgt%5D=10&sort%5BcreatedAt%5D=desc"
    )
    assert second.url.params.get_list("page[cursor]") == ["cur/2"]
    assert second.url.params["filter[quantityReal][gt]"] == "10"  # later pages keep the query
    assert first.headers["Authorization"] == "Bearer test-token"


def test_list_pages_and_resume_from_a_saved_cursor(client: OneRecord, api: FakeAPI) -> None:
    api.reply(page_json([shipment_json()], "c2"))
    api.reply(page_json([shipment_json(OTHER_ID)], None))
    pages = list(client.shipments.list(limit=1).pages())
    assert [page.next_cursor for page in pages] == ["c2", None]
    assert [len(page.items) for page in pages] == [1, 1]

    api.reply(page_json([shipment_json(OTHER_ID)], None))
    resumed = list(client.shipments.list(limit=1, cursor="c2"))
    assert [s.shipment_id for s in resumed] == [UUID(OTHER_ID)]
    assert api.last.url.query == b"page%5Blimit%5D=1&page%5Bcursor%5D=c2"


def test_list_stops_on_a_repeated_cursor(client: OneRecord, api: FakeAPI) -> None:
    api.handler = lambda request: httpx.Response(200, json=page_json([shipment_json()], "same"))
    assert len(list(client.shipments.list())) == 2  # first page, then the page at "same", which points to itself
    assert len(api.requests) == 2


def test_list_checks_arguments_before_any_request(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="limit"):
        client.shipments.list(limit=0)  # below the spec's minimum (a larger one is clamped by the server)
    with pytest.raises(ValueError, match=r"quantityReal.*'like'"):
        client.shipments.list(filters={"quantityReal": {"like": 1}})
    with pytest.raises(ValueError, match="direction"):
        client.shipments.list(sort={"createdAt": "up"})
    with pytest.raises(ValueError, match="cursor"):
        client.shipments.list(cursor="")
    assert api.requests == []


def test_get_sends_groups_and_parses_the_shipment(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json(createdAt="2024-03-16T11:00:00Z", quantityReal=4))
    shipment = client.shipments.get(UUID(SHIPMENT_ID), groups=["events", "services"])
    assert api.last.url.path == f"/shipment/{SHIPMENT_ID}"
    assert api.last.url.query == b"groups%5B%5D=events&groups%5B%5D=services"
    assert shipment.shipment_id == UUID(SHIPMENT_ID)
    assert shipment.quantity_real == 4
    assert shipment.created_at == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)


def test_get_without_groups_sends_no_query(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json())
    client.shipments.get(SHIPMENT_ID)
    assert api.last.url.query == b""


def test_get_refuses_a_non_uuid_id_before_any_request(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="shipment_id"):
        client.shipments.get("../country")
    assert api.requests == []


def test_naive_datetimes_come_back_utc_aware_even_nested(client: OneRecord, api: FakeAPI) -> None:
    event = {"id": OTHER_ID, "type": {"name": "BRAND_NEW_EVENT"}, "date": "2024-03-16T11:00:00"}
    api.reply(shipment_json(updatedAt="2024-03-16T12:00:00+01:00", createdAt="2024-03-16T11:00:00", events=[event]))
    shipment = client.shipments.get(SHIPMENT_ID, groups=["events.type"])
    assert shipment.created_at == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)
    assert isinstance(shipment.created_at, dt.datetime) and shipment.created_at.tzinfo is not None
    assert isinstance(shipment.updated_at, dt.datetime)
    assert shipment.updated_at.utcoffset() == dt.timedelta(hours=1)  # an explicit offset is kept
    assert not isinstance(shipment.events, type(None))
    expanded = shipment.events[0]  # type: ignore[index]
    assert isinstance(expanded, ShipmentEvent)
    assert expanded.date == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)


def test_unknown_fields_and_open_enum_values_parse(client: OneRecord, api: FakeAPI) -> None:
    api.reply(
        shipment_json(
            quantityTypeExpected="CRATE-XL",
            departure={"code": "CDG", "country": {"code": "FR", "flag": "🇫🇷"}, "terminal": 2},
            brandNewField={"nested": True},
        )
    )
    shipment = client.shipments.get(SHIPMENT_ID)
    assert shipment.quantity_type_expected == "CRATE-XL"
    assert shipment.additional_properties == {"brandNewField": {"nested": True}}
    assert isinstance(shipment.departure, Place) and shipment.departure["terminal"] == 2


def test_create_from_keyword_fields_sends_api_names(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json(), status=201)
    shipment = client.shipments.create(**CREATE_FIELDS)
    assert api.last.method == "POST" and api.last.url.path == "/shipment"
    assert api.last_json() == CREATE_WIRE
    assert shipment.shipment_id == UUID(SHIPMENT_ID)


@pytest.mark.parametrize(
    "body",
    [
        CREATE_WIRE,  # a dict with the API's names
        CREATE_FIELDS,  # a dict with the Python names
        ShipmentCreate.from_dict(CREATE_WIRE),  # a model instance
    ],
    ids=["api-dict", "python-dict", "model"],
)
def test_create_accepts_a_dict_or_a_model(client: OneRecord, api: FakeAPI, body: Any) -> None:
    api.reply(shipment_json(), status=201)
    client.shipments.create(body)
    assert api.last_json() == CREATE_WIRE


def test_create_serialises_datetimes_uuids_and_extra_model_fields(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json(), status=201)
    paris = dt.timezone(dt.timedelta(hours=1))
    client.shipments.create(
        **CREATE_FIELDS,
        limit_boarding_time=dt.datetime(2024, 3, 16, 12, tzinfo=paris),
        preparations=[UUID(OTHER_ID)],
        is_dangerous=True,
    )
    sent = api.last_json()
    assert sent["limitBoardingTime"] == "2024-03-16T11:00:00Z"
    assert sent["preparations"] == [OTHER_ID]
    assert sent["isDangerous"] is True

    model = ShipmentCreate.from_dict(CREATE_WIRE)
    model["serverOnlyField"] = "kept"
    api.reply(shipment_json(), status=201)
    client.shipments.create(model)
    assert api.last_json()["serverOnlyField"] == "kept"


def test_create_refuses_bad_input_before_any_request(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(TypeError, match=r"'departure_contry'.*did you mean 'departure_country'"):
        client.shipments.create(**{**CREATE_FIELDS, "departure_contry": "FR"})
    with pytest.raises(ValueError, match=r"missing required field\(s\): arrival, arrival_country"):
        client.shipments.create(
            departure="CDG", departure_country="FR", order_reference="E-ONERECORD", quantity_expected=1
        )
    with pytest.raises(ValueError, match=r"order_reference: 'X-ONERECORD'"):
        client.shipments.create(**{**CREATE_FIELDS, "order_reference": "X-ONERECORD"})
    with pytest.raises(TypeError, match="order_reference"):
        client.shipments.create(**{**CREATE_FIELDS, "order_reference": ["E-ONERECORD"]})
    with pytest.raises(TypeError, match="quantity_expected"):
        client.shipments.create(**{**CREATE_FIELDS, "quantity_expected": "three"})
    with pytest.raises(ValueError, match="preparations"):
        client.shipments.create(**CREATE_FIELDS, preparations=["not-a-uuid"])
    with pytest.raises(TypeError, match="twice"):
        client.shipments.create({**CREATE_WIRE, "departure_country": "FR"})
    with pytest.raises(TypeError, match="not both"):
        client.shipments.create(CREATE_WIRE, departure="ORY")
    with pytest.raises(TypeError, match="ShipmentCreate"):
        client.shipments.create(ShipmentUpdate(departure="ORY"))  # type: ignore[arg-type]
    assert api.requests == []


def test_a_model_instance_is_checked_like_keywords(client: OneRecord, api: FakeAPI) -> None:
    """A plain string where the model wants its enum is accepted; a wrong value names the field, not a to_dict crash."""
    fields = {**CREATE_FIELDS, "order_reference": "I-ONERECORD"}
    api.reply(shipment_json(), status=201)
    client.shipments.create(ShipmentCreate(**fields))  # type: ignore[arg-type]
    assert api.last_json() == {**CREATE_WIRE, "orderReference": "I-ONERECORD"}

    sent = len(api.requests)
    with pytest.raises(ValueError, match=r"order_reference: 'X-ONERECORD'"):
        client.shipments.create(ShipmentCreate(**{**fields, "order_reference": "X-ONERECORD"}))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="quantity_expected"):
        client.shipments.create(ShipmentCreate(**{**fields, "quantity_expected": "three"}))
    with pytest.raises(ValueError, match=r"missing required field\(s\): departure"):
        client.shipments.create(ShipmentCreate(**{**fields, "departure": UNSET}))
    with pytest.raises(ValueError, match="no field to change"):
        client.shipments.update(SHIPMENT_ID, ShipmentUpdate())
    assert len(api.requests) == sent


def test_update_sends_only_the_fields_given(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json(customerReference="PO-1234"))
    shipment = client.shipments.update(SHIPMENT_ID, customer_reference="PO-1234")
    assert api.last.method == "PUT" and api.last.url.path == f"/shipment/{SHIPMENT_ID}"
    assert api.last_json() == {"customerReference": "PO-1234"}
    assert shipment.customer_reference == "PO-1234"


def test_update_sends_an_explicit_none_to_clear_a_field(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json())
    client.shipments.update(SHIPMENT_ID, {"mawbNumber": None, "quantity_real": 2})
    assert api.last_json() == {"mawbNumber": None, "quantityReal": 2}
    api.reply(shipment_json())
    client.shipments.update(SHIPMENT_ID, ShipmentUpdate(hawb_number=None))
    assert api.last_json() == {"hawbNumber": None}


def test_unset_means_not_sent(client: OneRecord, api: FakeAPI) -> None:
    """UNSET, the generated models' "absent", leaves the field out, as ``ShipmentUpdate(...).to_dict()`` would."""
    api.reply(shipment_json())
    client.shipments.update(SHIPMENT_ID, customer_reference=UNSET, hbl="HBL-1")
    assert api.last_json() == {"hbl": "HBL-1"}
    with pytest.raises(ValueError, match="no field"):
        client.shipments.update(SHIPMENT_ID, {"customerReference": UNSET})
    assert len(api.requests) == 1


def test_decimal_numbers_are_sent_and_non_finite_ones_refused_naming_the_field(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json())
    client.shipments.update(SHIPMENT_ID, gross_weight_real=Decimal("12.5"))
    assert api.last_json() == {"grossWeightReal": 12.5}
    for bad in (float("nan"), float("inf"), Decimal("NaN")):
        with pytest.raises(ValueError, match="gross_weight_real"):
            client.shipments.update(SHIPMENT_ID, gross_weight_real=bad)
    with pytest.raises(ValueError, match="gross_weight_real"):
        client.shipments.update(SHIPMENT_ID, ShipmentUpdate(gross_weight_real=float("inf")))
    assert len(api.requests) == 1


def test_update_refuses_bad_input_before_any_request(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="no field"):
        client.shipments.update(SHIPMENT_ID)
    with pytest.raises(ValueError, match="departure: may not be None"):
        client.shipments.update(SHIPMENT_ID, departure=None)
    with pytest.raises(TypeError, match="shipment_id"):
        client.shipments.update(SHIPMENT_ID, shipment_id=OTHER_ID)  # read-only, not in the update body
    with pytest.raises(TypeError, match="is_secure"):
        client.shipments.update(SHIPMENT_ID, is_secure="yes")
    assert api.requests == []


def test_delete(client: OneRecord, api: FakeAPI) -> None:
    api.reply(status=204)
    assert client.shipments.delete(SHIPMENT_ID) is None  # type: ignore[func-returns-value]
    assert api.last.method == "DELETE" and api.last.url.path == f"/shipment/{SHIPMENT_ID}"
    assert api.last.content == b""


def test_update_with_an_empty_model_is_refused(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(ValueError, match="no field"):
        client.shipments.update(SHIPMENT_ID, ShipmentUpdate())
    assert api.requests == []


def test_ids_are_sent_in_canonical_form(client: OneRecord, api: FakeAPI) -> None:
    api.reply(shipment_json())
    client.shipments.get("{" + SHIPMENT_ID.upper() + "}")
    assert api.last.url.path == f"/shipment/{SHIPMENT_ID}"


def test_list_fields_want_lists(client: OneRecord, api: FakeAPI) -> None:
    with pytest.raises(TypeError, match="preparations: expected a list of a UUID"):
        client.shipments.create(**CREATE_FIELDS, preparations=OTHER_ID)
    assert api.requests == []
