"""The spec is valid, complete against the docs, and marks what it infers."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}
DOCS = "https://docs.one-record.fr/one-record/"

# Every docs page that documents an operation, and the operation it documents (from DOC-PAGES.md).
# The last two routes appear only in the examples of an "about the API" page: the spec links that page.
DOC_PAGE_OPERATIONS = {
    ("post", "/authentication/oauth2/token"): DOCS + "security/authentication",
    ("get", "/shipment"): DOCS + "rest-api/shipment/get-all-shipment",
    ("get", "/shipment/{shipmentId}"): DOCS + "rest-api/shipment/get-shipment-by-id",
    ("post", "/shipment"): DOCS + "rest-api/shipment/create-a-shipment",
    ("put", "/shipment/{shipmentId}"): DOCS + "rest-api/shipment/update-a-shipment",
    ("delete", "/shipment/{shipmentId}"): DOCS + "rest-api/shipment/delete-a-shipment",
    ("post", "/shipment-service"): DOCS + "rest-api/shipment-service/create-a-shipment-service",
    ("put", "/shipment-service/{id}"): DOCS + "rest-api/shipment-service/update-a-shipment-service",
    ("delete", "/shipment-service/{id}"): DOCS + "rest-api/shipment-service/delete-a-shipment-service",
    ("post", "/shipment-anomaly"): DOCS + "rest-api/shipment-anomaly/create-a-shipment-anomaly",
    ("get", "/place/{code}"): DOCS + "about-the-api/groups",
    ("get", "/country"): DOCS + "about-the-api/filtering-and-sorting",
}
EXAMPLE_ONLY_ROUTES = {("get", "/place/{code}"), ("get", "/country")}


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def walk(node: Any, trail: str = "") -> Any:
    """Yield (trail, mapping) for every mapping in the document."""
    if isinstance(node, dict):
        yield trail, node
        for key, value in node.items():
            yield from walk(value, f"{trail}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{trail}/{i}")


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_spec_passes_openapi_spec_validator(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_every_documented_operation_is_in_the_spec_with_its_docs_page(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    missing = set(DOC_PAGE_OPERATIONS) - set(ops)
    assert not missing, f"documented operations missing from openapi/one-record.yaml: {sorted(missing)}"
    undocumented = set(ops) - set(DOC_PAGE_OPERATIONS)
    assert not undocumented, (
        f"operations {sorted(undocumented)} have no docs page: add each to DOC_PAGE_OPERATIONS in {__file__}"
    )
    for key, url in DOC_PAGE_OPERATIONS.items():
        assert ops[key]["externalDocs"]["url"] == url, key


def test_operations_have_stable_ids_one_tag_and_a_summary(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    ids = [op["operationId"] for op in ops.values()]
    assert len(set(ids)) == len(ids), "two operations share an operationId in openapi/one-record.yaml"
    declared_tags = {t["name"] for t in spec["tags"]}
    for key, op in ops.items():
        assert re.fullmatch(r"[a-z][A-Za-z]+", op["operationId"]), key
        assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags, key
        assert op["summary"].strip(), key


def test_routes_seen_only_in_examples_are_marked_inferred(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    for key in EXAMPLE_ONLY_ROUTES:
        assert "x-inferred" in ops[key], key


def test_every_inference_carries_a_one_line_reason(spec: dict[str, Any]) -> None:
    marks = [(trail, node["x-inferred"]) for trail, node in walk(spec) if "x-inferred" in node]
    assert len(marks) > 20
    for trail, reason in marks:
        assert isinstance(reason, str) and len(reason) > 15, trail
        assert "\n" not in reason.strip(), trail


def test_token_route_needs_no_bearer_and_is_form_encoded(spec: dict[str, Any]) -> None:
    op = operations(spec)[("post", "/authentication/oauth2/token")]
    assert op["security"] == []
    assert list(op["requestBody"]["content"]) == ["application/x-www-form-urlencoded"]
    assert spec["security"] == [{"oauth2": []}]


@pytest.mark.parametrize("status", ["401", "429", "5XX"])
def test_every_operation_declares_what_any_client_must_expect(spec: dict[str, Any], status: str) -> None:
    for key, op in operations(spec).items():
        assert status in op["responses"], (key, status)


def test_429_carries_retry_after(spec: dict[str, Any]) -> None:
    for key, op in operations(spec).items():
        response = resolve(spec, op["responses"]["429"])
        assert "Retry-After" in response["headers"], key


def test_shipment_operations_expect_403_and_404(spec: dict[str, Any]) -> None:
    """Role rules make 403 possible everywhere; every call naming an id can meet an unknown one."""
    for (method, path), op in operations(spec).items():
        if not path.startswith("/shipment"):
            continue
        assert "403" in op["responses"], (method, path)
        # Creations name ids in their body: the service's or anomaly's shipment, a delivery order's preparations.
        names_an_id = "{" in path or method == "post"
        assert ("404" in op["responses"]) == names_an_id, (method, path)


def _schemas_reachable_from(spec: dict[str, Any], roots: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    seen: set[str] = set()
    out: list[tuple[str, dict[str, Any]]] = []
    stack = list(roots)
    while stack:
        node = stack.pop()
        for trail, mapping in walk(node):
            ref = mapping.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                stack.append(resolve(spec, mapping))
            out.append((trail, mapping))
    return out


def test_responses_hold_no_closed_enum(spec: dict[str, Any]) -> None:
    """A code list the server owns must never make a response unreadable when it grows."""
    roots = [resolve(spec, response) for op in operations(spec).values() for response in op["responses"].values()]
    enums = [trail for trail, mapping in _schemas_reachable_from(spec, roots) if "enum" in mapping]
    assert enums == []


def test_closed_enums_only_where_the_set_is_closed(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    closed = {name for name, schema in schemas.items() if "enum" in schema}
    # Request-side sets only (queries); a response-side code list the server owns stays open (test above).
    assert {"SortDirection", "ShipmentGroup", "PlaceGroup"} <= closed
    # The values the docs name are in the spec's enums; the vendor adding one is an additive change, not a failure.
    assert "client_credentials" in schemas["TokenRequest"]["properties"]["grant_type"]["enum"]
    assert {"E-ONERECORD", "I-ONERECORD", "P-ONERECORD"} <= set(
        schemas["ShipmentCreate"]["properties"]["orderReference"]["enum"]
    )
    assert "enum" not in schemas["QuantityType"]
    assert "all" in schemas["ShipmentGroup"]["enum"]


def test_query_parameters_use_the_api_bracket_names(spec: dict[str, Any]) -> None:
    names: set[str] = set()
    for op in operations(spec).values():
        for param in op.get("parameters", []):
            param = resolve(spec, param)
            if param["in"] == "query":
                names.add(param["name"])
                if param["name"].startswith("filter["):
                    assert re.fullmatch(r"filter\[[a-zA-Z]+\]\[(eq|ne|gt|gte|lt|lte|between)\]", param["name"])
                elif param["name"].startswith("sort["):
                    assert re.fullmatch(r"sort\[[a-zA-Z]+\]", param["name"])
                else:
                    assert param["name"] in {"page[limit]", "page[cursor]", "groups[]"}
    assert {"page[limit]", "page[cursor]", "groups[]", "filter[quantityReal][gt]", "filter[code][eq]"} <= names
    limit = resolve(spec, {"$ref": "#/components/parameters/PageLimit"})["schema"]
    # The docs: larger values are lowered to 200, not refused; so the spec must not refuse them either.
    assert limit["minimum"] == 1 and "maximum" not in limit
    groups = resolve(spec, {"$ref": "#/components/parameters/ShipmentGroups"})
    assert (groups["style"], groups["explode"], groups["schema"]["type"]) == ("form", True, "array")


def test_required_but_nullable_fields_stay_so(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    service = schemas["ShipmentServiceCreate"]
    assert "quantity" in service["required"] and "null" in service["properties"]["quantity"]["type"]
    anomaly = schemas["ShipmentAnomalyCreate"]
    for field in ("type", "quantity", "balance", "date", "observation"):
        assert field in anomaly["required"]
        assert "null" in anomaly["properties"][field]["type"], field
    assert schemas["ShipmentUpdate"].get("required", []) == []


def test_units_and_formats_are_stated(spec: dict[str, Any]) -> None:
    shipment = spec["components"]["schemas"]["Shipment"]["properties"]
    assert "kg" in shipment["grossWeightReal"]["description"]
    assert "m³" in shipment["volumeReal"]["description"]
    assert shipment["createdAt"]["format"] == "date-time"
    assert "UTC" in spec["info"]["description"]
