"""Every filter parameter the spec declares on GET /shipment, checked against the same filter in Python.

The expected rows come from the full listing; a value taken from the demo data makes each filter select
something. This sweep talks to the app without the spec checker (the other tests already validate every kind of
answer) so that ~100 filters stay fast.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from onerecord.sandbox import DEMO_CREDENTIALS, SandboxTransport, create_app
from onerecord.sandbox.fields import FILTERS

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "one-record.yaml"
COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


def _spec_parameters() -> dict[str, dict[str, Any]]:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    params = [
        spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]]
        for p in spec["paths"]["/shipment"]["get"]["parameters"]
    ]
    return {p["name"]: p for p in params}


def spec_filters() -> list[tuple[str, str]]:
    return [tuple(p[len("filter[") : -1].split("][")) for p in _spec_parameters() if p.startswith("filter[")]  # type: ignore[misc]


# A value of each filter type, for a field the demo data never fills (a field the spec has just added).
_PROBE = {"number": "1", "boolean": "true", "string": "2026-01-01T00:00:00Z"}


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    app = create_app(seed="demo", rate_limit=0)
    with httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as http:
        client_id, secret = DEMO_CREDENTIALS["warehouse"]
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        http.headers["Authorization"] = (
            "Bearer " + http.post("/authentication/oauth2/token", data=form).json()["access_token"]
        )
        yield http


def listing(client: httpx.Client, **params: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {"page[limit]": "200", **params, **({"page[cursor]": cursor} if cursor else {})}
        response = client.get("/shipment", params=query)
        assert response.status_code == 200, response.text
        rows += response.json()["data"]
        cursor = response.json()["metadata"]["next"]
        if cursor is None:
            return rows


def test_the_sandbox_filters_what_the_spec_declares() -> None:
    filters = spec_filters()
    assert ("quantityReal", "between") in filters and ("isDangerous", "ne") in filters  # the docs' own examples
    assert {(field, op) for field, ops in FILTERS.items() for op in ops} == set(filters)


@pytest.mark.parametrize(("field", "op"), spec_filters())
def test_filter_matches_python(client: httpx.Client, field: str, op: str) -> None:
    everything = listing(client)
    values = sorted({s[field] for s in everything if s.get(field) is not None}, key=str)
    if not values:  # a field the demo data does not fill: the filter must still be accepted, and match nothing
        name = f"filter[{field}][{op}]"
        schema = _spec_parameters()[name]["schema"]
        if "$ref" in schema:  # NumberRange, DateTimeRange, DateTimeFilterValue: their examples are valid values
            schema = yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
            got = listing(client, **{name: schema["examples"][0]})
            assert [s["shipmentId"] for s in got] == ([s["shipmentId"] for s in everything] if op == "ne" else [])
            return
        probe = _PROBE.get(schema.get("type", "string"), "x")
        got = listing(client, **{name: f"{probe},{probe}" if op == "between" else probe})
        assert [s["shipmentId"] for s in got] == ([s["shipmentId"] for s in everything] if op == "ne" else [])
        return
    sample = values[len(values) // 2]
    text = str(sample).lower() if isinstance(sample, bool) else str(sample)
    if op == "between":
        low, high = values[len(values) // 4], values[(3 * len(values)) // 4]
        expected = [s["shipmentId"] for s in everything if s[field] is not None and low <= s[field] <= high]
        got = listing(client, **{f"filter[{field}][between]": f"{low},{high}"})
    else:
        compare = COMPARE[op]
        expected = [
            s["shipmentId"]
            for s in everything
            if (s[field] is None and op == "ne") or (s[field] is not None and compare(s[field], sample))
        ]
        got = listing(client, **{f"filter[{field}][{op}]": text})
    assert [s["shipmentId"] for s in got] == expected
