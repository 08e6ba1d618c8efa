"""Schemathesis on the spec as committed, against the in-process sandbox: every operation, then the stateful phase.

All default checks run (server errors, status codes, content types, response schemas and headers, positive data
acceptance, negative data rejection, missing auth, Allow headers), on ``openapi/one-record.yaml`` unmodified.

A few values only the server knows cannot come from a schema, and the spec rightly leaves them open: country codes
(the spec says "two capitals", the server knows the ISO 3166-1 list), service-type identifiers and anomaly
categories (server-owned lists), shipment identifiers (a drawn UUID names no shipment) and cursors (opaque server
tokens), and which order reference an existing shipment may take (its timeline). :func:`use_server_known_values`
swaps a generated value of that kind for one the server knows, only where
the generated value is of the right shape: a deliberately wrong value (negative data) is left as drawn.

The stateful phase follows the spec's links: a created shipment is read, updated and deleted, and a created
service updated and deleted.
"""

from __future__ import annotations

import functools
import re
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.stateful import OpenAPIStateMachine

from onerecord.sandbox import DEMO_CREDENTIALS, SandboxTransport, create_app
from onerecord.sandbox.countries import COUNTRIES
from onerecord.sandbox.reference import ANOMALY_TYPES, SERVICE_TYPES

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "one-record.yaml"
# A few shipments only: every listing answer is validated against the spec, so small pages keep the run fast.
APP = create_app(seed="empty", rate_limit=0, rng_seed=11)

schema = schemathesis.openapi.from_path(SPEC_PATH)
schema.app = APP

KNOWN_COUNTRIES = [code for code, _ in COUNTRIES]
KNOWN_COUNTRY_SET = frozenset(KNOWN_COUNTRIES)
SERVICE_TYPE_IDS = sorted(SERVICE_TYPES)
ANOMALY_TYPE_CODES = sorted(ANOMALY_TYPES)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_TWO_CAPITALS = re.compile(r"^[A-Z]{2}$")


def _client(role: str) -> httpx.Client:
    client_id, secret = DEMO_CREDENTIALS[role]
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    client = httpx.Client(transport=SandboxTransport(APP), base_url="http://localhost")
    token = client.post("/authentication/oauth2/token", data=form).json()["access_token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def _open_shipment() -> str:
    """Three shipments of the shipper's, at ORDER: services may be added to the first, and listings have pages."""
    route = {"departure": "CDG", "departureCountry": "FR", "arrival": "NRT", "arrivalCountry": "JP"}
    with closing(_client("shipper")) as client:
        created = [
            client.post("/shipment", json={**route, "orderReference": "E-ONERECORD", "quantityExpected": n}).json()
            for n in (1, 2, 3)
        ]
    shipment_id: str = created[0]["shipmentId"]
    return shipment_id


OPEN_SHIPMENT = _open_shipment()


@schema.auth()
class SandboxToken:
    """A shipper token (shippers may create shipments and services), sent as a bearer on every operation."""

    def get(self, case: Any, ctx: Any) -> str:
        with closing(_client("shipper")) as client:
            token: str = client.headers["Authorization"].removeprefix("Bearer ")
        return token

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def _pick(options: list[str], drawn: str) -> str:
    """A known value chosen by the drawn one, so that the run stays deterministic and still varies."""
    return options[sum(drawn.encode()) % len(options)]


def _known_country(value: Any) -> Any:
    if isinstance(value, str) and _TWO_CAPITALS.match(value) and value not in KNOWN_COUNTRY_SET:
        return _pick(KNOWN_COUNTRIES, value)
    return value


def _body(path: str, body: dict[str, Any]) -> None:
    for field in ("departureCountry", "arrivalCountry"):
        if field in body:
            body[field] = _known_country(body[field])
    if path.startswith("/shipment-service") and isinstance(body.get("type"), str) and _UUID.match(body["type"]):
        body["type"] = _pick(SERVICE_TYPE_IDS, body["type"])
    names_a_shipment = isinstance(body.get("shipment"), str) and _UUID.match(body["shipment"])
    if path.startswith(("/shipment-service", "/shipment-anomaly")) and names_a_shipment:  # creations and updates
        body["shipment"] = OPEN_SHIPMENT
    if path == "/shipment-anomaly":
        category = body.get("category")
        if isinstance(category, str) and 1 <= len(category) <= 255:
            code = _pick(ANOMALY_TYPE_CODES, category)
            body["category"] = ANOMALY_TYPES[code][1]
            if isinstance(body.get("type"), str):
                body["type"] = code


@functools.cache
def _issued_cursor(path: str, sort: tuple[tuple[str, str], ...]) -> str | None:
    """A real cursor of the listing in this order (one per order: the run stays fast)."""
    with closing(_client("shipper")) as client:
        response = client.get(path, params={**dict(sort), "page[limit]": 1})
    if response.status_code != 200:
        return None
    cursor: str | None = response.json()["metadata"]["next"]
    return cursor


def _query(path: str, query: dict[str, Any]) -> None:
    for name in ("filter[code][eq]", "filter[code][ne]"):
        if name in query:
            query[name] = _known_country(query[name])
    cursor = query.get("page[cursor]")
    sort = tuple((k, v) for k, v in query.items() if k.startswith("sort["))
    well_formed = all(v in ("asc", "desc") for _, v in sort)
    if path in ("/shipment", "/country") and isinstance(cursor, str) and cursor and well_formed:
        issued = _issued_cursor(path, sort)
        if issued is not None:
            query["page[cursor]"] = issued


_READER = _client("shipper")


def _current_reference(shipment_id: str) -> str | None:
    """The shipment's order reference as the server holds it (None when the id names no shipment of the caller's)."""
    response = _READER.get(f"/shipment/{shipment_id}")
    reference: str | None = response.json()["orderReference"] if response.status_code == 200 else None
    return reference


def _update(case: Any, body: dict[str, Any]) -> None:
    """Which order reference a shipment may take depends on its timeline, which only the server knows: a drawn
    string or null (both of the spec's shape) becomes the one it holds, an unchanged value the server accepts."""
    shipment_id = (case.path_parameters or {}).get("shipmentId")
    if "orderReference" in body and (body["orderReference"] is None or isinstance(body["orderReference"], str)):
        current = _current_reference(str(shipment_id)) if isinstance(shipment_id, str) else None
        if current is not None:
            body["orderReference"] = current


def use_server_known_values(case: Any) -> None:
    """Server-owned values (see the module docstring) in place of drawn ones of the same shape.

    Applied just before each call, so that every phase (examples, coverage, fuzzing, stateful) gets it.
    """
    if isinstance(case.body, dict):
        _body(case.path, case.body)
        if case.method.upper() == "PUT" and case.path == "/shipment/{shipmentId}":
            _update(case, case.body)
    if isinstance(case.query, dict):
        _query(case.path, case.query)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_every_operation_conforms(case: Any) -> None:
    use_server_known_values(case)
    case.call_and_validate()


class Workflows(schema.as_state_machine()):  # type: ignore[misc]
    """Create, then read, update and delete through the spec's links."""

    def before_call(self, case: Any) -> None:
        use_server_known_values(case)


Workflows.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=6,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
TestWorkflows = Workflows.TestCase


def test_the_run_covers_every_operation_and_the_links() -> None:
    """Counts come from the spec: every operation is generated, and the state machine follows the spec's links."""
    raw = yaml.safe_load(SPEC_PATH.read_text())
    methods = ("get", "put", "post", "delete", "patch")
    declared = [op for item in raw["paths"].values() for key, op in item.items() if key in methods]
    assert len(list(schema.get_all_operations())) == len(declared)
    links = {
        (op["operationId"], link["operationId"])
        for op in declared
        for response in op["responses"].values()
        for link in response.get("links", {}).values()
    }
    ids = {op["operationId"] for op in declared}
    for source, target in (("createShipment", "getShipment"), ("createShipment", "deleteShipment")):
        if {source, target} <= ids:
            assert (source, target) in links
    assert issubclass(Workflows, OpenAPIStateMachine)
