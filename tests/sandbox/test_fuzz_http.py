"""Fuzz the sandbox's HTTP surface with hostile values: whatever comes in, the answer is never a 500.

Bodies mix the spec's own field names (so that values reach validation and storage, not just "unknown field,
ignored") with values chosen to break things: integers far beyond 64 bits, non-finite floats (written as the
``NaN``/``Infinity`` tokens Python's encoder emits), lone surrogates, deep nesting, truncated JSON. Query strings
mix the spec's parameter names with random text and crafted cursors. Runs in process (``SandboxTransport``, where
an unhandled exception is a 500 like over a socket), derandomised so that every run sends the same examples.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onerecord.sandbox import DEMO_CREDENTIALS, SandboxControl, SandboxTransport, create_app

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "one-record.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]
BODY_FIELDS = sorted(
    {name for schema in ("ShipmentCreate", "ShipmentUpdate", "ShipmentServiceCreate", "ShipmentAnomalyCreate")
     for name in SCHEMAS[schema].get("properties", {})}
)  # fmt: skip
QUERY_NAMES = sorted({p["name"] for p in SPEC["components"]["parameters"].values() if p.get("in") == "query"})
CONTROL_FIELDS = ["type", "to", "measurement", "advance", "rate", "quantityReal", "grossWeightReal"]
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))

# Characters including lone surrogates (category Cs), which hypothesis leaves out by default.
TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
URL_TEXT = st.text(max_size=12)  # a URL carries UTF-8: no surrogates
NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=2**62, max_value=2**80),
    st.integers(min_value=-(2**80), max_value=-(2**62)),
    st.floats(),  # NaN and infinities included
    st.sampled_from([2**63, -(2**63) - 1, 10**300, 1e308, -0.0]),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3))


def _deep(field: str, depth: int) -> bytes:
    """Nesting built as text: as Python objects it would break the strategy's own ``json.dumps``."""
    return b'{"' + field.encode() + b'": ' + b"[" * depth + b"]" * depth + b"}"


def _bodies(fields: list[str]) -> st.SearchStrategy[bytes]:
    objects = st.dictionaries(st.sampled_from(fields) | TEXT, VALUES, max_size=6)
    encoded = objects.map(lambda body: json.dumps(body).encode())  # ensure_ascii: surrogates as \udXXX escapes
    truncated = st.tuples(encoded, st.integers(min_value=0, max_value=200)).map(lambda pair: pair[0][: pair[1]])
    deep = st.builds(_deep, st.sampled_from(fields), st.integers(min_value=20, max_value=5000))
    return st.one_of(encoded, truncated, deep, VALUES.map(lambda value: json.dumps(value).encode()))


def _cursor_texts() -> st.SearchStrategy[str]:
    # Mostly the default sort order with a key and a position, so that the values reach the query.
    sort = st.sampled_from([[["createdAt", "asc"]], [["code", "asc"]]]) | VALUES
    crafted = st.fixed_dictionaries({"s": sort, "v": st.tuples(SCALARS, NUMBERS).map(list) | VALUES})
    encoded = (crafted | VALUES).map(lambda value: base64.urlsafe_b64encode(json.dumps(value).encode()).decode())
    return st.one_of(encoded, URL_TEXT)


class Fuzzed:
    """One in-process sandbox with tokens of every role and a shipment of each kind to aim at."""

    def __init__(self) -> None:
        self.transport = SandboxTransport(create_app(seed="empty", rate_limit=0, rng_seed=3))
        self.http = httpx.Client(transport=self.transport, base_url="http://localhost")
        self.tokens = {role: self._token(role) for role in ("forwarder", "shipper", "warehouse")}
        shipment: dict[str, Any] = {"orderReference": "E-ONERECORD", "departure": "CDG", "departureCountry": "FR"}
        shipment |= {"arrival": "NRT", "arrivalCountry": "JP", "quantityExpected": 2}
        self.ids = [self.send("POST", "/shipment", json.dumps(shipment).encode(), "shipper").json()["shipmentId"]]
        with SandboxControl(self.transport) as control:
            control.advance(self.ids[0], to="GOODS_RECEIPT")

    def _token(self, role: str) -> str:
        client_id, secret = DEMO_CREDENTIALS[role]
        form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        token: str = self.http.post("/authentication/oauth2/token", data=form).json()["access_token"]
        return token

    def send(
        self, method: str, path: str, content: bytes | None = None, role: str = "forwarder", params: Any = None
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[role]}", "Content-Type": "application/json"}
        response = self.http.request(method, path, content=content, params=params, headers=headers)
        assert response.status_code < 500, f"{method} {path} {params} {content!r:.300} -> {response.text[:300]}"
        if response.status_code >= 400:
            assert isinstance(response.json().get("message") or response.json().get("error"), str)
        return response

    def close(self) -> None:
        self.http.close()
        self.transport.close()


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[Fuzzed]:
    sandbox = Fuzzed()
    yield sandbox
    sandbox.close()


@FUZZ
@given(
    target=st.sampled_from(
        [
            ("POST", "/shipment", "forwarder"),
            ("PUT", "/shipment/{id}", "shipper"),
            ("POST", "/shipment-service", "shipper"),
            ("PUT", "/shipment-service/{id}", "shipper"),
            ("POST", "/shipment-anomaly", "warehouse"),
        ]
    ),
    body=_bodies(BODY_FIELDS),
)
def test_api_bodies_never_get_a_500(fuzzed: Fuzzed, target: tuple[str, str, str], body: bytes) -> None:
    method, path, role = target
    fuzzed.send(method, path.format(id=fuzzed.ids[0]), body, role)


@FUZZ
@given(
    path=st.sampled_from(["/shipment", "/country"]),
    params=st.just({})
    | st.dictionaries(st.sampled_from(QUERY_NAMES) | URL_TEXT, URL_TEXT | NUMBERS.map(str), max_size=4),
    cursor=_cursor_texts() | st.none(),
)
def test_queries_and_cursors_never_get_a_500(
    fuzzed: Fuzzed, path: str, params: dict[str, str], cursor: str | None
) -> None:
    if cursor is not None:
        params = {**params, "page[cursor]": cursor}
    fuzzed.send("GET", path, params=params)


@FUZZ
@given(
    path=st.sampled_from(["/_sandbox/shipments/{id}/events", "/_sandbox/shipments/{id}/advance", "/_sandbox/clock"]),
    body=_bodies(CONTROL_FIELDS),
)
def test_control_bodies_never_get_a_500(fuzzed: Fuzzed, path: str, body: bytes) -> None:
    fuzzed.send("POST", path.format(id=fuzzed.ids[0]), body)
