"""The spec says what the docs say: the docs' own examples validate, and every constraint they do not state is marked.

``docs_pages/`` holds verbatim copies of the vendor pages that carry examples (from the maintainers' saved copy of
docs.one-record.fr, first line = the page's URL). The examples are extracted from those pages here, not retyped, and
validated with jsonschema against the schema the spec gives them: a response example against the operation's 200
schema, a request example against its body schema, a query example against the parameter's schema, and the dates
of the date-handling page against every date the spec lets a client send.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

PAGES = Path(__file__).with_name("docs_pages")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_FENCE = re.compile(r"^```\n(.*?)^```", re.S | re.M)


def _registry(spec: dict[str, Any]) -> Registry[Any]:
    return Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012))


def _rewrite_refs(node: Any) -> Any:
    """Local refs (``#/components/...``) made absolute, so a schema taken out of the spec still resolves."""
    if isinstance(node, dict):
        return {k: ("urn:spec" + v if k == "$ref" and v.startswith("#") else _rewrite_refs(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def check(spec: dict[str, Any], schema: dict[str, Any], value: Any) -> list[str]:
    validator = Draft202012Validator(_rewrite_refs(schema), registry=_registry(spec), format_checker=FormatChecker())
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def pages() -> Iterator[tuple[str, str]]:
    for path in sorted(PAGES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        yield text.splitlines()[0].strip(), text


def operation_of_page(spec: dict[str, Any], url: str) -> tuple[str, str, dict[str, Any]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op and op.get("externalDocs", {}).get("url") == url:
                return method, path, op
    raise LookupError(url)


def _json_schema(spec: dict[str, Any], holder: dict[str, Any]) -> dict[str, Any]:
    content = resolve(spec, holder)["content"]
    media = content.get("application/json") or content["application/x-www-form-urlencoded"]
    schema: dict[str, Any] = media["schema"]
    return schema


def examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(label, schema, value) for every body example of the saved pages that is complete (not cut off)."""
    for url, text in pages():
        for match in _FENCE.finditer(text):
            block = match.group(1).strip()
            if "[...]" in block or "[..." in block:
                continue  # cut off in the saved copy: nothing to check
            before = text[: match.start()].rstrip().splitlines()[-1]
            label = f"{url} ({before.strip()[:40]})"
            if block.startswith("{") and "Response 200" in before:
                _, _, op = operation_of_page(spec, url)
                yield label, _json_schema(spec, op["responses"]["200"]), json.loads(block)
            elif re.match(r"^(POST|PUT|PATCH) /", block) and "\n\n" in block:
                _, _, op = operation_of_page(spec, url)
                body = block.split("\n\n", 1)[1].strip()
                schema = _json_schema(spec, op["requestBody"])
                if "x-www-form-urlencoded" in block:
                    form = body.strip('"')
                    yield label, schema, {k: v.strip("'") for k, v in parse_qsl(form)}
                else:
                    yield label, schema, json.loads(body)


def query_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(label, parameter schema, typed value) for every query parameter of the pages' example URLs."""
    for url, text in pages():
        markdown = "\n".join(line for line in text.splitlines() if not line.startswith("<table>"))
        for target in re.findall(r"(?:^|[\s|])(/[a-z<>{}/A-Z-]+\?[^\s`|]+)", markdown.replace("`", ""), re.M):
            parts = urlsplit(target)
            path = "/shipment" if parts.path == "/<resource>" or parts.path == "/<resources>" else parts.path
            if path.startswith("/place/"):
                path = "/place/{code}"
            params = {}
            for raw in spec["paths"][path]["get"].get("parameters", []):
                param = resolve(spec, raw)
                params[param["name"]] = param
            for name, value in parse_qsl(parts.query):
                if name not in params or re.fullmatch(r"<.*>|group\d+\.*", value):  # placeholders
                    continue
                schema = params[name]["schema"]
                typed: Any = value
                if resolve(spec, schema).get("type") == "integer":
                    typed = int(value)
                elif resolve(spec, schema).get("type") == "number":
                    typed = float(value)
                elif resolve(spec, schema).get("type") == "array":
                    typed = [value]
                yield f"{url}: {name}={value}", schema, typed


def test_the_saved_pages_yield_the_examples_we_rely_on(spec: dict[str, Any]) -> None:
    """Not vacuous: the shipment, update and token examples and the pages' query examples are all found."""
    labels = [label for label, _, _ in examples(spec)]
    assert sum("get-shipment-by-id" in label for label in labels) == 1
    assert sum("update-a-shipment" in label for label in labels) == 1
    assert sum("authentication" in label for label in labels) == 2  # the form body and the token response
    queries = [label for label, _, _ in query_examples(spec)]
    for expected in ("page[limit]=100", "filter[code][eq]=US", "filter[quantityReal][gt]=10", "groups[]=country"):
        assert any(expected in q for q in queries), expected


def test_every_docs_example_validates_against_the_spec(spec: dict[str, Any]) -> None:
    everything = [*examples(spec), *query_examples(spec)]
    failures = {label: errors for label, schema, value in everything if (errors := check(spec, schema, value))}
    assert failures == {}


def test_a_page_limit_above_200_is_not_refused(spec: dict[str, Any]) -> None:
    """The pagination page: larger values are lowered to 200 by the server, so the spec must accept them."""
    limit = resolve(spec, {"$ref": "#/components/parameters/PageLimit"})["schema"]
    assert check(spec, limit, 500) == []
    assert check(spec, limit, 0) != []


def _dates_of_the_date_handling_page() -> list[str]:
    text = (PAGES / "about-the-api__date-handling.md").read_text(encoding="utf-8")
    dates = re.findall(r"\b\d{4}-\d{2}-\d{2}(?:T[0-9:]+(?:Z|[+-]\d{2}:\d{2})?)?", text)
    return sorted(set(dates))


def test_every_date_a_client_sends_accepts_the_forms_the_docs_allow(spec: dict[str, Any]) -> None:
    """Date-only, offset-less, Z and offset forms, as the date-handling page spells them out."""
    dates = _dates_of_the_date_handling_page()
    assert {"2024-03-16T11:00:00", "2024-03-16T11:00:00Z", "2024-03-16T12:00:00+01:00"} <= set(dates)
    schemas = spec["components"]["schemas"]
    date_schemas = {
        "ShipmentAnomalyCreate.date": schemas["ShipmentAnomalyCreate"]["properties"]["date"],
        "DateTimeFilterValue": schemas["DateTimeFilterValue"],
    }
    for name, schema in date_schemas.items():
        for value in [*dates, "2024-03-16"]:
            assert check(spec, schema, value) == [], (name, value)
        assert check(spec, schema, "16/03/2024") != [], name


# Constraints the docs do state, as (where, keyword): they need no x-inferred mark.
DOCS_STATED = {
    ("components/schemas/ShipmentAnomalyCreate/properties/category", "maxLength"),  # "category string · max: 255"
    ("components/schemas/ShipmentAnomalyCreate/properties/shipment", "format"),  # "shipment string · uuid"
    ("components/schemas/TokenRequest/properties/grant_type", "enum"),  # "Must be set to client_credentials"
    ("components/schemas/ShipmentCreate/properties/orderReference", "enum"),  # "E-, I- or P-ONERECORD"
    ("components/schemas/ShipmentServiceCreate/properties/shipment", "format"),  # "shipment string · uuid"
    ("components/schemas/ShipmentServiceCreate/properties/type", "format"),  # "type string · uuid"
    ("components/schemas/ShipmentServiceUpdate/properties/shipment", "format"),
    ("components/schemas/ShipmentServiceUpdate/properties/type", "format"),
    ("components/schemas/DateTimeFilterValue", "pattern"),  # the date-handling page's forms
}
CONSTRAINTS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern")
CONSTRAINTS += ("format", "minItems", "maxItems", "enum")


def _constraints(node: Any, trail: tuple[str, ...], marked: bool) -> Iterator[tuple[str, str, bool]]:
    """(trail, keyword, marked) of every constraint; marked when the node or an enclosing one carries x-inferred."""
    if isinstance(node, dict):
        marked = marked or "x-inferred" in node
        for key in CONSTRAINTS:
            if key in node:
                yield "/".join(trail), key, marked
        for key, value in node.items():
            if key not in ("examples", "example", "description"):
                yield from _constraints(value, (*trail, str(key)), marked)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _constraints(value, (*trail, str(i)), marked)


def test_every_constraint_the_docs_do_not_state_is_marked_inferred(spec: dict[str, Any]) -> None:
    unmarked = [
        (trail, key)
        for trail, key, marked in _constraints(spec, (), False)
        if not marked and (trail, key) not in DOCS_STATED and not _is_response_side(trail)
    ]
    assert unmarked == [], "add an x-inferred reason next to each of these in openapi/one-record.yaml"


def _is_response_side(trail: str) -> bool:
    """Formats and bounds that only describe what the server returns, or shared helper types, are not refusals."""
    response_schemas = ("Shipment/", "ShipmentEvent/", "EventType/", "ShipmentService/", "ServiceType/")
    response_schemas += ("ShipmentAnomaly/", "RelatedResource/", "Place/", "Country/", "PageMetadata/")
    return any(trail.startswith(f"components/schemas/{name}") for name in response_schemas) or trail.startswith(
        "components/schemas/SortDirection"
    )


@pytest.mark.parametrize(
    ("where", "keyword"),
    [
        ("components/schemas/ShipmentServiceCreate/properties/quantity", "minimum"),
        ("components/schemas/ShipmentServiceUpdate/properties/quantity", "minimum"),
        ("components/schemas/ShipmentAnomalyCreate/properties/quantity", "minimum"),
        ("components/schemas/ShipmentAnomalyCreate/properties/category", "minLength"),
        ("components/schemas/TokenRequest/properties/client_id", "minLength"),
        ("components/schemas/TokenRequest/properties/client_secret", "minLength"),
        ("components/parameters/PageCursor/schema", "minLength"),
        ("components/parameters/PageLimit/schema", "minimum"),
        ("components/parameters/ShipmentId/schema", "format"),
        ("components/parameters/ResourceId/schema", "format"),
    ],
)
def test_the_constraints_found_unmarked_are_marked_where_they_stand(
    spec: dict[str, Any], where: str, keyword: str
) -> None:
    node: Any = spec
    for part in where.split("/"):
        node = node[part]
    assert keyword in node and len(node["x-inferred"]) > 15, where


def test_retry_after_is_seconds_or_an_http_date(spec: dict[str, Any]) -> None:
    schema = spec["components"]["headers"]["Retry-After"]["schema"]
    assert check(spec, schema, 2) == []
    assert check(spec, schema, "Wed, 21 Oct 2026 07:28:00 GMT") == []
    assert check(spec, schema, -1) != []
    assert "x-inferred" in spec["components"]["headers"]["Retry-After"]


def test_goods_description_required_ness_agrees_with_its_reason(spec: dict[str, Any]) -> None:
    create = spec["components"]["schemas"]["ShipmentCreate"]
    reason = create["properties"]["goodsDescription"]["x-inferred"]
    assert "goodsDescription" not in create["required"]
    assert "optional" in reason and "needed" in reason  # it quotes the prose and says why that is not a rule
    assert "goods" not in create["x-inferred"]  # the schema's own reason no longer claims the opposite
