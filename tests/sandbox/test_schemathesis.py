"""A bounded schemathesis run of every operation of openapi/one-record.yaml against the in-process sandbox.

All default checks run (server errors, status codes, content types, response schemas and headers, positive data
acceptance, negative data rejection, missing auth, Allow headers). Authentication is a token taken by an auth hook.

The run uses the spec with two deliberate differences (see ``spec_as_the_server_reads_it``), both places where the
spec is, on purpose, not the server's exact rule: it tells clients to send ``page[limit]`` up to 200 while the server
lowers larger values instead of refusing them, and it types country codes as two capitals (an open set, so that
responses never break) while the server only knows the ISO 3166-1 list. Schemathesis would otherwise call the
server wrong for accepting ``page[limit]=500`` or refusing country ``AA``.
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


def spec_as_the_server_reads_it() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    components = spec["components"]
    # The server lowers page[limit] above 200 instead of refusing it.
    del components["parameters"]["PageLimit"]["schema"]["maximum"]
    # The server knows the ISO 3166-1 list, not any two capitals.
    components["schemas"]["CountryCode"] = {"type": "string", "enum": [code for code, _ in COUNTRIES]}
    return spec


schema = schemathesis.openapi.from_dict(spec_as_the_server_reads_it())
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


def test_the_spec_differs_only_where_stated() -> None:
    original = yaml.safe_load(SPEC_PATH.read_text())
    patched = spec_as_the_server_reads_it()
    assert original["paths"].keys() == patched["paths"].keys()
    assert len(list(schema.get_all_operations())) == 12
