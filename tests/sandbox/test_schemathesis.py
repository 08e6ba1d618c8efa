"""A bounded schemathesis run of every operation of openapi/one-record.yaml against the in-process sandbox.

All default checks run (server errors, status codes, content types, response schemas and headers, positive data
acceptance, negative data rejection, missing auth, Allow headers). Authentication is a token taken by an auth hook.

The run uses the spec with the changes proposed to the lead applied (see ``spec_with_proposed_fixes``): without
them the spec calls some requests valid that no real server accepts (a country ``AA``, a date ``2024-13-45``) and
refuses one the real server accepts (``page[limit]=500``, lowered to 200).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import schemathesis
import yaml
from hypothesis import HealthCheck, settings

from onerecord.sandbox import DEMO_CREDENTIALS, SandboxTransport, create_app
from onerecord.sandbox.countries import COUNTRIES

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "one-record.yaml"
APP = create_app(seed="demo", rate_limit=0, rng_seed=11)

_DATE = r"[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = r"(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?)?"
DATE_TIME_PATTERN = f"^{_DATE}{_TIME}$"
DATE_TIME_RANGE_PATTERN = f"^{_DATE}{_TIME},{_DATE}{_TIME}$"


def _add_date_time_patterns(node: Any) -> None:
    """``format: date-time`` becomes a pattern that also allows a date alone (REFERENCE.md a.9), and is asserted
    (JSON Schema 2020-12 only annotates formats, so "" would count as a valid date-time)."""
    if isinstance(node, dict):
        types = node.get("type")
        if node.get("format") == "date-time" and (types == "string" or (isinstance(types, list) and "string" in types)):
            del node["format"]
            node["pattern"] = DATE_TIME_PATTERN
        for value in node.values():
            _add_date_time_patterns(value)
    elif isinstance(node, list):
        for value in node:
            _add_date_time_patterns(value)


def spec_with_proposed_fixes() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    components = spec["components"]
    # 1. The real server lowers page[limit] above 200 instead of refusing it: no maximum.
    del components["parameters"]["PageLimit"]["schema"]["maximum"]
    # 2. Country codes are the ISO 3166-1 list, not any two capitals.
    components["schemas"]["CountryCode"] = {"type": "string", "enum": [code for code, _ in COUNTRIES]}
    # 3. Dates must be real calendar dates and times, also inside `between` ranges.
    components["schemas"]["DateTimeRange"]["pattern"] = DATE_TIME_RANGE_PATTERN
    _add_date_time_patterns(spec)
    # 4. A prepared shipment that does not exist is a 404, as the shipment of a new service is.
    spec["paths"]["/shipment"]["post"]["responses"]["404"] = {"$ref": "#/components/responses/NotFound"}
    return spec


schema = schemathesis.openapi.from_dict(spec_with_proposed_fixes())
schema.app = APP


def _client(role: str) -> httpx.Client:
    client_id, secret = DEMO_CREDENTIALS[role]
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    client = httpx.Client(transport=SandboxTransport(APP), base_url="http://localhost")
    token = client.post("/authentication/oauth2/token", data=form).json()["access_token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


@schema.auth()
class SandboxToken:
    """A shipper token (shippers may create shipments and services), sent as a bearer on every operation."""

    def get(self, case: Any, ctx: Any) -> str:
        client = _client("shipper")
        client.close()
        token: str = client.headers["Authorization"].removeprefix("Bearer ")
        return token

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def use_issued_cursor(case: Any) -> None:
    """Cursors are opaque server tokens a schema cannot describe: a generated one is replaced by a real one.

    Only non-empty cursors with well-formed sort parameters are replaced, so negative cases (empty cursor, bad sort
    direction) still reach the sandbox as generated.
    """
    query = case.query or {}
    cursor = query.get("page[cursor]")
    if case.path not in ("/shipment", "/country") or not isinstance(cursor, str) or not cursor:
        return
    sort = {k: v for k, v in query.items() if k.startswith("sort[")}
    if not all(v in ("asc", "desc") for v in sort.values()):
        return
    client = _client("warehouse")
    try:
        response = client.get(case.path, params={**sort, "page[limit]": 1})
    finally:
        client.close()
    if response.status_code == 200 and response.json()["metadata"]["next"]:
        query["page[cursor]"] = response.json()["metadata"]["next"]


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_every_operation_conforms(case: Any) -> None:
    use_issued_cursor(case)
    case.call_and_validate()


def test_the_unpatched_spec_loads_and_only_differs_where_proposed() -> None:
    original = yaml.safe_load(SPEC_PATH.read_text())
    patched = spec_with_proposed_fixes()
    assert original["paths"].keys() == patched["paths"].keys()
    assert len(list(schema.get_all_operations())) == 12
