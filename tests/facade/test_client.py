"""The client classes: ``paginate`` and ``request`` for routes outside the spec, option copies, package exports."""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import typing
from pathlib import Path
from typing import Any
from uuid import UUID

import attrs
import httpx
import onerecord_api.models as generated
import pytest
import yaml
from spec_tables import ROOT, facade_operations, operations, request_body_schemas
from surface_fakes import FakeAPI, page_json

import onerecord
from onerecord import NotFoundError, OneRecord
from onerecord import models as facade_models
from onerecord._fields import model_spec
from onerecord.models import ShipmentEvent

SPEC = Path(__file__).parents[2] / "openapi" / "one-record.yaml"
EVENT = "3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9"


def test_paginate_yields_dicts_and_follows_cursors(client: OneRecord, api: FakeAPI) -> None:
    api.reply(page_json([{"a": 1}, {"a": 2}], "next=2"))
    api.reply(page_json([{"a": 3}], None))
    pager = client.paginate("/warehouse/slots", params=[("filter[hall][eq]", "B"), ("groups[]", "x")])
    assert api.requests == []
    assert list(pager) == [{"a": 1}, {"a": 2}, {"a": 3}]
    assert api.requests[0].url.path == "/warehouse/slots"
    assert api.requests[0].url.query == b"filter%5Bhall%5D%5Beq%5D=B&groups%5B%5D=x"
    assert api.requests[1].url.query == b"filter%5Bhall%5D%5Beq%5D=B&groups%5B%5D=x&page%5Bcursor%5D=next%3D2"


def test_paginate_with_a_model_mapping_params_cursor_and_max_items(client: OneRecord, api: FakeAPI) -> None:
    api.reply(page_json([{"id": EVENT, "date": "2024-03-16T11:00:00"}, {"id": EVENT}], None))
    events = list(
        client.paginate(
            "/shipment-event", params={"groups[]": ["type"], "page[limit]": "2"}, item_model=ShipmentEvent, cursor="c2"
        )
    )
    assert api.last.url.query == b"groups%5B%5D=type&page%5Blimit%5D=2&page%5Bcursor%5D=c2"
    assert [type(event) for event in events] == [ShipmentEvent, ShipmentEvent]
    assert events[0].date == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)

    api.reply(page_json([{"id": EVENT}, {"id": EVENT}], "c4"))
    assert len(list(client.paginate("/shipment-event", item_model=ShipmentEvent, max_items=1))) == 1
    assert len(api.requests) == 2
    with pytest.raises(ValueError, match="cursor="):
        client.paginate("/x", params={"page[cursor]": "abc"})


def test_paginate_reads_params_as_request_does(client: OneRecord, api: FakeAPI) -> None:
    """Numbers and booleans, as ``client.request`` takes them, in a mapping or in a list of pairs."""
    params: Any = {"page[limit]": 100, "filter[isSecure][eq]": True, "groups[]": ["a", "b"]}
    expected = b"page%5Blimit%5D=100&filter%5BisSecure%5D%5Beq%5D=true&groups%5B%5D=a&groups%5B%5D=b"
    api.reply(page_json([], None))
    assert list(client.paginate("/shipment", params=params)) == []
    assert api.last.url.query == expected
    api.reply({})
    client.request("GET", "/shipment", params=params)
    assert api.last.url.query == expected
    api.reply(page_json([], None))
    list(client.paginate("/shipment", params=[("page[limit]", "5"), ("groups[]", "a"), ("groups[]", "b")]))
    assert api.last.url.query == b"page%5Blimit%5D=5&groups%5B%5D=a&groups%5B%5D=b"


def test_request_is_the_escape_hatch_with_the_same_errors(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"anything": [1, 2]})
    response = client.request("POST", "/undocumented/action", params={"dry": "true"}, json={"x": 1})
    assert response.json() == {"anything": [1, 2]}
    assert api.last.method == "POST" and api.last.url.query == b"dry=true" and api.last_json() == {"x": 1}
    api.reply({"message": "No such route"}, status=404)
    with pytest.raises(NotFoundError, match="No such route"):
        client.request("GET", "/nowhere")


def test_status_errors_surface_from_resources(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"message": "Not Found"}, status=404)
    with pytest.raises(NotFoundError):
        client.shipments.get(EVENT)


def test_resources_of_a_with_options_copy_use_the_copy(client: OneRecord, api: FakeAPI) -> None:
    api.reply({"code": "CDG"})
    api.reply({"code": "CDG"})
    client.places.get("CDG")
    assert api.last.extensions["timeout"]["read"] != 1.5
    quick = client.with_options(timeout=1.5)
    quick.places.get("CDG")
    assert api.last.extensions["timeout"]["read"] == 1.5
    assert quick.places is quick.places and quick.places is not client.places


def test_every_generated_model_is_re_exported() -> None:
    assert set(generated.__all__) <= set(facade_models.__all__)
    for name in generated.__all__:
        assert getattr(facade_models, name) is getattr(generated, name)


def test_package_exports_the_clients_every_error_and_the_versions() -> None:
    errors = {
        "OneRecordError", "APIConnectionError", "APITimeoutError", "APIStatusError", "BadRequestError",
        "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError",
        "RateLimitError", "InternalServerError", "ResponseValidationError", "FieldError",
    }  # fmt: skip
    assert errors | {"OneRecord", "AsyncOneRecord", "__version__", "API_VERSION"} <= set(onerecord.__all__)
    for name in onerecord.__all__:
        assert getattr(onerecord, name) is not None
    assert onerecord.FieldError is onerecord.errors.FieldError


def test_api_version_matches_the_spec() -> None:
    assert yaml.safe_load(SPEC.read_text())["info"]["version"] == onerecord.API_VERSION


@pytest.mark.parametrize(
    "model", [getattr(generated, name) for name in request_body_schemas(yaml.safe_load(SPEC.read_text()))]
)
def test_wire_names_derived_for_bodies_are_those_of_the_generated_to_dict(model: type) -> None:
    """The field table maps each attribute to the key ``from_dict`` reads; a round trip proves both agree."""
    spec = model_spec(model)

    def sample(tp: Any) -> object:  # a value of the field's first type, whatever the spec makes of the field
        if typing.get_origin(tp) is list:
            return [sample(typing.get_args(tp)[0])]
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return next(iter(tp)).value
        return {UUID: EVENT, bool: True, float: 1.5, int: 1, dt.datetime: "2024-05-01T10:00:00+00:00"}.get(tp, "x")

    wire = {field.api: sample(field.types[0]) if field.types else "x" for field in spec.fields}
    assert set(model.from_dict(wire).to_dict()) == set(wire)
    assert model.from_dict(wire).additional_properties == {}


def test_constructing_a_client_sends_nothing(api: FakeAPI) -> None:
    http = httpx.Client(transport=httpx.MockTransport(api))
    with OneRecord(client_id="i", client_secret="s", base_url="https://api.test", rate_limit=None, http_client=http):
        pass
    assert api.requests == []  # no token is fetched before the first API call


def missing_facade_methods(spec: dict[str, Any]) -> list[str]:
    """One instruction per spec operation the facade does not wrap: the file to edit and the method to add."""
    problems = []
    for op in facade_operations(spec):
        sync_cls, async_cls = op.resource_classes
        resource = getattr(onerecord.OneRecord, op.resource, None)
        async_resource = getattr(onerecord.AsyncOneRecord, op.resource, None)
        # cached_property.func builds the resource object; a resource only stores its client until called.
        wrapped = (
            resource is not None
            and async_resource is not None
            and callable(getattr(resource.func(None), op.facade_method, None))
            and callable(getattr(async_resource.func(None), op.facade_method, None))
        )
        if not wrapped:
            problems.append(
                f"{op.operation_id} ({op.method} {op.path}) is not wrapped by the facade: add method "
                f"{op.facade_method!r} to {sync_cls} and {async_cls} in {op.resource_file}"
                + (
                    ""
                    if resource is not None
                    else f" (a new resource: also add client.{op.resource} in onerecord/_client.py)"
                )
                + f"; meanwhile it is callable as {op.generated_module}.sync(..., client=client.api)"
            )
    return problems


def test_every_spec_operation_is_reachable_from_both_clients() -> None:
    problems = missing_facade_methods(yaml.safe_load(SPEC.read_text()))
    assert not problems, "\n".join(problems)


def test_routes_are_the_specs() -> None:
    """Resources send each operation where the spec says (``onerecord/_spec_facts.py``, written by make generate)."""
    from onerecord._spec_facts import ROUTES

    assert {op.operation_id: (op.method, op.path) for op in operations(yaml.safe_load(SPEC.read_text()))} == ROUTES


def test_a_route_fills_its_placeholders_in_order() -> None:
    from onerecord.resources._base import Route

    route = Route("getShipment")
    assert (route.method, route.path("abc")) == ("GET", "/shipment/abc")
    assert Route("listShipments").path() == "/shipment"
    with pytest.raises(TypeError, match="takes 1 path segment"):
        route.path()
    two = Route("getShipment")
    two.template, two._parts = "/a/{x}/b/{y}", ["/a/", "/b/", ""]
    assert two.path("1", "2") == "/a/1/b/2"


def test_list_methods_are_lazy_and_the_others_coroutines_in_the_async_client() -> None:
    for op in facade_operations(yaml.safe_load(SPEC.read_text())):
        sync_method = getattr(getattr(onerecord.OneRecord, op.resource).func(None), op.facade_method)
        async_method = getattr(getattr(onerecord.AsyncOneRecord, op.resource).func(None), op.facade_method)
        assert callable(sync_method) and not inspect.iscoroutinefunction(sync_method)
        assert inspect.iscoroutinefunction(async_method) == (not op.facade_method.startswith("list")), op


def test_a_coverage_failure_names_the_file_and_the_method(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"]["/shipment/{shipmentId}/events"] = {
        "get": {"operationId": "listShipmentEvents", "tags": ["shipment"], "responses": {"200": {"description": "ok"}}}
    }
    (problem,) = missing_facade_methods(spec)
    assert "add method 'list_events' to Shipments and AsyncShipments in onerecord/resources/shipments.py" in problem
    assert "onerecord_api.api.shipment.list_shipment_events.sync(..., client=client.api)" in problem
    assert (ROOT / "onerecord/resources/shipments.py").is_file()


@attrs.frozen
class Slot:
    """A caller's own model for a route the spec does not describe."""

    id: str
    at: dt.datetime | None = None

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Slot:
        return cls(id=data["id"], at=dt.datetime.fromisoformat(data["at"]))


class PlainSlot:
    def __init__(self, slot_id: str) -> None:
        self.slot_id = slot_id

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> PlainSlot:
        return cls(data["id"])


def test_paginate_with_the_callers_own_models(client: OneRecord, api: FakeAPI) -> None:
    api.reply(page_json([{"id": "s1", "at": "2024-03-16T11:00:00"}], None))
    (slot,) = client.paginate("/slots", item_model=Slot)
    assert slot.at == dt.datetime(2024, 3, 16, 11, tzinfo=dt.UTC)  # naive → UTC even on a frozen attrs class
    api.reply(page_json([{"id": "s2"}], None))
    (plain,) = client.paginate("/slots", item_model=PlainSlot)
    assert plain.slot_id == "s2"
    api.reply(page_json([{"no-id": True}], None))
    with pytest.raises(onerecord.ResponseValidationError):
        list(client.paginate("/slots", item_model=PlainSlot))
