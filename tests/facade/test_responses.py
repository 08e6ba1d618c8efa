"""Malformed and off-spec responses become ``ResponseValidationError`` with the raw JSON, never a bare exception."""

from __future__ import annotations

import json
from typing import Any

import pytest
from surface_fakes import FakeAPI, page_json, shipment_json

from onerecord import OneRecord, OneRecordError, ResponseValidationError

SHIPMENT = "0b6f5a52-3c41-4c1e-9a40-5f2b8e0f7a11"

OFF_SPEC_SHIPMENTS: list[Any] = [
    {"departure": "CDG"},  # no shipmentId
    {"shipmentId": "not-a-uuid"},
    {"shipmentId": 42},
    shipment_json(events=[42]),  # neither a uuid nor an object
    shipment_json(events="abc"),
    shipment_json(createdAt="yesterday"),  # a date-time the spec requires, unreadable
    shipment_json(createdAt=1704067200),  # a date-time as a number: the model would hold an int
    shipment_json(updatedAt={"date": "2024-01-01"}),
    shipment_json(events=[{"id": "9d0c8a7e-1f2b-4c3d-8e9f-0a1b2c3d4e5f", "date": [2024, 1, 1]}]),  # nested too
    shipment_json(services=[{"type": "x"}]),  # an expanded service without its id
    [shipment_json()],  # an array, not an object
    "shipment",
    None,
]


@pytest.mark.parametrize("body", OFF_SPEC_SHIPMENTS)
def test_off_spec_object_raises_response_validation_error(client: OneRecord, api: FakeAPI, body: Any) -> None:
    api.reply(content=json.dumps(body).encode())
    with pytest.raises(ResponseValidationError) as caught:
        client.shipments.get(SHIPMENT)
    assert caught.value.body == body
    assert caught.value.response is not None and caught.value.response.status_code == 200
    assert isinstance(caught.value, OneRecordError)


def test_non_json_body(client: OneRecord, api: FakeAPI) -> None:
    api.reply(content=b"<html>gateway</html>")
    with pytest.raises(ResponseValidationError, match="not JSON") as caught:
        client.shipments.get(SHIPMENT)
    assert caught.value.body == "<html>gateway</html>"


OFF_SPEC_PAGES: list[Any] = [
    {"data": [shipment_json()]},  # no metadata
    {"metadata": {"next": None}},  # no data
    {"data": {}, "metadata": {"next": None}},
    {"data": [], "metadata": {}},
    {"data": [], "metadata": {"next": 7}},
    page_json([shipment_json(), {"shipmentId": "bad"}], None),  # one bad record fails the page
    page_json(["just-a-string"], None),
]


@pytest.mark.parametrize("body", OFF_SPEC_PAGES)
def test_off_spec_page_raises_response_validation_error(client: OneRecord, api: FakeAPI, body: Any) -> None:
    api.reply(body)
    with pytest.raises(ResponseValidationError) as caught:
        list(client.shipments.list())
    assert caught.value.body == body


def test_the_parse_failure_is_chained(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"shipmentId": "not-a-uuid"})
    with pytest.raises(ResponseValidationError) as caught:
        client.shipments.get(SHIPMENT)
    assert isinstance(caught.value.__cause__, ValueError)
    assert "GET /shipment/" in str(caught.value)


def test_paginate_with_dicts_requires_objects(client: OneRecord, api: FakeAPI) -> None:
    api.reply(page_json([1, 2], None))  # type: ignore[list-item]
    with pytest.raises(ResponseValidationError):
        list(client.paginate("/things"))
