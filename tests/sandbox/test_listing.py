"""GET /shipment: keyset pagination, every filter operator, sorting and groups[] on the demo data."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

Api = Callable[[str], httpx.Client]


@pytest.fixture
def app_options() -> dict[str, Any]:
    return {"seed": "demo"}


def all_pages(client: httpx.Client, **params: Any) -> list[list[dict[str, Any]]]:
    pages, cursor = [], None
    while True:
        query = {**params, **({"page[cursor]": cursor} if cursor else {})}
        response = client.get("/shipment", params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body["data"])
        cursor = body["metadata"]["next"]
        if cursor is None:
            return pages


def test_demo_data_is_owned_by_forwarder_and_shipper_and_seen_by_the_warehouse(api: Api) -> None:
    seen = {}
    for role in ("forwarder", "shipper", "warehouse", "agent"):
        seen[role] = {s["shipmentId"] for page in all_pages(api(role), **{"page[limit]": 200}) for s in page}
    assert len(seen["warehouse"]) == 300
    assert seen["forwarder"] and seen["shipper"] and not seen["agent"]
    assert seen["forwarder"] | seen["shipper"] == seen["warehouse"]
    assert not seen["forwarder"] & seen["shipper"]


def test_demo_data_covers_every_kind_and_many_states(api: Api) -> None:
    shipments = [
        s for page in all_pages(api("warehouse"), **{"page[limit]": 200, "groups[]": "events.type"}) for s in page
    ]
    latest = {s["events"][-1]["type"]["name"] for s in shipments}
    assert {"ORDER", "GOODS_RECEIPT", "STORAGE", "DELIVERY_COMPANY", "DELIVERY_ORDER"} <= latest
    references = {s["orderReference"][0] for s in shipments}
    assert references == {"E", "I", "P"}


def test_pages_cover_every_row_once_and_end_with_null(api: Api) -> None:
    pages = all_pages(api("warehouse"), **{"page[limit]": 70})
    ids = [s["shipmentId"] for page in pages for s in page]
    assert [len(p) for p in pages] == [70, 70, 70, 70, 20]
    assert len(ids) == len(set(ids)) == 300


def test_default_page_size_is_50(api: Api) -> None:
    body = api("warehouse").get("/shipment").json()
    assert len(body["data"]) == 50 and body["metadata"]["next"]


def test_limit_above_200_is_lowered_to_200(api: Api) -> None:
    body = api("warehouse").get("/shipment", params={"page[limit]": 500}).json()
    assert len(body["data"]) == 200


@pytest.mark.parametrize("limit", ["0", "-3", "ten"])
def test_bad_limits_are_400(api: Api, limit: str) -> None:
    response = api("warehouse").get("/shipment", params={"page[limit]": limit})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "page[limit]"


def test_foreign_or_mismatched_cursors_are_400(api: Api) -> None:
    client = api("warehouse")
    cursor = client.get("/shipment", params={"page[limit]": 5}).json()["metadata"]["next"]
    assert client.get("/shipment", params={"page[cursor]": "garbage!"}).status_code == 400
    mismatched = client.get("/shipment", params={"page[cursor]": cursor, "sort[quantityReal]": "desc"})
    assert mismatched.status_code == 400


def test_rows_inserted_between_pages_neither_lose_nor_repeat_rows(
    api: Api, new_shipment: Callable[..., dict[str, Any]], clock: Any
) -> None:
    client = api("forwarder")
    before = {s["shipmentId"] for page in all_pages(client, **{"page[limit]": 200}) for s in page}
    for sort in ({}, {"sort[quantityExpected]": "desc"}, {"sort[customerReference]": "asc"}):
        seen: list[str] = []
        cursor = None
        while True:
            params = {"page[limit]": 25, **sort, **({"page[cursor]": cursor} if cursor else {})}
            body = client.get("/shipment", params=params).json()
            seen += [s["shipmentId"] for s in body["data"]]
            # A concurrent writer adds rows that sort before, inside and after the current position.
            clock.advance(1)
            for quantity in (0, 20, 1000):
                new_shipment(quantityExpected=quantity, customerReference=None)
            cursor = body["metadata"]["next"]
            if cursor is None:
                break
        assert len(seen) == len(set(seen)), sort
        assert before <= set(seen), sort


def test_rows_deleted_between_pages_never_repeat_or_hide_the_others(api: Api) -> None:
    """Deleting rows between pages, the cursor's own row included, leaves every surviving row served exactly once."""
    client = api("forwarder")
    before = [s["shipmentId"] for page in all_pages(client, **{"page[limit]": 200}) for s in page]
    deleted: set[str] = set()
    seen: list[str] = []
    cursor = None
    while True:
        body = client.get("/shipment", params={"page[limit]": 20, **({"page[cursor]": cursor} if cursor else {})})
        page = [s["shipmentId"] for s in body.json()["data"]]
        seen += page
        unseen = [sid for sid in before if sid not in seen and sid not in deleted]
        for candidate in [*page[-1:], *unseen[:5]]:  # the row the cursor points at, and rows not served yet
            if client.delete(f"/shipment/{candidate}").status_code == 204:
                deleted.add(candidate)
        cursor = body.json()["metadata"]["next"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen))
    assert set(before) - deleted <= set(seen)
    assert not (set(seen) - set(before))
    assert len(deleted) >= 5 and any(sid in seen for sid in deleted)


FILTER_CASES = [
    ("quantityExpected", "eq", "10", lambda v: v == 10),
    ("quantityExpected", "ne", "10", lambda v: v != 10),
    ("quantityExpected", "gt", "30", lambda v: v > 30),
    ("quantityExpected", "gte", "30", lambda v: v >= 30),
    ("quantityExpected", "lt", "5", lambda v: v < 5),
    ("quantityExpected", "lte", "5", lambda v: v <= 5),
    ("quantityExpected", "between", "10,12", lambda v: 10 <= v <= 12),
    ("grossWeightReal", "gt", "500", lambda v: v is not None and v > 500),
    ("volumeExpected", "between", "1.5,2.5", lambda v: 1.5 <= v <= 2.5),
    ("createdAt", "gte", "2026-02-01T00:00:00Z", lambda v: v >= "2026-02-01"),
    ("createdAt", "lt", "2026-01-10T00:00:00Z", lambda v: v < "2026-01-10"),
    (
        "createdAt",
        "between",
        "2026-01-10T00:00:00Z,2026-01-12T00:00:00+00:00",
        lambda v: "2026-01-10" <= v <= "2026-01-12T00:00:00.000000Z",
    ),
    ("limitBoardingTime", "gt", "2026-02-01T00:00:00Z", lambda v: v is not None and v > "2026-02-01"),
    ("departure", "eq", "CDG", lambda v: v == "CDG"),
    ("arrivalCountry", "ne", "FR", lambda v: v != "FR"),
    ("isSecure", "eq", "true", lambda v: v is True),
    ("isDangerous", "ne", "false", lambda v: v is True),
    ("customerReference", "ne", "PO-10000", lambda v: v != "PO-10000"),
]


@pytest.mark.parametrize(("field", "op", "value", "holds"), FILTER_CASES)
def test_every_filter_operator(api: Api, field: str, op: str, value: str, holds: Callable[[Any], bool]) -> None:
    client = api("warehouse")
    everything = [s for page in all_pages(client, **{"page[limit]": 200}) for s in page]
    matched = [s for page in all_pages(client, **{"page[limit]": 200, f"filter[{field}][{op}]": value}) for s in page]
    expected = [s["shipmentId"] for s in everything if holds(s[field])]
    assert expected, "the demo data should exercise this filter"
    assert [s["shipmentId"] for s in matched] == expected


def test_filters_combine_with_and(api: Api) -> None:
    params = {"page[limit]": 200, "filter[departure][eq]": "CDG", "filter[quantityExpected][gt]": "20"}
    data = api("warehouse").get("/shipment", params=params).json()["data"]
    assert data and all(s["departure"] == "CDG" and s["quantityExpected"] > 20 for s in data)


@pytest.mark.parametrize(
    "name",
    ["filter[hbl][eq]", "filter[quantityReal][like]", "filter[departure][gt]", "filter[quantityReal]"],
)
def test_unknown_filters_are_400(api: Api, name: str) -> None:
    response = api("warehouse").get("/shipment", params={name: "1"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == name


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("filter[quantityReal][gt]", "many"),
        ("filter[createdAt][lt]", "yesterday"),
        ("filter[volumeReal][between]", "1"),
    ],
)
def test_bad_filter_values_are_400(api: Api, name: str, value: str) -> None:
    assert api("warehouse").get("/shipment", params={name: value}).status_code == 400


@pytest.mark.parametrize("direction", ["asc", "desc"])
@pytest.mark.parametrize("field", ["quantityReal", "customerReference", "createdAt", "grossWeightExpected"])
def test_sorting_pages_through_in_order(api: Api, field: str, direction: str) -> None:
    pages = all_pages(api("warehouse"), **{"page[limit]": 40, f"sort[{field}]": direction})
    values = [s[field] for page in pages for s in page]
    assert len(values) == 300
    nulls = [v for v in values if v is None]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=direction == "desc")
    # NULLs come first ascending and last descending.
    assert values == ([*nulls, *present] if direction == "asc" else [*present, *nulls])


def test_multiple_sort_keys_apply_in_order(api: Api) -> None:
    params = {"page[limit]": 200, "sort[quantityExpected]": "desc", "sort[createdAt]": "asc"}
    data = [s for page in all_pages(api("warehouse"), **params) for s in page]
    keys = [(-s["quantityExpected"], s["createdAt"]) for s in data]
    assert keys == sorted(keys)


@pytest.mark.parametrize(("name", "value"), [("sort[hbl]", "asc"), ("sort[createdAt]", "up")])
def test_bad_sorts_are_400(api: Api, name: str, value: str) -> None:
    assert api("warehouse").get("/shipment", params={name: value}).status_code == 400


def _forged_cursor(values: list[Any]) -> str:
    raw = json.dumps({"s": [["createdAt", "asc"]], "v": values}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize("values", [[{"a": 1}, 5], [[1], 2], ["2026-01-05", "7"], ["2026-01-05", True]])
def test_forged_cursors_with_non_scalar_keys_are_400_not_a_crash(api: Api, values: list[Any]) -> None:
    response = api("forwarder").get("/shipment", params={"page[cursor]": _forged_cursor(values)})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "page[cursor]"
