"""groups[]: identifiers by default, objects per group, dotted groups one level deeper, ``all``, unknown names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from onerecord.sandbox import SandboxControl

Api = Callable[[str], httpx.Client]


@pytest.fixture
def handled(api: Api, new_shipment: Callable[..., dict[str, Any]], control: SandboxControl) -> str:
    """An export shipment through SECURITY, with a service and an anomaly."""
    shipment_id: str = new_shipment()["shipmentId"]
    control.advance(shipment_id, "SECURITY")
    service_type = control.reference()["serviceTypes"][0]["id"]
    service = {"shipment": shipment_id, "quantity": 1, "isDone": False, "type": service_type}
    assert api("warehouse").post("/shipment-service", json=service).status_code == 201
    anomaly = {
        "shipment": shipment_id,
        "type": "DAMAGE_WET",
        "category": "DAMAGE",
        "quantity": 1,
        "balance": None,
        "date": "2026-11-26T10:00:00Z",
        "observation": "Wet corner",
    }
    assert api("warehouse").post("/shipment-anomaly", json=anomaly).status_code == 201
    return shipment_id


def get(api: Api, shipment_id: str, *groups: str) -> dict[str, Any]:
    response = api("forwarder").get(f"/shipment/{shipment_id}", params=[("groups[]", g) for g in groups])
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


RELATIONS = ("events", "services", "anomalies", "operators", "assignations", "details", "securities", "documents")


def test_without_groups_relations_are_identifiers(api: Api, handled: str) -> None:
    body = get(api, handled)
    assert body["departure"] == "CDG" and body["departureCountry"] == "FR"
    for relation in RELATIONS:
        assert body[relation] and all(isinstance(item, str) for item in body[relation]), relation


def test_a_group_expands_only_its_relation(api: Api, handled: str) -> None:
    body = get(api, handled, "events", "departure", "arrivalCountry")
    assert body["events"] and all(isinstance(e["type"], str) and e["date"] for e in body["events"])
    assert body["departure"] == {"code": "CDG", "name": "Paris Charles de Gaulle", "country": "FR"}
    assert body["arrivalCountry"] == {"code": "JP", "name": "Japan"}
    assert isinstance(body["services"][0], str) and body["arrival"] == "NRT"


def test_dotted_groups_expand_one_level_deeper_and_imply_the_parent(api: Api, handled: str) -> None:
    body = get(api, handled, "events.type", "services.type", "anomalies.category", "operators.comments")
    assert [e["type"]["name"] for e in body["events"]] == ["ORDER", "GOODS_RECEIPT", "MEASUREMENT", "SECURITY"]
    assert body["services"][0]["type"]["name"]
    assert body["anomalies"][0]["category"] == {"code": "DAMAGE", "name": "Damaged goods"}
    assert body["anomalies"][0]["type"] == "DAMAGE_WET"  # anomalies.type was not asked for
    assert body["operators"][0]["comments"][0]["text"]
    plain = get(api, handled, "operators", "assignations")
    assert isinstance(plain["operators"][0]["comments"][0], str)
    assert isinstance(plain["assignations"][0]["user"], str)


def test_all_expands_every_group(api: Api, handled: str) -> None:
    body = get(api, handled, "all")
    assert body["anomalies"][0]["type"] == {"code": "DAMAGE_WET", "name": "Wet packaging", "category": "DAMAGE"}
    assert body["assignations"][0]["user"]["name"]
    assert body["details"][0]["grossWeight"] is not None
    assert body["securities"][0]["method"] == "XRAY"
    assert body["departureCountry"]["name"] == "France"


def test_groups_apply_to_listings(api: Api, handled: str) -> None:
    data = api("forwarder").get("/shipment", params={"groups[]": "events.type"}).json()["data"]
    assert data[0]["events"][0]["type"]["name"] == "ORDER"


@pytest.mark.parametrize("group", ["nonsense", "events.nonsense", "ALL"])
def test_unknown_groups_are_400(api: Api, handled: str, group: str) -> None:
    response = api("forwarder").get(f"/shipment/{handled}", params={"groups[]": group})
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert (error["resource"], error["field"], error["code"]) == ("Shipment", "groups[]", "invalid")
    assert f"'{group}' is not one of" in error["message"]  # the spec's enum refused it, naming the value
    assert api("forwarder").get("/shipment", params={"groups[]": group}).status_code == 400


def test_place_and_country_reference_routes(api: Api) -> None:
    client = api("customer")
    assert client.get("/place/CDG").json() == {"code": "CDG", "name": "Paris Charles de Gaulle", "country": "FR"}
    assert client.get("/place/CDG", params={"groups[]": "country"}).json()["country"] == {
        "code": "FR",
        "name": "France",
    }
    assert client.get("/place/XXX").status_code == 404
    assert client.get("/place/CDG", params={"groups[]": "airline"}).status_code == 400
    assert client.get("/country", params={"filter[code][eq]": "US"}).json()["data"] == [
        {"code": "US", "name": "United States of America"}
    ]


def test_countries_list_all_249_in_pages(api: Api) -> None:
    client = api("customer")
    codes: list[str] = []
    cursor = None
    while True:
        params = {"page[limit]": 100, "sort[name]": "desc", **({"page[cursor]": cursor} if cursor else {})}
        body = client.get("/country", params=params).json()
        codes += [c["code"] for c in body["data"]]
        cursor = body["metadata"]["next"]
        if cursor is None:
            break
    assert len(codes) == len(set(codes)) == 249
    assert codes[0] == "ZW" and "FR" in codes
    assert len(client.get("/country", params={"filter[code][ne]": "FR", "page[limit]": 200}).json()["data"]) == 200
