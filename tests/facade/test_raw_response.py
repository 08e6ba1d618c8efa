"""``client.with_raw_response``: the same methods, returning the parsed value with the ``httpx.Response``."""

from __future__ import annotations

import asyncio
import inspect
from functools import cached_property

import httpx
import pytest
from surface_fakes import OTHER_ID, SHIPMENT_ID, FakeAPI, page_json, shipment_json

from onerecord import AsyncOneRecord, NotFoundError, OneRecord, Page, Shipment
from onerecord.raw_response import RawResponse


def answer(status: int = 200, json_body: object = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=json_body, headers=headers)


def test_get_returns_the_parsed_model_and_the_response(client: OneRecord, api: FakeAPI) -> None:
    api.queue.append(answer(200, shipment_json(), **{"X-Request-Id": "req-1"}))
    raw = client.with_raw_response.shipments.get(SHIPMENT_ID, groups=["events"])
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parsed, Shipment) and str(raw.parsed.shipment_id) == SHIPMENT_ID
    assert raw.parse() is raw.parsed
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "req-1")
    assert raw.http_response.request.url.path == f"/shipment/{SHIPMENT_ID}"
    assert raw.http_response.request.url.params["groups[]"] == "events"  # the normal method's own encoding
    api.queue.append(answer(200, shipment_json()))
    assert client.shipments.get(SHIPMENT_ID).to_dict() == raw.parsed.to_dict()


def test_create_update_delete_give_their_status(client: OneRecord, api: FakeAPI) -> None:
    api.queue.append(answer(201, shipment_json(), Location=f"/shipment/{SHIPMENT_ID}"))
    created = client.with_raw_response.shipments.create(
        order_reference="E-ONERECORD",
        departure="CDG",
        departure_country="FR",
        arrival="NRT",
        arrival_country="JP",
        quantity_expected=3,
    )
    assert (created.status_code, created.headers["location"]) == (201, f"/shipment/{SHIPMENT_ID}")
    assert api.last_json()["orderReference"] == "E-ONERECORD"
    api.queue.append(answer(200, shipment_json(departure="ORY")))
    updated = client.with_raw_response.shipments.update(SHIPMENT_ID, departure="ORY")
    assert updated.parsed.departure == "ORY" and api.last.method == "PUT"
    api.queue.append(httpx.Response(204))
    deleted = client.with_raw_response.shipments.delete(SHIPMENT_ID)
    assert (deleted.parsed, deleted.status_code, api.last.method) == (None, 204, "DELETE")


def test_a_listing_gives_one_page_and_its_cursor_resumes(client: OneRecord, api: FakeAPI) -> None:
    api.queue.append(answer(200, page_json([shipment_json(), shipment_json(OTHER_ID)], "c2"), **{"X-Page": "1"}))
    first = client.with_raw_response.shipments.list(limit=2, filters={"departure": {"eq": "CDG"}})
    assert isinstance(first.parsed, Page) and first.parsed.next_cursor == "c2"
    assert [str(s.shipment_id) for s in first.parsed.items] == [SHIPMENT_ID, OTHER_ID]
    assert first.headers["x-page"] == "1" and len(api.requests) == 1  # one page, not the whole listing
    api.queue.append(answer(200, page_json([shipment_json()], None), **{"X-Page": "2"}))
    second = client.with_raw_response.shipments.list(limit=2, cursor=first.parsed.next_cursor)
    assert second.headers["x-page"] == "2" and second.parsed.next_cursor is None
    assert api.last.url.params["page[cursor]"] == "c2"


def test_errors_are_the_normal_typed_errors(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"message": "no such shipment"}, status=404)
    with pytest.raises(NotFoundError):
        client.with_raw_response.shipments.get(SHIPMENT_ID)
    with pytest.raises(ValueError, match="shipment_id"):
        client.with_raw_response.shipments.get("not-a-uuid")
    assert len(api.requests) == 1


def test_a_with_options_copy_sends_its_own_headers(client: OneRecord, api: FakeAPI) -> None:
    api.queue.append(answer(200, shipment_json()))
    raw = client.with_options(headers={"X-Tenant": "acme"}).with_raw_response.shipments.get(SHIPMENT_ID)
    assert raw.http_response.request.headers["x-tenant"] == "acme"


@pytest.mark.anyio
async def test_async_twins_and_concurrent_calls_keep_their_own_response(aclient: AsyncOneRecord, api: FakeAPI) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/shipment":
            return answer(200, page_json([shipment_json()], None), **{"X-Path": request.url.path})
        shipment_id = request.url.path.rsplit("/", 1)[1]
        return answer(200, shipment_json(shipment_id), **{"X-Path": request.url.path})

    api.handler = handler
    first, second = await asyncio.gather(
        aclient.with_raw_response.shipments.get(SHIPMENT_ID), aclient.with_raw_response.shipments.get(OTHER_ID)
    )
    assert first.headers["x-path"] == f"/shipment/{SHIPMENT_ID}" and str(first.parsed.shipment_id) == SHIPMENT_ID
    assert second.headers["x-path"] == f"/shipment/{OTHER_ID}" and str(second.parsed.shipment_id) == OTHER_ID
    page = await aclient.with_raw_response.shipments.list(max_items=1)
    assert page.headers["x-path"] == "/shipment" and len(page.parsed.items) == 1


def public_methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


@pytest.mark.parametrize("client_cls", [OneRecord, AsyncOneRecord])
def test_every_resource_and_method_has_its_twin_with_the_same_parameters(client_cls: type) -> None:
    names = [
        name
        for name, member in vars(client_cls).items()
        if isinstance(member, cached_property) and name not in ("with_raw_response", "api")  # api: no resource
    ]
    assert {"shipments", "places", "countries"} <= set(names)
    http = httpx.Client() if client_cls is OneRecord else httpx.AsyncClient()
    client = client_cls(client_id="i", client_secret="s", http_client=http)  # sends nothing until a call
    for name in names:
        methods = public_methods(type(getattr(client, name)))
        assert methods, name
        twin = getattr(client.with_raw_response, name)
        for method, signature in methods.items():
            parameters = list(signature.parameters.values())[1:]  # without self
            assert list(inspect.signature(getattr(twin, method)).parameters.values()) == parameters, (name, method)
